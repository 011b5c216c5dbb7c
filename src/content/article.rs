//! Load step, part 2: one article = front matter + Markdown body, parsed
//! (pure, [`Article::parse`]) or read from disk ([`Article::from_file`]).

use super::front_matter::{self, FrontMatter};
use crate::error::Diagnostic;
use std::path::{Path, PathBuf};

/// An article ready for the page graph, whether read from `content/**/*.md`
/// or converted in memory from a raw page.
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    pub front: FrontMatter,
    /// Markdown.
    pub body: String,
    /// The file it came from, relative to the site root when possible (for messages).
    pub source: PathBuf,
    /// Position on its page when the file name says it (`NN-MM.md`) or the
    /// importer knows it; otherwise articles of a page are ordered by time and path.
    pub order: Option<u32>,
    /// The line of its file the body starts on (for messages about the
    /// body); 0 where it has no file of its own (imported from a page).
    pub body_line: u32,
}

/// What later steps need of an article besides its front matter, worked out
/// once when the file is parsed (and kept in the load cache), so that an
/// incremental build need not read or parse the body of an unchanged article.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ArticleInfo {
    /// Hash of everything the article is made of: front matter, body, source
    /// and order. Pages showing the article are keyed on it.
    pub hash: u128,
    /// Hash of what search indexes of it (title, subtitle, reporters, tags,
    /// body): correcting its section, topic or page leaves its search
    /// segment as it was.
    pub terms: u128,
    pub summary: super::SharedText,
    /// The body as plain text; empty for an article loaded from the cache
    /// (search reads again the few texts it needs).
    pub text: String,
    /// The body has a code block (its page needs the highlight stylesheet).
    pub has_code: bool,
    /// The files under `content/` the body links to (see [`super::media`]).
    pub media: Vec<super::media::MediaRef>,
    pub origin: Origin,
}

/// What a list shows of an article, borrowed. The load cache writes these
/// fields first in each article's record, so a list item of a cached
/// article is read without decoding the rest of it: a day added to 10,000
/// articles lists 2,500 old ones on the first pages of its lists, and
/// decoding each whole was 1.6 µs of the 4 its item took.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemFields<'a> {
    pub title: &'a str,
    pub subtitle: Option<&'a str>,
    pub date: super::Date,
    pub page: Option<u32>,
    pub section: Option<&'a str>,
    pub reporters: Vec<&'a str>,
    pub summary: &'a str,
}

impl<'a> ItemFields<'a> {
    pub fn of(a: &'a Article, info: &'a ArticleInfo) -> ItemFields<'a> {
        let f = &a.front;
        ItemFields {
            title: &f.title,
            subtitle: f.subtitle.as_deref(),
            date: f.date.date,
            page: f.page,
            section: f.section.as_deref(),
            reporters: f.reporters.iter().map(String::as_str).collect(),
            summary: info.summary.as_str(),
        }
    }
}

/// Where an article's body is: in memory, or in a file to read again if its
/// page must be rendered (a full build holds no Markdown body after the load
/// step, issue 5's bounded memory; no build holds one from the load cache).
#[derive(Debug, Clone, Default, PartialEq)]
pub enum Origin {
    #[default]
    InMemory,
    /// A Markdown file: the path to read, the hash of the bytes the load
    /// step parsed (the same bytes hold the same body) and, unless it had
    /// just changed, the file's stamp then (the same stamp, the same bytes,
    /// as the load cache trusts it: no need to hash them again).
    Markdown { path: PathBuf, bytes: u128, stamp: Option<super::load::Stamp> },
    /// The `index`-th article imported from a raw page.
    Raw(super::load::RawPageFile, usize),
}

