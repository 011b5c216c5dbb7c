//! Unusual but valid sites: names and titles with markup characters, URLs
//! under a sub-folder, slugs a URL cannot hold. Each case builds its own
//! tiny site and checks what a reader, a host or a crawler would see.

mod sitetest;

use gazette::config::LinkMode;
use sitetest::{SiteTest, check_links, snapshot};

const EN: &str = "title: The Herald\nlanguage: en\nbase_url: https://example.org/news/\n";

fn md(title: &str, date: &str, extra: &str) -> String {
    format!("---\ntitle: {title}\ndate: {date}\n{extra}---\n\nSome text. More text.\n")
}

#[test]
fn pretty_home_page_is_the_base_url_itself_in_sitemap_feed_and_canonical() {
    let s = SiteTest::new(EN);
    s.file("a.md", &md("One", "2024-02-29", ""));
    s.build_with(LinkMode::Pretty).unwrap();
    let (sitemap, feed, home) = (s.read("sitemap.xml"), s.read("feed.xml"), s.read("index.html"));
    for (what, text) in [("sitemap", &sitemap), ("feed", &feed), ("home", &home)] {
        assert!(!text.contains("news/./"), "{what} names the home page as news/./:\n{text}");
    }
    assert!(sitemap.contains("<loc>https://example.org/news/</loc>"), "{sitemap}");
    assert!(feed.contains("<link href=\"https://example.org/news/\"/>"), "{feed}");
    assert!(home.contains("rel=\"canonical\" href=\"https://example.org/news/\""), "{home}");
    assert!(check_links(&s.out(), true).is_empty(), "{:?}", check_links(&s.out(), true));
}

#[test]
fn json_ld_keeps_its_script_element_closed_whatever_the_title() {
    let s = SiteTest::new(EN);
    // `<!--<script>` in a script element's text makes the parser skip the
    // first `</script>` it meets: the page would end inside the script.
    s.file("a.md", &md("'<!--<script> & </script>'", "2024-01-01", "reporters: ['Bob <Smith>']\n"));
    s.build().unwrap();
    let page = s.read("2024/01/01/00-01/index.html");
    let start = page.find("<script type=\"application/ld+json\">").expect("json-ld") + 35;
    let json = &page[start..start + page[start..].find("</script>").unwrap()];
    assert!(!json.contains('<'), "{json}");
    let v: serde_json::Value = serde_json::from_str(json).unwrap();
    assert_eq!(v["headline"], "<!--<script> & </script>");
    assert_eq!(v["author"][0]["name"], "Bob <Smith>");
}

#[test]
fn spaces_around_titles_and_names_are_dropped_and_a_repeated_name_counts_once() {
    let s = SiteTest::new(EN);
    s.file(
        "a.md",
        &md(
            "'  Spaced title  '",
            "2024-01-01",
            "reporters: ['Jane Doe', '  Jane Doe  ']\ntags: [' x ', x]\nsection: ' News '\nslug: ' spaced '\n",
        ),
    );
    s.build().unwrap();
    let page = s.read("2024/01/01/spaced/index.html");
    assert!(page.contains("<h1>Spaced title</h1>"), "{page}");
    assert!(page.contains("<title>Spaced title · The Herald</title>"), "{page}");
    assert_eq!(page.matches("reporters/jane-doe/index.html").count(), 1, "{page}");
    assert_eq!(page.matches("\"name\":\"Jane Doe\"").count(), 1, "{page}");
    let feed = s.read("feed.xml");
    assert!(feed.contains("<title>Spaced title</title>"), "{feed}");
    assert_eq!(feed.matches("<author>").count(), 1, "{feed}");
    assert!(s.exists("tags/x/index.html") && s.exists("sections/news/index.html"));
}

#[test]
fn slug_a_url_cannot_hold_is_a_located_error_and_the_output_stays() {
    let s = SiteTest::new(EN);
    s.file("a.md", &md("One", "2024-01-01", ""));
    s.build().unwrap();
    let before = snapshot(&s.out());
    for (slug, what) in [
        ("what?", "`?`"),
        ("a#b", "`#`"),
        ("100%", "`%`"),
        ("two words", "a space"),
        ("Index.HTML", "issue page"),
        ("Con", "Windows keeps for devices"),
        ("lpt1.html", "Windows keeps for devices"),
    ]
    .into_iter()
    .chain([(&*"long-".repeat(60), "300 bytes")])
    {
        s.file("b.md", &md("Two", "2024-01-02", &format!("slug: '{slug}'\n")));
        let e = s.build().unwrap_err();
        let d = e.diagnostics();
        assert_eq!(d.len(), 1, "{e}");
        assert!(d[0].path.ends_with("content/b.md") && d[0].line == 4, "{e}");
        assert!(d[0].message.contains(what), "{slug}: {e}");
        assert_eq!(snapshot(&s.out()), before, "{slug}: the failed build changed the output");
        assert!(s.staging_leftovers().is_empty());
    }
}

