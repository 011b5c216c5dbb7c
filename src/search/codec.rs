//! Index step, part 2: the byte formats of postings — LEB128 varints, doc
//! lists as delta + varint with a 3-bit score, positions, base64 — and the
//! term hash that names shards. The browser engine decodes the same formats.

/// Appends `v` as an unsigned LEB128 varint.
pub fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// Reads a varint at `*at`; `None` on truncated or over-long input.
pub fn get_varint(bytes: &[u8], at: &mut usize) -> Option<u64> {
    let mut v = 0u64;
    let mut shift = 0;
    loop {
        let b = *bytes.get(*at)?;
        *at += 1;
        if shift > 63 {
            return None;
        }
        v |= u64::from(b & 0x7f) << shift;
        if b < 0x80 {
            return Some(v);
        }
        shift += 7;
    }
}

/// One posting: a document and its quantised score for the term (1..=7).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Posting {
    pub doc: u32,
    pub impact: u8,
}

/// Doc list: per posting `varint((doc - prev) << 3 | impact)`, `prev` starting
/// at -1, so dense lists cost one byte per document.
pub fn encode_docs(postings: &[Posting], out: &mut Vec<u8>) {
    let mut prev: i64 = -1;
    for p in postings {
        let delta = (i64::from(p.doc) - prev) as u64;
        put_varint(out, (delta << 3) | u64::from(p.impact & 7));
        prev = i64::from(p.doc);
    }
}

pub fn decode_docs(bytes: &[u8]) -> Option<Vec<Posting>> {
    let mut out = Vec::new();
    let mut at = 0;
    let mut prev: i64 = -1;
    while at < bytes.len() {
        let v = get_varint(bytes, &mut at)?;
        let doc = prev + (v >> 3) as i64;
        out.push(Posting { doc: u32::try_from(doc).ok()?, impact: (v & 7) as u8 });
        prev = doc;
    }
    Some(out)
}

/// Positions of a pair in each document of its doc list, in the same order:
/// `varint(count)` then the ascending positions as deltas (first absolute).
pub fn encode_positions(per_doc: &[&[u32]], out: &mut Vec<u8>) {
    for positions in per_doc {
        put_varint(out, positions.len() as u64);
        let mut prev = 0u32;
        for &p in *positions {
            put_varint(out, u64::from(p - prev));
            prev = p;
        }
    }
}

pub fn decode_positions(bytes: &[u8]) -> Option<Vec<Vec<u32>>> {
    let mut out = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        let n = get_varint(bytes, &mut at)?;
        let mut prev = 0u32;
        let mut list = Vec::with_capacity(n.min(4096) as usize);
        for _ in 0..n {
            prev = prev.checked_add(u32::try_from(get_varint(bytes, &mut at)?).ok()?)?;
            list.push(prev);
        }
        out.push(list);
    }
    Some(out)
}

/// A sorted set of documents (facets): delta + varint, `prev` starting at -1.
pub fn encode_doc_set(docs: &[u32], out: &mut Vec<u8>) {
    let mut prev: i64 = -1;
    for &d in docs {
        put_varint(out, (i64::from(d) - prev) as u64);
        prev = i64::from(d);
    }
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 with padding (what `atob` reads).
pub fn base64(bytes: &[u8]) -> String {
    let mut s = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        s.push(B64[(n >> 18) as usize & 63] as char);
        s.push(B64[(n >> 12) as usize & 63] as char);
        s.push(if chunk.len() > 1 { B64[(n >> 6) as usize & 63] as char } else { '=' });
        s.push(if chunk.len() > 2 { B64[n as usize & 63] as char } else { '=' });
    }
    s
}

/// FNV-1a (32-bit) of the term's UTF-8 bytes: the browser computes the same
/// (engine.js `hash`) to find a term's shard without any lookup table.
pub fn term_hash(term: &str) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for &b in term.as_bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn varint_edges() {
        for v in [0u64, 1, 127, 128, 300, u32::MAX as u64, u64::MAX] {
            let mut b = Vec::new();
            put_varint(&mut b, v);
            let mut at = 0;
            assert_eq!(get_varint(&b, &mut at), Some(v));
            assert_eq!(at, b.len());
        }
        assert_eq!(get_varint(&[0x80], &mut 0), None);
    }

    #[test]
    fn dense_doc_lists_cost_a_byte_each() {
        let postings: Vec<_> = (0..100).map(|d| Posting { doc: d, impact: 3 }).collect();
        let mut b = Vec::new();
        encode_docs(&postings, &mut b);
        assert_eq!(b.len(), 100);
    }

    #[test]
    fn base64_matches_known_values() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
    }

    #[test]
    fn fnv_known_values() {
        assert_eq!(term_hash(""), 0x811c9dc5);
        assert_eq!(term_hash("a"), 0xe40c292c);
    }

    proptest! {
        #[test]
        fn docs_round_trip(mut docs in proptest::collection::vec(0u32..5_000_000, 0..200), seed in 0u8..7) {
            docs.sort_unstable();
            docs.dedup();
            let postings: Vec<_> = docs.iter().enumerate()
                .map(|(i, &doc)| Posting { doc, impact: 1 + ((i as u8 + seed) % 7) }).collect();
            let mut b = Vec::new();
            encode_docs(&postings, &mut b);
            prop_assert_eq!(decode_docs(&b), Some(postings));
        }

        #[test]
        fn positions_round_trip(lists in proptest::collection::vec(proptest::collection::btree_set(0u32..100_000, 1..20), 0..30)) {
            let lists: Vec<Vec<u32>> = lists.into_iter().map(|s| s.into_iter().collect()).collect();
            let refs: Vec<&[u32]> = lists.iter().map(|l| l.as_slice()).collect();
            let mut b = Vec::new();
            encode_positions(&refs, &mut b);
            prop_assert_eq!(decode_positions(&b), Some(lists));
        }

        #[test]
        fn varint_round_trip(v in any::<u64>()) {
            let mut b = Vec::new();
            put_varint(&mut b, v);
            let mut at = 0;
            prop_assert_eq!(get_varint(&b, &mut at), Some(v));
        }

        #[test]
        fn decoders_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
            let _docs = decode_docs(&bytes);
            let _positions = decode_positions(&bytes);
        }
    }
}
