//! Import step, unwrapping: the physical lines of a page export → one line per
//! paragraph, headline, byline or list item.
//!
//! Many exports wrap every line at the column width and mark paragraphs by a
//! blank line, by indentation (`　　`, spaces) or by nothing. Which it is, and
//! the column width, are read off the page as a whole:
//!
//! - the width is the one a cluster of lines reaches and (almost) none
//!   exceeds; a line that falls short of it by more than the next line's first
//!   word (a CJK line by more than about a character) ended because its text
//!   did, not because the column did: a headline, byline, list item or a
//!   paragraph's last line is never joined to what follows;
//! - a full line joins the next unless that starts a paragraph of its own: an
//!   indented line on an indented page, anything after a blank line, a list
//!   bullet, `Q:`/`问：`, a byline, a lead, a jump line, a credit;
//! - on a page with neither blank lines nor indentation a full line that ends
//!   a sentence is ambiguous (the paragraph may end there, or only the
//!   sentence); it is taken as a paragraph end, since splitting a paragraph
//!   loses less than merging two.
//!
//! Pages whose lines are not wrapped (one line per paragraph) show no such
//! cluster and keep their lines; `repair` still joins what a column break cut.

use super::byline::{is_contact_line, parse_byline_line, parse_end_credit, parse_lead};
use super::continuation::strip_jumps;
use super::encoding::clean_line;
use super::header::{Form, Line, is_furniture};
use super::repair::{PageWords, ends_open, is_data_row, is_heading_like, is_qa, is_subtitle, join_with, strip_bullet};
use super::rules::ImportRules;
use super::text::static_re;
use super::text::{is_cjk_text, is_han, is_terminated, len, word_count};
use regex::Regex;
use std::sync::OnceLock;

/// How far down a page without blank lines its head may reach.
const HEAD_LINES: usize = 8;

/// One line as the export printed it.
#[derive(Debug)]
struct Physical {
    no: usize,
    text: String,
    indent: bool,
    /// Display columns, indentation included (a CJK character is two).
    width: usize,
    /// The width less the closing marks a Chinese line ends in: typesetting
    /// never starts a line with `，` or `”` (避头尾), so it pulls them up onto
    /// the line before, past the measure.
    measure: usize,
    blank_before: bool,
    /// The line as printed (spacing kept), for tables.
    raw: String,
}

#[derive(Debug, Default, Clone, Copy, PartialEq)]
struct Layout {
    /// The column width the lines are wrapped at, when they are.
    width: Option<usize>,
    /// A blank line separates paragraphs (and only they are separated).
    blank_paras: bool,
    /// An indented first line starts a paragraph.
    indent_paras: bool,
}

/// The page's logical lines, each numbered by its first physical line; and
/// which of the page's lines are blank, by that number (from 1; `[0]` is
/// unused): a line of export artifacts alone is none.
pub fn unwrap(text: &str, rules: &ImportRules) -> (Vec<Line>, Vec<bool>) {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let unified = text.replace("\r\n", "\n").replace('\r', "\n");
    let cjk_page = is_cjk_text(&unified);
    let mut lines: Vec<Physical> = Vec::new();
    let mut blank = false;
    let mut blank_at = vec![false];
    for (i, raw) in unified.split('\n').enumerate() {
        // A line of export artifacts only: neither text nor a blank line.
        if raw == super::artifacts::DROPPED_LINE {
            blank_at.push(false);
            continue;
        }
        let text = clean_line(raw);
        blank_at.push(text.is_empty());
        if text.is_empty() {
            blank = true;
            continue;
        }
        let raw = raw.trim_end();
        lines.push(Physical {
            no: i + 1,
            indent: is_indented(raw),
            width: raw.chars().map(|c| columns(c, cjk_page)).sum(),
            measure: measure(raw, cjk_page),
            text,
            blank_before: std::mem::take(&mut blank),
            raw: raw.replace(['\u{200b}', '\u{feff}'], ""),
        });
    }
    let layout = layout(&lines, cjk_page);
    let blocks = blocks(&lines, &layout, rules);
    let groups = group_layouts(&lines, &layout, cjk_page);
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    let words = PageWords::new(&unified);
    let mut in_indented = false;
    let mut after_block = false;
    let mut i = 0;
    while i < lines.len() {
        let l = &lines[i];
        if let Some((end, form)) = blocks[i] {
            out.push(Line { no: l.no, text: block_text(&lines[i..end], form), form });
            after_block = true;
            in_indented = false;
            i = end;
            continue;
        }
        let lay = groups[i].as_ref().unwrap_or(&layout);
        // (A line standing as a paragraph of its own, right under a
        // finished one, that the next line's few words finish: see
        // [`sentence_cut_before_its_last_words`].)
        let cut = i >= 2
            && !l.blank_before
            && !lines[i - 1].blank_before
            && out.len() >= 2
            && out.last().is_some_and(|p| p.text == lines[i - 1].text)
            && out.get(out.len() - 2).is_some_and(|p| is_terminated(&p.text) && is_cjk_text(&p.text))
            && sentence_cut_before_its_last_words(&lines[i - 1].text, &l.text);
        let joins = i > 0
            && !std::mem::take(&mut after_block)
            && (cut
                || joins(
                    &lines[i - 1],
                    l,
                    out.last().map_or("", |p| p.text.as_str()),
                    lines.get(i + 1),
                    lay,
                    in_indented,
                    rules,
                ));
        // An unindented line stays in an indented paragraph only as its next
        // line: one that stands apart (a notice's signing name) ends it.
        in_indented = lay.indent_paras && (l.indent || (in_indented && joins));
        match out.last_mut() {
            Some(last) if joins => last.text = join_with(&last.text, &l.text, &words),
            _ => out.push(Line { no: l.no, text: l.text.clone(), form: Form::Prose }),
        }
        i += 1;
    }
    (out, blank_at)
}

/// Where the page's line breaks are meaning, not wrapping, by first line: the
/// end (exclusive) and form of the block. A table is three or more adjacent
/// rows; a stanza is a group of three or more short lines set apart by blank
/// lines. Neither is looked for in the page's first group (its head, where
/// masthead, date and 版名 lines stand together) nor over furniture.
fn blocks(lines: &[Physical], layout: &Layout, rules: &ImportRules) -> Vec<Option<(usize, Form)>> {
    let n = lines.len();
    let mut out: Vec<Option<(usize, Form)>> = vec![None; n];
    let mut taken = vec![false; n];
    let first_group = lines.iter().skip(1).position(|l| l.blank_before).map_or(n, |p| p + 1);
    // A page set without blank lines is one group: its head then ends at
    // the last furniture line near the top, and tables may follow it.
    let head_end = if first_group < n {
        first_group
    } else {
        (0..n.min(HEAD_LINES)).rev().find(|&k| is_furniture(&lines[k].text, rules)).map_or(0, |k| k + 1)
    };
    let row = |l: &Physical| is_row(l, layout) && !is_furniture(&l.text, rules);
    let mut i = head_end;
    while i < n {
        let mut e = i;
        while e < n && (e == i || !lines[e].blank_before) && row(&lines[e]) {
            e += 1;
        }
        // Two rows make a table beside another in the same group (a second
        // channel's listing under its name).
        let beside_table = e - i == 2 && {
            let group_start = (0..=i).rev().find(|&k| lines[k].blank_before || k == 0).unwrap_or(0);
            taken[group_start..i].iter().any(|&t| t)
        };
        if e - i >= 3 || beside_table {
            let head = i > head_end
                && !lines[i].blank_before
                && !taken[i - 1]
                && (is_cjk_header_row(&lines[i - 1].text, &lines[i].text)
                    || is_stub_header_row(&lines[i - 1], &lines[i].text));
            let start = if head { i - 1 } else { i };
            out[start] = Some((e, Form::Rows));
            taken[start..e].fill(true);
            i = e;
        } else {
            i = e.max(i + 1);
        }
    }
    let mut s = first_group;
    // Where the last stanza ended: a poem's next stanza may stand over its
    // illustrator's credit or the next piece's byline, and is no headline.
    let mut stanza_end: Option<usize> = None;
    while s < n {
        let e = group_end(lines, s);
        // `◆ 早春` alone between two stanzas: the next poem's title, set
        // after a box marker as a poetry page marks each title (and its
        // poet's `□ 何晓光` under it); the stanzas under it are verse still,
        // not a headline stacked over that poet's name.
        if stanza_end == Some(s) && e == s + 1 && marked_poem_title(&lines[s].text).is_some() {
            stanza_end = Some(e);
            s = e;
            continue;
        }
        // `MMDA TO START` / `NO-CONTACT` / `RULE ON EDSA` right over `By Jane
        // Bautista`: three lines or more in capitals over the byline, one
        // headline (a kicker in capitals is a line over a headline in
        // another case; a word alone over it, `CRIME`, is its kicker).
        if let Some(k) =
            (s + 3..e).find(|&k| parse_byline_line(&lines[k].text, rules).is_some_and(|c| !c.reporters.is_empty()))
            && (s..k).all(|j| !taken[j])
            && (is_stacked_capitals(&lines[s..k]) || is_broken_short_head(&lines[s..k]))
        {
            // (A stack broken mid-phrase, `Man stole copper` / `wire from` /
            // `rail yard`, has no kicker: its first line is its first words.)
            let kicked = word_count(&lines[s].text) == 1 && is_stacked_capitals(&lines[s..k]);
            out[if kicked { s + 1 } else { s }] = Some((k, Form::Prose));
            s = e;
            continue;
        }
        // `雨季` / `文／陳克華` / three short lines: a poem's title and its
        // writer set over its first stanza with no blank line between; the
        // lines under the byline are the stanza (open lines, only the last
        // may end a sentence). `從未寄出的信` / `圖／蔡兆倫`: a stanza after
        // a stanza, over its illustrator's credit, is one alike.
        let open_stanza = |a: usize, b: usize| {
            b >= a + 3
                && (a..b).all(|k| !taken[k] && is_verse_line(&lines[k], layout, rules) && is_cjk_text(&lines[k].text))
                && lines[a..b - 1].iter().all(|l| !is_terminated(&l.text))
                && !is_chinese_wrapped_prose(&lines[a..b])
        };
        let signed_over = (s + 1..(s + 3).min(e)).find(|&k| {
            parse_byline_line(&lines[k].text, rules).is_some_and(|c| !c.reporters.is_empty())
                && (s..k).all(|j| !taken[j] && is_cjk_text(&lines[j].text) && len(&lines[j].text) <= 20)
        });
        if let Some(k) = signed_over
            && open_stanza(k + 1, e)
        {
            out[k + 1] = Some((e, Form::Verse));
            stanza_end = Some(e);
            s = e;
            continue;
        }
        if stanza_end == Some(s)
            && e >= s + 4
            && (parse_end_credit(&lines[e - 1].text, rules).is_some()
                || parse_byline_line(&lines[e - 1].text, rules)
                    .is_some_and(|c| c.reporters.is_empty() && !c.contributors.is_empty()))
            && open_stanza(s, e - 1)
        {
            out[s] = Some((e - 1, Form::Verse));
            stanza_end = Some(e - 1);
            s = e;
            continue;
        }
        // `一只白鹭飞过` / `把天空折成两半` under a stanza: a poem's closing
        // couplet, a stanza too, unless a story's byline, lead or text is
        // set right under it (then it is that story's head).
        if stanza_end == Some(s)
            && e == s + 2
            && (s..e).all(|k| !taken[k] && is_verse_line(&lines[k], layout, rules) && is_cjk_text(&lines[k].text))
            && !is_terminated(&lines[s].text)
            && !lines.get(e).is_some_and(|l| {
                parse_byline_line(&l.text, rules).is_some()
                    || parse_lead(&l.text, rules).is_some()
                    || (len(&l.text) >= 20 && super::repair::is_running_text(&l.text))
            })
        {
            out[s] = Some((e, Form::Verse));
            stanza_end = Some(e);
            s = e;
            continue;
        }
        if e - s >= 3
            && (s..e).all(|k| !taken[k] && is_verse_line(&lines[k], layout, rules))
            && !continues_cut_prose(lines, s)
            && !is_english_prose(&lines[s..e])
            && !is_signed_letters_end(&lines[s..e])
            && !is_chinese_wrapped_prose(&lines[s..e])
        {
            // Short lines right over a byline or lead are a headline set in
            // a stack, not a stanza; an English one broken mid-phrase (the
            // lines after the first start in lower case) is one headline.
            // (`JANE SMITH OTTAWA` alone over the text: a Canadian byline.)
            let heads_a_story = lines.get(e).is_some_and(|l| {
                parse_byline_line(&l.text, rules).is_some()
                    || parse_lead(&l.text, rules).is_some()
                    || (group_end(lines, e) == e + 1
                        && lines.get(e + 1).is_some_and(|p| is_terminated(&p.text) || len(&p.text) >= 60)
                        && super::segment::caps_writer_then_place(&l.text).is_some())
                    // (`ANDRÉ LAROCHE` over `HALIFAX`, the name and the place
                    // each a line of their own.)
                    || (group_end(lines, e) == e + 2
                        && lines.get(e + 2).is_some_and(|p| is_terminated(&p.text) || len(&p.text) >= 60)
                        && super::segment::names_in_capitals(&l.text).is_some()
                        && super::segment::is_caps_place_line(&lines[e + 1].text))
            });
            // `Helen Pidd` / `North of England editor` set apart under a
            // stack and its deck: a writer's name over her post is a byline
            // as a `By` line is, and no poem is signed with a post.
            let heads_a_story = heads_a_story
                || (e + 2 < n
                    && group_end(lines, e) == e + 2
                    && super::byline::parse_name_over_role(&lines[e].text, &lines[e + 1].text, rules).is_some());
            // Verse is not set in capitals: a stack of them (`FURY AS` /
            // `COUNCIL` / `AXES LIDO`) is a tabloid's headline.
            let broken = is_broken_english_head(&lines[s..e]) || is_stacked_capitals(&lines[s..e]);
            // `OUR VIEW` / `A rail timetable that` / `fails the North again`:
            // a kicker in capitals over such a headline stays a line of its own.
            let kicked = !broken
                && e - s >= 3
                && is_stacked_capitals(&lines[s..s + 1])
                && is_broken_english_head(&lines[s + 1..e]);
            let broken = broken || kicked;
            // `Why councils must be allowed` / `to build homes again` /
            // `ANNA MORGAN`: such a headline over its writer's name in
            // capitals, or in plain case (`Tanya Waterworth`, as South
            // African and Singapore papers sign without `By`).
            // (Not under a title set alone in plain case: `Winter morning`
            // over `The frost lies white` / `on every gate` / `Mary Collins`
            // is a reader's poem, signed.)
            let under_title = s >= 1
                && lines[s].blank_before
                && (s == 1 || lines[s - 1].blank_before)
                && lines[s - 1].text.chars().any(char::is_lowercase)
                && !is_terminated(&lines[s - 1].text)
                && word_count(&lines[s - 1].text) <= 8;
            let last = lines[e - 1].text.trim();
            let plain_name = !under_title && (2..=3).contains(&word_count(last)) && super::byline::is_plain_name(last);
            let signed_in_capitals = !broken
                && e - s >= 3
                && (super::segment::names_in_capitals(last).is_some() || plain_name)
                && is_broken_english_head(&lines[s..e - 1]);
            if signed_in_capitals && e < n && is_paragraph_under(&lines[s..e - 1], &lines[e..group_end(lines, e)]) {
                out[s] = Some((e - 1, Form::Prose));
                s = e;
                continue;
            }
            // Or broken mid-phrase over a paragraph of prose (`Farmers warned
            // of` / `locust outbreak` / `as spring nears` over `GRAIN growers
            // across …`): verse is not set over a story's text.
            let next_end = group_end(lines, e);
            // `THE LONG VIEW` / `Pension funds are not the villains of the
            // gilt market` / `Jonathan Ferris` over a paragraph: a column's
            // label, its headline and its writer, each a line of its own.
            let labelled_and_signed = !broken
                && (3..=4).contains(&(e - s))
                && is_stacked_capitals(&lines[s..s + 1])
                && (2..=3).contains(&word_count(lines[e - 1].text.trim()))
                && super::byline::is_plain_name(lines[e - 1].text.trim())
                && (e - s == 3 || is_broken_english_head(&lines[s + 1..e - 1]))
                && lines[s + 1..e - 1].iter().all(|l| !is_terminated(&l.text))
                && e < n
                && is_paragraph_under(&lines[s + 1..e - 1], &lines[e..next_end]);
            if labelled_and_signed {
                out[s + 1] = Some((e - 1, Form::Prose));
                s = e;
                continue;
            }
            // Or with a name alone between (`Jodie Bradby`: the byline).
            let signed = next_end == e + 1
                && super::byline::is_plain_name(lines[e].text.trim())
                && next_end < n
                && is_paragraph_under(&lines[s..e], &lines[next_end..group_end(lines, next_end)]);
            // Or a label, a headline and the writer's name alone over a
            // paragraph of Chinese prose (`记者手记` / `一部电梯，考验的是…` /
            // `孙伟`): a sidebar's head, not a stanza signed by its poet.
            // (`以…推动高质量发展` / `王建国` / `（作者系…大学教授）`: a theory
            // page's essay head, the writer's post under the name.)
            let signed_line =
                if e - s >= 3 && super::repair::is_article_note(&lines[e - 1].text) { e - 2 } else { e - 1 };
            let named_head = e - s <= 4
                && super::segment::bare_chinese_name(&lines[signed_line].text, rules).is_some()
                && lines.get(e).is_some_and(|l| {
                    // (Its first paragraph may be cut by a column break: a
                    // long line is prose all the same.)
                    is_cjk_text(&l.text) && len(&l.text) >= 20 && (is_terminated(&l.text) || len(&l.text) >= 40)
                });
            let heads_a_story = heads_a_story
                || named_head
                || (e < n
                    && broken
                    && (signed
                        || is_paragraph_under(&lines[s..e], &lines[e..next_end])
                        || story_under(lines, s, e, rules)));
            let after_stanza = stanza_end == Some(s) && is_cjk_text(&lines[s].text) && !broken;
            if !heads_a_story || after_stanza {
                out[s] = Some((e, Form::Verse));
                stanza_end = Some(e);
            } else if kicked {
                out[s + 1] = Some((e, Form::Prose));
            } else if broken {
                out[s] = Some((e, Form::Prose));
            }
        }
        s = e;
    }
    out
}