#[test]
fn term_names_with_slashes_and_backslashes_are_names_like_others() {
    let s = SiteTest::new(EN);
    s.file("a.md", &md("One", "2024-01-01", "section: Arts/Life\nreporters: [A/B]\ntags: [AC/DC, 'a\\b', '..']\n"));
    s.build().unwrap();
    assert!(s.exists("sections/arts-life/index.html"));
    assert!(s.exists("reporters/a-b/index.html"));
    assert!(s.exists("tags/ac-dc/index.html") && s.exists("tags/a-b/index.html"));
    let page = s.read("2024/01/01/00-01/index.html");
    assert!(page.contains(">Arts/Life</a>") && page.contains(">#AC/DC</a>") && page.contains(">#..</a>"), "{page}");
    assert!(check_links(&s.out(), false).is_empty(), "{:?}", check_links(&s.out(), false));
}

#[test]
fn accented_and_full_width_names_get_readable_slugs_and_distinct_pages() {
    let s = SiteTest::new(EN);
    s.file("a.md", &md("One", "2024-01-01", "reporters: [José Núñez]\ntags: [ＡＩ]\n"));
    s.file("b.md", &md("Two", "2024-01-02", "reporters: [Jose Nunez]\ntags: [AI, ai]\n"));
    s.build().unwrap();
    // The names differ, so their pages do: the first in code-point order
    // keeps the bare slug, the others a suffix from their own name.
    assert!(s.read("reporters/jose-nunez/index.html").contains(">Two<"));
    let jose = s.read("2024/01/01/00-01/index.html");
    let link = |page: &str, name: &str| {
        let end = page.find(&format!("/\">{name}</a>")).or_else(|| page.find(&format!("/index.html\">{name}</a>")));
        let head = &page[..end.unwrap_or_else(|| panic!("no link to {name}"))];
        head[head.rfind('/').unwrap() + 1..].to_string()
    };
    let slug = link(&jose, "José Núñez");
    assert!(slug.starts_with("jose-nunez-"), "{slug}");
    let full_width = link(&jose, "#ＡＩ");
    assert!(full_width.starts_with("ai"), "{full_width}");
    let two = s.read("2024/01/02/00-01/index.html");
    let mut tags = [full_width, link(&two, "#AI"), link(&two, "#ai")];
    assert_eq!(tags.iter().filter(|t| *t == "ai").count(), 1, "{tags:?}");
    tags.sort();
    assert!(tags.windows(2).all(|w| w[0] != w[1]), "{tags:?}");
    assert!(check_links(&s.out(), false).is_empty(), "{:?}", check_links(&s.out(), false));
}

#[test]
fn english_bylines_and_lists_separate_names_with_commas() {
    let s = SiteTest::new(EN);
    s.file("a.md", &md("One", "2024-01-01", "reporters: [Jane Doe, John Roe]\ncontributors: [Ann Poe, Bo Loe]\n"));
    s.build().unwrap();
    let page = s.read("2024/01/01/00-01/index.html");
    assert!(!page.contains('、'), "{page}");
    // The byline's last name follows "and" (issue 2); list items keep commas.
    assert!(page.contains(">Jane Doe</a> and <a") && page.contains("Ann Poe and Bo Loe"), "{page}");
    assert!(s.read("reporters/jane-doe/index.html").contains("Jane Doe, John Roe"));
    assert!(s.read("search/index.html").contains("data-separator=\", \""));
    let zh = SiteTest::new("title: 日报\n");
    zh.file("a.md", &md("一", "2024-01-01", "reporters: [甲, 乙]\n"));
    zh.build().unwrap();
    assert!(zh.read("2024/01/01/00-01/index.html").contains(">甲</a>、<a"));
}

