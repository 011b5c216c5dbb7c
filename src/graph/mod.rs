//! Link step: articles become a page graph — issues (one per date) with their
//! pages (版面) in order, a date archive of years and months, taxonomies of
//! sections, reporters, topics and tags, previous/next within an issue and
//! related articles. Everything here is linear in the number of articles;
//! a build that only adds days links just the new ones onto the previous
//! build's record of its link ([`LinkRecord`]).

mod record;
pub mod slug;

pub use record::{LINK_FILE, LinkRecord};

use crate::cache::{CachedGroup, Group, Held};
use crate::config::Config;
use crate::content::{Article, ArticleInfo, Date, Origin};
use crate::error::Diagnostic;
use rayon::prelude::*;
use std::collections::HashMap;

/// The four kinds of terms; their URL folder and label.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TaxonomyKind {
    Section,
    Reporter,
    Topic,
    Tag,
}

impl TaxonomyKind {
    pub const ALL: [TaxonomyKind; 4] =
        [TaxonomyKind::Section, TaxonomyKind::Reporter, TaxonomyKind::Topic, TaxonomyKind::Tag];

    /// URL folder: `sections`, `reporters`, `topics`, `tags`.
    pub fn folder(self) -> &'static str {
        match self {
            TaxonomyKind::Section => "sections",
            TaxonomyKind::Reporter => "reporters",
            TaxonomyKind::Topic => "topics",
            TaxonomyKind::Tag => "tags",
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

/// An article placed in the graph.
#[derive(Debug)]
pub struct Node {
    /// The article and what the load step worked out of it, where the load
    /// step put them: a content file's one article is not moved again (see
    /// [`link_loaded`]), a cached one is decoded only when read. Its body is
    /// empty when it was not read (see `info.origin`).
    loaded: Loaded,
    /// What the build reads of every article besides its place in the
    /// graph (page keys, the stylesheet, links): known without decoding it.
    pub facts: Facts,
    /// 0 when the article does not say which page it was printed on.
    pub page: u32,
    /// 1-based position on its page.
    pub order: u32,
    pub issue: usize,
    /// Folder of the article relative to the site root, e.g. `2026/02/11/02-01`.
    pub dir: String,
    pub prev: Option<usize>,
    pub next: Option<usize>,
    /// The part of the same story this one continues (`continued_from`) and
    /// the part it goes on in (`continued_to`), in the same issue: see
    /// `link_jumps`.
    pub jump_from: Option<usize>,
    pub jump_to: Option<usize>,
}

/// Where a node's article is.
#[derive(Debug)]
enum Loaded {
    Own(Box<[(Article, ArticleInfo); 1]>),
    /// The `.1`-th article of a cached group.
    Cached(std::sync::Arc<CachedGroup>, u32),
}

impl Loaded {
    /// The article and its load information (a cached group's decoded now if not yet).
    fn get(&self) -> &(Article, ArticleInfo) {
        match self {
            Loaded::Own(b) => &b[0],
            Loaded::Cached(g, i) => &g.articles()[*i as usize],
        }
    }
}

/// What the build reads of every article, not only of those whose pages
/// it renders: kept in the link record, so that a build adding a day need
/// not decode the rest of the archive.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Facts {
    /// [`ArticleInfo::hash`].
    pub hash: u128,
    /// `page`, `continued_from` and `continued_to` as the front matter has them.
    pub page: Option<u32>,
    pub continued_from: Option<u32>,
    pub continued_to: Option<u32>,
    /// [`ArticleInfo::has_code`].
    pub has_code: bool,
    /// The body links to files under `content/` ([`ArticleInfo::media`])...
    pub has_media: bool,
    /// ... some of them other articles.
    pub links_articles: bool,
}

impl Facts {
    pub fn of(a: &Article, info: &ArticleInfo) -> Facts {
        let f = &a.front;
        Facts {
            hash: info.hash,
            page: f.page,
            continued_from: f.continued_from,
            continued_to: f.continued_to,
            has_code: info.has_code,
            has_media: !info.media.is_empty(),
            links_articles: info.media.iter().any(|r| crate::content::media::is_article(&r.rel)),
        }
    }
}

impl Node {
    pub fn article(&self) -> &Article {
        &self.loaded.get().0
    }

    pub fn info(&self) -> &ArticleInfo {
        &self.loaded.get().1
    }

    /// What a list shows of the article: of a cached one, read without
    /// decoding the rest ([`crate::cache::CachedGroup::item_fields`]).
    pub fn item_fields(&self) -> crate::content::ItemFields<'_> {
        match &self.loaded {
            Loaded::Own(b) => crate::content::ItemFields::of(&b[0].0, &b[0].1),
            Loaded::Cached(g, i) => g.item_fields(*i as usize),
        }
    }

    /// The plain text of the body the load step held, taken (the search
    /// index's); none for an article from the cache.
    pub fn take_text(&mut self) -> String {
        match &mut self.loaded {
            Loaded::Own(b) => std::mem::take(&mut b[0].1.text),
            Loaded::Cached(..) => String::new(),
        }
    }
}

#[derive(Debug)]
pub struct IssuePage {
    pub number: u32,
    /// The page's 版名: the section of its first article that has one.
    pub section: Option<String>,
    pub articles: Vec<usize>,
}

#[derive(Debug)]
pub struct Issue {
    pub date: Date,
    /// `2026/02/11`
    pub dir: String,
    pub pages: Vec<IssuePage>,
    pub articles: usize,
}

impl Issue {
    /// The issue of `date`, no page in it yet.
    fn new(date: Date) -> Issue {
        let dir = format!("{:04}/{:02}/{:02}", date.year, date.month, date.day);
        Issue { date, dir, pages: Vec::new(), articles: 0 }
    }
}

#[derive(Debug)]
pub struct Term {
    pub name: String,
    pub slug: String,
    /// Newest first.
    pub articles: Vec<usize>,
}

#[derive(Debug)]
pub struct Taxonomy {
    pub kind: TaxonomyKind,
    /// Listed terms first in site.yaml's order, then by article count, then name.
    pub terms: Vec<Term>,
    /// Each article's terms of this kind ([`Library::terms_of`]), in the
    /// order the article names them, a name repeated next to itself once.
    pub by_article: PerArticle,
    /// The names as the link gathered them, for its record.
    seen: Seen,
}

/// A kind's names as first seen in node order (how the link numbers them
/// before it sorts them into terms), kept for the link record.
#[derive(Debug, Default)]
struct Seen {
    /// Number → term id.
    ids: Vec<u32>,
    /// Number → how often articles name it.
    counts: Vec<usize>,
    /// Per article, its names by number (as named, repeats too).
    numbers: PerArticle,
}

/// A list of numbers per article (term ids, related articles), all in one
/// flat list: a list per article was 100,000 small allocations at 100k
/// articles, and made the nodes heavier to move. Article `i`'s numbers are
/// `flat[ends[i - 1]..ends[i]]` (from 0 for the first).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct PerArticle {
    ends: Vec<u32>,
    flat: Vec<u32>,
}

impl PerArticle {
    fn with_capacity(articles: usize, numbers: usize) -> PerArticle {
        PerArticle { ends: Vec::with_capacity(articles), flat: Vec::with_capacity(numbers) }
    }

    /// How many articles have lists.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// Article `i`'s numbers; none past the last article.
    pub fn of(&self, i: usize) -> &[u32] {
        let lo = if i == 0 { 0 } else { self.ends.get(i - 1).map_or(self.flat.len(), |&e| e as usize) };
        let hi = self.ends.get(i).map_or(lo, |&e| e as usize);
        &self.flat[lo..hi]
    }

    /// Appends the lists of `other` (whose articles come next).
    fn extend_from(&mut self, other: &PerArticle) {
        let base = self.flat.len() as u32;
        self.flat.extend_from_slice(&other.flat);
        self.ends.extend(other.ends.iter().map(|&e| e + base));
    }

    /// Appends the next article's numbers.
    fn push(&mut self, numbers: impl IntoIterator<Item = u32>) {
        self.flat.extend(numbers);
        self.ends.push(self.flat.len() as u32);
    }

    /// The lists of the first `n` articles.
    fn first(&self, n: usize) -> PerArticle {
        let end = if n == 0 { 0 } else { self.ends[n - 1] as usize };
        PerArticle { ends: self.ends[..n].to_vec(), flat: self.flat[..end].to_vec() }
    }
}

#[derive(Debug)]
pub struct MonthArchive {
    pub month: u32,
    /// Issue indices in date order.
    pub issues: Vec<usize>,
}

#[derive(Debug)]
pub struct YearArchive {
    pub year: i32,
    pub months: Vec<MonthArchive>,
}

/// A month of the archive: its year's index in [`Library::years`] and its
/// own in that year's `months`.
pub type MonthAt = (usize, usize);

