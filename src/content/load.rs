//! Load step: find every article (`content/**/*.md`) and raw page
//! (`content/pages/YYYY-MM-DD/NN.txt`) and parse the articles in parallel,
//! collecting every error rather than stopping at the first.

use super::article::Article;
use super::date::Date;
use crate::error::Diagnostic;
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// A raw page file found under `content/pages/`, identified by its path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawPageFile {
    /// Absolute or root-joined path to read.
    pub path: PathBuf,
    /// `pages/2026-02-11/04.txt`: the form articles name in `source:`.
    pub rel: String,
    pub date: Date,
    pub page: u32,
}

#[derive(Debug, Default)]
pub struct Loaded {
    pub articles: Vec<Article>,
    pub raw_pages: Vec<RawPageFile>,
    pub diagnostics: Vec<Diagnostic>,
}

/// The input files of `root/content`, in path order, not yet read.
#[derive(Debug, Default)]
pub struct Scan {
    pub markdown: Vec<PathBuf>,
    pub raw_pages: Vec<RawPageFile>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Reads `root/content`. Paths in messages are shown relative to `root`.
pub fn load_content(root: &Path) -> Loaded {
    let Scan { markdown: md, raw_pages, mut diagnostics } = scan(root);
    let results: Vec<Result<Article, Vec<Diagnostic>>> =
        md.par_iter().map(|p| Article::from_file(p, &shown(root, p))).collect();
    let mut articles = Vec::with_capacity(results.len());
    for r in results {
        match r {
            Ok(a) => articles.push(a),
            Err(d) => diagnostics.extend(d),
        }
    }
    Loaded { articles, raw_pages, diagnostics }
}

/// Finds every article and raw page under `root/content`.
pub fn scan(root: &Path) -> Scan {
    let content = root.join("content");
    let mut md = Vec::new();
    let mut raw_pages = Vec::new();
    let mut diagnostics = Vec::new();
    if !content.is_dir() {
        return Scan::default();
    }
    for entry in walkdir::WalkDir::new(&content)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'))
    {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let p = e.path().map(|p| shown(root, p)).unwrap_or_else(|| PathBuf::from("content"));
                diagnostics.push(Diagnostic::error(p, 0, 0, e.to_string()));
                continue;
            }
        };
        if !entry.file_type().is_file() {
            continue;
        }
        let path = entry.path();
        let rel = path.strip_prefix(&content).unwrap_or(path);
        match path.extension().and_then(|e| e.to_str()) {
            Some("md") => md.push(path.to_path_buf()),
            Some("txt") if rel.starts_with("pages") => match raw_page_of(rel) {
                Some((date, page)) => {
                    raw_pages.push(RawPageFile { path: path.to_path_buf(), rel: rel_string(rel), date, page })
                }
                None => diagnostics.push(Diagnostic::warning(
                    shown(root, path),
                    0,
                    0,
                    "raw pages go in content/pages/YYYY-MM-DD/NN.txt (NN the page number); this file is ignored",
                )),
            },
            _ => {}
        }
    }
    Scan { markdown: md, raw_pages, diagnostics }
}

/// `p` relative to `root`, as messages show it.
pub fn shown(root: &Path, p: &Path) -> PathBuf {
    p.strip_prefix(root).map(Path::to_path_buf).unwrap_or_else(|_| p.to_path_buf())
}

fn rel_string(rel: &Path) -> String {
    rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
}

/// `pages/2026-02-11/04.txt` → (2026-02-11, 4).
pub fn raw_page_of(rel: &Path) -> Option<(Date, u32)> {
    let mut comps = rel.components().map(|c| c.as_os_str().to_str());
    if comps.next()?? != "pages" {
        return None;
    }
    let date_dir = comps.next()??;
    let date = if date_dir.len() == 10 {
        Date::parse(date_dir)?
    } else {
        return None;
    };
    let file = comps.next()??;
    if comps.next().is_some() {
        return None;
    }
    let stem = file.strip_suffix(".txt")?;
    if stem.is_empty() || !stem.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((date, stem.parse().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_page_paths() {
        assert_eq!(raw_page_of(Path::new("pages/2026-02-11/04.txt")), Some((Date::new(2026, 2, 11).unwrap(), 4)));
        assert_eq!(raw_page_of(Path::new("pages/2026-02-11/x.txt")), None);
        assert_eq!(raw_page_of(Path::new("pages/2026-02-11T00:00:00/04.txt")), None);
        assert_eq!(raw_page_of(Path::new("pages/04.txt")), None);
    }
}
