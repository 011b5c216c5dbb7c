//! Index step, part 3: inversion (documents → postings, in parallel) and the
//! file layout of the index under `search/`:
//!
//! ```text
//! search/engine-<h>.js  manifest-<h>.js  ui-<h>.js    the scripts the page loads
//! search/t/<g>-<h>/<b%4096>.js        a segment's doc lists of terms whose hash & (S-1) == b, g = b/4096
//! search/p/<g>-<h>/<b%4096>.js        a segment's occurrence ranks of triples, same buckets
//! search/x/<c[0..2]>/<c>.js           a block of a long doc or rank list, c = its content hash
//! search/d/<g>-<h>/<i>.js             result card (summary or bounded lead) of the i-th document of card group g ([`card_groups`])
//! search/f/<s|r|c>-<h>/<i/4096>/<i%4096>.js  doc set of facet value i
//! search/dates-<h>.js                 first document of every date
//! ```
//! Term files are made per segment of documents ([`segments`]): a query
//! reads a term's shard in every segment and joins the lists in document
//! order. Every name carries a hash of its content (`<h>`: of the whole
//! folder; `c`: of the file), listed in the manifest or in the shard that
//! points to it, so no cache serves a stale shard. A rebuild keeps the files
//! of every segment whose documents did not change ([`SegmentRecord`]): a
//! day of new articles makes the terms of the last few hundred documents
//! again, not of the archive. No folder holds more than 4,096 entries.

use super::codec::{
    Ranks, base91_into, base91_len, encode_doc_list, encode_doc_list_into, encode_doc_set, encode_ranks,
    encode_ranks_into, get_varint, put_varint, term_hash_bytes,
};
use super::tokenize::{UnitCodes, Units, normalize_into, push_units};
use super::{SearchDoc, SearchIndex};
use crate::output::OutputFile;
use rayon::prelude::*;
use std::borrow::Cow;
use std::collections::{BTreeMap, HashSet};

/// Units are `u32`, a character's code point (below 0x110000);
/// [`UNIT_BITS`] each, so that a term of up to three units is one `u64` key.
const UNIT_BITS: u32 = 21;
const UNIT_MASK: u32 = (1 << UNIT_BITS) - 1;
const BREAK: u32 = UnitCodes::BREAK;
/// Wanted size of a bucket's inline part.
const BUCKET_TARGET: usize = 4096;

/// Where long lists are cut. Tests make the sizes small so that small
/// archives exercise blocks too.
#[derive(Debug, Clone, Copy)]
pub struct Tuning {
    /// A doc or rank list longer than this is cut into blocks of their
    /// own files, so a bucket stays small and a query never loads another
    /// term's long list, nor rank blocks without candidates.
    pub external: usize,
    /// Long doc lists are cut every 2^bits documents: a rebuild that appends
    /// documents rewrites only the last block.
    pub doc_block_bits: u32,
    /// Wanted raw size of a block of ranks: a query that verifies a few
    /// candidates loads about this much per triple.
    pub rank_block: u64,
    /// Term files are made per segment of documents, sized in units of
    /// 2^bits documents ([`segments`]).
    pub segment_bits: u32,
}

impl Default for Tuning {
    fn default() -> Self {
        Tuning { external: 1024, doc_block_bits: 14, rank_block: 6 << 10, segment_bits: 8 }
    }
}

/// Segments hold at least this many units before the archive's size
/// caps them ([`segments`]).
const MIN_CAP_UNITS: u32 = 64;

/// The segments of an index of `n` documents (numbered in date order).
///
/// Whole segments of a *cap* first: the largest power of two of units not
/// above half the archive (at least `MIN_CAP_UNITS`), so there are two or
/// three of them; then the binary digits of the remaining units, largest
/// first, each a segment of that many units; then the rest.
/// - Appending documents changes only the last segment until a unit fills,
///   when the small segments below it merge (as a binary counter carries):
///   a day's articles rebuild a few hundred documents' terms, at worst a
///   cap's (once the remainder fills one).
/// - Editing an old article rebuilds its segment: at most a cap, a third to
///   a half of the archive, where plain binary digits put more than half of
///   it in one segment (65,536 of 100,000 documents).
/// - A query reads one shard per segment of each term: two or three whole
///   segments and the digits of the rest. (A quarter-archive cap made 100k's
///   doc lists 38% bigger and a cold query 46% heavier.)
/// - Only when the archive's size crosses twice a power of two of units
///   does the cap double and every segment change.
///
/// A function of `n` alone, so an incremental build and a full one cut the
/// same segments and write the same files.
pub fn segments(n: u32, bits: u32) -> Vec<std::ops::Range<u32>> {
    let units = n >> bits;
    let cap = (units / 2).max(MIN_CAP_UNITS);
    let cap = 1 << (31 - cap.leading_zeros());
    let mut out: Vec<std::ops::Range<u32>> =
        (0..units / cap).map(|i| (i * cap) << bits..((i + 1) * cap) << bits).collect();
    let mut lo = (units / cap * cap) << bits;
    let rest = units % cap;
    for bit in (0..32 - bits).rev() {
        if rest >> bit & 1 == 1 {
            let len = 1 << (bit + bits);
            out.push(lo..lo + len);
            lo += len;
        }
    }
    if lo < n {
        out.push(lo..n);
    }
    out
}

/// What a later build needs to keep a segment's term files instead of
/// making them again: the hash of the documents it indexes, its range and
/// the names of its files. Kept in the output's `.gazette/` folder.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SegmentRecord {
    /// Hash of the segment's indexed fields, the tuning and the format.
    pub key: String,
    pub lo: u32,
    pub hi: u32,
    pub buckets: u32,
    /// Folder hashes of the `t` and `p` shards, per group of 4,096 buckets (a folder).
    pub t: Vec<String>,
    pub p: Vec<String>,
    /// Content ids (16 hex digits each, concatenated) of the block files the
    /// shards point to.
    pub x: String,
}

impl SegmentRecord {
    /// The files of the segment, relative to the site root.
    pub fn files(&self) -> Vec<String> {
        let mut out = Vec::new();
        for (kind, hashes) in [("t", &self.t), ("p", &self.p)] {
            for (g, h) in hashes.iter().enumerate() {
                let first = (g as u32) << GROUP_BITS;
                for i in 0..(self.buckets - first).min(1 << GROUP_BITS) {
                    out.push(format!("search/{kind}/{g}-{h}/{i}.js"));
                }
            }
        }
        for hex in self.x.as_bytes().chunks(16) {
            let hex = String::from_utf8_lossy(hex);
            out.push(format!("search/x/{}/{hex}.js", &hex[..2]));
        }
        out
    }

    /// The segment as the manifest lists it: `[lo, hi, buckets, t, p]`.
    fn manifest_entry(&self) -> serde_json::Value {
        serde_json::json!([self.lo, self.hi, self.buckets, self.t, self.p])
    }
}

/// Result cards of a group of documents ([`card_groups`]): a later build
/// keeps the group's folder if its key still matches.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct CardsRecord {
    pub key: String,
    /// The folder's hash, as the manifest lists it.
    pub hash: String,
    pub count: u32,
}

impl CardsRecord {
    /// The files of group `g`, relative to the site root.
    pub fn files(&self, g: usize) -> Vec<String> {
        (0..self.count).map(|i| format!("search/d/{g}-{}/{i}.js", self.hash)).collect()
    }
}

/// What a later build may keep of an index.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct IndexRecord {
    pub segments: Vec<SegmentRecord>,
    /// Card groups, by group number.
    pub cards: Vec<CardsRecord>,
}

/// Bumped when the term files' format changes, so old records never match.
const SEGMENT_FORMAT: &[u8] = b"gazette segment 4";

/// The key of a segment: its documents' indexed fields (hashed per document
/// in parallel by the caller), range and the tuning.
fn segment_key<'a>(
    doc_hashes: impl Iterator<Item = &'a DocHash>,
    range: &std::ops::Range<u32>,
    tuning: Tuning,
) -> String {
    let mut h = blake3::Hasher::new();
    h.update(SEGMENT_FORMAT);
    let Tuning { external, doc_block_bits, rank_block, segment_bits } = tuning;
    for v in [external as u64, u64::from(doc_block_bits), rank_block, u64::from(segment_bits)] {
        h.update(&v.to_le_bytes());
    }
    h.update(&range.start.to_le_bytes());
    h.update(&range.end.to_le_bytes());
    for d in doc_hashes {
        h.update(d);
    }
    h.finalize().to_hex()[..32].to_string()
}

/// A document's hash for the plan: xxh3's 128 bits, as the page keys
/// use: changes are told apart, nothing adversarial is resisted. blake3 on
/// 20,000 inputs of a few hundred bytes (the plan is made twice per build)
/// took 14 of the 210 ms of CPU a day of articles took at 10k, search on.
type DocHash = [u8; 16];

/// What decides a document's terms: the fields [`fields`] reads, or the
/// fingerprint that stands for them.
fn doc_hash(d: &SearchDoc) -> DocHash {
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    if let Some(f) = d.fingerprint {
        h.update(b"fingerprint");
        h.update(&f.to_le_bytes());
        return h.digest128().to_le_bytes();
    }
    for part in [d.title.as_str(), d.subtitle.as_deref().unwrap_or("")] {
        h.update(part.as_bytes());
        h.update(b"\0");
    }
    for list in [&d.reporters, &d.tags] {
        for v in list {
            h.update(v.as_bytes());
            h.update(b"\x01");
        }
        h.update(b"\0");
    }
    h.update(d.text.as_bytes());
    h.digest128().to_le_bytes()
}

/// What decides a document's result card: its metadata, its lead and its
/// terms' hash (which covers the text a lead is otherwise cut from).
fn card_hash(d: &SearchDoc, terms: &DocHash) -> DocHash {
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    if let Some(lead) = &d.lead {
        h.update(b"lead");
        h.update(lead.as_bytes());
        h.update(b"\0");
    }
    for part in [d.url.as_str(), d.title.as_str(), d.section.as_deref().unwrap_or("")] {
        h.update(part.as_bytes());
        h.update(b"\0");
    }
    h.update(&d.date.days_since_epoch().to_le_bytes());
    for r in &d.reporters {
        h.update(r.as_bytes());
        h.update(b"\x01");
    }
    h.update(terms);
    h.digest128().to_le_bytes()
}

