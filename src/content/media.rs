//! Load step, media: the files beside the articles that they show or link
//! to (photos, scans of the printed page, PDFs), and the site's own
//! `static/` folder.
//!
//! An article's relative link or image (`![](photo.jpg)`,
//! `[版面](../pages/2026-02-11/02.pdf)`) is read from the article's folder
//! under `content/`, as an editor previewing the Markdown file reads it.
//! The build copies each file some article links to into the output's
//! `media/` folder at the same path below `content/`, and rewrites the link
//! to it relative to the article's page: one copy however many articles show
//! it, and the link works from disk and in any sub-folder like every other.
//! Files no article links to are not published (a folder of raw material may
//! hold what is not for readers); a link to a file that is not there is a
//! warning at its line. A link to another article's `.md` file leads to
//! that article's page. A PDF or image of a printed page beside its text,
//! `pages/2026-02-11/02.pdf` (or `.jpg`, `.png`, `.webp`, `.gif`, `.avif`),
//! is that page's *facsimile*: always published, and linked from the issue
//! page (which lists a page with a facsimile and no article too) and the
//! page's articles. `static/` is copied to the output's root as it is
//! (a logo, `favicon.ico`, a verification file), over the theme's files of
//! the same name.

use super::load::Stamp;
use std::path::{Path, PathBuf};

/// The output folder the linked files of `content/` are copied into.
pub const MEDIA_DIR: &str = "media";

/// A file found by the scan that is neither an article nor a raw page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MediaFile {
    pub path: PathBuf,
    /// `/`-separated, relative to `content/` (or to `static/`).
    pub rel: String,
    pub stamp: Option<Stamp>,
}

/// A relative link of an article's body to a file under `content/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MediaRef {
    /// Line in the article's file (0 where the article has no file).
    pub line: u32,
    /// The target as written.
    pub written: String,
    /// The file it names, relative to `content/`.
    pub rel: String,
}

/// The folder of an article's Markdown file relative to `content/`
/// (`articles/2026/02/11`), `None` when it is not a Markdown file under
/// `content/` (imported articles, whose bodies link to nothing).
pub fn article_folder(source: &Path) -> Option<String> {
    if source.extension().is_none_or(|e| e != "md") {
        return None;
    }
    let below = source.strip_prefix("content").ok()?.parent()?;
    let parts: Option<Vec<&str>> = below.components().map(|c| c.as_os_str().to_str()).collect();
    Some(parts?.join("/"))
}

/// Where a link or image target of an article in `folder` (relative to
/// `content/`) leads: the file relative to `content/` and what followed its
/// path (`?…`, `#…`). `None` for a target that is not a relative path to a
/// file (`https:`, `mailto:`, `/abs`, `#note`, a folder), or that climbs out
/// of `content/`. A `.md` file is another article ([`is_article`]).
pub fn resolve<'u>(folder: &str, url: &'u str) -> Option<(String, &'u str)> {
    let url = url.trim();
    if url.is_empty() || url.starts_with(['/', '#', '?', '\\']) || has_scheme(url) {
        return None;
    }
    let cut = url.find(['?', '#']).unwrap_or(url.len());
    let (path, suffix) = url.split_at(cut);
    let path = percent_encoding::percent_decode_str(path).decode_utf8().ok()?;
    if path.ends_with('/') {
        return None;
    }
    let mut parts: Vec<&str> = folder.split('/').filter(|p| !p.is_empty()).collect();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            p => parts.push(p),
        }
    }
    let rel = parts.join("/");
    crate::output::is_safe_rel(&rel).then_some((rel, suffix))
}

/// Whether a link's file (see [`resolve`]) is an article: its link leads
/// to the article's page.
pub fn is_article(rel: &str) -> bool {
    rel.ends_with(".md")
}

