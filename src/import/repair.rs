//! Import step, layout repair: paragraphs cut by a column or page break are
//! joined back (`培育科` + `普专家队伍`), and a continued page's running head
//! that the export put in the middle of a sentence is dropped — only when it
//! repeats a line found elsewhere on the page (the title or subtitle it runs),
//! so a real headline after an unfinished paragraph is never lost. A photo
//! caption the break set between the halves is kept, after the joined
//! paragraph.
//!
//! A paragraph counts as cut when it is running text (long, or with sentence
//! punctuation inside) that does not end where a sentence may end, and the
//! next paragraph does not start anything of its own (a byline, a lead, a
//! credit, a subtitle, a jump line).

use super::byline::{parse_byline_line, parse_end_credit, parse_lead, strip_trailing_photo_credit};
use super::continuation::strip_jumps;
use super::header::{Form, Line};
use super::rules::ImportRules;
use super::text::{
    comma_count, has_inner_sentence_mark, in_brackets, is_cjk_text, is_terminated, len, strip_end_mark, word_count,
};

/// Most lines a running head (title, `——` subtitle) inserted mid-sentence spans.
const MAX_RUNNING_HEAD_LINES: usize = 3;

/// Words a Chinese headline never ends with, but a cut sentence often does.
const DANGLING: &[&str] = &[
    "我们", "他们", "她们", "的", "了", "和", "与", "及", "在", "对", "为", "将", "是", "把", "被", "从", "向", "以",
    "并", "而", "但", "或", "等", "这", "其", "让", "使", "由", "于", "之", "也", "都", "还", "就", "又", "要", "已",
    "所",
];

/// Joins cut paragraphs and removes inserted running heads.
#[cfg(test)]
pub fn repair(lines: Vec<Line>, rules: &ImportRules) -> Vec<Line> {
    repair_page(lines, &[], rules)
}

/// [`repair`], knowing which of the page's lines (numbered from 1, as
/// [`Line::no`]) are blank: `blank[no]`. A line not in it counts as text.
pub fn repair_page(lines: Vec<Line>, blank: &[bool], rules: &ImportRules) -> Vec<Line> {
    let n = lines.len();
    let blank_at = |no: usize| blank.get(no).copied().unwrap_or(false);
    // A running head repeats the page's title or subtitle; a line that occurs
    // once is a real headline and is never dropped.
    let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for l in &lines {
        *seen.entry(l.text.trim()).or_default() += 1;
    }
    let repeated = |t: &str| seen.get(t.trim()).is_some_and(|&c| c > 1);
    // Whether blank lines part the page's paragraphs: then a line set tight
    // under text is in its paragraph, and one standing between blank lines
    // stands alone.
    let blank_paras = blank.iter().filter(|&&b| b).count() >= 3;
    // `●樟宜医院新增50张病床` over its text, `●牛车水春节灯饰延长展出` over
    // its: where a briefs column's other bulleted lines are headlines over
    // the text under them, one no longer than a headline runs (no stop, no
    // comma in it) heads its brief too, however near the measure it comes.
    let bulleted_heads = (1..n)
        .filter(|&k| {
            strip_bullet(&lines[k - 1].text).is_some_and(|h| is_bare_cjk_head(h) && len(h) < 15)
                && lines[k].form == Form::Prose
                && strip_bullet(&lines[k].text).is_none()
                && is_terminated(&lines[k].text)
        })
        .count();
    let mut out: Vec<Line> = Vec::with_capacity(n);
    let mut i = 0;
    while i < n {
        let mut cur = lines[i].clone();
        // `From page 1` / `Hospital car park fees to rise` / `local
        // councillors said…`: the jumped part's headline under its jump
        // line, over text that goes on from the other page in lower case;
        // the headline is no cut sentence.
        let jumped_head = i > 0
            && cur.form == Form::Prose
            && is_jump_from_alone(&lines[i - 1].text)
            && is_heading_like(&cur.text)
            && !ends_open(&cur.text)
            && !is_cut(&cur.text, rules);
        // Photo captions the column break set between the halves: kept, after the joined paragraph.
        let mut insets: Vec<Line> = Vec::new();
        i += 1;
        // `…among its customers.` cut as `The company operates 14
        // temperature-controlled warehouses across South-east` set tight
        // under the text's last line, then a blank line and `Asia and counts
        // supermarket chains…`: a column's last line, not a headline (a
        // headline stands apart from the story above it, not from its own).
        if i < n
            && blank_at(cur.no + 1)
            && cur.no > 1
            && !blank_at(cur.no - 1)
            && out.last().is_some_and(|above| {
                above.form == Form::Prose
                    && above.no < cur.no
                    && is_running_text(&above.text)
                    && is_terminated(strip_end_mark(&above.text))
            })
            && cut_at_column_foot(&cur, &lines[i], rules)
        {
            cur.text = join(&cur.text, &lines[i].text);
            i += 1;
        }
        // `一、衰落：人走了，店关了` between blank lines: a numbered crosshead
        // of a 专题, its clause closed inside it, however its last word
        // (`了`) reads as a cut sentence's; the text under it is no rest of it.
        let numbered_head =
            blank_paras && blank_at(cur.no.wrapping_sub(1)) && blank_at(cur.no + 1) && is_numbered_cjk_head(&cur.text);
        let bulleted_head = bulleted_heads > 0
            && strip_bullet(&cur.text).is_some_and(|h| is_bare_cjk_head(h) && len(h) <= 24)
            && lines.get(i).is_some_and(|l| is_terminated(&l.text) && len(&l.text) >= 15);
        // A table or stanza is never cut, and never the rest of a cut paragraph.
        while cur.form == Form::Prose
            && !jumped_head
            && !numbered_head
            && !bulleted_head
            && i < n
            && lines[i].form == Form::Prose
            && (is_cut(&cur.text, rules) || runs_on_in_lower_case(&cur.text, &lines[i].text, rules))
        {
            // `…一路向西步行。民警` over `分成三组，沿河岸` set tight under it,
            // then a blank line and `逐段搜寻。…`: where blank lines part the
            // paragraphs, a short line set tight under Chinese text cut
            // inside its sentence is the column's last line, however like a
            // crosshead it reads (a crosshead stands apart from the text
            // above it). Not over a lead, byline, subtitle or headline.
            let tight_under = |k: usize| {
                blank_paras
                    && k == i
                    && !blank_at(lines[k].no.wrapping_sub(1))
                    && is_cjk_text(&cur.text)
                    && len(&cur.text) >= 20
                    && cur.text.trim_end().chars().next_back().is_some_and(super::text::is_han)
                    && is_cjk_text(&lines[k].text)
                    && !lines[k].text.trim_end().ends_with(['？', '！', '?', '!'])
                    && !is_inset_caption(&lines[k].text, rules)
                    && lines.get(k + 1).is_none_or(|l| {
                        !opens_story(&l.text, rules) && !is_heading_like(&l.text) && !is_subtitle(&l.text)
                    })
            };
            // The line where the sentence goes on, if it does.
            let goes_on = |k: usize| {
                k < n
                    && lines[k].form == Form::Prose
                    && continues(&cur.text, &lines[k].text, rules)
                    && (!is_heading_like(&lines[k].text)
                        || tight_under(k)
                        || (cjk_sentence_goes_on(&cur.text, &lines[k].text)
                            && !lines.get(k + 1).is_some_and(|l| opens_story(&l.text, rules))))
            };
            // Where the lines from `i` a cut sentence may step over end, while `over` holds.
            let past = |over: &dyn Fn(usize) -> bool| {
                i + (i..n).take(MAX_RUNNING_HEAD_LINES).take_while(|&k| lines[k].form == Form::Prose && over(k)).count()
            };
            // (A caption with its credit set in the cut is no rest of the
            // sentence, however Chinese text runs on: `…感谢` / `摊主…失主。
            // 通讯员 钱多多 摄` / `晚报帮我们反映。”`.)
            if goes_on(i) && !is_inset_caption(&lines[i].text, rules) {
                cur.text = join(&cur.text, &lines[i].text);
                i += 1;
                continue;
            }
            // A running head between the halves of a sentence. (Never one
            // with a byline: `IMD forecasts heavy rain in` / `Nilgiris, …` /
            // `PTI` / `CHENNAI` heads the next story, however often the
            // page has stories from Chennai.)
            let k = past(&|k| is_interruption(&lines[k].text));
            if k > i
                && (i..k).any(|j| repeated(&lines[j].text))
                && !(i..k).any(|j| parse_byline_line(&lines[j].text, rules).is_some())
                && goes_on(k)
            {
                cur.text = join(&cur.text, &lines[k].text);
                i = k + 1;
                continue;
            }
            // A photo's caption set inside the cut (`…未達政府` / `■古洞北…（資料圖片）`
            // / `心目中的底價，…`): the sentence goes on after it. `STAFF PHOTO BY
            // JEFF MORALES` may be set over its caption.
            let k = past(&|k| {
                is_inset_caption(&lines[k].text, rules)
                    || (k > i
                        && is_photo_credit_line(&lines[k - 1].text)
                        && is_terminated(strip_end_mark(&lines[k].text)))
            });
            if k > i && goes_on(k) {
                insets.extend(lines[i..k].iter().cloned());
                cur.text = join(&cur.text, &lines[k].text);
                i = k + 1;
                continue;
            }
            break;
        }
        out.push(cur);
        out.append(&mut insets);
    }
    out
}