/// How an index of `docs` is made: document order, and per segment and per
/// card group its key and the previous record to keep, if one matches.
struct Plan<'a> {
    order: Vec<usize>,
    segments: Vec<(std::ops::Range<u32>, String, Option<&'a SegmentRecord>)>,
    cards: Vec<(String, Option<&'a CardsRecord>)>,
}

fn plan<'a>(docs: &[SearchDoc], tuning: Tuning, previous: &'a IndexRecord) -> Plan<'a> {
    let order = index_order(docs);
    let hashes: Vec<(DocHash, DocHash)> = order
        .par_iter()
        .map(|&i| {
            let terms = doc_hash(&docs[i]);
            (terms, card_hash(&docs[i], &terms))
        })
        .collect();
    let segments = segments(docs.len() as u32, tuning.segment_bits)
        .into_iter()
        .map(|range| {
            let terms = hashes[range.start as usize..range.end as usize].iter().map(|h| &h.0);
            let key = segment_key(terms, &range, tuning);
            let keep = previous.segments.iter().find(|r| r.key == key);
            (range, key, keep)
        })
        .collect();
    let cards = card_groups(docs.len() as u32)
        .into_iter()
        .enumerate()
        .map(|(g, range)| {
            let mut h = blake3::Hasher::new();
            h.update(SEGMENT_FORMAT);
            h.update(&(g as u64).to_le_bytes());
            h.update(&range.start.to_le_bytes());
            for d in &hashes[range.start as usize..range.end as usize] {
                h.update(&d.1);
            }
            let key = h.finalize().to_hex()[..32].to_string();
            let keep = previous.cards.get(g).filter(|c| c.key == key);
            (key, keep)
        })
        .collect();
    Plan { order, segments, cards }
}

/// Which documents (by their place in `docs`) [`build`] reads the text of:
/// those of segments and card groups it makes anew. The others may come
/// with an empty text (and a fingerprint).
pub fn needs_text(docs: &[SearchDoc], tuning: Tuning, previous: &IndexRecord) -> Vec<bool> {
    prepare(docs, tuning, previous).needs_text(docs)
}

/// An index about to be made of some documents: what it keeps of the
/// previous one, worked out once for both [`Prepared::needs_text`] and
/// [`Prepared::build`] (each made it anew: twice per incremental build).
/// The plan hashes a document by its fingerprint where it has one, so
/// texts filled in between leave it as it is; where one has none (its text
/// is its hash), `build` plans again.
pub struct Prepared<'a> {
    plan: Plan<'a>,
    tuning: Tuning,
    previous: &'a IndexRecord,
    fingerprinted: bool,
}

pub fn prepare<'a>(docs: &[SearchDoc], tuning: Tuning, previous: &'a IndexRecord) -> Prepared<'a> {
    let fingerprinted = docs.iter().all(|d| d.fingerprint.is_some());
    Prepared { plan: plan(docs, tuning, previous), tuning, previous, fingerprinted }
}

impl Prepared<'_> {
    /// Which documents (by their place in `docs`) [`Prepared::build`] reads the text of.
    pub fn needs_text(&self, docs: &[SearchDoc]) -> Vec<bool> {
        let plan = &self.plan;
        let mut needed = vec![false; docs.len()];
        for (range, _, keep) in &plan.segments {
            if keep.is_none() {
                for &i in &plan.order[range.start as usize..range.end as usize] {
                    needed[i] = true;
                }
            }
        }
        for (range, (_, keep)) in card_groups(docs.len() as u32).into_iter().zip(&plan.cards) {
            if keep.is_none() {
                for &i in &plan.order[range.start as usize..range.end as usize] {
                    needed[i] |= docs[i].lead.is_none();
                }
            }
        }
        needed
    }

    /// The index of `docs`, the documents this was prepared from (their
    /// texts filled in where [`Prepared::needs_text`] asked, or read from
    /// `source` as in [`Prepared::build_reading`]), its files in `files`.
    pub fn build(self, docs: &[SearchDoc], source: Option<TextSource<'_>>) -> crate::error::Result<SearchIndex> {
        collected(|sink| self.build_reading(docs, source, sink))
    }

    /// [`Prepared::build`], handing the files to `sink` as they are made
    /// (the index's `files` stay empty). Documents with a `lead` may come
    /// without their text, even where [`Prepared::needs_text`] asks for it:
    /// `source` gives it, by the document's place in `docs`, when its
    /// segment is made, and it is dropped with its chunk. Fails with the
    /// first text that could not be read.
    pub fn build_reading(
        self,
        docs: &[SearchDoc],
        source: Option<TextSource<'_>>,
        sink: Sink<'_>,
    ) -> crate::error::Result<SearchIndex> {
        let mut t = timer();
        let plan = if self.fingerprinted { self.plan } else { plan(docs, self.tuning, self.previous) };
        assert_eq!(plan.order.len(), docs.len(), "prepared for other documents");
        step("plan (what to keep)", &mut t);
        build_planned(docs, self.tuning, plan, source, sink)
    }
}

/// Buckets (and cards) per folder, whose name holds a hash of its files.
const GROUP_BITS: u32 = 12;
const CARD_GROUP_BITS: u32 = 10;

/// The card groups of `n` documents (numbered in date order): whole groups
/// of 2^`CARD_GROUP_BITS`, then one group per binary digit of the rest,
/// largest first. A folder's name holds the hash of its cards, so a group
/// that gains documents is written anew: appending a day of 30 articles
/// rewrites the small groups a binary counter would carry through (at 10k:
/// 76 cards where one group of the rest took 844; 120 on average over the
/// remainders, where the rest's one group averaged over 500). engine.js
/// finds a document's group the same way (`cardOf`).
pub fn card_groups(n: u32) -> Vec<std::ops::Range<u32>> {
    let full = n >> CARD_GROUP_BITS;
    let mut out: Vec<std::ops::Range<u32>> =
        (0..full).map(|g| g << CARD_GROUP_BITS..(g + 1) << CARD_GROUP_BITS).collect();
    let mut lo = full << CARD_GROUP_BITS;
    for bit in (0..CARD_GROUP_BITS).rev() {
        if n >> bit & 1 == 1 {
            out.push(lo..lo + (1 << bit));
            lo += 1 << bit;
        }
    }
    out
}

/// Characters of the body a result card keeps for its snippet.
const LEAD_CHARS: usize = 100;

/// The terms of one part of a segment ([`merge_part`]), encoded as their
/// bucket shards hold them: per term its `t` entry (term, `df`, head count
/// and lists, doc lists) and, for a triple with ranks, its `p` lists (without
/// the term number, which [`bucket_files`] puts in front), one buffer for
/// all; the block files they point to alongside.
///
/// Not an allocation per term: text with a real vocabulary has millions of
/// distinct triples per segment (2.4 million at 10,000 articles of varied
/// text), and a term apiece (its string, its lists) took 1.3 GB there and
/// most of the index's time.
#[derive(Default)]
struct Encoded {
    terms: Vec<TermRec>,
    bytes: Vec<u8>,
    external: Vec<(&'static str, String, String)>,
    /// The sum [`bucket_count`] sizes a segment's buckets by.
    inline: usize,
    /// Terms and raw bytes of doc lists, head lists and ranks, by term
    /// length ([`print_list_sizes`]).
    sizes: [[usize; 4]; 4],
}

/// Where one term is in its [`Encoded`].
#[derive(Debug, Clone, Copy)]
struct TermRec {
    /// [`super::codec::term_hash`] of the term: its bucket.
    hash: u32,
    /// Documents with the term in the segment.
    df: u32,
    /// Its `t` entry starts here; `p` lists (if any) follow it.
    start: usize,
    t_len: u32,
    /// 0: no ranks (rank lists are never empty).
    p_len: u32,
    /// Its key, which sorts as its string does (UTF-8 keeps the order of
    /// code points, and an absent unit is 0).
    key: Key,
    /// Its block files in `external`, in the order its lists name them.
    ext: (u32, u32),
}

impl Encoded {
    fn t(&self, r: &TermRec) -> &[u8] {
        &self.bytes[r.start..r.start + r.t_len as usize]
    }

