//! Load step: find every article (`content/**/*.md`) and raw page
//! (`content/pages/YYYY-MM-DD/NN.txt`) and parse the articles in parallel,
//! collecting every error rather than stopping at the first.

use super::article::Article;
use super::date::Date;
use super::folders::{Folders, Kind};
use crate::error::Diagnostic;
use rayon::prelude::*;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

/// A raw page file found under `content/pages/`, identified by its path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawPageFile {
    /// Absolute or root-joined path to read.
    pub path: PathBuf,
    /// `pages/2026-02-11/04.txt`: the form articles name in `source:`.
    pub rel: String,
    pub date: Date,
    pub page: u32,
}

#[derive(Debug, Default)]
pub struct Loaded {
    pub articles: Vec<Article>,
    pub raw_pages: Vec<RawPageFile>,
    pub diagnostics: Vec<Diagnostic>,
}

/// A file's identity on disk. If all of these are equal, the file was not
/// written since: ctime and inode change on any write, even one that puts
/// size and mtime back. What the load cache compares; the walk keeps only
/// this of each file's metadata (a quarter of its size, moved less).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Stamp {
    pub size: u64,
    /// Nanoseconds since the epoch.
    pub mtime: i64,
    /// Nanoseconds since the epoch (creation time where there is no ctime).
    pub ctime: i64,
    /// 0 where there are no inode numbers.
    pub ino: u64,
}

impl Stamp {
    #[cfg(unix)]
    pub fn of(m: &std::fs::Metadata) -> Stamp {
        use std::os::unix::fs::MetadataExt;
        Stamp::of_parts(m.size(), (m.mtime(), m.mtime_nsec()), (m.ctime(), m.ctime_nsec()), m.ino())
    }

    /// From `stat`'s fields (times as seconds and nanoseconds): what
    /// [`Stamp::of`] and [`FolderHandle::stamp`] both make.
    #[cfg(unix)]
    fn of_parts(size: u64, mtime: (i64, i64), ctime: (i64, i64), ino: u64) -> Stamp {
        let ns = |(s, n): (i64, i64)| s.saturating_mul(1_000_000_000).saturating_add(n);
        Stamp { size, mtime: ns(mtime), ctime: ns(ctime), ino }
    }

    #[cfg(not(unix))]
    pub fn of(m: &std::fs::Metadata) -> Stamp {
        let ns = |t: std::io::Result<std::time::SystemTime>| {
            t.ok().and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok()).map_or(0, |d| d.as_nanos() as i64)
        };
        Stamp { size: m.len(), mtime: ns(m.modified()), ctime: ns(m.created()), ino: 0 }
    }
}

/// A file or folder changed this close (ns) to being read may change again
/// without its times changing (coarse file system clocks): its stamp is not
/// trusted next time (a file is checked by its content, a folder listed).
pub const RACY_NS: i64 = 2_000_000_000;

impl Stamp {
    /// Changed so shortly before `now` that another change could keep these times.
    pub fn is_racy(&self, now: i64) -> bool {
        self.mtime.max(self.ctime) >= now.saturating_sub(RACY_NS)
    }
}

/// Now, in the nanoseconds since the epoch that stamps hold.
pub fn now_ns() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos() as i64)
}

/// The input files of `root/content`, in path order, not yet read.
#[derive(Debug, Default)]
pub struct Scan {
    pub markdown: Vec<PathBuf>,
    /// What `lstat` said of each file of `markdown` when it was listed (the
    /// load cache's stamps; `None` when it could not, e.g. the file just went).
    pub markdown_stamps: Vec<Option<Stamp>>,
    pub raw_pages: Vec<RawPageFile>,
    /// The same for `raw_pages`.
    pub raw_stamps: Vec<Option<Stamp>>,
    /// Every other file: what articles may link to ([`super::media`]).
    pub media: Vec<super::media::MediaFile>,
    pub diagnostics: Vec<Diagnostic>,
    /// The folder record for the next build ([`scan_recorded`]'s).
    pub folders: Option<super::folders::FolderRecord>,
}

/// Reads `root/content`. Paths in messages are shown relative to `root`.
pub fn load_content(root: &Path) -> Loaded {
    let Scan { markdown: md, raw_pages, mut diagnostics, .. } = scan(root);
    let results: Vec<Result<Article, Vec<Diagnostic>>> =
        md.par_iter().map(|p| Article::from_file(p, &shown(root, p))).collect();
    let mut articles = Vec::with_capacity(results.len());
    for r in results {
        match r {
            Ok(a) => articles.push(a),
            Err(d) => diagnostics.extend(d),
        }
    }
    Loaded { articles, raw_pages, diagnostics }
}