/// `mailto:`, `https:`, `data:`… (RFC 3986 scheme: a letter, then letters,
/// digits, `+`, `-` or `.`, then `:`); not a Windows drive (`C:`), which is
/// a path, nor a colon later in a file name.
fn has_scheme(url: &str) -> bool {
    let Some(colon) = url.find(':') else { return false };
    let scheme = &url[..colon];
    scheme.len() > 1
        && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

/// The link to the copy of `rel` (relative to `content/`) from a page whose
/// way back to the site root is `root` (`../../../../`): percent-encoded, as
/// file names may hold spaces, `#` or Chinese.
pub fn href(root: &str, rel: &str, suffix: &str) -> String {
    /// What a path segment may hold as it is (RFC 3986 unreserved, and sub-delims browsers keep).
    const KEEP: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'.')
        .remove(b'_')
        .remove(b'~')
        .remove(b'/')
        .remove(b'!')
        .remove(b'$')
        .remove(b'&')
        .remove(b'\'')
        .remove(b'(')
        .remove(b')')
        .remove(b'*')
        .remove(b'+')
        .remove(b',')
        .remove(b';')
        .remove(b'=')
        .remove(b'@');
    format!("{root}{MEDIA_DIR}/{}{suffix}", percent_encoding::utf8_percent_encode(rel, KEEP))
}

/// The output path of the copy of `rel` (relative to `content/`).
pub fn output_path(rel: &str) -> String {
    format!("{MEDIA_DIR}/{rel}")
}

/// The relative links and images of an article's Markdown `body` to files
/// (see [`resolve`]), with their lines; `body_line` is the line of the file
/// the body starts on.
pub fn refs_of(body: &str, folder: &str, body_line: u32) -> Vec<MediaRef> {
    use pulldown_cmark::{Event, Parser, Tag};
    // Most articles link to nothing: not even a parse for those (`](`,
    // `]: ` of a reference definition, `][` of a reference link).
    let b = body.as_bytes();
    if !memchr::memchr_iter(b']', b).any(|i| matches!(b.get(i + 1), Some(b'(' | b':' | b'['))) {
        return Vec::new();
    }
    let mut refs = Vec::new();
    for (event, range) in Parser::new_ext(body, crate::render::markdown::options()).into_offset_iter() {
        let (Event::Start(Tag::Image { dest_url, .. }) | Event::Start(Tag::Link { dest_url, .. })) = event else {
            continue;
        };
        if let Some((rel, _)) = resolve(folder, &dest_url) {
            let line = body[..range.start].bytes().filter(|&b| b == b'\n').count() as u32;
            refs.push(MediaRef {
                line: if body_line == 0 { 0 } else { body_line + line },
                written: dest_url.to_string(),
                rel,
            });
        }
    }
    refs
}

/// Files that show a printed page, by extension: what a browser opens.
pub const FACSIMILE_EXTS: [&str; 7] = ["pdf", "jpg", "jpeg", "png", "webp", "gif", "avif"];

/// The issue date and page number a facsimile (see the module comment) shows.
pub fn facsimile_of(rel: &str) -> Option<(super::Date, u32)> {
    let (date, page, ext) = super::load::page_file_of(Path::new(rel))?;
    FACSIMILE_EXTS.iter().any(|e| ext.eq_ignore_ascii_case(e)).then_some((date, page))
}

/// Facsimiles by issue date and page number: their paths relative to `content/`, in name order.
pub type Facsimiles = std::collections::HashMap<(super::Date, u32), Vec<String>>;

/// What the build publishes of the files under `content/`.
#[derive(Debug, Default)]
pub struct Published {
    /// Files articles link to and facsimiles, each once, in path order.
    pub files: Vec<MediaFile>,
    pub facsimiles: Facsimiles,
    /// Articles other articles link to: their file relative to `content/`
    /// and their number in the order `linked` was given them.
    pub articles: std::collections::HashMap<String, usize>,
    /// One per link to a file that is not there.
    pub warnings: Vec<crate::error::Diagnostic>,
}

