//! Import step, credits: bylines, lead credits (`本报讯(记者 X)`, agency
//! datelines), end credits (`(本报记者X整理)`, `(…供稿)`), photo credits and
//! English `By NAME` lines → reporters, contributors, agency and the raw
//! dateline. Roles are kept apart: 记者 are reporters; 通讯员, 实习生,
//! photographers and crediting organisations are contributors.

use super::rules::ImportRules;
use super::text::{fold_traditional, in_brackets, is_han, len, restore, static_re, title_case_caps, word_count};
use regex::Regex;
use std::sync::OnceLock;

/// Where and when a dateline says a story was filed, before the year is known.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawDateline {
    pub place: Option<String>,
    pub month: Option<u32>,
    pub day: Option<u32>,
}

/// Everything a credit line says about who made an article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Credits {
    pub reporters: Vec<String>,
    pub contributors: Vec<String>,
    pub agency: Option<String>,
    pub dateline: Option<RawDateline>,
    /// `Staff Reporter`, `Our Correspondent`: a byline that names no one,
    /// as printed. It stands for the writer only where no one is named
    /// ([`Credits::writers`]); segmentation counts it as no name.
    pub desk: Option<String>,
}

impl Credits {
    /// Adds another credit's names (first mention wins; a reporter is never
    /// also listed as a contributor).
    pub fn merge(&mut self, other: Credits) {
        for r in other.reporters {
            push_unique(&mut self.reporters, r);
        }
        for c in other.contributors {
            push_unique(&mut self.contributors, c);
        }
        let reporters = self.reporters.clone();
        self.contributors.retain(|c| !reporters.contains(c));
        // (`综合外电` over a story that closes `（综合新华社、法新社）`: the
        // wires named outrank the foreign wires said in general.)
        if self.agency.is_none() || (self.agency.as_deref() == Some(FOREIGN_WIRES) && other.agency.is_some()) {
            self.agency = other.agency;
        }
        if self.dateline.is_none() {
            self.dateline = other.dateline;
        }
        if self.desk.is_none() {
            self.desk = other.desk;
        }
    }

    /// Whether it names no one and nothing: a role line (`Political
    /// Editor`), or a desk's byline (`Staff Reporter`), whose desk is kept.
    pub fn names_no_one(&self) -> bool {
        self.reporters.is_empty() && self.contributors.is_empty() && self.agency.is_none() && self.dateline.is_none()
    }

    /// The writers to credit: those named, else the desk that signed
    /// (`Our Correspondent`, as Dawn and The Hindu list such copy), unless a
    /// wire is credited.
    pub fn writers(&self) -> Vec<String> {
        match &self.desk {
            Some(desk) if self.reporters.is_empty() && self.agency.is_none() => vec![desk.clone()],
            _ => self.reporters.clone(),
        }
    }
}

/// `by June, says DMRC chief`, `by Friday`: a headline's second line that
/// opens on `by` (`Metro line to open` over it), no byline: no writer is
/// followed by a verb of saying, and none is named for a month or a day.
fn is_headline_on_by(line: &str) -> bool {
    const SAYING: &[&str] =
        &["says", "said", "say", "warns", "claims", "insists", "reveals", "admits", "told", "urges", "vows", "pledges"];
    // Other words for when, beside the months (`super::text::MONTHS`) and
    // the days of the week (`super::header::is_weekday`).
    const WHEN: &[&str] = &["year-end", "midnight", "noon", "tomorrow", "tonight"];
    let t = line.trim();
    let Some(rest) = t.strip_prefix("by ").or_else(|| t.strip_prefix("By ")) else { return false };
    let said = rest
        .split_once(", ")
        .is_some_and(|(_, after)| after.split_whitespace().next().is_some_and(|w| SAYING.contains(&w)));
    let words: Vec<&str> = rest.split_whitespace().collect();
    let first = words.first().map_or(String::new(), |w| w.trim_end_matches([',', '.', ';']).to_lowercase());
    // (`by May Chen`: a writer named for the month, her surname after it.)
    let surname_after = words.first().is_some_and(|w| !w.ends_with(','))
        && words.get(1).is_some_and(|w| w.starts_with(char::is_uppercase));
    let when = (WHEN.contains(&first.as_str())
        || super::text::MONTHS.contains(&first.as_str())
        || super::header::is_weekday(&first))
        && words.len() <= 6
        && !surname_after;
    said || (t.starts_with("by ") && when)
}

/// The desk an unnamed byline names, as printed: `By Our Staff Reporter` →
/// `Staff Reporter`, `STAFF REPORTER` → `Staff Reporter`; none for a
/// freelancer's `Special to The Courier` or `For The Courier`.
fn desk_named(line: &str) -> Option<String> {
    let t = after_by(line.trim().trim_start_matches(['—', '–', '-']).trim_start());
    let straight = t.replace('’', "'");
    let t = straight
        .strip_prefix("The Newspaper's ")
        .or_else(|| straight.strip_prefix("Newspaper's "))
        .or_else(|| straight.strip_prefix("Our ").filter(|r| r.starts_with("Staff ")))
        .unwrap_or(&straight)
        .trim();
    if t.starts_with("Special to ") || t.starts_with("For ") || t.is_empty() {
        return None;
    }
    let t = if t.chars().any(char::is_lowercase) {
        t.to_string()
    } else {
        // (`DC CORRESPONDENT`: the paper's initials stay capitals.)
        match t.split_once(' ') {
            Some((initials, rest)) if initials.len() <= 3 && is_beat_desk(t) => {
                format!("{initials} {}", title_case_caps(rest))
            }
            _ => title_case_caps(t),
        }
    };
    // `Staff report(s)`, `From staff reports` name no writer, not even a
    // desk's; `Staff Report` set as a name is (Pakistani papers sign with
    // it as others do with `Staff Reporter`).
    let lower = t.to_lowercase();
    (!lower.contains("report") || lower.contains("reporter") || t == "Staff Report").then_some(t)
}

/// `Staff report`, `Sports Reporter`, `Our Bureau`, `Monitoring Desk`
/// (Pakistani papers), `Special to The Courier`: a byline that names no
/// writer.
fn unnamed_byline() -> &'static Regex {
    static UNNAMED: OnceLock<Regex> = OnceLock::new();
    static_re(
        &UNNAMED,
        r"^(?:(?:[—–-]\s*)?(?:[A-Z][A-Za-z]+\s+)?(?i:(?:from\s+)?staff(?:\s+and\s+wire)?\s+reports?)|(?:Our|Staff|Special|Legal|Political|Diplomatic|Sports|Business|Chief|Senior)\s+(?:Special\s+)?(?:Reporter|Correspondent|Representative|Bureau)|Our\s+Bureau|(?:Monitoring|News|Web|Online|Foreign|City|Metro|National|Sports|Business)\s+Desk|(?:Special\s+to\s+(?:[Tt]he\s+)?|For\s+[Tt]he\s+)[A-Z][A-Za-z.'&\-]*(?:\s+[A-Z][A-Za-z.'&\-]*){0,3})$",
    )
}

/// A byline's text after its `By`, set in either case (`By Staff
/// Reporter`, `BY STAFF REPORTER`).
fn after_by(t: &str) -> &str {
    t.strip_prefix("By ").or_else(|| t.strip_prefix("BY ")).unwrap_or(t)
}

/// `HT Correspondent`, `Court Reporter`, `Crime Correspondent`: the
/// paper's initials or a beat before the reporting noun. Alone under a
/// headline it is the story's only credit, the desk that filed it; where the
/// holder is named too, the name is the writer ([`Credits::writers`]).
/// (`Political Editor` stays a role: editors sign their own names.)
fn is_beat_desk(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    let [first, role] = words[..] else {
        return false;
    };
    if ["Our", "The", "By", "For", "Staff"].iter().any(|w| w.eq_ignore_ascii_case(first)) {
        return false;
    }
    let initials = (2..=4).contains(&first.len()) && first.chars().all(|c| c.is_ascii_uppercase());
    let beat = first.len() >= 4
        && first.starts_with(|c: char| c.is_ascii_uppercase())
        && first.chars().all(|c| c.is_ascii_alphabetic());
    ["Reporter", "Correspondent"].iter().any(|r| is_role_word(role, &[r])) && (initials || beat)
}

/// `Nation Reporter`, `Herald Reporter`, `Gleaner Writer`: the paper's
/// name before the role noun signs for its own desk, as `Staff Reporter`
/// does; a beat there (`Political Editor`, `Court Reporter`) makes a role
/// whose holder is named elsewhere. (The paper's initials, `HT
/// Correspondent`, and a reporter's beat, `Court Reporter`, are read by
/// [`is_beat_desk`].)
fn is_house_desk(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    words.len() == 2
        && ["Reporter", "Correspondent", "Writer"].iter().any(|r| is_role_word(words[1], &[r]))
        && words[0].starts_with(|c: char| c.is_uppercase())
        && words[0].chars().count() >= 3
        && words[0].chars().all(char::is_alphabetic)
        && !is_role_word(words[0], ROLE_QUALIFIERS)
        && !is_role_word(words[0], ROLE_NOUNS)
        && !["Our", "The", "By", "For"].iter().any(|w| w.eq_ignore_ascii_case(words[0]))
}

/// Everyone `people` names, writers first, as contributors only: a
/// photograph's or a supplier's credit names no writer of the story.
fn as_contributors(people: Credits) -> Credits {
    let mut credits = Credits::default();
    for n in people.reporters.into_iter().chain(people.contributors) {
        push_unique(&mut credits.contributors, n);
    }
    credits
}

/// Whether `names` name someone and every one reads as a person's name
/// (see [`looks_like_person`]): the check that tells a credit from words
/// that only stand where one could.
fn all_people<'a>(names: impl IntoIterator<Item = &'a String>, rules: &ImportRules) -> bool {
    let mut any = false;
    for n in names {
        if !looks_like_person(n, rules) {
            return false;
        }
        any = true;
    }
    any
}

fn push_unique(v: &mut Vec<String>, s: String) {
    let s = sanitize_name(&s);
    if !s.is_empty() && !v.contains(&s) {
        v.push(s);
    }
}

/// Names become taxonomy terms: no path separators, no stray brackets.
fn sanitize_name(s: &str) -> String {
    let s: String = s.chars().filter(|c| !matches!(c, '/' | '\\' | '(' | ')' | '（' | '）' | '[' | ']')).collect();
    let s = s.trim().trim_matches(|c: char| matches!(c, '.' | ',' | ':' | '，' | '：'));
    if s == "." || s == ".." { String::new() } else { s.trim().to_string() }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Reporter,
    Contributor,
}

/// What kind of end credit a line is: it matters for where articles split.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CreditKind {
    /// `(本报记者X整理)`: the article's authors.
    People,
    /// `(XX局、YY中心供稿)`: a supplied piece.
    Org,
    /// `X 摄`: a photo credit, may stand anywhere.
    Photo,
    /// `(据新华社)`: the source agency.
    Agency,
}

const MARKERS: &[char] = &['□', '■', '●', '◎', '▲', '◆', '★', '☆', '○', '◇', '△', '▇', '▉'];
/// Who edited or checked a page (`责任编辑`, `○编辑`): no writer of its stories.
const EDITOR_ROLES: &[&str] = &["责任编辑", "值班编辑", "美术编辑", "责编", "美编", "编辑", "校对", "审校", "审核"];
/// `受访者`, `读者` in `图/受访者提供`, `（资料）`: a photo's source that names no one.
const NO_ONE_NAMED: &[&str] = &[
    "读者",
    "网友",
    "市民",
    "受访者",
    "受访人",
    "被访者",
    "当事人",
    "家属",
    "警方",
    "校方",
    "学校",
    "院方",
    "资料",
    "本报资料",
    "主办方",
    "主办单位",
    // (A product's or film's picture from its maker: `厂家供图`, `片方供图`.)
    "厂家",
    "厂方",
    "片方",
    "出品方",
];
const WORK_SUFFIXES: &[&str] =
    &["采访整理", "整理", "采访", "报道", "采写", "撰稿", "撰文", "执笔", "供稿", "摄影", "摄", "编著", "著"];

/// Splits a credit's text into people, by role words, separators and, for
/// run-together Han names, surnames.
pub fn parse_people(content: &str, default_role: Role, rules: &ImportRules) -> Credits {
    let mut credits = Credits::default();
    let mut role = default_role;
    // `图/记者 郑宇`: the work before the role word says the role of the
    // names up to the next work (a photographer, though titled 记者).
    let mut work_role: Option<Role> = None;
    let mut editing = false;
    let content = role_apart(&content.replace(['／', '｜', '|'], "/"), rules);
    for token in join_padded_names(&content) {
        let mut t = token.trim();
        // `通讯员 吴佳 供图`: the work after the names, apart, is no name.
        if matches!(t, "文/图" | "图/文" | "文图" | "图文" | "文" | "图" | "/" | "供图" | "供稿") {
            continue;
        }
        // `组图：图①② 本报记者 徐 阳 摄  图③ …`: a photo page names each
        // picture before its photographer; the pictures are no one.
        let picture = |t: &str| {
            matches!(t, "组图" | "组照" | "图片")
                || t.strip_prefix('图').is_some_and(|r| {
                    !r.is_empty()
                        && r.chars().all(|c| ('①'..='⑳').contains(&c) || c.is_ascii_digit() || "、-—～~".contains(c))
                })
        };
        if picture(t) {
            continue;
        }
        for p in ["文/图", "图/文"] {
            t = t.strip_prefix(p).unwrap_or(t);
        }
        for (p, r) in [
            ("文/", None),
            ("文字/", None),
            ("撰文/", None),
            ("图/", Some(Role::Contributor)),
            ("图片/", Some(Role::Contributor)),
            ("摄影/", Some(Role::Contributor)),
            ("摄/", Some(Role::Contributor)),
            ("视频/", Some(Role::Contributor)),
        ] {
            if let Some(x) = t.strip_prefix(p) {
                t = x;
                work_role = r;
                // `文/记者 张三`: the role word may follow as its own token.
                if r.is_none() {
                    role = Role::Reporter;
                }
                break;
            }
        }
        // `图/受访者提供`: a source's photo credits no one by name.
        if NO_ONE_NAMED.contains(&t.trim_end_matches("供图").trim_end_matches("提供")) {
            continue;
        }
        if t.is_empty() {
            continue;
        }
        // `张三/文 李四/图`: the work after the name says the role of this name only.
        let mut own_role = None;
        for (suffix, r) in [("/文", Role::Reporter), ("/图", Role::Contributor), ("/摄", Role::Contributor)] {
            if let Some(x) = t.strip_suffix(suffix) {
                t = x;
                own_role = Some(r);
                break;
            }
        }
        // `中青报·中青网记者`: the paper before the role is no name.
        if let Some(paper) = paper_before_role(t) {
            t = &t[paper.len()..];
        }
        // Role words may be glued to the name (`记者张建新`).
        if let Some(rest) = strip_posted_role(t).or_else(|| strip_bureau_token(t)) {
            t = rest;
            role = Role::Reporter;
            editing = false;
        }
        // `◎记者 赵 彤 ○编辑 孙 放`: the desk's editor, set after the writer
        // behind a marker of its own, worked on the page, not the story: the
        // names up to the next role are dropped, as 责任编辑 lines are.
        let unmarked = t.trim_start_matches(MARKERS);
        if let Some(r) = EDITOR_ROLES.iter().find(|r| unmarked.starts_with(**r)) {
            t = &unmarked[r.len()..];
            editing = true;
        } else if unmarked.len() != t.len() && !unmarked.is_empty() {
            t = unmarked;
        }
        loop {
            let before = t;
            if let Some(r) = rules.reporter_roles.iter().find(|r| t.starts_with(r.as_str())) {
                t = &t[r.len()..];
                role = Role::Reporter;
                editing = false;
            } else if let Some(r) = rules.contributor_roles.iter().find(|r| t.starts_with(r.as_str())) {
                t = &t[r.len()..];
                role = Role::Contributor;
                editing = false;
            }
            if t == before {
                break;
            }
        }
        for s in WORK_SUFFIXES {
            if let Some(rest) = t.strip_suffix(s) {
                // `本报记者 陈曦 综合报道`: the kind of report, apart, is no name.
                if matches!(*s, "报道" | "报导") && FILED_WORK.contains(&rest.trim()) {
                    t = "";
                } else {
                    t = rest;
                }
                break;
            }
        }
        let t = t.trim();
        if t.is_empty() || !is_name_like(t) || editing {
            continue;
        }
        let list = match own_role.or(work_role).unwrap_or(role) {
            Role::Reporter => &mut credits.reporters,
            Role::Contributor => &mut credits.contributors,
        };
        for name in split_names(t, rules) {
            push_unique(list, name);
        }
    }
    credits
}

/// The paper a writer's credit names before the role: `本报` for the
/// paper's own (`本报记者 邝静`), or another (`南都记者 X`).
fn writers_paper(who: &str) -> Option<String> {
    let who = who.trim_start();
    if who.starts_with("本报") { Some("本报".into()) } else { paper_before_role(who).map(str::to_string) }
}

/// `证券时报记者 孙翔峰`, `经济日报记者 王某`: the paper (its own, or the
/// one the copy comes from) named before the role, as `本报` is; with its
/// website or app after a dot (`中青报·中青网记者`, `南方日报·南方+通讯员`);
/// or the news outlet or county media centre (`21世纪经济报道记者`,
/// `南方财经全媒体记者`, `每日经济新闻记者`, `县融媒体中心记者`, the county's
/// own `融媒体中心记者` on its weekly), and the
/// weeklies (`南方周末记者`, `三联生活周刊记者`).
/// The paper's name, when a role follows it.
fn paper_before_role(t: &str) -> Option<&str> {
    static PAPER_ROLE: OnceLock<Regex> = OnceLock::new();
    let paper_role = static_re(
        &PAPER_ROLE,
        r"^((?:[\p{Han}0-9]{1,10}?(?:日报|晚报|时报|商报|都市报|青年报|报|报道|通讯社|电视台|广播电视台|新闻|财经|融媒体中心|传媒|新闻网|客户端|周末|周刊)|融媒体中心|融媒中心)(?:[·•・][\p{Han}+]{1,6}?)?)(?:(?:首席|见习|实习|特约|融媒体|全媒体|融媒|摄影)?记者|通讯员|实习生)",
    );
    paper_role.captures(t).and_then(|c| c.get(1)).map(|m| m.as_str()).or_else(|| short_paper_before_role(t))
}

/// `南都记者 黄嘉欣`, `北青记者 X`: a paper known by two characters of its
/// name (南方都市报, 北京青年报) before the role, the name set apart. Two
/// characters that say what kind of reporter (`特约`, `首席`, `摄影`) or
/// whose reporter (`本报`, `该报`) are no paper.
fn short_paper_before_role(t: &str) -> Option<&str> {
    static SHORT: OnceLock<Regex> = OnceLock::new();
    let re = static_re(
        &SHORT,
        r"^(\p{Han}{2})(?:(?:首席|见习|实习|特约|融媒体|全媒体|融媒|摄影)?记者|通讯员|实习生)(?:[ \u{3000}]+\p{Han}|$)",
    );
    let paper = re.captures(t)?.get(1)?.as_str();
    (!is_kind_of_reporter(paper)).then_some(paper)
}

/// Two characters before `记者` that say what kind of reporter, or whose
/// (`特约记者`, `本报记者`), not which paper.
fn is_kind_of_reporter(s: &str) -> bool {
    const KINDS: &[&str] = &[
        "本报", "本刊", "本台", "本网", "该报", "首席", "见习", "实习", "特约", "特派", "摄影", "文字", "视频", "融媒",
        "全媒", "驻站", "驻地", "前方", "前线", "随团", "随队", "跟队", "资深", "高级", "主任", "专职", "兼职", "值班",
        "新闻", "广播", "电视", "报社", "编辑", "一线", "多名", "一名", "两名", "女性", "青年", "年轻", "外国", "境外",
        "中外", "各路", "地方", "当地", "学生", "校园",
    ];
    KINDS.contains(&s)
}

/// `本报驻东京记者`, `新华社驻开罗记者`, `驻联合国记者`: a correspondent's
/// role names the post abroad between `驻` and `记者`; the text after it (the
/// name, or nothing when the name is its own token). The post is no
/// dateline: it says where the writer is stationed, not where the story was filed.
fn strip_posted_role(t: &str) -> Option<&str> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re =
        static_re(&RE, r"^(?:本报|新华社|人民日报|中新社|光明日报|经济日报)?(?:常)?驻\p{Han}{1,8}?(?:首席|特约)?记者");
    re.find(t).map(|m| &t[m.end()..])
}

/// `本版由市水利局协办`, `本版稿件由市水利局提供`, `本版图片由X提供`: a special
/// page's credit to the department that co-produced it or supplied its
/// pieces, set once for the whole page. The department's name.
pub fn parse_page_credit(line: &str) -> Option<String> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = static_re(
        &RE,
        r"^本版(?:稿件|图片|文字|内容|图文|文图|照片)?(?:均)?由\s*(\p{Han}{2,24}?)\s*(?:联合)?(?:协办|主办|承办|联办|提供|供稿|供图|支持)$",
    );
    let t = line.trim().trim_matches(['(', ')', '（', '）', '【', '】']);
    // `东湖区委宣传部　协办` under a special page's banner: the same credit
    // without `本版由`, the department named as departments are.
    static COHOST: OnceLock<Regex> = OnceLock::new();
    let cohost = static_re(
        &COHOST,
        r"^(\p{Han}{2,22}?(?:部|局|委|办|院|会|厅|中心|集团|公司|政府|协会|学校|大学|银行|所|处|站|队|馆))[ \u{3000}]*(?:联合)?(?:协办|联办)$",
    );
    re.captures(t).or_else(|| cohost.captures(t).filter(|c| !c[1].contains('由'))).map(|c| c[1].to_string())
}

/// `本版撰稿　李　静　王　晨`, `本版文字：X`: the writers of a special page's
/// pieces, named once at its foot for all of them.
pub fn parse_page_writers(line: &str, rules: &ImportRules) -> Option<Vec<String>> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = static_re(&RE, r"^本版(?:撰稿|撰文|文字|采写|采访)\s*[/／:：]?\s*(\p{Han}[\p{Han}\s、，,]{1,40})$");
    let c = re.captures(line.trim())?;
    let credits = parse_people(&c[1], Role::Reporter, rules);
    (credits.contributors.is_empty() && all_people(&credits.reporters, rules)).then_some(credits.reporters)
}

/// `（本版稿件综合新华社、中新社）`, `本版稿件据新华社电`: said once under a
/// page of wire copy, it credits each piece there that names no one of its
/// own to the agencies it names. `（本版综合海外网、人民网报道）` is such a
/// note too though its first source is a site no rule lists: the site is
/// the pieces' source, and the note no text of the last piece on the page
/// (`Some(None)`: a note of sources none of which reads as one).
pub fn parse_page_wire(line: &str, rules: &ImportRules) -> Option<Option<String>> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re =
        static_re(&RE, r"^本版(?:稿件|新闻|内容|文字|图文|消息)?(?:均)?(综合|据|来源[:：]|来自|选自|摘自)\s*(.+)$");
    let t = line.trim().trim_start_matches(['(', '（']).trim_end_matches([')', '）']);
    let c = re.captures(t)?;
    let from = c[2].trim_end_matches(['电', '等']).trim_end_matches("报道").trim_end_matches("消息");
    if from.is_empty() {
        return None;
    }
    if let Some(agency) = compiled_from(from, rules) {
        return Some(Some(agency));
    }
    // Only a list of names, each short: a sentence (`本版据读者来信整理，…`)
    // stays text.
    let names: Vec<&str> = from.split(['、', '，', ',', ' ']).map(str::trim).filter(|n| !n.is_empty()).collect();
    if names.is_empty()
        || !names
            .iter()
            .all(|n| (2..=10).contains(&n.chars().count()) && n.chars().all(|c| is_han(c) || c == '《' || c == '》'))
    {
        return None;
    }
    static OUTLET: OnceLock<Regex> = OnceLock::new();
    let outlet = static_re(&OUTLET, r"^\p{Han}{1,8}?(?:日报|晚报|晨报|早报|时报|商报|新闻网|网|电视台|新闻|客户端)$");
    let first = names[0].trim_start_matches('《').trim_end_matches('》');
    Some(outlet.is_match(first).then(|| first.to_string()))
}

/// `淇县记者站`, `本报浚县记者站记者王斌`: one token of a credit naming a county
/// bureau, a reporter's role as `记者` is; the name glued after it, if any.
fn strip_bureau_token(t: &str) -> Option<&str> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = static_re(&RE, r"^(?:本报)?(?:驻)?\p{Han}{1,8}?记者站(?:站长|副站长|首席记者|记者)?");
    re.find(t).map(|m| &t[m.end()..])
}

/// `本报淇县记者站 刘春雨`, `本报浚县记者站记者 X`, `本报驻浚县记者站站长 X`:
/// a county bureau's byline names the bureau where another paper names the
/// post; the text after it (the name). Like a post, the bureau is no dateline.
fn strip_station_role(t: &str) -> Option<&str> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = static_re(&RE, r"^本报(?:驻)?\p{Han}{1,8}?记者站(站长|副站长|首席记者|记者)?");
    let c = re.captures(t)?;
    let rest = &t[c.get(0)?.end()..];
    // `本报淇县记者站成立十周年` is a headline: the name is set apart, or
    // follows a role.
    (c.get(1).is_some() || rest.starts_with(char::is_whitespace)).then_some(rest)
}

/// The tokens of a credit, with two-character names that typesetting
/// padded to the width of three (`王  斌`) put back together: two lone Han
/// characters in a row are one name, as no name has one character.
/// `记者王 浩` → `记者 王 浩`: a role word glued to the first half of a
/// padded name is set apart, so that the halves are joined as a name.
fn role_apart(content: &str, rules: &ImportRules) -> String {
    // (The half after the role is a surname: `记者站 王 斌` is a bureau.)
    let lone_after = |rest: &str| {
        let mut cs = rest.chars();
        let first = cs.next().is_some_and(|c| rules.surname_rank(c).is_some());
        let gap: String = cs.clone().take_while(|c| *c == ' ' || *c == '\u{3000}').collect();
        let mut after = cs.skip(gap.chars().count());
        first
            && !gap.is_empty()
            && after.next().is_some_and(is_han)
            && after.next().is_none_or(|c| c.is_whitespace() || "、，,；;)）".contains(c))
    };
    let roles = rules.reporter_roles.iter().chain(&rules.contributor_roles);
    let mut out = content.to_string();
    for role in roles {
        let mut from = 0;
        while let Some(k) = out[from..].find(role.as_str()).map(|k| k + from) {
            let end = k + role.len();
            if lone_after(&out[end..]) {
                out.insert(end, ' ');
            }
            from = end;
        }
    }
    out
}

fn join_padded_names(content: &str) -> Vec<String> {
    let tokens: Vec<&str> = content
        .split(|c: char| c.is_whitespace() || matches!(c, '、' | ',' | '，' | ';' | '；' | ':' | '：'))
        .filter(|t| !t.is_empty())
        .collect();
    let lone = |t: &str| {
        let mut cs = t.chars();
        cs.next().is_some_and(|c| is_han(c) && !matches!(c, '文' | '图' | '摄')) && cs.next().is_none()
    };
    let mut out = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        // The second half may carry the work (`王  斌摄`).
        // (`记者 李 文 摄`: a name's half that is `文` or `图` when nothing
        // follows it — no one is named by one character, so it is no work.)
        let last_half = i + 2 == tokens.len() && matches!(tokens[i + 1], "文" | "图");
        let second_is_lone = last_half
            || tokens
                .get(i + 1)
                .is_some_and(|t| lone(t) || WORK_SUFFIXES.iter().any(|s| t.strip_suffix(s).is_some_and(lone)));
        // (`文/苏 晴  图/吴 越`: the first half may carry the work before it.)
        let first_is_lone = lone(tokens[i])
            || ["文/", "图/", "摄影/", "摄/", "文字/", "撰文/", "图片/"]
                .iter()
                .any(|w| tokens[i].strip_prefix(w).is_some_and(|r| lone(r) && !matches!(r, "文" | "图")));
        if first_is_lone && second_is_lone {
            out.push(format!("{}{}", tokens[i], tokens[i + 1]));
            i += 2;
        } else {
            out.push(tokens[i].to_string());
            i += 1;
        }
    }
    out
}

/// A person's name: Han characters (with `·` for transliterated names), or Latin words.
fn is_name_like(t: &str) -> bool {
    let n = t.chars().count();
    if t.chars().all(|c| is_han(c) || c == '·' || c == '•') {
        let han = t.chars().filter(|c| is_han(*c)).count();
        return (2..=6).contains(&han) || (t.contains(['·', '•']) && han <= 12);
    }
    n <= 40 && t.chars().all(|c| (c.is_alphabetic() && !is_han(c)) || matches!(c, ' ' | '.' | '-' | '\''))
}

/// `周圆王舒一` → [周圆, 王舒一]: a run of 4–6 Han characters that no separator
/// divides is split into 2–3 character names, each starting with a surname;
/// fewer names first, then the more common surnames.
pub fn split_names(run: &str, rules: &ImportRules) -> Vec<String> {
    let chars: Vec<char> = run.chars().collect();
    let n = chars.len();
    if !(4..=6).contains(&n) || !chars.iter().all(|c| is_han(*c)) {
        return vec![run.to_string()];
    }
    // Best (parts, rank sum, cut points) found so far.
    let mut best: Option<(usize, usize, Vec<usize>)> = None;
    fn walk(
        chars: &[char],
        start: usize,
        cuts: &mut Vec<usize>,
        rank: usize,
        rules: &ImportRules,
        best: &mut Option<(usize, usize, Vec<usize>)>,
    ) {
        if start == chars.len() {
            let key = (cuts.len(), rank);
            if best.as_ref().is_none_or(|(p, r, _)| key < (*p, *r)) {
                *best = Some((cuts.len(), rank, cuts.clone()));
            }
            return;
        }
        let rest: String = chars[start..].iter().collect();
        let compound = rules.compound_surnames.iter().any(|c| rest.starts_with(c.as_str()));
        let single = rules.surname_rank(chars[start]);
        let lens: &[usize] = if compound { &[3, 4] } else { &[2, 3] };
        let r = if compound {
            0
        } else if let Some(r) = single {
            r
        } else {
            return;
        };
        for &l in lens {
            if start + l <= chars.len() {
                cuts.push(start + l);
                walk(chars, start + l, cuts, rank + r, rules, best);
                cuts.pop();
            }
        }
    }
    walk(&chars, 0, &mut Vec::new(), 0, rules, &mut best);
    match best {
        // A 4-character run that starts a compound surname stays one name.
        Some((parts, _, cuts)) if parts > 1 => {
            let mut out = Vec::new();
            let mut from = 0;
            for c in cuts {
                out.push(chars[from..c].iter().collect());
                from = c;
            }
            out
        }
        _ => vec![run.to_string()],
    }
}

/// Traditional-Chinese pages (報訊, 記者, 電) are read through their simplified
/// form; the names, places and text returned are the page's own characters.
fn restored(c: Credits, original: &str, folded: &str) -> Credits {
    if original == folded {
        return c;
    }
    let back = |s: String| restore(original, folded, &s);
    Credits {
        reporters: c.reporters.into_iter().map(back).collect(),
        contributors: c.contributors.into_iter().map(back).collect(),
        agency: c.agency.map(back),
        dateline: c.dateline.map(|d| RawDateline { place: d.place.map(back), ..d }),
        desk: c.desk,
    }
}

/// A paragraph stripped of a credit at its end by `strip`, which reads
/// simplified characters: the page's own text before the credit, and the
/// credit in the page's own characters.
fn strip_folded(
    para: &str,
    rules: &ImportRules,
    strip: fn(&str, &ImportRules) -> Option<(String, Credits)>,
) -> Option<(String, Credits)> {
    let folded = fold_traditional(para);
    let flat = without_writers_units(&folded);
    let (text, c) = strip(&flat, rules)?;
    Some((para.get(..text.len()).unwrap_or(&text).to_string(), restored(c, para, &folded)))
}

/// See [`parse_lead_folded`]; traditional characters are read as simplified.
pub fn parse_lead(para: &str, rules: &ImportRules) -> Option<(Credits, usize)> {
    let folded = fold_traditional(para);
    // `据新华社北京6月17日电，泰国…`: the comma after a lead run into its
    // sentence goes with the lead; no text opens with one.
    let past_comma = |at: usize| {
        let rest = folded[at..].trim_start_matches([' ', '\u{3000}']);
        rest.strip_prefix(['，', ',']).map_or(at, |r| folded.len() - r.trim_start_matches([' ', '\u{3000}']).len())
    };
    let flat = without_writers_units(&folded);
    parse_lead_folded(&flat, rules).map(|(c, at)| (restored(c, para, &folded), past_comma(at)))
}

/// `本报讯（记者 刘芳 通讯员 王强（县农业农村局） 陈明（县气象局））`,
/// `通讯员 王强（县气象局） 记者 刘芳`: county papers bracket each
/// correspondent's unit after the name, in a lead's brackets or a byline.
/// Every credit rule closes a bracket at the first closing mark or takes a
/// bracket for an aside, so the units cut the credit short, were read as
/// names, or spilt the rest into the text. Each such group is blanked to
/// spaces of the same length (offsets into the paragraph stay true):
/// only a group after a name, its words a unit's, inside brackets that open
/// with a writer's role or after a role with no sentence's stop between.
fn without_writers_units(para: &str) -> std::borrow::Cow<'_, str> {
    const ROLES: &[&str] = &["本报", "记者", "通讯员", "特约", "见习", "实习"];
    if !para.contains(['（', '(']) {
        return std::borrow::Cow::Borrowed(para);
    }
    // Each open bracket, and whether its words open with a role.
    let mut open: Vec<(usize, bool)> = Vec::new();
    let mut clause = 0;
    let mut groups = Vec::new();
    for (i, c) in para.char_indices() {
        match c {
            '（' | '(' => {
                let after = para[i + c.len_utf8()..].trim_start();
                open.push((i, ROLES.iter().any(|r| after.starts_with(r))));
            }
            '）' | ')' => {
                let Some((start, _)) = open.pop() else { return std::borrow::Cow::Borrowed(para) };
                let inner = &para[start + para[start..].chars().next().map_or(1, char::len_utf8)..i];
                let after_name = para[..start].chars().next_back().is_some_and(is_han);
                let credited = open.iter().any(|&(_, role)| role)
                    || (open.is_empty() && ROLES.iter().any(|r| para[clause..start].contains(r)));
                if after_name && credited && is_writers_unit(inner) {
                    groups.push((start, i + c.len_utf8()));
                }
            }
            '，' | '。' | '：' | ':' | ',' | '；' if open.is_empty() => clause = i,
            _ => {}
        }
    }
    if groups.is_empty() {
        return std::borrow::Cow::Borrowed(para);
    }
    let mut out = String::with_capacity(para.len());
    let mut at = 0;
    for (a, b) in groups {
        out.push_str(&para[at..a]);
        // A wide space for each wide character: the text keeps its length
        // in characters too, which the credit rules bound.
        for c in para[a..b].chars() {
            match c.len_utf8() {
                3 => out.push('\u{3000}'),
                n => out.push_str(&" ".repeat(n)),
            }
        }
        at = b;
    }
    out.push_str(&para[at..]);
    std::borrow::Cow::Owned(out)
}

/// `县农业农村局`, `石桥镇`, `区人民法院`, `市第一中学`: the words of a unit
/// a correspondent works for, as a county paper brackets it after the name.
fn is_writers_unit(inner: &str) -> bool {
    const ENDS: &[char] = &[
        '局', '委', '办', '院', '所', '站', '心', '镇', '乡', '村', '部', '队', '处', '科', '司', '校', '厅', '馆',
        '会', '厂', '场', '社', '室', '庭', '署', '团', '行',
    ];
    let n = inner.chars().count();
    (2..=16).contains(&n)
        && inner.chars().all(is_han)
        && (inner.ends_with(ENDS) || inner.ends_with("街道") || inner.ends_with("社区"))
}

/// `春天的约会        作者：朱 岩`, `Council approves budget      By John Smith`:
/// a headline with its byline set beside it on the same line, a gutter
/// apart (副刊 and opinion pages, cartoons, e-paper text views). The byline
/// is put on a line of its own under the head, where every byline rule
/// reads it; left on the head's line it stayed in the title. Only a line
/// standing as a head does (after a blank line or at the top), with one
/// gutter, a short head that ends no sentence and a byline that names a
/// writer: a table's row has more cells, a sentence ends in its mark.
pub fn split_head_bylines<'a>(text: &'a str, rules: &ImportRules) -> std::borrow::Cow<'a, str> {
    static GUTTER: OnceLock<Regex> = OnceLock::new();
    let gutter = static_re(&GUTTER, r"(?: {3,}|\u{3000}{2,}|\t+|[ \u{3000}]{3,})");
    let mut out = String::new();
    let mut changed = false;
    let mut prev_blank = true;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches('\n');
        let split = prev_blank
            .then(|| {
                let trimmed = body.trim();
                let gaps: Vec<_> = gutter.find_iter(trimmed).collect();
                let [gap] = gaps[..] else { return None };
                let (head, by) = (trimmed[..gap.start()].trim(), trimmed[gap.end()..].trim());
                let head_ok = (2..=40).contains(&len(head))
                    && !head.ends_with(['。', '！', '？', '；', '，', ',', '：', ':', ';'])
                    && !head.contains(['。', '！', '？']);
                let by_ok = len(by) <= 32
                    && parse_byline_line(by, rules).is_some_and(|c| !c.reporters.is_empty() && c.dateline.is_none());
                (head_ok && by_ok).then(|| format!("{head}\n{by}"))
            })
            .flatten();
        match split {
            Some(two) => {
                out.push_str(&two);
                out.push_str(&line[body.len()..]);
                changed = true;
            }
            None => out.push_str(line),
        }
        prev_blank = body.trim().is_empty();
    }
    if changed { std::borrow::Cow::Owned(out) } else { std::borrow::Cow::Borrowed(text) }
}

/// See [`parse_byline_line_folded`]; traditional characters are read as simplified.
pub fn parse_byline_line(line: &str, rules: &ImportRules) -> Option<Credits> {
    let line = super::text::straight_apostrophes(line);
    let line = super::text::caps_with_mc(&line);
    let folded = fold_traditional(&line);
    let flat = without_writers_units(&folded);
    let flat = with_common_roles(&flat);
    let mut credits = parse_byline_line_folded(&flat, rules).map(|c| restored(c, &line, &folded))?;
    // `通讯员 黄一帆 本报记者 冯静`: the paper's own reporter named after the
    // correspondents (as courts' and procuratorates' press offices order a
    // shared credit) makes the story the paper's, as named first does.
    static OWN_LATER: OnceLock<Regex> = OnceLock::new();
    let own_later = static_re(&OWN_LATER, r"[ \u{3000}]本报(?:见习|实习|特约|首席)?记者[ \u{3000}]*\p{Han}");
    if credits.agency.is_none() && !credits.reporters.is_empty() && own_later.is_match(&folded) {
        credits.agency = Some("本报".into());
    }
    Some(credits)
}

/// `读者 张三 本报记者 李四 整理`, `口述 张三 本报记者 李四 整理`: a reader's
/// letter and an as-told-to piece written down by a reporter, the reader and
/// the teller set apart from their names, read as a writer (`记者`) and a
/// correspondent (`通讯员`) are: the reader wrote the letter, the teller gave
/// the story. Run together (`读者来信`, `口述实录`) they are columns' names.
/// (`读者 张三` alone may close a letter as well as head it: over its text it
/// is read by [`super::segment::writer_role_bylines`], under it by the rules
/// for a letter's signature.)
fn with_common_roles(line: &str) -> std::borrow::Cow<'_, str> {
    static RE: OnceLock<Regex> = OnceLock::new();
    static REPORTER: OnceLock<Regex> = OnceLock::new();
    let re = static_re(&RE, r"(^|[\s□■◎●○◆▲])(读者|口述|讲述人)([\s:：])");
    if !static_re(&REPORTER, r"[\s\p{Han}]记者[\s:：]*\p{Han}").is_match(line) {
        return std::borrow::Cow::Borrowed(line);
    }
    re.replace_all(line, |c: &regex::Captures| {
        let role = if &c[2] == "读者" { "记者" } else { "通讯员" };
        format!("{}{role}{}", &c[1], &c[3])
    })
}

/// See [`parse_end_credit_folded`]; traditional characters are read as simplified.
pub fn parse_end_credit(line: &str, rules: &ImportRules) -> Option<(Credits, CreditKind)> {
    let line = &super::text::straight_apostrophes(line);
    let folded = fold_traditional(line);
    let flat = without_writers_units(&folded);
    parse_end_credit_folded(&flat, rules).map(|(c, k)| (restored(c, line, &folded), k))
}

/// See [`strip_trailing_author_folded`]; traditional characters are read as simplified.
pub fn strip_trailing_author(para: &str, rules: &ImportRules) -> Option<(String, Credits)> {
    strip_folded(para, rules, strip_trailing_author_folded)
}

/// See [`strip_trailing_photo_credit_folded`]; traditional characters are read as simplified.
pub fn strip_trailing_photo_credit(para: &str, rules: &ImportRules) -> Option<(String, Credits)> {
    strip_folded(para, rules, strip_trailing_photo_credit_folded)
}

/// `数据来源：市房地产市场监测中心　制表：郑　凯`: a line under a table or
/// graphic that ends, after a gap, with its maker's credit (`制表：X`,
/// `制图：X`, read as on a line of its own): the text before it, and the maker.
pub fn strip_trailing_maker_credit(para: &str, rules: &ImportRules) -> Option<(String, Credits)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let c = static_re(&RE, r"^(.*\S)[ \u{3000}]+((?:制表|制图)[ \u{3000}]*[:：/／].+)$").captures(para.trim_end())?;
    match parse_end_credit(&c[2], rules)? {
        (credits, CreditKind::Photo) if !credits.contributors.is_empty() => Some((c[1].to_string(), credits)),
        _ => None,
    }
}

/// A lead at the start of a first paragraph: `本报讯(记者 X 通讯员 Y)`,
/// `据新华社天津2月10日电(记者 A B)`, `本报鹤壁2月10日讯`, `SPRINGFIELD, Ill.,
/// Feb. 10 —`. Returns the credits and the byte offset where the text begins.
fn parse_lead_folded(para: &str, rules: &ImportRules) -> Option<(Credits, usize)> {
    if let Some(found) = parse_boxed_lead(para, rules).or_else(|| parse_reported_from_lead(para, rules)) {
        return Some(found);
    }
    static BENBAO_COLON: OnceLock<Regex> = OnceLock::new();
    let colon = static_re(
        &BENBAO_COLON,
        r"^本报讯\s*((?:本报)?(?:记者|通讯员|实习生)[^，。,:：()（）]{1,90}?)\s*(?:报道)?\s*[:：]\s*",
    );
    // `本报讯 记者 张三 报道：` — names without brackets, closed by a colon.
    if let Some(c) = colon.captures(para) {
        let mut credits = c.get(1).map(|m| parse_people(m.as_str(), Role::Reporter, rules)).unwrap_or_default();
        credits.agency = Some("本报".into());
        return Some((credits, c.get(0).map_or(0, |m| m.end())));
    }
    static BENBAO: OnceLock<Regex> = OnceLock::new();
    // `本报讯`, and `本报淇县讯` with the place and no date.
    let benbao = static_re(&BENBAO, r"^本报([\p{Han}&&[^月日]]{0,8}?)讯\s*(?:[(（]([^)）]{0,80})[)）])?\s*");
    if let Some(c) = benbao.captures(para) {
        let mut credits = c.get(2).map(|m| lead_bracket_people(m.as_str(), rules)).unwrap_or_default();
        credits.agency = Some("本报".into());
        if let Some(place) = c.get(1).map(|m| m.as_str()).filter(|p| !p.is_empty()) {
            credits.dateline = Some(RawDateline { place: Some(place.to_string()), month: None, day: None });
        }
        return Some(with_named_reporters(para, credits, c.get(0).map_or(0, |m| m.end()), rules));
    }
    // `南方日报讯（记者 王芳）`, `羊城晚报讯 记者王芳报道：`: a paper naming
    // itself as 本报 does; the paper is the agency. (`扬子晚报网5月19日讯`:
    // its website or app, and the day, may come between: the paper still.
    // `安平融媒讯`: a county's media centre names itself so on its paper.)
    static PAPER_XUN: OnceLock<Regex> = OnceLock::new();
    let paper_xun = static_re(
        &PAPER_XUN,
        r"^(\p{Han}{1,8}?(?:日报|晚报|晨报|时报|商报|都市报|青年报|法治报|科技报|报|融媒体中心|融媒中心|融媒体|融媒))(?:网|客户端)?(?:(?:(\d{1,2})月)?(\d{1,2})日)?讯\s*(?:[(（]([^)）]{0,80})[)）])?\s*",
    );
    // `南都讯　记者从…`: a paper known by two characters, with a gap or the
    // writers' brackets after it (not `综合讯`, `本网讯`).
    static SHORT_XUN: OnceLock<Regex> = OnceLock::new();
    let short_xun = static_re(&SHORT_XUN, r"^(\p{Han}{2})讯(?:\s*[(（]([^)）]{0,80})[)）]|[ \u{3000}]+)\s*");
    let short = |c: &regex::Captures| !is_kind_of_reporter(&c[1]) && !["综合", "图片", "网络"].contains(&&c[1]);
    if let Some(found) = parse_place_xun_lead(para, rules) {
        return Some(found);
    }
    let paper_lead = paper_xun.captures(para).map(|c| (c.get(1), c.get(4), c.get(2), c.get(3), c.get(0)));
    let short_lead = || short_xun.captures(para).filter(short).map(|c| (c.get(1), c.get(2), None, None, c.get(0)));
    if let Some((Some(paper), people, month, day, Some(whole))) = paper_lead.or_else(short_lead)
        && !paper.as_str().starts_with("本报")
    {
        let mut credits = people.map(|m| lead_bracket_people(m.as_str(), rules)).unwrap_or_default();
        credits.agency = Some(paper.as_str().to_string());
        if let Some(day) = day.and_then(|d| d.as_str().parse().ok()) {
            let month = month.and_then(|m| m.as_str().parse().ok());
            credits.dateline = Some(RawDateline { place: None, month, day: Some(day) });
        }
        return Some(with_named_reporters(para, credits, whole.end(), rules));
    }
    // `本报记者 王芳 报道　昨日，…`: the byline run into the text, closed by 报道.
    static INLINE: OnceLock<Regex> = OnceLock::new();
    let inline = static_re(
        &INLINE,
        r"^((?:本报)?(?:记者|通讯员|实习生)[ \u{3000}]*[\p{Han}·]{2,4}(?:[ \u{3000}、]+(?:(?:记者|通讯员|实习生)[ \u{3000}]*)?[\p{Han}·]{2,4}){0,4})[ \u{3000}]*报道[ \u{3000}:：]+",
    );
    if let Some(c) = inline.captures(para) {
        let credits = parse_people(&c[1], Role::Reporter, rules);
        if all_people(&credits.reporters, rules) {
            let agency = c[1].starts_with("本报").then(|| "本报".to_string());
            return Some((Credits { agency, ..credits }, c.get(0).map_or(0, |m| m.end())));
        }
    }
    // `（中央社记者吴家豪台北13日电）`: Taiwanese wire leads are bracketed whole.
    let body = para.strip_prefix(['（', '(']).unwrap_or(para);
    let open = para.len() - body.len();
    if let Some(c) = rules.agency_lead.captures(body).filter(|c| !is_electric_word(body, c)) {
        let mut end = open + c.get(0).map_or(0, |m| m.end());
        let closed = para[end..].strip_prefix(['）', ')']).map(|r| para.len() - r.len());
        if open == 0 || closed.is_some() {
            end = closed.map_or(end, |e| e + (para[e..].len() - para[e..].trim_start().len()));
            let mut credits =
                c.name("names").map(|m| parse_people(m.as_str(), Role::Reporter, rules)).unwrap_or_default();
            if let Some(m) = c.name("names2") {
                credits.merge(parse_people(m.as_str(), Role::Reporter, rules));
            }
            credits.agency = c.name("agency").map(|m| m.as_str().to_string());
            let mut dateline = agency_dateline(&c);
            // `记者吴家豪台北`: the reporter run together with the place.
            if let Some(run) = dateline.place.as_deref().and_then(|p| p.strip_prefix("记者")).map(str::to_string) {
                let (name, place) = split_name_place(&run);
                credits.merge(parse_people(name, Role::Reporter, rules));
                dateline.place = Some(place.to_string()).filter(|p| !p.is_empty());
            }
            credits.dateline = Some(dateline);
            return Some(with_named_reporters(para, credits, end, rules));
        }
    }
    parse_place_day_lead(para, rules)
        .or_else(|| parse_outlet_news_lead(para, rules))
        .or_else(|| parse_bracketed_agency_lead(para, rules))
        .or_else(|| parse_bracketed_people_lead(para, rules))
        .or_else(|| parse_bracketed_report_lead(para, rules))
        .or_else(|| parse_according_to_lead(para, rules))
        .or_else(|| parse_compiled_lead(para, rules))
        .or_else(|| parse_english_dateline(para, rules))
        .or_else(|| parse_place_dated_lead(para, rules))
}

/// `柳树湾村3月2日电　惊蛰将至，…`: the place and day a story was filed
/// from, set as a wire's dateline but with no wire before it (the byline
/// above names the writers); the gap after 电 sets it off from the text.
fn parse_place_dated_lead(para: &str, rules: &ImportRules) -> Option<(Credits, usize)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let c =
        static_re(&RE, r"^([\p{Han}&&[^月日电讯]]{2,8}?)(?:(\d{1,2})月)?(\d{1,2})日电[ \u{3000}]+").captures(para)?;
    let place = &c[1];
    let end = c.get(0)?.end();
    let not_place = is_kind_of_reporter(place)
        || place.starts_with(['本', '据'])
        || place.ends_with(['网', '社', '报', '台', '刊'])
        || rules.agencies.iter().any(|a| place.starts_with(a.as_str()));
    if not_place || para[end..].trim().is_empty() {
        return None;
    }
    let dateline = RawDateline {
        place: Some(place.to_string()),
        month: c.get(2).and_then(|m| m.as_str().parse().ok()),
        day: c[3].parse().ok(),
    };
    Some((Credits { dateline: Some(dateline), ..Credits::default() }, end))
}

/// `央视网消息（新闻联播）：受冷空气影响，…`, `新华社消息：…`: a wire or
/// outlet known, then `消息` with no day (the programme it ran in may follow
/// in brackets), a colon or a gap after: the copy is that outlet's.
/// (`新华社消息称，…` is a sentence about it.)
fn parse_outlet_news_lead(para: &str, rules: &ImportRules) -> Option<(Credits, usize)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let c = static_re(
        &RE,
        r"^(\p{Han}{2,8}?)(?:客户端|微信公众号)?消息\s*(?:[(（][^()（）]{1,16}[)）])?(?:\s*[:：]|[ \u{3000}]+)\s*",
    )
    .captures(para)?;
    let agency = rules.agencies.iter().find(|a| a.as_str() == &c[1])?;
    let end = c.get(0)?.end();
    para[end..]
        .starts_with(|ch: char| is_han(ch) || ch.is_ascii_alphanumeric() || ch == '“')
        .then(|| (Credits { agency: Some(agency.clone()), ..Credits::default() }, end))
}

/// `（中央社）台湾农业部17日宣布…`, `【新华社】…`: a wire named alone in
/// brackets opening a story, as overseas Chinese papers credit the copy
/// they take (the wire must be one known, so a bracketed aside is not read
/// as one).
fn parse_bracketed_agency_lead(para: &str, rules: &ImportRules) -> Option<(Credits, usize)> {
    let inner = para.strip_prefix(['（', '(', '【', '['])?;
    let close = inner.find(['）', ')', '】', ']'])?;
    let name = inner[..close].trim();
    let agency = rules.agencies.iter().find(|a| a.as_str() == name)?;
    let rest = &inner[close..];
    let rest = &rest[rest.chars().next()?.len_utf8()..];
    if !rest.trim_start().starts_with(|c: char| is_han(c) || c.is_ascii_alphanumeric() || c == '“' || c == '「') {
        return None;
    }
    let end = para.len() - rest.trim_start().len();
    Some((Credits { agency: Some(agency.clone()), ..Credits::default() }, end))
}

/// `（通讯员 杨帆 记者 许建国）走进…`, `（记者许建国）昨日，…`: a county or
/// district page's lead names its writers in brackets without `本报讯`.
/// Each name must read as a person's and a role must open the brackets, so
/// an aside (`（记者注：…）`, `（图为…）`) is not taken; the paper is named
/// only when the credit says `本报`.
fn parse_bracketed_people_lead(para: &str, rules: &ImportRules) -> Option<(Credits, usize)> {
    static PEOPLE: OnceLock<Regex> = OnceLock::new();
    let people = static_re(
        &PEOPLE,
        r"^[(（]\s*((?:本报)?(?:见习记者|实习记者|特约记者|记者|通讯员|实习生)[^()（）:：，。,]{2,60}?)\s*[)）]\s*",
    );
    let c = people.captures(para)?;
    let rest = &para[c.get(0)?.end()..];
    if !rest.starts_with(|ch: char| is_han(ch) || ch.is_ascii_alphanumeric() || ch == '“' || ch == '「') {
        return None;
    }
    let mut credits = parse_people(&c[1], Role::Reporter, rules);
    if (credits.reporters.is_empty() && credits.contributors.is_empty())
        || !all_people(credits.reporters.iter().chain(&credits.contributors), rules)
    {
        return None;
    }
    credits.agency = c[1].starts_with("本报").then(|| "本报".to_string());
    Some((credits, c.get(0)?.end()))
}

/// The writers in a lead's brackets (`本报讯（记者 X 通讯员 Y）`); a unit
/// named before them (`本报讯（石桥乡 刘晓燕）`, `（区融媒体中心 黄晓燕）`,
/// `（县委宣传部 李华）`) is no writer, read as [`unit_and_people`] reads it
/// in a closing bracket.
fn lead_bracket_people(inner: &str, rules: &ImportRules) -> Credits {
    // `（通讯员 王强 县农业农村局）`: the unit the writers work in may follow
    // their names too; it sent the piece in and is no one's name.
    let inner = match inner.trim().rsplit_once(char::is_whitespace) {
        Some((names, unit)) if unit.chars().count() >= 4 && signing_unit(unit) && !names.trim().is_empty() => {
            names.trim()
        }
        _ => inner,
    };
    unit_and_people(inner, rules).unwrap_or_else(|| parse_people(inner, Role::Reporter, rules))
}

/// `（欧洲时报记者 王丽 巴黎报道）`, `（本报记者 陈思远 李明 里昂报道）`: the
/// paper's reporters and the city they report from, bracketed before the
/// text (European and American Chinese papers); the paper is the agency.
fn parse_bracketed_report_lead(para: &str, rules: &ImportRules) -> Option<(Credits, usize)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = static_re(
        &RE,
        r"^[(（]\s*(本报|\p{Han}{1,8}?(?:日报|晚报|晨报|时报|商报|早报|周报|导报|报))?(?:驻\p{Han}{1,6}?)?(?:特约|见习|实习|首席)?记者[ \u{3000}]*((?:[\p{Han}·]{2,4}[ \u{3000}、]+){1,4})(\p{Han}{2,6}?)(?:报道|报导)\s*[)）]\s*",
    );
    let c = re.captures(para)?;
    let credits = parse_people(&c[2], Role::Reporter, rules);
    if credits.reporters.is_empty() || credits.reporters.iter().any(|n| !(2..=4).contains(&n.chars().count())) {
        return None;
    }
    let agency = c.get(1).map(|m| m.as_str().to_string());
    let dateline = Some(RawDateline { place: Some(c[3].to_string()), month: None, day: None });
    Some((Credits { agency, dateline, ..credits }, c.get(0)?.end()))
}

/// `曼谷讯　泰国中华总商会昨日在曼谷举办…`, `雅加达讯　…`: a city named
/// before 讯 and set off from the text by a gap is where the story was
/// filed (Thai and Indonesian Chinese papers). A name of two characters
/// must come again in the paragraph, not as `X记者`: a paper known by two
/// (`南都讯　记者从…`) does not name itself in its own text.
fn parse_place_xun_lead(para: &str, rules: &ImportRules) -> Option<(Credits, usize)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let c = static_re(&RE, r"^(\p{Han}{2,5}?)讯[ \u{3000}]+").captures(para)?;
    let place = &c[1];
    let end = c.get(0)?.end();
    let rest = &para[end..];
    let not_place = is_kind_of_reporter(place)
        || ["综合", "图片", "网络", "简", "快", "专", "特", "通"].iter().any(|w| place.ends_with(w))
        || place.ends_with(['网', '社', '报', '台', '刊'])
        || rules.agencies.iter().any(|a| a == place);
    let named_again = rest.match_indices(place).any(|(at, _)| !rest[at + place.len()..].starts_with("记者"));
    if not_place || rest.trim().is_empty() || (place.chars().count() == 2 && !named_again) {
        return None;
    }
    let dateline = Some(RawDateline { place: Some(place.to_string()), month: None, day: None });
    Some(with_named_reporters(para, Credits { dateline, ..Credits::default() }, end, rules))
}

/// `（吉隆坡3日讯）`, `（新山3日电）`: a local lead of place and day alone, in
/// brackets, as Malaysian papers set it; no one is named, so there is no
/// agency (`（本报新山3日讯）` and wire leads are read before this). A
/// `报导：X` run in after it names the reporters.
fn parse_place_day_lead(para: &str, rules: &ImportRules) -> Option<(Credits, usize)> {
    // `（新加坡讯）`, `（吉隆坡综合讯）`: the place alone (Singapore and
    // Malaysian papers); `（本报讯）` is the paper's own lead.
    static PLACE_ONLY: OnceLock<Regex> = OnceLock::new();
    let place_only = static_re(&PLACE_ONLY, r"^[(（]\s*([\p{Han}·&&[^月日讯电]]{2,6}?)\s*(?:综合)?\s*讯\s*[)）]\s*");
    if let Some(c) = place_only.captures(para) {
        let at = c.get(0).map_or(0, |m| m.end());
        // (`（综合讯）`: the paper's own report put together from several,
        // filed from no one place.)
        let credits = if &c[1] == "综合" {
            Credits { agency: Some("本报".into()), ..Credits::default() }
        } else if let Some(place) = c[1].strip_prefix("本报") {
            // (`（本报清迈讯）`: the paper's own, filed from the place.)
            let dateline =
                (!place.is_empty()).then(|| RawDateline { place: Some(place.to_string()), month: None, day: None });
            Credits { agency: Some("本报".into()), dateline, ..Credits::default() }
        } else {
            Credits {
                dateline: Some(RawDateline { place: Some(c[1].to_string()), month: None, day: None }),
                ..Credits::default()
            }
        };
        return Some(with_named_reporters(para, credits, at, rules));
    }
    static PLACE_DAY: OnceLock<Regex> = OnceLock::new();
    let re = static_re(
        &PLACE_DAY,
        r"^[(（]\s*([\p{Han}·&&[^月日]]{2,8}?)\s*(?:(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*)?(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日\s*(\p{Han}{0,5}?)\s*[讯电]\s*[)）]\s*",
    );
    let c = re.captures(para)?;
    // `（曼谷17日法新社电）`: the wire between the day and 电; `（北京17日综合电）`:
    // the paper's own report put together from several (no agency).
    let wire = c.get(4).map_or("", |m| m.as_str());
    let agency = match wire {
        "" | "综合" | "综合外" | "专" | "特" => None,
        w => Some(rules.agencies.iter().find(|a| a.as_str() == w)?.clone()),
    };
    let mut credits = Credits {
        dateline: Some(RawDateline {
            place: Some(c[1].to_string()),
            month: c.get(2).and_then(|m| super::text::numeral(m.as_str())),
            day: super::text::numeral(&c[3]),
        }),
        agency,
        ..Credits::default()
    };
    let mut at = c.get(0).map_or(0, |m| m.end());
    static WORK: OnceLock<Regex> = OnceLock::new();
    let work = static_re(&WORK, r"^(?:报道|报导)(?:\s*[/／、]\s*(?:摄影|摄|图))?\s*[:：]\s*");
    if let Some(m) = work.find(&para[at..]) {
        // The names run to the end of the paragraph or to a space: where
        // text follows without one, no one can tell the name from it.
        let names_at = at + m.end();
        let names_end = para[names_at..].find([' ', '\u{3000}']).map_or(para.len(), |i| names_at + i);
        let people = parse_people(&para[names_at..names_end], Role::Reporter, rules);
        if all_people(&people.reporters, rules) {
            credits.merge(people);
            at = names_end;
        }
    }
    Some((credits, at))
}

/// `据央视新闻 3月1日，…`, `据人民日报客户端消息 …`: a story taken from
/// another outlet, the source set off from the text by a space, as `据新华社电`
/// is. Run into its sentence (`据央视新闻报道，…`) it is only text.
fn parse_according_to_lead(para: &str, rules: &ImportRules) -> Option<(Credits, usize)> {
    let rest = para.strip_prefix('据')?;
    let agency = rules.agencies.iter().find(|a| rest.starts_with(a.as_str()))?;
    let mut tail = &rest[agency.len()..];
    for w in ["客户端", "微信公众号", "微博", "网站"] {
        tail = tail.strip_prefix(w).unwrap_or(tail);
    }
    for w in ["消息", "报道", "电"] {
        tail = tail.strip_prefix(w).unwrap_or(tail);
    }
    let text = tail.trim_start_matches([' ', '\u{3000}']);
    if text.len() == tail.len() || text.is_empty() {
        return None;
    }
    let credits = Credits { agency: Some(agency.clone()), ..Credits::default() };
    Some((credits, para.len() - text.len()))
}

/// `吴家豪台北`: a reporter's name run into the place filed from. Han names
/// are mostly three characters, places at least two: four characters are
/// two and two, more are a three-character name and the place.
fn split_name_place(run: &str) -> (&str, &str) {
    let n = run.chars().count();
    let name_len = match n {
        0..=3 => n,
        4 => 2,
        _ => 3,
    };
    let at = run.char_indices().nth(name_len).map_or(run.len(), |(i, _)| i);
    run.split_at(at)
}

/// The dateline of an `agency_lead` match (`新华社北京3月9日电`), whether it
/// opens a story or closes it in brackets.
fn agency_dateline(c: &regex::Captures) -> RawDateline {
    RawDateline {
        place: c.name("place").or_else(|| c.name("place2")).map(|m| m.as_str().to_string()).filter(|s| !s.is_empty()),
        month: c.name("month").and_then(|m| super::text::numeral(m.as_str())),
        day: c.name("day").and_then(|m| super::text::numeral(m.as_str())),
    }
}

/// `【本报讯】记者 X 报道:`, `【本报澳门电】`: Hong Kong and Macau papers set
/// the lead in lenticular brackets; read without them, it is an ordinary lead.
fn parse_boxed_lead(para: &str, rules: &ImportRules) -> Option<(Credits, usize)> {
    // `（联合早报讯）`: a paper other than 本报 naming itself in the lead.
    static OWN_PAPER: OnceLock<Regex> = OnceLock::new();
    let own_paper = static_re(&OWN_PAPER, r"^[(（]\s*(\p{Han}{1,8}(?:报|网|社|台))讯\s*[)）]\s*");
    if let Some(c) = own_paper.captures(para)
        && !c[1].starts_with("本报")
    {
        let credits = Credits { agency: Some(c[1].to_string()), ..Credits::default() };
        return Some((credits, c.get(0).map_or(0, |m| m.end())));
    }
    // `【明報專訊】`: a Hong Kong paper's own report, the paper named;
    // `【本報消息】`, as Macau's papers set it.
    static EXCLUSIVE: OnceLock<Regex> = OnceLock::new();
    let exclusive = static_re(&EXCLUSIVE, r"^【\s*(\p{Han}{1,6}?)(?:专讯|消息)\s*】\s*");
    if let Some(c) = exclusive.captures(para) {
        let agency = if c[1].starts_with("本报") { "本报".to_string() } else { c[1].to_string() };
        return Some((Credits { agency: Some(agency), ..Credits::default() }, c.get(0).map_or(0, |m| m.end())));
    }
    // `【台北讯】`, `〔高雄讯〕`: a Taiwanese paper's own report, the place alone.
    static PLACE_ONLY: OnceLock<Regex> = OnceLock::new();
    let place_only = static_re(&PLACE_ONLY, r"^[【〔]\s*([\p{Han}&&[^本报讯电]]{2,4})讯\s*[】〕]\s*");
    if let Some(c) = place_only.captures(para) {
        let dateline = RawDateline { place: Some(c[1].to_string()), month: None, day: None };
        return Some((Credits { dateline: Some(dateline), ..Credits::default() }, c.get(0).map_or(0, |m| m.end())));
    }
    let (inner, rest) = match para.strip_prefix('【') {
        Some(r) => r.split_once('】')?,
        None => para.strip_prefix('〔')?.split_once('〕')?,
    };
    // `〔中央社〕端午節連假…`: a wire's story, the agency alone in brackets.
    let folded = super::text::fold_traditional(inner.trim());
    if let Some(agency) = rules.agencies.iter().find(|a| **a == folded) {
        let credits = Credits { agency: Some(agency.clone()), ..Credits::default() };
        return Some((credits, para.len() - rest.trim_start().len()));
    }
    // `【环球时报综合报道】`, `【环球时报驻德国特约记者 青木 环球时报记者 倪浩】`:
    // the paper, then `综合报道` or its writers.
    static OUTLET: OnceLock<Regex> = OnceLock::new();
    let outlet = static_re(&OUTLET, r"^(\p{Han}{1,8}?(?:时报|日报|晚报|晨报|商报|报|网))\s*(综合报道|报道|.*记者.*)$");
    static STATIONED: OnceLock<Regex> = OnceLock::new();
    let stationed = static_re(&STATIONED, r"驻\p{Han}{1,6}?(?:特约|特派)?记者");
    if let Some(c) = outlet.captures(inner).filter(|c| !c[1].starts_with("本报") && c[1].chars().count() >= 3) {
        let credits = if let Some((name, place)) = unspaced_name_and_place(&c[2]) {
            // `【欧洲时报记者黄冠杰巴黎报道】`: the name run into the place
            // filed from; the place is no second reporter.
            let dateline = RawDateline { place: Some(place), month: None, day: None };
            Some(Credits { reporters: vec![name], dateline: Some(dateline), ..Credits::default() })
        } else if c[2].contains("记者") {
            let names = stationed.replace_all(&c[2].replace(&c[1], " "), "记者").into_owned();
            Some(parse_people(&names, Role::Reporter, rules))
                .filter(|p| !p.reporters.is_empty() && all_people(&p.reporters, rules))
        } else {
            Some(Credits::default())
        };
        if let Some(mut credits) = credits {
            credits.agency = Some(c[1].to_string());
            return Some((credits, para.len() - rest.trim_start().len()));
        }
    }
    // `【英国《卫报》网站6月17日报道】题：…`: a digest of the foreign press
    // names the paper it translates and the day it ran (a weekly's issue:
    // `周刊2月28日一期文章`); the paper is the agency.
    static FOREIGN: OnceLock<Regex> = OnceLock::new();
    let foreign = static_re(
        &FOREIGN,
        r"^(\p{Han}{0,6}《[^》]{1,16}》\p{Han}{0,6}?)(\d{1,2})月(\d{1,2})日(?:一期)?(?:报道|消息|文章|刊文|电)$",
    );
    if let Some(c) = foreign.captures(inner.trim()) {
        let dateline = RawDateline { place: None, month: c[2].parse().ok(), day: c[3].parse().ok() };
        let mut credits = Credits { agency: Some(c[1].to_string()), dateline: Some(dateline), ..Credits::default() };
        // `题：…（作者 彼得·坎贝尔 安娜·格罗斯）`: the article's own headline and
        // its writers, who wrote what is translated.
        if let Some(names) = rest
            .trim()
            .strip_prefix("题：")
            .and_then(|head| head.strip_suffix('）'))
            .and_then(|head| head.rsplit_once('（'))
            .and_then(|(_, inner)| inner.strip_prefix("作者"))
        {
            let people = parse_people(names.trim_start_matches([' ', '\u{3000}', ':', '：']), Role::Reporter, rules);
            // (Labelled, a foreign writer's name need open on no Chinese
            // surname: `佐藤健一`.)
            let named = |n: &String| (2..=10).contains(&n.chars().count()) && n.chars().all(|c| is_han(c) || c == '·');
            if people.contributors.is_empty() && people.reporters.iter().all(named) {
                credits.reporters = people.reporters;
            }
        }
        return Some((credits, para.len() - rest.trim_start().len()));
    }
    // `〔科技日报北京6月17日电（记者 张梦然）〕`: the lead bracketed whole, its
    // writers in brackets of their own.
    let head = inner.strip_suffix(['）', ')']).and_then(|h| h.rfind(['（', '(']).map(|at| &h[..at])).unwrap_or(inner);
    if head.chars().count() > 16 || !(head.ends_with('讯') || head.ends_with('电')) {
        return None;
    }
    let plain = format!("{inner}{rest}");
    let (credits, at) = parse_lead_folded(&plain, rules)?;
    // The lead must cover the whole bracket, or the bracket held something else.
    // (`【` and `〔`, `】` and `〕` take three bytes each.)
    (at >= inner.len()).then(|| (credits, at + '【'.len_utf8() + '】'.len_utf8()))
}

/// After a lead without brackets, `记者李四 通讯员王五报道：` names the
/// reporters up to the colon. The PLA Daily names its correspondents first
/// and untitled (`本报讯　马　超、记者陈　鑫报道：`): names before any role
/// are contributors; `特约记者` is a reporter.
fn with_named_reporters(para: &str, mut credits: Credits, at: usize, rules: &ImportRules) -> (Credits, usize) {
    static NAMED: OnceLock<Regex> = OnceLock::new();
    let named = static_re(
        &NAMED,
        r"^\s*((?:(?:\p{Han}(?:[ ]{1,3}|\u{3000})\p{Han}|[\p{Han}·]{2,4})、)*(?:本报)?(?:特约|见习|实习|首席)?(?:记者|通讯员|实习生)[^，。,:：()（）]{1,40}?)\s*(?:报道|报导|讯)?\s*[:：]\s*",
    );
    if !(credits.reporters.is_empty() && credits.contributors.is_empty()) {
        return (credits, at);
    }
    // (`记者从农业农村部获悉：` opens the text: it names no one.)
    if let Some(c) = named.captures(&para[at..]) {
        let people = parse_people(&c[1], Role::Contributor, rules);
        // (`记者张豪、通讯员穗公宣`: a police or government press office signs
        // as a correspondent under a pen name of its own, no surname in it;
        // the reporters named beside it must be people.)
        let pen_names = |names: &[String]| {
            names.iter().all(|n| looks_like_person(n, rules) || (2..=4).contains(&n.chars().count()))
        };
        if !(people.reporters.is_empty() && people.contributors.is_empty())
            && (all_people(people.reporters.iter().chain(&people.contributors), rules)
                || (all_people(&people.reporters, rules) && pen_names(&people.contributors)))
        {
            credits.merge(people);
            return (credits, at + c.get(0).map_or(0, |m| m.end()));
        }
    }
    // `本报讯　记者孙立平报道　3月2日，…`: the writers closed by 报道 and a
    // gap, no colon; every name must read as one. (`【本報訊】記者林文華報導
    // 台北市…`: 报导, as Hong Kong and Taiwan papers write it.)
    static REPORTED: OnceLock<Regex> = OnceLock::new();
    let reported = static_re(
        &REPORTED,
        r"^[ \u{3000}]*((?:本报)?(?:特约|见习|实习|首席)?(?:记者|通讯员|实习生)[ \u{3000}]*[\p{Han}·]{2,4}(?:[ \u{3000}、]+(?:(?:本报)?(?:记者|通讯员|实习生)[ \u{3000}]*)?[\p{Han}·]{2,4}){0,4})[ \u{3000}]*报[道导][ \u{3000}]+",
    );
    if let Some(c) = reported.captures(&para[at..]) {
        let people = parse_people(&c[1], Role::Reporter, rules);
        if !(people.reporters.is_empty() && people.contributors.is_empty())
            && all_people(people.reporters.iter().chain(&people.contributors), rules)
        {
            credits.merge(people);
            return (credits, at + c.get(0).map_or(0, |m| m.end()));
        }
    }
    // `本报讯 记者 王芳 通讯员 李强 昨日，…`: role words and names set apart by
    // spaces (a name of two letter-spaced: `韩  宇`), the text after the last
    // name's space. Every name must read as
    // one (a surname first), so the text's first word is never taken.
    static SPACED: OnceLock<Regex> = OnceLock::new();
    let spaced = static_re(
        &SPACED,
        r"^[ \u{3000}]*((?:(?:本报)?(?:见习记者|实习记者|记者|通讯员|实习生)[ \u{3000}]*(?:\p{Han}(?:[ ]{1,3}|\u{3000})\p{Han}|[\p{Han}·]{2,4})(?:[ \u{3000}]+(?:\p{Han}(?:[ ]{1,3}|\u{3000})\p{Han}|[\p{Han}·]{2,4}))*?[ \u{3000}]+)+)",
    );
    if let Some(c) = spaced.captures(&para[at..]) {
        let people = parse_people(&c[1], Role::Reporter, rules);
        if all_people(people.reporters.iter().chain(&people.contributors), rules) {
            credits.merge(people);
            return (credits, at + c.get(0).map_or(0, |m| m.end()));
        }
    }
    (credits, at)
}

/// `新华社电视台…`: a bare `新华社电` (no place, no date) is a lead only when
/// 电 is not the start of a word (电视, 电话…); without `据` before it, it must
/// also be followed by a space, a bracket or punctuation.
fn is_electric_word(para: &str, c: &regex::Captures) -> bool {
    const WORDS: &str = "视影话力子脑网商器池站台动气梯缆厂价费量源路机竞信讯";
    let Some(p) = c.name("place2") else { return false };
    let after = para[p.end()..].strip_prefix('电').unwrap_or("");
    let Some(next) = after.chars().next() else { return false };
    if !super::text::is_han(next) {
        return false;
    }
    // `本报发布广告电话：…`: words before 电话 are no place filed from.
    if !p.is_empty() {
        return WORDS.contains(next);
    }
    !para.starts_with('据') || WORDS.contains(next)
}

const MONTHS: &[&str] = &["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/// `March`, `Sept.`, `jan` → 3, 9, 1: an English month as a dateline writes it.
fn month_number(m: &str) -> Option<u32> {
    let m = m.to_ascii_lowercase();
    MONTHS.iter().position(|p| m.starts_with(p)).map(|i| i as u32 + 1)
}

/// `TORONTO —`, `AUSTIN, Texas (AP) —`, `SYDNEY, March 3 —`. The state or
/// province after the place may be abbreviated as Canadian and Australian
/// wires write it: in initials (`N.W.T.`, `B.C.`, `N.S.W.`) or in capitals
/// (`NSW`, `QLD`) as well as in a word (`Que.`, `Qld`, `Calif.`). Singapore's
/// papers set the place off by a bullet (`JAKARTA • Grab Holdings…`).
/// Indian papers may set the month in capitals too (`NEW DELHI, MARCH 3:`).
fn parse_english_dateline(para: &str, rules: &ImportRules) -> Option<(Credits, usize)> {
    static EN: OnceLock<Regex> = OnceLock::new();
    let re = static_re(
        &EN,
        r#"^(\p{Lu}[\p{Lu}.'\-]+(?: \p{Lu}[\p{Lu}.'\-]+){0,3})(?:,\s*([A-Z][a-z]{1,12}\.?(?: [A-Z][a-z]{1,12}\.?)?|(?:[A-Z]\.){2,4}|[A-Z]{4,14}(?: [A-Z]{3,12}\.?)?|[A-Z]{2,3}\b))?(?:,\s*((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)[A-Z]*\.?)\s+(\d{1,2}))?\s*(?:\(([A-Za-z][A-Za-z ]{0,30})\)|,\s*([A-Z]{2,6}))?\s*(?:—|–|--|\s-\s|\s•\s|(:)\s*[A-Z0-9"'‘“])\s*"#,
    );
    let Some(c) = re.captures(para) else {
        return parse_dated_town_lead(para, rules).or_else(|| parse_town_colon_lead(para));
    };
    let city = c.get(1)?.as_str();
    if city.chars().filter(|c| c.is_alphabetic()).count() < 3 || is_salutation(city) {
        return None;
    }
    if c.get(2).is_some() && is_death_notice(&para[lead_end(para, &c, 7)..]) {
        return None;
    }
    // `BRADLEY'S GARDEN CENTRE – SPRING SALE NOW ON`: display type in an
    // advertisement; a dateline opens a sentence, not more capitals.
    let rest = para[lead_end(para, &c, 7)..].trim();
    if !rest.is_empty()
        && rest.split_whitespace().count() <= 8
        && rest.chars().any(char::is_alphabetic)
        && !rest.chars().any(|ch| ch.is_lowercase() || is_han(ch))
    {
        return None;
    }
    // (`SHREE GANESH JEWELLERS — Wedding Season Offer`: the slogan after
    // it in title case, a few words with no stop, is display type too.)
    let first_line = rest.lines().next().unwrap_or("").trim();
    if !first_line.is_empty()
        && first_line.split_whitespace().count() <= 6
        && first_line.split_whitespace().all(|w| w.starts_with(|ch: char| ch.is_uppercase() || ch.is_ascii_digit()))
        && !super::text::is_terminated(first_line)
        && !first_line.ends_with([',', ';'])
        && rest.lines().count() <= 1
    {
        return None;
    }
    // (The sport stays in the text: a lead crediting no one, for the
    // brief it opens.)
    if c.get(7).is_some() && is_sport_lead(para) {
        return Some((Credits::default(), 0));
    }
    if c.get(7).is_some() && !is_colon_place(city) {
        return None;
    }
    let mut place = title_case_caps(city);
    if let Some(state) = c.get(2) {
        place.push_str(", ");
        // `NAHA, OKINAWA PREF. –`: a prefecture or province in capitals.
        let state = state.as_str();
        let caps = state.contains(' ') || (state.len() > 3 && !state.contains('.'));
        place.push_str(&if caps { title_case_caps(state) } else { state.to_string() });
    }
    let month = c.get(3).and_then(|m| month_number(m.as_str()));
    let day = c.get(4).and_then(|d| d.as_str().parse().ok());
    let mut credits = Credits {
        dateline: Some(RawDateline { place: Some(place), month, day: if month.is_some() { day } else { None } }),
        ..Credits::default()
    };
    if let Some(a) = c.get(5) {
        credits.agency = english_agency(a.as_str(), rules);
    }
    // `BRIDGETOWN, Barbados, Mar 4, CMC –`: the Caribbean wire names itself
    // after the date, unbracketed; only a wire known so is read there.
    if let Some(a) = c.get(6) {
        credits.agency = Some(english_agency(a.as_str(), rules)?);
    }
    Some((credits, lead_end(para, &c, 7)))
}

/// `SIR – Your report…`: a letter to the editor opens by greeting him in
/// capitals and a dash, the shape of `NAIROBI –`; a greeting is no place.
fn is_salutation(caps: &str) -> bool {
    let caps = caps.trim_start_matches("DEAR ");
    matches!(caps, "SIR" | "MADAM" | "SIRS" | "EDITOR" | "THE EDITOR")
}

/// `OKAFOR, Daniel Chukwuma — Suddenly, at home, …`: a death notice sets
/// the surname in capitals and the given names after a comma, the shape of
/// `NAIROBI, Kenya —`. What follows the dash tells them apart: a notice
/// speaks of the death in its first words.
fn is_death_notice(text: &str) -> bool {
    static NOTICE: OnceLock<Regex> = OnceLock::new();
    let re = static_re(
        &NOTICE,
        r"(?i)^(?:\S+\s+){0,8}?(?:suddenly|peacefully|passed away|late of|beloved|devoted|n[ée]e\b|aged \d|in (?:his|her) \d+(?:st|nd|rd|th) year)",
    );
    re.is_match(text)
}

/// Where the text starts after a dateline matched as `c`: its end, or in the
/// colon form (group `colon`) just past the colon and its spaces, since the
/// pattern's look at the text's first character took that character too.
fn lead_end(para: &str, c: &regex::Captures<'_>, colon: usize) -> usize {
    match c.get(colon) {
        Some(colon) => colon.end() + para[colon.end()..].len() - para[colon.end()..].trim_start().len(),
        None => c.get(0).map_or(0, |m| m.end()),
    }
}

/// `Mumbai, March 3 (PTI) — The…`, `Gurugram, March 3: A…`: Indian papers
/// set the place in plain case, and then the date is what makes it a
/// dateline; without it a name and a dash (`Priya Nair — a…`) is only text.
/// A weekday (`Last Friday, March 3 —`) is no place.
fn parse_dated_town_lead(para: &str, rules: &ImportRules) -> Option<(Credits, usize)> {
    static TOWN: OnceLock<Regex> = OnceLock::new();
    let re = static_re(
        &TOWN,
        r#"^([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}),\s*((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)\s+(\d{1,2})\s*(?:\(([A-Za-z][A-Za-z ]{0,30})\)|,\s*(?P<wire>[A-Z]{2,6}))?\s*(?:—|–|--|\s-\s|(:)\s*[A-Z0-9"'‘“])\s*"#,
    );
    let c = re.captures(para)?;
    let town = c.get(1)?.as_str();
    if town.split([' ', '-']).any(super::header::is_weekday) {
        return None;
    }
    let month = month_number(c.get(2)?.as_str());
    let day = c.get(3).and_then(|d| d.as_str().parse().ok());
    let mut credits =
        Credits { dateline: Some(RawDateline { place: Some(town.to_string()), month, day }), ..Credits::default() };
    if let Some(a) = c.get(4) {
        credits.agency = english_agency(a.as_str(), rules);
    }
    // `Ho, March 3, GNA - Members of…`: the Ghanaian wire names itself after
    // the date, unbracketed; only a wire known so is read there.
    if let Some(a) = c.name("wire") {
        credits.agency = Some(english_agency(a.as_str(), rules)?);
    }
    Some((credits, lead_end(para, &c, 6)))
}

/// `Hyderabad: The board…`: Indian papers also set a dateline of the
/// place alone in plain case before a colon. Without a date it is shared
/// with a speaker's name (`Rao: We will…`) and labels (`Note: …`), so a
/// weekday, a month, an honorific or a label is no place, and, like every
/// colon form, it opens a story only right under its heads
/// ([`is_colon_dateline`]).
fn parse_town_colon_lead(para: &str) -> Option<(Credits, usize)> {
    static TOWN: OnceLock<Regex> = OnceLock::new();
    let re = static_re(&TOWN, r#"^([A-Z][a-z]{2,}(?:[ -][A-Z][a-z]+){0,2})\s?(:)\s*[A-Z0-9"'‘“]"#);
    let c = re.captures(para)?;
    let town = c.get(1)?.as_str();
    // (`Yarding: 4120 (last week 3890)`: a short unfinished line is a
    // table's label and figure; a story's lead is a sentence.)
    let unfinished = !super::text::is_terminated(para) && word_count(para) < 8;
    if !is_plain_town(town) || is_sport_lead(para) || unfinished {
        return None;
    }
    let credits = Credits {
        dateline: Some(RawDateline { place: Some(town.to_string()), month: None, day: None }),
        ..Credits::default()
    };
    Some((credits, lead_end(para, &c, 2)))
}

/// A town set in plain case before a colon or a dash: no weekday, month,
/// honorific or label (`Rao`, `Today`, `Note` are not places).
fn is_plain_town(town: &str) -> bool {
    const NOT_PLACES: &[&str] = &[
        "THE",
        "MR",
        "MRS",
        "MS",
        "MISS",
        "DR",
        "PROF",
        "SIR",
        "LORD",
        "LADY",
        "JUDGE",
        "JUSTICE",
        "TODAY",
        "TOMORROW",
        "YESTERDAY",
        "JANUARY",
        "FEBRUARY",
        "MARCH",
        "APRIL",
        "JUNE",
        "JULY",
        "AUGUST",
        "SEPTEMBER",
        "OCTOBER",
        "NOVEMBER",
        "DECEMBER",
        "HOST",
        "ANCHOR",
        "MODERATOR",
        "INTERVIEWER",
        "CHAIR",
        "SPEAKER",
        "STEP",
        "PART",
        "CHAPTER",
    ];
    let caps = town.to_uppercase();
    !caps.split([' ', '-']).any(|w| NOT_PLACES.contains(&w) || super::header::is_weekday(w)) && is_colon_place(&caps)
}

/// `Durban — More than 300 pupils…`: South African and some other papers set
/// the place in plain case before a dash. A name and a dash (`Priya Nair —
/// a teacher…`) take the same shape, so it is read only as the first text
/// under a story's heads ([`super::segment`]), with a sentence after the
/// dash and a place the colon form would take ([`is_plain_town`]).
pub fn parse_town_dash_lead(para: &str) -> Option<(Credits, usize)> {
    static TOWN: OnceLock<Regex> = OnceLock::new();
    let re = static_re(&TOWN, r#"^([A-Z][a-z]{2,}(?:[ -][A-Z][a-z]+){0,2})\s+(?:—|–|-)\s+[A-Z"“‘']"#);
    let c = re.captures(para)?;
    let town = c.get(1)?.as_str();
    let at = c.get(0)?.end() - 1;
    let credits = Credits {
        dateline: Some(RawDateline { place: Some(town.to_string()), month: None, day: None }),
        ..Credits::default()
    };
    (is_plain_town(town) && word_count(&para[at..]) >= 8).then_some((credits, at))
}

/// `NEW DELHI: Commuters…` (Indian and some Asian papers): a capitals word
/// and a colon is a dateline only if it names no label (`NOTE:`, `UPDATE:`),
/// no medium (`WASHINGTON POST:`) and is not a one- or two-letter marker.
/// Whether it opens its story is for the segmenter to say
/// ([`is_colon_dateline`]).
pub(super) fn is_colon_place(city: &str) -> bool {
    const LABELS: &[&str] = &[
        "NOTE",
        "NOTES",
        "UPDATE",
        "UPDATED",
        "CORRECTION",
        "CLARIFICATION",
        "ERRATUM",
        "EDITOR'S",
        "EDITORS",
        "WARNING",
        "BREAKING",
        "EXCLUSIVE",
        "ALSO",
        "READ",
        "MORE",
        "WATCH",
        "VIDEO",
        "PHOTO",
        "PHOTOS",
        "PICTURE",
        "PICTURES",
        "SOURCE",
        "SOURCES",
        "FILE",
        "CAPTION",
        "DISCLAIMER",
        "ADVT",
        "ADVERTISEMENT",
        "OPINION",
        "ANALYSIS",
        "LIVE",
        "QUESTION",
        "ANSWER",
        "FACT",
        "FACTS",
        "FACTFILE",
        "TIP",
        "TIPS",
        "WHAT",
        "WHO",
        "WHEN",
        "WHERE",
        "WHY",
        "HOW",
        "BACKGROUND",
        "CONTEXT",
        "PS",
        "NB",
        "FYI",
        "RIP",
        "POST",
        "TIMES",
        "NEWS",
        "HERALD",
        "JOURNAL",
        "TRIBUNE",
        "EXPRESS",
        "TELEGRAPH",
        "GUARDIAN",
        "MAIL",
        "PRESS",
        "REPORT",
        "REPORTS",
        "WIRE",
        "TV",
        "RADIO",
        "STAFF",
        "REPORTER",
        "CORRESPONDENT",
        "BUREAU",
        "AGENCIES",
        "AGENCY",
        "CONTACT",
        "TEL",
        "PHONE",
        "EMAIL",
        "WEB",
        "WEBSITE",
        "TICKETS",
        "ENTRY",
        "VENUE",
        "DATE",
        "TIME",
        "PRICE",
        "INFO",
        "DETAILS",
        "RESULT",
        "RESULTS",
        "SCORE",
        "SCORES",
        "POLL",
        "QUIZ",
        "SPONSORED",
        "PROMOTION",
        "FEATURE",
        "INTERVIEW",
        "EDITORIAL",
        "COMMENT",
        "REVIEW",
        "PREVIEW",
        "VERDICT",
        "RECIPE",
        "METHOD",
        "INGREDIENTS",
        "SERVES",
        "KEY",
        "QUOTE",
        "STATS",
        "TIMELINE",
        "PROFILE",
        "HIGHLIGHTS",
        "AGENDA",
        // A scoreboard's and a fact box's labels (`GOALS: Sydney: Heeney 4…`,
        // `Founded: 2017, Pune`, `Employees: 1,350`).
        "GOALS",
        "BEST",
        "UMPIRES",
        "CROWD",
        "SCORERS",
        "TRIES",
        "TEAMS",
        "INJURIES",
        "REFEREE",
        "ATTENDANCE",
        "FOUNDED",
        "EMPLOYEES",
        "REVENUE",
        "HEADQUARTERS",
        "CEO",
        "OWNER",
        "OWNERS",
        "BORN",
        "AGE",
        "EDUCATION",
        "FAMILY",
        "CAREER",
        "RUNTIME",
        "DIRECTOR",
        "STARRING",
        "CAST",
        "NOTICE",
        "NOTICES",
        "LEGAL",
    ];
    // `Oil: Crude prices fell…`, `Gold: Gold slipped…`: a markets roundup
    // runs in the asset each item is about where a dateline would stand
    // (whole, so that `Gold Coast` is still a place).
    const MARKETS: &[&str] = &[
        "OIL",
        "CRUDE",
        "GOLD",
        "SILVER",
        "COPPER",
        "METALS",
        "STOCKS",
        "SHARES",
        "EQUITIES",
        "BONDS",
        "TREASURIES",
        "GILTS",
        "CURRENCIES",
        "FOREX",
        "DOLLAR",
        "EURO",
        "STERLING",
        "YEN",
        "BITCOIN",
        "CRYPTO",
        "CRYPTOCURRENCIES",
        "COMMODITIES",
        "FUTURES",
        "GRAINS",
        "RATES",
        "EARNINGS",
        "ECONOMY",
        "DATA",
    ];
    !MARKETS.contains(&city.trim().trim_end_matches(['.', ',']))
        && city.split_whitespace().all(|w| !LABELS.contains(&w.trim_matches(['.', ','])))
        && !city.contains('\'')
}

/// `GOLF: Tiger Woods will…`: a sports brief opens on its sport, where a
/// dateline would stand. Like a colon dateline it opens a brief
/// ([`is_colon_dateline`]), but it names no place, and it stays in the text.
pub(super) fn is_sport_lead(para: &str) -> bool {
    const SPORTS: &[&str] = &[
        "GOLF",
        "TENNIS",
        "FOOTBALL",
        "SOCCER",
        "CRICKET",
        "LEAGUE",
        "ATHLETICS",
        "BASKETBALL",
        "BASEBALL",
        "HOCKEY",
        "BOXING",
        "CYCLING",
        "SWIMMING",
        "RACING",
        "MOTORSPORT",
        "MOTORSPORTS",
        "NETBALL",
        "VOLLEYBALL",
        "BADMINTON",
        "SNOOKER",
        "DARTS",
        "SAILING",
        "ROWING",
        "SKIING",
        "GYMNASTICS",
        "WRESTLING",
        "SQUASH",
        "OLYMPICS",
        "F1",
        "NFL",
        "NBA",
        "MLB",
        "NHL",
        "MMA",
        "COLLEGE",
        "PREPS",
        // (A local weekly's club notes: `BOWLING: Duns Bowling Club held…`.)
        "RUGBY",
        "BOWLING",
        "BOWLS",
        "CURLING",
        "ANGLING",
        "ARCHERY",
        "EQUESTRIAN",
        "HURLING",
        "SHINTY",
        "GAA",
        "JUDO",
        "KARATE",
        "ORIENTEERING",
        "RUNNING",
        "TRIATHLON",
    ];
    para.split_once(':').is_some_and(|(head, rest)| {
        rest.starts_with(' ')
            && (1..=2).contains(&head.split_whitespace().count())
            && head.split_whitespace().any(|w| SPORTS.contains(&w.to_ascii_uppercase().as_str()))
            && head
                .split_whitespace()
                .all(|w| w.chars().all(|c| c.is_alphanumeric()) && w.starts_with(|c: char| c.is_uppercase()))
    })
}

/// Whether a lead's dateline is the colon form (`MUMBAI : The…`), which a
/// speaker's name in a transcript (`SMITH: I think…`) shares: it opens a
/// story only right under the story's heads or byline.
pub fn is_colon_dateline(para: &str, rules: &ImportRules) -> bool {
    is_sport_lead(para)
        || parse_english_dateline(para, rules).is_some_and(|(_, at)| para[..at].trim_end().ends_with(':'))
}

/// `RIVERTON - The city…`: a dateline set off by a bare hyphen and no wire
/// (an export's stand-in for the dash) is shared by list lines (`LAKERS -
/// Signed…`), so, like the colon form, it opens a story only under its heads.
pub fn is_hyphen_dateline(para: &str, rules: &ImportRules) -> bool {
    parse_english_dateline(para, rules).is_some_and(|(c, at)| {
        let head = para[..at].trim_end();
        c.agency.is_none() && head.ends_with('-') && !head.ends_with("--")
    })
}

/// The agency a credit names (`Bernama`, `— PTI`'s `PTI`), as the page's
/// stories are credited to it.
pub fn agency_named(s: &str, rules: &ImportRules) -> Option<String> {
    english_agency(s, rules)
}

fn english_agency(s: &str, rules: &ImportRules) -> Option<String> {
    let s = s.trim();
    let known = |w: &str| rules.en_agencies.iter().find(|(a, _)| a.eq_ignore_ascii_case(w)).map(|(_, n)| n.clone());
    // (`Sapa-AFP`, `Reuters-AP`: a story two wires sent together signs with
    // both, hyphened, each a wire known.)
    known(s).or_else(|| {
        let (a, b) = s.split_once('-').filter(|(a, b)| !a.contains(' ') && !b.contains([' ', '-']))?;
        Some(format!("{}-{}", known(a)?, known(b)?))
    })
}

/// `本报记者 杜明 文 记者 夏阳 摄` (before the closing `摄`): the writer's
/// name before `文`, the photographer's after it.
fn writer_then_photographer(who: &str, rules: &ImportRules) -> Option<Credits> {
    let words: Vec<&str> = who.split_whitespace().collect();
    let at = words.iter().position(|w| *w == "文").filter(|&at| at > 0 && at + 1 < words.len())?;
    let mut credits = parse_people(&words[..at].join(" "), Role::Reporter, rules);
    let photo = as_contributors(parse_people(&words[at + 1..].join(" "), Role::Contributor, rules));
    if credits.reporters.is_empty() || photo.contributors.is_empty() {
        return None;
    }
    credits.merge(photo);
    credits.agency = words[0].starts_with("本报").then(|| "本报".to_string());
    Some(credits)
}

/// `Getty Images`, `Shutterstock`: picture agencies that credit a photo
/// after a dash (news agencies are [`english_agency`]).
fn photo_agency(s: &str) -> Option<String> {
    const PHOTO_AGENCIES: &[&str] =
        // (`— White Star`, `— Online`: Pakistani papers' photo services.)
        &[
            "Getty Images",
            "Getty",
            "Shutterstock",
            "Alamy",
            "iStock",
            "EPA",
            "EPA-EFE",
            "PA Wire",
            "PA Images",
            "White Star",
            "Online",
        ];
    let t = s.trim();
    PHOTO_AGENCIES.iter().find(|a| a.eq_ignore_ascii_case(t)).map(|a| a.to_string())
}

/// `Our Correspondent, Sylhet`, `UNB, Dhaka`, `BSS, Chattogram`: South Asian
/// papers sign a desk's or a wire's copy with the place it was filed from;
/// `JIJI, KYODO`: two wires shared the story.
fn desk_or_wire_in_place(line: &str, rules: &ImportRules) -> Option<Credits> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let c = static_re(&RE, r"^([A-Za-z][A-Za-z .]{1,30}?),\s*([A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)?)$").captures(line)?;
    let (who, place) = (&c[1], &c[2]);
    if let (Some(a), Some(b)) = (english_agency(who, rules), english_agency(place, rules)) {
        return Some(Credits { agency: Some(format!("{a}, {b}")), ..Credits::default() });
    }
    let credits = english_agency(who, rules)
        .map(|agency| Credits { agency: Some(agency), ..Credits::default() })
        .or_else(|| parse_byline_line_folded(who, rules).filter(|c| c.reporters.is_empty() && c.agency.is_none()))?;
    let place = title_case_caps(place);
    Some(Credits { dateline: Some(RawDateline { place: Some(place), month: None, day: None }), ..credits })
}

/// `Story and photos by X`, `Words & pictures by X`: one person wrote and
/// took the pictures. A pattern's piece, so that [`is_story_by`] and
/// [`parse_desk_credits`], which must agree on it, share one spelling.
macro_rules! story_and_photos {
    () => {
        r"(?:story|words|text)\s*(?:and|&)\s*(?:photos?|photography|pictures?|pix|images?)|(?:photos?|pictures?|pix)\s*(?:and|&)\s*(?:story|words|text)"
    };
}

/// `Story by X`, `Words by X; Pictures by Y`, `Story and photos by X`: a feature's byline.
fn is_story_by(line: &str) -> bool {
    static STORY_BY: OnceLock<Regex> = OnceLock::new();
    static_re(&STORY_BY, concat!(r"^(?i:(?:", story_and_photos!(), r"|story|words|text)\s+by)\s+\S"))
        .is_match(line.trim())
}

/// What `X报道` may name besides a place: the kind of report (`摄影报道`, `综合报道`).
const FILED_WORK: &[&str] = &[
    "摄影", "图文", "视频", "综合", "联合", "专题", "系列", "连续", "跟踪", "调查", "深度", "独家", "特别", "现场",
    "采访",
];

/// `记者方咏恩纽约报道` (folded) → (`方咏恩`, `纽约`): a name of two or three
/// characters and the place it was filed from, unspaced. The end names a
/// place correspondents file from, or the name takes three characters (two
/// of four).
fn unspaced_name_and_place(line: &str) -> Option<(String, String)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let c = static_re(&RE, r"^(?:本报)?(?:特派|驻\p{Han}{2,6})?记者(\p{Han}{4,7})(?:报道|报导)$").captures(line)?;
    let run: Vec<char> = c[1].chars().collect();
    const LONGER: &[&str] = &[
        "洛杉矶",
        "旧金山",
        "三藩市",
        "芝加哥",
        "温哥华",
        "多伦多",
        "华盛顿",
        "波士顿",
        "西雅图",
        "休斯顿",
        "新加坡",
        "吉隆坡",
        "墨尔本",
        "法拉盛",
        "哈尔滨",
        "石家庄",
        "布鲁塞尔",
        "乌鲁木齐",
        "呼和浩特",
        "莫斯科",
        "伦敦市",
        "曼哈顿",
        "圣保罗",
        "约翰内斯堡",
    ];
    let tail = |k: usize| run[run.len().saturating_sub(k)..].iter().collect::<String>();
    // (Else a name of three, the commonest, when the run is long enough.)
    let place_len = (3..=5)
        .rev()
        .find(|&k| run.len() >= k + 2 && LONGER.contains(&tail(k).as_str()))
        .unwrap_or(run.len().saturating_sub(3).clamp(2, 4));
    let name_len = run.len() - place_len;
    let work = |w: &&str| tail(place_len).ends_with(w) || line.contains(&format!("{w}报道"));
    if !(2..=3).contains(&name_len) || WORK_SUFFIXES.iter().chain(FILED_WORK).any(work) {
        return None;
    }
    let name: String = run[..name_len].iter().collect();
    Some((name, tail(place_len)))
}

/// `策划：编辑部`, `统筹：本报新闻中心`, `策划 周刊编辑部`: a planning
/// credit naming a desk of the paper, not a person (the bare space form
/// only where the desk says what it is, so that `策划 周宁` is a name).
fn planned_by_desk(line: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = static_re(&RE, r"^(?:策划|统筹|监制|出品)(?:\s*[:：]\s*|[\s\u{3000}]+)(\p{Han}{2,12})$");
    let Some(c) = re.captures(line.trim()) else {
        return false;
    };
    let desk = &c[1];
    let colon = line.contains([':', '：']);
    let unit = ["编辑部", "部", "中心", "工作室", "团队", "小组", "组", "室", "频道", "委员会"]
        .iter()
        .any(|u| desk.ends_with(u));
    (colon || unit) && !desk.ends_with("记者")
}

/// `统筹：黄一鸣　撰文：曹晓燕　摄影：马骏`, `策划 周宁　采写 林可　摄影 马骏`:
/// a feature's credit block, each work before the people who did it, two
/// works or more on the line. Who wrote the words are its reporters,
/// everyone else its contributors; a field naming no person (`策划：周刊
/// 编辑部`) makes the line no credit block.
fn credit_fields(line: &str, rules: &ImportRules) -> Option<Credits> {
    static LABEL: OnceLock<Regex> = OnceLock::new();
    let label = static_re(
        &LABEL,
        r"(?:^|[\s\u{3000}]+)(?:(统筹|策划|撰文|文字|采写|执笔|摄影|图片|视频|设计|制图|制表|海报|剪辑|配图|航拍|监制)(?:\s*[:：]\s*|[\s\u{3000}]+)|(文|图)\s*[:：/／]\s*)",
    );
    let marks: Vec<(usize, usize, bool)> = label
        .captures_iter(line)
        .filter_map(|c| {
            let whole = c.get(0)?;
            let work = c.get(1).or_else(|| c.get(2))?.as_str();
            Some((whole.start(), whole.end(), matches!(work, "撰文" | "文字" | "采写" | "执笔" | "文")))
        })
        .collect();
    if marks.len() < 2 || marks[0].0 != 0 {
        return None;
    }
    let mut credits = Credits::default();
    for (k, &(_, end, writer)) in marks.iter().enumerate() {
        let next = marks.get(k + 1).map_or(line.len(), |m| m.0);
        let who = line.get(end..next)?.trim();
        // (`文/本报记者 郑华  图/本报记者 冯涛`: the paper's writer makes the
        // story the paper's, as a byline of the words alone does.)
        if writer && credits.agency.is_none() {
            credits.agency = writers_paper(who);
        }
        let people = parse_people(who, if writer { Role::Reporter } else { Role::Contributor }, rules);
        let names: Vec<String> = people.reporters.into_iter().chain(people.contributors).collect();
        if !all_people(&names, rules) {
            return None;
        }
        for n in names {
            push_unique(if writer { &mut credits.reporters } else { &mut credits.contributors }, n);
        }
    }
    (!credits.reporters.is_empty() || !credits.contributors.is_empty()).then_some(credits)
}

/// A line that is only a byline: `□本报记者 王凤侠`, `■ 文/图 本报记者 X 通讯员 Y`,
/// `本报记者 X`, `By Jane Doe, Staff Writer`, `John Roe, The Associated Press`.
/// `杭州市天长小学五（2）班　周子墨` under an essay's title on a children's
/// page: the pupil signs with the school and class before the name; the
/// teacher who guided the essay on a line of their own (`指导老师　陈丽华`)
/// is its contributor.
fn pupil_byline(line: &str, rules: &ImportRules) -> Option<Credits> {
    static PUPIL: OnceLock<Regex> = OnceLock::new();
    static TEACHER: OnceLock<Regex> = OnceLock::new();
    let pupil = static_re(
        &PUPIL,
        r"^\p{Han}{2,24}?(?:小学|中学|学校|附小|附中|一中|二中|三中|高中|初中|幼儿园)(?:\p{Han}{1,6}校区)?\s*(?:[一二三四五六七八九\d]{1,2}年级)?\s*(?:[一二三四五六七八九高初]{0,2}\s*[（(]\s*\d{1,2}\s*[）)]\s*班|[一二三四五六七八九高初]{0,2}\d{1,2}班)?[\s\u{3000}]+([\p{Han}·][\p{Han}·\s\u{3000}]{1,8})$",
    );
    let teacher = static_re(&TEACHER, r"^指导(?:老师|教师)\s*[:：]?\s*([\p{Han}·][\p{Han}·\s\u{3000}、]{1,20})$");
    if let Some(c) = pupil.captures(line) {
        let name: String = c[1].split_whitespace().collect();
        return (len(&name) <= 4 && looks_like_person(&name, rules))
            .then(|| Credits { reporters: vec![name], ..Credits::default() });
    }
    let c = teacher.captures(line)?;
    let credits = as_contributors(parse_people(&c[1], Role::Contributor, rules));
    (!credits.contributors.is_empty() && all_people(&credits.contributors, rules)).then_some(credits)
}

/// Posts a person is named by before their name set apart
/// (`市社科院研究员　王　明`): a writer signing a piece, or a speaker in a
/// column of views (`…代表　孙宏伟：`), one list for both.
const POSTS: &str = "委员|代表|教授|副教授|校长|研究员|主任|院长|所长|局长|书记|分析师|律师|专家|会长|理事长|主席|总经理|董事长|总裁|医师|学者|作家";

/// Who someone is, ending on one of [`POSTS`], then their name set apart
/// (captured), then `end` (`[:：]` for a speaker; nothing for a writer).
pub(super) fn posted_name_re(cell: &'static OnceLock<Regex>, end: &str) -> &'static Regex {
    cell.get_or_init(|| {
        let pattern = format!(
            r"^[\p{{Han}}、·（）()]{{2,30}}?(?:{POSTS})[ \u{{3000}}]+([\p{{Han}}·][\p{{Han}}· \u{{3000}}]{{1,6}}){end}$"
        );
        Regex::new(&pattern).expect("constant pattern compiles")
    })
}

/// `Reporter Jessica Moore`: Australian regional dailies set the role word
/// before the name, no colon. Only a bare name may follow, so a sentence
/// (`Reporter Jane said …`) or a group (`Reporters Without Borders`) is not
/// read as one.
fn role_then_name(line: &str) -> Option<Credits> {
    // `Correspondent: Morag Grant, 01807 500123`: a British or Irish
    // weekly's village column names its local correspondent under the
    // village, with how to reach her; the name is the byline.
    static LOCAL: OnceLock<Regex> = OnceLock::new();
    let local = static_re(
        &LOCAL,
        r"^(?i:(?:local\s+|village\s+|district\s+)?correspondent)\s*[:\-–]?\s*([A-Z][A-Za-z.'\-]+(?:\s+[A-Z][A-Za-z.'\-]+){1,3})\s*(?:[,–\-]\s*|\(\s*)(?i:(?:tel|phone|t|mob|mobile)\.?\s*:?\s*)?(?:\+?\d[\d ]{5,}\d|[\w.\-]+@[\w\-]+(?:\.[\w\-]+)+)(?:\s*(?:,|or|/)\s*(?:\+?\d[\d ]{5,}\d|[\w.\-]+@[\w\-]+(?:\.[\w\-]+)+))*\s*\)?\.?$",
    );
    // (`Correspondent: Alan Scott` alone: the colon sets the name as a
    // credit, with or without a number.)
    static LOCAL_BARE: OnceLock<Regex> = OnceLock::new();
    let bare = static_re(
        &LOCAL_BARE,
        r"^(?i:(?:local\s+|village\s+|district\s+)?correspondent)\s*:\s*([A-Z][A-Za-z.'\-]+(?:\s+[A-Z][A-Za-z.'\-]+){1,3})\.?$",
    );
    if let Some(c) = local.captures(line.trim()).or_else(|| bare.captures(line.trim())) {
        let name = caps_words_cased(c[1].trim());
        return is_plain_name(&name).then(|| Credits { reporters: vec![name], ..Credits::default() });
    }
    let name = line.strip_prefix("Reporter ").or_else(|| line.strip_prefix("REPORTER "))?;
    let name = caps_words_cased(name.trim());
    is_plain_name(&name).then(|| Credits { reporters: vec![name], ..Credits::default() })
}

fn parse_byline_line_folded(line: &str, rules: &ImportRules) -> Option<Credits> {
    if is_headline_on_by(line) {
        return None;
    }
    // `Contributor: Mary Hession`, `Notes by Peggy Walsh`: a weekly's
    // district notes open with who sends them in from the parish.
    static NOTES_BY: OnceLock<Regex> = OnceLock::new();
    if let Some(c) = static_re(
        &NOTES_BY,
        r"^(?:(?i:(?P<k>contributor)s?\s*:)|(?i:(?:notes|news)\s+(?:compiled\s+)?by)\s*:?)\s*(?P<n>\p{Lu}.{2,60})$",
    )
    .captures(line.trim())
    {
        let mut credits = Credits::default();
        let names: Vec<&str> = c["n"].split([',', '&']).flat_map(|p| p.split(" and ")).map(str::trim).collect();
        if !names.is_empty() && names.iter().all(|n| is_plain_name(n)) {
            for n in names {
                let to = if c.name("k").is_some() { &mut credits.contributors } else { &mut credits.reporters };
                push_unique(to, n.to_string());
            }
            return Some(credits);
        }
    }
    // `Washington Post Writers Group` on a line of its own: a known agency's
    // name, not a desk (`Writers`, `Group`) that names no one.
    if line.split_whitespace().count() >= 3
        && let Some(agency) = english_agency(line.trim_end_matches('.'), rules)
    {
        return Some(Credits { agency: Some(agency), ..Credits::default() });
    }
    // `This report by The Canadian Press was first published March 3,
    // 2026.`: the line the Canadian wire closes its copy with names the
    // wire, as its sign-off in capitals does; it is no text of the story.
    static FIRST_PUBLISHED: OnceLock<Regex> = OnceLock::new();
    if let Some(c) = static_re(
        &FIRST_PUBLISHED,
        r"^This (?:report|story|article) by (.{2,40}?) was first published (?:on )?[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?\.?$",
    )
    .captures(line)
        && let Some(agency) = english_agency(&c[1], rules)
    {
        return Some(Credits { agency: Some(agency), ..Credits::default() });
    }
    // `Story by LEE CHONG WEI; Pictures by FAIHAN GHANI`: Malaysian
    // features credit the words and the pictures under the headline.
    if is_story_by(line)
        && let Some((credits, _)) = parse_desk_credits(line, rules)
    {
        return (!credits.reporters.is_empty()).then_some(credits);
    }
    // `摄影：本报记者 钟锐`, `统筹：陈峰`: the work before the colon says what
    // everyone named did, whatever role stands before a name.
    static SUPPORT_LABEL: OnceLock<Regex> = OnceLock::new();
    if let Some(c) = static_re(
        &SUPPORT_LABEL,
        r"^(?:摄影|图片|统筹|策划|制图|制表|设计|视频|海报|图表|航拍|剪辑|配图)\s*[:：]\s*([^。，,；;:：]{2,40})$",
    )
    .captures(line)
    .or_else(|| {
        // `图/羊城晚报记者 宋金峪` on its own line under `文/…`: the pictures'
        // credit (not `图/文 X`, who did both).
        static PICTURES: OnceLock<Regex> = OnceLock::new();
        static_re(&PICTURES, r"^(?:图|图片|摄影|摄)\s*[/／]\s*([^文。，,；;:：/／][^。，,；;:：/／]{1,39})$")
            .captures(line)
    }) {
        let credits = as_contributors(parse_people(&c[1], Role::Contributor, rules));
        if !credits.contributors.is_empty() && all_people(&credits.contributors, rules) {
            return Some(credits);
        }
        // `策划：编辑部`, `统筹：本报要闻部` over a feature: the desk that
        // planned it, no one named; a credit line still, never the
        // feature's kicker or a line of its text.
        return planned_by_desk(line).then(Credits::default);
    }
    if planned_by_desk(line) {
        return Some(Credits::default());
    }
    let line = line.trim();
    if line.chars().count() > 60 {
        // `By Emeka Okafor, Lagos; Aisha Bello, Abuja and Musa Ibrahim,
        // Kano`, `By X, Staff Writer and Y, Contributing Writer`: a byline
        // naming each writer's town or role runs longer than one writer's;
        // only a `By` line naming two writers at least is read so.
        let by = line.starts_with("By ") || line.starts_with("BY ");
        return (by && line.chars().count() <= 110)
            .then(|| parse_english_byline(line, rules))
            .flatten()
            .filter(|c| c.reporters.len() >= 2);
    }
    if let Some(credits) = credit_fields(line, rules) {
        return Some(credits);
    }
    if let Some(credits) = pupil_byline(line, rules) {
        return Some(credits);
    }
    // `口述：王德福　整理：本报记者 孟繁星`: an oral history, told by one and
    // written down by the other: the writer its reporter, the teller a
    // contributor (as an expert who `解答` is). The work words may stand
    // apart from the names by a space alone (`口述 李长河  整理 本报记者 赵雪梅`).
    static ORAL: OnceLock<Regex> = OnceLock::new();
    let oral = static_re(
        &ORAL,
        r"^口述(?:\s*[:：/／]\s*|\s+)(?P<teller>[^:：/／]{2,20}?)\s+整理(?:\s*[:：/／]\s*|\s+)(?P<writer>[^:：/／]{2,30})$",
    );
    if let Some(c) = oral.captures(line) {
        let mut credits = parse_byline_line_folded(&format!("文/{}", &c["writer"]), rules)?;
        let teller = parse_people(&c["teller"], Role::Contributor, rules);
        if credits.reporters.is_empty() || !all_people(&teller.contributors, rules) {
            return None;
        }
        for name in teller.contributors {
            push_unique(&mut credits.contributors, name);
        }
        return Some(credits);
    }
    // `文：陈大文 图：李小明`, `撰文 陈嘉欣 摄影 黄志强`, `文、摄影／记者林怡君`:
    // Hong Kong and Taiwan papers (and evening papers' travel pages, `文　林晓舟　图　赵　川`) credit the words and the pictures with a
    // colon, a gap or a `、`; read as `文/X 图/Y` and `文/图 X` are.
    static WORDS_AND_PICTURES: OnceLock<Regex> = OnceLock::new();
    let words_and_pictures = static_re(
        &WORDS_AND_PICTURES,
        r"^(?:(?:撰文|文字|文)\s*(?:[:：]\s*|\s+)(?P<w>[\p{Han}·]{2,4}|\p{Han}[ \u{3000}]+\p{Han}{1,2}|\p{Han}{2}[ \u{3000}]+\p{Han})\s+(?:图片|摄影|图|摄)\s*(?:[:：]\s*|\s+)(?P<p>[\p{Han}·]{2,4}|\p{Han}[ \u{3000}]+\p{Han}{1,2}|\p{Han}{2}[ \u{3000}]+\p{Han})|(?:撰文|文)\s*[:：]\s*(?P<only>[\p{Han}·]{2,4})|文\s*、\s*(?:摄影|图|摄)\s*[/／]\s*(?P<both>[^/／]{2,20}))$",
    );
    if let Some(c) = words_and_pictures.captures(line) {
        let slashed = match (c.name("w"), c.name("p"), c.name("only"), c.name("both")) {
            // (`文　林晓舟　图　赵　川`: a padded name read as one.)
            (Some(w), Some(p), ..) => {
                let joined = |m: regex::Match| m.as_str().split_whitespace().collect::<String>();
                format!("文/{} 图/{}", joined(w), joined(p))
            }
            (.., Some(w), _) => format!("文/{}", w.as_str()),
            (.., Some(b)) => format!("文/图 {}", b.as_str()),
            _ => String::new(),
        };
        return parse_byline_line_folded(&slashed, rules).filter(|c| !c.reporters.is_empty());
    }
    if let Some(credits) = line.strip_suffix('摄').and_then(|who| writer_then_photographer(who, rules)) {
        return Some(credits);
    }
    // `本报综合法新社报道`, `综合新华社、央视新闻报道` on a line of its own
    // under the headline, as the compiled lead opens a paragraph.
    if let Some((credits, end)) = parse_compiled_lead(&format!("{line} ."), rules)
        && end == line.len() + 1
    {
        return Some(credits);
    }
    if let Some(credits) = desk_or_wire_in_place(line, rules) {
        return Some(credits);
    }
    if let Some(credits) = outlet_writer(line, rules) {
        return Some(credits);
    }
    // `By Sam Wallace at Old Trafford`: a sports writer and the ground
    // reported from (the story's dateline).
    static AT_GROUND: OnceLock<Regex> = OnceLock::new();
    let at_ground =
        static_re(&AT_GROUND, r"^((?i:by)\s+.+?)\s+at\s+([A-Z][A-Za-z'’\-]+(?:\s+[A-Z][A-Za-z'’\-]+){0,3})$");
    if let Some(credits) = byline_then_place(at_ground.captures(line), rules, |c| !c.reporters.is_empty()) {
        return Some(credits);
    }
    // `报道 ● 黄思琪`, `翻译 ● 李佩玲`: Singapore's papers set the work
    // before a dot and the name after it.
    static WORK_DOT: OnceLock<Regex> = OnceLock::new();
    if let Some(c) =
        static_re(&WORK_DOT, r"^(报道|采访|撰文|文|摄影|图|翻译|编译)\s*[●•·■]\s*(\p{Han}[\p{Han}·\s]{1,10})$")
            .captures(line)
    {
        let contributed = matches!(&c[1], "摄影" | "图" | "翻译" | "编译");
        let people = parse_people(&c[2], if contributed { Role::Contributor } else { Role::Reporter }, rules);
        let names = if contributed { &people.contributors } else { &people.reporters };
        if !names.is_empty() && all_people(names, rules) {
            return Some(people);
        }
    }
    // `By Park Jun-hee (junheepark@heraldcorp.com)`: the writer's address
    // after the name is no part of it.
    static MAIL_AFTER: OnceLock<Regex> = OnceLock::new();
    if let Some(m) = static_re(&MAIL_AFTER, r"\s*[(（]\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[)）]$").find(line)
        && m.start() > 0
    {
        return parse_byline_line_folded(&line[..m.start()], rules).or_else(|| {
            let name = line[..m.start()].trim();
            is_plain_name(name).then(|| Credits { reporters: vec![name.to_string()], ..Credits::default() })
        });
    }
    // `By EDITH M. LEDERER Associated Press`: the wire's name after the
    // writer's, set apart by nothing but the change of case.
    static WIRE_AFTER: OnceLock<Regex> = OnceLock::new();
    if let Some(c) = static_re(
        &WIRE_AFTER,
        r"^((?i:by)\s+[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]*){1,3})\s+((?:The\s+)?Associated\s+Press|Reuters|Agence\s+France-Presse|Bloomberg(?:\s+News)?)$",
    )
    .captures(line)
        && let Some(agency) = english_agency(&c[2], rules)
        && let Some(mut credits) = parse_byline_line_folded(&c[1], rules).filter(|c| !c.reporters.is_empty())
    {
        credits.agency = Some(agency);
        return Some(credits);
    }
    // `By NICOLE WINFIELD AP Religion Writer`: the wire's role after a
    // name in capitals.
    static WIRE_ROLE: OnceLock<Regex> = OnceLock::new();
    let wire_role = static_re(
        &WIRE_ROLE,
        r"^(By\s+[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+){1,3})\s+([A-Z]{2,8})\s+(?:[A-Z][a-z]+\s+){0,3}(?:Writer|Correspondent|Reporter|Editor|Photographer)$",
    );
    if let Some(c) = wire_role.captures(line)
        && let Some(agency) = english_agency(&c[2], rules)
        && let Some(mut credits) = parse_byline_line_folded(&c[1], rules)
    {
        credits.agency.get_or_insert(agency);
        return Some(credits);
    }
    // `TNN | Mumbai`, `PTI | NEW DELHI`: Indian papers sign an unnamed
    // story with the wire or news service, then after a bar the place it was
    // filed from; read as one line it was the story's subtitle.
    if let Some((wire, place)) = line.split_once('|')
        && let (wire, place) = (wire.trim(), place.trim())
        && (1..=3).contains(&word_count(place))
        && place.split_whitespace().all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
        && is_colon_place(&place.to_uppercase())
        && let Some(agency) = english_agency(wire, rules).filter(|_| wire.chars().all(|c| c.is_ascii_uppercase()))
    {
        let dateline = RawDateline { place: Some(title_case_caps(place)), month: None, day: None };
        return Some(Credits { agency: Some(agency), dateline: Some(dateline), ..Credits::default() });
    }
    // `Richa Pinto TNN`, `Manthan K Mehta | TNN`: a wire or news service
    // after the writer's name, as Indian papers sign.
    if let Some((name, wire)) = line.rsplit_once([' ', '|'])
        && let Some(agency) = english_agency(wire, rules).filter(|_| wire.chars().all(|c| c.is_ascii_uppercase()))
    {
        let name = name.trim().trim_end_matches(['|', ',']).trim();
        // (`BY KNA`, `BY REUTERS`: the wire alone after a `By` in capitals
        // names no writer.)
        if name.eq_ignore_ascii_case("by") {
            return Some(Credits { agency: Some(agency), ..Credits::default() });
        }
        let name = name.strip_prefix("By ").unwrap_or(name);
        // (An initial, `Manthan K Mehta`, is no word of a headline.)
        let core: Vec<&str> = name
            .split_whitespace()
            .filter(|w| !(w.len() <= 2 && w.starts_with(|c: char| c.is_ascii_uppercase())))
            .collect();
        if is_plain_name(&core.join(" "))
            || is_english_name(name) && word_count(name) <= 4 && !name.contains(char::is_lowercase)
        {
            let name = title_case_caps(name);
            return Some(Credits { reporters: vec![name], agency: Some(agency), ..Credits::default() });
        }
    }
    // `东湖高新区融媒体中心供稿` under a headline: the centre sent the copy.
    if let Some(org) = line.strip_suffix("供稿").map(str::trim)
        && (4..=16).contains(&org.chars().count())
        && ["融媒体中心", "融媒中心", "新闻中心"].iter().any(|s| org.ends_with(s))
        && org.chars().all(is_han)
    {
        return Some(Credits { agency: Some(org.to_string()), ..Credits::default() });
    }
    // `蔡甸区融媒体中心 黄鹤 文/图`: a county's media centre (or another
    // outlet) named apart before its writer's byline is the agency.
    static OUTLET_APART: OnceLock<Regex> = OnceLock::new();
    let outlet_apart = static_re(
        &OUTLET_APART,
        r"^(\p{Han}{1,12}(?:融媒体中心|融媒中心|新闻中心|日报社?|晚报社?|电视台))[ \u{3000}]+(\S.*)$",
    );
    if let Some(c) = outlet_apart.captures(line)
        && let Some(mut credits) = parse_byline_line_folded(&c[2], rules)
        && !credits.reporters.is_empty()
        && credits.agency.is_none()
    {
        credits.agency = Some(c[1].to_string());
        return Some(credits);
    }
    // The place the story was filed from, after the names: `本报特派记者 周明
    // 发自卡塔尔多哈` (a correspondent sent abroad), `本报记者 张敏 北京报道`
    // (financial and national papers; `摄影报道`, `综合报道` name the work).
    static FILED_FROM: OnceLock<Regex> = OnceLock::new();
    if let Some(c) =
        static_re(&FILED_FROM, r"\s+(?:发自\s*(\p{Han}{2,12})|(\p{Han}{2,8}?)(?:报道|报导))$").captures(line)
        && let Some(place) =
            c.get(1).or_else(|| c.get(2).filter(|p| !FILED_WORK.iter().any(|w| p.as_str().ends_with(w))))
    {
        let mut credits = parse_byline_line_folded(&line[..c.get(0)?.start()], rules)?;
        if credits.reporters.is_empty() {
            return None;
        }
        credits.dateline = Some(RawDateline { place: Some(place.as_str().to_string()), month: None, day: None });
        // `特派记者 王勤 发自巴黎`: the paper's own correspondent sent out.
        if credits.agency.is_none() && line.starts_with("特派记者") {
            credits.agency = Some("本报".into());
        }
        return Some(credits);
    }
    // `本报特派记者孙雷发自东京`: the same run together, the role, name and
    // place with no space between; `发自` marks where the name ends.
    static FILED_FROM_UNSPACED: OnceLock<Regex> = OnceLock::new();
    if let Some(c) =
        static_re(&FILED_FROM_UNSPACED, r"^(\p{Han}{0,8}?记者)([\p{Han}·]{2,4}?)发自(\p{Han}{2,12})$").captures(line)
        && let Some(mut credits) = parse_byline_line_folded(&format!("{} {}", &c[1], &c[2]), rules)
        && !credits.reporters.is_empty()
    {
        credits.dateline = Some(RawDateline { place: Some(c[3].to_string()), month: None, day: None });
        if credits.agency.is_none() && c[1].starts_with("特派记者") {
            credits.agency = Some("本报".into());
        }
        return Some(credits);
    }
    // `記者方詠恩紐約報道`: overseas Chinese papers run the name and the
    // place together.
    if let Some((name, place)) = unspaced_name_and_place(line) {
        let dateline = RawDateline { place: Some(place), month: None, day: None };
        let agency = line.starts_with("本报").then(|| "本报".to_string());
        return Some(Credits { reporters: vec![name], dateline: Some(dateline), agency, ..Credits::default() });
    }
    // `Inquirer Visayas` on its own line under `By NAME`: the paper's bureau;
    // `The Columbus Dispatch` / `USA TODAY NETWORK`: the paper and the
    // chain it belongs to, as American bylines add them.
    static NETWORK: OnceLock<Regex> = OnceLock::new();
    let network = static_re(&NETWORK, r"^(?:[A-Z][A-Z&.\-]*\s+){1,4}(?:NETWORK|Network)$");
    // (`SPORTS NEWS` ends as a masthead does, but names news of a kind: the
    // head of a column, no paper.)
    if (super::header::is_paper_bureau(line) || super::header::is_paper_name(line) || network.is_match(line))
        && super::folio::sure_section(line, rules).is_none()
        && english_agency(line, rules).is_none()
        && !line.chars().any(is_han)
    {
        // The paper itself is the agency, as 本报 is for its own writers.
        let agency = (super::header::is_paper_name(line) && !network.is_match(line)).then(|| title_case_caps(line));
        return Some(Credits { agency, ..Credits::default() });
    }
    // `NOMVULA DLAMINI AND STAFF REPORTER`, `Jane Doe and Staff Reporter`:
    // a writer and the paper's desk without `By`, read as after one.
    if is_english_role(line)
        && !line.starts_with("By ")
        && !line.starts_with("BY ")
        && let Some((names, desk)) = [" and ", " AND ", " & "].iter().find_map(|j| line.rsplit_once(j))
        && is_plain_name(&caps_words_cased(names))
        && parse_byline_line_folded(desk, rules).is_some_and(|c| c.desk.is_some())
    {
        return parse_english_byline(&format!("By {line}"), rules);
    }
    if let Some(credits) = role_then_name(line) {
        return Some(credits);
    }
    // `Staff Writer` on its own line under `By NAME`.
    if is_english_role(line) && (is_english_name(line) || is_sentence_case_role(line) || name_over_sentence_role(line))
    {
        // `AP Retail Writer`, `AP Business Writer`, `Associated Press
        // Writer` under `By NAME`: the wire's writer on a beat; the wire is
        // the agency, no writer.
        let words: Vec<&str> = line.split_whitespace().collect();
        if words.len() <= 5
            && let Some(agency) =
                (1..words.len().min(4)).rev().find_map(|k| english_agency(&words[..k].join(" "), rules))
        {
            return Some(Credits { agency: Some(agency), ..Credits::default() });
        }
        match name_before_role(line) {
            Some(name) if word_count(line) <= 6 => {
                return Some(Credits { reporters: vec![name], ..Credits::default() });
            }
            // (`Our Correspondent` signs for the paper; `Political Editor`
            // alone is a role whose holder's name stands elsewhere.)
            _ if word_count(line) <= 4 => {
                let unby = after_by(line);
                // (`Sports Reporter`, `Business Correspondent` alone: the
                // desk's unnamed byline, as the pattern below reads it.)
                let own =
                    ["Our ", "Staff ", "Special ", "OUR ", "STAFF ", "SPECIAL "].iter().any(|w| unby.starts_with(w))
                        || is_house_desk(unby)
                        || is_beat_desk(unby)
                        || unnamed_byline().is_match(unby);
                return Some(Credits { desk: desk_named(line).filter(|_| own), ..Credits::default() });
            }
            _ => {}
        }
    }
    // `Staff report` in place of a name; `Special to The Courier`, `For The
    // Courier` under a freelancer's `By NAME`: bylines that name no one.
    let unnamed = unnamed_byline();
    // Indian papers sign with the desk: `By Our Staff Reporter`, the paper's
    // initials (`HT Correspondent`, `ET Bureau`), its own news service
    // (`Express News Service`, `TNN`, `DHNS`): no one is named either.
    static DESK: OnceLock<Regex> = OnceLock::new();
    let desk = static_re(
        &DESK,
        r"^(?:(?:By\s+)?Our\s+(?:Staff|Special|Own|Legal|City|Political|Sports|Business)\s+(?:Reporter|Correspondent|Representative)|By\s+(?:Our|Staff|Special|Legal)\s+(?:Reporter|Correspondent|Representative|Bureau)|[A-Z]{2,4}\s+(?:Correspondent|Reporter|Bureau|Staff|CORRESPONDENT|REPORTER|BUREAU|STAFF)|[A-Z][a-z]+\s+News\s+(?:Service|Network)|The\s+[A-Z][a-z]+\s+Bureau|[A-Z]{1,3}N[NS])$",
    );
    // `The Newspaper’s Staff Reporter` (Pakistani papers): the paper's own, unnamed.
    let straight = line.replace('’', "'");
    let papers = straight.strip_prefix("The Newspaper's ").or_else(|| straight.strip_prefix("Newspaper's "));
    if unnamed.is_match(line)
        || papers.is_some_and(|r| unnamed.is_match(r))
        || (desk.is_match(line) && english_agency(line, rules).is_none())
    {
        // (`Express News Service`, `TNN`: the paper's own news service, as a wire is.)
        static SERVICE: OnceLock<Regex> = OnceLock::new();
        if static_re(&SERVICE, r"^(?:[A-Z][a-z]+\s+News\s+(?:Service|Network)|[A-Z]{1,3}N[NS])$").is_match(line) {
            return Some(Credits { agency: Some(line.to_string()), ..Credits::default() });
        }
        return Some(Credits { desk: desk_named(line), ..Credits::default() });
    }
    if let Some(c) = parse_english_byline(line, rules) {
        return Some(c);
    }
    // `HYDERABAD, JUNE 17` on a line of its own under the byline: Indian
    // papers set the dateline there, not in the text.
    static DATE_LINE: OnceLock<Regex> = OnceLock::new();
    let date_line = static_re(
        &DATE_LINE,
        r"^([A-Z][A-Z.'\-]{2,}(?: [A-Z][A-Z.'\-]+){0,2}),\s*((?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[A-Za-z]*\.?)\s+(\d{1,2})$",
    );
    // (`MONDAY, MAY 11` over a police log's entries: the day they fall on,
    // no place.)
    if let Some(c) = date_line.captures(line)
        && let Some(month) = month_number(&c[2])
        && !super::header::is_weekday(&c[1])
    {
        let dateline = RawDateline { place: Some(title_case_caps(&c[1])), month: Some(month), day: c[3].parse().ok() };
        return Some(Credits { dateline: Some(dateline), ..Credits::default() });
    }
    // `NAIROBI, Wednesday` or `THIKA,` on a line of its own over the text:
    // Kenyan papers set the place (and the day of the week) there.
    static PLACE_LINE: OnceLock<Regex> = OnceLock::new();
    let place_line = static_re(
        &PLACE_LINE,
        r"^([A-Z][A-Z.'\-]{2,}(?: [A-Z][A-Z.'\-]+){0,2}),(?:\s*((?i:mon|tues|wednes|thurs|fri|satur|sun)day))?$",
    );
    // (A bare `KWAME ASANTE,` over a town signs a letter: without the day
    // only a one-word place is read so.)
    if let Some(c) = place_line.captures(line)
        && (c.get(2).is_some() || !c[1].contains(' '))
        && !super::header::is_weekday(&c[1])
        && is_colon_place(&c[1])
    {
        let dateline = RawDateline { place: Some(title_case_caps(&c[1])), month: None, day: None };
        return Some(Credits { dateline: Some(dateline), ..Credits::default() });
    }
    // `KANIZA GARARI | DC`: the reporter and, after a bar, the paper's initials.
    static PAPER_BAR: OnceLock<Regex> = OnceLock::new();
    let paper_bar = static_re(&PAPER_BAR, r"^([A-Z][A-Za-z.'\-]+(?:\s+[A-Z][A-Za-z.'\-]+){1,3})\s*\|\s*[A-Z]{2,4}$");
    if let Some(c) = paper_bar.captures(line)
        && let Some(credits) = parse_english_byline(&format!("By {}", &c[1]), rules)
        && !credits.reporters.is_empty()
    {
        return Some(credits);
    }
    // `本报评论员`, `本报特约评论员`: a paper's commentary is signed by the
    // office, not a person; the office is the credit as printed.
    let unmarked = line.trim_start_matches(MARKERS).trim_start();
    let bare = unmarked.trim_end();
    if bare.starts_with("本") && bare.ends_with("评论员") && bare.chars().count() <= 8 && !bare.contains(' ') {
        return Some(Credits {
            reporters: vec![bare.to_string()],
            agency: bare.starts_with("本报").then(|| "本报".to_string()),
            ..Credits::default()
        });
    }
    // `本报两会报道组`, `本报特派采访组`: a team of the paper's reporters
    // signs, no one named; the team is the desk, the paper the agency (as
    // `本报北京3月5日电（本报两会报道组）` credits it in a lead).
    if reporting_team(bare) {
        return Some(Credits { agency: Some("本报".into()), desk: Some(bare.to_string()), ..Credits::default() });
    }
    // `本报全国两会报道组　张　伟　李　娜`: the team, then its members named.
    if let Some((team, names)) = bare.split_once([' ', '\u{3000}'])
        && reporting_team(team)
    {
        let people = parse_people(names, Role::Reporter, rules);
        if people.contributors.is_empty() && all_people(&people.reporters, rules) {
            return Some(Credits { agency: Some("本报".into()), reporters: people.reporters, ..Credits::default() });
        }
    }
    // `□全国政协委员、天津职业技术师范大学校长　刘建国`, `中原地产首席分析师
    // 张大伟`: a guest writer's posts, then the name set apart; the writer.
    static POSTED_WRITER: OnceLock<Regex> = OnceLock::new();
    let posted = posted_name_re(&POSTED_WRITER, "");
    if let Some(c) = posted.captures(bare) {
        let credits = parse_people(&c[1], Role::Reporter, rules);
        if credits.reporters.len() == 1 && all_people(&credits.reporters, rules) {
            return Some(Credits { reporters: credits.reporters, ..Credits::default() });
        }
    }
    // `□王明（媒体人）`: a guest columnist and, in brackets, who they are;
    // `林慧敏 报道`: a Singapore reporter's byline.
    static NAME_POST: OnceLock<Regex> = OnceLock::new();
    static NAME_REPORTS: OnceLock<Regex> = OnceLock::new();
    let name_post = static_re(&NAME_POST, r"^([\p{Han}·]{2,4})[（(]([\p{Han}、·]{2,14})[)）]$");
    let name_reports =
        static_re(&NAME_REPORTS, r"^([\p{Han}·]{2,4}(?:[ \u{3000}、]+[\p{Han}·]{2,4}){0,2})[ \u{3000}]+报道$");
    // `文/王秀芬（北京）`: family and essay pages sign a reader's piece with
    // the town they write from in brackets; the slash marks it as a box does.
    let slashed = ["文/", "文／"].iter().find_map(|p| bare.strip_prefix(p)).map(str::trim_start);
    let boxed = line.starts_with(MARKERS) || slashed.is_some();
    let found = name_post
        .captures(slashed.unwrap_or(bare))
        .filter(|c| boxed || c[2].ends_with(['人', '员', '师', '者', '家', '长', '授', '生']))
        .or_else(|| name_reports.captures(bare));
    if let Some(c) = found {
        let credits = parse_people(&c[1], Role::Reporter, rules);
        if !credits.reporters.is_empty() && all_people(&credits.reporters, rules) {
            // `本报记者 陈俊宏 报道`, `联合早报记者 X 报道`: the role before the
            // name says whose reporter, as it does with no `报道` after.
            let agency = if bare.starts_with("本报") {
                Some("本报".to_string())
            } else {
                paper_before_role(bare).map(str::to_string)
            };
            return Some(Credits { reporters: credits.reporters, agency, ..Credits::default() });
        }
    }
    // `本报评论员 钱凯`, `□ 本报特约评论员 钱 凯`: the office and the writer.
    static NAMED_COMMENTATOR: OnceLock<Regex> = OnceLock::new();
    let named =
        static_re(&NAMED_COMMENTATOR, r"^本[报刊台](?:特约)?评论员[ \u{3000}]+([\p{Han}·][\p{Han}· \u{3000}]{1,6})$");
    if let Some(c) = named.captures(bare) {
        let credits = parse_people(&c[1], Role::Reporter, rules);
        if !credits.reporters.is_empty() && all_people(&credits.reporters, rules) {
            let agency = bare.starts_with("本报").then(|| "本报".to_string());
            return Some(Credits { agency, ..credits });
        }
    }
    if let Some(c) = parse_reported_from(bare, rules) {
        return Some(c);
    }
    // `本报驻东京记者  王晓明`: a correspondent's byline.
    if let Some(names) = strip_posted_role(bare).or_else(|| strip_station_role(bare))
        && !bare.contains(['。', '，', ','])
    {
        let credits = parse_people(names, Role::Reporter, rules);
        // Behind a correspondent's post a name of two or three characters
        // is one, though its first is no common surname (the pen name `青木`).
        let pen_names = !credits.reporters.is_empty()
            && credits.reporters.iter().all(|n| (2..=3).contains(&n.chars().count()) && n.chars().all(is_han));
        if pen_names || all_people(&credits.reporters, rules) {
            let agency = if bare.starts_with("本报") {
                Some("本报".to_string())
            } else {
                rules.agencies.iter().find(|a| bare.starts_with(a.as_str())).cloned()
            };
            return Some(Credits { agency, ..credits });
        }
    }
    if line.contains(['。', '，', ',', '！', '？', '；']) {
        return None;
    }
    let mut marked = unmarked.len() != line.len();
    let mut rest = unmarked;
    // `报道：黄慧敏`, `报道/摄影：吴俊杰`, `报道、摄影：黄慧敏` (Singapore and Malaysia papers) label
    // the writer by the work, as `文：` does; Malaysian and Taiwanese papers
    // spell it `报导`, and a full-width slash is as common as `/`. Theory
    // and opinion pages sign an essay `作者：陈立群` under its title.
    static WORK_LABEL: OnceLock<Regex> = OnceLock::new();
    let work_label = static_re(
        &WORK_LABEL,
        r"^(?:(?:报道|报导|采访|撰文|文字|采写|作者)(?:\s*[/／、]\s*(?:摄影|摄|图))?\s*[:：]\s*|整理\s*[:：/／]\s*|整理\s+)",
    );
    // (`整理 本报记者 赵雪梅`: the compiler's work set apart by a space alone
    // before their role; `整理 房间` is no credit.)
    let spaced_before_role = |m: &regex::Match| {
        !m.as_str().contains([':', '：', '/', '／'])
            && m.as_str().starts_with("整理")
            && !rules.reporter_roles.iter().any(|r| unmarked[m.end()..].starts_with(r.as_str()))
    };
    if let Some(m) = work_label.find(unmarked).filter(|m| !spaced_before_role(m)) {
        // `作者：李明远（省社会科学院研究员）`: who the writer is, in brackets,
        // names no one.
        let named = &unmarked[m.end()..];
        let named = trailing_author_post(named).map_or(named, |(names, _)| names);
        let mut credits = parse_people(named, Role::Reporter, rules);
        // (`采写：本报记者 邝静`, `采写：南都记者 X`: the paper's writer, as unlabelled.)
        if let Some(agency) = writers_paper(named) {
            credits.agency = Some(agency);
        }
        return all_people(&credits.reporters, rules).then_some(credits);
    }
    // `刘洋 文/图`: the work after the names marks the credit as it does before them.
    // (`本报记者 聂晓雨 文并摄`: the words and the pictures both theirs.)
    if let Some(r) = ["文/图", "图/文", "文·图", "图·文", "文／图", "图／文", "文/摄", "文／摄", "文并摄", "文并图"]
        .iter()
        .find_map(|w| rest.strip_suffix(w))
        && r.ends_with([' ', '\u{3000}'])
    {
        rest = r.trim_end();
        marked = true;
    }
    for p in [
        "文·图/",
        "图·文/",
        "文·图",
        "图·文",
        "文/图",
        "图/文",
        "文 / 图",
        "文图",
        "文/",
        "文／",
        "文|",
        "文｜",
        "文:",
        "文：",
        "图:",
        "图：",
        "文 ",
    ] {
        if let Some(r) = rest.strip_prefix(p) {
            rest = r.trim_start();
            // `文/记者林芳`: the slash marks a credit as a box does.
            marked |= p.contains(['/', '／', '|', '｜']);
            break;
        }
    }
    // `文/市中心医院药学部 主管药师 郭丽`: a specialist writing for the page
    // is signed with the unit and title before the name.
    if marked && let Some(name) = name_after_affiliation(rest, rules) {
        return Some(Credits { reporters: vec![name], ..Credits::default() });
    }
    // `■ Hourly rate rises from $1.50 to $3`: in English a box marker
    // before words that are no name opens a fact box's line.
    if !rest.chars().any(is_han) && !is_english_name(rest) {
        return None;
    }
    // (`本报记者` is the paper's own role, one of `reporter_roles`.)
    let paper = paper_before_role(rest).filter(|p| *p != "本报");
    let rest_role = paper.map_or(rest, |p| &rest[p.len()..]);
    let role =
        rules.reporter_roles.iter().chain(rules.contributor_roles.iter()).find(|r| rest_role.starts_with(r.as_str()));
    // Unmarked, a role glued to the next word is more likely a headline
    // (`记者会问答`, `记者观察`) than a byline, unless that word is a name
    // and all there is (`记者王小明`, `证券时报记者孙翔峰`; `本报记者王凤侠`
    // is the paper's own role, always a byline).
    let glued_name = |after: &str| {
        let first = after.split([' ', '\u{3000}']).next().unwrap_or("");
        (2..=3).contains(&first.chars().count()) && first.chars().all(is_han) && looks_like_person(first, rules)
    };
    let apart = |after: &str| after.starts_with([' ', '\u{3000}', ':', '：']);
    let rest = match role {
        Some(r) if paper.is_some() && (apart(&rest_role[r.len()..]) || glued_name(&rest_role[r.len()..])) => rest_role,
        _ if paper.is_some() => return None,
        _ => rest,
    };
    // (`■记者观察`, `■记者手记`: behind a box marker too, a role glued to a
    // common word is a column's label over its piece, not a writer.)
    let glued_word = |after: &str| !apart(after) && super::topic::is_dictionary_word(after.trim_end());
    match role {
        None if !marked => return None,
        Some(r) if !marked && !r.starts_with("本报") && !apart(&rest[r.len()..]) && !glued_name(&rest[r.len()..]) => {
            return None;
        }
        Some(r) if marked && !r.starts_with("本报") && glued_word(&rest[r.len()..]) => return None,
        _ => {}
    }
    // `本报记者 赵雪梅 整理` under a headline: a reporter named by role, the
    // work apart after the name, is the byline of a piece they compiled (a
    // name with no role before `整理` is a closing credit's).
    // (`采访整理`: who interviewed and wrote it down.)
    let before_work = ["采访整理", "整理"]
        .iter()
        .find_map(|w| rest.strip_suffix(w))
        .filter(|r| role.is_some() && r.ends_with([' ', '\u{3000}']));
    if rest.ends_with('摄') || (rest.ends_with("整理") && before_work.is_none()) {
        return None;
    }
    let rest = before_work.map_or(rest, str::trim_end);
    // `●白沙县：义诊进村送健康`: a bullet before a place and, after its
    // colon, what happened there heads a roundup's item. A boxed byline
    // has a colon only after the work it names (`文：`, read above).
    if role.is_none() && rest.contains([':', '：']) {
        return None;
    }
    let credits = parse_people(rest, Role::Reporter, rules);
    if credits.reporters.is_empty() && credits.contributors.is_empty() {
        return None;
    }
    // `■钧 声`: two characters padded to a name's width after the marker, a
    // pen name that need open on no surname (`■特 写`, a word, is a label).
    let padded_pair = {
        let mut chars = rest.chars();
        matches!(
            (chars.next(), chars.next(), chars.next(), chars.next()),
            (Some(a), Some(' ' | '\u{3000}'), Some(b), None) if is_han(a) && is_han(b)
        )
    };
    let pen_name = marked
        && padded_pair
        && credits.reporters.len() == 1
        && !super::topic::is_dictionary_word(&credits.reporters[0]);
    // A marker before words that are not names is a box label (`■新闻链接`).
    if role.is_none() && !pen_name && !credits.reporters.iter().all(|n| looks_like_person(n, rules)) {
        return None;
    }
    let mut credits = credits;
    if rest.starts_with("本报") {
        credits.agency = Some("本报".into());
    } else if let Some(p) = paper {
        credits.agency = Some(p.to_string());
    } else if let Some(a) = rules.agencies.iter().find(|a| rest.starts_with(a.as_str())) {
        credits.agency = Some(a.clone());
    }
    Some(credits)
}

/// `扬子晚报/紫牛新闻记者 陈思远`, `扬子晚报/紫牛新闻记者 X 文/摄`: the paper
/// and its news app before the role; the paper is the agency (a `文/摄`
/// after the names says they took the pictures too: still the writers).
fn outlet_writer(line: &str, rules: &ImportRules) -> Option<Credits> {
    static OUTLET_WRITER: OnceLock<Regex> = OnceLock::new();
    let c = static_re(
        &OUTLET_WRITER,
        r"^(\p{Han}{2,8}?(?:日报|晚报|晨报|时报|商报|都市报|报))\s*[/／|]\s*\p{Han}{2,10}?(?:新闻|客户端|网|报|APP|视频)\s*(?:首席|见习|实习|特约|全媒体|融媒|融媒体)?记者[\s\u{3000}]*(.{2,30}?)(?:[\s\u{3000}]*(?:文[/／]摄|文[/／]图|图[/／]文|摄影|摄|报道))?$",
    )
    .captures(line)?;
    let mut people = parse_people(&c[2], Role::Reporter, rules);
    if people.reporters.is_empty() || !all_people(people.reporters.iter().chain(&people.contributors), rules) {
        return None;
    }
    people.agency = Some(c[1].to_string());
    Some(people)
}

/// A byline (the captures' first group) and the place after it (the
/// second: `at Old Trafford`, `in Lagos`) as the story's dateline, when the
/// writers it names are such as `ok` takes.
fn byline_then_place(
    c: Option<regex::Captures>,
    rules: &ImportRules,
    ok: impl Fn(&Credits) -> bool,
) -> Option<Credits> {
    let c = c?;
    let mut credits = parse_byline_line_folded(&c[1], rules).filter(|credits| ok(credits))?;
    credits.dateline = Some(RawDateline { place: Some(c[2].to_string()), month: None, day: None });
    Some(credits)
}

/// `作者：刘晓燕（滨江市社会科学院研究员）`, `■ 陈立新（中共滨江市委党校教授）`:
/// a theory page's byline with the author's post in brackets after it. The
/// byline and the bracketed post, apart, so that the names are credited and
/// the post stays as printed. Only a post reads so (see [`is_author_post`]).
pub fn split_signed_post(line: &str, rules: &ImportRules) -> Option<(String, String)> {
    // `通讯员 王强（县农业农村局） 陈明（县气象局）`: a correspondent's unit
    // after each name is no author's post; the line is the byline whole.
    if matches!(without_writers_units(line), std::borrow::Cow::Owned(_)) && parse_byline_line(line, rules).is_some() {
        return None;
    }
    let (byline, post) = trailing_author_post(line.trim())?;
    // `刘建国（作者单位：市第一人民医院老年科）`: a bare name signs the piece
    // when the bracket says it is the author's.
    if is_bare_signature(byline) && post.trim_start_matches(['（', '(']).starts_with("作者") {
        return Some((byline.to_string(), post.to_string()));
    }
    let credits = parse_byline_line(byline, rules)?;
    (!credits.reporters.is_empty()).then(|| (byline.to_string(), post.to_string()))
}

/// `（作者系影评人）　文/林小雨`, `（作者单位：市第一人民医院老年科）　刘建国`:
/// the note on the author and then the signature, set on one closing line.
/// Each closes its piece as a line of its own; run together, neither was
/// read, and the line went on as the next piece's kicker or as body.
pub fn split_note_then_signature(line: &str, rules: &ImportRules) -> Option<(String, String)> {
    let t = line.trim();
    if !t.starts_with(['（', '(']) {
        return None;
    }
    let close = t.find(['）', ')'])?;
    let end = close + t[close..].chars().next()?.len_utf8();
    let (note, sig) = (&t[..end], t[end..].trim_matches([' ', '\u{3000}']));
    if sig.is_empty()
        || !note.trim_start_matches(['（', '(']).starts_with("作者")
        || !super::repair::is_article_note(note)
    {
        return None;
    }
    let signed = is_bare_signature(sig) || parse_byline_line(sig, rules).is_some_and(|c| !c.reporters.is_empty());
    signed.then(|| (note.to_string(), sig.to_string()))
}

/// `刘建国`, `欧阳晓`: a Chinese name alone, as a piece is signed at its end
/// (no more than four characters: a longer run is a phrase).
fn is_bare_signature(t: &str) -> bool {
    is_name_like(t) && (2..=4).contains(&t.chars().filter(|c| is_han(*c)).count()) && !t.contains(['·', '•'])
}

/// `陈立新（中共滨江市委党校教授）`: the text before an author's post set in
/// brackets at its end, and the post with its brackets.
fn trailing_author_post(t: &str) -> Option<(&str, &str)> {
    let inner = t.strip_suffix(['）', ')'])?;
    let at = inner.rfind(['（', '('])?;
    is_author_post(inner[at..].trim_start_matches(['（', '(']).trim()).then(|| (inner[..at].trim_end(), &t[at..]))
}

/// `（中共滨江市委党校教授）` on a line of its own: the post a writer's
/// byline was split from (see [`split_signed_post`]).
pub(super) fn is_bracketed_author_post(t: &str) -> bool {
    let t = t.trim();
    t.strip_prefix(['（', '('])
        .and_then(|r| r.strip_suffix(['）', ')']))
        .is_some_and(|inner| is_author_post(inner.trim()))
}

/// `滨江市社会科学院研究员`, `作者单位：中共滨江市委党校`: what an essay's
/// author is, as a theory page prints it in brackets by the name: a unit or
/// a title ends it, or it says `作者单位`/`作者系`.
fn is_author_post(post: &str) -> bool {
    len(post) >= 4
        && !post.contains(['。', '，', '！', '？', '(', '（'])
        && (is_affiliation(post) || post.starts_with("作者单位") || post.starts_with("作者系"))
}

/// `省社会科学院`, `市中心医院药学部`, `主管药师`, `教授`: a word that ends as
/// the names of units and posts do.
fn is_affiliation(word: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "医院",
        "法院",
        "检察院",
        "中心",
        "大学",
        "学院",
        "学校",
        "中学",
        "小学",
        "党校",
        "社科院",
        "研究院",
        "部",
        "科",
        "室",
        "所",
        "局",
        "委",
        "馆",
        "站",
        "医师",
        "药师",
        "护师",
        "技师",
        "营养师",
        "律师",
        "主任",
        "教授",
        "讲师",
        "研究员",
        "博士",
        "博士生",
        "院长",
        "所长",
        "会长",
    ];
    ENDINGS.iter().any(|e| word.ends_with(e))
}

/// `市中心医院药学部 主管药师 郭 丽`, `市律师协会副会长 周明`: a unit and a
/// title (each a word ending as units and titles do), then one person's
/// name; the name. So a specialist signs a piece and an expert an answer.
fn name_after_affiliation(rest: &str, rules: &ImportRules) -> Option<String> {
    let tokens = join_padded_names(rest);
    let (name, affiliation) = tokens.split_last()?;
    let unit_like = |t: &String| len(t) >= 3 && t.chars().all(is_han) && is_affiliation(t);
    (!affiliation.is_empty()
        && affiliation.iter().all(unit_like)
        && is_name_like(name)
        && len(name) <= 4
        && looks_like_person(name, rules))
    .then(|| name.clone())
}

/// `记者王小明／台北报导`, `【记者王小明、李大华/高雄报导】`, `中央社记者张三／综合报导`,
/// `编译 张文／综合报导`, `编译张文／综合外电报导` (who put a story
/// together from the wires; `外电` is the wires, no place):
/// Taiwanese and overseas Chinese papers name the reporters and, after a slash, the place filed
/// from. The whole text must be the credit (folded form).
fn parse_reported_from(text: &str, rules: &ImportRules) -> Option<Credits> {
    static FROM: OnceLock<Regex> = OnceLock::new();
    let re = static_re(
        &FROM,
        r"^[【\[〔]?\s*(\p{Han}{0,6}?(?:记者|编译))\s*([\p{Han}·][\p{Han}·、 ]{0,30}?)\s*[／/]\s*(\p{Han}{0,8}?)\s*(?:综合)?(?:外电|即时)?\s*报[导道]\s*[】\]〕]?$",
    );
    let c = re.captures(text)?;
    let mut credits = parse_people(&c[2], Role::Reporter, rules);
    // The slash-and-报导 frame is the credit's mark: a name need only be a
    // name's length (traditional surnames are not all in the fold).
    let name_like = |n: &String| n.contains('·') || (2..=4).contains(&n.chars().count());
    if credits.reporters.is_empty() || !credits.reporters.iter().all(name_like) {
        return None;
    }
    let role = &c[1];
    if let Some(a) = rules.agencies.iter().find(|a| role.starts_with(a.as_str())) {
        credits.agency = Some(a.clone());
    } else if role.starts_with("本报") || role == "记者" {
        // (`記者王思涵／高雄報導`: the paper's own reporter, as `本报记者` is.)
        credits.agency = Some("本报".into());
    }
    let place = &c[3];
    if !place.is_empty() {
        credits.dateline = Some(RawDateline { place: Some(place.to_string()), month: None, day: None });
    }
    Some(credits)
}

/// `【记者王小明／台北报导】高雄轻轨…`, `〔记者蔡淑媛／台中报导〕台中捷运…`: the
/// bracketed Taiwanese credit opening a paragraph; returns the credits and
/// where the text begins.
fn parse_reported_from_lead(para: &str, rules: &ImportRules) -> Option<(Credits, usize)> {
    let (open, close) = [('【', '】'), ('〔', '〕')].into_iter().find(|(o, _)| para.starts_with(*o))?;
    let (inner, _) = para[open.len_utf8()..].split_once(close)?;
    let credits = parse_reported_from(inner.trim(), rules)
        .or_else(|| own_report_unslashed(inner.trim(), rules))
        .or_else(|| desk_report(inner.trim()))?;
    Some((credits, open.len_utf8() + inner.len() + close.len_utf8()))
}

/// `即时新闻／综合报导`, `国际新闻中心／综合外电报导`, `即时新闻／台北报导`
/// (folded, from `〔…〕`): one of the paper's desks, not a person, credits
/// the story it put together (Taiwanese papers); the paper is the agency,
/// and a place after the slash is where it was filed.
fn desk_report(inner: &str) -> Option<Credits> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let c = static_re(
        &RE,
        r"^(\p{Han}{2,8}?(?:新闻|中心|频道|小组|组))\s*[／/]\s*(\p{Han}{0,8}?)\s*(?:综合)?(?:外电)?\s*报[导道]$",
    )
    .captures(inner)?;
    let place = c.get(2).map(|m| m.as_str()).filter(|p| !p.is_empty());
    let dateline = place.map(|p| RawDateline { place: Some(p.to_string()), month: None, day: None });
    Some(Credits { agency: Some("本报".into()), dateline, ..Credits::default() })
}

/// `本报记者李嘉欣纽约报导`, `本报记者 李嘉欣 纽约报导` (folded, from `【…】`):
/// American Chinese papers bracket the paper's reporter and the place as
/// the slashed form does, without the slash; read as the same byline on a
/// line of its own. `本报综合报导` names only the paper.
fn own_report_unslashed(inner: &str, rules: &ImportRules) -> Option<Credits> {
    if !(inner.ends_with("报导") || inner.ends_with("报道")) {
        return None;
    }
    if ["本报综合报导", "本报综合报道"].contains(&inner) {
        return Some(Credits { agency: Some("本报".into()), ..Credits::default() });
    }
    if !inner.starts_with("本报记者") && !inner.starts_with("记者") {
        return None;
    }
    let mut credits = parse_byline_line_folded(inner, rules)?;
    if credits.reporters.is_empty() || credits.dateline.is_none() {
        return None;
    }
    credits.agency.get_or_insert_with(|| "本报".into());
    Some(credits)
}

/// `本报两会报道组`, `本报特派采访组`: a team of the paper's reporters,
/// signing as one, no one named.
fn reporting_team(t: &str) -> bool {
    static TEAM: OnceLock<Regex> = OnceLock::new();
    static_re(&TEAM, r"^本报\p{Han}{0,6}?(?:报道组|采访组|调查组|调研组|报道团|采访团|报道小组|采访小组)$").is_match(t)
}

/// A Han name that starts with a surname (or a transliterated name with `·`).
fn looks_like_person(name: &str, rules: &ImportRules) -> bool {
    name.contains(['·', '•'])
        || rules.compound_surnames.iter().any(|c| name.starts_with(c.as_str()))
        || (name.chars().count() <= 3 && name.chars().next().is_some_and(|c| rules.surname_rank(c).is_some()))
        || !name.chars().any(is_han)
}

/// `China Daily`, `Gulf News`, `Hindustan Times`: a paper's name after the
/// writer's, ending on a word only a masthead ends on. (Not `sun`, `star`,
/// `post` or `press`, which end a writer's name too: `By Li Wei, Yu Sun`.)
fn is_paper_credit(extra: &str) -> bool {
    const ENDS: &[&str] = &[
        "daily",
        "times",
        "news",
        "gazette",
        "tribune",
        "herald",
        "chronicle",
        "courier",
        "journal",
        "inquirer",
        "telegraph",
        "guardian",
        "examiner",
        "observer",
        "bulletin",
        "sentinel",
        "dispatch",
        "ledger",
        "weekly",
        "express",
        "mirror",
    ];
    word_count(extra) >= 2 && extra.split_whitespace().last().is_some_and(|w| ENDS.contains(&w.to_lowercase().as_str()))
}

fn parse_english_byline(line: &str, rules: &ImportRules) -> Option<Credits> {
    static BY: OnceLock<Regex> = OnceLock::new();
    static NAME_AGENCY: OnceLock<Regex> = OnceLock::new();
    // `Compiled by X` heads a column of briefs as `By X` heads a story
    // (`Reviewed by X` a review).
    // `Reporter: Gemma Walsh`, `Words: X`: British regional papers label the byline
    // (a club's notes are signed `Submitted by X`);
    // tabloids flag it (`EXCLUSIVE by DANNY WHITCOMBE`), comment pages name the form.
    let by = static_re(
        &BY,
        r"^(?:(?i:(?:(?:compiled|written|submitted|story|text|words|(?:world\s+)?exclusive:?|analysis|comment|reviews?|reviewed|interview|investigation)\s+)?by)\s+|(?i:reporters?|words|story|text|(?:story|words|text)\s*(?:and|&)\s*(?:photos?|pictures?|pix))\s*:\s*)(.+)$",
    );
    // (`Cecelia Campbell-Livingston/Gleaner Writer`: Caribbean papers set the role after a slash.)
    let name_agency = static_re(&NAME_AGENCY, r"^([A-Z][A-Za-z.'\-]+(?:\s+[A-Z][A-Za-z.'\-]+){0,4})\s*[,|/]\s*(.+)$");
    let mut credits = Credits::default();
    // `Tom Baxter, with AAP`, `By X with Reuters`: the writer's own copy
    // with the wire's worked in; the wire is the agency.
    static WITH_WIRE: OnceLock<Regex> = OnceLock::new();
    // (`Staff writer, with CNA`, `/ Staff writer, with AFP`: the paper's
    // unnamed writer and the wire.)
    static STAFF_WITH_WIRE: OnceLock<Regex> = OnceLock::new();
    let staff_with_wire = static_re(
        &STAFF_WITH_WIRE,
        r"^(?:[/|]\s*)?(?i:(?:staff|special)\s+(?:writers?|reporters?|correspondents?)),?\s+(?i:with)\s+([A-Za-z][A-Za-z .]{1,30})$",
    );
    if let Some(c) = staff_with_wire.captures(line)
        && let Some(agency) = english_agency(&c[1], rules)
    {
        return Some(Credits { agency: Some(agency), ..Credits::default() });
    }
    if let Some(c) = static_re(&WITH_WIRE, r"^(.+?),?\s+(?i:with)\s+([A-Za-z][A-Za-z .]{1,30})$").captures(line)
        && let Some(agency) = english_agency(&c[2], rules)
        && let Some(mut named) = parse_english_byline(&c[1], rules).or_else(|| {
            // (`BEN HORNE, with AAP`: the name in capitals, as sports pages set it.)
            let name = caps_words_cased(c[1].trim());
            is_plain_name(&name).then(|| Credits { reporters: vec![name], ..Credits::default() })
        })
        && !named.reporters.is_empty()
    {
        named.agency = Some(agency);
        return Some(named);
    }
    // `By Funmilayo Adeyemi in Lagos`: the writer and the city filed from.
    static BY_IN: OnceLock<Regex> = OnceLock::new();
    let by_in = static_re(&BY_IN, r"^((?i:by)\s+.+?)\s+in\s+([A-Z][A-Za-z'’\-]+(?:\s+[A-Z][A-Za-z'’\-]+){0,2})$");
    if let Some(credits) = byline_then_place(by_in.captures(line), rules, |c| c.reporters.len() == 1) {
        return Some(credits);
    }
    // `By WANG XIAOYU in Beijing and CHEN MEILING in Hangzhou`: China Daily
    // names where each of its writers is, as the FT does (see below), after
    // a `By`, the names in capitals.
    if let Some(rest) = line.strip_prefix("By ").or_else(|| line.strip_prefix("BY "))
        && let Some(credits) = writers_in_places(&caps_words_cased(rest)).filter(|c| c.reporters.len() >= 2)
    {
        return Some(credits);
    }
    // `JEAN-PAUL ROY / LOCAL JOURNALISM INITIATIVE`: a Canadian writer paid
    // by the programme, which is named as the agency.
    static LJI: OnceLock<Regex> = OnceLock::new();
    if let Some(c) =
        static_re(&LJI, r"^(.+?)\s*[/|,]\s*((?i:local journalism initiative(?:\s+reporter)?))$").captures(line)
    {
        let name = c[1].trim().trim_start_matches("By ").trim_start_matches("BY ");
        if is_english_name(name) {
            let reporters = vec![title_case_caps(name)];
            return Some(Credits {
                reporters,
                agency: Some("Local Journalism Initiative".into()),
                ..Credits::default()
            });
        }
    }
    // `Olaf Storbeck in Frankfurt and Stephen Morris in London`: the
    // Financial Times names where each writer filed from (two writers at
    // least here: one alone is read under a headline, see `segment`).
    if let Some(credits) = writers_in_places(line)
        .or_else(|| writers_comma_place(line))
        .or_else(|| writers_each_comma_place(line))
        .filter(|c| c.reporters.len() >= 2)
    {
        return Some(credits);
    }
    // (`By Joke Falaju, Abuja and Sodiq Omolaoye, Lagos`: so too after `By`
    // or `From`, which would otherwise read the first town as a name.)
    if let Some(rest) = ["By ", "From "].iter().find_map(|p| line.strip_prefix(p))
        && let Some(credits) = writers_each_comma_place(rest)
    {
        return Some(credits);
    }
    // `By Jane Doe, Staff Writer and John Roe, Staff Writer`: two writers,
    // each with a role after the comma; both write it (the roles name no one).
    if let Some(rest) = line.strip_prefix("By ").or_else(|| line.strip_prefix("BY "))
        && let parts = rest.split(" and ").map(|p| p.trim().trim_end_matches(',')).collect::<Vec<_>>()
        && (2..=3).contains(&parts.len())
        && let Some(names) = parts
            .iter()
            .map(|p| {
                let (name, role) = p.split_once(", ")?;
                let name = title_case_caps(name.trim());
                (is_plain_name(&name) && (2..=3).contains(&word_count(&name)) && is_english_role(role.trim()))
                    .then_some(name)
            })
            .collect::<Option<Vec<String>>>()
    {
        let mut credits = Credits::default();
        for n in names {
            push_unique(&mut credits.reporters, n);
        }
        return Some(credits);
    }
    if let Some(credits) = role_then_name(line) {
        return Some(credits);
    }
    if let Some(c) = by.captures(line) {
        let all = without_contact_tail(c.get(1)?.as_str());
        // `Compiled by Marcus Bell from wire reports`: where the copy came
        // from, no wire named; the writer is who compiled it.
        static FROM_REPORTS: OnceLock<Regex> = OnceLock::new();
        let from_reports = static_re(
            &FROM_REPORTS,
            r"\s+(?i:from\s+(?:staff\s+and\s+wire|staff|wire|news\s+service|agency)\s+reports)$",
        );
        let all = from_reports.find(all).map_or(all, |m| &all[..m.start()]);
        // `By JANE DOE and JOHN ROE / Staff Writers`: the slash sets off the role as a comma does.
        let mut parts = all.split(['|', ',', '/']).map(str::trim);
        let names = parts.next()?;
        if let Some(a) = english_agency(names, rules) {
            // `By The Associated Press`: an agency, not a person.
            credits.agency = Some(a);
            return Some(credits);
        }
        // The writers named first, then any after a comma (`By Li Wei, Yu Sun`).
        for n in names
            .split(" and ")
            .flat_map(|s| s.split(" AND "))
            .flat_map(|s| s.split(" & "))
            .map(str::trim)
            .map(without_class_year)
            .map(strip_role_tail)
        {
            // (`BY THE NUMBERS`, `By the way`: a box's label; no one's name
            // opens on `The`.)
            if !is_english_name(n) || n.split_whitespace().next().is_some_and(|w| w.eq_ignore_ascii_case("the")) {
                return None;
            }
            push_unique(&mut credits.reporters, title_case_caps(n));
        }
        for extra in parts {
            // `Story by X / Photos by Y`: the photographer is a contributor.
            if let Some((c, _)) = parse_desk_credits(extra, rules) {
                for n in c.reporters.into_iter().chain(c.contributors) {
                    push_unique(&mut credits.contributors, n);
                }
            } else if let Some(a) = english_agency(extra, rules) {
                credits.agency = Some(a);
            // `By Jane Doe, News24`: a news site whose name carries digits
            // sends the story, as a wire does.
            } else if is_outlet_with_digits(extra) {
                credits.agency = Some(extra.to_string());
            // `By Chinedu Okafor, Abuja`: one word after the name is the
            // place the story was filed from (a second writer has two).
            } else if is_english_name(extra)
                && (word_count(extra) == 1 || opens_on_a_place_word(extra))
                && !is_english_role(extra)
            {
                let place = title_case_caps(extra);
                credits.dateline = Some(RawDateline { place: Some(place), month: None, day: None });
            // `By RACHEL TAN, Health Reporter, and MARK WILLIAMS`: a second
            // writer joined on after the first one's role.
            } else if let Some(n) = extra.strip_prefix("and ").or_else(|| extra.strip_prefix("AND "))
                && is_writer_name(n)
                && word_count(n) <= 4
            {
                push_unique(&mut credits.reporters, title_case_caps(strip_role_tail(n.trim())));
            // `By Rachel Okafor, Dan Whitcomb and Priya Raman`: three writers,
            // the last two joined after the comma.
            } else if let Some(names) = joined_names(extra) {
                for n in names {
                    push_unique(&mut credits.reporters, title_case_caps(n));
                }
            // `By Jane Doe, The Mapleton Daily`, `By ZHANG YI | China Daily`:
            // a paper, not a second writer; nor is its bureau (`By MAR S.
            // ARGUELLES, Inquirer Southern Luzon`).
            } else if is_english_name(extra)
                && !is_english_role(extra)
                && !extra.starts_with("The ")
                && !is_paper_credit(extra)
                && !super::header::is_paper_bureau(&title_case_caps(extra))
            {
                push_unique(&mut credits.reporters, title_case_caps(extra));
            }
        }
        return (!credits.reporters.is_empty()).then_some(credits);
    }
    if let Some(a) = english_agency(line, rules) {
        credits.agency = Some(a);
        return Some(credits);
    }
    // `From Musa Abdullahi, Kano`: Nigerian papers sign a correspondent's
    // story from the town the correspondent covers.
    static FROM: OnceLock<Regex> = OnceLock::new();
    // (`Stories by Ibrahim Musa, Kano` signs the stories of one town alike.)
    let from = static_re(&FROM, r"^(?:From|Stories\s+by|Story\s+by|Reports\s+by)\s+([^,]+),\s*([^,]+)$");
    if let Some(c) = from.captures(line) {
        let (name, place) = (c[1].trim(), c[2].trim());
        if is_english_name(name)
            && (2..=4).contains(&word_count(name))
            && is_english_name(place)
            && word_count(place) <= 3
            && !is_english_role(place)
            && !is_english_role(name)
        {
            push_unique(&mut credits.reporters, title_case_caps(name));
            credits.dateline = Some(RawDateline { place: Some(title_case_caps(place)), month: None, day: None });
            return Some(credits);
        }
    }
    // `From Emeka Nwachukwu (Enugu) and Tunde Bakare (Ibadan)`: Nigerian
    // papers sign a story from two towns with each correspondent's town
    // after the name; the first town is the dateline.
    static FROM_EACH: OnceLock<Regex> = OnceLock::new();
    static EACH: OnceLock<Regex> = OnceLock::new();
    let from_each = static_re(
        &FROM_EACH,
        r"^(?:From|By)\s+((?:[A-Z][A-Za-z.'\-]+\s+){1,3}[A-Z][A-Za-z.'\-]+\s*\([A-Z][A-Za-z .'\-]{1,30}\)(?:\s*(?:,|and|&)\s*(?:[A-Z][A-Za-z.'\-]+\s+){1,3}[A-Z][A-Za-z.'\-]+\s*\([A-Z][A-Za-z .'\-]{1,30}\))+)$",
    );
    if let Some(all) = from_each.captures(line).and_then(|c| c.get(1)) {
        let each = static_re(&EACH, r"((?:[A-Z][A-Za-z.'\-]+\s+){1,3}[A-Z][A-Za-z.'\-]+)\s*\(([^)]+)\)");
        for c in each.captures_iter(all.as_str()) {
            let (name, place) = (c[1].trim(), c[2].trim());
            if !is_english_name(name) || is_english_role(name) || !is_english_name(place) || word_count(place) > 3 {
                return None;
            }
            push_unique(&mut credits.reporters, title_case_caps(name));
            if credits.dateline.is_none() {
                credits.dateline = Some(RawDateline { place: Some(title_case_caps(place)), month: None, day: None });
            }
        }
        return (credits.reporters.len() >= 2).then_some(credits);
    }
    // `Jane Doe and John Roe, Tribune Staff Writers`, `JANE DOE AND JOHN
    // ROE, Staff Writers`: two or three writers and the role or wire they
    // share, no `By` before them (one writer alone is read below; in
    // capitals, its `AND` had made one name of two).
    static SHARED: OnceLock<Regex> = OnceLock::new();
    if let Some(c) = static_re(&SHARED, r"^(.+)\s*[,|/]\s*(.+?)$").captures(line)
        && let Some(names) = joined_writers(&c[1])
    {
        let what = c[2].trim();
        let agency = english_agency(what, rules);
        if agency.is_some() || is_english_role(what) {
            let mut credits = Credits { agency, ..Credits::default() };
            for name in names {
                push_unique(&mut credits.reporters, name);
            }
            return Some(credits);
        }
    }
    let c = name_agency.captures(line)?;
    let what = c.get(2)?.as_str();
    match english_agency(what, rules) {
        Some(agency) => credits.agency = Some(agency),
        // `Jane Doe | Staff Writer`
        None if is_english_role(what) && is_english_name(what) => {}
        None => return None,
    }
    push_unique(&mut credits.reporters, title_case_caps(c.get(1)?.as_str()));
    Some(credits)
}

/// `Jane Doe and John Roe`, `JANE DOE, JOHN ROE AND ANN LEE`: two or three
/// writers' names (of two or three words each), as they are written.
fn joined_writers(s: &str) -> Option<Vec<String>> {
    static AND: OnceLock<Regex> = OnceLock::new();
    let parts: Vec<&str> = static_re(&AND, r"\s*,\s*|\s+(?i:and)\s+|\s*&\s*").split(s.trim()).collect();
    if !(2..=3).contains(&parts.len()) {
        return None;
    }
    parts
        .iter()
        .map(|p| {
            let name = title_case_caps(p.trim());
            (is_plain_name(&name) && (2..=3).contains(&word_count(&name))).then_some(name)
        })
        .collect()
}

/// `Sports Editor Mike Sullivan`: a desk's title, then a writer's name.
fn titled_name(who: &str) -> bool {
    let words: Vec<&str> = who.split_whitespace().collect();
    (1..words.len().saturating_sub(1))
        .any(|k| is_english_role(&words[..k].join(" ")) && is_writer_name(&words[k..].join(" ")))
}

/// `News24`, `Channel4`: one word, capitalised, of letters and then
/// digits, as a news site or channel is named and no person or place is.
fn is_outlet_with_digits(w: &str) -> bool {
    let letters = w.trim_end_matches(|c: char| c.is_ascii_digit());
    (3..=14).contains(&w.len())
        && letters.len() < w.len()
        && letters.len() >= 2
        && letters.starts_with(|c: char| c.is_ascii_uppercase())
        && letters.chars().all(|c| c.is_ascii_alphabetic())
        && letters.chars().any(|c| c.is_ascii_lowercase())
}

/// `Port Harcourt`, `New Bussa`, `Kuala Lumpur`: two words after a writer's
/// name that open on a word place names open on, no given name: the town
/// filed from, not a second writer. (Not `Ho`, a surname that opens
/// `Ho Wei`; nor the first words of three-word towns, `Dar es Salaam`.)
fn opens_on_a_place_word(s: &str) -> bool {
    const PLACE_WORDS: &[&str] = &[
        "port", "fort", "mount", "new", "san", "santa", "saint", "st", "lake", "cape", "north", "south", "east",
        "west", "upper", "lower", "greater", "kuala", "abu", "addis", "buenos", "rio", "los", "las", "el",
    ];
    word_count(s) == 2
        && s.split_whitespace()
            .next()
            .is_some_and(|w| PLACE_WORDS.contains(&w.trim_end_matches('.').to_lowercase().as_str()))
}

/// `Priya Raman '27` → `Priya Raman`: college papers set a student
/// writer's class year after the name; it is no part of it.
fn without_class_year(name: &str) -> &str {
    match name.rsplit_once(char::is_whitespace) {
        Some((head, year))
            if year.len() > 2
                && year.starts_with(['\'', '\u{2019}', '\u{2018}'])
                && year.chars().skip(1).all(|c| c.is_ascii_digit())
                && year.chars().skip(1).count() == 2 =>
        {
            head.trim_end()
        }
        _ => name,
    }
}

/// `Dan Whitcomb and Priya Raman` → both names: two or more writers
/// joined by `and` or `&`, each a name of two words at least (`Health and
/// Science` names no one).
fn joined_names(s: &str) -> Option<Vec<&str>> {
    let names: Vec<&str> =
        s.split(" and ").flat_map(|p| p.split(" AND ")).flat_map(|p| p.split(" & ")).map(str::trim).collect();
    let ok = names.len() >= 2 && names.iter().all(|n| is_writer_name(n));
    ok.then_some(names)
}

/// A writer's name in a byline's list of writers: two words or more, in
/// capitals or title case, and no role, paper or agency.
fn is_writer_name(n: &str) -> bool {
    is_english_name(n) && word_count(n) >= 2 && !is_english_role(n) && !n.starts_with("The ") && !is_paper_credit(n)
}

/// `WANG XIAOYU in Beijing` → `Wang Xiaoyu in Beijing`: each word in
/// capitals title-cased, the rest as printed.
fn caps_words_cased(s: &str) -> String {
    let cased: Vec<String> = s
        .split_whitespace()
        .map(|w| if w.chars().any(char::is_lowercase) { w.to_string() } else { title_case_caps(w) })
        .collect();
    cased.join(" ")
}

/// A byline without the ways to reach its writer set after the name:
/// `Leila B. Salaverria @LeilasINQ`, `PARK EUN-JI [park.eunji@joongang.co.kr]`,
/// `Jane Doe (jdoe@herald.com)`: a handle or an e-mail address, bracketed or not, is no name.
fn without_contact_tail(all: &str) -> &str {
    let mut all = all.trim_end();
    while let Some(at) = all.rfind(char::is_whitespace) {
        let last = all[at..].trim().trim_start_matches(['[', '(', '<']).trim_end_matches([']', ')', '>']);
        if !is_contact_line(last) {
            break;
        }
        all = all[..at].trim_end();
    }
    all
}

/// `Olaf Storbeck in Frankfurt`, `Olaf Storbeck in Frankfurt and Stephen
/// Morris in London`, `Jane Doe and John Roe in Brussels`: writers, each or
/// together with the place filed from; the first place is the dateline.
pub fn writers_in_places(line: &str) -> Option<Credits> {
    let mut credits = Credits::default();
    let mut waiting = Vec::new();
    let mut placed = false;
    for part in line.trim().split(" and ") {
        let (name, place) = match part.split_once(" in ") {
            Some((n, p)) => (n.trim(), Some(p.trim())),
            None => (part.trim(), None),
        };
        if !is_plain_name(name) || word_count(name) > 3 {
            return None;
        }
        waiting.push(name.to_string());
        if let Some(p) = place {
            let words = word_count(p);
            if !(1..=3).contains(&words) || !p.split_whitespace().all(|w| w.starts_with(char::is_uppercase)) {
                return None;
            }
            if credits.dateline.is_none() {
                credits.dateline = Some(RawDateline { place: Some(p.to_string()), month: None, day: None });
            }
            credits.reporters.append(&mut waiting);
            placed = true;
        }
    }
    (placed && waiting.is_empty()).then_some(credits)
}

/// `Olaleye Aluko, Abuja`, `Olaleye Aluko and Adelani Adepegba, Abuja`:
/// Nigerian papers set the place the writers filed from after a comma. The
/// place is one word, or words that are no name themselves (`Jane Doe,
/// John Smith` names two writers) and no role (`Staff Writer`).
/// (A line with ` in ` is [`writers_in_places`]'s to read.)
pub fn writers_comma_place(line: &str) -> Option<Credits> {
    if line.contains(" in ") {
        return None;
    }
    let (names, place) = line.trim().rsplit_once(", ")?;
    let placelike = is_town_after_comma(place);
    let reporters: Vec<String> = names.split(" and ").map(|n| n.trim().to_string()).collect();
    (placelike
        && reporters.len() <= 3
        && reporters.iter().all(|n| is_plain_name(n) && (2..=3).contains(&word_count(n))))
    .then(|| Credits {
        reporters,
        dateline: Some(RawDateline { place: Some(place.to_string()), month: None, day: None }),
        ..Credits::default()
    })
}

/// The town after a writer's name and a comma (`Abuja`, `Port-Harcourt`):
/// one word, or words that are no name themselves (`Jane Doe, John Smith`
/// names two writers) and no role (`Staff Writer`).
fn is_town_after_comma(place: &str) -> bool {
    let words: Vec<&str> = place.split_whitespace().collect();
    (1..=3).contains(&words.len())
        && words.iter().all(|w| w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-'))
        && (words.len() == 1 || !is_plain_name(place))
        && !is_english_role(place)
}

/// `Joke Falaju, Abuja and Sodiq Omolaoye, Lagos`: Nigerian papers name each
/// writer's town after a comma when a story is filed from two; the first
/// town is the dateline. (A comma may close the first town too: `…, Abuja,
/// and …`.) A name and its town must both be there, pair by pair.
pub fn writers_each_comma_place(line: &str) -> Option<Credits> {
    let line = line.trim();
    if line.contains(" in ") || !line.contains(" and ") {
        return None;
    }
    // (`X, Abuja, Y, Lagos and Z, Ibadan`: three writers listed as any three
    // things are; names and towns take turns.)
    // (`X, Lagos; Y, Abuja and Z, Kano`: a semicolon may part the pairs.)
    let cells: Vec<&str> =
        line.split(" and ").flat_map(|p| p.split([',', ';'])).map(str::trim).filter(|c| !c.is_empty()).collect();
    if !(4..=6).contains(&cells.len()) || !cells.len().is_multiple_of(2) {
        return None;
    }
    let mut credits = Credits::default();
    for pair in cells.chunks(2) {
        let (name, place) = (pair[0], pair[1]);
        if !is_town_after_comma(place) || !is_plain_name(name) || !(2..=3).contains(&word_count(name)) {
            return None;
        }
        push_unique(&mut credits.reporters, name.to_string());
        if credits.dateline.is_none() {
            credits.dateline = Some(RawDateline { place: Some(place.to_string()), month: None, day: None });
        }
    }
    (credits.reporters.len() >= 2).then_some(credits)
}

/// The nouns a writer's role ends with, and the words before them (`Home
/// Affairs Correspondent`), as [`strip_role_tail`] reads them.
const ROLE_NOUNS: &[&str] =
    &["Editor", "Correspondent", "Reporter", "Writer", "Columnist", "Photographer", "Critic", "Contributor", "Staff"];
const ROLE_QUALIFIERS: &[&str] = &[
    "Political",
    "Home",
    "Affairs",
    "Health",
    "Education",
    "Chief",
    "Senior",
    "Local",
    "Democracy",
    "Crime",
    "Court",
    "Courts",
    "Business",
    "Sport",
    "Sports",
    "Environment",
    "Transport",
    "Science",
    "Diplomatic",
    "Economics",
    "Industrial",
    "Social",
    "Special",
    "Staff",
    "Deputy",
    "Associate",
    "Managing",
    "Foreign",
    "Defence",
    "Defense",
    "Security",
    "Arts",
    "Entertainment",
    "Features",
    "News",
    "City",
    "Community",
    "Investigations",
    "Royal",
    "Consumer",
    "Technology",
    "Data",
    "Digital",
    "Music",
    "Film",
    "Theatre",
    "Food",
    "Travel",
    "Money",
    "Finance",
    "Parliamentary",
    "Westminster",
    "Agriculture",
    "Farming",
    "Property",
    "Motoring",
    "Legal",
    "Education",
    "Weather",
    "Investigative",
    "Assistant",
    "Group",
    "Regional",
    "Lobby",
];

/// `DAVID MORGAN Political Editor`, `Tom Harris Home Affairs Correspondent`:
/// British bylines set the role after the name without a comma. The role is
/// where capitals turn to mixed case, or a tail of role words ending in a
/// role noun (`Editor`, `Correspondent`…), leaving at least two name words.
fn strip_role_tail(s: &str) -> &str {
    let words: Vec<&str> = s.split_whitespace().collect();
    let noun = |w: &str| is_role_word(w, ROLE_NOUNS) || SENTENCE_ROLE_NOUNS.contains(&w);
    if words.len() < 3 || !words.last().is_some_and(|w| noun(w)) {
        return s;
    }
    let caps = |w: &str| w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(|c| c.is_lowercase());
    let cut = (2..words.len()).find(|&k| {
        (words[..k].iter().all(|w| caps(w)) && !caps(words[k]))
            || words[k..].iter().enumerate().all(|(j, w)| {
                // `Taylor Dobbs Globe Correspondent`: the paper's name before the role.
                let paper = j == 0 && super::header::is_masthead_word(&w.to_lowercase());
                is_role_word(w, ROLE_NOUNS) || is_role_word(w, ROLE_QUALIFIERS) || paper
            })
    });
    // `Gwen Appiah Scotland correspondent`, `Harriet Okafor Political
    // editor`: the role in sentence case after the name (British papers);
    // `Aoife Kelly Dublin Editor`, `Colm Ó Súilleabháin Southern
    // Correspondent`: one word of place or beat before the role (Irish).
    let capital = |w: &str| w.starts_with(char::is_uppercase);
    let cut = cut
        .or_else(|| sentence_role_start(&words).filter(|&k| words[..=k].iter().all(|w| capital(w))))
        .or_else(|| (words.len() >= 4 && words.iter().all(|w| capital(w))).then(|| words.len() - 2))
        // A role is seldom the bare noun after a name of three words.
        .map(|k| if k == words.len() - 1 && k >= 3 && words.iter().all(|w| capital(w)) { k - 1 } else { k });
    match cut {
        Some(k) => {
            // The k-th word's offset (a role word may also be part of a name).
            let end = s.split_whitespace().nth(k).map_or(s.len(), |w| w.as_ptr() as usize - s.as_ptr() as usize);
            s[..end].trim_end()
        }
        None => s,
    }
}

/// `Editor`, or `EDITOR` in a byline set in capitals, among `words`.
fn is_role_word(w: &str, words: &[&str]) -> bool {
    words.iter().any(|r| r.eq_ignore_ascii_case(w)) && (words.contains(&w) || !w.chars().any(char::is_lowercase))
}

/// `Pat Leahy Political Editor`, `MARK RENDELL ECONOMICS REPORTER`: a
/// writer's name and role on one line, the name what the role leaves (two
/// or three words, none of them a role's, so `Chief Political
/// Correspondent` names no one).
fn name_before_role(line: &str) -> Option<String> {
    let name = strip_role_tail(line.trim());
    let words: Vec<&str> = name.split_whitespace().collect();
    (name.len() < line.trim().len()
        && (2..=3).contains(&words.len())
        && words.iter().all(|w| {
            !is_role_word(w, ROLE_NOUNS)
                && !is_role_word(w, ROLE_QUALIFIERS)
                // (`NOMVULA DLAMINI AND STAFF REPORTER`: a writer and the desk, no role.)
                && !["by", "our", "the", "from", "special", "for", "and", "&"].contains(&w.to_lowercase().as_str())
        }))
    .then(|| super::text::title_case_caps(name))
}

/// `MARK ANDERSON` over `STAFF REPORTER`: Canadian and Australian papers
/// set the byline as a name in capitals with no `By`, and the role on the
/// line under it is what tells the name from a short headline in capitals.
/// The credits of the name line, given the line under it.
pub fn parse_name_over_role(name: &str, role: &str, rules: &ImportRules) -> Option<Credits> {
    let name = super::text::caps_with_mc(name.trim());
    let (name, role) = (name.as_ref(), role.trim());
    let role_only = parse_byline_line(role, rules).is_some_and(|c| c.names_no_one());
    let words = word_count(name);
    let capitals = name.chars().any(char::is_alphabetic) && !name.chars().any(char::is_lowercase);
    // New Zealand and Irish papers set the name in plain case (`Tina Law`
    // over `Local Democracy Reporter`).
    if !role_only || !is_english_role(role) || !(capitals || is_plain_name(name)) || !(2..=4).contains(&words) {
        return None;
    }
    if !is_english_name(name) {
        return None;
    }
    let reporters = name.split(" AND ").map(|n| title_case_caps(n.trim())).collect::<Vec<_>>();
    reporters.iter().all(|n| word_count(n) >= 2).then(|| Credits { reporters, ..Credits::default() })
}

/// Small words a headline or phrase has and a name has not.
pub(super) const HEADLINE_SMALL_WORDS: &[&str] =
    &["The", "A", "An", "Of", "In", "On", "At", "To", "For", "And", "Or", "By", "With", "From"];

/// `Tina Law`, `Aoife Ní Mhurchú`, `Hugh O'Connell`: two to four words, each
/// a capital and then lower case (a name's own capitals, `McAllister`,
/// after the first letter pass), no small word of a headline (`of`, `the`),
/// no word of a body's or place's name and no role word. How a person's
/// name is set in plain case.
pub fn is_plain_name(s: &str) -> bool {
    // `Christchurch City Council`, `Lake Taupō`: a body or a place, as a
    // deck or kicker may name one.
    const PLACES: &[&str] = &[
        "City",
        "Council",
        "Court",
        "Police",
        "Government",
        "University",
        "Hospital",
        "School",
        "College",
        "Board",
        "Party",
        "Club",
        "Bank",
        "Street",
        "Road",
        "Park",
        "Lake",
        "River",
        "Mount",
        "Port",
        "New",
        "North",
        "South",
        "East",
        "West",
        "Island",
        "Bay",
        "Zealand",
        "Australia",
        "Ireland",
        "Nigeria",
    ];
    // `Philippine Daily Inquirer` under `By X`: a masthead's word no one is
    // called names the paper the writer files for, not a second writer.
    const MASTHEADS: &[&str] = &[
        "Daily",
        "Gazette",
        "Tribune",
        "Herald",
        "Chronicle",
        "Journal",
        "Examiner",
        "Inquirer",
        "Enquirer",
        "Bulletin",
        "Sentinel",
        "Courant",
        "Advertiser",
        "Telegraph",
        "Ledger",
    ];
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.iter().any(|w| PLACES.contains(w) || MASTHEADS.contains(w)) {
        return false;
    }
    // `Ciarán Ó Murchú`, `Aoife Ní Bhriain`, `Ludwig van Beethoven`: a
    // particle inside a name.
    const PARTICLES: &[&str] = &[
        "Ó", "Ní", "Nic", "Mac", "Mhic", "de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "del", "dos",
        "das", "ter", "bin", "binti", "al", "el",
    ];
    (2..=4).contains(&words.len())
        && words.iter().enumerate().all(|(k, w)| {
            let mut cs = w.chars();
            // (`Ramon T. Villaflor`: a middle initial.)
            let initial = w.len() == 2 && w.ends_with('.') && w.starts_with(|c: char| c.is_ascii_uppercase());
            (k > 0 && k + 1 < words.len() && (PARTICLES.contains(w) || initial))
                || (cs.next().is_some_and(char::is_uppercase)
                    && w.chars().any(char::is_lowercase)
                    && w.chars().all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-'))
                    && !HEADLINE_SMALL_WORDS.contains(w))
        })
        && !is_english_role(s)
}

fn is_english_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    // (`Pieter van der Merwe`, `Ana de la Cruz`: a surname's particles keep
    // their small letter inside the name, never at its ends.)
    (1..=5).contains(&words.len())
        && words.iter().enumerate().all(|(k, w)| {
            (k > 0 && k + 1 < words.len() && super::repair::NAME_PARTICLES.contains(w))
                || w.chars().next().is_some_and(|c| c.is_uppercase())
                    && w.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\''))
        })
}

/// `Home affairs editor`, `Environment correspondent`: a role as British
/// papers set it under the writer's name, in sentence case.
fn is_sentence_case_role(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let lower = |w: &&str| w.chars().all(|c| c.is_lowercase());
    // `North of England editor`, `Head of Scotland reporter`: a patch named
    // after `of` keeps its capitals; no other capital word may follow the
    // first, or a name's last word would pass for a role's first.
    let patch = |k: usize| words[k - 1] == "of" && words[k].starts_with(|c: char| c.is_uppercase());
    let of = words.contains(&"of");
    (2..=if of { 5 } else { 4 }).contains(&words.len())
        && words[0].starts_with(|c: char| c.is_ascii_uppercase())
        && words.iter().all(|w| w.chars().all(char::is_alphabetic))
        // (`Te Rito journalist`, `Stuff reporter`: the newsroom named first.)
        && ((1..words.len()).all(|k| lower(&words[k]) || patch(k))
            || (words.len() <= 3 && ["journalist", "reporter"].contains(&words[words.len() - 1])))
        // (`Staff writers`: two writers' role, in the plural.)
        && SENTENCE_ROLE_NOUNS.contains(&words[words.len() - 1].strip_suffix('s').unwrap_or(words[words.len() - 1]))
}

/// The role nouns [`is_sentence_case_role`] ends on.
const SENTENCE_ROLE_NOUNS: &[&str] = &["editor", "correspondent", "reporter", "writer", "columnist", "journalist"];

/// Where a role in sentence case starts after at least two words
/// (`Gwen Appiah | Scotland correspondent`). At most one place can: the
/// role's first word is the only one in capitals.
fn sentence_role_start(words: &[&str]) -> Option<usize> {
    (2..words.len().saturating_sub(1)).find(|&k| is_sentence_case_role(&words[k..].join(" ")))
}

/// `Gwen Appiah Scotland correspondent`: a name in capitals, then a role
/// in sentence case.
fn name_over_sentence_role(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    sentence_role_start(&words).is_some_and(|k| is_english_name(&words[..k].join(" ")))
}

pub(super) fn is_english_role(s: &str) -> bool {
    let l = s.to_ascii_lowercase();
    [
        "writer",
        "reporter",
        "correspondent",
        "editor",
        "staff",
        "columnist",
        "journalist",
        "photographer",
        "contributor",
        "special to",
        "bureau chief",
        // `Local Democracy Reporting Service`, the scheme a council reporter works for
        // (`Local Democracy Reporting` in New Zealand).
        "reporting service",
        "democracy reporting",
    ]
    .iter()
    // Whole words (a plural too: `Staff Writers`): `EDITORIAL` names no editor.
    .any(|w| {
        l.match_indices(w).any(|(at, _)| {
            let before = l[..at].chars().next_back().is_none_or(|c| !c.is_alphabetic());
            let rest = l[at + w.len()..].strip_prefix('s').unwrap_or(&l[at + w.len()..]);
            before && rest.chars().next().is_none_or(|c| !c.is_alphabetic())
        })
    })
}

/// A closing credit line: `(本报记者马飞整理)`, `(本报记者李明英、苗苗、范丽丽整理)`,
/// `(市人力资源社会保障局、市社会保险中心供稿)`, `本报记者 张三 摄`, `(据新华社)`.
/// `题图：陈默 摄`, `题图 白石村新貌 蒋立 摄`, `（插图：林小禾）`: the credit
/// of the picture set over a piece (or a page), its photographer or artist
/// named last, after what the picture shows. The label is no name, nor is
/// the picture's subject: only the last name is a credit, a contributor's.
fn head_picture_credit(line: &str, rules: &ImportRules) -> Option<(Credits, CreditKind)> {
    static LABEL: OnceLock<Regex> = OnceLock::new();
    let label = static_re(
        &LABEL,
        r"^[(（]?\s*(?:题图|头图|插图|配图|题花)[ \u{3000}]*[:：/／]?[ \u{3000}]*(.+?)[ \u{3000}]*(?:摄影|摄|绘|画|作)?[ \u{3000}]*[)）]?$",
    );
    let rest = label.captures(line)?.get(1)?.as_str().to_string();
    let name = rest.rsplit([' ', '\u{3000}']).next().unwrap_or("");
    // (`题图 陈 默 摄`: a two-character name padded to three.)
    let name = padded_pen_name(&rest).unwrap_or_else(|| name.to_string());
    let credits = as_contributors(parse_people(&name, Role::Contributor, rules));
    all_people(&credits.contributors, rules).then_some((credits, CreditKind::Photo))
}

fn parse_end_credit_folded(line: &str, rules: &ImportRules) -> Option<(Credits, CreditKind)> {
    // (A byline of the paper and its app ending `文/摄` is the writers'.)
    if outlet_writer(line.trim(), rules).is_some() {
        return None;
    }
    let line = line.trim();
    if let Some(found) = head_picture_credit(line, rules) {
        return Some(found);
    }
    // A wire desk's line names many people and may run long. (`Story by
    // X; Pictures by Y` heads a feature: a byline.)
    let unbracketed = line.strip_prefix('(').and_then(|s| s.strip_suffix(')')).unwrap_or(line);
    if line.chars().count() <= 240
        && !is_story_by(line)
        && let Some((credits, visual)) = parse_desk_credits(unbracketed, rules)
    {
        // `(STAFF PHOTO BY ANNA REED)` after a caption is the photo's credit.
        return Some((credits, if visual { CreditKind::Photo } else { CreditKind::People }));
    }
    // (Writers who contributed may take a long line to name, as two
    // writers' addresses do: `Write to A at a@x.com and B at b@x.com`.)
    let addressed = line.starts_with("Write to ") && line.contains('@');
    // (`Sports Editor Mike Sullivan can be reached at …`: a tag line with
    // a desk's title, an address and a number may run long too.)
    let reach_me = [" can be reached ", " may be reached ", " can be contacted "].iter().any(|w| line.contains(w));
    let limit = if line.trim_end_matches('.').ends_with("contributed to this report") || addressed || reach_me {
        160
    } else {
        80
    };
    if line.chars().count() > limit {
        return None;
    }
    // `新华社发（记者 高静 摄）`: a wire's photo, its photographer in brackets.
    static WIRE_PHOTO: OnceLock<Regex> = OnceLock::new();
    let wire_photo = static_re(&WIRE_PHOTO, r"^\p{Han}{2,8}?发\s*[(（]\s*([^()（）]{2,30}?)\s*摄\s*[)）]$");
    if let Some(c) = wire_photo.captures(line) {
        let credits = as_contributors(parse_people(&c[1], Role::Contributor, rules));
        if all_people(&credits.contributors, rules) {
            return Some((credits, CreditKind::Photo));
        }
    }
    let inner = in_brackets(line).map(str::trim);
    // `（文 李明 图 周洋）`, `（文/李明 图/周洋）` closing a campus or company
    // paper's story: its writer and photographer, bracketed as a line of
    // their own is not; `（机械工程学院 供稿 / 文 李明 图 周洋）`: after the
    // office that sent it in, set apart by a slash with spaces round it.
    if let Some(i) = inner {
        if let Some(credits) = work_credit(i, rules) {
            return Some((credits, CreditKind::People));
        }
        static PARTS: OnceLock<Regex> = OnceLock::new();
        let parts: Vec<&str> = static_re(&PARTS, r"[ \u{3000}]+[/／|｜][ \u{3000}]+").split(i).collect();
        // (Each part must read so, or the line is read as a whole below:
        // `(Photo by Jane Doe / The Gazette)`.)
        let read_part = |part: &&str| {
            work_credit(part, rules).or_else(|| {
                parse_end_credit_folded(&format!("（{}）", part.trim()), rules)
                    .filter(|(_, k)| *k == CreditKind::Org)
                    .map(|(c, _)| c)
            })
        };
        if parts.len() > 1
            && let Some(read) = parts.iter().map(read_part).collect::<Option<Vec<Credits>>>()
        {
            let mut all = Credits::default();
            for credits in read {
                all.merge(credits);
            }
            return Some((all, CreditKind::People));
        }
    }
    // `新华社发` alone on its line under a chart or photo: the wire sent the
    // picture and names no one (the wire is the piece's if it is only that).
    if inner.unwrap_or(line).strip_suffix('发').is_some_and(|a| rules.agencies.iter().any(|x| x == a)) {
        return Some((Credits::default(), CreditKind::Photo));
    }
    // `本報記者報道` closing a Hong Kong story: the paper's reporters, unnamed.
    if matches!(inner.unwrap_or(line), "本报记者报道" | "本报记者" | "本报讯") {
        return Some((Credits { agency: Some("本报".into()), ..Credits::default() }, CreditKind::People));
    }
    // `（本报两会报道组整理）`: a team of the paper's reporters set the piece
    // down, no one named (see [`reporting_team`]).
    if let Some(team) = inner
        .and_then(|i| ["整理", "采写", "报道"].iter().find_map(|w| i.strip_suffix(w)))
        .filter(|t| reporting_team(t))
    {
        let credits = Credits { agency: Some("本报".into()), desk: Some(team.to_string()), ..Credits::default() };
        return Some((credits, CreditKind::People));
    }
    // `（综合外电）`: compiled from the foreign wires, its source.
    if inner.is_some_and(|i| matches!(i, "综合外电" | "综合外电报道")) {
        return Some((Credits { agency: Some(FOREIGN_WIRES.into()), ..Credits::default() }, CreditKind::Agency));
    }
    // `（综合报道）`: a story compiled from reports names no one (`综合` is
    // no reporter).
    if inner.is_some_and(|i| matches!(i, "综合报道" | "综合报导" | "综合消息" | "本报综合" | "本报综合报道"))
    {
        return Some((Credits::default(), CreditKind::People));
    }
    // `（星洲日报）` on its own line under a story: a Singapore or Malaysian
    // paper credits a story it took from another paper by the paper's name
    // alone, as `（据星洲日报）` would (a daily's name, nothing else, is no
    // aside).
    static LONE_PAPER: OnceLock<Regex> = OnceLock::new();
    if let Some(paper) = inner.filter(|i| {
        !i.starts_with('据')
            && static_re(&LONE_PAPER, r"^\p{Han}{2,8}?(?:日报|晚报|晨报|早报|时报|商报|都市报)$").is_match(i)
    }) {
        return Some((Credits { agency: Some(paper.to_string()), ..Credits::default() }, CreditKind::Agency));
    }
    // `（综合新华社）` set right on a line of its own under a compiled story:
    // the wire it drew on, as when the credit closes the last sentence.
    if let Some(agency) = inner.and_then(|i| compiled_source(i, rules)).filter(|a| a != "本报") {
        return Some((Credits { agency: Some(agency), ..Credits::default() }, CreditKind::Agency));
    }
    // `（法新社）` set on a line of its own under the last paragraph: the
    // wire that sent the copy, as when it closes the last sentence.
    if let Some(agency) = inner.and_then(|i| wires_named(i, rules)) {
        return Some((Credits { agency: Some(agency), ..Credits::default() }, CreditKind::Agency));
    }
    // `(NAN)`, `(Reuters)` alone under the last paragraph: an English
    // paper's wire, bracketed as when it closes the last sentence.
    if let Some(agency) = inner.and_then(|i| english_agency(i, rules)) {
        return Some((Credits { agency: Some(agency), ..Credits::default() }, CreditKind::Agency));
    }
    let bracketed = inner.is_some();
    let inner = inner.unwrap_or(line);
    let drawn = line
        .strip_suffix([')', '）'])
        .and_then(|s| s.trim_end().strip_suffix('作'))
        .and_then(|s| s.rsplit_once(['(', '（']))
        .filter(|(before, who)| before.ends_with('发') && !who.contains(['(', '（']))
        .map(|(_, who)| who);
    // `– African News Agency (ANA)`: a wire whose name carries its initials
    // in brackets signs as any wire does; brackets rule out the rest below.
    if let Some(agency) = inner
        .strip_prefix(['—', '–', '-'])
        .map(|w| w.trim_start_matches(['—', '–', '-']))
        .and_then(|w| english_agency(w, rules))
    {
        return Some((Credits { agency: Some(agency), ..Credits::default() }, CreditKind::Agency));
    }
    if drawn.is_none() && inner.contains(['。', '！', '？', '(', '（']) {
        return None;
    }
    // `（作者系本报评论员 张锐）`: a commentary says who its writer is at its end.
    // (`（作者为海外网评论员　李　乐）`: a name of two, letter-spaced.)
    static WRITER_IS: OnceLock<Regex> = OnceLock::new();
    let writer_is = static_re(
        &WRITER_IS,
        r"^作者(?:系|为|是)\s*(本报)?[\p{Han}]{0,16}?(?:特约评论员|评论员|首席记者|记者|编辑)\s*([\p{Han}·]{2,4}(?:\s[\p{Han}·]{1,3})?|\p{Han}\s{1,3}\p{Han})$",
    );
    if bracketed && let Some(c) = writer_is.captures(inner) {
        let name: String = c[2].split_whitespace().collect();
        let agency = c.get(1).map(|_| "本报".to_string());
        return Some((Credits { reporters: vec![name], agency, ..Credits::default() }, CreditKind::People));
    }
    // `（新华社北京3月9日电）`: party papers print the agency's dateline at the
    // end of a reprinted story instead of at its start.
    if bracketed
        && let Some(c) = rules.agency_lead.captures(inner)
        && c.get(0).is_some_and(|m| m.end() == inner.len())
        && c.name("names").is_none()
        && c.name("agency").is_some_and(|a| a.as_str() != "本报")
    {
        let mut credits = c.name("names2").map(|m| parse_people(m.as_str(), Role::Reporter, rules)).unwrap_or_default();
        credits.agency = c.name("agency").map(|m| m.as_str().to_string());
        credits.dateline = Some(agency_dateline(&c));
        return Some((credits, CreditKind::Agency));
    }
    // `(Photo by Jane Doe)`, `Photos by Ann Lee / The Gazette`; an
    // editorial cartoon's `CARTOON BY JOEL S. ANDRADA` alike; the paper
    // may name itself first (`Courier photo by Jane Doe`).
    static PHOTO_BY: OnceLock<Regex> = OnceLock::new();
    let photo_by = static_re(
        &PHOTO_BY,
        r"^(?:[A-Z][A-Za-z]+\s+){0,2}?(?i:(?:staff\s+)?(?:photos?|photograph|photography|cartoons?|illustrations?|drawings?|graphics?)\s+by)\s+([A-Z][A-Za-z.'\-]+(?:\s+[A-Z][A-Za-z.'\-]+){0,4})\s*(?:[/|,].*)?$",
    );
    // `(AP Photo/Evan Vucci)`: the agency's photo, the photographer after the slash.
    static AGENCY_PHOTO: OnceLock<Regex> = OnceLock::new();
    let agency_photo = static_re(
        &AGENCY_PHOTO,
        r"^[A-Za-z][A-Za-z ]{0,30}?\s+(?i:photos?)\s*/\s*([A-Z][A-Za-z.'\-]+(?:\s+[A-Z][A-Za-z.'\-]+){0,4})(?:\s*,\s*(?i:file))?$",
    );
    // `Photo: Collins Courts`, `PICTURE: SUPPLIED` on the line under a caption.
    static LABEL: OnceLock<Regex> = OnceLock::new();
    // (`ST PHOTO: JANE DOE`, `EXPRESS PHOTO: JANE DOE`, `CONTRIBUTED PHOTO:
    // CITY COUNCIL`: the paper's initials or name, or the source's word,
    // before the label;
    // `PHOTO | JARED OMONDI | NATION`: bars for the colon, the paper after.)
    let label = static_re(
        &LABEL,
        r"^(?:[A-Z](?:[A-Z]{0,13}|[a-z]{2,14})\s+|(?i:contributed|submitted|supplied|handout|file)\s+)?(?i:pictures?|pics?|pix|photos?|photograph|images?)(?i:\s+credits?)?\s*(?::\s*(.+)|\|\s*(.+?)\s*\|\s*[A-Z][A-Za-z .&]{1,24})$",
    );
    if let Some(credits) = label.captures(inner).and_then(|c| photographer(c.get(1).or(c.get(2))?.as_str(), rules)) {
        return Some((credits, CreditKind::Photo));
    }
    // `Submitted photo`, `Photo courtesy of the Ministry of Health`: a photo
    // whose source is no photographer of the paper's (a caption follows).
    // Kenyan papers set a file picture's credit after a bar: `PHOTO | FILE`.
    static SOURCED: OnceLock<Regex> = OnceLock::new();
    let sourced = static_re(
        &SOURCED,
        r"^(?i:(?:submitted|contributed|file|staff|handout|courtesy)\s+(?:photo|picture|image)s?|(?:photo|picture|image)s?\s*[|/]\s*(?:file|courtesy|handout)|(?:photo|picture|image)s?\s+courtesy(?:\s+of)?\s+.{2,60}|courtesy\s+of\s+.{2,60})$|^(?:CONTRIBUTED|SUBMITTED|SUPPLIED|HANDOUT|Contributed|Submitted|Supplied)$",
    );
    if sourced.is_match(inner) {
        // `COURTESY OF WHITEHALL CITY SCHOOLS`: who gave the picture.
        static COURTESY: OnceLock<Regex> = OnceLock::new();
        let giver = static_re(
            &COURTESY,
            r"^(?i:(?:(?:photo|picture|image)s?\s+)?courtesy\s+of)\s+(?:the\s+)?([A-Z][A-Za-z.'&\-]*(?:\s+[A-Z][A-Za-z.'&\-]*){0,5})$",
        )
        .captures(inner)
        .map(|c| title_case_caps(&c[1]));
        return Some((Credits { contributors: giver.into_iter().collect(), ..Credits::default() }, CreditKind::Photo));
    }
    // `PNA PHOTO`, `AFP Photo`: a wire's picture, its initials alone (a
    // known wire only: `TOP PHOTOS` may head a page of pictures).
    static INITIALS_PHOTO: OnceLock<Regex> = OnceLock::new();
    let initials_photo = static_re(&INITIALS_PHOTO, r"^([A-Z]{2,6})\s+(?:PHOTOS?|Photos?)$");
    if let Some(wire) = initials_photo.captures(inner).and_then(|c| english_agency(&c[1], rules)) {
        let credits = Credits { contributors: vec![wire], ..Credits::default() };
        return Some((credits, CreditKind::Photo));
    }
    // `Erin Schaff/The New York Times`, `Jordan Gale for The New York Times`:
    // American papers credit a photo with the photographer and the paper.
    // (`JANE DOE / Courier photo`, `Jane Doe | Staff photographer`: the
    // paper's own photo says so after the name, with a bar for the slash.)
    static FOR_PAPER: OnceLock<Regex> = OnceLock::new();
    let for_paper = static_re(
        &FOR_PAPER,
        r"^([A-Z][A-Za-z.'\-]+(?:\s+[A-Z][A-Za-z.'\-]+){1,3})\s*(?:(?:/\s*|\s+for\s+)The\s+[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,3}|\s*[/|]\s*(?:[A-Z][A-Za-z]+\s+){0,3}(?i:(?:staff\s+)?(?:photo|photograph|photographer|file\s+photo)))$",
    );
    // (`By JANE DOE | The Gazette` is a writer's byline.)
    if let Some(c) = for_paper.captures(inner)
        && is_english_name(&c[1])
        && !c[1].to_ascii_lowercase().starts_with("by ")
    {
        let credits = Credits { contributors: vec![title_case_caps(&c[1])], ..Credits::default() };
        return Some((credits, CreditKind::Photo));
    }
    // `ROSS D. FRANKLIN/ASSOCIATED PRESS`, `ERIN CLARK/GLOBE STAFF`: American
    // and Canadian papers credit a photo in capitals under its caption, the
    // photographer before the slash and the paper or agency after it.
    static CAPS_SLASH: OnceLock<Regex> = OnceLock::new();
    let caps_slash = static_re(
        &CAPS_SLASH,
        r"^([A-Z][A-Z.'\-]*(?:\s+[A-Z][A-Z.'\-]*){1,4})\s*/\s*[A-Z][A-Z.'&\-]*(?:\s+[A-Z][A-Z.'&\-]*){0,5}$",
    );
    // (`JEAN-PAUL ROY / LOCAL JOURNALISM INITIATIVE` is a writer's byline.)
    let writer = inner.to_ascii_lowercase().contains("journalism initiative");
    // (`—INQUIRER PHOTO / JANE CRUZ`: Philippine papers dash the credit on
    // under a caption, as they dash a sign-off; the word `PHOTO` keeps it
    // the picture's.)
    let undashed = inner.trim_start_matches(['—', '–']).trim_start();
    if let Some(c) = photo_by
        .captures(undashed)
        .or_else(|| agency_photo.captures(undashed))
        .or_else(|| caps_slash.captures(inner).filter(|_| !writer))
    {
        let mut credits = Credits::default();
        push_unique(&mut credits.contributors, title_case_caps(c.get(1)?.as_str()));
        return Some((credits, CreditKind::Photo));
    }
    // `- Bloomberg` on its own line under a brief: an export's hyphen for
    // the dash; only a wire known so is read there (a list's item is not).
    // (`-APP`: Pakistani papers set the hyphen close up to the wire.)
    let close_up = inner.strip_prefix('-').filter(|w| w.starts_with(|c: char| c.is_ascii_uppercase()));
    if let Some(who) = inner.strip_prefix("- ").or(close_up) {
        if let Some(agency) = english_agency(who.trim(), rules) {
            return Some((Credits { agency: Some(agency), ..Credits::default() }, CreditKind::Agency));
        }
        // (`- Staff Reporter`: the desk, as after a dash.)
        if let Some(desk) = parse_byline_line_folded(who.trim(), rules)
            && desk.desk.is_some()
            && desk.names_no_one()
        {
            return Some((desk, CreditKind::People));
        }
    }
    // `— Staff report`, `—The Associated Press`, `– Jane Doe`: a brief's sign-off.
    static SIGN_OFF: OnceLock<Regex> = OnceLock::new();
    let sign_off = static_re(&SIGN_OFF, r"^(?:[—–]{1,2}|--)\s*(.+?)\s*$");
    // (`— With Jhoanna Ballaran` names who added to the story, below.)
    if let Some(who) = sign_off.captures(inner).and_then(|c| c.get(1)).map(|m| m.as_str())
        && !who.chars().any(is_han)
        && !who.get(..5).is_some_and(|w| w.eq_ignore_ascii_case("with "))
    {
        // `— Additional reporting by Bisi Adeyemi`: the desk's credit, dashed.
        if let Some((credits, visual)) = parse_desk_credits(who, rules) {
            return Some((credits, if visual { CreditKind::Photo } else { CreditKind::People }));
        }
        let mut credits = Credits::default();
        let lower = who.to_lowercase();
        // (`— Staff Reporter` is the desk's byline, below.)
        if (lower.starts_with("staff report") || lower.starts_with("from staff report"))
            && !lower.contains("reporter")
            && desk_named(who).is_none()
        {
            return Some((credits, CreditKind::People));
        }
        // `— Press release`, `– From a news release`: copy the desk ran as a
        // company or office sent it, signed by no one.
        static RELEASE: OnceLock<Regex> = OnceLock::new();
        let release = static_re(
            &RELEASE,
            r"^(?i:(?:from\s+)?(?:an?\s+|the\s+)?(?:press|news|media|company)\s+releases?|(?:from\s+)?submitted\s+(?:reports?|information))\.?$",
        );
        if release.is_match(who) {
            return Some((credits, CreditKind::People));
        }
        // `— Staff writer, with CNA`, `— Staff writer`: a brief's sign-off by
        // the paper's own desk, with the wire it drew on.
        static STAFF: OnceLock<Regex> = OnceLock::new();
        let staff = static_re(&STAFF, r"^(?i:staff\s+writers?)(?:,?\s+(?i:with)\s+([A-Za-z][A-Za-z .]{1,30}))?\.?$");
        if let Some(c) = staff.captures(who) {
            credits.agency = c.get(1).and_then(|w| english_agency(w.as_str(), rules));
            return Some((credits, CreditKind::People));
        }
        if let Some(agency) = english_agency(who, rules) {
            credits.agency = Some(agency);
            return Some((credits, CreditKind::Agency));
        }
        // `— Reuters, Bloomberg`, `— AFP and AP`: a story merged from
        // several wires' copy signs with all of them, each a known wire
        // (`— Jane Doe, Reuters` names a writer, below).
        let wires: Vec<Option<String>> =
            who.split([',', '/', '&']).flat_map(|w| w.split(" and ")).map(|w| english_agency(w, rules)).collect();
        if wires.len() >= 2 && wires.iter().all(Option::is_some) {
            credits.agency = Some(wires.into_iter().flatten().collect::<Vec<_>>().join(", "));
            return Some((credits, CreditKind::Agency));
        }
        // `– Staff Reporter` on its own line under a brief: the desk signs
        // it, as when the sign-off runs on after the last sentence.
        if let Some(desk) = parse_byline_line_folded(who, rules)
            && desk.desk.is_some()
            && desk.reporters.is_empty()
            && desk.agency.is_none()
        {
            return Some((desk, CreditKind::People));
        }
        // `— Bay Herald`, `— The Press`: the paper signs its own staff's
        // brief, as a wire signs its copy; it names no writer. (Without
        // `The`, only a masthead word no one is called: `— Emily Post` and
        // `— Tom Sun` sign as writers.)
        let capitalised = who.split_whitespace().all(|w| w.starts_with(|c: char| c.is_uppercase()));
        let last = who.rsplit(' ').next().unwrap_or("").to_lowercase();
        let paper = if who.starts_with("The ") {
            super::header::is_paper_name(who)
        } else {
            super::header::MASTHEAD_ONLY.contains(&last.as_str()) && super::header::is_paper_name(&format!("The {who}"))
        };
        if capitalised && paper {
            credits.agency = Some(who.to_string());
            return Some((credits, CreditKind::Agency));
        }
        // `– JIS`, `— GINA`: a government service's or wire's initials, one
        // word in capitals, sign a brief as its source (as they do run on
        // after the last sentence); a writer signs with a whole name.
        // (`– News24`: a news site's name with its digits signs so too; no
        // writer's name carries digits.)
        if ((2..=6).contains(&who.len())
            && who.chars().all(|c| c.is_ascii_uppercase())
            && !is_english_role(who)
            && !["END", "ENDS", "ED", "PTO"].contains(&who))
            || is_outlet_with_digits(who)
        {
            credits.agency = Some(who.to_string());
            return Some((credits, CreditKind::Agency));
        }
        if is_english_name(who) && who.split_whitespace().count() <= 4 {
            push_unique(&mut credits.reporters, title_case_caps(who));
            return Some((credits, CreditKind::People));
        }
        // `— Jane Doe, Staff Writer`, `—Tom Lee, Associated Press`: the
        // writer's role or wire after the name (a town there signs a letter).
        if let Some((name, what)) = who.split_once(',')
            && is_english_name(name.trim())
            && name.split_whitespace().count() <= 4
        {
            let what = what.trim();
            let agency = english_agency(what, rules);
            if agency.is_some() || (is_english_role(what) && word_count(what) <= 4) {
                push_unique(&mut credits.reporters, title_case_caps(name.trim()));
                credits.agency = agency;
                return Some((credits, CreditKind::People));
            }
        }
    }
    // `Jane Doe can be reached at jdoe@example.com.`, `Reach Jane Doe at 555-0100.`:
    // the reporter's tag line closes the story.
    static REACH: OnceLock<Regex> = OnceLock::new();
    let reach = static_re(
        &REACH,
        r"^(?:(?P<a>[A-Z][A-Za-z.'\-]+(?:\s+[A-Z][A-Za-z.'\-]+){1,3})\s+(?:can|may)\s+be\s+(?:reached|contacted)|(?:Reach|Contact|Email)\s+(?:(?P<b>[A-Z][A-Za-z.'\-]+(?:\s+[A-Z][A-Za-z.'\-]+){1,3})|the\s+(?:writers?|authors?|reporters?)))\s+(?:at|by|on)\s+\S.{0,80}$",
    );
    // (China Daily's `Contact the writer at zhangyi1@chinadaily.com.cn`
    // names no one: the byline did.)
    // `Write to Sarah Nguyen at sarah.nguyen@wsj.com`: an American business
    // paper's tag line, an address for each writer it names.
    static WRITE_TO: OnceLock<Regex> = OnceLock::new();
    let write_to = static_re(
        &WRITE_TO,
        r"^Write\s+to\s+(?P<a>[A-Z][A-Za-z.'\-]+(?:\s+[A-Z][A-Za-z.'\-]+){1,3})\s+at\s+[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[a-z]{2,}(?:,?\s+(?:and\s+)?[A-Z][A-Za-z.'\-]+(?:\s+[A-Z][A-Za-z.'\-]+){1,3}\s+at\s+[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[a-z]{2,})*\.?$",
    );
    if let Some(c) = reach.captures(inner).or_else(|| write_to.captures(inner)) {
        let mut credits = Credits::default();
        // (`Sports Editor Mike Sullivan can be reached at …`: a desk's
        // title before the name gives the desk's address, set under
        // whichever story ends the page; its writer is a byline's to name.)
        if let Some(who) = c.name("a").or_else(|| c.name("b")).map(|m| m.as_str())
            && !titled_name(who)
        {
            push_unique(&mut credits.reporters, title_case_caps(who));
        }
        return Some((credits, CreditKind::People));
    }
    // `Follow her @DOkaforLedger.` under the tag line: the reporter's
    // handle, part of the tag line (no one new is named).
    static FOLLOW: OnceLock<Regex> = OnceLock::new();
    let follow = static_re(
        &FOLLOW,
        r"^Follow\s+(?:him|her|them|us|me|[A-Z][a-z]+)(?:\s+on\s+(?:Twitter|X|Instagram|Threads|Bluesky))?\s*:?\s*@[A-Za-z0-9_]{1,30}\.?$",
    );
    if follow.is_match(inner) {
        return Some((Credits::default(), CreditKind::People));
    }
    // `—WITH A REPORT FROM MARIA REYES`, `—With reports from A and B`:
    // Philippine papers credit the colleagues who added to a story.
    static REPORT_FROM: OnceLock<Regex> = OnceLock::new();
    let report_from =
        static_re(&REPORT_FROM, r"^(?:(?:[—–]{1,2}|-{1,2})\s*)?(?i:with\s+(?:a\s+)?reports?\s+from)\s+(.+?)\.?$");
    if let Some(c) = report_from.captures(inner) {
        let mut credits = Credits::default();
        let mut unnamed = false;
        for n in c[1].split([',', ';']).flat_map(|p| p.split(" and ").flat_map(|q| q.split(" AND "))) {
            let n = n.trim().trim_start_matches("and ").trim();
            // (`… AND WIRES`, `and news agencies`: wire copy went in, no
            // wire named; the tag line is still the story's end.)
            if is_unnamed_wires(n) {
                unnamed = true;
            } else if let Some(agency) = english_agency(n, rules) {
                push_unique(&mut credits.contributors, agency);
            } else if is_english_name(n) && (2..=4).contains(&word_count(n)) {
                push_unique(&mut credits.contributors, title_case_caps(n));
            } else {
                return None;
            }
        }
        return (unnamed || !credits.contributors.is_empty()).then_some((credits, CreditKind::People));
    }
    // `- with AAP`, `— With Reuters`: the wire that added to a staff story,
    // its agency as under the writer's name (`Tom Baxter, with AAP`); a
    // second wire named is a contributor.
    static WITH_WIRE: OnceLock<Regex> = OnceLock::new();
    let with_wire = static_re(&WITH_WIRE, r"^(?:(?:[—–]{1,2}|-{1,2})\s*)?(?i:with)\s+(.+?)\.?$");
    if let Some(c) = with_wire.captures(inner) {
        let wires: Option<Vec<String>> =
            c[1].split(" and ").flat_map(|p| p.split(',')).map(|w| english_agency(w, rules)).collect();
        if let Some(wires) = wires {
            let mut credits = Credits::default();
            for w in wires {
                if credits.agency.is_none() {
                    credits.agency = Some(w);
                } else if credits.agency.as_ref() != Some(&w) {
                    push_unique(&mut credits.contributors, w);
                }
            }
            return Some((credits, CreditKind::People));
        }
        // `— With Jhoanna Ballaran`: a colleague who added to the story, a
        // contributor as in `With reports from …`.
        let names: Vec<&str> = c[1].split(" and ").flat_map(|p| p.split(',')).map(str::trim).collect();
        if names.iter().all(|n| is_english_name(n) && (2..=4).contains(&word_count(n)) && !is_english_role(n)) {
            let mut credits = Credits::default();
            for n in names {
                push_unique(&mut credits.contributors, title_case_caps(n));
            }
            return Some((credits, CreditKind::People));
        }
    }
    // `With agency report`, `—With agency reports`: Nigerian papers' note
    // that wire copy went in; no one is named. Indian papers say it as
    // `(With inputs from agencies)` or `With agency inputs`.
    static AGENCY_REPORT: OnceLock<Regex> = OnceLock::new();
    if static_re(
        &AGENCY_REPORT,
        r"^(?:[—–]{1,2}\s*)?(?i:with\s+(?:(?:agency|agencies'?)\s+(?:reports?|inputs)|(?:inputs|reports?|files)\s+from\s+(?:news\s+)?(?:agencies|wires)))\.?$",
    )
    .is_match(inner)
    {
        return Some((Credits::default(), CreditKind::People));
    }
    // `Contributing: Sam Patel and Ann Lee`, `Sam Patel contributed to this report.`,
    // `With files from Tom Becker` (Canadian papers), `With inputs from PTI` (Indian);
    // `Associated Press writers X and Y contributed to this report.` (a desk
    // may stand between, `AP Business Writers X in Y …`); `Staff
    // writer Kim Park contributed.`: after a writer's role the bare verb is
    // the credit too (without one, `Higher rents contributed.` is text).
    static CONTRIBUTING: OnceLock<Regex> = OnceLock::new();
    let contributing = static_re(
        &CONTRIBUTING,
        r"^(?:(?i:contributing(?:\s+to\s+this\s+report)?)\s*:\s*(?P<a>.+?)|(?:[—–]{1,2}\s*)?(?i:with\s+(?:files|inputs)\s+from)\s+(?P<c>\p{Lu}.+?)|(?i:reporting\s+was\s+contributed\s+by)\s+(?P<d>[A-Z].+?)|(?:(?i:(?:the\s+)?(?:(?:associated\s+press|ap)\s+(?:[a-z]+\s+)?)?(?:staff\s+)?writers?|reporters?)\s+)?(?P<b>[A-Z].+?)\s+(?i:contributed\s+(?:(?:to\s+)?this\s+(?:report|story)|reporting(?:\s+(?:from|in)\s+.+?)?))|(?i:(?:the\s+)?(?:(?:associated\s+press|ap)\s+(?:[a-z]+\s+)?)?(?:staff\s+)?(?:writers?|reporters?))\s+(?P<e>[A-Z].+?)\s+(?i:contributed))\.?$",
    );
    if let Some(c) = contributing.captures(inner) {
        let names = ["a", "b", "c", "d", "e"].iter().find_map(|g| c.name(g))?.as_str();
        let mut credits = Credits::default();
        for n in names.split([',', ';']).flat_map(|p| p.split(" and ")) {
            let n = without_place(after_role_words(n.trim().trim_start_matches("and ").trim()));
            // `Bloomberg's Steve Matthews`, `The Post's Ann Lee`: the writer,
            // whose wire or paper is said before the name.
            let n = n
                .split_once("'s ")
                .or_else(|| n.split_once("’s "))
                .or_else(|| n.split_once("' "))
                .or_else(|| n.split_once("’ "))
                .filter(|(whose, name)| {
                    (english_agency(whose, rules).is_some() || whose.starts_with("The "))
                        && word_count(name) >= 2
                        && is_english_name(name)
                })
                .map_or(n, |(_, name)| name);
            // `The Associated Press contributed…`: the agency by the name kept for it.
            if let Some(agency) = english_agency(n, rules) {
                push_unique(&mut credits.contributors, agency);
            } else if is_english_name(n) {
                push_unique(&mut credits.contributors, title_case_caps(n));
            }
        }
        return (!credits.contributors.is_empty()).then_some((credits, CreditKind::People));
    }
    // `漫画/王小兵`, `制图：李华`, `制表：周倩`: a cartoon's, graphic's or
    // table's maker, credited as a photographer is.
    static ARTIST: OnceLock<Regex> = OnceLock::new();
    if let Some(c) = static_re(&ARTIST, r"^(?:漫画|绘图|制图|制表|插图|插画)\s*[/／:：]\s*(.+)$").captures(inner)
    {
        let credits = as_contributors(parse_people(&c[1], Role::Contributor, rules));
        return all_people(&credits.contributors, rules).then_some((credits, CreditKind::Photo));
    }
    // `图/视觉中国`, `图片：东方IC`: a photo from a picture agency, no one named.
    static PICTURE_AGENCY: OnceLock<Regex> = OnceLock::new();
    let picture_agency = static_re(
        &PICTURE_AGENCY,
        r"^(?:图|图片|供图)\s*[/／:：]\s*(视觉中国|东方IC|IC\s*photo|CFP|图虫创意|新华社|中新社|人民视觉|千库网|摄图网|\p{Han}{2,8}(?:供图|提供))$",
    );
    if let Some(c) = picture_agency.captures(inner) {
        let who = c[1].trim_end_matches("供图").trim_end_matches("提供").to_string();
        // `圖／讀者提供`, `图/受访者供图`: a reader's or a source's photo
        // credits no one by name.
        let contributors = if NO_ONE_NAMED.contains(&who.as_str()) { Vec::new() } else { vec![who] };
        return Some((Credits { contributors, ..Credits::default() }, CreditKind::Photo));
    }
    // `圖：翻攝自高雄港務分公司臉書`, `圖／翻攝畫面`: a picture taken from
    // someone's page or broadcast, as Taiwanese papers credit it; the body
    // named is its source (a page, a screen or the web names no one).
    static REPRODUCED: OnceLock<Regex> = OnceLock::new();
    if let Some(c) =
        static_re(&REPRODUCED, r"^(?:图|圖|图片|圖片)\s*[/／:：]\s*(?:翻摄|翻攝)(?:自)?\s*([\p{Han}A-Za-z ]{0,24})$")
            .captures(inner)
    {
        // (Matched as folded: the line is, as far as the folding knows.)
        const PLACES: &[&str] = &[
            "脸书",
            "臉書",
            "网路",
            "網路",
            "网络",
            "網絡",
            "影片",
            "画面",
            "畫面",
            "粉专",
            "粉專",
            "粉丝专页",
            "粉絲專頁",
            "官网",
            "官網",
            "Facebook",
            "YouTube",
            "IG",
            "Instagram",
        ];
        let who = c[1].trim();
        let who = PLACES
            .iter()
            .find_map(|p| who.strip_suffix(&*fold_traditional(p)))
            .unwrap_or(who)
            .trim()
            .trim_end_matches('的');
        let contributors = if (2..=16).contains(&who.chars().count()) && !NO_ONE_NAMED.contains(&who) {
            vec![who.to_string()]
        } else {
            Vec::new()
        };
        return Some((Credits { contributors, ..Credits::default() }, CreditKind::Photo));
    }
    // `受访者供图`, `市消防救援支队供图` on its own line under a caption: the
    // photo's source, never a headline (none ends on 供图). A role before
    // the name (`通讯员王晓雨供图`) is read as a person's credit below.
    static SUPPLIED_ALONE: OnceLock<Regex> = OnceLock::new();
    if let Some(c) = static_re(&SUPPLIED_ALONE, r"^(\p{Han}{2,12}?)供图$").captures(line)
        && !rules.reporter_roles.iter().chain(rules.contributor_roles.iter()).any(|r| c[1].starts_with(r.as_str()))
    {
        let contributors = if NO_ONE_NAMED.contains(&&c[1]) { Vec::new() } else { vec![c[1].to_string()] };
        return Some((Credits { contributors, ..Credits::default() }, CreditKind::Photo));
    }
    // `资料图片`, `本报资料图片` on its own line under a photo: where the
    // picture came from, naming no one (never a kicker of what follows).
    // (In brackets, `（资料图片）` closes a caption and stays with it.)
    static ON_FILE: OnceLock<Regex> = OnceLock::new();
    if static_re(&ON_FILE, r"^(?:本报|本刊)?(?:资料图片|资料图|资料照片|档案图片|档案照片|网络图片)$").is_match(line)
    {
        return Some((Credits::default(), CreditKind::Photo));
    }
    // `新聞局圖片`, `消防局图片`, `GCS圖片` on its own line by a caption: a
    // photo from a government office or other body (named for what it is:
    // `…局`, `…署`, or by its initials), never a headline. (`新闻图片`, `资料图片` name no one.)
    static BODY_PHOTO: OnceLock<Regex> = OnceLock::new();
    if let Some(c) = static_re(
        &BODY_PHOTO,
        r"^(\p{Han}{1,10}?(?:局|署|处|厅|部|委|办|社|中心|协会|学会|公会|总会|商会|医院|大学|学院|公司|集团|警察|警方|消防|海关)|[A-Z]{2,6})\s*(?:图片|照片)$",
    )
    .captures(line)
        && c[1] != *"本报"
    {
        return Some((Credits { contributors: vec![c[1].to_string()], ..Credits::default() }, CreditKind::Photo));
    }
    // `（编译／李明）`, `（陈晨 译）`, `（作者 约翰·史密斯，陈晨译）`: a translated
    // piece credits its translator (a contributor) and maybe its writer.
    static TRANSLATED: OnceLock<Regex> = OnceLock::new();
    let translated = static_re(
        &TRANSLATED,
        r"^(?:作者[ \u{3000}:：]*(?P<w>[^，,、()（）]{2,24}?)[，,、][ \u{3000}]*)?(?:(?:编译|翻译|译)[ \u{3000}]*[/／:：]?[ \u{3000}]*(?P<a>[\p{Han}· \u{3000}]{2,12})|(?P<b>[\p{Han}· \u{3000}]{2,12}?)[ \u{3000}]*(?:编译|翻译|译))$",
    );
    if bracketed && let Some(c) = translated.captures(inner) {
        let who = c.name("a").or_else(|| c.name("b")).map_or("", |m| m.as_str());
        let mut credits = as_contributors(parse_people(who, Role::Contributor, rules));
        // (The writer only as a name: `（作者是英国学者，李四译）` names a post.)
        if let Some(w) = c.name("w").map(|w| w.as_str().trim())
            && (w.contains('·') || w.is_ascii() || looks_like_person(w, rules))
        {
            credits.reporters.push(w.to_string());
        }
        if !credits.contributors.is_empty() && all_people(&credits.contributors, rules) {
            return Some((credits, CreditKind::People));
        }
    }
    // Photo credits; `新华社发（张三 作）` credits a drawing or graphic alike.
    // (`翻摄`: a photo of a photo, credited to who took the copy.)
    if let Some(who) =
        inner.strip_suffix("翻摄").or_else(|| inner.strip_suffix('摄')).or_else(|| inner.strip_suffix("摄影")).or(drawn)
    {
        // `新华社发 张三 摄`: the agency that sent the photo is not a name;
        // `欧洲时报/夏雨 摄`: nor the paper the photographer works for.
        static PAPER_SLASH: OnceLock<Regex> = OnceLock::new();
        let paper_slash = static_re(
            &PAPER_SLASH,
            r"^\s*\p{Han}{1,10}?(?:日报|晚报|晨报|时报|商报|早报|周报|报|通讯社|社|网|电视台|新闻)\s*[/／]\s*",
        );
        let who = rules
            .agencies
            .iter()
            .find_map(|a| who.trim_start().strip_prefix(a.as_str()).and_then(|r| r.strip_prefix('发')))
            .or_else(|| paper_slash.find(who).map(|m| &who[m.end()..]))
            .unwrap_or(who);
        // `本报记者 杜明 文 记者 夏阳 摄` is a byline (parse_byline_line);
        // `图：义工探访长者 记者 李志强 摄` a caption with its credit
        // ([`strip_trailing_photo_credit`]), whose text must not be lost.
        // (`仙乃日神山倒映在卓玛拉措湖中　赵　川　摄`: an unstopped caption
        // before the name, [`unstopped_caption_credit`], alike.)
        // (`本报记者 聂晓雨 文并摄`: the words and the pictures are theirs,
        // a byline.)
        if writer_then_photographer(who, rules).is_some()
            || ["文并", "文/", "文／"].iter().any(|w| who.trim_end().ends_with(w))
            || super::segment::has_caption_label(who)
            || unstopped_caption_credit(line, rules).is_some()
        {
            return None;
        }
        // `（本报摄）`, `（本报记者摄）`: the paper's own picture, no one named.
        if matches!(who.split_whitespace().collect::<String>().as_str(), "本报" | "本报记者") {
            return Some((Credits::default(), CreditKind::Photo));
        }
        let credits = as_contributors(parse_people(who, Role::Contributor, rules));
        return (!credits.contributors.is_empty()).then_some((credits, CreditKind::Photo));
    }
    // `（摄影：陈志强）`: the work named before the photographer, as Malaysian
    // and Singapore papers credit a picture under its caption. (Unbracketed,
    // `摄影：X` under the headline is a byline.)
    if bracketed
        && let Some(who) = ["摄影", "摄"]
            .iter()
            .find_map(|w| inner.strip_prefix(w))
            .and_then(|r| r.trim_start().strip_prefix([':', '：']))
    {
        let credits = as_contributors(parse_people(who, Role::Contributor, rules));
        return all_people(&credits.contributors, rules).then_some((credits, CreditKind::Photo));
    }
    // `（供稿单位：党委办公室）`: the office that sent the piece in, named
    // after its label, as `（党委办公室供稿）` names it before.
    if bracketed
        && let Some(orgs) = ["供稿单位", "供稿部门", "供稿"]
            .iter()
            .find_map(|w| inner.strip_prefix(w))
            .and_then(|r| r.trim_start().strip_prefix([':', '：']))
            .map(str::trim)
            .filter(|o| !o.is_empty() && !o.contains(['（', '(', '：', ':']))
    {
        return parse_end_credit_folded(&format!("（{orgs}供稿）"), rules);
    }
    // `（东港电厂党群工作部）` on its own line under a company paper's story:
    // the office that sent it in, `供稿` left unsaid (as after the last
    // sentence, [`strip_trailing_author`]).
    if bracketed && inner.chars().all(is_han) && (4..=14).contains(&len(inner)) && signing_unit(inner) {
        return parse_end_credit_folded(&format!("（{inner}供稿）"), rules);
    }
    // `（材料学院 供稿 通讯员 王芳）`: the office, then the member of it who
    // wrote the piece, set apart by spaces only.
    if bracketed
        && let Some((orgs, rest)) = inner.split_once(" 供稿 ").or_else(|| inner.split_once("\u{3000}供稿\u{3000}"))
        && let Some((mut credits, _)) = parse_end_credit_folded(&format!("（{}供稿）", orgs.trim()), rules)
        && let Some(people) = parse_byline_line(rest.trim(), rules)
        && people.reporters.is_empty()
        && !people.contributors.is_empty()
        && all_people(&people.contributors, rules)
    {
        credits.merge(people);
        return Some((credits, CreditKind::People));
    }
    // `来源：人民日报` closes a reprinted story as its bracketed form does.
    if !bracketed && !inner.starts_with("来源") {
        return None;
    }
    // `本版图片除署名外均由市教育局提供`: a note on the whole page's
    // pictures, not a credit of the piece it happens to follow.
    if inner.starts_with("本版") {
        return None;
    }
    for suffix in ["供稿", "供图", "提供"] {
        if let Some(orgs) = inner.strip_suffix(suffix) {
            // `图片由市教育局提供`: what was supplied, then by whom (an
            // org's own name may hold 由, `自由贸易区`).
            static SUPPLIED_BY: OnceLock<Regex> = OnceLock::new();
            let supplied_by = static_re(&SUPPLIED_BY, r"^(?:本文)?(?:图片|照片|资料|数据|稿件)(?:均|都)?由(.+)$");
            let orgs = supplied_by.captures(orgs).and_then(|c| c.get(1)).map_or(orgs, |m| m.as_str());
            let people = parse_people(orgs, Role::Contributor, rules);
            let starts_with_role = rules.contributor_roles.iter().any(|r| orgs.trim_start().starts_with(r.as_str()));
            let credits = if starts_with_role {
                as_contributors(people)
            } else {
                let mut credits = Credits::default();
                for org in orgs.split(['、', ',', '，', ' ']) {
                    // (`（本文图片均由受访者提供）`: a source, no one named.)
                    if !NO_ONE_NAMED.contains(&org.trim()) {
                        push_unique(&mut credits.contributors, org.to_string());
                    }
                }
                credits
            };
            // `（通讯员 王晓雨 供图）`: a person's photo, credited as one taken.
            let kind = if starts_with_role && suffix == "供图" { CreditKind::Photo } else { CreditKind::Org };
            let no_one =
                !orgs.trim().is_empty() && orgs.split(['、', ',', '，', ' ']).all(|o| NO_ONE_NAMED.contains(&o.trim()));
            return (!credits.contributors.is_empty() || no_one).then_some((credits, kind));
        }
    }
    let agency_text =
        inner.strip_prefix('据').or_else(|| inner.strip_prefix("来源").map(|s| s.trim_start_matches([':', '：', ' '])));
    if let Some(a) = agency_text {
        let a = a.trim_end_matches("报道").trim_end_matches('电').trim().trim_start_matches('《').replace('》', "");
        if let Some(agency) = rules.agencies.iter().find(|x| a.starts_with(x.as_str())) {
            return Some((Credits { agency: Some(agency.clone()), ..Credits::default() }, CreditKind::Agency));
        }
        // `来源：江城日报客户端`, `来源：江城晚报`: a web export names the paper
        // or its app a piece came from, a paper no rule lists; the app is
        // only the way it came (a `来源：市统计局` under a table is text).
        static OUTLET: OnceLock<Regex> = OnceLock::new();
        let outlet = static_re(
            &OUTLET,
            r"^(\p{Han}{2,10}?(?:日报|晚报|晨报|早报|时报|商报|报|新闻网|网|电视台|融媒体中心))(?:客户端|APP|App|微信公众号|公众号|官方微博|微博)?$",
        );
        // So does `（据《解放军报》）`, `（据北京日报）` under a reprinted story:
        // the paper it came from, named in title marks or by its kind of
        // paper (`据…预报` is no paper).
        let paper_named = inner.starts_with("据《")
            || (inner.starts_with('据')
                && (["日报", "晚报", "晨报", "早报", "时报", "商报", "军报"].iter().any(|k| a.ends_with(k))
                    // (`（据新京报）`, `（据北京青年报）`: a paper named `…报`
                    // whole, no forecast, bulletin or report of one.)
                    || (bracketed
                        && a.ends_with('报')
                        && (3..=7).contains(&a.chars().count())
                        && (a.ends_with("青年报")
                            || !["预报", "通报", "快报", "举报", "公报", "情报", "汇报", "简报", "周报", "月报", "年报"]
                                .iter()
                                .any(|k| a.ends_with(k))))));
        if (inner.starts_with("来源") || paper_named)
            && let Some(c) = outlet.captures(&a)
        {
            return Some((Credits { agency: Some(c[1].to_string()), ..Credits::default() }, CreditKind::Agency));
        }
    }
    // `（本报记者 李想 对本文亦有贡献）`, `（实习生 X 参与采写）`: colleagues
    // who added to a story signed above, contributors as `X contributed to
    // this report` credits them.
    static ALSO_CONTRIBUTED: OnceLock<Regex> = OnceLock::new();
    let also = static_re(
        &ALSO_CONTRIBUTED,
        r"^(.{2,40}?)\s*(?:对本文(?:亦|也)?有(?:所)?贡献|(?:亦|也)?对本文有(?:所)?贡献|(?:亦|也)?参与(?:了)?(?:本文)?(?:采写|采访|采访报道))$",
    );
    if bracketed && let Some(c) = also.captures(inner) {
        let credits = as_contributors(parse_people(&c[1], Role::Contributor, rules));
        if all_people(&credits.contributors, rules) {
            return Some((credits, CreditKind::People));
        }
    }
    if bracketed && let Some(credits) = parse_expert_answer(inner, rules) {
        return Some((credits, CreditKind::People));
    }
    let starts_with_role =
        rules.reporter_roles.iter().chain(rules.contributor_roles.iter()).any(|r| inner.starts_with(r.as_str()));
    // (`（李晨/文 王磊/图）`: each name with its work after a slash.)
    let ends_with_work =
        WORK_SUFFIXES.iter().chain(&["/文", "/图", "/摄", "／文", "／图", "／摄"]).any(|s| inner.ends_with(s));
    if !starts_with_role && !ends_with_work {
        // `（张晓燕）` on a line of its own: a brief's author, set below its text.
        return bracketed.then(|| bracketed_people(inner, rules)).flatten().map(|c| (c, CreditKind::People));
    }
    let mut credits = parse_people(inner, Role::Reporter, rules);
    if credits.reporters.is_empty() && credits.contributors.is_empty() {
        return None;
    }
    if inner.starts_with("本报") {
        credits.agency = Some("本报".into());
    }
    Some((credits, CreditKind::People))
}

/// `市中心医院心内科副主任医师 孙丽 解答 本报记者 王静怡 整理`: a health or
/// legal page's questions answered by an expert, named after the post, and
/// set down by a reporter. The expert contributed; the rest is read as any
/// closing credit (an expert's credit alone is one too).
fn parse_expert_answer(inner: &str, rules: &ImportRules) -> Option<Credits> {
    // `解答专家：市中心医院心内科副主任医师 孙丽`: the work named first.
    let labelled = ["解答专家", "答疑专家"]
        .iter()
        .find_map(|w| inner.strip_prefix(w))
        .and_then(|r| r.trim_start().strip_prefix([':', '：']))
        .map(|expert| (expert, ""));
    // `江城区人民法院 赵静 本报记者 吴敏 整理`: a case told by a court's (or a
    // hospital's) staffer, named after the unit, and set down by the
    // reporter; the staffer contributed as the expert who `解答` does.
    let told = || {
        let at = inner.find("本报记者").or_else(|| inner.find("记者"))?;
        (at > 0 && inner.trim_end().ends_with("整理")).then(|| (&inner[..at], &inner[at..]))
    };
    let (expert, rest) =
        labelled.or_else(|| ["解答", "答疑", "释疑"].iter().find_map(|w| inner.split_once(w))).or_else(told)?;
    let name = name_after_affiliation(expert, rules)?;
    let rest = rest.trim();
    let mut credits = if rest.is_empty() {
        Credits::default()
    } else {
        let (c, kind) = parse_end_credit_folded(&format!("（{rest}）"), rules)?;
        if kind != CreditKind::People {
            return None;
        }
        c
    };
    push_unique(&mut credits.contributors, name);
    Some(credits)
}

/// `Reporting by Ana Mano in Porto Alegre; Additional reporting by Tom Lee;
/// Editing by Sandra Maler`: the wire desk's credits closing a story, every
/// `;` part a role and its people. Reporting and writing make the story:
/// reporters. Additional reporting, translation, photos, graphics, video, research: the
/// contributors. Editors and fact-checkers are dropped, as the Chinese
/// 责任编辑 lines are: they worked on the page, they did not write it. A
/// line of editors alone still is a credit, so it leaves the text. (`Compiled
/// by X` is left to the byline: it heads a column of briefs.) The flag: all
/// parts credit pictures.
fn parse_desk_credits(line: &str, rules: &ImportRules) -> Option<(Credits, bool)> {
    static PART: OnceLock<Regex> = OnceLock::new();
    let part = static_re(
        &PART,
        concat!(
            r"^(?i:(additional\s+reporting|reporting|writing|",
            story_and_photos!(),
            r"|story|words|text|editing|fact[\s-]?checking|research|data(?:\s+analysis|\s+reporting)?|translated|translation|with\s+(?:a\s+)?reports?|(?:staff\s+)?(?:photos?|photography|pictures?|pics|pix|graphics?|video|illustrations?))(?:\s+by\s+|\s+from\s+|\s*:\s*))(.+)$"
        ),
    );
    let line = line.trim().trim_end_matches('.');
    // (`—WITH A REPORT FROM JOEL REYES INQ`: the Inquirer's closing slug.)
    let line = line.strip_suffix(" INQ").unwrap_or(line).trim_end();
    let mut credits = Credits::default();
    let mut visual = true;
    for p in line.split(';').map(str::trim).filter(|p| !p.is_empty()) {
        let c = part.captures(p)?;
        let role = c.get(1)?.as_str().to_ascii_lowercase();
        let role = role.trim_start_matches("staff").trim_start();
        // `Story and photos by X`: one person did both; the writer is the byline.
        let role = if role.contains(" and") || role.contains('&') { "story" } else { role };
        visual &= ["photo", "pic", "pix", "graphic", "video", "illustration"].iter().any(|v| role.starts_with(v));
        let mut names = Vec::new();
        for n in c
            .get(2)?
            .as_str()
            .split(',')
            .flat_map(|x| x.split(" and "))
            .flat_map(|x| x.split(" AND "))
            .flat_map(|x| x.split(" & "))
        {
            let n = without_place(n.trim().trim_start_matches("and ").trim());
            // `Photo: Supplied`: a credit naming no one. (Nor does `… AND
            // HERALD WIRES`: wire copy, no wire named.)
            if NO_ONE.contains(&n.to_ascii_lowercase().as_str()) || names_a_holding(n) || is_unnamed_wires(n) {
                continue;
            }
            // `Additional reporting: PA`: the wire by the name kept for it.
            if let Some(agency) = english_agency(n, rules) {
                names.push(agency);
                continue;
            }
            if !is_english_name(n) {
                return None;
            }
            names.push(title_case_caps(n));
        }
        let to = match role {
            // (`Story by LEE CHONG WEI; Pictures by FAIHAN GHANI`.)
            "reporting" | "writing" | "story" | "words" | "text" => &mut credits.reporters,
            r if r.starts_with("edit") || r.starts_with("fact") => continue,
            _ => &mut credits.contributors,
        };
        for n in names {
            push_unique(to, n);
        }
    }
    let reporters = credits.reporters.clone();
    credits.contributors.retain(|c| !reporters.contains(c));
    Some((credits, visual))
}

/// `…to record levels. (Reporting by Ana Mano; Editing by Sandra Maler)`:
/// the desk's credits run on at the end of the last paragraph.
/// Philippine papers dash it on: `…remain suspended. —WITH A REPORT FROM NESTOR CORRALES`.
pub fn strip_trailing_desk_credit(para: &str, rules: &ImportRules) -> Option<(String, Credits)> {
    if let Some(at) = para.rfind(['—', '–'])
        && super::text::is_terminated(para[..at].trim_end())
        && let Some((credits, _)) = parse_desk_credits(para[at..].trim_start_matches(['—', '–']), rules)
    {
        return Some((para[..at].trim_end().to_string(), credits));
    }
    // `…to call the police. — By RAHIMY RAHIM`: Malaysian papers sign a
    // brief or a picture story so after its last sentence.
    if let Some(at) = para.rfind(['—', '–'])
        && super::text::is_terminated(para[..at].trim_end())
    {
        let tail = para[at..].trim_start_matches(['—', '–']).trim();
        let by = tail.get(..3).is_some_and(|b| b.eq_ignore_ascii_case("by "));
        if by
            && tail.split_whitespace().count() <= 6
            && let Some(credits) = parse_byline_line(tail, rules).filter(|c| !c.reporters.is_empty())
        {
            return Some((para[..at].trim_end().to_string(), credits));
        }
        // `…the county health executive said yesterday. — Sharon Atieno`:
        // Kenyan and Indian briefs are signed by the writer's bare name
        // after the last sentence. After a quotation the name is whose
        // words they were (`…the change.” — Mahatma Gandhi`), so only a
        // sentence closed by a stop is read so.
        let before = para[..at].trim_end();
        if !by
            && before.ends_with(['.', '!', '?'])
            && (2..=3).contains(&tail.split_whitespace().count())
            && is_english_name(tail)
            && !is_english_role(tail)
            && english_agency(tail, rules).is_none()
            && tail.split_whitespace().all(|w| w.chars().skip(1).any(char::is_lowercase))
        {
            let credits = Credits { reporters: vec![tail.to_string()], ..Credits::default() };
            return Some((before.to_string(), credits));
        }
    }
    // `…taken to hospital. The Canadian Press`: Canadian briefs close with
    // the wire's name set after the last sentence, undashed; only a wire
    // known so, whole, and the sentence before it closed.
    if let Some((at, stop)) = para.trim_end().char_indices().rev().find(|(_, c)| ['.', '!', '?', '"', '”'].contains(c))
        && let end = at + stop.len_utf8()
        && let tail = para[end..].trim()
        && (1..=5).contains(&tail.split_whitespace().count())
        && tail.starts_with(|c: char| c.is_uppercase())
        && super::text::is_terminated(para[..end].trim_end())
        && let Some(agency) = english_agency(tail, rules)
    {
        let credits = Credits { agency: Some(agency), ..Credits::default() };
        return Some((para[..end].trim_end().to_string(), credits));
    }
    // `…to compensate the complainant. - Staff Report`: an export's hyphen
    // for the dash, read so before a desk that names no one only (a
    // hyphen before a name may join a compound or a range).
    if let Some(at) = para.rfind(" -")
        && super::text::is_terminated(para[..at].trim_end())
        && let tail = para[at + 2..].trim()
        && tail.starts_with(|c: char| c.is_ascii_uppercase())
        && tail.split_whitespace().count() <= 3
        && let Some(credits) = parse_byline_line(tail, rules).filter(|c| c.desk.is_some() && c.names_no_one())
    {
        return Some((para[..at].trim_end().to_string(), credits));
    }
    let inner = para.trim_end().strip_suffix(')')?;
    let open = inner.rfind('(')?;
    let before = inner[..open].trim_end();
    if !super::text::is_terminated(before) {
        return None;
    }
    let (credits, _) = parse_desk_credits(&inner[open + 1..], rules)?;
    Some((before.to_string(), credits))
}

/// `Kevin Freking in Washington` → `Kevin Freking`: where a contributor
/// reported from is not part of the name.
fn without_place(n: &str) -> &str {
    match n.split_once(" in ").or_else(|| n.split_once(" from ")) {
        Some((name, place)) if place.trim_start().starts_with(char::is_uppercase) => name.trim(),
        _ => n,
    }
}

/// `Associated Press writer Kevin Freking` → `Kevin Freking`: the desk and
/// role in front of a contributor's name.
fn after_role_words(n: &str) -> &str {
    const ROLES: &[&str] = &["writer", "writers", "reporter", "reporters", "correspondent", "correspondents"];
    let words: Vec<&str> = n.split_whitespace().collect();
    match words.iter().rposition(|w| ROLES.contains(w)) {
        Some(k) if k + 1 < words.len() => {
            let w = words[k + 1];
            n[w.as_ptr() as usize - n.as_ptr() as usize..].trim()
        }
        _ => n,
    }
}

/// A line of nothing but ways to reach a writer: `tharris@rivertonherald.com`,
/// `@tomharris`, `Twitter: @tharris | 555-0134`, `Email: a@b.com`. Under a
/// byline it is the byline's, not text (`segment` asks only there).
pub fn is_contact_line(line: &str) -> bool {
    static EMAIL: OnceLock<Regex> = OnceLock::new();
    static HANDLE: OnceLock<Regex> = OnceLock::new();
    static PHONE: OnceLock<Regex> = OnceLock::new();
    static LABEL: OnceLock<Regex> = OnceLock::new();
    let email = static_re(&EMAIL, r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+\.?$");
    // (`Twitter.com/jdoe`, `x.com/jdoe`: Canadian papers print the writer's
    // profile's address, not the handle.)
    let handle = static_re(
        &HANDLE,
        r"^(?:@[A-Za-z0-9_]{2,30}|(?i:(?:https?://)?(?:www\.)?(?:twitter|x|instagram|facebook|threads|bsky|linkedin)\.(?:com|net|app)(?:/in)?/@?[A-Za-z0-9_.]{2,40}/?))$",
    );
    let phone = static_re(&PHONE, r"^\+?[0-9(][0-9()\-. ]{6,18}[0-9]$");
    let label = static_re(
        &LABEL,
        r"^(?i)(?:e-?mail|twitter|x|phone|tel|call|follow|on|at|or|threads|bluesky|instagram|him|her|them)\s*:?$",
    );
    // (A profile's address has its own slash; the cells below are cut at slashes.)
    if handle.is_match(line.trim()) {
        return true;
    }
    let mut any = false;
    // Phone numbers keep their spaces: cells are cut at bars, commas, bullets.
    for cell in line.split(['|', ',', ';', '•', '·', '/']).map(str::trim).filter(|c| !c.is_empty()) {
        if phone.is_match(cell) {
            any = true;
            continue;
        }
        for w in cell.split_whitespace() {
            let w = w.trim_end_matches([',', ';']);
            if email.is_match(w) || handle.is_match(w) {
                any = true;
            } else if !label.is_match(w) && !phone.is_match(w) {
                return false;
            }
        }
    }
    any
}

/// A last paragraph that ends with its author in brackets, as short news
/// does (`…持续高温天气。（赵六）`, `…。（记者 张三 通讯员 李四）`, or boxed:
/// `…。□冯立`): the text without them, and the people by role.
fn strip_trailing_author_folded(para: &str, rules: &ImportRules) -> Option<(String, Credits)> {
    // `…recovered from the suspects. (NAN)`: Nigerian papers close a wire
    // story with the agency in brackets, as Chinese ones close with `（王磊）`.
    static WIRE: OnceLock<Regex> = OnceLock::new();
    let wire = static_re(&WIRE, r#"([.!?"”’])\s*\(([A-Za-z][A-Za-z .\-]{1,40})\)$"#);
    if let Some(c) = wire.captures(para)
        && let Some(agency) = english_agency(&c[2], rules)
    {
        let end = c.get(1)?.end();
        return Some((para[..end].to_string(), Credits { agency: Some(agency), ..Credits::default() }));
    }
    // `…真正做到件件有回音。□冯立`: a commentary's writer signs after its
    // last sentence behind a box, as `□李国强` heads a story on a line of
    // its own; a box opens no sentence.
    static BOXED: OnceLock<Regex> = OnceLock::new();
    let boxed = static_re(&BOXED, r"([。！？!?”」』])\s*[□■]\s*([^。！？!?□■()（）]{2,20})$");
    if let Some(c) = boxed.captures(para)
        && let Some(credits) = bracketed_people(c[2].trim(), rules).filter(|p| !p.reporters.is_empty())
    {
        return Some((para[..c.get(1)?.end()].to_string(), credits));
    }
    static AUTHOR: OnceLock<Regex> = OnceLock::new();
    let re = static_re(&AUTHOR, r"([。！？!?”」』])\s*[(（]([^()（）]{2,40})[)）]$");
    let c = re.captures(para)?;
    let end = c.get(1)?.end();
    // `…部署本学期重点工作。（党政办）`, `（图书馆）`: a brief column's items
    // signed by the office that sent each in, `供稿` left unsaid (`党政办`
    // is no one's name, though `党` is a surname).
    let inner = c[2].trim();
    let unit = signing_unit(inner);
    if !unit && let Some(credits) = bracketed_people(&c[2], rules) {
        return Some((para[..end].to_string(), credits));
    }
    // `…傍晚最后一个离开。（文/陈明）`, `（文 李明 图 周洋）`: the writer (and
    // the photographer) after the last sentence, by their work, as on a
    // line of their own.
    if let Some(credits) = work_credit(&c[2], rules).or_else(|| name_first_work_credit(&c[2], rules)) {
        return Some((para[..end].to_string(), credits));
    }
    // `（记者 赵敏 实习生 钱多多 报道）`: the people, then the word for reporting.
    if let Some(people) = inner.strip_suffix("报道").or_else(|| inner.strip_suffix("报导"))
        && let Some(credits) = bracketed_people(people.trim(), rules).filter(|p| !p.reporters.is_empty())
    {
        return Some((para[..end].to_string(), credits));
    }
    // `…开展义务植树活动。（县融媒体中心供稿）`: the office that sent the
    // piece in signs it after its last sentence, as on a line of its own.
    if !c[2].trim_end().ends_with("供稿") && !unit {
        return None;
    }
    let sent = if unit { format!("（{inner}供稿）") } else { format!("（{}）", &c[2]) };
    match parse_end_credit_folded(&sent, rules)? {
        (credits, CreditKind::Org) if !credits.contributors.is_empty() => Some((para[..end].to_string(), credits)),
        _ => None,
    }
}

/// `文 李明 图 周洋`, `文/李明`: credits that open on the writer's work, as
/// a byline line under a headline may; only the people named.
fn work_credit(t: &str, rules: &ImportRules) -> Option<Credits> {
    let rest = t.trim().strip_prefix('文')?;
    if !rest.starts_with([' ', '\u{3000}', '/', '／', ':', '：']) {
        return None;
    }
    let credits = parse_byline_line(t.trim(), rules)?;
    (!credits.reporters.is_empty() && all_people(credits.reporters.iter().chain(&credits.contributors), rules))
        .then_some(credits)
}

/// `王五 文`, `孙丽/文 周强/图`, `记者 李明 文/图`: each person named
/// before their work, as some papers close a brief; the writer a reporter,
/// the photographer (or a correspondent or intern, whatever their work) a
/// contributor. Only names that read as a person's.
fn name_first_work_credit(t: &str, rules: &ImportRules) -> Option<Credits> {
    static PAIR: OnceLock<Regex> = OnceLock::new();
    let pair = static_re(
        &PAIR,
        r"^(?:(?:本报)?(记者|通讯员|实习生)[ \u{3000}]*)?([\p{Han}·]{2,4}?)[ \u{3000}]*[/／]?[ \u{3000}]*(文[/／]图|图[/／]文|文|图|摄影|摄)(?:[ \u{3000}]+|$)",
    );
    let mut credits = Credits::default();
    let mut rest = t.trim();
    while !rest.is_empty() {
        let c = pair.captures(rest)?;
        let name = c[2].to_string();
        if !looks_like_person(&name, rules) || super::topic::is_dictionary_word(&name) {
            return None;
        }
        // (`通讯员 王五 文`: a correspondent who wrote it is still a
        // contributor, as `（通讯员 王五）` makes one.)
        let helper = c.get(1).is_some_and(|r| r.as_str() != "记者");
        if !helper && c[3].contains('文') {
            push_unique(&mut credits.reporters, name);
        } else {
            push_unique(&mut credits.contributors, name);
        }
        rest = rest[c.get(0)?.end()..].trim_start();
    }
    (!credits.reporters.is_empty() || !credits.contributors.is_empty()).then_some(credits)
}

/// `党政办`, `图书馆`, `校工会`, `融媒`: an office, not a person, by the word
/// it ends in (a name of three characters or more ending so is rare; of
/// two, only the few offices known by two).
fn signing_unit(t: &str) -> bool {
    const OFFICES: &[&str] = &[
        "办",
        "处",
        "局",
        "委",
        "馆",
        "院",
        "部",
        "站",
        "所",
        "队",
        "室",
        "厅",
        "中心",
        "融媒",
        "公司",
        "集团",
        "街道",
        "工会",
        "团委",
        "学生会",
    ];
    const TWO: &[&str] = &["工会", "团委", "融媒", "校办", "党办"];
    // `北公宣`, `市检宣`: a police, procuratorate or court press office
    // signs by the first characters of its place and service and `宣`.
    const PRESS: &[&str] = &["公宣", "检宣", "法宣", "司宣", "税宣", "消宣", "交宣", "警宣", "纪宣"];
    // (`详见市人社局网站`: a pointer to a website, no office signing.)
    let pointer = t.ends_with("网站") || ["详见", "参见", "见", "据", "来源"].iter().any(|p| t.starts_with(p));
    TWO.contains(&t) || !pointer && han_unit_ending(t, 3..=10, OFFICES) || han_unit_ending(t, 3..=5, PRESS)
}

/// See [`strip_trailing_source_folded`]; traditional characters are read as simplified.
pub fn strip_trailing_source(para: &str, rules: &ImportRules) -> Option<(String, Credits)> {
    strip_folded(para, rules, strip_trailing_source_folded)
}

/// `…。（本报综合）`, `…。（来源：人民日报）`, `…。（据新华社）`, `…。（综合新华社、
/// 央视新闻）`: a compiled or reprinted story names its source in brackets
/// after its last sentence. The text without it, and the source as agency
/// (`本报` for what the paper compiled itself).
fn strip_trailing_source_folded(para: &str, rules: &ImportRules) -> Option<(String, Credits)> {
    static SOURCE: OnceLock<Regex> = OnceLock::new();
    let re = static_re(&SOURCE, r"([。！？!?”」』])\s*([(（]([^()（）]{2,40})[)）])$");
    // `…冻结相关户头。——马新社`: Malaysian papers dash the wire on.
    static DASHED: OnceLock<Regex> = OnceLock::new();
    let dashed = static_re(&DASHED, r"([。！？!?”」』])\s*(?:——|—|－－)\s*(\p{Han}{2,6})$");
    if let Some(c) = dashed.captures(para)
        && let Some(agency) = rules.agencies.iter().find(|a| **a == c[2])
    {
        return Some((
            para[..c.get(1)?.end()].to_string(),
            Credits { agency: Some(agency.clone()), ..Credits::default() },
        ));
    }
    // `… Hemant Tiwari said. TNN`, `… by Friday. INQ`, `…from July 1.
    // REUTERS`: an English paper's desk or wire signing off after the last
    // sentence, on the same line (a wire's whole name: `BLOOMBERG`, `XINHUA`).
    static SIGNED: OnceLock<Regex> = OnceLock::new();
    let signed = static_re(
        &SIGNED,
        r"([.!?”\x22’])\s+([A-Z]{2,5}|REUTERS|BLOOMBERG|XINHUA|BERNAMA|KYODO|YONHAP|Reuters|Bloomberg|Xinhua|Bernama)$",
    );
    if let Some(c) = signed.captures(para)
        && let Some(agency) = english_agency(&c[2], rules).or_else(|| {
            parse_byline_line_folded(&c[2], rules).filter(|c| c.reporters.is_empty()).and_then(|c| c.agency)
        })
    {
        return Some((para[..c.get(1)?.end()].to_string(), Credits { agency: Some(agency), ..Credits::default() }));
    }
    // `…, the city said. – News24`, `… on Friday. — JIS`: a brief's source,
    // a wire, news site or government service known or not, dashed on
    // after its last sentence. One word only: `— John Smith` under a
    // letter is its writer; after a quote mark (`…overcome.” — Mandela`)
    // the dash names who said it.
    static DASHED_SOURCE: OnceLock<Regex> = OnceLock::new();
    // (`– Sapa-AFP`: two wires hyphened.)
    let dashed_source =
        static_re(&DASHED_SOURCE, r"[^.]([.!?])\s*(?:—|–|--)\s*([A-Z][A-Za-z0-9]{1,11}(?:-[A-Z][A-Za-z0-9]{1,11})?)$");
    if let Some(c) = dashed_source.captures(para)
        && !is_english_role(&c[2])
        && !["End", "Ends", "Ed", "Anonymous"].contains(&&c[2])
    {
        let agency = english_agency(&c[2], rules).unwrap_or_else(|| c[2].to_string());
        return Some((para[..c.get(1)?.end()].to_string(), Credits { agency: Some(agency), ..Credits::default() }));
    }
    // `… to finalise the plan. - ANA`: an export's hyphen for the dash,
    // read so before a wire known only.
    static HYPHENED_WIRE: OnceLock<Regex> = OnceLock::new();
    let hyphened = static_re(&HYPHENED_WIRE, r"[^.]([.!?])\s+-\s?([A-Z][A-Za-z0-9]{1,11})$");
    if let Some(c) = hyphened.captures(para)
        && let Some(agency) = english_agency(&c[2], rules)
    {
        return Some((para[..c.get(1)?.end()].to_string(), Credits { agency: Some(agency), ..Credits::default() }));
    }
    if let Some(found) = strip_compiled_sign_off_folded(para, rules) {
        return Some(found);
    }
    let c = re.captures(para)?;
    let end = c.get(1)?.end();
    if let Some((credits, CreditKind::Agency)) = parse_end_credit_folded(&c[2], rules) {
        return Some((para[..end].to_string(), credits));
    }
    if let Some(agency) = wires_named(&c[3], rules) {
        return Some((para[..end].to_string(), Credits { agency: Some(agency), ..Credits::default() }));
    }
    let agency = compiled_source(&c[3], rules)?;
    Some((para[..end].to_string(), Credits { agency: Some(agency), ..Credits::default() }))
}

/// See [`strip_compiled_sign_off_folded`]; traditional characters are read as simplified.
pub fn strip_compiled_sign_off(para: &str, rules: &ImportRules) -> Option<(String, Credits)> {
    strip_folded(para, rules, strip_compiled_sign_off_folded)
}

/// `…希望藉此推廣中華文化。綜合報導`: an American Chinese paper's compiled
/// story signs off unbracketed after its last sentence, on its line (a
/// photo's credit and caption may follow). The text without it, and the
/// paper as agency (`综合外电报道`, from the foreign wires: `外电`). `…民生保障。（综合讯）`
/// closes a paragraph the same way, wherever it stands in the story: the
/// note is never text, even with more paragraphs after it.
fn strip_compiled_sign_off_folded(para: &str, rules: &ImportRules) -> Option<(String, Credits)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = static_re(
        &RE,
        r"([。！？!?”」』])[ \u{3000}]*(?:((?:本报)?综合(?:外电)?(?:报道|报导))|[(（]\s*(综合讯)\s*[)）])$",
    );
    let c = re.captures(para)?;
    let agency = compiled_source(c.get(2).or_else(|| c.get(3))?.as_str(), rules);
    Some((para[..c.get(1)?.end()].to_string(), Credits { agency, ..Credits::default() }))
}

/// `法新社`, `新华`, `法新社/美联社` → 法新社: the wire a closing bracket
/// names alone (`…起火原因。（法新社）`), which sent the copy; a sports or
/// briefs page shortens its name (`…找到感觉”。（新华）`); a story merged
/// from two wires' copy names both, and keeps both (`法新社、美联社`).
fn wires_named(inner: &str, rules: &ImportRules) -> Option<String> {
    const SHORT: &[(&str, &str)] = &[("新华", "新华社"), ("中新", "中新社")];
    let wire = |named: &str| {
        SHORT
            .iter()
            .find(|(short, _)| named == *short)
            .map(|(_, agency)| agency.to_string())
            .or_else(|| rules.agencies.iter().find(|a| named == a.as_str()).cloned())
    };
    let wires: Vec<Option<String>> = inner.trim().split(['/', '／', '、']).map(|w| wire(w.trim())).collect();
    if wires.iter().any(Option::is_none) {
        return None;
    }
    distinct_joined(wires.into_iter().flatten())
}

/// The wires a story names, each once, in the order named, as its agency
/// (`新华社、法新社`); `None` when it names none.
fn distinct_joined(wires: impl IntoIterator<Item = String>) -> Option<String> {
    let mut named: Vec<String> = Vec::new();
    for w in wires {
        if !named.contains(&w) {
            named.push(w);
        }
    }
    (!named.is_empty()).then(|| named.join("、"))
}

/// `综合新华社、央视新闻` → 新华社, `本报综合`, `综合報導`, `综合讯` → 本报: the agency a
/// compiled story's source credit names (see [`compiled_from`]).
fn compiled_source(credit: &str, rules: &ImportRules) -> Option<String> {
    static COMPILED: OnceLock<Regex> = OnceLock::new();
    let compiled =
        static_re(&COMPILED, r"^(本报)?综合(?:整理|报道|报导|编辑)?\s*[:：]?\s*(.*?)\s*(?:等)?(?:报道|报导|消息|讯)?$");
    let m = compiled.captures(credit.trim())?;
    compiled_from(m.get(2).map_or("", |x| x.as_str()), rules)
}

/// `综合外电`'s source: the foreign wires, no one of them named.
const FOREIGN_WIRES: &str = "外电";

/// The agency a compiled story is credited to, from the sources it names
/// (`新华社、法新社`): every wire among them, in the order named (the story
/// is drawn from each alike), when the first is one; `本报` when it names
/// none (the paper compiled it from its own and others' reports); `外电`,
/// the foreign wires, when it names them so.
fn compiled_from(from: &str, rules: &ImportRules) -> Option<String> {
    if from.is_empty() {
        return Some("本报".to_string());
    }
    if matches!(from, "外" | "外电") {
        return Some(FOREIGN_WIRES.to_string());
    }
    let wire = |part: &str| {
        let part = part.trim().trim_start_matches('《').trim_end_matches('》');
        rules.agencies.iter().find(|a| part.starts_with(a.as_str())).cloned()
    };
    let mut parts = from.trim_start_matches('据').split(['、', '，', ',', ' ']).filter(|p| !p.trim().is_empty());
    let first = wire(parts.next().unwrap_or(""))?;
    distinct_joined(std::iter::once(first).chain(parts.filter_map(wire)))
}

/// `本报综合新华社、央视报道 据日本气象厅消息，…`, `综合新华社电：…`,
/// `本报综合报道 …`: a compiled story names its sources where it opens, as
/// a closing `（综合新华社、央视新闻）` does at its end; set off from the text
/// by a space or colon (run into a sentence, `综合考虑…`, it is text), or
/// in brackets or after a box (`（综合报道）天文台表示…`, `■综合外电 …`).
/// `综合外电` names the foreign wires, `外电`, as its source.
fn parse_compiled_lead(para: &str, rules: &ImportRules) -> Option<(Credits, usize)> {
    static LEAD: OnceLock<Regex> = OnceLock::new();
    let re = static_re(
        &LEAD,
        r"^(?:(?P<open>[(（])\s*|[■□●▲◆]\s*)?(?:本报)?综合\s*(?P<from>[^\s，。：:；()（）]{0,30}?)\s*(?:等)?(?P<kind>报道|消息|电)?(?:\s*(?P<close>[)）])[\s\u{3000}]*|[\s\u{3000}]*[:：]|[\s\u{3000}]+)",
    );
    let c = re.captures(para)?;
    if c.name("open").is_some() != c.name("close").is_some() {
        return None;
    }
    // (`（综合新华社、法新社）日本央行…`: in brackets the sources need no
    // `报道` after them; set off by a space alone, `综合考虑 …` is text.)
    if c.name("kind").is_none() && (c.name("close").is_none() || c["from"].is_empty()) {
        return None;
    }
    let agency = Some(compiled_from(&c["from"], rules)?);
    let end = c.get(0)?.end();
    let text = &para[end..];
    (!text.trim().is_empty()).then(|| (Credits { agency, ..Credits::default() }, end))
}

/// `理 文`: two Han characters and nothing else, set apart by the space
/// typesetting pads a two-character name with (never the words of a note:
/// `待 续`, `上 图`, `文 图`).
fn padded_pen_name(inner: &str) -> Option<String> {
    const NOT_NAMES: &[&str] =
        &["文图", "图文", "待续", "未完", "续完", "上图", "下图", "左图", "右图", "中图", "附图"];
    let parts: Vec<&str> = inner.split([' ', '\u{3000}']).filter(|p| !p.is_empty()).collect();
    let [a, b] = parts.as_slice() else { return None };
    let one = |t: &str| {
        let mut cs = t.chars();
        cs.next().is_some_and(is_han) && cs.next().is_none()
    };
    let name = format!("{a}{b}");
    (one(a) && one(b) && !NOT_NAMES.contains(&name.as_str())).then_some(name)
}

/// `（小文）`, `（晓林）`, `（阿明）`: a brief signed with a familiar pen name,
/// `小`, `晓` or `阿` and one character, which starts with no surname.
/// Only two characters, and not the few words so made that a note in
/// brackets could say.
fn familiar_pen_name(inner: &str) -> Option<String> {
    // Common words so made: a note in brackets (a solar term, `（小学）`)
    // is no signature.
    const NOT_NAMES: &[&str] = &[
        "小结", "小计", "小时", "小图", "阿拉", "小满", "小暑", "小寒", "小雪", "小学", "小区", "小组", "小说", "小康",
        "小麦", "小吃", "小微", "小额", "小型", "小将", "阿姨", "阿胶",
    ];
    let t = inner.trim();
    let mut cs = t.chars();
    let first = cs.next()?;
    let second = cs.next().filter(|&c| is_han(c))?;
    let named = ['小', '晓', '阿'].contains(&first) && cs.next().is_none() && !NOT_NAMES.contains(&t);
    named.then(|| format!("{first}{second}"))
}

/// `赵六`, `记者 张三 李四`, `记者 赵倩 通讯员 马涛`: the inside of a closing
/// bracket that names only people (by role words, or names that start with a surname).
fn bracketed_people(inner: &str, rules: &ImportRules) -> Option<Credits> {
    // `单位：万元`: a label and its value, whatever its words look like.
    if inner.contains([':', '：']) {
        return None;
    }
    // `（理 文）`, `（晓 闻）`: two characters padded to a name's width sign a
    // brief with a pen name, which need not start with a surname.
    if let Some(name) = padded_pen_name(inner).or_else(|| familiar_pen_name(inner)) {
        return Some(Credits { reporters: vec![name], ..Credits::default() });
    }
    if let Some(credits) = unit_and_people(inner, rules) {
        return Some(credits);
    }
    let tokens = join_padded_names(inner);
    let is_role = |t: &str| rules.reporter_roles.iter().chain(rules.contributor_roles.iter()).any(|r| r == t);
    let mut names = 0;
    let mut after_role = false;
    for t in &tokens {
        // `（本报驻德国记者 李强）`: a correspondent's post is a role too.
        // (`（新京报记者 郭阳）`: another paper's, named before the role.)
        let t = strip_posted_role(t)
            .or_else(|| strip_bureau_token(t))
            .or_else(|| paper_before_role(t).map(|paper| &t[paper.len()..]))
            .unwrap_or(t);
        if t.is_empty() || is_role(t) {
            after_role = !t.is_empty();
            continue;
        }
        // A role glued to the name (`记者张三`) leaves the name to check.
        let bare = rules
            .reporter_roles
            .iter()
            .chain(rules.contributor_roles.iter())
            .find_map(|r| t.strip_prefix(r.as_str()))
            .unwrap_or(t);
        // `（记者 郑建华 通讯员 宛公宣）`: the name a role labels may be a
        // pen name a police or county press office signs with (`宛公宣`,
        // 宛城公安宣传), which starts with no surname; the role vouches for it.
        let labelled = (after_role || bare.len() != t.len()) && (2..=4).contains(&bare.chars().count());
        after_role = false;
        if !(is_name_like(bare)
            && bare.chars().all(|c| is_han(c) || c == '·')
            && (labelled || looks_like_person(bare, rules)))
        {
            return None;
        }
        // `（路透社）`: a wire is no writer, though its name starts with a surname.
        if rules.agencies.iter().any(|a| a == bare) {
            return None;
        }
        names += 1;
    }
    if names == 0 || names > 6 {
        return None;
    }
    let mut credits = parse_people(inner, Role::Reporter, rules);
    // `（本报记者 郭 阳）` closing a story says whose it is, as the lead would.
    if inner.trim_start().starts_with("本报") {
        credits.agency = Some("本报".into());
    } else if let Some(paper) = paper_before_role(inner.trim_start()) {
        credits.agency = Some(paper.to_string());
    }
    (!credits.reporters.is_empty() || !credits.contributors.is_empty()).then_some(credits)
}

/// A county's newsroom (`区融媒体中心`): its staff are reporters, and on a
/// district's own paper it is the paper.
const NEWSROOM_UNITS: &[&str] = &["融媒体中心", "融媒中心", "新闻中心", "传媒中心"];

/// Whether a unit is a county's newsroom ([`NEWSROOM_UNITS`]): `鹤山区融媒体中心`.
pub fn is_newsroom_unit(unit: &str) -> bool {
    NEWSROOM_UNITS.iter().any(|u| unit.ends_with(u)) && unit.chars().all(is_han)
}

/// `国网河川供电公司`, `中铁十局三公司`, `江城车务段`, `检修车间`: an
/// industry paper's correspondents sign with the company, depot or
/// workshop they work in, as a county's do with their township.
fn is_enterprise_unit(unit: &str) -> bool {
    const ENDS: &[&str] = &["公司", "集团", "段", "车间", "工区", "供电所", "电厂", "厂", "矿", "工程局", "铁路局"];
    han_unit_ending(unit, 4..=16, ENDS)
}

/// `石桥乡`, `朝歌街道`, `城关镇政府`: a township or street office, whose
/// station sends a county paper its copy (at least three characters, so a
/// surname and `镇` is not taken for one).
fn is_township_unit(unit: &str) -> bool {
    const ENDS: &[&str] = &["乡", "镇", "街道", "街道办", "办事处", "乡政府", "镇政府", "乡人民政府", "镇人民政府"];
    han_unit_ending(unit, 3..=12, ENDS)
}

/// Whether `unit` is Han characters only, as many as `chars`, and ends in
/// one of `ends`: how the kinds of unit that sign a piece are told by name.
fn han_unit_ending(unit: &str, chars: std::ops::RangeInclusive<usize>, ends: &[&str]) -> bool {
    chars.contains(&unit.chars().count()) && unit.chars().all(is_han) && ends.iter().any(|e| unit.ends_with(e))
}

/// `（区融媒体中心 黄晓燕）`, `（淇县县委宣传部 李华 张强）`, `（石桥乡
/// 刘晓燕）`: a county's media centre, publicity office or township station
/// signs a piece with its writers' names. A media centre's are its
/// reporters, the centre the agency, as under a headline (`蔡甸区融媒体中心
/// 黄鹤 文/图`); a publicity office's or township's sent the piece in:
/// contributors, as the unit is under `（…供稿）`.
fn unit_and_people(inner: &str, rules: &ImportRules) -> Option<Credits> {
    const OFFICES: &[&str] = &["宣传部", "新闻办", "宣传科", "宣传处", "宣传中心", "政治处"];
    // (`淇滨区人社局 李明`, `县司法所 王芳`: a government office too. Not
    // a hospital, court or school, where the name may be the expert the
    // story asked; nor the paper's own bureau, `本报浚县记者站`, whose
    // writers are its reporters.)
    const GOVERNMENT: &[&str] = &["局", "办", "委", "厅", "处", "站", "所", "中心", "办公室"];
    let signs = |unit: &str| {
        let government =
            han_unit_ending(unit, 3..=12, GOVERNMENT) && !unit.starts_with("本报") && !unit.contains("记者");
        let office = OFFICES.iter().any(|u| unit.ends_with(u))
            || is_township_unit(unit)
            || is_enterprise_unit(unit)
            || government;
        is_newsroom_unit(unit) || (office && unit.chars().all(is_han))
    };
    let (unit, names) = match inner.trim().split_once(char::is_whitespace) {
        Some(split) => split,
        // `（鹤山区融媒体中心王丽娟）`, `（淇滨区人社局李明）`: the unit and
        // the name run together, as an export that drops the gap sets them;
        // the name is the two or three characters after the unit's ending,
        // starting with a surname.
        None => {
            let t = inner.trim();
            let cut = |n: usize| t.char_indices().rev().nth(n - 1).map(|(at, _)| t.split_at(at));
            [3, 2].into_iter().filter_map(cut).find(|&(unit, name)| {
                unit.chars().count() >= 3
                    && signs(unit)
                    && looks_like_person(name, rules)
                    && name.chars().all(is_han)
                    && !super::topic::is_dictionary_word(name)
            })?
        }
    };
    let newsroom = is_newsroom_unit(unit);
    if !signs(unit) {
        return None;
    }
    let people = bracketed_people(names.trim(), rules)?;
    let names: Vec<String> = people.reporters.into_iter().chain(people.contributors).collect();
    if names.is_empty() {
        return None;
    }
    Some(if newsroom {
        Credits { reporters: names, agency: Some(unit.to_string()), ..Credits::default() }
    } else {
        Credits { contributors: names, ..Credits::default() }
    })
}

/// `PHOTO: FAMILY COLLECTION`, `Picture: National Library archive`: a
/// collection lent the picture; no photographer is named.
fn names_a_holding(who: &str) -> bool {
    const HOLDINGS: &[&str] = &["family", "collection", "archive", "archives", "library", "museum"];
    who.split([' ', '/']).any(|w| HOLDINGS.contains(&w.to_ascii_lowercase().as_str()))
}

/// What a photo's credit says in place of a photographer: no one.
const NO_ONE: &[&str] =
    &["supplied", "file", "handout", "contributed", "courtesy", "stock", "special arrangement", "by arrangement"];

/// Who a labelled photo credit names (`Les Smith`, `Gareth Chaney/Collins`,
/// `AAP Image/Dean Lewins`, `NAN`) as contributors: the photographer, not
/// the agency or paper beside the slash; an agency alone by the name kept
/// for it. `Supplied`, `File` or `Handout` name no one (an empty credit).
fn photographer(who: &str, rules: &ImportRules) -> Option<Credits> {
    let mut credits = Credits::default();
    let who = who.trim();
    if NO_ONE.contains(&who.to_ascii_lowercase().as_str()) {
        return Some(credits);
    }
    if names_a_holding(who) {
        return Some(credits);
    }
    // `GALLO IMAGES/SOWETAN/JANE DOE`, `Getty Images/AFP/John Roe`: a
    // picture library, the paper or wire it came through, then who took it,
    // last.
    let library_chain = who.split_once('/').and_then(|(a, rest)| {
        let a = a.trim();
        let last = rest.rsplit('/').next()?.trim();
        ((a.to_ascii_lowercase().ends_with(" images") || photo_agency(a).is_some())
            && rest.contains('/')
            && word_count(last) >= 2
            && is_english_name(last))
        .then_some(last)
    });
    let name = library_chain.unwrap_or_else(|| match who.split_once('/') {
        // `AAP Image/Dean Lewins`: the wire's picture service, then the photographer.
        Some((a, b))
            if english_agency(a.trim().trim_end_matches(" Image").trim_end_matches(" Images"), rules).is_some() =>
        {
            b.trim()
        }
        // `RNLI/Nigel Millard`, `PSNI/Jane Roe`: the body that handed out the
        // picture, in initials, then who took it; a name is two words or more.
        Some((a, b))
            if (2..=6).contains(&a.trim().len())
                && a.trim().chars().all(|c| c.is_ascii_uppercase())
                && word_count(b.trim()) >= 2
                && is_english_name(b.trim()) =>
        {
            b.trim()
        }
        Some((a, _)) => a.trim(),
        None => who,
    });
    // (`Picture: ITV`, `Pictures: BBC`: a broadcaster's or picture
    // library's initials, one word of capitals, kept as printed.)
    let initials = !name.contains(' ') && (2..=4).contains(&name.len()) && name.chars().all(|c| c.is_ascii_uppercase());
    match english_agency(name, rules) {
        Some(agency) => push_unique(&mut credits.contributors, agency),
        None if initials => push_unique(&mut credits.contributors, name.to_string()),
        None if is_english_name(name) => push_unique(&mut credits.contributors, title_case_caps(name)),
        None => return None,
    }
    Some(credits)
}

/// `仙乃日神山倒映在卓玛拉措湖中　　赵　川　摄`: a caption set without a
/// full stop, a gap, then its photographer's bare name (padded or not) and
/// 摄. The words before the gap must be too long for a name and name no
/// role, wire or paper (`新华社记者 李贺 摄`, `新华社发 张三 摄` are credits
/// alone): the caption, and the photographers.
fn unstopped_caption_credit(para: &str, rules: &ImportRules) -> Option<(String, Credits)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = static_re(&RE, r"^(.*?\S)\s+((?:[\p{Han}·]{1,4}\s+){0,3}[\p{Han}·]{1,4})\s*(?:摄影|摄)$");
    let c = re.captures(para.trim())?;
    let caption = &c[1];
    let last = caption.split_whitespace().last()?;
    let roles = rules.reporter_roles.iter().chain(rules.contributor_roles.iter());
    if last.chars().count() < 5
        || !last.chars().any(is_han)
        || last.contains(['/', '／', '|', '：', ':'])
        || last.ends_with('发')
        || last.ends_with("记者")
        || roles.clone().any(|r| last.ends_with(r.as_str()))
        || rules.agencies.iter().any(|a| last.ends_with(a.as_str()))
    {
        return None;
    }
    let names = join_padded_names(&c[2]);
    if names.is_empty() || names.len() > 3 || !names.iter().all(|n| looks_like_person(n, rules)) {
        return None;
    }
    let credits =
        Credits { contributors: names.into_iter().map(|n| sanitize_name(&n)).collect(), ..Credits::default() };
    Some((caption.trim_end().to_string(), credits))
}

/// A pattern for a caption and the credit run in after it: the caption (its
/// text captured) ends as a sentence does, and a typewriter quote after a
/// stop closes a quoted caption as `’` does (`… 'We will borrow.'
/// Photograph: X`); `$credit` is the rest.
macro_rules! caption_then {
    ($credit:literal) => {
        concat!(r#"^(.*(?:[.!?"”’]|[.!?]'))"#, $credit)
    };
}

/// A caption paragraph that ends with its photo credit (`…合影。 本报记者 张三 摄`,
/// `…站台。（新华社记者 王  斌摄）`): the text without the credit, and the photographers.
fn strip_trailing_photo_credit_folded(para: &str, rules: &ImportRules) -> Option<(String, Credits)> {
    // The run-in credits below ask the caption to end as a sentence does
    // ([`caption_then`]).
    // `…on Tuesday. (AP Photo/Evan Vucci)`: a bracketed credit after the caption.
    // `…巡检设备。 新华社发（梁子栋 摄）`: the wire that sent it before the brackets.
    static SENT_BY: OnceLock<Regex> = OnceLock::new();
    let sent_by = static_re(&SENT_BY, r"\s*\p{Han}{1,6}?(?:社|网|报)发\s*$");
    if para.ends_with([')', '）'])
        && let Some(open) = para.rfind(['(', '（'])
        && let before = sent_by.find(&para[..open]).map_or(&para[..open], |m| &para[..m.start()])
        && super::text::is_terminated(before)
        && let Some((c, CreditKind::Photo)) = parse_end_credit_folded(&para[open..], rules)
    {
        return Some((before.trim_end().to_string(), c));
    }
    // `…in 1979. (Herald file photo)`, `(Staff photo)`, `(Submitted photo)`:
    // the paper's own or a reader's picture, credited in brackets with no
    // one named.
    static UNNAMED: OnceLock<Regex> = OnceLock::new();
    let unnamed = static_re(
        &UNNAMED,
        r"\s\(((?:[A-Z][\w'’.&-]*|staff|file|submitted|contributed|courtesy|handout)\s+){1,4}(?i:photo|photograph|picture|image)s?\)$",
    );
    if let Some(m) = unnamed.find(para)
        && super::text::is_terminated(&para[..m.start()])
    {
        return Some((para[..m.start()].trim_end().to_string(), Credits::default()));
    }
    // `…on Sunday. THE CANADIAN PRESS/Darryl Dyck`: Canadian papers set the
    // wire and its photographer after the caption, unbracketed; the wire
    // must be one known, or a sentence ending `and/or Smith` would be cut.
    static WIRE_SLASH: OnceLock<Regex> = OnceLock::new();
    let wire_slash = static_re(
        &WIRE_SLASH,
        caption_then!(r#"\s+([A-Za-z][A-Za-z ]{1,40}?)\s*/\s*([A-Z][A-Za-z.'\-]+(?:\s+[A-Z][A-Za-z.'\-]+){0,3})$"#),
    );
    if let Some(c) = wire_slash.captures(para)
        && english_agency(&c[2], rules).is_some()
    {
        let credits = Credits { contributors: vec![title_case_caps(&c[3])], ..Credits::default() };
        return Some((c[1].to_string(), credits));
    }
    // `…on Monday. — PTI`, `… a rally. — Photo: Ravi Kumar`: Indian papers
    // dash the credit onto the caption (Gulf papers name theirs: `— KT photo: Shihab`). An agency or a `Photo:` label makes
    // it a photo's; a bare name after a dash may close a quotation.
    static DASHED: OnceLock<Regex> = OnceLock::new();
    let dashed = static_re(
        &DASHED,
        caption_then!(
            r#"\s*(?:—|–|--)\s*(?:(?:[A-Z]{2,5}\s+)?(?i:photos?|pics?|pix|pictures?)\s*:\s*([A-Z][A-Za-z.'\-]+(?:\s+[A-Z][A-Za-z.'\-]+){0,3})|([A-Za-z][A-Za-z. ]{1,30}))$"#
        ),
    );
    if let Some(c) = dashed.captures(para) {
        // `… on Monday. —RICHARD REYES`: a name in capitals after the dash is
        // the photographer's (or, closing a story, the correspondent's).
        let caps_name = |a: &str| {
            let words = word_count(a);
            !a.chars().any(char::is_lowercase) && (2..=4).contains(&words) && is_english_name(a)
        };
        // `— Special Arrangement`: an Indian paper's handout photo, no one
        // named; nor by `— FILE PHOTO`, `— HANDOUT`, `— SUPPLIED`.
        let unnamed = |a: &str| {
            let l = a.trim().to_lowercase();
            l == "special arrangement"
                || l.split_whitespace().all(|w| ["file", "photo", "picture", "handout", "supplied"].contains(&w))
                    && l.split_whitespace().any(|w| w != "photo" && w != "picture")
        };
        if c.get(3).is_some_and(|a| unnamed(a.as_str())) {
            return Some((c.get(1)?.as_str().to_string(), Credits::default()));
        }
        // `—INQUIRER PHOTO`, `— STAR PHOTO`: the paper's own picture, no one
        // named (`— AFP PHOTO`: the wire's, credited as a wire is).
        if let Some(a) = c.get(3)
            && let Some((owner, last)) = a.as_str().trim().rsplit_once(' ')
            && ["photo", "photos", "picture", "pictures"].contains(&last.to_ascii_lowercase().as_str())
            && owner.chars().all(|ch| ch.is_ascii_uppercase() || ch == ' ' || ch == '.')
        {
            let contributors = english_agency(owner, rules).into_iter().collect();
            return Some((c.get(1)?.as_str().to_string(), Credits { contributors, ..Credits::default() }));
        }
        // `… the City of Tshwane said. – Staff Reporter`: the desk signing the brief.
        if let Some(desk) = c.get(3).and_then(|a| parse_byline_line_folded(a.as_str().trim(), rules))
            && desk.desk.is_some()
            && desk.reporters.is_empty()
        {
            return Some((c.get(1)?.as_str().to_string(), desk));
        }
        let who = match (c.get(2), c.get(3)) {
            (Some(name), _) => Some(title_case_caps(name.as_str())),
            (None, Some(a)) => english_agency(a.as_str(), rules)
                .or_else(|| photo_agency(a.as_str()))
                .or_else(|| caps_name(a.as_str().trim()).then(|| title_case_caps(a.as_str().trim()))),
            _ => None,
        };
        if let Some(who) = who {
            let credits = Credits { contributors: vec![who], ..Credits::default() };
            return Some((c.get(1)?.as_str().to_string(), credits));
        }
    }
    // `… on Wednesday. | KYODO`, `… on Monday. | MARUYAMA ZOO / VIA KYODO`:
    // Japanese English-language papers credit the photo after a bar, in
    // capitals, the agency that passed it on after `VIA`.
    static BARRED: OnceLock<Regex> = OnceLock::new();
    let barred = static_re(
        &BARRED,
        caption_then!(r#"\s+\|\s+([A-Z][A-Z0-9.'&\- ]{1,40}?)(?:\s*/\s*VIA\s+[A-Z][A-Z.'&\- ]{1,30})?$"#),
    );
    if let Some(c) = barred.captures(para) {
        let who = english_agency(&c[2], rules).unwrap_or_else(|| title_case_caps(c[2].trim()));
        let credits = Credits { contributors: vec![who], ..Credits::default() };
        return Some((c[1].to_string(), credits));
    }
    // `… on Tuesday. PHOTO | JOHN NJOROGE | NATION` (Kenyan papers), `… on
    // Wednesday. — Tanveer Shahzad / White Star` (Pakistani): the
    // photographer, then the paper or agency.
    static PIPED: OnceLock<Regex> = OnceLock::new();
    let piped = static_re(
        &PIPED,
        caption_then!(
            r#"\s+(?:(?i:photos?|pictures?|pic)\s*\|\s*([A-Z][A-Za-z.'\-]+(?:\s+[A-Z][A-Za-z.'\-]+){1,3})\s*(?:\|\s*[A-Z][A-Za-z&' ]{1,30})?|(?:—|–|--)\s*([A-Z][A-Za-z.'\-]+(?:\s+[A-Z][A-Za-z.'\-]+){1,3})\s*/\s*[A-Z][A-Za-z&' ]{1,30})$"#
        ),
    );
    if let Some(c) = piped.captures(para)
        && let Some(name) = c.get(2).or(c.get(3))
        && is_english_name(name.as_str())
    {
        let credits = Credits { contributors: vec![title_case_caps(name.as_str())], ..Credits::default() };
        return Some((c[1].to_string(), credits));
    }
    // `… on June 8. PHOTO | FILE`: the same credit naming no one (a file
    // picture, a handout); the caption keeps its text, no one is credited.
    static PIPED_NO_ONE: OnceLock<Regex> = OnceLock::new();
    let piped_no_one = static_re(
        &PIPED_NO_ONE,
        caption_then!(r#"\s+(?i:photos?|pictures?|pic)\s*\|\s*([A-Za-z ]{2,24}?)\s*(?:\|\s*[A-Z][A-Za-z&' ]{1,30})?$"#),
    );
    if let Some(c) = piped_no_one.captures(para)
        && NO_ONE.contains(&c[2].trim().to_ascii_lowercase().as_str())
    {
        return Some((c[1].to_string(), Credits::default()));
    }
    // `… on Tuesday. Picture: Les Smith`, `… 1960s. PHOTO: SUPPLIED`,
    // `… on Sunday. PHOTO BY MIGUEL REYES`: Australian, New Zealand, Irish,
    // African and Philippine papers label the credit (Singapore's name the
    // paper first: `ST PHOTO: GAVIN FOO`; Indian ones after a bar: `| Photo
    // Credit: B. Jothi Ramalingam`); South African ones the agency after a
    // slash, its initials in brackets: `Picture: Doctor Ngcobo/African News
    // Agency (ANA)`.
    static LABELLED: OnceLock<Regex> = OnceLock::new();
    let labelled = static_re(
        &LABELLED,
        caption_then!(
            r#"\s+(?:\|\s*)?(?:[A-Z]{2,5}\s+|(?i:staff|file)\s+)?(?i:pictures?|pics?|pix|photos?|photograph|images?)(?:\s+(?i:credit))?(?:\s*[:/]|\s+(?i:by))\s*([A-Z][A-Za-z.'\-]*(?:\s+[A-Z][A-Za-z.'\-]*){0,4}(?:\s*/\s*[A-Z][A-Za-z.'\-]*(?:\s+[A-Z][A-Za-z.'\-]*){0,3}(?:\s*\([A-Z]{2,6}\))?)?)$"#
        ),
    );
    if let Some(c) = labelled.captures(para)
        && let Some(credits) = photographer(&c[2], rules)
    {
        return Some((c[1].to_string(), credits));
    }
    // `Passengers at the station on Wednesday   TOI PHOTO: ANINDYA
    // CHATTOPADHYAY`: Indian papers end a caption with no stop; the label,
    // capitalised and with its colon, tells the credit from the caption.
    static UNSTOPPED: OnceLock<Regex> = OnceLock::new();
    let unstopped = static_re(
        &UNSTOPPED,
        r#"^(.*?[\p{L}\d)])\s+(?:\|\s*)?(?:[A-Z]{2,5}\s+)?(?:PHOTOS?|PICTURES?|Photos?|Pictures?)\s*:\s*([A-Z][A-Za-z.'\-]*(?:\s+[A-Z][A-Za-z.'\-]*){0,4})$"#,
    );
    // (`… highway          Photo: File`: one word is a credit naming no one,
    // or a wire; a name is two words at least.)
    if let Some(c) = unstopped.captures(para)
        && word_count(&c[1]) >= 3
        && (word_count(&c[2]) >= 2
            || NO_ONE.contains(&c[2].to_ascii_lowercase().as_str())
            || english_agency(&c[2], rules).is_some())
        && let Some(credits) = photographer(&c[2], rules)
    {
        return Some((c[1].to_string(), credits));
    }
    // `… 50 yards freestyle. Picture courtesy of Berwick Record Office`: a
    // local weekly's archive picture credits who lent it.
    static COURTESY_RUN_IN: OnceLock<Regex> = OnceLock::new();
    let courtesy_run_in = static_re(
        &COURTESY_RUN_IN,
        caption_then!(
            r#"\s+(?i:(?:photos?|pictures?|images?)\s+courtesy\s+of)\s+(?:the\s+)?([A-Z][A-Za-z.'&\-]*(?:\s+[A-Z][A-Za-z.'&\-]*){0,5})$"#
        ),
    );
    if let Some(c) = courtesy_run_in.captures(para) {
        let credits = Credits { contributors: vec![title_case_caps(&c[2])], ..Credits::default() };
        return Some((c[1].to_string(), credits));
    }
    // `… after Sunday's commencement. Courtesy photo`, `… in 1961. File
    // photo`: a weekly's note on where the picture came from, run in after
    // the caption, naming no one.
    static SOURCE_RUN_IN: OnceLock<Regex> = OnceLock::new();
    let source_run_in = static_re(
        &SOURCE_RUN_IN,
        caption_then!(
            r#"\s+(?i:(?:courtesy|submitted|contributed|file|handout|staff)\s+(?:photos?|pictures?|images?))\.?$"#
        ),
    );
    if let Some(c) = source_run_in.captures(para) {
        return Some((c[1].to_string(), Credits::default()));
    }
    // `… in Old Harbour Bay. Ian Allen/Photographer`: the Gleaner names the
    // photographer and the role after a slash.
    static NAME_ROLE: OnceLock<Regex> = OnceLock::new();
    let name_role = static_re(
        &NAME_ROLE,
        caption_then!(
            r#"\s+([A-Z][A-Za-z.'\-]+(?:\s+[A-Z][A-Za-z.'\-]+){1,3})\s*/\s*(?i:(?:staff\s+|senior\s+)?photographer|photo\s+editor|contributor)$"#
        ),
    );
    if let Some(c) = name_role.captures(para) {
        let credits = Credits { contributors: vec![title_case_caps(&c[2])], ..Credits::default() };
        return Some((c[1].to_string(), credits));
    }
    // `… council meeting. IAIN MCGREGOR/STUFF`: New Zealand papers set the
    // photographer and the paper in capitals after the caption.
    static CAPS_SLASH: OnceLock<Regex> = OnceLock::new();
    let caps_slash = static_re(
        &CAPS_SLASH,
        caption_then!(
            r#"\s+((?:Ma?c)?[A-Z][A-Z'\-]+(?:\s+(?:Ma?c)?[A-Z][A-Z'\-]+){1,3})\s*/\s*([A-Z][A-Z&'\-]*(?:\s+[A-Z][A-Z&'\-]*){0,3})$"#
        ),
    );
    if let Some(c) = caps_slash.captures(para)
        && !c[2].split_whitespace().any(|w| HEADLINE_SMALL_WORDS.contains(&title_case_caps(w).as_str()))
    {
        let credits = Credits { contributors: vec![title_case_caps(&c[2])], ..Credits::default() };
        return Some((c[1].to_string(), credits));
    }
    // `… since 1824. MARCUS WEBB FOR THE STAR-LEDGER`: American papers credit
    // a freelance's photo in capitals with the paper it was taken for.
    static CAPS_FOR: OnceLock<Regex> = OnceLock::new();
    let caps_for = static_re(
        &CAPS_FOR,
        caption_then!(
            r#"\s+([A-Z][A-Z'\-]+(?:\s+[A-Z][A-Z.'\-]*){1,3})\s+FOR\s+(?:THE\s+)?[A-Z][A-Z&'.\-]*(?:\s+[A-Z][A-Z&'.\-]*){0,3}$"#
        ),
    );
    if let Some(c) = caps_for.captures(para)
        && let Some(names) = super::segment::names_in_capitals(&c[2]).filter(|n| n.len() == 1)
    {
        let credits = Credits { contributors: names, ..Credits::default() };
        return Some((c[1].to_string(), credits));
    }
    // `… in Cebu City. PNA PHOTO`, `… on Monday. INQUIRER PHOTO`: the wire's
    // or the paper's own picture, run in after the caption in capitals with
    // no dash; no one is named (read as a name below, `Pna Photo` was the
    // photographer). A wire is credited as one is.
    static OWNER_PHOTO: OnceLock<Regex> = OnceLock::new();
    let owner_photo = static_re(
        &OWNER_PHOTO,
        r#"^(.*[.!?"”’])\s+([A-Z][A-Z.&'\-]*(?:\s+[A-Z][A-Z.&'\-]*){0,2})\s+(?:PHOTOS?|PICTURES?)$"#,
    );
    if let Some(c) = owner_photo.captures(para)
        && word_count(&c[1]) <= 30
    {
        let contributors = english_agency(&c[2], rules).into_iter().collect();
        return Some((c[1].to_string(), Credits { contributors, ..Credits::default() }));
    }
    // `… at Bali Hai pier in Pattaya. CHAIWAT SATYAEMWONG`: Thai papers set
    // the photographer's name in capitals after a caption of a sentence or
    // two (not after a story's paragraph, which may end on capitals).
    static CAPS_CREDIT: OnceLock<Regex> = OnceLock::new();
    let caps_credit = static_re(&CAPS_CREDIT, r#"^(.*[.!?"”’])\s+([A-Z][A-Z'\-]+(?:\s+[A-Z][A-Z'\-]+){1,2})$"#);
    if let Some(c) = caps_credit.captures(para)
        && word_count(&c[1]) <= 30
        && let Some(names) = super::segment::names_in_capitals(&c[2])
    {
        let credits = Credits { contributors: names, ..Credits::default() };
        return Some((c[1].to_string(), credits));
    }
    // `图：义工探访独居长者 记者 李志强 摄`: a labelled caption, often
    // without a full stop, and its credit after a gap; the credit must name
    // the role, or a caption's last words could be taken for a name.
    static LABELLED_TRAIL: OnceLock<Regex> = OnceLock::new();
    let labelled_trail = static_re(
        &LABELLED_TRAIL,
        r"^(.+?)[ \u{3000}]+(\p{Han}{0,8}?(?:记者|通讯员)[ \u{3000}]*[\p{Han}·]{1,4}(?:[ \u{3000}]+[\p{Han}·]{1,4}){0,3})[ \u{3000}]*[/／]?[ \u{3000}]*摄(?:影)?$",
    );
    if let Some(c) = labelled_trail.captures(para)
        && super::segment::has_caption_label(&c[1])
        && c[1].chars().count() > 3
        && let Some((credits, CreditKind::Photo)) = parse_end_credit(&format!("{}摄", &c[2]), rules)
    {
        return Some((c[1].trim_end().to_string(), credits));
    }
    // `图为团队成员调试设备。　受访者供图`, `…剧照。　片方供图`: the source
    // of the picture after a gap; a source such as 受访者 names no one.
    static SUPPLIED: OnceLock<Regex> = OnceLock::new();
    // (`…测试。　图片由受访者提供`: the same said in a sentence of its own.)
    let supplied = static_re(
        &SUPPLIED,
        r"^(.*[。！？”）)])([ \u{3000}]*)(?:(\p{Han}{2,10}?)供图|(?:图片|照片|图)由(\p{Han}{2,10}?)提供)$",
    );
    // (`…觅食。通讯员供图`, `…剧照。片方供图`: set close, the source must be
    // one naming no one, or a sentence's last words could be taken for it.)
    if let Some(c) = supplied.captures(para)
        && let Some(source) = c.get(3).or_else(|| c.get(4)).map(|m| m.as_str())
        && (!c[2].is_empty() || NO_ONE_NAMED.contains(&source) || ["通讯员", "本报通讯员"].contains(&source))
    {
        let c = [&c[1], source];
        let contributors = if NO_ONE_NAMED.contains(&c[1]) || c[1].ends_with("通讯员") {
            Vec::new()
        } else {
            vec![c[1].to_string()]
        };
        return Some((c[0].trim_end().to_string(), Credits { contributors, ..Credits::default() }));
    }
    // `6月17日，郑钦文在比赛中回球。　新华社发`: a wire's photo, no
    // photographer named, credited after the caption as `新华社发（张三 摄）` is;
    // `…桑巴游行。　新华社/法新` names the foreign wire it took the photo from.
    static WIRE_SENT: OnceLock<Regex> = OnceLock::new();
    let wire_sent = static_re(&WIRE_SENT, r"^(.*[。！？”）)])[ \u{3000}]*(\p{Han}{2,8}?)(?:发|[/／](\p{Han}{2,4}))$");
    if let Some(c) = wire_sent.captures(para)
        && let Some(agency) = rules.agencies.iter().find(|a| **a == c[2])
        && c.get(3).is_none_or(|from| rules.agencies.iter().any(|a| a.starts_with(from.as_str())))
    {
        let credits = Credits { contributors: vec![agency.clone()], ..Credits::default() };
        return Some((c[1].trim_end().to_string(), credits));
    }
    if let Some(found) = unstopped_caption_credit(para, rules) {
        return Some(found);
    }
    static TRAIL: OnceLock<Regex> = OnceLock::new();
    // Single characters are the halves of a padded name (`王  斌`); Taiwanese
    // papers label the photo's credit (`…视察工地。图／记者黄仲裕摄`).
    let re = static_re(
        &TRAIL,
        r"^(.*[。！？”）)])\s*[(（]?\s*(?:图\s*[/／:：]\s*)?((?:\p{Han}{0,8}?(?:[·•・][\p{Han}+]{1,6}?)?(?:记者|記者|通讯员|通訊員))?\s*[\p{Han}·]{1,4}(?:\s+[\p{Han}·]{1,4}){0,3})\s*[/／]?\s*(?:摄|攝)(?:影)?\s*[)）]?$",
    );
    let c = re.captures(para)?;
    // The brackets, if any, must pair up.
    let tail = &para[c.get(1)?.end()..];
    if tail.trim_start().starts_with(['(', '（']) != tail.ends_with([')', '）']) {
        return None;
    }
    // `中青报·中青网记者 李峥苨/摄`, `（記者李秀蘭／攝影）`: the role read as
    // the simplified word, the name kept as printed.
    let who = c.get(2)?.as_str().replace("記者", "记者").replace("通訊員", "通讯员");
    let (credits, _) = parse_end_credit(&format!("{who}摄"), rules)?;
    Some((c.get(1)?.as_str().trim_end().to_string(), credits))
}

/// `wires`, `the wires`, `news agencies`, `Herald wires`: wire copy a tag
/// line says went into a story without naming the wire (a paper may name
/// its own wire desk before the word).
fn is_unnamed_wires(n: &str) -> bool {
    let t = n.trim().trim_end_matches('.').to_lowercase();
    let t = t.strip_prefix("the ").unwrap_or(&t);
    let words: Vec<&str> = t.split_whitespace().collect();
    match words.as_slice() {
        [] => false,
        [.., "wire", "services" | "reports"] | [.., "agency", "reports"] => words.len() <= 4,
        [.., last] => ["wires", "agencies"].contains(last) && words.len() <= 3,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issue3_words_and_pictures_by_the_papers_own_make_the_story_the_papers() {
        let r = ImportRules::default();
        let c = parse_byline_line("文/本报记者 郑华  图/本报记者 冯涛", &r).unwrap();
        assert_eq!(
            (c.reporters, c.contributors, c.agency.as_deref()),
            (vec!["郑华".into()], vec!["冯涛".into()], Some("本报"))
        );
        let c = parse_byline_line("撰文：南方日报记者 林可　摄影：马骏", &r).unwrap();
        assert_eq!((c.reporters, c.agency.as_deref()), (vec!["林可".into()], Some("南方日报")));
        // Names alone say no paper; nor does the photographer's paper alone.
        assert_eq!(parse_byline_line("文/郑华 图/冯涛", &r).unwrap().agency, None);
        assert_eq!(parse_byline_line("文/郑华 图/本报记者 冯涛", &r).unwrap().agency, None);
    }

    #[test]
    fn issue3_a_typeset_apostrophe_in_a_name_is_read_as_the_plain_one() {
        let r = ImportRules::default();
        for line in ["By Sarah O’Connor", "BY SARAH O’CONNOR", "By Sarah O'Connor"] {
            let c = parse_byline_line(line, &r).unwrap_or_else(|| panic!("{line}"));
            assert_eq!(c.reporters, vec!["Sarah O'Connor"], "{line}");
        }
        let c = parse_byline_line("BY SARAH O’CONNOR AND JAMES LEE", &r).unwrap();
        assert_eq!(c.reporters, vec!["Sarah O'Connor", "James Lee"]);
        assert_eq!(super::super::text::straight_apostrophes("the ‘Valley’ project’s"), "the ‘Valley’ project's");
    }

    #[test]
    fn a_writer_with_the_wire_names_both() {
        let r = ImportRules::default();
        for line in ["Tom Baxter, with AAP", "By Tom Baxter with AAP"] {
            let c = parse_byline_line(line, &r).unwrap();
            assert_eq!((c.reporters, c.agency.as_deref()), (vec!["Tom Baxter".to_string()], Some("AAP")), "{line}");
        }
        assert!(parse_byline_line("Farmers with drought aid", &r).is_none_or(|c| c.agency.is_none()));
    }

    #[test]
    fn editorial_label_is_no_role_line() {
        let r = ImportRules::default();
        assert!(parse_byline_line("EDITORIAL", &r).is_none());
        assert!(parse_byline_line("Editorials", &r).is_none());
        assert_eq!(parse_byline_line("Staff Writers", &r).map(|c| c.names_no_one()), Some(true));
        assert_eq!(parse_byline_line("Senior Editor", &r).map(|c| c.names_no_one()), Some(true));
    }

    #[test]
    fn correspondents_posted_abroad() {
        let r = ImportRules::default();
        let c = parse_byline_line("本报驻东京记者  王晓明", &r).unwrap();
        assert_eq!((c.reporters, c.agency.as_deref()), (vec!["王晓明".to_string()], Some("本报")));
        let c = parse_byline_line("新华社驻开罗记者 张 伟 李明", &r).unwrap();
        assert_eq!((c.reporters, c.agency.as_deref()), (vec!["张伟".to_string(), "李明".to_string()], Some("新华社")));
        let (c, _) = parse_lead("本报东京4月19日电（驻日本记者王晓明）日本政府19日宣布，…", &r).unwrap();
        assert_eq!(c.reporters, vec!["王晓明"]);
        let (text, c) = strip_trailing_author("出口疲软是主要原因。（本报驻德国记者 李强）", &r).unwrap();
        assert_eq!((text.as_str(), c.reporters), ("出口疲软是主要原因。", vec!["李强".to_string()]));
        // Where a correspondent is posted is no headline's verb phrase.
        assert!(parse_byline_line("驻村第一书记的一天", &r).is_none());
    }

    #[test]
    fn county_bureau_bylines() {
        let r = ImportRules::default();
        let c = parse_byline_line("本报淇县记者站 刘春雨", &r).unwrap();
        assert_eq!((c.reporters, c.agency.as_deref()), (vec!["刘春雨".to_string()], Some("本报")));
        let c = parse_byline_line("本报浚县记者站记者 王  斌 李明", &r).unwrap();
        assert_eq!(c.reporters, vec!["王斌", "李明"]);
        assert!(c.dateline.is_none());
        let (c, _) = parse_lead("本报讯(淇县记者站 刘春雨)近日,淇县启动行动。", &r).unwrap();
        assert_eq!(c.reporters, vec!["刘春雨"]);
        let (_, c) = strip_trailing_author("完成改造。（本报浚县记者站 王 斌）", &r).unwrap();
        assert_eq!(c.reporters, vec!["王斌"]);
        // The lead's credits in any order, the paper's name before the role or not.
        for lead in [
            "本报讯(通讯员 张晓光 本报记者 赵一鸣)近日,浚县举行大赛。",
            "本报讯（本报记者 赵一鸣 通讯员 张晓光）近日,浚县举行大赛。",
            "本报讯 (记者赵一鸣 通讯员张晓光) 近日,浚县举行大赛。",
        ] {
            let (c, _) = parse_lead(lead, &r).unwrap();
            assert_eq!(
                (c.reporters, c.contributors),
                (vec!["赵一鸣".to_string()], vec!["张晓光".to_string()]),
                "{lead}"
            );
        }
        // A sentence about a bureau is no byline.
        assert_eq!(parse_byline_line("本报淇县记者站成立十周年", &r), None);
    }

    #[test]
    fn a_media_centre_signs_with_its_writers() {
        let r = ImportRules::default();
        // (A centre's writers are its reporters; on a story the paper's lead
        // claims, segmentation makes them contributors.)
        let (text, c) = strip_trailing_author("解答咨询40余人次。(鹤山区融媒体中心 王丽娟)", &r).unwrap();
        assert_eq!(
            (text.as_str(), c.reporters, c.agency.as_deref()),
            ("解答咨询40余人次。", vec!["王丽娟".to_string()], Some("鹤山区融媒体中心"))
        );
        let (_, c) = strip_trailing_author("完成改造。（淇县县委宣传部 李 华 张强）", &r).unwrap();
        assert_eq!(c.contributors, vec!["李华", "张强"]);
        // A unit that is not a newsroom's is no signature.
        assert!(strip_trailing_author("完成改造。（市第一人民医院 李华）", &r).is_none());
    }

    #[test]
    fn issue3_end_credits_naming_people_before_their_work_or_closed_by_reporting() {
        let r = ImportRules::default();
        let cases: [(&str, &[&str], &[&str]); 6] = [
            ("（王五 文）", &["王五"], &[]),
            ("（通讯员 王五 文）", &[], &["王五"]),
            ("（记者 孙丽/文 周强/图）", &["孙丽"], &["周强"]),
            ("（钱多多 文/图）", &["钱多多"], &[]),
            ("（记者 赵敏 实习生 钱多多 报道）", &["赵敏"], &["钱多多"]),
            ("（本报记者 吴桐 报道）", &["吴桐"], &[]),
        ];
        for (credit, reporters, contributors) in cases {
            let (text, c) = strip_trailing_author(&format!("市第十届运动会昨日开幕。{credit}"), &r)
                .unwrap_or_else(|| panic!("{credit}"));
            assert_eq!(text, "市第十届运动会昨日开幕。", "{credit}");
            assert_eq!(
                (c.reporters, c.contributors),
                (
                    reporters.iter().map(|s| s.to_string()).collect(),
                    contributors.iter().map(|s| s.to_string()).collect::<Vec<_>>()
                ),
                "{credit}"
            );
        }
        // Not people and their work: a pointer to a picture, a paper.
        for credit in ["（详见图）", "（人民日报 文）", "（据新华社报道）"] {
            let found = strip_trailing_author(&format!("市第十届运动会昨日开幕。{credit}"), &r);
            assert!(found.as_ref().is_none_or(|(_, c)| c.reporters.is_empty()), "{credit}: {found:?}");
        }
    }

    #[test]
    fn issue3_writers_sharing_a_role_without_by() {
        let r = ImportRules::default();
        let two = vec!["Jane Doe".to_string(), "John Roe".to_string()];
        for line in [
            "Jane Doe and John Roe, Tribune Staff Writers",
            "Jane Doe and John Roe, Staff Writers",
            "JANE DOE AND JOHN ROE, Staff Writers",
            "Jane Doe & John Roe | Staff Writers",
        ] {
            let c = parse_byline_line(line, &r).unwrap_or_else(|| panic!("{line}"));
            assert_eq!((&c.reporters, c.agency.as_deref()), (&two, None), "{line}");
        }
        let c = parse_byline_line("Jane Doe, John Roe and Ann Lee, Associated Press", &r).unwrap();
        assert_eq!((c.reporters.len(), c.agency.as_deref()), (3, Some("Associated Press")));
        // Names without a role or wire, or a firm's, are no byline here.
        for line in ["Jane Doe and John Roe", "Smith and Wesson, Inc", "Parks and Recreation, Riverton"] {
            assert_eq!(parse_byline_line(line, &r), None, "{line}");
        }
    }

    #[test]
    fn issue3_a_unit_and_its_writer_sign_a_brief_run_together_or_apart() {
        let r = ImportRules::default();
        // Run together as the spaced credit reads.
        for inner in ["鹤山区融媒体中心王丽娟", "鹤山区融媒体中心 王丽娟"] {
            let (text, c) = strip_trailing_author(&format!("解答咨询40余人次。({inner})"), &r).unwrap();
            assert_eq!(
                (text.as_str(), c.reporters, c.agency.as_deref()),
                ("解答咨询40余人次。", vec!["王丽娟".to_string()], Some("鹤山区融媒体中心")),
                "{inner}"
            );
        }
        // A government office's writer sent the piece in.
        for inner in ["淇滨区人社局 李明", "淇滨区人社局李明", "县司法所 王芳", "市疾控中心刘洋"]
        {
            let (_, c) = strip_trailing_author(&format!("提供岗位2000余个。（{inner}）"), &r).unwrap();
            assert_eq!(c.contributors.len(), 1, "{inner}: {c:?}");
            assert!(c.reporters.is_empty() && c.agency.is_none(), "{inner}: {c:?}");
        }
        // Still no signature: a hospital's (the expert asked, perhaps), a
        // website, words after an office.
        for inner in ["市第一人民医院李华", "详见市人社局网站", "市人社局发布"] {
            assert!(strip_trailing_author(&format!("提供岗位2000余个。（{inner}）"), &r).is_none(), "{inner}");
        }
        // The paper's own bureau signs with its reporters.
        let (_, c) = strip_trailing_author("完成改造。（本报浚县记者站 王 斌）", &r).unwrap();
        assert_eq!(c.reporters, vec!["王斌"]);
    }

    #[test]
    fn a_special_pages_credit_names_its_department() {
        assert_eq!(parse_page_credit("本版由市水利局协办").as_deref(), Some("市水利局"));
        assert_eq!(parse_page_credit("本版稿件由市水利局提供").as_deref(), Some("市水利局"));
        assert_eq!(parse_page_credit("（本版图片由市文明办提供）").as_deref(), Some("市文明办"));
        assert_eq!(parse_page_credit("本版由市委宣传部、市文明办联合主办"), None, "two units: kept as text");
        assert_eq!(parse_page_credit("本版由市水利局协办。全市节水工作取得新进展"), None);
    }

    #[test]
    fn outlet_app_leads_with_their_date() {
        let r = ImportRules::default();
        let (c, at) = parse_lead("央视新闻客户端4月19日消息  美国股市三大股指19日全线下跌。", &r).unwrap();
        assert_eq!(c.agency.as_deref(), Some("央视新闻"));
        assert_eq!(c.dateline.as_ref().and_then(|d| d.day), Some(19));
        assert_eq!(c.dateline.as_ref().and_then(|d| d.place.clone()), None);
        assert_eq!(
            &"央视新闻客户端4月19日消息  美国股市三大股指19日全线下跌。"[at..],
            "美国股市三大股指19日全线下跌。"
        );
        let (c, _) = parse_lead("人民网北京4月19日电 （记者 王连香）国家统计局19日发布数据。", &r).unwrap();
        assert_eq!((c.agency.as_deref(), c.reporters), (Some("人民网"), vec!["王连香".to_string()]));
    }

    #[test]
    fn issue3_an_outlets_news_without_a_day_leads_its_copy() {
        let r = ImportRules::default();
        for (lead, text) in [
            ("央视网消息（新闻联播）：受冷空气影响，北方多地迎来降雪。", "受冷空气影响，北方多地迎来降雪。"),
            ("央视网消息：受冷空气影响，北方多地迎来降雪。", "受冷空气影响，北方多地迎来降雪。"),
            ("新华社消息　国务院近日印发通知。", "国务院近日印发通知。"),
        ] {
            let (c, at) = parse_lead(lead, &r).unwrap_or_else(|| panic!("{lead}"));
            assert!(matches!(c.agency.as_deref(), Some("央视网" | "新华社")), "{lead}: {c:?}");
            assert_eq!(&lead[at..], text);
        }
        // A sentence about a wire's news, or an outlet not known, leads nothing.
        assert!(parse_lead("新华社消息称，国务院近日印发通知。", &r).is_none());
        assert!(parse_lead("小区消息：本周六停水。", &r).is_none());
    }

    #[test]
    fn compiled_story_lead_names_its_first_source() {
        let r = ImportRules::default();
        let lead = |t: &str| parse_lead(t, &r).map(|(c, at)| (c.agency, t[at..].to_string()));
        assert_eq!(
            lead("本报综合新华社、央视报道 据日本气象厅消息，日本东北部海域发生地震。"),
            Some((Some("新华社".into()), "据日本气象厅消息，日本东北部海域发生地震。".into()))
        );
        assert_eq!(
            lead("本报综合报道：近日，多地迎来降雨。"),
            Some((Some("本报".into()), "近日，多地迎来降雨。".into()))
        );
        assert_eq!(lead("综合考虑各方意见后，市政府决定延期。"), None);
    }

    fn rules() -> ImportRules {
        ImportRules::default()
    }

    #[test]
    fn issue3_a_taiwanese_desk_credits_its_compiled_story() {
        let r = ImportRules::default();
        for (lead, place) in [
            ("〔即時新聞／綜合報導〕花蓮近日地震頻傳。", None),
            ("〔國際新聞中心／綜合外電報導〕美國聯準會昨宣布降息。", None),
            ("【即時新聞／台北報導】北市今起調整公車路線。", Some("台北")),
        ] {
            let (c, at) = parse_lead(lead, &r).unwrap_or_else(|| panic!("{lead}"));
            // (The paper as a traditional page prints it.)
            assert_eq!(c.agency.as_deref(), Some("本報"), "{lead}");
            assert!(c.reporters.is_empty(), "{lead}");
            assert_eq!(c.dateline.and_then(|d| d.place).as_deref(), place, "{lead}");
            assert!(!lead[at..].starts_with(['〕', '】']), "{lead}");
        }
    }

    #[test]
    fn taiwanese_reported_from_bylines() {
        let r = ImportRules::default();
        let c = parse_byline_line("記者王小明／台北報導", &r).unwrap();
        assert_eq!(c.reporters, vec!["王小明"]);
        assert_eq!(c.dateline.unwrap().place.as_deref(), Some("台北"));
        let c = parse_byline_line("記者張志豪/台中報導", &r).unwrap();
        assert_eq!(c.reporters, vec!["張志豪"]);
        let c = parse_byline_line("【記者李大華、陳怡君／高雄報導】", &r).unwrap();
        assert_eq!(c.reporters, vec!["李大華", "陳怡君"]);
        let (c, at) = parse_lead("【記者李大華／高雄報導】高雄輕軌昨天通車。", &r).unwrap();
        assert_eq!(
            (c.reporters[0].as_str(), &"【記者李大華／高雄報導】高雄輕軌昨天通車。"[at..]),
            ("李大華", "高雄輕軌昨天通車。")
        );
        // The Liberty Times sets it in tortoise-shell brackets.
        let p = "〔記者蔡淑媛／台中報導〕台中捷運藍線綜合規劃昨獲行政院核定。";
        let (c, at) = parse_lead(p, &r).unwrap();
        assert_eq!((c.reporters[0].as_str(), &p[at..]), ("蔡淑媛", "台中捷運藍線綜合規劃昨獲行政院核定。"));
        assert_eq!(c.dateline.unwrap().place.as_deref(), Some("台中"));
        let c = parse_byline_line("〔記者彭健禮／苗栗報導〕", &r).unwrap();
        assert_eq!(c.reporters, vec!["彭健禮"]);
        let c = parse_byline_line("編譯 張文／綜合報導", &r).unwrap();
        assert_eq!((c.reporters, c.dateline), (vec!["張文".to_string()], None));
        let c = parse_byline_line("中央社記者吳家豪／綜合報導", &r).unwrap();
        assert_eq!((c.agency.as_deref(), c.dateline), (Some("中央社"), None));
        assert!(parse_byline_line("記者會／台北報導", &r).is_none());
    }

    #[test]
    fn bracketed_wire_lead() {
        let r = ImportRules::default();
        let p = "（中央社記者吳家豪台北13日電）經濟部水利署今天表示，";
        let (c, at) = parse_lead(p, &r).unwrap();
        assert_eq!((c.reporters, c.agency.as_deref()), (vec!["吳家豪".to_string()], Some("中央社")));
        let d = c.dateline.unwrap();
        assert_eq!((d.place.as_deref(), d.day), (Some("台北"), Some(13)));
        assert_eq!(&p[at..], "經濟部水利署今天表示，");
        assert!(parse_lead("（新华社北京3月9日电 记者到场", &r).is_none());
    }

    #[test]
    fn colon_datelines_and_unnamed_credits() {
        let r = ImportRules::default();
        let p = "NEW DELHI: Commuters will pay more.";
        let (c, at) = parse_lead(p, &r).unwrap();
        assert_eq!((c.dateline.unwrap().place.as_deref(), &p[at..]), (Some("New Delhi"), "Commuters will pay more."));
        let p = "MUMBAI : The court ruled.";
        assert_eq!(&p[parse_lead(p, &r).unwrap().1..], "The court ruled.");
        assert!(is_colon_dateline(p, &r));
        let (c, _) = parse_lead("CHENNAI, Feb. 19 (PTI): The State government said.", &r).unwrap();
        let d = c.dateline.unwrap();
        assert_eq!(
            (d.place.as_deref(), d.month, d.day, c.agency.as_deref()),
            (Some("Chennai"), Some(2), Some(19), Some("PTI"))
        );
        assert!(!is_colon_dateline("SPRINGFIELD — The council met.", &r));
        assert!(parse_lead("THE HAGUE: The court ruled.", &r).is_some());
        for p in [
            "NOTE: The figures are provisional.",
            "Q: Why now?",
            "WASHINGTON POST: The paper said.",
            "UPDATE: Roads reopened.",
            "POLL: Readers back the plan.",
        ] {
            assert!(parse_lead(p, &r).is_none(), "{p}");
        }
        for line in
            ["Staff Reporter", "Special Correspondent", "Our Bureau", "Our Correspondent", "Legal Correspondent"]
        {
            assert_eq!(parse_byline_line(line, &r).map(|c| c.names_no_one()), Some(true), "{line}");
        }
        for (line, agency) in [
            ("PTI", "PTI"),
            ("IANS", "IANS"),
            ("PA", "PA Media"),
            ("Reuters", "Reuters"),
            ("Tribune News Service", "Tribune News Service"),
        ] {
            assert_eq!(parse_byline_line(line, &r).unwrap().agency.as_deref(), Some(agency), "{line}");
        }
        assert_eq!(parse_byline_line("By DAVID MORGAN Political Editor", &r).unwrap().reporters, vec!["David Morgan"]);
        let c = parse_byline_line("By Tom Harris Home Affairs Correspondent", &r).unwrap();
        assert_eq!(c.reporters, vec!["Tom Harris"]);
        assert_eq!(parse_byline_line("By Mary Ann Smith", &r).unwrap().reporters, vec!["Mary Ann Smith"]);
    }

    #[test]
    fn indian_desk_credits_name_no_one() {
        let r = ImportRules::default();
        for line in [
            "By Our Staff Reporter",
            "By Special Correspondent",
            "Our Special Correspondent",
            "HT Correspondent",
            "ET Bureau",
            "DC CORRESPONDENT",
        ] {
            assert_eq!(parse_byline_line(line, &r).map(|c| c.names_no_one()), Some(true), "{line}");
        }
        // (The paper's initials before the role sign for its desk, the initials kept.)
        assert_eq!(parse_byline_line("DC CORRESPONDENT", &r).unwrap().writers(), vec!["DC Correspondent"]);
        // The desk stands for the writer where no one is named.
        assert_eq!(parse_byline_line("By Our Staff Reporter", &r).unwrap().writers(), vec!["Staff Reporter"]);
        // The Times of India's news service names no one either; it is the agency.
        for (line, agency) in [("TNN", "TNN"), ("DHNS", "DHNS"), ("Express News Service", "Express News Service")] {
            let c = parse_byline_line(line, &r).unwrap();
            assert_eq!((c.reporters.len(), c.agency.as_deref()), (0, Some(agency)));
        }
        let d = parse_byline_line("HYDERABAD, JUNE 17", &r).unwrap().dateline.unwrap();
        assert_eq!((d.place.as_deref(), d.month, d.day), (Some("Hyderabad"), Some(6), Some(17)));
        assert!(parse_byline_line("HYDERABAD, JUNE", &r).is_none_or(|c| c.dateline.is_none()));
        // The Deccan Chronicle's reporter, then the paper's initials.
        assert_eq!(parse_byline_line("KANIZA GARARI | DC", &r).unwrap().reporters, vec!["Kaniza Garari"]);
        assert_eq!(parse_byline_line("Kaniza Garari | DC", &r).unwrap().reporters, vec!["Kaniza Garari"]);
        assert!(parse_byline_line("Rates rise | RBI", &r).is_none_or(|c| c.reporters.is_empty()));
        for line in ["NEWS", "By Our Own Hands", "Transport News"] {
            assert_ne!(parse_byline_line(line, &r).map(|c| c.names_no_one()), Some(true), "{line}");
        }
    }

    #[test]
    fn plain_case_town_datelines_need_their_date() {
        let r = ImportRules::default();
        let p = "Mumbai, March 3 (PTI) — The weather office said.";
        let (c, at) = parse_lead(p, &r).unwrap();
        let d = c.dateline.unwrap();
        assert_eq!(
            (d.place.as_deref(), d.month, d.day, c.agency.as_deref(), &p[at..]),
            (Some("Mumbai"), Some(3), Some(3), Some("PTI"), "The weather office said.")
        );
        let p = "Navi Mumbai, Jan 9: A fire broke out.";
        let (c, at) = parse_lead(p, &r).unwrap();
        assert_eq!((c.dateline.unwrap().place.as_deref(), &p[at..]), (Some("Navi Mumbai"), "A fire broke out."));
        assert!(is_colon_dateline(p, &r));
        for p in ["Priya Nair — a teacher said.", "Last Friday, March 3 — it rained.", "Mumbai — The city said."]
        {
            assert!(parse_lead(p, &r).is_none(), "{p}");
        }
    }

    #[test]
    fn splits_run_together_names() {
        let r = rules();
        assert_eq!(split_names("周圆王舒一", &r), vec!["周圆", "王舒一"]);
        assert_eq!(split_names("王芳李娜", &r), vec!["王芳", "李娜"]);
        assert_eq!(split_names("张建新徐鹏航", &r), vec!["张建新", "徐鹏航"]);
        assert_eq!(split_names("欧阳晓明", &r), vec!["欧阳晓明"]);
        assert_eq!(split_names("马飞", &r), vec!["马飞"]);
        assert_eq!(split_names("李冯鑫", &r), vec!["李冯鑫"]);
    }

    #[test]
    fn english_bylines_that_name_no_one() {
        let r = rules();
        for line in
            ["Staff report", "From staff reports", "Special to The Courier", "For The Courier", "For the Daily News"]
        {
            assert_eq!(parse_byline_line(line, &r).map(|c| c.names_no_one()), Some(true), "{line}");
        }
        for line in ["For the record", "Staff reports rising costs", "For Sale"] {
            assert_eq!(parse_byline_line(line, &r), None, "{line}");
        }
    }

    #[test]
    fn compiled_by_and_with_files_from() {
        let r = rules();
        assert_eq!(parse_byline_line("Compiled by Sarah Okafor", &r).unwrap().reporters, vec!["Sarah Okafor"]);
        let (c, k) = parse_end_credit("With files from Tom Becker and The Associated Press", &r).unwrap();
        assert_eq!(k, CreditKind::People);
        assert_eq!(c.contributors, vec!["Tom Becker", "Associated Press"]);
        assert!(parse_end_credit("With files from the archive, we rebuilt the story.", &r).is_none());
        // Indian papers say it with `inputs`.
        let (c, _) = parse_end_credit("With inputs from PTI and Asha Rao", &r).unwrap();
        assert_eq!(c.contributors, vec!["PTI", "Asha Rao"]);
    }

    #[test]
    fn bracketed_place_and_day_leads() {
        let r = rules();
        let p = "（吉隆坡3日讯）吉隆坡市政局今日宣布";
        let (c, at) = parse_lead(p, &r).unwrap();
        assert_eq!(&p[at..], "吉隆坡市政局今日宣布");
        assert_eq!(c.agency, None);
        let d = c.dateline.unwrap();
        assert_eq!((d.place.as_deref(), d.month, d.day), (Some("吉隆坡"), None, Some(3)));
        let (c, at) = parse_lead("（怡保26日讯）报导：李秀珍", &r).unwrap();
        assert_eq!((c.reporters, at), (vec!["李秀珍".to_string()], "（怡保26日讯）报导：李秀珍".len()));
        let (c, _) = parse_lead("（本报新山3日讯）新山关卡", &r).unwrap();
        assert_eq!(c.agency.as_deref(), Some("本报"));
        let (c, _) = parse_lead("（新华社北京3日电）中国海关", &r).unwrap();
        assert_eq!(c.agency.as_deref(), Some("新华社"));
        assert_eq!(c.dateline.unwrap().place.as_deref(), Some("北京"));
        // A bracketed aside in a sentence is no lead.
        assert!(parse_lead("（3日讯）正文", &r).is_none());
        assert!(parse_lead("（截至3日）正文", &r).is_none());
    }

    #[test]
    fn work_labelled_bylines() {
        let r = rules();
        assert_eq!(parse_byline_line("报道:黄慧敏", &r).unwrap().reporters, vec!["黄慧敏"]);
        let c = parse_byline_line("报道/摄影：吴俊杰", &r).unwrap();
        assert_eq!((c.reporters, c.contributors), (vec!["吴俊杰".to_string()], vec![]));
        assert_eq!(parse_byline_line("摄影:陈振华", &r).unwrap().contributors, vec!["陈振华"]);
        assert!(parse_byline_line("报道：据悉明年启用", &r).is_none());
        assert_eq!(parse_byline_line("报导：林美玲", &r).unwrap().reporters, vec!["林美玲"]);
        // A theory page's essay, signed by its authors under the headline.
        assert_eq!(parse_byline_line("作者：刘晓燕 张 伟", &r).unwrap().reporters, vec!["刘晓燕", "张伟"]);
        assert!(parse_byline_line("作者：本文系市社科规划项目成果", &r).is_none());
        assert_eq!(parse_byline_line("报导／摄影：黄俊杰", &r).unwrap().reporters, vec!["黄俊杰"]);
    }

    #[test]
    fn commentary_signed_by_the_office() {
        let r = rules();
        let c = parse_byline_line("本报评论员", &r).unwrap();
        assert_eq!(c.reporters, vec!["本报评论员"]);
        assert_eq!(c.agency.as_deref(), Some("本报"));
        assert_eq!(parse_byline_line("■ 本刊特约评论员", &r).unwrap().reporters, vec!["本刊特约评论员"]);
        assert!(parse_byline_line("本报评论员文章引发热议", &r).is_none());
        for line in ["本报评论员 钱凯", "□ 本报评论员 钱 凯", "本报特约评论员　钱凯"] {
            let c = parse_byline_line(line, &r).unwrap();
            assert_eq!((c.reporters, c.agency.as_deref()), (vec!["钱凯".to_string()], Some("本报")), "{line}");
        }
    }

    #[test]
    fn agency_dateline_closing_a_story() {
        let r = rules();
        let (c, k) = parse_end_credit("（新华社北京3月9日电）", &r).unwrap();
        assert_eq!(k, CreditKind::Agency);
        assert_eq!(c.agency.as_deref(), Some("新华社"));
        let d = c.dateline.unwrap();
        assert_eq!((d.place.as_deref(), d.month, d.day), (Some("北京"), Some(3), Some(9)));
        // A dateline that goes on into text is a lead, not a closing credit.
        assert!(parse_end_credit("（新华社北京3月9日电 记者到场）", &r).is_none());
    }

    #[test]
    fn boxed_leads_of_hong_kong_papers() {
        let r = rules();
        let p = "【本報訊】記者 何俊賢 報道:啟德體育園開幕至今";
        let (c, at) = parse_lead(p, &r).unwrap();
        assert_eq!(c.reporters, vec!["何俊賢"]);
        assert_eq!(c.agency.as_deref(), Some("本報"));
        assert_eq!(&p[at..], "啟德體育園開幕至今");
        let p = "【本報澳門電】記者 李婉華 報道:澳門勞工事務局昨日公布";
        let (c, at) = parse_lead(p, &r).unwrap();
        assert_eq!(c.reporters, vec!["李婉華"]);
        assert_eq!(c.dateline.and_then(|d| d.place).as_deref(), Some("澳門"));
        assert_eq!(&p[at..], "澳門勞工事務局昨日公布");
        let p = "【本报讯】屯门公路巴士转乘站下月启用";
        assert_eq!(&p[parse_lead(p, &r).unwrap().1..], "屯门公路巴士转乘站下月启用");
        let p = "（联合早报讯）榜鹅数码园区将在明年全面启用";
        let (c, at) = parse_lead(p, &r).unwrap();
        assert_eq!(c.agency.as_deref(), Some("联合早报"));
        assert_eq!(&p[at..], "榜鹅数码园区将在明年全面启用");
        assert!(parse_lead("（简讯）榜鹅数码园区", &r).is_none());
        // A bracketed label that is not a lead stays text.
        assert!(parse_lead("【新闻链接】港铁东涌线", &r).is_none());
    }

    #[test]
    fn benbao_lead_with_roles() {
        let r = rules();
        let p = "本报讯(记者 朱迪 通讯员 李冯鑫 李楠)骏马奔腾辞旧岁。";
        let (c, at) = parse_lead(p, &r).unwrap();
        assert_eq!(c.reporters, vec!["朱迪"]);
        assert_eq!(c.contributors, vec!["李冯鑫", "李楠"]);
        assert_eq!(c.agency.as_deref(), Some("本报"));
        assert_eq!(&p[at..], "骏马奔腾辞旧岁。");
        let (c, _) = parse_lead("本报讯（记者 汪丽娜 通讯员 韩素平）龙马迎春。", &r).unwrap();
        assert_eq!((c.reporters, c.contributors), (vec!["汪丽娜".to_string()], vec!["韩素平".to_string()]));
    }

    #[test]
    fn agency_leads() {
        let r = rules();
        let (c, at) = parse_lead("据新华社天津2月10日电(记者 张建新 徐鹏航)记者10日获悉。", &r).unwrap();
        assert_eq!(c.reporters, vec!["张建新", "徐鹏航"]);
        assert_eq!(c.agency.as_deref(), Some("新华社"));
        let d = c.dateline.unwrap();
        assert_eq!((d.place.as_deref(), d.month, d.day), (Some("天津"), Some(2), Some(10)));
        assert!(at > 0);
        let (c, _) = parse_lead("新华社北京2月10日电(周圆王舒一)记者10日获悉", &r).unwrap();
        assert_eq!(c.reporters, vec!["周圆", "王舒一"]);
        let (c, at) = parse_lead("中央社記者 韓 婷 台北1日電　台股今日收高。", &r).unwrap();
        let d = c.dateline.unwrap();
        assert_eq!((c.reporters, c.agency.as_deref()), (vec!["韓婷".to_string()], Some("中央社")));
        assert_eq!((d.place.as_deref(), d.month, d.day), (Some("台北"), None, Some(1)));
        assert_eq!(&"中央社記者 韓 婷 台北1日電　台股今日收高。"[at..], "台股今日收高。");
        let (c, _) = parse_lead("新華社北京1日電 國家統計局1日發布數據。", &r).unwrap();
        assert_eq!((c.agency.as_deref(), c.dateline.unwrap().place.as_deref()), (Some("新華社"), Some("北京")));
        let (c, _) = parse_lead("本报鹤壁二月十日讯 昨天，", &r).unwrap();
        assert_eq!(c.agency.as_deref(), Some("本报"));
        let d = c.dateline.unwrap();
        assert_eq!((d.place.as_deref(), d.month, d.day), (Some("鹤壁"), Some(2), Some(10)));
        assert!(parse_lead("记者10日从天津市医保局获悉", &r).is_none());
        let (c, _) = parse_lead("新华社北京电（记者 王芳）国务院日前印发通知。", &r).unwrap();
        let d = c.dateline.unwrap();
        assert_eq!((d.place.as_deref(), d.month), (Some("北京"), None));
        assert_eq!(c.reporters, vec!["王芳"]);
        assert!(parse_lead("新华社记者张三报道，", &r).is_none());
        let (c, at) = parse_lead("据新华社电 十四届全国人大二次会议开幕。", &r).unwrap();
        assert_eq!(
            (c.agency.as_deref(), &"据新华社电 十四届全国人大二次会议开幕。"[at..]),
            (Some("新华社"), "十四届全国人大二次会议开幕。")
        );
        assert!(parse_lead("据新华社电视台报道，", &r).is_none());
        let (c, at) = parse_lead("据央视新闻 3月1日，多地迎来降雨。", &r).unwrap();
        assert_eq!(
            (c.agency.as_deref(), &"据央视新闻 3月1日，多地迎来降雨。"[at..]),
            (Some("央视新闻"), "3月1日，多地迎来降雨。")
        );
        let (c, _) = parse_lead("据人民日报客户端消息　近日，…", &r).unwrap();
        assert_eq!(c.agency.as_deref(), Some("人民日报"));
        assert!(parse_lead("据央视新闻报道，多地迎来降雨。", &r).is_none());
        assert!(parse_lead("据了解 多地迎来降雨。", &r).is_none());
        assert!(parse_lead("新华社电视节目", &r).is_none());
        assert!(parse_lead("新华社发布的消息称，电视", &r).is_none());
        let p = "本报讯 记者 张三 通讯员 李四 报道：昨日，";
        let (c, at) = parse_lead(p, &r).unwrap();
        assert_eq!((c.reporters, c.contributors), (vec!["张三".to_string()], vec!["李四".to_string()]));
        assert_eq!(&p[at..], "昨日，");
    }

    #[test]
    fn english_leads() {
        let r = rules();
        let p = "SPRINGFIELD, Ill., Feb. 10 — The council voted.";
        let (c, at) = parse_lead(p, &r).unwrap();
        let d = c.dateline.unwrap();
        assert_eq!((d.place.as_deref(), d.month, d.day), (Some("Springfield, Ill."), Some(2), Some(10)));
        assert_eq!(&p[at..], "The council voted.");
        let (c, _) = parse_lead("WASHINGTON (AP) — Lawmakers met.", &r).unwrap();
        assert_eq!(c.agency.as_deref(), Some("Associated Press"));
        assert!(parse_lead("The council met on Tuesday — again.", &r).is_none());
    }

    #[test]
    fn abbreviated_provinces_and_states() {
        let r = rules();
        for (p, place) in [
            ("IQALUIT, N.W.T. — Ice lingered.", "Iqaluit, N.W.T."),
            ("KAMLOOPS, B.C. — Ice lingered.", "Kamloops, B.C."),
            ("SHERBROOKE, Que. — Ice lingered.", "Sherbrooke, Que."),
            ("SUDBURY, Ont. — Ice lingered.", "Sudbury, Ont."),
            ("DUBBO, N.S.W. — Ice lingered.", "Dubbo, N.S.W."),
            ("CAIRNS, Qld — Ice lingered.", "Cairns, Qld"),
            ("BROOME, WA — Ice lingered.", "Broome, WA"),
        ] {
            let (c, at) = parse_lead(p, &r).unwrap_or_else(|| panic!("{p}"));
            assert_eq!(c.dateline.unwrap().place.as_deref(), Some(place), "{p}");
            assert_eq!(&p[at..], "Ice lingered.", "{p}");
        }
        let (c, _) = parse_lead("TRURO, N.S. (CP) — Ice lingered.", &r).unwrap();
        assert_eq!(c.agency.as_deref(), Some("The Canadian Press"));
        assert_eq!(c.dateline.unwrap().place.as_deref(), Some("Truro, N.S."));
    }

    #[test]
    fn labelled_and_slashed_photo_credits() {
        let r = rules();
        let strip = |p: &str| strip_trailing_photo_credit(p, &r).map(|(t, c)| (t, c.contributors));
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert_eq!(
            strip("CHANGE AHEAD: Cr Jo Roe in the car park on Tuesday. Picture: Les Smith"),
            Some(("CHANGE AHEAD: Cr Jo Roe in the car park on Tuesday.".into(), s(&["Les Smith"])))
        );
        assert_eq!(
            strip("The main block, built in the 1960s. PHOTO: SUPPLIED"),
            Some(("The main block, built in the 1960s.".into(), vec![]))
        );
        assert_eq!(strip("Ministers at the meeting ... yesterday. PHOTO: NAN").map(|x| x.1), Some(s(&["NAN"])));
        assert_eq!(strip("Fans at Eden Park. Photo / Michael Craig").map(|x| x.1), Some(s(&["Michael Craig"])));
        assert_eq!(
            strip("Commuters in Cubao on Sunday. PHOTO BY MIGUEL REYES").map(|x| x.1),
            Some(s(&["Miguel Reyes"]))
        );
        assert_eq!(strip("Crews at work. Picture: AAP Image/Dean Lewins").map(|x| x.1), Some(s(&["Dean Lewins"])));
        assert_eq!(
            strip("Darren Keogh leaving court. Photo: Gareth Chaney/Collins").map(|x| x.1),
            Some(s(&["Gareth Chaney"]))
        );
        assert_eq!(
            strip("Mayor Phil Mauger at Wednesday's meeting. IAIN MCGREGOR/STUFF"),
            Some(("Mayor Phil Mauger at Wednesday's meeting.".into(), s(&["Iain McGregor"])))
        );
        assert_eq!(
            strip("Mayor Mark Sutcliffe at city hall on Wednesday. ERROL McGIHON/POSTMEDIA NEWS"),
            Some(("Mayor Mark Sutcliffe at city hall on Wednesday.".into(), s(&["Errol McGihon"])))
        );
        assert_eq!(
            strip("Travellers at a checkpoint on the Abuja-Kaduna highway          Photo: File"),
            Some(("Travellers at a checkpoint on the Abuja-Kaduna highway".into(), s(&[])))
        );
        // A sentence that only mentions a photo, or a slash in running text, stays.
        assert!(strip("He said so. Photos: twelve of the best").is_none());
        assert!(strip("It was the vote. TAX AND/OR").is_none());
        // On a line of its own under the caption.
        let (c, k) = parse_end_credit("Photo: Collins Courts", &r).unwrap();
        assert_eq!((c.contributors, k), (s(&["Collins Courts"]), CreditKind::Photo));
        assert_eq!(parse_end_credit("PICTURE: SUPPLIED", &r).map(|x| x.1), Some(CreditKind::Photo));
        assert!(parse_end_credit("Photos: the day in review", &r).is_none());
    }

    #[test]
    fn imp22_philippine_report_from_and_dashed_capitals_credits() {
        let r = rules();
        let (c, k) = parse_end_credit("—WITH A REPORT FROM MARIA CLARA REYES", &r).unwrap();
        assert_eq!((c.contributors, k), (vec!["Maria Clara Reyes".to_string()], CreditKind::People));
        let (c, _) = parse_end_credit("—With reports from Ana Lopez and Reuters", &r).unwrap();
        assert_eq!(c.contributors, vec!["Ana Lopez", "Reuters"]);
        assert!(parse_end_credit("With a report from the council on Monday", &r).is_none());
        let (t, c) = strip_trailing_photo_credit("Motorists crawl along Edsa on Monday. —RICHARD REYES", &r).unwrap();
        assert_eq!(
            (t.as_str(), c.contributors),
            ("Motorists crawl along Edsa on Monday.", vec!["Richard Reyes".to_string()])
        );
        // A name in plain case after a dash may close a quotation: no credit.
        assert!(strip_trailing_photo_credit("It was over. — Jane Doe", &r).is_none());
        // Kenyan and Pakistani papers set the outlet after the photographer.
        let (t, c) = strip_trailing_photo_credit("A pupil receives a pack. PHOTO | JOHN NJOROGE | NATION", &r).unwrap();
        assert_eq!((t.as_str(), c.contributors), ("A pupil receives a pack.", vec!["John Njoroge".to_string()]));
        let (_, c) = strip_trailing_photo_credit("Labourers unload wheat. — Tanveer Shahzad / White Star", &r).unwrap();
        assert_eq!(c.contributors, vec!["Tanveer Shahzad"]);
    }

    #[test]
    fn imp22_a_cartoonists_credit() {
        let r = rules();
        let (c, k) = parse_end_credit("漫画/王小兵", &r).unwrap();
        assert_eq!((c.contributors, k), (vec!["王小兵".to_string()], CreditKind::Photo));
        assert_eq!(parse_end_credit("制图：李　华", &r).unwrap().0.contributors, vec!["李华"]);
        assert!(parse_end_credit("漫画：一种流行的艺术形式", &r).is_none());
    }

    #[test]
    fn imp22_labelled_bylines_and_the_reporting_service() {
        let r = rules();
        let c = parse_byline_line("Reporter: Gemma Walsh", &r).unwrap();
        assert_eq!(c.reporters, vec!["Gemma Walsh"]);
        let c = parse_byline_line("Reporters: Ann Lee and Bob Roe", &r).unwrap();
        assert_eq!(c.reporters, vec!["Ann Lee", "Bob Roe"]);
        assert_eq!(parse_byline_line("Local Democracy Reporting Service", &r).map(|c| c.names_no_one()), Some(true));
        // A label over a sentence is no byline.
        assert!(parse_byline_line("Reporter: the council has not replied to our questions.", &r).is_none());
    }

    #[test]
    fn wire_and_desk_credits_of_other_papers() {
        let r = rules();
        let (c, _) = parse_end_credit("- with AAP", &r).unwrap();
        assert_eq!((c.agency.as_deref(), c.contributors.len()), (Some("AAP"), 0));
        let (c, _) = parse_end_credit("— With Reuters and AFP", &r).unwrap();
        assert_eq!((c.agency.as_deref(), c.contributors.clone()), (Some("Reuters"), vec!["AFP".to_string()]));
        assert!(parse_end_credit("With thanks to the volunteers", &r).is_none());
        let (c, _) = parse_end_credit("— Additional reporting by Bisi Adeyemi", &r).unwrap();
        assert_eq!(c.contributors, vec!["Bisi Adeyemi"]);
        let (c, _) = parse_end_credit("Additional reporting: PA", &r).unwrap();
        assert_eq!(c.contributors, vec!["PA Media"]);
        // `(NAN)` after the last sentence, as `（王磊）` in Chinese.
        let (t, c) = strip_trailing_author("Two rifles were recovered. (NAN)", &r).unwrap();
        assert_eq!((t.as_str(), c.agency.as_deref()), ("Two rifles were recovered.", Some("NAN")));
        assert!(strip_trailing_author("He spoke to reporters (in Lagos).", &r).is_none());
        assert_eq!(parse_byline_line("RNZ", &r).unwrap().agency.as_deref(), Some("RNZ"));
    }

    #[test]
    fn the_place_filed_from_after_the_name() {
        let r = rules();
        let place = |c: &Credits| c.dateline.as_ref().and_then(|d| d.place.clone());
        let c = parse_byline_line("By Chinedu Okafor, Abuja", &r).unwrap();
        assert_eq!((c.reporters.clone(), place(&c).as_deref()), (vec!["Chinedu Okafor".to_string()], Some("Abuja")));
        let c = parse_byline_line("From Musa Abdullahi, Kano", &r).unwrap();
        assert_eq!((c.reporters.clone(), place(&c).as_deref()), (vec!["Musa Abdullahi".to_string()], Some("Kano")));
        let c = parse_byline_line("From Ann Godwin, Port Harcourt", &r).unwrap();
        assert_eq!(place(&c).as_deref(), Some("Port Harcourt"));
        // Two writers, a role, or a headline that starts with `From`.
        let c = parse_byline_line("By Jane Doe, John Roe", &r).unwrap();
        assert_eq!((c.reporters.len(), c.dateline), (2, None));
        assert!(place(&parse_byline_line("By Niamh Ó Conaill, Western Correspondent", &r).unwrap()).is_none());
        assert!(parse_byline_line("From Lagos, With Love", &r).is_none());
        // A box marker before English words that are no name is no byline.
        assert!(parse_byline_line("■ Hourly rate rises from $1.50 to $3", &r).is_none());
    }

    #[test]
    fn capitals_name_over_its_role() {
        let r = rules();
        let c = parse_name_over_role("JANE MACINTYRE", "STAFF REPORTER", &r).unwrap();
        assert_eq!(c.reporters, vec!["Jane Macintyre"]);
        let c = parse_name_over_role("TOM O'NEILL", "Health Reporter", &r).unwrap();
        assert_eq!(c.reporters, vec!["Tom O'Neill"]);
        let c = parse_name_over_role("KELLY FORTIER", "OTTAWA BUREAU CHIEF", &r).unwrap();
        assert_eq!(c.reporters, vec!["Kelly Fortier"]);
        // New Zealand and Irish papers set the name in plain case.
        let c = parse_name_over_role("Tina Law", "Local Democracy Reporter", &r).unwrap();
        assert_eq!(c.reporters, vec!["Tina Law"]);
        let c = parse_name_over_role("Aoife Ní Mhurchú", "Political Correspondent", &r).unwrap();
        assert_eq!(c.reporters, vec!["Aoife Ní Mhurchú"]);
        // A headline, a phrase with a headline's small words, or a line that is no role.
        assert!(parse_name_over_role("STORM WARNING", "Residents told to stay home", &r).is_none());
        assert!(parse_name_over_role("Rates rise trimmed", "STAFF REPORTER", &r).is_none());
        assert!(parse_name_over_role("Call For Calm", "STAFF REPORTER", &r).is_none());
        assert!(parse_name_over_role("FLOODS", "STAFF REPORTER", &r).is_none());
        assert!(parse_name_over_role("CITY HALL, AGAIN", "STAFF REPORTER", &r).is_none());
    }

    #[test]
    fn byline_lines() {
        let r = rules();
        let c = parse_byline_line("□本报记者 王凤侠", &r).unwrap();
        assert_eq!(c.reporters, vec!["王凤侠"]);
        assert_eq!(c.agency.as_deref(), Some("本报"));
        let c = parse_byline_line("刘洋 文/图", &r).unwrap();
        assert_eq!(c.reporters, vec!["刘洋"]);
        let c = parse_byline_line("本报记者 王芳 文/图", &r).unwrap();
        assert_eq!((c.reporters, c.agency.as_deref()), (vec!["王芳".to_string()], Some("本报")));
        // Run into a headline the words are no credit.
        assert!(parse_byline_line("春日游园 图/文", &r).is_none());
        assert!(parse_byline_line("我们的家园文/图", &r).is_none());
        let c = parse_byline_line("■ 文/图 本报记者 张三 通讯员 李四", &r).unwrap();
        assert_eq!((c.reporters, c.contributors), (vec!["张三".to_string()], vec!["李四".to_string()]));
        let c = parse_byline_line("By JANE DOE, Staff Writer", &r).unwrap();
        assert_eq!(c.reporters, vec!["Jane Doe"]);
        let c = parse_byline_line("By Ann Lee and Bob Roe", &r).unwrap();
        assert_eq!(c.reporters, vec!["Ann Lee", "Bob Roe"]);
        let c = parse_byline_line("John Roe, The Associated Press", &r).unwrap();
        assert_eq!((c.reporters, c.agency), (vec!["John Roe".to_string()], Some("Associated Press".to_string())));
        assert!(parse_byline_line("记者10日从天津市医保局获悉,中国国际", &r).is_none());
        assert!(parse_byline_line("Byzantine art returns", &r).is_none());
        assert!(parse_byline_line("■新闻链接", &r).is_none());
        let c = parse_byline_line("By The Associated Press", &r).unwrap();
        assert_eq!((c.reporters.len(), c.agency.as_deref()), (0, Some("Associated Press")));
        let c = parse_byline_line("Jane Doe | Staff Writer", &r).unwrap();
        assert_eq!(c.reporters, vec!["Jane Doe"]);
        assert!(parse_byline_line("Springfield, Illinois", &r).is_none());
        let (c, k) = parse_end_credit("(Photo by Jane Doe / The Gazette)", &r).unwrap();
        assert_eq!((c.contributors, k), (vec!["Jane Doe".to_string()], CreditKind::Photo));
        let c = parse_byline_line("By JANE DOE and JOHN ROE / Staff Writers", &r).unwrap();
        assert_eq!(c.reporters, vec!["Jane Doe", "John Roe"]);
        let (c, _) = parse_end_credit("The Associated Press contributed to this report.", &r).unwrap();
        assert_eq!(c.contributors, vec!["Associated Press"]);
        let c = parse_byline_line("By Ann Lee and Bob Roe, Staff Writers", &r).unwrap();
        assert_eq!(c.reporters, vec!["Ann Lee", "Bob Roe"]);
        assert_eq!(parse_byline_line("■ 张三 李四", &r).unwrap().reporters, vec!["张三", "李四"]);
    }

    #[test]
    fn padded_names_and_work_prefixes() {
        let r = rules();
        let (c, k) = parse_end_credit("本报记者 王 斌摄", &r).unwrap();
        assert_eq!((c.contributors, k), (vec!["王斌".to_string()], CreditKind::Photo));
        assert_eq!(parse_byline_line("本报记者 孟 晓", &r).unwrap().reporters, vec!["孟晓"]);
        let c = parse_byline_line("本报记者 刘温馨 丁怡婷", &r).unwrap();
        assert_eq!(c.reporters, vec!["刘温馨", "丁怡婷"]);
        let c = parse_byline_line("文/记者 林芳 图/记者 郑宇", &r).unwrap();
        assert_eq!((c.reporters, c.contributors), (vec!["林芳".to_string()], vec!["郑宇".to_string()]));
        let c = parse_byline_line("文／本报记者 林芳　摄影／郑宇", &r).unwrap();
        assert_eq!((c.reporters, c.contributors), (vec!["林芳".to_string()], vec!["郑宇".to_string()]));
        let c = parse_byline_line("文/记者林芳", &r).unwrap();
        assert_eq!(c.reporters, vec!["林芳"]);
    }

    #[test]
    fn bracketed_authors_of_briefs() {
        let r = rules();
        let (t, c) = strip_trailing_author("群众出行更加便利。（通讯员 李华）", &r).unwrap();
        assert_eq!((t.as_str(), c.contributors), ("群众出行更加便利。", vec!["李华".to_string()]));
        let (_, c) = strip_trailing_author("享受补贴。（记者 赵倩 通讯员 马涛）", &r).unwrap();
        assert_eq!((c.reporters, c.contributors), (vec!["赵倩".to_string()], vec!["马涛".to_string()]));
        assert!(strip_trailing_author("发布了新规。（新华社）", &r).is_none());
        assert!(strip_trailing_author("数据如下。（单位：万元）", &r).is_none());
        let (c, k) = parse_end_credit("（张晓燕）", &r).unwrap();
        assert_eq!((c.reporters, k), (vec!["张晓燕".to_string()], CreditKind::People));
        assert!(parse_end_credit("（待续）", &r).is_none());
        assert!(parse_end_credit("（图片来源网络）", &r).is_none());
    }

    #[test]
    fn trailing_sources() {
        let r = ImportRules::default();
        let src = |t: &str| strip_trailing_source(t, &r).map(|(t, c)| (t, c.agency.unwrap_or_default()));
        let s = |a: &str, b: &str| Some((a.to_string(), b.to_string()));
        assert_eq!(src("重点检查文具店。（本报综合）"), s("重点检查文具店。", "本报"));
        assert_eq!(src("多地迎来降雨。（来源：人民日报）"), s("多地迎来降雨。", "人民日报"));
        assert_eq!(src("多地迎来降雨。（据新华社）"), s("多地迎来降雨。", "新华社"));
        assert_eq!(src("多地迎来降雨。（综合新华社、央视新闻）"), s("多地迎来降雨。", "新华社、央视新闻"));
        assert_eq!(src("多地迎来降雨。(綜合)"), s("多地迎来降雨。", "本报"));
        // A note that names no source, or a source not known as one, stays.
        assert_eq!(src("数据如下。（单位：万元）"), None);
        assert_eq!(src("多地迎来降雨。（综合考虑天气因素）"), None);
        assert_eq!(src("（本报综合）"), None);
    }

    #[test]
    fn metro_paper_bylines() {
        let r = ImportRules::default();
        let line = |t: &str| parse_byline_line(t, &r).map(|c| (c.reporters, c.contributors, c.agency));
        let v = |xs: &[&str]| xs.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert_eq!(
            line("□融媒体记者 陈晓东 见习记者 刘畅 通讯员 王建国"),
            Some((v(&["陈晓东", "刘畅"]), v(&["王建国"]), None))
        );
        assert_eq!(line("全媒体记者 张伟 通讯员 李强"), Some((v(&["张伟"]), v(&["李强"]), None)));
        assert_eq!(line("首席记者 王刚"), Some((v(&["王刚"]), v(&[]), None)));
        assert_eq!(line("本报融媒体记者 赵敏"), Some((v(&["赵敏"]), v(&[]), Some("本报".into()))));
        assert_eq!(line("■ 本报记者 钱多多"), Some((v(&["钱多多"]), v(&[]), Some("本报".into()))));
        assert_eq!(line("◎记者 孙立 实习生 周正"), Some((v(&["孙立"]), v(&["周正"]), None)));
        assert_eq!(line("记者 马东 实习生 马西"), Some((v(&["马东"]), v(&["马西"]), None)));
        assert_eq!(line("文/图 本报记者 孙悦"), Some((v(&["孙悦"]), v(&[]), Some("本报".into()))));
        assert_eq!(line("文·图/郑好"), Some((v(&["郑好"]), v(&[]), None)));
        assert_eq!(line("文·图/本报记者 郑好"), Some((v(&["郑好"]), v(&[]), Some("本报".into()))));
    }

    #[test]
    fn wire_desk_credits_and_contributors_abroad() {
        let r = rules();
        let (c, k) = parse_end_credit("Reporting by Ana Mano; Editing by Sandra Maler", &r).unwrap();
        assert_eq!((c.reporters, c.contributors, k), (vec!["Ana Mano".to_string()], vec![], CreditKind::People));
        let (c, _) = parse_end_credit(
            "(Reporting by Ana Mano in Porto Alegre and Tom Lee; Additional reporting by Jo Park; Writing by Ed Stone; Editing by Sam Holmes)",
            &r,
        )
        .unwrap();
        assert_eq!(c.reporters, vec!["Ana Mano", "Tom Lee", "Ed Stone"]);
        assert_eq!(c.contributors, vec!["Jo Park"]);
        let (c, _) = parse_end_credit("Additional reporting by Priya Nair.", &r).unwrap();
        assert_eq!(c.contributors, vec!["Priya Nair"]);
        let (c, _) = parse_end_credit("Editing by Sandra Maler", &r).unwrap();
        assert_eq!(c, Credits::default());
        let (c, _) = parse_end_credit("Contributing: Kevin Freking in Washington.", &r).unwrap();
        assert_eq!(c.contributors, vec!["Kevin Freking"]);
        let (c, _) = parse_end_credit("Contributing to this report: Ann Lee in Boston and Sam Patel", &r).unwrap();
        assert_eq!(c.contributors, vec!["Ann Lee", "Sam Patel"]);
        let (c, _) = parse_end_credit("Associated Press writer Kevin Freking contributed to this report.", &r).unwrap();
        assert_eq!(c.contributors, vec!["Kevin Freking"]);
        let (c, _) = parse_end_credit("Maria Ortiz contributed reporting from Phoenix.", &r).unwrap();
        assert_eq!(c.contributors, vec!["Maria Ortiz"]);
        assert!(parse_end_credit("Reporting by the committee found waste.", &r).is_none());
        assert!(parse_end_credit("Editing by hand took weeks; nobody noticed.", &r).is_none());
    }

    #[test]
    fn story_and_photos_by_and_contact_lines() {
        let r = rules();
        let c = parse_byline_line("Story by Jane Doe / Photos by Sam Lee", &r).unwrap();
        assert_eq!((c.reporters, c.contributors), (vec!["Jane Doe".to_string()], vec!["Sam Lee".to_string()]));
        let c = parse_byline_line("By John Smith | jsmith@paper.com", &r).unwrap();
        assert_eq!(c.reporters, vec!["John Smith"]);
        let c = parse_byline_line("BY JOHN SMITH", &r).unwrap();
        assert_eq!(c.reporters, vec!["John Smith"]);
        let c = parse_byline_line("By JANE DOE, Staff Writer", &r).unwrap();
        assert_eq!(c.reporters, vec!["Jane Doe"]);
        for line in [
            "tharris@rivertonherald.com",
            "@tomharris",
            "Twitter: @tharris | 555-0134",
            "Email: a.b@c.org; X: @ab",
            "(555) 013-4567",
        ] {
            assert!(is_contact_line(line), "{line}");
        }
        for line in ["Call 911 now.", "Email the council", "Riverton", "@ home on Sunday"] {
            assert!(!is_contact_line(line), "{line}");
        }
        let (c, at) = parse_lead("RIO DE JANEIRO (Reuters) - Torrential rains fell.", &r).unwrap();
        assert_eq!(
            (c.agency.as_deref(), &"RIO DE JANEIRO (Reuters) - Torrential rains fell."[at..]),
            (Some("Reuters"), "Torrential rains fell.")
        );
        let (c, _) = parse_lead("BERLIN (AFP) – Talks stalled.", &r).unwrap();
        assert_eq!(c.agency.as_deref(), Some("AFP"));
        let (c, _) = parse_lead("NEW YORK (Bloomberg) -- Stocks fell.", &r).unwrap();
        assert_eq!(c.agency.as_deref(), Some("Bloomberg"));
        assert!(parse_lead("Rain fell - again.", &r).is_none());
        assert!(is_hyphen_dateline("LAKERS - Signed G Tom Lee.", &r));
        assert!(!is_hyphen_dateline("SANTIAGO (Reuters) - Storms hit.", &r));
        assert!(!is_hyphen_dateline("SANTIAGO -- Storms hit.", &r));
        let (c, _) = parse_end_credit("— Jane Doe, Staff Writer", &r).unwrap();
        assert_eq!(c.reporters, vec!["Jane Doe"]);
        let (c, _) = parse_end_credit("—Tom Lee, Associated Press", &r).unwrap();
        assert_eq!((c.reporters, c.agency.as_deref()), (vec!["Tom Lee".to_string()], Some("Associated Press")));
        assert!(parse_end_credit("— Maria Lopez, Riverton", &r).is_none());
        let (t, c) =
            strip_trailing_desk_credit("Rivers rose. (Reporting by Ana Mano; Editing by Sandra Maler)", &rules())
                .unwrap();
        assert_eq!((t.as_str(), c.reporters), ("Rivers rose.", vec!["Ana Mano".to_string()]));
        assert!(strip_trailing_desk_credit("Rivers rose (reporting by the state).", &rules()).is_none());
    }

    #[test]
    fn a_byline_with_the_authors_post_in_brackets_is_split_from_it() {
        let r = rules();
        assert_eq!(
            split_signed_post("作者：刘晓燕（滨江市社会科学院研究员）", &r),
            Some(("作者：刘晓燕".to_string(), "（滨江市社会科学院研究员）".to_string()))
        );
        assert_eq!(
            split_signed_post("■ 陈立新（作者单位：中共滨江市委党校）", &r).map(|(b, _)| b),
            Some("■ 陈立新".to_string())
        );
        // Not a post: kept whole for the byline and headline rules to judge.
        assert!(split_signed_post("本报记者 张三（实习）", &r).is_none());
        assert!(split_signed_post("群众路线是生命线（2025年版）", &r).is_none());
        assert!(split_signed_post("记者会在市委党校召开（市委党校）", &r).is_none());
    }

    #[test]
    fn a_note_on_the_pages_pictures_credits_no_piece() {
        let r = rules();
        assert!(parse_end_credit("（本版图片除署名外均由市教育局提供）", &r).is_none());
        let (c, k) = parse_end_credit("（图片由市教育局提供）", &r).unwrap();
        assert_eq!((c.contributors, k), (vec!["市教育局".to_string()], CreditKind::Org));
        let (c, _) = parse_end_credit("（自由贸易区管委会供稿）", &r).unwrap();
        assert_eq!(c.contributors, vec!["自由贸易区管委会"]);
    }

    #[test]
    fn an_expert_who_answers_is_a_contributor_and_the_reporter_who_set_it_down_a_reporter() {
        let r = rules();
        let (c, k) = parse_end_credit("（市中心医院心内科副主任医师 孙 丽 解答 本报记者 王静怡 整理）", &r).unwrap();
        assert_eq!(
            (c.reporters, c.contributors, k),
            (vec!["王静怡".to_string()], vec!["孙丽".to_string()], CreditKind::People)
        );
        assert_eq!(c.agency.as_deref(), Some("本报"));
        // Run together where the export broke the line at the space.
        let (c, _) = parse_end_credit("（市中心医院心内科副主任医师 孙丽 解答本报记者 王静怡 整理）", &r).unwrap();
        assert_eq!((c.reporters, c.contributors), (vec!["王静怡".to_string()], vec!["孙丽".to_string()]));
        let (c, _) = parse_end_credit("（市律师协会副会长 周明 答疑）", &r).unwrap();
        assert_eq!((c.reporters.len(), c.contributors), (0, vec!["周明".to_string()]));
        let (c, _) = parse_end_credit("（解答专家：市中心医院心内科副主任医师 孙丽）", &r).unwrap();
        assert_eq!(c.contributors, vec!["孙丽"]);
        // A question answered in the text is no credit.
        assert!(parse_end_credit("（专家解答）", &r).is_none());
    }

    #[test]
    fn essay_and_specialist_bylines() {
        let r = rules();
        // Theory pages: `作者：X` under the title.
        let c = parse_byline_line("作者：陈立群", &r).unwrap();
        assert_eq!(c.reporters, vec!["陈立群"]);
        let c = parse_byline_line("作者：李明远（省社会科学院研究员）", &r).unwrap();
        assert_eq!(c.reporters, vec!["李明远"]);
        assert!(parse_byline_line("作者：佚名的那些事儿还没完", &r).is_none());
        // A specialist writing for a health page: unit and title, then the name.
        let c = parse_byline_line("文/市中心医院药学部 主管药师 郭 丽", &r).unwrap();
        assert_eq!((c.reporters, c.contributors.len()), (vec!["郭丽".to_string()], 0));
        let c = parse_byline_line("□ 省人民医院心内科 主任医师 张建国", &r).unwrap();
        assert_eq!(c.reporters, vec!["张建国"]);
        // Words that are no unit stay unread: a box label, not a credit.
        assert!(parse_byline_line("■新闻链接 延伸阅读", &r).is_none());
        assert!(name_after_affiliation("全市 开展 活动", &r).is_none());
    }

    #[test]
    fn padded_pen_names_sign_a_brief() {
        let r = rules();
        let (t, c) = strip_trailing_author("可供广大党员干部学习参考。（理 文）", &r).unwrap();
        assert_eq!((t.as_str(), c.reporters), ("可供广大党员干部学习参考。", vec!["理文".to_string()]));
        let (c, _) = parse_end_credit("（晓 闻）", &r).unwrap();
        assert_eq!(c.reporters, vec!["晓闻"]);
        for note in ["全文完。（待 续）", "如图所示。（上 图）", "见下文。（文 图）", "数据如下。（单位：万元）"]
        {
            assert!(strip_trailing_author(note, &r).is_none(), "{note}");
        }
    }

    #[test]
    fn end_credits() {
        let r = rules();
        let (c, k) = parse_end_credit("(本报记者马飞整理)", &r).unwrap();
        assert_eq!((c.reporters, k), (vec!["马飞".to_string()], CreditKind::People));
        let (c, _) = parse_end_credit("（本报记者李明英、苗苗、范丽丽整理）", &r).unwrap();
        assert_eq!(c.reporters, vec!["李明英", "苗苗", "范丽丽"]);
        let (c, k) = parse_end_credit("(市人力资源社会保障局、市社会保险中心供稿)", &r).unwrap();
        assert_eq!(
            (c.contributors, k),
            (vec!["市人力资源社会保障局".to_string(), "市社会保险中心".to_string()], CreditKind::Org)
        );
        let (c, k) = parse_end_credit("本报记者 张三 摄", &r).unwrap();
        assert_eq!((c.contributors, k), (vec!["张三".to_string()], CreditKind::Photo));
        let (t, c) = strip_trailing_author("未来三天我市将持续高温天气。（赵六）", &r).unwrap();
        assert_eq!((t.as_str(), c.reporters), ("未来三天我市将持续高温天气。", vec!["赵六".to_string()]));
        let (_, c) = strip_trailing_author("会议召开。(记者 张三 李四)", &r).unwrap();
        assert_eq!(c.reporters, vec!["张三", "李四"]);
        assert!(strip_trailing_author("全文完。（待续）", &r).is_none());
        assert!(strip_trailing_author("见附件（二）", &r).is_none());
        let c = parse_byline_line("□本报记者 张三/文 李四/图", &r).unwrap();
        assert_eq!((c.reporters, c.contributors), (vec!["张三".to_string()], vec!["李四".to_string()]));
        assert!(parse_end_credit("— Staff report", &r).is_some());
        let (c, _) = parse_end_credit("—The Associated Press", &r).unwrap();
        assert_eq!(c.agency.as_deref(), Some("Associated Press"));
        let (c, _) = parse_end_credit("– Jane Doe", &r).unwrap();
        assert_eq!(c.reporters, vec!["Jane Doe"]);
        assert!(parse_end_credit("——2025年市人大常委会重点督办代表建议全部办结", &r).is_none());
        let (c, _) = parse_end_credit("Contributing: Sam Patel and Ann Lee", &r).unwrap();
        assert_eq!(c.contributors, vec!["Sam Patel", "Ann Lee"]);
        let (c, _) = parse_end_credit("Staff writer Dan Ortiz contributed to this report.", &r).unwrap();
        assert_eq!(c.contributors, vec!["Dan Ortiz"]);
        assert!(parse_end_credit("Contributing: the weather was bad", &r).is_none());
        let (c, k) = parse_end_credit("Jane Doe can be reached at jdoe@mapletondaily.com.", &r).unwrap();
        assert_eq!((c.reporters, k), (vec!["Jane Doe".to_string()], CreditKind::People));
        let (c, _) = parse_end_credit("Reach Tom Baker at 555-0100 or tbaker@example.com.", &r).unwrap();
        assert_eq!(c.reporters, vec!["Tom Baker"]);
        assert!(parse_end_credit("Residents can be reached at home by phone.", &r).is_none());
        let (c, k) = parse_end_credit("（作者系本报评论员 张锐）", &r).unwrap();
        assert_eq!((c.reporters, c.agency.as_deref(), k), (vec!["张锐".to_string()], Some("本报"), CreditKind::People));
        assert!(parse_end_credit("（作者系省社会科学院研究员）", &r).is_none_or(|(c, _)| c.reporters.is_empty()));
        let (c, k) = parse_end_credit("（据新华社）", &r).unwrap();
        assert_eq!((c.agency.as_deref(), k), (Some("新华社"), CreditKind::Agency));
        assert!(parse_end_credit("(上接第一版)", &r).is_none());
        let (c, _) = parse_end_credit("（据《人民日报》）", &r).unwrap();
        assert_eq!(c.agency.as_deref(), Some("人民日报"));
        assert_eq!(parse_end_credit("来源：新华网", &r).unwrap().0.agency.as_deref(), Some("新华网"));
        assert!(parse_end_credit("来源于群众", &r).is_none());
        let (c, k) = parse_end_credit("(AP Photo/Evan Vucci)", &r).unwrap();
        assert_eq!((c.contributors, k), (vec!["Evan Vucci".to_string()], CreditKind::Photo));
        assert_eq!(parse_end_credit("STAFF PHOTO BY JANE DOE", &r).unwrap().0.contributors, vec!["Jane Doe"]);
        assert_eq!(parse_end_credit("新华社发（张三 作）", &r).unwrap().0.contributors, vec!["张三"]);
        assert_eq!(parse_end_credit("（新华社发 李贺 摄）", &r).unwrap().0.contributors, vec!["李贺"]);
        let c = parse_byline_line("By JANE DOE, The Mapleton Daily", &r).unwrap();
        assert_eq!(c.reporters, vec!["Jane Doe"]);
        assert!(parse_end_credit("(2025版)", &r).is_none());
        let (t, c) = strip_trailing_photo_credit("市民在公园赏花。 本报记者 张三 摄", &r).unwrap();
        assert_eq!((t.as_str(), c.contributors), ("市民在公园赏花。", vec!["张三".to_string()]));
        let (t, c) = strip_trailing_photo_credit("列车停靠在南湖站。（本报记者 孙磊 摄）", &r).unwrap();
        assert_eq!((t.as_str(), c.contributors), ("列车停靠在南湖站。", vec!["孙磊".to_string()]));
        let (_, c) = strip_trailing_photo_credit("火箭点火升空。（新华社记者 汪 江摄）", &r).unwrap();
        assert_eq!(c.contributors, vec!["汪江"]);
        assert!(strip_trailing_photo_credit("火箭点火升空。（新华社记者 汪江 摄", &r).is_none());
        let (t, c) = strip_trailing_photo_credit("图为毕业生了解去雄技术。中青报·中青网记者 李峥苨/摄", &r).unwrap();
        assert_eq!((t.as_str(), c.contributors), ("图为毕业生了解去雄技术。", vec!["李峥苨".to_string()]));
        let (t, c) = strip_trailing_photo_credit("華埠停車場現址，將改建住宅。（記者李秀蘭／攝影）", &r).unwrap();
        assert_eq!((t.as_str(), c.contributors), ("華埠停車場現址，將改建住宅。", vec!["李秀蘭".to_string()]));
        let (t, c) = strip_trailing_photo_credit("官员讲解路线图。（摄影：陈志强）", &r).unwrap();
        assert_eq!((t.as_str(), c.contributors), ("官员讲解路线图。", vec!["陈志强".to_string()]));
        assert!(strip_trailing_photo_credit("官员讲解路线图。（摄影：据悉明年启用）", &r).is_none());
        let (t, c) = strip_trailing_photo_credit("Crowds at the fair on Monday. — PTI", &r).unwrap();
        assert_eq!((t.as_str(), c.contributors), ("Crowds at the fair on Monday.", vec!["PTI".to_string()]));
        let (_, c) = strip_trailing_photo_credit("Voters queue up. — Photo: RAVI KUMAR", &r).unwrap();
        assert_eq!(c.contributors, vec!["Ravi Kumar"]);
        // A quotation's author after a dash is no photo credit.
        assert!(strip_trailing_photo_credit("\"Stay hungry.\" — Jane Doe", &r).is_none());
        let (t, c) =
            strip_trailing_photo_credit("Crews work near Hope, B.C. THE CANADIAN PRESS/Jane Doe-Smith", &r).unwrap();
        assert_eq!((t.as_str(), c.contributors), ("Crews work near Hope, B.C.", vec!["Jane Doe-Smith".to_string()]));
        assert!(strip_trailing_photo_credit("Bring a pen. Pick one and/or Both", &r).is_none());
        let (t, c) = strip_trailing_photo_credit("Crews work on Tuesday. (AP Photo/Evan Vucci)", &r).unwrap();
        assert_eq!((t.as_str(), c.contributors), ("Crews work on Tuesday.", vec!["Evan Vucci".to_string()]));
    }

    #[test]
    fn head_bylines_split_only_a_head_with_one_gutter() {
        let r = rules();
        assert_eq!(split_head_bylines("标题一      作者：朱 岩\n正文。\n", &r), "标题一\n作者：朱 岩\n正文。\n");
        // A table's row (more than one gutter), a line under another line,
        // a sentence before the gap: unchanged.
        for text in
            ["姓名     职务     作者：朱 岩\n", "上一行\n标题一      作者：朱 岩\n", "今天起施行。     作者：朱 岩\n"]
        {
            assert!(matches!(split_head_bylines(text, &r), std::borrow::Cow::Borrowed(_)), "{text}");
        }
    }
}
