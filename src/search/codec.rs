//! Index step, part 2: the formats of postings — LEB128 varints for shard
//! headers; bit codes (Elias gamma, Golomb-Rice) for doc lists (or bitmaps
//! when dense) and triples' occurrence ranks; basE91 text — and the term hash that names
//! shards. The browser engine decodes the same formats.

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

/// Writes bits most significant first into bytes; the last byte is padded
/// with zeros. Bit codes cost a few bits per posting where a varint costs a
/// byte at least.
#[derive(Debug, Default)]
pub struct BitWriter {
    bytes: Vec<u8>,
    /// Bits not yet in `bytes`: the low `used` ones (oldest highest); the
    /// bits above them are stale.
    acc: u64,
    /// Fewer than 32 between calls: a put of up to 32 bits fits the
    /// accumulator, and whole words go out at once, not byte by byte
    /// (writing postings was a tenth of the index's time).
    used: u32,
}

impl BitWriter {
    pub fn new() -> Self {
        Self::default()
    }

    /// A writer that appends to `bytes` ([`BitWriter::finish`] gives them
    /// back): the index reuses one buffer for millions of short lists.
    pub fn over(bytes: Vec<u8>) -> Self {
        BitWriter { bytes, acc: 0, used: 0 }
    }

    /// The low `bits` bits of `v` (`bits` <= 32).
    pub fn put(&mut self, v: u32, bits: u32) {
        debug_assert!(bits <= 32);
        self.acc = (self.acc << bits) | (u64::from(v) & ((1u64 << bits) - 1));
        self.used += bits;
        if self.used >= 32 {
            self.used -= 32;
            self.bytes.extend_from_slice(&((self.acc >> self.used) as u32).to_be_bytes());
        }
    }

    /// `q` ones then a zero.
    pub fn unary(&mut self, mut q: u32) {
        while q >= 32 {
            self.put(u32::MAX, 32);
            q -= 32;
        }
        self.put((1u32 << q).wrapping_sub(1) << 1, q + 1);
    }

    /// Golomb-Rice with parameter `k`: `v >> k` in unary, then the low `k` bits.
    pub fn rice(&mut self, v: u32, k: u32) {
        let q = v >> k;
        if q + 1 + k <= 32 {
            // The common case as one put: q ones, a zero, the low k bits.
            let ones = ((1u64 << q) - 1) << 1;
            self.put(((ones << k) | (u64::from(v) & ((1u64 << k) - 1))) as u32, q + 1 + k);
        } else {
            self.unary(q);
            self.put(v, k);
        }
    }

    /// Elias gamma of `v >= 1`.
    pub fn gamma(&mut self, v: u32) {
        debug_assert!(v >= 1);
        let bits = 32 - v.leading_zeros();
        // `bits - 1` zeros then `v` in `bits` bits: at most 63 bits, so two puts at most.
        if 2 * bits - 1 <= 32 {
            self.put(v, 2 * bits - 1);
        } else {
            self.put(0, bits - 1);
            self.put(v, bits);
        }
    }

    pub fn bits(&self) -> usize {
        self.bytes.len() * 8 + self.used as usize
    }

    pub fn finish(mut self) -> Vec<u8> {
        while self.used >= 8 {
            self.used -= 8;
            self.bytes.push((self.acc >> self.used) as u8);
        }
        if self.used > 0 {
            self.bytes.push((self.acc << (8 - self.used)) as u8);
        }
        self.bytes
    }
}

/// Reads what [`BitWriter`] writes; `None` past the end.
pub struct BitReader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> BitReader<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        BitReader { bytes, at: 0 }
    }

    pub fn bit(&mut self) -> Option<u32> {
        let b = self.bytes.get(self.at / 8)?;
        let v = (b >> (7 - self.at % 8)) & 1;
        self.at += 1;
        Some(u32::from(v))
    }

    pub fn get(&mut self, bits: u32) -> Option<u32> {
        let mut v = 0u32;
        for _ in 0..bits {
            v = (v << 1) | self.bit()?;
        }
        Some(v)
    }

    pub fn unary(&mut self) -> Option<u32> {
        let mut q = 0u32;
        while self.bit()? == 1 {
            q = q.checked_add(1)?;
        }
        Some(q)
    }

    pub fn rice(&mut self, k: u32) -> Option<u32> {
        let q = self.unary()?;
        if k > 0 && (k >= 32 || q >= 1 << (32 - k)) {
            return None;
        }
        Some((q << k) | self.get(k)?)
    }

    pub fn gamma(&mut self) -> Option<u32> {
        let mut zeros = 0;
        while self.bit()? == 0 {
            zeros += 1;
            if zeros > 31 {
                return None;
            }
        }
        Some((1 << zeros) | self.get(zeros)?)
    }
}

