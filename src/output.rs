//! Write step: every build is written into a staging folder beside the output
//! folder and swapped in only when everything succeeded, so a failed or
//! interrupted build leaves the previous site exactly as it was.

use crate::error::{Error, Result};
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
}

impl Staging {
    /// Prepares a fresh staging folder beside `out`.
    pub fn begin(out: &Path) -> Result<Staging> {
        let parent = parent_of(out);
        std::fs::create_dir_all(&parent).map_err(|e| Error::io(&parent, e))?;
        if out.exists() {
            let is_ours = out.join(MARKER).exists()
                || std::fs::read_dir(out)
                    .map_err(|e| Error::io(out, e))?
                    .next()
                    .is_none();
            if !is_ours {
                return Err(Error::other(format!(
                    "refusing to replace {}: it exists and was not made by gazette (no {MARKER} file); choose another --out",
                    out.display()
                )));
            }
        }
        let name = out
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "output".into());
        remove_stale(&parent, &name);
        let staging = parent.join(format!(".{name}.staging-{}", std::process::id()));
        if staging.exists() {
            std::fs::remove_dir_all(&staging).map_err(|e| Error::io(&staging, e))?;
        }
        std::fs::create_dir_all(&staging).map_err(|e| Error::io(&staging, e))?;
        std::fs::write(staging.join(MARKER), b"built by gazette\n")
            .map_err(|e| Error::io(&staging, e))?;
        Ok(Staging {
            out: out.to_path_buf(),
            staging,
            committed: false,
        })
    }

    pub fn root(&self) -> &Path {
        &self.staging
    }

    /// Writes one file under the staging folder. Paths were made by gazette from
    /// checked slugs, but a last check here keeps any bug from escaping the folder.
    pub fn write(&self, file: &OutputFile) -> Result<()> {
        write_under(&self.staging, &file.path, &file.bytes)
    }

    /// Swaps the staging folder in place of the output folder.
    pub fn commit(mut self) -> Result<()> {
        if self.out.exists() {
            if exchange(&self.staging, &self.out).is_ok() {
                // `staging` now holds the previous output.
                std::fs::remove_dir_all(&self.staging).map_err(|e| Error::io(&self.staging, e))?;
            } else {
                let old = self.staging.with_extension("old");
                std::fs::rename(&self.out, &old).map_err(|e| Error::io(&self.out, e))?;
                std::fs::rename(&self.staging, &self.out).map_err(|e| Error::io(&self.out, e))?;
                std::fs::remove_dir_all(&old).map_err(|e| Error::io(&old, e))?;
            }
        } else {
            std::fs::rename(&self.staging, &self.out).map_err(|e| Error::io(&self.out, e))?;
        }
        self.committed = true;
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed && self.staging.exists() {
            // Nothing to report to: the build already failed for another reason.
            if let Err(e) = std::fs::remove_dir_all(&self.staging) {
                eprintln!("warning: could not remove {}: {e}", self.staging.display());
            }
        }
    }
}

/// Writes `bytes` to `root/rel`, creating folders; `rel` must stay inside `root`.
pub fn write_under(root: &Path, rel: &str, bytes: &[u8]) -> Result<()> {
    if !is_safe_rel(rel) {
        return Err(Error::other(format!(
            "refusing to write outside the output folder: {rel}"
        )));
    }
    let path = root.join(rel);
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    }
    std::fs::write(&path, bytes).map_err(|e| Error::io(&path, e))
}

/// A relative, `/`-separated path with no `..`, no empty or `.` parts, no backslash.
pub fn is_safe_rel(rel: &str) -> bool {
    !rel.is_empty()
        && !rel.starts_with('/')
        && !rel.contains('\\')
        && !rel.contains(':')
        && rel
            .split('/')
            .all(|p| !p.is_empty() && p != "." && p != "..")
}

fn parent_of(out: &Path) -> PathBuf {
    match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
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
            if pid
                .parse::<u32>()
                .is_ok_and(|p| Path::new(&format!("/proc/{p}")).exists())
            {
                continue;
            }
            if let Err(err) = std::fs::remove_dir_all(e.path()) {
                eprintln!(
                    "warning: could not remove stale {}: {err}",
                    e.path().display()
                );
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
    let r = unsafe {
        libc::renameat2(
            libc::AT_FDCWD,
            ca.as_ptr(),
            libc::AT_FDCWD,
            cb.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    if r == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

#[cfg(not(target_os = "linux"))]
fn exchange(_a: &Path, _b: &Path) -> std::io::Result<()> {
    Err(std::io::Error::other("no atomic exchange on this platform"))
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
