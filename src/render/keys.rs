//! Render step, part 5: what each page is made from, as a hash, worked out
//! from per-article hashes and the page's place in the graph without building
//! its view. The build manifest records these keys; the next build renders
//! only pages whose key changed, so everything a page shows must go into its
//! key (tests/incremental.rs compares incremental builds with full ones).
//!
//! An article's *card* hash covers what any other page shows of it (title,
//! summary, date, URL, ...): it is the hash of the whole article plus its
//! folder, so it changes whenever the article does.

use super::{Job, Renderer, TERMS_PER_PAGE, issue_leads, printed_pages, views::SiteView};
use crate::config::Config;
use crate::graph::{Library, ListPages, TaxonomyKind};
use crate::output::FileKey;
use crate::theme::Theme;
use rayon::prelude::*;

/// The parts of page keys computed once per build.
#[derive(Debug, Default)]
pub struct Keys {
    /// gazette, theme, every setting, the site view (nav, labels).
    global: u128,
    /// Per article: its hash and folder.
    cards: Vec<u128>,
    /// The list of years every calendar and the home page show.
    years: u128,
    /// Home page's section list: names, slugs, counts (the first page),
    /// names and slugs (the others).
    sections: u128,
    section_names: u128,
    /// Per taxonomy kind, per term: its name and slug, as an article page
    /// shows them (hashed once, not copied into every article's key).
    terms: [Vec<u128>; 4],
}

/// A byte buffer hashed once. With xxh3 (128 bits): keys tell versions of
/// one page apart, nothing adversarial, and blake3 on 235,000 buffers of a
/// few hundred bytes was a tenth of keying an incremental build at 100,000.
#[derive(Default)]
struct Buf(Vec<u8>);

impl Buf {
    fn n(&mut self, v: u64) -> &mut Self {
        self.0.extend_from_slice(&v.to_le_bytes());
        self
    }
    fn h(&mut self, v: u128) -> &mut Self {
        self.0.extend_from_slice(&v.to_le_bytes());
        self
    }
    fn s(&mut self, s: &str) -> &mut Self {
        self.n(s.len() as u64);
        self.0.extend_from_slice(s.as_bytes());
        self
    }
    fn opt(&mut self, s: Option<&str>) -> &mut Self {
        match s {
            Some(s) => self.n(1).s(s),
            None => self.n(0),
        }
    }
    fn hash(&self) -> u128 {
        xxhash_rust::xxh3::xxh3_128(&self.0)
    }
}

impl Keys {
    pub fn new(lib: &Library, config: &Config, theme: &Theme, site: &SiteView) -> Keys {
        let mut g = Buf::default();
        g.h(crate::output::code_id()).s(&theme.fingerprint);
        // Every setting: cheaper to re-render on an unrelated change than to miss a related one.
        g.s(&format!("{config:?}"));
        g.s(&serde_json::to_string(site).unwrap_or_default());
        let cards = lib
            .articles
            .par_iter()
            .map(|n| {
                let mut b = Buf(Vec::with_capacity(24 + n.dir.len()));
                b.h(n.facts.hash).s(&n.dir);
                b.hash()
            })
            .collect();
        let mut y = Buf::default();
        for year in &lib.years {
            y.n(year.year as u64);
        }
        let (mut s, mut names) = (Buf::default(), Buf::default());
        for t in &lib.taxonomy(TaxonomyKind::Section).terms {
            s.s(&t.name).s(&t.slug).n(t.articles.len() as u64);
            names.s(&t.name).s(&t.slug);
        }
        let terms = TaxonomyKind::ALL.map(|kind| {
            let mut b = Buf::default();
            lib.taxonomy(kind)
                .terms
                .iter()
                .map(|t| {
                    b.0.clear();
                    b.s(&t.name).s(&t.slug);
                    b.hash()
                })
                .collect()
        });
        Keys { global: g.hash(), cards, years: y.hash(), sections: s.hash(), section_names: names.hash(), terms }
    }
}

