//! Write step: every build is written into a staging folder beside the output
//! folder and moved in only when everything succeeded, so a failed build
//! leaves the previous site exactly as it was. A full build swaps the whole
//! folder in; an incremental one holds only the files it made (in memory
//! while they are few, else in the staging folder) and moves them in one by
//! one (a tree of 100,000 links would cost more than the change; the pages
//! it held are written over the old ones in place, see `overwrite_under`:
//! a departure from DESIGN.md's atomic writes for a single page), and may
//! append to a file of the output at commit (the load cache's changes, see
//! `cache`). The manifest, `.gazette/manifest.bin`, is binary.

use crate::error::{Error, Result};
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// One file of the built site; `path` is relative to the output root, `/`-separated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    pub path: String,
    pub bytes: Vec<u8>,
}

/// Marks a folder as gazette's own output, so gazette never replaces a folder
/// it did not make (say `--out` pointed at someone's documents by mistake).
pub const MARKER: &str = ".gazette-output";

/// A build in progress: files go into `staging`, `commit` swaps it in.
#[derive(Debug)]
pub struct Staging {
    out: PathBuf,
    staging: PathBuf,
    committed: bool,
    /// In-place and overlay modes (the previous build's files stay; those
    /// this build no longer makes are deleted at commit). Not for a whole new tree.
    in_place: bool,
    /// Overlay mode: the files made anew, moved into `out` at commit.
    overlay: Option<Overlay>,
    /// Bytes appended at commit to files of `out` (see [`Staging::append`]).
    appends: std::sync::Mutex<Vec<(String, u64, Vec<u8>)>>,
}

/// The files an overlay build makes anew. A day's few hundred pages are held
/// in memory and each written at commit over the file it replaces (see
/// [`overwrite_under`]). Staging them instead cost a folder per page made and
/// removed again, and a move across folders, which the kernel serialises
/// across the whole file system: about a tenth of a day's build. Past
/// [`HELD_BYTES`] (a template change remaking every page) they go to the
/// staging folder, so memory stays bounded.
#[derive(Debug)]
struct Overlay {
    held: std::sync::Mutex<Vec<OutputFile>>,
    held_bytes: std::sync::atomic::AtomicUsize,
    /// [`HELD_BYTES`], but for tests.
    limit: usize,
    /// Paths of the files written to the staging folder.
    staged: std::sync::Mutex<Vec<String>>,
}

/// At most this many bytes of an overlay build are held in memory.
const HELD_BYTES: usize = 64 << 20;

