//! The whole pipeline: load → import → link → render → index → write.
use crate::error::{Diagnostic, Result};
use std::path::{Path, PathBuf};

pub struct BuildOptions {
    pub root: PathBuf,
    pub out: PathBuf,
    pub links: Option<crate::config::LinkMode>,
    pub full: bool,
    pub quiet: bool,
}

impl BuildOptions {
    pub fn new(root: &Path) -> Self {
        BuildOptions { root: root.to_path_buf(), out: root.join("output"), links: None, full: false, quiet: true }
    }
    pub fn from_args(a: &crate::cli::BuildArgs) -> Self {
        BuildOptions {
            root: a.root.clone(),
            out: a.out.clone().unwrap_or_else(|| a.root.join("output")),
            links: a.links,
            full: a.full,
            quiet: a.quiet,
        }
    }
}

#[derive(Debug, Default)]
pub struct BuildReport {
    pub articles: usize,
    pub files: usize,
    pub diagnostics: Vec<Diagnostic>,
    pub seconds: f64,
}

impl BuildReport {
    pub fn summary(&self) -> String {
        format!("{} articles, {} files in {:.2}s", self.articles, self.files, self.seconds)
    }
    pub fn warnings(&self) -> usize {
        self.diagnostics.len()
    }
}

pub fn build(_o: &BuildOptions) -> Result<BuildReport> {
    Err(crate::Error::other("not built yet"))
}

pub fn check(_root: &Path) -> Result<BuildReport> {
    Err(crate::Error::other("not built yet"))
}

pub fn init(_dir: &Path) -> Result<()> {
    Err(crate::Error::other("not built yet"))
}