/// `…血液酒精含量达到112mg/100ml，` / (column break) / `已属醉酒驾驶。` /
/// `目前，王某已被…措施。`: short paragraphs under a long line of prose cut
/// mid-sentence go on with its text; no stanza finishes a paragraph's
/// sentence (a poem quoted after `写道：` follows a colon, not a comma).
fn continues_cut_prose(lines: &[Physical], s: usize) -> bool {
    let Some(prev) = s.checked_sub(1).map(|k| lines[k].text.trim()) else { return false };
    lines[s].blank_before
        && is_cjk_text(prev)
        && is_cjk_text(&lines[s].text)
        && len(prev) > 24
        && !is_terminated(prev)
        && prev.chars().next_back().is_some_and(|c| c == '，' || c == '、' || is_han(c) || c.is_ascii_alphanumeric())
        && is_terminated(&lines[s].text)
}

/// `◆ 河畔`, `◇ 燕归来`, `□ 何晓光`: a few Han characters after a box
/// marker, no sentence: on a poetry page a poem's title (or its poet's name
/// under it); never a stanza's line, which no marker opens. The title
/// without its marker.
pub(super) fn marked_poem_title(text: &str) -> Option<&str> {
    let rest = text.trim().strip_prefix(['◆', '◇', '□', '■', '●', '★', '☆'])?.trim();
    ((1..=10).contains(&len(rest))
        && rest.chars().all(|c| is_han(c) || " \u{3000}·《》“”".contains(c))
        && rest.chars().any(is_han))
    .then_some(rest)
}

/// Where the group of lines starting at `from` ends: at the next line set
/// after a blank one, or the page's end.
fn group_end(lines: &[Physical], from: usize) -> usize {
    (from + 1..lines.len()).find(|&k| lines[k].blank_before).unwrap_or(lines.len())
}

/// A row of a table set as text: columns apart by runs of spaces (`Harbor
/// United    12   9`), a spaced Chinese data row (`淇县 晴 25~33℃`), a
/// listing led by a time (`19:30 新闻联播`) or a short line of scores
/// (`Harbor United 3, Old Mill 0`). Never a finished sentence.
fn is_row(l: &Physical, layout: &Layout) -> bool {
    let t = l.text.as_str();
    if strip_bullet(t).is_some() {
        return false;
    }
    // `数据来源：Wind　　制表：周　倩` under a table says where its figures
    // come from and who set it: a note, not a row.
    if super::segment::is_source_note(t) {
        return false;
    }
    // `3月1日，队员在比赛中拼抢。 本报记者 孙明 摄` set tight under a score
    // box: the picture's caption and credit, no row of the box.
    if is_cjk_text(t) && super::segment::ends_with_photo_credit(t) && t.contains(['，', '。']) {
        return false;
    }
    // No sentence is spaced into columns, so a last cell may end as a
    // sentence would (a show's title, `Jeopardy!`).
    if row_gaps(&l.raw) >= 2 {
        return true;
    }
    if is_terminated(t) {
        return false;
    }
    if row_gaps(&l.raw) == 1 && (is_figure_row(&l.raw) || is_dated_row(&l.raw) || is_route_row(&l.raw)) {
        return true;
    }
    // A full line of a wrapped paragraph may hold numbers too.
    let short = len(t) <= 40 && layout.width.is_none_or(|w| l.width + w / 4 < w);
    let timed = {
        let digits = t.bytes().take_while(u8::is_ascii_digit).count();
        (1..=2).contains(&digits) && t[digits..].starts_with([':', '：']) && t.contains(' ')
    };
    let numbers = t
        .split_whitespace()
        .filter(|w| {
            // (`+6.20`, `-0.88%`, `2,911.50`: a market's change and level.)
            let w = w.trim_end_matches([',', ';']).trim_start_matches(['+', '\u{2212}']).trim_end_matches('%');
            !w.is_empty()
                && w.starts_with(|c: char| c.is_ascii_digit() || c == '-' || c == '.')
                && w.chars().all(|c| c.is_ascii_digit() || matches!(c, '-' | '.' | ':' | ','))
        })
        .count();
    // `Steers 400-500kg 340-385c/kg`, `Heavy cows 520kg+ 265-298c/kg`: a
    // market report's row, a range and another figure in the trade's units.
    static MEASURE: OnceLock<Regex> = OnceLock::new();
    let measure = static_re(&MEASURE, r"^[$£€]?\d[\d.,]*(-\d[\d.,]*)?(?:c/kg|/kg|kg|c|mm|cm|km|ha|t|%)?\+?$");
    let measures: Vec<_> = t.split_whitespace().filter_map(|w| measure.captures(w)).collect();
    let priced = measures.len() >= 2 && measures.iter().any(|c| c.get(1).is_some());
    short && (is_data_row(t) || timed || (!is_cjk_text(t) && (numbers >= 2 || priced) && word_count(t) <= 8))
}

/// `全市小麦种植面积　　160.3万亩`, `Turnout      64.2%`: a fact box's row, a
/// short label and, apart from it by a wide gap, the figure it gives.
fn is_figure_row(raw: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    // A figure may be hedged (`约5.6万套`, `超3000台`); a service line's
    // number runs longer than a figure's unit (`0771-2828110`).
    let re = static_re(
        &RE,
        r"^(\S.*?\S)(?:[ \t]{2,}|[ \t]*\u{3000}[ \t\u{3000}]*)((?:约|近|超|逾|超过|不足)?[$€£¥￥]?[0-9][0-9.,]*\S{0,6}|\(?\d{2,5}\)?-?\d{3,8}(?:[-转]\d{1,6})?)$",
    );
    re.captures(raw.trim()).is_some_and(|c| len(&c[1]) <= 24 && !c[1].contains([',', '，', '。', '；', ';']))
}

/// `12路　取消人民路口站，改停解放路中段站`, `K2路　增设高铁东站站`: a row
/// of a notice's list of bus or metro lines, the line's number and, apart
/// from it, what changes on it (a clause or two, never a finished sentence).
fn is_route_row(raw: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = static_re(
        &RE,
        r"^(?:[A-Z]{0,3}\d{1,4}(?:路|号线|線)(?:[A-Z]|区间|支线|快线|夜班)?)(?:[ \t]{2,}|[ \t]*\u{3000}[ \t\u{3000}]*)(\S.*)$",
    );
    re.captures(raw.trim()).is_some_and(|c| len(&c[1]) <= 40 && !c[1].contains(['。', '；', ';']))
}

/// `3月10日—3月25日　　普通高考网上报名`, `6月25日　　公布高考成绩`: a
/// schedule's row, the day or days and, apart from them by a wide gap, a
/// short item (a sentence about a day runs on without the gap).
fn is_dated_row(raw: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = static_re(
        &RE,
        r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:\s*[—\-–~至到]+\s*(?:\d{1,2}月)?\d{1,2}日)?(?:[（(](?:周|星期)[一二三四五六日天][）)])?(?:[ \t]{2,}|[ \t]*\u{3000}[ \t\u{3000}]*)(\S.*)$",
    );
    re.captures(raw.trim()).is_some_and(|c| len(&c[1]) <= 24 && !c[1].contains([',', '，', '。', '；', ';']))
}

/// `品名 批发价（元/公斤） 零售价`: a Chinese table's header over its first
/// row, cells apart by single spaces and as many as the row has. Chinese
/// headlines set no spaces between words, so the spaces make the cells.
fn is_cjk_header_row(head: &str, first_row: &str) -> bool {
    let cells = head.split_whitespace().count();
    // (`币种　中间价` over `美元　7.1052`: two cells, each a word of a few
    // characters over a figure's column; a headline's two halves set apart
    // run longer.)
    let two_short_cells = cells == 2
        && head.split_whitespace().all(|c| len(c) <= 4)
        && first_row.split_whitespace().next_back().is_some_and(|c| c.chars().any(|ch| ch.is_ascii_digit()));
    (cells >= 3 || two_short_cells)
        && cells == first_row.split_whitespace().count()
        && head.split_whitespace().all(|c| c.chars().next().is_some_and(is_han))
        && !is_terminated(head)
        && !head.contains(['，', '。', '：', ':'])
}

/// `　　　　中国队　　卡塔尔队` over `射门　　9　　16`: a table's head whose
/// first cell, over the rows' labels, is left empty; the line is set in by
/// that cell and names one column fewer than the rows hold.
fn is_stub_header_row(head: &Physical, first_row: &str) -> bool {
    let cells = head.text.split_whitespace().count();
    cells >= 2
        && cells + 1 == first_row.split_whitespace().count()
        && super::text::indent_width(&head.raw) >= 6
        && head.text.split_whitespace().all(|c| c.chars().next().is_some_and(is_han))
        && !is_terminated(&head.text)
        && !head.text.contains(['，', '。', '：', ':'])
}

/// Runs of two or more spaces (or a tab, or an ideographic space) between
/// words, not after a sentence's end (`said.  The` is typing, not columns).
fn column_gaps(raw: &str) -> usize {
    count_gaps(raw, false)
}

/// [`column_gaps`] that make a table's row: not the space after a brief's
/// box marker nor one inside brackets (`■　6月9日，…。（王　芳）`: a padded
/// name); a brief's line is no row. (The measure of the column still
/// leaves such lines out, as [`column_width`] does every spaced one.)
fn row_gaps(raw: &str) -> usize {
    count_gaps(raw, true)
}

fn count_gaps(raw: &str, as_row: bool) -> usize {
    const BOXES: &[char] = &['■', '□', '●', '◆', '▲', '△', '◇', '★', '◎'];
    let t = raw.trim();
    let t = if as_row { t.strip_prefix(BOXES).map_or(t, |r| r.trim_start_matches([' ', '\t', '\u{3000}'])) } else { t };
    let mut gaps = 0;
    let mut prev = ' ';
    let mut spaces = 0;
    let mut wide = false;
    let mut bracketed = false;
    // `p.m.`, `U.S.`: a word with a stop inside is an abbreviation, and the
    // stop after it ends no sentence.
    let mut word = String::new();
    for c in t.chars() {
        if c == ' ' || c == '\t' || c == '\u{3000}' {
            spaces += 1;
            wide |= c != ' ';
            continue;
        }
        let abbreviation = word.trim_end_matches('.').contains('.');
        let ends_sentence = matches!(prev, '.' | '。' | '!' | '?' | '！' | '？' | ':' | '：' | ',' | '，')
            && !(prev == '.' && abbreviation);
        if (spaces >= 2 || wide) && !ends_sentence && !(as_row && bracketed) {
            gaps += 1;
        }
        match c {
            '（' => bracketed = true,
            '）' => bracketed = false,
            _ => {}
        }
        if spaces > 0 {
            word.clear();
        }
        word.push(c);
        spaces = 0;
        wide = false;
        prev = c;
    }
    gaps
}

