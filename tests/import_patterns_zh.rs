//! Chinese credit and byline forms the importer must recognise, one small
//! page per form (simplified and traditional), each tested on its own.

use gazette::content::{Article, Date};
use gazette::import::{ImportRules, RawPage, import_page};
use std::path::Path;

fn page_on(text: &str, date: Date) -> Vec<Article> {
    let raw = RawPage { source: "pages/x/02.txt".into(), date, page: 2, section: None, text: text.into() };
    let arts = import_page(&raw, &ImportRules::default()).articles;
    for a in &arts {
        let back = Article::parse(Path::new("02-01.md"), &a.to_markdown()).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(back.front, a.front);
    }
    arts
}

fn page(text: &str) -> Vec<Article> {
    page_on(text, Date::new(2026, 2, 11).unwrap())
}

/// Each article's kicker and title, in page order.
#[allow(dead_code)]
fn kickers_and_titles(arts: &[Article]) -> Vec<(Option<&str>, &str)> {
    arts.iter().map(|a| (a.front.kicker.as_deref(), a.front.title.as_str())).collect()
}

fn one(text: &str) -> Article {
    let mut arts = page(text);
    assert_eq!(arts.len(), 1, "{:#?}", arts.iter().map(|a| &a.front.title).collect::<Vec<_>>());
    arts.remove(0)
}

#[test]
fn issue2_bracketed_own_report_without_slash() {
    for lead in ["【本報記者李嘉欣紐約報導】", "【本報記者 李嘉欣 紐約報導】", "【本报记者李嘉欣纽约报道】"]
    {
        let a = one(&format!("緬街商家聯署\n{lead}法拉盛緬街近月來接連發生竊案。\n"));
        assert_eq!(a.front.reporters, vec!["李嘉欣"], "{lead}");
        let place = a.front.dateline.as_ref().and_then(|d| d.place.as_deref());
        assert!(matches!(place, Some("紐約" | "纽约")), "{lead}: {place:?}");
        assert_eq!(a.body, "法拉盛緬街近月來接連發生竊案。\n", "{lead}");
    }
    let a = one("美聯準會維持利率不變\n【本報綜合報導】美國聯邦準備理事會日前結束會議。\n");
    assert!(a.front.reporters.is_empty());
    assert_eq!(a.body, "美國聯邦準備理事會日前結束會議。\n");
}

#[test]
fn issue2_boxed_signature_after_the_last_sentence() {
    let a =
        one("京华快评\n让改造改到居民心坎上\n\u{3000}\u{3000}点单只是第一步。希望“点单”真正做到件件有回音。□冯立\n");
    assert_eq!(a.front.reporters, vec!["冯立"]);
    assert_eq!(a.body, "点单只是第一步。希望“点单”真正做到件件有回音。\n");
}

#[test]
fn issue2_compiled_source_on_a_line_of_its_own() {
    let a = one("全国夏粮收获进度过七成\n\u{3000}\u{3000}据新华社北京6月17日电 记者从农业农村部获悉，麦收过七成。\n\
         \u{3000}\u{3000}各地正抓紧抢收抢烘，确保颗粒归仓。\n                                          （综合新华社）\n");
    assert_eq!(a.front.agency.as_deref(), Some("新华社"));
    assert_eq!(a.body, "记者从农业农村部获悉，麦收过七成。\n\n各地正抓紧抢收抢烘，确保颗粒归仓。\n");
    // Traditional `報導` closing the last sentence, as `报道` does.
    let a = one("美聯準會維持利率不變\n\u{3000}\u{3000}聯準會仍需更多數據確認物價走勢。（綜合報導）\n");
    assert_eq!(a.body, "聯準會仍需更多數據確認物價走勢。\n");
}

#[test]
fn issue2_wire_sent_photo_after_a_caption() {
    let a = one("郑钦文女王杯次轮出局\n\u{3000}\u{3000}新华社伦敦6月17日电（记者 张薇）郑钦文止步16强。\n\n\
         \u{3000}\u{3000}6月17日，郑钦文在比赛中回球。           新华社发\n");
    assert_eq!(a.front.reporters, vec!["张薇"]);
    assert_eq!(a.body, "郑钦文止步16强。\n\n6月17日，郑钦文在比赛中回球。\n");
}

