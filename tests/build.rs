//! Integration tests of `gazette build` (issue 2): each case builds its own tiny site.

mod sitetest;

use gazette::config::LinkMode;
use sitetest::{SiteTest, assert_output_is_full_builds, check_links, site_snapshot, snapshot};

const SITE: &str = "title: 测试日报\nlanguage: zh-CN\nper_page: 3\n";

fn art(i: usize) -> (String, String) {
    (format!("a/{i:03}.md"), format!("标题{i}"))
}

#[test]
fn page_kinds_exist_with_their_content() {
    let s = SiteTest::new(SITE);
    s.article("a/1.md", "村晚舞台", "2026-02-11", "page: 2\nsection: 要闻\nreporters: [朱迪]\ncontributors: [李冯鑫]\ntopic: 文化\ntags: [村晚]\nagency: 本报\ndateline: {place: 淇县, date: 2026-02-10}\nsubtitle: 副题\nkicker: 栏目\n");
    s.article("a/2.md", "第二篇", "2026-02-11", "page: 2\nsection: 要闻\nreporters: [朱迪]\ntags: [村晚]\n");
    s.article("a/3.md", "头版", "2026-02-10", "page: 1\nsection: 头版\n");
    let r = s.build().unwrap();
    assert_eq!(r.articles, 3);
    let a = s.read("2026/02/11/02-01/index.html");
    for needle in [
        "村晚舞台",
        "副题",
        "栏目",
        "朱迪",
        "李冯鑫",
        "淇县",
        "2026-02-10",
        "本报",
        "NewsArticle",
        "\"printPage\":\"2\"",
        "\"dateline\":\"淇县 2026-02-10\"",
        "lang=\"zh-CN\"",
        "第2版",
    ] {
        assert!(a.contains(needle), "article page lacks {needle}");
    }
    // prev/next within the issue
    assert!(a.contains("02-02/index.html"), "next link");
    let issue = s.read("2026/02/11/index.html");
    assert!(issue.contains("村晚舞台") && issue.contains("第二篇") && issue.contains("id=\"p02\""));
    assert!(s.read("2026/index.html").contains("02/11/index.html"));
    assert!(s.read("2026/02/index.html").contains("11/index.html"));
    assert!(s.read("index.html").contains("2026/02/11/index.html"));
    assert!(s.read("reporters/zhu-di/index.html").contains("第二篇"));
    assert!(s.read("reporters/index.html").contains("zhu-di/index.html"));
    assert!(s.read("sections/yao-wen/index.html").contains("村晚舞台"));
    // 文化 is one of the built-in topics, with the slug `culture`.
    assert!(s.read("topics/culture/index.html").contains("村晚舞台"));
    assert!(s.read("tags/cun-wan/index.html").contains("第二篇"));
    for f in ["search/index.html", "404.html", "feed.xml", "sitemap.xml", "robots.txt", "assets/style.css"] {
        assert!(s.exists(f), "{f}");
    }
    assert!(s.read("feed.xml").contains("<title>村晚舞台</title>"));
    assert!(check_links(&s.out(), false).is_empty(), "{:?}", check_links(&s.out(), false));
}

#[test]
fn pagination_boundaries() {
    // per_page is 3: a tag on 0 (absent), 1, 3, 5 and 6 articles. The first
    // page holds 3 to 5 of them: page/2 begins when two pages are full.
    for (n, pages) in [(1usize, 1usize), (3, 1), (5, 1), (6, 2)] {
        let s = SiteTest::new(SITE);
        for i in 0..n {
            let (rel, title) = art(i);
            s.article(&rel, &title, &format!("2026-01-{:02}", i + 1), "tags: [标签]\n");
        }
        s.article("b.md", "无标签", "2025-12-01", "");
        s.build().unwrap();
        assert!(s.exists("tags/biao-qian/index.html"));
        assert_eq!(s.exists("tags/biao-qian/page/2/index.html"), pages == 2, "n={n}");
        assert!(!s.exists("tags/biao-qian/page/3/index.html"));
        let first = s.read("tags/biao-qian/index.html");
        assert_eq!(first.matches("class=\"item-title\"").count(), n - 3 * (pages - 1), "n={n}");
        if pages == 2 {
            let second = s.read("tags/biao-qian/page/2/index.html");
            assert_eq!(second.matches("class=\"item-title\"").count(), 3);
            assert!(first.contains("page/2/index.html") && second.contains("biao-qian/index.html"));
        }
        // Home pages its issues (n + 1 of them) as lists page articles.
        assert_eq!(s.exists("page/2/index.html"), n + 1 >= 6, "n={n}");
    }
    // Zero articles: the home page, search and 404 still exist.
    let s = SiteTest::new(SITE);
    s.build().unwrap();
    assert!(s.exists("index.html") && s.exists("404.html") && s.exists("tags/index.html"));
    assert!(!s.exists("page/2/index.html"));
}

/// Issue 5: the home page shows the newest issue's leads with their
/// summaries and every other issue as a list of lead headlines, on page 1
/// and after it (so the pages a new day shifts stay light).
#[test]
fn issue5_home_cards_are_headlines_but_for_the_newest_issue() {
    let s = SiteTest::new(SITE);
    for d in 1..=7 {
        s.article(&format!("a/{d}.md"), &format!("第{d}天头条"), &format!("2026-01-{d:02}"), "section: 要闻\n");
    }
    s.build().unwrap();
    let first = s.read("index.html");
    let newest = first.split("class=\"issue-card\"").nth(1).unwrap();
    let older = first.split("class=\"issue-card\"").nth(2).unwrap();
    assert!(
        newest.contains("第7天头条") && newest.contains("class=\"item-summary\"") && newest.contains("第7天头条的正文")
    );
    assert!(older.contains("第6天头条") && older.contains("class=\"leads\"") && !older.contains("item-summary"));
    assert!(older.contains("2026/01/06/00-01/index.html"), "a headline links to its article");
    let second = s.read("page/2/index.html");
    assert!(second.contains("第1天头条") && !second.contains("item-summary"));
    assert!(check_links(&s.out(), false).is_empty());
}

