//! Configuration step: `site.yaml` read strictly (unknown keys and bad values
//! are errors naming the key and line) into a validated [`Config`].

use crate::content::article::{key_line, unsafe_segment};
use crate::error::{Diagnostic, Error, Result};
use serde::Deserialize;
use std::path::Path;

/// How links to folders are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, serde::Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum LinkMode {
    /// `foo/index.html`: works from disk (file://) and on every host.
    #[default]
    Explicit,
    /// `foo/`: prettier on a web host, broken on file://.
    Pretty,
}

/// The regions whose English is written the American way (month before
/// day, weeks from Sunday), lower case: North America, the Philippines and
/// the US territories.
pub const AMERICAN_ENGLISH_REGIONS: &[&str] = &["us", "ca", "ph", "um", "as", "gu", "pr", "vi"];

/// The first column of the theme's month calendars.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum WeekStart {
    Monday,
    Sunday,
}

impl WeekStart {
    /// As calendars of the site's language and region print it: Sunday in
    /// North America, the Philippines, Japan, Korea, Taiwan, Hong Kong,
    /// Macau, Israel and Brazil (and plain `en`, which gazette reads as
    /// American English, as its dates do); Monday elsewhere (ISO 8601, China).
    pub fn for_language(lang: &str) -> WeekStart {
        let lang = lang.to_ascii_lowercase();
        let mut parts = lang.split(['-', '_']);
        let (language, rest): (&str, Vec<&str>) = (parts.next().unwrap_or(""), parts.collect());
        // The region is the two-letter subtag (`zh-Hant-TW`: `tw`).
        let region = rest.iter().find(|p| p.len() == 2).copied().unwrap_or("");
        let sunday = match language {
            "ja" | "ko" | "he" => true,
            "en" => region.is_empty() || AMERICAN_ENGLISH_REGIONS.contains(&region),
            _ => matches!(region, "us" | "ca" | "ph" | "jp" | "kr" | "tw" | "hk" | "mo" | "il" | "br"),
        };
        if sunday { WeekStart::Sunday } else { WeekStart::Monday }
    }

    /// The calendar column of a weekday numbered from Monday (0) to Sunday (6).
    pub fn column(self, weekday: u32) -> usize {
        match self {
            WeekStart::Monday => weekday as usize % 7,
            WeekStart::Sunday => (weekday as usize + 1) % 7,
        }
    }
}

/// A section, topic, reporter or tag that site.yaml names: only its order,
/// display name and slug are set this way; terms not listed still exist.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TermDef {
    pub name: String,
    #[serde(default)]
    pub slug: Option<String>,
}

/// A topic the importer can assign, with the words that suggest it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TopicDef {
    pub name: String,
    #[serde(default)]
    pub slug: Option<String>,
    #[serde(default)]
    pub keywords: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    title: String,
    #[serde(default = "default_language")]
    language: String,
    #[serde(default)]
    base_url: Option<String>,
    #[serde(default)]
    links: LinkMode,
    #[serde(default)]
    week_start: Option<WeekStart>,
    #[serde(default = "default_per_page")]
    per_page: usize,
    #[serde(default = "default_theme")]
    theme: String,
    #[serde(default)]
    sections: Vec<TermDef>,
    #[serde(default)]
    topics: Vec<TopicDef>,
    #[serde(default)]
    reporters: Vec<TermDef>,
    #[serde(default)]
    tags: Vec<TermDef>,
    #[serde(default = "yes")]
    minify: bool,
    #[serde(default = "default_highlight_theme")]
    highlight_theme: String,
    #[serde(default)]
    allow_html: bool,
    #[serde(default = "yes")]
    search: bool,
    #[serde(default = "default_feed_limit")]
    feed_limit: usize,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    import: crate::import::RulesConfig,
}

/// syntect's built-in themes; checked here so a typo is caught on every
/// build, not only once an article with code appears (syntect itself is
/// loaded only then).
pub const HIGHLIGHT_THEMES: &[&str] = &[
    "InspiredGitHub",
    "Solarized (dark)",
    "Solarized (light)",
    "base16-eighties.dark",
    "base16-mocha.dark",
    "base16-ocean.dark",
    "base16-ocean.light",
];

fn default_language() -> String {
    "zh-CN".into()
}
fn default_per_page() -> usize {
    20
}
fn default_theme() -> String {
    "default".into()
}
fn default_highlight_theme() -> String {
    "InspiredGitHub".into()
}
fn default_feed_limit() -> usize {
    50
}
fn yes() -> bool {
    true
}

/// The validated site configuration.
#[derive(Debug, Clone)]
pub struct Config {
    pub title: String,
    pub description: Option<String>,
    pub language: String,
    /// Always ends with `/` when set.
    pub base_url: Option<String>,
    pub links: LinkMode,
    /// The first column of month calendars (`week_start`, else by `language`).
    pub week_start: WeekStart,
    pub per_page: usize,
    pub theme: String,
    pub sections: Vec<TermDef>,
    pub topics: Vec<TopicDef>,
    pub reporters: Vec<TermDef>,
    pub tags: Vec<TermDef>,
    pub minify: bool,
    pub highlight_theme: String,
    pub allow_html: bool,
    pub search: bool,
    pub feed_limit: usize,
    pub import: crate::import::RulesConfig,
}