    fn p(&self, r: &TermRec) -> &[u8] {
        let at = r.start + r.t_len as usize;
        &self.bytes[at..at + r.p_len as usize]
    }
}

/// Appends the units of a document's searchable fields to `us`: title,
/// subtitle, reporters, tags (the weighted head), then the body, with
/// breaks between them, each normalised in `norm`. Returns where the body
/// starts.
fn field_units(d: &SearchDoc, text: &str, norm: &mut String, us: &mut Vec<u32>) -> usize {
    let mut units = UnitCodes(us);
    let fields = [
        Cow::Borrowed(d.title.as_str()),
        Cow::Borrowed(d.subtitle.as_deref().unwrap_or("")),
        Cow::Owned(d.reporters.join("\u{1}")),
        Cow::Owned(d.tags.join("\u{1}")),
        Cow::Borrowed(text),
    ];
    let mut head_end = 0;
    for (i, field) in fields.iter().enumerate() {
        if i == 4 {
            units.push_break();
            head_end = units.0.len();
        }
        norm.clear();
        normalize_into(field, norm);
        push_units(norm, &mut units);
        units.push_break();
    }
    head_end
}

/// Term keys: up to three units of [`UNIT_BITS`] each, the first in the top
/// bits, an absent unit 0 (no unit is 0: NUL is neither a letter, a digit
/// nor Han). Sorting by key groups a term's occurrences.
type Key = u64;

#[cfg(test)]
fn key_of(units: &[u32]) -> Key {
    units.iter().enumerate().fold(0, |k, (i, &u)| k | Key::from(u) << (UNIT_BITS * (2 - i as u32)))
}

/// The units of `key`, first to last.
fn units_of(key: Key) -> impl Iterator<Item = u32> {
    (0..3).map(move |i| (key >> (UNIT_BITS * (2 - i))) as u32 & UNIT_MASK).take_while(|&u| u != 0)
}

/// Units in the term of `key`: 1, 2 or 3.
fn arity(key: Key) -> u8 {
    1 + u8::from(key >> UNIT_BITS & Key::from(UNIT_MASK) != 0) + u8::from(key & Key::from(UNIT_MASK) != 0)
}

/// Keys are sorted and partitioned mixed (an odd multiplier is a bijection
/// of u64): its top bits spread terms evenly over parts, where the plain
/// key would put all terms starting with `的` in one.
const MIX: u64 = 0x9E37_79B9_7F4A_7C15;
const UNMIX: u64 = {
    // Newton's iteration for the inverse modulo 2^64: each step doubles the correct bits.
    let mut inv = MIX;
    let mut i = 0;
    while i < 6 {
        inv = inv.wrapping_mul(2u64.wrapping_sub(MIX.wrapping_mul(inv)));
        i += 1;
    }
    inv
};

/// The term string of `key` ([`super::tokenize::gram_term`] of its units), as UTF-8 bytes
/// and their length: no allocation for each of millions of terms.
fn term_bytes(key: Key) -> ([u8; 12], usize) {
    let mut out = [0u8; 12];
    let mut n = 0;
    for u in units_of(key) {
        n += char::from_u32(u).unwrap_or('\u{FFFD}').encode_utf8(&mut out[n..]).len();
    }
    (out, n)
}

/// Prints how long each indexing step took when `GAZETTE_SEARCH_TIMING` is set
/// (for the benchmark: which step to make faster), wall and CPU time of the
/// process: on a shared machine the wall time says little.
fn step(name: &str, lap: &mut crate::clock::Lap) {
    if let Some((wall, cpu)) = lap.lap() {
        let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
        let peak = status.lines().find(|l| l.starts_with("VmHWM:")).map_or("", |l| l[6..].trim());
        eprintln!("search index: {name}: {wall:.3} s (cpu {cpu:.3} s, peak memory so far {peak})");
    }
}

fn timer() -> crate::clock::Lap {
    crate::clock::Lap::from_env("GAZETTE_SEARCH_TIMING")
}

/// Documents in index order: by date (stable), so a year or date range is
/// a range of numbers. Indexes into `docs`.
pub fn index_order(docs: &[SearchDoc]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..docs.len()).collect();
    order.sort_by_key(|&i| docs[i].date);
    order
}

/// The documents of one segment (in index order, numbered from `lo`) →
/// postings of units, pairs and triples, in parallel.
#[cfg(test)]
fn invert_segment(docs: &[&SearchDoc], lo: u32, tuning: Tuning, chunk_docs: usize) -> Vec<Encoded> {
    let places: Vec<usize> = (0..docs.len()).collect();
    unread(invert_segment_reading(docs, &places, None, lo, tuning, chunk_docs))
}

/// Gives the text of the document at a place in the documents an index is
/// built of, when the document came without it: the load step holds texts
/// only up to a budget (`cache`), so a large archive's are read again here,
/// a chunk at a time, and never all held at once.
pub type TextSource<'a> = &'a (dyn Fn(usize) -> crate::error::Result<String> + Sync);

/// The result of a step given no [`TextSource`]: reading a text is the
/// only way it fails.
fn unread<T>(r: crate::error::Result<T>) -> T {
    r.unwrap_or_else(|e| unreachable!("no texts to read: {e}"))
}

/// [`invert_segment`] of documents at `places` in the build's documents,
/// the texts of those without one read from `source` for their chunk only.
fn invert_segment_reading(
    docs: &[&SearchDoc],
    places: &[usize],
    source: Option<TextSource<'_>>,
    lo: u32,
    tuning: Tuning,
    chunk_docs: usize,
) -> crate::error::Result<Vec<Encoded>> {
    let mut t = timer();
    let chunk_docs = chunk_docs.max(1);
    // Each chunk normalises its own documents: the text is inverted while
    // it is in cache and freed right after, where normalising the whole
    // segment first held all of it (a third of the index's peak memory).
    let chunks: Vec<Chunk> = docs
        .par_chunks(chunk_docs)
        .zip(places.par_chunks(chunk_docs))
        .enumerate()
        .map(|(c, (docs, places))| {
            let read: Vec<Option<String>> = docs
                .iter()
                .zip(places)
                .map(|(d, &at)| match source {
                    Some(read) if d.text.is_empty() => read(at).map(Some),
                    _ => Ok(None),
                })
                .collect::<crate::error::Result<_>>()?;
            let texts: Vec<&str> = docs.iter().zip(&read).map(|(d, r)| r.as_deref().unwrap_or(&d.text)).collect();
            Ok(invert_chunk(docs, &texts, lo + (c * chunk_docs) as u32))
        })
        .collect::<crate::error::Result<_>>()?;
    step("normalise + invert chunks", &mut t);
    let range = lo..lo + docs.len() as u32;
    let parts: Vec<Encoded> =
        (0..PARTS).into_par_iter().map(|part| merge_part(&chunks, part, range.clone(), tuning)).collect();
    step("merge + encode", &mut t);
    Ok(parts)
}

/// Documents inverted together: terms are grouped once per chunk, so the
/// chunk's postings cost a key per term rather than per posting.
const CHUNK_DOCS: usize = 256;
/// Chunks are cut into this many parts by the mixed key's top bits; the
/// merge handles parts in parallel.
const PART_BITS: u32 = 10;
const PARTS: usize = 1 << PART_BITS;

/// The postings of a chunk of documents, by mixed key (so by part), each
/// term as: the mixed key (8 bytes LE), `varint(len)` and `len` bytes of
/// postings: `varint(doc gap << 1 | head)` (the first gap from the chunk's
/// first document), and for triples `varint(count)` and per occurrence the
/// ranks of its prefix and suffix pair ([`Ranks`]), count 0 for a single
/// occurrence at ranks (0, 0).
struct Chunk {
    first_doc: u32,
    bytes: Vec<u8>,
    /// Where each part starts in `bytes`, and the end.
    parts: Vec<usize>,
}

/// Records of a chunk: in the low 64 bits of an occurrence, below its
/// mixed key, the document in the chunk ([`DOC_BITS`]), whether the
/// occurrence is in the document's head, and for triples the ranks of its
/// prefix and suffix pair ([`RANK_BITS`] each).
const DOC_BITS: u32 = 12;
const RANK_BITS: u32 = 25;
/// Characters of a document the index reads: its ranks must fit
/// [`RANK_BITS`]. Only an article of more than 33 million characters (a
/// hundred megabytes of text) is cut.
const MAX_UNITS: usize = 1 << RANK_BITS;

fn invert_chunk(docs: &[&SearchDoc], texts: &[&str], first_doc: u32) -> Chunk {
    assert!(docs.len() <= 1 << DOC_BITS, "a chunk holds at most {} documents", 1 << DOC_BITS);
    // Records scattered by part as they are made, each one a u128: mixed
    // key, then the low bits above. A unit or pair is recorded once per
    // document, at its first occurrence (which tells whether any is in the
    // head); a triple at every occurrence, with the ranks of its two pairs
    // among their own occurrences in the document, counted here while the
    // document is in cache. Sorting a part (small, in cache) groups its
    // terms, keeping documents and occurrences in order.
    // Han text makes about two records per character of three bytes,
    // spread evenly over the parts: reserving that much saves growing a
    // thousand vectors by doubling.
    let bytes: usize = docs.iter().map(|d| d.title.len() + d.text.len()).sum();
    let mut parts: Vec<Vec<u128>> = (0..PARTS).map(|_| Vec::with_capacity(bytes / PARTS * 3 / 4 + 8)).collect();
    let mut counts = Counts::default();
    // Units of the basic plane seen in this document (its stamp): a
    // lookup in a table of 65,536 where the counts hash every unit.
    let mut seen = vec![0u32; 1 << 16];
    let mut us: Vec<u32> = Vec::new();
    let mut norm = String::new();
    let mut pair_rank: Vec<u32> = Vec::new();
    let mut push = |key: Key, low: u64| {
        let mixed = key.wrapping_mul(MIX);
        parts[(mixed >> (64 - PART_BITS)) as usize].push(u128::from(mixed) << 64 | u128::from(low));
    };
    for (doc, d) in docs.iter().enumerate() {
        us.clear();
        let head_end = field_units(d, texts[doc], &mut norm, &mut us);
        us.truncate(MAX_UNITS);
        // The stamp of this document in `seen`: its number in the chunk, plus one.
        let stamp = doc as u32 + 1;
        let doc = (doc as u64) << (64 - DOC_BITS);
        let head = |p: usize| u64::from(p < head_end) << (63 - DOC_BITS);
        counts.start(us.len());
        pair_rank.clear();
        pair_rank.resize(us.len() + 1, 0);
        for p in 0..us.len() {
            if us[p] == BREAK {
                continue;
            }
            let one = Key::from(us[p]) << (2 * UNIT_BITS);
            let first = match seen.get_mut(us[p] as usize) {
                Some(s) => {
                    *s != stamp && {
                        *s = stamp;
                        true
                    }
                }
                None => counts.next(one) == 0,
            };
            if first {
                push(one, doc | head(p));
            }
            if let Some(&b) = us.get(p + 1).filter(|&&b| b != BREAK) {
                let two = one | Key::from(b) << UNIT_BITS;
                let rank = counts.next(two);
                pair_rank[p] = rank;
                if rank == 0 {
                    push(two, doc | head(p));
                }
            }
        }
        for p in 0..us.len().saturating_sub(2) {
            if us[p..p + 3].contains(&BREAK) {
                continue;
            }
            let three = Key::from(us[p]) << (2 * UNIT_BITS) | Key::from(us[p + 1]) << UNIT_BITS | Key::from(us[p + 2]);
            let ranks = u64::from(pair_rank[p]) << RANK_BITS | u64::from(pair_rank[p + 1]);
            push(three, doc | head(p) | ranks);
        }
    }
    let doc_of = |o: u128| (o as u64 >> (64 - DOC_BITS)) as usize;
    let head_of = |o: u128| o as u64 >> (63 - DOC_BITS) & 1 == 1;
    let rank_mask = (1u64 << RANK_BITS) - 1;
    let ranks_of = |o: u128| ((o as u64 >> RANK_BITS & rank_mask) as u32, (o as u64 & rank_mask) as u32);
    let mut grouper = Grouper::default();
    let mut bytes = Vec::new();
    let mut offsets = Vec::with_capacity(PARTS + 1);
    let mut body = Vec::new();
    for part in &mut parts {
        *part = grouper.group(part);
        offsets.push(bytes.len());
        for term in part.chunk_by(|a, b| a >> 64 == b >> 64) {
            let mixed = (term[0] >> 64) as u64;
            let triple = arity(mixed.wrapping_mul(UNMIX)) == 3;
            body.clear();
            let mut prev = 0;
            for run in term.chunk_by(|a, b| doc_of(*a) == doc_of(*b)) {
                let doc = doc_of(run[0]);
                // Occurrences are in order: the first tells whether any is in the head.
                put_varint(&mut body, ((doc - prev) << 1 | usize::from(head_of(run[0]))) as u64);
                prev = doc;
                if triple {
                    if run.len() == 1 && ranks_of(run[0]) == (0, 0) {
                        put_varint(&mut body, 0);
                    } else {
                        put_varint(&mut body, run.len() as u64);
                        for &o in run {
                            let (p, s) = ranks_of(o);
                            put_varint(&mut body, u64::from(p));
                            put_varint(&mut body, u64::from(s));
                        }
                    }
                }
            }
            bytes.extend_from_slice(&mixed.to_le_bytes());
            put_varint(&mut bytes, body.len() as u64);
            bytes.extend_from_slice(&body);
        }
    }
    offsets.push(bytes.len());
    bytes.shrink_to_fit();
    Chunk { first_doc, bytes, parts: offsets }
}