/// The files to publish (see [`Published`]). `articles` gives the articles
/// that link to files, in the library's order: each one's file (as messages
/// show it) and what it links to; `sources`, every article's file in that
/// order, asked for only when one links to another (most builds then need
/// not decode the archive's articles).
pub fn linked<'a>(
    articles: impl Iterator<Item = (&'a Path, &'a [MediaRef])>,
    sources: impl FnOnce() -> Vec<&'a Path>,
    files: Vec<MediaFile>,
) -> Published {
    let articles: Vec<(&Path, &[MediaRef])> = articles.collect();
    // Every article's file, only when one links to another (a map of 100,000 paths costs).
    let mut by_path = std::collections::HashMap::new();
    if articles.iter().any(|(_, refs)| refs.iter().any(|r| is_article(&r.rel))) {
        for (i, source) in sources().into_iter().enumerate() {
            let rel = article_folder(source).zip(source.file_name().and_then(|n| n.to_str()));
            if let Some((folder, name)) = rel {
                by_path.insert(if folder.is_empty() { name.to_string() } else { format!("{folder}/{name}") }, i);
            }
        }
    }
    let mut linked_articles = std::collections::HashMap::new();
    let mut facsimiles = Facsimiles::new();
    let mut used = Vec::new();
    let mut by_rel = std::collections::HashMap::new();
    for f in files {
        match facsimile_of(&f.rel) {
            Some(at) => {
                facsimiles.entry(at).or_default().push(f.rel.clone());
                used.push(f);
            }
            None => {
                by_rel.insert(f.rel.clone(), f);
            }
        }
    }
    for list in facsimiles.values_mut() {
        list.sort();
    }
    let mut warnings = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (source, refs) in articles {
        for r in refs {
            if is_article(&r.rel) {
                match by_path.get(&r.rel) {
                    Some(&i) => {
                        linked_articles.insert(r.rel.clone(), i);
                    }
                    None => warnings.push(crate::error::Diagnostic::warning(
                        source,
                        r.line as usize,
                        0,
                        format!("`{}` links to content/{}, which is no article: correct the link", r.written, r.rel),
                    )),
                }
                continue;
            }
            if let Some(f) = by_rel.remove(&r.rel) {
                seen.insert(r.rel.clone());
                used.push(f);
            } else if !seen.contains(&r.rel)
                && facsimile_of(&r.rel).is_none_or(|at| !facsimiles.get(&at).is_some_and(|v| v.contains(&r.rel)))
            {
                let message = format!(
                    "`{}` links to content/{}, which is not there: add the file or correct the link",
                    r.written, r.rel
                );
                warnings.push(crate::error::Diagnostic::warning(source, r.line as usize, 0, message));
            }
        }
    }
    used.sort_by(|a, b| a.rel.cmp(&b.rel));
    Published { files: used, facsimiles, articles: linked_articles, warnings }
}

/// Errors for files of `static/` at paths the build makes itself: a page
/// (`is_page` says which), the feed, the sitemaps, or what is under the
/// search index's, the media copies' or gazette's own folder. (`robots.txt`
/// and the theme's files are the site's to replace.)
pub fn reserved(statics: &[MediaFile], is_page: &dyn Fn(&str) -> bool) -> Vec<crate::error::Diagnostic> {
    let is_sitemap = |r: &str| {
        r.strip_prefix("sitemap-")
            .and_then(|n| n.strip_suffix(".xml"))
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    };
    statics
        .iter()
        .filter_map(|f| {
            let r = f.rel.as_str();
            let what = if ["search/", "media/", ".gazette/"].iter().any(|d| r.starts_with(d)) {
                format!("the {} folder is gazette's own", &r[..r.find('/').unwrap_or(r.len())])
            } else if r == "feed.xml" || r == "sitemap.xml" || is_sitemap(r) {
                format!("gazette writes {r} itself")
            } else if is_page(r) {
                format!("{r} is a page gazette makes")
            } else {
                return None;
            };
            let message = format!("{what}: rename or move this file (static/ is copied to the site's root)");
            Some(crate::error::Diagnostic::error(format!("static/{r}"), 0, 0, message))
        })
        .collect()
}

