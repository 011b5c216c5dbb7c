//! `SiteTest`: each integration case builds its own tiny site in a temp dir,
//! then checks files, links and content. Plus a link checker for whole outputs.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub struct SiteTest {
    pub dir: tempfile::TempDir,
}

impl SiteTest {
    pub fn new(site_yaml: &str) -> SiteTest {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(dir.path().join("site.yaml"), site_yaml).expect("write site.yaml");
        std::fs::create_dir_all(dir.path().join("content")).expect("content");
        SiteTest { dir }
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn out(&self) -> PathBuf {
        self.root().join("output")
    }

    /// Adds `content/<rel>`.
    pub fn file(&self, rel: &str, text: &str) -> &Self {
        let p = self.root().join("content").join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
        self
    }

    /// Adds an article with the given extra front matter lines.
    pub fn article(&self, rel: &str, title: &str, date: &str, extra: &str) -> &Self {
        self.file(rel, &format!("---\ntitle: {title}\ndate: {date}\n{extra}---\n\n{title}的正文。第二句。\n"))
    }

    pub fn build(&self) -> gazette::Result<gazette::site::BuildReport> {
        gazette::site::build(&gazette::site::BuildOptions::new(self.root()))
    }

    pub fn build_with(&self, links: gazette::config::LinkMode) -> gazette::Result<gazette::site::BuildReport> {
        let mut o = gazette::site::BuildOptions::new(self.root());
        o.links = Some(links);
        gazette::site::build(&o)
    }

    pub fn read(&self, rel: &str) -> String {
        let p = self.out().join(rel);
        std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
    }

    pub fn exists(&self, rel: &str) -> bool {
        self.out().join(rel).exists()
    }

    /// Staging folders a build left beside the output (a failed build must leave none).
    pub fn staging_leftovers(&self) -> Vec<std::ffi::OsString> {
        std::fs::read_dir(self.root())
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .filter(|n| n.to_string_lossy().contains("staging"))
            .collect()
    }
}

/// Every file under `dir` with its bytes, keyed by relative path.
pub fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    read_tree(dir, false)
}

/// [`snapshot`] of a folder a server is writing: a file that goes between
/// being listed and read (a temporary file renamed) is left out, for the
/// test polling the folder to look again.
pub fn live_snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    read_tree(dir, true)
}

fn read_tree(dir: &Path, live: bool) -> BTreeMap<String, Vec<u8>> {
    let gone = |e: &std::io::Error| live && e.kind() == std::io::ErrorKind::NotFound;
    let mut m = BTreeMap::new();
    for e in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let e = match e {
            Ok(e) => e,
            Err(e) if e.io_error().is_some_and(gone) => continue,
            Err(e) => panic!("{e}"),
        };
        if e.file_type().is_file() {
            let rel = e.path().strip_prefix(dir).unwrap().to_string_lossy().into_owned();
            match std::fs::read(e.path()) {
                Ok(b) => {
                    m.insert(rel, b);
                }
                Err(err) if gone(&err) => {}
                Err(err) => panic!("{}: {err}", e.path().display()),
            }
        }
    }
    m
}

/// [`snapshot`] without the load cache (file stamps differ from one build to
/// the next, texts are kept while search is off): what two builds of the same
/// content must agree on.
pub fn site_snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut m = snapshot(dir);
    m.remove(".gazette/load-cache.bin");
    m
}

/// Values of `href` and `src` attributes in (possibly minified) HTML.
pub fn links(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    let bytes = html.as_bytes();
    for attr in ["href=", "src="] {
        let mut from = 0;
        while let Some(pos) = html[from..].find(attr) {
            let at = from + pos;
            from = at + attr.len();
            // Must be an attribute: preceded by whitespace inside a tag.
            if at == 0 || !bytes[at - 1].is_ascii_whitespace() {
                continue;
            }
            let rest = &html[from..];
            let value = match rest.as_bytes().first() {
                Some(b'"') => rest[1..].split('"').next().unwrap_or(""),
                Some(b'\'') => rest[1..].split('\'').next().unwrap_or(""),
                _ => rest.split(|c: char| c.is_ascii_whitespace() || c == '>').next().unwrap_or(""),
            };
            out.push(value.replace("&amp;", "&"));
        }
    }
    out
}

/// Checks every link of every HTML file under `out`: each internal link is
/// relative and resolves to a file inside `out` (or, with `allow_dirs`
/// for pretty links, a folder with an index.html). Returns the problems.
pub fn check_links(out: &Path, allow_dirs: bool) -> Vec<String> {
    let mut problems = Vec::new();
    let root = out.canonicalize().unwrap();
    for e in walkdir::WalkDir::new(out) {
        let e = e.unwrap();
        if !e.file_type().is_file() || e.path().extension().is_none_or(|x| x != "html") {
            continue;
        }
        let html = std::fs::read_to_string(e.path()).unwrap();
        let dir = e.path().parent().unwrap();
        for link in links(&html) {
            if link.starts_with("https://") || link.starts_with("http://") || link.starts_with("mailto:") {
                continue;
            }
            if link.starts_with('/') || link.contains("://") {
                problems.push(format!("{}: absolute link {link}", e.path().display()));
                continue;
            }
            let target = link.split(['#', '?']).next().unwrap_or("");
            if target.is_empty() {
                continue;
            }
            let target = percent_encoding::percent_decode_str(target).decode_utf8_lossy();
            let p = dir.join(&*target);
            match p.canonicalize() {
                Ok(c) if c.starts_with(&root) && c.is_file() => {}
                Ok(c) if allow_dirs && c.starts_with(&root) && c.is_dir() && c.join("index.html").is_file() => {}
                _ => problems.push(format!("{}: broken link {link}", e.path().display())),
            }
        }
    }
    problems
}

/// A full build of `s`'s content into a folder of its own: its site files.
pub fn full_build_elsewhere(s: &SiteTest) -> BTreeMap<String, Vec<u8>> {
    let dir = tempfile::tempdir().unwrap();
    let mut o = gazette::site::BuildOptions::new(s.root());
    o.out = dir.path().join("full");
    o.full = true;
    gazette::site::build(&o).unwrap();
    site_snapshot(&o.out)
}

/// The output holds the files a full build of the content makes, byte for byte.
pub fn assert_output_is_full_builds(s: &SiteTest, what: &str) {
    let inc = site_snapshot(&s.out());
    let full = full_build_elsewhere(s);
    assert_eq!(inc.keys().collect::<Vec<_>>(), full.keys().collect::<Vec<_>>(), "{what}: same files");
    for (k, v) in &full {
        assert!(inc[k] == *v, "{what}: {k} differs from a full build");
    }
}