impl Default for Config {
    fn default() -> Self {
        Config::parse(Path::new("site.yaml"), "title: gazette\n").expect("default config is valid")
    }
}

/// What each key of site.yaml holds, for a YAML type error.
fn site_key_value(key: &str) -> Option<&'static str> {
    Some(match key {
        "title" | "language" | "base_url" | "theme" | "highlight_theme" | "description" => "one line of text",
        "links" => "`explicit` or `pretty`",
        "week_start" => "`monday` or `sunday`",
        "per_page" | "feed_limit" => "a whole number such as 20",
        "minify" | "allow_html" | "search" => "true or false",
        "sections" | "reporters" | "tags" => "a list of `- name: ...` entries (with an optional `slug: ...`)",
        "topics" => "a list of `- name: ...` entries (with optional `slug:` and `keywords: [...]`)",
        "import" => "a mapping of import settings",
        _ => return None,
    })
}

impl Config {
    /// Parses and validates site.yaml's text (pure).
    pub fn parse(path: &Path, text: &str) -> Result<Config> {
        let mut raw: RawConfig = serde_saphyr::from_str(text).map_err(|e| {
            let (line, col) = e.location().map(|l| (l.line() as usize, l.column() as usize)).unwrap_or((0, 0));
            Error::at(
                path,
                line,
                col,
                crate::error::explain_yaml(text, line, &crate::error::yaml_message(&e), site_key_value),
            )
        })?;
        let mut errors = Vec::new();
        let mut bad = |key: &str, msg: String| errors.push(Diagnostic::error(path, key_line(text, key, 1), 1, msg));
        if raw.title.trim().is_empty() {
            bad("title", "`title` is empty".into());
        }
        if !valid_language_tag(&raw.language) {
            bad("language", format!("`language: {}` is not a BCP 47 tag such as zh-CN or en", raw.language));
        }
        if raw.per_page == 0 {
            bad("per_page", "`per_page` must be at least 1".into());
        }
        if raw.feed_limit == 0 {
            bad("feed_limit", "`feed_limit` must be at least 1".into());
        }
        if !HIGHLIGHT_THEMES.contains(&raw.highlight_theme.as_str()) {
            bad(
                "highlight_theme",
                format!("`highlight_theme: {}` is not one of {}", raw.highlight_theme, HIGHLIGHT_THEMES.join(", ")),
            );
        }
        if let Some(why) = unsafe_segment(&raw.theme) {
            bad("theme", format!("`theme: {}` {why}: it names a folder under themes/", raw.theme));
        }
        let base_url = match raw.base_url {
            Some(u) if u.starts_with("http://") || u.starts_with("https://") => {
                Some(if u.ends_with('/') { u } else { format!("{u}/") })
            }
            Some(u) if u.is_empty() => None,
            Some(u) => {
                bad("base_url", format!("`base_url: {u}` must start with http:// or https://"));
                None
            }
            None => None,
        };
        // An article's names lose their surrounding spaces when it is read;
        // a name listed here must too, or ` News ` here and `News` there
        // were two sections, the listed slug going to the one with no articles.
        for d in raw.sections.iter_mut().chain(raw.reporters.iter_mut()).chain(raw.tags.iter_mut()) {
            d.name = d.name.trim().to_string();
        }
        for d in raw.topics.iter_mut() {
            d.name = d.name.trim().to_string();
        }
        for (key, defs) in [("sections", &raw.sections), ("reporters", &raw.reporters), ("tags", &raw.tags)] {
            for d in defs {
                check_slug(&mut bad, key, &d.name, d.slug.as_deref());
            }
        }
        for d in &raw.topics {
            check_slug(&mut bad, "topics", &d.name, d.slug.as_deref());
        }
        if !errors.is_empty() {
            return Err(Error::Invalid(errors));
        }
        let week_start = raw.week_start.unwrap_or_else(|| WeekStart::for_language(&raw.language));
        Ok(Config {
            title: raw.title,
            description: raw.description,
            language: raw.language,
            base_url,
            links: raw.links,
            week_start,
            per_page: raw.per_page,
            theme: raw.theme,
            sections: raw.sections,
            topics: raw.topics,
            reporters: raw.reporters,
            tags: raw.tags,
            minify: raw.minify,
            highlight_theme: raw.highlight_theme,
            allow_html: raw.allow_html,
            search: raw.search,
            feed_limit: raw.feed_limit,
            import: raw.import,
        })
    }

