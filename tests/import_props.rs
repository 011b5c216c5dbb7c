//! Property tests of the importer: whatever page text comes in, it does not
//! panic, and every article it emits is front matter + Markdown that the
//! loader accepts unchanged.

use gazette::content::{Article, Date};
use gazette::import::{ImportRules, RawPage, decode, import_page};
use proptest::prelude::*;
use std::path::Path;
use std::sync::OnceLock;

fn rules() -> &'static ImportRules {
    static RULES: OnceLock<ImportRules> = OnceLock::new();
    RULES.get_or_init(ImportRules::default)
}

/// Pieces real pages are made of, so random pages hit the interesting paths.
const FRAGMENTS: &[&str] = &[
    "\n",
    "\n\n",
    "\r\n",
    "。",
    "，",
    ",",
    "：",
    ":",
    "（",
    "）",
    "(",
    ")",
    "——",
    "—",
    "“",
    "”",
    "、",
    "？",
    "!",
    "·",
    " ",
    "\u{3000}",
    "\u{a0}",
    "本报讯(记者 ",
    "本报讯（记者 朱迪 通讯员 李冯鑫 李楠）",
    "□本报记者 ",
    "■",
    "文/图 ",
    "新华社北京2月10日电(周圆王舒一)",
    "据新华社天津12月31日电（记者 张建新 徐鹏航）",
    "(本报记者马飞整理)",
    "（市人社局、市社保中心供稿）",
    "张三 摄",
    "(上接第一版)",
    "（下转第3版）",
    "(上接第十二版)",
    "第2版：要闻",
    "2026年2月11日 星期三",
    "责任编辑：张三",
    "工伤预防·参保扩面进行时",
    "- ",
    "● ",
    "问：",
    "答:",
    "关于",
    "建议办理情况",
    "牵头单位:",
    "村晚",
    "淇县西岗镇",
    "聚焦民意关切",
    "By JANE DOE, Staff Writer",
    "John Roe, The Associated Press",
    "SPRINGFIELD, Ill., Feb. 10 — ",
    "WASHINGTON (AP) — ",
    "Continued on Page A6",
    "Continued from Page A1",
    "COUNCIL PASSES BUDGET",
    "The council voted",
    " and ",
    "offi-",
    "#",
    "> ",
    "1. ",
    "---",
    "...",
    "/",
    "\\",
    ": ",
    "'",
    "\"",
    "{",
    "}",
    "[",
    "]",
    "&",
    "*",
    "|",
    "%",
    "@",
    "`",
    "!",
    "?",
    "\t",
    "\u{feff}",
    "\u{200b}",
    "ä",
    "😀",
];

fn page_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            4 => prop::sample::select(FRAGMENTS).prop_map(str::to_string),
            1 => "[\u{4e00}-\u{4e80}]{1,12}",
            1 => "[a-zA-Z0-9 ]{1,12}",
            1 => any::<String>(),
        ],
        0..60,
    )
    .prop_map(|v| v.concat())
}

fn check(text: &str, date: Date) {
    let raw = RawPage {
        source: "pages/2026-02-11/02.txt".into(),
        date,
        page: 2,
        section: None,
        text: text.into(),
    };
    let imported = import_page(&raw, rules());
    for (i, a) in imported.articles.iter().enumerate() {
        assert_eq!(a.order, Some(i as u32 + 1));
        assert!(!a.front.title.trim().is_empty());
        let md = a.to_markdown();
        let back = Article::parse(Path::new("content/articles/02-01.md"), &md)
            .unwrap_or_else(|e| panic!("emitted article does not load: {e:?}\n{md}"));
        assert_eq!(back.front, a.front, "{md}");
    }
    // Deterministic.
    let again = import_page(&raw, rules());
    assert_eq!(again.articles, imported.articles);
}

proptest! {
    #![proptest_config(ProptestConfig {
        // PROPTEST_CASES=5000 for a longer hunt.
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(160),
        ..ProptestConfig::default()
    })]

    #[test]
    fn pages_made_of_newspaper_fragments(text in page_text()) {
        check(&text, Date::new(2026, 1, 2).unwrap());
    }

    #[test]
    fn arbitrary_text(text in any::<String>()) {
        check(&text, Date::new(2026, 2, 11).unwrap());
    }

    #[test]
    fn decode_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        if let Ok(text) = decode(&bytes, Path::new("p.txt")) {
            check(&text, Date::new(2026, 2, 11).unwrap());
        }
    }
}