impl Renderer<'_> {
    /// The key of one page whose folder is `dir` (see the module comment).
    pub fn page_key(&self, job: Job, dir: &str) -> FileKey {
        thread_local! {
            // One buffer per thread, kept from page to page: a new one per
            // page (and growing it step by step) was a tenth of the keying.
            static SPARE: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
        }
        let mut b = Buf(SPARE.with_borrow_mut(std::mem::take));
        b.0.clear();
        b.0.reserve(1024);
        let key = self.page_key_into(&mut b, job, dir);
        SPARE.with_borrow_mut(|spare| *spare = b.0);
        key
    }

    fn page_key_into(&self, b: &mut Buf, job: Job, dir: &str) -> FileKey {
        let k = &self.keys;
        let lib = self.lib;
        b.h(k.global).s(dir);
        let card = |b: &mut Buf, a: Option<usize>| {
            match a {
                Some(a) => b.n(1).h(k.cards[a]),
                None => b.n(0),
            };
        };
        match job {
            Job::Article(i) => {
                let n = &lib.articles[i];
                b.s("article").h(k.cards[i]).n(u64::from(n.page)).n(u64::from(n.order));
                for kind in TaxonomyKind::ALL {
                    for &id in lib.terms_of(i, kind) {
                        b.n(kind.index() as u64).h(k.terms[kind.index()][id as usize]);
                    }
                }
                card(b, n.prev);
                card(b, n.next);
                // Read from its facts: most of the archive's articles are
                // not decoded by a build that adds a day.
                let f = &n.facts;
                for rel in self.facsimiles_of(lib.issues[n.issue].date, f.page) {
                    b.s(rel);
                }
                // Where its links to other articles lead.
                if f.links_articles {
                    for r in n.info().media.iter().filter(|r| crate::content::media::is_article(&r.rel)) {
                        b.opt(self.linked_articles.get(&r.rel).map(|&j| lib.articles[j].dir.as_str()));
                    }
                }
                b.opt(self.jump_url(i, n.jump_from, f.continued_from).as_deref());
                b.opt(self.jump_url(i, n.jump_to, f.continued_to).as_deref());
                for &r in lib.related_of(i) {
                    card(b, Some(r as usize));
                }
            }
            Job::Issue(i) => {
                let iss = &lib.issues[i];
                b.s("issue").s(&iss.date.to_string()).n(iss.articles as u64);
                b.opt(i.checked_sub(1).map(|j| lib.issues[j].dir.as_str()));
                b.opt(lib.issues.get(i + 1).map(|x| x.dir.as_str()));
                let sections = &lib.taxonomy(TaxonomyKind::Section).terms;
                for p in &iss.pages {
                    b.n(u64::from(p.number)).opt(p.section.as_deref());
                    for rel in self.facsimiles_of(iss.date, (p.number > 0).then_some(p.number)) {
                        b.s(rel);
                    }
                    let slug = p.section.as_ref().and_then(|s| sections.iter().find(|t| t.name == s.trim()));
                    b.opt(slug.map(|t| t.slug.as_str()));
                    for &a in &p.articles {
                        card(b, Some(a));
                    }
                }
            }
            Job::Year(y) => {
                b.s("year").h(k.years).n(y as u64);
                for m in &lib.years[y].months {
                    b.n(u64::from(m.month));
                    for &i in &m.issues {
                        b.s(&lib.issues[i].dir);
                    }
                }
            }
            Job::Month(y, m) => {
                b.s("month").h(k.years);
                // Previous and next month with issues, across years.
                let (prev, next) = lib.month_neighbours(y, m);
                let ym = |(yi, mi): (usize, usize)| (lib.years[yi].year, lib.years[yi].months[mi].month);
                b.s(&format!("{:?} {:?}", prev.map(ym), next.map(ym)));
                for &i in &lib.years[y].months[m].issues {
                    self.issue_card_key(b, i);
                }
            }
            Job::Home(p) => {
                let n = lib.issues.len();
                let lp = ListPages::new(n, self.config.per_page);
                b.s("home").h(k.years).h(if p == 1 { k.sections } else { k.section_names });
                if p == 1 || self.theme.shows_totals {
                    b.n(n as u64);
                }
                Self::pager_key(b, lp, p);
                for j in lp.range(p) {
                    self.issue_card_key(b, n - 1 - j);
                }
            }
            Job::List(kind, id, p) => {
                let t = lib.term(kind, id);
                let lp = ListPages::new(t.articles.len(), self.config.per_page);
                b.s("list").n(kind.index() as u64).s(&t.name).s(&t.slug);
                // The length shows on the first page only, unless the theme
                // prints the pager's totals (then every page shows it).
                if p == 1 || self.theme.shows_totals {
                    b.n(t.articles.len() as u64);
                }
                Self::pager_key(b, lp, p);
                for &a in &t.articles[lp.range(p)] {
                    card(b, Some(a));
                }
            }
            Job::Terms(kind, p) => {
                let tax = lib.taxonomy(kind);
                b.s("terms").n(kind.index() as u64).n(tax.terms.len() as u64);
                let start = (p - 1) * TERMS_PER_PAGE;
                for t in &tax.terms[start.min(tax.terms.len())..(start + TERMS_PER_PAGE).min(tax.terms.len())] {
                    b.s(&t.name).s(&t.slug).n(t.articles.len() as u64);
                }
            }
            Job::Search => {
                b.s("search");
                for s in &self.search_scripts {
                    b.s(s);
                }
                b.n(0);
                for t in &lib.taxonomy(TaxonomyKind::Section).terms {
                    b.s(&t.name);
                }
            }
            Job::NotFound => {
                b.s("404");
                // What its root finder knows (see `render::ROOT_FINDER`).
                for f in self.top_folders() {
                    b.s(&f);
                }
            }
        }
        b.hash()
    }

    /// What the pager of page `p` of a [`ListPages`] shows, its totals aside.
    fn pager_key(b: &mut Buf, lp: ListPages, p: usize) {
        // Page numbers start at 1: 0 stands for none.
        b.n(lp.newer_page(p).map_or(0, |k| k as u64));
        b.n(lp.older_page(p).map_or(0, |k| k as u64));
        // The pager's links: pages within two of this one, and a gap
        // before them unless the newest older page is among them.
        b.n(lp.count().min(p + 3) as u64);
    }

    /// What a month or home page shows of an issue: date, counts, lead articles.
    fn issue_card_key(&self, b: &mut Buf, i: usize) {
        let iss = &self.lib.issues[i];
        b.s(&iss.dir).n(printed_pages(iss) as u64).n(iss.articles as u64);
        for a in issue_leads(iss, 6) {
            b.h(self.keys.cards[a]);
        }
    }
}