/// Finds every article and raw page under `root/content`, in the order of a
/// walk visiting each folder's entries sorted by name (files and folders
/// alike, a folder's contents right after it), and stats each file by its
/// name in the folder being listed: looking each up again by its whole path
/// later was a tenth of an incremental build at 100,000 articles. Hidden
/// files and folders (`.name`) are skipped, symbolic links too but for links
/// to files other than articles and raw pages (photos kept elsewhere).
///
/// A folder is listed and its files statted, then its handle is closed
/// before its subfolders are visited (on every core): holding every
/// folder's handle until the end ran out of open files (`ulimit -n`,
/// often 1,024) on an archive of more than a thousand day folders.
pub fn scan(root: &Path) -> Scan {
    scan_walked(root, None, false, None).0
}

/// [`scan`] for a build: the folders whose listing `previous` (the last
/// build's record, see [`super::folders`]) still holds are not read again,
/// only their files statted; `Scan::folders` is the record for the next.
pub fn scan_recorded(root: &Path, previous: Option<&Folders>) -> Scan {
    scan_walked(root, None, false, Some((previous, now_ns()))).0
}

/// [`scan`] for the preview server: the folders of `memo` (the last scan's)
/// that the watcher reported no change in are taken as they were, not
/// listed and statted again; the others are. Returns the memo of this scan.
/// A change the watcher does not report (a photo linked in from outside
/// `content/` replaced there) is seen by the next full scan only, as it
/// starts no rebuild of its own either.
pub fn rescan(root: &Path, memo: Option<ScanMemo>) -> (Scan, ScanMemo) {
    let (scan, memo) = scan_walked(root, memo, true, None);
    (scan, memo.unwrap_or_default())
}

/// `folders`: `Some` to make a folder record (from the previous one, if
/// any), and the time the walk starts at.
fn scan_walked(
    root: &Path,
    memo: Option<ScanMemo>,
    record: bool,
    folders: Option<(Option<&Folders>, i64)>,
) -> (Scan, Option<ScanMemo>) {
    let content = root.join("content");
    let mut s = Scan::default();
    if !content.is_dir() {
        return (s, record.then(ScanMemo::default));
    }
    let parents: HashSet<PathBuf> =
        memo.iter().flat_map(|m| m.changed.iter().filter_map(|p| p.parent().map(Path::to_path_buf))).collect();
    let w = Walk {
        root,
        content: &content,
        memo: memo.as_ref(),
        parents: &parents,
        record,
        folders: folders.and_then(|f| f.0),
        blocks: folders.is_some(),
        started: folders.map_or(0, |f| f.1),
    };
    // The folder's own stamp, only when a record is kept (its subfolders'
    // are taken as they are statted in it).
    let stamp = if w.blocks { std::fs::metadata(&content).ok().map(|m| Stamp::of(&m)) } else { None };
    let walked = walk(&w, &content, stamp);
    if w.blocks {
        let all: Vec<&[u8]> = walked.blocks.iter().map(|b| &b[..]).collect();
        // The folders this walk read: made now, not taken from the record.
        let listed: Vec<&[u8]> =
            walked.blocks.iter().filter(|b| matches!(b, std::borrow::Cow::Owned(_))).map(|b| &b[..]).collect();
        let listed = (!listed.is_empty()).then(|| super::folders::record(&listed));
        s.folders = Some(super::folders::FolderRecord { whole: super::folders::record(&all), listed });
    }
    // Sized once: grown find by find, these were copied over and again.
    let finds = walked.runs.iter().map(Vec::len).sum();
    s.markdown.reserve(finds);
    s.markdown_stamps.reserve(finds);
    for part in walked.runs.into_iter().flatten() {
        match part {
            Found::Markdown(path, stamp) => {
                s.markdown.push(path);
                s.markdown_stamps.push(stamp);
            }
            Found::Raw(page, stamp) => {
                s.raw_pages.push(page);
                s.raw_stamps.push(stamp);
            }
            Found::Media(m) => s.media.push(m),
            Found::Problem(d) => s.diagnostics.push(d),
        }
    }
    if !record {
        return (s, None);
    }
    // The folders of this walk only: one gone is dropped with its finds.
    let mut old = memo.map(|m| m.folders).unwrap_or_default();
    let folders = walked
        .listed
        .into_iter()
        .filter_map(|(dir, listed)| {
            let listed = listed.or_else(|| old.remove(&dir))?;
            Some((dir, listed))
        })
        .collect();
    (s, Some(ScanMemo { folders, changed: HashSet::new() }))
}

