//! Serve step: a preview server on 127.0.0.1. It builds the site, serves the
//! output folder, watches `content/`, `themes/`, `static/` and `site.yaml` (debounced),
//! rebuilds on change and tells open pages to reload over server-sent events.
//! The reload script is injected into HTML responses only here, never into
//! the built files. A failed build shows its errors in the browser until fixed.

use crate::cli::ServeArgs;
use crate::error::{Error, Result};
use crate::site::{BuildOptions, DeferredIndex, Session, build_with, check_out};
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

/// The path the reload script listens on.
pub const EVENTS_PATH: &str = "/__gazette/events";

const RELOAD_SCRIPT: &str = "<script>(function(){var s=new EventSource(\"/__gazette/events\");s.onmessage=function(){location.reload()};})();</script>";

/// What the server knows about the latest build.
#[derive(Debug, Default)]
struct State {
    /// Increments after every build; clients reload when it changes.
    generation: u64,
    /// The diagnostics of the last build when it failed.
    error: Option<String>,
    /// A search index is being built in the background.
    indexing: bool,
}

type Shared = Arc<(Mutex<State>, Condvar)>;

/// `gazette serve`: runs until killed.
pub fn serve(args: &ServeArgs) -> Result<()> {
    let mut opts = BuildOptions::from_args(&args.build);
    opts.quiet = true;
    opts.in_place = true;
    opts.defer_index = true;
    // The watcher reports absolute paths; compare like with like.
    opts.root = opts.root.canonicalize().map_err(|e| Error::io(&opts.root, e))?;
    if opts.out.is_relative() {
        let cwd = std::env::current_dir().map_err(|e| Error::io(".", e))?;
        // Without `./` parts: the folder is printed (`/site/./output`).
        opts.out = cwd.join(opts.out.components().filter(|c| *c != std::path::Component::CurDir).collect::<PathBuf>());
    }
    check_out(&opts.out)?;
    let listener = TcpListener::bind(("127.0.0.1", args.port)).map_err(|e| {
        let hint = match e.kind() {
            std::io::ErrorKind::AddrInUse => " (another program serves there: pick another port with --port N)",
            _ => "",
        };
        Error::other(format!("cannot listen on 127.0.0.1:{}: {e}{hint}", args.port))
    })?;
    let shared: Shared = Arc::new((Mutex::new(State::default()), Condvar::new()));
    // The load cache stays in memory between rebuilds: a saved article is the only file read again.
    // The watcher's reports spare the rebuilds listing and statting every
    // folder of `content/` again (a fifth of a rebuild at 10,000 articles).
    let mut session = Session { keep_scan: true, ..Session::default() };
    let watcher = start_watching(&opts.root)?;
    let deferred = rebuild(&opts, &shared, &mut session, false, "built");
    // A saved raw page is imported again: its tags need jieba's dictionary,
    // loaded in the background now rather than on the first save (0.1–0.2 s).
    if opts.root.join("content/pages").is_dir() {
        crate::import::warm_up();
    }
    // The port bound, not the one asked for: `--port 0` lets the system pick
    // a free one, which a script or test learns from this line (picking one
    // itself and passing it on, two servers started at once were given the same).
    let port = listener.local_addr().map_or(args.port, |a| a.port());
    println!("serving {} on http://127.0.0.1:{port}/ (Ctrl-C to stop)", opts.out.display());
    watch(watcher, opts.clone(), shared.clone(), session, deferred);
    for stream in listener.incoming() {
        let Ok(stream) = stream else { continue };
        let shared = shared.clone();
        let out = opts.out.clone();
        std::thread::spawn(move || {
            if let Err(e) = handle(stream, &out, &shared) {
                // A browser closing a connection early is normal.
                if e.kind() != std::io::ErrorKind::BrokenPipe && e.kind() != std::io::ErrorKind::ConnectionReset {
                    eprintln!("serve: {e}");
                }
            }
        });
    }
    Ok(())
}