/// English short lines that are prose after all: each a finished sentence,
/// or all but the last filling one measure (a paragraph wrapped on a page
/// too short to show its column width). Chinese verse is often set in lines
/// of one length, ended by `，` and `。`, so this is asked of English only.
fn is_english_prose(group: &[Physical]) -> bool {
    if group.iter().any(|l| is_cjk_text(&l.text)) {
        return false;
    }
    let sentences = group.iter().all(|l| is_terminated(&l.text));
    let widest = group.iter().map(|l| l.width).max().unwrap_or(0);
    let body = &group[..group.len() - 1];
    let measured = widest > 30 && body.iter().all(|l| l.width * 10 >= widest * 9);
    sentences || measured
}

/// `The council must do better.` / `D. Harvey` / `Penryn` (or `D. Harvey,
/// Penryn` on one line): a letter's last sentence with its writer's name
/// and town under it; short lines, but no stanza (the lines kept as set ran
/// the name into the text).
fn is_signed_letters_end(group: &[Physical]) -> bool {
    let english = |ls: &[Physical]| ls.iter().all(|l| !is_cjk_text(&l.text));
    let closed = |ls: &[Physical]| ls.last().is_some_and(|l| is_terminated(&l.text));
    let one_line = group.split_last().is_some_and(|(last, body)| {
        english(body)
            && closed(body)
            && (super::segment::town_signature(&last.text).is_some()
                || super::segment::capitals_signature(&last.text).is_some())
    });
    let [body @ .., name, town] = group else { return false };
    let name = name.text.trim();
    one_line
        || (english(body)
            && closed(body)
            && (super::byline::is_plain_name(name) || super::segment::is_name_with_initials(name))
            && super::segment::is_town(&town.text))
}

/// Chinese short lines that are a paragraph wrapped to a narrow measure (a
/// story at 17 characters on a page whose other stories run one line per
/// paragraph): all but the last line of one width, sentences running on
/// across the breaks (`…上半` / `场申花率先破门，…`). Verse set in lines
/// of one length breaks at its clauses (`床前明月光，` / `疑是地上霜。`).
fn is_chinese_wrapped_prose(group: &[Physical]) -> bool {
    let Some((last, body)) = group.split_last() else { return false };
    if body.len() < 2 || !group.iter().all(|l| is_cjk_text(&l.text)) {
        return false;
    }
    let widest = body.iter().map(|l| l.width).max().unwrap_or(0);
    let narrowest = body.iter().map(|l| l.width).min().unwrap_or(0);
    let ends_open = |t: &str| t.chars().next_back().is_some_and(|c| c.is_alphanumeric());
    // A mark inside a line: a clause ends mid-line, as it does in prose.
    let inner_mark = |t: &str| {
        let t = t.trim_end_matches(|c: char| !c.is_alphanumeric());
        t.contains(['，', '。', '、', '；', '：', '！', '？'])
    };
    // (Half-width figures leave a full line a column or three short: `1:0。`.)
    widest >= 20
        && narrowest * 10 >= widest * 9
        && last.width <= widest + 4
        && is_terminated(&last.text)
        && body.iter().filter(|l| ends_open(&l.text)).count() * 2 >= body.len()
        && group.iter().filter(|l| inner_mark(&l.text)).count() * 2 >= group.len()
}

/// A line that may be verse: short, well short of the column on a wrapped
/// page, and nothing the page uses to start or sign a piece.
fn is_verse_line(l: &Physical, layout: &Layout, rules: &ImportRules) -> bool {
    let t = l.text.as_str();
    let short = if is_cjk_text(t) { len(t) <= 20 } else { word_count(t) <= 10 && len(t) <= 60 };
    short
        && layout.width.is_none_or(|w| l.width + 8 <= w)
        && strip_bullet(t).is_none()
        // (`■CBA公司昨日公布新赛季赛程。`: a boxed brief, one of a column's.)
        && !(t.starts_with(['■', '□', '●', '◆', '▲', '★']) && is_terminated(t))
        && !is_qa(t)
        && !is_subtitle(t)
        // (`★★★★` under a review's headline: a rating rates no stanza.)
        && !super::segment::is_star_rating(t)
        && !is_data_row(t)
        && !numbered_item(t)
        && !strip_jumps(t).text.is_empty()
        && strip_jumps(t).from.is_none()
        && strip_jumps(t).to.is_none()
        && parse_lead(t, rules).is_none()
        && parse_byline_line(t, rules).is_none()
        && parse_end_credit(t, rules).is_none()
        && !is_furniture(t, rules)
}

/// A paragraph of English text under a stack of short lines: wider lines
/// than the stack's, ending a sentence (a ragged column is not measured).
fn is_paragraph_under(stack: &[Physical], group: &[Physical]) -> bool {
    let widest = |g: &[Physical]| g.iter().map(|l| l.width).max().unwrap_or(0);
    // (A paragraph set as one long line is one too.)
    (group.len() >= 2 || group.first().is_some_and(|l| word_count(&l.text) >= 15))
        && !group.iter().any(|l| is_cjk_text(&l.text))
        && widest(group) > widest(stack) + 5
        && group.iter().any(|l| is_terminated(&l.text) || l.text.contains(". "))
}

/// `Man stole copper` / `wire from` / `rail yard`: a headline set in a
/// stack of short lines and broken mid-phrase, each line after the first
/// opening in lower case.
fn is_broken_short_head(lines: &[Physical]) -> bool {
    lines.iter().all(|l| word_count(&l.text) <= 6) && is_broken_english_head(lines)
}

/// `School board` / `weighs four-day` / `week for fall`: every line after the
/// first goes on in lower case (or with a figure: `34C in south-east`) and
/// none ends a sentence.
fn is_broken_english_head(lines: &[Physical]) -> bool {
    !lines.iter().any(|l| is_cjk_text(&l.text) || is_terminated(&l.text))
        && lines[1..]
            .iter()
            .all(|l| l.text.chars().next().is_some_and(char::is_lowercase) || opens_with_figure(&l.text))
}

/// `…bracing for temperatures above` over `45 deg C this week, with…`: a
/// line of running text (six words or more, no stop, its last word in lower
/// case) over one opening on a figure whose next word is in lower case, the
/// sentence going on (to a comma or a stop, or six words or more).
fn text_goes_on_with_a_figure(at: &str, bt: &str) -> bool {
    let (at, bt) = (at.trim(), bt.trim());
    let last = at.rsplit(' ').next().unwrap_or("");
    let second = bt.split_whitespace().nth(1).unwrap_or("");
    !is_cjk_text(at)
        && !is_cjk_text(bt)
        && word_count(at) >= 6
        && !is_terminated(at)
        && !last.is_empty()
        && last.chars().all(|c| c.is_ascii_lowercase())
        && bt.starts_with(|c: char| c.is_ascii_digit())
        && second.starts_with(|c: char| c.is_ascii_lowercase())
        && (is_terminated(bt) || bt.contains(", ") || word_count(bt) >= 6)
}

/// `4.8% pay offer`, `Rs5bn for schools`, `34C in south-east`: a line whose
/// first word holds a figure.
fn opens_with_figure(t: &str) -> bool {
    t.split_whitespace().next().is_some_and(|w| w.chars().any(|c| c.is_ascii_digit()))
}

/// What stands under a stack of short lines (`s..e`) is a story's start:
/// the writer (a byline, or a name over a role: `Helena Horton` /
/// `Environment reporter`, or a name alone) or the text, under at most a
/// deck (`Ministers accept councils will need £1.2bn …` / `contingency
/// sites close`): the stack is the story's headline.
fn story_under(lines: &[Physical], s: usize, e: usize, rules: &ImportRules) -> bool {
    let mut at = e;
    let mut decks = 0;
    while at < lines.len() {
        let end = group_end(lines, at);
        let group = &lines[at..end];
        let first = group[0].text.trim();
        if parse_byline_line(first, rules).is_some_and(|c| !c.names_no_one())
            || parse_lead(first, rules).is_some()
            || (group.len() >= 2 && super::byline::parse_name_over_role(first, &group[1].text, rules).is_some())
        {
            return true;
        }
        if group.len() == 1 && super::byline::is_plain_name(first) {
            at = end;
            continue;
        }
        // `JOANNE LEBLANC` / `Ottawa Capital Star`: the writer's name over
        // the paper's (or her post) is a byline too; a poem is not signed
        // with a masthead.
        if group.len() == 2
            && (super::byline::is_plain_name(first) || super::segment::names_in_capitals(first).is_some())
            && is_affiliation_line(group[1].text.trim())
        {
            at = end;
            continue;
        }
        if is_paragraph_under(&lines[s..e], group) {
            return true;
        }
        // A deck: a line or a few, wider than the stack, no sentence ended.
        let deck = decks == 0
            && group.len() <= 3
            && !group.iter().any(|l| is_cjk_text(&l.text) || is_terminated(&l.text))
            && group.iter().map(|l| l.width).sum::<usize>() > lines[s..e].iter().map(|l| l.width).max().unwrap_or(0);
        if !deck {
            return false;
        }
        decks += 1;
        at = end;
    }
    false
}

/// `Ottawa Capital Star`, `Staff Writer`: a few capitalised words under a
/// writer's name, no sentence.
fn is_affiliation_line(t: &str) -> bool {
    !is_cjk_text(t)
        && !is_terminated(t)
        && (1..=4).contains(&word_count(t))
        && t.split_whitespace().all(|w| w.starts_with(|c: char| c.is_uppercase()))
}

/// `FURY AS` / `COUNCIL` / `AXES LIDO`: English lines in capitals, a few
/// words each, none ending a sentence.
fn is_stacked_capitals(lines: &[Physical]) -> bool {
    lines.iter().all(|l| {
        let t = l.text.as_str();
        !is_cjk_text(t)
            && !is_terminated(t)
            && word_count(t) <= 4
            && t.chars().any(char::is_alphabetic)
            && !t.chars().any(char::is_lowercase)
    })
}