/// Occurrences counted per document, by term key: an open-addressing table
/// whose slots carry the document they were set for, so a new document
/// starts without clearing it.
#[derive(Default)]
struct Counts {
    /// (key, document stamp, count so far).
    slots: Vec<(Key, u32, u32)>,
    stamp: u32,
}

impl Counts {
    /// A new document of `units` units (its units and pairs fit at most half the table).
    fn start(&mut self, units: usize) {
        let want = (units * 4).next_power_of_two().max(64);
        if self.slots.len() < want || self.stamp == u32::MAX {
            self.slots = vec![(0, 0, 0); want];
            self.stamp = 0;
        }
        self.stamp += 1;
    }

    /// How many times `key` occurred before in this document; counts this one.
    fn next(&mut self, key: Key) -> u32 {
        let mask = self.slots.len() - 1;
        let mut slot = (key.wrapping_mul(MIX) >> 40) as usize & mask;
        loop {
            let (k, stamp, count) = &mut self.slots[slot];
            if *stamp != self.stamp {
                *k = key;
                *stamp = self.stamp;
                *count = 1;
                return 0;
            }
            if *k == key {
                *count += 1;
                return *count - 1;
            }
            slot = (slot + 1) & mask;
        }
    }
}

/// Groups occurrences by key, keeping their order within a key (document
/// and position ascending, as they were made): a counting sort by a local
/// term number from a small hash table, cheaper than sorting by key, and the
/// order of the keys does not matter.
#[derive(Default)]
struct Grouper {
    /// (mixed key + 1, local number); 0 is an empty slot.
    table: Vec<(u64, u32)>,
    ids: Vec<u32>,
    counts: Vec<u32>,
    /// The table before it grew, kept for the next growth.
    spare: Vec<(u64, u32)>,
}

impl Grouper {
    fn group(&mut self, occ: &[u128]) -> Vec<u128> {
        // Most occurrences repeat a term: start small and grow, since
        // clearing a table sized for every occurrence costs more than the
        // lookups.
        self.table.clear();
        self.table.resize(64, (0, 0));
        self.ids.clear();
        self.counts.clear();
        for &o in occ {
            let key = (o >> 64) as u64;
            if self.counts.len() * 2 >= self.table.len() {
                self.grow();
            }
            let mask = self.table.len() - 1;
            // The top bits are the part, the same for all: take the slot from the low ones.
            let mut slot = (key.wrapping_mul(MIX) >> 32) as usize & mask;
            let id = loop {
                let (k, id) = self.table[slot];
                if k == key.wrapping_add(1) {
                    break id;
                }
                if k == 0 {
                    let id = self.counts.len() as u32;
                    self.table[slot] = (key.wrapping_add(1), id);
                    self.counts.push(0);
                    break id;
                }
                slot = (slot + 1) & mask;
            };
            self.counts[id as usize] += 1;
            self.ids.push(id);
        }
        let mut start = 0;
        for c in &mut self.counts {
            let n = *c;
            *c = start;
            start += n;
        }
        // A vector of the exact size, to replace the part's (reserved for
        // more): grouping into a buffer kept from part to part kept every
        // part at its reserved size, 5% more peak memory.
        let mut out = vec![0u128; occ.len()];
        for (&o, &id) in occ.iter().zip(&self.ids) {
            out[self.counts[id as usize] as usize] = o;
            self.counts[id as usize] += 1;
        }
        out
    }

    fn grow(&mut self) {
        let size = self.table.len() * 2;
        let mut old = std::mem::take(&mut self.spare);
        old.clear();
        old.resize(size, (0, 0));
        std::mem::swap(&mut self.table, &mut old);
        let mask = self.table.len() - 1;
        for &(k, id) in old.iter().filter(|e| e.0 != 0) {
            let mut slot = (k.wrapping_sub(1).wrapping_mul(MIX) >> 32) as usize & mask;
            while self.table[slot].0 != 0 {
                slot = (slot + 1) & mask;
            }
            self.table[slot] = (k, id);
        }
        self.spare = old;
    }
}

/// The terms of one part: each term's pieces from every chunk, in chunk
/// (= document) order, decoded and encoded.
fn merge_part(chunks: &[Chunk], part: usize, range: std::ops::Range<u32>, tuning: Tuning) -> Encoded {
    // Sized from the part's bytes (a piece of a real vocabulary's term takes
    // a few dozen): grown from nothing by doubling, they were copied again
    // and again.
    let bytes: usize = chunks.iter().map(|c| c.parts[part + 1] - c.parts[part]).sum();
    let mut pieces: Vec<(u64, u32, &[u8])> = Vec::with_capacity(bytes / 64);
    for c in chunks {
        let seg = &c.bytes[c.parts[part]..c.parts[part + 1]];
        let mut at = 0;
        while at < seg.len() {
            let key = u64::from_le_bytes(seg[at..at + 8].try_into().unwrap_or_default());
            at += 8;
            let len = get_varint(seg, &mut at).unwrap_or(0) as usize;
            pieces.push((key, c.first_doc, &seg[at..at + len]));
            at += len;
        }
    }
    // A term's pieces in chunk order.
    pieces.sort_unstable_by_key(|p| (p.0, p.1));
    // Every term once. (Its bytes are not sized from the pieces': with
    // repeated terms they are several times what the part writes, and the
    // parts are all held until laid out.)
    let mut out =
        Encoded { terms: Vec::with_capacity(pieces.chunk_by(|a, b| a.0 == b.0).count()), ..Encoded::default() };
    let mut encoder = TermEncoder {
        range,
        tuning,
        gaps: Vec::new(),
        second: Vec::new(),
        head: Vec::new(),
        docs: Vec::new(),
        ranks: Vec::new(),
    };
    let (mut docs, mut head) = (Vec::new(), Vec::new());
    let (mut store, mut ranges) = (Vec::new(), Vec::new());
    let mut spare_refs: Vec<&'static [Ranks]> = Vec::new();
    for run in pieces.chunk_by(|a, b| a.0 == b.0) {
        let key = run[0].0.wrapping_mul(UNMIX);
        let triple = arity(key) == 3;
        docs.clear();
        head.clear();
        store.clear();
        ranges.clear();
        // Whether any document has more than a single occurrence at ranks (0, 0).
        let mut ranked = false;
        for &(_, first, body) in run {
            let mut at = 0;
            let mut doc = first;
            while at < body.len() {
                let v = get_varint(body, &mut at).unwrap_or(0) as u32;
                doc += v >> 1;
                docs.push(doc);
                if v & 1 != 0 {
                    head.push(doc);
                }
                if triple {
                    let count = get_varint(body, &mut at).unwrap_or(0) as usize;
                    let start = store.len();
                    for _ in 0..count {
                        let p = get_varint(body, &mut at).unwrap_or(0) as u32;
                        let s = get_varint(body, &mut at).unwrap_or(0) as u32;
                        store.push((p, s));
                    }
                    if count == 0 {
                        store.push((0, 0));
                    }
                    ranked |= count > 0;
                    ranges.push(start..store.len());
                }
            }
        }
        // The rank lists as slices of `store`, in a vector reused from term
        // to term (a collect apiece was an allocation per triple): emptied
        // and taken back with no borrow, collecting in place.
        let mut refs: Vec<&[Ranks]> = spare_refs.into_iter().map(|_| unreachable!()).collect();
        if ranked {
            refs.extend(ranges.iter().map(|r| &store[r.clone()]));
        }
        encode_term(&mut out, &mut encoder, key, &docs, &head, ranked.then_some(&refs[..]));
        refs.clear();
        spare_refs = refs.into_iter().map(|_| unreachable!()).collect();
    }
    out
}