/// One build; open pages are told to reload (`quiet`: only if pages changed).
/// `what` starts the line printed (`built`, `rebuilt`, `search index
/// updated`). Returns the search index left to build, if any.
fn rebuild(
    opts: &BuildOptions,
    shared: &Shared,
    session: &mut Session,
    quiet: bool,
    what: &str,
) -> Option<DeferredIndex> {
    let started = Instant::now();
    let (lock, cvar) = &**shared;
    let mut signalled = false;
    // Open pages reload as soon as the pages are written; the search index catches up after.
    let mut pages_done = |report: &crate::site::BuildReport| {
        if quiet && report.rendered == 0 {
            return;
        }
        let mut st = lock.lock().unwrap_or_else(|p| p.into_inner());
        st.error = None;
        st.generation += 1;
        signalled = true;
        cvar.notify_all();
    };
    let result = build_with(opts, session, &mut pages_done);
    let mut st = lock.lock().unwrap_or_else(|p| p.into_inner());
    let mut deferred = None;
    match result {
        Ok(report) => {
            for d in &report.diagnostics {
                eprintln!("{d}");
            }
            println!("{what}: {} ({} ms)", report.summary(), started.elapsed().as_millis());
            signalled |= quiet && report.rendered == 0;
            st.error = None;
            deferred = report.deferred;
        }
        Err(e) => {
            let text = e.diagnostics().iter().map(|d| d.to_string()).collect::<Vec<_>>().join("\n");
            eprintln!("{text}");
            st.error = Some(text);
            signalled = false;
        }
    }
    if !signalled {
        st.generation += 1;
        cvar.notify_all();
    }
    deferred
}

/// What the rebuild loop waits for.
enum Msg {
    Files(notify_debouncer_full::DebounceEventResult),
    /// A search index built in the background, with its documents' key,
    /// or why it could not be.
    Index(Result<(u128, crate::search::SearchIndex)>),
}

/// Builds a search index on a thread of its own, in a pool of lower priority
/// than the rebuilds, so a save made meanwhile is served without waiting for it.
fn spawn_index(job: DeferredIndex, tx: std::sync::mpsc::Sender<Msg>) {
    static POOL: std::sync::OnceLock<Option<rayon::ThreadPool>> = std::sync::OnceLock::new();
    let pool = POOL.get_or_init(|| {
        rayon::ThreadPoolBuilder::new()
            .thread_name(|i| format!("gazette-index-{i}"))
            .start_handler(|_| lower_priority())
            .build()
            .ok()
    });
    std::thread::spawn(move || {
        let built = match pool {
            Some(p) => p.install(|| job.build()),
            None => job.build(),
        };
        // Fails only when the rebuild loop is gone, i.e. the server is stopping.
        tx.send(Msg::Index(built)).unwrap_or(());
    });
}

#[cfg(target_os = "linux")]
fn lower_priority() {
    // SAFETY: gettid and setpriority take no pointers; on Linux a thread id names one thread.
    let r = unsafe {
        let tid = libc::syscall(libc::SYS_gettid) as libc::id_t;
        libc::setpriority(libc::PRIO_PROCESS, tid, 10)
    };
    if r != 0 {
        // Only slower saves while an index builds; not worth stopping for.
        eprintln!("serve: could not lower the search index threads' priority");
    }
}

#[cfg(not(target_os = "linux"))]
fn lower_priority() {}

/// The watcher and the channel its batches of changes arrive on.
struct Watcher {
    debouncer: notify_debouncer_full::Debouncer<notify::RecommendedWatcher, notify_debouncer_full::RecommendedCache>,
    tx: std::sync::mpsc::Sender<Msg>,
    rx: std::sync::mpsc::Receiver<Msg>,
    /// The input folders, and whether each is watched yet.
    folders: Vec<PathBuf>,
    watched: Vec<bool>,
}