/// The linked archive.
#[derive(Debug)]
pub struct Library {
    /// Ordered by date, page, order.
    pub articles: Vec<Node>,
    /// Ordered by date.
    pub issues: Vec<Issue>,
    pub taxonomies: Vec<Taxonomy>,
    pub years: Vec<YearArchive>,
    /// The related articles ([`Library::related_of`]), kept by the next build.
    pub related: RelatedRecord,
    /// The load's groups (content files) by file hash, with their nodes: for the link record.
    files: GroupIndex,
    /// [`settings_key`] of the build's settings.
    settings: u128,
    /// Linked onto the previous build's record ([`LinkRecord`]) rather than from every article.
    pub appended: bool,
}

/// Content files (by [`Group::file`]) and the nodes of their articles, in load order.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct GroupIndex {
    files: Vec<u64>,
    nodes: PerArticle,
}

impl GroupIndex {
    fn push(&mut self, file: u64, nodes: impl IntoIterator<Item = u32>) {
        self.files.push(file);
        self.nodes.push(nodes);
    }

    /// Group `g`'s nodes, in the group's order.
    fn of(&self, g: usize) -> &[u32] {
        self.nodes.of(g)
    }
}

impl Library {
    /// The months with issues before and after month `m` of year `y`
    /// (indexes into `years` and its `months`), across years: what a
    /// month's calendar links to, found from its neighbours rather than by
    /// listing every month for each of the archive's hundreds of them.
    pub fn month_neighbours(&self, y: usize, m: usize) -> (Option<MonthAt>, Option<MonthAt>) {
        let last = |yi: usize| self.years[yi].months.len().checked_sub(1).map(|mi| (yi, mi));
        let prev = match m.checked_sub(1) {
            Some(mi) => Some((y, mi)),
            None => (0..y).rev().find_map(last),
        };
        let next = if m + 1 < self.years[y].months.len() {
            Some((y, m + 1))
        } else {
            (y + 1..self.years.len()).find(|&yi| !self.years[yi].months.is_empty()).map(|yi| (yi, 0))
        };
        (prev, next)
    }

    /// Printed pages that have a facsimile (`content::media`) but no
    /// article, added to their issue: a reader browsing an issue page by
    /// page finds the full-page advertisement or the page left unimported
    /// too. Days with no articles get no issue.
    pub fn add_facsimile_pages(&mut self, pages: impl IntoIterator<Item = (Date, u32)>) {
        for (date, number) in pages {
            let Ok(i) = self.issues.binary_search_by(|iss| iss.date.cmp(&date)) else { continue };
            let issue = &mut self.issues[i];
            if number == 0 || issue.pages.iter().any(|p| p.number == number) {
                continue;
            }
            // Pages are in number order, the unpaged (0) first.
            let at = issue.pages.partition_point(|p| p.number < number);
            issue.pages.insert(at, IssuePage { number, section: None, articles: Vec::new() });
        }
    }

    pub fn taxonomy(&self, kind: TaxonomyKind) -> &Taxonomy {
        &self.taxonomies[kind.index()]
    }

    pub fn term(&self, kind: TaxonomyKind, id: u32) -> &Term {
        &self.taxonomies[kind.index()].terms[id as usize]
    }

    /// Article `i`'s terms of one kind (ids into that taxonomy's terms).
    pub fn terms_of(&self, i: usize, kind: TaxonomyKind) -> &[u32] {
        self.taxonomies[kind.index()].by_article.of(i)
    }

    /// Article `i`'s related articles (earlier ones), most related first.
    pub fn related_of(&self, i: usize) -> &[u32] {
        self.related.lists.of(i)
    }
}

/// Appends the names of an article's terms of one taxonomy to `out`.
fn push_term_names<'a>(out: &mut Vec<&'a str>, a: &'a Article, kind: TaxonomyKind) {
    let f = &a.front;
    match kind {
        TaxonomyKind::Section => out.extend(f.section.iter().map(|s| trimmed(s))),
        TaxonomyKind::Reporter => out.extend(f.reporters.iter().map(|s| trimmed(s))),
        TaxonomyKind::Topic => out.extend(f.topic.iter().map(|s| trimmed(s))),
        TaxonomyKind::Tag => out.extend(f.tags.iter().map(|s| trimmed(s))),
    }
}

/// `n` in decimal, with a leading zero below 10 (as `{n:02}`).
fn push_two_digits(s: &mut String, n: u32) {
    if n < 10 {
        s.push('0');
    }
    let mut digits = [0u8; 10];
    let mut at = digits.len();
    let mut n = n;
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    s.extend(digits[at..].iter().map(|&d| char::from(d)));
}

/// `s.trim()`, at once for a name that starts and ends with a character
/// `trim` never removes: printable ASCII, or U+4000 and above (a lead byte
/// of 0xE4 or more; the last whitespace character is U+3000). `trim` decoding
/// both ends of every name was a tenth of linking an unchanged archive.
pub(crate) fn trimmed(s: &str) -> &str {
    let b = s.as_bytes();
    let plain = |lead: u8| (0x21..0x7F).contains(&lead) || lead >= 0xE4;
    // The last character's first byte (UTF-8 continuation bytes are 10xxxxxx).
    let last = b.iter().rev().take(4).find(|&&c| c & 0xC0 != 0x80);
    match (b.first(), last) {
        (Some(&first), Some(&last)) if plain(first) && plain(last) => s,
        _ => s.trim(),
    }
}

/// Links articles into the graph (without load information: for tests and tools).
pub fn link(articles: Vec<Article>, config: &Config) -> Result<Library, Vec<Diagnostic>> {
    link_loaded(
        vec![Group::of(articles.into_iter().map(|a| (a, ArticleInfo::default())).collect())],
        config,
        None,
        None,
    )
}

/// The line of an article's `slug:`, for the message of a URL clash: read
/// again from its file, as only an error needs it (0 when the article has
/// no slug, or no file of its own: a clash of two `NN-MM` folders).
fn slug_line(n: &Node) -> usize {
    let Origin::Markdown { path, .. } = &n.info().origin else { return 0 };
    if n.article().front.slug.is_none() {
        return 0;
    }
    crate::content::article::key_line_in_file(path, "slug")
}

/// Links loaded articles into the graph. Fails (with every problem listed)
/// when two articles would get the same URL. `groups` as loaded (per
/// content file); their order does not matter to the graph. `previous`:
/// the related articles a previous build worked out ([`Library::related`]),
/// kept where they still hold; `record`: that build's link record, which
/// the link starts from when this load only adds days after its last
/// (see [`LinkRecord`]).
pub fn link_loaded(
    groups: Vec<Group>,
    config: &Config,
    previous: Option<&RelatedRecord>,
    record: Option<LinkRecord>,
) -> Result<Library, Vec<Diagnostic>> {
    let settings = settings_key(config);
    if let Some(record) = record.filter(|r| r.settings == settings)
        && let Some(plan) = record::plan_append(&groups, &record, previous)
    {
        return link_appended(groups, plan, record, config, previous, settings);
    }
    // Cached groups decoded on every core first: everything here reads them.
    groups.par_iter().for_each(|g| {
        g.held.articles();
    });
    // Where each article is: (group, index in it).
    let at: Vec<(u32, u32)> =
        groups.iter().enumerate().flat_map(|(g, v)| (0..v.held.len() as u32).map(move |i| (g as u32, i))).collect();
    let article = |k: u32| {
        let (g, i) = at[k as usize];
        &groups[g as usize].held.articles()[i as usize].0
    };
    let order = sort_order(at.len(), article);
    // Issues and positions, from the articles where they are.
    let mut issues: Vec<Issue> = Vec::new();
    // Per node (in order): its issue, page and place on the page.
    let places: Vec<(usize, u32, u32)> =
        order.iter().enumerate().map(|(i, &k)| place(&mut issues, i, &article(k).front)).collect();
    // Each group's nodes, for the link record.
    let mut node_of = vec![0u32; at.len()];
    for (i, &k) in order.iter().enumerate() {
        node_of[k as usize] = i as u32;
    }
    let mut files = GroupIndex::default();
    let mut k = 0;
    for g in &groups {
        let n = g.held.len();
        files.push(g.file, node_of[k..k + n].iter().copied());
        k += n;
    }
    drop(node_of);
    // Each node takes its article from the group the load step made: a
    // content file's group of one article becomes the node's box as it is,
    // a cached group is shared by its nodes, and only the articles of a raw
    // page are moved, each into a box of its own. Moving every article into
    // its node (and into slots before that) wrote twice the size of the
    // archive's articles into fresh memory: a seventh of the pages a build
    // with nothing to do touched (10,463 page faults at 10,000 articles,
    // 9,040 since). A group's lock is taken once per article it holds,
    // never contended for long.
    type Slots = std::sync::Mutex<(Option<Held>, Vec<Option<(Article, ArticleInfo)>>)>;
    let slots: Vec<Slots> = groups.into_iter().map(|g| std::sync::Mutex::new((Some(g.held), Vec::new()))).collect();
    // Collected as it is indexed, so each node is written in its place.
    let mut nodes: Vec<Node> = order
        .par_iter()
        .zip(places)
        .map(|(&k, (issue, page, order))| {
            let (g, i) = at[k as usize];
            let mut group = slots[g as usize].lock().unwrap_or_else(|p| p.into_inner());
            let (whole, split) = &mut *group;
            let loaded = match whole.take() {
                Some(Held::Cached(c)) => {
                    *whole = Some(Held::Cached(c.clone()));
                    Loaded::Cached(c, i)
                }
                Some(Held::Decoded(v)) if v.len() == 1 => {
                    Loaded::Own(v.into_boxed_slice().try_into().expect("a group of one"))
                }
                taken => {
                    // A raw page's articles: split on the first one taken.
                    if let Some(Held::Decoded(v)) = taken {
                        *split = v.into_iter().map(Some).collect();
                    }
                    Loaded::Own(Box::new([split[i as usize].take().expect("each article is taken once")]))
                }
            };
            drop(group);
            new_node(loaded, &issues[issue].dir, issue, page, order)
        })
        .collect();
    // 100,000 emptied lists to free: beside the rest of this step.
    rayon::spawn(move || drop(slots));
    let errors = url_clashes(&issues, &nodes);
    if !errors.is_empty() {
        return Err(errors);
    }
    link_issues(&issues, &mut nodes);
    let taxonomies = build_taxonomies(&nodes, config, None);
    let related = link_related(&nodes, &taxonomies, previous, 0);
    let years = years_of(&issues);
    Ok(Library { articles: nodes, issues, taxonomies, years, related, files, settings, appended: false })
}

