//! Load step, cached: what the previous build made of each content file —
//! front matter, summary, hashes, warnings — kept in the output folder's
//! `.gazette/` and keyed by the file's size, times and inode, so that an
//! incremental build reads and parses only the files that changed. A missing,
//! corrupt or other-version cache is ignored (everything is parsed again),
//! never an error.
//!
//! The format is our own: a few length-prefixed fields per article. Serde
//! formats that are not self-describing cannot skip `skip_serializing_if`
//! fields, which the front matter uses for its YAML form.
//!
//! The file is a whole cache followed by the changes of later builds: an
//! incremental build appends only the entries it changed (and marks those of
//! files gone), when its build is committed, instead of writing every
//! article again (at 100,000 articles 70 MB encoded and written for a day's
//! 30 files). Once the appended changes reach an eighth of the whole, or the
//! import rules change, the file is written whole again. The file also holds
//! the walk's folder record (`content::folders`), whole after the whole
//! cache's entries and appended as the folders a build read again.
//!
//! A kept entry with nothing a load must see (no warnings, no raw page
//! claimed) is handed on undecoded ([`CachedGroup`]): a build that only adds
//! days links the new articles onto the previous build's record
//! (`graph::LinkRecord`) and decodes only the old articles its pages show.
//! Each article's record starts with what a list shows of it (title,
//! subtitle, date, section, page, reporters, summary): an old article on the
//! first page of a list the day joins is read that far, borrowed from the
//! mapped file ([`CachedGroup::item_fields`]), and decoded whole only for its
//! own page.

use crate::config::Config;
use crate::content::load::now_ns;
use crate::content::media::MediaRef;
use crate::content::{
    self, Article, ArticleInfo, Date, DateField, Dateline, FrontMatter, ItemFields, Origin, SharedText, Stamp,
};
use crate::error::{Diagnostic, Error, Result, Severity};
use crate::import::{self, ImportRules};
use crate::output::{OutputFile, Staging, hash_bytes, key_of};
use crate::render::{SUMMARY_CHARS, markdown};
use rayon::prelude::*;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// Parsed articles by file, relative to the output folder.
pub const CACHE_FILE: &str = ".gazette/load-cache.bin";
const MAGIC: &[u8; 8] = b"gzload09";

/// What one content file gave.
#[derive(Debug)]
struct Entry {
    stamp: Stamp,
    /// Read too soon after it was written to trust its times (see [`content::load::RACY_NS`]).
    racy: bool,
    /// Hash of the file's bytes, to confirm a racy or touched file is unchanged.
    bytes: u128,
    /// What the file gave (its articles, without bodies and texts, and its
    /// diagnostics) as the cache file holds them, decoded when a load uses
    /// the entry: on every core then, where decoding every entry as the
    /// cache was read kept one core from the scan of the content; and
    /// where holding every article a second time cost a tenth of an
    /// incremental build (and 100 MB) at 100,000 articles.
    payload: Payload,
    /// What the payload holds besides articles that a load must see
    /// ([`FLAG_SOURCE`], [`FLAG_DIAGNOSTICS`]): without either, a kept
    /// entry goes on undecoded ([`CachedGroup`]).
    flags: u8,
    /// xxh3 of the payload: an entry that goes on undecoded is decoded only
    /// when a page needs it, too late to parse its file again instead, so
    /// its bytes are checked before it is trusted.
    check: u64,
    /// The last load (its [`LoadCache::generation`]) whose files included
    /// this one: the entries no load saw are those of files gone.
    seen: std::sync::atomic::AtomicU32,
}

impl Entry {
    fn new(stamp: Stamp, racy: bool, bytes: u128, articles: &[(Article, ArticleInfo)], d: &[Diagnostic]) -> Entry {
        let gave = payload_bytes(articles, d);
        let check = xxhash_rust::xxh3::xxh3_64(&gave);
        let payload = Payload { range: 0..gave.len(), buf: std::sync::Arc::new(gave.into()) };
        let source = articles.iter().any(|(a, _)| a.front.source.is_some());
        let flags = if source { FLAG_SOURCE } else { 0 } | if d.is_empty() { 0 } else { FLAG_DIAGNOSTICS };
        Entry::with(stamp, racy, bytes, payload, flags, check)
    }

    fn with(stamp: Stamp, racy: bool, bytes: u128, payload: Payload, flags: u8, check: u64) -> Entry {
        Entry { stamp, racy, bytes, payload, flags, check, seen: Default::default() }
    }

    /// The entry can go on undecoded: nothing in it the load must see, and
    /// its payload is the one written.
    fn stays_cached(&self) -> bool {
        self.flags == 0 && xxhash_rust::xxh3::xxh3_64(self.payload.bytes()) == self.check
    }

    /// What the file gave, decoded; `None` if the payload does not decode.
    fn decoded(&self) -> Option<Gave> {
        decode_payload(&self.payload)
    }
}

/// An entry's articles name a raw page as their `source:` (the load gathers those claims).
const FLAG_SOURCE: u8 = 1;
/// An entry holds diagnostics (re-reported on every build).
const FLAG_DIAGNOSTICS: u8 = 2;

/// The articles of a content file whose cache entry a load kept, still as
/// the cache holds them: decoded when something first reads them. A build
/// that adds a day to an archive reads only the few old articles its pages
/// show (the link step takes the rest from its record, `graph::LinkRecord`);
/// decoding every entry was a tenth of it at 10,000 articles.
#[derive(Debug)]
pub struct CachedGroup {
    payload: Payload,
    origin: GroupOrigin,
    decoded: OnceLock<Vec<(Article, ArticleInfo)>>,
}

/// Where the bodies of a cached group's articles are read again (see [`Origin`]).
#[derive(Debug)]
enum GroupOrigin {
    Markdown { path: PathBuf, bytes: u128, stamp: Option<Stamp> },
    Raw(content::RawPageFile),
}

impl GroupOrigin {
    /// Where the `i`-th article's body is.
    fn of(&self, i: usize) -> Origin {
        match self {
            GroupOrigin::Markdown { path, bytes, stamp } => {
                Origin::Markdown { path: path.clone(), bytes: *bytes, stamp: *stamp }
            }
            GroupOrigin::Raw(file) => Origin::Raw(file.clone(), i),
        }
    }
}

impl CachedGroup {
    fn new(payload: Payload, origin: GroupOrigin) -> std::sync::Arc<CachedGroup> {
        std::sync::Arc::new(CachedGroup { payload, origin, decoded: OnceLock::new() })
    }

    /// What a list shows of the `i`-th article: read alone from the
    /// payload for the first one (a Markdown file's only one) while the
    /// group is not decoded, taken from the decoded articles otherwise.
    pub fn item_fields(&self, i: usize) -> ItemFields<'_> {
        if self.decoded.get().is_none()
            && i == 0
            && let Some(fields) = first_item_fields(&self.payload)
        {
            return fields;
        }
        let (a, info) = &self.articles()[i];
        ItemFields::of(a, info)
    }

    /// The group's articles, decoded on the first call.
    pub fn articles(&self) -> &[(Article, ArticleInfo)] {
        self.decoded.get_or_init(|| {
            let (mut articles, _) = decode_payload(&self.payload)
                .expect("a cache payload whose bytes were checked decodes (written by this gazette)");
            for (i, (_, info)) in articles.iter_mut().enumerate() {
                info.origin = self.origin.of(i);
            }
            articles
        })
    }

    /// How many articles the group holds, without decoding them.
    pub fn len(&self) -> usize {
        let b = self.payload.bytes();
        let mut r = Reader::new(b);
        let skip = r.len().and_then(|n| r.take(n)).and_then(|_| r.len());
        skip.unwrap_or_else(|| self.articles().len())
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The articles of one content file, as a load hands them on.
#[derive(Debug)]
pub enum Held {
    Decoded(Vec<(Article, ArticleInfo)>),
    Cached(std::sync::Arc<CachedGroup>),
}

impl Held {
    /// The articles (a cached group's decoded now if not yet).
    pub fn articles(&self) -> &[(Article, ArticleInfo)] {
        match self {
            Held::Decoded(v) => v,
            Held::Cached(g) => g.articles(),
        }
    }

    pub fn len(&self) -> usize {
        match self {
            Held::Decoded(v) => v.len(),
            Held::Cached(g) => g.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The articles as owned values (a new file's, for the appending link; tests and tools).
    pub fn into_articles(self) -> Vec<(Article, ArticleInfo)> {
        match self {
            Held::Decoded(v) => v,
            Held::Cached(g) => g.articles().to_vec(),
        }
    }
}

/// How a content file's entry stood before this load.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Was {
    /// Its entry holds (the same bytes, touched or not): what the previous
    /// load had of it.
    Kept,
    /// No entry: a file the previous load did not have.
    New,
    /// Parsed again: changed, or a raw page imported with other rules.
    Changed,
}

/// What one content file gave a load.
#[derive(Debug)]
pub struct Group {
    /// Its path under `content/` and its bytes, as one hash: the link
    /// step's record names the files it linked by these.
    pub file: u64,
    pub was: Was,
    pub held: Held,
}

impl Group {
    /// A group of articles made in memory (tests and tools).
    pub fn of(articles: Vec<(Article, ArticleInfo)>) -> Group {
        Group { file: 0, was: Was::Changed, held: Held::Decoded(articles) }
    }
}

/// The hash a [`Group`] names its file by.
fn group_file(rel: &str, bytes: Option<u128>) -> u64 {
    xxhash_rust::xxh3::xxh3_64_with_seed(rel.as_bytes(), bytes.map_or(0, |b| b as u64 ^ (b >> 64) as u64))
}

/// What a payload gave, decoded; `None` if it does not decode.
fn decode_payload(payload: &Payload) -> Option<Gave> {
    let mut r = payload_reader(payload)?;
    r.payload().filter(|_| r.b.is_empty() && r.texts == Some(""))
}

/// What a list shows of a payload's first article, read alone (see
/// [`Writer::article`]); `None` if it does not decode.
fn first_item_fields(payload: &Payload) -> Option<ItemFields<'_>> {
    let mut r = payload_reader(payload)?;
    if r.len()? == 0 {
        return None;
    }
    r.item_fields()
}

/// A reader at the start of a payload, its strings checked.
fn payload_reader(payload: &Payload) -> Option<Reader<'_>> {
    let mut r = Reader::new(payload.bytes());
    r.shared = Some(&payload.buf);
    // The payload's strings, checked as one: checking each of a dozen
    // short strings apiece was the largest part of decoding an entry.
    let n = r.len()?;
    r.texts = Some(simdutf8::basic::from_utf8(r.take(n)?).ok()?);
    Some(r)
}

/// The cache file as mapped, or one entry's own bytes.
#[derive(Debug)]
pub(crate) enum Bytes {
    Owned(Vec<u8>),
    /// The file is mapped, not read: reading it copied it into fresh memory
    /// the kernel first zeroed, and it is the largest thing an incremental
    /// build holds (7 MB at 10,000 articles, 71 MB at 100,000). gazette
    /// never writes a file in place (it writes another and renames it, or
    /// appends past what was mapped), so the mapped bytes stay as they were.
    #[cfg_attr(not(unix), allow(dead_code))]
    Mapped(memmap2::Mmap),
}

impl From<Vec<u8>> for Bytes {
    fn from(v: Vec<u8>) -> Bytes {
        Bytes::Owned(v)
    }
}

impl AsRef<[u8]> for Bytes {
    fn as_ref(&self) -> &[u8] {
        self
    }
}

impl std::ops::Deref for Bytes {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            Bytes::Owned(v) => v,
            Bytes::Mapped(m) => m,
        }
    }
}