/// Issue 5: a term list's pages after the first are full pages counted
/// from the oldest and the first page takes the rest, so adding newer
/// articles leaves older pages byte for byte (and an incremental build need
/// not render them again) until the newest fill a page of their own.
#[test]
fn issue5_list_pages_keep_their_articles_as_the_list_grows() {
    let s = SiteTest::new(SITE);
    let titles = |html: &str| -> Vec<String> {
        let items = html.split("class=\"item-title\"><a href=\"").skip(1);
        items.filter_map(|x| x.split(['<', '>']).nth(1)).map(String::from).collect()
    };
    let add = |range: std::ops::Range<usize>| {
        for i in range {
            let (rel, title) = art(i);
            s.article(&rel, &title, &format!("2026-01-{:02}", i + 1), "tags: [标签]\n");
        }
    };
    let page = |n: usize| {
        s.read(&format!("tags/biao-qian/{}index.html", if n == 1 { String::new() } else { format!("page/{n}/") }))
    };
    // per_page 3, 17 articles, 标题0 the oldest: four full pages from the
    // oldest (page/2 = 2 1 0, ..., page/5 = 11 10 9) and the newest five on
    // the first page.
    add(0..17);
    s.build().unwrap();
    assert_eq!(titles(&page(1)), ["标题16", "标题15", "标题14", "标题13", "标题12"]);
    assert_eq!(titles(&page(2)), ["标题2", "标题1", "标题0"]);
    assert_eq!(titles(&page(5)), ["标题11", "标题10", "标题9"]);
    assert!(!s.exists("tags/biao-qian/page/6/index.html"));
    // Reading order 1 → 5 → 4 ... → 2 by the "older" links, back by "newer".
    let link = |rel: &str, to: &str| format!("rel=\"{rel}\" href=\"../../../../tags/biao-qian/{to}index.html\"");
    assert!(page(1).contains("rel=\"next\" href=\"../../tags/biao-qian/page/5/index.html\""));
    assert!(page(5).contains(&link("next", "page/4/")) && page(5).contains(&link("prev", "")));
    assert!(page(2).contains(&link("prev", "page/3/")) && !page(2).contains("rel=\"next\""));
    let (oldest, before) = (page(2), titles(&page(3)));
    // Two newer articles: the three oldest of the first page fill page/6
    // (the pager links of the pages near it change), older pages keep their
    // bytes.
    add(17..19);
    s.build().unwrap();
    assert_eq!(page(2), oldest);
    assert_eq!(titles(&page(3)), before);
    assert_eq!(titles(&page(1)), ["标题18", "标题17", "标题16", "标题15"]);
    assert_eq!(titles(&page(6)), ["标题14", "标题13", "标题12"]);
    // One more that fills no page: only the first page changes.
    let older: Vec<String> = (2..=6).map(page).collect();
    add(19..20);
    s.build().unwrap();
    assert_eq!(titles(&page(1)), ["标题19", "标题18", "标题17", "标题16", "标题15"]);
    assert_eq!((2..=6).map(page).collect::<Vec<_>>(), older);
    assert!(!s.exists("tags/biao-qian/page/7/index.html"));
}

/// Issue 5: the home page pages its issues as term lists page articles
/// (see above), and shows the sections' counts on its first page only, so a
/// new day leaves every home page but the first byte for byte.
#[test]
fn issue5_home_pages_keep_their_issues_as_days_are_added() {
    let s = SiteTest::new(SITE);
    let add = |days: std::ops::Range<usize>| {
        for d in days {
            s.article(&format!("a/{d}.md"), &format!("第{d}天头条"), &format!("2026-01-{d:02}"), "section: 要闻\n");
        }
    };
    let cards = |html: &str| html.matches("class=\"issue-card\"").count();
    // Eight days, per_page 3: page/2 holds days 1-3, the first page days 4-8.
    add(1..9);
    s.build().unwrap();
    let (first, second) = (s.read("index.html"), s.read("page/2/index.html"));
    assert_eq!((cards(&first), cards(&second)), (5, 3));
    assert!(second.contains("第1天头条") && second.contains("第3天头条") && !second.contains("第4天头条"));
    assert!(first.contains("<span class=\"count\">8</span>") && !second.contains("class=\"count\""));
    assert!(first.contains("rel=\"next\" href=\"page/2/index.html\""));
    // A ninth day fills page/3 with days 4-6 (page/2's pager now links it,
    // its issues are the same); a tenth changes the first page only.
    add(9..10);
    s.build().unwrap();
    let (second_now, third) = (s.read("page/2/index.html"), s.read("page/3/index.html"));
    assert_eq!(second_now.split("<nav").next(), second.split("<nav").next());
    assert!(third.contains("第4天头条") && third.contains("第6天头条") && !third.contains("第7天头条"));
    assert_eq!(cards(&s.read("index.html")), 3);
    add(10..11);
    s.build().unwrap();
    assert_eq!((s.read("page/2/index.html"), s.read("page/3/index.html")), (second_now, third));
    assert_eq!(cards(&s.read("index.html")), 4);
    assert!(check_links(&s.out(), false).is_empty());
}

#[test]
fn a_topic_none_of_the_sites_is_a_warning_at_its_line() {
    let s = SiteTest::new(SITE);
    s.article("a.md", "一", "2026-02-11", "topic: 文化\n");
    s.article("b.md", "二", "2026-02-11", "topic: 足球联赛\n");
    let warnings: Vec<String> = s.build().unwrap().diagnostics.iter().map(|d| d.to_string()).collect();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].starts_with("content/b.md:4:8: warning: "), "{warnings:?}");
    assert!(warnings[0].contains("topic `足球联赛` is none of site.yaml's topics (时政, "), "{warnings:?}");
    // Still built: a new topic is a choice the site may make.
    assert!(s.exists("topics/index.html"));
    let check = gazette::site::check(s.root()).unwrap();
    assert_eq!(check.diagnostics.len(), 1);
}

/// Every article naming a topic site.yaml does not list gets its warning,
/// in the articles' order (date first), a name padded with spaces too.
#[test]
fn topics_none_of_the_sites_are_warned_of_in_article_order() {
    let s = SiteTest::new(SITE);
    s.article("a.md", "一", "2026-02-12", "topic: 足球联赛\n");
    s.article("b.md", "二", "2026-02-11", "topic: \" 围棋 \"\n");
    s.article("c.md", "三", "2026-02-10", "topic: 足球联赛\n");
    s.article("d.md", "四", "2026-02-10", "topic: 文化\n");
    let warnings: Vec<String> = s.build().unwrap().diagnostics.iter().map(|d| d.to_string()).collect();
    let got: Vec<(&str, &str)> =
        warnings.iter().map(|w| (w.split(':').next().unwrap(), w.split('`').nth(1).unwrap_or(""))).collect();
    assert_eq!(
        got,
        [("content/c.md", "足球联赛"), ("content/b.md", "围棋"), ("content/a.md", "足球联赛")],
        "{warnings:?}"
    );
}