/// The Rice parameter that codes `values` in the fewest bits: the best of
/// the few around log2 of their mean.
fn rice_param(values: &[u32]) -> u32 {
    rice_param_cost(values).0
}

/// [`rice_param`] and the bits the values take with it.
fn rice_param_cost(values: &[u32]) -> (u32, u64) {
    let sum: u64 = values.iter().map(|&v| u64::from(v)).sum();
    let count = values.len() as u64;
    let guess = (sum / count.max(1)).max(1).ilog2();
    let lo = guess.saturating_sub(2);
    // The quotients of the four candidates, a pass over the slice each:
    // simple sums the compiler vectorises.
    let mut quotients = [0u64; 4];
    for (j, q) in quotients.iter_mut().enumerate() {
        let shift = (lo + j as u32).min(31);
        *q = values.iter().map(|&v| u64::from(v >> shift)).sum();
    }
    (lo..=(guess + 1).min(30))
        .map(|k| (k, quotients[(k - lo) as usize] + count * (1 + u64::from(k))))
        .min_by_key(|&(_, c)| c)
        .unwrap_or((0, 0))
}

/// `v - prev - 1` for each value, `prev` starting at `first_prev`.
fn gaps_of(values: impl Iterator<Item = u32>, first_prev: i64, out: &mut Vec<u32>) {
    let mut prev = first_prev;
    out.extend(values.map(|v| {
        let gap = (i64::from(v) - prev - 1) as u32;
        prev = i64::from(v);
        gap
    }));
}

/// Doc list of the documents `docs` (ascending, all in `lo..hi`), whichever
/// is shorter of: bit `0`, 5-bit Rice parameter `k`, then `doc - prev - 1`
/// Rice-coded (`prev` starts at `lo - 1`); or bit `1` and a bitmap of
/// `lo..hi` (dense lists: one bit per document of the range). The count is
/// stored elsewhere (the term's entry).
pub fn encode_doc_list(docs: &[u32], lo: u32, hi: u32) -> Vec<u8> {
    let mut out = Vec::new();
    encode_doc_list_into(docs, lo, hi, &mut Vec::with_capacity(docs.len()), &mut out);
    out
}

/// [`encode_doc_list`] appended to `out`, with `gaps` as scratch space.
pub fn encode_doc_list_into(docs: &[u32], lo: u32, hi: u32, gaps: &mut Vec<u32>, out: &mut Vec<u8>) {
    let span = u64::from(hi - lo);
    gaps.clear();
    gaps_of(docs.iter().copied(), i64::from(lo) - 1, gaps);
    let (k, cost) = rice_param_cost(gaps);
    // Known before writing: the dense lists, the longest, go straight to a bitmap.
    if 6 + cost > 1 + span {
        let at = out.len();
        out.resize(at + (1 + span as usize).div_ceil(8), 0);
        let bitmap = &mut out[at..];
        bitmap[0] = 0x80;
        for &d in docs {
            let i = 1 + (d - lo) as usize;
            bitmap[i / 8] |= 0x80 >> (i % 8);
        }
        return;
    }
    let mut w = BitWriter::over(std::mem::take(out));
    w.put(0, 1);
    w.put(k, 5);
    for &g in gaps.iter() {
        w.rice(g, k);
    }
    *out = w.finish();
}

pub fn decode_doc_list(bytes: &[u8], count: usize, lo: u32, hi: u32) -> Option<Vec<u32>> {
    let mut r = BitReader::new(bytes);
    let mut out = Vec::with_capacity(count.min(1 << 20));
    if r.bit()? == 1 {
        for d in lo..hi {
            if r.bit()? == 1 {
                out.push(d);
            }
        }
        return (out.len() == count).then_some(out);
    }
    let k = r.get(5)?;
    let mut prev = i64::from(lo) - 1;
    for _ in 0..count {
        prev += i64::from(r.rice(k)?) + 1;
        if prev >= i64::from(hi) {
            return None;
        }
        out.push(prev as u32);
    }
    Some(out)
}

