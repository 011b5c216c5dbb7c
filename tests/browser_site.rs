//! The built sample in headless Chromium over file:// (issue 2): from the home
//! page a reader follows links to an issue, an article, a reporter page and
//! back home, and every page renders with no console errors. The search page
//! of the built site answers a query from its `?q=` link.

mod common {
    pub mod browser;
}
mod sitetest;

use common::browser::{StaticServer, chromium, dump_dom, file_url};
use sitetest::links;
use std::path::{Path, PathBuf};

/// Loads `page` and returns its DOM, failing on console errors.
fn visit(page: &Path) -> String {
    let (dom, errors) = dump_dom(&file_url(page)).unwrap_or_else(|e| panic!("{}: {e}", page.display()));
    assert!(errors.is_empty(), "{}: console errors {errors:?}", page.display());
    assert!(dom.contains("</main>"), "{} did not render", page.display());
    dom
}

/// The first link in `dom` whose target matches `pred`, resolved against `page`.
fn follow(page: &Path, dom: &str, pred: impl Fn(&str) -> bool) -> PathBuf {
    let link = links(dom).into_iter().find(|l| pred(l)).unwrap_or_else(|| panic!("no such link on {}", page.display()));
    let target = page.parent().unwrap().join(link.split('#').next().unwrap());
    target.canonicalize().unwrap_or_else(|e| panic!("{link} from {}: {e}", page.display()))
}

fn build_sample() -> (tempfile::TempDir, PathBuf) {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    let mut o = gazette::site::BuildOptions::new(repo);
    o.out = dir.path().join("site");
    gazette::site::build(&o).unwrap();
    let out = o.out.canonicalize().unwrap();
    (dir, out)
}

#[test]
fn a_reader_browses_the_sample_from_disk() {
    if chromium().is_none() {
        return;
    }
    let (_dir, out) = build_sample();
    let home = out.join("index.html");
    let dom = visit(&home);
    let issue = follow(&home, &dom, |l| l.ends_with("/11/index.html") && l.starts_with("2026/02/"));
    let dom = visit(&issue);
    assert!(dom.contains("淇县西岗镇"), "issue lists its articles");
    let article = follow(&issue, &dom, |l| l.contains("02-06/index.html"));
    let dom = visit(&article);
    assert!(dom.contains("朱迪") && dom.contains("李冯鑫"), "reporter and contributors shown");
    let reporter = follow(&article, &dom, |l| l.contains("reporters/zhu-di/"));
    let dom = visit(&reporter);
    assert!(dom.contains("村晚"), "reporter page lists the article");
    let back = follow(&reporter, &dom, |l| l.ends_with("index.html") && l.trim_start_matches("../").eq("index.html"));
    assert_eq!(back, home.canonicalize().unwrap());
    visit(&back);
}

#[test]
fn the_built_search_page_answers_a_query_link_from_disk() {
    if chromium().is_none() {
        return;
    }
    let (_dir, out) = build_sample();
    let url = format!("{}?q={}", file_url(&out.join("search/index.html")), "%E6%9D%91%E6%99%9A");
    let (dom, errors) = dump_dom(&url).unwrap();
    assert!(errors.is_empty(), "console errors {errors:?}");
    assert!(dom.contains("<mark>"), "hits are marked");
    assert!(dom.contains("淇县西岗镇"), "the 村晚 article is found");
    // Each result takes the direction of its own text (issue 2: right-to-left papers).
    assert!(dom.contains("<li class=\"search-result\" dir=\"auto\">"), "{dom}");
    // The form's date range comes from the link, and narrows the results.
    let (dom, errors) = dump_dom(&format!("{url}&to=2025-12-31")).unwrap();
    assert!(errors.is_empty(), "console errors {errors:?}");
    assert!(dom.contains("id=\"search-to\"") && !dom.contains("淇县西岗镇"), "{dom}");
    let (dom, _) = dump_dom(&format!("{url}&from=2026-02-11&to=2026-02-11")).unwrap();
    assert!(dom.contains("淇县西岗镇"), "the range holds the article's date: {dom}");
}

