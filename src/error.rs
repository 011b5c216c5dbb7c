//! Errors and diagnostics shared by every step of the pipeline.
//!
//! A step that cannot go on returns an [`Error`]; problems that do not stop the
//! build are [`Diagnostic`]s collected on the way and printed at the end. Both
//! carry the file, and the line/column where one is known, so staff can go
//! straight to the place to fix.

use std::fmt;
use std::path::{Path, PathBuf};

/// How bad a [`Diagnostic`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Warning,
    Error,
}

/// One problem found in one file, printed as `path:line:col: severity: message`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    pub path: PathBuf,
    /// 1-based; 0 when the problem concerns the whole file.
    pub line: usize,
    /// 1-based; 0 when unknown.
    pub col: usize,
    pub message: String,
}

impl Diagnostic {
    pub fn error(path: impl Into<PathBuf>, line: usize, col: usize, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Error, path: path.into(), line, col, message: message.into() }
    }

    pub fn warning(path: impl Into<PathBuf>, line: usize, col: usize, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Warning, path: path.into(), line, col, message: message.into() }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        write!(f, "{}", self.path.display())?;
        if self.line > 0 {
            write!(f, ":{}", self.line)?;
            if self.col > 0 {
                write!(f, ":{}", self.col)?;
            }
        }
        write!(f, ": {sev}: {}", self.message)
    }
}

/// Why a command failed.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// One or more problems in the inputs; every one of them is listed.
    #[error("{}", format_diagnostics(.0))]
    Invalid(Vec<Diagnostic>),
    /// A theme's template that does not parse or render; `line` and `col`
    /// are 1-based, 0 when Tera gives no position. `message` may go on with
    /// Tera's excerpt of the template, from its second line.
    #[error("{}", Diagnostic::error(path, *line, *col, format!("template error: {message}")))]
    Template { path: PathBuf, line: usize, col: usize, message: String },
    #[error("{message}")]
    Other { message: String },
}

impl Error {
    pub fn io(path: impl AsRef<Path>, source: std::io::Error) -> Self {
        Error::Io { path: path.as_ref().to_path_buf(), source }
    }

    pub fn at(path: impl Into<PathBuf>, line: usize, col: usize, message: impl Into<String>) -> Self {
        Error::Invalid(vec![Diagnostic::error(path, line, col, message)])
    }

    /// The errors of a failed step, and after them the warnings found
    /// before it: staff fixing the errors see every problem at once, not
    /// the warnings only once the errors are gone.
    pub fn invalid_with_warnings(mut errors: Vec<Diagnostic>, warnings: &[Diagnostic]) -> Self {
        errors.extend_from_slice(warnings);
        Error::Invalid(errors)
    }

    pub fn other(message: impl Into<String>) -> Self {
        Error::Other { message: message.into() }
    }

    /// The diagnostics this error stands for (one for errors that are not a list).
    pub fn diagnostics(&self) -> Vec<Diagnostic> {
        match self {
            Error::Invalid(d) => d.clone(),
            Error::Io { path, source } => vec![Diagnostic::error(path, 0, 0, source.to_string())],
            Error::Template { path, line, col, message } => {
                vec![Diagnostic::error(path, *line, *col, format!("template error: {message}"))]
            }
            Error::Other { message } => vec![Diagnostic::error("gazette", 0, 0, message.clone())],
        }
    }
}