impl Staging {
    /// Prepares a fresh staging folder beside `out`.
    pub fn begin(out: &Path) -> Result<Staging> {
        let parent = parent_of(out);
        std::fs::create_dir_all(&parent).map_err(|e| Error::io(&parent, e))?;
        if out.exists() {
            let is_ours =
                out.join(MARKER).exists() || std::fs::read_dir(out).map_err(|e| Error::io(out, e))?.next().is_none();
            if !is_ours {
                return Err(Error::other(format!(
                    "refusing to replace {}: it exists and was not made by gazette (no {MARKER} file); choose another --out",
                    out.display()
                )));
            }
        }
        let name = out.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "output".into());
        remove_stale(&parent, &name);
        let staging = parent.join(format!(".{name}.staging-{}", std::process::id()));
        if staging.exists() {
            remove_tree(&staging).map_err(|e| Error::io(&staging, e))?;
        }
        std::fs::create_dir_all(&staging).map_err(|e| Error::io(&staging, e))?;
        std::fs::write(staging.join(MARKER), b"built by gazette\n").map_err(|e| Error::io(&staging, e))?;
        Ok(Staging {
            out: out.to_path_buf(),
            staging,
            committed: false,
            in_place: false,
            overlay: None,
            appends: Default::default(),
        })
    }

    /// Stages only the files this build makes anew; the others stay where
    /// they are in `out` (`reuse` keeps them). `commit` moves the new files in
    /// (each by rename: a reader sees the old file or the new one) and deletes
    /// those no longer made. Nothing in `out` changes before `commit`.
    pub fn begin_overlay(out: &Path) -> Result<Staging> {
        if !out.join(MARKER).exists() {
            return Staging::begin(out);
        }
        let mut st = Staging::begin(out)?;
        st.in_place = true;
        st.overlay = Some(Overlay {
            held: Default::default(),
            held_bytes: 0.into(),
            limit: HELD_BYTES,
            staged: Default::default(),
        });
        Ok(st)
    }

    /// Updates `out` in place: only changed files are written (each atomically,
    /// by rename), files the build no longer makes are deleted at the end.
    /// For the preview server, where rebuilding a tree of 100,000 files on a
    /// slow disk for every saved article would take longer than the change.
    /// The manifest is removed first and written last, so an interrupted
    /// update is followed by a full build, never by a wrong reuse.
    pub fn begin_in_place(out: &Path) -> Result<Staging> {
        if !out.join(MARKER).exists() {
            return Staging::begin(out);
        }
        let manifest = out.join(MANIFEST);
        match std::fs::remove_file(&manifest) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(Error::io(&manifest, e)),
        }
        Ok(Staging {
            out: out.to_path_buf(),
            staging: out.to_path_buf(),
            committed: false,
            in_place: true,
            overlay: None,
            appends: Default::default(),
        })
    }

    /// The previous output's files stay where they are, and may be appended to
    /// (overlay and in-place modes).
    pub fn keeps_output(&self) -> bool {
        self.in_place
    }

    /// Files written appear in the output folder at once (in-place mode).
    pub fn is_live(&self) -> bool {
        self.in_place && self.overlay.is_none()
    }

    pub fn root(&self) -> &Path {
        &self.staging
    }

    /// Writes one file under the staging folder (overlay mode: holds it
    /// until commit, see `Overlay`). Paths were made by gazette from
    /// checked slugs, but a last check here keeps any bug from escaping the folder.
    /// Taken, not borrowed: a held file is kept as it is, not copied.
    pub fn write(&self, file: OutputFile) -> Result<()> {
        if self.holds(file.bytes.len()) {
            return self.hold(file);
        }
        self.write_through(&file)
    }

    /// Whether a file of `len` bytes is held in memory (overlay mode, within
    /// [`HELD_BYTES`]); counts it against that limit if so.
    fn holds(&self, len: usize) -> bool {
        use std::sync::atomic::Ordering::Relaxed;
        self.overlay.as_ref().is_some_and(|o| o.held_bytes.fetch_add(len, Relaxed) + len <= o.limit)
    }

    fn hold(&self, file: OutputFile) -> Result<()> {
        if !is_safe_rel(&file.path) {
            return Err(unsafe_path(&file.path));
        }
        if let Some(o) = &self.overlay {
            o.held.lock().unwrap_or_else(|p| p.into_inner()).push(file);
        }
        Ok(())
    }

    fn write_through(&self, file: &OutputFile) -> Result<()> {
        if let Some(o) = &self.overlay {
            write_under(&self.staging, &file.path, &file.bytes)?;
            o.staged.lock().unwrap_or_else(|p| p.into_inner()).push(file.path.clone());
            return Ok(());
        }
        if !self.in_place {
            return write_under(&self.staging, &file.path, &file.bytes);
        }
        replace_under(&self.staging, &file.path, &file.bytes)
    }

    /// Copies the file `from` (a photo, a PDF: never read into memory) to
    /// `rel`, as [`Staging::write`] writes one; `shown` names `from` in an error.
    pub fn copy(&self, from: &Path, shown: &Path, rel: &str) -> Result<()> {
        if !is_safe_rel(rel) {
            return Err(unsafe_path(rel));
        }
        let copy_to = |to: &Path| -> Result<()> {
            if let Some(dir) = to.parent() {
                std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
            }
            std::fs::copy(from, to).map(drop).map_err(|e| Error::io(shown, e))
        };
        if let Some(o) = &self.overlay {
            copy_to(&self.staging.join(rel))?;
            o.staged.lock().unwrap_or_else(|p| p.into_inner()).push(rel.to_string());
            return Ok(());
        }
        if !self.in_place {
            return copy_to(&self.staging.join(rel));
        }
        // In place: beside it, then renamed over it, as `replace_under` does.
        let to = self.staging.join(rel);
        let tmp = beside(&to);
        copy_to(&tmp)?;
        std::fs::rename(&tmp, &to).map_err(|e| Error::io(&to, e))
    }

    /// Appends `bytes` at commit to `rel` in the output, which must then be
    /// `expect` bytes long, as it was (else it is removed: only for files
    /// whose loss costs time, not correctness, like the load cache). Only
    /// where the output's files stay (overlay and in-place modes).
    pub fn append(&self, rel: &str, expect: u64, bytes: Vec<u8>) -> Result<()> {
        if !self.in_place || !is_safe_rel(rel) {
            return Err(Error::other(format!("cannot append to {rel} in a new output folder")));
        }
        self.appends.lock().unwrap_or_else(|p| p.into_inner()).push((rel.to_string(), expect, bytes));
        Ok(())
    }

    /// Carries `rel` over from the previous output unchanged (a hard link, so
    /// nothing is copied). `false` when the previous output has no such file;
    /// in in-place and overlay modes the file is taken to be there (ask only
    /// about files the previous manifest lists).
    pub fn reuse(&self, rel: &str) -> Result<bool> {
        if !is_safe_rel(rel) {
            return Ok(false);
        }
        if self.in_place {
            // The previous manifest lists only files that build completed:
            // trusting it saves a file system lookup per page.
            return Ok(true);
        }
        let old = self.out.join(rel);
        if !old.is_file() {
            return Ok(false);
        }
        let new = self.staging.join(rel);
        if let Some(dir) = new.parent() {
            std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        }
        if std::fs::hard_link(&old, &new).is_err() {
            // Another file system, or links not supported: copy instead.
            std::fs::copy(&old, &new).map_err(|e| Error::io(&new, e))?;
        }
        Ok(true)
    }

    /// Finishes the build: records `manifest` and swaps the staging folder in
    /// place of the output folder (in-place and overlay modes: deletes what
    /// the `previous` build made and this one no longer makes).
    pub fn commit(mut self, manifest: &Listing, previous: Option<&Manifest>) -> Result<()> {
        if let Some(overlay) = self.overlay.take() {
            // From here `out` changes; without a manifest the next build is a full one.
            let m = self.out.join(MANIFEST);
            match std::fs::remove_file(&m) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(Error::io(&m, e)),
            }
            let held = overlay.held.into_inner().unwrap_or_else(|p| p.into_inner());
            held.par_iter().try_for_each(|f| {
                if f.path.starts_with(".gazette/") {
                    replace_under(&self.out, &f.path, &f.bytes)
                } else {
                    overwrite_under(&self.out, &f.path, &f.bytes)
                }
            })?;
            drop(held);
            let staged = overlay.staged.into_inner().unwrap_or_else(|p| p.into_inner());
            // On every core: each move is a few system calls that wait on the file system.
            staged.par_iter().try_for_each(|rel| {
                let (from, to) = (self.staging.join(rel), self.out.join(rel));
                if let Some(dir) = to.parent() {
                    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
                }
                std::fs::rename(&from, &to).map_err(|e| Error::io(&to, e))
            })?;
            let staging = std::mem::replace(&mut self.staging, self.out.clone());
            // Now like in-place mode: delete what is no longer made, write the
            // manifest; meanwhile the emptied staging folders go (the two
            // touch different folders, and each is mostly system calls).
            let (result, removed) = rayon::join(|| self.commit_in_place(manifest, previous), || remove_tree(&staging));
            if let Err(e) = removed {
                eprintln!("warning: could not remove {}: {e}", staging.display());
            }
            return result;
        }
        if self.in_place {
            return self.commit_in_place(manifest, previous);
        }
        self.write(manifest.to_file())?;
        if self.out.exists() {
            if exchange(&self.staging, &self.out).is_ok() {
                // `staging` now holds the previous output.
                remove_tree(&self.staging).map_err(|e| Error::io(&self.staging, e))?;
            } else {
                let old = self.staging.with_extension("old");
                std::fs::rename(&self.out, &old).map_err(|e| Error::io(&self.out, e))?;
                std::fs::rename(&self.staging, &self.out).map_err(|e| Error::io(&self.out, e))?;
                remove_tree(&old).map_err(|e| Error::io(&old, e))?;
            }
        } else {
            std::fs::rename(&self.staging, &self.out).map_err(|e| Error::io(&self.out, e))?;
        }
        self.committed = true;
        Ok(())
    }
}

