//! `gazette import` end to end: files written as NN-MM.md, re-import is
//! byte-identical, hand edits are never overwritten, JSON output, and an
//! undecodable file stops the import before anything is written.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const PAGE: &str = "2026年2月11日 星期三\n第2版：要闻\n\n一号新闻\n\n本报讯（记者 张三）第一篇正文。\n\n二号新闻\n\n□本报记者 李四\n\n第二篇正文。\n";

fn gazette(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gazette")).args(args).current_dir(cwd).output().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn site() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let pages = dir.path().join("content/pages/2026-02-11");
    std::fs::create_dir_all(&pages).unwrap();
    std::fs::write(dir.path().join("site.yaml"), "title: 测试日报\nimport:\n  agencies: [鹤壁新闻网]\n").unwrap();
    let page = pages.join("02.txt");
    std::fs::write(&page, PAGE).unwrap();
    (dir, page)
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

#[test]
fn writes_articles_and_reimport_is_byte_identical() {
    let (dir, _) = site();
    let root = dir.path();
    let o = gazette(&["import", "content/pages/2026-02-11/02.txt"], root);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = root.join("content/articles/2026/02/11");
    let first = read(&out.join("02-01.md"));
    let second = read(&out.join("02-02.md"));
    assert!(first.contains("title: 一号新闻") && first.contains("source: pages/2026-02-11/02.txt"), "{first}");
    assert!(second.contains("李四"), "{second}");
    assert!(out.join(".gazette-import").exists());
    let o = gazette(&["import", "content/pages/2026-02-11/02.txt"], root);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(read(&out.join("02-01.md")), first);
    assert_eq!(read(&out.join("02-02.md")), second);
    // The loader reads what was written.
    let a = gazette::content::Article::from_file(&out.join("02-01.md"), Path::new("02-01.md")).unwrap();
    assert_eq!(a.order, Some(1));
    assert_eq!(a.front.section.as_deref(), Some("要闻"));
}

#[test]
fn hand_edited_file_is_not_overwritten() {
    let (dir, _) = site();
    let root = dir.path();
    assert!(gazette(&["import", "content/pages/2026-02-11/02.txt"], root).status.success());
    let out = root.join("content/articles/2026/02/11");
    let edited = read(&out.join("02-01.md")).replace("第一篇正文。", "第一篇正文（已校对）。");
    std::fs::write(out.join("02-01.md"), &edited).unwrap();
    std::fs::remove_file(out.join("02-02.md")).unwrap();
    let o = gazette(&["import", "content/pages/2026-02-11/02.txt"], root);
    assert!(!o.status.success(), "editing must make the import fail");
    assert!(stderr(&o).contains("02-01.md"), "{}", stderr(&o));
    assert_eq!(read(&out.join("02-01.md")), edited);
    assert!(out.join("02-02.md").exists(), "the other articles are still written");
}

#[test]
fn explicit_date_page_and_out() {
    let (dir, page) = site();
    let root = dir.path();
    let loose = root.join("page.txt");
    std::fs::copy(&page, &loose).unwrap();
    let out = root.join("out");
    let o = gazette(
        &["import", "page.txt", "--date", "2026-03-01", "--page", "5", "--section", "综合", "--out", "out"],
        root,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let a = read(&out.join("05-01.md"));
    assert!(a.contains("date: \"2026-03-01\"") || a.contains("date: 2026-03-01"), "{a}");
    assert!(a.contains("section: 综合") && a.contains("page: 5"), "{a}");
}

#[test]
fn json_prints_and_writes_nothing() {
    let (dir, _) = site();
    let root = dir.path();
    let o = gazette(&["import", "content/pages/2026-02-11/02.txt", "--format", "json"], root);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let arr = v.as_array().unwrap();
    assert_eq!(arr.len(), 2);
    assert_eq!(arr[0]["title"], "一号新闻");
    assert_eq!(arr[0]["reporters"][0], "张三");
    assert_eq!(arr[0]["file"], "02-01.md");
    assert!(arr[0]["body"].as_str().unwrap().contains("第一篇正文"));
    assert!(!root.join("content/articles").exists());
}

/// JSON piped into a reader that stops early (`| head`) ends quietly, not
/// with a panic and its backtrace.
#[test]
fn json_into_a_closed_pipe_ends_without_a_panic() {
    let (dir, _) = site();
    let root = dir.path();
    // More than a pipe's buffer (64 KiB), so the write meets the closed end.
    let para = "市政府今天召开新闻发布会，介绍全市重点工程建设进展情况。".repeat(40);
    let page = format!("长篇报道\n\n本报记者 张三\n\n{}\n", vec![para; 60].join("\n\n"));
    std::fs::write(root.join("long.txt"), page).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_gazette"))
        .args(["import", "long.txt", "--date", "2026-02-11", "--page", "1", "--format", "json"])
        .current_dir(root)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let o = child.wait_with_output().unwrap();
    assert!(!stderr(&o).contains("panicked"), "{}", stderr(&o));
    assert!(o.status.success(), "{}", stderr(&o));
}

#[test]
fn undecodable_file_is_named_and_nothing_is_written() {
    let (dir, _) = site();
    let root = dir.path();
    let bad = root.join("content/pages/2026-02-11/03.txt");
    std::fs::write(&bad, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10").unwrap();
    let o = gazette(&["import", "content/pages/2026-02-11/02.txt", "content/pages/2026-02-11/03.txt"], root);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("03.txt"), "{}", stderr(&o));
    assert!(!root.join("content/articles").exists(), "nothing may be written");
}

#[test]
fn works_without_site_yaml_and_with_gbk_input() {
    let dir = tempfile::tempdir().unwrap();
    let (bytes, _, _) = encoding_rs::GBK.encode(PAGE);
    std::fs::write(dir.path().join("02.txt"), &bytes).unwrap();
    let o = gazette(&["import", "02.txt", "--date", "2026-02-11", "--out", "o"], dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(read(&dir.path().join("o/02-01.md")).contains("一号新闻"));
}

#[test]
fn two_pages_writing_the_same_files_are_refused() {
    let (dir, page) = site();
    let root = dir.path();
    let other = root.join("content/pages/2026-02-12");
    std::fs::create_dir_all(&other).unwrap();
    std::fs::copy(&page, other.join("02.txt")).unwrap();
    let o =
        gazette(&["import", "content/pages/2026-02-11/02.txt", "content/pages/2026-02-12/02.txt", "--out", "o"], root);
    assert!(!o.status.success());
    assert!(!root.join("o").exists());
    // Without --out each goes to its own date folder.
    let o = gazette(&["import", "content/pages/2026-02-11/02.txt", "content/pages/2026-02-12/02.txt"], root);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(root.join("content/articles/2026/02/12/02-01.md").exists());
}

/// A page's warnings name the file as the command was given it, not the
/// `source` its articles record (relative to content/).
#[test]
fn warnings_name_the_page_file_as_given() {
    let (dir, _) = site();
    let root = dir.path();
    let headless = "2026年2月11日 星期三\n第2版：要闻\n\n本报讯（记者 张三）第一篇正文没有标题。\n\n二号新闻\n\n□本报记者 李四\n\n第二篇正文。\n";
    std::fs::write(root.join("content/pages/2026-02-11/02.txt"), headless).unwrap();
    let o = gazette(&["import", "content/pages/2026-02-11/02.txt", "--format", "json"], root);
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.starts_with("content/pages/2026-02-11/02.txt:4: warning: article 1 has no headline"), "{err}");
    let o = gazette(
        &["import", "02.txt", "--date", "2026-02-11", "--format", "json"],
        &root.join("content/pages/2026-02-11"),
    );
    assert!(stderr(&o).starts_with("02.txt:4: warning"), "{}", stderr(&o));
}
