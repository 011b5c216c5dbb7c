//! The search engine and page in headless Chromium: the same query suite
//! gives identical results over file:// and over http, filters narrow
//! results, snippets mark hits, the page runs `?q=` on load, no console errors.

mod common {
    pub mod browser;
    pub mod engine;
}

use common::browser::{StaticServer, dump_dom, file_url};
use common::engine::rust_units;
use gazette::content::Date;
use gazette::search::{SearchDoc, SearchIndex, build_index};
use std::path::Path;

fn doc(i: usize, date: (i32, u32, u32), section: &str, reporter: &str, title: &str, text: &str) -> SearchDoc {
    SearchDoc {
        url: format!("{}/{:02}/{:02}/02-{:02}/index.html", date.0, date.1, date.2, i),
        title: title.into(),
        subtitle: None,
        date: Date::new(date.0, date.1, date.2).unwrap(),
        section: Some(section.into()),
        reporters: vec![reporter.into()],
        topic: Some(if i.is_multiple_of(2) { "文化" } else { "经济" }.into()),
        tags: vec!["城市".into()],
        text: text.into(),
        fingerprint: None,
        lead: None,
    }
}

fn docs() -> Vec<SearchDoc> {
    let mut v = vec![
        doc(
            1,
            (2024, 5, 1),
            "要闻",
            "朱迪",
            "城市更新让老街焕新",
            "今年以来，我市推进城市更新，改造老旧小区12个。\n居民说：“<环境>变好了 & 更方便。”",
        ),
        doc(
            2,
            (2024, 9, 3),
            "国内",
            "梁凯凯",
            "G20峰会在杭州举行",
            "2016年9月4日，G20峰会在杭州开幕。New York Times 报道了峰会。",
        ),
        doc(3, (2025, 3, 8), "要闻", "朱迪", "３月春耕忙", "3月以来，全市春耕生产有序推进，城市周边农田一片繁忙。"),
        doc(4, (2025, 6, 9), "体育", "罗辉", "城市马拉松开跑", "城市马拉松吸引2万人参加，城市更新后的赛道更宽。"),
        doc(5, (2026, 1, 2), "国内", "朱迪", "新年新气象", "新年伊始，城市更新项目全面开工，推进城市高质量发展。"),
    ];
    for i in 6..30 {
        v.push(doc(
            i,
            (2026, 2, (i % 27) as u32 + 1),
            "要闻",
            "罗辉",
            &format!("发展改革第{i}期"),
            "推动高质量发展，深化改革开放。",
        ));
    }
    // A hit beyond the card's lead (100 characters).
    v.push(doc(30, (2026, 3, 1), "要闻", "罗辉", "春天来了", &("春风拂面。".repeat(30) + "独特词语出现在后面。")));
    v.sort_by_key(|d| d.date);
    v
}

const SUITE: &str = r#"[
  ["城市更新", {}], ["城市更新", {"section": "要闻"}], ["城市", {"year": "2025"}],
  ["城市", {"reporter": "朱迪"}], ["城市", {"topic": "文化"}], ["g20", {}], ["ｇ２０峰会", {}],
  ["\"new york\"", {}], ["3月", {}], ["环境", {}], ["发展", {"page": 2}], ["发展", {}],
  ["发展", {"from": "2026-02-05", "to": "2026-02-10"}], ["没有的词", {}], ["更", {}], ["独特词语", {}],
  ["春天", {}]
]"#;

/// A page that runs the suite and writes the JSON results into the DOM.
fn suite_page(index: &SearchIndex) -> String {
    let scripts: String = index.scripts.iter().map(|s| format!("<script src=\"{s}\"></script>\n")).collect();
    format!(
        "<!doctype html><meta charset=utf-8><title>t</title>\n{scripts}<pre id=out>pending</pre>\n<script>\n\
         (async () => {{ const out = []; for (const [q, o] of {SUITE}) out.push(await gazetteSearch.query(q, o));\n\
         document.getElementById('out').textContent = JSON.stringify(out); }})()\n\
         .catch(e => {{ document.getElementById('out').textContent = 'ERROR ' + e; console.error(e); }});\n</script>\n"
    )
}