#[test]
fn the_404_page_links_absolutely_when_the_site_knows_its_address() {
    let s = SiteTest::new(SITE);
    s.article("a.md", "一", "2026-02-11", "");
    s.build().unwrap();
    assert!(s.read("404.html").contains("href=\"assets/style.css\""));
    // Served at any missing URL's path: links from the site's address.
    s.file("../site.yaml", &format!("{SITE}base_url: https://example.org/archive\n"));
    s.build().unwrap();
    let page = s.read("404.html");
    assert!(page.contains("href=\"https://example.org/archive/assets/style.css\""), "{page}");
    assert!(page.contains("href=\"https://example.org/archive/index.html\""), "{page}");
    // Other pages stay relative.
    assert!(s.read("index.html").contains("href=\"assets/style.css\""));
}

#[test]
fn the_feeds_own_id_is_an_iri_escaped_once() {
    let s = SiteTest::new("title: A & B 日报\nlanguage: zh-CN\n");
    s.article("a.md", "一", "2026-02-11", "");
    s.build().unwrap();
    let feed = s.read("feed.xml");
    assert!(feed.contains("<id>urn:gazette:A%20&amp;%20B%20日报</id>"), "{feed}");
}

#[test]
fn slug_collisions_get_distinct_stable_urls() {
    let s = SiteTest::new(SITE);
    s.article("a.md", "一", "2026-02-11", "reporters: [视唱]\ntags: [市场]\n");
    s.article("b.md", "二", "2026-02-11", "reporters: [市场]\n");
    s.article("c.md", "三", "2026-02-11", "tags: [视唱, 市场]\n");
    s.build().unwrap();
    let rep = snapshot(&s.out().join("reporters"));
    let reporter_dirs: Vec<&String> = rep.keys().filter(|k| k.ends_with("/index.html")).collect();
    assert_eq!(reporter_dirs.len(), 2, "{reporter_dirs:?}");
    assert!(reporter_dirs.iter().any(|d| d.as_str() == "shi-chang/index.html"), "{reporter_dirs:?}");
    assert!(reporter_dirs.iter().any(|d| d.starts_with("shi-chang-")), "{reporter_dirs:?}");
    let first = snapshot(&s.out());
    s.build().unwrap();
    assert_eq!(first.keys().collect::<Vec<_>>(), snapshot(&s.out()).keys().collect::<Vec<_>>());
    assert!(first.keys().all(|k| k.is_ascii()), "all URLs ASCII");
}

#[test]
fn both_link_modes() {
    let s = SiteTest::new(SITE);
    s.article("a.md", "一", "2026-02-11", "page: 1\nreporters: [朱迪]\n");
    s.build_with(LinkMode::Explicit).unwrap();
    let home = s.read("index.html");
    assert!(home.contains("href=\"2026/02/11/index.html\""), "{home}");
    assert!(check_links(&s.out(), false).is_empty(), "{:?}", check_links(&s.out(), false));
    s.build_with(LinkMode::Pretty).unwrap();
    let home = s.read("index.html");
    assert!(home.contains("href=\"2026/02/11/\"") && !home.contains("2026/02/11/index.html"), "{home}");
    let art = s.read("2026/02/11/01-01/index.html");
    assert!(art.contains("../../../../reporters/zhu-di/"), "relative links");
    assert!(check_links(&s.out(), true).is_empty(), "{:?}", check_links(&s.out(), true));
}

#[test]
fn builds_are_deterministic() {
    let s = SiteTest::new("title: t\n");
    for i in 0..20 {
        s.article(
            &format!("x/{i}.md"),
            &format!("题{i}"),
            &format!("2026-01-{:02}", i % 5 + 1),
            &format!("tags: [甲, 乙{}]\nreporters: [记者{}]\n", i % 3, i % 4),
        );
    }
    s.build().unwrap();
    let a = site_snapshot(&s.out());
    s.build().unwrap();
    assert!(a == site_snapshot(&s.out()), "two builds differ");
}

#[test]
fn a_failed_build_leaves_the_old_output_untouched() {
    let s = SiteTest::new(SITE);
    s.article("a.md", "好文章", "2026-02-11", "");
    s.build().unwrap();
    let before = snapshot(&s.out());
    s.file("bad.md", "---\ntitle: 坏文章\ndate: 2026-02-30\n---\n正文\n");
    s.file("typo.md", "---\ntitle: 拼写\ndate: 2026-02-11\nreporter: [x]\n---\n正文\n");
    let err = s.build().unwrap_err();
    let diags = err.diagnostics();
    assert_eq!(diags.len(), 2, "all errors reported: {err}");
    assert!(diags.iter().any(|d| d.path.ends_with("bad.md") && d.line == 3), "{err}");
    assert!(diags.iter().any(|d| d.path.ends_with("typo.md") && d.line == 4), "{err}");
    assert!(before == snapshot(&s.out()), "output changed after a failed build");
    // No staging folder left beside it.
    assert!(s.staging_leftovers().is_empty());
}

#[test]
fn raw_html_is_escaped_unless_allowed() {
    let s = SiteTest::new(SITE);
    s.file("a.md", "---\ntitle: t\ndate: 2026-02-11\n---\n\n<script>alert(1)</script>\n\n文字<b>粗</b>\n");
    s.build().unwrap();
    let html = s.read("2026/02/11/00-01/index.html");
    assert!(!html.contains("<script>alert"), "{html}");
    // Minifiers may write the entity as `&LT` (a legal legacy form); either way it is text.
    let lower = html.to_lowercase();
    assert!(lower.contains("&lt;script") || lower.contains("&ltscript"), "{html}");
    let s2 = SiteTest::new(&format!("{SITE}allow_html: true\n"));
    s2.file("a.md", "---\ntitle: t\ndate: 2026-02-11\n---\n\n文字<b>粗</b>\n");
    s2.build().unwrap();
    assert!(s2.read("2026/02/11/00-01/index.html").contains("<b>粗</b>"));
}

#[test]
fn values_cannot_escape_the_output_folder() {
    let s = SiteTest::new(SITE);
    s.article("a.md", "t", "2026-02-11", "slug: ../../evil\n");
    let err = s.build().unwrap_err();
    assert!(err.to_string().contains("a.md:4"), "{err}");
    assert!(!s.root().join("evil").exists());
}

#[test]
fn refuses_to_replace_a_folder_it_did_not_make() {
    let s = SiteTest::new(SITE);
    std::fs::create_dir_all(s.out()).unwrap();
    std::fs::write(s.out().join("precious.txt"), "keep").unwrap();
    assert!(s.build().is_err());
    assert_eq!(std::fs::read_to_string(s.out().join("precious.txt")).unwrap(), "keep");
}

