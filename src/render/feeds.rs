//! Render step, part 4: the machine-read files — Atom feed, sitemap (split
//! into a sitemap index past 50,000 URLs) and robots.txt.

use crate::config::Config;
use crate::graph::Library;
use crate::output::OutputFile;
use crate::render::urls::Urls;

/// The sitemap protocol's limit of URLs per file.
pub const SITEMAP_LIMIT: usize = 50_000;

pub fn escape_xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_escaped(&mut out, s);
    out
}

/// Appends `s` escaped for XML to `out`; most text needs no escaping and is
/// copied whole (the sitemap escapes every page's URL on every build).
fn push_escaped(out: &mut String, s: &str) {
    // A fold with no early exit, which the compiler turns into wide compares:
    // `any` went a byte at a time (a sitemap's URLs are half a megabyte).
    let special = s.bytes().fold(false, |found, b| found | matches!(b, b'&' | b'<' | b'>' | b'"' | b'\'') | (b < 0x20));
    if !special {
        out.push_str(s);
        return;
    }
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // XML 1.0 forbids most control characters.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
}

/// A sitemap's URLs must be ASCII (the protocol asks for RFC 3986 URLs, and
/// crawlers reject an `é` in a `<loc>`): an article `slug: café` is
/// `caf%C3%A9`. Only the part below `base_url` is encoded: a host there
/// is the site's own business (punycode, not percent signs).
fn percent_encode_non_ascii(s: &str) -> String {
    percent_encoding::utf8_percent_encode(s, percent_encoding::CONTROLS).to_string()
}

fn absolute(config: &Config, rel: &str) -> String {
    match &config.base_url {
        Some(b) => crate::render::urls::absolute(b, rel),
        None => rel.to_string(),
    }
}

/// Atom timestamps need a time and zone (RFC 3339 with an upper-case `T`
/// and `Z`); a bare issue date is midnight UTC, a local time is taken as UTC.
fn atom_time(date: &crate::content::DateField) -> String {
    match date.datetime.as_deref().and_then(crate::content::date::rfc3339) {
        Some((t, true)) => t,
        Some((t, false)) => format!("{t}Z"),
        None => format!("{}T00:00:00Z", date.date),
    }
}

/// The newest `config.feed_limit` articles, newest first.
pub fn atom_feed(lib: &Library, config: &Config, urls: Urls) -> OutputFile {
    let mut x = String::with_capacity(64 * 1024);
    x.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"");
    x.push_str(&format!(" xml:lang=\"{}\">\n", escape_xml(&config.language)));
    x.push_str(&format!("<title>{}</title>\n", escape_xml(&config.title)));
    // An IRI has no spaces: a title's are escaped.
    let site_id =
        config.base_url.clone().unwrap_or_else(|| format!("urn:gazette:{}", config.title.replace(' ', "%20")));
    x.push_str(&format!("<id>{}</id>\n", escape_xml(&site_id)));
    x.push_str(&format!("<link href=\"{}\"/>\n", escape_xml(&absolute(config, &urls.home()))));
    x.push_str(&format!("<link rel=\"self\" href=\"{}\"/>\n", escape_xml(&absolute(config, "feed.xml"))));
    let newest: Vec<usize> = (0..lib.articles.len()).rev().take(config.feed_limit).collect();
    let updated = newest
        .first()
        .map(|&i| atom_time(&lib.articles[i].article().front.date))
        .unwrap_or_else(|| "1970-01-01T00:00:00Z".into());
    x.push_str(&format!("<updated>{updated}</updated>\n"));
    for i in newest {
        let n = &lib.articles[i];
        let f = &n.article().front;
        let link = absolute(config, &urls.dir(&n.dir));
        let id = match &config.base_url {
            Some(_) => link.clone(),
            None => format!("urn:gazette:{}", n.dir),
        };
        x.push_str("<entry>\n");
        x.push_str(&format!("<title>{}</title>\n", escape_xml(&f.title)));
        x.push_str(&format!("<id>{}</id>\n<link href=\"{}\"/>\n", escape_xml(&id), escape_xml(&link)));
        x.push_str(&format!("<updated>{}</updated>\n", atom_time(&f.date)));
        if f.reporters.is_empty() {
            x.push_str(&format!(
                "<author><name>{}</name></author>\n",
                escape_xml(f.agency.as_deref().unwrap_or(&config.title))
            ));
        }
        for r in &f.reporters {
            x.push_str(&format!("<author><name>{}</name></author>\n", escape_xml(r)));
        }
        if let Some(s) = &f.section {
            x.push_str(&format!("<category term=\"{}\"/>\n", escape_xml(s)));
        }
        // An article with no text (a headline-only brief) has no summary
        // element: an empty one shows as a blank entry in feed readers.
        if !n.info().summary.is_empty() {
            x.push_str(&format!("<summary>{}</summary>\n", escape_xml(&n.info().summary)));
        }
        x.push_str("</entry>\n");
    }
    x.push_str("</feed>\n");
    OutputFile { path: "feed.xml".into(), bytes: x.into_bytes() }
}

