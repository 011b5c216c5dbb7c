//! Import step, output: `gazette import` reads and decodes the raw pages,
//! converts them with [`import_page`](super::import_page), and writes one
//! Markdown file per article (`NN-MM.md`) — or prints JSON.
//!
//! A hidden manifest (`.gazette-import`, skipped by the loader like every
//! dot-file) records the blake3 hash of every file gazette wrote. A file whose
//! content no longer matches was edited by a person and is never overwritten.

use super::{RawPage, decode, import_page};
use crate::cli::{ImportArgs, ImportFormat};
use crate::config::Config;
use crate::content::load::raw_page_of;
use crate::content::{Article, Date, FrontMatter};
use crate::error::{Diagnostic, Error, Result};
use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

/// The manifest of files gazette wrote into an output folder.
pub const MANIFEST: &str = ".gazette-import";

/// `NN-MM.md`: page and order on the page, two digits each.
pub fn file_name(page: u32, order: u32) -> String {
    format!("{page:02}-{order:02}.md")
}

/// `gazette import`: returns the process exit code (non-zero when some file
/// was not written, e.g. because a person edited it since).
pub fn run_import_command(args: &ImportArgs) -> Result<u8> {
    let root = &args.root;
    let (rules_config, topics) = if root.join("site.yaml").is_file() {
        let c = Config::from_file(root)?;
        let topics = if c.topics.is_empty() { super::default_topics_for(&c.language) } else { c.topics };
        (c.import, topics)
    } else {
        Default::default()
    };
    let rules = super::ImportRules::new(&rules_config, &topics);
    for w in &rules.warnings {
        eprintln!("site.yaml: warning: {w}");
    }
    if args.files.len() > 1 && args.page.is_some() {
        return Err(Error::other(
            "--page names one page: import one file with it, or name files content/pages/YYYY-MM-DD/NN.txt",
        ));
    }
    let date_arg =
        match args.date.as_deref() {
            Some(d) => Some(Date::parse(d).ok_or_else(|| {
                Error::other(format!("--date {d}: not a date (expected YYYY-MM-DD, a day that exists)"))
            })?),
            None => None,
        };
    let pages = read_pages(args, date_arg, root)?;
    let mut results: Vec<(RawPage, Vec<Article>)> = Vec::new();
    for (file, page) in pages {
        let imported = import_page(&page, &rules);
        for mut d in imported.diagnostics {
            // The page's messages name its `source` (relative to content/):
            // shown here as the file the command was given.
            if d.path == Path::new(&page.source) {
                d.path = file.to_path_buf();
            }
            eprintln!("{d}");
        }
        results.push((page, imported.articles));
    }
    if args.format == ImportFormat::Json {
        print_json(&results)?;
        return Ok(0);
    }
    let dir_of = |page: &RawPage| match &args.out {
        Some(d) => d.clone(),
        None => root
            .join("content/articles")
            .join(format!("{:04}", page.date.year))
            .join(format!("{:02}", page.date.month))
            .join(format!("{:02}", page.date.day)),
    };
    // Two pages that would write the same NN-MM.md files: refuse before writing.
    let mut targets: BTreeMap<(PathBuf, u32), &str> = BTreeMap::new();
    for (page, _) in &results {
        if let Some(other) = targets.insert((dir_of(page), page.page), &page.source) {
            return Err(Error::other(format!(
                "{other} and {} would both write page {:02} into the same folder; import them separately or use --out",
                page.source, page.page
            )));
        }
    }
    let mut skipped = 0usize;
    for (page, articles) in &results {
        skipped += write_page(&dir_of(page), page.page, articles)?;
    }
    Ok(if skipped > 0 { 1 } else { 0 })
}