#[test]
fn template_errors_name_the_file() {
    let s = SiteTest::new(SITE);
    s.article("a.md", "t", "2026-02-11", "");
    gazette::theme::write_default_theme(&s.root().join("themes/default")).unwrap();
    std::fs::write(
        s.root().join("themes/default/templates/404.html"),
        "{% extends \"base.html\" %}{% block content %}{{ oops( }}{% endblock content %}",
    )
    .unwrap();
    let err = s.build().unwrap_err();
    assert!(err.to_string().contains("404.html"), "{err}");
}

#[test]
fn the_sample_archive_builds_with_working_links() {
    let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    let mut o = gazette::site::BuildOptions::new(repo);
    o.out = dir.path().join("out");
    gazette::site::build(&o).unwrap();
    assert!(o.out.join("index.html").exists());
    let problems = check_links(&o.out, false);
    assert!(problems.is_empty(), "{problems:?}");
}

#[test]
fn cli_build_and_check() {
    let s = SiteTest::new(SITE);
    s.article("a.md", "t", "2026-02-11", "");
    let bin = env!("CARGO_BIN_EXE_gazette");
    let out = std::process::Command::new(bin).args(["check", "--root"]).arg(s.root()).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(!s.out().exists(), "check writes nothing");
    let out = std::process::Command::new(bin).args(["build", "--root"]).arg(s.root()).output().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("1 article, "));
    s.file("bad.md", "---\ntitle: x\n---\n");
    let out = std::process::Command::new(bin).args(["build", "--root"]).arg(s.root()).output().unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad.md:") && err.contains("date"), "{err}");
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("new");
    assert!(std::process::Command::new(bin).arg("init").arg(&site).status().unwrap().success());
    let out = std::process::Command::new(bin).args(["build", "--root"]).arg(&site).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(site.join("output/2026/02/11/01-01/index.html").exists());
}

#[test]
fn a_generated_1000_article_archive_has_no_broken_links() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    assert_eq!(gazette::corpus::generate(&site, 1000, 7).unwrap(), 1000);
    let report = gazette::site::build(&gazette::site::BuildOptions::new(&site)).unwrap();
    assert_eq!(report.articles, 1000);
    let problems = check_links(&site.join("output"), false);
    assert!(problems.is_empty(), "{} broken links, e.g. {:?}", problems.len(), &problems[..problems.len().min(5)]);
}

/// Issue 5: the build's own minifier drops layout whitespace but
/// keeps code blocks, scripts and words exactly.
#[test]
fn issue5_minified_pages_keep_code_and_words() {
    let s = SiteTest::new(SITE);
    s.file(
        "a/code.md",
        "---\ntitle: 代码\ndate: 2026-02-11\n---\n\nfirst  word\nsecond\n\n```rust\nfn main() {\n    let  x = 1;\n}\n```\n",
    );
    s.build().unwrap();
    let page = s.read("2026/02/11/00-01/index.html");
    let outside_pre = page.split("<pre").next().unwrap();
    assert!(!outside_pre.contains("\n<") && !outside_pre.contains(">\n"), "{page}");
    assert!(page.contains("first word second"), "{page}");
    assert!(page.contains("\n    <span"), "code indentation kept: {page}");
    let raw = SiteTest::new(&format!("{SITE}minify: false\n"));
    raw.file("a/code.md", "---\ntitle: 代码\ndate: 2026-02-11\n---\n\n正文\n");
    raw.build().unwrap();
    assert!(raw.read("index.html").contains(">\n"));
}

/// The citation line names the print page only when the article has one.
#[test]
fn citation_names_the_page_only_when_known() {
    let s = SiteTest::new(SITE);
    s.article("a/1.md", "有版次", "2026-02-11", "page: 2\n");
    s.article("a/2.md", "无版次", "2026-02-12", "");
    s.build().unwrap();
    assert!(s.read("2026/02/11/02-01/index.html").contains("《有版次》，测试日报2026年2月11日，第2版。"));
    let no_page = s.read("2026/02/12/00-01/index.html");
    assert!(no_page.contains("《无版次》，测试日报2026年2月12日。") && !no_page.contains("，。"), "{no_page}");
    // Without base_url there is no address to cite: no relative path in its place.
    assert!(!no_page.contains("。2026/02/12"), "{no_page}");
    let web = SiteTest::new(&format!("{SITE}base_url: https://example.org/paper/\n"));
    web.article("a/1.md", "有网址", "2026-02-11", "page: 2\n");
    web.build().unwrap();
    let page = web.read("2026/02/11/02-01/index.html");
    assert!(
        page.contains(
            "《有网址》，测试日报2026年2月11日，第2版。https://example.org/paper/2026/02/11/02-01/index.html"
        ),
        "{page}"
    );
}

/// A folder per day, as an archive of years is laid out: more folders than a
/// process may keep open at once (`ulimit -n` is often 1,024). The walk once
/// held every folder's handle until all files were statted, and such an
/// archive failed with "Too many open files".
#[test]
fn issue5_an_archive_of_more_day_folders_than_open_files_builds() {
    let s = SiteTest::new(SITE);
    let days = 150;
    for d in 0..days {
        let (month, day) = (1 + d / 28, 1 + d % 28);
        let date = format!("2025-{month:02}-{day:02}");
        s.article(&format!("2025/{month:02}/{day:02}/01-01.md"), &format!("第{d}天"), &date, "page: 1\n");
    }
    let bin = env!("CARGO_BIN_EXE_gazette");
    // 64 open files: gazette's own needs, far fewer than the folders.
    let out = std::process::Command::new("sh")
        .args(["-c", "ulimit -n 64 && exec \"$0\" build --root \"$1\""])
        .arg(bin)
        .arg(s.root())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains(&format!("{days} articles")));
}