/// A range of a shared buffer (the cache file as read, or one entry's own).
#[derive(Debug, Clone)]
struct Payload {
    buf: std::sync::Arc<Bytes>,
    range: std::ops::Range<usize>,
}

impl Payload {
    fn bytes(&self) -> &[u8] {
        &self.buf[self.range.clone()]
    }
}

/// The load cache: one entry per content file (by path under `content/`).
#[derive(Debug, Default)]
pub struct LoadCache {
    code: u128,
    /// Hash of the import rules the raw page entries were made with.
    rules: u128,
    /// Looked up and filled once per content file: a fast hash.
    entries: foldhash::HashMap<String, Entry>,
    /// The entries differ from the cache file in the output (it must be written).
    pub changed: bool,
    /// The cache file these entries were read from, when known to hold them.
    file: Option<FileState>,
    /// Files whose entries are new or changed since `file`.
    dirty: Vec<String>,
    /// Files whose entries `file` has but this cache does not.
    gone: Vec<String>,
    /// Counts the loads that used this table ([`Entry::seen`]).
    generation: u32,
    /// The walk's folder record, written with the cache (the one file of
    /// the output that differs between two builds of the same content).
    pub folders: Option<content::folders::FolderRecord>,
}

/// What the cache file in the output holds (see the module comment).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct FileState {
    len: u64,
    /// Bytes of the whole cache at its start; the rest are appended changes.
    base: u64,
    rules: u128,
}

/// Bytes for the cache file: all of it, or changes to append to the file
/// that is there (of `expect` bytes).
#[derive(Debug)]
pub enum CacheBytes {
    Whole(Vec<u8>),
    Append { expect: u64, bytes: Vec<u8> },
}

/// The load step's result.
#[derive(Debug)]
pub struct Loaded {
    /// Per content file, what it gave: handed on as the cache entries held
    /// them, since one flat list meant copying 600 bytes per article into
    /// fresh memory (a tenth of an incremental build at 100,000); a kept
    /// file's still undecoded where nothing in it needs a load's attention
    /// ([`CachedGroup`]).
    pub articles: Vec<Group>,
    pub warnings: Vec<Diagnostic>,
    /// For the next build.
    pub cache: LoadCache,
    /// Files read and parsed (the others came from the cache).
    pub parsed: usize,
    /// The other files under `content/`, which articles may link to.
    pub media: Vec<content::media::MediaFile>,
}

/// The raw pages Markdown articles claim with `source:` (by date and page,
/// however the path is written), and a warning for each claim that names
/// its page otherwise than as `pages/YYYY-MM-DD/NN.txt` of an existing file:
/// such a claim used to miss, and the page's articles came out twice.
struct Claimed {
    pages: HashSet<(Date, u32)>,
    warnings: Vec<Diagnostic>,
}

impl Claimed {
    fn new(claims: &[(&str, &Path)], raw_pages: &[content::RawPageFile], root: &Path) -> Claimed {
        let mut pages = HashSet::new();
        let mut warnings = Vec::new();
        let mut raw_of: Option<std::collections::HashMap<(Date, u32), &str>> = None;
        for &(source, article) in claims {
            let Some(page) = content::load::source_page(source) else { continue };
            pages.insert(page);
            let raw_of =
                raw_of.get_or_insert_with(|| raw_pages.iter().map(|r| ((r.date, r.page), r.rel.as_str())).collect());
            let Some(&rel) = raw_of.get(&page) else { continue };
            if rel != source {
                // The line is looked up only for this rare warning: cached articles keep no text.
                let line = content::article::key_line_in_file(&root.join(article), "source");
                warnings.push(Diagnostic::warning(
                    article,
                    line,
                    usize::from(line > 0),
                    format!(
                        "`source: {source}` is taken as the raw page content/{rel}, which is not imported again; write `source: {rel}`"
                    ),
                ));
            }
        }
        Claimed { pages, warnings }
    }
}

/// Hash of what raw page imports depend on besides the page itself.
fn rules_key(config: &Config) -> u128 {
    let mut h = blake3::Hasher::new();
    h.update(&crate::output::code_id().to_le_bytes());
    h.update(format!("{:?}\0{:?}", config.import, config.topics).as_bytes());
    key_of(&h.finalize())
}

/// Loads and imports every article of the site, reusing `previous` for files
/// that did not change (their articles come without plain text: search reads
/// again the few it needs). All errors of all files are returned together.
pub fn load(root: &Path, config: &Config, previous: LoadCache) -> Result<Loaded> {
    load_scanned(root, content::scan(root), config, previous, TEXT_BUDGET)
}

/// Bytes of plain text a load holds for the search index, by default. The
/// texts of the articles parsed beyond it are dropped, and the index reads
/// them again a chunk at a time (`search::layout::TextSource`): a second
/// Markdown parse of those articles (at 10,000 articles, reading every text
/// again cost the index about 5%), where holding every text was 2 GB of a
/// 400,000-article build's 5.7 GB peak (issue 5: bounded memory). Below it
/// (about 13,000 articles of the generated archive) nothing is read twice.
pub const TEXT_BUDGET: usize = 64 << 20;

/// [`load`] of the files of `scan` (made while the caller read the cache),
/// holding at most `text_budget` bytes of plain text (see [`TEXT_BUDGET`]).
pub fn load_scanned(
    root: &Path,
    scan: content::Scan,
    config: &Config,
    previous: LoadCache,
    text_budget: usize,
) -> Result<Loaded> {
    let now = now_ns();
    let content_dir = root.join("content");
    let dir_text = content_dir.to_str();
    let mut diagnostics = scan.diagnostics;
    let media = scan.media;
    let rules_key = rules_key(config);
    let mut prev = previous;
    if prev.code != crate::output::code_id() {
        prev = LoadCache::default();
    }
    let file = prev.file;
    let raw_ok = prev.rules == rules_key;
    // A load that parses every file does not hold their bodies; one that
    // parses the few that changed does: a file saved again while its
    // build runs (an editor's autosave under `serve`) would otherwise
    // stop that build when its page read it again ("build again").
    let hold_parsed = !prev.entries.is_empty();
    let ctx = Ctx { now, rules: OnceLock::new(), config, texts: TextBudget::new(text_budget) };
    // Each file's entry is looked up and used on every core with the table
    // shared, and stays in it unless the file changed: taking every entry
    // out and putting it back, one by one, was most of this step.
    let generation = prev.generation.wrapping_add(1).max(1);
    let entries = &prev.entries;
    let found = std::sync::atomic::AtomicUsize::new(0);
    // Each key is looked up once (a file is one file): `found` counts entries.
    let look_up = |rel: &str| {
        let e = entries.get(rel)?;
        e.seen.store(generation, std::sync::atomic::Ordering::Relaxed);
        found.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        Some(e)
    };
    // Each path goes on in its articles' origin; its key under `content/`
    // only for a file whose entry changes (most entries stay as they were).
    let md: Vec<(std::borrow::Cow<str>, u64, Outcome)> = scan
        .markdown
        .into_par_iter()
        .zip(scan.markdown_stamps)
        .map(|(path, stamp)| {
            let rel = rel_key(&content_dir, dir_text, &path);
            let shown = || content::load::shown(root, &path);
            let out = ctx.load_file(&path, stamp, &shown, look_up(&rel), |bytes| {
                Ok((vec![Article::from_bytes(&shown(), bytes)?], Vec::new()))
            });
            let file = group_file(&rel, out.bytes);
            let rel = match out.got {
                Got::Kept(_) | Got::Cached(_) => std::borrow::Cow::Borrowed(""),
                _ => rel.into_owned().into(),
            };
            (rel, file, out.bodies_in_file(path, hold_parsed))
        })
        .collect();

    // A Markdown article naming a raw page as its source wins over the page.
    // (Looked for on every core: most articles name none.)
    let claims: Vec<(&str, &Path)> = md
        .par_iter()
        .flat_map_iter(|(_, _, o)| {
            o.articles().iter().filter_map(|(a, _)| Some((a.front.source.as_deref()?, a.source.as_path())))
        })
        .collect();
    let claimed = Claimed::new(&claims, &scan.raw_pages, root);
    diagnostics.extend(claimed.warnings);
    let raw: Vec<(std::borrow::Cow<str>, u64, Outcome)> = scan
        .raw_pages
        .par_iter()
        .zip(scan.raw_stamps)
        .filter(|(p, _)| !claimed.pages.contains(&(p.date, p.page)))
        .map(|(file, stamp)| {
            // Made with other import rules: imported again.
            let e = if raw_ok { look_up(&file.rel) } else { None };
            let shown = || Path::new("content").join(&file.rel);
            let out = ctx.load_file(&file.path, stamp, &shown, e, |bytes| {
                let imported = import::import_bytes(file, bytes, ctx.rules()).map_err(|d| vec![d])?;
                Ok((imported.articles, imported.diagnostics))
            });
            let mut out = out.with_origin(file);
            // Imported again with other rules (so parsed): a page the previous build had.
            out.was_cached |= entries.contains_key(&file.rel);
            (file.rel.as_str().into(), group_file(&file.rel, out.bytes), out)
        })
        .collect();
    drop(claimed.pages);
    // The rules' own warnings (bad patterns in site.yaml) are reported on
    // every build; only these two settings can cause one, and compiling the
    // rules for nothing is a tenth of an incremental build.
    let imp = &config.import;
    if ctx.rules.get().is_some() || !imp.header_patterns.is_empty() || !imp.agencies.is_empty() {
        diagnostics.extend(ctx.rules().warnings.iter().map(|w| Diagnostic::warning("site.yaml", 0, 0, w.clone())));
    }

    // Entries no file of this load looked up are those of files gone
    // (looked for only when some are: a pass over every entry).
    let mut entries = prev.entries;
    let mut gone = Vec::new();
    if found.into_inner() < entries.len() {
        entries.retain(|k, e| {
            let keep = e.seen.load(std::sync::atomic::Ordering::Relaxed) == generation;
            if !keep {
                gone.push(k.clone());
            }
            keep
        });
    }
    let mut cache = LoadCache {
        code: crate::output::code_id(),
        rules: rules_key,
        file,
        entries,
        changed: !gone.is_empty(),
        gone,
        generation,
        ..LoadCache::default()
    };
    let mut articles = Vec::with_capacity(md.len() + raw.len());
    let mut parsed = 0;
    for (rel, file, o) in md.into_iter().chain(raw) {
        diagnostics.extend(o.errors);
        parsed += usize::from(o.parsed);
        cache.changed |= o.changed;
        // Not parsed again: the bytes the entry was made of (touched or
        // racy files were hashed), which `file` names.
        let was = match (o.was_cached, o.parsed) {
            (false, _) => Was::New,
            (true, true) => Was::Changed,
            (true, false) => Was::Kept,
        };
        match o.got {
            Got::Failed => {
                // A file that failed: its old entry (if any) is not to be trusted.
                cache.entries.remove(&*rel);
                cache.gone.push(rel.into_owned());
            }
            Got::Kept((a, d)) => {
                diagnostics.extend(d);
                articles.push(Group { file, was, held: Held::Decoded(a) });
            }
            Got::Cached(_) => unreachable!("every kept entry is given its origin"),
            Got::Lazy(g) => articles.push(Group { file, was, held: Held::Cached(g) }),
            Got::Made(made) => {
                let (e, (a, d)) = *made;
                if o.changed {
                    cache.dirty.push(rel.to_string());
                }
                diagnostics.extend(d);
                // The articles go on to the build; the cache keeps their bytes.
                articles.push(Group { file, was, held: Held::Decoded(a) });
                cache.entries.insert(rel.into_owned(), e);
            }
        }
    }
    let (errors, warnings): (Vec<Diagnostic>, Vec<Diagnostic>) =
        diagnostics.into_iter().partition(Diagnostic::is_error);
    if !errors.is_empty() {
        let mut errors = errors;
        errors.sort_by(|a, b| (&a.path, a.line, a.col).cmp(&(&b.path, b.line, b.col)));
        return Err(Error::invalid_with_warnings(errors, &warnings));
    }
    Ok(Loaded { articles, warnings, cache, parsed, media })
}

