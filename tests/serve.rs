//! `gazette serve` (issue 5): serves the build, rebuilds on change, tells pages
//! to reload, and shows a failed build's errors until they are fixed.

mod sitetest;

use sitetest::{SiteTest, live_snapshot};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A `gazette serve` process and the file its output goes to.
struct Server(Child, tempfile::NamedTempFile);
impl Drop for Server {
    fn drop(&mut self) {
        // The test is over either way; a server that already exited is fine.
        if self.0.kill().is_ok() {
            self.0.wait().ok();
        }
        // A failed test shows what the server printed (its rebuilds and
        // their errors): a failure seen once in a full run and not again
        // could not be told apart otherwise.
        if std::thread::panicking() {
            let log = std::fs::read_to_string(self.1.path()).unwrap_or_default();
            eprintln!("--- gazette serve printed:\n{log}--- end");
        }
    }
}

fn get(port: u16, path: &str) -> Option<(u16, String)> {
    let mut s = TcpStream::connect(("127.0.0.1", port)).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    write!(s, "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").ok()?;
    let mut buf = Vec::new();
    s.read_to_end(&mut buf).ok()?;
    let text = String::from_utf8_lossy(&buf).into_owned();
    let status = text.split_whitespace().nth(1)?.parse().ok()?;
    Some((status, text))
}