/// The link step when a build only adds days after the last one
/// ([`record::plan_append`]): the archive's nodes, issues and gathered
/// terms come from the previous build's record, their articles stay
/// undecoded, and only the new articles are placed.
fn link_appended(
    groups: Vec<Group>,
    plan: record::Plan,
    record: LinkRecord,
    config: &Config,
    previous: Option<&RelatedRecord>,
    settings: u128,
) -> Result<Library, Vec<Diagnostic>> {
    let old = record.nodes.len();
    let mut held: Vec<Option<Loaded>> = (0..old).map(|_| None).collect();
    // The new groups' articles, in load order, and how many each group gave.
    let mut fresh: Vec<(Article, ArticleInfo)> = Vec::new();
    let mut fresh_len = vec![0; groups.len()];
    for ((group, &(_, kept)), len) in groups.into_iter().zip(&plan.groups).zip(&mut fresh_len) {
        match (kept, group.held) {
            (Some(r), Held::Cached(c)) => {
                for (i, &j) in record.files.of(r).iter().enumerate() {
                    held[j as usize] = Some(Loaded::Cached(c.clone(), i as u32));
                }
            }
            (Some(r), Held::Decoded(v)) => {
                for (a, &j) in v.into_iter().zip(record.files.of(r)) {
                    held[j as usize] = Some(Loaded::Own(Box::new([a])));
                }
            }
            (None, held) => {
                let v = held.into_articles();
                *len = v.len();
                fresh.extend(v);
            }
        }
    }
    let order = sort_order(fresh.len(), |k| &fresh[k as usize].0);
    let mut issues = record.issues();
    let first_new_issue = issues.len();
    let mut nodes: Vec<Node> = Vec::with_capacity(old + fresh.len());
    let LinkRecord { nodes: old_nodes, files: old_files, terms: old_terms, .. } = record;
    // Taken, not copied: the record is not kept past the link.
    for (j, (n, loaded)) in old_nodes.into_iter().zip(held).enumerate() {
        let loaded = loaded.unwrap_or_else(|| unreachable!("the plan places every node of the record ({j})"));
        nodes.push(n.into_node(loaded));
    }
    let mut slots: Vec<Option<(Article, ArticleInfo)>> = fresh.into_iter().map(Some).collect();
    let mut node_of = vec![0u32; slots.len()];
    for (x, &k) in order.iter().enumerate() {
        let i = old + x;
        node_of[k as usize] = i as u32;
        let a = slots[k as usize].take().expect("each article is taken once");
        let (issue, page, at) = place(&mut issues, i, &a.0.front);
        nodes.push(new_node(Loaded::Own(Box::new([a])), &issues[issue].dir, issue, page, at));
    }
    // The groups in this load's order, the new ones' nodes just made.
    let mut files = GroupIndex::default();
    let mut k = 0;
    for (&(file, kept), &n) in plan.groups.iter().zip(&fresh_len) {
        match kept {
            Some(r) => files.push(file, old_files.of(r).iter().copied()),
            None => {
                files.push(file, node_of[k..k + n].iter().copied());
                k += n;
            }
        }
    }
    let errors = url_clashes(&issues[first_new_issue..], &nodes);
    if !errors.is_empty() {
        return Err(errors);
    }
    link_issues(&issues[first_new_issue..], &mut nodes);
    let taxonomies = build_taxonomies(&nodes, config, Some(&old_terms));
    let related = link_related(&nodes, &taxonomies, previous, old);
    let years = years_of(&issues);
    Ok(Library { articles: nodes, issues, taxonomies, years, related, files, settings, appended: true })
}

/// What the link step depends on besides the articles: a record made
/// with other settings (or by another gazette) is not used.
fn settings_key(config: &Config) -> u128 {
    let mut h = blake3::Hasher::new();
    h.update(&crate::output::code_id().to_le_bytes());
    h.update(format!("{config:?}").as_bytes());
    crate::output::key_of(&h.finalize())
}

/// The articles `0..n` in node order: date, page, position (as given, else
/// time and path). Sorted as small keys and a permutation: moving whole
/// articles and comparing paths component by component was most of this
/// step. Paths are compared only between articles the rest leaves tied (a
/// position is known for most), not turned into keys for every article.
fn sort_order<'a>(n: usize, article: impl Fn(u32) -> &'a Article + Sync) -> Vec<u32> {
    let keys: Vec<_> = (0..n as u32)
        .into_par_iter()
        .map(|k| {
            let a = article(k);
            let f = &a.front;
            // Within one date, by the time as written after the date's
            // `T` (or space): the separator itself must not order them.
            let time = f.date.datetime.as_deref().map(|d| d.get(11..).unwrap_or(""));
            ((f.date.date, f.page.unwrap_or(0), a.order.unwrap_or(u32::MAX)), time)
        })
        .collect();
    let mut order: Vec<u32> = (0..n as u32).collect();
    order.par_sort_by(|&x, &y| {
        keys[x as usize]
            .cmp(&keys[y as usize])
            .then_with(|| path_key(&article(x).source).cmp(&path_key(&article(y).source)))
    });
    order
}

/// Places node `i` (the next in order) of an article with front matter
/// `front` in its issue and page, opening them as needed: (issue, page,
/// place on the page).
fn place(issues: &mut Vec<Issue>, i: usize, front: &crate::content::FrontMatter) -> (usize, u32, u32) {
    let date = front.date.date;
    let page = front.page.unwrap_or(0);
    if issues.last().is_none_or(|iss| iss.date != date) {
        issues.push(Issue::new(date));
    }
    let issue_idx = issues.len() - 1;
    let issue = issues.last_mut().expect("just pushed");
    if issue.pages.last().is_none_or(|p| p.number != page) {
        issue.pages.push(IssuePage { number: page, section: None, articles: Vec::new() });
    }
    let ipage = issue.pages.last_mut().expect("just pushed");
    if ipage.section.is_none() {
        ipage.section = front.section.clone();
    }
    ipage.articles.push(i);
    issue.articles += 1;
    (issue_idx, page, ipage.articles.len() as u32)
}

/// A node of article `loaded` placed on `page` of issue `issue` (whose
/// folder is `day`), `order`-th there.
fn new_node(loaded: Loaded, day: &str, issue: usize, page: u32, order: u32) -> Node {
    let (a, info) = loaded.get();
    let facts = Facts::of(a, info);
    // Joined by hand: `format!` for every article was a tenth of this step.
    let mut dir = String::with_capacity(day.len() + 8);
    dir.push_str(day);
    dir.push('/');
    match &a.front.slug {
        Some(s) => dir.push_str(s),
        None => {
            push_two_digits(&mut dir, page);
            dir.push('-');
            push_two_digits(&mut dir, order);
        }
    }
    Node { dir, loaded, facts, page, order, issue, prev: None, next: None, jump_from: None, jump_to: None }
}

/// Two articles, one URL: an error naming both. A folder starts with its
/// day's (`YYYY/MM/DD/`), so only articles of one issue can share one:
/// each issue is checked on its own, on every core. Articles are in node
/// order within an issue, issues in node order, as are the errors.
fn url_clashes(issues: &[Issue], nodes: &[Node]) -> Vec<Diagnostic> {
    issues
        .par_iter()
        .flat_map_iter(|issue| {
            let mut dirs: Vec<(&str, usize)> =
                issue.pages.iter().flat_map(|p| &p.articles).map(|&i| (nodes[i].dir.as_str(), i)).collect();
            dirs.sort_unstable();
            let mut errs: Vec<(usize, Diagnostic)> = Vec::new();
            for run in dirs.chunk_by(|a, b| a.0 == b.0) {
                let first = &nodes[run[0].1];
                for &(dir, i) in &run[1..] {
                    let n = &nodes[i];
                    let message = format!(
                        "its URL {dir}/ is also the URL of {} (give one of them another `slug`)",
                        first.article().source.display()
                    );
                    let line = slug_line(n);
                    errs.push((i, Diagnostic::error(&n.article().source, line, usize::from(line > 0), message)));
                }
            }
            errs.sort_unstable_by_key(|e| e.0);
            errs.into_iter().map(|e| e.1)
        })
        .collect()
}