/// What loading one file gave.
struct Outcome {
    got: Got,
    /// Hash of the file's bytes, when it was read or its entry holds.
    bytes: Option<u128>,
    /// The file's stamp, unless too recent to trust ([`content::load::RACY_NS`]).
    stamp: Option<Stamp>,
    /// Errors reading the file (not cached: the file is read again next time).
    errors: Vec<Diagnostic>,
    parsed: bool,
    changed: bool,
    /// The table had an entry for the file.
    was_cached: bool,
}

/// What a file's load gave the cache.
enum Got {
    /// Nothing: the file could not be read or parsed (its entry goes).
    Failed,
    /// The entry in the table holds: its articles and diagnostics.
    Kept(Gave),
    /// The entry in the table holds and has nothing but articles: its
    /// payload, undecoded (see [`CachedGroup`])...
    Cached(Payload),
    /// ... with where its articles' bodies are (made on every core: one
    /// allocation per file, which the serial gathering after did).
    Lazy(std::sync::Arc<CachedGroup>),
    /// A new entry for the file, and what it gave: boxed, as only the few
    /// files a build reads make one, and in place it made every file's
    /// outcome of 10,000 twice the size (2.8 MB to collect at 10,000 articles).
    Made(Box<(Entry, Gave)>),
}

impl Got {
    /// The articles it gave, decoded.
    fn gave_mut(&mut self) -> Option<&mut Vec<(Article, ArticleInfo)>> {
        match self {
            Got::Kept((articles, _)) => Some(articles),
            Got::Made(made) => Some(&mut made.1.0),
            Got::Failed | Got::Cached(_) | Got::Lazy(_) => None,
        }
    }
}

impl Outcome {
    fn articles(&self) -> &[(Article, ArticleInfo)] {
        match &self.got {
            // A cached entry's articles claim no raw page ([`FLAG_SOURCE`]).
            Got::Failed | Got::Cached(_) | Got::Lazy(_) => &[],
            Got::Kept((a, _)) => a,
            Got::Made(made) => &made.1.0,
        }
    }

    /// Marks where each article of raw page `file` can be imported again
    /// when it was not imported now.
    fn with_origin(mut self, file: &content::RawPageFile) -> Outcome {
        let origin = GroupOrigin::Raw(file.clone());
        if let Got::Cached(payload) = self.got {
            self.got = Got::Lazy(CachedGroup::new(payload, origin));
        } else if let Some(articles) = self.got.gave_mut()
            && !self.parsed
        {
            for (i, (_, info)) in articles.iter_mut().enumerate() {
                info.origin = origin.of(i);
            }
        }
        self
    }

    /// A Markdown file's outcome: its articles' bodies are read again from
    /// `path` when their pages render, not held (all of them were most of
    /// a full build's memory: 480 MB at 100,000 articles); unless the file
    /// was parsed now and `hold_parsed`.
    fn bodies_in_file(mut self, path: PathBuf, hold_parsed: bool) -> Outcome {
        let (Some(bytes), stamp) = (self.bytes, self.stamp) else { return self };
        if hold_parsed && self.parsed {
            return self;
        }
        if let Got::Cached(payload) = self.got {
            let origin = GroupOrigin::Markdown { path, bytes, stamp };
            self.got = Got::Lazy(CachedGroup::new(payload, origin));
            return self;
        }
        // A Markdown file gives one article: the path moves to it.
        if let Some(articles) = self.got.gave_mut()
            && let Some(((last, last_info), rest)) = articles.split_last_mut()
        {
            for (a, info) in rest {
                a.body = String::new();
                info.origin = Origin::Markdown { path: path.clone(), bytes, stamp };
            }
            last.body = String::new();
            last_info.origin = Origin::Markdown { path, bytes, stamp };
        }
        self
    }
}

struct Ctx<'a> {
    now: i64,
    rules: OnceLock<ImportRules>,
    config: &'a Config,
    texts: TextBudget,
}

/// The plain texts a load holds, up to a budget, taken first come first
/// served on every core: which articles' texts are held changes no output.
struct TextBudget {
    left: std::sync::atomic::AtomicUsize,
}

impl TextBudget {
    fn new(bytes: usize) -> Self {
        TextBudget { left: std::sync::atomic::AtomicUsize::new(bytes) }
    }

    /// Takes `bytes` from the budget if they fit.
    fn take(&self, bytes: usize) -> bool {
        use std::sync::atomic::Ordering::Relaxed;
        self.left.fetch_update(Relaxed, Relaxed, |left| left.checked_sub(bytes)).is_ok()
    }
}

impl Ctx<'_> {
    /// Compiled only when some raw page must be imported.
    fn rules(&self) -> &ImportRules {
        self.rules.get_or_init(|| ImportRules::new(&self.config.import, &self.config.topics))
    }

    /// Loads one file, `stamp` what the scan saw of it (else it is looked
    /// up now), `shown` its path for messages.
    fn load_file(
        &self,
        path: &Path,
        stamp: Option<Stamp>,
        shown: &dyn Fn() -> PathBuf,
        previous: Option<&Entry>,
        parse: impl Fn(&[u8]) -> ParseResult,
    ) -> Outcome {
        let was_cached = previous.is_some();
        let failed = |e: std::io::Error| Outcome {
            got: Got::Failed,
            bytes: None,
            stamp: None,
            errors: vec![Diagnostic::error(shown(), 0, 0, e.to_string())],
            parsed: true,
            changed: true,
            was_cached,
        };
        let stamp = match stamp.map_or_else(|| std::fs::metadata(path).map(|m| Stamp::of(&m)), Ok) {
            Ok(s) => s,
            Err(e) => return failed(e),
        };
        let racy = stamp.is_racy(self.now);
        let trusted = (!racy).then_some(stamp);
        let mut bytes = None;
        let kept = |got| Outcome {
            got,
            bytes: previous.map(|e| e.bytes),
            stamp: trusted,
            errors: Vec::new(),
            parsed: false,
            changed: false,
            was_cached,
        };
        // Unchanged and nothing in it but articles: not decoded now.
        if let Some(e) = previous.filter(|e| e.stamp == stamp && !e.racy && e.stays_cached()) {
            return kept(Got::Cached(e.payload.clone()));
        }
        // An entry whose bytes do not decode is no entry: the file is parsed again.
        if let Some((e, gave)) = previous.and_then(|e| Some((e, e.decoded()?))) {
            if e.stamp == stamp && !e.racy {
                return kept(Got::Kept(gave));
            }
            let b = match std::fs::read(path) {
                Ok(b) => b,
                Err(err) => return failed(err),
            };
            if hash_bytes(&b) == e.bytes {
                let changed = e.stamp != stamp || e.racy != racy;
                let made = Entry::with(stamp, racy, e.bytes, e.payload.clone(), e.flags, e.check);
                return Outcome {
                    got: Got::Made(Box::new((made, gave))),
                    bytes: Some(e.bytes),
                    stamp: trusted,
                    errors: Vec::new(),
                    parsed: false,
                    changed,
                    was_cached,
                };
            }
            bytes = Some(b);
        }
        let bytes = match bytes.map_or_else(|| std::fs::read(path), Ok) {
            Ok(b) => b,
            Err(err) => return failed(err),
        };
        match parse(&bytes) {
            Ok((articles, diagnostics)) => {
                let articles: Vec<(Article, ArticleInfo)> = articles
                    .into_iter()
                    .map(|a| {
                        let mut info = info_of(&a);
                        // Only the search index reads it: held for every
                        // article it was most of a full build's memory.
                        if !self.config.search || !self.texts.take(info.text.len()) {
                            info.text = String::new();
                        }
                        (a, info)
                    })
                    .collect();
                let hash = hash_bytes(&bytes);
                let entry = Entry::new(stamp, racy, hash, &articles, &diagnostics);
                Outcome {
                    got: Got::Made(Box::new((entry, (articles, diagnostics)))),
                    bytes: Some(hash),
                    stamp: trusted,
                    errors: Vec::new(),
                    parsed: true,
                    changed: true,
                    was_cached,
                }
            }
            Err(errors) => {
                Outcome { got: Got::Failed, bytes: None, stamp: None, errors, parsed: true, changed: true, was_cached }
            }
        }
    }
}

