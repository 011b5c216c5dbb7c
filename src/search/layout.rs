//! Index step, part 3: inversion (documents → postings, in parallel) and the
//! file layout of the index under `search/`:
//!
//! ```text
//! search/engine-<h>.js  manifest-<H>.js  ui-<h>.js      the scripts the page loads
//! search/<H>/t/<b/256>/<b%256>.js        doc lists of terms whose hash & (S-1) == b
//! search/<H>/tx/<b/256>/<b%256>/<k>.js   the k-th large doc list of bucket b
//! search/<H>/p/…  px/…                   positions of pairs, same buckets
//! search/<H>/d/<n/4096>/<n%4096>.js      result card + text of document n
//! search/<H>/f/<s|r|c>/<i/4096>/<i%4096>.js  doc set of facet value i
//! search/<H>/dates.js                    first document of every date
//! ```
//! `<H>` is a hash of the whole index's content, so no cache ever mixes
//! shards of two builds; no folder holds more than 4,096 entries.

use super::SearchDoc;
use super::codec::{Posting, base64, encode_doc_set, encode_docs, encode_positions, put_varint, term_hash};
use super::tokenize::{Unit, normalize, pair_term, push_break, push_units, single_term};
use crate::output::OutputFile;
use rayon::prelude::*;
use std::collections::{BTreeMap, HashMap, HashSet};

/// Units are `u32`: a Han character is its code point, a word `WORD_BASE + id`.
const WORD_BASE: u32 = 0x0020_0000;
const BREAK: u32 = u32::MAX;
/// Inversion runs in passes over parts of the terms, to bound memory: one
/// pass per this many units of text (rounded up to a power of two). 12M
/// units: at 10,000 articles 948 MiB peak and 3.6 s, against 1,460 MiB with
/// 48M and 802 MiB / 4.6 s with 4M.
const UNITS_PER_PASS: u64 = 12 << 20;
/// A doc or position list longer than this gets its own file, so a bucket
/// stays small and a query never loads another term's long list.
const EXTERNAL: usize = 1024;
/// Wanted size of a bucket's inline part.
const BUCKET_TARGET: usize = 4096;
/// Field weights: title, subtitle, reporters and tags weigh more than the body.
const HEAD_WEIGHT: f32 = 3.0;
const K1: f32 = 1.2;
const B: f32 = 0.75;

/// One term's postings, encoded.
#[derive(Debug)]
pub struct Entry {
    pub term: String,
    pub df: u32,
    pub docs: Vec<u8>,
    /// For pairs only: positions of the pair in each listed document.
    pub positions: Option<Vec<u8>>,
}

/// The inverted index before it is cut into files.
#[derive(Debug, Default)]
pub struct Inverted {
    pub entries: Vec<Entry>,
    /// Documents in index order (date order): indexes into the input.
    pub order: Vec<usize>,
    pub units: u64,
}

/// The normalised searchable fields of a document: title, subtitle,
/// reporters, tags (the weighted head), then the body.
fn fields(d: &SearchDoc) -> [String; 5] {
    [
        normalize(&d.title),
        normalize(d.subtitle.as_deref().unwrap_or("")),
        normalize(&d.reporters.join("\u{1}")),
        normalize(&d.tags.join("\u{1}")),
        normalize(&d.text),
    ]
}

/// Units of all fields with breaks between them; returns where the body starts.
fn field_units(f: &[String; 5]) -> (Vec<Unit<'_>>, usize) {
    let mut units = Vec::new();
    let mut head_end = 0;
    for (i, field) in f.iter().enumerate() {
        if i == 4 {
            push_break(&mut units);
            head_end = units.len();
        }
        push_units(field, &mut units);
        push_break(&mut units);
    }
    (units, head_end)
}

fn key_of_pair(a: u32, b: u32) -> u64 {
    ((u64::from(a) + 1) << 32) | u64::from(b)
}

/// The pass (of `1 << bits`) that inverts term `key`.
fn group_of(key: u64, bits: u32) -> u64 {
    if bits == 0 { 0 } else { key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - bits) }
}

