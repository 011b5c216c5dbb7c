//! Render step: the page graph → every HTML page of the site through the
//! theme's Tera templates (in parallel), plus feed, sitemap, robots.txt.
//! Each page is a [`Job`]; a job builds its view, renders and minifies it and
//! hands the file to a sink (the staging folder).

pub mod feeds;
pub mod keys;
pub mod markdown;
pub mod minify;
pub mod urls;
pub mod views;

use crate::config::Config;
use crate::content::Date;
use crate::error::{Error, Result};
use crate::graph::{Library, ListPages, Node, TaxonomyKind, page_count};
use crate::output::{FileKey, OutputFile};
use crate::theme::Theme;
use rayon::prelude::*;
use std::borrow::Cow;
use std::sync::atomic::{AtomicUsize, Ordering};
use urls::{Urls, index_file, paged_dir, root_of};
use views::*;

/// Term index pages list this many terms per page (a paper has thousands of reporters and tags).
pub const TERMS_PER_PAGE: usize = 200;
/// Summary length in characters.
pub const SUMMARY_CHARS: usize = 120;
pub const HIGHLIGHT_CSS: &str = "assets/highlight.css";

/// One page to render.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Job {
    Article(usize),
    Issue(usize),
    Year(usize),
    Month(usize, usize),
    Home(usize),
    List(TaxonomyKind, u32, usize),
    Terms(TaxonomyKind, usize),
    Search,
    NotFound,
}

/// Everything rendering needs, built once per build.
pub struct Renderer<'a> {
    pub lib: &'a Library,
    pub config: &'a Config,
    pub theme: &'a Theme,
    pub urls: Urls,
    site: SiteView,
    /// `site` as the value templates get: made once, shared by every page
    /// (each holds a reference, not a copy); serialising it per page was a
    /// few percent of rendering.
    site_value: tera::Value,
    /// The search page's scripts (known once the index is built).
    pub search_scripts: Vec<String>,
    /// Reads the body of an article whose body was not loaded (load cache hit).
    pub bodies: Option<&'a BodySource<'a>>,
    /// PDFs and images of printed pages (`content::media`), linked from
    /// the issue page and the page's articles.
    pub facsimiles: crate::content::media::Facsimiles,
    /// Articles other articles link to, by their file (`content::media::Published`).
    pub linked_articles: std::collections::HashMap<String, usize>,
    /// What every page depends on and per-article hashes (see [`keys`]).
    keys: keys::Keys,
    /// Each article's [`ItemView`] as templates see it, made the first time
    /// a page lists the article: the same on every page (its URL is
    /// root-relative), so the other lists, issues and related lists showing
    /// it clone a reference (an article is on six or so lists; serializing
    /// its view for each was a tenth of rendering them).
    items: Vec<std::sync::OnceLock<ItemValue>>,
}

/// Reads an article's body again: `(node) -> body`.
pub type BodySource<'a> = dyn Fn(&Node) -> Result<String> + Sync + 'a;

/// What `render_all` did.
#[derive(Debug, Default)]
pub struct RenderStats {
    /// Every page's path and input key, for the build manifest.
    pub entries: Vec<(String, FileKey)>,
    /// Pages rendered (the rest were reused from the previous build).
    pub rendered: usize,
}

impl<'a> Renderer<'a> {
    pub fn new(lib: &'a Library, config: &'a Config, theme: &'a Theme) -> Self {
        let urls = Urls { mode: config.links };
        let mut labels = Labels::for_language(&config.language);
        // The calendar's column headers, in its column order.
        labels.weekdays.rotate_right(config.week_start.column(0));
        let mut nav = Vec::new();
        for t in lib.taxonomy(TaxonomyKind::Section).terms.iter().take(12) {
            nav.push(Link { name: t.name.clone(), url: urls.dir(&format!("sections/{}", t.slug)) });
        }
        if let Some(y) = lib.years.last() {
            nav.push(Link { name: labels.archive.into(), url: urls.dir(&y.year.to_string()) });
        }
        for kind in [TaxonomyKind::Reporter, TaxonomyKind::Topic, TaxonomyKind::Tag] {
            if !lib.taxonomy(kind).terms.is_empty() {
                nav.push(Link { name: taxonomy_name(&labels, kind).into(), url: urls.dir(kind.folder()) });
            }
        }
        let site = SiteView {
            title: config.title.clone(),
            description: config.description.clone(),
            language: config.language.clone(),
            dir: views::text_direction(&config.language),
            base_url: config.base_url.clone(),
            search: config.search,
            home_url: urls.home(),
            search_url: urls.dir("search"),
            nav,
            labels,
        };
        let keys = keys::Keys::new(lib, config, theme, &site);
        let site_value = tera::Value::from_serializable(&site);
        Renderer {
            lib,
            config,
            theme,
            urls,
            site,
            site_value,
            search_scripts: Vec::new(),
            bodies: None,
            facsimiles: Default::default(),
            linked_articles: Default::default(),
            keys,
            items: (0..lib.articles.len()).map(|_| std::sync::OnceLock::new()).collect(),
        }
    }

    /// Every page of the site, in a fixed order.
    pub fn jobs(&self) -> Vec<Job> {
        let lib = self.lib;
        let mut jobs: Vec<Job> = (0..lib.articles.len()).map(Job::Article).collect();
        jobs.extend((0..lib.issues.len()).map(Job::Issue));
        for (y, year) in lib.years.iter().enumerate() {
            jobs.push(Job::Year(y));
            jobs.extend((0..year.months.len()).map(|m| Job::Month(y, m)));
        }
        jobs.extend((1..=ListPages::new(lib.issues.len(), self.config.per_page).count()).map(Job::Home));
        for kind in TaxonomyKind::ALL {
            let tax = lib.taxonomy(kind);
            for (id, term) in tax.terms.iter().enumerate() {
                for p in 1..=ListPages::new(term.articles.len(), self.config.per_page).count() {
                    jobs.push(Job::List(kind, id as u32, p));
                }
            }
            jobs.extend((1..=page_count(tax.terms.len(), TERMS_PER_PAGE)).map(|p| Job::Terms(kind, p)));
        }
        if self.config.search {
            jobs.push(Job::Search);
        }
        jobs.push(Job::NotFound);
        jobs
    }