type ParseResult = std::result::Result<(Vec<Article>, Vec<Diagnostic>), Vec<Diagnostic>>;

/// Hash, text, summary and code flag of an article just parsed.
pub fn info_of(a: &Article) -> ArticleInfo {
    let markdown::BodyText { text, has_code, summary } = markdown::body_text(&a.body, SUMMARY_CHARS);
    let media = content::media::article_folder(&a.source)
        .map(|folder| content::media::refs_of(&a.body, &folder, a.body_line))
        .unwrap_or_default();
    ArticleInfo {
        hash: article_hash(a),
        terms: terms_hash(a),
        summary: summary.into(),
        text,
        has_code,
        media,
        origin: Origin::InMemory,
    }
}

/// Hash of the parts of an article the search index reads.
pub fn terms_hash(a: &Article) -> u128 {
    let f = &a.front;
    let mut w = Writer::default();
    w.str(&f.title);
    w.str(f.subtitle.as_deref().unwrap_or(""));
    for list in [&f.reporters, &f.tags] {
        w.u64(list.len() as u64);
        for v in list {
            w.str(v);
        }
    }
    w.str(&a.body);
    hash_bytes(&w.0)
}

/// Hash of everything an article is made of.
pub fn article_hash(a: &Article) -> u128 {
    let mut w = Writer::default();
    w.article(a, None);
    w.str(&a.body);
    hash_bytes(&w.0)
}

/// The body of an article loaded from the cache, read again from its file.
/// The file must still hold what the cache said (else the build would show
/// two versions of it); if it changed meanwhile, the build is run again.
/// (A build reads many: [`Bodies`].)
pub fn reload_body(root: &Path, config: &Config, article: &Article, info: &ArticleInfo) -> Result<String> {
    Bodies::new(root, config).body(article, info)
}

/// Reads again the bodies of articles a build does not hold
/// ([`reload_body`]), importing each raw page at most once per build, its
/// rules compiled once. Importing the page, rules and all, for each of its
/// articles made a day's build of an archive of raw pages slower than a
/// full build (2,561 articles: 4.6 s against 2.4 s), the search index
/// reading the texts of its newest segment again. The pages imported stay
/// until the build drops this.
pub struct Bodies<'a> {
    root: std::borrow::Cow<'a, Path>,
    config: std::borrow::Cow<'a, Config>,
    rules: OnceLock<ImportRules>,
    pages: RawPages,
}

/// Each raw page's articles as imported again, by file, filled once.
type RawPages = std::sync::Mutex<std::collections::HashMap<PathBuf, std::sync::Arc<OnceLock<ImportedPage>>>>;
type ImportedPage = std::result::Result<Vec<Article>, Diagnostic>;

impl<'a> Bodies<'a> {
    pub fn new(root: &'a Path, config: &'a Config) -> Self {
        Bodies::of(root.into(), std::borrow::Cow::Borrowed(config))
    }

    /// Bodies that outlive the build which made them: the preview server's
    /// search index reads texts again in the background, after the build.
    pub fn owned(root: PathBuf, config: Config) -> Bodies<'static> {
        Bodies::of(root.into(), std::borrow::Cow::Owned(config))
    }

    fn of(root: std::borrow::Cow<'a, Path>, config: std::borrow::Cow<'a, Config>) -> Self {
        Bodies { root, config, rules: OnceLock::new(), pages: Default::default() }
    }

    /// See [`reload_body`].
    pub fn body(&self, article: &Article, info: &ArticleInfo) -> Result<String> {
        self.body_of(&info.origin, info.hash, &article.body)
    }

    /// The body of an article from `origin` that hashed to `hash`
    /// ([`article_hash`]) when the build loaded it; `held`, the body an
    /// article made in memory holds (there is no file to read it from).
    pub fn body_of(&self, origin: &Origin, hash: u128, held: &str) -> Result<String> {
        let root = &*self.root;
        let again = |p: &Path| {
            Error::Invalid(vec![Diagnostic::error(p, 0, 0, "changed while the site was being built; build again")])
        };
        let invalid = |d: Vec<Diagnostic>| Error::Invalid(d);
        let fresh = match origin {
            Origin::InMemory => return Ok(held.to_string()),
            Origin::Markdown { path, bytes, stamp } => {
                let (b, now) = read_with_stamp(path).map_err(|e| Error::io(content::load::shown(root, path), e))?;
                // The bytes the load step parsed: their body is the one it
                // split off (no need to parse the front matter again).
                if (*stamp == Some(now) || hash_bytes(&b) == *bytes)
                    && let Some(split) = simdutf8::basic::from_utf8(&b).ok().and_then(content::front_matter::split)
                {
                    return Ok(split.body.to_string());
                }
                Article::from_bytes(&content::load::shown(root, path), &b).map_err(invalid)?
            }
            Origin::Raw(file, i) => match self.raw_article(file, *i) {
                Ok(Some(a)) => a,
                Ok(None) => return Err(again(&file.path)),
                Err(d) => return Err(invalid(vec![d])),
            },
        };
        if article_hash(&fresh) != hash {
            return Err(again(&fresh.source));
        }
        Ok(fresh.body)
    }

    /// The `i`-th article of a raw page, the page imported on the first ask.
    fn raw_article(&self, file: &content::RawPageFile, i: usize) -> std::result::Result<Option<Article>, Diagnostic> {
        let cell = {
            let mut pages = self.pages.lock().unwrap_or_else(|e| e.into_inner());
            pages.entry(file.path.clone()).or_default().clone()
        };
        // Imported outside the lock: other pages go on meanwhile.
        let rules = || self.rules.get_or_init(|| ImportRules::new(&self.config.import, &self.config.topics));
        match cell.get_or_init(|| import::import_file(file, rules()).map(|imported| imported.articles)) {
            Ok(articles) => Ok(articles.get(i).cloned()),
            Err(d) => Err(d.clone()),
        }
    }
}

/// A file's bytes and its stamp as it was read (from the open file, so
/// that both are of the same file).
fn read_with_stamp(path: &Path) -> std::io::Result<(Vec<u8>, Stamp)> {
    use std::io::Read;
    let mut f = std::fs::File::open(path)?;
    let stamp = Stamp::of(&f.metadata()?);
    let mut b = Vec::with_capacity(stamp.size as usize);
    f.read_to_end(&mut b)?;
    Ok((b, stamp))
}

/// `p`'s key in the load cache: its path under `content_dir`, `/`-separated.
/// `dir_text` is `content_dir` as text, worked out once for every file of a
/// load.
fn rel_key<'a>(content_dir: &Path, dir_text: Option<&str>, p: &'a Path) -> std::borrow::Cow<'a, str> {
    // Walked paths are the folder, `/` and plain names: cut the string
    // (building it from components is a few percent of an incremental build),
    // borrowed (a string per file was 10,000 allocations of a +1 day build
    // at 10k, for keys only the files that changed keep). The folder's text
    // is checked once, the path's with SIMD, its parts as the output's paths
    // are (`is_safe_rel`): checking both as UTF-8 with std and splitting
    // each path into its parts was 5% of a build with nothing to do.
    if std::path::MAIN_SEPARATOR == '/'
        && let (Some(dir), Ok(path)) = (dir_text, simdutf8::basic::from_utf8(p.as_os_str().as_encoded_bytes()))
        && let Some(rest) = path.strip_prefix(dir).and_then(|r| r.strip_prefix('/'))
        && crate::output::is_safe_rel(rest)
    {
        return rest.into();
    }
    let rel = p.strip_prefix(content_dir).unwrap_or(p);
    rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/").into()
}

/// `path` mapped (read where it cannot be mapped); `None` if it cannot be read.
/// Mapped on Unix only: Windows refuses to replace a mapped file, and the
/// preview server holds the cache it read while its next build replaces it.
pub(crate) fn map_file(path: &Path) -> Option<Bytes> {
    #[cfg(unix)]
    {
        let f = std::fs::File::open(path).ok()?;
        // SAFETY: the mapping is read only and gazette changes no file it
        // may have mapped in place (see `Bytes::Mapped`); another program
        // truncating the cache file while a build runs is the risk taken, as
        // by every tool that maps its caches.
        // Populated: every page of it is read, so all are mapped in one
        // call rather than on a fault per 4 KiB as they are first touched.
        if let Ok(m) = unsafe { memmap2::MmapOptions::new().populate().map(&f) } {
            return Some(Bytes::Mapped(m));
        }
    }
    std::fs::read(path).ok().map(Bytes::Owned)
}

impl LoadCache {
    /// The cache in `out`, or an empty one (missing, corrupt, other version).
    pub fn read(out: &Path) -> LoadCache {
        map_file(&out.join(CACHE_FILE)).and_then(decode_cache).unwrap_or_default()
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The whole cache file. Entries go in segments of `SEGMENT` files,
    /// each prefixed by its length, so that both encoding and decoding run on
    /// every core.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer::default();
        w.0.extend_from_slice(MAGIC);
        w.u128(self.code);
        w.u128(self.rules);
        let mut keys: Vec<&String> = self.entries.keys().collect();
        keys.sort();
        let segments: Vec<Vec<u8>> = keys
            .par_chunks(SEGMENT)
            .map(|keys| {
                let mut w = Writer::default();
                for k in keys {
                    encode_entry(&mut w, k, &self.entries[*k]);
                }
                w.0
            })
            .collect();
        // Room for the folder record too: it is written after the entries,
        // and growing the buffer then copied the whole cache into twice
        // its room (15 MB more at the peak of a full build at 10,000).
        let folders = self.folders.as_ref().map(|f| f.whole.as_slice());
        w.0.reserve(block_len(&segments) + folders.map_or(0, |f| f.len() + 16));
        put_block(&mut w, segments);
        if let Some(f) = folders {
            put_folders(&mut w, f);
        }
        w.0
    }