    /// Reads `root/site.yaml`; a site without one gets the defaults.
    pub fn from_file(root: &Path) -> Result<Config> {
        let path = root.join("site.yaml");
        match std::fs::read(&path) {
            Ok(bytes) => match std::str::from_utf8(&bytes) {
                Ok(text) => Config::parse(Path::new("site.yaml"), text),
                Err(_) => Err(Error::Invalid(vec![crate::import::not_utf8(Path::new("site.yaml"), &bytes)])),
            },
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && !root.is_dir() => {
                Err(Error::other(format!("{}: no such folder (the site's root: give --root DIR)", root.display())))
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(Error::at(
                "site.yaml",
                0,
                0,
                format!(
                    "no site.yaml in {} (run `gazette init` to make a new site)",
                    // `.` says little: the folder itself, where it can be found.
                    root.canonicalize().as_deref().unwrap_or(root).display()
                ),
            )),
            Err(e) => Err(Error::io(path, e)),
        }
    }
}

fn check_slug(bad: &mut impl FnMut(&str, String), key: &str, name: &str, slug: Option<&str>) {
    if name.trim().is_empty() {
        bad(key, format!("an entry of `{key}` has an empty name"));
    }
    if let Some(s) = slug
        && (s.is_empty() || !s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'))
    {
        bad(key, format!("slug `{s}` of `{name}` in `{key}` must be ASCII letters, digits, `-` or `_`"));
    }
}

/// A light BCP 47 check: alphanumeric subtags of 1–8 characters, the first alphabetic.
fn valid_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let Some(first) = parts.next() else {
        return false;
    };
    // ISO 639 codes: two or three letters. BCP 47 leaves room for longer
    // ones, but none is registered, and `chinese` or `english` is a mistake
    // that would give a Chinese site English labels.
    (2..=3).contains(&first.len())
        && first.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendars_start_on_sunday_where_the_language_and_region_print_them_so() {
        for lang in ["en", "en-US", "en_ca", "en-PH", "ja", "ko-KR", "zh-TW", "zh-Hant-HK", "pt-BR", "he"] {
            assert_eq!(WeekStart::for_language(lang), WeekStart::Sunday, "{lang}");
        }
        for lang in ["zh-CN", "zh", "en-GB", "en-AU", "en-IN", "fr", "de-DE", "zh-Hant"] {
            assert_eq!(WeekStart::for_language(lang), WeekStart::Monday, "{lang}");
        }
        // Monday = 0 … Sunday = 6 in the Monday-first numbering.
        assert_eq!((WeekStart::Sunday.column(6), WeekStart::Sunday.column(0)), (0, 1));
        assert_eq!((WeekStart::Monday.column(6), WeekStart::Monday.column(0)), (6, 0));
        let c = Config::parse(Path::new("site.yaml"), "title: t\nlanguage: en-US\nweek_start: monday\n").unwrap();
        assert_eq!(c.week_start, WeekStart::Monday);
        assert_eq!(
            Config::parse(Path::new("site.yaml"), "title: t\nlanguage: en\n").unwrap().week_start,
            WeekStart::Sunday
        );
        let e = Config::parse(Path::new("site.yaml"), "title: t\nweek_start: friday\n").unwrap_err();
        assert_eq!(e.diagnostics()[0].line, 2, "{e}");
        assert!(e.to_string().contains("monday, sunday"), "{e}");
    }

    #[test]
    fn defaults() {
        let c = Config::parse(Path::new("site.yaml"), "title: 日报\n").unwrap();
        assert_eq!(c.language, "zh-CN");
        assert_eq!(c.links, LinkMode::Explicit);
        assert_eq!(c.per_page, 20);
        assert!(c.minify && c.search);
    }

    #[test]
    fn unknown_key_names_key_and_line() {
        let e = Config::parse(Path::new("site.yaml"), "title: t\nper_pag: 3\n").unwrap_err();
        let d = &e.diagnostics()[0];
        assert_eq!(d.line, 2, "{d}");
        assert!(d.message.contains("per_pag"), "{d}");
    }

    #[test]
    fn bad_values_name_key_and_line() {
        let e = Config::parse(Path::new("site.yaml"), "title: t\nlinks: fancy\n").unwrap_err();
        assert_eq!(e.diagnostics()[0].line, 2, "{e}");
        let e = Config::parse(Path::new("site.yaml"), "title: t\nhighlight_theme: Monokai\n").unwrap_err();
        assert_eq!(e.diagnostics()[0].line, 2, "{e}");
        let e = Config::parse(Path::new("site.yaml"), "title: t\nlanguage: zh_CN\nper_page: 0\n").unwrap_err();
        let lines: Vec<usize> = e.diagnostics().iter().map(|d| d.line).collect();
        assert_eq!(lines, vec![2, 3], "{e}");
        for bad in ["chinese", "english", "z", "zh_CN", "zh-"] {
            assert!(Config::parse(Path::new("site.yaml"), &format!("title: t\nlanguage: {bad}\n")).is_err(), "{bad}");
        }
        for good in ["zh", "zh-CN", "zh-Hant-TW", "en", "en-US", "yue-HK"] {
            assert!(Config::parse(Path::new("site.yaml"), &format!("title: t\nlanguage: {good}\n")).is_ok(), "{good}");
        }
    }
}