/// A raw page claimed by an article whose `source:` names it loosely
/// (`3.txt` for `03.txt`, or with `content/` in front) is not imported as
/// well: its articles used to come out twice. The warning names the
/// article's `source:` line and the exact path to write.
#[test]
fn a_loosely_written_source_claims_its_raw_page_with_a_warning() {
    let s = SiteTest::new(SITE);
    s.file("pages/2026-01-05/03.txt", "第3版：综合\n\n\u{3000}\u{3000}村里来了文艺队\n\u{3000}\u{3000}本报记者　张伟\n\u{3000}\u{3000}连日来，文艺工作者走进乡村，送去演出。\n");
    let imported = s.build().unwrap();
    assert_eq!(imported.articles, 1, "the raw page's one article");
    s.article("a.md", "认领的文章", "2026-01-05", "page: 3\nsource: pages/2026-01-05/3.txt\n");
    let r = s.build().unwrap();
    assert_eq!(r.articles, 1, "the Markdown article alone");
    let w: Vec<String> = r.diagnostics.iter().map(|d| d.to_string()).collect();
    assert_eq!(w.len(), 1, "{w:?}");
    assert!(w[0].starts_with("content/a.md:5:1: warning:"), "{}", w[0]);
    assert!(w[0].contains("write `source: pages/2026-01-05/03.txt`"), "{}", w[0]);
    // Written exactly: no warning. Naming no raw page (a note of where it came from): none either.
    for source in ["pages/2026-01-05/03.txt", "e-paper, page 3"] {
        s.article("a.md", "认领的文章", "2026-01-05", &format!("page: 3\nsource: {source}\n"));
        let r = s.build().unwrap();
        assert!(r.diagnostics.is_empty(), "{source}: {:?}", r.diagnostics);
    }
}

/// A jumped story's jump lines are links: `下转第3版` to the part on page 3
/// that says `上接第1版`, and back; a jump with no marked part links to that
/// page of the issue page, and one to a page the issue lacks is plain text.
/// An incremental build that adds the second part relinks the first.
#[test]
fn jump_lines_link_the_parts_of_a_story() {
    let s = SiteTest::new(SITE);
    s.article("a/1.md", "城市更新三年行动启动", "2026-03-01", "page: 1\ncontinued_to: 3\n");
    s.article("a/2.md", "孤立的报道", "2026-03-01", "page: 1\ncontinued_to: 2\n");
    s.article("a/3.md", "另一篇", "2026-03-01", "page: 2\ncontinued_to: 9\n");
    s.build().unwrap();
    let jump = |rel: &str| {
        let html = s.read(rel);
        let at = html.find("class=\"jump\"").or_else(|| html.find("class=jump")).expect("a jump line");
        html[at..at + html[at..].find("</p>").unwrap()].to_string()
    };
    // No part on page 3 yet, and page 3 is not in the issue: plain text.
    assert!(!jump("2026/03/01/01-01/index.html").contains("href"));
    // No part marked on page 2, but page 2 is in the issue: its place there.
    assert!(jump("2026/03/01/01-02/index.html").contains("2026/03/01/index.html#p02"));
    assert!(!jump("2026/03/01/02-01/index.html").contains("href"));

    s.article("a/4.md", "城市更新", "2026-03-01", "page: 3\ncontinued_from: 1\n");
    s.build().unwrap();
    assert!(jump("2026/03/01/01-01/index.html").contains("2026/03/01/03-01/index.html"));
    assert!(jump("2026/03/01/03-01/index.html").contains("2026/03/01/01-01/index.html"));
    assert!(check_links(&s.out(), false).is_empty(), "{:?}", check_links(&s.out(), false));
    assert_output_is_full_builds(&s, "the second part added");
}

/// Photos and PDFs beside an article are copied into `media/` and its links
/// lead to them from the article's page, in both link modes; files no
/// article links to stay out of the site; a link to a missing file is a
/// warning at its line. `static/` goes to the root, over the theme's files.
#[test]
fn files_beside_articles_and_static_files_are_published() {
    let s = SiteTest::new(SITE);
    s.file(
        "articles/2026/02/11/01-01.md",
        "---\ntitle: 图片新闻\ndate: 2026-02-11\npage: 1\n---\n\n![现场 1](<photos/现场 1.jpg> \"现场\")\n\n[版面](../../../../pages/2026-02-11/01.pdf#p2)、[别处](https://x.org/a.jpg)\n\n![](gone.png)\n\n![](b.jpg)\n",
    );
    s.file("articles/2026/02/11/photos/现场 1.jpg", "JPEG");
    s.file("articles/2026/02/11/notes.docx", "not for readers");
    s.file("pages/2026-02-11/01.pdf", "PDF");
    s.file("pages/2026-02-11/03.png", "PNG");
    s.file("pages/2026-02-12/01.pdf", "PDF");
    // A photo kept elsewhere and linked in.
    let elsewhere = s.root().join("photos-disk/b.jpg");
    std::fs::create_dir_all(elsewhere.parent().unwrap()).unwrap();
    std::fs::write(&elsewhere, "B").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(&elsewhere, s.root().join("content/articles/2026/02/11/b.jpg")).unwrap();
    for (rel, text) in [("static/favicon.ico", "ICO"), ("static/assets/style.css", "mine"), ("static/.hidden", "x")] {
        let p = s.root().join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
    let report = s.build().unwrap();
    let warnings: Vec<String> = report.diagnostics.iter().map(|d| d.to_string()).collect();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].starts_with("content/articles/2026/02/11/01-01.md:11:"), "{}", warnings[0]);
    assert!(warnings[0].contains("content/articles/2026/02/11/gone.png, which is not there"), "{}", warnings[0]);
    assert_eq!(s.read("media/articles/2026/02/11/photos/现场 1.jpg"), "JPEG");
    assert_eq!(s.read("media/pages/2026-02-11/01.pdf"), "PDF");
    #[cfg(unix)]
    assert_eq!(s.read("media/articles/2026/02/11/b.jpg"), "B", "the file a link in content/ points to");
    assert!(!s.exists("media/articles/2026/02/11/notes.docx"), "no article links to it");
    assert_eq!(s.read("favicon.ico"), "ICO");
    assert_eq!(s.read("assets/style.css"), "mine", "the site's file over the theme's");
    assert!(!s.exists(".hidden"));
    let page = s.read("2026/02/11/01-01/index.html");
    assert!(page.contains("src=\"../../../../media/articles/2026/02/11/photos/%E7%8E%B0%E5%9C%BA%201.jpg\""), "{page}");
    assert!(page.contains("href=\"../../../../media/pages/2026-02-11/01.pdf#p2\""), "{page}");
    assert!(page.contains("href=\"https://x.org/a.jpg\""), "{page}");
    let broken: Vec<String> = check_links(&s.out(), false)
        .into_iter()
        .filter(|p| !p.contains("gone.png") && !p.contains("style.css"))
        .collect();
    assert!(broken.is_empty(), "{broken:#?}");
    // The page's PDF, linked to by the article, is also its facsimile: on the issue page too.
    let issue = s.read("2026/02/11/index.html");
    assert!(issue.contains("href=\"../../../media/pages/2026-02-11/01.pdf\">PDF</a>"), "{issue}");
    // Page 3 has no article, only its scan: the issue lists it (2 printed pages), the
    // home page's card counts it; a day with no articles gets no issue for its scan.
    assert!(issue.contains("id=\"p03\"") && issue.contains("media/pages/2026-02-11/03.png"), "{issue}");
    assert!(issue.contains("2 版面"), "{issue}");
    assert!(s.read("index.html").contains("2 版面"));
    assert!(!s.exists("2026/02/12/index.html"));
    assert!(page.contains("title=\"版面原图\">PDF</a>"), "{page}");
    s.build_with(LinkMode::Pretty).unwrap();
    assert!(s.read("2026/02/11/01-01/index.html").contains("src=\"../../../../media/articles/2026/02/11/photos/"));
}

