//! The whole pipeline: load → import → link → render → index → write.
//! [`build`] runs every step and swaps the result into the output folder only
//! when all of them succeeded; [`check`] runs them without writing.

use crate::cache::{self, LoadCache};
use crate::config::{Config, LinkMode};
use crate::content;
use crate::error::{Diagnostic, Error, Result};
use crate::graph::{self, Library, Node, TaxonomyKind};
use crate::import;
use crate::output::{FileKey, Manifest, OutputFile, Staging};
use crate::render::{self, Renderer, markdown};
use crate::search::{self, SearchDoc};
use crate::theme::Theme;
use rayon::prelude::*;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// What `gazette build` was asked to do.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub root: PathBuf,
    pub out: PathBuf,
    pub links: Option<LinkMode>,
    pub full: bool,
    pub quiet: bool,
    /// Update the output folder in place instead of building a new one and
    /// swapping it in (the preview server: fast on slow disks, not atomic).
    pub in_place: bool,
    /// In-place mode, or a first build (not `full`): leave the search index
    /// as it is (a first build: none) and hand its documents back in the
    /// report (the preview server builds it in the background).
    pub defer_index: bool,
    /// The process ends right after the build (`gazette build`): what the
    /// build leaves behind is not freed, the OS takes it back at exit.
    pub exiting: bool,
    /// Bytes of article text the load step holds for the search index;
    /// the index reads the others again ([`cache::TEXT_BUDGET`]).
    pub text_budget: usize,
}

impl BuildOptions {
    /// Defaults: output in `<root>/output`, no terminal output.
    pub fn new(root: &Path) -> Self {
        BuildOptions {
            root: root.to_path_buf(),
            out: root.join("output"),
            links: None,
            full: false,
            quiet: true,
            in_place: false,
            defer_index: false,
            exiting: false,
            text_budget: cache::TEXT_BUDGET,
        }
    }

    pub fn from_args(a: &crate::cli::BuildArgs) -> Self {
        BuildOptions {
            root: a.root.clone(),
            out: a.out.clone().unwrap_or_else(|| a.root.join("output")),
            links: a.links,
            full: a.full,
            quiet: a.quiet,
            in_place: false,
            defer_index: false,
            exiting: false,
            text_budget: cache::TEXT_BUDGET,
        }
    }
}

#[derive(Debug, Default)]
pub struct BuildReport {
    pub articles: usize,
    pub files: usize,
    /// Pages rendered anew (the others were unchanged since the previous build).
    pub rendered: usize,
    /// Pages the site has (the rest of its files are feeds, assets, search shards).
    pub pages: usize,
    /// Content files read and parsed (the others were unchanged since the previous build).
    pub parsed: usize,
    /// Warnings (a build with errors returns `Err`).
    pub diagnostics: Vec<Diagnostic>,
    pub seconds: f64,
    /// Seconds spent building the search index.
    pub index_seconds: f64,
    /// Articles whose search terms were indexed anew (the index's other
    /// segments were kept from the previous build).
    pub indexed: usize,
    /// The search documents when the index was deferred (see [`BuildOptions::defer_index`]).
    pub deferred: Option<DeferredIndex>,
    /// The link step started from the previous build's record: this build
    /// only added days after the archive's last (see `graph::LinkRecord`).
    pub appended: bool,
}

/// A search index left to build: its documents and their key.
#[derive(Debug)]
pub struct DeferredIndex {
    pub key: u128,
    pub docs: Vec<SearchDoc>,
    /// What the new index may keep of the one in the output.
    pub previous: search::IndexRecord,
    /// Where the texts the documents came without are read from.
    pub texts: DeferredTexts,
}

impl DeferredIndex {
    /// Builds the index (slow), reading the texts the documents came
    /// without as it goes; hand it to the next build with [`Session::index`].
    /// Fails when such a text cannot be read, or its file changed since the
    /// build: a newer build is then due anyway.
    pub fn build(&self) -> Result<(u128, search::SearchIndex)> {
        let read = |i: usize| self.texts.text(i);
        let index = search::prepare(&self.docs, &self.previous).build(&self.docs, Some(&read))?;
        Ok((self.key, index))
    }
}

/// The texts of a [`DeferredIndex`]'s documents that the load step did not
/// hold (past [`cache::TEXT_BUDGET`]), read again when the index inverts
/// their chunk: reading them all up front held every one of them (half a
/// gigabyte of text at 100,000 articles) while the index was built.
pub struct DeferredTexts {
    bodies: cache::Bodies<'static>,
    /// By document: the article's origin and hash, for a text to read again.
    origins: Vec<Option<(content::Origin, u128)>>,
}

