//! Index step: the client-side search index, written as classic `<script>`
//! shards so it works from file:// as well as on any host.
//!
//! (Being built under issue 4; the types below are the contract with `build`.)

use crate::content::Date;
use crate::output::OutputFile;

/// What the index knows of one article. `url` is relative to the site root
/// with the link mode applied (`2026/02/11/04-01/index.html`).
#[derive(Debug, Clone)]
pub struct SearchDoc {
    pub url: String,
    pub title: String,
    pub subtitle: Option<String>,
    pub date: Date,
    pub section: Option<String>,
    pub reporters: Vec<String>,
    pub topic: Option<String>,
    pub tags: Vec<String>,
    /// The body as plain text (Markdown stripped), paragraphs separated by `\n`.
    pub text: String,
}

/// The search files and the scripts the search page must load, in order,
/// relative to the site root.
#[derive(Debug, Default)]
pub struct SearchIndex {
    pub files: Vec<OutputFile>,
    pub scripts: Vec<String>,
}

/// Builds the index; `docs` are in the order documents are numbered (date order).
pub fn build_index(_docs: &[SearchDoc]) -> SearchIndex {
    SearchIndex::default()
}
