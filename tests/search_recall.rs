//! Recall of the search engine: for generated documents, every query (Han
//! substrings of 1–6 characters, Latin words, numbers, mixed) returns exactly
//! the documents whose normalised text contains it — checked against a plain
//! scan. Runs the real browser engine (engine.js) in node over the built files.
//! Also: a rebuild after appending documents keeps the names of unchanged shards.

mod common {
    pub mod engine;
}

use common::engine::{node, run_sim};
use gazette::content::Date;
use gazette::search::layout::Tuning;
use gazette::search::scan::{contains, searchable, trim_query};
use gazette::search::tokenize::{is_han, is_mark, is_word_char, normalize};
use gazette::search::{SearchDoc, SearchIndex, build_index, build_index_tuned};
use std::collections::BTreeSet;

const PHRASES: &[&str] = &[
    "城市更新",
    "发展改革",
    "改革开放",
    "公园绿地",
    "民营经济",
    "产业链",
    "科技创新",
    "乡村振兴",
    "鹤壁日报",
    "新风尚",
    "村晚舞台",
    "移风易俗",
    "文明实践",
    "高质量发展",
    "数字经济",
    "医养结合",
    "老年助餐",
    "口袋公园",
    "营商环境",
    "招商引资",
    "发展",
    "经济",
    "城市",
    "公园",
    "改革",
    "创新",
    "文明",
    "风尚",
    "中国",
    "杭州",
];
const WORDS: &[&str] = &["G20", "New", "York", "Times", "app", "5G", "AI", "COVID", "Ｇ２０", "ＡＩ", "cafe"];
const NUMBERS: &[&str] = &[
    "2026",
    "2025年",
    "3月",
    "12月",
    "3",
    "20",
    "100%",
    "２０２６年",
    "5日",
    "3.5%",
    "10:30",
    "2026-03-01",
    "1,000",
    "35",
];
const PUNCT: &[&str] = &["，", "。", " ", "、", "\n", "", "", ""];

/// A small deterministic generator (xorshift), so failures reproduce.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next() % xs.len() as u64) as usize]
    }
}

fn sentence(rng: &mut Rng, parts: usize) -> String {
    let mut s = String::new();
    for _ in 0..parts {
        let pool = match rng.next() % 10 {
            0 => WORDS,
            1 => NUMBERS,
            _ => PHRASES,
        };
        s.push_str(rng.pick(pool));
        s.push_str(rng.pick(PUNCT));
    }
    s
}

fn docs(n: usize, rng: &mut Rng) -> Vec<SearchDoc> {
    (0..n)
        .map(|i| {
            let parts = 8 + (rng.next() % 30) as usize;
            SearchDoc {
                url: format!("2026/01/{:02}/{i}/index.html", i % 28 + 1),
                title: sentence(rng, 3),
                subtitle: (i % 3 == 0).then(|| sentence(rng, 2)),
                date: Date::new(2000 + (i / 50) as i32, (i % 12) as u32 + 1, (i % 28) as u32 + 1).unwrap(),
                section: Some(["要闻", "国内", "体育"][i % 3].into()),
                reporters: vec![["朱迪", "梁凯凯", "Ann Lee"][i % 3].into()],
                topic: Some(["文化", "经济"][i % 2].into()),
                tags: vec![rng.pick(PHRASES).into()],
                text: sentence(rng, parts),
                fingerprint: None,
                lead: None,
            }
        })
        .collect()
}