fn unit_string(u: u32, words: &[String]) -> Unit<'_> {
    if u >= WORD_BASE {
        Unit::Word(words.get((u - WORD_BASE) as usize).map(String::as_str).unwrap_or(""))
    } else {
        Unit::Han(char::from_u32(u).unwrap_or('\u{FFFD}'))
    }
}

fn term_of(key: u64, words: &[String]) -> String {
    if key >> 32 == 0 {
        single_term(unit_string(key as u32, words))
    } else {
        pair_term(unit_string(((key >> 32) - 1) as u32, words), unit_string(key as u32, words))
    }
}

/// Prints how long each indexing step took when `GAZETTE_SEARCH_TIMING` is set
/// (for the benchmark: which step to make faster).
fn step(name: &str, since: &mut std::time::Instant) {
    if std::env::var_os("GAZETTE_SEARCH_TIMING").is_some() {
        eprintln!("search index: {name}: {:.2} s", since.elapsed().as_secs_f64());
    }
    *since = std::time::Instant::now();
}

/// Documents → postings of units and pairs, in parallel.
pub fn invert(docs: &[SearchDoc]) -> Inverted {
    let mut t = std::time::Instant::now();
    // Date order (stable), so a year or date range is a range of numbers.
    let mut order: Vec<usize> = (0..docs.len()).collect();
    order.sort_by_key(|&i| docs[i].date);

    let normalised: Vec<[String; 5]> = order.par_iter().map(|&i| fields(&docs[i])).collect();
    let mut words: Vec<String> = normalised
        .par_iter()
        .fold(HashSet::new, |mut set, f| {
            for u in field_units(f).0 {
                if let Unit::Word(w) = u
                    && !set.contains(w)
                {
                    set.insert(w.to_string());
                }
            }
            set
        })
        .reduce(HashSet::new, |mut a, b| {
            a.extend(b);
            a
        })
        .into_iter()
        .collect();
    words.sort_unstable();
    step("normalise + words", &mut t);
    let word_ids: HashMap<&str, u32> =
        words.iter().enumerate().map(|(i, w)| (w.as_str(), WORD_BASE + i as u32)).collect();

    // (units, head_end) per document.
    let units: Vec<(Vec<u32>, u32)> = normalised
        .par_iter()
        .map(|f| {
            let (us, head_end) = field_units(f);
            let ids = us
                .iter()
                .map(|u| match u {
                    Unit::Han(c) => *c as u32,
                    Unit::Word(w) => word_ids.get(w).copied().unwrap_or(BREAK),
                    Unit::Break => BREAK,
                })
                .collect();
            (ids, head_end as u32)
        })
        .collect();
    drop(normalised);
    step("units", &mut t);

    let lengths: Vec<u32> = units.iter().map(|(u, _)| u.iter().filter(|&&x| x != BREAK).count() as u32).collect();
    let total: u64 = lengths.iter().map(|&l| u64::from(l)).sum();
    let avgdl = (total as f32 / docs.len().max(1) as f32).max(1.0);

    let mut entries = Vec::new();
    let bits = total.div_ceil(UNITS_PER_PASS).next_power_of_two().trailing_zeros();
    for group in 0..1u64 << bits {
        entries.extend(invert_group(group, bits, &units, &lengths, avgdl, &words));
    }
    step("invert", &mut t);
    Inverted { entries, order, units: total }
}

/// One posting before encoding: positions index into the pass's position store.
#[derive(Clone, Copy)]
struct Raw {
    key: u64,
    doc: u32,
    impact: u8,
    start: u32,
    count: u32,
}