/// The search page as the theme's template provides it (search/index.html).
fn search_page(index: &SearchIndex) -> String {
    let scripts: String = index.scripts.iter().map(|s| format!("<script src=\"../{s}\"></script>\n")).collect();
    format!(
        "<!doctype html><meta charset=utf-8><title>搜索</title>\n<div id=\"search\" data-root=\"../\">\n\
         <form id=\"search-form\" role=\"search\" action=\"index.html\"><input id=\"search-input\" name=\"q\" type=\"search\">\n\
         <select id=\"search-section\" name=\"section\"></select><select id=\"search-reporter\" name=\"reporter\"></select>\n\
         <select id=\"search-topic\" name=\"topic\"></select><select id=\"search-year\" name=\"year\"></select>\n\
         <button>搜索</button></form><div id=\"search-status\" aria-live=\"polite\"></div>\n\
         <ol id=\"search-results\"></ol><nav id=\"search-pages\"></nav></div>\n{scripts}"
    )
}

fn build_site(root: &Path) -> SearchIndex {
    let index = build_index(&docs());
    for f in &index.files {
        gazette::output::write_under(root, &f.path, &f.bytes).unwrap();
    }
    std::fs::write(root.join("suite.html"), suite_page(&index)).unwrap();
    std::fs::write(root.join("search/index.html"), search_page(&index)).unwrap();
    index
}

fn results_of(dom: &str) -> serde_json::Value {
    let start = dom.find("<pre id=\"out\">").expect("output element") + "<pre id=\"out\">".len();
    let end = start + dom[start..].find("</pre>").expect("end of output");
    let text = dom[start..end].replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("results are not JSON ({e}): {text}"))
}

#[test]
fn query_suite_same_over_file_and_http_with_filters_and_marks() {
    if common::browser::chromium().is_none() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    build_site(dir.path());

    let (file_dom, file_errors) = dump_dom(&file_url(&dir.path().join("suite.html"))).unwrap();
    assert!(file_errors.is_empty(), "console errors over file://: {file_errors:#?}");
    let server = StaticServer::serve(dir.path()).unwrap();
    let (http_dom, http_errors) = dump_dom(&server.url("suite.html")).unwrap();
    assert!(http_errors.is_empty(), "console errors over http: {http_errors:#?}");

    let over_file = results_of(&file_dom);
    let over_http = results_of(&http_dom);
    assert_eq!(over_file, over_http, "file:// and http give different results");

    let r = over_file.as_array().unwrap();
    let total = |i: usize| r[i]["total"].as_u64().unwrap();
    let results = |i: usize| r[i]["results"].as_array().unwrap().clone();
    // 城市更新: docs 1, 4, 5; filters narrow it.
    assert_eq!(total(0), 3);
    assert_eq!(total(1), 1);
    assert!(results(1).iter().all(|x| x["section"] == "要闻"));
    assert!(results(2).iter().all(|x| x["date"].as_str().unwrap().starts_with("2025")));
    assert_eq!(total(2), 2);
    assert!(results(3).iter().all(|x| x["reporters"][0] == "朱迪"));
    assert!(total(3) < total(11).max(6) && total(3) > 0);
    assert!(total(4) > 0 && total(4) < 30);
    // Latin, full-width, phrase, digits next to Han.
    assert_eq!(total(5), 1);
    assert_eq!(total(6), 1);
    assert_eq!(total(7), 1);
    assert_eq!(total(8), 1, "3月 and ３月 are one document; 9月 is another");
    assert_eq!(results(5)[0]["title"], "G20峰会在杭州举行", "titles as the article has them");
    // Snippets mark hits and escape text.
    let s = results(0)[0]["snippet"].as_str().unwrap().to_string();
    assert!(s.contains("<mark>城市更新</mark>"), "{s}");
    let env = results(9)[0]["snippet"].as_str().unwrap().to_string();
    assert!(env.contains("&#60;<mark>环境</mark>&#62;") && env.contains("&#38;"), "{env}");
    // Pages of 10; total counts all matches.
    assert_eq!(total(10), total(11));
    assert_eq!(results(11).len(), 10);
    assert_eq!(results(10).len(), 10);
    assert_ne!(results(10)[0]["url"], results(11)[0]["url"]);
    assert!(total(12) > 0 && total(12) < total(11));
    assert!(results(12).iter().all(|x| ("2026-02-05".."2026-02-11").contains(&x["date"].as_str().unwrap())));
    assert_eq!(total(13), 0);
    assert!(total(14) >= 3, "one-character query");
    // Cards keep a lead only: a later hit is shown after it, marked.
    assert_eq!(total(15), 1);
    let late = results(15)[0]["snippet"].as_str().unwrap().to_string();
    assert!(late.starts_with("春风拂面") && late.contains("<mark>独特词语</mark>"), "{late}");
    // A hit in the title only: the snippet is the lead, with no mark
    // claiming a hit further on.
    assert_eq!(total(16), 1);
    let titled = results(16)[0]["snippet"].as_str().unwrap().to_string();
    assert!(titled.starts_with("春风拂面") && !titled.contains("<mark>"), "{titled}");
}

