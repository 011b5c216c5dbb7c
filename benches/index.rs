//! `cargo bench --bench index -- SITE [--runs N]`: the search index step
//! alone (issue 4: "index build time a small part of the whole build"), on
//! the articles of a site (e.g. one from `gazette generate`). It reads every
//! article once, then times [`gazette::search::build_index`] `--runs` times
//! in this process and prints wall and CPU time, the index's files and
//! bytes, and a digest of every file's path and bytes: two versions of the
//! index code that print the same digest write the same index.

use gazette::content::Article;
use gazette::search::{SearchDoc, build_index};
use std::path::PathBuf;
use std::time::Instant;

// The allocator `gazette build` uses (src/main.rs): with the system one the
// index's thousand growing vectors per chunk timed differently from a build.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let mut site: Option<PathBuf> = None;
    let mut runs = 3;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--runs" => runs = args.next().and_then(|v| v.parse().ok()).unwrap_or(3),
            "--bench" => {}
            _ => site = Some(PathBuf::from(a)),
        }
    }
    let Some(site) = site else {
        eprintln!("usage: cargo bench --bench index -- SITE [--runs N]");
        std::process::exit(2);
    };
    let files = gazette::content::load::scan(&site).markdown;
    let docs: Vec<SearchDoc> = files
        .iter()
        .filter_map(|p| Article::from_file(p, p).ok())
        .map(|a| SearchDoc {
            url: format!("{}/index.html", a.source.display()),
            title: a.front.title.clone(),
            subtitle: a.front.subtitle.clone(),
            date: a.front.date.date,
            section: a.front.section.clone(),
            reporters: a.front.reporters.clone(),
            topic: a.front.topic.clone(),
            tags: a.front.tags.clone(),
            text: gazette::render::markdown::plain_text(&a.body),
            fingerprint: None,
            lead: None,
        })
        .collect();
    let chars: usize = docs.iter().map(|d| d.text.chars().count()).sum();
    println!("{} documents, {:.1} M characters of body text", docs.len(), chars as f64 / 1e6);
    for run in 0..runs.max(1) {
        let cpu = gazette::clock::cpu_seconds();
        let start = Instant::now();
        let index = build_index(&docs);
        let wall = start.elapsed().as_secs_f64();
        let cpu = gazette::clock::cpu_seconds() - cpu;
        let bytes: usize = index.files.iter().map(|f| f.bytes.len()).sum();
        let mut h = blake3::Hasher::new();
        let mut sorted: Vec<_> = index.files.iter().collect();
        sorted.sort_by(|a, b| a.path.cmp(&b.path));
        for f in sorted {
            h.update(f.path.as_bytes());
            h.update(&[0]);
            h.update(&f.bytes);
        }
        println!(
            "run {}: {wall:.3} s wall, {cpu:.3} s cpu, {} files, {:.1} MB, digest {}",
            run + 1,
            index.files.len(),
            bytes as f64 / 1e6,
            &h.finalize().to_hex()[..16]
        );
    }
}