/// A file in `static/` where the build makes a page or its own files is an
/// error naming it, and the previous output stays.
#[test]
fn a_static_file_in_the_place_of_a_page_is_an_error() {
    let s = SiteTest::new(SITE);
    s.article("a.md", "题", "2026-02-11", "");
    s.build().unwrap();
    let before = snapshot(&s.out());
    for rel in ["static/2026/02/11/index.html", "static/feed.xml", "static/search/x.js"] {
        let p = s.root().join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, "mine").unwrap();
        let err = s.build().unwrap_err().to_string();
        assert!(err.contains(rel), "{rel}: {err}");
        assert_eq!(snapshot(&s.out()), before, "{rel}: the output is as it was");
        std::fs::remove_file(&p).unwrap();
    }
    std::fs::write(s.root().join("static/robots.txt"), "User-agent: *\nDisallow: /\n").unwrap();
    s.build().unwrap();
    assert_eq!(s.read("robots.txt"), "User-agent: *\nDisallow: /\n", "the site's own robots.txt");
}

/// A link to another article's Markdown file leads to that article's page
/// (from disk too); one to a file that is no article is a warning at its line.
#[test]
fn links_to_other_articles_lead_to_their_pages() {
    let s = SiteTest::new(SITE);
    s.file(
        "2026/02/11/01-01.md",
        "---\ntitle: 甲\ndate: 2026-02-11\npage: 1\n---\n\n见[乙文](../12/02-01.md#p3)和[丙文](03-01.md)。\n",
    );
    s.file("2026/02/12/02-01.md", "---\ntitle: 乙\ndate: 2026-02-12\npage: 2\nslug: yi-wen\n---\n\n乙的正文。\n");
    let report = s.build().unwrap();
    let page = s.read("2026/02/11/01-01/index.html");
    assert!(page.contains("href=\"../../../../2026/02/12/yi-wen/index.html#p3\""), "{page}");
    assert!(page.contains("href=\"03-01.md\""), "a link to no article stays as written: {page}");
    let warnings: Vec<String> = report.diagnostics.iter().map(|d| d.to_string()).collect();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].starts_with("content/2026/02/11/01-01.md:7:"), "{}", warnings[0]);
    s.build_with(LinkMode::Pretty).unwrap();
    assert!(s.read("2026/02/11/01-01/index.html").contains("href=\"../../../../2026/02/12/yi-wen/#p3\""));
}

/// With `base_url`, an article's first photo is its link preview image
/// (`og:image`, JSON-LD `image`), at its copy's absolute address; without
/// it only a photo given by its full address can be.
#[test]
fn the_first_photo_is_the_link_preview_image() {
    let s = SiteTest::new("title: 测试日报\nbase_url: https://x.org/news/\n");
    s.file(
        "a/1.md",
        "---\ntitle: 甲\ndate: 2026-02-11\npage: 1\n---\n\n正文。\n\n![现场](img/现场.jpg)\n\n![二](b.jpg)\n",
    );
    s.file("a/img/现场.jpg", "JPEG");
    s.file("a/2.md", "---\ntitle: 乙\ndate: 2026-02-11\npage: 1\n---\n\n正文。\n");
    s.build().unwrap();
    let page = s.read("2026/02/11/01-01/index.html");
    let want = "https://x.org/news/media/a/img/%E7%8E%B0%E5%9C%BA.jpg";
    assert!(page.contains(&format!("<meta property=\"og:image\" content=\"{want}\">")), "{page}");
    assert!(page.contains(&format!("\"image\":\"{want}\"")), "{page}");
    assert!(!s.read("2026/02/11/01-02/index.html").contains("og:image"), "no photo, no preview image");
}

#[test]
fn an_english_article_on_a_chinese_site_is_marked_english() {
    let s = SiteTest::new(SITE);
    s.file(
        "a/1.md",
        "---\ntitle: Council tax to rise\ndate: 2026-02-11\npage: 3\n---\n\nBills will rise by 4.99 per cent from April.\n",
    );
    s.article("a/2.md", "村晚舞台", "2026-02-11", "page: 3\n");
    s.build().unwrap();
    let en = s.read("2026/02/11/03-01/index.html");
    assert!(en.contains("<article class=\"article\" lang=\"en\"") && en.contains("\"inLanguage\":\"en\""), "{en}");
    // The page around it stays in the site's language.
    assert!(en.contains("<html lang=\"zh-CN\""));
    let zh = s.read("2026/02/11/03-02/index.html");
    assert!(zh.contains("<article class=\"article\" lang=\"zh-CN\""), "{zh}");
}

/// The first link of every page skips to its content and says so, in the
/// site's language (it said "home ↓" and went to the content).
#[test]
fn issue2_the_skip_link_says_where_it_leads() {
    let s = SiteTest::new(SITE);
    s.article("a/1.md", "村晚舞台", "2026-02-11", "page: 3\n");
    s.build().unwrap();
    let zh = s.read("2026/02/11/03-01/index.html");
    assert!(zh.contains("<a class=\"skip\" href=\"#main\">跳到正文</a>") && zh.contains("id=\"main\""), "{zh}");
    let en = SiteTest::new(&SITE.replace("language: zh-CN", "language: en"));
    en.article("a/1.md", "Council tax to rise", "2026-02-11", "page: 3\n");
    en.build().unwrap();
    let page = en.read("2026/02/11/03-01/index.html");
    assert!(page.contains("<a class=\"skip\" href=\"#main\">Skip to content</a>"), "{page}");
}