/// What each folder held at a scan ([`rescan`]), and the paths the watcher
/// reported changed since.
#[derive(Debug, Default)]
pub struct ScanMemo {
    folders: HashMap<PathBuf, Vec<Listed>>,
    changed: HashSet<PathBuf>,
}

impl ScanMemo {
    /// Paths reported created, written, removed or renamed: the folder
    /// holding each, and each one that is a folder with all below it, are
    /// listed again by the next [`rescan`].
    pub fn changed<'a>(&mut self, paths: impl IntoIterator<Item = &'a Path>) {
        self.changed.extend(paths.into_iter().map(Path::to_path_buf));
    }

    /// The folder as it was, unless a change touched it.
    fn reusable(&self, dir: &Path, parents: &HashSet<PathBuf>) -> Option<&Vec<Listed>> {
        let listed = self.folders.get(dir)?;
        let touched = parents.contains(dir) || dir.ancestors().any(|a| self.changed.contains(a));
        (!touched).then_some(listed)
    }
}

/// One entry of a folder as the walk lists it: a find, or a subfolder to walk.
#[derive(Debug, Clone)]
enum Listed {
    Found(Found),
    /// A subfolder and its stamp (taken when a folder record is kept).
    Folder(PathBuf, Option<Stamp>),
}

/// What every folder's walk shares.
struct Walk<'a, 'f> {
    root: &'a Path,
    content: &'a Path,
    memo: Option<&'a ScanMemo>,
    /// The folders holding a path of `memo.changed`.
    parents: &'a HashSet<PathBuf>,
    /// Whether to return each folder's listing for the next memo.
    record: bool,
    /// The previous build's folder record.
    folders: Option<&'f Folders>,
    /// Whether to make the blocks of the next record.
    blocks: bool,
    /// When the walk started (ns): a folder's listing made now is of what
    /// it held at this time or later.
    started: i64,
}

/// What [`walk`] finds under a folder, in walk order: runs of one folder's
/// files, so that a subfolder's finds are not copied again at every level;
/// and when recording, every folder walked with its listing (`None`: taken
/// from the memo unchanged).
#[derive(Default)]
struct Walked<'a> {
    runs: Vec<Vec<Found>>,
    listed: Vec<(PathBuf, Option<Vec<Listed>>)>,
    /// The next folder record's blocks, in walk order (see [`super::folders`]).
    blocks: Vec<std::borrow::Cow<'a, [u8]>>,
}

/// What the walk found, in walk order.
#[derive(Debug, Clone)]
enum Found {
    Markdown(PathBuf, Option<Stamp>),
    Raw(RawPageFile, Option<Stamp>),
    Media(super::media::MediaFile),
    Problem(Diagnostic),
}

/// What [`scan`] finds under `dir` (whose stamp is `stamp`), in walk order.
fn walk<'f>(w: &Walk<'_, 'f>, dir: &Path, stamp: Option<Stamp>) -> Walked<'f> {
    let mut walked = Walked::default();
    let (listed, fresh) = match w.memo.and_then(|m| m.reusable(dir, w.parents)) {
        Some(listed) => (listed.clone(), false),
        None => {
            let (listed, block) = list(w, dir, stamp);
            walked.blocks.extend(block);
            (listed, true)
        }
    };
    if w.record {
        walked.listed.push((dir.to_path_buf(), fresh.then(|| listed.clone())));
    }
    let folders: Vec<Walked> = listed
        .par_iter()
        .filter_map(|p| match p {
            Listed::Folder(sub, stamp) => Some(walk(w, sub, *stamp)),
            Listed::Found(_) => None,
        })
        .collect();
    let mut folders = folders.into_iter();
    // The folder's files up to its first subfolder (all of them, in a
    // folder of articles), in a run sized for them.
    let mut run = Vec::with_capacity(listed.iter().take_while(|p| matches!(p, Listed::Found(_))).count());
    for p in listed {
        match p {
            Listed::Found(f) => run.push(f),
            Listed::Folder(..) => {
                let sub = folders.next().unwrap_or_default();
                walked.runs.push(std::mem::take(&mut run));
                walked.runs.extend(sub.runs);
                walked.listed.extend(sub.listed);
                walked.blocks.extend(sub.blocks);
            }
        }
    }
    walked.runs.push(run);
    walked
}

