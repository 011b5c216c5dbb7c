//! gazette: a static site generator for a newspaper's archive.
//!
//! The pipeline (see DESIGN.md): **load** articles and raw pages from
//! `content/` ([`content`]), **import** raw page text into articles
//! ([`import`]), **link** them into a page graph of issues, pages, calendars
//! and taxonomies ([`graph`]), **render** every page through Tera themes
//! ([`render`]), **index** them for client-side search ([`search`]) and
//! **write** the result atomically ([`output`]). [`site::build`] runs it all.
//!
//! ```
//! let dir = tempfile::tempdir().unwrap();
//! let root = dir.path();
//! std::fs::write(root.join("site.yaml"), "title: 鹤壁日报\n").unwrap();
//! std::fs::create_dir_all(root.join("content")).unwrap();
//! std::fs::write(
//!     root.join("content/a.md"),
//!     "---\ntitle: 标题\ndate: 2026-02-11\npage: 2\nreporters: [朱迪]\n---\n\n正文。\n",
//! )
//! .unwrap();
//! let report = gazette::site::build(&gazette::site::BuildOptions::new(root)).unwrap();
//! assert_eq!(report.articles, 1);
//! assert!(root.join("output/2026/02/11/02-01/index.html").exists());
//! ```

pub mod cache;
pub mod cli;
pub mod clock;
pub mod config;
pub mod content;
pub mod corpus;
pub mod error;
pub mod graph;
pub mod import;
pub mod output;
pub mod render;
pub mod search;
pub mod serve;
pub mod site;
pub mod theme;

pub use error::{Diagnostic, Error, Result};