impl DeferredTexts {
    /// Where to read the texts `docs` (in `lib`'s article order) came
    /// without. An article held in memory (one the build parsed, of the few
    /// an incremental build parses) has its text made now: its body does
    /// not outlive the build.
    fn of(lib: &Library, docs: &mut [SearchDoc], root: &Path, config: &Config) -> DeferredTexts {
        let origins = lib
            .articles
            .par_iter()
            .zip(docs.par_iter_mut())
            .map(|(n, d)| match &n.info().origin {
                _ if !d.text.is_empty() => None,
                content::Origin::InMemory => {
                    d.text = markdown::plain_text(&n.article().body);
                    None
                }
                origin => Some((origin.clone(), n.info().hash)),
            })
            .collect();
        DeferredTexts { bodies: cache::Bodies::owned(root.to_path_buf(), config.clone()), origins }
    }

    fn text(&self, i: usize) -> Result<String> {
        match self.origins.get(i) {
            Some(Some((origin, hash))) => Ok(markdown::plain_text(&self.bodies.body_of(origin, *hash, "")?)),
            // A document without a text to read has none.
            _ => Ok(String::new()),
        }
    }
}

impl std::fmt::Debug for DeferredTexts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let to_read = self.origins.iter().filter(|o| o.is_some()).count();
        f.debug_struct("DeferredTexts").field("to_read", &to_read).finish_non_exhaustive()
    }
}

/// The record of the index in `out`, if the previous build made it (it is
/// in that build's manifest with the index's files; should one of them be
/// gone since, [`keep_files`] finds it and the index is made whole).
fn usable_record(out: &Path, previous: Option<&Manifest>) -> search::IndexRecord {
    match previous {
        Some(m) if m.contains(search::RECORD_FILE) => search::read_record(out),
        _ => search::IndexRecord::default(),
    }
}

/// A record the previous build in `out` left in `file` (its related
/// articles, its link), parsed, if its manifest lists the file (a build
/// that completed). Whether it still holds is for the link step to tell.
fn read_record<T>(out: &Path, previous: Option<&Manifest>, file: &str, parse: fn(&[u8]) -> Option<T>) -> Option<T> {
    previous?.get(file)?;
    // Mapped, as the load cache is (see `cache::Bytes::Mapped`): the link
    // record is 1.4 MB at 10,000 articles, read only to be parsed.
    parse(&cache::map_file(&out.join(file))?)
}

/// Which documents an index is of: every article's hash and folder, and the link mode.
fn docs_key(lib: &Library, urls: render::urls::Urls) -> u128 {
    let mut h = blake3::Hasher::new();
    h.update(&crate::output::code_id().to_le_bytes());
    h.update(urls.dir("x").as_bytes());
    for n in &lib.articles {
        h.update(&n.facts.hash.to_le_bytes());
        h.update(n.dir.as_bytes());
        h.update(b"\0");
    }
    crate::output::key_of(&h.finalize())
}

impl BuildReport {
    pub fn summary(&self) -> String {
        let rendered = if self.rendered < self.pages {
            format!("{} of {} rendered, the others unchanged", self.rendered, count(self.pages, "page"))
        } else {
            format!("{} rendered", count(self.rendered, "page"))
        };
        let (articles, files) = (count(self.articles, "article"), count(self.files, "file"));
        let mut s = format!("{articles}, {files} ({rendered}) in {:.2}s", self.seconds);
        if self.index_seconds > 0.0 {
            s.push_str(&format!(" (search index {:.2}s)", self.index_seconds));
        }
        if !self.diagnostics.is_empty() {
            s.push_str(&format!(", {}", count(self.diagnostics.len(), "warning")));
        }
        s
    }

    pub fn warnings(&self) -> usize {
        self.diagnostics.len()
    }
}

/// Config with command-line overrides applied.
fn load_config(root: &Path, links: Option<LinkMode>) -> Result<Config> {
    let mut config = Config::from_file(root)?;
    // The importer chooses among these; listing them gives them their slugs and order.
    if config.topics.is_empty() {
        config.topics = import::default_topics_for(&config.language);
    }
    if let Some(l) = links {
        config.links = l;
    }
    Ok(config)
}