#[test]
fn keys_left_blank_as_a_template_leaves_them_are_keys_left_out() {
    let s = SiteTest::new(EN);
    let blank = "subtitle:\nsection:\npage:\nreporters:\ncontributors:\ntags:\ntopic:\nslug:\ndateline:\ntruncated:\n";
    s.file("a.md", &md("Blank keys", "2024-01-01", blank));
    s.file("b.md", &md("Plain", "2024-01-01", ""));
    s.build().unwrap();
    let blank_page = s.read("2024/01/01/00-01/index.html");
    let plain_page = s.read("2024/01/01/00-02/index.html");
    assert!(blank_page.contains("<h1>Blank keys</h1>") && plain_page.contains("<h1>Plain</h1>"));
    assert_eq!(blank_page.matches("class=\"tag\"").count(), 0);
    // A value of the wrong kind is still an error at its line (one name on
    // a line is a list of one).
    s.file("c.md", &md("Bad", "2024-01-01", "reporters: {name: Jane Doe}\n"));
    let e = s.build().unwrap_err();
    assert_eq!((e.diagnostics()[0].line, e.diagnostics()[0].path.ends_with("c.md")), (4, true), "{e}");
}

#[test]
fn footnotes_do_not_take_the_ids_of_the_page_they_are_on() {
    let s = SiteTest::new(EN);
    s.file("a.md", "---\ntitle: Notes\ndate: 2024-01-01\n---\n\nOne[^main], two[^q], three[^a note].\n\n[^main]: M.\n\n[^q]: Q.\n\n[^a note]: N.\n");
    s.build().unwrap();
    let page = s.read("2024/01/01/00-01/index.html");
    assert_eq!(page.matches("id=\"main\"").count(), 1, "{page}");
    assert_eq!(page.matches("id=\"q\"").count(), 1, "{page}");
    let ids: Vec<&str> = page.split("id=\"").skip(1).map(|r| &r[..r.find('"').unwrap()]).collect();
    for href in sitetest::links(&page).iter().filter_map(|l| l.strip_prefix('#')) {
        assert_eq!(ids.iter().filter(|i| **i == href).count(), 1, "#{href} in {page}");
    }
}

#[test]
fn english_summaries_do_not_stop_at_a_decimal_point() {
    let s = SiteTest::new(EN);
    let body = "The council spent $3.5 million on new roads and bridges across the city this year, \
                officials said on Monday at a long town hall meeting downtown.";
    s.file("a.md", &format!("---\ntitle: Roads\ndate: 2024-01-01\n---\n\n{body}\n"));
    s.build().unwrap();
    let feed = s.read("feed.xml");
    let summary = &feed[feed.find("<summary>").unwrap() + 9..feed.find("</summary>").unwrap()];
    assert!(summary.starts_with("The council spent $3.5 million on new roads"), "{summary}");
    assert!(summary.ends_with('…'), "{summary}");
}

#[test]
fn sitemap_urls_are_ascii_whatever_the_slug() {
    let s = SiteTest::new(EN);
    s.file("a.md", &md("Café", "2024-01-01", "slug: café-crème\n"));
    s.build_with(LinkMode::Pretty).unwrap();
    let sitemap = s.read("sitemap.xml");
    assert!(sitemap.is_ascii(), "{sitemap}");
    assert!(sitemap.contains("<loc>https://example.org/news/2024/01/01/caf%C3%A9-cr%C3%A8me/</loc>"), "{sitemap}");
    assert!(s.exists("2024/01/01/café-crème/index.html"));
    assert!(check_links(&s.out(), true).is_empty(), "{:?}", check_links(&s.out(), true));
}

#[test]
fn fence_lines_may_end_in_spaces_and_the_last_one_may_end_the_file() {
    let s = SiteTest::new(EN);
    s.file("a.md", "--- \ntitle: Spaces after the fences\ndate: 2024-01-01\n---\t \n\nBody one.\n");
    s.file("b.md", "---\r\ntitle: No body, no last newline\r\ndate: 2024-01-02\r\n---");
    s.build().unwrap();
    assert!(s.read("2024/01/01/00-01/index.html").contains("<p>Body one.</p>"));
    assert!(s.read("2024/01/02/00-01/index.html").contains("<h1>No body, no last newline</h1>"));
}

#[test]
fn jekyll_date_times_with_a_space_before_the_offset_are_dates() {
    let s = SiteTest::new(EN);
    s.file("a.md", &md("Jekyll", "2024-12-31 23:30:00 -0500", ""));
    s.build().unwrap();
    assert!(s.read("feed.xml").contains("<updated>2024-12-31T23:30:00-05:00</updated>"));
    assert!(s.read("2024/12/31/00-01/index.html").contains("\"datePublished\":\"2024-12-31T23:30:00-05:00\""));
}