/// A block's lines: verse as cleaned text, table rows as printed, less the
/// indentation they all share.
fn block_text(lines: &[Physical], form: Form) -> String {
    if form == Form::Verse {
        return lines.iter().map(|l| l.text.as_str()).collect::<Vec<_>>().join("\n");
    }
    if form == Form::Prose {
        return lines.iter().map(|l| l.text.as_str()).collect::<Vec<_>>().join(" ");
    }
    let lead = |r: &str| r.chars().take_while(|c| c.is_whitespace()).count();
    let common = lines.iter().map(|l| lead(&l.raw)).min().unwrap_or(0);
    lines
        .iter()
        .map(|l| l.raw.chars().skip(common).collect::<String>().trim_end().to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

fn is_indented(line: &str) -> bool {
    line.starts_with(['\u{3000}', '\t']) || line.starts_with("  ")
}

/// Columns a character takes in a monospaced export: CJK characters and
/// full-width forms two, quotes and dashes two on a Chinese page (typeset a
/// full em there), everything else one.
fn columns(c: char, cjk_page: bool) -> usize {
    let wide = is_han(c)
        || matches!(c, '\u{3000}'..='\u{303f}' | '\u{ff01}'..='\u{ff60}' | '\u{ffe0}'..='\u{ffe6}' | '\u{3040}'..='\u{30ff}' | '\u{ac00}'..='\u{d7a3}');
    let ambiguous = matches!(c, '“' | '”' | '‘' | '’' | '—' | '…' | '·' | '―');
    match c {
        '\t' => 4,
        _ if wide || (ambiguous && cjk_page) => 2,
        _ => 1,
    }
}

/// A line's [`columns`] less the closing marks at its end (see `Physical::measure`).
fn measure(raw: &str, cjk_page: bool) -> usize {
    const CLOSING: &[char] = &['，', '。', '、', '；', '：', '？', '！', '”', '’', '）', '》', '」', '』', '〉', '】'];
    let kept = if cjk_page { raw.trim_end().trim_end_matches(CLOSING) } else { raw };
    kept.chars().map(|c| columns(c, cjk_page)).sum()
}

fn layout(lines: &[Physical], cjk_page: bool) -> Layout {
    let n = lines.len();
    let adjacent = lines.iter().skip(1).filter(|l| !l.blank_before).count();
    let blanks = lines.iter().skip(1).filter(|l| l.blank_before).count();
    // A double-spaced export puts a blank line after every line: then blank
    // lines mark nothing.
    let blank_paras = blanks >= 2 && adjacent * 5 >= n;
    let indented = lines.iter().filter(|l| l.indent).count();
    let wraps = lines.iter().skip(1).filter(|l| !l.indent && !l.blank_before).count();
    let width = column_width(lines, cjk_page);
    // Where paragraphs are long in a narrow column, or tables and briefs fill
    // the rest of the page, few lines are indented; that the lines before the
    // indented ones end sentences shows what they mark.
    let indent_paras = indented >= 3
        && wraps > 0
        && (indented * 4 >= n || width.is_some_and(|w| indents_follow_sentence_ends(lines, w)));
    Layout { width, blank_paras, indent_paras }
}

/// On a page whose lines are not wrapped as a whole, the layout of each
/// group of lines between blank lines that is: a feature wrapped at its
/// column among stories set one paragraph to a line (an export mixing a
/// typeset story with pasted ones), whose longer lines hid the column from
/// [`layout`]. By line; `None` where the page's layout holds.
///
/// On a wrapped page, the groups set to a clearly narrower measure of their
/// own (a review at 20 characters a line on a page of briefs at 26): read
/// at the page's, every line of theirs fell short of it and broke the
/// paragraph, some becoming headings.
fn group_layouts(lines: &[Physical], page: &Layout, cjk_page: bool) -> Vec<Option<Layout>> {
    let n = lines.len();
    let mut out: Vec<Option<Layout>> = (0..n).map(|_| None).collect();
    if !page.blank_paras {
        return out;
    }
    let mut wrapped: Vec<(std::ops::Range<usize>, usize)> = Vec::new();
    let mut s = 0;
    while s < n {
        let e = group_end(lines, s);
        // (A shorter paragraph whose lines show the wrap has its full
        // lines' width, too few lines for `column_width` to find it.)
        let group = &lines[s..e];
        let width = if e - s >= 5 {
            column_width(group, cjk_page)
        } else if is_chinese_wrapped_prose(group) {
            group[..group.len() - 1].iter().map(|l| l.width).max()
        } else {
            None
        };
        if let Some(w) = width {
            wrapped.push((s..e, w));
        }
        s = e;
    }
    if let Some(page_width) = page.width {
        wrapped.retain(|&(_, own)| own * 10 < page_width * 9);
    }
    // A ragged English column reaches its measure in some stories only: the
    // groups' lines together tell it better than a short story alone, unless
    // a story is set to a measure of its own (a narrower feature).
    let all = wrapped.iter().flat_map(|(r, _)| &lines[r.clone()]);
    let common = if wrapped.len() > 1 && page.width.is_none() { column_width(all, cjk_page) } else { None };
    for (r, own) in wrapped {
        let w = common.filter(|&c| c >= own && c * 10 <= own * 11).unwrap_or(own);
        let group = &lines[r.clone()];
        // Indentation marks the group's paragraphs when every indented
        // line follows a finished sentence or a line short of the column.
        let under: Vec<&Physical> = group.windows(2).filter(|p| p[1].indent).map(|p| &p[0]).collect();
        let indent_paras = under.len() >= 2 && under.iter().all(|a| is_terminated(&a.text) || a.width + 4 < w);
        let lay = Layout { width: Some(w), blank_paras: true, indent_paras };
        for slot in &mut out[r] {
            *slot = Some(lay);
        }
    }
    out
}

/// Whether the indented lines of a wrapped page start paragraphs: set right
/// under another line, they follow a finished sentence (three at least) or
/// a line short of the column (a paragraph's last line may be of any
/// length), hardly ever a full line cut mid-sentence. Then the indentation
/// marks paragraphs, however few of the page's lines it is.
fn indents_follow_sentence_ends(lines: &[Physical], w: usize) -> bool {
    let under: Vec<&Physical> = lines.windows(2).filter(|p| p[1].indent && !p[1].blank_before).map(|p| &p[0]).collect();
    let after_end = under.iter().filter(|a| is_terminated(&a.text)).count();
    // Full as `full` admits it: up to the measure, or past it by hanging
    // punctuation or closing marks pulled up (a banner is wider still).
    let mid_sentence = under
        .iter()
        .filter(|a| !is_terminated(&a.text) && a.width + 4 >= w && (a.width <= w + 2 || a.measure <= w))
        .count();
    // On a short page, under every indented line a finished sentence or a
    // line well short of the column (a headline, a byline) and never a full
    // one: `hall in 1986, a plate cost $2.50.` over `  The club will…`.
    let short = under.iter().filter(|a| !is_terminated(&a.text) && a.width * 4 < w * 3).count();
    (after_end >= 3 && mid_sentence * 10 <= under.len())
        || (under.len() >= 3 && after_end >= 1 && mid_sentence == 0 && after_end + short == under.len())
}

/// The width most lines come up to and hardly any exceeds, when the page is
/// wrapped; a page of one line per paragraph has no such width.
fn column_width<'a>(lines: impl IntoIterator<Item = &'a Physical>, cjk_page: bool) -> Option<usize> {
    // Rows spaced into columns are as wide as their cells make them, not the
    // measure: a wide table row would push the width past the text's.
    // A line set in the middle of the page (`—4—` under twenty spaces) is
    // as wide as its indent makes it: a folio at head and foot would give
    // a measure of their own.
    let centred = |l: &Physical| {
        let lead = l.raw.chars().take_while(|c| c.is_whitespace()).count();
        lead >= 6 && lead * 2 > l.raw.chars().count()
    };
    // A line with a wide gap inside (`THE SYDNEY MORNING HERALD    Thursday,
    // May 22, 2025`) is as wide as its cells are spaced: a folio's two
    // lines gave a measure wider than the text's.
    let spaced = |l: &Physical| l.raw.trim().contains("    ");
    let lines: Vec<&Physical> =
        lines.into_iter().filter(|l| column_gaps(&l.raw) < 2 && !centred(l) && !spaced(l)).collect();
    let n = lines.len();
    let mut widths: Vec<usize> = lines.iter().map(|l| l.width).collect();
    widths.sort_unstable();
    widths.dedup();
    // Closing marks pulled up onto a line (避头尾) stand past the measure.
    let full_at = |w: usize| lines.iter().filter(|l| l.measure <= w && l.width + w / 4 >= w).count();
    // Hanging punctuation may stick out by one CJK character.
    let over_at = |w: usize| lines.iter().filter(|l| l.width > w + 2 && l.measure > w).count();
    // The lines that come right up to a width. A measure is one that lines
    // reach again and again: a single wider line (a credit or headline set
    // across the column) is no measure of its own.
    let reach_at = |w: usize| lines.iter().filter(|l| l.measure <= w && l.measure + 2 >= w).count();
    // Where two widths fit a Chinese page as well (closing marks pulled up
    // make lines of several widths), the one more lines come right up to.
    let (w, full, over, _) = widths
        .iter()
        .filter(|&&w| w >= 24 && reach_at(w) >= 2)
        .map(|&w| (w, full_at(w), over_at(w), if cjk_page { reach_at(w) } else { 0 }))
        .max_by_key(|&(w, full, over, reach)| (full as isize - 2 * over as isize, reach, w))?;
    // Real wrapping breaks lines mid-sentence, where a table or a list of
    // short lines of equal length would not.
    let open = lines
        .windows(2)
        .filter(|p| !p[1].blank_before && p[0].measure <= w && p[0].width + w / 4 >= w && !is_terminated(&p[0].text))
        .count();
    (full >= 4 && full * 10 >= n * 3 && over * 5 <= n && open >= 2).then_some(w)
}

/// `| NATION MEDIA GROUP`: the last cell of a barred photo credit, in capitals.
fn is_credit_cell(t: &str) -> bool {
    t.trim().strip_prefix("| ").is_some_and(|cell| {
        (1..=4).contains(&word_count(cell))
            && cell.chars().all(|c| c.is_ascii_uppercase() || c == ' ' || c == '&' || c == '.' || c == '\'')
    })
}

/// Whether `b` is the next line of the paragraph ending in `a`.
fn joins(
    a: &Physical,
    b: &Physical,
    para: &str,
    after: Option<&Physical>,
    layout: &Layout,
    in_indented: bool,
    rules: &ImportRules,
) -> bool {
    if (b.blank_before && layout.blank_paras) || (b.indent && layout.indent_paras) {
        return false;
    }
    // `中国青年报 2026年6月18日 星期四 第4版 校园` over `责任编辑 陈晓冉 …`:
    // a running head may fill the column's measure; it runs into nothing.
    if a.no <= 2 * HEAD_LINES && (is_furniture(&a.text, rules) || is_furniture(&b.text, rules)) {
        return false;
    }
    // `（本版图片除署名外均由视觉中国提供）` over `责任编辑 王芳 …` at the
    // page's foot: a note closed in its brackets runs into no furniture.
    if is_cjk_text(&a.text)
        && a.text.trim_start().starts_with(['（', '('])
        && a.text.trim_end().ends_with(['）', ')'])
        && is_furniture(&b.text, rules)
    {
        return false;
    }
    // `摊主王师傅将钱包交还失主。 通讯员 钱多多 摄`: a caption ends with
    // its credit, and a line under it (`晚报帮我们反映。”`) is the text the
    // caption was set into.
    if super::byline::strip_trailing_photo_credit(&a.text, rules).is_some() {
        // (`… yesterday. PHOTO | KEVIN ODIT` over `| NATION MEDIA GROUP`:
        // the credit's own last cell, wrapped, runs on.)
        // (`… property. Picture: Brendan` over `Walsh`: the photographer's
        // name wrapped after its first word; the surname alone on the line
        // under it is no text, nor the next story's kicker.)
        return !b.blank_before
            && ((a.text.contains(" | ") && is_credit_cell(&b.text)) || credit_name_cut(&a.text, &b.text));
    }
    // `華埠老人服務中心擴建工程22日動土，市參事（左三）與社區領袖` over
    // `一同執鏟。（記者李秀蘭攝）`: a caption wrapped before its last words
    // and its credit. Longer than a headline runs, a clause closed inside
    // it, it goes on to the short credited line under it.
    if !b.blank_before
        && para.trim() == a.text.trim()
        && is_cjk_text(&a.text)
        && !is_terminated(&a.text)
        && len(&a.text) >= 24
        && a.text.contains('，')
        && super::byline::strip_trailing_photo_credit(&b.text, rules)
            .is_some_and(|(t, _)| is_terminated(&t) && len(&t) <= 16)
    {
        return true;
    }
    // `…他呼籲商戶每天早上` over `圖：義工在勿街清理街道。（記者X／攝影）`:
    // a photo's caption the column break set inside a sentence is not the
    // sentence's next words, however short the line it cuts (`repair` moves
    // it after the sentence). (A caption's own second line goes on.)
    if !is_terminated(&a.text) && opens_caption(&b.text, rules) && !opens_caption(&a.text, rules) {
        return false;
    }
    // `…最快每7分鐘一班。` over `高雄輕軌全線通車，民眾搶搭體驗。（記者X攝）`:
    // a whole sentence closed by a photo credit under a finished sentence
    // of the text is the photo's caption, set under the story, not its
    // next words.
    if is_terminated(&a.text)
        && !opens_caption(para, rules)
        && is_cjk_text(&b.text)
        && super::byline::strip_trailing_photo_credit(&b.text, rules).is_some_and(|(t, _)| is_terminated(&t))
    {
        return false;
    }
    // `地點：150 Elizabeth St., New York, NY 10012` over `費用：免費，…`: the
    // fields of a notice or an event each hold a line of their own.
    // (So does `咨询热线：…` under an advertisement's `营销中心：…`, whatever
    // the field above it is named.)
    if super::segment::is_field_line(&a.text) && super::segment::is_contact_field(&b.text) {
        return false;
    }
    // `…起火原因待查。（記者黃` over `子豪）`: a bracket left open at a line
    // end closes on the next line, however short either line is (a brief
    // set narrower than the page's stories, its credit wrapped).
    if !b.blank_before && closes_bracket(&a.text, &b.text) {
        return true;
    }
    // `…of Sunday's event. Picture:` over `Yorkshire Air Ambulance`: a credit's
    // label at a line end has its name on the next line.
    if !b.blank_before && ends_with_credit_label(&a.text) {
        return true;
    }
    // `… in Inanda. Picture: Doctor Ngcobo/` over `African News Agency
    // (ANA)`: a credit cut after its slash names the photographer's agency
    // on the next line.
    if !b.blank_before && a.text.trim_end().ends_with('/') && credit_label_before_slash(&a.text) {
        return true;
    }
    // `By CORAL DAVENPORT` / `and JACK HEALY`: a second writer on a line
    // of its own (it became a story of its own, the first left empty);
    // `By WANG XIAOYU in Beijing and` / `CHEN MEILING in Hangzhou` alike.
    let by = a.text.get(..3).is_some_and(|w| w.eq_ignore_ascii_case("by "));
    if !b.blank_before
        && ((b.text.starts_with("and ") && parse_byline_line(&a.text, rules).is_some_and(|c| !c.reporters.is_empty()))
            || (by && ends_open(&a.text)))
        && parse_byline_line(&format!("{} {}", a.text, b.text), rules).is_some_and(|c| c.reporters.len() >= 2)
    {
        return true;
    }
    // `…for the vote. IAIN` over `MCGREGOR/STUFF`: a photo's credit in
    // capitals cut between the photographer's names. Joined, the caption
    // ends on its credit; apart, the surname and agency read as a byline.
    if !b.blank_before && credit_cut_in_capitals(&a.text, &b.text, rules) {
        return true;
    }
    // `Associated Press writer Julie Walker in` / `New York contributed to
    // this report.`: a credit wrapped over two lines; its last line alone
    // reads as one too (contributor `New York`), so it would stand apart.
    if !b.blank_before && wraps_credit(para, &b.text, rules) {
        return true;
    }
    if !closes_bracket(&a.text, &b.text) && starts_own(a, b, rules) {
        return false;
    }
    if super::repair::is_bulleted_head_over_text(&a.text, &b.text) || is_labelled_note(&a.text) {
        return false;
    }
    // `Andrea Collins is a public health nurse and former county
    // commissioner.` a line alone under an op-ed's byline: the line about
    // the writer, a paragraph of its own, not the opening of the text.
    if para.trim() == a.text.trim() && !is_cjk_text(&a.text) && super::segment::writer_tagline(&a.text).is_some() {
        return false;
    }
    // `The following editorial appeared in The Island Record on May 20:`
    // over the reprinted text: the note saying where it ran first, a line
    // of its own.
    if para.trim() == a.text.trim() && is_reprint_intro(&a.text) {
        return false;
    }
    // `“我想写的，是那些没有进入地方志的人”` over `——访青年作家苏晓禾`: a
    // dash opening the line under a headline as wide as the column opens
    // its 副题, which ends short of the measure (a paragraph's first line,
    // unindented, is the headline; a sentence the column broke before a
    // dash runs on to fill the line it goes on in).
    if is_cjk_text(&b.text)
        && is_subtitle(&b.text)
        && !a.indent
        && para.trim() == a.text.trim()
        && layout.width.is_none_or(|w| after.is_none_or(|c| !full(b, c, w)))
    {
        return false;
    }
    // `　　时代楷模` over `守山四十年，他把荒山变成了林海` over `——记…` or a
    // byline: a kicker indented as a paragraph over the headline it labels;
    // a paragraph's first line never stops short without a mark.
    if is_cjk_text(&a.text)
        && a.indent
        && !b.indent
        && len(&a.text) <= 10
        && is_heading_like(&a.text)
        && is_heading_like(&b.text)
        && after.is_some_and(|c| is_subtitle(&c.text) || parse_byline_line(&c.text, rules).is_some())
    {
        return false;
    }
    // `…named Dr.` / `Lorraine Estes of Waverly…`: a title at a line end
    // has its name on the next line, wherever the page's columns are.
    if !b.blank_before && ends_with_title_abbreviation(&a.text) && b.text.starts_with(|c: char| c.is_alphanumeric()) {
        return true;
    }
    // `清河县医疗保障局` over `2026年6月17日`: the office signing a notice,
    // on a line of its own however short the line above it.
    if super::segment::is_issuing_body(&b.text) && after.is_some_and(|c| super::header::is_bare_date(&c.text)) {
        return false;
    }
    // `Alexandra Smith` over `State Political Editor`: a writer and role
    // under the headline, never its last words.
    if let Some(c) = after
        && !c.blank_before
        && super::byline::parse_name_over_role(&b.text, &c.text, rules).is_some()
    {
        return false;
    }
    // `The regulator Ofwat said the increase` / `(the fifth in a row) was
    // needed …`: an aside in brackets opening in lower case goes on from
    // the line above; no headline or paragraph starts so.
    if !b.blank_before
        && !is_cjk_text(&a.text)
        && !is_terminated(&a.text)
        && b.text.strip_prefix('(').is_some_and(|r| r.starts_with(char::is_lowercase))
    {
        return true;
    }
    // `…两市成交额回落至 1.07` over `万亿元`: a figure's magnitude or
    // currency opening the next line is the figure's; no line, headline or
    // text, opens on it.
    if !b.blank_before
        && !b.indent
        && a.text.trim_end().ends_with(|c: char| c.is_ascii_digit())
        && is_cjk_text(&a.text)
        && b.text.trim_start().starts_with(['万', '亿', '千', '百', '元'])
    {
        return true;
    }
    if goes_on_in_lower_case(a, b, para, layout, rules)
        || head_goes_on_after_open_word(a, b, para, rules)
        || head_goes_on_with_a_figure(a, b, para, rules)
        || head_goes_on_after_possessive(a, b, para, rules)
        || title_case_head_goes_on(a, b, para, rules)
    {
        return true;
    }
    // `PARIS • Much of southern Europe was bracing for temperatures above`
    // over `45 deg C this week, with authorities…`: where blank lines part
    // the paragraphs, running text cut after a word in lower case goes on
    // in a line opening on a figure, the sentence running on in lower case
    // (however little of the page's measure that figure would have taken).
    if layout.blank_paras && !b.blank_before && text_goes_on_with_a_figure(&a.text, &b.text) {
        return true;
    }
    // `The singer, 38, beat off competition from Taylor Swift, the Official`
    // over `Charts Company said.`: running text cut inside a name, after a
    // word in lower case, goes on to its full stop in a few words on the
    // next line, however little of the page's measure can be told.
    if !b.blank_before && cut_inside_a_name(&a.text, &b.text) {
        return true;
    }
    // `…," said Mr Lim` over `Boon Keng, 41, an engineer…`: running text
    // cut after a title set without its stop (`Mr`, `Ms`, `Mdm`, `Dr`, as
    // Singapore and British papers set them) and the name's first word goes
    // on with the name's rest, however short of the measure the line stops.
    if !b.blank_before && cut_after_a_title(&a.text) && b.text.starts_with(char::is_uppercase) {
        return true;
    }
    // A finished sentence, then a short line that does not run on: a
    // headline, even where the sentence filled its line.
    let runs_on = |w: usize| after.is_some_and(|c| !(c.blank_before && layout.blank_paras) && full(b, c, w));
    if is_terminated(&a.text) && is_heading_like(&b.text) && !layout.width.is_some_and(runs_on) {
        return false;
    }
    // Only a column end hyphenates a word.
    let hyphenated = a.text.ends_with('-')
        && a.text.chars().rev().nth(1).is_some_and(char::is_alphabetic)
        && b.text.starts_with(char::is_lowercase);
    if hyphenated {
        return true;
    }
    // `…将密切跟踪市场形势，` over `指导地方和企业…`, unindented, in a paragraph
    // that opened indented: a Chinese sentence never ends on a comma, however
    // short of the measure its line falls (a wider line elsewhere on the page
    // may have set the measure).
    if layout.indent_paras
        && in_indented
        && !b.blank_before
        && !b.indent
        && is_cjk_text(&a.text)
        && a.text.trim_end().ends_with(['，', '、'])
    {
        return true;
    }
    // `…客户普遍持观望态度，` over `企业对未来几个月的订单预期`, no blank
    // between, where blank lines part the paragraphs: the line under a
    // comma is its sentence's next words even where the export left the
    // comma's line short of the measure and the next line looks like a
    // crosshead. (A poem's short lines, each closed by a comma, keep theirs.)
    if layout.blank_paras
        && !b.blank_before
        && !b.indent
        && is_cjk_text(&a.text)
        && is_cjk_text(&b.text)
        && len(&a.text) >= 16
        && a.text.trim_end().ends_with(['，', '、'])
        && !is_subtitle(&b.text)
    {
        return true;
    }
    if layout.width.is_some_and(|w| a.width > w + 2 && b.width <= w + 2)
        && !b.blank_before
        && opens_with_lead(&a.text, rules)
    {
        return true;
    }
    // `约98-143㎡ 三至四房 现房在售` over `首付低至20% 即买即交付`: display
    // copy, its phrases set apart by spaces with no stop between them, a
    // line each (running Chinese text sets no spaces between its words).
    if spaced_phrases(&a.text) && spaced_phrases(&b.text) {
        return false;
    }
    // `…孙浩说。` over `外卖小哥孙浩（右）讲述救人经过。` over `记者 赵一鸣 摄`:
    // the line over a photo's credit is its caption, set under the finished
    // text on a line of its own, not the text's next words.
    if is_terminated(&a.text)
        && !b.indent
        && is_cjk_text(&b.text)
        && after
            .is_some_and(|c| matches!(parse_end_credit(&c.text, rules), Some((_, super::byline::CreditKind::Photo))))
    {
        return false;
    }
    // `…anywhere else.` over `— Dr. Helen Park, associate professor of
    // English`: a letter's signature, dashed on a line of its own under the
    // letter's last sentence, however full that line: no text runs into it.
    if !is_cjk_text(&a.text) && is_terminated(&a.text) && is_dashed_signature(&b.text) {
        return false;
    }
    match layout.width {
        // A line wider than the column is not in it (a deck set across
        // columns under its headline): nothing in the column runs into it.
        Some(w) if !b.blank_before || !layout.blank_paras => {
            full(a, b, w)
                && (b.width <= w + 2 || b.measure <= w)
                && (layout.blank_paras || layout.indent_paras || !is_terminated(&a.text))
        }
        // No width to go by: only indentation tells, and a headline after a
        // finished paragraph is not part of it.
        _ => {
            layout.indent_paras
                && in_indented
                && !b.blank_before
                && !(is_terminated(&a.text) && is_heading_like(&b.text))
        }
    }
}

/// `— Jordan Lee, junior, economics`, `— Dr. Helen Park, Riverton`: a dash,
/// a name of two to four capitalised words (a title may lead it), and after
/// a comma who or where the writer is.
fn is_dashed_signature(t: &str) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    super::text::static_re(
        &RE,
        r"^(?:—|–|--)\s*(?:(?:Dr|Mr|Mrs|Ms|Prof|Rev)\.?\s+)?[A-Z][A-Za-z'’\-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][A-Za-z'’\-]+){1,3},\s+\S",
    )
    .is_match(t.trim())
        && word_count(t) <= 16
}