/// An English byline names its writers first (`By Lucia Ferrer · Reuters ·
/// Santiago`); a Chinese one after the agency and dateline, as its lead reads.
#[test]
fn issue2_an_english_byline_names_the_writers_first() {
    let front = "page: 3\nreporters: [Lucia Ferrer]\nagency: Reuters\ndateline: {place: Santiago}\n";
    let en = SiteTest::new(&SITE.replace("language: zh-CN", "language: en"));
    en.article("a/1.md", "Storms cut power", "2026-03-02", front);
    en.build().unwrap();
    let page = en.read("2026/03/02/03-01/index.html");
    let (by, agency, place) = (page.find("Lucia Ferrer</a>"), page.find(">Reuters<"), page.find(">Santiago"));
    assert!(by.is_some() && agency.is_some() && place.is_some(), "{page}");
    assert!(by < agency && agency < place, "{page}");
    let zh = SiteTest::new(SITE);
    zh.article(
        "a/1.md",
        "暴雨致停电",
        "2026-03-02",
        "page: 3\nreporters: [王伟]\nagency: 新华社\ndateline: {place: 北京}\n",
    );
    zh.build().unwrap();
    let page = zh.read("2026/03/02/03-01/index.html");
    let (agency, place, by) = (page.find(">新华社<"), page.find(">北京"), page.find("王伟</a>"));
    assert!(agency.is_some() && agency < place && place < by, "{page}");
}

/// Issue 2: a file named `NN-MM.md` by hand, with no `page:`, is on page NN
/// as its name says (URL `NN-MM`, the issue page's page NN, the citation),
/// while `page:` in its front matter still wins.
#[test]
fn issue2_a_file_named_nn_mm_without_page_is_on_page_nn() {
    let s = SiteTest::new(SITE);
    s.article("articles/2026/02/11/03-01.md", "按文件名", "2026-02-11", "");
    s.article("articles/2026/02/11/04-01.md", "按版次", "2026-02-11", "page: 5\n");
    s.article("articles/2026/02/11/notes.md", "无版次", "2026-02-11", "");
    s.build().unwrap();
    let named = s.read("2026/02/11/03-01/index.html");
    assert!(named.contains("第3版"), "{named}");
    assert!(s.read("2026/02/11/05-01/index.html").contains("按版次"));
    assert!(!s.exists("2026/02/11/04-01/index.html"));
    assert!(s.read("2026/02/11/00-01/index.html").contains("无版次"));
}

/// Issue 2: every navigation landmark has a name, and no two on a page share
/// one: the issue page's list of printed pages was a second "Sections"
/// beside the site's section links, and the previous/next links had none.
#[test]
fn issue2_every_navigation_landmark_has_a_name_of_its_own() {
    for (language, name) in [("zh-CN", "本期版面"), ("zh-TW", "本期版面"), ("en", "Pages in this issue")] {
        let s = SiteTest::new(&format!("title: T\nlanguage: {language}\n"));
        s.article("a/1.md", "One", "2026-02-11", "page: 2\n");
        s.article("a/2.md", "Two", "2026-02-12", "page: 2\n");
        s.build().unwrap();
        for page in ["2026/02/11/index.html", "2026/02/11/02-01/index.html", "2026/index.html"] {
            let html = s.read(page);
            let navs: Vec<&str> = html.split("<nav").skip(1).map(|n| n.split('>').next().unwrap_or("")).collect();
            let labels: Vec<&str> =
                navs.iter().filter_map(|n| n.split("aria-label=\"").nth(1)?.split('"').next()).collect();
            assert_eq!(labels.len(), navs.len(), "a navigation landmark without a name on {page}: {navs:?}");
            let mut unique = labels.clone();
            unique.sort();
            unique.dedup();
            assert_eq!(unique.len(), labels.len(), "two navigation landmarks share a name on {page}: {labels:?}");
            if page == "2026/02/11/index.html" {
                assert!(labels.contains(&name), "{labels:?}");
            }
        }
    }
}

/// Issue 2: an English byline joins its last name with "and" (`By A, B and
/// C`), as papers print it; Chinese keeps `、` throughout.
#[test]
fn issue2_an_english_byline_ends_its_names_with_and() {
    let en = SiteTest::new("title: T\nlanguage: en\n");
    en.article(
        "a/1.md",
        "One",
        "2026-02-11",
        "reporters: [Ann Lee, Bo Chan, Cy Dunn]\ncontributors: [Di Fox, Ed Gray]\n",
    );
    en.article("a/2.md", "Two", "2026-02-12", "reporters: [Ann Lee]\n");
    en.build().unwrap();
    let text = |html: String| {
        let byline = html.split("<p class=\"byline\">").nth(1).unwrap().split("</p>").next().unwrap().to_string();
        let mut plain = String::new();
        let mut tag = false;
        for c in byline.chars() {
            match c {
                '<' => tag = true,
                '>' => tag = false,
                c if !tag => plain.push(c),
                _ => {}
            }
        }
        plain.split_whitespace().collect::<Vec<_>>().join(" ")
    };
    let one = text(en.read("2026/02/11/00-01/index.html"));
    assert!(one.contains("By Ann Lee, Bo Chan and Cy Dunn"), "{one}");
    assert!(one.contains("Di Fox and Ed Gray"), "{one}");
    assert!(text(en.read("2026/02/12/00-01/index.html")).contains("By Ann Lee"));
    let zh = SiteTest::new("title: T\nlanguage: zh-CN\n");
    zh.article("a/1.md", "一", "2026-02-11", "reporters: [甲, 乙, 丙]\n");
    zh.build().unwrap();
    let one = text(zh.read("2026/02/11/00-01/index.html"));
    assert!(one.contains("甲、乙、丙"), "{one}");
}

/// Issue 2: an English citation sets the period inside the quotes and
/// none after a title with its own question mark.
#[test]
fn issue2_an_english_citation_punctuates_its_title_as_english_does() {
    let en = SiteTest::new("title: The Courier\nlanguage: en\n");
    en.article("a/1.md", "Rates rise again", "2026-02-11", "page: 3\n");
    en.article("a/2.md", "Who pays?", "2026-02-12", "");
    en.build().unwrap();
    let one = en.read("2026/02/11/03-01/index.html");
    assert!(one.contains("\u{201C}Rates rise again.\u{201D} The Courier, 2026-02-11, Page 3."), "{one}");
    let two = en.read("2026/02/12/00-01/index.html");
    assert!(two.contains("\u{201C}Who pays?\u{201D} The Courier, 2026-02-12."), "{two}");
}

