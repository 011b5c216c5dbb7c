//! Index step: the client-side search index, written as classic `<script>`
//! shards so it works from file:// as well as on any host.
//!
//! Pipeline: [`tokenize`] normalises each document into units (Han
//! characters, words) → [`build_index`] inverts them in parallel into
//! postings of single units and neighbouring pairs (doc lists with a 3-bit
//! BM25 impact, and unit positions for pairs) → [`layout`] cuts them into
//! shards named by the term hash the browser computes itself, plus per-doc
//! result cards, facet doc sets and the manifest. `engine.js` reads them.

pub mod codec;
pub mod layout;
pub mod tokenize;

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
pub fn build_index(docs: &[SearchDoc]) -> SearchIndex {
    layout::lay_out(docs, &layout::invert(docs))
}

/// The browser engine, emitted as `search/engine-<hash>.js`.
pub const ENGINE_JS: &str = include_str!("engine.js");
/// The search page's script, emitted as `search/ui-<hash>.js`.
pub const UI_JS: &str = include_str!("ui.js");