/// `三至四房 现房在售`: Chinese phrases, each of two characters or more and
/// each with Han in it, apart by spaces, with no punctuation of a sentence.
fn spaced_phrases(t: &str) -> bool {
    let parts: Vec<&str> = t.split_whitespace().collect();
    parts.len() >= 2
        && parts.iter().all(|p| len(p) >= 2 && p.chars().any(super::text::is_han))
        && !t.contains(['，', '。', '；', '：', '、', '！', '？', ',', ';', ':', '“', '”'])
}

/// `图为尹国全在作坊内刻版。（资料图片）`, `▲…（記者X攝）`: a whole photo
/// caption opening as captions do, on its marker or `图为`/`圖：`.
fn opens_caption(t: &str, rules: &ImportRules) -> bool {
    static OPENING: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let t = t.trim();
    let folded = super::text::fold_traditional(t);
    (t.starts_with(['▲', '△', '▼', '■', '●', '◆', '↑', '←', '→', '↓'])
        || super::text::static_re(&OPENING, r"^(?:图为|图中|[上下左右]图|图\s*[:：/／]|图片\s*[:：])")
            .is_match(&folded))
        && super::repair::is_inset_caption(t, rules)
}

/// Whether a Chinese line opens a story with its lead and stops mid-sentence
/// (`　　新华社伦敦6月17日电（记者 张薇）2024年女王杯网` over `球赛17日继续进行，…`):
/// it runs on into the next line even where the lead's half-width figures,
/// space and brackets set it past the column's measure, which would make any
/// other line a banner. No headline opens with a dateline and its story.
fn opens_with_lead(t: &str, rules: &ImportRules) -> bool {
    is_cjk_text(t)
        && !is_terminated(t)
        && !t.trim_end().ends_with(['：', ':'])
        && parse_lead(t, rules).is_some_and(|(_, at)| !t[at..].trim().is_empty())
}

/// Whether the unfinished, credit-less `para` and `next` make one credit
/// line together (`Associated Press writers Julie Walker in New` / `York
/// and John Antczak contributed to this report.`).
fn wraps_credit(para: &str, next: &str, rules: &ImportRules) -> bool {
    !is_cjk_text(para)
        && !is_terminated(para)
        && parse_end_credit(next, rules).is_some()
        && parse_end_credit(para, rules).is_none()
        && parse_end_credit(&super::repair::join(para, next), rules).is_some()
}

/// `多名议员在会上关注措施能否惠及` over `零售及餐饮业。财政司司长回应指，…`:
/// a sentence the column broke before its last few words, the line above
/// as long as a headline runs and unpunctuated (and, as the caller sees,
/// set right under a finished paragraph with no gap, as no headline is).
/// The line under it closes that sentence within a few characters, before
/// any comma, and goes on to more sentences: no paragraph opens on so
/// short a fragment (a crosshead's paragraph opens on a clause of its own,
/// `记者了解到，`).
fn sentence_cut_before_its_last_words(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim(), b.trim());
    if !is_cjk_text(a) || !is_cjk_text(b) || is_terminated(a) || len(a) < 14 || a.contains([' ', '\u{3000}']) {
        return false;
    }
    // (`问：`, `记者：`: a label, not the end of a sentence.)
    if a.ends_with(['：', ':', '—', '…', '”', '」', '》', '）', ')'])
        || !a.chars().all(|c| is_han(c) || c.is_ascii_digit())
    {
        return false;
    }
    let Some((first, rest)) = b.split_once('。') else { return false };
    let n = len(first);
    (2..=8).contains(&n) && first.chars().all(is_han) && len(rest.trim()) >= 10 && rest.contains(['，', '。'])
}

/// `…named Dr.` over `Lorraine Estes of Waverly…`: a title or `No.` at a
/// line end stands before the name or number on the next line; its stop
/// ends no sentence. (Not `St.`: `…in Cumberland St.` ends a caption.)
fn ends_with_title_abbreviation(t: &str) -> bool {
    const TITLES: &[&str] = &[
        "Dr.", "Mr.", "Mrs.", "Ms.", "Mx.", "Prof.", "Rev.", "Sen.", "Rep.", "Gov.", "Gen.", "Col.", "Lt.", "Capt.",
        "Sgt.", "Maj.", "Adm.", "Cmdr.", "Supt.", "Insp.", "Det.", "Hon.", "Fr.", "Mt.", "No.", "Nos.", "vs.",
    ];
    let last = t.trim_end().rsplit([' ', '(']).next().unwrap_or("");
    TITLES.contains(&last)
}

/// Whether a line ending on a slash has a photo credit's label among its
/// last words (`Picture: Doctor Ngcobo/`).
fn credit_label_before_slash(t: &str) -> bool {
    let words: Vec<String> = t.split_whitespace().map(str::to_lowercase).collect();
    words.iter().rev().take(5).any(|w| super::text::PHOTO_LABELS.contains(&w.as_str()))
}

/// Whether running text `a` stops on a capitalised word after one in lower
/// case (`…, the Official`) and `b` ends the sentence in a few words that
/// open capitalised (`Charts Company said.`): the name's rest.
fn cut_inside_a_name(a: &str, b: &str) -> bool {
    let words: Vec<&str> = a.split_whitespace().collect();
    let n = words.len();
    !is_cjk_text(a)
        && !is_terminated(a)
        && (super::repair::is_running_text(a) || (n >= 8 && a.contains(", ")))
        && n >= 2
        && words[n - 1].starts_with(char::is_uppercase)
        && words[n - 1].chars().all(char::is_alphabetic)
        && words[n - 1].chars().skip(1).any(char::is_lowercase)
        && words[n - 2].chars().all(|c| c.is_lowercase())
        && b.starts_with(char::is_uppercase)
        && b.split_whitespace().next().is_some_and(|w| w.chars().skip(1).any(char::is_lowercase))
        && is_terminated(b)
        && (2..=6).contains(&word_count(b))
}

/// Whether running text stops on a title without its stop (`…said Mr`) or
/// on one and the name's first word (`…said Mr Lim`): no sentence ends there.
fn cut_after_a_title(a: &str) -> bool {
    const TITLES: &[&str] =
        &["Mr", "Mrs", "Ms", "Mdm", "Madam", "Dr", "Prof", "Datuk", "Dato'", "Cllr", "Insp", "Supt"];
    let words: Vec<&str> = a.split_whitespace().collect();
    let n = words.len();
    let name_word = |w: &str| {
        w.starts_with(char::is_uppercase)
            && w.chars().all(char::is_alphabetic)
            && w.chars().skip(1).any(char::is_lowercase)
    };
    !is_cjk_text(a)
        && !is_terminated(a)
        && n >= 6
        && (super::repair::is_running_text(a) || (n >= 8 && a.contains(", ")))
        // (`…on Seaview Dr`: a street's, after its name, ends a caption.)
        && ((TITLES.contains(&words[n - 1]) && !words[n - 2].starts_with(char::is_uppercase))
            || (TITLES.contains(&words[n - 2]) && name_word(words[n - 1])))
}

/// `… Picture: Brendan` over `Walsh`: a labelled credit naming one word,
/// then one or two capitalised words alone on the next line.
fn credit_name_cut(a: &str, b: &str) -> bool {
    let mut words = a.trim_end().rsplit(' ');
    let (Some(name), Some(label)) = (words.next(), words.next()) else { return false };
    let rest: Vec<&str> = b.split_whitespace().collect();
    ["picture:", "photo:", "photograph:", "image:"].contains(&label.to_lowercase().as_str())
        && name.chars().all(char::is_alphabetic)
        && name.starts_with(char::is_uppercase)
        && !["supplied", "file", "handout", "contributed"].contains(&name.to_lowercase().as_str())
        && (1..=2).contains(&rest.len())
        && rest.iter().all(|w| w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || matches!(c, '\'' | '-')))
        // (Set as the name's first word is: `Picture: TOM` over `COURT LIST`
        // in another case is the next piece's head.)
        && rest.iter().all(|w| w.chars().any(char::is_lowercase) == name.chars().any(char::is_lowercase))
}

/// `…for the vote. IAIN` over `MCGREGOR/STUFF`: a sentence closed, then
/// a name in capitals, over the rest of the name and its agency after a
/// slash, which together make a photo credit as the line alone does not.
fn credit_cut_in_capitals(a: &str, b: &str, rules: &ImportRules) -> bool {
    let caps = |w: &str| w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase() || matches!(c, '\'' | '-' | '.'));
    let b = b.trim();
    let mut words = a.trim_end().rsplit(' ');
    let (Some(first), Some(before)) = (words.next(), words.next()) else { return false };
    let rest: Vec<&str> = b.split_whitespace().collect();
    caps(first)
        && before.ends_with(['.', '!', '?', '"', '\u{201d}', ')'])
        && b.contains('/')
        && (1..=3).contains(&rest.len())
        && rest.iter().flat_map(|w| w.split('/')).all(|w| w.is_empty() || caps(w))
        && super::byline::strip_trailing_photo_credit(a, rules).is_none()
        && super::byline::strip_trailing_photo_credit(&format!("{} {b}", a.trim_end()), rules)
            .is_some_and(|(text, c)| !c.contributors.is_empty() && is_terminated(&text))
}