/// A folder being walked, open: its entries are statted by name in it
/// (looking each up again by its whole path was a tenth of an incremental
/// build at 100,000 articles).
struct FolderHandle {
    #[cfg(unix)]
    file: std::fs::File,
}

impl FolderHandle {
    fn open(dir: &Path) -> std::io::Result<FolderHandle> {
        #[cfg(unix)]
        return Ok(FolderHandle { file: std::fs::File::open(dir)? });
        #[cfg(not(unix))]
        {
            std::fs::metadata(dir)?;
            Ok(FolderHandle {})
        }
    }

    /// The stamp of the entry `path` of this folder, not following a link.
    #[cfg(unix)]
    fn stamp(&self, path: &Path) -> Option<Stamp> {
        use std::os::fd::AsRawFd;
        let name = name_of(path);
        // NUL-terminated on the stack: a name is at most 255 bytes on Linux.
        let mut buf = [0u8; 256];
        let owned;
        let c = match buf.get_mut(..name.len()) {
            Some(head) if name.len() < 256 => {
                head.copy_from_slice(name);
                std::ffi::CStr::from_bytes_until_nul(&buf).ok()?
            }
            _ => {
                owned = std::ffi::CString::new(name).ok()?;
                owned.as_c_str()
            }
        };
        let mut st = std::mem::MaybeUninit::<libc::stat>::uninit();
        // SAFETY: `c` is NUL-terminated, `st` is written by a successful call.
        let st = unsafe {
            if libc::fstatat(self.file.as_raw_fd(), c.as_ptr(), st.as_mut_ptr(), libc::AT_SYMLINK_NOFOLLOW) != 0 {
                return None;
            }
            st.assume_init()
        };
        #[allow(clippy::unnecessary_cast)] // the field types differ between platforms
        Some(Stamp::of_parts(
            st.st_size as u64,
            (st.st_mtime as i64, st.st_mtime_nsec as i64),
            (st.st_ctime as i64, st.st_ctime_nsec as i64),
            st.st_ino as u64,
        ))
    }

    #[cfg(not(unix))]
    fn stamp(&self, path: &Path) -> Option<Stamp> {
        std::fs::symlink_metadata(path).ok().map(|m| Stamp::of(&m))
    }
}

