//! Render step, part 3: what templates see. Views are plain serde structs
//! built from the page graph; a list page's view holds only the items it
//! shows, so rendering stays linear in the number of articles.

use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct Link {
    pub name: String,
    /// Relative to the site root; templates write `{{ root }}{{ url }}`.
    pub url: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct CountedLink {
    pub name: String,
    pub url: String,
    pub count: usize,
}

/// Labels of the default theme in the site's language.
#[derive(Debug, Clone, Serialize)]
pub struct Labels {
    pub home: &'static str,
    /// The link a keyboard or screen reader user meets first, to the
    /// page's main content (it said `首页 ↓`, "home", which it does not lead to).
    pub skip: &'static str,
    /// Names of the breadcrumb trail and of a list's page links, for
    /// screen readers (they were English on every site).
    pub breadcrumb: &'static str,
    pub pagination: &'static str,
    /// The search page's links to its previous and next page of results.
    pub prev_page: &'static str,
    pub next_page: &'static str,
    /// The search form's year filter (it was labelled with `archive`).
    pub year: &'static str,
    /// What the search page says in a browser with scripts off.
    pub search_noscript: &'static str,
    pub search: &'static str,
    pub search_placeholder: &'static str,
    pub sections: &'static str,
    /// The issue page's list of its printed pages: it was labelled with
    /// `sections`, the same as the site's section links ("Sections" twice
    /// to a screen reader, and they are pages).
    pub issue_pages: &'static str,
    /// The links to the previous and next article, issue, month or year
    /// (the one navigation landmark that had no name).
    pub prev_next: &'static str,
    pub reporters: &'static str,
    pub topics: &'static str,
    pub tags: &'static str,
    pub archive: &'static str,
    pub page: &'static str,
    pub page_suffix: &'static str,
    pub reporter: &'static str,
    pub contributors: &'static str,
    pub continued_from: &'static str,
    pub continued_to: &'static str,
    pub truncated: &'static str,
    pub prev: &'static str,
    pub next: &'static str,
    pub related: &'static str,
    pub cite: &'static str,
    /// After a count of an issue's printed pages (the English one said
    /// `3 Sections`, which they are not), and after a count of one.
    pub pages: &'static str,
    pub page_one: &'static str,
    /// The heading of an issue's articles with no `page`: it was empty.
    pub unpaged: &'static str,
    /// Before the links to a printed page's PDF or image.
    pub facsimile: &'static str,
    pub articles: &'static str,
    /// After a count of one (` article`): English said `1 articles`.
    pub article_one: &'static str,
    pub not_found: &'static str,
    pub newer: &'static str,
    pub older: &'static str,
    /// Short weekday names in the month calendar's column order: from
    /// Monday, or from Sunday where the site's `week_start` is (the
    /// renderer turns them round).
    pub weekdays: [&'static str; 7],
    /// A month's name alone (`6月`, `June`): with only a suffix, an
    /// English month page was titled `20246`.
    pub months: [&'static str; 12],
    pub month_suffix: &'static str,
    pub year_suffix: &'static str,
    pub no_articles: &'static str,
    /// Search status; `{n}` is the number of matches.
    pub search_results: &'static str,
    /// The same for one match.
    pub search_result_one: &'static str,
    pub search_empty: &'static str,
    /// The search form's date range.
    pub date_from: &'static str,
    pub date_to: &'static str,
    /// Between the names of a list (reporters, contributors): `、` in
    /// Chinese, a comma in English, where `、` reads as a stray mark.
    pub list_separator: &'static str,
    /// Before the last name of a byline's list: `、` in Chinese, ` and ` in
    /// English (`By Jane Doe and Pat O'Brien`), where a comma alone runs
    /// into a name written `O'Brien, Pat`.
    pub list_last_separator: &'static str,
    /// Before a subtitle (副题): the `——` Chinese papers print; nothing in
    /// English, where a deck is set on its own.
    pub subtitle_dash: &'static str,
    /// Weekday names in a full date, from Monday (`Monday, March 2, 2026`;
    /// Chinese `星期一`, the same as its short ones).
    pub weekdays_long: [&'static str; 7],
    /// Whether a full English date puts the day first (`Monday 2 March
    /// 2026`, British and Commonwealth use) rather than the month
    /// (`Monday, March 2, 2026`, American).
    pub day_first: bool,
    /// Whether the byline names the writers before the agency and the
    /// dateline (`By Jane Doe · Reuters · Santiago`), as English papers set
    /// it, rather than after them (`新华社 北京 记者 X`, as Chinese leads read).
    pub reporters_first: bool,
}

impl Labels {
    pub fn for_language(lang: &str) -> Labels {
        let lang = lang.to_ascii_lowercase();
        if lang.starts_with("zh") && is_traditional(&lang) {
            Labels {
                home: "首頁",
                search: "搜尋",
                breadcrumb: "當前位置",
                pagination: "分頁",
                prev_page: "上一頁",
                next_page: "下一頁",
                search_noscript: "搜尋需要在瀏覽器中啟用 JavaScript。",
                search_placeholder: "搜尋全部文章",
                reporters: "記者",
                topics: "專題",
                tags: "標籤",
                reporter: "記者",
                contributors: "通訊員/供稿",
                facsimile: "版面原圖",
                continued_to: "下轉第",
                truncated: "本文在此版面結束處中斷",
                related: "相關報導",
                not_found: "頁面不存在",
                newer: "較新",
                prev_next: "前後翻閱",
                older: "較早",
                no_articles: "暫無文章",
                search_results: "共 {n} 條結果",
                search_result_one: "共 1 條結果",
                search_empty: "沒有找到結果",
                ..Labels::for_language("zh")
            }
        } else if lang.starts_with("zh") {
            Labels {
                home: "首页",
                skip: "跳到正文",
                breadcrumb: "当前位置",
                pagination: "分页",
                prev_page: "上一页",
                next_page: "下一页",
                year: "年份",
                search_noscript: "搜索需要在浏览器中启用 JavaScript。",
                search: "搜索",
                search_placeholder: "搜索全部文章",
                sections: "版面",
                issue_pages: "本期版面",
                prev_next: "前后翻阅",
                reporters: "记者",
                topics: "专题",
                tags: "标签",
                archive: "往期",
                page: "第",
                page_suffix: "版",
                reporter: "记者",
                contributors: "通讯员/供稿",
                continued_from: "上接第",
                continued_to: "下转第",
                truncated: "本文在此版面结束处中断",
                prev: "上一篇",
                next: "下一篇",
                related: "相关报道",
                cite: "引用",
                pages: " 版面",
                page_one: " 版面",
                unpaged: "其他文章",
                facsimile: "版面原图",
                articles: "篇",
                article_one: "篇",
                not_found: "页面不存在",
                newer: "较新",
                older: "较早",
                weekdays: ["一", "二", "三", "四", "五", "六", "日"],
                months: ["1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"],
                month_suffix: "月",
                year_suffix: "年",
                no_articles: "暂无文章",
                search_results: "共 {n} 条结果",
                search_result_one: "共 1 条结果",
                search_empty: "没有找到结果",
                date_from: "起始日期",
                date_to: "截止日期",
                list_separator: "、",
                list_last_separator: "、",
                subtitle_dash: "——",
                weekdays_long: ["一", "二", "三", "四", "五", "六", "日"],
                day_first: false,
                reporters_first: false,
            }
        } else {
            Labels {
                home: "Home",
                skip: "Skip to content",
                breadcrumb: "Breadcrumb",
                pagination: "Pagination",
                prev_page: "Previous page",
                next_page: "Next page",
                year: "Year",
                search_noscript: "Search needs JavaScript to be turned on in your browser.",
                search: "Search",
                search_placeholder: "Search all articles",
                sections: "Sections",
                issue_pages: "Pages in this issue",
                prev_next: "Previous and next",
                reporters: "Reporters",
                topics: "Topics",
                tags: "Tags",
                archive: "Archive",
                page: "Page ",
                page_suffix: "",
                reporter: "By",
                contributors: "Contributors",
                continued_from: "Continued from page ",
                continued_to: "Continued on page ",
                truncated: "The text breaks off at the end of the page",
                prev: "Previous",
                next: "Next",
                related: "Related",
                cite: "Cite",
                pages: " pages",
                page_one: " page",
                unpaged: "Other articles",
                facsimile: "Printed page",
                articles: " articles",
                article_one: " article",
                not_found: "Page not found",
                newer: "Newer",
                older: "Older",
                weekdays: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
                months: [
                    "January",
                    "February",
                    "March",
                    "April",
                    "May",
                    "June",
                    "July",
                    "August",
                    "September",
                    "October",
                    "November",
                    "December",
                ],
                month_suffix: "",
                year_suffix: "",
                no_articles: "No articles yet",
                search_results: "{n} results",
                search_result_one: "1 result",
                search_empty: "No results",
                date_from: "From",
                date_to: "To",
                list_separator: ", ",
                list_last_separator: " and ",
                subtitle_dash: "",
                weekdays_long: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
                day_first: day_first(&lang),
                reporters_first: true,
            }
        }
    }
}

/// English as written outside North America and the Philippines: the day
/// before the month. Plain `en` keeps the month first.
fn day_first(lang: &str) -> bool {
    let region = lang.split(['-', '_']).nth(1).unwrap_or("");
    lang.starts_with("en") && !region.is_empty() && !crate::config::AMERICAN_ENGLISH_REGIONS.contains(&region)
}

/// The language of one article's text, as a `lang` tag: the site's,
/// unless the text is in another script. A paper printed in Chinese runs
/// English pages (a city page for expatriates, a wire page), and those
/// marked `zh-CN` were read aloud by a Chinese voice and set in CJK
/// fonts' Latin letters; an English paper runs Chinese ones. Text in Latin
/// letters with no Han, kana or hangul on a CJK site is taken for English
/// (what such pages are in practice); CJK text outnumbering the Latin
/// letters on any other site is Chinese, Japanese (kana) or Korean (hangul).
pub fn text_language(site: &str, text: &str) -> String {
    Letters::of(&[text]).language(site)
}

/// The letters of a text by script, counted in one pass (a list item's
/// language and direction are worked out for every item a page shows: a
/// pass each, asking Unicode's tables of every Han character whether it
/// is a letter, was an eighth of a build that adds a day).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Letters {
    han: usize,
    kana: usize,
    hangul: usize,
    /// Other letters.
    latin: usize,
    /// Letters of scripts written right to left...
    rtl: usize,
    /// ... and all letters.
    all: usize,
}

impl Letters {
    /// The letters of `parts`, as of one text.
    pub fn of(parts: &[&str]) -> Letters {
        let mut l = Letters::default();
        for part in parts {
            let b = part.as_bytes();
            let mut i = 0;
            while let Some(&lead) = b.get(i) {
                // ASCII, and the common block of Han characters (U+4E00 to
                // U+9FFF: three bytes led by E4 B8 to E9), told from their
                // bytes: decoding every character of a Chinese title and lead
                // first was most of this count.
                if lead < 0x80 {
                    let a = usize::from(lead.is_ascii_alphabetic());
                    l.latin += a;
                    l.all += a;
                    i += 1;
                    continue;
                }
                if (0xE5..=0xE9).contains(&lead) || (lead == 0xE4 && b.get(i + 1).is_some_and(|&c| c >= 0xB8)) {
                    l.han += 1;
                    l.all += 1;
                    i += 3;
                    continue;
                }
                let c = part[i..].chars().next().unwrap_or_default();
                i += c.len_utf8();
                l.count(c);
            }
        }
        l
    }

    /// Counts a character that is neither ASCII nor of the common Han block.
    fn count(&mut self, c: char) {
        // Chinese text's punctuation (，。、“”《》（）：): no letters
        // among them, nor of any script counted.
        if matches!(c, '\u{2000}'..='\u{206f}' | '\u{3000}'..='\u{3004}' | '\u{3008}'..='\u{3020}' | '\u{ff01}'..='\u{ff20}' | '\u{ff3b}'..='\u{ff40}' | '\u{ff5b}'..='\u{ff65}')
        {
            return;
        }
        let letter = c.is_alphabetic();
        self.all += usize::from(letter);
        match c as u32 {
            _ if crate::import::is_han(c) => self.han += 1,
            0x3040..=0x30FF | 0x31F0..=0x31FF => self.kana += 1,
            0xAC00..=0xD7AF | 0x1100..=0x11FF | 0x3130..=0x318F => self.hangul += 1,
            _ if letter => self.latin += 1,
            _ => {}
        }
        if letter
            && matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF)
        {
            self.rtl += 1;
        }
    }

    /// See [`text_language`].
    pub fn language(&self, site: &str) -> String {
        let cjk = self.han + self.kana + self.hangul;
        let site_cjk = ["zh", "ja", "ko"].iter().any(|p| site.to_ascii_lowercase().starts_with(p));
        if site_cjk && cjk == 0 && self.latin > 0 {
            "en".into()
        } else if !site_cjk && cjk > 0 && cjk >= self.latin {
            (if self.kana > 0 {
                "ja"
            } else if self.hangul > 0 {
                "ko"
            } else {
                "zh"
            })
            .into()
        } else {
            site.into()
        }
    }

    /// See [`article_direction`].
    pub fn direction(&self, site_dir: &'static str) -> &'static str {
        let (rtl, other) = (self.rtl, self.all - self.rtl);
        match site_dir {
            "rtl" if other > rtl => "ltr",
            _ if rtl > other => "rtl",
            dir => dir,
        }
    }
}

/// `rtl` for a language tag whose script runs right to left (Arabic,
/// Hebrew, Persian, Urdu, ..., or any tag with an `Arab`, `Hebr`, `Syrc`,
/// `Thaa` or `Nkoo` script subtag), else `ltr`: without `dir="rtl"` a paper in
/// Arabic or Hebrew is set flush left with its punctuation on the wrong side.
pub fn text_direction(lang: &str) -> &'static str {
    let lang = lang.to_ascii_lowercase();
    let mut parts = lang.split(['-', '_']);
    let language = parts.next().unwrap_or("");
    // A script subtag (four letters) says it whatever the language.
    if let Some(script) = parts.find(|p| p.len() == 4 && p.bytes().all(|b| b.is_ascii_alphabetic())) {
        return if matches!(script, "arab" | "hebr" | "syrc" | "thaa" | "nkoo" | "adlm" | "rohg") {
            "rtl"
        } else {
            "ltr"
        };
    }
    let rtl = matches!(
        language,
        "ar" | "arc" | "ckb" | "dv" | "fa" | "he" | "iw" | "ks" | "ps" | "sd" | "syr" | "ug" | "ur" | "yi" | "ji"
    );
    if rtl { "rtl" } else { "ltr" }
}

/// The direction of one article's text: `rtl` where letters of scripts
/// written right to left outnumber all other letters (an Arabic or Hebrew
/// page on an English site), `ltr` where other letters outnumber them on
/// a right-to-left site (an English page in an Arabic paper), else the site's.
pub fn article_direction(site_dir: &'static str, text: &str) -> &'static str {
    Letters::of(&[text]).direction(site_dir)
}

/// A Chinese tag for traditional characters: `zh-Hant…`, or Taiwan, Hong
/// Kong or Macau without a script (`zh-TW`); such a site was labelled in
/// simplified characters.
fn is_traditional(lang: &str) -> bool {
    let mut parts = lang.split(['-', '_']).skip(1);
    match parts.next() {
        Some("hant") => true,
        Some("hans") => false,
        Some("tw" | "hk" | "mo") => true,
        _ => false,
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct SiteView {
    pub title: String,
    pub description: Option<String>,
    pub language: String,
    /// `rtl` for a language written right to left (see [`text_direction`]),
    /// else `ltr`: the default theme sets `dir` on `<html>` from it.
    pub dir: &'static str,
    pub base_url: Option<String>,
    pub search: bool,
    pub home_url: String,
    pub search_url: String,
    /// Sections, the archive and the term indexes, for the site menu.
    pub nav: Vec<Link>,
    pub labels: Labels,
}

/// What every page has besides its own content.
#[derive(Debug, Clone, Serialize)]
pub struct PageView {
    /// `article`, `issue`, `year`, `month`, `home`, `list`, `terms`, `search`, `404`.
    pub kind: &'static str,
    /// For `<title>`.
    pub title: String,
    /// Prefix to the site root from this page (`../../`).
    pub root: String,
    pub breadcrumbs: Vec<Link>,
    /// Absolute URL when `base_url` is set.
    pub canonical: Option<String>,
    /// Root-relative stylesheets beyond the theme's own.
    pub stylesheets: Vec<String>,
}

/// An [`ItemView`] serialized for templates, made once per article per
/// build (`Renderer::items`): what lists, issue pages and related lists
/// hold, and templates see exactly the fields of an `ItemView`.
pub type ItemValue = tera::Value;

/// An article in a list. Its text borrowed from the article: the view
/// lives only until it is serialized, and copying every string first was
/// half of making it (a day's build makes 2,500 of them at 10,000 articles,
/// for the first pages of the lists the day joins).
#[derive(Debug, Clone, Serialize)]
pub struct ItemView<'a> {
    pub title: &'a str,
    /// The language and direction of its text, as [`ArticleView`]'s: an
    /// English story listed on a Chinese site, an Arabic one on an English
    /// site, is marked so on every list that shows it, not on its page only.
    pub lang: String,
    pub dir: &'static str,
    pub subtitle: Option<&'a str>,
    pub url: String,
    pub date: String,
    pub page: Option<u32>,
    pub section: Option<&'a str>,
    pub reporters: Vec<&'a str>,
    pub summary: &'a str,
}

#[derive(Debug, Clone, Serialize)]
pub struct DatelineView {
    pub place: Option<String>,
    pub date: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ArticleView {
    pub title: String,
    /// The language of its text ([`text_language`]): the site's, or
    /// another where the article is in another script.
    pub lang: String,
    /// The direction of its text ([`article_direction`]): the site's, or
    /// the other where the article is in a script written the other way.
    pub dir: &'static str,
    pub subtitle: Option<String>,
    pub kicker: Option<String>,
    pub date: String,
    pub date_text: String,
    pub issue: Link,
    pub page: Option<u32>,
    /// Link to the article's page within the issue page.
    pub page_url: String,
    /// Its printed page as PDF or image, where the archive has it.
    pub facsimiles: Vec<Link>,
    pub section: Option<Link>,
    pub reporters: Vec<Link>,
    pub contributors: Vec<String>,
    pub agency: Option<String>,
    pub dateline: Option<DatelineView>,
    pub topic: Option<Link>,
    pub tags: Vec<Link>,
    pub continued_from: Option<u32>,
    pub continued_to: Option<u32>,
    /// Where the jump lines lead (root-relative): the story's other part, or
    /// that page of the issue; `None` when the issue has neither.
    pub continued_from_url: Option<String>,
    pub continued_to_url: Option<String>,
    pub truncated: bool,
    pub body_html: String,
    pub summary: String,
    pub prev: Option<Link>,
    pub next: Option<Link>,
    pub related: Vec<ItemValue>,
    /// Absolute with `base_url`, else root-relative.
    pub permalink: String,
    pub citation: String,
    /// `<script type="application/ld+json">` content, already safe for HTML.
    pub json_ld: String,
    /// Absolute address of its first image (with `base_url`, or written so), for link previews.
    pub image: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct IssuePageView {
    pub number: u32,
    /// `p02`, the anchor on the issue page.
    pub anchor: String,
    pub section: Option<Link>,
    pub articles: Vec<ItemValue>,
    /// The printed page as PDF or image, where the archive has it.
    pub facsimiles: Vec<Link>,
}

#[derive(Debug, Clone, Serialize)]
pub struct IssueView {
    pub date: String,
    pub date_text: String,
    pub pages: Vec<IssuePageView>,
    /// How many of `pages` are printed pages (a `number` above 0).
    pub printed_pages: usize,
    pub articles: usize,
    pub prev: Option<Link>,
    pub next: Option<Link>,
    pub year: Link,
    pub month: Link,
}

#[derive(Debug, Clone, Serialize)]
pub struct DayView {
    pub day: u32,
    pub url: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct MonthGridView {
    pub year: i32,
    pub month: u32,
    pub name: String,
    pub url: Option<String>,
    /// Weeks Monday to Sunday; `None` outside the month.
    pub weeks: Vec<[Option<DayView>; 7]>,
    pub issues: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct IssueCardView {
    pub date: String,
    pub date_text: String,
    pub url: String,
    pub pages: usize,
    pub articles: usize,
    /// The lead article of each page.
    pub leads: Vec<ItemValue>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CalendarView {
    pub year: i32,
    /// One grid for a month page, twelve for a year page.
    pub months: Vec<MonthGridView>,
    /// The month's issues (month pages only).
    pub issues: Vec<IssueCardView>,
    pub prev: Option<Link>,
    pub next: Option<Link>,
    pub years: Vec<Link>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PagerLinkView {
    pub number: usize,
    pub url: String,
    pub current: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct PagerView {
    pub current: usize,
    pub total_pages: usize,
    pub total_items: usize,
    pub prev: Option<String>,
    pub next: Option<String>,
    /// First, last and the pages around the current one; gaps are `None`.
    pub links: Vec<Option<PagerLinkView>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct HomeView {
    pub issues: Vec<IssueCardView>,
    pub pager: PagerView,
    pub years: Vec<Link>,
    pub sections: Vec<SectionLinkView>,
}

/// A section on the home page; its count on the first page only.
#[derive(Debug, Clone, Serialize)]
pub struct SectionLinkView {
    pub name: String,
    pub url: String,
    pub count: Option<usize>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ListView {
    /// `sections`, `reporters`, `topics`, `tags`.
    pub taxonomy: &'static str,
    pub taxonomy_name: String,
    pub name: String,
    pub index_url: String,
    pub items: Vec<ItemValue>,
    /// Articles in the list, on its first page only: the older pages do not
    /// change as the list grows (see `graph::ListPages`), so a theme that
    /// shows `pager.total_items` there makes them change every day.
    pub count: Option<usize>,
    pub pager: PagerView,
}

#[derive(Debug, Clone, Serialize)]
pub struct TermsView {
    pub taxonomy: &'static str,
    pub taxonomy_name: String,
    pub terms: Vec<CountedLink>,
    pub pager: PagerView,
}

#[derive(Debug, Clone, Serialize)]
pub struct SearchPageView {
    /// Root-relative scripts of the search engine and index, in load order.
    pub scripts: Vec<String>,
    pub sections: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_puts_the_day_first_outside_north_america() {
        for lang in ["en-gb", "en-au", "en-nz", "en-ie", "en-in", "en-ng", "en_za"] {
            assert!(day_first(lang), "{lang}");
        }
        for lang in ["en", "en-us", "en-ca", "en-ph", "zh-cn", "fr-fr"] {
            assert!(!day_first(lang), "{lang}");
        }
        assert!(Labels::for_language("en-GB").day_first);
        assert!(!Labels::for_language("en-US").day_first);
    }

    #[test]
    fn languages_written_right_to_left_are_rtl() {
        for lang in ["ar", "ar-EG", "he", "he-IL", "iw", "fa-IR", "ur-PK", "ps", "ckb", "yi", "pa-Arab", "az-arab-IR"] {
            assert_eq!(text_direction(lang), "rtl", "{lang}");
        }
        for lang in ["zh-CN", "zh-Hant-TW", "en", "en-GB", "fr", "ku", "ku-Latn", "ar-Latn", "tr", "ja", ""] {
            assert_eq!(text_direction(lang), "ltr", "{lang}");
        }
    }

    /// The counts taken one letter at a time by Unicode's own tables, as
    /// `text_language` and `article_direction` first did.
    fn letters_by_tables(text: &str) -> Letters {
        let (mut han, mut kana, mut hangul, mut latin, mut rtl, mut other) = (0, 0, 0, 0, 0, 0);
        for c in text.chars() {
            match c as u32 {
                _ if crate::import::is_han(c) => han += 1,
                0x3040..=0x30FF | 0x31F0..=0x31FF => kana += 1,
                0xAC00..=0xD7AF | 0x1100..=0x11FF | 0x3130..=0x318F => hangul += 1,
                _ if c.is_alphabetic() => latin += 1,
                _ => {}
            }
            if c.is_alphabetic() {
                match c as u32 {
                    0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF => {
                        rtl += 1
                    }
                    _ => other += 1,
                }
            }
        }
        Letters { han, kana, hangul, latin, rtl, all: rtl + other }
    }

    #[test]
    fn letters_counted_in_one_pass_are_those_unicode_counts() {
        // Every character of the blocks a paper's text is made of, in runs
        // that tip the counts one way and the other.
        let blocks = [
            0..0x250u32,
            0x590..0x900,
            0x1ff0..0x2080,
            0x3000..0x3200,
            0x3400..0x3410,
            0x4dc0..0x4e10,
            0x4e10..0x9ff0,
            0x9ff0..0xa010,
            0xac00..0xac10,
            0xff00..0xfff0,
        ];
        let mut texts: Vec<String> = Vec::new();
        for r in blocks {
            let chars: Vec<char> = r.filter_map(char::from_u32).collect();
            texts.extend(chars.chunks(7).map(|c| c.iter().collect()));
        }
        texts.extend(["市议会 مجلس", "ナ・カ abc", "\u{d7a4}\u{d7a3}한 a", "・・・ab", "\u{20000}x"].map(String::from));
        for t in &texts {
            assert_eq!(Letters::of(&[t]), letters_by_tables(t), "{t:?}");
        }
        // Title and summary count as one text.
        assert_eq!(Letters::of(&["Council", "مجلس المدينة"]), Letters::of(&["Council\nمجلس المدينة"]));
    }

    #[test]
    fn an_article_in_a_script_written_the_other_way_has_its_own_direction() {
        assert_eq!(article_direction("ltr", "مجلس المدينة يقر الميزانية\nأقر المجلس"), "rtl");
        assert_eq!(article_direction("ltr", "הכנסת אישרה את התקציב"), "rtl");
        // A few Arabic words quoted in an English story leave it as it is.
        assert_eq!(article_direction("ltr", "Council approves budget after \"مرحبا\" campaign"), "ltr");
        assert_eq!(article_direction("ltr", "市议会通过预算"), "ltr");
        assert_eq!(article_direction("rtl", "Council approves the budget"), "ltr");
        assert_eq!(article_direction("rtl", "مجلس المدينة يقر الميزانية (UN)"), "rtl");
        // Digits and punctuation alone say nothing.
        assert_eq!(article_direction("rtl", "2026 — 3.5%"), "rtl");
    }

    #[test]
    fn an_article_in_another_script_has_its_own_language() {
        assert_eq!(text_language("zh-CN", "Council tax to rise by 4.99pc"), "en");
        assert_eq!(text_language("zh-CN", "G20峰会在杭州举行 2026"), "zh-CN");
        assert_eq!(text_language("zh-CN", "2026"), "zh-CN");
        assert_eq!(text_language("en-GB", "淇县西岗镇文化广场 CBD"), "zh");
        assert_eq!(text_language("en-GB", "東京のニュース"), "ja");
        assert_eq!(text_language("en", "서울 뉴스"), "ko");
        assert_eq!(text_language("en-GB", "Xi Jinping (习近平) met the prime minister"), "en-GB");
        assert_eq!(text_language("fr", "Le conseil municipal"), "fr");
    }
}