/// A warning for each article whose `topic` is none of site.yaml's (or the
/// built-in ones when it lists none): a typo would otherwise make a topic
/// page of its own without a word. The line is looked up in the file, which
/// is read only for such an article.
fn unlisted_topics(root: &Path, lib: &Library, config: &Config) -> Vec<crate::error::Diagnostic> {
    // Found by the topic terms the graph made (every topic an article
    // names, trimmed), not by asking each of 10,000 articles; warned of in
    // the articles' order.
    let listed: foldhash::HashSet<&str> = config.topics.iter().map(|t| t.name.as_str()).collect();
    let names = || config.topics.iter().map(|t| t.name.as_str()).collect::<Vec<_>>().join(", ");
    let mut unlisted: Vec<(usize, &str)> = lib
        .taxonomy(TaxonomyKind::Topic)
        .terms
        .iter()
        .filter(|t| !listed.contains(t.name.as_str()))
        .flat_map(|t| t.articles.iter().map(|&i| (i, t.name.as_str())))
        .collect();
    unlisted.sort_unstable();
    let mut out = Vec::new();
    for (i, topic) in unlisted {
        let a = lib.articles[i].article();
        // `join` keeps an absolute source as it is.
        let line = crate::content::article::key_line_in_file(&root.join(&a.source), "topic");
        out.push(crate::error::Diagnostic::warning(
            crate::content::load::shown(root, &a.source),
            line,
            if line > 0 { 8 } else { 0 },
            format!("topic `{topic}` is none of site.yaml's topics ({}): it gets a topic page of its own", names()),
        ));
    }
    out
}

/// One document per article, on every core (10,000 articles' fields are
/// copied on every search-on build).
fn search_docs(lib: &Library, urls: render::urls::Urls, texts: Vec<String>) -> Vec<SearchDoc> {
    lib.articles
        .par_iter()
        .zip(texts)
        .map(|(n, text)| {
            let f = &n.article().front;
            SearchDoc {
                url: urls.dir(&n.dir),
                title: f.title.clone(),
                subtitle: f.subtitle.clone(),
                date: f.date.date,
                section: f.section.clone(),
                reporters: f.reporters.clone(),
                topic: f.topic.clone(),
                tags: f.tags.clone(),
                text,
                fingerprint: Some(n.info().terms ^ crate::output::code_id()),
                lead: Some(n.info().summary.to_string()),
            }
        })
        .collect()
}

/// `1 article`, `2 articles`.
fn count(n: usize, noun: &str) -> String {
    if n == 1 { format!("1 {noun}") } else { format!("{n} {noun}s") }
}

/// Prints how long each step took when `GAZETTE_TIMINGS` is set (for
/// profiling): wall time, and CPU time of all threads (a step whose CPU time
/// is near its wall time left the other cores idle).
struct Timings(crate::clock::Lap);

impl Timings {
    fn new() -> Self {
        Timings(crate::clock::Lap::from_env(TIMINGS))
    }

    fn step(&mut self, name: &str) {
        if let Some((wall, cpu)) = self.0.lap() {
            eprintln!("timing: {name:<10} {wall:>9.4}s  cpu {cpu:.4}s  anon {} MiB", resident_mib());
        }
    }
}

const TIMINGS: &str = "GAZETTE_TIMINGS";

/// The process's resident memory now, for the timings (0 where unknown).
fn resident_mib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kib = status
        .lines()
        .find_map(|l| l.strip_prefix("RssAnon:"))
        .and_then(|v| v.split_whitespace().next()?.parse::<u64>().ok());
    kib.unwrap_or(0) / 1024
}

/// `f()`, its time printed as [`Timings`] does: for the steps that run side
/// by side within one of them (wall time only: CPU time is the process's).
fn timed<T>(name: &str, f: impl FnOnce() -> T) -> T {
    let mut lap = crate::clock::Lap::from_env(TIMINGS);
    let t = f();
    if let Some((wall, _)) = lap.lap() {
        eprintln!("timing: {name:<10} {wall:>9.4}s");
    }
    t
}

/// What a long-running caller (the preview server) keeps from one build to
/// the next, so it need not read it back from the output folder.
#[derive(Debug, Default)]
pub struct Session {
    /// The load cache of the last successful build.
    pub cache: Option<LoadCache>,
    /// The manifest of the last successful build, as written to the output.
    pub manifest: Option<Manifest>,
    /// The related articles of the last successful build.
    pub related: Option<graph::RelatedRecord>,
    /// A search index built in the background, with its [`DeferredIndex::key`]:
    /// the next build uses it if its documents are still the same.
    pub index: Option<(u128, search::SearchIndex)>,
    /// Keep each scan's folders for the next one (the preview server, whose
    /// watcher reports the paths that changed into [`Session::scan`]).
    pub keep_scan: bool,
    /// The last scan's folders and the changes reported since; `None`: the
    /// next build lists every folder again.
    pub scan: Option<content::load::ScanMemo>,
}

/// Refuses an output path that is a file, before any work: said at the end,
/// it was the system's `Not a directory` (and under `serve`, a build error
/// no edit of the site could fix).
pub fn check_out(out: &Path) -> Result<()> {
    if out.exists() && !out.is_dir() {
        return Err(Error::at(out, 0, 0, "a file is there: the output goes in a folder (give --out DIR)"));
    }
    Ok(())
}

