//! The search engine (engine.js) run by node over a built index, and the
//! Rust side's units of a text: what the search tests compare.
// Each test binary that includes this module uses part of it.
#![allow(dead_code)]

use gazette::search::SearchIndex;
use gazette::search::tokenize::{Unit, normalize, tokenize};
use std::io::Write;
use std::process::{Command, Stdio};

/// node, where the machine has it; in CI it must (the tests fail, not skip).
pub fn node() -> Option<&'static str> {
    let found = ["/usr/bin/node", "/usr/local/bin/node"].into_iter().find(|p| std::path::Path::new(p).exists());
    if found.is_none() {
        assert!(std::env::var("CI").as_deref() != Ok("true"), "node is required in CI");
        eprintln!("skip: node not found");
    }
    found
}

/// Writes `index` to a temporary folder and runs `jobs` (one JSON query per
/// line) through bench/search/sim.js, which loads shards as a browser does;
/// its output, one JSON result per line.
pub fn run_sim(node: &str, index: &SearchIndex, jobs: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    for f in &index.files {
        gazette::output::write_under(dir.path(), &f.path, &f.bytes).unwrap();
    }
    let sim = concat!(env!("CARGO_MANIFEST_DIR"), "/bench/search/sim.js");
    let mut child = Command::new(node)
        .args([sim, dir.path().to_str().unwrap(), &index.scripts[0], &index.scripts[1]])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(jobs.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// The units the index makes of `s`, a `|` for each break.
pub fn rust_units(s: &str) -> String {
    tokenize(&normalize(s))
        .iter()
        .map(|u| match u {
            Unit::Char(c) => c.to_string(),
            Unit::Break => "|".into(),
        })
        .collect()
}