fn queries(docs: &[SearchDoc], rng: &mut Rng) -> Vec<String> {
    let mut qs: BTreeSet<String> = BTreeSet::new();
    // Han substrings of the documents' own text, 1 to 6 characters.
    while qs.len() < 250 {
        let d = &docs[(rng.next() % docs.len() as u64) as usize];
        let chars: Vec<char> = d.text.chars().collect();
        let len = 1 + (rng.next() % 6) as usize;
        if chars.len() <= len {
            continue;
        }
        let at = (rng.next() % (chars.len() - len) as u64) as usize;
        let q: String = chars[at..at + len].iter().collect();
        if q.chars().all(is_han) {
            qs.insert(q);
        }
    }
    // Han strings that mostly do not occur, words, numbers, mixed.
    for _ in 0..60 {
        let a: Vec<char> = rng.pick(PHRASES).chars().collect();
        let b: Vec<char> = rng.pick(PHRASES).chars().collect();
        qs.insert(a[a.len() - 1..].iter().chain(b.iter().take(2)).collect());
        qs.insert(a.iter().take(2).chain(b.iter().take(2)).collect());
    }
    for w in WORDS.iter().chain(NUMBERS) {
        qs.insert(w.to_string());
    }
    // Issue 4: words and numbers are found inside longer ones, as a plain
    // substring scan finds them.
    for q in [
        "york",
        "\"new york\"",
        "g20峰会",
        "3月",
        "2026年3月",
        "20",
        "ai",
        "年3",
        "ｇ２０",
        "ork",
        "ovi",
        "02",
        "g2",
        "26年",
        "\"w y\"",
        // Issue 4: a mark touching a digit or letter is found as written
        // (`3.5` is not `3` and `5` anywhere).
        "3.5",
        ".5%",
        "3.5%",
        "5%",
        "10:3",
        "-03-",
        "1,0",
        "0:30",
    ] {
        qs.insert(q.into());
    }
    qs.into_iter().collect()
}

#[test]
fn every_query_returns_exactly_the_documents_that_contain_it() {
    check_recall(build_index, 400, false);
}

/// Tiny blocks: long doc and position lists of this small archive are cut
/// into block files, as a large archive's are.
#[test]
fn recall_holds_when_lists_are_cut_into_blocks() {
    check_recall(|d| build_index_tuned(d, TINY), 300, true);
}

/// Also segments of 32 documents: 300 documents make three segments.
const TINY: Tuning = Tuning { external: 16, doc_block_bits: 5, rank_block: 64, segment_bits: 5 };

/// Shards are named by their content: a rebuild after appending a day of
/// documents keeps most files, and a path in both builds always has the
/// same bytes (so no cache can serve a stale shard).
#[test]
fn appending_documents_rewrites_few_shards_and_never_reuses_a_name() {
    let mut rng = Rng(0x1234_5678_9ABC_DEF1);
    let mut all = docs(1200, &mut rng);
    all.sort_by_key(|d| d.date);
    let day = all.len() - 20;
    let tuning = Tuning { external: 64, doc_block_bits: 8, rank_block: 256, segment_bits: 8 };
    let before = build_index_tuned(&all[..day], tuning);
    let after = build_index_tuned(&all, tuning);
    let old: std::collections::HashMap<&str, &[u8]> =
        before.files.iter().map(|f| (f.path.as_str(), f.bytes.as_slice())).collect();
    let mut kept = 0;
    for f in &after.files {
        if let Some(bytes) = old.get(f.path.as_str()) {
            assert_eq!(*bytes, f.bytes.as_slice(), "{} changed but kept its name", f.path);
            kept += 1;
        }
    }
    let blocks = after.files.iter().filter(|f| f.path.starts_with("search/x/")).count();
    let kept_blocks =
        after.files.iter().filter(|f| f.path.starts_with("search/x/") && old.contains_key(f.path.as_str())).count();
    eprintln!("kept {kept} of {} files, {kept_blocks} of {blocks} blocks", after.files.len());
    assert!(kept * 2 > after.files.len(), "only {kept} of {} files kept", after.files.len());
    assert!(kept_blocks * 4 > blocks * 3, "only {kept_blocks} of {blocks} blocks kept");
    // No folder over 4,096 entries.
    let mut per_folder: std::collections::HashMap<&str, std::collections::BTreeSet<&str>> = Default::default();
    for f in &after.files {
        let mut at = 0;
        while let Some(i) = f.path[at..].find('/') {
            let (dir, rest) = f.path.split_at(at + i);
            per_folder.entry(dir).or_default().insert(rest[1..].split('/').next().unwrap());
            at += i + 1;
        }
    }
    assert!(per_folder.values().all(|s| s.len() <= 4096));
}