#[test]
fn search_page_runs_the_query_from_the_link() {
    if common::browser::chromium().is_none() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    build_site(dir.path());
    let server = StaticServer::serve(dir.path()).unwrap();
    for url in [
        format!(
            "{}?q=%E5%9F%8E%E5%B8%82%E6%9B%B4%E6%96%B0&section=%E8%A6%81%E9%97%BB",
            file_url(&dir.path().join("search/index.html"))
        ),
        server.url("search/index.html?q=%E5%9F%8E%E5%B8%82%E6%9B%B4%E6%96%B0&section=%E8%A6%81%E9%97%BB"),
    ] {
        let (dom, errors) = dump_dom(&url).unwrap();
        assert!(errors.is_empty(), "console errors on {url}: {errors:#?}");
        assert!(dom.contains("<mark>城市更新</mark>"), "no marked hit on {url}:\n{dom}");
        assert!(
            dom.contains("href=\"../2024/05/01/02-01/index.html\""),
            "result links are relative to the page: {dom}"
        );
        assert!(dom.contains("1 results"), "{dom}");
        assert!(dom.contains("value=\"城市更新\""), "input keeps the query: {dom}");
        assert!(dom.contains("<option value=\"要闻\">要闻 ("), "section options from the manifest: {dom}");
    }
    // A link with dates only lists that range's articles (it used to show nothing).
    let dates = "?from=2025-03-01&to=2025-06-30";
    for url in [
        format!("{}{dates}", file_url(&dir.path().join("search/index.html"))),
        server.url(&format!("search/index.html{dates}")),
    ] {
        let (dom, errors) = dump_dom(&url).unwrap();
        assert!(errors.is_empty(), "console errors on {url}: {errors:#?}");
        assert!(dom.contains("2 results") && dom.contains("城市马拉松开跑"), "{url}:\n{dom}");
    }
}

