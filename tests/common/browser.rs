//! Browser test support: headless Chromium (`dump_dom`) and a tiny static
//! HTTP server on 127.0.0.1, so a test can load the same built files over
//! file:// and over http and compare.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// Where Chromium is, or `None` (after printing a skip note) when it is
/// missing. Missing Chromium fails the test when `CI=true`.
pub fn chromium() -> Option<PathBuf> {
    let found = std::env::var_os("CHROMIUM")
        .map(PathBuf::from)
        .into_iter()
        .chain(["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].map(PathBuf::from))
        .find(|p| p.exists());
    if found.is_none() {
        assert!(std::env::var("CI").as_deref() != Ok("true"), "Chromium is required for browser tests in CI");
        eprintln!("skip: Chromium not found (set CHROMIUM=/path/to/chromium)");
    }
    found
}

/// Loads `url` in headless Chromium, lets its scripts run (virtual time), and
/// returns the serialised DOM and the page's console errors.
pub fn dump_dom(url: &str) -> Result<(String, Vec<String>), String> {
    let bin = chromium().ok_or("Chromium not found")?;
    let profile = tempfile::tempdir().map_err(|e| e.to_string())?;
    let mut child = Command::new(bin)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--allow-file-access-from-files",
            "--enable-logging=stderr",
            "--v=0",
            "--dump-dom",
            "--virtual-time-budget=10000",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(url)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start Chromium: {e}"))?;
    let mut stdout = child.stdout.take().ok_or("no stdout")?;
    let mut stderr = child.stderr.take().ok_or("no stderr")?;
    let out_reader = std::thread::spawn(move || {
        let mut s = String::new();
        stdout.read_to_string(&mut s).map(|_| s)
    });
    let err_reader = std::thread::spawn(move || {
        let mut s = String::new();
        stderr.read_to_string(&mut s).map(|_| s)
    });
    let started = Instant::now();
    loop {
        match child.try_wait().map_err(|e| e.to_string())? {
            Some(_) => break,
            None if started.elapsed() > Duration::from_secs(90) => {
                child.kill().map_err(|e| e.to_string())?;
                child.wait().map_err(|e| e.to_string())?;
                return Err(format!("Chromium timed out on {url}"));
            }
            None => std::thread::sleep(Duration::from_millis(50)),
        }
    }
    let dom = out_reader.join().map_err(|_| "reader panicked")?.map_err(|e| e.to_string())?;
    let log = err_reader.join().map_err(|_| "reader panicked")?.map_err(|e| e.to_string())?;
    Ok((dom, console_errors(&log)))
}

/// Console lines that report errors: uncaught exceptions, failed loads,
/// `console.error`.
pub fn console_errors(log: &str) -> Vec<String> {
    log.lines()
        .filter(|l| l.contains("CONSOLE") || l.contains("Uncaught"))
        .filter(|l| {
            l.contains(":ERROR:") || l.contains("Uncaught") || l.contains("Failed to load") || l.contains("Error")
        })
        .map(str::to_string)
        .collect()
}

/// A file:// URL for a path.
pub fn file_url(path: &Path) -> String {
    format!("file://{}", path.display())
}

/// A static file server on 127.0.0.1 for one folder; stops when dropped.
pub struct StaticServer {
    pub port: u16,
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

/// At most this many connections are served at once.
const MAX_CONNECTIONS: usize = 32;

impl StaticServer {
    pub fn serve(root: &Path) -> std::io::Result<StaticServer> {
        StaticServer::serve_with_not_found(root, None)
    }

    /// [`StaticServer::serve`], answering a missing file with `not_found`'s
    /// bytes and status 404, as static hosts serve a site's `404.html`.
    pub fn serve_with_not_found(root: &Path, not_found: Option<PathBuf>) -> std::io::Result<StaticServer> {
        let listener = TcpListener::bind("127.0.0.1:0")?;
        listener.set_nonblocking(true)?;
        let port = listener.local_addr()?.port();
        let stop = Arc::new(AtomicBool::new(false));
        let root = root.to_path_buf();
        let flag = stop.clone();
        let active = Arc::new(AtomicUsize::new(0));
        let thread = std::thread::spawn(move || {
            while !flag.load(Ordering::Relaxed) {
                match listener.accept() {
                    Ok((stream, _)) if active.load(Ordering::Relaxed) < MAX_CONNECTIONS => {
                        let root = root.clone();
                        let not_found = not_found.clone();
                        let active = active.clone();
                        active.fetch_add(1, Ordering::Relaxed);
                        std::thread::spawn(move || {
                            if let Err(e) = handle(stream, &root, not_found.as_deref()) {
                                eprintln!("static server: {e}");
                            }
                            active.fetch_sub(1, Ordering::Relaxed);
                        });
                    }
                    Ok(_) => std::thread::sleep(Duration::from_millis(5)),
                    Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                        std::thread::sleep(Duration::from_millis(5))
                    }
                    Err(e) => eprintln!("static server: {e}"),
                }
            }
        });
        Ok(StaticServer { port, stop, thread: Some(thread) })
    }

    pub fn url(&self, rel: &str) -> String {
        format!("http://127.0.0.1:{}/{}", self.port, rel.trim_start_matches('/'))
    }
}

impl Drop for StaticServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take()
            && t.join().is_err()
        {
            eprintln!("static server thread panicked");
        }
    }
}

fn handle(stream: TcpStream, root: &Path, not_found: Option<&Path>) -> std::io::Result<()> {
    stream.set_nonblocking(false)?;
    stream.set_read_timeout(Some(Duration::from_secs(5)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request = String::new();
    if reader.read_line(&mut request)? == 0 {
        return Ok(());
    }
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 || line == "\r\n" || line == "\n" {
            break;
        }
    }
    let target = request.split_whitespace().nth(1).unwrap_or("/");
    let path = percent_decode(target.split(['?', '#']).next().unwrap_or("/"));
    let mut file = root.to_path_buf();
    let safe = path.split('/').all(|p| p != "..");
    for part in path.split('/').filter(|p| !p.is_empty()) {
        file.push(part);
    }
    if file.is_dir() {
        file.push("index.html");
    }
    let mut out = stream;
    match std::fs::read(&file) {
        Ok(body) if safe => {
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: {}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                content_type(&file),
                body.len()
            );
            out.write_all(head.as_bytes())?;
            out.write_all(&body)?;
        }
        _ => {
            let body = not_found.and_then(|p| std::fs::read(p).ok()).unwrap_or_default();
            let head = format!(
                "HTTP/1.1 404 Not Found\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            out.write_all(head.as_bytes())?;
            out.write_all(&body)?;
        }
    }
    out.flush()
}

fn content_type(p: &Path) -> &'static str {
    match p.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("json") => "application/json",
        Some("xml") => "application/xml",
        Some("wasm") => "application/wasm",
        _ => "application/octet-stream",
    }
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let hex = |c: u8| (c as char).to_digit(16);
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%'
            && i + 2 < b.len()
            && let (Some(h), Some(l)) = (hex(b[i + 1]), hex(b[i + 2]))
        {
            out.push((h * 16 + l) as u8);
            i += 3;
            continue;
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}