/// Starts watching the site's inputs. Called before the first build, so
/// that a file saved while it runs is reported (its rebuild follows it):
/// the rebuilds list again only the folders the watcher reports changed.
fn start_watching(root: &Path) -> Result<Watcher> {
    use notify::RecursiveMode;
    use notify_debouncer_full::new_debouncer;
    let (tx, rx) = std::sync::mpsc::channel::<Msg>();
    let files_tx = tx.clone();
    let mut debouncer = new_debouncer(Duration::from_millis(50), None, move |r| {
        // Fails only when the rebuild loop is gone, i.e. the server is stopping.
        files_tx.send(Msg::Files(r)).unwrap_or(());
    })
    .map_err(|e| Error::other(format!("cannot watch files: {e}")))?;
    // The input folders, each watched once it exists: `static/` or `themes/`
    // made while the server runs is watched from then on (the site's own
    // folder, watched for site.yaml, reports its making).
    let folders: Vec<PathBuf> = INPUT_FOLDERS.iter().map(|d| root.join(d)).collect();
    let watched: Vec<bool> = folders.iter().map(|f| f.exists()).collect();
    for (path, mode) in folders
        .iter()
        .map(|f| (f.clone(), RecursiveMode::Recursive))
        .chain([(root.to_path_buf(), RecursiveMode::NonRecursive)])
    {
        if path.exists() {
            debouncer.watch(&path, mode).map_err(|e| {
                // One watch per folder: an archive of many day folders can pass the system's limit.
                let hint = match e.kind {
                    notify::ErrorKind::MaxFilesWatch => {
                        " (one watch per folder: raise the limit, e.g. `sysctl fs.inotify.max_user_watches=524288`)"
                    }
                    _ => "",
                };
                Error::other(format!("cannot watch {}: {e}{hint}", path.display()))
            })?;
        }
    }
    Ok(Watcher { debouncer, tx, rx, folders, watched })
}

/// Starts the watcher thread: every debounced batch of changes under the
/// watched paths triggers one rebuild; a search index finished in the
/// background is written by a quiet rebuild (if the content is still the same).
fn watch(w: Watcher, opts: BuildOptions, shared: Shared, mut session: Session, deferred: Option<DeferredIndex>) {
    use notify::RecursiveMode;
    let Watcher { debouncer, tx, rx, folders, mut watched } = w;
    let root = opts.root.clone();
    let out = opts.out.clone();
    // Set before the server answers its first request, not when this
    // thread first runs: in between, the first build's missing search page
    // was a "not found" (issue 5's test saw it once in CI).
    set_indexing(&shared, deferred.is_some());
    std::thread::spawn(move || {
        let mut debouncer = debouncer;
        // One index builds at a time; the latest documents wait for it.
        let mut indexing = false;
        let mut queued: Option<DeferredIndex> = deferred;
        loop {
            if !indexing && let Some(job) = queued.take() {
                spawn_index(job, tx.clone());
                indexing = true;
            }
            // Cleared only here, once a finished index has been written.
            set_indexing(&shared, indexing);
            let Ok(msg) = rx.recv() else { break };
            let next = match msg {
                Msg::Files(Ok(events)) => {
                    // Lost events may have been anything: build.
                    let lost = note_changes(&mut session, &events);
                    let changes = events.iter().filter(|e| is_change(&e.kind));
                    if !lost && !changes.flat_map(|e| e.paths.iter()).any(|p| is_watched(&root, &out, p)) {
                        continue;
                    }
                    for (folder, on) in folders.iter().zip(watched.iter_mut()) {
                        if !*on && folder.is_dir() {
                            *on = true;
                            if let Err(e) = debouncer.watch(folder, RecursiveMode::Recursive) {
                                eprintln!("warning: cannot watch {}: {e}", folder.display());
                            }
                        }
                    }
                    rebuild(&opts, &shared, &mut session, false, "rebuilt")
                }
                Msg::Files(Err(_)) => {
                    // Changes may have gone unreported: the next build lists every folder.
                    session.scan = None;
                    continue;
                }
                Msg::Index(built) => {
                    indexing = false;
                    if queued.is_some() {
                        // Documents changed meanwhile: that index is already out of date.
                        continue;
                    }
                    let (key, index) = match built {
                        Ok(built) => built,
                        Err(e) => {
                            // A text read again had changed or gone since the
                            // build: the change's own rebuild queues a new index.
                            eprintln!("search index not updated: {e}");
                            continue;
                        }
                    };
                    session.index = Some((key, index));
                    rebuild(&opts, &shared, &mut session, true, "search index updated")
                }
            };
            if next.is_some() {
                queued = next;
            }
        }
    });
}