impl Staging {
    fn commit_in_place(&mut self, manifest: &Listing, previous: Option<&Manifest>) -> Result<()> {
        let appends = std::mem::take(&mut *self.appends.lock().unwrap_or_else(|p| p.into_inner()));
        for (rel, expect, bytes) in appends {
            append_or_remove(&self.out.join(rel), expect, &bytes)?;
        }
        let stale = previous.map(|m| m.gone_from(manifest)).unwrap_or_default();
        for rel in stale.into_iter().filter(|r| is_safe_rel(r)) {
            let path = self.out.join(rel);
            match std::fs::remove_file(&path) {
                Ok(()) => remove_empty_parents(&self.out, &path),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(Error::io(&path, e)),
            }
        }
        // The manifest goes last: it says the folder is complete.
        self.write(manifest.to_file())?;
        self.committed = true;
        Ok(())
    }
}

/// Appends to a file of `expect` bytes; on any failure the file goes (a
/// torn or misplaced append must not be read back).
fn append_or_remove(path: &Path, expect: u64, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let appended = (|| -> std::io::Result<bool> {
        let mut f = std::fs::OpenOptions::new().append(true).open(path)?;
        if f.metadata()?.len() != expect {
            return Ok(false);
        }
        f.write_all(bytes)?;
        Ok(true)
    })();
    match appended {
        Ok(true) => Ok(()),
        _ => match std::fs::remove_file(path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(Error::io(path, e)),
        },
    }
}

/// Removes the folders above a deleted file that became empty, up to `root`.
fn remove_empty_parents(root: &Path, file: &Path) {
    let mut dir = file.parent();
    while let Some(d) = dir {
        // Stops at the first folder that is not empty (remove_dir fails on those).
        if d == root || !d.starts_with(root) || std::fs::remove_dir(d).is_err() {
            break;
        }
        dir = d.parent();
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed && self.staging != self.out && self.staging.exists() {
            // Nothing to report to: the build already failed for another reason.
            if let Err(e) = remove_tree(&self.staging) {
                eprintln!("warning: could not remove {}: {e}", self.staging.display());
            }
        }
    }
}

