//! One small page per pattern the importer must recognise, Chinese and
//! English, each tested on its own (full-width and half-width punctuation).

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
fn kickers_and_titles(arts: &[Article]) -> Vec<(Option<&str>, &str)> {
    arts.iter().map(|a| (a.front.kicker.as_deref(), a.front.title.as_str())).collect()
}

fn one(text: &str) -> Article {
    let mut arts = page(text);
    assert_eq!(arts.len(), 1, "{:#?}", arts.iter().map(|a| &a.front.title).collect::<Vec<_>>());
    arts.remove(0)
}

#[test]
fn full_width_benbao_lead() {
    let a = one("村里来了文艺队\n\n本报讯（记者 张三 通讯员 李四 王五）腊月二十三，文艺队来到村里。\n");
    assert_eq!(a.front.title, "村里来了文艺队");
    assert_eq!(a.front.reporters, vec!["张三"]);
    assert_eq!(a.front.contributors, vec!["李四", "王五"]);
    assert_eq!(a.front.agency.as_deref(), Some("本报"));
    assert_eq!(a.body, "腊月二十三，文艺队来到村里。\n");
}

#[test]
fn byline_lines_with_markers() {
    for line in ["□本报记者 王凤侠", "■本报记者 王凤侠", "文/图 本报记者 王凤侠", "本报记者　王凤侠"]
    {
        let a = one(&format!("理论宣讲新生态\n\n{line}\n\n正文在此。\n"));
        assert_eq!(a.front.reporters, vec!["王凤侠"], "{line}");
        assert_eq!(a.body, "正文在此。\n", "{line}");
    }
    let a = one("标题\n■ 文/图 本报记者 张三 通讯员 李四\n正文。\n");
    assert_eq!(
        (a.front.reporters.clone(), a.front.contributors.clone()),
        (vec!["张三".to_string()], vec!["李四".to_string()])
    );
}

#[test]
fn compiled_by_credits_at_the_end() {
    let a = one("记者会问答\n\n问：今年有何打算？\n\n答：继续推进。\n\n（本报记者马飞整理）\n");
    assert_eq!(a.front.reporters, vec!["马飞"]);
    let a = one("记者会问答\n\n问:今年有何打算?\n\n答:继续推进。\n\n(本报记者李明英、苗苗、范丽丽整理)\n");
    assert_eq!(a.front.reporters, vec!["李明英", "苗苗", "范丽丽"]);
    assert!(!a.body.contains("整理"));
}

#[test]
fn qa_paragraphs_are_kept() {
    let a = one("记者会问答\n\n问：效果如何？\n\n答：很好。\n\n问：下一步？\n\n答：继续。\n");
    assert_eq!(a.body, "问：效果如何？\n\n答：很好。\n\n问：下一步？\n\n答：继续。\n");
}

#[test]
fn photo_and_organisation_credits() {
    let a = one("公园赏花\n\n本报讯（记者 张三）市民赏花。\n\n本报记者 李四 摄\n");
    assert_eq!(a.front.reporters, vec!["张三"]);
    assert_eq!(a.front.contributors, vec!["李四"]);
    let a = one("公园赏花\n\n本报讯（记者 张三）市民在公园赏花。 王五 摄\n");
    assert_eq!(a.front.contributors, vec!["王五"]);
    assert_eq!(a.body, "市民在公园赏花。\n");
    let a = one("冬季用电安全提示\n\n- 不要私拉电线。\n- 离家关闭电源。\n\n（市应急管理局、市消防救援支队供稿）\n");
    assert_eq!(a.front.contributors, vec!["市应急管理局", "市消防救援支队"]);
    assert_eq!(a.body, "- 不要私拉电线。\n- 离家关闭电源。\n");
}

#[test]
fn agency_datelines() {
    let a = one("新平台上线\n\n据新华社天津2月10日电（记者 张建新 徐鹏航）记者10日获悉，平台上线。\n");
    assert_eq!(a.front.reporters, vec!["张建新", "徐鹏航"]);
    assert_eq!(a.front.agency.as_deref(), Some("新华社"));
    let d = a.front.dateline.unwrap();
    assert_eq!((d.place.as_deref(), d.date), (Some("天津"), Date::new(2026, 2, 10)));
    assert_eq!(a.body, "记者10日获悉，平台上线。\n");
    let a = one("五部门发布指南\n\n新华社北京2月10日电(周圆王舒一)记者10日获悉。\n");
    assert_eq!(a.front.reporters, vec!["周圆", "王舒一"]);
    let a = one("项目开工\n\n本报鹤壁2月10日电（记者 张三）项目开工。\n");
    assert_eq!(a.front.agency.as_deref(), Some("本报"));
    assert_eq!(a.front.dateline.unwrap().place.as_deref(), Some("鹤壁"));
    let a = one("新年献词\n\n中新社北京十二月三十一日电 新年到了。\n");
    assert_eq!(a.front.agency.as_deref(), Some("中新社"));
}

#[test]
fn december_dateline_on_january_issue() {
    let arts = page_on("年终盘点\n\n新华社北京12月30日电（记者 王芳）年终。\n", Date::new(2026, 1, 2).unwrap());
    assert_eq!(arts[0].front.dateline.as_ref().unwrap().date, Date::new(2025, 12, 30));
}

#[test]
fn continuation_markers() {
    let a = one("市两会记者会\n\n（上接第一版）二是推动审批。\n\n三是加强谋划。（下转第3版）\n");
    assert_eq!(a.front.title, "市两会记者会");
    assert_eq!((a.front.continued_from, a.front.continued_to), (Some(1), Some(3)));
    assert_eq!(a.body, "二是推动审批。\n\n三是加强谋划。\n");
    let a = one("标题\n\n(上接1版)正文。\n\n(下转第十二版)\n");
    assert_eq!((a.front.continued_from, a.front.continued_to), (Some(1), Some(12)));
    assert!(!a.front.truncated);
}

#[test]
fn column_break_is_joined() {
    let a = one(
        "标题\n\n本报讯（记者 张三）示范区通过创新话语表达与产品形态，打造具有穿透力的理论传播产品矩阵，让党的创新理论成为网络“流\n\n量担当”。打造卡通IP。\n",
    );
    assert_eq!(
        a.body,
        "示范区通过创新话语表达与产品形态，打造具有穿透力的理论传播产品矩阵，让党的创新理论成为网络“流量担当”。打造卡通IP。\n"
    );
}

#[test]
fn running_head_inside_a_sentence_is_removed() {
    let a = one(
        "聚焦民意\n\n——代表建议全部办结\n\n联合人社部门完成养老服务技能人才培训评价2700余人，为推动我市社区养老服务\n\n提升办理实效\n\n——代表建议全部办结\n\n水平提升提供人才支撑。\n",
    );
    assert_eq!(a.front.subtitle.as_deref(), Some("代表建议全部办结"));
    assert_eq!(
        a.body,
        "联合人社部门完成养老服务技能人才培训评价2700余人，为推动我市社区养老服务水平提升提供人才支撑。\n"
    );
}

#[test]
fn header_and_footer_become_metadata() {
    let text = "鹤壁日报\n2026年2月11日　星期三\n第2版：要闻\n\n标题\n\n本报讯（记者 张三）正文。\n\n责任编辑：李四　美编：王五　校对：赵六\n";
    let a = one(text);
    assert_eq!(a.front.section.as_deref(), Some("要闻"));
    assert_eq!(a.body, "正文。\n");
    let raw = RawPage {
        source: "p.txt".into(),
        date: Date::new(2026, 2, 11).unwrap(),
        page: 2,
        section: Some("综合".into()),
        text: text.into(),
    };
    let arts = import_page(&raw, &ImportRules::default()).articles;
    assert_eq!(arts[0].front.section.as_deref(), Some("综合"));
}

#[test]
fn kicker_before_the_title() {
    let a = one("新春走基层·\n\n村里来了文艺队\n\n本报讯（记者 张三）正文。\n");
    assert_eq!(a.front.kicker.as_deref(), Some("新春走基层·"));
    assert_eq!(a.front.title, "村里来了文艺队");
}

#[test]
fn column_label_after_a_supplied_piece() {
    let arts = page(
        "安全规定\n\n- 第一条规定。\n- 第二条规定。\n\n（市人社局供稿）\n\n工伤预防·参保扩面进行时\n\n村晚开演\n\n本报讯（记者 朱迪）正文。\n",
    );
    assert_eq!(arts.len(), 2);
    assert_eq!(arts[0].front.kicker.as_deref(), Some("工伤预防·参保扩面进行时"));
    assert_eq!(arts[1].front.kicker, None);
    assert_eq!(arts[1].front.title, "村晚开演");
}

#[test]
fn subtitle_and_subheads() {
    let a = one(
        "立体化宣讲新生态\n\n——示范区理论宣讲品牌建设实践\n\n□本报记者 王凤侠\n\n导语。\n\n建强宣讲队伍\n\n第一部分。\n\n打造产品矩阵\n\n第二部分。\n",
    );
    assert_eq!(a.front.subtitle.as_deref(), Some("示范区理论宣讲品牌建设实践"));
    assert_eq!(a.body, "导语。\n\n## 建强宣讲队伍\n\n第一部分。\n\n## 打造产品矩阵\n\n第二部分。\n");
}

#[test]
fn bullet_lists() {
    let a = one("须知\n\n本报讯 注意事项如下：\n\n● 第一条。\n● 第二条。\n• 第三条。\n");
    assert_eq!(a.body, "注意事项如下：\n\n- 第一条。\n- 第二条。\n- 第三条。\n");
}

#[test]
fn last_article_cut_at_page_end_is_truncated() {
    let arts = page(
        "甲新闻\n\n本报讯（记者 张三）完整的一篇。\n\n乙新闻\n\n本报讯（记者 李四）指南提出到2030年新制定科技服务业国家标准和行业标准80项以上，基本建成标准体系，标准服\n",
    );
    assert_eq!(arts.len(), 2);
    assert!(!arts[0].front.truncated);
    assert!(arts[1].front.truncated);
}

#[test]
fn several_articles_in_order() {
    let arts =
        page("一号新闻\n本报讯（记者 甲一）一。\n二号新闻\n□本报记者 乙二\n二。\n三号新闻\n新华社北京2月10日电 三。\n");
    let titles: Vec<&str> = arts.iter().map(|a| a.front.title.as_str()).collect();
    assert_eq!(titles, vec!["一号新闻", "二号新闻", "三号新闻"]);
    let orders: Vec<u32> = arts.iter().map(|a| a.order.unwrap()).collect();
    assert_eq!(orders, vec![1, 2, 3]);
}

#[test]
fn page_without_headline_gets_a_title_and_valid_front_matter() {
    let a = one("（上接第一版）全力保障项目按节点推进。\n");
    assert!(!a.front.title.is_empty());
    assert_eq!(a.front.continued_from, Some(1));
}

#[test]
fn gbk_page_decodes() {
    let (bytes, _, _) = encoding_rs::GBK.encode("标题\r\n\r\n本报讯（记者 张三）正文。\r\n");
    let text = gazette::import::decode(&bytes, Path::new("p.txt")).unwrap();
    assert_eq!(one(&text).front.reporters, vec!["张三"]);
}

// English pages.

#[test]
fn english_by_line_staff_writer_all_caps_headline() {
    let a = one(
        "COUNCIL PASSES BUDGET\n\nBy JANE DOE, Staff Writer\n\nThe city council passed the budget on Tuesday.\n\nThe budget adds money for parks.\n",
    );
    assert_eq!(a.front.title, "COUNCIL PASSES BUDGET");
    assert_eq!(a.front.reporters, vec!["Jane Doe"]);
    assert_eq!(a.body, "The city council passed the budget on Tuesday.\n\nThe budget adds money for parks.\n");
    assert!(a.front.tags.contains(&"budget".to_string()), "{:?}", a.front.tags);
}

#[test]
fn english_agency_byline_and_dateline() {
    let a = one(
        "Senate Approves Farm Bill\n\nJohn Roe, The Associated Press\n\nWASHINGTON (AP) — The Senate approved the farm bill on Tuesday.\n",
    );
    assert_eq!(a.front.reporters, vec!["John Roe"]);
    assert_eq!(a.front.agency.as_deref(), Some("Associated Press"));
    assert_eq!(a.front.dateline.unwrap().place.as_deref(), Some("Washington"));
    assert_eq!(a.body, "The Senate approved the farm bill on Tuesday.\n");
}

#[test]
fn english_dateline_with_state_and_date() {
    let a = one("Flood Waters Recede\n\nBy Ann Lee\n\nSPRINGFIELD, Ill., Feb. 10 — Flood waters receded on Tuesday.\n");
    let d = a.front.dateline.unwrap();
    assert_eq!((d.place.as_deref(), d.date), (Some("Springfield, Ill."), Date::new(2026, 2, 10)));
    assert_eq!(a.body, "Flood waters receded on Tuesday.\n");
}

#[test]
fn english_jump_lines() {
    let a = one("School Board Votes\n\nBy Ann Lee\n\nThe board voted to close two schools.\n\nContinued on Page A6\n");
    assert_eq!(a.front.continued_to, Some(6));
    assert!(!a.body.contains("Continued"));
    let a = one("School Board Votes\n\nContinued from Page A1\n\nParents spoke for two hours.\n");
    assert_eq!(a.front.continued_from, Some(1));
    assert_eq!(a.body, "Parents spoke for two hours.\n");
}

#[test]
fn english_column_break_and_two_articles() {
    let arts = page(
        "Wednesday, February 11, 2026\nA2 | LOCAL NEWS\n\nMayor Opens New Library\n\nBy Ann Lee\n\nThe mayor opened the new library on Main Street on Tuesday, saying it would serve\n\nthousands of families.\n\nBridge Repairs Begin\n\nBy Bob Roe and Cy Poe\n\nRepairs began on the bridge.\n",
    );
    assert_eq!(arts.len(), 2);
    assert_eq!(arts[0].front.section.as_deref(), Some("Local News"));
    assert_eq!(
        arts[0].body,
        "The mayor opened the new library on Main Street on Tuesday, saying it would serve thousands of families.\n"
    );
    assert_eq!(arts[1].front.title, "Bridge Repairs Begin");
    assert_eq!(arts[1].front.reporters, vec!["Bob Roe", "Cy Poe"]);
}

#[test]
fn english_role_line_under_byline() {
    let a = one("Mayor Opens Library\n\nBy Ann Lee\n\nStaff Writer\n\nThe mayor opened the library.\n");
    assert_eq!(a.front.reporters, vec!["Ann Lee"]);
    assert_eq!(a.body, "The mayor opened the library.\n");
}

#[test]
fn site_yaml_rules_extend_the_defaults() {
    let cfg: gazette::import::RulesConfig = serde_saphyr::from_str(
        "agencies: [鹤壁新闻网]\nheader_patterns: ['^本期导读']\nsections: [淇河]\ncolumn_markers: [小贴士]\n",
    )
    .unwrap();
    let topics = vec![gazette::config::TopicDef {
        name: "村晚".into(),
        slug: Some("cunwan".into()),
        keywords: vec!["村晚".into()],
    }];
    let rules = ImportRules::new(&cfg, &topics);
    let text = "本期导读\n淇河\n村晚开演\n鹤壁新闻网淇县2月10日电（记者 张三）村晚开演。\n";
    let raw = RawPage {
        source: "p.txt".into(),
        date: Date::new(2026, 2, 11).unwrap(),
        page: 2,
        section: None,
        text: text.into(),
    };
    let arts = import_page(&raw, &rules).articles;
    assert_eq!(arts.len(), 1);
    let a = &arts[0];
    assert_eq!(a.front.section.as_deref(), Some("淇河"));
    assert_eq!(a.front.agency.as_deref(), Some("鹤壁新闻网"));
    assert_eq!(a.front.dateline.as_ref().unwrap().place.as_deref(), Some("淇县"));
    assert_eq!(a.front.topic.as_deref(), Some("村晚"));
    assert_eq!(a.front.title, "村晚开演");
}

#[test]
fn end_marks_and_box_labels() {
    let a = one(
        "冬季安全生产不放松\n\n本报讯（记者 赵敏）会议部署工作。\n\n■新闻链接\n\n什么是责任制？\n\n责任制是指……\n\n（完）\n",
    );
    assert_eq!(a.front.reporters, vec!["赵敏"]);
    assert!(!a.body.contains("（完）"));
    assert!(a.body.contains("## 新闻链接\n\n## 什么是责任制？\n\n责任制是指"), "{}", a.body);
}

#[test]
fn byline_above_the_headline_and_trailing_byline() {
    let arts =
        page("甲新闻\n\n本报讯 第一篇。\n\n本报记者 张三 通讯员 李四\n\n乙新闻\n\n本报讯（记者 赵六）第二篇。\n");
    assert_eq!(arts.len(), 2, "{:#?}", arts.iter().map(|a| &a.front.title).collect::<Vec<_>>());
    assert_eq!(arts[0].front.reporters, vec!["张三"]);
    assert_eq!(arts[0].front.contributors, vec!["李四"]);
    assert_eq!(arts[1].front.reporters, vec!["赵六"]);
    let arts = page("甲新闻\n\n本报讯 第一篇。\n\n□本报记者 王五\n\n乙新闻标题\n\n第二篇正文。\n");
    assert_eq!(arts.len(), 2);
    assert_eq!(arts[1].front.title, "乙新闻标题");
    assert_eq!(arts[1].front.reporters, vec!["王五"]);
    assert_eq!(arts[1].body, "第二篇正文。\n");
}

#[test]
fn long_headline_before_a_lead() {
    let title = "市委常委会召开会议传达学习全国两会精神研究部署我市贯彻落实工作推动经济社会高质量发展再上新台阶";
    let arts = page(&format!("甲新闻\n\n本报讯（记者 甲）一。\n\n{title}\n\n本报讯（记者 乙）二。\n"));
    assert_eq!(arts.len(), 2);
    assert_eq!(arts[1].front.title, title);
    assert_eq!(arts[0].body, "一。\n");
}

/// A page whose running head is `page section date weekday editor`, with
/// hard-wrapped lines, and a bare `据新华社电` lead opening its own article.
#[test]
fn numbered_running_head_and_bare_agency_lead() {
    let arts = page(
        "4 经济新闻 2024年3月5日 星期二 责任编辑：王小明\n\n　　我市外贸实现开门红\n　　本报讯（记者 刘洋 通讯员 陈静）今年1至2月，我市\n外贸进出口总值达到45.6亿元。\n\n　　全国两会在京开幕\n　　据新华社电 十四届全国人大二次会议5日上午开幕。\n　　会议听取了政府工作报告。\n",
    );
    let titles: Vec<&str> = arts.iter().map(|a| a.front.title.as_str()).collect();
    assert_eq!(titles, ["我市外贸实现开门红", "全国两会在京开幕"]);
    assert_eq!(arts[0].front.section.as_deref(), Some("经济新闻"));
    assert_eq!(arts[0].body, "今年1至2月，我市外贸进出口总值达到45.6亿元。\n");
    assert_eq!(arts[1].front.agency.as_deref(), Some("新华社"));
    assert!(arts[1].front.kicker.is_none());
    assert_eq!(arts[1].body, "十四届全国人大二次会议5日上午开幕。\n\n会议听取了政府工作报告。\n");
}

/// An Australian regional page, hard-wrapped at a column's width: its folio
/// two spaces apart, headlines stacked on short lines broken mid-phrase with
/// a blank line under them, a story opening with its first word in capitals
/// after the last one's text, and a byline as a bare name.
#[test]
fn stacked_english_headlines_over_blank_lines() {
    let arts = page(
        "8  NEWS  The Border Mail, Thursday, June 18, 2026\n\nHospital car park\nfees scrapped for\nstaff on night shift\n\n\
         By ANNA DAVIES\n\nNIGHT-shift nurses at Albury Wodonga\nHealth will no longer pay to park at\nthe hospital from next month.\n\n\
         The health service said the change would\ncost about $180,000 a year in lost\nrevenue.\n\n\
         Farmers warned of\nlocust outbreak\nas spring nears\n\nGRAIN growers across the Riverina have\nbeen told to prepare for a possible\n\
         locust outbreak in spring.\n\nLocal officer Mark Ferrier said farmers\nshould report any sightings.\n\n\
         Wodonga man jailed\nover crash that\nkilled cyclist\n\nJodie Bradby\n\nA WODONGA man who hit and killed a\n\
         cyclist has been jailed for at least\nfour years.\n",
    );
    let titles: Vec<&str> = arts.iter().map(|a| a.front.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Hospital car park fees scrapped for staff on night shift",
            "Farmers warned of locust outbreak as spring nears",
            "Wodonga man jailed over crash that killed cyclist"
        ]
    );
    assert_eq!(arts[0].front.reporters, vec!["Anna Davies"]);
    assert!(arts[1].body.starts_with("GRAIN growers across the Riverina have been told"), "{}", arts[1].body);
    assert_eq!(arts[2].front.reporters, vec!["Jodie Bradby"]);
    assert!(arts[2].body.starts_with("A WODONGA man"), "{}", arts[2].body);
    // A subhead of a few words over text in plain case stays in its story.
    let a = one(
        "Council backs new pool\n\nBy JANE ROE\n\nTHE council voted for the pool on\nTuesday night after a long debate.\n\n\
         Costs\n\nThe pool will cost $12 million, the\nmayor said.\n",
    );
    assert!(a.body.contains("## Costs"), "{}", a.body);
}

/// A Taiwanese page: credits in tortoise-shell brackets opening the text,
/// a jump without `版`, the Central News Agency's desk note with its day
/// code, and the page's phone lines at its foot.
#[test]
fn taiwanese_bracketed_credits_and_jumps() {
    let arts = page(
        "台中捷運藍線　最快2027年底動工\n〔記者蔡淑媛／台中報導〕台中捷運藍線綜合規劃昨獲行政院核定。\n\n\
         市議員江肇國則質疑轉乘距離過長。（下轉A12）\n\n\n彰化芳苑潮間帶　發現瀕危黑面琵鷺\n\
         〔記者張聰秋／彰化報導〕彰化縣芳苑鄉潮間帶近日出現6隻黑面琵鷺覓食。\n\n\n颱風外圍環流　中南部嚴防豪雨\n\
         （中央社台北18日電）中央氣象署今天表示，今晚起中南部有局部豪雨。\n\n水利署已預布抽水機1200台。（編輯：李明宗）1150618\n\n\
         本版廣告專線：(04)2358-0000　　讀者服務專線：0800-000-666\n",
    );
    let titles: Vec<&str> = arts.iter().map(|a| a.front.title.as_str()).collect();
    assert_eq!(titles.len(), 3, "{titles:?}");
    assert_eq!(arts[0].front.reporters, vec!["蔡淑媛"]);
    assert_eq!(arts[0].front.continued_to, Some(12));
    assert!(!arts[0].body.contains("下轉") && !arts[0].body.contains("〔"), "{}", arts[0].body);
    assert_eq!(arts[1].front.reporters, vec!["張聰秋"]);
    assert_eq!(arts[2].front.agency.as_deref(), Some("中央社"));
    assert!(arts[2].body.ends_with("水利署已預布抽水機1200台。\n"), "{}", arts[2].body);
}

/// A picture story after a story's last paragraph: its short title, the
/// caption and the photographer's credit are a piece of their own.
#[test]
fn picture_story_after_a_story() {
    let arts = page(
        "高温来袭 这份防暑指南请收好\n\n本报讯 记者从市气象台获悉，今天起我市将迎来高温天气。\n\n\
         市疾控中心提醒市民多喝水。\n\n荷风送香\n\n6月17日，市民在南湖植物园荷花池边赏荷拍照。图为一名小朋友在荷塘边写生。\n本报记者　张帆　摄\n",
    );
    let titles: Vec<&str> = arts.iter().map(|a| a.front.title.as_str()).collect();
    assert_eq!(titles, ["高温来袭 这份防暑指南请收好", "荷风送香"]);
    assert_eq!(arts[0].body.matches("\n\n").count(), 1, "{}", arts[0].body);
    assert!(arts[1].body.starts_with("6月17日，市民在南湖植物园"), "{}", arts[1].body);
    // A subhead over text stays in its story.
    let a = one("高温来袭\n\n本报讯 今天起我市将迎来高温天气。\n\n专家提醒\n\n市疾控中心提醒市民多喝水。\n");
    assert!(a.body.contains("## 专家提醒"), "{}", a.body);
}

/// Indian bylines: the reporter and the paper's initials after a bar, or the
/// paper's correspondent in capitals, with the dateline on its own line; a
/// deck with a semicolon between headline and byline.
#[test]
fn indian_byline_over_a_dateline_line() {
    let arts = page(
        "GHMC to fine restaurants for dumping waste\nDC CORRESPONDENT\nHYDERABAD, JUNE 17\n\n\
         The Greater Hyderabad Municipal Corporation will impose fines on eateries.\n\n\
         Water rationing in 12\ncolonies as Osmansagar dips\nAlternate-day supply till monsoon picks up; 150 extra tankers pressed into service\n\n\
         KANIZA GARARI | DC\nHYDERABAD, JUNE 17\n\n\
         With the water level in Osmansagar falling, the board announced alternate-day supply.\n",
    );
    let titles: Vec<&str> = arts.iter().map(|a| a.front.title.as_str()).collect();
    assert_eq!(
        titles,
        ["GHMC to fine restaurants for dumping waste", "Water rationing in 12 colonies as Osmansagar dips"]
    );
    // The deck, semicolon and all, under the headline.
    assert_eq!(
        arts[1].front.subtitle.as_deref(),
        Some("Alternate-day supply till monsoon picks up; 150 extra tankers pressed into service")
    );
    // (The paper's initials before the role: its desk filed it, round 207.)
    assert_eq!(arts[0].front.reporters, vec!["DC Correspondent"]);
    assert_eq!(arts[1].front.reporters, vec!["Kaniza Garari"]);
    for a in &arts {
        let d = a.front.dateline.as_ref().expect("dateline");
        assert_eq!(d.place.as_deref(), Some("Hyderabad"), "{:?}", a.front);
        assert!(!a.body.contains("HYDERABAD") && !a.body.contains("| DC"), "{}", a.body);
    }
}

/// `Hyderabad: Hyderabad Metro Rail will…`: an Indian paper's dateline of
/// the place alone in plain case, under a headline and deck, opens a story
/// of its own; a desk's brief column (`CITY IN BRIEF`) labels every brief
/// under it. Mid-story, `Rao: We will…` stays text.
#[test]
fn indian_plain_case_colon_datelines_and_a_desks_brief_column() {
    let arts = page(
        "GHMC to fine restaurants for dumping waste\nDC CORRESPONDENT\nHYDERABAD, JUNE 17\n\n\
         The corporation will impose fines on eateries.\n\n\
         Rao: We will inspect every zone next week.\n\n\
         Metro Rail extends timings on weekends\nLast train from terminals at 11.45 pm on Saturdays\n\n\
         Hyderabad: Hyderabad Metro Rail will run its last train at 11.45 pm on weekends.\n\n\
         Fares will remain unchanged.\n\n\
         CITY IN BRIEF\nPower cuts in Kukatpally today\n\
         Hyderabad: Power supply will be interrupted from 10 am to 2 pm on Thursday.\n\n\
         Book fair at NTR Stadium\n\
         Hyderabad: The 12-day book fair will begin on Friday.\n",
    );
    let heads = kickers_and_titles(&arts);
    assert_eq!(
        heads,
        [
            (None, "GHMC to fine restaurants for dumping waste"),
            (None, "Metro Rail extends timings on weekends"),
            (Some("CITY IN BRIEF"), "Power cuts in Kukatpally today"),
            (Some("CITY IN BRIEF"), "Book fair at NTR Stadium"),
        ]
    );
    assert!(arts[0].body.contains("Rao: We will inspect"), "{}", arts[0].body);
    assert_eq!(arts[1].front.subtitle.as_deref(), Some("Last train from terminals at 11.45 pm on Saturdays"));
    for a in &arts[1..] {
        let d = a.front.dateline.as_ref().expect("dateline");
        assert_eq!(d.place.as_deref(), Some("Hyderabad"), "{:?}", a.front);
        assert!(!a.body.starts_with("Hyderabad:"), "{}", a.body);
    }
}

/// A photo's caption that the column break set between the two halves of
/// a sentence: the sentence is joined, the caption kept after it (Hong
/// Kong `■…（資料圖片）`, mainland `▲…`, a Philippine caption label in
/// capitals signed `—NAME`, an American `STAFF PHOTO BY` over its caption).
#[test]
fn captions_inside_a_paragraph_cut_by_a_column_break() {
    let cases: [(&str, &str, &str); 4] = [
        (
            "北都住宅地截標\n\n【明報專訊】政府昨日截標。他又指，若今次標價未達政府\n\n\
             ■古洞北第25區住宅地昨截標，共接獲九份標書。（資料圖片）\n\n心目中的底價，不排除部分地皮會流標。\n",
            "若今次標價未達政府心目中的底價，不排除部分地皮會流標。",
            "■古洞北第25區住宅地昨截標",
        ),
        (
            "老小区加装电梯\n\n本报讯 街道组织社区、物业和设计单位召开议事会，从改造资金中拿出一部分，为一楼住户更换隔音窗、修缮\n\n▲改造后的家属院环境整洁，新装的电梯投入使用。\n\n\
             小院，最终6栋楼全部签字同意。\n",
            "修缮小院，最终6栋楼全部签字同意。",
            "▲改造后的家属院环境整洁",
        ),
        (
            "Flood control projects under review\n\nBy JANE CRUZ\n\nMANILA—The secretary admitted that some of the projects had been rushed to meet the year-end deadlines for the release of funds, but denied\n\n\
             WAITING GAME Residents of Calumpit line up for relief goods on Wednesday. —LYN RILLON\n\n\
             that there was any overpricing. \"We will open all our records,\" he said.\n",
            "but denied that there was any overpricing.",
            "WAITING GAME Residents",
        ),
        (
            "Water line work starts Monday\n\nBy Tom Reed\nStaff Writer\n\nThe project will cost $2 million, which will be paid back from water\n\n\
             STAFF PHOTO BY JEFF MORALES\nCrews mark utility lines along Main Street on Wednesday.\n\n\
             rates. Residents will not see an increase this year.\n",
            "paid back from water rates. Residents",
            "Crews mark utility lines",
        ),
    ];
    for (text, joined, caption) in cases {
        let a = one(text);
        assert!(a.body.contains(joined), "{}", a.body);
        let (j, c) = (a.body.find(joined), a.body.find(caption));
        assert!(c.is_some_and(|c| Some(c) > j), "caption lost or inside the sentence:\n{}", a.body);
    }
}

/// Hong Kong and Malaysian papers set the main headline first and its deck
/// under it (`北都首批住宅地截標　反應遜預期` / `三幅地共接21份標書…`), a
/// deck may name its source (`安华：…`), and a brief column's label may be
/// in traditional characters (`港聞簡訊`).
#[test]
fn hong_kong_and_malaysian_heads_and_briefs() {
    let arts = page(
        "北都首批住宅地截標　反應遜預期\n三幅地共接21份標書　測量師料每呎樓面價僅4000元\n\n\
         【明報專訊】政府北部都會區首批三幅住宅用地昨日截標。\n\n（記者 陳嘉欣）\n\n\
         港聞簡訊\n\n■天文台：周末有狂風驟雨\n天文台預測周末有狂風驟雨。\n\n\
         ■海洋公園暑假延長開放時間\n海洋公園宣布暑假延長開放時間。\n\n\
         RM3.2亿提升乡区道路\n安华：年底前动工逾600项目\n\n（布城17日讯）首相安华宣布，联邦政府今年将额外拨款。\n",
    );
    let heads: Vec<(Option<&str>, &str, Option<&str>)> =
        arts.iter().map(|a| (a.front.kicker.as_deref(), a.front.title.as_str(), a.front.subtitle.as_deref())).collect();
    assert_eq!(
        heads,
        [
            (None, "北都首批住宅地截標 反應遜預期", Some("三幅地共接21份標書 測量師料每呎樓面價僅4000元")),
            (Some("港聞簡訊"), "天文台：周末有狂風驟雨", None),
            (Some("港聞簡訊"), "海洋公園暑假延長開放時間", None),
            (None, "RM3.2亿提升乡区道路", Some("安华：年底前动工逾600项目")),
        ]
    );
}

/// A hard-wrapped American page: a deck set wider than the column under its
/// headline is no line of the column, so the headline does not run into it;
/// an obituary column's names (`Linda K. Sutter`, an initial's full stop is
/// no sentence end) each head an obituary that opens on its town.
#[test]
fn wide_deck_on_a_wrapped_page_and_an_obituary_column() {
    let arts = page(
        "Senate passes stopgap bill to avert shutdown\n\
         Measure funds government through Sept. 30; House vote expected Friday\n\n\
         By KEVIN FREKING and MARY CLARE JALONICK\nAssociated Press\n\n\
         \x20\x20WASHINGTON (AP) — The Senate voted 71-28\non Wednesday to pass a short-term spending\n\
         bill that would keep the federal government\nfunded through the end of September.\n\
         \x20\x20The bill keeps most agencies running at\ncurrent levels but adds $4.2 billion in\n\
         disaster aid for states hit by spring\ntornadoes and flooding this year.\n\n\
         OBITUARIES\n\nRobert \"Bob\" Hensley\n\
         \x20\x20MILFORD — Robert Allen \"Bob\" Hensley, 84,\nof Milford, died Monday, June 15, 2026, at\n\
         Margaret Mary Health in Batesville.\n\
         \x20\x20Visitation is 4 to 7 p.m. Friday at the\nfuneral home, with services on Saturday.\n\n\
         Linda K. Sutter\n\
         \x20\x20GREENSBURG — Linda Kay Sutter, 71, of\nGreensburg, passed away Tuesday, June 16,\n\
         2026, at her home surrounded by family.\n",
    );
    let heads: Vec<(Option<&str>, &str, Option<&str>)> =
        arts.iter().map(|a| (a.front.kicker.as_deref(), a.front.title.as_str(), a.front.subtitle.as_deref())).collect();
    assert_eq!(
        heads,
        [
            (
                None,
                "Senate passes stopgap bill to avert shutdown",
                Some("Measure funds government through Sept. 30; House vote expected Friday")
            ),
            (Some("OBITUARIES"), "Robert \"Bob\" Hensley", None),
            (Some("OBITUARIES"), "Linda K. Sutter", None),
        ]
    );
    assert_eq!(arts[0].front.reporters, vec!["Kevin Freking", "Mary Clare Jalonick"]);
    assert!(!arts[1].body.contains("Sutter"), "{}", arts[1].body);
    assert_eq!(arts[2].front.dateline.as_ref().and_then(|d| d.place.as_deref()), Some("Greensburg"));
}

/// Philippine credits: the paper's bureau under or after the `By` line is
/// no writer; `—WITH A REPORT FROM X` and `—TINA G. SANTOS` dashed onto the
/// last paragraph are credits, not text; `AROUND THE NATION` labels each
/// brief of its round-up.
#[test]
fn philippine_bureau_lines_dashed_credits_and_a_round_up() {
    let arts = page(
        "Albay evacuees told to stay as Mayon stays restive\n\nBy MAR S. ARGUELLES\nInquirer Southern Luzon\n\n\
         LEGAZPI CITY—Nearly 9,000 residents were told on Wednesday to remain in evacuation centers.\n\n\
         Classes in 23 schools remain suspended. —WITH A REPORT FROM NESTOR CORRALES\n\n\
         Ex-mayor convicted of graft\n\nBy JOEL LOPEZ, Inquirer Visayas\n\n\
         ILOILO CITY—The Sandiganbayan convicted a former mayor on Wednesday.\n\n\
         The court found that he approved the full advance payment, in violation of procurement rules. —TINA G. SANTOS\n\n\
         AROUND THE NATION\n\nCebu water rationing extended\n\
         CEBU CITY—The water district will extend its water rationing schedule until the end of July.\n\n\
         Davao bans fireworks near airport\n\
         DAVAO CITY—The city council on Tuesday approved an ordinance banning fireworks near the airport.\n",
    );
    let heads = kickers_and_titles(&arts);
    assert_eq!(
        heads,
        [
            (None, "Albay evacuees told to stay as Mayon stays restive"),
            (None, "Ex-mayor convicted of graft"),
            (Some("AROUND THE NATION"), "Cebu water rationing extended"),
            (Some("AROUND THE NATION"), "Davao bans fireworks near airport"),
        ]
    );
    assert_eq!(arts[0].front.reporters, vec!["Mar S. Arguelles"]);
    assert_eq!(arts[0].front.contributors, vec!["Nestor Corrales"]);
    assert_eq!(arts[1].front.reporters, vec!["Joel Lopez"]);
    assert!(arts[1].front.contributors.iter().chain(&arts[1].front.reporters).any(|n| n == "Tina G. Santos"));
    for a in &arts[..2] {
        assert!(!a.body.contains("Inquirer") && !a.body.contains('—'), "{}", a.body);
    }
}

/// Malaysian Chinese papers dash the wire onto the last sentence
/// (`…户头。——马新社`) and jump to a lettered page without `版` (`（转A6）`).
#[test]
fn malaysian_dashed_wire_and_lettered_jump() {
    let a = one("网购诈骗案激增\n\n警方今日表示，今年首5月共接获网购诈骗案逾3000宗，损失逾1.8亿令吉。\n\n\
         警方已冻结相关户头，其余案件仍在调查。（转A6）\n");
    assert_eq!(a.front.continued_to, Some(6));
    assert!(!a.body.contains("转A6"), "{}", a.body);
    let b = one(
        "网购诈骗案激增\n\n警方今日表示，今年首5月共接获网购诈骗案逾3000宗，损失逾1.8亿令吉。\n\n警方已冻结相关户头。——马新社\n",
    );
    assert_eq!(b.front.agency.as_deref(), Some("马新社"));
    assert!(!b.body.contains("马新社"), "{}", b.body);
}

/// A desk's brief column (`民生快递`) labels every brief; a credited photo
/// set under the last brief, which its author's signature closed, is a
/// picture story of its own, not part of that brief.
#[test]
fn brief_column_of_a_desk_and_a_photo_after_a_signed_brief() {
    let arts = page(
        "民生快递\n\n市图书馆推出暑期阅读季活动\n6月17日，市图书馆启动“书香暑假”阅读季活动，市民可通过公众号预约报名。（刘　洋）\n\n\
         市中心医院开设“暑期近视门诊”\n记者6月17日从市中心医院获悉，该院眼科即日起开设“暑期近视门诊”。（苗　苗）\n\n\
         6月17日，淇滨区一家农机合作社的收割机在麦田里作业。眼下，我市小麦已收获九成以上。　本报记者　张　伟　摄\n",
    );
    let heads = kickers_and_titles(&arts);
    assert_eq!(heads.len(), 3, "{heads:?}");
    assert_eq!(
        heads[..2],
        [(Some("民生快递"), "市图书馆推出暑期阅读季活动"), (Some("民生快递"), "市中心医院开设“暑期近视门诊”")]
    );
    assert_eq!(arts[1].front.reporters, vec!["苗苗"]);
    assert!(!arts[1].body.contains("收割机"), "{}", arts[1].body);
    assert_eq!(arts[2].front.contributors, vec!["张伟"]);
    assert!(arts[2].body.contains("收割机"), "{}", arts[2].body);
}

/// A page wrapped at 40 characters: a photo credit's label at a line end
/// (`Picture:`) has its name on the next line, which heads nothing; the
/// paper's site alone on the page's last line is its foot.
#[test]
fn wrapped_credit_label_and_the_papers_site_at_the_foot() {
    let arts = page(
        "Fun runners raise £12,000 for ambulance\n\nBy Emily Clarke\n\n\
         MORE than 200 runners took part in the\nannual Swaledale fun run on Sunday,\n\
         raising £12,000 for the air ambulance.\n\n\
         Runners set off from Reeth village green\nat the start of Sunday's event. Picture:\nYorkshire Air Ambulance\n\n\
         Police appeal after sheep stolen from farm\n\n\
         POLICE are appealing for information\nafter 40 sheep were stolen from a farm\nnear Askrigg last week.\n\n\
         www.dalescourier.co.uk\n",
    );
    let titles: Vec<&str> = arts.iter().map(|a| a.front.title.as_str()).collect();
    assert_eq!(titles, ["Fun runners raise £12,000 for ambulance", "Police appeal after sheep stolen from farm"]);
    assert!(!arts[0].body.contains("Picture") && !arts[0].body.contains("## "), "{}", arts[0].body);
    assert!(!arts[1].body.contains("www."), "{}", arts[1].body);
}

#[test]
fn a_picture_story_under_a_jump_line_is_its_own() {
    let arts = page(
        "Council backs new bus depot\n\
\n\
By Mark Hill\n\
Reporter\n\
\n\
Councillors on Tuesday backed plans for a new bus depot on the edge of Leyburn, ending a two-year row over the site.\n\
\n\
The depot will house twelve buses and create thirty jobs, the operator said in its application to the council.\n\
\n\
Continued on page 7\n\
\n\
Lambing time at Thornton Farm\n\
Farmer Jane Dale with twin lambs born on Sunday at Thornton Farm near Masham. Picture: Tom Ward\n\
\n\
Village hall reopens after repairs\n\
\n\
By Sue Park\n\
\n\
The village hall in Askrigg reopened on Saturday after a year of repairs paid for by residents.\n\
",
    );
    let titles: Vec<&str> = arts.iter().map(|a| a.front.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Council backs new bus depot", "Lambing time at Thornton Farm", "Village hall reopens after repairs"]
    );
    assert_eq!(arts[0].front.continued_to, Some(7));
    assert!(!arts[0].body.contains("lambs"), "{}", arts[0].body);
    assert_eq!(arts[1].front.contributors, vec!["Tom Ward"]);
}

#[test]
fn macau_head_in_chinese_numerals_and_traditional_surnames() {
    let arts = page(
        "澳門日報                    二〇二六年六月十八日 星期四                    A4\n\
         澳聞          責任編輯：何嘉敏　美術編輯：陳永康\n\
         \n\
         社工局推長者智能手機課程\n\
         【本報訊】社會工作局推出長者數碼共融計劃，為長者免費提供智能手機使用課程。\n\
         有意參加的長者可即日起報名，額滿即止。（記者 黃偉傑）\n\
         \n\
         圖：輕軌氹仔線列車駛經海洋站。（記者 張永康 攝）\n\
         \n\
         旅遊局：端午假期旅客按年增一成二\n\
         【本報訊】旅遊局公布，端午節三日假期共錄得入境旅客約七十八萬人次。\n\
         局方將推出更多夏季旅遊產品，吸引旅客留澳過夜。（記者 陳美玲）\n",
    );
    let titles: Vec<&str> = arts.iter().map(|a| a.front.title.as_str()).collect();
    assert_eq!(titles, ["社工局推長者智能手機課程", "輕軌氹仔線列車駛經海洋站", "旅遊局：端午假期旅客按年增一成二"]);
    assert!(arts.iter().all(|a| a.front.section.as_deref() == Some("澳聞")));
    assert_eq!(arts[0].front.reporters, vec!["黃偉傑"]);
    assert!(arts[0].body.ends_with("額滿即止。\n"), "{}", arts[0].body);
    assert_eq!(arts[1].front.contributors, vec!["張永康"]);
    assert_eq!(arts[2].front.reporters, vec!["陳美玲"]);
}

#[test]
fn securities_daily_bylines_wire_closing_credit_and_commentary() {
    let arts = page(
        "平安银行拟发行300亿元二级资本债\n\
         证券时报记者 孙翔峰\n\
         平安银行（000001）6月17日晚间公告，董事会审议通过发行二级资本债券的议案。\n\
         \n\
         光伏龙头二季度排产回升\n\
         证券时报记者 韩忠楠\n\
         进入6月，光伏产业链价格企稳迹象显现。\n\
         \n\
         【数据】\n\
         6月17日光伏板块部分个股表现\n\
         证券代码　　证券简称　　收盘价（元）　　涨跌幅\n\
         601012　　隆基绿能　　18.56　　+3.22%\n\
         688223　　晶科能源　　6.71　　-0.74%\n\
         数据来源：Wind\n\
         \n\
         宁德时代拟在匈牙利增建电池工厂\n\
         证券时报记者 曹晨\n\
         宁德时代（300750）6月17日晚间公告，公司拟在匈牙利投资建设第二期动力电池项目。\n\
         \n\
         证监会：进一步支持科技企业境内上市\n\
         新华社北京6月17日电（记者 刘慧 吴雨）中国证监会17日召开新闻发布会。\n\
         证监会将持续完善多层次资本市场体系。\n\
         \n\
         5月份社会消费品零售总额同比增长5.1%\n\
         国家统计局17日发布数据显示，5月份社会消费品零售总额41326亿元，同比增长5.1%。\n\
         以旧换新政策持续显效。（新华社北京6月17日电）\n\
         \n\
         评论\n\
         分红“常态化”需要制度托底\n\
         近日，又有多家上市公司披露年度分红实施公告。\n\
         让分红真正成为常态，既要靠上市公司自觉，更要靠制度托底。\n\
         （作者系本报评论员 张锐）\n\
         \n\
         本版专栏文章仅代表作者个人观点\n",
    );
    let titles: Vec<&str> = arts.iter().map(|a| a.front.title.as_str()).collect();
    assert_eq!(titles.len(), 7, "{titles:?}");
    let reporters: Vec<Vec<String>> = arts.iter().map(|a| a.front.reporters.clone()).collect();
    assert_eq!(reporters[0], ["孙翔峰"]);
    assert_eq!(reporters[1], ["韩忠楠"]);
    assert_eq!(arts[0].front.agency.as_deref(), Some("证券时报"));
    assert!(arts[2].body.contains("数据来源：Wind"), "{}", arts[2].body);
    assert_eq!((arts[3].front.kicker.as_deref(), titles[3]), (None, "宁德时代拟在匈牙利增建电池工厂"));
    assert_eq!(reporters[3], ["曹晨"]);
    assert_eq!(titles[5], "5月份社会消费品零售总额同比增长5.1%");
    assert_eq!(arts[5].front.agency.as_deref(), Some("新华社"));
    assert!(!arts[5].body.contains("电）"), "{}", arts[5].body);
    assert_eq!(arts[5].front.dateline.as_ref().and_then(|d| d.place.as_deref()), Some("北京"));
    assert_eq!((arts[6].front.kicker.as_deref(), titles[6]), (Some("评论"), "分红“常态化”需要制度托底"));
    assert_eq!(reporters[6], ["张锐"]);
    assert!(!arts[6].body.contains("作者系"), "{}", arts[6].body);
}

#[test]
fn kenyan_and_pakistani_folios_credits_and_wire_tags() {
    let kenya = page(
        "DAILY NATION                                        Thursday, June 18, 2026\n\
         COUNTIES                                                         Page 4\n\
         www.nation.africa\n\
         \n\
         Nakuru traders count losses as floods sweep through market\n\
         By FRANCIS MUREITHI\n\
         More than 300 traders at the market are counting losses after floodwaters swept through it.\n\
         \n\
         Letters and comments: countynews@ke.nationmedia.com\n",
    );
    assert_eq!(kenya.len(), 1);
    assert_eq!(kenya[0].front.title, "Nakuru traders count losses as floods sweep through market");
    assert_eq!(kenya[0].front.section.as_deref(), Some("Counties"));
    assert!(!kenya[0].body.contains("countynews@"), "{}", kenya[0].body);
    let pakistan = page(
        "Cabinet approves power tariff cut\n\
         \n\
         The Newspaper’s Staff Reporter\n\
         \n\
         ISLAMABAD: The federal cabinet on Tuesday approved a cut in the power tariff after a public hearing scheduled for June 24. The\n\
         International Monetary Fund had been informed of the decision, they added.\n\
         \n\
         Floods feared in hilly areas\n\
         \n\
         ISLAMABAD: The Met Office on Wednesday warned of heavy rain in the upper parts of the country, with possible flash floods in hilly areas. — APP\n\
         \n\
         Missing persons traced\n\
         \n\
         KARACHI: Police said on Wednesday that 14 missing persons had been traced. — Agencies\n\
         \n\
         Published in Dawn, June 18th, 2026\n",
    );
    let titles: Vec<&str> = pakistan.iter().map(|a| a.front.title.as_str()).collect();
    assert_eq!(titles, ["Cabinet approves power tariff cut", "Floods feared in hilly areas", "Missing persons traced"]);
    assert_eq!(pakistan[0].front.subtitle, None);
    assert_eq!(
        pakistan[0].body,
        "The federal cabinet on Tuesday approved a cut in the power tariff after a public hearing scheduled for June 24. \
         The International Monetary Fund had been informed of the decision, they added.\n"
    );
    assert_eq!(pakistan[1].front.agency.as_deref(), Some("APP"));
    assert!(pakistan[1].front.contributors.is_empty());
    assert_eq!(pakistan[2].front.agency.as_deref(), Some("Agencies"));
    assert!(!pakistan[2].body.contains("Published in"), "{}", pakistan[2].body);
}

#[test]
fn county_paper_township_briefs_and_a_long_caption() {
    let arts = page(
        "乡镇快讯\n\
         ●刘店镇　6月15日，刘店镇组织开展防溺水安全教育进校园活动，为辖区12所中小学校的学生讲授防溺水知识。（张伟 孙丽）\n\
         ●小店镇　近日，小店镇举办农村实用技术培训班，邀请县农技专家为100余名种植户讲解玉米高产栽培技术。（王磊）\n\
         \n\
         图片新闻\n\
         6月14日晚，付店镇“乡村振兴”文艺汇演在镇文化广场举行，演员们用豫剧、广场舞、快板等群众喜闻乐见的形式宣传惠民政策。　本报通讯员　刘洋　摄\n",
    );
    let titles = kickers_and_titles(&arts);
    assert_eq!(
        titles,
        [
            (Some("乡镇快讯"), "刘店镇组织开展防溺水安全教育进校园活动"),
            (Some("乡镇快讯"), "小店镇举办农村实用技术培训班"),
            (Some("图片新闻"), "付店镇“乡村振兴”文艺汇演在镇文化广场举行"),
        ]
    );
    assert_eq!(arts[0].front.reporters, vec!["张伟", "孙丽"]);
    assert_eq!(arts[1].front.reporters, vec!["王磊"]);
    assert_eq!(arts[2].front.contributors, vec!["刘洋"]);
}

#[test]
fn unsigned_weekly_story_and_a_run_in_brief_column() {
    let arts = page(
        "Mustangs fall short in regional championship\n\
         By Chris Laval\n\
         The Millbrook Mustangs' undefeated season came to an end Saturday with a 21-17 loss to the Cougars.\n\
         \"I told the kids I couldn't be prouder of them,\" said head coach Bill Sampson.\n\
         \n\
         Library launches summer reading challenge\n\
         The Millbrook Public Library's summer reading challenge kicks off Monday, with prizes for children.\n\
         Librarian Anne Whitford said registration is free and open to children aged four to 14.\n\
         \n\
         AROUND TOWN\n\
         \n\
         Legion breakfast: Royal Canadian Legion Branch 42 will hold its monthly pancake breakfast Sunday from 8 to 11 a.m.\n\
         \n\
         Blood donor clinic: Canadian Blood Services will hold a clinic at the Millbrook Community Hall on Thursday.\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        [
            (None, "Mustangs fall short in regional championship"),
            (None, "Library launches summer reading challenge"),
            (Some("AROUND TOWN"), "Legion breakfast"),
            (Some("AROUND TOWN"), "Blood donor clinic"),
        ]
    );
    assert!(!arts[0].body.contains("Library"), "{}", arts[0].body);
    assert!(arts[2].body.starts_with("Royal Canadian Legion"), "{}", arts[2].body);
}

/// A youth daily's credits name the paper and its site before the role
/// (`中青报·中青网记者 王烨捷`), in a byline, a lead's brackets, a picture's
/// `供图` credit and a caption's `/摄`; the three briefs under `校园简讯` all
/// take the label.
#[test]
fn youth_daily_paper_and_site_before_the_role() {
    let arts = page(
        "毕业季里的“最后一课”\n\n中青报·中青网记者 王烨捷 实习生 李丹 通讯员 张强\n\n\
         6月的河西走廊，麦浪初黄。20多名即将毕业的大学生围坐在村委会的小院里。\n\n\
         图为毕业生在一处制种玉米基地了解去雄技术。中青报·中青网记者 李峥苨/摄\n\n\
         高校毕业生就业“百日冲刺”行动启动\n本报讯（中青报·中青网记者 樊未晨）6月17日，教育部在北京启动就业行动。\n\n\
         “宿舍里的非遗工坊”火了\n\n中青报·中青网见习记者 孙庆玲\n\n在山西某高校的一间女生宿舍里，书桌上摆满了剪纸作品。\n\n\
         图片新闻\n6月16日，在南京某高校毕业典礼上，毕业生们把学位帽抛向空中，庆祝毕业。\n中青报·中青网通讯员 吴佳 供图\n\n\
         校园简讯\n■清华大学日前发布2026年本科招生政策，新增3个交叉学科专业方向。（张文）\n\
         ■复旦大学第十届研究生学术论坛6月16日开幕。（通讯员 陈思）\n■武汉大学樱花大道改造工程近日完工。\n",
    );
    let kickers: Vec<Option<&str>> = arts.iter().map(|a| a.front.kicker.as_deref()).collect();
    assert_eq!(kickers[kickers.len() - 3..], [Some("校园简讯"); 3], "{:#?}", kickers_and_titles(&arts));
    assert_eq!(arts.len(), 7, "{:#?}", kickers_and_titles(&arts));
    assert_eq!(arts[0].front.reporters, vec!["王烨捷"]);
    assert_eq!(arts[0].front.contributors, vec!["李丹", "张强", "李峥苨"]);
    assert_eq!(arts[0].front.agency.as_deref(), Some("中青报·中青网"));
    assert!(!arts[0].body.contains("中青网"), "{}", arts[0].body);
    assert_eq!(arts[1].front.reporters, vec!["樊未晨"]);
    assert_eq!(arts[2].front.reporters, vec!["孙庆玲"]);
    assert_eq!(arts[3].front.kicker.as_deref(), Some("图片新闻"));
    assert_eq!(arts[3].front.contributors, vec!["吴佳"]);
}

/// An overseas Chinese daily: a wire named alone in brackets opens its
/// story (`（中央社）…`), `編譯 張文／綜合報導` signs one put together from
/// the wires, a caption's `（記者X／攝影）` credits the photo, and a footer of
/// two phone lines is furniture.
#[test]
fn overseas_chinese_bracketed_wire_compiler_and_phone_footer() {
    let arts = page(
        "世界日報 2026年6月18日 星期四 A4 舊金山灣區\n\n\
         屋崙華埠將增派徒步巡警\n【本報訊】屋崙市警局17日宣布，將自下月起在屋崙華埠增派徒步巡邏警員。\n\
         市警局統計顯示，今年1月至5月，屋崙華埠共發生搶劫案42宗。\n\n\
         台灣鳳梨釋迦首度空運舊金山\n（中央社）台灣農業部17日宣布，首批台東鳳梨釋迦將於本月底空運抵達舊金山。\n\
         農業部官員表示，首批約3公噸，將透過灣區亞裔超市通路販售。（編輯：陳文）1150618\n\n\
         聖荷西擬提高最低工資至每小時19.5元\n編譯 張文／綜合報導\n聖荷西市議會16日晚間以8比3票，初步通過調高最低工資。\n\n\
         華埠停車場現址，預計將改建為150戶可負擔住宅。（記者李秀蘭／攝影）\n\n\
         訂報專線：1-800-555-6688 廣告部：(415)555-1234\n",
    );
    let titles: Vec<&str> = arts.iter().map(|a| a.front.title.as_str()).collect();
    assert_eq!(
        titles[..3],
        ["屋崙華埠將增派徒步巡警", "台灣鳳梨釋迦首度空運舊金山", "聖荷西擬提高最低工資至每小時19.5元"]
    );
    assert_eq!(arts[1].front.agency.as_deref(), Some("中央社"));
    assert!(arts[1].body.starts_with("台灣農業部") && !arts[1].body.contains("編輯"), "{}", arts[1].body);
    assert_eq!(arts[2].front.reporters, vec!["張文"]);
    assert_eq!(arts[2].front.subtitle, None);
    let all: String = arts.iter().map(|a| a.body.as_str()).collect();
    assert!(!all.contains("訂報") && !all.contains("攝影"), "{all}");
    assert!(
        arts.iter().any(|a| a.front.contributors == ["李秀蘭"]),
        "{:#?}",
        arts.iter().map(|a| &a.front).collect::<Vec<_>>()
    );
}

/// South African, Japanese, Gulf and American small-town forms: a bare name
/// over the writer's e-mail or a wire signs (and the deck above it is the
/// subtitle); JIJI and ANA are wires; `| KYODO` and `— KT photo: Shihab`
/// credit photos; a one-word section beside the paper's name in a dated,
/// paged folio (`4  NEWS  The Star …`, `… 4   UAE`) and a folio parted by
/// dashes are read; a police blotter ends an obituary column; an
/// advertisement at the page's foot is dropped.
#[test]
fn african_japanese_gulf_and_weekly_forms() {
    let arts = page(
        "4  NEWS  The Star  Thursday June 18 2026\n\n\
         Taxi violence flares again on Soweto routes\n\
         Two drivers shot dead at Baragwanath rank as associations clash over Bree Street route\n\n\
         SIPHO MABASO\nsipho.mabaso@inl.co.za\n\n\
         TWO minibus taxi drivers were shot dead at the Baragwanath taxi rank in Soweto yesterday, police said.\n\n\
         Joburg water outages to continue until weekend\nNomvula Dube\nAfrican News Agency (ANA)\n\n\
         RESIDENTS of Parktown will be without water until at least Saturday, Johannesburg Water said yesterday.\n\n\
         Ex-official indicted over bid-rigging\n\nJIJI\n\n\
         The Osaka District Public Prosecutors Office on Wednesday indicted a former city official.\n\n\
         Residents walk through a flooded street in Kurume on Wednesday. | KYODO\n\n\
         Coffee Bay Holiday Specials – 3 nights from R2 999 pps. Call 011 555 0123 or visit www.wildcoastgetaways.co.za\n",
    );
    assert_eq!(arts.len(), 3, "{:#?}", kickers_and_titles(&arts));
    assert!(arts.iter().all(|a| a.front.section.as_deref() == Some("News")));
    assert_eq!(
        arts[0].front.subtitle.as_deref(),
        Some("Two drivers shot dead at Baragwanath rank as associations clash over Bree Street route")
    );
    assert_eq!(arts[0].front.reporters, vec!["Sipho Mabaso"]);
    assert!(arts[0].body.starts_with("TWO minibus"), "{}", arts[0].body);
    assert_eq!(
        (arts[1].front.reporters.clone(), arts[1].front.agency.as_deref()),
        (vec!["Nomvula Dube".to_string()], Some("ANA"))
    );
    assert_eq!(arts[2].front.agency.as_deref(), Some("Jiji Press"));
    assert!(!arts[2].body.contains("KYODO") && !arts[2].body.contains("Coffee Bay"), "{}", arts[2].body);
    assert_eq!(arts[2].front.contributors, vec!["Kyodo"]);

    let arts = page(
        "KHALEEJ TIMES   THURSDAY, JUNE 18, 2026   4   UAE\n\n\
         Sharjah launches free shuttle bus to Al Qasba\nStaff Report\n\n\
         SHARJAH — The Roads and Transport Authority has launched a free shuttle bus service.\n\n\
         Residents enjoy an evening stroll at Al Majaz Waterfront in Sharjah. — KT photo: Shihab\n",
    );
    assert_eq!(
        (arts[0].front.section.as_deref(), arts[0].front.contributors.clone()),
        (Some("UAE"), vec!["Shihab".to_string()])
    );

    let arts = page(
        "Page 4 — The Millbrook Messenger — June 18, 2026\n\n\
         Council OKs water rate hike\n\nBy Dana Whitfield\nStaff Writer\n\n\
         MILLBROOK — The Village Council voted 4-1 Monday night to raise water and sewer rates.\n\n\
         OBITUARIES\n\nHarold J. Becker\n1948 – 2026\nHarold J. Becker, 77, of rural Millbrook, died June 14, 2026, at his home.\n\n\
         POLICE BLOTTER\nThe following incidents were reported to the Millbrook Police Department June 8-14.\n\
         June 10, 2:35 p.m. — Bicycle reported stolen from a porch in the 300 block of Elm Street.\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        [(None, "Council OKs water rate hike"), (Some("OBITUARIES"), "Harold J. Becker"), (None, "POLICE BLOTTER")]
    );
}

/// An evening paper's sports page: a correspondent sent abroad signs
/// `本报特派记者 周明 发自卡塔尔多哈`; a headline with the score is the title
/// over its deck; a brief closed by `（新华）` is the wire's; the items of a
/// `短讯` column run their headlines in black brackets; the advertisement
/// at the foot goes.
#[test]
fn evening_sports_page_correspondent_score_headline_and_bracketed_briefs() {
    let arts = page(
        "羊城晚报 2026年6月18日 星期四 A4 体育\n\n\
         国足客场1:1战平卡塔尔\n世预赛18强赛小组出线形势仍不明朗\n\n本报特派记者 周明 发自卡塔尔多哈\n\n\
         北京时间6月17日深夜，中国男足在多哈客场1:1战平卡塔尔队。\n\n\
         郑钦文晋级女网赛16强\n本报讯 北京时间6月17日晚，郑钦文以6:4、7:6击败科林斯，晋级16强。（新华）\n\n\
         短讯\n【国乒公布大名单】6月17日，中国乒乓球协会公布了WTT美国大满贯赛参赛名单。\n\
         【广马开始报名】2026广州马拉松赛将于6月20日开放报名，今年赛事规模为3万人。（记者 梁思）\n\n\
         运动品牌夏季大促 全场五折起 详询020-88886666\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        [
            (None, "国足客场1:1战平卡塔尔"),
            (None, "郑钦文晋级女网赛16强"),
            (Some("短讯"), "国乒公布大名单"),
            (Some("短讯"), "广马开始报名"),
        ]
    );
    assert_eq!(arts[0].front.subtitle.as_deref(), Some("世预赛18强赛小组出线形势仍不明朗"));
    assert_eq!(arts[0].front.reporters, vec!["周明"]);
    assert_eq!(arts[0].front.dateline.as_ref().and_then(|d| d.place.as_deref()), Some("卡塔尔多哈"));
    assert_eq!(arts[1].front.agency.as_deref(), Some("新华社"));
    assert!(!arts[1].body.contains("新华"), "{}", arts[1].body);
    assert_eq!(arts[3].front.reporters, vec!["梁思"]);
    assert!(!arts[3].body.contains("详询"), "{}", arts[3].body);
}

/// Indian and Singapore forms: the place alone in capitals under the byline
/// is the dateline; the edition city opening the folio is no section (the
/// section head under it is); `— Special Arrangement`, `ST PHOTO: X` and
/// `IMAGE: X` credit photos (a caption under a story's closing credit stays
/// in the story); `SEE WORLD A12` jumps; `FOR SUBSCRIBERS`, `For more news
/// …, turn to Page 7` and an app promotion at the foot are furniture.
#[test]
fn indian_and_singapore_datelines_credits_and_jumps() {
    let arts = page(
        "CHENNAI | THURSDAY, JUNE 18, 2026 | 5 | THE HINDU\nTAMIL NADU\n\n\
         Heavy rain likely in 12 districts, says IMD\nStaff Reporter\nCHENNAI\n\
         The Regional Meteorological Centre has forecast heavy rain at isolated places in 12 districts.\n\
         The students were seen raising slogans outside the college gate. — Special Arrangement\n\n\
         For more news from Tamil Nadu, turn to Page 7\n",
    );
    assert_eq!(arts.len(), 1, "{:#?}", kickers_and_titles(&arts));
    assert_eq!(arts[0].front.section.as_deref(), Some("Tamil Nadu"));
    assert_eq!(arts[0].front.kicker, None);
    assert_eq!(arts[0].front.dateline.as_ref().and_then(|d| d.place.as_deref()), Some("Chennai"));
    assert!(
        !arts[0].body.contains("CHENNAI") && !arts[0].body.contains("Arrangement") && !arts[0].body.contains("turn to")
    );
    assert_eq!(arts[0].front.continued_to, None);

    let arts = page(
        "A4 | THE STRAITS TIMES | THURSDAY, JUNE 18, 2026 | SINGAPORE\n\nFOR SUBSCRIBERS\n\n\
         HDB to pilot shared car-free courtyards in new Tengah estate\n\nBy Tan Wei Ling\n\n\
         Residents of a new Build-To-Order project in Tengah will get to decide how the courtyards are used.\n\n\
         Additional reporting by Ng Jun Hao\n\n\
         An artist's impression of a car-free courtyard in Tengah. IMAGE: HOUSING BOARD\n\n\
         Changi Airport passenger traffic hits new high\n\nBy Sarah Lim\n\n\
         Hawker Madam Koh at her stall in Bedok. ST PHOTO: GAVIN FOO\n\n\
         The airport's new Terminal 5 is expected to open in the mid-2030s. SEE WORLD A12\n\n\
         Caught on camera: Cyclist hurt in PCN collision\n\n\
         A 62-year-old cyclist was taken to hospital after he collided with an e-scooter rider.\n\n\
         Catch the latest news on our app. Download The Straits Times app at str.sg/stapp\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        [
            (None, "HDB to pilot shared car-free courtyards in new Tengah estate"),
            (None, "Changi Airport passenger traffic hits new high"),
            (None, "Caught on camera: Cyclist hurt in PCN collision"),
        ]
    );
    assert_eq!(arts[0].front.section.as_deref(), Some("Singapore"));
    assert_eq!(arts[0].front.contributors, vec!["Ng Jun Hao", "Housing Board"]);
    assert_eq!(arts[1].front.contributors, vec!["Gavin Foo"]);
    assert_eq!(arts[1].front.continued_to, Some(12));
    assert!(!arts[1].body.contains("SEE WORLD"), "{}", arts[1].body);
    assert!(!arts[2].body.contains("Download") && !arts[2].front.truncated, "{}", arts[2].body);
}

/// A Hong Kong paper: the paper's name before its running head
/// (`明報 2026年6月18日 星期四 A4 港聞`); `【明報專訊】` opens a story as the
/// paper's; `（法新社）` closes a wire brief; the reporter signs under the
/// text and over the story's photo (`記者 陳大文` / `…（資料圖片）`).
#[test]
fn hong_kong_own_report_lead_signature_under_text_and_wire_close() {
    let arts = page(
        "明報 2026年6月18日 星期四 A4 港聞\n\n北都大學城首批用地招標\n\n\
         【明報專訊】政府昨日公布，北部都會區大學城首批3幅用地將於下月推出招標。\n\n\
         \u{3000}\u{3000}發展局發言人表示，3幅用地位於新田科技城西面。\n\n記者 陳大文\n\n\
         北都大學城選址新田一帶，圖為區內現時仍以魚塘為主。（資料圖片）\n\n\
         短評\n大學城不能只有大學\n\n北都大學城的構想，是要為香港打造新的知識引擎。\n\n（林子健）\n\n\
         日本東京住宅火警釀3死\n東京消防廳表示，練馬區一幢住宅昨日凌晨發生火警。警方正調查起火原因。（法新社）\n\n\
         港鐵東鐵綫信號故障 上水至羅湖服務受阻逾一小時\n\n【明報專訊】港鐵東鐵綫昨晨繁忙時間發生信號故障。\n",
    );
    let titles: Vec<&str> = arts.iter().map(|a| a.front.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "北都大學城首批用地招標",
            "大學城不能只有大學",
            "日本東京住宅火警釀3死",
            "港鐵東鐵綫信號故障 上水至羅湖服務受阻逾一小時"
        ]
    );
    assert!(arts.iter().all(|a| a.front.section.as_deref() == Some("港聞")));
    assert_eq!(
        (arts[0].front.agency.as_deref(), arts[0].front.reporters.clone()),
        (Some("明報"), vec!["陳大文".to_string()])
    );
    assert!(arts[0].body.starts_with("政府昨日公布") && arts[0].body.contains("（資料圖片）"), "{}", arts[0].body);
    assert_eq!(arts[2].front.agency.as_deref(), Some("法新社"));
    assert!(!arts[2].body.contains("法新社"), "{}", arts[2].body);
    assert_eq!(arts[3].front.agency.as_deref(), Some("明報"));
}

/// A British tabloid page: a folio of cells naming the paper in capitalised
/// words (`8 | Thursday, June 18, 2026 | NEWS | Daily Echo`), `EXCLUSIVE by
/// X` over a headline stacked in capitals, a reader offer boxed between two
/// stories (a piece of its own) and `By X` over the next headline (that
/// story's, not the offer's).
#[test]
fn tabloid_folio_exclusive_byline_stacked_capitals_and_reader_offer() {
    let arts = page(
        "8 | Thursday, June 18, 2026 | NEWS | Daily Echo\n\nEXCLUSIVE by DANNY WHITCOMBE\n\n\
         FURY AS\nCOUNCIL\nAXES LIDO\n\n\
         A BELOVED seaside lido that has welcomed swimmers for almost\na century is to close for good.\n\n\
         Campaigners last night accused the authority of \"selling off the\ntown's heritage\".\n\n\
         Bin strike\nset to end\n\n\
         A WEEK-LONG bin strike that left rubbish piling up on streets\nis set to end.\n\n\
         Unite said members would return to work on Monday.\n\n\
         ECHO READER OFFER\nTwo-for-one at Marwell Adventure Park\n\
         Cut out the voucher on page 34 and bring it to the ticket office.\n\
         Call 0800 123 4567 for details. T&Cs apply.\n\n\
         By SAM OKONJO\n\nDad's marathon\ntribute to son\n\n\
         A GRIEVING father is to run 10 marathons in 10 days in memory of\nhis teenage son.\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        [
            (None, "FURY AS COUNCIL AXES LIDO"),
            (None, "Bin strike set to end"),
            (Some("ECHO READER OFFER"), "Two-for-one at Marwell Adventure Park"),
            (None, "Dad's marathon tribute to son"),
        ]
    );
    assert_eq!(arts[0].front.reporters, vec!["Danny Whitcombe"]);
    assert!(arts[0].body.starts_with("A BELOVED seaside lido"), "{}", arts[0].body);
    assert!(arts[1].front.reporters.is_empty() && !arts[1].body.contains("OFFER"), "{}", arts[1].body);
    assert!(arts[2].front.reporters.is_empty());
    assert_eq!(arts[3].front.reporters, vec!["Sam Okonjo"]);
}

/// An Australian regional: a headline stacked on four short lines going on
/// in lower case over a bare-name byline, and an unsigned story after a
/// story's `FAST FACTS` list (its first word in capitals: a story of its own).
#[test]
fn regional_stacked_headline_and_story_after_a_fact_box() {
    let arts = page(
        "Hospital\ncar park fees\nslashed after\nbacklash\nJane Citizen\n\
         \u{20}\u{20}PATIENTS and visitors at Ballarat Base\nHospital will pay up to 60 per cent less to\n\
         park from next month, after a community\ncampaign forced a backflip on fees introduced\nin January.\n\
         \u{20}\u{20}Health Minister Sarah Pemberton announced\nyesterday the daily maximum would fall from\n\
         $18 to $7, with free parking for concession\ncard holders.\n\n\
         Driver, 19, charged after\nhighway crash\nTom Baxter, with AAP\n\
         \u{20}\u{20}A 19-year-old P-plater has been charged\nwith dangerous driving causing serious injury\n\
         after a two-car crash on the Western Highway\nnear Beaufort on Tuesday night.\n\n\
         FAST FACTS\n• 112 people have died on Victorian roads\nthis year\n\
         • 14 of those deaths were in the Grampians\nregion\n\n\
         Wool prices lift on\nstrong Chinese demand\n\
         \u{20}\u{20}WOOL growers in western Victoria are\nenjoying the best prices in three years, with\n\
         the benchmark indicator rising 38 cents at\nthis week's sales.\n",
    );
    let titles: Vec<&str> = arts.iter().map(|a| a.front.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Hospital car park fees slashed after backlash",
            "Driver, 19, charged after highway crash",
            "Wool prices lift on strong Chinese demand"
        ]
    );
    assert_eq!(arts[0].front.reporters, vec!["Jane Citizen"]);
    assert!(arts[0].body.starts_with("PATIENTS and visitors"), "{}", arts[0].body);
    assert!(arts[1].body.contains("FAST FACTS") && !arts[1].body.contains("WOOL"), "{}", arts[1].body);
}

/// Chinese bylines and heads from a financial daily, a Taiwanese daily and
/// an evening paper: the role glued to the name (`本报记者王小明`,
/// `记者王小明`), the place filed from after the names (`本报记者 张敏
/// 北京报道`), an outlet or media centre before the role (`21世纪经济报道记者`,
/// `县融媒体中心记者`), the paper's name in the running head (`04 金融
/// 21世纪经济报道 …`, `A4 生活 聯合報 中華民國一一五年…`), 版面主编 credits,
/// `据新华社…电，` leading the text, a deck trailing off in `……` over the
/// byline, and the tip line at the page foot.
#[test]
fn glued_roles_filed_from_outlets_republic_years_and_tip_lines() {
    for (line, agency) in [("本报记者王小明", Some("本报")), ("记者王小明", None), ("本报记者 王小明", Some("本报"))]
    {
        let a = one(&format!("豪雨特报满天飞 别让民众麻痹\n\n{line}\n\n每逢梅雨季，手机警报一响再响。\n"));
        assert_eq!(
            (a.front.reporters.clone(), a.front.agency.as_deref()),
            (vec!["王小明".to_string()], agency),
            "{line}"
        );
    }
    // Glued to a word that is no name, the role is a headline's.
    let arts = page(
        "央行发布数据\n\n本报讯（记者 王晨）今年以来数据平稳。\n\n记者观察\n\n豪雨特报满天飞\n\n本报记者王小明\n\n每逢梅雨季，警报一响再响。\n",
    );
    assert_eq!(kickers_and_titles(&arts), [(None, "央行发布数据"), (Some("记者观察"), "豪雨特报满天飞")]);
    let arts = page(
        "04 金融 21世纪经济报道 2026年6月18日 星期四\n\n版面主编：张伟 版面编辑：刘倩 美编：黄敏 校对：李静\n\n\
         城商行关停网点逾千家\n\n21世纪经济报道记者 张敏 实习生 刘畅 上海报道\n\n走进华东某城商行的一家支行，大堂里只有两名客户。\n\n\
         央行：5月末M2同比增长7.9%\n\n本报记者 王晨 北京报道\n\n6月17日，中国人民银行发布数据。\n\n\
         泰国众议院通过修正案\n\n据新华社北京6月17日电，泰国众议院今日三读通过修正案。\n\n\
         推进县域经济高质量发展\n\n县融媒体中心记者 孙伟\n\n问：今年以来我县经济运行情况如何？\n\n答：总体平稳。\n\n\
         新闻热线：96068 线索一经采用，即付报酬\n",
    );
    let titles: Vec<&str> = arts.iter().map(|a| a.front.title.as_str()).collect();
    assert_eq!(
        titles,
        ["城商行关停网点逾千家", "央行：5月末M2同比增长7.9%", "泰国众议院通过修正案", "推进县域经济高质量发展"]
    );
    assert!(arts.iter().all(|a| a.front.section.as_deref() == Some("金融") && a.front.kicker.is_none()));
    let place = |a: &Article| a.front.dateline.as_ref().and_then(|d| d.place.clone());
    assert_eq!(
        (arts[0].front.reporters.clone(), arts[0].front.contributors.clone()),
        (vec!["张敏".into()], vec!["刘畅".into()])
    );
    assert_eq!((arts[0].front.agency.as_deref(), place(&arts[0]).as_deref()), (Some("21世纪经济报道"), Some("上海")));
    assert_eq!((arts[1].front.reporters.clone(), place(&arts[1]).as_deref()), (vec!["王晨".into()], Some("北京")));
    assert_eq!(arts[2].body, "泰国众议院今日三读通过修正案。\n");
    assert_eq!(arts[3].front.reporters, vec!["孙伟"]);
    assert!(!arts[3].body.contains("热线"), "{}", arts[3].body);
    // `记者 王五 摄影报道`: the work, not a place.
    let a = one("云上课堂开进乡村学校\n\n记者 王五 摄影报道\n\n6月5日，老师通过网络上了一堂课。\n");
    assert!(a.front.dateline.is_none() && a.front.reporters == ["王五"], "{:?}", a.front);
    let a = one(
        "A4 生活 聯合報 中華民國一一五年六月十八日 星期四\n\n中捷藍線環評有條件通過\n\n〔記者蘇孟娟／台中報導〕市府表示，今年將持續推動公共運輸計畫。\n",
    );
    assert_eq!((a.front.title.as_str(), a.front.section.as_deref()), ("中捷藍線環評有條件通過", Some("生活")));
    let a = one("记者调查\n\n老旧小区加装电梯 “最后一公里”卡在哪\n\n低层住户反对、资金分摊难、后期维保无人管……\n\n\
         全媒体记者 张楠 通讯员 李建 文/图\n\n“楼上楼下吵了两年，电梯井都挖好了，又停工了。”王阿姨无奈地说。\n");
    assert_eq!(a.front.subtitle.as_deref(), Some("低层住户反对、资金分摊难、后期维保无人管……"));
    assert_eq!((a.front.reporters.clone(), a.front.contributors.clone()), (vec!["张楠".into()], vec!["李建".into()]));
}

/// American, Irish, Philippine and Financial Times forms: a photo credited
/// in capitals under its caption (`ROSS D. FRANKLIN/ASSOCIATED PRESS`: the
/// caption stays in the story), two writers named without `By`, a particle
/// in a name (`Ciarán Ó Murchú`), the paper's name before a role without a
/// comma (`By Taylor Dobbs Globe Correspondent`), a handle after the name,
/// the bureau on the line under it, writers in places (`Olaf Storbeck in
/// Frankfurt and Stephen Morris in London`), a label in plain case over the
/// headline (`Banks`), a `Briefing` column, and the edition's ear, the
/// weather and the foot's offers and notes.
#[test]
fn caps_photo_credits_bylines_without_by_writers_in_places_and_page_notes() {
    let arts = page(
        "A1 THE BOSTON GLOBE THURSDAY, JUNE 18, 2026\n\n\
         Metro Edition · Vol. 309, No. 169 · $3.50 · bostonglobe.com\n\n\
         Today: Sunny, breezy. High 78. Low 61. Tomorrow: Showers late. High 74. Low 60. Details, B12.\n\n\
         Wildfire forces thousands from homes\n\nBy FELICIA FONSECA\nASSOCIATED PRESS\n\n\
         FLAGSTAFF, Ariz. — A fast-moving wildfire forced the evacuation of about 4,000 people on Wednesday.\n\n\
         Smoke from the fire rose behind homes on Wednesday.\nROSS D. FRANKLIN/ASSOCIATED PRESS\n\n\
         “It came over that ridge in about twenty minutes,” said Darla Yazzie, 61.\n\n\
         Red Line slow zones to be lifted by Labor Day, T says\n\nBy Taylor Dobbs Globe Correspondent\n\n\
         The MBTA expects to lift the last speed restrictions on the Red Line by Labor Day.\n\n\
         Taoiseach rules out early election despite Coalition strain\n\nJack Horgan-Jones and Pat Leahy\n\n\
         The Taoiseach has ruled out an early general election.\n\n\
         Man jailed for six years over Limerick stabbing\n\nCiarán Ó Murchú\n\n\
         A 34-year-old man who stabbed a neighbour in Limerick city has been jailed for six years.\n\n\
         Iloilo rice farmers count losses as dry spell drags on\n\nBy Leila B. Salaverria @LeilasINQ\nInquirer Visayas\n\n\
         At least 12,000 hectares of rice farms in Iloilo province have been damaged by a dry spell.\n\n\
         Compiled by Globe staff from wire reports\n\n\
         SOBEYS · Ontario strawberries 1 L $3.99 · Prices valid June 18 to 24\n\n\
         Home delivery: 1-888-694-5623 · Subscribe at bostonglobe.com/subscribe\n\n\
         Printed on recycled paper. Please recycle this newspaper.\n",
    );
    let titles: Vec<&str> = arts.iter().map(|a| a.front.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Wildfire forces thousands from homes",
            "Red Line slow zones to be lifted by Labor Day, T says",
            "Taoiseach rules out early election despite Coalition strain",
            "Man jailed for six years over Limerick stabbing",
            "Iloilo rice farmers count losses as dry spell drags on",
        ]
    );
    assert_eq!(arts[0].front.contributors, vec!["Ross D. Franklin"]);
    assert!(arts[0].body.contains("Smoke from the fire") && arts[0].body.contains("Darla Yazzie"), "{}", arts[0].body);
    assert!(!arts[0].body.contains("FRANKLIN"), "{}", arts[0].body);
    assert_eq!(arts[1].front.reporters, vec!["Taylor Dobbs"]);
    assert_eq!(arts[2].front.reporters, vec!["Jack Horgan-Jones", "Pat Leahy"]);
    assert_eq!(arts[3].front.reporters, vec!["Ciarán Ó Murchú"]);
    assert_eq!(arts[4].front.reporters, vec!["Leila B. Salaverria"]);
    assert!(arts[4].front.subtitle.is_none());
    let last = &arts[4].body;
    assert!(!["Compiled", "SOBEYS", "delivery", "recycle"].iter().any(|w| last.contains(w)), "{last}");

    let arts = page(
        "12 ★ FINANCIAL TIMES Thursday 18 June 2026\n\nCOMPANIES & MARKETS\n\nBanks\n\n\
         Deutsche Bank weighs €8bn bid for Commerzbank stake\n\n\
         Lender sounds out Berlin over government’s remaining 12% holding\n\n\
         Olaf Storbeck in Frankfurt and Stephen Morris in London\n\n\
         Deutsche Bank has held preliminary talks with the German finance ministry.\n\n\
         Commerzbank shares rose 6.1 per cent on Wednesday.\n\n\
         Briefing\n\nNissan to cut 4,000 more jobs\n\n\
         Nissan will cut a further 4,000 jobs worldwide and close a plant in South Africa, the carmaker said.\n\n\
         Glencore names new chair\n\n\
         Glencore has appointed former BHP finance chief Vandita Pant as chair, the company said.\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        [
            (Some("Banks"), "Deutsche Bank weighs €8bn bid for Commerzbank stake"),
            (Some("Briefing"), "Nissan to cut 4,000 more jobs"),
            (Some("Briefing"), "Glencore names new chair"),
        ]
    );
    assert_eq!(arts[0].front.reporters, vec!["Olaf Storbeck", "Stephen Morris"]);
    assert_eq!(arts[0].front.dateline.as_ref().and_then(|d| d.place.as_deref()), Some("Frankfurt"));
    let a = one("Deutsche Bank weighs €8bn bid for Commerzbank stake\n\nOlaf Storbeck in Frankfurt\n\n\
         Deutsche Bank has held preliminary talks with the German finance ministry.\n");
    assert_eq!((a.front.reporters.clone(), a.front.subtitle.clone()), (vec!["Olaf Storbeck".to_string()], None));
}

/// County, financial, Malaysian and Taiwanese forms: a `图片新闻` label over a
/// photo story (a piece of its own, not the story above's), a headline over
/// `（上接第一版）` (the jumped story's second part), a wire between the day
/// and 电 (`（曼谷17日法新社电）`) or the paper's own compilation
/// (`（北京17日综合电）`), a Taiwanese place-only lead (`【台北訊】`) and a
/// labelled photo credit run into the caption (`圖／記者黃仲裕攝`).
#[test]
fn picture_story_label_jumped_story_wire_day_leads_and_taiwanese_credits() {
    let arts = page(
        "县医院开展首例微创手术\n\n本报讯（记者 赵丽 通讯员 孙志强）6月14日，县人民医院成功实施手术。\n\n\
         图片新闻\n\n麦收时节农机忙\n\n6月16日，城关镇东关村的麦田里，几台联合收割机来回穿梭，一派繁忙景象。\n\n通讯员 赵刚 摄\n\n\
         公募基金规模首破36万亿元\n\n（上接第一版）基金业协会数据显示，截至5月末，公募基金管理规模首次突破36万亿元。\n\n\
         中国5月社会消费品零售总额增6.4%\n\n（北京17日综合电）中国国家统计局今日公布，5月社会消费品零售总额同比增长6.4%。\n\n\
         泰国众议院通过同性婚姻修正案\n\n（曼谷17日法新社电）泰国众议院今日三读通过修正案。\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        [
            (None, "县医院开展首例微创手术"),
            (Some("图片新闻"), "麦收时节农机忙"),
            (None, "公募基金规模首破36万亿元"),
            (None, "中国5月社会消费品零售总额增6.4%"),
            (None, "泰国众议院通过同性婚姻修正案"),
        ]
    );
    assert_eq!(arts[0].front.contributors, vec!["孙志强"]);
    assert_eq!(arts[1].front.contributors, vec!["赵刚"]);
    assert_eq!(arts[2].front.continued_from, Some(1));
    let place = |a: &Article| a.front.dateline.as_ref().and_then(|d| d.place.clone());
    assert_eq!((arts[3].front.agency.as_deref(), place(&arts[3]).as_deref()), (None, Some("北京")));
    assert_eq!((arts[4].front.agency.as_deref(), place(&arts[4]).as_deref()), (Some("法新社"), Some("曼谷")));
    assert_eq!(arts[4].body, "泰国众议院今日三读通过修正案。\n");
    let arts = page(
        "央行發布數據\n\n【記者王晨／台北報導】今年以來，市民陸續反映。市長昨天視察工地。圖／記者黃仲裕攝\n\n\
         北市公館夏日市集 週末登場\n\n【台北訊】台北市市場處本週末舉辦夏日市集。\n",
    );
    assert_eq!(arts.len(), 2);
    assert_eq!(arts[0].front.contributors, vec!["黃仲裕"]);
    assert_eq!((arts[1].front.title.as_str(), place(&arts[1]).as_deref()), ("北市公館夏日市集 週末登場", Some("台北")));
    assert_eq!(arts[1].body, "台北市市場處本週末舉辦夏日市集。\n");
}

/// An evening paper's `便民提示` box after a story is a piece of its own, and
/// a county paper's colophon (`本报地址：… 邮编：… 印刷：…`) at the foot is furniture.
#[test]
fn service_notice_box_and_colophon() {
    let arts = page(
        "小区门口“僵尸车”占道半年 终于拖走了\n\n本报讯（记者 陈默）小区门口的“僵尸车”昨天终于被拖走了。\n\n\
         便民提示\n\n本周六起 这些路段夜间施工\n\n因地铁施工需要，中山北路实施半幅封闭，请过往车辆提前绕行。\n\n（据市交警支队）\n\n\
         本报地址：汝阳县城关镇人民路88号 邮编：471200 电话：0379-68211234 印刷：洛阳日报印务中心\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        [(None, "小区门口“僵尸车”占道半年 终于拖走了"), (Some("便民提示"), "本周六起 这些路段夜间施工")]
    );
    assert!(!arts[1].body.contains("本报地址"), "{}", arts[1].body);
}

/// Leads and lines from Singapore, Macau, law, sports and science pages:
/// another paper's `南方日报讯（记者 王芳）` (that paper the agency), names set
/// apart by spaces after `本报讯`, `本报记者 王芳 报道　…` run into the text,
/// a place alone in brackets (`（新加坡讯）`, `（吉隆坡综合讯）`), a wire's photo
/// credit (`新华社发（记者 高静 摄）`: the caption's story's, not the next
/// story's kicker), the tip line between stories and `编辑/王静` credits.
#[test]
fn other_papers_leads_spaced_names_place_only_leads_and_wire_photo_credits() {
    let lead = |text: &str| one(&format!("新型疫苗进入三期临床\n\n{text}\n\n据了解，疫苗安全性良好。\n"));
    let a = lead("南方日报讯（记者　王芳）记者从国家药监局获悉，新型疫苗已获批进入三期临床试验。");
    assert_eq!((a.front.reporters.clone(), a.front.agency.as_deref()), (vec!["王芳".to_string()], Some("南方日报")));
    assert!(a.body.starts_with("记者从国家药监局获悉"), "{}", a.body);
    let a = lead("本报讯 记者 王芳 通讯员 李强 昨日，记者从国家药监局获悉，新型疫苗已获批。");
    assert_eq!((a.front.reporters.clone(), a.front.contributors.clone()), (vec!["王芳".into()], vec!["李强".into()]));
    assert!(a.body.starts_with("昨日，记者从"), "{}", a.body);
    let a = lead("本报记者 王芳 报道　昨日，记者从国家药监局获悉，新型疫苗已获批。");
    assert_eq!((a.front.reporters.clone(), a.front.agency.as_deref()), (vec!["王芳".to_string()], Some("本报")));
    assert!(a.body.starts_with("昨日，记者从"), "{}", a.body);
    let arts = page(
        "组屋转售价连续第八个季度上涨\n\n（新加坡讯）建屋发展局昨天公布的数据显示，组屋转售价格指数上涨1.2%。\n\n\
         新闻热线：28331233  传真：28331998\n\n\
         柔佛新山关卡周末车流增三成\n\n（吉隆坡综合讯）马来西亚柔佛州新山关卡上周末车流比平时增加三成。\n\n\
         图为关卡车流。\n新华社发（记者 高静 摄）\n\n编辑/王静　美编/李晓军　校对/张冬梅\n\n\
         中超第15轮\n上海海港力擒山东泰山\n\n本报讯（记者 李璇）6月17日晚，上海海港主场击败山东泰山。\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        [
            (None, "组屋转售价连续第八个季度上涨"),
            (None, "柔佛新山关卡周末车流增三成"),
            (Some("中超第15轮"), "上海海港力擒山东泰山"),
        ]
    );
    let place = |a: &Article| a.front.dateline.as_ref().and_then(|d| d.place.clone());
    assert_eq!((place(&arts[0]).as_deref(), place(&arts[1]).as_deref()), (Some("新加坡"), Some("吉隆坡")));
    assert!(!arts[0].body.contains("热线") && arts[0].body.starts_with("建屋发展局"), "{}", arts[0].body);
    assert_eq!(arts[1].front.contributors, vec!["高静"]);
    assert!(!arts[1].body.contains("新华社发") && !arts[1].body.contains("编辑"), "{}", arts[1].body);
}

/// Caribbean, Hong Kong, Scottish and American small-daily forms: `Name/Gleaner
/// Writer` bylines, a deck set as text over a plain-name byline, photo
/// credits `Ian Allen/Photographer`, `Staff photo by X` and `Pic: X`, the
/// paper's desks asking to be called at the foot (`To advertise call … or
/// email ads@…`), and `From Page B1` over the jumped part's slug.
#[test]
fn slash_role_bylines_decks_over_names_credits_desk_lines_and_jump_slugs() {
    let arts = page(
        "JPS rate hike gets OUR nod\n\nCecelia Campbell-Livingston/Gleaner Writer\n\n\
         KINGSTON, Jamaica — The Office of Utilities Regulation has approved a 4.8 per cent increase.\n\n\
         A resident collects water from a tank truck in Old Harbour Bay. Ian Allen/Photographer\n\n\
         Very hot weather warning as city braces for 35 degrees\n\n\
         Observatory says heat to persist until middle of next week, with thundery showers possible\n\n\
         Victor Ting\n\nThe Observatory issued the very hot weather warning for the fourth time this month.\n\n\
         Mustangs rally past Eagles in ninth\n\nBy Tom Brennan\n\n\
         MARION — Jake Kowalski lined a two-run single Wednesday to give Marion a 6-5 win.\n\n\
         Marion's Jake Kowalski celebrates his game-winning hit. Staff photo by Lisa Ortega\n\n\
         From Page B1\n\nSoftball\n\nThe Lady Tigers scored four runs in the third inning and never looked back.\n\n\
         Gala committee secretary Jean Fenwick thanked local businesses for their support.\n\nPic: Mike Sinclair\n\n\
         To advertise call 01738 626211 or email ads@strathearnherald.co.uk\n",
    );
    let titles: Vec<&str> = arts.iter().map(|a| a.front.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "JPS rate hike gets OUR nod",
            "Very hot weather warning as city braces for 35 degrees",
            "Mustangs rally past Eagles in ninth",
            "Softball"
        ]
    );
    assert_eq!(
        (arts[0].front.reporters.clone(), arts[0].front.contributors.clone()),
        (vec!["Cecelia Campbell-Livingston".into()], vec!["Ian Allen".into()])
    );
    assert_eq!(arts[1].front.reporters, vec!["Victor Ting"]);
    assert!(arts[1].front.subtitle.as_deref().is_some_and(|s| s.starts_with("Observatory says")));
    assert_eq!(arts[2].front.contributors, vec!["Lisa Ortega"]);
    assert!(!arts[2].body.contains("Staff photo"), "{}", arts[2].body);
    assert_eq!(
        (arts[3].front.continued_from, arts[3].front.contributors.clone()),
        (Some(1), vec!["Mike Sinclair".to_string()])
    );
    assert!(arts[3].body.starts_with("The Lady Tigers") && !arts[3].body.contains("advertise"), "{}", arts[3].body);
    // The Caribbean wire in a dateline.
    let a = one(
        "Jamaica signs CARICOM security pact\n\nPORT OF SPAIN, Trinidad (CMC) — Jamaica yesterday joined 10 other \
         CARICOM member states in signing a regional arrest warrant treaty.\n",
    );
    assert_eq!(a.front.agency.as_deref(), Some("CMC"));
    assert!(a.body.starts_with("Jamaica yesterday"), "{}", a.body);
}

/// A paragraph cut by the column after a word no sentence or headline ends
/// on (`…increased fogging in` / `St Thomas, …`) is joined, not a subhead.
#[test]
fn english_paragraph_cut_on_an_open_word_is_joined() {
    let a = one("Health ministry says no local cases confirmed\n\nBy Corey Robinson\n\n\
         THE MINISTRY of Health and Wellness has moved to quell fears of a chikungunya outbreak.\n\n\
         The ministry said it had increased fogging in\n\n\
         St Thomas, St Catherine and Kingston and St Andrew, where the suspected cases originated.\n");
    assert!(a.body.contains("increased fogging in St Thomas, St Catherine"), "{}", a.body);
    assert!(!a.body.contains("##"), "{}", a.body);
}

/// A science daily's head set on four lines: the paper, the date and page,
/// the 版名 alone and the page's editors; the 版名 is the section, no kicker.
#[test]
fn section_on_its_own_line_between_the_dated_head_and_the_editors() {
    let a = one(
        "科技日报\n2026年6月18日　星期四　　　　　　　　　　　4\n综合新闻\n责任编辑　陈　丹　　　电话：010-58884051\n\n\
         新型疫苗进入三期临床\n\n本报讯（记者　付毅飞）记者从国家药监局获悉，一款新型疫苗已获批进入三期临床试验。\n",
    );
    assert_eq!((a.front.kicker.as_deref(), a.front.section.as_deref()), (None, Some("综合新闻")));
    assert_eq!(a.front.title, "新型疫苗进入三期临床");
}

/// A Chinese paragraph cut by a column break after a short first part — of
/// three clauses (`据统计，…，其中跨区作业机械`) or inside a quotation it
/// opened (`…说：“…，感谢`) — is joined to its rest, not made a subhead.
#[test]
fn chinese_paragraph_cut_short_after_clauses_or_inside_a_quotation_is_joined() {
    let a = one("县医院开展首例微创手术\n\n本报讯（记者 赵丽）6月14日，县人民医院成功实施手术。\n\n\
         据统计，全县共投入联合收割机1800余台，其中跨区作业机械\n\n三百二十台，分布在全县12个乡镇。\n\n\
         居民刘先生说：“堵了半年的路终于通了，感谢\n\n晚报帮我们反映。”\n");
    assert!(!a.body.contains("##"), "{}", a.body);
    assert!(a.body.contains("其中跨区作业机械三百二十台"), "{}", a.body);
    assert!(a.body.contains("感谢晚报帮我们反映"), "{}", a.body);
    // A headline of two clauses, or with its quotation closed, is still one.
    let arts = page(
        "坚持问题导向，破解发展难题\n\n本报讯（记者 赵丽）全市召开会议。\n\n\
         王教授：“教育要回归本真”\n\n本报讯（记者 李明）昨日，讲座举行。\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![(None, "坚持问题导向，破解发展难题"), (None, "王教授：“教育要回归本真”")]
    );
}

/// Forms of a national or foreign-news page: a running head naming its
/// 主编; a caption with its credit set in a column cut; bracketed leads of
/// other papers (`【环球时报综合报道】`, `〔科技日报北京6月17日电（记者 X）〕`,
/// one closing a story); `本报记者 X 文 记者 Y 摄`; `特派记者 X 发自巴黎`;
/// a note on the page's pictures, an ad under `本版广告` and a subscription
/// line with its e-mail.
#[test]
fn chief_editor_heads_captions_in_cuts_bracketed_paper_leads_and_writer_photographer_bylines() {
    let arts = page(
        "08 经济                      2026年6月18日 星期四           主编 罗文  责任编辑 高峰  美编 许诺\n\n\
         夜市摊主捡到钱包 苦等两小时归还失主\n本报记者 吴昊\n　　6月16日，市民陈女士给本报新闻热线打来电话。\n\
         \u{3000}\u{3000}“钱包里有3000元现金，真不知道该怎么感谢\n\
         \u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}摊主王师傅（右）将钱包交还失主。 通讯员 钱多多 摄\n晚报帮我们反映。”陈女士说。\n\n\
         日本将大幅上调最低工资\n【环球时报综合报道】据外媒报道，日本政府17日召开内阁会议，决定提高最低工资。\n\
         \u{3000}\u{3000}日本经济界对此反应不一。\n\n\
         英研发新型太阳能电池 转换效率创纪录\n\
         〔科技日报北京6月17日电（记者 张梦然）〕英国剑桥大学研究团队开发出一种新型电池。\n\
         \u{3000}\u{3000}研究人员表示，这种电池稳定性良好。\n\n\
         武汉三镇主场2:1力克上海申花\n本报记者 杜明 文 记者 夏阳 摄\n\
         \u{3000}\u{3000}6月17日晚，武汉三镇队主场以2:1战胜上海申花队。\n\n\
         法网男单决赛\n阿尔卡拉斯卫冕\n\n特派记者 王勤 发自巴黎\n\n当地时间6月17日，阿尔卡拉斯成功卫冕。\n\n\
         新型疫苗进入三期临床\n\n本报讯（记者　付毅飞）一款新型疫苗已获批进入三期临床试验。\n\n\
         〔科技日报北京6月17日电〕\n\n本版图片除署名外均由新华社提供\n\n本版广告\n\
         大丰银行  存款优惠  年利率高达3.8%  查询：28322323\n\n订阅热线：6388 3838  电邮：subs@sph.com.sg\n",
    );
    let titles: Vec<&str> = arts.iter().map(|a| a.front.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "夜市摊主捡到钱包 苦等两小时归还失主",
            "日本将大幅上调最低工资",
            "英研发新型太阳能电池 转换效率创纪录",
            "武汉三镇主场2:1力克上海申花",
            "阿尔卡拉斯卫冕",
            "新型疫苗进入三期临床",
            "本版广告"
        ]
    );
    assert!(arts.iter().all(|a| a.front.section.as_deref() == Some("经济")));
    let wallet = &arts[0];
    assert_eq!(wallet.front.contributors, vec!["钱多多"]);
    assert!(wallet.body.contains("感谢晚报帮我们反映。”陈女士说。\n\n摊主王师傅"), "{}", wallet.body);
    assert_eq!((arts[1].front.agency.as_deref(), arts[1].body.starts_with("据外媒报道")), (Some("环球时报"), true));
    let solar = &arts[2].front;
    assert_eq!((solar.agency.as_deref(), solar.reporters.clone()), (Some("科技日报"), vec!["张梦然".to_string()]));
    assert_eq!(solar.dateline.as_ref().and_then(|d| d.place.as_deref()), Some("北京"));
    assert!(arts[2].body.starts_with("英国剑桥大学"), "{}", arts[2].body);
    let football = &arts[3].front;
    assert_eq!(
        (football.reporters.clone(), football.contributors.clone(), football.agency.as_deref()),
        (vec!["杜明".to_string()], vec!["夏阳".to_string()], Some("本报"))
    );
    assert_eq!(arts[4].front.agency.as_deref(), Some("本报"));
    let vaccine = &arts[5];
    assert_eq!(vaccine.front.dateline.as_ref().and_then(|d| d.place.as_deref()), Some("北京"));
    assert!(!vaccine.body.contains("〔") && !vaccine.body.contains("本版图片"), "{}", vaccine.body);
    assert!(!arts[6].body.contains("订阅热线"), "{}", arts[6].body);
}

/// A sidebar's label, headline and the writer's name alone (`记者手记` /
/// … / `孙伟`) head a piece, not a stanza; a county media centre before its
/// writer, or sending the copy, is the agency; `社论` over a headline under
/// a finished story opens the editorial; a masthead with its pinyin name
/// and the party paper's registration line is the page's head.
#[test]
fn sidebar_heads_media_centre_credits_editorial_labels_and_pinyin_mastheads() {
    let arts = page(
        "江城日报\nJIANGCHENG DAILY\n2026年6月18日 星期四  农历五月初三  第25103号  今日12版\n\
         中共江城市委机关报  国内统一连续出版物号 CN42-0001  邮发代号 37-1\n\n\
         老旧小区加装电梯为何难\n本报记者 孙伟\n\
         \u{3000}\u{3000}记者连续多日走访城区12个老旧小区发现，类似的情况并不少见。\n\
         \u{3000}\u{3000}资金难，是第二道坎。\n\n记者手记\n一部电梯，考验的是邻里之间的温度\n孙伟\n\n\
         采访中，记者听到最多的一句话是“都是几十年的老邻居了”。\n\n\
         蔡甸区：“小网格”撬动“大治理”\n蔡甸区融媒体中心 黄鹤 文/图\n\
         \u{3000}\u{3000}蔡甸区将全区划分为1260个网格，配备专兼职网格员3100余名。\n\n\
         东湖高新区：光谷科创大走廊跑出“加速度”\n东湖高新区融媒体中心供稿\n\
         \u{3000}\u{3000}今年1至5月，东湖高新区规模以上工业增加值同比增长14.2%。\n\n\
         社论\n让每一名考生都能安心赴考\n\u{3000}\u{3000}一年一度的高考刚刚落下帷幕，考务工作平稳有序。\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![
            (None, "老旧小区加装电梯为何难"),
            (Some("记者手记"), "一部电梯，考验的是邻里之间的温度"),
            (None, "蔡甸区：“小网格”撬动“大治理”"),
            (None, "东湖高新区：光谷科创大走廊跑出“加速度”"),
            (Some("社论"), "让每一名考生都能安心赴考"),
        ]
    );
    assert_eq!(arts[1].front.reporters, vec!["孙伟"]);
    assert_eq!(
        (arts[2].front.reporters.clone(), arts[2].front.agency.as_deref()),
        (vec!["黄鹤".to_string()], Some("蔡甸区融媒体中心"))
    );
    assert_eq!(arts[3].front.agency.as_deref(), Some("东湖高新区融媒体中心"));
    assert_eq!(arts[4].front.agency.as_deref(), Some("本报"));
    assert!(arts[3].body.starts_with("今年1至5月"), "{}", arts[3].body);
}

/// Unsigned English stories after a finished one: a brief of one paragraph
/// under its headline, one under a label in plain case (`Politics`), and a
/// headline broken after its comma (`Senate passes stopgap bill,` /
/// `averting shutdown`); briefs under a column's label keep it.
#[test]
fn unsigned_one_paragraph_briefs_labelled_heads_and_heads_broken_after_a_comma() {
    let arts = page(
        "Rail strike called off\n\nA planned strike by train drivers has been called off, the union said.\n\n\
         Measles cases top 1,500 nationwide\n\n\
         The Centers for Disease Control and Prevention said the outbreak had spread to 38 states.\n\n\
         Politics\n\nStarmer faces backbench revolt over welfare cuts vote\n\n\
         Keir Starmer is facing the biggest rebellion of his premiership, MPs said.\n\n\
         Ministers spent Wednesday night trying to win over wavering backbenchers.\n\n\
         Senate passes stopgap bill,\naverting shutdown\n\nBy LISA MASCARO\nAssociated Press\n\n\
         WASHINGTON (AP) — The Senate passed a stopgap spending bill late Wednesday.\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![
            (None, "Rail strike called off"),
            (None, "Measles cases top 1,500 nationwide"),
            (Some("Politics"), "Starmer faces backbench revolt over welfare cuts vote"),
            (None, "Senate passes stopgap bill, averting shutdown"),
        ]
    );
    assert_eq!(arts[3].front.reporters, vec!["Lisa Mascaro"]);
    let briefs = page(
        "Store opens downtown\n\nBy Tom Becker\n\nA grocer opened its second store on Monday.\n\n\
         Business briefs\n\nAirline adds winter flights\n\n\
         Lakeview Regional Airport will add daily nonstop flights to Orlando and Phoenix.\n\n\
         Credit union names new CEO\n\nHeritage Community Credit Union has named Angela Ruiz its president.\n",
    );
    assert_eq!(
        kickers_and_titles(&briefs)[1..],
        [
            (Some("Business briefs"), "Airline adds winter flights"),
            (Some("Business briefs"), "Credit union names new CEO")
        ]
    );
}

/// Bylines of Indian, Korean and wire papers: `Richa Pinto TNN`, `Manthan
/// K Mehta | TNN`, `By Park Jun-hee (email)`, `By NICOLE WINFIELD AP
/// Religion Writer`; `—TNN` closing a brief; wire writers who contributed;
/// jump lines with arrows, `P 6` and a slug set off by a bar.
#[test]
fn news_service_bylines_addresses_wire_roles_contributors_and_pointed_jumps() {
    let byline = |line: &str| {
        one(&format!("Metro 3 ridership crosses 2 lakh a day\n\n{line}\n\nMumbai: Daily ridership crossed two lakh.\n"))
    };
    for (line, name, agency) in [
        ("Richa Pinto TNN", "Richa Pinto", Some("TNN")),
        ("Manthan K Mehta | TNN", "Manthan K Mehta", Some("TNN")),
        ("By Park Jun-hee (junheepark@heraldcorp.com)", "Park Jun-hee", None),
        ("By NICOLE WINFIELD AP Religion Writer", "Nicole Winfield", Some("Associated Press")),
    ] {
        let a = byline(line);
        assert_eq!((a.front.reporters.clone(), a.front.agency.as_deref()), (vec![name.to_string()], agency), "{line}");
        assert!(a.front.subtitle.is_none() && a.body.starts_with("Daily"), "{line}: {}", a.body);
    }
    let a =
        one("Senior citizen loses ₹1.2 crore in scam\n\nPune: A retired officer lost ₹1.2 crore, police said. —TNN\n");
    assert_eq!((a.front.agency.as_deref(), a.front.truncated), (Some("TNN"), false));
    let a = one(
        "Senate passes stopgap bill\n\nWASHINGTON (AP) — The Senate passed a stopgap spending bill late Wednesday.\n\n\
         Associated Press writers Mary Clare Jalonick and Stephen Groves contributed to this report.\n",
    );
    assert_eq!(a.front.contributors, vec!["Mary Clare Jalonick", "Stephen Groves"]);
    assert!(!a.body.contains("contributed"), "{}", a.body);
    for (line, page) in [("Continued on page 14 →", 14), ("➤ Continued on P 6", 6), ("PLEASE SEE HOUSING | A8", 8)]
    {
        let a = one(&format!(
            "Ofsted report cards to replace judgments\n\nSchools will be graded across eight areas.\n\n{line}\n"
        ));
        assert_eq!(a.front.continued_to, Some(page), "{line}");
        assert!(!a.body.contains("ontinued") && !a.body.contains("SEE"), "{}", a.body);
    }
}

/// A running head of the 版名 and page without a date; `本报评论员` between
/// a story its lead signed and a commentary's headline signs the
/// commentary; a title on two lines over its `——` 副题 is one title.
#[test]
fn undated_heads_commentator_lines_over_headlines_and_two_line_titles_over_dashed_decks() {
    let arts = page(
        "要闻 第1版                                   责任编辑 刘建国 版式设计 马丽 校对 黄河\n\n\
         市委常委会研究部署防汛抗旱工作\n本报讯（记者 陈志远）6月17日，市委常委会召开会议，研究部署防汛工作。\n\
         \u{3000}\u{3000}会议还研究了其他事项。\n\n本报评论员\n以“钉钉子精神”抓好防汛各项工作\n\
         \u{3000}\u{3000}防汛工作，事关人民群众生命财产安全。\n\u{3000}\u{3000}抓好防汛工作，关键在落实。\n\n\
         记者调查\n老旧小区加装电梯\n为何“一楼不签字，全楼干着急”\n——本报记者走访城区12个老旧小区\n\n本报记者 孙伟\n\
         \u{3000}\u{3000}“我们楼里平均年龄超过70岁，最盼的就是装上电梯。”82岁的刘奶奶告诉记者。\n",
    );
    assert!(arts.iter().all(|a| a.front.section.as_deref() == Some("要闻")));
    assert_eq!(arts[0].front.reporters, vec!["陈志远"]);
    assert_eq!(
        (arts[1].front.title.as_str(), arts[1].front.reporters.clone()),
        ("以“钉钉子精神”抓好防汛各项工作", vec!["本报评论员".to_string()])
    );
    let probe = &arts[2].front;
    assert_eq!(
        (probe.kicker.as_deref(), probe.title.as_str(), probe.subtitle.as_deref()),
        (Some("记者调查"), "老旧小区加装电梯 为何“一楼不签字，全楼干着急”", Some("本报记者走访城区12个老旧小区"))
    );
}

/// A British broadsheet's byline: the name over its role in sentence case
/// (`Rajeev Syal` / `Home affairs editor`), no `By`.
#[test]
fn name_over_a_role_in_sentence_case() {
    let arts = page(
        "Home Office to scrap asylum hotels by 2027\n\nRajeev Syal\nHome affairs editor\n\n\
         The Home Office will close every asylum hotel in England by the end of 2027, the minister said.\n\n\
         Water companies told to cut bonuses\n\nSandra Laville\nEnvironment correspondent\n\n\
         Water company bosses will be barred from receiving bonuses, the regulator said.\n",
    );
    let signed: Vec<(&str, Vec<String>)> =
        arts.iter().map(|a| (a.front.title.as_str(), a.front.reporters.clone())).collect();
    assert_eq!(
        signed,
        vec![
            ("Home Office to scrap asylum hotels by 2027", vec!["Rajeev Syal".to_string()]),
            ("Water companies told to cut bonuses", vec!["Sandra Laville".to_string()]),
        ]
    );
    assert!(arts.iter().all(|a| a.front.subtitle.is_none() && !a.body.contains("##")));
}

/// Singapore and Bangladeshi pages (issue 3): an 80-character headline over
/// a bare name, a jump naming its slug before `PAGE` or its column, the
/// writer's address where the story ends, a headline with its subject
/// before a colon as the page's first line.
#[test]
fn long_headlines_over_names_slug_and_column_jumps_closing_addresses_and_colon_headlines() {
    let arts = page(
        "HDB flat owners in mature estates to get up to $30,000 more in upgrading grants\n\nTan Wee Kiat\n\n\
         Owners of older Housing Board flats will receive more in subsidies, the minister said on June 17.\n\n\
         SEE HDB PAGE A6\n\nMore MRT stations to get platform screen doors\n\nLee Li Ying\nTransport Correspondent\n\n\
         The remaining 11 above-ground MRT stations will be retrofitted by 2028, the authority said on June 17.\n\n\
         leeliying@sph.com.sg\n\nSylhet flood situation worsens\n\nStaff Correspondent\n\n\
         The flood situation in Sylhet deteriorated further yesterday as the rivers rose.\n\nSee Page 5 Col 3\n\n\
         Students block Shahbagh demanding reform\n\nStar Report\n\nHundreds of students blocked the intersection yesterday.\n",
    );
    let got: Vec<(&str, Vec<String>, Option<u32>)> =
        arts.iter().map(|a| (a.front.title.as_str(), a.front.reporters.clone(), a.front.continued_to)).collect();
    assert_eq!(
        got,
        vec![
            (
                "HDB flat owners in mature estates to get up to $30,000 more in upgrading grants",
                vec!["Tan Wee Kiat".to_string()],
                Some(6)
            ),
            ("More MRT stations to get platform screen doors", vec!["Lee Li Ying".to_string()], None),
            // (A desk's byline stands for the writer: session 41.)
            ("Sylhet flood situation worsens", vec!["Staff Correspondent".to_string()], Some(5)),
            ("Students block Shahbagh demanding reform", vec![], None),
        ]
    );
    assert!(!arts[1].body.contains('@'), "{}", arts[1].body);
    let a = one("Dengue: 4 more die, 612 hospitalised\n\nStaff Correspondent\n\n\
         Four more dengue patients died in the 24 hours till 8:00am yesterday, the health directorate said.\n");
    assert_eq!((a.front.title.as_str(), a.front.dateline.is_none()), ("Dengue: 4 more die, 612 hospitalised", true));
}

/// Kenyan and Bangladeshi folios (issue 3): the paper's name, the date and
/// the section set apart by wide gaps, and a second calendar's date.
#[test]
fn folios_with_wide_gaps_and_a_second_calendars_date() {
    let a =
        one("Daily Nation                         Thursday, June 18, 2026                         NATIONAL  | 4\n\n\
         COUNTY AFFAIRS\n\nGovernors threaten shutdown over delayed disbursements\n\nBY GITONGA MARETE\n\n\
         County governments will shut down services from next Monday, the Council of Governors has warned.\n");
    assert_eq!(
        (a.front.section.as_deref(), a.front.kicker.as_deref(), a.front.title.as_str()),
        (Some("National"), Some("COUNTY AFFAIRS"), "Governors threaten shutdown over delayed disbursements")
    );
    let a = one("4  The Daily Star  DHAKA THURSDAY JUNE 18, 2026  ASHAR 4, 1433 BS\nNATION\n\n\
         Padma bridge rail link to carry freight from July\n\nStaff Correspondent\n\n\
         Freight trains will begin running on the Padma Bridge rail link from July 1, the adviser said yesterday.\n");
    assert_eq!(
        (a.front.section.as_deref(), a.front.title.as_str()),
        (Some("Nation"), "Padma bridge rail link to carry freight from July")
    );
}

/// Running heads of a 专题 page and a 解放军报-style page (issue 3): a 版名
/// of eleven characters, the date before the 版名 after `第 7 版`, and the
/// prompt beside a QR code at the page's foot.
#[test]
fn long_page_names_dates_before_the_page_name_and_qr_prompts() {
    let a = one("06  专题·代表委员履职进行时     2026年6月18日 星期四     责任编辑：黄志强\n\n\
         把建议写在田间地头\n本报记者 张三\n\u{3000}\u{3000}6月的红星村，千亩稻田一片葱绿。\n\n\
         扫码看更多代表委员履职故事\n");
    assert_eq!(
        (a.front.section.as_deref(), a.front.title.as_str(), a.body.as_str()),
        (Some("专题·代表委员履职进行时"), "把建议写在田间地头", "6月的红星村，千亩稻田一片葱绿。\n")
    );
    let a = one(
        "第 7 版                   2026年6月18日  星期四              国防时空               责任编辑/李卫东  美术编辑/张帆\n\n\
         深海“蛟龙”出征远洋\n□ 陈 明 文/图\n\n\u{3000}\u{3000}6月12日，某潜艇支队一艘潜艇驶离军港，开始远海训练。\n",
    );
    assert_eq!((a.front.section.as_deref(), a.front.reporters.clone()), (Some("国防时空"), vec!["陈明".to_string()]));
}

/// A provincial paper's 国内新闻 page (issue 3): wire briefs in a 简讯 box
/// opening `●据新华社电`, and a caption closed by `新华社发（X 摄）`.
#[test]
fn wire_briefs_under_a_label_and_captions_sent_by_the_wire() {
    let arts = page(
        "简讯\n●据新华社电  6月17日，第十届中国—南亚博览会在昆明开幕，来自80多个国家和地区的企业参展。\n\
         ●据新华社电  国家卫生健康委17日发布通知，要求各地做好夏季高温中暑防范工作。\n",
    );
    let got: Vec<(&str, Option<&str>, bool)> = arts
        .iter()
        .map(|a| (a.front.title.as_str(), a.front.agency.as_deref(), a.body.contains("据新华社电")))
        .collect();
    assert_eq!(
        got,
        vec![
            ("第十届中国—南亚博览会在昆明开幕", Some("新华社"), false),
            ("国家卫生健康委17日发布通知", Some("新华社"), false)
        ]
    );
    let a = one("多地迎来高温天气 电网负荷创新高\n综合新华社电  连日来，华北、黄淮等地出现大范围高温天气。\n\
         \u{3000}\u{3000}中央气象台预计，未来三天高温天气仍将持续。\n\
         \u{3000}\u{3000}\u{3000}\u{3000}6月16日，工作人员在河北石家庄一处变电站巡检设备。 新华社发（梁子栋 摄）\n");
    assert_eq!(a.front.contributors, vec!["梁子栋"]);
    assert!(!a.front.truncated && !a.body.contains("新华社发"), "{}", a.body);
}

/// Bangladeshi and Japanese bylines (issue 3): a desk's or a wire's copy
/// signed with the place it was filed from, two wires on one line, and a
/// dateline naming the prefecture in capitals.
#[test]
fn desk_and_wire_bylines_with_their_place_two_wires_and_prefecture_datelines() {
    let arts = page(
        "Dengue deaths rise to 97\n\nStaff Correspondent\n\nFour more dengue patients died in the 24 hours till yesterday.\n\n\
         Sylhet flood situation worsens\n\nOur Correspondent, Sylhet\n\nThe flood situation in Sylhet deteriorated further yesterday.\n\n\
         Rohingya repatriation talks to resume next month\n\nUNB, Dhaka\n\nBangladesh and Myanmar will resume talks in July.\n\n\
         Quake of magnitude 5.8 jolts Ibaraki\n\nJIJI, KYODO\n\nAn earthquake struck Ibaraki Prefecture on Wednesday morning.\n",
    );
    let got: Vec<(&str, Option<&str>, Option<&str>)> = arts
        .iter()
        .map(|a| {
            let place = a.front.dateline.as_ref().and_then(|d| d.place.as_deref());
            (a.front.title.as_str(), a.front.agency.as_deref(), place)
        })
        .collect();
    assert_eq!(
        got,
        vec![
            ("Dengue deaths rise to 97", None, None),
            ("Sylhet flood situation worsens", None, Some("Sylhet")),
            ("Rohingya repatriation talks to resume next month", Some("UNB"), Some("Dhaka")),
            ("Quake of magnitude 5.8 jolts Ibaraki", Some("Jiji Press, Kyodo"), None),
        ]
    );
    // No one named: a desk's byline at most stands for the writer (session 41).
    assert!(
        arts.iter().all(|a| a.front.reporters.iter().all(|r| r.ends_with("Correspondent") || r.ends_with("Reporter"))),
        "{:?}",
        arts.iter().map(|a| &a.front.reporters).collect::<Vec<_>>()
    );
    let a = one("Ryukyu kingdom artifacts returned by U.S. museum\n\nBY TOMOHIRO OSAKI\nSTAFF WRITER\n\n\
         NAHA, OKINAWA PREF. – Twenty-two artifacts have been returned to the prefecture, officials said Wednesday.\n");
    assert_eq!(a.front.dateline.and_then(|d| d.place).as_deref(), Some("Naha, Okinawa Pref."));
    assert!(a.body.starts_with("Twenty-two"), "{}", a.body);
}

/// The feet of a 大公报 page and a 读书 page (issue 3): the paper's name and
/// site, where readers write to and who chose the books are no story's text;
/// a story closed by a bracketed note is whole.
#[test]
fn page_feet_with_the_papers_site_and_where_readers_write() {
    let a = one(
        "港深簽署創科合作備忘錄\n大公報記者 鄭曉雯 深圳報道\n\u{3000}\u{3000}香港特區政府與深圳市昨日在深圳簽署合作備忘錄。\n\
         \u{3000}\u{3000}根據備忘錄，雙方首批將支持三十個跨境科研項目。（相關新聞刊A6）\n\n\
         大公報  香港新聞  http://www.takungpao.com.hk\n",
    );
    assert!(!a.body.contains("http") && !a.front.truncated, "{}", a.body);
    let a = one("作家访谈\n“写作是我和故乡和解的方式”\n——访青年作家林小溪\n本报记者 赵一鸣\n\n\
         \u{3000}\u{3000}凭借长篇小说《南方以南》，青年作家林小溪日前获得第五届青年文学奖。\n\n\
         本期荐书人：省图书馆馆员  张晓雨\n读者来信请寄：读书周刊编辑部  邮箱：dushu@jcdaily.cn\n");
    assert_eq!(a.body, "凭借长篇小说《南方以南》，青年作家林小溪日前获得第五届青年文学奖。\n");
}

/// A 国防 page's `军营速览` box under a story (issue 3): a desk's brief
/// column named `…速览`, each bulleted item signed in brackets.
#[test]
fn a_desks_quick_look_column_splits_into_signed_briefs() {
    let arts = page(
        "某市人武部开展民兵应急拉动演练\n■ 杨磊\n\n\
         \u{3000}\u{3000}6月14日凌晨3时，随着一声警报响起，某市人武部组织的民兵应急拉动演练拉开帷幕。\n\n军营速览\n\
         ●东部战区空军某旅近日组织夜间跨昼夜飞行训练，多型战机接连升空，锤炼全天候作战能力。（周 强）\n\
         ●武警某总队近日开展特战尖兵比武，120余名官兵同台竞技。（郑 磊）\n",
    );
    let got: Vec<(&str, Vec<String>, bool)> =
        arts.iter().map(|a| (a.front.title.as_str(), a.front.reporters.clone(), a.front.truncated)).collect();
    assert_eq!(
        got,
        vec![
            ("某市人武部开展民兵应急拉动演练", vec!["杨磊".to_string()], false),
            ("东部战区空军某旅近日组织夜间跨昼夜飞行训练", vec!["周强".to_string()], false),
            ("武警某总队近日开展特战尖兵比武", vec!["郑磊".to_string()], false),
        ]
    );
}

/// A Hindu, Bangkok Post, Punch and Northern Echo page (issue 3): a two-line
/// headline broken after `in` over an agency line and a place the page had
/// used before (the three lines were dropped as a running head, the rest
/// joined to the story above); three-line headlines, one under a kicker in
/// capitals and one over its writer's name in capitals; `Name, Place`
/// bylines; letters signed `Name, Town` in plain case.
#[test]
fn headlines_broken_after_in_three_line_heads_names_in_capitals_and_places_after_a_comma() {
    let arts = page(
        "Court seeks report on marsh\nSpecial Correspondent\nCHENNAI\n\n\
         The Madras High Court on Wednesday directed the Corporation to file a report on the encroachments.\n\
         The case was adjourned to July 16.\n\n\
         IMD forecasts heavy rain in\nNilgiris, Coimbatore for next 3 days\nPTI\nCHENNAI\n\n\
         The India Meteorological Department on Wednesday forecast heavy rain in the Nilgiris for the next three days.\n\
         Fishermen have been advised not to venture into the sea.\n",
    );
    let got: Vec<(&str, Option<&str>, &str)> =
        arts.iter().map(|a| (a.front.title.as_str(), a.front.agency.as_deref(), a.body.as_str())).collect();
    assert_eq!(
        got,
        vec![
            (
                "Court seeks report on marsh",
                None,
                "The Madras High Court on Wednesday directed the Corporation to file a report on the encroachments.\n\n\
                 The case was adjourned to July 16.\n"
            ),
            (
                "IMD forecasts heavy rain in Nilgiris, Coimbatore for next 3 days",
                Some("PTI"),
                "The India Meteorological Department on Wednesday forecast heavy rain in the Nilgiris for the next \
                 three days.\n\nFishermen have been advised not to venture into the sea.\n"
            ),
        ]
    );
    let a = one(
        "Why councils must be allowed\nto build the homes that the\ncountry so badly needs again\nBy Anna Morgan\n\n\
         For most of the 20th century, councils were the country's biggest house builders.\n\n\
         Last year, councils in England built fewer than 10,000 homes.\n",
    );
    assert_eq!(a.front.title, "Why councils must be allowed to build the homes that the country so badly needs again");
    assert_eq!(a.front.reporters, vec!["Anna Morgan"]);
    let arts = page(
        "OUR VIEW\nA rail timetable that\nfails the North again\n\n\
         When Northern promised last year that its new timetable would deliver more seats, few passengers expected miracles.\n\n\
         The North has waited long enough.\n\n\
         Why councils must be allowed\nto build homes again\nANNA MORGAN\n\n\
         For most of the second half of the 20th century, councils were the country's biggest house builders.\n",
    );
    let got: Vec<(Option<&str>, &str, Vec<String>)> =
        arts.iter().map(|a| (a.front.kicker.as_deref(), a.front.title.as_str(), a.front.reporters.clone())).collect();
    assert_eq!(
        got,
        vec![
            (Some("OUR VIEW"), "A rail timetable that fails the North again", vec![]),
            (None, "Why councils must be allowed to build homes again", vec!["Anna Morgan".to_string()]),
        ]
    );
    assert_eq!(arts[0].body.matches("\n\n").count(), 1, "{}", arts[0].body);
    let a = one(
        "Army chief rejects coup talk\nWASSANA NANUAM\n\nArmy chief Gen Pana on Wednesday dismissed rumours of a coup.\n",
    );
    assert_eq!((a.front.reporters, a.front.subtitle), (vec!["Wassana Nanuam".to_string()], None));
    let a = one("NEWS ANALYSIS\nArmy chief rejects coup talk\n\nArmy chief Gen Pana on Wednesday dismissed rumours.\n");
    assert!(a.front.reporters.is_empty());
    for (line, reporters) in [
        ("Olaleye Aluko, Abuja", vec!["Olaleye Aluko"]),
        ("Olaleye Aluko and Adelani Adepegba, Abuja", vec!["Olaleye Aluko", "Adelani Adepegba"]),
    ] {
        let a = one(&format!(
            "Senate passes bill on state police\n{line}\n\n\
             The Senate on Wednesday passed for second reading a bill seeking to amend the Constitution.\n"
        ));
        assert_eq!(a.front.reporters, reporters, "{line}");
        assert_eq!(a.front.dateline.and_then(|d| d.place).as_deref(), Some("Abuja"), "{line}");
        assert_eq!(a.front.subtitle, None, "{line}");
    }
    let a =
        one("Senate passes bill on state police\nJane Doe, Staff Writer\n\nThe Senate on Wednesday passed the bill.\n");
    assert!(a.front.dateline.is_none_or(|d| d.place.as_deref() != Some("Staff Writer")));
    let arts = page(
        "4 | Thursday, June 18, 2026 | THE NORTHERN ECHO\nOPINION\n\nLETTERS\n\nSave our library\nI WAS saddened to read that Crook library may close. It is the only warm, free space in the town.\nMargaret Hall, Crook\n\n\
         Hedgehogs need our help\nGARDENERS can do their bit by cutting a small hole in their fences so that hedgehogs can move between gardens.\nPeter Ellis, Stokesley\n",
    );
    let got: Vec<(&str, Vec<String>)> =
        arts.iter().map(|a| (a.front.title.as_str(), a.front.reporters.clone())).collect();
    assert_eq!(
        got,
        vec![
            ("Save our library", vec!["Margaret Hall".to_string()]),
            ("Hedgehogs need our help", vec!["Peter Ellis".to_string()]),
        ]
    );
}

/// A 经济日报, 中国青年报 and 北京晚报 page (issue 3): the 版名 on its own line
/// under the paper's name, or beside the page number with a middle dot;
/// `本报评论员 X` signing a commentary; `（作者为…）` then `插图 X`; a
/// padded photographer's name; `本版编辑 X` at the foot; a 快讯 column of
/// leads; `（本报记者 X）` closing a story.
#[test]
fn section_lines_named_commentators_illustrators_padded_credits_and_lead_columns() {
    let a = one("北京晚报\n五色土\n2026年6月18日 星期四 第4版\n编辑 肖 欢 美编 王 冰\n\n胡同里的槐花香\n□ 赵 勇\n\n\
         每年五月，槐花一开，整条胡同就香了。\n\n后来胡同拆迁，我们搬进了楼房。\n\n（作者为北京市作家协会会员）\n\n插图 李晓林\n");
    assert_eq!(a.front.section.as_deref(), Some("五色土"));
    assert_eq!((a.front.reporters, a.front.contributors), (vec!["赵勇".to_string()], vec!["李晓林".to_string()]));
    let a = one("04 青年·校园\n\n高校毕业生现象调查\n不急于签约，他们在等什么\n本报记者 王聪\n\n\
         \u{3000}\u{3000}6月中旬，距离毕业典礼还有不到两周，应届生周宁还没有签下任何一份工作。\n");
    assert_eq!((a.front.section.as_deref(), a.front.kicker), (Some("青年·校园"), None));
    let arts = page(
        "04 产经 2026年6月18日 星期四\n\n新能源汽车出口增长\n本报记者 周雷\n\n\
         \u{3000}\u{3000}海关总署最新数据显示，今年前5个月，我国新能源汽车出口达98.6万辆。\n\n\
         以“绣花功夫”破解中小企业融资难\n本报评论员 钱凯\n\n\
         \u{3000}\u{3000}融资难、融资贵，是中小企业发展中的“老问题”。\n\u{3000}\u{3000}中小企业活，则经济活。\n\n本版编辑 刘晓明\n",
    );
    let got: Vec<(&str, Vec<String>, Option<&str>)> =
        arts.iter().map(|a| (a.front.title.as_str(), a.front.reporters.clone(), a.front.agency.as_deref())).collect();
    assert_eq!(
        got,
        vec![
            ("新能源汽车出口增长", vec!["周雷".to_string()], Some("本报")),
            ("以“绣花功夫”破解中小企业融资难", vec!["钱凯".to_string()], Some("本报")),
        ]
    );
    assert_eq!(arts[1].body, "融资难、融资贵，是中小企业发展中的“老问题”。\n\n中小企业活，则经济活。\n");
    let a = one("04 要闻\n\n屯门公园长者健身角启用\n本报记者 郑嘉\n\
         \u{3000}\u{3000}康文署位于屯门公园的全港首个长者健身角昨日正式启用。\n\n市民在健身角锻炼。 记者 李 文 摄\n");
    assert_eq!(a.front.contributors, vec!["李文"]);
    assert!(!a.front.truncated && !a.body.contains('摄'), "{}", a.body);
    let arts = page(
        "04 校园\n\n校园快讯\n\n\
         \u{3000}\u{3000}本报讯（记者 张 茜）6月16日，第十届全国大学生节能减排社会实践与科技竞赛决赛在浙江大学落幕。\n\
         \u{3000}\u{3000}本报讯（实习生 赵一鸣）近日，清华大学发布《2026年本科生毕业去向报告》，本科毕业生国内升学率为58.3%。\n",
    );
    assert_eq!(
        arts.iter().map(|a| a.front.title.as_str()).collect::<Vec<_>>(),
        vec![
            "第十届全国大学生节能减排社会实践与科技竞赛决赛在浙江大学落幕",
            "清华大学发布《2026年本科生毕业去向报告》"
        ]
    );
    let a = one(
        "04 校园\n\n宿舍里的非遗课堂\n\u{3000}\u{3000}在西北农林科技大学的一间学生宿舍里，大三学生马悦正在教室友剪纸。（本报记者 郭 阳）\n",
    );
    assert_eq!((a.front.reporters, a.front.agency.as_deref()), (vec!["郭阳".to_string()], Some("本报")));
}

/// The Hindu, Sydney Morning Herald, Punch and Bangkok Post pages (issue 3):
/// folios over three or four lines (`4 THE HINDU` / date / `TAMIL NADU`; `4` /
/// paper / date / `News`; `NEWS` over the paper's site); `The Hindu Bureau`
/// over the place; a photographer in capitals after a caption, undashed;
/// `— Getty Images`; `With agency report`; a writer's handle after the name.
#[test]
fn folios_over_several_lines_bureau_credits_caption_credits_and_handles() {
    let body = "\n\nThe city police on Wednesday arrested a 42-year-old man on charges of cheating.\n\nFurther investigation is on.\n";
    for (head, section) in [
        ("4 THE HINDU\nTHURSDAY, JUNE 18, 2026\nTAMIL NADU", "Tamil Nadu"),
        ("4\nThe Sydney Morning Herald\nThursday, June 18, 2026\nNews", "News"),
        ("4 THE PUNCH, THURSDAY, JUNE 18, 2026\nNEWS\nwww.punchng.com", "News"),
    ] {
        let a = one(&format!("{head}\n\nMan held for duping job aspirants\nBy K. Raman{body}"));
        assert_eq!(a.front.title, "Man held for duping job aspirants", "{head}");
        assert_eq!((a.front.section.as_deref(), a.front.kicker.as_deref()), (Some(section), None), "{head}");
        assert_eq!(a.front.reporters, vec!["K. Raman"], "{head}");
    }
    let a = one(
        "4 THE HINDU THURSDAY, JUNE 18, 2026\n\nState to roll out free breakfast\nscheme in aided schools from July\n\
         Over 3.1 lakh more students will benefit; Rs 404 crore allocated\nThe Hindu Bureau\nCHENNAI\n\n\
         The State government will extend the Chief Minister's Breakfast Scheme to aided schools from July 15.\n\n\
         Teachers' associations welcomed the decision.\n",
    );
    assert_eq!(a.front.subtitle.as_deref(), Some("Over 3.1 lakh more students will benefit; Rs 404 crore allocated"));
    assert_eq!(a.front.dateline.and_then(|d| d.place).as_deref(), Some("Chennai"));
    assert!(a.body.starts_with("The State government") && !a.body.contains("Bureau"), "{}", a.body);
    let a = one("4 BANGKOK POST THURSDAY, JUNE 18, 2026\n\nPattaya police hunt tour gang\n\n\
         CHON BURI: Police are searching for four Russian nationals accused of running an unlicensed tour business.\n\n\
         Two Thai women have been arrested.\n\nTourists board a speedboat at Bali Hai pier in Pattaya. CHAIWAT SATYAEMWONG\n");
    assert_eq!(
        (a.front.contributors, a.front.reporters, a.front.truncated),
        (vec!["Chaiwat Satyaemwong".to_string()], vec![], false)
    );
    let a =
        one("Tourists throng falls\nBy Jane Doe\n\nTourists thronged the falls on Wednesday as the inflow rose.\n\n\
         Officials said the ban on bathing would continue.\n\nTourists at the falls on Wednesday. — Getty Images\n");
    assert_eq!((a.front.contributors, a.front.truncated), (vec!["Getty Images".to_string()], false));
    let a = one(
        "UN warns of famine in Darfur\n\nThe United Nations on Wednesday warned that nearly 750,000 people in Darfur face famine.\n\n\
         The World Food Programme said aid convoys had been blocked for weeks.\n\nWith agency report\n",
    );
    assert!(!a.body.contains("agency report"), "{}", a.body);
    let a = one("Senate passes bill on state police\nJane Doe @janedoe\n\n\
         The Senate on Wednesday passed for second reading a bill seeking to amend the Constitution.\n");
    assert_eq!((a.front.reporters, a.front.subtitle), (vec!["Jane Doe".to_string()], None));
}

/// A Punch, Hindu, 南方周末 and 新京报 page (issue 3): an unsigned headline
/// `Label: headline` between stories; an `IN BRIEF` column whose briefs are
/// headed by their place; the weeklies' bylines (`南方周末记者`); another
/// paper's reporter in brackets closing a story.
#[test]
fn colon_headlines_place_headed_briefs_weeklies_and_other_papers_closing_credits() {
    let arts = page(
        "4 THE PUNCH, THURSDAY, JUNE 18, 2026\n\nFG to disburse N50,000 grants\nBy Ade Bola\n\n\
         The Federal Government will begin the disbursement of grants next week.\n\n\
         She said beneficiaries had been verified.\n\nSudan: UN warns of famine in Darfur\n\n\
         The United Nations on Wednesday warned that nearly 750,000 people in Darfur face famine.\n\n\
         The World Food Programme said aid convoys had been blocked for weeks.\n",
    );
    let titles: Vec<&str> = arts.iter().map(|a| a.front.title.as_str()).collect();
    assert_eq!(titles, vec!["FG to disburse N50,000 grants", "Sudan: UN warns of famine in Darfur"]);
    let arts = page(
        "4 THE HINDU THURSDAY, JUNE 18, 2026\n\nIN BRIEF\n\nMADURAI\nTwo killed as car hits lorry\n\
         Two persons were killed when their car rammed a parked lorry near Kariapatti on Wednesday.\n\n\
         VELLORE\nWater supply to be hit\nDrinking water supply will be suspended in parts of Vellore on June 20 and 21.\n",
    );
    let got: Vec<(&str, Option<&str>)> = arts
        .iter()
        .map(|a| (a.front.title.as_str(), a.front.dateline.as_ref().and_then(|d| d.place.as_deref())))
        .collect();
    assert_eq!(
        got,
        vec![("Two killed as car hits lorry", Some("Madurai")), ("Water supply to be hit", Some("Vellore"))]
    );
    let a = one(
        "04 深度\n\n妈妈，我是你女儿\n南方周末记者 何 柳 南方周末实习生 孟 蕾\n\n\u{3000}\u{3000}清晨五点半，57岁的周红被隔壁房间的响动惊醒。\n",
    );
    assert_eq!(
        (a.front.title.as_str(), a.front.reporters, a.front.contributors, a.front.agency.as_deref()),
        ("妈妈，我是你女儿", vec!["何柳".to_string()], vec!["孟蕾".to_string()], Some("南方周末"))
    );
    let a = one(
        "04 校园\n\n宿舍里的非遗课堂\n\u{3000}\u{3000}在西北农林科技大学的一间学生宿舍里，大三学生马悦正在教室友剪纸。（新京报记者 郭阳）\n",
    );
    assert_eq!((a.front.reporters, a.front.agency.as_deref()), (vec!["郭阳".to_string()], Some("新京报")));
    assert!(!a.body.contains("郭阳"));
}

/// A New York Times, 参考消息, 人民政协报 and 北京青年报 page (issue 3):
/// title-case headlines broken over short lines (a longer deck under them
/// stays the subtitle); `By X` / `and Y`; a story closed in brackets by its
/// own writer keeps its last subhead; a guest writer's posts before the
/// name; translators; a digest's foreign paper and day.
#[test]
fn title_case_stacks_second_writers_own_closing_credits_posts_translators_and_foreign_leads() {
    let a = one(
        "Senate Panel Advances\nWater Rights Deal for\nColorado River States\nCompromise Would Cut Arizona's Share by 18 Percent\n\n\
         By CORAL DAVENPORT\nand JACK HEALY\n\nWASHINGTON — A Senate committee voted 14 to 8 on Wednesday to advance a long-stalled agreement.\n",
    );
    assert_eq!(a.front.title, "Senate Panel Advances Water Rights Deal for Colorado River States");
    assert_eq!(a.front.subtitle.as_deref(), Some("Compromise Would Cut Arizona's Share by 18 Percent"));
    assert_eq!(a.front.reporters, vec!["Coral Davenport", "Jack Healy"]);
    let a = one("After Tornado, a Town\nWeighs Whether to Rebuild\n\nBy RICK ROJAS\n\n\
         GREENFIELD, Iowa — The siren sounded at 3:47 p.m., and by 3:52 the grain elevator was gone.\n");
    assert_eq!((a.front.title.as_str(), a.front.subtitle), ("After Tornado, a Town Weighs Whether to Rebuild", None));
    let a = one(
        "A4 社会\n暑期托管班乱象调查\n文/本报记者 陈静\n\u{3000}\u{3000}暑假还没正式开始，不少双职工家庭已经为孩子的看护问题发愁。\n\
         交钱容易退钱难\n\u{3000}\u{3000}家长王女士告诉记者，她去年给孩子报了托管班，孩子上了三天就不愿再去，却被告知“概不退款”。\n\
         监管存在“真空地带”\n\u{3000}\u{3000}记者了解到，暑期托管班不同于学科类培训机构，其主管部门并不明确。\n\
         \u{3000}\u{3000}（本报记者 陈静 见习记者 孙悦）\n",
    );
    assert_eq!(a.front.reporters, vec!["陈静", "孙悦"]);
    assert!(a.body.contains("## 监管存在“真空地带”"), "{}", a.body);
    let a = one("4\u{3000}委员\n产教融合要“融”在实处\n□全国政协委员、天津职业技术师范大学校长\u{3000}刘建国\n\
         \u{3000}\u{3000}近年来，我国职业教育产教融合取得了长足进展，但“校热企冷”现象依然存在。\n");
    assert_eq!((a.front.title.as_str(), a.front.reporters), ("产教融合要“融”在实处", vec!["刘建国".to_string()]));
    let none: Vec<&str> = Vec::new();
    for (credit, reporters, contributors) in [
        ("（编译／李明）", none.clone(), vec!["李明"]),
        ("（李明 编译）", none.clone(), vec!["李明"]),
        ("（作者 约翰·史密斯，陈晨译）", vec!["约翰·史密斯"], vec!["陈晨"]),
    ] {
        let a = one(&format!(
            "第4版 国际\n日本央行维持利率不变\n\u{3000}\u{3000}日本银行16日宣布将短期政策利率维持在0.75%不变。\n{credit}\n"
        ));
        assert_eq!(a.front.reporters, reporters, "{credit}");
        assert_eq!(a.front.contributors, contributors, "{credit}");
        assert_eq!(a.body, "日本银行16日宣布将短期政策利率维持在0.75%不变。\n", "{credit}");
    }
    let a = one(
        "第4版 国际\n对俄制裁分歧加剧\n\u{3000}\u{3000}【英国《卫报》网站6月17日报道】题：欧盟对俄制裁方案遭遇阻力\n\
         \u{3000}\u{3000}欧盟委员会本周向成员国提交了新一轮对俄制裁方案草案，但匈牙利和斯洛伐克已明确表示不会支持。\n",
    );
    assert_eq!((a.front.title.as_str(), a.front.agency.as_deref()), ("对俄制裁分歧加剧", Some("英国《卫报》网站")));
    assert!(!a.body.contains('【'), "{}", a.body);
}

/// A New York Times, Taipei Times, Gulf News and Daily Graphic page (issue 3):
/// `Reporting was contributed by X from Y.`; `— With inputs from WAM`;
/// `Staff writer, with CNA` as a byline and as a brief's sign-off; `— GNA`
/// closing an unsigned story of some paragraphs is its wire.
#[test]
fn contributed_reporting_inputs_staff_writers_with_wires_and_wire_sign_offs() {
    let a = one("Judge Blocks Ohio Campus Speech Law\n\nBy ANEMONA HARTOCOLLIS\n\n\
         COLUMBUS, Ohio — A federal judge on Wednesday blocked an Ohio law on campus speech codes.\n\n\
         Reporting was contributed by Jennifer Medina from Cincinnati.\n");
    assert_eq!(a.front.contributors, vec!["Jennifer Medina"]);
    assert!(!a.body.contains("contributed"), "{}", a.body);
    let arts = page(
        "Sharjah announces four-day summer work week\n\nBy Nada Al Taher, Staff Reporter\n\n\
         Sharjah: Government employees in Sharjah will work a four-day week from July 1 to August 31.\n\n\
         — With inputs from WAM\n\nAbu Dhabi launches driverless taxi trials on Yas Island\n\nBy Ashwani Kumar, Chief Reporter\n\n\
         Abu Dhabi: Residents and tourists on Yas Island can now hail driverless taxis through the Uber app.\n",
    );
    let got: Vec<(&str, Option<&str>)> =
        arts.iter().map(|a| (a.front.title.as_str(), a.front.subtitle.as_deref())).collect();
    assert_eq!(
        got,
        vec![
            ("Sharjah announces four-day summer work week", None),
            ("Abu Dhabi launches driverless taxi trials on Yas Island", None)
        ]
    );
    assert_eq!(arts[0].front.contributors, vec!["WAM"]);
    let arts = page(
        "Dengue cases in Tainan top 300\nBy Hung Chen-hung / Staff writer\n\
         The number of locally transmitted dengue fever cases in Tainan this year has reached 312, the city said yesterday.\n\n\
         Ministry launches app to track tainted food\nStaff writer, with CNA\n\
         The Ministry of Health and Welfare yesterday launched a mobile app that allows consumers to scan a barcode.\n",
    );
    let got: Vec<(&str, Option<&str>)> =
        arts.iter().map(|a| (a.front.title.as_str(), a.front.agency.as_deref())).collect();
    assert_eq!(
        got,
        vec![("Dengue cases in Tainan top 300", None), ("Ministry launches app to track tainted food", Some("CNA"))]
    );
    let arts = page(
        "CROSS-STRAIT\n\nMAC slams Beijing travel curbs\nThe Mainland Affairs Council yesterday criticized Beijing for extending a ban on group tours.\n\
         — Staff writer, with CNA\n\nStudents barred from Xiamen forum\n\
         Taiwanese university students will not be allowed to attend a youth forum in Xiamen next month, the ministry said.\n— Staff writer\n",
    );
    let got: Vec<(&str, Option<&str>)> =
        arts.iter().map(|a| (a.front.title.as_str(), a.front.agency.as_deref())).collect();
    assert_eq!(got, vec![("MAC slams Beijing travel curbs", Some("CNA")), ("Students barred from Xiamen forum", None)]);
    assert!(arts.iter().all(|a| !a.body.contains("Staff writer")));
    let arts = page(
        "Residents of Abura protest over bad roads\nBY DONALD AMEGBEKU\nResidents of Abura and adjoining communities in the Cape Coast\nMetropolis yesterday staged a peaceful demonstration to protest against\nthe deplorable state of roads in the area.\nThe Metropolitan Chief Executive, Mr Ernest Arthur, who received the\npetition, assured them that work on the road would begin before the end\nof the year.\n\nGES cautions against illegal fees\nTHE Ghana Education Service (GES) has warned heads of senior high\nschools against charging unapproved fees at the start of the new\nacademic year.\nIn a statement signed by its Director of Public Relations, Mr Daniel\nFenyi, the GES said heads found culpable would be sanctioned.\nIt urged parents to report such cases to the nearest district education\noffice. — GNA\n",
    );
    let a = &arts[1];
    assert_eq!((arts.len(), a.front.agency.as_deref(), a.front.contributors.len()), (2, Some("GNA"), 0));
}

/// New York Times, Taipei Times, Gulf News and community weekly captions
/// (issue 3): a credit line over its caption (`Erin Schaff/The New York
/// Times`, `Jordan Gale for The New York Times`, `Photo courtesy of …`,
/// `Image Credit: Supplied`, `Submitted photo`) neither starts a piece nor
/// stands as a subhead; the photographer is a contributor.
#[test]
fn credit_lines_over_captions_start_no_piece() {
    for (credit, contributors) in [
        ("Erin Schaff/The New York Times", vec!["Erin Schaff"]),
        ("Jordan Gale for The New York Times", vec!["Jordan Gale"]),
        ("Photo courtesy of the Ministry of Health and Welfare", vec![]),
        ("Image Credit: Supplied", vec![]),
        ("Submitted photo", vec![]),
    ] {
        let a = one(&format!(
            "Millbrook grad earns national FFA honor\nBy Jane Doe\n\n\
             Millbrook High School graduate Kaylee Brandt has been named a national finalist for an FFA award.\n\n\
             She will compete at the National FFA Convention in Indianapolis in October.\n\n\
             {credit}\nKaylee Brandt with one of her balers.\n"
        ));
        assert_eq!(a.front.contributors, contributors, "{credit}");
        assert!(!a.body.contains(credit) && !a.body.contains("##"), "{credit}: {}", a.body);
    }
}

/// Gulf News folios (issue 3): a bare page number on its own line under the
/// folio; a section head over it (`UAE`, an abbreviation kept in capitals).
#[test]
fn bare_page_numbers_and_section_heads_over_the_folio() {
    let body = "\n\nBy Sajila Saseendran, Senior Reporter\n\n\
        Dubai: Private schools in Dubai will be allowed to raise tuition fees by up to 2.35 per cent next year.\n";
    for head in ["GULF NEWS | THURSDAY, JUNE 18, 2026 | UAE\n\n4", "UAE\nGULF NEWS | THURSDAY, JUNE 18, 2026"] {
        let a = one(&format!("{head}\nDubai private schools get green light for fee rise{body}"));
        assert_eq!(a.front.title, "Dubai private schools get green light for fee rise", "{head}");
        assert_eq!((a.front.kicker, a.front.subtitle), (None, None), "{head}");
    }
    let a = one(&format!(
        "UAE\nGULF NEWS | THURSDAY, JUNE 18, 2026\n\nDubai private schools get green light for fee rise{body}"
    ));
    assert_eq!(a.front.section.as_deref(), Some("UAE"));
}

/// A 消费 page and a 中国青年报 校园 page (issue 3): the label `读者来信`
/// signs no one (the story above gained a reporter named 来信); a headline's
/// first line ending on a colon over its second and the byline is one head.
#[test]
fn letters_labels_sign_no_one_and_heads_broken_after_a_colon() {
    let arts = page(
        "04 消费\n\n健身私教课为何退费这么难\n记者 沈 悦\n\n\
         \u{3000}\u{3000}据了解，刘女士已向市场监管部门投诉，目前该门店已同意退还部分费用。\n\n读者来信\n小区快递柜“超时收费”合理吗？\n编辑同志：\n\
         \u{3000}\u{3000}我家小区的快递柜最近调整了收费规则，快递入柜后超过12小时就开始收费。请问这种收费合理吗？\n\u{3000}\u{3000}读者 王建国\n",
    );
    let got: Vec<(&str, Vec<String>)> =
        arts.iter().map(|a| (a.front.title.as_str(), a.front.reporters.clone())).collect();
    assert_eq!(
        got,
        vec![
            ("健身私教课为何退费这么难", vec!["沈悦".to_string()]),
            ("小区快递柜“超时收费”合理吗？", vec!["王建国".to_string()])
        ]
    );
    let a = one("04 校园\n\n对话“返乡创业青年”何婷：\n把家乡的好东西卖出去\n中青报·中青网记者 刘 璐\n\n\
         \u{3000}\u{3000}记者：你为什么选择辞职回乡？\n\u{3000}\u{3000}何婷：其实这个想法酝酿了很久。\n");
    assert_eq!(a.front.title, "把家乡的好东西卖出去");
    assert_eq!(a.front.kicker.as_deref(), Some("对话“返乡创业青年”何婷："));
    // `图/视觉中国` over a caption: the picture agency's credit, no heading.
    let a = one(
        "A4 社会\n电动自行车“以旧换新”补贴再延长三个月\n本报讯（记者 郭鹏）记者昨天从市商务局获悉，补贴活动将延长至9月30日。\n\
         据统计，活动启动以来，全市已累计完成以旧换新约42万辆。\n\n图/视觉中国\n昨日，市民在朝阳区一家电动自行车门店选购新车。\n",
    );
    assert_eq!(a.front.contributors, vec!["视觉中国"]);
    assert!(!a.body.contains("##") && !a.body.contains("图/"), "{}", a.body);
}

/// A 校园 page and a Daily Graphic page (issue 3): a story after a column of
/// leads is no item of it; an English brief `Tamale: 3,000 trees…` is no
/// lead to title at its comma; `（作者是英国学者，李四译）` names no writer.
#[test]
fn a_story_after_a_column_of_leads_and_what_no_lead_or_writer_is() {
    let arts = page(
        "04 校园\n\n校园快讯\n\n\
         \u{3000}\u{3000}本报讯（记者 张 茜）6月16日，第十届全国大学生节能减排社会实践与科技竞赛决赛在浙江大学落幕。\n\
         \u{3000}\u{3000}本报讯（实习生 赵一鸣）近日，清华大学发布《2026年本科生毕业去向报告》，本科毕业生国内升学率为58.3%。\n\n\
         宿舍里的非遗课堂\n\u{3000}\u{3000}在西北农林科技大学的一间学生宿舍里，大三学生马悦正在教室友剪纸。（本报记者 郭 阳）\n",
    );
    let kickers: Vec<Option<&str>> = arts.iter().map(|a| a.front.kicker.as_deref()).collect();
    assert_eq!(kickers, vec![Some("校园快讯"), Some("校园快讯"), None]);
    let a = one(
        "第4版 国际\n日本央行维持利率不变\n\u{3000}\u{3000}日本银行16日宣布将短期政策利率维持在0.75%不变。\n（作者是英国学者，李四译）\n",
    );
    assert_eq!((a.front.reporters.len(), a.front.contributors), (0, vec!["李四".to_string()]));
    let arts = page(
        "Residents of Abura protest over bad roads\nBY DONALD AMEGBEKU\nResidents of Abura and adjoining communities in the Cape Coast\nMetropolis yesterday staged a peaceful demonstration to protest against\nthe deplorable state of roads in the area.\nThe Metropolitan Chief Executive, Mr Ernest Arthur, who received the\npetition, assured them that work on the road would begin before the end\nof the year.\n\nNEWS IN BRIEF\nKoforidua: Police arrest suspected robbers\nTHE Eastern Regional Police Command has arrested four suspects in\nconnection with a robbery at a mobile money shop at Effiduase.\nTamale: 3,000 trees for schools\nTHE Forestry Commission has presented 3,000 mahogany and teak seedlings\nto 40 basic schools in the Tamale Metropolis as part of the Green Ghana\nproject.\n",
    );
    assert!(arts.iter().all(|a| a.front.title != "3"), "{:?}", arts.iter().map(|a| &a.front.title).collect::<Vec<_>>());
}

/// An Irish Times, a Globe and Mail, a Star (Malaysia) and a 人民日报 page
/// (issue 3): `Name Role` bylines on one line (the line was dropped, and
/// with it the writer); a story's last line with a web address and its
/// wire (`… apims.doe.gov.my. — Bernama`) is no promotion at the page's
/// foot (it was dropped); `（记者王 浩）`, the role glued to a padded name
/// (the writer was lost, and `记者从…获悉：` after it taken for a byline).
#[test]
fn names_before_their_role_wire_sign_offs_after_an_address_and_padded_names_after_the_role() {
    for (byline, want) in [
        ("Pat Leahy Political Editor", "Pat Leahy"),
        ("MARK RENDELL ECONOMICS REPORTER", "Mark Rendell"),
        ("Kitty Holland Social Affairs Correspondent", "Kitty Holland"),
    ] {
        let a = one(&format!(
            "THE IRISH TIMES Thursday, June 18, 2026 NEWS 5\n\nBrowne's housing plan faces its hardest test yet\n\
             Figures show 1,400 families with children were in hotels, hostels or B&Bs in May\n{byline}\n\
             When the Coalition published its housing plan last autumn, Ministers conceded that the first year would be hard.\n\
             There is no easy lever left.\n"
        ));
        assert_eq!(
            (a.front.reporters.clone(), a.front.subtitle.as_deref()),
            (
                vec![want.to_string()],
                Some("Figures show 1,400 families with children were in hotels, hostels or B&Bs in May")
            ),
            "{byline}"
        );
        assert!(a.body.starts_with("When the Coalition"), "{byline}: {}", a.body);
    }
    // A role alone names no one: the desk stands for the writer (session 41).
    let a = one(
        "Browne's housing plan faces its hardest test yet\nBy Our Staff Reporter\nWhen the Coalition published its plan, Ministers conceded the first year would be hard.\n",
    );
    assert_eq!(a.front.reporters, vec!["Staff Reporter"]);
    let a = one("THE STAR, THURSDAY 18 JUNE 2026\nNATION\n\nHaze: Air quality in 12 areas unhealthy\n\n\
         KUALA LUMPUR: The Air Pollutant Index reading in 12 areas was unhealthy as of 5pm.\n\
         The public could check the latest readings at apims.doe.gov.my. — Bernama\n");
    assert_eq!(a.front.agency.as_deref(), Some("Bernama"));
    assert!(a.body.contains("apims.doe.gov.my."), "{}", a.body);
    let arts = page(
        "人民日报\n2026年6月18日  星期四  第4版  要闻\n\n多地加快建设高标准农田\n\
         本报北京6月17日电（记者王 浩）记者从农业农村部获悉：今年以来，各地加快推进高标准农田建设。\n\
         农业农村部负责人表示，将加强资金保障。\n\n沿江十一省市生态环境持续改善\n\
         新华社北京6月17日电（记者张 伟、刘晓燕）记者17日从生态环境部获悉，长江干流水质保持Ⅱ类。\n",
    );
    let got: Vec<Vec<String>> = arts.iter().map(|a| a.front.reporters.clone()).collect();
    assert_eq!(got, vec![vec!["王浩".to_string()], vec!["张伟".to_string(), "刘晓燕".to_string()]]);
    assert!(arts[0].body.starts_with("记者从农业农村部获悉："), "{}", arts[0].body);
}

/// A Guardian, a Dawn and an Inquirer page (issue 3): headlines broken over
/// two or three lines in sentence case, a line opening with a figure
/// (`4.8% pay offer`, `34C in south-east`: they became the subtitle, or a
/// stanza and a story of their own), over a name and its role or a deck;
/// three lines in capitals right over the byline.
#[test]
fn headlines_broken_before_a_figure_over_a_name_and_role_or_a_deck_and_capitals_over_the_byline() {
    let a = one(
        "The Guardian Thursday 18 June 2026 National 7\n\nHeatwave warning as\ntemperatures set to hit\n34C in south-east\n\n\
         Helena Horton\nEnvironment reporter\n\nAn amber heat-health alert has been issued for much of England\n\
         as forecasters predict temperatures of up to 34C.\n",
    );
    assert_eq!(
        (a.front.title.as_str(), a.front.reporters.clone()),
        ("Heatwave warning as temperatures set to hit 34C in south-east", vec!["Helena Horton".to_string()])
    );
    let a = one(
        "The Guardian Thursday 18 June 2026 National 7\n\nTeachers vote to accept\n4.8% pay offer\n\nRichard Adams\nEducation editor\n\n\
         Members of the National Education Union have voted to accept a\n4.8% pay rise for teachers in England.\n",
    );
    assert_eq!((a.front.title.as_str(), a.front.subtitle.as_deref()), ("Teachers vote to accept 4.8% pay offer", None));
    let a = one(
        "The Guardian Thursday 18 June 2026 National 7\n\nHome Office to scrap asylum\nhotels by spring, leaked\nplan reveals\n\n\
         Ministers accept councils will need £1.2bn to house families as\ncontingency sites close\n\nJane Smith\nHome affairs editor\n\n\
         The Home Office will close every remaining asylum hotel in England by the spring of next year, according to a\n\
         leaked plan seen by the Guardian.\n",
    );
    assert_eq!(
        (a.front.title.as_str(), a.front.subtitle.as_deref(), a.front.reporters.clone()),
        (
            "Home Office to scrap asylum hotels by spring, leaked plan reveals",
            Some("Ministers accept councils will need £1.2bn to house families as contingency sites close"),
            vec!["Jane Smith".to_string()]
        )
    );
    let a = one(
        "A12 PHILIPPINE DAILY INQUIRER THURSDAY, JUNE 18, 2026\nMETRO\n\nMMDA TO START\nNO-CONTACT\nRULE ON EDSA\n\
         By Jane Bautista @inquirerdotnet\nPhilippine Daily Inquirer\n\n\
         The MMDA will resume the full implementation of its no-contact apprehension policy along Edsa starting July 1.\n",
    );
    assert_eq!((a.front.title.as_str(), a.front.kicker.as_deref()), ("MMDA TO START NO-CONTACT RULE ON EDSA", None));
    // A word alone over such a stack is its kicker.
    let a = one(
        "METRO\n\nCRIME\nTWO HELD IN\nTONDO RAID\nBy Jane Bautista\n\nPolice arrested two men in Tondo on Wednesday.\n",
    );
    assert_eq!((a.front.title.as_str(), a.front.kicker.as_deref()), ("TWO HELD IN TONDO RAID", Some("CRIME")));
}

/// A 明報, a 星島日報, a 澳門日報, a 自由時報, a 联合早报 and a 星洲日报 page
/// (issue 3): jumps `（續見A6）`, `（續A5版）` and `（接A15版）` ending a story,
/// `（承A14版）` opening one; `【本報消息】` leads; `本報記者報道` closing a
/// story; unsigned briefs of one paragraph each (the second was a subhead
/// of the first); `（星期四）` in the folio (it became an article); the
/// Singapore forms `报道 ● X` and `翻译 ● X`.
#[test]
fn hong_kong_macau_taiwan_and_singapore_pages() {
    let a = one(
        "A4　港聞　2026年6月18日　星期四\n\n首批的士車隊下月上路\n記者 陳凱琳\n\n【明報專訊】運輸署昨公布首批的士車隊營運牌照申請結果。\n\n運輸署發言人回應指，署方會在實施半年後檢討成效。\n\n（續見A6）\n",
    );
    assert_eq!((a.front.continued_to, a.body.contains("續")), (Some(6), false), "{}", a.body);
    let a = one(
        "自由時報　2026年6月18日　星期四　A14　中部新聞\n\n議員質詢托育補助延遲撥款\n〔記者張軒哲／台中報導〕台中市議會昨日進行社政部門質詢，多名議員指出補助撥款延遲。\n議員也要求市府提高托育人員薪資補助，避免人才流失。社會局表示，將研議相關方案，\n（接A15版）\n",
    );
    assert_eq!((a.front.continued_from, a.front.continued_to), (None, Some(15)));
    let a = one(
        "自由時報　2026年6月18日　星期四　A15　中部新聞\n\n托育補助延遲撥款\n（承A14版）\n議員也要求市府提高托育人員薪資補助，避免人才流失。社會局表示，將研議相關方案。\n",
    );
    assert_eq!((a.front.continued_from, a.body.contains("承")), (Some(14), false));
    let a = one(
        "澳門日報　2026年6月18日　星期四　A4　澳聞\n\n議員關注輕軌東線票價\n倡長者學生免費乘搭\n　　多名立法會議員昨日就輕軌東線營運安排提出書面質詢，關注東線通車後的票價水平。\n　　另有議員關注輕軌公司的財務狀況，指公司連年虧損，要求政府交代\n（續A5版）\n",
    );
    assert_eq!(a.front.continued_to, Some(5));
    assert!(a.body.trim_end().ends_with("要求政府交代") && !a.body.contains("##"), "{}", a.body);
    let arts = page(
        "澳門日報　2026年6月18日　星期四　A4　澳聞\n\n輕軌東線工程進度逾六成\n　　【本報消息】運輸工務司司長昨日視察輕軌東線工程時表示，工程整體進度已超過六成。\n\n颱風季將至\n氣象局籲市民做好防風準備\n　　【本報消息】地球物理氣象局昨日舉行記者會，預計今年影響本澳的熱帶氣旋數目為四至六個。\n",
    );
    let got: Vec<(&str, Option<&str>)> =
        arts.iter().map(|a| (a.front.title.as_str(), a.front.agency.as_deref())).collect();
    assert_eq!(got, vec![("輕軌東線工程進度逾六成", Some("本報")), ("颱風季將至", Some("本報"))]);
    assert!(arts.iter().all(|a| !a.body.contains("【")));
    let arts = page(
        "A08 | 港聞 | 星島日報 | 2026年6月18日 星期四\n\n屯門公路工程明起封線\n　　路政署宣布，為配合屯門公路擴闊工程，屯門公路近掃管笏段往九龍方向的慢線，將於明日晚上十一時至翌日早上六時封閉，為期兩星期。\n\n將軍澳寵物公園下月開放\n　　康文署表示，位於將軍澳海濱公園的新寵物公園將於七月二日開放，面積約二千平方米，設有犬隻飲水設施及障礙訓練區。\n\n兩公務員涉騙津貼被捕\n　　廉政公署昨日落案起訴兩名前政府物流服務署職員，指二人涉嫌虛報超時工作時數，騙取逾三十萬元超時津貼，將於今日提堂。\n本報記者報道\n\n東鐵綫訊號故障　早繁忙時段大混亂\n　　港鐵東鐵綫昨早繁忙時間發生訊號故障，班次延誤最多達三十分鐘，大批乘客滯留月台。\n記者：梁俊傑\n",
    );
    let got: Vec<(&str, Vec<String>)> =
        arts.iter().map(|a| (a.front.title.as_str(), a.front.reporters.clone())).collect();
    assert_eq!(
        got,
        vec![
            ("屯門公路工程明起封線", vec![]),
            ("將軍澳寵物公園下月開放", vec![]),
            ("兩公務員涉騙津貼被捕", vec![]),
            ("東鐵綫訊號故障 早繁忙時段大混亂", vec!["梁俊傑".to_string()])
        ]
    );
    assert!(arts.iter().all(|a| !a.body.contains("##")));
    // Signed under its text, a story of two paragraphs after such a brief is a piece too.
    let arts = page(
        "將軍澳寵物公園下月開放\n　　康文署表示，位於將軍澳海濱公園的新寵物公園將於七月二日開放，面積約二千平方米，設有犬隻飲水設施及障礙訓練區。\n\n兩公務員涉騙津貼被捕\n廉署：涉款逾三十萬\n　　廉政公署昨日落案起訴兩名前政府物流服務署職員，指二人涉嫌虛報超時工作時數，騙取逾三十萬元超時津貼。\n　　廉署表示，案件源於一宗貪污投訴，調查期間已獲有關部門全力協助。\n本報記者報道\n",
    );
    let got: Vec<(&str, Option<&str>)> =
        arts.iter().map(|a| (a.front.title.as_str(), a.front.agency.as_deref())).collect();
    assert_eq!(got, vec![("將軍澳寵物公園下月開放", None), ("兩公務員涉騙津貼被捕", Some("本報"))]);
    let a = one(
        "大都会　4　2026年6月18日（星期四）　星洲日报\n\n巴生谷水供将中断36小时\n（莎阿南18日讯）雪兰莪水务公司宣布，巴生、莎阿南及八打灵再也部分地区将于6月24日晚上9时起，面对长达36小时的制水。\n",
    );
    assert_eq!(a.front.section.as_deref(), Some("大都会"));
    let arts = page(
        "联合早报　2026年6月18日　星期四　新加坡　4\n\n冒充政府官员诈骗　两个月64人受骗\n●林慧敏 报道\n\n警方说，今年4月至5月期间，至少有64人成为冒充政府官员诈骗案的受害者。\n\n翻译 ● 李佩玲\n\n裕廊湖区新公园下月起分阶段开放\n报道 ● 黄思琪\nhuangsq@sph.com.sg\n\n位于裕廊湖区的新公园将从7月起分阶段开放，首阶段开放面积约8公顷。\n",
    );
    let got: Vec<(Vec<String>, Vec<String>)> =
        arts.iter().map(|a| (a.front.reporters.clone(), a.front.contributors.clone())).collect();
    assert_eq!(
        got,
        vec![(vec!["林慧敏".to_string()], vec!["李佩玲".to_string()]), (vec!["黄思琪".to_string()], vec![])]
    );
}

/// A Times of India, a Dawn, an Inquirer, a Globe and Mail and a sports
/// page (issue 3): `PAPER, CITY | DATE   4` folios (it became an article),
/// a pipe folio naming a section of three words (`REPORT ON BUSINESS B3`),
/// desks and wires signing off after the last sentence (`… said. TNN`,
/// `INQ`), `— INP`, `PA Sport`.
#[test]
fn folios_with_the_editions_city_long_sections_and_sign_offs_after_the_last_sentence() {
    let a = one(
        "THE TIMES OF INDIA, NEW DELHI | THURSDAY, JUNE 18, 2026   4\nTIMES CITY\n\nMan held for duping senior citizens of Rs 1.2 crore\n\n\
         New Delhi: A 34-year-old man who allegedly posed as a bank official duped at least 19 senior citizens.\n\
         The accused used to call his victims claiming their KYC had expired, DCP Hemant Tiwari said. TNN\n",
    );
    assert_eq!((a.front.section.as_deref(), a.front.agency.as_deref()), (Some("Times City"), Some("TNN")));
    assert!(a.body.trim_end().ends_with("Hemant Tiwari said.") && !a.front.truncated, "{}", a.body);
    let a = one(
        "THE GLOBE AND MAIL | THURSDAY, JUNE 18, 2026 | REPORT ON BUSINESS B3\n\nBank of Canada holds key rate at 2.25 per cent\n\
         MARK RENDELL ECONOMICS REPORTER\n\nThe Bank of Canada held its benchmark interest rate at 2.25 per cent on Wednesday.\n",
    );
    assert_eq!(a.front.section.as_deref(), Some("Report on Business"));
    let a = one(
        "A6 | THE MAPLETON DAILY | Wednesday, May 14, 2025\n\nBudget passes after late vote\n\nThe council passed its budget on Tuesday night after a long debate.\n",
    );
    assert_eq!(a.front.section, None);
    let arts = page(
        "SPORT\n\nSaka double sinks United\n\nBy Sam Wallace\n\nSaka opened the scoring after 12 minutes with a low shot into the far corner.\n\
         Referee: Michael Oliver. Attendance: 73,811.\n\nVilla hold on against ten-man Newcastle\nAston Villa 2 Newcastle United 2\nPA Sport\n\n\
         Ollie Watkins scored twice as Aston Villa held on for a draw against ten-man Newcastle at Villa Park.\n",
    );
    let got: Vec<(&str, Option<&str>)> =
        arts.iter().map(|a| (a.front.title.as_str(), a.front.agency.as_deref())).collect();
    assert_eq!(
        got,
        vec![("Saka double sinks United", None), ("Villa hold on against ten-man Newcastle", Some("PA Media"))]
    );
}

/// A Guardian, an Otago Daily Times, a Telegraph sport and an Irish Times
/// page (issue 3): an aside in brackets opening a wrapped line (`(the
/// fifth in a row) was needed …`: the line above became a headline);
/// `Photo: Supplied` names no one; `By Sam Wallace at Old Trafford`, the
/// ground as the dateline; `ANALYSIS:` opening a headline is its kicker.
#[test]
fn asides_opening_a_line_credits_naming_no_one_and_writers_at_the_ground() {
    let a = one(
        "Water bills to rise again\n\nHelena Horton\nEnvironment reporter\n\nWater bills in England will rise by an average of 8% next year.\n\n\
         The regulator Ofwat said the increase\n(the fifth in a row) was needed to fund sewage upgrades.\n",
    );
    assert!(a.body.contains("the increase (the fifth in a row) was needed"), "{}", a.body);
    let a = one(
        "Kākāpō breeding season best on record\n\nConservation staff are celebrating the most successful kākāpō\nbreeding season since records began.\n\n\
         One of this season's chicks on Whenua Hou.\nPhoto: Supplied\n",
    );
    assert!(a.front.contributors.is_empty(), "{:?}", a.front.contributors);
    let a = one("Saka double sinks United as Arsenal go top\n\nBy Sam Wallace at Old Trafford\n\n\
         Bukayo Saka scored twice as Arsenal moved to the top of the\nPremier League with a convincing win at Old Trafford.\n");
    let place = a.front.dateline.as_ref().and_then(|d| d.place.as_deref());
    assert_eq!((a.front.reporters.clone(), place), (vec!["Sam Wallace".to_string()], Some("Old Trafford")));
    let a = one(
        "ANALYSIS: Browne's housing plan faces its hardest test yet\nPat Leahy Political Editor\n\nWhen the Coalition published its housing plan last autumn, Ministers conceded the first year would be hard.\n",
    );
    assert_eq!(
        (a.front.kicker.as_deref(), a.front.title.as_str()),
        (Some("ANALYSIS"), "Browne's housing plan faces its hardest test yet")
    );
}

/// Issue 3, session 37: a county page's lead naming its writers in brackets
/// without `本报讯` (the bracket stayed in the text and the next story was
/// merged in as a subhead); a theory page's `★作者单位：…` line under an
/// essay (it became the next piece's kicker); a supplement's own inbox at
/// the page foot (it stayed in the last story).
#[test]
fn bracketed_writers_opening_a_lead_author_units_and_a_columns_inbox() {
    let arts = page(
        "洛川日报 第3版 县区 2026年6月18日\n\n多措并举促增收\n嵩阳县：小香菇撑起致富“大产业”\n\
         （通讯员 杨帆 记者 许建国）走进嵩阳县车村镇香菇产业园，一排排标准化菇棚整齐排列。\n\n\
         创新基层治理\n伊川：“网格+警格”织密平安网\n\
         （本报记者 陈思远 通讯员 韩冬）今年以来，伊川县探索推行“网格+警格”融合治理模式。\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        [
            (Some("多措并举促增收"), "嵩阳县：小香菇撑起致富“大产业”"),
            (Some("创新基层治理"), "伊川：“网格+警格”织密平安网")
        ]
    );
    assert_eq!(
        (arts[0].front.reporters.as_slice(), arts[0].front.contributors.as_slice()),
        (&["许建国".to_string()][..], &["杨帆".to_string()][..])
    );
    assert_eq!(arts[0].front.agency, None);
    assert_eq!(arts[0].body, "走进嵩阳县车村镇香菇产业园，一排排标准化菇棚整齐排列。\n");
    assert_eq!(arts[1].front.reporters, ["陈思远"]);
    assert_eq!(arts[1].front.agency.as_deref(), Some("本报"));
    // An aside in brackets opening a paragraph names no writer.
    let a = one("标题\n\n（记者注：文中数据截至6月）全市新增就业岗位1.2万个。\n");
    assert!(a.front.reporters.is_empty());
    assert!(a.body.starts_with("（记者注："), "{}", a.body);

    let arts = page(
        "安阳日报　2026年6月18日　星期四　第6版　理论·评论\n\n以新质生产力推动县域经济高质量发展\n郑文博\n\n\
         县域是推进中国式现代化的重要基础单元。\n★作者单位：中共安阳市委党校\n\n\
         短评\n让“小网格”释放“大效能”\n本报评论员\n网格虽小，连着千家万户。\n",
    );
    assert_eq!(arts.len(), 2);
    assert_eq!(arts[0].body, "县域是推进中国式现代化的重要基础单元。\n\n★作者单位：中共安阳市委党校\n");
    assert_eq!(arts[1].front.kicker.as_deref(), Some("短评"));
    assert_eq!(arts[1].front.title, "让“小网格”释放“大效能”");

    let a = one("菱角\n\n六月里，菜场门口又见到卖菱角的阿婆。\n\n夜光杯投稿邮箱：yeguangbei@xmwb.com.cn\n");
    assert_eq!(a.body, "六月里，菜场门口又见到卖菱角的阿婆。\n");
}

/// Issue 3, session 37: folios of papers gazette has no pattern for, read
/// cell by cell (the paper, the date, the page number with its mark, the
/// editors, the site): they became articles, or gave the paper's name, its
/// editors or its site as the section.
#[test]
fn folios_read_by_their_cells_of_papers_gazette_does_not_know() {
    let cases: &[(&str, Option<&str>)] = &[
        (
            "河南日报农村版　　　　　　　　2026年6月18日　星期四\n4　乡村振兴　　　　　　　　责任编辑　杜宏伟　　美术编辑　王楠\n",
            Some("乡村振兴"),
        ),
        ("新民晚报　体育　2026年6月18日/星期四　第4版　本版编辑：严骏　视觉：陆叶\n", Some("体育")),
        (
            "　　　　　　　　　　—4—\n临江日报　　　　　　　　　　城市\n2026年6月18日　星期四　　　　　　编辑　方雨桐\n",
            Some("城市"),
        ),
        ("A1 头版 责任编辑：周明远\n", Some("头版")),
        ("THE MERIDIAN TIMES | THURSDAY, JUNE 18, 2026 | SINCE 1899 | $1.20\nFRONT PAGE  A1\n", Some("Front Page")),
        ("4A | THURSDAY, JUNE 18, 2026 | THE COLUMBUS DISPATCH\n\nLOCAL\n", Some("Local")),
        (
            "4 NEWCASTLE HERALD                          Thursday, June 18, 2026\nNEWS                                       newcastleherald.com.au\n",
            Some("News"),
        ),
        ("NEWS 4 NEWCASTLE HERALD Thursday, June 18, 2026\n", Some("News")),
        ("THE EASTERN ONTARIO POST • Thursday, June 18, 2026 • Page 4\nCOMMUNITY NEWS\n", Some("Community News")),
        (
            "BusinessDay                 Thursday 18 June 2026                 www.businessday.ng\n4 COMPANIES & MARKETS\n",
            Some("Companies & Markets"),
        ),
    ];
    for (head, section) in cases {
        let chinese = head.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
        let story = if chinese {
            "\n滨江步道全线贯通\n本报讯（记者 孔德明）6月17日，滨江步道全线贯通。\n"
        } else {
            "\nHospital car park fees to rise\n\nBy Luke Ferris\n\nPATIENTS will pay up to 15 per cent more to park from July 1.\n"
        };
        let a = one(&format!("{head}{story}"));
        assert_eq!(a.front.section.as_deref(), *section, "{head}");
        assert!(
            a.front.title == "滨江步道全线贯通" || a.front.title == "Hospital car park fees to rise",
            "{head}: {}",
            a.front.title
        );
    }
    // The page's foot names the paper and its site, no section.
    let a = one(
        "THE EASTERN ONTARIO POST • Thursday, June 18, 2026 • Page 4\n\nPool reopens after repairs\n\nBy Nathalie Roy\n\n\
         The pool will reopen Saturday after $210,000 in repairs.\n\nPage 4 • THE EASTERN ONTARIO POST • eopost.ca\n",
    );
    assert_eq!(a.front.section, None);
    assert_eq!(a.body, "The pool will reopen Saturday after $210,000 in repairs.\n");
    // A calendar's days and a jump line under the folio are no folio.
    let arts = page(
        "A4 | THE HILLSBORO COURIER | THURSDAY, JUNE 18, 2026\n\nHONG KONG\nCONTINUED FROM A1\n\nThose involved said the promenade would open in phases.\n",
    );
    assert!(
        arts.iter().all(|a| a.front.section.is_none()),
        "{:?}",
        arts.iter().map(|a| &a.front.section).collect::<Vec<_>>()
    );
}

/// Issue 3, session 37: a page number set in the middle of the line at head
/// and foot (`—4—` under twenty spaces) gave the page a column width of its
/// own, and the lines wrapped at the real width became subheads.
#[test]
fn a_centred_page_number_at_head_and_foot_is_no_column_width() {
    let pad = "\u{3000}".repeat(20);
    let a = one(&format!(
        "{pad}—4—\n\n\u{3000}\u{3000}滨江步道全线贯通\n\u{3000}\u{3000}本报讯（记者\u{3000}孔德明）6月17日，全长\n\
         12.6公里的滨江步道最后一段完成施工，实现\n全线贯通。\n\u{3000}\u{3000}市园林局介绍，步道采用透水铺装，夜间\n\
         照明全部使用太阳能灯具。\n\n{pad}—4—\n"
    ));
    assert_eq!(a.front.title, "滨江步道全线贯通");
    assert_eq!(
        a.body,
        "6月17日，全长12.6公里的滨江步道最后一段完成施工，实现全线贯通。\n\n市园林局介绍，步道采用透水铺装，夜间照明全部使用太阳能灯具。\n"
    );
}

/// Issue 3, session 37: an e-paper's text copied out with each field under
/// its label (`引题：`, `标题：`, `副题：`, `作者：`, `正文：`) and the
/// reader's links between articles: the labels stayed in the titles, the
/// links became kickers and text, and an unsigned record joined the one
/// above.
#[test]
fn labelled_e_paper_records_and_the_readers_links() {
    let arts = page(
        "第04版：区县新闻\n\n引题：乡村振兴看变化\n标题：石桥镇：艾草“点绿成金”\n副题：全镇艾草种植面积突破1.8万亩\n\
         作者：本报记者 高远 通讯员 吕春华\n正文：\n\u{3000}\u{3000}6月中旬，石桥镇的艾草迎来收割期。\n\
         \u{3000}\u{3000}近年来，石桥镇引进艾草深加工企业23家。\n\n上一篇\u{3000}\u{3000}下一篇\u{3000}\u{3000}返回目录\n\n\
         标题：全县防汛工作会议召开\n正文：\n\u{3000}\u{3000}6月17日，全县防汛工作会议召开。\n\n\
         上一篇\u{3000}\u{3000}下一篇\u{3000}\u{3000}返回目录\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        [(Some("乡村振兴看变化"), "石桥镇：艾草“点绿成金”"), (None, "全县防汛工作会议召开")]
    );
    let a = &arts[0].front;
    assert_eq!(a.subtitle.as_deref(), Some("全镇艾草种植面积突破1.8万亩"));
    assert_eq!(
        (a.reporters.as_slice(), a.contributors.as_slice()),
        (&["高远".to_string()][..], &["吕春华".to_string()][..])
    );
    assert_eq!(a.agency.as_deref(), Some("本报"));
    assert_eq!(a.section.as_deref(), Some("区县新闻"));
    assert_eq!(arts[0].body, "6月中旬，石桥镇的艾草迎来收割期。\n\n近年来，石桥镇引进艾草深加工企业23家。\n");
    assert_eq!(arts[1].body, "6月17日，全县防汛工作会议召开。\n");
    // The links alone, on a page without labels, are furniture.
    let arts = page(
        "唐河县“红色讲解员”进校园\n本报讯（通讯员 肖雨涵）6月16日，讲解员走进县第一初级中学。\n\n\
         上一篇\u{3000}\u{3000}下一篇\u{3000}\u{3000}返回目录\n\n城区至南阳东站公交专线开通\n\
         本报讯（记者 尚文博）6月17日，公交专线正式开通运营。\n\n上一篇\u{3000}\u{3000}下一篇\u{3000}\u{3000}返回目录\n",
    );
    assert_eq!(kickers_and_titles(&arts), [(None, "唐河县“红色讲解员”进校园"), (None, "城区至南阳东站公交专线开通")]);
    assert_eq!(arts[1].body, "6月17日，公交专线正式开通运营。\n");
}

/// Issue 3, session 37: American, Canadian, Kenyan, Jamaican and Nigerian
/// forms: the paper and its network under `By X` (they started an
/// article), `Dispatch staff report(s)`, `By X in Lagos`, `NAME / LOCAL
/// JOURNALISM INITIATIVE`, `PHOTO | NAME | NATION`, `CONTRIBUTED`,
/// `See TRAIL, Page 6A` and `Continued from Page 1A`.
#[test]
fn american_network_lines_staff_reports_writers_in_a_city_and_credits_in_bars() {
    let arts = page(
        "Council delays vote on\nScioto trail expansion\n\nBy Marla Kettering\nThe Columbus Dispatch\nUSA TODAY NETWORK\n\n\
         COLUMBUS, Ohio — Columbus City Council on Monday postponed a vote on a $14 million trail plan.\n\n\
         See TRAIL, Page 6A\n\nGrove City man dies in\ncrash on Interstate 71\n\nDispatch staff report\n\n\
         GROVE CITY, Ohio — A 47-year-old man was killed early Tuesday on Interstate 71.\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        [
            (None, "Council delays vote on Scioto trail expansion"),
            (None, "Grove City man dies in crash on Interstate 71")
        ]
    );
    assert_eq!(arts[0].front.reporters, ["Marla Kettering"]);
    assert_eq!(arts[0].front.continued_to, Some(6));
    assert_eq!(arts[0].body, "Columbus City Council on Monday postponed a vote on a $14 million trail plan.\n");
    assert_eq!(arts[1].front.subtitle, None);
    assert_eq!(arts[1].body, "A 47-year-old man was killed early Tuesday on Interstate 71.\n");

    let a = one(
        "Dangote Cement plans N300bn bond\n\nBy Funmilayo Adeyemi in Lagos\n\nDangote Cement Plc plans to raise up to N300 billion.\n",
    );
    assert_eq!(
        (a.front.reporters.as_slice(), a.front.subtitle.as_deref()),
        (&["Funmilayo Adeyemi".to_string()][..], None)
    );
    assert_eq!(a.front.dateline.as_ref().and_then(|d| d.place.as_deref()), Some("Lagos"));

    let a = one(
        "Rockland residents\noppose gravel pit\n\nJEAN-PAUL ROY / LOCAL JOURNALISM INITIATIVE\n\nROCKLAND — More than 150 people crowded the council chamber.\n",
    );
    assert_eq!(a.front.reporters, ["Jean-Paul Roy"]);
    assert_eq!(a.front.agency.as_deref(), Some("Local Journalism Initiative"));

    let a =
        one("Pupils rescued after boat capsizes\n\nBY NATION REPORTER\n\nTwelve pupils were rescued on Tuesday.\n\n\
         PHOTO | JARED OMONDI | NATION\nFishermen at Sena beach, where the boat capsized on Tuesday.\n");
    assert_eq!(a.front.contributors, ["Jared Omondi"]);
    assert_eq!(
        a.body,
        "Twelve pupils were rescued on Tuesday.\n\nFishermen at Sena beach, where the boat capsized on Tuesday.\n"
    );
    let a = one(
        "Farmers hit hard by drought\n\nChristopher Thame/Gleaner Writer\n\nFarmers say they have lost half of their crops.\n\n\
         CONTRIBUTED\nDesmond Whyte inspects his withered yam vines on Tuesday.\n",
    );
    assert_eq!(
        a.body,
        "Farmers say they have lost half of their crops.\n\nDesmond Whyte inspects his withered yam vines on Tuesday.\n"
    );

    let arts = page(
        "Food pantry demand climbs\n\nBy Priya Venkataraman\n\nDemand at food pantries has risen by nearly a fifth.\n\n\
         Continued from Page 1A\n\nRed, White & Boom returns\nto downtown riverfront\n\nThe city expects about 400,000 people at the show.\n",
    );
    assert_eq!(arts.len(), 2);
    assert_eq!(arts[1].front.continued_from, Some(1));
    assert_eq!(arts[0].front.continued_from, None);
}

/// Issue 3, session 37: an evening paper's byline naming the paper and its
/// app (`扬子晚报/紫牛新闻记者 X`: it became the headline, and a story under
/// it joined the brief above); `■记者手记` (a reporter named 手记); a
/// reader's bare signature kept twice; an office and a date signing a
/// reply (they became a piece of their own); a rule drawn in characters.
#[test]
fn papers_apps_in_bylines_comment_labels_and_replies_signed_with_a_date() {
    let arts = page(
        "暑期托管报名今起开始\n本报讯（记者 陈思远）6月18日起，南京市各区小学暑期托管服务陆续开放报名。\n\n\
         扬州一小学“菜园课堂”收获季\n孩子们把自种蔬菜送给环卫工人\n扬子晚报/紫牛新闻记者 唐小雨\u{3000}通讯员 吴佳琪\u{3000}文/摄\n\n\
         “这是我们班种的黄瓜，请您尝一尝！”张沐阳把黄瓜递到环卫工人手中。\n\n—————————\n",
    );
    assert_eq!(arts.len(), 2);
    let b = &arts[1];
    assert_eq!(
        (b.front.reporters.as_slice(), b.front.contributors.as_slice()),
        (&["唐小雨".to_string()][..], &["吴佳琪".to_string()][..])
    );
    assert_eq!(b.front.agency.as_deref(), Some("扬子晚报"));
    assert_eq!(b.body, "“这是我们班种的黄瓜，请您尝一尝！”张沐阳把黄瓜递到环卫工人手中。\n");

    let a = one("小区充电桩“一桩难求”\n■记者 蒋思远 实习生 欧阳琳\n6月16日晚上9点，记者来到锦绣花园地下车库。\n\
         ■记者手记\n充电难，难的不只是钱，更在于各方如何形成合力。\n");
    assert_eq!(a.front.reporters, ["蒋思远"]);
    assert_eq!(
        a.body,
        "6月16日晚上9点，记者来到锦绣花园地下车库。\n\n## 记者手记\n\n充电难，难的不只是钱，更在于各方如何形成合力。\n"
    );

    let arts = page(
        "读者来信\n\n楼下烧烤店油烟扰民\n我家楼下新开了一家烧烤店，油烟直往楼上窜。\n读者 钟敏\n\n回音壁\n\n\
         关于“学府路人行道被占”一事的回复\n我局立即组织执法人员到现场核查。感谢读者对城市管理工作的监督。\n\
         南溪市城北区综合行政执法局\n2026年6月15日\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        [(Some("读者来信"), "楼下烧烤店油烟扰民"), (Some("回音壁"), "关于“学府路人行道被占”一事的回复")]
    );
    assert_eq!(
        (arts[0].front.reporters.as_slice(), arts[0].body.as_str()),
        (&["钟敏".to_string()][..], "我家楼下新开了一家烧烤店，油烟直往楼上窜。\n")
    );
    assert!(arts[1].body.ends_with("\n\n南溪市城北区综合行政执法局\n\n2026年6月15日\n"), "{}", arts[1].body);
}

/// Issue 3, session 37: the paper under a byline is the agency; `COURTESY
/// OF X` names who gave the picture; `By NAME Associated Press`; a Kenyan
/// dateline under the writer's address; an AFP desk slug; a caption and its
/// credit under a story's jump line (`SEE TOP OF THE NEWS A3`) are a
/// picture of their own; `Continued from Page 1A` over a stack of short
/// lines opens the jumped story.
#[test]
fn papers_under_bylines_wire_names_after_writers_and_pictures_under_a_jump() {
    let a = one(
        "Ports warn of delays\nBy Henry Caldwell\nThe Washington Post\n\nUnion leaders said on Monday that talks had stalled.\n",
    );
    assert_eq!(
        (a.front.reporters.as_slice(), a.front.agency.as_deref()),
        (&["Henry Caldwell".to_string()][..], Some("The Washington Post"))
    );
    let a = one(
        "UN appeals for $900 million\nUNITED NATIONS (AP) — The United Nations on Wednesday appealed for $900 million.\n\
         The appeal covers Burkina Faso, Mali, Niger and Chad.\nBy EDITH M. LEDERER Associated Press\n",
    );
    assert_eq!(
        (a.front.reporters.as_slice(), a.front.agency.as_deref()),
        (&["Edith M. Lederer".to_string()][..], Some("Associated Press"))
    );
    let a = one(
        "Senators push for tougher quarry rules\n\nBY OTIENO ODHIAMBO\noodhiambo@ke.nationmedia.com\n\nNAIROBI\n\n\
         Senators have proposed a law that would require quarry operators to fence off pits.\n",
    );
    assert_eq!(a.front.dateline.as_ref().and_then(|d| d.place.as_deref()), Some("Nairobi"));
    assert_eq!(a.body, "Senators have proposed a law that would require quarry operators to fence off pits.\n");
    let a = one(
        "France to phase out short flights\nPARIS (AFP) - France will extend its ban on short domestic flights.\nstr/jh/bc\n",
    );
    assert_eq!(a.body, "France will extend its ban on short domestic flights.\n");
    let a = one(
        "Whitehall schools name new superintendent\n\nBy Theo Brandvold\n\nThe board voted 5-0 Wednesday to hire Renata Okafor.\n\n\
         Renata Okafor will lead Whitehall City Schools beginning Aug. 1.\nCOURTESY OF WHITEHALL CITY SCHOOLS\n",
    );
    assert_eq!(a.front.contributors, ["Whitehall City Schools"]);
    let arts = page(
        "Heatwave warning as mercury hits 36 deg C\nBy Priya Nair\n\nThe weather service issued its first heatwave advisory yesterday.\n\
         SEE TOP OF THE NEWS A3\n\nCrowds pack the waterfront at Clifford Bay for the opening night of the Lantern Festival.\nST PHOTO: JANE DOE\n\n\
         Teen chess prodigy becomes youngest grandmaster\nBy Marcus Tan\n\nAaron Wee, 14, became the country's youngest grandmaster.\n",
    );
    assert_eq!(arts.len(), 3, "{:#?}", kickers_and_titles(&arts));
    assert_eq!((arts[0].front.continued_to, arts[0].front.contributors.len()), (Some(3), 0));
    assert_eq!(arts[1].front.contributors, ["Jane Doe"]);
    let arts = page(
        "Food pantry demand climbs\n\nBy Priya Venkataraman\n\nDemand at food pantries has risen by nearly a fifth.\n\n\
         Continued from Page 1A\n\nFireworks\nRed, White & Boom returns\nto downtown riverfront\n\nThe city expects 400,000 people at the show.\n",
    );
    assert_eq!((arts.len(), arts[0].front.continued_from, arts[1].front.continued_from), (2, None, Some(1)));
}

/// Issue 3, session 38: a death notice's `SURNAME, Given —` is no dateline;
/// a desk's hotline strip, the classified desk's and the imprint's lines,
/// `©` notices, `Contact the newsdesk:` and the paper's name beside its site
/// are furniture; papers known by two characters (`南都记者`, `南都讯`);
/// `摄影：` and `统筹：` credit contributors whatever role follows; `采写：本报记者`;
/// `（融媒体中心记者 X）`; a caption and its own credit line after a signed
/// brief are a picture of their own, titled by what it shows; a headline
/// broken after its comma.
#[test]
fn death_notices_desk_lines_short_paper_names_support_credits_and_broken_heads() {
    let a = one("B8   THE VALLEY COURIER   Thursday, June 18, 2026\nOBITUARIES & NOTICES\n\
         To place a notice call 555-0142 or email notices@valleycourier.example\n\nDEATH NOTICES\n\n\
         OKAFOR, Daniel Chukwuma — Suddenly, at home, on June 14, 2026, aged 58. Devoted husband of Grace.\n");
    assert_eq!((a.front.title.as_str(), a.front.dateline.is_none()), ("DEATH NOTICES", true));
    assert!(a.body.starts_with("OKAFOR, Daniel Chukwuma — Suddenly"), "{}", a.body);
    // A city in capitals and its country before the dash is still a dateline.
    let a = one("Quarry law proposed\nNAIROBI, Kenya — Senators have proposed a law on quarries.\n");
    assert_eq!(a.front.dateline.as_ref().and_then(|d| d.place.as_deref()), Some("Nairobi, Kenya"));
    for foot in [
        "The Japan Times  www.japantimes.co.jp",
        "The Herald, 125 Fullarton Drive, Glasgow G32 8FG. To advertise call 0141 302 7000",
        "Contact the newsdesk: news@westburychronicle.co.uk",
        "© The Financial Times Limited 2026  ft.com",
    ] {
        let a = one(&format!(
            "Show returns after two-year break\n\nThe show will return to Hatch Park on August 8.\n\n{foot}\n"
        ));
        assert_eq!(a.body, "The show will return to Hatch Park on August 8.\n", "{foot}");
    }
    let a = one(
        "民生热线：0571-86001234 微信公众号：南溪民生帮 每天9:00—21:00\n\n楼下烧烤店油烟扰民\n本报记者 钟敏\n烧烤店油烟直往楼上窜。\n",
    );
    assert_eq!(a.front.title, "楼下烧烤店油烟扰民");
    // A notice's own enquiry line is its text.
    let a = one("缴费公告\n\n集中缴费工作将于7月1日开始。\n\n咨询热线：0312-5521368\n");
    assert!(a.body.ends_with("咨询热线：0312-5521368\n"), "{}", a.body);
    let a = one(
        "老旧小区加装电梯，\n为何“卡”在最后一户？\n——记者走访多个小区发现，协商难仍是主要障碍\n\n南都记者　黄嘉欣\n\u{3000}\u{3000}72岁的林伯指着楼下一片围挡对南都记者说。\n\n统筹：陈　峰\n摄影：南都记者　钟　锐\n",
    );
    assert_eq!(
        (a.front.title.as_str(), a.front.reporters.as_slice(), a.front.agency.as_deref()),
        ("老旧小区加装电梯，为何“卡”在最后一户？", &["黄嘉欣".to_string()][..], Some("南都"))
    );
    assert_eq!(a.front.contributors, ["陈峰", "钟锐"]);
    let a = one("越秀区试点加装电梯“一站式”服务\n　　南都讯　记者从越秀区住建局获悉，审批时限压缩至15个工作日。\n");
    assert_eq!(
        (a.front.agency.as_deref(), a.body.as_str()),
        (Some("南都"), "记者从越秀区住建局获悉，审批时限压缩至15个工作日。\n")
    );
    // `特约记者 X` names a kind of reporter, not a paper.
    let a = one("国足出线形势\n特约记者　王磊\n　　国足昨晚客场战平对手。\n");
    assert_eq!((a.front.reporters.as_slice(), a.front.agency.as_deref()), (&["王磊".to_string()][..], None));
    let a = one("城中村消防通道整治进展如何？\n采写：本报记者　邝　静\n　　今年以来，海珠区已清理占道杂物1200余处。\n");
    assert_eq!((a.front.reporters.as_slice(), a.front.agency.as_deref()), (&["邝静".to_string()][..], Some("本报")));
    let a = one(
        "城中村消防通道整治进展如何？\n采写：南都记者　邝　静\n\u{3000}\u{3000}今年以来，海珠区已清理占道杂物1200余处。\n",
    );
    assert_eq!((a.front.reporters.as_slice(), a.front.agency.as_deref()), (&["邝静".to_string()][..], Some("南都")));
    let arts = page(
        "简讯\n\n北湖社区举办“邻里节”\n　　近日，北湖社区举办第三届“邻里节”。（通讯员　赵晨曦）\n\n\
         马庄乡小麦颗粒归仓\n　　马庄乡2000余亩小麦已全部收割完毕。（融媒体中心记者　李　涛）\n\n\
         图为6月16日，在清河县杨集镇葡萄种植基地，农户正在为阳光玫瑰葡萄套袋。\n记者　王海涛　摄\n",
    );
    assert_eq!(arts.len(), 3, "{:#?}", kickers_and_titles(&arts));
    assert_eq!(
        (arts[0].front.contributors.as_slice(), arts[0].body.as_str()),
        (&["赵晨曦".to_string()][..], "近日，北湖社区举办第三届“邻里节”。\n")
    );
    assert_eq!(
        (arts[1].front.reporters.as_slice(), arts[1].body.as_str()),
        (&["李涛".to_string()][..], "马庄乡2000余亩小麦已全部收割完毕。\n")
    );
    assert_eq!(
        (arts[2].front.title.as_str(), arts[2].front.contributors.as_slice()),
        ("农户正在为阳光玫瑰葡萄套袋", &["王海涛".to_string()][..])
    );
}

/// Issue 3, session 38: an item closed by its wire or dispatch on a line of
/// its own, under a story signed at its top, is a piece of its own; a folio
/// with an editor's padded name (`王　磊`) still names the section, and a
/// traditional section is kept as printed; `記者X／高雄報導` is the paper's
/// own reporter; `【聯合筆記】` is a column's label; a kicker's leading dash
/// is the layout's.
#[test]
fn credits_closing_headed_items_padded_editors_and_taiwanese_columns() {
    let arts = page(
        "综合新闻　4　2026年6月18日　星期四　责任编辑　张琦\n\n西安交大团队研发出可降解心脏封堵器\n科技日报记者 王嘉　通讯员 赵一鸣\n\
         \u{3000}\u{3000}记者6月16日从西安交通大学获悉，封堵器完成首批临床试验。\n\n我国建成首个城市级车路云一体化测试区\n\
         \u{3000}\u{3000}记者从工业和信息化部获悉，测试区日前全面建成。\n（科技日报北京6月17日电）\n",
    );
    assert_eq!(arts.len(), 2, "{:#?}", kickers_and_titles(&arts));
    assert_eq!(
        (arts[0].front.reporters.as_slice(), arts[0].front.dateline.is_none()),
        (&["王嘉".to_string()][..], true)
    );
    assert_eq!(
        (arts[1].front.agency.as_deref(), arts[1].front.dateline.as_ref().and_then(|d| d.place.as_deref())),
        (Some("科技日报"), Some("北京"))
    );
    // A subhead under a signed story, closed by nothing, stays its subhead.
    let a = one(
        "西安交大团队研发出可降解心脏封堵器\n科技日报记者 王嘉\n\u{3000}\u{3000}记者6月16日从西安交通大学获悉。\n\n临床试验顺利\n\
         \u{3000}\u{3000}30名患儿术后随访6个月。\n",
    );
    assert!(a.body.contains("## 临床试验顺利"), "{}", a.body);
    let a = one(
        "新民晚报　体育　2026年6月18日／星期四　A14　本版编辑：王　磊　视觉设计：戚黎明\n\n海港客场2∶2战平泰山\n新民晚报记者 华心怡\n\
         \u{3000}\u{3000}双方最终2∶2握手言和。\n",
    );
    assert_eq!(a.front.section.as_deref(), Some("体育"));
    let arts = page(
        "世界日報　WORLD JOURNAL　2026年6月18日　星期四　B2　舊金山灣區　編輯：黃明德\n\n灣區捷運週末停駛\n記者張文華／綜合報導\n\
         \u{3000}\u{3000}灣區捷運宣布週末暫停部分列車服務。\n\n【聯合筆記】\n黑熊不是打卡景點\n近年登山風氣盛行，玉山一年湧入超過六萬人次。\n陳韻如\n",
    );
    assert_eq!((arts[0].front.section.as_deref(), arts[0].front.agency.as_deref()), (Some("舊金山灣區"), Some("本報")));
    assert_eq!(kickers_and_titles(&arts)[1], (Some("聯合筆記"), "黑熊不是打卡景點"));
    let a = one(
        "暑期将至，多地推出文旅惠民举措——\n“避暑游”升温带火县域消费\n本报记者 王晓雯\n\u{3000}\u{3000}“避暑游”搜索热度持续走高。\n",
    );
    assert_eq!(a.front.kicker.as_deref(), Some("暑期将至，多地推出文旅惠民举措"));
}

/// Issue 3, session 38: two writers stacked each over a role (`Alexandra
/// Smith` / `State Political Editor` / `Michael Koziol` / `Transport
/// Reporter`) sign one story, and the first is no part of the headline on a
/// wrapped page; a police log, like court listings, has no subheads, so the
/// headline under it heads the next story; the masthead's motto is
/// furniture; `| Photo Credit: X` credits the photographer.
#[test]
fn stacked_writers_police_logs_masthead_mottoes_and_barred_photo_credits() {
    let a = one("4                      NEWS                      THE SYDNEY MORNING HERALD\n\nEXCLUSIVE\n\
         Minister's office sat on rail safety warnings for months\nAlexandra Smith\nState Political Editor\nMichael Koziol\nTransport Reporter\n\n\
         The office of Transport Minister Joanne Petrakis was warned at least\nfour times about signalling faults on the Bankstown line before the\n\
         March derailment, internal emails obtained by the Herald show.\nA spokeswoman for Ms Petrakis said the minister had acted on every\nContinued Page 6\n");
    assert_eq!(
        (a.front.title.as_str(), a.front.reporters.as_slice(), a.front.continued_to),
        (
            "Minister's office sat on rail safety warnings for months",
            &["Alexandra Smith".to_string(), "Michael Koziol".to_string()][..],
            Some(6)
        )
    );
    let arts = page(
        "POLICE BEAT\n  June 8 — A resident of the 400 block of Elm Street reported a bicycle\nstolen from an unlocked garage.\n\
         \x20 June 9 — Officers responded to a report of a loose cow on County Road\nV-14. The animal was returned to its owner.\n\n\
         Legion post honors\nthree veterans\n  American Legion Post 214 will honor three local veterans at its annual\n\
         Flag Day supper on Saturday, June 20, at the Legion hall.\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "POLICE BEAT"), (None, "Legion post honors three veterans")]);
    let a = one(
        "THE CEDAR FALLS COURIER\nThursday, June 18, 2026                 Vol. 131, No. 25                 $1.00\n\
         Serving Bremer County since 1895\n\nLibrary expansion\nwins final approval\nBy Karen Lindqvist\nStaff Writer\n\
         \x20 The Cedar Falls Public Library will break ground on an addition this fall.\n",
    );
    assert_eq!((a.front.title.as_str(), a.front.subtitle.as_deref()), ("Library expansion wins final approval", None));
    let a = one(
        "Two held for cheating job aspirants\n\nThe accused, both from Vellore, had issued fake appointment letters.\n\n\
         A heavy downpour in T. Nagar on Wednesday evening left several roads waterlogged. | Photo Credit: B. Jothi Ramalingam\n",
    );
    assert_eq!(a.front.contributors, ["B. Jothi Ramalingam"]);
    assert!(!a.body.contains("Photo Credit"), "{}", a.body);
}

/// Issue 3, session 38: a notice's office and date at the page's foot, on a
/// wrapped page, stay its last lines: the office is not joined to the phone
/// line above it, nor read with the date as the page's foot (the three
/// lines were lost).
#[test]
fn a_notices_office_and_date_at_the_foot_of_a_wrapped_page_are_kept() {
    let text = "县人民医院专家下乡义诊\n\u{3000}\u{3000}6月13日，县人民医院组织心内科、眼科、中医科等8个科室的专家，到杨集镇卫生院开展义诊活动，为300余名群众测量血压、血糖，发放健康宣传资料500余份。（通讯员　周雅琴）\n\n\
        北湖社区举办“邻里节”\n\u{3000}\u{3000}近日，北湖社区举办第三届“邻里节”，居民们拿出自家做的包子、凉皮，在社区广场上摆起“百家宴”，现场还开展了趣味运动会和书法义写。（通讯员　赵晨曦）\n\n\
        公告\n关于开展2026年度城乡居民医疗保险集中缴费的公告\n\u{3000}\u{3000}根据上级有关规定，2026年度城乡居民医疗保险集中缴费工作将于7月1日开始，12月31日结束。参保群众可通过各银行网点办理缴费。\n\
        \u{3000}\u{3000}咨询电话：0312-5521368\n清河县医疗保障局\n2026年6月17日\n\n新闻热线：0312-5528000\n";
    let arts = page(text);
    let last = arts.last().map(|a| a.body.as_str()).unwrap_or("");
    assert!(last.ends_with("咨询电话：0312-5521368\n\n清河县医疗保障局\n\n2026年6月17日\n"), "{last}");
}

#[test]
fn pen_names_of_correspondents_question_heads_slashed_folios_and_european_leads() {
    // A correspondent's pen name, which starts with no common surname.
    let a = one(
        "德国拟延长核电站“冷备用”期限引发争议\n本报驻德国特约记者　青木　本报特约记者　柳玉鹏\n\u{3000}\u{3000}德国联邦经济部17日向联邦议院提交一份草案，拟将三座核电站的“冷备用”状态延长至2030年底。\n",
    );
    assert_eq!(
        (a.front.title.as_str(), a.front.reporters.clone()),
        ("德国拟延长核电站“冷备用”期限引发争议", vec!["青木".to_string(), "柳玉鹏".to_string()])
    );
    assert_eq!(a.front.agency.as_deref(), Some("本报"));
    // A question over the line answering it: 主题 and 副题.
    let a = one(
        "网购“二手奢侈品”遇假货　平台担责吗\n上海一中院二审判决平台承担连带责任\n法治日报全媒体记者　黄浩栋\n\u{3000}\u{3000}花3.8万元在某二手交易平台购买的“正品”手提包，经鉴定竟是仿品。\n",
    );
    assert_eq!(
        (a.front.kicker.as_deref(), a.front.subtitle.as_deref()),
        (None, Some("上海一中院二审判决平台承担连带责任"))
    );
    // A headline broken inside the phrase the lead names whole.
    let a = one(
        "北京发布中轴线沿线历史建筑保护修缮\n技术导则\n\u{3000}\u{3000}本报讯（记者 孙颖）《北京中轴线沿线历史建筑保护修缮技术导则》昨天正式发布。\n",
    );
    assert_eq!(
        (a.front.kicker.as_deref(), a.front.title.as_str()),
        (None, "北京发布中轴线沿线历史建筑保护修缮技术导则")
    );
    // Folios: editors after full-width slashes, a section's English name, editors mid-line.
    for (folio, section) in [
        ("4　政法　2026年6月18日　星期四　编辑／王　珊　美编／高　岩　校对／李　淼", "政法"),
        ("A6　公司　Company　2026年6月18日　星期四　编辑：林　立　美编：王　凯　Tel:(0755)83501645", "公司"),
        (
            "2026年6月18日/星期四/文体新闻部主编/责任编辑　邓　琼/美术编辑　黄　帆/校对　刘　慧　A12　文体新闻",
            "文体新闻",
        ),
    ] {
        let arts = page(&format!(
            "{folio}\n\n湖州“共享法庭”覆盖全部村社\n本报记者　陈东升\n\u{3000}\u{3000}在浙江省湖州市吴兴区八里店镇尹家圩村，村委会二楼的一间会议室挂着“共享法庭”的牌子。\n"
        ));
        assert_eq!(arts.len(), 1, "{folio}");
        assert_eq!(arts[0].front.section.as_deref(), Some(section), "{folio}");
    }
    // A European Chinese paper: its masthead's French name, a bracketed
    // reporter and city, a compiled wire's line, a Latin name wrapped whole.
    let text = "4　法国新闻　　　　欧洲时报　Nouvelles d'Europe　2026年6月18日　星期四\n巴黎13区中餐馆遭连环盗窃\n华商联手加装监控\n\
        \u{3000}\u{3000}（欧洲时报记者 王丽 巴黎报道）巴黎13区舒瓦西大道一带近一个月内有至少6家中餐馆\n和杂货店夜间遭人撬门盗窃，被盗现金和物品总值约4万欧元。\n\n\
        法国议会通过最低工资上调法案\n本报综合法新社报道\n\u{3000}\u{3000}法国国民议会16日晚以312票赞成、198票反对通过一项法案，将法定最低工资从明年1月\n起上调2.4%。代表中小企业的法国中小企业联合会主席弗朗索瓦·阿斯兰\n（François Asselin）则批评称，上调幅度将给餐饮和零售业带来沉重负担，可能导\n致部分企业减少招聘。\n";
    let arts = page(text);
    let heads: Vec<_> =
        arts.iter().map(|a| (a.front.title.as_str(), a.front.subtitle.as_deref(), a.front.agency.as_deref())).collect();
    assert_eq!(
        heads,
        [
            ("巴黎13区中餐馆遭连环盗窃", Some("华商联手加装监控"), Some("欧洲时报")),
            ("法国议会通过最低工资上调法案", None, Some("法新社"))
        ]
    );
    assert_eq!(arts[0].front.section.as_deref(), Some("法国新闻"));
    assert_eq!(arts[0].front.reporters, vec!["王丽"]);
    assert_eq!(arts[0].front.dateline.as_ref().and_then(|d| d.place.as_deref()), Some("巴黎"));
    assert!(arts[1].body.contains("阿斯兰（François Asselin）则批评称"), "{}", arts[1].body);
}

#[test]
fn titles_at_line_ends_writers_notes_and_bracketed_e_mails() {
    // `Dr.` at a line's end ends no paragraph.
    let a = one(
        "School board hires new superintendent\nThe Bremer Valley Community School District board on Tuesday named Dr.\nLorraine Estes of Waverly as its next superintendent. Estes, 48, has served\nas associate superintendent in Waverly-Shell Rock since 2021.\n",
    );
    assert!(
        a.body.starts_with("The Bremer Valley Community School District board on Tuesday named Dr. Lorraine Estes"),
        "{}",
        a.body
    );
    // A column closing with the note on its writer is not cut.
    let a = one(
        "Accountability starts with the engineers' signatures\nThandeka Mokoena\n\nWhen an engineer signs a completion certificate for a pipeline that does not exist, that is fraud.\n\nThandeka Mokoena is a civil engineer and lecturer at the University of Johannesburg\n",
    );
    assert_eq!((a.front.reporters.clone(), a.front.truncated), (vec!["Thandeka Mokoena".to_string()], false));
    // The writer's e-mail in brackets after the byline.
    let a = one(
        "Korean startups eye Japanese market as yen recovers\n\nBY PARK EUN-JI [park.eunji@joongang.co.kr]\n\nKorean software startups are returning to Tokyo after a two-year lull.\n",
    );
    assert_eq!((a.front.subtitle.as_deref(), a.front.reporters.len()), (None, 1));
}

#[test]
fn roles_after_names_editorial_views_sections_under_page_numbers_and_index_boxes() {
    // A role in sentence case after the name; one word of place or beat
    // before an Irish writer's role; a name with fadas.
    let text = "Politics\n\nTory leadership hopefuls clash over ECHR exit\n\nTom Lisle and Meera Chaudhry\n\nThe two remaining candidates clashed at a hustings in Harrogate on Tuesday night.\n\n\
        SNP calls for Holyrood vote on new nuclear plant\n\nGwen Appiah Scotland correspondent\n\nThe SNP has demanded that the Scottish parliament be given a vote on any new nuclear power station.\n\n\
        Families in Dún Laoghaire say they were not told of 400-home plan\n\nAoife Kelly Dublin Editor\n\nResidents of two estates have said they first learned of the plans from a notice.\n\n\
        Man who assaulted garda in Cill Airne jailed for 18 months\n\nColm Ó Súilleabháin Southern Correspondent\n\nA man who headbutted a garda outside a nightclub has been jailed for 18 months.\n\n\
        The Irish Times view\n\nOn planning reform: haste is no substitute for scrutiny\n\nNobody disputes that the planning system is too slow.\n";
    let arts = page(text);
    let writers: Vec<Vec<String>> = arts.iter().map(|a| a.front.reporters.clone()).collect();
    assert_eq!(
        writers,
        [
            vec!["Tom Lisle", "Meera Chaudhry"],
            vec!["Gwen Appiah"],
            vec!["Aoife Kelly"],
            vec!["Colm Ó Súilleabháin"],
            vec![]
        ]
        .map(|v| v.into_iter().map(String::from).collect::<Vec<_>>())
    );
    assert_eq!(
        (arts[4].front.kicker.as_deref(), arts[4].front.title.as_str()),
        (Some("The Irish Times view"), "On planning reform: haste is no substitute for scrutiny")
    );
    // The section under the folio and a page number on a line of its own.
    let a = one(
        "THE TIMES OF INDIA, PUNE | THURSDAY, JUNE 18, 2026\n4\nTIMES CITY\n\nMetro Line 3 trial runs from Hinjewadi in August\n\nTIMES NEWS NETWORK\n\nPune: Trial runs on the Metro Line 3 will begin in the first week of August, officials said on Wednesday.\n",
    );
    assert_eq!(a.front.section.as_deref(), Some("Times City"));
    // The last entry of an index box at the page's foot names no section.
    let arts = page(
        "A Texas Border Town Loses Its Hospital\nBy Elena Vasquez\n\nPRESIDIO, Texas — When the only hospital in Presidio County closed its emergency room last month, the nearest place to deliver a baby became a long drive.\n\nContinued on Page A16\n\nINSIDE TODAY\nCeasefire Talks Falter in Sudan\nMediators left Jeddah after negotiators for the army refused to meet. PAGE A6\nWEATHER B12\n",
    );
    assert!(
        arts.iter().all(|a| a.front.section.is_none()),
        "{:?}",
        arts.iter().map(|a| &a.front.section).collect::<Vec<_>>()
    );
    // A masthead's edition and volume lines; a headline broken after its comma.
    let a = one(
        "The New York Times\nLate Edition\nVOL. CLXXV . . . No. 60,812   © 2026 The New York Times Company   NEW YORK, THURSDAY, JUNE 18, 2026   $4.00\n\nSenate Passes Stopgap Bill,\nAverting Shutdown for Now\nBy Jane Doe and John Roe\n\nWASHINGTON — The Senate voted 71 to 27\nlate Wednesday to keep the government\nfunded through Sept. 30.\n",
    );
    assert_eq!(
        (a.front.title.as_str(), a.front.section.as_deref()),
        ("Senate Passes Stopgap Bill, Averting Shutdown for Now", None)
    );
}

#[test]
fn guest_columnists_with_their_posts_and_names_before_baodao() {
    let arts = page(
        "A02　评论　2026年6月18日　星期四　新京报\n外卖骑手“超时罚款”，该改改了\n□王明（媒体人）\n\u{3000}\u{3000}近日，有外卖骑手在社交平台反映，因暴雨天气导致一单超时八分钟，被平台扣罚了当天近三分之一的收入。\n县城“相亲角”火了，公共服务别缺位\n□李楠（高校教师）\n\u{3000}\u{3000}今年以来，不少县城的公园里出现了自发形成的“相亲角”，家长们举着写有子女信息的牌子。\n",
    );
    let got: Vec<_> = arts.iter().map(|a| (a.front.title.as_str(), a.front.reporters.clone())).collect();
    assert_eq!(
        got,
        [
            ("外卖骑手“超时罚款”，该改改了", vec!["王明".to_string()]),
            ("县城“相亲角”火了，公共服务别缺位", vec!["李楠".to_string()])
        ]
    );
    let a = one(
        "6　新加坡新闻　　　　　　联合早报　2026年6月18日　星期四\n建屋局扩大电梯翻新计划\n林慧敏 报道\nlinhm@sph.com.sg\n建屋发展局明年起将把电梯翻新计划扩大到另外40个组屋区，政府为此拨出约3亿2000万元。\n国家发展部兼政务部长许志明昨天在宏茂桥宣布这项消息。\n",
    );
    assert_eq!(
        (a.front.title.as_str(), a.front.reporters.clone()),
        ("建屋局扩大电梯翻新计划", vec!["林慧敏".to_string()])
    );
    assert!(!a.body.contains("linhm@"), "{}", a.body);
}

#[test]
fn captions_under_stories_signed_bulleted_briefs_photo_suppliers_and_page_terms() {
    // `圖：…` under a story is its caption, not the next story's headline.
    let arts = page(
        "A4　澳聞　　　　　　　　　　　　　責任編輯：梁偉強\n新一輪消費補貼下月推出\n記者 何家豪\n\u{3000}\u{3000}【本報消息】經濟財政司昨日公布新一輪消費補貼計劃細節，居民以電子支付消費，可享最高三千元優惠。\n\u{3000}\u{3000}中小企業協會會長蔡嘉明對計劃表示歡迎。\n圖：經濟財政司昨日公布新一輪消費補貼計劃\n\n輕軌東線隧道段貫通\n記者 鄭雅婷\n\u{3000}\u{3000}【本報消息】輕軌東線海底隧道段昨日全線貫通，工程進度較原定計劃提前約兩個月。\n",
    );
    let got: Vec<_> = arts.iter().map(|a| (a.front.title.as_str(), a.front.subtitle.as_deref())).collect();
    assert_eq!(got, [("新一輪消費補貼下月推出", None), ("輕軌東線隧道段貫通", None)]);
    assert!(arts[0].body.trim_end().ends_with("圖：經濟財政司昨日公布新一輪消費補貼計劃"), "{}", arts[0].body);
    // `●` briefs, each headline run in and each signed: pieces of their own.
    let arts = page(
        "东南亚多国迎来“旅游小阳春”\n环球时报记者　陈子帅\n\u{3000}\u{3000}进入6月，泰国、越南、马来西亚等东南亚国家接连公布旅游数据。\n\n●韩国下调电子旅行许可费用　韩国法务部17日宣布，自7月1日起将电子旅行许可申请费用由1万韩元下调至5000韩元。（黄　兰）\n●巴西央行维持基准利率不变　巴西中央银行16日宣布，将基准利率维持在10.5%不变。（甄　翔）\n",
    );
    let got: Vec<_> = arts.iter().map(|a| (a.front.title.as_str(), a.front.reporters.clone())).collect();
    assert_eq!(
        got,
        [
            ("东南亚多国迎来“旅游小阳春”", vec!["陈子帅".to_string()]),
            ("韩国下调电子旅行许可费用", vec!["黄兰".to_string()]),
            ("巴西央行维持基准利率不变", vec!["甄翔".to_string()])
        ]
    );
    assert_eq!(arts[2].body.trim(), "巴西中央银行16日宣布，将基准利率维持在10.5%不变。");
    // …but the unsigned points of a story stay in it.
    let a = one(
        "我市出台措施稳就业\n本报记者　王　磊\n\u{3000}\u{3000}近日，我市出台稳就业若干措施。\n●加大援企稳岗力度　对不裁员或少裁员的企业返还失业保险费。\n●拓宽就业渠道　开发公益性岗位500个。\n",
    );
    assert!(a.body.contains("开发公益性岗位500个。"), "{}", a.body);
    // `（通讯员 X 供图）` closing a caption credits the photo.
    let a = one(
        "夜市烟火气\n\u{3000}\u{3000}6月15日晚，市民和游客在东关夜市选购特色小吃。今年以来，东关夜市新增摊位200余个。（通讯员　王晓雨　供图）\n",
    );
    assert_eq!(a.front.contributors, vec!["王晓雨".to_string()]);
    assert!(!a.body.contains("供图"), "{}", a.body);
    // A page's foot: a desk's hotline with its hours, terms for copy, a market disclaimer.
    for foot in [
        "健康热线：0571-86001234（每周四上午9:00—11:00专家在线）　　本版投稿邮箱：jiankang@dskb.cn",
        "本版投稿邮箱：xinghe@jcwb.com.cn　　来稿请注明真实姓名、地址及联系电话",
        "风险提示：本版内容仅供参考，不构成投资建议。股市有风险，投资需谨慎。",
    ] {
        let a = one(&format!(
            "三大指数集体收涨 沪指重返3200点\n本报记者　杜宇\n\u{3000}\u{3000}6月17日，A股三大指数集体收涨。\n\n{foot}\n"
        ));
        assert_eq!(a.body.trim(), "6月17日，A股三大指数集体收涨。", "{foot}");
    }
}

#[test]
fn repeated_folios_picture_pages_spaced_pdf_lines_and_compiled_reports() {
    // An e-paper's export repeats `第04版：要闻` over every article.
    let arts = page(
        "第04版：要闻\n\n第04版：要闻\n全市夏粮收购进度过半\n作者：本报记者 孙 婉\n\n本报讯 截至6月17日，全市已收购小麦18.4万吨，占预计收购量的53%。\n\n------------------------------------------------------------\n\n第04版：要闻\n聚焦营商环境\n“一件事一次办”再扩容\n新增企业注销、不动产继承等12个事项\n作者：本报记者 何 乐\n\n本报讯 记者从市政务服务管理局获悉，我市第三批“一件事一次办”事项清单日前发布。\n",
    );
    let got: Vec<_> =
        arts.iter().map(|a| (a.front.kicker.as_deref(), a.front.title.as_str(), a.front.section.as_deref())).collect();
    assert_eq!(
        got,
        [(None, "全市夏粮收购进度过半", Some("要闻")), (Some("聚焦营商环境"), "“一件事一次办”再扩容", Some("要闻"))]
    );
    // The running head set again between two pieces, its cells on one line.
    let arts = page(
        "都市快报\n2026年6月18日　星期四　　A14　科教·健康\n\n健康提示\n高温天气防中暑，记住这几点\n\u{3000}\u{3000}1.避免在上午10时至下午4时高温时段长时间户外活动。\n（市疾病预防控制中心供稿）\n\n都市快报　　2026年6月18日　星期四　　A14　科教·健康\n\n我市首家“儿童睡眠门诊”开诊\n\u{3000}\u{3000}本报讯（记者　林小雨　通讯员　郑佳）6月17日，市妇幼保健院儿童睡眠门诊正式开诊。\n",
    );
    assert_eq!(arts.len(), 2, "{:?}", arts.iter().map(|a| &a.front.title).collect::<Vec<_>>());
    // `第4版　综合新闻` names the section, not the county paper's name above it.
    let a = one(
        "安平新闻　　　　　　　　　　　　　　　　2026年6月18日　星期四\n第4版　综合新闻\n\n我县举办2026年夏季专场招聘会\n\n\u{3000}\u{3000}6月16日，我县2026年夏季专场招聘会在县人力资源市场举行。（王 静）\n",
    );
    assert_eq!(a.front.section.as_deref(), Some("综合新闻"));
    // A picture page: each titled, credited caption a piece, the photographer's paper or wire its agency.
    let arts = page(
        "麦浪翻金 颗粒归仓\n\u{3000}\u{3000}6月16日，在淇河县高村镇，农机手驾驶联合收割机在麦田里抢收小麦。（本报记者　韩磊　摄）\n\n“小候鸟”学游泳\n\u{3000}\u{3000}6月17日，在城关镇中心小学游泳馆，教练为孩子们讲解游泳动作要领。（本报记者　孙哲　摄）\n\n\u{3000}\u{3000}6月17日，游客在云台山景区红石峡观赏瀑布。入夏以来，云台山景区接待游客量同比增长18%。新华社记者　李安　摄\n",
    );
    let got: Vec<_> = arts
        .iter()
        .map(|a| (a.front.title.as_str(), a.front.contributors.clone(), a.front.agency.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("麦浪翻金 颗粒归仓", vec!["韩磊".to_string()], Some("本报")),
            ("“小候鸟”学游泳", vec!["孙哲".to_string()], Some("本报")),
            ("游客在云台山景区红石峡观赏瀑布", vec!["李安".to_string()], Some("新华社"))
        ]
    );
    // A caption's title is its whole clause, not one cut inside a word.
    let a = one(
        "图片新闻\n6月17日，滨江区实验小学的学生在市消防救援支队特勤站体验消防装备。当天，该支队开展“消防开放日”活动。\n本报记者 王 磊 摄\n",
    );
    assert_eq!(
        (a.front.title.as_str(), a.front.agency.as_deref()),
        ("滨江区实验小学的学生在市消防救援支队特勤站体验消防装备", Some("本报"))
    );
    // A PDF tool's space between every character of a justified line.
    let a = one(
        "县人民医院义诊活动走进12个行政村\n\n\u{3000}\u{3000}该镇组织42台秸秆打捆机跟机作业，做到“收割一块、清\n理 一 块 ” 。 镇 农 业 综 合 服 务 中 心 还 与 两 家 企 业 签 订 收 购 协 议 ， 每 吨 秸 秆 收 购\n价提高到180元。\n",
    );
    assert!(
        a.body.contains("清理一块”。镇农业综合服务中心还与两家企业签订收购协议，每吨秸秆收购价提高到180元。"),
        "{}",
        a.body
    );
    // `（综合报道）` names no reporter.
    let a = one(
        "港星邓嘉欣宣布怀孕\n香港女星邓嘉欣（Kathy Tang）前天在社交媒体宣布怀孕喜讯。邓嘉欣去年与圈外男友在巴厘岛举行婚礼。\n（综合报道）\n",
    );
    assert!(a.front.reporters.is_empty(), "{:?}", a.front.reporters);
    assert!(!a.body.contains("综合报道"), "{}", a.body);
}

#[test]
fn review_ratings_writers_notes_briefing_run_ins_sign_offs_and_a_second_pages_folio() {
    // A review's rating and details line between its headline and byline.
    let a = one(
        "A Hamlet who is mostly tired, and all the better for it\n★★★★☆\nStratford Festival, Festival Theatre, Stratford, Ont. Until Oct. 24. Tickets $45–$165.\nBy Kelly Nakamura\n\nDirector Esme Varga has found the most unfashionable thing you can find in Hamlet: boredom.\n",
    );
    assert_eq!(
        (a.front.title.as_str(), a.front.reporters.clone()),
        ("A Hamlet who is mostly tired, and all the better for it", vec!["Kelly Nakamura".to_string()])
    );
    // A columnist's note closing her column heads nothing.
    let arts = page(
        "The Treasury's growth plan rests on a housing fantasy\nRachel Okonjo\n\nWhen the chancellor stood up in the Commons last week and promised 300,000 homes a year, there was a polite murmur.\nBut a plan built on an unreachable number is not a plan; it is a wish.\nRachel Okonjo is the Chronicle's economics commentator\n\nIn praise of the humble allotment\nSophie Lindqvist\n\nMy allotment in Bristol has a waiting list of 212 people, and the council tells me the average wait is now six years.\n",
    );
    let got: Vec<_> = arts.iter().map(|a| (a.front.title.as_str(), a.front.subtitle.as_deref())).collect();
    assert_eq!(
        got,
        [("The Treasury's growth plan rests on a housing fantasy", None), ("In praise of the humble allotment", None)]
    );
    // A world briefing's items run their headlines in after the dateline.
    let arts = page(
        "WORLD BRIEFING\nNAIROBI, Kenya — Floods kill 14 in western Kenya: Heavy rains swept away homes in Kisumu and Busia counties, killing at least 14 people, the Kenya Red Cross said. (AFP)\nBERLIN — German rail strike called off: The GDL train drivers' union called off a 48-hour strike planned for Friday after reaching a deal with Deutsche Bahn. (AP)\n",
    );
    let got: Vec<_> = arts.iter().map(|a| a.front.title.as_str()).collect();
    assert_eq!(got, ["Floods kill 14 in western Kenya", "German rail strike called off"]);
    assert!(arts[1].body.trim().starts_with("The GDL train drivers' union"), "{}", arts[1].body);
    // `Reporter: X` signs the story above off; `DEATHS` under it is no dateline.
    let arts = page(
        "Road safety fears after\nsecond crash at junction\nResidents living near the Ballinalack crossroads have called for speed ramps after a second crash at the junction.\nA council spokesperson said a safety review of the junction was under way.\nReporter: Siobhán Geraghty\n\nDEATHS\nDOLAN, Bridget (née Carey), Ballinea, Mullingar, June 15, 2026. Peacefully at the Midland Regional Hospital.\n",
    );
    let got: Vec<_> = arts.iter().map(|a| (a.front.reporters.clone(), a.front.dateline.is_none())).collect();
    assert_eq!(got, [(vec!["Siobhán Geraghty".to_string()], true), (vec![], true)]);
    // `Stories by X, Kano`; a wire's syndicate under the byline; `Comment` under the folio.
    let a = one(
        "Kano: Police arrest 14 suspected thugs\nStories by Ibrahim Musa, Kano\nThe Kano State Police Command has arrested 14 suspected political thugs during a raid.\n",
    );
    assert_eq!(a.front.reporters, vec!["Ibrahim Musa".to_string()]);
    let a = one(
        "Violence flares in Haiti's capital as police push into gang stronghold\nBy Frances Robles\nNew York Times News Service\n\nPORT-AU-PRINCE, Haiti — Heavy gunfire echoed across the Haitian capital for a second day Wednesday.\n",
    );
    assert_eq!(a.front.agency.as_deref(), Some("New York Times News Service"));
    assert_eq!(a.front.dateline.as_ref().and_then(|d| d.place.as_deref()), Some("Port-au-Prince, Haiti"));
    let a = one(
        "THE CHRONICLE  Thursday 18 June 2026                                    23\nComment\n\nIn praise of the humble allotment\nSophie Lindqvist\n\nMy allotment in Bristol has a waiting list of 212 people, and the council tells me the average wait is now six years.\n",
    );
    assert_eq!((a.front.section.as_deref(), a.front.kicker.as_deref()), (Some("Comment"), None));
    // A second page's folio and page numbers where an export ran two pages together.
    let arts = page(
        "Sheriff's office seeks help in Highway 9 hit-and-run\n\nThe Harlan County Sheriff's Office is asking for the pub-\nlic's help identifying a vehicle involved in a hit-and-run\ncrash early Sunday on Highway 9 east of Milo.\n\n                              1\n\nPage 6                THE HARLAN COUNTY LEDGER                June 18, 2026\n\nCOUNCIL from Page 1\n\nTjaden said her water bill already runs more than $300 a\nmonth in the summer.\n\n                              6\n",
    );
    assert_eq!(arts.len(), 2);
    assert_eq!(arts[1].front.continued_from, Some(1));
    assert_eq!(arts[1].body.trim(), "Tjaden said her water bill already runs more than $300 a month in the summer.");
    assert!(!arts[0].body.contains("LEDGER"), "{}", arts[0].body);
}

#[test]
fn spaced_sections_score_lines_colon_run_in_briefs_and_quotes_closing_unsigned_stories() {
    // `星　河` under the folio, letter-spaced: the section.
    let a = one(
        "江城晚报　　2026年6月18日　星期四　　B4\n星　河\n本版责任编辑：沈若溪　　美术编辑：周岚　　校对：吴敏\n\n在小镇的褶皱里读懂乡愁\n文/苏晓棠\n\u{3000}\u{3000}阎文涛的新作《长江边的小镇》，写的是江汉平原上一个叫“槐口”的小镇四十年间的变迁。\n",
    );
    assert_eq!((a.front.section.as_deref(), a.front.kicker.as_deref()), (Some("星河"), None));
    // The score line under a match report's headline is its 副题.
    let a = one(
        "主场逆转 泰山终结两轮不胜\n山东泰山 2:1 上海申花\n\u{3000}\u{3000}本报济南6月17日讯（记者　孟凡　通讯员　张建）今晚，山东泰山队以2:1逆转上海申花队。\n",
    );
    assert_eq!(
        (a.front.title.as_str(), a.front.subtitle.as_deref()),
        ("主场逆转 泰山终结两轮不胜", Some("山东泰山 2:1 上海申花"))
    );
    // A brief column's headline run in before a colon; a title leaves out Latin glosses.
    let arts = page(
        "娱乐简讯\n■韩国男团NOVA新加坡见面会加场：原定9月6日在新加坡博览中心举行的见面会，因反应热烈将于9月7日加开一场，门票本周六开卖。\n■本地电影《甘榜的夏天》（Kampong Summer）入围上海国际电影节亚洲新人奖，导演林伟杰（Ryan Lim）下周将出席颁奖礼。\n",
    );
    let got: Vec<_> = arts.iter().map(|a| a.front.title.as_str()).collect();
    assert_eq!(got, ["韩国男团NOVA新加坡见面会加场", "本地电影《甘榜的夏天》入围上海国际电影节亚洲新人奖"]);
    // A quote closing an unsigned story is no pull quote over a crosshead.
    let arts = page(
        "Milo library marks 100 years\n\nMILO — The Milo Public Library will celebrate its centennial with an open house Saturday.\n\"So many people in this town learned to read in this building,\" Engstrom said. \"We want everyone to come back and see it.\"\n\nSheriff's office seeks help in Highway 9 hit-and-run\n\nThe Harlan County Sheriff's Office is asking for the public's help identifying a vehicle involved in a hit-and-run.\nInvestigators believe the vehicle is a dark pickup with damage to the passenger-side mirror.\n",
    );
    assert_eq!(arts.len(), 2, "{:?}", arts.iter().map(|a| &a.front.title).collect::<Vec<_>>());
}

#[test]
fn scoreboard_rows_and_fact_box_labels_are_text() {
    let arts = page(
        "Swans storm home to sink Pies\nADAM KOVACS\n\nIsaac Heeney kicked four goals as the Sydney Swans overran Collingwood in the second half to win by 20 points.\nSydney Swans 2.3 3.9 8.11 12.10 (82)\nCollingwood 3.2 6.4 7.6 9.8 (62)\nGOALS: Sydney: Heeney 4, Amartey 2, McDonald 2, Papley, Gulden, Warner, Campbell.\nUmpires: Stevic, Gavine, Dalgleish. Crowd: 41,223 at the SCG.\n",
    );
    assert_eq!(arts.len(), 1, "{:?}", arts.iter().map(|a| &a.front.title).collect::<Vec<_>>());
    assert!(arts[0].front.dateline.is_none());
    assert!(arts[0].body.contains("\n\nSydney Swans 2.3 3.9 8.11 12.10 (82)\n"), "{}", arts[0].body);
    assert!(arts[0].body.contains("GOALS: Sydney"), "{}", arts[0].body);
    let arts = page(
        "Voltara to double charging network by FY28\nRohan Iyer\n\nMUMBAI: Voltara Energy, which runs 5,900 public charging points across 14 states, has become one of the few profitable players.\n\nFACT FILE\nVoltara Energy\nFounded: 2017, Pune\nCharging points: 5,900 in 14 states\nEmployees: 1,350\n",
    );
    assert!(arts.iter().all(|a| a.front.dateline.as_ref().and_then(|d| d.place.as_deref()) != Some("Founded")));
    assert!(
        arts.iter().any(|a| a.body.contains("Founded: 2017, Pune")),
        "{:?}",
        arts.iter().map(|a| &a.body).collect::<Vec<_>>()
    );
}

#[test]
fn papers_beside_sections_print_stamps_plain_case_dash_datelines_and_wire_stories_under_signed_ones() {
    let sections = |text: &str| page(text).into_iter().map(|a| a.front.section).collect::<Vec<_>>();
    // The paper's name and the section in one head line over the dated folio.
    let s = sections(
        "THE STAR                                                    NEWS\nWednesday, 12 June 2024                                     5\n\nEskom warns of winter load shedding risk\n\nSIPHO MABENA\n\nEskom has warned that load shedding could return during cold snaps this winter.\n",
    );
    assert_eq!(s, vec![Some("News".to_string())]);
    let s = sections(
        "B05\n2026.6.18 星期四\n华商晨报 · 文体·荧屏\n主编：宋健  责编：林晓雪\n\n年代剧《长河灯火》今晚央视开播\n\n文/本报记者 韩冰\n\n由青年导演沈一鸣执导的年代剧《长河灯火》将于今晚19:30登陆央视一套黄金档。\n",
    );
    assert_eq!(s, vec![Some("文体·荧屏".to_string())]);
    let s = sections(
        "今日宁乡 数字报\n2026年06月18日  第04版：乡村振兴\n\n“稻虾共作”一田双收\n\n本报记者 姜新宇\n\n6月中旬，在双江口镇南田坪村的稻虾共作基地里，村民们正忙着起笼捕虾，现场一片繁忙。\n",
    );
    assert_eq!(s, vec![Some("乡村振兴".to_string())]);
    let arts = page(
        "新华日报\n2025年6月18日 星期三\n11\n理论周刊\n\n以文化自信涵养精神力量\n\n王丽娟\n\n文化是一个国家、一个民族的灵魂。文化自信是更基础、更广泛、更深厚的自信。\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "以文化自信涵养精神力量")]);
    assert_eq!(arts[0].front.section.as_deref(), Some("理论周刊"));
    // An e-paper's print stamps and the page's desks are no text.
    let arts = page(
        "The Riverton Courier - 06/18/2026 Copy Reduced to 78% from original to fit letter page\nPage A12\nOPINION\n\nOUR VIEW\nLibrary hours are worth the money\n\nThe Riverton Public Library's decision to restore Sunday hours at its three branches this fall is welcome news.\n\nEDITOR: SIBUSISO NGALWA         NEWS DESK: 011 633 9111         newsdesk@inl.co.za\nCLASSIFIEDS ON PAGE B4\nCopyright (c) 2026 The Riverton Courier 6/18/2026\nPowered by TECNAVIA\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(Some("OUR VIEW"), "Library hours are worth the money")]);
    assert_eq!(arts[0].front.section.as_deref(), Some("Opinion"));
    for gone in ["Copy Reduced", "NEWS DESK", "CLASSIFIEDS", "Copyright", "TECNAVIA"] {
        assert!(!arts[0].body.contains(gone), "{gone}: {}", arts[0].body);
    }
    // `Durban — More than…` under the heads: a place in plain case.
    let a = one(
        "Pupils miss exams after school flooded\n\nTHANDO MOYO\n\nDurban — More than 300 pupils at a school in Inanda were unable to write their mid-year examinations this week.\n\nParents said the school had complained about the leaking roof for more than two years.\n",
    );
    assert_eq!(a.front.dateline.as_ref().and_then(|d| d.place.as_deref()), Some("Durban"));
    assert!(a.body.starts_with("More than 300 pupils"), "{}", a.body);
    // A name and a dash inside the text stays text.
    let a = one(
        "Council backs new library\n\nBy Tom Bell\n\nThe council approved the plan on Tuesday.\n\nPriya Nair — a teacher at the school — said the library was overdue.\n",
    );
    assert!(a.front.dateline.is_none() && a.body.contains("Priya Nair — a teacher"), "{}", a.body);
    // A headline and its 副题 under a signed story's finished text head the next story.
    let arts = page(
        "美国5月零售销售环比下降0.9%\n新华社华盛顿6月17日电（记者 熊茂伶 刘亚南）美国商务部17日公布的数据显示，美国5月零售销售额环比下降0.9%，降幅大于市场预期。\n美联储将于17日至18日举行货币政策会议。\n\n日本一地发生5.9级地震\n暂无人员伤亡报告\n据美联社报道，日本气象厅称，当地时间17日下午3时许，日本北海道东部海域发生5.9级地震，震源深度约50公里。\n",
    );
    // (Which of its two lines is the 主题 the text cannot tell.)
    assert_eq!(arts.len(), 2, "{:?}", arts.iter().map(|a| &a.body).collect::<Vec<_>>());
    assert!(!arts[0].body.contains("地震") && arts[1].body.starts_with("据美联社报道"), "{}", arts[1].body);
    // So does a headline over an editor's note; a box's label over its subhead does not.
    let arts = page(
        "本报讯（记者 刘晨）今年我市中考将于6月21日开考，考生须提前30分钟到达考点。\n此外，今年中考首次在全部考点启用智能安检门。\n\n“小作家”征文获奖作品选登\n\n编者按：由本报与市作家协会联合举办的第十二届“小作家”中小学生征文大赛日前揭晓。本期选登部分获奖作品，以飨读者。\n\n外婆的菜园\n\n外婆家在城南的一条老巷子里，屋后有一块小小的菜园。\n",
    );
    assert_eq!(arts.len(), 2, "{:?}", arts.iter().map(|a| &a.body).collect::<Vec<_>>());
    assert_eq!(arts[1].front.title, "“小作家”征文获奖作品选登");
    let arts = page(
        "老旧小区改造惠及万户\n本报记者 王芳\n走进淇滨区桂鹤小区，崭新的外墙、平整的道路映入眼帘。居民王大爷说：“现在住得可舒心了！”\n\n新闻链接\n什么是老旧小区改造？\n老旧小区改造是指对建成年代较早、失养失修失管、市政配套设施不完善的住宅小区进行改造。\n",
    );
    assert_eq!(arts.len(), 1, "{:?}", kickers_and_titles(&arts));
}

#[test]
fn desk_bylines_stand_for_the_writer_where_no_one_is_named() {
    let arts = page(
        "Rawalpindi traders protest new fixed tax scheme\n\nBy Tom Reed\nStaff Reporter\n\nRAWALPINDI: Traders in Raja Bazaar kept their shops closed for several hours on Tuesday to protest against the fixed tax scheme.\n\nIIUI students demand restoration of hostel seats\n\nOur Correspondent\n\nISLAMABAD: Students of the International Islamic University Islamabad staged a protest outside the administration block on Tuesday.\n",
    );
    let writers: Vec<&[String]> = arts.iter().map(|a| &a.front.reporters[..]).collect();
    assert_eq!(writers, vec![&["Tom Reed".to_string()][..], &["Our Correspondent".to_string()][..]]);
    let arts = page(
        "IN BRIEF\n\nTshwane water outage\nPretoria — Residents of Soshanguve will be without water from 8am today until 6pm tomorrow, the City of Tshwane said. – Staff Reporter\n\nBody found in Jukskei\nJohannesburg — The body of a man was found in the Jukskei River near Alexandra on Monday. Police said an inquest docket had been opened. – ANA\n",
    );
    assert_eq!(arts.len(), 2);
    assert_eq!(arts[0].front.reporters, vec!["Staff Reporter"]);
    assert_eq!(arts[1].front.agency.as_deref(), Some("ANA"));
    for (a, town) in arts.iter().zip(["Pretoria", "Johannesburg"]) {
        assert_eq!(a.front.dateline.as_ref().and_then(|d| d.place.as_deref()), Some(town));
        assert!(!a.body.contains(town) && !a.body.contains("Staff Reporter"), "{}", a.body);
    }
}

#[test]
fn site_chrome_related_links_arrowed_jumps_and_drawn_box_borders() {
    let a = one(
        "2026年06月18日  第04版：乡村振兴\n\n标题：“稻虾共作”一田双收\n作者：融媒体记者 姜新宇\n来源：今日宁乡\n发布时间：2026-06-18 08:30:00\n【字号 大 中 小】 【打印】 【关闭】\n分享到：微信 微博 QQ空间\n\n本报讯 6月中旬，在双江口镇南田坪村的稻虾共作基地里，村民们正忙着起笼捕虾，现场一片繁忙。\n",
    );
    for gone in ["发布时间", "字号", "分享到"] {
        assert!(!a.body.contains(gone), "{gone}: {}", a.body);
    }
    let arts = page(
        "Lake Victoria hyacinth returns, hits fishermen\n\nBy WINNIE ATIENO\n\nFishermen at Dunga beach in Kisumu have been unable to launch their boats for two weeks after water hyacinth covered the gulf.\n\nREAD: Fish traders count losses as imports from China flood market\n\nHe said the county would hire youths to remove the weed manually at the main landing beaches.\n",
    );
    assert_eq!(arts.len(), 1, "{:?}", kickers_and_titles(&arts));
    assert!(!arts[0].body.contains("READ:") && arts[0].body.contains("hire youths"), "{}", arts[0].body);
    let arts = page(
        "Fever cases rise in district\n\nSpecial Correspondent\nKOZHIKODE\n\nWith the onset of the monsoon, the number of fever cases reported in the district has gone up sharply.\n\nCONTINUED ON » PAGE 4\n\nNIT-C to host national meet on coastal erosion\n\nKOZHIKODE\n\nThe National Institute of Technology Calicut will host a three-day national conference on coastal erosion from June 25.\n",
    );
    assert_eq!(arts.len(), 2, "{:?}", kickers_and_titles(&arts));
    assert_eq!(arts[0].front.continued_to, Some(4));
    assert!(!arts[0].body.contains("CONTINUED"), "{}", arts[0].body);
    let a = one(
        "夏季腹泻高发 这些饮食细节要注意\n\n记者 蔡蕴琦\n入夏以来，南京市第二医院肠道门诊接诊量明显增加，近一周日均接诊腹泻患者80余人。\n\n┏━━━━━━━━━━━━━━━━━━━━━━┓\n健康提示\n高温天气外出要多喝水，避免在正午时段长时间户外活动。\n┗━━━━━━━━━━━━━━━━━━━━━━┛\n",
    );
    assert!(!a.body.contains('┏') && !a.body.contains('┛'), "{}", a.body);
}

#[test]
fn credited_captions_between_stories_and_a_pages_picture_note() {
    let arts = page(
        "年代剧《长河灯火》今晚央视开播\n\n文/本报记者 韩冰\n\n由青年导演沈一鸣执导的年代剧《长河灯火》将于今晚19:30登陆央视一套黄金档。该剧以京杭大运河边的一座小城为背景。\n\n《长河灯火》剧照  片方供图\n\n综艺《乐队的秋天》第二季回归\n\n文/本报记者 任佳佳\n\n本报讯 音乐综艺《乐队的秋天》第二季日前录制完成首期节目，将于本周六晚在网络平台上线。\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![(None, "年代剧《长河灯火》今晚央视开播"), (None, "综艺《乐队的秋天》第二季回归")]
    );
    assert!(arts[0].body.contains("《长河灯火》剧照"), "{}", arts[0].body);
    let a = one(
        "夏季腹泻高发 这些饮食细节要注意\n\n记者 蔡蕴琦\n入夏以来，南京市第二医院肠道门诊接诊量明显增加，近一周日均接诊腹泻患者80余人。\n\n本版图片 视觉中国 摄\n",
    );
    assert!(a.front.contributors.is_empty() && !a.body.contains("本版图片"), "{:?} {}", a.front.contributors, a.body);
}

#[test]
fn contributed_club_notes_and_obituaries_under_their_life_dates() {
    let arts = page(
        "22   Strathearn Herald   Thursday, June 18, 2026\nCOMMUNITY NEWS\n\nCrieff Rotary Club\n\nMembers welcomed district governor Alan McVicar to their meeting at the Drummond Arms on Monday.\n\nThe club's annual duck race on the Turret will take place on Sunday, July 12, at 2pm.\n\nContributed\n\nComrie Bowling Club\n\nThe club's open pairs competition attracted 24 teams on Saturday in glorious sunshine.\n\nNew members are always welcome.\n\nContributed\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "Crieff Rotary Club"), (None, "Comrie Bowling Club")]);
    let arts = page(
        "OBITUARIES\n\nMargaret Ann \"Peggy\" Hollister\nMarch 4, 1938 – June 8, 2024\n\nMargaret Ann \"Peggy\" Hollister, 86, of Millbrook, passed away peacefully on Saturday, June 8, 2024.\n\nIn lieu of flowers, memorial donations may be made to the Millbrook Fire Company Ladies Auxiliary.\n\nHarold E. Voss Jr.\nAug. 19, 1949 – June 6, 2024\n\nHarold E. \"Hal\" Voss Jr., 74, of Stanfordville, died Thursday, June 6, 2024, at Vassar Brothers Medical Center.\n",
    );
    let titles: Vec<&str> = arts.iter().map(|a| a.front.title.as_str()).collect();
    assert_eq!(titles, vec!["Margaret Ann \"Peggy\" Hollister", "Harold E. Voss Jr."]);
    // (Issue 3: the life dates under the name are its subtitle each time.)
    assert_eq!(arts[1].front.subtitle.as_deref(), Some("Aug. 19, 1949 – June 6, 2024"));
    assert!(arts[1].body.starts_with("Harold E."), "{}", arts[1].body);
}

#[test]
fn english_site_chrome_weather_rows_hijri_dates_and_latin_paper_names() {
    // An e-paper site's export: its menu, the posted stamp, share buttons,
    // `Read more`, the copyright footer and a hidden address's placeholder.
    let arts = page(
        "Home | News | Sports | Obituaries | Opinion | Classifieds | e-Edition\n\nTown board approves new fire truck\n\nPosted Jun 18, 2026\nBy Dana Whitfield | [email protected]\n\nShare this story: Facebook Twitter Email Print\n\nThe Millbrook Town Board voted 4-1 Tuesday night to buy a new pumper truck for the volunteer fire department.\n\nRead more\n\nLibrary to extend summer hours\n\nBy Kelsey Moran\n[email protected]\n\nThe Millbrook Public Library will stay open until 8 p.m. on Tuesdays and Thursdays starting July 1.\n\nCopyright 2026 The Millbrook Courier. All rights reserved.\nTerms of Use | Privacy Policy | Contact Us\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![(None, "Town board approves new fire truck"), (None, "Library to extend summer hours")]
    );
    for a in &arts {
        assert!(a.front.subtitle.is_none(), "{:?}", a.front.subtitle);
        for gone in ["Share this", "Read more", "protected", "All rights", "Privacy"] {
            assert!(!a.body.contains(gone), "{gone}: {}", a.body);
        }
    }
    assert_eq!(arts[1].front.reporters, ["Kelsey Moran"]);
    // A headline over two such lines around its byline is the story's, not
    // a masthead over the page's furniture (it was lost).
    let a = one(
        "Town board approves new fire truck\n\n发布时间：2026-06-18 08:30:00\nBy Dana Whitfield\n\nREAD: Other story here\n\nThe Millbrook Town Board voted 4-1 Tuesday night to buy a new pumper truck.\n",
    );
    assert_eq!(a.front.title, "Town board approves new fire truck");
    let a = one(
        "Quezon City fire leaves 200 families homeless\n\nBy Carla Dizon\nPhilippine Daily Inquirer / 10:15 PM June 18, 2026\n\nAbout 200 families lost their homes after a fire tore through a residential area on Thursday afternoon.\n",
    );
    assert!(a.body.starts_with("About 200"), "{}", a.body);
    // A Gulf paper's folio dated by both calendars, and its weather and
    // prayer-times rows at the page's foot.
    let a = one(
        "GULF NEWS | Thursday, June 18, 2026 | Dhu Al Hijjah 2, 1447\nUAE                                                                    PAGE 4\n\nNew school bus rules to take effect from September\n\nBy Sajila Saseendran, Senior Reporter\n\nDubai: Private schools in Dubai will have to register every student who uses school transport on a central digital platform.\n\nWEATHER  Dubai 44°C / 33°C  Abu Dhabi 46°C / 32°C  Sharjah 43°C / 31°C\nFajr 4:02  Dhuhr 12:22  Asr 3:44  Maghrib 7:11  Isha 8:41\n",
    );
    assert_eq!(a.front.title, "New school bus rules to take effect from September");
    assert_eq!(a.front.section.as_deref(), Some("UAE"));
    assert!(!a.body.contains("°C") && !a.body.contains("Fajr"), "{}", a.body);
    // A Hong Kong paper's name with its romanised name, over the folio and
    // again at the foot.
    let arts = page(
        "大公報 TA KUNG PAO　　2024年6月18日　星期二\n港聞　A6\n責任編輯：黃家明　美術編輯：梁小玲\n\n屯門公路車禍 七人受傷\n\n【大公報訊】記者蘇偉業報道：屯門公路往九龍方向近深井昨日清晨發生嚴重交通意外，造成七人受傷。\n\n大公報 TA KUNG PAO　港聞　A6\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "屯門公路車禍 七人受傷")]);
    assert_eq!(arts[0].front.section.as_deref(), Some("港聞"));
    assert!(!arts[0].body.contains("KUNG"), "{}", arts[0].body);
}

#[test]
fn slashed_work_credits_copied_photos_imprints_e_paper_navigation_and_report_credits() {
    let a = one(
        "沪上晨报　体育　A11\n2024年9月25日　星期三\n\n国羽混双逆转晋级\n本报讯　2024中国羽毛球公开赛昨天在常州奥体中心开赛，中国组合逆转战胜印尼组合，惊险晋级16强。\n“第一局有点慢热，对手的发球变化很多。”黄雅琼赛后说。\n（李晨/文 王磊/图）\n",
    );
    assert_eq!(
        (a.front.reporters.clone(), a.front.contributors.clone()),
        (vec!["李晨".to_string()], vec!["王磊".to_string()])
    );
    assert!(!a.body.contains("李晨"), "{}", a.body);
    // `翻攝`: a copy of a photo, credited to who copied it.
    let a = one(
        "A8　社會　　　　　　2024年6月18日／星期二　中華晨報\n\n凌晨闖紅燈撞機車 外送員命危\n\n【記者李大同／台中報導】台中市西屯區昨天凌晨3時許發生嚴重車禍，一名男子駕駛自小客車疑似闖紅燈。\n\n肇事自小客車車頭全毀，外送員機車則卡在分隔島旁。（記者李大同翻攝）\n",
    );
    assert!(a.front.contributors.iter().all(|c| c != "李大同翻"), "{:?}", a.front.contributors);
    // An e-paper's masthead and navigation, a county paper's imprint over
    // its folio and the paper's imprint at the foot.
    let a = one(
        "江城晚报数字报\n2024年06月18日  星期二\n版面导航：A01要闻 | A02要闻 | A03城事 | A07社会新闻\n上一版  下一版  返回目录  PDF版下载\n\n暴雨夜，公交司机背着乘客蹚过积水路段\n本报记者 周晓楠\n\n6月16日晚9点多，一场突如其来的暴雨让江城城区多条道路出现积水。\n",
    );
    assert_eq!((a.front.kicker.as_deref(), a.front.title.as_str()), (None, "暴雨夜，公交司机背着乘客蹚过积水路段"));
    assert!(!a.body.contains("上一版") && !a.body.contains("导航"), "{}", a.body);
    let a = one(
        "中共永丰县委机关报  永丰县融媒体中心主办\n第2版  综合新闻\n\n全力以赴做好防汛救灾各项工作\n记者 曾文斌 报道\n6月17日，县委书记李卫东主持召开全县防汛工作调度会，部署下阶段防汛工作。\n\n南岭日报社出版\n",
    );
    assert_eq!((a.front.kicker.as_deref(), a.front.section.as_deref()), (None, Some("综合新闻")));
    assert!(!a.body.contains("出版"), "{}", a.body);
    let a = one(
        "独居老人三天没开门\n【字体：放大 正常 缩小】【打印本页】【关闭窗口】\n本报记者 李卓\n\n6月15日下午，家住幸福里小区的王女士拨打了110。\n",
    );
    assert!(a.front.subtitle.is_none() && !a.body.contains("字体"), "{:?} {}", a.front.subtitle, a.body);
    // The Inquirer's report credits, its closing `INQ` slug apart.
    let a = one(
        "Caloocan cops nab 3 in P6.8-M shabu bust\nBy Ramon Tuazon\nThree suspected drug dealers were arrested in a buy-bust operation in Caloocan City on Wednesday night, police said.\n\nThe suspects will face charges for violating the Comprehensive Dangerous Drugs Act of 2002. —WITH REPORTS FROM LEA VILLANUEVA AND INQUIRER RESEARCH INQ\n",
    );
    assert_eq!(a.front.contributors, ["Lea Villanueva", "Inquirer Research"]);
    assert!(!a.body.contains("INQ"), "{}", a.body);
}

#[test]
fn story_and_pictures_credits_and_a_newsroom_journalists_role_line() {
    let a = one(
        "A labour of love\nin Kampung Morten\nMelaka family keeps the art of making kuih bangkit alive\nStory by LEE CHONG WEI; Pictures by FAIHAN GHANI\n\nMELAKA: In a small kitchen in Kampung Morten, 72-year-old Rosnah Abu\nBakar presses tapioca dough into wooden moulds carved by her late\nhusband more than 50 years ago.\n",
    );
    assert_eq!(
        (a.front.reporters.clone(), a.front.contributors.clone()),
        (vec!["Lee Chong Wei".to_string()], vec!["Faihan Ghani".to_string()])
    );
    assert!(a.body.starts_with("In a small kitchen"), "{}", a.body);
    let arts = page(
        "A7\nNEWS\nTHE WAITEMATĀ HERALD Thursday, June 18, 2026\n\nGovernment to fast-track Ōtaki to Levin expressway\nJane Doe\nPolitical Reporter\nThe Government will use its new fast-track consenting law to push ahead with the Ōtaki to north of Levin expressway.\n\nOpposition transport spokesman Daniel Fox said it was \"short-sighted\".\n\nKōhanga reo funding boost welcomed\nHēmi Tūhoe\nTe Rito journalist\nKōhanga reo whānau across the country have welcomed a $32 million funding increase.\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![
            (None, "Government to fast-track Ōtaki to Levin expressway"),
            (None, "Kōhanga reo funding boost welcomed")
        ]
    );
    assert_eq!(arts[1].front.reporters, ["Hēmi Tūhoe"]);
}

#[test]
fn datelined_briefs_without_headlines_and_rules_drawn_in_dashes() {
    let arts = page(
        "RAK launches free health screening for residents over 40\n\nBy Huda Ata, Special to Gulf News\n\nRas Al Khaimah: Residents of Ras Al Khaimah aged 40 and above can get\nfree checks for diabetes at government health centres this summer.\n\nResidents must bring their Emirates ID.\n\n-----------------------------------------------------------------------------\nIN BRIEF\n\nDubai: The Dubai Metro Red Line will run until 2am on Friday and\nSaturday this week to serve visitors to an outdoor concert at Expo City,\nthe RTA said.\n\nAjman: Ajman Municipality has fined 23 restaurants for hygiene\nviolations in the past two weeks following an inspection campaign.\n-----------------------------------------------------------------------------\n",
    );
    assert_eq!(arts.len(), 3, "{:?}", kickers_and_titles(&arts));
    assert_eq!(arts[0].front.reporters, ["Huda Ata"]);
    assert!(!arts[0].body.contains("---") && !arts[0].body.contains("IN BRIEF"), "{}", arts[0].body);
    let places: Vec<Option<&str>> =
        arts[1..].iter().map(|a| a.front.dateline.as_ref().and_then(|d| d.place.as_deref())).collect();
    assert_eq!(places, [Some("Dubai"), Some("Ajman")]);
    assert!(arts[1..].iter().all(|a| a.front.kicker.as_deref() == Some("IN BRIEF")));
    assert!(arts[2].body.starts_with("Ajman Municipality has fined"), "{}", arts[2].body);
    // The first brief signed by its wire after a dash.
    let arts = page(
        "IN BRIEF\n\nAbu Dhabi: Temperatures will climb to 48°C in inland areas on Thursday,\nthe National Centre of Meteorology said, with humidity of up to 85 per\ncent along the coast overnight. — WAM\n\nAjman: Ajman Municipality has fined 23 restaurants for hygiene\nviolations in the past two weeks following an inspection campaign.\n",
    );
    assert_eq!(arts.len(), 2, "{:?}", kickers_and_titles(&arts));
    assert_eq!(arts[0].front.agency.as_deref(), Some("WAM"));
    // The page's editors in capitals under the section head are no piece.
    let arts = page(
        "METRO\nEDITOR: RAFAEL T. OCAMPO / ASSOCIATE EDITOR: LIZA B. CRUZ\n\nQuezon City fire leaves 200 families homeless\nBy Carla Dizon\nAbout 200 families lost their homes after a fire tore through a residential area in Barangay Payatas on Thursday afternoon.\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "Quezon City fire leaves 200 families homeless")]);
}

#[test]
fn folios_naming_the_paper_as_no_pattern_does_slashed_editors_and_the_address_in_the_foot() {
    let body = "\n美国会议员就芯片补贴分配激烈交锋\n\n【美联社华盛顿6月17日电】美国国会众议院科学委员会17日就补贴资金分配问题举行听证会，两党议员在会上激烈交锋。\n";
    // A paper gazette's patterns do not know, a supplement beside its page's
    // name, an edition beside the section, an English date.
    for (head, section) in [
        ("参考消息                          2024年6月18日 星期二                          国际新闻 3", "国际新闻"),
        (
            "中国青年报                  2024年6月19日 星期三\n冰点周刊 · 冰点特稿                      第7版",
            "冰点特稿",
        ),
        (
            "星島日報 SING TAO DAILY        2024年6月18日 星期二\n美東版  社區新聞  A8          Tuesday, June 18, 2024",
            "社區新聞",
        ),
    ] {
        let arts = page(&format!("{head}\n{body}"));
        assert_eq!(kickers_and_titles(&arts), vec![(None, "美国会议员就芯片补贴分配激烈交锋")], "{head}");
        assert_eq!(arts[0].front.section.as_deref(), Some(section), "{head}");
    }
    // The editors with slashes and the desk's number; the paper's address at the foot.
    let arts = page(
        "2024年6月18日  星期二          法治日报          第4版  政法\n编辑/张  伟  美编/李  娜  校对/王  芳  电话：(010)84772888\n\n女子网购低价黄金被骗\n\n本报记者 张  驰\n\n2023年8月，浙江杭州的刘女士在某购物平台上看到一家店铺以低于市场价三成的价格出售金条。\n\n澳門日報社址：澳門新馬路　電話：二八三七一六八八　　　廣告熱線：二八三三一二三三\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "女子网购低价黄金被骗")]);
    assert_eq!(arts[0].front.section.as_deref(), Some("政法"));
    assert!(!arts[0].body.contains("社址"), "{}", arts[0].body);
}

#[test]
fn bylines_run_into_their_place_or_letter_spaced_in_the_lead() {
    // `記者X紐約報道`: overseas papers run the name and the place together.
    let arts = page(
        "布碌崙八大道長者遭搶劫\n\n（紐約訊）紐約市警察局第72分局日前公布一宗針對亞裔長者的搶劫案，呼籲知情者提供線索。\n\n中華公所舉辦公民入籍講座\n\n記者劉家豪紐約報道\n紐約中華公所15日在華埠勿街會所舉辦公民入籍講座，吸引逾百名僑胞參加。\n",
    );
    assert_eq!(arts.len(), 2, "{:?}", kickers_and_titles(&arts));
    assert_eq!(arts[1].front.reporters, ["劉家豪"]);
    assert_eq!(arts[1].front.dateline.as_ref().and_then(|d| d.place.as_deref()), Some("紐約"));
    let arts =
        page("洛城華埠舉辦端午活動\n\n記者陳美玲洛杉磯報道\n華埠商會周末舉辦端午節慶祝活動，吸引數千名市民參加。\n");
    assert_eq!(arts[0].front.reporters, ["陳美玲"]);
    assert_eq!(arts[0].front.dateline.as_ref().and_then(|d| d.place.as_deref()), Some("洛杉磯"));
    // (`综合报道`, `摄影报道` name the kind of report, no place.)
    let arts = page("華埠舉辦端午活動\n\n記者陳美玲綜合報道\n華埠商會周末舉辦端午節慶祝活動，吸引數千名市民參加。\n");
    assert!(arts[0].front.dateline.is_none(), "{:?}", arts[0].front);
    // `本报讯 记者 韩  宇 通讯员 周  洋 日前，…`: letter-spaced names, no colon.
    let a = one(
        "拖欠农民工工资被判刑\n\n本报讯 记者 韩  宇 通讯员 周  洋 日前，四川省成都市某区人民法院审结一起拒不支付劳动报酬案。\n",
    );
    assert_eq!(
        (a.front.reporters.as_slice(), a.front.contributors.as_slice()),
        (&["韩宇".to_string()][..], &["周洋".to_string()][..])
    );
    assert!(a.body.starts_with("日前，"), "{}", a.body);
}

#[test]
fn indian_city_pages_edition_over_its_folio_names_with_initials_and_sports_briefs() {
    // The paper's name over the dated line, the page's section under it
    // (and the page's number under that).
    let arts = page(
        "THE HINDU\nCHENNAI, WEDNESDAY, JULY 16, 2025\nCHENNAI CITY\n4\n\nFishermen warned off sea till Friday\nStaff Reporter\nCHENNAI\n\nFishermen have been advised not to venture into the sea till Friday, the Regional Meteorological Centre said on Tuesday.\n\nHC pulls up civic body over encroachment on river banks\n\nMohamed Imranullah S.\nCHENNAI\n\nThe Madras High Court on Tuesday directed the Water Resources Department to file a status report within four weeks.\n\nADVERTISEMENT\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![
            (None, "Fishermen warned off sea till Friday"),
            (None, "HC pulls up civic body over encroachment on river banks")
        ]
    );
    assert!(arts.iter().all(|a| a.front.section.as_deref() == Some("Chennai City")));
    assert_eq!(arts[1].front.reporters, ["Mohamed Imranullah S"]);
    assert_eq!(arts[1].front.dateline.as_ref().and_then(|d| d.place.as_deref()), Some("Chennai"));
    assert!(arts[1].body.starts_with("The Madras High Court"), "{}", arts[1].body);
    // The name and the place run into one line by the wrap.
    let a = one(
        "HC pulls up civic body over encroachment on river banks\n\nK. Lakshmi\nCHENNAI\n\nThe Madras High Court on Tuesday directed the Water Resources Department to file a status report within four weeks.\n",
    );
    assert_eq!(a.front.reporters, ["K. Lakshmi"]);
    assert_eq!(a.front.dateline.as_ref().and_then(|d| d.place.as_deref()), Some("Chennai"));
    // A sports brief opens on its sport: a brief of its own, no place.
    let arts = page(
        "SPORTS BRIEFS\nGOLF: Scottie Scheffler withdrew from next week's Travelers Championship with a neck strain. — Post Wire Services\nTENNIS: Frances Tiafoe beat Tommy Paul 6-4, 7-6 (5) at Queen's Club on Tuesday. — Post Wire Services\n",
    );
    assert_eq!(arts.len(), 2, "{:?}", kickers_and_titles(&arts));
    assert!(arts.iter().all(|a| a.front.dateline.is_none()), "{arts:?}");
    assert!(
        arts[0].body.starts_with("GOLF: Scottie Scheffler") && arts[0].front.title.starts_with("Scottie Scheffler")
    );
    // A notice's signature over the next notice's label is no byline.
    let arts = page(
        "PUBLIC NOTICES\n\nNotice of hearing\nThe Ashford Township Board of Supervisors will hold a public hearing on Tuesday, April 7, 2026, at 7 p.m. at the Township Building.\nMargaret Lyons\nTownship Secretary\n\nESTATE NOTICE\nEstate of Harold J. Becker, late of Ashford Township, deceased. Letters Testamentary have been granted to the undersigned.\n",
    );
    assert!(arts.iter().all(|a| a.front.dateline.is_none()), "{arts:?}");
}

#[test]
fn a_deck_sentence_over_name_and_role_world_brief_heads_hollow_bullets_and_captions_after_the_credit() {
    // A deck set as one sentence of text between the headline and the
    // writer's name over their role.
    let a = one(
        "Premier flags tolls overhaul as M5 East costs blow out\nMotorists in Sydney's south-west face a reshaped charging regime under a plan to be taken to cabinet next month.\n\nAlexandra Smith\nState Political Reporter\n\nPremier Chris Minns will take a proposal to overhaul Sydney's toll network to cabinet next month, after internal modelling showed the cost had almost doubled.\n",
    );
    assert_eq!(a.front.reporters, ["Alexandra Smith"]);
    assert!(a.front.subtitle.as_deref().is_some_and(|s| s.starts_with("Motorists in Sydney")), "{:?}", a.front);
    assert!(a.body.starts_with("Premier Chris Minns"), "{}", a.body);
    // `Japan: Volcano erupts…` heading a world briefing's first item.
    let arts = page(
        "WORLD BRIEFS\n\nJapan: Volcano erupts on remote island\nTOKYO (AP) — A volcano on a remote island\nsouth of Tokyo erupted Tuesday, sending ash\nabout 3 miles into the sky. No injuries\nwere reported.\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(Some("WORLD BRIEFS"), "Japan: Volcano erupts on remote island")]);
    assert_eq!(arts[0].front.dateline.as_ref().and_then(|d| d.place.as_deref()), Some("Tokyo"));
    // `△`-bulleted briefs, each signed.
    let arts = page(
        "簡訊\n\n△澳門基金會昨日宣布，青年創業資助計劃第二期即日起接受申請。（記者 曾子朗）\n△衞生局表示，本澳昨日新增兩宗登革熱輸入個案，患者現情況穩定。（記者 梁穎欣）\n",
    );
    assert_eq!(arts.len(), 2, "{:?}", kickers_and_titles(&arts));
    assert_eq!(arts[1].front.reporters, ["梁穎欣"]);
    // A labelled caption under the closing credit, its credit naming no one.
    let arts = page(
        "青洲坊社區中心暑期活動開始報名\n\n【本報訊】青洲坊社區中心今年暑假將舉辦逾三十項活動，即日起接受報名。\n（記者 曾子朗）\n\n圖：學員參與去年暑期手工藝班　　　　　　本報記者 攝\n",
    );
    assert_eq!(arts.len(), 1, "{:?}", kickers_and_titles(&arts));
    assert!(arts[0].body.contains("手工藝班"), "{}", arts[0].body);
}

#[test]
fn a_folio_spaced_wider_than_the_column_gives_no_measure() {
    let a = one(
        "THE SYDNEY MORNING HERALD                    Thursday, May 22, 2025\nNEWS                                                             3\n\nTeachers vote to strike\nover pay offer\nJordan Baker\nEducation Editor\n\nPublic school teachers across NSW will walk off the job for\n24 hours next month after the NSW Teachers Federation's\ncouncil voted unanimously to reject the government's latest\npay offer.\n   The federation's president, Henry Rajendra, said the offer of\n3 per cent a year over three years did not keep pace with infla-\ntion and would worsen the shortage of teachers in regional\nand western Sydney schools.\n   The strike, the first since 2022, is scheduled for June 12.\nParents have been advised to check with their school about\nsupervision arrangements.\n",
    );
    assert!(
        a.body.starts_with("Public school teachers across NSW will walk off the job for 24 hours next month"),
        "{}",
        a.body
    );
    assert!(a.body.contains("keep pace with inflation and"), "{}", a.body);
}

#[test]
fn a_roundup_citing_its_next_source_stays_one_story() {
    let a = one(
        "拉美国家加速布局锂资源\n\n据西班牙《国家报》网站6月14日报道，阿根廷、智利和玻利维亚三国正在加快锂资源开发步伐。\n据路透社6月16日报道，智利国家铜业公司日前与一家本国锂企达成合资协议。\n另据美国《华尔街日报》6月15日报道，玻利维亚政府近期与多家外国企业签署了锂开采合同。\n（编译/孙立）\n",
    );
    assert!(a.body.contains("据路透社6月16日报道，智利") && a.body.contains("另据美国"), "{}", a.body);
    assert_eq!(a.front.contributors, ["孙立"]);
    // A wire's own lead under the last story's end still opens one.
    let arts = page(
        "第一条消息\n\n新华社北京6月16日电 国务院常务会议16日召开，部署推进有关工作。\n\n第二条消息\n\n新华社上海6月16日电 上海市今天发布高温橙色预警，最高气温将达37摄氏度。\n",
    );
    assert_eq!(arts.len(), 2, "{:?}", kickers_and_titles(&arts));
}

#[test]
fn a_headline_joining_two_clauses_with_a_semicolon_and_a_pull_quotes_speaker() {
    let arts = page(
        "Govt set to unveil Rs1.1tr development outlay\nBy Khaleeq Kiani\n\nISLAMABAD: The federal government is set to approve a Rs1.1 trillion development programme for the next fiscal year, officials said on Monday.\n\nThe parliamentarians' schemes are expected to be retained at the same level despite objections raised by\n\n\nHeatwave grips Sindh, Punjab; Jacobabad sizzles at 50°C\nBy Our Staff Reporter\n\nKARACHI: Intense heatwave conditions continued to grip most parts of Sindh and southern Punjab on Monday.\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![
            (None, "Govt set to unveil Rs1.1tr development outlay"),
            (None, "Heatwave grips Sindh, Punjab; Jacobabad sizzles at 50°C")
        ]
    );
    assert!(arts[0].body.trim_end().ends_with("objections raised by"), "{}", arts[0].body);
    // A pull quote wholly in quotation marks, its speaker under it without a dash.
    let arts = page(
        "Premier flags tolls overhaul\nAlexandra Smith\n\nTransurban said it would engage constructively with the government but warned that any change would need to be negotiated.\n\n    \"If you live in Campbelltown and work in the city, you\n    can easily spend $100 a week on tolls.\"\n                                   Premier Chris Minns\n\nKoala numbers\nrebound on\nthe mid-north coast\nPeter Hannam\nEnvironment Reporter\n\nKoala numbers in the forests west of Port Macquarie have rebounded more strongly than expected, a survey has found.\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![(None, "Premier flags tolls overhaul"), (None, "Koala numbers rebound on the mid-north coast")]
    );
    assert!(arts[0].body.contains("on tolls.\" — Premier Chris Minns"), "{}", arts[0].body);
}

#[test]
fn a_labelled_caption_unstopped_before_its_credit_keeps_its_text() {
    for (caption, credit) in [
        ("图：街坊会义工探访独居长者", "记者 李志强 摄"),
        ("圖：街坊會義工探訪獨居長者", "本報記者 李志強 攝"),
        ("上图：市民在公园晨练", "通讯员 王芳 摄"),
    ] {
        let a = one(&format!(
            "社区扎根二十载\n\n本报记者 陈家明\n\n北区某街坊会成立至今已有二十年，会员超过三千人。\n\n{caption} {credit}\n\n据介绍，该会每年举办活动逾百场。\n"
        ));
        assert!(a.body.contains(&format!("\n\n{caption}\n\n")), "{caption}: {}", a.body);
        assert_eq!(a.front.contributors.len(), 1, "{caption}: {:?}", a.front.contributors);
        assert!(!a.body.contains('摄') && !a.body.contains('攝'), "{}", a.body);
    }
}

#[test]
fn bare_name_reporting_bylines_of_southern_surnames() {
    for name in ["洪艺菁", "赖俊宏", "萧家明", "丘文华", "锺思敏", "麥嘉欣", "賴美玲", "蕭志強"]
    {
        let a = one(&format!(
            "组屋区将增设百个乐龄健身角\n{name} 报道\nreporter@paper.com.sg\n建屋发展局将在未来三年内，在全岛组屋区增设约100个乐龄健身角，方便年长居民就近运动。\n"
        ));
        assert_eq!(
            (a.front.title.as_str(), a.front.reporters.clone()),
            ("组屋区将增设百个乐龄健身角", vec![name.to_string()])
        );
        assert!(!a.body.contains('@'), "{name}: {}", a.body);
    }
}

#[test]
fn a_traditional_notice_a_briefs_column_of_short_waves_and_a_readers_photo() {
    let arts = page(
        "詐團假冒檢警 八旬翁險遭騙千萬\n【記者張文傑、實習記者李宜蓁／台中報導】台中市一名八十二\n歲陳姓老翁日前接到自稱「台北地檢署檢察官」來電，指稱他\n涉及洗錢案，要求將定存一千兩百萬元解約轉入「監管帳戶」。\n老翁前往銀行臨櫃辦理時，行員察覺有異，立即通報轄區派出\n所，員警到場耐心勸說近一小時，才讓老翁相信自己遇上詐騙。\n\n社會短波\n●新北市三重區昨天凌晨發生一起民宅火警，消防人員\n十五分鐘內撲滅，無人傷亡，起火原因待查。（記者黃\n子豪）\n●桃園國際機場海關日前查獲一名旅客行李夾藏大麻菸\n彈二百餘顆，全案依毒品危害防制條例移送偵辦。（記\n者呂思穎）\n\n更正啟事\n本報6月16日A6版「新竹科學園區停電」一則，停電時間應為\n「下午二時」，誤植為「上午二時」，特此更正，並向讀者致歉。\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![
            (None, "詐團假冒檢警 八旬翁險遭騙千萬"),
            (Some("社會短波"), "新北市三重區昨天凌晨發生一起民宅火警"),
            (Some("社會短波"), "桃園國際機場海關日前查獲一名旅客行李夾藏大麻菸彈二百餘顆"),
            (None, "更正啟事"),
        ]
    );
    assert_eq!(
        (arts[1].front.reporters.clone(), arts[2].front.reporters.clone()),
        (vec!["黃子豪".to_string()], vec!["呂思穎".to_string()])
    );
    assert!(arts[3].body.contains("停電時間應為「下午二時」"), "{}", arts[3].body);
    // A photo a reader gave credits no one.
    let a = one(
        "北市老公寓外牆剝落\n【記者許雅婷／台北報導】台北市大安區一棟老公寓，昨天上午外牆磁磚大片剝落。\n\n圖／讀者提供\n大安區老公寓外牆磁磚剝落，散落一地。\n",
    );
    assert_eq!((a.front.reporters.clone(), a.front.contributors.clone()), (vec!["許雅婷".to_string()], vec![]));
}

#[test]
fn stories_compiled_from_the_wires_an_editorial_and_a_pointer_to_related_news() {
    let arts = page(
        "法网女双 中国组合首进四强\n特派记者 杨帆 发自巴黎\n当地时间6月17日，中国组合王欣瑜/郑赛赛逆转战胜赛会第三号种子，首次携手闯入大满贯女双四强。\n\n欧洲杯小组赛\n东道主德国两连胜提前出线\n综合外电 6月17日，德国欧洲杯小组赛A组第二轮，东道主德国队以2比0击败匈牙利队。\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![(None, "法网女双 中国组合首进四强"), (Some("欧洲杯小组赛"), "东道主德国两连胜提前出线")]
    );
    assert_eq!((arts[1].front.agency.as_deref(), arts[1].body.starts_with("6月17日")), (Some("外电"), true));
    let arts = page(
        "跨境學童 新學年料增至三萬人\n【明報專訊】教育局昨日公布，預計新學年跨境學童人數將增至約三萬人。（下轉A7）\n\n【相關新聞刊A8】\n\n天文台：本周後期有大驟雨\n（綜合報道）天文台表示，一道低壓槽會在本周後期為華南沿岸帶來不穩定天氣。\n\n社評\n老舊公屋維修 不能再拖\n本港公屋老化問題日益嚴重，石屎剝落事件屢見不鮮。當局應設立專項基金，優先處理樓齡四十年以上的屋邨。\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![
            (None, "跨境學童 新學年料增至三萬人"),
            (None, "天文台：本周後期有大驟雨"),
            (Some("社評"), "老舊公屋維修 不能再拖"),
        ]
    );
    assert!(arts[0].body.trim_end().ends_with("【相關新聞刊A8】"), "{}", arts[0].body);
    assert!(arts[1].body.starts_with("天文台表示"), "{}", arts[1].body);
}

#[test]
fn a_papers_own_letters_column_signed_with_a_dash_and_a_small_notice_after_it() {
    let arts = page(
        "巴士车资调整幅度不超过5%\n胡洁梅 报道\n公共交通理事会将于今年第四季度公布新一轮车资调整结果。交通部表示，政府将继续提供车资补贴。\n\n早报读者来函\n鼓励年轻人学习方言有助传承文化\n近年来，越来越多年轻人对方言失去兴趣。我建议社区中心多开办方言班，让学习变得更有趣。\n——张志强（吉隆坡）\n\n星洲小启\n本报6月15日第6版《柔佛水患》一文中，受灾村落应为8个，而非18个，特此更正。\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![
            (None, "巴士车资调整幅度不超过5%"),
            (Some("早报读者来函"), "鼓励年轻人学习方言有助传承文化"),
            (None, "星洲小启")
        ]
    );
    assert_eq!(arts[1].front.reporters, vec!["张志强"]);
    assert!(arts[1].body.trim_end().ends_with("——张志强（吉隆坡）"), "{}", arts[1].body);
    // A dash line naming no one stays the letter's last line.
    let arts = page(
        "读者之声\n停车场收费应透明\n我经常到市中心办事，发现不少私营停车场收费标准不一。\n——一位关心此事的老街坊\n\n更正\n本报6月15日第6版一文中，受灾村落应为8个，特此更正。\n",
    );
    assert_eq!(arts.len(), 2);
    assert!(arts[0].body.trim_end().ends_with("——一位关心此事的老街坊"), "{}", arts[0].body);
}

#[test]
fn malaysian_boxed_end_credits_a_marked_caption_and_the_papers_name_before_the_section() {
    let arts = page(
        "星洲日报·全国 4                                   2024年6月18日 星期二\n\n雪州拟推电子公交卡\n（莎阿南17日讯）雪兰莪州政府计划于明年初推出统一电子公交卡，持卡的60岁以上年长者乘搭州属巴士可享半价优惠。\n■报道：林美玲\n■摄影：陈志明\n\n◢州行政议员（左二）展示电子公交卡样本。\n\n槟城渡轮服务周末延长至午夜\n（乔治市17日讯）槟城港务局宣布，自本月22日起，槟城渡轮周末服务时间延长至午夜12时。\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "雪州拟推电子公交卡"), (None, "槟城渡轮服务周末延长至午夜")]);
    let a = &arts[0];
    assert_eq!(
        (a.front.reporters.clone(), a.front.contributors.clone()),
        (vec!["林美玲".to_string()], vec!["陈志明".to_string()])
    );
    assert!(a.body.trim_end().ends_with("◢州行政议员（左二）展示电子公交卡样本。"), "{}", a.body);
    assert!(arts.iter().all(|a| a.front.section.as_deref() == Some("全国")));
}

#[test]
fn words_and_pictures_credited_with_a_colon_a_gap_or_a_list_mark() {
    for (line, reporters, contributors) in [
        ("文：陳大文 圖：李小明", "陳大文", Some("李小明")),
        ("文、攝影／記者林怡君", "林怡君", None),
        ("撰文 陳嘉欣 攝影 黃志強", "陳嘉欣", Some("黃志強")),
        ("文：王小明", "王小明", None),
    ] {
        let a = one(&format!(
            "屯門公屋單位石屎剝落\n{line}\n屯門一個公共屋邨單位昨晨發生天花石屎剝落，一名女住戶被石屎擊中頭部。\n"
        ));
        assert_eq!(a.front.subtitle, None, "{line}");
        assert_eq!(a.front.reporters, vec![reporters], "{line}");
        assert_eq!(a.front.contributors, contributors.into_iter().map(String::from).collect::<Vec<_>>(), "{line}");
    }
}

#[test]
fn a_section_on_its_own_line_a_head_cut_after_a_count_and_a_letters_salutation() {
    let arts = page(
        "明報                     2024年6月18日 星期二                      A6\n港聞\n\n跨境學童 新學年料增至三萬人\n【明報專訊】教育局昨日公布，預計新學年跨境學童人數將增至約三萬人，較上學年增加約百分之八。\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "跨境學童 新學年料增至三萬人")]);
    assert_eq!(arts[0].front.section.as_deref(), Some("港聞"));
    let a = one(
        "组屋区将增设百个\n乐龄健身角\n胡洁梅 报道\n建屋发展局将在未来三年内，在全岛组屋区增设约100个乐龄健身角，方便年长居民就近运动。\n",
    );
    assert_eq!((a.front.kicker.as_deref(), a.front.title.as_str()), (None, "组屋区将增设百个乐龄健身角"));
    let a = one(
        "读者来信\n垃圾分类督导员不该“一走了之”\n编辑同志：\n我所在的小区前两年有专人在垃圾\n投放点督导，分类效果很好。可今年\n督导员撤了之后，混投现象又多了起\n来。希望有关部门能建立长效机制。\n读者 周建平\n",
    );
    assert_eq!((a.front.kicker.as_deref(), a.front.title.as_str()), (Some("读者来信"), "垃圾分类督导员不该“一走了之”"));
    assert!(a.body.starts_with("编辑同志：\n\n我所在的小区"), "{}", a.body);
    assert_eq!(a.front.reporters, vec!["周建平"]);
}

#[test]
fn a_briefs_column_of_short_boxed_items_and_a_long_first_line_cut_mid_word() {
    let arts = page(
        "国安客场一球小胜\n本报讯（记者 肖赧）昨晚，北京国安队客场以1比0战胜对手。\n\n体坛快讯\n■CBA公司昨日公布新赛季赛程。\n■桃园机场海关查获大麻。（记者 吕思颖）\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![
            (None, "国安客场一球小胜"),
            (Some("体坛快讯"), "CBA公司昨日公布新赛季赛程"),
            (Some("体坛快讯"), "桃园机场海关查获大麻")
        ]
    );
    assert!(arts.iter().all(|a| !a.body.contains('\\')));
    let a = one(
        "组屋区将增设百个乐龄健身角\n胡洁梅 报道\n建屋发展局将在未来三年内，在全岛组屋区增设约100个乐龄健\n身角，方便年长居民就近运动。\n",
    );
    assert_eq!(a.body, "建屋发展局将在未来三年内，在全岛组屋区增设约100个乐龄健身角，方便年长居民就近运动。\n");
}

#[test]
fn a_compound_cut_at_its_hyphen_keeps_it() {
    let a = one(
        "Gardai investigate assault on taxi driver\n\nBy Barry Roche\n\nThe man, who is in his 50s, was treated at University Hospital Limerick for injuries described as serious but not life-\nthreatening, and a part-\ntime driver who saw it called gardaí.\n",
    );
    assert!(a.body.contains("not life-threatening, and a part-time driver"), "{}", a.body);
}

#[test]
fn an_advertisement_in_display_capitals_and_with_a_british_phone_number() {
    let arts = page(
        "Hospital trust apologises\nafter patient left in corridor\n\nBy Owen Pratley\n\nA HOSPITAL trust has apologised to the family of an 87-year-old woman who spent 31 hours on a trolley.\n\nAdvertisement\nBRADLEY'S GARDEN CENTRE – SPRING SALE NOW ON\n20% off all bedding plants  •  Open 9am-5pm daily  •  Call 01484 555 219\n\nCouncil to review bin collections\n\nBy Sarah Kemp\n\nKIRKLEES Council will review its fortnightly bin collections after complaints from residents.\n\nThe review will report in the autumn, a council spokesman said on Monday.\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![
            (None, "Hospital trust apologises after patient left in corridor"),
            (None, "Advertisement"),
            (None, "Council to review bin collections")
        ]
    );
    assert_eq!(arts[1].front.dateline, None);
    assert!(
        arts[1].body.contains("BRADLEY'S GARDEN CENTRE – SPRING SALE NOW ON") && arts[1].body.contains("01484 555 219")
    );
    assert!(!arts[1].front.truncated);
}

#[test]
fn a_reporters_handle_under_the_tag_line_is_part_of_it() {
    let a = one(
        "Rent board question heads to voters\n\nCONTINUED FROM B1\nLandlords have raised more than $1.2 million to fight the measure,\naccording to state campaign finance records.\nDanielle Okafor can be reached at danielle.okafor@bostonledger.com.\nFollow her @DOkaforLedger.\n",
    );
    assert_eq!(a.front.reporters, vec!["Danielle Okafor"]);
    assert!(a.body.trim_end().ends_with("campaign finance records."), "{}", a.body);
}

#[test]
fn a_page_number_and_a_plain_case_section_under_the_masthead() {
    let arts = page(
        "THE IRISH CHRONICLE                                                    Thursday, April 16, 2026\n4  Ireland\n\nHousing agency to buy 1,200 vacant homes for social rent\n\nMinister says scheme will target towns with highest waiting lists\n\nConall Ó Briain\nHousing Correspondent\n\nThe State's housing agency is to buy up to 1,200 vacant and derelict\nhomes in the next 18 months under a scheme to be announced today.\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "Housing agency to buy 1,200 vacant homes for social rent")]);
    assert_eq!(arts[0].front.section.as_deref(), Some("Ireland"));
    assert_eq!(
        arts[0].front.subtitle.as_deref(),
        Some("Minister says scheme will target towns with highest waiting lists")
    );
}

#[test]
fn a_wire_story_led_by_the_agency_alone_in_brackets() {
    let arts = page(
        "自由時報  2024年6月18日  星期二                       生活新聞  A11\n\n  日本研究：每天步行8000步 可降低死亡風險\n\n    〔編譯陳成良／綜合報導〕日本京都大學研究團隊日前在國際期刊\n發表研究指出，每週步行達8000步以上的人，死亡風險低約15%。\n\n  端午連假國道估車潮 高公局籲避開尖峰\n\n    〔中央社〕端午節連假即將到來，交通部高速公路局預估，連假\n首日國道車流量將達平日的1.2倍。\n\n  〈生活小百科〉\n  中暑怎麼辦？\n    出現頭暈、噁心等症狀時，應立即移至陰涼處，鬆開衣物；若意識不清，應盡速撥打119送醫。\n",
    );
    let titles: Vec<&str> = kickers_and_titles(&arts).into_iter().map(|(_, t)| t).collect();
    assert_eq!(
        titles,
        vec!["日本研究：每天步行8000步 可降低死亡風險", "端午連假國道估車潮 高公局籲避開尖峰", "中暑怎麼辦？"]
    );
    assert_eq!(arts[1].front.agency.as_deref(), Some("中央社"));
    assert_eq!(arts[2].front.kicker.as_deref(), Some("生活小百科"));
    assert!(arts[1].body.starts_with("端午節連假即將到來"), "{}", arts[1].body);
    assert!(arts[1].body.trim_end().ends_with("平日的1.2倍。"), "{}", arts[1].body);
}

#[test]
fn a_macau_brief_column_and_a_traditional_letters_label_after_a_story() {
    let arts = page(
        "澳門日報            二○二四年六月十八日  星期二            A3  澳聞\n\n  端午龍舟賽周六南灣湖開鑼\n\n    本報訊 記者 何婉婷報道：二○二四澳門國際龍舟賽將於本周六、\n日在南灣湖水上活動中心舉行。\n\n  澳聞簡報\n\n  △治安警察局昨日通報，上周共接獲四宗電話詐騙舉報，涉款約三\n十萬元。\n  △衛生局公布，上周本澳新增登革熱輸入個案一宗。\n\n  讀者來函\n\n  巴士站應加設上蓋\n\n    編輯先生：\n    本人每日在祐漢街市附近巴士站候車，該站沒有上蓋，希望當局盡\n快研究加設上蓋及座椅，體恤市民。\n                                           讀者 李先生\n",
    );
    assert_eq!(arts[0].front.reporters, vec!["何婉婷"]);
    assert!(arts[0].body.trim_end().ends_with("水上活動中心舉行。"), "{}", arts[0].body);
    let kickers: Vec<Option<&str>> = kickers_and_titles(&arts).into_iter().map(|(k, _)| k).collect();
    assert_eq!(kickers, vec![None, Some("澳聞簡報"), Some("澳聞簡報"), Some("讀者來函")]);
    assert_eq!(arts[3].front.title, "巴士站應加設上蓋");
    assert_eq!(arts[3].front.reporters, vec!["李先生"]);
}

#[test]
fn a_signed_short_comment_after_a_story_is_a_piece_of_its_own() {
    let arts = page(
        "大公報   2024年6月18日  星期二                                   A6  港聞\n\n  劏房戶盼「簡樸房」早日落地\n\n    文／大公報記者 江燕\n\n    房屋局表示，會提供合理過渡期，並增加過渡性房屋供應，確保\n受影響租戶有安置。\n\n  短評\n\n  打擊電騙須全民參與\n\n    警方數字顯示，今年首五個月電騙案逾一萬宗。全社會合力，才能\n斬斷騙徒黑手。\n                                                        ■石 心\n\n  更正\n  本報昨日A5版「長者醫療券」一文，「二千元」應為「二千五百元」，\n特此更正。\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![(None, "劏房戶盼「簡樸房」早日落地"), (Some("短評"), "打擊電騙須全民參與"), (None, "更正")]
    );
    assert_eq!(arts[0].front.reporters, vec!["江燕"]);
    assert_eq!(arts[1].front.reporters, vec!["石心"]);
}

#[test]
fn a_call_for_contributions_under_a_spaced_label_ends_the_review_above() {
    let arts = page(
        "钱江晚报  2024年6月18日 星期二               副刊·人文  15\n\n    在细节里打捞时代\n\n                      □ 周明远\n\n    这些看似琐碎的细节，恰恰是时代变迁最真实的注脚。作者笔调\n克制，不煽情，不说教，却让人读来动容。\n\n    征 稿\n    本版长期征集散文、诗歌、书评，来稿请注明真实姓名及联系方式。\n\n    下期预告\n    下期将刊出读者来稿。\n",
    );
    assert_eq!(arts[0].front.title, "在细节里打捞时代");
    assert!(arts[0].body.trim_end().ends_with("却让人读来动容。"), "{}", arts[0].body);
    assert!(arts[1].body.starts_with("本版长期征集散文"), "{}", arts[1].body);
}

#[test]
fn a_wire_named_whole_in_capitals_after_the_last_sentence() {
    let a = one(
        "THE STRAITS TIMES | TUESDAY, JUNE 18, 2024                              SINGAPORE | A12\n\nMalaysia to ease quota for Singapore-bound trucks\n\nKUALA LUMPUR – Malaysia will raise the daily quota of\ncargo trucks allowed across the Causeway from July 1. REUTERS\n",
    );
    assert_eq!(a.front.agency.as_deref(), Some("Reuters"));
    assert!(a.body.trim_end().ends_with("from July 1."), "{}", a.body);
}

#[test]
fn a_name_in_capitals_keeps_the_small_c_of_mc() {
    let a = one(
        "HERALD SUN, TUESDAY, JUNE 18, 2024                                      NEWS  7\n\nCops' overtime blowout at Dandenong\n\nLACHLAN McKENZIE\nCHIEF POLICE REPORTER\n\nPOLICE at one of Melbourne's busiest stations\nclocked up more than $2 million in overtime.\n",
    );
    assert_eq!((a.front.reporters.clone(), a.front.subtitle.clone()), (vec!["Lachlan McKenzie".to_string()], None));
}

#[test]
fn a_short_headline_over_a_lead_in_capitals_starts_a_tabloid_story() {
    let arts = page(
        "HERALD SUN, TUESDAY, JUNE 18, 2024                                      NEWS  7\n\nDog attack girl recovering\n\nBRITTANY ROSS\n\nA SIX-year-old girl mauled by a neighbour's\ndog in Frankston North on Sunday is in a stable\ncondition at the Monash Children's Hospital.\n\nTradie's ute torched\n\nA TRADIE'S ute worth $80,000 was set alight\nin a Werribee driveway early on Monday.\n\nNew chief named\n\nNASA said on Monday it had named a new chief\nfor its Melbourne office.\n\nThe office opened in 2019.\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "Dog attack girl recovering"), (None, "Tradie's ute torched")]);
    assert_eq!(arts[0].front.reporters, vec!["Brittany Ross"]);
    assert!(arts[1].front.reporters.is_empty());
    // (A paragraph opening on an acronym is the same story's, under a
    // crosshead; with only one paragraph under it, the page's last, it
    // would be a brief: issue3_weekly_indented_paragraphs_and_a_brief_under_a_story.)
    assert!(arts[1].body.contains("## New chief named"), "{}", arts[1].body);
}

#[test]
fn a_bare_name_with_a_middle_initial_and_a_cartoonists_credit() {
    let arts = page(
        "A14  OPINION                    PHILIPPINE DAILY INQUIRER          TUESDAY, JUNE 18, 2024\n\nEDITORIAL\n\nFlooded again, and again\n\nUntil then, no amount of pumping will keep the capital dry.\n\n\"Budget for flood control: up 30%.\"\n\"Water level: up 30%, too.\"\nCARTOON BY JOEL S. ANDRADA\n\nSecond Look\n\nTeachers deserve more than applause\n\nRamon T. Villaflor\n\nIt has become a ritual. Every June, as classes open, we\nheap praise on our public school teachers.\n",
    );
    assert_eq!(arts.len(), 2, "{:#?}", kickers_and_titles(&arts));
    assert_eq!(arts[0].front.contributors, vec!["Joel S. Andrada"]);
    assert!(!arts[0].body.contains("CARTOON BY"), "{}", arts[0].body);
    assert_eq!(arts[1].front.title, "Teachers deserve more than applause");
    assert_eq!(
        (arts[1].front.reporters.clone(), arts[1].front.subtitle.clone()),
        (vec!["Ramon T. Villaflor".to_string()], None)
    );
}

#[test]
fn two_writers_in_capitals_over_the_wires_name() {
    let a = one(
        "THE GLOBE AND MAIL • TUESDAY, JUNE 18, 2024                 BUSINESS • B5\n\nNvidia briefly becomes world's\nmost valuable company\n\nJOHN WU AND IAN KING\nBloomberg News\n\nNvidia Corp. briefly overtook Microsoft Corp. as the world's\nmost valuable company on Monday.\n",
    );
    assert_eq!(a.front.reporters, vec!["John Wu", "Ian King"]);
    assert_eq!((a.front.agency.as_deref(), a.front.subtitle.as_deref()), (Some("Bloomberg"), None));
}

#[test]
fn a_section_of_several_words_before_a_bullet_and_the_page() {
    let a = one(
        "THE GLOBE AND MAIL • TUESDAY, JUNE 18, 2024                 REPORT ON BUSINESS • B5\n\nTeck says coal sale to close\n\nVANCOUVER — Teck Resources Ltd. says the sale of its\nremaining coal business will close by mid-July.\n",
    );
    assert_eq!(a.front.section.as_deref(), Some("Report on Business"));
}

#[test]
fn a_press_offices_pen_name_as_correspondent_and_the_pictures_credit_on_its_own_line() {
    let arts = page(
        "羊城晚报  2024年6月18日 星期二  社会新闻  A7\n\n  外卖小哥拾金不昧 失主送来锦旗\n\n    羊城晚报讯 记者张豪、通讯员穗公宣报道：6月15日中午，外卖骑手\n小王捡到一个钱包，第一时间交给附近派出所。\n\n  暴雨夜，他们守住了这条街\n\n    文/羊城晚报记者 梁怿韬 通讯员 番宣 何志坚\n    图/羊城晚报记者 宋金峪\n\n    6月16日晚，一场突如其来的强降雨袭击番禺区，沙湾古镇部分\n低洼路段积水深达半米。\n",
    );
    assert_eq!(
        (arts[0].front.reporters.clone(), arts[0].front.contributors.clone()),
        (vec!["张豪".to_string()], vec!["穗公宣".to_string()])
    );
    assert!(arts[0].body.starts_with("6月15日中午"), "{}", arts[0].body);
    assert_eq!(arts[1].front.reporters, vec!["梁怿韬"]);
    assert!(arts[1].front.contributors.contains(&"宋金峪".to_string()), "{:?}", arts[1].front.contributors);
    assert!(arts[1].body.starts_with("6月16日晚"), "{}", arts[1].body);
}

#[test]
fn a_line_ending_on_a_comma_goes_on_however_short_of_the_measure() {
    let a = one(
        "人民日报                    2024年6月18日  星期二                    要闻  2\n\n    全国夏粮收购进度过半\n\n    新华社北京6月17日电（记者 侯雪静）据介绍，今年小麦品质总体较好，\n市场购销活跃。各地粮食部门加强收购网点布设，延长收购时间，开辟绿色\n通道，方便农民就近售粮。\n    国家粮食和物资储备局有关负责人表示，将密切跟踪市场形势，\n指导地方和企业做好收购资金、仓容、运力等保障，坚决守住农民\n“种粮卖得出”的底线。\n",
    );
    assert!(a.body.contains("将密切跟踪市场形势，指导地方和企业"), "{}", a.body);
}

#[test]
fn a_notice_label_between_two_ornaments_ends_the_letters_above() {
    let arts = page(
        "澳門日報            二○二四年六月十八日  星期二            A3  澳聞\n\n  讀者來函\n\n  巴士站應加設上蓋\n\n    編輯先生：\n    本人每日在祐漢街市附近巴士站候車，該站沒有上蓋，希望當局盡\n快研究加設上蓋及座椅，體恤市民。\n                                           讀者 李先生\n\n  ◆通告◆\n  澳門自來水股份有限公司通知：因進行水管接駁工程，六月二十日\n晚上十一時至翌日早上六時，下環街一帶將暫停供水。\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(Some("讀者來函"), "巴士站應加設上蓋"), (None, "通告")]);
    assert!(arts[1].body.starts_with("澳門自來水股份有限公司通知"), "{}", arts[1].body);
    assert!(!arts[1].body.contains('◆'), "{}", arts[1].body);
}

#[test]
fn indian_letters_signed_name_comma_over_the_place() {
    let arts = page(
        "THE HINDU                                                    CHENNAI, TUESDAY, JUNE 18, 2024\n3                                                                                 CHENNAI\n\nLETTERS\n\nBus shelters\n\nThe new bus shelters on Anna Salai have no seating and offer little shade. The Corporation must consult commuters before finalising such designs.\n\nK. Ramanathan,\n\nMylapore\n\nStray cattle\n\nStray cattle on the Velachery Main Road pose a danger to two-wheeler riders, especially at night.\n\nS. Meenakshi,\n\nVelachery\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(Some("LETTERS"), "Bus shelters"), (Some("LETTERS"), "Stray cattle")]);
    assert_eq!(arts[0].front.reporters, vec!["K. Ramanathan"]);
    assert_eq!(arts[1].front.reporters, vec!["S. Meenakshi"]);
    assert!(arts[1].body.trim_end().ends_with("Velachery"), "{}", arts[1].body);
}

#[test]
fn a_caption_sentence_going_on_in_lower_case_is_one_paragraph() {
    let a = one(
        "THE HINDU                                                    CHENNAI, TUESDAY, JUNE 18, 2024\n3                                                                                 CHENNAI\n\nA fisherman mending his net on the banks of the Adyar\nnear the Broken Bridge on Monday. | Photo Credit: B. JOTHI RAMALINGAM\n",
    );
    assert!(
        a.body.starts_with("A fisherman mending his net on the banks of the Adyar near the Broken Bridge"),
        "{}",
        a.body
    );
    assert_eq!(a.front.contributors, vec!["B. Jothi Ramalingam"]);
}

#[test]
fn issue3_a_line_score_at_the_page_foot_is_kept() {
    let a = one(
        "Celtics beat Mavericks\n\nBoston beat Dallas 106-88 on Monday night.\n\nDallas          28 18 21 21 —  88\nBoston          28 39 21 18 — 106\n",
    );
    assert!(a.body.contains("Dallas 28 18 21 21 — 88") && a.body.contains("Boston 28 39 21 18 — 106"), "{}", a.body);
}

#[test]
fn issue3_an_english_headline_broken_before_a_capital_is_one_title() {
    let a = one(
        "Heat wave to bake\nMidwest, Northeast\n\nCHICAGO (AP) — Forecasters warned that a\nheat wave would push temperatures near 100\ndegrees this week.\n",
    );
    assert_eq!((a.front.title.as_str(), a.front.subtitle.as_deref()), ("Heat wave to bake Midwest, Northeast", None));
    let a = one(
        "NBA FINALS\n\nCeltics close out\nMavericks for 18th title\n\nTatum scores 31 as Boston wins\nGame 5 and the series 4-1\n\nBy KYLE HIGHTOWER | The Associated Press\n\nBOSTON — Jayson Tatum had 31 points, and the\nBoston Celtics beat the Dallas Mavericks 106-88.\n",
    );
    assert_eq!(a.front.kicker.as_deref(), Some("NBA FINALS"));
    assert_eq!(a.front.title, "Celtics close out Mavericks for 18th title");
    assert_eq!(a.front.subtitle.as_deref(), Some("Tatum scores 31 as Boston wins Game 5 and the series 4-1"));
    // A deck that says more than the head's line could hold stays the deck.
    let a = one("Man dies in crash\nPolice appeal for witnesses after a lorry left the A9 at night\n\nA man died.\n");
    assert_eq!((a.front.title.as_str(), a.front.subtitle.is_some()), ("Man dies in crash", true));
}

#[test]
fn issue3_a_notice_signature_over_its_role_is_no_broken_headline() {
    let arts = page(
        "PUBLIC NOTICE\n\nThe board will meet on Tuesday at the township building to consider the zoning map.\n\nMargaret Lyons\nTownship Secretary\n",
    );
    assert!(
        arts.iter().all(|a| !a.front.title.contains("Margaret Lyons Township")),
        "{:#?}",
        kickers_and_titles(&arts)
    );
}

#[test]
fn issue3_a_short_label_over_headline_and_deck_is_the_kicker() {
    let a = one(
        "Election 2024\n\nStarmer pledges to freeze corporation tax\n\nRowena Mason Deputy political editor\n\nKeir Starmer will promise today to hold cor-\nporation tax at 25% for the whole of the next\nparliament.\n",
    );
    assert_eq!(
        (a.front.kicker.as_deref(), a.front.title.as_str()),
        (Some("Election 2024"), "Starmer pledges to freeze corporation tax")
    );
    let a = one(
        "General election\n\nSunak defends national service plan\n\nPM says scheme would give young people a sense of purpose\n\nRishi Sunak has defended the plan.\n",
    );
    assert_eq!(
        (a.front.kicker.as_deref(), a.front.title.as_str()),
        (Some("General election"), "Sunak defends national service plan")
    );
}

#[test]
fn issue3_a_headline_under_a_story_closed_by_its_bracketed_author_heads_the_next_piece() {
    let arts = page(
        "健康信箱\n　　问：我今年52岁，体检发现甲状腺有一个0.6厘米的\n结节，需要做手术吗？（读者 王女士）\n　　答：大部分甲状腺结节是良性的。是否需要进一步穿刺或手\n术，应由专科医生根据超声分级判断。（市中心医院甲\n状腺外科 刘敏）\n\n健康讲座\n　　6月22日（周六）上午9:00，市中心医院将举办公益讲\n座，欢迎市民参加。\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "健康信箱"), (None, "健康讲座")]);
    assert!(arts[0].body.ends_with("（市中心医院甲状腺外科 刘敏）\n"), "{}", arts[0].body);
}

#[test]
fn issue3_a_signed_and_dated_notice_ends_before_the_next_headline() {
    let arts = page(
        "兴安区自然资源局\n关于城南片区控制性详细规划局部调整的公告\n　　根据有关规定，现将调整方案予以公示，\n有关事项公告如下：\n　　特此公告。\n                                             兴安区自然资源局\n                                              2024年6月14日\n\n龙泉镇开展防溺水安全宣传进校园活动\n　　6月14日，龙泉镇联合镇派出所开展防溺水安全宣传活动，\n向500余名学生普及防溺水知识。（通讯员 孙丽 刘伟）\n",
    );
    assert_eq!(arts.len(), 2, "{:#?}", kickers_and_titles(&arts));
    assert_eq!(arts[1].front.title, "龙泉镇开展防溺水安全宣传进校园活动");
    assert_eq!((arts[0].front.contributors.len(), arts[1].front.contributors.len()), (0, 2));
}

#[test]
fn issue3_staff_writer_contributed_is_a_credit() {
    let a = one(
        "Reds notes\n\nRight-hander Hunter Greene threw a bullpen\nsession Monday, manager David Bell said.\n\nStaff writer Kim Park contributed.\n",
    );
    assert_eq!(a.front.contributors, vec!["Kim Park"]);
    assert!(!a.body.contains("contributed"), "{}", a.body);
    // (Without a writer's role the bare verb is text.)
    let a = one("Rents rise\n\nRents rose again in May.\n\nHigher rates contributed.\n");
    assert!(a.front.contributors.is_empty(), "{:?}", a.front.contributors);
}

#[test]
fn issue3_contributed_line_wrapped_over_two_lines() {
    let a = one(
        "Crews gain ground on wildfire\n\nGORMAN, Calif. (AP) — Firefighters made\nprogress Monday against a wildfire.\n\nAssociated Press writer Julie Walker in\nNew York contributed to this report.\n",
    );
    assert_eq!(a.front.contributors, vec!["Julie Walker"]);
    assert_eq!(a.body, "Firefighters made progress Monday against a wildfire.\n");
    assert!(!a.front.truncated);
    let a = one(
        "Crews gain ground on wildfire\n\nGORMAN, Calif. (AP) — Firefighters made\nprogress Monday against a wildfire.\n\nAssociated Press writers Julie Walker in New\nYork and John Antczak contributed to this report.\n",
    );
    assert_eq!(a.front.contributors, vec!["Julie Walker", "John Antczak"]);
    assert_eq!(a.body, "Firefighters made progress Monday against a wildfire.\n");
}

#[test]
fn issue3_paper_after_the_bar_is_no_reporter() {
    let a = one(
        "Museum visits soar\n\nBy ZHANG YI | China Daily\n\nMuseums received more than 28 million visits\nduring the Dragon Boat Festival holiday.\n",
    );
    assert_eq!(a.front.reporters, vec!["Zhang Yi"]);
    assert_eq!(a.front.agency, None);
    // (A second writer whose name ends on a word a paper may end on is a writer.)
    let a = one("Museum visits soar

By Li Wei, Yu Sun

Museums received more than 28 million visits.
");
    assert_eq!(a.front.reporters, vec!["Li Wei", "Yu Sun"]);
}

#[test]
fn issue3_by_two_writers_each_in_a_city() {
    let a = one(
        "Graduates head home to run village web stores\n\nBy WANG XIAOYU in Beijing and CHEN MEILING in Hangzhou\n\nWhen Lu Yanan graduated in 2021, she chose to\nreturn to her home village in Lishui.\n",
    );
    assert_eq!(a.front.reporters, vec!["Wang Xiaoyu", "Chen Meiling"]);
    assert_eq!(a.front.subtitle, None);
    // (Wrapped after its `and`, under a deck.)
    let a = one(
        "Graduates head home to\nrun village web stores\n\nLivestreaming gives young people a reason\nto stay in the countryside, officials say\n\nBy WANG XIAOYU in Beijing and\nCHEN MEILING in Hangzhou\n\nWhen Lu Yanan graduated from a university in\nShanghai in 2021, her classmates were surprised.\n",
    );
    assert_eq!(a.front.reporters, vec!["Wang Xiaoyu", "Chen Meiling"]);
    assert_eq!(
        a.front.subtitle.as_deref(),
        Some("Livestreaming gives young people a reason to stay in the countryside, officials say")
    );
}

#[test]
fn issue3_reviewed_by_is_a_byline() {
    let a = one(
        "A Seagull that soars above the desert heat\n\nReviewed by Priya Menon\n\nChekhov's great comedy of thwarted love has\nnever felt so close to home.\n",
    );
    assert_eq!(a.front.reporters, vec!["Priya Menon"]);
    assert_eq!(a.front.subtitle, None);
    assert!(!a.body.contains("Reviewed"), "{}", a.body);
}

#[test]
fn issue3_two_writers_addresses_at_the_end_leave_the_body() {
    let a = one(
        "Graduates head home to run village web stores\n\nBy WANG XIAOYU in Beijing\n\nWhen Lu Yanan graduated in 2021, she chose to\nreturn to her home village in Lishui.\n\nwangxiaoyu@chinadaily.com.cn\nchenmeiling@chinadaily.com.cn\n",
    );
    assert_eq!(a.body, "When Lu Yanan graduated in 2021, she chose to return to her home village in Lishui.\n");
}

#[test]
fn issue3_contact_the_writer_ends_the_story_above() {
    let arts = page(
        "Museum visits soar\n\nMuseums received more than 28 million visits\nduring the Dragon Boat Festival holiday.\n\nContact the writer at zhangyi1@chinadaily.com.cn\n\nFlood control\nContinued from page 1\n\nemergency response in Guangdong, the ministry said.\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "Museum visits soar"), (None, "Flood control")]);
    assert_eq!(arts[1].front.continued_from, Some(1));
    assert!(!arts[0].body.contains("Contact"), "{}", arts[0].body);
}

#[test]
fn issue3_paper_credit_closing_a_brief_is_no_article() {
    let arts = page(
        "BRIEFS\n\nBeijing opens 50 new pocket parks\nBeijing will open 50 new pocket parks by the\nend of this year, the city's bureau said.\nCHINA DAILY\n\nCORRECTION\nIn a story on Page 14 on June 15, the figure\nshould have been 23.4 percent.\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![(Some("BRIEFS"), "Beijing opens 50 new pocket parks"), (None, "CORRECTION")]
    );
    assert!(!arts[0].body.contains("CHINA DAILY"), "{}", arts[0].body);
    assert!(arts[0].front.reporters.is_empty());
}

#[test]
fn issue3_caption_under_a_contributed_line_stays_with_the_story() {
    let arts = page(
        "Crews gain ground on\nwildfire north of L.A.\n\nGORMAN, Calif. (AP) — Firefighters made\nprogress Monday against a wildfire north\nof Los Angeles.\n\nAssociated Press writers Julie Walker in New\nYork and John Antczak in Los Angeles contrib-\nuted to this report.\n\nA firefighter watches flames from the Post Fire\nnear Gorman, Calif., on Sunday.\nAP PHOTO/ETIENNE LAURENT\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "Crews gain ground on wildfire north of L.A.")]);
    assert_eq!(arts[0].front.contributors, vec!["Julie Walker", "John Antczak", "Etienne Laurent"]);
}

#[test]
fn issue3_hyphenation_whose_first_part_is_a_word_is_joined() {
    // `an` is a word elsewhere on the page; `nounced` is not.
    let a = one(
        "Book fair adds pavilion\n\nThe authority on Monday an-\nnounced that the fair will include a pavilion.\n\nIt will be an annual event.\n",
    );
    assert!(a.body.starts_with("The authority on Monday announced that"), "{}", a.body);
}

#[test]
fn issue3_a_label_in_capitals_over_a_headline_after_a_story_starts_a_piece() {
    let arts = page(
        "A Seagull that soars above the desert heat\n\nBy Priya Menon\n\nIf the second half drags a little, it hardly\nmatters. This is the best thing on a Dubai stage\nthis year.\n\nFILM\nPixar sequel charms but rarely surprises\n\nPixar's sequel sends Riley, now 13, into the\nchaos of puberty, and a new set of emotions ar-\nrives at headquarters.\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![
            (None, "A Seagull that soars above the desert heat"),
            (Some("FILM"), "Pixar sequel charms but rarely surprises")
        ]
    );
    let arts = page(
        "Sharjah book fair to add children's pavilion\n\nDubai: The Sharjah Book Authority on Monday\nannounced a pavilion for children's publishers.\n\nWHAT'S ON\n\nKite Beach Cinema\nOutdoor screenings of family films every Friday\nat 8pm. Kite Beach, Jumeirah. Free.\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![(None, "Sharjah book fair to add children's pavilion"), (Some("WHAT'S ON"), "Kite Beach Cinema")]
    );
}

#[test]
fn issue3_bracketed_own_report_without_slash() {
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
fn issue3_boxed_signature_after_the_last_sentence() {
    let a =
        one("京华快评\n让改造改到居民心坎上\n\u{3000}\u{3000}点单只是第一步。希望“点单”真正做到件件有回音。□冯立\n");
    assert_eq!(a.front.reporters, vec!["冯立"]);
    assert_eq!(a.body, "点单只是第一步。希望“点单”真正做到件件有回音。\n");
}

#[test]
fn issue3_compiled_source_on_a_line_of_its_own() {
    let a = one("全国夏粮收获进度过七成\n\u{3000}\u{3000}据新华社北京6月17日电 记者从农业农村部获悉，麦收过七成。\n\
         \u{3000}\u{3000}各地正抓紧抢收抢烘，确保颗粒归仓。\n                                          （综合新华社）\n");
    assert_eq!(a.front.agency.as_deref(), Some("新华社"));
    assert_eq!(a.body, "记者从农业农村部获悉，麦收过七成。\n\n各地正抓紧抢收抢烘，确保颗粒归仓。\n");
    // Traditional `報導` closing the last sentence, as `报道` does.
    let a = one("美聯準會維持利率不變\n\u{3000}\u{3000}聯準會仍需更多數據確認物價走勢。（綜合報導）\n");
    assert_eq!(a.body, "聯準會仍需更多數據確認物價走勢。\n");
}

#[test]
fn issue3_wire_sent_photo_after_a_caption() {
    let a = one("郑钦文女王杯次轮出局\n\u{3000}\u{3000}新华社伦敦6月17日电（记者 张薇）郑钦文止步16强。\n\n\
         \u{3000}\u{3000}6月17日，郑钦文在比赛中回球。           新华社发\n");
    assert_eq!(a.front.reporters, vec!["张薇"]);
    assert_eq!(a.body, "郑钦文止步16强。\n\n6月17日，郑钦文在比赛中回球。\n");
}

#[test]
fn issue3_media_centre_signature_names_the_writer() {
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
fn issue3_unsigned_editorial_on_a_traditional_page() {
    let a = one(
        "社論\n亞裔仇恨犯罪不能只靠數字說話\n\u{3000}\u{3000}紐約市警局最新公布的數據顯示，案件較去年同期下降了兩成。\n",
    );
    assert_eq!(a.front.agency.as_deref(), Some("本報"));
    let a = one("社论\n让每一名考生都能安心赴考\n\u{3000}\u{3000}一年一度的高考刚刚落下帷幕，考务工作平稳有序。\n");
    assert_eq!(a.front.agency.as_deref(), Some("本报"));
}

#[test]
fn issue3_wide_lead_line_runs_on() {
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
fn issue3_standalone_caption_over_the_next_story() {
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

#[test]
fn issue3_writer_alone_under_the_last_brief_of_a_column() {
    let arts = page(
        "LOCAL\n\nIn brief\n\nLibrary extends summer hours\nThe Millbrook Public Library will stay open until 9 p.m. on \
         weekdays from July 1 through August 31, the library board decided on Tuesday.\n\nPool closed for repairs\n\
         The Eastside pool will stay closed until at least June 30 after inspectors found a crack in the main drain, \
         parks director Tom Hale said.\nKaren Mills\n\nCouncil backs new crosswalks on Main Street\nBy Peter Lund\n\n\
         The City Council voted 6-1 on Monday to add three raised crosswalks on Main Street.\n\nResidents had asked \
         for the change after two pedestrians were hurt there last winter.\n",
    );
    assert_eq!(arts.len(), 3, "{arts:#?}");
    assert_eq!(arts[1].front.title, "Pool closed for repairs");
    assert_eq!(arts[1].front.reporters, vec!["Karen Mills"]);
    assert_eq!(arts[2].front.title, "Council backs new crosswalks on Main Street");
    assert_eq!(arts[2].front.kicker, None);
    assert_eq!(arts[2].front.reporters, vec!["Peter Lund"]);
}

#[test]
fn issue3_notice_label_run_in_under_a_correction() {
    for label in ["PUBLIC NOTICE: ", "Public notice\n"] {
        let arts = page(&format!(
            "Corrections\nA story on Page A3 on Tuesday misstated the year the Eastside library opened. It opened in \
             1962.\n\n{label}The Millbrook Planning Commission will hold a public hearing at 7 p.m. on June 25 at City \
             Hall on a request to rezone 14 acres for housing.\n\nCouncil backs new crosswalks on Main Street\nBy Peter \
             Lund\n\nThe City Council voted 6-1 on Monday to add three raised crosswalks on Main Street.\n"
        ));
        assert_eq!(arts.len(), 3, "{arts:#?}");
        assert!(arts[0].body.trim_end().ends_with("It opened in 1962."), "{}", arts[0].body);
        assert_eq!(arts[1].front.title.to_lowercase(), "public notice");
        assert!(arts[1].body.starts_with("The Millbrook Planning Commission"), "{}", arts[1].body);
    }
}

#[test]
fn issue3_advertisement_marker_and_ad_copy_are_no_text() {
    // The marker alone over the next story is no kicker.
    let arts = page(
        "Water cuts for Soweto as Rand Water repairs pipeline\nLUYANDA SHABALALA\n\nRESIDENTS of 14 suburbs in Soweto \
         will be without water from 8am on Saturday while Rand Water replaces a section of a bulk pipeline.\n\n\
         ADVERTISEMENT\n\nWoman, 84, graduates with her first degree\nBUHLE NDLOVU\n\nGogo Elizabeth Mahlangu received \
         a bachelor's degree in theology from Unisa on Tuesday – 66 years after she left school.\n",
    );
    assert_eq!(arts.len(), 2, "{arts:#?}");
    assert_eq!(arts[1].front.kicker, None);
    assert_eq!(arts[1].front.title, "Woman, 84, graduates with her first degree");
    // The marker over the ad's copy in one block: the ad, dropped; the brief
    // under it is a piece of its own.
    let arts = page(
        "Ports expect record 1.6 million passengers\nBy Andre Whyte\n\nThe Port Authority of Jamaica said the Falmouth \
         pier would be extended by 90 metres to allow two ships to berth at the same time.\n\nADVERTISEMENT\nSANDY SHORES \
         RESORT — SUMMER STAYCATION\nFrom J$18,500 per night for locals. Kids stay free!\nCall 876-555-0192 or book at \
         sandyshoresja.com\n\nOcho Rios craft market gets $60m facelift\n\nThe St Ann Municipal Corporation has begun a \
         $60-million renovation of the Ocho Rios Craft Park, which will add 40 new stalls.\n",
    );
    assert_eq!(arts.len(), 2, "{arts:#?}");
    assert!(!arts[0].body.contains("SANDY") && !arts[0].body.contains("ADVERTISEMENT"), "{}", arts[0].body);
    assert_eq!(arts[1].front.title, "Ocho Rios craft market gets $60m facelift");
}

#[test]
fn issue3_column_label_headline_and_bare_writer_in_one_block() {
    let arts = page(
        "Tokyo chipmakers slide on export curbs\nBy Ken Ito in Tokyo\n\nShares in Japanese chip equipment makers fell \
         sharply after Washington widened export restrictions on advanced lithography tools.\n\nTHE LONG VIEW\nPension \
         funds are not the villains of the gilt market\nJonathan Ferris\n\nIt has become fashionable to blame \
         defined-benefit pension schemes for every wobble in long-dated gilts.\n",
    );
    assert_eq!(arts.len(), 2, "{arts:#?}");
    assert_eq!(arts[1].front.kicker.as_deref(), Some("THE LONG VIEW"));
    assert_eq!(arts[1].front.title, "Pension funds are not the villains of the gilt market");
    assert_eq!(arts[1].front.reporters, vec!["Jonathan Ferris"]);
    assert!(!arts[0].body.contains("LONG VIEW"), "{}", arts[0].body);
}

#[test]
fn issue3_group_set_narrower_than_the_page_keeps_its_paragraphs() {
    // A review at 20 characters a line on a page whose brief is set at 26.
    let arts = page(
        "书评\n\
         \n\
         在一条运河里读懂一座城\n\
         □ 林\u{3000}岚\n\
         \u{3000}\u{3000}书里最动人的，不是那些宏大的漕运史料，\n\
         而是一个个具体的人。比如七十九岁的老船工\n\
         王金山，至今能背出从清江浦到扬州沿途每一\n\
         座闸的名字；比如在运河边开了四十年剃头铺\n\
         的刘家三代，铺子里那面镜子照过的脸，几乎\n\
         就是一部小城的社会史。\n\
         \n\
         书讯\n\
         \u{3000}\u{3000}本报讯\u{3000}（记者许静）第十二届“书香江苏”全民阅读节\n\
         6月15日在南京开幕。本届阅读节为期两个月，将举办各类\n\
         阅读推广活动3000余场，并首次在高速公路服务区设立“流\n\
         动书房”。活动期间，全省各地图书馆将延长开放时间，部\n\
         分书店推出夜间阅读专场。\n\
         ",
    );
    assert_eq!(arts.len(), 2, "{arts:#?}");
    assert!(!arts[0].body.contains("## "), "{}", arts[0].body);
    assert!(arts[0].body.contains("老船工王金山，至今能背出从清江浦到扬州沿途每一座闸的名字；"), "{}", arts[0].body);
    assert_eq!(arts[0].body.trim().lines().count(), 1, "{}", arts[0].body);
}

#[test]
fn issue3_weekly_indented_paragraphs_and_a_brief_under_a_story() {
    let arts = page(
        "8  THE PINE HOLLOW LEDGER  June 18, 2026\nCOMMUNITY\n\nLions serve up 40 years\nof pancake breakfasts\n\
         By Gene Aasland\n  When the Pine Hollow Lions Club\nflipped its first pancake at the fire\nhall in 1986, a plate \
         cost $2.50.\n  The club will mark the anniver-\nsary at its Father's Day breakfast\nSunday at the fire hall.\n\n\
         Cemetery cleanup set\n  Volunteers are needed to help with\ncleanup at Our Savior's Lutheran Cem-\netery on \
         Saturday, June 20, beginning\nat 8 a.m. Lunch will be provided.\n",
    );
    assert_eq!(arts.len(), 2, "{arts:#?}");
    assert_eq!(arts[0].body.trim().split("\n\n").count(), 2, "{}", arts[0].body);
    assert_eq!(arts[1].front.title, "Cemetery cleanup set");
    assert!(arts[1].body.contains("Lutheran Cemetery on Saturday"), "{}", arts[1].body);
}

#[test]
fn issue3_house_credits_in_capitals() {
    let story = |byline: &str| {
        one(&format!(
            "Knut threatens strike in Kisii\n{byline}\n\nThe Kenya National Union of Teachers has given the Teachers \
             Service Commission 14 days to pay arrears owed to 1,300 teachers.\n"
        ))
    };
    // A wire after `BY` in capitals names no writer: the wire is the agency.
    for (byline, wire) in [("BY KNA", "KNA"), ("BY REUTERS", "Reuters"), ("By KNA", "KNA")] {
        let a = story(byline);
        assert!(a.front.reporters.is_empty(), "{byline}: {:?}", a.front.reporters);
        assert_eq!(a.front.agency.as_deref(), Some(wire), "{byline}");
    }
    // The paper's own desk signs as `By Staff Reporter` does, in either case.
    for (byline, desk) in [
        ("By Staff Reporter", "Staff Reporter"),
        ("BY STAFF REPORTER", "Staff Reporter"),
        ("BY NATION REPORTER", "Nation Reporter"),
        ("By Nation Reporter", "Nation Reporter"),
    ] {
        assert_eq!(story(byline).front.reporters, vec![desk], "{byline}");
    }
    // An editor's beat is a role whose holder is named elsewhere; a
    // reporter's beat alone under the headline is the desk that filed it
    // (round 207).
    assert!(story("By Political Editor").front.reporters.is_empty());
    assert_eq!(story("By Court Reporter").front.reporters, ["Court Reporter"]);
}

#[test]
fn issue3_a_briefs_dashed_source_is_its_agency() {
    let brief = |end: &str| {
        one(&format!(
            "Rhino poaching down in Kruger\n\nSANParks recorded 41 rhino poached in the Kruger National Park in the \
             first five months of the year{end}\n"
        ))
    };
    // A source known or not, dashed on after the last sentence: the item's
    // agency, whatever the sentence says; the text ends whole.
    for (end, source) in [
        (", 18 fewer than a year ago. – ANA", "ANA"),
        (", the park said. – ANA", "ANA"),
        (", 18 fewer than a year ago. – Reuters", "Reuters"),
        (", the park said. – News24", "News24"),
        (". — JIS", "JIS"),
        (". — Sapa", "Sapa"),
    ] {
        let a = brief(end);
        assert_eq!(a.front.agency.as_deref(), Some(source), "{end}");
        assert!(a.front.contributors.is_empty(), "{end}: {:?}", a.front.contributors);
        assert!(a.body.trim_end().ends_with(['.']), "{end}: {}", a.body);
        assert!(!a.body.contains(source), "{end}: {}", a.body);
        assert!(!a.front.truncated, "{end}");
    }
    // After a quotation the dash names who said it; two words sign a letter.
    for end in [". “We shall overcome.” — Mandela", ". — John Smith"] {
        assert_eq!(brief(end).front.agency, None, "{end}");
    }
}

#[test]
fn issue3_a_writer_and_the_desk_joined_by_and() {
    // `AND` joins a writer and the paper's desk, in capitals or not, with
    // `By` or without: no writer named `Nomvula Dlamini And`.
    for byline in [
        "NOMVULA DLAMINI AND STAFF REPORTER",
        "BY NOMVULA DLAMINI AND STAFF REPORTER",
        "Nomvula Dlamini and Staff Reporter",
        "By Nomvula Dlamini and Staff Reporter",
    ] {
        let a = one(&format!(
            "Commuters stranded as taxi strike spreads to Tshwane\n{byline}\n\nPRETORIA – Thousands of commuters \
             were left stranded in Mabopane and Soshanguve yesterday.\n"
        ));
        assert_eq!(a.front.title, "Commuters stranded as taxi strike spreads to Tshwane", "{byline}");
        assert_eq!(a.front.reporters, ["Nomvula Dlamini", "Staff Reporter"], "{byline}");
    }
}

#[test]
fn issue3_a_bare_byline_under_the_headline_is_not_its_last_words() {
    let story = |head: &str, byline: &str| {
        one(&format!(
            "{head}\n{byline}\n\nShares in Japanese chip equipment makers fell sharply after Washington widened \
             export restrictions on advanced lithography tools.\n"
        ))
    };
    // Two writers without `By`, joined by a lower-case `and`.
    for (byline, writers) in [
        ("NOMVULA DLAMINI and LUYANDA SHABALALA", ["Nomvula Dlamini", "Luyanda Shabalala"]),
        ("Harriet Quill and Tom Adeyemi", ["Harriet Quill", "Tom Adeyemi"]),
        ("NOMVULA DLAMINI and STAFF REPORTER", ["Nomvula Dlamini", "Staff Reporter"]),
    ] {
        let a = story("Commuters stranded as taxi strike spreads to Tshwane", byline);
        assert_eq!(a.front.title, "Commuters stranded as taxi strike spreads to Tshwane", "{byline}");
        assert_eq!(a.front.reporters, writers, "{byline}");
    }
    // One writer and the place filed from, after `in`, a comma or a dash.
    for byline in ["Ken Ito in Tokyo", "Ken Ito — Tokyo", "KEN ITO — TOKYO", "Ken Ito, Tokyo"] {
        let a = story("Tokyo chipmakers slide on export curbs", byline);
        assert_eq!(a.front.title, "Tokyo chipmakers slide on export curbs", "{byline}");
        assert_eq!((a.front.subtitle.as_deref(), &a.front.reporters[..]), (None, &["Ken Ito".to_string()][..]));
        assert_eq!(a.front.dateline.as_ref().and_then(|d| d.place.as_deref()), Some("Tokyo"), "{byline}");
    }
    // A headline's second line is still its own.
    let a = story("Teachers vow to strike", "over unpaid arrears");
    assert_eq!(a.front.title, "Teachers vow to strike over unpaid arrears");
}

#[test]
fn issue3_pla_daily_lead_names_correspondents_before_the_reporter() {
    let arts = page(
        "某旅组织跨昼夜实弹演练\n\n本报讯　王　林、李志强、记者张　伟报道：6月10日，某旅在戈壁腹地组织跨昼夜实弹演练。\n\n\
         舰艇编队完成远海补给\n\n本报讯　特约记者　刘晓明　通讯员　周　宇　孙　浩报道：近日，某舰艇编队在远海完成补给训练。\n",
    );
    assert_eq!(arts.len(), 2, "{arts:#?}");
    assert_eq!(arts[0].front.reporters, vec!["张伟"]);
    assert_eq!(arts[0].front.contributors, vec!["王林", "李志强"]);
    assert!(arts[0].body.starts_with("6月10日"), "{}", arts[0].body);
    assert_eq!(arts[1].front.reporters, vec!["刘晓明"]);
    assert_eq!(arts[1].front.contributors, vec!["周宇", "孙浩"]);
    assert!(arts[1].body.starts_with("近日"), "{}", arts[1].body);
}

#[test]
fn issue3_boxed_outlet_lead_with_name_run_into_place() {
    let a = one("里昂华人商会换届\n\n【欧洲时报记者林晓东里昂报道】6月13日，里昂华人商会举行换届大会。\n");
    assert_eq!(a.front.reporters, vec!["林晓东"]);
    assert_eq!(a.front.agency.as_deref(), Some("欧洲时报"));
    assert_eq!(a.front.dateline.unwrap().place.as_deref(), Some("里昂"));
    assert!(a.body.starts_with("6月13日"), "{}", a.body);
}

#[test]
fn issue3_desk_editor_after_the_writer_is_no_reporter() {
    let a = one("债市收益率小幅回落\n◎记者 王 敏 ○编辑 李 丹\n\n本周十年期国债收益率回落3个基点。\n");
    assert_eq!(a.front.reporters, vec!["王敏"]);
    assert!(a.front.contributors.is_empty(), "{:?}", a.front.contributors);
}

#[test]
fn issue3_photo_from_the_interviewee_names_no_contributor() {
    let a = one(
        "老街里的“修表匠”\n文/扬子晚报/紫牛新闻记者　王立新　图/受访者提供\n　　在老城南的一条巷子里，张师傅修了四十年表。\n",
    );
    assert_eq!(a.front.reporters, vec!["王立新"]);
    assert!(a.front.contributors.is_empty(), "{:?}", a.front.contributors);
}

#[test]
fn issue3_bracketed_page_note_after_a_signed_brief() {
    let a = one(
        "城市快讯\n\n■我市新开通三条夜间公交线路\n\n市交通局6月16日发布消息,三条夜间公交线路将于本周末开通运营。(周　明)\n\n\
         （本版图片除署名外均由市交通局提供）\n",
    );
    assert_eq!(a.front.reporters, vec!["周明"]);
    assert!(!a.body.contains("本版图片") && !a.body.contains("(周"), "{}", a.body);
}

#[test]
fn issue3_photo_credits_of_a_paper_and_of_a_source_leave_the_captions() {
    let arts = page(
        "马赛华人超市扩建\n\n【欧洲时报记者林晓东马赛报道】马赛北区一家华人超市本月完成扩建。\n\n（欧洲时报/林晓东 摄）\n\n\
         图为扩建后的超市收银区。\n\n我国学者发现新型催化材料\n\n◎本报记者　周　明\n\n记者6月17日从复旦大学获悉,该校团队发现一种新型催化材料。\n\n\
         图为团队成员在实验室记录数据。　受访者供图\n",
    );
    assert_eq!(arts.len(), 2, "{arts:#?}");
    assert!(!arts[0].body.contains("摄"), "{}", arts[0].body);
    assert!(arts[0].body.contains("图为扩建后的超市收银区。"), "{}", arts[0].body);
    assert!(arts[1].body.trim_end().ends_with("图为团队成员在实验室记录数据。"), "{}", arts[1].body);
    assert!(!arts[1].front.truncated);
    assert!(arts[1].front.contributors.is_empty(), "{:?}", arts[1].front.contributors);
}

#[test]
fn issue3_jump_line_between_headline_and_bracketed_lead() {
    let arts = page(
        "侨社·动态\n\n里昂老城华人书店的“第二春”\n\n（上接第一版）\n\n【欧洲时报记者林舟里昂报道】在老城区经营华文书店十五年的\
         福建人郑海，今年把二楼改成了中文绘本馆。\n\n开业三个月来，会员已超过两百户。\n",
    );
    assert_eq!(arts.len(), 1, "{arts:#?}");
    let a = &arts[0];
    assert_eq!(a.front.title, "里昂老城华人书店的“第二春”");
    assert_eq!(a.front.continued_from, Some(1));
    assert!(a.body.contains("在老城区经营华文书店"), "{}", a.body);
}

#[test]
fn issue3_spaced_headline_and_wrapped_deck_over_byline() {
    // A headline the export spaced around its figures over its deck is no
    // story of its own.
    let arts = page(
        "债券 ETF 规模半年增逾 300 亿元\n利率债产品仍是配置主力\n◎记者 钱 立\n\n全市场债券型 ETF 总规模较年初增加 312.4 亿元，\
         创历史新高。\n",
    );
    assert_eq!(arts.len(), 1, "{arts:#?}");
    assert_eq!(arts[0].front.reporters, vec!["钱立"]);
    // A deck wrapped before the unit of its figure is one line.
    let arts = page(
        "深成指放量上行 科创50涨逾 2%\n半导体与医疗器械板块领涨，两市成交额升至 1.25\n万亿元\n\n◎记者 周 宁\n\n6 月 16 日，A 股三大指数\
         集体上涨。截至收盘，深证成指报 10901.2 点。\n",
    );
    assert_eq!(arts.len(), 1, "{arts:#?}");
    assert_eq!(arts[0].front.title, "深成指放量上行 科创50涨逾 2%");
    assert_eq!(arts[0].front.subtitle.as_deref(), Some("半导体与医疗器械板块领涨，两市成交额升至 1.25万亿元"));
}

#[test]
fn issue3_desk_contacts_and_spaced_section_in_a_chinese_head() {
    let arts = page(
        "B3\n2026 年 6 月 18 日 星期四\n责任编辑：刘 洋\nE-mail:cjb@finews.cn 电话:010-65432100\n公 司\n\n锂电龙头二季度出货量回升\n\n\
         ◎记者 宋 佳\n\n6 月 17 日，多家锂电企业披露二季度经营数据，\n出货量环比回升。\n",
    );
    assert_eq!(arts.len(), 1, "{arts:#?}");
    assert_eq!(arts[0].front.title, "锂电龙头二季度出货量回升");
    assert_eq!(arts[0].front.section.as_deref(), Some("公司"));
    assert_eq!(arts[0].front.kicker, None);
}

#[test]
fn issue3_comment_box_with_its_own_headline_is_a_sidebar() {
    let arts = page(
        "我国首条沙漠光伏治沙示范带建成\n\n◎本报记者　赵　岩\n\n记者6月15日从国家林草局获悉,一条长12公里的光伏治沙示范带日前建成。\n\n\
         记者手记\n\n沙丘上的“蓝色长城”\n\n第一次走进示范带,最先看到的是一排排蓝色光伏板。\n\n治沙与发电,在这里找到了交汇点。\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        [(None, "我国首条沙漠光伏治沙示范带建成"), (Some("记者手记"), "沙丘上的“蓝色长城”")]
    );
    assert!(!arts[0].body.contains("记者手记"), "{}", arts[0].body);
}

#[test]
fn issue3_pupil_essay_signed_with_school_and_teacher() {
    let arts = page(
        "小小志愿者走进社区养老院\n本报记者　孙悦\n暑假第一周，20名小学生走进社区养老院，为老人表演节目。\n学生习作\n爷爷的老藤椅\n\
         南京市琅琊路小学三（4）班　陆星辰\n指导老师　许文静\n爷爷有一把老藤椅，放在阳台上已经二十多年了。\n",
    );
    assert_eq!(kickers_and_titles(&arts), [(None, "小小志愿者走进社区养老院"), (Some("学生习作"), "爷爷的老藤椅")]);
    assert_eq!(arts[1].front.reporters, vec!["陆星辰"]);
    assert_eq!(arts[1].front.contributors, vec!["许文静"]);
    assert!(arts[1].body.starts_with("爷爷有一把"), "{}", arts[1].body);
    // The school's line under the title alone signs it too.
    let a = one("我的第一次野营\n成都市泡桐树小学五（1）班　何雨桐\n夏令营的第一个晚上，我们在山坡上搭起了帐篷。\n");
    assert_eq!(a.front.title, "我的第一次野营");
    assert_eq!(a.front.reporters, vec!["何雨桐"]);
}

#[test]
fn issue3_two_character_brief_column_after_a_story() {
    let arts = page(
        "马赛华人商会举办创业讲座\n\n【欧洲时报综合报道】马赛华人商会日前举办创业讲座，吸引百余名青年参加。\n\n侨讯\n\n\
         ■尼斯华侨华人协会6月27日将举办中文歌曲大赛，欢迎报名参加。\n\n■波尔多中文学校秋季班即日起接受报名。\n",
    );
    assert_eq!(arts.len(), 3, "{arts:#?}");
    assert!(!arts[0].body.contains("侨讯"), "{}", arts[0].body);
    assert_eq!(arts[1].front.kicker.as_deref(), Some("侨讯"));
    assert_eq!(arts[2].front.kicker.as_deref(), Some("侨讯"));
}

#[test]
fn issue3_labelled_note_closes_its_piece_before_a_column_label() {
    let arts = page(
        "购房问答\n　　问：公积金贷款审批要多久？\n　　答：材料齐全的，一般在10个工作日内完成审批并通知\n申请人签订合同。\n\
         （答疑：杭州市住房公积金管理中心　李青）\n房讯\n　　■6月21日至23日，2026杭州春季房展会将在\n杭州国际博览中心举办，参展楼盘超过\n\
         120个。（叶舟）\n",
    );
    assert_eq!(arts.len(), 2, "{arts:#?}");
    assert!(arts[0].body.trim_end().ends_with("李青）"), "{}", arts[0].body);
    assert!(arts[0].front.reporters.is_empty());
    assert_eq!(arts[1].front.kicker.as_deref(), Some("房讯"));
    assert_eq!(arts[1].front.reporters, vec!["叶舟"]);
    assert!(!arts[1].front.title.starts_with("6月"), "{}", arts[1].front.title);
}

#[test]
fn issue3_bulleted_brief_headlines_over_spaced_text() {
    let arts = page(
        "公司速递\n◆远航重工拟在印尼设立镍矿冶炼合资公司项目\n远航重工 6 月 16 日晚间公告，公司拟与印尼\n国有矿业公司合资设立镍矿冶炼项目公司，项\n\
         目一期规划年产镍铁 5 万吨。\n◆康瑞医药 PD-1 单抗新适应症获批开展 II 期临床\n康瑞医药公告，公司自主研发的 PD-1 单抗注射\n液新适应症获国家药监局\
         临床试验批准。\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        [
            (Some("公司速递"), "远航重工拟在印尼设立镍矿冶炼合资公司项目"),
            (Some("公司速递"), "康瑞医药 PD-1 单抗新适应症获批开展 II 期临床")
        ]
    );
    assert!(arts[0].body.starts_with("远航重工 6 月 16 日"), "{}", arts[0].body);
    assert!(arts[1].body.starts_with("康瑞医药公告"), "{}", arts[1].body);
}

#[test]
fn issue3_dash_deck_under_a_headline_as_wide_as_the_column() {
    let a = one(
        "“我想留下的，是那些被时间遗忘的手艺人”\n——访非遗纪录片导演程远\n本报记者　林　溪\n\n　　程远的纪录片《匠人志》日前在\
         全国院线上映。这部影片\n以皖南一个古村落为背景，记录了五位老匠人\n的日常生活。日前，记者就影片创作与他进行\n了对话。\n",
    );
    assert_eq!(a.front.title, "“我想留下的，是那些被时间遗忘的手艺人”");
    assert_eq!(a.front.subtitle.as_deref(), Some("访非遗纪录片导演程远"));
    assert_eq!(a.front.reporters, vec!["林溪"]);
}

#[test]
fn issue3_running_foot_of_the_page_name_and_number_is_furniture() {
    let arts = page(
        "书评\n2026年6月18日　第5版\n读书周刊\n主编：许　静　责任编辑：韩　笑\n\n书讯\n\u{3000}\u{3000}本报讯　（记者许静）第十二届全民阅读节\
         6月15日在南京开幕，将举办各类阅读推广活动3000余场。\n\n读书周刊　5\n",
    );
    let last = arts.last().expect("an article");
    assert!(!last.body.contains("读书周刊"), "{}", last.body);
    assert!(last.body.trim_end().ends_with("3000余场。"), "{}", last.body);
}

#[test]
fn issue3_story_and_photos_by_is_the_writers_byline() {
    for line in
        ["Story and photos by Keisha Brown", "Words and pictures by Keisha Brown", "STORY & PHOTOS BY KEISHA BROWN"]
    {
        let a = one(&format!(
            "Island of a thousand waterfalls\n\n{line}\n\nPORTLAND's rivers run cold even in March. We set off at dawn from Port Antonio.\n\nThe guide has poled these waters for thirty years.\n"
        ));
        assert_eq!(a.front.title, "Island of a thousand waterfalls", "{line}");
        assert_eq!(a.front.subtitle, None, "{line}");
        assert_eq!(a.front.reporters, vec!["Keisha Brown"], "{line}");
        assert!(a.front.contributors.is_empty(), "{line}: {:?}", a.front.contributors);
        assert!(a.body.starts_with("PORTLAND's rivers"), "{line}: {}", a.body);
    }
}

#[test]
fn issue3_place_in_title_case_under_the_byline_is_the_dateline() {
    let a = one(
        "Teachers strike over pay arrears\n\nBy Ruth Mbula\n\nKisii\n\nHundreds of teachers in Kisii County yesterday downed their tools over salary arrears.\n\nThe teachers said they would not return to class.\n",
    );
    assert_eq!(a.front.reporters, vec!["Ruth Mbula"]);
    assert_eq!(a.front.dateline.as_ref().and_then(|d| d.place.as_deref()), Some("Kisii"));
    assert!(a.body.starts_with("Hundreds of teachers"), "{}", a.body);
    // A crosshead the text does not open with stays a crosshead.
    let a = one(
        "Teachers strike over pay arrears\n\nBy Ruth Mbula\n\nBackground\n\nHundreds of teachers in Kisii County yesterday downed their tools over salary arrears.\n\nThe teachers said they would not return to class.\n",
    );
    assert_eq!(a.front.dateline, None);
    assert!(a.body.starts_with("## Background"), "{}", a.body);
}

#[test]
fn issue3_angle_bracket_column_label_over_its_headline_is_the_kicker() {
    let a = one(
        "〈生活小百科〉\n天氣轉暖 小心花粉過敏\n\n春季氣溫回升，花粉、塵蟎活動旺盛，過敏性鼻炎患者明顯增加。（記者魏忻忻）\n",
    );
    assert_eq!(a.front.kicker.as_deref(), Some("生活小百科"));
    assert_eq!(a.front.title, "天氣轉暖 小心花粉過敏");
    assert_eq!(a.front.subtitle, None);
}

#[test]
fn issue3_folio_of_the_section_then_the_page_number() {
    let a = one(
        "新加坡　6\n\n樟宜机场T5首阶段工程进度过半\n\n本报记者 陈俊宏\n\n樟宜机场第五搭客大厦首阶段工程已完成超过一半，预计在2030年代中期启用。\n",
    );
    assert_eq!(a.front.section.as_deref(), Some("新加坡"));
    assert_eq!(a.front.kicker, None);
    assert_eq!(a.front.title, "樟宜机场T5首阶段工程进度过半");
}

#[test]
fn issue3_poet_under_a_group_of_poems_each_with_its_title() {
    let a = one(
        "春天的几种写法（组诗）\n\n林　溪\n\n惊蛰\n\n雷声还在远处\n像一个迟到的人\n泥土就醒了\n\n柳\n\n先是一点黄\n然后是一点绿\n整条河都在练习弯腰\n",
    );
    assert_eq!(a.front.title, "春天的几种写法（组诗）");
    assert_eq!(a.front.reporters, vec!["林溪"]);
    assert_eq!(a.front.subtitle, None);
    assert!(a.body.starts_with("## 惊蛰\n\n雷声还在远处\\\n"), "{}", a.body);
}

#[test]
fn issue3_narrow_wrapped_chinese_story_beside_unwrapped_ones_is_joined() {
    let arts = page(
        "河南队主场2:1逆转上海申花\n\n本报记者 马骁宁\n\n3月4日晚，2026赛季中超联赛第2轮\n一场焦点战在郑州航海体育场打响，\n河南队坐镇主场迎战上海申花。上半\n场申花率先破门，下半场河南队连扳\n两球，取得新赛季首胜。\n\n赛后，河南队主教练表示，球队上半场\n有些紧张，下半场球员们执行战术很坚\n决，“这场胜利属于每一个留到最后的\n球迷”。\n\n苏炳添宣布正式退役\n\n新华社广州3月4日电（记者 王浩明）中国短跑名将苏炳添4日在广州举行的发布会上宣布正式退役，结束其二十余年的职业运动生涯。\n\n据介绍，本届运动会首次增设匹克球、飞盘、腰旗橄榄球等新兴项目，并在各省辖市同步设立分赛场，让更多群众在家门口参与比赛。\n",
    );
    assert_eq!(arts.len(), 2);
    assert_eq!(
        arts[0].body,
        "3月4日晚，2026赛季中超联赛第2轮一场焦点战在郑州航海体育场打响，河南队坐镇主场迎战上海申花。上半场申花率先破门，下半场河南队连扳两球，取得新赛季首胜。\n\n赛后，河南队主教练表示，球队上半场有些紧张，下半场球员们执行战术很坚决，“这场胜利属于每一个留到最后的球迷”。\n"
    );
    // Verse set in lines of one length keeps its lines.
    let a = one("静夜思\n\n李　白\n\n床前明月光，\n疑是地上霜。\n举头望明月，\n低头思故乡。\n");
    assert!(a.body.contains("床前明月光，\\\n疑是地上霜。"), "{}", a.body);
}

#[test]
fn issue3_role_vouches_for_a_press_office_pen_name() {
    let a = one(
        "南阳警方破获一起跨省电信诈骗案\n\n近日，南阳市公安局宛城分局成功打掉一个犯罪团伙，抓获犯罪嫌疑人23名。（记者 郑建华 通讯员 宛公宣）\n",
    );
    assert_eq!(a.front.reporters, vec!["郑建华"]);
    assert_eq!(a.front.contributors, vec!["宛公宣"]);
    assert_eq!(a.body, "近日，南阳市公安局宛城分局成功打掉一个犯罪团伙，抓获犯罪嫌疑人23名。\n");
    // No role before it, a word that starts with no surname names no one;
    // the press office (`公宣`) sent the piece in, as `（…供稿）` says.
    let a = one("南阳警方破获一起跨省电信诈骗案\n\n近日，警方成功打掉一个犯罪团伙。（宛公宣）\n");
    assert!(a.front.reporters.is_empty(), "{:?}", a.front.reporters);
    assert_eq!(a.front.contributors, vec!["宛公宣"]);
    assert_eq!(a.body, "近日，警方成功打掉一个犯罪团伙。\n");
}

#[test]
fn issue3_wire_named_in_closing_brackets_is_the_agency() {
    let head = "日本央行维持利率不变\n\n日本央行昨天结束为期两天的货币政策会议，决定维持利率不变。\n\n";
    // `路透社` starts with a surname, but a wire is no writer.
    let a = one(&format!("{head}日元兑美元汇率小幅走弱。（路透社）\n"));
    assert_eq!(a.front.agency.as_deref(), Some("路透社"));
    assert!(a.front.reporters.is_empty(), "{:?}", a.front.reporters);
    // Two wires' copy merged: both named.
    let a = one(&format!("{head}日元兑美元汇率小幅走弱。（法新社/美联社）\n"));
    assert_eq!(a.front.agency.as_deref(), Some("法新社、美联社"));
    assert!(a.body.trim_end().ends_with("小幅走弱。"), "{}", a.body);
    // On a line of its own under the last paragraph.
    let a = one(&format!("{head}日元兑美元汇率小幅走弱。\n\n（法新社）\n"));
    assert_eq!(a.front.agency.as_deref(), Some("法新社"));
    assert!(a.body.trim_end().ends_with("小幅走弱。"), "{}", a.body);
    // A writer named so is still the writer; a wire and a name, neither.
    let a = one(&format!("{head}日元兑美元汇率小幅走弱。（赵六）\n"));
    assert_eq!(a.front.reporters, vec!["赵六"]);
    let a = one(&format!("{head}日元兑美元汇率小幅走弱。（法新社/赵六）\n"));
    assert_eq!(a.front.agency, None);
}

#[test]
fn issue3_wire_credit_under_a_caption_is_the_photos() {
    let story = "印尼新首都迁都计划再度推迟\n\n（雅加达综合讯）印度尼西亚政府宣布，原定今年启动的新首都公务员搬迁计划将推迟至2027年。\n\n";
    for credit in
        ["▲工人上个月在努山打拉的国家宫附近施工。（法新社）", "▲工人上个月在努山打拉的国家宫附近施工。\n\n（法新社）"]
    {
        let a = one(&format!("{story}{credit}\n"));
        assert_eq!(a.front.agency, None, "{credit}");
        assert!(a.body.contains("▲工人上个月在努山打拉的国家宫附近施工。"), "{credit}: {}", a.body);
    }
    // Under the story's last sentence, the wire sent the story.
    let a = one(&format!("{story}工人上个月仍在努山打拉的国家宫附近施工。（法新社）\n"));
    assert_eq!(a.front.agency.as_deref(), Some("法新社"));
}

#[test]
fn issue3_benbao_byline_ending_baodao_keeps_the_paper() {
    let text = "樟宜机场T5首阶段工程进度过半\n\n本报记者 陈俊宏 报道\n\n樟宜机场第五搭客大厦首阶段工程已完成超过一半，预计在2030年代中期启用。\n";
    let a = one(text);
    assert_eq!(a.front.reporters, vec!["陈俊宏"]);
    assert_eq!(a.front.agency.as_deref(), Some("本报"));
    // The bare name and 报道: whose reporter is not said.
    let a = one(&text.replace("本报记者 陈俊宏", "陈俊宏"));
    assert_eq!(a.front.reporters, vec!["陈俊宏"]);
    assert_eq!(a.front.agency, None);
}

#[test]
fn issue3_tip_line_and_call_for_copy_are_furniture() {
    let a = one(
        "马国首相安华访问新加坡\n\n（新加坡讯）马来西亚首相安华将于下周一（9日）对新加坡进行为期两天的正式访问。\n\n欢迎读者提供新闻线索：电邮 zbnews@sph.com.sg 或 WhatsApp 9118 8000\n",
    );
    assert_eq!(a.body, "马来西亚首相安华将于下周一（9日）对新加坡进行为期两天的正式访问。\n");
    assert!(!a.front.truncated);
    // A book review's closing note on the book, then where to send copy.
    let a = one(
        "在河流的褶皱里打捞时间\n\n□ 许嘉言\n\n《大河之书》是作家韩冬历时五年完成的一部长篇非虚构作品。\n\n（《大河之书》，韩冬著，中州古籍出版社2025年12月出版）\n\n读者来稿请发至：fukan@hnrb.com.cn\n",
    );
    assert!(a.body.trim_end().ends_with("2025年12月出版）"), "{}", a.body);
    assert!(!a.front.truncated);
    // A notice's own call for tips, a sentence of its text, stays.
    let a = one("警方征集线索\n\n警方正在调查此案。\n\n欢迎市民提供线索：请拨打110。如实提供者给予奖励。\n");
    assert!(a.body.contains("欢迎市民提供线索"), "{}", a.body);
}

#[test]
fn issue3_essay_signed_with_home_then_name() {
    let arts = page(
        "二月兰\n\n小区的围墙根下，不知什么时候冒出来一片二月兰。风一吹，整片都晃起来。\n\n每天下楼扔垃圾，我都要在那儿站一会儿，也算是春天给的一点私心。\n\n河南信阳　陈　默\n\n夜读\n\n台灯下\n一条河从书页里流出来\n漫过我的手背\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "二月兰"), (None, "夜读")]);
    assert_eq!(arts[0].front.reporters, vec!["陈默"]);
    assert!(arts[0].body.trim_end().ends_with("一点私心。"), "{}", arts[0].body);
    // A word after the place is no name: no one signs.
    let arts = page(
        "二月兰\n\n小区的围墙根下，不知什么时候冒出来一片二月兰。风一吹，整片都晃起来。\n\n河南信阳　见闻\n\n台灯下一条河从书页里流出来，漫过我的手背。\n",
    );
    assert!(
        arts.iter().all(|a| a.front.reporters.is_empty()),
        "{:?}",
        arts.iter().map(|a| &a.front.reporters).collect::<Vec<_>>()
    );
}

#[test]
fn issue3_four_characters_under_a_headline_are_its_second_line() {
    let a = one(
        "淇县人民代表大会常务委员会\n任免名单\n\n（2026年3月3日淇县第十五届人民代表大会常务委员会第二十三次会议通过）\n\n任命：\n张卫东为淇县教育局局长；\n李红霞为淇县卫生健康委员会主任。\n",
    );
    assert!(a.front.reporters.is_empty(), "{:?}", a.front.reporters);
    let head = format!("{}{}", a.front.kicker.as_deref().unwrap_or(""), a.front.title);
    assert_eq!(head, "淇县人民代表大会常务委员会任免名单");
    // A poet with a surname of two characters still signs under the title.
    let a = one("春天的几种写法\n欧阳晓东\n\n雷声还在远处\n像一个迟到的人\n在门外跺了跺脚\n");
    assert_eq!(a.front.reporters, vec!["欧阳晓东"]);
}

#[test]
fn issue3_credited_caption_between_headline_and_byline_is_no_deck() {
    for caption in [
        "Traders arrange their wares at the new Kongowea market yesterday. PHOTO | KEVIN ODIT | NATION MEDIA GROUP",
        "Traders arrange their wares at the new Kongowea market yesterday. PHOTO | KEVIN ODIT\n| NATION MEDIA GROUP",
    ] {
        let a = one(&format!(
            "Traders move to new market\n\n{caption}\n\nBy WINNIE ATIENO\n\nMore than 2,000 traders yesterday moved to the new Kongowea market in Mombasa after years of waiting.\n\nCounty officials said the market would ease congestion in the town centre.\n"
        ));
        assert_eq!(a.front.title, "Traders move to new market", "{caption}");
        assert_eq!(a.front.subtitle, None, "{caption}");
        assert_eq!(a.front.reporters, vec!["Winnie Atieno"], "{caption}");
        assert_eq!(a.front.contributors, vec!["Kevin Odit"], "{caption}");
        assert!(a.body.starts_with("Traders arrange their wares"), "{caption}: {}", a.body);
        assert!(!a.body.contains("NATION MEDIA"), "{caption}: {}", a.body);
    }
}

#[test]
fn issue3_masthead_with_its_edition_city_over_the_dated_folio_is_furniture() {
    let a = one(
        "THE TIMES OF INDIA, NEW DELHI\nTHURSDAY, MARCH 5, 2026                                                    4\nTIMES CITY\n\n\
         Metro corridor to open by June\n\nNew Delhi: The stretch is likely to open to passengers by June, DMRC officials said.\n",
    );
    assert_eq!(a.front.title, "Metro corridor to open by June");
    assert_eq!(a.front.section.as_deref(), Some("Times City"));
    // The paper's name alone, without the city, alike.
    let a = one(
        "THE TIMES OF INDIA\nTHURSDAY, MARCH 5, 2026                                                    4\nTIMES CITY\n\n\
         Metro corridor to open by June\n\nNew Delhi: The stretch is likely to open to passengers by June, DMRC officials said.\n",
    );
    assert_eq!(a.front.section.as_deref(), Some("Times City"));
}

#[test]
fn issue3_caption_ending_unstopped_in_a_labelled_photo_credit() {
    for cap in [
        "Passengers at the Majlis Park station on Wednesday   TOI PHOTO: ANINDYA CHATTOPADHYAY",
        "Passengers at the Majlis Park station on Wednesday Photo: Anindya Chattopadhyay",
        "Passengers at the Majlis Park station on Wednesday | TOI PHOTO: ANINDYA CHATTOPADHYAY",
    ] {
        let arts = page(&format!(
            "Metro's Phase 4 corridor to open by June\n\nNew Delhi: The 12.3km Majlis Park–Maujpur stretch is likely to open to passengers by June, DMRC officials said.\n\
             The new stretch will have eight stations.\n\n{cap}\n\nHC seeks report on\nencroachment at Sarai Kale Khan\n\n\
             New Delhi: Delhi high court has directed the MCD and DDA to file a status report within four weeks. TNN\n"
        ));
        assert_eq!(arts.len(), 2, "{cap}");
        assert_eq!(arts[0].front.contributors, vec!["Anindya Chattopadhyay"], "{cap}");
        assert_eq!(arts[1].front.title, "HC seeks report on encroachment at Sarai Kale Khan", "{cap}");
        assert_eq!(arts[1].front.subtitle, None, "{cap}");
    }
}

#[test]
fn issue3_bare_name_right_under_the_last_sentence_signs_the_story_above() {
    let arts = page(
        "Rail trail extension on track\n\nCycling tourism is booming on the Northern Rivers Rail Trail, with more than 160,000 people using it.\n\
         Tweed Shire Council will this month open tenders for the next 24km stretch to Byron Bay.\nRebecca Fist\n\n\
         Canberra flags bigger\ncuts to regional GP bulk-billing\n\nAustralian Associated Press\n\n\
         Regional doctors have warned that changes to Medicare incentives could push more clinics to stop bulk-billing.\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![(None, "Rail trail extension on track"), (None, "Canberra flags bigger cuts to regional GP bulk-billing")]
    );
    assert_eq!(arts[0].front.reporters, vec!["Rebecca Fist"]);
    assert_eq!(arts[1].front.agency.as_deref(), Some("AAP"));
    let arts = page(
        "Flood levee upgrade finally gets green light\n\nLismore's $42 million levee upgrade will go ahead after the state government signed off.\n\
         Construction is expected to start in August and take two years.\nJackie Munro\n\nRail trail extension on track\n\n\
         Cycling tourism is booming on the Northern Rivers Rail Trail.\n",
    );
    assert_eq!(arts.len(), 2);
    assert_eq!(arts[0].front.reporters, vec!["Jackie Munro"]);
    assert!(arts[0].body.trim_end().ends_with("take two years."), "{}", arts[0].body);
    assert_eq!(arts[1].front.title, "Rail trail extension on track");
    // Set apart from the text by a blank line, the name is no sign-off.
    let arts = page(
        "Flood levee upgrade finally gets green light\n\nLismore's $42 million levee upgrade will go ahead after the state government signed off.\n\
         Construction is expected to start in August and take two years.\n\nJackie Munro\n\nRail trail extension on track\n\n\
         Cycling tourism is booming on the Northern Rivers Rail Trail.\n",
    );
    assert!(
        arts.iter().all(|a| a.front.reporters.is_empty()),
        "{:?}",
        arts.iter().map(|a| &a.front).collect::<Vec<_>>()
    );
}

#[test]
fn issue3_column_break_before_a_line_closing_with_a_dashed_wire_credit_is_joined() {
    for end in [" — Bernama", " TNN", ""] {
        let a = one(&format!(
            "Palm oil exports seen rising\n\nKUALA LUMPUR: Malaysia's palm oil exports are expected to rise, cargo surveyors said.\n\
             Traders said lower stockpiles in Indonesia and a\n\nweaker ringgit had also supported prices.{end}\n"
        ));
        assert!(
            a.body.ends_with(
                "Traders said lower stockpiles in Indonesia and a weaker ringgit had also supported prices.\n"
            ),
            "{end}: {}",
            a.body
        );
    }
}

#[test]
fn issue3_desks_call_for_comments_by_email_at_the_foot_is_furniture() {
    let a = one("2 hurt in Marikina road crash\n\nBy Jerome Aniceto @JeromeAnicetoINQ\n\n\
         Two persons were injured when a dump truck rammed three vehicles along Sumulong Highway in Marikina City on Tuesday night, police said.\n\n\
         For comments and suggestions, email metro@inquirer.com.ph\n");
    assert_eq!(a.front.reporters, vec!["Jerome Aniceto"]);
    assert!(a.body.trim_end().ends_with("police said."), "{}", a.body);
    // A sentence of the story pointing to an address stays.
    let a = one("2 hurt in Marikina road crash\n\nBy Jerome Aniceto\n\n\
         Two persons were injured when a dump truck rammed three vehicles along Sumulong Highway on Tuesday night, police said.\n\n\
         Witnesses were asked to email the police at tips@pnp.gov.ph with any videos.\n");
    assert!(a.body.contains("tips@pnp.gov.ph"), "{}", a.body);
}

#[test]
fn issue3_place_set_off_by_a_bullet_is_the_dateline() {
    let a = one(
        "Grab posts first\nfull-year profit\n\nJAKARTA • Grab Holdings reported its first full-year profit on Wednesday as more customers used its services.\n\
         Revenue rose 19 per cent to US$3.2 billion.\nREUTERS\n",
    );
    assert_eq!(a.front.dateline.as_ref().and_then(|d| d.place.as_deref()), Some("Jakarta"));
    assert!(a.body.starts_with("Grab Holdings reported"), "{}", a.body);
    assert_eq!(a.front.agency.as_deref(), Some("Reuters"));
}

#[test]
fn issue3_dashed_name_closing_an_item_under_a_briefs_label_is_its_writer() {
    let arts = page(
        "METRO BRIEFS\n\nManila to give free rabies shots\nThe Manila Health Department will give free anti-rabies vaccines for dogs and cats at all barangay health centers from March 9 to 13. —MEL CASAS\n\n\
         2 hurt in Marikina road crash\nTwo persons were injured when a dump truck rammed three vehicles along Sumulong Highway in Marikina City on Tuesday night, police said. —JEROME ANICETO\n",
    );
    assert_eq!(arts.len(), 2);
    assert_eq!(arts[0].front.reporters, vec!["Mel Casas"]);
    assert!(arts[0].front.contributors.is_empty(), "{:?}", arts[0].front.contributors);
    assert_eq!(arts[1].front.reporters, vec!["Jerome Aniceto"]);
}

#[test]
fn issue3_a_headline_in_capitals_on_two_lines_after_a_story_heads_the_next() {
    let arts = page(
        "Bridge repairs finish early\n\nThe Harbour St bridge reopened on Monday, a month ahead of schedule.\nCrews will return in winter to resurface the approaches.\n\nSHARK SIGHTING CLOSES\nTWO NORTH COAST BEACHES\n\nLifeguards closed two beaches near Ballina after a large shark was seen close to shore.\nThe beaches will reopen once aerial patrols give the all-clear.\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        [(None, "Bridge repairs finish early"), (None, "SHARK SIGHTING CLOSES TWO NORTH COAST BEACHES")]
    );
    assert!(arts[1].body.starts_with("Lifeguards closed"), "{}", arts[1].body);
    // A label in capitals of two words over a headline in capitals is its kicker.
    let a = one(
        "WORLD NEWS\nLEADERS MEET IN GENEVA OVER CEASEFIRE\n\nForeign ministers from twelve countries met in Geneva on Wednesday to discuss a ceasefire.\nTalks continue today.\n",
    );
    assert_eq!(a.front.title, "LEADERS MEET IN GENEVA OVER CEASEFIRE");
}

#[test]
fn issue3_court_listings_with_a_headline_per_case_are_pieces_under_the_label() {
    let arts = page(
        "COURT ROUND-UP\n\nFined for speeding past school\nA VAN driver who was caught doing 52mph in a 20mph zone outside a primary school has been fined £400. Mark Hale, 44, of Bury, admitted the offence.\n\nJailed for shop thefts\nA SHOPLIFTER who stole £900 of goods from supermarkets in Rochdale has been jailed for ten weeks. Dean Platt, 29, pleaded guilty to six thefts.\n\nBanned after crash\nA MOTORIST who crashed into a wall while over the limit has been banned for 18 months. Sian Lowe, 31, of Heywood, was also fined £520.\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        [
            (Some("COURT ROUND-UP"), "Fined for speeding past school"),
            (Some("COURT ROUND-UP"), "Jailed for shop thefts"),
            (Some("COURT ROUND-UP"), "Banned after crash")
        ]
    );
    // Cases listed under the label without headlines stay one piece.
    let a = one(
        "COURT ROUND-UP\n\nThe following cases were dealt with at Bury Magistrates' Court:\nMark Hale, 44, of Bury, admitted speeding. Fined £400.\nDean Platt, 29, of Rochdale, admitted theft. Jailed for ten weeks.\n",
    );
    assert_eq!(a.front.title, "COURT ROUND-UP");
}

#[test]
fn issue3_a_listings_days_are_subheads_under_its_label() {
    let a = one(
        "GIG GUIDE\n\nSaturday, March 14\nThe Rubens with special guests, Lismore City Hall, doors 7pm. Tickets $49 at the box office.\nOpen mic night for local songwriters, Eltham Hotel, 7pm. Free entry.\n\nSunday, March 15\nJazz in the park with the Northern Rivers Big Band, Heritage Park, from noon.\n",
    );
    assert_eq!((a.front.kicker.as_deref(), a.front.title.as_str()), (None, "GIG GUIDE"));
    assert!(a.body.starts_with("## Saturday, March 14\n\nThe Rubens with"), "{}", a.body);
    assert!(a.body.contains("## Sunday, March 15"), "{}", a.body);
    let a = one(
        "SPORTS ON RADIO\nSaturday\nAFL: Lions vs. Swans, 7.30pm, Triple M\nCricket: Sheffield Shield, day three, 10am, ABC\n",
    );
    assert_eq!((a.front.title.as_str(), a.front.subtitle.as_deref()), ("SPORTS ON RADIO", None));
    assert!(a.body.starts_with("## Saturday\n\nAFL: Lions vs. Swans"), "{}", a.body);
    assert_eq!(a.front.dateline, None);
    assert!(a.body.contains("Cricket: Sheffield Shield"), "{}", a.body);
    // A label over a headline is its kicker still.
    let a = one(
        "WHAT'S ON\n\nOpen-air cinema returns to the riverbank\n\nThe summer film season opens on Friday with a family classic on the big screen.\nEntry is free.\n",
    );
    assert_eq!(
        (a.front.kicker.as_deref(), a.front.title.as_str()),
        (Some("WHAT'S ON"), "Open-air cinema returns to the riverbank")
    );
}

#[test]
fn issue3_a_game_storys_up_next_box_and_box_score_stay_in_it() {
    let a = one(
        "Celtics hold off Bucks\n\nBOSTON (AP) — Jayson Tatum scored 38 points and the Boston Celtics held off the Milwaukee Bucks 118-111 on Tuesday night.\nBoston has won six straight.\n\nMILWAUKEE (111)\nAntetokounmpo 14-22 8-11 36, Lillard 7-18 5-5 22, Portis 4-9 0-0 9. Totals 40-86 19-24 111.\nBOSTON (118)\nTatum 13-24 8-8 38, Brown 9-17 2-3 22, White 5-10 0-0 13. Totals 44-88 18-21 118.\nUP NEXT\nBucks: At Chicago on Thursday night.\nCeltics: Host Detroit on Friday night.\n",
    );
    assert_eq!(a.front.title, "Celtics hold off Bucks");
    assert_eq!(a.front.dateline.as_ref().and_then(|d| d.place.as_deref()), Some("Boston"));
    assert!(a.body.contains("Totals 40-86 19-24 111."), "{}", a.body);
    assert!(a.body.trim_end().ends_with("Celtics: Host Detroit on Friday night."), "{}", a.body);
    // A colon dateline opening a story under its headline is read still.
    let a = one(
        "Court orders probe into hoarding collapse\n\nMUMBAI: The Bombay high court on Wednesday ordered an inquiry into the collapse of a hoarding in Ghatkopar.\nThe hearing continues on Friday.\n",
    );
    assert_eq!(a.front.dateline.as_ref().and_then(|d| d.place.as_deref()), Some("Mumbai"));
}

#[test]
fn issue3_the_letters_policy_box_is_furniture() {
    let arts = page(
        "LETTERS TO THE EDITOR\n\nBus cuts hurt the elderly\n\nThe council's decision to cut the Sunday bus service leaves many older residents stranded at home.\nJoan Pryor, Millbrook\n\nLetter guidelines: Letters should be no longer than 200 words and must include a daytime phone number. Send them to letters@millbrookpost.com.\n",
    );
    assert_eq!(kickers_and_titles(&arts), [(Some("LETTERS TO THE EDITOR"), "Bus cuts hurt the elderly")]);
    assert!(!arts[0].body.contains("guidelines"), "{}", arts[0].body);
}

#[test]
fn issue3_a_column_label_heading_a_shared_page_labels_its_column() {
    let obituary = "OBITUARIES\n\nDorothy M. Fenwick\nMay 2, 1931 - March 1, 2026\n\nDorothy M. Fenwick, 94, of Glenwood, died Sunday at her home.\nServices will be held at 10 a.m. Friday at First Lutheran Church.\n";
    let arts = page(&format!(
        "{obituary}\nLETTERS TO THE EDITOR\n\nKeep the pool open\n\nThe city should find the money to keep the municipal pool open through September.\nDale Kruse, Glenwood\n"
    ));
    assert_eq!(
        kickers_and_titles(&arts),
        [(Some("OBITUARIES"), "Dorothy M. Fenwick"), (Some("LETTERS TO THE EDITOR"), "Keep the pool open")]
    );
    assert!(arts.iter().all(|a| a.front.section.as_deref() != Some("Obituaries")), "{:?}", arts[1].front.section);
    // A page of obituaries alone is the section's.
    let a = one(obituary);
    assert_eq!(a.front.section.as_deref(), Some("Obituaries"));
}

#[test]
fn issue3_the_newsrooms_call_for_stories_is_furniture() {
    for foot in [
        "Have a story? Contact the newsroom on 096 21000 or email news@westernpeople.ie",
        "For news tips call 011 633 9111 or email newsdesk@inl.co.za",
    ] {
        let a = one(&format!(
            "Ghana cedi steadies after central bank move\n\nACCRA (GNA) - The Ghana cedi held steady against the US dollar on Wednesday after the Bank of Ghana raised its policy rate.\nThe currency traded at 15.2 to the dollar.\n\n{foot}\n"
        ));
        assert!(a.body.trim_end().ends_with("15.2 to the dollar."), "{}", a.body);
        assert!(!a.front.truncated);
    }
}

#[test]
fn issue3_a_bracketed_byline_under_a_headline_opens_its_story() {
    let first = "男子网购手机骗退款　被刑拘\n本报讯　网购新手机后，一男子先后作案17次，骗取货款6万余元。近日，江汉警方将其抓获。\n目前，刘某已被刑事拘留。\n\n";
    for by in ["（文/图 记者 杨帆）", "（记者 杨帆）", "（文／圖 記者 楊帆）"] {
        let arts = page(&format!(
            "{first}小区电梯困人　消防十分钟破门\n{by}\n昨日上午10时许，洪山区一小区电梯突发故障，4名居民被困。消防救援人员10分钟后将被困人员全部救出。\n"
        ));
        assert_eq!(arts.len(), 2, "{by}: {:#?}", arts.iter().map(|a| &a.front.title).collect::<Vec<_>>());
        assert_eq!(arts[1].front.title, "小区电梯困人 消防十分钟破门", "{by}");
        assert_eq!(arts[1].front.reporters.len(), 1, "{by}");
        assert!(arts[1].body.starts_with("昨日上午10时许"), "{by}: {}", arts[1].body);
        assert!(!arts[0].body.contains("电梯"), "{by}: {}", arts[0].body);
    }
}

#[test]
fn issue3_a_folio_line_with_the_columns_head_beside_the_section() {
    let a = one(
        "SOUTH CHINA MORNING POST                                          Thursday, March 5, 2026\nB4  BUSINESS                                                                    MARKETS\n\nHang Seng snaps three-day\nlosing streak as tech rallies\n\nEnoch Yiu\nenoch.yiu@scmp.com\n\nHong Kong stocks rose on Wednesday, ending a three-day losing streak.\nTurnover on the main board rose to HK$198.6 billion.\n",
    );
    assert_eq!((a.front.kicker.as_deref(), a.front.section.as_deref()), (None, Some("Business")));
    assert_eq!(a.front.reporters, ["Enoch Yiu"]);
}

#[test]
fn issue3_a_writer_over_the_papers_name_in_capitals_is_no_dateline() {
    let a = one(
        "Snow-clearing budget already 85% spent\n\nJON WILLING\nOTTAWA CITIZEN\n\nThe city has spent $78 million of its $92-million winter maintenance budget, the public works department said.\nCrews are bracing for two more storms.\n",
    );
    assert_eq!(a.front.reporters, ["Jon Willing"]);
    assert_eq!(a.front.dateline, None);
    assert_eq!(a.front.agency.as_deref(), Some("Ottawa Citizen"));
}

#[test]
fn issue3_a_photographer_in_capitals_with_mc_before_the_slash() {
    let arts = page(
        "Mayor defends budget\n\nThe mayor defended the budget on Wednesday, saying it kept taxes low.\nCouncil votes next week.\n\nMayor Mark Sutcliffe speaks to reporters at city hall on Wednesday. ERROL McGIHON/POSTMEDIA NEWS\n\nLibrary cuts Sunday hours\n\nThe library will close two branches on Sundays starting in April.\n",
    );
    assert_eq!(kickers_and_titles(&arts), [(None, "Mayor defends budget"), (None, "Library cuts Sunday hours")]);
    assert_eq!(arts[0].front.contributors, ["Errol McGihon"]);
    assert!(arts[0].body.trim_end().ends_with("city hall on Wednesday."), "{}", arts[0].body);
}

#[test]
fn issue3_an_unstopped_caption_credited_to_file_ends_its_story() {
    let arts = page(
        "Gunmen abduct 14 travellers on\nAbuja-Kaduna highway\n\nFrom Chidi Okafor, Kaduna\n\nGunmen on Tuesday night abducted 14 passengers travelling on the Abuja-Kaduna highway.\nPolice confirmed the incident on Wednesday.\n\nTravellers at a checkpoint on the Abuja-Kaduna highway          Photo: File\n\nECONOMY\n\nFG, labour resume talks on\nnew minimum wage review\n\nBy Tunde Ajayi\n\nThe Federal Government and organised labour will on Monday resume negotiations on the minimum wage.\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        [
            (None, "Gunmen abduct 14 travellers on Abuja-Kaduna highway"),
            (Some("ECONOMY"), "FG, labour resume talks on new minimum wage review")
        ]
    );
    assert!(arts[0].body.trim_end().ends_with("on the Abuja-Kaduna highway"), "{}", arts[0].body);
    assert!(arts[0].front.contributors.is_empty(), "{:?}", arts[0].front.contributors);
    assert_eq!(arts[1].front.subtitle, None);
}

#[test]
fn issue3_pakistani_photo_services_dashed_after_a_caption() {
    // The desk's byline stays the writer: the caption's credit is the photo's.
    let a = one(
        "Water tankers to be banned on main roads\n\nStaff Reporter\n\nKARACHI: The Sindh government on Wednesday decided to ban the movement of water tankers on the city's main arteries during the day.\nThe decision was taken at a meeting at the Sindh Secretariat.\n\nMotorists wade through a flooded road near Tower on Wednesday. — Online\n",
    );
    assert_eq!((a.front.reporters.clone(), a.front.agency.clone()), (vec!["Staff Reporter".to_string()], None));
    assert_eq!(a.front.contributors, ["Online"]);
    let a = one(
        "KU teachers boycott classes over unpaid salaries\n\nBy Peerzada Salman\n\nKARACHI: Teachers at the University of Karachi boycotted classes for the third day on Wednesday.\n\"This is no way to run a public university,\" she said.\nStudents protest outside the administration block on Wednesday. — White Star\n",
    );
    assert_eq!(a.front.contributors, ["White Star"]);
    assert!(!a.front.truncated);
    assert!(a.body.trim_end().ends_with("block on Wednesday."), "{}", a.body);
}

#[test]
fn issue3_a_headline_line_opening_on_a_sum_goes_on() {
    let a = one(
        "Council balks at\n$1.2B transit bill\n\nStage 3 LRT price tag jumps\n40 per cent in new estimate\n\nBy JON WILLING\n\nThe estimated cost of extending the O-Train to Kanata has climbed to $4.2 billion, city staff said Wednesday.\nCouncillors questioned whether the city can afford it.\n",
    );
    assert_eq!(a.front.title, "Council balks at $1.2B transit bill");
    assert_eq!(a.front.subtitle.as_deref(), Some("Stage 3 LRT price tag jumps 40 per cent in new estimate"));
    assert_eq!(a.front.reporters, ["Jon Willing"]);
}

#[test]
fn issue3_a_match_reports_score_lines_are_no_subheads() {
    let a = one(
        "Knockmore see off Ballintubber in thriller\n\nReporter: Michael Gallagher\n\nKnockmore 1-14\nBallintubber 1-12\n\nKnockmore held their nerve to beat Ballintubber by two points in the opening round of the Mayo League on Sunday.\nA late goal from Aidan Cafferkey put Knockmore five points clear.\n",
    );
    assert!(a.body.starts_with("Knockmore 1-14\n\nBallintubber 1-12\n\nKnockmore held"), "{}", a.body);
}

#[test]
fn issue3_a_police_logs_dates_head_its_entries() {
    let a = one(
        "POLICE BLOTTER\n\nThe following incidents were reported to the Hillsboro Police Department.\n\nFeb. 24\n7:42 a.m. — A resident of the 400 block of Elm Street reported that someone had let the air out of her tires.\n3:15 p.m. — Officers responded to a two-vehicle crash at Main and Third streets.\n\nFeb. 25\n11:08 p.m. — Kyle R. Benton, 23, of Hillsboro was arrested on a charge of driving while intoxicated.\n",
    );
    assert_eq!(a.front.title, "POLICE BLOTTER");
    assert!(a.body.contains("Department.\n\n## Feb. 24\n\n7:42 a.m."), "{}", a.body);
    assert!(a.body.contains("## Feb. 25"), "{}", a.body);
}

#[test]
fn issue3_a_headline_that_names_no_one_ends_the_obituaries() {
    let arts = page(
        "Council approves pool repairs\n\nThe Hillsboro City Council voted 4-1 Tuesday to spend $86,400 on repairs to the municipal swimming pool.\nThe pool opens on Memorial Day weekend.\n\nOBITUARIES\n\nHarold E. Wiens\n\nHarold Eugene Wiens, 88, of Hillsboro died Monday, March 2, 2026, at Parkside Homes.\nFuneral services will be at 10:30 a.m. Saturday at Hillsboro Mennonite Brethren Church.\n\nBetty J. van der Berg\n\nBetty Jean van der Berg, 79, of Lehigh died Feb. 27, 2026, at Newton Medical Center.\n\nHillsboro High School honor roll\n\nThe following students were named to the Hillsboro High School honor roll for the third quarter.\nSeniors — All A's: Emma Schroeder, Caleb Vogt, Jacob Unruh.\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        [
            (None, "Council approves pool repairs"),
            (Some("OBITUARIES"), "Harold E. Wiens"),
            (Some("OBITUARIES"), "Betty J. van der Berg"),
            (None, "Hillsboro High School honor roll")
        ]
    );
}

#[test]
fn issue3_a_columnists_line_with_the_address_after_it_credits_the_writer() {
    let a = one(
        "MONEY MATTERS\n\nWhy the peg is safer than the sceptics think\n\nEvery few years the hedge funds come back to bet against the Hong Kong dollar, and every few years they lose money.\nThat does not mean the peg is free.\nJake van der Kamp is a veteran financial commentator. jake.vanderkamp@scmp.com\n",
    );
    assert_eq!(a.front.reporters, ["Jake van der Kamp"]);
    assert!(!a.front.truncated);
    assert!(a.body.contains("veteran financial commentator."), "{}", a.body);
}

#[test]
fn issue3_a_headless_brief_under_a_story_its_wire_signed() {
    let arts = page(
        "PM orders crackdown on hoarders ahead of Ramazan\n\nISLAMABAD: Prime Minister Shehbaz Sharif on Wednesday directed the provincial governments to take strict action against hoarders ahead of Ramazan. — APP\n\nHYDERABAD: A three-day book fair organised by the Sindh Culture Department will open at the Sindh Museum on Friday, the department said on Wednesday. — PPI\n",
    );
    assert_eq!(arts.len(), 2, "{:#?}", arts.iter().map(|a| &a.front.title).collect::<Vec<_>>());
    assert_eq!(arts[0].front.agency.as_deref(), Some("APP"));
    assert_eq!(arts[0].front.dateline.as_ref().and_then(|d| d.place.as_deref()), Some("Islamabad"));
    assert_eq!(arts[1].front.agency.as_deref(), Some("PPI"));
    assert_eq!(arts[1].front.dateline.as_ref().and_then(|d| d.place.as_deref()), Some("Hyderabad"));
    assert!(arts[1].body.starts_with("A three-day book fair"), "{}", arts[1].body);
}

#[test]
fn issue3_an_ad_desks_phone_line_with_its_address_is_furniture() {
    let arts = page(
        "我市启动春季招聘月\n本报讯（记者 孙丽）3月4日，市人社局启动春季招聘月活动，全月将举办各类招聘会46场。\n\n遗失声明\n张建国遗失残疾人证，证号：37020319650812XXXX，声明作废。\n\n本报发布广告电话：0532-88880000　地址：市南区东海西路28号\n",
    );
    assert_eq!(kickers_and_titles(&arts), [(None, "我市启动春季招聘月"), (None, "遗失声明")]);
    assert!(arts.iter().all(|a| a.front.dateline.is_none()));
    assert!(!arts[1].body.contains("0532-88880000"), "{}", arts[1].body);
    // 电话 is no lead's 电, whatever comes before it.
    let a = one("服务热线开通\n\n本报服务电话今起开通，市民可拨打咨询。\n");
    assert_eq!(a.front.dateline, None);
    assert!(a.body.starts_with("本报服务电话今起开通"), "{}", a.body);
}

#[test]
fn issue3_dashed_points_under_a_box_headline_are_a_list() {
    let arts = page(
        "代表团审议政府工作报告\n本报讯（记者 韩冰）3月4日，我省代表团审议政府工作报告。代表们踊跃发言。\n\n新闻链接\n政府工作报告中的几个关键数字\n——国内生产总值增长目标为5%左右\n——城镇新增就业1200万人以上\n——居民消费价格涨幅2%左右\n（本报特派记者　韩　冰　周　洋　整理）\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        [(None, "代表团审议政府工作报告"), (Some("新闻链接"), "政府工作报告中的几个关键数字")]
    );
    assert_eq!(arts[1].front.subtitle, None);
    assert!(arts[1].body.contains("- 国内生产总值增长目标为5%左右\n- 城镇新增就业1200万人以上\n"), "{}", arts[1].body);
    // One dashed line is the 副题 still.
    let a = one(
        "课后服务如何提质？\n——访省教育厅基础教育处处长张华\n\n本报记者　林小红\n记者：今年课后服务覆盖面有多大？\n",
    );
    assert_eq!(a.front.subtitle.as_deref(), Some("访省教育厅基础教育处处长张华"));
}

#[test]
fn issue3_a_schedule_of_days_set_apart_from_its_items_is_a_table() {
    let arts = page(
        "课后服务不能变成“第二课堂”\n省教育科学研究院研究员 王丽萍\n课后服务的定位是“服务”，不是延长教学时间。学校应把时间还给学生。\n\n2026年我省普通高校招生重要时间节点\n3月10日—3月25日　　普通高考网上报名\n4月15日—4月20日　　体育类专业统考\n6月7日—6月10日　　全国统一考试\n6月25日　　公布高考成绩\n（本报记者 林小红 整理）\n",
    );
    assert_eq!(arts.len(), 2, "{:#?}", arts.iter().map(|a| &a.front.title).collect::<Vec<_>>());
    assert!(!arts[0].body.contains("节点"), "{}", arts[0].body);
    assert_eq!(arts[1].front.title, "2026年我省普通高校招生重要时间节点");
    assert!(arts[1].body.contains("```text\n3月10日—3月25日　　普通高考网上报名\n"), "{}", arts[1].body);
    assert!(arts[1].body.contains("6月25日　　公布高考成绩\n```"), "{}", arts[1].body);
}

#[test]
fn issue3_a_photo_columns_captions_are_not_glued_to_the_story_above() {
    let arts = page(
        "联合国呼吁为苏丹筹集人道主义资金\n本报日内瓦3月4日电　（记者　陈　晨）联合国人道主义事务协调厅4日发出呼吁，请国际社会为苏丹筹集42亿美元人道主义援助资金。\n\n环球掠影\n3月3日，在印度新德里，民众参加洒红节庆祝活动。　新华社记者 张 伟摄\n3月4日，游客在法国巴黎埃菲尔铁塔下拍照。　本报驻法国记者　赵　丽摄\n",
    );
    assert_eq!(arts.len(), 3, "{:#?}", arts.iter().map(|a| &a.front.title).collect::<Vec<_>>());
    assert!(arts[0].front.contributors.is_empty(), "{:?}", arts[0].front.contributors);
    assert!(!arts[0].body.contains("掠影"), "{}", arts[0].body);
    assert_eq!(
        (arts[1].front.kicker.as_deref(), arts[1].front.title.as_str()),
        (Some("环球掠影"), "在印度新德里，民众参加洒红节庆祝活动")
    );
    assert_eq!(arts[1].front.contributors, vec!["张伟"]);
    assert_eq!(arts[2].front.contributors, vec!["赵丽"]);
}

#[test]
fn issue3_each_small_ad_under_its_own_label_is_a_piece() {
    let arts = page(
        "招聘\n某大型物流企业招聘叉车司机5名，持证上岗，月薪6000元以上，包食宿。电话：13900001111\n诚聘\n市南区某幼儿园诚聘幼儿教师3名，学前教育专业，有教师资格证。电话：0532-86660000\n",
    );
    assert_eq!(kickers_and_titles(&arts), [(None, "招聘"), (None, "诚聘")]);
    assert!(arts[1].body.starts_with("市南区某幼儿园"), "{}", arts[1].body);
}

#[test]
fn issue3_a_wires_photo_taken_from_another_wire_is_credited_not_run_on() {
    let arts = page(
        "联合国呼吁为苏丹筹集资金\n本报日内瓦3月4日电（记者 陈晨）联合国4日发出呼吁。\n\n环球掠影\n3月3日，在印度新德里，民众参加洒红节庆祝活动。　新华社记者 张 伟摄\n3月2日，在巴西里约热内卢，人们观看狂欢节桑巴游行。　新华社/法新\n",
    );
    assert_eq!(arts.len(), 3, "{:#?}", arts.iter().map(|a| &a.front.title).collect::<Vec<_>>());
    assert_eq!(arts[2].front.title, "在巴西里约热内卢，人们观看狂欢节桑巴游行");
    assert_eq!(arts[2].body, "3月2日，在巴西里约热内卢，人们观看狂欢节桑巴游行。\n");
    assert!(!arts[1].body.contains("巴西"), "{}", arts[1].body);
}

#[test]
fn issue3_a_forecast_run_in_after_its_label_is_no_line_of_the_brief_above() {
    let arts = page(
        "短訊\n本地二手樓價連升兩月\n中原城市領先指數CCL最新報143.52點，按周升0.8%，連續兩個月上升。\n明日天氣：多雲，有一兩陣微雨。氣溫18至23度。\n",
    );
    assert_eq!(arts.len(), 2, "{:#?}", arts.iter().map(|a| &a.front.title).collect::<Vec<_>>());
    assert!(!arts[0].body.contains("天氣"), "{}", arts[0].body);
    assert_eq!(arts[1].front.title, "明日天氣");
    assert_eq!(arts[1].body, "多雲，有一兩陣微雨。氣溫18至23度。\n");
    // A sentence about the weather is text.
    let a = one("春耕正忙\n\n本报讯（记者 张三）天气：晴好，农民抓紧时节下田。今年春播面积扩大。\n");
    assert!(a.body.starts_with("天气：晴好"), "{}", a.body);
}

#[test]
fn issue3_each_picture_of_a_photo_column_is_under_its_label() {
    let arts = page(
        "联合国呼吁为苏丹筹集资金\n本报日内瓦3月4日电（记者 陈晨）联合国4日发出呼吁。\n\n环球掠影\n3月3日，在印度新德里，民众参加洒红节庆祝活动。　新华社记者 张 伟摄\n3月4日，游客在法国巴黎埃菲尔铁塔下拍照。　本报驻法国记者　赵　丽摄\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        [
            (None, "联合国呼吁为苏丹筹集资金"),
            (Some("环球掠影"), "在印度新德里，民众参加洒红节庆祝活动"),
            (Some("环球掠影"), "游客在法国巴黎埃菲尔铁塔下拍照"),
        ]
    );
    // A story with its own headline after the column is not the column's.
    let arts = page(
        "图片新闻\n3月3日，民众参加洒红节庆祝活动。　新华社记者 张 伟摄\n\n日本央行维持利率不变\n据新华社电　日本银行4日决定维持短期政策利率不变。\n",
    );
    assert_eq!(arts[1].front.kicker, None);
    assert_eq!(arts[1].front.title, "日本央行维持利率不变");
}

#[test]
fn issue3_an_epaper_export_with_its_labels_in_brackets_fills_the_fields() {
    let arts = page(
        "【版面】第04版：经济·区域\n【日期】2026-03-05\n\n【引题】一季度重大项目集中开工\n【标题】我市87个项目总投资超560亿元\n【副标题】涵盖先进制造、新能源等领域\n【作者】本报记者 刘思远 通讯员 王  强\n【栏目】项目建设进行时\n【字数】612\n【正文】\n　　3月4日上午，全市一季度重大项目集中开工活动举行。\n\n【上一篇】【下一篇】【返回目录】\n\n【标题】高新区企业研发投入增长23%\n【作者】本报记者 赵  敏\n【正文】\n　　记者从高新区管委会获悉，研发经费投入达48.6亿元。\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        [(Some("一季度重大项目集中开工"), "我市87个项目总投资超560亿元"), (None, "高新区企业研发投入增长23%")]
    );
    let a = &arts[0];
    assert_eq!(a.front.subtitle.as_deref(), Some("涵盖先进制造、新能源等领域"));
    assert_eq!(a.front.section.as_deref(), Some("经济·区域"));
    assert_eq!(
        (a.front.reporters.clone(), a.front.contributors.clone()),
        (vec!["刘思远".to_string()], vec!["王强".to_string()])
    );
    assert_eq!(a.body, "3月4日上午，全市一季度重大项目集中开工活动举行。\n");
    assert_eq!(arts[1].front.reporters, vec!["赵敏"]);
    assert!(!arts.iter().any(|a| a.body.contains('【')), "{:?}", arts.iter().map(|a| &a.body).collect::<Vec<_>>());
}

#[test]
fn issue3_a_newspaper_databases_record_fields_are_not_text() {
    let arts = page(
        "标题：春灌用水有保障 全县水库蓄水量同比增两成\n副标题：已落实春灌面积42万亩\n作者：记者 孙立群 实习生 何 静\n报纸名称：临河日报\n报纸日期：2026-03-05\n版名：农业农村\n版号：04\n关键词：春灌;水库;蓄水\n正文：\n　　记者3月4日从县水利局获悉，全县28座中小型水库蓄水总量达1.36亿立方米。\n",
    );
    let a = &arts[0];
    assert_eq!(arts.len(), 1);
    assert_eq!(a.front.subtitle.as_deref(), Some("已落实春灌面积42万亩"));
    assert_eq!(a.front.section.as_deref(), Some("农业农村"));
    assert_eq!(
        (a.front.reporters.clone(), a.front.contributors.clone()),
        (vec!["孙立群".to_string()], vec!["何静".to_string()])
    );
    assert_eq!(a.body, "记者3月4日从县水利局获悉，全县28座中小型水库蓄水总量达1.36亿立方米。\n");
}

#[test]
fn issue3_an_address_sentence_closing_a_story_is_its_text() {
    let a = one(
        "日落公園長者免費報稅 即日起預約\n記者劉大衛／紐約報導\n　　布碌崙華人協會即日起為長者提供免費報稅服務。\n　　服務地址：5002 8th Ave., Brooklyn, NY 11220；預約電話：(718) 438-9312。\n",
    );
    assert!(
        a.body.ends_with("服務地址：5002 8th Ave., Brooklyn, NY 11220；預約電話：(718) 438-9312。\n"),
        "{}",
        a.body
    );
    // The paper's own address and numbers in its foot are still furniture.
    let a = one("标题新闻\n\n本报讯（记者 张三）正文内容。\n\n澳門日報社址：澳門新馬路　電話：二八三七一六八八\n");
    assert!(!a.body.contains("社址"), "{}", a.body);
}

#[test]
fn issue3_the_section_beside_the_page_editors_under_a_folio_opening_on_the_papers_name() {
    let a = one(
        "今日鹿邑　　2026年3月5日　星期四　　　　　　　　　　　　第4版\n党建·专版　　　　　　　　　　　　　　　　责任编辑：王静　校对：李娜\n\n红色引擎激活乡村发展“一池春水”\n县融媒体中心记者 张明 通讯员 李华\n　　初春时节，走进太清宫镇刘庄村，平整的水泥路通到家家户户。\n",
    );
    assert_eq!(a.front.section.as_deref(), Some("党建·专版"));
    assert_eq!(a.front.title, "红色引擎激活乡村发展“一池春水”");
}

#[test]
fn issue3_the_kind_of_report_after_the_writer_is_no_name() {
    let a =
        one("新能源车企2月交付量出炉\n本报记者 陈曦 综合报道\n　　3月1日以来，多家新能源车企陆续公布2月交付数据。\n");
    assert_eq!(a.front.reporters, vec!["陈曦"]);
    assert_eq!(a.front.agency.as_deref(), Some("本报"));
}

#[test]
fn issue3_a_notice_named_for_its_campaign_is_a_piece_of_its_own() {
    let arts = page(
        "老街的豆腐脑\n作者：郑伟\n　　老街口的豆腐脑摊子，已经摆了三十多年。街坊们说，老街变新了，味道没变。\n\n“舌尖上的家乡味”征稿启事\n　　本刊即日起开展“舌尖上的家乡味”征稿活动，欢迎广大读者讲述与美食有关的故事。\n",
    );
    assert_eq!(kickers_and_titles(&arts), [(None, "老街的豆腐脑"), (None, "“舌尖上的家乡味”征稿启事")]);
    assert!(!arts[0].body.contains("征稿"), "{}", arts[0].body);
}

#[test]
fn issue3_a_tip_box_closes_its_recipe() {
    let arts = page(
        "荠菜鲜肉馄饨\n文/图 本报记者 周晓梅\n　　荠菜鲜肉馄饨是本地人家家户户都会做的春季时令点心。\n小贴士\n　　焯荠菜时水中加少许盐和几滴油，可使颜色更翠绿。\n\n母亲的春卷\n　　每年开春，母亲总要做一回春卷。她说，立春吃春卷叫“咬春”。\n　　咬一口，满嘴都是春天的味道，也是家的味道。\n（作者单位：滨海市第二中学）\n",
    );
    assert_eq!(kickers_and_titles(&arts), [(None, "荠菜鲜肉馄饨"), (None, "母亲的春卷")]);
    assert!(arts[0].body.contains("## 小贴士\n\n焯荠菜时"), "{}", arts[0].body);
    assert!(arts[1].body.ends_with("（作者单位：滨海市第二中学）\n"), "{}", arts[1].body);
}

#[test]
fn issue3_a_headline_under_a_story_gone_to_another_page_heads_the_next_piece() {
    let arts = page(
        "一把刻刀守住千年年画\n本报记者 孟繁星\n　　在开封朱仙镇，一间作坊里，墨香和木香交织在一起。\n　　“年画不能只挂在博物馆里，得让年轻人喜欢。”尹浩说。（下转第6版）\n\n【人物简介】\n　　尹国全，1958年生，河南开封人，朱仙镇木版年画国家级代表性传承人。\n\n“那年冬天，全村人都来看皮影戏”\n口述：王德福　整理：本报记者 孟繁星\n　　我是1951年生人，十二岁跟着父亲学皮影。\n　　只要有人愿意学，我就愿意教。\n",
    );
    assert_eq!(kickers_and_titles(&arts), [(None, "一把刻刀守住千年年画"), (None, "“那年冬天，全村人都来看皮影戏”")]);
    assert_eq!(arts[0].front.continued_to, Some(6));
    assert!(arts[0].body.contains("人物简介"), "{}", arts[0].body);
    let b = &arts[1];
    assert_eq!(
        (b.front.reporters.clone(), b.front.contributors.clone()),
        (vec!["孟繁星".to_string()], vec!["王德福".to_string()])
    );
    assert!(b.body.starts_with("我是1951年生人"), "{}", b.body);
}

#[test]
fn issue3_coming_events_are_one_piece_each_with_their_times_and_places() {
    let arts = page(
        "活動預告\n■紐約華人策劃協會 長者健康講座\n時間：3月8日（周日）下午2時至4時\n地點：150 Elizabeth St., New York, NY 10012\n費用：免費，名額40人，請致電(212) 941-0920預約。\n■法拉盛華人社區中心 免費英語會話班\n時間：3月10日起，每周二晚間7時至9時\n地點：136-30 Roosevelt Ave., Flushing, NY 11354\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        [(Some("活動預告"), "紐約華人策劃協會 長者健康講座"), (Some("活動預告"), "法拉盛華人社區中心 免費英語會話班")]
    );
    assert_eq!(arts[1].front.subtitle, None);
    assert!(arts[1].body.starts_with("時間：3月10日起"), "{}", arts[1].body);
}

#[test]
fn issue3_items_under_a_flash_label_each_signed_in_brackets_are_briefs_of_their_own() {
    let arts = page(
        "新能源车企2月交付量出炉\n本报记者 陈曦\n　　3月1日以来，多家新能源车企陆续公布2月交付数据。\n\n快讯\n　　宁德时代（300750.SZ）3月4日公告，公司拟在匈牙利投资建设第二期电池工厂。（王蕾）\n　　中国平安（601318.SH）公告，截至2月末，公司累计回购A股股份1.25亿股。（陈曦）\n　　工业富联（601138.SH）3月4日晚间披露业绩快报，2025年营业收入同比增长28.6%。（李想）\n",
    );
    assert_eq!(arts.len(), 4, "{:#?}", arts.iter().map(|a| &a.front.title).collect::<Vec<_>>());
    let signed: Vec<(Option<&str>, Vec<String>)> =
        arts[1..].iter().map(|a| (a.front.kicker.as_deref(), a.front.reporters.clone())).collect();
    assert_eq!(
        signed,
        [
            (Some("快讯"), vec!["王蕾".to_string()]),
            (Some("快讯"), vec!["陈曦".to_string()]),
            (Some("快讯"), vec!["李想".to_string()])
        ]
    );
    assert_eq!(arts[2].body, "中国平安（601318.SH）公告，截至2月末，公司累计回购A股股份1.25亿股。\n");
}

#[test]
fn issue3_a_listed_companys_headline_with_its_code_is_the_title_over_its_deck() {
    let a = one(
        "贵州茅台（600519.SH）：去年营收同比增长15.7%\n拟每10股派现276.24元，分红总额超340亿元\n证券时报记者 王蕾 实习生 李想\n　　3月4日晚间，贵州茅台（600519.SH）发布2025年年度报告。\n",
    );
    assert_eq!(
        (a.front.kicker.as_deref(), a.front.title.as_str(), a.front.subtitle.as_deref()),
        (None, "贵州茅台（600519.SH）：去年营收同比增长15.7%", Some("拟每10股派现276.24元，分红总额超340亿元"))
    );
    assert_eq!(
        (a.front.reporters.clone(), a.front.contributors.clone()),
        (vec!["王蕾".to_string()], vec!["李想".to_string()])
    );
}

#[test]
fn issue3_a_caption_the_column_break_set_after_a_comma_is_moved_out_of_the_sentence() {
    let a = one(
        "一把刻刀守住千年年画\n本报记者 孟繁星\n　　尹国全14岁拜师学艺，至今已有五十多年。“刻版最讲究心静手稳，一块版刻坏一刀，就得从头再来。”他说，刻一块门神版，少则半个月，多则两个月。\n　　上世纪八十年代，年画市场一度萎缩，不少艺人改行。尹国全却守着作坊，\n图为尹国全在作坊内刻版。（资料图片）\n一边刻版一边琢磨新题材，把农村新生活、\n　　交通安全知识刻进年画里。\n",
    );
    assert!(
        a.body.ends_with("尹国全却守着作坊，一边刻版一边琢磨新题材，把农村新生活、交通安全知识刻进年画里。\n\n图为尹国全在作坊内刻版。（资料图片）\n"),
        "{}",
        a.body
    );
    let a = one(
        "華埠街頭清潔日 逾百義工掃街迎春\n記者顏嘉瑩／紐約報導\n　　曼哈頓華埠商業改進區（Chinatown BID）4日聯合中華公所等多個社團舉辦「春季街頭清潔日」，逾百名義工手持掃帚和垃圾袋，沿勿街（Mott Street）、擺也街（Bayard Street）及堅尼街（Canal Street）清理街道。\n　　市議員Christopher Marte出席活動時說，華埠疫後復甦緩慢，街道整潔是吸引遊客回流的第一步。他呼籲商戶每天早上\n圖：義工在勿街清理街道，迎接春季遊客。（記者顏嘉瑩／攝影）\n清理店門前的人行道，並承諾在市議會爭取更多清潔經費。\n",
    );
    assert!(a.body.contains("每天早上清理店門前的人行道"), "{}", a.body);
    assert!(a.body.ends_with("\n\n圖：義工在勿街清理街道，迎接春季遊客。\n"), "{}", a.body);
}

#[test]
fn issue3_the_fields_of_an_event_keep_their_lines_on_an_unwrapped_page() {
    let arts = page(
        "日落公園長者免費報稅 即日起預約\n記者劉大衛／紐約報導\n　　2025年度報稅季已經開始，布碌崙日落公園（Sunset Park）的華人社區組織「布碌崙華人協會」即日起為年收入低於$6萬7000元的家庭及65歲以上長者提供免費報稅服務，由經美國國稅局（IRS）認證的義工以中、英文協助填表。\n\n活動預告\n■紐約華人策劃協會 長者健康講座\n時間：3月8日（周日）下午2時至4時\n地點：150 Elizabeth St., New York, NY 10012\n費用：免費，名額40人，請致電(212) 941-0920預約。\n\n社區新聞熱線：(212) 226-5050　傳真：(212) 226-4040　電郵：nycommunity@worldjournal.com\n",
    );
    assert_eq!(arts.len(), 2, "{:#?}", arts.iter().map(|a| &a.front.title).collect::<Vec<_>>());
    assert!(arts[1].body.contains("NY 10012\n\n費用：免費"), "{}", arts[1].body);
    // The desk's hotline strip, a fax number spaced as a phone's, is furniture.
    assert!(!arts[1].body.contains("熱線"), "{}", arts[1].body);
}

#[test]
fn issue3_a_labelled_export_in_traditional_characters_is_read_by_its_labels() {
    let arts = page(
        "【標題】澳門輕軌東線明年通車\n【作者】記者 黃嘉欣\n【內容】\n　　運輸工務司司長昨日表示，輕軌東線隧道工程已完成約八成。\n【標題】議事亭前地遊客如織\n【作者】記者 何家文\n【內容】\n　　昨日下午議事亭前地遊客如織。\n",
    );
    assert_eq!(kickers_and_titles(&arts), [(None, "澳門輕軌東線明年通車"), (None, "議事亭前地遊客如織")]);
    assert_eq!(arts[0].front.reporters, vec!["黃嘉欣"]);
    assert_eq!(arts[1].body, "昨日下午議事亭前地遊客如織。\n");
}

#[test]
fn issue3_an_ap_separator_line_is_dropped_and_desk_writers_contribute() {
    let a = one(
        "Oil prices jump as OPEC+ signals deeper cuts\nBy STAN CHOE\nAP Business Writer\n\nNEW YORK (AP) — Oil prices jumped Wednesday after OPEC and its allies signaled deeper cuts.\nTreasury yields were mixed.\n___\nAP Business Writers Elaine Kurtenbach in Bangkok and Matt Ott in Washington contributed to this report.\n",
    );
    assert!(!a.body.contains("___"), "{}", a.body);
    assert!(a.body.ends_with("Treasury yields were mixed.\n"), "{}", a.body);
    assert_eq!(a.front.reporters, vec!["Stan Choe"]);
    assert_eq!(a.front.contributors, vec!["Elaine Kurtenbach", "Matt Ott"]);
}

#[test]
fn issue3_a_table_under_its_own_head_after_english_briefs_is_no_brief() {
    let arts = page(
        "BUSINESS BRIEFS\nFed's Powell to testify next week\nWASHINGTON (AP) — Federal Reserve Chair Jerome Powell will testify before the Senate Banking Committee on Tuesday, the committee said.\n___\nTarget earnings beat forecasts\nMINNEAPOLIS (AP) — Target reported fourth-quarter profit that beat analysts' expectations Wednesday.\n\nSTOCKS OF LOCAL INTEREST\nName             Last     Chg\nAT&T Inc        22.41    +.18\nBoeing Co      171.05   -2.08\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        [
            (Some("BUSINESS BRIEFS"), "Fed's Powell to testify next week"),
            (Some("BUSINESS BRIEFS"), "Target earnings beat forecasts"),
            (None, "STOCKS OF LOCAL INTEREST"),
        ]
    );
    assert!(!arts[0].body.contains("___"), "{}", arts[0].body);
}

#[test]
fn issue3_a_role_naming_its_patch_after_of_follows_the_name() {
    let a = one(
        "Storm warning as 80mph winds expected across north of England\n\nHelen Pidd North of England editor\n\nThe Met Office has issued an amber weather warning for much of northern England and southern Scotland.\nForecasters said the storm would clear east by Saturday morning.\n",
    );
    assert_eq!(a.front.reporters, vec!["Helen Pidd"]);
    assert_eq!(a.front.subtitle, None);
    assert!(a.body.starts_with("The Met Office"), "{}", a.body);
}

#[test]
fn issue3_a_figures_comma_does_not_cut_a_briefs_title() {
    let arts = page(
        "Briefs\n\nRas Al Khaimah: RAK Police said 1,200 traffic violations were recorded during the first week of a campaign.\n\nAjman: Ajman Municipality will close part of Sheikh Khalifa bin Zayed Street for road works from Friday.\n",
    );
    assert_eq!(arts.len(), 2, "{:#?}", arts.iter().map(|a| &a.front.title).collect::<Vec<_>>());
    assert_eq!(arts[0].front.title, "RAK Police said 1,200 traffic violations were recorded during the firs…");
    assert_eq!(arts[0].front.kicker.as_deref(), Some("Briefs"));
}

#[test]
fn issue3_a_bare_name_under_a_name_and_role_is_a_second_writer() {
    let a = one(
        "Ministers split over plan to\ncap council tax rises at 3%\nTreasury fears bills will still climb as backbenchers demand extra funding\n\nBen Smith Political correspondent\nKiran Stacey\n\nMinisters are divided over whether to cap council tax rises in England at 3% next year.\nThe plan is due to be discussed at cabinet next week.\n",
    );
    assert_eq!(a.front.reporters, vec!["Ben Smith", "Kiran Stacey"]);
    assert!(a.body.starts_with("Ministers are divided"), "{}", a.body);
}

#[test]
fn issue3_a_tabloid_stack_broken_after_a_possessive_is_one_headline() {
    let a = one(
        "Lotto winner's\n£1m gift to\nhospital ward\nBy MIKE HALL\n\nA LOTTO winner has handed £1million to the children's ward that saved his son's life.\nDave Morris, 45, from Wigan, scooped £9.2million in January.\n",
    );
    assert_eq!(a.front.title, "Lotto winner's £1m gift to hospital ward");
    assert_eq!(a.front.subtitle, None);
    assert_eq!(a.front.reporters, vec!["Mike Hall"]);
}

#[test]
fn issue3_club_notes_open_on_their_sport_and_are_signed_submitted_by() {
    let arts = page(
        "Around the clubs\n\nBOWLING: Duns Bowling Club held its annual meeting in the clubhouse on Friday evening. President Alan Turnbull reported that membership had risen to 86.\n\nCURLING: The Eyemouth rink of Jim Dodds, Ian Hood, Robert Cowe and skip Tom Bell won the Border Province bonspiel at Kelso on Sunday, beating Coldstream 7-5 in the final.\nSubmitted by Margaret Hood\n\nRUGBY: Berwick Colts went down 24-19 to Melrose at Shielfield on Saturday in a thrilling game that was only settled in the last minute.\n",
    );
    assert_eq!(arts.len(), 3, "{:#?}", arts.iter().map(|a| &a.front.title).collect::<Vec<_>>());
    assert!(
        arts.iter().all(|a| a.front.kicker.as_deref() == Some("Around the clubs")),
        "{:#?}",
        kickers_and_titles(&arts)
    );
    assert!(arts.iter().all(|a| a.front.dateline.is_none()));
    assert!(arts[0].body.starts_with("BOWLING: Duns"), "{}", arts[0].body);
    assert_eq!(arts[1].front.reporters, vec!["Margaret Hood"]);
    assert!(!arts[1].body.contains("Submitted"), "{}", arts[1].body);
}

#[test]
fn issue3_a_line_giving_an_email_address_is_no_headline() {
    let a = one(
        "Nostalgia\n\nSwimming gala at the old Berwick baths, 1968\n\nDo you recognise anyone in this photograph? It shows the annual swimming gala held at the old Berwick baths in the summer of 1968.\nThe baths, on Bridge Street, closed in 1989 and were demolished to make way for housing.\nIf you have memories of the gala, email us at news@berwickshirenews.co.uk\n\nCompetitors line up for the start of the 50 yards freestyle. Picture courtesy of Berwick Record Office\n",
    );
    assert_eq!(a.front.title, "Swimming gala at the old Berwick baths, 1968");
    assert!(a.body.contains("email us at news@berwickshirenews.co.uk\n"), "{}", a.body);
    assert!(a.body.contains("Competitors line up"), "{}", a.body);
}

#[test]
fn issue3_a_dashed_file_photo_credit_names_no_one() {
    let a = one(
        "Water released from Mettur for delta irrigation\nThe water level in the Mettur dam stood at 98.4 ft on Wednesday. — FILE PHOTO\n",
    );
    assert!(a.front.contributors.is_empty(), "{:?}", a.front.contributors);
    assert_eq!(a.body, "The water level in the Mettur dam stood at 98.4 ft on Wednesday.\n");
}

#[test]
fn issue3_read_more_pointing_to_the_papers_site_is_furniture() {
    let a = one(
        "Shamed council boss's £90k payoff\nBy JOHN SMITH\n\nA COUNCIL chief who quit after a damning report walked away with a £90,000 payoff, the Mirror can reveal.\nA council spokesman said the agreement was \"in line with contractual obligations\".\nRead more: mirror.co.uk/news\n\nPAYOUT: Gary Wilkins left his post last month. Picture: SWNS\n",
    );
    assert!(!a.body.contains("Read more"), "{}", a.body);
    assert!(a.body.ends_with("PAYOUT: Gary Wilkins left his post last month.\n"), "{}", a.body);
    assert_eq!(a.front.dateline, None);
}

#[test]
fn issue3_a_picture_courtesy_of_run_in_after_a_caption_credits_the_lender() {
    let a = one(
        "Swimming gala at the old Berwick baths, 1968\n\nDo you recognise anyone in this photograph? It shows the annual swimming gala held at the old Berwick baths in the summer of 1968.\n\nCompetitors line up for the start of the 50 yards freestyle. Picture courtesy of Berwick Record Office\n",
    );
    assert_eq!(a.front.contributors, vec!["Berwick Record Office"]);
    assert!(a.body.ends_with("Competitors line up for the start of the 50 yards freestyle.\n"), "{}", a.body);
    assert!(!a.front.truncated);
}

/// A picture agency's initials in a caption's credit (`Picture: SWNS`) stay
/// as printed; they were title-cased as a name (`Swns`).
#[test]
fn issue3_an_agencys_initials_in_a_photo_credit_stay_in_capitals() {
    let a = one(
        "Lottery winner gives away fortune\n\nBy JOHN SMITH\n\nA lottery winner has given away most of his fortune to a hospital.\n\nPictured: the winner at home. Picture: SWNS\n\nHe said he had no regrets.\n",
    );
    assert_eq!(a.front.reporters, vec!["John Smith"]);
    assert_eq!(a.front.contributors, vec!["SWNS"]);
}

/// A US daily's jump page: the slug set off by a rule (`BUDGET | From Page
/// A1`) was read as the first words of a sentence and run into the text
/// under it; a headline ending `(Continued from A1)` kept the jump.
#[test]
fn issue3_jump_page_slugs_with_a_rule_and_a_bracketed_jump_after_the_head() {
    let arts = page(
        "A6   THE MILLBROOK COURIER   THURSDAY, MARCH 5, 2026\n\nBUDGET | From Page A1\n\nrevenue after the closure of the Riverside Mall last year, Reyes said.\nCouncil member Angela Ruiz said she would oppose any cut to library hours.\n\nFIRE: Crews had to pump water from creek (Continued from A1)\n\nMarsh said crews had to draw water from nearby Miller Creek.\nThe cause of the fire is under investigation.\n",
    );
    assert_eq!(arts.len(), 2, "{:#?}", kickers_and_titles(&arts));
    assert_eq!(arts[0].front.continued_from, Some(1));
    assert!(arts[0].body.starts_with("revenue after the closure"), "{}", arts[0].body);
    assert_eq!(arts[1].front.title, "FIRE: Crews had to pump water from creek");
    assert_eq!(arts[1].front.continued_from, Some(1));
    // Under a box of rows (a front page's index) the jumped part starts too.
    let arts = page(
        "Crews battle warehouse blaze\nBy DAVID OKAFOR\n\nFirefighters spent six hours battling a fire at a vacant warehouse early Wednesday.\nPlease see FIRE | A4\n\nINSIDE\nObituaries ..... A5\nOpinion ..... A7\nSports ..... B1\n\nBUDGET | From Page A1\n\nrevenue after the closure of the Riverside Mall last year, Reyes said.\nCouncil member Angela Ruiz said she would oppose any cut to library hours.\n",
    );
    assert_eq!(arts[0].front.continued_from, None);
    assert_eq!(arts[0].front.continued_to, Some(4));
    let last = arts.last().unwrap();
    assert_eq!(last.front.continued_from, Some(1));
    assert!(last.body.starts_with("revenue after the closure"), "{}", last.body);
}

/// `PUBLIC SAFETY` under a folio, over `Police blotter` and its `Compiled
/// by` line: the section head, though the headline under it runs two words.
#[test]
fn issue3_a_section_head_over_a_short_headline_and_its_byline() {
    let a = one(
        "The Cedar Falls Gazette   March 5, 2026   Page 4\nPUBLIC SAFETY\n\nPolice blotter\nCompiled by Megan Hart\n\nThe following items were taken from Cedar Falls Police Department reports.\n7:14 a.m. — A caller in the 300 block of Main Street reported a car window smashed overnight.\n",
    );
    assert_eq!(a.front.section.as_deref(), Some("Public Safety"));
    assert_eq!(a.front.title, "Police blotter");
    assert_eq!(a.front.reporters, vec!["Megan Hart"]);
}

/// A quote box: the quotation, then its speaker with a post after a comma.
/// The speaker was taken for the next story's headline.
#[test]
fn issue3_a_quote_boxes_speaker_with_a_post_is_no_headline() {
    let arts = page(
        "Beijing expands subsidies\nBy ZHANG YI in Beijing\n\nBeijing will expand subsidies for home-based elderly care services this year, the bureau said on Wednesday.\n\"The goal is to let older people age in the places they know,\" Li said.\n\nQUOTE\n\"We want every village to have a doctor it can rely on.\"\nWang Jing, deputy to the National People's Congress\n\nRural clinics get boost\nfrom digital network\nBy WANG XIAOYU in Wuhan\n\nRural clinics in Hubei province have been linked to top hospitals in Wuhan.\n",
    );
    let last = arts.last().unwrap();
    assert_eq!(last.front.title, "Rural clinics get boost from digital network");
    assert_eq!(last.front.subtitle, None);
    assert!(arts.iter().any(|a| a.body.contains("National People's Congress")));
}

/// `OBITUARY` over the name under a corrections box: a label of its own
/// that ends the box, not two subheads in it.
#[test]
fn issue3_an_obituary_label_ends_the_corrections_box_above() {
    let arts = page(
        "CORRECTIONS\nA story on Page 3 of the Feb. 26 edition misstated the date of the spring concert. The concert is March 19.\n\nOBITUARY\nDorothy Mae Jensen\nDorothy Mae Jensen, 91, of Cedar Falls, died Saturday, Feb. 28, 2026, at Western Home Communities.\nServices will be at 10:30 a.m. Saturday at First Lutheran Church.\n",
    );
    assert_eq!(kickers_and_titles(&arts), [(None, "CORRECTIONS"), (Some("OBITUARY"), "Dorothy Mae Jensen")]);
}

/// A New Zealand regional's `Court` column: each case under its own head.
#[test]
fn issue3_a_court_column_of_headed_cases() {
    let arts = page(
        "Court\n\nMan admits assault at Octagon bar\nA 27-year-old man who punched a stranger outside an Octagon bar has been remanded on bail for sentencing.\nJudge Emma Smith remanded him to April 14.\n\nDrink-driver banned\nA Mosgiel woman caught driving with more than three times the legal limit has been disqualified from driving for nine months.\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        [(Some("Court"), "Man admits assault at Octagon bar"), (Some("Court"), "Drink-driver banned")]
    );
}

/// A Malaysian `Briefs` column whose wire brief is signed `— Bernama` on a
/// line of its own: still an item of the column.
#[test]
fn issue3_a_wire_brief_signed_on_its_own_line_stays_in_its_column() {
    let arts = page(
        "Briefs\n\nTwo held over RM50,000 theft\nJOHOR BARU: Police have arrested two men over the theft of copper cables in Skudai. — Bernama\n\nSiti Nurhaliza to headline charity concert\nKUALA LUMPUR: Datuk Seri Siti Nurhaliza Tarudin will headline a charity concert at Bukit Jalil on April 18.\n— Bernama\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        [
            (Some("Briefs"), "Two held over RM50,000 theft"),
            (Some("Briefs"), "Siti Nurhaliza to headline charity concert")
        ]
    );
    assert!(arts.iter().all(|a| a.front.agency.as_deref() == Some("Bernama")));
}

/// `… call the police. — By RAHIMY RAHIM`: a Malaysian brief or picture
/// story signed after its last sentence; the name was left in the text.
#[test]
fn issue3_a_dashed_by_line_after_the_last_sentence_signs_the_piece() {
    let a = one(
        "Girl missing in Kuantan\n\nNur Aisyah binti Kamarul Ariffin, 9, was reported missing in Kuantan on Monday. Her\nfamily has urged anyone with information to call the police. — By RAHIMY RAHIM\n",
    );
    assert_eq!(a.front.reporters, vec!["Rahimy Rahim"]);
    assert!(a.body.trim_end().ends_with("call the police."), "{}", a.body);
    assert!(!a.front.truncated);
}

/// A notice closing on how to reach its issuer (`联系电话：…`, `通信地址：…`,
/// no full stop) is still over at its signature and date: the next
/// notice's heads start a piece of their own, not subheads of this one.
#[test]
fn issue3_a_notice_ending_on_contact_fields_ends_at_its_signature() {
    let arts = page(
        "干部任前公示\n\n经市委研究，现将拟任职干部情况予以公示。\n王建国，男，1978年5月生，现任市发展和改革委员会副主任，拟任市工业和信息化局局长。\n公示期间，如有情况反映，可向市委组织部反映。\n联系电话：0731-12380\n通信地址：南江市人民中路1号市委组织部干部监督科（邮编：410000）\n中共南江市委组织部\n2026年3月4日\n\n南江市教育局\n公开招聘事业单位工作人员拟聘用人员公示\n\n经笔试、面试、体检和考察等程序，现将拟聘用人员名单公示如下：刘思雨，女，市一中语文教师。\n南江市教育局\n2026年3月4日\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![(None, "干部任前公示"), (Some("南江市教育局"), "公开招聘事业单位工作人员拟聘用人员公示")]
    );
    assert!(arts[0].body.ends_with("中共南江市委组织部\n\n2026年3月4日\n"), "{}", arts[0].body);
}

/// `报道：黄慧敏` over `摄影：陈国强` under a story's last sentence, unboxed,
/// sign the story above, and the short paragraph under them is its photo's
/// caption (Malaysian papers set it unmarked), not a story of its own.
#[test]
fn issue3_unboxed_work_credits_sign_the_story_above_with_its_caption() {
    let arts = page(
        "隆市政局拨款RM2500万\n提升甲洞组屋区设施\n\n（吉隆坡4日讯）吉隆坡市政局今年将拨款2500万令吉，为甲洞一带12个组屋区进行提升工程。\n出席者包括吉隆坡市长拿督斯里麦米仑、甲洞区国会议员林立迎等。\n报道：黄慧敏\n摄影：陈国强\n\n赛扎丽娜（左3）在麦米仑（左2）陪同下巡视甲洞组屋区，了解居民需求。\n\n雪州水供中断\n20万户受影响\n\n（莎阿南4日讯）雪兰莪水供公司宣布，部分地区将从本月6日起面对水供中断。\n",
    );
    assert_eq!(arts.len(), 2, "{:#?}", kickers_and_titles(&arts));
    assert_eq!(arts[0].front.reporters, vec!["黄慧敏"]);
    assert_eq!(arts[0].front.contributors, vec!["陈国强"]);
    assert!(arts[0].body.ends_with("了解居民需求。\n"), "{}", arts[0].body);
    assert!(arts[1].front.reporters.is_empty());
}

/// `来论` (a contributed commentary's label) over a headline, under a brief
/// signed in brackets, labels the next piece: `来` is a surname, but a
/// known label is no writer's name.
#[test]
fn issue3_a_commentary_label_under_a_signed_brief_is_no_signature() {
    let arts = page(
        "短评\n\n为“小哥驿站”点赞\n我市在社区建成“小哥驿站”86个，温暖了劳动者的心。（秦 岭）\n\n来论\n\n别让“指尖上的形式主义”卷土重来\n□ 韩 磊\n\n一些基层干部反映，手机里的工作群有二三十个。这种“指尖上的形式主义”加重了基层负担。\n",
    );
    assert_eq!(arts.len(), 2, "{:#?}", kickers_and_titles(&arts));
    assert_eq!(arts[0].front.reporters, vec!["秦岭"]);
    assert_eq!(arts[1].front.kicker.as_deref(), Some("来论"));
    assert_eq!(arts[1].front.reporters, vec!["韩磊"]);
}

/// `文/苏 晴  图/吴 越`: names padded to three characters' width after the
/// work's slash are names too, so the photographer is credited.
#[test]
fn issue3_padded_names_after_the_works_slash_are_both_credited() {
    let a = one("花开江南 赴一场春日之约\n\n文/苏 晴  图/吴 越\n\n三月的江南，是被花香唤醒的。一路向南，春意渐浓。\n");
    assert_eq!(a.front.reporters, vec!["苏晴"]);
    assert_eq!(a.front.contributors, vec!["吴越"]);
}

/// `一线传真` (dispatches from the field) and `医院动态` are brief columns:
/// every item under them, each signed in brackets, has the label as kicker.
#[test]
fn issue3_field_dispatch_and_news_columns_label_every_item() {
    for label in ["一线传真", "医院动态"] {
        let arts = page(&format!(
            "{label}\n\n双河乡：20万斤良种送到田间地头\n连日来，双河乡组织农技人员深入各村开展春耕服务。（周建军）\n\n青石镇：高标准农田建设提速\n青石镇今年计划建设高标准农田1.5万亩。（陈 露 王浩然）\n"
        ));
        assert_eq!(
            kickers_and_titles(&arts),
            vec![(Some(label), "双河乡：20万斤良种送到田间地头"), (Some(label), "青石镇：高标准农田建设提速")]
        );
        assert_eq!(arts[1].front.reporters, vec!["陈露", "王浩然"]);
    }
}

/// `组图：图①② 本报记者 徐 阳 摄  图③ 新华社记者 黄宗治 摄`: a photo page
/// names each picture before its photographer; `组图` and `图①②` are no one.
#[test]
fn issue3_a_photo_sets_picture_numbers_credit_no_one() {
    let a = one(
        "春到江南\n\n①3月3日，游客在南湖公园赏樱花。\n②3月4日，市民在滨江绿道骑行踏青。\n\n组图：图①② 本报记者 徐 阳 摄  图③ 新华社记者 黄宗治 摄\n",
    );
    assert_eq!(a.front.contributors, vec!["徐阳", "黄宗治"]);
}

/// `本版摄影编辑：徐 阳    责任编辑：高 翔`: the page's photo editor is an
/// editor's credit like the others, furniture, not a story's last line.
#[test]
fn issue3_a_photo_editors_credit_is_furniture() {
    let a = one(
        "“追光者”眼中的城市新变化\n本报记者 徐 阳\n\n展览将持续至3月31日，市民可免费参观。\n\n本版摄影编辑：徐 阳    责任编辑：高 翔\n",
    );
    assert_eq!(a.body, "展览将持续至3月31日，市民可免费参观。\n");
}

/// `星洲日报大都会新闻组热线：03-7965 8888    电邮：…`: the paper's and
/// desk's tip line, its number spaced, is furniture like `新闻热线：…`.
#[test]
fn issue3_a_desks_tip_line_with_the_papers_name_is_furniture() {
    let a = one(
        "雪州水供中断\n\n（莎阿南4日讯）雪兰莪水供公司宣布，部分地区将从本月6日起面对水供中断。\n\n星洲日报大都会新闻组热线：03-7965 8888    电邮：metro@sinchew.com.my\n",
    );
    assert_eq!(a.body, "雪兰莪水供公司宣布，部分地区将从本月6日起面对水供中断。\n");
    assert!(!a.front.truncated);
}

/// `春季过敏高发 专家提醒：` over `鼻炎患者别硬扛` and its `——` deck, over the
/// lead: the line ending on a colon is the headline's 引题, the kicker, not
/// a piece of its own, with the deck standing between it and the lead.
#[test]
fn issue3_a_kicker_ending_on_a_colon_over_headline_and_deck() {
    let a = one(
        "春季过敏高发 专家提醒：\n鼻炎患者别硬扛\n——市第一人民医院变态反应科门诊量较上月增加三成\n\n本报讯（记者 钱雨桐 通讯员 孙静怡）立春以后，气温回升，花粉、尘螨等过敏原随之活跃。\n",
    );
    assert_eq!(a.front.kicker.as_deref(), Some("春季过敏高发 专家提醒："));
    assert_eq!(a.front.title, "鼻炎患者别硬扛");
    assert_eq!(a.front.subtitle.as_deref(), Some("市第一人民医院变态反应科门诊量较上月增加三成"));
}

/// `记者手记` over a headline of its own, under a picture story closed by
/// its photo credit: a sidebar piece with the label as kicker, as it is
/// under a story's last sentence.
#[test]
fn issue3_a_comment_box_with_its_own_headline_after_a_photo_credit() {
    let arts = page(
        "图片新闻\n\n3月2日，在凤凰镇万亩油菜基地，农机手驾驶植保无人机为油菜喷施叶面肥。\n（通讯员 许文斌 摄）\n\n记者手记\n“空壳村”蝶变的启示\n在李家湾村采访，记者感受最深的是村民精气神的变化。乡村振兴，产业是根本。\n",
    );
    assert_eq!(arts.len(), 2, "{:#?}", kickers_and_titles(&arts));
    assert_eq!(kickers_and_titles(&arts)[1], (Some("记者手记"), "“空壳村”蝶变的启示"));
    assert_eq!(arts[0].front.contributors, vec!["许文斌"]);
}

/// `门诊时间：…` under an expert box's last sentence is a field of the box,
/// no kicker of the column below it (`名医坐诊` over its headline).
#[test]
fn issue3_a_field_line_under_a_box_is_no_kicker_of_the_next_piece() {
    let arts = page(
        "鼻炎患者别硬扛\n\n本报讯（记者 钱雨桐）立春以后，过敏原随之活跃。\n\n■专家简介\n刘建华，市第一人民医院变态反应科主任、主任医师。擅长过敏性鼻炎的诊治。\n门诊时间：每周二全天、周四上午（门诊楼三楼变态反应科）\n\n名医坐诊\n\n孩子反复咳嗽 是不是得了哮喘？\n\n读者 王女士 问：我家孩子今年5岁，入冬以来反复咳嗽。请问孩子是不是得了哮喘？\n市妇幼保健院儿童呼吸科副主任医师 陈雅琴 答：要警惕咳嗽变异性哮喘。\n（本报记者 钱雨桐 整理）\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![(None, "鼻炎患者别硬扛"), (Some("名医坐诊"), "孩子反复咳嗽 是不是得了哮喘？")]
    );
    assert!(arts[0].body.ends_with("门诊时间：每周二全天、周四上午（门诊楼三楼变态反应科）\n"), "{}", arts[0].body);
}

/// `（作者系省社会科学院文化研究所研究员 周文博）` closing an unsigned
/// commentary names its writer after the post: the writer is credited and
/// the note stays the piece's last line.
#[test]
fn issue3_a_closing_note_naming_the_writer_after_the_post_signs_the_piece() {
    let a = one(
        "编者按：近期，一些地方出现“网红景区”过度营销的现象。本报特邀专家撰文，敬请关注。\n\n“网红”要变“长红”，靠的是内功\n流量是一时的，口碑才是长久的。不少景区借助短视频平台“一夜爆红”。\n“网红”要变“长红”，必须在内功上下功夫。\n（作者系省社会科学院文化研究所研究员 周文博）\n",
    );
    assert_eq!(a.front.reporters, vec!["周文博"]);
    assert!(a.body.ends_with("（作者系省社会科学院文化研究所研究员 周文博）\n"), "{}", a.body);
    let a = one("别让形式主义卷土重来\n□ 韩 磊\n\n减负不是减责任。\n（作者系南江大学公共管理学院教授）\n");
    assert_eq!(a.front.reporters, vec!["韩磊"]);
}

/// A byline set beside its headline on the same line, a gutter apart
/// (`春天的约会        作者：朱 岩`, a cartoon's `《“打卡”》   作者：朱 岩`,
/// `Council approves budget      By John Smith`), credits the writer and
/// leaves the title clean; a sentence or a table row with wide gaps is
/// left as it is.
#[test]
fn issue3_a_byline_beside_its_headline_on_one_line_credits_the_writer() {
    let a = one("春天的约会                    作者：朱 岩\n\n春天来了，河边的柳树发芽了。我们一家人去公园散步。\n");
    assert_eq!((a.front.title.as_str(), a.front.reporters.clone()), ("春天的约会", vec!["朱岩".to_string()]));
    let a = one("春天的约会　　　　文/朱 岩\n\n春天来了，河边的柳树发芽了。我们一家人去公园散步。\n");
    assert_eq!((a.front.title.as_str(), a.front.reporters.clone()), ("春天的约会", vec!["朱岩".to_string()]));
    let a = one(
        "Council approves budget                By John Smith\n\nThe city council approved the budget on Tuesday after a long debate about road repairs.\n",
    );
    assert_eq!(
        (a.front.title.as_str(), a.front.reporters.clone()),
        ("Council approves budget", vec!["John Smith".to_string()])
    );
    let arts = page(
        "让“一网通办”真正“一次办好”\n本报评论员\n\n近年来，随着“一网通办”改革深入推进，群众和企业办事越来越便利。\n\n漫画\n\n《“打卡”》                                  作者：朱 岩\n",
    );
    let cartoon = arts.last().unwrap();
    assert_eq!(cartoon.front.title, "《“打卡”》");
    assert_eq!(cartoon.front.reporters, vec!["朱岩"]);
    // A sentence that ends before the gap keeps its words where they were.
    let a = one("市民热议新规\n\n新规今天起施行。       作者：朱 岩\n");
    assert_eq!(a.front.title, "市民热议新规");
}

/// A letter signed with the name over a one-word town (`Andrea Lewis` /
/// `Mandeville`) is signed so even when the column's own address line,
/// `Send letters to …`, stands under it: that line is no piece of its own.
#[test]
fn issue3_a_last_letter_signed_over_the_columns_address_line() {
    let arts = page(
        "LETTERS TO THE EDITOR\n\nFix the potholes\n\nTHE EDITOR, Sir:\nAnyone who drives along Washington Boulevard knows that the potholes there have become a danger to life and limb.\nThe council and the works agency keep blaming each other while taxpayers pay for new tyres and rims.\nDelroy Campbell\nDuhaney Park, St Andrew\n\nBring back civics in schools\n\nTHE EDITOR, Madam:\nYoung people today can tell you everything about the latest artiste but nothing about how a bill becomes law.\nCivics should be a compulsory subject from grade seven. An informed citizen is the foundation of any democracy.\nAndrea Thompson-Lewis\nMandeville\n\nSend letters to letters@kingstonrecord.com.jm\n",
    );
    let who: Vec<_> = arts.iter().map(|a| (a.front.title.as_str(), a.front.reporters.clone())).collect();
    assert_eq!(
        who,
        [
            ("Fix the potholes", vec!["Delroy Campbell".to_string()]),
            ("Bring back civics in schools", vec!["Andrea Thompson-Lewis".to_string()])
        ]
    );
    assert!(arts[1].body.contains("Mandeville"), "{}", arts[1].body);
}

/// `…on Wednesday. —INQUIRER PHOTO`: the paper's own picture names no
/// one, so no contributor (`— AFP PHOTO` credits the wire).
#[test]
fn issue3_a_papers_own_photo_credit_names_no_contributor() {
    let a = one(
        "Grid on red alert\nBy Jerome Aning\n\nCEBU CITY—The grid was placed on red alert on Wednesday after three plants tripped.\n\nLINEMEN at work on a tower in Talisay City on Wednesday. —INQUIRER PHOTO\n",
    );
    assert!(a.front.contributors.is_empty(), "{:?}", a.front.contributors);
    assert!(a.body.ends_with("on Wednesday.\n"), "{}", a.body);
    let a = one(
        "Grid on red alert\nBy Jerome Aning\n\nCEBU CITY—The grid was placed on red alert on Wednesday after three plants tripped.\n\nLINEMEN at work on a tower in Talisay City on Wednesday. —AFP PHOTO\n",
    );
    assert_eq!(a.front.contributors, vec!["AFP"]);
}

/// `…by Thursday evening. —WITH REPORTS FROM A AND B` closing a story
/// with its photo's credited caption under it: the colleagues are the
/// story's contributors, whichever paragraph is printed last.
#[test]
fn issue3_with_reports_from_over_a_credited_caption() {
    let a = one(
        "Grid on red alert\nBy Jerome Aning\n\nCEBU CITY—The grid was placed on red alert on Wednesday after three plants tripped.\nPower was expected to be restored by Thursday evening. —WITH REPORTS FROM DALE ISRAEL AND NESTLE SEMILLA\n\nLINEMEN at work on a tower in Talisay City on Wednesday. PHOTO BY JUN DUMAGUING\n",
    );
    assert_eq!(a.front.contributors, vec!["Jun Dumaguing", "Dale Israel", "Nestle Semilla"]);
    assert!(!a.body.contains("REPORTS"), "{}", a.body);
}

/// `NAIROBI, Wednesday` or `THIKA,` on a line of its own between a Kenyan
/// byline and the text: the dateline, not a subhead or text. (A bare
/// `KWAME ASANTE,` over a town still signs a letter.)
#[test]
fn issue3_a_place_and_weekday_on_a_line_of_its_own_is_the_dateline() {
    let a = one(
        "Teachers' strike looms as talks collapse\n\nBY FAITH NYAMAI\n@FaithNyamai\n\nNAIROBI, Wednesday\n\nMore than 300,000 public school teachers could down their tools from Monday after talks collapsed on Wednesday.\nThe union said the commission had failed to honour the agreement.\n",
    );
    assert_eq!(a.front.dateline.as_ref().and_then(|d| d.place.as_deref()), Some("Nairobi"));
    assert!(a.body.starts_with("More than 300,000"), "{}", a.body);
    let a = one(
        "Police hunt gang behind robberies\n\nBY GEORGE MUNENE\n\nTHIKA,\n\nPolice in Kiambu County have launched a manhunt for a gang that has robbed at least 14 shops in Thika and Juja.\nThe county police commander said the gang struck mostly between 7pm and 9pm.\n",
    );
    assert_eq!(a.front.dateline.as_ref().and_then(|d| d.place.as_deref()), Some("Thika"));
    assert!(a.body.starts_with("Police in Kiambu"), "{}", a.body);
}

/// `BRIDGETOWN, Barbados, Mar 4, CMC – …`: the Caribbean wire's dateline
/// names the wire after the date, unbracketed.
#[test]
fn issue3_a_wire_named_after_the_date_in_a_caribbean_dateline() {
    let a = one(
        "Barbados, T&T sign energy pact\nBRIDGETOWN, Barbados, Mar 4, CMC – Barbados and Trinidad and Tobago have signed a memorandum of understanding on natural gas, Prime Minister Mia Mottley announced on Wednesday.\nMottley said a feasibility study would be completed by the end of the year.\n",
    );
    assert_eq!(a.front.agency.as_deref(), Some("CMC"));
    assert_eq!(a.front.dateline.as_ref().and_then(|d| d.place.as_deref()), Some("Bridgetown, Barbados"));
    assert!(a.body.starts_with("Barbados and Trinidad"), "{}", a.body);
}

/// A notes column whose items each run in on a name in capitals (`CREW:`,
/// `GUARDIANS:`, `BROWNS:`) under its byline: no item is a dateline, and
/// the first keeps its run-in like the rest.
#[test]
fn issue3_a_notes_columns_run_in_names_are_no_datelines() {
    let a = one(
        "SPORTS NOTES\nBy Tom Reed\n\nCREW: Wilfried Nancy's club opens its home schedule Saturday against Toronto FC with Diego Rossi questionable.\nGUARDIANS: Right-hander Shane Bieber threw 35 pitches in a simulated game and could make his spring debut next week.\nBROWNS: General manager Andrew Berry said the team has had productive conversations with Myles Garrett's representatives.\n",
    );
    assert!(a.front.dateline.is_none(), "{:?}", a.front.dateline);
    assert!(a.body.starts_with("CREW: Wilfried"), "{}", a.body);
    // A story's colon dateline over ordinary text stays one.
    let a = one(
        "Court fines broker\n\nPUNE: The court fined a broker on Wednesday for misusing the money of his clients over two years.\nThe broker has been asked to pay the fine within 45 days.\n",
    );
    assert_eq!(a.front.dateline.as_ref().and_then(|d| d.place.as_deref()), Some("Pune"));
}

/// `Ilocos Norte: Farmers get solar pumps` under a brief column's label,
/// over a lead signed off with a dash (`… on Wednesday. —LEILANIE
/// ADRIANO`): the brief's headline, not a dateline over a one-line text.
#[test]
fn issue3_place_colon_headlines_over_dash_signed_briefs() {
    let arts = page(
        "PROVINCIAL BRIEFS\n\nIlocos Norte: Farmers get solar irrigation pumps\nLAOAG CITY—The Department of Agriculture turned over 35 solar-powered irrigation pumps to farmers' groups in six towns on Wednesday. —LEILANIE ADRIANO\n\nIloilo: Dengue cases up 40 percent\nILOILO CITY—Dengue cases in Iloilo province rose 40 percent in the first two months of the year, the provincial health office said. —NESTOR P. BURGOS JR.\n",
    );
    let got: Vec<_> = arts
        .iter()
        .map(|a| {
            (a.front.title.as_str(), a.front.reporters.clone(), a.front.dateline.as_ref().and_then(|d| d.place.clone()))
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                "Ilocos Norte: Farmers get solar irrigation pumps",
                vec!["Leilanie Adriano".to_string()],
                Some("Laoag City".to_string())
            ),
            (
                "Iloilo: Dengue cases up 40 percent",
                vec!["Nestor P. Burgos Jr".to_string()],
                Some("Iloilo City".to_string())
            ),
        ]
    );
}

/// `From Page 1` set over the headline and the byline of a jumped story's
/// second part (Australian papers): the part says where it came from,
/// whether another story stands above it or it opens the page.
#[test]
fn issue3_from_page_over_a_headline_and_byline() {
    let text = "From Page 1\n\nMinns to fast-track housing on rail corridors\n\nAlexandra Smith\nState political reporter\n\nthe government's own modelling, which shows the changes could deliver up to 112,000 homes within a decade.\nPremier Chris Minns said the reforms would apply to land within 800 metres of 31 stations.\n";
    let a = one(text);
    assert_eq!((a.front.continued_from, a.front.reporters.clone()), (Some(1), vec!["Alexandra Smith".to_string()]));
    let arts = page(&format!(
        "Council approves budget\n\nThe city council approved the budget on Tuesday after a long debate about road repairs and parks.\n\n{text}"
    ));
    let got: Vec<_> = arts.iter().map(|a| (a.front.title.as_str(), a.front.continued_from)).collect();
    assert_eq!(got, [("Council approves budget", None), ("Minns to fast-track housing on rail corridors", Some(1))]);
    assert!(!arts[0].body.contains("From Page"), "{}", arts[0].body);
}

/// A fact box's or service list's last row is a row like the others when its
/// figure is hedged (`约5.6万套`) or is a phone number (`0771-2828110`): it
/// stays in the table, never a kicker of the story below.
#[test]
fn issue3_a_hedged_figure_or_a_phone_number_ends_a_table_as_a_row() {
    let arts = page(
        "楼市回暖\n\n本报记者 钟  鸣\n　　记者从市住建局获悉，2月新房成交环比上升18%。\n\n数据\n2月新建商品住宅成交　　3826套\n成交面积　　41.2万㎡\n成交均价　　12850元/㎡\n全市新房库存　　约5.6万套\n\n城南再添学校\n　　本报讯（记者 钟鸣）日前，城南片区学校项目正式开工。\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "楼市回暖"), (None, "数据"), (None, "城南再添学校")]);
    assert!(arts[1].body.contains("全市新房库存　　约5.6万套\n```"), "{}", arts[1].body);
    let a =
        one("便民电话\n市民服务热线　　12345\n供水服务　　0771-96116\n供电服务　　95598\n公交服务　　0771-2828110\n");
    assert!(a.body.contains("公交服务　　0771-2828110\n```"), "{}", a.body);
}

/// `●白沙县：义诊进村送健康` over a paragraph signed in brackets: a county
/// roundup's item, a brief of its own titled by its head; the place before
/// the colon is no reporter.
#[test]
fn issue3_a_bulleted_head_over_a_signed_item_is_a_brief() {
    let arts = page(
        "本报讯（记者 王倩）日前，东湖区城乡供水一体化工程全面完工。\n\n●白沙县：义诊进村送健康\n　　3月1日至3日，白沙县人民医院组织医务人员走进偏远山村开展义诊活动，累计服务群众1500余人次。（通讯员 黄丽）\n●北塘镇：老旧小区改造开工\n　　北塘镇今年计划改造老旧小区6个，涉及居民1100余户，预计10月底前全部完工。（通讯员 何伟）\n",
    );
    let titles: Vec<_> = arts.iter().map(|a| a.front.title.as_str()).collect();
    assert_eq!(titles[1..], ["白沙县：义诊进村送健康", "北塘镇：老旧小区改造开工"]);
    assert!(arts[1].front.reporters.is_empty(), "{:?}", arts[1].front.reporters);
    assert_eq!(arts[1].front.contributors, vec!["黄丽"]);
    assert_eq!(arts[2].front.contributors, vec!["何伟"]);
    assert!(!arts[1].body.contains("北塘镇"), "{}", arts[1].body);
}

/// `天气预报` over its forecast lines (`今天白天：…`, `明天：…`): the label is
/// the title and each line a line of its text; a `停水通知` under it is a
/// notice of its own.
#[test]
fn issue3_a_forecast_under_its_label_and_a_notice_named_tongzhi() {
    let arts = page(
        "天气预报\n今天白天：多云转小雨，东南风3级，气温12℃～18℃\n今天夜间：小雨，东风2级，气温10℃～13℃\n明天：阴转多云，北风3～4级，气温9℃～15℃\n市气象台3月5日6时发布\n\n停水通知\n　　因供水管网改造施工，定于3月7日8:00至20:00暂停供水。请用户提前做好储水准备。\n江城市自来水有限公司\n2026年3月4日\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "天气预报"), (None, "停水通知")]);
    assert!(arts[0].front.subtitle.is_none());
    assert!(
        arts[0].body.starts_with("今天白天：多云转小雨，东南风3级，气温12℃～18℃\n\n今天夜间："),
        "{}",
        arts[0].body
    );
    assert!(arts[1].body.ends_with("江城市自来水有限公司\n\n2026年3月4日\n"), "{}", arts[1].body);
}

/// A poem's last stanza over the illustrator's credit and the next essay's
/// byline is a stanza like the one above it, not that essay's headline.
#[test]
fn issue3_a_stanza_over_a_credit_after_a_stanza_stays_verse() {
    let arts = page(
        "春天的诗（外二首）\n文/林  溪\n\n雨水\n\n一场雨\n落在父亲的麦田里\n他蹲在地头\n抽完一支烟\n\n雨停了\n他站起来\n拍拍裤腿上的泥\n说：今年有盼头\n\n插图 李  可\n\n文/江  舟\n老街的修表匠\n　　东门老街拐角处，有一个不到两平方米的修表摊。摊主老周今年七十二岁，在这里修了整整四十年表。\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "春天的诗（外二首）"), (None, "老街的修表匠")]);
    assert!(arts[0].body.contains("雨停了\\\n他站起来"), "{}", arts[0].body);
    assert_eq!(arts[1].front.reporters, vec!["江舟"]);
}

/// `以案说法` over a headline and a case box opening on `【案情】` under a
/// finished story: the column's piece, the field labels its subheads (the
/// first no deck), `【法官说法】` among them.
#[test]
fn issue3_a_case_column_opening_on_a_bracketed_field_is_a_piece() {
    let arts = page(
        "网购“低价机票”被骗3万元\n\n记者 吴敏 通讯员 江警宣\n　　本报讯 近日，江城警方成功打掉一个跨省电信网络诈骗团伙，抓获犯罪嫌疑人5名。\n　　目前，王某某等5人已被依法刑事拘留，案件正在进一步侦办中。\n\n以案说法\n“借名买房”房子归谁？\n\n【案情】\n　　2019年，张某以表弟刘某的名义购买一套商品房。2025年，房屋被法院查封。\n【审理】\n　　法院审理认为，借名买房协议应属无效，判决驳回张某的诉讼请求。\n【法官说法】\n　　借名买房存在较大法律风险，实际出资人的权益难以得到保障。\n（江城区人民法院 赵静 本报记者 吴敏 整理）\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![(None, "网购“低价机票”被骗3万元"), (Some("以案说法"), "“借名买房”房子归谁？")]
    );
    assert!(arts[1].front.subtitle.is_none());
    assert!(arts[1].body.starts_with("## 案情\n\n2019年"), "{}", arts[1].body);
    assert!(arts[1].body.contains("## 法官说法\n\n借名买房"), "{}", arts[1].body);
    assert!(!arts[0].body.contains("以案说法"), "{}", arts[0].body);
}

/// `◆法治快讯`: a brief column's label set after a bullet labels the briefs
/// under it and is no list item of the story above.
#[test]
fn issue3_a_brief_label_after_a_bullet_labels_its_briefs() {
    let arts = page(
        "醉驾撞伤行人 男子被判拘役四个月\n　　本报讯（记者 吴敏）3月3日，江城区人民法院公开审理了这起危险驾驶案，被告人陈某被判处拘役四个月。\n\n◆法治快讯\n●市检察院发布十大典型案例　3月3日，市检察院发布2025年度涉企检察十大典型案例。（通讯员 许文）\n●“普法进社区”活动启动　3月4日，市司法局在和平社区启动“普法进社区”系列活动。（记者 吴敏）\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![
            (None, "醉驾撞伤行人 男子被判拘役四个月"),
            (Some("法治快讯"), "市检察院发布十大典型案例"),
            (Some("法治快讯"), "“普法进社区”活动启动")
        ]
    );
    assert!(!arts[0].body.contains("法治快讯"), "{}", arts[0].body);
}

/// `亚冠精英联赛1/8决赛次回合` over `海港主场3:1逆转晋级八强`: a line naming the
/// round is the 引题, the result under it the title (a score line alone
/// under a headline, `山东泰山 2:1 上海申花`, stays its deck).
#[test]
fn issue3_a_round_over_a_headline_with_the_score_is_its_kicker() {
    let a = one(
        "亚冠精英联赛1/8决赛次回合\n海港主场3:1逆转晋级八强\n\n本报特派记者 韩冬 发自多哈\n　　北京时间3月4日凌晨，上海海港客场3:1击败萨德，时隔三年重返八强。\n",
    );
    assert_eq!(
        (a.front.kicker.as_deref(), a.front.title.as_str(), a.front.subtitle.as_deref()),
        (Some("亚冠精英联赛1/8决赛次回合"), "海港主场3:1逆转晋级八强", None)
    );
    let a = one(
        "主场逆转 泰山终结两轮不胜\n山东泰山 2:1 上海申花\n\n本报讯（记者 李强）3月1日晚，山东泰山主场2:1逆转上海申花。\n",
    );
    assert_eq!(a.front.title, "主场逆转 泰山终结两轮不胜");
}

/// A headline over `据《科技日报》报道，…` under a signed story's finished
/// text heads a story taken from another paper, no subhead of the one above.
#[test]
fn issue3_a_headline_over_a_story_opening_on_its_source_paper_is_a_piece() {
    let arts = page(
        "iPhone 17系列开启预售\n\n　　本报讯（记者 宋佳宁）苹果公司iPhone 17系列国行版本于3月3日晚开启预售，起售价5999元。\n　　与此同时，安卓阵营的内存竞赛仍在继续。\n\nGPT-5来了，普通人怎么用？\n　　据《科技日报》报道，美国OpenAI公司日前发布GPT-5模型。\n　　专家提醒，大模型生成的内容仍可能出现“幻觉”。\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "iPhone 17系列开启预售"), (None, "GPT-5来了，普通人怎么用？")]);
    assert!(arts[1].body.starts_with("据《科技日报》报道，"), "{}", arts[1].body);
}

/// `中国女排2比0` / `完胜泰国队`: a headline line ending on the score goes on
/// with the verb under it; the two lines are one title, no kicker.
#[test]
fn issue3_a_headline_line_ending_on_a_score_runs_into_the_next() {
    let a = one("中国女排2比0\n完胜泰国队\n\n本报讯（记者 孙悦）3月4日晚，中国女排以2比0战胜泰国队。\n");
    assert_eq!((a.front.kicker.as_deref(), a.front.title.as_str()), (None, "中国女排2比0完胜泰国队"));
}

/// `营销中心：…` over `咨询热线：…` under an advertisement's label: each field
/// on its own line, none of the ad's text lost as a foot promotion.
#[test]
fn issue3_an_advertisements_fields_keep_their_lines() {
    let arts = page(
        "城南片区再添学校配套\n　　本报讯（记者 钟鸣 实习生 蔡琳）日前，城南片区九年一贯制学校项目正式开工。该项目总投资3.2亿元，占地约6.8万㎡，规划设置54个班，建成后可提供学位2430个，预计2027年秋季投用。\n\n【广告】\n江畔·云玺 臻藏江景洋房\n约98-143㎡ 三至四房 现房在售\n首付低至20% 即买即交付\n营销中心：江城市滨江大道888号\n咨询热线：0771-88886666\n",
    );
    let ad = arts.last().unwrap();
    assert_eq!(ad.front.kicker.as_deref(), Some("广告"));
    assert!(ad.body.contains("营销中心：江城市滨江大道888号\n\n咨询热线：0771-88886666\n"), "{}", ad.body);
}

/// `政策解读` over `公积金新政有哪些变化？` and its text, under a fact box's
/// table: the next piece, the label its kicker, not subheads of the box.
#[test]
fn issue3_a_label_and_headline_under_a_fact_box_head_the_next_piece() {
    let arts = page(
        "楼市回暖\n\n本报记者 钟  鸣\n　　记者从市住建局获悉，2月新房成交环比上升18%。\n\n数据\n2月新建商品住宅成交　　3826套\n成交面积　　41.2万㎡\n成交均价　　12850元/㎡\n\n政策解读\n公积金新政有哪些变化？\n　　近日，市住房公积金管理中心出台新政，调整多项公积金使用政策。\n　　问：首套房公积金贷款额度有何调整？\n　　答：公积金贷款最高额度由60万元提高至80万元。\n（本报记者 钟鸣 整理）\n",
    );
    let last = arts.last().unwrap();
    assert_eq!((last.front.kicker.as_deref(), last.front.title.as_str()), (Some("政策解读"), "公积金新政有哪些变化？"));
    assert_eq!(last.front.reporters, vec!["钟鸣"]);
    assert!(!arts[arts.len() - 2].body.contains("政策解读"), "{}", arts[arts.len() - 2].body);
}

/// `（江城区人民法院 赵静 本报记者 吴敏 整理）` under a case: the court's
/// staffer, named after the unit, contributed; the reporter who set the case
/// down is the reporter.
#[test]
fn issue3_a_units_staffer_before_the_reporter_who_compiled_the_case_contributes() {
    let a = one(
        "“借名买房”房子归谁？\n\n　　2019年，张某以表弟刘某的名义购买一套商品房。2025年，房屋被法院查封。法院判决驳回张某的诉讼请求。\n（江城区人民法院 赵静 本报记者 吴敏 整理）\n",
    );
    assert_eq!(
        (a.front.reporters.clone(), a.front.contributors.clone()),
        (vec!["吴敏".to_string()], vec!["赵静".to_string()])
    );
    assert_eq!(a.front.agency.as_deref(), Some("本报"));
}

/// An advertisement's display lines, phrases set apart by spaces
/// (`约98-143㎡ 三至四房 现房在售` / `首付低至20% 即买即交付`), keep a line
/// each: running Chinese text sets no spaces between its words.
#[test]
fn issue3_display_lines_of_spaced_phrases_are_not_run_together() {
    let arts = page(
        "城南片区再添学校配套\n　　本报讯（记者 钟鸣）日前，城南片区九年一贯制学校项目正式开工。该项目总投资3.2亿元，占地约6.8万㎡，规划设置54个班，建成后可提供学位2430个，预计2027年秋季投用。\n\n【广告】\n江畔·云玺 臻藏江景洋房\n约98-143㎡ 三至四房 现房在售\n首付低至20% 即买即交付\n营销中心：江城市滨江大道888号\n",
    );
    let ad = arts.last().unwrap();
    assert!(ad.body.starts_with("约98-143㎡ 三至四房 现房在售\n\n首付低至20% 即买即交付\n"), "{}", ad.body);
    // (An advertisement's display line is its copy, no subhead.)
    assert!(!ad.body.contains("## "), "{}", ad.body);
}

/// `（作者系影评人）　文/林小雨`, `（作者单位：…医院老年科）　刘建国`: the
/// note on the author and the signature run together on the closing line
/// sign the piece above, not the next piece's kicker or its own body.
#[test]
fn issue3_an_author_note_then_the_signature_on_one_line_signs_the_piece() {
    let arts = page(
        "《春风万里》：小人物的史诗\n　　一部讲述乡村教师二十年坚守的电影，没有宏大叙事，却让无数观众在影院落泪。\n　　当然，影片后半段节奏略显拖沓，但瑕不掩瑜。\n　　（作者系影评人）　文/林小雨\n\n“我愿意做一个慢演员”\n——专访演员陈默\n本报记者 周洁\n　　凭借《春风万里》中的乡村教师一角，陈默再次成为关注焦点。\n",
    );
    assert_eq!(arts.len(), 2);
    assert_eq!(arts[0].front.reporters, vec!["林小雨"]);
    assert!(arts[0].body.contains("（作者系影评人）"), "{}", arts[0].body);
    assert_eq!(arts[1].front.kicker, None);
    let arts = page(
        "春季老人要防“倒春寒”\n　　春季气温变化大，“倒春寒”时有发生。老年人体温调节能力较弱。\n　　饮食上，可适当多吃些温补食物，少吃生冷油腻。\n　　（作者单位：江城市第一人民医院老年科）　刘建国\n\n窗前那棵玉兰树\n◎陈秀英\n　　老伴走后的第三个春天，窗前的玉兰又开了。白花花的一树，像极了那年我们刚搬进这套房子时的样子。\n",
    );
    assert_eq!(arts.len(), 2);
    assert_eq!(arts[0].front.reporters, vec!["刘建国"]);
    assert!(!arts[0].body.contains("刘建国"), "{}", arts[0].body);
    assert_eq!(arts[1].front.title, "窗前那棵玉兰树");
}

/// `城东区城管局回复：…` under a reader's letter signed `读者 张先生`: the
/// office's answer belongs to the letter; the next letter's headline heads
/// a piece of its own, not a subhead of a headless reply.
#[test]
fn issue3_an_offices_reply_under_a_signed_letter_stays_with_it() {
    let arts = page(
        "小区门口路灯坏了一个月没人修\n　　我家住在城东区幸福里小区，小区南门外的一排路灯从2月初就不亮了。希望有关部门尽快解决。\n读者 张先生\n\n城东区城管局回复：经核实，该路段路灯因线路老化出现故障，目前已恢复正常照明。\n\n公交站台改了位置却没提前公告\n　　3月1日起，21路公交车“人民医院站”往南挪了约200米，可站牌上没有任何提示。\n市民 李女士\n",
    );
    assert_eq!(arts.len(), 2);
    assert!(arts[0].body.contains("城东区城管局回复：经核实"), "{}", arts[0].body);
    assert_eq!(arts[1].front.title, "公交站台改了位置却没提前公告");
    assert_eq!(arts[1].front.reporters, vec!["李女士"]);
}

/// `■据新京报报道，歌手李然将于4月…`: a brief with no headline takes its
/// title from the news, not from the clause saying where it was reported.
#[test]
fn issue3_a_briefs_title_leaves_out_its_source_clause() {
    let arts = page(
        "娱乐快讯\n　　■据新京报报道，歌手李然将于4月在江城举办个人演唱会，门票将于3月10日开售。\n　　■某综艺节目第五季官宣回归，首期嘉宾阵容曝光。\n",
    );
    assert_eq!(arts[0].front.title, "歌手李然将于4月在江城举办个人演唱会");
    assert!(arts[0].body.starts_with("据新京报报道，"), "{}", arts[0].body);
}

/// `Clarence Page` over `Tribune Content Agency`: a columnist's name over
/// the syndicate that sells the column is a byline and its agency.
#[test]
fn issue3_columnist_over_a_syndicate_line() {
    let a = one(
        "Why rural hospitals keep closing\n\nClarence Page\nTribune Content Agency\n\nMore than 100 rural hospitals have closed since 2010, and hundreds more are at risk. The reasons are well known.\n\nThe trend has sped up since the pandemic ended and federal relief ran out.\n",
    );
    assert_eq!(a.front.reporters, vec!["Clarence Page".to_string()]);
    assert_eq!(a.front.agency.as_deref(), Some("Tribune Content Agency"));
    assert!(!a.body.contains("Clarence Page"), "{}", a.body);
}

/// `SEE HOME B2` and then `janetan@sph.com.sg` at a story's end: the jump
/// line does not make the writer's address a paragraph of the text.
#[test]
fn issue3_writers_address_after_a_jump_line() {
    let a = one(
        "HDB resale prices dip for first time in five years\n\nJanet Tan\nSenior Correspondent\n\nResale prices of Housing Board flats fell by 0.4 per cent in the first quarter, according to flash estimates.\n\nResale volumes also fell 6.2 per cent from the previous quarter.\n\nSEE HOME B2\n\njanetan@sph.com.sg\n",
    );
    assert!(!a.body.contains('@'), "{}", a.body);
    assert_eq!(a.front.continued_to, Some(2));
}

/// `Compiled from wire reports` under a briefs roundup credits the column,
/// not the last brief's text.
#[test]
fn issue3_compiled_from_wire_reports_is_no_text() {
    let arts = page(
        "NATION IN BRIEF\n\nATLANTA (AP) — A former county election official was sentenced Wednesday to 18 months in prison.\n\nCHICAGO (AP) — Chicago Public Schools will close 12 under-enrolled schools, the board voted Wednesday.\n\nCompiled from wire reports\n",
    );
    assert_eq!(arts.len(), 2);
    assert!(!arts[1].body.contains("Compiled"), "{}", arts[1].body);
}

/// `Washington Post Writers Group` alone under a syndicated column: the
/// column's agency, not a desk of `Writers` that names no one.
#[test]
fn issue3_syndicate_line_under_a_column_is_its_agency() {
    let a = one(
        "Congress keeps kicking the can\n\nGEORGE F. WILL\n\nThe trustees of Social Security have warned, again, that the retirement trust fund will be depleted in 2033.\n\nCongress knows this. It has known it for years.\n\nWashington Post Writers Group\n",
    );
    assert_eq!(a.front.reporters, vec!["George F. Will".to_string()]);
    assert_eq!(a.front.agency.as_deref(), Some("Washington Post Writers Group"));
}

/// `JANE SMITH OTTAWA`, `JEAN-FRANÇOIS CÔTÉ QUEBEC CITY`, `MARIE-CLAUDE
/// BÉLANGER OTTAWA BUREAU CHIEF`: a Canadian byline runs the writer's name
/// in capitals into the place filed from, or into the post.
#[test]
fn issue3_canadian_byline_runs_name_into_place_or_post() {
    let text = |byline: &str| {
        format!(
            "A6 | CANADA\n\nOttawa moves to cap\ngrocery price hikes\nCompetition Bureau to get new powers to probe\nsupermarket margins, minister says\n\n{byline}\n\nThe federal government will give the Competition Bureau sweeping new powers to compel grocery chains to disclose their margins.\n\nThe changes are to be tabled in the spring budget.\n"
        )
    };
    let a = one(&text("JANE SMITH OTTAWA"));
    assert_eq!(a.front.title, "Ottawa moves to cap grocery price hikes");
    assert_eq!(a.front.reporters, vec!["Jane Smith".to_string()]);
    assert_eq!(a.front.dateline.as_ref().and_then(|d| d.place.as_deref()), Some("Ottawa"));
    let a = one(&text("JEAN-FRANÇOIS CÔTÉ QUEBEC CITY"));
    assert_eq!(a.front.reporters, vec!["Jean-François Côté".to_string()]);
    assert_eq!(a.front.dateline.as_ref().and_then(|d| d.place.as_deref()), Some("Quebec City"));
    let a = one(&text("MARIE-CLAUDE BÉLANGER OTTAWA BUREAU CHIEF"));
    assert_eq!(
        a.front.subtitle.as_deref(),
        Some("Competition Bureau to get new powers to probe supermarket margins, minister says")
    );
    assert_eq!(a.front.reporters, vec!["Marie-Claude Bélanger".to_string()]);
    assert!(!a.body.contains("BUREAU"), "{}", a.body);
}

/// `Postmedia News` alone after a Canadian story's last sentence is its
/// wire's credit, not the kicker of the headline under it.
#[test]
fn issue3_postmedia_news_signs_the_story_above() {
    let arts = page(
        "Ontario teachers\nreach tentative deal\n\nTORONTO — The union representing Ontario's elementary teachers has reached a tentative agreement with the province.\n\nDetails will not be released until members have voted, the union said.\n\nPostmedia News\n\nHalifax council approves\nbus rapid transit plan\n\nBy André Laroche\n\nHalifax regional council voted 12-4 on Tuesday to approve a bus rapid transit network.\n",
    );
    assert_eq!(arts.len(), 2);
    assert_eq!(arts[0].front.agency.as_deref(), Some("Postmedia News"));
    assert_eq!(arts[1].front.kicker, None);
    assert_eq!(arts[1].front.title, "Halifax council approves bus rapid transit plan");
}

/// `NZME` closing a signed story, then `IN COURT` over a court list: the
/// wire signs the story above, and the list's head is no dateline.
#[test]
fn issue3_list_head_under_a_wire_sign_off_is_no_place() {
    let arts = page(
        "Teen charged after ram raid\n\nBy Sam Whitaker\n\nA 16-year-old has been charged after a stolen car was driven through the front of a dairy.\n\nPolice said the youth would appear in the Youth Court.\n\nNZME\n\nIN COURT\n\nThe following people appeared in the District Court this week:\n\nBen Tipene, 34, of Otangarei, drink-driving, convicted, fined $1200.\n",
    );
    assert_eq!(arts.len(), 2);
    assert_eq!(arts[0].front.agency.as_deref(), Some("NZME"));
    assert_eq!(arts[1].front.title, "IN COURT");
    assert_eq!(arts[1].front.dateline, None);
    assert_eq!(arts[1].front.agency, None);
}

/// `… since 1824. MARCUS WEBB FOR THE STAR-LEDGER`: a freelance's photo
/// credit in capitals with the paper it was taken for closes the caption.
#[test]
fn issue3_photo_credit_for_the_paper_after_a_caption() {
    let a = one(
        "The last lighthouse keepers\n\nStory by Rebecca Hollis | Photos by Marcus Webb\n\nThe boat from Port Clyde leaves at 7 a.m. sharp, and the captain does not wait for anyone.\n\n\"The island doesn't need us,\" Tom Ashworth said.\n\nPhoto: The Monhegan Island Light has burned every night since 1824. MARCUS WEBB FOR THE STAR-LEDGER\n",
    );
    assert!(!a.body.contains("STAR-LEDGER"), "{}", a.body);
    assert!(a.body.contains("every night since 1824."), "{}", a.body);
    assert_eq!(a.front.contributors, vec!["Marcus Webb".to_string()]);
    assert!(!a.front.truncated);
}

#[test]
fn issue3_a_three_word_name_in_capitals_keeps_its_last_word_unless_it_is_a_city() {
    // `JANE SMITH OTTAWA` is a name and the place filed from; `MARY ANN
    // SMITH` is a name of three words, with no place in it.
    let page = "City hall approves budget after long debate\n\nMARY ANN SMITH\n\nCouncillors voted 9-4 on Tuesday night to approve the city's budget for next year, after a debate that ran past midnight.\n";
    let a = one(page);
    assert_eq!(a.front.reporters, vec!["Mary Ann Smith".to_string()]);
    assert!(a.front.dateline.is_none(), "{:?}", a.front.dateline);
}

/// A caption on a line of its own under a story's last paragraph, over its
/// credit `受访者供图` or `记者 X 摄`: the caption stays a paragraph of the
/// story, the source credits no one, and the next headline heads the next
/// story (not led by the credit as its kicker).
#[test]
fn issue3_caption_over_a_credit_line_under_the_text() {
    let arts = page(
        "小区电梯困人40分钟\n\n　　4日上午，市民刘女士和女儿被困在小区5栋的电梯里。\n　　工作人员提醒，被困电梯时应保持冷静，不要强行扒门。\n被困电梯内的刘女士母女。\n受访者供图\n\n外卖小哥跳河救起落水儿童\n　　本报讯（记者 赵一鸣）5日中午，一名外卖小哥跳入河中，救起了一名落水男童。\n　　“当时没想那么多。”孙浩说。\n外卖小哥孙浩（右）讲述救人经过。\n通讯员 王磊 摄\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "小区电梯困人40分钟"), (None, "外卖小哥跳河救起落水儿童")]);
    assert!(arts[0].body.ends_with("不要强行扒门。\n\n被困电梯内的刘女士母女。\n"), "{}", arts[0].body);
    assert!(arts[0].front.contributors.is_empty());
    assert!(arts[1].body.ends_with("孙浩说。\n\n外卖小哥孙浩（右）讲述救人经过。\n"), "{}", arts[1].body);
    assert_eq!(arts[1].front.contributors, vec!["王磊"]);
}

/// `（本文图片均由受访者提供）` closing a signed feature: the source of its
/// pictures names no one, and speaks of the whole article, so the part under
/// its last subhead is no piece of its own.
#[test]
fn issue3_the_articles_picture_note_splits_nothing() {
    let a = one(
        "守山四十年\n□本报记者　林　远\n\n　　凌晨5点，青石岭还笼罩在薄雾里，64岁的周德厚已经背上水壶和柴刀上山了。\n　　■从“石头山”到“绿色屏障”\n　　刚上山时，林场只有三间土坯房，没有电，吃水要到两里外的山沟里挑。\n\n　　“树是有良心的，你对它好，它就还你一座青山。”\n\n　　■“我走不动了，还有年轻人”\n　　近年来，林场引进了无人机巡护和智能监控系统，周德厚主动跟着年轻人学操作。\n\n　　（本文图片均由受访者提供）\n",
    );
    assert_eq!(a.front.reporters, vec!["林远"]);
    assert!(a.front.contributors.is_empty(), "{:?}", a.front.contributors);
    assert!(a.body.contains("## “我走不动了，还有年轻人”"), "{}", a.body);
}

/// `　　时代楷模` indented as a paragraph over the headline and its `——记…`
/// 副题: the kicker, not the first words of one long title.
#[test]
fn issue3_indented_kicker_over_headline_and_deck() {
    let a = one(
        "　　时代楷模\n守山四十年，他把荒山变成了林海\n——记全国劳动模范、青石岭林场护林员老周\n□本报记者　林　远\n\n　　凌晨5点，青石岭还笼罩在薄雾里。64岁的周德厚已经背上水壶和柴刀，沿着那条走了四十年的山路往上爬。\n　　“这片林子，每一棵树我都认得。”他指着半山腰的一片马尾松说。\n",
    );
    assert_eq!(a.front.kicker.as_deref(), Some("时代楷模"));
    assert_eq!(a.front.title, "守山四十年，他把荒山变成了林海");
    assert_eq!(a.front.subtitle.as_deref(), Some("记全国劳动模范、青石岭林场护林员老周"));
}

/// `暖心！外卖小哥跳河救起落水儿童` over its lead: a headline opening on a
/// word cried out heads the story, under a finished one.
#[test]
fn issue3_headline_opening_on_a_cry() {
    let arts = page(
        "公交司机一路护送迷路老人回家\n\n　　本报讯（记者 陈晓东）3日傍晚，一位七旬老人坐到终点站仍不肯下车，司机陪他等了一个多小时。\n\n暖心！外卖小哥跳河救起落水儿童\n　　本报讯（记者 赵一鸣）5日中午，在城东滨河公园，一名外卖小哥跳入冰冷的河水中，救起了一名落水男童。\n",
    );
    assert_eq!(arts.len(), 2);
    assert_eq!(arts[1].front.title, "暖心！外卖小哥跳河救起落水儿童");
    assert!(!arts[0].body.contains("暖心"), "{}", arts[0].body);
}

/// `（读者爆料热线：96811）` under an evening paper's story: the paper's tip
/// line, not the story's last paragraph.
#[test]
fn issue3_bracketed_tip_line_is_furniture() {
    let a = one(
        "公交司机一路护送迷路老人回家\n\n　　本报讯（记者 陈晓东）3日傍晚，一位七旬老人坐到终点站仍不肯下车。\n　　当晚8时许，司机和民警一起把老人送到了家门口。\n　　（读者爆料热线：96811）\n",
    );
    assert!(!a.body.contains("96811"), "{}", a.body);
}

/// A special page's `东湖区委宣传部　协办` under its banner and `本版撰稿
/// 李　静　王　晨` at its foot: the department and the writers of each piece
/// that names no one, neither a line of text.
#[test]
fn issue3_special_pages_cohost_and_writers() {
    let arts = page(
        "12　专版　2026年3月5日　星期四\n\n奋进新征程　建功新时代\n——东湖区高质量发展巡礼\n东湖区委宣传部　协办\n\n产业升级按下“快进键”\n　　过去一年，东湖区坚持把发展经济的着力点放在实体经济上，全区规上工业增加值增长9.2%。\n　　在东湖经济开发区，总投资35亿元的新能源电池项目已建成投产。\n\n营商环境跑出“加速度”\n　　近年来，东湖区深化“放管服”改革，企业开办时间压缩至0.5个工作日。\n\n本版撰稿　李　静　王　晨\n",
    );
    for a in &arts {
        assert_eq!(a.front.reporters, vec!["李静", "王晨"], "{}", a.front.title);
        assert_eq!(a.front.contributors, vec!["东湖区委宣传部"], "{}", a.front.title);
        assert!(!a.body.contains("协办") && !a.body.contains("撰稿"), "{}", a.body);
    }
}

/// `3月9日（周一）　限行尾号1和6` and `12路　取消人民路口站，改停…`: the rows
/// of a service page's lists keep a line each (a table), not run into one
/// paragraph or read as subheads.
#[test]
fn issue3_restriction_days_and_bus_route_rows() {
    let a = one(
        "本周尾号限行\n　　3月9日（周一）　限行尾号1和6\n　　3月10日（周二）　限行尾号2和7\n　　3月11日（周三）　限行尾号3和8\n　　限行时间为7时至20时，范围为三环路以内道路。\n",
    );
    assert!(a.body.contains("3月10日（周二）　限行尾号2和7\n3月11日"), "{}", a.body);
    assert!(!a.body.contains("## "), "{}", a.body);
    let a = one(
        "部分公交线路调整\n　　因地铁5号线施工，自3月7日起，我市以下公交线路将作临时调整：\n　　12路　取消人民路口站，改停解放路中段站\n　　35路　绕行建设大道，恢复时间另行通知\n　　K2路　增设高铁东站站\n　　详情可拨打公交服务热线咨询。\n",
    );
    assert!(a.body.contains("改停解放路中段站\n35路　绕行建设大道，恢复时间另行通知\nK2路"), "{}", a.body);
}

/// A fact box titled over its figures (`数说东湖`) between the sections of a
/// special page: the box ends with its table, and the head under it over
/// text heads a piece of its own, not a subhead of the box.
#[test]
fn issue3_a_head_under_a_titled_fact_box_is_no_subhead_of_the_box() {
    let arts = page(
        "民生答卷写满“幸福感”\n　　东湖区坚持把财政支出的七成以上用于民生，新建改扩建中小学、幼儿园11所。\n\n数说东湖\n　　地区生产总值　　　　　　586.3亿元\n　　一般公共预算收入　　　　　42.7亿元\n　　新增城镇就业　　　　　　　1.26万人\n\n生态底色越来越“亮”\n　　漫步东湖湿地公园，水清岸绿、白鹭翩飞，去年空气质量优良天数达到312天。\n",
    );
    let titles: Vec<&str> = arts.iter().map(|a| a.front.title.as_str()).collect();
    assert_eq!(titles, vec!["民生答卷写满“幸福感”", "数说东湖", "生态底色越来越“亮”"]);
    assert!(!arts[1].body.contains("湿地"), "{}", arts[1].body);
}

/// A headline stacked on short lines with its deck, then `Helen Pidd` over
/// `North of England editor` apart, after another story's text: a headline,
/// deck and byline, not a stanza and a story titled by the writer's name.
#[test]
fn issue3_stacked_head_and_deck_over_a_name_and_post() {
    let arts = page(
        "Cancer patients\nwaiting longer\nfor first scans\nDenis Campbell Health Correspondent\n\nMore than a third of patients referred urgently with suspected cancer in England are waiting longer than the target for their first scan, according to an analysis of official figures.\nNHS England said demand for urgent referrals had risen by 8% over the same period.\n\nFlood-hit town\nto get £40m\ndefence scheme\nResidents have waited a decade for protection\n\nHelen Pidd\nNorth of England editor\n\nA market town in West Yorkshire that has been flooded four times in ten years is to get a £40m flood defence scheme, the Environment Agency has announced.\nWork on new walls, a storage reservoir upstream and a pumping station will begin in the autumn.\n",
    );
    assert_eq!(arts.len(), 2, "{:#?}", arts.iter().map(|a| &a.front.title).collect::<Vec<_>>());
    assert_eq!(arts[1].front.title, "Flood-hit town to get £40m defence scheme");
    assert_eq!(arts[1].front.subtitle.as_deref(), Some("Residents have waited a decade for protection"));
    assert_eq!(arts[1].front.reporters, vec!["Helen Pidd".to_string()]);
    assert!(arts[1].body.starts_with("A market town"), "{}", arts[1].body);
}

/// `OBITUARIES` at the head of a weekly's page that also runs a school
/// board story and the `POLICE BLOTTER`: the column's label (each obituary's
/// kicker), not the page's section; its last, one-paragraph obituary is one.
#[test]
fn issue3_obituaries_label_sharing_a_page_with_a_police_log() {
    let arts = page(
        "The Millbrook Messenger                    Thursday, March 5, 2026                    Page 4\n\nOBITUARIES\n\nHarold J. Nowak, 72, of Sugar Creek\n\nHarold J. Nowak, 72, of Sugar Creek, passed away Monday, March 2, 2026, at his home after a long illness.\nA memorial service will be held at 2 p.m. Saturday at Sugar Creek Community Church.\n\nDorothy Mae Keller, 94, of Ragersville\n\nDorothy Mae Keller, 94, of Ragersville, died Tuesday, March 3, 2026, at Union Hospital. Arrangements are pending with Becker-Doyle Funeral Home.\n\nSchool board OKs $1.2M roof project, delays bus purchase\nBy KAYLA BRENNER\nStaff Writer\n\nMILLBROOK — The Millbrook Board of Education voted 4-1 Monday to replace the roof at the middle school this summer.\nThe board next meets at 7 p.m. March 16 in the high school library.\n\nPOLICE BLOTTER\n\nFeb. 26\n10:14 a.m. — A resident of Maple Street reported a package stolen from a porch.\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![
            (Some("OBITUARIES"), "Harold J. Nowak, 72, of Sugar Creek"),
            (Some("OBITUARIES"), "Dorothy Mae Keller, 94, of Ragersville"),
            (None, "School board OKs $1.2M roof project, delays bus purchase"),
            (None, "POLICE BLOTTER"),
        ]
    );
    assert!(arts.iter().all(|a| a.front.section.is_none()), "{:?}", arts[2].front.section);
}

/// `… rodent-proof containers. — NAN` closing an unsigned story, a credited
/// caption under it: the wire sent the story; the caption's credit stays
/// the photo's.
#[test]
fn issue3_dashed_wire_over_a_credited_caption() {
    let a = one(
        "Lassa fever: NCDC confirms 12 new deaths in Ondo, Edo\n\nThe Nigeria Centre for Disease Control and Prevention has confirmed 12 new deaths from Lassa fever in the latest epidemiological week.\nThe agency said in its situation report that Ondo, Edo and Bauchi states accounted for 71 per cent of all confirmed cases.\nIt urged Nigerians to store food in rodent-proof containers. — NAN\n\nGovernors after the meeting with President Tinubu at the Presidential Villa, Abuja, on Wednesday. PHOTO: STATE HOUSE\n",
    );
    assert_eq!(a.front.agency.as_deref(), Some("NAN"));
    assert!(!a.front.contributors.contains(&"NAN".to_string()), "{:?}", a.front.contributors);
    assert!(a.body.contains("rodent-proof containers.\n"), "{}", a.body);
}

/// `B4   BUSINESS & FINANCE   THURSDAY, MARCH 5, 2026`: two section names
/// joined are the page's section.
#[test]
fn issue3_folio_section_of_two_business_names() {
    let a = one(
        "B4   BUSINESS & FINANCE                                        THURSDAY, MARCH 5, 2026\n\nTarget Cuts Outlook on Weak Discretionary Spending\nBy SARAH NGUYEN\n\nTarget Corp. lowered its full-year profit forecast Wednesday, saying shoppers were cutting back on clothing.\nComparable sales fell 2.1% in the fourth quarter.\n",
    );
    assert_eq!(a.front.section.as_deref(), Some("Business & Finance"));
}

/// `Oil: Crude prices fell…` under `MARKETS WRAP`: the asset a roundup's item
/// is about, run in, is its text, not a dateline.
#[test]
fn issue3_markets_roundups_run_in_asset_is_no_dateline() {
    let a = one(
        "MARKETS WRAP\n\nOil: Crude prices fell for a third day after U.S. government data showed a bigger-than-expected build in inventories.\nGold: Gold slipped 0.4% to $2,901 an ounce as the dollar strengthened.\n",
    );
    assert!(a.front.dateline.is_none(), "{:?}", a.front.dateline);
    assert!(a.body.starts_with("Oil: Crude prices"), "{}", a.body);
}

/// `Dow Jones Newswires` alone under a story's last line: the wire credits
/// the story; the headline under it heads the next.
#[test]
fn issue3_dow_jones_newswires_under_a_story() {
    let arts = page(
        "Chip Stocks Drag Wall Street Lower\n\nStocks slid Wednesday, led by a selloff in semiconductor shares.\nThe S&P 500 fell 1.1%, its biggest one-day decline in three weeks.\nDow Jones Newswires\n\nBoeing Names New Chief of Commercial Airplanes Unit\n\nBoeing Co. named a new head of its commercial airplanes business on Wednesday.\nBoeing shares rose 0.8%.\nBloomberg\n",
    );
    assert_eq!(arts.len(), 2);
    assert_eq!(arts[0].front.agency.as_deref(), Some("Dow Jones Newswires"));
    assert_eq!(arts[1].front.agency.as_deref(), Some("Bloomberg"));
    assert!(!arts[0].body.contains("Dow Jones"), "{}", arts[0].body);
}

/// `Write to Sarah Nguyen at sarah.nguyen@wsj.com`: a business paper's tag
/// line, no paragraph of the story.
#[test]
fn issue3_write_to_tag_line_is_no_text() {
    let a = one(
        "Target Cuts Outlook on Weak Discretionary Spending\nBy SARAH NGUYEN\n\nTarget Corp. lowered its full-year profit forecast Wednesday, saying shoppers were cutting back on clothing.\nComparable sales fell 2.1% in the fourth quarter.\nWrite to Sarah Nguyen at sarah.nguyen@wsj.com\n",
    );
    assert!(!a.body.contains("Write to"), "{}", a.body);
    assert_eq!(a.front.reporters, vec!["Sarah Nguyen".to_string()]);
    let a = one(
        "Rates Rise\n\nYields climbed on Wednesday after the data.\nWrite to Karen Miller at karen.miller@wsj.com and David Okafor at david.okafor@wsj.com\n",
    );
    assert!(!a.body.contains("Write to"), "{}", a.body);
}

/// `MARKETS AT A GLANCE` over its table and `Source: FactSet`, then
/// `MARKETS WRAP` over text: the box ends at its source, the label under it
/// heads a piece of its own, no subhead of the box.
#[test]
fn issue3_head_under_a_tables_source_heads_the_next_piece() {
    let arts = page(
        "MARKETS AT A GLANCE\n\nIndex            Close        Change      % Chg\nDow Jones     42,118.36      -312.44      -0.74\nS&P 500        5,742.10       -63.52      -1.09\nNasdaq        18,021.77      -330.15      -1.80\n\nSource: FactSet\n\nMARKETS WRAP\n\nOil: Crude prices fell for a third day after U.S. government data showed a bigger-than-expected build in inventories.\nGold: Gold slipped 0.4% to $2,901 an ounce as the dollar strengthened.\n",
    );
    assert_eq!(arts.len(), 2, "{:#?}", arts.iter().map(|a| &a.front.title).collect::<Vec<_>>());
    assert_eq!(arts[1].front.title, "MARKETS WRAP");
    assert!(arts[0].body.contains("Source: FactSet"), "{}", arts[0].body);
}

/// `Courtesy photo` over `Margaret Hart` over the next story's headline: a
/// mug shot's credit and caption, kept with the piece above, never the
/// kicker of the story below.
#[test]
fn issue3_mug_shot_caption_under_its_credit_is_no_kicker() {
    let arts = page(
        "OBITUARIES\n\nDorothy Mae Keller, 94, of Ragersville\n\nDorothy Mae Keller, 94, of Ragersville, died Tuesday, March 3, 2026, at Union Hospital. Arrangements are pending with Becker-Doyle Funeral Home.\n\nCourtesy photo\nDorothy Keller\n\nSchool board OKs $1.2M roof project, delays bus purchase\nBy KAYLA BRENNER\nStaff Writer\n\nMILLBROOK — The Millbrook Board of Education voted 4-1 Monday to replace the roof at the middle school this summer.\nThe board next meets at 7 p.m. March 16 in the high school library.\n",
    );
    assert_eq!(arts.len(), 2);
    assert_eq!(arts[1].front.kicker, None);
    assert_eq!(arts[1].front.title, "School board OKs $1.2M roof project, delays bus purchase");
    assert!(arts[0].body.contains("Dorothy Keller"), "{}", arts[0].body);
}

/// `Courtesy photo` over `Margaret Hart` under the last obituary: the credit
/// is the mug shot's, set over its caption, so the obituary above it is no
/// caption and its name still heads a piece of its own.
#[test]
fn issue3_obituary_over_a_mug_shots_credit_and_name() {
    let arts = page(
        "OBITUARIES\n\nHarold J. Nowak, 72, of Sugar Creek\n\nHarold J. Nowak, 72, of Sugar Creek, passed away Monday, March 2, 2026, at his home after a long illness.\nA memorial service will be held at 2 p.m. Saturday at Sugar Creek Community Church.\n\nDorothy Mae Keller, 94, of Ragersville\n\nDorothy Mae Keller, 94, of Ragersville, died Tuesday, March 3, 2026, at Union Hospital. Arrangements are pending with Becker-Doyle Funeral Home.\n\nCourtesy photo\nMargaret Hart\n",
    );
    assert_eq!(arts.len(), 2, "{:#?}", arts.iter().map(|a| &a.front.title).collect::<Vec<_>>());
    assert_eq!(arts[1].front.title, "Dorothy Mae Keller, 94, of Ragersville");
    assert!(!arts[0].body.contains("##"), "{}", arts[0].body);
    assert!(arts[1].body.contains("Margaret Hart"), "{}", arts[1].body);
}

/// `【东京】日本政府4日宣布，…` and `■巴黎　法国多地4日举行罢工，…` under a
/// world roundup's label: each item opens on the place it was filed from,
/// its dateline, not its headline.
#[test]
fn issue3_roundup_items_led_by_their_place() {
    let arts = page(
        "环球速览\n　　【东京】日本政府4日宣布，将从4月起上调最低工资标准，全国加权平均时薪将首次突破1100日元。\n　　■巴黎　法国多地4日举行罢工，抗议政府养老金改革方案，巴黎地铁部分线路停运。\n",
    );
    assert_eq!(arts.len(), 2);
    let places: Vec<_> = arts.iter().map(|a| a.front.dateline.as_ref().and_then(|d| d.place.as_deref())).collect();
    assert_eq!(places, vec![Some("东京"), Some("巴黎")]);
    assert_eq!(arts[1].front.title, "法国多地4日举行罢工");
    assert!(arts[0].body.starts_with("日本政府4日宣布"), "{}", arts[0].body);
}

/// `（本版稿件综合新华社、中新社）` at a page's foot: said once for the page,
/// it credits the pieces that name no source of their own to the wires it
/// names, and is no text of the last brief.
#[test]
fn issue3_page_of_wire_copy_credited_once() {
    let arts = page(
        "环球速览\n　　■巴黎　法国多地4日举行罢工，抗议政府养老金改革方案，巴黎地铁部分线路停运。\n　　■悉尼　澳大利亚新南威尔士州近日遭遇强降雨，当地政府已对多个地区发布洪水预警。\n（本版稿件综合新华社、中新社）\n",
    );
    assert_eq!(arts.len(), 2);
    assert!(arts.iter().all(|a| a.front.agency.as_deref() == Some("新华社、中新社")));
    assert!(!arts[1].body.contains("本版稿件"), "{}", arts[1].body);
}

/// `沪深两市主要指数收盘` over its table and `（数据来源：Wind）`, then
/// `上市公司公告速递` over its items: the table alone under its headline ends
/// at its source note, and the headline under it heads a piece of its own.
#[test]
fn issue3_headline_after_a_lone_tables_source_heads_a_new_piece() {
    let arts = page(
        "04　证券·市场　　2026年3月5日　星期四\n\n沪深两市主要指数收盘\n指数　　　收盘　　　涨跌幅　　成交额（亿元）\n上证指数　3412.57　　+0.86%　　5231.6\n深证成指　10986.31　 +1.24%　　7468.9\n创业板指　2213.08　　+1.57%　　3102.4\n（数据来源：Wind）\n\n上市公司公告速递\n　　■江城电子（600123）：公司2025年实现营业收入48.6亿元，同比增长21.3%。\n　　■华能新材（002456）：控股股东拟在未来6个月内增持公司股份，金额不低于1亿元。\n（本报记者 刘洋 整理）\n",
    );
    assert_eq!(arts.len(), 2, "{:?}", arts.iter().map(|a| &a.front.title).collect::<Vec<_>>());
    assert_eq!(arts[1].front.title, "上市公司公告速递");
    assert!(arts[0].front.reporters.is_empty());
    assert_eq!(arts[1].front.reporters, vec!["刘洋"]);
}

/// `…最快每7分鐘一班。` over `高雄輕軌環狀線全線通車，民眾搶搭體驗。（記者王志明攝）`:
/// a sentence closed by its photo credit under the story's finished text is
/// the photo's caption, a paragraph of its own, not the text's next words
/// (on a page whose lines run as long as this one).
#[test]
fn issue3_credited_caption_under_finished_text_stands_apart() {
    let arts = page(
        "記者林怡君／台北報導\n　　立法院昨（4）日三讀通過「最低工資法」，未來基本工資改稱最低工資，由勞動部設立審議會，每年第三季召開會議審議調整幅度，並參考消費者物價指數年增率等指標。勞動部長表示，新法將保障約250萬名勞工的權益，預計明年1月1日起施行。\n　　根據新法，審議會成員包括勞方、資方、政府及學者專家代表，勞資雙方代表人數相同。勞團代表則指出，應將最低工資訂為\n每月新台幣3萬元以上，才能真正照顧基層勞工生活。\n　　對此，工商團體表示尊重立法結果，但也呼籲政府考量中小企業經營壓力，提供相關配套措施。（續見A5版）\n（記者陳建宏攝）\n立法院昨天三讀通過最低工資法，勞團在場外舉牌表達訴求。\n\n高雄輕軌環狀線全線通車\n首月搭乘人次突破百萬\n　　【記者王志明／高雄報導】高雄輕軌環狀線昨天全線通車，市府統計，試營運首月搭乘人次已突破百萬，假日平均每日約4萬人次。交通局表示，將視運量調整班距，\n尖峰時段最快每7分鐘一班。\n高雄輕軌環狀線全線通車，民眾搶搭體驗。（記者王志明攝）\n",
    );
    let a = arts.iter().find(|a| a.front.title == "高雄輕軌環狀線全線通車").expect("the light rail story");
    let paras: Vec<&str> = a.body.split("\n\n").map(str::trim).collect();
    assert!(paras.iter().any(|p| p.ends_with("每7分鐘一班。")), "{}", a.body);
    assert!(paras.iter().any(|p| p.starts_with("高雄輕軌環狀線全線通車，民眾搶搭體驗。")), "{}", a.body);
}

#[test]
fn issue3_a_head_in_capitals_under_a_wires_sign_off_opens_the_next_piece() {
    // `NZME` closes the story above; `COURT ROUNDUP` is the list's head,
    // not a place the list was filed from.
    let arts = page(
        "Teen charged after ram raid\n\nBy Sam Whitaker\n\nA 16-year-old has been charged after a stolen car was driven through the front of a dairy early on Tuesday.\n\nPolice said the youth would appear in the Youth Court.\n\nNZME\n\nCOURT ROUNDUP\n\nThe following people appeared in the District Court this week:\n\nBen Rawiri Tipene, 34, of Otangarei, drink-driving, convicted, fined $1200.\n",
    );
    assert_eq!(arts.len(), 2);
    assert_eq!(arts[0].front.agency.as_deref(), Some("NZME"));
    assert_eq!(arts[1].front.title, "COURT ROUNDUP");
    assert!(arts[1].front.dateline.is_none() && arts[1].front.agency.is_none(), "{:?}", arts[1].front);
}

#[test]
fn issue3_a_folio_naming_the_paper_beside_its_section_in_capitals_names_the_section() {
    // `CANADA` is no section gazette knows; beside the page number, with the
    // paper named in a cell of its own, it is the page's.
    let arts = page(
        "A6 | CANADA                                   THE OTTAWA LEDGER  THURSDAY, MARCH 5, 2026\n\nPremier vows to reopen rural ERs\n\nBy Jane Smith\n\nQuebec Premier Sylvie Thériault promised on Wednesday that every rural emergency room\nclosed overnight would be back to 24-hour service by Sept. 1.\n",
    );
    assert_eq!(arts.len(), 1);
    assert_eq!(arts[0].front.section.as_deref(), Some("Canada"));
    assert_eq!(arts[0].front.title, "Premier vows to reopen rural ERs");
}

#[test]
fn issue3_a_kicker_over_a_two_line_head_over_a_name_and_a_place_in_capitals_is_a_story() {
    // Three short lines over `ANDRÉ LAROCHE` / `HALIFAX` and a paragraph:
    // a kicker and a headline broken mid-phrase, then the byline and the
    // dateline each on a line of their own; no stanza of verse.
    let arts = page(
        "Ontario teachers\nreach tentative deal\n\nTORONTO — The union representing Ontario's public elementary teachers has reached a\ntentative agreement with the province.\n\nDetails of the deal will not be released until members have voted, the union said.\n\nPostmedia News\n\nNOVA SCOTIA\nHalifax council approves\nbus rapid transit plan\n\nANDRÉ LAROCHE\nHALIFAX\n\nHalifax regional council voted 12-4 on Tuesday to approve a $380-million bus rapid\ntransit network.\n\nThe plan calls for four dedicated corridors.\n",
    );
    assert_eq!(arts.len(), 2);
    assert_eq!(arts[0].front.agency.as_deref(), Some("Postmedia News"));
    let a = &arts[1];
    assert_eq!(a.front.title, "Halifax council approves bus rapid transit plan");
    assert_eq!(a.front.kicker.as_deref(), Some("NOVA SCOTIA"));
    assert_eq!(a.front.reporters, ["André Laroche"]);
    assert_eq!(a.front.dateline.as_ref().and_then(|d| d.place.as_deref()), Some("Halifax"));
    assert!(a.body.starts_with("Halifax regional council voted"), "{}", a.body);
}

#[test]
fn issue3_a_boxed_name_set_as_a_storys_last_line_signs_that_story() {
    // `　　□张晓梅` indented under the 记者手记's last sentence, a blank line
    // under it: the box's writer, not the byline of the list below.
    let arts = page(
        "记者手记\n让每个孩子都有好的起点\n　　采访中，一位家长告诉记者，她最关心的是家门口的学校能不能越办越好。\n　　教育公平，说到底是让每个孩子都能站在同样好的起点上。\n　　□张晓梅\n\n市区部分民办学校招生咨询电话\n江城外国语学校　0571-86021234\n江城实验中学　　0571-86035678\n育才学校　　　　0571-86049012\n",
    );
    assert_eq!(arts.len(), 2, "{arts:#?}");
    assert_eq!(arts[0].front.reporters, ["张晓梅"]);
    assert!(arts[1].front.reporters.is_empty(), "{:?}", arts[1].front);
    // Set over the next headline, apart from the text above, it stays the next piece's.
    let arts = page("标题一\n　　正文一，写了很多内容。\n\n□本报记者 李乙\n\n标题二\n　　正文二，写了很多内容。\n");
    assert_eq!(arts.last().map(|a| a.front.reporters.clone()), Some(vec!["李乙".to_string()]));
}

#[test]
fn issue3_a_headless_briefs_title_runs_past_the_verb_of_saying() {
    let arts = page(
        "环球速览\n　　【东京】日本政府4日宣布，将从4月起上调最低工资标准，全国加权平均时薪将首次突破1100日元。\n　　【开罗】埃及旅游部4日表示，今年前两个月埃及接待外国游客超过300万人次，同比增长12%。\n",
    );
    assert_eq!(arts.len(), 2);
    assert_eq!(arts[0].front.title, "日本政府宣布将从4月起上调最低工资标准");
    assert_eq!(arts[1].front.title, "埃及旅游部表示今年前两个月埃及接待外国游客超过300万人次");
}

#[test]
fn issue3_a_news_head_under_a_wires_sign_off_loses_no_text() {
    // `COURT NEWS` / `SPORTS NEWS` end as a paper's name does, but under
    // `NZME` closing a story they head the next piece: nothing may vanish.
    for head in ["COURT NEWS", "SPORTS NEWS"] {
        let text = format!(
            "Teen charged after ram raid\n\nBy Sam Whitaker\n\nA 16-year-old has been charged after a stolen car was driven through the front of a dairy early on Tuesday.\n\nPolice said the youth would appear in the Youth Court.\n\nNZME\n\n{head}\n\nThe following people appeared in the District Court this week:\n\nBen Rawiri Tipene, 34, of Otangarei, drink-driving, convicted, fined $1200.\n"
        );
        let arts = page(&text);
        assert_eq!(arts.len(), 2, "{head}");
        assert_eq!(arts[0].front.agency.as_deref(), Some("NZME"), "{head}");
        assert_eq!(arts[1].front.title, head);
        assert!(arts[1].front.agency.is_none(), "{head}: {:?}", arts[1].front);
        let out: String =
            arts.iter().map(|a| format!("{} {} {}", a.front.title, a.front.reporters.join(" "), a.body)).collect();
        for word in text.split_whitespace().filter(|w| !["By", "NZME"].contains(w)) {
            assert!(out.contains(word), "{head}: {word} lost");
        }
    }
}

#[test]
fn issue3_three_writers_after_by_with_a_comma_and_and() {
    // `By A, B and C`: the last two writers after the comma are writers
    // too, in plain case or capitals; `Staff writers` is their role and
    // `Data analysis by X` a contributor's credit, none of it text.
    for by in ["By Rachel Okafor, Dan Whitcomb and Priya Raman", "By RACHEL OKAFOR, DAN WHITCOMB AND PRIYA RAMAN"] {
        let a = one(&format!(
            "Nursing homes ignored warnings\n\n{by}\nStaff writers\n\nData analysis by Kevin Tran\nGraphics by Maria Lopez\n\nState inspectors cited the facility 47 times between 2015 and 2024.\n\nThe Ledger found more.\n"
        ));
        assert_eq!(a.front.reporters, vec!["Rachel Okafor", "Dan Whitcomb", "Priya Raman"], "{by}");
        assert_eq!(a.front.contributors, vec!["Kevin Tran", "Maria Lopez"], "{by}");
        assert!(a.body.starts_with("State inspectors"), "{by}: {}", a.body);
    }
    // A beat joined by `and` is still a role, not two writers.
    let a = one("Clinic opens\n\nBy Jane Doe, Health and Science Reporter\n\nThe clinic opened on Monday.\n");
    assert_eq!(a.front.reporters, vec!["Jane Doe"]);
}

#[test]
fn issue3_compiled_by_a_writer_from_wire_reports() {
    let a = one(
        "State audit faults county\n\nCompiled by Marcus Bell from wire reports\n\nJEFFERSON CITY — A state audit released Wednesday found that the county awarded contracts without bidding.\n",
    );
    assert_eq!(a.front.reporters, vec!["Marcus Bell"]);
    assert!(a.front.subtitle.is_none(), "{:?}", a.front.subtitle);
}

#[test]
fn issue3_a_timelines_dated_entries_stay_apart_at_full_width() {
    // A wrapped page: the 2015 entry reaches the column's width, yet the
    // 2019 entry under it is an entry of its own.
    let a = one(
        "Records show years of warnings went unheeded\n\nState inspectors cited the facility 47 times between 2015 and 2024 for\nfailing to prevent falls, according to records obtained by the Ledger\nthrough a public records request. In at least 11 of those cases, the\nresident who fell later died.\n\nTIMELINE\n1998: Ohio creates its nursing-home inspection program.\n2015: Maple Grove Care Center cited for first fall-prevention failure.\n2019: State audit calls enforcement \"inconsistent.\"\n2023: Joan Carver dies after third fall at Maple Grove.\n",
    );
    assert!(a.body.contains("failure.\n\n2019: State audit"), "{}", a.body);
}

#[test]
fn issue3_abc_rurals_sign_off_credits_the_story() {
    let arts = page(
        "Wool prices hold despite soft demand\n\nThe Eastern Market Indicator closed the week at 1165c/kg clean, steady on the previous sale.\n\nABC Rural\n\nCattle prices lift at Wagga\n\nRestockers were back in force on Monday.\n",
    );
    assert_eq!(arts.len(), 2);
    assert_eq!(arts[0].front.agency.as_deref(), Some("ABC Rural"));
    assert!(!arts[0].body.contains("ABC Rural"));
}

#[test]
fn issue3_a_saleyard_reports_price_lines_are_rows_not_a_headline() {
    let arts = page(
        "Heavy steers lift at Wagga\nKristy Allan\nRural reporter\n\nRESTOCKERS were back in force at Wagga on Monday, pushing prices up.\n\"There's grass in front of people now,\" he said.\nWAGGA WAGGA CATTLE\nYarding: 4120 (last week 3890)\nWeaner steers 200-280kg 380-452c/kg\nSteers 400-500kg 340-385c/kg\nHeavy cows 520kg+ 265-298c/kg\n\nDry start to autumn tests confidence\nAndrew Norris\nAgriculture editor\n\nNORTHERN NSW producers are weighing up early destocking.\n",
    );
    let last = arts.last().unwrap();
    assert_eq!(last.front.title, "Dry start to autumn tests confidence");
    assert_eq!(last.front.reporters, vec!["Andrew Norris"]);
    let all: String = arts.iter().map(|a| a.body.as_str()).collect();
    assert!(all.contains("Steers 400-500kg 340-385c/kg\nHeavy cows 520kg+ 265-298c/kg\n"), "{all}");
    assert!(
        arts.iter().all(|a| a.front.dateline.is_none()),
        "{:?}",
        arts.iter().map(|a| &a.front.dateline).collect::<Vec<_>>()
    );
}

#[test]
fn issue3_a_translator_after_the_writer_is_a_contributor() {
    // (`translated by X` after the comma was dropped with the line.)
    let a = one(
        "Night Train to Trieste\n\nBy Tomas Berg, translated by Sarah Death\n\nBerg's slim, haunting novel about a retired border guard is the best translated fiction of the year.\n",
    );
    assert_eq!(a.front.reporters, vec!["Tomas Berg"]);
    assert_eq!(a.front.contributors, vec!["Sarah Death"]);
}

#[test]
fn issue3_a_reviewed_books_title_author_and_publisher_stay_in_the_review() {
    // `by Maggie O'Farrell` over `Faber, £18.99, 320pp`: the book's author
    // and publisher, not the review's byline nor a new piece's heads; the
    // reviewer signs at the end.
    let a = one(
        "BOOKS\nA family saga that refuses to behave\nThree generations of a Norfolk farming family\n★★★★☆\nTHE GLASSHOUSE YEARS\nby Maggie O'Farrell\nFaber, £18.99, 320pp\n\nThere is a moment, about a third of the way in, when the novel seems about to collapse.\nIt does not collapse. O'Farrell holds the threads with confidence.\nReviewed by Claire Hennessy\n",
    );
    assert_eq!(a.front.title, "A family saga that refuses to behave");
    assert_eq!(a.front.reporters, vec!["Claire Hennessy"]);
    assert!(
        a.body.contains("THE GLASSHOUSE YEARS\n\nby Maggie O'Farrell\n\nFaber, £18.99, 320pp\n\nThere is"),
        "{}",
        a.body
    );
    // A short review under its own title: the author is no writer either,
    // and `Reviews by X` signs the column.
    let arts = page(
        "FICTION IN BRIEF\n\nThe Lighthouse Keeper's Daughter\nby Anna Pryce\nBloomsbury, £16.99, 288pp\n★★★☆☆\nA gentle, well-crafted debut set on a Cornish island in the 1950s.\n\nNight Train to Trieste\nby Tomas Berg\nMacLehose Press, £14.99, 240pp\n★★★★★\nBerg's slim, haunting novel is the best translated fiction I have read this year.\nReviews by Jonathan Gibbs\n\nTHEATRE\nA Chekhov for our times\n\nRebecca Frecknall's production updates Chekhov's last play to present-day Suffolk.\n",
    );
    assert_eq!(arts[0].front.title, "The Lighthouse Keeper's Daughter");
    assert!(arts[0].front.reporters.is_empty() && arts[0].body.starts_with("by Anna Pryce"), "{:?}", arts[0]);
    assert_eq!(arts[1].front.title, "Night Train to Trieste");
    assert_eq!(arts[1].front.reporters, vec!["Jonathan Gibbs"]);
    assert_eq!(arts.last().unwrap().front.title, "A Chekhov for our times");
}

/// `#春季招聘# #江城就业#` under a story of a web export: the platform's
/// topic tags are no text, and not the next headline's kicker.
#[test]
fn issue3_topic_hashtags_under_a_story() {
    let arts = page(
        "春季招聘会本周六开幕\n　　本报讯（记者　黄思琪）记者从市人社局获悉，春季大型招聘会将于3月7日在市会展中心举行，届时将有260余家企业进场招聘。\n#春季招聘# #江城就业#\n责任编辑：刘　畅\n\n地铁3号线北延段今日起试运行\n　　本报讯（记者　程　亮）3月5日起，江城地铁3号线北延段开始空载试运行。\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "春季招聘会本周六开幕"), (None, "地铁3号线北延段今日起试运行")]);
    assert!(arts.iter().all(|a| !a.body.contains('#')), "{arts:#?}");
}

/// `来源：江城日报客户端` and `来源：江城晚报` closing a piece of a web
/// export: the outlet it came from (a paper no rule lists), not its text;
/// a byline set above it still signs the piece.
#[test]
fn issue3_source_line_naming_an_unlisted_outlet() {
    let arts = page(
        "地铁3号线北延段今日起试运行\n　　本报讯（记者　程　亮）3月5日起，江城地铁3号线北延段开始空载试运行，预计今年6月底开通初期运营。\n来源：江城日报客户端\n编辑：陈　晨　校对：王　敏\n（审核：周建华）\n\n社区食堂开到家门口\n　　“一荤两素一汤，只要12元，比自己做饭还划算。”3月4日中午，在江南区柳荫社区长者食堂，75岁的张大爷端着餐盘笑着说。\n　　据了解，江南区今年计划新建社区食堂15家，实现街道全覆盖。\n文/图　记者　林小雨\n来源：江城晚报\n编辑：孙　悦　校对：吴　丹　美编：赵　磊\n（审核：马　骏）\n",
    );
    assert_eq!(arts.len(), 2, "{:?}", arts.iter().map(|a| &a.front.title).collect::<Vec<_>>());
    assert!(!arts[0].body.contains("来源"), "{}", arts[0].body);
    assert_eq!(arts[0].front.agency.as_deref(), Some("本报"));
    assert_eq!(arts[1].front.reporters, vec!["林小雨"]);
    assert_eq!(arts[1].front.agency.as_deref(), Some("江城晚报"));
    assert!(!arts[1].body.contains("来源"), "{}", arts[1].body);
    // Under a table, the source of its figures stays its text.
    let a = one("蔬菜价格\n　　本周蔬菜价格环比下降1.3%。\n来源：市统计局\n");
    assert!(a.body.contains("来源：市统计局"), "{}", a.body);
}

/// `（本报记者　李　想　对本文亦有贡献）` under a signed story: a colleague
/// who added to it, a contributor (as `X contributed to this report`),
/// not one more reporter.
#[test]
fn issue3_colleague_who_also_contributed() {
    let a = one(
        "“僵尸车”占位之困\n本报记者　赵一鸣　钱　坤\n\n　　记者连续一周走访城东、城西两区12个老旧小区发现，类似的“僵尸车”几乎每个小区都有。\n　　“关键是要有一个说得清的程序。”市人大代表陈立平建议，应尽快在市级层面出台处置办法。\n\n　　（本报记者　李　想　对本文亦有贡献）\n",
    );
    assert_eq!(a.front.reporters, vec!["赵一鸣", "钱坤"]);
    assert_eq!(a.front.contributors, vec!["李想"]);
    assert!(!a.body.contains("贡献"), "{}", a.body);
}

/// A sidebar's writer signing with the bare name under its last sentence,
/// over the story's closing credit: the name still signs the sidebar.
#[test]
fn issue3_bare_signature_over_a_closing_credit() {
    let a = one(
        "记者手记\n让车位回到居民手中\n　　采访中，不止一位老人对记者说：“我们不怕麻烦，就怕没人管。”清理“僵尸车”不难，难的是把责任说清楚、把程序立起来。\n　　赵一鸣\n\n　　（本报记者　李　想　对本文亦有贡献）\n",
    );
    assert_eq!(a.front.reporters, vec!["赵一鸣"]);
    assert_eq!(a.front.contributors, vec!["李想"]);
    assert!(!a.body.contains("赵一鸣"), "{}", a.body);
}

/// `专栏·城南旧事` over `作者简介：葛文清，…` over the essay's headline and
/// bare-name byline: one essay under the column's label, the note on its
/// writer kept as its text (and a note naming the writer does not make
/// the bare name a word of the text).
#[test]
fn issue3_column_label_over_a_note_on_its_writer() {
    let a = one(
        "专栏·城南旧事\n作者简介：葛文清，作家，市作协副主席，著有散文集《老城门》《巷子深处》等。\n\n旧书摊\n葛文清\n\n　　城南的旧书摊，早年间是沿着护城河摆的。一张塑料布往地上一铺，书脊朝上，密密麻麻，像一片晒着太阳的瓦。\n　　如今护城河边修成了公园，书摊早就没了。偶尔路过，我还会下意识地放慢脚步。\n",
    );
    assert_eq!((a.front.kicker.as_deref(), a.front.title.as_str()), (Some("专栏·城南旧事"), "旧书摊"));
    assert_eq!(a.front.reporters, vec!["葛文清"]);
    assert!(a.body.contains("作者简介：葛文清"), "{}", a.body);
    let a = one(
        "专栏·城南旧事\n\n旧书摊\n葛文清\n\n　　城南的旧书摊，早年间是沿着护城河摆的。一张塑料布往地上一铺，书脊朝上。\n　　如今护城河边修成了公园，书摊早就没了。\n\n作者简介：葛文清，作家，市作协副主席，著有散文集《老城门》等。\n",
    );
    assert_eq!(a.front.reporters, vec!["葛文清"]);
    assert_eq!(a.front.subtitle, None);
}

/// `今日导读` set tight over its lines after a story: the index box is a
/// piece titled by its label, its lines a list, the label no line of it.
#[test]
fn issue3_index_box_set_tight_after_a_story() {
    let arts = page(
        "人事任免\n　　本报讯　3月4日，市十七届人大常委会第二十六次会议表决通过：任命李志远为市发展和改革委员会主任。\n\n今日导读\n全市开展“学雷锋”志愿服务月活动　　▶3版\n春季招聘会本周六开幕　　▶4版\n",
    );
    assert_eq!(arts.len(), 2);
    assert_eq!(arts[1].front.title, "今日导读");
    assert!(arts[1].body.starts_with("- 全市开展"), "{}", arts[1].body);
    assert!(!arts[1].body.contains("今日导读"), "{}", arts[1].body);
    // `INSIDE` at a page's foot: its last line names a page, no cut text.
    let arts = page(
        "Crews battle warehouse blaze\nBy DAVID OKAFOR\nStaff Writer\n\nFirefighters spent more than six hours battling a fire at a vacant warehouse early Wednesday.\n\nINSIDE\nObituaries ..... A5\nOpinion ..... A7\nSports ..... B1\n",
    );
    assert_eq!(arts.len(), 2);
    assert_eq!(arts[1].body, "- Obituaries ..... A5\n- Opinion ..... A7\n- Sports ..... B1\n");
    assert!(!arts[1].front.truncated);
}

/// `翰墨丹青` over `《春江水暖》　王守仁　作` under an essay's last sentence:
/// a corner of artworks is a piece of its own, its captions text, not
/// subheads of the essay above.
#[test]
fn issue3_artwork_corner_under_an_essay() {
    let arts = page(
        "旧书摊\n葛文清\n\n　　城南的旧书摊，早年间是沿着护城河摆的。一张塑料布往地上一铺，书脊朝上，密密麻麻，像一片晒着太阳的瓦。\n　　如今护城河边修成了公园，书摊早就没了。偶尔路过，我还会下意识地放慢脚步。\n\n翰墨丹青\n\n《春江水暖》　王守仁　作\n\n《竹石图》　李秋云　作\n\n　　王守仁，1948年生，市美术家协会顾问，擅长山水花鸟；李秋云，1979年生，市书法家协会会员。\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "旧书摊"), (None, "翰墨丹青")]);
    assert!(arts[1].body.starts_with("《春江水暖》 王守仁 作\n\n《竹石图》"), "{}", arts[1].body);
    assert!(!arts[1].body.contains("##"), "{}", arts[1].body);
}

#[test]
fn issue3_a_letter_signed_in_capitals_with_a_small_mc_is_signed() {
    // `JOHN McALISTER, Walcha`: capitals that keep `Mc` small sign the
    // letter above; they are not the next letter's headline.
    let arts = page(
        "Letters to the editor\n\nMobile coverage still a joke\nI read with interest the latest promise from Canberra to fix black spots.\nJOHN McALISTER, Walcha\n\nSupport local saleyards\nCouncils thinking of selling off their saleyards should think again.\nMargaret Dunn, Coonabarabran\n",
    );
    assert_eq!(arts.len(), 2);
    assert_eq!(arts[0].front.reporters, ["John McAlister"]);
    assert_eq!(arts[1].front.title, "Support local saleyards");
    assert_eq!(arts[1].front.reporters, ["Margaret Dunn"]);
}

#[test]
fn issue3_a_tv_listing_led_by_an_initialism_is_a_box_not_a_dateline() {
    // `IPL: Mumbai Indians v Punjab Kings, 7.30 p.m.` over `Norway Chess:
    // Round 7, …` under `TODAY ON TV`: a box's entries (the one in plain
    // case under it says so), no dateline `Ipl`; and the label, between a
    // results box's entries and these, heads a box of its own.
    let arts = page(
        "RESULTS\nCricket: IPL: Gujarat Titans 179/0 in 17.5 ovs bt Delhi Capitals 175/6 in 20 ovs.\nFootball: I-League 2 (Kalyani): Sporting Bengaluru 2 drew with United SC 2.\n\nTODAY ON TV\nIPL: Mumbai Indians v Punjab Kings, 7.30 p.m., Star Sports 1.\nNorway Chess: Round 7, 8.30 p.m., JioHotstar.\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "RESULTS"), (None, "TODAY ON TV")]);
    assert_eq!(arts[1].front.dateline, None);
    assert!(arts[1].body.starts_with("IPL: Mumbai Indians"), "{}", arts[1].body);
}

#[test]
fn issue3_a_beats_desk_alone_under_the_head_signs_the_story() {
    // `Sports Reporter` alone under the headline signs for the desk, as
    // `Staff Reporter` does; under `By NAME` it is only the writer's role.
    let a = one(
        "Hockey India names squad for Pro League leg\n\nSports Reporter\n\nNEW DELHI: Hockey India on Thursday named a 24-member squad for the European leg of the FIH Pro League.\n",
    );
    assert_eq!(a.front.reporters, ["Sports Reporter"]);
    assert_eq!(a.front.dateline.as_ref().and_then(|d| d.place.as_deref()), Some("New Delhi"));
    let a = one(
        "Temasek-backed firm to list on SGX\n\nBy Rachel Tan\nBusiness Reporter\n\nA logistics company backed by Temasek Holdings has filed to list on the Singapore Exchange.\n",
    );
    assert_eq!(a.front.reporters, ["Rachel Tan"]);
}

#[test]
fn issue3_a_sentence_cut_at_a_columns_foot_is_no_headline() {
    // `The company operates 14 temperature-controlled warehouses across
    // South-east` set tight under the text, then a blank line and `Asia and
    // counts…`: the column's last line, mended, no headline of a piece.
    let a = one(
        "Temasek-backed firm to list on SGX\n\nBy Rachel Tan\n\nA logistics company backed by Temasek Holdings has filed to list on the Singapore Exchange mainboard.\nCold-chain operator FreshLink Logistics plans to raise about $350 million, according to its prospectus.\nThe company operates 14 temperature-controlled warehouses across South-east\n\nAsia and counts supermarket chains and pharmaceutical firms among its customers.\nThe IPO is expected to be priced in June.\n",
    );
    assert!(a.body.contains("across South-east Asia and counts supermarket chains"), "{}", a.body);
    // A headline set so names what the text under it does: it stays one.
    let arts = page(
        "Council tax to rise\n\nCouncil tax bills in Leeds will rise by 4.99 per cent from April after councillors approved the budget.\nHospital waiting lists fall for third month\n\nWaiting lists at Yorkshire hospitals have fallen for the third month in a row, new figures show.\n",
    );
    assert_eq!(arts.len(), 2);
    assert_eq!(arts[1].front.title, "Hospital waiting lists fall for third month");
}

#[test]
fn issue3_by_set_tight_under_the_last_line_and_apart_from_the_next_head_signs_above() {
    // `By Declan O'Reilly` right under a tribute's last line, a blank line,
    // then the next piece's heads: the tribute signed at its end, not the
    // next piece's byline set over it.
    let arts = page(
        "A devoted teacher who gave her life to Castlepollard\n\nFORMER pupils sent messages of sympathy following the death of a teacher who served the school for decades.\nShe died peacefully on May 9, aged 95.\nBy Declan O'Reilly\n\nSeamus Corrigan, Kilbeggan\n\nSEAMUS Corrigan, who died on April 30 after a short illness, was for many years the face of the hardware shop.\n",
    );
    assert_eq!(arts.len(), 2);
    assert_eq!(arts[0].front.reporters, ["Declan O'Reilly"]);
    assert!(arts[1].front.reporters.is_empty());
    assert!(!arts[0].body.contains("Reilly"), "{}", arts[0].body);
}

#[test]
fn issue3_a_name_under_the_head_that_the_lead_names_again_is_the_subject() {
    // `Sr Philomena Nugent` under an obituary's headline, named again in
    // its first paragraph: whom the piece is about, its deck, no writer.
    let a = one(
        "A devoted teacher who gave her life to Castlepollard\nSr Philomena Nugent\n\nFORMER pupils sent messages of sympathy following the death of Sister Philomena Nugent, who taught at the school for almost four decades.\nShe died peacefully on May 9, aged 95.\n",
    );
    assert!(a.front.reporters.is_empty(), "{:?}", a.front.reporters);
    assert_eq!(a.front.subtitle.as_deref(), Some("Sr Philomena Nugent"));
    // A writer's bare name under the head stays the byline.
    let a = one(
        "Council tax to rise by 4.99 per cent\nSarah Jenkins\n\nCouncil tax bills in Leeds will rise by 4.99 per cent from April after councillors approved the budget.\n",
    );
    assert_eq!(a.front.reporters, ["Sarah Jenkins"]);
}

#[test]
fn issue3_family_notices_beside_the_deaths_are_columns_of_their_own() {
    // `ANNIVERSARIES`, `ACKNOWLEDGEMENTS` under `DEATH NOTICES`: each a
    // column of its own, no notice of the deaths; and `Obituaries` heading
    // the page with them lower down is the page's section.
    let arts = page(
        "Obituaries\n\nFarmer, footballer and friend to all in Rathowen\n\nTHE death of Tom Geraghty at the hospital on April 27 last brought great sadness to the parish.\nHe is survived by his wife Kathleen.\n\nDEATH NOTICES\n\nBRENNAN, Margaret (née Kiernan), Ballymore Road, Moate. May 17, 2026, peacefully, at the Midland Regional Hospital. May she rest in peace.\n\nANNIVERSARIES\n\nMcCORMACK, Josephine (Josie), Ballynacargy. In loving memory of Josie, whose first anniversary occurs on May 24.\n\nACKNOWLEDGEMENTS\n\nThe family of the late Christy Walsh, Coralstown, wish to thank most sincerely all who sympathised with them.\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![
            (None, "Farmer, footballer and friend to all in Rathowen"),
            (None, "DEATH NOTICES"),
            (None, "ANNIVERSARIES"),
            (None, "ACKNOWLEDGEMENTS"),
        ]
    );
    assert_eq!(arts[0].front.section.as_deref(), Some("Obituaries"));
}

#[test]
fn issue3_courtesy_photo_run_in_after_a_caption_is_no_text() {
    // `… after Sunday's commencement. Courtesy photo`: where the picture
    // came from, run in after the caption, naming no one; the caption stays.
    let a = one(
        "Graduates toss caps at Alma High\n\nTwenty-eight seniors received diplomas Sunday afternoon at Alma High School's commencement.\n\nAlma High seniors Emma Schroeder, left, and Kaylee Brandt hug after Sunday's commencement. Courtesy photo\n",
    );
    assert!(a.body.ends_with("hug after Sunday's commencement.\n"), "{}", a.body);
    assert!(a.front.contributors.is_empty());
}

#[test]
fn issue3_a_photo_lent_by_a_collection_credits_no_one() {
    // `PHOTO: FAMILY COLLECTION` under a caption, on its line or run in:
    // a collection lent the picture; no contributor is named, no text kept.
    for credit in ["\nPHOTO: FAMILY COLLECTION", " PHOTO: FAMILY COLLECTION", "\nPicture: County Library archive"] {
        let a = one(&format!(
            "Farmer, footballer and friend to all\n\nTHE death of Tom Geraghty brought great sadness to the parish of Rathowen and far beyond it.\n\nTom Geraghty pictured at the county junior final in 1961.{credit}\n"
        ));
        assert!(a.front.contributors.is_empty(), "{credit}: {:?}", a.front.contributors);
        assert!(a.body.ends_with("final in 1961.\n"), "{credit}: {}", a.body);
    }
}

#[test]
fn issue3_a_rates_box_set_tight_under_a_brief_is_a_box_of_its_own() {
    // `CURRENCIES` over `US$1 = S$1.3462` … `Source: MAS`, set as one block
    // under the last brief: a box of its own titled by its label, no lines
    // of the brief above and no item of the brief column.
    let arts = page(
        "BRIEFS\n\nSIA flies more passengers\nSINGAPORE Airlines Group carried 3.4 million passengers in April, up 8.9 per cent from a year earlier.\n\nCURRENCIES\nUS$1 = S$1.3462\n1 euro = S$1.4598\n100 yen = S$0.8621\nSource: MAS\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(Some("BRIEFS"), "SIA flies more passengers"), (None, "CURRENCIES")]);
    assert!(!arts[0].body.contains("S$1.3462"), "{}", arts[0].body);
    assert!(arts[1].body.contains("US$1 = S$1.3462") && arts[1].body.contains("Source: MAS"), "{}", arts[1].body);
    assert!(!arts[1].body.contains("CURRENCIES"), "{}", arts[1].body);
}

#[test]
fn issue3_a_wires_or_desks_sign_off_on_its_own_line_after_a_hyphen_or_dash() {
    // `- Bloomberg` (an export's hyphen for the dash) and `– Staff Reporter`
    // on their own lines under a brief sign it: the wire, the desk (not
    // `Staff report`, which names no one); the next brief stays apart.
    for (sign, agency, reporters) in [
        ("- Bloomberg", Some("Bloomberg"), vec![]),
        ("– Staff Reporter", None, vec!["Staff Reporter"]),
        ("- Staff Reporter", None, vec!["Staff Reporter"]),
        ("— Staff report", None, vec![]),
    ] {
        let arts = page(&format!(
            "NZX 50 slips as Fletcher drags\n\nBy Jamie Gray\n\nThe NZX 50 fell 0.4 per cent to 12,140.22 in trading worth $142 million.\n\nDollar firms\n\nThe New Zealand dollar firmed against the greenback after stronger-than-expected dairy auction results overnight.\n{sign}\n"
        ));
        assert_eq!(arts.len(), 2, "{sign}");
        assert_eq!(arts[1].front.agency.as_deref(), agency, "{sign}");
        assert_eq!(arts[1].front.reporters, reporters, "{sign}");
        assert!(!arts[1].body.contains("Staff") && !arts[1].body.contains("- Bloomberg"), "{sign}: {}", arts[1].body);
    }
}

#[test]
fn issue3_sapa_signs_as_a_wire() {
    // `- Sapa` under a South African brief: the Press Association's wire
    // (ANA's forerunner), credited as one.
    let arts = page(
        "Sharks sign Bok lock\n\nThe Sharks have signed Springbok lock Jason Jenkins on a three-year deal, the union announced on Tuesday.\n- Sapa\n\nProteas A squad named\n\nCricket South Africa on Tuesday named a 15-man Proteas A squad for the series against Zimbabwe.\n",
    );
    assert_eq!(arts.len(), 2);
    assert_eq!(arts[0].front.agency.as_deref(), Some("Sapa"));
    assert!(!arts[0].body.contains("Sapa"), "{}", arts[0].body);
}

#[test]
fn issue3_a_bare_name_tight_under_the_text_over_a_label_set_apart_signs_above() {
    // `Chris Lloyd` right under an obituary's last line, then a blank line
    // and `FAMILY NOTICES` over `Deaths`: the obituary's writer, not a
    // head of the notices.
    let arts = page(
        "Miner's son who became the town's first Labour mayor\n\nJOHN Atkinson, who has died aged 87, was born in Spennymoor, the son of a miner.\nHe is survived by his wife, Doreen, and their three daughters.\nChris Lloyd\n\nFAMILY NOTICES\n\nDeaths\n\nHARDY Margaret (Peggy) Peacefully at Darlington Memorial Hospital on May 14, aged 91, of Cockerton.\n",
    );
    assert_eq!(arts.len(), 2, "{:#?}", kickers_and_titles(&arts));
    assert_eq!(arts[0].front.reporters, ["Chris Lloyd"]);
    assert!(!arts[0].body.contains("Chris Lloyd"), "{}", arts[0].body);
    assert_eq!(arts[1].front.title, "Deaths");
}

#[test]
fn issue3_a_police_logs_day_in_capitals_is_no_dateline() {
    // `MONDAY, MAY 11` over a blotter's entries: the day they fall on, a
    // subhead of the log, not a dateline placing a piece in `Monday`.
    let arts = page(
        "Police Blotter\n\nThe following incidents were reported to the Millbrook Police Department.\nMONDAY, MAY 11\n9:14 a.m. — Theft of a bicycle reported in the 300 block of Elm Street.\nTUESDAY, MAY 12\n11:02 p.m. — Noise complaint, 100 block of Oak Avenue. Subjects were advised.\n",
    );
    assert_eq!(arts.len(), 1, "{:#?}", kickers_and_titles(&arts));
    assert_eq!(arts[0].front.dateline, None);
    assert!(arts[0].body.contains("MONDAY, MAY 11") && arts[0].body.contains("Theft of a bicycle"), "{}", arts[0].body);
}

#[test]
fn issue3_a_head_over_a_credit_set_over_its_caption_opens_a_story() {
    // `Eagle Scout project brightens park` over `Submitted photo` over the
    // caption, a sentence, over the text, after a finished story: the next
    // story, opening on its photo; the headline is no caption of the story above.
    let arts = page(
        "School board weighs four-day week\n\nThe Millbrook Board of Education will hold a public hearing next month on a proposal to move to a four-day week.\n\nEagle Scout project brightens park\n\nSubmitted photo\nEagle Scout candidate Liam Ortega, center, and members of Troop 112 install new benches at Riverside Park on Saturday.\n\nLiam Ortega, 16, a sophomore at Millbrook High School, organized volunteers and raised $2,400 to build six benches.\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![(None, "School board weighs four-day week"), (None, "Eagle Scout project brightens park")]
    );
    assert!(arts[1].body.starts_with("Eagle Scout candidate Liam Ortega"), "{}", arts[1].body);
    assert!(!arts[1].body.contains("Submitted"), "{}", arts[1].body);
}

#[test]
fn issue3_a_story_opening_on_its_photo_ends_a_police_log() {
    // The same story under a police log's last entry: no entry of the log.
    let arts = page(
        "Police Blotter\n\nThe following incidents were reported to the Millbrook Police Department.\nTUESDAY, MAY 12\n11:02 p.m. — Noise complaint, 100 block of Oak Avenue. Subjects were advised.\n\nEagle Scout project brightens park\n\nSubmitted photo\nEagle Scout candidate Liam Ortega, center, and members of Troop 112 install new benches at Riverside Park on Saturday.\n\nLiam Ortega, 16, a sophomore at Millbrook High School, organized volunteers and raised $2,400 to build six benches.\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "Police Blotter"), (None, "Eagle Scout project brightens park")]);
    assert!(!arts[0].body.contains("Eagle"), "{}", arts[0].body);
}

/// `本报卡塔尔多哈1月17日专电（特派记者　孙　越）`: a paper's own 专电 lead
/// names the paper, the place and the day as `…日电` does.
#[test]
fn issue3_own_paper_special_dispatch_lead() {
    let a = one(
        "中国队小胜泰国队\n\n　　本报卡塔尔多哈1月17日专电（特派记者　孙　越）北京时间今天凌晨，中国队1比0战胜泰国队。\n",
    );
    assert_eq!(a.front.reporters, ["孙越"]);
    assert_eq!(a.front.agency.as_deref(), Some("本报"));
    let d = a.front.dateline.as_ref().expect("dateline");
    assert_eq!(d.place.as_deref(), Some("卡塔尔多哈"));
    assert_eq!(a.body, "北京时间今天凌晨，中国队1比0战胜泰国队。\n");
}

/// `终场前绝杀！中国队1比0小胜泰国队`: a headline may open on a short phrase
/// cried out (up to six characters), under a kicker and over a subtitle.
#[test]
fn issue3_headline_opening_on_a_short_cried_phrase() {
    let arts = page(
        "U23亚洲杯小组赛第二轮\n终场前绝杀！中国队1比0小胜泰国队\n小组积分升至4分　出线形势大好\n\n　　本报讯（记者　孙　越）北京时间今天凌晨，中国队1比0战胜泰国队。\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(Some("U23亚洲杯小组赛第二轮"), "终场前绝杀！中国队1比0小胜泰国队")]);
    assert_eq!(arts[0].front.subtitle.as_deref(), Some("小组积分升至4分 出线形势大好"));
    assert_eq!(arts[0].front.reporters, ["孙越"]);
}

/// `本报讯（石桥乡　刘晓燕）`, `（城关镇　刘晓燕　王军）`: a township's station
/// (or a media centre or publicity office) named before the writers, in a
/// lead's brackets or a closing one, is no writer; a township's and an
/// office's writers sent the piece in.
#[test]
fn issue3_township_station_before_the_writers() {
    let a = one("石桥乡开展防汛应急演练\n\n　　本报讯（石桥乡　刘晓燕）5月19日，石桥乡在河口村开展防汛应急演练。\n");
    assert!(a.front.reporters.is_empty(), "{:?}", a.front.reporters);
    assert_eq!(a.front.contributors, ["刘晓燕"]);
    assert_eq!(a.front.agency.as_deref(), Some("本报"));
    let a = one("东湖镇整治人居环境\n\n　　本报讯（东湖镇　李　娜　胡晓东）走进东湖镇柳林村，村道干净整洁。\n");
    assert_eq!(a.front.contributors, ["李娜", "胡晓东"]);
    let a = one("县委宣传部开展培训\n\n　　本报讯（区融媒体中心　黄晓燕）5月19日，全区通讯员培训班开班。\n");
    assert_eq!(a.front.reporters, ["黄晓燕"]);
    let a = one("城关镇开展演练\n\n　　5月19日，城关镇在河口村开展防汛应急演练。（城关镇　刘晓燕　王军）\n");
    assert_eq!(a.front.contributors, ["刘晓燕", "王军"]);
    assert_eq!(a.body, "5月19日，城关镇在河口村开展防汛应急演练。\n");
}

/// `赛果速递` / `■全国室内田径大奖赛（天津站）` / `男子60米决赛：谢某某以6秒55
/// 夺冠` / … / blank / the next story's head: the results set tight under a
/// boxed item are its text, and the next story's head, set apart below,
/// takes none of them as its kicker.
#[test]
fn issue3_results_box_over_the_next_story() {
    let arts = page(
        "赛果速递\n■CBA常规赛第26轮\n北京　96：88　山东\n上海　112：105　浙江\n■全国室内田径大奖赛（天津站）\n男子60米决赛：谢某某以6秒55夺冠\n女子跳远决赛：龚某某以6米72夺冠\n\n小将刷新全国青年纪录\n本市短道速滑队首站告捷\n\n　　晚报讯（记者　周　敏）1月17日，全国短道速滑联赛第一站在吉林落幕。\n",
    );
    let last = arts.last().unwrap();
    assert_eq!(last.front.title, "本市短道速滑队首站告捷");
    assert_eq!(last.front.kicker.as_deref(), Some("小将刷新全国青年纪录"));
    assert_eq!(last.front.reporters, ["周敏"]);
    let results = arts.iter().find(|a| a.body.contains("男子60米决赛")).expect("results kept");
    assert!(results.body.contains("男子60米决赛：谢某某以6秒55夺冠\n\n女子跳远决赛"), "{}", results.body);
    assert!(arts.iter().all(|a| !a.body.contains('■')), "{:#?}", arts.iter().map(|a| &a.body).collect::<Vec<_>>());
}

/// `■　6月9日，…。（王　芳）`: the space after a brief's box marker and a
/// padded name in its closing brackets make no table's columns; each
/// signed brief under `法治快讯` is a piece of its own.
#[test]
fn issue3_boxed_briefs_with_padded_names_are_no_table() {
    let arts = page(
        "法治快讯\n\n■　6月9日，南州市人民检察院召开“检察开放日”活动，邀请人大代表等30余人走进检察机关。（王　芳）\n■　近日，东阳县人民法院在城关镇设立“共享法庭”，方便群众就近解决矛盾纠纷。（通讯员　钱　伟）\n■　6月8日，省司法厅启动“法治宣传进万家”活动，组织律师深入社区开展法律咨询服务。（本报记者　陈晓峰）\n",
    );
    assert_eq!(arts.len(), 3, "{:#?}", arts.iter().map(|a| &a.body).collect::<Vec<_>>());
    assert!(arts.iter().all(|a| a.front.kicker.as_deref() == Some("法治快讯") && !a.body.contains("```")));
    assert_eq!(arts[0].front.reporters, ["王芳"]);
    assert_eq!(arts[1].front.contributors, ["钱伟"]);
    assert_eq!(arts[2].front.reporters, ["陈晓峰"]);
}

/// `数据来源：Wind　　制表：周　倩` set under a table, spaced like its rows:
/// where the figures come from is a note under the table, not a row of it.
#[test]
fn issue3_spaced_source_line_under_a_table_is_no_row() {
    let a = one(
        "两市涨幅前五个股\n证券简称　　收盘价（元）　涨跌幅（%）\n华芯科技　　　38.62　　　　20.01\n智联股份　　　12.45　　　　19.98\n数据来源：Wind　　制表：周　倩\n",
    );
    assert!(a.body.starts_with("```"), "{}", a.body);
    let (table, after) = a.body.rsplit_once("```").unwrap();
    assert!(!table.contains("数据来源"), "{}", a.body);
    assert!(after.trim_start().starts_with("数据来源：Wind"), "{}", a.body);
}

/// `【案例一】` over `网络游戏充值6万元　法院判决退还` over the case: the
/// numbered label and the case's headline make one subhead.
#[test]
fn issue3_numbered_case_label_over_its_headline() {
    let a = one(
        "省高院发布典型案例\n\n　　本报讯（记者　张　敏）6月1日前夕，省高级人民法院发布5起典型案例。\n【案例一】\n网络游戏充值6万元　法院判决退还\n　　13岁的小明在父母不知情的情况下充值6万余元，法院判决游戏公司返还充值款。\n【案例二】\n教师体罚学生被判刑\n　　被告人赵某多次体罚学生，致一名学生轻伤，被判处有期徒刑一年。\n",
    );
    assert!(a.body.contains("## 案例一：网络游戏充值6万元 法院判决退还\n\n13岁"), "{}", a.body);
    assert!(a.body.contains("## 案例二：教师体罚学生被判刑\n\n被告人"), "{}", a.body);
}

/// `投资有风险　入市需谨慎` / `本版文章仅代表作者观点，不构成投资建议。` at a
/// market page's foot: its standing disclaimer, no text of the story above.
#[test]
fn issue3_market_page_disclaimer_in_other_words() {
    let a = one(
        "小微企业“首贷”难题如何破解\n本报记者　郑　凯\n\n　　今年1－5月，全市新增首贷户3862户，发放首贷金额52.6亿元。\n\n投资有风险　入市需谨慎\n本版文章仅代表作者观点，不构成投资建议。\n",
    );
    assert_eq!(a.body, "今年1－5月，全市新增首贷户3862户，发放首贷金额52.6亿元。\n");
}

/// A county page wrapped at a narrow column, its leads naming writers padded
/// inside brackets (`本报讯（东湖镇　李　娜　胡晓东）走进`): those lines still
/// leave the column's measure alone, so the wrapped lines are joined (read
/// as a row's gaps, they made the measure too wide and broke paragraphs
/// into subheads).
#[test]
fn issue3_padded_names_in_brackets_leave_the_column_measure() {
    let arts = page(COUNTY_PAGE);
    let bodies: Vec<&String> = arts.iter().map(|a| &a.body).collect();
    assert!(!bodies.iter().any(|b| b.contains("##")), "{bodies:#?}");
    assert!(bodies.iter().any(|b| b.contains("5月18日，城关镇幸福小区3号楼的电梯正式投入使用")), "{bodies:#?}");
}

const COUNTY_PAGE: &str = "青山镇：“订单农业”\n让果农吃下“定心丸”\n\n　　本报讯（通讯员　王立新）“今年的\n桃子还没熟，就已经全部被订完了。”5\n月20日，在青山镇桃园村的果园里，果农\n李长海一边给桃树疏果，一边笑着说。\n　　近年来，青山镇积极推行“企业＋\n合作社＋农户”的订单农业模式，引导\n果农与县内外12家农产品加工企业签订\n收购合同，提前锁定销路和价格。今年，\n全镇签订订单面积达8600亩，预计带动\n1500余户果农户均增收8000元以上。\n\n石桥乡开展防汛应急演练\n\n　　本报讯（石桥乡　刘晓燕）5月19日，\n石桥乡在河口村开展防汛应急演练，模拟\n强降雨导致河水暴涨、群众被困等险情，\n检验乡村两级防汛应急队伍的快速反应和\n协同处置能力。乡应急队员、民兵、村干\n部等80余人参加演练。\n\n城关镇\n老旧小区加装电梯惠及居民\n\n本报通讯员　张　军　陈　静\n\n　　5月18日，城关镇幸福小区3号楼的\n电梯正式投入使用，楼里住了30多年的\n张大爷终于不用再“望楼兴叹”了。\n　　今年以来，城关镇把老旧小区加装电\n梯作为为民办实事项目，采取“居民出一\n点、政府补一点、企业让一点”的办法，\n已完成加装电梯11部，惠及居民260余户。\n\n图片新闻\n\n　　5月20日，县实验小学举办第二届\n校园科技节，学生们在展示自己制作的\n机器人模型。\n　　　　　　　　　　　　本报记者　赵　鹏　摄\n\n　　日前，白河镇万亩油菜喜获丰收，\n农民抢抓晴好天气收割。\n　　　　　　　　　　　　　　○李国庆　摄\n\n县人民医院\n开展“健康义诊进乡村”活动\n\n　　本报讯（记者　孙丽萍　通讯员　周\n涛）5月17日，县人民医院组织内科、外\n科、儿科等科室的20余名专家，走进马\n坊镇开展义诊活动，为当地群众免费测量\n血压血糖、提供健康咨询，共接诊群众\n400余人次，发放健康宣传资料1000余份。\n　　据了解，今年县人民医院计划开展“健\n康义诊进乡村”活动30场，实现全县15个\n乡镇全覆盖。\n\n东湖镇：人居环境整治\n扮靓美丽乡村\n\n　　本报讯（东湖镇　李　娜　胡晓东）走进\n东湖镇柳林村，只见村道干净整洁，房前屋\n后花草点缀，一幅美丽乡村画卷徐徐展开。\n　　今年以来，东湖镇以“清垃圾、清杂物、\n";

/// `青山镇：“订单农业”` over `让果农吃下“定心丸”`, set tight over the lead: a
/// place's headline broken by a narrow column is one title; a place's
/// slogan over a headline of its own (figures, a gap) stays its kicker.
#[test]
fn issue3_place_headline_broken_after_its_colon_phrase() {
    let a = one(
        "青山镇：“订单农业”\n让果农吃下“定心丸”\n\n　　本报讯（通讯员　王立新）今年的桃子还没熟，就已经全部被订完了。\n",
    );
    assert_eq!(kickers_and_titles(&[a]), vec![(None, "青山镇：“订单农业”让果农吃下“定心丸”")]);
    let a = one(
        "安阳县：抓项目促发展\n一季度签约项目32个　总投资156亿元\n\n　　本报讯（通讯员　王立新）一季度，安阳县新签约项目32个。\n",
    );
    assert_eq!(a.front.kicker.as_deref(), Some("安阳县：抓项目促发展"));
}

/// `图片新闻` over two captions, each over its own `…摄` line: each picture
/// is a piece of its own under the label, with its own photographer.
#[test]
fn issue3_two_credited_photos_under_a_photo_label() {
    let arts = page(
        "图片新闻\n\n　　5月20日，县实验小学举办第二届校园科技节，学生们在展示自己制作的机器人模型。\n　　　　　　　　　　　　本报记者　赵　鹏　摄\n\n　　日前，白河镇万亩油菜喜获丰收，农民抢抓晴好天气收割。\n　　　　　　　　　　　　　　○李国庆　摄\n",
    );
    assert_eq!(arts.len(), 2, "{:#?}", arts.iter().map(|a| &a.body).collect::<Vec<_>>());
    assert!(arts.iter().all(|a| a.front.kicker.as_deref() == Some("图片新闻")));
    assert_eq!(arts[0].front.contributors, ["赵鹏"]);
    assert_eq!(arts[1].front.contributors, ["李国庆"]);
    assert!(arts[1].body.starts_with("日前，白河镇"), "{}", arts[1].body);
}

/// `B组积分榜` over its table, then a caption credited `新华社发`: a table
/// takes no photo, so the caption is a picture of its own.
#[test]
fn issue3_credited_caption_under_a_table_is_its_own_picture() {
    let arts = page(
        "终场前绝杀！中国队1比0小胜泰国队\n\n　　本报卡塔尔多哈1月17日专电（特派记者　孙　越）北京时间今天凌晨，2026年U23亚洲杯小组赛B组第二轮在多哈展开争夺，中国队凭借第89分钟的一粒进球，1比0战胜泰国队。两轮战罢，中国队积4分暂列小组第一。\n　　根据赛程，中国队将于1月20日在小组赛最后一轮迎战日本队，届时只需一场平局即可确保出线。\n\nB组积分榜\n排名　球队　　　场次　胜　平　负　进/失　积分\n1　　中国　　　2　　1　1　0　2/1　　4\n2　　日本　　　2　　1　1　0　3/2　　4\n3　　泰国　　　2　　0　1　1　1/2　　1\n4　　约旦　　　2　　0　1　1　1/2　　1\n\n1月17日，中国队球员在比赛中庆祝进球。　　　新华社发\n\n多哈观察\n年轻人的韧性比比分更可贵\n■本报特派记者　孙　越\n\n　　1比0，比分不算好看，但这场胜利的分量，在场的每一个人都能感受到。\n",
    );
    assert_eq!(arts.len(), 4, "{:#?}", arts.iter().map(|a| &a.body).collect::<Vec<_>>());
    assert!(!arts[1].body.contains("庆祝进球"), "{}", arts[1].body);
    assert!(arts[1].front.contributors.is_empty());
    assert_eq!(arts[2].body, "1月17日，中国队球员在比赛中庆祝进球。\n");
}

/// `赛果速递` over `■CBA常规赛第26轮` over its scores, then `■WCBA常规赛`:
/// the first boxed item is a piece under the column's label, as the next is.
#[test]
fn issue3_first_boxed_item_of_a_results_column() {
    let arts = page(
        "赛果速递\n■CBA常规赛第26轮\n北京　96：88　山东\n上海　112：105　浙江\n新疆　89：91　深圳\n■WCBA常规赛\n四川　78：65　内蒙古\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![(Some("赛果速递"), "CBA常规赛第26轮"), (Some("赛果速递"), "WCBA常规赛")]
    );
    assert!(
        arts[0].body.contains("北京　96：88　山东") || arts[0].body.contains("北京 96：88 山东"),
        "{}",
        arts[0].body
    );
}

/// `县人民医院` over `开展“健康义诊进乡村”活动`: a headline broken after its
/// subject is one title; a topic over a verb-led title stays its kicker.
#[test]
fn issue3_headline_broken_after_its_subject() {
    let a = one(
        "县人民医院\n开展“健康义诊进乡村”活动\n\n　　本报讯（记者　孙丽萍）5月17日，县人民医院组织专家走进马坊镇开展义诊活动。\n",
    );
    assert_eq!(kickers_and_titles(&[a]), vec![(None, "县人民医院开展“健康义诊进乡村”活动")]);
    let a =
        one("乡村振兴\n推进农村人居环境整治\n\n　　本报讯（记者　孙丽萍）5月17日，全县农村人居环境整治推进会召开。\n");
    assert_eq!(kickers_and_titles(&[a]), vec![(Some("乡村振兴"), "推进农村人居环境整治")]);
}

/// `制表：周　倩` on its own line under a table credits the table's maker,
/// as `制图：李华` does a graphic's: a contributor, not a line of text.
#[test]
fn issue3_a_tables_maker_is_credited() {
    let a = one(
        "本周菜价稳中有降\n\n　　本报讯（记者　李　明）本周我市主要蔬菜价格稳中有降，白菜、萝卜等大路菜价格小幅回落。\n\n\
         品种　　本周均价　　上周均价\n白菜　　1.20　　1.35\n萝卜　　1.10　　1.25\n\n制表：周　倩\n",
    );
    assert_eq!(a.front.reporters, ["李明"]);
    assert_eq!(a.front.contributors, ["周倩"]);
    assert!(!a.body.contains("制表"), "{}", a.body);
}

/// `仙乃日神山倒映在卓玛拉措湖中　　赵　川　摄`: a caption set without a
/// full stop before its photographer's bare name keeps its text; the name
/// is credited.
#[test]
fn issue3_unstopped_caption_before_a_bare_photographer() {
    let a = one(
        "在稻城亚丁遇见最后的香格里拉\n本报记者　林晓舟\n\n　　从稻城县城出发，车子沿着盘山公路一路攀升。\n\n　　仙乃日神山倒映在卓玛拉措湖中　　赵　川　摄\n",
    );
    assert_eq!(a.front.reporters, ["林晓舟"]);
    assert_eq!(a.front.contributors, ["赵川"]);
    assert!(a.body.ends_with("仙乃日神山倒映在卓玛拉措湖中\n"), "{}", a.body);
    // A credit alone, the wire's or the paper's, is still a credit.
    let a = one(
        "在稻城亚丁遇见最后的香格里拉\n\n　　从稻城县城出发，车子沿着盘山公路一路攀升。\n\n新华社记者　李　贺　摄\n",
    );
    assert_eq!(a.front.contributors, ["李贺"]);
    assert!(!a.body.contains("摄"), "{}", a.body);
}

/// `文　林晓舟　图　赵　川` under a travel feature's headline: the writer and
/// the photographer, a padded name read as one; the next feature starts there.
#[test]
fn issue3_words_and_pictures_with_a_padded_name() {
    let arts = page(
        "走进徽州\n在粉墙黛瓦间读懂时光\n文/图　陈　默\n\n　　清晨六点，宏村还笼罩在一层薄雾里。\n\n\
         川西秘境\n在稻城亚丁遇见“最后的香格里拉”\n文　林晓舟　图　赵　川\n\n　　从稻城县城出发，车子沿着盘山公路一路攀升。\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![(Some("走进徽州"), "在粉墙黛瓦间读懂时光"), (Some("川西秘境"), "在稻城亚丁遇见“最后的香格里拉”")]
    );
    assert_eq!(arts[1].front.reporters, ["林晓舟"]);
    assert_eq!(arts[1].front.contributors, ["赵川"]);
    assert_eq!(arts[1].body, "从稻城县城出发，车子沿着盘山公路一路攀升。\n");
}

/// `扬子晚报网5月19日讯（记者　顾　炜）`: an evening paper's lead naming its
/// website and the day before 讯 credits the paper and the writer, as
/// `扬子晚报讯（记者 X）` does.
#[test]
fn issue3_paper_website_and_day_in_the_lead() {
    let a = one(
        "我省出台沿江生态修复三年行动方案\n\n　　扬子晚报网5月19日讯（记者　顾　炜）今天上午，省政府新闻办召开新闻发布会。\n",
    );
    assert_eq!(a.front.reporters, ["顾炜"]);
    assert_eq!(a.front.agency.as_deref(), Some("扬子晚报"));
    assert_eq!(a.body, "今天上午，省政府新闻办召开新闻发布会。\n");
}

/// `扬子晚报/紫牛新闻记者　万程鹏　摄` on its own line under a caption credits
/// the photographer, as `本报记者 X 摄` does: a contributor, not a writer.
#[test]
fn issue3_paper_and_app_photographer_under_a_caption() {
    let a = one(
        "高温津贴发放开始\n\n　　扬子晚报讯（记者　顾　炜）记者从省人社厅了解到，高温津贴标准为每人每月300元。\n\n　　昨日，南京市民在玄武湖畔晨练。\n　　扬子晚报/紫牛新闻记者　万程鹏　摄\n",
    );
    assert_eq!(a.front.reporters, ["顾炜"]);
    assert_eq!(a.front.contributors, ["万程鹏"]);
    assert!(a.body.ends_with("昨日，南京市民在玄武湖畔晨练。\n"), "{}", a.body);
    // Under a headline it heads a photo story of its own, its writer.
    let arts = page(
        "高温津贴发放开始\n\n　　扬子晚报讯（记者　顾　炜）记者从省人社厅了解到，高温津贴标准为每人每月300元。\n\n玄武湖畔晨练忙\n扬子晚报/紫牛新闻记者　万程鹏　摄\n\n　　昨日清晨，不少南京市民来到玄武湖畔晨练，湖边步道上跑步、打太极的人络绎不绝。\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "高温津贴发放开始"), (None, "玄武湖畔晨练忙")]);
    assert_eq!(arts[1].front.reporters, ["万程鹏"]);
}

/// `■两会观察` over `稳增长与惠民生同向发力` over `本报两会报道组`: a team
/// of the paper's reporters signing, no one named, is a byline (the paper
/// the agency); the piece starts there, not in the story above.
#[test]
fn issue3_a_papers_reporting_team_signs() {
    let arts = page(
        "“我把村民的心声带到了北京”\n本报记者　周　婷\n\n　　从大山深处的茶园到人民大会堂，全国人大代表杨春梅这一路走了整整两天。\n\n\
         ■两会观察\n稳增长与惠民生同向发力\n　　本报两会报道组　\n　　纵观今年的政府工作报告，一个鲜明特点是把“投资于物”和“投资于人”紧密结合。\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![(None, "“我把村民的心声带到了北京”"), (Some("两会观察"), "稳增长与惠民生同向发力")]
    );
    assert!(arts[1].front.reporters.is_empty());
    assert_eq!(arts[1].front.agency.as_deref(), Some("本报"));
    assert!(arts[1].body.starts_with("纵观今年"), "{}", arts[1].body);
}

/// `数据来源：市房地产市场监测中心　制表：郑　凯` under a table: the source
/// stays as printed, the table's maker after the gap is credited.
#[test]
fn issue3_a_tables_maker_after_its_source() {
    let a = one("本周新房成交情况\n\n　　本报讯（记者　张　帆）本周全市新房成交808套。\n\n\
         区域　　成交套数　　成交均价\n海曙　　186　　31580\n江北　　142　　28640\n\n数据来源：市房地产市场监测中心　制表：郑　凯\n");
    assert_eq!(a.front.reporters, ["张帆"]);
    assert_eq!(a.front.contributors, ["郑凯"]);
    assert!(a.body.ends_with("数据来源：市房地产市场监测中心\n"), "{}", a.body);
}

/// `速　览` over `●全省高考报名人数公布` and its text, `●我国成功发射…卫星`
/// closed by `（据新华社电）`, `●南京地铁…` signed `（记者　李　梦）` below:
/// an evening paper's brief column, each bulleted brief a piece of its own.
#[test]
fn issue3_an_evening_papers_sulan_brief_column() {
    let arts = page(
        "速　览\n\n●全省高考报名人数公布\n　　记者从省教育考试院获悉，今年全省普通高考报名人数为44.2万人。（本报综合）\n\n\
         ●我国成功发射遥感四十五号卫星\n　　5月18日10时30分，我国在酒泉卫星发射中心成功将遥感四十五号卫星发射升空。（据新华社电）\n\n\
         ●南京地铁7号线北段试运行\n　　南京地铁7号线北段日前开始空载试运行，预计年内开通初期运营。\n（记者　李　梦）\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![
            (Some("速览"), "全省高考报名人数公布"),
            (Some("速览"), "我国成功发射遥感四十五号卫星"),
            (Some("速览"), "南京地铁7号线北段试运行")
        ]
    );
    assert_eq!(arts[1].front.agency.as_deref(), Some("新华社"));
    assert!(arts[1].front.reporters.is_empty());
    assert_eq!(arts[2].front.reporters, ["李梦"]);
}

/// `本报讯（记者　王　蕾）…出发。（完）`: a story of one paragraph ends at its
/// end mark, as a longer one does; the box under it is a piece of its own.
#[test]
fn issue3_a_one_paragraph_story_ends_at_its_end_mark() {
    let arts = page(
        "旅游新闻\n上海至张家界旅游专列下月开行\n　　本报讯（记者　王　蕾）记者从铁路部门获悉，5月起上海将开行至张家界的旅游专列，首发团预计5月8日出发。（完）\n\n\
         周末去哪儿\n　　●顾村公园樱花节\n　　时间：即日起至4月20日\n　　地点：宝山区沪太路4788号\n\n　　●辰山植物园郁金香展\n　　时间：即日起至4月30日\n　　地点：松江区辰花路3888号\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![(Some("旅游新闻"), "上海至张家界旅游专列下月开行"), (None, "周末去哪儿")]
    );
    assert!(arts[0].body.ends_with("首发团预计5月8日出发。\n"), "{}", arts[0].body);
    assert!(arts[1].body.contains("地点：松江区辰花路3888号"), "{}", arts[1].body);
}

/// `旅游资讯`'s brief, then `周末去哪儿` over `●顾村公园樱花节` and its
/// `时间：`/`地点：` fields: a list box of its own ends the brief column;
/// its fields are no briefs' headlines.
#[test]
fn issue3_a_list_box_after_a_brief_column() {
    let arts = page(
        "旅游资讯\n上海至张家界旅游专列下月开行\n　　本报讯（记者　王　蕾）记者从铁路部门获悉，5月起上海将开行至张家界的旅游专列，首发团预计5月8日出发。\n\n\
         周末去哪儿\n　　●顾村公园樱花节\n　　时间：即日起至4月20日\n　　地点：宝山区沪太路4788号\n\n　　●辰山植物园郁金香展\n　　时间：即日起至4月30日\n　　地点：松江区辰花路3888号\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![(Some("旅游资讯"), "上海至张家界旅游专列下月开行"), (None, "周末去哪儿")]
    );
    assert!(arts[1].body.contains("时间：即日起至4月30日"), "{}", arts[1].body);
}

/// `两会特刊·聚焦政府工作报告` between the dated folio and the page's
/// editors: a special issue's 版名 with its theme is the section, not the
/// first story's kicker.
#[test]
fn issue3_a_special_issues_section_with_its_theme() {
    let a = one(
        "2026年3月6日　星期五　　　　　　　　　　　A05\n两会特刊·聚焦政府工作报告\n责任编辑：刘晓燕　　美术编辑：王　磊　　校对：张　敏\n\n\
         今年发展主要预期目标明确\n\n　　本报北京3月5日电（本报两会报道组）十四届全国人大四次会议5日上午在人民大会堂开幕。\n",
    );
    assert_eq!(a.front.section.as_deref(), Some("两会特刊·聚焦政府工作报告"));
    assert_eq!(kickers_and_titles(&[a]), vec![(None, "今年发展主要预期目标明确")]);
}

/// `代表委员建言` over `全国人大代表、…院长　孙宏伟：` over a suggestion's
/// headline, under a story's last paragraph: a column of its own (closed by
/// `（本报两会报道组整理）`, the paper's team, no one named), and the `声音`
/// box after that credit is another piece.
#[test]
fn issue3_a_delegates_suggestions_column_after_a_story() {
    let arts = page(
        "“一老一小”写进了家门口的民生清单\n本报记者　陈思远　周　婷　发自北京\n\n　　“报告里提到逐步推行免费学前教育，这对年轻家庭来说是实实在在的减负。”林慧敏说。\n\n\
         代表委员建言\n\n全国人大代表、市第一人民医院院长　孙宏伟：\n推动优质医疗资源下沉县域\n　　建议进一步完善紧密型县域医共体建设，让群众在家门口就能看上好医生。\n\n\
         全国政协委员、市工商联副主席　黄立新：\n为民营企业营造更好发展环境\n　　建议持续清理拖欠企业账款，让民营企业放心投资、安心经营。\n\n\
         （本报两会报道组整理）\n\n声音\n\n“每一项民生承诺都让人心里踏实。”\n——全国人大代表、市公交集团驾驶员　刘　勇\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![(None, "“一老一小”写进了家门口的民生清单"), (None, "代表委员建言"), (None, "声音")]
    );
    assert_eq!(arts[0].front.reporters, ["陈思远", "周婷"]);
    assert!(arts[0].body.ends_with("林慧敏说。\n"), "{}", arts[0].body);
    assert!(arts[1].front.reporters.is_empty());
    assert_eq!(arts[1].front.agency.as_deref(), Some("本报"));
    assert!(arts[1].body.contains("## 为民营企业营造更好发展环境"), "{}", arts[1].body);
    assert!(!arts[1].body.contains("整理"), "{}", arts[1].body);
}

/// `玄武湖畔晨练忙` over `本报记者　万程鹏　摄` over its caption, under a
/// story's last paragraph: a photo story headed by its photographer's
/// credit is a piece of its own, not the story's subhead.
#[test]
fn issue3_a_photo_story_headed_by_its_credit() {
    let arts = page(
        "高温津贴发放开始\n\n　　本报讯（记者　顾　炜）记者从省人社厅了解到，高温津贴标准为每人每月300元。\n\n\
         玄武湖畔晨练忙\n本报记者　万程鹏　摄\n\n　　昨日清晨，不少南京市民来到玄武湖畔晨练，湖边步道上跑步、打太极的人络绎不绝。\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "高温津贴发放开始"), (None, "玄武湖畔晨练忙")]);
    assert_eq!(arts[0].front.reporters, ["顾炜"]);
    assert!(arts[0].front.contributors.is_empty());
    assert_eq!(arts[1].front.contributors, ["万程鹏"]);
}

/// `本报全国两会报道组　张　伟　李　娜` under a headline: the paper's team,
/// then its members, who are the writers.
#[test]
fn issue3_a_reporting_team_with_its_members() {
    let a = one(
        "委员通道\n把群众的期盼带上会\n本报全国两会报道组　张　伟　李　娜\n\n　　3月5日，全国政协十四届四次会议第二场“委员通道”在人民大会堂开启。\n",
    );
    assert_eq!(kickers_and_titles(std::slice::from_ref(&a)), vec![(Some("委员通道"), "把群众的期盼带上会")]);
    assert!(a.front.subtitle.is_none(), "{:?}", a.front.subtitle);
    assert_eq!(a.front.reporters, ["张伟", "李娜"]);
    assert_eq!(a.front.agency.as_deref(), Some("本报"));
}

/// `声音` over `“要把更多资源投向基础研究。”` over `——全国人大代表　张　强`,
/// under a story's last paragraph: a box of attributed quotes is a piece of
/// its own, not the story's subhead.
#[test]
fn issue3_a_box_of_quotes_after_a_story() {
    let arts = page(
        "代表热议\n“新质生产力”成高频词\n□本报记者　王晓明　发自北京\n　　“新质生产力”是今年代表们讨论中的高频词。\n\n\
         声音\n　　“要把更多资源投向基础研究。”\n　　——全国人大代表　张　强\n\n　　“让企业真正成为创新主体。”\n　　——全国政协委员、某科技公司董事长　钱志刚\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(Some("代表热议"), "“新质生产力”成高频词"), (None, "声音")]);
    assert_eq!(arts[0].body, "“新质生产力”是今年代表们讨论中的高频词。\n");
    assert!(arts[1].front.reporters.is_empty());
    assert!(
        arts[1].body.contains("——全国人大代表 张 强") || arts[1].body.contains("——全国人大代表　张　强"),
        "{}",
        arts[1].body
    );
}

/// `SIR – Your report…`: a letter greets the editor in capitals and a dash,
/// the shape of `NAIROBI –`, but a greeting is no dateline; it stays text.
#[test]
fn issue3_a_letters_greeting_is_no_dateline() {
    let arts = page(
        "Letters to the editor\n\nFour-day week is no cure\n\nSIR – Your report on the trial paints a rosy picture, but the firms were self-selected.\n\nJOHN HARGREAVES\nHuddersfield, West Yorkshire\n\nParking charges drive shoppers away\n\nMADAM – My council has doubled the charge for parking in the high street.\n\nMARY ELLIS\nTunbridge Wells\n",
    );
    assert_eq!(arts.len(), 2);
    for a in &arts {
        assert_eq!(a.front.dateline, None, "{}", a.front.title);
    }
    assert!(arts[0].body.starts_with("SIR – Your report"), "{}", arts[0].body);
    assert!(arts[1].body.starts_with("MADAM – My council"), "{}", arts[1].body);
}

/// Letters signed on two lines, the name over the town or postal address:
/// a short last sentence over the signature is the letter's text, a second
/// letter opening `SIR –` under a signature shares its headline, and the
/// editor's note under a letter stays with it.
#[test]
fn issue3_letters_signed_over_a_town_or_address() {
    let arts = page(
        "Letters to the editor\n\nParking charges are driving shoppers away\n\nSIR – My town council has just doubled the charge for an hour's parking in the high street. Three more shops closed last month.\n\nIs anybody capable of joining the dots?\n\nMargaret Ellis\nTunbridge Wells, Kent\n\n\
         Bring back the red telephone box\n\nSIR – Several villages have turned their old telephone boxes into libraries and defibrillator stations.\n\nDr Peter Lowe\nLudlow, Shropshire\n\nSIR – Your correspondent forgets that the red box was designed by Sir Giles Gilbert Scott.\n\nAnn Forsyth\nEdinburgh\n\n\
         Lessons from the Somme\n\nSir,\nI was struck by how quickly living memory slips away.\n\nROBERT TATE\n12 Mill Lane, Market Harborough, Leicestershire\n\nEditor's note: The obituary was written by his nephew.\n\n\
         Tourist taxes will hurt\n\nSIR – The visitor levy will fall hardest on family businesses.\n\nSUSAN TREGENZA\nSt Ives, Cornwall\n",
    );
    let titles: Vec<&str> = arts.iter().map(|a| a.front.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Parking charges are driving shoppers away",
            "Bring back the red telephone box",
            "Lessons from the Somme",
            "Tourist taxes will hurt"
        ]
    );
    assert_eq!(arts[0].front.reporters, ["Margaret Ellis"]);
    assert!(arts[0].body.contains("joining the dots?"), "{}", arts[0].body);
    assert_eq!(arts[1].front.reporters, ["Dr Peter Lowe", "Ann Forsyth"]);
    assert!(arts[1].body.contains("Sir Giles"), "{}", arts[1].body);
    assert_eq!(arts[2].front.reporters, ["Robert Tate"]);
    assert!(arts[2].body.ends_with("written by his nephew.\n"), "{}", arts[2].body);
    assert_eq!(arts[3].front.reporters, ["Susan Tregenza"]);
}

/// `ALBUM REVIEW` / `Northern Lights, The Weather Station` / `★★★★` under
/// the last sentence of the review before: short lines, but a rating rates
/// no stanza; they are the next review's heads, over its byline.
#[test]
fn issue3_a_rated_head_under_a_review_is_no_verse() {
    let arts = page(
        "THEATRE REVIEW\nA Doll's House slams its door\n★★★½\n\nJAMIE CHEN\nSpecial to the Star\n\nThere is a moment, late in the second act of the production, when Nora stands perfectly still.\n\nA Doll's House continues at the Avon Theatre until Oct. 24.\n\n\
         ALBUM REVIEW\nNorthern Lights, The Weather Station\n★★★★\n\nNICK PATEL\nPostmedia News\n\nTamara Lindeman has never sounded more at ease. Her eighth album is a quiet, intricate record.\n\nNorthern Lights is out now.\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![
            (Some("THEATRE REVIEW"), "A Doll's House slams its door"),
            (Some("ALBUM REVIEW"), "Northern Lights, The Weather Station")
        ]
    );
    assert_eq!(arts[1].front.subtitle.as_deref(), Some("★★★★"));
    assert_eq!(arts[1].front.reporters, ["Nick Patel"]);
    assert!(arts[0].body.ends_with("until Oct. 24.\n"), "{}", arts[0].body);
}

/// A film review's heads: its label, headline, the film's title, the rating
/// with its scale (`★★ (out of four)`) and the facts line, then the critic's
/// name in capitals over the paper he writes for (`Toronto Star`, no `By`).
/// The film's title is no byline, and the paper no writer.
#[test]
fn issue3_a_film_review_under_its_rating_and_critic() {
    let a = one(
        "MOVIE REVIEW\nSummer blockbuster is loud, long and hollow\nDeep Current\n★★ (out of four)\nStarring: Ryan Holt, Dana Kim. Directed by Paul Berger. 2 hours 28 minutes. Opens Friday.\n\nPETER HOWELL\nToronto Star\n\nDeep Current has a submarine, a rogue AI, a volcano and a heist. What it does not have is a single character.\n\nThe sound mix is punishing.\n",
    );
    assert_eq!(
        kickers_and_titles(std::slice::from_ref(&a)),
        vec![(Some("MOVIE REVIEW"), "Summer blockbuster is loud, long and hollow")]
    );
    assert_eq!(a.front.reporters, ["Peter Howell"]);
    assert!(a.front.subtitle.as_deref().is_some_and(|s| s.contains("★★")), "{:?}", a.front.subtitle);
    assert!(a.body.starts_with("Deep Current has a submarine"), "{}", a.body);
    assert!(!a.body.contains("Toronto Star"), "{}", a.body);
}

/// `SCOTTISH PREMIERSHIP RESULTS` over its table, under a match report
/// closed by its photographer's credit (`Pictures: Kim Cessford`): the box
/// is a piece of its own, as it is right under the report's text.
#[test]
fn issue3_a_results_box_under_a_reports_closing_credit() {
    let arts = page(
        "Arbroath clinch title with a game to spare\nBy Andy Ross\nARBROATH are champions of League One after a 2-0 win over Montrose at Gayfield.\n\n\
         Manager Jim McIntyre said: \"The players have been magnificent all season.\"\n\nPictures: Kim Cessford\n\n\
         SCOTTISH PREMIERSHIP RESULTS\nAberdeen 2 Hibernian 1\nCeltic 3 Hearts 0\nDundee 1 Motherwell 1\nKilmarnock 2 St Mirren 3\n",
    );
    let titles: Vec<&str> = arts.iter().map(|a| a.front.title.as_str()).collect();
    assert_eq!(titles, ["Arbroath clinch title with a game to spare", "SCOTTISH PREMIERSHIP RESULTS"]);
    assert_eq!(arts[0].front.contributors, ["Kim Cessford"]);
    assert!(!arts[0].body.contains("Celtic"), "{}", arts[0].body);
    assert!(arts[1].body.contains("Celtic 3 Hearts 0"), "{}", arts[1].body);
}

/// `"Our boats cannot get out,"` cut by the column from `he said.`: a
/// quotation closed on a comma goes on to say who said it.
#[test]
fn issue3_a_quote_closed_on_a_comma_runs_on_to_its_speaker() {
    let a = one(
        "Fishermen count losses\n\nBy JANE ODHIAMBO in Kisumu\n\nHundreds of fishermen on Lake Victoria have been unable to go out for two weeks.\n\n\"The weed has blocked the landing site completely. Our boats cannot get out,\"\n\nhe said.\n\nThe county would hire machines to clear the weed.\n",
    );
    assert!(a.body.contains("cannot get out,\" he said.\n"), "{}", a.body);
}

/// `…recruited for one last job. Dana` cut by the column from `Kim is the
/// scientist…`: no paragraph ends on the first word of a new sentence, so it
/// goes on in the next, though that opens in capitals (a title's full stop,
/// `Dr. Smith`, is no sentence's end).
#[test]
fn issue3_a_paragraph_cut_after_a_sentences_first_word() {
    let a = one(
        "A head for the story\n\nBy Tom Smith\n\nDeep Current has a submarine, a rogue AI, a volcano and a heist.\n\nRyan Holt plays a disgraced naval engineer recruited for one last job. Dana\n\nKim is the scientist who distrusts him. The script gives neither of them anything.\n\nThe sound mix is punishing.\n",
    );
    assert!(a.body.contains("one last job. Dana Kim is the scientist"), "{}", a.body);
}

/// `… on June 8. PHOTO | FILE`: a Kenyan caption's credit after a bar that
/// names no one (a file picture) is cut from the caption, as `PHOTO |
/// JOHN NJOROGE | NATION` is; no one is credited.
#[test]
fn issue3_a_piped_photo_credit_naming_no_one() {
    let a = one(
        "Fishermen count losses\n\nBy JANE ODHIAMBO in Kisumu\n\nHundreds of fishermen on Lake Victoria have been unable to go out for two weeks.\n\n\
         Fishermen at Dunga beach in Kisumu pull a boat through water hyacinth on June 8. PHOTO | FILE\n",
    );
    assert!(a.body.ends_with("water hyacinth on June 8.\n"), "{}", a.body);
    assert!(a.front.contributors.is_empty(), "{:?}", a.front.contributors);
}

/// `Hamilton Philharmonic: Beethoven's Ninth, Saturday 7:30 p.m., …` under
/// a listings box's label, over `Supercrawl preview party: Friday 6 p.m.,
/// …`: entries of a listing, each a few words before a colon; the first is
/// no dateline, though it names a town.
#[test]
fn issue3_a_listings_first_entry_is_no_dateline() {
    let a = one(
        "WHAT'S ON THIS WEEKEND\n\nHamilton Philharmonic: Beethoven's Ninth, Saturday 7:30 p.m., Concert Hall, $25-$89.\n\nSupercrawl preview party: Friday 6 p.m., James Street North, free.\n\nComedy at the Casbah: Saturday 9 p.m., $20.\n",
    );
    assert_eq!(a.front.dateline, None);
    assert!(a.body.starts_with("Hamilton Philharmonic: Beethoven's Ninth"), "{}", a.body);
}

/// `Send letters to letters@…` right under the letters' label, over the
/// first letter's headline: the column's notice, dropped as under its last
/// letter; the label is each letter's kicker, no piece of its own.
#[test]
fn issue3_the_letters_notice_under_their_label() {
    let arts = page(
        "LETTERS TO THE EDITOR\n\nSend letters to letters@chronicle.co.uk. Letters should be no longer than 250 words.\n\n\
         Four-day week is no cure\n\nSIR – Your report on the trial paints a rosy picture, but the firms were self-selected.\n\nJOHN HARGREAVES\nHuddersfield, West Yorkshire\n\n\
         Parking charges drive shoppers away\n\nSIR – My council has doubled the charge for parking in the high street.\n\nMARY ELLIS\nTunbridge Wells\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![
            (Some("LETTERS TO THE EDITOR"), "Four-day week is no cure"),
            (Some("LETTERS TO THE EDITOR"), "Parking charges drive shoppers away")
        ]
    );
    assert!(arts.iter().all(|a| !a.body.contains("Send letters")));
}

/// `IN BRIEF` over briefs each set as a place in capitals over its headline
/// and text (`MOMBASA` / `Ferry services disrupted` / …): every brief is the
/// column's item, its kicker the label, its place the dateline; a story
/// with a writer's byline after them ends the column.
#[test]
fn issue3_briefs_under_their_places_keep_the_columns_label() {
    let arts = page(
        "IN BRIEF\n\nKAKAMEGA\nTeachers end strike\nPrimary school teachers in Kakamega have called off a week-long strike after the county agreed to pay.\n\n\
         MOMBASA\nFerry services disrupted\nLikoni ferry services were disrupted for three hours yesterday after a vessel developed engine trouble.\n\n\
         NYERI\nCoffee farmers paid\nMore than 4,000 coffee farmers in Nyeri will receive bonus payments this week, the county has said.\n\n\
         Police probe death of trader in Eldoret\n\nBy STEPHEN ODUOR\n\nPolice in Eldoret are investigating the death of a trader whose body was found in his shop.\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![
            (Some("IN BRIEF"), "Teachers end strike"),
            (Some("IN BRIEF"), "Ferry services disrupted"),
            (Some("IN BRIEF"), "Coffee farmers paid"),
            (None, "Police probe death of trader in Eldoret")
        ]
    );
    assert_eq!(arts[1].front.dateline.as_ref().and_then(|d| d.place.as_deref()), Some("Mombasa"));
}

/// `FIXTURES THIS WEEKEND` in capitals over its text, under a results box's
/// table after a story: the next box, no subhead of the results.
#[test]
fn issue3_a_fixtures_box_under_a_results_table() {
    let arts = page(
        "Arbroath clinch title\nBy Andy Ross\nARBROATH are champions of League One after a 2-0 win over Montrose at Gayfield.\n\n\
         SCOTTISH PREMIERSHIP RESULTS\nAberdeen 2 Hibernian 1\nCeltic 3 Hearts 0\nDundee 1 Motherwell 1\nKilmarnock 2 St Mirren 3\n\n\
         FIXTURES THIS WEEKEND\nSaturday: Celtic v Rangers (12.30pm), Dundee United v Aberdeen, Hearts v Kilmarnock.\n",
    );
    let titles: Vec<&str> = arts.iter().map(|a| a.front.title.as_str()).collect();
    assert_eq!(titles, ["Arbroath clinch title", "SCOTTISH PREMIERSHIP RESULTS", "FIXTURES THIS WEEKEND"]);
    assert!(arts[2].body.starts_with("Saturday: Celtic v Rangers"), "{}", arts[2].body);
}

/// A listings box's entries set line under line, each on a label and a
/// colon (`Art Gallery of Hamilton: …, $15.` / `Comedy at the Casbah: …`):
/// a finished entry's next line opening on its own label is the next
/// entry, however full the line above.
#[test]
fn issue3_a_listings_entries_each_a_paragraph() {
    let arts = page(
        "Summer blockbuster is loud, long and hollow\n\nBy Peter Howell\n\n\
         Deep Current has a submarine, a rogue AI, a volcano and a heist. What it does\n\
         not have is a single character you would care to follow across a parking lot,\n\
         let alone to the bottom of the Pacific. The effects are expensive and, now and\n\
         then, impressive; the sound mix is punishing from the first scene to the last.\n\n\
         WHAT'S ON THIS WEEKEND\nSupercrawl preview party: Friday 6 p.m., James Street North, free.\n\
         Art Gallery of Hamilton: \"Women of the Group of Seven,\" until Sept. 7, $15.\nComedy at the Casbah: Saturday 9 p.m., $20.\n",
    );
    let listing = &arts.last().unwrap().body;
    assert!(listing.contains("until Sept. 7, $15.\n\nComedy at the Casbah:"), "{listing}");
}

/// `A05 民生·3·15特刊  2026年3月15日 星期日  责任编辑 王丽  美编 陈晨`: a
/// section named with a day set as its month and day joined by a dot
/// (`3·15`) is the folio's section, no kicker of the first story.
#[test]
fn issue3_a_section_named_with_a_dotted_day() {
    let a = one(
        "A05 民生·3·15特刊                 2026年3月15日 星期日              责任编辑 王丽  美编 陈晨  校对 赵刚\n\n\
         装修公司偷工减料 业主索赔有了结果\n\n本报讯（记者 刘洋 通讯员 孙卫国）近日，市民陈女士拨打本报热线称，她家卫生间出现渗水。\n",
    );
    assert_eq!(a.front.section.as_deref(), Some("民生·3·15特刊"));
    assert_eq!(a.front.kicker, None);
    assert_eq!(a.front.title, "装修公司偷工减料 业主索赔有了结果");
}

/// A reader's letter closing on one short finished sentence
/// (`在此，我想通过贵报向刘师傅表示衷心的感谢！`) over `读者 周桂兰`: the
/// letter's last paragraph and its signature, not the next piece's kicker
/// and headline.
#[test]
fn issue3_a_letters_short_last_sentence_over_its_signature() {
    let arts = page(
        "热心读者来信\n\n感谢好心的哥送回我的钱包\n\n编辑同志：\n\n\
         6月10日傍晚，我在火车站乘坐一辆出租车回家，下车时不慎将钱包遗落在后座。钱包里有身份证、银行卡和2000多元现金，我急得一夜没睡好。\n\n\
         在此，我想通过贵报向刘师傅表示衷心的感谢！\n\n读者 周桂兰\n\n社区公告\n\n关于开展检查的通知\n\n各位居民：\n\n请各位居民及时清理楼道杂物。\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![(Some("热心读者来信"), "感谢好心的哥送回我的钱包"), (Some("社区公告"), "关于开展检查的通知")]
    );
    assert_eq!(arts[0].front.reporters, vec!["周桂兰"]);
    assert!(
        arts[0].body.ends_with("我急得一夜没睡好。\n\n在此，我想通过贵报向刘师傅表示衷心的感谢！\n"),
        "{}",
        arts[0].body
    );
}

/// `●我省首个低空经济综合服务平台上线` (a brief's headline after its
/// bullet, no mark in it, as wide as the column) over `5月18日，湖南省…`:
/// the brief's text opens on when it happened; no cut sentence runs on.
#[test]
fn issue3_a_bulleted_brief_head_over_text_opening_on_its_date() {
    let arts = page(
        "科技快讯\n\n●我省首个低空经济综合服务平台上线\n\n5月18日，湖南省低空经济综合服务平台正式上线运行，可为无人机企业和用户提供服务。（黄思远）\n\n\
         ●我国科学家实现新型量子纠缠光源\n\n近日，我国科研团队成功研制出一种高亮度的新型量子纠缠光源。（据科技日报）\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![
            (Some("科技快讯"), "我省首个低空经济综合服务平台上线"),
            (Some("科技快讯"), "我国科学家实现新型量子纠缠光源")
        ]
    );
    assert!(arts[0].body.starts_with("5月18日，湖南省"), "{}", arts[0].body);
    assert!(arts[1].body.starts_with("近日，我国"), "{}", arts[1].body);
}

/// `资料图片` on a line of its own under a column (the photo's source, no
/// one named) over the next story's headline: no kicker of that story.
#[test]
fn issue3_a_file_photo_note_alone_is_no_kicker() {
    for note in ["资料图片", "本报资料图片"] {
        let arts = page(&format!(
            "全省科技活动周启动\n\n本报讯（记者 张三）5月19日，2026年全省科技活动周在岳阳启动。\n\n{note}\n\n\
             科技特派员扎根田间 “土专家”带富一方\n\n本报通讯员 贺文斌 本报记者 邹敏\n\n在湘西州永顺县的猕猴桃种植基地，省科技特派员正在指导农户修剪枝条。\n"
        ));
        assert_eq!(
            kickers_and_titles(&arts),
            vec![(None, "全省科技活动周启动"), (None, "科技特派员扎根田间 “土专家”带富一方")],
            "{note}"
        );
        assert!(!arts[0].body.contains("资料"), "{note}: {}", arts[0].body);
        assert!(arts[1].front.contributors.iter().all(|c| !c.contains("资料")), "{note}");
    }
}

/// `（据《解放军报》）`, `（据北京日报）` closing a reprinted story: the paper
/// it came from, a paper no list names, is the agency; the line no text.
#[test]
fn issue3_a_reprint_note_naming_any_paper() {
    for (note, paper) in [("（据《解放军报》）", "解放军报"), ("（据北京日报）", "北京日报")] {
        let a = one(&format!(
            "练兵备战一线 淬火成钢正当时\n\n盛夏时节，西北戈壁骄阳似火。\n\n该旅先后组织20余次实战化对抗演练。\n\n{note}\n"
        ));
        assert_eq!(a.front.agency.as_deref(), Some(paper), "{note}");
        assert_eq!(a.body, "盛夏时节，西北戈壁骄阳似火。\n\n该旅先后组织20余次实战化对抗演练。\n", "{note}");
    }
    let a = one("雷雨将至\n\n今天下午我市有雷阵雨。\n\n（据市气象台预报）\n");
    assert_eq!(a.front.agency, None);
}

/// `（作者单位：国防大学）  □ 王振邦` under an unsigned commentary, over the
/// next story's headline: the note on its author and the author signing
/// it, not the next story's headline and byline.
#[test]
fn issue3_an_author_note_then_the_signature_over_the_next_head() {
    let arts = page(
        "军事观察\n\n强军之路 步履铿锵\n\n建军99年来，人民军队从小到大、从弱到强，不断从胜利走向胜利。\n\n\
         唯有如此，才能有效履行新时代使命任务，为实现中华民族伟大复兴提供坚强战略支撑。\n\n（作者单位：国防大学）  □ 王振邦\n\n\
         某舰艇编队远海训练归来\n\n本报特约通讯员 陈海涛\n\n7月29日，南部战区海军某舰艇编队返回湛江某军港。\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![(Some("军事观察"), "强军之路 步履铿锵"), (None, "某舰艇编队远海训练归来")]
    );
    assert_eq!(arts[0].front.reporters, vec!["王振邦"]);
    assert!(arts[0].body.ends_with("战略支撑。\n\n（作者单位：国防大学）\n"), "{}", arts[0].body);
    assert_eq!(arts[1].front.contributors, vec!["陈海涛"]);
}

/// `口述 李长河  整理 本报记者 赵雪梅`: an oral history's byline with its
/// work words set apart from the names by spaces, no colons.
#[test]
fn issue3_an_oral_history_byline_spaced() {
    let a = one(
        "老兵口述：我的戍边岁月\n\n口述 李长河  整理 本报记者 赵雪梅\n\n1976年冬天，我18岁，坐着闷罐车来到了新疆边防。\n",
    );
    assert_eq!(a.front.title, "老兵口述：我的戍边岁月");
    assert_eq!(a.front.reporters, vec!["赵雪梅"]);
    assert_eq!(a.front.contributors, vec!["李长河"]);
    assert_eq!(a.body, "1976年冬天，我18岁，坐着闷罐车来到了新疆边防。\n");
}

/// `本报记者 赵雪梅 整理`, `整理 本报记者 赵雪梅`, `整理/记者 X` under a
/// headline: the reporter who compiled the piece, its byline (not the
/// headline, with the real one pushed up as kicker); the same line under
/// a piece's last answer credits that piece.
#[test]
fn issue3_a_compilers_byline_under_the_headline() {
    for line in ["本报记者 赵雪梅 整理", "整理 本报记者 赵雪梅", "整理/本报记者 赵雪梅"] {
        let a = one(&format!(
            "春季运动六问\n\n{line}\n\n问：糖尿病患者春季运动要注意什么？\n\n答：运动宜选在餐后1小时左右。\n"
        ));
        assert_eq!((a.front.kicker.as_deref(), a.front.title.as_str()), (None, "春季运动六问"), "{line}");
        assert_eq!(a.front.reporters, vec!["赵雪梅"], "{line}");
        assert!(a.body.starts_with("问："), "{line}: {}", a.body);
    }
    let a = one(
        "春季运动六问\n\n问：糖尿病患者春季运动要注意什么？\n\n答：运动宜选在餐后1小时左右。\n\n本报记者 赵雪梅 整理\n",
    );
    assert_eq!(a.front.reporters, vec!["赵雪梅"]);
    assert!(!a.body.contains("整理"), "{}", a.body);
    // (`整理 房间` names no one.)
    assert!(
        page("整理 房间\n\n1976年冬天，我18岁，坐着闷罐车来到了新疆边防。\n")
            .iter()
            .all(|a| a.front.reporters.is_empty())
    );
}

/// `投诉直通车` (a column's label no list knows) over briefs whose headlines
/// are boxed alike (`■空调安装费“缩水”`, `■快递丢件赔偿难`), each over one
/// signed paragraph: every brief is the column's item, its kicker the
/// label; an unboxed headline after them ends the column.
#[test]
fn issue3_an_unknown_label_over_briefs_boxed_alike() {
    for label in ["投诉直通车", "■ 投诉直通车"] {
        let arts = page(&format!(
            "{label}\n\n■空调安装费“缩水”\n\n家住幸福路的赵先生反映，空调安装时师傅称需要额外收取支架费200元。经记者协调，商家已退还费用。（记者 王晓）\n\n\
             ■快递丢件赔偿难\n\n市民孙女士的一件包裹在运输途中丢失，快递公司只愿按运费的3倍赔偿。（实习生 陈一鸣）\n\n\
             市消协发布一季度消费提示\n\n本报讯（记者 李晓雯）3月14日，市消费者协会发布一季度消费提示。\n"
        ));
        assert_eq!(
            kickers_and_titles(&arts),
            vec![
                (Some("投诉直通车"), "空调安装费“缩水”"),
                (Some("投诉直通车"), "快递丢件赔偿难"),
                (None, "市消协发布一季度消费提示")
            ],
            "{label}"
        );
        assert_eq!(arts[1].front.contributors, vec!["陈一鸣"], "{label}");
    }
}

/// `■嫦娥七号完成关键测试　据新华社电 记者从国家航天局获悉，…` under a
/// brief column's label: the headline run in, then the brief's text opening
/// on its lead, which credits the wire (no `据新华社电` left in the text).
#[test]
fn issue3_a_run_in_brief_whose_text_opens_on_its_lead() {
    let arts = page(
        "科技快讯\n\n■我省新增5家国家级创新平台　日前，科技部公布新一批国家级创新平台名单，我省5家单位入选。（本报记者 黄思远）\n\n\
         ■嫦娥七号完成关键测试　据新华社电 记者从国家航天局获悉，嫦娥七号探测器近日完成整器热试验等关键测试。\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![(Some("科技快讯"), "我省新增5家国家级创新平台"), (Some("科技快讯"), "嫦娥七号完成关键测试")]
    );
    assert_eq!(arts[1].front.agency.as_deref(), Some("新华社"));
    assert_eq!(arts[1].body, "记者从国家航天局获悉，嫦娥七号探测器近日完成整器热试验等关键测试。\n");
}

/// `——读者 李红梅` under a letter: the reader signing after a dash, as
/// `读者 李建华` signs undashed (the credit alone, no text).
#[test]
fn issue3_a_dashed_reader_signature() {
    let a = one(
        "物业服务何时能改进\n\n编辑同志：\n\n小区绿化带杂草丛生，路灯坏了好几个月也没人修，物业费却一分没少交。\n\n——读者 李红梅\n",
    );
    assert_eq!(a.front.reporters, vec!["李红梅"]);
    assert_eq!(a.body, "编辑同志：\n\n小区绿化带杂草丛生，路灯坏了好几个月也没人修，物业费却一分没少交。\n");
}

/// `■钧 声` under a commentary's headline: a pen name of two characters
/// padded to a name's width after the box marker signs it, though its
/// first character is no common surname; a padded word (`■特 写`) is no
/// one's name.
#[test]
fn issue3_a_padded_pen_name_after_a_box_marker() {
    for line in ["■钧 声", "■ 钧　声"] {
        let a =
            one(&format!("让强军精神代代相传\n\n{line}\n\n人民军队的光荣传统，是我们战胜一切困难的强大精神力量。\n"));
        assert_eq!(
            (a.front.title.as_str(), a.front.reporters.clone()),
            ("让强军精神代代相传", vec!["钧声".to_string()]),
            "{line}"
        );
        assert!(a.front.subtitle.is_none() && a.front.kicker.is_none(), "{line}");
    }
    let arts = page("让强军精神代代相传\n\n■特 写\n\n人民军队的光荣传统，是我们战胜一切困难的强大精神力量。\n");
    assert!(arts.iter().all(|a| a.front.reporters.is_empty()));
}

/// `幸福里社区居委会` under a notice's last sentence with no date under it,
/// over the next notice's headline: who issued the notice, its last line,
/// not a subhead; the next notice is a piece of its own.
#[test]
fn issue3_a_notices_issuer_without_a_date() {
    let arts = page(
        "社区公告\n\n停水通知\n\n因管网维修，6月20日8:00至18:00，幸福里小区1至5栋将暂停供水，请居民提前做好储水准备。\n\n幸福里社区居委会\n\n\
         失物招领\n\n6月16日，社区工作人员在小区广场拾到黑色钱包一个，请失主携带有效证件到社区服务中心认领。\n",
    );
    let titles: Vec<&str> = arts.iter().map(|a| a.front.title.as_str()).collect();
    assert_eq!(titles, ["停水通知", "失物招领"]);
    assert!(arts[0].body.ends_with("请居民提前做好储水准备。\n\n幸福里社区居委会\n"), "{}", arts[0].body);
}

/// `国防周刊·八一特刊    第8版    2026年8月1日`: a supplement's name and
/// its page's joined by a dot, eight characters without it, is the folio's
/// section (the dot counts for nothing in a section's length).
#[test]
fn issue3_a_supplement_and_page_name_joined_by_a_dot() {
    let a = one(
        "国防周刊·八一特刊    第8版    2026年8月1日\n\n老兵义务宣讲红色故事\n\n本报讯（记者 张三）近日，退役军人张大爷走进校园。\n",
    );
    assert_eq!(a.front.section.as_deref(), Some("国防周刊·八一特刊"));
    assert_eq!((a.front.kicker.as_deref(), a.front.title.as_str()), (None, "老兵义务宣讲红色故事"));
}

/// `梳邦再也　林先生` under a reader's letter, over the next story's
/// headline: the reader signing with the town and a courtesy title, not
/// the next story's headline.
#[test]
fn issue3_a_reader_signs_with_town_and_courtesy_title() {
    let arts = page(
        "读者来函\n\n别让公园沦为停车场\n\n笔者住在梳邦再也，社区公园近来经常有车辆驶入停放，草地被碾坏。\n希望市政局在公园入口加设路障，并加强执法。\n梳邦再也　林先生\n\n蕉赖 新建小贩中心 下月开放\n（蕉赖23日讯）蕉赖新建的小贩中心将于下月中旬开放，共有一百二十个摊位。\n报道：陈美玲\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        [(Some("读者来函"), "别让公园沦为停车场"), (None, "蕉赖 新建小贩中心 下月开放")]
    );
    assert_eq!(arts[0].front.reporters, ["林先生"]);
    assert_eq!(arts[1].front.subtitle, None);
    assert_eq!(arts[1].front.reporters, ["陈美玲"]);
}

/// `新聞局圖片` over a caption under a story: the photo's credit, a
/// government office's, and the caption is the story's, not a piece headed
/// by the credit.
#[test]
fn issue3_an_offices_photo_credit_over_a_caption() {
    let arts = page(
        "輕軌東線明年試運行\n【本報訊】運輸工務司司長辦公室昨日表示，輕軌東線工程進展順利，隧道段已全線貫通。\n（記者 梁家偉）\n\n新聞局圖片\n輕軌東線隧道段已全線貫通。\n\n手足口病個案上升三成\n【本報訊】衛生局昨日公布，本澳今年首四個月共錄得手足口病個案三百二十宗。\n（記者 陳慧琳）\n",
    );
    assert_eq!(kickers_and_titles(&arts), [(None, "輕軌東線明年試運行"), (None, "手足口病個案上升三成")]);
    assert_eq!(arts[0].front.contributors, ["新聞局"]);
    assert!(arts[0].body.ends_with("輕軌東線隧道段已全線貫通。\n"), "{}", arts[0].body);
    assert!(!arts[0].body.contains("新聞局圖片"), "{}", arts[0].body);
}

/// `自由時報　中華民國115年5月22日／星期五　A15　地方新聞`: a Taiwanese
/// folio on one line, dated in the years of the Republic, names the section.
#[test]
fn issue3_a_one_line_folio_dated_in_the_republics_years() {
    let a = one(
        "自由時報　中華民國115年5月22日／星期五　A15　地方新聞\n\n彰化溪州公園 花海迎客\n〔記者顏宏駿／彰化報導〕溪州公園花海昨天起開放，今年以「花漾彰化」為主題。\n",
    );
    assert_eq!(a.front.section.as_deref(), Some("地方新聞"));
    assert_eq!(a.front.title, "彰化溪州公園 花海迎客");
    assert_eq!(a.front.reporters, ["顏宏駿"]);
}

/// `旺角劏房大廈火警` over `三人送院　百人疏散`: two head lines that use no
/// character the scripts write apart, over a story in traditional
/// characters, are a Hong Kong paper's title and its deck (the title first).
#[test]
fn issue3_a_traditional_storys_head_lines_in_shared_characters() {
    let a = one(
        "旺角劏房大廈火警\n三人送院　百人疏散\n【本報訊】旺角砵蘭街一幢唐樓昨晨發生火警，一個劏房單位冒出濃煙，消防接報後派出約60名消防員到場。事件中三名住客吸入濃煙不適，送往廣華醫院治理。\n",
    );
    assert_eq!(a.front.kicker, None);
    assert_eq!(a.front.title, "旺角劏房大廈火警");
    assert_eq!(a.front.subtitle.as_deref(), Some("三人送院 百人疏散"));
}

/// `■文：楊志明` right under a commentary's last sentence, over the next
/// story's headline: the writer signing the commentary above, not the next
/// story's byline.
#[test]
fn issue3_a_boxed_writer_credit_signs_the_piece_above() {
    let arts = page(
        "短評\n港鐵須認真檢討\n港鐵信號故障一年內已發生多次，每次都影響數以十萬計乘客。港鐵應全面檢查信號系統，並向公眾交代改善時間表。\n■文：楊志明\n\n議員促設應變機制\n多名立法會議員昨日批評港鐵應變不足，要求當局設立跨部門應變機制。\n",
    );
    assert_eq!(kickers_and_titles(&arts), [(Some("短評"), "港鐵須認真檢討"), (None, "議員促設應變機制")]);
    assert_eq!(arts[0].front.reporters, ["楊志明"]);
    assert!(arts[1].front.reporters.is_empty(), "{:?}", arts[1].front.reporters);
}

/// `（圖：乘客在大圍站月台等候列車。鄧宗弘攝）`: a Hong Kong caption
/// bracketed whole with its photographer's credit inside: the caption is
/// text, the photographer a contributor.
#[test]
fn issue3_a_caption_bracketed_whole_with_its_credit_inside() {
    let a = one(
        "港鐵東鐵綫信號故障\n上班族受阻逾一小時\n【明報專訊】港鐵東鐵綫昨晨繁忙時間發生信號故障，大圍至紅磡段列車服務受阻逾一小時，大批上班族滯留車站。\n（圖：乘客在大圍站月台等候列車。鄧宗弘攝）\n",
    );
    assert_eq!(a.front.contributors, ["鄧宗弘"]);
    assert!(a.body.ends_with("\n\n圖：乘客在大圍站月台等候列車。\n"), "{}", a.body);
}

/// `〈焦點〉高雄 港區倉庫變文創`: a Taiwanese column's name in angle
/// brackets set before the headline on its line is the kicker.
#[test]
fn issue3_an_angle_label_run_into_its_headline() {
    let a = one(
        "〈焦點〉高雄 港區倉庫變文創\n〔記者王榮祥／高雄報導〕高雄港務分公司將駁二旁閒置倉庫活化為文創園區，預計年底開幕。\n",
    );
    assert_eq!(a.front.kicker.as_deref(), Some("焦點"));
    assert_eq!(a.front.title, "高雄 港區倉庫變文創");
    assert_eq!(a.front.reporters, ["王榮祥"]);
}

/// `圖：翻攝自高雄港務分公司臉書` under a story: a picture taken from a
/// body's page, credited to the body, not text of the story.
#[test]
fn issue3_a_picture_reproduced_from_a_page_credits_its_source() {
    let a = one(
        "高雄 港區倉庫變文創\n〔記者王榮祥／高雄報導〕高雄港務分公司將駁二旁閒置倉庫活化為文創園區，預計年底開幕。\n圖：翻攝自高雄港務分公司臉書\n▲駁二旁倉庫將變身文創園區。\n",
    );
    assert_eq!(a.front.contributors, ["高雄港務分公司"]);
    assert!(!a.body.contains("翻攝"), "{}", a.body);
    assert!(a.body.contains("駁二旁倉庫將變身文創園區。"), "{}", a.body);
}

/// `GCS圖片` over a caption under a story: a photo credited by an office's
/// initials, the caption the story's.
#[test]
fn issue3_a_photo_credit_by_an_offices_initials() {
    let arts = page(
        "民署推垃圾分類獎勵計劃\n【本報訊】市政署推出垃圾分類積分獎勵計劃，市民於指定回收點投放可回收物，可獲積分換領禮品。\n（記者 林嘉欣）\nGCS圖片\n市政署人員示範回收機操作。\n",
    );
    assert_eq!(kickers_and_titles(&arts), [(None, "民署推垃圾分類獎勵計劃")]);
    assert_eq!(arts[0].front.contributors, ["GCS"]);
    assert!(arts[0].body.ends_with("市政署人員示範回收機操作。\n"), "{}", arts[0].body);
}

/// `■报道、摄影：黄慧敏` and `报道：林志明　摄影：陈国强` under a Malaysian
/// story's last sentence: its end credits on one line, which sign the
/// story above (and keep its photo's caption under them with it), not the
/// next story's headline.
#[test]
fn issue3_malaysian_end_credits_on_one_line() {
    let arts = page(
        "新山 河畔步道 周末开放\n(新山23日讯)新山士古来河畔步道提升工程完成，将于本周末开放给公众使用，全长约2公里。\n■报道、摄影：黄慧敏\n\n槟城 老街古迹导览 受欢迎\n（乔治市23日讯）槟城古迹信托会推出的免费老街导览活动反应热烈，首两场名额已全部额满。\n报道：林志明　摄影：陈国强\n导览员向参与者讲解老街历史。\n\n蕉赖 新建小贩中心 下月开放\n（蕉赖23日讯）蕉赖新建的小贩中心将于下月中旬开放。\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        [(None, "新山 河畔步道 周末开放"), (None, "槟城 老街古迹导览 受欢迎"), (None, "蕉赖 新建小贩中心 下月开放")]
    );
    assert_eq!(arts[0].front.reporters, ["黄慧敏"]);
    assert_eq!(
        (arts[1].front.reporters.as_slice(), arts[1].front.contributors.as_slice()),
        (&["林志明".to_string()][..], &["陈国强".to_string()][..])
    );
    assert!(arts[1].body.ends_with("导览员向参与者讲解老街历史。\n"), "{}", arts[1].body);
}

/// `——读者 陈女士（加影）` under a letter: the reader signing by surname and
/// courtesy title after a dash, the town in brackets.
#[test]
fn issue3_a_dashed_reader_signature_with_courtesy_title() {
    let arts = page(
        "读者来函\n多设行人天桥保安全\n本人每天上下班都要横过加影大道，车辆速度快，行人过马路非常危险。\n——读者 陈女士（加影）\n\n蕉赖 新建小贩中心 下月开放\n（蕉赖23日讯）蕉赖新建的小贩中心将于下月中旬开放。\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        [(Some("读者来函"), "多设行人天桥保安全"), (None, "蕉赖 新建小贩中心 下月开放")]
    );
    assert_eq!(arts[0].front.reporters, ["陈女士"]);
}

/// A signed feature's crossheads of four words or more (`Plans for the new
/// plant`, `What it means for workers`), with text under each that runs on
/// to the writer's address (`mwilliams@dispatch.com` under Mark Williams's
/// byline): subheads of the feature, which the byline covers whole; the
/// next story, signed by its own writer, stays apart.
#[test]
fn issue3_long_crossheads_in_a_feature_signed_off_by_its_writer() {
    let arts = page(
        "Automaker bets big on battery plant\n\nBy Mark Williams\nThe Columbus Dispatch\n\n\
         Honda will break ground next month on a $3.5 billion battery plant near Jeffersonville.\n\n\
         \"This is a once-in-a-generation project for this region,\" said Commissioner Tony Anderson.\n\n\
         Plans for the new plant\n\nThe factory will produce lithium-ion cells for electric vehicles.\n\n\
         The site sits on 500 acres along Interstate 71.\n\n\
         What it means for workers\n\nMost of the 2,200 jobs will pay between $22 and $35 an hour.\n\n\
         Local officials said the plant would draw suppliers to the area.\n\n\
         mwilliams@dispatch.com\n@MarkWilliamsCD\n\n\
         Fed officials signal rates will stay on hold\n\nBy Craig Torres\nBloomberg\n\n\
         WASHINGTON - Federal Reserve officials signaled they are in no hurry to cut interest rates.\n",
    );
    let titles: Vec<&str> = arts.iter().map(|a| a.front.title.as_str()).collect();
    assert_eq!(titles, ["Automaker bets big on battery plant", "Fed officials signal rates will stay on hold"]);
    assert!(arts[0].body.contains("## Plans for the new plant\n\n"), "{}", arts[0].body);
    assert!(arts[0].body.contains("## What it means for workers\n\n"), "{}", arts[0].body);
    assert!(arts[0].body.ends_with("draw suppliers to the area.\n"), "{}", arts[0].body);
    assert_eq!(arts[0].front.reporters, vec!["Mark Williams"]);
}

/// `BY THE NUMBERS` in capitals over figures, each over what it counts,
/// set tight under a markets table: a box of its own under its label, no
/// byline naming `The Numbers`, no rows of the table's box.
#[test]
fn issue3_a_by_the_numbers_box_under_a_markets_table() {
    let arts = page(
        "Retail sales slip as shoppers pull back\n\nThe Associated Press\n\n\
         NEW YORK - Americans cut back on spending at retailers last month as prices rose.\n\n\
         MARKETS\n                 Close      Chg      %Chg\nDow           42,318.55   -112.40   -0.27\n\
         S&P 500        5,912.17    -18.33   -0.31\nNasdaq        19,204.66    +21.05   +0.11\n\n\
         BY THE NUMBERS\n2,200\nJobs expected at the battery plant\n$3.5 billion\nTotal investment by Honda\n\
         40\nGigawatt-hours of annual capacity\n",
    );
    let titles: Vec<&str> = arts.iter().map(|a| a.front.title.as_str()).collect();
    assert_eq!(titles, ["Retail sales slip as shoppers pull back", "MARKETS", "BY THE NUMBERS"]);
    assert!(arts[2].front.reporters.is_empty(), "{:?}", arts[2].front.reporters);
    assert!(arts[2].body.starts_with("2,200"), "{}", arts[2].body);
    assert!(arts[2].body.contains("Gigawatt-hours of annual capacity"), "{}", arts[2].body);
    assert!(!arts[1].body.contains("NUMBERS"), "{}", arts[1].body);
}

/// `Bloomberg's Steve Matthews contributed to this report.` under a wire
/// story: the contributor is the writer named, not the wire's possessive.
#[test]
fn issue3_a_contributor_named_after_his_wires_possessive() {
    let a = one("Fed officials signal rates will stay on hold\n\nBy Craig Torres\nBloomberg\n\n\
         WASHINGTON - Federal Reserve officials signaled they are in no hurry to cut interest rates.\n\n\
         Investors now expect the central bank to hold rates steady until September.\n\n\
         Bloomberg's Steve Matthews contributed to this report.\n");
    assert_eq!(a.front.reporters, vec!["Craig Torres"]);
    assert_eq!(a.front.contributors, vec!["Steve Matthews"]);
    assert!(!a.body.contains("contributed"), "{}", a.body);
}

/// A `NEWS IN BRIEF` column whose first items open on their places
/// (`PRETORIA - …`) and whose later ones open on none, one signed by its
/// wire (`ANA`) and one by the desk (`Staff Reporter`) on a line of their
/// own: every item stays the column's, its label the kicker.
#[test]
fn issue3_briefs_without_places_after_placed_ones_stay_in_the_column() {
    let arts = page(
        "Mother of slain teen calls for justice\n\nLerato Dlamini\n\n\
         CAPE TOWN - The mother of a 16-year-old boy who was shot dead last week has called on police to make an arrest.\n\n\
         NEWS IN BRIEF\n\nMan arrested for cable theft\n\
         PRETORIA - A 34-year-old man was arrested in Centurion on Monday night with copper cable in his car.\n\n\
         Hijacked truck recovered\nPOLOKWANE - Police recovered a hijacked truck on the N1 on Sunday.\n\n\
         Matric exam timetable released\nThe Department of Basic Education has released the final timetable for the exams.\n\n\
         ANA\n\n\
         Water cuts for parts of Tshwane\nResidents of Atteridgeville will be without water for 36 hours from Thursday.\n\n\
         Staff Reporter\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![
            (None, "Mother of slain teen calls for justice"),
            (Some("NEWS IN BRIEF"), "Man arrested for cable theft"),
            (Some("NEWS IN BRIEF"), "Hijacked truck recovered"),
            (Some("NEWS IN BRIEF"), "Matric exam timetable released"),
            (Some("NEWS IN BRIEF"), "Water cuts for parts of Tshwane"),
        ]
    );
    assert_eq!(arts[3].front.agency.as_deref(), Some("ANA"));
    assert_eq!(arts[4].front.reporters, vec!["Staff Reporter"]);
}

/// A tabloid's pull quote in single quotes (`'Harry has wanted to do this
/// for years'`), repeating the text above it: dropped, no subhead.
#[test]
fn issue3_a_pull_quote_in_single_quotes_is_dropped() {
    let a = one("HARRY'S GLASTO GIG\n\nEXCLUSIVE by JANE SMITH, Showbiz Editor\n\n\
         HARRY STYLES is set to headline Glastonbury next summer after secret talks with Emily Eavis.\n\n\
         A source said: \"Harry has wanted to do this for years. The deal was agreed over dinner.\"\n\n\
         'Harry has wanted to do this for years'\n\n\
         The star last played the festival as a surprise guest in 2022.\n");
    assert_eq!(a.front.reporters, vec!["Jane Smith"]);
    assert!(!a.body.contains("## "), "{}", a.body);
    assert_eq!(a.body.matches("Harry has wanted").count(), 1, "{}", a.body);
}

/// `TV PICK OF THE DAY` in capitals, five words, over the programme's
/// name and its blurb after a finished story: a listings box of its own,
/// no subheads of the story above.
#[test]
fn issue3_a_long_label_in_capitals_heads_a_box_after_a_story() {
    let arts = page(
        "Corrie legend quits after 20 years\n\nBy EMMA BURNS\n\n\
         CORONATION Street favourite Sally Dynevor has quit the soap after two decades on the cobbles.\n\n\
         Her exit storyline is being kept under wraps.\n\n\
         TV PICK OF THE DAY\nThe Great British Bake Off\nThe bakers face their toughest challenge yet as Paul asks for a \
         three-tier showstopper.\n",
    );
    let titles: Vec<&str> = arts.iter().map(|a| a.front.title.as_str()).collect();
    assert_eq!(titles.len(), 2, "{titles:?}");
    assert!(!arts[0].body.contains("PICK"), "{}", arts[0].body);
    assert!(arts[1].body.contains("three-tier showstopper"), "{}", arts[1].body);
}

/// Wire and desk sign-offs as South African and Pakistani exports set
/// them: ` - ANA` run on after the last sentence (a hyphen for the dash),
/// `-APP` close up on its own line, `Monitoring Desk` on its own line at
/// the end: the agency or the desk, none of them left in the text.
#[test]
fn issue3_hyphened_wire_and_desk_sign_offs() {
    let arts = page(
        "Ramaphosa to address nation on crime\n\nSIZWE DLAMINI AND STAFF REPORTER\n\n\
         PRETORIA - President Cyril Ramaphosa will address the nation tonight on crime.\n\n\
         Cabinet met on Tuesday to finalise the plan. - ANA\n\n\
         Security tightened for Muharram\n\nISLAMABAD: Security has been tightened across the federal capital\n\
         ahead of Muharram, with more than 5,000 police personnel to be deployed.\n-APP\n\n\
         Gold price rises by Rs1,500\n\nKARACHI: The price of gold rose by Rs1,500 per tola on Wednesday.\n\n\
         The association said gold was sold at Rs245,000 per tola.\n\nMonitoring Desk\n",
    );
    let titles: Vec<&str> = arts.iter().map(|a| a.front.title.as_str()).collect();
    assert_eq!(titles.len(), 3, "{titles:?}");
    assert_eq!(arts[0].front.agency.as_deref(), Some("ANA"));
    assert!(arts[0].body.ends_with("finalise the plan.\n"), "{}", arts[0].body);
    assert_eq!(arts[1].front.agency.as_deref(), Some("APP"));
    assert!(!arts[1].body.contains("APP"), "{}", arts[1].body);
    assert_eq!(arts[2].front.reporters, vec!["Monitoring Desk"]);
    assert!(!arts[2].body.contains("Desk"), "{}", arts[2].body);
}

/// A caption's credit cut after its slash (`Picture: Doctor Ngcobo/` over
/// `African News Agency (ANA)`): one credit, the photographer a
/// contributor, the agency's name neither text nor the story's wire.
#[test]
fn issue3_a_picture_credit_wrapped_after_its_slash() {
    let a = one("Floods leave hundreds homeless\n\nBongani Hans\n\n\
         DURBAN - Hundreds of residents have been left homeless after heavy rains lashed the city.\n\n\
         The city's disaster management unit said 312 shacks had been destroyed.\n\n\
         Residents shelter at a community hall in Inanda. Picture: Doctor Ngcobo/\nAfrican News Agency (ANA)\n");
    assert_eq!(a.front.reporters, vec!["Bongani Hans"]);
    assert_eq!(a.front.contributors, vec!["Doctor Ngcobo"]);
    assert_eq!(a.front.agency, None);
    assert!(a.body.ends_with("community hall in Inanda.\n"), "{}", a.body);
}

/// `By Anne D'Innocenzo` over `AP Retail Writer`: the wire's writer on a
/// beat; the wire is the agency, its initials and beat no second writer.
#[test]
fn issue3_a_wires_beat_writer_role_under_the_byline() {
    for role in ["AP Retail Writer", "AP Business Writer", "Associated Press Writer"] {
        let a = one(&format!(
            "Grocery chain to close 12 stores\n\nBy Anne D'Innocenzo\n{role}\n\n\
             NEW YORK - A regional grocery chain said Thursday it would close 12 stores across Ohio.\n"
        ));
        assert_eq!(a.front.reporters, vec!["Anne D'Innocenzo"], "{role}");
        assert_eq!(a.front.agency.as_deref(), Some("Associated Press"), "{role}");
    }
}

/// `…beat off competition from Taylor Swift, the Official` over `Charts
/// Company said.`: a sentence the column cut inside a name goes on to its
/// full stop on the short line under it; no subhead of the first half.
#[test]
fn issue3_a_sentence_cut_inside_a_name_is_mended() {
    let a = one("Adele tops charts again\n\nADELE has scored her eighth week at No1 with her comeback album.\n\n\
         The singer, 38, beat off competition from Taylor Swift, the Official\nCharts Company said.\n");
    assert_eq!(
        a.body,
        "ADELE has scored her eighth week at No1 with her comeback album.\n\n\
         The singer, 38, beat off competition from Taylor Swift, the Official Charts Company said.\n"
    );
}

/// `Picture: ITV`, `Pictures: BBC` under a caption: the broadcaster's
/// initials credited as printed, not title-cased as a name (`Itv`).
#[test]
fn issue3_a_picture_credit_in_initials_is_kept_as_printed() {
    let a = one("Celeb show returns to Wales\n\nBy COLIN ROBERTSON, TV Editor\n\n\
         I'M A CELEBRITY is heading back to Gwrych Castle in North Wales this autumn.\n\n\
         Ant and Dec will host the new series. Picture: ITV\n");
    assert_eq!(a.front.contributors, vec!["ITV"]);
}

/// A delegates' column whose speakers are named by posts the byline reader
/// already knew (`首席分析师`, `学者`): the speaker rule and the writer rule
/// share one list of posts, so the column starts after the story above
/// and its first suggestion does not run on into that story.
#[test]
fn issue3_a_delegates_column_with_an_analysts_and_a_scholars_views() {
    let arts = page(
        "“一老一小”写进了家门口的民生清单\n本报记者　陈思远　周　婷　发自北京\n\n　　“报告里提到逐步推行免费学前教育，这对年轻家庭来说是实实在在的减负。”林慧敏说。\n\n\
         代表委员建言\n\n全国政协委员、市证券公司首席分析师　王立群：\n引导长期资金入市\n　　建议完善长期投资的考核机制，让养老金等长期资金更好地支持实体经济。\n\n\
         全国政协委员、省社会科学院学者　黄立新：\n为民营企业营造更好发展环境\n　　建议持续清理拖欠企业账款，让民营企业放心投资、安心经营。\n\n\
         （本报两会报道组整理）\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "“一老一小”写进了家门口的民生清单"), (None, "代表委员建言")]);
    assert!(arts[0].body.ends_with("林慧敏说。\n"), "{}", arts[0].body);
    assert!(arts[1].body.contains("## 引导长期资金入市"), "{}", arts[1].body);
    assert!(arts[1].body.contains("## 为民营企业营造更好发展环境"), "{}", arts[1].body);
}

/// `律师说法` over its headline, speaker and text, then `维权提示` over a
/// numbered list: the second box is a piece of its own, no subhead of the
/// lawyer's box (a box runs in no subheads).
#[test]
fn issue3_a_tips_box_under_a_lawyers_box_is_its_own_piece() {
    let arts = page(
        "装修公司偷工减料 业主索赔有了结果\n\n本报讯（记者 刘洋）近日，市民陈女士拨打本报热线称，卫生间入住不到半年就出现渗水。\n\n\
         经市消费者协会调解，装修公司同意重新做防水。\n\n律师说法\n\n预付式消费如何维权\n\n□河南明德律师事务所律师 郑志远\n\n\
         预付式消费是指消费者先付款、后分次享受商品或服务的消费方式。\n\n一旦商家跑路，可及时向市场监管部门投诉，也可通过民事诉讼追回损失。\n\n\
         维权提示\n\n1.网购时注意保存订单截图、聊天记录，收货时当面验货；\n\n2.签订装修合同应明确材料品牌、型号及验收标准；\n\n\
         消费投诉热线：12315\n",
    );
    let kt = kickers_and_titles(&arts);
    assert_eq!(kt.len(), 3, "{kt:?}");
    assert_eq!(kt[1], (Some("律师说法"), "预付式消费如何维权"));
    assert!(!arts[1].body.contains("维权提示"), "{}", arts[1].body);
    assert!(arts[2].body.contains("签订装修合同"), "{}", arts[2].body);
    // (A judge's comment closing a case box is the box's own last part.)
    let a = one("以案说法\n\n借名买房　房子归谁？\n\n　　【案情】2018年，王某借用表弟李某的名义购买了一套住房。\n\
         \u{3000}\u{3000}【审理】法院审理认为，王某与李某之间存在借名买房的合意。\n法官提醒\n　　借名买房存在较大法律风险。\n（通讯员　周　宁　整理）\n");
    assert!(a.body.contains("法官提醒"), "{}", a.body);
    assert_eq!(a.front.contributors, vec!["周宁"]);
}

/// `■特 写` over an unsigned headline under a finished story: a genre
/// label (spaced out across its box) opens the next piece as its kicker,
/// no subhead of the story above.
#[test]
fn issue3_a_spaced_genre_label_is_a_kicker() {
    let arts = page(
        "全市重点项目建设提速\n\n本报讯（记者 王鹏）今年以来，全市重点项目建设进展顺利。\n\n\
         ■特 写\n\n凌晨四点的菜市场\n\n凌晨四点，城北农贸市场已经灯火通明。\n\n摊主们忙着卸货、摆摊。\n",
    );
    let kt = kickers_and_titles(&arts);
    assert_eq!(kt.len(), 2, "{kt:?}");
    assert_eq!(kt[1].1, "凌晨四点的菜市场");
    assert_eq!(kt[1].0.map(|k| k.replace(' ', "")).as_deref(), Some("特写"));
    assert!(!arts[0].body.contains("菜市场"), "{}", arts[0].body);
}

/// `大众ID.UNYX 06开启预售` over `上汽大众与小鹏汽车联合开发的ID.UNYX 06开启预售，…`
/// in a brief column: a gap inside a Latin model name (letters or figures
/// on both sides) parts no run-in headline from its text.
#[test]
fn issue3_a_gap_inside_a_model_name_is_no_run_in_headline() {
    let arts = page(
        "新车速递\n\n比亚迪新款宋PLUS上市\n\n4月10日，比亚迪新款宋PLUS DM-i正式上市，售价12.98万-16.58万元。\n\n\
         大众ID.UNYX 06开启预售\n\n上汽大众与小鹏汽车联合开发的ID.UNYX 06开启预售，预售价18万-22万元，预计5月正式上市交付。\n",
    );
    let kt = kickers_and_titles(&arts);
    assert_eq!(kt, vec![(Some("新车速递"), "比亚迪新款宋PLUS上市"), (Some("新车速递"), "大众ID.UNYX 06开启预售")]);
    assert_eq!(
        arts[1].body,
        "上汽大众与小鹏汽车联合开发的ID.UNYX 06开启预售，预售价18万-22万元，预计5月正式上市交付。\n"
    );
    // (A run-in headline with a model name in it is cut at the next gap.)
    let arts = page(
        "新车速递\n\n■极氪007 GT上市 极氪007 GT日前正式上市，售价20.99万元起。\n\n■问界M8开启交付 问界M8近日开启交付，售价36.98万元起。\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![(Some("新车速递"), "极氪007 GT上市"), (Some("新车速递"), "问界M8开启交付")]
    );
    assert_eq!(arts[0].body, "极氪007 GT日前正式上市，售价20.99万元起。\n");
}

/// `《大河村庄》` over `作者：李庆丰`, `出版社：…`, `定价：…` under a review's
/// headline: the book's facts are text of the review, its author no
/// writer of it, and no line of the block heads a piece.
#[test]
fn issue3_a_book_facts_block_over_a_review() {
    let a = one(
        "在书页间读懂脚下的土地\n\n《大河村庄》\n作者：李庆丰\n出版社：河南文艺出版社\n定价：68.00元\n\n文/周晓梅\n\n\
         读完《大河村庄》，我在书桌前坐了很久。这是一部写黄河岸边一个村庄百年变迁的非虚构作品。\n\n\
         在城市化进程不断加快的今天，我们或许都需要这样一本书。\n",
    );
    assert_eq!(a.front.title, "在书页间读懂脚下的土地");
    assert_eq!(a.front.reporters, vec!["周晓梅"]);
    assert!(a.body.contains("作者：李庆丰") && a.body.contains("定价：68.00元"), "{}", a.body);
    // (The title may be a field of the block too, and the byline boxed.)
    let a = one("乡愁的另一种写法\n\n书名：《故乡的河》\n作者：王家新\n出版：作家出版社\n定价：59元\n\n□李明远\n\n\
         《故乡的河》是一部关于童年与故乡的散文集。\n\n读这本书，像是和一位老朋友促膝长谈。\n");
    assert_eq!((a.front.title.as_str(), a.front.reporters.clone()), ("乡愁的另一种写法", vec!["李明远".to_string()]));
    assert!(a.body.contains("书名：《故乡的河》") && a.body.contains("出版：作家出版社"), "{}", a.body);
}

/// `（据新京报）` closing a reprinted story: a paper named `…报` whole is
/// the agency, and the note leaves the text.
#[test]
fn issue3_a_reprint_note_naming_a_paper_ending_in_bao() {
    let a = one(
        "《繁花》剧组重聚 宣布拍摄续集\n\n7月8日，电视剧《繁花》剧组在上海举行三周年纪念活动，主创人员悉数到场。\n\n\
         消息一经发布，迅速登上各大社交平台热搜榜。\n\n（据新京报）\n",
    );
    assert_eq!(a.front.agency.as_deref(), Some("新京报"));
    assert!(!a.body.contains("新京报"), "{}", a.body);
    let a = one("书香满城\n\n近日，全市开展读书活动。\n\n（据北京青年报）\n");
    assert_eq!(a.front.agency.as_deref(), Some("北京青年报"));
    // (A forecast or a bulletin is no paper.)
    let a = one("明天有雨\n\n明天全市有中到大雨，请市民注意出行安全。\n\n（据市气象台预报）\n");
    assert_ne!(a.front.agency.as_deref(), Some("市气象台预报"));
}

/// `票房榜` over its dates and ranked rows under a story: a chart's box is
/// a piece of its own, no subhead of the story above, and it ends with its
/// rows and their source (a review's headline under them heads the review).
#[test]
fn issue3_a_chart_box_under_a_story_is_its_own_piece() {
    let arts = page(
        "暑期档开局平淡 多部大片蓄势待发\n\n本报记者 葛婷婷\n\n截至7月9日，暑期档总票房已达62.3亿元。\n\n\
         业内预计今年暑期档总票房有望突破200亿元。\n\n票房榜\n\n（7月3日—7月9日）\n\n\
         1.《热辣人生》　3.12亿元\n2.《侏罗纪世界：重生》　2.46亿元\n3.《小城之春2》　1.08亿元\n\n数据来源：灯塔专业版\n\n\
         《小城之春2》：\n温情之外少了些锋芒\n\n《小城之春2》延续了前作的小城叙事。\n\n整体而言，这是一部合格的续作。\n\n文/林一鸣\n",
    );
    let kt = kickers_and_titles(&arts);
    assert_eq!(kt.len(), 3, "{kt:?}");
    assert_eq!(kt[1].1, "票房榜");
    assert!(arts[1].front.reporters.is_empty(), "{:?}", arts[1].front.reporters);
    assert_eq!(arts[2].front.reporters, vec!["林一鸣"]);
    assert!(!arts[0].body.contains("票房榜"), "{}", arts[0].body);
    assert!(arts[1].body.contains("3.12亿元"), "{}", arts[1].body);
    // (Two rows, each short enough to read as a head, are its rows still.)
    let arts = page(
        "凌晨四点的书店\n\n本报记者 张丽\n\n凌晨四点，城北24小时书店里仍有十几位读者。\n\n收视榜\n\n（7月1日—7月7日）\n\n\
         1.《繁花》 2.31%\n2.《庆余年》 1.98%\n\n数据来源：酷云\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "凌晨四点的书店"), (None, "收视榜")]);
    assert!(!arts[1].body.contains("## "), "{}", arts[1].body);
}

/// `…剧照。片方供图`, `…知识。通讯员供图`: a caption's source set close
/// after its full stop, naming no one, is a credit, not text.
#[test]
fn issue3_a_caption_source_naming_no_one_set_close() {
    let a = one(
        "周末去影院看啥\n\n本报记者 葛婷婷\n\n本周末，本地各大影院排片以《热辣人生》为主。\n\n《热辣人生》剧照。片方供图\n",
    );
    assert!(!a.body.contains("供图"), "{}", a.body);
    assert!(a.body.contains("《热辣人生》剧照。"), "{}", a.body);
}

/// `新书架` over short notices, each a book's title, its facts and a line
/// about it: a brief column, each notice a piece under the column's label.
#[test]
fn issue3_a_new_books_column_is_a_brief_column() {
    let arts = page(
        "新书架\n\n《中原文化十二讲》\n\n程建华 著／中州古籍出版社／定价58元\n\n本书以十二个专题，系统梳理了中原文化的源流与特质。\n\n\
         《人工智能简史》\n\n刘思远 著／科学出版社／定价72元\n\n从图灵测试讲到大语言模型，全面回顾人工智能的发展历程。\n",
    );
    let kt = kickers_and_titles(&arts);
    assert_eq!(kt, vec![(Some("新书架"), "《中原文化十二讲》"), (Some("新书架"), "《人工智能简史》")]);
    assert_eq!(arts[1].front.subtitle.as_deref(), Some("刘思远 著／科学出版社／定价72元"));
}

/// `环保快讯` over briefs each opening `本报讯` and closed by its writers in
/// brackets (`（记者 吴思琪）`): the column goes on past each credit, every
/// brief under the column's label.
#[test]
fn issue3_briefs_closed_by_their_writers_stay_under_the_column() {
    let arts = page(
        "环保快讯\n\n我市启动第二轮生态环境保护督察\n\n本报讯　6月3日，市第二轮生态环境保护督察启动。\n\n（记者 吴思琪）\n\n\
         全市首个“无废社区”建成\n\n本报讯　近日，位于高新区的翠湖社区通过验收，成为我市首个“无废社区”。\n\n（通讯员 王雨桐）\n\n\
         “绿色出行”主题宣传活动举行\n\n本报讯　6月4日，“绿色出行 低碳生活”主题宣传活动在人民广场举行。\n\n（记者 吴思琪 通讯员 贺建军）\n",
    );
    let kt = kickers_and_titles(&arts);
    assert_eq!(kt.len(), 3, "{kt:?}");
    assert!(kt.iter().all(|(k, _)| *k == Some("环保快讯")), "{kt:?}");
    assert_eq!(arts[1].front.contributors, vec!["王雨桐"]);
}

/// `读者荐书` over `《平凡的世界》` and `推荐人：…`, under a feature closed
/// by its picture's caption: a book page's column of picks is a column of
/// its own, no subheads of the feature above.
#[test]
fn issue3_a_readers_book_picks_column_after_a_caption() {
    let arts = page(
        "他用十年写一部县志\n\n本报记者 陈静怡\n\n退休教师孙德明花了整整十年，编写了一部四十万字的《东湖镇志》。\n\n\
         孙德明在整理资料。本报记者 陈静怡 摄\n\n读者荐书\n\n《平凡的世界》\n推荐人：郑州市民 赵丽\n\n\
         这本书陪伴我度过了最艰难的日子。\n",
    );
    let kt = kickers_and_titles(&arts);
    assert_eq!(kt, vec![(None, "他用十年写一部县志"), (Some("读者荐书"), "《平凡的世界》")]);
    assert!(!arts[0].body.contains("荐书"), "{}", arts[0].body);
}

/// `■数说` over `88.6%` / `流域国控断面优良水体比例` and `12.3%` / `PM2.5浓度同比下降`:
/// a box of figures, each figure over what it counts; neither line is a
/// subhead of the story the box stands in.
#[test]
fn issue3_a_box_of_figures_has_no_subheads() {
    let a = one(
        "黄河流域生态保护迈出新步伐\n\n本报记者 吴思琪\n\n记者从省生态环境厅获悉，今年一季度，黄河干流水质保持Ⅱ类。\n\n\
         ■数说\n\n88.6%\n流域国控断面优良水体比例\n\n12.3%\nPM2.5浓度同比下降\n\n（来源：省生态环境厅）\n",
    );
    assert!(!a.body.contains("## 12.3%") && !a.body.contains("## PM2.5"), "{}", a.body);
    assert!(a.body.contains("12.3%") && a.body.contains("PM2.5浓度同比下降"), "{}", a.body);
}

/// `Staff Report` set as a name under a headline (Pakistani papers sign
/// so): the desk is credited, as `Staff Reporter` is; a US `Staff report`
/// in sentence case still names no one.
#[test]
fn issue3_a_staff_report_byline_credits_the_desk() {
    let a = one("Senate body seeks report on gas shortage\n\nStaff Report\n\n\
         ISLAMABAD: The Senate Standing Committee on Petroleum on Wednesday sought a detailed report on the gas shortage.\n");
    assert_eq!(a.front.reporters, vec!["Staff Report"]);
    assert!(!a.body.contains("Staff"), "{}", a.body);
    let a = one("Senate body seeks report on gas shortage\n\nSTAFF REPORT\n\n\
         ISLAMABAD: The Senate Standing Committee on Petroleum on Wednesday sought a detailed report on the gas shortage.\n");
    assert_eq!(a.front.reporters, vec!["Staff Report"]);
}

/// `DAWN NATIONAL … 2`: a paper no list knows, named in capitals before
/// a section one does, on a dated folio: the page's section is the latter.
#[test]
fn issue3_a_folio_naming_an_unknown_paper_before_its_section() {
    for folio in [
        "DAWN NATIONAL                                    ISLAMABAD, THURSDAY, JUNE 4, 2026        2",
        "DAWN     NATIONAL                                ISLAMABAD, THURSDAY, JUNE 4, 2026        2",
    ] {
        let a = one(&format!(
            "{folio}\n\nPM directs early completion of dams\n\nAPP\n\n\
             ISLAMABAD: Prime Minister on Wednesday directed the authorities concerned to ensure early completion of the dams.\n"
        ));
        assert_eq!(a.front.section.as_deref(), Some("National"), "{folio}");
        assert_eq!(a.front.title, "PM directs early completion of dams");
    }
}

/// `TV & SHOWBIZ` over `EXCLUSIVE` over the headline and its deck: the
/// tabloid's flag is no headline; the headline is.
#[test]
fn issue3_an_exclusive_flag_under_a_label_is_no_headline() {
    let a = one(
        "TV & SHOWBIZ\n\nEXCLUSIVE\nI'M A CELEB RETURNS TO WALES\nJungle show swaps Australia for castle again\n\n\
         By COLIN ROBERTSON, TV Editor\n\n\
         I'M A CELEBRITY is heading back to Gwrych Castle in North Wales this autumn, The Sun can reveal.\n",
    );
    assert_eq!(a.front.title, "I'M A CELEB RETURNS TO WALES");
    assert_eq!(a.front.subtitle.as_deref(), Some("Jungle show swaps Australia for castle again"));
    assert_eq!(a.front.reporters, vec!["Colin Robertson"]);
}

/// A crosshead of four words or more inside a signed story, over text that
/// refers back (`But…`, `However…`): the story's, not a new unsigned
/// story's headline, though no address of the writer ends it.
#[test]
fn issue3_a_long_crosshead_over_text_referring_back_stays_in_its_story() {
    let a = one("Council approves new budget for roads\n\nBy Mark Williams\nStaff Writer\n\n\
         The city council on Tuesday approved a $12 million budget for road repairs, the largest in a decade.\n\n\
         Council members said the money would go to resurfacing 40 miles of streets.\n\n\
         Residents say repairs are long overdue\n\n\
         But many residents who spoke at the meeting said potholes had damaged their cars.\n\n\
         \"It has been years of waiting,\" said Jane Doe, who lives on Elm Street.\n\n\
         Work to begin on the east side in July\n\n\
         However, the city engineer said the worst roads would come first.\n");
    assert_eq!(a.front.reporters, vec!["Mark Williams"]);
    assert!(a.body.contains("## Residents say repairs are long overdue"), "{}", a.body);
    assert!(a.body.contains("## Work to begin on the east side in July"), "{}", a.body);
}

/// Short unsigned stories after a signed one, their leads opening on a
/// quotation or a pronoun (as features' leads do): stories of their own,
/// not crossheads of the signed story (session 58's review of round 179).
#[test]
fn issue3_unsigned_stories_opening_on_a_quote_or_a_pronoun_are_not_crossheads() {
    let arts = page(
        "Council approves new budget for roads\n\nBy Mark Williams\nStaff Writer\n\n\
         The city council on Tuesday approved a $12 million budget for road repairs, the largest in a decade.\n\n\
         Council members said the money would go to resurfacing 40 miles of streets.\n\n\
         Library to close for renovation\n\n\
         \"We have waited twenty years for this,\" said librarian Ann Carter as the main library announced it would close for six months.\n\n\
         The library will reopen in January with a new children's wing.\n\n\
         Teen wins state spelling bee\n\n\
         She spelled \"onomatopoeia\" without hesitation, and 14-year-old Maria Lopez became the state champion on Saturday.\n\n\
         Lopez will travel to Washington in June for the national bee.\n",
    );
    let titles: Vec<&str> = arts.iter().map(|a| a.front.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Council approves new budget for roads", "Library to close for renovation", "Teen wins state spelling bee"]
    );
    assert!(arts[1].front.reporters.is_empty() && arts[2].front.reporters.is_empty());
}

/// `Additional reporting by Emily Tsang` under a signed story with a
/// crosshead: who helped its writer, the same story's credit, not the
/// sign-off of a piece starting at the crosshead.
#[test]
fn issue3_additional_reporting_under_a_crossheaded_story_stays_its_credit() {
    let a = one("Government to spend HK$1.2 billion on clinics\n\nOscar Liu\noscar.liu@scmp.com\n\n\
         The government will spend HK$1.2 billion building three community health centres, officials said.\n\n\
         Each centre will have about 80 staff, including doctors and nurses.\n\n\
         Lawmakers question staffing\n\n\
         Several lawmakers questioned whether the Hospital Authority could find enough staff.\n\n\
         Lo said 68 overseas-trained doctors had been approved so far this year.\n\n\
         Additional reporting by Emily Tsang\n");
    assert_eq!(
        (a.front.reporters.clone(), a.front.contributors.clone()),
        (vec!["Oscar Liu".to_string()], vec!["Emily Tsang".to_string()])
    );
    assert!(a.body.contains("## Lawmakers question staffing"), "{}", a.body);
    assert!(!a.body.contains("Additional"), "{}", a.body);
}

/// `Vendors to be relocated` over three paragraphs with no dateline, in a
/// signed story that opened on its dateline (`KINGSTON, Jamaica — …`): the
/// story's crosshead; an unsigned brief of one paragraph after such a
/// story is still a piece of its own.
#[test]
fn issue3_a_crosshead_in_a_signed_datelined_story_stays_in_it() {
    let story = "Gov't moves to fix Spanish Town Road gridlock\n\nBY ALECIA SMITH\nObserver staff reporter\n\n\
         KINGSTON, Jamaica — The Government says work on a $2.4-billion plan to ease the gridlock will begin in September.\n\n\
         Transport Minister Daryl Vaz said the designs had been completed.\n\n";
    let a = one(&format!(
        "{story}Vendors to be relocated\n\n\
         The minister said about 120 vendors who operate along the roadway would be relocated to a new market.\n\n\
         Some vendors who spoke with the Jamaica Observer yesterday said they had not been consulted.\n\n\
         Vaz said the NWA would meet with the vendors' association next week.\n"
    ));
    assert_eq!(a.front.reporters, vec!["Alecia Smith"]);
    assert!(a.body.contains("## Vendors to be relocated\n\nThe minister said"), "{}", a.body);
    let arts = page(&format!(
        "{story}Students urged to apply for scholarships\n\n\
         Tertiary students have until June 30 to apply for the 2026 scholarships, organisers said yesterday.\n"
    ));
    assert_eq!(arts.len(), 2);
    // (A headline of seven words or more over three paragraphs is the next story's.)
    let arts = page(&format!(
        "{story}Residents of Portmore to get new health centre\n\n\
         A new health centre will be built in Portmore, the health ministry said yesterday.\n\n\
         The centre will serve about 50,000 residents.\n\n\
         Construction is expected to start next year.\n"
    ));
    assert_eq!(arts.len(), 2);
}

/// `NYTIMES` closing a wire story, as The Straits Times signs the New York
/// Times's copy: the syndicate credited as the agency, not a subhead.
#[test]
fn issue3_nytimes_signs_as_a_wire() {
    let a = one("Activists sail for Gaza despite warnings\n\n\
         ROME • A flotilla of 12 boats carrying activists and aid set sail from Sicily for Gaza yesterday.\n\n\
         Israel's foreign ministry called the voyage \"a provocation\".\n\nNYTIMES\n");
    assert_eq!(a.front.agency.as_deref(), Some("New York Times News Service"));
    assert!(!a.body.contains("NYTIMES"), "{}", a.body);
}

/// `REUTERS` under a story's last sentence, over a caption that ends on
/// its own credit (`PHOTO: AFP`): the wire signs the story above off; it is
/// no byline of a piece the caption would open.
#[test]
fn issue3_a_wire_sign_off_over_a_credited_caption_closes_the_story() {
    let a = one("Activists sail for Gaza despite warnings\n\n\
         ROME • A flotilla of 12 boats carrying activists and aid set sail from Sicily for Gaza yesterday.\n\n\
         Israel's foreign ministry called the voyage \"a provocation\".\n\nREUTERS\n\n\
         A firefighter battling a wildfire near Marseille, France, on Tuesday. PHOTO: AFP\n");
    assert_eq!(a.front.title, "Activists sail for Gaza despite warnings");
    assert_eq!((a.front.agency.as_deref(), a.front.contributors.clone()), (Some("Reuters"), vec!["AFP".to_string()]));
}

/// `…bracing for temperatures above` over `45 deg C this week, with…`, on
/// a page whose paragraphs blank lines part: the sentence goes on in the
/// line opening on a figure, one paragraph, though the figure would have
/// fitted on the line above.
#[test]
fn issue3_running_text_cut_before_a_figure_is_mended() {
    let a = one("Europe braces for record heatwave\n\n\
         PARIS • Much of southern Europe was bracing for temperatures above\n\
         45 deg C this week, with authorities in France, Spain and Italy\n\
         issuing red alerts and warning people to stay indoors.\n\n\
         In Spain, the state weather agency said the heatwave could be the most\n\
         intense June episode since records began in 1950.\n");
    assert_eq!(a.body.trim().split("\n\n").count(), 2, "{}", a.body);
    assert!(a.body.starts_with("Much of southern Europe was bracing for temperatures above 45 deg C"), "{}", a.body);
}

/// `COMMUNITY CALENDAR` over days and their listings, under the last
/// obituary: a department's label, one piece of its own (the days its
/// subheads), not the obituary's crosshead.
#[test]
fn issue3_a_community_calendar_under_an_obituary_is_its_own_piece() {
    let arts = page(
        "OBITUARIES\n\nROBERT \"BOB\" KLINE\nApril 19, 1951 – June 7, 2026\n\n\
         Robert \"Bob\" Kline, 75, of Defiance, died Sunday, June 7, 2026, at his home.\n\n\
         A memorial service will be held at 2 p.m. Saturday at St. Peter's Church in Defiance.\n\n\
         COMMUNITY CALENDAR\n\nFriday, June 12\n• Farmers market, 3-6 p.m., Courthouse Square.\n\
         • Bingo, 7 p.m., American Legion Post 112.\n\nSaturday, June 13\n\
         • Library story time, 10 a.m., Harlan Public Library.\n",
    );
    assert_eq!(arts.len(), 2, "{:#?}", kickers_and_titles(&arts));
    assert_eq!(arts[1].front.title, "COMMUNITY CALENDAR");
    assert!(!arts[0].body.contains("Bingo"), "{}", arts[0].body);
    assert!(arts[1].body.contains("## Friday, June 12") && arts[1].body.contains("Bingo"), "{}", arts[1].body);
}

/// `QUOTE OF THE DAY` over a quote the story beside it also runs, over its
/// speaker: the box's text (no pull quote to drop), with its speaker.
#[test]
fn issue3_a_quote_of_the_day_box_keeps_its_quote() {
    let arts = page(
        "Government to spend HK$1.2 billion on clinics\n\nOscar Liu\n\n\
         The government will spend HK$1.2 billion building three community health centres, officials said.\n\n\
         \"We must bring primary care to where people live, rather than waiting for them to fall ill,\" Lo said.\n\n\
         QUOTE OF THE DAY\n\n\"We must bring primary care to where people live.\"\nSecretary for Health Lo Chung-mau\n",
    );
    assert_eq!(kickers_and_titles(&arts)[1], (None, "QUOTE OF THE DAY"));
    assert_eq!(
        arts[1].body,
        "\"We must bring primary care to where people live.\" — Secretary for Health Lo Chung-mau\n"
    );
}

/// The last brief of an English column, after an item its wire signed
/// (`— AP`), over `Continued from Page 1` and the jumped story's slug: an
/// item of the column still (it keeps the label); the jump line ends the
/// column and opens the jumped story's second part.
#[test]
fn issue3_a_brief_over_a_jump_line_stays_in_its_column() {
    let arts = page(
        "BRIEFS\n\nHaiti police chief replaced\n\n\
         PORT-AU-PRINCE, Haiti (AP) — Haiti's transitional council has replaced the head of the national police force, officials said yesterday.\n\n\
         — AP\n\nStudents urged to apply for scholarships\n\n\
         Tertiary students have until June 30 to apply for the 2026 scholarships, organisers said yesterday.\n\n\
         Continued from Page 1\n\nJUTC\n\n\
         bus fleet within 18 months, but said the company would still need a subsidy.\n\n\
         The JUTC carries about 80,000 passengers daily.\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        [
            (Some("BRIEFS"), "Haiti police chief replaced"),
            (Some("BRIEFS"), "Students urged to apply for scholarships"),
            (None, "JUTC")
        ]
    );
    assert_eq!(arts[2].front.continued_from, Some(1));
}

/// `Kathleen Magramo` alone as the page's last line, under the finished
/// text of a brief no byline signed: its writer, credited, not its text.
#[test]
fn issue3_a_bare_name_ending_the_page_signs_the_story_above() {
    let a = one("Ocean Park visitor numbers rebound\n\n\
         Ocean Park welcomed 2.1 million visitors in the financial year ending in June, the theme park said on Thursday.\n\n\
         Chairman Paulo Pong Kin-yee said the park would invest HK$350 million in new attractions.\n\nKathleen Magramo\n");
    assert_eq!(a.front.reporters, vec!["Kathleen Magramo"]);
    assert!(!a.body.contains("Magramo"), "{}", a.body);
}

/// `中部` under a Taiwanese local page's folio, `大都会` under a Malaysian
/// one's: the strip naming the region the page covers is no kicker of the
/// page's first story.
#[test]
fn issue3_a_region_strip_over_a_local_page_is_no_kicker() {
    for (strip, head) in [("中部", "大甲媽遶境 交管措施出爐"), ("大都会", "双溪毛糯交通灯坏了一周 居民促速修")]
    {
        let arts = page(&format!(
            "{strip}\n\n{head}\n〔記者張軒哲／台中報導〕大甲媽祖遶境進香活動將於本週五晚間起駕，台中市警察局公布交通管制措施。\n\n\
             彰化溪州公園 花海迎客\n〔記者顏宏駿／彰化報導〕溪州公園花海昨天起開放，今年以「花漾彰化」為主題。\n"
        ));
        assert_eq!(kickers_and_titles(&arts), vec![(None, head), (None, "彰化溪州公園 花海迎客")], "{strip}");
    }
}

/// `▲消防局昨午接報，氹仔一住宅單位廚房起火…`, `▲經濟及科技發展局公布，…`:
/// a headless brief opening on who was told or who announced (in
/// traditional characters) is titled by the news after it.
#[test]
fn issue3_a_headless_brief_opening_on_who_announced_in_traditional_characters() {
    let arts = page(
        "短訊\n▲消防局昨午接報，氹仔一住宅單位廚房起火，消防員到場迅速救熄，無人受傷。\n\
         ▲經濟及科技發展局公布，首四個月新成立公司共一千二百間，較去年同期增加一成。\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![
            (Some("短訊"), "消防局接報氹仔一住宅單位廚房起火"),
            (Some("短訊"), "經濟及科技發展局公布首四個月新成立公司共一千二百間")
        ]
    );
}

/// `曼谷讯　…在曼谷举办…`, `雅加达讯　…`, `（本报清迈讯）`: a Thai or
/// Indonesian Chinese paper's lead names the city the story was filed from
/// (the paper's own, in brackets after 本报); a city of two characters is
/// told from a paper known by two (`南都讯`) by the text naming it again.
#[test]
fn issue3_a_place_before_xun_is_the_dateline() {
    let a = one("泰中商会举办经贸交流会\n曼谷讯　泰国中华总商会昨日在曼谷举办经贸交流会，吸引逾两百名企业代表出席。\n");
    assert_eq!(
        (a.front.agency.as_deref(), a.front.dateline.as_ref().and_then(|d| d.place.as_deref())),
        (None, Some("曼谷"))
    );
    assert!(a.body.starts_with("泰国中华总商会"), "{}", a.body);
    let a = one("华商代表团访问泰国\n雅加达讯　印尼华商代表团一行二十人日前启程访问泰国。\n");
    assert_eq!(a.front.dateline.as_ref().and_then(|d| d.place.as_deref()), Some("雅加达"));
    let a = one("清迈榴莲节 吸引大批游客\n（本报清迈讯）清迈府第三届榴莲节日前在湄林县开幕，为期五天。\n");
    assert_eq!(
        (a.front.agency.as_deref(), a.front.dateline.as_ref().and_then(|d| d.place.as_deref())),
        (Some("本报"), Some("清迈"))
    );
    let a = one("越秀区试点加装电梯“一站式”服务\n南都讯　记者从越秀区住建局获悉，审批时限压缩至15个工作日。\n");
    assert_eq!(a.front.agency.as_deref(), Some("南都"));
}

/// `（本报摄）`, `（本报记者摄）` after a caption: the paper's own picture,
/// no one named, so no contributor `本报` and no credit left in the caption.
#[test]
fn issue3_the_papers_own_photo_credit_names_no_one() {
    for credit in ["（本报摄）", "（本报记者摄）"] {
        let a = one(&format!(
            "清迈榴莲节 吸引大批游客\n清迈府第三届榴莲节日前在湄林县开幕，为期五天。\n▲游客在榴莲节现场品尝榴莲。{credit}\n"
        ));
        assert!(a.front.contributors.is_empty(), "{credit}: {:?}", a.front.contributors);
        assert!(a.body.ends_with("品尝榴莲。\n"), "{credit}: {}", a.body);
    }
}

/// `…希望藉此推廣中華文化。綜合報導` over a photo's credit and caption: an
/// American Chinese paper's compiled story signs off after its last
/// sentence, unbracketed; the sign-off is no text, and names the paper.
#[test]
fn issue3_an_unbracketed_compiled_sign_off_before_the_photo() {
    let a = one(
        "聖荷西華人社團 端午划龍舟\n灣區多個華人社團將於6月中旬在聖荷西舉辦端午節龍舟賽，今年共有二十四支隊伍報名。\n\
         主辦單位表示，龍舟賽已邁入第十五屆，希望藉此推廣中華文化。綜合報導\n圖／灣區龍舟協會提供\n去年端午節龍舟賽盛況。\n",
    );
    assert!(!a.body.contains("綜合報導"), "{}", a.body);
    assert!(a.body.contains("推廣中華文化。\n"), "{}", a.body);
    assert_eq!(a.front.agency.as_deref(), Some("本報"));
}

/// `海外网评` over its headline under a story's last paragraph, signed
/// `（作者为海外网评论员　李　乐）` at its end: an online commentary's label
/// starts a piece of its own, its writer's two-character name letter-spaced.
#[test]
fn issue3_an_online_commentary_label_after_a_story_and_its_spaced_signature() {
    let arts = page(
        "港澳青年内地实习计划启动\n本报记者　汪灵犀\n　　“港澳青年内地实习计划”20日在深圳启动，今年计划提供实习岗位逾5000个。\n\
         \u{3000}\u{3000}主办方表示，今年将进一步扩大实习城市范围。\n\n海外网评\n让文化交流架起民心相通之桥\n\
         \u{3000}\u{3000}近日，多国青年走进中国乡村，体验非遗技艺、品尝地方美食。\n\
         \u{3000}\u{3000}未来，应继续拓宽交流渠道，创新交流形式。\n（作者为海外网评论员　李　乐）\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![(None, "港澳青年内地实习计划启动"), (Some("海外网评"), "让文化交流架起民心相通之桥")]
    );
    assert_eq!(arts[1].front.reporters, ["李乐"]);
    assert!(arts[1].body.ends_with("创新交流形式。\n"), "{}", arts[1].body);
}

/// `新华社发` alone under a story, the chart's title on the line right under
/// it and a blank line after: the wire's credit names no one and is no
/// text, and the chart's title stays with the story, no kicker of the next.
#[test]
fn issue3_a_wires_chart_credit_over_the_charts_title() {
    let arts = page(
        "前4个月我国外贸进出口稳中向好\n本报北京5月20日电（记者 罗　兰）海关总署20日发布数据显示，今年前4个月外贸进出口同比增长4.2%。\n\
         \u{3000}\u{3000}从商品结构看，机电产品出口增长7.3%。\n\n新华社发\n前4个月我国货物贸易进出口情况\n\n\
         台胞青年峰会在厦门举行\n本报厦门5月20日电（记者 金 晨）第五届海峡青年发展论坛20日在福建厦门举行。\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![(None, "前4个月我国外贸进出口稳中向好"), (None, "台胞青年峰会在厦门举行")]
    );
    assert!(!arts[0].body.contains("新华社发"), "{}", arts[0].body);
    assert!(arts[0].body.ends_with("前4个月我国货物贸易进出口情况\n"), "{}", arts[0].body);
    assert_eq!(arts[0].front.agency.as_deref(), Some("本报"));
    // A chart alone under its label: the wire that sent it is the piece's.
    let a = one("图表新闻\n前4个月我国货物贸易进出口情况\n新华社发\n");
    assert_eq!(a.front.agency.as_deref(), Some("新华社"), "{:?}", a.front);
}

/// `雨季` / `文／陳克華` over a first stanza with no blank line between, and
/// a last stanza over `圖／蔡兆倫`: a literary page's poem keeps its lines
/// in every stanza (no subheads, no piece of its own from the last), its
/// illustrator credited.
#[test]
fn issue3_a_poems_stanzas_under_its_byline_and_over_its_illustrators_credit() {
    let arts = page(
        "在京都迷路\n文／張惠菁\n\u{3000}\u{3000}那年秋天在京都，我刻意不帶地圖，只憑著記憶中的方向在巷弄裡亂走。走著走著\n\
         ，天色暗了，路燈一盞盞亮起來，才發現自己完全不知道身在何處。\n\n\
         雨季\n文／陳克華\n雨落在鐵皮屋頂上\n像一群不肯回家的孩子\n敲著門\n\n\
         母親在廚房裡\n把整個夏天\n熬成一鍋綠豆湯\n\n我在窗前\n數著那些\n從未寄出的信\n圖／蔡兆倫\n",
    );
    assert_eq!(arts.len(), 2, "{:?}", kickers_and_titles(&arts));
    let a = &arts[1];
    assert_eq!(a.front.title, "雨季");
    assert_eq!(
        (a.front.reporters.clone(), a.front.contributors.clone()),
        (vec!["陳克華".to_string()], vec!["蔡兆倫".to_string()])
    );
    assert!(!a.body.contains("## "), "{}", a.body);
    assert!(a.body.starts_with("雨落在鐵皮屋頂上\\\n像一群不肯回家的孩子\\\n敲著門\n"), "{}", a.body);
    assert!(a.body.ends_with("我在窗前\\\n數著那些\\\n從未寄出的信\n"), "{}", a.body);
}

/// `…放了三十年。` / `圖／王春子` / `【作者簡介】` / `林雨潔，1978年生…`: the
/// note on the writer set under the essay's picture credit is the essay's
/// text, and the illustrator is the essay's, not a piece `作者簡介`.
#[test]
fn issue3_a_writers_note_under_the_essays_picture_credit() {
    let arts = page(
        "母親的針線盒\n文／林雨潔\n\u{3000}\u{3000}母親的針線盒是一只褪了色的餅乾鐵盒，蓋子上印著早已停產的牌子。\n\
         \u{3000}\u{3000}鐵盒裡多了一樣東西，母親把它和線軸放在一起，放了三十年。\n圖／王春子\n\n\
         【作者簡介】\n林雨潔，1978年生於台南，現任國中教師。著有散文集《日常的縫隙》。\n\n\
         在京都迷路\n文／張惠菁\n\u{3000}\u{3000}那年秋天在京都，我刻意不帶地圖，只憑著記憶中的方向在巷弄裡亂走。\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "母親的針線盒"), (None, "在京都迷路")]);
    assert_eq!(arts[0].front.contributors, ["王春子"]);
    assert!(
        arts[0].body.ends_with("## 作者簡介\n\n林雨潔，1978年生於台南，現任國中教師。著有散文集《日常的縫隙》。\n"),
        "{}",
        arts[0].body
    );
}

/// `華埠老人服務中心擴建工程22日動土，市參事（左三）與社區領袖` over
/// `一同執鏟。（記者李秀蘭攝）`: a caption the column wrapped before its
/// last words is one caption, no subhead over a line of its own.
#[test]
fn issue3_a_caption_wrapped_before_its_last_words_and_credit() {
    let a = one("華埠老人中心擴建 明年啟用\n記者李秀蘭／舊金山報導\n\
         舊金山華埠老人服務中心擴建工程22日舉行動土典禮，市府撥款1200萬元，在現址旁增建兩層樓。\n\
         華埠老人服務中心擴建工程22日動土，市參事（左三）與社區領袖\n一同執鏟。（記者李秀蘭攝）\n");
    assert!(!a.body.contains("## "), "{}", a.body);
    assert!(
        a.body.ends_with("\n\n華埠老人服務中心擴建工程22日動土，市參事（左三）與社區領袖一同執鏟。\n"),
        "{}",
        a.body
    );
}

/// `社區活動` over `■5月28日（週四）` and the day's event, then the next
/// day: an events listing in Chinese is one piece under its label, each
/// day a subhead (as an English one's `Friday, March 6` is), no brief.
#[test]
fn issue3_a_chinese_events_listing_by_day() {
    let arts = page(
        "社區活動\n■5月28日（週四）\n灣區華人婦女會慈善午宴，中午12時，地點：舊金山金龍大酒家，票價每位80元。\n\
         ■5月30日（週六）\n華埠青年中心健康講座「長者防跌」，上午10時至12時，免費入場。\n\
         ■6月1日（週一）\n中華總會館公民入籍班開課，每週一晚間7時，共八堂。\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "社區活動")]);
    assert!(arts[0].body.starts_with("## 5月28日（週四）\n\n灣區華人婦女會"), "{}", arts[0].body);
    assert!(arts[0].body.contains("\n\n## 6月1日（週一）\n\n中華總會館"), "{}", arts[0].body);
}

/// `聯副徵文啟事` closing on `電子郵件：udnfukan@udngroup.com`: a notice
/// ending on the address to write to is whole, not cut off.
#[test]
fn issue3_a_notice_ending_on_an_email_address_is_whole() {
    let arts = page(
        "聯副徵文啟事\n第十二屆「我的家族故事」徵文\n\u{3000}\u{3000}聯合副刊即日起徵求以家族記憶為主題的散文作品，字數3000字以內。\n\
         \u{3000}\u{3000}來稿請寄聯合副刊收，信封註明「家族故事徵文」。電子郵件：udnfukan@udngroup.com\n",
    );
    assert_eq!(arts.len(), 1, "{:?}", kickers_and_titles(&arts));
    assert!(!arts[0].front.truncated, "{:?}", arts[0].front);
}

/// `港澳青年内地实习计划启动` over `今年将提供逾5000个岗位`: a line saying
/// what is to come in a figure counting what it names is the headline's
/// deck (its 副题), however near the headline's length, not the headline
/// under an 引题.
#[test]
fn issue3_a_deck_of_a_figure_to_come_under_the_headline() {
    let a = one("港澳青年内地实习计划启动\n今年将提供逾5000个岗位\n本报记者\u{3000}汪灵犀\n\
         \u{3000}\u{3000}“港澳青年内地实习计划”20日在深圳启动。今年计划提供实习岗位逾5000个。\n");
    assert_eq!(
        (a.front.kicker.as_deref(), a.front.title.as_str(), a.front.subtitle.as_deref()),
        (None, "港澳青年内地实习计划启动", Some("今年将提供逾5000个岗位"))
    );
}

/// An unsigned local story after a signed wire story that opened on its
/// dateline (`WASHINGTON (AP) — …`), its headline short and its text three
/// paragraphs with no dateline: a story of its own, since its text names
/// no one the wire story named (session 58's review of round 179).
#[test]
fn issue3_a_local_story_after_a_datelined_wire_story_is_not_its_crosshead() {
    let arts = page(
        "Senate passes infrastructure bill\n\nBy Lisa Mascaro\nAssociated Press\n\n\
         WASHINGTON (AP) — The Senate on Tuesday passed a $1.2 trillion infrastructure bill after weeks of negotiations.\n\n\
         The bill now goes to the House, where its fate is less certain.\n\n\
         Local man wins award\n\n\
         A Springfield man has been named volunteer of the year by the county's United Way chapter.\n\n\
         Tom Baker, 67, has delivered meals to homebound seniors for 12 years.\n\n\
         He will be honored at a dinner on May 3 at the Elks Lodge.\n",
    );
    let titles: Vec<&str> = arts.iter().map(|a| a.front.title.as_str()).collect();
    assert_eq!(titles, ["Senate passes infrastructure bill", "Local man wins award"]);
    assert!(arts[1].front.reporters.is_empty());
}

/// Chinese running text cut inside a word goes on in the next line, even
/// where that line alone reads as a headline: a question after a word no
/// sentence ends on, a full line with a clause inside it.
#[test]
fn issue3_a_cut_sentence_goes_on_into_a_line_that_looks_like_a_head() {
    let a = one(
        "社区议事会开起来\n\n本报记者 王晨\n\n老街坊们坐在一起，你一言我一语，商量的都是身边的小事。怎样才能把\n大家的意见收上来？\n\n议事会每月开一次，参加的有居民代表、物业经理和社区干部，每次议题\n都由居民提出并在会前张贴公示，会后由社区及时反馈办理结果\n\n并向全体居民公开。\n",
    );
    assert_eq!(
        a.body,
        "老街坊们坐在一起，你一言我一语，商量的都是身边的小事。怎样才能把大家的意见收上来？\n\n议事会每月开一次，参加的有居民代表、物业经理和社区干部，每次议题都由居民提出并在会前张贴公示，会后由社区及时反馈办理结果并向全体居民公开。\n"
    );
}

/// A fact box's label (`专家名片`) set under a headline, over the box's
/// text, is a subhead of the story, not the headline's second line.
#[test]
fn issue3_a_fact_box_label_under_the_headline_is_a_subhead() {
    let a = one(
        "换季咳嗽别硬扛\n\n专家名片\n李红，市中医院呼吸科主任医师，擅长慢性咳嗽的诊治。\n\n近来早晚温差大，咳嗽的市民明显增多。\n",
    );
    assert_eq!(kickers_and_titles(std::slice::from_ref(&a)), vec![(None, "换季咳嗽别硬扛")]);
    assert!(a.body.starts_with("## 专家名片\n\n李红，"), "{}", a.body);
}

/// A two-line headline whose first line ends on a word like `应对` is
/// kicker and title: the last character closes a word, it is no
/// preposition waiting for its object.
#[test]
fn issue3_a_head_line_ending_on_a_closed_word_is_not_joined_to_the_next() {
    let a = one("换季咳嗽如何应对\n听听专家怎么说\n\n近来早晚温差大，咳嗽的市民明显增多。\n");
    assert_ne!(a.front.title, "换季咳嗽如何应对听听专家怎么说");
}

/// `——社区居民 刘桂兰` under a quotation set whole, in a box of quotes:
/// who said it, not a reader signing a letter; the next quotation stays in
/// the box.
#[test]
fn issue3_a_resident_quoted_in_a_box_of_quotes_is_no_signature() {
    let a = one(
        "群众说\n\n“路灯亮了，晚上出门踏实多了。”\n——老城区居民 周秀英\n\n“以后办事不用来回跑了。”\n——个体工商户 陈建国\n",
    );
    assert_eq!(a.front.title, "群众说");
    assert!(a.front.reporters.is_empty(), "{:?}", a.front.reporters);
    assert!(a.body.contains("——个体工商户 陈建国"), "{}", a.body);
}

/// `…。（县融媒体中心供稿）` after a brief's last sentence: the office that
/// sent it in, a contributor, as it is on a line of its own.
#[test]
fn issue3_an_office_supplying_a_brief_signs_after_its_last_sentence() {
    let a = one("乡村书屋添新书\n\n本报讯 近日，河口乡12个村级书屋新添图书3000余册。（河口乡党政办供稿）\n");
    assert_eq!(a.front.contributors, vec!["河口乡党政办"]);
    assert_eq!(a.body, "近日，河口乡12个村级书屋新添图书3000余册。\n");
}

/// A story's closing credit in brackets over its photo's credited caption:
/// the caption follows the story's end, the credit is still the story's.
#[test]
fn issue3_a_closing_credit_over_a_credited_caption_is_taken() {
    let a = one(
        "乡村书屋添新书\n\n本报讯 近日，河口乡12个村级书屋新添图书3000余册。（河口乡党政办供稿）\n\n图为村民在书屋看书。  乡文化站供图\n",
    );
    assert!(a.front.contributors.iter().any(|c| c == "河口乡党政办"), "{:?}", a.front.contributors);
    assert!(!a.body.contains("供稿"), "{}", a.body);
}

/// `▲东湖区 日前，东湖区…`, `▲南溪镇 南溪镇卫生院…`: a county roundup's
/// item opens on its place, then when or the place again: the place is
/// the item's dateline, not the first words of its text.
#[test]
fn issue3_a_roundup_item_led_by_its_place_then_when_or_the_place_again() {
    let arts = page(
        "乡镇传真\n\n▲石门区 日前，石门区举办春季农民工专场招聘会，80余家企业提供岗位2000余个。（王平）\n\n▲河口镇 河口镇敬老院新建的康复室正式投入使用，老人在院内就能做理疗。（李明）\n",
    );
    assert_eq!(arts.len(), 2);
    let places: Vec<Option<&str>> =
        arts.iter().map(|a| a.front.dateline.as_ref().and_then(|d| d.place.as_deref())).collect();
    assert_eq!(places, vec![Some("石门区"), Some("河口镇")]);
    assert!(arts[0].body.starts_with("日前，石门区举办"), "{}", arts[0].body);
    assert!(arts[1].body.starts_with("河口镇敬老院"), "{}", arts[1].body);
}

/// A poem's closing couplet under its stanza is a stanza too; a column
/// label and an essay's headline under it, over prose signed at its end
/// and before the next piece, head the essay, not subheads of the poem.
#[test]
fn issue3_an_essay_signed_at_its_end_after_a_poem_is_its_own_piece() {
    let arts = page(
        "山中夜雨\n\n林远\n\n雨落在松针上\n一滴 又一滴\n像母亲在灯下\n数着远行的日子\n\n天亮的时候\n山就绿了\n\n随笔\n\n老屋的门槛\n\n老屋的门槛是青石做的，被几代人的脚磨得发亮。小时候我常坐在上面等父亲回家。\n\n如今老屋空了，门槛还在。\n\n■ 吴小川\n\n征稿启事\n本版欢迎散文、诗歌等原创作品，请注明真实姓名和联系电话。\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "山中夜雨"), (Some("随笔"), "老屋的门槛"), (None, "征稿启事")]);
    assert!(arts[0].body.ends_with("天亮的时候\\\n山就绿了\n"), "{}", arts[0].body);
    assert_eq!(arts[0].front.reporters, vec!["林远"]);
    assert_eq!(arts[1].front.reporters, vec!["吴小川"]);
}

/// `图为…` with its credit under a brief closed by its writer's name: the
/// caption of the brief's picture, not a photo piece of its own (one of
/// those reports when and where).
#[test]
fn issue3_a_tuwei_caption_under_a_signed_brief_stays_with_it() {
    let a = one(
        "社区食堂开张\n\n本报讯 3日，城东社区老年食堂开门迎客，首日接待老人200余人次。（通讯员 罗兰）\n\n图为老人在食堂用餐。 通讯员 何平 摄\n",
    );
    assert_eq!(a.front.title, "社区食堂开张");
    assert!(a.body.ends_with("图为老人在食堂用餐。\n"), "{}", a.body);
}

/// `欢迎提供新闻线索，一经采用即付报料费` under the hotline line at a page's
/// foot: the tip box's promise, furniture as the hotline is, and no text
/// of the brief above (whose closing credit is then its last words).
#[test]
fn issue3_the_tip_fee_promise_under_a_hotline_is_furniture() {
    let a = one(
        "便民快递\n\n● 东门菜场恢复营业\n东门菜场改造完工，昨日恢复营业，新增摊位30个。（通讯员 孙青）\n\n新闻热线：0731-5556666\n欢迎提供新闻线索，一经采用即付报料费\n",
    );
    assert_eq!(a.front.contributors, vec!["孙青"]);
    assert_eq!(a.body, "东门菜场改造完工，昨日恢复营业，新增摊位30个。\n");
}

/// A label no list knows (`街坊事`) over headlines each over one paragraph
/// closed by its writer in brackets: a column of signed briefs, each item
/// under the label, not the first alone.
#[test]
fn issue3_an_unknown_label_over_signed_briefs_labels_each_item() {
    let arts = page(
        "街坊事\n\n● 夜班公交延长半小时\n自下周一起，夜班公交末班车发车时间延后半小时。（记者 高原）\n\n● 社区书屋周末开放\n社区书屋本周起周末全天开放，居民凭卡借阅。（实习生 林夕）\n\n● 老菜场改造完工\n老菜场改造完工，新增摊位40余个。（通讯员 周正）\n",
    );
    let kickers: Vec<Option<&str>> = arts.iter().map(|a| a.front.kicker.as_deref()).collect();
    assert_eq!(kickers, vec![Some("街坊事"); 3]);
}

#[test]
fn issue3_a_headline_over_its_lead_is_not_the_end_of_a_paragraph_missing_its_stop() {
    // The paragraph above lost its closing `。` (an export or a typesetter's
    // slip); the long two-part headline under it opens a story of its own.
    let arts = page(
        "森林防火专项行动启动\n\n本报讯（记者 李华）我市近日启动春季森林防火专项行动。\n\n行动期间，各地将加强巡查，严防火灾发生。各乡镇组织开展了宣传活动\n\n以实干实绩推动高质量发展，奋力谱写中国式现代化鹤壁实践新篇章\n\n本报讯（记者 赵亮）2日，市委常委会召开会议，研究部署当前重点工作。\n",
    );
    let titles: Vec<&str> = arts.iter().map(|a| a.front.title.as_str()).collect();
    assert_eq!(titles, ["森林防火专项行动启动", "以实干实绩推动高质量发展，奋力谱写中国式现代化鹤壁实践新篇章"]);
    assert!(arts[0].body.ends_with("各乡镇组织开展了宣传活动\n"), "{:?}", arts[0].body);
    assert_eq!(arts[1].front.reporters, vec!["赵亮"]);
}

/// A caption that quotes its subject in typewriter quotes, its credit run in
/// (`Ann Moore: 'Sales are up.' Photograph: Tom Rice`): the credit was not
/// read and stayed in the caption (on a full page the caption, so left, even
/// headed the next story).
#[test]
fn issue3_a_caption_closing_on_a_typewriter_quote_keeps_its_run_in_credit() {
    let arts = page(
        "Brewer lifts profit forecast\n\nPaul Hanley\nBusiness Editor\n\n\
         Harbour Brewing has raised its profit forecast for the year after strong sales over the winter.\n\n\
         Shares rose 3 per cent in early trading yesterday.\n\n\
         Ann Moore: 'Sales are up in every market.' Photograph: Tom Rice\n\n\
         Software firm to hire 120 in Cork\n\nMary Lynch\n\n\
         A software company is to hire 120 people at a new office in Cork.\n",
    );
    let titles: Vec<&str> = arts.iter().map(|a| a.front.title.as_str()).collect();
    assert_eq!(titles, ["Brewer lifts profit forecast", "Software firm to hire 120 in Cork"]);
    assert_eq!(arts[0].front.contributors, vec!["Tom Rice"]);
    assert!(arts[0].body.ends_with("Ann Moore: 'Sales are up in every market.'\n"), "{}", arts[0].body);
    assert_eq!(arts[1].front.subtitle, None);
}

/// `Jane Doe / jane.doe@paper.co.uk` under a head: a British regional sets
/// the writer's address on the name's line, after a rule; the line, not
/// read as a byline, opened the text with the handle under it.
#[test]
fn issue3_a_name_with_its_address_after_a_rule_is_the_byline() {
    let a = one("Library to open on Sundays\n\nTom Price / tom.price@westernherald.co.uk\n@TomPriceNews\n\n\
         THE central library will open on Sunday afternoons from next month, the council has said.\n\n\
         The trial will run until the end of the summer.\n");
    assert_eq!(a.front.reporters, vec!["Tom Price"]);
    assert!(a.body.starts_with("THE central library"), "{}", a.body);
    assert!(!a.body.contains('@'), "{}", a.body);
}

/// `Picture: RNLI/JANE ROE`: the body that handed the picture out, in
/// initials, then the photographer; the initials were credited, not the
/// photographer.
#[test]
fn issue3_a_photo_credit_with_an_organisations_initials_before_the_slash_names_the_photographer() {
    let a = one(
        "Lifeboat crew rescue walkers\n\nBy Sam Hart\n\nTWO walkers cut off by the tide were rescued by a lifeboat crew on Sunday.\n\n\
         RESCUED: The crew bring the walkers ashore.\nPicture: RNLI/JANE ROE\n",
    );
    assert_eq!(a.front.contributors, vec!["Jane Roe"]);
    assert!(a.body.ends_with("RESCUED: The crew bring the walkers ashore.\n"), "{}", a.body);
}

/// `TNN | Pune` under a head: an Indian paper's news service, then after a
/// bar the place filed from; the line was read as the story's subtitle.
#[test]
fn issue3_a_news_service_and_its_place_after_a_bar_sign_the_story() {
    let a = one("Civic body to repair 12 flyovers before rains\n\nTNN | Pune\n\n\
         The civic body will repair 12 flyovers before the monsoon, officials said on Monday.\n\n\
         Tenders for the work have already been floated.\n");
    assert_eq!(a.front.agency.as_deref(), Some("TNN"));
    assert_eq!(a.front.dateline.as_ref().and_then(|d| d.place.as_deref()), Some("Pune"));
    assert_eq!(a.front.subtitle, None);
    assert!(a.body.starts_with("The civic body"), "{}", a.body);
}

/// `•Continued on Page 10`: a bullet set before the jump line stayed behind
/// as the story's last paragraph.
#[test]
fn issue3_a_bullet_before_a_jump_line_goes_with_it() {
    for jump in ["•Continued on Page 10", "• Continued on page 10"] {
        let a = one(&format!(
            "Governors back new pension scheme\n\nFrom Musa Adamu, Kaduna\n\n\
             The state governors have backed a new contributory pension scheme, the forum said.\n\n\
             Workers' unions said they would study the details.\n\n{jump}\n"
        ));
        assert_eq!(a.front.continued_to, Some(10), "{jump}");
        assert!(a.body.ends_with("would study the details.\n"), "{jump}: {}", a.body);
    }
}

/// `By Ann Lowe` over `courts reporter`: the writer's role set in lower
/// case under the name stayed as the text's first paragraph.
#[test]
fn issue3_a_lower_case_role_under_the_byline_is_the_bylines() {
    let a = one("Driver banned after crash\nBy Ann Lowe\ncourts reporter\n\n\
         A DRIVER who crashed into a bus shelter has been banned from the road for a year.\n\n\
         He was also fined £400.\n");
    assert_eq!(a.front.reporters, vec!["Ann Lowe"]);
    assert!(a.body.starts_with("A DRIVER"), "{}", a.body);
}

/// `This report by The Canadian Press was first published May 2, 2026.`:
/// the Canadian wire's closing line stayed as the story's last paragraph;
/// it names the wire, as its sign-off in capitals does.
#[test]
fn issue3_the_canadian_wires_first_published_line_closes_the_story() {
    let arts = page(
        "Province to hire 500 nurses\n\nVICTORIA — The province will hire 500 nurses over the next two years, the health minister said Monday.\n\n\
         The union welcomed the plan.\n\nThis report by The Canadian Press was first published May 2, 2026.\n\n\
         Library extends weekend hours\n\nThe public library will stay open until 8 p.m. on Saturdays starting next month.\n",
    );
    let titles: Vec<&str> = arts.iter().map(|a| a.front.title.as_str()).collect();
    assert_eq!(titles, ["Province to hire 500 nurses", "Library extends weekend hours"]);
    assert_eq!(arts[0].front.agency.as_deref(), Some("The Canadian Press"));
    assert!(arts[0].body.ends_with("The union welcomed the plan.\n"), "{}", arts[0].body);
    assert_eq!(arts[1].front.agency, None);
}

/// A writer's e-mail and profile address (`Twitter.com/jdoe`) under the
/// story's last paragraph: the profile's address stood as a crosshead and
/// the next story's headline was run in under it.
#[test]
fn issue3_a_writers_profile_address_at_the_foot_signs_the_story() {
    let arts = page(
        "Councillor wants more crossing guards\n\nPAUL MARTIN\nTHE RIVER GAZETTE\n\n\
         Every school crossing in the city should have a guard, a councillor says.\n\n\
         Not everyone on council agrees.\n\npmartin@rivergazette.com\nTwitter.com/paulmartin\n\n\
         Pool to reopen after repairs\n\nThe west-end pool will reopen on Saturday after a month of repairs.\n",
    );
    let titles: Vec<&str> = arts.iter().map(|a| a.front.title.as_str()).collect();
    assert_eq!(titles, ["Councillor wants more crossing guards", "Pool to reopen after repairs"]);
    assert!(arts[0].body.ends_with("Not everyone on council agrees.\n"), "{}", arts[0].body);
}

/// Letters signed right under their last line (no blank line between):
/// `P. Lane` over `Helston` was kept as a stanza with the letter's last
/// sentence, then run into one headline; `Name and address supplied`
/// headed the next letter; `J. Rowe, Hayle` was read as a headline.
#[test]
fn issue3_letters_signed_under_their_last_line_with_an_initial_or_no_name() {
    let arts = page(
        "LETTERS\n\nSave our post office\n\
         THE closure of the village post office will leave many older people without a way to collect their pensions.\n\
         Please think again.\nP. Lane\nHelston\n\n\
         Dog fouling is out of hand\n\
         EVERY morning the path to the school is covered in mess. Where are the wardens?\nName and address supplied\n\n\
         A fine festival\n\
         CONGRATULATIONS to the organisers of the folk festival, which was the best in years.\nJ. Rowe, Hayle\n\n\
         Letters may be edited for length. The views expressed are not necessarily those of the newspaper.\n",
    );
    let titles: Vec<&str> = arts.iter().map(|a| a.front.title.as_str()).collect();
    assert_eq!(titles, ["Save our post office", "Dog fouling is out of hand", "A fine festival"]);
    assert_eq!(arts[0].front.reporters, vec!["P. Lane"]);
    assert!(arts[0].body.contains("Please think again.\n"), "{}", arts[0].body);
    assert!(arts[1].front.reporters.is_empty());
    assert_eq!(arts[2].front.reporters, vec!["J. Rowe"]);
    assert!(!arts[2].body.contains("may be edited"), "{}", arts[2].body);
}

/// `Printed and published by …` at the page's foot (the imprint) stayed as
/// the last story's last paragraph; `ADVERTORIAL` alone where a paid piece
/// sat made an empty article.
#[test]
fn issue3_the_imprint_and_an_advertorial_label_at_the_foot_are_no_text() {
    let arts = page(
        "Ferry service to resume\n\nBy Ade Bello\n\nLAGOS — The ferry service between Ikorodu and Marina will resume on Monday, officials said.\n\n\
         The service was suspended after an accident last month.\n\n\
         Printed and published by Harbour Press Ltd, 12 Wharf Road, Lagos. Editor: Tunde Ojo\n\nADVERTORIAL\n",
    );
    assert_eq!(arts.len(), 1, "{:?}", arts.iter().map(|a| &a.front.title).collect::<Vec<_>>());
    assert!(arts[0].body.ends_with("after an accident last month.\n"), "{}", arts[0].body);
}

/// A story's first word set in capitals (`A WOMAN who…`, `ROVERS United
/// won…`) was tagged as an acronym or as a second spelling of the name.
#[test]
fn issue3_a_first_word_in_capitals_is_no_tag_of_its_own() {
    let a = one("Rovers United win derby\n\nBy Sports Reporter\n\n\
         ROVERS United beat City Athletic 2-1 in the derby at Riverside Park yesterday.\n\n\
         Rovers United coach Tom Otieno praised his players. Rovers United now lead the league.\n\n\
         City Athletic coach Sam Waweru said his side would recover.\n");
    assert!(a.front.tags.iter().all(|t| t != "ROVERS United" && t != "ROVERS"), "{:?}", a.front.tags);
    assert!(a.front.tags.iter().any(|t| t == "Rovers United"), "{:?}", a.front.tags);
    let a = one("Dog owner fined\n\nA WOMAN whose dog bit a postman has been fined $500 by the court.\n\n\
         The court heard the dog escaped through a gate.\n");
    assert!(a.front.tags.iter().all(|t| t != "WOMAN"), "{:?}", a.front.tags);
}

/// `… on Monday. Picture: Alison` over `Fraser`: the photographer's name
/// wrapped after its first word; the surname stood as the next story's
/// kicker and the credit named `Alison` alone.
#[test]
fn issue3_a_photo_credits_name_wrapped_after_its_first_word() {
    let arts = page(
        "Orchard hit by hail\n\nBy KATE NGUYEN\n\nHAIL stripped fruit from trees across the valley on Monday, growers said.\n\n\
         Grower Ian Moss in his orchard on Monday. Picture: Alison\nFraser\n\n\
         Road closed for repairs\n\nTHE coast road will close for two weeks from Monday for repairs.\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "Orchard hit by hail"), (None, "Road closed for repairs")]);
    assert_eq!(arts[0].front.contributors, vec!["Alison Fraser"]);
    assert!(arts[0].body.ends_with("in his orchard on Monday.\n"), "{}", arts[0].body);
}

/// `From Page 1` over `FLOODS` over `(continued)`: the jumped part's slug
/// kept the note that it goes on in its title (`FLOODS (continued)`).
#[test]
fn issue3_a_jumped_parts_continued_note_is_no_part_of_its_title() {
    let a =
        one("From Page 1\n\nFLOODS\n(continued)\n\nthe river rose another half metre overnight, the council said.\n\n\
         Sandbags will be handed out at the fire station until Friday.\n");
    assert_eq!(a.front.title, "FLOODS");
    assert_eq!(a.front.continued_from, Some(1));
}

/// `THE CANADIAN PRESS` signing the last story on the page's last line: read
/// as a paper's name in the page's foot (it ends as `… Press` does) and
/// dropped, the story lost its wire.
#[test]
fn issue3_a_wire_named_as_a_paper_is_signing_the_last_story_not_the_foot() {
    for wire in ["THE CANADIAN PRESS", "The Associated Press"] {
        let arts = page(&format!(
            "Ice storm closes schools\n\nMONTREAL — Schools across the region were closed Wednesday after an ice storm.\n\n\
             Hydro crews worked through the night.\n\n{wire}\n"
        ));
        assert_eq!(arts.len(), 1);
        assert!(arts[0].front.agency.is_some(), "{wire}");
        assert!(arts[0].body.ends_with("through the night.\n"), "{wire}: {}", arts[0].body);
    }
}

/// `…客户普遍持观望态度，` over `企业对未来几个月的订单预期`, then a blank
/// line and `有所下降。`: the comma's line fell short of the measure, and the
/// rest of the sentence under it, as short as a head, became a crosshead.
#[test]
fn issue3_a_line_under_a_comma_is_no_crosshead() {
    let a = one("港口货运量创新高\n\n本报记者 林海\n\n\
         今年前两个月，市港口集团累计完成货物吞吐量一千二百万吨，同比增长百分之八点五，\n\
         创历史同期新高。其中集装箱吞吐量增长较快，外贸航线新增三条。\n\n\
         集团负责人介绍，新码头投用后作业效率明显提升，船舶平均在港时间缩短，\n\
         货主对下一阶段的运输需求\n\n\
         保持乐观。港口还将开通至东南亚的直达航线，方便本地企业出口。\n\n\
         据了解，港口今年计划投资十亿元，用于泊位改造和智慧港口建设，\n\
         预计年底前全部完工。\n");
    assert!(!a.body.contains("## "), "{}", a.body);
    assert!(a.body.contains("船舶平均在港时间缩短，货主对下一阶段的运输需求保持乐观。"), "{}", a.body);
}

/// A notice two offices issue together, `特此公告。` over both offices, a
/// line each, over the date: the second office and the date became the
/// next story's kicker and headline.
#[test]
fn issue3_a_notice_signed_by_two_offices_ends_on_its_date() {
    let arts = page(
        "东大街封闭施工公告\n\n因雨污分流改造需要，东大街将于3月10日至4月30日封闭施工，请过往车辆绕行。\n\n特此公告。\n\n\
         南溪市公安局交通警察支队\n南溪市住房和城乡建设局\n2026年3月2日\n\n\
         新建停车场投入使用\n\n本报讯（记者 李华）3日，城北新建的立体停车场投入使用，可提供车位三百个。\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "东大街封闭施工公告"), (None, "新建停车场投入使用")]);
    assert!(arts[0].body.ends_with("南溪市住房和城乡建设局\n\n2026年3月2日\n"), "{}", arts[0].body);
}

/// `…有限公司清算组` over the date under a liquidation notice: a body set up
/// for one task signs as an office does, not as a crosshead.
#[test]
fn issue3_a_liquidation_group_signs_its_notice() {
    let a = one("注销公告\n\n本公司经股东决定，拟向登记机关申请注销登记，请债权人自公告之日起四十五日内申报债权。\n\n\
         南溪市宏远商贸有限公司清算组\n2026年3月4日\n");
    assert!(!a.body.contains("## "), "{}", a.body);
    assert!(a.body.ends_with("清算组\n\n2026年3月4日\n"), "{}", a.body);
}

/// A briefs box whose items each close on their own source (`▲…（据新华社）`
/// over `▲…（据路透社）`): the last item's source was taken as the whole
/// box's closing credit (or a photo's, behind `▲`) and cut from its text.
#[test]
fn issue3_the_last_items_own_source_stays_with_its_item() {
    let a = one("■天下事\n\n▲日本央行维持利率不变，市场反应平淡。（据新华社）\n\n\
         ▲德国二月失业率小幅上升至百分之六点一。（据路透社）\n\n\
         ▲墨西哥城举行大型马拉松赛，数万人参加。（据美联社）\n");
    assert!(a.body.ends_with("数万人参加。（据美联社）\n"), "{}", a.body);
    assert!(a.body.contains("（据路透社）"), "{}", a.body);
}

/// `日本一地发生地震` over `据中新社报道，…` under a signed wire story's
/// finished text: a story taken from a wire opens on its source as one from
/// a paper or site does, so the line over it heads a story, not a crosshead.
/// (`据该社报道，` refers back to a wire named above: text of the story.)
#[test]
fn issue3_a_story_opening_on_a_wire_it_was_taken_from_is_its_own() {
    let arts = page(
        "油价连续三周上涨\n\n新华社纽约3月3日电（记者 张明）国际油价3日继续上涨，纽约原油期货价格收于每桶七十二美元。\n\n\
         分析人士认为，供应偏紧是油价上涨的主要原因。\n\n\
         南美一地发生山体滑坡\n\n据美联社报道，秘鲁北部山区3日发生山体滑坡，多条道路中断，暂无人员伤亡报告。\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "油价连续三周上涨"), (None, "南美一地发生山体滑坡")]);
    let a = one(
        "油价连续三周上涨\n\n新华社纽约3月3日电（记者 张明）国际油价3日继续上涨，纽约原油期货价格收于每桶七十二美元。\n\n\
         分析人士认为，供应偏紧是油价上涨的主要原因。\n\n\
         市场仍存变数\n\n据该社报道，部分产油国可能在下月增加产量，油价走势仍有变数。\n",
    );
    assert!(a.body.contains("## 市场仍存变数"), "{}", a.body);
}

#[test]
fn issue3_a_listings_pages_disclaimer_is_no_notice_and_no_piece() {
    // The standing disclaimer of a notices page, set under its last notice:
    // it closed that notice's text or stood as a piece with no headline.
    let arts = page(
        "遗失声明\n\n江城市顺达物流有限公司遗失公章一枚，声明作废。\n\n注销公告\n\n江城市鑫源餐饮管理有限公司经股东决定，拟申请注销登记，请债权人自本公告发布之日起45日内申报债权。\n\n江城市鑫源餐饮管理有限公司清算组\n2026年3月4日\n\n本版信息由刊登者提供，请读者核实后再进行交易。\n",
    );
    let titles: Vec<&str> = arts.iter().map(|a| a.front.title.as_str()).collect();
    assert_eq!(titles, ["遗失声明", "注销公告"]);
    assert!(arts.iter().all(|a| !a.body.contains("刊登者")), "{arts:#?}");
    // A story that says the same in its own words keeps them.
    let a = one("二手车交易提醒\n\n本报讯（记者 李华）市场监管部门提醒，二手车信息由卖家提供，请买家核实后再交易。\n");
    assert!(a.body.contains("请买家核实后再交易"), "{}", a.body);
}

/// `ANA PEREZ / Gazette photo`, `Gazette photo by Ana Perez`, `AFP PHOTO`
/// under a caption: not read as credits, they stood as the title or kicker
/// of the next story.
#[test]
fn issue3_a_papers_own_photo_credit_under_a_caption_is_no_headline() {
    for credit in
        ["ANA PEREZ / Gazette photo", "Ana Perez | Staff photographer", "Gazette photo by Ana Perez", "AFP PHOTO"]
    {
        let arts = page(&format!(
            "Pool to reopen in June\n\nBy LEE HART\nStaff Writer\n\nThe city pool will reopen in June after repairs to its filters, officials said.\n\n\
             Workers drain the pool on Monday.\n{credit}\n\n\
             Bus fares to rise\n\nBy MIA COLE\n\nBus fares will rise by 25 cents on July 1, the transit board decided.\n"
        ));
        assert_eq!(
            kickers_and_titles(&arts),
            vec![(None, "Pool to reopen in June"), (None, "Bus fares to rise")],
            "{credit}"
        );
        assert_eq!(arts[0].front.contributors.len(), 1, "{credit}");
    }
    // A headline naming a photo contest is no credit.
    let arts = page(
        "Pool to reopen in June\n\nThe city pool will reopen in June after repairs, officials said.\n\n\
         TOP PHOTOS\n\nWinners of the spring contest will be shown at the library.\n",
    );
    assert!(arts[0].front.contributors.is_empty());
    assert!(arts.iter().any(|a| a.body.contains("Winners of the spring contest")));
}

/// `ana.ruiz@example.com` / `@anaruiz` set straight under a story's last
/// sentence: the address ran on into the sentence, and the unsigned story
/// after the handle became a crosshead of the signed one.
#[test]
fn issue3_a_writers_address_under_the_last_sentence_closes_the_story() {
    let arts = page(
        "Tigers win county title\n\nBy ANA RUIZ | Staff writer\n\n\
         The Tigers won the county title on Saturday, beating the Owls 3-1 in a\n\
         tense final played in steady rain at Miller Field before a full stand.\n\
         Striker Leo Grant scored twice in the first half, and the defense held\n\
         firm after the Owls pulled a goal back early in the second half.\n\
         The team now heads to the regional round next month, where it will\n\
         meet the winner of the northern county in a two-leg semifinal.\n\
         ana.ruiz@example.com\n@anaruiz\n\n\
         Owls keeper out for\nrest of the season\n\
         The Owls' goalkeeper broke his wrist in the final and will miss the\n\
         rest of the season, the club said on Sunday.\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![(None, "Tigers win county title"), (None, "Owls keeper out for rest of the season")]
    );
    assert!(arts[0].body.ends_with("in a two-leg semifinal.\n"), "{}", arts[0].body);
    // An address that ends a sentence cut before it stays in the sentence.
    let a = one("Tickets on sale\n\nTickets for the spring concert are on sale now, and questions can be sent to\n\
         tickets@example.com\n");
    assert!(a.body.contains("sent to tickets@example.com"), "{}", a.body);
}

/// `LETTER TO THE EDITOR` (one letter, in the singular) over the letter's
/// headline: read as a signature, it signed the story above as `Letter To`.
#[test]
fn issue3_a_single_letters_label_signs_no_story_above() {
    let arts = page(
        "Garden club meets\n\nThe garden club meets at 7 p.m. Thursday at the library.\n\n\
         LETTER TO THE EDITOR\nPlease slow down on Elm Street\nTo the editor:\n\
         Drivers speed past the school every morning, and a child will be hurt.\nTom Price\nMillbrook\n",
    );
    assert_eq!(arts.len(), 2);
    assert!(arts[0].front.reporters.is_empty(), "{:?}", arts[0].front.reporters);
    assert_eq!(arts[1].front.title, "Please slow down on Elm Street");
    assert_eq!(arts[1].front.kicker.as_deref(), Some("LETTER TO THE EDITOR"));
}

#[test]
fn issue3_a_wires_or_papers_photo_run_in_after_a_caption_names_no_one() {
    // `PNA PHOTO` run in after the caption was read as a photographer's name.
    let arts = page(
        "Farmers get new tractors\n\nThe Department of Agriculture handed over 20 tractors to farmer groups on Tuesday.\n\nFarmers inspect one of the new tractors in Cebu City. PNA PHOTO\n\nSchool opens library\n\nBy ANA REYES\n\nA public school in Mandaue opened a new library on Monday.\n",
    );
    assert_eq!(arts.len(), 2);
    assert_eq!(arts[0].front.contributors, vec!["PNA"]);
    assert!(arts[0].body.ends_with("in Cebu City.\n"), "{}", arts[0].body);
    let a = one("Flood waters rise\n\nResidents wade through a flooded street in Malabon on Monday. INQUIRER PHOTO\n");
    assert!(a.front.contributors.is_empty(), "{:?}", a.front.contributors);
    assert!(a.body.ends_with("on Monday.\n"), "{}", a.body);
    // A photographer's name in capitals after a caption is still read.
    let a = one("Festival opens\n\nDancers perform at the opening of the festival in Pattaya. CHAIWAT SATYAEMWONG\n");
    assert_eq!(a.front.contributors, vec!["Chaiwat Satyaemwong"]);
}

/// `本台记者 X 通讯员 Y` under a county media centre's headline, and `文/学生记者
/// X Y` on a campus paper: the station's and the paper's own reporters. The
/// first read as a crosshead (the story ran into the one above), the second
/// named `学生` the agency.
#[test]
fn issue3_a_stations_and_a_student_reporters_byline() {
    let arts = page(
        "全镇召开春耕动员会\n\n本报讯（记者 何明）2月10日，全镇召开春耕动员会。\n\n\
         合作社忙着修农机\n\n本台记者 周丽 通讯员 陈刚\n\n眼下，合作社的农机手正抓紧检修机械。\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "全镇召开春耕动员会"), (None, "合作社忙着修农机")]);
    assert_eq!(arts[1].front.reporters, vec!["周丽"]);
    assert_eq!(arts[1].front.contributors, vec!["陈刚"]);
    assert_eq!(arts[1].body, "眼下，合作社的农机手正抓紧检修机械。\n");
    let a = one("义诊进社区\n\n文/学生记者 赵悦 孙琪\n\n医学院师生走进社区开展义诊。\n");
    assert_eq!(a.front.reporters, vec!["赵悦", "孙琪"]);
    assert_eq!(a.front.agency, None);
}

/// `青山融媒讯（记者 X Y）`: a county media centre opens its paper's leads
/// with its own name, as `本报讯` does; the lead stayed in the text.
#[test]
fn issue3_a_county_media_centres_own_lead() {
    let a = one("全县部署春耕工作\n\n青山融媒讯（记者 马林 吴敏）2月10日，全县春耕工作会议召开。\n");
    assert_eq!(a.front.reporters, vec!["马林", "吴敏"]);
    assert_eq!(a.front.agency.as_deref(), Some("青山融媒"));
    assert_eq!(a.body, "2月10日，全县春耕工作会议召开。\n");
}

/// `第8页  国际新闻` under a Singapore or Malaysian masthead: the page
/// numbered with `页` names the section; it was read as the first
/// headline's kicker, and the masthead's city taken as the section.
#[test]
fn issue3_a_page_numbered_with_ye_names_the_section() {
    let a = one(
        "南洋时报          2026年2月11日 星期三          吉隆坡\n第8页                                        国际新闻\n\n\
         东盟峰会下月举行\n\n东盟峰会将于下月在吉隆坡举行，各国领导人将出席。\n",
    );
    assert_eq!(a.front.kicker, None);
    assert_eq!(a.front.title, "东盟峰会下月举行");
    assert_eq!(a.front.section.as_deref(), Some("国际新闻"));
}

/// `（光华日报）` alone under a story a Singapore paper took from a Malaysian
/// one: the paper it came from, as `（据光华日报）` is; it stayed as text.
#[test]
fn issue3_a_papers_name_alone_in_brackets_under_a_story_is_its_source() {
    let a = one(
        "槟城新渡轮启航\n\n（槟城10日讯）槟城新渡轮今日启航，每日往返12趟。\n\n州政府说，票价维持不变。\n（光华日报）\n",
    );
    assert_eq!(a.front.agency.as_deref(), Some("光华日报"));
    assert_eq!(a.body, "槟城新渡轮今日启航，每日往返12趟。\n\n州政府说，票价维持不变。\n");
    // An aside in brackets is still text.
    let a = one("新渡轮启航\n\n新渡轮今日启航。\n\n（图为新渡轮）\n");
    assert_eq!(a.front.agency, None);
}

/// `讀者來函請電郵：…`, `读者来函请电邮：…` at a page's foot: where the
/// paper takes letters, no text of the story above it.
#[test]
fn issue3_a_letters_address_at_the_foot_is_furniture() {
    let a = one(
        "社区义卖会周六举行\n\n社区俱乐部本周六举办义卖会，所得将捐给弱势家庭。\n\n读者来函请电邮：city@example.com\n",
    );
    assert_eq!(a.body, "社区俱乐部本周六举办义卖会，所得将捐给弱势家庭。\n");
}

/// `生活快遞` over briefs bulleted `‧`: a Taiwanese paper's brief column,
/// each brief an item of its own. The label (in traditional characters)
/// and its briefs were read as a crosshead and text of the story above.
#[test]
fn issue3_briefs_bulleted_with_a_dot_under_a_traditional_label() {
    let arts = page(
        "新橋通車\n\n【記者王明／新竹報導】新竹新橋昨天通車，往來車流順暢。\n\n生活快遞\n\n\
         ‧市立圖書館本週起延長開放時間至晚上十點。\n‧公車處推出假日觀光路線，每半小時一班。\n",
    );
    assert_eq!(arts.len(), 3, "{:#?}", kickers_and_titles(&arts));
    assert!(arts[0].body.ends_with("往來車流順暢。\n"), "{}", arts[0].body);
    assert_eq!(arts[1].front.kicker.as_deref(), Some("生活快遞"));
    assert_eq!(arts[2].body, "公車處推出假日觀光路線，每半小時一班。\n");
}

/// `读者 王阿姨` between a reader's `问：…` and the doctor's `答：…`: the
/// asker signing the question. It closed the piece (the reader its
/// reporter) and the answer became a piece titled `答`.
#[test]
fn issue3_a_readers_signature_between_question_and_answer() {
    let a = one("健康信箱\n\n问：我最近膝盖疼，上下楼梯更明显，该怎么办？\n　　　　　　读者 王阿姨\n\
         答：建议先到医院骨科检查，平时少爬楼梯，注意保暖。\n　　　　　　市人民医院骨科主任医师 刘强\n");
    assert_eq!(a.front.title, "健康信箱");
    assert!(a.body.contains("读者 王阿姨\n\n答：建议先到医院骨科检查"), "{}", a.body);
    assert!(!a.front.reporters.contains(&"王阿姨".to_string()), "{:?}", a.front.reporters);
    // A short line between an answer and the next question is a crosshead.
    let a = one("专访\n\n问：今年有何打算？\n\n答：继续推进改革。\n\n谈基层\n\n问：基层怎么办？\n\n答：加大投入。\n");
    assert!(a.body.contains("## 谈基层"), "{}", a.body);
}

/// `多名议员关注措施能否惠及` over `零售及餐饮业。财政司司长…` with no gap:
/// a sentence the column cut before its last words, not a crosshead.
#[test]
fn issue3_a_sentence_cut_before_its_last_few_words_is_no_crosshead() {
    let a = one("政府推出支援措施\n\n政府昨日宣布推出新一轮支援中小企业措施。\n多名议员在会上关注新措施能否惠及\n\
         零售及餐饮业。官员回应指，相关行业是受惠最多的界别之一。\n");
    assert!(a.body.contains("能否惠及零售及餐饮业。"), "{}", a.body);
    // A headline over a paragraph opening on a short sentence stays one.
    let arts = page(
        "全市春耕生产全面展开田野处处忙\n春天来了。田野里，农民们正忙着翻地播种。\n\n\
         村里新建文化广场\n\n村里新建的文化广场昨天投入使用。\n",
    );
    assert_eq!(arts[0].front.title, "全市春耕生产全面展开田野处处忙");
}

/// `（党政办）`, `（图书馆）` closing a campus paper's briefs: the office that
/// sent each in, `供稿` left unsaid, credited as `（教务处供稿）` is. The
/// first was read as a reporter named `党政办`, the second stayed as text.
#[test]
fn issue3_an_office_signing_a_brief_in_brackets() {
    let arts = page(
        "校园快讯\n\n◆3月2日，学院召开新学期教学工作会议，部署本学期重点工作。（教务办）\n\
         ◆校史馆春季开放时间调整为每周二至周日，欢迎师生参观。（校史馆）\n\
         ◆我校代表队在全省大学生辩论赛中获得冠军。（王磊 张倩）\n",
    );
    assert_eq!(arts.len(), 3, "{:#?}", kickers_and_titles(&arts));
    assert!(arts[0].front.reporters.is_empty(), "{:?}", arts[0].front.reporters);
    assert_eq!(arts[0].front.contributors, vec!["教务办"]);
    assert_eq!(arts[1].front.contributors, vec!["校史馆"]);
    assert_eq!(arts[1].body, "校史馆春季开放时间调整为每周二至周日，欢迎师生参观。\n");
    assert_eq!(arts[2].front.reporters, vec!["王磊", "张倩"]);
}

/// `（化学学院 供稿 / 文 赵敏 图 钱涛）` closing a campus paper's story: the
/// office that sent it in, the writer and the photographer, set apart by a
/// slash; `（文/赵敏 图/钱涛）` alone too. Both stayed as the last paragraph.
#[test]
fn issue3_a_bracketed_credit_naming_office_writer_and_photographer() {
    for credit in ["（化学学院 供稿 / 文 赵敏 图 钱涛）", "（文/赵敏 图/钱涛）"] {
        let a = one(&format!("化学实验室获评示范中心\n\n我校化学实验教学中心获评省级示范中心。\n\n{credit}\n"));
        assert_eq!(a.front.reporters, vec!["赵敏"], "{credit}");
        assert!(a.front.contributors.contains(&"钱涛".to_string()), "{credit}: {:?}", a.front.contributors);
        assert_eq!(a.body, "我校化学实验教学中心获评省级示范中心。\n", "{credit}");
    }
    // An office and a bare name set apart by a slash are not read so.
    let a = one("化学实验室获评示范中心\n\n我校化学实验教学中心获评省级示范中心。\n\n（文化馆 / 王磊）\n");
    assert!(a.front.reporters.is_empty(), "{:?}", a.front.reporters);
}

/// `校园志愿者在活动现场服务。` under a story's closing credit (`（团委供稿）`),
/// over the next headline: the story's photo caption, uncredited. It was a
/// piece of its own, titled by itself.
#[test]
fn issue3_a_short_caption_under_a_closing_credit_stays_with_its_story() {
    let arts = page(
        "志愿服务进社区\n\n我校青年志愿者走进社区，为老人提供义诊和家电维修服务。\n（团委供稿）\n\n\
         志愿者为老人测量血压。\n\n春季运动会开幕\n\n我校春季运动会昨日开幕，2000余名师生参加。\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "志愿服务进社区"), (None, "春季运动会开幕")]);
    assert!(arts[0].body.ends_with("志愿者为老人测量血压。\n"), "{}", arts[0].body);
    // A headless notice there, in clauses, is still a piece of its own.
    let arts = page(
        "志愿服务进社区\n\n我校青年志愿者走进社区服务老人。\n（团委供稿）\n\n\
         学校图书馆将于下周一起延长开放时间至晚上十点，欢迎师生前往。\n\n春季运动会开幕\n\n我校春季运动会昨日开幕。\n",
    );
    assert!(!arts[0].body.contains("图书馆"), "{}", arts[0].body);
    assert_eq!(arts[1].front.title, "学校图书馆将于下周一起延长开放时间至晚上十点");
}

/// `ST JOHN'S, Antigua (CMC) -`: the possessive's `S` was title-cased as a
/// word of its own, giving the dateline `St John'S, Antigua`.
#[test]
fn issue3_a_possessive_in_a_dateline_in_capitals_stays_small() {
    let a = one(
        "Hosts win opener\n\nST JOHN'S, Antigua (CMC) - The hosts won the first match by four wickets yesterday.\n",
    );
    assert_eq!(a.front.dateline.as_ref().map(|d| d.place.as_deref()), Some(Some("St John's, Antigua")));
    let a =
        one("Pier reopens\n\nBy SEAN O'BRIEN\n\nThe pier reopened to visitors on Sunday after a winter of repairs.\n");
    assert_eq!(a.front.reporters, vec!["Sean O'Brien"]);
}

/// `- Jo Hart, Local Democracy Reporting`, `- Valley Herald`, `- NZME` on
/// lines of their own under stories' last sentences: the hyphen stands for
/// a sign-off's dash, yet only a known wire closed its story; the others
/// were read as list items and the next stories became crossheads.
#[test]
fn issue3_a_hyphenated_sign_off_under_a_story_closes_it() {
    let arts = page(
        "Rates rise trimmed\n\nRatepayers face a smaller rise after councillors cut spending.\n\n\
         - Jo Hart, Local Democracy Reporting\n\n\
         Seals spotted\nat harbour mouth\n\nTwo fur seals were spotted resting on rocks near the harbour.\n\n\
         A seal on the rocks on Sunday. Photo / Supplied\n\n\
         - Valley Herald\n\n\
         Dog rescued\nfrom cliff ledge\n\nA dog was winched to safety after falling onto a ledge.\n\n\
         - Tom Reid\n\n\
         Road reopens\n\nThe road reopened on Monday after slip clearing.\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![
            (None, "Rates rise trimmed"),
            (None, "Seals spotted at harbour mouth"),
            (None, "Dog rescued from cliff ledge"),
            (None, "Road reopens")
        ]
    );
    assert_eq!(arts[0].front.reporters, vec!["Jo Hart"]);
    assert_eq!(arts[1].front.agency.as_deref(), Some("Valley Herald"));
    assert!(arts[1].front.reporters.is_empty());
    assert_eq!(arts[2].front.reporters, vec!["Tom Reid"]);
    assert!(!arts[0].body.contains("Jo Hart") && !arts[1].body.contains("Herald"), "{}", arts[1].body);
    // A list's items stay items, names or not.
    let a = one("Helpers thanked\n\nThe club thanks its helpers.\n\n- Ann Lee\n- Bob Kerr\n");
    assert!(a.front.reporters.is_empty(), "{:?}", a.front.reporters);
    assert!(a.body.contains("Ann Lee") && a.body.contains("Bob Kerr"));
}

/// A markets box whose last row's label runs into its first figure with a
/// single space (`Gold ($/oz) 2,911.50     +6.20`): the row fell out of the
/// table and became the next story's headline, its headline the deck.
#[test]
fn issue3_a_table_row_with_signed_figures_stays_in_its_table() {
    let arts = page(
        "Mill to add jobs\n\nThe mill will add 40 jobs this year, the company said on Monday.\n\n\
         MARKETS\nDow         41,200.10    -120.50\nS&P 500      5,810.25     -12.40\n\
         Oil ($/bbl)     70.15      -0.60\nSilver ($/oz) 32.40      +0.25\n\n\
         Retail sales rise\nfor third month\n\nRetail sales rose 0.4% in February, the government said.\n",
    );
    let titles: Vec<&str> = arts.iter().map(|a| a.front.title.as_str()).collect();
    assert!(!titles.iter().any(|t| t.contains("Silver")), "{titles:?}");
    assert!(
        arts.iter().all(|a| a.front.subtitle.is_none()),
        "{:?}",
        arts.iter().map(|a| &a.front.subtitle).collect::<Vec<_>>()
    );
    assert!(arts.iter().any(|a| a.body.contains("Silver ($/oz) 32.40      +0.25\n```")));
}

/// `Business editor: Tom Reyes, 555-0142, treyes@example.com` at the page
/// foot was left as the last brief's last paragraph.
#[test]
fn issue3_a_desk_editors_contact_line_at_the_foot_is_no_text() {
    for line in ["Business editor: Tom Reyes, 555-0142, treyes@example.com", "News Editor: Ann Cole | 01632 960123"] {
        let a = one(&format!(
            "Hotel sold\n\nThe Riverside Inn has been sold to an investment group, county records show.\n\n{line}\n"
        ));
        assert_eq!(a.body, "The Riverside Inn has been sold to an investment group, county records show.\n", "{line}");
    }
}

/// A two-line headline broken mid-phrase over its writer's name in plain
/// case, no blank line between, after a briefs column: the three lines were
/// set as a stanza and ran into the last brief.
#[test]
fn issue3_a_broken_headline_over_a_plain_name_opens_a_story() {
    let arts = page(
        "CITY IN BRIEF\n\nLibrary closed\nThe central library is closed on Monday for repairs.\n\n\
         Parents fight\nschool closure plan\nNomsa Dube\n\n\
         PARENTS at a city primary school have asked the education department to reverse its plan to\n\
         close the school at the end of the year, saying pupils would have to travel far.\n\n\
         The department said it would meet parents next week.\n",
    );
    let titles: Vec<&str> = arts.iter().map(|a| a.front.title.as_str()).collect();
    assert_eq!(titles, vec!["Library closed", "Parents fight school closure plan"]);
    assert_eq!(arts[1].front.reporters, vec!["Nomsa Dube"]);
    assert!(arts[0].body.ends_with("for repairs.\n"), "{}", arts[0].body);
    // Under a title of its own, such lines are a reader's signed poem.
    let a = one("Spring rain\n\nThe rain falls soft\non the tin roof\nand the dog sleeps\nAnna Byrne\n\n\
         Anna Byrne lives in Kilbeg and has been writing poems for many years, most of them about her farm.\n");
    assert_eq!(a.front.title, "Spring rain");
    assert!(a.front.subtitle.is_none(), "{:?}", a.front.subtitle);
    assert!(a.body.contains("on the tin roof"), "{}", a.body);
}

/// `…," said Mr Lim` over `Boon Keng, 41, an engineer…`, the line a little
/// short of the measure: the paragraph was cut inside the name.
#[test]
fn issue3_running_text_cut_after_a_title_and_a_name_goes_on() {
    let a = one(
        "Buses to run more often\n\nMore feeder buses will run in the new town from next month, the transport authority\n\
         said on Tuesday, after residents complained about long waits at peak hours.\n\n\
         \"Some days I wait twenty minutes just to get on a bus,\" said Ms Tan\n\
         Hui Ling, 35, a nurse who moved into her flat last year.\n\
         Bus frequencies on existing routes will also be improved in the mornings and evenings.\n",
    );
    assert!(a.body.contains("said Ms Tan Hui Ling, 35, a nurse"), "{}", a.body);
    // The title alone at the line's end, its name on the next line.
    let a = one("Clinic opens\n\nThe clinic, run by family doctor and former registrar Dr\n\
         Amelia Ross, opened on Monday with three nurses.\n");
    assert_eq!(
        a.body,
        "The clinic, run by family doctor and former registrar Dr Amelia Ross, opened on Monday with three nurses.\n"
    );
}

/// `… to compensate the complainant. - Staff Report` run on after a brief's
/// last sentence: the hyphened desk stayed in the text (and the brief was
/// flagged as cut short), where `— Staff Report` was read as its sign-off.
#[test]
fn issue3_a_hyphened_desk_sign_off_after_the_last_sentence_is_no_text() {
    for tail in [" - Staff Report", " -Our Correspondent"] {
        let a = one(&format!(
            "Bakery fined\n\nLAHORE: A consumer court fined a bakery for selling stale bread, a statement said.\n\n\
             The court also ordered it to pay the complainant.{tail}\n"
        ));
        assert!(a.body.ends_with("to pay the complainant.\n"), "{}", a.body);
        assert_eq!(a.front.reporters.len(), 1, "{:?}", a.front.reporters);
    }
    // A hyphen before a name is no sign-off.
    let a = one("Match drawn\n\nThe match ended 1-1 at home. - Tom Reid\n");
    assert!(a.body.contains("Tom Reid"), "{}", a.body);
}

/// A headline over a deck set as a sentence, tight together, then a blank
/// line and the byline: the headline and deck stayed with the story above
/// as a crosshead and its paragraph, and the signed story had no headline.
#[test]
fn issue3_a_sentence_deck_between_headline_and_byline_heads_the_signed_story() {
    let arts = page(
        "Barn lost to fire\n\nA fire early Tuesday destroyed a barn north of town, the fire department said.\n\n\
         Pupils fill\nthe food pantry\nStudents at the primary school spent six weeks collecting cans\n\
         and coins for the county food pantry.\n\n\
         By Jo Cruz\n\n\
         Pupils at the primary school collected more than 1,900 cans of food during a six-week drive, the\n\
         school said last week.\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "Barn lost to fire"), (None, "Pupils fill the food pantry")]);
    assert_eq!(
        arts[1].front.subtitle.as_deref(),
        Some("Students at the primary school spent six weeks collecting cans and coins for the county food pantry.")
    );
    assert_eq!(arts[1].front.reporters, vec!["Jo Cruz"]);
    assert!(arts[0].body.ends_with("the fire department said.\n"), "{}", arts[0].body);
    // In a briefs column, the sentence is a brief's text.
    let arts = page(
        "IN BRIEF\n\nPool reopens\nThe town pool reopened on Monday after repairs to its roof.\n\n\
         Library hours change\nThe library will close at 5pm on weekdays from April, the council said.\n\n\
         By Meg Hale\n\nSpring is the season when the town remembers what it is for, and the square fills up.\n",
    );
    assert!(arts.iter().all(|a| a.front.subtitle.is_none()), "{:?}", kickers_and_titles(&arts));
}

/// `Published weekly by … Editor: …` at a weekly's page foot: its imprint
/// became an article of its own (`Published weekly by Ledger Media LLC`).
#[test]
fn issue3_a_weeklys_imprint_at_the_foot_is_no_article() {
    let a = one(
        "Pantry gets new freezer\n\nThe county food pantry received a new freezer from a local grocer on Monday.\n\n\
         Published weekly by Valley Media LLC, 12 Main St., Harlan. Editor: Ann Kerr\n",
    );
    assert_eq!(a.body, "The county food pantry received a new freezer from a local grocer on Monday.\n");
}

/// `Listings are free. Email whatson@example.co.uk` closing a listings box,
/// no stop after the address: the unsigned story under it became the box's
/// crosshead.
#[test]
fn issue3_an_address_closing_a_box_ends_it_before_an_unsigned_story() {
    let arts = page(
        "Bake sale raises funds\n\nThe school bake sale raised more than £600 for new library books on Friday.\n\n\
         Parents baked more than forty cakes for the sale.\n\n\
         Send your pictures to the newsroom. Email pics@example.co.uk\n\n\
         Pub quiz raises £1,200\nfor air ambulance\n\
         A monthly quiz at the Red Lion has raised £1,200 for the county air ambulance.\n\n\
         The landlord thanked everyone who took part.\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![(None, "Bake sale raises funds"), (None, "Pub quiz raises £1,200 for air ambulance")]
    );
    // In a signed story, the line over the address is text and the head under it a crosshead.
    let a = one("Parking plans out for comment
By Ann Cole

The council has opened a consultation on parking charges in the town centre.

         Residents can have their say online. Details at www.example.gov.uk/parking

         What the plans would mean for shoppers
The first hour of parking would be free on weekdays under the plans.
");
    assert!(a.body.contains("## What the plans would mean for shoppers"), "{}", a.body);
}

/// A paragraph cut by a column break on a word no sentence ends on
/// (`since`, `during`, `Mr`) goes on in the next, even when the rest opens
/// in a capital (a month, a name); one that ends on a word a sentence may
/// end on is left as it is.
#[test]
fn issue3_a_paragraph_cut_before_a_capital_after_a_word_no_sentence_ends_on_goes_on() {
    let a = one(
        "Officers get a raise\n\nCouncil member Tom Price said the raises were overdue for officers who have waited since\n\n\
         March 2019 for a pay increase.\n\nThe budget takes effect July 1.\n",
    );
    assert!(a.body.contains("waited since March 2019 for a pay increase."), "{}", a.body);
    assert!(a.body.contains("increase.\n\nThe budget"), "{}", a.body);
    let a = one(
        "Bridge work resumes\n\nThe contractor said the delay was caused by a shortage of steel and a dispute with Mr\n\n\
         Hughes over the site fence, which has now been settled.\n",
    );
    assert!(a.body.contains("dispute with Mr Hughes over the site fence"), "{}", a.body);
    // A paragraph left open on a word a sentence may end on stays apart.
    let a = one("Market reopens\n\nThe covered market on Bridge Street reopens this weekend after a roof repair.\n\n\
         Traders said the market, which dates from 1890, had been shut for repairs for quite a while\n\n\
         Stalls reopen on Saturday with extended hours through the summer.\n");
    assert!(a.body.contains("quite a while\n\nStalls reopen"), "{}", a.body);
}

/// A market page sets the writer's line (`记者 X`) under the story's first
/// paragraph: the line is that story's byline, and the text under it the
/// rest of the same story, not a headless piece of its own.
#[test]
fn issue3_a_writer_line_under_the_lead_signs_the_story_above() {
    let arts = page(
        "债市收益率小幅下行\n资金面宽松，期债全线收涨\n\n　　4日，国债期货全线收涨，十年期国债收益率下行2个基点。\n\
         \u{3000}\u{3000}记者　方明远\n　　交易员表示，央行公开市场操作维持净投放，资金面整体宽松。\n\
         \u{3000}\u{3000}市场人士预计，短期内债市仍将以震荡为主。\n\n\
         蔬菜价格季节性回落\n本报记者　陈小雨\n\n　　据监测，本周蔬菜平均批发价格环比下降3%。\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "债市收益率小幅下行"), (None, "蔬菜价格季节性回落")]);
    assert_eq!(arts[0].front.reporters, vec!["方明远"]);
    assert!(arts[0].body.contains("国债收益率下行2个基点。\n\n交易员表示"), "{}", arts[0].body);
    assert!(!arts[0].body.contains("方明远"), "{}", arts[0].body);
    assert_eq!(arts[1].front.reporters, vec!["陈小雨"]);
}

/// Under a signed story's credited photo caption, a label and a headline
/// over text (`普法小课堂` / `…怎么办？`) head a box of their own: a story's
/// crosshead is one line and never sits under its caption.
#[test]
fn issue3_a_label_and_headline_under_a_credited_caption_head_a_new_box() {
    let arts = page(
        "酒后挪车也是醉驾\n本报讯　（记者　钟明）酒后驾车挪动几米，同样构成危险驾驶罪。\n\
         \u{3000}\u{3000}法院依法判处被告人拘役一个月。\n\n图为庭审现场。　　本报记者　钟明　摄\n\n\
         法律门诊\n物业费可以拒交吗？\n　　问：小区电梯常坏，业主能否拒交物业费？\n\
         \u{3000}\u{3000}答：业主不能以此为由拒交，可要求物业公司履行维修义务。\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "酒后挪车也是醉驾"), (Some("法律门诊"), "物业费可以拒交吗？")]);
    assert!(arts[0].body.ends_with("图为庭审现场。\n"), "{}", arts[0].body);
    assert!(arts[1].body.starts_with("问：小区电梯常坏"), "{}", arts[1].body);
}

/// `图片由受访者提供` after a caption is the photo's source, said in a
/// sentence: taken off the caption, naming no one.
#[test]
fn issue3_a_photo_source_sentence_after_a_caption_is_its_credit() {
    let a = one("新型材料通过验收\n本报记者　吴桐\n\n　　该材料已在多家企业试用。\n\n\
         图为科研人员检测样品。　　图片由受访者提供\n");
    assert!(a.body.ends_with("图为科研人员检测样品。\n"), "{}", a.body);
    assert!(a.front.contributors.is_empty(), "{:?}", a.front.contributors);
    let a =
        one("新型材料通过验收\n本报记者　吴桐\n\n　　该材料已在多家企业试用。\n\n图为学生在操场上晨练。　学校供图\n");
    assert!(a.body.ends_with("图为学生在操场上晨练。\n"), "{}", a.body);
    assert!(a.front.contributors.is_empty(), "{:?}", a.front.contributors);
}

/// `柳树湾村3月2日电　…`: a lead opening on the place and day it was filed
/// from, set as a wire's dateline with no wire before it, under the
/// paper's own byline: the dateline, taken off the text.
#[test]
fn issue3_a_place_and_day_filed_with_no_wire_before_them_are_the_dateline() {
    let a = one("麦田里的春管忙\n本报记者　秦川　见习记者　孙禾\n\n\
         \u{3000}\u{3000}河湾村2月10日电　雨后初晴，河湾村的麦田里，农户们正忙着追肥。\n\
         \u{3000}\u{3000}村里的农机手也早早检修好了机具。\n");
    let d = a.front.dateline.as_ref().expect("dateline");
    assert_eq!(d.place.as_deref(), Some("河湾村"));
    assert_eq!(d.date, Date::new(2026, 2, 10));
    assert!(a.body.starts_with("雨后初晴"), "{}", a.body);
    assert_eq!(a.front.reporters, vec!["秦川", "孙禾"]);
    // A wire's own dateline keeps its wire.
    let a = one("新品种小麦亩产创新高\n\n　　新华社郑州3月2日电　记者从省农科院获悉，新品种小麦亩产创新高。\n");
    assert_eq!(a.front.agency.as_deref(), Some("新华社"));
    assert_eq!(a.front.dateline.as_ref().and_then(|d| d.place.as_deref()), Some("郑州"));
}

/// `▶国产大飞机…　记者从…`: a briefs column may bullet its items with an
/// arrow; the headline run in after it is the brief's title, bullet off.
#[test]
fn issue3_an_arrow_bulleted_brief_has_its_title_without_the_arrow() {
    let arts = page(
        "科学家揭示新机制\n本报记者　叶青\n\n\u{3000}\u{3000}研究团队日前发现了一种新的调控机制。\n\n科技简讯\n\n\
         \u{3000}\u{3000}▶新一代气象卫星投入业务运行　记者从国家气象局获悉，新一代气象卫星正式投入业务运行。\n\
         \u{3000}\u{3000}▶首条跨海高铁隧道贯通　日前，我国首条跨海高铁隧道全线贯通。（通讯员　林浩）\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![
            (None, "科学家揭示新机制"),
            (Some("科技简讯"), "新一代气象卫星投入业务运行"),
            (Some("科技简讯"), "首条跨海高铁隧道贯通")
        ]
    );
}

/// `创新·前沿` alone under the page's dated head, over the first headline:
/// the page's 版名 (two words joined by a dot), not the story's kicker.
#[test]
fn issue3_a_dotted_section_name_under_the_dated_head_is_the_section() {
    let a = one("科学探索日报\n2026年3月4日　星期三　　　　　　　　　　　4\n视野·前沿\n\n\
         新型电池能量密度提升三成\n本报记者　叶青\n\n\u{3000}\u{3000}研究团队日前研发出一种新型电池材料。\n");
    assert_eq!(a.front.section.as_deref(), Some("视野·前沿"));
    assert_eq!(a.front.kicker, None);
    assert_eq!(a.front.title, "新型电池能量密度提升三成");
}

/// A table's head whose first cell, over the rows' labels, is left empty
/// (`　　　　主队　　客队` over `射门　　12　　7`): a row of the table, not
/// the headline of a piece under the table's own title.
#[test]
fn issue3_a_table_head_with_an_empty_first_cell_stays_in_the_table() {
    let arts = page(
        "主队逆转取胜\n本报记者　冯涛\n\n\u{3000}\u{3000}主队在下半场连进两球，逆转取胜。\n\n\
         全场技术统计\n\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}主队\u{3000}\u{3000}客队\n\
         射门\u{3000}\u{3000}\u{3000}\u{3000}12\u{3000}\u{3000}\u{3000}7\n\
         射正\u{3000}\u{3000}\u{3000}\u{3000}5\u{3000}\u{3000}\u{3000}\u{3000}3\n\
         角球\u{3000}\u{3000}\u{3000}\u{3000}6\u{3000}\u{3000}\u{3000}\u{3000}2\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "主队逆转取胜"), (None, "全场技术统计")]);
    assert!(arts[1].body.contains("主队\u{3000}\u{3000}客队\n射门"), "{}", arts[1].body);
}

/// `春　雨（外一首）`: a poem's title letter-spaced, its note in brackets
/// after the last character, is the word with its note.
#[test]
fn issue3_a_letter_spaced_title_with_a_bracketed_note_is_joined() {
    let arts = page("晨　光（外二首）\n◎　林青禾\n\n晨光落在窗台上\n像一封没拆的信\n轻轻地\n等我醒来\n");
    assert_eq!(arts[0].front.title, "晨光（外二首）");
    assert_eq!(arts[0].front.reporters, vec!["林青禾"]);
}

/// `教育周刊` alone over `第1126期 2026年3月4日 校长访谈 5`: the weekly
/// supplement's name over a dated folio naming its page; the page's 版名 is
/// the section, as it is when the two stand side by side on one line.
#[test]
fn issue3_a_dated_folio_names_the_page_under_a_weekly_supplements_name() {
    let a = one("健康周刊\n第318期　　　　2026年2月11日　　　　　　　　　　　名医访谈　6\n\
         冬春交替如何防流感\n本报记者　杨帆\n\n\u{3000}\u{3000}专家提醒，老人和儿童应及时接种疫苗。\n");
    assert_eq!(a.front.section.as_deref(), Some("名医访谈"));
    assert_eq!(a.front.title, "冬春交替如何防流感");
}

/// `文/图　本报记者　X` pushed to the column's right edge under a story's
/// last sentence signs that story, even with its photo's caption under it:
/// the caption is the same story's, not a piece the sign-off would head.
#[test]
fn issue3_a_sign_off_set_flush_right_over_a_caption_signs_the_story_above() {
    let arts = page(
        "湖畔玉兰开\n\n\u{3000}\u{3000}三月的湖畔，玉兰花开了，游人三三两两。\n\
         \u{3000}\u{3000}“每年都来看花。”家住附近的李阿姨说。\n\
         \u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}文/图　本报记者　程雨\n\n\
         图为游客在湖边赏花。\n\n\
         老街换新颜\n本报记者　孔明\n\n\u{3000}\u{3000}改造后的老街迎来了第一批游客。\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "湖畔玉兰开"), (None, "老街换新颜")]);
    assert_eq!(arts[0].front.reporters, vec!["程雨"]);
    assert!(arts[0].body.ends_with("李阿姨说。\n\n图为游客在湖边赏花。\n"), "{}", arts[0].body);
}

/// `（本版图片除署名外均由…提供）` right over the page's editors' line: the
/// note, closed in its brackets, does not run into the furniture under it,
/// which leaves the page with no editor in a story's text.
#[test]
fn issue3_a_bracketed_page_note_does_not_run_into_the_editors_line() {
    let arts = page(
        "全国青年锦标赛\n\
         我市小将夺冠\n\
         \n\
         \u{3000}\u{3000}本报成都2月9日电（特派记者　郑川）9日，在成都举行的全国青年射击锦标赛中，我市小将赵一鸣以249.8环的成绩夺得男子10米气手枪冠军。\n\
         \u{3000}\u{3000}赵一鸣今年19岁，是市体校培养的运动员。赛后他说：“这是我的第一块全国冠军金牌。”\n\
         \n\
         记者手记\n\
         便民设施多起来\n\
         \n\
         \u{3000}\u{3000}走访中，记者看到，不少街角新设了休息座椅，一些小区门口也装上了快递柜。\n\
         \u{3000}\u{3000}这些变化虽小，却实实在在方便了居民。\n\
         \u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}□　孔　明\n\
         \n\
         湖畔玉兰开\n\
         \n\
         \u{3000}\u{3000}二月的湖畔，玉兰花开了。步道上游人三三两两，有人拍照，有人散步。\n\
         \u{3000}\u{3000}“每年都来看花。”家住附近的李阿姨说。\n\
         \u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}文/图　本报记者　程雨\n\
         \n\
         图为游客在湖边赏花。\n\
         \n\
         \u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}（本版图片除署名外均由新华社提供）\n\
         责任编辑　王　芳　　　美术编辑　李　强　　　校对　张　丽\n",
    );
    let a = arts.last().expect("articles");
    assert!(!a.body.contains("责任编辑"), "{}", a.body);
    assert!(!a.body.contains("美术编辑"), "{}", a.body);
}

/// College papers set a student writer's class year after the name (`By
/// Priya Raman '27`); the line is still the byline, under a deck too, and
/// the year is no part of the name.
#[test]
fn issue3_a_student_byline_with_the_class_year_is_the_byline() {
    let a = one("Council backs later library hours\nStudents asked for the change in a fall survey\n\n\
         By Dana Whitlock '28\nStaff Writer\n\n\
         The student council voted Monday to ask the university to keep the library open later.\n");
    assert_eq!(a.front.subtitle.as_deref(), Some("Students asked for the change in a fall survey"));
    assert_eq!(a.front.reporters, vec!["Dana Whitlock"]);
    assert!(a.body.starts_with("The student council"), "{}", a.body);
}

/// A one-word kicker set apart over a headline stacked in short lines, its
/// deck, and the writer's name over the paper's: the stack is the headline
/// under its kicker, not a poem.
#[test]
fn issue3_a_stacked_headline_under_a_kicker_over_a_deck_and_a_name_over_the_paper() {
    let arts = page(
        "Schools\n\nBoard delays vote\non new bell\ntimes for fall\n\n\
         Parents asked for more time to weigh the effect on bus routes and after-school care\n\n\
         MARTIN DUBOIS\nLakeshore Herald\n\n\
         The public school board has put off a vote on new start times until April after parents packed\n\
         Tuesday's meeting.\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(Some("Schools"), "Board delays vote on new bell times for fall")]);
    assert_eq!(arts[0].front.reporters, vec!["Martin Dubois"]);
}

/// `From page 1` over the jumped part's headline, its text going on in
/// lower case from the other page: the headline heads a piece of its own;
/// it is not the first words of a sentence, nor part of the story above.
#[test]
fn issue3_a_jumped_parts_headline_under_from_page_over_lower_case_text() {
    let arts = page(
        "Library hours cut\n\nThe county library will close on Mondays from next month to save money.\n\n\
         Continued on page 9\n\nFrom page 1\n\nBypass plan goes back to council\n\n\
         members said they would ask the roads department for new traffic figures before voting.\n\n\
         The bypass was first proposed in 2019.\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![(None, "Library hours cut"), (None, "Bypass plan goes back to council")]
    );
    assert_eq!(arts[0].front.continued_to, Some(9));
    assert_eq!(arts[1].front.continued_from, Some(1));
    assert!(arts[1].body.starts_with("members said"), "{}", arts[1].body);
}

/// `With reports from X` closing a story, then `Continued on A6` and a
/// credited caption: the jump line and the picture are still the story's;
/// neither opens a piece of its own.
#[test]
fn issue3_a_jump_line_under_a_closing_credit_stays_with_the_story_and_its_caption() {
    let arts = page(
        "Market vendors return\nBy Carlo Mendoza\n\nVendors returned to the public market on Monday after repairs.\n\n\
         The city said the roof would be finished by June.\n\nWith reports from Liza Torres\n\nContinued on A7\n\n\
         Vendors arrange vegetables at the reopened market. PHOTO BY ANTON REYES\n\n\
         Water rates to rise\nBy Nina Cruz\n\nWater rates will rise by 5 percent in April, the utility said.\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "Market vendors return"), (None, "Water rates to rise")]);
    assert_eq!(arts[0].front.continued_to, Some(7));
    assert_eq!(arts[0].front.contributors, vec!["Liza Torres", "Anton Reyes"]);
}

/// `— With Maria Lopez` under a story's last line: a colleague who added to
/// it, a contributor (as `With reports from …`), not a writer whose name
/// opens on `With`.
#[test]
fn issue3_a_with_name_sign_off_names_a_contributor() {
    let a = one(
        "Bridge repairs\n\nThe footbridge over the creek will be shut for two weeks from Monday.\n\n— With Maria Lopez\n",
    );
    assert!(a.front.reporters.is_empty(), "{:?}", a.front.reporters);
    assert_eq!(a.front.contributors, vec!["Maria Lopez"]);
    assert!(!a.body.contains("With"), "{}", a.body);
}

/// The page's editor at its foot, `Edited by X, address` or a staff box's
/// `Editor-in-Chief: X | Managing Editor: Y`, is furniture, not the last
/// words of the piece above it.
#[test]
fn issue3_editors_lines_at_the_page_foot_are_furniture() {
    let a = one("Parish notes\n\nThe parish council meets on Thursday at 8pm in the community hall.\n\n\
         Edited by Siobhan Keane, news@westerntimes.ie\n");
    assert!(!a.body.contains("Keane"), "{}", a.body);
    let a = one("Corrections\n\nA story last week gave the wrong score for the volleyball final. It was 3-1.\n\n\
         Editor-in-Chief: Rosa Lindqvist | Managing Editor: Omar Haddad\n");
    assert!(!a.body.contains("Lindqvist"), "{}", a.body);
    assert!(a.front.reporters.is_empty(), "{:?}", a.front.reporters);
}

/// A dateline in capitals with an accented letter (`TROIS-RIVIÈRES —`,
/// `MONTRÉAL (CP) —`) is a dateline as `OTTAWA —` is.
#[test]
fn issue3_a_dateline_with_accented_capitals_is_read() {
    let a = one(
        "Ferry service resumes\n\nTROIS-RIVIÈRES — The river ferry resumed service on Monday after the ice cleared from the crossing.\n",
    );
    assert_eq!(a.front.dateline.as_ref().and_then(|d| d.place.as_deref()), Some("Trois-Rivières"));
    assert!(a.body.starts_with("The river ferry"), "{}", a.body);
    let a = one(
        "Hospital wait times grow\n\nMONTRÉAL (CP) — Emergency room waits in the city grew again last month, the health ministry said.\n",
    );
    assert_eq!(a.front.dateline.as_ref().and_then(|d| d.place.as_deref()), Some("Montréal"));
    assert!(a.body.starts_with("Emergency room"), "{}", a.body);
}

/// A writer's name alone under an unsigned story's last sentence, over a
/// column's label (`IN BRIEF`): the story's sign-off, out of its text; no
/// column's label has a person's name for a kicker.
#[test]
fn issue3_a_name_under_a_story_over_a_column_label_signs_the_story() {
    let arts = page(
        "Van driver cleared\n\nA VAN driver accused of careless driving was cleared by magistrates yesterday.\n\n\
         He said he was relieved.\n\nEmma Ridley\n\nIN BRIEF\n\nBUS FARES FROZEN\nBus fares will stay the same until next spring.\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "Van driver cleared"), (Some("IN BRIEF"), "BUS FARES FROZEN")]);
    assert_eq!(arts[0].front.reporters, vec!["Emma Ridley"]);
    assert!(!arts[0].body.contains("Emma Ridley"), "{}", arts[0].body);
}

/// A long paragraph cut by a column break inside a name (`…taken to St
/// Vincent's University` / `Hospital, where…`) goes on in the next, though
/// the rest opens in a capital; a crosshead in title case under a finished
/// paragraph stays a crosshead.
#[test]
fn issue3_a_paragraph_cut_inside_a_name_goes_on_in_the_next() {
    let a = one(
        "Cyclist hurt in collision\n\nThe cyclist, a woman in her forties, was taken by ambulance to St Vincent's University\n\n\
         Hospital, where she was treated for a broken wrist.\n\nRoad Safety Concerns\n\nLocal councillors have called for a cycle lane.\n",
    );
    assert!(a.body.contains("St Vincent's University Hospital, where"), "{}", a.body);
    assert!(a.body.contains("## Road Safety Concerns"), "{}", a.body);
}

/// A headline stacked in three short lines broken mid-phrase, set tight
/// over its byline: one headline, not a crosshead of the story above and a
/// title of its last line.
#[test]
fn issue3_a_stack_broken_mid_phrase_right_over_a_byline_is_one_headline() {
    let arts = page(
        "Library hours cut\n\nThe county library will close on Mondays from next month.\n\n\
         Teen charged after\ncrash on icy\ncounty road\nBY MARIA HOLT\nSTAFF WRITER\n\n\
         A 17-year-old driver was charged with reckless driving Monday after a crash that injured two\n\
         passengers.\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![(None, "Library hours cut"), (None, "Teen charged after crash on icy county road")]
    );
    assert_eq!(arts[1].front.reporters, vec!["Maria Holt"]);
}

/// An export's `PULL QUOTE` marker over a quote lifted from the story goes
/// with the quote, and `Page design: X` at the foot is furniture: neither
/// is left at the end of a story's text.
#[test]
fn issue3_a_pull_quote_marker_and_the_page_designer_are_not_text() {
    let arts = page(
        "Pool to stay open\n\n\"Every child in this town should learn to swim,\" Mayor Ellen Park said.\n\n\
         The council voted 5-2 to fund the pool for another year.\n\n\
         PULL QUOTE\n\"Every child in this town should learn to swim.\"\n— Mayor Ellen Park\n\n\
         OBITUARIES\n\nRuth Anders\nRuth Anders, 91, of Millford died Friday.\n\nPage design: Lee Carver\n",
    );
    assert!(!arts[0].body.contains("PULL QUOTE"), "{}", arts[0].body);
    assert!(!arts.iter().any(|a| a.body.contains("Lee Carver")));
}

/// `From X (Enugu) and Y (Ibadan)`: two correspondents, each with the town
/// filed from in brackets; the writers are the reporters, the first town
/// the dateline, and the line is no deck.
#[test]
fn issue3_from_two_writers_each_with_a_bracketed_town_is_the_byline() {
    let a = one("Traders protest new market levy\n\nFrom Chidi Okafor (Onitsha) and Bala Yusuf (Jos)\n\n\
         Traders in two cities shut their shops on Monday to protest a new levy on market stalls.\n");
    assert_eq!(a.front.subtitle, None);
    assert_eq!(a.front.reporters, vec!["Chidi Okafor", "Bala Yusuf"]);
    assert_eq!(a.front.dateline.as_ref().and_then(|d| d.place.as_deref()), Some("Onitsha"));
}

/// `By Ngozi Eze, Port Harcourt`: a two-word town after the writer's name
/// (opening on a word place names open on) is where the story was filed
/// from, not a second writer; `By Li Wei, Yu Sun` still names two.
#[test]
fn issue3_a_two_word_town_after_the_byline_is_the_dateline() {
    let a = one(
        "Refinery fire put out\n\nBy Ngozi Eze, Port Harcourt\n\nFirefighters put out a blaze at a refinery depot on Sunday night.\n",
    );
    assert_eq!(a.front.reporters, vec!["Ngozi Eze"]);
    assert_eq!(a.front.dateline.as_ref().and_then(|d| d.place.as_deref()), Some("Port Harcourt"));
    let a = one(
        "Refinery fire put out\n\nBy Amara Obi, Tunde Ade\n\nFirefighters put out a blaze at a refinery depot on Sunday night.\n",
    );
    assert_eq!(a.front.reporters, vec!["Amara Obi", "Tunde Ade"]);
    // `Ho` opens no two-word town but is a surname.
    let a = one("Port fees rise\n\nBy Tan Ming, Ho Wei\n\nPort fees rise next month, the authority said on Monday.\n");
    assert_eq!(a.front.reporters, vec!["Tan Ming", "Ho Wei"]);
}

/// `— The Gazette Editorial Board` under an unsigned editorial's last
/// sentence closes it; the headline under it heads the next column, not a
/// deck over it, and no one is its reporter.
#[test]
fn issue3_an_editorial_board_sign_off_closes_the_editorial() {
    let arts = page(
        "OUR VIEW\n\nThe bridge repairs cannot wait\n\nThe state closed the Mill Street bridge to trucks last week.\n\
         Every month of delay adds to the bill.\n\n— The Harbor Gazette Editorial Board\n\n\
         Why I still buy a paper\n\nBy ANNA FIELD\n\nMy father read the paper every morning at the kitchen table.\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![(Some("OUR VIEW"), "The bridge repairs cannot wait"), (None, "Why I still buy a paper")]
    );
    assert!(arts[0].front.reporters.is_empty());
    assert_eq!(arts[1].front.subtitle, None);
    assert!(arts[1].body.starts_with("My father"));
}

/// `… in 1998. (Tribune file photo)` under an obituary's `X can be reached
/// at …` note: the paper's own photo credited in brackets with no one named
/// marks a caption, which stays with the story and loses its credit.
#[test]
fn issue3_a_bracketed_file_photo_credit_marks_the_storys_caption() {
    let arts = page(
        "Baker fed a town for 50 years\n\nBy LUKE HARMON\nStaff Writer\n\n\
         Frank Ostrowski opened his bakery on Main Street in 1961 and kept it open every morning.\n\
         He died Sunday. He was 86.\n\nLuke Harmon can be reached at lharmon@example.com.\n\n\
         Frank Ostrowski behind his counter in 1998. (Tribune file photo)\n\n\
         DEATH NOTICES\n\nKOWALSKI, Ann, 79, of Linden, died Feb. 2, 2026. Services Friday.\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "Baker fed a town for 50 years"), (None, "DEATH NOTICES")]);
    assert!(arts[0].body.trim_end().ends_with("Frank Ostrowski behind his counter in 1998."), "{}", arts[0].body);
}

/// `- RNZ PACIFIC` under a regional story on an islands daily: the wire's
/// Pacific service signing its copy, an agency and no reporter.
#[test]
fn issue3_a_pacific_wire_sign_off_is_the_agency() {
    let a = one("Tonga opens new wharf\n\nNUKU'ALOFA - A new international wharf opened in the capital on Monday.\n\
         Officials said it would double cargo capacity.\n- RNZ PACIFIC\n");
    assert!(a.front.reporters.is_empty(), "{:?}", a.front.reporters);
    assert_eq!(a.front.agency.as_deref(), Some("RNZ Pacific"));
}

/// `Opinion page editor: Ray Cho, 555-0101` at the foot of the page: the
/// desk's editor and phone, page furniture, not the last letter's text.
#[test]
fn issue3_a_page_editors_line_with_a_phone_is_furniture() {
    let a = one("Keep the pool open\n\nThe city should find the money to keep the Westside pool open this summer.\n\
         Dana Price\nWestside\n\nOpinion page editor: Ray Cho, 555-0101\n");
    assert!(!a.body.contains("555-0101"), "{}", a.body);
}

/// `摘自《晨光日报》3月1日` closing a reprinted piece on a digest page says
/// where the piece came from; it stays under that piece, never the kicker
/// of the next one.
#[test]
fn issue3_a_reprint_note_closes_its_piece_and_is_no_kicker() {
    let arts = page(
        "老师的粉笔\n\n作者：吴晓光\n\n他教了三十年书，用完的粉笔头都收在一个铁盒里。\n\n摘自《晨光日报》3月1日\n\n\
         外婆的菜园\n\n□高明\n\n外婆的菜园不大，却一年四季都有新鲜蔬菜。\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "老师的粉笔"), (None, "外婆的菜园")]);
    assert!(arts[0].body.ends_with("摘自《晨光日报》3月1日\n"), "{}", arts[0].body);
}

/// `本报讯　记者周明报道　3月2日，…`: the writer closed by 报道 and a gap
/// (no colon) after the lead is the byline, not the text's first words.
#[test]
fn issue3_reporter_closed_by_baodao_and_a_gap_after_benbao_xun() {
    let a = one("线路春检启动\n\n本报讯　记者周明报道　3月2日，输电线路春季检修全面启动，历时15天。\n");
    assert_eq!(a.front.reporters, vec!["周明"]);
    assert_eq!(a.front.agency.as_deref(), Some("本报"));
    assert_eq!(a.body, "3月2日，输电线路春季检修全面启动，历时15天。\n");
}

/// `（江北供电公司　陈立　吴敏）` on its own line under a headline: an
/// industry paper's correspondents signing with their company. It is the
/// byline of the story below, which it must not cut from its headline;
/// so is a county's `（县委宣传部　李华）`.
#[test]
fn issue3_bracketed_unit_and_writers_under_a_headline_are_its_byline() {
    for (line, names) in
        [("（江北供电公司　陈立　吴敏）", vec!["陈立", "吴敏"]), ("（县委宣传部　李华）", vec!["李华"])]
    {
        let a = one(&format!(
            "抢修现场的一夜\n——记配电运检班\n{line}\n凌晨三点，冻雨让多条线路跳闸，抢修人员赶赴现场。\n\n天亮前，线路全部恢复送电。\n"
        ));
        assert_eq!(a.front.contributors, names, "{line}");
        assert!(a.body.starts_with("凌晨三点"), "{}", a.body);
    }
}

/// `（选自《山居笔记》，作者：林放，江南出版社2025年3月出版）`: a long note in
/// brackets ends where its bracket does; the next paragraph, past a blank
/// line, is never glued onto it as the rest of a cut sentence.
#[test]
fn issue3_a_long_note_bracketed_whole_is_no_cut_sentence() {
    let arts = page(
        "山居的早晨\n\n山里的早晨来得很慢，雾气总要到八点才散。\n\
         （选自《山居笔记》，作者：林放，江南出版社2025年3月出版）\n\n\
         编者按：本版部分文章未能联系到作者，请作者见报后与本报联系。\n",
    );
    let all: String = arts.iter().map(|a| a.body.as_str()).collect();
    assert!(!all.contains("出版）编者按"), "{all}");
    assert!(all.contains("出版社2025年3月出版）\n"), "{all}");
}

/// `文/王秀芬（北京）` under an essay's title: a family page signs a
/// reader's piece with the town written from in brackets; the byline, not
/// the headline's second line.
#[test]
fn issue3_slashed_writer_with_town_in_brackets_is_the_byline() {
    let a = one(
        "晚报 家庭版\n\n外婆的腌菜坛\n文/何春兰（江苏南通）\n\n\u{3000}\u{3000}外婆的腌菜坛摆在灶屋的角落里，一摆就是三十年。\n",
    );
    assert_eq!(a.front.title, "外婆的腌菜坛");
    assert_eq!(a.front.reporters, vec!["何春兰"]);
    assert_eq!(a.front.subtitle, None);
    assert!(a.body.starts_with("外婆的腌菜坛摆在"), "{}", a.body);
}

/// `本报记者 X 文并摄` under a headline: the writer took the pictures too;
/// a byline (the writer a reporter), not a photo credit naming `文并`.
#[test]
fn issue3_words_and_pictures_by_one_reporter_is_a_byline() {
    let a = one(
        "河湾里的渡船\n本报记者\u{3000}宁小川\u{3000}文并摄\n\n\u{3000}\u{3000}清晨五点，老周解开缆绳，渡船慢慢离岸。\n",
    );
    assert_eq!(a.front.title, "河湾里的渡船");
    assert_eq!(a.front.reporters, vec!["宁小川"]);
    assert!(a.front.contributors.is_empty(), "{:?}", a.front.contributors);
}

/// `■记者观察` over a commentary's headline: a column's label glued to the
/// role word, behind a box marker too, is no byline naming `观察` (nor a
/// sign-off of the story above).
#[test]
fn issue3_marked_role_glued_to_a_word_is_a_column_label() {
    let arts = page(
        "券商加快布局财富管理\n■本报记者\u{3000}江\u{3000}帆\n\n\u{3000}\u{3000}今年以来，多家券商调整组织架构，加快财富管理转型。\n\n\
         ■记者观察\n理性看待短期波动\n■田\u{3000}野\n\n\u{3000}\u{3000}市场短期波动在所难免，投资者应保持理性。\n",
    );
    assert_eq!(arts.len(), 2);
    assert_eq!(arts[0].front.reporters, vec!["江帆"]);
    assert_eq!(arts[1].front.kicker.as_deref(), Some("记者观察"));
    assert_eq!(arts[1].front.reporters, vec!["田野"]);
}

/// `冰点周刊` over `编者按：…` over a feature's headline: the note opens the
/// story below; the label left above it is no empty article of its own.
#[test]
fn issue3_page_label_over_an_editors_note_is_no_empty_article() {
    let arts = page(
        "冰点周刊\n\n\u{3000}\u{3000}编者按：一座小站，两名职工，守了二十年。本期讲述他们的故事。\n\n\
         戈壁小站\n本报记者\u{3000}柯\u{3000}岩\n\n\u{3000}\u{3000}小站在戈壁深处，离最近的县城有两百公里。\n",
    );
    assert_eq!(arts.len(), 1, "{:?}", arts.iter().map(|a| &a.front.title).collect::<Vec<_>>());
    assert_eq!(arts[0].front.title, "戈壁小站");
    assert!(arts[0].body.starts_with("编者按："), "{}", arts[0].body);
}

/// `【德国《明镜》周刊3月1日一期文章】题：…（作者 …）`: a weekly's issue names
/// the paper translated; the article's own headline on that line is whole,
/// not run into the text under it, and its writers are named.
#[test]
fn issue3_foreign_press_head_line_is_whole_and_names_its_writers() {
    let a = one(
        "德国车企加码电池研发\n\u{3000}\u{3000}【德国《明镜》周刊3月1日一期文章】题：电池竞赛进入下半场（作者 汉斯·穆勒 莉娜·施密特）\n\n\
         \u{3000}\u{3000}德国汽车制造商正在加大对下一代电池技术的投入。\n\u{3000}\u{3000}（编译／许\u{3000}静）\n",
    );
    assert_eq!(a.front.agency.as_deref(), Some("德国《明镜》周刊"));
    assert_eq!(a.front.reporters, vec!["汉斯·穆勒", "莉娜·施密特"]);
    assert_eq!(a.front.contributors, vec!["许静"]);
    assert!(a.body.contains("）\n\n德国汽车制造商"), "{}", a.body);
}

/// `市民热线` over `○…` items with no headlines of their own, then `出行提示`
/// over its text: the column ended with its items; the box after it is no
/// brief of the column and carries no kicker from it.
#[test]
fn issue3_box_after_headless_list_column_is_no_item_of_it() {
    let arts = page(
        "市民热线\n\u{3000}\u{3000}○市民反映某路口信号灯故障，交管部门已于当天修复。\n\
         \u{3000}\u{3000}○某小区居民反映垃圾清运不及时，街道已协调增加班次。\n\n\
         出行提示\n\u{3000}\u{3000}本周末地铁2号线部分区段停运检修，请市民提前规划出行路线。\n",
    );
    let last = arts.last().expect("articles");
    assert_eq!(last.front.title, "出行提示");
    assert_eq!(last.front.kicker, None);
    let arts = page(
        "工会快讯\n\u{3000}\u{3000}◆某区总工会举办职工技能比武，200余名职工参赛。\n\
         \u{3000}\u{3000}◆某市总工会为环卫工人送去防暑物资。\n\n\
         【维权提示】\n\u{3000}\u{3000}职工遇到劳动争议，可拨打职工服务热线免费咨询。\n",
    );
    let last = arts.last().expect("articles");
    assert_eq!(last.front.title, "维权提示");
    assert_eq!(last.front.kicker, None);
}

/// `记者追踪：接到来信后，…` under a reader's letter and its signature: the
/// paper's follow-up belongs to the letter, not a headless piece.
#[test]
fn issue3_reporters_follow_up_under_a_letter_stays_with_it() {
    let arts = page(
        "读者来信\n公园的健身器材坏了\n\u{3000}\u{3000}我家附近公园的几台健身器材坏了半个多月，一直没人来修，希望有关部门尽快处理。\n\
         \u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}市民　钱立文\n\n\
         \u{3000}\u{3000}记者追踪：接到来信后，记者联系了区园林部门，工作人员表示将在三天内完成维修。\n",
    );
    assert_eq!(arts.len(), 1, "{:?}", arts.iter().map(|a| &a.front.title).collect::<Vec<_>>());
    assert!(arts[0].body.contains("记者追踪："), "{}", arts[0].body);
}

/// `PORT MARIA, St Mary:` or `ELDORET, Uasin Gishu County` alone on its
/// line under the byline (or right under the heads): the town in capitals
/// and its parish or county in title case is the story's dateline, not a
/// line of its text nor a crosshead.
#[test]
fn issue3_caps_town_and_region_line_is_the_dateline() {
    for (heads, line, place) in [
        (
            "Clinic reopens after repairs\n\nKeisha Brown\nStaff Reporter\n\n",
            "PORT MARIA, St Mary:",
            "Port Maria, St Mary",
        ),
        (
            "Clinic reopens after repairs\n\nBy PETER OTIENO\n\n",
            "ELDORET, Uasin Gishu County",
            "Eldoret, Uasin Gishu County",
        ),
        ("Clinic reopens after repairs\n\n", "LUCEA, Hanover:", "Lucea, Hanover"),
    ] {
        let a = one(&format!(
            "{heads}{line}\n\nThe health centre reopened on Monday after three months of repairs to its roof.\n\nNurses said patients had travelled far for care.\n"
        ));
        assert_eq!(a.front.dateline.as_ref().and_then(|d| d.place.as_deref()), Some(place), "{line}");
        assert!(a.body.starts_with("The health centre"), "{}", a.body);
    }
}

/// `— Reuters, Bloomberg` under a markets story: the desk merged several
/// wires' copy and signs with all of them; none is a writer.
#[test]
fn issue3_a_sign_off_naming_several_wires_credits_them_all() {
    for (line, agency) in [("— Reuters, Bloomberg", "Reuters, Bloomberg"), ("– AFP and Reuters", "AFP, Reuters")] {
        let a = one(&format!(
            "Gold edges higher\n\nGold rose on Thursday as the dollar slipped against other currencies.\n\n\
             Traders said demand from central banks stayed strong.\n\n{line}\n"
        ));
        assert_eq!(a.front.agency.as_deref(), Some(agency), "{line}");
        assert!(a.front.reporters.is_empty(), "{:?}", a.front.reporters);
        assert!(!a.body.contains("Reuters"), "{}", a.body);
    }
}

/// `– JIS` on its own line under a story: a government information
/// service's initials sign it as its source, as they do run on after the
/// last sentence; one word in capitals is no writer's name.
#[test]
fn issue3_initials_alone_after_a_dash_sign_as_the_source() {
    let a = one("Tanks handed to farmers\n\nThe ministry handed over water tanks to 300 farmers on Tuesday.\n\n\
         The minister said more help would follow.\n\n– GINA\n");
    assert_eq!(a.front.agency.as_deref(), Some("GINA"));
    assert!(a.front.reporters.is_empty(), "{:?}", a.front.reporters);
    assert!(a.body.ends_with("would follow.\n"), "{}", a.body);
}

/// `EDITOR: TAN MEI LING | DESIGN: AHMAD RAZALI` at the page foot: the
/// page's credits, each a role and a name, are no piece of their own.
#[test]
fn issue3_page_credits_of_editor_and_designer_at_the_foot() {
    for foot in ["EDITOR: TAN MEI LING  |  DESIGN: AHMAD RAZALI", "Sports editor: Ann Cole • Layout: Ben Roe"] {
        let arts = page(&format!(
            "Library hours extended\n\nThe central library will open until 10pm on weekdays from April.\n\n\
             Officials said demand from students had grown.\n\n{foot}\n"
        ));
        assert_eq!(arts.len(), 1, "{foot}: {:?}", arts.iter().map(|a| &a.front.title).collect::<Vec<_>>());
        assert!(!arts[0].body.contains("Layout") && !arts[0].body.contains("DESIGN"), "{}", arts[0].body);
    }
}

/// `Johan van der Berg`, `Lize de la Harpe` alone under the headline: a
/// byline without `By` whose surname carries particles in lower case (a
/// fourth word), not a deck.
#[test]
fn issue3_a_bare_byline_with_surname_particles() {
    for name in ["Johan van der Berg", "Lize de la Harpe"] {
        let a = one(&format!(
            "Miner posts higher profit\n\n{name}\n\nThe miner reported a 12% rise in half-year profit on Tuesday.\n\n\
             Its shares rose 3% in Johannesburg.\n"
        ));
        assert_eq!(a.front.reporters, vec![name.to_string()], "{name}");
        assert_eq!(a.front.subtitle, None, "{name}");
    }
}

/// `jdoe@paper.co.za` under a story's last sentence, then the photo's
/// credit and caption: the writer's address signs the story and is no
/// paragraph of it; so is an address under a one-paragraph brief.
#[test]
fn issue3_writers_address_over_a_photo_credit_is_dropped() {
    let a = one(
        "Retailer opens 40 stores\n\nBy Thabo Nkosi\n\nThe retailer opened 40 stores in the half-year, it said on Monday.\n\n\
         Sales rose 8%.\n\nnkosit@bizday.co.za\n\nPicture: SUPPLIED\nA new store in Soweto.\n",
    );
    assert!(!a.body.contains('@'), "{}", a.body);
    let arts = page(
        "AROUND THE REGIONS\n\nTOWNVILLE – The town's library reopens on Monday after repairs.\n\n\
         news@regionpaper.com\n",
    );
    assert!(arts.iter().all(|a| !a.body.contains('@')), "{:?}", arts.iter().map(|a| &a.body).collect::<Vec<_>>());
}

/// `Island Times reporter` alone under a story's last sentence: the
/// paper's own desk signs it, named after the paper as `Stuff reporter`
/// is; it is no line of the text.
#[test]
fn issue3_a_papers_reporter_sign_off_under_the_text() {
    let a = one(
        "Ferry pier to close for repairs\n\nThe ferry pier will close for six weeks from Monday for repairs to its deck.\n\n\
         Passengers will be moved to a temporary landing.\n\nIsland Times reporter\n",
    );
    assert!(a.body.ends_with("temporary landing.\n"), "{}", a.body);
}

/// `Letters must be signed and include a phone number.` under the last
/// letter's name and town: the column's standing rule, as its address
/// line is; the letter is still signed, and the rule is no piece and no
/// line of the letter.
#[test]
fn issue3_the_letters_columns_rule_under_the_last_signature() {
    let arts = page(
        "LETTERS TO THE EDITOR\n\nKeep the pool open\n\nTo the editor:\nThe town pool is the only place many children can swim in summer. Closing it would be a mistake.\n\
         Carol Jensen\nRiverton\n\nLetters must be signed and include a daytime phone number for verification.\n",
    );
    assert_eq!(arts.len(), 1, "{:?}", arts.iter().map(|a| &a.front.title).collect::<Vec<_>>());
    assert_eq!(arts[0].front.reporters, vec!["Carol Jensen"]);
    assert!(!arts[0].body.contains("must be signed"), "{}", arts[0].body);
}

/// A police log's entries, each opening on its day and a dash
/// (`March 2 — …`), set full width: an entry after the last one's full
/// stop is a paragraph of its own, never the end of the one above.
#[test]
fn issue3_police_log_entries_opening_on_their_day_stay_apart() {
    let arts = page(
        "Road crews finish bridge repairs\n\n\
         Road crews finished repairs to the Mill Creek bridge on Friday, two weeks ahead of the\n\
         schedule set by the county engineer, and the bridge reopened to traffic on Saturday.\n\n\
         SHERIFF'S LOG\n\n\
         Feb. 11 — A resident of Pine Street reported a lawn mower stolen from an open garage.\n\
         Feb. 12 — Deputies responded to a minor crash at Fourth and Main streets. No injuries.\n\
         Feb. 13 — A 41-year-old Hartley man was arrested on a charge of driving while impaired\n\
         after a traffic stop on Highway 30.\n",
    );
    let log = arts.last().map(|a| a.body.as_str()).unwrap_or("");
    let paras: Vec<&str> = log.split("\n\n").map(str::trim).collect();
    assert_eq!(paras.len(), 3, "{log}");
    assert!(paras[2].starts_with("Feb. 13") && paras[2].ends_with("Highway 30."), "{log}");
}

/// `CONTRIBUTED PHOTO: HARBOUR BOARD` on its own line over a caption: the
/// source's word before the label, as a paper's initials may stand there;
/// the credit is no crosshead of the story.
#[test]
fn issue3_contributed_photo_label_with_its_source() {
    let a = one(
        "New jetty for island ferry\n\nBy Tan Wei Ming\n\nA new jetty for the island ferry will open in June, the port authority said.\n\n\
         CONTRIBUTED PHOTO: HARBOUR BOARD\nAn artist's impression of the new jetty.\n",
    );
    assert_eq!(a.front.contributors, vec!["Harbour Board"]);
    assert!(!a.body.contains("PHOTO") && !a.body.contains("## "), "{}", a.body);
}

/// `Picture: GALLO IMAGES/SOWETAN/JANE DOE`: a picture library, the paper
/// it came through, then the photographer, last; the photographer is the
/// contributor.
#[test]
fn issue3_picture_library_chain_credits_the_photographer_last() {
    let a = one(
        "Taxi strike ends\n\nBy Sipho Dube\n\nTaxi operators called off their strike on Monday after talks with the province.\n\n\
         Picture: GALLO IMAGES/THE WITNESS/THEMBA NGWENYA\nCommuters wait at a rank in Durban.\n",
    );
    assert_eq!(a.front.contributors, vec!["Themba Ngwenya"]);
}

/// `— Press release` under a story: copy run as a company sent it, signed
/// by no one; the line is no paragraph of the story and names no writer.
#[test]
fn issue3_a_press_release_sign_off_names_no_one() {
    for line in ["— Press release", "– From a news release"] {
        let a = one(&format!(
            "Valve maker adds shift\n\nA valve maker in Akron will add a third shift and hire 60 workers, the company said.\n\n\
             Production of the new line starts in May.\n\n{line}\n"
        ));
        assert!(a.front.reporters.is_empty() && a.front.agency.is_none(), "{line}: {:?}", a.front);
        assert!(a.body.ends_with("starts in May.\n"), "{line}: {}", a.body);
    }
}

/// `NORTH COAST BUREAU:` under the byline where a dateline would stand:
/// the writer's regional desk, part of the byline, not the story's first
/// line.
#[test]
fn issue3_a_regional_bureau_line_under_the_byline() {
    let a = one("Market vendors relocated\n\nKevin Palmer\nStaff Reporter\n\nNORTH COAST BUREAU:\n\n\
         Vendors at the old market were moved to a new arcade on Monday.\n\nThe council said the move was temporary.\n");
    assert_eq!(a.front.reporters, vec!["Kevin Palmer"]);
    assert!(a.body.starts_with("Vendors at"), "{}", a.body);
}

/// A crosshead in a signed story whose text runs on to the writer's
/// address stays its crosshead when the story's photo credit and caption
/// stand between its last paragraph and the address, and when the
/// address spells a Chinese name surname first.
#[test]
fn issue3_crosshead_of_a_signed_story_addressed_below_its_photo() {
    let text = "TRANSPORT\n\
         More bus lanes on major roads from 2027\n\
         Drivers to face heavier fines under new camera rules\n\
         \n\
         Goh Mei Ping\n\
         Senior Transport Correspondent\n\
         \n\
         About 40km of full-day bus lanes on major roads such as Clementi Avenue and Bishan Road\n\
         will be added next year, the Land Transport Authority said on March 2, as it moves to\n\
         speed up journeys for commuters who live far from the train network.\n\
         \n\
         The lanes will come under the Peak and Full-Day schemes, which carry longer hours of\n\
         enforcement and a higher fine when drivers stray into them.\n\
         Transport Minister Ahmad Nizam said the Government was mindful\n\
         that drivers face congestion, and that the lane\n\
         \n\
         network would remain \"under review\" for the next three years.\n\
         \n\
         Some will still wait\n\
         \n\
         Some commuters may still wait up to 20 minutes for their buses. Madam Farah Hassan,\n\
         32, a nurse who works night shifts, said she hoped the new lanes would get her\n\
         home earlier.\n\
         \"We just want a reliable bus to Tampines,\" she said.\n\
         \n\
         Dr Lee Swee Hock of a local university said the lanes\n\
         would cut travel times over time.\n\
         \n\
         ST PHOTO: ONG KAI LIN\n\
         A bus lane on Clementi Avenue. The road will see about 2km of new lanes.\n\
         \n\
         pingmp@eastherald.com.sg\n";
    // (A Chinese name's surname comes first: `Lim Hui Min` signs `limhm@`.)
    for text in [text.to_string(), text.replace("Goh Mei Ping", "Lim Hui Min").replace("pingmp@", "limhm@")] {
        let arts = page(&text);
        assert_eq!(arts.len(), 1, "{:?}", arts.iter().map(|a| &a.front.title).collect::<Vec<_>>());
        assert!(arts[0].body.contains("## Some will still wait"), "{}", arts[0].body);
    }
}

/// `（本版综合海外网、人民网报道）` under a page's last brief: a note on the
/// whole page's sources, though its first source is a site no rule lists;
/// no text of that brief. (A sentence opening on `本版据…` stays text.)
#[test]
fn issue3_page_sources_note_naming_sites_is_no_text() {
    let arts = page(
        "华侨社团举办新春联欢会\n\n  本报记者 高 远\n\n  日前，多个华侨社团在巴黎联合举办新春联欢会，四百余名侨胞参加。\n  \
         联欢会上，侨胞们表演了民乐、舞蹈等节目。\n\n侨讯\n\n■ 悉尼华人社区日前举办中文书法展。\n■ 多伦多侨团开展\
         义诊活动。\n\n（本版综合海外网、人民网、中新网报道）\n",
    );
    assert!(
        arts.iter().all(|a| !a.body.contains("本版综合")),
        "{:#?}",
        arts.iter().map(|a| &a.body).collect::<Vec<_>>()
    );
    let last = arts.last().expect("pieces");
    assert_eq!(last.front.agency.as_deref(), Some("海外网"));
    assert_eq!(arts[0].front.reporters, vec!["高远"]);
    let a = one("读者来信选登\n\n  本版据读者来信整理，部分内容有删节。市民王先生来信反映小区路灯不亮。\n");
    assert!(a.body.contains("本版据读者来信整理"), "{}", a.body);
}

/// `■ 新一期集训名单公布，共有二十名球员入选。` in a briefs column: the list
/// is what was published, not a speaker whose words follow; the title is the
/// first clause, not the two run together without their comma.
#[test]
fn issue3_brief_title_of_a_published_list_is_its_clause() {
    let arts = page(
        "体育简讯\n\n■ 国家羽毛球队新一期集训名单公布，共有二十四名队员入选。\n■ 省运会足球赛程日前正式公布，比赛将于5月开幕。\n\
         ■ 省体育局3日宣布，将新建十座体育公园。\n",
    );
    let titles: Vec<&str> = arts.iter().map(|a| a.front.title.as_str()).collect();
    assert_eq!(
        titles,
        vec!["国家羽毛球队新一期集训名单公布", "省运会足球赛程日前正式公布", "省体育局宣布将新建十座体育公园"]
    );
}

#[test]
fn issue3_weekly_folio_dated_by_the_week_it_covers() {
    // An alt-weekly dates its folio by the week the issue covers; the
    // folio is furniture and its section the articles'.
    for head in [
        "ARTS                    THE EASTSIDE READER | APRIL 9-15, 2026                    21",
        "21        The Eastside Reader        Arts        April 30 - May 6, 2026",
        "Page 21      THE EASTSIDE READER      ARTS      9-15 April 2026",
    ] {
        let text = format!(
            "{head}\n\
             \n\
             Brass band finds its groove\n\
             BY LENA MORROW\n\
             \n\
             The twelve players of the Harbor Street Brass have spent two winters in a warehouse\n\
             rehearsal room, and it shows on their first record.\n\
             Their show on Friday at the Union Hall is nearly sold out.\n"
        );
        let a = one(&text);
        assert_eq!(a.front.title, "Brass band finds its groove", "{head}");
        assert_eq!(a.front.section.as_deref(), Some("Arts"), "{head}");
        assert_eq!(a.front.reporters, vec!["Lena Morrow"]);
        assert!(!a.body.contains("2026"), "{}", a.body);
    }
}

#[test]
fn issue3_wire_on_its_own_line_under_the_writer() {
    // `with AAP` under the writer's name is part of the byline, not the
    // sign-off of whatever stood above the headline.
    let text = "Kangaroos name new hooker\n\
         SAM PHELAN\n\
         \n\
         The Kangaroos have handed a debut to Newcastle rake Tom Kirby for the Pacific Test.\n\
         Coach Mal Harding said Kirby had earned his chance.\n\
         \n\
         Rain ruins Shield decider\n\
         LUCY WEBB\n\
         with AAP\n\
         \n\
         Queensland will host the Sheffield Shield final after rain washed out the last day\n\
         of the match against Tasmania in Hobart.\n\
         \"We'll take it,\" captain Usman Tariq said.\n";
    let arts = page(text);
    assert_eq!(
        kickers_and_titles(&arts),
        vec![(None, "Kangaroos name new hooker"), (None, "Rain ruins Shield decider")]
    );
    assert!(arts[0].front.contributors.is_empty() && arts[0].front.agency.is_none());
    assert!(!arts[0].body.contains("Rain ruins"), "{}", arts[0].body);
    assert_eq!(arts[1].front.reporters, vec!["Lucy Webb"]);
    assert_eq!(arts[1].front.agency.as_deref(), Some("AAP"));
    assert!(arts[1].body.starts_with("Queensland will host"), "{}", arts[1].body);
}

#[test]
fn issue3_arrow_before_a_jump_line_goes_with_it() {
    // `> See Page 6`: the typed arrow before the jump is no paragraph.
    let a = one("Council to review parking fees\n\
         \n\
         IPOH: The city council will review parking fees in the town centre after complaints\n\
         from traders, said its mayor.\n\
         The review is expected to be completed by June.\n\
         \n\
         > See Page 6\n");
    assert_eq!(a.front.continued_to, Some(6));
    assert!(!a.body.contains('>'), "{}", a.body);
    assert!(a.body.trim_end().ends_with("by June."), "{}", a.body);
}

#[test]
fn issue3_ghana_wire_dateline_names_the_wire_after_the_date() {
    // `Tamale, March 3, GNA - …`: the place in plain case, the date, and the
    // wire unbracketed open the story; a known wire only.
    let arts = page_on(
        "Farmers receive improved seedlings\n\
         \n\
         Tamale, March 3, GNA - More than 2,000 farmers in the Northern Region have received\n\
         improved maize seedlings under a government programme.\n\
         The Regional Director of Agriculture said the seedlings would raise yields.\n",
        Date::new(2026, 3, 4).unwrap(),
    );
    assert_eq!(arts.len(), 1);
    let a = &arts[0];
    assert_eq!(a.front.agency.as_deref(), Some("GNA"));
    let d = a.front.dateline.as_ref().expect("dateline");
    assert_eq!(d.place.as_deref(), Some("Tamale"));
    assert_eq!(d.date, Date::new(2026, 3, 3));
    assert!(a.body.starts_with("More than 2,000 farmers"), "{}", a.body);
}

#[test]
fn issue3_labelled_story_and_picture_credits_over_a_caption_close_the_story() {
    // `Story: X / Pictures: Y` at a story's foot, then the picture's caption
    // with its credit: the credits and the caption are the story's, not a
    // story of their own.
    let text = "Fishermen count cost of storm\n\
         \n\
         Fishermen at Elmina say last week's storm destroyed more than 30 canoes and\n\
         left many families without a livelihood.\n\
         The chief fisherman appealed to the district assembly for support.\n\
         \n\
         Story: Yaw Boakye / Pictures: Akosua Frimpong\n\
         \n\
         A damaged canoe on the beach at Elmina. PICTURE: AKOSUA FRIMPONG\n\
         \n\
         Hospital gets new theatre\n\
         \n\
         By Ama Owusu\n\
         \n\
         The Tamale Teaching Hospital has opened a new operating theatre.\n\
         Doctors said it would cut waiting times for surgery.\n";
    let arts = page(text);
    assert_eq!(
        kickers_and_titles(&arts),
        vec![(None, "Fishermen count cost of storm"), (None, "Hospital gets new theatre")]
    );
    assert_eq!(arts[0].front.reporters, vec!["Yaw Boakye"]);
    assert_eq!(arts[0].front.contributors, vec!["Akosua Frimpong"]);
    assert!(arts[0].body.contains("A damaged canoe"), "{}", arts[0].body);
    assert!(!arts[0].body.contains("Story:"), "{}", arts[0].body);
    assert_eq!(arts[1].front.reporters, vec!["Ama Owusu"]);
}

#[test]
fn issue3_essay_head_with_writer_and_post_under_a_running_head() {
    // Title, the writer's name alone and `（作者系…）` stacked with no blank
    // line, below the page's head: an essay's head, not a stanza; its first
    // paragraph may be cut by a column break.
    let arts = page(
        "理论周刊\n\n\
         让乡村振兴成果惠及更多农民\n\
         赵明远\n\
         （作者系南川农业大学经济管理学院教授）\n\n\
         乡村振兴是一项长期任务，必须立足农村实际，尊重农民意愿，统筹推进产业、人才、文化、生态和组织振兴，\n\n\
         久久为功，让广大农民在共同富裕的道路上迈出更大步伐。\n\
         一、夯实产业基础\n\
         产业兴旺是乡村振兴的重点，要因地制宜发展特色种养、农产品加工和乡村旅游。\n",
    );
    assert_eq!(arts.len(), 1);
    assert_eq!(arts[0].front.title, "让乡村振兴成果惠及更多农民");
    assert_eq!(arts[0].front.reporters, vec!["赵明远"]);
    assert!(!arts[0].body.contains("让乡村振兴成果惠及更多农民"), "{}", arts[0].body);
    assert!(arts[0].body.contains("统筹推进产业、人才、文化、生态和组织振兴，久久为功，"), "{}", arts[0].body);
}

#[test]
fn issue3_closing_author_line_with_post_signs_the_essay_above() {
    // `作者：X（…党校教授）` under a second essay's last paragraph: the
    // writer signing it (the post stays with it), not a piece of its own.
    let arts = page(
        "坚持系统观念\n\
         刘云\n\n\
         系统观念是具有基础性的思想和工作方法。\n\
         一、把握整体\n\
         要从全局出发谋划工作。\n\n\
         学思践悟\n\
         把调查研究作为基本功\n\
         调查研究是谋事之基、成事之道。\n\
         领导干部要多到基层一线去。\n\
         作者：孙立群（中共南川市委党校副教授）\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "坚持系统观念"), (Some("学思践悟"), "把调查研究作为基本功")]);
    assert_eq!(arts[1].front.reporters, vec!["孙立群"]);
    assert!(arts[1].body.contains("（中共南川市委党校副教授）"), "{}", arts[1].body);
}

#[test]
fn issue3_page_hotline_and_data_cutoff_at_the_foot_are_furniture() {
    // `本版热线：… 邮箱：…` and `本版数据截至…收盘 制图：X 校对：Y` at a
    // page's foot are the page's, not the last story's text or credits.
    let a = one("春季用工需求回暖\n\n\
         本报讯（记者 韩雪）节后首场招聘会昨天举行，200余家企业提供岗位6000多个。\n\n\
         本版热线：96520　邮箱：jjxw@example.cn\n");
    assert_eq!(a.body, "节后首场招聘会昨天举行，200余家企业提供岗位6000多个。\n");
    let a = one("铜价震荡上行\n\n\
         本报记者 钱伟\n\n\
         受海外供应收紧影响，本周铜价震荡上行，沪铜主力合约周涨幅为1.8%。\n\n\
         本版数据截至2月27日收盘　　制图：周琳　　校对：吴迪\n");
    assert_eq!(a.body, "受海外供应收紧影响，本周铜价震荡上行，沪铜主力合约周涨幅为1.8%。\n");
    assert!(a.front.contributors.is_empty(), "{:?}", a.front.contributors);
}

#[test]
fn issue3_translator_compiling_the_wires_names_no_place() {
    // `編譯X／綜合外電報導`: the wires (`外電`) are where it came from, no
    // city it was filed in.
    let a = one("歐洲央行維持利率不變\n\
         編譯李雅婷／綜合外電報導\n\
         歐洲央行5日宣布維持三大利率不變，符合市場預期。\n");
    assert_eq!(a.front.reporters, vec!["李雅婷"]);
    assert!(a.front.dateline.is_none_or(|d| d.place.is_none()));
    let a = one("颱風逼近東部\n記者張文華／花蓮報導\n颱風今晨逼近東部海面，各地加強防颱準備。\n");
    assert_eq!(a.front.dateline.and_then(|d| d.place).as_deref(), Some("花蓮"));
}

#[test]
fn issue3_boxed_city_opening_a_signed_local_brief_is_its_dateline() {
    // `◎高雄　…。（記者X）` under a roundup's label: each item opens on
    // the city it comes from; a beat's label (`◎文化　…`) is no place.
    let arts = page(
        "縣市快訊\n\
         ◎高雄　愛河沿岸步道完成整修，即日起全面開放民眾散步。（記者周志明）\n\
         ◎新竹　竹北市立游泳池暑期延長開放至晚間9時。（記者林美君）\n",
    );
    assert_eq!(arts.len(), 2);
    assert_eq!(arts[0].front.dateline.as_ref().and_then(|d| d.place.as_deref()), Some("高雄"));
    assert_eq!(arts[1].front.dateline.as_ref().and_then(|d| d.place.as_deref()), Some("新竹"));
    assert!(arts[0].body.starts_with("愛河沿岸步道"), "{}", arts[0].body);
    assert_eq!(arts[0].front.reporters, vec!["周志明"]);
    let arts = page(
        "縣市快訊\n\
         ◎文化　市立美術館本週末推出兒童版畫工作坊，免費參加。（記者周志明）\n\
         ◎教育　多所國中今年起延後到校時間半小時。（記者林美君）\n",
    );
    assert!(
        arts.iter().all(|a| a.front.dateline.is_none()),
        "{:?}",
        arts.iter().map(|a| &a.front.dateline).collect::<Vec<_>>()
    );
}

#[test]
fn issue3_supplying_office_named_after_a_label_or_before_its_writer() {
    // `（供稿单位：X）` and `（X 供稿 通讯员 Y）` closing a campus paper's
    // story: the office (and its writer) credited, the line out of the text.
    let a = one("学校召开安全工作会议\n\n\
         3月2日，学校召开新学期安全工作会议，部署校园安全各项工作。\n\n\
         （供稿单位：保卫处）\n");
    assert_eq!(a.front.contributors, vec!["保卫处"]);
    assert_eq!(a.body, "3月2日，学校召开新学期安全工作会议，部署校园安全各项工作。\n");
    let a = one("化学学院学子获省赛一等奖\n\n\
         近日，省大学生化学实验竞赛落幕，我校化学学院代表队获一等奖。\n\n\
         （化学化工学院 供稿 通讯员 周佳）\n");
    assert_eq!(a.front.contributors, vec!["化学化工学院", "周佳"]);
    assert!(!a.body.contains("供稿"), "{}", a.body);
}

#[test]
fn issue3_boxed_sign_off_over_a_file_photo_caption_signs_the_story_above() {
    // `■記者 X` under a Hong Kong story's last sentence, over its photo's
    // caption: the writer signs the story; the caption stays with it.
    let arts = page(
        "新界北公路擴闊工程展開\n\n\
         【本報訊】路政署昨日宣布，新界北一段主要公路的擴闊工程正式展開，預計三年內完成，屆時行車時間可縮短約十分鐘。\n\n\
         ■記者 梁詠詩\n\n\
         工程路段昨日情況。（資料圖片）\n\n\
         渡輪服務下月加密班次\n\n\
         【本報訊】運輸署表示，離島渡輪服務下月起在繁忙時間加密班次，以應付乘客增長。\n",
    );
    assert_eq!(arts.len(), 2, "{:?}", kickers_and_titles(&arts));
    assert_eq!(arts[0].front.reporters, vec!["梁詠詩"]);
    assert!(arts[0].body.contains("工程路段昨日情況。（資料圖片）"), "{}", arts[0].body);
    assert_eq!(arts[1].front.title, "渡輪服務下月加密班次");
}

#[test]
fn issue3_short_paragraphs_after_a_column_break_are_no_stanza() {
    // A long line cut mid-sentence, a blank line, then short whole
    // paragraphs: the first ends the cut sentence, the rest are text.
    let a = one("电动车违规充电引发火情\n\n\
         本报讯（记者 方圆）3月3日凌晨，城北一小区楼道内一辆正在充电的电动自行车突然起火，浓烟迅速蔓延至三楼，\n\n\
         所幸无人受伤。\n\
         消防部门已对事发楼栋开展排查。\n\
         消防提醒：电动车切勿入户充电。\n");
    assert_eq!(
        a.body,
        "3月3日凌晨，城北一小区楼道内一辆正在充电的电动自行车突然起火，浓烟迅速蔓延至三楼，所幸无人受伤。\n\n\
         消防部门已对事发楼栋开展排查。\n\n\
         消防提醒：电动车切勿入户充电。\n"
    );
}

#[test]
fn issue3_chief_editor_and_layout_credits_under_the_running_head_are_furniture() {
    // `首席编辑：X　版式：Y` under an evening paper's running head is the
    // page's credit line, not the first story's kicker.
    let arts = page(
        "A06　城市新闻　　　　2026年2月11日　星期三\n\
         首席编辑：程立　　版式：于菲\n\n\
         公园新增百余个停车位\n\n\
         本报讯（记者 黄蕾）人民公园南侧停车场昨日改造完工，新增停车位120个。\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "公园新增百余个停车位")]);
}

#[test]
fn issue3_publisher_line_under_a_company_paper_masthead_is_furniture() {
    // `主办：X集团党委宣传部` under an in-house paper's masthead names who
    // publishes it, not the first story's kicker.
    let arts = page(
        "南江电力报\n\
         2026年2月11日　第3版　基层一线\n\
         主办：南江电力集团党委宣传部\n\n\
         集团开展春季安全大检查\n\n\
         本报讯（通讯员 许亮）2月9日起，集团在所属单位开展为期一个月的春季安全大检查。\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "集团开展春季安全大检查")]);
}

#[test]
fn issue3_bracketed_office_alone_under_a_story_credits_it() {
    // `（X厂党群工作部）` on its own line under a company paper's story: the
    // office that sent it in (`供稿` unsaid), and a column label after it
    // over a headline, a deck and a byline heads that next story.
    let arts = page(
        "北港水厂开展技能比武\n\n\
         通讯员 罗斌\n\n\
         2月下旬，北港水厂举办首届职工技能比武，40余名职工参赛。\n\n\
         （北港水厂党群工作部）\n\n\
         身边榜样\n\n\
         管网巡线二十年\n\n\
         ——记供水公司巡线工陈卫东\n\n\
         通讯员 马丽\n\n\
         二十年来，陈卫东走遍了城区每一段供水管网。\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "北港水厂开展技能比武"), (Some("身边榜样"), "管网巡线二十年")]);
    assert_eq!(arts[0].front.contributors, vec!["罗斌", "北港水厂党群工作部"]);
    assert!(!arts[0].body.contains("党群工作部"), "{}", arts[0].body);
}

#[test]
fn issue3_text_signed_at_its_end_under_heads_after_a_bylined_story_is_a_piece() {
    // A story that opened on its byline, its photo's credit and caption,
    // then a column label and a headline over text closed by `（记者 X）`:
    // a piece of its own, not the story's crossheads.
    let arts = page(
        "老街商铺换新颜\n\n\
         本报讯（记者 孔亮）经过三个月改造，西关老街28家商铺昨天重新开门迎客。\n\n\
         记者 孔亮 摄\n\n\
         改造后的西关老街。\n\n\
         你呼我应\n\n\
         公交站台缺少遮雨棚\n\n\
         市民 赵女士：建设路口的公交站台没有遮雨棚，下雨天等车只能淋雨。\n\n\
         记者追踪：公交公司表示，已将该站台列入今年改造计划。\n\n\
         （记者 孔亮）\n\n\
         新城晚报社出品　　读者热线：96001\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "老街商铺换新颜"), (Some("你呼我应"), "公交站台缺少遮雨棚")]);
    assert_eq!(arts[1].front.reporters, vec!["孔亮"]);
    assert!(arts[1].body.starts_with("市民 赵女士"), "{}", arts[1].body);
    assert!(!arts[1].body.contains("出品"), "{}", arts[1].body);
    // (A crosshead alone under the text, its part signed again by the
    // story's own reporter: still the story's.)
    let a = one("春茶开采

         本报记者 孔亮

         连日来，南山茶园的春茶陆续开采，茶农们忙着采摘炒制。

         线上销售走俏

         今年不少茶农开起了直播，线上订单比去年多了三成。

         （本报记者 孔亮）
");
    assert!(a.body.contains("## 线上销售走俏"), "{}", a.body);
}

#[test]
fn issue3_reporter_run_in_after_a_boxed_lead_with_baodao_in_traditional_form() {
    // `【本報訊】記者X報導　…`: the reporter closed by 報導 (the Hong Kong
    // and Taiwan form of 报道) and a gap, run in after the lead.
    let a = one("新巴士路線下月開辦\n\n【本報訊】記者鄭美玲報導　運輸署昨日宣布，新巴士路線下月開辦。\n");
    assert_eq!(a.front.reporters, vec!["鄭美玲"]);
    assert_eq!(a.body, "運輸署昨日宣布，新巴士路線下月開辦。\n");
}

/// `See PARK PLAN, Page 6A`: a US jump line whose slug runs to more than
/// one word names the page the story goes on to, and leaves the body.
#[test]
fn issue3_jump_line_with_a_slug_of_several_words() {
    let a = one("Council backs park plan\n\n\
         By Ann Lee\n\n\
         The city council voted 4-1 on Monday to back a new park on the river.\n\
         Work could start in the summer.\n\n\
         See PARK PLAN, Page 6A\n");
    assert_eq!(a.front.continued_to, Some(6));
    assert!(!a.body.contains("PARK PLAN"), "{}", a.body);
}

/// `KOLKATA, FEBRUARY 10:`: Indian papers may set the month of the dateline
/// in capitals as well as the place.
#[test]
fn issue3_dateline_with_the_month_in_capitals() {
    let a = one("Port traffic rises\n\n\
         Our Bureau\n\n\
         KOLKATA, FEBRUARY 10: Cargo handled at the port rose 8 per cent in the last\n\
         financial year, officials said on Wednesday.\n");
    let d = a.front.dateline.expect("dateline");
    assert_eq!(d.place.as_deref(), Some("Kolkata"));
    assert_eq!(d.date, Date::new(2026, 2, 10));
    assert!(a.body.starts_with("Cargo handled"), "{}", a.body);
}

/// `(With inputs from agencies)` under an Indian story notes wire copy
/// without naming a wire: a credit line, not the last paragraph's words.
#[test]
fn issue3_with_inputs_from_agencies_is_no_text() {
    for line in ["(With inputs from agencies)", "With agency inputs", "— With inputs from agencies"] {
        let a = one(&format!(
            "Rain likely this week\n\n\
             Pune, March 3 (PTI) — Light rain is likely in the state this week, the weather office said on\n\
             Tuesday, bringing relief from the heat.\n\
             {line}\n"
        ));
        assert!(!a.body.contains("inputs"), "{line}: {}", a.body);
        assert!(a.body.trim_end().ends_with("the heat."), "{line}: {}", a.body);
    }
}

/// `– African News Agency (ANA)` on its own line under a South African
/// story: the wire signs it, its initials in brackets or not.
#[test]
fn issue3_dashed_wire_sign_off_with_its_initials_in_brackets() {
    for dash in ["–", "—", "-"] {
        let a = one(&format!(
            "Rand slips against dollar\n\n\
             JOHANNESBURG – The rand weakened on Monday as investors waited for inflation data.\n\n\
             It traded at 18.10 in early trade.\n\n\
             {dash} African News Agency (ANA)\n"
        ));
        assert_eq!(a.front.agency.as_deref(), Some("ANA"), "{dash}");
        assert!(!a.body.contains("African News"), "{dash}: {}", a.body);
    }
}

/// `…said yesterday. — Mary Wanjiku`: a brief signed by its writer's bare
/// name after the last sentence; a quotation's author is left alone.
#[test]
fn issue3_brief_signed_by_a_bare_name_after_its_last_sentence() {
    let arts = page(
        "REGIONAL BRIEFS\n\n\
         School gets new labs\n\
         Kapsabet Boys High School has opened two science laboratories, the principal said yesterday. — Mary Wanjiku\n\n\
         Market fire\n\
         Traders at Gikomba lost goods worth millions in a night fire, police said. — Nation Correspondent\n",
    );
    assert_eq!(arts.len(), 2);
    assert_eq!(arts[0].front.reporters, vec!["Mary Wanjiku"]);
    assert!(!arts[0].body.contains("Wanjiku"), "{}", arts[0].body);
    let a = one(
        "Words to live by\n\nThe mayor closed with a line she likes.\n\n\"Be the change you wish to see.\" — Mahatma Gandhi\n",
    );
    assert!(a.front.reporters.is_empty(), "{:?}", a.front.reporters);
    assert!(a.body.contains("Mahatma Gandhi"), "{}", a.body);
}

/// `PHOTO | FILE` on its own line under a Kenyan caption: a file picture's
/// credit naming no one, not the kicker of the story under it.
#[test]
fn issue3_file_photo_credit_after_a_bar_on_its_own_line() {
    let arts = page(
        "Boda boda riders protest new rules\n\n\
         By Jane Achieng\n\n\
         Hundreds of boda boda riders marched through the town yesterday to protest new county rules.\n\n\
         The county said the rules would improve safety.\n\n\
         Riders on a street in Kisumu.\n\
         PHOTO | FILE\n\n\
         Bank cuts lending rate\n\n\
         By Peter Kamau\n\n\
         A leading bank has cut its lending rate by half a point, easing costs for borrowers.\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![(None, "Boda boda riders protest new rules"), (None, "Bank cuts lending rate")]
    );
    assert!(arts.iter().all(|a| !a.body.contains("PHOTO")), "{:#?}", arts.iter().map(|a| &a.body).collect::<Vec<_>>());
}

/// `…with serious injuries. The Canadian Press`: Canadian briefs close with
/// the wire's name after the last sentence, undashed; a sentence that only
/// names a wire is kept.
#[test]
fn issue3_undashed_wire_name_closing_a_brief() {
    let arts = page(
        "NATIONAL BRIEFS\n\n\
         Ferry service resumes\n\
         NANAIMO, B.C. — Ferry service between the island and the mainland resumed Monday after a two-day storm. The Canadian Press\n\n\
         Bridge reopens\n\
         MONCTON, N.B. — A bridge closed for repairs since June reopened to traffic on Sunday, the city said. Postmedia News\n",
    );
    assert_eq!(arts.len(), 2);
    assert_eq!(arts[0].front.agency.as_deref(), Some("The Canadian Press"));
    assert_eq!(arts[1].front.agency.as_deref(), Some("Postmedia News"));
    assert!(
        arts.iter().all(|a| a.body.trim_end().ends_with('.')),
        "{:?}",
        arts.iter().map(|a| &a.body).collect::<Vec<_>>()
    );
    let a =
        one("Talks continue\n\nBy Ann Lee\n\nThe union said talks would continue, according to The Canadian Press.\n");
    assert!(a.body.contains("according to The Canadian Press."), "{}", a.body);
}

/// A British letters column (`YOUR VIEWS`) whose readers sign with an
/// undotted initial and their town (`J Robinson, Darlington`, `Mrs A
/// Kirby, Newton Aycliffe`), the letter's last short sentence set on a line
/// of its own: one letter each, signed, the short sentence kept as text.
#[test]
fn issue3_letters_signed_with_an_undotted_initial_and_the_town() {
    let arts = page(
        "YOUR VIEWS\n\n\
         Bus cuts hit the elderly\n\
         I WAS dismayed to read that the number 12 bus is to run only twice a day from\n\
         next month. Many older people in the village rely on it.\n\
         Who will take them to the doctor?\n\
         P Hendry, Shildon\n\n\
         Well done to the lifeboat crew\n\
         MAY I praise the volunteers who rescued two walkers cut off by the tide at the\n\
         weekend. They are a credit to the town.\n\
         Mrs D Fawcett, Redcar\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![(Some("YOUR VIEWS"), "Bus cuts hit the elderly"), (Some("YOUR VIEWS"), "Well done to the lifeboat crew")]
    );
    assert_eq!(arts[0].front.reporters, vec!["P Hendry"]);
    assert_eq!(arts[1].front.reporters, vec!["Mrs D Fawcett"]);
    assert!(arts[0].body.contains("Who will take them to the doctor?"), "{}", arts[0].body);
}

/// `ADVERTISEMENT` over `RAJ SAREES — Festive Collection Now In Store`: a
/// shop's name in capitals and its slogan in title case after a dash is an
/// ad's display type, not a dateline over a story.
#[test]
fn issue3_an_ad_slogan_after_a_dash_is_no_dateline() {
    let arts = page(
        "Civic body clears water project\n\n\
         Express News Service\n\n\
         PUNE, FEBRUARY 10: The civic standing committee on Tuesday cleared a Rs 300 crore water project.\n\n\
         ADVERTISEMENT\n\
         RAJ SAREES — Festive Collection Now In Store\n\
         Up to 30% off. Call 98220 55555\n",
    );
    assert!(arts.iter().all(|a| a.front.dateline.as_ref().is_none_or(|d| d.place.as_deref() != Some("Raj Sarees"))));
    assert_eq!(arts[0].front.title, "Civic body clears water project");
    assert!(!arts[0].body.contains("RAJ SAREES"), "{}", arts[0].body);
}

/// `Margaret Dobson` alone under the last paragraph of a story that names
/// her, over the next story's broken headline: her mug shot's caption,
/// uncredited, which closes the story; the headline under it heads the
/// next story, not a crosshead.
#[test]
fn issue3_a_mug_shots_name_under_the_story_that_names_her_closes_it() {
    let arts = page(
        "Tributes paid to former\nmayor, 79\n\n\
         By Tom Hewitt\n\n\
         TRIBUTES have been paid to a former mayor who served the town for more than 30 years.\n\n\
         Margaret Dobson, 79, died at her home in Spennymoor on Sunday.\n\n\
         Margaret Dobson\n\n\
         Road to close for\ngas main repairs\n\n\
         A MAIN road through the town centre will close for two weeks from Monday while a gas main is replaced.\n\n\
         Diversions will be in place.\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![(None, "Tributes paid to former mayor, 79"), (None, "Road to close for gas main repairs")]
    );
    assert!(arts[0].body.contains("Margaret Dobson\n"), "{}", arts[0].body);
}

/// `Gary Noble was jailed for 18 months` under the story that names him,
/// over the next story's headline: an uncredited caption opening on the
/// name closes the story; it is no headline with the next as its deck. A
/// line on the same man that reads as a headline (`Gary Noble to appeal`)
/// stays a head.
#[test]
fn issue3_an_uncredited_caption_opening_on_the_storys_man_closes_it() {
    let text = |caption: &str| {
        format!(
            "Burglar jailed after\nraid on pensioner\n\n\
             By Kate Rigby\n\n\
             A BURGLAR who raided the home of a 91-year-old woman has been jailed.\n\n\
             Gary Noble, 41, of Front Street, admitted burglary at Durham Crown Court.\n\n\
             {caption}\n\n\
             Market traders\nwin rent cut\n\n\
             MARKET traders have won a cut in their rents after a campaign lasting two years.\n\n\
             The council agreed the change on Tuesday.\n"
        )
    };
    let arts = page(&text("Gary Noble was jailed for 18 months"));
    assert_eq!(
        kickers_and_titles(&arts),
        vec![(None, "Burglar jailed after raid on pensioner"), (None, "Market traders win rent cut")]
    );
    assert!(arts[0].body.trim_end().ends_with("Gary Noble was jailed for 18 months"), "{}", arts[0].body);
    // (Read as a head, not as the caption's plain text.)
    let arts = page(&text("Gary Noble to appeal"));
    let plain = |b: &str| b.lines().any(|l| l == "Gary Noble to appeal");
    assert!(arts.iter().all(|a| !plain(&a.body)), "{:#?}", arts.iter().map(|a| &a.body).collect::<Vec<_>>());
}

/// `BY ANGUS MACDONALD` over a column whose note spells him `Angus
/// MacDonald`: the byline in capitals lost the capital inside the name,
/// which the text keeps; a name the text spells alike is left as it is.
#[test]
fn issue3_a_byline_in_capitals_takes_the_names_inner_capitals_from_the_text() {
    let a = one("Winter on the lake\n\n\
         BY ANGUS MACDONALD\n\
         Special to the Herald\n\n\
         The ice came early this year, and the fishing huts went up a week before Christmas.\n\n\
         Angus MacDonald is a writer based in Kenora.\n");
    assert_eq!(a.front.reporters, vec!["Angus MacDonald"]);
    let a = one("Winter on the lake\n\n\
         BY ANGUS MACDONALD\n\n\
         The ice came early this year, and the fishing huts went up a week before Christmas.\n");
    assert_eq!(a.front.reporters, vec!["Angus Macdonald"]);
}

/// `Reporter Kate Lyons` under a headline: an Australian regional daily sets
/// the role word before the name, no colon; it names the writer, as `By`
/// does. A sentence opening with the word stays text.
#[test]
fn issue3_reporter_before_the_name_is_a_byline() {
    let a = one("Saleyards upgrade approved\n\n\
         Reporter Kate Lyons\n\n\
         THE council has approved a $3m upgrade of the livestock saleyards.\n\n\
         Work will start in May.\n");
    assert_eq!(a.front.reporters, vec!["Kate Lyons"]);
    assert!(!a.body.contains("Reporter"), "{}", a.body);
    let a = one("Saleyards upgrade approved\n\n\
         By Kate Lyons\n\n\
         Reporter Sam Hill was told the work will start in May.\n");
    assert!(a.body.contains("Reporter Sam Hill was told"), "{}", a.body);
}

/// `with AAP` straight under a headline, no writer named: the desk's story
/// on the wire's copy. The wire is the story's agency; it neither closes a
/// story of the headline alone nor leaves the text without its headline.
#[test]
fn issue3_a_wire_alone_under_the_headline_credits_the_story() {
    let arts = page(
        "Rail freight volumes fall\n\
         with AAP\n\n\
         GRAIN shipments by rail fell by a quarter in February, the operator said.\n\n\
         Growers blamed the dry summer.\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "Rail freight volumes fall")]);
    assert_eq!(arts[0].front.agency.as_deref(), Some("AAP"));
    assert!(arts[0].body.starts_with("GRAIN shipments"), "{}", arts[0].body);
}

/// `—STAR PHOTO / LEA SANTOS` under a caption: a Philippine paper dashes
/// the photo credit on as it dashes a sign-off. It credits the picture; it
/// is no deck of the next story, whose headline stays out of its text.
#[test]
fn issue3_a_dashed_photo_credit_under_a_caption_is_the_pictures() {
    let arts = page(
        "Market fire razes 40 stalls\n\n\
         By Noel Garcia\n\n\
         Fire gutted 40 stalls at the public market early Tuesday, officials said.\n\n\
         No one was hurt.\n\n\
         ASHES Vendors sift through the debris on Tuesday.\n\
         —STAR PHOTO / LEA SANTOS\n\n\
         Bridge repair to start in May\n\n\
         By Ana Lopez\n\n\
         Repairs on the old bridge will start in May, the engineer said.\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![(None, "Market fire razes 40 stalls"), (None, "Bridge repair to start in May")]
    );
    assert_eq!(arts[0].front.contributors, vec!["Lea Santos"]);
    assert_eq!(arts[1].front.subtitle, None);
    assert!(arts[1].body.starts_with("Repairs on the old bridge"), "{}", arts[1].body);
}

/// `Visayan Daily Tribune` on the line under `By X`: the paper the writer
/// files for, as Philippine papers set it; no second writer.
#[test]
fn issue3_the_papers_name_under_the_byline_is_no_second_writer() {
    let a = one("Ferry fares to rise in April\n\
         By Rowena Bautista\n\
         Visayan Daily Tribune\n\n\
         Ferry operators will raise fares by 8 percent in April, the maritime agency said.\n");
    assert_eq!(a.front.reporters, vec!["Rowena Bautista"]);
    assert!(a.body.starts_with("Ferry operators"), "{}", a.body);
}

/// `供水抢修：96390` in a life page's service box: a label and a hotline,
/// not a kicker and headline over the story that follows the box.
#[test]
fn issue3_service_hotline_rows_are_no_headlines() {
    let arts = page(
        "便民服务信息\n\
         自来水抢修：96116\n\
         天然气抢修：96177\n\
         供电服务：95598\n\n\
         立春后宜早睡早起\n\
         文/本报记者 方晴\n\n\
         立春以后，白天渐长，专家建议市民调整作息，早睡早起。\n\n\
         饮食方面，可适当多吃韭菜、菠菜等时令蔬菜。\n",
    );
    let titles: Vec<&str> = arts.iter().map(|a| a.front.title.as_str()).collect();
    assert!(titles.contains(&"立春后宜早睡早起"), "{titles:?}");
    let story = arts.iter().find(|a| a.front.title == "立春后宜早睡早起").unwrap();
    assert_eq!(story.front.reporters, vec!["方晴"]);
    assert!(!story.body.contains("96177"), "{}", story.body);
    assert!(
        arts.iter()
            .all(|a| !a.front.title.contains("955") && a.front.kicker.as_deref().is_none_or(|k| !k.contains("961")))
    );
}

/// `●某部开展消防演练 （周强）` under a briefs label: a brief that is only
/// its headline, signed in brackets. The name is its writer's, not part of
/// the title, and every item keeps the column's label.
#[test]
fn issue3_headline_only_briefs_are_signed_not_titled_with_the_name() {
    let arts = page(
        "连队新闻\n\n\
         某连举行新兵授衔仪式\n\
         本报讯 特约记者 马骏报道：3月1日，某连为新兵举行授衔仪式。\n\n\
         仪式上，新兵们面向军旗庄严宣誓。\n\n\
         营区简讯\n\
         ●某营开展消防演练 （周强）\n\
         ●某连组织读书交流会 （孙宁）\n",
    );
    let briefs: Vec<_> = arts.iter().filter(|a| a.front.kicker.as_deref() == Some("营区简讯")).collect();
    assert_eq!(briefs.len(), 2, "{:#?}", kickers_and_titles(&arts));
    assert_eq!(briefs[0].front.title, "某营开展消防演练");
    assert_eq!(briefs[0].front.reporters, vec!["周强"]);
    assert_eq!(briefs[1].front.title, "某连组织读书交流会");
    assert_eq!(briefs[1].front.reporters, vec!["孙宁"]);
    assert!(arts.iter().all(|a| !a.body.contains("周强")));
}

/// `本报讯（记者 X 通讯员 Y（县林业局） Z（柳塘镇））`: a county paper puts
/// each correspondent's unit in brackets after the name, inside the lead's
/// brackets. Every writer is credited and no part of the credit is left
/// opening the text.
#[test]
fn issue3_lead_writers_with_bracketed_units_are_all_credited() {
    let a = one("油茶林里春意浓\n\n\
         本报讯（记者 高远 通讯员 贺兰（县林业局） 钟奇（柳塘镇））连日来，柳塘镇组织农户为油茶林施肥除草。\n\n\
         今年全镇新增油茶种植面积两千亩。\n");
    assert_eq!(a.front.reporters, vec!["高远"]);
    assert_eq!(a.front.contributors, vec!["贺兰", "钟奇"]);
    assert_eq!(a.front.agency.as_deref(), Some("本报"));
    assert!(a.body.starts_with("连日来，柳塘镇"), "{}", a.body);
}

/// `接下页` under a story's last paragraph, `（接上页）` over its second
/// part: a jump that names only the next or previous page is a jump line
/// all the same, never a paragraph of the story.
#[test]
fn issue3_jump_to_the_next_page_is_no_text() {
    let a = one("油价连跌三周\n\n\
         （综合讯）国际油价本周继续下跌，布伦特原油一度跌破每桶70美元。\n\n\
         分析员认为，需求疲软是主要原因。\n\n\
         接下页\n");
    assert!(!a.body.contains("下页"), "{}", a.body);
    assert!(a.body.trim_end().ends_with("需求疲软是主要原因。"), "{}", a.body);
}

/// `…落幕。（小文）`: a brief in a column signed with a familiar pen name
/// (`小`, `晓` or `阿` and one character) names its writer, as `（张敏）`
/// does; the name leaves the text.
#[test]
fn issue3_briefs_signed_with_a_familiar_pen_name() {
    let arts = page(
        "文化简讯\n\n\
         ■市图书馆举办古籍修复展　即日起，市图书馆举办古籍修复成果展，展出修复古籍60余册。（晓林）\n\n\
         ■少儿书法比赛开始报名　第五届少儿书法比赛即日起接受报名，报名截至3月20日。（小雅）\n",
    );
    assert_eq!(arts.len(), 2, "{:#?}", kickers_and_titles(&arts));
    assert_eq!(arts[0].front.reporters, vec!["晓林"]);
    assert_eq!(arts[1].front.reporters, vec!["小雅"]);
    assert!(arts.iter().all(|a| !a.body.contains("（")), "{:#?}", arts.iter().map(|a| &a.body).collect::<Vec<_>>());
}

/// `通讯员 X 本报记者 Y` under a head: the paper's reporter named after the
/// correspondents still makes the story the paper's own.
#[test]
fn issue3_own_reporter_named_after_correspondents_credits_the_paper() {
    let a = one("租房押金迟迟不退\n\
         法院判令房东返还\n\n\
         通讯员 程晓 本报记者 闵慧\n\n\
         租约到期后，房东以房屋有损坏为由拒不退还押金。近日，区法院审结此案。\n");
    assert_eq!(a.front.reporters, vec!["闵慧"]);
    assert_eq!(a.front.contributors, vec!["程晓"]);
    assert_eq!(a.front.agency.as_deref(), Some("本报"));
}

/// A weekly's name over the date, and under them `第7版 / 文体·综合`: the
/// page's own 版名, set after a rule, names the page's section, not the
/// supplement's name above it.
#[test]
fn issue3_page_named_after_a_rule_under_a_weekly_is_the_section() {
    let a = one("读书周刊\n\
         2026年2月11日 星期三\n\
         第7版 / 书评·新书\n\n\
         一部写给孩子的城市史\n\n\
         本报记者 乔南\n\n\
         这本新书用二十个故事讲述城市百年变迁，插图均由作者手绘。\n");
    assert_eq!(a.front.section.as_deref(), Some("书评·新书"));
    assert_eq!(a.front.title, "一部写给孩子的城市史");
}

/// `法律咨询热线：12348` alone on the page's last line, under a briefs
/// column: the page's hotline in its foot, not the last brief's text.
#[test]
fn issue3_hotline_in_the_page_foot_is_no_text() {
    let arts = page(
        "政法快讯\n\n\
         ●区法院开展“法治进校园”活动 近日，区法院法官走进城南小学，为500余名学生上法治课。（林立）\n\n\
         ●市公安局发布春季防盗提示 市公安局提醒市民外出时锁好门窗，贵重物品妥善保管。（周正）\n\n\
         法律咨询热线：12348\n",
    );
    assert_eq!(arts.len(), 2, "{:#?}", kickers_and_titles(&arts));
    assert!(arts.iter().all(|a| !a.body.contains("12348")), "{}", arts[1].body);
}

/// `通讯员 X（县林业局） Y（柳塘镇）` as a byline under the head, or closing
/// the story in brackets: each correspondent's unit, bracketed after the
/// name, is neither a writer nor an author's post, and cuts no credit short.
#[test]
fn issue3_byline_and_sign_off_with_correspondents_units() {
    let a = one("油茶林里春意浓\n\n\
         记者 高远 通讯员 贺兰（县林业局） 钟奇（柳塘镇）\n\n\
         连日来，柳塘镇组织农户为油茶林施肥除草。\n");
    assert_eq!(a.front.reporters, vec!["高远"]);
    assert_eq!(a.front.contributors, vec!["贺兰", "钟奇"]);
    assert!(a.body.starts_with("连日来"), "{}", a.body);
    let a = one("油茶林里春意浓\n\n\
         本报讯 连日来，柳塘镇组织农户为油茶林施肥除草。\n\n\
         今年全镇新增油茶种植面积两千亩。（通讯员 贺兰（县林业局） 钟奇（柳塘镇））\n");
    assert_eq!(a.front.contributors, vec!["贺兰", "钟奇"]);
    assert!(a.body.trim_end().ends_with("两千亩。"), "{}", a.body);
}

/// `星光日报（北马版）  地方  A6` over the date: the paper's name with its
/// edition in brackets is a folio cell; the line names the section and is
/// no headline.
#[test]
fn issue3_folio_with_the_edition_bracketed_after_the_paper() {
    let a = one("星光日报（北马版）  地方  A6\n\
         2026年2月11日（星期三）\n\n\
         怡保新巴士路线下周启用\n\n\
         （怡保10日讯）霹雳州政府宣布，怡保市区三条新巴士路线将于下周一启用。\n");
    assert_eq!(a.front.title, "怡保新巴士路线下周启用");
    assert_eq!(a.front.section.as_deref(), Some("地方"));
    assert!(!a.body.contains("北马版"), "{}", a.body);
}

/// `报道：X` / `摄影：Y` over the page's first headline: the story's box
/// credits set at its head, given first by the export. They credit the
/// story under the headline, not nothing.
#[test]
fn issue3_credits_over_the_first_headline_sign_the_story_under_it() {
    let a = one("报道：郑慧欣\n\
         摄影：许家明\n\n\
         老街夜市重新开张\n\n\
         （马六甲10日讯）停业两年的鸡场街夜市今晚重新开张，吸引大批游客。\n");
    assert_eq!(a.front.title, "老街夜市重新开张");
    assert_eq!(a.front.reporters, vec!["郑慧欣"]);
    assert_eq!(a.front.contributors, vec!["许家明"]);
}

/// `本报特派记者X发自巴黎` set with no spaces: the name ends at `发自`; the
/// place it was filed from is the dateline, no part of the name.
#[test]
fn issue3_unspaced_correspondent_filed_from_abroad() {
    let a = one("中国队晋级八强\n\n\
         本报特派记者钟岳发自巴黎\n\n\
         当地时间3月3日，中国队以3比1战胜对手，晋级八强。\n");
    assert_eq!(a.front.reporters, vec!["钟岳"]);
    assert_eq!(a.front.agency.as_deref(), Some("本报"));
    assert_eq!(a.front.dateline.as_ref().and_then(|d| d.place.as_deref()), Some("巴黎"));
}

/// `—WITH REPORTS FROM X AND WIRES` closing a story: the tag line ends it
/// (the wires unnamed), so the next headline heads a story of its own,
/// signed at its end with a bureau after the name.
#[test]
fn issue3_reports_from_and_wires_sign_off_ends_the_story() {
    let arts = page(
        "Port expansion gets green light\n\n\
         THE harbor board on Monday approved a plan to add two berths to the north pier.\n\n\
         Work is expected to begin before the rainy season.\n\n\
         —WITH REPORTS FROM ANA DELA CRUZ AND WIRES\n\n\
         Fishers protest catch limits\n\n\
         About 200 fishers gathered outside the provincial capitol on Monday.\n\n\
         They asked officials to suspend the new limits until after the lean months.\n\n\
         —Carlo Ramos, Herald Mindanao Bureau\n",
    );
    assert_eq!(arts.len(), 2, "{:#?}", kickers_and_titles(&arts));
    assert_eq!(arts[0].front.contributors, vec!["Ana Dela Cruz"]);
    assert!(!arts[0].body.contains("WIRES"), "{}", arts[0].body);
    assert_eq!(arts[1].front.title, "Fishers protest catch limits");
    assert_eq!(arts[1].front.reporters, vec!["Carlo Ramos"]);
    // (Run in after the last sentence, the paper's own wire desk named.)
    let a = one("Jeepney fares up by P1\n\n\
         The transport board approved a P1 increase in the minimum jeepney fare on Friday.\n\n\
         The new fare takes effect next week. —WITH REPORTS FROM LEO SANTOS AND HERALD WIRES\n");
    assert_eq!(a.front.contributors, vec!["Leo Santos"]);
    assert!(!a.body.contains("WIRES"), "{}", a.body);
}

/// `Editor: X  paper.ph/metro` at a page's foot: the page's editor beside
/// its section's web address, no text of the last story.
#[test]
fn issue3_editor_beside_the_sections_web_address_is_furniture() {
    let a = one("Library reopens after repairs\n\n\
         The city library reopened on Tuesday after three months of repairs to its roof.\n\n\
         Borrowers may return books without fines until the end of the month.\n\n\
         Editor: Lorna Bautista  coastherald.ph/metro\n");
    assert!(!a.body.contains("Editor"), "{}", a.body);
    assert!(!a.body.contains("coastherald"), "{}", a.body);
}

/// `Evening shifts to be added` inside a bylined story, over text quoting
/// by surname alone someone the story introduced (`Santos said`): the
/// story's crosshead, no story of its own.
#[test]
fn issue3_crosshead_over_text_quoting_a_speaker_by_surname() {
    let a = one("Clinic hours extended\n\n\
         By JOAN TAN\n\
         Staff Writer\n\n\
         THE district health office will keep its rural clinics open until 8 p.m. starting\n\
         next week, in the first change to their hours in a decade.\n\n\
         District health officer Lydia Santos said the longer hours would help farm workers\n\
         who cannot leave the fields before dark.\n\n\
         Evening shifts to be added\n\
         The clinics will add a second shift of nurses drawn from the provincial hospital and\n\
         from private clinics nearby.\n\n\
         Santos said the office had hired 14 more nurses for the plan, at a cost of P6 million\n\
         a year.\n");
    assert_eq!(a.front.title, "Clinic hours extended");
    assert!(a.body.contains("## Evening shifts to be added"), "{}", a.body);
    assert!(a.body.contains("Santos said the office"), "{}", a.body);
}

/// `会场一角` on its own line under a photo's credit and over a headline:
/// the picture's caption, no kicker of the story below.
#[test]
fn issue3_scene_caption_under_a_photo_credit_is_no_kicker() {
    let arts = page(
        "新建口袋公园开放\n\n\
         本报讯（记者 陆新）昨日，位于河西街道的口袋公园正式开放，为周边居民增添了休闲去处。\n\n\
         本报记者 宋阳 摄\n\n\
         会场一角\n\
         全市安全生产工作会议召开\n\n\
         本报讯（记者 吕清）3月2日，全市安全生产工作会议召开，部署今年安全生产重点工作。\n",
    );
    assert_eq!(arts.len(), 2, "{:#?}", kickers_and_titles(&arts));
    assert_eq!(arts[1].front.title, "全市安全生产工作会议召开");
    assert_eq!(arts[1].front.kicker, None);
}

/// `本报记者 X 整理` under a letters column's last letter: the column's
/// compiler, credited on each letter, not the last one alone.
#[test]
fn issue3_a_columns_compiler_credits_each_of_its_pieces() {
    let arts = page(
        "读者来信\n\
         路灯坏了没人修\n\
         我家楼下的路灯已经坏了半个月，晚上出门很不方便，希望尽快修好。\n\
         读者 孙先生\n\
         菜市场周边太拥堵\n\
         每天早上菜市场门口车辆乱停，行人只能在车缝里穿行。建议加强管理。\n\
         读者 林女士\n\
         本报记者 何静 整理\n",
    );
    assert_eq!(arts.len(), 2, "{:#?}", kickers_and_titles(&arts));
    for a in &arts {
        assert!(a.front.reporters.iter().any(|r| r == "何静"), "{:?}", a.front.reporters);
    }
    assert!(arts[0].front.reporters.iter().any(|r| r == "孙先生"));
}

/// `温馨提示` over `本版所刊…仅供参考…` at the page's foot: a notice on the
/// page, no box of the last story.
#[test]
fn issue3_a_page_notice_under_a_tips_label_at_the_foot_is_its_own() {
    let arts = page(
        "春季花展下周开幕\n\n\
         本报讯（记者 袁芳）市植物园春季花展将于下周六开幕，展期一个月，展出郁金香等花卉。\n\n\
         温馨提示\n\
         本版所刊登的房屋租售信息仅供参考，请读者在交易前核实相关情况。\n",
    );
    assert!(!arts[0].body.contains("温馨提示"), "{}", arts[0].body);
    assert!(!arts[0].body.contains("仅供参考"), "{}", arts[0].body);
}

/// A headline set full on two lines (`…推进老旧小区` / `加装电梯…`), the
/// phrase it breaks used whole in the text: one title, no kicker.
#[test]
fn issue3_a_title_wrapped_inside_a_phrase_the_text_uses_is_one_title() {
    let a = one("全区多部门协同推进背街小巷\n\
         环境整治见成效\n\n\
         本报讯（记者 田野）今年以来，区城管局会同街道开展专项行动，清理杂物、修补路面。\n\n\
         各街道也组织志愿者参与清扫，发动居民共同维护。\n\n\
         截至目前，全区已完成背街小巷环境整治86条，居民满意度明显提升。\n");
    assert_eq!(a.front.title, "全区多部门协同推进背街小巷环境整治见成效");
    assert_eq!(a.front.kicker, None);
}

/// A caption and its photo credit under a story's jump line, naming by
/// full name someone the story named: the story's picture, no piece of its
/// own.
#[test]
fn issue3_a_caption_under_a_jump_line_naming_the_storys_people_stays_with_it() {
    let arts = page(
        "Hospital wing to open in May\n\n\
         By RITA GOMEZ\n\n\
         The new children's wing at Valley General Hospital will open in May, hospital officials said Monday.\n\n\
         Chief executive Paul Brandt said the wing would add 40 beds.\n\n\
         Continued on Page A7\n\n\
         Paul Brandt tours the new children's wing at Valley General Hospital on Monday.\n\
         (Photo by Sam Ortiz)\n\n\
         Farmers market returns Saturday\n\n\
         The downtown farmers market opens for the season on Saturday with more than 30 vendors.\n",
    );
    assert_eq!(arts.len(), 2, "{:#?}", kickers_and_titles(&arts));
    assert_eq!(arts[0].front.continued_to, Some(7));
    assert!(arts[0].body.contains("Paul Brandt tours"), "{}", arts[0].body);
    assert_eq!(arts[1].front.title, "Farmers market returns Saturday");
}

/// `Correspondent: Name, phone` under a village's name in a weekly's
/// village column: the village's notes are signed by their correspondent,
/// and the line is no headline or text.
#[test]
fn issue3_a_village_correspondent_line_is_the_byline() {
    let arts = page(
        "GLENBRAE\n\
         Correspondent: Isla Fraser, 01343 220456\n\n\
         Coffee morning\n\
         The coffee morning in aid of the church roof fund raised £412. Thanks to all who baked.\n\n\
         Whist drive\n\
         The monthly whist drive will be held in the hall on Friday at 7.30pm.\n\n\
         ARDMORE\n\
         Correspondent: Neil Cameron, tel 01343 889012\n\n\
         Pipe band\n\
         The pipe band will hold its annual ceilidh in the village hall on Saturday, March 14.\n\n\
         KILDRUM\n\
         Correspondent: Jean Ross\n\n\
         Film club\n\
         The film club will show a classic western in the church hall on Friday evening at 7pm.\n",
    );
    let signed: Vec<_> = arts.iter().flat_map(|a| a.front.reporters.iter()).collect();
    assert!(signed.contains(&&"Isla Fraser".to_string()), "{:#?}", arts);
    assert!(signed.contains(&&"Neil Cameron".to_string()), "{:#?}", arts);
    assert!(signed.contains(&&"Jean Ross".to_string()), "{:#?}", arts);
    for a in &arts {
        assert!(!a.body.contains("Correspondent"), "{}", a.body);
        assert!(!a.front.title.contains("Correspondent"), "{}", a.front.title);
        assert!(a.front.subtitle.as_deref().is_none_or(|s| !s.contains("Correspondent")));
    }
}

/// A chart box (`…情况` over its rows, `数据来源：…`, `制图：…`) under the
/// story that reports its figures: the story's, no piece of its own.
#[test]
fn issue3_a_chart_box_under_the_story_of_its_figures_stays_with_it() {
    let arts = page(
        "全市旅游市场持续升温\n\n\
         本报讯（记者 蒋雯）春节假期，全市共接待游客126.4万人次，同比增长18.5%；实现旅游收入9.83亿元，同比增长21.2%。\n\n\
         市文旅局表示，将持续丰富产品供给，提升游客体验。\n\n\
         春节假期旅游数据\n\
         接待游客　126.4万人次　增长18.5%\n\
         旅游收入　9.83亿元　增长21.2%\n\
         数据来源：市文旅局\n\
         制图：严冬\n\n\
         城区新增公共停车位两千个\n\n\
         本报讯（记者 石磊）记者从市城管局获悉，今年以来城区新增公共停车位两千个，缓解了停车难问题。\n",
    );
    assert_eq!(arts.len(), 2, "{:#?}", kickers_and_titles(&arts));
    assert!(
        arts[0].body.contains("126.4万人次　增长") || arts[0].body.contains("126.4万人次 增长"),
        "{}",
        arts[0].body
    );
    assert!(arts[0].body.contains("数据来源"), "{}", arts[0].body);
    assert_eq!(arts[1].front.title, "城区新增公共停车位两千个");
}

/// `…last sentence. —WITH REPORTS FROM X AND HERALD WIRES` over a caption
/// whose photo credit is on the next line: the tag line still signs the
/// story off, the caption under it no obstacle.
#[test]
fn issue3_a_run_in_tag_line_over_a_caption_and_its_credit_line_signs_off() {
    let a = one("Nurses stage lunch-break protest\n\n\
         Nurses at the provincial hospital held a lunch-break protest on Monday over unpaid night-shift allowances.\n\n\
         Hospital chief Dr. Amor Reyes said the allowances would be released this month. —WITH REPORTS FROM LIZA TAN AND HERALD WIRES\n\n\
         Nurses hold placards outside the hospital on Monday.\n\
         —HERALD PHOTO / BEN CRUZ\n");
    assert!(!a.body.contains("REPORTS FROM"), "{}", a.body);
    assert!(a.front.contributors.iter().any(|c| c == "Liza Tan"), "{:?}", a.front.contributors);
    assert!(a.body.contains("Nurses hold placards"), "{}", a.body);
}

/// `NATION` under a dated masthead, over `TRANSPORT` and the headline: two
/// labels in capitals stacked as Asian dailies set them; the upper one names
/// the page's section, the lower one is the story's kicker, and the headline
/// stays the headline.
#[test]
fn issue3_section_over_a_kicker_in_capitals_under_the_masthead() {
    let arts = page(
        "THE PENINSULA TIMES | THURSDAY, FEBRUARY 12, 2026 | A6\n\
         NATION\n\n\
         TRANSPORT\n\
         New bus lanes along coastal highway from July\n\
         Commuters in eastern towns to save up to 15 minutes a trip\n\n\
         By Lim Shu Fen\n\
         Transport Correspondent\n\n\
         Dedicated bus lanes will run along 12km of the coastal highway from July, the transport ministry said on Feb 11.\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(Some("TRANSPORT"), "New bus lanes along coastal highway from July")]);
    assert_eq!(arts[0].front.section.as_deref(), Some("Nation"));
    assert_eq!(arts[0].front.subtitle.as_deref(), Some("Commuters in eastern towns to save up to 15 minutes a trip"));
    assert_eq!(arts[0].front.reporters, vec!["Lim Shu Fen"]);
}

/// `Comets 97, Rangers 90` over `RANGERS (90): …` under the game story: the
/// box score set with its story, which names both sides; no piece of its
/// own titled with the score, and the jump under it is the story's.
#[test]
fn issue3_box_score_under_its_game_story_stays_in_the_story() {
    let arts = page(
        "Comets hold off Rangers\n\n\
         By Dale Pruitt\n\
         Sports Editor\n\n\
         Nia Carter scored 27 points and the Comets beat the Rangers 97-90 on Saturday.\n\n\
         The Rangers cut the lead to three with a minute left but missed their last four shots.\n\n\
         Comets 97, Rangers 90\n\
         RANGERS (90): Ellis 8-17 4-4 22, Moore 6-12 1-2 14. Totals 34-80 14-18 90.\n\
         COMETS (97): Carter 10-18 5-6 27, Diaz 7-13 2-2 18. Totals 37-79 17-20 97.\n\n\
         Turn to COMETS, Page B4\n\n\
         Lakeside coach resigns\n\n\
         Lakeside High football coach Ron Tate resigned on Friday after nine seasons, the school district said.\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "Comets hold off Rangers"), (None, "Lakeside coach resigns")]);
    assert!(arts[0].body.contains("Comets 97, Rangers 90\n"), "{}", arts[0].body);
    assert!(arts[0].body.contains("COMETS (97): Carter"), "{}", arts[0].body);
    assert_eq!(arts[0].front.continued_to, Some(4));
}

/// `By Kemi Adeola, Ibadan and Musa Garba, Kano`: two writers, each with the
/// town filed from after a comma, as Nigerian papers sign a story from two
/// places; both write it, and the first town is the dateline (the first
/// town is no second name, the second no dateline of one writer only).
#[test]
fn issue3_two_writers_each_with_a_town_after_a_comma() {
    for byline in [
        "By Kemi Adeola, Ibadan and Musa Garba, Kano",
        "From Kemi Adeola, Ibadan, and Musa Garba, Kano",
        "Kemi Adeola, Ibadan and Musa Garba, Kano",
    ] {
        let a = one(&format!(
            "Farmers count losses as dry spell persists\n\n{byline}\n\n\
             Maize farmers in the South-West and the North-West say they have lost much of the first planting to a dry spell.\n"
        ));
        assert_eq!(a.front.reporters, vec!["Kemi Adeola", "Musa Garba"], "{byline}");
        assert_eq!(a.front.dateline.as_ref().and_then(|d| d.place.as_deref()), Some("Ibadan"), "{byline}");
        assert!(a.body.starts_with("Maize farmers"), "{}", a.body);
    }
}

/// `Story: Esi Ofori, Koforidua` under the headline, over the text: a
/// Ghanaian paper's labelled byline opens the story (no piece of the byline
/// alone, no headless piece of the text), the town after the comma its
/// dateline. `Story & Pix: X` says the same of a writer who took the photo.
#[test]
fn issue3_labelled_story_byline_under_the_headline_opens_the_story() {
    for byline in ["Story: Esi Ofori, Koforidua", "Story & Pix: Esi Ofori, Koforidua"] {
        let arts = page(&format!(
            "Koforidua market traders relocate\n\n{byline}\n\n\
             Traders at the Koforidua central market have begun moving to a new site ahead of the market's reconstruction.\n\n\
             The municipal chief executive said the work would take 18 months.\n"
        ));
        assert_eq!(kickers_and_titles(&arts), vec![(None, "Koforidua market traders relocate")], "{byline}");
        assert_eq!(arts[0].front.reporters, vec!["Esi Ofori"], "{byline}");
        assert_eq!(arts[0].front.dateline.as_ref().and_then(|d| d.place.as_deref()), Some("Koforidua"));
        assert!(arts[0].body.starts_with("Traders at"), "{}", arts[0].body);
    }
}

/// `Pix: Kwesi Appiah` under a caption after a story's last paragraph: the
/// photo's credit, as Ghanaian and Nigerian papers label it; the caption
/// stays with the story above, not a piece titled with it.
#[test]
fn issue3_pix_labels_a_photo_credit() {
    let arts = page(
        "Ho youth trained in solar installation\n\n\
         From Seth Mensah, Ho\n\n\
         Forty young people in Ho have completed a six-week course in the installation of solar panels.\n\n\
         The course was funded by a German development agency.\n\n\
         Some of the trainees at the graduation ceremony in Ho\n\
         Pix: Kwesi Appiah\n\n\
         Keta lagoon dredging begins\n\n\
         Dredging of the Keta lagoon has begun to ease flooding in nearby communities, the district assembly said.\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![(None, "Ho youth trained in solar installation"), (None, "Keta lagoon dredging begins")]
    );
    assert_eq!(arts[0].front.contributors, vec!["Kwesi Appiah"]);
    assert!(!arts[0].body.contains("Pix"), "{}", arts[0].body);
}

/// `Signed: District Chief Executive` closing a notice, over the next
/// story's headline: the notice's signature, its last line, not a headline
/// with the story's real one as its deck.
#[test]
fn issue3_a_notices_signed_line_ends_the_notice() {
    let arts = page(
        "NOTICE\n\
         The Keta Municipal Assembly informs the public that the clean-up exercise\n\
         scheduled for Saturday has been postponed to a later date.\n\
         Signed: Municipal Chief Executive\n\n\
         Anloga fishermen receive outboard motors\n\n\
         From Seth Mensah, Anloga\n\n\
         Twenty fishermen in Anloga have received outboard motors under a government support scheme.\n",
    );
    let titles: Vec<&str> = arts.iter().map(|a| a.front.title.as_str()).collect();
    assert!(titles.contains(&"Anloga fishermen receive outboard motors"), "{titles:?}");
    assert!(!titles.iter().any(|t| t.starts_with("Signed")), "{titles:?}");
    let story = arts.iter().find(|a| a.front.title == "Anloga fishermen receive outboard motors").unwrap();
    assert_eq!(story.front.subtitle, None);
    assert_eq!(story.front.reporters, vec!["Seth Mensah"]);
    assert!(arts.iter().any(|a| a.body.contains("Signed: Municipal Chief Executive")));
}

/// `TRANSACTIONS` / `BASEBALL` / `National League` / `MIAMI MARLINS —
/// Recalled …`: a sports page's list of club moves. A team in capitals
/// before a dash reads as a dateline, but the rows are the listing's lines,
/// one piece titled by its label, the sport and league its subheads; no
/// story per team with the team as its place.
#[test]
fn issue3_sports_transactions_are_one_listing_not_datelined_stories() {
    let arts = page(
        "Pioneers sign new goalkeeper\n\n\
         By Rick Alvarez\nSports Editor\n\n\
         The Pioneers signed goalkeeper Ana Ruiz to a two-year deal on Monday, the club announced.\n\n\
         TRANSACTIONS\n\
         BASEBALL\n\
         National League\n\
         MIAMI MARLINS — Recalled RHP Sam Ortiz from Jacksonville (IL).\n\
         SAN DIEGO PADRES — Placed OF Leo Grant on the 10-day IL.\n\
         FOOTBALL\n\
         National Football League\n\
         DENVER BRONCOS — Released WR Chris Dale.\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "Pioneers sign new goalkeeper"), (None, "TRANSACTIONS")]);
    let list = &arts[1];
    assert_eq!(list.front.dateline, None);
    assert!(list.body.contains("MIAMI MARLINS — Recalled RHP Sam Ortiz"), "{}", list.body);
    assert!(list.body.contains("DENVER BRONCOS — Released WR Chris Dale."), "{}", list.body);
    assert!(list.body.contains("## National Football League"), "{}", list.body);
}

/// `— Dr. Maria Chen, professor of biology` under a letter's last sentence,
/// the line above full to the measure: the letter's signature on a line of
/// its own, not run into the letter's text; its writer is the name without
/// the title. The page's `The views expressed … do not necessarily reflect`
/// note under the letters is no letter's text nor a piece.
#[test]
fn issue3_a_letters_dashed_signature_stands_apart_and_the_views_note_goes() {
    let arts = page(
        "LETTERS TO THE EDITOR\n\n\
         Keep the greenhouse open\n\
         The campus greenhouse is used by hundreds of students in introductory\n\
         courses every year, and closing it would leave them without any lab.\n\
         — Dr. Maria Chen, professor of biology\n\n\
         Shuttle needs weekend service\n\
         Students who live off campus have no way to reach the library on Sundays\n\
         because the shuttle stops running on Saturday evening at six o'clock.\n\
         — Sam Okafor, sophomore, nursing\n\n\
         The views expressed on this page do not necessarily reflect those of the newspaper.\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![
            (Some("LETTERS TO THE EDITOR"), "Keep the greenhouse open"),
            (Some("LETTERS TO THE EDITOR"), "Shuttle needs weekend service")
        ]
    );
    assert_eq!(arts[0].front.reporters, vec!["Maria Chen"]);
    assert!(arts[0].body.contains("without any lab.\n\n— Dr. Maria Chen"), "{}", arts[0].body);
    assert_eq!(arts[1].front.reporters, vec!["Sam Okafor"]);
    assert!(arts.iter().all(|a| !a.body.contains("views expressed")));
}

/// `SCOREBOARD` over `SOCCER` / `MLS` / two results, set tight under a game
/// story: the agate's label heads a piece of its own; the results are not
/// a stanza closing the story above.
#[test]
fn issue3_a_short_scoreboard_set_tight_is_no_stanza_of_the_story_above() {
    let arts = page(
        "Warriors edge Hornets in final\n\n\
         By Gail Porter\n\n\
         Kendra Moss scored twice as the Warriors won the county final 2-1 on Saturday.\n\n\
         SCOREBOARD\n\
         SOCCER\n\
         MLS\n\
         Seattle 2, Portland 1\n\
         Austin 0, Dallas 0\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "Warriors edge Hornets in final"), (None, "SCOREBOARD")]);
    assert!(!arts[0].body.contains("Portland"), "{}", arts[0].body);
    assert!(arts[1].body.contains("Seattle 2, Portland 1"), "{}", arts[1].body);
}

/// `By Lena Ortiz, Staff Writer and Omar Reed, Sports Editor`: two
/// writers, each with a role after a comma; both are the story's writers,
/// not the first alone.
#[test]
fn issue3_two_writers_each_with_a_role_after_a_comma() {
    let a = one("Dining hall to add late-night hours\n\n\
         By Lena Ortiz, Staff Writer and Omar Reed, Sports Editor\n\n\
         Two dining halls will stay open until midnight on weeknights starting next month, the university said.\n");
    assert_eq!(a.front.reporters, vec!["Lena Ortiz", "Omar Reed"]);
    assert!(a.body.starts_with("Two dining halls"), "{}", a.body);
}

/// `（小满）` closing a brief: a solar term (or another common word made
/// with 小 or 阿) in brackets is the text's note, no pen name signing it.
#[test]
fn issue3_a_common_word_in_brackets_is_no_familiar_pen_name() {
    let arts = page(
        "农事简讯\n\n\
         ■麦浆渐满夏粮在望　今日迎来二十四节气中的第八个节气，全县小麦进入灌浆期。（小满）\n\n\
         ■春播进度过半　全县春播面积已过半数，比去年同期快三天。（晓林）\n",
    );
    assert_eq!(arts.len(), 2, "{:#?}", kickers_and_titles(&arts));
    assert!(arts[0].front.reporters.is_empty(), "{:?}", arts[0].front.reporters);
    assert!(arts[0].body.contains("（小满）"), "{}", arts[0].body);
    assert_eq!(arts[1].front.reporters, vec!["晓林"]);
}

/// `（紧接第3版）` after a story's last sentence: a jump note some papers
/// set at the end of the jumped part, not at its start; it is no text.
#[test]
fn issue3_a_jump_from_closing_a_paragraph_is_no_text() {
    let a = one("老街改造进入收尾阶段\n\n本报记者 韩雪\n\n\
         老街改造工程已完成九成，沿街商铺陆续恢复营业。\n\n\
         街道负责人表示，剩余路段将在月底前完工。（紧接第3版）\n");
    assert_eq!(a.body, "老街改造工程已完成九成，沿街商铺陆续恢复营业。\n\n街道负责人表示，剩余路段将在月底前完工。\n");
    // Run into a sentence, the words are text.
    let a = one("老街改造\n\n本报记者 韩雪\n\n他说这篇稿件要上接第一版的内容。\n");
    assert!(a.body.contains("上接第一版"), "{}", a.body);
}

/// `（综合讯）` closing a brief says the paper put it together from several
/// reports: the paper is its agency and the note no text; on a line of its
/// own it names no place the story was filed from.
#[test]
fn issue3_a_compiled_sign_off_with_xun_names_the_paper() {
    let a = one("春季招聘会周末举行\n\n本周六，市人才市场将举办春季招聘会，200余家企业参加。（综合讯）\n");
    assert_eq!(a.front.agency.as_deref(), Some("本报"));
    assert_eq!(a.body, "本周六，市人才市场将举办春季招聘会，200余家企业参加。\n");
    let a = one("春季招聘会周末举行\n\n本周六，市人才市场将举办春季招聘会。\n\n现场还将提供政策咨询。\n\n（综合讯）\n");
    assert_eq!(a.front.dateline, None);
    assert!(!a.body.contains("综合讯"), "{}", a.body);
}

/// `（市检宣）` after a story's last sentence: a procuratorate's press
/// office signing the piece it sent in, a contributor, not text.
#[test]
fn issue3_a_press_office_sign_off_is_a_contributor() {
    let a = one("检察机关开展普法进社区活动\n\n日前，市检察院干警走进社区，为居民讲解防范电信诈骗知识。（市检宣）\n");
    assert_eq!(a.front.contributors, vec!["市检宣"]);
    assert_eq!(a.body, "日前，市检察院干警走进社区，为居民讲解防范电信诈骗知识。\n");
}

/// `本报讯（通讯员 刘敏 县农业农村局）`: the writer's unit set after the
/// name, unbracketed, sent the piece in; it is no contributor's name.
#[test]
fn issue3_a_unit_after_the_names_in_a_lead_is_no_contributor() {
    let a = one("春耕备耕有序推进\n\n本报讯（通讯员 刘敏 县农业农村局）连日来，全县各地抢抓农时，春耕备耕有序推进。\n");
    assert_eq!(a.front.contributors, vec!["刘敏"]);
    assert_eq!(a.front.agency.as_deref(), Some("本报"));
    assert!(a.body.starts_with("连日来"), "{}", a.body);
}

/// `— with AAP` closing a staff story: the wire that added to it is its
/// agency, as `Tom Baxter, with AAP` under the headline makes it.
#[test]
fn issue3_a_wire_added_at_the_end_is_the_agency() {
    let a = one("Port upgrade approved\n\nBy KATE RYAN\n\n\
         THE state government has approved a $90 million upgrade of the city's port.\n\n\
         Work is due to start in September.\n\n— with AAP\n");
    assert_eq!(a.front.reporters, vec!["Kate Ryan"]);
    assert_eq!(a.front.agency.as_deref(), Some("AAP"));
    assert!(a.front.contributors.is_empty(), "{:?}", a.front.contributors);
    assert!(!a.body.contains("AAP"), "{}", a.body);
}

/// `By A, Enugu; B, Owerri and C, Jos`: a Nigerian byline naming three
/// writers, each with a town, the pairs parted by a semicolon (longer than
/// one writer's byline runs); the first town is the dateline.
#[test]
fn issue3_three_writers_each_with_a_town_parted_by_semicolons() {
    let arts = page(
        "Traders shut markets over levy\n\n\
         By Ngozi Eze, Enugu; Tunde Alade, Owerri and Hauwa Sani, Jos\n\n\
         TRADERS in three states yesterday shut their markets in protest against a new levy.\n\n\
         Market leaders said the levy was introduced without consultation.\n\n\
         Rail line reopens\n\n\
         By Bola Ade\n\n\
         THE rail line between the two cities reopened yesterday after repairs.\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "Traders shut markets over levy"), (None, "Rail line reopens")]);
    assert_eq!(arts[0].front.reporters, vec!["Ngozi Eze", "Tunde Alade", "Hauwa Sani"]);
    assert_eq!(arts[0].front.dateline.as_ref().and_then(|d| d.place.as_deref()), Some("Enugu"));
    assert_eq!(arts[0].front.subtitle, None);
}

/// `By X, Staff Writer and Y, Contributing Writer` under a headline set
/// tight over it: a long byline of two writers and their roles heads the
/// story; it is no crosshead of the story above.
#[test]
fn issue3_a_long_byline_of_two_writers_with_roles_opens_a_story() {
    let arts = page(
        "Clinic opens in east ward\n\n\
         By Sam Obi\n\n\
         A NEW clinic opened in the east ward yesterday.\n\n\
         Rains delay planting\n\
         By Chinedu Okonkwo, Staff Writer and Amara Nwosu, Contributing Writer\n\n\
         FARMERS in the north say the late rains have delayed planting.\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "Clinic opens in east ward"), (None, "Rains delay planting")]);
    assert_eq!(arts[1].front.reporters, vec!["Chinedu Okonkwo", "Amara Nwosu"]);
    assert!(arts[1].body.starts_with("FARMERS"), "{}", arts[1].body);
}

/// `By RACHEL TAN, Health Reporter, and MARK WILLIAMS`: a second writer
/// joined on after the first one's role is a writer too.
#[test]
fn issue3_a_second_writer_after_the_first_ones_role() {
    let a = one("Waiting lists grow\n\nBy ANNA PRICE, Health Reporter, and LUKE DUNN\n\n\
         WAITING lists for elective surgery have grown by a tenth in a year.\n");
    assert_eq!(a.front.reporters, vec!["Anna Price", "Luke Dunn"]);
}

/// `•Anna Price` / `•Luke Dunn` between paragraphs: the labels of the
/// writers' head shots set in the text, no list of the story's.
#[test]
fn issue3_bulleted_head_shot_labels_are_no_list() {
    let a = one("Waiting lists grow\n\nBy ANNA PRICE and LUKE DUNN\n\n\
         WAITING lists for elective surgery have grown by a tenth in a year.\n\n\
         •Anna Price\n\n•Luke Dunn\n\n\
         The minister blamed staff shortages.\n");
    assert!(!a.body.contains("- "), "{}", a.body);
    assert_eq!(
        a.body,
        "WAITING lists for elective surgery have grown by a tenth in a year.\n\nThe minister blamed staff shortages.\n"
    );
    // A list the text calls for stays one.
    let a = one("Board elected\n\nBy ANNA PRICE\n\nThe club elected its new board on Monday. Those elected are:\n\n\
         •Sara Holt\n\n•Ben Marsh\n\nThe board meets next week.\n");
    assert!(a.body.contains("- Sara Holt"), "{}", a.body);
}

/// A chart's labels and figures exported one to a paragraph are its
/// rows, one table, never subheads.
#[test]
fn issue3_chart_rows_set_one_to_a_paragraph_are_a_table() {
    let arts = page(
        "全市客流量稳步回升\n\n本报讯（记者 周敏）今年前两个月，全市公共交通客流量同比增长8%。\n\n\
         各方式客流量\n\n地铁\n\n1.2亿人次\n\n公交\n\n0.8亿人次\n\n出租车\n\n0.3亿人次\n\n数据来源：市交通局\n",
    );
    // (Under a finished story the chart is a box of its own, as a table is.)
    let all: String = arts.iter().map(|a| a.body.as_str()).collect();
    assert!(!all.contains("## "), "{all}");
    assert!(all.contains("地铁\n1.2亿人次\n公交\n0.8亿人次\n出租车\n0.3亿人次"), "{all}");
    assert!(all.contains("数据来源：市交通局"), "{all}");
}

/// `春江（外一首）`: the second poem's title set tight over its first
/// stanza is its title, no line of its verse.
#[test]
fn issue3_the_second_poems_title_under_a_waiyishou_note() {
    let a = one("春江（外一首）\n\n□ 林晓\n\n一江春水\n向东流去\n带走了冬天的寒意\n\n\
         石桥\n石桥的栏杆上\n坐着看云的老人\n一坐就是一个下午\n");
    assert!(a.body.contains("## 石桥\n"), "{}", a.body);
    assert!(a.body.contains("石桥的栏杆上"), "{}", a.body);
    assert!(a.body.starts_with("一江春水"), "{}", a.body);
}

/// `燕　归` letter-spaced over the second poem's stanza under a title
/// noted `（外一首）`: that is the second title, not an earlier stanza's
/// short first line (`田野上`).
#[test]
fn issue3_a_letter_spaced_second_title_is_taken_first() {
    let a = one(
        "秋　雨（外一首）\n\n□ 陈远\n\n秋雨落在窗台上\n像一封迟到的信\n一个字一个字\n读给远方的人听\n\n田野上\n稻谷低下了头\n等待收割的镰刀\n\n\
         雁　阵\n一行大雁飞过\n把天空写成一个人字\n",
    );
    assert!(a.body.contains("## 雁阵\n"), "{}", a.body);
    assert!(!a.body.contains("## 田野上"), "{}", a.body);
}

/// A photo's caption and credit set tight under a score box: the
/// caption is the story's, its credit a contributor, no row of the box.
#[test]
fn issue3_a_credited_caption_under_a_score_box_is_no_row() {
    let arts = page(
        "城区队夺得联赛冠军\n\n本报讯（记者 郭阳）昨日，市中学生篮球联赛决赛在市体育馆举行，城区队夺冠。\n\n\
         决赛比分\n城区中学 68：61 郊区中学\n得分：张凯 21分 李军 15分\n\
         昨日，城区中学队员在比赛中突破上篮。 本报记者 韩冰 摄\n\n\
         全民健身周启动\n\n本报讯（记者 马丽）全民健身周昨日启动。\n",
    );
    let titles: Vec<&str> = arts.iter().map(|a| a.front.title.as_str()).collect();
    assert!(titles.contains(&"全民健身周启动"), "{titles:?}");
    let all: String = arts.iter().map(|a| a.body.as_str()).collect();
    assert!(all.contains("城区中学 68：61 郊区中学"), "{all}");
    assert!(!all.contains("韩冰 摄"), "{all}");
    assert!(arts.iter().any(|a| a.front.contributors.contains(&"韩冰".to_string())), "{arts:#?}");
    assert!(!all.contains("```text\n城区中学 68：61 郊区中学\n得分：张凯 21分 李军 15分\n昨日"), "{all}");
}

/// `Picture: Ann Lowe` under a story's last sentence, then the photo's
/// caption, then the next story's headline: the caption set under its
/// credit is the story's above, not the next story's headline.
#[test]
fn issue3_a_caption_under_its_labelled_credit_is_no_headline() {
    let arts = page(
        "Library roof repairs to start in May\n\n\
         By Nadia Price\n\n\
         Repairs to the leaking roof of the town library will begin in May, the council said.\n\n\
         The branch will stay open throughout the work.\n\n\
         Picture: Ann Lowe\n\
         Scaffolding goes up at the side of the library on Tuesday\n\n\
         Bus shelter plan approved\n\n\
         By Kev Norris\n\n\
         Twelve new bus shelters will be built on the ring road this summer.\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![(None, "Library roof repairs to start in May"), (None, "Bus shelter plan approved")]
    );
    assert!(arts[1].front.subtitle.is_none(), "{:?}", arts[1].front.subtitle);
    assert_eq!(arts[0].front.contributors, vec!["Ann Lowe"]);
}

/// `Ring road to reopen` over `by June, says council chief`: a headline's
/// second line opening on `by` names a month and goes on with `says`; it
/// is no byline of a writer called June.
#[test]
fn issue3_a_headline_line_on_by_a_month_is_no_byline() {
    let a = one("Ring road to reopen\n\
         by June, says council chief\n\n\
         Staff Reporter\n\n\
         The ring road will reopen to traffic by June, the council's chief executive said on Monday.\n");
    assert_eq!(a.front.title, "Ring road to reopen by June, says council chief");
    assert!(!a.front.reporters.contains(&"June".to_string()), "{:?}", a.front.reporters);
}

/// `— With files from Émilie Roy`: a Canadian paper's sign-off credit
/// naming a writer whose name opens on an accented capital is a credit,
/// not text.
#[test]
fn issue3_with_files_from_an_accented_name_is_a_credit() {
    let a = one("Snow removal costs pass budget\n\n\
         Andrew Mackenzie\n\
         Postmedia News\n\n\
         MONTREAL — The city has spent more than planned on clearing snow this winter.\n\n\
         Councillors called for an audit.\n\n\
         — With files from Émilie Roy\n");
    assert!(a.front.contributors.contains(&"Émilie Roy".to_string()), "{:?}", a.front.contributors);
    assert!(!a.body.contains("With files"), "{}", a.body);
}

/// `Contributor: Tom Durkan`, `Notes by Peggy Walsh` under a parish's
/// name in a weekly's district notes: who sends the notes in, not a
/// headline.
#[test]
fn issue3_district_notes_name_their_contributor() {
    let arts = page(
        "DISTRICT NOTES\n\n\
         HOLLYFORD\n\
         Contributor: Tom Durkan\n\
         The parish walk takes place on Sunday at 2pm from the church car park.\n\n\
         KNOCKBEG\n\
         Notes by Peggy Walsh\n\
         The card drive in the hall on Friday raised €420 for the school.\n",
    );
    let titles: Vec<&str> = arts.iter().map(|a| a.front.title.as_str()).collect();
    assert_eq!(titles, vec!["HOLLYFORD", "KNOCKBEG"], "{arts:#?}");
    assert_eq!(arts[0].front.contributors, vec!["Tom Durkan"]);
    assert_eq!(arts[1].front.reporters, vec!["Peggy Walsh"]);
    assert!(!arts[1].body.contains("Notes by"), "{}", arts[1].body);
}

/// `Full report, page 48` under a short match story: a pointer to where the
/// story is told in full, a jump, not text.
#[test]
fn issue3_full_report_page_line_is_a_jump() {
    let a = one("Minors through to final\n\n\
         The minors booked their place in the provincial final with a six-point win on Saturday.\n\n\
         Full report, page 48\n");
    assert_eq!(a.front.continued_to, Some(48));
    assert!(!a.body.contains("Full report"), "{}", a.body);
}

/// `Editor: Colin Bérubé, cberube@paper.com` at the page foot: the desk's
/// editor named with an accent is page furniture all the same.
#[test]
fn issue3_a_desk_editor_with_an_accented_name_is_furniture() {
    let a = one("Bus fleet to grow\n\n\
         CALGARY — The city will add 40 buses to its fleet this spring.\n\n\
         Editor: Colin Bérubé, cberube@ledger.com\n");
    assert!(!a.body.contains("Bérubé"), "{}", a.body);
}

/// `IN BRIEF` over items headed in capitals, then a headline in plain case
/// over a story of two paragraphs: the story under the column is no item
/// of it and takes no `IN BRIEF` kicker.
#[test]
fn issue3_a_plain_case_story_after_capital_headed_briefs_leaves_the_column() {
    let arts = page(
        "IN BRIEF\n\n\
         POOL REOPENS\n\
         The leisure centre pool reopens on Monday after a month of repairs.\n\n\
         MARKET MOVES\n\
         The Saturday market will move to the square from next week, the council said.\n\n\
         Flood alert for river villages\n\n\
         FORECASTERS have warned of flooding in riverside villages after two days of heavy rain.\n\n\
         The Environment Agency said sandbags were available at the fire station.\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![
            (Some("IN BRIEF"), "POOL REOPENS"),
            (Some("IN BRIEF"), "MARKET MOVES"),
            (None, "Flood alert for river villages")
        ]
    );
}

/// `EXPRESS PHOTO: AMIT RAO` under a caption: the paper's name in full
/// before the label, as its initials may stand (`ST PHOTO: X`); a photo
/// credit, not the next story's headline.
#[test]
fn issue3_a_photo_credit_with_the_papers_name_before_the_label() {
    let arts = page(
        "Woman held for duping job seekers\n\n\
         Staff Reporter\n\
         THANE: Police have arrested a woman for cheating job seekers by promising them jobs abroad.\n\n\
         Police said she ran a placement agency from a rented office.\n\n\
         Commuters wait for a train at Dadar station on Wednesday evening.\n\
         EXPRESS PHOTO: AMIT RAO\n\n\
         Rail block on Sunday\n\n\
         Staff Reporter\n\
         MUMBAI: The railway will operate a block on the fast lines on Sunday for maintenance work.\n",
    );
    let titles: Vec<&str> = arts.iter().map(|a| a.front.title.as_str()).collect();
    assert!(titles.contains(&"Rail block on Sunday"), "{titles:?}");
    assert!(!titles.iter().any(|t| t.contains("EXPRESS PHOTO")), "{titles:?}");
    assert!(arts.iter().any(|a| a.front.contributors.contains(&"Amit Rao".to_string())), "{arts:#?}");
}

/// `LA PRESSE CANADIENNE` under a story: the Canadian wire's French
/// service signs it, as `The Canadian Press` would.
#[test]
fn issue3_la_presse_canadienne_signs_a_story() {
    let a = one("Jersey retired at home opener\n\n\
         EDMONTON — The club retired the No. 7 jersey of its former captain before Wednesday's game.\n\n\
         He played 14 seasons with the team.\n\n\
         LA PRESSE CANADIENNE\n");
    assert_eq!(a.front.agency.as_deref(), Some("La Presse Canadienne"));
    assert!(!a.body.contains("PRESSE"), "{}", a.body);
}

/// `NOTICE` over `Public notice is hereby given that…` after a city's
/// briefs: a legal notice set under the column is no brief of it.
#[test]
fn issue3_a_legal_notice_after_briefs_is_no_brief() {
    let arts = page(
        "CITY BRIEFS\n\n\
         Water supply hit\n\
         Water supply will be affected in parts of the north on Thursday due to maintenance work.\n\n\
         Book fair extended\n\
         The book fair has been extended by two days, organisers said.\n\n\
         NOTICE\n\
         Public notice is hereby given that my client has lost the original sale deed of plot No. 9. Finder may contact the undersigned.\n",
    );
    let ks = kickers_and_titles(&arts);
    assert_eq!(ks.len(), 3, "{ks:?}");
    assert_eq!(ks[0], (Some("CITY BRIEFS"), "Water supply hit"));
    assert_eq!(ks[2].0, None, "{ks:?}");
}

/// `…沿着河堤一路向北。队员` set tight over `分成两组，沿堤岸`, a blank line,
/// then `逐段排查。…`: where blank lines part the paragraphs, the short
/// line under text cut inside its sentence is the column's last line, no
/// crosshead; the three pieces are one paragraph.
#[test]
fn issue3_a_short_line_set_tight_under_a_cut_sentence_is_no_crosshead() {
    let a = one("河堤巡查不留死角\n\n\
         本报讯（记者 方洁）汛期到来，区防汛办组织巡查队沿着河堤一路向北，逐一查看闸门和排水口。队员\n\
         分成两组，沿堤岸\n\n\
         逐段排查。当天共发现隐患5处，已全部整改。\n\n\
         区防汛办提醒，市民雨天不要在河边逗留。\n");
    assert!(!a.body.contains("##"), "{}", a.body);
    assert!(a.body.contains("排水口。队员分成两组，沿堤岸逐段排查。"), "{}", a.body);
}

/// `一、起步：人少了，路远了` between blank lines: a 专题's numbered
/// crosshead, not a paragraph cut on `了` that the text under it finishes.
#[test]
fn issue3_a_numbered_crosshead_with_a_comma_is_not_joined_to_the_text_under_it() {
    let a = one("山村小学的二十年\n\n\
         本报记者 钟宁\n\n\
         一、起步：人少了，路远了\n\n\
         二十年前，村里的孩子上学要翻两座山，学校只有一名老师。\n\n\
         二、转变：一条公路带来的希望\n\n\
         2012年，通村公路修好后，外出的年轻教师陆续回到村里。\n");
    assert!(a.body.contains("一、起步：人少了，路远了\n\n二十年前"), "{}", a.body);
}

/// `街坊新鲜事`, a label no list knows, under a story's last paragraph,
/// over `▲…　…。（记者 X）` items, each its headline run in before its text:
/// a brief column, each item a piece under the label, not the story's
/// crosshead and paragraphs.
#[test]
fn issue3_a_boxed_run_in_brief_column_under_an_unknown_label_after_a_story() {
    let arts = page(
        "老旧小区换上新水管\n\n\
         记者 罗婷\n\n\
         施工方表示，全部工程预计月底完工，其间将分段停水，请居民提前储水。\n\n\
         街坊新鲜事\n\n\
         ▲社区食堂推出夜宵　东湖社区食堂从本周起延长营业到晚上9点，新增馄饨、面条等夜宵。（记者 罗婷）\n\n\
         ▲小学生捡到钱包交民警　昨天中午，两名小学生在路边捡到一个钱包，随即交给巡逻民警。（记者 高原）\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![
            (None, "老旧小区换上新水管"),
            (Some("街坊新鲜事"), "社区食堂推出夜宵"),
            (Some("街坊新鲜事"), "小学生捡到钱包交民警")
        ]
    );
    assert!(!arts[0].body.contains("##"), "{}", arts[0].body);
    assert_eq!(arts[2].front.reporters, vec!["高原"]);
}

/// `统筹：X　撰文：Y　摄影：Z` under a feature's headline: a credit block of
/// several works on one line; the writer is the reporter, the others
/// contributors, and none of it is the headline's deck.
#[test]
fn issue3_a_feature_credit_block_of_several_works_on_one_line() {
    let a = one("运河边的老码头\n\n\
         统筹：邵平　撰文：宁静　摄影：祁峰\n\n\
         清晨六点，运河边的老码头已经热闹起来，早点铺的蒸笼冒着白气。\n");
    assert_eq!(a.front.title, "运河边的老码头");
    assert_eq!(a.front.subtitle, None);
    assert_eq!(a.front.reporters, vec!["宁静"]);
    assert_eq!(a.front.contributors, vec!["邵平", "祁峰"]);
    assert!(a.body.starts_with("清晨六点"), "{}", a.body);
}

/// `汇率行情` over `币种　中间价` set tight over `美元　7.1052` and more rows:
/// the two short cells are the table's header row, no headline; the
/// label above is the box's title.
#[test]
fn issue3_a_two_cell_header_row_over_figures_is_the_tables_head() {
    let a = one("人民币汇率中间价\n\n\
         币种　中间价\n\
         美元　7.1052\n\
         欧元　7.6835\n\
         英镑　8.9921\n\
         数据来源：中国外汇交易中心\n");
    assert_eq!(a.front.title, "人民币汇率中间价");
    assert!(a.body.contains("币种　中间价\n美元　7.1052"), "{}", a.body);
}

/// `核心提示` and its paragraph set above a story's headline: the box sums
/// up the story under it, as an editor's note above a headline does; no
/// piece of its own.
#[test]
fn issue3_a_summary_box_above_a_headline_goes_to_the_story_under_it() {
    let a = one("核心提示\n\n\
         一只走失三天的导盲犬，在热心市民和志愿者接力寻找下，终于回到主人身边。\n\n\
         导盲犬走失三天后回家\n\n\
         记者 孔雪\n\n\
         昨天中午，视障市民刘先生抱着失而复得的导盲犬，连声道谢。\n");
    assert_eq!(a.front.title, "导盲犬走失三天后回家");
    assert_eq!(a.front.reporters, vec!["孔雪"]);
    assert!(a.body.contains("一只走失三天的导盲犬"), "{}", a.body);
    assert!(a.body.contains("昨天中午"), "{}", a.body);
}

/// `03   综合·街道   河湾融媒   2026年5月6日`: a county paper's running
/// head, its page number first, then the page's section (a known one
/// joined to the page's own name) and the paper's name no list knows.
/// The line is the page's folio, no story of its own.
#[test]
fn issue3_a_county_papers_folio_with_its_own_name_is_furniture() {
    let arts = page(
        "03                综合·街道                河湾融媒      2026年5月6日\n\n\
         社区食堂开进老街\n\n\
         本报讯（融媒体记者 贺远）日前，老街社区食堂正式开张，六十岁以上居民就餐可享八折优惠。\n\n\
         食堂每天供应早中晚三餐，菜品由居民投票选定。\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "社区食堂开进老街")]);
    assert_eq!(arts[0].front.section.as_deref(), Some("综合·街道"));
}

/// `●市图书馆推出夜间自习室预约服务` over its one sentence, in a briefs
/// column whose other bulleted headlines are shorter: the long one heads
/// its brief too, no sentence the column cut.
#[test]
fn issue3_a_long_bulleted_brief_headline_among_short_ones_stays_a_headline() {
    let arts = page(
        "简讯\n\n\
         ●老城区新增30个充电桩\n\
         供电公司昨天宣布，老城区新建的30个公共充电桩已全部投入使用，市民可扫码充电。\n\n\
         ●市图书馆推出夜间自习室预约服务\n\
         读者从下周起可在手机上预约座位，自习室每晚开放至十点。\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![(Some("简讯"), "老城区新增30个充电桩"), (Some("简讯"), "市图书馆推出夜间自习室预约服务")]
    );
    assert_eq!(arts[1].body, "读者从下周起可在手机上预约座位，自习室每晚开放至十点。\n");
}

/// `邻里中心将增至45个` over `明年起每个新社区至少建一个`: the count at
/// the first line's end closes its clause when the line under it opens
/// on when (`明年起`); it is no noun the count waits for, so the two lines
/// are two lines of the headline, not one title.
#[test]
fn issue3_a_count_over_a_line_opening_on_when_is_no_broken_title() {
    let a = one("邻里中心将增至45个\n\
         明年起每个新社区至少建一个\n\n\
         本报讯（记者 邹敏）市民政局昨天透露，全市邻里中心将由目前的32个增至45个。\n\n\
         新建的邻里中心将设置日间照料、助餐等服务。\n");
    assert_ne!(a.front.title, "邻里中心将增至45个明年起每个新社区至少建一个");
    let heads = [a.front.kicker.as_deref(), Some(a.front.title.as_str()), a.front.subtitle.as_deref()];
    assert!(heads.contains(&Some("邻里中心将增至45个")), "{heads:?}");
    assert!(heads.contains(&Some("明年起每个新社区至少建一个")), "{heads:?}");
}

/// `教练：防守仍是短板` alone between two paragraphs of a match report:
/// a crosshead naming who speaks, not a notice's field.
#[test]
fn issue3_a_crosshead_naming_its_speaker_is_a_subhead() {
    let a = one("主队主场险胜客队\n\n\
         本报讯（记者 钟凯）昨晚，主队在主场以2比1险胜客队，取得两连胜。\n\n\
         教练：防守仍是短板\n\n\
         赛后，主队主教练坦言，球队下半场多次出现防守失位，“接下来要重点解决这个问题”。\n");
    assert!(a.body.contains("## 教练：防守仍是短板\n"), "{}", a.body);
}

/// `（怡保3日讯）…` over text, one crosshead, more text, then `报道：X`:
/// a Malaysian story names its writer at its end; the lead named no one,
/// so the crosshead above the sign-off is the story's, no new story.
#[test]
fn issue3_a_crosshead_in_a_story_signed_at_its_end_stays_in_it() {
    let a = one("水管爆裂致三区停水\n\
         五万户受影响\n\n\
         （怡保3日讯）一条主水管昨晚爆裂，导致市区三个住宅区停水，约五万户居民受影响。\n\n\
         水务公司说，维修工程预计需要两天时间完成。\n\n\
         居民：盼尽快恢复供水\n\n\
         住在花园住宅区的黄先生说，家里的老人行动不便，只能靠邻居帮忙提水。\n\n\
         报道：林志强\n");
    assert_eq!(a.front.reporters, vec!["林志强"]);
    assert!(a.body.contains("## 居民：盼尽快恢复供水\n"), "{}", a.body);
    assert!(a.body.contains("黄先生"), "{}", a.body);
}

/// `文转A6` alone under a story's last paragraph: a Malaysian paper's jump
/// to another page, the story's, not the kicker of the story under it.
#[test]
fn issue3_a_malaysian_text_jump_line_is_the_storys_jump() {
    let arts = page(
        "油价下周维持不变\n\n\
         （吉隆坡3日讯）财政部今日宣布，下周的汽油和柴油零售价维持不变。\n\n\
         文转A6\n\n\
         槟城渡轮服务恢复\n\n\
         （槟城3日讯）停航两天的槟城渡轮今早恢复服务，乘客人数回升。\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "油价下周维持不变"), (None, "槟城渡轮服务恢复")]);
    assert_eq!(arts[0].front.continued_to, Some(6));
}

/// `泰国南部爆炸案` over `造成2死10伤` over `（法新社曼谷3日电）…`: a wire's
/// lead dated by its day alone, in brackets, is a Malaysian or Singapore
/// paper's, which sets the headline's main line first and its deck under it.
#[test]
fn issue3_a_bracketed_wire_lead_dated_by_its_day_sets_the_title_first() {
    let a = one("泰国南部爆炸案\n\
         造成2死10伤\n\n\
         （法新社曼谷3日电）泰国南部今日发生一起路边炸弹爆炸事件，造成两人死亡、10人受伤。\n\n\
         当局相信，这起事件是当地武装分子所为。\n");
    assert_eq!(
        (a.front.kicker.as_deref(), a.front.title.as_str(), a.front.subtitle.as_deref()),
        (None, "泰国南部爆炸案", Some("造成2死10伤"))
    );
    assert_eq!(a.front.agency.as_deref(), Some("法新社"));
}

/// `…统筹抓好民生保障。（综合讯）` closing a paragraph with more after it: the
/// compiled report's note is no text wherever it stands, and names the paper.
#[test]
fn issue3_a_compiled_note_closing_a_middle_paragraph_is_dropped() {
    let a = one("全区春耕生产有序推进\n\n本报讯 连日来，全区各地抢抓农时，组织农户开展春耕备播。（综合讯）\n\n\
         目前，全区已储备化肥两万余吨，种子供应充足。\n");
    assert_eq!(
        a.body,
        "连日来，全区各地抢抓农时，组织农户开展春耕备播。\n\n目前，全区已储备化肥两万余吨，种子供应充足。\n"
    );
    assert_eq!(a.front.agency.as_deref(), Some("本报"));
}

/// `策划：编辑部` over a feature's headline: the desk that planned it, no
/// person named and no kicker; `策划：王明` is still a contributor.
#[test]
fn issue3_a_planning_desk_over_a_feature_is_no_kicker() {
    let arts = page(
        "策划：编辑部\n山里的夜校\n——记坚守乡村的文化志愿者\n\n本报记者 韩冰\n每到周三晚上，村文化室里总是坐满了人。\n\n\
         统筹：本报新闻中心\n河边的书屋\n本报记者 林夏\n书屋开在河边的老粮站里。\n",
    );
    assert_eq!(kickers_and_titles(&arts), [(None, "山里的夜校"), (None, "河边的书屋")]);
    assert!(arts.iter().all(|a| !a.body.contains("策划") && !a.body.contains("统筹")));
    let a = one("策划：王明\n山里的夜校\n\n本报记者 韩冰\n每到周三晚上，村文化室里总是坐满了人。\n");
    assert_eq!((a.front.kicker.as_deref(), a.front.reporters.as_slice()), (None, &["韩冰".to_string()][..]));
}

/// `HT Correspondent`, `Court Reporter` alone under a headline: the desk
/// that filed the story is its only credit; a named writer still wins.
#[test]
fn issue3_an_initials_or_beat_desk_alone_is_the_credit() {
    let a = one(
        "Council delays vote on parking plan\n\nHT Correspondent\n\nThe city council postponed a vote on metered parking.\n",
    );
    assert_eq!(a.front.reporters, ["HT Correspondent"]);
    let a = one(
        "Judge sets trial date in fire case\n\nCourt Reporter\n\nA judge on Monday set a June trial date in the arson case.\n",
    );
    assert_eq!(a.front.reporters, ["Court Reporter"]);
    let a = one(
        "Judge sets trial date in fire case\n\nBy ANNA LOPEZ\nCourt Reporter\n\nA judge on Monday set a June trial date.\n",
    );
    assert_eq!(a.front.reporters, ["Anna Lopez"]);
    let a = one("Mayor names new police chief\n\nPolitical Editor\n\nThe mayor on Monday named a new police chief.\n");
    assert!(a.front.reporters.is_empty(), "{:?}", a.front.reporters);
}

/// A caption and its credit under a story's jump line, in the story's own
/// words (`…Valley High School…` under a story on the high school's day):
/// the story's picture, not a piece of its own.
#[test]
fn issue3_a_caption_under_a_jump_line_in_the_storys_words_stays_with_it() {
    let arts = page(
        "Board weighs later start for high school\n\nBy MARIA CHEN\n\n\
         The school board is considering a later start to the high school day.\n\n\
         A survey found most parents favored the change.\n\nContinued on Page 4\n\n\
         Students arrive at Valley High School on Tuesday.\nPHOTO BY DAN ORTIZ\n\n\
         Bridge to close for repairs\n\nThe Lincoln Street bridge will close for six weeks.\n",
    );
    assert_eq!(arts.len(), 2, "{:#?}", kickers_and_titles(&arts));
    assert!(arts[0].body.contains("Students arrive"), "{}", arts[0].body);
    assert_eq!(arts[0].front.contributors, ["Dan Ortiz"]);
}

/// `地铁三号线二期工程` over `今年底全线贯通`: a headline wrapped after the
/// works it is about is one title; `全面推进乡村振兴` over a headline stays
/// its kicker.
#[test]
fn issue3_a_headline_wrapped_after_the_works_is_one_title() {
    let a = one("城西快速路改造工程\n年内主体完工\n\n本报讯（记者 黄磊）城西快速路改造工程进展顺利。\n");
    assert_eq!((a.front.kicker.as_deref(), a.front.title.as_str()), (None, "城西快速路改造工程年内主体完工"));
    let a = one("全面推进乡村振兴\n我市新建高标准农田二十万亩\n\n本报讯（记者 郑凯）今年我市将新建高标准农田。\n");
    assert_eq!(a.front.kicker.as_deref(), Some("全面推进乡村振兴"));
}

/// `东区队　西区队` over `1（4）　1（2）` inside a match report: the score
/// box's two rows are one table, not two subheads.
#[test]
fn issue3_a_two_row_score_box_is_one_table() {
    let a = one("市运会足球决赛落幕\n\n本报讯（记者 孙浩）决赛在市体育中心举行，两队常规时间战平。\n\
         东区队　西区队\n1（4）　1（2）\n本届市运会共设二十个大项。\n");
    assert!(!a.body.contains("## "), "{}", a.body);
    assert!(a.body.contains("```text\n东区队"), "{}", a.body);
}

/// `Lotto: 4-11-19-27-33-41` after a story: a results line, never a
/// headline taking the next story's headline for its deck.
#[test]
fn issue3_a_lottery_results_line_is_no_headline() {
    let arts = page(
        "Pool to reopen Saturday\n\nThe city pool will reopen on Saturday after repairs.\n\n\
         Lotto: 5-12-19-27-33-44\n\n\
         School board weighs later start\n\nBy MARIA CHEN\n\nThe school board is considering a later start to the day.\n",
    );
    let titles: Vec<&str> = arts.iter().map(|a| a.front.title.as_str()).collect();
    assert!(titles.contains(&"School board weighs later start"), "{titles:?}");
    assert!(
        arts.iter().all(|a| a.front.subtitle.is_none()),
        "{:?}",
        arts.iter().map(|a| &a.front.subtitle).collect::<Vec<_>>()
    );
}

/// `AROUND THE COUNTY` over `Millbrook` over the first note's headline,
/// each later note under its own village: the first note's village is its
/// kicker too, not its title.
#[test]
fn issue3_the_first_village_note_under_a_column_label_keeps_its_kicker() {
    let arts = page(
        "AROUND THE COUNTY\n\nAshford\nLibrary sets story hour\nThe Ashford library will hold a story hour at 10 a.m. Saturday.\n\
         Dunmore\nFire company plans breakfast\nThe Dunmore fire company will serve pancakes on Sunday.\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        [(Some("Ashford"), "Library sets story hour"), (Some("Dunmore"), "Fire company plans breakfast")]
    );
}

/// `By Pieter van der Merwe` under a headline: a surname's particles in
/// small letters keep the line a byline, not the headline's second line.
#[test]
fn issue3_a_byline_whose_surname_has_particles_is_no_headline() {
    let a = one("Harbour fees to rise\nBy Johan de la Rey\n\n\
         DURBAN – Shipping lines will pay about 7% more to use the port from April after the authority approved its new tariffs on Monday.\n\n\
         The authority said the money would pay for new cranes.\n");
    assert_eq!(a.front.title, "Harbour fees to rise");
    assert_eq!(a.front.reporters, vec!["Johan de la Rey"]);
}

/// `(NAN)` on a line of its own under a story's last paragraph: the wire,
/// as when it closes the last sentence; the next headline heads a story.
#[test]
fn issue3_a_bracketed_wire_on_its_own_line_signs_the_story() {
    let arts = page(
        "Council sacks revenue chief\n\n\
         THE council on Monday sacked its revenue chief over missing levies collected at the main market.\n\n\
         The chairman said a panel would probe the accounts.\n\n\
         (NAN)\n\n\
         Traders shut market over levies\n\n\
         TRADERS at the main market on Tuesday shut their shops to protest new levies imposed by the council.\n\n\
         They vowed to stay away until the levies were withdrawn.\n",
    );
    assert_eq!(arts.len(), 2);
    assert_eq!(arts[0].front.agency.as_deref(), Some("NAN"));
    assert!(!arts[0].body.contains("NAN"), "{}", arts[0].body);
    assert_eq!(arts[1].front.title, "Traders shut market over levies");
}

/// `– News24` under a story and `By X, News24` over one: a news site whose
/// name carries digits sends the story as a wire does.
#[test]
fn issue3_a_news_site_named_with_digits_signs_as_a_wire() {
    let a = one("Taxi strike ends\nBy Lindiwe Mokoena, News24\n\n\
         PRETORIA – Taxi operators on Tuesday called off a three-day strike after talks with the provincial transport department.\n\n\
         Routes would reopen on Wednesday, the council said.\n");
    assert_eq!(a.front.reporters, vec!["Lindiwe Mokoena"]);
    assert_eq!(a.front.agency.as_deref(), Some("News24"));
    let a = one("School wins court battle\nBy Marius Botha\n\n\
         The high court has set aside a department decision on the school's language policy.\n\n\
         The department said it would study the judgment.\n\n\
         – News24\n");
    assert_eq!(a.front.agency.as_deref(), Some("News24"));
    assert!(!a.body.contains("News24"), "{}", a.body);
}

/// `Sports Editor Jo Reed can be reached at … or 555-0123.` under the last
/// story: the desk's long tag line, no text; the desk's title before the
/// name makes it the page's address, not that story's writer.
#[test]
fn issue3_a_desks_long_tag_line_is_no_text_nor_the_last_storys_writer() {
    let a = one("Striker out for season\n\n\
         MIAMI (AP) — Inter Miami striker Leo Vance will miss the rest of the season after knee surgery, the club said Tuesday.\n\n\
         Vance was hurt in training last week.\n\n\
         Sports Editor Joanna Reed can be reached at jreed@bayshoreherald.com or 555-0123.\n");
    assert!(a.front.reporters.is_empty(), "{:?}", a.front.reporters);
    assert!(!a.body.contains("reached"), "{}", a.body);
}

/// A quote box that runs on two sentences the story quoted apart (`"We
/// played hard," she said. "We won."`) repeats the story: no text, and
/// its speaker under it is no writer.
#[test]
fn issue3_a_quote_box_joining_two_quoted_sentences_is_dropped() {
    let a = one("Tigers edge Rams\nBy Carl Mendez\nStaff Writer\n\n\
         Kayla Ortiz scored 19 points as the Tigers beat the Rams 61-58 on Friday night.\n\n\
         \"We knew they would make a run,\" Ortiz said. \"We just had to keep our heads and finish the game.\"\n\n\
         The Tigers play again on Tuesday.\n\n\
         \"We knew they would make a run. We just had to keep our heads and finish the game.\"\n\
         — Kayla Ortiz, Tigers guard\n");
    assert_eq!(a.front.reporters, vec!["Carl Mendez"]);
    assert!(a.body.trim_end().ends_with("on Tuesday."), "{}", a.body);
}

/// A quote box whose words the story does not repeat, over `— Name, post`:
/// the speaker is no sign-off naming a writer.
#[test]
fn issue3_a_quote_boxes_dashed_speaker_with_a_post_is_no_writer() {
    let a = one("Rovers clinch promotion\nBy Dana Whitlock\nSports Editor\n\n\
         Rovers sealed promotion with two games to spare after a 2-0 win at Eastbrook on Saturday.\n\n\
         Captain Ian Marsh scored both goals in the second half.\n\n\
         \"Nobody gave us a chance in August, and look at us now.\"\n\
         — Ian Marsh, Rovers captain\n");
    assert_eq!(a.front.reporters, vec!["Dana Whitlock"]);
    assert!(a.body.contains("Ian Marsh, Rovers captain"), "{}", a.body);
}

/// `Sapa-AFP` under a story, on its own line or after the last sentence:
/// two wires hyphened sign it; the line heads no story.
#[test]
fn issue3_two_wires_hyphened_sign_a_story() {
    let arts = page(
        "Trial postponed again\n\n\
         PRETORIA – The fraud trial of a former minister was postponed again on Tuesday after his lawyers filed a fresh application.\n\n\
         The case will resume in June.\n\n\
         Sapa-AFP\n\n\
         Rand firms against dollar\n\n\
         JOHANNESBURG – The rand firmed against the dollar on Tuesday as investors bought emerging market assets. – Reuters-AFP\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "Trial postponed again"), (None, "Rand firms against dollar")]);
    assert_eq!(arts[0].front.agency.as_deref(), Some("Sapa-AFP"));
    assert_eq!(arts[1].front.agency.as_deref(), Some("Reuters-AFP"));
    assert!(!arts[1].body.contains("Reuters"), "{}", arts[1].body);
}

/// `By Jane Doe, Stuff`: the news site her copy came from, no dateline.
#[test]
fn issue3_a_news_site_after_a_writers_comma_is_no_dateline() {
    let a = one("Record year for whale watching\nBy Aroha Kingi, Stuff\n\n\
         Whale-watching trips carried a record number of passengers last year, operators say.\n");
    assert_eq!(a.front.reporters, vec!["Aroha Kingi"]);
    assert_eq!(a.front.agency.as_deref(), Some("Stuff"));
    assert!(a.front.dateline.is_none(), "{:?}", a.front.dateline);
}

/// `Forever loved, …` under an in-memoriam verse: the family's signature
/// of the notice, no headline taking the next piece's as its deck.
#[test]
fn issue3_an_in_memoriam_notices_family_sign_off_is_no_headline() {
    let arts = page(
        "IN MEMORIAM\n\n\
         In loving memory of\nEdna May Price\nwho left us March 2, 2019\n\n\
         Seven years have gone, but still\nwe feel you near us every day,\nyour kindness and your gentle smile\nwill never fade away.\n\n\
         Sadly missed, Tom, Jill and grandchildren\n\n\
         Bake sale raises $900 for shelter\n\
         Members of the Oakdale Garden Club sell pies at Saturday's bake sale, which raised $900 for the county animal shelter.\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "IN MEMORIAM"), (None, "Bake sale raises $900 for shelter")]);
    assert!(arts[0].body.contains("Sadly missed, Tom, Jill and grandchildren"), "{}", arts[0].body);
}

/// `◆ 小雪` over a stanza: a poem's title, marked as a poetry page marks
/// each; a cycle's parts are its subheads, and a title over another poet's
/// name opens that poet's poem (no list bullet, no name read from a title).
#[test]
fn issue3_marked_poem_titles_are_no_list_items() {
    let arts = page(
        "山居四季（组诗）\n\n□ 白 川\n\n◆ 小雪\n\n檐角挂着薄霜\n炉火映红窗纸\n一壶茶煮到黄昏\n\n\
         ◆ 立春\n\n溪水解开了冰\n柳梢探出头来\n谁家的风筝\n飞过了后山\n\n\
         ◆ 鹊登枝\n\n□ 乔远山\n\n喜鹊落在枝头\n叫醒整条巷子\n又飞去了远方\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "山居四季（组诗）"), (None, "鹊登枝")]);
    assert!(arts[0].body.starts_with("## 小雪\n\n檐角挂着薄霜\\\n"), "{}", arts[0].body);
    assert!(arts[0].body.contains("## 立春\n\n溪水解开了冰\\\n"), "{}", arts[0].body);
    assert!(arts[0].body.contains("谁家的风筝\\\n飞过了后山"), "{}", arts[0].body);
    assert_eq!(arts[1].front.reporters, vec!["乔远山"]);
    assert!(arts[1].body.starts_with("喜鹊落在枝头\\\n"), "{}", arts[1].body);
}

/// `题图：…  X 摄` under a piece: the credit of the picture over it, its
/// photographer named last; the label and the picture's subject are no names.
#[test]
fn issue3_a_head_picture_credit_names_its_photographer_only() {
    for (line, name) in
        [("题图：古镇晨雾 顾南星 摄", "顾南星"), ("题图 邱 平 摄", "邱平"), ("（插图：林小禾）", "林小禾")]
    {
        let a = one(&format!(
            "老屋的门槛\n\n□ 袁青\n\n老屋的门槛被踩得发亮，那是几代人进进出出留下的印记。\n\n如今老屋空了，门槛还在。\n\n{line}\n"
        ));
        assert_eq!(a.front.reporters, vec!["袁青"], "{line}");
        assert_eq!(a.front.contributors, vec![name], "{line}");
        assert!(!a.body.contains("图"), "{line}: {}", a.body);
    }
}

/// `综合外电` under a headline: the story is drawn from the foreign wires,
/// its source; `（综合新华社、法新社）` names two wires, both kept; opening a
/// paragraph under a headline, that credit starts the headline's story.
#[test]
fn issue3_compiled_credits_keep_every_wire_they_name() {
    let arts = page(
        "南美多国遭遇热浪\n\n综合外电\n\n据外媒报道，南美多国近日持续高温，多地气温突破40摄氏度。\n\n\
         当地气象部门发布高温预警。\n\n\
         欧元区通胀小幅回落\n\n（综合新华社、法新社）欧盟统计局2日公布的数据显示，欧元区2月通胀率小幅回落。\n\n\
         分析人士认为，欧洲央行下次会议或维持利率不变。\n\n\
         北欧迎来极光季\n\n北欧多国近日迎来观赏极光的最佳时节，大批游客慕名而来。（路透社/美联社）\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![(None, "南美多国遭遇热浪"), (None, "欧元区通胀小幅回落"), (None, "北欧迎来极光季")]
    );
    assert_eq!(arts[0].front.agency.as_deref(), Some("外电"));
    assert_eq!(arts[1].front.agency.as_deref(), Some("新华社、法新社"));
    assert!(arts[1].body.starts_with("欧盟统计局2日"), "{}", arts[1].body);
    assert_eq!(arts[2].front.agency.as_deref(), Some("路透社、美联社"));
    assert!(!arts[0].body.contains("外电"), "{}", arts[0].body);
    // The wires named where the story closes outrank `综合外电` over it.
    let a = one("综合外电\n\n澳网首轮爆冷\n\n赛会头号种子昨天在首轮爆冷出局。\n\n（综合路透社、美联社）\n");
    assert_eq!(a.front.agency.as_deref(), Some("路透社、美联社"));
}

/// `WEATHER WATCH: … Page B8` between stories: a teaser for another page's
/// story, neither a brief of its own nor text of the story above.
#[test]
fn issue3_a_teaser_for_another_page_is_no_text() {
    let arts = page(
        "Bridge repairs start Monday\n\n\
         Crews will begin resurfacing the Fifth Street bridge on Monday, closing one lane for three weeks.\n\n\
         ON THE FIELD: Hornets eye state title ... Page C1\n\n\
         Library sets summer hours\nBy Tom Ruiz\n\n\
         The main library will open at 8 a.m. on weekdays from June 1, the library board decided.\n\n\
         INSIDE: Your week of TV, Page 18\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![(None, "Bridge repairs start Monday"), (None, "Library sets summer hours")]
    );
    for a in &arts {
        assert!(!a.body.contains("Page"), "{}", a.body);
        assert_eq!(a.front.continued_to, None);
    }
}

/// `(1938-2026)` under an obituary's name, as `1938 – 2026` is under the
/// next one's: the same line of its head, read the same way both times.
#[test]
fn issue3_bracketed_life_dates_head_an_obituary_as_bare_ones_do() {
    let arts = page(
        "OBITUARIES\n\n\
         Walter Lee Dunn\n(1940-2026)\n\
         Walter Lee Dunn, who ran the hardware store on Main Street for 40 years, died Sunday. He was 85.\n\
         Services will be held Saturday.\n\n\
         Ruth Ann Miles\n1944 – 2026\n\
         Ruth Ann Miles, a retired nurse, died March 1 at her home. She was 81.\n",
    );
    let heads: Vec<(&str, Option<&str>)> =
        arts.iter().map(|a| (a.front.title.as_str(), a.front.subtitle.as_deref())).collect();
    assert_eq!(heads, vec![("Walter Lee Dunn", Some("(1940-2026)")), ("Ruth Ann Miles", Some("1944 – 2026"))]);
    assert!(arts[0].body.starts_with("Walter Lee Dunn, who"), "{}", arts[0].body);
}

/// `LOTTERY` set right over its numbers lines, `IN MEMORIAM` over its
/// notice: a box's label in capitals heads the box, which is no text of
/// the story above it.
#[test]
fn issue3_a_boxs_capitals_label_over_its_lines_heads_the_box() {
    let arts = page(
        "Pool fees to rise in June\nBy Kim Ode\n\n\
         Swimming pool fees will rise by a dollar in June, the parks board decided on Monday.\n\
         Season passes stay at $60.\n\n\
         LOTTERY\n\
         Monday's Daily 3: 2-8-5\n\
         Daily 4: 0-6-6-1\n\
         Powerball: 11-24-38-52-67, Powerball 9\n\
         Estimated jackpot: $41 million\n",
    );
    assert_eq!(arts.len(), 2, "{:?}", kickers_and_titles(&arts));
    assert!(!arts[0].body.contains("Powerball"), "{}", arts[0].body);
    assert_eq!(arts[1].front.title, "LOTTERY");
    assert!(arts[1].body.contains("Daily 4: 0-6-6-1"), "{}", arts[1].body);
}

/// `SCHOOLS from Page A1` over a jumped part with no headline of its own:
/// the slug it is jumped by names the story, not its first words.
#[test]
fn issue3_a_jumped_part_without_a_headline_is_titled_by_its_slug() {
    let arts = page(
        "SCHOOLS from Page A1\n\n\
         the district would need to hire 14 more bus drivers before August, the superintendent told the board.\n\n\
         Board member Ana Cruz asked whether the routes could be shared with the county.\n\n\
         TRANSIT from Page A1\n\
         Riders want later buses\n\n\
         Riders asked the transit board for buses after 10 p.m. on weeknights.\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "SCHOOLS"), (None, "Riders want later buses")]);
    assert_eq!(arts[0].front.continued_from, Some(1));
    assert!(arts[0].body.starts_with("the district would need"), "{}", arts[0].body);
}

/// `Photo: Jo Hart` / a caption set between two stories that names what the
/// story below tells (`Kestrel Choir`) and nothing of the story above: the
/// picture is the story below's.
#[test]
fn issue3_a_caption_between_stories_goes_to_the_story_it_names() {
    let arts = page(
        "Hall roof to be replaced\nBy Sam Vine\n\n\
         The parish hall's leaking roof will be replaced this summer after the council approved a grant of £20,000.\n\
         Work is due to start in July.\n\n\
         Photo: Jo Hart\n\
         Singers from the Kestrel Choir rehearse for Saturday's spring concert at St Anne's.\n\n\
         Choir marks 40 years with concert\n\
         By Lee Marsh\n\n\
         The Kestrel Choir will celebrate its 40th year with a spring concert on Saturday.\n\
         Tickets are £10 at the door.\n",
    );
    assert_eq!(arts.len(), 2, "{:?}", kickers_and_titles(&arts));
    assert!(!arts[0].body.contains("Kestrel"), "{}", arts[0].body);
    assert!(arts[1].body.contains("Singers from the Kestrel Choir rehearse"), "{}", arts[1].body);
    assert_eq!(
        (arts[0].front.contributors.len(), arts[1].front.contributors.clone()),
        (0, vec!["Jo Hart".to_string()])
    );
}

/// `LOTTERY` set tight over its numbers after the last obituary: a box of
/// its own, not one more item under the `OBITUARIES` label.
#[test]
fn issue3_a_box_after_the_obituaries_takes_no_column_label() {
    let arts = page(
        "Pool fees to rise in June\nBy Kim Ode\n\n\
         Swimming pool fees will rise by a dollar in June, the parks board decided on Monday.\n\n\
         OBITUARIES\n\n\
         Arthur Penn Reyes\n1936 – 2026\n\
         Arthur Penn Reyes, a retired mail carrier, died Monday at his home. He was 89.\n\
         A funeral Mass will be held Friday.\n\n\
         Nora Jean Platt\n1947 – 2026\n\
         Nora Jean Platt, who taught piano to three generations of children, died Sunday. She was 78.\n\n\
         LOTTERY\n\
         Monday's Daily 3: 2-8-5\n\
         Daily 4: 0-6-6-1\n\
         Powerball: 11-24-38-52-67, Powerball 9\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![
            (None, "Pool fees to rise in June"),
            (Some("OBITUARIES"), "Arthur Penn Reyes"),
            (Some("OBITUARIES"), "Nora Jean Platt"),
            (None, "LOTTERY")
        ]
    );
}

/// `COMMUNITY NOTICES` over short notices, each a head over one paragraph:
/// a column of briefs, each notice a piece, no crosshead of the first.
#[test]
fn issue3_community_notices_are_a_column_of_briefs() {
    let arts = page(
        "COMMUNITY NOTICES\n\n\
         Craft group\n\
         The Tuesday craft group meets at 10am in the library meeting room. Bring your own materials.\n\n\
         Bowls open day\n\
         Riverside Bowling Club holds an open day on Sunday from 1pm. Flat-soled shoes only.\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![(Some("COMMUNITY NOTICES"), "Craft group"), (Some("COMMUNITY NOTICES"), "Bowls open day")]
    );
}

/// A standfirst of two sentences set apart from its headline by a blank
/// line, then the byline: the head of the signed story, not a piece alone.
#[test]
fn issue3_a_standfirst_apart_from_its_headline_heads_the_signed_story() {
    let arts = page(
        "ON THE RECORD\n\n\
         'Every bridge I built is still standing'\n\n\
         The county's chief engineer retires on Friday after 38 years. He talked about floods,\n\
         budgets and the one road he would redo.\n\n\
         Interview by ALMA REYES\n\
         Staff Writer\n\n\
         Victor Lund joined the county roads department in 1988 as a surveyor's assistant.\n\n\
         Q: What was your first job?\n\n\
         A: Holding a measuring rod in a ditch in January.\n",
    );
    assert_eq!(arts.len(), 1, "{:#?}", kickers_and_titles(&arts));
    let a = &arts[0];
    assert_eq!(a.front.title, "'Every bridge I built is still standing'");
    assert!(
        a.front.subtitle.as_deref().is_some_and(|s| s.starts_with("The county's chief engineer")),
        "{:?}",
        a.front.subtitle
    );
    assert_eq!(a.front.reporters, vec!["Alma Reyes"]);
    assert!(a.body.starts_with("Victor Lund joined"), "{}", a.body);
}

/// A review's rating over the book's details line, or the film's details
/// line over its rating, between the headline and `Reviewed by`: the head
/// of the review, not a piece of their own.
#[test]
fn issue3_a_reviews_rating_and_details_line_stay_in_its_head() {
    let arts = page(
        "A harbour town in winter\n\n\
         ★★★★\n\
         \"Low Tide\" by Mara Olsen (Fenwick Books, 288 pages, $26)\n\n\
         Reviewed by COLIN WEBB\n\
         Special to the Herald\n\n\
         Olsen's third novel follows a ferry pilot through one hard season.\n\n\
         The prose is plain and exact.\n\n\
         A slow burn in the suburbs\n\n\
         \"Cul-de-Sac\" (PG-13, 1 hr. 44 min.)\n\
         ★★☆☆\n\n\
         By RITA FOSS\n\n\
         The film wants to be a thriller and a comedy at once.\n\n\
         It is neither for long.\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![(None, "A harbour town in winter"), (None, "A slow burn in the suburbs")]
    );
    assert_eq!(arts[0].front.reporters, vec!["Colin Webb"]);
    assert!(arts[0].front.subtitle.as_deref().is_some_and(|s| s.contains("Low Tide")), "{:?}", arts[0].front.subtitle);
    assert_eq!(arts[1].front.reporters, vec!["Rita Foss"]);
    assert!(arts[1].front.subtitle.as_deref().is_some_and(|s| s.contains("★★☆☆")), "{:?}", arts[1].front.subtitle);
    assert!(arts[1].body.starts_with("The film wants"), "{}", arts[1].body);
}

/// The page foot's staff line (`Publisher: X   Editorial Page Editor: Y`,
/// pairs spaced apart) and a desk editor's line whose desk name holds `&`
/// (`Arts & Leisure editor: Name, phone`): no piece and no body text.
#[test]
fn issue3_a_spaced_staff_line_and_an_ampersand_desk_editor_line_are_page_furniture() {
    for foot in ["Food & Drink editor: Lena Ruiz, 555-0190", "Publisher: Ray Dunn   Editorial Page Editor: Joan Pike"] {
        let arts = page(&format!(
            "Keep the pool open in August\n\n\
             The city's plan to close the public pool two weeks early will leave families with nowhere to swim.\n\n\
             Find the money and keep it open.\n\n{foot}\n"
        ));
        assert_eq!(kickers_and_titles(&arts), vec![(None, "Keep the pool open in August")], "{foot}");
        assert!(arts[0].body.trim_end().ends_with("keep it open."), "{foot}: {}", arts[0].body);
    }
}

/// `（综合新华社、法新社）` under the last brief of a `国际简讯` column: the
/// column was compiled from those wires, every brief in it, not the last
/// one alone.
#[test]
fn issue3_a_column_compiled_line_credits_every_brief() {
    let arts = page(
        "环球快讯\n\n\
         日本首相宣布解散众议院\n\n\
         日本首相10日宣布解散众议院，大选定于下月举行。\n\n\
         法国多地举行抗议活动\n\n\
         法国多地10日举行抗议活动，反对养老金改革方案。\n\n\
         巴西南部暴雨致12人死亡\n\n\
         巴西南部地区连日暴雨，已造成至少12人死亡。\n\n\
         （综合新华社、法新社）\n",
    );
    assert_eq!(arts.len(), 3, "{:#?}", kickers_and_titles(&arts));
    for a in &arts {
        assert_eq!(a.front.kicker.as_deref(), Some("环球快讯"), "{}", a.front.title);
        assert_eq!(a.front.agency.as_deref(), Some("新华社、法新社"), "{}", a.front.title);
    }
}

/// `题图：…　蒋立 摄` as the page's last line, after the last of two
/// stories: the picture heads the page over its lead story, which it
/// credits; the story it happens to follow took no picture.
#[test]
fn issue3_a_title_picture_credit_at_the_foot_credits_the_lead() {
    let arts = page(
        "春到古镇游人来\n\n\
         本报讯（记者 王晓 通讯员 李丽）立春以来，古镇迎来大批游客。\n\n\
         古镇负责人介绍，今年新开放了三处院落。\n\n\
         社区食堂开张\n\n\
         本报讯（记者 陈静）城东社区食堂昨日开张，老人用餐可享优惠。\n\n\
         题图：游客在古镇老街游览。　蒋立 摄\n",
    );
    assert_eq!(arts.len(), 2, "{:#?}", kickers_and_titles(&arts));
    assert_eq!(arts[0].front.contributors, vec!["李丽", "蒋立"]);
    assert!(arts[1].front.contributors.is_empty(), "{:?}", arts[1].front.contributors);
    assert_eq!(arts[1].body, "城东社区食堂昨日开张，老人用餐可享优惠。\n");
}

/// `投稿邮箱：…` and `地址：…` together at the page's foot, either order:
/// where readers write to, one block of page furniture, no body text.
#[test]
fn issue3_a_mail_line_and_its_address_at_the_foot_are_page_furniture() {
    for foot in [
        "投稿邮箱：dushu@citynews.cn\n地址：市新华路18号日报社副刊部\n",
        "通讯地址：市新华路18号日报社文艺部\n来稿邮箱：wenyi@citynews.cn\n",
    ] {
        let a = one(&format!("书香满城\n\n本报记者 周琳\n\n全民阅读活动周末在市图书馆启动。\n\n{foot}"));
        assert_eq!(a.body, "全民阅读活动周末在市图书馆启动。\n", "{foot}");
    }
}

/// `欢迎读者来稿，来稿请注明真实姓名和联系方式。` under a readers' column:
/// the paper's call for copy, page furniture, not the last item's text.
#[test]
fn issue3_a_call_for_contributions_under_a_column_is_page_furniture() {
    let arts = page(
        "百姓说事\n\n\
         ■ 小区停车难何时解\n\n\
         家住幸福小区的读者反映，小区车位不足，晚上车辆只能停在消防通道上。\n\n\
         ■ 路灯坏了没人修\n\n\
         读者张先生来电说，建设路一段路灯已经坏了半个月。\n\n\
         欢迎读者踊跃来稿，来稿请注明真实姓名和联系方式。\n",
    );
    let last = arts.last().unwrap();
    assert!(last.body.trim_end().ends_with("坏了半个月。"), "{}", last.body);
    assert!(arts.iter().all(|a| !a.body.contains("来稿")));
}

/// `● 便民信息` over bulleted service notices after a feature's last
/// paragraph: a box of its own, none of the feature's text.
#[test]
fn issue3_bulleted_service_info_after_a_feature_is_a_box_of_its_own() {
    let arts = page(
        "老街上的手艺人\n\n\
         本报记者 刘洋\n\n\
         在城南老街，62岁的周师傅已经修了四十年钟表。\n\n\
         他说，只要还有人来修表，他就会一直干下去。\n\n\
         ● 便民信息\n\n\
         ● 市图书馆春节期间开放时间调整为9:00至17:00。\n\n\
         ● 2月15日起，12路公交车临时绕行解放路。\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "老街上的手艺人"), (None, "便民信息")]);
    assert!(arts[0].body.trim_end().ends_with("一直干下去。"), "{}", arts[0].body);
    assert!(arts[1].body.contains("12路公交车"), "{}", arts[1].body);
}

/// `代表委员说` over delegates' quotes under a wire story: a box of what
/// they said, its own piece, not a crosshead of the story.
#[test]
fn issue3_a_delegates_say_box_after_a_wire_story_is_its_own_piece() {
    let arts = page(
        "政府工作报告提出今年发展主要预期目标\n\n\
         新华社北京3月5日电（记者 王敏 李想）政府工作报告5日提请十四届全国人大审议。\n\n\
         报告提出，今年国内生产总值增长预期目标为5%左右。\n\n\
         代表委员说\n\n\
         “稳就业是重中之重。”全国人大代表张华说，要把更多资源投向就业。\n\n\
         “科技创新要落到企业身上。”全国政协委员李强说。\n",
    );
    assert_eq!(arts.len(), 2, "{:#?}", kickers_and_titles(&arts));
    assert!(!arts[0].body.contains("代表委员说"), "{}", arts[0].body);
    assert_eq!(arts[0].front.agency.as_deref(), Some("新华社"));
    assert!(arts[1].body.contains("稳就业"), "{}", arts[1].body);
}

/// Two `■` items under a column's label, each closed by its writer
/// `（文/X）`: two pieces, both under the label, each its own writer.
#[test]
fn issue3_boxed_items_signed_each_keep_the_column_label() {
    let arts = page(
        "身边好人\n\n\
         ■ 守护山林三十年\n\n\
         护林员老杨每天巡山二十多公里，三十年来山林没有发生一起火灾。\n\n\
         （文/陈明）\n\n\
         ■ 义务辅导留守儿童\n\n\
         退休教师王秀英每周末为村里的留守儿童辅导功课，已坚持八年。\n\n\
         （文/李娟）\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![(Some("身边好人"), "守护山林三十年"), (Some("身边好人"), "义务辅导留守儿童")]
    );
    assert_eq!(arts[0].front.reporters, vec!["陈明"]);
    assert_eq!(arts[1].front.reporters, vec!["李娟"]);
}

/// A box score in capitals (`HAWKS 64, TIGERS 58`) set tight under the
/// game story: one block of the story, its lines kept, not a paragraph a
/// line nor a piece of its own.
#[test]
fn issue3_a_box_score_under_its_story_is_one_block() {
    let arts = page(
        "Hawks hold off Tigers\n\n\
         By Sam Ortiz\n\n\
         Jordan Bell scored 22 points and the Hawks held on to beat the Tigers on Friday night.\n\n\
         HAWKS 64, TIGERS 58\n\
         TIGERS (58): Reed 4 2-2 10, Mills 6 0-0 14, Park 3 1-2 7, Cruz 5 4-6 15, Diaz 5 2-2 12. Totals 23 9-12 58.\n\
         HAWKS (64): Bell 8 4-5 22, Young 3 2-2 8, Ford 4 0-0 9, Hart 6 3-4 15, Lane 4 2-2 10. Totals 25 11-13 64.\n\
         Halftime: Hawks 33-27. 3-pointers: Tigers 3 (Mills 2, Cruz), Hawks 3 (Bell 2, Ford).\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "Hawks hold off Tigers")]);
    let body = &arts[0].body;
    assert!(
        body.contains("HAWKS 64, TIGERS 58\nTIGERS (58): Reed")
            && body.contains("Totals 25 11-13 64.\nHalftime: Hawks 33-27."),
        "{body}"
    );
}

/// A deck of two short sentences set tight under its headline, the byline
/// below after a blank line: the story's subtitle; the story is one piece.
#[test]
fn issue3_a_tight_two_sentence_deck_stays_with_its_story() {
    let arts = page(
        "School board picks new superintendent\n\
         The vote was 5-2. She starts July 1.\n\n\
         By Lee Carver\n\n\
         The school board on Tuesday named Angela Ruiz as the district's next superintendent.\n\n\
         Ruiz has led the Westfield district since 2019.\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "School board picks new superintendent")]);
    assert_eq!(arts[0].front.subtitle.as_deref(), Some("The vote was 5-2. She starts July 1."));
    assert_eq!(arts[0].front.reporters, vec!["Lee Carver"]);
    assert!(arts[0].body.starts_with("The school board"), "{}", arts[0].body);
}

/// A letter signed with the name over the town, each on its own line: the
/// writer is the letter's reporter and the signature one block with its
/// lines kept, not two paragraphs.
#[test]
fn issue3_a_letters_name_over_town_signature_is_one_block() {
    let arts = page(
        "LETTERS TO THE EDITOR\n\n\
         Bike lanes make our streets safer\n\n\
         The new bike lanes on Main Street have made my commute safer. Drivers slow down and there is room for everyone.\n\n\
         I hope the council adds more of them.\n\n\
         Karen Walsh\n\
         Oak Park\n\n\
         Keep the library open late\n\n\
         Closing the library at 6 p.m. hurts students who work after school. Please restore evening hours.\n\n\
         Tom Briggs\n\
         Riverside\n",
    );
    assert_eq!(arts.len(), 2, "{:#?}", kickers_and_titles(&arts));
    assert_eq!(arts[0].front.reporters, vec!["Karen Walsh"]);
    assert!(arts[0].body.ends_with("of them.\n\nKaren Walsh\\\nOak Park\n"), "{}", arts[0].body);
    assert_eq!(arts[1].front.reporters, vec!["Tom Briggs"]);
    assert!(arts[1].body.ends_with("hours.\n\nTom Briggs\\\nRiverside\n"), "{}", arts[1].body);
}

/// `WRITE TO US` over the letters desk's postal address, its e-mail and
/// the letters' terms: the box is titled by its label; the address, a
/// street and a ZIP code, is no headline.
#[test]
fn issue3_a_write_to_us_box_is_titled_by_its_label() {
    let arts = page(
        "Keep the pool open in August\n\n\
         The city's plan to close the public pool two weeks early will leave families with nowhere to swim.\n\n\
         Find the money and keep it open.\n\n\
         WRITE TO US\n\
         Letters to the Editor, The Daily Courier, 200 Main St., Springfield, IL 62701\n\
         Email: letters@dailycourier.com\n",
    );
    assert_eq!(arts[0].front.title, "Keep the pool open in August");
    assert!(arts[0].body.trim_end().ends_with("keep it open."), "{}", arts[0].body);
    assert!(arts.iter().all(|a| !a.front.title.contains("Main St.")), "{:#?}", kickers_and_titles(&arts));
    if let Some(b) = arts.get(1) {
        assert_eq!(b.front.title, "WRITE TO US");
        assert!(b.body.contains("200 Main St."), "{}", b.body);
    }
}

/// Two profiles, each closed by its writer run on after the last sentence
/// (`…最后一个离开。（文/陈明）`): each signs its own piece, two pieces, no
/// credit left in the text.
#[test]
fn issue3_profiles_each_signed_after_the_last_sentence_are_two_pieces() {
    let arts = page(
        "大山里的孩子王\n\n\
         张丽在山区小学任教已有十五年。她每天清晨第一个到校，傍晚最后一个离开。（文/陈明）\n\n\
         一个人的学校\n\n\
         王建国是村小唯一的老师，语文、数学、音乐他都教。（文／李娟）\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "大山里的孩子王"), (None, "一个人的学校")]);
    assert_eq!(arts[0].front.reporters, vec!["陈明"]);
    assert_eq!(arts[1].front.reporters, vec!["李娟"]);
    assert!(arts.iter().all(|a| !a.body.contains('文') || !a.body.contains('（')), "{:#?}", arts);
}

/// `■` profiles of two paragraphs each under a column's label, each closed
/// by its writer on a line of its own: each a piece under the label.
#[test]
fn issue3_boxed_profiles_of_several_paragraphs_each_signed_keep_the_label() {
    let arts = page(
        "最美乡村教师\n\n\
         ■ 张丽：大山里的“孩子王”\n\n\
         张丽在山区小学任教已有十五年。她每天清晨第一个到校，傍晚最后一个离开。\n\n\
         去年，她带的班级在全县统考中名列前茅。\n\n\
         （文/陈明）\n\n\
         ■ 王建国：一个人的学校\n\n\
         王建国是村小唯一的老师，语文、数学、音乐他都教。\n\n\
         他说，只要还有一个孩子，学校就不能关门。\n\n\
         （文/李娟）\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![(Some("最美乡村教师"), "张丽：大山里的“孩子王”"), (Some("最美乡村教师"), "王建国：一个人的学校")]
    );
    assert_eq!(arts[1].front.reporters, vec!["李娟"]);
    assert!(arts[0].body.contains("名列前茅"), "{}", arts[0].body);
}

/// `Reviewed by X` under a review's headline, then the book's details line
/// (`"Title" by Author (Press, 312 pages, $27)`): the reviewer is the
/// reporter and the details line the review's text, no crosshead; the
/// next story on the arts page is a piece of its own.
#[test]
fn issue3_a_book_details_line_under_the_reviewer_is_no_crosshead() {
    let arts = page(
        "ARTS & BOOKS\n\n\
         A quiet novel about a loud family\n\n\
         Reviewed by Nora Kell\n\n\
         \"The Brennans\" by Paul Ashe (Harbor Press, 312 pages, $27)\n\n\
         Paul Ashe's new novel follows five siblings over one summer at the family's lake house.\n\n\
         The book is funny and sad at once, and its last chapter is the best thing Ashe has written.\n\n\
         Choir marks 50 years with spring concert\n\n\
         By Ed Mraz\n\n\
         The Valley Chorale will mark its 50th season with a concert on Saturday at First Lutheran Church.\n",
    );
    assert_eq!(arts.len(), 2, "{:#?}", kickers_and_titles(&arts));
    assert_eq!(arts[0].front.title, "A quiet novel about a loud family");
    assert_eq!(arts[0].front.reporters, vec!["Nora Kell"]);
    assert!(arts[0].body.starts_with("\"The Brennans\" by Paul Ashe"), "{}", arts[0].body);
    assert!(!arts[0].body.contains("## "), "{}", arts[0].body);
    assert_eq!(arts[1].front.reporters, vec!["Ed Mraz"]);
}

/// `UV INDEX` over its two readings and `MARKETS` over its rows, set after
/// a story: two service boxes, each a piece titled by its label, none of
/// the story's text.
#[test]
fn issue3_service_boxes_after_a_story_are_pieces_of_their_own() {
    let arts = page(
        "Storm knocks out power to 3,000\n\n\
         By Jan Cole\n\n\
         A line of storms knocked out power to about 3,000 homes on Tuesday evening.\n\n\
         UV INDEX\n\
         Today: 7 High\n\
         Tomorrow: 5 Moderate\n\n\
         MARKETS\n\
         Dow 38,712.21 +125.08\n\
         S&P 500 5,187.70 +8.41\n\
         Nasdaq 16,265.64 +21.24\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![(None, "Storm knocks out power to 3,000"), (None, "UV INDEX"), (None, "MARKETS")]
    );
    assert_eq!(arts[0].body, "A line of storms knocked out power to about 3,000 homes on Tuesday evening.\n");
    assert!(arts[1].body.contains("Tomorrow: 5 Moderate"), "{}", arts[1].body);
    assert!(arts[2].body.contains("Nasdaq 16,265.64"), "{}", arts[2].body);
}

/// `ABOUT TOM BECKER` over `Age: 64` / `Hometown: …` after the story about
/// him: a box of facts of its own, titled by its label, not by its first
/// field and not a crosshead of the story.
#[test]
fn issue3_a_bio_box_is_titled_by_its_label() {
    for gap in ["\n", "\n\n"] {
        let arts = page(&format!(
            "Mayor seeks third term\n\n\
             By Paul Nix\n\n\
             Mayor Tom Becker said Wednesday he will run for a third term in November.\n\n\
             Becker, a Democrat, was first elected in 2018.\n\n\
             ABOUT TOM BECKER{gap}\
             Age: 64\n\
             Hometown: Rockford\n\
             Family: Married, three children\n"
        ));
        assert_eq!(
            kickers_and_titles(&arts),
            vec![(None, "Mayor seeks third term"), (None, "ABOUT TOM BECKER")],
            "{gap:?}"
        );
        assert!(arts[0].body.trim_end().ends_with("elected in 2018."), "{}", arts[0].body);
        assert!(arts[1].body.starts_with("Age: 64"), "{}", arts[1].body);
    }
}

/// `NAIROBI, Kenya` over a brief's headline in a world briefs column: the
/// brief's dateline as an American paper sets it (city in capitals, then
/// the country or state), not its headline.
#[test]
fn issue3_a_brief_place_with_its_country_after_a_comma_is_the_dateline() {
    let arts = page(
        "WORLD BRIEFS\n\
         TOKYO\n\
         Japan's economy shrinks in first quarter\n\
         Japan's economy contracted at an annualized rate of 0.7% in the first quarter, data showed.\n\
         NAIROBI, Kenya\n\
         Floods displace thousands\n\
         Heavy rains have displaced more than 15,000 people in western Kenya, the Red Cross said Thursday.\n",
    );
    let titles: Vec<&str> = arts.iter().map(|a| a.front.title.as_str()).collect();
    assert_eq!(titles, vec!["Japan's economy shrinks in first quarter", "Floods displace thousands"]);
    let place = arts[1].front.dateline.as_ref().and_then(|d| d.place.as_deref());
    assert_eq!(place, Some("Nairobi, Kenya"));
    assert!(arts[1].body.starts_with("Heavy rains"), "{}", arts[1].body);
}

/// `通讯员　孔维　摄影报道` under a story's last sentence, over the
/// `（上接第一版）` of another story's jumped part: the writer signing the
/// story above, not a byline of the jumped part.
#[test]
fn issue3_a_sign_off_over_a_jumped_part_signs_the_story_above() {
    let arts = page(
        "北岭区举行青年人才招聘会\n\
         5月23日，北岭区2026年青年人才专场招聘会在区人才市场举行，共吸引120余家企业\n\
         参会，提供就业岗位3800余个，现场达成就业意向1260人。\n\
         通讯员　孔维　摄影报道\n\n\
         （上接第一版）\n\
         会议强调，要持续深化“放管服”改革，进一步优化营商环境，为各类市场主体\n\
         投资兴业提供更加便利的条件。\n",
    );
    assert_eq!(arts.len(), 2, "{:#?}", arts.iter().map(|a| &a.front.title).collect::<Vec<_>>());
    assert_eq!(arts[0].front.contributors, vec!["孔维"]);
    assert!(arts[1].front.contributors.is_empty() && arts[1].front.reporters.is_empty(), "{:?}", arts[1].front);
    assert_eq!(arts[1].front.continued_from, Some(1));
}

/// `新闻线索` over `本报读者热线：96111` over `微信公众号：城市晚报` between
/// two stories: the paper's box asking for tips, no piece and no head of
/// the story under it.
#[test]
fn issue3_a_tip_box_label_and_account_lines_go_with_the_hotline() {
    let arts = page(
        "小区电梯频繁“罢工” 居民盼早日更换\n\
         晚报讯（记者 林静）近一个月来，翠湖小区5栋的电梯频繁出故障。\n\
         物业表示，已申请动用维修基金更换电梯。\n\n\
         新闻线索\n\
         本报读者热线：96111\n\
         微信公众号：城市晚报\n\
         线索一经采用，即付报酬。\n\n\
         男子醉驾撞上护栏 还称“只喝了一瓶啤酒”\n\
         晚报讯（通讯员 交宣 记者 黄小明）5月20日凌晨，一名男子驾驶小轿车撞上道路护栏。\n\
         目前，该男子已被依法采取刑事强制措施。\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![(None, "小区电梯频繁“罢工” 居民盼早日更换"), (None, "男子醉驾撞上护栏 还称“只喝了一瓶啤酒”")]
    );
    assert!(!arts[0].body.contains("微信") && !arts[1].body.contains("微信"), "{}", arts[1].body);
    assert_eq!(arts[1].front.reporters, vec!["黄小明"]);
}

/// `— Submitted by Maple Ridge Middle School` under a community note's
/// last sentence, over the next headline: who sent the note in, signing
/// it after a dash; not the deck of the story below.
#[test]
fn issue3_a_dashed_submitted_by_line_signs_the_note_above() {
    let arts = page(
        "Students earn honors at science fair\n\
         Three Maple Ridge Middle School students brought home top honors from\n\
         the regional science fair held May 16 at Central State University.\n\
         — Submitted by Maple Ridge Middle School\n\n\
         Library lists summer programs\n\
         By TOM BECKER\n\
         Staff Writer\n\
         The Maple Ridge Public Library will kick off its summer reading program\n\
         June 8 with a family carnival on the library lawn.\n\
         Teen and adult programs include a mystery book club, a knitting circle\n\
         and a series of computer classes for seniors.\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![(None, "Students earn honors at science fair"), (None, "Library lists summer programs")]
    );
    assert_eq!(arts[1].front.subtitle, None);
    assert!(arts[1].body.starts_with("The Maple Ridge Public Library"), "{}", arts[1].body);
    assert!(!arts[0].body.contains("Submitted"), "{}", arts[0].body);
}

/// `HERALD-TRIBUNE | SUNDAY, MAY 24, 2026 | 3B` over `LOCAL`: a paper named
/// by two masthead words joined by a hyphen is the paper, so the line under
/// the folio names the section.
#[test]
fn issue3_a_hyphenated_masthead_in_the_folio_is_the_paper_not_the_section() {
    let arts = page(
        "HERALD-TRIBUNE | SUNDAY, MAY 24, 2026 | 3B\n\
         LOCAL\n\n\
         Council delays vote on parking fees\n\
         By MARK STEVENS\n\
         The City Council on Thursday postponed a vote on raising downtown\n\
         parking meter rates after business owners packed the chambers to\n\
         object.\n\
         Council members will take up the measure again June 11.\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "Council delays vote on parking fees")]);
    assert_eq!(arts[0].front.section.as_deref(), Some("Local"));
}

/// A pull quote repeating the story's words, with its speaker under it and
/// no dash (`Dan Morales, city engineer`): both are layout; the name is no
/// crosshead of the story.
#[test]
fn issue3_an_undashed_speaker_under_a_repeated_pull_quote_goes_with_it() {
    let a = one("Riverfront trail nears completion\n\
         By JENNIFER OKAFOR\n\
         After more than a decade of planning and two rounds of federal grants,\n\
         the Riverfront Trail is finally nearing completion, city engineer Dan\n\
         Morales said Friday.\n\
         \"People have been asking about this for years,\" Morales said. \"We're\n\
         almost there.\"\n\
         \"People have been asking about this for years. We're almost there.\"\n\
         Dan Morales, city engineer\n\
         The trail will connect downtown with Lakeside Park and include\n\
         benches, lighting and three fishing piers along the way.\n");
    assert!(!a.body.contains("city engineer\n") && !a.body.contains("## Dan"), "{}", a.body);
    assert!(a.body.trim_end().ends_with("fishing piers along the way."), "{}", a.body);
}

/// `IF YOU GO` over `What: …` / `When: …` / `Where: …` / `Cost: Free` under
/// a story's last sentence: the story's fact box, its fields whole and each
/// on its line; no piece titled by its first field.
#[test]
fn issue3_a_fact_box_of_short_fields_stays_the_storys_and_keeps_its_rows() {
    for label in ["IF YOU GO", "FAST FACTS"] {
        let arts = page(&format!(
            "Library lists summer programs\n\
             By TOM BECKER\n\
             The Maple Ridge Public Library will kick off its summer reading program\n\
             June 8 with a family carnival on the library lawn, organizers said.\n\
             Teen and adult programs include a mystery book club, a knitting circle\n\
             and a series of computer classes for seniors.\n\
             {label}\n\
             What: Summer reading kickoff carnival\n\
             Length: 4.1 miles\n\
             Cost: $12.8 million\n\
             Where: Maple Ridge Public Library, 220 Main St.\n\n\
             Council delays vote on parking fees\n\
             By MARK STEVENS\n\
             The City Council on Thursday postponed a vote on raising downtown\n\
             parking meter rates after business owners packed the chambers.\n"
        ));
        assert_eq!(
            kickers_and_titles(&arts),
            vec![(None, "Library lists summer programs"), (None, "Council delays vote on parking fees")],
            "{label}"
        );
        let body = &arts[0].body;
        assert!(body.contains("What: Summer reading kickoff carnival"), "{label}: {body}");
        assert!(!body.contains("4.1 miles Cost"), "{label}: {body}");
    }
}

/// `FAST FACTS` over `Length: 4.1 miles` / `Cost: $12.8 million` right
/// under the label: two fields, each short as a headline's line, are two
/// rows of the box, not one headline broken by its column.
#[test]
fn issue3_a_fact_boxs_first_two_fields_are_not_one_broken_head() {
    let a = one("Riverfront trail nears completion\n\
         By JENNIFER OKAFOR\n\
         After more than a decade of planning and two rounds of federal grants,\n\
         the Riverfront Trail is finally nearing completion, officials said.\n\
         The trail will connect downtown with Lakeside Park and include\n\
         benches, lighting and three fishing piers.\n\
         FAST FACTS\n\
         Length: 4.1 miles\n\
         Cost: $12.8 million\n\
         Opening: July 4\n\
         Funding: Federal grants, city bonds\n");
    assert!(a.body.contains("Length: 4.1 miles\n") && a.body.contains("Cost: $12.8 million\n"), "{}", a.body);
}

/// `文匯報` alone under a Hong Kong page's running head, the page's leads
/// opening `香港文匯報訊`: the paper's name, not the first story's kicker.
#[test]
fn issue3_the_papers_name_under_the_folio_that_its_leads_name_is_no_kicker() {
    let arts = page(
        "港聞　A12　　　　　　　　　　　　　　　　　　2026年5月22日　星期五\n\
         文匯報\n\n\
         港府推「北都」新一輪土地招標\n\
         【本報訊】（記者 陳嘉欣）特區政府昨日公布北部都會區新一輪土地招標安排。\n\
         有測量師估計，兩幅用地總值約50億元至60億元。\n\n\
         教育局：下學年增設中一派位學額\n\
         香港文匯報訊（記者 張偉明）教育局昨日宣布，下學年將在多區增設中一派位學額。\n",
    );
    assert_eq!(
        kickers_and_titles(&arts),
        vec![(None, "港府推「北都」新一輪土地招標"), (None, "教育局：下學年增設中一派位學額")]
    );
    assert_eq!(arts[0].front.section.as_deref(), Some("港聞"));
}

/// `Andrea Collins is a public health nurse and former county
/// commissioner.` on the one line under an op-ed's byline, as wide as the
/// column: the writer's tagline, a paragraph apart from the text under it.
#[test]
fn issue3_a_full_width_tagline_under_the_byline_is_its_own_paragraph() {
    let a = one("Opioid settlement money must be spent wisely\n\
         By ANDREA COLLINS\n\
         Andrea Collins is a public health nurse and former county commissioner.\n\
         The county will receive $6.2 million over the next 18 years from the\n\
         national opioid settlement. That money should go to treatment, not\n\
         to patch holes in the general fund.\n\
         Too often, settlement funds have been treated as a windfall by boards.\n");
    assert!(
        a.body.starts_with("Andrea Collins is a public health nurse and former county commissioner.\n\nThe county"),
        "{}",
        a.body
    );
}

/// `The following editorial appeared in The Island Record on May 20:` over
/// a reprinted editorial: the note on where it ran, a paragraph of its own.
#[test]
fn issue3_a_reprint_note_over_another_papers_editorial_is_its_own_paragraph() {
    let a = one("Ferry fare hike is a toll on islanders\n\
         The following editorial appeared in The Island Record on May 20:\n\
         Raising ferry fares by 15% would hit hardest the very people who have\n\
         no other way to reach the mainland for medical care and work.\n\
         The state should look first to its own administrative costs before\n\
         asking islanders to pay more.\n");
    assert!(
        a.body.starts_with("The following editorial appeared in The Island Record on May 20:\n\nRaising"),
        "{}",
        a.body
    );
}

/// `IF YOU GO` and its fields as the page's last lines, under the story's
/// last sentence: the story's fact box, not a piece titled by its first
/// field (`What: …`). (The probe page of round 212 that showed it, cut
/// down; the test above has another story after the box.)
#[test]
fn issue3_a_fact_box_closing_the_page_stays_its_storys() {
    let arts = page(
        "Library lists summer programs\n\
         By TOM BECKER\n\
         Staff Writer\n\
         The Maple Ridge Public Library will kick off its summer reading program\n\
         June 8 with a family carnival on the library lawn.\n\
         This year's theme is \"Adventure Begins at Your Library.\" Children who\n\
         read 20 books by Aug. 1 will receive a free book and a ticket to a\n\
         Riverhawks baseball game.\n\
         Teen and adult programs include a mystery book club, a knitting circle\n\
         and a series of computer classes for seniors.\n\
         IF YOU GO\n\
         What: Summer reading kickoff carnival\n\
         When: 10 a.m.-1 p.m. June 8\n\
         Where: Maple Ridge Public Library, 220 Main St.\n\
         Cost: Free\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "Library lists summer programs")]);
    let body = &arts[0].body;
    assert!(body.contains("What: Summer reading kickoff carnival\n\nWhen: 10 a.m.-1 p.m. June 8"), "{body}");
    assert!(body.trim_end().ends_with("Cost: Free"), "{body}");
}

/// An editorial page as the round 212 probe set it: under `OTHER VIEWS`,
/// `The following editorial appeared in …:` over the reprinted text, and
/// an op-ed writer's tagline on the line under the byline. Each is a
/// paragraph of its own, not run into the text's opening (the tests above
/// give the two alone, where the lines were never joined).
#[test]
fn issue3_on_an_editorial_page_the_reprint_note_and_the_writers_tagline_stand_apart() {
    let arts = page(
        "OUR VIEW\n\
         School budget deserves a yes vote\n\
         Voters in the Valley Unified School District will decide June 2 whether\n\
         to approve a $48 million budget that keeps class sizes steady and\n\
         restores two bus routes cut last year.\n\
         The budget is responsible. It raises the tax levy by 1.9%, under the\n\
         state cap, and draws down reserves only modestly.\n\
         We urge a yes vote.\n\
         — The Valley Gazette Editorial Board\n\n\
         OTHER VIEWS\n\
         Ferry fare hike is a toll on islanders\n\
         The following editorial appeared in The Island Record on May 20:\n\
         Raising ferry fares by 15% would hit hardest the very people who have\n\
         no other way to reach the mainland for medical care and work.\n\
         The state should look first to its own administrative costs before\n\
         asking islanders to pay more.\n\n\
         Opioid settlement money must be spent wisely\n\
         By ANDREA COLLINS\n\
         Andrea Collins is a public health nurse and former county commissioner.\n\
         The county will receive $6.2 million over the next 18 years from the\n\
         national opioid settlement. That money should go to treatment, not\n\
         to patch holes in the general fund.\n\
         Too often, settlement funds have been treated as a windfall.\n",
    );
    let body = |title: &str| {
        arts.iter()
            .find(|a| a.front.title == title)
            .map(|a| a.body.clone())
            .unwrap_or_else(|| panic!("{title}: {:?}", arts.iter().map(|a| &a.front.title).collect::<Vec<_>>()))
    };
    let reprint = body("Ferry fare hike is a toll on islanders");
    assert!(
        reprint.starts_with("The following editorial appeared in The Island Record on May 20:\n\nRaising"),
        "{reprint}"
    );
    let op_ed = body("Opioid settlement money must be spent wisely");
    assert!(
        op_ed.starts_with("Andrea Collins is a public health nurse and former county commissioner.\n\nThe county"),
        "{op_ed}"
    );
}

/// `读者 张三 本报记者 李四 整理` and `口述 张三 本报记者 李四 整理` under a
/// letter's or an as-told-to story's headline: the reader writes, the teller
/// tells, the reporter writes it down. The line was read as the headline
/// (the real one its kicker), naming no one. Run together, `读者来电` and
/// `口述实录` stay columns' labels.
#[test]
fn issue3_a_letter_or_told_story_written_down_by_a_reporter_credits_both() {
    let letter = |credit: &str| {
        one(&format!(
            "小区停车难何时解\n\n{credit}\n\n我家住在淇滨区某小区，小区内车位严重不足，每天晚上都要为停车发愁。希望有关部门能够重视这个问题。\n"
        ))
    };
    let a = letter("读者　张三　本报记者　李四　整理");
    assert_eq!((a.front.kicker.as_deref(), a.front.title.as_str()), (None, "小区停车难何时解"));
    assert_eq!(a.front.reporters, ["张三", "李四"]);
    assert_eq!(a.front.agency.as_deref(), Some("本报"));
    assert!(a.body.starts_with("我家住在"), "{}", a.body);
    // (A reader alone under the headline signs the letter too.)
    let a = letter("读者　张三");
    assert_eq!((a.front.kicker.as_deref(), a.front.title.as_str()), (None, "小区停车难何时解"));
    assert_eq!(a.front.reporters, ["张三"]);
    let a = letter("口述　张三　本报记者　李四　整理");
    assert_eq!(a.front.title, "小区停车难何时解");
    assert_eq!(
        (a.front.reporters.as_slice(), a.front.contributors.as_slice()),
        (&["李四".to_string()][..], &["张三".to_string()][..])
    );
    let a = letter("讲述人　张三　记者　李四　整理");
    assert_eq!(
        (a.front.reporters.as_slice(), a.front.contributors.as_slice()),
        (&["李四".to_string()][..], &["张三".to_string()][..])
    );
    for label in ["读者来电", "口述实录"] {
        let a = one(&format!(
            "{label}\n\n小区停车难何时解\n\n本报讯（记者 李四）我家住在淇滨区某小区，小区内车位严重不足。\n\n希望有关部门能够重视这个问题。\n"
        ));
        assert_eq!((a.front.kicker.as_deref(), a.front.title.as_str()), (Some(label), "小区停车难何时解"));
        assert_eq!(a.front.reporters, ["李四"]);
    }
}

/// `在此，希望有关部门能够重视这个问题！` over `本报记者 李四` over the next
/// piece's label and headline: a letter's last sentence, an exclamation as
/// short as a headline, and who signs it. It was read as a piece of its own
/// under that headline, signed by the byline, the letter above unsigned.
#[test]
fn issue3_a_byline_under_an_exclaimed_last_sentence_over_the_next_head_signs_the_piece_above() {
    for credit in ["本报记者　李四", "读者　张三　本报记者　李四　整理"] {
        let arts = page(&format!(
            "小区停车难何时解\n\n我家住在淇滨区某小区，小区内车位严重不足，每天晚上都要为停车发愁。\n\n\
             在此，希望有关部门能够重视这个问题！\n\n{credit}\n\n社区公告\n\n关于开展检查的通知\n\n各位居民：\n\n请各位居民及时清理楼道杂物。\n"
        ));
        assert_eq!(
            kickers_and_titles(&arts),
            vec![(None, "小区停车难何时解"), (Some("社区公告"), "关于开展检查的通知")],
            "{credit}"
        );
        assert!(arts[0].front.reporters.contains(&"李四".to_string()), "{:?}", arts[0].front);
        assert!(arts[0].body.trim_end().ends_with("重视这个问题！"), "{}", arts[0].body);
    }
}

/// `本报记者 李四 采访整理`, `作者 张三`, `撰稿 张三` under a headline and over
/// the text: the writer's byline. Each was read as the headline, the real
/// one its kicker, and named no one.
#[test]
fn issue3_a_writer_named_as_author_or_interviewer_under_the_headline_signs_it() {
    for (credit, writer) in [
        ("本报记者　李四　采访整理", "李四"),
        ("作者　张三", "张三"),
        ("作者：张三", "张三"),
        ("撰稿　张三", "张三"),
        ("特约撰稿人　张三", "张三"),
    ] {
        let a = one(&format!(
            "小区停车难何时解\n\n{credit}\n\n我家住在淇滨区某小区，小区内车位严重不足，每天晚上都要为停车发愁。希望有关部门能够重视这个问题。\n"
        ));
        assert_eq!((a.front.kicker.as_deref(), a.front.title.as_str()), (None, "小区停车难何时解"), "{credit}");
        assert_eq!(a.front.reporters, [writer], "{credit}");
        assert!(a.body.starts_with("我家住在"), "{credit}: {}", a.body);
    }
    // (Under the text, over the next piece's heads, `作者 张三` signs the
    // piece as `读者 张三` does: the name the credit, the line no text.)
    let arts = page(
        "小区停车难何时解\n\n我家住在淇滨区某小区，小区内车位严重不足。\n\n希望有关部门能够重视这个问题。\n\n\
         作者　张三\n\n社区公告\n\n关于开展检查的通知\n\n请各位居民及时清理楼道杂物。\n",
    );
    assert_eq!(kickers_and_titles(&arts), vec![(None, "小区停车难何时解"), (Some("社区公告"), "关于开展检查的通知")]);
    assert_eq!(arts[0].front.reporters, ["张三"]);
    assert!(arts[0].body.trim_end().ends_with("重视这个问题。"), "{}", arts[0].body);
}