    /// The folder of a job's page relative to the site root (`""` for home);
    /// `404.html` is the one page that is not a folder.
    /// Borrowed where the graph has it (most pages are articles): every
    /// build asks for every page's folder, twice.
    pub fn job_dir(&self, job: Job) -> Cow<'a, str> {
        let lib = self.lib;
        match job {
            Job::Article(i) => Cow::Borrowed(&lib.articles[i].dir),
            Job::Issue(i) => Cow::Borrowed(&lib.issues[i].dir),
            Job::Year(y) => lib.years[y].year.to_string().into(),
            Job::Month(y, m) => format!("{}/{:02}", lib.years[y].year, lib.years[y].months[m].month).into(),
            Job::Home(p) => paged_dir("", p).into(),
            Job::List(kind, id, p) => paged_dir(&term_dir(lib, kind, id), p).into(),
            Job::Terms(kind, p) => paged_dir(kind.folder(), p).into(),
            Job::Search => Cow::Borrowed("search"),
            Job::NotFound => Cow::Borrowed(""),
        }
    }

    /// The output file of a job whose folder is `dir` (see [`Renderer::job_dir`]).
    pub fn job_path(&self, job: Job, dir: &str) -> String {
        match job {
            Job::NotFound => "404.html".into(),
            _ => index_file(dir),
        }
    }

    /// Renders all jobs in parallel. For each page, `reuse(path, key)` may say
    /// the previous build made it from the same inputs (then it is not
    /// rendered again); otherwise the rendered file goes to `sink`.
    pub fn render_all(
        &self,
        jobs: &[Job],
        reuse: &(dyn Fn(&str, FileKey) -> Result<bool> + Sync),
        sink: &(dyn Fn(OutputFile) -> Result<()> + Sync),
        progress: Option<&indicatif::ProgressBar>,
    ) -> Result<RenderStats> {
        let rendered = AtomicUsize::new(0);
        let entries: Vec<(String, FileKey)> = jobs
            .par_iter()
            .map(|&job| -> Result<(String, FileKey)> {
                let dir = self.job_dir(job);
                let path = self.job_path(job, &dir);
                let key = self.page_key(job, &dir);
                if !reuse(&path, key)? {
                    let (template, ctx) = self.context(job, &dir)?;
                    let mut html = self.theme.render(template, &ctx)?;
                    if job == Job::NotFound && self.config.base_url.is_none() {
                        html = with_root_finder(html, &self.top_folders());
                    }
                    sink(OutputFile { path: path.clone(), bytes: self.finish_html(html) })?;
                    rendered.fetch_add(1, Ordering::Relaxed);
                }
                if let Some(p) = progress {
                    p.inc(1);
                }
                Ok((path, key))
            })
            .collect::<Result<_>>()?;
        Ok(RenderStats { entries, rendered: rendered.into_inner() })
    }

    /// Whether an article has a code block (the site then needs the
    /// highlight stylesheet).
    pub fn has_code(&self) -> bool {
        self.lib.articles.iter().any(|n| n.facts.has_code)
    }

    /// The folders at the top of the site that a URL inside it can start
    /// with, for the 404 page's [`ROOT_FINDER`]: the years, home's older
    /// pages, the taxonomies and the search page.
    pub fn top_folders(&self) -> Vec<String> {
        let mut folders: Vec<String> = self.lib.years.iter().map(|y| y.year.to_string()).collect();
        folders.push("page".into());
        for kind in TaxonomyKind::ALL {
            if !self.lib.taxonomy(kind).terms.is_empty() {
                folders.push(kind.folder().into());
            }
        }
        if self.config.search {
            folders.push("search".into());
        }
        folders
    }

    /// Minifies a page when the site asks for it (see [`minify`] for why
    /// gazette has its own minifier and what it changes).
    fn finish_html(&self, mut html: Vec<u8>) -> Vec<u8> {
        if self.config.minify {
            minify::minify_in_place(&mut html);
        }
        html
    }

    /// The template and context of one page.
    pub fn context(&self, job: Job, dir: &str) -> Result<(&'static str, tera::Context)> {
        let mut ctx = tera::Context::new();
        ctx.insert_value("site", self.site_value.clone());
        let (template, page) = match job {
            Job::Article(i) => {
                let (view, page) = self.article_view(i, dir)?;
                ctx.insert("article", &view);
                ("article.html", page)
            }
            Job::Issue(i) => {
                let (view, page) = self.issue_view(i, dir);
                ctx.insert("issue", &view);
                ("issue.html", page)
            }
            Job::Year(y) => {
                let (view, page) = self.year_view(y, dir);
                ctx.insert("calendar", &view);
                ("calendar.html", page)
            }
            Job::Month(y, m) => {
                let (view, page) = self.month_view(y, m, dir);
                ctx.insert("calendar", &view);
                ("calendar.html", page)
            }
            Job::Home(p) => {
                let (view, page) = self.home_view(p, dir);
                ctx.insert("home", &view);
                ("home.html", page)
            }
            Job::List(kind, id, p) => {
                let (view, page) = self.list_view(kind, id, p, dir);
                ctx.insert("list", &view);
                ("list.html", page)
            }
            Job::Terms(kind, p) => {
                let (view, page) = self.terms_view(kind, p, dir);
                ctx.insert("terms", &view);
                ("terms.html", page)
            }
            Job::Search => {
                let view = SearchPageView {
                    scripts: self.search_scripts.clone(),
                    sections: self.lib.taxonomy(TaxonomyKind::Section).terms.iter().map(|t| t.name.clone()).collect(),
                };
                ctx.insert("search", &view);
                let page = self.page(
                    "search",
                    self.site.labels.search.to_string(),
                    dir,
                    vec![
                        self.crumb_home(),
                        Link { name: self.site.labels.search.into(), url: self.urls.dir("search") },
                    ],
                );
                ("search.html", page)
            }
            Job::NotFound => {
                let page = self.page("404", self.site.labels.not_found.to_string(), dir, vec![self.crumb_home()]);
                ("404.html", page)
            }
        };
        ctx.insert("root", &page.root);
        ctx.insert("page", &page);
        Ok((template, ctx))
    }

    fn page(&self, kind: &'static str, title: String, dir: &str, breadcrumbs: Vec<Link>) -> PageView {
        let canonical = self
            .config
            .base_url
            .as_ref()
            .map(|b| if kind == "404" { format!("{b}404.html") } else { urls::absolute(b, &self.urls.dir(dir)) });
        // What the page's links start with. A host serves `404.html` at the
        // missing URL's own path, where links relative to the site root lead
        // nowhere: with `base_url` known, the 404 page's links are absolute.
        let root = match (kind, &self.config.base_url) {
            ("404", Some(base)) => base.clone(),
            _ => root_of(dir),
        };
        PageView { kind, title, root, breadcrumbs, canonical, stylesheets: Vec::new() }
    }

    fn crumb_home(&self) -> Link {
        Link { name: self.site.labels.home.into(), url: self.urls.home() }
    }

    fn date_text(&self, d: Date) -> String {
        let l = &self.site.labels;
        // (From the full names: the short ones are turned to the calendar's columns.)
        let weekday = l.weekdays_long[d.weekday() as usize];
        if self.config.language.to_ascii_lowercase().starts_with("zh") {
            format!("{}年{}月{}日 星期{weekday}", d.year, d.month, d.day)
        } else {
            let month = l.months[d.month as usize - 1];
            if l.day_first {
                format!("{weekday} {} {month} {}", d.day, d.year)
            } else {
                format!("{weekday}, {month} {}, {}", d.day, d.year)
            }
        }
    }

    fn term_link(&self, kind: TaxonomyKind, id: u32) -> Link {
        let t = self.lib.term(kind, id);
        Link { name: t.name.clone(), url: self.urls.dir(&term_dir(self.lib, kind, id)) }
    }

    /// The article's item as templates see it (see `Renderer::items`).
    fn item(&self, i: usize) -> ItemValue {
        self.items[i].get_or_init(|| tera::Value::from_serializable(&self.item_view(i))).clone()
    }

    fn item_view(&self, i: usize) -> ItemView<'_> {
        let n = &self.lib.articles[i];
        let f = n.item_fields();
        let (lang, dir) = self.text_of(f.title, f.summary);
        ItemView {
            title: f.title,
            lang,
            dir,
            subtitle: f.subtitle,
            url: self.urls.dir(&n.dir),
            date: f.date.to_string(),
            page: f.page,
            section: f.section,
            reporters: f.reporters,
            summary: f.summary,
        }
    }

    /// The language and direction of an article's text, told from its
    /// title and summary (see [`views::text_language`], [`views::article_direction`]).
    fn text_of(&self, title: &str, summary: &str) -> (String, &'static str) {
        let letters = views::Letters::of(&[title, summary]);
        (letters.language(&self.config.language), letters.direction(self.site.dir))
    }

    fn calendar_crumbs(&self, d: Date, upto_month: bool) -> Vec<Link> {
        let l = &self.site.labels;
        let mut c = vec![
            self.crumb_home(),
            Link { name: format!("{}{}", d.year, l.year_suffix), url: self.urls.dir(&d.year.to_string()) },
        ];
        if upto_month {
            c.push(Link {
                name: l.months[d.month as usize - 1].to_string(),
                url: self.urls.dir(&format!("{}/{:02}", d.year, d.month)),
            });
        }
        c
    }

    fn issue_link(&self, i: usize) -> Link {
        let iss = &self.lib.issues[i];
        Link { name: self.date_text(iss.date), url: self.urls.dir(&iss.dir) }
    }

    /// The facsimiles of page `page` of the issue of `date`, in name order (see [`Renderer::facsimiles`]).
    pub(crate) fn facsimiles_of(&self, date: crate::content::Date, page: Option<u32>) -> &[String] {
        // Most archives have none: no hashing for each of 100,000 page keys then.
        if self.facsimiles.is_empty() {
            return &[];
        }
        page.and_then(|p| self.facsimiles.get(&(date, p))).map_or(&[], Vec::as_slice)
    }

    /// Links to them, named by their kind (`PDF`, `JPG`).
    fn facsimile_links(&self, date: crate::content::Date, page: Option<u32>) -> Vec<Link> {
        self.facsimiles_of(date, page)
            .iter()
            .map(|rel| Link {
                name: rel.rsplit('.').next().unwrap_or("").to_ascii_uppercase(),
                url: crate::content::media::href("", rel, ""),
            })
            .collect()
    }

    /// The body of article `n`, read again when the load cache left it out.
    fn body<'n>(&self, n: &'n Node) -> Result<Cow<'n, str>> {
        match (&n.info().origin, self.bodies) {
            (crate::content::Origin::InMemory, _) | (_, None) => Ok(Cow::Borrowed(&n.article().body)),
            (_, Some(read)) => Ok(Cow::Owned(read(n)?)),
        }
    }

    /// Where a jump line (`上接第1版`, `Continued on page 3`) of article `i`
    /// leads: the other part of the story when the graph joined them, else
    /// that page on the issue page when the issue has it (parts of one story
    /// not both marked, or marked differently).
    pub(crate) fn jump_url(&self, i: usize, part: Option<usize>, page: Option<u32>) -> Option<String> {
        let lib = self.lib;
        if let Some(j) = part {
            return Some(self.urls.dir(&lib.articles[j].dir));
        }
        let issue = &lib.issues[lib.articles[i].issue];
        let page = page.filter(|&p| issue.pages.iter().any(|x| x.number == p))?;
        Some(format!("{}#p{page:02}", self.urls.dir(&issue.dir)))
    }

    fn article_view(&self, i: usize, dir: &str) -> Result<(ArticleView, PageView)> {
        let lib = self.lib;
        let n: &Node = &lib.articles[i];
        let f = &n.article().front;
        // Links to files beside the article lead to their copies (`content::media`).
        let folder = crate::content::media::article_folder(&n.article().source);
        let root = urls::root_of(dir);
        let relink = |url: &str| {
            let (rel, suffix) = crate::content::media::resolve(folder.as_deref()?, url)?;
            if crate::content::media::is_article(&rel) {
                let &j = self.linked_articles.get(&rel)?;
                return Some(format!("{root}{}{suffix}", self.urls.dir(&lib.articles[j].dir)));
            }
            Some(crate::content::media::href(&root, &rel, suffix))
        };
        let rendered = markdown::render_markdown_linked(&self.body(n)?, self.config.allow_html, &relink);
        let issue = &lib.issues[n.issue];
        let l = &self.site.labels;
        let date = f.date.date;
        let link_of = |j: usize| Link {
            name: lib.articles[j].article().front.title.clone(),
            url: self.urls.dir(&lib.articles[j].dir),
        };
        let permalink = match &self.config.base_url {
            Some(b) => urls::absolute(b, &self.urls.dir(dir)),
            None => self.urls.dir(dir),
        };
        let page_label = f.page.map(|p| format!("{}{p}{}", l.page, l.page_suffix));
        // A citation names the article's address only where it has one: a
        // folder path relative to an unknown site root tells a reader nothing.
        let cited = if self.config.base_url.is_some() { permalink.as_str() } else { "" };
        let citation = if self.config.language.to_ascii_lowercase().starts_with("zh") {
            format!(
                "《{}》，{}{}{}。{}",
                f.title,
                self.config.title,
                format_args!("{}年{}月{}日", date.year, date.month, date.day),
                page_label.as_ref().map(|p| format!("，{p}")).unwrap_or_default(),
                cited
            )
        } else {
            // The period goes inside the quotes, as English style sets it,
            // and none after a title that ends in its own mark.
            let title = f.title.trim_end();
            let stop = if title.ends_with(['.', '?', '!', '…']) { "" } else { "." };
            format!(
                "\u{201C}{title}{stop}\u{201D} {}, {}{}. {}",
                self.config.title,
                date,
                page_label.as_ref().map(|p| format!(", {p}")).unwrap_or_default(),
                cited
            )
            .trim_end()
            .to_string()
        };
        let (lang, text_dir) = self.text_of(&f.title, &n.info().summary);
        let mut ld = serde_json::json!({
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": f.title,
            "datePublished": f.date.iso(),
            "inLanguage": lang,
        });
        if !f.reporters.is_empty() {
            ld["author"] = f.reporters.iter().map(|r| serde_json::json!({"@type": "Person", "name": r})).collect();
        }
        if let Some(p) = f.page {
            ld["printPage"] = p.to_string().into();
        }
        if let Some(s) = &f.section {
            ld["printSection"] = s.clone().into();
            ld["articleSection"] = s.clone().into();
        }
        if let Some(d) = &f.dateline {
            let mut s = d.place.clone().unwrap_or_default();
            if let Some(dd) = d.date {
                if !s.is_empty() {
                    s.push(' ');
                }
                s.push_str(&dd.to_string());
            }
            ld["dateline"] = s.into();
        }
        if let Some(st) = &f.subtitle {
            ld["alternativeHeadline"] = st.clone().into();
        }
        if self.config.base_url.is_some() {
            ld["url"] = permalink.clone().into();
        }
        // The lead photo for link previews: an address that works from anywhere.
        let image = rendered.first_image.as_deref().and_then(|url| {
            if url.starts_with("https://") || url.starts_with("http://") {
                return Some(url.to_string());
            }
            let base = self.config.base_url.as_ref()?;
            let (rel, suffix) = crate::content::media::resolve(folder.as_deref()?, url)?;
            Some(urls::absolute(base, &crate::content::media::href("", &rel, suffix)))
        });
        if let Some(img) = &image {
            ld["image"] = img.clone().into();
        }
        ld["publisher"] = serde_json::json!({"@type": "Organization", "name": self.config.title});
        // Every `<` as `\u003c`, not just `</`: a title with `<!--<script>`
        // turns a script element's text into "double escaped" data, where the
        // closing `</script>` no longer closes it and the rest of the page
        // vanishes into the script.
        let json_ld = serde_json::to_string(&ld).unwrap_or_default().replace('<', "\\u003c");
        // Links to the article's terms of one kind, in its order.
        let links = |kind| self.lib.terms_of(i, kind).iter().map(move |&id| self.term_link(kind, id));
        let view = ArticleView {
            title: f.title.clone(),
            lang,
            dir: text_dir,
            subtitle: f.subtitle.clone(),
            kicker: f.kicker.clone(),
            date: date.to_string(),
            date_text: self.date_text(date),
            issue: self.issue_link(n.issue),
            page: f.page,
            page_url: format!("{}#p{:02}", self.urls.dir(&issue.dir), n.page),
            facsimiles: self.facsimile_links(date, f.page),
            section: links(TaxonomyKind::Section).next(),
            reporters: links(TaxonomyKind::Reporter).collect(),
            contributors: f.contributors.clone(),
            agency: f.agency.clone(),
            dateline: f
                .dateline
                .as_ref()
                .map(|d| DatelineView { place: d.place.clone(), date: d.date.map(|x| x.to_string()) }),
            topic: links(TaxonomyKind::Topic).next(),
            tags: links(TaxonomyKind::Tag).collect(),
            continued_from: f.continued_from,
            continued_to: f.continued_to,
            continued_from_url: self.jump_url(i, n.jump_from, f.continued_from),
            continued_to_url: self.jump_url(i, n.jump_to, f.continued_to),
            truncated: f.truncated,
            body_html: rendered.html,
            summary: n.info().summary.to_string(),
            prev: n.prev.map(link_of),
            next: n.next.map(link_of),
            related: lib.related_of(i).iter().map(|&j| self.item(j as usize)).collect(),
            permalink,
            citation,
            json_ld,
            image,
        };
        let mut crumbs = self.calendar_crumbs(date, true);
        crumbs.push(Link {
            name: format!("{}{}", date.day, if self.site.labels.year_suffix.is_empty() { "" } else { "日" }),
            url: self.urls.dir(&issue.dir),
        });
        if let Some(p) = page_label {
            crumbs.push(Link { name: p, url: view.page_url.clone() });
        }
        let mut page = self.page("article", f.title.clone(), dir, crumbs);
        if rendered.has_code {
            page.stylesheets.push(HIGHLIGHT_CSS.into());
        }
        Ok((view, page))
    }

    fn issue_view(&self, i: usize, dir: &str) -> (IssueView, PageView) {
        let lib = self.lib;
        let iss = &lib.issues[i];
        let d = iss.date;
        let pages = iss
            .pages
            .iter()
            .map(|p| IssuePageView {
                number: p.number,
                anchor: format!("p{:02}", p.number),
                section: p.section.as_ref().and_then(|s| {
                    let tax = lib.taxonomy(TaxonomyKind::Section);
                    tax.terms
                        .iter()
                        .position(|t| t.name == s.trim())
                        .map(|id| self.term_link(TaxonomyKind::Section, id as u32))
                }),
                articles: p.articles.iter().map(|&a| self.item(a)).collect(),
                facsimiles: self.facsimile_links(d, (p.number > 0).then_some(p.number)),
            })
            .collect();
        let view = IssueView {
            date: d.to_string(),
            date_text: self.date_text(d),
            pages,
            printed_pages: printed_pages(iss),
            articles: iss.articles,
            prev: i.checked_sub(1).map(|j| self.issue_link(j)),
            next: (i + 1 < lib.issues.len()).then(|| self.issue_link(i + 1)),
            year: Link { name: d.year.to_string(), url: self.urls.dir(&d.year.to_string()) },
            month: Link {
                name: self.month_name(d.year, d.month),
                url: self.urls.dir(&format!("{}/{:02}", d.year, d.month)),
            },
        };
        let mut crumbs = self.calendar_crumbs(d, true);
        crumbs.push(Link { name: view.date_text.clone(), url: self.urls.dir(dir) });
        (view, self.page("issue", self.date_text(d), dir, crumbs))
    }

    fn issue_card(&self, i: usize) -> IssueCardView {
        let iss = &self.lib.issues[i];
        IssueCardView {
            date: iss.date.to_string(),
            date_text: self.date_text(iss.date),
            url: self.urls.dir(&iss.dir),
            pages: printed_pages(iss),
            articles: iss.articles,
            leads: issue_leads(iss, 6).into_iter().map(|a| self.item(a)).collect(),
        }
    }

    fn month_grid(&self, y: usize, m: usize, with_url: bool) -> MonthGridView {
        let year = &self.lib.years[y];
        let month = &year.months[m];
        self.grid(year.year, month.month, &month.issues, with_url)
    }

    fn grid(&self, year: i32, month: u32, issues: &[usize], with_url: bool) -> MonthGridView {
        let first = Date::new(year, month, 1).expect("valid month");
        let days = crate::content::date::days_in_month(year, month);
        let mut weeks: Vec<[Option<DayView>; 7]> = Vec::new();
        let mut week: [Option<DayView>; 7] = Default::default();
        let mut col = self.config.week_start.column(first.weekday());
        let mut it = issues.iter().peekable();
        for day in 1..=days {
            let mut url = None;
            while let Some(&&i) = it.peek() {
                let d = self.lib.issues[i].date;
                if d.day < day {
                    it.next();
                } else {
                    if d.day == day {
                        url = Some(self.urls.dir(&self.lib.issues[i].dir));
                    }
                    break;
                }
            }
            week[col] = Some(DayView { day, url });
            col += 1;
            if col == 7 {
                weeks.push(std::mem::take(&mut week));
                col = 0;
            }
        }
        if col > 0 {
            weeks.push(week);
        }
        let l = &self.site.labels;
        MonthGridView {
            year,
            month,
            name: l.months[month as usize - 1].to_string(),
            url: (with_url && !issues.is_empty()).then(|| self.urls.dir(&format!("{year}/{month:02}"))),
            weeks,
            issues: issues.len(),
        }
    }

    fn years_links(&self) -> Vec<Link> {
        self.lib
            .years
            .iter()
            .rev()
            .map(|y| Link {
                name: format!("{}{}", y.year, self.site.labels.year_suffix),
                url: self.urls.dir(&y.year.to_string()),
            })
            .collect()
    }

    fn year_view(&self, y: usize, dir: &str) -> (CalendarView, PageView) {
        let lib = self.lib;
        let year = &lib.years[y];
        let months = (1..=12)
            .map(|m| match year.months.iter().position(|x| x.month == m) {
                Some(idx) => self.month_grid(y, idx, true),
                None => self.grid(year.year, m, &[], false),
            })
            .collect();
        let link =
            |j: usize| Link { name: lib.years[j].year.to_string(), url: self.urls.dir(&lib.years[j].year.to_string()) };
        let view = CalendarView {
            year: year.year,
            months,
            issues: Vec::new(),
            prev: y.checked_sub(1).map(link),
            next: (y + 1 < lib.years.len()).then(|| link(y + 1)),
            years: self.years_links(),
        };
        let title = format!("{}{}", year.year, self.site.labels.year_suffix);
        let crumbs = vec![self.crumb_home(), Link { name: title.clone(), url: self.urls.dir(dir) }];
        (view, self.page("year", title, dir, crumbs))
    }

    fn month_view(&self, y: usize, m: usize, dir: &str) -> (CalendarView, PageView) {
        let lib = self.lib;
        let year = &lib.years[y];
        let month = &year.months[m];
        // Previous/next month with issues, across years.
        let (prev, next) = lib.month_neighbours(y, m);
        let link = |(yi, mi): (usize, usize)| {
            let (yy, mm) = (lib.years[yi].year, lib.years[yi].months[mi].month);
            Link { name: self.month_name(yy, mm), url: self.urls.dir(&format!("{yy}/{mm:02}")) }
        };
        let view = CalendarView {
            year: year.year,
            months: vec![self.month_grid(y, m, false)],
            issues: month.issues.iter().rev().map(|&i| self.issue_card(i)).collect(),
            prev: prev.map(link),
            next: next.map(link),
            years: self.years_links(),
        };
        let d = Date::new(year.year, month.month, 1).expect("valid month");
        let title = self.month_name(year.year, month.month);
        (view, self.page("month", title, dir, self.calendar_crumbs(d, true)))
    }

    /// A month as the site's language writes it (`2026年2月`, `February
    /// 2026`): the month page's title, and every link to a month page.
    fn month_name(&self, year: i32, month: u32) -> String {
        let l = &self.site.labels;
        let name = l.months[month as usize - 1];
        if l.year_suffix.is_empty() { format!("{name} {year}") } else { format!("{year}{}{name}", l.year_suffix) }
    }

    fn pager(&self, dir: &str, current: usize, total_items: usize, per_page: usize) -> PagerView {
        let total_pages = page_count(total_items, per_page);
        let mut links = Vec::new();
        let mut last_added = 0;
        for n in 1..=total_pages {
            if n == 1 || n == total_pages || n.abs_diff(current) <= 2 {
                if last_added + 1 != n && last_added != 0 {
                    links.push(None);
                }
                links.push(Some(PagerLinkView { number: n, url: self.urls.paged(dir, n), current: n == current }));
                last_added = n;
            }
        }
        PagerView {
            current,
            total_pages,
            total_items,
            prev: (current > 1).then(|| self.urls.paged(dir, current - 1)),
            next: (current < total_pages).then(|| self.urls.paged(dir, current + 1)),
            links,
        }
    }

    /// The pager of a term list's page (see [`ListPages`]): links to the
    /// first page, the oldest, and the pages within two of this one, in
    /// reading order (newest first). Nothing on page 2.. depends on the
    /// list's length except its neighbours, so that pages keep their bytes.
    fn list_pager(&self, dir: &str, lp: ListPages, current: usize) -> PagerView {
        let count = lp.count();
        // Position in reading order: page 1 first, then count, ..., 2.
        let pos = |k: usize| if k <= 1 { 0 } else { count + 1 - k };
        let mut links = Vec::new();
        let mut last: Option<usize> = None;
        for k in lp.reading_order() {
            if k == 1 || k == 2 || pos(k).abs_diff(pos(current)) <= 2 {
                if last.is_some_and(|l| pos(l) + 1 != pos(k)) {
                    links.push(None);
                }
                links.push(Some(PagerLinkView { number: k, url: self.urls.paged(dir, k), current: k == current }));
                last = Some(k);
            }
        }
        PagerView {
            current,
            total_pages: count,
            total_items: lp.items,
            prev: lp.newer_page(current).map(|k| self.urls.paged(dir, k)),
            next: lp.older_page(current).map(|k| self.urls.paged(dir, k)),
            links,
        }
    }

    fn home_view(&self, p: usize, dir: &str) -> (HomeView, PageView) {
        let lib = self.lib;
        let n = lib.issues.len();
        // Latest issues first, paged as term lists are (see [`ListPages`]):
        // a new day changes the first page only.
        let lp = ListPages::new(n, self.config.per_page);
        let issues = lp.range(p).map(|k| self.issue_card(n - 1 - k)).collect();
        let sections = lib
            .taxonomy(TaxonomyKind::Section)
            .terms
            .iter()
            .map(|t| SectionLinkView {
                name: t.name.clone(),
                url: self.urls.dir(&format!("sections/{}", t.slug)),
                // Counts change every day: on the first page only, so that
                // the older pages keep their bytes.
                count: (p == 1).then_some(t.articles.len()),
            })
            .collect();
        let view = HomeView { issues, pager: self.list_pager("", lp, p), years: self.years_links(), sections };
        let mut title = self.config.title.clone();
        if p > 1 {
            title = format!("{title} ({p})");
        }
        (view, self.page("home", title, dir, vec![self.crumb_home()]))
    }

    fn list_view(&self, kind: TaxonomyKind, id: u32, p: usize, dir: &str) -> (ListView, PageView) {
        let lib = self.lib;
        let term = lib.term(kind, id);
        let lp = ListPages::new(term.articles.len(), self.config.per_page);
        let items = term.articles[lp.range(p)].iter().map(|&a| self.item(a)).collect();
        let tdir = term_dir(lib, kind, id);
        let tname = taxonomy_name(&self.site.labels, kind).to_string();
        let view = ListView {
            taxonomy: kind.folder(),
            taxonomy_name: tname.clone(),
            name: term.name.clone(),
            index_url: self.urls.dir(kind.folder()),
            items,
            count: (p == 1).then_some(term.articles.len()),
            pager: self.list_pager(&tdir, lp, p),
        };
        let crumbs = vec![
            self.crumb_home(),
            Link { name: tname, url: self.urls.dir(kind.folder()) },
            Link { name: term.name.clone(), url: self.urls.dir(&tdir) },
        ];
        let mut title = term.name.clone();
        if p > 1 {
            title = format!("{title} ({p})");
        }
        (view, self.page("list", title, dir, crumbs))
    }

    fn terms_view(&self, kind: TaxonomyKind, p: usize, dir: &str) -> (TermsView, PageView) {
        let lib = self.lib;
        let tax = lib.taxonomy(kind);
        let start = (p - 1) * TERMS_PER_PAGE;
        let terms = tax.terms[start.min(tax.terms.len())..(start + TERMS_PER_PAGE).min(tax.terms.len())]
            .iter()
            .map(|t| CountedLink {
                name: t.name.clone(),
                url: self.urls.dir(&format!("{}/{}", kind.folder(), t.slug)),
                count: t.articles.len(),
            })
            .collect();
        let tname = taxonomy_name(&self.site.labels, kind).to_string();
        let view = TermsView {
            taxonomy: kind.folder(),
            taxonomy_name: tname.clone(),
            terms,
            pager: self.pager(kind.folder(), p, tax.terms.len(), TERMS_PER_PAGE),
        };
        let crumbs = vec![self.crumb_home(), Link { name: tname.clone(), url: self.urls.dir(kind.folder()) }];
        (view, self.page("terms", tname, dir, crumbs))
    }
}