/// Which gazette made an output: its version and the executable itself, so a
/// rebuilt gazette (same version, other code) renders and parses afresh.
pub fn code_id() -> u128 {
    static ID: std::sync::OnceLock<u128> = std::sync::OnceLock::new();
    *ID.get_or_init(|| {
        let mut h = blake3::Hasher::new();
        h.update(env!("CARGO_PKG_VERSION").as_bytes());
        if let Some(m) = std::env::current_exe().ok().and_then(|p| std::fs::metadata(p).ok()) {
            h.update(&m.len().to_le_bytes());
            let t = m.modified().ok().and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok());
            h.update(&t.map_or(0, |d| d.as_nanos()).to_le_bytes());
        }
        key_of(&h.finalize())
    })
}

/// Where a build records what each output file was made from.
pub const MANIFEST: &str = ".gazette/manifest.bin";

/// What an output file was made from: a 128-bit hash of a page's inputs or
/// of a file's bytes. A number, not its hex text: formatting, storing and
/// comparing 135,000 strings of 32 characters was a tenth of the keying of
/// an incremental build.
pub type FileKey = u128;

/// The first 128 bits of a blake3 hash, as a [`FileKey`].
pub fn key_of(hash: &blake3::Hash) -> FileKey {
    u128::from_le_bytes(hash.as_bytes()[..16].try_into().expect("32-byte hash"))
}

/// The key of some bytes (a file's, or what an article is made of): 128
/// bits of blake3, ample for telling versions of one file apart.
pub fn hash_bytes(b: &[u8]) -> FileKey {
    key_of(&blake3::hash(b))
}

/// The build manifest: for every output file, a hash of its inputs (pages)
/// or of its bytes (other files). The next build reuses a file whose hash is
/// unchanged instead of making it again.
///
/// Every page of a build is looked up in it: the paths sit one after another
/// in one string and a table maps a hash of each path to its entry. A table
/// of 13,500 strings of their own cost as many allocations to read the file
/// and, per lookup, a cache miss more (the string's bytes) than this one's.
#[derive(Debug, Default)]
pub struct Manifest {
    pub version: u32,
    /// Every path, one after another, in the order given (the file's: sorted).
    paths: String,
    entries: Vec<Listed>,
    /// Entry numbers by [`path_hash`] of their path; an entry whose path's
    /// hash another path has already is in `clashes` instead.
    by_hash: foldhash::HashMap<u64, u32>,
    clashes: Vec<u32>,
}

/// A file's entry in a [`Manifest`].
#[derive(Debug)]
struct Listed {
    /// Its path, `paths[start..start + len]`.
    start: u32,
    len: u32,
    key: FileKey,
    /// Looked up by a build that makes the file again ([`Manifest::key_of`]).
    seen: std::sync::atomic::AtomicBool,
}

fn path_hash(path: &str) -> u64 {
    // Unit tests give paths few hashes, so that every lookup there meets clashes.
    if cfg!(test) {
        return path.len() as u64 % 3;
    }
    xxhash_rust::xxh3::xxh3_64(path.as_bytes())
}

impl PartialEq for Manifest {
    /// The same files with the same keys, whatever their order.
    fn eq(&self, other: &Manifest) -> bool {
        self.version == other.version && self.len() == other.len() && self.iter().all(|(p, k)| other.get(p) == Some(k))
    }
}

impl Eq for Manifest {}

impl Manifest {
    /// A manifest of these files (a path listed twice keeps its last key).
    pub fn of(entries: Vec<(String, FileKey)>) -> Manifest {
        let mut m = Manifest::with_capacity(entries.len(), entries.iter().map(|(p, _)| p.len()).sum());
        for (p, k) in entries {
            if let Some(i) = m.insert(&p, k) {
                m.entries[i].key = k;
            }
        }
        m
    }

    fn with_capacity(files: usize, bytes: usize) -> Manifest {
        Manifest {
            version: Manifest::VERSION,
            paths: String::with_capacity(bytes),
            entries: Vec::with_capacity(files),
            by_hash: foldhash::HashMap::with_capacity_and_hasher(files, Default::default()),
            clashes: Vec::new(),
        }
    }

    /// Adds `path`, unless it is listed already: then the number of its entry.
    fn insert(&mut self, path: &str, key: FileKey) -> Option<usize> {
        let i = self.entries.len() as u32;
        match self.by_hash.entry(path_hash(path)) {
            std::collections::hash_map::Entry::Vacant(v) => {
                v.insert(i);
            }
            std::collections::hash_map::Entry::Occupied(o) => {
                let first = *o.get();
                if let Some(j) = self.matching(first, path) {
                    return Some(j);
                }
                self.clashes.push(i);
            }
        }
        let start = self.paths.len() as u32;
        self.paths.push_str(path);
        self.entries.push(Listed { start, len: path.len() as u32, key, seen: Default::default() });
        None
    }

    fn path(&self, l: &Listed) -> &str {
        &self.paths[l.start as usize..(l.start + l.len) as usize]
    }

    /// The entry of `path`, given `first`, the entry the table holds for its
    /// hash: that one, or one of the clashes.
    fn matching(&self, first: u32, path: &str) -> Option<usize> {
        std::iter::once(first)
            .chain(self.clashes.iter().copied())
            .map(|j| j as usize)
            .find(|&j| self.path(&self.entries[j]) == path)
    }