/// `一、衰落：人走了，店关了`, `（二）转机`: a Chinese numbered crosshead, a
/// short line with no stop inside it.
fn is_numbered_cjk_head(text: &str) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re =
        super::text::static_re(&RE, r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])\s*\S");
    let t = text.trim();
    re.is_match(t) && len(t) <= 24 && !t.contains(['。', '；', ';']) && !t.ends_with(['，', '、', '：', ':'])
}

/// `樟宜医院新增50张病床`: Chinese with no mark of punctuation in it, as a
/// headline is set (a sentence cut by the column has its commas).
fn is_bare_cjk_head(t: &str) -> bool {
    is_cjk_text(t) && !t.chars().any(|c| c.is_ascii_punctuation() || "，。、；：！？“”‘’（）《》…—".contains(c))
}

/// `From page 1`, `Continued from A1`: a line that only says where the
/// part under it came from.
fn is_jump_from_alone(text: &str) -> bool {
    let j = strip_jumps(text);
    j.from.is_some() && j.text.trim().is_empty()
}

/// A story's byline or credited lead (`本报讯（记者 李华）…`): what a
/// headline stands over, never the rest of a sentence cut above it. A
/// paragraph that lost its closing stop (`…开展了宣传活动`) over a long
/// two-part headline and its lead took the headline in as its last words.
fn opens_story(text: &str, rules: &ImportRules) -> bool {
    parse_lead(text, rules).is_some() || parse_byline_line(text, rules).is_some()
}

/// Chinese running text cut where no sentence can stop goes on in the next
/// line even where that line alone would pass for a headline: after a word
/// no sentence ends on (`…如何把` / `分散的力量拧成一股绳？`), or into a line
/// that is itself running text and runs on (`…每个网格` / `都建立了党小组或
/// 党支部，由…共同组成`: a headline of 26 characters or more with a clause
/// inside stops short of the column).
fn cjk_sentence_goes_on(prev: &str, next: &str) -> bool {
    let (p, n) = (prev.trim(), next.trim());
    // (`今天白天：多云…18℃` over `今天夜间：小雨…`: a notice's fields, a line
    // each, stop on a figure or unit, never inside a word.)
    if !is_cjk_text(p)
        || !is_cjk_text(n)
        || !p.chars().next_back().is_some_and(super::text::is_han)
        || n.starts_with(['“', '【', '〔', '[', '（', '('])
        || super::segment::is_field_line(n)
    {
        return false;
    }
    let folded = super::text::fold_traditional(p);
    let dangling = DANGLING.iter().any(|d| folded.ends_with(d));
    dangling || (is_running_text(n) && !is_terminated(strip_end_mark(n)))
}

/// A sentence's first words set as a column's last line (a headline's
/// length and no stop at its end, in sentence case: words in lower case
/// after its first), over a paragraph of running text that opens on no
/// credit, dateline or subtitle of its own.
fn cut_at_column_foot(cur: &Line, next: &Line, rules: &ImportRules) -> bool {
    let (t, n) = (cur.text.trim(), next.text.trim());
    let lower_words = t.split_whitespace().skip(1).filter(|w| w.starts_with(|c: char| c.is_lowercase())).count();
    cur.form == Form::Prose
        && next.form == Form::Prose
        && !is_cjk_text(t)
        && !is_cjk_text(n)
        && word_count(t) >= 5
        && lower_words >= 3
        && is_heading_like(t)
        && !t.ends_with([':', '?', '!', '"', '”'])
        && parse_byline_line(t, rules).is_none()
        && parse_lead(t, rules).is_none()
        && parse_end_credit(t, rules).is_none()
        && strip_jumps(t).to.is_none()
        && !is_inset_caption(t, rules)
        && !is_photo_credit_line(t)
        && n.starts_with(|c: char| c.is_uppercase())
        && word_count(n) >= 8
        && (is_running_text(n) || is_terminated(strip_end_mark(n)))
        && !is_heading_like(n)
        && !is_subtitle(n)
        && parse_lead(n, rules).is_none()
        && parse_byline_line(n, rules).is_none()
        && parse_end_credit(n, rules).is_none()
        && strip_jumps(n).from.is_none()
        && !shares_a_word(t, n)
}

/// Whether two lines share a word of four letters or more (`Hospital
/// waiting lists fall…` over `Waiting lists at…`: a headline names what its
/// story's first paragraph does; a sentence's halves seldom repeat).
fn shares_a_word(a: &str, b: &str) -> bool {
    let words = |t: &str| -> std::collections::BTreeSet<String> {
        t.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 4)
            .map(|w| w.to_lowercase().trim_end_matches('s').to_string())
            .collect()
    };
    !words(a).is_disjoint(&words(b))
}