fn ends_with_credit_label(t: &str) -> bool {
    let last = t.trim_end().rsplit(' ').next().unwrap_or("").to_lowercase();
    super::text::PHOTO_LABELS.iter().chain(&["图：", "摄影：", "图片："]).any(|l| *l == last)
        || t.trim_end().to_lowercase().ends_with(" photo by")
}

/// The headline so far, not only its last line `at`: the paragraph being
/// joined when it ends with that line.
fn head_so_far<'a>(para: &'a str, at: &'a str) -> &'a str {
    if para.ends_with(at) { para } else { at }
}

/// English lines that go on in lower case where the line before stopped
/// mid-phrase, whatever their width says: a headline or deck broken on
/// short lines (`Drought aid extended` / `for Riverina farmers`), and a
/// caption or standfirst set wider than the text's column (its lines are
/// longer than the column, so the column cannot tell they run on).
fn goes_on_in_lower_case(a: &Physical, b: &Physical, para: &str, layout: &Layout, rules: &ImportRules) -> bool {
    let (at, bt) = (a.text.as_str(), b.text.as_str());
    if is_cjk_text(at) || is_cjk_text(bt) || !bt.starts_with(char::is_lowercase) || is_terminated(at) {
        return false;
    }
    // `www.nation.africa` under the folio: the paper's site, on its own line.
    if super::header::is_web_address(bt) {
        return false;
    }
    // A byline's role over the writer's e-mail or handle is no headline.
    if is_contact_line(bt) || bt.contains('@') || parse_byline_line(at, rules).is_some() {
        return false;
    }
    // The headline so far, not only its last line: a stack of four
    // (`Hospital` / `car park fees` / `slashed after` / `backlash`) goes on
    // in lower case three times.
    let head = head_so_far(para, at);
    let broken_head = is_heading_like(head)
        && is_heading_like(&format!("{head} {bt}"))
        && head.starts_with(char::is_uppercase)
        && !at.ends_with([',', ':', ';', '-', '—', '–'])
        && word_count(at) <= 10
        && word_count(bt) <= 10;
    // `Senate passes stopgap bill,` / `averting shutdown`: a clause after a
    // comma goes on in lower case, in a headline as in text.
    let after_comma = at.ends_with(',') && word_count(at) <= 12 && word_count(bt) <= 12;
    // `A fisherman mending his net on the banks of the Adyar` / `near the
    // Broken Bridge on Monday. | Photo Credit: …`: a sentence cut at a word
    // goes on in lower case to its full stop on the next line (a caption
    // or a paragraph too short for the page's measure to be known). Not a
    // name's particle (`van Dijk…` opening the text under a headline).
    let first = bt.split_whitespace().next().unwrap_or("");
    let sentence = !b.blank_before
        && word_count(at) >= 6
        && at.ends_with(|c: char| c.is_alphabetic())
        && !super::repair::NAME_PARTICLES.contains(&first)
        && (is_terminated(bt) || bt.contains(". "));
    let wide = layout.width.is_some_and(|w| a.width > w + 2)
        && at.ends_with(|c: char| c.is_alphabetic())
        && word_count(at) >= 6;
    broken_head || wide || after_comma || sentence
}

/// `IMD forecasts heavy rain in` / `Nilgiris, Coimbatore for next 3 days`:
/// an English headline broken after a word no headline ends on (written in
/// lower case: `Vitamin A` ends one) goes on in the next line, whatever
/// case that opens in — a place or a name. Split, the rest became the
/// title and the first line the end of the story above.
fn head_goes_on_after_open_word(a: &Physical, b: &Physical, para: &str, rules: &ImportRules) -> bool {
    let (at, bt) = (a.text.trim(), b.text.trim());
    let head = head_so_far(para, at);
    let last = at.rsplit(' ').next().unwrap_or("");
    !is_cjk_text(at)
        && !is_cjk_text(bt)
        && head.starts_with(char::is_uppercase)
        && (3..=10).contains(&word_count(head))
        && last.chars().all(|c| c.is_ascii_lowercase())
        && ends_open(at)
        // (`Council balks at` / `$1.2B transit bill`: a sum opens with its currency.)
        && bt.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '$' | '£' | '€' | '¥' | '₹' | '₦'))
        && word_count(bt) <= 10
        && head_lines(at, bt, rules)
}

/// Two lines that may be one headline broken in two: `bt` reads as a
/// headline, `at` is not closed, and neither is a contact or a byline.
fn head_lines(at: &str, bt: &str, rules: &ImportRules) -> bool {
    is_heading_like(bt)
        && !is_terminated(at)
        && !is_contact_line(bt)
        && parse_byline_line(at, rules).is_none()
        && parse_byline_line(bt, rules).is_none()
}

/// `Lotto winner's` / `£1m gift to` / `hospital ward`: a tabloid's stack
/// broken after a possessive, which always has its noun still to come (a
/// contraction, `Here's`, `it's`, may end a line of its own).
fn head_goes_on_after_possessive(a: &Physical, b: &Physical, para: &str, rules: &ImportRules) -> bool {
    const CONTRACTIONS: &[&str] = &["it", "that", "he", "she", "who", "what", "there", "here", "let", "where", "how"];
    let (at, bt) = (a.text.trim(), b.text.trim());
    let head = head_so_far(para, at);
    let last = at.rsplit(' ').next().unwrap_or("");
    let owner = last.strip_suffix("'s").or_else(|| last.strip_suffix("’s")).unwrap_or("");
    !b.blank_before
        && !is_cjk_text(head)
        && !is_cjk_text(bt)
        && owner.chars().count() >= 2
        && owner.chars().all(char::is_alphabetic)
        && !CONTRACTIONS.contains(&owner.to_lowercase().as_str())
        && head.starts_with(char::is_uppercase)
        && word_count(head) <= 10
        && word_count(bt) <= 10
        && head_lines(at, bt, rules)
}

/// `Teachers vote to accept` / `4.8% pay offer`, `Sindh cabinet approves` /
/// `Rs5bn for schools`: a sentence-case headline broken by its column
/// before a figure. The line with the figure is no longer than the one over
/// it (a deck runs longer) and the headline stays short.
fn head_goes_on_with_a_figure(a: &Physical, b: &Physical, para: &str, rules: &ImportRules) -> bool {
    let (at, bt) = (a.text.trim(), b.text.trim());
    let head = head_so_far(para, at);
    let last = at.rsplit(' ').next().unwrap_or("");
    let sentence_case = head.split_whitespace().skip(1).filter(|w| w.chars().any(char::is_alphabetic)).all(|w| {
        w.chars().next().is_some_and(|c| !c.is_uppercase()) || w.chars().filter(|c| c.is_alphabetic()).count() <= 3
    });
    !b.blank_before
        && !is_cjk_text(head)
        && !is_cjk_text(bt)
        && head.starts_with(char::is_uppercase)
        && sentence_case
        && (3..=8).contains(&word_count(head))
        && word_count(head) + word_count(bt) <= 12
        && last.chars().all(|c| c.is_ascii_lowercase())
        && opens_with_figure(bt)
        && b.width <= a.width + 4
        && is_heading_like(bt)
        && !is_terminated(at)
        && !is_terminated(bt)
        && !at.ends_with([':', ';', ','])
        && !is_contact_line(bt)
        && parse_byline_line(at, rules).is_none()
        && parse_byline_line(bt, rules).is_none()
}

/// `After Tornado, a Town` / `Weighs Whether to Rebuild`: where headlines
/// are set in title case (American papers), a short line over a line as
/// short or shorter is the same headline broken by its column; a deck is
/// longer (`Compromise Would Cut Arizona's Share by 18 Percent`). In sentence
/// case a line opening with a capital under a headline is its deck.
fn title_case_head_goes_on(a: &Physical, b: &Physical, para: &str, rules: &ImportRules) -> bool {
    let (at, bt) = (a.text.trim(), b.text.trim());
    let head = head_so_far(para, at);
    let title_case = |t: &str| {
        let words: Vec<&str> = t.split_whitespace().collect();
        words.len() >= 2
            && words
                .iter()
                .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
                .all(|w| w.starts_with(char::is_uppercase))
            && t.chars().any(char::is_lowercase)
    };
    !b.blank_before
        && !is_cjk_text(head)
        && !is_cjk_text(bt)
        && title_case(head)
        && title_case(bt)
        && a.width <= 32
        && b.width <= a.width + 4
        // (Not a name over a role, `Margaret Lyons` / `Township Secretary`,
        // a byline over the writer's paper, or an address.)
        && word_count(head) >= 3
        && parse_byline_line(head, rules).is_none()
        && parse_byline_line(bt, rules).is_none()
        && !head.starts_with(|c: char| c.is_ascii_digit())
        && !bt.starts_with(|c: char| c.is_ascii_digit())
        // (A line ending on its comma, `Senate Passes Stopgap Bill,`, goes on.)
        && (!head.contains(',') || head.ends_with(',') || head.split_once(',').is_some_and(|(_, r)| word_count(r) >= 2))
        && word_count(head) + word_count(bt) <= 14
        && !at.ends_with([':', ';', '.', '?', '!', '"', '”'])
        && is_heading_like(bt)
        && !is_terminated(bt)
        && !is_contact_line(bt)
}

/// Whether `a` ends only because the column did: the first word of `b` (a
/// CJK line: its first character, give or take squeezed punctuation) would
/// not have fitted after it.
fn full(a: &Physical, b: &Physical, w: usize) -> bool {
    let Some(slack) = w.checked_sub(a.width).or((a.width <= w + 2 || a.measure <= w).then_some(0)) else {
        // Wider than the column: a banner headline or furniture.
        return false;
    };
    let cjk = a.text.chars().next_back().is_some_and(|c| columns(c, true) == 2)
        || b.text.chars().next().is_some_and(|c| columns(c, true) == 2);
    // Chinese text breaks between any two characters, so only a run of
    // Latin letters or digits (`2026` of `2026年3月18日`) has to go whole.
    let first_word: usize = match b.text.split(' ').next() {
        Some(word) if cjk => word.chars().take_while(|&c| columns(c, true) == 1).count(),
        Some(word) => word.chars().map(|c| columns(c, false)).sum(),
        None => 0,
    };
    // `（François Asselin）则批评称…`: a bracket opening a Latin name goes
    // to the next line with the name's first word.
    let bracketed_latin =
        b.text.strip_prefix(['（', '(']).filter(|r| r.starts_with(|c: char| c.is_alphanumeric() && !is_han(c))).map(
            |r| {
                columns(b.text.chars().next().unwrap_or('（'), true)
                    + r.split([' ', '）', ')']).next().map_or(0, |w| w.chars().map(|c| columns(c, false)).sum())
            },
        );
    if let Some(unit) = bracketed_latin {
        return slack <= unit + 2;
    }
    if cjk && !b.text.starts_with(|c: char| c.is_ascii_alphanumeric()) {
        // A line holding an odd number of half-width characters (`6点`)
        // cannot come to an even measure: justified, it falls a column short.
        slack <= 4 + a.width % 2
    } else {
        // A justified, hyphenating composer may leave a little more room than
        // a greedy one would.
        slack <= first_word.min(w / 2) + 1 + 2
    }
}

/// A line that starts something of its own, whatever the width of the one
/// before it.
fn starts_own(a: &Physical, b: &Physical, rules: &ImportRules) -> bool {
    let t = b.text.as_str();
    let jumps = strip_jumps(t);
    strip_bullet(t).is_some()
        // `■复旦大学…`: a box opens a Chinese brief, headline or byline,
        // never the rest of a paragraph.
        || (t.starts_with(['■', '□', '▲', '★', '◇']) && is_cjk_text(t))
        || is_qa(t)
        || jumps.text.is_empty()
        || jumps.from.is_some()
        || strip_jumps(&a.text).text.is_empty()
        || (numbered_item(t) && (is_terminated(&a.text) || a.text.ends_with(['：', ':'])))
        // (`2015: Home cited…` over `2019: Audit…`: a timeline's entries.)
        || (dated_item(t) && dated_item(&a.text))
        // (`Feb. 26 — A man was arrested…`, `10:40 p.m. — Officers…`: a
        // police log's or calendar's entry after the last one's full stop.)
        || (dated_entry(t) && is_terminated(&a.text))
        // (`Art Gallery of Hamilton: …, $15.` over `Comedy at the Casbah:
        // Saturday 9 p.m., $20.`: a listing's entries, each on its label.)
        // (`Length: 4.1 miles` over `Cost: $12.8 million`: a fact box's
        // rows, short and unstopped, each a field of its own.)
        || (labelled_entry(t)
            && labelled_entry(&a.text)
            && (is_terminated(&a.text) || (word_count(t) <= 8 && word_count(&a.text) <= 8)))
        || parse_lead(t, rules).is_some()
        || parse_byline_line(t, rules).is_some()
        || parse_end_credit(t, rules).is_some()
        || closes_with_author_note(t)
        // (The writer's e-mail or handle under the story's last sentence
        // is its tag line, not the sentence's end: run on, it hid the
        // story's close and the next story became its crosshead.)
        || (t.contains('@') && is_contact_line(t) && is_terminated(&a.text))
        || is_salutation(t)
        // (A rule drawn across the column, `-----`, joins nothing.)
        || super::header::is_rule_line(t)
        || super::header::is_rule_line(&a.text)
}

/// `The following editorial appeared in The Island Record on May 20:`,
/// `This column was first published in the Irish Times:`: the note over a
/// reprinted piece saying where it ran.
fn is_reprint_intro(t: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    static_re(
        &RE,
        r"^(?:The following|This)\s+(?:editorial|commentary|column|article|opinion piece|op-ed)\s+(?:first\s+)?(?:appeared|ran|was\s+(?:first\s+)?published)\s+in\s+.{3,80}:$",
    )
    .is_match(t.trim())
}

/// `Comedy at the Casbah: Saturday 9 p.m., $20.`: a short English line
/// opening on a label of a few capitalised words and a colon.
fn labelled_entry(t: &str) -> bool {
    !is_cjk_text(t)
        && word_count(t) <= 16
        && t.split_once(": ").is_some_and(|(label, _)| {
            (1..=4).contains(&word_count(label))
                && label.starts_with(|c: char| c.is_uppercase())
                && !label.contains(['.', ',', '"', '“', '?', '!'])
        })
}

