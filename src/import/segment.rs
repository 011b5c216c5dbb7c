//! Import step, segmentation: repaired paragraphs → article drafts.
//!
//! Every paragraph is first classified (heading-like line, `——` subtitle,
//! byline line, lead with credits, end credit, list item, jump line, body).
//! Articles then start at: the page top; the headings standing right before
//! a byline or lead; a heading with a `——` subtitle; the paragraph after an
//! end credit; and, inside an article that already has its byline, the
//! heading of a piece that closes with its own credit (a supplied notice).
//! The headings an article starts with become kicker / title / subtitle;
//! later ones become `##` subheads.

use super::byline::{
    CreditKind, Credits, is_colon_dateline, is_contact_line, is_hyphen_dateline, is_plain_name, parse_byline_line,
    parse_end_credit, parse_lead, parse_name_over_role, strip_trailing_author, strip_trailing_desk_credit,
    strip_trailing_maker_credit, strip_trailing_photo_credit, strip_trailing_source,
};
use super::continuation::strip_jumps;
use super::header::{Form, Line};
use super::repair::{is_heading_like, is_qa, is_running_text, is_subtitle, strip_bullet, strip_subtitle};
use super::rules::ImportRules;
use super::text::{
    has_inner_sentence_mark, has_phone_number, in_brackets, is_cjk_text, is_terminated, len, static_re, strip_end_mark,
    word_count,
};
use regex::Regex;
use std::collections::BTreeSet;
use std::sync::OnceLock;

#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    Body,
    Heading,
    Subtitle,
    Byline(Credits),
    /// A first paragraph opening with credits; the field is the text after them.
    Lead(Credits, String),
    Credit(Credits, CreditKind),
    /// A list item (text without its bullet).
    Item(String),
    /// Nothing but a jump line.
    Jump,
    /// A table set as text, its rows joined by `\n`.
    Table,
    /// A stanza of verse, its lines joined by `\n`.
    Verse,
    /// A signature closing a letter (`— Maria Lopez, Riverton`, `淇县读者 王芳`):
    /// its name is a credit, and the line stays as printed (the town is text).
    Signature(Credits),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Para {
    pub no: usize,
    pub text: String,
    pub kind: Kind,
    pub from: Option<u32>,
    pub to: Option<u32>,
    /// A jump line alone that points the way it stands (see
    /// [`super::continuation::Jumps::either`]): `from` until [`segment`] reads where.
    pub either: bool,
    /// The paragraph ended with a wire story's end mark or desk note (`（完）`,
    /// `-30-`, `（编辑：X）`): the story ends there.
    pub ended: bool,
    /// The slug of a jump line from another page (`BUDGET from Page A1`).
    pub slug: Option<String>,
}

/// A headline made from `p`'s text (a brief's title, a run-in head): it
/// keeps `p`'s place, no jump and no end mark.
fn heading_of(p: &Para, text: String) -> Para {
    Para { text, kind: Kind::Heading, from: None, to: None, either: false, ended: false, slug: None, ..p.clone() }
}

/// `漫　画`, `来　论`: a column's label set letter-spaced, two to four
/// characters each alone on the line, is the word (`漫画`). So is a poem's
/// title with its note in brackets after the last (`春　雨（外一首）`).
fn joined_letter_spacing(text: String) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let single = |w: &str| w.chars().count() == 1 && w.chars().all(super::text::is_han);
    let noted = |w: &str| {
        w.split_once(['（', '('])
            .is_some_and(|(head, note)| single(head) && note.ends_with(['）', ')']) && !note.contains(['（', '(']))
    };
    let spaced = (2..=4).contains(&words.len())
        && words[..words.len() - 1].iter().all(|w| single(w))
        && words.last().is_some_and(|w| single(w) || noted(w));
    if spaced { words.concat() } else { text }
}

/// `◆通告◆`, `★招聘★`: a short label between two of the same ornament
/// is the label (a bullet opens a line, it does not close it too).
fn unornamented(text: String) -> String {
    let t = text.trim();
    let mut cs = t.chars();
    let (Some(first), Some(last)) = (cs.next(), cs.next_back()) else { return text };
    let inner = t.trim_matches(first).trim();
    let short = (1..=12).contains(&len(inner)) && !inner.contains(['。', '，', ',', '.', '：', ':']);
    if BOX_MARKERS.contains(&first) && first == last && short { inner.to_string() } else { text }
}

/// `（圖：乘客在月台候車。鄧宗弘攝）`: a Hong Kong caption bracketed whole,
/// its photographer's credit inside after its last sentence, read as
/// `圖：乘客在月台候車。（鄧宗弘攝）`, the caption and then its credit.
fn caption_credit_outside(text: String, rules: &ImportRules) -> String {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re =
        static_re(&RE, r"^[（(]\s*((?:圖|图|圖片|图片)\s*[:：].*[。！？])\s*([^。！？（）()]{2,24}?[攝摄])\s*[)）]$");
    let Some(c) = re.captures(text.trim()) else { return text };
    let credit = format!("（{}）", c[2].trim());
    match parse_end_credit(&credit, rules) {
        Some((_, CreditKind::Photo)) => format!("{}{credit}", &c[1]),
        _ => text,
    }
}

/// Classifies one repaired paragraph.
pub fn classify(line: &Line, rules: &ImportRules) -> Para {
    let set = match line.form {
        Form::Rows => Some(Kind::Table),
        Form::Verse => Some(Kind::Verse),
        Form::Prose => None,
    };
    if let Some(kind) = set {
        return Para {
            no: line.no,
            text: line.text.clone(),
            kind,
            from: None,
            to: None,
            either: false,
            ended: false,
            slug: None,
        };
    }
    let unmarked = strip_end_mark(&line.text);
    let ended = unmarked.len() != line.text.trim_end().len() || super::text::ends_instalment(unmarked);
    let jumps = strip_jumps(unmarked);
    let text = caption_credit_outside(unornamented(joined_letter_spacing(jumps.text)), rules);
    let kind = if text.is_empty() {
        Kind::Jump
    } else if jumps.from.is_some()
        && unmarked.trim_end().ends_with(')')
        && !is_terminated(&text)
        && !is_cjk_text(&text)
        && word_count(&text) <= 14
    {
        // `FIRE: Crews had to pump water (Continued from A1)`: only a jumped
        // part's headline says where it came from after its words (its slug
        // before a colon is no dateline).
        Kind::Heading
    } else if is_episode_marker(&text) {
        // `（连载一）` under a serial's title: a line of its headline, not a
        // pen name signing in brackets.
        Kind::Heading
    } else if let Some((c, k)) = parse_end_credit(&text, rules) {
        Kind::Credit(c, k)
    } else if (department(&text).is_some()
        // (`◆法治快讯`: a column's label set after a bullet, a box marker.)
        && (is_heading_like(&text) || strip_bullet(&text).is_some_and(is_heading_like)))
        || is_comment_box_label(&text)
    {
        // `■简讯`: a boxed label is no name, however short; nor is
        // `■记者手记` a reporter named 手记.
        Kind::Heading
    } else if let Some(c) = parse_byline_line(&text, rules) {
        Kind::Byline(c)
    } else if let Some(rest) = text.strip_prefix(['—', '–']).map(str::trim_start)
        && is_contributed_line(rest)
        && let Some(c) = parse_byline_line(rest, rules)
    {
        // `— Submitted by Maple Ridge Middle School` under a community
        // note: signed after a dash as a sign-off is, the same line as
        // without it (no deck of the headline below).
        Kind::Byline(c)
    } else if let Some((c, at)) = parse_lead(&text, rules) {
        Kind::Lead(c, text.get(at..).unwrap_or("").trim().to_string())
    } else if is_subtitle(&text) {
        Kind::Subtitle
    } else if let Some(item) = strip_bullet(&text) {
        Kind::Item(item.to_string())
    } else if is_bracketed(&text)
        || is_see_also(&text)
        || is_source_note(&text)
        || is_reprint_note(&text)
        || super::repair::is_article_note(&text)
        || (is_cjk_text(&text) && (has_caption_label(&text) || ends_with_photo_credit(&text)))
        // (`Passengers at the station on Wednesday TOI PHOTO: ANINDYA
        // CHATTOPADHYAY`: an English caption with its credit, no stop
        // between, as short and open as a headline.)
        || (!is_cjk_text(&text) && strip_trailing_photo_credit(&text, rules).is_some())
        || is_signed_line(&text)
    {
        // `数据来源：Wind` under a table says where its figures come from.
        // `（滨江市社会科学院研究员）` under an essay's byline, `（相关报道见
        // A13版）`: a note in brackets is text as printed, however short,
        // never a headline or subhead (`★作者单位：…` unbracketed, too). Nor
        // is a caption (`圖：…`) under the story it illustrates.
        Kind::Body
    } else if is_heading_like(&text)
        && !has_phone_number(&text)
        && !is_service_number_row(&text)
        && !is_speaker_line(&text, rules)
        && !is_drawn_numbers(&text)
        && !is_mailing_address(&text)
    {
        // `王先生 13800138000`, `724-555-0123`: a contact line is short and
        // unpunctuated, but no headline gives a phone number.
        Kind::Heading
    } else {
        Kind::Body
    };
    Para { no: line.no, text, kind, from: jumps.from, to: jumps.to, either: jumps.either, ended, slug: jumps.slug }
}

/// `"The Brennans" by Paul Ashe (Harbor Press, 312 pages, $27)`: a book's
/// title in quotes, its author and, in brackets, its publisher, length or
/// price.
fn is_book_details(text: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = static_re(
        &RE,
        r#"^["“‘'][^"”’]{1,80}["”’'],?\s+(?:by|edited by|translated by)\s+[A-Z][^()]{1,60}\([^()]*(?:\b\d+\s+(?:pages|pp)\b|\$\d|£\d)[^()]*\)\.?$"#,
    );
    re.is_match(text.trim())
}

/// `Letters to the Editor, The Daily Courier, 200 Main St., Springfield, IL
/// 62701`, `PO Box 40, Leeds LS1 1BA`: where to write to, a street or box
/// and a ZIP code or postcode closing it. As short and open as a headline,
/// but no headline ends on a postcode.
fn is_mailing_address(text: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = static_re(
        &RE,
        r"(?:\d+\s+[A-Z][\w.' ]{1,30},|\b(?i:p\.?\s?o\.?\s+box)\s+\d+,?).*(?:,\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?|\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2})\.?$",
    );
    !is_cjk_text(text) && re.is_match(text.trim())
}

/// `Lotto: 4-11-19-27-33-41`, `Pick 3: 7-2-9`: a lottery's label and the
/// numbers drawn, a results line of a box, as short and open as a headline
/// but never one (nor a dateline before its colon).
fn is_drawn_numbers(text: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = static_re(&RE, r"^[A-Z][A-Za-z0-9 .'&]{1,24}:\s*\d{1,2}(?:\s*[-–]\s*\d{1,2}){2,}\b");
    re.is_match(text.trim())
}

/// `老旧小区加装电梯，` over `为何“卡”在最后一户？`: a Chinese headline
/// broken after its comma. The first line reads as text (it ends in a
/// comma), but no paragraph opens a page or follows a headline's stack with
/// a few words and a comma: it is the headline's first half.
pub fn join_broken_heads(paras: Vec<Para>) -> Vec<Para> {
    let mut out: Vec<Para> = Vec::with_capacity(paras.len());
    let mut paras = paras.into_iter().peekable();
    while let Some(mut p) = paras.next() {
        let t = p.text.trim();
        let opens = out.last().is_none_or(|q| !matches!(q.kind, Kind::Body | Kind::Lead(..) | Kind::Item(_)));
        if p.kind == Kind::Body
            && opens
            && is_cjk_text(t)
            && (4..=16).contains(&len(t))
            && t.ends_with(['，', '、'])
            && !t.trim_end_matches(['，', '、']).contains(['，', '。', '、', '；'])
            && let Some(next) = paras.next_if(|q| {
                q.kind == Kind::Heading && is_cjk_text(&q.text) && !q.text.trim_end().ends_with(['，', '、'])
            })
        {
            p.text = format!("{t}{}", next.text.trim());
            p.kind = Kind::Heading;
        } else if p.kind == Kind::Heading
            && let Some(next) =
                paras.next_if(|q| q.kind == Kind::Heading && q.no == p.no + 1 && wraps_head(&p.text, &q.text))
        {
            p.text = super::repair::join(&p.text, &next.text);
        }
        out.push(p);
    }
    out
}

/// `◆ 早春` over a stanza: a poem's title, set after the box marker a
/// poetry page gives each title, not a list's one item; `◆ 燕归来` over
/// `□ 何晓光` over a stanza is one too (a title may read as a name, but not
/// right over its poet's). A poet's `□ 林溪` right over a stanza stays his.
pub fn marked_poem_titles(mut paras: Vec<Para>) -> Vec<Para> {
    for i in 0..paras.len() {
        let Some(title) = super::wrap::marked_poem_title(&paras[i].text).map(str::to_string) else { continue };
        let verse_at = |k: usize| paras.get(k).is_some_and(|q| q.kind == Kind::Verse);
        let signed_over_verse = paras.get(i + 1).is_some_and(|q| matches!(q.kind, Kind::Byline(_))) && verse_at(i + 2);
        let heads_poem = match paras[i].kind {
            Kind::Item(_) | Kind::Heading => verse_at(i + 1) || signed_over_verse,
            Kind::Byline(_) => signed_over_verse,
            _ => false,
        };
        if heads_poem {
            paras[i] = heading_of(&paras[i], title);
        }
    }
    paras
}

/// `- Lisa Thornton`, `- Bay Herald` alone under a story's last sentence:
/// an export's hyphen for the dash of a sign-off, which closes the story as
/// `— Lisa Thornton` does. A hyphen also marks a list's items, so only a
/// line no other item stands next to is read so, and only when it names a
/// writer, a desk or a paper (`- Bring a torch` stays an item).
pub fn hyphen_sign_offs(mut paras: Vec<Para>, rules: &ImportRules) -> Vec<Para> {
    for i in 1..paras.len() {
        // (A caption with its credit may stand between the text and the
        // sign-off: `… on Motu Island. Photo / Supplied` over `- Bay Herald`.)
        let under_text = after_finished_text(&paras, i) || is_credited_caption(&paras[i - 1], rules);
        if !matches!(paras[i].kind, Kind::Item(_)) || !under_text {
            continue;
        }
        if paras.get(i + 1).is_some_and(|q| matches!(q.kind, Kind::Item(_))) {
            continue;
        }
        let Some(who) = paras[i].text.trim().strip_prefix("- ") else {
            continue;
        };
        let Some((c, k)) = parse_end_credit(&format!("— {}", who.trim()), rules) else {
            continue;
        };
        let names = !c.reporters.is_empty() || c.agency.is_some() || c.desk.is_some();
        if names && matches!(k, CreditKind::People | CreditKind::Agency) {
            paras[i].kind = Kind::Credit(c, k);
        }
    }
    paras
}

/// `故乡的河（外一首）` over two poems: the second poem's title is set
/// tight over its first stanza, so it reads as the stanza's first line.
/// In a stanza after the first, a first line of a few Han characters
/// that opens on no word a verse line opens on (`我`, `那`…), ends on no
/// particle and is the stanza's shortest may be that title; as many as
/// the note names (`外二首`: two) are taken, a letter-spaced one (`燕　归`)
/// first, then the last ones (the other poems follow the first).
pub fn verse_titles_of_other_poems(d: &mut Draft) {
    static NOTE: OnceLock<Regex> = OnceLock::new();
    let note = static_re(&NOTE, r"[（(]外([一二三四五六七八九两]|[2-9])首[)）]$");
    let Some(more) = d.title.as_deref().and_then(|t| note.captures(t.trim())).and_then(|c| super::text::numeral(&c[1]))
    else {
        return;
    };
    const OPENERS: &[char] = &[
        '我', '你', '他', '她', '它', '而', '但', '如', '那', '这', '还', '就', '在', '也', '是', '又', '都', '只',
        '从', '当',
    ];
    // (A title set apart, over its stanzas, is a heading already.)
    let set_apart = d.blocks.iter().filter(|b| matches!(b, Block::Heading(_))).count();
    let left = (more as usize).saturating_sub(set_apart);
    // Each candidate: its block, its title joined, and whether it was letter-spaced.
    let mut candidates: Vec<(usize, String, bool)> = Vec::new();
    let mut verses = 0;
    for (k, b) in d.blocks.iter().enumerate() {
        let Block::Verse(t) = b else { continue };
        verses += 1;
        let lines: Vec<&str> = t.lines().collect();
        let first = lines.first().copied().unwrap_or_default().trim();
        let title: String = first.split_whitespace().collect();
        let titled = verses > 1
            && lines.len() >= 3
            && (2..=5).contains(&len(&title))
            && title.chars().all(super::text::is_han)
            && !title.starts_with(OPENERS)
            // (`雨停了`: a clause that ends on a particle is a line of verse.)
            && !title.ends_with(['了', '着', '过', '吗', '呢', '啊', '吧', '的'])
            && lines[1..].iter().all(|l| len(l.trim()) > len(&title));
        if titled {
            candidates.push((k, title, first.contains(char::is_whitespace)));
        }
    }
    let mut chosen: Vec<usize> = candidates.iter().filter(|c| c.2).map(|c| c.0).take(left).collect();
    for c in candidates.iter().rev() {
        if chosen.len() < left && !chosen.contains(&c.0) {
            chosen.push(c.0);
        }
    }
    if chosen.is_empty() {
        return;
    }
    let mut out: Vec<Block> = Vec::with_capacity(d.blocks.len() + chosen.len());
    for (k, b) in std::mem::take(&mut d.blocks).into_iter().enumerate() {
        match (&b, candidates.iter().find(|c| c.0 == k && chosen.contains(&k))) {
            (Block::Verse(t), Some((_, title, _))) => {
                out.push(Block::Heading(title.clone()));
                out.push(Block::Verse(t.lines().skip(1).collect::<Vec<_>>().join("\n")));
            }
            _ => out.push(b),
        }
    }
    d.blocks = out;
}

/// `工业` / `45.2亿千瓦时` / `商业` / `12.1亿千瓦时`…: a chart's labels and
/// figures the export set one to a paragraph rather than as rows. Short
/// lines with Han in them, no sentence among them, a label and its figure
/// in turn, two pairs at least: the chart's rows, one table, not subheads
/// over nothing. The run opens on a label and ends on a figure, so a
/// chart's title over it and the next headline under it stay what they are.
pub fn chart_rows(paras: Vec<Para>) -> Vec<Para> {
    let paras = score_box_rows(paras);
    let row = |q: &Para| {
        matches!(q.kind, Kind::Heading | Kind::Body)
            && (1..=16).contains(&len(&q.text))
            && !q.text.contains(['。', '，', '；', '：', ':', '？', '！', '“', '”', '、'])
            && q.text.chars().any(super::text::is_han)
            && !q.text.contains('\n')
    };
    let figure = |q: &Para| row(q) && q.text.chars().any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c));
    let mut out: Vec<Para> = Vec::with_capacity(paras.len());
    let mut i = 0;
    while i < paras.len() {
        let mut end = i;
        while end < paras.len() && row(&paras[end]) {
            end += 1;
        }
        // (The run's ends: from the first label with a figure under it, as
        // long as labels and figures take turns, to its last figure.)
        let mut first = i;
        while first + 1 < end && (figure(&paras[first]) || !figure(&paras[first + 1])) {
            first += 1;
        }
        let turns = (first..end).take_while(|&k| figure(&paras[k]) == ((k - first) % 2 == 1)).count();
        let last = first + turns - turns % 2;
        if end > i && last >= first + 4 {
            out.extend(paras[i..first].iter().cloned());
            let rows: Vec<&str> = paras[first..last].iter().map(|q| q.text.trim()).collect();
            out.push(Para { text: rows.join("\n"), kind: Kind::Table, ..paras[first].clone() });
            out.extend(paras[last..end].iter().cloned());
            i = end;
        } else {
            out.push(paras[i].clone());
            i += 1;
        }
    }
    out
}

/// `东区队　西区队` over `1（4）　1（2）`: a match's score box, the sides in
/// one row and their scores in the row under it, cell for cell. The two
/// rows are one table, not two subheads (nor a headline and its text).
fn score_box_rows(paras: Vec<Para>) -> Vec<Para> {
    static SCORE: OnceLock<Regex> = OnceLock::new();
    let score = static_re(&SCORE, r"^[0-9０-９]{1,3}(?:[(（][0-9０-９]{1,3}[)）])?$");
    let cells = |q: &Para| -> Vec<String> {
        if !matches!(q.kind, Kind::Heading | Kind::Body) || q.text.contains('\n') {
            return Vec::new();
        }
        q.text.split_whitespace().map(str::to_string).collect()
    };
    let sides = |c: &[String]| {
        (2..=4).contains(&c.len()) && c.iter().all(|w| (2..=8).contains(&len(w)) && w.chars().all(super::text::is_han))
    };
    let mut out: Vec<Para> = Vec::with_capacity(paras.len());
    let mut i = 0;
    while i < paras.len() {
        if let Some(next) = paras.get(i + 1) {
            let (top, under) = (cells(&paras[i]), cells(next));
            if sides(&top) && under.len() == top.len() && under.iter().all(|w| score.is_match(w)) {
                let text = format!("{}\n{}", paras[i].text.trim(), next.text.trim());
                out.push(Para { text, kind: Kind::Table, ..paras[i].clone() });
                i += 2;
                continue;
            }
        }
        out.push(paras[i].clone());
        i += 1;
    }
    out
}

/// `BEN HORNE` over `with AAP` under a headline: an Australian paper sets
/// the wire that added to the writer's copy on a line of its own under the
/// name. Read apart, the wire would close whatever stood above the headline
/// and the name would be a deck; read as the one line `BEN HORNE, with AAP`
/// it is the byline. (Under a story's last sentence the two do not read as
/// one byline, so a sign-off `with AAP` stays one.)
pub fn wire_under_writer(mut paras: Vec<Para>, rules: &ImportRules) -> Vec<Para> {
    let mut i = 1;
    while i < paras.len() {
        let wire_only = matches!(&paras[i].kind, Kind::Credit(c, CreditKind::People)
            if c.reporters.is_empty() && (c.agency.is_some() || !c.contributors.is_empty()))
            && paras[i].text.trim().get(..5).is_some_and(|w| w.eq_ignore_ascii_case("with "));
        let over = &paras[i - 1];
        let name_alone = matches!(over.kind, Kind::Heading | Kind::Subtitle | Kind::Body | Kind::Byline(_))
            && !is_terminated(&over.text)
            && !is_cjk_text(&over.text);
        if wire_only
            && name_alone
            && let Some(c) = parse_byline_line(&format!("{}, {}", over.text.trim(), paras[i].text.trim()), rules)
                .filter(|c| !c.reporters.is_empty() && c.agency.is_some())
        {
            paras[i - 1].text = format!("{}, {}", over.text.trim(), paras[i].text.trim());
            paras[i - 1].kind = Kind::Byline(c);
            paras.remove(i);
            continue;
        }
        // `with AAP` straight under the headline, no writer named: the
        // desk's story built on the wire's copy. As a sign-off it would end
        // a story of the headline alone and leave the text headless.
        let under_head = matches!(over.kind, Kind::Heading | Kind::Subtitle);
        if wire_only
            && under_head
            && let Kind::Credit(c, _) = &paras[i].kind
            && c.contributors.is_empty()
            && let Some(agency) = c.agency.clone()
        {
            paras[i].kind = Kind::Byline(Credits { agency: Some(agency), ..Credits::default() });
        }
        i += 1;
    }
    paras
}

/// `Story: Kwame Mensah / Pictures: Esi Dadzie` under a story's last
/// sentence, then the picture's caption with its credit: a Ghanaian paper
/// labels who wrote and who shot the story at its foot. Read as a byline it
/// would open a story of the caption alone; it closes the story above, and
/// the caption is that story's picture's.
pub fn labelled_credits_over_caption(mut paras: Vec<Para>, rules: &ImportRules) -> Vec<Para> {
    for i in 1..paras.len().saturating_sub(1) {
        let labelled = {
            let t = paras[i].text.trim().to_lowercase();
            ["story:", "text:", "words:", "report:"].iter().any(|l| t.starts_with(l))
                && ["pictures:", "picture:", "photos:", "photo:", "photographs:"].iter().any(|l| t.contains(l))
        };
        let Kind::Byline(c) = &paras[i].kind else { continue };
        if labelled && after_finished_text(&paras, i) && is_credited_caption(&paras[i + 1], rules) {
            paras[i].kind = Kind::Credit(c.clone(), CreditKind::People);
        }
    }
    paras
}

/// `Picture: SWNS` / `Members of the Hadley Players rehearse…` between a
/// finished story and the next story's headline: the photo sits over the
/// story it shows, and only its caption's words say which. A caption naming
/// someone or something (two capitalised words running) the story below
/// names and the story above does not is the story below's: it moves to
/// that story's end, where its caption would stand had it been set under.
pub fn captions_of_the_story_below(mut paras: Vec<Para>) -> Vec<Para> {
    let mut i = 1;
    while i + 2 < paras.len() {
        let photo = |p: &Para| {
            matches!(p.kind, Kind::Credit(_, CreditKind::Photo))
                && super::text::PHOTO_LABELS.iter().any(|l| p.text.trim().to_lowercase().starts_with(l))
        };
        let caption = |p: &Para| {
            p.kind == Kind::Body
                && !is_cjk_text(&p.text)
                && is_terminated(&p.text)
                && (5..=40).contains(&word_count(&p.text))
        };
        let (credit_first, caption_first) =
            (photo(&paras[i]) && caption(&paras[i + 1]), caption(&paras[i]) && photo(&paras[i + 1]));
        if !(credit_first || caption_first) || !after_finished_text(&paras, i) || !is_head(&paras[i + 2]) {
            i += 1;
            continue;
        }
        let text = if credit_first { paras[i + 1].text.clone() } else { paras[i].text.clone() };
        let above_start = (0..i).rev().find(|&k| is_head(&paras[k])).map_or(0, |k| k + 1);
        let body_start = (i + 2..paras.len()).find(|&k| !is_head(&paras[k])).unwrap_or(paras.len());
        let below_end = (body_start..paras.len()).find(|&k| is_head(&paras[k])).unwrap_or(paras.len());
        let below = &paras[body_start..below_end];
        let plain = below.iter().all(|q| matches!(q.kind, Kind::Body | Kind::Lead(..) | Kind::Byline(_)));
        if below.len() >= 2
            && plain
            && names_in_full_again(below, &text)
            && !names_in_full_again(&paras[above_start..i], &text)
        {
            let moved: Vec<Para> = paras.drain(i..i + 2).collect();
            let at = below_end - 2;
            paras.splice(at..at, moved);
            i = below_end;
        } else {
            i += 1;
        }
    }
    paras
}

/// `Picture: Sarah Winstanley` under a story's last sentence, over `The
/// remains of the old footbridge, which collapsed in December` over the next
/// story's headline: an English paper sets the photo's credit above its
/// caption. The caption, a line of display type with no stop, would head the
/// next story over its real headline; it is the story's above, as a caption
/// set over its credit is. (A headline under the credit has its deck, byline
/// or text under it, never another headline.)
pub fn captions_under_labelled_credits(mut paras: Vec<Para>) -> Vec<Para> {
    for i in 1..paras.len().saturating_sub(2) {
        let labelled = {
            let t = paras[i].text.trim().to_lowercase();
            super::text::PHOTO_LABELS.iter().chain(&["pic:", "pics:"]).any(|l| t.starts_with(l))
        };
        let caption = paras[i + 1].text.trim();
        let reads_as_caption = word_count(caption) >= 5
            && word_count(caption) <= 40
            && !is_cjk_text(caption)
            && caption.chars().any(char::is_lowercase)
            && !caption.ends_with(['?', '!', ':']);
        // (`Turn to page 7` may stand between the story's text and the credit.)
        let mut above = i;
        while above > 1 && paras[above - 1].kind == Kind::Jump {
            above -= 1;
        }
        if labelled
            && matches!(paras[i].kind, Kind::Credit(_, CreditKind::Photo))
            && after_finished_text(&paras, above)
            && paras[i + 1].kind == Kind::Heading
            && reads_as_caption
            && paras[i + 2].kind == Kind::Heading
        {
            paras[i + 1].kind = Kind::Body;
        }
    }
    paras
}

/// `小区电梯困人　消防十分钟破门` over `（文/图 记者 杨帆）` over its text: an
/// evening paper sets the byline in brackets on a line of its own under the
/// headline. Read as a closing credit it would sign a headline with no text,
/// so it is the byline of the story the headline opens (a photo credit
/// there is a picture's).
pub fn bracketed_bylines(mut paras: Vec<Para>, rules: &ImportRules) -> Vec<Para> {
    for i in 1..paras.len().saturating_sub(1) {
        if !matches!(paras[i - 1].kind, Kind::Heading | Kind::Subtitle)
            || paras[i + 1].kind != Kind::Body
            || !matches!(paras[i].kind, Kind::Body | Kind::Credit(_, CreditKind::People))
        {
            continue;
        }
        // `Story: Kwame Mensah, Tamale` right under the headline, over the
        // text: a Ghanaian paper's byline, labelled as its foot credit is
        // (see [`labelled_credits_over_caption`]); under a headline it opens
        // the story, and the town after the comma is the dateline.
        if matches!(paras[i].kind, Kind::Credit(_, CreditKind::People))
            && is_writer_label(&paras[i].text)
            && let Some(c) = parse_byline_line(paras[i].text.trim(), rules)
            && !c.reporters.is_empty()
        {
            paras[i].kind = Kind::Byline(c);
            continue;
        }
        let Some(inner) = in_brackets(paras[i].text.trim()) else { continue };
        // (`（县委宣传部 李华）`, `（国网河川供电公司 陈晓峰）`: a unit and its
        // writers, already read as a closing credit, sign it the same way.)
        let closing = match &paras[i].kind {
            Kind::Credit(c, _) => Some(c),
            _ => None,
        };
        let Some(c) = parse_byline_line(inner.trim(), rules).or_else(|| closing.cloned()) else {
            continue;
        };
        if !c.reporters.is_empty() || !c.contributors.is_empty() {
            paras[i].kind = Kind::Byline(c);
        }
    }
    paras
}

/// `Signed: Municipal Chief Executive`, `Sgd. J. Mensah`: who signs a notice,
/// its last line; short and unpunctuated as a headline is, but no headline
/// opens so.
fn is_signed_line(text: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    static_re(&RE, r"^(?:(?i:signed)\s*:|(?i:sgd)\s*[.:])\s*[A-Z]").is_match(text.trim())
}

/// `Story: X`, `Words: X`, `Story & Pix: X`: a label naming who wrote the
/// story, set at its head or its foot.
fn is_writer_label(text: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    static_re(&RE, r"^(?i:(?:story|words|text|report)(?:\s*(?:and|&)\s*(?:photos?|pictures?|pix))?)\s*:\s*\S")
        .is_match(text.trim())
}

/// `Heat wave to bake` over `Midwest, Northeast` in one block: an English
/// headline the column's measure broke, its second line no deck under it. A
/// head breaks where its next word would not fit, so its second line is at
/// most about as long as the first and that word; a deck, in smaller type,
/// runs longer, and says more (`Man dies in crash` over `Police appeal for
/// witnesses after…`). A line stopping on a word no headline ends with
/// (`Starmer pledges to`) goes on whatever follows. Labels (`ELECTION 2024`,
/// `Banks`) and a line in capitals over one in plain case are left to the
/// kicker rules; a head set in capitals on both lines (`DROWNING DEATH
/// PROMPTS` over `SURF SAFETY WARNING`) breaks as one in plain case does,
/// its first line of three words at least (a label in capitals runs to two).
fn wraps_head(first: &str, second: &str) -> bool {
    let (a, b) = (first.trim(), second.trim());
    let caps = |t: &str| !t.chars().any(char::is_lowercase);
    // (`NEW YORK (105)` over a team's line of figures: a box score's.)
    let in_capitals = caps(a) && caps(b) && word_count(a) >= 3 && !a.contains(|c: char| c.is_ascii_digit());
    if is_cjk_text(a)
        || is_cjk_text(b)
        || ((caps(a) || caps(b)) && !in_capitals)
        || a.ends_with([':', ';', '.', '?', '!', '—', '–'])
        // (`Length: 4.1 miles` over `Cost: $12.8 million`: a fact box's rows.)
        || (is_english_field(a) && is_english_field(b))
    {
        return false;
    }
    // (`Margaret Lyons` over `Township Secretary`, `Linda Becker, Executrix`
    // over `44 Orchard Lane` over `Ashford, PA 16101`: a notice's signature
    // and address; `NL CENTRAL W L Pct GB` over `Milwaukee 42 30 .583 —`: a
    // table's rows.)
    let digit = |t: &str| t.starts_with(|c: char| c.is_ascii_digit());
    let figures = format!("{a} {b}")
        .split_whitespace()
        .filter(|w| {
            w.chars().any(|c| c.is_ascii_digit()) && w.chars().all(|c| c.is_ascii_digit() || ".,-½".contains(c))
        })
        .count();
    // (`Alexandra Smith`, `Olaleye Aluko, Abuja`, `Jane Doe @janedoe` under
    // the head: its writer.)
    // (`NOMVULA DLAMINI and LUYANDA SHABALALA`, `Harriet Quill and Tom
    // Adeyemi`, `Ken Ito in Tokyo`, `Ken Ito — Tokyo`: writers without `By`.)
    let named = |t: &str| {
        is_plain_name(t)
            // (`D. Harvey` over `Penryn`: a letter signed with an initial.)
            || is_name_with_initials(t)
            || t.split_once([',', '@', '|']).is_some_and(|(n, _)| is_plain_name(n.trim()))
            || plain_names(t).is_some()
            || names_in_capitals(t).is_some()
            || writer_and_place(t).is_some()
    };
    let signs = named(a) || named(b) || a.contains(',') || digit(a) || digit(b) || figures >= 2;
    if word_count(a) < 2 || signs || is_editorial_label(a) || department(a).is_some() || is_subtitle(b) {
        return false;
    }
    if super::repair::ends_open(a) {
        return true;
    }
    let next_word = b.split_whitespace().next().map_or(0, len);
    word_count(b) <= 5 && word_count(b) <= word_count(a) + 2 && len(b) <= len(a) + next_word + 4
}

/// `…。（中央社）`, `…。（通讯员 孙丽 刘伟）`, `…。（市中心医院甲状腺外科 刘敏）`:
/// a Chinese paragraph closed by its story's source or author in brackets
/// (an expert's unit before the name, too).
fn closes_with_credit(text: &str, rules: &ImportRules) -> bool {
    if strip_trailing_author(text, rules).is_some() || strip_trailing_source(text, rules).is_some() {
        return true;
    }
    let t = text.trim_end();
    let Some((before, inner)) = t.strip_suffix(['）', ')']).and_then(|r| r.rsplit_once(['（', '('])) else {
        return false;
    };
    before.ends_with(['。', '！', '？', '”'])
        && len(inner) <= 30
        && inner.rsplit_once([' ', '\u{3000}']).is_some_and(|(unit, name)| {
            unit.trim().chars().all(super::text::is_han) && bare_chinese_name(name, rules).is_some()
        })
}

/// `数据来源：Wind`, `资料来源：国家统计局`, `Source: Statistics Canada`: a
/// table's or chart's source note.
pub(super) fn is_source_note(text: &str) -> bool {
    let folded = super::text::fold_traditional(text.trim());
    ["数据来源", "资料来源", "数据来自", "来源：", "Source:", "SOURCE:", "Sources:"]
        .iter()
        .any(|p| folded.starts_with(p))
        && text.contains([':', '：'])
}

/// `摘自《光明日报》3月2日`, `选自《读者》2026年第5期 原题为《…》`: a
/// digest paper closes each reprinted piece with where it was taken from.
/// Short and unpunctuated, it would read as the next piece's kicker.
fn is_reprint_note(text: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let t = text.trim().trim_start_matches(['—', '－', '-', ' ', '\u{3000}']);
    len(t) <= 60 && static_re(&RE, r"^(?:摘自|摘编自|节选自|选自|转自|转载自|原载)\s*《[^》]{1,24}》").is_match(t)
}

/// `据《科技日报》报道，…`, `据人民网消息，…`, `据中新社报道，…`: a story's
/// text opening on the paper, site or wire it was taken from (`据该社报道`
/// refers back to a wire named above, inside the story).
fn opens_on_its_source(text: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    static_re(&RE, r"^据(?:《[^》]{2,12}》|\p{Han}{2,8}(?:网|日报|晚报|客户端|新闻)|[^\P{Han}该此本其]\p{Han}{0,2}社)(?:报道|消息)[，,]")
        .is_match(text.trim_start())
}

/// `记者日前从市住建局获悉，…`, `记者3月1日从…了解到`: a story's text opening
/// on its reporter learning the news from a source on a day, as a story
/// without `本报讯` leads. Text under a crosshead goes on from the story's
/// own lead and does not date its source again (`记者了解到，…`).
fn opens_on_reporters_day(text: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    static_re(
        &RE,
        r"^(?:本报)?记者(?:日前|近日|昨日|昨天|今天|今日|前日|日昨|[0-9０-９]{1,2}月[0-9０-９]{1,2}日|[0-9０-９]{1,2}日)(?:从|自|在)[^，。！？,]{2,40}?(?:获悉|了解到|获知|得知)",
    )
    .is_match(text.trim_start())
}

/// `【案情】`, `【审理】`: a short label in black brackets, a field of a box.
fn is_bracketed_label(text: &str) -> bool {
    black_bracketed(text).is_some_and(|i| (2..=6).contains(&len(i)))
}

/// `【数据】` → `数据`: the words of a line that is one label in black
/// brackets, nothing outside them.
fn black_bracketed(text: &str) -> Option<&str> {
    text.trim().strip_prefix('【').and_then(|r| r.strip_suffix('】')).filter(|i| !i.contains(['【', '】']))
}

/// `法官说法`, `律师提醒`, `记者手记`, `专家点评`: the label of a box of comment
/// a paper sets at a story's foot (a link box, `相关链接`, only adds facts
/// and may stand anywhere in it).
fn is_comment_box_label(text: &str) -> bool {
    let t = bare_label(text);
    // (`小贴士`, `温馨提示`: a service piece's box of tips, set at its foot.)
    (4..=6).contains(&len(t))
        && t.chars().all(super::text::is_han)
        && ["说法", "提醒", "手记", "点评", "释法", "支招", "点睛", "贴士"].iter().any(|e| t.ends_with(e))
        || ["小贴士", "温馨提示"].contains(&t)
}

/// `专家名片`, `人物档案`, `相关链接`, `专家简介`: the four-character label
/// of a box of facts about who or what a story is about.
fn is_fact_box_label(text: &str) -> bool {
    let t = bare_label(text);
    len(t) == 4 && t.chars().all(super::text::is_han) && ["名片", "简介", "档案", "链接"].iter().any(|e| t.ends_with(e))
}

/// A story's fact box opening at `k`, under its closing credit: `AT A
/// GLANCE` over its items under the writer's contact line, `相关链接` or
/// `人物档案` under `（记者 马丽）`. It is set at the story's foot and is
/// the story's, no piece of its own.
fn fact_box_at_foot(paras: &[Para], k: usize) -> bool {
    let (Some(label), Some(next)) = (paras.get(k), paras.get(k + 1)) else { return false };
    // (A Chinese label stands as a heading; one in capitals may be read otherwise.)
    (label.kind == Kind::Heading || is_caps_box_label(&label.text))
        && labels_fact_box(&label.text, matches!(next.kind, Kind::Item(_)))
}

/// The label a fact box opens on: `相关链接`, `人物档案`, or one in capitals
/// (`AT A GLANCE`) when the box's items follow it (`items_follow`).
fn labels_fact_box(text: &str, items_follow: bool) -> bool {
    is_fact_box_label(text) || (is_caps_box_label(text) && items_follow)
}

/// `维权提示`, `警方提示`, `温馨提示`, `小贴士`: the label of a box of tips
/// set apart, a list of dos and don'ts rather than a comment on a case.
fn is_tips_box_label(text: &str) -> bool {
    let t = bare_label(text);
    (4..=6).contains(&len(t)) && t.chars().all(super::text::is_han) && (t.ends_with("提示") || t.ends_with("贴士"))
        || t == "小贴士"
}

/// `市中级人民法院民二庭法官 陈静`, `北京某律师事务所律师 王磊`: who speaks in a
/// comment box (法官说法, 律师提醒), a title and a name under its label.
/// It reads as text of the box, not as a subhead over it; a headline does
/// not end in a titled person's name.
fn is_speaker_line(text: &str, rules: &ImportRules) -> bool {
    const TITLES: &[&str] =
        &["法官", "律师", "检察官", "警官", "民警", "教授", "研究员", "专家", "医师", "医生", "公证员", "调解员"];
    let Some((title, name)) = text.trim().rsplit_once([' ', '\u{3000}']) else { return false };
    let title = title.trim();
    let n = name.chars().count();
    TITLES.iter().any(|t| title.ends_with(t))
        && len(title) > 2
        && title.chars().all(super::text::is_han)
        && (2..=4).contains(&n)
        && name.chars().all(super::text::is_han)
        && name.chars().next().is_some_and(|c| rules.surname_rank(c).is_some())
}

/// `全国人大代表、市第一人民医院院长　孙宏伟：`: a delegate's or expert's
/// posts and name, set apart, then a colon: the speaker of what follows
/// (an item of a `代表委员建言` column), not text.
fn is_posted_speaker_line(text: &str, rules: &ImportRules) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = super::byline::posted_name_re(&RE, "[:：]");
    re.captures(text.trim()).is_some_and(|c| bare_chinese_name(&c[1], rules).is_some())
}

/// `“要把更多资源投向基础研究。”`: a paragraph that is one quotation whole.
fn is_whole_quotation(text: &str) -> bool {
    let t = text.trim();
    t.starts_with('“') && t.ends_with('”') && t.matches('“').count() == 1 && len(t) <= 120
}

/// `——全国人大代表、市公交集团驾驶员　刘　勇`: a dash, who said it (a post)
/// and the name set apart, under a quotation.
fn is_quote_attribution(text: &str, rules: &ImportRules) -> bool {
    let Some(rest) = text.trim().strip_prefix("——") else { return false };
    let Some((post, name)) = rest.trim().split_once([' ', '\u{3000}']) else { return false };
    (2..=30).contains(&len(post))
        && post.chars().all(|c| super::text::is_han(c) || "、·".contains(c))
        && bare_chinese_name(name, rules).is_some()
}

/// Who signs a letter or a piece under its text by what they are, before
/// the name (`读者 李建华`, `作者 张三`): the name alone is the credit.
const SIGNING_ROLES: &[&str] = &["读者", "作者", "市民", "网友", "居民"];

/// `— Maria Lopez, Riverton`, `-- J. Smith`: a dash, a person's name and
/// perhaps a town; `淇县读者 王芳`, `读者 李建华`: a reader signing a letter.
/// (A dash before a Chinese phrase stays a subtitle; `— Name` after a pull
/// quote is dropped with the quote before this is asked.) `——张志强（吉隆坡）`:
/// a Malaysian or Singapore reader, the town in brackets.
fn parse_signature(text: &str, rules: &ImportRules) -> Option<Credits> {
    // (`— Sarah O’Connor`: the name kept with the plain apostrophe, as a
    // byline's is, so a writer is one person however pages set the name.)
    let straight = super::text::straight_apostrophes(text.trim());
    let t: &str = &straight;
    let mut c = Credits::default();
    // `Name and address supplied`, `Name withheld`: a letter whose writer
    // asked not to be named signs so; over the next letter's headline it
    // read as that letter's kicker or the headline itself.
    static WITHHELD: OnceLock<Regex> = OnceLock::new();
    if static_re(
        &WITHHELD,
        r"^(?i:(?:name|address|name\s+and\s+address|name\s*(?:&|and)\s*address)\s+(?:supplied|withheld|provided)(?:\s+on\s+request)?)\.?$",
    )
    .is_match(t)
    {
        return Some(c);
    }
    if let Some(rest) = t.strip_prefix(['—', '–']).or_else(|| t.strip_prefix("--")) {
        let rest = rest.trim_start_matches(['—', '–', '-']).trim();
        // `——读者 李红梅`: the reader signing as undashed, the dash before.
        if is_cjk_text(rest)
            && !rest.is_empty()
            && let Some(c) = parse_signature(rest, rules)
        {
            return Some(c);
        }
        if is_cjk_text(rest) {
            let (name, town) = match rest.split_once(['（', '(']) {
                Some((n, r)) => (n.trim(), r.strip_suffix(['）', ')'])?),
                None => (rest, ""),
            };
            // (`——读者 陈女士（加影）`: a reader by surname and courtesy title.)
            let name = bare_chinese_name(name, rules)
                .or_else(|| reader_signature(name, rules, false).and_then(|c| c.reporters.into_iter().next()))?;
            return (len(town) <= 8 && !town.contains(['，', '。'])).then(|| {
                c.reporters.push(name);
                c
            });
        }
        // `— The Herald Editorial Board`, `— The Editors`: an unsigned
        // editorial closed in the board's name; no person signs it.
        static BOARD: OnceLock<Regex> = OnceLock::new();
        if rest.split_whitespace().count() <= 8
            && static_re(&BOARD, r"^(?:[Tt]he\s+)?(?:[A-Z][\w'’.&-]*\s+){0,5}(?i:editorial\s+board|editors|editorial\s+(?:staff|writers?))\.?$")
                .is_match(rest)
        {
            return Some(c);
        }
        let (name, place) = rest.split_once(',').unwrap_or((rest, ""));
        let words: Vec<&str> = name.split_whitespace().collect();
        let name_like = (2..=4).contains(&words.len())
            && words.iter().all(|w| {
                w.starts_with(|c: char| c.is_uppercase())
                    && w.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '-'))
            });
        let place_ok = place.split_whitespace().count() <= 4 && !place.contains(['.', ';', ':']);
        if name_like && place_ok && !is_cjk_text(rest) {
            // (`— Dr. Helen Park, …`: the title is no part of the name.)
            let name = name.trim();
            let name = ["Dr. ", "Dr ", "Mr. ", "Mr ", "Mrs. ", "Mrs ", "Ms. ", "Ms ", "Prof. ", "Rev. "]
                .iter()
                .find_map(|t| name.strip_prefix(t))
                .filter(|n| n.split_whitespace().count() >= 2)
                .unwrap_or(name);
            c.reporters.push(name.trim().to_string());
            return Some(c);
        }
        return None;
    }
    let folded = super::text::fold_traditional(t);
    if len(t) > 16 {
        return None;
    }
    for role in SIGNING_ROLES {
        let Some(at) = folded.find(role) else { continue };
        let (place, name) = (&t[..at], t[at + role.len()..].trim());
        let han = |s: &str| s.chars().all(super::text::is_han);
        // (`读者来信`, `讀者來函` are labels: a word, not a reader named 来信.)
        if han(place)
            && (2..=4).contains(&len(name))
            && han(name)
            && !super::topic::is_dictionary_word(&super::text::fold_traditional(name))
            && department(t).is_none()
        {
            c.reporters.push(name.to_string());
            return Some(c);
        }
    }
    None
}

/// `张立新`, `王  斌` (padded): a person's name alone on its line, two to four
/// characters under a known surname.
pub(super) fn bare_chinese_name(text: &str, rules: &ImportRules) -> Option<String> {
    let name: String = text.split_whitespace().collect();
    let compound = rules.compound_surnames.iter().any(|c| name.starts_with(c.as_str()));
    let n = len(&name);
    (name.chars().all(super::text::is_han)
        && ((2..=3).contains(&n) && name.chars().next().is_some_and(|c| rules.surname_rank(c).is_some())
            || (compound && (3..=4).contains(&n)))
        && !super::topic::is_dictionary_word(&name))
    .then_some(name)
}

/// `河南信阳　陈　默`, `湖北省宜昌市 李华`: the name a contributor signs
/// with after the place they live, set apart by a space. The place opens
/// with a province's name or ends as a place's does (`…市`, `…县`).
fn name_after_home(text: &str, rules: &ImportRules) -> Option<String> {
    const PROVINCES: &[&str] = &[
        "北京",
        "天津",
        "上海",
        "重庆",
        "河北",
        "山西",
        "辽宁",
        "吉林",
        "黑龙江",
        "江苏",
        "浙江",
        "安徽",
        "福建",
        "江西",
        "山东",
        "河南",
        "湖北",
        "湖南",
        "广东",
        "海南",
        "四川",
        "贵州",
        "云南",
        "陕西",
        "甘肃",
        "青海",
        "台湾",
        "内蒙古",
        "广西",
        "西藏",
        "宁夏",
        "新疆",
        "香港",
        "澳门",
    ];
    let t = text.trim();
    let (place, name) = t.split_once([' ', '\u{3000}'])?;
    // (Two characters ending so are words, `城市`, `地区`, as often as places.)
    let home = (2..=8).contains(&len(place))
        && place.chars().all(super::text::is_han)
        && (PROVINCES.iter().any(|p| place.starts_with(p))
            || (len(place) >= 3 && place.ends_with(['省', '市', '县', '区', '州', '旗'])));
    home.then(|| bare_chinese_name(name, rules)).flatten()
}

/// `MARY SMITH, Springfield`: a letter signed with the name in capitals and
/// the town, no dash. Only asked of a line between a finished text and the
/// next headline (or the page's end): a headline so set would have its story
/// under it. (In plain case, `Linda Becker, Executrix` over an address signs
/// a notice with a role, not a letter with a town.)
pub(super) fn capitals_signature(text: &str) -> Option<Credits> {
    let text = super::text::straight_apostrophes(text);
    let (name, place) = text.trim().split_once(',')?;
    let (name, place) = (name.trim(), place.trim());
    // `JOHN McALISTER`: capitals that set a Scottish or Irish name's `Mc`
    // in small letters (title-casing mends it back to `McAlister`).
    let name = name
        .split(' ')
        .map(|w| match w.strip_prefix("Mc") {
            Some(rest) if rest.len() >= 3 && rest.chars().all(|c| c.is_ascii_uppercase()) => w.to_uppercase(),
            _ => w.to_string(),
        })
        .collect::<Vec<_>>()
        .join(" ");
    let name = name.as_str();
    let caps = name.chars().any(char::is_uppercase) && !name.chars().any(char::is_lowercase);
    let town = is_town(place);
    let proper = super::text::title_case_caps(name);
    // A middle initial (`ROBERT J. JONES`) is no word of a headline.
    let core: Vec<&str> = proper.split_whitespace().filter(|w| !(w.len() == 2 && w.ends_with('.'))).collect();
    (caps && town && is_plain_name(&core.join(" "))).then(|| Credits { reporters: vec![proper], ..Credits::default() })
}

/// `Margaret Hall, Crook`: a letter signed in plain case with the town,
/// asked only under the letters' label (elsewhere a name and a word after a
/// comma sign a notice with a role).
pub(super) fn town_signature(text: &str) -> Option<Credits> {
    let text = super::text::straight_apostrophes(text);
    let (name, place) = text.trim().split_once(',')?;
    let name = name.trim();
    // (`D. Harvey, Penryn`: a writer may sign with an initial; British
    // papers drop its stop: `J Robinson`, `Mrs A Kirby`.)
    let undotted = {
        let words: Vec<&str> = name.split_whitespace().collect();
        let dotted: Vec<String> = words
            .iter()
            .map(|w| {
                if w.len() == 1 && w.starts_with(|c: char| c.is_ascii_uppercase()) {
                    format!("{w}.")
                } else {
                    w.to_string()
                }
            })
            .collect();
        words.last().is_some_and(|w| w.len() > 1) && is_name_with_initials(&dotted.join(" "))
    };
    ((is_plain_name(name) && (2..=4).contains(&word_count(name)) || is_name_with_initials(name) || undotted)
        && is_town(place))
    .then(|| Credits { reporters: vec![name.to_string()], ..Credits::default() })
}

/// British regionals' names for the letters column, which say no
/// `letter`: a column of pieces ([`department`]) and the label readers'
/// signatures sign under ([`under_letters_label`]).
const LETTERS_COLUMNS: &[&str] = &["your views", "readers' views", "your say", "have your say", "mailbag"];

/// Whether the nearest department label above paragraph `i` is the
/// letters' (`Letters to the editor`, `读者来信`).
fn under_letters_label(paras: &[Para], i: usize) -> bool {
    nearest_label(paras, i).is_some_and(|k| {
        let t = label_text(&paras[k].text).to_lowercase();
        let folded = super::text::fold_traditional(&t);
        t.contains("letter")
            || LETTERS_COLUMNS.contains(&t.trim())
            || folded.contains("来信")
            || folded.contains("来函")
    })
}

/// `梳邦再也　林先生`, `林女士`: a reader signing a letter by surname and
/// courtesy title, perhaps after the town; `梳邦再也　林国华` under the
/// letters' label (elsewhere a place and a name may head a profile).
fn reader_signature(text: &str, rules: &ImportRules, under_letters: bool) -> Option<Credits> {
    let t = text.trim();
    let (place, name) = match t.rsplit_once([' ', '\u{3000}']) {
        Some((p, n)) => (p.trim(), n.trim()),
        None => ("", t),
    };
    let han = |s: &str| !s.is_empty() && s.chars().all(super::text::is_han);
    let placed = (2..=8).contains(&len(place)) && han(place);
    if !(place.is_empty() || placed) {
        return None;
    }
    let courtesy = ["先生", "女士", "小姐", "太太"].iter().find_map(|h| name.strip_suffix(h)).is_some_and(|surname| {
        let n = len(surname);
        (n == 1 && surname.chars().next().is_some_and(|c| rules.surname_rank(c).is_some()))
            || (n == 2 && rules.compound_surnames.iter().any(|c| c == surname))
    });
    let named = under_letters && !place.is_empty() && bare_chinese_name(name, rules).is_some();
    (courtesy || named).then(|| Credits { reporters: vec![name.to_string()], ..Credits::default() })
}

/// Whether the nearest label above paragraph `i` is an English brief
/// column's (`In brief`, `Around the region`).
fn under_english_brief_label(paras: &[Para], i: usize) -> bool {
    nearest_label(paras, i).is_some_and(|k| is_english_brief_label(&paras[k].text))
}

/// The nearest heading above paragraph `i` that is a department's or a
/// brief column's label.
fn nearest_label(paras: &[Para], i: usize) -> Option<usize> {
    (0..i)
        .rev()
        .filter(|&k| is_head(&paras[k]))
        .find(|&k| department(&paras[k].text).is_some() || is_english_brief_label(&paras[k].text))
}

/// `Send letters to letters@paper.com`, `Write to: The Editor, …`: the
/// letters column's own address line, after its last letter.
///
/// Its standing rules are the column's notice too (`Letters must be signed
/// and include a phone number`, `Letters may be edited for length`).
fn is_letters_address(text: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    static_re(
        &RE,
        r"(?i)^(?:(?:send|write|e-?mail|post)\s+(?:your\s+)?(?:letters?\s+)?(?:to|us)\b|(?:all\s+)?letters\s+(?:must|should|may|will|are\s+subject)\s+(?:be\s+|not\s+|include\s+)\S)",
    )
    .is_match(text.trim())
}

/// `SIR – Your report…`, `Sir,`, `Dear Editor,`: a letter to the editor
/// opening by greeting him.
fn opens_letter(text: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    static_re(&RE, r"^(?:(?:SIR|MADAM|Sir|Madam)\s*(?:[–—,]|-\s)|Dear (?:Sir|Madam|Editor)\b)").is_match(text.trim())
}

/// `Editor's note: The obituary…`: the editor's word on a letter, under it.
fn is_english_editors_note(text: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    static_re(&RE, r"(?i)^editor['’]?s note\s*[:–—]").is_match(text.trim())
}

/// `12 Mill Lane, Market Harborough, Leicestershire`: a letter writer's
/// postal address under the name, a house number and street, then towns.
fn is_postal_address(text: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let street = static_re(&RE, r"^\d{1,4}[A-Za-z]? [A-Z][a-z]+(?: [A-Z][a-z]+){0,3}$");
    let mut parts = text.trim().split(',').map(str::trim);
    let Some(first) = parts.next() else { return false };
    let rest: Vec<&str> = parts.collect();
    street.is_match(first) && (1..=3).contains(&rest.len()) && rest.iter().all(|p| is_town(p))
}

/// `Springfield`, `West Mapleton`, `Ashford, Pa.`: a town under a letter
/// writer's name, a few capitalised words.
pub(super) fn is_town(text: &str) -> bool {
    let t = text.trim();
    let words: Vec<&str> = t.split_whitespace().collect();
    (1..=4).contains(&words.len())
        && words.iter().all(|w| w.starts_with(char::is_uppercase))
        && t.chars().any(char::is_lowercase)
        // `SAN FRANCISCO, Calif.`: a state's abbreviation alone names no town.
        && t.split([' ', ',']).any(|w| w.len() > 1 && !w.ends_with('.'))
        && t.chars().all(|c| c.is_alphabetic() || matches!(c, ' ' | '.' | ',' | '\'' | '-'))
}

/// What a page carries besides stories, by the label it is printed under.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Department {
    /// One piece under its label (a corrections box, a notice, an
    /// advertisement, the weather, the TV listings).
    Piece,
    /// Several pieces under one label, each headed by its own heading
    /// (letters to the editor, obituaries): each is an article.
    Collection,
}

/// The label of a [`Department`]: labels every paper uses, matched whole
/// (a Chinese notice also by its kind at the end: `遗失声明`, `招聘启事`).
fn department(text: &str) -> Option<Department> {
    let t = bare_label(text);
    // `征 稿`, `更　正`: a short label spaced out across its box.
    let spaced = t.contains(char::is_whitespace)
        && len(t) <= 12
        && t.split_whitespace().all(|w| w.chars().all(super::text::is_han) && len(w) <= 2);
    let collapsed: String = if spaced { t.split_whitespace().collect() } else { String::new() };
    let t = if spaced { collapsed.as_str() } else { t };
    let folded = super::text::fold_traditional(t);
    let lower = t.to_lowercase();
    const COLLECTIONS: &[&str] = &[
        "读者来信",
        "来信",
        "群众来信",
        "来信选登",
        "读者来信选登",
        "letters",
        "letters to the editor",
        // (A page with room for one letter heads it in the singular.)
        "letter to the editor",
        "your letters",
        "readers' letters",
        "obituaries",
        // One death notice under the column's label, as small papers set it.
        "obituary",
        "deaths",
        "death notices",
        "funeral notices",
        "in memoriam",
        "memorials",
        // A community page's coming events, each under its own head with
        // its time and place: one piece per event.
        "活动预告",
        "活动预报",
        "社区活动预告",
        "近期活动",
    ];
    const PIECES: &[&str] = &[
        "更正",
        "讣告",
        "广告",
        "本版广告",
        "分类广告",
        // A photo with its caption, a piece of its own under the label.
        "图片新闻",
        "新闻图片",
        "图片报道",
        "图说新闻",
        // A service notice (road works, outages), boxed under its label.
        "便民提示",
        // (`● 便民信息` over its bulleted items after a feature: the box of
        // service notices set under it, none of the feature's text.)
        "便民信息",
        "便民服务",
        "服务信息",
        "生活服务",
        "出行提示",
        // The letters desk's box: where to write and on what terms.
        "write to us",
        "contact us",
        "how to reach us",
        "how to contact us",
        "send us your letters",
        "交通提示",
        "天气",
        "天气预报",
        "今日天气",
        "电视节目",
        "节目预告",
        "电视节目预告",
        "correction",
        "corrections",
        "clarification",
        "clarifications",
        "corrections and clarifications",
        "weather",
        // Service boxes a page sets beside its stories: the day's UV and
        // pollen readings, the markets' closing figures.
        "uv index",
        "pollen count",
        "air quality",
        "markets",
        "market watch",
        "the markets",
        "forecast",
        "weather forecast",
        "today's weather",
        "tv listings",
        "tv tonight",
        "television",
        "public notice",
        "public notices",
        "legal notice",
        "legal notices",
        "classifieds",
        "classified ads",
        "advertisement",
        "paid advertisement",
        // A sports page's agate (its labels in [`AGATE_LABELS`]), and
        // other lists in small type.
        "standings",
        "sports on tv",
        "sports on the air",
        // A weekly's police and fire logs: a list of incidents, one piece.
        "police blotter",
        "police log",
        "police beat",
        "police reports",
        "crime log",
        "sheriff's log",
        "fire calls",
        // A community page's listings of coming events, day by day: one piece.
        "community calendar",
        "calendar",
        "events calendar",
        "calendar of events",
        "community events",
        "coming events",
        "upcoming events",
    ];
    // Kinds of notice a Chinese label ends with: no headline of a story does
    // at this length without being the notice itself.
    // Classified ads run under what they offer or seek (`招聘`, `房屋出租`).
    const NOTICES: &[&str] = &[
        "声明", "启事", "小启", "公告", "通告", "讣告", "招聘", "诚聘", "急聘", "求职", "出租", "求租", "招租", "出售",
        "转让", "征稿", "征文", "通知",
    ];
    // A paper's own letters column (`早报读者来函`, `读者之声`).
    const LETTERS: &[&str] = &["读者来函", "读者来信", "读者之声", "读者论坛", "来函照登"];
    if COLLECTIONS.iter().chain(LETTERS_COLUMNS).any(|l| folded == *l || lower == *l)
        || FAMILY_NOTICES.contains(&lower.as_str())
        || (len(t) <= 8 && LETTERS.iter().any(|l| folded.ends_with(l)) && folded.chars().all(super::text::is_han))
        || is_brief_label(&folded)
        || is_english_brief_label(t)
        || is_notebook_label(t)
    {
        Some(Department::Collection)
    } else if PIECES.iter().chain(AGATE_LABELS).any(|l| folded == *l || lower == *l)
        || is_court_listing_label(t)
        || (len(t) <= 8 && NOTICES.iter().any(|n| folded.ends_with(n)) && !folded.contains(['，', ',', ' ']))
        // `“舌尖上的家乡味”征稿启事`: a notice named for its campaign; no
        // story's headline ends on 启事.
        || (len(t) <= 20 && folded.ends_with("启事") && !folded.contains(['，', ',', ' ', '。']))
        || is_english_notice_label(t)
        || is_quote_box_label(t)
        || is_bio_box_label(t)
        || is_promotion_label(t)
        || is_photo_column_label(&folded)
        || weather_label().is_match(&folded)
    {
        Some(Department::Piece)
    } else {
        None
    }
}

/// `OBITUARIES`, `LETTERS TO THE EDITOR`, `IN BRIEF`: the label of a column
/// of several pieces, each under its own heading.
pub(super) fn is_collection_label(text: &str) -> bool {
    department(text) == Some(Department::Collection)
}

/// `POLICE BLOTTER`, `OBITUARIES`, `Corrections`: any department's label
/// (an `ADVERTISEMENT` marker marks a hole in the page, no department of it).
pub(super) fn is_department_label(text: &str) -> bool {
    department(text).is_some() && !is_ad_marker(text)
}

/// `IN THE DOCK`, `Court round-up`, `MAGISTRATES' COURT`: a regional paper's
/// court listings, the week's cases one after another, one piece without
/// subheads; so is a police log (`POLICE BEAT`).
fn is_court_listing_label(t: &str) -> bool {
    const LABELS: &[&str] = &[
        "in the dock",
        "in court",
        // New Zealand and British regionals head their court column so.
        "court",
        "court roundup",
        "court round-up",
        "court news",
        "court listings",
        "court list",
        "court register",
        "court reports",
        "court results",
        "magistrates' court",
        "magistrates’ court",
        "magistrates court",
        // A small paper's police log, its entries dated one after another.
        "police beat",
        "police log",
        "police blotter",
        "police reports",
        "police report",
        "police briefs",
        "crime log",
        "crime watch",
        "sheriff's log",
        "sheriff’s log",
        "sheriff's report",
        "fire calls",
        "fire log",
        "arrest log",
    ];
    let t = bare_label(t);
    LABELS.contains(&t.to_lowercase().as_str())
}

/// `SPORTS NOTEBOOK`, `Business Notebook`, `Notebook`: an English desk's
/// column of short items, each under its own headline, as `IN BRIEF` is.
fn is_notebook_label(t: &str) -> bool {
    let lower = t.trim().to_lowercase();
    let words = lower.split_whitespace().count();
    words <= 3
        && !lower.contains([',', '.', ':', '!', '?'])
        && (lower == "notebook" || lower.ends_with(" notebook") || lower.ends_with(" roundup"))
}

/// `OUR VIEW`, `Editorial`, `The Herald's View`, `The Irish Times view`, `社论`, Hong Kong's
/// `社評`: the label of a paper's unsigned editorial, one piece without subheads.
pub(super) fn is_editorial_label(t: &str) -> bool {
    let folded = super::text::fold_traditional(t);
    let lower = bare_label(&folded).to_lowercase();
    const LABELS: &[&str] = &[
        "our view",
        "our opinion",
        "in our opinion",
        "editorial",
        "editorials",
        "our say",
        "社论",
        "本报社论",
        "社评",
        "本报社评",
    ];
    LABELS.contains(&lower.as_str())
        || (lower.split_whitespace().count() <= 4 && (lower.ends_with("'s view") || lower.ends_with("’s view")))
        // `The Irish Times view`, `The Guardian view`.
        || (lower.split_whitespace().count() <= 5 && lower.starts_with("the ") && lower.ends_with(" view"))
}

/// `短評`, `人民时评`, `今日快评`, `海外网评`, `评论员文章`: the label of a signed
/// commentary, a piece of its own under its headline (not a crosshead of
/// the story above, whose writer it does not share).
fn is_comment_label(t: &str) -> bool {
    let folded = super::text::fold_traditional(t);
    let t = bare_label(&folded);
    // (`来论`: a contributed commentary, the writer no staff member.)
    const ENDS: &[&str] =
        &["短评", "时评", "快评", "热评", "锐评", "微评", "新评", "网评", "评论", "评论员文章", "言论", "来论"];
    (2..=7).contains(&len(t)) && t.chars().all(super::text::is_han) && ENDS.iter().any(|e| t.ends_with(e))
}

/// `特写`, `■特 写`, `侧记`, `综述`: the label of a news genre a paper
/// sets over a feature's headline, perhaps spaced out across its box.
fn is_genre_label(t: &str) -> bool {
    const GENRES: &[&str] =
        &["特写", "新闻特写", "现场特写", "侧记", "速写", "综述", "述评", "通讯", "纪实", "见闻", "札记", "花絮"];
    let t: String = bare_label(t).split_whitespace().collect();
    GENRES.contains(&t.as_str())
}

/// `1.《繁花》 2.31%`, `2、《热辣人生》　3.12亿元`: a chart's row, a rank and
/// what holds it, with a figure.
fn is_rank_row(text: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    static_re(&RE, r"^\d{1,2}[.、．]\s*\S.{0,40}\d").is_match(text.trim()) && len(text.trim()) <= 50
}

/// `票房榜`, `收视排行榜`, `畅销书榜`: the label of a box of ranked rows.
fn is_chart_label(t: &str) -> bool {
    let t: String = bare_label(t).split_whitespace().collect();
    (2..=7).contains(&len(&t))
        && t.chars().all(super::text::is_han)
        && !t.contains('的')
        && (t.ends_with('榜') || t.ends_with("排行"))
}

/// `中部`, `北台灣`, `大都会`, `北马`: a local page's strip naming the
/// region of the country it covers (a compass point's part, a Malaysian
/// edition's zone).
fn is_region_strip(t: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = static_re(&RE, r"^(?:[东西南北中]部|[北中南东][台臺]湾|[北中南东]马|大都会|东海岸)$");
    re.is_match(&super::text::fold_traditional(label_text(t.trim())))
}

/// `〈生活小百科〉`: a column's name in angle brackets, as Taiwanese papers
/// set it over the column's headline.
fn is_angle_label(t: &str) -> bool {
    let t = t.trim();
    t.strip_prefix('〈')
        .and_then(|r| r.strip_suffix('〉'))
        .is_some_and(|inner| (2..=8).contains(&len(inner)) && inner.chars().all(super::text::is_han))
}

/// `《春江水暖》　王守仁　作`, `《行书　兰亭序节选》　李秋云　书`: a painting's
/// or calligraphy's caption, its title and the artist.
fn is_artwork_caption(text: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    static_re(&RE, r"^《[^《》]{1,24}》[ \u{3000}]*[\p{Han}·]{2,5}(?:[ \u{3000}]+[\p{Han}·]{1,3})?[ \u{3000}]*(?:作|书|画|绘|刻|摄)$")
        .is_match(text.trim())
}

/// `今日导读`, `要闻提示`, `INSIDE`: the label of a front page's index box,
/// which lists stories inside with their pages.
pub(super) fn is_teaser_label(t: &str) -> bool {
    let t = bare_label(t);
    const LABELS: &[&str] = &[
        "导读",
        "今日导读",
        "本期导读",
        "要闻导读",
        "要闻提示",
        "今日提要",
        "内容提要",
        "今日看点",
        "本期看点",
        "inside",
        "inside today",
        "today inside",
        "in today's paper",
    ];
    LABELS.contains(&t.to_lowercase().as_str())
}

/// `全市一季度GDP增长5.8%　▶3版`, `…　详见第12版`, `Council votes on budget A3`:
/// a line of an index box, a headline and the page it is on.
fn is_teaser_line(text: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = static_re(
        &RE,
        r"(?:[▶►→>]+\s*|详见|见)\s*(?:第\s*)?[A-Za-z]?\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:版|面)?\s*[)）]?$|[(（]\s*(?:第\s*)?[A-Za-z]?\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*版\s*[)）]$|[\s\u{3000}](?:第\s*)?[A-Za-z]?\d{1,2}\s*版$|[\s.·…](?:[Pp]age\s*)?[A-Z]\d{1,2}$|\s[Pp]age\s*\d{1,2}$",
    );
    let t = text.trim();
    re.find(t).is_some_and(|m| m.start() > 0 && len(t[..m.start()].trim()) >= 4)
}

/// `（连载一）`, `连载之二十三`, `（连载 5）`: the number of a serial's
/// instalment, set under its title.
fn is_episode_marker(text: &str) -> bool {
    let t = text.trim();
    let inner = in_brackets(t).unwrap_or(t).trim();
    let Some(rest) = inner.strip_prefix("连载") else { return false };
    let rest = rest.trim().trim_start_matches(['之', '第']);
    let rest = rest.trim_end_matches(['章', '回', '期', '集']).trim();
    // `连载⑤`: a circled number.
    let circled = rest.chars().count() == 1 && rest.chars().all(|c| ('①'..='⑳').contains(&c));
    !rest.is_empty() && (circled || super::text::numeral(rest).is_some())
}

/// `（作者系省社会科学院研究员 周文博）`: the writer's name after the post,
/// set apart by a space, in a commentary's closing note.
fn writer_after_post(text: &str, rules: &ImportRules) -> Option<String> {
    let inner = in_brackets(text.trim())?;
    let rest = ["作者系", "作者为", "作者是"].iter().find_map(|p| inner.strip_prefix(p))?;
    let (post, name) = rest.trim().rsplit_once([' ', '\u{3000}'])?;
    let post = post.trim();
    (len(post) >= 4 && post.chars().all(super::text::is_han)).then_some(())?;
    bare_chinese_name(name, rules)
}

/// `Jane Roe is a professor of history at Riverton State University.`: the
/// line about the writer that closes an op-ed (`X is a/an/the …`, `X, a
/// retired teacher, lives in …`). The writer's name, the line being text.
pub(super) fn writer_tagline(text: &str) -> Option<String> {
    // (`— Sarah O'Connor is a member of …`: set after a dash, as a
    // signature is.)
    let t = text.trim().trim_start_matches(['—', '–']).trim_start_matches("--").trim_start();
    // (`… a veteran financial commentator. jake@paper.com`: the columnist's
    // address set after the line.)
    let t = match t.rsplit_once(' ') {
        Some((line, mail)) if mail.contains('@') && mail.contains('.') && !mail.starts_with('@') => line.trim_end(),
        _ => t,
    };
    if !t.ends_with('.') || word_count(t) > 45 || is_cjk_text(t) {
        return None;
    }
    let name = [" is a ", " is an ", " is the ", " was a ", " was the ", ", a ", ", an ", ", the "]
        .iter()
        .filter_map(|w| t.find(w))
        .min()
        .map(|at| &t[..at])?;
    (is_plain_name(name) && word_count(name) <= 4).then(|| name.to_string())
}

/// `ESTATE NOTICE`, `NOTICE OF PUBLIC HEARING`, `NOTICE TO CREDITORS`: an
/// English legal notice's kind, set in capitals as its label, as the Chinese
/// one ends in 声明 or 公告. A headline in capitals says more than that.
fn is_english_notice_label(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    let capitals = t.chars().any(char::is_uppercase) && !t.chars().any(|c| c.is_lowercase() || c.is_ascii_digit());
    // `ROAD TRAFFIC REGULATION ACT 1984`, `THE BOROUGH (PARKING) ORDER 2026`:
    // the statute a British notice is given under heads it, with its year.
    let statute = words.len() >= 3
        && words.last().is_some_and(|y| y.len() == 4 && y.chars().all(|c| c.is_ascii_digit()))
        && matches!(words[words.len() - 2], "ACT" | "ORDER" | "REGULATIONS")
        && words[..words.len() - 1].iter().all(|w| !w.chars().any(|c| c.is_lowercase()));
    if statute && !t.contains([',', '.', ':', '!', '?']) && words.len() <= 9 {
        return true;
    }
    capitals
        && (2..=6).contains(&words.len())
        && !t.contains([',', '.', ':', '!', '?'])
        && (matches!(words.last(), Some(&("NOTICE" | "NOTICES")))
            || (words[0] == "NOTICE" && matches!(words[1], "OF" | "TO")))
}

/// `ECHO READER OFFER`, `Competition`, `ADVERTISING FEATURE`: the label of a
/// box that sells (the paper's offer, a sponsor's copy), a piece of its own
/// wherever the page sets it, never part of the story above.
fn is_promotion_label(t: &str) -> bool {
    const ENDS: &[&str] = &[
        "reader offer",
        "reader offers",
        "readers' offer",
        "special offer",
        "competition",
        "giveaway",
        "promotion",
        "advertising feature",
        "advertisement feature",
        "advertorial",
        "sponsored content",
        "paid content",
        "partner content",
    ];
    let lower = t.trim_end_matches('!').to_lowercase();
    (1..=5).contains(&word_count(t))
        && !t.contains([',', '.', ':', '?'])
        && ENDS.iter().any(|e| lower == *e || lower.strip_suffix(e).is_some_and(|head| head.ends_with(' ')))
}

/// A department's label without the box or brackets it is set in
/// (`【简讯】`, `■快讯`): as a kicker, and to tell what it labels.
fn label_text(text: &str) -> &str {
    // (`◆通告◆`: a label between two ornaments; `〈生活小百科〉`: a Taiwanese
    // paper's column in angle brackets.)
    let t = text.trim().trim_matches(['【', '】', '[', ']', '〔', '〕', '〈', '〉', ' ']);
    t.trim_matches(BOX_MARKERS).trim()
}

/// [`label_text`] without the colon a label may end with (`社評：`).
fn bare_label(text: &str) -> &str {
    label_text(text).trim_end_matches([':', '：'])
}

/// A Chinese paper's brief column (`简讯`, `■快讯`): several briefs, each
/// under its own headline or opening with it run in.
fn is_brief_label(text: &str) -> bool {
    const BRIEFS: &[&str] = &[
        "简讯",
        "快讯",
        "短讯",
        "新闻简讯",
        "本地简讯",
        "本地快讯",
        "新闻快讯",
        "简明新闻",
        "新闻速递",
        "资讯速递",
        "简报",
        "要闻简报",
        "新闻简报",
        "新闻摘要",
        "一句话新闻",
        // (`速　览`: an evening paper's brief column on a news page.)
        "速览",
        "速读",
        "快览",
    ];
    // `港聞簡訊`: Hong Kong and Taiwan papers set the label in traditional characters.
    let folded = super::text::fold_traditional(text);
    let t = bare_label(&folded);
    // A desk's own brief column (`健康快讯`, `体坛快讯`, `教育简讯`, `军营速览`,
    // Macau's `澳聞簡報`)
    // is named for its beat before the word; `今天的快讯` is a phrase.
    // (`一线传真`, `基层传真`: dispatches from the field, and `医院动态`,
    // `行业动态`: a beat's latest, are brief columns named so; so are a book
    // page's notices, `新书架`, `读者荐书`.)
    const KINDS: &[&str] = &[
        "简讯", "快讯", "短讯", "短波", "简报", "资讯", "速递", "快递", "速览", "速读", "传真", "动态", "书架", "荐书",
    ];
    // (`侨讯`, `车讯`, `房讯`: a beat's news in one character before `讯`;
    // not a word that only ends so, `喜讯`, `通讯`.)
    const NOT_BEATS: &[char] =
        &['通', '音', '喜', '死', '噩', '凶', '佳', '传', '审', '问', '质', '提', '聆', '视', '电'];
    let beat = |c: char| super::text::is_han(c) && !NOT_BEATS.contains(&c);
    BRIEFS.contains(&t)
        || (len(t) == 2 && t.ends_with('讯') && t.chars().next().is_some_and(beat))
        || ((3..=6).contains(&len(t))
            && t.chars().all(super::text::is_han)
            && !t.contains('的')
            && KINDS.iter().any(|k| t.ends_with(k)))
}

/// `IN BRIEF`, `News in brief`, `Briefly`: an English paper's brief column,
/// whose items may each open on a dateline (`IPOH: …`) under their headline.
/// A desk names its own (`CITY IN BRIEF`, `Area briefs`, `World in brief`).
fn is_english_brief_label(text: &str) -> bool {
    let t = label_text(text).trim_end_matches(':').to_lowercase();
    let words = t.split_whitespace().count();
    ["in brief", "briefs", "briefly", "brief news", "news brief", "briefing", "news in brief", "business briefing", "world briefing"].contains(&t.as_str())
        || (t.ends_with(" in brief") && words <= 4)
        || (t.ends_with(" briefs") && words <= 3)
        // `AROUND THE NATION`, `Across the region`, `World roundup`: a desk's round-up of briefs.
        || ((t.starts_with("around the ") || t.starts_with("across the ")) && words <= 4)
        || ["around town", "about town"].contains(&t.as_str())
        // `COMMUNITY NOTICES`: a community paper's column of short notices,
        // each under its own head, as briefs are set. (`NOTICE BOARD` alone
        // may head a story.)
        || ["community notices", "community notes", "community noticeboard"].contains(&t.as_str())
        || ((t.ends_with(" roundup") || t.ends_with(" round-up")) && words <= 3)
}

/// `PUBLIC NOTICE: The Millbrook Planning Commission will hold…`: a box's
/// label in capitals run into its text (a notice's, a correction's). The
/// label and the text.
fn run_in_department(text: &str) -> Option<(String, String)> {
    let (head, rest) = text.trim().split_once(": ")?;
    let capitals = head.chars().any(char::is_uppercase) && !head.chars().any(char::is_lowercase);
    (capitals
        && (1..=4).contains(&word_count(head))
        && department(head) == Some(Department::Piece)
        && rest.starts_with(char::is_uppercase)
        && word_count(rest) >= 8)
        .then(|| (head.to_string(), rest.trim().to_string()))
}

/// `我市启动“护苗”行动 近日，市文明办…`: a brief that runs its headline into
/// its text, set off by a space, as brief columns do. The headline and the
/// text; only asked of paragraphs under a brief column's label.
fn split_run_in_title(text: &str) -> Option<(String, String)> {
    // (`▶国产大飞机累计交付突破百架　记者从…`: an arrow is a bullet too.)
    let t = text.trim().trim_start_matches(BOX_MARKERS).trim_start_matches(['▶', '►', '▸']).trim_start();
    // `Legion breakfast: Royal Canadian Legion Branch 42 will hold…`: an
    // English brief's label, run in before a colon.
    if !is_cjk_text(t)
        && let Some((head, rest)) = t.split_once(": ")
        && (1..=5).contains(&word_count(head))
        && head.starts_with(char::is_uppercase)
        && !head.contains(['.', ',', ';', '"', '“'])
        && rest.starts_with(char::is_uppercase)
        && word_count(rest) >= 8
        && is_terminated(rest)
    {
        return Some((head.to_string(), rest.to_string()));
    }
    // `【国乒公布大名单】6月17日，…`: the headline in black brackets.
    if let Some(inner) = t.strip_prefix('【')
        && let Some(close) = inner.find('】')
    {
        let (head, rest) = (inner[..close].trim(), inner[close + '】'.len_utf8()..].trim());
        let headline = (2..=24).contains(&len(head))
            && is_cjk_text(head)
            && !head.ends_with(['讯', '电'])
            && !["记者", "报道", "报导", "编者按", "本报"].iter().any(|w| head.contains(w));
        return (headline && len(rest) >= 8 && is_cjk_text(rest)).then(|| (head.to_string(), rest.to_string()));
    }
    // `■韩国男团NOVA新加坡见面会加场：原定9月6日…`: the headline run in
    // before a colon.
    if let Some((head, rest)) = t.split_once('：')
        && (6..=24).contains(&len(head))
        && is_cjk_text(head)
        && !head.contains(['。', '，', ',', '；', ';', '！', '？', '、', '(', '（', ' ', '\u{3000}'])
        && !["讯", "电", "说", "称", "表示", "指出", "获悉"].iter().any(|w| head.ends_with(w))
        && !["记者", "报道", "本报", "编者按", "提示", "注意"].iter().any(|w| head.contains(w))
        && len(rest) >= 12
        && is_terminated(rest)
    {
        return Some((head.to_string(), rest.trim().to_string()));
    }
    // (`…联合开发的ID.UNYX 06开启预售，…`, `■极氪007 GT上市 极氪007 GT日前…`:
    // a gap inside a Latin name or model number, letters or figures on both
    // sides, parts no headline from its text; the next gap may.)
    let latin_gap = |at: usize| {
        t[..at].trim_end().ends_with(|c: char| c.is_ascii_alphanumeric())
            && t[at..].trim_start().starts_with(|c: char| c.is_ascii_alphanumeric())
    };
    let at = t.match_indices([' ', '\u{3000}']).map(|(at, _)| at).find(|&at| !latin_gap(at))?;
    let (head, rest) = (t[..at].trim(), t[at..].trim());
    // (`锦川锂业 6 月 17 日晚间公告，…`: the export spaces a figure or a Latin
    // word on both sides; that gap parts no headline from its text.)
    let spaced_figure = rest.split_once(' ').is_some_and(|(w, _)| w.chars().all(|c| c.is_ascii_alphanumeric()));
    let plain = (4..=24).contains(&len(head))
        && !spaced_figure
        && is_cjk_text(head)
        && !head.contains(['。', '，', ',', '；', ';', '：', ':', '！', '？', '、', '(', '（'])
        // `3月1日 记者…`, `本报讯 近日…`: a date or lead, not a headline.
        && !head.ends_with(['日', '讯', '电'])
        && !head.starts_with(|c: char| c.is_ascii_digit() && head.contains('月'));
    (plain && len(rest) >= 8 && is_cjk_text(rest) && (is_terminated(rest) || rest.ends_with([')', '）'])))
        .then(|| (head.to_string(), rest.to_string()))
}

/// `【东京】日本政府4日宣布，…` or `■巴黎　法国多地4日举行罢工，…`: a
/// brief opening on a place of two to four characters, in black brackets or
/// set off by a space, then a sentence saying what happened that day. The
/// place and the text. (Too short for a headline, and a box's field label,
/// `【案情】2025年3月，…`, opens on a date, not on who did what that day.)
fn place_led_brief(text: &str) -> Option<(String, String)> {
    let t = text.trim().trim_start_matches(|c: char| c != '□' && BOX_MARKERS.contains(&c)).trim_start();
    let (place, rest) = match t.strip_prefix('【') {
        Some(inner) => inner.split_once('】')?,
        None => t.split_once([' ', '\u{3000}'])?,
    };
    let (place, rest) = (place.trim(), rest.trim());
    let first = rest.split(['，', '。', ',']).next().unwrap_or("");
    static DAY: OnceLock<Regex> = OnceLock::new();
    let day = static_re(&DAY, r"^\p{Han}{2,}?(?:当地时间)?(?:\d{1,2}日|近日|日前)");
    // `▲东湖区 日前，东湖区举办…`, `▲南溪镇 南溪镇卫生院…投入使用。`: a county
    // page's roundup opens the item on when, or names the place again at
    // once; a place by its suffix, or one the item names again.
    static WHEN: OnceLock<Regex> = OnceLock::new();
    let when = static_re(&WHEN, r"^(?:\d{1,2}日(?:上午|下午|晚)?|近日|日前|近期|连日来|今年以来)$");
    let named_again = rest.starts_with(place)
        || (when.is_match(first)
            && (place.ends_with(['省', '市', '县', '区', '镇', '乡', '村', '州', '旗']) || rest.contains(place)));
    // `◎台南　安平老街今起推出夜间导览…。（记者陈怡伶）`: a Taiwanese local
    // roundup boxes each item's city, the item signed in brackets; a word
    // no common word (a field's label, `提醒`, or a beat's, `文化`, is one).
    let signed_in_place = !t.starts_with('【')
        && text.trim_start().starts_with(BOX_MARKERS)
        && (2..=3).contains(&len(place))
        && rest.ends_with(['）', ')'])
        && !super::topic::is_common_word(&super::text::fold_traditional(place));
    let ok = (2..=4).contains(&len(place))
        && place.chars().all(super::text::is_han)
        && !place.ends_with(['讯', '电'])
        && len(rest) >= 12
        && is_cjk_text(rest)
        && is_terminated(rest)
        && (day.is_match(first) || named_again || signed_in_place);
    ok.then(|| (place.to_string(), rest.to_string()))
}

/// `●韩国下调电子旅行许可费用　韩国法务部17日宣布，…。（黄　兰）`: a
/// bulleted brief with its headline run in and its writer's name closing it
/// is a piece of its own, under no column label. (A bulleted point of a
/// story, `●坚持人民至上　…`, is never signed.)
fn signed_run_in_brief(p: &Para, rules: &ImportRules) -> bool {
    matches!(p.kind, Kind::Item(_))
        && p.text.trim_start().starts_with(BOX_MARKERS)
        && split_run_in_title(&p.text).is_some_and(|(_, rest)| {
            strip_trailing_author(&rest, rules).is_some() || strip_trailing_source(&rest, rules).is_some()
        })
}

/// `German rail strike called off: The GDL train drivers' union called off
/// a 48-hour strike…`: an English brief's headline run in before a colon,
/// and its text.
fn english_run_in_head(text: &str) -> Option<(String, String)> {
    let (head, rest) = text.split_once(": ")?;
    // (Its text may close with the wire's credit in brackets: `…on Friday. (AP)`.)
    let closed = rest.trim_end();
    let closed = closed.strip_suffix(')').and_then(|b| b.rfind('(').map(|k| b[..k].trim_end())).unwrap_or(closed);
    let ok = !is_cjk_text(text)
        && (2..=10).contains(&word_count(head))
        && head.starts_with(char::is_uppercase)
        && !head.contains(['.', ';', '"', '“', '”'])
        && rest.starts_with(char::is_uppercase)
        && word_count(rest) >= 8
        && is_terminated(closed);
    ok.then(|| (head.trim().to_string(), rest.trim().to_string()))
}

/// `（作者单位：市委党校）`, `（本文有删节）`, `（文中当事人均为化名）`: a
/// note that closes a piece.
fn is_closing_note(p: &Para) -> bool {
    // (`（中共…党校教授）`: the post of a writer signing at the end, split
    // from the byline, closes the piece as the byline does.)
    p.kind == Kind::Body
        && (super::repair::is_article_note(&p.text)
            || is_reply_to_letter(&p.text)
            || super::byline::is_bracketed_author_post(&p.text))
}

/// `城东区城管局回复：经核实，…`: an office's answer set under the reader's
/// letter it answers, after the reader's signature. It belongs to that
/// letter, not a headless piece of its own that would take the next letter
/// in as its subhead.
fn is_reply_to_letter(text: &str) -> bool {
    let t = text.trim();
    let Some(at) = t.find(['：', ':']) else { return false };
    let head = &t[..at];
    let body = ["回复", "答复", "回应"].iter().find_map(|w| head.strip_suffix(w));
    // (`记者追踪：接到来信后，记者联系了…`: the paper followed the letter up
    // itself.)
    let followed =
        ["记者追踪", "记者回访", "记者核实", "记者调查", "编辑部回复", "编辑回复", "编后"].contains(&head.trim());
    (followed || body.is_some_and(is_issuing_body)) && len(&t[at..]) > 10
}

/// `… overnight. — WAM`: a brief's text without the wire or writer
/// dashed on after it.
fn without_dashed_sign_off(t: &str) -> &str {
    match t.rfind(['—', '–']) {
        Some(at) if t[at..].chars().count() <= 32 && !t[at..].contains(['.', '!', '?']) => t[..at].trim_end(),
        _ => t,
    }
}

/// `▲4月27日,民警帮助走失老人与家人团聚。(王 强)`: a brief with no
/// headline, set off by the column's bullet, is an item of its own all the
/// same; its text without the bullet. (`□` marks bylines, not items.)
fn unheaded_brief(text: &str) -> Option<String> {
    let t = text.trim();
    // (Taiwanese and overseas papers bullet their briefs with a dot, `‧`, `•`.)
    let rest = t
        .strip_prefix(|c: char| (c != '□' && BOX_MARKERS.contains(&c)) || ['‧', '•', '・', '·'].contains(&c))?
        .trim_start();
    (len(rest) >= 12 && is_cjk_text(rest) && (is_terminated(rest) || rest.ends_with([')', '）'])))
        .then(|| rest.to_string())
}

/// The title of a brief printed without one: its first sentence, without
/// the words that only say when (`近日,`, `4月27日,`), which fit every brief.
fn brief_title(text: &str) -> String {
    // `刘店镇　6月15日，刘店镇组织开展…`: a county paper's brief opens on its
    // township's name, set off by a space, which the sentence repeats.
    static TOWN: OnceLock<Regex> = OnceLock::new();
    let town = static_re(&TOWN, r"^\p{Han}{1,5}(?:镇|乡|街道|村|社区|区|县|市)[\s\u{3000}]+");
    let text = town.find(text).map_or(text, |m| text[m.end()..].trim_start());
    let rest = past_lead_ins(text);
    // A brief's one clause is its headline as a whole, a little longer than
    // a headline set in type may run, rather than cut short with `…`.
    // (Not at a comma inside a number: `3,000`.)
    let bytes = rest.as_bytes();
    let clause_end = rest
        .char_indices()
        .find(|&(at, c)| {
            matches!(c, '，' | '。' | '；' | ';' | '！' | '？')
                || (c == ','
                    && !(at > 0 && bytes[at - 1].is_ascii_digit() && bytes.get(at + 1).is_some_and(u8::is_ascii_digit)))
        })
        .map_or(rest.len(), |(at, _)| at);
    // `日本政府4日宣布，将从4月起上调最低工资标准`: a clause that only says
    // who spoke (`宣布`, `表示`) is no headline; the news is the clause
    // after it, said as one (`日本政府宣布将从4月起上调最低工资标准`), the
    // day before the verb left out as headlines do.
    let spoken = speech_clause(rest[..clause_end].trim()).and_then(|who| {
        let after = rest[clause_end..].strip_prefix(['，', ','])?.trim_start();
        let next_end = after.find(['，', ',', '。', '；', ';', '！', '？']).unwrap_or(after.len());
        let joined = format!("{who}{}", after[..next_end].trim());
        (next_end > 0 && len(&joined) <= 32).then_some(joined)
    });
    if let Some(title) = spoken {
        return title;
    }
    // (Its Latin names in brackets left out when it runs too long with them.)
    let clause = rest[..clause_end].trim();
    let clause = if len(clause) > 32 { without_latin_glosses(clause) } else { clause.to_string() };
    if (4..=32).contains(&len(&clause)) {
        return clause;
    }
    fallback_title(&Draft { blocks: vec![Block::Para(rest.to_string())], ..Draft::default() })
}

/// `日本政府4日宣布`, `埃及旅游部表示`: a clause of a speaker and a verb of
/// saying, and nothing said; the speaker and the verb, a day before the
/// verb left out. (So is a body saying what it was told, `消防局昨午接報`,
/// and the verbs as traditional characters write them, `公佈`, `稱`.)
fn speech_clause(clause: &str) -> Option<String> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = static_re(
        &RE,
        r"^(?P<who>\p{Han}[\p{Han}A-Za-z0-9·]{1,15}?)(?:\d{1,2}日|[今昨][天日晚午晨早]?|近日|日前)?(?P<verb>宣布|宣佈|公布|公佈|表示|称|稱|指出|透露|发布消息说|强调|強調|证实|證實|宣称|宣稱|通报|通報|接报|接報)$",
    );
    let c = re.captures(clause)?;
    // `集训名单公布`, `考试成绩公布`: what was published, not who spoke; the
    // clause is the news whole.
    const PUBLISHED: &[&str] = &[
        "名单", "结果", "成绩", "榜单", "排名", "数据", "名录", "清单", "目录", "赛程", "方案", "细则", "标准", "报告",
    ];
    // (`名单日前正式公布`: the words saying when and how before the verb.)
    let mut what = &c["who"];
    while let Some(rest) = ["日前", "近日", "正式", "已经", "已", "均"].iter().find_map(|a| what.strip_suffix(a))
    {
        what = rest;
    }
    if PUBLISHED.iter().any(|w| what.ends_with(w)) {
        return None;
    }
    Some(format!("{}{}", &c["who"], &c["verb"]))
}

/// `text` past the clauses it opens on that only say when (`4月18日，`) or
/// where the news came from (`据新京报报道，`, `据悉，`: a gossip column's
/// briefs open on them by the row), two at most: a title made from the
/// text leaves them out.
fn past_lead_ins(text: &str) -> &str {
    let mut rest = text;
    for _ in 0..2 {
        let lead = rest.split_once(['，', ',']).filter(|(w, after)| {
            let w = w.trim();
            !after.trim().is_empty() && (is_time_clause(w) || is_source_clause(w))
        });
        match lead {
            Some((_, after)) => rest = after.trim(),
            None => break,
        }
    }
    rest
}

/// `据新京报报道`, `据央视新闻消息`, `据悉`, `据了解`: a clause that says only
/// where the news was had.
fn is_source_clause(w: &str) -> bool {
    let Some(inner) = w.strip_prefix('据') else { return false };
    len(w) <= 16
        && (["悉", "了解", "介绍"].contains(&inner)
            || (["报道", "消息"].iter().any(|e| inner.ends_with(e)) && !inner.contains(['。', '；', ' '])))
}

/// `本地电影《甘榜的夏天》（Kampong Summer）入围…` → `本地电影《甘榜的夏天》入围…`:
/// a title made from Chinese text too long for one leaves out the Latin
/// names bracketed after their Chinese ones.
fn without_latin_glosses(text: &str) -> String {
    static RE: OnceLock<Regex> = OnceLock::new();
    static_re(&RE, r"[（(][A-Za-z][A-Za-z .,'&\-]{1,40}[)）]").replace_all(text, "").into_owned()
}

const BOX_MARKERS: &[char] = &['■', '□', '●', '◆', '▲', '△', '◇', '★', '◎'];
/// What opens each item of a column set as a list (`○市民反映…`, `◆某区…`).
const ITEM_MARKS: &[char] = &['■', '□', '●', '○', '◆', '◇', '▲', '△', '★', '☆', '◎', '•', '·'];

/// `■新闻链接`: a box label inside an article, a subhead even before another heading.
fn boxed(text: &str) -> bool {
    text.starts_with(BOX_MARKERS) && text.trim_start_matches(BOX_MARKERS).trim().chars().count() >= 2
}

/// One article before it becomes front matter and Markdown.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Draft {
    pub kicker: Option<String>,
    pub title: Option<String>,
    pub subtitle: Option<String>,
    pub blocks: Vec<Block>,
    pub credits: Credits,
    pub continued_from: Option<u32>,
    pub continued_to: Option<u32>,
    pub truncated: bool,
    /// Line of the page where the article starts (for messages).
    pub line: usize,
    ended_with_org_credit: bool,
    /// The slug of the jump line it came from another page by.
    pub jump_slug: Option<String>,
}

impl Draft {
    /// Takes `other` in as the rest of this article: its headline as a
    /// subhead, its text, its credits (a labelled record read as two).
    pub fn absorb(&mut self, other: Draft) {
        self.blocks.extend(other.kicker.into_iter().chain(other.title).map(Block::Heading));
        self.blocks.extend(other.subtitle.map(Block::Para));
        self.blocks.extend(other.blocks);
        self.credits.merge(other.credits);
        self.continued_from = self.continued_from.or(other.continued_from);
        self.continued_to = other.continued_to.or(self.continued_to);
        self.truncated |= other.truncated;
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Para(String),
    Heading(String),
    Item(String),
    /// A table's rows as printed, one a line.
    Pre(String),
    /// A stanza: one paragraph whose lines are kept.
    Verse(String),
}

/// `Vaz said the NWA would meet…` under `Vendors to be relocated`, in a
/// story where `Transport Minister Daryl Vaz` spoke: text that names again
/// someone or something the text above named (a capitalised word of three
/// letters or more, not a day, a month or a word that opens sentences),
/// as a crosshead's text does and the next story's lead (`A Springfield
/// man…` under an AP story from Washington) does not.
fn names_again(before: &[Para], after: &[Para]) -> bool {
    const COMMON: &[&str] = &[
        "The", "This", "That", "These", "Those", "There", "They", "Their", "She", "Her", "His", "But", "And", "For",
        "With", "When", "While", "After", "Before", "Some", "Many", "Most", "More", "Other", "Its", "One", "Two",
        "Three", "Mrs",
    ];
    let names = |ps: &[Para]| -> std::collections::HashSet<String> {
        ps.iter()
            .flat_map(|p| p.text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-'))
            .map(|w| w.trim_matches(|c: char| c == '\'' || c == '-'))
            .filter(|w| {
                w.chars().count() >= 3
                    && w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars().any(char::is_lowercase)
                    && !COMMON.contains(w)
                    && !super::header::is_weekday(w)
                    && !super::text::MONTHS.contains(&w.to_lowercase().as_str())
            })
            .map(str::to_string)
            .collect()
    };
    let (above, below) = (names(before), names(after));
    below.iter().any(|w| above.contains(w))
}

/// Whether `caption` names someone or something by two capitalised words
/// running (`Ron Tate`, `Bass River`) that the paragraphs `before` use too.
fn names_in_full_again(before: &[Para], caption: &str) -> bool {
    let cap = |w: &str| {
        w.chars().count() >= 2
            && w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().skip(1).all(|c| c.is_lowercase() || c == '\'' || c == '-')
    };
    let words: Vec<&str> = caption.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())).collect();
    words.windows(2).any(|pair| {
        cap(pair[0])
            && cap(pair[1])
            && !super::header::is_weekday(pair[1])
            && !super::text::MONTHS.contains(&pair[1].to_lowercase().as_str())
            && {
                let name = format!("{} {}", pair[0], pair[1]);
                before.iter().any(|p| p.text.contains(&name))
            }
    })
}

/// The words of an English caption (four letters or more, no weekday,
/// month or word every story has) that the paragraphs `before` use too: two
/// or more say the picture shows what those paragraphs tell.
fn shares_story_words(before: &[Para], caption: &str) -> bool {
    const COMMON: &[&str] = &[
        "that",
        "this",
        "with",
        "from",
        "their",
        "there",
        "they",
        "them",
        "were",
        "have",
        "will",
        "said",
        "says",
        "after",
        "before",
        "over",
        "into",
        "during",
        "more",
        "than",
        "about",
        "when",
        "where",
        "what",
        "which",
        "while",
        "been",
        "being",
        "also",
        "some",
        "other",
        "last",
        "next",
        "year",
        "years",
        "week",
        "morning",
        "afternoon",
        "evening",
        "night",
        "today",
        "photo",
        "staff",
        "file",
        "courtesy",
    ];
    if is_cjk_text(caption) {
        return false;
    }
    let words = |t: &str| -> Vec<String> {
        t.split(|c: char| !c.is_alphanumeric() && c != '\'')
            .map(|w| w.trim_matches('\'').to_lowercase())
            .filter(|w| w.chars().count() >= 4 && w.chars().all(char::is_alphabetic))
            .filter(|w| !COMMON.contains(&w.as_str()) && !super::text::MONTHS.contains(&w.as_str()))
            .filter(|w| !super::header::is_weekday(w))
            .collect()
    };
    let above: std::collections::HashSet<String> = before.iter().flat_map(|p| words(&p.text)).collect();
    let mut shared: Vec<String> = words(caption).into_iter().filter(|w| above.contains(w)).collect();
    shared.sort();
    shared.dedup();
    shared.len() >= 2
}

/// `Marquez said…` under text that named `Rhea Marquez`: a speaker quoted
/// by surname alone (no capitalised word before it, as `Mayor Jane
/// Marquez said` introducing someone has), the surname one the text above
/// used.
fn quotes_by_surname(before: &[Para], after: &[Para]) -> bool {
    const VERBS: &[&str] = &["said", "says", "added", "told", "explained", "noted"];
    let above: std::collections::HashSet<&str> = before
        .iter()
        .flat_map(|p| p.text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-'))
        .filter(|w| w.chars().count() >= 3)
        .collect();
    after.iter().any(|p| {
        let words: Vec<&str> = p.text.split_whitespace().collect();
        words.windows(2).enumerate().any(|(k, pair)| {
            let (who, verb) = (pair[0], pair[1].trim_end_matches([',', '.', ';']));
            let before_who = k.checked_sub(1).map(|b| words[b]);
            who.chars().count() >= 3
                && who.chars().next().is_some_and(char::is_uppercase)
                && who.chars().skip(1).all(char::is_lowercase)
                && VERBS.contains(&verb)
                && above.contains(who)
                && before_who.is_none_or(|b| !b.starts_with(char::is_uppercase) || b.ends_with(['.', '"', '”', ',']))
        })
    })
}

/// `GRAIN growers across …`, `A WODONGA man …`, `NIGHT-shift nurses …`: a
/// story's first word set in capitals (three letters at least, so `US` or
/// `EU` opening a sentence is not taken), the text going on in lower case.
fn opens_in_capitals(text: &str) -> bool {
    let mut words = text.split_whitespace();
    let Some(mut first) = words.next() else { return false };
    if first == "A" {
        let Some(next) = words.next() else { return false };
        first = next;
    }
    let caps: String = first.chars().take_while(|c| c.is_ascii_alphabetic()).collect();
    let rest = &first[caps.len()..];
    caps.len() >= 3
        && caps.chars().all(|c| c.is_ascii_uppercase())
        && (rest.is_empty() || rest.starts_with(['-', '\'', '’', ',']))
        && text.split_whitespace().take(4).any(|w| w.contains(char::is_lowercase))
}

/// `BY THE NUMBERS`, `FAST FACTS`: a box's label in capitals, four words
/// at most.
fn is_caps_box_label(text: &str) -> bool {
    is_caps_label_of_at_most(text, 4)
}

/// A label in capitals of `max` words at most, letters only.
fn is_caps_label_of_at_most(text: &str, max: usize) -> bool {
    !is_cjk_text(text)
        && (1..=max).contains(&word_count(text))
        && text.chars().filter(|c| c.is_alphabetic()).count() >= 4
        && text.chars().all(|c| c.is_uppercase() || matches!(c, ' ' | '&' | '\'' | '’' | ':'))
}

/// `2,200` / `Jobs expected at the plant` / `$3.5 billion` / `Total
/// investment`: a box's figures, each on its line over the words saying
/// what it counts (the first line a figure, two figures at least).
fn is_figures_box(lines: &[&str]) -> bool {
    let figure = |l: &str| {
        let t = l.trim_start_matches(['$', '£', '€', '¥']);
        t.starts_with(|c: char| c.is_ascii_digit()) && word_count(l) <= 3
    };
    let figures = lines.iter().filter(|l| figure(l)).count();
    lines.first().is_some_and(|l| figure(l))
        && figures >= 2
        && lines.iter().enumerate().all(|(k, l)| !figure(l) || lines.get(k + 1).is_some_and(|m| !figure(m)))
}

/// `FILM`, `WHAT'S ON`: a section's label set in capitals, a word or two
/// of letters (a name in capitals signing a piece runs to two words too, so
/// callers rule names out).
fn is_caps_label(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (1..=2).contains(&words.len())
        && words.iter().all(|w| w.chars().all(|c| c.is_uppercase() || matches!(c, '\'' | '’')))
        && text.chars().filter(|c| c.is_alphabetic()).count() >= 3
}

/// `★★★★☆`, `★★★½`, `Rating: 4/5`, `4 stars`: a review's rating on its own line.
pub(super) fn is_star_rating(text: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    static SCALE: OnceLock<Regex> = OnceLock::new();
    // (`★★★½ (out of four)`: the scale said after the stars.)
    let t = text.trim();
    let scale = static_re(&SCALE, r"\s*\((?i:out of|of)\s+(?:four|five|4|5)\)$");
    let t = match scale.find(t) {
        Some(m) if m.start() > 0 => &t[..m.start()],
        _ => t,
    };
    let stars = t.chars().filter(|c| matches!(c, '★' | '☆' | '✩' | '✪' | '✭' | '½' | '*')).count();
    (stars >= 2 && stars * 2 >= t.chars().filter(|c| !c.is_whitespace()).count())
        || static_re(&RE, r"^(?i:rating\s*:\s*)?[0-5](?:\.5)?\s*(?:/\s*[45]|out of [45]|stars?)$").is_match(t)
}

/// `Brunson 12-24 4-5 31, Towns 8-19 3-4 20, …`: a box score's line (a
/// team's players and their figures), a third of its words figures at
/// least; no brief's text, nor its team's line (`NEW YORK (105)`) a headline.
fn is_figures_line(text: &str) -> bool {
    let words = word_count(text);
    let figures = text.split_whitespace().filter(|w| w.starts_with(|c: char| c.is_ascii_digit())).count();
    words > 0 && figures * 3 >= words
}

/// `Knockmore 1-14`, `St Mary's 2-09`: a team and its score in goals and
/// points on a line of their own.
fn is_score_line(text: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    static_re(&RE, r"^[A-Z][\w'.]*(?:\s+[\w'.]+){0,4}\s+\d{1,2}-\d{1,2}$").is_match(text.trim())
}

/// A block set tight (its `lines`) cut into its first line, a heading of
/// its own, and the rest, one block of `kind` (the block's own if `None`).
fn label_over_rows(p: &Para, lines: &[&str], kind: Option<Kind>) -> [Para; 2] {
    let rows = Para { kind: kind.unwrap_or_else(|| p.kind.clone()), text: lines[1..].join("\n"), ..p.clone() };
    [heading_of(p, lines[0].to_string()), rows]
}

/// The labels of a sports page's agate: results, tables and the clubs'
/// moves (signings, call-ups: a team and its move a line) set in small
/// type. One piece under its label ([`department`]), which heads it even
/// when set tight over its rows ([`is_agate_label`]).
const AGATE_LABELS: &[&str] = &[
    "scoreboard",
    "the scoreboard",
    "sports scoreboard",
    "agate",
    "sports agate",
    "transactions",
    "sports transactions",
];

/// `SCOREBOARD`, `TRANSACTIONS`: the label of a sports page's agate.
fn is_agate_label(t: &str) -> bool {
    AGATE_LABELS.contains(&label_text(t).trim().to_lowercase().as_str())
}

/// `BOSTON RED SOX — Optioned RHP Josh Winckowski to Worcester.` over
/// `NEW YORK YANKEES — Placed LHP …`: a sports page's transactions, a team
/// in capitals and what it did, a line each. The team reads as a dateline,
/// but no story opens on the club's move with no subject; two such rows
/// near each other are the listing's rows, text of the one piece.
fn transaction_rows_are_no_leads(paras: &mut [Para]) {
    const MOVES: &[&str] = &[
        "Acquired",
        "Activated",
        "Agreed",
        "Announced",
        "Assigned",
        "Claimed",
        "Designated",
        "Exercised",
        "Extended",
        "Fired",
        "Hired",
        "Loaned",
        "Named",
        "Optioned",
        "Outrighted",
        "Placed",
        "Promoted",
        "Purchased",
        "Reassigned",
        "Recalled",
        "Reinstated",
        "Released",
        "Re-signed",
        "Returned",
        "Selected",
        "Sent",
        "Signed",
        "Traded",
        "Transferred",
        "Waived",
    ];
    let row = |p: &Para| match &p.kind {
        Kind::Lead(c, rest) => {
            c.reporters.is_empty()
                && c.dateline.is_some()
                && rest.split_whitespace().next().is_some_and(|w| MOVES.contains(&w))
                && word_count(rest) <= 40
        }
        _ => false,
    };
    let rows: Vec<usize> = (0..paras.len()).filter(|&i| row(&paras[i])).collect();
    for (k, &i) in rows.iter().enumerate() {
        let near = |j: Option<&usize>| j.is_some_and(|&j| j.abs_diff(i) <= 4);
        if near(k.checked_sub(1).and_then(|b| rows.get(b))) || near(rows.get(k + 1)) {
            paras[i].kind = Kind::Body;
        }
    }
}

/// `Hawks 118, Bulls 112 (OT)` over `CHICAGO (112): Ortega 11-20 5-6 29, …`:
/// the head of a game's box score, set under the game story that names both
/// sides; the box is that story's, not a piece of its own. (A box in an
/// agate column, under no story naming its sides, keeps its head.) The box
/// set tight, its head, its sides' lines and the lines of figures under
/// them (`Halftime: Hawks 33-27. 3-pointers: …`), is one table, its lines
/// kept: a line of the box is no paragraph of the story.
fn box_score_heads_in_their_story(paras: &mut Vec<Para>) {
    static RESULT: OnceLock<Regex> = OnceLock::new();
    let result = static_re(
        &RESULT,
        r"^([A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3})\s+\d{1,3},\s+([A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3})\s+\d{1,3}(?:,?\s*\(?(?:\d?OT|SO|\d{1,2}\s+inn(?:ings|\.)?)\)?)?$",
    );
    static TEAM: OnceLock<Regex> = OnceLock::new();
    // (`CHICAGO (112):`, `Chicago (112)`: a side and its score, then its players.)
    let team = static_re(&TEAM, r"^[A-Z][A-Za-z.'’& -]{1,30}\s*\(\d{1,3}\)\s*:?\s");
    let mut i = 0;
    while i + 1 < paras.len() {
        i += 1;
        let p = &paras[i];
        let Some(c) = result.captures(p.text.trim()) else { continue };
        if p.kind != Kind::Heading
            || !paras
                .get(i + 1)
                .is_some_and(|q| q.kind == Kind::Body && team.is_match(q.text.trim()) && is_figures_line(&q.text))
        {
            continue;
        }
        // The story above, back to its byline or lead: its text names both sides.
        let story: Vec<&str> = paras[..i]
            .iter()
            .rev()
            .take(60)
            .take_while(|q| !has_byline(q))
            .filter(|q| q.kind == Kind::Body)
            .map(|q| q.text.as_str())
            .collect();
        // (`HAWKS 64, TIGERS 58`: the box's head in capitals names the
        // sides the story names in plain case.)
        let named = |side: &str| {
            let side = side.split_whitespace().last().unwrap_or(side);
            story.iter().any(|t| t.split(|ch: char| !ch.is_alphanumeric()).any(|w| w.eq_ignore_ascii_case(side)))
        };
        if story.is_empty() || !named(&c[1]) || !named(&c[2]) {
            continue;
        }
        paras[i].kind = Kind::Body;
        // (`Halftime: Hawks 33-27.`, `Attendance: 2,140`: a labelled line
        // of the box's figures.)
        let labelled_figures = |t: &str| {
            t.split_once(": ").is_some_and(|(label, rest)| {
                word_count(label) <= 3
                    && label.starts_with(|c: char| c.is_ascii_uppercase())
                    && rest.contains(|c: char| c.is_ascii_digit())
            })
        };
        let mut end = i + 1;
        while paras.get(end).is_some_and(|q| {
            (q.kind == Kind::Body || matches!(&q.kind, Kind::Lead(c, _) if c.reporters.is_empty()))
                && q.no == paras[end - 1].no + 1
                && ((team.is_match(q.text.trim()) && is_figures_line(&q.text)) || labelled_figures(q.text.trim()))
                && !q.text.contains('\n')
        }) {
            end += 1;
        }
        if end == i + 1 {
            continue;
        }
        let rows: Vec<String> = paras[i..end].iter().map(|q| q.text.trim().to_string()).collect();
        let box_score = Para { kind: Kind::Table, text: rows.join("\n"), ..paras[i].clone() };
        paras.splice(i..end, [box_score]);
    }
}

/// A day of a listing (`Friday, March 6`, `Thursday`, `SAT, MARCH 7`, a
/// police log's `Feb. 24`) on a line of its own: it heads the day's entries,
/// never a story.
fn is_day_heading(text: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    static_re(
        &RE,
        r"(?i)^(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\.?(?:,?\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?))?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)$",
    )
    .is_match(text.trim())
        || chinese_day_heading(text)
}

/// `■5月28日（週四）`, `6月1日 星期一`: an events listing's day on a line of
/// its own, in Chinese, its weekday named (a box marker may stand before).
fn chinese_day_heading(text: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    static_re(
        &RE,
        r"^[■□●◆▲★◎]?\s*\d{1,2}月\d{1,2}日\s*(?:[（(](?:週|周|星期|礼拜|禮拜)?[一二三四五六日天][）)]|(?:週|周|星期|礼拜|禮拜)[一二三四五六日天])$",
    )
    .is_match(text.trim())
}

/// `…電子郵件：udnfukan@udngroup.com`, `…詳見 www.example.org`: text ending
/// on an e-mail or web address.
fn ends_with_address(t: &str) -> bool {
    let last = t.trim_end().rsplit(|c: char| c.is_whitespace() || matches!(c, '：' | ':' | '，' | '、')).next();
    last.is_some_and(|w| {
        let w = w.trim_end_matches(['.', '/']);
        let lower = w.to_ascii_lowercase();
        (w.contains('@') && w.contains('.') && w.is_ascii())
            || ((lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("www."))
                && w.is_ascii())
    })
}

/// `Reporter: Siobhán Geraghty`, `Words: Tom Hale` on a line of its own
/// after a story's finished text, with a headline or nothing under it: the
/// writer signing off, as weeklies set it.
fn is_sign_off(paras: &[Para], i: usize) -> bool {
    // (So is one over the story's photo caption, `图为游客在湖边赏花。`.)
    signs_off_above(paras, i)
        && paras.get(i + 1).is_none_or(|q| {
            is_head(q) || (paras[i].ended && q.kind == Kind::Body && is_cjk_text(&q.text) && is_caption(paras, i + 1))
        })
}

/// A labelled byline (`Reporter: X`) right under a story's finished text,
/// or one [`mark_boxed_sign_offs`] found set as its last line.
fn signs_off_above(paras: &[Para], i: usize) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let labelled =
        static_re(&RE, r"^(?:Reporter|Reporters|Words|Report|Story)\s*:\s*\S").is_match(paras[i].text.trim());
    (labelled || paras[i].ended) && matches!(paras[i].kind, Kind::Byline(_)) && under_finished_text(paras, i)
}

/// Whether paragraph `i` stands right under a piece's last sentence.
fn under_finished_text(paras: &[Para], i: usize) -> bool {
    i > 0 && paras[i - 1].kind == Kind::Body && is_terminated(&paras[i - 1].text)
}

/// `读者 李大爷` between a reader's `问：…` and the expert's `答：…` (or the
/// expert's name between an answer and the next question): a service
/// page's Q&A signs each part, and the line is the asker's or answerer's,
/// not a sign-off closing a story (nor a headline over the answer). It
/// stays as the text of the Q&A.
/// (A crosshead between an answer and the next question stays one: the
/// line must sign, as a credit or a name.)
fn keep_qa_signatures(paras: &mut [Para], rules: &ImportRules) {
    for i in 1..paras.len().saturating_sub(1) {
        let t = paras[i].text.trim();
        if len(t) > 24 || is_terminated(t) {
            continue;
        }
        // The Q&A part the line signs: the last one opened above it, a
        // paragraph or two of running text at most.
        let above = paras[i.saturating_sub(3)..i]
            .iter()
            .rev()
            .take_while(|p| matches!(p.kind, Kind::Body | Kind::Item(_)))
            .find(|p| opens_qa_part(&p.text));
        // A name alone (`李大爷`) signs only the question, right before its
        // answer: between an answer and the next question a short line is
        // a crosshead, `谈基层`, however like a name it reads.
        let asker = above.is_some_and(|p| opens_question(&p.text))
            && opens_answer(&paras[i + 1].text)
            && bare_chinese_name(t, rules).is_some();
        let signs = matches!(paras[i].kind, Kind::Byline(_) | Kind::Signature(_) | Kind::Credit(_, CreditKind::People))
            || asker;
        if signs && above.is_some() && opens_qa_part(&paras[i + 1].text) {
            paras[i].kind = Kind::Body;
        }
    }
}

/// `问：…`, `答：…` (`問：` in traditional characters): a part of a Q&A.
fn opens_qa_part(text: &str) -> bool {
    opens_question(text) || opens_answer(text)
}

fn opens_question(text: &str) -> bool {
    let t = text.trim_start();
    ["问：", "问:", "問：", "問:"].iter().any(|p| t.starts_with(p)) && len(t) > 4
}

fn opens_answer(text: &str) -> bool {
    let t = text.trim_start();
    ["答：", "答:"].iter().any(|p| t.starts_with(p)) && len(t) > 4
}

/// `读者 张三`, `作者：张三`, `撰稿 张三` right under a headline and over its
/// text: the reader or writer who wrote the piece, its byline. (Under the
/// text such a line signs the piece, which the rules for signatures read;
/// over it, it was taken for the headline and the headline for its kicker.)
pub fn writer_role_bylines(paras: &mut [Para], rules: &ImportRules) {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = static_re(&RE, r"^[□■◎●○◆▲]?\s*(?:读者|作者|撰稿|撰文|(?:特约)?撰稿人)[\s:：]+(\p{Han}[\p{Han}\s]{1,6})$");
    for i in 1..paras.len().saturating_sub(1) {
        let Some(name) = re.captures(paras[i].text.trim()).and_then(|c| bare_chinese_name(&c[1], rules)) else {
            continue;
        };
        if matches!(paras[i].kind, Kind::Heading | Kind::Subtitle | Kind::Body)
            && is_head(&paras[i - 1])
            && matches!(paras[i + 1].kind, Kind::Body | Kind::Lead(..))
        {
            paras[i].kind = Kind::Byline(Credits { reporters: vec![name], ..Credits::default() });
        }
    }
}

/// `　　□张晓梅` indented as a paragraph is, right under a story's last
/// sentence with no blank line between them and a blank line under it: the
/// writer signing the story above, set as its last line (a boxed byline a
/// paper sets over the next headline stands apart from the text above).
/// Marks it [`Para::ended`]; `page` is the text the paragraphs' line
/// numbers count in.
pub fn mark_boxed_sign_offs(paras: &mut [Para], page: &str) {
    let raw: Vec<&str> = page.lines().collect();
    for i in 1..paras.len() {
        let at = paras[i].no.wrapping_sub(1);
        let (Some(line), Some(above)) = (raw.get(at), at.checked_sub(1).and_then(|k| raw.get(k))) else {
            continue;
        };
        let boxed = matches!(paras[i].kind, Kind::Byline(_)) && line.trim_start().starts_with(['□', '■']);
        let indented = line.starts_with(['\u{3000}', '\t']) || line.starts_with("  ");
        let under_text = !above.trim().is_empty() && under_finished_text(paras, i) && is_cjk_text(&paras[i - 1].text);
        let apart_below = raw.get(at + 1).is_none_or(|l| l.trim().is_empty());
        // (`文/图　本报记者　林小雨` pushed to the column's right edge under
        // the last sentence: set as a sign-off is, whatever its form.)
        let flush_right = super::text::indent_width(line) >= 24
            && matches!(&paras[i].kind, Kind::Byline(c) if !c.reporters.is_empty());
        // (`读者 张三 本报记者 李四 整理` under a letter's last sentence and
        // over two heads, the next piece's label and headline, no text under
        // it of its own: who wrote the piece above, however it is set. A
        // byline heading a story has its text under it. Over one head, the
        // line is left to the rules above.)
        let closing = matches!(&paras[i].kind, Kind::Byline(c) if !c.reporters.is_empty())
            && is_cjk_text(&paras[i].text)
            && paras.get(i + 1).is_some_and(|q| is_head(q) && paras.get(i + 2).is_some_and(is_head));
        // (Its last sentence may be an exclamation short enough to read as
        // a headline, `在此，希望有关部门重视这个问题！`, under the text: a
        // sentence of the piece, as no headline is over a byline with no
        // text under it.)
        let exclaimed = closing
            && paras[i - 1].kind == Kind::Heading
            && is_cjk_text(&paras[i - 1].text)
            && paras[i - 1].text.trim_end().ends_with(['！', '!', '？', '?'])
            && paras[i - 1].text.contains('，')
            && under_finished_text(paras, i - 1);
        if exclaimed {
            paras[i - 1].kind = Kind::Body;
        }
        let under_text = under_text || exclaimed;
        if ((boxed && indented && apart_below) || flush_right || closing) && under_text {
            paras[i].ended = true;
        }
    }
}

/// `Students raise` / `$4,200 for pantry` over `Pupils collected cans for
/// six weeks to stock the pantry.`, then a blank line and `By Jo Cruz`
/// over the story: an English deck set as a sentence, tight under its
/// headline and apart from the byline, is the head of the story the byline
/// signs, not the last paragraph of the piece above (which left the signed
/// story without a headline). Marks it [`Kind::Subtitle`]; `page` is the
/// text the paragraphs' line numbers count in.
pub fn mark_sentence_decks(paras: &mut [Para], page: &str) {
    let raw: Vec<&str> = page.lines().collect();
    // (The page's first line has nothing above it.)
    let blank_above = |p: &Para| p.no < 2 || raw.get(p.no - 2).is_none_or(|l| l.trim().is_empty());
    for i in 1..paras.len().saturating_sub(2) {
        let (head, deck, byline, lead) = (&paras[i - 1], &paras[i], &paras[i + 1], &paras[i + 2]);
        let signed = matches!(&byline.kind, Kind::Byline(c) if !c.reporters.is_empty());
        // (The byline may stand over the writer's role: `Correspondent`.)
        let text_under = matches!(lead.kind, Kind::Body | Kind::Lead(..))
            || paras.get(i + 3).is_some_and(|q| matches!(q.kind, Kind::Body | Kind::Lead(..)));
        let words = word_count(&deck.text);
        // (A standfirst set apart from its headline runs to two or three
        // sentences: `After 31 years … is retiring. She talked about …`.)
        // (A deck set tight may be two short sentences: `The vote was 5-2.
        // She starts July 1.`)
        let tight = !blank_above(deck)
            && ((8..=35).contains(&words) && !super::text::has_inner_sentence_mark(&deck.text)
                || (6..=20).contains(&words) && super::text::sentence_count(&deck.text) <= 2);
        let standfirst = blank_above(deck) && (8..=50).contains(&words) && super::text::sentence_count(&deck.text) <= 3;
        // (A caps kicker over the headline is no stack of names:
        // `THE CONVERSATION` / `'A library is …'` / deck / `By X`.)
        let kicked = i >= 2
            && paras[i - 2].kind == Kind::Heading
            && is_caps_label(&paras[i - 2].text)
            && (i == 2 || !is_head(&paras[i - 3]));
        if head.kind == Kind::Heading
            && deck.kind == Kind::Body
            && signed
            && text_under
            && !is_cjk_text(&deck.text)
            && (tight || standfirst)
            && is_terminated(&deck.text)
            && blank_above(byline)
            && blank_above(head)
            // (Under other heads, a list of names set as heads, the stack
            // would be read on up into them.)
            && (i == 1 || !is_head(&paras[i - 2]) || kicked)
            // (In a briefs column, a brief's one sentence under its head:
            // the byline under it signs a piece of its own.)
            && !nearest_label(paras, i).is_some_and(|k| i - k <= 10 && is_english_brief_label(&paras[k].text))
        {
            paras[i].kind = Kind::Subtitle;
        }
    }
}

/// `NZME` under a finished story's last sentence: a wire's bare sign-off,
/// which closes the piece; what follows opens the next.
fn wire_signs_off_above(paras: &[Para], i: usize) -> bool {
    matches!(&paras[i].kind, Kind::Byline(c) if c.reporters.is_empty() && c.agency.is_some())
        && under_finished_text(paras, i)
}

/// The start of the piece paragraph `i` is in, as far as `starts` has them.
fn piece_start(starts: &BTreeSet<usize>, i: usize) -> usize {
    starts.range(..i).next_back().copied().unwrap_or(0)
}

/// Whether a byline or lead among `paras[from..to]` names a writer.
fn signed_since(paras: &[Para], from: usize, to: usize) -> bool {
    paras[from..to].iter().any(|p| matches!(&p.kind, Kind::Byline(c) | Kind::Lead(c, _) if !c.reporters.is_empty()))
}

/// `报道：林美玲` / `摄影：黄志伟` over the page's first headline, with no
/// story above: Malaysian and Singapore pages set the writer's and the
/// photographer's credit at the head of the story's box, which the export
/// gives before the headline. With nothing above them to sign, they were
/// lost; under the headline they credit the story as a byline there does.
/// Only when a story's text (a lead or body) follows the headline and no
/// byline of its own does.
fn credits_over_first_head_under_it(paras: &mut [Para]) {
    let credit = |p: &Para| matches!(p.kind, Kind::Byline(_) | Kind::Credit(_, CreditKind::Photo));
    let credits = paras.iter().take_while(|p| credit(p)).count();
    if credits == 0 || !paras.iter().take(credits).any(|p| matches!(p.kind, Kind::Byline(_))) {
        return;
    }
    let heads = paras[credits..].iter().take_while(|p| matches!(p.kind, Kind::Heading | Kind::Subtitle)).count();
    let text = paras.get(credits + heads).is_some_and(|p| match &p.kind {
        Kind::Lead(c, _) => c.reporters.is_empty(),
        kind => *kind == Kind::Body,
    });
    if heads == 0 || heads > 3 || !text {
        return;
    }
    paras[..credits + heads].rotate_left(credits);
}

fn is_head(p: &Para) -> bool {
    matches!(p.kind, Kind::Heading | Kind::Subtitle)
}

fn has_byline(p: &Para) -> bool {
    matches!(p.kind, Kind::Lead(..) | Kind::Byline(_))
}

/// Labels of the note an editor sets above a story (often the first of a
/// series) to introduce it. (An evening paper's `核心提示` box over a
/// story's headline sums the story up for it the same way.)
const EDITORS_NOTES: &[&str] =
    &["编者按", "编者的话", "编前语", "编前话", "编首语", "开栏语", "开栏的话", "写在前面", "核心提示", "内容提要"];

/// `编者按：春耕时节，本报推出…`, or the label alone on its line: the opening
/// of an editor's note.
fn is_editors_note(p: &Para) -> bool {
    if !matches!(p.kind, Kind::Body | Kind::Heading) {
        return false;
    }
    let folded = super::text::fold_traditional(p.text.trim());
    let boxed = folded.trim_start_matches(BOX_MARKERS).trim_start();
    let t = boxed.trim_start_matches(['【', '[', '〔']);
    let opened = t.len() < boxed.len();
    EDITORS_NOTES.iter().any(|l| {
        t.strip_prefix(l).is_some_and(|r| {
            // `【编者按】入冬以来…`: the label in brackets, its text run on
            // after them with no colon.
            let closed = opened && r.starts_with(['】', ']', '〕']);
            let r = r.trim_start_matches(['】', ']', '〕']);
            closed || r.trim().is_empty() || r.starts_with([':', '：', ' ', '\u{3000}'])
        })
    })
}

/// The editor's note set right above heads `j`: its label line and text, or
/// its one paragraph. A note printed above a headline introduces the story
/// under it, never the one above, which it only follows on the page.
fn note_above(paras: &[Para], j: usize) -> usize {
    if j >= 1 && is_editors_note(&paras[j - 1]) {
        return j - 1;
    }
    if j >= 2 && paras[j - 1].kind == Kind::Body && is_editors_note(&paras[j - 2]) && len(&paras[j - 2].text) <= 6 {
        return j - 2;
    }
    j
}

/// The paragraph after the editor's note opening at `i`, where its story's
/// heads must start.
fn heads_after_note(paras: &[Para], i: usize) -> usize {
    let j = i + note_start_len(&paras[i..]);
    if paras.get(j).is_some_and(is_head) { j } else { i }
}

/// A Chinese writer's line (`记者 韩晓东`) right under the one paragraph
/// under a story's heads, with more text under it.
fn byline_under_lead(paras: &[Para], i: usize) -> bool {
    i >= 2
        && matches!(&paras[i].kind, Kind::Byline(c) if !c.reporters.is_empty() && c.dateline.is_none())
        && is_cjk_text(&paras[i].text)
        && paras[i - 1].kind == Kind::Body
        && is_cjk_text(&paras[i - 1].text)
        && is_terminated(&paras[i - 1].text)
        && matches!(paras[i - 2].kind, Kind::Heading | Kind::Subtitle)
        && paras.get(i + 1).is_some_and(|q| q.kind == Kind::Body && is_cjk_text(&q.text))
}

/// Where the heads (and byline lines) in front of paragraph `i` begin.
fn heads_start(paras: &[Para], i: usize) -> usize {
    let j = heads_only_start(paras, i);
    if j < i && is_head(&paras[j]) { note_above(paras, j) } else { j }
}

/// `男子60米决赛：谢某某以6秒55夺冠`, `团体：中国队3比0日本队`: an event and
/// its result, a line set like a head (no sentence mark) with figures after
/// the colon.
fn is_result_line(p: &Para) -> bool {
    p.kind == Kind::Heading
        && is_cjk_text(&p.text)
        && p.text.split_once('：').is_some_and(|(event, result)| {
            (2..=10).contains(&len(event))
                && !event.contains(['，', '。', ' '])
                && result.chars().any(|c| c.is_ascii_digit())
        })
}

/// Whether the page had a blank line between `above` and `below`.
fn blank_between(above: &Para, below: &Para) -> bool {
    above.no + 1 < below.no
}

/// Whether the heads from `j` on (set tight, two or more) and the line
/// above them are two blocks: a blank between, and that line set tight
/// under the one above it. A head of lines set together over a lead is
/// whole; the last line of another block across a blank
/// (`男子60米决赛：谢某某以6秒55夺冠` closing a results box) is another
/// piece's, not its kicker. (A page that sets every head line apart,
/// `长篇连载` / `运河人家` / `（连载一）`, keeps its kicker.)
fn apart_blocks(paras: &[Para], j: usize) -> bool {
    let tight_below =
        paras[j..].windows(2).take_while(|w| is_head(&w[0]) && is_head(&w[1])).all(|w| !blank_between(&w[0], &w[1]));
    j >= 2
        && tight_below
        && blank_between(&paras[j - 1], &paras[j])
        && !blank_between(&paras[j - 2], &paras[j - 1])
        && is_head(&paras[j - 2])
}

fn heads_only_start(paras: &[Para], i: usize) -> usize {
    let mut j = i;
    let mut heads = 0;
    while j > 0 {
        let p = &paras[j - 1];
        // Byline lines between the headings and the lead (`By X` then a
        // dateline); a byline above the headings closes the previous article.
        if matches!(p.kind, Kind::Byline(_)) && heads == 0 {
            j -= 1;
        } else if p.kind == Kind::Jump && p.from.is_some() && heads == 0 && j >= 2 && is_head(&paras[j - 2]) {
            // `巴黎十三区华裔商户的“新生意经”` / `（上接第一版）` / `【欧洲时报记者
            // 夏雨巴黎报道】…`: the jump line set between the jumped story's
            // headline and its lead is the same story's, as a byline line is.
            j -= 1;
        } else if is_head(p)
            // (A review's heads may run to six: its label, headline, the
            // work's title, the rating and the facts under it.)
            && (heads < 4 || (heads < 6 && paras[j..i].iter().any(|q| is_head(q) && is_star_rating(&q.text))))
            && !(heads >= 2 && apart_blocks(paras, j))
        {
            heads += 1;
            j -= 1;
        } else {
            break;
        }
    }
    // `From Page 1` over the headline and byline of a jumped story's second
    // part (Australian papers): the jump line heads it, as it does over a
    // slug with text under it.
    if heads > 0 && j > 0 && paras[j - 1].kind == Kind::Jump && paras[j - 1].from.is_some() && paras[j - 1].to.is_none()
    {
        j -= 1;
    }
    j
}

/// Splits classified paragraphs into article drafts.
pub fn segment(paras: &[Para], rules: &ImportRules) -> Vec<Draft> {
    let n = paras.len();
    if n == 0 {
        return Vec::new();
    }
    // A headline too long to look like one on its own still is one when a
    // byline or lead follows it.
    let mut owned: Vec<Para> = Vec::with_capacity(n);
    for (pi, p) in paras.iter().enumerate() {
        // `淇滨区：` over `“15分钟健身圈”再添新场地`: a headline the export
        // broke after its colon is one headline. So is `青山镇：“订单农业”`
        // over `让果农吃下“定心丸”`, a place's headline broken by a narrow
        // column after a few words past its colon.
        if let Some(prev) = owned.last_mut()
            && p.kind == Kind::Heading
            && (is_label_before_colon(&prev.text)
                || (prev.kind == Kind::Heading
                    && !blank_between(prev, p)
                    && !paras.get(pi + 1).is_some_and(is_head)
                    && (breaks_place_headline(&prev.text, &p.text) || subject_over_its_verb(&prev.text, &p.text))))
            && matches!(prev.kind, Kind::Body | Kind::Heading)
        {
            // `Editorial:` + `Budget woes` keeps its space; Chinese needs none,
            // also after the half-width colon the export sets (`淇滨区:`).
            if prev.text.ends_with(':') && !is_cjk_text(&prev.text) {
                prev.text.push(' ');
            }
            prev.text.push_str(&p.text);
            prev.kind = Kind::Heading;
            continue;
        }
        let mut p = p.clone();
        // `ADVERTISEMENT` over the lines of an ad's copy (`SANDY SHORES
        // RESORT`, `Call 876-555-0192…`) set in one block: the ad, kept by
        // the export, no text of the story around it: dropped as it is.
        if matches!(p.kind, Kind::Body | Kind::Heading | Kind::Verse)
            && p.text.lines().nth(1).is_some()
            && p.text.lines().next().is_some_and(is_ad_marker)
        {
            continue;
        }
        // `（續A5版）` after the story's text: where its second part is. (A
        // line of text cut by the page's end, `另有議員關注…，要求政府交代`,
        // may read as a headline: with its commas and the jump under it, it
        // is the text's.)
        if p.either && p.kind == Kind::Jump {
            let cut = |q: &Para| {
                q.kind == Kind::Heading && is_cjk_text(&q.text) && len(&q.text) >= 16 && q.text.contains('，')
            };
            if let Some(q) = owned.last_mut().filter(|q| cut(q)) {
                q.kind = Kind::Body;
            }
            if owned.last().is_some_and(|q| matches!(q.kind, Kind::Body | Kind::Lead(..) | Kind::Verse)) {
                (p.to, p.from, p.either) = (p.from, None, false);
            }
        }
        owned.push(p);
    }
    credits_over_first_head_under_it(&mut owned);
    // `本报记者 陈刚 摄` over `会议现场` over a headline: the picture's short
    // caption, set by its credit, no kicker of the story below.
    for i in 1..owned.len().saturating_sub(1) {
        let after_photo = matches!(owned[i - 1].kind, Kind::Credit(_, CreditKind::Photo))
            || is_cjk_photo_caption(&owned[i - 1], rules);
        if after_photo
            && owned[i].kind == Kind::Heading
            && owned[i + 1].kind == Kind::Heading
            && is_scene_caption(&owned[i].text)
        {
            owned[i].kind = Kind::Body;
        }
    }
    box_score_heads_in_their_story(&mut owned);
    transaction_rows_are_no_leads(&mut owned);
    // A block set tight that reads as a stanza (or a table) but opens on a
    // box's label: the label heads the box, what is under it is the box's.
    let mut i = 0;
    while i < owned.len() {
        let p = &owned[i];
        if !matches!(p.kind, Kind::Verse | Kind::Table) {
            i += 1;
            continue;
        }
        let lines: Vec<&str> = p.text.lines().map(str::trim).collect();
        if lines.len() >= 3 && is_teaser_label(lines[0]) && lines[1..].iter().all(|l| is_teaser_line(l)) {
            // `今日导读` over its lines after a story: the lines are its list.
            let item = |l: &&str| Para { kind: Kind::Item(l.to_string()), ..heading_of(p, l.to_string()) };
            let rows: Vec<Para> =
                std::iter::once(heading_of(p, lines[0].to_string())).chain(lines[1..].iter().map(item)).collect();
            owned.splice(i..=i, rows);
        } else if lines.len() >= 4
            && !is_cjk_text(lines[0])
            && (1..=3).contains(&word_count(lines[0]))
            && lines[0].chars().filter(|c| c.is_alphabetic()).count() >= 4
            && lines[0].chars().all(|c| c.is_uppercase() || matches!(c, ' ' | '&' | '\'' | '’'))
            && lines.last().is_some_and(|l| is_source_note(l))
        {
            // `CURRENCIES` over `US$1 = S$1.3462` … `Source: MAS` after a
            // story: a box's label in capitals over its figures and their
            // source; the label heads the box (which starts a piece of its
            // own below), no row of it, and the rows stay one block.
            let parts = label_over_rows(p, &lines, None);
            owned.splice(i..=i, parts);
            i += 1;
        } else if lines.len() >= 5 && is_caps_box_label(lines[0]) && is_figures_box(&lines[1..]) {
            // `BY THE NUMBERS` over `2,200` / `Jobs expected at the plant` /
            // `$3.5 billion` / …: a box's label over its figures, each over
            // what it counts; the label heads the box, the rows stay one
            // block (set as a byline or a row, the label would be neither).
            let parts = label_over_rows(p, &lines, Some(Kind::Verse));
            owned.splice(i..=i, parts);
            i += 1;
        } else if p.kind == Kind::Verse
            && lines.len() >= 4
            && is_caps_box_label(lines[0])
            && lines[1..].iter().all(|l| l.chars().any(char::is_lowercase) || !l.chars().any(char::is_alphabetic))
        {
            // `LOTTERY` over `Pick 3: 4-0-7` / …, `IN MEMORIAM` over `In
            // loving memory of` / …: a box's label in capitals set tight over
            // its lines (verse is not set in capitals); it heads the box,
            // which left whole read as a stanza of the story above. (A line
            // of figures alone, `(1946-2016)`, may stand among its lines.)
            let parts = label_over_rows(p, &lines, None);
            owned.splice(i..=i, parts);
            i += 1;
        } else if lines.len() >= 3
            && (is_agate_label(lines[0])
                // (`UV INDEX` over `Today: 7 High` / `Tomorrow: 5
                // Moderate`: a service box's label in capitals over its
                // readings, too few lines for the rule above.)
                || (is_caps_box_label(lines[0]) && department(lines[0]) == Some(Department::Piece)))
        {
            // `SCOREBOARD` over `BASEBALL` / `American League` / two
            // scores: a sports page's agate set tight, too few rows for a
            // table; its label heads a piece of its own, and the lines under
            // it are its text, not a stanza of the story above.
            let parts = label_over_rows(p, &lines, None);
            owned.splice(i..=i, parts);
            i += 1;
        }
        i += 1;
    }
    // Under an index box's label (`今日导读`), the lines naming a story and
    // its page are the box's list, not headlines of stories.
    for i in 0..owned.len() {
        if !(is_head(&owned[i]) && is_teaser_label(&owned[i].text)) {
            continue;
        }
        let lines = owned[i + 1..]
            .iter()
            .take_while(|q| match &q.kind {
                Kind::Heading | Kind::Body => is_teaser_line(&q.text),
                Kind::Item(t) => is_teaser_line(t),
                _ => false,
            })
            .count();
        // An index lists several stories; `Inside` over one line is a crosshead.
        if lines < 2 {
            continue;
        }
        for q in &mut owned[i + 1..=i + lines] {
            if let Kind::Heading | Kind::Body = q.kind {
                q.kind = Kind::Item(q.text.clone());
            }
            (q.from, q.to) = (None, None);
        }
    }
    // `Water rationing in 12 colonies…` over `Alternate-day supply till the
    // monsoon picks up; 150 extra tankers…` over `KANIZA GARARI | DC`: an
    // English deck may hold a semicolon, which reads as running text. Open
    // (no sentence ended) between a headline and a byline, it is the deck.
    for i in 1..owned.len().saturating_sub(1) {
        if owned[i].kind == Kind::Body
            && is_head(&owned[i - 1])
            && matches!(owned[i + 1].kind, Kind::Byline(_))
            && !is_cjk_text(&owned[i].text)
            && !is_terminated(&owned[i].text)
            && word_count(&owned[i].text) <= 25
        {
            owned[i].kind = Kind::Subtitle;
        }
    }
    // Under a brief column's label, a brief with its headline run in is cut
    // into the headline and the text, as if printed apart. A byline or lead
    // ends the column.
    let mut in_briefs = false;
    // Under a label no list knows, the items keep their box on the headline
    // cut from them, which tells the column's items from a story's subheads.
    let mut keep_box = false;
    let mut i = 0;
    while i < owned.len() {
        let p = &owned[i];
        // `Legion breakfast: Royal Canadian Legion…` reads as a colon
        // dateline; in a brief column, under no headline, it is a run-in one.
        let run_in_label = in_briefs
            && matches!(p.kind, Kind::Lead(..))
            && i > 0
            && !is_head(&owned[i - 1])
            && split_run_in_title(&p.text).is_some();
        let dated_run_in = match &p.kind {
            Kind::Lead(c, rest) if in_briefs && c.dateline.is_some() => {
                english_run_in_head(rest).map(|(head, text)| (c.clone(), head, text))
            }
            _ => None,
        };
        if has_byline(p) && !run_in_label && dated_run_in.is_none() {
            in_briefs = false;
        } else if is_head(p)
            && !is_brief_label(&p.text)
            && !is_english_brief_label(&p.text)
            && boxed_run_ins_under(&owned, i)
        {
            in_briefs = true;
            keep_box = true;
        } else if in_briefs
            && p.kind == Kind::Heading
            && let Some(place) = brief_place(&p.text)
            && owned.get(i + 1).is_some_and(|q| q.kind == Kind::Heading && q.text.chars().any(char::is_lowercase))
            && owned.get(i + 2).is_some_and(|q| q.kind == Kind::Body)
        {
            // `MADURAI` / `Two killed as car hits lorry` / text: Indian
            // papers head each brief with its place; it is the dateline.
            let dateline = super::byline::RawDateline { place: Some(place), month: None, day: None };
            let credits = Credits { dateline: Some(dateline), ..Credits::default() };
            owned.swap(i, i + 1);
            owned[i + 1].kind = Kind::Byline(credits);
            i += 2;
            continue;
        } else if is_head(p) && (is_brief_label(&p.text) || is_english_brief_label(&p.text)) {
            in_briefs = true;
            keep_box = false;
            // `校园快讯` over `本报讯（记者 张茜）6月16日，…` and `本报讯（实习生
            // 赵一鸣）近日，…` and no headlines: each lead opens a brief,
            // titled by what it reports (the second was titled `近日`).
            let run = owned[i + 1..].iter().take_while(|q| !is_head(q)).count();
            // (Leads that name their source: `Tamale: 3,000 trees…` in an
            // English column is a place and a headline, no lead of this kind.)
            // (`Dubai: The Dubai Metro Red Line will run…`: a place and a
            // whole sentence after it is a datelined brief of its own.)
            let sourced = |q: &Para| {
                matches!(&q.kind, Kind::Lead(c, rest) if c.agency.is_some() || !c.reporters.is_empty() || !c.contributors.is_empty()
                    || ((c.dateline.is_some() || super::byline::is_sport_lead(&q.text))
                        && word_count(rest) >= 12
                        && is_terminated(without_dashed_sign_off(rest))
                        && english_run_in_head(rest).is_none()))
            };
            let leads: Vec<usize> = (i + 1..i + 1 + run).filter(|&k| sourced(&owned[k])).collect();
            if leads.len() >= 2 && leads[0] == i + 1 {
                for &k in leads.iter().rev() {
                    let Kind::Lead(_, rest) = &owned[k].kind else { continue };
                    // (`GOLF: Tiger Woods will…` is titled by what follows its sport.)
                    let about = match rest.split_once(':') {
                        Some((_, r)) if super::byline::is_sport_lead(rest) => r.trim_start(),
                        _ => rest.as_str(),
                    };
                    let heading = heading_of(&owned[k], brief_title(about));
                    owned.insert(k, heading);
                }
                i += run + leads.len();
                in_briefs = false;
            } else if run >= 2
                && owned[i + 1..i + 1 + run].iter().all(|q| {
                    q.kind == Kind::Body
                        && is_cjk_text(&q.text)
                        && closes_with_credit(&q.text, rules)
                        && !q.text.trim_start().starts_with(BOX_MARKERS)
                        && split_run_in_title(&q.text).is_none()
                })
            {
                // `快讯` over `宁德时代…公告，…。（王蕾）` and `中国平安…。（陈曦）`:
                // one paragraph each, no headline, each signed by its writer
                // in brackets: each a brief, titled by what it reports.
                for k in (i + 1..i + 1 + run).rev() {
                    let heading = heading_of(&owned[k], brief_title(&owned[k].text));
                    owned.insert(k, heading);
                }
                i += 2 * run;
                in_briefs = false;
            }
        } else if in_briefs && p.kind == Kind::Heading && boxed(&p.text) && owned.get(i + 1).is_some_and(is_result_line)
        {
            // `赛果速递` / `■全国室内田径大奖赛（天津站）` / `男子60米决赛：谢某
            // 某以6秒55夺冠`: the results set tight under a boxed item's head
            // are its text, not the head of the story after the box.
            let mut k = i + 1;
            while k < owned.len() && is_result_line(&owned[k]) && !blank_between(&owned[k - 1], &owned[k]) {
                owned[k].kind = Kind::Body;
                k += 1;
            }
        } else if in_briefs
            && let Kind::Item(t) = &p.kind
            && is_cjk_text(t)
            && is_heading_like(t)
            && owned.get(i + 1).is_some_and(|q| q.kind == Kind::Body)
        {
            // `公司速递` / `◆锦川锂业拟在阿根廷设立盐湖提锂合资公司` / its text:
            // in a brief column the bullet sets each brief's headline off
            // (as `■` does), not an item of a list.
            owned[i] = heading_of(p, t.clone());
        } else if let Kind::Item(t) = &p.kind
            && p.text.trim_start().starts_with(BOX_MARKERS)
            && is_cjk_text(t)
            && is_heading_like(t)
            && owned.get(i + 1).is_some_and(|q| q.kind == Kind::Body && closes_with_credit(&q.text, rules))
        {
            // `●白沙县：义诊进村送健康` over `3月1日至3日，…。（通讯员 黄丽）`: a
            // roundup's item, its head boxed and its text signed in brackets,
            // is a brief of its own (a feature's bulleted subhead is never
            // over a signed paragraph).
            owned[i] = heading_of(p, t.clone());
        } else if let Some((c, head, text)) = dated_run_in {
            // `BERLIN — German rail strike called off: The GDL train
            // drivers' union…`: a world briefing's item runs its headline in
            // after the dateline.
            let lead = Para { kind: Kind::Lead(c, text), ..p.clone() };
            owned[i] = heading_of(p, head);
            owned.insert(i + 1, lead);
            i += 1;
        } else if in_briefs
            && matches!(p.kind, Kind::Body | Kind::Item(_))
            && let Some((place, rest)) = place_led_brief(&p.text)
        {
            // `【东京】日本政府4日宣布，…`, `■巴黎　法国多地4日举行罢工…`: a
            // world roundup opens each item on where it was filed; that is
            // its dateline, and the title comes from what it reports.
            let dateline = super::byline::RawDateline { place: Some(place), month: None, day: None };
            let credits = Credits { dateline: Some(dateline), ..Credits::default() };
            let heading = heading_of(p, brief_title(&rest));
            owned[i] = Para { kind: Kind::Lead(credits, rest), ..p.clone() };
            owned.insert(i, heading);
            i += 1;
        } else if (in_briefs && matches!(p.kind, Kind::Body | Kind::Item(_) | Kind::Lead(..))
            || signed_run_in_brief(p, rules))
            && let Some((head, rest)) = split_run_in_title(&p.text)
        {
            // (`■嫦娥七号完成关键测试　据新华社电 记者从…`: the brief's text
            // may open on its lead, which credits it.)
            let lead = parse_lead(&rest, rules)
                .map(|(c, at)| (c, rest.get(at..).unwrap_or("").trim().to_string()))
                .filter(|(_, r)| !r.is_empty());
            let kind = match lead {
                Some((c, r)) => Kind::Lead(c, r),
                None => Kind::Body,
            };
            let body = Para { text: rest, kind, ..p.clone() };
            let boxed_head = match p.text.trim_start().chars().next() {
                Some(b) if keep_box && in_briefs && BOX_MARKERS.contains(&b) => format!("{b}{head}"),
                _ => head,
            };
            let heading = heading_of(p, boxed_head);
            owned[i] = heading;
            owned.insert(i + 1, body);
            i += 1;
        } else if matches!(p.kind, Kind::Body | Kind::Lead(..))
            && i > 0
            && !is_head(&owned[i - 1])
            && is_terminated(text_of(&owned[i - 1]))
            && let Some((head, rest)) = run_in_department(&p.text)
        {
            // `PUBLIC NOTICE: The Planning Commission will…` under a
            // correction: a box of its own with its label run in, as if
            // printed over it (it read as a colon dateline of the text above).
            let body = Para { text: rest, kind: Kind::Body, ..p.clone() };
            owned[i] = heading_of(p, head);
            owned.insert(i + 1, body);
            i += 1;
        } else if in_briefs
            && matches!(p.kind, Kind::Body | Kind::Item(_))
            && let Some(text) = unheaded_brief(&p.text)
        {
            // `●据新华社电  6月17日，…`: a wire's brief names its agency first;
            // the title comes from what it reports.
            let lead = parse_lead(&text, rules).map(|(c, at)| (c, text.get(at..).unwrap_or("").trim().to_string()));
            // `●某部开展安全教育 （刘江）`: a brief that is only its headline,
            // signed; the name is its writer's, no word of the title, and
            // the headline has no text to repeat under it.
            let headline_only = text.rfind(['（', '(']).filter(|_| text.ends_with(['）', ')'])).and_then(|at| {
                let (rest, credit) = (text[..at].trim(), text[at..].trim());
                let c = match parse_end_credit(credit, rules)? {
                    (c, CreditKind::People) if !c.reporters.is_empty() || !c.contributors.is_empty() => c,
                    _ => return None,
                };
                let headline = len(rest) >= 4 && is_heading_like(rest) && !rest.contains(['，', ',']);
                headline.then(|| (rest.to_string(), credit.to_string(), c))
            });
            if lead.is_none()
                && let Some((title, credit, c)) = headline_only
            {
                let signed = Para { text: credit, kind: Kind::Credit(c, CreditKind::People), ..p.clone() };
                owned[i] = heading_of(p, title);
                owned.insert(i + 1, signed);
                i += 2;
                continue;
            }
            let (title, kind) = match lead {
                Some((c, rest)) if !rest.is_empty() => (brief_title(&rest), Kind::Lead(c, rest)),
                _ => (brief_title(&text), Kind::Body),
            };
            let body = Para { text, kind, ..p.clone() };
            let heading = heading_of(p, title);
            owned[i] = heading;
            owned.insert(i + 1, body);
            i += 1;
        }
        i += 1;
    }
    let n = owned.len();
    // `扬子晚报/紫牛新闻记者 万程鹏 摄` under a caption, closing its story
    // or over the next headline: the photographer's credit (a contributor),
    // as `本报记者 X 摄` there is; under a headline it heads a photo story.
    for i in 1..n {
        let t = owned[i].text.trim();
        if let Kind::Byline(c) = &owned[i].kind
            && t.ends_with('摄')
            && !t.ends_with("文/摄")
            && !t.ends_with("文／摄")
            && owned[i - 1].kind == Kind::Body
            && is_terminated(&owned[i - 1].text)
            && owned.get(i + 1).is_none_or(|q| !matches!(q.kind, Kind::Body | Kind::Lead(..)) || is_head(q))
        {
            let names = c.reporters.iter().chain(&c.contributors).cloned().collect();
            let credits = Credits { contributors: names, ..Credits::default() };
            owned[i].kind = Kind::Credit(credits, CreditKind::Photo);
        }
    }
    // `For The Courier` is a freelancer's line only under the `By NAME` it
    // qualifies; elsewhere it is a headline (`For The Record`).
    for i in 0..n {
        if let Kind::Byline(c) = &owned[i].kind
            && c.names_no_one()
            && owned[i].text.starts_with("For ")
            && (i == 0 || !matches!(owned[i - 1].kind, Kind::Byline(_)))
        {
            owned[i].kind = if is_heading_like(&owned[i].text) { Kind::Heading } else { Kind::Body };
        }
    }
    // `MARK ANDERSON` / `STAFF REPORTER` under a headline: the name line
    // reads as a subtitle alone; with the role under it, it is the byline.
    // (A second writer and role under the first: `Alexandra Smith` / `State
    // Political Editor` / `Michael Koziol` / `Transport Reporter`.)
    for i in 1..n.saturating_sub(1) {
        let under_writer = i >= 2
            && matches!(&owned[i - 1].kind, Kind::Byline(c) if c.names_no_one())
            && matches!(&owned[i - 2].kind, Kind::Byline(c) if !c.reporters.is_empty());
        // (Under a deck set as one sentence of text under the headline:
        // `Motorists in Sydney's south-west face a reshaped charging regime…`.)
        let sentence_deck = i >= 2
            && owned[i - 1].kind == Kind::Body
            && is_head(&owned[i - 2])
            && !is_cjk_text(&owned[i - 1].text)
            && word_count(&owned[i - 1].text) <= 35
            && !owned[i - 1].text.trim_end().trim_end_matches('.').contains(". ");
        if (is_head(&owned[i - 1]) || under_writer || sentence_deck)
            && (is_head(&owned[i]) || ((under_writer || sentence_deck) && owned[i].kind == Kind::Body))
            && matches!(&owned[i + 1].kind, Kind::Byline(c) if c.names_no_one())
            && let Some(c) = parse_name_over_role(&owned[i].text, &owned[i + 1].text, rules)
        {
            owned[i].kind = Kind::Byline(c);
            if sentence_deck {
                owned[i - 1].kind = Kind::Subtitle;
            }
        }
    }
    // `Ben Carter` alone between a headline in sentence case and the text:
    // New Zealand and Irish papers sign without `By`, in plain case. A deck
    // would be set as its headline is; a name is capitalised word by word.
    // Two writers are joined by `and` (`Jack Horgan-Jones and Pat Leahy`).
    for i in 1..n.saturating_sub(1) {
        // (Or under the deck set as a line of text under the headline.)
        let deck = is_deck_over(&owned, i) && !is_cjk_text(&owned[i - 1].text);
        let head = if deck { &owned[i - 2] } else { &owned[i - 1] };
        // (A headline of 80 characters, too long to be set as one, is
        // one over the name: `HDB flat owners … in upgrading grants`.)
        let long = owned[i].kind == Kind::Heading
            && !is_cjk_text(&head.text)
            && is_headline_of_at_most(head, 100)
            && (i < 2 || is_head(&owned[i - 2]) || is_terminated(&owned[i - 2].text));
        if matches!(owned[i].kind, Kind::Heading | Kind::Subtitle | Kind::Body)
            && (is_head(&owned[i - 1]) || deck || long)
            && matches!(owned[i + 1].kind, Kind::Body | Kind::Lead(..))
            // (`Deep Current` over `★★`: the title of the film reviewed;
            // the rating closes a review's heads, the byline is under it.)
            && !is_star_rating(&owned[i + 1].text)
            && is_sentence_case(&head.text)
            && (owned[i].kind != Kind::Body || deck)
            && let Some(credits) = plain_names(&owned[i].text)
                .map(|reporters| Credits { reporters, ..Credits::default() })
                .or_else(|| caps_writer_then_place(&owned[i].text))
                .or_else(|| {
                    names_in_capitals(&owned[i].text).map(|reporters| Credits { reporters, ..Credits::default() })
                })
                .or_else(|| writer_and_place(&owned[i].text))
        {
            owned[i].kind = Kind::Byline(credits);
            if deck {
                owned[i - 1].kind = Kind::Subtitle;
            } else if long {
                owned[i - 1].kind = Kind::Heading;
            }
        }
    }
    // `SIPHO MABASO` over `sipho.mabaso@inl.co.za`, `Nomvula Dube` over
    // `African News Agency (ANA)`: South African papers sign with the bare
    // name, the writer's e-mail or the wire under it, below the headline
    // (and its deck).
    for i in 1..n.saturating_sub(1) {
        let t = owned[i].text.trim();
        // `Jane Doe / jane.doe@paper.co.uk`: British regionals set the
        // writer's address on the name's line, after a rule; the name alone
        // is read, the address standing as a line of its own would.
        let (t, mailed) = match t.rsplit_once(['/', '|']) {
            Some((who, addr)) if addr.contains('@') && is_contact_line(addr) => (who.trim(), true),
            _ => (t, false),
        };
        let name = super::text::title_case_caps(t);
        let deck = is_deck_over(&owned, i);
        // (A review's heads end on its rating, and the line of facts under
        // it: `★★` / `Starting: …. Opens Friday.`.)
        let rated = (i >= 2 && is_star_rating(&owned[i - 1].text) && is_head(&owned[i - 2]))
            || (i >= 3
                && owned[i - 1].kind == Kind::Body
                && word_count(&owned[i - 1].text) <= 30
                && is_star_rating(&owned[i - 2].text)
                && is_head(&owned[i - 3]));
        let under_head = is_head(&owned[i - 1]) || deck || rated;
        // (An e-mail or handle: a number under a name may be an obituary's years.)
        let over_credit = mailed
            || (is_contact_line(&owned[i + 1].text) && owned[i + 1].text.contains('@'))
            || matches!(&owned[i + 1].kind, Kind::Byline(c) if c.reporters.is_empty() && c.agency.is_some())
            // (`PETER HOWELL` over `Toronto Star`: the paper the writer
            // works for, with the text under it.)
            || (is_publication(&owned[i + 1].text)
                && owned.get(i + 2).is_some_and(|q| matches!(q.kind, Kind::Body | Kind::Lead(..))))
            // (`Mohamed Imranullah S.` over `CHENNAI` over the text: Indian
            // papers' dateline on its own line, read below as the place.)
            || (owned.get(i + 2).is_some_and(|l| matches!(l.kind, Kind::Body)) && is_caps_place_line(&owned[i + 1].text));
        // (`JOHN WU AND IAN KING` over `Bloomberg News`: two writers.)
        let pair: Option<Vec<String>> = name
            .split_once(" and ")
            .map(|(a, b)| vec![a.trim().to_string(), b.trim().to_string()])
            .filter(|p| p.iter().all(|n| (2..=4).contains(&word_count(n)) && is_plain_name(n)));
        let single = (2..=4).contains(&word_count(t))
            && (is_plain_name(&name) || (is_caps_place_line(&owned[i + 1].text) && is_name_with_initials(t)));
        if matches!(owned[i].kind, Kind::Heading | Kind::Subtitle | Kind::Body)
            && under_head
            && over_credit
            && !is_cjk_text(t)
            && (single || pair.is_some())
        {
            let reporters = pair.unwrap_or_else(|| vec![name]);
            owned[i].kind = Kind::Byline(Credits { reporters, ..Credits::default() });
            if is_publication(&owned[i + 1].text)
                && !matches!(owned[i + 1].kind, Kind::Byline(ref c) if c.agency.is_some())
            {
                owned[i + 1].kind = Kind::Byline(Credits::default());
            }
            if deck {
                owned[i - 1].kind = Kind::Subtitle;
            }
        } else if matches!(owned[i].kind, Kind::Heading | Kind::Subtitle | Kind::Body)
            && under_head
            && matches!(owned[i + 1].kind, Kind::Body)
            && let Some((name, place)) = name_then_caps_place(t)
        {
            // `K. Lakshmi` and `CHENNAI` run into one line by the wrap.
            let dateline = super::byline::RawDateline { place: Some(place), month: None, day: None };
            owned[i].kind =
                Kind::Byline(Credits { reporters: vec![name], dateline: Some(dateline), ..Credits::default() });
            if deck {
                owned[i - 1].kind = Kind::Subtitle;
            }
        }
    }
    // `Special Correspondent` over `CHENNAI` over the text: Indian papers
    // set the dateline, the place alone in capitals, on its own line under
    // the byline (Kenyan papers: under the writer's address under it).
    for i in 1..n.saturating_sub(1) {
        let t = owned[i].text.trim();
        let words = word_count(t);
        // (Not under a writer's sign-off: `DEATHS` there heads the next piece;
        // nor under a wire's closing a finished story: `NZME` over `COURT
        // NEWS` ends one piece, and the head, no place, opens the next.)
        let under_byline = (matches!(owned[i - 1].kind, Kind::Byline(_))
            && !signs_off_above(&owned, i - 1)
            && !wire_signs_off_above(&owned, i - 1))
            || (i >= 2
                && matches!(owned[i - 2].kind, Kind::Byline(_))
                && super::byline::is_contact_line(&owned[i - 1].text));
        let place = if under_byline
            && (1..=3).contains(&words)
            && (is_caps_place_line(t) || is_named_place_over(t, &owned[i + 1].text))
        {
            Some(super::text::title_case_caps(t))
        } else if under_byline || is_head(&owned[i - 1]) {
            // (`MORANT BAY, St Thomas:`, `HOLA, Tana River County`: Caribbean
            // and Kenyan papers name the parish or county after the town;
            // right under the heads, too, when no byline is set.)
            caps_place_and_region(t)
        } else {
            None
        };
        if matches!(owned[i].kind, Kind::Heading | Kind::Subtitle | Kind::Body)
            && matches!(owned[i + 1].kind, Kind::Body)
            && let Some(place) = place
        {
            let dateline = super::byline::RawDateline { place: Some(place), month: None, day: None };
            owned[i].kind = Kind::Byline(Credits { dateline: Some(dateline), ..Credits::default() });
        } else if under_byline
            && matches!(owned[i].kind, Kind::Heading | Kind::Subtitle | Kind::Body)
            && matches!(owned[i + 1].kind, Kind::Body)
            && is_bureau_line(t)
        {
            // (`WESTERN BUREAU:` where the dateline stands: the desk the
            // writer files from, no place to name and no text.)
            owned[i].kind = Kind::Byline(Credits::default());
        }
    }
    // `Ben Smith Political correspondent` over `Kiran Stacey` over the text:
    // a British paper stacks a second writer under the first, the second
    // without a role of their own.
    for i in 2..n.saturating_sub(1) {
        let under_writer = matches!(&owned[i - 1].kind, Kind::Byline(c) if !c.reporters.is_empty())
            && (is_head(&owned[i - 2]) || owned[i - 2].kind == Kind::Subtitle);
        if under_writer
            && matches!(owned[i].kind, Kind::Heading | Kind::Subtitle)
            && matches!(owned[i + 1].kind, Kind::Body | Kind::Lead(..))
            && let Some(reporters) = plain_names(&owned[i].text)
        {
            owned[i].kind = Kind::Byline(Credits { reporters, ..Credits::default() });
        }
    }
    // `专栏·城南旧事` over `作者简介：葛文清，…` over the essay's headline and
    // byline: the column sets the note on its writer under its name. It is
    // the essay's text, moved under its heads, not a piece of its own.
    for i in 1..n.saturating_sub(2) {
        if owned[i].kind == Kind::Body
            && super::is_writer_box(&owned[i].text)
            && owned[i - 1].kind == Kind::Heading
            && is_column_label(&owned[i - 1].text, rules)
            && owned[i + 1].kind == Kind::Heading
            && let Some(k) = (i + 2..n).find(|&k| matches!(owned[k].kind, Kind::Body | Kind::Lead(..)))
            && owned[i + 2..k].iter().all(|q| matches!(q.kind, Kind::Heading | Kind::Subtitle | Kind::Byline(_)))
        {
            let note = owned.remove(i);
            owned.insert(k - 1, note);
        }
    }
    // `…放了三十年。` / `圖／王春子` / `【作者簡介】` / `林雨潔，1978年生…`:
    // a literary page credits the piece's picture under its last paragraph,
    // then sets the note on its writer; the note is the piece's text, and
    // the picture's credit goes with the piece's byline (`文／林雨潔`) above.
    let mut i = 2;
    while i + 1 < owned.len() {
        let picture = match &owned[i - 1].kind {
            Kind::Credit(c, CreditKind::Photo) => Some(c.clone()),
            // (`圖／王春子` read as an illustrator's byline.)
            Kind::Byline(c) if c.reporters.is_empty() && !c.contributors.is_empty() => Some(c.clone()),
            _ => None,
        };
        let byline = (0..i - 1)
            .rev()
            .find(|&k| !matches!(owned[k].kind, Kind::Body | Kind::Verse))
            .filter(|&k| matches!(&owned[k].kind, Kind::Byline(c) if !c.reporters.is_empty()) && k + 1 < i - 1);
        if owned[i].kind == Kind::Heading
            && super::is_writer_box(&super::text::fold_traditional(label_text(&owned[i].text)))
            && owned[i + 1].kind == Kind::Body
            && let Some(picture) = picture
            && let Some(k) = byline
            && let Kind::Byline(c) = &mut owned[k].kind
        {
            c.merge(picture);
            owned.remove(i - 1);
            continue;
        }
        i += 1;
    }
    let n = owned.len();
    // `翰墨丹青` over `《春江水暖》　王守仁　作` under a finished piece: a
    // corner of artworks, its label the headline and the works' captions its
    // text, not subheads of the piece above.
    for i in 1..n.saturating_sub(1) {
        let label = owned[i].text.trim();
        if matches!(owned[i].kind, Kind::Heading | Kind::Body)
            && owned[i - 1].kind == Kind::Body
            && is_terminated(&owned[i - 1].text)
            && (2..=8).contains(&len(label))
            && label.chars().all(super::text::is_han)
            && is_artwork_caption(&owned[i + 1].text)
        {
            owned[i].kind = Kind::Heading;
            for q in owned[i + 1..].iter_mut().take_while(|q| is_artwork_caption(&q.text)) {
                q.kind = Kind::Body;
            }
        }
    }
    // `王长河` alone under a title (a serial's, a poem's) and over the text:
    // literary pages sign with the bare name. A headline's words come back
    // in the text under it; the writer's name does not. Four characters
    // name someone with a surname of two (`欧阳晓东`); after one they are
    // the headline's second line (`…常务委员会` / `任免名单`).
    let compound = |name: &str| rules.compound_surnames.iter().any(|c| name.starts_with(c.as_str()));
    let is_name = |name: &str| {
        ((2..=3).contains(&len(name)) || (len(name) == 4 && compound(name)))
            && name.chars().all(super::text::is_han)
            && name.chars().next().is_some_and(|c| rules.surname_rank(c).is_some())
    };
    for i in 1..n.saturating_sub(1) {
        let name: String = owned[i].text.chars().filter(|c| !c.is_whitespace()).collect();
        // (`春天的几种写法（组诗）` / `林　溪` / `惊蛰` over its stanza: a group
        // of poems, each under its own title.)
        let next_ok = match owned[i + 1].kind {
            Kind::Body | Kind::Verse => true,
            Kind::Heading => {
                super::text::numeral(owned[i + 1].text.trim()).is_some()
                    || owned.get(i + 2).is_some_and(|q| q.kind == Kind::Verse)
            }
            _ => false,
        };
        if owned[i].kind != Kind::Heading || !is_head(&owned[i - 1]) || !next_ok {
            continue;
        }
        // (`王建国　刘晓燕`: two or three writers, each name set apart, none
        // of them a word of the dictionary as `高质量　发展` are.)
        let names = if is_name(&name) {
            vec![name]
        } else {
            let parts: Vec<String> = owned[i].text.split_whitespace().map(str::to_string).collect();
            let all_names = parts.iter().all(|p| is_name(p) && !super::topic::is_dictionary_word(p))
                && (2..=3).contains(&parts.len());
            if !all_names {
                continue;
            }
            parts
        };
        // (A note on the writer, `作者简介：…`, names them of course.)
        if !owned[i + 1..].iter().take(6).any(|q| {
            q.kind == Kind::Body
                && names.iter().any(|name| q.text.contains(name.as_str()))
                && !super::is_writer_box(&q.text)
        }) {
            owned[i].kind = Kind::Byline(Credits { reporters: names, ..Credits::default() });
        }
    }
    // `• Section two to resume in May` under a headline and over its byline
    // or lead: Nigerian papers set the decks as bullets. They are the
    // subtitle (the bullet kept to part them), not a list in the text.
    // (A fact box's label in capitals, `AT A GLANCE`, heads a list; a
    // caption's `LABEL:` under it is no dateline that opens a story.)
    for i in 0..n {
        let t = &owned[i].text;
        if owned[i].kind != Kind::Heading || is_cjk_text(t) || !t.chars().any(char::is_lowercase) {
            continue;
        }
        let e = (i + 1..n).find(|&k| !matches!(owned[k].kind, Kind::Item(_))).unwrap_or(n);
        let opens = |q: &Para| match q.kind {
            Kind::Byline(_) => true,
            Kind::Lead(..) => !is_colon_dateline(&q.text, rules) && !is_hyphen_dateline(&q.text, rules),
            _ => false,
        };
        if e > i + 1 && owned.get(e).is_some_and(opens) {
            for p in &mut owned[i + 1..e] {
                if let Kind::Item(t) = &p.kind {
                    p.text = format!("• {t}");
                    p.kind = Kind::Subtitle;
                }
            }
        }
    }
    // Under a `By NAME` line, the writer's e-mail, handle or phone, and the
    // paper the writer works for (`The Washington Post`: syndicated copy,
    // the paper named, no wire to credit), belong to the byline, not the
    // text; above a lead they would read as its headline.
    for i in 1..n {
        // (Not under a wire's sign-off: `NZME` over `COURT NEWS` ends a
        // story, and the head in a paper's word opens the next.)
        if matches!(owned[i - 1].kind, Kind::Byline(_))
            && !wire_signs_off_above(&owned, i - 1)
            && matches!(owned[i].kind, Kind::Body | Kind::Heading)
            && (is_contact_line(&owned[i].text)
                || ((is_publication(&owned[i].text) || super::header::is_paper_bureau(&owned[i].text))
                    && owned.get(i + 1).is_some_and(|q| !is_head(q)))
                || (matches!(&owned[i - 1].kind, Kind::Byline(c) if !c.reporters.is_empty())
                    && is_lower_case_role(&owned[i].text)))
        {
            owned[i].kind = Kind::Byline(Credits::default());
        }
        // `Story by X` over `Photos by Y`: the photographer's credit set
        // under the byline is part of it, and the text opens under both.
        if i + 1 < n
            && !is_cjk_text(&owned[i].text)
            && matches!(owned[i - 1].kind, Kind::Byline(_))
            && let Kind::Credit(c, CreditKind::Photo) = &owned[i].kind
            && !is_head(&owned[i + 1])
        {
            owned[i].kind = Kind::Byline(c.clone());
        }
    }
    // `Courtesy photo` over `Margaret Hart` over the next story's headline:
    // a mug shot's credit and its caption, the person's name; the caption
    // is the piece above's, never a kicker over the headline below.
    // `Ronald Atkinson` alone under the last paragraph of a story that
    // names him, over the next story's headline: a mug shot's caption with
    // no credit; the name the story speaks of is no kicker of the next.
    // (So is `Liam Parkes was jailed for two years`, a caption opening on
    // the name.)
    for i in 1..n.saturating_sub(1) {
        if owned[i].kind == Kind::Heading
            && owned[i + 1].kind == Kind::Heading
            && ((is_mug_shot_name(&owned[i].text) && matches!(owned[i - 1].kind, Kind::Credit(_, CreditKind::Photo)))
                || caption_naming_story(&owned, i))
        {
            owned[i].kind = Kind::Body;
        }
    }
    // `THE GLASSHOUSE YEARS` over `by Maggie O'Farrell` over `Faber,
    // £18.99, 320pp`: a review's facts about the book under review; its
    // author wrote the book, not the review, and neither line nor the
    // book's title in capitals heads a piece.
    for i in 0..n.saturating_sub(1) {
        if matches!(owned[i].kind, Kind::Byline(_))
            && owned[i].text.trim_start().starts_with("by ")
            && is_book_facts(&owned[i + 1].text)
        {
            owned[i].kind = Kind::Body;
            owned[i + 1].kind = Kind::Body;
            if i >= 2
                && owned[i - 1].kind == Kind::Heading
                && !owned[i - 1].text.chars().any(char::is_lowercase)
                && owned[i - 2].kind == Kind::Body
            {
                owned[i - 1].kind = Kind::Body;
            }
        }
    }
    // `《大河村庄》` over `作者：李庆丰`, `出版社：河南文艺出版社`, `定价：68.00元`:
    // a review's block of facts about the book under review, a line each.
    // The book's author wrote no review, and no line of it heads a piece.
    // The block is kept as printed, its lines one set of lines (as lines,
    // not a short line over a byline, its last is no headline).
    let mut i = 0;
    while i + 2 < owned.len() {
        let t = owned[i].text.trim().to_string();
        let fields = owned[i + 1..].iter().take_while(|q| is_book_fact_field(&q.text)).count();
        // (`书名：《故乡的河》` over the same fields: the title a field too.)
        let titled = t.split_once(['：', ':']).is_some_and(|(l, v)| l.trim() == "书名" && v.trim().starts_with('《'));
        if (titled || (t.starts_with('《') && t.ends_with('》') && t.matches('《').count() == 1)) && fields >= 2 {
            let text = owned[i..=i + fields].iter().map(|q| q.text.trim()).collect::<Vec<_>>().join("\n");
            owned[i] = Para { text, kind: Kind::Verse, ..owned[i].clone() };
            owned.drain(i + 1..=i + fields);
            // (Set between the headline and the reviewer's byline, it is read
            // after the byline, as the review's first lines.)
            if i > 0 && is_head(&owned[i - 1]) && owned.get(i + 1).is_some_and(|q| matches!(q.kind, Kind::Byline(_))) {
                owned.swap(i, i + 1);
                i += 1;
            }
        } else if is_head(&owned[i])
            // (`《人工智能简史》` over `刘思远 著／科学出版社／定价72元`: a new
            // book's notice, the facts on one line under the title, its subtitle.)
            && t.starts_with('《')
            && t.ends_with('》')
            && owned[i + 1].kind == Kind::Heading
            && is_book_facts_line(&owned[i + 1].text)
        {
            owned[i + 1].kind = Kind::Subtitle;
        } else if is_head(&owned[i]) && is_chart_label(&t) {
            // (`收视榜` over `1.《繁花》 2.31%`: a chart's rows, each short
            // enough to read as a head, are its ranked items.)
            let mut k = i + 1;
            while k < owned.len() && is_bracketed(&owned[k].text) && len(&owned[k].text) <= 20 {
                k += 1;
            }
            while k < owned.len() && owned[k].kind == Kind::Heading && is_rank_row(&owned[k].text) {
                let item = strip_bullet(&owned[k].text).unwrap_or(owned[k].text.trim()).to_string();
                owned[k].kind = Kind::Item(item);
                k += 1;
            }
        }
        i += 1;
    }
    // `■数说` over `88.6%` and `流域国控断面优良水体比例`, `12.3%` and
    // `PM2.5浓度同比下降`: a box of figures, each a bare figure over the
    // words saying what it counts. Neither line heads anything: a figure
    // alone is no headline, nor are the words under it a subhead.
    for i in 0..owned.len() {
        if matches!(owned[i].kind, Kind::Heading | Kind::Body) && is_bare_figure(&owned[i].text) {
            owned[i].kind = Kind::Body;
            if let Some(q) = owned.get_mut(i + 1)
                && q.kind == Kind::Heading
                && len(&q.text) <= 24
                && !is_terminated(&q.text)
            {
                q.kind = Kind::Body;
            }
        }
    }
    // `leeliying@sph.com.sg` after a story's last sentence, before the next
    // headline or the page's end: the writer's address, set where the story
    // ends (Singapore, Malaysian and many US papers), not its last paragraph.
    // (After `write to the city:` an address is what the text points to.)
    // Two writers give two addresses, a line each; a caption with its
    // credit (`… on Sunday. ZOU HONG / CHINA DAILY`) may follow them.
    // (A profile's address, `Twitter.com/jdoe`, signs as an e-mail does; a
    // number alone may be an obituary's years.)
    let mailed = |p: &Para| {
        let profile = || {
            let lower = p.text.to_lowercase();
            [".com/", ".net/", ".app/"].iter().any(|d| lower.contains(d))
        };
        (p.text.contains('@') || profile()) && is_contact_line(&p.text)
    };
    // (The last paragraph each such address signs, by its line, with the
    // addresses: text under a feature's crossheads that ends on its writer's
    // address is the feature's.)
    let mut addressed: Vec<(usize, String)> = Vec::new();
    let mut k = 1;
    while k < owned.len() {
        let end = (k..owned.len()).find(|&j| !mailed(&owned[j])).unwrap_or(owned.len());
        // (`SEE HOME B2` between the last sentence and the address: the
        // jump line ends the text on this page, the address still signs it.)
        let last = (0..k).rev().find(|&j| owned[j].kind != Kind::Jump).unwrap_or(k - 1);
        // (A one-paragraph brief is its lead; a photo's credit alone on its
        // line, over its caption, may follow the address as a caption does.)
        if end > k
            && matches!(owned[last].kind, Kind::Body | Kind::Lead(..))
            && is_terminated(&owned[last].text)
            && !owned[last].text.trim_end().ends_with([':', '：'])
            && owned.get(end).is_none_or(|q| {
                is_head(q)
                    || matches!(q.kind, Kind::Credit(_, CreditKind::Photo))
                    || (q.kind == Kind::Body && strip_trailing_photo_credit(&q.text, rules).is_some())
            })
        {
            let addresses: Vec<String> = owned[k..end].iter().map(|p| p.text.to_lowercase()).collect();
            addressed.push((owned[last].no, addresses.join(" ")));
            owned.drain(k..end);
        } else {
            k += 1;
        }
    }
    // `Sr Philomena Nugent` under an obituary's headline, over `…following
    // the death of Sister Philomena Nugent, who taught…`: a bare name under
    // the head that the first paragraphs name again is whom the piece is
    // about, its deck, not its writer (no one writes their own name into
    // their lead).
    for i in 1..owned.len() {
        let Kind::Byline(c) = &owned[i].kind else { continue };
        let text = owned[i].text.trim();
        let bare = c.reporters.len() == 1
            && c.agency.is_none()
            && c.contributors.is_empty()
            && c.dateline.is_none()
            && !text.get(..3).is_some_and(|b| b.eq_ignore_ascii_case("by "))
            && !is_cjk_text(text)
            && (2..=4).contains(&word_count(text));
        if !bare || !is_head(&owned[i - 1]) {
            continue;
        }
        let words: Vec<&str> = c.reporters[0].split_whitespace().collect();
        if words.len() < 2 {
            continue;
        }
        let tail = words[words.len() - 2..].join(" ");
        let named = owned[i + 1..]
            .iter()
            .take_while(|q| !is_head(q))
            .filter(|q| matches!(q.kind, Kind::Body | Kind::Lead(..)))
            .take(3)
            .any(|q| q.text.contains(&tail));
        if named {
            owned[i].kind = Kind::Subtitle;
        }
    }
    let n = owned.len();
    // `报道：郑嘉欣` between a story's last sentence and the next headline:
    // the story above is signed at its end, as Singapore and Malaysia
    // papers do; it does not open the story below. (A byline in a box
    // marker, `□本报记者 王五`, is set above its headline by papers that box
    // them: it stays the next story's.)
    // Where the page's first boxed byline follows the text of a story that
    // has none (`…幸福圈。` over `□ 刘建国`), the page signs its pieces at
    // their end, as commentary pages do: its boxed bylines sign above too.
    let signs_at_end = owned
        .iter()
        .position(|q| matches!(q.kind, Kind::Byline(_)) && q.text.starts_with(BOX_MARKERS))
        .is_some_and(|b| {
            // (Only a byline naming no role, `□ 刘建国`: `□本报记者 X` over a
            // headline after an unsigned picture story is that headline's.)
            let roleless = !["记者", "通讯员", "本报", "文/", "图/", "摄"].iter().any(|w| owned[b].text.contains(w));
            roleless
                && b > 0
                && !owned[..b].iter().any(has_byline)
                && matches!(owned[b - 1].kind, Kind::Body)
                && is_terminated(&owned[b - 1].text)
                && owned[..b].iter().any(|q| q.kind == Kind::Heading)
        });
    // (`By SAM OKONJO` there is the next story's: English papers set `By`
    // over a story, never under one. Unless it is set tight under the last
    // line and apart from the headline below: `…aged 95.` / `By Declan
    // O'Reilly`, a blank line, `APPRECIATION`: an obituary page's tribute
    // signed at its end.)
    let opens_with_by = |t: &str| t.get(..3).is_some_and(|b| b.eq_ignore_ascii_case("by "));
    let by_signs_above =
        |owned: &[Para], i: usize| owned[i].no == owned[i - 1].no + 1 && owned[i + 1].no > owned[i].no + 1;
    // (Nor when the story above named its writers where it opened, `本报讯
    // （记者 陈志远）…`: `本报评论员` under it heads the commentary below.)
    let signed_above = |owned: &[Para], i: usize| {
        owned[..i].iter().rev().take_while(|q| !is_head(q)).any(|q| match &q.kind {
            Kind::Lead(c, _) | Kind::Byline(c) => !c.reporters.is_empty(),
            _ => false,
        })
    };
    // `■报道：林美玲` over `■摄影：陈志明` under a story's last sentence:
    // Malaysian papers box their end credits, each named by its work (Hong
    // Kong's sign a commentary `■文：楊志明`); they
    // sign the story above whatever follows (its photo's caption, the next
    // headline), as no byline over a story stands under text.
    // (`报道、摄影：黄慧敏`: one name for both works.)
    let work_labelled = |t: &str| {
        let t = t.trim_start_matches(BOX_MARKERS).trim_start();
        let t = ["报道、摄影", "报道/摄影", "报道／摄影"].iter().find_map(|w| t.strip_prefix(w)).map_or(t, |r| r);
        let t = t.trim_start();
        t.starts_with([':', '：'])
            || ["报道", "报导", "摄影", "采访", "撰文", "文字", "采写", "文"]
                .iter()
                .any(|w| t.strip_prefix(w).is_some_and(|r| r.trim_start().starts_with([':', '：'])))
    };
    // (Unboxed, two or more of them together, `报道：黄慧敏` over
    // `摄影：陈国强`, sign the story above too: a byline over a story is
    // one line, and no story's text opens under a photographer's credit.
    // So do two set on one line, `报道：林志明　摄影：陈国强`.)
    let credit_run = |owned: &[Para], i: usize| {
        owned[i..]
            .iter()
            .take_while(|q| matches!(q.kind, Kind::Byline(_)) && work_labelled(&q.text))
            .map(|q| if q.text.contains("摄影：") || q.text.contains("摄影:") { 2 } else { 1 })
            .sum::<usize>()
    };
    for i in 1..n {
        if matches!(owned[i].kind, Kind::Byline(_))
            && (owned[i].text.starts_with(BOX_MARKERS) || credit_run(&owned, i) >= 2)
            && work_labelled(&owned[i].text)
            && matches!(owned[i - 1].kind, Kind::Body | Kind::Lead(..))
            && is_terminated(&owned[i - 1].text)
        {
            let mut k = i;
            while k < n && work_labelled(&owned[k].text) {
                match &owned[k].kind {
                    Kind::Byline(c) if !c.names_no_one() => owned[k].kind = Kind::Credit(c.clone(), CreditKind::People),
                    _ => break,
                }
                k += 1;
            }
        }
    }
    // `新华社发` right over `前4个月我国货物贸易进出口情况`, a blank line
    // under that: the chart's or photo's own title set under its credit is
    // its caption, in the story above, and no kicker of the next headline.
    for i in 1..n.saturating_sub(1) {
        if matches!(owned[i - 1].kind, Kind::Credit(_, CreditKind::Photo))
            && owned[i].kind == Kind::Heading
            && is_cjk_text(&owned[i].text)
            && owned[i].no == owned[i - 1].no + 1
            && owned[i + 1].no > owned[i].no + 1
            && is_head(&owned[i + 1])
        {
            owned[i].kind = Kind::Body;
        }
    }
    // `Jackie Munro` alone on the line right under a story's last sentence,
    // over the next headline: Australian regional papers sign the story
    // above with the bare name at its end. (A kicker over that headline,
    // `Budget Blues`, is set apart from the text above by a blank line; a
    // letter's writer over the town, `Springfield`, or a notice's over the
    // post, `Township Secretary`, has no headline under the name.)
    // (Under it a label in capitals, `FAMILY NOTICES`, set apart by a
    // blank line while the name sits tight under the text: the name is the
    // text's last line, no head of what follows.)
    for i in 1..n.saturating_sub(1) {
        let next = owned[i + 1].text.trim();
        let apart_below = owned[i + 1].no > owned[i].no + 1;
        let headline = is_sentence_case(next)
            || (word_count(next) >= 3 && !next.chars().any(char::is_lowercase))
            || (apart_below && !next.chars().any(char::is_lowercase));
        if owned[i].kind == Kind::Heading
            && !is_cjk_text(&owned[i].text)
            && owned[i - 1].kind == Kind::Body
            && owned[i].no == owned[i - 1].no + 1
            && is_terminated(&owned[i - 1].text)
            && owned[i + 1].kind == Kind::Heading
            && headline
            && !signed_above(&owned, i)
            && let Some(reporters) = plain_names(&owned[i].text)
        {
            owned[i].kind = Kind::Credit(Credits { reporters, ..Credits::default() }, CreditKind::People);
        }
    }
    // `Kathleen Magramo` alone as the page's last line, under the finished
    // text of a story no byline signed above: the writer signing it at its
    // end, as a Hong Kong daily signs a brief (no headline ends a page
    // without its text).
    if n >= 3
        && let i = n - 1
        && matches!(owned[i].kind, Kind::Heading | Kind::Body)
        && !is_cjk_text(&owned[i].text)
        && owned[i - 1].kind == Kind::Body
        && is_terminated(&owned[i - 1].text)
        && (2..=3).contains(&word_count(&owned[i].text))
        && !signed_above(&owned, i)
        && owned[..i].iter().any(is_head)
        && let Some(reporters) = plain_names(&owned[i].text).filter(|r| r.len() == 1)
    {
        owned[i].kind = Kind::Credit(Credits { reporters, ..Credits::default() }, CreditKind::People);
    }
    for i in 1..n.saturating_sub(1) {
        // `■記者 陳嘉欣` over `…工地昨日情況。（資料圖片）`: a boxed byline
        // over a caption naming someone else (or no one) signs the story
        // above; a picture story's boxed byline is its photographer's, whom
        // the caption's credit names again.
        let boxed_over_caption = |c: &Credits| {
            is_cjk_photo_caption(&owned[i + 1], rules)
                && c.reporters.iter().chain(&c.contributors).all(|n| !owned[i + 1].text.contains(n.as_str()))
        };
        if let Kind::Byline(c) = &owned[i].kind
            && (signs_at_end || !owned[i].text.starts_with(BOX_MARKERS) || boxed_over_caption(c))
            && (!opens_with_by(&owned[i].text) || by_signs_above(&owned, i))
            && !signed_above(&owned, i)
            && matches!(owned[i - 1].kind, Kind::Body | Kind::Lead(..))
            && (is_terminated(&owned[i - 1].text) || is_closing_note(&owned[i - 1]))
            // (Over `（上接第一版）`, the jumped part of another story, it
            // signs the story above as it does over a headline.)
            && (is_head(&owned[i + 1])
                || is_cjk_photo_caption(&owned[i + 1], rules)
                || (owned[i + 1].kind == Kind::Jump && owned[i + 1].from.is_some() && owned[i + 1].to.is_none()))
            && (!c.reporters.is_empty() || !c.contributors.is_empty())
        {
            // (`記者 陳大文` over `…圖為區內現時仍以魚塘為主。（資料圖片）`: Hong
            // Kong papers sign under the text, over the story's photo.)
            owned[i].kind = Kind::Credit(c.clone(), CreditKind::People);
        } else if let Kind::Byline(c) = &owned[i].kind
            && c.reporters.is_empty()
            && c.agency.is_some()
            && !is_cjk_text(&owned[i].text)
            && matches!(owned[i - 1].kind, Kind::Body | Kind::Lead(..))
            && is_terminated(&owned[i - 1].text)
            && is_head(&owned[i + 1])
        {
            // `RNZ` under the last sentence: the wire the story above came
            // from, as New Zealand papers credit it at the end.
            owned[i].kind = Kind::Credit(c.clone(), CreditKind::Agency);
        }
    }
    // `据路透社6月16日报道，…` after a paragraph of text, no end credit
    // between: a roundup citing its next source, not a new story (a wire's
    // own lead says `电`).
    for i in 1..n {
        let cites = |t: &str| {
            let t = super::text::fold_traditional(t);
            (t.starts_with('据') || t.starts_with("另据"))
                && t.split_once(['，', ',']).is_some_and(|(lead, _)| lead.ends_with("报道") || lead.ends_with("消息"))
        };
        if matches!(owned[i].kind, Kind::Lead(..))
            && matches!(owned[i - 1].kind, Kind::Body | Kind::Lead(..))
            // (`…（陈晨编译）`: a bracketed credit closed the one before.)
            && !owned[i - 1].text.trim_end().ends_with(['）', ')'])
            && cites(&owned[i].text)
        {
            owned[i].kind = Kind::Body;
        }
    }
    // `MUMBAI: The court…` is a dateline only where a story opens (under its
    // heads or byline); elsewhere it is a speaker's name or a label.
    // Under the label of a classifieds box, a notice or the listings
    // (`FOR SALE: Firewood…`) it is a label too: those carry no datelines.
    for i in 0..n {
        // `Knicks: Host Boston on Friday night.` over `Heat: At Atlanta on
        // Saturday.`: short lines each opening on a name and a colon are a
        // box's entries (a game story's `UP NEXT`), no dateline: a story's
        // next paragraph never opens on a place and a colon again. Nor is
        // one under a listing's day (`Thursday` / `NBA: Lakers at Nuggets,
        // 10 p.m., TNT`).
        let entry = |q: &Para| {
            matches!(q.kind, Kind::Lead(..) | Kind::Body)
                && is_colon_dateline(&q.text, rules)
                && word_count(&q.text) <= 15
                && !is_cjk_text(&q.text)
        };
        // (`PUNE: The mayor took questions…` under the byline, over `RAO: We
        // will…`: a dateline in capitals opening the story, then a speaker.
        // `IPL: Mumbai Indians v Punjab Kings, 7.30 p.m.` over `Norway
        // Chess: Round 7, …` is a listing led by an initialism: an entry in
        // plain case under it says it is a box's.)
        let plain_label =
            |q: &Para| q.text.split_once(':').is_some_and(|(name, _)| name.chars().any(char::is_lowercase));
        // (`Hamilton Philharmonic: Beethoven's Ninth, …` over `Supercrawl
        // preview party: Friday 6 p.m., …`: a listing's next entry may be
        // labelled by no place's name, a few words before the colon.)
        let listed = |q: &Para| {
            matches!(q.kind, Kind::Lead(..) | Kind::Body)
                && !is_cjk_text(&q.text)
                && word_count(&q.text) <= 15
                && q.text.split_once(": ").is_some_and(|(label, _)| {
                    (1..=4).contains(&word_count(label))
                        && label.starts_with(char::is_uppercase)
                        && !label.contains(['.', ',', '"', '“'])
                })
        };
        let boxed_entries = i > 0
            && !matches!(owned[i - 1].kind, Kind::Byline(_))
            && (plain_label(&owned[i]) || owned.get(i + 1).is_some_and(plain_label))
            && owned.get(i + 1).is_some_and(|q| entry(q) || listed(q));
        let under_day = i > 0 && owned[i - 1].kind == Kind::Heading && is_day_heading(&owned[i - 1].text);
        if matches!(owned[i].kind, Kind::Lead(..)) && entry(&owned[i]) && (under_day || boxed_entries) {
            owned[i].kind = Kind::Body;
            continue;
        }
        // `CREW: Wilfried Nancy's club…` over `GUARDIANS: Right-hander…` over
        // `BROWNS: …`: a notes column's items, each run in on a name in
        // capitals, however long. Three or more in a row, no two alike (a
        // transcript's speakers come back) and none signed off (headless
        // briefs are): none of them is a dateline.
        let run_in = |q: &Para| {
            matches!(q.kind, Kind::Lead(..) | Kind::Body)
                && !is_cjk_text(&q.text)
                && is_colon_dateline(&q.text, rules)
                && q.text.split_once(':').is_some_and(|(h, _)| !h.chars().any(char::is_lowercase))
        };
        if matches!(owned[i].kind, Kind::Lead(..)) && run_in(&owned[i]) && (i == 0 || !run_in(&owned[i - 1])) {
            let k = owned[i..].iter().take_while(|q| run_in(q)).count();
            let heads: BTreeSet<&str> =
                owned[i..i + k].iter().filter_map(|q| q.text.split_once(':')).map(|(h, _)| h.trim()).collect();
            if k >= 3 && heads.len() == k && (i + 1..i + k).all(|j| !opens_headless_brief(&owned, j, rules)) {
                owned[i].kind = Kind::Body;
                continue;
            }
        }
        // `Dengue: 4 more die, 612 hospitalised` over a byline: a headline
        // naming its subject before a colon, no sentence, whether or not
        // a head is set above it (the page's first line has none).
        if matches!(owned[i].kind, Kind::Lead(..))
            && is_colon_dateline(&owned[i].text, rules)
            && len(&owned[i].text) <= 90
            && !is_terminated(&owned[i].text)
            && owned.get(i + 1).is_some_and(|q| matches!(q.kind, Kind::Byline(_)))
        {
            owned[i].kind = Kind::Heading;
            continue;
        }
        // `Sudan: UN warns of famine in Darfur` between a story's last
        // sentence and a paragraph of text: an unsigned story's headline
        // (a lead so cut would have been joined with the rest of it).
        if matches!(owned[i].kind, Kind::Lead(..))
            && is_colon_dateline(&owned[i].text, rules)
            && len(&owned[i].text) <= 90
            && !is_terminated(&owned[i].text)
            && !is_cjk_text(&owned[i].text)
            && owned[i]
                .text
                .split_once(':')
                .is_some_and(|(_, rest)| rest.trim_start().starts_with(char::is_uppercase) && word_count(rest) >= 4)
            // (A brief signed off with a dash, `… on Wednesday. —LEILANIE
            // ADRIANO`, is finished too.)
            && (i == 0
                || (owned[i - 1].kind == Kind::Body && is_terminated(without_dashed_sign_off(&owned[i - 1].text)))
                // (or a brief column's first, under its label: `WORLD BRIEFS`)
                || (is_head(&owned[i - 1]) && is_english_brief_label(&owned[i - 1].text)))
            && owned.get(i + 1).is_some_and(|q| {
                matches!(q.kind, Kind::Body | Kind::Lead(..))
                    && is_terminated(without_dashed_sign_off(&q.text))
                    && word_count(&q.text) >= 12
            })
        {
            owned[i].kind = Kind::Heading;
            continue;
        }
        let under_piece_label = || {
            owned[..i].iter().rev().take_while(|q| is_head(q)).any(|q| department(&q.text) == Some(Department::Piece))
        };
        if matches!(owned[i].kind, Kind::Lead(..))
            && i > 0
            && (!matches!(owned[i - 1].kind, Kind::Byline(_) | Kind::Heading | Kind::Subtitle) || under_piece_label())
            && (is_colon_dateline(&owned[i].text, rules) || is_hyphen_dateline(&owned[i].text, rules))
            && !opens_headless_brief(&owned, i, rules)
        {
            owned[i].kind = Kind::Body;
        }
    }
    // `ADVERTISEMENT` alone between two stories, over a headline and its
    // byline: where an ad sat, not the next story's kicker (an advertorial
    // under the label carries no staff byline).
    for i in 0..owned.len() {
        let heads = owned[i + 1..].iter().take_while(|q| is_head(q)).count();
        if is_head(&owned[i])
            && is_ad_marker(&owned[i].text)
            && heads >= 1
            && owned.get(i + 1 + heads).is_some_and(has_byline)
        {
            owned[i].kind = Kind::Jump;
        }
    }
    drop_pull_quotes(&mut owned);
    // `IF YOU GO` over `What: Summer reading kickoff carnival` / `When: …` /
    // `Where: …` under a story's last sentence: a fact box's fields, each a
    // label and its value. Short and unstopped, a field reads as a
    // headline, and the box's label as its kicker; they are the box's text.
    for i in 1..n {
        if !(is_head(&owned[i]) && is_caps_box_label(&owned[i].text) && after_finished_text(&owned, i)) {
            continue;
        }
        let fields = owned[i + 1..]
            .iter()
            .take_while(|q| matches!(q.kind, Kind::Body | Kind::Heading | Kind::Subtitle) && is_english_field(&q.text))
            .count();
        if fields >= 2 {
            for q in &mut owned[i + 1..=i + fields] {
                q.kind = Kind::Body;
            }
        }
    }
    // `Forever loved, Mom, Dad and family` under an in-memoriam verse: the
    // family signs its notice, in a phrase such notices close on; no
    // headline (it would take the next piece's as its deck).
    for i in 1..n {
        if is_head(&owned[i])
            && matches!(owned[i - 1].kind, Kind::Verse | Kind::Body)
            && is_memorial_sign_off(&owned[i].text)
        {
            owned[i].kind = Kind::Body;
        }
    }
    // `Send letters to letters@paper.co.uk. Letters should be…` right under
    // the letters' label, over the first letter's headline: the column's own
    // notice, dropped as it is under the last letter; the label heads the
    // letters, with no piece of its own.
    let notices: Vec<usize> = (1..n)
        .filter(|&i| {
            owned[i].kind == Kind::Body
                && is_letters_address(&owned[i].text)
                && is_head(&owned[i - 1])
                && under_letters_label(&owned, i)
                && owned.get(i + 1).is_some_and(is_head)
        })
        .collect();
    for i in notices.into_iter().rev() {
        owned.remove(i);
    }
    close_signed_pieces(&mut owned, rules);
    keep_qa_signatures(&mut owned, rules);
    // The same notice under the last letter's signature, at the column's
    // foot: no line of that letter.
    let feet: Vec<usize> = (1..owned.len())
        .filter(|&i| {
            owned[i].kind == Kind::Body
                && is_letters_address(&owned[i].text)
                && matches!(owned[i - 1].kind, Kind::Signature(_))
                && owned.get(i + 1).is_none_or(is_head)
        })
        .collect();
    for i in feet.into_iter().rev() {
        owned.remove(i);
    }
    let n = owned.len();
    for i in 1..n {
        // `暑期“托管班”乱象调查：` / `无证经营 收费不退` / `文/本报记者 陈静`: a
        // headline's first line ending on a colon, over its second and the
        // byline (it became a piece of its own).
        if i + 1 < n
            && owned[i - 1].kind == Kind::Body
            && is_cjk_text(&owned[i - 1].text)
            && owned[i - 1].text.ends_with(['：', ':'])
            && len(&owned[i - 1].text) <= 30
            && !has_inner_sentence_mark(&owned[i - 1].text)
            && owned[i].kind == Kind::Heading
            // (`春季过敏高发 专家提醒：` / `鼻炎患者别硬扛` / `——…` deck over the
            // lead: the deck may stand between.)
            && owned[i + 1..].iter().find(|q| q.kind != Kind::Subtitle).is_some_and(has_byline)
            && (i < 2 || is_head(&owned[i - 2]) || is_terminated(&owned[i - 2].text))
        {
            owned[i - 1].kind = Kind::Heading;
        }
        // (An English headline may run to three lines: `Why councils must be
        // allowed` / `to build the homes that the` / `country so badly needs
        // again` over `By Anna Morgan`, where a piece may start.)
        let long_english = || {
            !is_cjk_text(&owned[i - 1].text)
                && owned[i - 1].text.starts_with(char::is_uppercase)
                && is_headline_of_at_most(&owned[i - 1], 110)
                && (i < 2 || is_head(&owned[i - 2]) || is_terminated(&owned[i - 2].text))
        };
        if has_byline(&owned[i]) && (is_long_headline(&owned[i - 1]) || long_english()) {
            owned[i - 1].kind = Kind::Heading;
        }
        // `沪指缩量震荡 创业板指涨逾 1%` over `算力硬件…回落至1.07万亿元` over
        // `◎记者 王 晓`: a headline the export spaced around its figure (it
        // reads as a table's row) over its deck and the byline, at the
        // page's top or under a finished text.
        if i >= 2
            && has_byline(&owned[i])
            && owned[i - 1].kind == Kind::Heading
            && is_cjk_text(&owned[i - 2].text)
            && is_long_headline(&owned[i - 2])
            && super::repair::is_data_row(&owned[i - 2].text)
            && (i < 3 || is_head(&owned[i - 3]) || is_terminated(&owned[i - 3].text))
        {
            owned[i - 2].kind = Kind::Heading;
        }
        // `老旧小区加装电梯…` / `低层住户反对、资金分摊难……` / `全媒体记者 张楠`:
        // a deck trailing off in an ellipsis between the headline and the
        // byline is the subtitle, not the story's first paragraph.
        if i >= 2
            && matches!(owned[i].kind, Kind::Byline(_))
            && owned[i - 1].kind == Kind::Body
            && is_head(&owned[i - 2])
            && is_cjk_text(&owned[i - 1].text)
            && owned[i - 1].text.ends_with(['…', '⋯'])
            && len(&owned[i - 1].text) <= 40
            && !owned[i - 1].text.contains(['。', '！', '？'])
        {
            owned[i - 1].kind = Kind::Subtitle;
        }
    }
    // `A Hamlet who is mostly tired…` / `★★★★☆` / `Stratford Festival, …
    // Until Oct. 24. Tickets $45–$165.` / `By Kelly Nakamura`: a review's
    // rating, and the details line under it, are part of its head.
    for i in 1..n {
        // (The details line set under the rating after it: `★★★★` /
        // `"Title" by Author (Press, 312 pages, $27)` / `Reviewed by X`,
        // the line unpunctuated like a headline.)
        let details_over_byline = |q: &Para| {
            matches!(q.kind, Kind::Body | Kind::Heading) && word_count(&q.text) <= 30 && !is_caps_label(&q.text)
        };
        // (Or the rating under the details line: `"Title" (R, 1 hr. 58 min.)`
        // / `★★★☆` / `By X`.)
        if i >= 2
            && matches!(owned[i].kind, Kind::Body | Kind::Heading)
            && is_star_rating(&owned[i].text)
            && owned[i - 1].kind == Kind::Body
            && word_count(&owned[i - 1].text) <= 30
            && is_head(&owned[i - 2])
            && owned.get(i + 1).is_some_and(has_byline)
        {
            owned[i - 1].kind = Kind::Subtitle;
            owned[i].kind = Kind::Subtitle;
            continue;
        }
        if owned[i].kind == Kind::Body && is_star_rating(&owned[i].text) && is_head(&owned[i - 1]) {
            let details =
                owned.get(i + 1).is_some_and(|q| details_over_byline(q) && owned.get(i + 2).is_some_and(has_byline));
            if owned.get(i + 1).is_some_and(has_byline) || details {
                owned[i].kind = Kind::Subtitle;
            }
            if details {
                owned[i + 1].kind = Kind::Subtitle;
            }
        }
    }
    // `Reviewed by Nora Kell` over `"The Brennans" by Paul Ashe (Harbor
    // Press, 312 pages, $27)`: the book's details under the review's byline,
    // unpunctuated as a head is, are the review's text, no crosshead.
    for i in 1..n {
        if owned[i].kind == Kind::Heading && has_byline(&owned[i - 1]) && is_book_details(&owned[i].text) {
            owned[i].kind = Kind::Body;
        }
    }
    // `Harold E. Voss Jr.` over `Aug. 19, 1949 – June 6, 2024`: an
    // obituary's name over the years of the life is its headline, however
    // it reads alone (a name, or text ending `Jr.`).
    for i in 0..owned.len().saturating_sub(1) {
        if matches!(owned[i].kind, Kind::Body | Kind::Byline(_))
            && !is_cjk_text(&owned[i].text)
            && word_count(&owned[i].text) <= 6
            && is_life_dates(&owned[i + 1].text)
        {
            owned[i].kind = Kind::Heading;
        }
        // (`(1938-2026)` in brackets reads as a note of the text; under the
        // name it is the same line of the head as `1938 – 2026` unbracketed.)
        if owned[i].kind == Kind::Heading && owned[i + 1].kind == Kind::Body && is_life_dates(&owned[i + 1].text) {
            owned[i + 1].kind = Kind::Subtitle;
        }
    }
    // `Rachel Okonjo is the Chronicle's economics commentator` closing her
    // column, unpunctuated as house style sets it: the writer's note, text
    // of her piece, not the next one's headline.
    let mut writers: Vec<String> = Vec::new();
    for p in owned.iter_mut() {
        match &p.kind {
            Kind::Byline(c) | Kind::Lead(c, _) => writers.extend(c.reporters.iter().cloned()),
            Kind::Heading if !is_cjk_text(&p.text) && is_writer_note(p.text.trim(), &writers) => p.kind = Kind::Body,
            _ => {}
        }
    }
    let paras = &owned[..];
    let mut starts: BTreeSet<usize> = BTreeSet::new();
    starts.insert(0);
    // Anchors: the paragraph carrying an article's byline, by start.
    let mut anchored: Vec<(usize, usize)> = Vec::new();
    for i in 0..n {
        let p = &paras[i];
        if has_byline(p) {
            // A lead right after its own byline line belongs to that article.
            if i > 0 && matches!(paras[i - 1].kind, Kind::Byline(_)) {
                continue;
            }
            // `Reporter: Siobhán Geraghty` under a story's last paragraph
            // signs it off; the headline under it heads the next piece.
            if is_sign_off(paras, i) {
                if paras.get(i + 1).is_some_and(is_head) {
                    starts.insert(i + 1);
                }
                continue;
            }
            // `记者 韩晓东` under the first paragraph of a headed story, over
            // the rest of it: a market page sets the writer after the lead.
            // The byline is that story's, not one of a headless piece.
            if byline_under_lead(paras, i) {
                let s = heads_start(paras, i - 1);
                starts.insert(s);
                anchored.push((s, i));
                continue;
            }
            // `REUTERS` under a story's last sentence, over a caption ending
            // on its own credit (`… PHOTO: AFP`): the wire signing the story
            // off, not the byline of a piece the caption would open.
            if wire_signs_off_above(paras, i)
                && paras.get(i + 1).is_some_and(|q| q.kind == Kind::Body && is_credited_caption(q, rules))
            {
                continue;
            }
            let s = heads_start(paras, i);
            starts.insert(s);
            anchored.push((s, i));
            // `本报讯（记者 王蕾）…出发。（完）`: a story of one paragraph,
            // its lead, ends at its end mark as a longer one does.
            if p.ended
                && matches!(p.kind, Kind::Lead(..))
                && paras.get(i + 1).is_some_and(|q| matches!(q.kind, Kind::Body | Kind::Heading | Kind::Subtitle))
                && !is_caption(paras, i + 1)
            {
                starts.insert(after_closing_notes(paras, i + 1));
            }
        } else if p.kind == Kind::Heading
            && i > 0
            && paras[i - 1].kind == Kind::Verse
            && is_cjk_text(&p.text)
            // (A poem whole under its head, no stanza quoted in a story's prose.)
            && (0..i)
                .rev()
                .find(|&k| !matches!(paras[k].kind, Kind::Verse | Kind::Byline(_)))
                .is_none_or(|k| is_head(&paras[k]))
            && paras[i..]
                .iter()
                .find(|q| !is_head(q))
                .is_some_and(|q| matches!(q.kind, Kind::Body | Kind::Lead(..)) && is_cjk_text(text_of(q)))
        {
            // `随笔` / `读书的滋味` over prose, under a poem's last stanza: the
            // next piece's head (a poem's own subheads head stanzas), though
            // that essay is signed at its end, with no byline to anchor it.
            starts.insert(i);
        } else if matches!(p.kind, Kind::Subtitle) && i > 0 && matches!(paras[i - 1].kind, Kind::Heading) {
            starts.insert(heads_start(paras, i));
        } else if p.kind == Kind::Heading
            && len(p.text.trim()) <= 6
            && is_cjk_text(&p.text)
            && after_finished_text(paras, i)
            && paras.get(i + 1).is_some_and(|q| is_whole_quotation(&q.text))
            && paras.get(i + 2).is_some_and(|q| is_quote_attribution(&q.text, rules))
        {
            // `声音` over `“要把更多资源投向基础研究。”` over `——全国人大代表
            // 张　强`, under a story's last paragraph: a box of quotes, each
            // attributed below it, a piece of its own, not the story's subhead.
            starts.insert(i);
        } else if p.kind == Kind::Heading
            && is_cjk_text(&p.text)
            && after_finished_text(paras, i)
            && since_last_head(paras, i).iter().any(has_byline)
            && signed_at_its_end(paras, i)
            && (paras.get(i + 1).is_some_and(is_head)
                || (i >= 2 && matches!(paras[i - 2].kind, Kind::Credit(_, CreditKind::Photo))))
        {
            // `晚报帮办` / `小区路灯坏了两个月没人修` / a reader's complaint and
            // the paper's follow-up / `（记者 沈佳）`, under a story that
            // opened on its own byline: text signed at its end under a label
            // and a headline, or under one after the story's photo and
            // caption, is a piece of its own. (A crosshead alone under text
            // may head the story's last part, which a writer may sign again.)
            starts.insert(heads_start(paras, i));
        } else if p.kind == Kind::Heading
            && is_cjk_text(&p.text)
            && after_finished_text(paras, i)
            && paras.get(i + 1).is_some_and(|q| matches!(q.kind, Kind::Credit(_, CreditKind::Photo)))
            && paras.get(i + 2).is_some_and(|q| q.kind == Kind::Body && is_terminated(&q.text))
        {
            // `玄武湖畔晨练忙` over `本报记者 万程鹏 摄` over its caption, under
            // a story's last paragraph: a photo story headed by its
            // photographer's credit, a piece of its own.
            starts.insert(heads_start(paras, i));
        } else if p.kind == Kind::Heading
            && after_finished_text(paras, i)
            && paras.get(i + 1).is_some_and(|q| q.kind == Kind::Body && is_posted_speaker_line(&q.text, rules))
            && paras.get(i + 2).is_some_and(is_head)
        {
            // `代表委员建言` over `全国人大代表、…院长　孙宏伟：` over the
            // suggestion's headline, under a story's last paragraph: a column
            // of what delegates propose, a piece of its own, not the story's
            // subhead.
            starts.insert(i);
        } else if p.ended
            && i + 1 < n
            && matches!(paras[i + 1].kind, Kind::Body | Kind::Heading | Kind::Subtitle)
            && !is_caption(paras, i + 1)
        {
            // `（完）` ends the wire story: what follows is the next piece,
            // even when its headline reads like text (`天文台：周后期有骤雨`).
            starts.insert(after_closing_notes(paras, i + 1));
        } else if p.kind == Kind::Body
            && is_cjk_text(&p.text)
            && paras.get(i + 1).is_some_and(|q| q.kind == Kind::Heading && is_cjk_text(&q.text))
            && paras.get(i + 2).is_some_and(|q| matches!(q.kind, Kind::Body | Kind::Lead(..)))
            && !is_caption(paras, i + 1)
            && closes_with_credit(&p.text, rules)
        {
            // `…（市中心医院甲状腺外科 刘敏）`, `…（中央社）` over a headline
            // over text: the author or source in brackets closes a story, a
            // crosshead never follows one; the headline heads the next piece.
            starts.insert(i + 1);
        } else if p.kind == Kind::Body
            && is_source_note(p.text.trim().trim_start_matches(['(', '（']).trim_end_matches([')', '）']))
            && paras.get(i + 1).is_some_and(|q| q.kind == Kind::Heading)
            && since_last_head(paras, i).iter().all(|q| q.kind == Kind::Table)
            && i > 0
            && paras[i - 1].kind == Kind::Table
        {
            // `沪深两市主要指数收盘` over its table and `（数据来源：Wind）`: a
            // table standing alone under its headline ends at its source; the
            // headline under it heads the next piece, not a section of the
            // table.
            starts.insert(i + 1);
        } else if p.kind == Kind::Jump
            && p.to.is_some()
            && paras.get(i + 1).is_some_and(|q| q.kind == Kind::Body)
            && paras.get(i + 2).is_some_and(|q| matches!(q.kind, Kind::Credit(_, CreditKind::Photo)))
            // (A caption naming someone by the full name the story above
            // used, `Sheriff Ron Tate speaks…`, is that story's picture.)
            && !names_in_full_again(&paras[piece_start(&starts, i)..i], &paras[i + 1].text)
            // (Nor one showing what the story is about, in its words:
            // `Students arrive at Valley High School…` under a story on the
            // high school's hours.)
            && !shares_story_words(&paras[piece_start(&starts, i)..i], &paras[i + 1].text)
        {
            // `SEE TOP OF THE NEWS A3` over a caption and its photo's credit:
            // the story went on elsewhere; the picture under it is its own.
            starts.insert(i + 1);
        } else if (p.kind == Kind::Jump || (p.kind == Kind::Body && !is_cjk_text(&p.text)))
            && p.to.is_some()
            && paras.get(i + 1).is_some_and(is_head)
            && paras[i + 1..]
                .iter()
                .find(|q| !is_head(q))
                .is_some_and(|q| matches!(q.kind, Kind::Body | Kind::Lead(..)))
        {
            // `Continued on page 7`: the rest of the story is on that page;
            // (also at the end of its last paragraph: `… mid-2030s. SEE WORLD
            // A12`) a headline over text under the jump line heads another piece
            // (a picture story set below it), not a crosshead of the story.
            // (A fact box, `AT A GLANCE` over its items, is the story's.)
            starts.insert(i + 1);
        } else if p.kind == Kind::Jump
            && p.from.is_some()
            && i > 0
            && !is_head(&paras[i - 1])
            && paras.get(i + 1).is_some_and(|q| is_head(q) || (q.kind == Kind::Verse && !is_cjk_text(&q.text)))
        {
            // `From Page B1` over `Softball` over text: the jump line set
            // above the jumped story's slug opens its second part (over a
            // stack of short lines too, a kicker and a broken headline).
            starts.insert(i);
        } else if matches!(p.kind, Kind::Jump | Kind::Heading)
            && p.from.is_some()
            && i > 0
            && (matches!(paras[i - 1].kind, Kind::Body | Kind::Lead(..)) && is_terminated(&paras[i - 1].text)
                || matches!(paras[i - 1].kind, Kind::Table | Kind::Verse))
            && paras.get(i + 1).is_some_and(|q| q.kind == Kind::Body)
        {
            // `COUNCIL from Page 1` over text, under another story's last
            // paragraph (or under a box of rows, an index or a table): the
            // jumped story's second part starts there.
            starts.insert(i);
        } else if matches!(p.kind, Kind::Jump | Kind::Body) && p.from.is_some() && i > 0 && is_head(&paras[i - 1]) {
            // `Water rates` / `Continued from Page 1`: the jumped story's slug
            // heads its second part, wherever on the page it is set (also
            // over text opening `（上接第一版）`).
            starts.insert(heads_start(paras, i));
        } else if let Kind::Credit(_, k) = &p.kind
            && *k != CreditKind::Photo
            // (`Continued on A6` under the closing credit is still the
            // story's, and so is the caption under it.)
            && let i = past_jumps_on(paras, i + 1) - 1
            && i + 1 < n
            && !matches!(paras[i + 1].kind, Kind::Credit(..))
            // `Additional reporting by X` over `An artist's impression of …
            // IMAGE: HOUSING BOARD`: an English story's photo, captioned
            // under its closing credit, is still the story's (its credit on
            // a line of its own too: `AP PHOTO/ETIENNE LAURENT`).
            && !(!is_cjk_text(&paras[i + 1].text)
                && paras[i + 1].kind == Kind::Body
                && (is_credited_caption(&paras[i + 1], rules) || is_caption(paras, i + 1)))
            && !fact_box_at_foot(paras, i + 1)
        {
            // So is a Chinese one under the writer's name (`記者 陳大文`).
            // (`■摄影：陈志明` over `◢州行政议员展示样本。`: a marked caption.)
            let caption = (matches!(k, CreditKind::People)
                && (is_cjk_photo_caption(&paras[i + 1], rules)
                    || (paras[i + 1].kind == Kind::Body && has_caption_label(&paras[i + 1].text))
                    || under_photographer(paras, i)))
                || lone_caption_under_credit(paras, i + 1);
            starts.insert(after_closing_notes(paras, i + 1 + usize::from(caption)));
        } else if matches!(p.kind, Kind::Signature(_))
            && i + 1 < n
            && !matches!(paras[i + 1].kind, Kind::Signature(_))
            // (The column's `Send letters to …` under its last letter is no piece.)
            && !is_letters_address(&paras[i + 1].text)
            // (Nor is another letter on the same subject, under the same
            // headline, or the editor's note on the letter signed above.)
            && !opens_letter(&paras[i + 1].text)
            && !is_english_editors_note(&paras[i + 1].text)
        {
            starts.insert(after_closing_notes(paras, i + 1));
        } else if is_closing_note(p) && i + 1 < n && (is_head(&paras[i + 1]) || is_caption(paras, i + 1)) {
            // A photo's caption after an essay's closing note is no part of
            // it: the note ends the essay.
            starts.insert(i + 1);
        } else if i > 0
            && is_editors_note(p)
            && matches!(paras[i - 1].kind, Kind::Body | Kind::Lead(..) | Kind::Item(_) | Kind::Table | Kind::Credit(..))
            && note_above(paras, heads_after_note(paras, i)) == i
        {
            // Under another story's text, a note over a headline opens the
            // next story even when no byline anchors it.
            starts.insert(i);
        }
        // Under a photo's caption and its credit, a headline over text heads
        // the next story on an English page: a caption closes the story it
        // illustrates. (A crosshead of a word or three may follow a caption
        // set inside its story.) On a Chinese page, whose crossheads are no
        // shorter than its headlines, only a caption that is its piece's
        // first text: `…花期将持续至6月底。 京华晨报记者 陈佳 摄` over
        // `地铁19号线北太平庄站下月开通` is a photo of its own, and no story
        // has a crosshead before its first paragraph.
        if i > 0
            && p.kind == Kind::Heading
            && (if is_cjk_text(&p.text) {
                (piece_start(&starts, i - 1)..i - 1).all(|k| is_head(&paras[k]))
            } else {
                word_count(&p.text) >= 4
            })
            && is_credited_caption(&paras[i - 1], rules)
            && paras[i..].iter().find(|q| !is_head(q)).is_some_and(|q| matches!(q.kind, Kind::Body | Kind::Lead(..)))
        {
            starts.insert(i);
        }
        // A department's label starts its piece; a table's caption after a
        // story's text starts the box the table is set in.
        if is_head(p) && (i == 0 || !is_head(&paras[i - 1])) {
            let mut e = i;
            while e < n && is_head(&paras[e]) {
                e += 1;
            }
            // (Or its rows, set as lines, closing on their source: `US$1 =
            // S$1.3462` … `Source: MAS`.)
            // (Under a story's closing credit too: `Pictures: Kim Cessford`.)
            let after_text = |k: usize| matches!(paras[k].kind, Kind::Body | Kind::Lead(..));
            let boxed_table = i > 0
                && (after_text(i - 1)
                    || (i >= 2 && matches!(paras[i - 1].kind, Kind::Credit(..)) && after_text(i - 2)))
                && paras.get(e).is_some_and(|q| {
                    q.kind == Kind::Table
                        || (q.kind == Kind::Verse && q.text.lines().last().is_some_and(is_source_note))
                });
            if boxed_table {
                starts.insert(i);
                // (`数说东湖` over its figures, then `生态底色越来越“亮”` over
                // text: the box ends with its table; the head under it is
                // the next piece's, no subhead of the box.)
                // (`FIXTURES THIS WEEKEND` in capitals under a results table:
                // the next box's label, as English papers set one.)
                let caps_head =
                    |t: &str| !is_cjk_text(t) && !t.chars().any(char::is_lowercase) && (2..=5).contains(&word_count(t));
                if paras
                    .get(e + 1)
                    .is_some_and(|q| q.kind == Kind::Heading && (is_cjk_text(&q.text) || caps_head(&q.text)))
                    && paras.get(e + 2).is_some_and(|q| q.kind == Kind::Body)
                {
                    starts.insert(e + 1);
                }
            }
        }
        // (A corner of artworks under a finished piece, made above.)
        if i > 0
            && p.kind == Kind::Heading
            && paras[i - 1].kind == Kind::Body
            && is_terminated(&paras[i - 1].text)
            && paras.get(i + 1).is_some_and(|q| q.kind == Kind::Body && is_artwork_caption(&q.text))
        {
            starts.insert(i);
        }
        // An index box (its label over the lines made its list above) is a
        // piece of its own wherever it stands.
        if is_head(p) && is_teaser_label(&p.text) && paras.get(i + 1).is_some_and(|q| matches!(q.kind, Kind::Item(_))) {
            starts.insert(i);
            // (It ends with its list: what follows is no line of it.)
            if let Some(e) = (i + 1..paras.len()).find(|&k| !matches!(paras[k].kind, Kind::Item(_))) {
                starts.insert(e);
            }
        }
        // (A box of figures under its label in capitals, split off above,
        // is a piece of its own wherever it stands.)
        if i > 0
            && p.kind == Kind::Heading
            && is_caps_box_label(&p.text)
            && paras.get(i + 1).is_some_and(|q| {
                q.kind == Kind::Verse && is_figures_box(&q.text.lines().map(str::trim).collect::<Vec<_>>())
            })
        {
            starts.insert(i);
        }
        // (`INSIDE` over `Obituaries ..... A5`: its label kept among the
        // rows of the box, as an export sets an index of pages.)
        if i > 0 && matches!(p.kind, Kind::Table | Kind::Verse) && p.text.lines().next().is_some_and(is_teaser_label) {
            starts.insert(i);
        }
        // A label starts its piece even under a heading-like last line of
        // the piece before (`19:45 今日关注`, `联系电话：…`), but a label
        // right under another label is that one's second line.
        if is_head(p) && department(&p.text).is_some() && (i == 0 || department(&paras[i - 1].text).is_none()) {
            starts.insert(i);
        }
        // `票房榜` over `（7月3日—7月9日）` and its ranked rows: a chart's box
        // is a piece of its own wherever it stands, no subhead of the story
        // above (whose text runs in no table of ranks).
        // (It ends with its rows and their source, `数据来源：灯塔专业版`:
        // a headline under them heads the next piece.)
        if i > 0
            && p.kind == Kind::Heading
            && is_chart_label(&p.text)
            && let Some(t) =
                (i + 1..paras.len()).find(|&k| !(is_bracketed(&paras[k].text) && len(&paras[k].text) <= 20))
            && matches!(paras[t].kind, Kind::Table | Kind::Item(_) | Kind::Verse)
        {
            starts.insert(i);
            let mut e = (t..paras.len()).find(|&k| !matches!(paras[k].kind, Kind::Table | Kind::Item(_) | Kind::Verse));
            if let Some(k) = e
                && paras[k].kind == Kind::Body
                && is_source_note(&paras[k].text)
            {
                e = Some(k + 1);
            }
            if let Some(k) = e
                && paras.get(k).is_some_and(|q| q.kind == Kind::Heading)
            {
                starts.insert(k);
            }
        }
        // `法官说法`, `记者手记`: a comment box set under a story ends it, so
        // a headline after the box's text heads the next piece, signed or not.
        if i > 1
            && p.kind == Kind::Heading
            && paras[i - 1].kind == Kind::Body
            && is_terminated(&paras[i - 1].text)
            && paras.get(i + 1).is_some_and(|q| q.kind == Kind::Body)
            && let Some(label) = (0..i).rev().find(|&k| paras[k].kind != Kind::Body)
            && label > 0
            && paras[label].kind == Kind::Heading
            && is_comment_box_label(&paras[label].text)
        {
            starts.insert(i);
        }
        // `律师说法` / `预付式消费如何维权` / its text, then `维权提示` over a
        // list: a box of tips under a finished comment box is a box of its
        // own, no subhead of the first (a box runs in no subheads). (The
        // comment on a case, `法官提醒`, is the case box's own last part.)
        if i > 2
            && p.kind == Kind::Heading
            && is_tips_box_label(&p.text)
            && paras[i - 1].kind == Kind::Body
            && is_terminated(&paras[i - 1].text)
            && paras.get(i + 1).is_some_and(|q| matches!(q.kind, Kind::Body | Kind::Item(_)))
            && let Some(head) = (0..i).rev().find(|&k| paras[k].kind == Kind::Heading)
            && (is_comment_box_label(&paras[head].text)
                || head > 0 && paras[head - 1].kind == Kind::Heading && is_comment_box_label(&paras[head - 1].text))
        {
            starts.insert(i);
        }
        // `温馨提示` over `本版所刊招聘信息仅供参考…` at the page's foot: the
        // page's own notice, of the page and not of the story above it (a
        // story's tips box speaks of what the story is about).
        if i > 0
            && p.kind == Kind::Heading
            && is_tips_box_label(&p.text)
            && (1..=2).contains(&(n - i - 1))
            && paras[i + 1..].iter().all(|q| q.kind == Kind::Body)
            && ["本版", "本报", "本栏", "本刊", "以上"]
                .iter()
                .any(|w| paras[i + 1].text.trim_start_matches(['（', '(']).starts_with(w))
        {
            starts.insert(i);
        }
        // `以案说法` over a headline, under a finished text: a column's label
        // opens its piece, unsigned as its short items are. (A box's label
        // over a subhead, `新闻链接` / `什么是…？`, names no column.) So does
        // a comment box's label over a headline of the box's own (`记者手记`
        // / `十年“冷板凳”换来一次“升温”`): a sidebar, where the box's label
        // over its text alone closes the story it comments on.
        if i > 0
            && p.kind == Kind::Heading
            && (is_column_label(&p.text, rules)
                || is_editorial_label(&p.text)
                || is_comment_label(&p.text)
                || is_angle_label(&p.text)
                || is_genre_label(&p.text)
                || is_comment_box_label(&p.text))
            // (A credit closes the text above as its last sentence does:
            // `（通讯员 X 摄）` under a picture story.)
            && ((matches!(paras[i - 1].kind, Kind::Body | Kind::Lead(..)) && is_terminated(&paras[i - 1].text))
                || matches!(paras[i - 1].kind, Kind::Credit(..)))
            && paras.get(i + 1).is_some_and(|q| q.kind == Kind::Heading)
            // (A case box may open on its first field's label, `【案情】`.)
            && (paras.get(i + 2).is_some_and(|q| q.kind == Kind::Body)
                || (paras.get(i + 2).is_some_and(|q| q.kind == Kind::Heading && is_bracketed_label(&q.text))
                    && paras.get(i + 3).is_some_and(|q| q.kind == Kind::Body)))
        {
            starts.insert(i);
        }
        // `MARKETS AT A GLANCE` over its table and `Source: FactSet`, then
        // `MARKETS WRAP` over text: the box ends on its source note, and a
        // head under it heads the next piece (a story's subhead heads text).
        if i >= 3
            && p.kind == Kind::Heading
            && !is_cjk_text(&p.text)
            && paras[i - 1].kind == Kind::Body
            && is_source_note(&paras[i - 1].text)
            && paras[i - 2].kind == Kind::Table
            && is_head(&paras[i - 3])
            && paras.get(i + 1).is_some_and(|q| matches!(q.kind, Kind::Body | Kind::Lead(..)))
        {
            starts.insert(i);
        }
        // `TODAY ON TV` over `IPL: Mumbai Indians v Punjab Kings, 7.30 p.m.`,
        // under `Football: I-League 2 (Kalyani): …`: a label in capitals
        // between two boxes of short labelled entries heads the second box,
        // no subhead of the first (a story's text runs in no such labels).
        if i > 0
            && p.kind == Kind::Heading
            && !is_cjk_text(&p.text)
            && !p.text.chars().any(char::is_lowercase)
            && word_count(&p.text) <= 4
            && paras[i - 1].kind == Kind::Body
            && is_terminated(&paras[i - 1].text)
            && opens_on_entry_label(&paras[i - 1].text, 40)
            && paras
                .get(i + 1)
                .is_some_and(|q| matches!(q.kind, Kind::Body | Kind::Lead(..)) && opens_on_entry_label(&q.text, 20))
        {
            starts.insert(i);
        }
        // `政策解读` / `公积金新政有哪些变化？` over text, under a fact box's
        // table: a column's label and headline after the box, the next
        // piece's (a subhead under a table is one line).
        if i > 0
            && paras[i - 1].kind == Kind::Table
            && p.kind == Kind::Heading
            && is_cjk_text(&p.text)
            && (2..=8).contains(&len(bare_label(&p.text)))
            && paras.get(i + 1).is_some_and(|q| q.kind == Kind::Heading && is_cjk_text(&q.text))
            && paras.get(i + 2).is_some_and(|q| q.kind == Kind::Body)
        {
            starts.insert(i);
        }
        // `Library launches summer reading challenge` after a finished story,
        // over text: an English paper's unsigned story (briefs of a weekly),
        // its headline no crosshead (which runs a word or three). A brief of
        // one paragraph has the next headline, or the page's end, under it.
        // A label in plain case over it (`Politics`) opens the piece with it.
        let english_head = |h: usize, words: usize| {
            paras[h].kind == Kind::Heading
                && !is_cjk_text(&paras[h].text)
                && word_count(&paras[h].text) >= words
                && paras[h].text.starts_with(char::is_uppercase)
                && !paras[h].text.trim_end().ends_with([':', '?', '.'])
        };
        // (`Eagle Scout project brightens park` over `Submitted photo` over
        // its caption, a sentence, over the text: the story opens on its
        // photo, the credit set over the caption.)
        let photo_first = |h: usize| {
            paras.get(h + 1).is_some_and(|q| matches!(q.kind, Kind::Credit(_, CreditKind::Photo)))
                && paras
                    .get(h + 2)
                    .is_some_and(|q| q.kind == Kind::Body && is_terminated(&q.text) && word_count(&q.text) >= 6)
                && paras.get(h + 3).is_some_and(|q| q.kind == Kind::Body)
        };
        let unsigned_head = |h: usize| {
            english_head(h, 4)
                && (paras.get(h + 1).is_some_and(|q| q.kind == Kind::Body && !is_caption(paras, h + 1)) || photo_first(h))
                // (A photo's credit under text that is no caption is set
                // over its own: `Courtesy photo` over `Margaret Hart`.)
                && paras
                    .get(h + 2)
                    .is_none_or(|q| matches!(q.kind, Kind::Body | Kind::Heading | Kind::Credit(_, CreditKind::Photo)))
        };
        // `Tradie's ute torched` over `A TRADIE'S ute worth $80,000 was…`: a
        // tabloid opens each story on words in capitals, never the text
        // under a crosshead, so a short headline over such a lead is a story's.
        let caps_lead_head = |h: usize| {
            english_head(h, 2)
                && paras.get(h + 1).is_some_and(|q| {
                    // (Not `NASA said…`, `FBI agents…`: short capitals open
                    // ordinary paragraphs as acronyms.)
                    let long = q.text.split_whitespace().next().is_some_and(|w| w == "A" || w.len() >= 5);
                    q.kind == Kind::Body && opens_in_capitals(&q.text) && long
                })
        };
        // So does one in capitals (`FILM` over `Pixar sequel charms but
        // rarely surprises`, `WHAT'S ON` over `Kite Beach Cinema`): no
        // crosshead stands under a label, so the headline under it may be
        // as short as a listing's.
        // (A box's label may run longer, `TV PICK OF THE DAY` over the
        // programme's name: capitals still, letters only.)
        let caps_label = is_caps_label(&p.text) || (word_count(&p.text) >= 3 && is_caps_label_of_at_most(&p.text, 6));
        let labelled = p.kind == Kind::Heading
            && (super::header::is_plain_label(&p.text) || caps_label)
            // (`Libby Brooks` signing the brief above is no label.)
            && !is_plain_name(&p.text)
            && i + 1 < n
            && (unsigned_head(i + 1)
                || (caps_label
                    && english_head(i + 1, 2)
                    && paras.get(i + 2).is_some_and(|q| q.kind == Kind::Body && !is_caption(paras, i + 2))));
        // (Not in a column of briefs under its label, each headed; not under
        // a pull quote, whose speaker `Dr Nina Shenker, …` is set like one.)
        let in_briefs = || {
            let from = piece_start(&starts, i);
            (from..i).any(|k| {
                is_head(&paras[k]) && (is_english_brief_label(&paras[k].text) || department(&paras[k].text).is_some())
            })
        };
        // `屯門公路工程明起封線` / text / `將軍澳寵物公園下月開放` / text: a
        // column of unsigned briefs of one paragraph each, as Hong Kong and
        // Macau pages run them. A headline between two such pieces starts
        // the next (a subhead rarely has a piece of one paragraph on each
        // side, and runs shorter).
        let brief_of_one = |h: usize| {
            let mut e = h;
            while e < n && is_head(&paras[e]) {
                e += 1;
            }
            let one = |k: usize| {
                paras.get(k).is_some_and(|q| q.kind == Kind::Body && is_terminated(&q.text) && len(&q.text) >= 40)
            };
            // (A notice's signature, its issuer and date, over the next
            // notice's heading is no brief's head.)
            let dated = (h..e).any(|k| is_day_clause(paras[k].text.trim()));
            // (Its one paragraph may be signed under it: `本報記者報道`; so
            // signed, a story of a few paragraphs is one too.)
            let signed = |q: &Para| matches!(q.kind, Kind::Credit(..) | Kind::Byline(_));
            let closed = |q: &Para| is_head(q) || signed(q);
            let text_end = (e..n.min(e + 8)).find(|&k| paras[k].kind != Kind::Body).unwrap_or(n);
            let signed_story = text_end > e
                && (e..text_end).all(|k| is_terminated(&paras[k].text))
                && paras.get(text_end).is_some_and(signed);
            e > h && e - h <= 2 && !dated && ((one(e) && paras.get(e + 1).is_none_or(closed)) || signed_story)
        };
        // (Hong Kong and Macau only, in traditional characters: a feature in
        // simplified ones with a paragraph under each subhead is common.)
        let traditional = super::text::is_traditional;
        let cjk_brief = p.kind == Kind::Heading
            && i >= 2
            && is_cjk_text(&p.text)
            && (traditional(&p.text) || traditional(&paras[i - 1].text))
            && (8..=30).contains(&len(&p.text))
            && !p.text.trim_end().ends_with(['：', ':', '？', '?'])
            && !p
                .text
                .starts_with(['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '■', '●', '▲', '◆', '□'])
            && paras[i - 1].kind == Kind::Body
            && is_terminated(&paras[i - 1].text)
            && len(&paras[i - 1].text) >= 40
            && is_head(&paras[i - 2])
            && brief_of_one(i);
        let under_quote = |t: &str| t.starts_with(['“', '"']) && t.trim_end().ends_with(['”', '"']);
        let signed_piece = || signed_since(paras, piece_start(&starts, i), i);
        // `Cemetery cleanup set` over one paragraph (a brief's few sentences, not
        // a closing line) and the next headline or
        // the page's end, after a story of five paragraphs at most: a weekly's
        // brief (a crosshead stands in a longer story, with more of it under it).
        let brief_head = |h: usize| {
            english_head(h, 3)
                && paras.get(h + 1).is_some_and(|q| {
                    q.kind == Kind::Body
                        && word_count(&q.text) >= 15
                        && !is_caption(paras, h + 1)
                        && !is_figures_line(&q.text)
                })
                && paras.get(h + 2).is_none_or(is_head)
                && (piece_start(&starts, h)..h)
                    .filter(|&k| matches!(paras[k].kind, Kind::Body | Kind::Lead(..)))
                    .count()
                    <= 5
        };
        // `Plans for the new plant` over text, in a signed feature whose text
        // runs on, under such heads only, to its writer's address
        // (`mwilliams@dispatch.com` under Mark Williams's story): the
        // feature's crosshead, however many words it runs to.
        let signed_crosshead = |h: usize| {
            let from = piece_start(&starts, h);
            let surnames: Vec<String> = paras[from..h]
                .iter()
                .filter_map(|q| match &q.kind {
                    Kind::Byline(c) | Kind::Lead(c, _) => Some(c.reporters.iter()),
                    _ => None,
                })
                .flatten()
                // (`Lim Hui Min` signs `limhm@…`: a Chinese name puts the
                // surname first.)
                .flat_map(|r| [r.split_whitespace().next(), r.split_whitespace().last()])
                .flatten()
                .map(|w| w.chars().filter(|c| c.is_alphabetic()).collect::<String>().to_lowercase())
                .filter(|w| w.chars().count() >= 3)
                .collect();
            if surnames.is_empty() {
                return false;
            }
            let crosshead = |k: usize| {
                paras[k].kind == Kind::Heading
                    && !is_cjk_text(&paras[k].text)
                    && paras[k].text.chars().any(char::is_lowercase)
                    && word_count(&paras[k].text) <= 8
                    && paras.get(k + 1).is_some_and(|q| q.kind == Kind::Body)
            };
            // (A photo's credit and caption may stand between the last
            // paragraph and the address.)
            let mut k = h;
            while k < n
                && (paras[k].kind == Kind::Body
                    || crosshead(k)
                    || matches!(paras[k].kind, Kind::Credit(_, CreditKind::Photo)))
            {
                if paras[k].kind == Kind::Body
                    && let Some((_, mail)) = addressed.iter().find(|(no, _)| *no == paras[k].no)
                {
                    return surnames.iter().any(|s| mail.contains(s.as_str()));
                }
                k += 1;
            }
            false
        };
        // `Residents say repairs are long overdue` over `But many who
        // spoke…`, inside a signed story: text that refers back, as no
        // story's lead does, so the line over it is the story's crosshead
        // (its writer named at its top only).
        // So is one of six words at most over three paragraphs or more with
        // no dateline of their own, in a signed story that opened on its
        // dateline (`KINGSTON, Jamaica — …`): a daily's next story would
        // date its own, and a brief runs a paragraph or two.
        let referring_crosshead = |h: usize| {
            let from = piece_start(&starts, h);
            let datelined = || {
                word_count(&paras[h].text) <= 6
                    && paras[from..h].iter().any(|q| matches!(&q.kind, Kind::Lead(c, _) if c.dateline.is_some()))
                    && paras.get(h + 1).is_some_and(|q| !opens_in_capitals(&q.text))
                    && paras[h + 1..].iter().take(3).filter(|q| q.kind == Kind::Body).count() == 3
                    && names_again(&paras[from..h], &paras[h + 1..(h + 4).min(paras.len())])
            };
            // (`Lunch to be served daily` over `…` and `Marquez said…`, in a
            // story signed at its top where `superintendent Rhea Marquez`
            // spoke: the text under it quotes by surname alone someone the
            // story introduced, as a new story, introducing its own, does not.)
            let speaker_again = || {
                word_count(&paras[h].text) <= 6
                    && !is_terminated(&paras[h].text)
                    && paras[from..h].iter().filter(|q| q.kind == Kind::Body).count() >= 2
                    && paras.get(h + 1).is_some_and(|q| !opens_in_capitals(&q.text))
                    && {
                        let to = (h + 1..(h + 4).min(paras.len()))
                            .take_while(|&k| paras[k].kind == Kind::Body)
                            .last()
                            .map_or(h + 1, |k| k + 1);
                        quotes_by_surname(&paras[from..h], &paras[h + 1..to])
                    }
            };
            paras[h].kind == Kind::Heading
                && word_count(&paras[h].text) <= 10
                && paras[h].text.chars().any(char::is_lowercase)
                && paras.get(h + 1).is_some_and(|q| q.kind == Kind::Body)
                && signed_since(paras, from, h)
                && (opens_referring_back(&paras[h + 1].text) || datelined() || speaker_again())
        };
        if i > 0
            && (unsigned_head(i) || labelled || caps_lead_head(i) || brief_head(i))
            && !signed_crosshead(i)
            && !referring_crosshead(i)
            // (A one-paragraph story opening on its dateline, `MILO — …`, too.)
            && ((matches!(paras[i - 1].kind, Kind::Body | Kind::Lead(..)) && is_terminated(&paras[i - 1].text))
                // (So does an address no stop follows: `Listings are free.
                // Email whatson@paper.co.uk` closing a listings box. In a
                // signed story, `Details at www.council.gov.uk` may stand over
                // a crosshead.)
                || (paras[i - 1].kind == Kind::Body
                    && ends_with_address(&paras[i - 1].text)
                    && has_inner_sentence_mark(&paras[i - 1].text)
                    && !signed_piece())
                // (A caption closes the story it illustrates, `…at Dubai
                // Opera. Photo: Ahmed Ramzan/Gulf Tribune` over `WHAT'S ON`.)
                || (caps_label && is_credited_caption(&paras[i - 1], rules))
                // (So does a mug shot's name under the story that names him.)
                || (paras[i - 1].kind == Kind::Body && caption_naming_story(paras, i - 1)))
            && !is_cjk_text(&paras[i - 1].text)
            // (A quote closing an unsigned story, `…come back and see it."`,
            // is no pull quote: a signed feature's crosshead is what sits
            // under one.)
            && (!under_quote(&paras[i - 1].text) || !signed_piece())
            // (A story opening on its photo is no brief of a column or log.)
            && (!in_briefs() || (english_head(i, 4) && photo_first(i)))
        {
            starts.insert(i);
        }
        if cjk_brief {
            starts.insert(i);
        }
        // `日本一地发生5.9级地震` / `暂无人员伤亡报告` over text, under a signed
        // story's finished text: a headline and its 副题, the next story's
        // (a feature's subhead is one line; numbered ones run in order). So
        // is a headline over an editor's note (`编者按：…`) there.
        let cjk_head = |q: &Para| {
            matches!(q.kind, Kind::Heading | Kind::Subtitle)
                && is_cjk_text(&q.text)
                && !q.text.contains(['：', ':'])
                && !q.text.trim_start().starts_with([
                    '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '（', '(', '0', '1', '2', '3', '4',
                    '5', '6', '7', '8', '9',
                ])
                && department(&q.text).is_none()
                && !is_comment_box_label(&q.text)
        };
        // (`新闻链接`, `延伸阅读` over a subhead: a box's label, shorter than a headline.)
        let cjk_story_head = i > 0
            && p.kind == Kind::Heading
            && cjk_head(p)
            && len(&p.text) >= 7
            // (Nor a sentence the column cut: `他的指導老師、…科學` / `部主任…表示，`.)
            && !p.text.contains(['，', ',', '、'])
            && paras.get(i + 1).is_none_or(|q| !is_head(q) || !q.text.contains(['，', ',']))
            && matches!(paras[i - 1].kind, Kind::Body | Kind::Lead(..))
            && is_cjk_text(&paras[i - 1].text)
            && is_terminated(&paras[i - 1].text)
            && signed_since(paras, piece_start(&starts, i), i)
            && ((paras.get(i + 1).is_some_and(cjk_head)
                && paras.get(i + 2).is_some_and(|q| q.kind == Kind::Body && is_cjk_text(&q.text) && len(&q.text) >= 30))
                || paras.get(i + 1).is_some_and(is_editors_note));
        if cjk_story_head {
            starts.insert(i);
        }
        // `普法小课堂` / `租房押金不退怎么办？` over text, under the credited
        // caption that closes a signed story: a box's label and headline. A
        // story's crosshead is one line, and no caption sits over one.
        if i > 0
            && p.kind == Kind::Heading
            && cjk_head(p)
            && is_cjk_text(&paras[i - 1].text)
            && is_credited_caption(&paras[i - 1], rules)
            && signed_since(paras, piece_start(&starts, i), i)
            && paras.get(i + 1).is_some_and(|q| q.kind == Kind::Heading && cjk_head(q))
            && paras.get(i + 2).is_some_and(|q| q.kind == Kind::Body && is_cjk_text(&q.text))
        {
            starts.insert(i);
        }
        if opens_headless_brief(paras, i, rules) {
            starts.insert(i);
        }
        // `GPT-5来了，普通人怎么用？` over `据《科技日报》报道，…` under a signed
        // story's finished text: a story taken from another paper opens on
        // its source, as no subhead's paragraph does; so does one opening on
        // its reporter's day and source (`记者日前从市住建局获悉，…`).
        if i > 0
            && p.kind == Kind::Heading
            && is_cjk_text(&p.text)
            && !is_comment_box_label(&p.text)
            && department(&p.text).is_none()
            && matches!(paras[i - 1].kind, Kind::Body | Kind::Lead(..))
            && is_terminated(&paras[i - 1].text)
            && signed_since(paras, piece_start(&starts, i), i)
            && paras.get(i + 1).is_some_and(|q| {
                q.kind == Kind::Body && (opens_on_its_source(&q.text) || opens_on_reporters_day(&q.text))
            })
        {
            starts.insert(i);
        }
        // `Contributed` under a club's notes signs them off, as a name would:
        // the heading under it heads the next club's.
        if is_contributed_line(&p.text) && paras.get(i + 1).is_some_and(is_head) {
            starts.insert(i + 1);
        }
        // `Harold E. Voss Jr.` over `Aug. 19, 1949 – June 6, 2024`: an
        // obituary's name and life dates head the next obituary.
        if i > 0
            && p.kind == Kind::Heading
            && !is_cjk_text(&p.text)
            && paras.get(i + 1).is_some_and(|q| is_life_dates(&q.text))
            && matches!(paras[i - 1].kind, Kind::Body | Kind::Lead(..))
            && is_terminated(&paras[i - 1].text)
        {
            starts.insert(i);
        }
        // `5月份社会消费品零售总额同比增长5.1%` over text closed by
        // `（新华社北京6月17日电）` or `（据新华社）`, under a story signed at its
        // top: the wire's story is another piece, its headline no subhead.
        if matches!(p.kind, Kind::Body | Kind::Lead(..))
            && let Some(k) = (0..i).rev().find(|&k| paras[k].kind != Kind::Body)
            && paras[k].kind == Kind::Heading
            && (0..k)
                .rev()
                .find(|&j| !is_head(&paras[j]))
                .is_some_and(|j| matches!(paras[j].kind, Kind::Body | Kind::Lead(..)))
            && (0..k).any(|j| has_byline(&paras[j]))
            && strip_trailing_source(text_of(p), rules)
                .is_some_and(|(_, c)| c.agency.as_deref().is_some_and(|a| a != "本报"))
        {
            starts.insert(heads_start(paras, k));
        }
        // `…。（王磊 刘洋）` signs a brief off, `…。（据新华社）` names the
        // story's source: the heading after either heads the next.
        if matches!(p.kind, Kind::Body | Kind::Lead(..))
            && i + 2 < n
            && is_head(&paras[i + 1])
            && !fact_box_at_foot(paras, i + 1)
            && (strip_trailing_author(text_of(p), rules).is_some()
                || strip_trailing_source(text_of(p), rules).is_some())
        {
            starts.insert(i + 1);
        }
    }
    // `我国建成…测试区` over its text and `（科技日报北京6月17日电）` or
    // `（来源：新华社）` on a line of its own, under a story signed at its top
    // (`科技日报记者 王嘉`, `高　飞`): the wire or dispatch closes the headed
    // piece, not the signed story, whose subhead it would otherwise be.
    for j in 1..n {
        let Kind::Credit(c, k) = &paras[j].kind else { continue };
        if *k == CreditKind::Photo || (c.agency.is_none() && c.dateline.is_none()) || !c.reporters.is_empty() {
            continue;
        }
        let mut h = j;
        while h > 0 && paras[h - 1].kind == Kind::Body {
            h -= 1;
        }
        if h == j || h == 0 || !is_head(&paras[h - 1]) {
            continue;
        }
        let hs = heads_start(paras, h);
        let Some(&s0) = starts.range(..hs).next_back() else { continue };
        let above = &paras[s0..hs];
        let signed = above.iter().position(|q| matches!(&q.kind, Kind::Byline(b) if !b.reporters.is_empty()));
        if let Some(b) = signed
            && above[b + 1..].iter().any(|q| q.kind == Kind::Body)
            && !above[b + 1..].iter().any(|q| matches!(q.kind, Kind::Credit(..) | Kind::Lead(..)))
        {
            starts.insert(hs);
        }
    }
    // `本报评论员` signs a commentary, which carries no news photo: a
    // captioned photo after its text is a picture story of its own.
    for i in 1..n {
        if matches!(paras[i].kind, Kind::Body)
            && is_caption(paras, i)
            && paras[i - 1].kind == Kind::Body
            && is_terminated(&paras[i - 1].text)
            && let Some(k) = (0..i).rev().find(|&k| has_byline(&paras[k]) || is_head(&paras[k]))
            && matches!(paras[k].kind, Kind::Byline(_))
            && super::text::fold_traditional(&paras[k].text).contains("评论员")
        {
            starts.insert(i);
        }
    }
    // A picture page: `麦浪翻金 颗粒归仓` over a caption closed by its credit
    // (`（本报记者 韩磊 摄）`), then the next picture's title and caption.
    // Each titled picture is a piece of its own; so is a captioned picture
    // with no title after a piece that is only a picture.
    let caption = |k: usize| paras.get(k).is_some_and(|q| is_cjk_photo_caption(q, rules));
    for i in 1..n {
        if caption(i - 1)
            && paras[i].kind == Kind::Heading
            && !boxed(&paras[i].text)
            && caption(i + 1)
            && (paras.get(i + 2).is_none_or(|q| q.kind != Kind::Body) || caption(i + 2))
        {
            starts.insert(i);
        } else if caption(i) && caption(i - 1) {
            let from = piece_start(&starts, i);
            let text: Vec<usize> = (from..i).filter(|&k| !is_head(&paras[k])).collect();
            if text == [i - 1] {
                starts.insert(i);
            }
        }
    }
    // `OUR VIEW` over an editorial: the paper's unsigned view carries no
    // subheads, so the first headline over text after its text heads the
    // next piece (an op-ed or a column set under it). Nor do court listings
    // (`IN THE DOCK`): a headline under their last case heads a story.
    let mut editorial = false;
    for i in 0..n {
        let p = &paras[i];
        if is_head(p) && (i == 0 || !is_head(&paras[i - 1])) {
            if is_editorial_label(&p.text) || is_court_listing_label(&p.text) {
                editorial = true;
                continue;
            }
            if editorial
                && p.kind == Kind::Heading
                && paras[i - 1].kind == Kind::Body
                && is_terminated(&paras[i - 1].text)
                && paras[i..]
                    .iter()
                    .find(|q| !is_head(q))
                    .is_some_and(|q| matches!(q.kind, Kind::Body | Kind::Lead(..)))
            {
                starts.insert(i);
                editorial = false;
            }
        }
        if has_byline(p) || (is_head(p) && department(&p.text).is_some()) {
            editorial = false;
        }
    }
    // `荷风送香` over a caption and its `本报记者 张帆 摄` after a story's
    // text: a picture story of its own (a subhead heads text, not a photo).
    for i in 1..n.saturating_sub(2) {
        if paras[i].kind == Kind::Heading
            && is_cjk_text(&paras[i].text)
            && len(&paras[i].text) <= 12
            && !is_head(&paras[i - 1])
            && paras[i + 1].kind == Kind::Body
            && matches!(paras[i + 2].kind, Kind::Credit(_, CreditKind::Photo))
            && paras.get(i + 3).is_none_or(|q| !matches!(q.kind, Kind::Body))
        {
            starts.insert(i);
        }
    }
    // `…近视防控指导。（苗　苗）` over `6月17日，…收割机在麦田里作业。　本报记者
    // 张　伟　摄`: the author's signature closed the piece above, so the
    // credited caption under it is a photo of its own, not that piece's.
    // (The credit may be a line of its own: `记者 王海涛 摄` under the caption.)
    for i in 1..n {
        let own_credit = paras.get(i + 1).is_some_and(|q| matches!(q.kind, Kind::Credit(_, CreditKind::Photo)));
        if is_cjk_text(&paras[i].text)
            && (is_credited_caption(&paras[i], rules) || own_credit)
            && paras[i].kind == Kind::Body
            && paras[i - 1].kind == Kind::Body
            && strip_trailing_author(&paras[i - 1].text, rules).is_some()
            && paras.get(i + 1 + usize::from(own_credit)).is_none_or(is_head)
            // (`图为法官在巡回审判点调解纠纷。`: a caption pointing at its
            // picture from the story it illustrates; a photo of its own
            // reports when and where, as a brief does.)
            && !opens_on_picture_pointer(&paras[i].text)
        {
            starts.insert(i);
        }
    }
    // `B组积分榜` over its table, then `1月17日，中国队球员在比赛中庆祝进球。
    // 新华社发`: a table takes no photo; the credited caption under it is a
    // picture of its own.
    for i in 1..n {
        if paras[i].kind == Kind::Body
            && paras[i - 1].kind == Kind::Table
            && is_cjk_text(&paras[i].text)
            && is_credited_caption(&paras[i], rules)
            && paras.get(i + 1).is_none_or(is_head)
        {
            starts.insert(i);
        }
    }
    // `图片新闻` over `5月20日，…机器人模型。` / `本报记者　赵　鹏　摄` /
    // `日前，…农民抢抓晴好天气收割。` / `○李国庆　摄`: under a photo label,
    // each caption over its own credit is a picture of its own, titled by
    // its caption as the first is ([`label_photo_column`] gives it the label).
    for i in 2..n.saturating_sub(1) {
        if paras[i].kind == Kind::Body
            && is_cjk_text(&paras[i].text)
            && matches!(paras[i - 1].kind, Kind::Credit(_, CreditKind::Photo))
            && matches!(paras[i + 1].kind, Kind::Credit(_, CreditKind::Photo))
            && let Some(h) =
                (0..i).rev().find(|&k| !matches!(paras[k].kind, Kind::Body | Kind::Credit(_, CreditKind::Photo)))
            && paras[h].kind == Kind::Heading
            && is_photo_label(label_text(&paras[h].text))
        {
            starts.insert(i);
        }
    }
    // `Farmers warned of locust outbreak as spring nears` over `GRAIN growers
    // across …`: Australian and British papers open each story with its first
    // word in capitals, which no paragraph under a subhead does; a headline of
    // a headline's length over such an opening heads a story of its own
    // (after a story's text or the list of its fact box).
    for i in 1..n.saturating_sub(1) {
        if paras[i].kind == Kind::Heading
            && !is_cjk_text(&paras[i].text)
            && word_count(&paras[i].text) >= 5
            && match &paras[i - 1].kind {
                Kind::Body => is_terminated(&paras[i - 1].text),
                Kind::Item(_) => true,
                _ => false,
            }
            && paras[i + 1].kind == Kind::Body
            && opens_in_capitals(&paras[i + 1].text)
        {
            starts.insert(i);
        }
    }
    // A piece with its own closing credit inside an article that already has
    // a byline (a supplied notice after an agency story) starts at its heading.
    // So does a box signed in brackets at its end by someone the byline does
    // not name (`理论新书` over a book's notice closing `…。（理 文）`, under
    // an essay signed `■ 周晓峰`) when it ends the article.
    for &(s, anchor) in &anchored {
        let end = starts.range(s + 1..).next().copied().unwrap_or(n);
        let named = match &paras[anchor].kind {
            Kind::Byline(c) | Kind::Lead(c, _) => [&c.reporters[..], &c.contributors[..]].concat(),
            _ => Vec::new(),
        };
        let signed_last = |c: usize| {
            c + 1 == end
                && matches!(paras[c].kind, Kind::Body)
                && !named.is_empty()
                && strip_trailing_author(&paras[c].text, rules).is_some_and(|(_, other)| {
                    other.reporters.iter().chain(&other.contributors).all(|o| !named.contains(o))
                })
        };
        // (A credit naming someone the byline named closes the same story:
        // `文/本报记者 陈静` … `（本报记者 陈静 见习记者 孙悦）`; not one for
        // what was compiled apart, `（…医师 孙丽 解答 本报记者 王静怡 整理）`.)
        // (`（本文图片均由受访者提供）` speaks of the whole article: no piece of its own.)
        let of_this =
            |c: usize| ["本文", "文中"].iter().any(|w| paras[c].text.trim_start_matches(['（', '(']).starts_with(w));
        // (`Additional reporting by Emily Tsang` under a signed story's last
        // paragraph names who helped its writer: the same story's credit.)
        let adds_to_it = |c: usize| {
            let t = paras[c].text.trim_start_matches(['—', '–', '-', ' ']).to_lowercase();
            ["additional reporting", "with additional reporting", "additional writing", "with reporting by"]
                .iter()
                .any(|w| t.starts_with(w))
        };
        let others = |c: usize, cr: &Credits| {
            !of_this(c)
                && !adds_to_it(c)
                && (["整理", "解答", "口述", "供稿"].iter().any(|w| paras[c].text.contains(w))
                    || !cr.reporters.iter().chain(&cr.contributors).any(|o| named.contains(o)))
        };
        let Some(credit) = (anchor + 1..end).find(|&c| {
            matches!(&paras[c].kind, Kind::Credit(cr, k) if matches!(k, CreditKind::Org | CreditKind::People) && others(c, cr))
                || signed_last(c)
        }) else {
            continue;
        };
        // `（莎阿南3日讯）…` … `居民：等得很心急` … `报道：李伟明` / `摄影：黄家豪`:
        // a lead naming no one (its place and day, or the paper's own
        // `本报讯`) leaves its writer to the sign-off at the story's end, as
        // Malaysian papers and many mainland ones set it; one crosshead
        // between the two is no headline of a piece of its own.
        let unnamed = named.is_empty()
            && matches!(&paras[anchor].kind, Kind::Lead(c, _) if c.agency.as_deref().is_none_or(|a| a == "本报"));
        let sign_off = matches!(&paras[credit].kind, Kind::Credit(_, CreditKind::People))
            && !["整理", "解答", "口述", "供稿"].iter().any(|w| paras[credit].text.contains(w))
            && (credit + 1..end)
                .all(|c| matches!(paras[c].kind, Kind::Credit(..) | Kind::Byline(_)) || is_caption(paras, c));
        let single_head = |h: usize| !is_head(&paras[h - 1]) && !is_head(&paras[h + 1]);
        if let Some(h) = (anchor + 1..credit).rev().find(|&h| matches!(paras[h].kind, Kind::Heading))
            && !(unnamed && sign_off && single_head(h) && !(anchor + 1..h).any(|k| is_head(&paras[k])))
        {
            let mut t = h;
            while t > anchor + 1 && is_head(&paras[t - 1]) {
                t -= 1;
            }
            starts.insert(t);
        }
    }
    let collections = collection_pieces(paras);
    starts.extend(collections.iter().map(|&(j, _)| j));
    // `POLICE BLOTTER` over its note, then `Feb. 24` over the day's entries:
    // a day on a line of its own heads entries of the piece above.
    starts.retain(|&s| {
        s == 0
            || s >= n
            || !(paras[s].kind == Kind::Heading
                && is_day_heading(&paras[s].text)
                && paras.get(s + 1).is_some_and(|q| !is_head(q))
                && matches!(paras[s - 1].kind, Kind::Body | Kind::Lead(..)))
    });
    let starts: Vec<usize> = starts.into_iter().collect();
    let mut drafts: Vec<Draft> = Vec::new();
    // Per draft, the credit of who compiled it (`本报记者 郑华 整理`) when its
    // last paragraph is one: under a column's label, said once at its foot.
    let mut compiled: Vec<Option<Credits>> = Vec::new();
    for (k, &s) in starts.iter().enumerate() {
        let e = starts.get(k + 1).copied().unwrap_or(n);
        let mut range = &paras[s..e];
        // A column label after a supplied piece labels that piece.
        if let Some(prev) = drafts.last_mut()
            && prev.ended_with_org_credit
            && prev.kicker.is_none()
            && range.len() >= 3
            && matches!(range[0].kind, Kind::Heading)
            && matches!(range[1].kind, Kind::Heading)
            && is_column_label(&range[0].text, rules)
            // (`一线风采` over a headline, its deck and a byline line of its
            // own: a feature column's head, the label over the story under
            // it.)
            && !(range[1..].iter().take(4).any(|q| q.kind == Kind::Subtitle)
                && range[1..].iter().take(4).any(|q| matches!(q.kind, Kind::Byline(_))))
        {
            prev.kicker = Some(range[0].text.clone());
            range = &range[1..];
        }
        let mut draft = build_draft(range, rules);
        // A letter or obituary under its collection's label carries the label.
        // (`LOTTERY` over its numbers under the obituaries: a box of its own,
        // labelled in capitals over lines kept as set, is no item of the
        // column above.)
        let own_box = draft.title.as_deref().is_some_and(is_caps_box_label)
            && matches!(draft.blocks.first(), Some(Block::Verse(_) | Block::Pre(_)));
        if let Some(&(_, Some(label))) = collections.iter().find(|&&(j, _)| j == s)
            && draft.kicker.is_none()
            && !own_box
        {
            draft.kicker = Some(label_text(&paras[label].text).to_string());
        }
        // `ADVERTISEMENT` alone, where an ad sat (an export keeps the label,
        // not the ad): no article.
        let ad_label = draft.blocks.is_empty() && draft.title.as_deref().is_some_and(is_ad_marker);
        if ad_label {
            continue;
        }
        // `冰点周刊` over `编者按：…` and the story's headline: the note went
        // to the story it introduces, leaving the page's label above it alone,
        // no story of its own; it labels the story, as it would standing right
        // over its headline.
        if draft.kicker.is_none()
            && range.first().is_some_and(is_editors_note)
            && let Some(prev) = drafts.last()
            && prev.blocks.is_empty()
            && prev.kicker.is_none()
            && prev.subtitle.is_none()
            && prev.credits == Credits::default()
            && prev.continued_from.is_none()
            && prev.continued_to.is_none()
            && let Some(label) = drafts.pop().and_then(|p| p.title)
        {
            compiled.pop();
            draft.kicker = Some(label);
        }
        if draft.title.is_some() || !draft.blocks.is_empty() {
            compiled.push(range.last().and_then(compile_credit));
            drafts.push(draft);
        } else if let Some(prev) = drafts.last_mut() {
            // Only credits or jump lines: they close the previous article.
            if let (Some(c), Some(last)) = (range.last().and_then(compile_credit), compiled.last_mut()) {
                *last = Some(c);
            }
            prev.credits.merge(draft.credits);
            prev.continued_to = prev.continued_to.or(draft.continued_to);
        }
    }
    // `读者来信` over two letters, `本报记者 郑华 整理` under the last: the
    // column's compiler, named once at its foot, credits each of its pieces,
    // not the last alone.
    let mut k = 0;
    while k < drafts.len() {
        let label = drafts[k].kicker.clone().filter(|l| is_collection_label(l));
        let group = label
            .as_ref()
            .map_or(1, |l| drafts[k..].iter().take_while(|d| d.kicker.as_ref() == Some(l)).count().max(1));
        if group >= 2
            && let Some(Some(c)) = compiled.get(k + group - 1)
        {
            for d in &mut drafts[k..k + group - 1] {
                d.credits.merge(c.clone());
            }
        }
        k += group;
    }
    // `前两月全市外贸情况` over its rows, `数据来源：市海关` and `制图：孟凡`,
    // under the story that reports the same figures: the story's chart, no
    // piece of its own (a market table standing alone shares no figures
    // with the story over it).
    let mut k = 1;
    while k < drafts.len() {
        if is_chart_box(&drafts[k]) && shares_figures(&drafts[k - 1], &drafts[k]) {
            let chart = drafts.remove(k);
            drafts[k - 1].absorb(chart);
        } else {
            k += 1;
        }
    }
    if let Some(last) = drafts.last_mut() {
        // (`（《大河之书》，韩冬著，中州古籍出版社2025年12月出版）` under a
        // review: a note wholly in brackets is whole, however it ends.)
        let cut = match last.blocks.last() {
            Some(Block::Para(t)) | Some(Block::Item(t)) => {
                !is_terminated(t)
                    && is_running_text(t)
                    && !is_writer_note(t, &last.credits.reporters)
                    && !is_bracketed(t)
                    // (An index box's last line, `Sports ..... B1`, names a page.)
                    && !is_teaser_line(t)
                    // (`…電子郵件：udnfukan@udngroup.com`: a notice closing on
                    // the address to write to is whole.)
                    && !ends_with_address(t)
            }
            _ => false,
        };
        // (A notice or an advertisement under its label is display type,
        // whole however it ends.)
        let piece = last.title.as_deref().is_some_and(|t| department(t) == Some(Department::Piece));
        last.truncated = cut && last.continued_to.is_none() && !piece;
    }
    drafts
}

/// `会议现场`, `活动一角`, `比赛瞬间`: a photo's caption of a few characters
/// naming the scene shown; a column's label (`新闻现场`, `直击现场`) names
/// the kind of report instead.
fn is_scene_caption(text: &str) -> bool {
    const SCENES: &[&str] = &["现场", "一角", "掠影", "剪影", "瞬间", "场景", "合影", "留念", "实景", "全景"];
    const LABELS: &[&str] = &["新闻", "直击", "聚焦", "探访", "走进", "记者", "来自", "追踪"];
    let t = super::text::fold_traditional(text.trim());
    (4..=8).contains(&len(&t))
        && t.chars().all(super::text::is_han)
        && SCENES.iter().any(|e| t.ends_with(e))
        && !LABELS.iter().any(|l| t.starts_with(l))
}

/// A chart under its title: rows set as a table, with nothing but its
/// source note beside them, signed by no writer (its maker's `制图：X` at
/// most) and with no kicker, deck or jump.
fn is_chart_box(d: &Draft) -> bool {
    let rows = d.blocks.iter().filter(|b| matches!(b, Block::Pre(_))).count();
    d.title.is_some()
        && d.kicker.is_none()
        && d.subtitle.is_none()
        && d.continued_from.is_none()
        && d.continued_to.is_none()
        && d.credits.reporters.is_empty()
        && d.credits.agency.is_none()
        && rows == 1
        && d.blocks.iter().all(|b| match b {
            Block::Pre(_) => true,
            Block::Para(t) => is_source_note(t),
            _ => false,
        })
        // (Its source or maker named: a chart's, where a bare box of figures,
        // `【数据】` over its rows, may stand as a piece of its own.)
        && (d.blocks.len() >= 2 || !d.credits.contributors.is_empty())
}

/// Whether two of the figures in `chart`'s rows (`241.3`, `11.6%`, a
/// number of three digits or more) are in the text of `story`.
fn shares_figures(story: &Draft, chart: &Draft) -> bool {
    static FIGURE: OnceLock<Regex> = OnceLock::new();
    let figure = static_re(&FIGURE, r"\d+\.\d+|\d{3,}");
    let text: String = story
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Para(t) => Some(t.as_str()),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("\n");
    let mut found: Vec<&str> = Vec::new();
    for b in &chart.blocks {
        if let Block::Pre(rows) = b {
            for m in figure.find_iter(rows) {
                if !found.contains(&m.as_str()) && text.contains(m.as_str()) {
                    found.push(m.as_str());
                }
            }
        }
    }
    found.len() >= 2
}

/// `本报记者 郑华 整理`, `（记者 王静 整理）`: a credit line for who compiled
/// what is above it, its credits.
fn compile_credit(p: &Para) -> Option<Credits> {
    let t = p.text.trim().trim_start_matches(['（', '(']).trim_end_matches(['）', ')']).trim_end();
    match &p.kind {
        Kind::Credit(c, CreditKind::People) | Kind::Byline(c) if t.ends_with("整理") || t.ends_with("辑") => {
            Some(c.clone())
        }
        _ => None,
    }
}

/// `ADVERTISEMENT`, `— Advertising —`, `广告`: the label an export keeps
/// where an ad sat.
fn is_ad_marker(t: &str) -> bool {
    // (`ADVERTORIAL`: a paid piece's label, kept where it sat.)
    ["advertisement", "advertising", "advertorial", "sponsored content", "广告", "廣告"]
        .contains(&t.trim().trim_matches(['-', '–', '—', ' ']).to_lowercase().as_str())
}

/// `Thandeka Mokoena is a civil engineer and lecturer at the University of
/// Johannesburg`, `The writer is a former ambassador`: the note on who
/// wrote a column, which house style sets without a full stop; the column
/// ends there, it is not cut.
fn is_writer_note(t: &str, reporters: &[String]) -> bool {
    let rest = reporters
        .iter()
        .find_map(|r| t.strip_prefix(r.as_str()))
        .or_else(|| ["The writer", "The author", "the writer", "the author"].iter().find_map(|w| t.strip_prefix(w)));
    rest.is_some_and(|r| [" is ", " was ", " has ", " are ", " teaches ", " writes "].iter().any(|v| r.starts_with(v)))
}

/// The paragraphs above `i` back to the last head: the text of the piece
/// that `i` closes.
fn since_last_head(paras: &[Para], i: usize) -> &[Para] {
    &paras[(0..i).rev().find(|&k| is_head(&paras[k])).map_or(0, |k| k + 1)..i]
}

/// `摄影：陈国强` closing a story's end credits, over one short paragraph and
/// the next headline (or the page's end): that paragraph is the story's
/// photo's caption, which Malaysian papers set unmarked under the credits
/// (`赛扎丽娜（左3）巡视组屋区。`), not a story of its own.
fn under_photographer(paras: &[Para], i: usize) -> bool {
    let photo = |t: &str| {
        let t = super::text::fold_traditional(t.trim_start_matches(BOX_MARKERS).trim_start());
        // (`报道：林志明　摄影：陈国强`, `报道、摄影：黄慧敏`: the credit on one line.)
        t.split("摄影").skip(1).any(|r| r.trim_start().starts_with([':', '：']))
    };
    let run = paras[..=i].iter().rev().take_while(|q| matches!(q.kind, Kind::Credit(_, CreditKind::People)));
    let cap = |q: &Para| q.kind == Kind::Body && is_cjk_text(&q.text) && is_terminated(&q.text) && len(&q.text) <= 80;
    run.clone().any(|q| photo(&q.text)) && paras.get(i + 1).is_some_and(cap) && paras.get(i + 2).is_none_or(is_head)
}

/// `Margaret Hart` under `Courtesy photo`: the caption of a mug shot, the
/// person's name alone (two to four words in plain case).
fn is_mug_shot_name(text: &str) -> bool {
    !is_cjk_text(text) && (2..=4).contains(&word_count(text)) && is_plain_name(text.trim())
}

/// `Ronald Atkinson`, `Liam Parkes was jailed for two years` under the
/// finished text of a story that names him: the caption of his mug shot,
/// uncredited, which closes the story. (The name alone, or a short line
/// with no stop going on from it as a caption does, `was`, `with`,
/// `outside`: a headline on the same man, `Liam Parkes to appeal`, goes on
/// otherwise.)
fn caption_naming_story(paras: &[Para], j: usize) -> bool {
    const CAPTION_WORDS: &[&str] = &["was", "were", "with", "outside", "during", "pictured", "and", "at"];
    let t = paras[j].text.trim();
    let words: Vec<&str> = t.split_whitespace().collect();
    let goes_on_as_caption =
        |k: usize| k == words.len() || (words.len() <= 10 && words.get(k).is_some_and(|w| CAPTION_WORDS.contains(w)));
    let name = (2..=3)
        .rev()
        .filter(|&k| k <= words.len() && goes_on_as_caption(k) && !is_terminated(t))
        .map(|k| words[..k].join(" "))
        .find(|n| is_mug_shot_name(n));
    let Some(name) = name else { return false };
    j >= 1
        && !is_cjk_text(t)
        && matches!(paras[j - 1].kind, Kind::Body | Kind::Lead(..))
        && is_terminated(&paras[j - 1].text)
        && paras[..j]
            .iter()
            .rev()
            .take_while(|q| !is_head(q))
            .any(|q| matches!(q.kind, Kind::Body | Kind::Lead(..)) && q.text.contains(name.as_str()))
}

/// `上图：…`, `(圖:…)`, or any text over a photo credit: a photo's caption,
/// which stays with the story it illustrates.
fn is_caption(paras: &[Para], j: usize) -> bool {
    // (`Courtesy photo` over `Margaret Hart`: a mug shot's credit set over
    // its caption, the name; the text above the credit is no caption.)
    let name_under = |k: usize| {
        paras.get(k).is_some_and(|q| matches!(q.kind, Kind::Body | Kind::Heading) && is_mug_shot_name(&q.text))
            && paras.get(k + 1).is_none_or(is_head)
    };
    has_caption_label(&paras[j].text)
        || (paras.get(j + 1).is_some_and(|q| matches!(q.kind, Kind::Credit(_, CreditKind::Photo)))
            && !name_under(j + 2))
}

/// `Faber, £18.99, 320pp`, `(Bloomsbury, 288pp, £16.99)`: a reviewed
/// book's publisher, price and length, as a review sets them under its title.
fn is_book_facts(text: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = static_re(
        &RE,
        r"^[A-Z][^,]{1,40}(?:,\s*(?:[£$€]\d{1,3}(?:\.\d{2})?|\d{2,4}\s?pp\.?|hardback|paperback|hb|pb)){1,3}$",
    );
    let t = text.trim();
    let t = t.strip_prefix('(').and_then(|t| t.strip_suffix(')')).unwrap_or(t);
    re.is_match(t) && (t.contains(['£', '$', '€']) || t.contains("pp"))
}

/// `作者：李庆丰`, `出版社：河南文艺出版社`, `定价：68.00元`: a line of a
/// book's facts under its title, a label and its value.
fn is_book_fact_field(text: &str) -> bool {
    const LABELS: &[&str] = &[
        "作者",
        "著者",
        "编者",
        "主编",
        "编著",
        "译者",
        "出版社",
        "出版",
        "出版时间",
        "出版日期",
        "定价",
        "价格",
        "书号",
        "ISBN",
        "页数",
        "字数",
        "开本",
        "版次",
    ];
    text.trim()
        .split_once([':', '：'])
        .is_some_and(|(label, value)| LABELS.contains(&label.trim()) && (1..=30).contains(&len(value.trim())))
}

/// `刘思远 著／科学出版社／定价72元`, `蒋一帆 著  人民文学出版社`: a book's
/// author, publisher or price on one line.
fn is_book_facts_line(text: &str) -> bool {
    let t = text.trim();
    len(t) <= 50
        && (t.contains(" 著") || t.contains("著／") || t.contains("著/") || t.contains(" 编") || t.contains(" 译"))
        && (t.contains("出版社") || t.contains("定价") || t.contains("书店"))
}

/// `88.6%`, `12.3%`, `1500余株`, `2.6万人次`: a figure alone on its line,
/// a number and perhaps its unit.
fn is_bare_figure(text: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let t = text.trim();
    len(t) <= 10
        && static_re(&RE, r"^[0-9]+(?:\.[0-9]+)?\s*(?:[%％‰]|[余多]?\p{Han}{1,3})$").is_match(t)
        // (`2026年`, `3月`, `10日`: a date, a year's or a day's heading.)
        && !t.ends_with(['年', '月', '日', '时', '版', '期'])
}

/// `上图：…`, `(圖:…)`, `图1 …`, `图为…`: text opening with a caption's label.
pub(crate) fn has_caption_label(text: &str) -> bool {
    // `◢州行政议员展示样本。`, `▲市民在公园晨练。`: a caption's marker.
    if text.trim_start().strip_prefix(['◢', '▲', '△']).is_some_and(|r| is_cjk_text(r) && len(r.trim()) >= 6) {
        return true;
    }
    let folded = super::text::fold_traditional(text);
    let t = folded.trim_start_matches(['(', '（', '[', '【']).trim_start();
    ["上图", "下图", "左图", "右图", "中图", "图", "照片"]
        .iter()
        .find_map(|l| t.strip_prefix(l))
        .is_some_and(|r| r.trim_start().starts_with([':', '：', '1', '2', '3', '①', '为']))
}

/// `图为…`, `上图为…`: a caption that says what the picture shows, under
/// the story it was set with. (`图为6月16日，在…`: a photo reporting when,
/// as one of its own does.)
fn opens_on_picture_pointer(text: &str) -> bool {
    let folded = super::text::fold_traditional(text);
    let t = folded.trim_start().trim_start_matches(['▲', '△', '◢', '■', '●']).trim_start();
    ["图为", "上图为", "下图为", "左图为", "右图为"].iter().find_map(|p| t.strip_prefix(p)).is_some_and(|rest| {
        let rest = rest.trim_start();
        !rest.starts_with(|c: char| c.is_ascii_digit())
            && !["近日", "日前", "昨天", "昨日", "今天", "今日", "当地时间", "当天"].iter().any(|w| rest.starts_with(w))
    })
}

/// A Chinese photo's caption, ending with its credit or `（资料图片）`.
fn is_cjk_photo_caption(p: &Para, rules: &ImportRules) -> bool {
    let folded = super::text::fold_traditional(&p.text);
    p.kind == Kind::Body
        && is_cjk_text(&p.text)
        && (strip_trailing_photo_credit(&p.text, rules).is_some()
            // (`圖：學員參與暑期手工藝班　本報記者 攝`: labelled, its credit naming no one.)
            || (has_caption_label(&p.text) && folded.trim_end().ends_with('摄'))
            || ["（资料图片）", "（资料照片）", "(资料图片)", "（档案图片）"]
                .iter()
                .any(|e| folded.trim_end().ends_with(e)))
}

/// `团队成员在赛场调试作品。` under a story's closing credit (`（机械工程学院供稿）`)
/// and over the next headline or the page's end: one short sentence of a
/// clause, no piece of its own (no headline, no byline), but the caption
/// of the story's photo set under it, uncredited. (A headless notice there,
/// `图书馆将延长开放时间，欢迎师生前往。`, runs longer, in clauses.)
fn lone_caption_under_credit(paras: &[Para], j: usize) -> bool {
    let Some(p) = paras.get(j) else { return false };
    let t = p.text.trim();
    let inner = t.char_indices().next_back().map_or("", |(at, _)| &t[..at]);
    p.kind == Kind::Body
        && is_cjk_text(t)
        && t.ends_with('。')
        && !inner.contains(['。', '！', '？', '；', '，', ','])
        && (6..=20).contains(&len(t))
        && paras.get(j + 1).is_none_or(is_head)
}

/// A photo's credit on its own line, or a caption ending with its credit
/// (`… council meeting. IAIN MCGREGOR/STUFF`).
fn is_credited_caption(p: &Para, rules: &ImportRules) -> bool {
    matches!(p.kind, Kind::Credit(_, CreditKind::Photo))
        || (p.kind == Kind::Body && strip_trailing_photo_credit(&p.text, rules).is_some())
}

/// `But many who spoke…`, `However, …`: a paragraph opening on a
/// connective that points back to text before it, as text under a story's
/// crosshead may and no story's lead does. (Not a pronoun or a quotation:
/// a feature's lead opens on `She spelled…` or a quote, and a short
/// unsigned story after a signed one was merged into it.)
fn opens_referring_back(text: &str) -> bool {
    const BACK: &[&str] = &[
        "But",
        "And",
        "However",
        "Meanwhile",
        "Also",
        "Yet",
        "Instead",
        "Moreover",
        "Furthermore",
        "Besides",
        "Nonetheless",
        "Nevertheless",
    ];
    let t = text.trim_start();
    let first: String = t.chars().take_while(|c| c.is_alphabetic()).collect();
    BACK.contains(&first.as_str())
}

/// `Whangārei hospital build delayed again`: a headline of three words or
/// more set in sentence case, some word after the first in lower case.
fn is_sentence_case(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    words.len() >= 3
        && words[0].starts_with(char::is_uppercase)
        && words[1..].iter().any(|w| w.chars().count() > 3 && w.starts_with(char::is_lowercase))
}

/// `AROUND THE COUNTY` over `Millbrook` over `Library sets story hour`,
/// then `Hartwell` over the next note's headline: a notes column's label,
/// the first item's own label (its village) and its headline. Where the
/// next piece is headed by such a label alone over its headline, the first
/// piece's label is its kicker too, and the headline no deck.
pub fn first_note_keeps_its_label(drafts: &mut [Draft]) {
    let short_label = |h: &str| {
        let words: Vec<&str> = h.split_whitespace().collect();
        !is_cjk_text(h)
            && (1..=2).contains(&words.len())
            && words.iter().all(|w| {
                w.starts_with(|c: char| c.is_uppercase())
                    && w.chars().skip(1).any(char::is_lowercase)
                    && w.chars().all(|c| c.is_alphabetic() || c == '\'')
            })
    };
    for k in 0..drafts.len().saturating_sub(1) {
        let next = &drafts[k + 1];
        let next_labelled = next.kicker.as_deref().is_some_and(short_label)
            && next.subtitle.is_none()
            && next.title.as_deref().is_some_and(is_sentence_case);
        let d = &drafts[k];
        if next_labelled
            && d.kicker.is_some()
            && d.title.as_deref().is_some_and(short_label)
            && d.subtitle.as_deref().is_some_and(|s| is_sentence_case(s) && !s.contains(['.', ';']))
        {
            let d = &mut drafts[k];
            d.kicker = d.title.take();
            d.title = d.subtitle.take();
        }
    }
}

/// `国际简讯` over three briefs, then `（综合新华社、法新社）` under the last:
/// a briefs column compiled from the wires says so once, at its foot, for
/// every brief in it. Each brief above under the same label that names no
/// source or writer of its own takes the wires the line names. (`（据新华社）`
/// under a brief is that brief's own source: only a compiled line is the
/// column's.)
pub fn compiled_line_credits_column(drafts: &mut [Draft], paras: &[Para]) {
    for p in paras {
        let Kind::Credit(c, CreditKind::Agency) = &p.kind else { continue };
        let Some(agency) = c.agency.as_ref() else { continue };
        if !in_brackets(p.text.trim()).is_some_and(|i| i.contains("综合") || i.contains("綜合")) {
            continue;
        }
        let Some(j) = drafts.iter().rposition(|d| d.line <= p.no) else { continue };
        let Some(label) = drafts[j].kicker.clone() else { continue };
        if drafts[j].credits.agency.as_ref() != Some(agency) {
            continue;
        }
        for d in drafts[..j].iter_mut().rev() {
            let c = &d.credits;
            let unsigned = c.agency.is_none() && c.reporters.is_empty() && c.contributors.is_empty();
            if d.kicker.as_ref() != Some(&label) || !unsigned {
                break;
            }
            d.credits.agency = Some(agency.clone());
        }
    }
}

/// `题图：游客在古镇老街游览。 蒋立 摄` as the page's last line, after the
/// last piece: the picture set at the head of the page, over its lead
/// piece (a feature page's title picture is its main piece's), which the
/// export put last. It credits the first piece, not the last one it
/// happens to follow. Where other pieces on the page carry picture credits
/// of their own (`题图`, `插图` under each essay of a literary page), each
/// piece's picture line closes it, and the last one stays the last piece's.
pub fn title_picture_credits_the_lead(drafts: &mut [Draft], paras: &[Para]) {
    static RE: OnceLock<Regex> = OnceLock::new();
    static RE_ANY: OnceLock<Regex> = OnceLock::new();
    let head = static_re(&RE, r"^[(（]?\s*(?:题图|題圖|头图|頭圖)");
    let picture = static_re(&RE_ANY, r"^[(（]?\s*(?:题图|題圖|头图|頭圖|插图|插圖|配图|配圖|题花|題花)");
    let Some(last) = paras.iter().rposition(|p| p.kind != Kind::Jump) else { return };
    let Kind::Credit(c, CreditKind::Photo) = &paras[last].kind else { return };
    if drafts.len() < 2 || !head.is_match(paras[last].text.trim()) || c.contributors.is_empty() {
        return;
    }
    if paras[..last].iter().any(|p| picture.is_match(p.text.trim())) {
        return;
    }
    let n = drafts.len() - 1;
    if drafts[n].line > paras[last].no {
        return;
    }
    let names = &c.contributors;
    drafts[n].credits.contributors.retain(|x| !names.contains(x));
    let lead = &mut drafts[0].credits;
    lead.merge(Credits { contributors: names.clone(), ..Credits::default() });
}

/// The first paragraph from `i` that is not a jump line alone pointing on
/// to another page: such a line ends the story above it, whatever its
/// credits.
fn past_jumps_on(paras: &[Para], mut i: usize) -> usize {
    while paras.get(i).is_some_and(|q| q.kind == Kind::Jump && q.to.is_some() && q.from.is_none()) {
        i += 1;
    }
    i
}

/// Past the closing notes (`（作者单位：…）`) that follow a piece's credit:
/// they belong to the piece, not to the next one.
fn after_closing_notes(paras: &[Para], mut i: usize) -> usize {
    // (A note closing the page's last piece leaves no piece after it.)
    while i < paras.len() && is_closing_note(&paras[i]) {
        i += 1;
    }
    i
}

/// `2026年6月15日`, `2026.6.15`: a date and nothing else.
fn is_full_date(text: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    static_re(&RE, r"^\d{4}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[./-]\d{1,2}[./-]\d{1,2})$").is_match(text.trim())
}

/// `南溪市城北区综合行政执法局`, `淇县人民政府办公室`: an office or body that
/// signs a reply or notice.
/// `停水通知`, `关于开展夏季消防安全检查的通知`, `寻物启事`: a notice's
/// headline, by the kind of notice it ends on.
fn is_notice_head(text: &str) -> bool {
    const KINDS: &[&str] = &["通知", "公告", "通告", "启事", "声明", "告知书", "倡议书", "招领"];
    let t = text.trim();
    len(t) <= 30 && KINDS.iter().any(|k| t.ends_with(k))
}

pub(super) fn is_issuing_body(text: &str) -> bool {
    const ENDS: &[&str] = &[
        "局",
        "委员会",
        "委",
        "办公室",
        "办",
        "政府",
        "公司",
        "中心",
        "法院",
        "检察院",
        "管委会",
        "办事处",
        "街道",
        "厅",
        "协会",
        "集团",
        "医院",
        "学校",
        "大学",
        "支队",
        "大队",
        "派出所",
        "所",
        "站",
        "处",
        "部",
        "社区居委会",
        "村委会",
        // (`…有限公司清算组`, `…工作领导小组`: a body set up for one task.)
        "清算组",
        "小组",
    ];
    let t = text.trim();
    (5..=24).contains(&len(t)) && t.chars().all(super::text::is_han) && ENDS.iter().any(|e| t.ends_with(e))
}

/// A byline line after a piece's text, before its closing note, another
/// credit or the page's end, signs that piece (`□ 李晓梅` under an essay):
/// it is not the byline of what follows. A byline between a finished text
/// and the next headline stays the next piece's (papers set it above the
/// headline), so only those three positions are taken.
///
/// A signature (`— Name, Town`, `读者 X`) is only one right after a piece's
/// finished text: elsewhere `读者来信` is a label and `— Name` a subtitle.
fn close_signed_pieces(paras: &mut [Para], rules: &ImportRules) {
    for i in 1..paras.len() {
        // `门诊时间：每周二全天…` under an expert box's last sentence: a field
        // of the box, as short as a head but no kicker of what follows.
        if paras[i].kind == Kind::Heading
            && paras[i - 1].kind == Kind::Body
            && is_terminated(&paras[i - 1].text)
            && is_contact_field(&paras[i].text)
            && is_cjk_text(&paras[i].text)
        {
            paras[i].kind = Kind::Body;
            continue;
        }
        // `南溪市城北区综合行政执法局` over `2026年6月15日` under a reply's or
        // notice's last sentence: who signs it and when, its last lines
        // (not the next piece's kicker and headline).
        // (A notice may end on where to reach its issuer, `联系电话：…` or
        // `通信地址：…`, fields no full stop closes, set as short as heads.)
        let contact = matches!(paras[i - 1].kind, Kind::Body | Kind::Heading) && is_contact_field(&paras[i - 1].text);
        // (A notice two offices issue together is signed by both, a line
        // each, over the one date.)
        let signers =
            paras[i..].iter().take(3).take_while(|q| q.kind == Kind::Heading && is_issuing_body(&q.text)).count();
        if (contact || (matches!(paras[i - 1].kind, Kind::Body) && is_terminated(&paras[i - 1].text)))
            && signers > 0
            && paras.get(i + signers).is_some_and(|q| is_full_date(&q.text))
        {
            for q in &mut paras[i..=i + signers] {
                q.kind = Kind::Body;
            }
            // Signed and dated, the notice is over: a headline under it
            // heads the next piece, not a section of the notice.
            paras[i + signers].ended = true;
            continue;
        }
        // `幸福里社区居委会` under a notice's last sentence (`停水通知`), no
        // date under it: who issues the notice, its last line, over the
        // next notice's headline or the page's end.
        if matches!(paras[i - 1].kind, Kind::Body)
            && is_terminated(&paras[i - 1].text)
            && paras[i].kind == Kind::Heading
            && is_issuing_body(&paras[i].text)
            && paras.get(i + 1).is_none_or(is_head)
            && (0..i).rev().find(|&k| is_head(&paras[k])).is_some_and(|h| is_notice_head(&paras[h].text))
        {
            paras[i].kind = Kind::Body;
            paras[i].ended = true;
            continue;
        }
        // `——一位老街坊` under a letter's last sentence, over the next
        // piece's label or headline: a dash line closing the text above (a
        // subtitle stands under its headline, never over it).
        if matches!(paras[i - 1].kind, Kind::Body)
            && is_terminated(&paras[i - 1].text)
            && paras[i].kind == Kind::Subtitle
            && is_cjk_text(&paras[i].text)
            && paras.get(i + 1).is_some_and(|q| q.kind == Kind::Heading)
            && parse_signature(&paras[i].text, rules).is_none()
        {
            paras[i].kind = Kind::Body;
            continue;
        }
        // `张立新` set flush right under a commentary's last sentence, over
        // the next headline or the page's end: the writer signing, with no
        // role word. (A name the piece's text uses is its subject, a subhead.)
        // A supplement's contributor signs with where they live first
        // (`河南信阳　陈　默`). The story's closing credit may stand under
        // the name (`（本报记者 X 对本文亦有贡献）`).
        if matches!(paras[i - 1].kind, Kind::Body)
            && (is_terminated(&paras[i - 1].text) || is_closing_note(&paras[i - 1]))
            && paras[i].kind == Kind::Heading
            && paras.get(i + 1).is_none_or(|q| {
                is_head(q) || q.kind == Kind::Jump || matches!(q.kind, Kind::Credit(_, CreditKind::People))
            })
            && let Some(name) =
                bare_chinese_name(&paras[i].text, rules).or_else(|| name_after_home(&paras[i].text, rules))
            && let piece = since_last_head(paras, i)
            && !piece.iter().any(|q| q.text.contains(&name) || has_byline(q))
            && !is_column_label(&paras[i].text, rules)
            // (`来论` over the next commentary's headline is its label,
            // though `来` is a surname.)
            && !is_comment_label(&paras[i].text)
            && !is_brief_label(&paras[i].text)
            && department(&paras[i].text).is_none()
        {
            paras[i].kind = Kind::Credit(Credits { reporters: vec![name], ..Credits::default() }, CreditKind::People);
            continue;
        }
        // `在此，我想通过贵报向刘师傅表示衷心的感谢！` over `读者 周桂兰`
        // under a letter's text: its last sentence, as short as a head but
        // finished, and the reader signing it (no headline is signed so).
        if i >= 2
            && paras[i - 1].kind == Kind::Heading
            && matches!(paras[i - 2].kind, Kind::Body)
            && is_terminated(&paras[i - 2].text)
            && is_cjk_text(&paras[i - 1].text)
            && paras[i - 1].text.trim_end().ends_with(['。', '！', '？'])
            && matches!(paras[i].kind, Kind::Body | Kind::Heading)
            && paras.get(i + 1).is_none_or(|q| is_head(q) || q.kind == Kind::Jump)
            && !paras[i].text.trim_start().starts_with(['—', '–', '-'])
            && let Some(c) = parse_signature(&paras[i].text, rules)
        {
            paras[i - 1].kind = Kind::Body;
            paras[i].kind = Kind::Signature(c);
            continue;
        }
        // `When will the council act before a child is hurt?` over `J
        // Robinson, Darlington` under the letters' label: an English
        // letter's last sentence, short as a head but finished, and the
        // reader's name and town signing it.
        if i >= 2
            && paras[i - 1].kind == Kind::Heading
            && matches!(paras[i - 2].kind, Kind::Body)
            && is_terminated(&paras[i - 2].text)
            && !is_cjk_text(&paras[i - 1].text)
            && paras[i - 1].text.trim_end().ends_with(['.', '!', '?'])
            && matches!(paras[i].kind, Kind::Body | Kind::Heading)
            && under_letters_label(paras, i)
            && let Some(c) = town_signature(&paras[i].text)
        {
            paras[i - 1].kind = Kind::Body;
            paras[i].kind = Kind::Signature(c);
            continue;
        }
        let prev = &paras[i - 1];
        // (`“网格员就像我们的家人。”` over `——社区居民 刘桂兰`: who said a
        // quotation set whole, in a box of quotes; no writer signing.)
        if matches!(prev.kind, Kind::Body | Kind::Lead(..))
            && is_terminated(text_of(prev))
            && matches!(paras[i].kind, Kind::Body | Kind::Heading | Kind::Subtitle)
            && !(is_whole_quotation(text_of(prev)) && is_quote_attribution(&paras[i].text, rules))
            && let Some(c) = parse_signature(&paras[i].text, rules)
                .or_else(|| {
                    paras
                        .get(i + 1)
                        .is_none_or(|q| is_head(q) || q.kind == Kind::Jump)
                        .then(|| capitals_signature(&paras[i].text))
                        .flatten()
                })
                // (Under the letters' label, whatever follows: `Write to: …`.)
                .or_else(|| under_letters_label(paras, i).then(|| town_signature(&paras[i].text)).flatten())
                .or_else(|| {
                    paras
                        .get(i + 1)
                        .is_none_or(|q| is_head(q) || q.kind == Kind::Jump)
                        .then(|| reader_signature(&paras[i].text, rules, under_letters_label(paras, i)))
                        .flatten()
                })
        {
            paras[i].kind = Kind::Signature(c);
            continue;
        }
        // `Mary Smith` over `Springfield` over the next headline: a letter
        // signed on two lines, the name and then the town, under the letters'
        // label (a notice is signed so with the name over the post,
        // `Margaret Lyons` / `Township Secretary`).
        // A letter's last paragraph may be one short sentence (`Is anybody
        // capable of joining the dots?`), as short as a headline but
        // finished, under the letter's text: text, since a signature
        // follows it, and no headline is signed.
        let last_line = i >= 2
            && prev.kind == Kind::Heading
            && matches!(paras[i - 2].kind, Kind::Body)
            && is_terminated(&paras[i - 2].text)
            && prev.text.trim_end().ends_with(['.', '?', '!']);
        if (matches!(prev.kind, Kind::Body) || last_line)
            && under_letters_label(paras, i)
            && is_terminated(&prev.text)
            && matches!(paras[i].kind, Kind::Body | Kind::Heading)
            && paras.get(i + 1).is_some_and(|q| {
                matches!(q.kind, Kind::Body | Kind::Heading | Kind::Subtitle) && (is_town(&q.text) || is_postal_address(&q.text))
            })
            // (The last letter may have the column's own line under it,
            // `Send letters to …`, as the one-line signature may; a letter
            // on the same subject may follow under the same headline, or
            // the editor's note on the letter.)
            && paras.get(i + 2).is_none_or(|q| {
                is_head(q) || q.kind == Kind::Jump || is_letters_address(&q.text) || opens_letter(&q.text) || is_english_editors_note(&q.text)
            })
            // (`K. Ramanathan,` over `Mylapore`: Indian papers put a comma
            // after the name and may give the writer's initials.)
            && let name = super::text::title_case_caps(paras[i].text.trim().trim_end_matches(','))
            && (is_plain_name(&name) || is_name_with_initials(&name))
        {
            if last_line {
                paras[i - 1].kind = Kind::Body;
            }
            paras[i].kind = Kind::Signature(Credits { reporters: vec![name], ..Credits::default() });
            paras[i + 1].kind = Kind::Signature(Credits::default());
            continue;
        }
        // `Karen Mills` alone under a brief of an `In brief` column, over
        // the next headline or the page's end: the writer signing the
        // brief, as British columns set it (elsewhere a name over a
        // headline may be its kicker or a profile's head).
        if matches!(prev.kind, Kind::Body | Kind::Lead(..))
            && is_terminated(text_of(prev))
            && matches!(paras[i].kind, Kind::Body | Kind::Heading)
            && paras.get(i + 1).is_none_or(|q| is_head(q) || q.kind == Kind::Jump)
            && let name = paras[i].text.trim()
            && (2..=3).contains(&word_count(name))
            && is_plain_name(name)
            && under_english_brief_label(paras, i)
        {
            paras[i].kind = Kind::Signature(Credits { reporters: vec![name.to_string()], ..Credits::default() });
            continue;
        }
        // `Jon Harris` alone under an unsigned story's last sentence, over a
        // column's label (`IN BRIEF`, `OBITUARIES`): the writer signing
        // the story; no column's label has a person's name for its kicker.
        if matches!(prev.kind, Kind::Body | Kind::Lead(..))
            && is_terminated(text_of(prev))
            && matches!(paras[i].kind, Kind::Body | Kind::Heading)
            && paras
                .get(i + 1)
                .is_some_and(|q| is_head(q) && (is_english_brief_label(&q.text) || is_department_label(&q.text)))
            && let name = paras[i].text.trim()
            && (2..=3).contains(&word_count(name))
            && is_plain_name(name)
            && !is_english_brief_label(name)
            && !is_department_label(name)
            && !since_last_head(paras, i).iter().any(has_byline)
        {
            let credits = Credits { reporters: vec![name.to_string()], ..Credits::default() };
            paras[i].kind = Kind::Credit(credits, CreditKind::People);
            continue;
        }
        // `（作者系省社会科学院文化研究所研究员 周文博）` closing an unsigned
        // commentary: the note names its writer after the post (the note
        // stays text; the post is no one's name).
        if matches!(paras[i - 1].kind, Kind::Body)
            && is_terminated(&paras[i - 1].text)
            && paras[i].kind == Kind::Body
            && paras.get(i + 1).is_none_or(|q| is_head(q) || q.kind == Kind::Jump)
            && let Some(name) = writer_after_post(&paras[i].text, rules)
            && let piece = since_last_head(paras, i)
            && !piece.iter().any(has_byline)
        {
            paras[i].kind = Kind::Signature(Credits { reporters: vec![name], ..Credits::default() });
            continue;
        }
        // An op-ed's closing line about its writer, the last of its text,
        // in a piece that has no byline and never names the writer (a news
        // story's last line about someone, `Maria Lopez is the first woman
        // to…`, names a person its text has spoken of).
        if matches!(paras[i - 1].kind, Kind::Body)
            && paras[i].kind == Kind::Body
            && paras.get(i + 1).is_none_or(|q| is_head(q) || q.kind == Kind::Jump)
            && let Some(name) = writer_tagline(&paras[i].text)
            && let piece = since_last_head(paras, i)
            && !piece.iter().any(has_byline)
            // (A name's particles, `van der`, are in any text.)
            && !name
                .split_whitespace()
                .filter(|w| w.starts_with(char::is_uppercase))
                .any(|w| piece.iter().any(|q| q.text.contains(w)))
        {
            paras[i].kind = Kind::Signature(Credits { reporters: vec![name], ..Credits::default() });
            continue;
        }
        let Kind::Byline(c) = &paras[i].kind else { continue };
        // (Or after the note on the writer: `（作者为…会员）` / `插图 李晓林`.)
        let after_text = matches!(paras[i - 1].kind, Kind::Body | Kind::Verse) && is_terminated(&paras[i - 1].text)
            || paras[i - 1].kind == Kind::Verse
            || is_closing_note(&paras[i - 1]);
        let closes = match paras.get(i + 1) {
            None => true,
            Some(q) => is_closing_note(q) || matches!(q.kind, Kind::Credit(..)),
        };
        // `（作者单位：国防大学）` then `□ 王振邦` under an unsigned commentary:
        // the note on its author and the author signing, over the next
        // headline too (the note names no one; the name after it does).
        let after_author_note = is_closing_note(&paras[i - 1])
            && paras[i - 1].text.trim_start().trim_start_matches(['（', '(']).starts_with("作者")
            && !since_last_head(paras, i).iter().any(has_byline);
        if after_text && (closes || after_author_note) {
            paras[i].kind = Kind::Credit(c.clone(), CreditKind::People);
        }
    }
}

/// The pieces of each collection (letters, obituaries) after its label's own
/// heading: every run of headings followed by text, until the next
/// department or a story's byline. Each as (its first paragraph, the label's
/// when the piece carries it).
///
/// Under a brief column's label, briefs whose headlines are boxed alike
/// (`■全省青少年游泳锦标赛落幕` over `本报讯（记者 赵阳）…`) are its pieces
/// too, each with its own lead: the box marks the column's items. An
/// unboxed headline after them, or a table under the column (fixtures,
/// results), ends the column and starts a piece of its own with no label
/// (briefs carry no subheads, and a table is no brief).
fn collection_pieces(paras: &[Para]) -> Vec<(usize, Option<usize>)> {
    let mut out = Vec::new();
    let mut label: Option<usize> = None;
    // The box marker of the first item under a brief column's label.
    let mut item_box: Option<char> = None;
    let box_of = |p: &Para| p.text.chars().next().filter(|c| BOX_MARKERS.contains(c));
    // A byline line naming only a place (`MOMBASA` set over a brief).
    let place_only = |p: &Para| {
        matches!(&p.kind, Kind::Byline(c) if c.dateline.is_some() && c.reporters.is_empty()
            && c.contributors.is_empty() && c.agency.is_none() && c.desk.is_none())
    };
    // Whether the headline over paragraph `k` (below the label at `l`) is
    // boxed as the column's items are.
    let boxed_item = |k: usize, l: usize, item_box: Option<char>| {
        let top = (l + 1..k).rev().take_while(|&j| is_head(&paras[j])).last();
        item_box.is_some() && top.is_some_and(|t| box_of(&paras[t]) == item_box)
    };
    // `澳大利亚下调基准利率` over `新华社堪培拉19日电 …` alone, the next
    // headline right under it: a wire brief of one paragraph, an item of the
    // brief column above (a story under the column runs longer).
    // `Submitted by Margaret Hood` under a club's item of `Around the
    // clubs`, over the next item's head: the item's writer, in the column.
    let signs_item = |j: usize| {
        matches!(&paras[j].kind, Kind::Byline(c) | Kind::Credit(c, _) if !c.reporters.is_empty())
            && after_finished_text(paras, j)
            && paras.get(j + 1).is_none_or(is_head)
    };
    // `— Bernama` on its own line under a wire brief: the wire signs it.
    let wire_signs_item = |j: usize| {
        matches!(&paras[j].kind, Kind::Byline(c) | Kind::Credit(c, _) if c.reporters.is_empty() && c.agency.is_some())
            && matches!(paras[j - 1].kind, Kind::Lead(..))
            && is_terminated(text_of(&paras[j - 1]))
            && paras.get(j + 1).is_none_or(is_head)
    };
    // `ANA`, `Staff Reporter` on its own line under an English column's
    // brief, over the next item's head: the wire or desk signs the item.
    let unnamed_signs_item = |j: usize| {
        matches!(&paras[j].kind, Kind::Byline(c) | Kind::Credit(c, _)
            if c.reporters.is_empty() && (c.agency.is_some() || c.desk.is_some()))
            && after_finished_text(paras, j)
            && paras.get(j + 1).is_none_or(is_head)
    };
    // `Matric exam timetable released` over one paragraph after items that
    // opened on their places: an English column's item without its place,
    // closed by the next head, its signature, the page's end or a jump line
    // (`Continued from Page 1` opening the jumped story set under it).
    let plain_english_item = |e: usize, l: usize| {
        is_english_brief_label(&paras[l].text)
            && paras[e].kind == Kind::Body
            && is_terminated(&paras[e].text)
            && paras
                .get(e + 1)
                .is_none_or(|q| is_head(q) || q.kind == Kind::Jump || unnamed_signs_item(e + 1) || signs_item(e + 1))
    };
    let one_para_brief = |k: usize, l: usize| {
        (is_brief_label(&paras[l].text) || is_english_brief_label(&paras[l].text))
            && matches!(paras[k].kind, Kind::Lead(..))
            && k > 0
            && is_head(&paras[k - 1])
            && paras.get(k + 1).is_none_or(|q| {
                is_head(q)
                    || (is_english_brief_label(&paras[l].text) && (signs_item(k + 1) || wire_signs_item(k + 1)))
                    // (`本报讯　6月3日，…` / `（记者 吴思琪）`: a Chinese brief's
                    // writers closing it, then the next brief's headline or a
                    // picture's caption with its credit.)
                    || (matches!(q.kind, Kind::Credit(_, CreditKind::People))
                        && paras.get(k + 2).is_none_or(|r| {
                            is_head(r)
                                || (r.kind == Kind::Body
                                    && len(&r.text) <= 60
                                    && (r.text.trim_end().ends_with("供图") || r.text.trim_end().ends_with('摄')))
                        }))
            })
    };
    // An obituary opens on its town (`GREENSBURG — Linda Kay Sutter, 71,…`):
    // a lead that names no writer goes on with the column.
    let obituary_lead = |k: usize, l: usize| {
        is_obituary_label(&paras[l].text)
            && matches!(&paras[k].kind, Kind::Lead(c, _) if c.reporters.is_empty() && c.contributors.is_empty())
            && k > 0
            && is_head(&paras[k - 1])
    };
    // Whether the column's items opened on their leads (`本报讯（记者 X）…`):
    // a headline over plain text after them is a story under the column.
    let mut lead_items = false;
    for (i, p) in paras.iter().enumerate() {
        let run_start = is_head(p) && (i == 0 || !is_head(&paras[i - 1]));
        // (A label under a caption read as a head is the label still, as it
        // starts its piece there; under another label it is its second line.)
        let label_start = is_head(p) && (i == 0 || department(&paras[i - 1].text).is_none());
        if label_start && let Some(d) = department(&p.text) {
            lead_items = false;
            // `IN THE DOCK` over `Jailed for attack on bus driver` over the
            // case: court listings whose cases each have a headline are
            // pieces under the label, as briefs are.
            let headed_cases =
                is_court_listing_label(&p.text) && paras.get(i + 1).is_some_and(|q| q.kind == Kind::Heading);
            label = (d == Department::Collection || headed_cases).then_some(i);
            item_box = paras.get(i + 1).filter(|q| is_head(q) && is_brief_label(&p.text)).and_then(box_of);
            continue;
        }
        // `投诉直通车`, a label no list knows, over `■空调安装费“缩水”` and its
        // one paragraph, then `■快递丢件赔偿难` and its one: a column of
        // briefs whose headlines are boxed alike, each an item under it.
        if label_start
            && label.is_none()
            && let Some(b) = boxed_column_under(paras, i)
        {
            // (Right under a story's last sentence, the label opens the
            // column's first piece; its first item is no crosshead of the
            // story.)
            if after_finished_text(paras, i) {
                out.push((i, None));
            }
            lead_items = false;
            label = Some(i);
            item_box = Some(b);
            continue;
        }
        // `身边事`, a label no list knows, over `公交15路延长运营时间` and one
        // paragraph closed by its writer in brackets (`…。（记者 高翔）`),
        // then another alike: a column of signed briefs, unboxed.
        if label_start && label.is_none() && signed_column_under(paras, i) {
            lead_items = false;
            label = Some(i);
            item_box = None;
            continue;
        }
        if has_byline(p)
            && !label.is_some_and(|l| {
                (place_only(p) && is_english_brief_label(&paras[l].text))
                    || boxed_item(i, l, item_box)
                    || one_para_brief(i, l)
                    || obituary_lead(i, l)
                    // (`●某部开展安全教育 （刘江）`: a headline-only item's
                    // writer, cut from its own line, signs that item.)
                    || (i > l + 1 && matches!(p.kind, Kind::Credit(..)) && is_head(&paras[i - 1]) && paras[i - 1].no == p.no)
                    || (i > l + 1 && signs_item(i) && is_english_brief_label(&paras[l].text))
                    || (i > l + 1 && unnamed_signs_item(i) && is_english_brief_label(&paras[l].text))
            })
        {
            label = None;
        }
        // (`Continued from Page 1` under the column's last item opens the
        // jumped story's second part: the column ends there.)
        if p.kind == Kind::Jump && p.from.is_some() {
            label = None;
        }
        let Some(l) = label else { continue };
        if run_start && item_box.is_some() && box_of(p) != item_box {
            if after_finished_text(paras, i) {
                out.push((i, None));
            }
            label = None;
            continue;
        }
        // `Hillsboro High School honor roll` after the obituaries: a headline
        // that is no one's name ends their column.
        if run_start && is_obituary_label(&paras[l].text) && !reads_as_a_name(&p.text) {
            out.push((i, None));
            label = None;
            continue;
        }
        // `热线速递` over `○市民反映…` and `○…` (no headlines), then `温馨提示`
        // over its text: the column held its items headless under the label
        // (a brief's title taken from its own line is no headline printed);
        // a headline after them heads a box of its own, not another item.
        let taken_title = |k: usize| is_head(&paras[k]) && paras.get(k + 1).is_some_and(|q| q.no == paras[k].no);
        if run_start
            && i > l + 1
            && !taken_title(i)
            && (l + 1..i).all(|k| {
                matches!(paras[k].kind, Kind::Item(_))
                    || (paras[k].kind == Kind::Body && paras[k].text.trim_start().starts_with(ITEM_MARKS))
                    || taken_title(k)
                    || (k > l + 1 && taken_title(k - 1))
            })
            && after_finished_text(paras, i)
        {
            out.push((i, None));
            label = None;
            continue;
        }
        // `NOTICE` over `Public notice is hereby given that…` after a brief
        // column's items: a legal notice, set in the column's place on the
        // page but no item of it.
        if run_start
            && i > l + 1
            && after_finished_text(paras, i)
            && (i..paras.len())
                .find(|&k| !is_head(&paras[k]))
                .is_some_and(|e| paras[e].kind == Kind::Body && opens_legal_notice(&paras[e].text))
        {
            out.push((i, None));
            label = None;
            continue;
        }
        // `SCHOOL CLOSURE`, `LIBRARY HOURS` under `IN BRIEF`, then `Weather
        // warning for weekend` over paragraphs of text: the column set its
        // items' heads in capitals, and a headline in plain case over a
        // story of more than one paragraph is the next story, set under it.
        let caps = |t: &str| t.chars().any(char::is_alphabetic) && !t.chars().any(char::is_lowercase);
        if run_start
            && i > l + 1
            && is_english_brief_label(&paras[l].text)
            && paras.get(l + 1).is_some_and(|q| is_head(q) && caps(&q.text) && !is_cjk_text(&q.text))
            && !caps(&p.text)
            && !is_cjk_text(&p.text)
            && after_finished_text(paras, i)
            && {
                let e = (i..paras.len()).find(|&k| !is_head(&paras[k])).unwrap_or(paras.len());
                let text = paras[e..].iter().take_while(|q| matches!(q.kind, Kind::Body | Kind::Lead(..))).count();
                text >= 2
            }
        {
            out.push((i, None));
            label = None;
            continue;
        }
        if run_start {
            let e = (i..paras.len()).find(|&k| !is_head(&paras[k])).unwrap_or(paras.len());
            match paras.get(e).map(|q| &q.kind) {
                // (A stocks or results table under its own head after
                // `BUSINESS BRIEFS` is a box of its own, as after `体育简讯`.)
                Some(Kind::Table) if is_brief_label(&paras[l].text) || is_english_brief_label(&paras[l].text) => {
                    out.push((i, None));
                    label = None;
                }
                // (So is a box of rates set as lines over their source.)
                Some(Kind::Verse)
                    if (is_brief_label(&paras[l].text) || is_english_brief_label(&paras[l].text))
                        && paras[e].text.lines().last().is_some_and(is_source_note) =>
                {
                    out.push((i, None));
                    label = None;
                }
                Some(Kind::Body) if lead_items && !plain_english_item(e, l) => {
                    out.push((i, None));
                    label = None;
                }
                // (`周末去哪儿` over `●顾村公园樱花节` and its fields after
                // `旅游资讯`'s briefs: a box listing things of its own; the
                // column's briefs were bulleted heads over text.)
                Some(Kind::Item(_)) if is_brief_label(&paras[l].text) && after_finished_text(paras, i) => {
                    out.push((i, None));
                    label = None;
                }
                Some(Kind::Body | Kind::Verse | Kind::Table) => out.push((i, Some(l))),
                // (A headline-only item and its writer, cut from one line.)
                Some(Kind::Credit(..)) if e == i + 1 && paras[e].no == p.no => out.push((i, Some(l))),
                // (`Ferry services disrupted` / `MOMBASA` / text: a brief
                // under an English column's label with its place on a line
                // of its own, read as a dateline, is an item too.)
                Some(Kind::Byline(_))
                    if place_only(&paras[e])
                        && is_english_brief_label(&paras[l].text)
                        && paras.get(e + 1).is_some_and(|q| q.kind == Kind::Body) =>
                {
                    out.push((i, Some(l)))
                }
                Some(Kind::Lead(..)) if boxed_item(e, l, item_box) || one_para_brief(e, l) || obituary_lead(e, l) => {
                    lead_items |= one_para_brief(e, l);
                    out.push((i, Some(l)))
                }
                _ => {}
            }
        }
    }
    out
}

/// `Public notice is hereby given that…`, `Notice is hereby given…`,
/// `TAKE NOTICE that…`: the formula a legal notice opens with.
fn opens_legal_notice(text: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    static_re(
        &RE,
        r"^(?i:(?:public\s+)?notice\s+is\s+(?:hereby\s+)?given\b|(?:please\s+)?take\s+notice\s+that\b|this\s+is\s+to\s+(?:notify|inform)\s+(?:the\s+)?(?:general\s+)?public\b)",
    )
    .is_match(text.trim_start())
}

/// `社会万象` over `▲男子醉驾被查　前晚，…。` and `▲…　…。`: a short
/// label no list knows over two paragraphs or more, each opening on the
/// same box and a headline run in before its text, is a brief column.
/// (`相关阅读`, `新闻链接` over such items: a box of the story above.)
fn boxed_run_ins_under(paras: &[Para], i: usize) -> bool {
    let label = paras[i].text.trim();
    if paras[i].kind != Kind::Heading
        || !(2..=8).contains(&len(label))
        || !label.chars().all(super::text::is_han)
        || department(label).is_some()
        || ["阅读", "链接", "背景"].iter().any(|e| label.ends_with(e))
    {
        return false;
    }
    let Some(b) = paras.get(i + 1).and_then(|q| q.text.trim_start().chars().next()).filter(|b| BOX_MARKERS.contains(b))
    else {
        return false;
    };
    let items = paras[i + 1..]
        .iter()
        .take_while(|q| {
            matches!(q.kind, Kind::Body | Kind::Item(_) | Kind::Lead(..))
                && q.text.trim_start().starts_with(b)
                && split_run_in_title(&q.text).is_some()
        })
        .count();
    items >= 2
}

/// The box marker of the briefs under `paras[i]` when it is a short label
/// over two headlines boxed alike (`■空调安装费“缩水”`), each over one
/// finished paragraph (the label may carry the marker too, set apart by a
/// space: `■ 投诉直通车`).
fn boxed_column_under(paras: &[Para], i: usize) -> Option<char> {
    let p = &paras[i];
    let label = p.text.trim().trim_start_matches(BOX_MARKERS);
    let marked_alike = label.len() != p.text.trim().len() && !label.starts_with([' ', '\u{3000}']);
    let label = label.trim();
    if p.kind != Kind::Heading
        || marked_alike
        || !(2..=8).contains(&len(label))
        || !label.chars().all(super::text::is_han)
        || department(&p.text).is_some()
    {
        return None;
    }
    let b = paras.get(i + 1).filter(|q| q.kind == Kind::Heading).and_then(|q| q.text.chars().next())?;
    // Where the next item would start after the item at `h`. (`（文/陈明）`
    // closing an item: its writer, signing it.)
    let item = |h: usize| {
        let opened = paras.get(h).is_some_and(|q| q.kind == Kind::Heading && q.text.starts_with(b) && len(&q.text) > 3)
            && paras
                .get(h + 1)
                .is_some_and(|q| matches!(q.kind, Kind::Body | Kind::Lead(..)) && is_terminated(text_of(q)));
        // (An item of more paragraphs than one is the column's when its
        // writer closes it: a feature's boxed crossheads sign nothing.)
        let text = paras[(h + 1).min(paras.len())..]
            .iter()
            .take(8)
            .take_while(|q| q.kind == Kind::Body && is_terminated(&q.text))
            .count()
            .max(1);
        let signed = paras
            .get(h + 1 + text)
            .is_some_and(|q| matches!(&q.kind, Kind::Credit(c, CreditKind::People) if !c.reporters.is_empty()));
        let next = if signed { h + 2 + text } else { h + 2 };
        (opened && (signed || text == 1) && paras.get(next).is_none_or(is_head)).then_some(next)
    };
    (BOX_MARKERS.contains(&b) && item(i + 1).and_then(item).is_some()).then_some(b)
}

/// Whether `paras[i]` is a short label over two headlines or more, each
/// over one paragraph that closes on a name in brackets after its last
/// sentence (`…开设亲子阅读课。（实习生 宋佳怡）`): a column of signed briefs.
fn signed_column_under(paras: &[Para], i: usize) -> bool {
    let p = &paras[i];
    let label = p.text.trim();
    if p.kind != Kind::Heading
        || !(2..=8).contains(&len(label))
        || !label.chars().all(super::text::is_han)
        || department(&p.text).is_some()
        || (i > 0 && !matches!(paras[i - 1].kind, Kind::Body | Kind::Lead(..) | Kind::Credit(..)))
    {
        return false;
    }
    let signed = |t: &str| {
        let t = t.trim_end();
        t.strip_suffix('）').and_then(|r| r.rfind('（').map(|k| (&t[..k], &r[k + '（'.len_utf8()..]))).is_some_and(
            |(before, inner)| {
                is_terminated(before) && (2..=20).contains(&len(inner)) && !inner.contains(['，', '。', '：'])
            },
        )
    };
    let item = |h: usize| {
        paras.get(h).is_some_and(|q| q.kind == Kind::Heading && is_cjk_text(&q.text) && len(&q.text) > 3)
            && paras.get(h + 1).is_some_and(|q| q.kind == Kind::Body && signed(&q.text))
            && paras.get(h + 2).is_none_or(is_head)
    };
    item(i + 1) && item(i + 3)
}

/// `HYDERABAD: A book fair … on Wednesday. — PPI` right under a story its
/// wire or desk signed with a dash (`… the holy month. — APP`): South Asian
/// papers run such a brief with no headline; its dateline opens a story,
/// never a paragraph of the one signed off above.
fn opens_headless_brief(paras: &[Para], i: usize, rules: &ImportRules) -> bool {
    let signed_off = |t: &str| {
        t.rsplit_once(['—', '–']).is_some_and(|(before, who)| {
            is_terminated(before.trim_end()) && super::byline::agency_named(who.trim(), rules).is_some()
        }) || strip_trailing_desk_credit(t, rules).is_some_and(|(_, c)| c.desk.is_some() || c.agency.is_some())
    };
    i > 0
        && matches!(paras[i].kind, Kind::Lead(..))
        && !is_cjk_text(&paras[i].text)
        && is_colon_dateline(&paras[i].text, rules)
        && matches!(paras[i - 1].kind, Kind::Body | Kind::Lead(..))
        && signed_off(text_of(&paras[i - 1]))
}

/// `Harold E. Wiens`, `Margaret "Peggy" Ann van der Berg`, `JOHN SMITH, 88`:
/// an obituary's head, its words capitalised but a name's particles; a
/// headline in sentence case (`Hillsboro High School honor roll`) has words
/// in lower case.
fn reads_as_a_name(text: &str) -> bool {
    let lower = text
        .split_whitespace()
        .filter(|w| {
            w.starts_with(char::is_lowercase)
                && w.chars().filter(|c| c.is_alphabetic()).count() >= 3
                && !super::repair::NAME_PARTICLES.contains(w)
        })
        .count();
    lower < 2
}

/// `Obituaries`, `Deaths`: a column of death notices, each under the name.
/// (`ANNIVERSARIES`, `ACKNOWLEDGEMENTS`: the family notices set beside
/// them, each a column of its own under its label.)
pub(super) fn is_obituary_label(text: &str) -> bool {
    let t = label_text(text).trim_end_matches(':').to_lowercase();
    ["obituaries", "obituary", "deaths", "death notices", "funeral notices", "in memoriam"].contains(&t.as_str())
        || FAMILY_NOTICES.contains(&t.as_str())
}

/// The family notices a paper sets under the deaths, each kind a column.
const FAMILY_NOTICES: &[&str] = &[
    "anniversaries",
    "acknowledgements",
    "acknowledgments",
    "births",
    "marriages",
    "engagements",
    "family notices",
    "bereavements",
];

/// A pull quote repeats, in quotation marks, words from the story around it,
/// often with a `— Name` line under it: layout, not text, and the name is
/// the speaker's, not a byline. Both become nothing (jump-like) paragraphs.
fn drop_pull_quotes(paras: &mut [Para]) {
    // `"If you live in Campbelltown…"` over `Premier Chris Minns` over the
    // next story's headline: a pull quote wholly in quotation marks and its
    // speaker set under it without a dash. The name is the quote's, not a
    // headline (it took the next story's title).
    for i in 1..paras.len().saturating_sub(2) {
        let quote = paras[i].text.trim();
        let whole = quote.starts_with(['"', '“'])
            && quote.ends_with(['"', '”'])
            && quote.chars().filter(|c| matches!(c, '"' | '“' | '”')).count() == 2
            && (5..=40).contains(&word_count(quote));
        let name = paras[i + 1].text.trim();
        let speaker = paras[i + 1].kind == Kind::Heading && is_undashed_speaker(name);
        if paras[i].kind == Kind::Body && whole && speaker && is_head(&paras[i + 2]) && !is_cjk_text(quote) {
            paras[i].text = format!("{quote} — {name}");
            paras[i + 1].kind = Kind::Jump;
        }
    }
    for i in 1..paras.len() {
        // `QUOTE OF THE DAY` over `"We must bring primary care…"` over its
        // speaker: the box's own text, however much it repeats the story
        // beside it; the speaker's line under it goes with the quote.
        if is_head(&paras[i - 1]) && is_quote_box_label(&paras[i - 1].text) && paras[i].kind == Kind::Body {
            if let Some(next) = paras.get(i + 1)
                && next.kind == Kind::Heading
                && !is_cjk_text(&next.text)
                && (2..=10).contains(&word_count(&next.text))
                && !next.text.trim_end().ends_with(['.', ':', '?', '!'])
            {
                let (quote, name) = (
                    paras[i].text.trim().to_string(),
                    next.text.trim().trim_start_matches(['—', '–', '-', ' ']).to_string(),
                );
                paras[i].text = format!("{quote} — {name}");
                paras[i + 1].kind = Kind::Jump;
            }
            continue;
        }
        let t = paras[i].text.trim();
        // (British papers set it in single quotes: `'Harry has wanted to do
        // this for years'`, both marks there.)
        let single = t.strip_prefix(['\'', '‘']).and_then(|r| r.strip_suffix(['\'', '’']));
        let Some(inner) = t.strip_prefix(['"', '“', '「']).or(single) else { continue };
        let inner =
            inner.trim_end_matches(['"', '”', '」']).trim_end_matches(['.', '。', ',', '，', '!', '?', '！', '？']);
        if len(inner) < 15 || inner.contains(['"', '“', '”']) {
            continue;
        }
        let repeated = |piece: &str| paras[..i].iter().any(|p| text_of(p).contains(piece));
        // (`"We needed this. Everybody knew it."`: a box may run on sentences
        // the story quoted apart, a `he said` between them; each is repeated.)
        let pieces: Vec<&str> = inner
            .split_inclusive(['.', '!', '?'])
            .map(|s| s.trim().trim_end_matches(['.', '!', '?']))
            .filter(|s| !s.is_empty())
            .collect();
        let sentences = pieces.len() >= 2 && pieces.iter().all(|s| word_count(s) >= 3 && repeated(s));
        if !repeated(inner) && !sentences {
            continue;
        }
        // (`Dan Morales, city engineer` set under it without a dash: the
        // speaker, whom the story above names, no crosshead.)
        let named_above = |name: &str| {
            let who = name.split_once(", ").map_or(name, |(who, _)| who);
            who.split_whitespace().last().is_some_and(&repeated)
        };
        let speaker_under = paras.get(i + 1).is_some_and(|next| {
            (next.text.trim_start().starts_with(['—', '–']) && !is_subtitle_of_cjk(&next.text))
                || (next.kind == Kind::Heading
                    && is_undashed_speaker(next.text.trim())
                    && named_above(next.text.trim()))
        });
        paras[i].kind = Kind::Jump;
        // (`PULL QUOTE` over it: the marker of what was dropped, no crosshead.)
        if is_pull_quote_marker(&paras[i - 1].text) {
            paras[i - 1].kind = Kind::Jump;
        }
        if speaker_under {
            paras[i + 1].kind = Kind::Jump;
        }
    }
    // `"This group has worked so hard."` over `— Ellen Porter, coach`: a
    // quote box wholly in quotation marks and its speaker dashed under it,
    // with the speaker's post after a comma. The box keeps its words (they
    // need not repeat the story's; one that does went above), and the
    // speaker is no sign-off.
    for i in 0..paras.len() {
        let text = paras[i].text.trim();
        // (Set close under the quote, the speaker's line is the box's own
        // paragraph's second line.)
        let (quote, line, apart) = match text.split_once('\n') {
            Some((q, l)) => (q.trim(), l.trim(), false),
            None => match paras.get(i + 1) {
                // (A dashed line reads as a deck or a sign-off alone.)
                Some(next)
                    if matches!(
                        next.kind,
                        Kind::Body
                            | Kind::Subtitle
                            | Kind::Heading
                            | Kind::Byline(_)
                            | Kind::Signature(_)
                            | Kind::Credit(_, CreditKind::People)
                    ) =>
                {
                    (text, next.text.trim(), true)
                }
                _ => continue,
            },
        };
        let whole = quote.starts_with(['"', '“'])
            && quote.ends_with(['"', '”'])
            && quote.chars().filter(|c| matches!(c, '"' | '“' | '”')).count() == 2
            && (4..=60).contains(&word_count(quote));
        let speaker =
            line.strip_prefix(['—', '–']).and_then(|s| s.trim().split_once(", ")).is_some_and(|(who, post)| {
                (2..=4).contains(&word_count(who))
                    && is_plain_name(who)
                    && (1..=6).contains(&word_count(post))
                    && !post.ends_with('.')
                    && !post.contains('\n')
                    && !super::byline::is_english_role(post)
            });
        // (Short, the quote reads as a headline; under a story's text it
        // is the box, not the next story's head.)
        let boxed = paras[i].kind == Kind::Body
            || (matches!(paras[i].kind, Kind::Heading | Kind::Subtitle)
                && i > 0
                && matches!(paras[i - 1].kind, Kind::Body | Kind::Lead(..)));
        if boxed && whole && speaker && !is_cjk_text(quote) {
            paras[i].text = format!("{quote} {line}");
            paras[i].kind = Kind::Body;
            if apart {
                paras[i + 1].kind = Kind::Jump;
            }
        }
    }
}

/// `When: 10 a.m.-1 p.m. June 8`, `Cost: Free`: a fact box's field, a label
/// of a word or two (capitalised) and its value after the colon.
fn is_english_field(text: &str) -> bool {
    let t = text.trim();
    !is_cjk_text(t)
        && word_count(t) <= 12
        && t.split_once(": ").is_some_and(|(label, value)| {
            (1..=2).contains(&word_count(label))
                && label.starts_with(|c: char| c.is_uppercase())
                && label.chars().all(|c| c.is_alphabetic() || matches!(c, ' ' | '\'' | '’' | '-'))
                && !value.trim().is_empty()
        })
}

/// `Premier Chris Minns`, `Wang Jing, deputy to the National People's
/// Congress`: a pull quote's speaker set under it without a dash, a name
/// (after a title) or a name and the speaker's post after a comma.
fn is_undashed_speaker(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let with_post = name.split_once(", ").is_some_and(|(who, post)| {
        let who: Vec<&str> = who.split_whitespace().collect();
        (2..=4).contains(&who.len())
            && who.iter().all(|w| w.starts_with(char::is_uppercase))
            && is_plain_name(&who[who.len() - 2..].join(" "))
            && (1..=10).contains(&word_count(post))
            && !post.contains(['"', '“', '”'])
    });
    !name.ends_with(['.', ':', '?', '!'])
        && (with_post
            || ((2..=5).contains(&words.len())
                && words.iter().all(|w| w.starts_with(char::is_uppercase))
                && is_plain_name(&words[words.len().saturating_sub(2)..].join(" "))))
}

/// `Forever loved, Mom, Dad and family`, `Sadly missed by all`: the words
/// a family's in-memoriam notice is signed with.
fn is_memorial_sign_off(text: &str) -> bool {
    const OPENINGS: &[&str] = &[
        "forever loved",
        "always loved",
        "forever missed",
        "sadly missed",
        "deeply missed",
        "loved and missed",
        "love always",
        "loved always",
        "forever in our hearts",
        "always in our hearts",
        "missed and loved",
    ];
    let t = text.trim().to_lowercase();
    // (`Forever loved by fans, the old ground closes` heads a story: the
    // phrase is signed off after it, a comma or `by` and the family.)
    OPENINGS.iter().any(|o| {
        t.strip_prefix(o).is_some_and(|r| r.is_empty() || r == "." || r.starts_with(", ") || r.starts_with(" by "))
    })
}

/// `PULL QUOTE`, `Pullquote:`: an export's marker over a quote lifted from
/// the story beside it.
fn is_pull_quote_marker(text: &str) -> bool {
    let t = label_text(text).trim_end_matches(':').to_lowercase();
    ["pull quote", "pullquote", "pull-quote", "pull quotes"].contains(&t.as_str())
}

/// `ABOUT TOM BECKER`, `BECKER AT A GLANCE`: the label in capitals of a
/// box of facts about someone (`Age: 64`, `Hometown: …`), set beside the
/// story about them.
fn is_bio_box_label(text: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = static_re(
        &RE,
        r"^(?:ABOUT\s+[A-Z][A-Z.'’-]*(?:\s+[A-Z][A-Z.'’-]*){0,3}|[A-Z][A-Z.'’-]*(?:\s+[A-Z][A-Z.'’-]*){0,3}\s+AT\s+A\s+GLANCE)$",
    );
    re.is_match(label_text(text))
}

/// `QUOTE OF THE DAY`, `They said`: the label of a box quoting someone,
/// whose quote is its text.
fn is_quote_box_label(text: &str) -> bool {
    let t = label_text(text).trim_end_matches(':').to_lowercase();
    // `代表委员说`, `网友说`, `两会声音`: a box of what people said, set under
    // a story (its quotes are no more of the story's text).
    let folded = super::text::fold_traditional(&t);
    const SAYERS: &[&str] =
        &["代表委员", "代表", "委员", "网友", "市民", "群众", "村民", "居民", "专家", "游客", "百姓", "他们", "大家"];
    if SAYERS.iter().any(|w| folded.strip_suffix('说').is_some_and(|r| r == *w))
        || ["两会声音", "代表委员声音", "基层声音", "各方声音", "百姓声音"].contains(&&*folded)
    {
        return true;
    }
    [
        "quote of the day",
        "quote of the week",
        "quotes of the day",
        "quote",
        "quotes",
        "quotable",
        "quotable quote",
        "they said",
        "what they said",
        "overheard",
        "in their words",
    ]
    .contains(&t.as_str())
}

/// `——副题` under a Chinese headline is a subtitle, never a quote's speaker.
fn is_subtitle_of_cjk(text: &str) -> bool {
    text.trim_start().starts_with("——") && is_cjk_text(text)
}

/// Paragraph `i` comes right after a finished paragraph of text (a story's
/// last, or a lead whose text after its credits is finished).
fn after_finished_text(paras: &[Para], i: usize) -> bool {
    i > 0 && matches!(paras[i - 1].kind, Kind::Body | Kind::Lead(..)) && is_terminated(text_of(&paras[i - 1]))
}

/// Whether the text under the heads at `i` is plain paragraphs closed by a
/// reporter's credit of their own (`（记者 沈佳）`), the next head or the
/// page's end right after it.
fn signed_at_its_end(paras: &[Para], i: usize) -> bool {
    let Some(e) = (i..paras.len()).find(|&k| !is_head(&paras[k])) else { return false };
    let end = (e..paras.len()).find(|&k| is_head(&paras[k])).unwrap_or(paras.len());
    end >= e + 2
        && paras[e..end - 1].iter().all(|q| q.kind == Kind::Body)
        && matches!(&paras[end - 1].kind, Kind::Credit(c, CreditKind::People) | Kind::Byline(c) if !c.reporters.is_empty())
}

/// The text of a paragraph after its lead's credits.
fn text_of(p: &Para) -> &str {
    match &p.kind {
        Kind::Lead(_, rest) => rest,
        _ => &p.text,
    }
}

/// `The Washington Post`, `Los Angeles Times`: a paper's name as papers set
/// it under a syndicated story's byline, every word capitalised.
fn is_publication(text: &str) -> bool {
    let t = text.trim();
    let capitalised = t.split_whitespace().all(|w| w.starts_with(|c: char| c.is_uppercase() || c == '&'));
    capitalised && (super::header::is_paper_name(t) || super::header::is_paper_name(&format!("The {t}")))
}

/// `Cricket: IPL: …`, `Norway Chess: Round 7, …`: an English box's entry,
/// a label of a word or two before a colon, then at most `max` words.
fn opens_on_entry_label(text: &str, max: usize) -> bool {
    text.split_once(": ").is_some_and(|(label, rest)| {
        (1..=2).contains(&word_count(label))
            && label.starts_with(char::is_uppercase)
            && label.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && label.chars().all(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '\''))
            && word_count(rest) <= max
    })
}

/// `淇滨区：`, `Editorial:`: a few words and a colon on a line of their own.
/// `青山镇：“订单农业”` over `让果农吃下“定心丸”`, `东湖镇：人居环境整治` over
/// `扮靓美丽乡村`: a place-led headline (a county, district, township or
/// village before the colon) broken after a few words, the rest short and
/// plain (no colon, gap or figure, which a headline of its own under a
/// place's slogan has: `一季度签约项目32个 总投资156亿元`).
fn breaks_place_headline(first: &str, second: &str) -> bool {
    const PLACES: &[&str] = &["县", "区", "市", "镇", "乡", "街道", "村", "社区"];
    let Some((place, said)) = first.split_once('：') else { return false };
    (2..=6).contains(&len(place))
        && place.chars().all(super::text::is_han)
        && PLACES.iter().any(|p| place.ends_with(p))
        && (2..=10).contains(&len(said))
        && !said.contains(['：', '，', '。', ' ', '\u{3000}'])
        && (4..=12).contains(&len(second))
        && !second.contains(['：', ':', '，', '。', ' ', '\u{3000}', '—'])
        && !second.chars().any(|c| c.is_ascii_digit())
}

/// `县人民医院` over `开展“健康义诊进乡村”活动`: a headline broken after its
/// subject, the line under it opening on the verb (no headline opens on
/// `开展` or `举办` with its doer left out), the subject a short name with
/// no mark in it.
fn subject_over_its_verb(first: &str, second: &str) -> bool {
    const VERBS: &[&str] = &[
        "开展", "举办", "举行", "召开", "启动", "组织", "实施", "推进", "出台", "发布", "荣获", "获评", "获得", "完成",
        "成功", "启用", "建成", "签约", "走进", "深入",
    ];
    // The subject names a body or place (`县人民医院`, `市公安局`, `城关镇`),
    // not a topic (`乡村振兴` over `推进…` is a kicker).
    const BODIES: &[&str] = &[
        "院", "校", "学", "局", "委", "办", "中心", "会", "公司", "集团", "镇", "乡", "县", "区", "市", "村", "社区",
        "街道", "站", "所", "队", "馆", "部", "厅", "园",
    ];
    let body_acts = (3..=8).contains(&len(first))
        && first.chars().all(super::text::is_han)
        && BODIES.iter().any(|b| first.ends_with(b))
        && VERBS.iter().any(|v| second.starts_with(v))
        && (6..=20).contains(&len(second))
        && !second.contains(['：', ':', '，', '。', '　']);
    body_acts || works_over_when(first, second)
}

/// `地铁三号线二期工程` over `今年底全线贯通`: a headline broken after the
/// works it is about, the line under it saying when they will be done (no
/// headline opens on `今年底` or `有望` with the thing it speaks of left out);
/// a kicker over a headline says something of its own.
fn works_over_when(first: &str, second: &str) -> bool {
    const WORKS: &[&str] =
        &["工程", "项目", "号线", "大桥", "隧道", "公路", "高速", "机场", "枢纽", "场馆", "新城", "园区"];
    // (`游泳馆完成改造` over `本月中旬起对市民开放`: a clause of its own over
    // the headline, its verb said, is a kicker.)
    const DONE: &[&str] = &["完成", "建成", "启动", "开工", "竣工", "通过", "获批", "落地", "投用"];
    const WHEN: &[&str] = &[
        "今年底",
        "年底",
        "年内",
        "月底",
        "本月",
        "下月",
        "明年",
        "预计",
        "有望",
        "即将",
        "将于",
        "正式",
        "顺利",
        "全线",
        "主体",
    ];
    (4..=12).contains(&len(first))
        && first.chars().all(|c| super::text::is_han(c) || c.is_ascii_digit())
        && WORKS.iter().any(|w| first.ends_with(w))
        && !DONE.iter().any(|v| first.contains(v))
        && WHEN.iter().any(|w| second.starts_with(w))
        && (4..=16).contains(&len(second))
        && !second.contains(['：', ':', '，', '。', '　', ' '])
}

fn is_label_before_colon(text: &str) -> bool {
    let Some(label) = text.strip_suffix(['：', ':']) else { return false };
    let max = if is_cjk_text(label) { 8 } else { 24 };
    (1..=max).contains(&len(label))
        && !label.contains(['。', '，', ',', '：', ':', '；', '！', '？', '(', '（', '“', '"'])
        && !super::repair::is_qa(text)
}

/// `K. Lakshmi`, `Mohamed Imranullah S.`: a name with initials, as Indian
/// papers sign (two to four words, one at least a whole name).
pub(super) fn is_name_with_initials(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    let initial = |w: &str| {
        let cs: Vec<char> = w.chars().collect();
        cs.len() == 2 && cs[0].is_ascii_uppercase() && cs[1] == '.'
    };
    let whole = |w: &str| {
        w.starts_with(|c: char| c.is_uppercase())
            && w.chars().skip(1).all(char::is_lowercase)
            && w.chars().count() >= 2
            && !super::byline::HEADLINE_SMALL_WORDS.contains(&w)
    };
    (2..=4).contains(&words.len())
        && words.iter().all(|w| initial(w) || whole(w))
        && words.iter().any(|w| initial(w))
        && words.iter().any(|w| whole(w))
}

/// `K. Lakshmi CHENNAI`: a writer's name and the place in capitals, run
/// into one line.
fn name_then_caps_place(t: &str) -> Option<(String, String)> {
    let words: Vec<&str> = t.split_whitespace().collect();
    let caps =
        words.iter().rev().take_while(|w| is_caps_place_line(w) || w.chars().all(|c| c.is_ascii_uppercase())).count();
    let caps = caps.min(2);
    if caps == 0 || words.len() < caps + 2 {
        return None;
    }
    let (name, place) = (words[..words.len() - caps].join(" "), words[words.len() - caps..].join(" "));
    (is_caps_place_line(&place) && (is_plain_name(&name) || is_name_with_initials(&name)))
        .then(|| (name, super::text::title_case_caps(&place)))
}

/// `CHENNAI`, `NEW DELHI`: a place alone in capitals on its line, as
/// Indian papers set the dateline under the byline.
pub(super) fn is_caps_place_line(t: &str) -> bool {
    let t = t.trim();
    (1..=3).contains(&word_count(t))
        && t.chars().all(|c| c.is_ascii_uppercase() || c == ' ' || c == '-' || c == '.')
        && t.chars().filter(char::is_ascii_uppercase).count() >= 3
        // (`ESTATE NOTICE`, `UPDATE`: a label, no place.)
        && super::byline::is_colon_place(t)
        // (`IN COURT`, `AT A GLANCE`: a list's or a box's head; no place's
        // name opens on a preposition.)
        && !["IN", "ON", "AT", "FOR", "FROM", "OF", "TO", "AROUND", "INSIDE", "WITH"]
            .contains(&t.split(' ').next().unwrap_or(""))
}

/// `WESTERN BUREAU:`, `NORTH COAST BUREAU`: a paper's regional desk, in
/// capitals, two or three words, the last `BUREAU`.
fn is_bureau_line(t: &str) -> bool {
    let t = t.trim().trim_end_matches(':').trim_end();
    (2..=3).contains(&word_count(t))
        && t.ends_with(" BUREAU")
        && t.chars().all(|c| c.is_ascii_uppercase() || c == ' ' || c == '-')
}

/// `MORANT BAY, St Thomas:`, `HOLA, Tana River County`: a town in capitals
/// and its parish, county or state in title case, alone on the line (a
/// colon may close it), as the place and region a dateline names. A
/// heading in capitals has no such comma and title-case tail.
fn caps_place_and_region(t: &str) -> Option<String> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = static_re(
        &RE,
        r"^(\p{Lu}[\p{Lu}'\-]+(?: \p{Lu}[\p{Lu}'\-]+){0,2}),\s*((?:St\.? )?[A-Z][a-z]+(?:[ \-][A-Z][a-z]+){0,2})\s*:?$",
    );
    let c = re.captures(t.trim())?;
    let town = c.get(1)?.as_str();
    if !is_caps_place_line(town) {
        return None;
    }
    Some(format!("{}, {}", super::text::title_case_caps(town), c.get(2)?.as_str()))
}

/// `Kisii` over `Hundreds of teachers in Kisii County…`: a place in title
/// case alone under a byline, named again in the paragraph under it, is the
/// dateline (Kenyan papers). A crosshead seldom stands right under the
/// byline, and its words seldom open the story as a place's do.
fn is_named_place_over(t: &str, next: &str) -> bool {
    let t = t.trim();
    (1..=2).contains(&word_count(t))
        && t.split(' ').all(|w| {
            let mut cs = w.chars();
            cs.next().is_some_and(|c| c.is_ascii_uppercase())
                && cs.all(|c| c.is_ascii_lowercase() || c == '-')
                && w.len() >= 3
        })
        && super::byline::is_colon_place(t)
        && next.split(['.', '!', '?']).next().is_some_and(|first| {
            first.match_indices(t).any(|(at, _)| {
                // As a word of its own, not inside another.
                let before = first[..at].chars().next_back();
                let after = first[at + t.len()..].chars().next();
                !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
            })
        })
}

/// Whether the paragraph before `i` is a deck set as a line of text under
/// the headline (no sentence), as it is over a byline without `By`.
fn is_deck_over(paras: &[Para], i: usize) -> bool {
    i >= 2
        && paras[i - 1].kind == Kind::Body
        && is_head(&paras[i - 2])
        && !is_terminated(&paras[i - 1].text)
        && word_count(&paras[i - 1].text) <= 30
}

/// `Ben Carter`, `Jack Horgan-Jones and Pat Leahy`: one to three names of
/// two or three words each, joined by `and` or `&`, as a byline without `By`.
fn plain_names(t: &str) -> Option<Vec<String>> {
    // `Jane Doe @janedoe`: the writer's handle after the name.
    let t = t.trim();
    let t =
        t.rsplit_once(" @").filter(|(_, h)| h.chars().all(|c| c.is_alphanumeric() || c == '_')).map_or(t, |(n, _)| n);
    let names: Vec<String> =
        t.trim().split(" and ").flat_map(|p| p.split(" & ")).map(|p| p.trim().to_string()).collect();
    // (`Pieter van der Merwe`, `Anna de la Rey`: a surname's particles in
    // lower case make a fourth word, as no headline's words are.)
    let short = |n: &str| {
        word_count(n) <= 3 || (word_count(n) == 4 && n.split_whitespace().any(|w| w.starts_with(char::is_lowercase)))
    };
    (names.len() <= 3 && names.iter().all(|n| is_plain_name(n) && short(n))).then_some(names)
}

/// `Ken Ito in Tokyo`, `Olaleye Aluko, Abuja`, `Ken Ito — Tokyo`, `KEN ITO
/// — TOKYO`: writers without `By` and the place they filed from, as the FT
/// and Nigerian papers sign under a headline; the dash sets the place off
/// as the comma does, and a byline in capitals names its place in them.
fn writer_and_place(t: &str) -> Option<Credits> {
    let t = t.trim();
    let dashed = [" — ", " – "].iter().find_map(|d| t.split_once(d).filter(|(_, p)| !p.contains(*d)));
    let t = dashed.map_or_else(|| t.to_string(), |(n, p)| format!("{}, {}", n.trim(), p.trim()));
    if t.chars().any(char::is_lowercase) {
        return super::byline::writers_in_places(&t)
            .or_else(|| super::byline::writers_comma_place(&t))
            .or_else(|| super::byline::writers_each_comma_place(&t));
    }
    let (names, place) = t.rsplit_once(", ")?;
    let reporters = names_in_capitals(names)?;
    let place = super::text::title_case_caps(place);
    (is_caps_place_line(&t[names.len() + 2..]) && reporters.len() <= 3).then(|| Credits {
        reporters,
        dateline: Some(super::byline::RawDateline { place: Some(place), month: None, day: None }),
        ..Credits::default()
    })
}

/// Cities a reporter files from, in capitals, that a one-word place after a
/// two-word name in capitals must be (see [`caps_writer_then_place`]):
/// Canada's capitals and larger cities, and the world's capitals that
/// datelines name most.
const DATELINE_CITIES: &[&str] = &[
    "OTTAWA",
    "TORONTO",
    "MONTREAL",
    "MONTRÉAL",
    "VANCOUVER",
    "CALGARY",
    "EDMONTON",
    "WINNIPEG",
    "HALIFAX",
    "REGINA",
    "SASKATOON",
    "VICTORIA",
    "QUEBEC",
    "QUÉBEC",
    "FREDERICTON",
    "CHARLOTTETOWN",
    "WHITEHORSE",
    "YELLOWKNIFE",
    "IQALUIT",
    "HAMILTON",
    "LONDON",
    "KINGSTON",
    "WINDSOR",
    "MONCTON",
    "SUDBURY",
    "KELOWNA",
    "GATINEAU",
    "LAVAL",
    "MISSISSAUGA",
    "BRAMPTON",
    "SURREY",
    "BURNABY",
    "OSHAWA",
    "BARRIE",
    "GUELPH",
    "WATERLOO",
    "KITCHENER",
    "NANAIMO",
    "KAMLOOPS",
    "LETHBRIDGE",
    "SHERBROOKE",
    "WASHINGTON",
    "BEIJING",
    "PARIS",
    "BERLIN",
    "TOKYO",
    "MOSCOW",
    "BRUSSELS",
    "GENEVA",
    "KYIV",
    "JERUSALEM",
    "ROME",
    "MADRID",
    "DUBLIN",
    "CANBERRA",
    "SYDNEY",
    "WELLINGTON",
    "AUCKLAND",
    "DELHI",
    "MUMBAI",
    "SEOUL",
    "BANGKOK",
    "SINGAPORE",
    "MANILA",
    "JAKARTA",
    "NAIROBI",
    "LAGOS",
    "JOHANNESBURG",
    "CAIRO",
    "ISTANBUL",
    "ANKARA",
    "TEHRAN",
    "BAGHDAD",
    "BEIRUT",
    "DAMASCUS",
    "DUBAI",
    "RIYADH",
    "MEXICO",
    "HAVANA",
    "BOGOTA",
    "LIMA",
    "SANTIAGO",
    "BRASILIA",
    "CHICAGO",
    "BOSTON",
    "SEATTLE",
    "DENVER",
    "HOUSTON",
    "DALLAS",
    "ATLANTA",
    "MIAMI",
    "DETROIT",
    "PHILADELPHIA",
    "BALTIMORE",
    "BUFFALO",
    "EDINBURGH",
    "GLASGOW",
    "CARDIFF",
    "BELFAST",
];

/// `JANE SMITH OTTAWA`, `JEAN-FRANÇOIS CÔTÉ QUEBEC CITY`, `JANE SMITH
/// OTTAWA BUREAU CHIEF`: Canadian papers run the writer's name in capitals
/// into the place filed from, or into the post, on one line. Such a name is
/// mostly two words; a third is read as the name's only when the two after
/// it make no place of their own (`CITY`, `NEW`, `ST.`).
pub(super) fn caps_writer_then_place(t: &str) -> Option<Credits> {
    const PLACE_FIRST: &[&str] =
        &["NEW", "SAN", "SANTA", "ST.", "SAINT", "PORT", "FORT", "PRINCE", "LOS", "LAS", "THE"];
    const PLACE_LAST: &[&str] = &["CITY", "BAY", "FALLS", "HARBOUR", "HARBOR", "BEACH", "HILL", "HILLS", "LAKE"];
    let t = t.trim();
    let words: Vec<&str> = t.split_whitespace().collect();
    if !(3..=6).contains(&words.len()) || t.chars().any(char::is_lowercase) {
        return None;
    }
    let caps_place = |p: &str| {
        p.chars().all(|c| c.is_uppercase() || " -.'".contains(c))
            && p.chars().filter(|c| c.is_uppercase()).count() >= 3
            && super::byline::is_colon_place(p)
    };
    let dateline =
        |p: &str| super::byline::RawDateline { place: Some(super::text::title_case_caps(p)), month: None, day: None };
    let name = |k: usize| names_in_capitals(&words[..k].join(" ")).filter(|n| n.len() == 1);
    let rest = words[2..].join(" ");
    if super::byline::is_english_role(&rest) {
        return Some(Credits { reporters: name(2)?, ..Credits::default() });
    }
    let two_word_place =
        words.len() == 4 && (PLACE_FIRST.contains(&words[2]) || PLACE_LAST.contains(&words[3])) && caps_place(&rest);
    // Three words are as often a name of three (`MARY ANN SMITH`): the
    // last is a place only when it is a city papers file from.
    if (words.len() == 3 && DATELINE_CITIES.contains(&words[2])) || two_word_place {
        caps_place(&rest).then_some(())?;
        return Some(Credits { reporters: name(2)?, dateline: Some(dateline(&rest)), ..Credits::default() });
    }
    let place = words[3..].join(" ");
    (words.len() == 4 && caps_place(&place)).then_some(())?;
    Some(Credits { reporters: name(3)?, dateline: Some(dateline(&place)), ..Credits::default() })
}

/// `MADURAI`, `NEW DELHI`: a place in capitals heading a brief, title-cased.
/// American papers add the country or state after a comma, as their
/// datelines do (`NAIROBI, Kenya`, `MEXICO CITY, Mexico`, `SALEM, Ore.`):
/// the city title-cased, the rest as set.
fn brief_place(t: &str) -> Option<String> {
    let t = t.trim();
    let caps = |t: &str| {
        let words: Vec<&str> = t.split_whitespace().collect();
        (1..=3).contains(&words.len())
            && words.iter().all(|w| w.chars().count() >= 2 && w.chars().all(|c| c.is_ascii_uppercase() || c == '-'))
            && !is_english_brief_label(t)
            && department(t).is_none()
    };
    if let Some((city, region)) = t.split_once(", ") {
        let words: Vec<&str> = region.split_whitespace().collect();
        let region_ok = (1..=3).contains(&words.len())
            && words.iter().all(|w| {
                w.chars().next().is_some_and(|c| c.is_ascii_uppercase())
                    && w.chars().all(|c| c.is_ascii_alphabetic() || c == '.' || c == '-')
            })
            && region.chars().any(|c| c.is_ascii_lowercase() || c == '.');
        return (caps(city) && region_ok).then(|| format!("{}, {region}", super::text::title_case_caps(city)));
    }
    caps(t).then(|| super::text::title_case_caps(t))
}

/// `WASSANA NANUAM` under a headline in sentence case: a name in capitals
/// (Thai and African papers sign so), in the form the story's byline takes.
/// Not a label set in capitals there (`NEWS ANALYSIS`, `OUR VIEW`).
pub(super) fn names_in_capitals(t: &str) -> Option<Vec<String>> {
    // Labels, and the words a deck of two or three words in capitals is
    // made of (`JOBS LOST`, `PRICES TO RISE`): common English words, which
    // names of the kind set so (Thai, Nigerian, Indian) seldom are. A deck
    // taken for a name would leave the story's text, so the list errs wide.
    const NOT_NAMES: &[&str] = &[
        "NEWS",
        "VIEW",
        "VIEWS",
        "ANALYSIS",
        "EDITORIAL",
        "EXCLUSIVE",
        "REPORT",
        "BRIEF",
        "BRIEFS",
        "OPINION",
        "COMMENT",
        "SPECIAL",
        "UPDATE",
        "LIVE",
        "LATEST",
        "FEATURE",
        "INTERVIEW",
        "REVIEW",
        "FOCUS",
        "PROFILE",
        "LETTERS",
        "BREAKING",
        "WORLD",
        "SPORT",
        "SPORTS",
        "BUSINESS",
        "MARKETS",
        "WEATHER",
        "TODAY",
        "INSIDE",
        "OUR",
        "THE",
        "IN",
        "OF",
        "ON",
        "FOR",
        "AT",
        "TO",
        "BY",
        "WITH",
        "FROM",
        "UP",
        "DOWN",
        "OUT",
        "OFF",
        "OVER",
        "NEW",
        "OLD",
        "BIG",
        "TOP",
        "MORE",
        "LESS",
        "NO",
        "NOT",
        "ALL",
        "ONE",
        "TWO",
        "FIRST",
        "LAST",
        "NEXT",
        "JOBS",
        "JOB",
        "LOST",
        "LOSS",
        "WIN",
        "WINS",
        "WON",
        "CUT",
        "CUTS",
        "RISE",
        "RISES",
        "FALL",
        "FALLS",
        "DEAL",
        "PLAN",
        "PLANS",
        "BAN",
        "HIT",
        "HITS",
        "SET",
        "GET",
        "GETS",
        "GO",
        "GOES",
        "MAKE",
        "TAKE",
        "BACK",
        "HOME",
        "LIFE",
        "DEATH",
        "DEAD",
        "KILLED",
        "HELD",
        "FREE",
        "OPEN",
        "OPENS",
        "CLOSE",
        "CLOSES",
        "CLOSED",
        "PRICE",
        "PRICES",
        "RATE",
        "RATES",
        "TAX",
        "PAY",
        "COST",
        "COSTS",
        "MONEY",
        "FUND",
        "FUNDS",
        "POLICE",
        "COURT",
        "LAW",
        "VOTE",
        "POLL",
        "WAR",
        "PEACE",
        "FIRE",
        "FLOOD",
        "RAIN",
        "HEAT",
        "WATER",
        "POWER",
        "CITY",
        "TOWN",
        "SCHOOL",
        "SCHOOLS",
        "HEALTH",
        "SAFETY",
        "CRISIS",
        "ALERT",
        "WARNING",
        "CALL",
        "CALLS",
        "BID",
        "MOVE",
        "TALKS",
        "TRADE",
        "GROWTH",
        "DEBT",
        "AID",
        "HELP",
        "HOPE",
        "FEAR",
        "FEARS",
        "ROW",
        "CLASH",
        "BOOST",
        "DAY",
        "WEEK",
        "YEAR",
        "TIME",
        "WAY",
        "END",
        "START",
        "STAR",
        "STARS",
        "GAME",
        "TEAM",
        "CUP",
        "LEAGUE",
        "RECORD",
        "HIGH",
        "LOW",
        "SAFE",
        "RISK",
        "MAN",
        "WOMAN",
        "MEN",
        "WOMEN",
        "CHILD",
        "CHILDREN",
        "KIDS",
        "FAMILY",
        "PEOPLE",
        "STAFF",
        "WORKERS",
        "STRIKE",
        "DELAY",
        "DELAYS",
        "CHANGE",
        "CHANGES",
        "MISSING",
        "FOUND",
        "SAVED",
        "LIKE",
        "JUST",
        "STILL",
        "NOW",
        "AGAIN",
        "AHEAD",
        "AFTER",
        "BEFORE",
        "WHY",
        "HOW",
        "WHAT",
        "WHO",
        "WHEN",
        "WHERE",
        "IS",
        "ARE",
        "WAS",
        "BE",
        "HAS",
        "HAVE",
        "IT",
        "ITS",
        "AS",
        "OR",
        "BUT",
    ];
    let t = t.trim();
    // (`NOMVULA DLAMINI and LUYANDA SHABALALA`: the `and` between the names
    // may be set in lower case.)
    let words: Vec<&str> = t.split_whitespace().filter(|w| !w.eq_ignore_ascii_case("and")).collect();
    let caps = t.chars().any(char::is_uppercase) && !words.iter().any(|w| w.chars().any(char::is_lowercase));
    if !caps
        || words.len() < 2
        || words.iter().any(|w| NOT_NAMES.contains(&w.trim_matches(|c: char| !c.is_alphabetic())))
    {
        return None;
    }
    let t = t.split_whitespace().map(|w| if w == "and" { "AND" } else { w }).collect::<Vec<_>>().join(" ");
    plain_names(&super::text::title_case_caps(&t).replace(" And ", " and "))
}

fn is_long_headline(p: &Para) -> bool {
    is_headline_of_at_most(p, 64)
}

/// [`is_long_headline`] up to `max` characters.
fn is_headline_of_at_most(p: &Para, max: usize) -> bool {
    let text = without_closing_initialism(&p.text);
    p.kind == Kind::Body
        && !is_terminated(text)
        && !has_inner_sentence_mark(text)
        && len(&p.text) <= max
        && !is_qa(text)
}

/// `Wildfire season starts early in northern B.C.`: a headline may end in a
/// place's initials (`B.C.`, `N.S.W.`, `U.S.`), whose last dot ends no
/// sentence. The text before them, to be asked whether it is a sentence.
fn without_closing_initialism(text: &str) -> &str {
    static RE: OnceLock<Regex> = OnceLock::new();
    let t = text.trim_end();
    match static_re(&RE, r"\s(?:[A-Z]\.){2,4}$").find(t) {
        Some(m) => t[..m.start()].trim_end(),
        None => t,
    }
}

fn is_column_label(text: &str, rules: &ImportRules) -> bool {
    rules.column_markers.iter().any(|m| text.contains(m.as_str()))
}

/// `【比分】山东泰山2∶1上海申花`, `【进球】刘子豪（56分钟）`: a bracketed
/// label run into its text, a line of facts as short as a subhead.
fn is_labelled_line(text: &str) -> bool {
    let Some(rest) = text.trim().strip_prefix('【') else { return false };
    rest.split_once('】').is_some_and(|(label, after)| (1..=6).contains(&len(label)) && !after.trim().is_empty())
}

/// `【相關新聞刊A8】`, `▶相关报道见第5版`: a pointer to related news on
/// another page, text of the story it closes (never the next one's headline).
fn is_see_also(text: &str) -> bool {
    static SEE_ALSO: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = super::text::static_re(
        &SEE_ALSO,
        r"^[【\[〔(（▶►>＞\s]*(?:相关|更多)(?:新闻|报道|内容|文章|消息|图片|评论|专题|图文)\s*(?:刊|见|刊于|刊登于|详见|请见|请看|转)\s*(?:第\s*)?[A-Za-z]{0,2}\s*[0-9０-９]{1,3}\s*(?:版|页)?\s*[】\]〕)）]?$",
    );
    re.is_match(super::text::fold_traditional(text).trim())
}

/// `（相关报道见A13版）`: one note in brackets, the whole line.
fn is_bracketed(text: &str) -> bool {
    let t = text.trim();
    in_brackets(t).is_some_and(|i| !i.contains(['（', '(', '）', ')']))
}

/// A subhead as the page's layout boxed it (`■新闻链接`, `【健康问答】`): its words.
fn subhead_text(text: &str) -> String {
    let t = text.trim_start_matches(BOX_MARKERS).trim();
    black_bracketed(t).unwrap_or(t).trim().to_string()
}

/// `供水抢修：96390`, `市民热线：12345`: a row of a service box, a short
/// label and a hotline. A headline with a colon says something after it; a
/// bare run of five or more digits is a number to call, not words.
fn is_service_number_row(text: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    static_re(&RE, r"^\p{Han}{2,10}\s*[:：]\s*[0-9０-９][0-9０-９\- ]{2,}[0-9０-９]$").is_match(text.trim())
        && text.chars().filter(|c| c.is_ascii_digit() || ('０'..='９').contains(c)).count() >= 5
}

/// `牵头单位:鹤壁市工业和信息化局`: a label and its value, not a subhead.
pub(super) fn is_field_line(text: &str) -> bool {
    text.find([':', '：']).is_some_and(|i| {
        let label = &text[..i];
        (1..=6).contains(&len(label)) && !label.contains(' ')
    })
}

/// `主帅：输在细节`, `专家：警惕“倒春寒”`, alone between two paragraphs of a
/// story's text: a crosshead saying who says what the next part tells,
/// not a field (a notice's fields come in runs, with figures, names and
/// places, not between paragraphs of running text).
fn is_said_crosshead(body: &[Para], j: usize) -> bool {
    let t = body[j].text.trim();
    let Some((who, what)) = t.split_once(['：', ':']) else { return false };
    let running = |p: Option<&Para>| {
        p.is_some_and(|q| {
            let text = text_of(q);
            matches!(q.kind, Kind::Body | Kind::Lead(..))
                && len(text) >= 20
                && is_cjk_text(text)
                && !is_field_line(text)
        })
    };
    (2..=4).contains(&len(who))
        && who.chars().all(super::text::is_han)
        && (3..=12).contains(&len(what))
        && what.chars().all(|c| super::text::is_han(c) || "“”‘’！？".contains(c))
        && !is_contact_field(t)
        && j > 0
        && running(body.get(j - 1))
        && is_terminated(text_of(&body[j - 1]))
        && running(body.get(j + 1))
}

/// `咨询电话：0392-3300000`, `地址：…`: a field of an advertisement or notice.
/// A headline's own `安华：年底前动工逾600项目` names who says it.
pub(super) fn is_contact_field(text: &str) -> bool {
    const FIELDS: &[&str] = &[
        "地址",
        "电话",
        "热线",
        "手机",
        "传真",
        "邮箱",
        "邮编",
        "网址",
        "微信",
        "联系人",
        "时间",
        "日期",
        "地点",
        "单位",
        "报名",
        "咨询",
        "价格",
        "票价",
        "费用",
        "方式",
        "截止",
        "营业",
    ];
    is_field_line(text)
        && text.find([':', '：']).is_some_and(|i| {
            let label = super::text::fold_traditional(&text[..i]);
            FIELDS.iter().any(|f| label.ends_with(f) || label.starts_with(f))
        })
}

/// `时间：…`, `地點：…`: the field of a notice or event saying when or where.
fn is_when_or_where(text: &str) -> bool {
    text.find([':', '：']).is_some_and(|i| {
        let label = super::text::fold_traditional(&text[..i]);
        ["时间", "日期", "地点", "地址"].iter().any(|f| label.ends_with(f))
    })
}

/// `《长河灯火》剧照  片方供图`, `市民在公园纳凉　本报记者 王磊 摄`: a caption
/// closed by its picture's credit, set apart by a space; text of the story
/// it illustrates, however short, never the next story's headline.
pub(super) fn ends_with_photo_credit(text: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let t = text.trim();
    len(t) <= 80
        && static_re(
            &RE,
            r"\S{4}(?:\s+|\u{3000}+)(?:本报记者|记者|通讯员)?\s?\p{Han}{1,10}(?:\s\p{Han}{1,4})?\s?(?:供图|摄|摄影|提供)$",
        )
        .is_match(t)
}

/// `crime reporter`, `chief political correspondent`: the writer's role as
/// some British regionals set it under the name, all in lower case; no
/// sentence is two to four lower-case words ending on a role's noun.
fn is_lower_case_role(text: &str) -> bool {
    const NOUNS: &[&str] = &["editor", "correspondent", "reporter", "writer", "columnist", "journalist"];
    let words: Vec<&str> = text.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words.iter().all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
        && words.last().is_some_and(|w| NOUNS.contains(&w.strip_suffix('s').unwrap_or(w)))
}

/// `Contributed`, `Submitted by Crieff Rotary Club`: community notes signed
/// by whoever sent them in, under their text.
fn is_contributed_line(text: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    static_re(&RE, r"^(?:[—–]\s*)?(?:Contributed|Submitted|Supplied)(?:\s+by\s+[A-Z][\w.'&\- ]{1,50})?\.?$")
        .is_match(text.trim())
}

/// `March 4, 1938 – June 8, 2024`, `1938 - 2024`: the years of a life, as an
/// obituary sets them under the name.
fn is_life_dates(text: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    // (Set in brackets too, `(1938-2026)`, by papers that bracket them.)
    let t = text.trim();
    let t = t.strip_prefix(['(', '[']).and_then(|r| r.strip_suffix([')', ']'])).unwrap_or(t).trim();
    static_re(
        &RE,
        r"^(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+)?(?:1[89]|20)\d\d\s*[–—-]\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+)?(?:1[89]|20)\d\d$",
    )
    .is_match(t)
}

/// Appends a paragraph of text to `d`; the first, opening on a plain-case
/// town and a dash (`Durban — More than…`), gives the story its dateline.
fn push_text(d: &mut Draft, text: String) {
    let first = d.credits.dateline.is_none() && !d.blocks.iter().any(|b| matches!(b, Block::Para(_)));
    match super::byline::parse_town_dash_lead(&text).filter(|_| first) {
        Some((c, at)) => {
            d.credits.merge(c);
            d.blocks.push(Block::Para(text[at..].to_string()));
        }
        None => d.blocks.push(Block::Para(text)),
    }
}

fn build_draft(range: &[Para], rules: &ImportRules) -> Draft {
    let mut d = Draft { line: range.first().map_or(0, |p| p.no), ..Draft::default() };
    let mut i = 0;
    // `From Page B1` set over the jumped part's slug.
    while range.get(i).is_some_and(|p| p.kind == Kind::Jump) && range.get(i + 1).is_some_and(is_head) {
        take_jumps(&mut d, &range[i]);
        i += 1;
    }
    // Some papers set the byline above the headline.
    while let Some(Kind::Byline(c)) = range.get(i).map(|p| &p.kind) {
        d.credits.merge(c.clone());
        i += 1;
    }
    // An editor's note over the headline opens the story's text.
    let mut note: Vec<String> = Vec::new();
    if range.get(i).is_some_and(is_editors_note) {
        let s = note_start_len(&range[i..]);
        if s > 0 && range.get(i + s).is_some_and(is_head) {
            note = range[i..i + s].iter().map(|p| p.text.clone()).collect();
            i += s;
        }
    }
    let mut headings: Vec<String> = Vec::new();
    let mut subtitles: Vec<String> = Vec::new();
    let mut captions: Vec<String> = Vec::new();
    while i < range.len() && is_head(&range[i]) {
        // `地址：…`, `咨询电话：…` under an advertisement's two lines of
        // display type are its text, not more headline.
        if headings.len() >= 2 && is_contact_field(&range[i].text) {
            break;
        }
        // `時間：3月10日起，每周二晚間7時` under an event's head: when and
        // where it is, never its deck.
        if headings.len() == 1 && is_contact_field(&range[i].text) && is_when_or_where(&range[i].text) {
            break;
        }
        // `WHAT'S ON` over `Friday, March 6` over the day's entries: the
        // listing's label is its title, the day a subhead of its text.
        if !headings.is_empty() && range[i].kind == Kind::Heading && is_day_heading(&range[i].text) {
            break;
        }
        // `春季过敏如何科学应对` over `专家名片` over who the expert is: the
        // label of a fact box set at the story's head is a subhead of its
        // text, never the headline's second line.
        if !headings.is_empty()
            && subtitles.is_empty()
            && is_fact_box_label(&range[i].text)
            && range.get(i + 1).is_some_and(|q| q.kind == Kind::Body)
        {
            break;
        }
        // `以案说法` / `“借名买房”房子归谁？` over `【案情】` and its text: the
        // case box's first field label is a subhead of its text, no deck.
        if !headings.is_empty()
            && is_bracketed_label(&range[i].text)
            && range.get(i + 1).is_some_and(|q| q.kind == Kind::Body)
        {
            break;
        }
        // A heading directly followed by body with nothing else before it is
        // the title; stop before a second run of headings after a subtitle.
        match range[i].kind {
            // `Traders arrange their wares… PHOTO | KEVIN ODIT | NATION` set
            // between headline and byline: the photo's caption, no deck.
            Kind::Subtitle
                if !is_cjk_text(&range[i].text)
                    && let Some((caption, credits)) =
                        super::byline::strip_trailing_photo_credit(&range[i].text, rules)
                    && is_terminated(&caption)
                    && !credits.contributors.is_empty() =>
            {
                d.credits.merge(credits);
                captions.push(caption.trim_end().to_string());
            }
            Kind::Subtitle => subtitles.push(strip_subtitle(&range[i].text).to_string()),
            _ if !subtitles.is_empty() => break,
            _ => headings.push(range[i].text.clone()),
        }
        take_jumps(&mut d, &range[i]);
        i += 1;
    }
    // `政府工作报告中的几个关键数字` over `——国内生产总值增长目标为5%左右` and
    // `——城镇新增就业1200万人以上`: a box's points, each set after its dash,
    // are a list under its headline; a 副题 is one line.
    let dashed = |p: &Para| p.kind == Kind::Subtitle && is_cjk_text(&p.text) && p.text.trim_start().starts_with("——");
    if subtitles.len() >= 2 && i >= subtitles.len() && range[i - subtitles.len()..i].iter().all(dashed) {
        d.blocks.extend(subtitles.drain(..).map(Block::Item));
    }
    match headings.as_slice() {
        [] => {}
        // `天气预报` over `今天白天：多云转小雨…` and `明天：…`: a forecast's
        // lines are its text, each on its own line, and no headline or deck.
        [label, lines @ ..]
            if lines.first().is_some_and(|l| is_field_line(l))
                && weather_label().is_match(&super::text::fold_traditional(label_text(label))) =>
        {
            d.title = Some(label_text(label).to_string());
            d.blocks.extend(lines.iter().map(|l| Block::Para(l.clone())));
        }
        // `【公告】` over its text: the label is the title, out of its brackets.
        // `【数据】` over a fact box: a label alone in its brackets is one too.
        [label] if department(label).is_some() || black_bracketed(label).is_some_and(|i| (2..=8).contains(&len(i))) => {
            d.title = Some(label_text(label).to_string())
        }
        [_] => d.title = headings.pop(),
        // `赛果速递` over `■CBA常规赛第26轮` over its scores: the first item
        // of a brief column, as each after it is, under the column's label.
        [label, item]
            if is_brief_label(label) && boxed(item) && range.get(i).is_some_and(|p| p.kind == Kind::Table) =>
        {
            d.kicker = Some(label_text(label).to_string());
            d.title = Some(subhead_text(item));
        }
        // `电视节目` over `CCTV-1` over its listing: the label is the title,
        // the line on the table its subhead.
        // (`TRANSACTIONS` over `BASEBALL` over `American League` over its
        // rows: a sports page's agate is titled by its label, whatever the
        // rows are set as; the sport and league head its parts.)
        _ if department(&headings[0]).is_some()
            && (range.get(i).is_some_and(|p| p.kind == Kind::Table) || is_agate_label(&headings[0])) =>
        {
            let mut it = headings.into_iter();
            d.title = it.next();
            // (`■CBA常规赛第26轮`: the box marker is no word of the subhead.)
            d.blocks.extend(it.map(|h| Block::Heading(subhead_text(&h))));
        }
        // `Letters to the editor` over the letter's own headline: a label.
        // So is a Taiwanese column's name in angle brackets (`〈生活小百科〉`
        // over `天氣轉暖 小心花粉過敏`), which no 副题 explains.
        _ if department(&headings[0]).is_some() || is_angle_label(&headings[0]) => {
            let mut it = headings.into_iter();
            d.kicker = it.next().map(|k| label_text(&k).to_string());
            d.title = it.next();
            subtitles.splice(0..0, it);
        }
        // English papers put the deck under the headline; a short all-caps
        // label above it (`BRIEFS`, `LOCAL NEWS`) is a kicker.
        _ if !headings.iter().any(|h| is_cjk_text(h)) => {
            let label = &headings[0];
            // (`Banks`, `Lex` over a headline in sentence case: the Financial
            // Times and British broadsheets set the label in plain case.)
            let plain_label =
                super::header::is_plain_label(label) && is_sentence_case(&headings[1]) && word_count(&headings[1]) >= 4;
            // (`Election 2024`, `General election` over the headline and its
            // deck: a short line over a longer one with more under it, or
            // one naming its year, labels the story.)
            let short = word_count(label) <= 3 && len(label) <= 24 && !is_terminated(label);
            let labelled = short
                && word_count(&headings[1]) >= word_count(label) + 2
                && (headings.len() >= 3
                    || label
                        .split_whitespace()
                        .any(|w| w.len() == 4 && w.starts_with("20") && w.chars().all(|c| c.is_ascii_digit())));
            let is_label = (label.split_whitespace().count() <= 3 && !label.chars().any(|c| c.is_lowercase()))
                || plain_label
                || labelled
                || is_editorial_label(label);
            let mut it = headings.into_iter().peekable();
            if is_label {
                d.kicker = it.next();
                // `TV & SHOWBIZ` over `EXCLUSIVE` over the headline: the
                // flag a tabloid sets over a story, under the page's label,
                // is no headline (the label above stays the kicker).
                if it.len() >= 2
                    && it.peek().is_some_and(|h| {
                        matches!(h.trim(), "EXCLUSIVE" | "WORLD EXCLUSIVE" | "BREAKING" | "BREAKING NEWS" | "UPDATE")
                    })
                {
                    it.next();
                }
            }
            d.title = it.next();
            subtitles.splice(0..0, it);
        }
        // A second line that explains the first is its 副题, not its title.
        [first, second]
            if subtitles.is_empty() && (is_cjk_deck(first, second) || sets_title_first(first, second, &range[i..])) =>
        {
            let mut it = headings.into_iter();
            d.title = it.next();
            subtitles.extend(it);
        }
        // `记者调查` / `老旧小区加装电梯` / `为何“一楼不签字…”` over `——本报记者…`:
        // with the 副题 set off by its dash, the line under the title is
        // the title's second line.
        [_, second, third] if is_cjk_text(second) && !subtitles.is_empty() && !is_cjk_deck(second, third) => {
            let joined = format!("{second} {third}");
            d.kicker = headings.first().cloned();
            d.title = Some(joined);
        }
        _ => {
            let mut it = headings.into_iter();
            d.kicker = it.next();
            d.title = it.next();
            subtitles.splice(0..0, it);
        }
    }
    // `■全省青少年游泳锦标赛落幕`: the box a column sets each headline after is
    // layout, as it is before a subhead.
    for head in [&mut d.kicker, &mut d.title] {
        if let Some(h) = head.as_mut()
            && boxed(h)
        {
            *h = h.trim_start_matches(BOX_MARKERS).trim().to_string();
        }
    }
    // `中部`, `大都会` over a local page's first headline: the strip naming
    // the region the page (or its column) covers is furniture, and no
    // story's kicker.
    if d.kicker.as_deref().is_some_and(is_region_strip) {
        d.kicker = None;
    }
    // `〈生活小百科〉`: the column's name, out of its angle brackets.
    if let Some(k) = d.kicker.as_mut().filter(|k| is_angle_label(k)) {
        *k = label_text(k).to_string();
    }
    // `〈焦點〉高雄 港區倉庫變文創`: a Taiwanese column's name set before the
    // headline on its line is its kicker, as it is on a line of its own.
    if d.kicker.is_none()
        && let Some(t) = d.title.as_deref()
        && let Some(close) = t.find('〉')
        && let (label, rest) = (&t[..close + '〉'.len_utf8()], t[close + '〉'.len_utf8()..].trim())
        && is_angle_label(label)
        && len(rest) >= 4
        && is_cjk_text(rest)
    {
        let (label, rest) = (label_text(label).to_string(), rest.to_string());
        d.kicker = Some(label);
        d.title = Some(rest);
    }
    if !subtitles.is_empty() {
        // Decks set as bullets keep the bullet between them, not before the first.
        d.subtitle = Some(subtitles.join(" ").trim_start_matches('•').trim_start().to_string());
    }
    let body = &range[i..];
    join_broken_title(&mut d, body);
    if !note.is_empty() {
        // `编者按` alone on its line runs into its text, as it is read.
        let text = if note.len() == 2 {
            format!("{}：{}", note[0].trim_end_matches([':', '：']), note[1])
        } else {
            note.concat()
        };
        d.blocks.push(Block::Para(text));
    }
    // (The caption stays, at the top of the text its photo stood over.)
    d.blocks.extend(captions.into_iter().map(Block::Para));
    // The paper or wire a photo's credit names, for a piece that is only a picture.
    let mut photo_agency: Option<String> = None;
    // The blocks that are credited captions: a story's own closing credit
    // stands on its last paragraph above them.
    let mut credited_captions: Vec<usize> = Vec::new();
    for (j, p) in body.iter().enumerate() {
        take_jumps(&mut d, p);
        let is_text = |q: &Para| match q.kind {
            // A contact line (`724-555-0123`) under an address closes a
            // notice: the lines above it are no subheads.
            Kind::Body => !has_phone_number(&q.text) || is_terminated(&q.text) || is_running_text(&q.text),
            Kind::Lead(..) | Kind::Item(_) | Kind::Table | Kind::Verse => true,
            Kind::Heading => is_field_line(&q.text),
            _ => false,
        };
        // `新闻链接` then `什么是…？` then text: a label over a subhead, both heads.
        let next_is_text = body.get(j + 1).is_some_and(is_text)
            || (body.get(j + 1).is_some_and(|q| q.kind == Kind::Heading) && body.get(j + 2).is_some_and(is_text));
        match &p.kind {
            Kind::Jump => {}
            Kind::Byline(c) => d.credits.merge(c.clone()),
            Kind::Lead(c, rest) => {
                d.credits.merge(c.clone());
                match strip_trailing_photo_credit(rest, rules) {
                    Some((t, c)) if dash_credit_closes_story(&d, rest, &t, &c, range, &body[j + 1..], rules) => {
                        d.credits.merge(signed_at_end(c, rules));
                        d.blocks.push(Block::Para(t));
                    }
                    Some((t, c)) => {
                        d.credits.merge(c);
                        d.blocks.push(Block::Para(t));
                    }
                    // (`本报讯 …春耕备播。（综合讯）` over more text: the
                    // note closing the lead is no text either.)
                    None if !rest.is_empty() => match super::byline::strip_compiled_sign_off(rest, rules) {
                        Some((t, c)) => {
                            if d.credits.agency.is_none() {
                                d.credits.agency = c.agency;
                            }
                            d.blocks.push(Block::Para(t));
                        }
                        None => d.blocks.push(Block::Para(rest.clone())),
                    },
                    None => {}
                }
            }
            // `▲工人在新首都工地施工。` then `（法新社）`: the wire under a
            // caption sent the photo, not the story.
            Kind::Credit(c, CreditKind::Agency) if j > 0 && has_caption_label(&body[j - 1].text) => {
                photo_agency = photo_agency.or_else(|| c.agency.clone());
            }
            Kind::Credit(c, k) => {
                d.credits.merge(sent_in(c.clone(), &d.credits));
                d.ended_with_org_credit = *k == CreditKind::Org && j + 1 == body.len();
                if *k == CreditKind::Photo {
                    photo_agency = photo_agency.or_else(|| photo_credit_agency(&p.text, rules));
                    // (`Teachers carry placards…` over `—HERALD PHOTO / X`:
                    // the caption its credit closes on the next line, no
                    // text that the story's sign-off could close.)
                    if j > 0
                        && body[j - 1].kind == Kind::Body
                        && matches!(d.blocks.last(), Some(Block::Para(_)))
                        && !credited_captions.contains(&(d.blocks.len() - 1))
                    {
                        credited_captions.push(d.blocks.len() - 1);
                    }
                }
            }
            // `◆ 一只药箱走遍十八个自然村` alone between paragraphs of a
            // Chinese feature: a 小标题 set with a bullet, not a list of one.
            Kind::Item(t) if lone_bulleted_subhead(body, j) => d.blocks.push(Block::Heading(t.clone())),
            // `•Rachel Tan` under a head shot: the picture's label, no list.
            Kind::Item(_) if mug_shot_label(body, j, &d.credits) => {}
            Kind::Item(t) => d.blocks.push(Block::Item(t.clone())),
            Kind::Table => d.blocks.push(Block::Pre(p.text.clone())),
            Kind::Verse => d.blocks.push(Block::Verse(p.text.clone())),
            Kind::Signature(c) => {
                // `读者 林秋实`, `——读者 李红梅`: the reader and nothing more is
                // the credit alone (`淇县读者 王芳` keeps the town, text as printed).
                let signed = p.text.trim().trim_start_matches(['—', '–']).trim_start();
                let bare = SIGNING_ROLES
                    .iter()
                    .any(|r| signed.strip_prefix(r).is_some_and(|n| c.reporters.iter().any(|x| x == n.trim())));
                d.credits.merge(c.clone());
                // `Karen Walsh` over `Oak Park`: the name and the town under
                // it sign as one, their lines kept, not two paragraphs.
                let town_under_name = c.reporters.is_empty()
                    && j > 0
                    && matches!(&body[j - 1].kind, Kind::Signature(n) if !n.reporters.is_empty())
                    && matches!(d.blocks.last(), Some(Block::Para(t)) if *t == body[j - 1].text);
                if town_under_name && let Some(Block::Para(name)) = d.blocks.pop() {
                    d.blocks.push(Block::Verse(format!("{}\n{}", name.trim(), p.text.trim())));
                } else if !bare {
                    d.blocks.push(Block::Para(p.text.clone()));
                }
            }
            // `Thursday` over `College basketball: ACC tournament, …, noon,
            // ESPN`: a listing's entry under its day, text however short.
            // (`■5月28日（週四）`: the box marker is no word of the day.)
            Kind::Heading if is_day_heading(&p.text) && j + 1 < body.len() => {
                d.blocks.push(Block::Heading(subhead_text(&p.text)))
            }
            Kind::Heading if j > 0 && body[j - 1].kind == Kind::Heading && is_day_heading(&body[j - 1].text) => {
                d.blocks.push(Block::Para(p.text.clone()))
            }
            // `Knockmore 1-14` over `Ballintubber 1-12` under a match report's
            // byline: the result, a line a side, no subheads.
            Kind::Heading
                if is_score_line(&p.text)
                    && (body.get(j + 1).is_some_and(|q| is_score_line(&q.text))
                        || (j > 0 && is_score_line(&body[j - 1].text))) =>
            {
                d.blocks.push(Block::Para(p.text.clone()))
            }
            Kind::Heading
                if (next_is_text || (boxed(&p.text) && j + 1 < body.len()))
                    && (!is_field_line(&p.text) || is_said_crosshead(body, j))
                    && !is_qa(&p.text)
                    && !is_labelled_line(&p.text)
                    // (An advertisement's display lines are its copy.)
                    && !d.kicker.as_deref().is_some_and(is_ad_marker) =>
            {
                d.blocks.push(Block::Heading(subhead_text(&p.text)))
            }
            Kind::Heading | Kind::Subtitle => d.blocks.push(Block::Para(p.text.clone())),
            Kind::Body => match strip_trailing_photo_credit(&p.text, rules) {
                Some((t, c)) => {
                    let credit = p.text.get(t.len()..).unwrap_or("");
                    photo_agency = photo_agency.or_else(|| photo_credit_agency(credit, rules));
                    if dash_credit_closes_story(&d, &p.text, &t, &c, range, &body[j + 1..], rules) {
                        d.credits.merge(signed_at_end(c, rules));
                    } else {
                        d.credits.merge(c);
                    }
                    push_text(&mut d, t);
                    credited_captions.push(d.blocks.len() - 1);
                }
                // (`数据来源：… 制表：X`: the table's maker credited, the source kept.)
                None => match strip_trailing_maker_credit(&p.text, rules) {
                    Some((t, c)) => {
                        d.credits.merge(c);
                        push_text(&mut d, t);
                    }
                    // (`…推廣中華文化。綜合報導` over a photo's credit and
                    // caption: the story's sign-off, not its last words.)
                    None => match super::byline::strip_compiled_sign_off(&p.text, rules) {
                        Some((t, c)) => {
                            if d.credits.agency.is_none() {
                                d.credits.agency = c.agency;
                            }
                            push_text(&mut d, t);
                        }
                        None => push_text(&mut d, p.text.clone()),
                    },
                },
            },
        }
    }
    if let Some(Block::Para(last)) = d.blocks.last_mut()
        && let Some((text, credits)) =
            strip_trailing_author(last, rules).or_else(|| strip_trailing_desk_credit(last, rules))
    {
        *last = text;
        d.credits.merge(sent_in(credits, &d.credits));
    } else if let Some(k) = (0..d.blocks.len()).rev().find(|k| !credited_captions.contains(k))
        && k + 1 < d.blocks.len()
        && let Block::Para(last) = &mut d.blocks[k]
        && let Some((text, credits)) =
            strip_trailing_author(last, rules).or_else(|| strip_trailing_desk_credit(last, rules))
    {
        // `…by Thursday evening. —WITH REPORTS FROM A AND B` over the
        // photo's credited caption: the caption follows the story's end.
        // (So does `…植树活动。（县融媒体中心供稿）` over `图为… 县委宣传部供图`.)
        *last = text;
        d.credits.merge(sent_in(credits, &d.credits));
    } else if let Some(h) = (1..d.blocks.len()).find(|&h| match &d.blocks[h] {
        // (A crosshead in capitals is a fact box's label only over its items.)
        Block::Heading(t) => labels_fact_box(t, matches!(d.blocks.get(h + 1), Some(Block::Item(_)))),
        _ => false,
    }) && let Block::Para(last) = &mut d.blocks[h - 1]
        && let Some((text, credits)) =
            strip_trailing_author(last, rules).or_else(|| strip_trailing_desk_credit(last, rules))
    {
        // `…多起火情。（记者 马丽）` over `相关链接` and its box: the story
        // ends on its credit, and the box set at its foot follows it.
        *last = text;
        d.credits.merge(sent_in(credits, &d.credits));
    }
    // A compiled or reprinted story's source closes it, as an author does.
    // (`▲工人在新首都工地施工。（法新社）`: a caption's names the photo's.)
    // Where paragraphs above close on sources of their own (`▲…（据新华社）`
    // over `▲…（据法新社）`), each item names its own: the last is its
    // item's, and kept as theirs are.
    // (The last paragraph's source is read once, and the others' only when it has one.)
    let sourced = match d.blocks.last() {
        Some(Block::Para(last)) => strip_trailing_source(last, rules).map(|s| (s, has_caption_label(last))),
        _ => None,
    }
    .filter(|_| {
        !d.blocks.iter().rev().skip(1).any(|b| matches!(b, Block::Para(p) if strip_trailing_source(p, rules).is_some()))
    });
    if let Some(((text, credits), caption)) = sourced {
        if let Some(Block::Para(last)) = d.blocks.last_mut() {
            *last = text;
        }
        if caption {
            photo_agency = photo_agency.or(credits.agency);
        } else {
            // `本报讯 …（新华）`: the wire named at the end, no writer of the
            // paper's named, says whose copy the paper ran under its own lead.
            let wire_copy = d.credits.agency.as_deref() == Some("本报")
                && d.credits.reporters.is_empty()
                && credits.agency.as_deref().is_some_and(|a| a != "本报");
            if d.credits.agency.is_none() || wire_copy {
                d.credits.agency = credits.agency;
                // `（新华社北京6月17日电）` dates and places the story as its lead would.
                if d.credits.dateline.is_none() {
                    d.credits.dateline = credits.dateline;
                }
            }
        }
    }
    // A picture and its caption alone (`…抢收小麦。（本报记者 韩磊 摄）`):
    // the photographer's paper or wire is the piece's.
    let paras = d.blocks.iter().filter(|b| matches!(b, Block::Para(_))).count();
    if d.credits.agency.is_none() && d.credits.reporters.is_empty() && paras <= 1 {
        d.credits.agency = photo_agency;
    }
    title_photo_by_caption(&mut d);
    join_numbered_label_heads(&mut d.blocks);
    d
}

/// `【案例一】` set over its case's own headline (`网络游戏充值6万元　法院判决
/// 退还`): a numbered label and the heading under it are one subhead
/// (`案例一：网络游戏充值6万元 法院判决退还`), not two with nothing between.
fn join_numbered_label_heads(blocks: &mut Vec<Block>) {
    static RE: OnceLock<Regex> = OnceLock::new();
    let numbered = static_re(&RE, r"^\p{Han}{2,4}?[一二三四五六七八九十]{1,3}$|^\p{Han}{1,4}?\d{1,2}$");
    let mut k = 0;
    while k + 1 < blocks.len() {
        if let (Block::Heading(label), Block::Heading(head)) = (&blocks[k], &blocks[k + 1])
            && numbered.is_match(label)
            && !head.starts_with(label.as_str())
            && !numbered.is_match(head)
        {
            blocks[k] = Block::Heading(format!("{label}：{head}"));
            blocks.remove(k + 1);
        }
        k += 1;
    }
}

/// The paper or wire a Chinese photo credit names (`本报记者 王磊 摄`,
/// `（新华社记者 李安 摄）` closing a caption), if any.
fn photo_credit_agency(credit: &str, rules: &ImportRules) -> Option<String> {
    let folded = super::text::fold_traditional(credit);
    let t = folded.trim().trim_start_matches(['(', '（']).trim_start();
    if !is_cjk_text(t) {
        return None;
    }
    let role = |rest: &str| rest.trim_start().starts_with("记者") || rest.trim_start().starts_with("特约记者");
    if t.strip_prefix("本报").is_some_and(role) {
        return Some("本报".into());
    }
    // (`新华社发`: the wire that sent it, no photographer named.)
    rules.agencies.iter().find(|a| t.strip_prefix(a.as_str()).is_some_and(|r| role(r) || r.trim() == "发")).cloned()
}

/// An item of Chinese text, short and open like a headline, with text and
/// no other item on either side: a bulleted subhead.
/// `•Rachel Tan` / `•Mark Williams` between paragraphs of an English
/// story: Australian papers label each head shot set in the text with a
/// bullet and the name alone. The bullets hold nothing but names of the
/// story's writers or of people its text names (`Ms Tan said…`), and no
/// line above calls for a list (`The nominees are:`); the labels are the
/// pictures', not a list of the story's.
fn mug_shot_label(body: &[Para], j: usize, credits: &Credits) -> bool {
    let name_of = |q: &Para| match &q.kind {
        Kind::Item(t) if !is_cjk_text(t) && is_plain_name(t.trim()) && (2..=3).contains(&word_count(t)) => {
            Some(t.trim().to_string())
        }
        _ => None,
    };
    if name_of(&body[j]).is_none() {
        return false;
    }
    let first = (0..=j).rev().take_while(|&k| name_of(&body[k]).is_some()).last().unwrap_or(j);
    let end = (j..body.len()).take_while(|&k| name_of(&body[k]).is_some()).last().unwrap_or(j) + 1;
    let text = |q: &Para| matches!(q.kind, Kind::Body | Kind::Lead(..));
    let between_text = first > 0
        && text(&body[first - 1])
        && is_terminated(&body[first - 1].text)
        && !body[first - 1].text.trim_end().ends_with(':');
    if end - first > 3 || !between_text {
        return false;
    }
    let others: Vec<&Para> = body.iter().enumerate().filter(|(k, _)| *k < first || *k >= end).map(|(_, q)| q).collect();
    body[first..end].iter().filter_map(name_of).all(|name| {
        let surname = name.split_whitespace().last().unwrap_or_default().to_string();
        credits.reporters.iter().chain(&credits.contributors).any(|w| *w == name)
            || others.iter().any(|q| text(q) && q.text.contains(&surname))
    })
}

fn lone_bulleted_subhead(body: &[Para], j: usize) -> bool {
    let Kind::Item(t) = &body[j].kind else { return false };
    let text = |q: &Para| matches!(q.kind, Kind::Body | Kind::Lead(..));
    is_cjk_text(t) && is_heading_like(t) && j > 0 && text(&body[j - 1]) && body.get(j + 1).is_some_and(text)
}

/// `…he said. — Bernama`, `…were told to leave. —REY ANTONIO` as the last
/// paragraph of a story no one signs: the dash credits the wire or the
/// correspondent that wrote the story, not a photo. The last sentence
/// reports what someone said, as a caption does not (`Commuters wait for a
/// train on Monday. — PTI`, `SOAKED: Volunteers help… — Bernama` keep the
/// credit as a photo's).
fn dash_credit_closes_story(
    d: &Draft,
    whole: &str,
    text: &str,
    c: &Credits,
    range: &[Para],
    after: &[Para],
    rules: &ImportRules,
) -> bool {
    // Only a dashed credit (`— APP`) may be the writer's; a name in capitals
    // set after a caption undashed (`… in Pattaya. CHAIWAT SATYAEMWONG`) is the photographer's.
    let dashed = whole.get(text.len()..).is_some_and(|t| t.trim_start().starts_with(['—', '–', '-']));
    static LABEL: OnceLock<Regex> = OnceLock::new();
    static SAID: OnceLock<Regex> = OnceLock::new();
    // `SOAKED: …`, `TRAFFIC JAM Motorists crawl …`: a caption opens on its label in capitals.
    let labelled = static_re(&LABEL, r"^[A-Z][A-Z'\-]+(?:\s+[A-Z][A-Z'\-]+)*(?:\s*:|\s+[A-Z][a-z])").is_match(text);
    let last_sentence = text.trim_end().trim_end_matches(['.', '"', '”', '\'', '’']);
    let last_sentence = last_sentence.rsplit(". ").next().unwrap_or(last_sentence);
    let reported =
        static_re(&SAID, r"\b(?:said|says|told|added|stated|announced|according to)\b").is_match(last_sentence);
    // A story that opened on its dateline (`ISLAMABAD: …`) under no byline
    // is no caption, reported speech or not (`…flash floods in hilly areas.
    // — APP`); under a desk's byline (`Express News Service`) the dashed
    // credit is its photo's.
    let dated = d.credits.dateline.is_some() && !range.iter().any(|q| matches!(q.kind, Kind::Byline(_)));
    // (`… rodent-proof containers. — NAN` over `Governors after the meeting
    // … PHOTO: STATE HOUSE`: a caption credited on its own closes the text
    // above, so it leaves the dashed credit the last of the story's.)
    let last = after.iter().enumerate().all(|(k, q)| {
        matches!(q.kind, Kind::Credit(..) | Kind::Jump | Kind::Byline(_))
            || (k == after.len() - 1 && q.kind == Kind::Body && is_credited_caption(q, rules))
    });
    // `… the nearest district education office. — GNA` closing an unsigned
    // story of some paragraphs, or a brief of one (`…, 18 fewer than a
    // year ago. – ANA`): the wire that sent it. (A paragraph over the
    // credited one may be a story's, the credit its photo's.)
    let wire = (d.blocks.len() >= 2 || d.blocks.is_empty())
        && !range.iter().any(|q| matches!(q.kind, Kind::Byline(_)))
        && c.contributors.first().is_some_and(|w| super::byline::agency_named(w, rules).is_some());
    // `…from March 9 to 13. —MEL CASAS` closing an item under `METRO
    // BRIEFS`: a brief column holds briefs, not pictures; the dash names
    // the brief's writer.
    let briefed = d.kicker.as_deref().is_some_and(is_english_brief_label);
    last && (reported || dated || wire || briefed)
        && dashed
        && !labelled
        && d.credits.reporters.is_empty()
        && d.credits.agency.is_none()
        && matches!(&c.contributors[..], [_])
        && c.reporters.is_empty()
}

/// `本报讯 …。（鹤山区融媒体中心 王丽娟）`: a county media centre signing a
/// story another paper's lead claims sent it in; its writers contributed,
/// as under `（…供稿）`. (Closing a story nothing else claims, `…确保颗粒
/// 归仓。（区融媒体中心 黄晓燕）` on a district's paper, they wrote it.)
fn sent_in(c: Credits, story: &Credits) -> Credits {
    match (&story.agency, &c.agency) {
        (Some(paper), Some(unit)) if paper != unit && super::byline::is_newsroom_unit(unit) => {
            Credits { contributors: c.reporters.into_iter().chain(c.contributors).collect(), ..Credits::default() }
        }
        _ => c,
    }
}

/// The closing dash credit of a story no one signed: a wire (`— Bernama`)
/// is its agency, a name (`—REY ANTONIO`) its correspondent.
fn signed_at_end(c: Credits, rules: &ImportRules) -> Credits {
    let who = c.contributors.into_iter().next().unwrap_or_default();
    match super::byline::agency_named(&who, rules) {
        Some(agency) => Credits { agency: Some(agency), ..Credits::default() },
        None => Credits { reporters: vec![who], ..Credits::default() },
    }
}

/// `天气`, `明日天气`, `本港天气预报`: a forecast's label (folded to
/// simplified characters).
fn weather_label() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    static_re(&RE, r"^(?:今日|明日|今天|明天|本港|本市|全市|本地)?天气(?:预报)?$")
}

/// `明日天氣：多雲，有一兩陣微雨。氣溫18至23度。`: a forecast run in after
/// its label, set at a column's foot, is a piece of its own and no last line
/// of the brief above it: the label and the forecast.
pub fn split_run_in_weather(t: &str) -> Option<(String, String)> {
    let (label, forecast) = t.trim().split_once(['：', ':'])?;
    let (label, forecast) = (label.trim(), forecast.trim());
    let fits = (4..=80).contains(&len(forecast)) && !forecast.contains('\n');
    (fits && weather_label().is_match(&super::text::fold_traditional(label)))
        .then(|| (label.to_string(), forecast.to_string()))
}

/// `环球掠影`, `城市镜头`, `一线瞬间`: a photo column's name says what kind
/// of piece its captions are, as `图片新闻` does, and no story's headline
/// is that short and ends so.
fn is_photo_column_label(folded: &str) -> bool {
    const ENDS: &[&str] = &["掠影", "镜头", "瞬间", "剪影", "影像", "图说", "图片"];
    (3..=6).contains(&len(folded))
        && folded.chars().all(super::text::is_han)
        && ENDS.iter().any(|e| folded.ends_with(e))
}

fn is_photo_label(t: &str) -> bool {
    const PHOTO_LABELS: &[&str] =
        &["图片新闻", "新闻图片", "图片报道", "图说新闻", "新闻图说", "图说", "摄影报道", "视觉新闻", "图片故事"];
    PHOTO_LABELS.contains(&t) || is_photo_column_label(&super::text::fold_traditional(t))
}

/// `环球掠影` over three captioned photos: the label heads the column, so
/// each picture after the first, credited and with no headline of its own,
/// is under it too, as each brief of a brief column is.
pub fn label_photo_column(drafts: &mut [Draft]) {
    for k in 1..drafts.len() {
        let Some(label) = drafts[k - 1].kicker.clone().filter(|l| is_photo_label(l)) else { continue };
        let d = &mut drafts[k];
        let [Block::Para(caption)] = d.blocks.as_slice() else { continue };
        let untitled = d.title.as_deref().is_none_or(|t| caption.contains(t));
        let c = &d.credits;
        let photo = c.reporters.is_empty() && (!c.contributors.is_empty() || c.agency.is_some());
        if d.kicker.is_some() || d.subtitle.is_some() || !untitled || !photo {
            continue;
        }
        if d.title.is_none() {
            d.title = Some(fallback_title(d));
        }
        d.kicker = Some(label);
    }
}

/// `图片新闻` over a captioned photo: the desk's label names the kind of
/// piece, not what it shows, so it is the kicker and the caption gives the
/// title, as for a picture story with no headline at all.
fn title_photo_by_caption(d: &mut Draft) {
    let labelled = d.title.as_deref().map(label_text).is_some_and(is_photo_label);
    if !labelled || d.kicker.is_some() || d.subtitle.is_some() || !matches!(d.blocks.first(), Some(Block::Para(_))) {
        return;
    }
    let label = d.title.take().map(|t| label_text(&t).to_string());
    let title = fallback_title(d);
    d.kicker = label;
    d.title = Some(title);
}

/// How many paragraphs an editor's note at the start of `range` takes: its
/// label alone and then its text, or one paragraph.
fn note_start_len(range: &[Para]) -> usize {
    match range {
        [label, text, ..] if len(label.text.trim()) <= 6 && text.kind == Kind::Body => 2,
        [_, ..] => 1,
        [] => 0,
    }
}

/// Words an 引题 ends on to hand over to the title under it (`…时强调`).
const SAYS: &[&str] = &["强调", "指出", "表示", "要求", "提出", "称", "说", "暗示", "透露", "认为", "警告", "预计"];

/// Whether `second`, set under the Chinese headline `first`, is its 副题
/// (subtitle) rather than `first` being an 引题 (kicker) over it. Two lines
/// alone do not say which is the main title, so only clear signs move a
/// line into the subtitle: the second line quotes a source (`市住建局：…`,
/// the 副题 naming who says what the title announces) or runs on as a clause
/// (`…，…`) longer than the first, or goes on with what the first line's
/// subject says or wants (`联合国大会通过决议` / `呼吁加强…合作`: a wire
/// headline's deck opens with the verb, its subject the title's). A first
/// line that is short (a column's
/// label, `新春走基层`), that is itself a clause, or that attributes
/// (`习近平在…时强调`, `X：`) is the 引题 it looks like.
fn is_cjk_deck(first: &str, second: &str) -> bool {
    let (first, second) = (first.trim(), second.trim());
    if !is_cjk_text(first) || !is_cjk_text(second) || len(first) <= 8 {
        return false;
    }
    const CLAUSE: &[char] = &['，', ',', '：', ':', '；', ';', '。', '·'];
    // `国足客场1:1战平卡塔尔` over `世预赛18强赛小组出线形势仍不明朗`: the
    // result is the news; the line under it says what it means.
    static SCORE: OnceLock<Regex> = OnceLock::new();
    let score = static_re(&SCORE, r"\d{1,3}\s*[:：比]\s*\d{1,3}");
    if score.is_match(first) && !score.is_match(second) && !first.contains(['，', ',', '。']) {
        return true;
    }
    // `主场逆转 泰山终结两轮不胜` over `山东泰山 2:1 上海申花`: the score line
    // alone, the teams either side, under the headline.
    static SCORE_LINE: OnceLock<Regex> = OnceLock::new();
    let score_line = static_re(&SCORE_LINE, r"^\S{2,12}\s*\d{1,3}\s*[:：比]\s*\d{1,3}\s*\S{2,12}$");
    // (`亚冠精英联赛1/8决赛次回合` over `海港主场3:1逆转晋级八强`: a line naming
    // the round is the 引题 over the result, which is the title.)
    static ROUND: OnceLock<Regex> = OnceLock::new();
    let round = static_re(
        &ROUND,
        r"(?:第[0-9一二三四五六七八九十]+轮|[首次]回合|决赛|小组赛|资格赛|预选赛|淘汰赛|季后赛|常规赛)$",
    );
    if score_line.is_match(second) && !score.is_match(first) && !round.is_match(first) {
        return true;
    }
    // `贵州茅台（600519.SH）：去年营收同比增长15.7%` over `拟每10股派现…`:
    // a financial page's headline names the listed company with its code,
    // then its news; the line under it is the deck, not the title.
    static LISTED: OnceLock<Regex> = OnceLock::new();
    let listed =
        static_re(&LISTED, r"^[\p{Han}A-Za-z]{2,12}[（(](?:\d{6}(?:\.(?:SH|SZ|BJ))?|\d{4,5}\.HK)[)）][:：]\s*\S.{3,}$");
    if listed.is_match(first) && !second.contains(['：', ':']) {
        return true;
    }
    if first.contains(CLAUSE) || SAYS.iter().any(|w| first.ends_with(w)) || first.ends_with('—') {
        return false;
    }
    // `网购“二手奢侈品”遇假货　平台担责吗` over `上海一中院二审判决…`: the
    // question is the news; the line under it answers.
    if first.ends_with(['？', '?', '吗']) && !second.ends_with(['？', '?', '吗']) {
        return true;
    }
    let source = second.split_once(['：', ':']).is_some_and(|(who, what)| {
        (2..=8).contains(&len(who)) && who.chars().all(super::text::is_han) && len(what.trim()) >= 4
    });
    let clause = second.contains(['，', ',']) && len(second) > len(first);
    // (`地铁3号线二期全线贯通` / `预计明年6月开通试运营`: what the title's
    // subject is expected to do next goes on from it as well.)
    const STANCE: &[&str] = &[
        "呼吁", "敦促", "反对", "谴责", "强调", "表示", "指出", "称", "希望", "要求", "承诺", "警告", "拒绝", "暗示",
        "预计", "有望", "力争",
    ];
    let goes_on = STANCE.iter().find(|w| second.starts_with(**w)).is_some_and(|w| len(second) >= len(w) + 4);
    source || clause || goes_on || is_figure_deck(first, second)
}

/// `北都首批住宅地截標　反應遜預期` over `三幅地共接21份標書…`: Hong Kong,
/// Taiwanese and Malaysian papers set the 主题 first and its 副题 under it,
/// where the mainland's two lines are mostly an 引题 over the 主题. Told by
/// the traditional characters, or by the lead (`【明報專訊】`, `（新山17日讯）`,
/// a wire's dated by its day alone in brackets, `（法新社曼谷3日电）`, as
/// the mainland never dates one). A first line that hands over to the next (`…强调`, `…：`) stays the 引题.
fn sets_title_first(first: &str, second: &str, body: &[Para]) -> bool {
    static LEAD: OnceLock<Regex> = OnceLock::new();
    // (`（欧洲时报记者 王丽 巴黎报道）`: Europe's Chinese papers, as Malaysia's.)
    let lead = static_re(
        &LEAD,
        r"^(?:【[^】]{1,12}[專专][訊讯]|[（(][^）)]{1,12}\d{1,2}日[讯訊电電]|[（(][^）)]{0,12}记者[^）)]{2,24}报道[）)])",
    );
    let (first, second) = (first.trim(), second.trim());
    if !is_cjk_text(first) || !is_cjk_text(second) || len(first) <= 4 {
        return false;
    }
    if first.ends_with(['：', ':', '—', '·']) || SAYS.iter().any(|w| first.ends_with(w)) {
        return false;
    }
    // `【聯合筆記】` over `黑熊不是打卡景點`: a column's label in brackets.
    if first.starts_with(['【', '〔', '［', '[']) && first.ends_with(['】', '〕', '］', ']']) {
        return false;
    }
    let traditional = super::text::is_traditional;
    // `早报记者 陈文杰`: Singapore's and Malaysia's papers sign their own
    // reporters by the paper's short name.
    static OWN: OnceLock<Regex> = OnceLock::new();
    let own = static_re(&OWN, r"^(?:联合)?早报记者|^(?:星洲日报|南洋商报|光华日报|中国报|东方日报)记者");
    // (A headline may use no character the two scripts write apart,
    // `旺角劏房大廈火警` / `三人送院　百人疏散`; the story's text under it
    // tells, a few such characters in its first paragraphs.)
    let traditional_text =
        body.iter().take(2).flat_map(|p| text_of(p).chars()).filter(|&c| super::text::fold_char(c) != c).count() >= 3;
    traditional(first)
        || traditional(second)
        || traditional_text
        || body.iter().take(4).any(|p| match p.kind {
            Kind::Lead(..) => lead.is_match(&p.text),
            _ => own.is_match(p.text.trim_start()),
        })
}

/// `市公安局开展夏季治安打击整治行动` / `首周破获刑事案件56起`: a shorter
/// second line that ends on the figure it puts on what the first announces
/// (the result, counted) is its 副题; an 引题 sets the scene and leaves the
/// result to the title. A figure inside the line (`沿线8座车站同步开放`) is
/// no such sign. A
/// first line of two phrases set apart (`深化改革攻坚 激发发展活力`) is the
/// slogan an 引题 is, whatever follows it.
fn is_figure_deck(first: &str, second: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let figure = static_re(
        &RE,
        r"\d(?:\.\d+)?\s*(?:万|亿|千|百)?(?:余|多)?(?:%|％|个百分点|起|件|个|人次|人|名|项|家|次|倍|吨|亩|元|户|所|座|条|公里|千米|米|场|批|株|辆|万|亿)$",
    );
    // `坚持以人民为中心的发展思想` / `我市民生支出占比达78%`: a line that names
    // the place it reports on is a headline in its own right.
    const PLACES: &[&str] = &["我市", "全市", "本市", "我省", "全省", "我国", "全国", "我县", "全县", "我区", "全区"];
    // `港澳青年内地实习计划启动` / `今年将提供逾5000个岗位`: a figure counting
    // what it names (`个岗位`, `名学生`), said of what is to come, may run a
    // little longer than the line over it.
    static COUNTED: OnceLock<Regex> = OnceLock::new();
    let counted = static_re(
        &COUNTED,
        r"^(?:今年|明年|年内|本月|下月|下半年)(?:将|起|内)\p{Han}{0,8}?\d+(?:\.\d+)?\s*(?:万|亿|千)?(?:余|多)?(?:个|名|家|项|所|座|条|辆|批|套|台)\p{Han}{1,3}$",
    );
    !first.contains(char::is_whitespace)
        && !PLACES.iter().any(|p| second.starts_with(p))
        && len(second) >= 6
        && ((len(second) + 2 <= len(first) && figure.is_match(second))
            || (len(second) <= len(first) + 2 && counted.is_match(second)))
}

/// A headline set on two lines (`全市经济工作会议暨优化营商环境` / `推进大会召开`)
/// reads as kicker and title; it is one title when the two run together in
/// the opening paragraph, or when the first line cannot end a phrase.
fn join_broken_title(d: &mut Draft, body: &[Para]) {
    let (Some(k), Some(t)) = (&d.kicker, &d.title) else { return };
    if !is_cjk_text(k) || !is_cjk_text(t) {
        return;
    }
    let joined = format!("{k}{t}");
    let opening = body.iter().take(2).any(|p| {
        let text = match &p.kind {
            Kind::Lead(_, rest) => rest.as_str(),
            _ => p.text.as_str(),
        };
        text.contains(&joined)
    });
    // `北京发布…保护修缮` / `技术导则`: where the lead names the thing whole
    // (`《…保护修缮技术导则》`), the two lines meet inside one phrase.
    let seam = {
        let tail = &k[k.char_indices().rev().nth(2).map_or(0, |(at, _)| at)..];
        let head = &t[..t.char_indices().nth(3).map_or(t.len(), |(at, _)| at)];
        (len(tail) >= 2 && len(head) >= 2).then(|| format!("{tail}{head}"))
    };
    let met = seam.is_some_and(|seam| {
        body.iter().take(2).any(|p| match &p.kind {
            Kind::Lead(_, rest) => rest.contains(&seam),
            _ => p.text.contains(&seam),
        })
    });
    // `组屋区将增设百个` / `乐龄健身角`: a count's measure word, like a
    // conjunction, has its noun on the next line.
    let folded = super::text::fold_traditional(k);
    let counted = {
        let mut cs = folded.chars().rev();
        cs.next().is_some_and(|m| "个名项家座条位户所件台辆批场".contains(m))
            && cs.next().is_some_and(|n| n.is_ascii_digit() || "一二三四五六七八九十百千万两几多余数".contains(n))
            // (`组屋区乐龄活动中心增至120个` / `明年起每个新镇至少设两个`:
            // a line opening on when is a clause of its own, not the noun
            // the count measures.)
            && !opens_on_when(t)
    };
    // `中国女排2比0` / `完胜泰国队`: a score at the line's end waits for the
    // verb saying how it was won.
    static SCORED: OnceLock<Regex> = OnceLock::new();
    let scored = static_re(&SCORED, r"\d{1,3}\s*[:：比]\s*\d{1,3}$").is_match(&folded) && !t.contains(['：', ':']);
    // (`春季过敏如何应对` / `专家来支招`: the last character may close a word
    // of two, `应对`, `存在`, `作为`, that ends a phrase as any verb does.)
    const CLOSED: &[&str] = &[
        "应对", "面对", "反对", "核对", "比对", "绝对", "相对", "存在", "现在", "实在", "所在", "自在", "作为", "行为",
        "认为", "有为", "平和", "温和", "缓和", "祥和", "目的",
    ];
    let dangling = (folded.ends_with(['暨', '和', '与', '及', '的', '在', '为', '对', '把', '向'])
        && !CLOSED.iter().any(|w| folded.ends_with(w)))
        || counted
        || scored;
    // `市区两级联动推进老旧小区` / `加装电梯惠及三千余户` over text that
    // speaks of `老旧小区加装电梯`: a line set full (as long as the one under
    // it, where an 引题 in its smaller type is most often shorter), with
    // nothing that hands over (`——`, `·`, `：`, a space between phrases),
    // cut inside the phrase the text uses whole.
    let full =
        len(k) >= 9 && len(k) + 1 >= len(t) && !k.contains(|c: char| c.is_whitespace() || "——·：:，,、".contains(c));
    let seam_anywhere = full && {
        let tail = &k[k.char_indices().rev().nth(1).map_or(0, |(at, _)| at)..];
        let head = &t[..t.char_indices().nth(2).map_or(t.len(), |(at, _)| at)];
        let seam = format!("{tail}{head}");
        len(tail) == 2
            && len(head) == 2
            && seam.chars().all(super::text::is_han)
            && body.iter().any(|p| match &p.kind {
                Kind::Lead(_, rest) => rest.contains(&seam),
                Kind::Body => p.text.contains(&seam),
                _ => false,
            })
    };
    if opening || dangling || met || seam_anywhere {
        d.title = Some(joined);
        d.kicker = None;
    }
}

/// `明年起…`, `今年将…`, `3月起…`: a headline's line opening on when its
/// news holds.
fn opens_on_when(t: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    static_re(
        &RE,
        r"^(?:今年|明年|后年|年内|年底|年初|本月|下月|本周|下周|即日|近期|未来|(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?)(?:起|将|内|前|底|初|以来|开始|中旬|下旬|上旬)",
    )
    .is_match(t.trim())
}

fn take_jumps(d: &mut Draft, p: &Para) {
    if d.continued_from.is_none() {
        d.continued_from = p.from;
        if p.from.is_some() {
            d.jump_slug.clone_from(&p.slug);
        }
    }
    if p.to.is_some() {
        d.continued_to = p.to;
    }
}

/// `4月18日`, `当地时间19日上午`, `2026年4月18日`: a clause that only
/// says when.
/// `6月16日`, `近日`, `日前`, `今年以来`, `6月20日至22日`: when a brief's sentence happened,
/// before its first comma; no title.
fn is_time_clause(w: &str) -> bool {
    is_day_clause(w) || (len(w) <= 4 && (w.ends_with(['日', '来', '前', '后']) || w.ends_with("以来")))
}

fn is_day_clause(t: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    static_re(
        &RE,
        r"^(?:当地时间)?(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日(?:(?:至|到|—|-|～|~)(?:\d{1,2}月)?\d{1,2}日)?(?:上午|下午|中午|晚|晚间|夜间|凌晨|傍晚|清晨|早晨)?$",
    )
    .is_match(t.trim())
}

/// `在浚县卫贤镇一处小麦种植基地,农技人员正在为麦田开展…作业`: a caption
/// too long for a title first says where; what it shows is the clause after.
fn without_scene_clause(sentence: &str) -> &str {
    match sentence.split_once(['，', ',']) {
        Some((scene, rest)) if scene.starts_with('在') && len(rest.trim()) >= 6 => rest.trim(),
        _ => sentence,
    }
}

/// A title for an article whose page gave none: its first sentence, shortened.
pub fn fallback_title(d: &Draft) -> String {
    if let Some(k) = &d.kicker {
        return k.clone();
    }
    let first = d
        .blocks
        .iter()
        .map(|b| match b {
            Block::Para(t) | Block::Item(t) | Block::Heading(t) | Block::Pre(t) | Block::Verse(t) => {
                t.lines().next().unwrap_or("")
            }
        })
        .next();
    let Some(first) = first else {
        return "(untitled)".into();
    };
    let cjk = is_cjk_text(first);
    // `图：轻轨列车驶经海洋站。`: a caption's label is no title; what it shows is.
    const CAPTION_LABELS: &[&str] = &["图", "上图", "下图", "左图", "右图", "图片", "图为", "photo", "picture"];
    let first = match first.split_once([':', '：']) {
        Some((label, rest))
            if CAPTION_LABELS.contains(&super::text::fold_traditional(label.trim()).to_lowercase().as_str())
                && !rest.trim().is_empty() =>
        {
            rest.trim()
        }
        _ => first,
    };
    // `图为6月16日，在…，农户正在…`: `图为` (pictured) over no colon too.
    let first = match first.strip_prefix("图为").or_else(|| first.strip_prefix("圖為")) {
        Some(rest) if cjk && is_cjk_text(rest) => rest.trim_start(),
        _ => first,
    };
    // `Letters policy: Letters must…`: the run-in label is the title.
    // A quotation's speaker (`He said:`, `他说：`) is no label.
    const SPEECH: &[&str] = &["said", "says", "told", "asked", "wrote", "说", "表示", "指出", "称", "问", "道"];
    if let Some((label, rest)) = first.split_once([':', '：'])
        && !label.is_empty()
        && if cjk { len(label) <= 8 } else { label.split_whitespace().count() <= 3 }
        && !label.contains(['，', ',', '。', '.'])
        && !SPEECH.iter().any(|v| label.ends_with(v))
        && (cjk || rest.trim_start().starts_with(char::is_uppercase))
    {
        return label.trim().to_string();
    }
    let max = if cjk { 24 } else { 70 };
    // `4月18日，在巴西里约热内卢，舞者参加…`: a photo caption opens with the
    // day it was taken; the title is what it shows, the rest of the sentence.
    // (So does a brief with no headline after `（完）`, past `据《经济日报》报道，`.)
    let lead_in = if cjk { past_lead_ins(first) } else { first };
    let first = if lead_in.len() < first.len() {
        lead_in.split(['。', '！', '？']).next().unwrap_or(lead_in).trim_end_matches(['，', ','])
    } else {
        // (The comma of a figure, `1,200 traffic violations`, ends no clause.)
        let digit_at = |i: usize| first[i..].chars().next().is_some_and(|c| c.is_ascii_digit());
        let thousands = |i: usize| {
            first[..i].ends_with(|c: char| c.is_ascii_digit()) && first.get(i + 1..).is_some_and(|_| digit_at(i + 1))
        };
        let end = first
            .char_indices()
            .find(|&(i, c)| matches!(c, '。' | '！' | '？' | '!' | '?' | '，') || (c == ',' && !thousands(i)))
            .map_or(first.len(), |(i, _)| i);
        &first[..end]
    };
    let glossless =
        if cjk && len(first.trim()) > 32 { without_latin_glosses(first.trim()) } else { first.trim().to_string() };
    let sentence = glossless.as_str();
    let sentence = if sentence.is_empty() { first } else { sentence };
    let sentence = if cjk && len(sentence) > max { without_scene_clause(sentence) } else { sentence };
    // `付店镇文艺汇演在镇文化广场举行，演员们用…`: too long a sentence gives
    // its first clause when that says enough, rather than a cut with `…`.
    let sentence = match sentence.split_once(['，', ',']) {
        Some((clause, _)) if cjk && len(sentence) > max && len(clause.trim()) >= 8 => clause.trim(),
        _ => sentence,
    };
    // (A whole clause a little over a headline's length, as a brief's title
    // may run, rather than one cut inside a word: `…体验消…`.)
    if len(sentence) <= if cjk { 32 } else { max } {
        sentence.to_string()
    } else {
        let mut s: String = sentence.chars().take(max).collect();
        s.push('…');
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn drafts(paras: &[&str]) -> Vec<Draft> {
        let rules = ImportRules::default();
        let lines: Vec<Para> = paras
            .iter()
            .enumerate()
            .map(|(i, t)| classify(&Line { no: i + 1, text: (*t).to_string(), ..Line::default() }, &rules))
            .collect();
        segment(&lines, &rules)
    }

    #[test]
    fn a_briefs_title_says_what_was_said_not_only_who_said_it() {
        assert_eq!(
            brief_title("日本政府4日宣布，将从4月起上调最低工资标准，全国加权平均时薪将首次突破1100日元。"),
            "日本政府宣布将从4月起上调最低工资标准"
        );
        assert_eq!(brief_title("市气象台昨天表示，本周末将有大风降温。"), "市气象台表示本周末将有大风降温");
        // Too long said as one: the first clause, as before.
        assert_eq!(
            brief_title(
                "埃及旅游部4日表示，今年前两个月埃及全国各大旅游景区共计接待来自世界各地的外国游客超过三百万人次。"
            ),
            "埃及旅游部4日表示"
        );
        // A clause that says something is the title as it is.
        assert_eq!(brief_title("南湖公园樱花盛开，游客络绎不绝。"), "南湖公园樱花盛开");
    }

    #[test]
    fn headline_subtitle_byline() {
        let d = drafts(&[
            "立体化宣讲新生态",
            "——示范区理论宣讲品牌建设实践",
            "□本报记者 王凤侠",
            "正文第一段。",
            "小标题在此",
            "正文第二段。",
        ]);
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].title.as_deref(), Some("立体化宣讲新生态"));
        assert_eq!(d[0].subtitle.as_deref(), Some("示范区理论宣讲品牌建设实践"));
        assert_eq!(d[0].credits.reporters, vec!["王凤侠"]);
        assert_eq!(d[0].blocks[1], Block::Heading("小标题在此".into()));
    }

    #[test]
    fn capitals_name_over_its_role_is_the_byline() {
        let d = drafts(&["Mill to close in June", "JANE MACINTYRE", "STAFF REPORTER", "The mill will close."]);
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].credits.reporters, vec!["Jane Macintyre"]);
        assert_eq!(d[0].subtitle, None);
        // A capitals line under a headline with no role under it stays a head.
        let d = drafts(&["Mill to close in June", "JOBS LOST", "The mill will close."]);
        assert!(d[0].credits.reporters.is_empty());
    }

    #[test]
    fn a_plain_case_name_signs_under_a_headline() {
        // Over its role, or alone between a sentence-case headline and the text.
        let d = drafts(&["Rates rise trimmed", "Tina Law", "Local Democracy Reporter", "Ratepayers face a rise."]);
        assert_eq!((d[0].credits.reporters.clone(), d[0].subtitle.clone()), (vec!["Tina Law".to_string()], None));
        let d = drafts(&["Whangārei hospital build delayed again", "Ben Carter", "Work has been delayed."]);
        assert_eq!((d[0].credits.reporters.clone(), d[0].subtitle.clone()), (vec!["Ben Carter".to_string()], None));
        // A deck, or a body or place named under it, stays a head; so does a
        // name-like line under a headline in title case.
        for second in ["Christchurch City Council", "Residents face higher bills", "Lake Taupō"] {
            let d = drafts(&["Council trims its annual plan", second, "Ratepayers face a rise."]);
            assert!(d[0].credits.reporters.is_empty(), "{second}");
        }
        let d = drafts(&["Council Trims Plan", "Ben Carter", "Ratepayers face a rise."]);
        assert!(d[0].credits.reporters.is_empty());
    }

    #[test]
    fn bulleted_decks_under_a_headline_are_its_subtitle() {
        let d = drafts(&[
            "FEC approves N1.2trn for coastal highway",
            "• Section two to resume in May",
            "• Contractor gets 24 months",
            "By Chinedu Okafor, Abuja",
            "THE council yesterday approved the money.",
        ]);
        assert_eq!(d.len(), 1, "{d:#?}");
        assert_eq!(d[0].subtitle.as_deref(), Some("Section two to resume in May • Contractor gets 24 months"));
        // A fact box's label over its list, or a list in the text, stays a list.
        let d = drafts(&["AT A GLANCE", "• Rates up", "• Fees down", "CHANGE AHEAD: Cr Jo Roe in the car park."]);
        assert!(d[0].subtitle.is_none() && d[0].credits.dateline.is_none(), "{d:#?}");
        let d = drafts(&["Budget at a glance", "The council said:", "• Rates up", "• Fees down", "More text."]);
        assert!(d[0].blocks.iter().filter(|b| matches!(b, Block::Item(_))).count() == 2);
    }

    #[test]
    fn imp22_a_colon_dateline_under_story_and_photo_credits_opens_the_story() {
        let d = drafts(&[
            "Penang LRT works to start in August",
            "Story by TAN BEE LING",
            "Photos by LIM CHEE WEI",
            "GEORGE TOWN: Construction of the line will begin in August, with completion targeted in 2031.",
        ]);
        assert_eq!(d[0].credits.dateline.as_ref().and_then(|p| p.place.as_deref()), Some("George Town"), "{d:#?}");
        assert_eq!(
            (d[0].credits.reporters.clone(), d[0].credits.contributors.clone()),
            (vec!["Tan Bee Ling".into()], vec!["Lim Chee Wei".into()])
        );
    }

    #[test]
    fn imp22_each_dateline_brief_under_in_brief_is_an_item() {
        let d = drafts(&[
            "IN BRIEF",
            "Sabah to hire 500 more teachers",
            "KOTA KINABALU: The department will hire 500 teachers, says its director. — Bernama",
            "Fire destroys 10 shophouses",
            "IPOH: Ten shophouses were destroyed in a fire early yesterday.",
        ]);
        let heads: Vec<_> = d.iter().map(|a| (a.kicker.clone(), a.title.clone())).collect();
        assert_eq!(heads.len(), 2, "{heads:#?}");
        assert!(d.iter().all(|a| a.kicker.as_deref() == Some("IN BRIEF")), "{heads:#?}");
        assert_eq!(d[1].credits.dateline.as_ref().and_then(|p| p.place.as_deref()), Some("Ipoh"));
    }

    #[test]
    fn imp22_a_bracketed_label_alone_is_a_title_out_of_its_brackets() {
        let d = drafts(&["【数据】", "全市小麦种植面积160.3万亩。"]);
        assert_eq!(d[0].title.as_deref(), Some("数据"));
        let d = drafts(&["【比分】山东泰山2∶1上海申花", "全场比赛。"]);
        assert_ne!(d[0].title.as_deref(), Some("比分"));
    }

    #[test]
    fn imp22_a_lone_bulleted_line_in_a_chinese_feature_is_a_subhead() {
        let d = drafts(&[
            "山乡“赤脚医生”的三十年",
            "本报记者　杨　帆",
            "清晨6点，郭秀兰已经背起药箱。",
            "◆ 一只药箱走遍十八个自然村",
            "黄洞乡地处太行山深处。",
            "村民居住分散。",
            "她的工作包括：",
            "◆ 量血压",
            "◆ 送药上门",
            "她坚持了三十年。",
        ]);
        let heads = d[0].blocks.iter().filter(|b| matches!(b, Block::Heading(_))).count();
        let items = d[0].blocks.iter().filter(|b| matches!(b, Block::Item(_))).count();
        assert_eq!((heads, items), (1, 2), "{:#?}", d[0].blocks);
    }

    #[test]
    fn imp22_a_commentary_page_signs_its_pieces_at_their_end() {
        let d = drafts(&[
            "今日论点",
            "让生活圈真正便民",
            "生活圈建起来了，服务能不能跟得上？这样的追问值得重视。",
            "□ 刘建国",
            "治理噪音扰民需多方合力",
            "噪音污染看似小事，却关系群众的休息权。",
            "（作者系市生态环境保护协会会员）",
            "□ 马　丽",
            "学生减负莫变家长增负",
            "减负的初衷是让孩子健康成长。",
            "张立新",
            "漫　画",
            "共享单车占道",
            "市区部分地铁站口共享单车乱停乱放。",
            "漫画/王小兵",
        ]);
        let who: Vec<_> =
            d.iter().map(|a| (a.title.clone().unwrap_or_default(), a.credits.reporters.clone())).collect();
        assert_eq!(who.len(), 4, "{who:#?}");
        assert_eq!(who[0].1, vec!["刘建国"]);
        assert_eq!(who[1].1, vec!["马丽"]);
        assert!(matches!(d[1].blocks.last(), Some(Block::Para(t)) if t.starts_with("（作者系")));
        assert_eq!(who[2].1, vec!["张立新"]);
        assert!(!d[2].blocks.iter().any(|b| matches!(b, Block::Para(t) if t == "张立新")));
        assert_eq!((d[3].kicker.as_deref(), d[3].credits.contributors.clone()), (Some("漫画"), vec!["王小兵".into()]));
        // A page that boxes its bylines over the headlines keeps them with the story below.
        let d = drafts(&["标题一", "本报记者 张甲", "正文一。", "□本报记者 李乙", "标题二", "正文二。"]);
        assert_eq!(d[1].credits.reporters, vec!["李乙"]);
        let d = drafts(&["图片新闻", "市民在公园赏花。", "□本报记者 李乙", "标题二", "正文二。"]);
        assert_eq!(d.last().unwrap().credits.reporters, vec!["李乙"]);
        // A kicker that is a common word is no signature (`文化` starts with a surname).
        let d = drafts(&["标题一", "正文一，说完了。", "文化", "标题二", "正文二。"]);
        assert!(d.iter().all(|a| a.credits.reporters.is_empty()), "{d:#?}");
        // A name the text speaks of is a subhead, not a signature.
        let d = drafts(&["人物标题", "本报记者 张甲", "郭秀兰是一名村医。", "郭秀兰", "她在山村工作。"]);
        assert_eq!(d[0].credits.reporters, vec!["张甲"]);
    }

    #[test]
    fn imp22_court_listings_and_statute_headed_notices_are_pieces() {
        let d = drafts(&[
            "Homes plan backed",
            "By Mark Ellison",
            "Plans for 400 homes were approved.",
            "IN THE DOCK",
            "The following cases were dealt with at the magistrates' court:",
            "Kevin Andrews, 45, of Queen Street, admitted driving without insurance. Fined £300.",
            "School wins national green award",
            "A primary school has won a national award.",
        ]);
        let titles: Vec<_> = d.iter().map(|a| a.title.clone().unwrap_or_default()).collect();
        assert_eq!(titles, ["Homes plan backed", "IN THE DOCK", "School wins national green award"]);
        assert!(is_english_notice_label("ROAD TRAFFIC REGULATION ACT 1984"));
        assert!(is_english_notice_label("THE BOROUGH OF KETTERING (PARKING) ORDER 2026"));
        assert!(!is_english_notice_label("ACT NOW 2026"));
        assert!(!is_english_notice_label("Clean Air Act 1956"));
    }

    #[test]
    fn imp22_a_dashed_wire_credit_closing_an_unsigned_story_is_its_agency() {
        let d =
            drafts(&["Tolls waived", "Toll charges will be waived.", "\"It eases the burden,\" he said. — Bernama"]);
        assert_eq!((d[0].credits.agency.as_deref(), d[0].credits.contributors.len()), (Some("Bernama"), 0));
        // Under a byline, or on a labelled caption, the credit is a photo's.
        let d = drafts(&["Floods hit", "By Nurul Ain", "Rivers burst.", "SOAKED: Volunteers help. — Bernama"]);
        assert_eq!((d[0].credits.agency.as_deref(), d[0].credits.contributors.clone()), (None, vec!["Bernama".into()]));
        let d = drafts(&["Floods hit", "Rivers burst.", "SOAKED: Volunteers help. — Bernama"]);
        assert_eq!(d[0].credits.agency, None);
        let d = drafts(&["Metro gets boost", "The plan was cleared.", "Commuters wait for a train on Monday. — PTI"]);
        assert_eq!(d[0].credits.agency, None);
        // A correspondent's name in capitals signs off a regional story.
        let d = drafts(&[
            "Storm signal raised",
            "LEGAZPI CITY—The storm intensified.",
            "Residents were told to leave. —REY ANTONIO",
        ]);
        assert_eq!(d[0].credits.reporters, vec!["Rey Antonio"]);
        let d = drafts(&[
            "Edsa scheme eyed",
            "By Ana Lopez",
            "The MMDA said so.",
            "TRAFFIC JAM Motorists crawl along Edsa on Monday. —RICHARD REYES",
        ]);
        assert_eq!(
            (d[0].credits.reporters.clone(), d[0].credits.contributors.clone()),
            (vec!["Ana Lopez".into()], vec!["Richard Reyes".into()])
        );
    }

    #[test]
    fn stories_without_a_byline_end_at_a_caption_or_a_wire_credit() {
        let d = drafts(&[
            "Rates rise trimmed",
            "By Tina Law",
            "Ratepayers face a rise.",
            "Mayor Phil Mauger at the meeting. IAIN MCGREGOR/STUFF",
            "Rāhui lifted on Lake Taupō bay",
            "A rāhui has been lifted.",
            "RNZ",
            "Turf replaced at stadium",
            "New turf is being laid.",
        ]);
        let titles: Vec<_> = d.iter().map(|a| a.title.clone().unwrap_or_default()).collect();
        assert_eq!(titles, ["Rates rise trimmed", "Rāhui lifted on Lake Taupō bay", "Turf replaced at stadium"]);
        assert_eq!(d[0].credits.contributors, vec!["Iain McGregor"]);
        assert_eq!(d[1].credits.agency.as_deref(), Some("RNZ"));
        // A subhead under text with no caption before it, or a crosshead
        // under a caption set inside its story, stays in its story.
        let d =
            drafts(&["Rates rise trimmed", "By Tina Law", "Ratepayers face a rise.", "Savings found", "More text."]);
        assert_eq!(d.len(), 1);
        let d =
            drafts(&["Rates rise trimmed", "By Tina Law", "A rise.", "The mayor. Photo: Jo Roe", "Savings", "More."]);
        assert_eq!(d.len(), 1);
        // `(NAN)` closes a wire story; the headline after it heads the next.
        let d =
            drafts(&["Police arrest 14", "The police said so. (NAN)", "ASUU gives FG two weeks", "The union said."]);
        assert_eq!((d.len(), d[0].credits.agency.as_deref()), (2, Some("NAN")));
    }

    #[test]
    fn a_headline_ending_in_initials_over_a_dateline() {
        let d = drafts(&[
            "Council backs new ferry",
            "The vote was 7-2.",
            "Wildfire season starts early in northern B.C.",
            "KAMLOOPS, B.C. (CP) — Crews battled three fires.",
        ]);
        assert_eq!(d.len(), 2);
        assert_eq!(d[1].title.as_deref(), Some("Wildfire season starts early in northern B.C."));
        assert_eq!(without_closing_initialism("He moved to the U.S."), "He moved to the");
        assert_eq!(without_closing_initialism("He left."), "He left.");
    }

    #[test]
    fn two_leads_two_articles() {
        let d = drafts(&[
            "第一篇标题",
            "本报讯(记者 甲乙)正文一。",
            "正文一续。",
            "第二篇标题",
            "本报讯(记者 丙丁)正文二。",
        ]);
        assert_eq!(d.len(), 2);
        assert_eq!(d[1].title.as_deref(), Some("第二篇标题"));
        assert_eq!(d[1].blocks, vec![Block::Para("正文二。".into())]);
    }

    #[test]
    fn kicker_before_title() {
        let d = drafts(&["新春走基层·", "村里来了文艺队", "本报讯(记者 张三)正文。"]);
        assert_eq!(d[0].kicker.as_deref(), Some("新春走基层·"));
        assert_eq!(d[0].title.as_deref(), Some("村里来了文艺队"));
    }

    /// Kicker, title and subtitle of a story whose headline is the lines
    /// `a` over `b`.
    fn stacked(a: &str, b: &str) -> (Option<String>, Option<String>, Option<String>) {
        let d = drafts(&[a, b, "本报讯（记者 张三）正文。"]);
        (d[0].kicker.clone(), d[0].title.clone(), d[0].subtitle.clone())
    }

    #[test]
    fn an_explaining_second_line_is_the_subtitle() {
        let s = |t: &str| Some(t.to_string());
        // A source and a colon, or a longer clause: the 副题 under the title.
        assert_eq!(
            stacked("老旧小区加装电梯 今年再推300部", "市住建局：符合条件的小区可“一键申请”"),
            (None, s("老旧小区加装电梯 今年再推300部"), s("市住建局：符合条件的小区可“一键申请”"))
        );
        assert_eq!(
            stacked("中心城区新增5处口袋公园", "步道座椅一应俱全，居民家门口就能遛弯健身"),
            (None, s("中心城区新增5处口袋公园"), s("步道座椅一应俱全，居民家门口就能遛弯健身"))
        );
        // A deck going on with what the title's subject says or wants.
        assert_eq!(
            stacked("联合国大会通过决议", "呼吁加强全球粮食安全合作"),
            (None, s("联合国大会通过决议"), s("呼吁加强全球粮食安全合作"))
        );
        assert_eq!(stacked("法国多地举行抗议活动", "反对延迟退休年龄改革").2, s("反对延迟退休年龄改革"));
        assert_eq!(
            stacked("地铁3号线二期全线贯通", "预计明年6月开通试运营"),
            (None, s("地铁3号线二期全线贯通"), s("预计明年6月开通试运营"))
        );
        assert_eq!(stacked("城东污水处理厂扩建工程开工", "有望年底前投入使用").2, s("有望年底前投入使用"));
        // (A short label over a forecast stays its 引题.)
        assert_eq!(stacked("聚焦城市更新", "预计明年完成改造300个小区").0, s("聚焦城市更新"));
        // A short label, an attributing or clause first line, or no sign at
        // all: the first line stays the 引题 over the title.
        assert_eq!(
            stacked("新春走基层", "市住建局：加装电梯可“一键申请”"),
            (s("新春走基层"), s("市住建局：加装电梯可“一键申请”"), None)
        );
        assert_eq!(
            stacked("习近平在参加江苏代表团审议时强调", "因地制宜发展新质生产力，推动高质量发展"),
            (s("习近平在参加江苏代表团审议时强调"), s("因地制宜发展新质生产力，推动高质量发展"), None)
        );
        assert_eq!(
            stacked("春风拂面，万物复苏", "城郊赏花游迎来客流高峰，景区推出分时预约"),
            (s("春风拂面，万物复苏"), s("城郊赏花游迎来客流高峰，景区推出分时预约"), None)
        );
        assert_eq!(
            stacked("地铁5号线南段月底试运行", "沿线8座车站同步开放"),
            (s("地铁5号线南段月底试运行"), s("沿线8座车站同步开放"), None)
        );
    }

    #[test]
    fn a_shorter_line_ending_on_a_figure_is_the_subtitle() {
        let s = |t: &str| Some(t.to_string());
        assert_eq!(
            stacked("市公安局开展夏季治安打击整治行动", "首周破获刑事案件56起"),
            (None, s("市公安局开展夏季治安打击整治行动"), s("首周破获刑事案件56起"))
        );
        assert_eq!(
            stacked("“五一”假期我市接待游客186万人次", "旅游综合收入同比增长12.3%").2,
            s("旅游综合收入同比增长12.3%")
        );
        assert_eq!(stacked("全市春季植树造林活动启动", "已栽植苗木3万余株").2, s("已栽植苗木3万余株"));
        // A slogan over the title, or a second line as long: still 引题 and title.
        assert_eq!(stacked("深化改革攻坚 激发发展活力", "新增市场主体1.2万户").0, s("深化改革攻坚 激发发展活力"));
        assert_eq!(stacked("我市优化营商环境", "新增市场主体1.2万户").2, None);
        assert_eq!(stacked("坚持以人民为中心的发展思想", "我市民生支出占比达78%").0, s("坚持以人民为中心的发展思想"));
    }

    #[test]
    fn issue3_a_headline_over_a_reporters_dated_lead_opens_the_next_story() {
        let d = drafts(&[
            "我市启动冬季供暖保障专项行动",
            "本报讯（记者 张明）11月15日，我市正式启动冬季供暖保障专项行动。",
            "据了解，今年我市新增供暖面积120万平方米，惠及居民1.2万户。",
            "老旧小区改造惠及三千余户",
            "记者日前从市住建局获悉，今年我市共改造老旧小区28个，目前已全部完工。",
            "改造内容包括道路硬化、管网更新、加装电梯等。",
        ]);
        assert_eq!(d.len(), 2);
        assert_eq!(d[0].credits.reporters, vec!["张明"]);
        assert_eq!(d[1].title.as_deref(), Some("老旧小区改造惠及三千余户"));
        assert!(matches!(&d[1].blocks[0], Block::Para(t) if t.starts_with("记者日前从市住建局获悉")));
        // A roundup's crosshead over `记者从…获悉`, no day given, stays its subhead.
        let d = drafts(&[
            "多部门合力保障群众温暖过冬",
            "本报讯（记者 张明）入冬以来，我市多部门合力保障群众温暖过冬。",
            "交通运输保障有力",
            "记者从市交通局获悉，全市已储备融雪剂2000吨。",
        ]);
        assert_eq!(d.len(), 1);
        assert!(opens_on_reporters_day("记者3月1日从市气象台了解到，本周气温回升。"));
        assert!(!opens_on_reporters_day("记者了解到，本周气温回升。"));
    }

    #[test]
    fn issue3_a_bracketed_editors_note_run_into_its_text_opens_the_story_below() {
        let d = drafts(&[
            "公交线路同步优化",
            "本报讯 为做好地铁接驳，市公交集团将优化8条公交线路。（记者 王五）",
            "【编者按】入冬以来，我市多部门联合开展冬季供暖保障行动。本报今起推出系列报道。",
            "供暖季首周投诉量同比下降三成",
            "本报记者 赵六",
            "记者从市城管局获悉，供暖季首周共受理投诉412件。",
        ]);
        assert_eq!(d.len(), 2);
        assert_eq!(d[0].blocks, vec![Block::Para("为做好地铁接驳，市公交集团将优化8条公交线路。".into())]);
        assert_eq!(d[0].credits.reporters, vec!["王五"]);
        assert_eq!(d[1].title.as_deref(), Some("供暖季首周投诉量同比下降三成"));
        assert!(matches!(&d[1].blocks[0], Block::Para(t) if t.starts_with("【编者按】入冬以来")));
        assert_eq!(d[1].credits.reporters, vec!["赵六"]);
        // Without its brackets the label needs its colon: `编者按语` is no note's label.
        let p = |t: &str| classify(&Line { no: 1, text: t.into(), ..Line::default() }, &ImportRules::default());
        assert!(is_editors_note(&p("〔编者按〕本报今起推出系列报道。")));
        assert!(!is_editors_note(&p("编者按语本报今起推出系列报道。")));
    }

    #[test]
    fn issue3_a_fact_box_under_the_closing_contact_line_is_the_storys() {
        let d = drafts(&[
            "City council approves $4.2 million budget for new library",
            "By MARIA GONZALEZ",
            "RIVERTON — The City Council voted 5-2 Thursday night to approve the budget.",
            "Maria Gonzalez can be reached at mgonzalez@rivertoncourier.com or 555-0142.",
            "AT A GLANCE",
            "• Cost: $4.2 million",
            "• Opening: fall 2028",
            "Police seek witnesses to weekend crash",
            "From staff reports",
            "Riverton police are asking anyone who saw a crash Saturday to come forward.",
        ]);
        assert_eq!(d.len(), 2, "{d:#?}");
        assert_eq!(d[0].credits.reporters, vec!["Maria Gonzalez"]);
        assert!(d[0].blocks.contains(&Block::Item("Cost: $4.2 million".into())), "{:?}", d[0].blocks);
        assert_eq!(d[1].title.as_deref(), Some("Police seek witnesses to weekend crash"));
    }

    #[test]
    fn issue3_a_link_box_under_the_closing_credit_is_the_storys() {
        let d = drafts(&[
            "安全用电莫大意",
            "本报讯（记者 马丽）随着气温持续走低，我市用电负荷不断攀升。",
            "据介绍，今年入冬以来，全市已发生多起火情。（记者 马丽）",
            "相关链接",
            "冬季安全用电小常识",
            "1.不要私拉乱接电线；",
            "2.外出时及时切断电源。",
            "短评",
            "让温暖与安全同行",
            "李明华",
            "取暖是刚需，安全是底线。",
        ]);
        assert_eq!(d.len(), 2, "{d:#?}");
        assert_eq!(d[0].title.as_deref(), Some("安全用电莫大意"));
        assert!(d[0].blocks.contains(&Block::Heading("相关链接".into())), "{:?}", d[0].blocks);
        // Its credit, above the box, is the story's last word.
        assert!(
            d[0].blocks.contains(&Block::Para("据介绍，今年入冬以来，全市已发生多起火情。".into())),
            "{:?}",
            d[0].blocks
        );
        assert_eq!(d[1].title.as_deref(), Some("让温暖与安全同行"));
        assert_eq!(d[1].credits.reporters, vec!["李明华"]);
    }

    #[test]
    fn issue3_two_or_three_bare_names_under_a_headline_sign_it() {
        let d = drafts(&["老街换新颜 烟火气更浓", "王建国　刘晓燕", "走进城南老街，青石板路干净整洁。"]);
        assert_eq!(d[0].title.as_deref(), Some("老街换新颜 烟火气更浓"));
        assert_eq!(d[0].credits.reporters, vec!["王建国", "刘晓燕"]);
        let d = drafts(&["老街换新颜", "王建国 刘晓燕 陈明", "走进城南老街，青石板路干净整洁。"]);
        assert_eq!(d[0].credits.reporters, vec!["王建国", "刘晓燕", "陈明"]);
        // Words of the dictionary, though each opens on a surname, are the headline's.
        let d = drafts(&["推动经济", "高质量 发展", "今年以来，全市经济运行稳中向好。"]);
        assert!(d[0].credits.reporters.is_empty(), "{:?}", d[0].credits);
    }

    #[test]
    fn an_editors_note_above_a_headline_opens_the_story_below() {
        let d = drafts(&[
            "小区加装电梯",
            "本报讯（记者 张三）今年再推300部。",
            "编者按：春耕时节，本报推出系列报道，记录乡村新变化。",
            "稻田里的“新农人”",
            "文/图 本报记者 孙悦",
            "清晨六点，周磊已经在稻田里忙碌起来。",
        ]);
        assert_eq!(d.len(), 2);
        assert_eq!(d[0].blocks, vec![Block::Para("今年再推300部。".into())]);
        assert_eq!(d[1].title.as_deref(), Some("稻田里的“新农人”"));
        assert_eq!(d[1].blocks[0], Block::Para("编者按：春耕时节，本报推出系列报道，记录乡村新变化。".into()));
        assert_eq!(d[1].credits.reporters, vec!["孙悦"]);
        // The label on a line of its own runs into its note.
        let d = drafts(&[
            "小区加装电梯",
            "本报讯（记者 张三）今年再推300部。",
            "【编前语】",
            "乡村振兴，人才是关键。",
            "稻田里的“新农人”",
            "本报记者 孙悦",
            "清晨六点，周磊已经在稻田里忙碌起来。",
        ]);
        assert_eq!(d.len(), 2);
        assert_eq!(d[1].title.as_deref(), Some("稻田里的“新农人”"));
        assert_eq!(d[1].blocks[0], Block::Para("【编前语】：乡村振兴，人才是关键。".into()));
        // With no byline under its headline, the note still opens the story.
        let d = drafts(&[
            "小区加装电梯",
            "本报讯（记者 张三）今年再推300部。",
            "编者按：春耕时节，本报推出系列报道。",
            "稻田里的“新农人”",
            "清晨六点，周磊已经在稻田里忙碌起来。",
        ]);
        assert_eq!(d.len(), 2);
        assert_eq!(d[1].title.as_deref(), Some("稻田里的“新农人”"));
        // A note under a headline is that story's, and no cut.
        let d = drafts(&[
            "稻田里的“新农人”",
            "编者按：春耕时节，本报推出系列报道。",
            "一、新农人",
            "清晨六点，周磊已经下田。",
        ]);
        assert_eq!(d.len(), 1);
        // Under its story's text (`编后`), a note is that story's.
        let d = drafts(&["小区加装电梯", "本报讯（记者 张三）今年再推300部。", "编后：好事要办好。"]);
        assert_eq!(d.len(), 1);
    }

    #[test]
    fn supplied_notice_after_agency_story_and_trailing_label() {
        let d = drafts(&[
            "新平台上线",
            "据新华社天津2月10日电(记者 张建新 徐鹏航)记者10日获悉。",
            "负责人说。",
            "危险化学品装运应遵守这些安全规定",
            "- 运输车辆应专车专用。",
            "- 装运要轻拿轻放。",
            "(市人力资源社会保障局、市社会保险中心供稿)",
            "工伤预防·参保扩面进行时",
            "淇县西岗镇村晚",
            "本报讯(记者 朱迪)正文。",
        ]);
        assert_eq!(d.len(), 3, "{d:#?}");
        assert_eq!(d[1].title.as_deref(), Some("危险化学品装运应遵守这些安全规定"));
        assert_eq!(d[1].kicker.as_deref(), Some("工伤预防·参保扩面进行时"));
        assert_eq!(d[1].credits.contributors.len(), 2);
        assert_eq!(d[2].kicker, None);
        assert_eq!(d[2].title.as_deref(), Some("淇县西岗镇村晚"));
    }

    #[test]
    fn a_headline_broken_after_its_colon_is_one_headline() {
        let d = drafts(&[
            "Editorial:",
            "Budget Woes Deepen",
            "By JANE DOE",
            "The council met on Tuesday and argued for hours.",
        ]);
        assert_eq!(d[0].title.as_deref(), Some("Editorial: Budget Woes Deepen"));
        let d = drafts(&["淇滨区：", "健身圈再添新场地", "本报讯（通讯员 刘畅）9月5日，健身广场建成投用。"]);
        assert_eq!(d[0].title.as_deref(), Some("淇滨区：健身圈再添新场地"));
        // The export's half-width colon in Chinese needs no space either.
        let d = drafts(&["淇滨区:", "健身圈再添新场地", "本报讯(通讯员 刘畅)9月5日,健身广场建成投用。"]);
        assert_eq!(d[0].title.as_deref(), Some("淇滨区:健身圈再添新场地"));
    }

    #[test]
    fn a_desks_own_brief_column_is_a_brief_label() {
        for l in ["健康快讯", "■体育简讯", "【教育短讯】", "简讯"] {
            assert!(is_brief_label(l), "{l}");
        }
        for l in ["今天的快讯", "全市三千家门店上线快讯", "Health快讯"] {
            assert!(!is_brief_label(l), "{l}");
        }
    }

    #[test]
    fn briefs_signed_in_brackets_are_articles_of_their_own() {
        let d = drafts(&[
            "县区快讯",
            "浚县：秋粮收购点全部开秤",
            "本报讯 近日，浚县17个秋粮收购点全部开秤收购。（王磊 刘洋）",
            "淇县：新增3条城乡公交线路",
            "本月起，淇县新开通3条城乡公交线路，群众出行更加便利。（通讯员 李华）",
            "鹤山区：开展汛后河道清理",
            "连日来，鹤山区对辖区内5条河道开展汛后清理。",
            "（张晓燕）",
            "淇滨区：",
            "健身圈再添新场地",
            "本报讯（通讯员 刘畅）9月5日，健身广场建成投用。",
        ]);
        let titles: Vec<_> = d.iter().map(|d| d.title.as_deref().unwrap_or("")).collect();
        assert_eq!(
            titles,
            [
                "浚县：秋粮收购点全部开秤",
                "淇县：新增3条城乡公交线路",
                "鹤山区：开展汛后河道清理",
                "淇滨区：健身圈再添新场地"
            ]
        );
        assert_eq!(d[0].credits.reporters, vec!["王磊", "刘洋"]);
        assert_eq!(d[1].credits.contributors, vec!["李华"]);
        assert_eq!(d[1].blocks, vec![Block::Para("本月起，淇县新开通3条城乡公交线路，群众出行更加便利。".into())]);
        assert_eq!(d[2].credits.reporters, vec!["张晓燕"]);
    }

    #[test]
    fn pull_quotes_and_their_speaker_are_not_text_or_credits() {
        let d = drafts(&[
            "Schools brace for shortfall",
            "By JANE DOE",
            "MAPLETON — The board began weighing cuts on Tuesday.",
            "\"We are not talking about trimming anymore,\" Liu said. \"Every option on this list affects kids.\"",
            "\"Every option on this list affects kids.\"",
            "— Superintendent Karen Liu",
            "The proposals include eliminating two bus routes.",
        ]);
        assert_eq!(d.len(), 1, "{d:#?}");
        assert_eq!(d[0].credits.reporters, vec!["Jane Doe"]);
        assert_eq!(d[0].blocks.len(), 3);
        assert_eq!(d[0].blocks[2], Block::Para("The proposals include eliminating two bus routes.".into()));
    }

    #[test]
    fn for_the_paper_only_under_a_byline() {
        let d = drafts(&["Keep the library open", "By Robert Lewis", "For The Courier", "The plan is a mistake."]);
        assert_eq!(d.len(), 1, "{d:#?}");
        assert_eq!(d[0].credits.reporters, vec!["Robert Lewis"]);
        assert_eq!(d[0].blocks, vec![Block::Para("The plan is a mistake.".into())]);
        let d = drafts(&["Opening text.", "For The Record", "An earlier story misstated the date."]);
        // Not a byline: the words stay on the page as a heading.
        assert!(d.iter().any(|a| a.blocks.contains(&Block::Heading("For The Record".into()))), "{d:#?}");
    }

    #[test]
    fn a_hyphen_dateline_opens_a_story_only_under_its_heads() {
        let d = drafts(&[
            "Transactions",
            "The following moves were announced Sunday.",
            "LAKERS - Signed G Tom Lee to a 10-day contract.",
            "CELTICS - Waived F Sam Ray.",
            "Storms cut power in Chile",
            "SANTIAGO - Heavy storms knocked out power on Sunday.",
        ]);
        assert_eq!(d.len(), 2, "{d:#?}");
        assert_eq!(d[0].blocks.len(), 3);
        assert_eq!(d[1].credits.dateline.as_ref().and_then(|x| x.place.as_deref()), Some("Santiago"));
    }

    #[test]
    fn contact_and_paper_lines_under_a_byline_are_not_text() {
        let d = drafts(&[
            "Council weighs bike lanes",
            "By Tom Harris",
            "Herald Staff Writer",
            "tharris@rivertonherald.com",
            "@tomharris",
            "The council will vote Tuesday on a plan.",
            "Museum reopens after flood",
            "By Ann Cole",
            "Los Angeles Times",
            "WASHINGTON — The museum reopened on Sunday.",
        ]);
        assert_eq!(d.len(), 2, "{d:#?}");
        assert_eq!(d[0].blocks, vec![Block::Para("The council will vote Tuesday on a plan.".into())]);
        assert_eq!(d[1].title.as_deref(), Some("Museum reopens after flood"));
        assert_eq!(d[1].credits.reporters, vec!["Ann Cole"]);
        assert_eq!(d[1].blocks.len(), 1);
        // Not under a byline, an address is text.
        let d = drafts(&["Recycling rules change", "Residents can write to the city:", "recycle@riverton.gov"]);
        assert_eq!(d[0].blocks.len(), 2, "{d:#?}");
    }

    #[test]
    fn a_byline_under_the_text_signs_the_story_above() {
        let d = drafts(&[
            "组屋转售价上涨",
            "（联合早报讯）转售价格连续第六个季度上涨。",
            "报道：郑嘉欣",
            "义顺社区医院增设病床",
            "医院下个月起将增加60张病床。",
        ]);
        assert_eq!(d.len(), 2, "{d:#?}");
        assert_eq!(d[0].credits.reporters, vec!["郑嘉欣"]);
        assert_eq!(d[1].title.as_deref(), Some("义顺社区医院增设病床"));
        assert!(d[1].credits.reporters.is_empty());
        // Under a headline it is the byline of the story below.
        let d = drafts(&["首段。", "标题", "报道：黄慧敏", "正文。"]);
        assert_eq!(d.last().map(|a| a.credits.reporters.clone()), Some(vec!["黄慧敏".to_string()]));
    }

    #[test]
    fn a_jumped_story_set_under_another_starts_at_its_slug() {
        let d = drafts(&[
            "Keep the library open",
            "By Robert Lewis",
            "The plan to close on Saturdays is a mistake.",
            "Water rates",
            "Continued from Page 1",
            "The commission will meet again Nov. 12.",
        ]);
        assert_eq!(d.len(), 2, "{d:#?}");
        assert_eq!(d[1].title.as_deref(), Some("Water rates"));
        assert_eq!(d[1].continued_from, Some(1));
        assert_eq!(d[0].continued_from, None);
    }

    #[test]
    fn a_wire_end_mark_ends_its_article() {
        let d = drafts(&[
            "酒店业招聘困难",
            "新华社澳门7日电 职位空缺达五千二百个。",
            "劳工局表示会继续举办招聘会。（完）",
            "天文台:本周后期有骤雨",
            "天文台预测本港周四至周六有骤雨。",
        ]);
        assert_eq!(d.len(), 2, "{d:#?}");
        assert_eq!(d[0].blocks.len(), 2);
        assert!(d[1].credits.agency.is_none());
        // The photo's caption after the mark still belongs to the story.
        let d = drafts(&[
            "卫星发射成功",
            "新华社酒泉29日电 卫星顺利进入预定轨道。（完）",
            "上图：火箭点火升空。",
            "新华社记者 汪江波摄",
        ]);
        assert_eq!(d.len(), 1, "{d:#?}");
        assert_eq!(d[0].credits.contributors, vec!["汪江波"]);
    }

    #[test]
    fn wire_end_marks_are_not_text() {
        let d = drafts(&["卫星发射成功", "新华社酒泉11月29日电 卫星顺利进入预定轨道。", "这是第590次飞行。（完）"]);
        assert_eq!(d[0].blocks.last(), Some(&Block::Para("这是第590次飞行。".into())));
        assert!(!d[0].truncated);
    }

    #[test]
    fn truncated_last_article_and_jumps() {
        let d = drafts(&[
            "标题",
            "(上接第一版)正文。",
            "正文很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长,标准服",
        ]);
        assert_eq!(d[0].continued_from, Some(1));
        assert!(d[0].truncated);
        let d = drafts(&["标题", "正文。（下转第3版）"]);
        assert_eq!(d[0].continued_to, Some(3));
        assert!(!d[0].truncated);
    }

    #[test]
    fn a_speaker_in_capitals_inside_a_story_is_no_dateline() {
        let d = drafts(&[
            "Mayor answers readers",
            "Staff Reporter",
            "PUNE: The mayor took questions from readers on Thursday.",
            "RAO: We will finish the flyover by June.",
        ]);
        assert_eq!(d.len(), 1, "{d:#?}");
        assert_eq!(d[0].credits.dateline.as_ref().and_then(|x| x.place.as_deref()), Some("Pune"));
        assert!(d[0].blocks.iter().any(|b| matches!(b, Block::Para(t) if t.starts_with("RAO: We will"))), "{d:#?}");
    }

    #[test]
    fn in_brief_splits_its_briefs() {
        let d = drafts(&[
            "Tea growers seek support price",
            "PTI",
            "GUWAHATI: Small tea growers on Thursday demanded a support price.",
            "IN BRIEF",
            "Water supply to be hit",
            "Water supply will be hit in parts of the city on Saturday, the board said.",
            "Book fair opens today",
            "The city book fair will open at the stadium today.",
        ]);
        let titles: Vec<_> = d.iter().map(|d| d.title.as_deref().unwrap_or("")).collect();
        assert_eq!(titles, vec!["Tea growers seek support price", "Water supply to be hit", "Book fair opens today"]);
    }

    #[test]
    fn a_chinese_brief_column_splits_its_briefs() {
        let d = drafts(&[
            "春运返程客流进入尾声",
            "本报讯（记者 许晨）春运返程客流已基本结束。",
            "■简讯",
            "我市启动“护苗”行动",
            "近日，市文明办启动春季校园周边环境整治“护苗”行动。（本报综合）",
            "城东新添一座智慧停车场",
            "城东商圈智慧停车场日前投入使用。（记者 马骁）",
        ]);
        let titles: Vec<_> = d.iter().map(|d| d.title.as_deref().unwrap_or("")).collect();
        assert_eq!(titles, vec!["春运返程客流进入尾声", "我市启动“护苗”行动", "城东新添一座智慧停车场"]);
        assert_eq!(d[1].kicker.as_deref(), Some("简讯"));
        assert_eq!(d[1].credits.agency.as_deref(), Some("本报"));
        assert_eq!(d[1].blocks, vec![Block::Para("近日，市文明办启动春季校园周边环境整治“护苗”行动。".into())]);
        assert_eq!(d[2].credits.reporters, vec!["马骁"]);
    }

    #[test]
    fn boxed_briefs_with_leads_stay_in_their_column() {
        let d = drafts(&[
            "体坛快讯",
            "■全省青少年游泳锦标赛落幕",
            "本报讯（记者 赵阳 通讯员 孙浩）全省青少年游泳锦标赛5日落幕。",
            "■3000余名市民参加健步走",
            "本报讯（实习生 李想）4月5日上午，市民健步走活动在滨河公园举行。",
            "今日赛事预告",
            "19:35 中超第5轮 青岛西海岸－浙江队。",
        ]);
        let heads: Vec<_> = d.iter().map(|d| (d.kicker.as_deref(), d.title.as_deref().unwrap_or(""))).collect();
        assert_eq!(
            heads,
            vec![
                (Some("体坛快讯"), "全省青少年游泳锦标赛落幕"),
                (Some("体坛快讯"), "3000余名市民参加健步走"),
                (None, "今日赛事预告"),
            ]
        );
        assert_eq!(d[1].credits.contributors, vec!["李想"]);
        // Unboxed briefs of one paragraph each, with their own leads, are the
        // column's items too; a story of several paragraphs under them is not.
        let d = drafts(&[
            "县区快讯",
            "浚县：秋粮收购点全部开秤",
            "本报讯 近日，浚县收购点全部开秤。",
            "淇县：新增3条公交线路",
            "本报讯 本月起，淇县新开通3条线路。",
            "鹤山区开展汛后河道清理",
            "本报讯 连日来，鹤山区组织干部群众清理河道。",
            "共清理垃圾杂物30余吨，疏通排水涵洞14处。",
        ]);
        assert_eq!(d.iter().map(|d| d.kicker.is_some()).collect::<Vec<_>>(), [true, true, false]);
    }

    #[test]
    fn agate_box_is_titled_by_its_label() {
        let rules = ImportRules::default();
        let line = |no: usize, t: &str, form: Form| classify(&Line { no, text: t.to_string(), form }, &rules);
        let paras = [
            line(1, "SCOREBOARD", Form::Prose),
            line(2, "AMERICAN LEAGUE", Form::Prose),
            line(3, "East                 W    L    Pct    GB\nBaltimore           14    7   .667    —", Form::Rows),
        ];
        let d = segment(&paras, &rules);
        assert_eq!(d.len(), 1);
        assert_eq!((d[0].kicker.as_deref(), d[0].title.as_deref()), (None, Some("SCOREBOARD")));
        assert_eq!(d[0].blocks[0], Block::Heading("AMERICAN LEAGUE".into()));
    }

    #[test]
    fn notebook_column_items_are_briefs() {
        assert!(is_notebook_label("SPORTS NOTEBOOK"));
        assert!(is_notebook_label("Business roundup"));
        assert!(!is_notebook_label("Why I keep a notebook by the bed"));
        let d = drafts(&[
            "SPORTS NOTEBOOK",
            "Chen signs with Oregon",
            "Riverton High senior Maya Chen signed a letter of intent Wednesday to run track at Oregon.",
            "Rink repairs finished early",
            "The Riverton Ice Arena will reopen Saturday, two weeks ahead of schedule.",
        ]);
        let heads: Vec<_> = d.iter().map(|d| (d.kicker.as_deref(), d.title.as_deref().unwrap_or(""))).collect();
        assert_eq!(
            heads,
            [
                (Some("SPORTS NOTEBOOK"), "Chen signs with Oregon"),
                (Some("SPORTS NOTEBOOK"), "Rink repairs finished early")
            ]
        );
    }

    #[test]
    fn letters_signed_in_capitals_with_a_town() {
        let sig = |t: &str| capitals_signature(t).map(|c| c.reporters);
        assert_eq!(sig("MARY SMITH, Springfield"), Some(vec!["Mary Smith".to_string()]));
        assert_eq!(sig("ROBERT J. JONES, West Mapleton"), Some(vec!["Robert J. Jones".to_string()]));
        assert_eq!(sig("BOSTON, Mass."), None);
        assert_eq!(sig("SAN FRANCISCO, Calif."), None);
        assert_eq!(sig("Linda Becker, Executrix"), None);
        // The name over the town, on two lines.
        let d = drafts(&[
            "Letters",
            "Thanks to the road crews",
            "County crews worked around the clock to keep Route 9 open.",
            "Mary Smith",
            "Springfield",
            "Keep the library open",
            "Closing it on Sundays would be a mistake.",
            "Tom Becker",
            "West Mapleton",
        ]);
        let who: Vec<_> = d.iter().map(|d| d.credits.reporters.clone()).collect();
        assert_eq!(who, [vec!["Mary Smith".to_string()], vec!["Tom Becker".to_string()]]);
        // (The signature one block, its two lines kept.)
        assert_eq!(d[0].blocks.last(), Some(&Block::Verse("Mary Smith\nSpringfield".into())));
        // A notice signed with the name over the post is no letter.
        let d = drafts(&[
            "LEGAL NOTICES",
            "NOTICE OF PUBLIC HEARING",
            "The board will hold a public hearing on Tuesday.",
            "Margaret Lyons",
            "Township Secretary",
        ]);
        assert!(d.iter().all(|d| d.credits.reporters.is_empty()), "{d:#?}");
        // A headline in capitals over its story's text is no signature.
        let d = drafts(&[
            "The roads are safe again thanks to the crews.",
            "FIRE DESTROYS BARN, Police Say",
            "A fire destroyed a barn on Route 9 early Sunday, police said.",
        ]);
        assert!(d.iter().all(|d| d.credits.reporters.is_empty()), "{d:#?}");
        let d = drafts(&[
            "Letters to the editor",
            "Park plan ignores the neighbors",
            "The city's plan was drawn up without a single meeting in our neighborhood.",
            "MARY SMITH, Springfield",
            "Thanks to the road crews",
            "County crews worked around the clock to keep Route 9 open.",
            "ROBERT JONES, Mapleton",
        ]);
        let who: Vec<_> =
            d.iter().map(|d| (d.title.clone().unwrap_or_default(), d.credits.reporters.clone())).collect();
        assert_eq!(
            who,
            [
                ("Park plan ignores the neighbors".to_string(), vec!["Mary Smith".to_string()]),
                ("Thanks to the road crews".to_string(), vec!["Robert Jones".to_string()]),
            ]
        );
    }

    #[test]
    fn issue3_a_dashed_tagline_signs_its_column_and_ends_it() {
        assert_eq!(
            writer_tagline("— Sarah O'Connor is a member of the Mapleton Parks Board."),
            Some("Sarah O'Connor".into())
        );
        let d = drafts(&[
            "GUEST COLUMN",
            "Our parks deserve better funding",
            "Every summer our parks fill with families, and every summer the county cuts their budget again.",
            "The parks department has lost a third of its staff since 2019.",
            "— Sarah O'Connor is a member of the Mapleton Parks Board.",
            "Keep the library open late",
            "The library is the only warm, quiet place many students have to study after dark.",
            "— Daniel D'Angelo, Riverton",
        ]);
        assert_eq!(d.len(), 2, "{d:#?}");
        assert_eq!(d[0].credits.reporters, vec!["Sarah O'Connor"]);
        assert_eq!(d[1].title.as_deref(), Some("Keep the library open late"));
    }

    #[test]
    fn op_ed_under_an_editorial_is_its_own_piece_signed_by_its_tagline() {
        assert_eq!(
            writer_tagline("Jane Roe is a professor of history at Riverton State University."),
            Some("Jane Roe".into())
        );
        assert_eq!(writer_tagline("Tom Ellis, a retired teacher, lives in Mapleton."), Some("Tom Ellis".into()));
        assert_eq!(
            writer_tagline("Jake van der Kamp is a veteran financial commentator. jake.vanderkamp@scmp.com"),
            Some("Jake van der Kamp".into())
        );
        assert_eq!(writer_tagline("The council is a body of seven members."), None);
        assert!(
            is_editorial_label("OUR VIEW") && is_editorial_label("The Herald's View") && is_editorial_label("社论")
        );
        let d = drafts(&[
            "OUR VIEW",
            "County can't wait any longer to fix 911 delays",
            "Last month a family waited four minutes for someone to answer their call to 911.",
            "Commissioners should raise dispatcher pay at next week's meeting.",
            "Why history class still matters",
            "Every spring, when school budgets tighten, the first cuts fall on the humanities.",
            "There is no better place to learn both than a history classroom.",
            "Jane Roe is a professor of history at Riverton State University.",
        ]);
        assert_eq!(d.len(), 2, "{d:#?}");
        assert_eq!((d[0].kicker.as_deref(), d[0].credits.reporters.len()), (Some("OUR VIEW"), 0));
        assert_eq!(d[1].title.as_deref(), Some("Why history class still matters"));
        assert_eq!(d[1].credits.reporters, vec!["Jane Roe"]);
        // The tagline stays as printed: it says who the writer is.
        assert_eq!(
            d[1].blocks.last(),
            Some(&Block::Para("Jane Roe is a professor of history at Riverton State University.".into()))
        );
        // A news story's last line about someone it has named signs nothing.
        let d = drafts(&[
            "Department names new chief",
            "Maria Lopez, a 20-year veteran, was named fire chief on Saturday.",
            "Maria Lopez is the first woman to lead the department.",
        ]);
        assert!(d[0].credits.reporters.is_empty(), "{d:#?}");
        // Without the editorial's label a headline between texts stays a subhead.
        let d = drafts(&[
            "Budget talks resume",
            "By KEVIN WALSH",
            "Talks resumed on Monday after a week's break.",
            "What comes next",
            "The council votes on Friday.",
        ]);
        assert_eq!(d.len(), 1);
    }

    #[test]
    fn front_page_index_box_is_one_piece_of_items() {
        assert!(is_teaser_line("全市一季度地区生产总值同比增长5.8%　　▶3版"));
        assert!(is_teaser_line("春季中小学田径运动会今日开幕　详见第12版"));
        assert!(is_teaser_line("Council approves new budget A3"));
        assert!(is_teaser_line("■老城区十二条背街小巷完成改造（第5版）"));
        assert!(is_teaser_line("全市一季度经济运行稳中向好　3版"));
        assert!(is_teaser_line("Obituaries .......... B4"));
        assert!(!is_teaser_line("▶3版"));
        assert!(!is_teaser_line("我市出台优化营商环境三年行动方案"));
        let d = drafts(&[
            "今日导读",
            "全市一季度地区生产总值同比增长5.8%　　▶3版",
            "滨江新区首批人才公寓交付使用　　▶4版",
            "春季中小学田径运动会今日开幕　　详见第12版",
            "深化改革攻坚 激发发展活力",
            "我市出台优化营商环境三年行动方案",
            "——推出28条硬核举措",
            "本报记者 林涛",
            "本报讯 4月20日，市政府发布优化营商环境三年行动方案。",
        ]);
        assert_eq!(d.len(), 2, "{d:#?}");
        assert_eq!(d[0].title.as_deref(), Some("今日导读"));
        // `Inside` as a feature's crosshead over its text stays in it.
        let mill = drafts(&[
            "A day at the mill",
            "By ANNA REED",
            "The mill opened in 1872 and still grinds flour every morning.",
            "Inside",
            "The old stones turn slowly, and the floor shakes underfoot.",
        ]);
        assert_eq!(mill.len(), 1, "{mill:#?}");
        assert!(d[0].blocks.iter().all(|b| matches!(b, Block::Item(_))) && d[0].blocks.len() == 3, "{:?}", d[0].blocks);
        assert_eq!(
            (d[1].kicker.as_deref(), d[1].title.as_deref(), d[1].subtitle.as_deref()),
            (Some("深化改革攻坚 激发发展活力"), Some("我市出台优化营商环境三年行动方案"), Some("推出28条硬核举措"))
        );
    }

    #[test]
    fn serial_instalment_with_its_number_and_bare_author() {
        assert!(
            is_episode_marker("（连载一）") && is_episode_marker("连载之二十三") && is_episode_marker("（连载 5）")
        );
        assert!(!is_episode_marker("（连载完）") && !is_episode_marker("连载小说"));
        assert!(is_episode_marker("连载⑤"));
        let d = drafts(&[
            "编者按：长篇小说《运河人家》以运河边一个家庭三代人的命运为线索。本报自即日起每周五连载。",
            "长篇连载",
            "运河人家",
            "（连载一）",
            "王长河",
            "一",
            "腊月二十三，祭灶的日子。天还没亮，老船工周德顺就起来了。",
            "周德顺站在河边，掏出旱烟袋，却怎么也点不着。（未完待续）",
            "春天的信（组诗）",
            "张小雨",
            "把一封信写给刚刚醒来的河流。",
        ]);
        assert_eq!(d.len(), 2, "{d:#?}");
        assert_eq!(
            (d[0].kicker.as_deref(), d[0].title.as_deref(), d[0].subtitle.as_deref()),
            (Some("长篇连载"), Some("运河人家"), Some("（连载一）"))
        );
        assert_eq!(d[0].credits.reporters, vec!["王长河"]);
        assert!(d[0].blocks.contains(&Block::Heading("一".into())), "{:?}", d[0].blocks);
        assert!(matches!(&d[0].blocks[0], Block::Para(t) if t.starts_with("编者按")));
        assert_eq!(d[1].credits.reporters, vec!["张小雨"]);
        // A place under a headline, named again in the text, is no writer.
        let d = drafts(&["长江边的明珠", "张家港", "张家港是一座港口城市。"]);
        assert!(d[0].credits.reporters.is_empty(), "{d:#?}");
    }

    #[test]
    fn essay_note_ends_it_before_a_photo_caption() {
        let d = drafts(&[
            "国际观察",
            "美欧贸易摩擦缘何再起",
            "□ 陈  晨",
            "分析人士指出，美欧互为重要贸易伙伴，贸易战没有赢家。",
            "（作者为中国现代国际关系研究院研究员）",
            "4月18日，在巴西里约热内卢，舞者参加狂欢节学校的彩排活动。",
            "（新华社发 王天聪摄）",
        ]);
        assert_eq!(d.len(), 2, "{d:#?}");
        assert!(d[0].credits.contributors.is_empty());
        assert_eq!(d[1].credits.contributors, vec!["王天聪"]);
    }

    #[test]
    fn a_photo_label_is_the_kicker_and_the_caption_the_title() {
        let d = drafts(&["图片新闻", "4月26日,农技人员在麦田开展“一喷三防”作业。", "本报记者 孙 涛 摄"]);
        assert_eq!(d.len(), 1, "{d:#?}");
        assert_eq!(
            (d[0].kicker.as_deref(), d[0].title.as_deref()),
            (Some("图片新闻"), Some("农技人员在麦田开展“一喷三防”作业"))
        );
        // Any other headline over a photo stays the title.
        let d = drafts(&["麦田植保忙", "4月26日,农技人员在麦田开展“一喷三防”作业。", "本报记者 孙 涛 摄"]);
        assert_eq!((d[0].kicker.as_deref(), d[0].title.as_deref()), (None, Some("麦田植保忙")));
    }

    #[test]
    fn caption_title_skips_the_day_it_was_taken() {
        let d = |t: &str| Draft { blocks: vec![Block::Para(t.into())], ..Draft::default() };
        assert_eq!(
            fallback_title(&d("4月18日，在巴西里约热内卢，舞者参加狂欢节学校的彩排活动。")),
            "在巴西里约热内卢，舞者参加狂欢节学校的彩排活动"
        );
        assert_eq!(fallback_title(&d("当地时间19日上午，游客在广场上拍照留念。")), "游客在广场上拍照留念");
        // The export's half-width comma sets the day apart as well.
        assert_eq!(
            fallback_title(&d("4月26日,农技人员在麦田开展“一喷三防”作业。")),
            "农技人员在麦田开展“一喷三防”作业"
        );
        // Too long for a title, a caption leaves out where it was taken.
        assert_eq!(
            fallback_title(&d("4月26日,在浚县卫贤镇一处小麦种植基地,农技人员正在为麦田开展“一喷三防”作业。")),
            "农技人员正在为麦田开展“一喷三防”作业"
        );
        assert_eq!(fallback_title(&d("4月26日,在广场上,游客拍照留念。")), "在广场上,游客拍照留念");
        // `近日`, `日前` say when as vaguely: no title either.
        assert_eq!(
            fallback_title(&d("近日，市文明办启动春季校园周边环境整治行动。")),
            "市文明办启动春季校园周边环境整治行动"
        );
        assert_eq!(fallback_title(&d("市文明办启动行动，整治校园周边环境。")), "市文明办启动行动");
        // issue 3: nor does a source (a brief with no headline, after a wire's `（完）`).
        assert_eq!(
            fallback_title(&d("据《经济日报》报道，多家银行近日下调存款利率，幅度在10至20个基点之间。")),
            "多家银行近日下调存款利率"
        );
        assert_eq!(
            fallback_title(&d("图为6月16日，在清河县杨集镇葡萄种植基地，农户正在为阳光玫瑰葡萄套袋。")),
            "农户正在为阳光玫瑰葡萄套袋"
        );
        assert!(is_day_clause("2026年4月18日") && !is_day_clause("18日在北京"));
    }

    #[test]
    fn photo_after_a_commentary_is_a_piece_of_its_own() {
        let d = drafts(&[
            "以实干担当擦亮营商环境“金字招牌”",
            "本报评论员",
            "营商环境就是生产力。一个地方营商环境好不好，企业最有发言权。",
            "4月20日，游客在滨江湿地公园赏花。近日，公园内5万余株郁金香竞相开放。",
            "本报记者 王  磊 摄",
        ]);
        assert_eq!(d.len(), 2, "{d:#?}");
        assert!(d[0].credits.contributors.is_empty());
        assert_eq!(d[1].credits.contributors, vec!["王磊"]);
        // Under a reporter's story the photo is the story's.
        let d = drafts(&[
            "湿地公园郁金香盛开",
            "本报记者 林涛",
            "近日，滨江湿地公园内5万余株郁金香竞相开放。",
            "4月20日，游客在滨江湿地公园赏花。",
            "本报记者 王  磊 摄",
        ]);
        assert_eq!(d.len(), 1, "{d:#?}");
    }

    #[test]
    fn wire_briefs_of_one_paragraph_stay_in_their_column() {
        assert!(is_brief_label("要闻简报") && is_brief_label("国际简讯") && !is_brief_label("工作简报的写法"));
        let d = drafts(&[
            "国际简讯",
            "埃及发现3000年前古城遗址",
            "新华社开罗4月19日电 埃及旅游和文物部19日宣布，考古人员发现一座古城遗址。",
            "澳大利亚下调基准利率",
            "新华社堪培拉4月19日电（记者 白旭）澳大利亚储备银行19日宣布下调基准利率。",
        ]);
        let heads: Vec<_> = d.iter().map(|d| (d.kicker.as_deref(), d.title.as_deref().unwrap_or(""))).collect();
        assert_eq!(heads, [(Some("国际简讯"), "埃及发现3000年前古城遗址"), (Some("国际简讯"), "澳大利亚下调基准利率")]);
        assert_eq!(d[1].credits.reporters, vec!["白旭"]);
    }

    #[test]
    fn labelled_lines_and_bracketed_notes_are_no_subheads() {
        let d = drafts(&[
            "泰山主场逆转申花",
            "本报记者 赵阳",
            "本报济南4月5日讯 山东泰山队以2∶1逆转上海申花队。",
            "【比分】山东泰山2∶1上海申花",
            "【进球】刘子豪（56分钟）、王一鸣（81分钟）",
            "（相关报道见A13版）",
            "【健康问答】",
            "问：孩子会自己好吗？",
            "答：不能指望自愈。",
        ]);
        assert_eq!(d.len(), 1);
        assert_eq!(
            d[0].blocks[1..],
            [
                Block::Para("【比分】山东泰山2∶1上海申花".into()),
                Block::Para("【进球】刘子豪（56分钟）、王一鸣（81分钟）".into()),
                Block::Para("（相关报道见A13版）".into()),
                Block::Heading("健康问答".into()),
                Block::Para("问：孩子会自己好吗？".into()),
                Block::Para("答：不能指望自愈。".into()),
            ]
        );
    }

    #[test]
    fn a_box_signed_at_its_end_leaves_the_essay_above() {
        let d = drafts(&[
            "学思践悟",
            "以科技创新引领现代化产业体系建设",
            "作者：陈立群",
            "科技创新是发展新质生产力的核心要素。",
            "推动科技创新和产业创新深度融合",
            "科技成果只有转化为现实生产力，才能真正发挥作用。",
            "（作者单位：省委党校马克思主义学院）",
            "理论新书",
            "《县域治理现代化十讲》出版",
            "由省委党校组织编写的《县域治理现代化十讲》近日出版。（理 文）",
        ]);
        assert_eq!(d.len(), 2, "{d:#?}");
        assert_eq!(
            (d[0].kicker.as_deref(), d[0].title.as_deref(), d[0].credits.reporters.clone()),
            (Some("学思践悟"), Some("以科技创新引领现代化产业体系建设"), vec!["陈立群".to_string()])
        );
        assert_eq!(d[0].blocks.last(), Some(&Block::Para("（作者单位：省委党校马克思主义学院）".into())));
        assert_eq!(
            (d[1].kicker.as_deref(), d[1].title.as_deref(), d[1].credits.reporters.clone()),
            (Some("理论新书"), Some("《县域治理现代化十讲》出版"), vec!["理文".to_string()])
        );
        // A story signed at its end by the lead's unnamed desk, or by its
        // own reporter, stays whole.
        for lead in ["本报讯 连日来，各地抢抓农时。", "本报讯（记者 王刚）连日来，各地抢抓农时。"]
        {
            let d = drafts(&["全市春耕生产全面展开", lead, "田间地头", "农技人员深入田间指导。（王刚）"]);
            assert_eq!(d.len(), 1, "{lead}");
        }
        // A story's own paragraph signed in brackets mid-way does not cut it.
        let d = drafts(&[
            "全市春耕生产全面展开",
            "本报记者 王刚",
            "连日来，各地抢抓农时。",
            "田间地头",
            "种粮大户李强说：“今年墒情好。”（通讯员 张华）",
            "农技人员深入田间指导。",
        ]);
        assert_eq!(d.len(), 1);
    }

    #[test]
    fn briefs_with_their_headline_run_in() {
        let d = drafts(&[
            "春运返程客流进入尾声",
            "本报讯（记者 许晨）春运返程客流已基本结束。",
            "【简讯】",
            "■我市启动“护苗”行动 近日，市文明办启动春季校园周边环境整治“护苗”行动。（本报综合）",
            "城东新添一座智慧停车场　城东商圈智慧停车场日前投入使用。（记者 马骁）",
            "3月1日 记者从市气象台获悉，本周气温回升。",
        ]);
        let titles: Vec<_> = d.iter().map(|d| d.title.as_deref().unwrap_or("")).collect();
        assert_eq!(titles, vec!["春运返程客流进入尾声", "我市启动“护苗”行动", "城东新添一座智慧停车场"]);
        assert_eq!(d[2].blocks.len(), 2);
        assert_eq!(d[2].blocks[1], Block::Para("3月1日 记者从市气象台获悉，本周气温回升。".into()));
        // Outside a brief column, a space in a paragraph is only a space.
        let d = drafts(&["标题在这里", "本报讯（记者 许晨）正文。", "我市启动护苗行动 近日，市文明办启动行动。"]);
        assert_eq!(d.len(), 1);
        assert_eq!(split_run_in_title("本报讯 近日，市文明办启动行动。"), None);
        assert_eq!(split_run_in_title("全市 共有家庭农场1200余家"), None);
    }

    #[test]
    fn bulleted_briefs_without_headlines_are_items_each() {
        let d = drafts(&[
            "平安快讯",
            "▲4月27日,石林派出所民警帮助走失老人李某某与家人团聚。(王 强)",
            "▲近日,市交警支队开展电动自行车违法行为集中整治。(交 宣)",
            "▲4月25日,浚县检察院联合县教育局走进校园开展法治宣讲,为1200余名师生上了一堂法治课。(浚 检)",
        ]);
        let heads: Vec<_> = d.iter().map(|d| (d.kicker.as_deref(), d.title.as_deref().unwrap_or(""))).collect();
        assert_eq!(
            heads,
            vec![
                (Some("平安快讯"), "石林派出所民警帮助走失老人李某某与家人团聚"),
                (Some("平安快讯"), "市交警支队开展电动自行车违法行为集中整治"),
                (Some("平安快讯"), "浚县检察院联合县教育局走进校园开展法治宣讲"),
            ]
        );
        assert_eq!(d[0].credits.reporters, vec!["王强"]);
        assert_eq!(d[1].blocks, vec![Block::Para("近日,市交警支队开展电动自行车违法行为集中整治。".into())]);
        // Outside a brief column a bullet is only a bullet.
        let d = drafts(&["标题在这里", "本报讯（记者 许晨）正文。", "▲近日,市交警支队开展集中整治行动。"]);
        assert_eq!(d.len(), 1);
        assert_eq!(unheaded_brief("□ 本报记者 王强"), None);
    }

    #[test]
    fn departments_start_their_pieces_and_collections_split_per_piece() {
        let d = drafts(&[
            "高温来袭",
            "本报讯（记者 刘洋）本周末我市将迎来首轮高温。",
            "遗失声明",
            "张华不慎遗失身份证，声明作废。",
            "联系电话：0392-3312345",
            "广告",
            "金秋家具城 开业大酬宾",
            "全场八折 买一送一",
            "地址：淇滨大道88号",
        ]);
        let titles: Vec<_> = d.iter().map(|d| d.title.as_deref().unwrap_or("")).collect();
        assert_eq!(titles, ["高温来袭", "遗失声明", "金秋家具城 开业大酬宾"], "{d:#?}");
        assert_eq!(d[2].kicker.as_deref(), Some("广告"));
        assert_eq!(d[2].blocks, vec![Block::Para("地址：淇滨大道88号".into())]);
        let d = drafts(&[
            "Letters to the editor",
            "Bus cuts hurt",
            "Cutting evening service will leave nurses with no way home.",
            "— Maria Lopez, Riverton",
            "Thank the volunteers",
            "More than 200 people cleaned the riverbank.",
            "— Tom Becker, Westfield",
        ]);
        assert_eq!(d.len(), 2, "{d:#?}");
        assert_eq!(d[0].kicker.as_deref(), Some("Letters to the editor"));
        assert_eq!(d[0].title.as_deref(), Some("Bus cuts hurt"));
        assert_eq!(d[0].credits.reporters, vec!["Maria Lopez"]);
        assert_eq!(d[0].blocks.last(), Some(&Block::Para("— Maria Lopez, Riverton".into())));
        assert_eq!(d[1].kicker.as_deref(), Some("Letters to the editor"));
        assert_eq!(d[1].credits.reporters, vec!["Tom Becker"]);
    }

    #[test]
    fn english_legal_notices_are_pieces_by_their_kind() {
        for label in ["ESTATE NOTICE", "NOTICE OF PUBLIC HEARING", "NOTICE TO CREDITORS", "NOTICE OF TRUSTEE'S SALE"] {
            assert_eq!(department(label), Some(Department::Piece), "{label}");
        }
        for headline in ["Residents get eviction notice", "NOTICE BOARD", "TAKE NOTICE, COUNCIL TOLD", "NOTICE"] {
            assert_eq!(department(headline), None, "{headline}");
        }
        let d = drafts(&[
            "LEGAL NOTICES",
            "NOTICE OF PUBLIC HEARING",
            "The board will hold a public hearing on April 7 at 7 p.m. at 210 Church Street.",
            "Margaret Lyons",
            "Township Secretary",
            "ESTATE NOTICE",
            "Estate of Harold J. Becker, late of Ashford Township, deceased.",
        ]);
        let titles: Vec<_> = d.iter().map(|d| d.title.as_deref().unwrap_or("")).collect();
        assert_eq!(titles, ["NOTICE OF PUBLIC HEARING", "ESTATE NOTICE"], "{d:#?}");
        assert_eq!(d[0].kicker.as_deref(), Some("LEGAL NOTICES"));
        assert_eq!(d[0].blocks.last(), Some(&Block::Para("Township Secretary".into())));
    }

    #[test]
    fn memorial_notices_are_a_collection() {
        for label in ["IN MEMORIAM", "In Memoriam", "Funeral notices", "MEMORIALS"] {
            assert_eq!(department(label), Some(Department::Collection), "{label}");
        }
        let d = drafts(&[
            "NOTICE TO BIDDERS",
            "Sealed bids will be received until 2 p.m. April 2. Plans from the City Engineer, 555-0177.",
            "Janet Price, City Clerk",
            "IN MEMORIAM",
            "Robert Hanley",
            "1941 - 2026",
            "Robert Hanley of Northfield passed away March 17.",
        ]);
        assert_eq!(d.len(), 2, "{d:#?}");
        assert_eq!(d[0].blocks.last(), Some(&Block::Para("Janet Price, City Clerk".into())));
        assert_eq!(d[1].kicker.as_deref(), Some("IN MEMORIAM"));
        assert_eq!(d[1].title.as_deref(), Some("Robert Hanley"));
    }

    #[test]
    fn a_contact_line_is_no_heading_and_heads_nothing() {
        let d = drafts(&[
            "招聘",
            "某超市招收银员若干名，待遇从优。",
            "王先生 13800138000",
            "地址：中山路128号",
            "ESTATE NOTICE",
            "Claims against the estate are to be presented without delay to:",
            "44 Orchard Lane",
            "Ashford, PA 16101",
            "724-555-0123",
        ]);
        assert_eq!(d.len(), 2, "{d:#?}");
        assert_eq!(d[0].blocks[1], Block::Para("王先生 13800138000".into()));
        assert!(d.iter().flat_map(|d| &d.blocks).all(|b| !matches!(b, Block::Heading(_))), "{d:#?}");
    }

    #[test]
    fn classified_ads_run_under_what_they_offer() {
        for label in ["招聘", "房屋出租", "商铺转让", "求职"] {
            assert_eq!(department(label), Some(Department::Piece), "{label}");
        }
        let d = drafts(&[
            "今日股市",
            "滨海港 12.36 +2.15%",
            "房屋出租",
            "两室一厅出租，月租1800元。",
            "【公告】",
            "3月23日将暂停供电，敬请谅解。",
        ]);
        let titles: Vec<_> = d.iter().map(|d| d.title.as_deref().unwrap_or("")).collect();
        assert_eq!(titles, ["今日股市", "房屋出租", "公告"], "{d:#?}");
    }

    #[test]
    fn a_label_under_a_piece_label_is_no_dateline() {
        let d = drafts(&[
            "CLASSIFIEDS",
            "FOR SALE: Seasoned firewood, $180 a cord. Call 724-555-0166.",
            "HELP WANTED: Part-time bookkeeper. Call 724-555-0144.",
        ]);
        assert_eq!(d.len(), 1, "{d:#?}");
        assert_eq!(d[0].credits.dateline, None);
        assert_eq!(d[0].blocks[0], Block::Para("FOR SALE: Seasoned firewood, $180 a cord. Call 724-555-0166.".into()));
        // Under a story's own headline the same form is its dateline.
        let d = drafts(&["Mumbai rains ease", "MUMBAI: The rain eased on Monday after a week of floods."]);
        assert!(d[0].credits.dateline.is_some(), "{d:#?}");
    }

    #[test]
    fn chinese_letters_signed_by_readers() {
        let d = drafts(&[
            "读者来信",
            "路灯何时能亮",
            "希望有关部门尽快解决。",
            "读者 李建华",
            "站台应加遮阳棚",
            "建议加装遮阳设施。",
            "淇县读者 王芳",
        ]);
        assert_eq!(d.len(), 2, "{d:#?}");
        assert_eq!(d[0].kicker.as_deref(), Some("读者来信"));
        assert_eq!(d[0].credits.reporters, vec!["李建华"]);
        assert_eq!(d[1].kicker.as_deref(), Some("读者来信"));
        assert_eq!(d[1].credits.reporters, vec!["王芳"]);
        assert_eq!(d[1].blocks.last(), Some(&Block::Para("淇县读者 王芳".into())));
    }

    #[test]
    fn a_comment_box_names_its_speaker_in_text() {
        let r = ImportRules::default();
        assert!(is_speaker_line("市中级人民法院民二庭法官 陈静", &r));
        assert!(is_speaker_line("北京某律师事务所律师 王磊", &r));
        assert!(!is_speaker_line("法官说法", &r));
        assert!(!is_speaker_line("律师 提醒", &r));
        assert!(!is_speaker_line("调解员 化解纠纷", &r));
        let d = drafts(&[
            "标题",
            "本报记者 张三",
            "法院判决退一赔三。",
            "法官说法",
            "市中级人民法院法官 陈静",
            "经营者构成欺诈。",
        ]);
        assert_eq!(
            d[0].blocks[1..],
            [
                Block::Heading("法官说法".into()),
                Block::Para("市中级人民法院法官 陈静".into()),
                Block::Para("经营者构成欺诈。".into())
            ]
        );
    }

    #[test]
    fn a_pseudonym_note_closes_its_story_and_a_case_column_opens_a_piece() {
        let d = drafts(&[
            "租客擅自转租 房东能否解除合同",
            "□ 本报通讯员 周婷",
            "刘女士发现房子被转租，诉至法院。",
            "（文中当事人均为化名）",
            "老人被骗 民警追回12万元",
            "刘洋 文/图",
            "民警追回全部被骗资金。",
            "以案说法",
            "醉驾者找人顶包 两人均被判刑",
            "宋某酒后驾车，让朋友冒充驾驶员，二人均被判刑。",
        ]);
        assert_eq!(d.len(), 3, "{d:#?}");
        assert_eq!(d[0].blocks.last(), Some(&Block::Para("（文中当事人均为化名）".into())));
        assert_eq!((d[1].kicker.as_deref(), d[1].credits.reporters.clone()), (None, vec!["刘洋".to_string()]));
        assert_eq!(d[2].kicker.as_deref(), Some("以案说法"));
        assert_eq!(d[2].title.as_deref(), Some("醉驾者找人顶包 两人均被判刑"));
        // Under a comment box, a headline heads the next piece though unsigned.
        let d = drafts(&[
            "网购翻新机 法院判决退一赔三",
            "本报记者 张三",
            "法院判决商家退一赔三。",
            "法官说法",
            "经营者构成欺诈。",
            "租客擅自转租 房东能否解约",
            "刘女士诉至法院，请求解除合同。",
        ]);
        assert_eq!(d.len(), 2, "{d:#?}");
        assert_eq!(d[1].title.as_deref(), Some("租客擅自转租 房东能否解约"));
        assert!(is_comment_box_label("■记者手记") && is_comment_box_label("律师提醒："));
        assert!(!is_comment_box_label("相关链接") && !is_comment_box_label("说法"));
        // A box's label over a subhead stays in its story.
        let d = drafts(&[
            "稻田养蟹",
            "本报记者 张三",
            "今年全县推广稻田养蟹。",
            "新闻链接",
            "什么是稻蟹共生？",
            "一种种养模式。",
        ]);
        assert_eq!(d.len(), 1, "{d:#?}");
    }

    #[test]
    fn an_essay_signed_at_its_end_keeps_its_author_and_note() {
        let d = drafts(&[
            "菜园记",
            "如今母亲老了，菜园却一年比一年绿。",
            "□ 李晓梅",
            "（作者单位：淇县第一中学）",
            "读书的夜晚",
            "文/王建国",
            "冬天的夜很长。",
        ]);
        assert_eq!(d.len(), 2, "{d:#?}");
        assert_eq!(d[0].credits.reporters, vec!["李晓梅"]);
        assert_eq!(d[0].blocks.last(), Some(&Block::Para("（作者单位：淇县第一中学）".into())));
        assert_eq!(d[1].title.as_deref(), Some("读书的夜晚"));
        assert_eq!(d[1].credits.reporters, vec!["王建国"]);
    }

    #[test]
    fn tables_and_verse_are_blocks_and_a_caption_after_a_story_heads_a_box() {
        let rules = ImportRules::default();
        let mut lines: Vec<Para> = ["Rovers win", "By MARK HALE", "RIVERTON — Rovers won.", "STANDINGS"]
            .iter()
            .enumerate()
            .map(|(i, t)| classify(&Line { no: i + 1, text: (*t).to_string(), ..Line::default() }, &rules))
            .collect();
        let table = Line { no: 5, text: "Team   P  Pts\nHarbor 12  29".into(), form: Form::Rows };
        lines.push(classify(&table, &rules));
        let d = segment(&lines, &rules);
        assert_eq!(d.len(), 2, "{d:#?}");
        assert_eq!(d[1].title.as_deref(), Some("STANDINGS"));
        assert_eq!(d[1].blocks, vec![Block::Pre("Team   P  Pts\nHarbor 12  29".into())]);
        let verse = Line { no: 2, text: "五月的风\n吐出黄昏".into(), form: Form::Verse };
        let paras = vec![
            classify(&Line { no: 1, text: "槐花开了".into(), ..Line::default() }, &rules),
            classify(&verse, &rules),
        ];
        let d = segment(&paras, &rules);
        assert_eq!(d[0].blocks, vec![Block::Verse("五月的风\n吐出黄昏".into())]);
    }

    #[test]
    fn an_authors_post_under_the_byline_is_text_not_a_subhead() {
        let d = drafts(&[
            "坚持以人民为中心的发展思想",
            "作者：刘晓燕",
            "（滨江市社会科学院研究员）",
            "群众路线是党的生命线和根本工作路线。",
        ]);
        assert_eq!(d.len(), 1, "{d:#?}");
        assert_eq!(d[0].credits.reporters, vec!["刘晓燕"]);
        assert_eq!(d[0].blocks[0], Block::Para("（滨江市社会科学院研究员）".into()));
    }

    #[test]
    fn a_table_after_a_brief_column_is_no_brief() {
        let rules = ImportRules::default();
        let mut lines: Vec<Para> = [
            "体育简讯",
            "■市民健身中心免费开放  即日起，市民健身中心羽毛球馆每周一至周五免费开放。（周涛）",
            "今日赛事预告",
        ]
        .iter()
        .enumerate()
        .map(|(i, t)| classify(&Line { no: i + 1, text: (*t).to_string(), ..Line::default() }, &rules))
        .collect();
        let table =
            Line {
                no: 4, text: "19:35  CBA季后赛  广东—北京\n20:00  中超第6轮  申花—蓉城".into(), form: Form::Rows
            };
        lines.push(classify(&table, &rules));
        let d = segment(&lines, &rules);
        assert_eq!(d.len(), 2, "{d:#?}");
        assert_eq!((d[0].kicker.as_deref(), d[0].title.as_deref()), (Some("体育简讯"), Some("市民健身中心免费开放")));
        assert_eq!((d[1].kicker.as_deref(), d[1].title.as_deref()), (None, Some("今日赛事预告")));
    }

    #[test]
    fn a_run_in_label_titles_an_untitled_piece() {
        let d =
            Draft { blocks: vec![Block::Para("Letters policy: Letters must be short.".into())], ..Draft::default() };
        assert_eq!(fallback_title(&d), "Letters policy");
        let d = Draft { blocks: vec![Block::Para("He said: we will.".into())], ..Draft::default() };
        assert_eq!(fallback_title(&d), "He said: we will.");
    }
}