fn invert_group(
    group: u64,
    bits: u32,
    units: &[(Vec<u32>, u32)],
    lengths: &[u32],
    avgdl: f32,
    words: &[String],
) -> Vec<Entry> {
    let mut t = std::time::Instant::now();
    let per_doc: Vec<(Vec<Raw>, Vec<u32>)> = units
        .par_iter()
        .enumerate()
        .map(|(doc, (us, head_end))| {
            let mut occ: Vec<(u64, u32)> = Vec::new();
            for (p, &u) in us.iter().enumerate() {
                if u == BREAK {
                    continue;
                }
                let single = u64::from(u);
                if group_of(single, bits) == group {
                    occ.push((single, p as u32));
                }
                if let Some(&next) = us.get(p + 1)
                    && next != BREAK
                    && group_of(key_of_pair(u, next), bits) == group
                {
                    occ.push((key_of_pair(u, next), p as u32));
                }
            }
            // Stable by term: positions stay ascending.
            occ.sort_by_key(|o| o.0);
            let norm = K1 * (1.0 - B + B * lengths[doc] as f32 / avgdl);
            let mut raws = Vec::new();
            let mut positions = Vec::new();
            let mut i = 0;
            while i < occ.len() {
                let key = occ[i].0;
                let mut j = i;
                let mut tf = 0.0f32;
                while j < occ.len() && occ[j].0 == key {
                    tf += if occ[j].1 < *head_end { HEAD_WEIGHT } else { 1.0 };
                    j += 1;
                }
                let score = tf * (K1 + 1.0) / (tf + norm) / (K1 + 1.0);
                let impact = ((score * 7.0).round() as u8).clamp(1, 7);
                let start = positions.len() as u32;
                if key >> 32 != 0 {
                    positions.extend(occ[i..j].iter().map(|o| o.1));
                }
                raws.push(Raw { key, doc: doc as u32, impact, start, count: positions.len() as u32 - start });
                i = j;
            }
            (raws, positions)
        })
        .collect();

    // One position store; postings scattered into parts by a hash of the
    // term (documents stay in order inside a part), each part sorted on its
    // own: small sorts that fit in cache, in parallel.
    step("  pass: per-document postings", &mut t);
    const PART_BITS: u32 = 10;
    let part_of = |key: u64| (key.wrapping_mul(0xC2B2_AE3D_27D4_EB4F) >> (64 - PART_BITS)) as usize;
    let mut bases = Vec::with_capacity(per_doc.len());
    let mut store: Vec<u32> = Vec::new();
    for (_, positions) in &per_doc {
        bases.push(store.len() as u32);
        store.extend_from_slice(positions);
    }
    // Chunks of documents scatter in parallel, then each part joins its
    // pieces in chunk (= document) order.
    let chunk = per_doc.len().div_ceil(64).max(1);
    let pieces: Vec<Vec<Vec<Raw>>> = per_doc
        .par_chunks(chunk)
        .zip(bases.par_chunks(chunk))
        .map(|(docs, bases)| {
            let mut parts: Vec<Vec<Raw>> = (0..1 << PART_BITS).map(|_| Vec::new()).collect();
            for ((raws, _), &base) in docs.iter().zip(bases) {
                for r in raws {
                    parts[part_of(r.key)].push(Raw { start: r.start + base, ..*r });
                }
            }
            parts
        })
        .collect();
    drop(per_doc);
    let mut parts: Vec<Vec<Raw>> = (0..1usize << PART_BITS)
        .into_par_iter()
        .map(|p| {
            let mut all = Vec::with_capacity(pieces.iter().map(|c| c[p].len()).sum());
            for c in &pieces {
                all.extend_from_slice(&c[p]);
            }
            all
        })
        .collect();
    drop(pieces);
    step("  pass: scatter", &mut t);
    let entries = parts
        .par_iter_mut()
        .flat_map_iter(|all| {
            // Stable: documents of one term stay in ascending order.
            all.sort_by_key(|r| r.key);
            let mut entries = Vec::new();
            let mut i = 0;
            while i < all.len() {
                let mut j = i;
                while j < all.len() && all[j].key == all[i].key {
                    j += 1;
                }
                entries.push(entry(&all[i..j], &store, words));
                i = j;
            }
            entries
        })
        .collect();
    step("  pass: sort + encode", &mut t);
    entries
}

/// The encoded entry of one term's postings (in document order).
fn entry(list: &[Raw], store: &[u32], words: &[String]) -> Entry {
    let postings: Vec<Posting> = list.iter().map(|r| Posting { doc: r.doc, impact: r.impact }).collect();
    let mut docs = Vec::with_capacity(list.len() + 8);
    encode_docs(&postings, &mut docs);
    let positions = (list[0].key >> 32 != 0).then(|| {
        let refs: Vec<&[u32]> = list.iter().map(|r| &store[r.start as usize..(r.start + r.count) as usize]).collect();
        let mut out = Vec::new();
        encode_positions(&refs, &mut out);
        out
    });
    Entry { term: term_of(list[0].key, words), df: list.len() as u32, docs, positions }
}

