//! The whole pipeline: load → import → link → render → index → write.
//! [`build`] runs every step and swaps the result into the output folder only
//! when all of them succeeded; [`check`] runs them without writing.

use crate::config::{Config, LinkMode};
use crate::content::{Article, load_content};
use crate::error::{Diagnostic, Error, Result};
use crate::graph::{self, Library};
use crate::import::{self, ImportRules};
use crate::output::{Manifest, OutputFile, Staging};
use crate::render::{self, Renderer, markdown};
use crate::search::{self, SearchDoc};
use crate::theme::Theme;
use rayon::prelude::*;
use std::collections::HashSet;
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
        }
    }
}

#[derive(Debug, Default)]
pub struct BuildReport {
    pub articles: usize,
    pub files: usize,
    /// Pages rendered anew (the others were unchanged since the previous build).
    pub rendered: usize,
    /// Warnings (a build with errors returns `Err`).
    pub diagnostics: Vec<Diagnostic>,
    pub seconds: f64,
    /// Seconds spent building the search index.
    pub index_seconds: f64,
}

impl BuildReport {
    pub fn summary(&self) -> String {
        let mut s = format!(
            "{} articles, {} files ({} pages rendered, the rest unchanged) in {:.2}s",
            self.articles, self.files, self.rendered, self.seconds
        );
        if self.index_seconds > 0.0 {
            s.push_str(&format!(" (search index {:.2}s)", self.index_seconds));
        }
        if !self.diagnostics.is_empty() {
            s.push_str(&format!(", {} warnings", self.diagnostics.len()));
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

/// Load and import: every article of the site, and the warnings found on the
/// way. All errors of all files are returned together.
pub fn load_articles(root: &Path, config: &Config) -> Result<(Vec<Article>, Vec<Diagnostic>)> {
    let loaded = load_content(root);
    let mut diagnostics = loaded.diagnostics;
    let mut articles = loaded.articles;
    // A Markdown article naming a raw page as its source wins over the page.
    let claimed: HashSet<String> = articles.iter().filter_map(|a| a.front.source.clone()).collect();
    let rules = ImportRules::new(&config.import, &config.topics);
    diagnostics.extend(rules.warnings.iter().map(|w| Diagnostic::warning("site.yaml", 0, 0, w.clone())));
    let imported: Vec<(Vec<Article>, Vec<Diagnostic>)> = loaded
        .raw_pages
        .par_iter()
        .filter(|p| !claimed.contains(&p.rel))
        .map(|p| match import::import_file(p, &rules) {
            Ok(out) => (out.articles, out.diagnostics),
            Err(d) => (Vec::new(), vec![d]),
        })
        .collect();
    for (a, d) in imported {
        articles.extend(a);
        diagnostics.extend(d);
    }
    let (errors, warnings): (Vec<Diagnostic>, Vec<Diagnostic>) =
        diagnostics.into_iter().partition(Diagnostic::is_error);
    if !errors.is_empty() {
        let mut errors = errors;
        errors.sort_by(|a, b| (&a.path, a.line, a.col).cmp(&(&b.path, b.line, b.col)));
        return Err(Error::Invalid(errors));
    }
    Ok((articles, warnings))
}

/// Plain text and summary of every article, in library order.
fn texts_and_summaries(lib: &Library) -> (Vec<String>, Vec<String>) {
    lib.articles
        .par_iter()
        .map(|n| {
            let text = markdown::plain_text(&n.article.body);
            let summary = markdown::summarize(&text, render::SUMMARY_CHARS);
            (text, summary)
        })
        .unzip()
}

fn search_docs(lib: &Library, renderer_urls: render::urls::Urls, texts: Vec<String>) -> Vec<SearchDoc> {
    lib.articles
        .iter()
        .zip(texts)
        .map(|(n, text)| {
            let f = &n.article.front;
            SearchDoc {
                url: renderer_urls.dir(&n.dir),
                title: f.title.clone(),
                subtitle: f.subtitle.clone(),
                date: f.date.date,
                section: f.section.clone(),
                reporters: f.reporters.clone(),
                topic: f.topic.clone(),
                tags: f.tags.clone(),
                text,
            }
        })
        .collect()
}

/// Prints how long each step took when `GAZETTE_TIMINGS` is set (for profiling).
struct Timings {
    on: bool,
    last: Instant,
}

impl Timings {
    fn new() -> Self {
        Timings { on: std::env::var_os("GAZETTE_TIMINGS").is_some(), last: Instant::now() }
    }

    fn step(&mut self, name: &str) {
        if self.on {
            eprintln!("timing: {name:<10} {:>8.3}s", self.last.elapsed().as_secs_f64());
        }
        self.last = Instant::now();
    }
}

/// `gazette build`.
pub fn build(o: &BuildOptions) -> Result<BuildReport> {
    let start = Instant::now();
    let mut t = Timings::new();
    let config = load_config(&o.root, o.links)?;
    let (articles, diagnostics) = load_articles(&o.root, &config)?;
    t.step("load");
    let theme = Theme::load(&o.root, &config.theme)?;
    let lib = graph::link(articles, &config).map_err(Error::Invalid)?;
    t.step("link");
    let (texts, summaries) = texts_and_summaries(&lib);
    t.step("text");
    let urls = render::urls::Urls { mode: config.links };

    let index_start = Instant::now();
    let index = if config.search {
        search::build_index(&search_docs(&lib, urls, texts))
    } else {
        search::SearchIndex::default()
    };
    let index_seconds = if config.search { index_start.elapsed().as_secs_f64() } else { 0.0 };

    let previous = if o.full { None } else { Manifest::load(&o.out) };
    let staging = match &previous {
        Some(m) if o.in_place => Staging::begin_in_place(&o.out, m)?,
        _ => Staging::begin(&o.out)?,
    };
    let renderer = Renderer::new(&lib, &config, &theme, summaries, index.scripts.clone());
    let jobs = renderer.jobs();
    let progress = (!o.quiet && std::io::stderr().is_terminal() && jobs.len() > 5_000).then(|| {
        let p = indicatif::ProgressBar::new(jobs.len() as u64);
        p.set_style(
            indicatif::ProgressStyle::with_template("{spinner} rendering {pos}/{len} pages [{bar:40}] {eta}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        p
    });
    let write = |f: OutputFile| staging.write(&f);
    let unchanged = |path: &str, key: &str| previous.as_ref().and_then(|m| m.files.get(path)).is_some_and(|k| k == key);
    let reuse = |path: &str, key: &str| if unchanged(path, key) { staging.reuse(path) } else { Ok(false) };
    let stats = renderer.render_all(&jobs, &reuse, &write, progress.as_ref())?;
    if let Some(p) = progress {
        p.finish_and_clear();
    }
    t.step("render");
    let mut extra: Vec<OutputFile> =
        theme.statics.iter().map(|(p, b)| OutputFile { path: p.clone(), bytes: b.clone() }).collect();
    if stats.has_code {
        let css = markdown::highlight_css(&config.highlight_theme).map_err(|m| Error::at("site.yaml", 0, 0, m))?;
        extra.push(OutputFile { path: render::HIGHLIGHT_CSS.into(), bytes: css.into_bytes() });
    }
    extra.push(render::feeds::atom_feed(&lib, &config, urls, &renderer.summaries));
    let page_urls: Vec<String> =
        jobs.iter().filter(|j| **j != render::Job::NotFound).map(|&j| urls.dir(&renderer.job_dir(j))).collect();
    extra.extend(render::feeds::sitemaps(&config, &page_urls));
    extra.push(render::feeds::robots(&config));
    extra.extend(index.files);
    let extra_keys: Vec<(String, String)> = extra
        .par_iter()
        .map(|f| -> Result<(String, String)> {
            let key = blake3::hash(&f.bytes).to_hex().to_string();
            if !reuse(&f.path, &key)? {
                staging.write(f)?;
            }
            Ok((f.path.clone(), key))
        })
        .collect::<Result<_>>()?;
    let files = stats.entries.len() + extra.len();
    let rendered = stats.rendered;
    let manifest =
        Manifest { version: Manifest::VERSION, files: stats.entries.into_iter().chain(extra_keys).collect() };
    staging.write(&manifest.to_file())?;
    t.step("extra");
    staging.commit(&manifest)?;
    t.step("commit");
    Ok(BuildReport {
        articles: lib.articles.len(),
        files,
        rendered,
        diagnostics,
        seconds: start.elapsed().as_secs_f64(),
        index_seconds,
    })
}

/// `gazette check`: every step of a build except writing.
pub fn check(root: &Path) -> Result<BuildReport> {
    let start = Instant::now();
    let config = load_config(root, None)?;
    let (articles, diagnostics) = load_articles(root, &config)?;
    let theme = Theme::load(root, &config.theme)?;
    let lib = graph::link(articles, &config).map_err(Error::Invalid)?;
    let (_, summaries) = texts_and_summaries(&lib);
    let renderer = Renderer::new(&lib, &config, &theme, summaries, Vec::new());
    let jobs = renderer.jobs();
    let stats = renderer.render_all(&jobs, &|_, _| Ok(false), &|_| Ok(()), None)?;
    Ok(BuildReport {
        articles: lib.articles.len(),
        files: stats.entries.len(),
        rendered: stats.rendered,
        diagnostics,
        seconds: start.elapsed().as_secs_f64(),
        index_seconds: 0.0,
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
