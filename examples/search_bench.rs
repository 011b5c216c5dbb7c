//! Benchmark support (bench/search/run.sh): reads a generated archive's
//! Markdown, builds the search index, writes it, and writes the query jobs
//! (cold queries drawn from the archive's own text, and recall queries with
//! the answer of a plain scan) for bench/search/measure.js.
//!
//! cargo run --release --example search_bench -- CONTENT_DIR OUT_DIR

// The allocator the gazette binary uses, so the index is timed as a build runs it.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use gazette::content::Article;
use gazette::search::codec::term_hash;
use gazette::search::scan::{contains, searchable};
use gazette::search::tokenize::{is_han, is_word_char, normalize};
use gazette::search::{SearchDoc, build_index};
use rayon::prelude::*;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// A run of `len` Han characters from a random document's body. The
/// benchmark is for Chinese archives: an archive without such runs is an
/// error, not an endless search.
fn han_query(docs: &[SearchDoc], rng: &mut Rng, len: usize) -> String {
    for _ in 0..1_000_000 {
        let chars: Vec<char> = docs[rng.below(docs.len())].text.chars().collect();
        if chars.len() <= len {
            continue;
        }
        let at = rng.below(chars.len() - len);
        if chars[at..at + len].iter().all(|&c| is_han(c)) {
            return chars[at..at + len].iter().collect();
        }
    }
    eprintln!("search_bench: no run of {len} Han characters found in the articles (a Chinese archive is needed)");
    std::process::exit(1)
}

/// A word or number that occurs in a random document; `None` when a few
/// thousand documents have none (an archive of Han text only, as
/// `gazette generate --varied` makes): its recall queries are then all Han.
fn word_query(docs: &[SearchDoc], rng: &mut Rng) -> Option<String> {
    for _ in 0..5_000 {
        let text = normalize(&docs[rng.below(docs.len())].text);
        let words: Vec<&str> = text.split(|c: char| !is_word_char(c)).filter(|w| !w.is_empty()).collect();
        if !words.is_empty() {
            return Some(words[rng.below(words.len())].to_string());
        }
    }
    None
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let (content, out) = match args.as_slice() {
        [_, c, o] => (PathBuf::from(c), PathBuf::from(o)),
        _ => return Err("usage: search_bench CONTENT_DIR OUT_DIR".into()),
    };
    let t = Instant::now();
    let paths: Vec<PathBuf> = walkdir::WalkDir::new(&content)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "md"))
        .map(|e| e.into_path())
        .collect();
    let mut docs: Vec<(String, SearchDoc)> = paths
        .par_iter()
        .filter_map(|p| {
            let a = Article::from_file(p, p).ok()?;
            // As a build does: the card shows the article's summary.
            let summary = gazette::cache::info_of(&a).summary;
            let rel = p.strip_prefix(&content).unwrap_or(p).with_extension("");
            let f = a.front;
            let key = f.date.datetime.clone().unwrap_or_default();
            Some((
                key,
                SearchDoc {
                    url: format!("{}/index.html", rel.display()),
                    title: f.title,
                    subtitle: f.subtitle,
                    date: f.date.date,
                    section: f.section,
                    reporters: f.reporters,
                    topic: f.topic,
                    tags: f.tags,
                    text: a.body.trim().to_string(),
                    fingerprint: None,
                    lead: Some(summary.to_string()),
                },
            ))
        })
        .collect();
    docs.sort_by(|a, b| (a.1.date, &a.0, &a.1.url).cmp(&(b.1.date, &b.0, &b.1.url)));
    let docs: Vec<SearchDoc> = docs.into_iter().map(|d| d.1).collect();
    let parse_s = t.elapsed().as_secs_f64();
    let text_bytes: usize = docs
        .iter()
        .map(|d| {
            d.title.len()
                + d.subtitle.as_ref().map_or(0, String::len)
                + d.reporters.iter().map(String::len).sum::<usize>()
                + d.tags.iter().map(String::len).sum::<usize>()
                + d.text.len()
        })
        .sum();

    // INDEX_RUNS=N: only build the index, N times, printing each build's
    // wall and CPU time and a hash of all its files: two versions of the
    // index code that print the same hash make the same index.
    if let Some(runs) = std::env::var("INDEX_RUNS").ok().and_then(|v| v.parse::<usize>().ok()) {
        for _ in 0..runs {
            let (t, cpu) = (Instant::now(), gazette::clock::cpu_seconds());
            let index = build_index(&docs);
            let (wall, cpu) = (t.elapsed().as_secs_f64(), gazette::clock::cpu_seconds() - cpu);
            let mut files: Vec<_> = index.files.iter().collect();
            files.sort_by(|a, b| a.path.cmp(&b.path));
            let mut h = blake3::Hasher::new();
            for f in files {
                h.update(f.path.as_bytes());
                h.update(&(f.bytes.len() as u64).to_le_bytes());
                h.update(&f.bytes);
            }
            println!(
                "index: wall {wall:.3} s, cpu {cpu:.3} s, {} files, hash {}",
                index.files.len(),
                &h.finalize().to_hex()[..16]
            );
        }
        return Ok(());
    }

    // JOBS_ONLY=1: only rewrite jobs.jsonl, for an index already built.
    if std::env::var_os("JOBS_ONLY").is_none() {
        build_and_write(&docs, &out, parse_s, text_bytes)?;
    }

    // Jobs: 100 cold queries of 2–4 Han characters; recall queries with answers.
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    let mut jobs = std::fs::File::create(out.join("jobs.jsonl"))?;
    for i in 0..100 {
        let q = han_query(&docs, &mut rng, 2 + i % 3);
        writeln!(jobs, "{}", serde_json::json!({"kind": "cold", "q": q, "cold": true}))?;
    }
    let mut recall: Vec<String> = (0..100).map(|i| han_query(&docs, &mut rng, 2 + i % 5)).collect();
    let words: Vec<String> = (0..20).map_while(|_| word_query(&docs, &mut rng)).collect();
    if words.len() < 20 {
        eprintln!("search_bench: few words or numbers in the articles; {} recall queries of them", words.len());
    }
    recall.extend(words);
    let texts: Vec<String> = docs.par_iter().map(searchable).collect();
    for q in &recall {
        let nq = normalize(q);
        // Document numbers are positions in date order, as the index numbers them.
        let numbers: Vec<String> =
            texts.par_iter().enumerate().filter(|(_, t)| contains(t, &nq)).map(|(n, _)| n.to_string()).collect();
        let job = serde_json::json!({"kind": "recall", "q": q, "opts": {"docNumbers": true},
            "expect": numbers.len(), "expect_hash": term_hash(&numbers.join("\n"))});
        writeln!(jobs, "{job}")?;
    }
    // Plain-text copies for Pagefind: one HTML page per document.
    if std::env::var("PAGEFIND_HTML").is_ok() {
        let html = out.join("html");
        docs.par_iter().try_for_each(|d| -> std::io::Result<()> {
            let path = html.join(&d.url);
            std::fs::create_dir_all(path.parent().unwrap_or(Path::new(".")))?;
            let esc = |s: &str| s.replace('&', "&amp;").replace('<', "&lt;");
            let body: String = d.text.split('\n').map(|p| format!("<p>{}</p>", esc(p))).collect();
            std::fs::write(
                path,
                format!(
                    "<!doctype html><html lang=zh><meta charset=utf-8><title>{t}</title><body><main data-pagefind-body><h1>{t}</h1>{body}</main></body></html>",
                    t = esc(&d.title)
                ),
            )
        })?;
    }
    println!("done");
    Ok(())
}