#[test]
fn english_calendars_name_their_months() {
    let s = SiteTest::new(EN);
    s.file("a.md", &md("One", "2024-06-01", ""));
    s.build().unwrap();
    let month = s.read("2024/06/index.html");
    assert!(month.contains("<title>June 2024 · The Herald</title>"), "{month}");
    assert!(!month.contains("20246"), "{month}");
    assert!(s.read("2024/index.html").contains(">June<"));
    assert!(s.read("2024/06/01/00-01/index.html").contains(">June</a>"));
    let zh = SiteTest::new("title: 日报\n");
    zh.file("a.md", &md("一", "2024-06-01", ""));
    zh.build().unwrap();
    assert!(zh.read("2024/06/index.html").contains("<title>2024年6月 · 日报</title>"));
}

#[test]
fn long_term_names_get_folders_a_file_system_takes() {
    let s = SiteTest::new(EN);
    let phrase = "a tag that is a whole sentence ".repeat(12);
    s.file("a.md", &md("One", "2024-01-01", &format!("tags: ['{phrase}']\nreporters: ['{}']\n", "张".repeat(80))));
    s.build().unwrap();
    for kind in ["tags", "reporters"] {
        let dirs: Vec<String> = std::fs::read_dir(s.out().join(kind))
            .unwrap()
            .flatten()
            .filter(|e| e.path().is_dir())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(dirs.len(), 1, "{dirs:?}");
        assert!(dirs[0].len() <= 64, "{dirs:?}");
    }
    assert!(check_links(&s.out(), false).is_empty(), "{:?}", check_links(&s.out(), false));
}

#[test]
fn english_counts_agree_with_their_number() {
    let s = SiteTest::new(EN);
    s.file("a.md", &md("One", "2024-01-01", "page: 1\ntags: [solo]\n"));
    s.file("b.md", &md("Two", "2024-01-02", "page: 1\ntags: [pair]\n"));
    s.file("c.md", &md("Three", "2024-01-02", "page: 2\ntags: [pair]\n"));
    s.build().unwrap();
    assert!(s.read("2024/01/01/index.html").contains("1 page · 1 article<"));
    assert!(s.read("2024/01/02/index.html").contains("2 pages · 2 articles<"));
    let home = s.read("index.html");
    assert!(home.contains("1 page · 1 article<") && home.contains("2 pages · 2 articles<"), "{home}");
    assert!(s.read("tags/solo/index.html").contains(" · 1 article<"));
    assert!(s.read("tags/pair/index.html").contains(" · 2 articles<"));
    assert!(s.read("search/index.html").contains("data-result-one=\"1 result\""));
    let zh = SiteTest::new("title: 日报\n");
    zh.file("a.md", &md("一", "2024-01-01", "page: 1\n"));
    zh.build().unwrap();
    assert!(zh.read("2024/01/01/index.html").contains("1 版面 · 1篇<"));
}

#[test]
fn taiwan_and_hong_kong_sites_are_labelled_in_traditional_characters() {
    for (lang, traditional) in
        [("zh-TW", true), ("zh-Hant", true), ("zh-HK", true), ("zh-CN", false), ("zh-Hans-TW", false)]
    {
        let s = SiteTest::new(&format!("title: 日報\nlanguage: {lang}\n"));
        s.file("a.md", &md("一", "2024-01-01", "reporters: [王小明]\n"));
        s.build().unwrap();
        let page = s.read("2024/01/01/00-01/index.html");
        assert_eq!(page.contains(">首頁<") && page.contains("記者"), traditional, "{lang}: {page}");
        assert_eq!(page.contains(">首页<"), !traditional, "{lang}");
    }
}

#[test]
fn articles_without_a_page_are_headed_and_not_counted_as_a_page() {
    let s = SiteTest::new(EN);
    s.file("a.md", &md("Web only", "2024-01-01", ""));
    s.file("b.md", &md("Printed", "2024-01-02", "page: 3\n"));
    s.file("c.md", &md("Web too", "2024-01-02", ""));
    s.build().unwrap();
    let only = s.read("2024/01/01/index.html");
    assert!(!only.contains("></a>") && !only.contains("<h2></h2>"), "{only}");
    assert!(only.contains(">Other articles</a>") && only.contains("<h2>Other articles</h2>"), "{only}");
    assert!(only.contains("<p class=\"issue-meta\">1 article</p>"), "{only}");
    let mixed = s.read("2024/01/02/index.html");
    assert!(mixed.contains("<p class=\"issue-meta\">1 page · 2 articles</p>"), "{mixed}");
    assert!(mixed.contains(">Page 3</a>") && mixed.contains(">Other articles</a>"), "{mixed}");
    let home = s.read("index.html");
    assert!(home.contains(">1 article</p>") && home.contains(">1 page · 2 articles</p>"), "{home}");
}