impl Article {
    /// Parses a Markdown file's text. All problems are returned, not just the first.
    pub fn parse(path: &Path, text: &str) -> Result<Article, Vec<Diagnostic>> {
        let Some(split) = front_matter::split(text) else {
            let opened = text.trim_start_matches('\u{feff}').lines().next().is_some_and(|l| l.trim_end() == "---");
            let message = if opened {
                "the front matter has no closing `---` line: add one after its last key, before the text"
            } else {
                "missing front matter: an article starts with a `---` line, YAML (title, date, ...), and another `---` line"
            };
            return Err(vec![Diagnostic::error(path, 1, 1, message)]);
        };
        // An empty front matter or one that is not `key: value` lines got
        // YAML's own words ("unexpected end of input", "expected mapping
        // start"), which say nothing to the staff who wrote it.
        if split.yaml.lines().all(|l| l.trim().is_empty() || l.trim_start().starts_with('#')) {
            let message = "the front matter is empty: an article needs at least `title:` and `date:` lines";
            return Err(vec![Diagnostic::error(path, split.yaml_line, 1, message)]);
        }
        let yaml = front_matter::ascii_colons(split.yaml);
        let mut front: FrontMatter = match serde_saphyr::from_str(&yaml) {
            Ok(f) => f,
            Err(e) => {
                let (line, col) = e
                    .location()
                    .map(|l| (l.line() as usize + split.yaml_line - 1, l.column() as usize))
                    .unwrap_or((split.yaml_line, 0));
                let mut message = front_matter::explain_yaml_error(
                    &yaml,
                    line + 1 - split.yaml_line,
                    &crate::error::yaml_message(&e),
                );
                if message.starts_with("expected mapping") {
                    message = format!("the front matter must be `key: value` lines (title, date, ...) ({message})");
                }
                return Err(vec![Diagnostic::error(path, line, col, message)]);
            }
        };
        front.normalize();
        // The importer names files `NN-MM.md` and also writes `page:`; a file
        // named so by hand without `page:` is on page NN, as its name says,
        // not on a page 0 its URL (`00-MM`) would show.
        if front.page.is_none() {
            front.page = page_from_file_name(path);
        }
        let errors = validate(path, &yaml, split.yaml_line, &front);
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Article {
            front,
            body: split.body.to_string(),
            source: path.to_path_buf(),
            order: order_from_file_name(path),
            body_line: (split.yaml_line + split.yaml.bytes().filter(|&b| b == b'\n').count() + 1) as u32,
        })
    }

    pub fn from_file(path: &Path, shown_as: &Path) -> Result<Article, Vec<Diagnostic>> {
        let bytes = std::fs::read(path).map_err(|e| vec![Diagnostic::error(shown_as, 0, 0, e.to_string())])?;
        Article::from_bytes(shown_as, &bytes)
    }

    /// [`Article::parse`] of a file's bytes, which must be UTF-8.
    pub fn from_bytes(shown_as: &Path, bytes: &[u8]) -> Result<Article, Vec<Diagnostic>> {
        // Checked with SIMD (std's check of Chinese text was a few percent
        // of a full build); std's own check only to say where it fails.
        let text = match simdutf8::basic::from_utf8(bytes) {
            Ok(text) => text,
            Err(_) => return Err(vec![crate::import::not_utf8(shown_as, bytes)]),
        };
        Article::parse(shown_as, text)
    }

    /// Serializes back to a Markdown file with front matter.
    pub fn to_markdown(&self) -> String {
        let mut s = String::with_capacity(self.body.len() + 256);
        s.push_str("---\n");
        s.push_str(&self.front.to_yaml());
        s.push_str("---\n\n");
        s.push_str(self.body.trim_start_matches('\n'));
        if !s.ends_with('\n') {
            s.push('\n');
        }
        s
    }
}

/// `02-03.md` → (2, 3): the importer names files `NN-MM.md` (page, order on the page).
fn page_and_order_of(path: &Path) -> Option<(u32, u32)> {
    let stem = path.file_stem()?.to_str()?;
    let (page, order) = stem.split_once('-')?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if page.len() == 2 && digits(page) && digits(order) {
        Some((page.parse().ok()?, order.parse().ok()?))
    } else {
        None
    }
}

fn order_from_file_name(path: &Path) -> Option<u32> {
    page_and_order_of(path).map(|(_, order)| order)
}

/// The `NN` of a file named `NN-MM.md`; page 0 is no page.
fn page_from_file_name(path: &Path) -> Option<u32> {
    page_and_order_of(path).map(|(page, _)| page).filter(|&p| p > 0)
}

/// The 1-based line of a top-level key in the YAML, for errors about its value.
pub fn key_line(yaml: &str, key: &str, first_line: usize) -> usize {
    find_key(yaml, key).map_or(first_line, |i| i + first_line)
}

/// The 1-based line where top-level `key` is given in the file at `path`, 0
/// when it cannot be read or gives none: for a message about a value whose
/// text the build did not keep (cached articles, site.yaml once parsed).
pub fn key_line_in_file(path: &Path, key: &str) -> usize {
    std::fs::read_to_string(path).ok().and_then(|text| find_key(&text, key)).map_or(0, |i| i + 1)
}