/// Builds the index (timed), writes it under OUT/site and OUT/stats.json.
fn build_and_write(
    docs: &[SearchDoc],
    out: &Path,
    parse_s: f64,
    text_bytes: usize,
) -> Result<(), Box<dyn std::error::Error>> {
    let t = Instant::now();
    let index = build_index(docs);
    let build_s = t.elapsed().as_secs_f64();
    let site = out.join("site");
    if site.exists() {
        std::fs::remove_dir_all(&site)?;
    }
    let t = Instant::now();
    index.files.par_iter().try_for_each(|f| gazette::output::write_under(&site, &f.path, &f.bytes))?;
    let write_s = t.elapsed().as_secs_f64();
    let index_bytes: usize = index.files.iter().map(|f| f.bytes.len()).sum();
    let first_load: usize =
        index.scripts.iter().map(|s| index.files.iter().find(|f| &f.path == s).map_or(0, |f| f.bytes.len())).sum();
    let kind = |k: &str| index.bytes_by_kind.iter().filter(|(n, _)| *n == k).map(|(_, b)| b).sum::<usize>();
    let stats = serde_json::json!({
        "docs": docs.len(), "text_bytes": text_bytes, "index_bytes": index_bytes, "files": index.files.len(),
        "parse_s": parse_s, "build_s": build_s, "write_s": write_s, "first_load_bytes": first_load,
        "scripts": index.scripts,
        "bytes_by_kind": {"doc_lists": kind("doc_lists"), "ranks": kind("ranks"),
                          "cards_and_text": kind("cards"), "facets": kind("facets")},
    });
    std::fs::write(out.join("stats.json"), serde_json::to_string_pretty(&stats)?)?;
    drop(index);
    Ok(())
}
