//! Link step, its record: what a build's link made (every node's place and
//! [`Facts`], the issues, the term names as gathered, which content file
//! gave which nodes), kept in the output (`.gazette/link.bin`) so that the
//! next build, when it only adds days after the last one, links the new
//! articles onto it instead of decoding and linking the whole archive
//! again (issue 5: a day added to 10,000 articles).
//!
//! The record is used only when it is certainly the previous link's
//! outcome for the same articles: same gazette and settings, every content
//! file the record names loaded unchanged (its path and bytes hashed into
//! [`Group::file`]) in the same order, no other file but new ones, each of
//! whose articles is dated after the record's last issue (so every old
//! node keeps its index, issue and neighbours). Otherwise the link starts
//! from the articles, as a full build's does; the outcome is the same.

use super::{Facts, GroupIndex, Issue, IssuePage, Library, Loaded, Node, PerArticle, RelatedRecord, SeenNames};
use crate::cache::{Group, Was};
use crate::content::Date;

/// Where the output keeps the link record.
pub const LINK_FILE: &str = ".gazette/link.bin";

/// A node as the record holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct NodeRecord {
    page: u32,
    order: u32,
    issue: u32,
    dir: String,
    prev: Option<u32>,
    next: Option<u32>,
    jump_from: Option<u32>,
    jump_to: Option<u32>,
    facts: Facts,
}

impl NodeRecord {
    /// The node again, its article `loaded`.
    pub(super) fn into_node(self, loaded: Loaded) -> Node {
        let at = |v: Option<u32>| v.map(|i| i as usize);
        Node {
            loaded,
            facts: self.facts,
            page: self.page,
            order: self.order,
            issue: self.issue as usize,
            dir: self.dir,
            prev: at(self.prev),
            next: at(self.next),
            jump_from: at(self.jump_from),
            jump_to: at(self.jump_to),
        }
    }
}

/// An issue as the record holds it: its pages with articles (those the
/// link made; facsimile pages are added after it), each page's articles
/// the next so many nodes.
#[derive(Debug, Clone, PartialEq, Eq)]
struct IssueRecord {
    date: Date,
    pages: Vec<(u32, Option<String>, u32)>,
}

/// The record of a link (see the module comment).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkRecord {
    pub(super) settings: u128,
    pub(super) files: GroupIndex,
    pub(super) nodes: Vec<NodeRecord>,
    issues: Vec<IssueRecord>,
    pub(super) terms: [SeenNames; 4],
}

/// How an appending link takes the groups of a load.
#[derive(Debug)]
pub(super) struct Plan {
    /// Per group of the load: its file and, for a kept one, its index
    /// among the record's groups (a new one has none).
    pub(super) groups: Vec<(u64, Option<usize>)>,
}

/// The plan to link `groups` onto `record`, if this load only adds days
/// after the record's last issue to what the record was made of (see the
/// module comment); `related` must be the same build's related articles.
pub(super) fn plan_append(groups: &[Group], record: &LinkRecord, related: Option<&RelatedRecord>) -> Option<Plan> {
    if related?.chain.len() != record.nodes.len() || record.files.nodes.flat.len() != record.nodes.len() {
        return None;
    }
    let last = record.issues.last().map(|i| i.date);
    let mut plan = Plan { groups: Vec::with_capacity(groups.len()) };
    let mut r = 0;
    for g in groups {
        let kept = match g.was {
            Was::Kept => {
                if record.files.files.get(r) != Some(&g.file) || record.files.of(r).len() != g.held.len() {
                    return None;
                }
                r += 1;
                Some(r - 1)
            }
            Was::New => {
                if g.held.articles().iter().any(|(a, _)| last.is_some_and(|d| a.front.date.date <= d)) {
                    return None;
                }
                None
            }
            Was::Changed => return None,
        };
        plan.groups.push((g.file, kept));
    }
    (r == record.files.files.len()).then_some(plan)
}

impl LinkRecord {
    const MAGIC: &'static [u8; 8] = b"gzlink01";

    /// The issues the record's link made (with their pages' sections).
    pub(super) fn issues(&self) -> Vec<Issue> {
        let mut next = 0usize;
        self.issues
            .iter()
            .map(|iss| {
                let pages: Vec<IssuePage> = iss
                    .pages
                    .iter()
                    .map(|(number, section, n)| {
                        let articles = (next..next + *n as usize).collect();
                        next += *n as usize;
                        IssuePage { number: *number, section: section.clone(), articles }
                    })
                    .collect();
                let mut issue = Issue::new(iss.date);
                issue.articles = pages.iter().map(|p| p.articles.len()).sum();
                issue.pages = pages;
                issue
            })
            .collect()
    }