    /// What to write for the next build: `None` when the file in the output
    /// already holds these entries. With `append` (the output's files stay
    /// where they are) only the changes, when the file read can take them.
    pub fn encode(&self, append: bool) -> Option<CacheBytes> {
        let listed = self.folders.as_ref().and_then(|f| f.listed.as_ref());
        if !self.changed && listed.is_none() {
            return None;
        }
        match self.file {
            Some(f) if append && f.rules == self.rules && (f.len - f.base) * 8 < f.base => {
                let mut w = Writer::default();
                for k in &self.gone {
                    w.bool(false);
                    w.str(k);
                }
                for k in &self.dirty {
                    encode_entry(&mut w, k, &self.entries[k]);
                }
                let mut block = Writer::default();
                if self.changed {
                    put_block(&mut block, vec![w.0]);
                }
                if let Some(listed) = listed {
                    put_folders(&mut block, listed);
                }
                Some(CacheBytes::Append { expect: f.len, bytes: block.0 })
            }
            _ => Some(CacheBytes::Whole(self.to_bytes())),
        }
    }

    /// Stages `bytes` from [`LoadCache::encode`] (or keeps the file in `out`
    /// when there are none) and records what the file will hold once the
    /// build is committed.
    pub fn stage(&mut self, staging: &Staging, out: &Path, bytes: Option<CacheBytes>) -> Result<()> {
        let path = out.join(CACHE_FILE);
        let bytes = match bytes {
            // Someone else's file since it was read: written whole.
            Some(CacheBytes::Append { expect, .. })
                if std::fs::metadata(&path).map(|m| m.len()).ok() != Some(expect) =>
            {
                Some(CacheBytes::Whole(self.to_bytes()))
            }
            None if !(path.is_file() && staging.reuse(CACHE_FILE)?) => Some(CacheBytes::Whole(self.to_bytes())),
            b => b,
        };
        match bytes {
            Some(CacheBytes::Whole(bytes)) => {
                let len = bytes.len() as u64;
                // Handed over, not copied: held until the commit, the whole
                // cache (7.5 MB at 10,000 articles) was copied first.
                staging.write(OutputFile { path: CACHE_FILE.into(), bytes })?;
                self.file = Some(FileState { len, base: len, rules: self.rules });
            }
            Some(CacheBytes::Append { expect, bytes }) => {
                let len = bytes.len() as u64;
                staging.append(CACHE_FILE, expect, bytes)?;
                self.file = self.file.map(|f| FileState { len: expect + len, ..f });
            }
            None => {}
        }
        self.dirty.clear();
        self.gone.clear();
        Ok(())
    }
}

/// A folder record's block ([`FOLDER_BLOCK`], its length, the record).
fn put_folders(w: &mut Writer, record: &[u8]) {
    w.u64(FOLDER_BLOCK);
    w.u64(record.len() as u64);
    w.0.extend_from_slice(record);
}

/// The bytes [`put_block`] writes for `segments`.
fn block_len(segments: &[Vec<u8>]) -> usize {
    segments.iter().map(|s| s.len() + 8).sum::<usize>() + 8
}

/// A block of segments: their count, then each with its length.
fn put_block(w: &mut Writer, segments: Vec<Vec<u8>>) {
    w.0.reserve(block_len(&segments));
    w.u64(segments.len() as u64);
    for seg in segments {
        w.u64(seg.len() as u64);
        w.0.extend_from_slice(&seg);
    }
}

/// A block of the cache file: a whole cache's or a build's entries (in
/// segments), or the walk's folder record ([`content::folders`]).
enum CacheBlock<'a> {
    Entries(Vec<&'a [u8]>),
    Folders(&'a [u8]),
}

/// A block's segment count that marks a folder record instead of entries.
const FOLDER_BLOCK: u64 = u64::MAX;

/// What a cache file of this gazette holds: the rules it was made with, and
/// its blocks in order, each with where it ends.
struct CacheFile<'a> {
    rules: u128,
    blocks: Vec<(CacheBlock<'a>, usize)>,
}

/// The cache file's parts; `None` for a file that is not a whole one, or
/// that another build of gazette made.
fn cache_blocks(file: &[u8]) -> Option<CacheFile<'_>> {
    let mut r = Reader::new(file.strip_prefix(MAGIC.as_slice())?);
    if r.u128()? != crate::output::code_id() {
        return None;
    }
    let rules = r.u128()?;
    let mut blocks = Vec::new();
    while !r.b.is_empty() {
        let n = r.u64()?;
        let block = if n == FOLDER_BLOCK {
            let len = r.len()?;
            CacheBlock::Folders(r.take(len)?)
        } else {
            let mut segments = Vec::new();
            for _ in 0..n {
                let len = r.len()?;
                segments.push(r.take(len)?);
            }
            CacheBlock::Entries(segments)
        };
        blocks.push((block, file.len() - r.b.len()));
    }
    Some(CacheFile { rules, blocks })
}

/// The folder record the cache file in `out` holds (its whole one and those
/// later builds appended), for the walk: read beside the cache, which the
/// walk does not wait for.
pub fn read_folders(out: &Path) -> Option<content::folders::Folders> {
    let bytes = map_file(&out.join(CACHE_FILE))?;
    let records: Vec<std::ops::Range<usize>> = {
        let CacheFile { blocks, .. } = cache_blocks(&bytes)?;
        let at = |b: &[u8]| b.as_ptr() as usize - bytes.as_ptr() as usize;
        blocks
            .iter()
            .filter_map(|(b, _)| match b {
                CacheBlock::Folders(f) => Some(at(f)..at(f) + f.len()),
                CacheBlock::Entries(_) => None,
            })
            .collect()
    };
    content::folders::Folders::parse(bytes, records)
}

/// The cache in `file`, which its entries keep (their payloads are slices of it).
fn decode_cache(file: impl Into<Bytes>) -> Option<LoadCache> {
    let buf = std::sync::Arc::new(file.into());
    let b: &[u8] = &buf;
    let CacheFile { rules, blocks } = cache_blocks(b)?;
    // The whole cache (its entries, and the folder record right after
    // them), then the blocks appended by later builds, in order.
    let mut segments = Vec::new();
    let mut base = None;
    for (i, (block, end)) in blocks.into_iter().enumerate() {
        let folders = matches!(block, CacheBlock::Folders(_));
        if let CacheBlock::Entries(s) = block {
            segments.extend(s);
        }
        if i == 0 || (i == 1 && folders) {
            base = Some(end as u64);
        }
    }
    let len = b.len() as u64;
    // An entry, or `None` for a file whose entry is gone.
    type Decoded = (String, Option<Entry>);
    let decoded: Option<Vec<Vec<Decoded>>> = segments
        .into_par_iter()
        .map(|b| {
            let mut r = Reader::new(b);
            let mut out = Vec::with_capacity(SEGMENT);
            while !r.b.is_empty() {
                out.push(decode_entry(&mut r, &buf)?);
            }
            Some(out)
        })
        .collect();
    let decoded = decoded?;
    let n = decoded.iter().map(Vec::len).sum();
    let mut entries = foldhash::HashMap::with_capacity_and_hasher(n, Default::default());
    for (key, e) in decoded.into_iter().flatten() {
        match e {
            Some(e) => entries.insert(key, e),
            None => entries.remove(&key),
        };
    }
    let file = Some(FileState { len, base: base?, rules });
    Some(LoadCache { code: crate::output::code_id(), rules, entries, file, ..LoadCache::default() })
}

/// Files per segment of the cache file.
const SEGMENT: usize = 512;

/// An entry is `true`, its file and what it gave; `false` and a file is
/// one whose entry is gone.
fn encode_entry(w: &mut Writer, k: &str, e: &Entry) {
    w.bool(true);
    w.str(k);
    w.u64(e.stamp.size);
    w.i64(e.stamp.mtime);
    w.i64(e.stamp.ctime);
    w.u64(e.stamp.ino);
    w.bool(e.racy);
    w.u128(e.bytes);
    w.u64(u64::from(e.flags));
    w.u64(e.check);
    w.u64(e.payload.range.len() as u64);
    w.0.extend_from_slice(e.payload.bytes());
}

/// An entry read from `r`, a slice of `buf` (which its payload keeps).
fn decode_entry(r: &mut Reader<'_>, buf: &std::sync::Arc<Bytes>) -> Option<(String, Option<Entry>)> {
    let present = r.bool()?;
    let key = r.str()?;
    if !present {
        return Some((key, None));
    }
    let stamp = Stamp { size: r.u64()?, mtime: r.i64()?, ctime: r.i64()?, ino: r.u64()? };
    let racy = r.bool()?;
    let bytes = r.u128()?;
    let flags = u8::try_from(r.u64()?).ok()?;
    let check = r.u64()?;
    let len = r.len()?;
    let start = r.b.as_ptr() as usize - buf.as_ptr() as usize;
    r.b = r.b.get(len..)?;
    let payload = Payload { buf: buf.clone(), range: start..start + len };
    Some((key, Some(Entry::with(stamp, racy, bytes, payload, flags, check))))
}

/// Little-endian fixed-width numbers, length-prefixed strings; when the
/// second buffer is set, it takes the strings' bytes and the first keeps
/// their lengths (see [`payload_bytes`]).
#[derive(Default)]
struct Writer(Vec<u8>, Option<Vec<u8>>);

/// What a content file gave, as its cache entry holds it: the length of its
/// strings' bytes, those bytes, then the rest (numbers and string lengths),
/// so that a read checks the strings as UTF-8 once.
fn payload_bytes(articles: &[(Article, ArticleInfo)], diagnostics: &[Diagnostic]) -> Vec<u8> {
    let mut w = Writer(Vec::new(), Some(Vec::new()));
    w.payload(articles, diagnostics);
    let texts = w.1.take().unwrap_or_default();
    let mut out = Writer(Vec::with_capacity(texts.len() + w.0.len() + 8), None);
    out.u64(texts.len() as u64);
    out.0.extend_from_slice(&texts);
    out.0.extend_from_slice(&w.0);
    out.0
}