/// `编辑同志：`, `尊敬的编辑：`: a letter's salutation, on a line of its own
/// under the letter's headline.
fn is_salutation(t: &str) -> bool {
    let t = super::text::fold_traditional(t.trim());
    let Some(head) = t.strip_suffix(['：', ':']) else { return false };
    ["编辑同志", "编辑部", "编辑", "尊敬的编辑", "编辑先生", "亲爱的编辑", "编辑同志们", "记者同志"].contains(&head)
}

/// `（作者单位：市委党校）`, `（作者系省社会科学院研究员）`: the note on the
/// author under an essay, a line of its own even after a full line (and its
/// first line, when the unit's name wraps).
fn closes_with_author_note(t: &str) -> bool {
    super::repair::is_article_note(t)
        || ["（作者单位", "（作者系", "（作者为", "(作者单位", "(作者系", "(作者为"].iter().any(|p| t.starts_with(p))
}

/// `（答疑：南京市机动车流通协会　王敏）`, `（来源：市应急管理局）`: a labelled
/// note in brackets on a line of its own closes its piece, however wide;
/// what follows (`车讯`, a column's label) does not run into it.
fn is_labelled_note(t: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    static_re(&RE, r"^[（(]\p{Han}{1,6}[:：][^（）()]{1,40}[）)]$").is_match(t.trim())
}

/// Whether `b` closes a bracket `a` left open: `（…医师 孙丽 解答` over
/// `本报记者 王静怡 整理）`. No bracket spans two paragraphs, so `b` goes on
/// with `a` even where it reads as a byline or credit of its own.
fn closes_bracket(a: &str, b: &str) -> bool {
    let depth = |t: &str| {
        t.chars().fold(0i32, |d, c| match c {
            '（' | '(' => d + 1,
            '）' | ')' => d - 1,
            _ => d,
        })
    };
    let first_close = b.find(['）', ')']);
    let first_open = b.find(['（', '(']);
    depth(a) > 0 && first_close.is_some_and(|c| first_open.is_none_or(|o| c < o))
}

/// `1998: ` at the start of a line: a year and a colon, as a timeline
/// opens each entry.
fn dated_item(t: &str) -> bool {
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    digits == 4 && t[digits..].starts_with([':', '：'])
}

/// `Feb. 26 — `, `March 3: `, `10:40 p.m. – ` at the start of a line: a
/// day or an hour and a dash or colon, as a log or calendar opens each
/// entry (a sentence seldom opens on a bare date and a dash).
fn dated_entry(t: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    static_re(
        &RE,
        r"^(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s+\d{1,2}|\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?)\s*(?:—|–|:|\s-)\s+\S",
    )
    .is_match(t)
}