fn format_diagnostics(d: &[Diagnostic]) -> String {
    let mut s = String::new();
    for (i, d) in d.iter().enumerate() {
        if i > 0 {
            s.push('\n');
        }
        s.push_str(&d.to_string());
    }
    s
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// The message of a YAML error, without the position and source excerpt
/// serde-saphyr renders with it: callers print `path:line:col:` themselves,
/// and its rendering (`error: line 2 column 7: ...` and a snippet) doubled
/// both the word "error" and the position.
pub fn yaml_message(e: &serde_saphyr::Error) -> String {
    let full = e.without_snippet().to_string();
    let first = full.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or("invalid YAML");
    let first = first.strip_prefix("error:").map(str::trim_start).unwrap_or(first);
    // Drop a trailing " at line X, column Y".
    let first = first.find(" at line ").map_or(first, |i| &first[..i]);
    // Its advice is for programmers ("set DuplicateKeyPolicy in Options").
    if let Some(key) = first.strip_prefix("duplicate mapping key: ").and_then(|r| r.split(',').next()) {
        return format!("`{key}` is given twice");
    }
    first.to_string()
}

/// For serde's `unknown field `reporter`, expected one of title, …`: the
/// known key the unknown one is most likely a slip for (`reporters`,
/// `Title`, `subtitel`), if one is that close.
fn nearest_known_key(message: &str) -> Option<String> {
    let rest = message.strip_prefix("unknown field `")?;
    let (unknown, rest) = rest.split_once('`')?;
    let known = rest.split_once("expected one of ")?.1;
    known
        .split(", ")
        .map(|k| k.trim().trim_matches('`'))
        .filter(|k| !k.is_empty())
        .map(|k| (strsim::damerau_levenshtein(&unknown.to_lowercase(), k), k))
        .filter(|&(d, k)| d <= 2 && d * 2 < k.chars().count().max(2))
        .min_by_key(|&(d, _)| d)
        .map(|(_, k)| k.to_string())
}

/// A staff-readable message for a YAML error at `line` (1-based within
/// `yaml`): for a value of the wrong type (serde-saphyr says `invalid u32`
/// or `expected sequence start`, naming neither the key nor what to write),
/// the key, what it takes (`expected` knows each top-level key) and what
/// was written; for an unknown key, the known key it is likely a slip for;
/// other messages as they are.
pub fn explain_yaml(yaml: &str, line: usize, message: &str, expected: fn(&str) -> Option<&'static str>) -> String {
    const TYPE_ERRORS: [&str; 9] = [
        "cannot deserialize null",
        "invalid u32",
        "invalid u64",
        "invalid boolean",
        "expected sequence start",
        "expected string scalar",
        "expected mapping start",
        "invalid type",
        "invalid value",
    ];
    if let Some(near) = nearest_known_key(message) {
        return format!("{message}; did you mean `{near}`?");
    }
    let lines: Vec<&str> = yaml.lines().collect();
    if message.starts_with("tabs disallowed") {
        // An editor's tab before a list item or nested key.
        return format!("{message}: YAML indents with spaces, not tabs: put two spaces where the tab is");
    }
    if message.starts_with("mapping values are not allowed") {
        // `title: 议题: 民生`: YAML reads a second key where a headline has a colon.
        if let Some((key, value)) = lines.get(line.wrapping_sub(1)).and_then(|l| l.split_once(": ")) {
            let value = value.trim().replace('"', "\\\"");
            return format!("{message}: a value holding `: ` goes in quotes, as in `{}: \"{value}\"`", key.trim());
        }
        return message.to_string();
    }
    let upto = lines.get(..line.min(lines.len())).unwrap_or_default();
    if !TYPE_ERRORS.iter().any(|t| message.starts_with(t)) {
        return match syntax_hint(upto, message) {
            Some(hint) => format!("{message}: {hint}"),
            None => message.to_string(),
        };
    }
    // The key is on this line or, for a list item or a wrapped value, the
    // nearest line above that starts at the margin.
    let Some(at) = upto.iter().rposition(|l| !l.starts_with([' ', '\t', '-', '#']) && l.contains(':')) else {
        return message.to_string();
    };
    let (key, value) = upto[at].split_once(':').unwrap_or_default();
    let key = key.trim();
    let Some(want) = expected(key) else {
        return message.to_string();
    };
    if let Some(hint) = unclosed_hint(upto).or_else(|| value_hint(key, value)) {
        return format!("`{key}` takes {want}, not `{}`: {hint}", value.trim());
    }
    if at + 1 < line {
        // Inside the key's value: an item of a list, or a nested key.
        let item = upto[line - 1].trim().trim_start_matches('-').trim();
        return format!("`{key}` takes {want}; `{item}` is not that ({message})");
    }
    match value.trim() {
        "" => format!("`{key}` takes {want}"),
        value => format!("`{key}` takes {want}, not `{value}`"),
    }
}

/// What staff most often did when YAML stops at `upto`'s last line (the
/// messages name a YAML rule, not the slip): a list or quote opened on a
/// line above and never closed, a list item on its key's line, or a value
/// that starts with a character YAML reads as syntax.
fn syntax_hint(upto: &[&str], message: &str) -> Option<String> {
    let here = *upto.last()?;
    if let Some(hint) = unclosed_hint(upto) {
        return Some(hint);
    }
    if message.starts_with("block sequence entries are not allowed")
        && let Some((key, item)) = here.split_once(':').filter(|(_, v)| v.trim_start().starts_with("- "))
    {
        let item = item.trim_start().trim_start_matches("- ").trim();
        let key = key.trim();
        return Some(format!("a list goes in brackets (`{key}: [{item}]`) or one `- {item}` line under `{key}:`"));
    }
    if here.starts_with([' ', '\t', '-']) {
        return None;
    }
    let (key, value) = here.split_once(':')?;
    value_hint(key.trim(), value)
}

/// A `[`, `{` or quote opened on `upto`'s last line, or on a line of the
/// same value above it, and never closed: YAML reports it on a later line
/// (or at the end) with a message about what it found there.
fn unclosed_hint(upto: &[&str]) -> Option<String> {
    // An unclosed `[`, `{` or `"` shows as an error on a later line (or at
    // the end): the nearest line above, this one included, that opened one.
    for (i, l) in upto.iter().enumerate().rev().take(20) {
        let (key, value) = l.split_once(':').map_or(("", *l), |(k, v)| (k.trim(), v.trim_start()));
        // Named by its key: `line` counts from the front matter's start,
        // not the file's, so a line number here would be off by its fence.
        let whose = if key.is_empty() || key.starts_with('-') { "this value".to_string() } else { format!("`{key}`") };
        let (opens, closes) = (value.matches(['[', '{']).count(), value.matches([']', '}']).count());
        if value.starts_with(['[', '{']) && opens > closes {
            let (open, close) = if value.starts_with('[') { ('[', ']') } else { ('{', '}') };
            return Some(format!("the `{open}` of {whose} is never closed: end it with `{close}` on its line"));
        }
        if let Some(q) = value.chars().next().filter(|c| matches!(c, '"' | '\''))
            && value.matches(q).count() == 1
            && i + 1 < upto.len()
        {
            return Some(format!("the {q} that opens {whose} is never closed: end the value with {q} on its line"));
        }
        // Only the lines of the value the error is in are looked at.
        if i + 1 < upto.len() && !l.starts_with([' ', '\t', '-']) {
            break;
        }
    }
    None
}

/// Why a value YAML read as something else was not text: it starts with a
/// character YAML reads as syntax (`*`, `&`, `!`, `@`, `#`, `|`, `>`, `%`,
/// a backquote, or brackets it does not end with), or the key has no space
/// after its colon (`title:标题`).
fn value_hint(key: &str, value: &str) -> Option<String> {
    if key.is_empty() || !key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return None;
    }
    if !value.is_empty() && !value.starts_with([' ', '\t']) {
        return Some(format!("put a space after `{key}:` (`{key}: {}`)", value.trim()));
    }
    let v = value.trim();
    let first = v.chars().next()?;
    let bracketed = match first {
        '[' => v.ends_with(']'),
        '{' => v.ends_with('}'),
        _ => true,
    };
    let syntax = matches!(first, '*' | '&' | '!' | '@' | '#' | '|' | '>' | '%' | '`') || !bracketed;
    syntax.then(|| {
        let quoted = v.replace('"', "\\\"");
        format!("YAML reads a value starting with `{first}` as syntax: put it in quotes, as in `{key}: \"{quoted}\"`")
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_yaml_message_says_neither_error_nor_where() {
        for (yaml, want) in
            [("title: \"x\nper_page: 3\n", "quoted scalar"), ("per_pag: 3\n", "unknown field `per_pag`")]
        {
            #[derive(serde::Deserialize, Debug)]
            #[serde(deny_unknown_fields)]
            #[allow(dead_code)]
            struct T {
                title: Option<String>,
            }
            let e = serde_saphyr::from_str::<T>(yaml).unwrap_err();
            let m = super::yaml_message(&e);
            assert!(m.contains(want), "{m}");
            assert!(!m.contains("error") && !m.contains("column") && !m.contains('\n'), "{m}");
        }
    }
}