/// The search page's links to more results have names a screen reader can
/// say, in the site's language (they were the arrows alone), and its other
/// names are in that language too.
#[test]
fn issue2_search_page_links_and_landmarks_are_named_in_the_sites_language() {
    if chromium().is_none() {
        return;
    }
    let s = sitetest::SiteTest::new("title: 测试日报\nlanguage: zh-CN\n");
    for i in 1..=12 {
        s.article(&format!("a/{i:02}.md"), &format!("村晚第{i}场"), "2026-02-11", &format!("page: {i}\n"));
    }
    s.build().unwrap();
    let page = s.out().join("search/index.html");
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.contains("<noscript><p>搜索需要在浏览器中启用 JavaScript。</p></noscript>"), "{html}");
    assert!(html.contains("aria-label=\"分页\"") && html.contains("aria-label=\"年份\""), "{html}");
    let (dom, errors) = dump_dom(&format!("{}?q=%E6%9D%91%E6%99%9A", file_url(&page))).unwrap();
    assert!(errors.is_empty(), "console errors {errors:?}");
    assert!(dom.contains("共 12 条结果"), "{dom}");
    assert!(dom.contains("aria-label=\"下一页\"") && !dom.contains("aria-label=\"上一页\""), "{dom}");
    let (dom, _) = dump_dom(&format!("{}?q=%E6%9D%91%E6%99%9A&page=2", file_url(&page))).unwrap();
    assert!(dom.contains("aria-label=\"上一页\"") && !dom.contains("aria-label=\"下一页\""), "{dom}");
    let article = std::fs::read_to_string(s.out().join("2026/02/11/01-01/index.html")).unwrap();
    assert!(article.contains("aria-label=\"当前位置\""), "{article}");
}

/// The `<base>` the 404 page's root finder set, from its DOM.
fn base_href(dom: &str) -> Option<&str> {
    let tag = "<base href=\"";
    // (The script that writes it has the same text, followed by a quote.)
    dom.match_indices(tag).filter_map(|(at, _)| dom[at + tag.len()..].split('"').next()).find(|h| !h.starts_with('\''))
}

#[test]
fn issue2_the_404_page_finds_the_site_root_in_a_sub_folder_without_base_url() {
    if chromium().is_none() {
        return;
    }
    // The sample has no base_url; the host serves it under /paper/ and
    // answers every missing URL with its 404.html, at that URL's own path.
    let (dir, out) = build_sample();
    let www = dir.path().join("www");
    std::fs::create_dir_all(&www).unwrap();
    std::fs::rename(&out, www.join("paper")).unwrap();
    let server = StaticServer::serve_with_not_found(&www, Some(www.join("paper/404.html"))).unwrap();
    // Below one of the site's folders (a mistyped article): found from the path.
    let (dom, errors) = dump_dom(&server.url("paper/2026/02/11/99-99/index.html")).unwrap();
    assert!(errors.is_empty(), "console errors {errors:?}");
    assert_eq!(base_href(&dom), Some("/paper/"), "{dom}");
    // Nothing in the path says where the site starts: the deepest folder
    // holding its sitemap is the root.
    let (dom, _) = dump_dom(&server.url("paper/no/such/page.html")).unwrap();
    assert_eq!(base_href(&dom), Some("/paper/"), "{dom}");
    // Every link of the page then leads into the site.
    let home = links(&dom).into_iter().find(|l| l.ends_with("index.html")).expect("a link home");
    let page = http_get(server.port, &format!("/paper/{home}"));
    assert!(page.starts_with("HTTP/1.1 200"), "{home}: {page:.80}");
}

/// A GET of `path` on 127.0.0.1:`port`: the response's status line and headers.
fn http_get(port: u16, path: &str) -> String {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(s, "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    out
}