    /// The record of `lib`'s link, as bytes for [`LINK_FILE`].
    pub fn bytes_of(lib: &Library) -> Vec<u8> {
        // About 145 bytes an article at 10,000 (its node, its group's entry,
        // its terms' numbers): sized for 96, the vector was copied once more
        // as it grew.
        let mut w = Writer(Vec::with_capacity(64 + lib.articles.len() * 160 + lib.issues.len() * 64));
        w.0.extend_from_slice(Self::MAGIC);
        w.u128(crate::output::code_id());
        w.u128(lib.settings);
        w.u64(lib.files.files.len() as u64);
        for (g, &file) in lib.files.files.iter().enumerate() {
            w.u64(file);
            w.u32s(lib.files.of(g));
        }
        w.u64(lib.articles.len() as u64);
        for n in &lib.articles {
            w.u32(n.page);
            w.u32(n.order);
            w.u32(n.issue as u32);
            w.str(&n.dir);
            for v in [n.prev, n.next, n.jump_from, n.jump_to] {
                w.opt(v.map(|i| i as u32));
            }
            let f = &n.facts;
            w.u128(f.hash);
            for v in [f.page, f.continued_from, f.continued_to] {
                w.opt(v);
            }
            w.0.push(u8::from(f.has_code) | u8::from(f.has_media) << 1 | u8::from(f.links_articles) << 2);
        }
        w.u64(lib.issues.len() as u64);
        for iss in &lib.issues {
            w.u32(iss.date.year as u32);
            w.u32(iss.date.month);
            w.u32(iss.date.day);
            // Facsimile pages (no articles) are the build's, not the link's.
            let pages: Vec<&IssuePage> = iss.pages.iter().filter(|p| !p.articles.is_empty()).collect();
            w.u64(pages.len() as u64);
            for p in pages {
                w.u32(p.number);
                match &p.section {
                    Some(s) => {
                        w.0.push(1);
                        w.str(s);
                    }
                    None => w.0.push(0),
                }
                w.u32(p.articles.len() as u32);
            }
        }
        for tax in &lib.taxonomies {
            let seen = &tax.seen;
            w.u64(seen.ids.len() as u64);
            for (&id, &count) in seen.ids.iter().zip(&seen.counts) {
                w.str(&tax.terms[id as usize].name);
                w.u64(count as u64);
            }
            w.u32s(&seen.numbers.ends);
            w.u32s(&seen.numbers.flat);
        }
        w.0
    }