/// `STAFF PHOTO BY JEFF MORALES`, `Picture: Mike Walker`: a photo's credit
/// set over its caption (or opening it).
fn is_photo_credit_line(text: &str) -> bool {
    static OVER: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    super::text::static_re(&OVER, r"^(?:(?:STAFF |FILE )?PHOTOS? BY|(?:Photo|Picture|Photos|Pictures)(?: by)?:)\s")
        .is_match(text.trim())
}

/// A photo's caption, as a page sets it inside a column: behind a caption's
/// marker (`▲`, `■`) and ended as a sentence or by a credit; with a credit at
/// its end (`…（鄧宗弘攝）`, `— DC Image/X`, `—LYN RILLON` after a caption's
/// label in capitals); a credit line over it (`STAFF PHOTO BY X`); or a
/// note on where the picture came from (`（資料圖片）`, `(File photo)`).
pub(super) fn is_inset_caption(text: &str, rules: &ImportRules) -> bool {
    let t = text.trim();
    if len(t) < 8 || parse_byline_line(t, rules).is_some() || parse_lead(t, rules).is_some() {
        return false;
    }
    // A caption opens on a capital, a figure or its marker; an English line
    // opening on a word in lower case is the rest of a sentence, whatever
    // credit closes it (`…stockpiles in Indonesia and a` / `weaker ringgit
    // had also supported prices. — Bernama`).
    if !is_cjk_text(t) && t.starts_with(|c: char| c.is_lowercase()) {
        return false;
    }
    let folded = super::text::fold_traditional(t);
    const SOURCES: &[&str] = &[
        "资料图片",
        "资料图",
        "资料照片",
        "档案照",
        "档案图片",
        "读者提供",
        "受访者供图",
        "受访者提供",
        "网络图片",
        "新华社发",
        "file photo",
        "file picture",
        "handout",
        "supplied",
    ];
    let lower = folded.to_lowercase();
    let sourced = lower
        .trim_end_matches(['.', '。'])
        .strip_suffix([')', '）'])
        .and_then(|r| r.rfind(['(', '（']).map(|at| &r[at..]))
        .is_some_and(|note| SOURCES.iter().any(|s| note.contains(s)));
    let marked = t.starts_with(['▲', '△', '▼', '■', '●', '◆', '↑', '←', '→', '↓'])
        && (is_terminated(strip_end_mark(t)) || t.ends_with(['）', ')']));
    let credited = strip_trailing_photo_credit(t, rules).is_some();
    // `WAITING GAME Residents … —LYN RILLON`: a label in capitals, a caption, the photographer.
    static LABELLED: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let labelled = super::text::static_re(
        &LABELLED,
        r"^[A-Z][A-Z'\-]+(?: [A-Z][A-Z'\-]+)* [A-Z][a-z].*[.!?”\x22] ?[—–-] ?[A-Z][A-Z.'\- ]+$",
    );
    sourced || marked || credited || is_photo_credit_line(t) || labelled.is_match(t)
}

/// Running text that stops where no sentence ends.
pub fn is_cut(text: &str, rules: &ImportRules) -> bool {
    !is_terminated(strip_end_mark(text))
        && is_running_text(text)
        && parse_end_credit(text, rules).is_none()
        && strip_trailing_photo_credit(text, rules).is_none()
        && super::byline::strip_trailing_source(text, rules).is_none()
        // `…40余人次。(鹤山区融媒体中心 王丽娟)`: signed in brackets, ended.
        && super::byline::strip_trailing_author(text, rules).is_none()
        && parse_byline_line(text, rules).is_none()
        && strip_jumps(text).to.is_none()
        && !is_digest_head(text, rules)
        // `（摘自《…》，作者：…，…出版）`: a note bracketed whole is closed by
        // its bracket, however long and unstopped.
        && super::text::in_brackets(text.trim()).is_none_or(|i| i.contains(['(', '（', ')', '）']))
}

/// `【英国《金融时报》网站3月2日文章】题：欧洲工业面临转型阵痛（作者 …）`: a
/// digest of the foreign press opens on the paper it translates and the
/// article's own headline, set whole on its line with no stop; the text
/// starts on the next.
fn is_digest_head(text: &str, rules: &ImportRules) -> bool {
    parse_lead(text.trim(), rules).is_some_and(|(_, at)| {
        let rest = text.trim()[at..].trim_start();
        ["题：", "题:", "原题：", "原题:"].iter().any(|l| rest.starts_with(l))
    })
}

/// Long or punctuated like a sentence, not like a headline.
pub fn is_running_text(text: &str) -> bool {
    if let Some(item) = strip_bullet(text) {
        // List items around it end with punctuation; a long open one was cut.
        // (`◆ “只要还走得动，我就一直干下去”`: a whole quotation is a subhead.)
        let quoted = item.starts_with('“') && item.ends_with('”') && item.matches('“').count() == 1;
        return len(item) >= 15 && (is_cjk_text(item) || word_count(item) >= 4) && !quoted;
    }
    let t = text;
    if is_cjk_text(t) {
        len(t) >= 40
            || has_inner_sentence_mark(t)
            || comma_count(t) >= 3
            // (Folded: `…停電時間應為` is cut as `…停电时间应为` is.)
            // (`…增设约100个乐龄健` over `身角，…`: a line of 26 or more with a
            // comma is a paragraph's, not a headline's.)
            || (comma_count(t) >= 1
                && (len(t) >= 26 || DANGLING.iter().any(|d| super::text::fold_traditional(t).ends_with(d))))
            // `据统计，全县共投入…，其中跨区作业机械`: a headline of three
            // clauses is rarely this long.
            || (comma_count(t) >= 2 && len(t) >= 22)
            // `居民刘先生说：“堵了半年的路终于通了，感谢`: a quotation a
            // headline opens, it closes.
            || (len(t) >= 10 && t.matches('“').count() > t.matches('”').count())
            // A headline or label never ends in a comma: a paragraph that
            // does was cut by a column break, however short its first half.
            || (len(t) >= 8 && t.ends_with(['，', '、']))
    } else {
        word_count(t) >= 12
            || has_inner_sentence_mark(t)
            || (word_count(t) >= 5 && (t.ends_with([',', '-']) || ends_open(t)))
    }
}

