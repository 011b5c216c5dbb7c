//! Import step: raw newspaper page text → clean, attributed articles.
//!
//! `import_page` is pure; reading and decoding files and writing Markdown are
//! separate functions so `build` can convert pages in memory and
//! `gazette import` can write them to `content/articles/`.
//!
//! (Being built under issue 3; the types below are the contract with `build`.)

use crate::content::{Article, Date};
use crate::error::Diagnostic;
use serde::Deserialize;

/// What a paper adds to the built-in import rules from site.yaml's `import:` key.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RulesConfig {}

/// The import rules: byline words, agencies, header patterns, topics.
#[derive(Debug, Clone, Default)]
pub struct ImportRules {}

impl ImportRules {
    pub fn new(_config: &RulesConfig, _topics: &[crate::config::TopicDef]) -> ImportRules {
        ImportRules {}
    }
}

/// One page of raw text with where it came from.
#[derive(Debug, Clone)]
pub struct RawPage {
    /// Relative to content/ when the page lives there (`pages/2026-02-11/04.txt`),
    /// else the path as given; it becomes the articles' `source`.
    pub source: String,
    pub date: Date,
    pub page: u32,
    /// Section name given on the command line; overrides the page header's 版名.
    pub section: Option<String>,
    pub text: String,
}

#[derive(Debug, Default)]
pub struct Imported {
    pub articles: Vec<Article>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Splits one page into articles.
pub fn import_page(_raw: &RawPage, _rules: &ImportRules) -> Imported {
    Imported::default()
}

/// Detects the encoding of a raw page and decodes it to normalised text.
pub fn decode(bytes: &[u8], path: &std::path::Path) -> Result<String, Diagnostic> {
    String::from_utf8(bytes.to_vec()).map_err(|_| Diagnostic::error(path, 0, 0, "not UTF-8"))
}

/// `gazette import`: returns the process exit code (non-zero when some file
/// was not written, e.g. because a person edited it since).
pub fn run_import_command(_args: &crate::cli::ImportArgs) -> crate::Result<u8> {
    Err(crate::Error::other("gazette import is not built yet"))
}