    /// A record from [`LinkRecord::bytes_of`]; `None` if the bytes are not
    /// one, or one another gazette made, or inconsistent.
    pub fn parse(b: &[u8]) -> Option<LinkRecord> {
        let mut r = Reader(b.strip_prefix(Self::MAGIC.as_slice())?);
        if r.u128()? != crate::output::code_id() {
            return None;
        }
        let settings = r.u128()?;
        let mut files = GroupIndex::default();
        for _ in 0..r.len()? {
            let file = r.u64()?;
            files.push(file, r.u32s()?);
        }
        let n = r.len()?;
        let mut nodes = Vec::with_capacity(n.min(1 << 24));
        let index = |v: Option<u32>| v.is_none_or(|i| (i as usize) < n);
        for _ in 0..n {
            let (page, order, issue, dir) = (r.u32()?, r.u32()?, r.u32()?, r.str()?);
            let (prev, next, jump_from, jump_to) = (r.opt()?, r.opt()?, r.opt()?, r.opt()?);
            if ![prev, next, jump_from, jump_to].into_iter().all(index) {
                return None;
            }
            let (hash, page_given, continued_from, continued_to) = (r.u128()?, r.opt()?, r.opt()?, r.opt()?);
            let flags = r.u8()?;
            let facts = Facts {
                hash,
                page: page_given,
                continued_from,
                continued_to,
                has_code: flags & 1 != 0,
                has_media: flags & 2 != 0,
                links_articles: flags & 4 != 0,
            };
            nodes.push(NodeRecord { page, order, issue, dir, prev, next, jump_from, jump_to, facts });
        }
        let mut issues = Vec::new();
        let mut placed = 0usize;
        for i in 0..r.len()? {
            let date = Date { year: r.u32()? as i32, month: r.u32()?, day: r.u32()? };
            let mut pages = Vec::new();
            for _ in 0..r.len()? {
                let number = r.u32()?;
                let section = match r.u8()? {
                    0 => None,
                    _ => Some(r.str()?),
                };
                let count = r.u32()?;
                // Each node names the issue that holds it.
                let ns = nodes.get(placed..placed.checked_add(count as usize)?)?;
                if ns.iter().any(|n| n.issue as usize != i) {
                    return None;
                }
                placed += count as usize;
                pages.push((number, section, count));
            }
            issues.push(IssueRecord { date, pages });
        }
        // The files' nodes are every node, each once.
        let mut given = vec![false; n];
        for &j in &files.nodes.flat {
            if std::mem::replace(given.get_mut(j as usize)?, true) {
                return None;
            }
        }
        if placed != n || files.nodes.flat.len() != n {
            return None;
        }
        let mut terms: [SeenNames; 4] = Default::default();
        for t in &mut terms {
            for _ in 0..r.len()? {
                t.names.push(r.str()?);
                t.counts.push(usize::try_from(r.u64()?).ok()?);
            }
            t.numbers = PerArticle { ends: r.u32s()?, flat: r.u32s()? };
            let ok = t.numbers.ends.len() == n
                && t.numbers.ends.windows(2).all(|w| w[0] <= w[1])
                && t.numbers.ends.last().is_none_or(|&e| e as usize == t.numbers.flat.len())
                && t.numbers.flat.iter().all(|&x| (x as usize) < t.names.len());
            if !ok {
                return None;
            }
        }
        r.0.is_empty().then_some(LinkRecord { settings, files, nodes, issues, terms })
    }
}

/// Little-endian numbers, length-prefixed strings and lists.
struct Writer(Vec<u8>);

impl Writer {
    fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn u64(&mut self, v: u64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn u128(&mut self, v: u128) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn opt(&mut self, v: Option<u32>) {
        // u32::MAX is no index and no page number a file can give.
        self.u32(v.unwrap_or(u32::MAX));
    }
    fn str(&mut self, s: &str) {
        self.u64(s.len() as u64);
        self.0.extend_from_slice(s.as_bytes());
    }
    fn u32s(&mut self, v: &[u32]) {
        self.u64(v.len() as u64);
        v.iter().for_each(|&x| self.u32(x));
    }
}

struct Reader<'a>(&'a [u8]);

impl Reader<'_> {
    fn take<const N: usize>(&mut self) -> Option<[u8; N]> {
        let (x, rest) = self.0.split_first_chunk::<N>()?;
        self.0 = rest;
        Some(*x)
    }
    fn u8(&mut self) -> Option<u8> {
        Some(self.take::<1>()?[0])
    }
    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take()?))
    }
    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take()?))
    }
    fn u128(&mut self) -> Option<u128> {
        Some(u128::from_le_bytes(self.take()?))
    }
    fn len(&mut self) -> Option<usize> {
        let n = usize::try_from(self.u64()?).ok()?;
        // No list is longer than the bytes left: a bad length fails here, not in an allocation.
        (n <= self.0.len()).then_some(n)
    }
    fn opt(&mut self) -> Option<Option<u32>> {
        let v = self.u32()?;
        Some((v != u32::MAX).then_some(v))
    }
    fn str(&mut self) -> Option<String> {
        let n = self.len()?;
        let (s, rest) = self.0.split_at(n);
        self.0 = rest;
        String::from_utf8(s.to_vec()).ok()
    }
    fn u32s(&mut self) -> Option<Vec<u32>> {
        let n = self.len()?;
        let bytes = self.0.get(..n.checked_mul(4)?)?;
        self.0 = &self.0[n * 4..];
        Some(bytes.chunks_exact(4).map(|c| u32::from_le_bytes(c.try_into().expect("4 bytes"))).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_records_are_refused() {
        assert!(LinkRecord::parse(b"").is_none());
        assert!(LinkRecord::parse(b"gzlink01").is_none());
        let mut b = LinkRecord::MAGIC.to_vec();
        b.extend_from_slice(&crate::output::code_id().to_le_bytes());
        b.extend_from_slice(&[0xff; 40]);
        assert!(LinkRecord::parse(&b).is_none());
    }
}