/// The entries of one folder, its files statted, in name order, and its
/// block of the next folder record (when one is kept and it can be).
fn list<'f>(w: &Walk<'_, 'f>, dir: &Path, stamp: Option<Stamp>) -> (Vec<Listed>, Option<std::borrow::Cow<'f, [u8]>>) {
    let (root, content) = (w.root, w.content);
    let problem = |e: std::io::Error| Found::Problem(Diagnostic::error(shown(root, dir), 0, 0, e.to_string()));
    let handle = match FolderHandle::open(dir) {
        Ok(h) => h,
        Err(e) => return (vec![Listed::Found(problem(e))], None),
    };
    let rel = dir.strip_prefix(content).unwrap_or(dir).as_os_str().as_encoded_bytes();
    #[cfg(unix)]
    let kept = w.folders.zip(stamp).and_then(|(f, s)| f.listing(rel, s));
    #[cfg(not(unix))]
    let kept: Option<(super::folders::Entries, &[u8])> = None;
    let mut problems = Vec::new();
    let (entries, block): (Vec<(PathBuf, Kind)>, _) = match kept {
        #[cfg(unix)]
        Some((names, block)) => {
            use std::os::unix::ffi::OsStrExt;
            let entries = names.map(|(n, k)| (dir.join(std::ffi::OsStr::from_bytes(n)), k)).collect();
            (entries, Some(std::borrow::Cow::Borrowed(block)))
        }
        _ => {
            let read = match std::fs::read_dir(dir) {
                Ok(r) => r,
                Err(e) => return (vec![Listed::Found(problem(e))], None),
            };
            // Each entry's path made once, its name read from it: `DirEntry::file_name`
            // makes a new string each time (10,000 of them in every build at 10k).
            let mut entries = Vec::new();
            for entry in read {
                let e = match entry {
                    Ok(e) => e,
                    Err(e) => {
                        problems.push(problem(e));
                        continue;
                    }
                };
                let path = e.path();
                if name_of(&path).starts_with(b".") {
                    continue;
                }
                match e.file_type() {
                    Ok(t) if t.is_dir() => entries.push((path, Kind::Folder)),
                    Ok(t) if t.is_symlink() => entries.push((path, Kind::Symlink)),
                    Ok(t) if t.is_file() => entries.push((path, Kind::File)),
                    // Sockets, pipes, devices: not content.
                    Ok(_) => {}
                    Err(_) => problems.push(Found::Problem(Diagnostic::error(
                        shown(root, &path),
                        0,
                        0,
                        "cannot tell what kind of file this is",
                    ))),
                }
            }
            // The paths share the folder's: their bytes sort as the names do.
            entries.sort_unstable_by(|a, b| a.0.as_os_str().as_encoded_bytes().cmp(b.0.as_os_str().as_encoded_bytes()));
            // Recorded only when the folder read whole, and its stamp is known.
            let block = stamp
                .filter(|_| w.blocks && problems.is_empty())
                .and_then(|s| super::folders::block(rel, s, w.started, entries.iter().map(|(p, k)| (name_of(p), *k))));
            (entries, block.map(std::borrow::Cow::Owned))
        }
    };
    // The folder's own files (statted by name in it, on every core when
    // there are many) and its subfolders, in name order.
    enum Part {
        Found(Found),
        /// A file to stat, found as what it is, its stamp still `None`.
        File(Found),
        Folder(PathBuf),
    }
    let mut parts: Vec<Part> = Vec::with_capacity(problems.len() + entries.len());
    parts.extend(problems.into_iter().map(Part::Found));
    for (path, kind) in entries {
        if kind == Kind::Folder {
            parts.push(Part::Folder(path));
            continue;
        }
        let name = name_of(&path);
        let text = name.ends_with(b".md") || name.ends_with(b".txt");
        if kind == Kind::Symlink {
            // A photo linked in from elsewhere (a disk of pictures) is the
            // file it points to; articles and raw pages are never followed.
            if !text && let Some(m) = std::fs::metadata(&path).ok().filter(|m| m.is_file()) {
                let rel = rel_string(path.strip_prefix(content).unwrap_or(&path));
                let media = super::media::MediaFile { rel, path, stamp: Some(Stamp::of(&m)) };
                parts.push(Part::Found(Found::Media(media)));
            }
            continue;
        }
        // By the name's bytes (hidden names are skipped above, so these are
        // its extension): parsing the path's components for each of
        // 100,000 files was a few percent of an incremental build.
        if name.ends_with(b".md") {
            parts.push(Part::File(Found::Markdown(path, None)));
            continue;
        }
        let rel = path.strip_prefix(content).unwrap_or(&path);
        if !name.ends_with(b".txt") || !rel.starts_with("pages") {
            let media = super::media::MediaFile { rel: rel_string(rel), path, stamp: None };
            parts.push(Part::File(Found::Media(media)));
            continue;
        }
        match raw_page_of(rel) {
            Some((date, page)) => {
                let rel = rel_string(rel);
                parts.push(Part::File(Found::Raw(RawPageFile { path, rel, date, page }, None)));
            }
            None => parts.push(Part::Found(Found::Problem(Diagnostic::warning(
                shown(root, &path),
                0,
                0,
                "raw pages go in content/pages/YYYY-MM-DD/NN.txt (NN the page number); this file is ignored",
            )))),
        }
    }
    // Statted; the handle goes with this.
    let listed = parts
        .into_par_iter()
        .with_min_len(64)
        .map(|p| match p {
            Part::File(mut found) => {
                if let Found::Markdown(path, stamp)
                | Found::Raw(RawPageFile { path, .. }, stamp)
                | Found::Media(super::media::MediaFile { path, stamp, .. }) = &mut found
                {
                    *stamp = handle.stamp(path);
                }
                Listed::Found(found)
            }
            Part::Found(f) => Listed::Found(f),
            Part::Folder(sub) => {
                let stamp = if w.blocks { handle.stamp(&sub) } else { None };
                Listed::Folder(sub, stamp)
            }
        })
        .collect();
    (listed, block)
}

/// The bytes of a listed path's last part (its name in the folder).
fn name_of(path: &Path) -> &[u8] {
    // A listed path is its folder, `/` and a name the folder holds (never
    // `.`, `..` or empty): what follows the last `/`. `Path::file_name`
    // parses the path's parts from the end, 2.5% of a build with nothing to do.
    let b = path.as_os_str().as_encoded_bytes();
    match memchr::memrchr(b'/', b) {
        Some(i) if std::path::MAIN_SEPARATOR == '/' => &b[i + 1..],
        _ => path.file_name().map_or(&[], |n| n.as_encoded_bytes()),
    }
}

/// `p` relative to `root`, as messages show it.
pub fn shown(root: &Path, p: &Path) -> PathBuf {
    p.strip_prefix(root).map(Path::to_path_buf).unwrap_or_else(|_| p.to_path_buf())
}