/// One occurrence of a triple `abc` in a document: the rank of its prefix
/// pair `ab` among the occurrences of `ab` in that document, and the rank of
/// its suffix pair `bc` among those of `bc`. A pair occurrence's rank fixes
/// its position, so two triples of a query that share a pair sit next to
/// each other exactly when the first one's suffix rank equals the second
/// one's prefix rank: ranks check adjacency as positions do, in a few bits
/// where a position in the document takes ten or more.
pub type Ranks = (u32, u32);

/// Largest Rice parameter of rank lists (3 bits each in the header): ranks
/// and their gaps are small, mostly 0–2.
const RANK_K_MAX: u32 = 7;

/// Occurrence ranks ([`Ranks`]) of a triple in each document of a run of
/// its doc list, ascending by position (so both ranks strictly ascend): two
/// 3-bit Rice parameters (prefix gaps, suffix gaps), then per document a bit:
/// `0` for a single occurrence with ranks (0, 0) (every document where
/// neither pair repeats), else `1`, gamma(count) and per occurrence the
/// gaps `p - prev_p - 1` and `s - prev_s - 1` (`prev` starting at -1).
pub fn encode_ranks(per_doc: &[&[Ranks]]) -> Vec<u8> {
    let mut out = Vec::new();
    encode_ranks_into(per_doc, (&mut Vec::new(), &mut Vec::new()), &mut out);
    out
}

/// [`encode_ranks`] appended to `out`, with `scratch` as space for gaps.
pub fn encode_ranks_into(per_doc: &[&[Ranks]], scratch: (&mut Vec<u32>, &mut Vec<u32>), out: &mut Vec<u8>) {
    let (first, second) = scratch;
    first.clear();
    second.clear();
    for occ in per_doc.iter().filter(|occ| !is_single_first(occ)) {
        gaps_of(occ.iter().map(|r| r.0), -1, first);
        gaps_of(occ.iter().map(|r| r.1), -1, second);
    }
    let k1 = rice_param(first).min(RANK_K_MAX);
    let k2 = rice_param(second).min(RANK_K_MAX);
    let mut w = BitWriter::over(std::mem::take(out));
    w.put(k1, 3);
    w.put(k2, 3);
    for occ in per_doc {
        if is_single_first(occ) {
            w.put(0, 1);
            continue;
        }
        w.put(1, 1);
        w.gamma(occ.len() as u32);
        let (mut p, mut s) = (-1i64, -1i64);
        for &(rp, rs) in *occ {
            w.rice((i64::from(rp) - p - 1) as u32, k1);
            w.rice((i64::from(rs) - s - 1) as u32, k2);
            (p, s) = (i64::from(rp), i64::from(rs));
        }
    }
    *out = w.finish();
}

/// The occurrences that a `0` bit stands for.
fn is_single_first(occ: &[Ranks]) -> bool {
    occ == [(0, 0)]
}

