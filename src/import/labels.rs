//! Import step, before `wrap`: a page exported with its fields labelled.
//! Many e-paper systems copy a page's text out article by article, each
//! field on a line of its own under its label (`引题：`, `标题：`, `副题：`,
//! `作者：`, `正文：`), with the reader's links between articles (`上一篇
//! 下一篇 返回目录`). Such a page says where each article starts and what
//! each line is: the records are cut here and each is read as one article
//! (its body through the usual steps); nothing is guessed from the layout.

use super::text::static_re;
use regex::Regex;
use std::sync::OnceLock;

/// One article of a labelled page, as its labels give it.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Record {
    pub kicker: Option<String>,
    pub title: Option<String>,
    pub subtitle: Option<String>,
    /// What `作者：` says (`本报记者 高远 通讯员 吕春华`).
    pub author: Option<String>,
    /// What `来源：` says (`新华社`).
    pub source: Option<String>,
    /// The body's lines as the export gave them, blank lines kept, and the
    /// page's line number of the first (1-based).
    pub body: String,
    pub body_line: usize,
    /// The page's line number where the record starts (for messages).
    pub line: usize,
}

/// A labelled page: the lines above its first record (the folio) and its
/// records, with the section a `版名：` label names.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Labelled {
    pub head: String,
    pub records: Vec<Record>,
    pub section: Option<String>,
}

/// The labels a record's fields have, by what they fill.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Kicker,
    Title,
    Subtitle,
    Author,
    Source,
    Section,
    /// A field gazette keeps elsewhere (`日期：`, `版次：`, `字数：`).
    Dropped,
    Body,
}

fn field_of(label: &str) -> Option<Field> {
    let label = super::text::fold_traditional(label);
    Some(match label.as_ref() {
        "引题" | "肩题" | "眉题" | "上标题" => Field::Kicker,
        "标题" | "主标题" | "主题" | "正标题" | "题目" => Field::Title,
        "副题" | "副标题" | "子标题" | "下标题" => Field::Subtitle,
        "作者" | "作者信息" | "署名" => Field::Author,
        "来源" | "稿源" | "稿件来源" => Field::Source,
        "版名" | "版面" => Field::Section,
        // A newspaper database's record (`报纸名称：`, `报纸日期：`, `版号：`,
        // `关键词：`) says again what the issue and its page already say.
        "日期" | "版次" | "字数" | "期数" | "刊期" | "栏目" | "报纸名称" | "报纸名" | "报名" | "报纸日期"
        | "出版日期" | "见报日期" | "刊发日期" | "发布日期" | "发布时间" | "版号" | "版面号" | "页码" | "关键词"
        | "关键字" | "分类号" | "责任编辑" | "责编" => Field::Dropped,
        "正文" | "内容" => Field::Body,
        _ => return None,
    })
}

/// `标题：石桥镇：艾草“点绿成金”` → (Title, `石桥镇：艾草“点绿成金”`);
/// also `【标题】石桥镇…`, which exports that set the label in brackets give
/// with no colon.
fn labelled(line: &str) -> Option<(Field, &str)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = static_re(
        &RE,
        r"^[\s\u{3000}]*(?:[【\[](\p{Han}{2,4})[】\]][\s\u{3000}]*[:：]?|(\p{Han}{2,4})[\s\u{3000}]*[:：])[\s\u{3000}]*(.*?)[\s\u{3000}]*$",
    );
    let c = re.captures(line)?;
    let label = c.get(1).or_else(|| c.get(2))?.as_str();
    Some((field_of(label)?, c.get(3)?.as_str()))
}

/// `第04版：经济·区域`, `A04版 要闻`: a `版面：` field names the page's number
/// with its name; the name is the section.
fn section_name(value: &str) -> String {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = static_re(&RE, r"^第?[\s\u{3000}]*[A-Za-z]?\d{1,3}[\s\u{3000}]*版[\s\u{3000}:：]*");
    re.replace(value, "").trim().to_string()
}

/// `上一篇　　下一篇　　返回目录`, `【打印本页】【关闭窗口】`: an e-paper's
/// links to the next article, the contents, the printer. Furniture
/// wherever it stands; between a labelled page's records, where one ends.
pub fn is_reader_links(line: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    static STRONG: OnceLock<Regex> = OnceLock::new();
    let re = static_re(
        &RE,
        r"^(?:[\s\u{3000}|｜]*[【\[<《]?(?:上一篇|下一篇|上一版|下一版|返回目录|返回首页|返回本版|返回顶部|打印本页|打印|关闭窗口|关闭|字号|放大|缩小|默认|大|中|小|分享到|收藏)[】\]>》]?)+[\s\u{3000}|｜]*$",
    );
    let strong = static_re(&STRONG, r"上一篇|下一篇|返回目录|返回首页|返回本版|打印本页|关闭窗口|上一版|下一版");
    re.is_match(line) && strong.is_match(line)
}