    fn find(&self, path: &str) -> Option<&Listed> {
        let first = *self.by_hash.get(&path_hash(path))?;
        self.matching(first, path).map(|j| &self.entries[j])
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn contains(&self, path: &str) -> bool {
        self.find(path).is_some()
    }

    /// Every file and its key, in the order the manifest holds them.
    pub fn iter(&self) -> impl Iterator<Item = (&str, FileKey)> {
        self.entries.iter().map(|l| (self.path(l), l.key))
    }

    /// The key of `path`, for a build that makes the file again and lists it
    /// in its own manifest: files of this manifest no such lookup saw are
    /// the only ones [`Staging::commit`] has to look for among those gone.
    pub fn key_of(&self, path: &str) -> Option<FileKey> {
        let listed = self.find(path)?;
        listed.seen.store(true, std::sync::atomic::Ordering::Relaxed);
        Some(listed.key)
    }

    /// The files of this manifest that `next` does not list. Those a build
    /// looked up with [`Manifest::key_of`] are taken to be listed: only the
    /// others are looked for in `next` (at 100,000 articles, looking for
    /// every file was a tenth of an incremental build).
    pub fn gone_from(&self, next: &Listing) -> Vec<&str> {
        self.entries
            .par_iter()
            .filter(|l| !l.seen.load(std::sync::atomic::Ordering::Relaxed) && !next.contains(self.path(l)))
            .map(|l| self.path(l))
            .collect()
    }

    /// The key of `path`, the file not necessarily made again.
    pub fn get(&self, path: &str) -> Option<FileKey> {
        self.find(path).map(|l| l.key)
    }

    pub const VERSION: u32 = 4;
    /// The file: `MAGIC`, the count, then each path (sorted) as a
    /// little-endian u32 length and the bytes, followed by its key's 16
    /// little-endian bytes. Not JSON: parsing and writing 135,000 entries as
    /// JSON was a tenth of an incremental build.
    const MAGIC: &[u8; 8] = b"gzmanif4";

    /// The previous build's manifest, if there is a usable one.
    pub fn load(out: &Path) -> Option<Manifest> {
        // Mapped, as the load cache is: read, its bytes took fresh memory.
        let bytes = crate::cache::map_file(&out.join(MANIFEST))?;
        Manifest::decode(&bytes)
    }

    fn decode(bytes: &[u8]) -> Option<Manifest> {
        let mut b = bytes.strip_prefix(Self::MAGIC.as_slice())?;
        let mut take = |n: usize| -> Option<&[u8]> {
            let (x, rest) = b.split_at_checked(n)?;
            b = rest;
            Some(x)
        };
        let n = u64::from_le_bytes(take(8)?.try_into().ok()?) as usize;
        // Each entry takes at least 20 bytes: a corrupt count cannot ask for a huge table.
        let mut m = Manifest::with_capacity(n.min(bytes.len() / 20), bytes.len());
        for _ in 0..n {
            let len = u32::from_le_bytes(take(4)?.try_into().ok()?) as usize;
            let path = std::str::from_utf8(take(len)?).ok()?;
            let key = u128::from_le_bytes(take(16)?.try_into().ok()?);
            // A path listed twice: not a file a build wrote.
            if m.insert(path, key).is_some() {
                return None;
            }
        }
        b.is_empty().then_some(m)
    }

    /// (A build writes its [`Listing`].)
    #[cfg(test)]
    fn to_file(&self) -> OutputFile {
        Listing::new(self.iter().map(|(p, k)| (p.to_string(), k)).collect()).to_file()
    }
}

/// A build's manifest as it is written: its files sorted by path. The
/// table ([`Manifest`]) is made of it only for a next build in the same
/// process: `gazette build` ends instead (at 100,000 articles, filling the
/// table was a fiftieth of an incremental build).
#[derive(Debug)]
pub struct Listing(Vec<(String, FileKey)>);

impl Listing {
    /// A path listed twice keeps its last key (as a table would).
    pub fn new(mut entries: Vec<(String, FileKey)>) -> Listing {
        entries.par_sort_by(|a, b| a.0.cmp(&b.0));
        entries.dedup_by(|later, kept| {
            let same = later.0 == kept.0;
            if same {
                kept.1 = later.1;
            }
            same
        });
        Listing(entries)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn contains(&self, path: &str) -> bool {
        self.0.binary_search_by(|(p, _)| p.as_str().cmp(path)).is_ok()
    }

    /// The file: `MAGIC`, the count, then each path as a little-endian u32
    /// length and the bytes, followed by its key's 16 little-endian bytes.
    pub fn to_file(&self) -> OutputFile {
        let size: usize = self.0.iter().map(|(p, _)| p.len() + 20).sum();
        let mut bytes = Vec::with_capacity(16 + size);
        bytes.extend_from_slice(Manifest::MAGIC);
        bytes.extend_from_slice(&(self.0.len() as u64).to_le_bytes());
        for (p, k) in &self.0 {
            bytes.extend_from_slice(&(p.len() as u32).to_le_bytes());
            bytes.extend_from_slice(p.as_bytes());
            bytes.extend_from_slice(&k.to_le_bytes());
        }
        OutputFile { path: MANIFEST.into(), bytes }
    }

    pub fn into_manifest(self) -> Manifest {
        Manifest::of(self.0)
    }
}

/// Writes `bytes` to `root/rel`, creating folders; `rel` must stay inside `root`.
pub fn write_under(root: &Path, rel: &str, bytes: &[u8]) -> Result<()> {
    if !is_safe_rel(rel) {
        return Err(unsafe_path(rel));
    }
    let path = root.join(rel);
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    }
    std::fs::write(&path, bytes).map_err(|e| Error::io(&path, e))
}

/// Replaces `root/rel` with `bytes` so that a reader sees the old file or the
/// new one, never half: written beside it, then renamed over it (within one
/// folder, which the kernel does not serialise). Folders are made only when
/// the first write finds one missing: most files replace one.
fn replace_under(root: &Path, rel: &str, bytes: &[u8]) -> Result<()> {
    if !is_safe_rel(rel) {
        return Err(unsafe_path(rel));
    }
    let to = root.join(rel);
    let tmp = beside(&to);
    match std::fs::write(&tmp, bytes) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            if let Some(dir) = to.parent() {
                std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
            }
            std::fs::write(&tmp, bytes)
        }
        other => other,
    }
    .map_err(|e| Error::io(&tmp, e))?;
    std::fs::rename(&tmp, &to).map_err(|e| Error::io(&to, e))
}