/// A short line without sentence-final punctuation: a headline, kicker,
/// subhead or running head.
pub fn is_heading_like(text: &str) -> bool {
    let t = text.trim();
    if t.is_empty() || strip_bullet(t).is_some() || is_subtitle(t) {
        return false;
    }
    let ends_question = t.ends_with(['？', '！', '?', '!']);
    if is_terminated(t) && !ends_question {
        return false;
    }
    // (`Heatwave grips Sindh, Punjab; Jacobabad sizzles at 50°C`: an English
    // headline of a dozen words may join two clauses with a semicolon.)
    let inner = if !is_cjk_text(t) && word_count(t) <= 12 {
        has_inner_sentence_mark(&t.replace("; ", ", "))
    } else {
        has_inner_sentence_mark(after_cry(t))
    };
    if is_qa(t) || inner || is_bracketed_note(t) || is_data_row(t) {
        return false;
    }
    if is_cjk_text(t) {
        // A headline never ends in a comma; a wrapped sentence often does.
        if t.ends_with(['，', ',', '、', '；', ';']) {
            return false;
        }
        let max = if ends_question { 30 } else { 40 };
        len(t) <= max && comma_count(t) <= 2
    } else {
        let words = word_count(t);
        // `Sydney Swans 2.3 3.9 8.11 12.10 (82)`: a scoreboard's row.
        let figures = t
            .split_whitespace()
            .filter(|w| {
                w.chars().any(|c| c.is_ascii_digit()) && w.chars().all(|c| c.is_ascii_digit() || ".()-–:,/".contains(c))
            })
            .count();
        if figures >= 4 && figures * 5 >= words * 2 {
            return false;
        }
        let first_ok = t
            .chars()
            .next()
            // (`$1.2B transit bill`: a sum opens with its currency.)
            .is_some_and(|c| {
                c.is_uppercase()
                    || c.is_ascii_digit()
                    || matches!(c, '"' | '“' | '\'' | '‘' | '$' | '£' | '€' | '¥' | '₹' | '₦')
            });
        // `The ministry said it had increased fogging in`: five words or
        // more ending on a word no headline ends on were cut by the column
        // (`Where now for` may be a headline's).
        // (`If you have memories of the gala, email us at news@paper.co.uk`:
        // a call to readers; a headline gives no address.)
        let address =
            t.split_whitespace().any(|w| w.split_once('@').is_some_and(|(u, d)| !u.is_empty() && d.contains('.')));
        words <= 14
            && len(t) <= 110
            && first_ok
            && !t.ends_with([',', ';', '-'])
            && !(words >= 5 && ends_open(t))
            && !address
    }
}

/// `淇县 晴 25~33℃`: a row of a table set as text (weather, prices, scores),
/// not a headline — Chinese headlines have at most two spaced parts and
/// rarely three with a number.
/// (`股票 ETF 份额一周增逾 80 亿份`: a figure or Latin word between Chinese
/// words on both sides is spaced by the export, no cell of its own.)
pub(super) fn is_data_row(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    let han_end = |w: &str| w.chars().next_back().is_some_and(super::text::is_han);
    let han_start = |w: &str| w.chars().next().is_some_and(super::text::is_han);
    let spaced = |k: usize| {
        k > 0
            && k + 1 < words.len()
            && words[k].chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-'))
            && han_end(words[k - 1])
            && han_start(words[k + 1])
    };
    let cells = (0..words.len()).filter(|&k| !(spaced(k) || (k > 0 && spaced(k - 1)))).count();
    is_cjk_text(t) && cells >= 3 && words.iter().any(|w| w.chars().any(|c| c.is_ascii_digit()))
}

/// How a note about the article itself opens (`（作者单位：…）`, `（本文有删节）`,
/// `（编者注）`, `（文中当事人均为化名）`): such a note closes the piece.
pub(super) const ARTICLE_NOTES: &[&str] = &["作者", "本文", "编者", "文中"];

/// `（作者单位：市委党校）`, `(本文有删节)`, `（文中人物均为化名）`: a note
/// closing an article (as is any bracketed `注…` or `label：…`).
pub(super) fn is_bracketed_note(t: &str) -> bool {
    in_brackets(t).is_some_and(|i| {
        i.contains([':', '：']) || i.starts_with('注') || ARTICLE_NOTES.iter().any(|p| i.starts_with(p))
    })
}

/// `（作者单位：市委党校）`, `（本文有删节）`, `（文中当事人均为化名）`: a
/// note about the article itself, which closes it.
pub(super) fn is_article_note(t: &str) -> bool {
    let t = t.trim();
    let inner = t.trim_start_matches(['(', '（']);
    (is_bracketed_note(t) && ARTICLE_NOTES.iter().any(|w| inner.starts_with(w))) || is_author_unit(t)
}

/// `★作者单位：中共安阳市委党校`, `作者系市委党校教授`: the same note set
/// as a line of its own, unbracketed (a theory page's style), a marker
/// before it or none.
fn is_author_unit(t: &str) -> bool {
    let t = t.trim_start_matches(['★', '☆', '●', '■', '◆', '▲', '※', ' ', '\u{3000}']);
    let unit = t.strip_prefix("作者单位").is_some_and(|r| r.trim_start().starts_with([':', '：']));
    let post = t.strip_prefix("作者系").is_some_and(|r| len(r) >= 2);
    (unit || post) && len(t) <= 60 && !t.contains(['。', '；'])
}

/// `——副题` (also `—副题`, `--subtitle`). A dash before a whole sentence
/// (`— Staff writer Ken Ito contributed to this report.`) is a note or the
/// rest of a wrapped sentence: no subtitle ends with a full stop.
/// `暖心！外卖小哥跳河救起落水儿童`, `注意！…`, `终场前绝杀！中国队1比0小胜
/// 泰国队`: a Chinese headline may open on a word or short phrase cried
/// out; its mark ends no sentence of a paragraph.
fn after_cry(t: &str) -> &str {
    let Some((cry, rest)) = t.split_once(['！', '!']) else { return t };
    let short = (1..=6).contains(&cry.chars().count()) && cry.chars().all(super::text::is_han);
    if short && len(rest) >= 6 { rest } else { t }
}

pub fn is_subtitle(text: &str) -> bool {
    let t = text.trim_start();
    (t.starts_with("——") || t.starts_with("--") || t.starts_with('—') || t.starts_with("――"))
        && len(t) <= 80
        && len(strip_subtitle(t)) >= 2
        && !t.ends_with(['.', '。'])
}

pub fn strip_subtitle(text: &str) -> &str {
    text.trim_start().trim_start_matches(['—', '-', '―', '–']).trim()
}

/// Q&A paragraphs (`问:`, `答：`, `Q:`) are running text however short.
pub fn is_qa(text: &str) -> bool {
    let t = text.trim_start();
    // `记者：…？` asks the questions of an interview, however short.
    ["问:", "问：", "答:", "答：", "记者:", "记者：", "Q:", "A:", "Q.", "A."].iter().any(|p| t.starts_with(p))
}

/// A list item's text without its bullet.
pub fn strip_bullet(text: &str) -> Option<&str> {
    let t = text.trim_start();
    // `■ Free first hour scrapped`: an English fact box's lines. (In
    // Chinese the square boxes a headline or byline: `■我市启动…`.)
    if let Some(rest) = t.strip_prefix(['■', '□']).filter(|r| r.starts_with(' '))
        && rest.trim_start().starts_with(|c: char| c.is_ascii_alphanumeric() || c == '$')
        && !is_cjk_text(rest)
    {
        return Some(rest.trim_start());
    }
    for b in ["- ", "• ", "· ", "* ", "● ", "◆ ", "▪ ", "–", "•", "●", "◆", "▪", "·"] {
        if let Some(rest) = t.strip_prefix(b) {
            let rest = rest.trim_start();
            // `·` and `–` also open other things; a bullet needs text after it.
            if !(rest.is_empty() || (b == "·" && len(rest) < 4)) {
                return Some(rest);
            }
        }
    }
    None
}

