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
    if !TYPE_ERRORS.iter().any(|t| message.starts_with(t)) {
        return message.to_string();
    }
    let upto = lines.get(..line.min(lines.len())).unwrap_or_default();
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