fn rel_string(rel: &Path) -> String {
    rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
}

/// `pages/2026-02-11/04.txt` → (2026-02-11, 4).
pub fn raw_page_of(rel: &Path) -> Option<(Date, u32)> {
    page_file_of(rel).filter(|f| f.2 == "txt").map(|(date, page, _)| (date, page))
}

/// `pages/2026-02-11/04.<ext>` → (2026-02-11, 4, ext): a file of one
/// printed page (its text, or its facsimile as PDF or image).
pub fn page_file_of(rel: &Path) -> Option<(Date, u32, &str)> {
    let mut comps = rel.components().map(|c| c.as_os_str().to_str());
    if comps.next()?? != "pages" {
        return None;
    }
    let date_dir = comps.next()??;
    // `2026-02-11`; also as folders get named by hand or by an export:
    // `20260211`, `2026-2-11`, `2026.02.11`.
    let date = if date_dir.len() == 8 && date_dir.bytes().all(|b| b.is_ascii_digit()) {
        Date::parse(&format!("{}-{}-{}", &date_dir[..4], &date_dir[4..6], &date_dir[6..]))?
    } else {
        Date::parse_written(date_dir)?
    };
    let file = comps.next()??;
    if comps.next().is_some() {
        return None;
    }
    let (stem, ext) = file.rsplit_once('.')?;
    if stem.is_empty() || !stem.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((date, stem.parse().ok()?, ext))
}