#[test]
fn names_listed_in_site_yaml_with_spaces_around_them_are_the_articles_names() {
    let s = SiteTest::new(&format!(
        "{EN}sections:\n  - {{name: ' News ', slug: news}}\nreporters:\n  - {{name: 'Jane Doe ', slug: jd}}\n"
    ));
    s.file("a.md", &md("One", "2024-01-01", "section: News\nreporters: [Jane Doe]\n"));
    s.build().unwrap();
    assert!(s.read("sections/news/index.html").contains(">One<"));
    assert!(s.read("reporters/jd/index.html").contains(">One<"));
}

#[test]
fn an_article_has_its_meta_description_without_a_site_description() {
    let s = SiteTest::new(EN);
    s.file("a.md", &md("One", "2024-01-01", ""));
    s.build().unwrap();
    assert!(
        s.read("2024/01/01/00-01/index.html").contains("<meta name=\"description\" content=\"Some text. More text.\">")
    );
    assert!(!s.read("index.html").contains("name=\"description\""));
}

#[test]
fn an_empty_or_listless_front_matter_says_what_an_article_needs() {
    let s = SiteTest::new(EN);
    s.file("a.md", "---\n---\n\nText.\n");
    s.file("b.md", "---\n- title\n- date\n---\n\nText.\n");
    s.file("c.md", "---\njust a line\n---\n\nText.\n");
    let e = s.build().unwrap_err();
    let d = e.diagnostics();
    assert_eq!(d.len(), 3, "{e}");
    assert!(d.iter().all(|d| d.line == 2), "{e}");
    assert!(d[0].path.ends_with("a.md") && d[0].message.contains("empty") && d[0].message.contains("`title:`"), "{e}");
    assert!(d[1].message.contains("`key: value` lines") && d[2].message.contains("`key: value` lines"), "{e}");
}

#[test]
fn page_numbers_may_have_a_leading_zero() {
    let s = SiteTest::new(EN);
    s.file("a.md", &md("One", "2024-01-01", "page: 02\ncontinued_to: 08\n"));
    s.file("b.md", &md("Two", "2024-01-01", "page: 08\ncontinued_from: 02\n"));
    s.build().unwrap();
    assert!(s.read("2024/01/01/02-01/index.html").contains("08-01/index.html"));
    assert!(s.read("2024/01/01/08-01/index.html").contains("02-01/index.html"));
    s.file("c.md", &md("Three", "2024-01-01", "page: A2\n"));
    let e = s.build().unwrap_err();
    assert_eq!(e.diagnostics()[0].line, 4, "{e}");
    assert!(e.diagnostics()[0].message.contains("a page number"), "{e}");
}

#[test]
fn a_page_with_no_neighbour_has_no_empty_prev_next_nav() {
    let s = SiteTest::new(EN);
    s.file("a.md", &md("Alone", "2024-01-01", ""));
    s.build().unwrap();
    for page in ["2024/01/01/00-01/index.html", "2024/01/index.html"] {
        let html = s.read(page);
        assert!(!html.contains("class=\"prevnext\""), "{page} has a prev/next nav with nothing in it:\n{html}");
    }
    // With a neighbour (an article of the same issue, a month with issues), the nav is there.
    s.file("b.md", &md("Second", "2024-01-01", ""));
    s.file("c.md", &md("Third", "2024-02-01", ""));
    s.build().unwrap();
    assert!(s.read("2024/01/01/00-01/index.html").contains("class=\"prevnext\""));
    assert!(s.read("2024/01/index.html").contains("class=\"prevnext\""));
}