/// Where a file replacing `to` is written before it is renamed over it.
fn beside(to: &Path) -> PathBuf {
    let mut tmp = to.as_os_str().to_os_string();
    tmp.push(".gazette-tmp");
    PathBuf::from(tmp)
}

/// Writes `bytes` over the existing file `root/rel`, in place (then cut to
/// length), as Hugo and Zola do; a file that is not there yet, is a link, or
/// has other names (`cp -al` snapshots) is made by [`replace_under`] instead,
/// so nothing outside this file changes. Why not always a rename: on ext4
/// (its default `auto_da_alloc`), renaming over a file first writes the new
/// one's blocks out, and creating then freeing an inode per page costs more:
/// 300 pages of a new day took about 60 ms so, and 4 ms in place. The cost is
/// that a reader of that very page during the write may get part of it. Only
/// for pages: the files under `.gazette/` are mapped by later builds and are
/// never changed in place.
fn overwrite_under(root: &Path, rel: &str, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    if !is_safe_rel(rel) {
        return Err(unsafe_path(rel));
    }
    let path = root.join(rel);
    let mut options = std::fs::OpenOptions::new();
    options.write(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NOFOLLOW);
    let Ok(mut file) = options.open(&path) else {
        return replace_under(root, rel, bytes);
    };
    let meta = file.metadata().map_err(|e| Error::io(&path, e))?;
    #[cfg(unix)]
    let shared = std::os::unix::fs::MetadataExt::nlink(&meta) > 1;
    #[cfg(not(unix))]
    let shared = false;
    if shared || !meta.is_file() {
        drop(file);
        return replace_under(root, rel, bytes);
    }
    file.write_all(bytes).map_err(|e| Error::io(&path, e))?;
    if meta.len() > bytes.len() as u64 {
        file.set_len(bytes.len() as u64).map_err(|e| Error::io(&path, e))?;
    }
    Ok(())
}

fn unsafe_path(rel: &str) -> Error {
    Error::other(format!("refusing to write outside the output folder: {rel}"))
}

/// A relative, `/`-separated path with no `..`, no empty or `.` parts, no backslash.
pub fn is_safe_rel(rel: &str) -> bool {
    // Asked of every page of every build: the bytes are searched for the
    // few that matter (SIMD), and only the components between slashes are
    // looked at; a byte-by-byte match was 2.7% of a build with nothing to do.
    let b = rel.as_bytes();
    let plain = |c: &[u8]| !matches!(c, b"" | b"." | b"..");
    if memchr::memchr2(b'\\', b':', b).is_some() {
        return false;
    }
    let mut start = 0;
    for slash in memchr::memchr_iter(b'/', b) {
        if !plain(&b[start..slash]) {
            return false;
        }
        start = slash + 1;
    }
    plain(&b[start..])
}