/// Files of the site's `static/` folder (hidden ones left out), relative
/// to it, in name order.
pub fn scan_static(root: &Path) -> Result<Vec<MediaFile>, crate::error::Diagnostic> {
    let dir = root.join("static");
    if !dir.is_dir() {
        return Ok(Vec::new());
    }
    let mut files = Vec::new();
    // Links are followed (walkdir stops at a loop, an error naming it).
    let walk = walkdir::WalkDir::new(&dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for entry in walk {
        let entry = entry.map_err(|e| {
            let path = e.path().map_or_else(|| dir.clone(), Path::to_path_buf);
            crate::error::Diagnostic::error(super::load::shown(root, &path), 0, 0, e.to_string())
        })?;
        if !entry.file_type().is_file() {
            continue;
        }
        let rel = entry.path().strip_prefix(&dir).unwrap_or(entry.path());
        let rel: Vec<String> = rel.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
        let rel = rel.join("/");
        let stamp = entry.metadata().ok().map(|m| Stamp::of(&m));
        files.push(MediaFile { path: entry.path().to_path_buf(), rel, stamp });
    }
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`linked`] of every article given (as a build gives those with links).
    fn linked_all(articles: &[(&'static Path, &[MediaRef])], files: Vec<MediaFile>) -> Published {
        linked(articles.iter().copied(), || articles.iter().map(|a| a.0).collect(), files)
    }

    #[test]
    fn links_are_read_from_the_articles_folder() {
        let f = "articles/2026/02/11";
        assert_eq!(resolve(f, "photo.jpg"), Some(("articles/2026/02/11/photo.jpg".into(), "")));
        assert_eq!(resolve(f, "./img/a b.png"), Some(("articles/2026/02/11/img/a b.png".into(), "")));
        assert_eq!(resolve(f, "img/a%20b.png#x"), Some(("articles/2026/02/11/img/a b.png".into(), "#x")));
        assert_eq!(resolve(f, "../../../../pages/2026-02-11/02.pdf"), Some(("pages/2026-02-11/02.pdf".into(), "")));
        assert_eq!(resolve(f, "图片/一.jpg?v=2"), Some(("articles/2026/02/11/图片/一.jpg".into(), "?v=2")));
        assert_eq!(resolve("", "a.jpg"), Some(("a.jpg".into(), "")));
        assert_eq!(resolve(f, "../12/01-02.md#top"), Some(("articles/2026/02/12/01-02.md".into(), "#top")));
        assert!(is_article("articles/2026/02/12/01-02.md") && !is_article("a/b.pdf"));
    }

    #[test]
    fn what_is_not_a_file_under_content_is_left_alone() {
        let f = "articles/2026";
        for url in [
            "",
            "https://x.org/a.jpg",
            "mailto:a@b.c",
            "data:image/png;base64,AAAA",
            "//cdn.x.org/a.jpg",
            "/abs/a.jpg",
            "#fn-1",
            "?q=1",
            "sub/",
            "../../../a.jpg",
            "a%FF.jpg",
        ] {
            assert_eq!(resolve(f, url), None, "{url}");
        }
        // A colon later on is part of a name, not a scheme; the output cannot hold it.
        assert_eq!(resolve(f, "a:b.jpg"), None);
        assert_eq!(resolve(f, "C:/x.jpg"), None, "a drive is a path, which the output cannot hold");
        assert!(has_scheme("tel:123") && !has_scheme("C:/x.jpg") && !has_scheme("x/y:z"));
    }

    #[test]
    fn links_to_copies_are_relative_and_encoded() {
        assert_eq!(
            href("../../../../", "articles/2026/a b#1.jpg", "#x"),
            "../../../../media/articles/2026/a%20b%231.jpg#x"
        );
        assert_eq!(href("", "图.jpg", ""), "media/%E5%9B%BE.jpg");
        assert_eq!(output_path("articles/图.jpg"), "media/articles/图.jpg");
    }

    #[test]
    fn an_articles_folder_is_below_content() {
        assert_eq!(article_folder(Path::new("content/articles/2026/01-01.md")).as_deref(), Some("articles/2026"));
        assert_eq!(article_folder(Path::new("content/a.md")).as_deref(), Some(""));
        assert_eq!(article_folder(Path::new("pages/2026-02-11/02.txt")), None);
        assert_eq!(article_folder(Path::new("elsewhere/a.md")), None);
    }

    #[test]
    fn links_to_articles_find_them_by_their_file() {
        let r = |rel: &str| MediaRef { line: 4, written: rel.into(), rel: rel.into() };
        let (one, two) = (vec![r("a/2.md"), r("a/gone.md")], vec![]);
        let articles = [(Path::new("content/a/1.md"), one.as_slice()), (Path::new("content/a/2.md"), two.as_slice())];
        let p = linked_all(&articles, Vec::new());
        assert_eq!(p.articles.get("a/2.md"), Some(&1));
        assert_eq!(p.articles.len(), 1, "only articles linked to");
        assert_eq!(p.warnings.len(), 1);
        assert!(p.warnings[0].message.contains("content/a/gone.md, which is no article"), "{}", p.warnings[0].message);
    }

    #[test]
    fn a_pdf_or_image_beside_a_pages_text_is_its_facsimile() {
        let d = super::super::Date::new(2026, 2, 11).unwrap();
        assert_eq!(facsimile_of("pages/2026-02-11/02.pdf"), Some((d, 2)));
        assert_eq!(facsimile_of("pages/2026-02-11/2.JPG"), Some((d, 2)));
        for rel in ["pages/2026-02-11/02.txt", "pages/2026-02-11/02.docx", "pages/2026-02-11/a.pdf", "img/02.pdf"] {
            assert_eq!(facsimile_of(rel), None, "{rel}");
        }
        let file = |rel: &str| MediaFile { path: rel.into(), rel: rel.into(), stamp: None };
        let files = vec![file("pages/2026-02-11/02.pdf"), file("pages/2026-02-11/02.jpg"), file("a/x.png")];
        let refs = [
            MediaRef { line: 3, written: "x".into(), rel: "pages/2026-02-11/02.pdf".into() },
            MediaRef { line: 4, written: "y".into(), rel: "pages/2026-02-11/02.png".into() },
        ];
        let p = linked_all(&[(Path::new("content/a.md"), refs.as_slice())], files);
        assert_eq!(p.warnings.len(), 1, "a link to a facsimile finds it; one to another of that page's files does not");
        assert_eq!(p.warnings[0].line, 4);
        assert_eq!(
            p.files.iter().map(|f| f.rel.as_str()).collect::<Vec<_>>(),
            ["pages/2026-02-11/02.jpg", "pages/2026-02-11/02.pdf"]
        );
        assert_eq!(p.facsimiles[&(d, 2)], ["pages/2026-02-11/02.jpg", "pages/2026-02-11/02.pdf"]);
    }

    #[test]
    fn static_files_may_not_replace_what_gazette_makes() {
        let files = |rels: &[&str]| -> Vec<MediaFile> {
            rels.iter().map(|r| MediaFile { path: PathBuf::from(r), rel: r.to_string(), stamp: None }).collect()
        };
        let statics = files(&[
            "favicon.ico",
            "robots.txt",
            "assets/style.css",
            "index.html",
            "about/index.html",
            "feed.xml",
            "sitemap-2.xml",
            "sitemap-notes.xml",
            "search/x.js",
            "media/a.jpg",
        ]);
        let errors = reserved(&statics, &|r| r == "index.html" || r == "404.html");
        let paths: Vec<String> = errors.iter().map(|d| d.path.to_string_lossy().into_owned()).collect();
        assert_eq!(
            paths,
            [
                "static/index.html",
                "static/feed.xml",
                "static/sitemap-2.xml",
                "static/search/x.js",
                "static/media/a.jpg"
            ]
        );
        assert!(errors[0].message.contains("index.html is a page gazette makes"), "{}", errors[0].message);
        assert!(errors[3].message.contains("the search folder is gazette's own"), "{}", errors[3].message);
    }

    #[test]
    fn each_linked_file_is_copied_once_and_a_missing_one_warned_about() {
        let files = vec![
            MediaFile { path: "content/a/p.jpg".into(), rel: "a/p.jpg".into(), stamp: None },
            MediaFile { path: "content/a/unused.doc".into(), rel: "a/unused.doc".into(), stamp: None },
        ];
        let r =
            |line, rel: &str| MediaRef { line, written: rel.rsplit('/').next().unwrap_or(rel).into(), rel: rel.into() };
        let (one, two) = (vec![r(5, "a/p.jpg"), r(6, "a/gone.png")], vec![r(7, "a/p.jpg")]);
        let articles = [(Path::new("content/a/1.md"), one.as_slice()), (Path::new("content/a/2.md"), two.as_slice())];
        let Published { files: used, warnings, .. } = linked_all(&articles, files);
        assert_eq!(used.iter().map(|f| f.rel.as_str()).collect::<Vec<_>>(), ["a/p.jpg"]);
        assert_eq!(warnings.len(), 1);
        assert_eq!((warnings[0].path.as_path(), warnings[0].line), (Path::new("content/a/1.md"), 6));
        assert!(warnings[0].message.contains("content/a/gone.png, which is not there"), "{}", warnings[0].message);
    }

    #[test]
    fn refs_have_the_line_of_the_file() {
        let body = "\n第一段。\n\n![图](photo.jpg)\n\n[网站](https://x.org) [版面](../p.pdf)\n";
        let refs = refs_of(body, "articles/a", 6);
        assert_eq!(
            refs,
            vec![
                MediaRef { line: 9, written: "photo.jpg".into(), rel: "articles/a/photo.jpg".into() },
                MediaRef { line: 11, written: "../p.pdf".into(), rel: "articles/p.pdf".into() },
            ]
        );
        assert!(refs_of("没有链接。\n", "a", 6).is_empty());
        let reference = "见[图][1]。\n\n[1]: img.png\n";
        assert_eq!(refs_of(reference, "", 0)[0].rel, "img.png");
    }
}