fn is_interruption(text: &str) -> bool {
    is_heading_like(text) || is_subtitle(text)
}

/// The particles of a name (`van Dijk`, `bin Ali`, `el Sisi`), in lower
/// case, that may open an English paragraph: a line opening on one is no
/// sign that the sentence above goes on.
pub(super) const NAME_PARTICLES: &[&str] =
    &["van", "von", "de", "da", "di", "du", "del", "der", "le", "la", "bin", "binti", "al", "el", "ter"];

/// `He added that the plans had been` over `drawn up with the police.`: an
/// English paragraph never opens on a word in lower case, so a short one
/// cut by a column break (too short to read as running text) goes on in
/// it. `iPhone`, `eBay` (a capital inside) may open one, and are no sign.
fn runs_on_in_lower_case(prev: &str, next: &str, rules: &ImportRules) -> bool {
    // A name's particle (`van Dijk scored…`) or a brand (`e-bikes`) may open
    // a paragraph under a headline, unless the line above stops on a word
    // no headline ends with.
    let first = next.split_whitespace().next().unwrap_or("");
    let lower_word = first.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && first.chars().all(|c| c.is_ascii_lowercase() || matches!(c, ',' | ';' | '\''));
    let open_end = ends_open(prev);
    lower_word
        && (open_end || (word_count(prev) >= 5 && !NAME_PARTICLES.contains(&first)))
        && !is_cjk_text(prev)
        && !is_cjk_text(next)
        && word_count(prev) >= 3
        && (!is_terminated(strip_end_mark(prev)) || ends_on_quoted_comma(prev))
        && !prev.trim_end().ends_with(':')
        && parse_byline_line(prev, rules).is_none()
        && parse_end_credit(prev, rules).is_none()
        // (`BUDGET | From Page A1` is the slug over the jumped part, not a
        // sentence its first line goes on.)
        && { let j = strip_jumps(prev); j.to.is_none() && j.from.is_none() }
        && !is_inset_caption(prev, rules)
}

/// `…recruited for one last job. Dana` over `Kim is the scientist…`: a
/// line ending on the first word of a new sentence, cut by the column; no
/// paragraph ends on a sentence's first word.
fn ends_on_a_sentences_first_word(prev: &str) -> bool {
    let mut words = prev.split_whitespace().rev();
    let (Some(last), Some(before)) = (words.next(), words.next()) else { return false };
    last.len() >= 2
        && last.starts_with(|c: char| c.is_ascii_uppercase())
        && last.chars().all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-'))
        && before.trim_end_matches(['"', '”', '’', '\'', ')']).ends_with(['.', '?', '!'])
        // (`Dr.`, `St.`, `Mr.`, `U.S.`: a title or initials, not a sentence's end.)
        && !is_title_before_name(before)
}

fn is_title_before_name(word: &str) -> bool {
    const TITLES: &[&str] = &[
        "mr", "mrs", "ms", "dr", "st", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "rev", "no",
        "mt", "ft", "sr", "jr", "hon", "insp", "supt", "cllr", "det", "const", "maj", "cpl", "pte", "fr",
    ];
    let w = word.trim_end_matches('.');
    TITLES.contains(&w.to_lowercase().as_str()) || w.contains('.') || w.chars().count() == 1
}

/// `"Our boats cannot get out,"` over `he said.`: a quotation closed on a
/// comma goes on to say who said it; no English paragraph ends so.
fn ends_on_quoted_comma(prev: &str) -> bool {
    let t = prev.trim_end();
    !is_cjk_text(t) && (t.ends_with(",\"") || t.ends_with(",”") || t.ends_with(",’"))
}

/// English words no sentence, headline or paragraph ends on: a line that
/// stops on one goes on in the next. (`…officers who have waited since` over
/// `March 2019 for a pay increase.`: the rest of a sentence cut before a
/// name or a month opens in a capital.) Prepositions a headline may end on
/// (`How the town pulled through`, `Caught in between`, `Not worth the
/// money each`) are left out, as are words a sentence may (`for a while`),
/// and `Dr`, which ends a street's name (`on Seaview Dr`).
#[rustfmt::skip]
const OPEN_ENDS: &[&str] = &[
    "the", "a", "an", "of", "to", "in", "on", "at", "for", "and", "or", "but", "with", "from", "by", "had", "has",
    "have", "been", "be", "was", "were", "is", "are", "will", "would", "that", "which", "who", "as", "than", "its",
    "their", "his", "her", "our", "my", "your", "whose", "whom", "since", "into", "onto", "upon", "until", "during",
    "among", "against", "toward", "towards", "via", "despite", "including", "amid", "nor", "because", "although",
    "whether", "unless", "these", "those", "every", "mr", "mrs", "ms",
];

pub(super) fn ends_open(prev: &str) -> bool {
    OPEN_ENDS.contains(&prev.split_whitespace().next_back().unwrap_or("").to_lowercase().as_str())
}

/// Whether `next` can be the rest of the cut paragraph `prev`.
fn continues(prev: &str, next: &str, rules: &ImportRules) -> bool {
    let n = next.trim();
    if n.is_empty() || is_subtitle(n) || is_qa(n) {
        return false;
    }
    // `■市妇幼保健院开设更年期门诊`: a box marker opens a headline, subhead
    // or credit of its own; no sentence goes on after one.
    if strip_bullet(n).is_some() || n.starts_with(['■', '□', '◆', '▲', '★', '◎']) {
        return false;
    }
    if is_bulleted_head_over_text(prev, n) {
        return false;
    }
    let jumps = strip_jumps(n);
    if jumps.from.is_some() || jumps.text.is_empty() {
        return false;
    }
    if parse_lead(n, rules).is_some() || parse_byline_line(n, rules).is_some() || parse_end_credit(n, rules).is_some() {
        return false;
    }
    if is_cjk_text(prev) {
        true
    } else {
        // English: the rest of a sentence starts in lower case (or a number),
        // unless the cut was after a comma or hyphen, or on a word no
        // sentence ends on (`…June 24. The` / `International Monetary Fund…`).
        n.chars().next().is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
            || prev.ends_with([',', '-'])
            || ends_open(prev)
            || ends_on_a_sentences_first_word(prev)
            || (ends_inside_a_name(prev) && is_cut(prev, rules) && n.starts_with(|c: char| c.is_uppercase()))
    }
}

/// `…was treated at Cork University` over `Hospital. The defendant…`: a
/// long paragraph cut on a capitalised word inside its sentence (the word
/// before it ends no sentence) was cut inside a name, whose rest opens the
/// next in a capital.
fn ends_inside_a_name(prev: &str) -> bool {
    let mut words = prev.split_whitespace().rev();
    let (Some(last), Some(before)) = (words.next(), words.next()) else { return false };
    let titled = |w: &str| {
        w.chars().next().is_some_and(|c| c.is_uppercase())
            && w.chars().skip(1).any(char::is_lowercase)
            && w.chars().all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-'))
    };
    titled(last)
        && word_count(prev) >= 12
        && !before.ends_with(['.', '?', '!', ':', ';', '"', '”', ')'])
        && (titled(before) || before.chars().all(|c| c.is_lowercase()))
}

