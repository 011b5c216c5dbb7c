//! Render step, part 2: every link is relative to the page it is on, so the
//! site works in any folder, on any host and from disk. Views hold links
//! relative to the site root; templates prefix them with `root` (`../../`).

use crate::config::LinkMode;

#[derive(Debug, Clone, Copy)]
pub struct Urls {
    pub mode: LinkMode,
}

impl Urls {
    /// Link to a folder page, relative to the site root: `a/b/index.html`
    /// (explicit, so file:// opens it) or `a/b/` (pretty).
    pub fn dir(&self, dir: &str) -> String {
        let (head, tail) = self.dir_parts(dir);
        concat(&[head, tail])
    }

    /// [`Urls::dir`] as two parts to be joined: the folder and what
    /// follows it (both the whole link for the home page).
    pub fn dir_parts<'d>(&self, dir: &'d str) -> (&'d str, &'static str) {
        match (dir.is_empty(), self.mode) {
            (true, LinkMode::Explicit) => ("index.html", ""),
            (true, LinkMode::Pretty) => ("./", ""),
            (false, LinkMode::Explicit) => (dir, "/index.html"),
            (false, LinkMode::Pretty) => (dir, "/"),
        }
    }

    pub fn home(&self) -> String {
        self.dir("")
    }

    /// Page `n` (1-based) of a paginated folder.
    pub fn paged(&self, dir: &str, n: usize) -> String {
        if n <= 1 {
            self.dir(dir)
        } else if dir.is_empty() {
            self.dir(&format!("page/{n}"))
        } else {
            self.dir(&format!("{dir}/page/{n}"))
        }
    }
}

/// A root-relative link made absolute with `base_url` (which ends in `/`).
/// The home page's pretty link `./` is the base itself: `https://x.org/a/./`
/// names the same page under a second spelling, which a sitemap, a feed
/// reader or a `canonical` link should not see.
pub fn absolute(base: &str, rel: &str) -> String {
    format!("{base}{}", below_base(rel))
}

/// What goes after `base_url` for the root-relative link `rel` (see [`absolute`]).
pub fn below_base(rel: &str) -> &str {
    rel.strip_prefix("./").unwrap_or(rel)
}

/// Folder of page `n` of a paginated list (for the output path).
pub fn paged_dir(dir: &str, n: usize) -> String {
    match (n <= 1, dir.is_empty()) {
        (true, _) => dir.to_string(),
        (false, true) => concat(&["page/", &n.to_string()]),
        (false, false) => concat(&[dir, "/page/", &n.to_string()]),
    }
}

/// `../` once per folder level of `dir` (the folder the page's index.html is in).
pub fn root_of(dir: &str) -> String {
    if dir.is_empty() { String::new() } else { "../".repeat(dir.split('/').count()) }
}

/// The output file of a folder page.
pub fn index_file(dir: &str) -> String {
    if dir.is_empty() { "index.html".into() } else { concat(&[dir, "/index.html"]) }
}

/// The parts one after the other, in a string of their size: `format!` took
/// several times as long for the folders and URLs of every page a build
/// keys (27,000 at 10,000 articles, on every incremental build).
pub fn concat(parts: &[&str]) -> String {
    let mut s = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    for p in parts {
        s.push_str(p);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_link_modes() {
        let e = Urls { mode: LinkMode::Explicit };
        let p = Urls { mode: LinkMode::Pretty };
        assert_eq!(e.dir("tags/a"), "tags/a/index.html");
        assert_eq!(p.dir("tags/a"), "tags/a/");
        assert_eq!(e.paged("", 2), "page/2/index.html");
        assert_eq!(p.paged("tags/a", 3), "tags/a/page/3/");
        assert_eq!(e.paged("tags/a", 1), "tags/a/index.html");
        assert_eq!(root_of("2026/02/11/02-01"), "../../../../");
        assert_eq!(root_of(""), "");
        assert_eq!(paged_dir("", 2), "page/2");
        assert_eq!(absolute("https://x.org/a/", &p.home()), "https://x.org/a/");
        assert_eq!(absolute("https://x.org/a/", &e.home()), "https://x.org/a/index.html");
        assert_eq!(absolute("https://x.org/a/", &p.dir("tags/b")), "https://x.org/a/tags/b/");
    }
}