fn parent_of(out: &Path) -> PathBuf {
    match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Removes the folder `dir` and all it holds, on every core: a build that
/// replaces a whole output (`--full`) spent a tenth of its time removing
/// the previous one's files one by one.
fn remove_tree(dir: &Path) -> std::io::Result<()> {
    remove_dir_all::remove_dir_all(dir)
}

/// Staging folders of builds that were killed (ours by name only).
fn remove_stale(parent: &Path, name: &str) {
    let prefix = format!(".{name}.staging-");
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    for e in entries.flatten() {
        let fname = e.file_name();
        let fname = fname.to_string_lossy();
        if fname.starts_with(&prefix) && e.path().join(MARKER).exists() {
            let pid = fname[prefix.len()..].trim_end_matches(".old");
            // Another build may be running right now; leave folders of live processes.
            if pid.parse::<u32>().is_ok_and(|p| Path::new(&format!("/proc/{p}")).exists()) {
                continue;
            }
            if let Err(err) = remove_tree(&e.path()) {
                eprintln!("warning: could not remove stale {}: {err}", e.path().display());
            }
        }
    }
}

/// Atomically exchanges two paths (Linux renameat2), so no moment exists
/// where the output folder is missing.
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> std::io::Result<()> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    let ca = CString::new(a.as_os_str().as_bytes())?;
    let cb = CString::new(b.as_os_str().as_bytes())?;
    // SAFETY: both are valid NUL-terminated paths; renameat2 does not keep them.
    let r = unsafe { libc::renameat2(libc::AT_FDCWD, ca.as_ptr(), libc::AT_FDCWD, cb.as_ptr(), libc::RENAME_EXCHANGE) };
    if r == 0 { Ok(()) } else { Err(std::io::Error::last_os_error()) }
}