/// Appends one term to `out`: its documents (ascending), those with a
/// hit in the head, and for triples the occurrence ranks in each document
/// (`None` if every document has a single occurrence at ranks (0, 0)), in
/// a segment of the documents `range`.
fn encode_term(
    out: &mut Encoded,
    sc: &mut TermEncoder,
    key: Key,
    docs: &[u32],
    head: &[u32],
    ranks: Option<&[&[Ranks]]>,
) {
    let Tuning { external, doc_block_bits, rank_block, .. } = sc.tuning;
    let (seg_lo, seg_hi) = (sc.range.start, sc.range.end);
    // Each list whole in its scratch buffer, and cut into blocks when longer than `external`.
    let doc_lists = |docs: &[u32], gaps: &mut Vec<u32>, whole: &mut Vec<u8>| -> Blocks {
        whole.clear();
        encode_doc_list_into(docs, seg_lo, seg_hi, gaps, whole);
        (whole.len() > external).then(|| {
            let blocks = blocks(docs, doc_block_bits)
                .map(|(b, range)| {
                    // A block's documents within the segment.
                    let lo = (b << doc_block_bits).max(seg_lo);
                    let hi = ((b + 1) << doc_block_bits).min(seg_hi);
                    (b, range.len() as u32, encode_doc_list(&docs[range], lo, hi))
                })
                .collect();
            (doc_block_bits, blocks)
        })
    };
    // A term of one document (most of a real vocabulary's runs: 72% of the
    // triples of 10,000 articles of varied text) has no lists: its number in
    // the segment and whether the hit is in the head take their place.
    let lists = (docs.len() > 1)
        .then(|| (doc_lists(head, &mut sc.gaps, &mut sc.head), doc_lists(docs, &mut sc.gaps, &mut sc.docs)));
    let rank_blocks = ranks.map(|refs| -> Blocks {
        sc.ranks.clear();
        encode_ranks_into(refs, (&mut sc.gaps, &mut sc.second), &mut sc.ranks);
        let whole = sc.ranks.len();
        (whole > external).then(|| {
            // Blocks of about `rank_block` bytes where this triple is as
            // dense as on average; a power of two so block edges stay put as
            // documents are appended.
            let want = rank_block * u64::from(seg_hi - seg_lo) / whole as u64;
            let bits = (63 - want.max(1).leading_zeros()).clamp(doc_block_bits.min(4), doc_block_bits);
            (bits, blocks(docs, bits).map(|(b, range)| (b, range.len() as u32, encode_ranks(&refs[range]))).collect())
        })
    });
    let (term, term_len) = term_bytes(key);
    let term = &term[..term_len];
    let inline_len = |whole: &[u8], blocks: &Blocks| if blocks.is_some() { 16 } else { whole.len() };
    let raw_len =
        |whole: &[u8], blocks: &Blocks| blocks.as_ref().map_or(whole.len(), |(_, b)| b.iter().map(|b| b.2.len()).sum());
    out.inline += 2 * usize::from(arity(key))
        + 6
        + lists.as_ref().map_or(0, |(h, d)| inline_len(&sc.head, h) + inline_len(&sc.docs, d));
    let start = out.bytes.len();
    let ext = out.external.len() as u32;
    let b = &mut out.bytes;
    // The entry's start (document count, arity, first unit) is written
    // with its bucket ([`bucket_files`]); here its other units, then its lists.
    for u in units_of(key).skip(1) {
        put_unit(b, u);
    }
    let row = &mut out.sizes[usize::from(arity(key)).min(3)];
    row[0] += 1;
    row[3] += rank_blocks.as_ref().map_or(0, |b| raw_len(&sc.ranks, b));
    match lists {
        None => {
            let at = b.len();
            put_varint(b, u64::from(docs[0] - seg_lo) << 1 | u64::from(!head.is_empty()));
            row[1] += b.len() - at;
        }
        Some((head_blocks, doc_blocks)) => {
            row[1] += raw_len(&sc.docs, &doc_blocks);
            row[2] += raw_len(&sc.head, &head_blocks);
            put_varint(b, head.len() as u64);
            if !head.is_empty() {
                put_lists(b, &sc.head, head_blocks, "doc_lists", &mut out.external);
            }
            put_lists(b, &sc.docs, doc_blocks, "doc_lists", &mut out.external);
        }
    }
    let t_len = (b.len() - start) as u32;
    if let Some(blocks) = rank_blocks {
        put_lists(b, &sc.ranks, blocks, "ranks", &mut out.external);
    }
    let p_len = (b.len() - start) as u32 - t_len;
    out.terms.push(TermRec {
        hash: term_hash_bytes(term),
        df: docs.len() as u32,
        start,
        t_len,
        p_len,
        key,
        ext: (ext, out.external.len() as u32),
    });
}

/// What [`encode_term`] needs besides the term: the segment's documents,
/// the tuning, and buffers it reuses from one term to the next.
struct TermEncoder {
    range: std::ops::Range<u32>,
    tuning: Tuning,
    gaps: Vec<u32>,
    second: Vec<u32>,
    head: Vec<u8>,
    docs: Vec<u8>,
    ranks: Vec<u8>,
}

/// The blocks a long list is cut into: `(bits, [(block, documents of the
/// list in it, bytes)])`, only the blocks holding documents of the list;
/// `None`: the list is inline, whole.
type Blocks = Option<(u32, Vec<(u32, u32, Vec<u8>)>)>;

/// The runs of `docs` (ascending) that fall in each block of 2^bits documents.
fn blocks(docs: &[u32], bits: u32) -> impl Iterator<Item = (u32, std::ops::Range<usize>)> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        let b = *docs.get(i)? >> bits;
        let j = i + docs[i..].partition_point(|&d| d >> bits == b);
        let range = i..j;
        i = j;
        Some((b, range))
    })
}

/// A unit in one byte (below U+0080), two (U+3400 to U+B2FF: the Han
/// characters of the basic plane, Hangul syllables to 닿) or four (`FF`
/// and three bytes of the code point), where UTF-8 takes three bytes for
/// a Han character and a term's length one more (engine.js `unit`).
fn put_unit(out: &mut Vec<u8>, u: u32) {
    const TWO: u32 = 0x3400;
    if u < 0x80 {
        out.push(u as u8);
    } else if (TWO..TWO + 0x7F00).contains(&u) {
        out.extend_from_slice(&[0x80 + ((u - TWO) >> 8) as u8, (u - TWO) as u8]);
    } else {
        out.extend_from_slice(&[0xFF, (u >> 16) as u8, (u >> 8) as u8, u as u8]);
    }
}

/// Asks the processor to load the cache line at `p` while the caller goes
/// on: a hint, which neither faults nor changes what the program does.
#[inline(always)]
fn prefetch<T>(p: *const T) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: prefetching is only a hint to the cache; it reads nothing the
    // program sees and never faults, whatever the address.
    unsafe {
        std::arch::x86_64::_mm_prefetch(p.cast::<i8>(), std::arch::x86_64::_MM_HINT_T0);
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = p;
}

/// The number of buckets for this much inline data: a power of two.
pub fn bucket_count(inline_bytes: usize) -> u32 {
    (inline_bytes / BUCKET_TARGET).next_power_of_two().clamp(16, 65536) as u32
}

/// An index file: one call of engine.js `$gz`, which knows from the running
/// script which file it is, so the file need not repeat its name.
fn register(payload: &str) -> Vec<u8> {
    format!("$gz({payload})").into_bytes()
}

/// `bytes` in basE91 as a script literal (its alphabet has no `'` and no
/// `\`), written once into a string of its size: `format!` grew it by
/// doubling, a copy of every shard (3% of the index's time with a real
/// vocabulary).
fn quoted(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(base91_len(bytes.len()) + 2);
    out.push('\'');
    base91_into(bytes, &mut out);
    out.push('\'');
    out
}

fn short_hash(bytes: &[u8]) -> String {
    blake3::hash(bytes).to_hex()[..12].to_string()
}

/// The path of a file named by its content: `x/<2 hex>/<16 hex>`, from the
/// 8 bytes a shard stores to point to it.
pub fn content_key(id: &[u8; 8]) -> String {
    let hex: String = id.iter().map(|b| format!("{b:02x}")).collect();
    format!("x/{}/{hex}", &hex[..2])
}

fn content_id(payload: &str) -> [u8; 8] {
    let mut id = [0u8; 8];
    id.copy_from_slice(&blake3::hash(payload.as_bytes()).as_bytes()[..8]);
    id
}

/// Files whose folder is named by a hash of all of them: `<prefix>-<h>/<name>`.
/// Returns the hash (for the manifest) and the (key, payload) pairs.
fn folder(prefix: &str, files: Vec<(String, String)>) -> (String, Vec<(String, String)>) {
    let mut hasher = blake3::Hasher::new();
    for (name, payload) in &files {
        hasher.update(name.as_bytes());
        hasher.update(b"\0");
        hasher.update(payload.as_bytes());
        hasher.update(b"\0");
    }
    let h = hasher.finalize().to_hex()[..12].to_string();
    let files = files.into_iter().map(|(name, payload)| (format!("{prefix}-{h}/{name}"), payload)).collect();
    (h, files)
}