/// Tells the session's scan memo what the watcher saw change; an event
/// that asks for a rescan (the watcher lost events) drops the memo, so the
/// next build lists every folder again. Returns whether events were lost.
fn note_changes(session: &mut Session, events: &[notify_debouncer_full::DebouncedEvent]) -> bool {
    let lost = events.iter().any(|e| e.need_rescan());
    if lost {
        session.scan = None;
    } else if let Some(memo) = session.scan.as_mut() {
        memo.changed(events.iter().filter(|e| is_change(&e.kind)).flat_map(|e| e.paths.iter().map(PathBuf::as_path)));
    }
    lost
}

/// Events that can mean new content: not reads. The build itself opens every
/// file it parses (a file with errors on every build), which must not start
/// another build.
pub fn is_change(kind: &notify::EventKind) -> bool {
    use notify::event::{AccessKind, AccessMode, EventKind};
    match kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) => false,
        _ => true,
    }
}

/// The site's folders a build reads (besides `site.yaml`).
const INPUT_FOLDERS: [&str; 3] = ["content", "themes", "static"];

/// Changes that matter: content, themes, static files and site.yaml — not the output
/// folder, its staging folders or editor swap files.
pub fn is_watched(root: &Path, out: &Path, p: &Path) -> bool {
    if p.starts_with(out) {
        return false;
    }
    let name = p.file_name().map(|n| n.to_string_lossy()).unwrap_or_default();
    if name.starts_with('.') || name.ends_with('~') || name.ends_with(".swp") {
        return false;
    }
    p == root.join("site.yaml") || INPUT_FOLDERS.iter().any(|d| p.starts_with(root.join(d)))
}

fn handle(mut stream: TcpStream, out: &Path, shared: &Shared) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request = String::new();
    reader.read_line(&mut request)?;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 || line == "\r\n" || line == "\n" {
            break;
        }
    }
    let mut parts = request.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or("/"));
    if method != "GET" && method != "HEAD" {
        return respond(&mut stream, 405, "text/plain", b"method not allowed", method == "HEAD");
    }
    let path = target.split(['?', '#']).next().unwrap_or("/");
    if path == EVENTS_PATH {
        return events(stream, shared);
    }
    let error = {
        let (lock, _) = &**shared;
        lock.lock().unwrap_or_else(|p| p.into_inner()).error.clone()
    };
    let file = resolve(out, &percent_decode(path));
    // A folder asked for without its `/`: its page's relative links would
    // resolve one level up (no style, broken links). Static hosts redirect.
    if !path.ends_with('/') && file.as_deref().is_some_and(|f| !path.ends_with(".html") && f.ends_with("index.html")) {
        let location = format!("{path}/{}", &target[path.len()..]);
        let header = format!(
            "HTTP/1.1 301 Moved Permanently\r\nLocation: {location}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        );
        stream.write_all(header.as_bytes())?;
        return stream.flush();
    }
    // While the build is failing, a page shows its errors, whether or not a
    // previous build made it: a first build that failed made none, and a
    // new article's page is the one its author opens.
    let ctype = file.as_deref().map(content_type);
    let page = ctype.map_or_else(|| looks_like_page(path), |t| t.starts_with("text/html"));
    if let (Some(err), true) = (error, page) {
        return respond(
            &mut stream,
            500,
            "text/html; charset=utf-8",
            &inject(error_page(&err).into_bytes()),
            method == "HEAD",
        );
    }
    let (Some(file), Some(ctype)) = (file, ctype) else {
        let indexing = {
            let (lock, _) = &**shared;
            lock.lock().unwrap_or_else(|p| p.into_inner()).indexing
        };
        if indexing && is_search_page(path) {
            let body = inject(SEARCH_PENDING_PAGE.as_bytes().to_vec());
            return respond(&mut stream, 503, "text/html; charset=utf-8", &body, method == "HEAD");
        }
        let body = std::fs::read(out.join("404.html")).unwrap_or_else(|_| b"not found".to_vec());
        return respond(&mut stream, 404, "text/html; charset=utf-8", &inject(body), method == "HEAD");
    };
    let body = std::fs::read(&file)?;
    let body = if ctype.starts_with("text/html") { inject(body) } else { body };
    respond(&mut stream, 200, ctype, &body, method == "HEAD")
}

