//! Load step: the archive's articles and raw pages as the rest of the pipeline
//! sees them. `parse` functions are pure; `from_file`/`load_content` do IO.

pub mod article;
pub mod date;
pub mod folders;
pub mod front_matter;
pub mod load;
pub mod media;
pub mod shared;

pub use article::{Article, ArticleInfo, ItemFields, Origin};
pub use date::Date;
pub use front_matter::{DateField, Dateline, FrontMatter};
pub use load::{Loaded, RawPageFile, Scan, Stamp, load_content, scan, scan_recorded};
pub use shared::SharedText;