#[test]
fn issue2_media_centre_signature_names_the_writer() {
    // A district's paper: the district's media centre is the paper.
    let a = one("我区“三夏”麦收进度过半\n\u{3000}\u{3000}连日来，我区抢抓晴好天气，组织农机开展麦收作业，确保\n\
         颗粒归仓。（区融媒体中心 黄晓燕）\n");
    assert_eq!(a.front.reporters, vec!["黄晓燕"]);
    assert!(a.front.contributors.is_empty());
    assert_eq!(a.body, "连日来，我区抢抓晴好天气，组织农机开展麦收作业，确保颗粒归仓。\n");
    // Under the paper's own lead, a county centre's writer sent the story in.
    let a = one(
        "鹤山区开展送法进乡村活动\n\n本报讯 4月25日，鹤山区司法局组织志愿者走进鹤壁集镇。(鹤山区融媒体中心 王丽娟)\n",
    );
    assert_eq!((a.front.reporters.len(), a.front.contributors.clone()), (0, vec!["王丽娟".to_string()]));
}

#[test]
fn issue2_unsigned_editorial_on_a_traditional_page() {
    let a = one(
        "社論\n亞裔仇恨犯罪不能只靠數字說話\n\u{3000}\u{3000}紐約市警局最新公布的數據顯示，案件較去年同期下降了兩成。\n",
    );
    assert_eq!(a.front.agency.as_deref(), Some("本報"));
    let a = one("社论\n让每一名考生都能安心赴考\n\u{3000}\u{3000}一年一度的高考刚刚落下帷幕，考务工作平稳有序。\n");
    assert_eq!(a.front.agency.as_deref(), Some("本报"));
}

#[test]
fn issue2_wide_lead_line_runs_on() {
    // The dateline's half-width figures and bracket set the lead's line past
    // the column; it still runs on mid-word.
    let a = one("郑钦文女王杯次轮出局\n\u{3000}\u{3000}新华社伦敦6月17日电（记者 张薇）2024年女王杯网\n\
         球赛17日继续进行，中国选手郑钦文在女单第二轮以\n1∶2不敌美国选手凯斯，止步16强。首盘郑钦文以6∶4\n\
         先下一城，但随后两盘分别以3∶6、5∶7告负。\n\u{3000}\u{3000}赛后郑钦文表示，草地赛季是她需要继续适应的\n\
         场地，接下来将全力备战温网。\n");
    assert_eq!(a.front.reporters, vec!["张薇"]);
    assert!(a.body.starts_with("2024年女王杯网球赛17日继续进行，"), "{}", a.body);
}

#[test]
fn issue2_standalone_caption_over_the_next_story() {
    let arts = page(
        "\u{3000}\u{3000}6月17日，市民在奥林匹克森林公园南园的月季园\n内赏花拍照。据了解，园内200余个品种的月季已进入\n\
         盛花期，花期将持续至6月底。   京华晨报记者 陈佳 摄\n\n地铁19号线北太平庄站下月开通\n将与12号线实现站内换乘\n\
         \u{3000}\u{3000}记者6月17日从北京市轨道交通建设管理有限公司\n获悉，地铁19号线北太平庄站已完成全部土建和设备\n\
         安装，目前正在进行开通前的系统联调联试，预计7月\n中旬开通试运营。\n\
         \u{3000}\u{3000}该站位于北三环中路与北太平庄路交叉口，站内与\n12号线实现“L”形换乘，换乘距离约90米。开通后，19\n\
         号线全线运营车站将达到11座。\n\u{3000}\u{3000}文/京华晨报记者 李想 实习生 王一帆\n",
    );
    assert_eq!(arts.len(), 2, "{arts:#?}");
    assert_eq!(arts[0].front.contributors, vec!["陈佳"]);
    assert!(arts[0].front.reporters.is_empty());
    let head = format!("{} {}", arts[1].front.kicker.as_deref().unwrap_or(""), arts[1].front.title);
    assert!(head.contains("地铁19号线北太平庄站下月开通") && head.contains("将与12号线实现站内换乘"), "{head}");
    assert_eq!(arts[1].front.reporters, vec!["李想"]);
    assert!(arts[1].body.starts_with("记者6月17日从北京市"), "{}", arts[1].body);
    assert!(!arts[1].body.contains("## "));
}