/// `◆锦川锂业拟在阿根廷设立盐湖提锂合资公司` over `锦川锂业 6 月 17 日晚间公告，…`:
/// a brief's headline set after its bullet, as wide as the column by chance,
/// over its text, which names the headline's subject again at its start. A
/// sentence the column broke goes on with its next words, not its first
/// ones; nor does a brief's own first line run on without a mark of
/// punctuation to repeat itself. So with `●我省首个低空经济综合服务平台上线`
/// over `5月18日，湖南省…`: a brief's text opens on when it happened, a
/// clause of its own (a cut sentence does not go on with a date and a comma
/// after a line with no mark in it).
pub(super) fn is_bulleted_head_over_text(a: &str, b: &str) -> bool {
    let Some(head) = a.trim().strip_prefix(['◆', '■', '●', '★', '▲', '◇', '□']) else { return false };
    let head = head.trim_start();
    let subject: String = head.chars().take(2).collect();
    let repeats_subject = subject.chars().count() == 2
        && subject.chars().all(super::text::is_han)
        && b.trim_start().starts_with(subject.as_str());
    static WHEN: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let opens_on_when = super::text::static_re(
        &WHEN,
        r"^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚间?|早上|凌晨|中午)?|近日|日前|近期|昨天|昨日|今天|今日|前不久|不久前|近年来|今年以来|当天|本周|上周)[，,]",
    )
    .is_match(b.trim_start());
    is_cjk_text(head)
        && !head.contains(['，', '。', '、', '；', '：', '！', '？', ',', ';', ':'])
        && (repeats_subject || opens_on_when)
}

/// Joins two halves of a cut line: no space in Chinese, a space between
/// Latin words, a line-end hyphen dropped where it splits a word.
pub(crate) fn join(prev: &str, next: &str) -> String {
    join_on_page(prev, next, "")
}

/// [`join`], with the page's text as evidence for a line-end hyphen.
pub(crate) fn join_on_page(prev: &str, next: &str, page: &str) -> String {
    join_with(prev, next, &PageWords::new(page))
}

/// The words of a page as evidence for line-end hyphens, read once per page
/// however many hyphens it has: reading them again for each hyphen made a
/// long export's import grow with the square of its length.
pub(crate) struct PageWords<'a> {
    page: &'a str,
    read: std::cell::OnceCell<WordSets>,
}

struct WordSets {
    /// Every word, ASCII letters in lower case (words are told apart as
    /// `eq_ignore_ascii_case` does).
    all: std::collections::HashSet<String>,
    /// The words with a hyphen, in lower case.
    hyphenated: Vec<String>,
}

impl<'a> PageWords<'a> {
    pub(crate) fn new(page: &'a str) -> Self {
        PageWords { page, read: std::cell::OnceCell::new() }
    }

    fn sets(&self) -> &WordSets {
        self.read.get_or_init(|| {
            let words = page_words(self.page);
            WordSets {
                all: words.iter().map(|w| w.to_ascii_lowercase()).collect(),
                hyphenated: words.iter().filter(|w| w.contains('-')).map(|w| w.to_lowercase()).collect(),
            }
        })
    }
}

/// [`join_on_page`] with the page's words read once.
pub(crate) fn join_with(prev: &str, next: &str, page: &PageWords<'_>) -> String {
    let p = prev.trim_end();
    let n = next.trim_start();
    // A soft hyphen is where the typesetter may break a word: at a line end
    // the word goes on in the next line; nowhere is it text.
    if let Some(head) = p.strip_suffix('\u{ad}') {
        return format!("{}{}", head.trim_end_matches('\u{ad}'), n);
    }
    let last = p.chars().next_back().unwrap_or(' ');
    let first = n.chars().next().unwrap_or(' ');
    let before_last = p.chars().rev().nth(1).unwrap_or(' ');
    if last == '-' && first.is_lowercase() && before_last.is_alphabetic() {
        let head = p[..p.len() - 1].rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        let tail = n.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        if !is_compound(head, tail, page) {
            return format!("{}{}", &p[..p.len() - 1], n);
        }
    }
    let wide = |c: char| super::text::is_han(c) || matches!(c, '\u{3000}'..='\u{303f}' | '\u{ff01}'..='\u{ff60}');
    // Curly quotes serve both scripts: around Chinese words they are
    // Chinese marks, and `”` + `“` is no gap between two English words.
    let quote = |c: char| matches!(c, '“' | '”' | '‘' | '’');
    let second = n.chars().nth(1).unwrap_or(' ');
    let wide_last = wide(last) || (quote(last) && wide(before_last));
    let wide_first = wide(first) || (quote(first) && wide(second));
    // A dash keeps the spacing it has on its own side: `said —` + `and` was
    // `said — and`, `said—` + `and` was `said—and`.
    let dash = |c: char| matches!(c, '—' | '–');
    // `总规模2.` + `5万人`: a number in Chinese text cut by the line end,
    // where no space ever stood (an English number is set off by spaces).
    let number_cut = (last.is_ascii_digit() || (last == '.' && before_last.is_ascii_digit()))
        && first.is_ascii_digit()
        && p.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.').chars().next_back().is_some_and(wide);
    let spaced = if number_cut {
        false
    } else if dash(last) {
        before_last == ' '
    } else if dash(first) {
        second == ' '
    } else {
        !(wide_last || wide_first || last == '-' || last == '/')
    };
    if spaced { format!("{p} {n}") } else { format!("{p}{n}") }
}

/// First parts that form hyphenated compounds in newsroom style (AP: `self-`,
/// `all-`, `well-`, numbers in `two-year`), and are rarely a hyphenation's
/// first syllable (unlike `pre-`, `pro-`, `co-`, `ex-`, `so-`, `mid-`).
const COMPOUND_HEADS: &[&str] = &[
    "self", "well", "ill", "half", "quasi", "non", "anti", "multi", "semi", "cross", "all", "full", "long", "short",
    "high", "far", "near", "ever", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million",
    "year", "state", "city", "world", "record", "first", "second", "third", "great", "twice", "much", "best", "life",
    "low", "part", "hard", "top", "small", "large", "big", "left", "right", "cost", "family", "middle",
];

/// Endings a hyphenation leaves on the next line (`great-` + `est`,
/// `self-` + `ish`): whatever the first part, the word is split, not a
/// compound.
const SPLIT_TAILS: &[&str] =
    &["est", "er", "ers", "ly", "ness", "ing", "ings", "ed", "ment", "ments", "ful", "less", "ity", "ish", "ies"];