/// `gazette build`.
pub fn build(o: &BuildOptions) -> Result<BuildReport> {
    check_out(&o.out)?;
    let mut session = Session::default();
    let report = build_with(o, &mut session, &mut |_| {});
    let_go(o, session);
    report
}

/// The content's errors and, when the theme does not compile either, its
/// error after them (before the warnings): staff see every problem of a
/// build in one run, not the template's only once the articles are fixed.
fn with_theme_errors<T>(content: Result<T>, theme: &Result<Theme>) -> Result<T> {
    match (content, theme) {
        (Err(e), Err(t)) => {
            let (mut errors, warnings): (Vec<Diagnostic>, Vec<Diagnostic>) =
                e.diagnostics().into_iter().partition(Diagnostic::is_error);
            errors.extend(t.diagnostics());
            Err(Error::invalid_with_warnings(errors, &warnings))
        }
        (content, _) => content,
    }
}

/// Lets go of what a build is done with: forgotten when the process is
/// about to end (freeing it is wasted work then), else freed in the background.
fn let_go<T: Send + 'static>(o: &BuildOptions, t: T) {
    if o.exiting {
        std::mem::forget(t);
    } else {
        drop_in_background(t);
    }
}

/// Frees `t` on another thread: freeing a whole archive's articles takes
/// tens of milliseconds a build need not wait for.
fn drop_in_background<T: Send + 'static>(t: T) {
    // Without a thread the closure, and `t` with it, is dropped right here.
    if let Ok(detached) = std::thread::Builder::new().name("drop".into()).spawn(move || drop(t)) {
        drop(detached);
    }
}