/// The page read as labelled records, if it is one: a `标题：` line and
/// another label of a record (`正文：`, `作者：`, `引题：`, `副题：`) or the
/// reader's links between articles. A story quoting a `标题：` line is no
/// such page: the labels must open lines of their own.
pub fn read_labelled(text: &str) -> Option<Labelled> {
    let lines: Vec<&str> = text.lines().collect();
    let fields: Vec<Option<(Field, &str)>> = lines.iter().map(|l| labelled(l)).collect();
    let titles = fields.iter().flatten().filter(|f| f.0 == Field::Title).count();
    let others = fields
        .iter()
        .flatten()
        .filter(|f| matches!(f.0, Field::Body | Field::Author | Field::Kicker | Field::Subtitle))
        .count();
    let links = lines.iter().any(|l| is_reader_links(l));
    if titles == 0 || (others == 0 && !links) {
        return None;
    }
    let mut page = Labelled::default();
    let mut head: Vec<&str> = Vec::new();
    let mut current: Option<Record> = None;
    // In a record, once its text has started: a head label then opens the next.
    let mut in_body = false;
    let finish = |r: Option<Record>, page: &mut Labelled| {
        if let Some(r) = r.filter(|r| r.title.is_some() || !r.body.trim().is_empty()) {
            page.records.push(r);
        }
    };
    for (i, (line, field)) in lines.iter().zip(&fields).enumerate() {
        let no = i + 1;
        if is_reader_links(line) {
            finish(current.take(), &mut page);
            in_body = false;
            continue;
        }
        match field {
            Some((f @ (Field::Kicker | Field::Title | Field::Subtitle), value)) => {
                let taken = current.as_ref().is_some_and(|r| match f {
                    Field::Kicker => r.kicker.is_some() || r.title.is_some(),
                    Field::Title => r.title.is_some(),
                    _ => r.subtitle.is_some(),
                });
                if in_body || taken || current.is_none() {
                    finish(current.take(), &mut page);
                    current = Some(Record { line: no, ..Record::default() });
                    in_body = false;
                }
                let r = current.as_mut().expect("a record was just opened");
                let value = Some(value.to_string()).filter(|v| !v.is_empty());
                match f {
                    Field::Kicker => r.kicker = value,
                    Field::Title => r.title = value,
                    _ => r.subtitle = value,
                }
            }
            Some((f, value)) if current.is_some() => {
                let r = current.as_mut().expect("checked");
                let value = value.to_string();
                match f {
                    Field::Author if !in_body => r.author = Some(value).filter(|v| !v.is_empty()),
                    Field::Source if !in_body => r.source = Some(value).filter(|v| !v.is_empty()),
                    Field::Section => {
                        let value = section_name(&value);
                        if page.section.is_none() && !value.is_empty() {
                            page.section = Some(value);
                        }
                    }
                    Field::Dropped if !in_body => {}
                    Field::Body => {
                        in_body = true;
                        push_body(r, &value, no);
                    }
                    // A label in the text (`作者：` quoted in a story) is text.
                    _ => push_body(r, line, no),
                }
            }
            // `【日期】2026-03-05` over the first record: the issue's, said again.
            Some((Field::Dropped, _)) if current.is_none() => {}
            Some((Field::Section, value)) => {
                let value = section_name(value);
                if page.section.is_none() && !value.is_empty() {
                    page.section = Some(value);
                }
            }
            _ => match current.as_mut() {
                Some(r) => {
                    if !line.trim().is_empty() {
                        in_body = true;
                    }
                    push_body(r, line, no);
                }
                None => head.push(line),
            },
        }
    }
    finish(current.take(), &mut page);
    page.head = head.join("\n");
    (!page.records.is_empty()).then_some(page)
}

fn push_body(r: &mut Record, line: &str, no: usize) {
    if r.body.is_empty() {
        if line.trim().is_empty() {
            return;
        }
        r.body_line = no;
    }
    r.body.push_str(line);
    r.body.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_by_their_labels() {
        let page = read_labelled(
            "第04版：区县新闻\n\n引题：乡村振兴看变化\n标题：石桥镇：艾草“点绿成金”\n副题：全镇艾草种植面积突破1.8万亩\n\
             作者：本报记者 高远 通讯员 吕春华\n正文：\n　　6月中旬，石桥镇的艾草迎来收割期。\n\n上一篇　　下一篇　　返回目录\n\n\
             标题：城区至南阳东站公交专线开通\n作者：本报记者 尚文博\n正文：　　6月17日，公交专线正式开通运营。\n\
             \u{3000}\u{3000}专线全程28公里。\n标题：简讯\n\u{3000}\u{3000}唐河县召开防汛会议。\n",
        )
        .expect("labelled");
        assert_eq!(page.head, "第04版：区县新闻\n\n");
        assert_eq!(page.records.len(), 3);
        let r = &page.records[0];
        assert_eq!(r.kicker.as_deref(), Some("乡村振兴看变化"));
        assert_eq!(r.title.as_deref(), Some("石桥镇：艾草“点绿成金”"));
        assert_eq!(r.subtitle.as_deref(), Some("全镇艾草种植面积突破1.8万亩"));
        assert_eq!(r.author.as_deref(), Some("本报记者 高远 通讯员 吕春华"));
        assert_eq!(r.body, "　　6月中旬，石桥镇的艾草迎来收割期。\n\n");
        assert_eq!((r.line, r.body_line), (3, 8));
        assert_eq!(page.records[1].body, "6月17日，公交专线正式开通运营。\n　　专线全程28公里。\n");
        assert_eq!(page.records[2].title.as_deref(), Some("简讯"));
    }

    #[test]
    fn pages_without_labels_are_read_as_pages() {
        assert_eq!(read_labelled("标题党\n\n本报讯 标题：不是标签。\n"), None);
        assert_eq!(read_labelled("市政府召开常务会议\n\n本报讯（记者 张三）会议指出：要抓好落实。\n"), None);
        // A story quoting a label once, with no other label, is a story.
        assert_eq!(read_labelled("新书推介\n标题：《城市的记忆》\n本书收录了作者的散文。\n"), None);
    }

    #[test]
    fn reader_links() {
        assert!(is_reader_links("上一篇　　下一篇　　返回目录"));
        assert!(is_reader_links("【打印本页】【关闭窗口】"));
        assert!(is_reader_links("上一篇  下一篇"));
        assert!(!is_reader_links("大"));
        assert!(!is_reader_links("下一篇报道将关注农村"));
    }
}
