//! Import step, classification: an article's `topic` (one of the site's
//! topics, by keyword hits) and `tags` (its key terms: jieba TF-IDF against
//! jieba's corpus IDF for Chinese, stopword-filtered frequency for English).
//! Both are deterministic: ties break by list order or by the word itself.

use super::rules::ImportRules;
use super::text::is_cjk_text;
use crate::config::TopicDef;
use jieba_rs::{Jieba, KeywordExtract, TfIdf};
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// How many tags an article gets at most.
pub const MAX_TAGS: usize = 5;
/// A keyword in the title counts this many times a hit in the body.
const TITLE_WEIGHT: usize = 3;

/// The topic whose keywords the article mentions most (title hits weigh
/// more); ties go to the topic listed first; no hit, no topic.
pub fn choose_topic(title: &str, body: &str, topics: &[TopicDef]) -> Option<String> {
    let title_l = title.to_lowercase();
    let body_l = body.to_lowercase();
    let mut best: Option<(usize, &TopicDef)> = None;
    for t in topics {
        let mut score = 0;
        for k in &t.keywords {
            let k = k.trim().to_lowercase();
            if k.is_empty() {
                continue;
            }
            score += TITLE_WEIGHT * count(&title_l, &k) + count(&body_l, &k);
        }
        if score > 0 && best.is_none_or(|(s, _)| score > s) {
            best = Some((score, t));
        }
    }
    best.map(|(_, t)| t.name.clone()).filter(|n| !n.trim().is_empty())
}

/// Occurrences of a keyword: substring for Chinese, whole words for Latin.
fn count(text: &str, keyword: &str) -> usize {
    if keyword.chars().any(super::text::is_han) {
        return text.matches(keyword).count();
    }
    text.match_indices(keyword)
        .filter(|(i, m)| {
            let before = text[..*i].chars().next_back();
            let after = text[i + m.len()..].chars().next();
            !before.is_some_and(|c| c.is_alphanumeric()) && !after.is_some_and(|c| c.is_alphanumeric())
        })
        .count()
}

/// Starts loading jieba's dictionary and its IDF table, each on a thread of
/// its own, once per process. Together they are most of importing a page
/// (0.2–0.3 s on one core, every `gazette build` that imports a changed
/// page); side by side, and while the page is segmented, they take about
/// half that. `tags` waits for them.
pub fn warm_up() {
    static STARTED: std::sync::Once = std::sync::Once::new();
    STARTED.call_once(|| {
        let loads: [fn(); 2] = [|| _ = jieba(), || _ = tfidf()];
        for load in loads {
            // Should no thread start, the first page to need it loads it, as before.
            let _ = std::thread::Builder::new().name("jieba".into()).spawn(load);
        }
    });
}

fn jieba() -> &'static Jieba {
    static JIEBA: OnceLock<Jieba> = OnceLock::new();
    JIEBA.get_or_init(Jieba::new)
}

fn tfidf() -> &'static TfIdf {
    static TFIDF: OnceLock<TfIdf> = OnceLock::new();
    TFIDF.get_or_init(TfIdf::default)
}

/// Parts of speech that make useful tags: nouns, place and organisation
/// names, other proper nouns, verbal nouns.
const TAG_POS: &[&str] = &["n", "ns", "nt", "nz", "vn", "nr"];