/// The index of the line where top-level `key` is given in `yaml`, if it is.
pub fn find_key(yaml: &str, key: &str) -> Option<usize> {
    yaml.lines().position(|l| l.strip_prefix(key).is_some_and(|r| r.trim_start().starts_with(':')))
}

/// Why `slug` cannot be the last folder of an article's URL, as its error says it.
fn slug_problem(slug: &str) -> Option<String> {
    if let Some(why) = unsafe_segment(slug) {
        return Some(format!("`slug: {slug}` {why}: it becomes one folder name in the site"));
    }
    if slug.len() > 200 {
        // A folder name has at most 255 bytes on common file systems.
        return Some(format!("`slug` is {} bytes long: a folder name takes at most 200", slug.len()));
    }
    if slug.eq_ignore_ascii_case("index.html") {
        // The article's folder would be the issue page's file (any case, for
        // a case-insensitive disk): the build failed on "Not a directory".
        return Some(format!("`slug: {slug}` is the name of the issue page's file: choose another"));
    }
    // These mean something else in a URL: a link to `what?/index.html` asks
    // for the folder `what` with a query, `a#b/` for `a` and an anchor, and
    // `%` starts an escape; a space is no part of a URL.
    let c = slug.chars().find(|&c| matches!(c, '?' | '#' | '%') || c.is_whitespace())?;
    let c = if c.is_whitespace() { "a space".to_string() } else { format!("`{c}`") };
    Some(format!("`slug: {slug}` contains {c}, which a URL cannot hold as it is: use letters, digits and `-`"))
}

/// Checks what serde cannot: values that would make a URL escape the output
/// folder or break a link, and empty required values.
fn validate(path: &Path, yaml: &str, first: usize, f: &FrontMatter) -> Vec<Diagnostic> {
    let mut errors = Vec::new();
    let mut err = |key: &str, msg: String| errors.push(Diagnostic::error(path, key_line(yaml, key, first), 1, msg));
    if f.title.trim().is_empty() {
        err("title", "`title` is empty".into());
    }
    if let Some(slug) = &f.slug
        && let Some(problem) = slug_problem(slug)
    {
        err("slug", problem);
    }
    if let Some(source) = &f.source {
        let p = Path::new(source);
        if p.is_absolute()
            || source.starts_with(['/', '\\'])
            || p.components().any(|c| matches!(c, std::path::Component::ParentDir))
        {
            err("source", format!("`source: {source}` must be a path inside content/ (no `..`, not absolute)"));
        }
    }
    let lists: [(&str, Vec<&String>); 5] = [
        ("section", f.section.iter().collect()),
        ("topic", f.topic.iter().collect()),
        ("reporters", f.reporters.iter().collect()),
        ("contributors", f.contributors.iter().collect()),
        ("tags", f.tags.iter().collect()),
    ];
    for (key, values) in lists {
        for v in values {
            // A name never becomes a path as it is (its slug is ASCII letters,
            // digits and `-`), so `AC/DC` or `Arts/Life` are names like others.
            if v.trim().is_empty() {
                err(key, format!("`{key}` has an empty name"));
            }
        }
    }
    errors
}

/// Why `s` is not a safe single path segment, if it is not.
pub fn unsafe_segment(s: &str) -> Option<&'static str> {
    if s.is_empty() {
        Some("is empty")
    } else if s == "." || s == ".." || s.contains("..") {
        Some("contains `..`")
    } else if s.contains(['/', '\\']) {
        Some("contains a path separator")
    } else if s.chars().any(|c| c.is_control() || c == ':') {
        Some("contains a control character or `:`")
    } else if is_reserved_on_windows(s) {
        Some(
            "is a name Windows keeps for devices (CON, PRN, AUX, NUL, COM1–9, LPT1–9), which a copy of the site there could not hold",
        )
    } else {
        None
    }
}