/// A build reusing what `session` kept. In in-place mode `pages_done` is
/// called once the pages are written, before the search index is built and
/// stale files are removed, so a preview can show a saved article at once.
pub fn build_with(
    o: &BuildOptions,
    session: &mut Session,
    pages_done: &mut dyn FnMut(&BuildReport),
) -> Result<BuildReport> {
    let start = Instant::now();
    let mut t = Timings::new();
    t.step("start");
    let (manifest, cache, related) = (session.manifest.take(), session.cache.take(), session.related.take());
    let (keep_scan, memo) = (session.keep_scan, session.scan.take());
    // Independent reads, each mostly one thread's work: side by side
    // (site.yaml too: the walk and the output's records do not need it).
    let ((((previous, related, record), cached), scan), settings) = rayon::join(
        || {
            rayon::join(
                || {
                    rayon::join(
                        || {
                            if o.full {
                                return (None, None, None);
                            }
                            timed("  manifest", || {
                                let previous = manifest.or_else(|| Manifest::load(&o.out));
                                let (out, listed) = (o.out.as_path(), previous.as_ref());
                                let related = related.or_else(|| {
                                    read_record(out, listed, graph::RELATED_FILE, graph::RelatedRecord::parse)
                                });
                                let record = read_record(out, listed, graph::LINK_FILE, graph::LinkRecord::parse);
                                (previous, related, record)
                            })
                        },
                        || {
                            timed("  cache", || match cache {
                                _ if o.full => LoadCache::default(),
                                Some(c) => c,
                                None => LoadCache::read(&o.out),
                            })
                        },
                    )
                },
                || {
                    timed("  scan", || {
                        if keep_scan {
                            let (scan, memo) = content::load::rescan(&o.root, memo);
                            (scan, Some(memo))
                        } else {
                            // A forced build lists every folder (and records them for the next).
                            let folders = if o.full { None } else { cache::read_folders(&o.out) };
                            (content::scan_recorded(&o.root, folders.as_ref()), None)
                        }
                    })
                },
            )
        },
        || timed("  config", || load_config(&o.root, o.links)),
    );
    let (mut scan, memo) = scan;
    // Kept even if this build fails: it is what the disk held.
    session.scan = memo;
    let folder_record = scan.folders.take();
    let config = settings?;
    t.step("read cache");
    let loaded = cache::load_scanned(&o.root, scan, &config, cached, o.text_budget);
    t.step("load");
    // The theme is parsed beside the link step, which is mostly one
    // thread's work: beside the walk, where both cores are busy, it
    // only added to it.
    let (linked, theme) = rayon::join(
        || {
            let loaded = loaded?;
            let lib = graph::link_loaded(loaded.articles, &config, related.as_ref(), record)
                .map_err(|errors| Error::invalid_with_warnings(errors, &loaded.warnings))?;
            Ok((lib, loaded.warnings, loaded.parsed, loaded.cache, loaded.media))
        },
        || timed("  theme", || Theme::load(&o.root, &config.theme)),
    );
    let (mut lib, mut diagnostics, parsed, mut load_cache, content_media) = with_theme_errors(linked, &theme)?;
    load_cache.folders = folder_record;
    lib.add_facsimile_pages(content_media.iter().filter_map(|f| content::media::facsimile_of(&f.rel)));
    let theme = theme?;
    diagnostics.extend(unlisted_topics(&o.root, &lib, &config));
    let texts: Vec<String> =
        if config.search { lib.articles.iter_mut().map(Node::take_text).collect() } else { Vec::new() };
    t.step("link");
    let urls = render::urls::Urls { mode: config.links };

    let bodies = cache::Bodies::new(&o.root, &config);
    let read_body = |n: &Node| bodies.body(n.article(), n.info());
    // The text of article `i`, for an index given none (see `cache::TEXT_BUDGET`).
    let text_of = |i: usize| -> Result<String> { Ok(markdown::plain_text(&read_body(&lib.articles[i])?)) };
    let (mut renderer, jobs, Files { media, statics }) =
        renderer_with_files(&lib, &config, &theme, &read_body, &o.root, content_media, &mut diagnostics)?;
    // Made only now: in-place mode starts by taking the manifest away.
    let staging = match &previous {
        Some(_) if o.in_place => Staging::begin_in_place(&o.out)?,
        Some(_) => Staging::begin_overlay(&o.out)?,
        None => Staging::begin(&o.out)?,
    };
    // The search page names the index's scripts: it is rendered with the index.
    let (search_jobs, page_jobs): (Vec<render::Job>, Vec<render::Job>) =
        jobs.iter().partition(|j| **j == render::Job::Search);
    let progress = (!o.quiet && std::io::stderr().is_terminal() && jobs.len() > 5_000).then(|| {
        let p = indicatif::ProgressBar::new(jobs.len() as u64);
        p.set_style(
            indicatif::ProgressStyle::with_template("{spinner} rendering {pos}/{len} pages [{bar:40}] {eta}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        p
    });
    let write = |f: OutputFile| staging.write(f);
    // Every file asked about here is one this build makes and lists.
    let unchanged = |path: &str, key: FileKey| previous.as_ref().and_then(|m| m.key_of(path)) == Some(key);
    let reuse = |path: &str, key: FileKey| if unchanged(path, key) { staging.reuse(path) } else { Ok(false) };
    // Files that are not pages are kept by the hash of their bytes. Taken,
    // not borrowed: a build over a previous output holds what it writes
    // until the commit, and copying the link record, sitemap and feed of a
    // +1 day build to hold them was 2.5 MB of fresh memory at 10,000 articles.
    let put = |files: Vec<OutputFile>| -> Result<Vec<(String, FileKey)>> {
        files
            .into_par_iter()
            .map(|f| -> Result<(String, FileKey)> {
                let key = crate::output::hash_bytes(&f.bytes);
                let path = f.path.clone();
                if !reuse(&path, key)? {
                    staging.write(f)?;
                }
                Ok((path, key))
            })
            .collect()
    };
    t.step("setup");
    // The files that are not pages (feed, sitemaps, ...) are made, hashed
    // and written, and the load cache encoded, while pages render: each is
    // mostly one thread's work, which after the pages left the other core idle.
    let extra = || -> Result<Vec<(String, FileKey)>> {
        // The site's own static files take the place of the theme's and of robots.txt.
        let own: std::collections::HashSet<&str> = statics.iter().map(|f| f.rel.as_str()).collect();
        let mut extra: Vec<OutputFile> = theme
            .statics
            .iter()
            .filter(|(p, _)| !own.contains(p.as_str()))
            .map(|(p, b)| OutputFile { path: p.clone(), bytes: b.clone() })
            .collect();
        if renderer.has_code() {
            let css = markdown::highlight_css(&config.highlight_theme).map_err(|m| Error::at("site.yaml", 0, 0, m))?;
            extra.push(OutputFile { path: render::HIGHLIGHT_CSS.into(), bytes: css.into_bytes() });
        }
        extra.push(render::feeds::atom_feed(&lib, &config, urls));
        // Folders of articles and issues are borrowed: 11,500 of 13,500 pages at 10,000 articles.
        let page_dirs: Vec<std::borrow::Cow<str>> =
            jobs.par_iter().filter(|j| **j != render::Job::NotFound).map(|&j| renderer.job_dir(j)).collect();
        extra.extend(render::feeds::sitemaps(&config, urls, &page_dirs));
        if !own.contains("robots.txt") {
            extra.push(render::feeds::robots(&config));
        }
        extra.push(OutputFile { path: graph::RELATED_FILE.into(), bytes: lib.related.to_bytes() });
        extra.push(OutputFile { path: graph::LINK_FILE.into(), bytes: graph::LinkRecord::bytes_of(&lib) });
        let mut made = put(extra)?;
        made.extend(copy_files(&media, &statics, &staging, &reuse)?);
        Ok(made)
    };
    let (stats, (cache_bytes, extra)) = rayon::join(
        || timed("  pages", || renderer.render_all(&page_jobs, &reuse, &write, progress.as_ref())),
        || rayon::join(|| timed("  encode", || load_cache.encode(staging.keeps_output())), || timed("  extra", extra)),
    );
    let stats = stats?;
    let extra = extra?;
    t.step("render");
    let mut entries = stats.entries;
    entries.extend(extra);
    let mut rendered = stats.rendered;
    let mut report = BuildReport {
        articles: lib.articles.len(),
        files: entries.len() + search_jobs.len(),
        rendered,
        pages: jobs.len(),
        parsed,
        diagnostics,
        seconds: start.elapsed().as_secs_f64(),
        index_seconds: 0.0,
        indexed: 0,
        deferred: None,
        appended: lib.appended,
    };
    if staging.is_live() {
        pages_done(&report);
    }

    load_cache.stage(&staging, &o.out, cache_bytes)?;
    let index_start = Instant::now();
    let ready = session.index.take();
    if config.search {
        let key = timed("  docs key", || docs_key(&lib, urls));
        let ready = ready.filter(|(k, _)| *k == key).map(|(_, index)| index);
        let mut docs = timed("  docs", || search_docs(&lib, urls, texts));
        // What the index wrote as it went, and the first write that failed.
        let mut streamed: Vec<(String, FileKey)> = Vec::new();
        let mut stream_error: Option<Error> = None;
        // A first build has no index to leave: its pages are put out
        // without one (no search page yet) rather than wait for it. (Every
        // `--full` build is one with no previous output: those keep theirs.)
        let first = previous.is_none() && !o.full;
        let defer = o.defer_index && ready.is_none() && (staging.is_live() || first);
        let mut deferred_texts = None;
        let (record, index) = match ready {
            // A handed-in index needs neither the record nor texts.
            Some(index) => (search::IndexRecord::default(), Some(index)),
            None => {
                let record = timed("  record", || usable_record(&o.out, previous.as_ref()));
                // Deferred: the previous index stays, stale, until the new
                // one is handed in. Either way the index reads the texts the
                // load did not hold as it goes; built here, it writes each
                // segment's files as soon as they are made.
                let index = if defer {
                    deferred_texts = Some(timed("  texts", || DeferredTexts::of(&lib, &mut docs, &o.root, &config)));
                    None
                } else {
                    Some(timed("  build index", || {
                        search::prepare(&docs, &record).build_reading(&docs, Some(&text_of), &mut |files| {
                            if stream_error.is_none() {
                                match put(files) {
                                    Ok(made) => streamed.extend(made),
                                    Err(e) => stream_error = Some(e),
                                }
                            }
                        })
                    })?)
                };
                (record, index)
            }
        };
        if let Some(e) = stream_error {
            return Err(e);
        }
        if let Some(m) = previous.as_ref().filter(|_| defer) {
            let made: std::collections::HashSet<&str> = entries.iter().map(|(p, _)| p.as_str()).collect();
            let old_search: Vec<(String, FileKey)> = m
                .iter()
                .filter(|(p, _)| p.starts_with("search/") && !made.contains(p))
                .map(|(p, k)| (p.to_string(), k))
                .collect();
            entries.extend(old_search);
        }
        if let Some(mut index) = index {
            // Kept files are the previous build's; should one be gone, the
            // index is made whole instead (every text read again).
            let kept = match timed("  keep files", || keep_files(&index.kept, previous.as_ref(), &staging))? {
                Some(kept) => kept,
                None => {
                    let empty = search::IndexRecord::default();
                    // A new index, every text it was not given read again.
                    index = search::prepare(&docs, &empty).build(&docs, Some(&text_of))?;
                    // Written again, with the rest, from the new index's files.
                    streamed.clear();
                    Vec::new()
                }
            };
            entries.extend(kept);
            report.index_seconds = index_start.elapsed().as_secs_f64();
            report.indexed = index.indexed;
            renderer.search_scripts = index.scripts.clone();
            let search_page = renderer.render_all(&search_jobs, &reuse, &write, None)?;
            rendered += search_page.rendered;
            entries.extend(search_page.entries);
            entries.extend(streamed);
            entries.extend(timed("  put index", || put(std::mem::take(&mut index.files)))?);
            // In the manifest, so that it goes when the index does (search turned off).
            let bytes = search::record_bytes(&index.record);
            entries.extend(put(vec![OutputFile { path: search::RECORD_FILE.into(), bytes }])?);
        } else if let Some(k) = previous.as_ref().and_then(|m| m.get(search::RECORD_FILE)) {
            // The record of the index left in place until the deferred one is in.
            entries.push((search::RECORD_FILE.into(), k));
        }
        if let Some(texts) = deferred_texts {
            report.deferred = Some(DeferredIndex { key, docs, previous: record, texts });
        }
        t.step("index");
    }
    let listing = crate::output::Listing::new(entries);
    report.files = listing.len();
    staging.commit(&listing, previous.as_ref())?;
    t.step("commit");
    session.cache = Some(load_cache);
    report.rendered = rendered;
    if o.exiting {
        // Freeing the renderer's views and the listing's 13,500 paths was a
        // millisecond of CPU of a +1 day build at 10,000 articles, for
        // memory the process gives back as it ends.
        std::mem::forget((renderer, listing));
    } else {
        // For a next build in this process only.
        session.manifest = Some(listing.into_manifest());
        drop(renderer);
    }
    session.related = Some(std::mem::take(&mut lib.related));
    let_go(o, (lib, previous));
    report.seconds = start.elapsed().as_secs_f64();
    Ok(report)
}

/// The files a build copies besides what it makes: those articles link to
/// and the facsimiles (into `media/`), and the site's `static/` folder.
struct Files {
    media: Vec<content::media::MediaFile>,
    statics: Vec<content::media::MediaFile>,
}

/// The renderer of a build or a check, knowing where links to files and
/// other articles lead and the facsimiles of the printed pages, its jobs,
/// and the files to copy. Warnings about links go into `warnings`; static
/// files in the place of what the build makes are errors.
fn renderer_with_files<'a>(
    lib: &'a Library,
    config: &'a Config,
    theme: &'a Theme,
    read_body: &'a render::BodySource<'a>,
    root: &Path,
    content_media: Vec<content::media::MediaFile>,
    warnings: &mut Vec<Diagnostic>,
) -> Result<(Renderer<'a>, Vec<render::Job>, Files)> {
    let published = content::media::linked(
        lib.articles
            .iter()
            .filter(|n| n.facts.has_media)
            .map(|n| (n.article().source.as_path(), n.info().media.as_slice())),
        || lib.articles.iter().map(|n| n.article().source.as_path()).collect(),
        content_media,
    );
    warnings.extend(published.warnings);
    let statics = content::media::scan_static(root).map_err(|d| Error::invalid_with_warnings(vec![d], warnings))?;
    let mut renderer = Renderer::new(lib, config, theme);
    renderer.bodies = Some(read_body);
    renderer.facsimiles = published.facsimiles;
    renderer.linked_articles = published.articles;
    let jobs = renderer.jobs();
    check_statics(&statics, &renderer, &jobs).map_err(|e| Error::invalid_with_warnings(e, warnings))?;
    Ok((renderer, jobs, Files { media: published.files, statics }))
}

/// The errors of files in `static/` that would take the place of what the
/// build makes (see [`content::media::reserved`]).
fn check_statics(
    statics: &[content::media::MediaFile],
    renderer: &Renderer,
    jobs: &[render::Job],
) -> std::result::Result<(), Vec<Diagnostic>> {
    // Every page's path only when a static file could be one.
    let pages: std::collections::HashSet<String> =
        if statics.iter().any(|f| f.rel.ends_with("index.html") || f.rel == "404.html") {
            jobs.iter().map(|&j| renderer.job_path(j, &renderer.job_dir(j))).collect()
        } else {
            Default::default()
        };
    let errors = content::media::reserved(statics, &|r| pages.contains(r));
    if errors.is_empty() { Ok(()) } else { Err(errors) }
}

/// Copies the files articles link to (into `media/`) and the site's static
/// files (to the root), each unless the previous build copied the same file
/// (same path, size, times and inode: photos are not read to be hashed).
fn copy_files(
    media: &[content::media::MediaFile],
    statics: &[content::media::MediaFile],
    staging: &Staging,
    reuse: &(dyn Fn(&str, FileKey) -> Result<bool> + Sync),
) -> Result<Vec<(String, FileKey)>> {
    let linked = media.iter().map(|f| (content::media::output_path(&f.rel), f, Path::new("content").join(&f.rel)));
    let own = statics.iter().map(|f| (f.rel.clone(), f, Path::new("static").join(&f.rel)));
    let all: Vec<(String, &content::media::MediaFile, PathBuf)> = linked.chain(own).collect();
    all.par_iter()
        .map(|(rel, f, shown)| {
            let key = match &f.stamp {
                Some(st) => crate::output::hash_bytes(format!("copy {rel} {st:?}").as_bytes()),
                None => crate::output::hash_bytes(&std::fs::read(&f.path).map_err(|e| Error::io(shown, e))?),
            };
            if !reuse(rel, key)? {
                staging.copy(&f.path, shown, rel)?;
            }
            Ok((rel.clone(), key))
        })
        .collect()
}

/// Manifest entries for files carried over from the previous build, each
/// kept in the staging folder; `None` if one of them is not there.
fn keep_files(
    paths: &[String],
    previous: Option<&Manifest>,
    staging: &Staging,
) -> Result<Option<Vec<(String, FileKey)>>> {
    let mut out = Vec::with_capacity(paths.len());
    for p in paths {
        match previous.and_then(|m| m.get(p)) {
            Some(k) if staging.reuse(p)? => out.push((p.clone(), k)),
            _ => return Ok(None),
        }
    }
    Ok(Some(out))
}

/// `gazette check`: every step of a build except writing.
pub fn check(root: &Path) -> Result<BuildReport> {
    let start = Instant::now();
    let mut config = load_config(root, None)?;
    // Nothing is written: minifying would only spend time.
    config.minify = false;
    let theme = Theme::load(root, &config.theme);
    let loaded = with_theme_errors(cache::load(root, &config, LoadCache::default()), &theme)?;
    let lib = graph::link_loaded(loaded.articles, &config, None, None)
        .map_err(|errors| Error::invalid_with_warnings(errors, &loaded.warnings));
    let mut lib = with_theme_errors(lib, &theme)?;
    lib.add_facsimile_pages(loaded.media.iter().filter_map(|f| content::media::facsimile_of(&f.rel)));
    let theme = theme?;
    let mut warnings = loaded.warnings;
    warnings.extend(unlisted_topics(root, &lib, &config));
    let bodies = cache::Bodies::new(root, &config);
    let read_body = |n: &Node| bodies.body(n.article(), n.info());
    let (renderer, jobs, _) =
        renderer_with_files(&lib, &config, &theme, &read_body, root, loaded.media, &mut warnings)?;
    let stats = renderer.render_all(&jobs, &|_, _| Ok(false), &|_| Ok(()), None)?;
    Ok(BuildReport {
        articles: lib.articles.len(),
        files: stats.entries.len(),
        rendered: stats.rendered,
        pages: jobs.len(),
        parsed: loaded.parsed,
        diagnostics: warnings,
        seconds: start.elapsed().as_secs_f64(),
        index_seconds: 0.0,
        indexed: 0,
        deferred: None,
        appended: false,
    })
}

const INIT_SITE_YAML: &str = "\
# gazette site configuration; see README.md for every key.
title: 我的日报
language: zh-CN
# base_url: https://example.org/archive/   # only for feed, sitemap and canonical links
links: explicit        # explicit: works from disk (file://); pretty: for web hosts
per_page: 20
theme: default
minify: true
search: true
sections:
  - { name: 要闻, slug: yaowen }
";

const INIT_ARTICLE: &str = "\
---
title: 欢迎使用 gazette
date: 2026-02-11
section: 要闻
page: 1
reporters: [编辑部]
tags: [gazette]
---

这是一篇示例文章。把报纸版面的纯文本放进 `content/pages/YYYY-MM-DD/NN.txt`，或用 `gazette import` 把它们变成 Markdown 文章，再运行 `gazette build`。
";

/// `gazette init DIR`: a new site with the default theme and a sample article.
pub fn init(dir: &Path) -> Result<()> {
    if dir.exists() && std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))?.next().is_some() {
        return Err(Error::other(format!(
            "{} is not empty; gazette init makes a new site in a new or empty folder",
            dir.display()
        )));
    }
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    crate::output::write_under(dir, "site.yaml", INIT_SITE_YAML.as_bytes())?;
    crate::output::write_under(dir, "content/articles/2026/02/11/01-01.md", INIT_ARTICLE.as_bytes())?;
    crate::output::write_under(dir, "content/pages/.keep", b"")?;
    crate::output::write_under(dir, ".gitignore", b"/output\n")?;
    crate::theme::write_default_theme(&dir.join("themes/default"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The summary tells a first build (every page made) from an
    /// incremental one (how many of the site's pages were made again).
    #[test]
    fn the_summary_counts_pages_rendered_of_the_sites() {
        let report = |rendered, pages| BuildReport {
            articles: 9,
            files: 379,
            rendered,
            pages,
            parsed: 0,
            diagnostics: Vec::new(),
            seconds: 0.5,
            index_seconds: 0.0,
            indexed: 0,
            deferred: None,
            appended: false,
        };
        assert_eq!(report(85, 85).summary(), "9 articles, 379 files (85 pages rendered) in 0.50s");
        assert_eq!(
            report(3, 85).summary(),
            "9 articles, 379 files (3 of 85 pages rendered, the others unchanged) in 0.50s"
        );
        let one = BuildReport { articles: 1, files: 59, ..report(1, 14) };
        assert_eq!(one.summary(), "1 article, 59 files (1 of 14 pages rendered, the others unchanged) in 0.50s");
    }
}