/// The printed pages of an issue: its articles with no `page` are none.
fn printed_pages(issue: &crate::graph::Issue) -> usize {
    issue.pages.iter().filter(|p| p.number > 0).count()
}

/// The lead article of each page first, then the others in reading order,
/// `max` in all: a front-page digest of the issue however many pages it has.
fn issue_leads(issue: &crate::graph::Issue, max: usize) -> Vec<usize> {
    let mut leads: Vec<usize> = issue.pages.iter().filter_map(|p| p.articles.first().copied()).take(max).collect();
    for p in &issue.pages {
        for &a in p.articles.iter().skip(1) {
            if leads.len() >= max {
                return leads;
            }
            leads.push(a);
        }
    }
    leads
}

/// Finds the site's root in a missing URL, for `404.html` when `base_url`
/// is not set. A host serves that page at the missing URL's own path
/// (`/archive/2026/03/01/99-99/` for a site in `/archive/`), where links
/// relative to the root lead nowhere; the theme cannot know the root, so
/// this script sets a `<base>` before the page's links are read: the path
/// up to its first segment that is one of the site's top folders
/// (`FOLDERS`). Failing that, the deepest folder of the path holding the
/// site's `sitemap.xml` is the root (asked for in turn; the stylesheets
/// are then loaded again). The `<base>` is made with the DOM, not written
/// as markup: a link checker reading the page's text would take that for
/// a link. Opened from disk, the page is at the root and needs none.
pub const ROOT_FINDER: &str = r#"<script>(function(){if(location.protocol=="file:")return;var t=FOLDERS,s=location.pathname.split("/"),n,i;s.pop();function set(r){var b=document.createElement("base"),l=document.querySelectorAll("link[rel=stylesheet]"),j;b.href=r;document.head.insertBefore(b,document.head.firstChild);for(j=0;j<l.length;j++)l[j].href=l[j].getAttribute("href")}for(i=1;i<s.length;i++)if(t.indexOf(decodeURIComponent(s[i]))>=0)return set(s.slice(0,i).join("/")+"/");n=s.length;function probe(){if(n<1)return;var r=s.slice(0,n).join("/")+"/",x=new XMLHttpRequest();n--;x.open("HEAD",r+"sitemap.xml");x.onload=function(){x.status==200?set(r):probe()};x.onerror=probe;x.send()}probe()})()</script>"#;