/// The article's key terms, best first, at most [`MAX_TAGS`].
pub fn tags(title: &str, body: &str, rules: &ImportRules, exclude: &[String]) -> Vec<String> {
    let text = format!("{title}\n{title}\n{body}");
    let candidates: Vec<String> = if is_cjk_text(&text) {
        let pos = TAG_POS.iter().map(|p| (*p).to_string()).collect();
        tfidf().extract_keywords(jieba(), &text, MAX_TAGS * 4, pos).into_iter().map(|k| k.keyword).collect()
    } else {
        english_terms(title, body)
    };
    let mut out: Vec<String> = Vec::new();
    for c in candidates {
        let c = c.trim().to_string();
        let usable = super::text::len(&c) >= 2
            && !c
                .chars()
                .any(|ch| ch.is_ascii_digit() || matches!(ch, '/' | '\\' | '.'))
            && !rules.stop_words.contains(&c)
            && !exclude.contains(&c)
            && !out.contains(&c)
            // `本报记者`, `通讯员`, `新华社`: who wrote it, not what it is about.
            && !rules.reporter_roles.iter().chain(&rules.contributor_roles).any(|r| *r == c)
            && !["记者", "通讯员", "实习生", "编辑"].iter().any(|r| c.contains(r))
            && !rules.agencies.contains(&c)
            // `一场场`, `两项`: counted things, not topics.
            && !c.starts_with(['一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '几', '每']);
        if usable {
            out.push(c);
        }
        if out.len() == MAX_TAGS {
            break;
        }
    }
    out
}

const EN_STOP: &[&str] = &[
    "about",
    "after",
    "again",
    "against",
    "also",
    "although",
    "among",
    "another",
    "because",
    "been",
    "before",
    "being",
    "between",
    "both",
    "could",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "even",
    "every",
    "from",
    "further",
    "have",
    "having",
    "here",
    "into",
    "itself",
    "just",
    "last",
    "like",
    "made",
    "make",
    "many",
    "more",
    "most",
    "much",
    "must",
    "next",
    "only",
    "other",
    "over",
    "said",
    "same",
    "says",
    "should",
    "since",
    "some",
    "still",
    "such",
    "than",
    "that",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "under",
    "until",
    "very",
    "want",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "will",
    "with",
    "would",
    "year",
    "years",
    "your",
    "told",
    "week",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "percent",
    "people",
    "according",
    "first",
    "three",
    "there's",
    "it's",
    "don't",
    "including",
    "around",
    "without",
    "within",
    "across",
    "among",
    "city",
    "million",
    "billion",
    "thousand",
    "thousands",
    "officials",
    "official",
];

/// English key terms: word frequency without stopwords, title words counted
/// double; ties broken alphabetically.
fn english_terms(title: &str, body: &str) -> Vec<String> {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    let mut add = |text: &str, weight: usize| {
        for w in text.split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '-')) {
            let w = w.trim_matches(['\'', '-']).to_lowercase();
            let w = w.strip_suffix("'s").unwrap_or(&w).to_string();
            if w.chars().count() >= 4 && !EN_STOP.contains(&w.as_str()) {
                *counts.entry(w).or_default() += weight;
            }
        }
    };
    add(title, 2);
    add(body, 1);
    let mut v: Vec<(String, usize)> = counts.into_iter().filter(|(_, c)| *c >= 2).collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    v.into_iter().map(|(w, _)| w).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::rules::default_topics;

    #[test]
    fn a_season_is_not_sport() {
        let t = default_topics();
        let body = "The first instalment of relief for the last monsoon season was released.";
        assert_ne!(choose_topic("Relief released", body, &t).as_deref(), Some("体育"));
    }

    #[test]
    fn a_doctors_advice_on_exercise_is_health() {
        let t = default_topics();
        let body = "问：糖尿病患者春季运动要注意什么？答：运动宜选在餐后1小时左右，避免空腹运动。患者要坚持测量血压，不要自行加减药量。";
        assert_eq!(choose_topic("“三高”患者春季用药要注意啥", body, &t).as_deref(), Some("健康"));
    }

    #[test]
    fn a_results_table_and_a_marathon_are_sport() {
        let t = default_topics();
        let table = "滨江FC 2：1 南通支云\n广州队 1：1 大连英博\n\n中甲积分榜（前六名）";
        assert_eq!(choose_topic("中甲第5轮赛果", table, &t).as_deref(), Some("体育"));
        let brief = "2026滨江马拉松将于5月18日鸣枪开跑，报名通道4月15日开启，总规模2.5万人。";
        assert_eq!(choose_topic("滨江马拉松报名启动", brief, &t).as_deref(), Some("体育"));
    }

    #[test]
    fn topic_by_keywords() {
        let t = default_topics();
        assert_eq!(
            choose_topic("淇县西岗镇“村晚”舞台演绎文明新风尚", "戏曲、歌舞、非遗节目。", &t).as_deref(),
            Some("文化")
        );
        assert_eq!(
            choose_topic("Budget gap widens", "The budget shortfall hits business and tax revenue.", &t).as_deref(),
            Some("经济")
        );
        assert_eq!(choose_topic("无关", "无关内容", &t), None);
        // Whole words only: "art" is not in "party".
        assert_eq!(count("the party started", "art"), 0);
    }

    #[test]
    fn tags_are_stable_and_clean() {
        let r = ImportRules::default();
        let body = "淇县西岗镇文化广场锣鼓喧天，一场以“咱老百姓自己的舞台”为主题的“村晚”火热开演。村晚节目丰富，移风易俗新风尚。";
        let a = tags("淇县西岗镇“村晚”舞台演绎文明新风尚", body, &r, &[]);
        let b = tags("淇县西岗镇“村晚”舞台演绎文明新风尚", body, &r, &[]);
        assert_eq!(a, b);
        assert!(!a.is_empty() && a.len() <= MAX_TAGS, "{a:?}");
        let e =
            tags("Council Passes Budget", "The budget passed. The council met and the budget vote was close.", &r, &[]);
        assert_eq!(e.first().map(String::as_str), Some("budget"), "{e:?}");
        let credits = tags(
            "夏粮收购",
            "本报记者 钱多 摄。本报记者走访了收购点。新华社记者也来了。通讯员王五说，收购顺利。",
            &r,
            &[],
        );
        assert!(!credits.iter().any(|t| t.contains("记者") || t == "新华社" || t == "通讯员"), "{credits:?}");
    }

    /// Tags asked for from several threads while [`warm_up`]'s threads are
    /// still loading (each waits for them; unless another test of this
    /// binary loaded them first) are the tags asked for after.
    #[test]
    fn tags_wait_for_a_warm_up_under_way() {
        let r = ImportRules::default();
        let title = "淇县西岗镇“村晚”舞台演绎文明新风尚";
        let body = "一场以“咱老百姓自己的舞台”为主题的“村晚”火热开演。村晚节目丰富，移风易俗新风尚。";
        warm_up();
        warm_up();
        let during: Vec<Vec<String>> = std::thread::scope(|s| {
            let handles: Vec<_> = (0..4).map(|_| s.spawn(|| tags(title, body, &r, &[]))).collect();
            handles.into_iter().map(|h| h.join().expect("no panic")).collect()
        });
        let after = tags(title, body, &r, &[]);
        assert!(!after.is_empty());
        assert!(during.iter().all(|t| *t == after), "{during:?} / {after:?}");
    }
}