/// Prev/next within each issue, in reading order (node order), and the jumps.
fn link_issues(issues: &[Issue], nodes: &mut [Node]) {
    for issue in issues {
        let mut order = issue.pages.iter().flat_map(|p| p.articles.iter().copied());
        let Some(mut prev) = order.next() else { continue };
        for i in order {
            nodes[prev].next = Some(i);
            nodes[i].prev = Some(prev);
            prev = i;
        }
    }
    link_jumps(issues, nodes);
}

/// The years and months of the issues.
fn years_of(issues: &[Issue]) -> Vec<YearArchive> {
    let mut years: Vec<YearArchive> = Vec::new();
    for (i, issue) in issues.iter().enumerate() {
        if years.last().is_none_or(|y| y.year != issue.date.year) {
            years.push(YearArchive { year: issue.date.year, months: Vec::new() });
        }
        let y = years.last_mut().expect("just pushed");
        if y.months.last().is_none_or(|m| m.month != issue.date.month) {
            y.months.push(MonthArchive { month: issue.date.month, issues: Vec::new() });
        }
        y.months.last_mut().expect("just pushed").issues.push(i);
    }
    years
}

/// A path as bytes that sort the way `Path`'s own order does (component by
/// component): components joined by NUL, which sorts below every other byte.
fn path_key(p: &std::path::Path) -> Vec<u8> {
    let mut key = Vec::with_capacity(p.as_os_str().len());
    for (i, c) in p.components().enumerate() {
        if i > 0 {
            key.push(0);
        }
        key.extend_from_slice(c.as_os_str().as_encoded_bytes());
    }
    key
}

/// Articles per chunk when their term names are gathered (a few in unit
/// tests, so that their archives span several chunks).
const GATHER_CHUNK: usize = if cfg!(test) { 2 } else { 4096 };

/// Names numbered as first seen (so that each is hashed once), with a
/// count for each.
#[derive(Default)]
struct FirstSeen<'a> {
    numbers: foldhash::HashMap<&'a str, u32>,
    names: Vec<&'a str>,
    counts: Vec<usize>,
}

impl<'a> FirstSeen<'a> {
    /// The number of `name`, whose count grows by `count`.
    fn number(&mut self, name: &'a str, count: usize) -> u32 {
        let n = *self.numbers.entry(name).or_insert_with(|| {
            self.names.push(name);
            self.counts.push(0);
            self.names.len() as u32 - 1
        });
        self.counts[n as usize] += count;
        n
    }
}

/// One kind's term names of a chunk of articles, numbered as first seen in
/// the chunk, and every article's names by those numbers (article i's from
/// `starts[i]`).
#[derive(Default)]
struct Gathered<'a> {
    seen: FirstSeen<'a>,
    ids: Vec<u32>,
    starts: Vec<u32>,
}

impl<'a> Gathered<'a> {
    /// The next article's names.
    fn add(&mut self, names: &[&'a str]) {
        self.starts.push(self.ids.len() as u32);
        for &name in names {
            let n = self.seen.number(name, 1);
            self.ids.push(n);
        }
    }
}

/// One kind's term names as a previous link gathered them (a taxonomy's `seen`),
/// read back from its record: what an appending link starts from.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct SeenNames {
    /// Names by number, as first seen in node order...
    pub names: Vec<String>,
    /// ... how often each was named...
    pub counts: Vec<usize>,
    /// ... and each article's names by those numbers.
    pub numbers: PerArticle,
}

fn build_taxonomies(nodes: &[Node], config: &Config, seed: Option<&[SeenNames; 4]>) -> Vec<Taxonomy> {
    let topics: Vec<crate::config::TermDef> =
        config.topics.iter().map(|t| crate::config::TermDef { name: t.name.clone(), slug: t.slug.clone() }).collect();
    let defs: [&[crate::config::TermDef]; 4] = [&config.sections, &config.reporters, &topics, &config.tags];
    // The articles a seed has not gathered.
    let from = seed.map_or(0, |s| s[0].numbers.len());
    // Every article's names of all four kinds, gathered in one pass over
    // the articles by chunks on every core (a pass per kind read every
    // article four times), each chunk numbering its names as first seen so
    // that each is hashed once per chunk.
    let gathered: Vec<[Gathered; 4]> = nodes[from..]
        .par_chunks(GATHER_CHUNK)
        .map(|chunk| {
            let mut g: [Gathered; 4] = Default::default();
            let mut names = Vec::new();
            for n in chunk {
                for kind in TaxonomyKind::ALL {
                    names.clear();
                    push_term_names(&mut names, n.article(), kind);
                    g[kind.index()].add(&names);
                }
            }
            g
        })
        .collect();
    // The four kinds are independent: one thread each.
    TaxonomyKind::ALL
        .par_iter()
        .map(|&kind| {
            let listed = defs[kind.index()];
            // The chunks' names numbered as first seen over the whole
            // archive (chunk by chunk, in order, as one pass would number
            // them; the terms' order comes from sorting below), with their
            // counts; every article's names by those numbers.
            let mut all = FirstSeen::default();
            let mut numbers = PerArticle::with_capacity(nodes.len(), nodes.len() * 2);
            if let Some(seed) = seed {
                let s = &seed[kind.index()];
                for (name, &count) in s.names.iter().zip(&s.counts) {
                    all.number(name, count);
                }
                // Copied into the room made for every article: a clone of
                // the seed's lists (sized for its articles only) grew again
                // for the new ones, and the room made was dropped unused.
                numbers.extend_from(&s.numbers);
            }
            for g in &gathered {
                let g = &g[kind.index()];
                let global: Vec<u32> =
                    g.seen.names.iter().zip(&g.seen.counts).map(|(&name, &count)| all.number(name, count)).collect();
                for (a, &start) in g.starts.iter().enumerate() {
                    let end = g.starts.get(a + 1).map_or(g.ids.len(), |&e| e as usize);
                    numbers.push(g.ids[start as usize..end].iter().map(|&id| global[id as usize]));
                }
            }
            finish_taxonomy(kind, listed, all, numbers)
        })
        .collect()
}

/// A kind's terms from its names as first seen: slugs, the terms' order
/// (listed ones first in site.yaml's order, then by count, then by name),
/// each article's terms and each term's articles.
fn finish_taxonomy(
    kind: TaxonomyKind,
    listed: &[crate::config::TermDef],
    all: FirstSeen,
    numbers: PerArticle,
) -> Taxonomy {
    let FirstSeen { names: seen_names, counts: seen_counts, .. } = all;
    let fixed: HashMap<String, String> =
        listed.iter().filter_map(|d| d.slug.clone().map(|s| (d.name.clone(), s))).collect();
    let slugs = slug::assign_slugs(seen_names.iter().copied(), &fixed);
    let rank: HashMap<&str, usize> = listed.iter().enumerate().map(|(i, d)| (d.name.as_str(), i)).collect();
    // Numbers as first seen, in term order: listed ones first, then by count, then by name.
    let mut order: Vec<usize> = (0..seen_names.len()).collect();
    order.sort_by(|&a, &b| {
        let (na, nb) = (seen_names[a], seen_names[b]);
        let ra = rank.get(na).copied().unwrap_or(usize::MAX);
        let rb = rank.get(nb).copied().unwrap_or(usize::MAX);
        ra.cmp(&rb).then(seen_counts[b].cmp(&seen_counts[a])).then(na.cmp(nb))
    });
    // Number as first seen → id (place in term order).
    let mut id_of_seen = vec![0u32; order.len()];
    for (id, &n) in order.iter().enumerate() {
        id_of_seen[n] = id as u32;
    }
    let mut terms: Vec<Term> = order
        .iter()
        .map(|&n| {
            let name = seen_names[n];
            Term { name: name.to_string(), slug: slugs[name].clone(), articles: Vec::with_capacity(seen_counts[n]) }
        })
        .collect();
    let articles = numbers.len();
    let mut by_article = PerArticle::with_capacity(articles, numbers.flat.len());
    let mut ids = Vec::new();
    for i in 0..articles {
        ids.clear();
        ids.extend(numbers.of(i).iter().map(|&n| id_of_seen[n as usize]));
        ids.dedup();
        by_article.push(ids.iter().copied());
    }
    // Newest first: walk articles from the end.
    for i in (0..articles).rev() {
        for &id in by_article.of(i) {
            if terms[id as usize].articles.last() != Some(&i) {
                terms[id as usize].articles.push(i);
            }
        }
    }
    let seen = Seen { ids: id_of_seen, counts: seen_counts, numbers };
    Taxonomy { kind, terms, by_article, seen }
}