/// `html` with [`ROOT_FINDER`] (knowing `folders`) early in its `<head>`,
/// before any link the `<base>` must apply to: after the charset's
/// `<meta>` (which must come in the first 1,024 bytes), else after
/// `<head>`, else at its start.
pub fn with_root_finder(html: Vec<u8>, folders: &[String]) -> Vec<u8> {
    // Folder names are digits and slugs; escaped all the same, inside a script.
    let list = serde_json::to_string(folders).unwrap_or_else(|_| "[]".into()).replace("</", "<\\/");
    let script = ROOT_FINDER.replace("FOLDERS", &list);
    let lower = html.to_ascii_lowercase();
    let after_tag = |name: &[u8]| {
        let h = lower.windows(name.len()).position(|w| w == name)?;
        lower[h..].iter().position(|&c| c == b'>').map(|e| h + e + 1)
    };
    let at = after_tag(b"<meta charset").or_else(|| after_tag(b"<head>")).or_else(|| after_tag(b"<head ")).unwrap_or(0);
    let mut out = Vec::with_capacity(html.len() + script.len());
    out.extend_from_slice(&html[..at]);
    out.extend_from_slice(script.as_bytes());
    out.extend_from_slice(&html[at..]);
    out
}

pub fn term_dir(lib: &Library, kind: TaxonomyKind, id: u32) -> String {
    urls::concat(&[kind.folder(), "/", &lib.term(kind, id).slug])
}

