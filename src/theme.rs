//! Render step, part 0: the theme — Tera templates and static files — from
//! `themes/<name>/` or, for `default` when the site has no copy, the default
//! theme built into gazette. Templates are compiled once per build.

use crate::error::{Error, Result};
use std::path::{Path, PathBuf};

/// The files of the built-in default theme (the same files as `themes/default/`).
pub const DEFAULT_THEME: &[(&str, &str)] = &[
    ("templates/base.html", include_str!("../themes/default/templates/base.html")),
    ("templates/article.html", include_str!("../themes/default/templates/article.html")),
    ("templates/issue.html", include_str!("../themes/default/templates/issue.html")),
    ("templates/calendar.html", include_str!("../themes/default/templates/calendar.html")),
    ("templates/home.html", include_str!("../themes/default/templates/home.html")),
    ("templates/list.html", include_str!("../themes/default/templates/list.html")),
    ("templates/terms.html", include_str!("../themes/default/templates/terms.html")),
    ("templates/search.html", include_str!("../themes/default/templates/search.html")),
    ("templates/404.html", include_str!("../themes/default/templates/404.html")),
    ("templates/partials/item.html", include_str!("../themes/default/templates/partials/item.html")),
    ("templates/partials/item_text.html", include_str!("../themes/default/templates/partials/item_text.html")),
    ("templates/partials/pager.html", include_str!("../themes/default/templates/partials/pager.html")),
    ("templates/partials/month.html", include_str!("../themes/default/templates/partials/month.html")),
    ("templates/partials/issue_meta.html", include_str!("../themes/default/templates/partials/issue_meta.html")),
    ("templates/partials/reporters.html", include_str!("../themes/default/templates/partials/reporters.html")),
    ("static/assets/style.css", include_str!("../themes/default/static/assets/style.css")),
];

/// Templates every theme must have.
pub const REQUIRED: &[&str] =
    &["article.html", "issue.html", "calendar.html", "home.html", "list.html", "terms.html", "search.html", "404.html"];

pub struct Theme {
    /// Where the theme came from, for messages (`themes/default`, or `(built-in default theme)`).
    pub dir: PathBuf,
    pub tera: tera::Tera,
    /// Files copied as they are into the output, paths relative to the output root.
    pub statics: Vec<(String, Vec<u8>)>,
    /// Hash of every template and static file: what a page depends on besides its view.
    pub fingerprint: String,
    /// Some template may print a list's totals (`pager.total_items`,
    /// `total_pages`, or the whole context): then every page of a list
    /// changes with its length, not only the first (see `graph::ListPages`).
    pub shows_totals: bool,
}

impl Theme {
    /// Loads `root/themes/<name>`; the built-in default when that folder is missing and name is `default`.
    pub fn load(root: &Path, name: &str) -> Result<Theme> {
        let dir = root.join("themes").join(name);
        let files = if dir.is_dir() {
            read_theme_dir(&dir)?
        } else if name == "default" {
            DEFAULT_THEME.iter().map(|(p, c)| (p.to_string(), c.as_bytes().to_vec())).collect()
        } else {
            // At site.yaml's `theme:` line, where it is given.
            let line = crate::content::article::key_line_in_file(&root.join("site.yaml"), "theme");
            let col = if line > 0 { 8 } else { 0 };
            return Err(Error::at(
                "site.yaml",
                line,
                col,
                format!("theme `{name}` not found: no folder {} (`default` is built in)", dir.display()),
            ));
        };
        let shown =
            if dir.is_dir() { PathBuf::from("themes").join(name) } else { PathBuf::from("(built-in default theme)") };
        Theme::from_files(shown, files)
    }

    /// Compiles a theme from its files (`templates/...`, `static/...`).
    pub fn from_files(dir: PathBuf, mut files: Vec<(String, Vec<u8>)>) -> Result<Theme> {
        files.sort();
        let mut hasher = blake3::Hasher::new();
        let mut templates = Vec::new();
        let mut statics = Vec::new();
        for (path, bytes) in files {
            hasher.update(path.as_bytes());
            hasher.update(&(bytes.len() as u64).to_le_bytes());
            hasher.update(&bytes);
            if let Some(name) = path.strip_prefix("templates/") {
                let text = String::from_utf8(bytes)
                    .map_err(|e| Error::Invalid(vec![crate::import::not_utf8(&dir.join(&path), e.as_bytes())]))?;
                templates.push((name.to_string(), text));
            } else if let Some(rel) = path.strip_prefix("static/") {
                statics.push((rel.to_string(), bytes));
            }
        }
        let shows_totals = templates.iter().any(|(_, t)| {
            ["total_items", "total_pages", "__tera_context", "json_encode", "| json"].iter().any(|w| t.contains(w))
        });
        let mut tera = tera::Tera::new();
        tera.autoescape_on([".html", ".xml"]);
        tera.add_raw_templates(templates.iter().map(|(n, t)| (n.as_str(), t.as_str())))
            .map_err(|e| crate::render::template_error(&dir, "", &e))?;
        let missing: Vec<&str> = REQUIRED.iter().copied().filter(|t| !tera.contains_template(t)).collect();
        if !missing.is_empty() {
            return Err(Error::Template {
                path: dir.join("templates"),
                line: 0,
                col: 0,
                message: format!("missing templates: {}", missing.join(", ")),
            });
        }
        Ok(Theme { dir, tera, statics, fingerprint: hasher.finalize().to_hex().to_string(), shows_totals })
    }

    /// Renders to bytes: Tera's `render` re-checks the whole page is UTF-8,
    /// which it is by construction (a few percent of a build).
    pub fn render(&self, template: &str, ctx: &tera::Context) -> Result<Vec<u8>> {
        let mut out = Vec::with_capacity(16 * 1024);
        self.tera
            .render_to(template, ctx, &mut out)
            .map_err(|e| crate::render::template_error(&self.dir, template, &e))?;
        Ok(out)
    }
}

fn read_theme_dir(dir: &Path) -> Result<Vec<(String, Vec<u8>)>> {
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.map_err(|e| Error::other(format!("{}: {e}", dir.display())))?;
        if !entry.file_type().is_file() || entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let rel = entry.path().strip_prefix(dir).unwrap_or(entry.path());
        let rel = rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
        let bytes = std::fs::read(entry.path()).map_err(|e| Error::io(entry.path(), e))?;
        files.push((rel, bytes));
    }
    Ok(files)
}

/// Writes the built-in default theme into `dir` (for `gazette init`).
pub fn write_default_theme(dir: &Path) -> Result<()> {
    for (rel, content) in DEFAULT_THEME {
        crate::output::write_under(dir, rel, content.as_bytes())?;
    }
    Ok(())
}