/// Issue 5: a rebuild after a day of documents keeps the term files of the
/// segments that did not change and ends with exactly the files, byte for
/// byte, of an index built from nothing.
#[test]
fn issue5_rebuild_keeps_unchanged_segments_and_equals_a_full_build() {
    let tuning = Tuning { external: 64, doc_block_bits: 8, rank_block: 256, segment_bits: 6 };
    let mut rng = Rng(0x0DDB_A11C_0FFE_E000);
    let mut all = docs(1200, &mut rng);
    all.sort_by_key(|d| d.date);
    // As a build passes them: each document's fingerprint stands for its
    // fields, and its card shows a summary.
    for (i, d) in all.iter_mut().enumerate() {
        d.fingerprint = Some(i as u128 * 0x9E37_79B9_7F4A_7C15);
        d.lead = Some(d.text.chars().take(30).collect());
    }
    let day = all.len() - 20;
    let before = gazette::search::layout::build(&all[..day], tuning, &Default::default());
    // Texts the rebuild does not read may be left out: it must not need them.
    let needs = gazette::search::layout::needs_text(&all, tuning, &before.record);
    let skipped = needs.iter().filter(|n| !**n).count();
    // Only the last segment's 48 documents are read (cards need no text).
    assert_eq!(skipped, all.len() - 48, "texts skipped");
    let mut partial = all.clone();
    for (d, need) in partial.iter_mut().zip(&needs) {
        if !need {
            d.text.clear();
        }
    }
    let again = gazette::search::layout::build(&partial, tuning, &before.record);
    let full = gazette::search::layout::build(&all, tuning, &Default::default());
    let old: std::collections::HashMap<&str, &[u8]> =
        before.files.iter().map(|f| (f.path.as_str(), f.bytes.as_slice())).collect();
    let mut got: std::collections::BTreeMap<&str, &[u8]> =
        again.files.iter().map(|f| (f.path.as_str(), f.bytes.as_slice())).collect();
    for p in &again.kept {
        let bytes = old.get(p.as_str()).unwrap_or_else(|| panic!("kept {p}, which the previous index did not have"));
        assert!(got.insert(p, bytes).is_none(), "{p} both kept and made");
    }
    let want: std::collections::BTreeMap<&str, &[u8]> =
        full.files.iter().map(|f| (f.path.as_str(), f.bytes.as_slice())).collect();
    assert_eq!(got.keys().collect::<Vec<_>>(), want.keys().collect::<Vec<_>>());
    assert!(got == want, "same names, different bytes");
    assert_eq!(again.record, full.record);
    let terms = |p: &str| ["search/t/", "search/p/", "search/x/"].iter().any(|k| p.starts_with(k));
    let made = again.files.iter().filter(|f| terms(&f.path)).count();
    assert!(again.kept.len() > made * 2, "kept {} term files, made {made}", again.kept.len());

    // As a build makes it: planned once with no texts, the texts asked for
    // read in, then built on that plan: the same index.
    let mut blank = all.clone();
    blank.iter_mut().for_each(|d| d.text.clear());
    let prepared = gazette::search::layout::prepare(&blank, tuning, &before.record);
    assert_eq!(prepared.needs_text(&blank), needs);
    let planned = prepared.build(&partial, None).unwrap();
    assert_eq!((&planned.files, &planned.kept, &planned.record), (&again.files, &again.kept, &again.record));
}

fn check_recall(build: impl Fn(&[SearchDoc]) -> SearchIndex, n: usize, expect_blocks: bool) {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let docs = docs(n, &mut rng);
    let queries = queries(&docs, &mut rng);
    check_queries(&docs, &queries, build, Some(expect_blocks));
}

/// Issue 4: text of a few letters, digits, Han characters, spaces and
/// punctuation, so that pairs repeat often inside one document (long chains
/// of occurrence ranks) and words run into each other; every query is a
/// piece of some document's searchable text, quoted where it holds a space.
#[test]
fn issue4_recall_on_text_where_pairs_repeat() {
    let mut rng = Rng(0x5EED_0F0F_1234_9876);
    let alphabet = ["a", "b", "1", "中", "文", " ", "，", "ab", "中文", ".", "%", "-"];
    let docs: Vec<SearchDoc> = docs(150, &mut rng)
        .into_iter()
        .map(|mut d| {
            let len = 10 + (rng.next() % 120) as usize;
            d.text = (0..len).map(|_| rng.pick(&alphabet)).collect();
            d
        })
        .collect();
    // What the index holds as written: Han, letters, digits, a space
    // between two letters or digits, a mark touching a letter or digit
    // (within the query, so that it does in the text as well).
    let indexed = |q: &[char], i: usize| {
        let word = |j: Option<usize>| j.and_then(|j| q.get(j)).is_some_and(|&c| is_word_char(c));
        let (before, after) = (word(i.checked_sub(1)), word(Some(i + 1)));
        match q[i] {
            ' ' => before && after,
            c if is_han(c) || is_word_char(c) => true,
            c if is_mark(c) => before || after,
            _ => false,
        }
    };
    let mut queries = BTreeSet::new();
    while queries.len() < 300 {
        let t: Vec<char> = searchable(&docs[(rng.next() % docs.len() as u64) as usize]).chars().collect();
        let len = 1 + (rng.next() % 9) as usize;
        if t.len() <= len {
            continue;
        }
        let at = (rng.next() % (t.len() - len) as u64) as usize;
        let piece = &t[at..at + len];
        if !(0..len).all(|i| indexed(piece, i)) {
            continue;
        }
        let q: String = piece.iter().collect();
        queries.insert(if q.contains(' ') { format!("\"{q}\"") } else { q });
    }
    let queries: Vec<String> = queries.into_iter().collect();
    let marked = queries.iter().filter(|q| q.chars().any(is_mark)).count();
    assert!(marked > 30, "only {marked} queries hold a mark");
    check_queries(&docs, &queries, build_index, None);
    check_queries(&docs, &queries, |d| build_index_tuned(d, TINY), Some(true));
}