/// Reads and decodes every file before anything is written: one unusable
/// file stops the whole import.
/// Each page with the file it was read from, as given.
fn read_pages<'a>(args: &'a ImportArgs, date_arg: Option<Date>, root: &Path) -> Result<Vec<(&'a Path, RawPage)>> {
    let mut pages = Vec::new();
    let mut errors = Vec::new();
    for f in &args.files {
        let bytes = match std::fs::read(f) {
            Ok(b) => b,
            Err(e) => {
                errors.push(Diagnostic::error(f, 0, 0, e.to_string()));
                continue;
            }
        };
        let text = match decode(&bytes, f) {
            Ok(t) => t,
            Err(d) => {
                errors.push(d);
                continue;
            }
        };
        let from_path = page_of_path(f);
        let date = date_arg.or(from_path.map(|p| p.0));
        let page = args.page.or(from_path.map(|p| p.1)).or_else(|| {
            let stem = f.file_stem()?.to_str()?;
            stem.bytes().all(|b| b.is_ascii_digit()).then(|| stem.parse().ok()).flatten()
        });
        match (date, page) {
            (Some(date), Some(page)) => pages.push((
                f.as_path(),
                RawPage { source: source_of(f, root), date, page, section: args.section.clone(), text },
            )),
            (None, _) => errors.push(Diagnostic::error(
                f,
                0,
                0,
                "no issue date: give --date YYYY-MM-DD or put the file at content/pages/YYYY-MM-DD/NN.txt",
            )),
            (_, None) => {
                errors.push(Diagnostic::error(f, 0, 0, "no page number: give --page N or name the file NN.txt"))
            }
        }
    }
    if errors.is_empty() { Ok(pages) } else { Err(Error::Invalid(errors)) }
}

/// Date and page from a path ending in `pages/YYYY-MM-DD/NN.txt`.
fn page_of_path(path: &Path) -> Option<(Date, u32)> {
    let comps: Vec<&str> = path.components().filter_map(|c| c.as_os_str().to_str()).collect();
    let tail = comps.get(comps.len().checked_sub(3)?..)?;
    raw_page_of(&Path::new(tail[0]).join(tail[1]).join(tail[2]))
}

/// The `source` an article names: relative to `content/` when the page lives
/// there, else the path as given when it is relative, else the file name.
fn source_of(path: &Path, root: &Path) -> String {
    let slash = |p: &Path| p.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
    if let (Ok(abs), Ok(content)) = (path.canonicalize(), root.join("content").canonicalize())
        && let Ok(rel) = abs.strip_prefix(&content)
    {
        return slash(rel);
    }
    if let Some((date, page)) = page_of_path(path) {
        return format!("pages/{date}/{page:02}.txt");
    }
    let plain = path.components().all(|c| matches!(c, Component::Normal(_) | Component::CurDir));
    if plain && path.is_relative() {
        return slash(&path.components().filter(|c| !matches!(c, Component::CurDir)).collect::<PathBuf>());
    }
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "page.txt".into())
}

#[derive(serde::Serialize)]
struct JsonArticle<'a> {
    file: String,
    order: u32,
    #[serde(flatten)]
    front: &'a FrontMatter,
    body: &'a str,
}

fn print_json(results: &[(RawPage, Vec<Article>)]) -> Result<()> {
    let mut all = Vec::new();
    for (page, articles) in results {
        for a in articles {
            let order = a.order.unwrap_or(0);
            all.push(JsonArticle { file: file_name(page.page, order), order, front: &a.front, body: &a.body });
        }
    }
    let json = serde_json::to_string_pretty(&all).map_err(|e| Error::other(format!("cannot write JSON: {e}")))?;
    use std::io::Write;
    match writeln!(std::io::stdout().lock(), "{json}") {
        // The reader went away (`| head`): what it did not read is not wanted.
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(Error::io("<stdout>", e)),
        _ => Ok(()),
    }
}

fn hash(bytes: &[u8]) -> String {
    blake3::hash(bytes).to_hex().to_string()
}

fn read_manifest(dir: &Path) -> Result<BTreeMap<String, String>> {
    let path = dir.join(MANIFEST);
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(BTreeMap::new()),
        Err(e) => return Err(Error::io(path, e)),
    };
    Ok(text
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once("  "))
        .map(|(h, name)| (name.to_string(), h.to_string()))
        .collect())
}