/// Whether `head-` at a line end and `tail` on the next line are a hyphenated
/// compound rather than one word split by hyphenation. Without a dictionary
/// the rule reads the page: the compound written whole on one line keeps the
/// hyphen, the joined word written whole drops it; both halves used as words
/// of their own elsewhere, or a first part from [`COMPOUND_HEADS`], keep it
/// (`well-` + `known`). Anything else is a split word (`com-` + `mittee`,
/// `mil-` + `lion`): a hyphenation's halves are seldom words by themselves.
fn is_compound(head: &str, tail: &str, page: &PageWords<'_>) -> bool {
    if head.is_empty() || tail.is_empty() {
        return false;
    }
    let words = page.sets();
    let (h, t) = (head.to_lowercase(), tail.to_lowercase());
    let compound = format!("{h}-{t}");
    let joined = format!("{h}{t}");
    if words.hyphenated.iter().any(|w| w.contains(&compound)) {
        return true;
    }
    let stands_alone = |x: &str| words.all.contains(&x.to_ascii_lowercase());
    if stands_alone(&joined) {
        return false;
    }
    if SPLIT_TAILS.contains(&t.as_str()) {
        return false;
    }
    COMPOUND_HEADS.contains(&h.as_str()) || (h.len() >= 2 && stands_alone(&h) && stands_alone(&t))
}