fn taxonomy_name(l: &Labels, kind: TaxonomyKind) -> &'static str {
    match kind {
        TaxonomyKind::Section => l.sections,
        TaxonomyKind::Reporter => l.reporters,
        TaxonomyKind::Topic => l.topics,
        TaxonomyKind::Tag => l.tags,
    }
}

/// Turns a Tera error into one naming the template file and position
/// (`name` is the template being rendered, used when Tera names none).
/// Tera reports a parse or render error as `error: reason`, ` --> file:line:col`
/// and an excerpt of the template with a caret under the place; this keeps
/// the reason and the excerpt and puts the place in front, as
/// `path:line:col: error:` (the preview server shows the excerpt as it is).
pub fn template_error(theme_dir: &std::path::Path, name: &str, e: &tera::Error) -> Error {
    let templates = theme_dir.join("templates");
    let mut text = e.to_string();
    let mut src = std::error::Error::source(e);
    while let Some(s) = src {
        text.push_str(": ");
        text.push_str(&s.to_string());
        src = s.source();
    }
    let (file, line, col, message) = match tera_report(&text) {
        Some(r) => r,
        None => {
            let file = match e.kind() {
                tera::ErrorKind::MissingParent { current, .. } => current.as_str(),
                _ => name,
            };
            (file, 0, 0, text.trim().to_string())
        }
    };
    Error::Template { path: if file.is_empty() { templates } else { templates.join(file) }, line, col, message }
}