/// Server-sent events: one message each time a build finishes.
fn events(mut stream: TcpStream, shared: &Shared) -> std::io::Result<()> {
    stream.write_all(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\nConnection: keep-alive\r\n\r\n: connected\n\n")?;
    let (lock, cvar) = &**shared;
    let mut seen = lock.lock().unwrap_or_else(|p| p.into_inner()).generation;
    loop {
        let guard = lock.lock().unwrap_or_else(|p| p.into_inner());
        let (guard, timeout) = cvar
            .wait_timeout_while(guard, Duration::from_secs(15), |s| s.generation == seen)
            .unwrap_or_else(|p| p.into_inner());
        let generation = guard.generation;
        drop(guard);
        if timeout.timed_out() {
            // A comment keeps proxies and the browser from closing the stream.
            stream.write_all(b": ping\n\n")?;
            continue;
        }
        seen = generation;
        stream.write_all(format!("data: {generation}\n\n").as_bytes())?;
    }
}

fn respond(stream: &mut TcpStream, status: u16, ctype: &str, body: &[u8], head: bool) -> std::io::Result<()> {
    let reason = match status {
        200 => "OK",
        404 => "Not Found",
        503 => "Service Unavailable",
        405 => "Method Not Allowed",
        _ => "Internal Server Error",
    };
    let header = format!(
        "HTTP/1.1 {status} {reason}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(header.as_bytes())?;
    if !head {
        stream.write_all(body)?;
    }
    stream.flush()
}

/// Maps a URL path to a file inside `out`; `None` for anything outside it or missing.
pub fn resolve(out: &Path, url_path: &str) -> Option<PathBuf> {
    let mut p = out.to_path_buf();
    for seg in url_path.split('/') {
        match seg {
            "" | "." => {}
            ".." => return None,
            s if s.contains('\\') => return None,
            s => p.push(s),
        }
    }
    if p.is_dir() {
        p.push("index.html");
    }
    p.is_file().then_some(p)
}

fn percent_decode(s: &str) -> String {
    percent_encoding::percent_decode_str(s).decode_utf8_lossy().into_owned()
}

fn content_type(p: &Path) -> &'static str {
    match p.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "xml" => "application/xml; charset=utf-8",
        "json" => "application/json",
        "txt" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "avif" => "image/avif",
        "ico" => "image/x-icon",
        "pdf" => "application/pdf",
        "mp3" => "audio/mpeg",
        "mp4" => "video/mp4",
        "webm" => "video/webm",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}

/// Whether a URL path that names no file would be a page: a folder, an
/// `.html` file or a name without an extension (not `style.css`).
fn looks_like_page(url_path: &str) -> bool {
    let last = url_path.rsplit('/').next().unwrap_or("");
    last.is_empty() || last.ends_with(".html") || !last.contains('.')
}

/// Adds the reload script before `</body>` (or at the end).
fn inject(mut html: Vec<u8>) -> Vec<u8> {
    let needle = b"</body>";
    match html.windows(needle.len()).rposition(|w| w == needle) {
        Some(i) => {
            html.splice(i..i, RELOAD_SCRIPT.bytes());
        }
        None => html.extend_from_slice(RELOAD_SCRIPT.as_bytes()),
    }
    html
}

/// Records, for the page handler, whether a search index is being built in
/// the background (a first build's search page comes with it).
fn set_indexing(shared: &Shared, on: bool) {
    let (lock, _) = &**shared;
    lock.lock().unwrap_or_else(|p| p.into_inner()).indexing = on;
}

/// The search page's URL (`search/`, as every page's search box links to it).
fn is_search_page(path: &str) -> bool {
    matches!(path.trim_matches('/'), "search" | "search/index.html")
}

/// Shown for the search page while the first build's index is still being
/// made (until then there is none): a build's reload tells it to try again.
const SEARCH_PENDING_PAGE: &str = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>search index</title></head><body style=\"font:15px/1.5 sans-serif;padding:1em\"><h1>搜索索引正在生成 · The search index is being built</h1><p>本页将在完成后自动刷新。This page reloads by itself when it is ready.</p></body></html>";

fn error_page(err: &str) -> String {
    format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>build failed</title></head><body style=\"font:15px/1.5 monospace;padding:1em\"><h1 style=\"color:#a31515\">gazette: the build failed</h1><p>Fix the problem and save; this page reloads by itself.</p><pre id=\"gazette-error\" style=\"white-space:pre-wrap\">{}</pre></body></html>",
        crate::render::feeds::escape_xml(err)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_search_page_is_told_by_its_url() {
        for page in ["/search/", "/search", "/search/index.html"] {
            assert!(is_search_page(page), "{page}");
        }
        for other in ["/", "/search/x.js", "/sections/search/", "/2026/search/index.html"] {
            assert!(!is_search_page(other), "{other}");
        }
    }

    #[test]
    fn resolves_only_inside_the_output() {
        let d = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(d.path().join("a")).unwrap();
        std::fs::write(d.path().join("a/index.html"), "x").unwrap();
        assert_eq!(resolve(d.path(), "/a/"), Some(d.path().join("a/index.html")));
        assert_eq!(resolve(d.path(), "/a/index.html"), Some(d.path().join("a/index.html")));
        assert_eq!(resolve(d.path(), "/../etc/passwd"), None);
        assert_eq!(resolve(d.path(), "/missing"), None);
    }

    #[test]
    fn pages_are_told_from_other_files_by_their_url() {
        for page in ["/", "/2026/02/11/", "/2026/02/11/01-01/index.html", "/search"] {
            assert!(looks_like_page(page), "{page}");
        }
        for other in ["/assets/style.css", "/search/engine-abc.js", "/feed.xml", "/favicon.ico"] {
            assert!(!looks_like_page(other), "{other}");
        }
    }

    #[test]
    fn injects_before_body_end() {
        let html = inject(b"<html><body>x</body></html>".to_vec());
        let s = String::from_utf8(html).unwrap();
        assert!(s.contains("x<script>") && s.ends_with("</script></body></html>"));
        assert_eq!(percent_decode("/tags/%E6%9D%91"), "/tags/村");
        assert_eq!(percent_decode("/%中文%"), "/%中文%");
    }

    #[test]
    fn reads_are_not_changes() {
        use notify::event::{AccessKind, AccessMode, CreateKind, EventKind};
        assert!(!is_change(&EventKind::Access(AccessKind::Open(AccessMode::Any))));
        assert!(!is_change(&EventKind::Access(AccessKind::Close(AccessMode::Read))));
        assert!(is_change(&EventKind::Access(AccessKind::Close(AccessMode::Write))));
        assert!(is_change(&EventKind::Create(CreateKind::File)));
    }

    #[test]
    fn watches_only_inputs() {
        let root = Path::new("/s");
        let out = Path::new("/s/output");
        assert!(is_watched(root, out, Path::new("/s/content/a.md")));
        assert!(is_watched(root, out, Path::new("/s/site.yaml")));
        assert!(is_watched(root, out, Path::new("/s/themes/default/templates/a.html")));
        assert!(is_watched(root, out, Path::new("/s/static/favicon.ico")));
        assert!(!is_watched(root, out, Path::new("/s/output/index.html")));
        assert!(!is_watched(root, out, Path::new("/s/content/.a.md.swp")));
        assert!(!is_watched(root, out, Path::new("/s/.output.staging-1/x")));
    }
}