/// Issue 2: an article with no text has no empty `<summary>` in the feed.
#[test]
fn issue2_the_feed_gives_no_empty_summary() {
    let s = SiteTest::new(SITE);
    s.article("a/1.md", "有正文", "2026-02-11", "");
    s.file("a/2.md", "---\ntitle: 只有标题\ndate: 2026-02-12\n---\n");
    s.build().unwrap();
    let feed = s.read("feed.xml");
    assert!(!feed.contains("<summary></summary>"), "{feed}");
    assert_eq!(feed.matches("<summary>").count(), 1, "{feed}");
}

/// A root that is no folder, and a folder with no site.yaml, are told apart,
/// each naming the folder in full.
#[test]
fn a_missing_root_and_a_missing_site_yaml_name_the_folder() {
    let bin = env!("CARGO_BIN_EXE_gazette");
    let dir = tempfile::tempdir().unwrap();
    let gone = dir.path().join("no-such-site");
    let out = std::process::Command::new(bin).args(["build", "--root"]).arg(&gone).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success() && err.contains(&format!("{}: no such folder", gone.display())), "{err}");
    let out = std::process::Command::new(bin).args(["build", "--root", "."]).current_dir(dir.path()).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    let full = dir.path().canonicalize().unwrap();
    assert!(!out.status.success() && err.contains(&format!("no site.yaml in {}", full.display())), "{err}");
}

/// An output path that is a file is refused before the build, naming it.
#[test]
fn an_output_path_that_is_a_file_is_named() {
    let s = SiteTest::new(SITE);
    s.article("a.md", "t", "2026-02-11", "");
    let file = s.root().join("not-a-folder");
    std::fs::write(&file, "x").unwrap();
    let bin = env!("CARGO_BIN_EXE_gazette");
    let out = std::process::Command::new(bin)
        .args(["build", "--root"])
        .arg(s.root())
        .arg("--out")
        .arg(&file)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success() && err.contains(&format!("{}: error: a file is there", file.display())), "{err}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "x", "the file is left as it was");
}

/// Issue 2: a paper written right to left (Arabic, Hebrew, Persian, Urdu)
/// gets `dir="rtl"` on every page, and an article in a script written the
/// other way from the site's gets its own `dir`; a left-to-right site's
/// pages are as they were (no `dir` at all).
#[test]
fn issue2_a_site_and_an_article_written_right_to_left_get_dir_rtl() {
    let ar = SiteTest::new("title: صحيفة المدينة\nlanguage: ar\n");
    ar.article("a/1.md", "مجلس المدينة يقر الميزانية", "2026-02-11", "page: 2\n");
    ar.article("a/2.md", "Council approves the budget", "2026-02-11", "page: 2\n");
    ar.build().unwrap();
    for page in ["index.html", "2026/02/11/index.html", "2026/02/11/02-01/index.html"] {
        let html = ar.read(page);
        assert!(
            html.contains("<html lang=ar dir=rtl>") || html.contains("<html lang=\"ar\" dir=\"rtl\">"),
            "{page}: {html}"
        );
    }
    let own = ar.read("2026/02/11/02-01/index.html");
    assert!(!own.contains("class=\"article\" lang=\"ar\" dir") && !own.contains("class=article lang=ar dir"), "{own}");
    let english = ar.read("2026/02/11/02-02/index.html");
    assert!(english.contains("dir=\"ltr\"") || english.contains("dir=ltr"), "{english}");
    // The article's own links still lead from its folder to the root.
    assert!(english.contains("../../../../assets/style.css"), "{english}");

    let en = SiteTest::new("title: The Courier\nlanguage: en\n");
    en.article("a/1.md", "Council approves the budget", "2026-02-11", "page: 2\n");
    en.article("a/2.md", "הכנסת אישרה את התקציב", "2026-02-11", "page: 2\n");
    en.build().unwrap();
    let page = en.read("2026/02/11/02-01/index.html");
    assert!(!page.contains("dir="), "a left-to-right site's page gained a dir: {page}");
    let hebrew = en.read("2026/02/11/02-02/index.html");
    assert!(hebrew.contains("dir=\"rtl\"") || hebrew.contains("dir=rtl"), "{hebrew}");
}

/// Lists show an article in another script with its own language and
/// direction, as its page does: the Hebrew story's item on an English
/// site's issue page is set right to left, the English story's on a
/// Chinese site is marked English, and the others are left as the page is.
#[test]
fn issue2_list_items_take_their_own_language_and_direction() {
    let en = SiteTest::new("title: The Courier\nlanguage: en\n");
    en.article("a/1.md", "Council approves the budget", "2026-02-11", "page: 2\n");
    en.article("a/2.md", "הכנסת אישרה את התקציב", "2026-02-11", "page: 2\n");
    en.build().unwrap();
    for page in ["2026/02/11/index.html", "index.html", "2026/02/index.html"] {
        let html = en.read(page);
        let items: Vec<&str> = html.split("<li").skip(1).filter(|li| li.contains("02-0")).collect();
        let hebrew: Vec<&&str> = items.iter().filter(|li| li.contains("הכנסת")).collect();
        let english: Vec<&&str> = items.iter().filter(|li| li.contains("Council")).collect();
        assert!(!hebrew.is_empty() && !english.is_empty(), "{page}: {html}");
        for li in hebrew {
            let tag = li.split('>').next().unwrap_or("");
            assert!(tag.contains("dir=rtl") || tag.contains("dir=\"rtl\""), "{page}: <li{tag}>");
        }
        for li in english {
            let tag = li.split('>').next().unwrap_or("");
            assert!(!tag.contains("dir=") && !tag.contains("lang="), "{page}: <li{tag}>");
        }
    }

    let zh = SiteTest::new("title: 城市日报\nlanguage: zh-CN\n");
    zh.article("a/1.md", "市议会通过预算", "2026-02-11", "page: 2\n");
    zh.file(
        "a/2.md",
        "---\ntitle: Council approves the budget\ndate: 2026-02-11\npage: 2\n---\n\nThe council voted on Monday.\n",
    );
    zh.build().unwrap();
    let issue = zh.read("2026/02/11/index.html");
    let tag = |title: &str| -> String {
        let at = issue.find(title).unwrap_or_else(|| panic!("{title}: {issue}"));
        let li = issue[..at].rfind("<li").expect("an item");
        issue[li..].split('>').next().unwrap_or("").to_string()
    };
    let english = tag("Council approves");
    assert!(english.contains("lang=en") || english.contains("lang=\"en\""), "{english}");
    assert!(!english.contains("dir="), "{english}");
    let chinese = tag("市议会");
    assert!(!chinese.contains("lang=") && !chinese.contains("dir="), "{chinese}");
}