/// `gazette serve` on `root`, on a free port; stopped when dropped.
///
/// The server picks the port (`--port 0`) and the test reads it from the
/// line it prints: a port found free by the test and handed on could be
/// handed to a test running beside it too, whose server then answered this
/// one's requests (seen in a full run: a page of the other test's site).
fn serve(root: &std::path::Path) -> (Server, u16) {
    let log = tempfile::NamedTempFile::new().unwrap();
    // One open file for both streams: two would each write from their own
    // offset, over each other's lines.
    let out = log.reopen().unwrap();
    let child = Command::new(env!("CARGO_BIN_EXE_gazette"))
        .args(["serve", "--port", "0", "--root"])
        .arg(root)
        .stdout(Stdio::from(out.try_clone().unwrap()))
        .stderr(Stdio::from(out))
        .spawn()
        .unwrap();
    let mut server = Server(child, log);
    let start = Instant::now();
    loop {
        let printed = std::fs::read_to_string(server.1.path()).unwrap_or_default();
        let port = printed
            .lines()
            .filter(|l| l.starts_with("serving "))
            .find_map(|l| l.split("http://127.0.0.1:").nth(1)?.split('/').next()?.parse().ok());
        if let Some(port) = port {
            return (server, port);
        }
        let exited = server.0.try_wait().unwrap();
        assert!(exited.is_none() && start.elapsed() < Duration::from_secs(20), "serve did not start: {printed}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Polls until `cond` holds on the page (20 s at most).
fn wait_for(port: u16, path: &str, cond: impl Fn(u16, &str) -> bool) -> (u16, String) {
    let start = Instant::now();
    // What the page was when it last answered, for the message if it never does as asked.
    let mut last = None;
    loop {
        if let Some((status, body)) = get(port, path) {
            if cond(status, &body) {
                return (status, body);
            }
            last = Some((status, body.chars().take(400).collect::<String>()));
        }
        assert!(start.elapsed() < Duration::from_secs(20), "timed out waiting for {path}; last answer: {last:?}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn serve_rebuilds_on_change_and_shows_errors() {
    let s = SiteTest::new("title: 预览\n");
    s.article("a.md", "初稿标题", "2026-02-11", "page: 1\n");
    let (_server, port) = serve(s.root());
    let (_, page) = wait_for(port, "/2026/02/11/01-01/", |st, b| st == 200 && b.contains("初稿标题"));
    assert!(page.contains("/__gazette/events"), "reload script injected in serve mode");
    assert!(!s.read("2026/02/11/01-01/index.html").contains("__gazette"), "but never into the built files");

    // An open page's event stream is told about the rebuild.
    let mut events = TcpStream::connect(("127.0.0.1", port)).unwrap();
    events.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    write!(events, "GET /__gazette/events HTTP/1.1\r\nHost: localhost\r\n\r\n").unwrap();

    s.article("a.md", "改过的标题", "2026-02-11", "page: 1\n");
    wait_for(port, "/2026/02/11/01-01/index.html", |st, b| st == 200 && b.contains("改过的标题"));
    let mut seen = String::new();
    let mut buf = [0u8; 512];
    while !seen.contains("data: ") {
        let n = events.read(&mut buf).unwrap();
        assert!(n > 0, "event stream closed");
        seen.push_str(&String::from_utf8_lossy(&buf[..n]));
    }
    // The search index is rebuilt after the page is served; then the output is a full build's.
    let full_dir = tempfile::tempdir().unwrap();
    let mut o = gazette::site::BuildOptions::new(s.root());
    o.out = full_dir.path().join("full");
    o.full = true;
    gazette::site::build(&o).unwrap();
    // Page keys, search record keys and the related articles' record name
    // the gazette binary: the server's are not the test's.
    let files = |dir: &std::path::Path| {
        let mut m = live_snapshot(dir);
        m.remove(gazette::cache::CACHE_FILE);
        m.remove(gazette::output::MANIFEST);
        m.remove(gazette::search::RECORD_FILE);
        m.remove(gazette::graph::RELATED_FILE);
        m.remove(gazette::graph::LINK_FILE);
        m
    };
    let full = files(&o.out);
    let start = Instant::now();
    while files(&s.out()) != full {
        assert!(start.elapsed() < Duration::from_secs(20), "the served output never caught up with a full build");
        std::thread::sleep(Duration::from_millis(100));
    }

    // A broken article: its path and line are shown in the browser until fixed.
    s.file("bad.md", "---\ntitle: 坏\ndate: 2026-02-31\n---\n");
    let (status, body) = wait_for(port, "/", |st, _| st == 500);
    assert_eq!(status, 500);
    assert!(body.contains("bad.md:3"), "{body}");
    std::fs::remove_file(s.root().join("content/bad.md")).unwrap();
    wait_for(port, "/", |st, _| st == 200);
    assert_eq!(get(port, "/../../etc/passwd").map(|r| r.0), Some(404));
    // A folder without its `/` is redirected to it, as static hosts do: its
    // page's relative links would otherwise resolve a level up.
    let (status, head) = get(port, "/2026/02/11?x=1").unwrap();
    assert_eq!(status, 301, "{head}");
    assert!(head.contains("Location: /2026/02/11/?x=1\r\n"), "{head}");
}

/// Issue 5: a server started over an earlier build (nothing to import at
/// start) imports a raw page saved afterwards and serves its articles.
#[test]
fn issue5_serve_imports_a_raw_page_saved_after_it_started() {
    let s = SiteTest::new("title: 预览\n");
    let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/import/pages/2026-01-05_03_provincial-zh.txt");
    let text = std::fs::read_to_string(fixture).unwrap();
    s.file("pages/2026-01-05/03.txt", &text);
    s.build().unwrap();
    assert!(s.read("2026/01/05/03-01/index.html").contains("村里来了文艺队"));
    let (_server, port) = serve(s.root());
    wait_for(port, "/2026/01/05/03-01/", |st, b| st == 200 && b.contains("村里来了文艺队"));
    s.file("pages/2026-01-05/03.txt", &text.replace("村里来了文艺队", "村里来了演出队"));
    let (_, page) = wait_for(port, "/2026/01/05/03-01/", |st, b| st == 200 && b.contains("村里来了演出队"));
    assert!(!page.contains("村里来了文艺队"));
}

/// Issue 5: a server whose first build fails (so there is no output yet)
/// shows the errors with path and line on every page, the home page and a
/// new article's page alike, rather than "not found"; once fixed, the site.
#[test]
fn issue5_serve_shows_errors_when_its_first_build_failed() {
    let s = SiteTest::new("title: 预览\n");
    s.file("bad.md", "---\ntitle: 坏\ndate: 2026-02-31\npage: 1\n---\n");
    let (_server, port) = serve(s.root());
    for page in ["/", "/2026/02/11/01-01/", "/index.html"] {
        let (_, body) = wait_for(port, page, |st, _| st == 500);
        assert!(body.contains("bad.md:3"), "{page}: {body}");
        assert!(body.contains("/__gazette/events"), "{page}: the error page reloads itself");
    }
    // Files that are not pages stay missing.
    assert_eq!(get(port, "/assets/nothing.css").map(|r| r.0), Some(404));
    s.article("bad.md", "好了", "2026-02-11", "page: 1\n");
    let (_, page) = wait_for(port, "/2026/02/11/01-01/", |st, b| st == 200 && b.contains("好了"));
    assert!(page.contains("/__gazette/events"));
}

/// A `static/` folder made while the server runs is copied and watched:
/// its files are served, and a file added to it later is too.
#[test]
fn serve_watches_a_static_folder_made_after_it_started() {
    let s = SiteTest::new("title: 预览\n");
    s.article("a.md", "题", "2026-02-11", "");
    let (_server, port) = serve(s.root());
    wait_for(port, "/", |st, _| st == 200);
    let dir = s.root().join("static");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("one.txt"), "first file").unwrap();
    wait_for(port, "/one.txt", |st, b| st == 200 && b.ends_with("first file"));
    // Now inside the new folder, which only a watch of its own sees.
    std::fs::write(dir.join("two.txt"), "second file").unwrap();
    wait_for(port, "/two.txt", |st, b| st == 200 && b.ends_with("second file"));
}

/// Issue 5: a server started into an empty output serves its pages before
/// its first search index is made; meanwhile the search page says so and
/// reloads when the index is in, never "not found".
#[test]
fn issue5_the_search_page_waits_for_the_first_index() {
    let s = SiteTest::new("title: 预览\n");
    let text = "市政府召开常务会议，研究部署城市更新和民生保障工作。".repeat(80);
    for i in 0..200 {
        s.file(
            &format!("a/{i:03}.md"),
            &format!("---\ntitle: 第{i}篇\ndate: 2026-01-{:02}\n---\n\n{text}{i}\n", 1 + i % 28),
        );
    }
    let (_server, port) = serve(s.root());
    wait_for(port, "/", |st, _| st == 200);
    let mut pending = 0;
    let start = Instant::now();
    loop {
        let (status, body) = get(port, "/search/").expect("the server answers");
        match status {
            503 => {
                assert!(body.contains("search index is being built"), "{body}");
                assert!(body.contains("/__gazette/events"), "it reloads when the index is in");
                pending += 1;
            }
            200 => break,
            other => panic!("the search page answered {other}: {body}"),
        }
        assert!(start.elapsed() < Duration::from_secs(60), "the search index never came");
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(pending > 0, "the page was asked for only once the index was in");
    assert!(s.exists("search/index.html"));
}

/// Issue 5: the server lists again only the folders its watcher reports
/// changed (see `content::load::rescan`); an article saved into a folder made
/// while it runs, an edit in a nested folder and a folder removed are all
/// seen, and each page is served as a full build makes it.
#[test]
fn issue5_serve_sees_new_and_removed_folders() {
    let s = SiteTest::new("title: 预览\nsearch: false\n");
    s.article("a/2026/01.md", "一号", "2026-02-11", "page: 1\n");
    s.article("b/old/02.md", "二号", "2026-02-12", "page: 1\n");
    let (_server, port) = serve(s.root());
    wait_for(port, "/2026/02/12/01-01/", |st, b| st == 200 && b.contains("二号"));

    s.article("c/2027/new/03.md", "三号", "2026-02-13", "page: 1\n");
    wait_for(port, "/2026/02/13/01-01/", |st, b| st == 200 && b.contains("三号"));
    s.article("a/2026/01.md", "一号改", "2026-02-11", "page: 1\n");
    wait_for(port, "/2026/02/11/01-01/", |st, b| st == 200 && b.contains("一号改"));
    std::fs::remove_dir_all(s.root().join("content/b/old")).unwrap();
    wait_for(port, "/2026/02/12/01-01/", |st, _| st == 404);

    let files = |dir: &std::path::Path| {
        let mut m = live_snapshot(dir);
        m.remove(gazette::cache::CACHE_FILE);
        m.remove(gazette::output::MANIFEST);
        m.remove(gazette::graph::RELATED_FILE);
        m.remove(gazette::graph::LINK_FILE);
        m
    };
    let full_dir = tempfile::tempdir().unwrap();
    let mut o = gazette::site::BuildOptions::new(s.root());
    o.out = full_dir.path().join("full");
    o.full = true;
    gazette::site::build(&o).unwrap();
    let full = files(&o.out);
    let start = Instant::now();
    while files(&s.out()) != full {
        assert!(start.elapsed() < Duration::from_secs(20), "the served output never caught up with a full build");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// An output path that is a file stops `gazette serve` at once, naming it,
/// as it stops `gazette build`: every rebuild would fail on it.
#[test]
fn serve_refuses_an_output_path_that_is_a_file() {
    let s = SiteTest::new("title: 预览\n");
    let file = s.root().join("not-a-folder");
    std::fs::write(&file, "x").unwrap();
    let child = Command::new(env!("CARGO_BIN_EXE_gazette"))
        .args(["serve", "--root", s.root().to_str().unwrap(), "--port", "0", "--out"])
        .arg(&file)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Killed if it serves after all (the test then fails, not hangs); its
    // errors are read from the pipe, so its log file stays empty.
    let mut server = Server(child, tempfile::NamedTempFile::new().unwrap());
    let start = Instant::now();
    let status = loop {
        if let Some(status) = server.0.try_wait().unwrap() {
            break Some(status);
        }
        if start.elapsed() > Duration::from_secs(20) {
            break None;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let mut err = String::new();
    if status.is_some() {
        server.0.stderr.take().unwrap().read_to_string(&mut err).unwrap();
    }
    assert!(status.is_some_and(|s| !s.success()), "serve kept running: {err}");
    assert!(err.contains("not-a-folder: error: a file is there"), "{err}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "x", "the file is left as it was");
}

/// A port another program listens on stops `gazette serve` at once, saying
/// so and how to choose another.
#[test]
fn serve_on_a_port_in_use_says_how_to_pick_another() {
    let s = SiteTest::new("title: 预览\n");
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let out = Command::new(env!("CARGO_BIN_EXE_gazette"))
        .args(["serve", "--root", s.root().to_str().unwrap(), "--port", &port])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{err}");
    assert!(err.contains(&format!("cannot listen on 127.0.0.1:{port}")) && err.contains("--port N"), "{err}");
}