/// `1. `, `2、`, `3)` at the start of a line (not `1.5亿`).
fn numbered_item(t: &str) -> bool {
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&digits)
        && t[digits..].starts_with(['.', '、', ')', '）'])
        && !t[digits..].chars().nth(1).is_some_and(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Vec<String> {
        unwrap(text, &ImportRules::default()).0.into_iter().map(|l| l.text).collect()
    }

    #[test]
    fn a_story_wrapped_among_stories_of_one_line_a_paragraph_is_joined() {
        // A feature wrapped at 22 characters, indented paragraphs, on a page
        // whose other stories have a line for each paragraph.
        let long = "教育部有关负责人表示，各地各高校将密集举办线上线下招聘活动，持续开拓市场化社会化就业渠道，同时加强对离校未就业毕业生的跟踪帮扶。";
        let page = format!(
            "高校毕业生就业行动启动\n本报讯 {long}\n{long}\n\n“宿舍里的非遗工坊”火了\n\n\
             \u{3000}\u{3000}在山西某高校的一间女生宿舍里，书桌上摆满\n了红纸、刻刀和各式各样的剪纸作品。这间宿舍的\n\
             4名女生，在大三学生冯雨晴的带动下，把家乡的\n传统剪纸做成了书签、冰箱贴、手机壳等文创产品，\n\
             在校园市集上卖出了2000多件。\n　　冯雨晴的奶奶是当地小有名气的剪纸艺人。“小\n\
             时候看奶奶剪窗花，觉得很神奇，长大后发现会这\n门手艺的年轻人越来越少了。”她说。\n\n{long}\n"
        );
        let lines = run(&page);
        assert!(lines.iter().any(|l| l.starts_with("在山西某高校") && l.ends_with("卖出了2000多件。")), "{lines:#?}");
        assert!(
            lines.iter().any(|l| l.starts_with("冯雨晴的奶奶") && l.contains("“小时候看奶奶") && l.ends_with("她说。")),
            "{lines:#?}"
        );
        // Lines of an English weekly wrapped near 70 columns, ragged: the
        // stories together give the measure a short one reaches only once.
        let en = "OBITUARIES\n\nMargaret Lindqvist, 94, of Millbrook, passed away peacefully June 12, 2026, at Maple Grove Care Center surrounded by her family.\n\
                  Peg was born March 3, 1931, in Cadillac to Carl and Ingrid Hedlund. She married Robert Lindqvist in 1952; he preceded her in death.\n\n\
                  MILLBROOK — After nearly three hours of public comment, the Millbrook\nVillage Council voted 4-1 Monday night to raise water and sewer rates by\n\
                  12 percent starting Aug. 1, the first increase since 2019.\nVillage Manager Ron Kessler told the council the increase is needed to\n\
                  pay for a $4.2 million replacement of the water treatment plant's\nfiltration system, which the state Department of Environmental\n\
                  Quality has ordered upgraded by 2028.\n\n\
                  A Millbrook High School graduate has been named one of four national\nfinalists for the FFA's American Star Farmer award.\n\
                  Kaylee Brandt, 19, who raises 40 head of beef cattle on her family's\nfarm on Hollow Road, will compete for the top prize at the National FFA\n\
                  Convention in Indianapolis in October.\n";
        let lines = run(en);
        for joined in
            ["the Millbrook Village Council", "Department of Environmental Quality", "National FFA Convention"]
        {
            assert!(lines.iter().any(|l| l.contains(joined)), "{joined}: {lines:#?}");
        }
        assert!(lines.iter().any(|l| l.starts_with("Peg was born")), "{lines:#?}");
    }

    #[test]
    fn a_running_head_as_wide_as_the_column_runs_into_nothing() {
        let page = "中国青年报 2026年6月18日 星期四 第4版 校园\n责任编辑 陈晓冉 见习编辑 周易 / 美术编辑 王琛\n\n\
                    \u{3000}\u{3000}在山西某高校的一间女生宿舍里，书桌上摆满\n了红纸、刻刀和各式各样的剪纸作品。这间宿舍的\n\
                    4名女生，在大三学生冯雨晴的带动下，把家乡的\n传统剪纸做成了书签、冰箱贴、手机壳等文创产品，\n\
                    在校园市集上卖出了2000多件。\n";
        let lines = run(page);
        assert_eq!(lines[0], "中国青年报 2026年6月18日 星期四 第4版 校园", "{lines:#?}");
        assert!(lines[1].starts_with("责任编辑"), "{lines:#?}");
    }

    #[test]
    fn normalises_spaces_and_numbers_lines() {
        let (lines, blank) = unwrap("　　正文\u{a0}内容  多 \r\n\n第二行\u{200b}", &ImportRules::default());
        // By line number from 1: the second line is blank.
        assert_eq!(blank, vec![false, false, true, false]);
        assert_eq!(
            lines,
            vec![
                Line { no: 1, text: "正文 内容 多".into(), ..Line::default() },
                Line { no: 3, text: "第二行".into(), ..Line::default() }
            ]
        );
    }

    #[test]
    fn hard_wrapped_indented_paragraphs_are_joined() {
        let page = "鹤壁日报\n2024年3月5日\n\n　　标题\n　　本报讯 今年1至2月，我市\n外贸总值达到45亿元。\n　　其中，出口32亿元，\n增长15%。\n　　第三段。\n";
        assert_eq!(
            run(page),
            [
                "鹤壁日报",
                "2024年3月5日",
                "标题",
                "本报讯 今年1至2月，我市外贸总值达到45亿元。",
                "其中，出口32亿元，增长15%。",
                "第三段。"
            ]
        );
        let en =
            "  The council met on Tuesday and\nvoted to pass the budget.\n  It takes effect in\nMarch.\n  Third.\n";
        assert_eq!(
            run(en),
            ["The council met on Tuesday and voted to pass the budget.", "It takes effect in March.", "Third."]
        );
        // Pages without indentation or wrapping keep their lines.
        assert_eq!(run("标题\n第一行\n第二行"), ["标题", "第一行", "第二行"]);
    }

    #[test]
    fn a_notice_signed_under_an_indented_paragraph_keeps_its_lines() {
        let page = "　　第一段。\n　　第二段也很短，\n写到这里。\n　　根据工作安排，将暂停供电。\n国网滨海供电公司\n2026年3月21日\n";
        assert_eq!(
            run(page),
            ["第一段。", "第二段也很短，写到这里。", "根据工作安排，将暂停供电。", "国网滨海供电公司", "2026年3月21日"]
        );
    }

    #[test]
    fn a_headline_after_an_indented_paragraph_is_not_swallowed() {
        let page = "　　第一段，说的是一件事。\n　　第二段也很短，\n写到这里。\n下一篇的标题\n　　本报讯 正文。\n";
        assert_eq!(run(page), ["第一段，说的是一件事。", "第二段也很短，写到这里。", "下一篇的标题", "本报讯 正文。"]);
    }

    #[test]
    fn long_paragraphs_in_a_narrow_column_indent_few_lines() {
        // Few lines are indented (a paragraph takes five or six), a line
        // ends in closing marks pulled up past the measure (避头尾), a full
        // line ends a paragraph, and the author's unit follows one.
        let page = concat!(
            "理论文章的标题\n\n",
            "　　科技成果只有转化为现\n实生产力，才能真正发挥作\n用。现实中，科研与产业\n“两张皮”的问题仍然存在，\n",
            "有的企业技术需求找不到对\n接渠道，创新能力提升缓慢。\n",
            "　　破解这一难题，关键是\n强化企业科技创新主体地位，\n支持龙头企业牵头组建创新\n",
            "联合体，承担重大科技项目，\n推动产业链融通创新发展。\n",
            "　　同时，要营造鼓励创新、\n宽容失败的良好氛围。\n",
            "　　要完善科技成果转化机\n制，健全技术转移服务体系，\n参照《促进科技成果转化法》，\n",
            "让更多成果从“书架”走向\n“货架”，推动产业升级。\n",
            "（作者单位：市委党校）\n\n下一篇标题\n　　正文。\n",
        );
        assert_eq!(
            run(page),
            [
                "理论文章的标题",
                "科技成果只有转化为现实生产力，才能真正发挥作用。现实中，科研与产业“两张皮”的问题仍然存在，有的企业技术需求找不到对接渠道，创新能力提升缓慢。",
                "破解这一难题，关键是强化企业科技创新主体地位，支持龙头企业牵头组建创新联合体，承担重大科技项目，推动产业链融通创新发展。",
                "同时，要营造鼓励创新、宽容失败的良好氛围。",
                "要完善科技成果转化机制，健全技术转移服务体系，参照《促进科技成果转化法》，让更多成果从“书架”走向“货架”，推动产业升级。",
                "（作者单位：市委党校）",
                "下一篇标题",
                "正文。",
            ]
        );
    }

    #[test]
    fn blank_line_paragraphs_wrapped_at_the_column() {
        let page = "City weighs new bus routes\n\nBy MARIA GONZALEZ\nHerald Staff Writer\n\n\
            RIVERTON — The city transportation com-\nmittee will hear proposals Tuesday for three\n\
            new bus routes linking the east side to the\ndowntown transit center, officials said.\n\n\
            \"We have heard from hundreds of residents who\ncan't get to work on time,\" said council mem-\n\
            ber Tom Reyes. It is a start.\n";
        assert_eq!(
            run(page),
            [
                "City weighs new bus routes",
                "By MARIA GONZALEZ",
                "Herald Staff Writer",
                "RIVERTON — The city transportation committee will hear proposals Tuesday for three new bus routes linking the east side to the downtown transit center, officials said.",
                "\"We have heard from hundreds of residents who can't get to work on time,\" said council member Tom Reyes. It is a start.",
            ]
        );
    }

    #[test]
    fn unmarked_paragraphs_end_at_a_short_line_or_a_full_stop() {
        let page = "Library to extend hours\nThe Riverton Public Library will stay open\nuntil 9 p.m. on weeknights starting April 1,\n\
            director Susan Blake announced on Friday.\nThe change costs about $85,000 a year and\nis paid for by a state grant.\n\
            Q: Who pays for it?\nA: A state grant covers the cost of staff\nand heating for the first two years.\nRoad work on Elm Street\n\
            Crews will repave Elm Street between Fourth\nand Ninth avenues from March 10 to 21.\n";
        assert_eq!(
            run(page),
            [
                "Library to extend hours",
                "The Riverton Public Library will stay open until 9 p.m. on weeknights starting April 1, director Susan Blake announced on Friday.",
                "The change costs about $85,000 a year and is paid for by a state grant.",
                "Q: Who pays for it?",
                "A: A state grant covers the cost of staff and heating for the first two years.",
                "Road work on Elm Street",
                "Crews will repave Elm Street between Fourth and Ninth avenues from March 10 to 21.",
            ]
        );
    }

    #[test]
    fn table_rows_do_not_widen_the_column() {
        // Lines of 22 characters and a table row wider than the text: a
        // 43-column line (half-width spaces) is still full, so the lead runs on.
        let page = concat!(
            "头\n\n",
            "　　本报讯（记者 孟庆华 通讯员 严丽）记者昨\n",
            "日从市商务局获悉，今年前两月我市外贸进出口\n",
            "总值四十八亿元，同比增长百分之七，其中出口三十\n",
            "一亿元，增长近一成。机电产品和农产品出口保持\n",
            "较快增长，对东盟、中亚国家进出口分别增长较快，\n",
            "达到两成左右。\n\n",
            "指数          收盘        涨跌      成交额(亿元)\n",
            "上证指数      3358.42     +12.37    4862\n",
            "深证成指     10876.15     -25.61    6127\n",
        );
        let lines = run(page);
        assert!(lines[1].starts_with("本报讯（记者 孟庆华 通讯员 严丽）记者昨日从"), "{lines:#?}");
        assert_eq!(lines.len(), 3, "{lines:#?}");
    }

    #[test]
    fn a_date_under_a_short_cjk_line_is_a_line_of_its_own() {
        // `2026` would have fitted after the signing line: it ended there.
        let page = concat!(
            "头\n\n",
            "　　本公司经股东会决议，拟向登记机关申请注销\n",
            "登记，请债权人自本公告见报之日起四十五日内\n",
            "向本公司清算组申报债权，逾期不报视为放弃。\n",
            "　　联系人：陈先生，电话在下方列出，请知悉。\n",
            "渭川市百味餐饮管理有限公司清算组\n",
            "2026年3月18日\n",
        );
        let lines = run(page);
        assert_eq!(lines[lines.len() - 2..], ["渭川市百味餐饮管理有限公司清算组", "2026年3月18日"], "{lines:#?}");
    }

    #[test]
    fn a_page_without_blank_lines_has_tables_after_its_head() {
        let page = concat!(
            "江城晚报 2026年3月20日 星期五 第5版 便民服务\n",
            "江城今日菜价\n",
            "品名 批发价（元/公斤） 零售价（元/公斤）\n",
            "大白菜 1.60 2.80\n",
            "精品土豆 2.40 4.00\n",
            "鲜鸡蛋 8.40 10.00\n",
            "（数据来源：江城农产品批发市场）\n",
        );
        let f = forms(page);
        assert_eq!(f.len(), 4, "{f:#?}");
        assert_eq!(f[1], (Form::Prose, "江城今日菜价".into()));
        assert_eq!(f[2].0, Form::Rows);
        assert!(f[2].1.starts_with("品名 批发价（元/公斤） 零售价（元/公斤）\n大白菜"), "{f:#?}");
        // Head lines set in columns are furniture, not a table.
        let f = forms("渭川日报  2026年3月18日  星期三\n第6版  经济·服务  责任编辑：赵敏\n标题\n正文。\n");
        assert!(f.iter().all(|(k, _)| *k == Form::Prose), "{f:#?}");
    }

    #[test]
    fn imp22_a_fact_box_of_labels_and_figures_is_a_table() {
        let (out, _) = unwrap(
            "【数据】\n全市小麦种植面积　　160.3万亩\n“一喷三防”已完成　　120万亩\n投入联合收割机　　　3200余台\n",
            &ImportRules::default(),
        );
        assert_eq!(out.iter().map(|l| l.form).collect::<Vec<_>>(), vec![Form::Prose, Form::Rows], "{out:#?}");
        assert!(is_figure_row("Turnout      64.2%"));
        assert!(is_figure_row("全市新房库存　　约5.6万套"));
        assert!(is_figure_row("公交服务　　0771-2828110"));
        assert!(!is_figure_row("截至目前，全市已完成　　120万亩"));
    }

    #[test]
    fn a_chinese_header_row_needs_its_rows_cells() {
        assert!(is_cjk_header_row("品名 批发价 零售价", "白菜 0.80 1.50"));
        assert!(!is_cjk_header_row("品名 批发价", "白菜 0.80 1.50"));
        assert!(!is_cjk_header_row("LOCAL GRAIN PRICES", "Corn 4.52 +0.03"));
        assert!(!is_cjk_header_row("今日 菜价 如下：", "白菜 0.80 1.50"));
        assert!(is_cjk_header_row("币种 中间价", "美元 7.1052"));
        assert!(!is_cjk_header_row("油价连涨三周 下周或再调", "汽油 7.85"));
    }

    #[test]
    fn a_hyphenated_line_end_runs_on_however_short() {
        // Too few lines to tell a column width: the hyphen alone tells.
        let page = "Tear off any greasy parts and put\nthem in the trash; the clean card-\nboard can be recycled.\n";
        assert_eq!(
            run(page),
            ["Tear off any greasy parts and put", "them in the trash; the clean cardboard can be recycled."]
        );
    }

    #[test]
    fn english_lines_going_on_in_lower_case_run_on() {
        // A headline broken mid-phrase on two short lines is one headline.
        let page = "Drought aid extended\nfor Riverina farmers\n\nBy Tom Whitfield\n\nFarmers will get help.\n";
        assert_eq!(
            run(page),
            ["Drought aid extended for Riverina farmers", "By Tom Whitfield", "Farmers will get help."]
        );
        // Under a headline, a deck in capitals of its own stays apart.
        assert_eq!(run("Parking fees set\nto double in CBD\nTraders fear the worst\n").len(), 2);
        // A caption set wider than the text's column goes on in lower case.
        let column = "The council voted on Tuesday night to\nadopt the city's new parking strategy\nafter a long debate in the chamber and\na vote that was closer than expected.\n\nTraders had not been consulted on the\nfinal version of the strategy, their\nchamber's president said on Tuesday.\n\n";
        let page = format!(
            "{column}CHANGE AHEAD: Councillor Jo Roe in the Baylis Street car\npark on Tuesday. Picture: Les Smith\n"
        );
        assert_eq!(
            run(&page).last().map(String::as_str),
            Some("CHANGE AHEAD: Councillor Jo Roe in the Baylis Street car park on Tuesday. Picture: Les Smith")
        );
        // A byline's role over the writer's e-mail stays apart; a sentence
        // cut at a word goes on in lower case to its full stop.
        assert_eq!(run("By Rachel Osei\nCourier Staff Writer\nrosei@courier.com\n").len(), 3);
        assert_eq!(run("Tear off any greasy parts and put\nthem in the trash; the rest is fine.\n").len(), 1);
    }

    #[test]
    fn tables_and_short_lines_are_not_a_column() {
        let page = "今日天气\n淇县 晴 25~33℃\n浚县 多云 24~32℃\n淇滨区 晴转多云 25~34℃\n鹤山区 晴 24~33℃\n";
        // No line is joined to another: the rows are one table, kept as rows.
        assert_eq!(run(page), ["今日天气", page["今日天气\n".len()..].trim_end()]);
        let lines: Vec<Physical> = page
            .lines()
            .enumerate()
            .map(|(i, t)| Physical {
                no: i,
                text: t.into(),
                indent: false,
                width: t.chars().map(|c| columns(c, true)).sum(),
                measure: measure(t, true),
                blank_before: false,
                raw: t.into(),
            })
            .collect();
        assert_eq!(column_width(&lines, true), None);
    }

    #[test]
    fn a_credit_wrapped_inside_its_brackets_is_one_line() {
        let page = concat!(
            "标题\n\n",
            "　　答：春季昼夜温差大，血压容易波动。患者要坚\n",
            "持每天早晚测量血压，不要自行加减药量，如血压\n",
            "波动明显，应及时就医，由医生调整用药方案。\n",
            "　　问：糖尿病患者春季运动要注意什么？\n",
            "　　答：运动宜选在餐后1小时左右，以快走、太\n",
            "极拳等中低强度运动为主，避免空腹运动引发低血\n",
            "糖。\n",
            "　　（市中心医院心内科副主任医师 孙丽 解答 \n",
            "本报记者 王静怡 整理）\n",
        );
        let lines = run(page);
        assert_eq!(
            lines.last().map(String::as_str),
            Some("（市中心医院心内科副主任医师 孙丽 解答本报记者 王静怡 整理）")
        );
        assert!(closes_bracket("（据新华社", "电）"));
        assert!(!closes_bracket("（据新华社）", "本报记者 王静怡"));
        assert!(!closes_bracket("（据新华社", "（本报记者 王静怡）"));
    }

    #[test]
    fn indentation_opens_paragraphs_though_few_lines_are_indented() {
        // Long paragraphs and a table: under a quarter of the lines are
        // indented, but each indented line follows a finished sentence.
        let page = concat!(
            "体育新闻\n\n",
            "中甲积分榜\n",
            "排名  球队          场次  胜  平  负  积分\n",
            "1     大连英博        5    4   1   0   13\n",
            "2     重庆铜梁龙      5    4   0   1   12\n",
            "3     滨江FC          5    3   1   1   10\n",
            "4     广西平果哈嘹    5    3   0   2    9\n",
            "5     广州队          5    2   2   1    8\n\n",
            "全运会资格赛 滨江游泳队收获4金\n",
            "　　本报讯（记者 林晓 通讯员 许文杰）记\n",
            "者昨日从市体育局获悉，在刚刚结束的第十六\n",
            "届全运会游泳项目资格赛中，我市游泳队收获\n",
            "4金2银3铜，6名队员获得全运会决赛资格。\n",
            "　　市体育局有关负责人介绍，近年来我市持\n",
            "续加大青少年游泳后备人才培养力度，全市共\n",
            "有游泳传统项目学校18所，注册青少年运动员\n",
            "1200余人。\n",
            "　　今年，我市还将新建改建社区游泳池6\n",
            "座，让更多孩子就近学会游泳。\n",
            "　　据介绍，今年我市将承办省青少年游泳锦\n",
            "标赛等三项省级赛事，进一步营造全民健身的\n",
            "浓厚氛围，带动更多青少年走进游泳馆。\n",
        );
        let lines = run(page);
        let paras: Vec<&String> = lines.iter().filter(|l| l.ends_with('。')).collect();
        assert_eq!(paras.len(), 4, "{lines:#?}");
        assert!(paras[1].starts_with("市体育局"), "{lines:#?}");
    }

    #[test]
    fn a_line_with_a_half_width_digit_still_fills_its_column() {
        let line = |t: &str| Physical {
            no: 1,
            text: t.trim().into(),
            indent: false,
            width: t.chars().map(|c| columns(c, true)).sum(),
            measure: measure(t, true),
            blank_before: false,
            raw: t.into(),
        };
        let next = line("已亮起了灯。58岁的吴秀兰像往常一样，");
        // Measured at 40 off lines whose punctuation was squeezed in.
        assert!(full(&line("　　清晨6点，石门乡中心小学的教室里"), &next, 40));
        assert!(full(&line("　　清晨六点，石门乡中心小学的教室里"), &next, 40));
        assert!(!full(&line("　　清晨6点，石门乡中心小学的教"), &next, 40));
    }

    #[test]
    fn one_line_wider_than_the_column_is_not_its_measure() {
        // An expert's credit set across the column is wider than any text
        // line; the paragraph's lines, a character short of it, still run on.
        let page = concat!(
            "标题\n\n",
            "受访专家：市第一人民医院变态反应科主任医师 张建国\n\n",
            "　　连续打喷嚏、流清水鼻涕、眼睛发痒……最近，\n",
            "不少市民出现了类似“感冒”的症状，吃了感冒药却\n",
            "不见好转。记者从市第一人民医院了解到，进入4\n",
            "月以来，该院变态反应科门诊量比3月增加了约四\n",
            "成，其中大部分是花粉过敏患者。\n",
            "　　“很多患者一开始都以为自己是感冒了。”张建\n",
            "国介绍，感冒通常伴有发热、咽痛、全身酸痛，病\n",
            "程一般在一周左右。\n",
        );
        let lines = run(page);
        assert_eq!(lines.len(), 4, "{lines:#?}");
        assert!(lines[2].contains("进入4月以来") && lines[2].ends_with("患者。"), "{lines:#?}");
    }

    fn forms(text: &str) -> Vec<(Form, String)> {
        unwrap(text, &ImportRules::default()).0.into_iter().map(|l| (l.form, l.text)).collect()
    }

    #[test]
    fn tables_keep_their_rows_and_columns() {
        let page = "B4 | SPORTS\n\nSTANDINGS\nTeam           P   W  Pts\nHarbor United 12   9   29\nOld Mill      12   1    5\nRovers host Harbor next Saturday.\n";
        let f = forms(page);
        assert_eq!(f[1], (Form::Prose, "STANDINGS".into()));
        assert_eq!(
            f[2],
            (Form::Rows, "Team           P   W  Pts\nHarbor United 12   9   29\nOld Mill      12   1    5".into())
        );
        assert_eq!(f[3].0, Form::Prose);
        // A listing led by times; two rows count beside another table.
        let f = forms(
            "头\n\n电视节目\nCCTV-1\n19:00 新闻联播\n19:39 天气预报\n20:00 焦点访谈\n本地台\n18:30 本地新闻\n19:45 今日关注\n",
        );
        let rows: Vec<_> = f.iter().filter(|(k, _)| *k == Form::Rows).collect();
        assert_eq!(rows.len(), 2, "{f:#?}");
        assert_eq!(rows[1].1, "18:30 本地新闻\n19:45 今日关注");
        // Not in the page's head, where date and 版名 lines stand together.
        let f = forms("2024年6月4日 星期二 第8版\n淇县 晴 25~33℃\n浚县 多云 24~32℃\n");
        assert!(f.iter().all(|(k, _)| *k == Form::Prose));
        // Sentences with numbers are prose.
        let f = forms("头\n\nIn 2019 it cost 12 dollars.\nIn 2020 it cost 14 dollars.\nIn 2021 it cost 15 dollars.\n");
        assert!(f.iter().all(|(k, _)| *k == Form::Prose));
        // A gap after `p.m.` parts columns: an abbreviation ends no sentence.
        let f = forms(
            "头\n\nTV LISTINGS\n6 p.m.  KABC  ABC7 News\n7 p.m.  KCBS  Survivor\n8 p.m.  KTLA  Movie: The Fugitive\n",
        );
        assert_eq!(f[2].0, Form::Rows, "{f:#?}");
        // A cell may end as a sentence does; columns still make the row.
        let f = forms(
            "头\n\nTV TONIGHT\n7:00 PM   WKBN   Jeopardy!\n7:30 PM   WKBN   Wheel of Fortune\n8:00 PM   WFMJ   Chicago Fire\n",
        );
        assert_eq!(f[1], (Form::Prose, "TV TONIGHT".into()));
        assert_eq!(f[2].0, Form::Rows);
        assert!(f[2].1.starts_with("7:00 PM   WKBN   Jeopardy!\n"), "{f:#?}");
        // Two spaces after each sentence are typing, not columns.
        let f = forms(
            "头\n\nIt rained.  Then it snowed.  Then it stopped.\nIt rained.  Then it snowed.  Then it stopped.\nIt rained.  Then it snowed.  Then it stopped.\n",
        );
        assert!(f.iter().all(|(k, _)| *k == Form::Prose));
    }

    #[test]
    fn stanzas_keep_their_lines() {
        let page = "副刊\n\n槐花开了\n□ 陈默\n\n五月的风\n把村口的槐花吹开\n母亲站在树下\n\n正文第一段，很长很长的一段散文。\n";
        let f = forms(page);
        assert_eq!(f[3], (Form::Verse, "五月的风\n把村口的槐花吹开\n母亲站在树下".into()), "{f:#?}");
        // A headline and its byline are no stanza (a byline never is verse).
        assert_eq!(f[1], (Form::Prose, "槐花开了".into()));
        // Lines of a wrapped paragraph fill the column: no verse.
        let f = forms(
            "头\n\nThe council met on Tuesday and argued\nfor hours about the budget, which is\nshort by two million dollars this year.\n",
        );
        assert!(f.iter().all(|(k, _)| *k == Form::Prose), "{f:#?}");
    }
}