/// Joins the parts of jumped stories: a part on page P that says
/// `continued_to: N` and a part on page N of the same issue that says
/// `continued_from: P`. Readers follow the jump by a link rather than
/// hunting for the rest in the issue. Where a page sends several stories to
/// the same page, each goes to the waiting part whose title shares the most
/// letters with its own (ties in reading order): jumped parts usually repeat
/// a word of the headline (`BUDGET`, `城市更新`).
fn link_jumps(issues: &[Issue], nodes: &mut [Node]) {
    for issue in issues {
        // (from page, to page) -> the parts sent and the parts waiting, in reading order.
        let mut sent: Vec<((u32, u32), usize)> = Vec::new();
        let mut waiting: Vec<((u32, u32), usize)> = Vec::new();
        for &i in issue.pages.iter().flat_map(|p| &p.articles) {
            let (n, f) = (&nodes[i], &nodes[i].article().front);
            if n.page == 0 {
                continue;
            }
            if let Some(to) = f.continued_to.filter(|&to| to != n.page) {
                sent.push(((n.page, to), i));
            }
            if let Some(from) = f.continued_from.filter(|&from| from != n.page) {
                waiting.push(((from, n.page), i));
            }
        }
        for &(from_to, i) in &sent {
            let mut best: Option<(usize, usize)> = None;
            for &(w_from_to, j) in &waiting {
                if w_from_to != from_to || nodes[j].jump_from.is_some() {
                    continue;
                }
                let score = shared_letters(&nodes[i].article().front.title, &nodes[j].article().front.title);
                if best.is_none_or(|(s, _)| score > s) {
                    best = Some((score, j));
                }
            }
            if let Some((_, j)) = best {
                nodes[i].jump_to = Some(j);
                nodes[j].jump_from = Some(i);
            }
        }
    }
}

/// Letters, digits and Han characters of `b` (each counted once, Latin in
/// lower case) that `a` also has.
fn shared_letters(a: &str, b: &str) -> usize {
    let mut seen: Vec<char> = Vec::new();
    for c in b.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase) {
        if !seen.contains(&c) {
            seen.push(c);
        }
    }
    let a: Vec<char> = a.chars().flat_map(char::to_lowercase).collect();
    seen.iter().filter(|c| a.contains(c)).count()
}

/// Related articles: earlier ones sharing the topic and tags, scored by what
/// they share. Only the nearest few earlier articles per term are
/// considered, so a tag on 10,000 articles costs no more than a rare one.
/// Earlier only ("previous coverage"): a new day then changes no older
/// article's page, which an incremental build would otherwise re-render
/// for every article near the new ones in each shared term (issue 5).
///
/// So an article's related ones depend only on the topics and tags of the
/// articles up to it, in order: those of `previous` are kept up to the
/// first article where that prefix differs, and only the rest are worked
/// out (a new day: its own articles; this step was a tenth of an
/// incremental build at 100,000 articles).
///
/// `from`: the articles before it are those of `previous` (an appending
/// link, [`link_appended`]): their chain is taken from it, not worked out
/// again from articles it would have to decode.
fn link_related(
    nodes: &[Node],
    taxonomies: &[Taxonomy],
    previous: Option<&RelatedRecord>,
    from: usize,
) -> RelatedRecord {
    const NEIGHBOURS: usize = 12;
    const KEEP: usize = 5;
    let own: Vec<u64> =
        nodes[from..].par_iter().map_init(Default::default, |s, n| related_terms_hash(s, n.article())).collect();
    let mut chain: Vec<u64> = Vec::with_capacity(nodes.len());
    chain.extend_from_slice(&previous.map_or(&[][..], |p| &p.chain)[..from]);
    let start = chain.last().copied().unwrap_or(0);
    chain.extend(own.iter().scan(start, |h, x| {
        *h = xxhash_rust::xxh3::xxh3_64_with_seed(&x.to_le_bytes(), *h);
        Some(*h)
    }));
    let kept = previous.map_or(0, |p| p.chain.iter().zip(&chain).take_while(|(a, b)| a == b).count());
    // Each article's own terms are all it reads, with lists kept per thread
    // from node to node (three new ones per node were most of this step's
    // time); the found ones in a fixed array, not a list of their own.
    type Scratch = (Vec<(TaxonomyKind, u32)>, Vec<(usize, u32)>, Vec<(usize, u32)>);
    let found: Vec<([u32; KEEP], usize)> = (kept..nodes.len())
        .into_par_iter()
        .map_init(Scratch::default, |(mine, hits, ranked), i| {
            mine.clear();
            for k in [TaxonomyKind::Topic, TaxonomyKind::Tag] {
                mine.extend(taxonomies[k.index()].by_article.of(i).iter().map(|&id| (k, id)));
            }
            mine.sort_unstable_by_key(|&(k, id)| (k.index(), id));
            mine.dedup();
            // (article, weight) pairs summed per article: a few dozen, cheaper than a map.
            hits.clear();
            for &(kind, id) in mine.iter() {
                let list = &taxonomies[kind.index()].terms[id as usize].articles;
                let weight = if kind == TaxonomyKind::Tag { 2 } else { 1 };
                // Lists are newest first (indexes descending): the earlier
                // articles follow this one's place, found by bisection.
                let Ok(p) = list.binary_search_by(|&x| i.cmp(&x)) else { continue };
                let hi = (p + 1 + NEIGHBOURS).min(list.len());
                hits.extend(list[p + 1..hi].iter().map(|&o| (o, weight)));
            }
            hits.sort_unstable_by_key(|h| h.0);
            ranked.clear();
            for &(o, w) in hits.iter() {
                match ranked.last_mut() {
                    Some(last) if last.0 == o => last.1 += w,
                    _ => ranked.push((o, w)),
                }
            }
            // Higher score, then newer, then index: deterministic.
            ranked.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(b.0.cmp(&a.0)));
            let mut best = [0u32; KEEP];
            let len = ranked.len().min(KEEP);
            for (b, &(j, _)) in best.iter_mut().zip(ranked.iter()) {
                *b = j as u32;
            }
            (best, len)
        })
        .collect();
    let mut lists = match previous {
        Some(p) => p.lists.first(kept),
        None => PerArticle::with_capacity(nodes.len(), nodes.len() * KEEP),
    };
    for (best, len) in found {
        lists.push(best[..len].iter().copied());
    }
    RelatedRecord { chain, lists }
}

/// Hash of the topics and tags that relate an article to others, as
/// [`link_related`] reads them (trimmed, by kind). `scratch` is kept from
/// article to article.
fn related_terms_hash<'a>(scratch: &mut (Vec<&'a str>, Vec<u8>), a: &'a Article) -> u64 {
    let (names, buf) = scratch;
    buf.clear();
    for kind in [TaxonomyKind::Topic, TaxonomyKind::Tag] {
        names.clear();
        push_term_names(names, a, kind);
        buf.extend_from_slice(&(names.len() as u32).to_le_bytes());
        for name in names.iter() {
            buf.extend_from_slice(&(name.len() as u32).to_le_bytes());
            buf.extend_from_slice(name.as_bytes());
        }
    }
    xxhash_rust::xxh3::xxh3_64(buf)
}

/// Where the output keeps [`RelatedRecord`].
pub const RELATED_FILE: &str = ".gazette/related.bin";

/// The related articles of a build, with what they were worked out from,
/// kept in the output (`.gazette/related.bin`) for the next build.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct RelatedRecord {
    /// Per article in order: a hash of the topics and tags of it and of
    /// every article before it.
    chain: Vec<u64>,
    /// Per article: its related articles' indexes.
    lists: PerArticle,
}

impl RelatedRecord {
    const MAGIC: &'static [u8; 8] = b"gzrel001";

    /// The record's bytes, stamped with the code that made them (another
    /// gazette may relate articles otherwise).
    pub fn to_bytes(&self) -> Vec<u8> {
        let PerArticle { ends, flat } = &self.lists;
        // Sized exactly: the magic, the code's stamp and two counts are 40
        // bytes, and sized for 32 the vector was copied into twice the room
        // for its last eight bytes.
        let mut b = Vec::with_capacity(40 + self.chain.len() * 8 + ends.len() * 4 + flat.len() * 4);
        b.extend_from_slice(Self::MAGIC);
        b.extend_from_slice(&crate::output::code_id().to_le_bytes());
        b.extend_from_slice(&(self.chain.len() as u64).to_le_bytes());
        b.extend_from_slice(&(flat.len() as u64).to_le_bytes());
        self.chain.iter().for_each(|h| b.extend_from_slice(&h.to_le_bytes()));
        ends.iter().for_each(|e| b.extend_from_slice(&e.to_le_bytes()));
        flat.iter().for_each(|j| b.extend_from_slice(&j.to_le_bytes()));
        b
    }