/// The first report in Tera's error text: (file, line, column, reason and
/// excerpt). `None` when the text has no ` --> file:line:col` line.
fn tera_report(text: &str) -> Option<(&str, usize, usize, String)> {
    let lines: Vec<&str> = text.lines().collect();
    let at = lines.iter().position(|l| l.trim_start().starts_with("--> "))?;
    let place = lines[at].trim_start().strip_prefix("--> ")?.trim();
    let (rest, col) = place.rsplit_once(':')?;
    let (file, line) = rest.rsplit_once(':')?;
    let (line, col) = (line.parse().ok()?, col.parse().ok()?);
    let reason = lines[..at].iter().rev().find(|l| !l.trim().is_empty())?.trim();
    let mut message = reason.strip_prefix("error:").map_or(reason, str::trim_start).to_string();
    // The excerpt: up to the next report or the end.
    for l in lines[at + 1..].iter().take_while(|l| !l.starts_with("error")) {
        if !l.trim().is_empty() {
            message.push('\n');
            message.push_str(l);
        }
    }
    Some((file, line, col, message))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_root_finder_goes_before_the_404_pages_links_and_after_its_charset() {
        let folders = vec!["2026".to_string(), "tags".to_string()];
        let put = |html: &str| String::from_utf8(super::with_root_finder(html.into(), &folders)).unwrap();
        let page = put("<html><HEAD><meta charset=\"utf-8\"><link rel=stylesheet href=a.css></head></html>");
        let (before, after) = page.split_once("<script>").unwrap();
        assert_eq!(before, "<html><HEAD><meta charset=\"utf-8\">");
        assert!(after.contains(r#"var t=["2026","tags"]"#) && after.contains("</script><link rel=stylesheet"));
        // No charset: after <head>, never inside a <header>.
        let page = put("<html><header>x</header><head lang=zh><title>t</title></head></html>");
        assert!(page.starts_with("<html><header>x</header><head lang=zh><script>"), "{page}");
        // No head at all: first.
        assert!(put("<p>gone</p>").starts_with("<script>"));
        // A folder name cannot close the script.
        let odd = String::from_utf8(super::with_root_finder(Vec::new(), &["</script>".to_string()])).unwrap();
        assert_eq!(odd.matches("</script>").count(), 1);
    }

    #[test]
    fn a_tera_report_gives_its_place_reason_and_excerpt() {
        let text =
            "error: Unknown filter `nofilter`\n --> 404.html:1:8\n  |\n1 | {{ 1 | nofilter }}\n  |        ^^^^^^^^\n";
        let (file, line, col, message) = super::tera_report(text).unwrap();
        assert_eq!((file, line, col), ("404.html", 1, 8));
        assert_eq!(message, "Unknown filter `nofilter`\n  |\n1 | {{ 1 | nofilter }}\n  |        ^^^^^^^^");
        // Two reports: the first one's place, its own excerpt only.
        let two = format!("{text}\nerror: Unknown template `x.html`\n --> base.html:2:3\n  |\n");
        let (_, _, _, message) = super::tera_report(&two).unwrap();
        assert!(!message.contains("x.html"), "{message}");
        assert_eq!(super::tera_report("Template 'a' not found"), None);
    }

    #[test]
    fn template_errors_name_file_line_and_column() {
        let mut tera = tera::Tera::new();
        let e = tera.add_raw_template("404.html", "{% if %}").unwrap_err();
        match super::template_error(std::path::Path::new("themes/t"), "", &e) {
            crate::Error::Template { path, line, col, message } => {
                assert_eq!(path, std::path::Path::new("themes/t/templates/404.html"));
                assert_eq!((line, col > 0), (1, true), "{message}");
                assert!(!message.starts_with("error"), "{message}");
            }
            other => panic!("{other}"),
        }
    }
}