fn check_queries(
    docs: &[SearchDoc],
    queries: &[String],
    build: impl Fn(&[SearchDoc]) -> SearchIndex,
    expect_blocks: Option<bool>,
) {
    let Some(node) = node() else { return };
    let index = build(docs);
    let blocks = index.files.iter().filter(|f| f.path.starts_with("search/x/")).count();
    if let Some(expect) = expect_blocks {
        assert_eq!(blocks > 0, expect, "{blocks} block files");
    }
    let jobs: String =
        queries.iter().map(|q| serde_json::json!({"q": q, "opts": {"perPage": 100000}}).to_string() + "\n").collect();
    let out = run_sim(node, &index, &jobs);

    let texts: Vec<String> = docs.iter().map(searchable).collect();
    let mut checked = 0;
    let mut nonempty = 0;
    for (line, q) in out.lines().zip(queries) {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let got: BTreeSet<String> =
            v["urls"].as_array().unwrap().iter().map(|u| u.as_str().unwrap().to_string()).collect();
        let nq = trim_query(&normalize(q).replace('"', "")).to_string();
        let want: BTreeSet<String> =
            docs.iter().zip(&texts).filter(|(_, t)| contains(t, &nq)).map(|(d, _)| d.url.clone()).collect();
        assert!(
            got == want,
            "query {q:?}: engine vs plain scan: only the engine {:?}, only the scan {:?}",
            got.difference(&want).collect::<Vec<_>>(),
            want.difference(&got).collect::<Vec<_>>()
        );
        assert_eq!(v["total"].as_u64().unwrap() as usize, want.len(), "total of {q:?}");
        checked += 1;
        nonempty += usize::from(!want.is_empty());
    }
    assert_eq!(checked, queries.len());
    assert!(nonempty > queries.len() / 2, "too few queries with hits: {nonempty}");
}

/// Issue 5: engine.js finds a document's card where the index put it
/// (`layout::card_groups`: whole groups, then the binary digits of the rest).
#[test]
fn issue5_the_engine_finds_cards_where_the_index_put_them() {
    let Some(node) = node() else { return };
    let sizes = [1u32, 2, 3, 1023, 1024, 1025, 2047, 5000, 10_030, 100_000];
    let script = format!(
        "{}\nconst g = globalThis.gazetteSearch; const out = [];\n\
         for (const n of {}) for (let d = 0; d < n; d++) out.push(g._cardOf(d, n));\n\
         console.log(JSON.stringify(out));",
        gazette::search::engine_js(),
        serde_json::to_string(&sizes).unwrap()
    );
    let out = std::process::Command::new(node).arg("-e").arg(&script).output().expect("run node");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let js: Vec<(u32, u32)> = serde_json::from_slice(&out.stdout).expect("node output");
    let rust: Vec<(u32, u32)> = sizes
        .iter()
        .flat_map(|&n| {
            gazette::search::layout::card_groups(n)
                .into_iter()
                .enumerate()
                .flat_map(|(g, r)| r.clone().map(move |d| (g as u32, d - r.start)))
        })
        .collect();
    assert_eq!(js.len(), rust.len());
    assert!(js == rust, "the first difference: {:?}", js.iter().zip(&rust).find(|(a, b)| a != b));
}