    /// A record from [`RelatedRecord::to_bytes`]; `None` if the bytes are
    /// not one, or one another gazette made, or inconsistent.
    pub fn parse(b: &[u8]) -> Option<RelatedRecord> {
        let b = b.strip_prefix(Self::MAGIC.as_slice())?;
        let (code, b) = b.split_first_chunk::<16>()?;
        if u128::from_le_bytes(*code) != crate::output::code_id() {
            return None;
        }
        let (n, b) = b.split_first_chunk::<8>()?;
        let (m, b) = b.split_first_chunk::<8>()?;
        let (n, m) = (usize::try_from(u64::from_le_bytes(*n)).ok()?, usize::try_from(u64::from_le_bytes(*m)).ok()?);
        if b.len() != n.checked_mul(12)?.checked_add(m.checked_mul(4)?)? {
            return None;
        }
        let (chain, rest) = b.split_at(n * 8);
        let (ends, flat) = rest.split_at(n * 4);
        let u64s = |c: &[u8]| c.chunks_exact(8).map(|x| u64::from_le_bytes(x.try_into().expect("8 bytes"))).collect();
        let u32s = |c: &[u8]| c.chunks_exact(4).map(|x| u32::from_le_bytes(x.try_into().expect("4 bytes"))).collect();
        let lists = PerArticle { ends: u32s(ends), flat: u32s(flat) };
        // Ends rise to the end of `flat`; every article is related only to earlier ones.
        let mut lo = 0;
        for (i, &e) in lists.ends.iter().enumerate() {
            let e = e as usize;
            if e < lo || e > lists.flat.len() || lists.flat[lo..e].iter().any(|&j| j as usize >= i) {
                return None;
            }
            lo = e;
        }
        (lo == lists.flat.len()).then_some(RelatedRecord { chain: u64s(chain), lists })
    }
}

/// `total` items in pages of `per_page`: at least one page (an empty list
/// still has its first page).
pub fn page_count(total: usize, per_page: usize) -> usize {
    total.div_ceil(per_page).max(1)
}

/// The pages of a term list (section, reporter, topic, tag), newest first.
///
/// The older articles are cut into full pages of `per_page` counted from
/// the *oldest*: `page/2` holds the oldest `per_page`, `page/3` the next,
/// and the highest number the newest full chunk. Page 1 (the list's folder)
/// holds the rest, the newest: `per_page` to `2 × per_page − 1` articles
/// (fewer only when the whole list is shorter). Reading order is 1,
/// highest, ..., 2. So a page's URL keeps its articles as the archive grows
/// and a new day changes a list's first page only (issue 5: "the first
/// pages of the lists it appears in"), plus a new page each time the
/// newest articles fill one. Numbering from the newest would shift every
/// page of every list it touches; keeping page 1 at exactly `per_page`
/// would rewrite the highest page every day as well. `page/2` begins at
/// `2 × per_page` articles. The home page pages its issues the same way
/// (a departure from DESIGN.md's newest-first `page/2/`, for the same reason).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ListPages {
    pub items: usize,
    pub per_page: usize,
}

impl ListPages {
    pub fn new(items: usize, per_page: usize) -> Self {
        ListPages { items, per_page: per_page.max(1) }
    }

    /// Full pages after the first.
    fn full_older(&self) -> usize {
        (self.items / self.per_page).saturating_sub(1)
    }

    /// Pages, the first included: at least one.
    pub fn count(&self) -> usize {
        1 + self.full_older()
    }

    /// The page's articles as indexes into the newest-first list.
    pub fn range(&self, page: usize) -> std::ops::Range<usize> {
        let older = self.full_older() * self.per_page;
        if page <= 1 {
            return 0..self.items - older;
        }
        // Oldest-first positions of the chunk, turned into newest-first ones.
        let lo = ((page - 2) * self.per_page).min(older);
        let hi = ((page - 1) * self.per_page).min(older);
        self.items - hi..self.items - lo
    }

    /// The page holding the next newer articles (page 1 has none).
    pub fn newer_page(&self, page: usize) -> Option<usize> {
        match page {
            0 | 1 => None,
            p if p < self.count() => Some(p + 1),
            _ => Some(1),
        }
    }

    /// The page holding the next older articles.
    pub fn older_page(&self, page: usize) -> Option<usize> {
        match page {
            0 | 1 => (self.count() > 1).then(|| self.count()),
            2 => None,
            p => Some(p - 1),
        }
    }

    /// Page numbers in reading order, newest first: 1, count, ..., 2.
    pub fn reading_order(&self) -> impl Iterator<Item = usize> {
        std::iter::once(1).chain((2..=self.count()).rev())
    }
}

#[cfg(test)]
mod tests {
    /// Lists appended from another `PerArticle` are those it holds, after
    /// the ones already there, as if pushed one by one.
    #[test]
    fn per_article_lists_extended_from_another_are_those_pushed() {
        let lists: [&[u32]; 5] = [&[3, 1], &[], &[7], &[2, 2, 9], &[]];
        let mut pushed = super::PerArticle::default();
        let (mut head, mut tail) = (super::PerArticle::default(), super::PerArticle::default());
        for (i, l) in lists.iter().enumerate() {
            pushed.push(l.iter().copied());
            if i < 2 { &mut head } else { &mut tail }.push(l.iter().copied());
        }
        head.extend_from(&tail);
        assert_eq!(head, pushed);
        for (i, l) in lists.iter().enumerate() {
            assert_eq!(head.of(i), *l);
        }
    }

    /// Each month's neighbours are the months before and after it in the
    /// list of every month with issues, across years.
    #[test]
    fn month_neighbours_are_those_of_the_list_of_all_months() {
        let year = |year, months: &[u32]| super::YearArchive {
            year,
            months: months.iter().map(|&month| super::MonthArchive { month, issues: Vec::new() }).collect(),
        };
        for years in [
            vec![year(2024, &[3]), year(2025, &[1, 5, 12]), year(2026, &[2])],
            vec![year(2026, &[1])],
            vec![year(2020, &[11, 12]), year(2021, &[]), year(2022, &[1])],
        ] {
            let lib = super::Library {
                articles: Vec::new(),
                issues: Vec::new(),
                taxonomies: Vec::new(),
                years,
                related: Default::default(),
                files: Default::default(),
                settings: 0,
                appended: false,
            };
            let all: Vec<(usize, usize)> =
                lib.years.iter().enumerate().flat_map(|(y, yr)| (0..yr.months.len()).map(move |m| (y, m))).collect();
            for (at, &(y, m)) in all.iter().enumerate() {
                let expected = (at.checked_sub(1).map(|p| all[p]), all.get(at + 1).copied());
                assert_eq!(lib.month_neighbours(y, m), expected, "{y} {m}");
            }
        }
    }

    #[test]
    fn two_digits_as_format() {
        for n in [0, 1, 9, 10, 42, 99, 100, 1234, u32::MAX] {
            let mut s = String::new();
            super::push_two_digits(&mut s, n);
            assert_eq!(s, format!("{n:02}"));
        }
    }

    #[test]
    fn trimmed_is_trim() {
        for s in [
            "",
            " ",
            "张三",
            " 张三",
            "张三\u{3000}",
            "\u{3000}张三",
            "\u{a0}A",
            "A\u{a0}",
            "Smith, Jr.",
            " a ",
            "a",
            "\u{2028}",
            "\u{85}x",
            "x\u{85}",
            "é",
            "\u{1680}é",
            "𠀀",
            "𠀀 ",
            "\t王五\n",
            "~",
            "\u{7f}",
            "\u{202f}李四",
        ] {
            assert_eq!(super::trimmed(s), s.trim(), "{s:?}");
        }
    }

    use super::*;
    use crate::cache::Was;
    use std::path::Path;

    fn art(path: &str, yaml: &str) -> Article {
        Article::parse(Path::new(path), &format!("---\n{yaml}\n---\nbody\n")).unwrap()
    }

    /// Articles of one page with no position: by time, then by path (as
    /// `Path` orders them: component by component).
    #[test]
    fn articles_without_a_position_go_by_time_then_path() {
        let lib = link(
            vec![
                art("x/a-b.md", "title: AB\ndate: 2026-02-11T08:00:00+08:00\npage: 1"),
                art("x/a/b.md", "title: A/B\ndate: 2026-02-11T08:00:00+08:00\npage: 1"),
                // A space before the time sorts like a `T`.
                art("x/0.md", "title: Later\ndate: 2026-02-11 09:00:00+08:00\npage: 1"),
                art("x/z.md", "title: Sooner\ndate: 2026-02-11T07:00:00+08:00\npage: 1"),
            ],
            &Config::default(),
        )
        .unwrap();
        let titles: Vec<&str> = lib.articles.iter().map(|n| n.article().front.title.as_str()).collect();
        assert_eq!(titles, ["Sooner", "A/B", "AB", "Later"]);
    }

