//! Invalid inputs (DESIGN.md's tests section): every folder of
//! `tests/fixtures/invalid/<case>/` holds a site (`site/`) that must not
//! build, and `expect`: the kind of error (`kind: invalid` or
//! `kind: template`), then one line per error the build must report, as
//! `path[:line[:col]]: words of the message` (path relative to the site),
//! and per warning it must report with them, `path...: warning: words`.
//! A case with files under `site/themes/default/` gets the default theme
//! written first, those files over it.
//!
//! Each case is built through the library (the error's kind, path, line
//! and column) and through the command line, `gazette build` and `gazette
//! check` alike (what staff read: each error once as `path:line:col: error:
//! message`, the exit status, no output).

use std::path::{Path, PathBuf};

#[derive(Debug, PartialEq)]
struct Expected {
    path: String,
    line: usize,
    col: usize,
    warning: bool,
    words: String,
}

fn parse_expect(text: &str) -> (String, Vec<Expected>) {
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    let kind = lines.next().and_then(|l| l.strip_prefix("kind: ")).expect("`kind: ...` first").to_string();
    let errors = lines
        .map(|l| {
            let (place, words) = l.split_once(": ").unwrap_or_else(|| panic!("no `: ` in {l:?}"));
            let mut parts = place.split(':');
            let path = parts.next().unwrap().to_string();
            let num = |p: Option<&str>| p.map_or(0, |n| n.parse().unwrap_or_else(|_| panic!("{l:?}")));
            let (line, col) = (num(parts.next()), num(parts.next()));
            let (warning, words) = match words.strip_prefix("warning: ") {
                Some(w) => (true, w),
                None => (false, words),
            };
            Expected { path, line, col, warning, words: words.to_string() }
        })
        .collect();
    (kind, errors)
}

fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let dest = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&dest).unwrap();
        } else {
            std::fs::copy(entry.path(), &dest).unwrap();
        }
    }
}

/// The case's site in a temporary folder (kept alive by the returned guard).
fn site_of(case: &Path) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    if case.join("site/themes/default").exists() {
        gazette::theme::write_default_theme(&root.join("themes/default")).unwrap();
    }
    copy_tree(&case.join("site"), &root);
    (dir, root)
}

/// A case as the tests see it: its name, expected kind and errors, and
/// its site in a temporary folder (the guard keeps the folder).
struct Case {
    name: String,
    kind: String,
    expected: Vec<Expected>,
    root: PathBuf,
    _guard: tempfile::TempDir,
}

fn cases() -> Vec<Case> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/invalid");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    paths.sort();
    assert!(paths.len() >= 10, "cases in {}", dir.display());
    paths
        .into_iter()
        .map(|case| {
            let (kind, expected) = parse_expect(&std::fs::read_to_string(case.join("expect")).unwrap());
            let (_guard, root) = site_of(&case);
            let name = case.file_name().unwrap().to_string_lossy().to_string();
            Case { name, kind, expected, root, _guard }
        })
        .collect()
}

#[test]
fn invalid_inputs_fail_with_kind_path_and_line() {
    for Case { name, kind, expected, root, .. } in cases() {
        let err = gazette::site::build(&gazette::site::BuildOptions::new(&root)).unwrap_err();
        let got_kind = match &err {
            gazette::Error::Invalid(_) => "invalid",
            gazette::Error::Template { .. } => "template",
            gazette::Error::Io { .. } => "io",
            gazette::Error::Other { .. } => "other",
        };
        assert_eq!(got_kind, kind, "{name}: {err}");
        let diags = err.diagnostics();
        assert_eq!(diags.len(), expected.len(), "{name}: every error and warning, once: {err}");
        for e in &expected {
            assert!(
                diags.iter().any(|d| d.path == Path::new(&e.path)
                    && d.line == e.line
                    && d.col == e.col
                    && d.is_error() != e.warning
                    && d.message.contains(&e.words)),
                "{name}: expected {e:?} in {diags:#?}"
            );
        }
        assert!(!root.join("output").exists(), "{name}: a failed build writes no output");
    }
}

#[test]
fn invalid_inputs_are_reported_once_each_on_the_command_line() {
    for Case { name, expected, root, .. } in cases() {
        // `check` validates everything a build does, without writing.
        for command in ["build", "check"] {
            let what = format!("{name}, gazette {command}");
            let out = std::process::Command::new(env!("CARGO_BIN_EXE_gazette"))
                .args([command, "--root"])
                .arg(&root)
                .output()
                .unwrap();
            assert!(!out.status.success(), "{what}: exit status");
            let stderr = String::from_utf8_lossy(&out.stderr);
            let reported: Vec<&str> =
                stderr.lines().filter(|l| l.contains(": error: ") || l.contains(": warning: ")).collect();
            assert_eq!(reported.len(), expected.len(), "{what}:\n{stderr}");
            for e in &expected {
                let place = match (e.line, e.col) {
                    (0, _) => e.path.clone(),
                    (l, 0) => format!("{}:{l}", e.path),
                    (l, c) => format!("{}:{l}:{c}", e.path),
                };
                let prefix = format!("{place}: {}: ", if e.warning { "warning" } else { "error" });
                assert!(
                    reported.iter().any(|l| l.starts_with(&prefix) && l.contains(&e.words)),
                    "{what}: no line starting {prefix:?} with {:?}:\n{stderr}",
                    e.words
                );
            }
            // The position is said once, in front: not again inside the message.
            for l in reported.iter().filter(|l| l.contains(": error: ")) {
                let message = l.split_once(": error: ").unwrap().1;
                assert!(!message.starts_with("error") && !message.contains(" --> "), "{what}: {l}");
            }
            assert!(!root.join("output").exists(), "{what}: a failed build writes no output");
        }
    }
}

#[test]
fn expect_lines_parse() {
    let (kind, e) =
        parse_expect("kind: invalid\ncontent/a.md:2:1: unknown field `x`\nsite.yaml: no: colon\nb.md: warning: w\n");
    assert_eq!(kind, "invalid");
    let want = |path: &str, line, col, warning, words: &str| Expected {
        path: path.into(),
        line,
        col,
        warning,
        words: words.into(),
    };
    assert_eq!(e[0], want("content/a.md", 2, 1, false, "unknown field `x`"));
    assert_eq!(e[1], want("site.yaml", 0, 0, false, "no: colon"));
    assert_eq!(e[2], want("b.md", 0, 0, true, "w"));
}