/// The words of `page` as evidence for [`is_compound`], less the first word
/// of a line after a line-end hyphen: that is the tail of the very break being
/// judged (`an-` + `nounced`), not a word used by itself, and counting it let
/// any head that is a word (`an`, `as`) keep its hyphen: `an-nounced`.
fn page_words(page: &str) -> Vec<&str> {
    let is_word = |c: char| c.is_alphanumeric() || c == '-' || c == '\'';
    let mut words = Vec::new();
    let mut after_break = false;
    for line in page.lines() {
        let mut rest = line.trim_start();
        if after_break {
            rest = rest.trim_start_matches(is_word);
        }
        words.extend(rest.split(|c: char| !is_word(c)).filter(|w| !w.is_empty()));
        let end = line.trim_end();
        after_break = end.ends_with('-') && end.chars().rev().nth(1).is_some_and(char::is_alphabetic);
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_paragraph_ending_in_a_comma_is_cut() {
        let r = ImportRules::default();
        let lines = |t: &[&str]| -> Vec<Line> {
            t.iter().enumerate().map(|(no, t)| Line { no, text: t.to_string(), form: Form::Prose }).collect()
        };
        let out = repair(lines(&["中国驻新潟总领事馆提醒中国公民密切关注震情信息，", "注意人身安全。"]), &r);
        assert_eq!(out.len(), 1, "{out:?}");
        assert_eq!(out[0].text, "中国驻新潟总领事馆提醒中国公民密切关注震情信息，注意人身安全。");
        // A short line without the comma stays a line of its own.
        let out = repair(lines(&["国际观察", "美欧贸易摩擦缘何再起"]), &r);
        assert_eq!(out.len(), 2);
    }

    #[test]
    fn imp22_a_bulleted_quotation_is_not_cut() {
        let out = run(&["◆ “只要还走得动，我就一直干下去”", "三十年间，郭秀兰有过不少离开的机会。"]);
        assert_eq!(out.len(), 2, "{out:?}");
        let out = run(&["◆ 村里的老人们都说这位医生每天都会上门看望大家，", "风雨无阻。"]);
        assert_eq!(out.len(), 1, "{out:?}");
    }

    #[test]
    fn imp22_a_short_english_paragraph_goes_on_in_lower_case() {
        let out = run(&["He added that traffic plans had been", "drawn up with the police and the council."]);
        assert_eq!(out, vec!["He added that traffic plans had been drawn up with the police and the council."]);
        // A headline over text in capitals, a label, or `iPhone` stays apart.
        assert_eq!(run(&["Council backs new homes plan", "Plans for 400 homes were approved."]).len(), 2);
        assert_eq!(run(&["The following cases were heard:", "one case was adjourned."]).len(), 2);
        assert_eq!(run(&["Apple unveils new phone", "iPhone sales rose in the quarter."]).len(), 2);
        assert_eq!(run(&["Liverpool beat Spurs at Anfield", "van Dijk scored twice in the first half."]).len(), 2);
        assert_eq!(run(&["Police said the car had", "van plates on it."]).len(), 1);
    }

    fn run(paras: &[&str]) -> Vec<String> {
        let lines = paras
            .iter()
            .enumerate()
            .map(|(i, t)| Line { no: i + 1, text: (*t).to_string(), ..Line::default() })
            .collect();
        repair(lines, &ImportRules::default()).into_iter().map(|l| l.text).collect()
    }

    #[test]
    fn a_paragraph_signed_in_brackets_is_not_cut() {
        let out =
            run(&["现场解答群众法律咨询40余人次。(鹤山区融媒体中心 王丽娟)", "淇滨区:", "春季招聘会提供岗位3000余个"]);
        assert_eq!(out.len(), 3, "{out:?}");
        assert!(!is_cut("帮助走失老人与家人团聚。(王 强)", &ImportRules::default()));
    }

    #[test]
    fn notes_that_close_an_article() {
        for t in ["（作者单位：市委党校）", "(本文有删节)", "（文中当事人均为化名）", "（文中人物系化名）"]
        {
            assert!(is_bracketed_note(t), "{t}");
            assert!(!is_heading_like(t), "{t}");
        }
        assert!(!is_bracketed_note("（文化广场）"));
    }

    #[test]
    fn an_english_fact_box_line_is_a_list_item() {
        assert_eq!(strip_bullet("■ Hourly rate rises from $1.50 to $3"), Some("Hourly rate rises from $1.50 to $3"));
        assert_eq!(strip_bullet("□ 3 new routes from July"), Some("3 new routes from July"));
        // In Chinese the square boxes a headline or byline.
        assert_eq!(strip_bullet("■ 我市启动“护苗”行动"), None);
        assert_eq!(strip_bullet("■简讯"), None);
    }

    #[test]
    fn soft_hyphen_at_line_end_joins_the_word() {
        assert_eq!(join("public forum is sched\u{ad}", "uled for Nov. 6"), "public forum is scheduled for Nov. 6");
        assert_eq!(join("hand-carved walk\u{ad}", "ing sticks"), "hand-carved walking sticks");
        assert_eq!(join("a plain end", "next"), "a plain end next");
    }

    #[test]
    fn tables_and_stanzas_are_never_joined() {
        let lines = vec![
            Line {
                no: 1,
                text: "打造中医药健康文化知识角,多渠道传播中医药知识,推动中医药文化进校园、进社区、进家庭,培育科"
                    .into(),
                ..Line::default()
            },
            Line { no: 2, text: "淇县 晴 25~33℃\n浚县 多云 24~32℃".into(), form: Form::Rows },
            Line { no: 3, text: "五月的风，\n把槐花吹开".into(), form: Form::Verse },
            Line { no: 4, text: "普专家队伍。".into(), ..Line::default() },
        ];
        assert_eq!(repair(lines, &ImportRules::default()).len(), 4);
    }

    #[test]
    fn joins_column_breaks() {
        let out = run(&[
            "打造中医药健康文化知识角,多渠道传播中医药知识,推动中医药文化进校园、进社区、进家庭,培育科",
            "普专家队伍,多渠道普及中医药健康知识。",
        ]);
        assert_eq!(out.len(), 1);
        assert!(out[0].contains("培育科普专家队伍"));
    }

    #[test]
    fn short_cut_after_comma_and_pronoun() {
        let out = run(&["2026年是“十五五”开局之年,我们", "将坚决贯彻落实市委全会精神。"]);
        assert_eq!(out, vec!["2026年是“十五五”开局之年,我们将坚决贯彻落实市委全会精神。"]);
    }

    #[test]
    fn removes_running_head_mid_sentence() {
        let out = run(&[
            "聚焦民意关切",
            "——2025年市人大常委会重点督办代表建议全部办结",
            "联合人力资源社会保障部门完成养老服务技能人才培训评价2700余人,为推动我市社区养老服务",
            "提升办理实效",
            "——2025年市人大常委会重点督办代表建议全部办结",
            "水平提升提供人才支撑。",
            "关于大力支持职业教育发展的建议办理情况",
        ]);
        assert_eq!(out.len(), 4, "{out:?}");
        assert!(out[2].ends_with("为推动我市社区养老服务水平提升提供人才支撑。"));
    }

    /// A headline after a paragraph that does not end in punctuation (a
    /// trailing `（赵六）`) is the next article, not a running head.
    #[test]
    fn a_headline_that_occurs_once_is_never_dropped() {
        let out = run(&[
            "本报讯 据市气象台消息，未来三天我市将持续高温天气，请市民注意防暑。（赵六）",
            "多地迎来降雨",
            "中新网6月2日电 据中国气象局消息，多地迎来降雨。",
        ]);
        assert_eq!(out.len(), 3, "{out:?}");
    }

    #[test]
    fn headline_before_lead_is_not_joined() {
        let out = run(&[
            "五部门:到2027年新制定科技服务业国家标准和行业标准40项以上",
            "新华社北京2月10日电(周圆王舒一)记者10日获悉。",
        ]);
        assert_eq!(out.len(), 2);
        let out = run(&["标题在这里", "正文第一段。"]);
        assert_eq!(out.len(), 2);
    }

    #[test]
    fn interview_questions_are_not_headings() {
        assert!(!is_heading_like("记者：现在还有年轻人愿意学吗？"));
        let out = run(&["所以我常跟徒弟说，手上要稳，心里更要", "静。", "记者：现在还有年轻人愿意学吗？"]);
        assert_eq!(out, vec!["所以我常跟徒弟说，手上要稳，心里更要静。", "记者：现在还有年轻人愿意学吗？"]);
    }

    #[test]
    fn a_number_cut_in_chinese_text_joins_without_a_space() {
        assert_eq!(join("赛事总规模2.", "5万人。"), "赛事总规模2.5万人。");
        assert_eq!(join("注册运动员12", "00余人。"), "注册运动员1200余人。");
        assert_eq!(join("It rose in 2024", "100 people came."), "It rose in 2024 100 people came.");
    }

    #[test]
    fn a_line_under_a_box_marker_starts_afresh() {
        let out = run(&[
            "■我市启动“健康体重”管理行动 近日，市卫生健康委启动全民健康体重管理行动。（王静怡）",
            "■市妇幼保健院开设更年期门诊 4月起，市妇幼保健院开设更年期综合门诊。",
        ]);
        assert_eq!(out.len(), 2, "{out:#?}");
    }

    #[test]
    fn list_item_continues() {
        let out = run(&[
            "- 碰撞、相互接触容易引起燃烧、爆炸和造成其他危害的危险化学品,以及化学性",
            "质或防护、灭火方法相互抵触的危险化学品,不得混合装运。",
            "- 遇热、遇潮容易引起燃烧的危险化学品,必须采取隔热措施。",
        ]);
        assert_eq!(out.len(), 2);
        assert!(out[0].contains("化学性质或防护"));
    }

    #[test]
    fn english_breaks() {
        let out = run(&[
            "The council voted 7-2 on Tuesday to approve a budget that raises spending on road repair and",
            "parks by 4 percent.",
            "A second vote is set for March, offi-",
            "cials said.",
        ]);
        assert_eq!(
            out,
            vec![
                "The council voted 7-2 on Tuesday to approve a budget that raises spending on road repair and parks by 4 percent.",
                "A second vote is set for March, officials said.",
            ]
        );
    }

    #[test]
    fn a_dashed_sentence_is_no_subtitle() {
        assert!(is_subtitle("——今年计划改造小区86个，年底前全部完工"));
        assert!(is_subtitle("— A deck under the headline"));
        assert!(!is_subtitle("— Staff writer Ken Ito contributed to this report."));
    }

    #[test]
    fn line_end_hyphens() {
        assert_eq!(join("the transportation com-", "mittee will"), "the transportation committee will");
        assert_eq!(join("the city's well-", "known consultants"), "the city's well-known consultants");
        assert_eq!(join("a Mexican-", "American writer"), "a Mexican-American writer");
        assert_eq!(join("in COVID-", "19 cases"), "in COVID-19 cases");
        // The page tells: the compound or the joined word written whole.
        assert_eq!(join_on_page("a cost-", "benefit test", "a cost-benefit test"), "a cost-benefit test");
        assert_eq!(join_on_page("the road-", "work", "roadwork begins"), "the roadwork");
        assert_eq!(join_on_page("a state-", "run school", "the state will run it"), "a state-run school");
        // Halves that are no words of the page are a split word.
        assert_eq!(join_on_page("in the re-", "port", "a short page"), "in the report");
        // PDF text extraction keeps the typesetter's hyphens (artifacts).
        assert_eq!(join_on_page("the gov-", "ernment said", "a short page"), "the government said");
        assert_eq!(join_on_page("a well-", "known name", "a short page"), "a well-known name");
        // A family's compounds keep the hyphen; an ending on the next line is a split word.
        assert_eq!(join_on_page("her great-", "granddaughter", "a short page"), "her great-granddaughter");
        assert_eq!(join_on_page("the great-", "est treat", "a short page"), "the greatest treat");
        assert_eq!(join_on_page("a well-", "ness centre", "a short page"), "a wellness centre");
    }

    #[test]
    fn spacing_at_joins() {
        assert_eq!(join("officials said —", "and then"), "officials said — and then");
        assert_eq!(join("officials said", "— and then"), "officials said — and then");
        assert_eq!(join("officials said—", "and then"), "officials said—and then");
        assert_eq!(join("as “hard to", "reach” places"), "as “hard to reach” places");
        assert_eq!(join("总投资约4.3亿元，涉及", "86个小区"), "总投资约4.3亿元，涉及86个小区");
        assert_eq!(join("纽约（New", "York）"), "纽约（New York）");
        // Curly quotes around Chinese words are Chinese marks: no space.
        assert_eq!(join("要让群众“有地方说话”", "“说话有人听”。"), "要让群众“有地方说话”“说话有人听”。");
        assert_eq!(join("建立“村民说事”", "“社区议事厅”等平台"), "建立“村民说事”“社区议事厅”等平台");
        assert_eq!(join("called it “fair”", "“and final”"), "called it “fair” “and final”");
    }
}