/// Issue 4: the browser's own Unicode tables (String.prototype.normalize,
/// toLowerCase, \p{...}) must split text as the index did, for every code
/// point Chromium knows (search_unusual.rs checks node's), and unusual
/// queries find what they should from a copy opened via file://: Greek in
/// capitals, `istanbul`, a word with a soft hyphen, an emoji, a word in
/// brackets; snippets around characters outside the BMP stay whole.
#[test]
fn issue4_chromium_splits_every_character_as_the_index_and_finds_unusual_text() {
    if common::browser::chromium().is_none() {
        return;
    }
    let cps: Vec<u32> = (0x20u32..0x40000).chain(0xE0000..0xE1000).filter(|&c| char::from_u32(c).is_some()).collect();
    let want: Vec<[String; 2]> = cps
        .iter()
        .map(|&c| {
            let ch = char::from_u32(c).unwrap();
            [rust_units(&format!("a{ch}b")), rust_units(&format!("a {ch}"))]
        })
        .collect();
    let mk = |i: usize, title: &str, text: &str| {
        let mut d = doc(i, (2026, 3, i as u32 + 1), "要闻", "朱迪", title, text);
        d.tags.clear();
        d
    };
    let docs = vec![
        mk(1, "ΟΔΥΣΣΕΑΣ ΣΤΗΝ ΑΘΗΝΑ", "Ο Οδυσσέας πήγε στην Αθήνα."),
        mk(2, "İstanbul & <b>\"x\"</b>", "İstanbul'da kar yağdı."),
        mk(3, "Invisible", "news\u{AD}paper 葛\u{E0100}城 ❤\u{FE0F}"),
        mk(4, "Astral", &format!("a{}x𡘙中间{}", "𠮷".repeat(40), "😀".repeat(40))),
        mk(5, "Numbers", "G20 峰会于2026-03-01召开。"),
    ];
    let index = build_index(&docs);
    let dir = tempfile::tempdir().unwrap();
    for f in &index.files {
        gazette::output::write_under(dir.path(), &f.path, &f.bytes).unwrap();
    }
    let scripts: String = index.scripts.iter().map(|s| format!("<script src=\"{s}\"></script>\n")).collect();
    let queries = ["ΟΔΥΣΣΕΑΣ", "οδυσσεας", "istanbul", "newspaper", "葛城", "❤", "😀", "(G20)", "“G20”", "𡘙中间"];
    let page = format!(
        "<!doctype html><meta charset=utf-8><title>t</title>\n{scripts}<pre id=out>pending</pre>\n<script>\n\
         const cps = {}, want = {}, queries = {};\n\
         const g = gazetteSearch, sig = s => g._tokenize(g._normalize(s), true).map(u => u === null ? '|' : u.s).join('');\n\
         const lone = /[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]/;\n\
         (async () => {{ let known = 0; const bad = [];\n\
           for (let i = 0; i < cps.length; i++) {{ const ch = String.fromCodePoint(cps[i]);\n\
             if (/\\p{{Cn}}/u.test(ch)) continue; known++;\n\
             const got = [sig('a' + ch + 'b'), sig('a ' + ch)];\n\
             if (got[0] !== want[i][0] || got[1] !== want[i][1]) bad.push(['U+' + cps[i].toString(16), got, want[i]]); }}\n\
           const found = [];\n\
           for (const q of queries) {{ const r = await g.query(q, {{}});\n\
             found.push({{ q, total: r.total, titles: r.results.map(x => x.title), snippets: r.results.map(x => x.snippet),\n\
               lone: r.results.some(x => lone.test(x.snippet)) }}); }}\n\
           document.getElementById('out').textContent = JSON.stringify({{ known, bad: bad.slice(0, 40), nbad: bad.length, found }}); }})()\n\
         .catch(e => {{ document.getElementById('out').textContent = 'ERROR ' + e; console.error(e); }});\n</script>\n",
        serde_json::to_string(&cps).unwrap(),
        serde_json::to_string(&want).unwrap(),
        serde_json::to_string(&queries).unwrap(),
    );
    std::fs::write(dir.path().join("unusual.html"), page).unwrap();
    let (dom, errors) = dump_dom(&file_url(&dir.path().join("unusual.html"))).unwrap();
    assert!(errors.is_empty(), "console errors over file://: {errors:#?}");
    let out = results_of(&dom);
    assert!(out["known"].as_u64().unwrap() > 150_000, "Chromium knows only {} code points", out["known"]);
    assert_eq!(out["nbad"], 0, "code points Chromium splits otherwise than the index: {:#}", out["bad"]);
    let found = out["found"].as_array().unwrap();
    let want_titles = [
        vec!["ΟΔΥΣΣΕΑΣ ΣΤΗΝ ΑΘΗΝΑ"],
        vec!["ΟΔΥΣΣΕΑΣ ΣΤΗΝ ΑΘΗΝΑ"],
        vec!["İstanbul & <b>\"x\"</b>"],
        vec!["Invisible"],
        vec!["Invisible"],
        vec!["Invisible"],
        vec!["Astral"],
        vec!["Numbers"],
        vec!["Numbers"],
        vec!["Astral"],
    ];
    for (f, titles) in found.iter().zip(want_titles) {
        assert_eq!(f["titles"], serde_json::json!(titles), "{}", f["q"]);
        assert_eq!(f["total"], titles.len(), "{}", f["q"]);
        assert_eq!(f["lone"], false, "a broken surrogate pair in {}", f["snippets"]);
    }
    let astral = found[9]["snippets"][0].as_str().unwrap();
    assert!(astral.contains("<mark>𡘙中间</mark>") && astral.starts_with('…'), "{astral}");
}