/// The inverse of [`encode_ranks`]; a `0` bit decodes to `[(0, 0)]`.
pub fn decode_ranks(bytes: &[u8], docs: usize) -> Option<Vec<Vec<Ranks>>> {
    let mut r = BitReader::new(bytes);
    let (k1, k2) = (r.get(3)?, r.get(3)?);
    let mut out = Vec::with_capacity(docs.min(1 << 16));
    for _ in 0..docs {
        if r.bit()? == 0 {
            out.push(vec![(0, 0)]);
            continue;
        }
        let n = r.gamma()?;
        let mut list: Vec<Ranks> = Vec::with_capacity(n.min(4096) as usize);
        let (mut p, mut s) = (-1i64, -1i64);
        for _ in 0..n {
            p += i64::from(r.rice(k1)?) + 1;
            s += i64::from(r.rice(k2)?) + 1;
            list.push((u32::try_from(p).ok()?, u32::try_from(s).ok()?));
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

/// The basE91 alphabet: no `'` and no `\`, so an encoded string can stand
/// in single quotes in a script as it is.
const B91: &[u8; 91] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&()*+,./:;<=>?@[]^_`{|}~\"";

/// basE91 (Joachim Henke's): 13 or 14 bits per two characters, about 1.23
/// characters per byte where base64 needs 1.33. engine.js `b91` decodes it.
pub fn base91(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(base91_len(bytes.len()));
    base91_into(bytes, &mut out);
    out
}

/// At least the length of [`base91`] of `n` bytes (two characters per 13
/// bits at worst).
pub fn base91_len(n: usize) -> usize {
    n * 16 / 13 + 2
}

/// [`base91`] appended to `out`.
pub fn base91_into(bytes: &[u8], out: &mut String) {
    let (mut b, mut n) = (0u32, 0u32);
    for &byte in bytes {
        b |= u32::from(byte) << n;
        n += 8;
        if n > 13 {
            let mut v = b & 8191;
            if v > 88 {
                b >>= 13;
                n -= 13;
            } else {
                v = b & 16383;
                b >>= 14;
                n -= 14;
            }
            out.push(B91[(v % 91) as usize] as char);
            out.push(B91[(v / 91) as usize] as char);
        }
    }
    if n > 0 {
        out.push(B91[(b % 91) as usize] as char);
        if n > 7 || b > 90 {
            out.push(B91[(b / 91) as usize] as char);
        }
    }
}

/// The inverse of [`base91`]; `None` on a character outside the alphabet.
pub fn unbase91(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len());
    let (mut b, mut n, mut v) = (0u32, 0u32, None::<u32>);
    for c in s.bytes() {
        let d = B91.iter().position(|&x| x == c)? as u32;
        match v.take() {
            None => v = Some(d),
            Some(low) => {
                let x = low + d * 91;
                b |= x << n;
                n += if x & 8191 > 88 { 13 } else { 14 };
                while n > 7 {
                    out.push(b as u8);
                    b >>= 8;
                    n -= 8;
                }
            }
        }
    }
    if let Some(low) = v {
        out.push((b | low << n) as u8);
    }
    Some(out)
}

/// FNV-1a (32-bit) of the term's UTF-8 bytes: the browser computes the same
/// (engine.js `hash`) to find a term's shard without any lookup table.
pub fn term_hash(term: &str) -> u32 {
    term_hash_bytes(term.as_bytes())
}

/// [`term_hash`] of a term's UTF-8 bytes.
pub fn term_hash_bytes(term: &[u8]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for &b in term {
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
    fn dense_doc_lists_are_bitmaps() {
        let docs: Vec<u32> = (0..1000).filter(|d| d % 3 != 0).collect();
        let b = encode_doc_list(&docs, 0, 1000);
        assert_eq!(b.len(), 1001usize.div_ceil(8));
        assert_eq!(decode_doc_list(&b, docs.len(), 0, 1000), Some(docs));
    }

    #[test]
    fn sparse_doc_lists_cost_a_few_bits_each() {
        let docs: Vec<u32> = (0..100).map(|d| d * 97 + 5).collect();
        let b = encode_doc_list(&docs, 0, 10_000);
        assert!(b.len() <= 110, "{} bytes", b.len());
        assert_eq!(decode_doc_list(&b, docs.len(), 0, 10_000), Some(docs));
    }

    #[test]
    fn bit_codes_known_values() {
        let mut w = BitWriter::new();
        w.gamma(1);
        w.gamma(4);
        w.rice(5, 1);
        w.unary(40);
        let b = w.finish();
        // 1 | 00100 | 110 1 | 40 ones, 0
        assert_eq!(b[0], 0b1001_0011);
        let mut r = BitReader::new(&b);
        assert_eq!((r.gamma(), r.gamma(), r.rice(1), r.unary()), (Some(1), Some(4), Some(5), Some(40)));
    }

    #[test]
    fn base91_is_denser_than_base64_and_quote_safe() {
        let bytes: Vec<u8> = (0..3000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
        let s = base91(&bytes);
        assert!(s.len() * 100 < bytes.len() * 125, "{} chars for {} bytes", s.len(), bytes.len());
        assert!(!s.contains(['\'', '\\']));
        assert_eq!(base91(b""), "");
        assert_eq!(unbase91(&s), Some(bytes));
    }

    #[test]
    fn ranks_cost_a_bit_where_nothing_repeats() {
        let single: &[Ranks] = &[(0, 0)];
        let twice: &[Ranks] = &[(1, 0), (3, 1)];
        let b = encode_ranks(&[single; 16]);
        assert_eq!(b.len(), (6 + 16usize).div_ceil(8));
        let lists = [single, twice, single, &[(0, 2)][..]];
        let b = encode_ranks(&lists);
        let want: Vec<Vec<Ranks>> = lists.iter().map(|l| l.to_vec()).collect();
        assert_eq!(decode_ranks(&b, 4), Some(want));
    }

    #[test]
    fn fnv_known_values() {
        assert_eq!(term_hash(""), 0x811c9dc5);
        assert_eq!(term_hash("a"), 0xe40c292c);
    }

    proptest! {
        #[test]
        fn doc_lists_round_trip(mut docs in proptest::collection::vec(0u32..5_000, 0..400), lo in 0u32..3, extra in 0u32..100) {
            docs.iter_mut().for_each(|d| *d += lo);
            docs.sort_unstable();
            docs.dedup();
            let hi = docs.last().map_or(lo, |d| d + 1) + extra;
            let b = encode_doc_list(&docs, lo, hi);
            prop_assert_eq!(decode_doc_list(&b, docs.len(), lo, hi), Some(docs));
        }

        #[test]
        fn ranks_round_trip(lists in proptest::collection::vec(
            proptest::collection::btree_map(0u32..300, 0u32..5_000, 1..20), 0..30)) {
            // Both ranks ascend with the occurrences: sort the second side too.
            let lists: Vec<Vec<Ranks>> = lists
                .into_iter()
                .map(|m| {
                    let mut s: Vec<u32> = m.values().copied().collect();
                    s.sort_unstable();
                    s.dedup();
                    m.keys().copied().zip(s).collect()
                })
                .collect();
            let refs: Vec<&[Ranks]> = lists.iter().map(|l| l.as_slice()).collect();
            let b = encode_ranks(&refs);
            prop_assert_eq!(decode_ranks(&b, lists.len()), Some(lists));
        }

        #[test]
        fn bit_codes_round_trip(vals in proptest::collection::vec((1u32..u32::MAX, 0u32..20), 0..50)) {
            let mut w = BitWriter::new();
            for &(v, k) in &vals {
                w.gamma(v);
                w.rice(v >> 22, k);
                w.put(v, 32 - v.leading_zeros());
            }
            let b = w.finish();
            let mut r = BitReader::new(&b);
            for &(v, k) in &vals {
                prop_assert_eq!(r.gamma(), Some(v));
                prop_assert_eq!(r.rice(k), Some(v >> 22));
                prop_assert_eq!(r.get(32 - v.leading_zeros()), Some(v));
            }
        }

        /// The word-at-a-time writer against a model that writes one bit at a time.
        #[test]
        fn bit_writer_writes_what_a_bit_by_bit_writer_writes(
            ops in proptest::collection::vec((0u8..4, any::<u32>(), 0u32..33), 0..80)
        ) {
            let mut w = BitWriter::new();
            let mut model: Vec<bool> = Vec::new();
            let put = |m: &mut Vec<bool>, v: u64, bits: u32| m.extend((0..bits).rev().map(|i| v >> i & 1 == 1));
            for &(op, v, n) in &ops {
                match op {
                    0 => {
                        w.put(v, n.min(32));
                        put(&mut model, u64::from(v), n.min(32));
                    }
                    1 => {
                        let q = n * 3;
                        w.unary(q);
                        model.extend(std::iter::repeat_n(true, q as usize));
                        model.push(false);
                    }
                    2 => {
                        // Quotients up to 4,095: the single-put case and the long one.
                        let (v, k) = (v >> 20, n % 12);
                        w.rice(v, k);
                        model.extend(std::iter::repeat_n(true, (v >> k) as usize));
                        model.push(false);
                        put(&mut model, u64::from(v), k);
                    }
                    _ => {
                        let v = v.max(1);
                        let bits = 32 - v.leading_zeros();
                        w.gamma(v);
                        put(&mut model, u64::from(v), 2 * bits - 1);
                    }
                }
            }
            prop_assert_eq!(w.bits(), model.len());
            let bytes: Vec<u8> = model
                .chunks(8)
                .map(|c| c.iter().enumerate().fold(0u8, |b, (i, &bit)| b | u8::from(bit) << (7 - i)))
                .collect();
            prop_assert_eq!(w.finish(), bytes);
        }

        #[test]
        fn base91_round_trip(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
            prop_assert_eq!(unbase91(&base91(&bytes)), Some(bytes));
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
            let _docs = decode_doc_list(&bytes, 10, 0, 200);
            let _ranks = decode_ranks(&bytes, 10);
        }
    }
}