/// Folder and file names Windows refuses, in any case and with any
/// extension (`con`, `Aux.html`, `lpt1`): a copy of the archive on a
/// Windows disk or stick, read from file://, would lack them.
pub fn is_reserved_on_windows(segment: &str) -> bool {
    let stem = segment.split('.').next().unwrap_or("").trim_end().to_ascii_lowercase();
    matches!(stem.as_str(), "con" | "prn" | "aux" | "nul")
        || (stem.len() == 4
            && (stem.starts_with("com") || stem.starts_with("lpt"))
            && stem.as_bytes()[3].is_ascii_digit()
            && stem.as_bytes()[3] != b'0')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Article, Vec<Diagnostic>> {
        Article::parse(Path::new("content/a.md"), text)
    }

    #[test]
    fn bytes_must_be_utf8_and_the_error_says_where() {
        let good = "---\ntitle: 标题\ndate: 2026-02-11\n---\n正文\n";
        assert_eq!(Article::from_bytes(Path::new("a.md"), good.as_bytes()).unwrap().front.title, "标题");
        let mut bad = good.as_bytes().to_vec();
        bad.insert(30, 0xff);
        let e = Article::from_bytes(Path::new("a.md"), &bad).unwrap_err();
        // Byte 30 is inside `date: 2026-02-11`, before its 13th character.
        assert_eq!((e[0].line, e[0].col), (3, 13), "{}", e[0]);
        assert!(e[0].message.starts_with("not UTF-8 text (byte 30 "), "{}", e[0]);
        // An article an old editor saved as "ANSI" on a Chinese Windows.
        let (gbk, _, _) = encoding_rs::GBK.encode(good);
        let e = Article::from_bytes(Path::new("a.md"), &gbk).unwrap_err();
        assert_eq!((e[0].line, e[0].col), (2, 8), "{}", e[0]);
        assert_eq!(e[0].message, "not UTF-8 text: the file reads as GBK (GB18030); save it as UTF-8");
    }

    #[test]
    fn names_may_be_written_on_one_line() {
        let a = parse("---\ntitle: t\ndate: 2026-02-11\nreporters: 张三\ncontributors: 王五、 赵六\ntags: 村晚, 移风易俗；新春\n---\n").unwrap();
        assert_eq!(a.front.reporters, ["张三"]);
        assert_eq!(a.front.contributors, ["王五", "赵六"]);
        assert_eq!(a.front.tags, ["村晚", "移风易俗", "新春"]);
        let a =
            parse("---\ntitle: t\ndate: 2026-02-11\nreporters: [张三、李四, 王五，赵六]\ntags: [2026, a、b；c]\n---\n")
                .unwrap();
        // No name holds Chinese list punctuation: as on one line, it separates.
        assert_eq!(a.front.reporters, ["张三", "李四", "王五", "赵六"]);
        assert_eq!(a.front.tags, ["2026", "a", "b", "c"]);
        let a = parse("---\ntitle: t\ndate: 2026-02-11\nreporters: [\"Smith, Jr.\"]\n---\n").unwrap();
        assert_eq!(a.front.reporters, ["Smith, Jr."], "an ASCII comma within a list item is kept");
        let a = parse("---\ntitle: t\ndate: 2026-02-11\ntags: 2026\nreporters: \"\"\n---\n").unwrap();
        assert_eq!(a.front.tags, ["2026"]);
        assert!(a.front.reporters.is_empty());
        let e = parse("---\ntitle: t\ndate: 2026-02-11\ntags: {a: b}\n---\n").unwrap_err();
        assert!(e[0].message.starts_with("`tags` takes a list"), "{}", e[0].message);
        assert_eq!(e[0].line, 4);
    }

    /// What a Chinese input method types for `---` and `:` is read as them:
    /// they look the same in an editor, and were errors.
    #[test]
    fn full_width_fences_and_colons_are_read_as_yaml_ones() {
        for fence in ["———", "——", "－－－"] {
            let a = parse(&format!(
                "{fence}\ntitle：欢迎\ndate ： 2026-02-11\ndateline:\n  place：天津\n{fence}\n\n正文：内容。\n"
            ))
            .unwrap();
            assert_eq!((a.front.title.as_str(), a.body.as_str()), ("欢迎", "\n正文：内容。\n"), "{fence}");
            assert_eq!(a.front.dateline.and_then(|d| d.place).as_deref(), Some("天津"));
        }
        // Full-width digits in a date or a page number, as an input method types them.
        let a = parse("---\ntitle: t\ndate: ２０２６－０２－１１\npage: ０２\n---\n").unwrap();
        assert_eq!((a.front.date.date, a.front.page), (super::super::Date::new(2026, 2, 11).unwrap(), Some(2)));
        // A value's own colon stays; so does a heading made of dashes in the body.
        let a = parse("---\ntitle: 议题：民生\ndate: 2026-02-11\n---\n\n——\n").unwrap();
        assert_eq!(a.front.title, "议题：民生");
        // Lines keep their numbers: an error is still at its line.
        let e = parse("---\ntitle：欢迎\ndate：2026-13-45\n---\n").unwrap_err();
        assert_eq!(e[0].line, 3, "{}", e[0]);
        let e = parse("---\ntitle: t\ndate: 2026-02-11\ntags:\n\t- a\n---\n").unwrap_err();
        assert!(e[0].message.contains("indents with spaces, not tabs"), "{}", e[0]);
    }

    /// Issue 2 (clear errors): the YAML slips staff make most get a message
    /// that says what to do, not only the YAML rule they broke.
    #[test]
    fn issue2_common_front_matter_slips_say_how_to_mend_them() {
        for (front, want) in [
            ("title: 测试\ndate: 2026-02-11\ntags: [a, b\nsection: 要闻\n", "the `[` of `tags` is never closed"),
            ("title: \"测试\ndate: 2026-02-11\n", "the \" that opens `title` is never closed"),
            ("title: 测试\ndate: 2026-02-11\nreporters: - 张三\n", "`reporters: [张三]`"),
            ("title: *重要* 新闻\ndate: 2026-02-11\n", "put it in quotes, as in `title: \"*重要* 新闻\"`"),
            ("title: @市民 注意\ndate: 2026-02-11\n", "put it in quotes"),
            ("title: #1 新闻\ndate: 2026-02-11\n", "put it in quotes, as in `title: \"#1 新闻\"`"),
            ("title: {新} 闻\ndate: 2026-02-11\n", "put it in quotes"),
            ("title:测试\ndate: 2026-02-11\n", "put a space after `title:`"),
        ] {
            let e = parse(&format!("---\n{front}---\n\n正文。\n")).unwrap_err();
            assert!(e[0].message.contains(want), "{front}: {}", e[0]);
        }
        // A value that is fine stays without advice.
        let e = parse("---\ntitle: t\ndate: 2026-02-11\npage: x\n---\n").unwrap_err();
        assert!(!e[0].message.contains("quotes") && !e[0].message.contains("space after"), "{}", e[0]);
    }

    #[test]
    fn parses_a_minimal_article() {
        let a = parse("---\ntitle: 标题\ndate: 2026-02-11\nreporters: [朱迪]\n---\n\n正文。\n").unwrap();
        assert_eq!(a.front.title, "标题");
        assert_eq!(a.front.reporters, vec!["朱迪"]);
        assert_eq!(a.body, "\n正文。\n");
    }

    #[test]
    fn unknown_key_is_an_error_with_line() {
        let e = parse("---\ntitle: t\ndate: 2026-02-11\nreporter: [x]\n---\n").unwrap_err();
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].line, 4, "{}", e[0]);
        assert!(e[0].message.contains("reporter"), "{}", e[0]);
    }

    #[test]
    fn bad_date_and_missing_title() {
        let e = parse("---\ntitle: t\ndate: 2026-02-30\n---\n").unwrap_err();
        assert_eq!(e[0].line, 3, "{}", e[0]);
        let e = parse("---\ndate: 2026-02-11\n---\n").unwrap_err();
        assert!(e[0].message.contains("title"), "{}", e[0]);
    }

    #[test]
    fn rejects_escaping_values() {
        let e = parse("---\ntitle: t\ndate: 2026-02-11\nslug: ../../etc\nsource: /etc/passwd\ntags: [a/b]\n---\n")
            .unwrap_err();
        let lines: Vec<usize> = e.iter().map(|d| d.line).collect();
        assert_eq!(lines, vec![4, 5], "{e:?}");
    }

    #[test]
    fn order_comes_from_importer_file_names() {
        assert_eq!(order_from_file_name(Path::new("a/02-03.md")), Some(3));
        assert_eq!(order_from_file_name(Path::new("a/2026-02-11-3.md")), None);
        assert_eq!(page_from_file_name(Path::new("a/02-03.md")), Some(2));
        assert_eq!(page_from_file_name(Path::new("a/00-03.md")), None);
        assert_eq!(page_from_file_name(Path::new("a/20260228-0002.md")), None);
    }
}