/// A facet: value name → documents (index numbers, ascending).
fn facet<'a, N: Iterator<Item = &'a str>>(values: impl Iterator<Item = (u32, N)>) -> BTreeMap<&'a str, Vec<u32>> {
    let mut map: BTreeMap<&'a str, Vec<u32>> = BTreeMap::new();
    for (doc, names) in values {
        for name in names {
            let name = name.trim();
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

/// The card's bounded text: the start of the body, cut after a sentence end
/// when one is near the limit.
pub fn lead(text: &str) -> String {
    let text = text.trim();
    let Some((cut, _)) = text.char_indices().nth(LEAD_CHARS) else { return text.to_string() };
    let head = &text[..cut];
    match head.rfind(['。', '！', '？', '\n']) {
        Some(end) if end >= head.len() * 2 / 3 => {
            head[..end + head[end..].chars().next().map_or(0, char::len_utf8)].trim_end().to_string()
        }
        _ => head.to_string(),
    }
}

/// The index of `docs` (any order; numbered by date), keeping the term
/// files of every segment whose record in `previous` still matches its
/// documents: those files are listed in [`SearchIndex::kept`], not made.
pub fn build(docs: &[SearchDoc], tuning: Tuning, previous: &IndexRecord) -> SearchIndex {
    let mut t = timer();
    let plan = plan(docs, tuning, previous);
    step("plan (what to keep)", &mut t);
    unread(collected(|sink| build_planned(docs, tuning, plan, None, sink)))
}

/// An index whose files, handed to a sink by `build`, are all in its `files`.
fn collected(build: impl FnOnce(Sink<'_>) -> crate::error::Result<SearchIndex>) -> crate::error::Result<SearchIndex> {
    let mut files = Vec::new();
    let index = build(&mut |f| files.extend(f))?;
    Ok(SearchIndex { files, ..index })
}

/// Where a build puts the index's files as they are made: each segment's
/// at once, then the rest. Handed to the caller rather than held to the
/// end, they are not all in memory at once: with a real vocabulary the term
/// files of 100,000 articles are over 700 MB.
pub type Sink<'a> = &'a mut dyn FnMut(Vec<OutputFile>);

fn build_planned(
    docs: &[SearchDoc],
    tuning: Tuning,
    plan: Plan<'_>,
    source: Option<TextSource<'_>>,
    sink: Sink<'_>,
) -> crate::error::Result<SearchIndex> {
    let ordered: Vec<&SearchDoc> = plan.order.iter().map(|&i| &docs[i]).collect();
    let mut record = IndexRecord::default();
    let mut kept = Vec::new();
    let mut bytes_by_kind = Vec::new();
    // Equal blocks of two terms, or of two segments, are one file.
    let mut paths: HashSet<String> = HashSet::new();
    let mut indexed = 0;
    for (range, key, keep) in plan.segments {
        if let Some(r) = keep {
            kept.extend(r.files().into_iter().filter(|f| paths.insert(f.clone())));
            record.segments.push(r.clone());
            continue;
        }
        let (lo, hi) = (range.start as usize, range.end as usize);
        indexed += hi - lo;
        // Small segments (the newest documents) in small chunks, so that
        // both cores share them; the size of chunks never changes the entries.
        let chunk = (hi - lo).div_ceil(8).clamp(32, CHUNK_DOCS);
        let entries =
            invert_segment_reading(&ordered[lo..hi], &plan.order[lo..hi], source, range.start, tuning, chunk)?;
        let (r, data) = segment_files(entries, range, key);
        let data = data.into_iter().filter(|f| paths.insert(format!("search/{}.js", f.1))).collect();
        sink(files_of(data, &mut bytes_by_kind));
        record.segments.push(r);
    }
    let mut index = lay_out(&ordered, plan.cards, record, kept, bytes_by_kind);
    sink(std::mem::take(&mut index.files));
    Ok(SearchIndex { indexed, ..index })
}

/// The script files of index data: (kind, key, payload), the kind counted
/// in `bytes_by_kind` (for the benchmark). Consumed: each payload is freed
/// once its file holds it.
fn files_of(
    data: Vec<(&'static str, String, String)>,
    bytes_by_kind: &mut Vec<(&'static str, usize)>,
) -> Vec<OutputFile> {
    let kinds: Vec<&'static str> = data.iter().map(|d| d.0).collect();
    let files: Vec<OutputFile> = data
        .into_par_iter()
        .map(|(_, k, v)| OutputFile { path: format!("search/{k}.js"), bytes: register(&v) })
        .collect();
    for (what, f) in kinds.into_iter().zip(&files) {
        match bytes_by_kind.iter_mut().find(|(k, _)| *k == what) {
            Some(entry) => entry.1 += f.bytes.len(),
            None => bytes_by_kind.push((what, f.bytes.len())),
        }
    }
    files
}

/// Cuts a segment's terms into bucket shards (`t`, `p`) and block files.
fn segment_files(
    parts: Vec<Encoded>,
    range: std::ops::Range<u32>,
    key: String,
) -> (SegmentRecord, Vec<(&'static str, String, String)>) {
    let mut t = timer();
    let buckets = bucket_count(parts.iter().map(|p| p.inline).sum());
    if std::env::var_os("GAZETTE_SEARCH_TIMING").is_some() {
        print_list_sizes(&parts);
    }
    // The terms of each bucket, as (key, part, term): a counting sort by
    // bucket, then each bucket sorted by key.
    let mut starts = vec![0usize; buckets as usize + 1];
    for r in parts.iter().flat_map(|p| &p.terms) {
        starts[(r.hash & (buckets - 1)) as usize + 1] += 1;
    }
    for i in 1..starts.len() {
        starts[i] += starts[i - 1];
    }
    let mut fill = starts.clone();
    let mut by_bucket = vec![(0 as Key, 0u32, 0u32); starts[buckets as usize]];
    for (pi, part) in parts.iter().enumerate() {
        for (ti, r) in part.terms.iter().enumerate() {
            let slot = &mut fill[(r.hash & (buckets - 1)) as usize];
            by_bucket[*slot] = (r.key, pi as u32, ti as u32);
            *slot += 1;
        }
    }
    let mut lists: Vec<&mut [(Key, u32, u32)]> = Vec::with_capacity(buckets as usize);
    let mut rest = by_bucket.as_mut_slice();
    for w in starts.windows(2) {
        let (list, tail) = rest.split_at_mut(w[1] - w[0]);
        lists.push(list);
        rest = tail;
    }
    // Each bucket's shards as script payloads at once, their raw bytes
    // dropped: holding both, and every term's bytes meanwhile, was a third
    // of the index's peak memory with a real vocabulary.
    let mut shards: Vec<ShardPayloads> = lists
        .into_par_iter()
        .map(|list| {
            list.sort_unstable_by_key(|e| e.0);
            let f = bucket_files(&parts, list);
            ([quoted(&f.t), quoted(&f.p)], f.external)
        })
        .collect();
    let mut externals: Vec<Vec<(&'static str, String, String)>> = parts.into_iter().map(|p| p.external).collect();
    let mut data: Vec<(&'static str, String, String)> = Vec::new();
    let mut hashes: [Vec<String>; 2] = Default::default();
    for (kind, pick, what) in [("t", 0, "doc_lists"), ("p", 1, "ranks")] {
        for (g, group) in shards.chunks_mut(1 << GROUP_BITS).enumerate() {
            let files =
                group.iter_mut().enumerate().map(|(i, f)| (i.to_string(), std::mem::take(&mut f.0[pick]))).collect();
            let (h, files) = folder(&format!("{kind}/{g}"), files);
            hashes[pick].push(h);
            data.extend(files.into_iter().map(|(k, v)| (what, k, v)));
        }
    }
    let mut seen = HashSet::new();
    let mut x = String::new();
    for (_, external) in shards {
        for (p, e) in external {
            let (what, key, payload) = std::mem::take(&mut externals[p as usize][e as usize]);
            if seen.insert(key.clone()) {
                x.push_str(key.rsplit('/').next().unwrap_or(""));
                data.push((what, key, payload));
            }
        }
    }
    let [t_hashes, p_hashes] = hashes;
    step("term shards", &mut t);
    let record = SegmentRecord { key, lo: range.start, hi: range.end, buckets, t: t_hashes, p: p_hashes, x };
    (record, data)
}

/// The files shared by all segments (cards, facets, dates, scripts and the
/// manifest listing the segments) around the segments' term files.
fn lay_out(
    ordered: &[&SearchDoc],
    cards: Vec<(String, Option<&CardsRecord>)>,
    mut record: IndexRecord,
    mut kept: Vec<String>,
    mut bytes_by_kind: Vec<(&'static str, usize)>,
) -> SearchIndex {
    let mut t = timer();
    let mut hashes = serde_json::Map::new();
    // (kind, key, payload); the kind only counts bytes for the benchmark.
    let mut data: Vec<(&'static str, String, String)> = Vec::new();

    let mut card_hashes = Vec::new();
    let groups = card_groups(ordered.len() as u32).into_iter().zip(cards).enumerate();
    for (g, (range, (key, keep))) in groups {
        let group = &ordered[range.start as usize..range.end as usize];
        if let Some(c) = keep {
            kept.extend(c.files(g));
            card_hashes.push(c.hash.clone());
            record.cards.push(c.clone());
            continue;
        }
        let files = group
            .par_iter()
            .enumerate()
            .map(|(i, d)| {
                let card = serde_json::json!({
                    "u": d.url, "t": d.title, "d": d.date.to_string(),
                    "s": d.section.clone().unwrap_or_default(), "r": d.reporters,
                    "x": d.lead.clone().unwrap_or_else(|| lead(&d.text)),
                });
                (i.to_string(), card.to_string())
            })
            .collect();
        let (h, files) = folder(&format!("d/{g}"), files);
        card_hashes.push(h.clone());
        record.cards.push(CardsRecord { key, hash: h, count: group.len() as u32 });
        data.extend(files.into_iter().map(|(k, v)| ("cards", k, v)));
    }
    hashes.insert("d".into(), card_hashes.into());

    let sections = facet(ordered.iter().enumerate().map(|(n, d)| (n as u32, d.section.iter().map(String::as_str))));
    let reporters = facet(ordered.iter().enumerate().map(|(n, d)| (n as u32, d.reporters.iter().map(String::as_str))));
    let topics = facet(ordered.iter().enumerate().map(|(n, d)| (n as u32, d.topic.iter().map(String::as_str))));
    let mut facet_names = serde_json::Map::new();
    let mut facet_hashes = serde_json::Map::new();
    for (kind, name, map) in [('s', "sections", &sections), ('r', "reporters", &reporters), ('c', "topics", &topics)] {
        let mut names = Vec::new();
        let mut files = Vec::new();
        for (i, (value, list)) in map.iter().enumerate() {
            let mut b = Vec::new();
            encode_doc_set(list, &mut b);
            files.push((format!("{}/{}", i >> 12, i & 4095), quoted(&b)));
            names.push(serde_json::json!([value, list.len()]));
        }
        let (h, files) = folder(&format!("f/{kind}"), files);
        facet_hashes.insert(kind.to_string(), h.into());
        data.extend(files.into_iter().map(|(k, v)| ("facets", k, v)));
        facet_names.insert(name.into(), names.into());
    }
    hashes.insert("f".into(), facet_hashes.into());

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
    let dates = serde_json::json!({"d": days, "f": firsts}).to_string();
    let dates_key = format!("dates-{}", short_hash(dates.as_bytes()));
    hashes.insert("dates".into(), dates_key.clone().into());
    data.push(("dates", dates_key, dates));

    step("cards, facets, dates", &mut t);
    let mut files = files_of(data, &mut bytes_by_kind);

    step("files", &mut t);
    let mut manifest = serde_json::json!({
        "v": 4, "n": ordered.len(),
        "segs": record.segments.iter().map(SegmentRecord::manifest_entry).collect::<Vec<_>>(),
        "years": years.iter().map(|y| serde_json::json!([y.0, y.1, y.2])).collect::<Vec<_>>(),
    });
    if let Some(m) = manifest.as_object_mut() {
        m.extend(facet_names);
        m.insert("h".into(), hashes.into());
    }
    let manifest_js = format!("gazetteSearch._manifest({manifest});\n").into_bytes();
    let engine = super::engine_js().into_bytes();
    let ui = super::ui_js().as_bytes().to_vec();
    let scripts = vec![
        format!("search/engine-{}.js", short_hash(&engine)),
        format!("search/manifest-{}.js", short_hash(&manifest_js)),
        format!("search/ui-{}.js", short_hash(&ui)),
    ];
    for (path, bytes) in scripts.iter().zip([engine, manifest_js, ui]) {
        bytes_by_kind.push(("scripts", bytes.len()));
        files.push(OutputFile { path: path.clone(), bytes });
    }
    SearchIndex { files, scripts, bytes_by_kind, kept, record, indexed: 0 }
}

/// Raw bytes of doc lists, head lists and occurrence ranks, by
/// term length: where the index's size goes (for the benchmark).
fn print_list_sizes(parts: &[Encoded]) {
    let mut sums = [[0usize; 4]; 4];
    for p in parts {
        for (sum, row) in sums.iter_mut().zip(&p.sizes) {
            for (s, v) in sum.iter_mut().zip(row) {
                *s += v;
            }
        }
    }
    for (n, row) in sums.iter().enumerate().skip(1) {
        eprintln!(
            "search index: {n}-unit terms: {} terms, raw bytes: docs {}, head {}, ranks {}",
            row[0], row[1], row[2], row[3]
        );
    }
}

/// A bucket's `t` and `p` shards as script payloads, and its block files
/// as [`BucketFiles`] lists them.
type ShardPayloads = ([String; 2], Vec<(u32, u32)>);

/// One bucket's `t` and `p` shards (raw bytes) and the block files they
/// point to, as (part, index in its `external`), in the order they name them.
struct BucketFiles {
    t: Vec<u8>,
    p: Vec<u8>,
    external: Vec<(u32, u32)>,
}

/// `varint(len << 1)` and the bytes (`whole`); or `varint(blocks << 1 | 1)`,
/// `varint(bits)`, then per block `varint(block - previous block - 1)`,
/// `varint(documents in it)` and the 8-byte content id of its file.
fn put_lists(
    out: &mut Vec<u8>,
    whole: &[u8],
    blocks: Blocks,
    kind: &'static str,
    external: &mut Vec<(&'static str, String, String)>,
) {
    let Some((bits, blocks)) = blocks else {
        put_varint(out, (whole.len() as u64) << 1);
        out.extend_from_slice(whole);
        return;
    };
    put_varint(out, ((blocks.len() as u64) << 1) | 1);
    put_varint(out, u64::from(bits));
    let mut prev = -1i64;
    for (b, count, bytes) in blocks {
        put_varint(out, (i64::from(b) - prev - 1) as u64);
        put_varint(out, u64::from(count));
        prev = i64::from(b);
        let payload = quoted(&bytes);
        let id = content_id(&payload);
        out.extend_from_slice(&id);
        external.push((kind, content_key(&id), payload));
    }
}

/// The files of one bucket, its terms sorted. Every `t` and `p` shard
/// exists, even empty, so a lookup never fails to load. Entry of `t`:
/// `varint(df << 2 | units)`, `varint(first unit - the previous entry's)`,
/// each further unit ([`put_unit`]); then for `df` 1 `varint(document in
/// the segment << 1 | head)`, otherwise the head count, the head doc lists
/// (if any) and the doc lists. Entry of `p`:
/// `varint(i - previous i - 1)` for the term's number `i` in `t` (the term
/// is not repeated: the engine has the `t` shard before it wants ranks),
/// rank lists.
fn bucket_files(parts: &[Encoded], list: &[(Key, u32, u32)]) -> BucketFiles {
    let rec = |&(_, pi, ti): &(Key, u32, u32)| &parts[pi as usize].terms[ti as usize];
    // A bucket's terms are spread over every part, so each record and each
    // term's bytes is a miss in cache: with a real vocabulary (millions of
    // terms) waiting for them was most of the layout's time. Each pass asks
    // for what it reads a few terms ahead, so the misses overlap.
    const AHEAD: usize = 8;
    // Sized first: growing by doubling copied the shards again (a tenth of
    // the index's time with a real vocabulary).
    // Each entry's start (at most 12 bytes) is written here, before its part's bytes.
    let (mut t_len, mut p_len) = (0, 0);
    for (i, e) in list.iter().enumerate() {
        if let Some(ahead) = list.get(i + AHEAD) {
            prefetch(rec(ahead));
        }
        let r = rec(e);
        t_len += r.t_len as usize + 12;
        if r.p_len > 0 {
            p_len += r.p_len as usize + 3;
        }
    }
    let mut f = BucketFiles { t: Vec::with_capacity(t_len), p: Vec::with_capacity(p_len), external: Vec::new() };
    let mut prev = -1i64;
    let mut prev_first = 0;
    for (i, &(_, pi, ti)) in list.iter().enumerate() {
        if let Some(ahead) = list.get(i + AHEAD) {
            let (part, r) = (&parts[ahead.1 as usize], rec(ahead));
            prefetch(part.bytes[r.start..].as_ptr());
        }
        let part = &parts[pi as usize];
        let r = &part.terms[ti as usize];
        // Terms are in key order, so first units ascend: the gap from the
        // previous one takes a byte where the unit took three.
        let first = units_of(r.key).next().unwrap_or(0);
        put_varint(&mut f.t, u64::from(r.df) << 2 | u64::from(arity(r.key)));
        put_varint(&mut f.t, u64::from(first - prev_first));
        prev_first = first;
        f.t.extend_from_slice(part.t(r));
        if r.p_len > 0 {
            put_varint(&mut f.p, (i as i64 - prev - 1) as u64);
            prev = i as i64;
            f.p.extend_from_slice(part.p(r));
        }
        f.external.extend((r.ext.0..r.ext.1).map(|e| (pi, e)));
    }
    f
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn term_bytes_are_the_gram_term() {
        for units in [&[0x4E2D][..], &['a' as u32, ' ' as u32, 'b' as u32], &[0x1F600, 0x5E74, '3' as u32]] {
            let (bytes, len) = term_bytes(key_of(units));
            let grams: Vec<crate::search::tokenize::Unit> =
                units.iter().map(|&u| crate::search::tokenize::Unit::Char(char::from_u32(u).unwrap())).collect();
            assert_eq!(&bytes[..len], crate::search::tokenize::gram_term(&grams).as_bytes());
        }
    }

    #[test]
    fn units_take_one_two_or_four_bytes() {
        for (u, want) in [
            (u32::from('a'), &[0x61][..]),
            (0x3400, &[0x80, 0]),
            (0x4E2D, &[0x80 + 0x1A, 0x2D]),
            (0xB2FF, &[0xFE, 0xFF]),
            (0xB300, &[0xFF, 0, 0xB3, 0]),
            (0x0416, &[0xFF, 0, 0x04, 0x16]),
            (0x20BB7, &[0xFF, 0x02, 0x0B, 0xB7]),
        ] {
            let mut b = Vec::new();
            put_unit(&mut b, u);
            assert_eq!(b, want, "{u:#x}");
        }
    }

    /// A run in one document only, as most of a real vocabulary's are: its
    /// entry is its other units and the document, no lists (the count,
    /// arity and first unit go with the bucket).
    #[test]
    fn a_term_of_one_document_is_its_units_and_the_document() {
        let docs = [doc(1, "", "日报"), doc(2, "中国", "日报 甲乙丙")];
        let ordered: Vec<&SearchDoc> = docs.iter().collect();
        let parts = invert_segment(&ordered, 0, Tuning::default(), 256);
        let entry = |units: &[u32]| {
            let key = key_of(units);
            parts.iter().find_map(|p| p.terms.iter().find(|r| r.key == key).map(|r| (r.df, p.t(r).to_vec())))
        };
        let han = |c: char| c as u32;
        // 甲乙丙 in document 1, not in its head: 乙 and 丙, then 1 << 1.
        assert_eq!(entry(&[han('甲'), han('乙'), han('丙')]), Some((1, vec![0x80 + 0x1A, 0x59, 0x80 + 0x1A, 0x19, 2])));
        // 中国 in document 1's title: the head bit.
        assert_eq!(entry(&[han('中'), han('国')]), Some((1, vec![0x80 + 0x22, 0xFD, 3])));
        // 日报 in both: lists follow.
        let (df, both) = entry(&[han('日'), han('报')]).unwrap();
        assert_eq!(df, 2);
        assert!(both.len() > 3, "{both:?}");
    }

    #[test]
    fn keys_hold_their_units() {
        for units in [&[7u32][..], &[1, 0x10_FFFF], &[0x4E00, 0x4E01, UNIT_MASK]] {
            assert_eq!(units_of(key_of(units)).collect::<Vec<_>>(), units);
            assert_eq!(usize::from(arity(key_of(units))), units.len());
            assert_eq!(key_of(units).wrapping_mul(MIX).wrapping_mul(UNMIX), key_of(units));
        }
    }

    fn doc(day: u32, title: &str, text: &str) -> SearchDoc {
        SearchDoc {
            url: format!("{day}/index.html"),
            title: title.into(),
            subtitle: None,
            date: crate::content::Date::new(2026, 1, day).unwrap(),
            section: None,
            reporters: vec!["朱迪".into()],
            topic: None,
            tags: vec![],
            text: text.into(),
            fingerprint: None,
            lead: None,
        }
    }

    /// Chunks only change how the work is cut: any chunk size gives the
    /// same entries (pieces of a term join in document order, and pair
    /// ranks are counted per document).
    #[test]
    fn counts_start_again_for_each_document() {
        let mut c = Counts::default();
        c.start(3);
        assert_eq!([c.next(5), c.next(7), c.next(5), c.next(5)], [0, 0, 1, 2]);
        c.start(3);
        assert_eq!([c.next(5), c.next(7)], [0, 0]);
        // A longer document gets a larger table; every key still counts from 0.
        c.start(1000);
        let firsts: Vec<u32> = (0..2000).map(|k| c.next(k * 0x1_0000_0001)).collect();
        assert!(firsts.iter().all(|&n| n == 0));
        assert_eq!(c.next(1999 * 0x1_0000_0001), 1);
    }

    #[test]
    fn chunk_size_does_not_change_the_entries() {
        let docs: Vec<SearchDoc> = (0..23)
            .map(|i| {
                let text = ["发展改革发展", "鹤壁日报 G20 峰会", "改革发展 new york 改革", "日报日报"][i % 4]
                    .repeat(1 + i % 3);
                doc(1 + (i as u32 * 7) % 28, ["发展", "日报", "峰会"][i % 3], &text)
            })
            .collect();
        let tuning = Tuning { external: 16, doc_block_bits: 3, rank_block: 32, segment_bits: 8 };
        let ordered: Vec<&SearchDoc> = index_order(&docs).into_iter().map(|i| &docs[i]).collect();
        // Each term as its shards and block files hold it.
        let dump = |chunk| {
            let parts = invert_segment(&ordered, 0, tuning, chunk);
            let mut entries: Vec<String> = parts
                .iter()
                .flat_map(|p| {
                    p.terms.iter().map(|r| {
                        let ext = &p.external[r.ext.0 as usize..r.ext.1 as usize];
                        format!("{:x} {:?} {:?} {ext:?}", r.key, p.t(r), p.p(r))
                    })
                })
                .collect();
            entries.sort();
            entries
        };
        let whole = dump(512);
        assert!(whole.iter().any(|e| !e.contains(" [] ")), "some triple needs ranks");
        for chunk in [1, 2, 5] {
            assert_eq!(dump(chunk), whole, "chunks of {chunk}");
        }
    }

    /// Issue 5 (bounded memory): documents given without their text, read
    /// from a source as their segment is made, give the same files as
    /// documents holding it; a read that fails fails the build.
    #[test]
    fn texts_read_as_segments_are_made_give_the_same_index() {
        let mut docs: Vec<SearchDoc> = (0..300)
            .map(|i| {
                let text = ["发展改革发展", "鹤壁日报 G20 峰会", "改革发展 new york 改革", "日报日报"][i % 4]
                    .repeat(1 + i % 3);
                let mut d = doc(1 + (i as u32 * 7) % 28, ["发展", "日报", "峰会"][i % 3], &text);
                d.lead = Some(format!("导语{i}"));
                d.fingerprint = Some(i as u128);
                d
            })
            .collect();
        let tuning = Tuning { external: 16, doc_block_bits: 3, rank_block: 32, segment_bits: 5 };
        let none = IndexRecord::default();
        let held = build(&docs, tuning, &none);
        let texts: Vec<String> = docs.iter_mut().map(|d| std::mem::take(&mut d.text)).collect();
        // Every other text left with its document, the rest to be read.
        for (d, t) in docs.iter_mut().zip(&texts).step_by(2) {
            d.text = t.clone();
        }
        let reads = std::sync::atomic::AtomicUsize::new(0);
        let source = |i: usize| -> crate::error::Result<String> {
            reads.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            Ok(texts[i].clone())
        };
        let mut files = Vec::new();
        let read = prepare(&docs, tuning, &none).build_reading(&docs, Some(&source), &mut |f| files.extend(f)).unwrap();
        let sorted = |mut f: Vec<OutputFile>| {
            f.sort_by(|a, b| a.path.cmp(&b.path));
            f.into_iter().map(|f| (f.path, f.bytes)).collect::<Vec<_>>()
        };
        assert_eq!(reads.into_inner(), 150, "the texts not given, each read once");
        assert!(read.files.is_empty(), "handed to the sink");
        assert!(sorted(files) == sorted(held.files), "the same files");

        let failing = |_: usize| -> crate::error::Result<String> { Err(crate::error::Error::at("a.md", 0, 0, "gone")) };
        let err = prepare(&docs, tuning, &none).build_reading(&docs, Some(&failing), &mut |_| {});
        assert!(err.is_err_and(|e| e.to_string().contains("a.md")));
    }

    #[test]
    fn segments_are_the_binary_digits_of_the_unit_count() {
        assert_eq!(segments(0, 8), []);
        assert_eq!(segments(255, 8), vec![std::ops::Range { start: 0, end: 255 }]);
        assert_eq!(segments(256, 8), vec![std::ops::Range { start: 0, end: 256 }]);
        assert_eq!(segments(1024 + 512 + 5, 8), [0..1024, 1024..1536, 1536..1541]);
        // Below the cap (64 units of 16).
        for n in 0..1024u32 {
            let s = segments(n, 4);
            // They cover 0..n in order, each but the last a power of two of
            // units, at most one per size.
            assert_eq!(s.first().map_or(0, |r| r.start), 0);
            assert_eq!(s.last().map_or(0, |r| r.end), n);
            assert!(s.windows(2).all(|w| w[0].end == w[1].start && w[0].len() > w[1].len()));
            // Appending a document within a unit changes only the last segment.
            if (n + 1) % 16 != 0 && n % 16 != 0 {
                let next = segments(n + 1, 4);
                assert_eq!(next[..next.len() - 1], s[..s.len() - 1], "n = {n}");
            }
        }
    }

    /// Issue 5: correcting an old article of a 100,000-article archive
    /// rebuilt a segment of 65,536 documents (two thirds of the index).
    #[test]
    fn issue5_segments_are_capped_at_half_the_archive() {
        let s = segments(100_000, 8);
        assert_eq!(s[..3], [0..32768, 32768..65536, 65536..98304]);
        assert_eq!(s[3..], [98304..99328, 99328..99840, 99840..100_000]);
        for n in (0..1 << 22).step_by(997) {
            let s = segments(n, 4);
            let units = n >> 4;
            assert_eq!(s.first().map_or(0, |r| r.start), 0);
            assert_eq!(s.last().map_or(0, |r| r.end), n);
            assert!(s.windows(2).all(|w| w[0].end == w[1].start && w[0].len() >= w[1].len()));
            let cap = 1 << (31 - (units / 2).max(MIN_CAP_UNITS).leading_zeros());
            let whole = s.iter().filter(|r| r.len() as u32 == cap << 4).count();
            if units >= 2 * MIN_CAP_UNITS {
                assert!((2..=3).contains(&whole), "n = {n}: {whole} whole segments");
                assert!(cap <= units / 2, "n = {n}: cap {cap}");
            }
            // Below the cap, at most one segment per size.
            assert!(s[whole..].windows(2).all(|w| w[0].len() > w[1].len()), "n = {n}");
            // Appending a document within a unit changes only the last segment.
            if (n + 1) % 16 != 0 && n % 16 != 0 {
                let next = segments(n + 1, 4);
                assert_eq!(next[..next.len() - 1], s[..s.len() - 1], "n = {n}");
            }
        }
    }

    /// A record names exactly the files its segment was cut into, so a
    /// later build keeps all of them and nothing else.
    #[test]
    fn a_record_lists_its_segments_files() {
        let docs: Vec<SearchDoc> = (0..40)
            .map(|i| {
                doc(
                    1 + i % 28,
                    "发展",
                    &["改革发展 鹤壁日报 G20 峰会", "日报日报发展"][i as usize % 2].repeat(1 + i as usize % 5),
                )
            })
            .collect();
        let tuning = Tuning { external: 8, doc_block_bits: 3, rank_block: 16, segment_bits: 3 };
        let ordered: Vec<&SearchDoc> = index_order(&docs).into_iter().map(|i| &docs[i]).collect();
        let parts = invert_segment(&ordered[8..40], 8, tuning, 4);
        let (record, files) = segment_files(parts, 8..40, "k".into());
        let mut made: Vec<String> = files.iter().map(|f| format!("search/{}.js", f.1)).collect();
        let mut listed = record.files();
        made.sort();
        listed.sort();
        assert!(listed.iter().any(|f| f.starts_with("search/x/")), "blocks are exercised");
        assert_eq!(listed, made);
    }

    #[test]
    fn issue5_card_groups_are_whole_groups_then_binary_digits() {
        for n in [0, 1, 2, 1023, 1024, 1025, 3000, 10_030, 100_000] {
            let groups = card_groups(n);
            let mut at = 0;
            for (i, g) in groups.iter().enumerate() {
                assert_eq!(g.start, at, "n {n}: groups follow each other");
                let len = g.end - g.start;
                assert!(len.is_power_of_two() && len <= 1 << CARD_GROUP_BITS, "n {n}: {g:?}");
                if i > 0 {
                    assert!(len <= groups[i - 1].end - groups[i - 1].start, "n {n}: largest first");
                }
                at = g.end;
            }
            assert_eq!(at, n, "n {n}: every document in a group");
        }
        // A day of 30 on 10,030 documents: only the groups that change are written.
        let before: std::collections::HashSet<_> = card_groups(10_030).into_iter().collect();
        let written: u32 =
            card_groups(10_060).into_iter().filter(|g| !before.contains(g)).map(|g| g.end - g.start).sum();
        assert_eq!(written, 76);
    }

    #[test]
    fn blocks_split_at_block_edges() {
        let docs = [1, 5, 16, 17, 40];
        let got: Vec<_> = blocks(&docs, 4).collect();
        assert_eq!(got, [(0, 0..2), (1, 2..4), (2, 4..5)]);
    }

    #[test]
    fn content_keys_fan_out_over_256_folders() {
        let id = content_id("\"AAAA\"");
        let key = content_key(&id);
        assert!(key.starts_with(&format!("x/{:02x}/{:02x}", id[0], id[0])), "{key}");
        assert_eq!(key.len(), "x/00/".len() + 16);
    }

    #[test]
    fn lead_is_bounded_and_ends_at_a_sentence_when_near() {
        assert_eq!(lead("短文。"), "短文。");
        let long = "一".repeat(80) + "。" + &"二".repeat(80);
        assert_eq!(lead(&long), "一".repeat(80) + "。");
        let run = "三".repeat(300);
        assert_eq!(lead(&run).chars().count(), LEAD_CHARS);
    }
}
