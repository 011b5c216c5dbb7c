//! Command line: the subcommands and options are a contract (DESIGN.md);
//! extend, never rename.

use crate::config::LinkMode;
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(name = "gazette", version, about = "Static site generator for a newspaper's archive")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Make a new site: site.yaml, the default theme and a sample article.
    Init {
        /// Folder of the new site (created; must be empty if it exists).
        dir: PathBuf,
    },
    /// Split raw page text into Markdown articles.
    Import(ImportArgs),
    /// Build the site into the output folder.
    Build(BuildArgs),
    /// Build, serve on 127.0.0.1, rebuild on change and reload the browser.
    Serve(ServeArgs),
    /// Load and validate everything; write nothing.
    Check(SiteArgs),
    /// Generate a synthetic archive for tests and benchmarks (hidden).
    #[command(hide = true)]
    Generate(GenerateArgs),
}

#[derive(Debug, Clone, Args)]
pub struct SiteArgs {
    /// Site root (holds site.yaml, content/, themes/).
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
}

#[derive(Debug, Clone, Args)]
pub struct BuildArgs {
    /// Site root (holds site.yaml, content/, themes/).
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// Output folder (default: ROOT/output).
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// How folder links are written (overrides site.yaml).
    #[arg(long, value_enum)]
    pub links: Option<LinkMode>,
    /// Ignore the previous build and render everything.
    #[arg(long)]
    pub full: bool,
    /// Print nothing but errors.
    #[arg(long, short)]
    pub quiet: bool,
}

#[derive(Debug, Clone, Args)]
pub struct ServeArgs {
    #[command(flatten)]
    pub build: BuildArgs,
    /// Port on 127.0.0.1 to serve the output on; 0 picks a free one (printed).
    #[arg(long, default_value_t = 1111)]
    pub port: u16,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ImportFormat {
    Md,
    Json,
}

#[derive(Debug, Clone, Args)]
pub struct ImportArgs {
    /// Raw page text files.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Issue date; taken from a content/pages/YYYY-MM-DD/NN.txt path when omitted.
    #[arg(long)]
    pub date: Option<String>,
    /// Page number; taken from the file name NN.txt when omitted.
    #[arg(long)]
    pub page: Option<u32>,
    /// Section (版名); overrides what the page header says.
    #[arg(long)]
    pub section: Option<String>,
    /// Output folder (default: content/articles/YYYY/MM/DD/ under --root).
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// `md`: write Markdown files; `json`: print the articles as JSON and write nothing.
    #[arg(long, value_enum, default_value = "md")]
    pub format: ImportFormat,
    /// Site root, for site.yaml's import rules and topics.
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
}

#[derive(Debug, Clone, Args)]
pub struct GenerateArgs {
    /// Number of articles.
    #[arg(long)]
    pub articles: usize,
    /// Folder of the new site.
    #[arg(long)]
    pub out: PathBuf,
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Bodies of words drawn from a large made-up vocabulary, not the sample
    /// pages' sentences: as many distinct terms as a real archive has.
    #[arg(long, conflicts_with = "words")]
    pub varied: bool,
    /// Bodies of words drawn by the counts of a word list (`word count` per
    /// line, e.g. jieba's dict.txt): a real language's words and frequencies.
    #[arg(long, value_name = "FILE")]
    pub words: Option<PathBuf>,
}