/// The raw page a `source:` value names, by date and page number: staff
/// writing it by hand put `pages/2026-02-11/2.txt`, `./pages/...` or
/// `content/pages/2026-02-11/02.txt` for the page gazette calls
/// `pages/2026-02-11/02.txt`, and each means that page.
pub fn source_page(source: &str) -> Option<(Date, u32)> {
    let s = source.trim().trim_start_matches("./");
    raw_page_of(Path::new(s.strip_prefix("content/").unwrap_or(s)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_source_names_its_page_however_it_is_written() {
        let day = Date::new(2026, 2, 11).unwrap();
        for s in [
            "pages/2026-02-11/02.txt",
            "pages/2026-02-11/2.txt",
            "./pages/2026-02-11/02.txt",
            "content/pages/2026-02-11/002.txt",
        ] {
            assert_eq!(source_page(s), Some((day, 2)), "{s}");
        }
        for s in ["pages/2026-02-11/x.txt", "scans/2026-02-11/02.txt", "e-paper p. 2", ""] {
            assert_eq!(source_page(s), None, "{s}");
        }
    }

    #[test]
    fn raw_page_paths() {
        assert_eq!(raw_page_of(Path::new("pages/2026-02-11/04.txt")), Some((Date::new(2026, 2, 11).unwrap(), 4)));
        assert_eq!(raw_page_of(Path::new("pages/2026-02-11/x.txt")), None);
        assert_eq!(raw_page_of(Path::new("pages/2026-02-11T00:00:00/04.txt")), None);
        assert_eq!(raw_page_of(Path::new("pages/04.txt")), None);
        let d = Some((Date::new(2026, 2, 11).unwrap(), 4));
        for folder in ["20260211", "2026-2-11", "2026.02.11"] {
            assert_eq!(raw_page_of(Path::new(&format!("pages/{folder}/04.txt"))), d, "{folder}");
        }
        assert_eq!(raw_page_of(Path::new("pages/20261311/04.txt")), None);
    }

    /// The order and the files of a sorted walk (as `walkdir` makes it),
    /// with each file's metadata.
    #[test]
    fn scan_walks_in_sorted_path_order() {
        let dir = tempfile::tempdir().unwrap();
        let c = dir.path().join("content");
        for f in [
            "a/b.md",
            "a-b.md",
            "a.md",
            "a/.hidden.md",
            ".git/x.md",
            "ab/c.md",
            "B.md",
            "pages/2026-01-02/03.txt",
            "pages/2026-01-02/x.txt",
            "notes.txt",
        ] {
            let p = c.join(f);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(&p, f).unwrap();
        }
        let s = scan(dir.path());
        let rel = |p: &Path| p.strip_prefix(&c).unwrap().to_string_lossy().into_owned();
        let md: Vec<String> = s.markdown.iter().map(|p| rel(p)).collect();
        assert_eq!(md, ["B.md", "a/b.md", "a-b.md", "a.md", "ab/c.md"]);
        let walked: Vec<String> = walkdir::WalkDir::new(&c)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'))
            .map(|e| e.unwrap())
            .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "md"))
            .map(|e| rel(e.path()))
            .collect();
        assert_eq!(md, walked);
        assert_eq!(s.raw_pages.len(), 1);
        assert_eq!(s.diagnostics.len(), 1, "{:?}", s.diagnostics);
        for (p, m) in s.markdown.iter().zip(&s.markdown_stamps) {
            assert_eq!(*m, Some(Stamp::of(&std::fs::metadata(p).unwrap())));
        }
        assert_eq!(s.raw_stamps.len(), 1);
    }

    /// What two scans found, comparable (stamps included).
    fn finds(s: &Scan) -> String {
        format!(
            "{:?} {:?} {:?} {:?} {:?} {:?}",
            s.markdown, s.markdown_stamps, s.raw_pages, s.raw_stamps, s.media, s.diagnostics
        )
    }

    /// Writes `text` at `f` under the content folder `c`, making its folders.
    fn put(c: &Path, f: &str, text: &str) -> PathBuf {
        let p = c.join(f);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, text).unwrap();
        p
    }

    /// A site whose content has articles in nested folders, a raw page, a
    /// photo and a text file that is not a raw page; and its content folder.
    fn sample_content() -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let c = dir.path().join("content");
        for f in
            ["a/2026/x.md", "a/2026/y.md", "b/z.md", "b/old/w.md", "pages/2026-01-02/03.txt", "photo.jpg", "bad.txt"]
        {
            put(&c, f, f);
        }
        (dir, c)
    }

    /// A scan that keeps a folder record, as if it started `later` ns from
    /// now: a test's folders, all just made, are otherwise too recent to
    /// trust ([`RACY_NS`]).
    fn scan_later(root: &Path, previous: Option<&Folders>, later: i64) -> (Scan, Folders) {
        let s = scan_walked(root, None, false, Some((previous, now_ns() + later))).0;
        let whole = s.folders.clone().expect("a record is made").whole;
        let n = whole.len();
        (s, Folders::parse(crate::cache::Bytes::from(whole), std::iter::once(0..n)).expect("the record reads"))
    }

    /// Issue 5: a build's walk reads again only the folders whose times
    /// changed since the last build listed them; it finds what a walk
    /// reading every folder finds, after edits, new and removed files,
    /// new folders and a folder replaced.
    #[test]
    fn issue5_a_recorded_walk_finds_what_a_full_walk_finds() {
        let (dir, c) = sample_content();
        let write = |f: &str, text: &str| put(&c, f, text);
        write(".hidden/q.md", "skipped");
        let later = 10 * RACY_NS;
        let (first, record) = scan_later(dir.path(), None, later);
        assert_eq!(finds(&first), finds(&scan(dir.path())));
        // Nothing changed: every folder's block is the one recorded.
        let (again, record2) = scan_later(dir.path(), Some(&record), later);
        assert_eq!(finds(&again), finds(&first));
        let whole = |s: &Scan| s.folders.as_ref().map(|f| f.whole.clone());
        assert_eq!(whole(&again), whole(&first));
        assert_eq!(again.folders.as_ref().map(|f| f.listed.is_some()), Some(false));

        let edited = write("a/2026/x.md", "longer than before");
        write("a/2027/n.md", "new folder");
        std::fs::remove_file(c.join("b/z.md")).unwrap();
        std::fs::remove_dir_all(c.join("b/old")).unwrap();
        write("b/old/v.md", "same folder, new file");
        let (after, record3) = scan_later(dir.path(), Some(&record2), 2 * later);
        assert_eq!(finds(&after), finds(&scan(dir.path())));
        let rel: Vec<_> = after.markdown.iter().map(|p| p.strip_prefix(&c).unwrap().to_owned()).collect();
        let want: Vec<PathBuf> =
            ["a/2026/x.md", "a/2026/y.md", "a/2027/n.md", "b/old/v.md"].iter().map(PathBuf::from).collect();
        assert_eq!(rel, want);
        // A file's own change shows in its stamp, its folder's listing kept.
        let at = after.markdown.iter().position(|p| *p == edited).unwrap();
        assert_eq!(after.markdown_stamps[at], Some(Stamp::of(&std::fs::metadata(&edited).unwrap())));
        let (last, _) = scan_later(dir.path(), Some(&record3), 2 * later);
        assert_eq!((finds(&last), whole(&last)), (finds(&after), whole(&after)));
    }

    /// The record is trusted where a folder's stamp matches: a listing that
    /// says a folder holds one file of two is taken as it is (which is what
    /// spares the walk reading it); one made as the folder was changing is not.
    #[test]
    fn issue5_a_folder_is_read_again_only_when_its_listing_cannot_be_trusted() {
        let dir = tempfile::tempdir().unwrap();
        let c = dir.path().join("content");
        std::fs::create_dir_all(c.join("a")).unwrap();
        std::fs::write(c.join("a/x.md"), "x").unwrap();
        std::fs::write(c.join("a/y.md"), "y").unwrap();
        let stamp = |p: &Path| Stamp::of(&std::fs::metadata(p).unwrap());
        let names = |s: &Scan| s.markdown.iter().map(|p| name_of(p).to_vec()).collect::<Vec<_>>();
        let only_x = |listed_at: i64| {
            let root = super::super::folders::block(b"", stamp(&c), listed_at, [(&b"a"[..], Kind::Folder)].into_iter());
            let a = super::super::folders::block(
                b"a",
                stamp(&c.join("a")),
                listed_at,
                [(&b"x.md"[..], Kind::File)].into_iter(),
            );
            let (root, a) = (root.unwrap(), a.unwrap());
            let bytes = super::super::folders::record(&[&root, &a]);
            let n = bytes.len();
            Folders::parse(crate::cache::Bytes::from(bytes), std::iter::once(0..n)).unwrap()
        };
        let later = now_ns() + 10 * RACY_NS;
        let (trusted, _) = scan_later(dir.path(), Some(&only_x(later)), 10 * RACY_NS);
        assert_eq!(names(&trusted), [b"x.md".to_vec()]);
        // Listed as it changed (within `RACY_NS` of its times): read again.
        let (read, _) = scan_later(dir.path(), Some(&only_x(now_ns())), 10 * RACY_NS);
        assert_eq!(names(&read), [b"x.md".to_vec(), b"y.md".to_vec()]);
    }

    /// Issue 5 (serve): a rescan given the watcher's changes finds what a
    /// full scan finds (edits, new and removed files and folders, a folder
    /// replaced), and lists again only the folders those changes touch.
    #[test]
    fn issue5_a_rescan_lists_again_only_the_folders_changes_touch() {
        let (dir, c) = sample_content();
        let write = |f: &str, text: &str| put(&c, f, text);
        let (first, memo) = rescan(dir.path(), None);
        assert_eq!(finds(&first), finds(&scan(dir.path())));
        // Nothing reported: the memo's folders as they were.
        let (again, mut memo) = rescan(dir.path(), Some(memo));
        assert_eq!(finds(&again), finds(&first));

        let edited = write("a/2026/x.md", "longer than before");
        let added = write("a/2027/n.md", "new folder");
        let gone = c.join("b/z.md");
        std::fs::remove_file(&gone).unwrap();
        let replaced = c.join("b/old");
        std::fs::remove_dir_all(&replaced).unwrap();
        write("b/old/v.md", "same folder, new file");
        memo.changed([
            edited.as_path(),
            c.join("a/2027").as_path(),
            added.as_path(),
            gone.as_path(),
            replaced.as_path(),
        ]);
        let (after, mut memo) = rescan(dir.path(), Some(memo));
        assert_eq!(finds(&after), finds(&scan(dir.path())));
        let rel: Vec<_> = after.markdown.iter().map(|p| p.strip_prefix(&c).unwrap().to_owned()).collect();
        let want: Vec<PathBuf> =
            ["a/2026/x.md", "a/2026/y.md", "a/2027/n.md", "b/old/v.md"].iter().map(PathBuf::from).collect();
        assert_eq!(rel, want);

        // A change no one reported is not seen: the untouched folder is
        // taken from the memo, not listed again (what saves the rebuild
        // its walk); the reported one is.
        write("a/2026/y.md", "edited behind the watcher's back");
        let b = write("b/old/v.md", "edited and reported");
        memo.changed([b.as_path()]);
        let (partial, memo) = rescan(dir.path(), Some(memo));
        let stamp = |s: &Scan, f: &str| s.markdown_stamps[s.markdown.iter().position(|p| p.ends_with(f)).unwrap()];
        assert_eq!(stamp(&partial, "a/2026/y.md"), stamp(&after, "a/2026/y.md"));
        assert_ne!(stamp(&partial, "b/old/v.md"), stamp(&after, "b/old/v.md"));
        // Reporting the folder itself lists it and all below again.
        let mut memo = memo;
        memo.changed([c.join("a").as_path()]);
        let (full, _) = rescan(dir.path(), Some(memo));
        assert_eq!(finds(&full), finds(&scan(dir.path())));
    }
}