#[cfg(not(target_os = "linux"))]
fn exchange(_a: &Path, _b: &Path) -> std::io::Result<()> {
    Err(std::io::Error::other("no atomic exchange on this platform"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issue5_an_overlay_build_changes_nothing_before_commit_held_or_staged() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("out");
        let file = |p: &str, b: &str| OutputFile { path: p.into(), bytes: b.as_bytes().to_vec() };
        let st = Staging::begin(&out).unwrap();
        st.write(file("a/index.html", "old a")).unwrap();
        st.write(file("b/index.html", "old b")).unwrap();
        st.commit(&Listing::new(vec![("a/index.html".into(), 1), ("b/index.html".into(), 2)]), None).unwrap();
        let previous = Manifest::load(&out).unwrap();

        let mut st = Staging::begin_overlay(&out).unwrap();
        // Room for one small file: the rest goes to the staging folder.
        st.overlay.as_mut().unwrap().limit = 8;
        st.write(file("a/index.html", "new a")).unwrap();
        st.write(file("b/index.html", "new b, longer")).unwrap();
        st.write(file("c/d/index.html", "new c")).unwrap();
        assert!(st.write(file("../x", "x")).is_err());
        let o = st.overlay.as_ref().unwrap();
        assert_eq!(o.held.lock().unwrap().len(), 1);
        assert_eq!(o.staged.lock().unwrap().len(), 2);
        assert_eq!(std::fs::read_to_string(out.join("a/index.html")).unwrap(), "old a");
        assert!(!out.join("c").exists());
        let listing =
            Listing::new(vec![("a/index.html".into(), 3), ("b/index.html".into(), 4), ("c/d/index.html".into(), 5)]);
        st.commit(&listing, Some(&previous)).unwrap();
        for (p, want) in [("a/index.html", "new a"), ("b/index.html", "new b, longer"), ("c/d/index.html", "new c")] {
            assert_eq!(std::fs::read_to_string(out.join(p)).unwrap(), want, "{p}");
        }
        let mut left: Vec<String> = walkdir::WalkDir::new(tmp.path())
            .into_iter()
            .map(|e| e.unwrap().path().strip_prefix(tmp.path()).unwrap().to_string_lossy().into_owned())
            .filter(|p| p.contains("gazette-tmp") || p.contains("staging"))
            .collect();
        left.sort();
        assert!(left.is_empty(), "{left:?}");
        assert_eq!(Manifest::load(&out).unwrap().get("c/d/index.html"), Some(5));
    }

    #[test]
    fn issue5_a_page_is_overwritten_in_place_but_never_through_another_name() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("out");
        let read = |p: &Path| std::fs::read_to_string(p).unwrap();
        write_under(&root, "a/index.html", b"a long old page").unwrap();
        overwrite_under(&root, "a/index.html", b"new").unwrap();
        assert_eq!(read(&root.join("a/index.html")), "new", "cut to its new length");
        overwrite_under(&root, "a/index.html", b"a longer new page").unwrap();
        assert_eq!(read(&root.join("a/index.html")), "a longer new page");
        overwrite_under(&root, "b/c/index.html", b"made").unwrap();
        assert_eq!(read(&root.join("b/c/index.html")), "made");
        assert!(overwrite_under(&root, "../x", b"x").is_err());
        #[cfg(unix)]
        {
            // A snapshot made with links (`cp -al`) and a link to a file
            // elsewhere keep their bytes: the page gets a file of its own.
            let snapshot = tmp.path().join("snapshot.html");
            std::fs::hard_link(root.join("a/index.html"), &snapshot).unwrap();
            overwrite_under(&root, "a/index.html", b"newer").unwrap();
            assert_eq!(read(&root.join("a/index.html")), "newer");
            assert_eq!(read(&snapshot), "a longer new page");
            let elsewhere = tmp.path().join("elsewhere.html");
            std::fs::write(&elsewhere, "theirs").unwrap();
            std::os::unix::fs::symlink(&elsewhere, root.join("linked.html")).unwrap();
            overwrite_under(&root, "linked.html", b"ours").unwrap();
            assert_eq!(read(&root.join("linked.html")), "ours");
            assert_eq!(read(&elsewhere), "theirs");
            assert!(!std::fs::symlink_metadata(root.join("linked.html")).unwrap().file_type().is_symlink());
        }
    }

    proptest::proptest! {
        /// The one-pass check says what the plain definition says.
        #[test]
        fn safe_rel_is_its_definition(rel in "[a./\\\\:]{0,8}") {
            let plain = !rel.is_empty()
                && !rel.starts_with('/')
                && !rel.contains('\\')
                && !rel.contains(':')
                && rel.split('/').all(|p| !p.is_empty() && p != "." && p != "..");
            proptest::prop_assert_eq!(is_safe_rel(&rel), plain);
        }
    }

    #[test]
    fn safe_relative_paths() {
        assert!(is_safe_rel("2026/02/11/index.html"));
        assert!(!is_safe_rel("../x"));
        assert!(!is_safe_rel("a/../../x"));
        assert!(!is_safe_rel("/etc/passwd"));
        assert!(!is_safe_rel("a//b"));
        assert!(!is_safe_rel("a\\b"));
        assert!(!is_safe_rel(""));
    }

    #[test]
    fn issue5_files_gone_are_those_the_next_manifest_does_not_list() {
        let previous = Manifest::of(["a", "b", "c", "d"].iter().map(|p| (p.to_string(), 1)).collect());
        // a and b made again (looked up), c and d not looked up; c listed.
        assert_eq!(previous.key_of("a"), Some(1));
        assert_eq!(previous.key_of("b"), Some(1));
        assert_eq!(previous.key_of("x"), None);
        assert_eq!(previous.get("c"), Some(1), "not a build's lookup");
        let next = Listing::new(["e", "c", "b", "a"].iter().map(|p| (p.to_string(), 2)).collect());
        assert_eq!(previous.gone_from(&next), ["d"]);
        // Without lookups every file is looked for.
        let fresh = Manifest::of(["a", "b", "d"].iter().map(|p| (p.to_string(), 1)).collect());
        let mut gone = fresh.gone_from(&Listing::new(vec![("a".into(), 1)]));
        gone.sort();
        assert_eq!(gone, ["b", "d"]);
    }

    #[test]
    fn a_listing_is_sorted_and_a_path_listed_twice_keeps_its_last_key() {
        let l = Listing::new(vec![("b".into(), 1), ("a".into(), 2), ("b".into(), 3), ("c".into(), 4), ("b".into(), 5)]);
        assert_eq!(l.0, [("a".to_string(), 2), ("b".to_string(), 5), ("c".to_string(), 4)]);
        assert!(l.contains("b") && !l.contains("d") && !l.contains(""));
        let m = l.into_manifest();
        assert_eq!(m.get("b"), Some(5));
        assert_eq!(Manifest::decode(&m.to_file().bytes), Some(m));
    }

    #[test]
    fn manifests_round_trip_and_a_torn_one_is_refused() {
        let m = Manifest::of(vec![("index.html".into(), 7), ("2026/02/11/index.html".into(), u128::MAX)]);
        let bytes = m.to_file().bytes;
        assert_eq!(Manifest::decode(&bytes), Some(m));
        for cut in [0, 8, 20, bytes.len() - 1] {
            assert_eq!(Manifest::decode(&bytes[..cut]), None, "cut at {cut}");
        }
        assert_eq!(Manifest::decode(&[bytes.as_slice(), b"x"].concat()), None);
        // A path listed twice is no manifest a build wrote.
        let mut twice = Manifest::MAGIC.to_vec();
        twice.extend_from_slice(&2u64.to_le_bytes());
        for _ in 0..2 {
            twice.extend_from_slice(&1u32.to_le_bytes());
            twice.push(b'a');
            twice.extend_from_slice(&0u128.to_le_bytes());
        }
        assert_eq!(Manifest::decode(&twice), None);
    }

    #[test]
    fn a_manifest_finds_every_path_whatever_their_hashes() {
        // (Under test few hashes: most of these paths share one.)
        let paths: Vec<String> = (0..200).map(|i| format!("{}/{i}/index.html", "x".repeat(i % 7))).collect();
        let m = Manifest::of(paths.iter().enumerate().map(|(i, p)| (p.clone(), i as u128)).collect());
        assert_eq!(m.len(), 200);
        for (i, p) in paths.iter().enumerate() {
            assert_eq!(m.get(p), Some(i as u128), "{p}");
        }
        assert_eq!(m.get("x/999/index.html"), None);
        assert_eq!(m.iter().map(|(p, _)| p).collect::<Vec<_>>(), paths);
        // A path given twice keeps its last key, listed once.
        let again = Manifest::of(vec![("a".into(), 1), ("b".into(), 2), ("a".into(), 3)]);
        assert_eq!((again.len(), again.get("a"), again.get("b")), (2, Some(3), Some(2)));
    }
}