fn write_manifest(dir: &Path, manifest: &BTreeMap<String, String>) -> Result<()> {
    let mut s = String::from(
        "# Written by `gazette import`: files it wrote here and their blake3 hashes.\n\
         # A file whose hash no longer matches was edited by hand and is never overwritten.\n",
    );
    for (name, h) in manifest {
        s.push_str(&format!("{h}  {name}\n"));
    }
    write_atomic(&dir.join(MANIFEST), s.as_bytes())
}

fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let tmp = path.with_file_name(format!(".{name}.tmp"));
    std::fs::write(&tmp, bytes).map_err(|e| Error::io(&tmp, e))?;
    std::fs::rename(&tmp, path).map_err(|e| Error::io(path, e))
}

/// Writes one page's articles into `dir`; returns how many files were skipped
/// because a person edited them.
fn write_page(dir: &Path, page: u32, articles: &[Article]) -> Result<usize> {
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let mut manifest = read_manifest(dir)?;
    let (mut written, mut unchanged, mut skipped, mut removed) = (0, 0, 0, 0);
    let mut names = Vec::new();
    for a in articles {
        let name = file_name(page, a.order.unwrap_or(0));
        let path = dir.join(&name);
        let content = a.to_markdown();
        names.push(name.clone());
        match std::fs::read(&path) {
            Ok(current) if current == content.as_bytes() => unchanged += 1,
            Ok(current) if manifest.get(&name) != Some(&hash(&current)) => {
                eprintln!(
                    "{}: skipped: edited since gazette wrote it (move it away to import this article again)",
                    path.display()
                );
                skipped += 1;
                continue;
            }
            Ok(_) => {
                write_atomic(&path, content.as_bytes())?;
                written += 1;
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                write_atomic(&path, content.as_bytes())?;
                written += 1;
            }
            Err(e) => return Err(Error::io(&path, e)),
        }
        manifest.insert(name, hash(content.as_bytes()));
    }
    // Articles of this page that a previous import made and this one no
    // longer does are removed, unless a person has edited them.
    let prefix = format!("{page:02}-");
    let stale: Vec<String> =
        manifest.keys().filter(|n| n.starts_with(&prefix) && !names.contains(n)).cloned().collect();
    for name in stale {
        let path = dir.join(&name);
        match std::fs::read(&path) {
            Ok(current) if manifest.get(&name) == Some(&hash(&current)) => {
                std::fs::remove_file(&path).map_err(|e| Error::io(&path, e))?;
                manifest.remove(&name);
                removed += 1;
            }
            Ok(_) => eprintln!("{}: kept: no longer produced by the import, but edited by hand", path.display()),
            Err(_) => {
                manifest.remove(&name);
            }
        }
    }
    write_manifest(dir, &manifest)?;
    eprintln!(
        "{}: page {page}: {written} written, {unchanged} unchanged, {skipped} skipped, {removed} removed",
        dir.display()
    );
    Ok(skipped)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_paths() {
        assert_eq!(file_name(2, 3), "02-03.md");
        assert_eq!(file_name(12, 10), "12-10.md");
        let p = page_of_path(Path::new("/x/content/pages/2026-02-11/02.txt")).unwrap();
        assert_eq!((p.0.to_string(), p.1), ("2026-02-11".to_string(), 2));
        assert!(page_of_path(Path::new("02.txt")).is_none());
        assert_eq!(
            source_of(Path::new("/nowhere/pages/2026-02-11/02.txt"), Path::new("/nowhere/root")),
            "pages/2026-02-11/02.txt"
        );
        assert_eq!(source_of(Path::new("/abs/page.txt"), Path::new("/nowhere")), "page.txt");
        assert_eq!(source_of(Path::new("./in/page.txt"), Path::new("/nowhere")), "in/page.txt");
    }
}