/// Path of shard `b` of kind `t` or `p` (without `.js`), as engine.js builds it.
pub fn bucket_key(kind: &str, b: u32) -> String {
    format!("{kind}/{}/{}", b >> 8, b & 255)
}

pub fn external_key(kind: &str, b: u32, k: usize) -> String {
    format!("{kind}x/{}/{}/{k}", b >> 8, b & 255)
}

pub fn doc_key(n: usize) -> String {
    format!("d/{}/{}", n >> 12, n & 4095)
}

pub fn facet_key(kind: char, i: usize) -> String {
    format!("f/{kind}/{}/{}", i >> 12, i & 4095)
}

/// The number of buckets for this much inline data: a power of two.
pub fn bucket_count(inline_bytes: usize) -> u32 {
    (inline_bytes / BUCKET_TARGET).next_power_of_two().clamp(16, 65536) as u32
}

fn register(key: &str, payload: &str) -> Vec<u8> {
    format!("gazetteSearch._register({},{});\n", json_str(key), payload).into_bytes()
}

fn json_str(s: &str) -> String {
    serde_json::Value::String(s.to_string()).to_string()
}

fn short_hash(bytes: &[u8]) -> String {
    blake3::hash(bytes).to_hex()[..12].to_string()
}

/// A facet: value name → documents (index numbers, ascending).
fn facet(values: impl Iterator<Item = (u32, Vec<String>)>) -> BTreeMap<String, Vec<u32>> {
    let mut map: BTreeMap<String, Vec<u32>> = BTreeMap::new();
    for (doc, names) in values {
        for name in names {
            let name = name.trim().to_string();
            if !name.is_empty() {
                let list = map.entry(name).or_default();
                if list.last() != Some(&doc) {
                    list.push(doc);
                }
            }
        }
    }
    map
}

