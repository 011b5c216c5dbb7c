//! The hidden `gazette generate` command, run as a user (or the benchmark)
//! runs it: the binary writes a site whose files gazette itself accepts.

use std::path::Path;
use std::process::Command;

fn gazette(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_gazette")).args(args).output().expect("gazette runs")
}

fn markdown_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "md") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

#[test]
fn generate_writes_a_site_of_n_articles() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    let site_arg = site.to_str().unwrap();
    let out = gazette(&["generate", "--articles", "250", "--out", site_arg, "--seed", "4"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stderr).contains("250"), "reports the count");
    assert!(site.join("site.yaml").is_file());
    let files = markdown_files(&site.join("content"));
    assert_eq!(files.len(), 250);
    let config = gazette::config::Config::from_file(&site).unwrap();
    assert_eq!(config.sections.len(), 8);
    for f in &files {
        let a = gazette::content::Article::from_file(f, f).unwrap_or_else(|e| panic!("{e:?}"));
        assert!(!a.front.reporters.is_empty() && a.front.topic.is_some() && a.front.section.is_some());
    }
    let loaded = gazette::content::load_content(&site);
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    assert_eq!(loaded.articles.len(), 250);
}

#[test]
fn generate_is_deterministic_across_runs() {
    let dir = tempfile::tempdir().unwrap();
    let read = |name: &str| {
        let site = dir.path().join(name);
        let out = gazette(&["generate", "--articles", "120", "--out", site.to_str().unwrap(), "--seed", "9"]);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        markdown_files(&site)
            .iter()
            .map(|p| (p.strip_prefix(&site).unwrap().to_path_buf(), std::fs::read(p).unwrap()))
            .collect::<Vec<_>>()
    };
    assert_eq!(read("a"), read("b"));
}

#[test]
fn generate_refuses_a_folder_with_content() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().to_str().unwrap();
    assert!(gazette(&["generate", "--articles", "10", "--out", site]).status.success());
    let again = gazette(&["generate", "--articles", "10", "--out", site]);
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("already has content"));
}