impl Writer {
    fn u64(&mut self, v: u64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn i64(&mut self, v: i64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn u128(&mut self, v: u128) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn bool(&mut self, v: bool) {
        self.0.push(u8::from(v));
    }
    fn str(&mut self, s: &str) {
        self.u64(s.len() as u64);
        match &mut self.1 {
            Some(texts) => texts.extend_from_slice(s.as_bytes()),
            None => self.0.extend_from_slice(s.as_bytes()),
        }
    }
    fn path(&mut self, p: &Path) {
        self.str(&p.to_string_lossy());
    }
    fn opt_str(&mut self, s: &Option<String>) {
        self.bool(s.is_some());
        if let Some(s) = s {
            self.str(s);
        }
    }
    fn opt_u32(&mut self, v: Option<u32>) {
        self.bool(v.is_some());
        if let Some(v) = v {
            self.u64(u64::from(v));
        }
    }
    fn strs(&mut self, v: &[String]) {
        self.u64(v.len() as u64);
        for s in v {
            self.str(s);
        }
    }
    fn date(&mut self, d: Date) {
        self.i64(i64::from(d.year));
        self.u64(u64::from(d.month));
        self.u64(u64::from(d.day));
    }
    /// What a file gave: its articles without body and text, and its diagnostics.
    fn payload(&mut self, articles: &[(Article, ArticleInfo)], diagnostics: &[Diagnostic]) {
        self.u64(articles.len() as u64);
        for (a, info) in articles {
            let ArticleInfo { hash, terms, summary, text: _, has_code, media, origin: _ } = info;
            self.article(a, Some(summary));
            self.u128(*hash);
            self.u128(*terms);
            self.bool(*has_code);
            self.u64(media.len() as u64);
            for r in media {
                self.u64(u64::from(r.line));
                self.str(&r.written);
                self.str(&r.rel);
            }
        }
        self.u64(diagnostics.len() as u64);
        for d in diagnostics {
            self.bool(d.severity == Severity::Error);
            self.path(&d.path);
            self.u64(d.line as u64);
            self.u64(d.col as u64);
            self.str(&d.message);
        }
    }

    /// Everything of an article but the body: first what a list shows of it
    /// ([`ItemFields`]; in a payload, `summary` among them, so that
    /// [`CachedGroup::item_fields`] reads them alone), then the rest.
    fn article(&mut self, a: &Article, summary: Option<&str>) {
        // No `..`: a new field must be added here too (or this fails to compile).
        let FrontMatter {
            title,
            subtitle,
            kicker,
            date,
            section,
            page,
            reporters,
            contributors,
            agency,
            dateline,
            topic,
            tags,
            continued_from,
            continued_to,
            truncated,
            slug,
            source,
        } = &a.front;
        self.str(title);
        self.opt_str(subtitle);
        self.date(date.date);
        self.opt_str(section);
        self.opt_u32(*page);
        self.strs(reporters);
        if let Some(summary) = summary {
            self.str(summary);
        }
        self.opt_str(kicker);
        self.opt_str(&date.datetime);
        self.strs(contributors);
        self.opt_str(agency);
        self.bool(dateline.is_some());
        if let Some(d) = dateline {
            self.opt_str(&d.place);
            self.bool(d.date.is_some());
            if let Some(x) = d.date {
                self.date(x);
            }
        }
        self.opt_str(topic);
        self.strs(tags);
        self.opt_u32(*continued_from);
        self.opt_u32(*continued_to);
        self.bool(*truncated);
        self.opt_str(slug);
        self.opt_str(source);
        self.path(&a.source);
        self.opt_u32(a.order);
        self.u64(u64::from(a.body_line));
    }
}

struct Reader<'a> {
    b: &'a [u8],
    /// A payload's strings, checked (see [`payload_bytes`]): strings are
    /// taken from here, their lengths from `b`.
    texts: Option<&'a str>,
    /// The buffer `b` and `texts` are slices of, when one is shared: a
    /// summary is kept as a slice of it ([`SharedText`]).
    shared: Option<&'a std::sync::Arc<Bytes>>,
}

/// What a file gave: its articles (bodies and texts empty, origins
/// `InMemory` when read from the cache) and diagnostics.
type Gave = (Vec<(Article, ArticleInfo)>, Vec<Diagnostic>);

impl<'a> Reader<'a> {
    fn new(b: &'a [u8]) -> Self {
        Reader { b, texts: None, shared: None }
    }
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if self.b.len() < n {
            return None;
        }
        let (x, rest) = self.b.split_at(n);
        self.b = rest;
        Some(x)
    }
    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }
    fn i64(&mut self) -> Option<i64> {
        Some(i64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }
    fn u128(&mut self) -> Option<u128> {
        Some(u128::from_le_bytes(self.take(16)?.try_into().ok()?))
    }
    fn u32(&mut self) -> Option<u32> {
        u32::try_from(self.u64()?).ok()
    }
    /// A count, checked against what is left so a corrupt file cannot ask for huge allocations.
    fn len(&mut self) -> Option<usize> {
        let n = usize::try_from(self.u64()?).ok()?;
        (n <= self.b.len()).then_some(n)
    }
    fn bool(&mut self) -> Option<bool> {
        match self.take(1)?[0] {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }
    /// A string, borrowed from the payload's strings (or, outside a
    /// payload, from the bytes).
    fn text(&mut self) -> Option<&'a str> {
        if let Some(texts) = self.texts {
            let n = usize::try_from(self.u64()?).ok()?;
            // `get` fails for a length off the end or inside a character.
            let s = texts.get(..n)?;
            self.texts = Some(&texts[n..]);
            return Some(s);
        }
        let n = self.len()?;
        // Checked with SIMD: std's check of Chinese text was a fifth of
        // reading the cache (most of its bytes are titles and leads).
        simdutf8::basic::from_utf8(self.take(n)?).ok()
    }
    fn str(&mut self) -> Option<String> {
        self.text().map(str::to_owned)
    }
    fn opt_text(&mut self) -> Option<Option<&'a str>> {
        Some(if self.bool()? { Some(self.text()?) } else { None })
    }
    /// `s`, a string this reader gave, kept as a slice of the shared buffer
    /// when there is one.
    fn shared(&self, s: &'a str) -> Option<SharedText> {
        match (self.shared, self.texts) {
            (Some(buf), Some(_)) => SharedText::within(buf.clone(), s),
            _ => Some(SharedText::from(s.to_owned())),
        }
    }
    fn path(&mut self) -> Option<PathBuf> {
        self.str().map(PathBuf::from)
    }
    fn opt_str(&mut self) -> Option<Option<String>> {
        Some(if self.bool()? { Some(self.str()?) } else { None })
    }
    fn opt_u32(&mut self) -> Option<Option<u32>> {
        Some(if self.bool()? { Some(self.u32()?) } else { None })
    }
    /// A list of strings, borrowed.
    fn texts(&mut self) -> Option<Vec<&'a str>> {
        let n = self.len()?;
        // A loop, not a collect into `Option`: that cost twice as much for
        // the two or three names of a list. (`n` is checked against the
        // bytes left, not against a list's size: the capacity is capped.)
        let mut v = Vec::with_capacity(n.min(16));
        for _ in 0..n {
            v.push(self.text()?);
        }
        Some(v)
    }
    fn strs(&mut self) -> Option<Vec<String>> {
        Some(self.texts()?.into_iter().map(str::to_owned).collect())
    }
    fn date(&mut self) -> Option<Date> {
        let y = i32::try_from(self.i64()?).ok()?;
        Date::new(y, self.u32()?, self.u32()?)
    }
    /// What [`Writer::payload`] wrote.
    fn payload(&mut self) -> Option<Gave> {
        let na = self.len()?;
        let mut articles = Vec::with_capacity(na.min(1024));
        for _ in 0..na {
            articles.push(self.article()?);
        }
        let nd = self.len()?;
        let mut diagnostics = Vec::with_capacity(nd.min(1024));
        for _ in 0..nd {
            let severity = if self.bool()? { Severity::Error } else { Severity::Warning };
            diagnostics.push(Diagnostic {
                severity,
                path: self.path()?,
                line: self.u64()? as usize,
                col: self.u64()? as usize,
                message: self.str()?,
            });
        }
        Some((articles, diagnostics))
    }

    /// What [`Writer::article`] wrote: first what a list shows.
    fn item_fields(&mut self) -> Option<ItemFields<'a>> {
        let title = self.text()?;
        let subtitle = self.opt_text()?;
        let date = self.date()?;
        let section = self.opt_text()?;
        let page = self.opt_u32()?;
        let reporters = self.texts()?;
        let summary = self.text()?;
        Some(ItemFields { title, subtitle, date, page, section, reporters, summary })
    }

    fn article(&mut self) -> Option<(Article, ArticleInfo)> {
        let item = self.item_fields()?;
        let summary = self.shared(item.summary)?;
        let kicker = self.opt_str()?;
        let date = DateField { date: item.date, datetime: self.opt_str()? };
        let contributors = self.strs()?;
        let agency = self.opt_str()?;
        let dateline = if self.bool()? {
            let place = self.opt_str()?;
            let date = if self.bool()? { Some(self.date()?) } else { None };
            Some(Dateline { place, date })
        } else {
            None
        };
        let front = FrontMatter {
            title: item.title.to_owned(),
            subtitle: item.subtitle.map(str::to_owned),
            kicker,
            date,
            section: item.section.map(str::to_owned),
            page: item.page,
            reporters: item.reporters.iter().map(|r| r.to_string()).collect(),
            contributors,
            agency,
            dateline,
            topic: self.opt_str()?,
            tags: self.strs()?,
            continued_from: self.opt_u32()?,
            continued_to: self.opt_u32()?,
            truncated: self.bool()?,
            slug: self.opt_str()?,
            source: self.opt_str()?,
        };
        let article = Article {
            front,
            body: String::new(),
            source: self.path()?,
            order: self.opt_u32()?,
            body_line: self.u32()?,
        };
        let info = ArticleInfo {
            hash: self.u128()?,
            terms: self.u128()?,
            summary,
            has_code: self.bool()?,
            media: {
                let n = self.len()?;
                (0..n)
                    .map(|_| Some(MediaRef { line: self.u32()?, written: self.str()?, rel: self.str()? }))
                    .collect::<Option<Vec<_>>>()?
            },
            text: String::new(),
            origin: Origin::InMemory,
        };
        Some((article, info))
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn rel_key_cut_matches_the_components() {
        let slow = |d: &Path, p: &Path| {
            let rel = p.strip_prefix(d).unwrap_or(p);
            rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
        };
        let d = Path::new("/site/content");
        for p in [
            "/site/content/a/b.md",
            "/site/content/x.md",
            "/site/content//a/./b.md",
            "/site/content/a/../b.md",
            "/site/content/a\\b:c.md",
            "/site/content/",
            "/site/contents/a.md",
            "/other/a.md",
        ] {
            assert_eq!(rel_key(d, d.to_str(), Path::new(p)), slow(d, Path::new(p)), "{p}");
        }
    }

    use super::*;
    use crate::content::load::RACY_NS;

    fn sample() -> Article {
        let text = "---\ntitle: 标题\nsubtitle: 副\ndate: 2026-02-11T08:00:00+08:00\nsection: 要闻\npage: 2\n\
                    reporters: [朱迪, 李楠]\ndateline: {place: 天津, date: 2026-02-10}\ntopic: 教育\ntags: [a, b]\n\
                    continued_to: 3\ntruncated: true\nslug: x\nsource: pages/2026-02-11/02.txt\n---\n\n正文。\n";
        Article::parse(Path::new("content/a/02-01.md"), text).unwrap()
    }

    fn sample_info(summary: &str) -> ArticleInfo {
        ArticleInfo {
            hash: 7,
            terms: 9,
            summary: SharedText::from(summary.to_owned()),
            has_code: true,
            media: vec![MediaRef { line: 3, written: "a.jpg".into(), rel: "a/a.jpg".into() }],
            ..ArticleInfo::default()
        }
    }

    fn payload_of(articles: &[(Article, ArticleInfo)]) -> Payload {
        let bytes = payload_bytes(articles, &[]);
        Payload { range: 0..bytes.len(), buf: std::sync::Arc::new(bytes.into()) }
    }

    fn group_of(articles: &[(Article, ArticleInfo)]) -> std::sync::Arc<CachedGroup> {
        CachedGroup::new(payload_of(articles), GroupOrigin::Markdown { path: "a.md".into(), bytes: 0, stamp: None })
    }

    #[test]
    fn articles_round_trip_without_their_body() {
        let (a, info) = (sample(), sample_info("导语。"));
        let (back, diagnostics) = decode_payload(&payload_of(&[(a.clone(), info.clone())])).unwrap();
        assert_eq!(back, vec![(Article { body: String::new(), ..a }, info)]);
        assert!(diagnostics.is_empty());
    }

    #[test]
    fn issue5_a_list_item_of_a_cached_article_is_read_without_decoding_the_rest() {
        let (a, ia) = (sample(), sample_info("导语。"));
        let mut b = sample();
        b.front.title = "Second, 第二".into();
        b.front.subtitle = None;
        b.front.section = None;
        b.front.page = None;
        b.front.reporters.clear();
        let ib = sample_info("");
        // A Markdown file's one article: read alone, the group left undecoded.
        let group = group_of(&[(a.clone(), ia.clone())]);
        let item = group.item_fields(0);
        assert_eq!(item, ItemFields::of(&a, &ia));
        assert_eq!(item.reporters, ["朱迪", "李楠"]);
        assert!(group.decoded.get().is_none());
        // Once decoded, from the decoded articles; the same fields.
        assert_eq!(group.articles().len(), 1);
        assert_eq!(group.item_fields(0), ItemFields::of(&a, &ia));
        // A raw page's articles: the first read alone, the others decoded.
        let both = [(b.clone(), ib.clone()), (a.clone(), ia.clone())];
        let group = group_of(&both);
        assert_eq!(group.item_fields(0), ItemFields::of(&b, &ib));
        assert!(group.decoded.get().is_none());
        assert_eq!(group.item_fields(1), ItemFields::of(&a, &ia));
        assert!(group.decoded.get().is_some());
    }

    #[test]
    fn the_hash_sees_body_and_front_matter() {
        let a = sample();
        let h = article_hash(&a);
        let mut b = a.clone();
        b.body.push('x');
        assert_ne!(article_hash(&b), h);
        let mut c = a.clone();
        c.front.tags.push("c".into());
        assert_ne!(article_hash(&c), h);
        assert_eq!(article_hash(&a.clone()), h);
    }

    #[test]
    fn a_mapped_cache_outlives_its_file_being_replaced_or_appended_to() {
        let dir = tempfile::tempdir().unwrap();
        let a = sample();
        let info = info_of(&a);
        let mut cache = LoadCache { code: crate::output::code_id(), ..LoadCache::default() };
        cache.entries.insert("a.md".into(), Entry::new(Stamp::default(), false, 7, &[(a.clone(), info)], &[]));
        let path = dir.path().join(CACHE_FILE);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, cache.to_bytes()).unwrap();
        let read = LoadCache::read(dir.path());
        #[cfg(unix)]
        assert!(matches!(*read.entries["a.md"].payload.buf, Bytes::Mapped(_)));
        // As a build changes it: appended to, then replaced by a rename.
        use std::io::Write;
        std::fs::OpenOptions::new().append(true).open(&path).unwrap().write_all(b"more").unwrap();
        let tmp = dir.path().join("tmp");
        std::fs::write(&tmp, b"another file").unwrap();
        std::fs::rename(&tmp, &path).unwrap();
        let (articles, _) = read.entries["a.md"].decoded().expect("still decodes");
        assert_eq!((&articles[0].0.front, &articles[0].0.source), (&a.front, &a.source));
        assert!(LoadCache::read(dir.path()).is_empty(), "the new file is not a cache");
    }

    #[test]
    fn changes_are_appended_and_read_back_in_order() {
        let entry = |bytes: u128| {
            let a = sample();
            let info = info_of(&a);
            Entry::new(Stamp::default(), false, bytes, &[(a, info)], &[])
        };
        let mut cache = LoadCache { code: crate::output::code_id(), ..LoadCache::default() };
        for k in ["a.md", "b.md", "c.md"] {
            cache.entries.insert(k.into(), entry(1));
        }
        let whole = cache.to_bytes();
        let mut read = decode_cache(whole.clone()).unwrap();
        assert_eq!(read.entries.len(), 3);
        // b changed, c gone, d new.
        read.entries.insert("b.md".into(), entry(2));
        read.entries.remove("c.md");
        read.entries.insert("d.md".into(), entry(3));
        read.dirty = vec!["b.md".into(), "d.md".into()];
        read.gone = vec!["c.md".into()];
        read.changed = true;
        assert!(matches!(read.encode(false), Some(CacheBytes::Whole(_))), "a new output folder gets the whole file");
        let Some(CacheBytes::Append { expect, bytes }) = read.encode(true) else { panic!("not appended") };
        assert_eq!(expect, whole.len() as u64);
        let file = [whole.as_slice(), &bytes].concat();
        let back = decode_cache(file.clone()).unwrap();
        let mut keys: Vec<&str> = back.entries.keys().map(String::as_str).collect();
        keys.sort();
        assert_eq!(keys, ["a.md", "b.md", "d.md"]);
        assert_eq!((back.entries["b.md"].bytes, back.entries["d.md"].bytes), (2, 3));
        assert_eq!(back.file, Some(FileState { len: file.len() as u64, base: whole.len() as u64, rules: 0 }));
        // Appended changes past an eighth of the whole: written whole again.
        let big = LoadCache { file: Some(FileState { len: 900, base: 800, rules: 0 }), ..back };
        let big = LoadCache { changed: true, ..big };
        assert!(matches!(big.encode(true), Some(CacheBytes::Whole(_))));
        assert!(decode_cache(file[..file.len() - 1].to_vec()).is_none(), "a torn append");
    }

    /// Issue 5: the walk's folder record goes in the cache file, whole with
    /// a whole cache and as the folders a build read when it appends; the
    /// entries read back as before, the record as the blocks last written.
    #[test]
    fn issue5_the_folder_record_is_kept_with_the_cache() {
        use crate::content::folders::{FolderRecord, Kind, block, record};
        use std::io::Write;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(CACHE_FILE);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        let old = Stamp { size: 1, mtime: 1, ctime: 1, ino: 1 };
        let at = 10 * RACY_NS;
        let folder = |rel: &[u8], stamp: Stamp, name: &'static [u8]| {
            block(rel, stamp, at, [(name, Kind::File)].into_iter()).unwrap()
        };
        let (a, b) = (folder(b"a", old, b"x.md"), folder(b"b", old, b"y.md"));
        let a2 = folder(b"a", Stamp { mtime: 2, ..old }, b"z.md");
        let a_entry = Entry::new(Stamp::default(), false, 1, &[(sample(), info_of(&sample()))], &[]);
        let mut cache = LoadCache { code: crate::output::code_id(), ..LoadCache::default() };
        cache.entries.insert("a/x.md".into(), a_entry);
        cache.folders = Some(FolderRecord { whole: record(&[&a, &b]), listed: None });
        let whole = cache.to_bytes();
        // Made in the room it was given: the whole cache is not copied to grow.
        assert_eq!(whole.capacity(), whole.len());
        std::fs::write(&path, &whole).unwrap();
        let names = |f: &crate::content::folders::Folders, rel: &[u8], stamp: Stamp| {
            f.listing(rel, stamp).map(|(e, _)| e.map(|(n, _)| n.to_vec()).collect::<Vec<_>>())
        };
        let f = read_folders(dir.path()).expect("read");
        assert_eq!(names(&f, b"a", old), Some(vec![b"x.md".to_vec()]));
        let mut read = decode_cache(whole.clone()).unwrap();
        assert_eq!(read.entries.len(), 1);
        // The whole record is of the whole cache: appending starts after it.
        assert_eq!(read.file.map(|f| f.base), Some(whole.len() as u64));
        // Nothing changed but a folder read again: its block alone is appended.
        read.folders = Some(FolderRecord { whole: record(&[&a2, &b]), listed: Some(record(&[&a2])) });
        let Some(CacheBytes::Append { bytes, .. }) = read.encode(true) else { panic!("not appended") };
        std::fs::OpenOptions::new().append(true).open(&path).unwrap().write_all(&bytes).unwrap();
        let f = read_folders(dir.path()).expect("read");
        assert_eq!(names(&f, b"a", old), None);
        assert_eq!(names(&f, b"a", Stamp { mtime: 2, ..old }), Some(vec![b"z.md".to_vec()]));
        assert_eq!(names(&f, b"b", old), Some(vec![b"y.md".to_vec()]));
        let back = LoadCache::read(dir.path());
        assert_eq!(back.entries.len(), 1);
        // Nothing changed and no folder read: nothing to write.
        let quiet = LoadCache { folders: Some(FolderRecord { whole: record(&[&a2, &b]), listed: None }), ..back };
        assert!(quiet.encode(true).is_none());
    }

    /// Loads in one process (as `serve` makes them) reuse one table: kept
    /// entries stay in it, and each load tells the files gone since the
    /// last one, not since the first.
    #[test]
    fn issue5_loads_in_one_process_keep_entries_and_tell_files_gone() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let write = |name: &str, title: &str| {
            let p = root.join("content").join(name);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, format!("---\ntitle: {title}\ndate: 2026-02-11\n---\nBody {title}.\n")).unwrap();
        };
        for n in ["a", "b", "c"] {
            write(&format!("x/{n}.md"), n);
        }
        let config = Config::default();
        let titles = |l: &Loaded| -> Vec<String> {
            let mut t: Vec<String> =
                l.articles.iter().flat_map(|g| g.held.articles()).map(|(a, _)| a.front.title.clone()).collect();
            t.sort();
            t
        };
        let first = load(root, &config, LoadCache::default()).unwrap();
        assert_eq!((first.parsed, titles(&first)), (3, vec!["a".into(), "b".into(), "c".into()]));
        let second = load(root, &config, first.cache).unwrap();
        assert_eq!((second.parsed, second.cache.changed), (0, false));
        assert!(second.cache.gone.is_empty());
        std::fs::remove_file(root.join("content/x/b.md")).unwrap();
        write("x/d.md", "d");
        let third = load(root, &config, second.cache).unwrap();
        assert_eq!((third.parsed, titles(&third)), (1, vec!["a".into(), "c".into(), "d".into()]));
        assert_eq!(third.cache.gone, ["x/b.md"]);
        assert_eq!(third.cache.dirty, ["x/d.md"]);
        assert_eq!(third.cache.len(), 3);
        // Kept entries give their articles again (decoded from their bytes).
        let mut cache = third.cache;
        cache.dirty.clear();
        cache.gone.clear();
        let fourth = load(root, &config, cache).unwrap();
        assert_eq!((fourth.parsed, titles(&fourth)), (0, vec!["a".into(), "c".into(), "d".into()]));
        assert!(fourth.cache.gone.is_empty() && !fourth.cache.changed);
    }

    /// A file whose stamp is its entry's, old enough to trust, is not read:
    /// its articles and warnings come from the entry, which stays as it is.
    #[test]
    fn an_unchanged_file_is_not_read_again() {
        let a = sample();
        let info = info_of(&a);
        let warning = Diagnostic::warning("x", 1, 2, "w");
        let stamp = Stamp { size: 10, mtime: 1, ctime: 1, ino: 7 };
        let entry = Entry::new(stamp, false, 1, &[(a.clone(), info)], std::slice::from_ref(&warning));
        let config = Config::default();
        let ctx =
            Ctx { now: RACY_NS * 10, rules: OnceLock::new(), config: &config, texts: TextBudget::new(TEXT_BUDGET) };
        // The path does not exist: reading it would fail.
        let path = Path::new("/nonexistent/gazette/a.md");
        let parse = |_: &[u8]| -> ParseResult { panic!("parsed") };
        let out = ctx.load_file(path, Some(stamp), &|| path.to_path_buf(), Some(&entry), parse);
        assert!(!out.parsed && !out.changed && out.errors.is_empty());
        let Got::Kept((articles, diagnostics)) = out.got else { panic!("not kept") };
        assert_eq!((&articles[0].0.front, diagnostics), (&a.front, vec![warning]));
        // Another stamp: the file is read (and here, fails).
        let moved = Stamp { mtime: 2, ..stamp };
        let out = ctx.load_file(path, Some(moved), &|| path.to_path_buf(), Some(&entry), parse);
        assert!(matches!(out.got, Got::Failed) && out.errors.len() == 1);
    }

    #[test]
    fn a_corrupt_cache_is_ignored() {
        let mut cache = LoadCache { code: crate::output::code_id(), ..LoadCache::default() };
        let a = sample();
        let info = info_of(&a);
        let warning = Diagnostic::warning("x", 1, 2, "w");
        cache.entries.insert(
            "a/02-01.md".into(),
            Entry::new(Stamp::default(), false, 1, &[(a.clone(), info)], std::slice::from_ref(&warning)),
        );
        let bytes = cache.to_bytes();
        let back = decode_cache(bytes.clone()).unwrap();
        let e = &back.entries["a/02-01.md"];
        let (articles, diagnostics) = e.decoded().unwrap();
        assert_eq!((&articles[0].0.front, articles[0].1.summary.as_str()), (&a.front, "正文。"));
        assert_eq!(diagnostics, [warning]);
        // Decoded when used: a damaged entry in a whole file is no entry
        // (its file is parsed again).
        let at = e.payload.range.start + 7;
        let mut damaged = bytes.clone();
        damaged[at] ^= 0xff;
        let back = decode_cache(damaged).unwrap();
        assert!(back.entries["a/02-01.md"].decoded().is_none());
        for cut in [0, 8, 30, bytes.len() / 2, bytes.len() - 1] {
            assert!(decode_cache(bytes[..cut].to_vec()).is_none(), "cut at {cut}");
        }
        let mut flipped = bytes.clone();
        flipped[10] ^= 0xff;
        assert!(decode_cache(flipped).is_none(), "another gazette's cache");
    }

    /// Issue 5: a build reads a raw page's articles again from one import
    /// of the page (what it reads is the page as first read, whichever of its
    /// articles asks); a page changed before that read is an error.
    #[test]
    fn issue5_a_raw_page_read_again_is_imported_once_per_build() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let path = root.join("content/pages/2026-02-11/02.txt");
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        let page = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures/import/pages/2024-06-01_01_morning-masthead.txt"),
        )
        .unwrap();
        std::fs::write(&path, &page).unwrap();
        let config = Config::default();
        let date = Date::new(2026, 2, 11).unwrap();
        let file = content::RawPageFile { path: path.clone(), rel: "pages/2026-02-11/02.txt".into(), date, page: 2 };
        let rules = ImportRules::new(&config.import, &config.topics);
        let articles = import::import_file(&file, &rules).unwrap().articles;
        assert!(articles.len() >= 2, "a page of several articles");
        let infos: Vec<ArticleInfo> = (0..articles.len())
            .map(|i| ArticleInfo { origin: Origin::Raw(file.clone(), i), ..info_of(&articles[i]) })
            .collect();
        let bodies = Bodies::new(root, &config);
        assert_eq!(bodies.body(&articles[0], &infos[0]).unwrap(), articles[0].body);
        // The page changed after the build first read it: the build goes on
        // with the page it read, for every article of it.
        std::fs::write(&path, page.replace('。', "；")).unwrap();
        for (a, info) in articles.iter().zip(&infos) {
            assert_eq!(bodies.body(a, info).unwrap(), a.body);
        }
        // A build that first reads it now sees the change.
        let err = Bodies::new(root, &config).body(&articles[1], &infos[1]).unwrap_err().to_string();
        assert!(err.contains("build again"), "{err}");
    }

    /// Issue 5's bounded memory: a full build holds no Markdown article's
    /// body (read again when its page renders) and, with search off, no text;
    /// the body read again is the file's, from the bytes the load parsed,
    /// and a file changed since is an error, not another version's body.
    #[test]
    fn issue5_a_load_holds_no_markdown_body_and_reads_it_again() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let file = root.join("content/x/a.md");
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        let md = "---\ntitle: A\ndate: 2026-02-11\n---\n正文，第一段。\n\n第二段。\n";
        std::fs::write(&file, md).unwrap();
        let mut config = Config { search: false, ..Config::default() };
        let article = |l: Loaded| l.articles.into_iter().flat_map(|g| g.held.into_articles()).next().unwrap();
        let (a, info) = article(load(root, &config, LoadCache::default()).unwrap());
        assert_eq!((a.body.as_str(), info.text.as_str()), ("", ""));
        assert!(
            matches!(&info.origin, Origin::Markdown { path, stamp: None, .. } if *path == file),
            "{:?}",
            info.origin
        );
        assert_eq!(info.summary, "正文，第一段。 第二段。");
        assert_eq!(reload_body(root, &config, &a, &info).unwrap(), "正文，第一段。\n\n第二段。\n");
        config.search = true;
        let (_, info) = article(load(root, &config, LoadCache::default()).unwrap());
        assert_eq!(info.text, "正文，第一段。\n第二段。", "the index reads it");

        // A stamp trusted (a file older than `RACY_NS`): the same stamp is
        // the same bytes, not hashed again (here a hash that matches none).
        let (a, mut info) = article(load(root, &config, LoadCache::default()).unwrap());
        let stamp = Some(Stamp::of(&std::fs::metadata(&file).unwrap()));
        info.origin = Origin::Markdown { path: file.clone(), bytes: 0, stamp };
        assert_eq!(reload_body(root, &config, &a, &info).unwrap(), "正文，第一段。\n\n第二段。\n");
        // Changed since: not the body of another version.
        std::fs::write(&file, md.replace("第二段", "改过的第二段")).unwrap();
        let err = reload_body(root, &config, &a, &info).unwrap_err().to_string();
        assert!(err.contains("build again"), "{err}");
        // Its front matter rewritten, the same article: its body.
        std::fs::write(&file, md.replace("title: A", "title:   A")).unwrap();
        assert_eq!(reload_body(root, &config, &a, &info).unwrap(), "正文，第一段。\n\n第二段。\n");

        // A load that parses only what changed holds the bodies it parsed
        // (a file saved again during its build does not stop it).
        let first = load(root, &config, LoadCache::default()).unwrap();
        std::fs::write(root.join("content/x/b.md"), md.replace("title: A", "title: B")).unwrap();
        let next = load(root, &config, first.cache).unwrap();
        let mut got: Vec<(Article, ArticleInfo)> =
            next.articles.into_iter().flat_map(|g| g.held.into_articles()).collect();
        got.sort_by(|x, y| x.0.front.title.cmp(&y.0.front.title));
        assert_eq!(next.parsed, 1);
        assert!(matches!(got[0].1.origin, Origin::Markdown { .. }) && got[0].0.body.is_empty(), "a: from the cache");
        assert_eq!((&got[1].1.origin, got[1].0.body.as_str()), (&Origin::InMemory, "正文，第一段。\n\n第二段。\n"));
    }
}