/// Cuts the inverted index into files and writes the manifest.
pub fn lay_out(docs: &[SearchDoc], inv: &Inverted) -> crate::search::SearchIndex {
    let mut t = std::time::Instant::now();
    let inline: usize =
        inv.entries.iter().map(|e| e.term.len() + 8 + if e.docs.len() > EXTERNAL { 0 } else { e.docs.len() }).sum();
    let buckets = bucket_count(inline);
    let mut by_bucket: Vec<Vec<&Entry>> = vec![Vec::new(); buckets as usize];
    for e in &inv.entries {
        by_bucket[(term_hash(&e.term) & (buckets - 1)) as usize].push(e);
    }
    // (key, payload) pairs; the index folder's name is the hash of all of them.
    let mut data: Vec<(String, String)> = by_bucket
        .par_iter_mut()
        .enumerate()
        .flat_map_iter(|(b, list)| {
            list.sort_unstable_by(|x, y| x.term.cmp(&y.term));
            bucket_files(b as u32, list)
        })
        .collect();

    step("term shards", &mut t);
    let ordered: Vec<&SearchDoc> = inv.order.iter().map(|&i| &docs[i]).collect();
    data.par_extend(ordered.par_iter().enumerate().map(|(n, d)| {
        let card = serde_json::json!({
            "u": d.url, "t": d.title, "d": d.date.to_string(),
            "s": d.section.clone().unwrap_or_default(), "r": d.reporters, "x": d.text,
        });
        (doc_key(n), card.to_string())
    }));

    let sections = facet(ordered.iter().enumerate().map(|(n, d)| (n as u32, d.section.iter().cloned().collect())));
    let reporters = facet(ordered.iter().enumerate().map(|(n, d)| (n as u32, d.reporters.clone())));
    let topics = facet(ordered.iter().enumerate().map(|(n, d)| (n as u32, d.topic.iter().cloned().collect())));
    let mut facet_names = serde_json::Map::new();
    for (kind, name, map) in [('s', "sections", &sections), ('r', "reporters", &reporters), ('c', "topics", &topics)] {
        let mut names = Vec::new();
        for (i, (value, list)) in map.iter().enumerate() {
            let mut b = Vec::new();
            encode_doc_set(list, &mut b);
            data.push((facet_key(kind, i), json_str(&base64(&b))));
            names.push(serde_json::json!([value, list.len()]));
        }
        facet_names.insert(name.into(), names.into());
    }

    // Years and dates as ranges of document numbers.
    let mut years: Vec<(i32, usize, usize)> = Vec::new();
    let mut days: Vec<i64> = Vec::new();
    let mut firsts: Vec<usize> = Vec::new();
    for (n, d) in ordered.iter().enumerate() {
        match years.last_mut() {
            Some(y) if y.0 == d.date.year => y.2 = n + 1,
            _ => years.push((d.date.year, n, n + 1)),
        }
        let day = d.date.days_since_epoch();
        if days.last() != Some(&day) {
            days.push(day);
            firsts.push(n);
        }
    }
    data.push(("dates".into(), serde_json::json!({"d": days, "f": firsts}).to_string()));

    step("cards, facets, dates", &mut t);
    let mut hasher = blake3::Hasher::new();
    for (k, v) in &data {
        hasher.update(k.as_bytes());
        hasher.update(v.as_bytes());
    }
    let dir = hasher.finalize().to_hex()[..12].to_string();

    let mut files: Vec<OutputFile> = data
        .par_iter()
        .map(|(k, v)| OutputFile { path: format!("search/{dir}/{k}.js"), bytes: register(k, v) })
        .collect();

    step("hash + files", &mut t);
    let mut manifest = serde_json::json!({
        "v": 1, "dir": dir, "n": ordered.len(), "buckets": buckets,
        "years": years.iter().map(|y| serde_json::json!([y.0, y.1, y.2])).collect::<Vec<_>>(),
    });
    if let Some(m) = manifest.as_object_mut() {
        m.extend(facet_names);
    }
    let manifest_js = format!("gazetteSearch._manifest({manifest});\n").into_bytes();
    let engine = super::ENGINE_JS.as_bytes().to_vec();
    let ui = super::UI_JS.as_bytes().to_vec();
    let scripts = vec![
        format!("search/engine-{}.js", short_hash(&engine)),
        format!("search/manifest-{}.js", short_hash(&manifest_js)),
        format!("search/ui-{}.js", short_hash(&ui)),
    ];
    for (path, bytes) in scripts.iter().zip([engine, manifest_js, ui]) {
        files.push(OutputFile { path: path.clone(), bytes });
    }
    crate::search::SearchIndex { files, scripts }
}

/// The files of one bucket: its `t` and `p` shards and their external lists.
fn bucket_files(b: u32, list: &[&Entry]) -> Vec<(String, String)> {
    // Every `t` shard exists, even empty, so a lookup never fails to load.
    let mut out = Vec::new();
    let mut t = Vec::new();
    let mut p = Vec::new();
    let (mut tk, mut pk) = (0, 0);
    for e in list {
        put_varint(&mut t, e.term.len() as u64);
        t.extend_from_slice(e.term.as_bytes());
        put_varint(&mut t, u64::from(e.df));
        if e.docs.len() > EXTERNAL {
            put_varint(&mut t, ((e.docs.len() as u64) << 1) | 1);
            out.push((external_key("t", b, tk), json_str(&base64(&e.docs))));
            tk += 1;
        } else {
            put_varint(&mut t, (e.docs.len() as u64) << 1);
            t.extend_from_slice(&e.docs);
        }
        if let Some(pos) = &e.positions {
            put_varint(&mut p, e.term.len() as u64);
            p.extend_from_slice(e.term.as_bytes());
            if pos.len() > EXTERNAL {
                put_varint(&mut p, ((pos.len() as u64) << 1) | 1);
                out.push((external_key("p", b, pk), json_str(&base64(pos))));
                pk += 1;
            } else {
                put_varint(&mut p, (pos.len() as u64) << 1);
                p.extend_from_slice(pos);
            }
        }
    }
    out.push((bucket_key("t", b), json_str(&base64(&t))));
    if !p.is_empty() {
        out.push((bucket_key("p", b), json_str(&base64(&p))));
    }
    out
}