/// `sitemap.xml` of the pages whose folders are `dirs` (as [`Urls::dir`]
/// links them), or past [`SITEMAP_LIMIT`] URLs a sitemap index and
/// `sitemap-N.xml` files. Each URL is written straight
/// into the XML from its folder: made first as strings of their own, the
/// 13,500 URLs of a 10,000-article archive were as many allocations in
/// every build, a +1 day one too.
pub fn sitemaps<S: AsRef<str>>(config: &Config, urls: Urls, dirs: &[S]) -> Vec<OutputFile> {
    let base = config.base_url.as_deref().unwrap_or("");
    let file = |dirs: &[S]| {
        let size: usize = dirs.iter().map(|d| d.as_ref().len() + base.len() + 36).sum();
        let mut x = String::with_capacity(size + 160);
        x.push_str(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
        );
        for d in dirs {
            x.push_str("<url><loc>");
            push_escaped(&mut x, base);
            // The URL is `head` then `tail` (ASCII): escaping and encoding
            // go character by character, so each part can go on its own.
            let (head, tail) = urls.dir_parts(d.as_ref());
            let head = if base.is_empty() { head } else { crate::render::urls::below_base(head) };
            if head.is_ascii() {
                push_escaped(&mut x, head);
            } else {
                push_escaped(&mut x, &percent_encode_non_ascii(head));
            }
            push_escaped(&mut x, tail);
            x.push_str("</loc></url>\n");
        }
        x.push_str("</urlset>\n");
        x.into_bytes()
    };
    if dirs.len() <= SITEMAP_LIMIT {
        return vec![OutputFile { path: "sitemap.xml".into(), bytes: file(dirs) }];
    }
    let mut out = Vec::new();
    let mut index = String::from(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for (k, chunk) in dirs.chunks(SITEMAP_LIMIT).enumerate() {
        let name = format!("sitemap-{}.xml", k + 1);
        index.push_str(&format!("<sitemap><loc>{}</loc></sitemap>\n", escape_xml(&absolute(config, &name))));
        out.push(OutputFile { path: name, bytes: file(chunk) });
    }
    index.push_str("</sitemapindex>\n");
    out.push(OutputFile { path: "sitemap.xml".into(), bytes: index.into_bytes() });
    out
}

pub fn robots(config: &Config) -> OutputFile {
    let mut s = String::from("User-agent: *\nAllow: /\n");
    if let Some(b) = &config.base_url {
        s.push_str(&format!("Sitemap: {b}sitemap.xml\n"));
    }
    OutputFile { path: "robots.txt".into(), bytes: s.into_bytes() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atom_times_have_a_zone_and_upper_case_letters() {
        let at = |dt: Option<&str>| {
            let date = crate::content::Date::parse(dt.unwrap_or("2026-02-11")).unwrap();
            atom_time(&crate::content::DateField { date, datetime: dt.map(String::from) })
        };
        // A bare date is midnight UTC, a local time UTC; a zone is kept.
        assert_eq!(at(None), "2026-02-11T00:00:00Z");
        assert_eq!(at(Some("2026-02-11t08:00:00.5")), "2026-02-11T08:00:00.5Z");
        assert_eq!(at(Some("2026-02-11 08:00+0800")), "2026-02-11T08:00:00+08:00");
    }

    const EXPLICIT: Urls = Urls { mode: crate::config::LinkMode::Explicit };

    /// Each page's URL as `Urls::dir` makes it, made absolute and escaped.
    #[test]
    fn sitemap_urls_are_the_pages_links() {
        for (yaml, base) in [("title: t\nbase_url: https://x.org/a/\n", "https://x.org/a/"), ("title: t\n", "")] {
            let cfg = Config::parse(std::path::Path::new("site.yaml"), yaml).unwrap();
            for mode in [crate::config::LinkMode::Explicit, crate::config::LinkMode::Pretty] {
                let urls = Urls { mode };
                let dirs = ["", "2026", "sections/a&b/page/2", "reporters/张三"];
                let text = String::from_utf8(sitemaps(&cfg, urls, &dirs)[0].bytes.clone()).unwrap();
                let locs: Vec<&str> = text.split("<loc>").skip(1).map(|l| l.split("</loc>").next().unwrap()).collect();
                let want: Vec<String> = dirs
                    .iter()
                    .map(|d| {
                        let u = urls.dir(d);
                        let u = if base.is_empty() { u.as_str() } else { crate::render::urls::below_base(&u) };
                        escape_xml(&format!("{base}{}", percent_encode_non_ascii(u)))
                    })
                    .collect();
                assert_eq!(locs, want, "{mode:?} {base:?}");
            }
        }
    }

    #[test]
    fn sitemap_splits_past_the_limit() {
        let cfg = Config::parse(std::path::Path::new("site.yaml"), "title: t\nbase_url: https://x.org/a\n").unwrap();
        let dirs: Vec<String> = (0..SITEMAP_LIMIT + 1).map(|i| format!("p{i}")).collect();
        let files = sitemaps(&cfg, EXPLICIT, &dirs);
        assert_eq!(files.len(), 3);
        let index = String::from_utf8(files[2].bytes.clone()).unwrap();
        assert!(index.contains("<sitemapindex") && index.contains("https://x.org/a/sitemap-2.xml"));
        assert_eq!(sitemaps(&cfg, EXPLICIT, &dirs[..10]).len(), 1);
    }

    #[test]
    fn xml_escaping() {
        assert_eq!(escape_xml("a<b&\"c\u{1}"), "a&lt;b&amp;&quot;c");
        assert_eq!(escape_xml("tags/a'b/index.html"), "tags/a&apos;b/index.html");
        assert_eq!(escape_xml("2026/02/11/index.html"), "2026/02/11/index.html");
    }

    #[test]
    fn sitemap_urls_are_absolute_and_escaped() {
        let cfg = Config::parse(std::path::Path::new("site.yaml"), "title: t\nbase_url: https://x.org/a&b/\n").unwrap();
        let files = sitemaps(&cfg, EXPLICIT, &["x<y"]);
        let text = String::from_utf8(files[0].bytes.clone()).unwrap();
        assert!(text.contains("<url><loc>https://x.org/a&amp;b/x&lt;y/index.html</loc></url>\n"), "{text}");
        let files = sitemaps(&cfg, EXPLICIT, &["2026/02/11/café"]);
        let text = String::from_utf8(files[0].bytes.clone()).unwrap();
        assert!(text.contains("<loc>https://x.org/a&amp;b/2026/02/11/caf%C3%A9/index.html</loc>"), "{text}");
    }
}