    /// Two stories jump from page 1 to page 3: each part finds the other by
    /// the words of its title, whatever their order on page 3; a jump to a
    /// page with no waiting part, or one on another day, joins nothing.
    #[test]
    fn jumped_parts_are_joined_by_page_and_title() {
        let lib = link(
            vec![
                art("1.md", "title: 城市更新三年行动启动\ndate: 2026-03-01\npage: 1\ncontinued_to: 3"),
                art("2.md", "title: Market rebuilt\ndate: 2026-03-01\npage: 1\ncontinued_to: 3"),
                art("3.md", "title: MARKET\ndate: 2026-03-01\npage: 3\ncontinued_from: 1"),
                art("4.md", "title: 城市更新\ndate: 2026-03-01\npage: 3\ncontinued_from: 1"),
                art("5.md", "title: 孤立\ndate: 2026-03-01\npage: 3\ncontinued_to: 7"),
                art("6.md", "title: 城市更新\ndate: 2026-03-02\npage: 3\ncontinued_from: 1"),
            ],
            &Config::default(),
        )
        .unwrap();
        let at = |title: &str, day: u32| {
            lib.articles
                .iter()
                .position(|n| n.article().front.title == title && n.article().front.date.date.day == day)
                .unwrap()
        };
        let (a1, b1, b3, a3) =
            (at("城市更新三年行动启动", 1), at("Market rebuilt", 1), at("MARKET", 1), at("城市更新", 1));
        assert_eq!((lib.articles[a1].jump_to, lib.articles[a3].jump_from), (Some(a3), Some(a1)));
        assert_eq!((lib.articles[b1].jump_to, lib.articles[b3].jump_from), (Some(b3), Some(b1)));
        assert_eq!(lib.articles[at("孤立", 1)].jump_to, None);
        assert_eq!(lib.articles[at("城市更新", 2)].jump_from, None);
    }

    #[test]
    fn shared_letters_count_each_letter_once_in_any_case() {
        assert_eq!(shared_letters("Market rebuilt", "MARKET"), 6);
        assert_eq!(shared_letters("城市更新三年行动", "城市更新"), 4);
        assert_eq!(shared_letters("abc", "——"), 0);
    }

    #[test]
    fn a_facsimile_of_a_page_with_no_article_joins_its_issue_in_order() {
        let mut lib = link(
            vec![
                art("a.md", "title: A\ndate: 2026-02-11\npage: 3"),
                art("u.md", "title: U\ndate: 2026-02-11"),
                art("d.md", "title: D\ndate: 2026-02-10\npage: 1"),
            ],
            &Config::default(),
        )
        .unwrap();
        let d = |day| Date::new(2026, 2, day).unwrap();
        lib.add_facsimile_pages([(d(11), 5), (d(11), 1), (d(11), 3), (d(12), 1), (d(11), 0), (d(11), 1)]);
        let numbers: Vec<u32> = lib.issues[1].pages.iter().map(|p| p.number).collect();
        assert_eq!(numbers, [0, 1, 3, 5], "once each, in order, the unpaged first; page 3 keeps its article");
        assert!(lib.issues[1].pages[1].articles.is_empty() && lib.issues[1].pages[2].articles.len() == 1);
        assert_eq!((lib.issues.len(), lib.issues[0].pages.len()), (2, 1), "no issue made for a day with no article");
    }

    #[test]
    fn pages_and_positions() {
        let lib = link(
            vec![
                art("b.md", "title: B\ndate: 2026-02-11\npage: 2\nsection: 要闻"),
                art("a.md", "title: A\ndate: 2026-02-11\npage: 1\ntags: [x]"),
                art("c.md", "title: C\ndate: 2026-02-11\npage: 2\ntags: [x]"),
                art("d.md", "title: D\ndate: 2026-02-10"),
            ],
            &Config::default(),
        )
        .unwrap();
        let dirs: Vec<&str> = lib.articles.iter().map(|n| n.dir.as_str()).collect();
        assert_eq!(dirs, ["2026/02/10/00-01", "2026/02/11/01-01", "2026/02/11/02-01", "2026/02/11/02-02"]);
        assert_eq!(lib.issues.len(), 2);
        assert_eq!(lib.issues[1].pages[1].section.as_deref(), Some("要闻"));
        assert_eq!(lib.articles[1].next, Some(2));
        assert_eq!(lib.articles[1].prev, None);
        // Related: earlier articles only (a newer one must not change an older page).
        assert_eq!(lib.related_of(3), [1]);
        assert!(lib.related_of(1).is_empty());
        let tag = &lib.taxonomy(TaxonomyKind::Tag).terms[0];
        assert_eq!(tag.articles, vec![3, 1], "newest first");
    }

    /// Term counts, order and lists come out the same however the
    /// articles fall into the chunks their names are gathered in.
    #[test]
    fn terms_are_counted_across_gathering_chunks() {
        // In chunks of two: x once in each of three chunks, y in two.
        let tags = ["x", "y", "x", "w", "x", "y", "z, y"];
        let arts: Vec<Article> = tags
            .iter()
            .enumerate()
            .map(|(i, t)| art(&format!("{i}.md"), &format!("title: T{i}\ndate: 2026-03-0{}\ntags: [{t}]", i + 1)))
            .collect();
        let lib = link(arts, &Config::default()).unwrap();
        let tax = lib.taxonomy(TaxonomyKind::Tag);
        let got: Vec<(&str, &[usize])> = tax.terms.iter().map(|t| (t.name.as_str(), t.articles.as_slice())).collect();
        assert_eq!(got, [("x", &[4, 2, 0][..]), ("y", &[6, 5, 1][..]), ("w", &[3][..]), ("z", &[6][..])]);
        assert_eq!(lib.terms_of(6, TaxonomyKind::Tag), [3, 1]);
    }

    /// An article's term ids keep the order it names them in; a name
    /// repeated next to itself counts once, one repeated later stays.
    #[test]
    fn term_ids_keep_the_article_order() {
        let arts = vec![
            art("a.md", "title: A\ndate: 2026-03-01\ntags: [b, a]"),
            art("b.md", "title: B\ndate: 2026-03-02\ntags: [a, a, c, a]\nreporters: [R]"),
            art("c.md", "title: C\ndate: 2026-03-03"),
        ];
        let lib = link(arts, &Config::default()).unwrap();
        let names = |i: usize, kind: TaxonomyKind| -> Vec<&str> {
            lib.terms_of(i, kind).iter().map(|&id| lib.term(kind, id).name.as_str()).collect()
        };
        assert_eq!(names(0, TaxonomyKind::Tag), ["b", "a"]);
        // A name repeated in one list is dropped when the article is read.
        assert_eq!(names(1, TaxonomyKind::Tag), ["a", "c"]);
        assert_eq!(names(1, TaxonomyKind::Reporter), ["R"]);
        assert!(names(2, TaxonomyKind::Tag).is_empty() && names(0, TaxonomyKind::Reporter).is_empty());
        assert!(lib.terms_of(3, TaxonomyKind::Tag).is_empty(), "no such article");
        let a = lib.taxonomy(TaxonomyKind::Tag).terms.iter().find(|t| t.name == "a").unwrap();
        assert_eq!(a.articles, [1, 0], "once per article, newest first");
    }

    /// Every article whose URL an earlier one of its day has is an error
    /// naming that first one, in article order; the same slug on another
    /// day is no clash.
    #[test]
    fn each_clashing_url_is_an_error_naming_the_first() {
        let e = link(
            vec![
                art("d.md", "title: D\ndate: 2026-02-12\nslug: x"),
                art("c.md", "title: C\ndate: 2026-02-11\nslug: x\npage: 3"),
                art("a.md", "title: A\ndate: 2026-02-11\nslug: x\npage: 1"),
                art("b.md", "title: B\ndate: 2026-02-11\nslug: x\npage: 2"),
                art("e.md", "title: E\ndate: 2026-02-12\nslug: y"),
                art("f.md", "title: F\ndate: 2026-02-12\nslug: y\npage: 1"),
            ],
            &Config::default(),
        )
        .unwrap_err();
        let got: Vec<(String, bool)> =
            e.iter().map(|d| (d.path.display().to_string(), d.message.contains("URL of a.md"))).collect();
        assert_eq!(got, [("b.md".to_string(), true), ("c.md".to_string(), true), ("f.md".to_string(), false)]);
        assert!(e[2].message.contains("2026/02/12/y/") && e[2].message.contains("URL of e.md"), "{}", e[2]);
    }

    /// Articles over ten days, tagged from a few tags so that they relate.
    fn tagged(days: u32, edit: Option<usize>) -> Vec<Article> {
        let mut out = Vec::new();
        for d in 1..=days {
            for k in 0..4u32 {
                let i = out.len();
                let tag = if edit == Some(i) { "edited".to_string() } else { format!("t{}", (d + k) % 3) };
                let yaml = format!(
                    "title: A{i}\ndate: 2026-03-{d:02}\npage: {}\ntopic: x{}\ntags: [{tag}, u{}]",
                    k + 1,
                    k % 2,
                    i % 5
                );
                out.push(art(&format!("{d}-{k}.md"), &yaml));
            }
        }
        out
    }