/// Links to a month page (the issue page's, the month page's previous and
/// next) name the month as the site's language does, as its title does,
/// not as `2024-02`; a month page's issue cards give their size.
#[test]
fn links_to_a_month_name_it_in_the_site_language() {
    let s = SiteTest::new(EN);
    s.file("a.md", &md("First", "2024-01-05", ""));
    s.file("b.md", &md("Second", "2024-02-01", ""));
    s.build().unwrap();
    let issue = s.read("2024/02/01/index.html");
    assert!(issue.contains(">February 2024</a>"), "{issue}");
    let month = s.read("2024/02/index.html");
    assert!(month.contains("January 2024</a>"), "{month}");
    assert!(!issue.contains(">2024-02<") && !month.contains(">2024-01<"));
    // A month's issue cards say how big each issue is, as the home page's do
    // (the card lists only a few of its articles).
    assert!(month.contains("class=\"issue-meta\">1 article</p>"), "{month}");
    let zh = SiteTest::new("title: 档案\nlanguage: zh-CN\n");
    zh.file("a.md", &md("第一篇", "2024-01-05", ""));
    zh.file("b.md", &md("第二篇", "2024-02-01", ""));
    zh.build().unwrap();
    assert!(zh.read("2024/02/01/index.html").contains(">2024年2月</a>"));
    assert!(zh.read("2024/02/index.html").contains("2024年1月</a>"));
}

/// English sites write a full date in words, month first for `en` and
/// `en-US`, day first for `en-GB` and the like, and set a subtitle without
/// the Chinese `——`, which Chinese sites keep.
#[test]
fn english_dates_in_words_and_subtitles_without_the_chinese_dash() {
    let s = SiteTest::new(EN);
    s.file("a.md", &md("Budget passes", "2026-03-02", "subtitle: Council votes 6-3\n"));
    s.build().unwrap();
    let issue = s.read("2026/03/02/index.html");
    assert!(issue.contains("Monday, March 2, 2026"), "{issue}");
    let article = s.read("2026/03/02/00-01/index.html");
    assert!(article.contains(">Council votes 6-3</p>"), "{article}");
    assert!(!article.contains("——"), "{article}");
    let gb = SiteTest::new("title: The Herald\nlanguage: en-GB\n");
    gb.file("a.md", &md("Budget passes", "2026-03-02", ""));
    gb.build().unwrap();
    assert!(gb.read("2026/03/02/index.html").contains("Monday 2 March 2026"));
    let zh = SiteTest::new("title: 档案\nlanguage: zh-CN\n");
    zh.file("a.md", &md("预算通过", "2026-03-02", "subtitle: 市议会表决\n"));
    zh.build().unwrap();
    assert!(zh.read("2026/03/02/index.html").contains("2026年3月2日 星期一"));
    assert!(zh.read("2026/03/02/00-01/index.html").contains(">——市议会表决</p>"));
}

/// A US paper's calendars start on Sunday; a Chinese or British one's on
/// Monday; `week_start` overrides either. The first of June 2024 was a
/// Saturday: the last column of the first row from Sunday, the sixth from Monday.
#[test]
fn issue2_month_calendars_start_on_the_weekday_the_paper_prints_first() {
    let first_row = |site: &str| {
        let s = SiteTest::new(site);
        s.file("a.md", &md("One", "2024-06-01", ""));
        s.build().unwrap();
        let month = s.read("2024/06/index.html");
        let head = month.split("<thead>").nth(1).and_then(|t| t.split("</thead>").next()).expect("a calendar head");
        let heads: Vec<String> =
            head.split("<th scope=\"col\">").skip(1).map(|h| h[..h.find('<').unwrap()].to_string()).collect();
        let body = month.split("<tbody><tr>").nth(1).expect("a calendar body");
        let row = &body[..body.find("</tr>").unwrap()];
        let column = row.split("<td>").skip(1).position(|c| c.contains(">1<")).expect("the first of the month");
        (heads, column, s.read("2024/06/01/00-01/index.html"))
    };
    let (heads, column, _) = first_row("title: The Courier\nlanguage: en-US\n");
    assert_eq!(heads, ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]);
    assert_eq!(column, 6);
    let (heads, column, _) = first_row("title: The Chronicle\nlanguage: en-GB\n");
    assert_eq!((heads[0].as_str(), column), ("Mon", 5));
    let (heads, column, _) = first_row("title: The Courier\nlanguage: en-US\nweek_start: monday\n");
    assert_eq!((heads[0].as_str(), column), ("Mon", 5));
    // A Chinese date names its weekday from the same turned table.
    let (heads, column, article) = first_row("title: 日报\nlanguage: zh-TW\n");
    assert_eq!((heads[0].as_str(), column), ("日", 6));
    assert!(article.contains("2024年6月1日 星期六"), "{article}");
    let (heads, _, article) = first_row("title: 日报\n");
    assert_eq!(heads[0], "一");
    assert!(article.contains("2024年6月1日 星期六"), "{article}");
}