    /// `articles` as a load gives them, one file each (its hash `i`), the
    /// first `kept` as the previous load had them.
    fn as_loaded(articles: Vec<Article>, kept: usize) -> Vec<Group> {
        let info = |a: &Article| ArticleInfo { hash: a.front.title.len() as u128, ..ArticleInfo::default() };
        let was = |i: usize| if i < kept { Was::Kept } else { Was::New };
        let group = |(i, a): (usize, Article)| {
            let got = info(&a);
            let held = Held::Decoded(vec![(a, got)]);
            Group { file: i as u64, was: was(i), held }
        };
        articles.into_iter().enumerate().map(group).collect()
    }

    /// What a library shows of its graph, to compare two.
    fn shape(lib: &Library) -> String {
        let nodes: Vec<_> = lib
            .articles
            .iter()
            .map(|n| (&n.dir, n.page, n.order, n.issue, n.prev, n.next, n.jump_from, n.jump_to, n.facts))
            .collect();
        let issues: Vec<_> = lib
            .issues
            .iter()
            .map(|i| (&i.dir, i.pages.iter().map(|p| (p.number, &p.section, &p.articles)).collect::<Vec<_>>()))
            .collect();
        let terms: Vec<_> = lib
            .taxonomies
            .iter()
            .map(|t| (t.terms.iter().map(|t| (&t.name, &t.slug, &t.articles)).collect::<Vec<_>>(), &t.by_article))
            .collect();
        let years: Vec<_> = lib
            .years
            .iter()
            .map(|y| (y.year, y.months.iter().map(|m| (m.month, &m.issues)).collect::<Vec<_>>()))
            .collect();
        format!("{nodes:?}\n{issues:?}\n{terms:?}\n{years:?}\n{:?}\n{:?}", lib.related, lib.files)
    }

    #[test]
    fn issue5_an_appending_link_equals_a_full_one() {
        let config = Config::default();
        let before = link_loaded(as_loaded(tagged(5, None), 0), &config, None, None).unwrap();
        let record = LinkRecord::parse(&LinkRecord::bytes_of(&before)).expect("a record round trips");
        let old = before.articles.len();
        // Two more days, with new names among the old ones.
        let mut more = tagged(7, None);
        for a in &mut more[old..] {
            a.front.reporters = vec!["新人".into(), "A".into()];
        }
        let appended =
            link_loaded(as_loaded(more.clone(), old), &config, Some(&before.related), Some(record.clone())).unwrap();
        assert!(appended.appended);
        let full = link_loaded(as_loaded(more.clone(), old), &config, None, None).unwrap();
        assert!(!full.appended);
        assert_eq!(shape(&appended), shape(&full));
        assert_eq!(LinkRecord::bytes_of(&appended), LinkRecord::bytes_of(&full));
        // A day on the record's last date, or an old file that is not
        // where the record has it: every article linked again.
        let mut late = tagged(5, None);
        late.push(art("5-9.md", "title: Z\ndate: 2026-03-05\npage: 1"));
        let again = link_loaded(as_loaded(late, old), &config, Some(&before.related), Some(record.clone())).unwrap();
        assert!(!again.appended);
        let mut moved = as_loaded(more, old);
        moved.swap(0, 1);
        assert!(!link_loaded(moved, &config, Some(&before.related), Some(record)).unwrap().appended);
    }

    #[test]
    fn link_records_that_do_not_hold_are_refused() {
        let lib = link_loaded(as_loaded(tagged(3, None), 0), &Config::default(), None, None).unwrap();
        let bytes = LinkRecord::bytes_of(&lib);
        assert!(LinkRecord::parse(&bytes).is_some());
        // Cut anywhere: refused, never a panic.
        for n in 0..bytes.len() {
            assert!(LinkRecord::parse(&bytes[..n]).is_none(), "cut at {n}");
        }
        // A file naming a node another file names too.
        let mut twice = lib.files.clone();
        twice.nodes.flat[1] = twice.nodes.flat[0];
        let lib = Library { files: twice, ..lib };
        assert!(LinkRecord::parse(&LinkRecord::bytes_of(&lib)).is_none());
    }

    fn related_of(lib: &Library) -> Vec<Vec<u32>> {
        (0..lib.articles.len()).map(|i| lib.related_of(i).to_vec()).collect()
    }

    /// Related articles kept from a previous build are those a build
    /// without it works out: after appending days, editing an old
    /// article's tags, and from a record read back from its bytes.
    #[test]
    fn issue5_kept_related_articles_equal_ones_worked_out_again() {
        let config = Config::default();
        let before = link(tagged(8, None), &config).unwrap();
        let record = RelatedRecord::parse(&before.related.to_bytes()).expect("round trip");
        assert_eq!(record, before.related);
        for (days, edit) in [(8, None), (10, None), (10, Some(13)), (6, None), (8, Some(0))] {
            let groups = vec![Group::of(tagged(days, edit).into_iter().map(|a| (a, ArticleInfo::default())).collect())];
            let kept = link_loaded(groups, &config, Some(&record), None).unwrap();
            let fresh = link(tagged(days, edit), &config).unwrap();
            assert_eq!(related_of(&kept), related_of(&fresh), "{days} days, edit {edit:?}");
            assert_eq!(kept.related, fresh.related);
        }
        assert!((0..before.articles.len()).any(|i| before.related_of(i).len() >= 2), "the case relates articles");
    }

    #[test]
    fn related_records_that_do_not_hold_are_refused() {
        let lib = link(tagged(3, None), &Config::default()).unwrap();
        let bytes = lib.related.to_bytes();
        assert_eq!(bytes.capacity(), bytes.len(), "made in the room it was given");
        assert!(RelatedRecord::parse(&bytes[..bytes.len() - 1]).is_none(), "cut short");
        assert!(RelatedRecord::parse(b"gzrel001").is_none());
        // An article related to itself or a later one.
        let mut bad = lib.related.clone();
        let i = bad.lists.ends.iter().position(|&e| e > 0).expect("some article has related ones");
        bad.lists.flat[0] = i as u32;
        assert!(RelatedRecord::parse(&bad.to_bytes()).is_none());
    }

    #[test]
    fn same_url_is_an_error() {
        let e = link(
            vec![
                art("a.md", "title: A\ndate: 2026-02-11\nslug: x"),
                art("b.md", "title: B\ndate: 2026-02-11\nslug: x"),
            ],
            &Config::default(),
        )
        .unwrap_err();
        assert!(e[0].message.contains("a.md"), "{}", e[0]);
    }

    /// Every article on exactly one page, newest first across pages in
    /// reading order; pages 2.. hold exactly `per_page` and keep their
    /// articles (by identity) when newer ones are added; page 1 holds
    /// `per_page` to `2 × per_page − 1` unless the list is shorter.
    #[test]
    fn issue5_list_pages_are_stable_as_the_list_grows() {
        for per in [1, 2, 3, 10] {
            let mut before: Option<Vec<(usize, Vec<usize>)>> = None;
            for n in 0..40 {
                let lp = ListPages::new(n, per);
                // Article ids: 0 is the oldest; the list is newest first.
                let list: Vec<usize> = (0..n).rev().collect();
                let mut seen = Vec::new();
                let mut page = Some(1);
                let mut order = Vec::new();
                while let Some(p) = page {
                    order.push(p);
                    let r = lp.range(p);
                    let fits = if p == 1 { r.len() == n || (per..2 * per).contains(&r.len()) } else { r.len() == per };
                    assert!(fits && (!r.is_empty() || n == 0), "n {n} per {per} page {p}: {r:?}");
                    seen.extend(list[r].iter().copied());
                    let older = lp.older_page(p);
                    if let Some(o) = older {
                        assert_eq!(lp.newer_page(o), Some(p), "n {n} per {per}");
                    }
                    page = older;
                }
                assert_eq!(order, lp.reading_order().collect::<Vec<_>>());
                assert_eq!(seen, list, "n {n} per {per}");
                assert_eq!(lp.count(), order.len());
                assert_eq!(n >= 2 * per, lp.count() >= 2, "page/2 exists once two pages are full");
                let now: Vec<(usize, Vec<usize>)> = (2..=lp.count()).map(|p| (p, list[lp.range(p)].to_vec())).collect();
                if let Some(prev) = &before {
                    // The older pages of the previous list are unchanged.
                    for (p, ids) in prev {
                        assert_eq!(now.iter().find(|x| x.0 == *p).map(|x| &x.1), Some(ids), "n {n} per {per} page {p}");
                    }
                }
                before = Some(now);
            }
        }
    }

    #[test]
    fn path_keys_sort_like_paths() {
        let paths = ["a/b", "a-b", "a/b/c", "a", "ab/c", "a/bc", "b", "a.md", "a/b.md", "x//y", "x/y"];
        for x in paths {
            for y in paths {
                let (px, py) = (Path::new(x), Path::new(y));
                assert_eq!(path_key(px).cmp(&path_key(py)), px.cmp(py), "{x} vs {y}");
            }
        }
    }

    #[test]
    fn page_counts() {
        assert_eq!(page_count(0, 20), 1);
        assert_eq!(page_count(20, 20), 1);
        assert_eq!(page_count(21, 20), 2);
    }
}
