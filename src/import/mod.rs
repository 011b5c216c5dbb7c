//! Import step: raw newspaper page text → clean, attributed articles.
//!
//! The pipeline for one page: [`decode`] bytes to text → `columns` puts a
//! page exported with its columns side by side into reading order → `artifacts` undoes
//! what export tools leave (markup, ligatures, form feeds, full-width digits) → `wrap` joins the
//! lines an export wrapped at the column width into paragraphs →
//! `header` strips page furniture (date, 第N版, 版名 → section, 责任编辑) →
//! `repair` joins paragraphs cut by column breaks and drops running heads →
//! `segment` classifies paragraphs and cuts the page into articles →
//! `byline`/`dateline`/`continuation` fill the credits, dateline and jumps →
//! `topic` picks topic and tags → [`Article`]s. [`import_page`] is pure; the
//! `gazette import` command ([`run_import_command`], in `emit`) does the IO.

/// An English date with the month in words, month or day first (`March 3,
/// 2026`, `3 April 2026`, `Sept. 3 2026`), as a regex fragment: the folio and
/// running-head patterns (`header`, `folio`) share it.
macro_rules! month_day_year {
    () => {
        r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?),?\s+\d{4}"
    };
}

/// The week a weekly dates its issue by (`MARCH 4-10, 2026`, `Feb. 26 -
/// March 4, 2026`, `4-10 March 2026`), as a regex fragment.
macro_rules! week_range {
    () => {
        concat!(
            r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\s*[-–]\s*",
            r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?\d{1,2}",
            r"|\d{1,2}(?:\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)?\s*[-–]\s*",
            r"\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?),?\s+\d{4}"
        )
    };
}

/// The weekday an English date may open with (`Thursday, `, `Thu. `,
/// `THURSDAY `), as an optional regex fragment.
macro_rules! weekday_before {
    () => {
        r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
    };
}

mod artifacts;
mod byline;
pub mod columns;
mod continuation;
mod dateline;
mod emit;
mod encoding;
mod folio;
mod header;
mod labels;
mod repair;
mod rules;
mod segment;
mod text;
mod topic;
mod wrap;

pub use emit::{file_name, run_import_command};
pub use encoding::{decode, legacy_encoding_of, not_utf8};
pub use rules::{ImportRules, RulesConfig, default_topics, default_topics_for};
/// What the importer counts as a Han character, for the build's other steps
/// that tell Chinese text from Latin (`render::views::text_language`).
pub(crate) use text::is_han;
pub use topic::warm_up;

use crate::content::{Article, Date, DateField, FrontMatter};
use crate::error::Diagnostic;
use header::Line;
use segment::{Block, Draft};
use std::path::PathBuf;

/// One page of raw text with where it came from.
#[derive(Debug, Clone)]
pub struct RawPage {
    /// Relative to content/ when the page lives there (`pages/2026-02-11/04.txt`),
    /// else the path as given; it becomes the articles' `source`.
    pub source: String,
    pub date: Date,
    pub page: u32,
    /// Section name given on the command line; overrides the page header's 版名.
    pub section: Option<String>,
    pub text: String,
}

#[derive(Debug, Default)]
pub struct Imported {
    pub articles: Vec<Article>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Splits one page into articles. Pure and deterministic: the same page and
/// rules always give the same articles. (A page of mostly Chinese text starts
/// loading jieba in the background, [`warm_up`]: a cache, not a result.)
pub fn import_page(raw: &RawPage, rules: &ImportRules) -> Imported {
    // The test `topic::tags` uses to choose jieba.
    let text = artifacts::clean_export(&columns::reading_order(&raw.text));
    if text::is_cjk_text(&text) {
        topic::warm_up();
    }
    let (drafts, header_section) = match labels::read_labelled(&text) {
        Some(page) => labelled_drafts(page, rules),
        None => page_drafts(&text, rules),
    };
    let section = raw.section.clone().or(header_section).and_then(|s| clean_term(&s));
    let mut imported = Imported::default();
    if drafts.is_empty() {
        // A failed export often leaves an empty file: the page would vanish
        // from its issue without a word.
        imported.diagnostics.push(Diagnostic::warning(
            &raw.source,
            0,
            0,
            "no articles on this page: it is empty or holds only page furniture (masthead, date, page number)",
        ));
    }
    for (i, d) in drafts.into_iter().enumerate() {
        let (article, diag) = to_article(d, raw, section.clone(), i as u32 + 1, rules);
        imported.articles.push(article);
        imported.diagnostics.extend(diag);
    }
    imported
}

/// The articles of a page (or of a labelled page's record) as drafts, and
/// the section its folio names.
fn page_drafts(text: &str, rules: &ImportRules) -> (Vec<Draft>, Option<String>) {
    let text = byline::split_head_bylines(text, rules);
    let text = text.as_ref();
    let (lines, blank) = wrap::unwrap(text, rules);
    let (lines, header_section) = header::strip_page_furniture(lines, text, rules);
    let lines = repair::repair_page(lines, &blank, rules);
    // `作者：X（…研究员）`: the byline, then the author's post as a note of its own;
    // `明日天氣：多雲…`: the forecast's label, then the forecast.
    let lines: Vec<Line> = lines
        .into_iter()
        .flat_map(|l| {
            let split = (l.form == header::Form::Prose)
                .then(|| {
                    byline::split_signed_post(&l.text, rules)
                        .or_else(|| byline::split_note_then_signature(&l.text, rules))
                        .or_else(|| segment::split_run_in_weather(&l.text))
                })
                .flatten();
            match split {
                Some((by, post)) => vec![Line { text: by, ..l.clone() }, Line { text: post, ..l }],
                None => vec![l],
            }
        })
        .collect();
    // `本版稿件由市水利局提供`: said once for the whole page, it credits each
    // piece there that names no one of its own.
    let mut departments: Vec<String> = Vec::new();
    // (`本版撰稿 李静 王晨`: the page's writers, named once at its foot.)
    let mut writers: Vec<String> = Vec::new();
    // `（本版稿件综合新华社、中新社）`: the same for a page of wire copy.
    let mut wire: Option<String> = None;
    let lines: Vec<Line> = lines
        .into_iter()
        .filter(|l| {
            if l.form != header::Form::Prose {
                return true;
            }
            if let Some(unit) = byline::parse_page_credit(&l.text) {
                if !departments.contains(&unit) {
                    departments.push(unit);
                }
                return false;
            }
            if let Some(names) = byline::parse_page_writers(&l.text, rules) {
                for name in names {
                    if !writers.contains(&name) {
                        writers.push(name);
                    }
                }
                return false;
            }
            if let Some(agency) = byline::parse_page_wire(&l.text, rules) {
                if let Some(agency) = agency {
                    wire.get_or_insert(agency);
                }
                return false;
            }
            true
        })
        .collect();
    let paras = segment::join_broken_heads(lines.iter().map(|l| segment::classify(l, rules)).collect());
    let paras = segment::hyphen_sign_offs(paras, rules);
    let paras = segment::marked_poem_titles(paras);
    let paras = segment::wire_under_writer(paras, rules);
    let paras = segment::labelled_credits_over_caption(paras, rules);
    let paras = segment::captions_under_labelled_credits(paras);
    let paras = segment::captions_of_the_story_below(paras);
    let mut paras = segment::chart_rows(segment::bracketed_bylines(paras, rules));
    segment::writer_role_bylines(&mut paras, rules);
    segment::mark_boxed_sign_offs(&mut paras, text);
    segment::mark_sentence_decks(&mut paras, text);
    let mut drafts = segment::segment(&paras, rules);
    segment::label_photo_column(&mut drafts);
    segment::first_note_keeps_its_label(&mut drafts);
    segment::compiled_line_credits_column(&mut drafts, &paras);
    segment::title_picture_credits_the_lead(&mut drafts, &paras);
    drafts.iter_mut().for_each(segment::verse_titles_of_other_poems);
    for d in &mut drafts {
        let c = &mut d.credits;
        if c.reporters.is_empty() && c.contributors.is_empty() && c.agency.is_none() {
            c.contributors = departments.clone();
            c.reporters = writers.clone();
            c.agency = wire.clone();
        }
    }
    (drafts, header_section)
}

/// The articles of a labelled page ([`labels`]): one per record, its
/// kicker, title, subtitle and writers as labelled, its body read as a page
/// is (a lead's credits, subheads, captions, jumps). What the body's own
/// reading took for a headline is text of the record; what it took for two
/// articles is one. The lines above the first record (the folio) give the
/// section, unless a `版名：` label does.
fn labelled_drafts(page: labels::Labelled, rules: &ImportRules) -> (Vec<Draft>, Option<String>) {
    let (mut out, head_section) = page_drafts(&page.head, rules);
    for rec in page.records {
        let (drafts, _) = page_drafts(&rec.body, rules);
        let mut drafts = drafts.into_iter();
        let mut d = drafts.next().unwrap_or_default();
        for other in drafts {
            d.absorb(other);
        }
        let title = d.title.take().map(|t| if d.blocks.is_empty() { Block::Para(t) } else { Block::Heading(t) });
        let lead: Vec<Block> = (d.kicker.take().map(Block::Para).into_iter())
            .chain(title)
            .chain(d.subtitle.take().map(Block::Para))
            .collect();
        d.blocks.splice(0..0, lead);
        (d.kicker, d.title, d.subtitle) = (rec.kicker, rec.title, rec.subtitle);
        if let Some(author) = rec.author {
            let mut credits = byline::parse_byline_line(&author, rules)
                .unwrap_or_else(|| byline::parse_people(&author, byline::Role::Reporter, rules));
            credits.merge(std::mem::take(&mut d.credits));
            d.credits = credits;
        }
        if d.credits.agency.is_none() {
            d.credits.agency = rec.source;
        }
        d.line = rec.line;
        out.push(d);
    }
    (out, page.section.or(head_section))
}

/// Reads, decodes and converts one raw page of `content/pages/` (for `build`).
/// An unreadable or undecodable file is an error naming it.
pub fn import_file(file: &crate::content::RawPageFile, rules: &ImportRules) -> Result<Imported, Diagnostic> {
    let shown = std::path::Path::new("content").join(&file.rel);
    let bytes = std::fs::read(&file.path).map_err(|e| Diagnostic::error(&shown, 0, 0, e.to_string()))?;
    import_bytes(file, &bytes, rules)
}

/// [`import_file`] of bytes already read (the load cache hashes them too).
pub fn import_bytes(
    file: &crate::content::RawPageFile,
    bytes: &[u8],
    rules: &ImportRules,
) -> Result<Imported, Diagnostic> {
    let shown = std::path::Path::new("content").join(&file.rel);
    let text = decode(bytes, &shown)?;
    let raw = RawPage { source: file.rel.clone(), date: file.date, page: file.page, section: None, text };
    let mut imported = import_page(&raw, rules);
    // Named as the build names files: from the site's root.
    for d in &mut imported.diagnostics {
        if d.path.as_path() == std::path::Path::new(&file.rel) {
            d.path = shown.clone();
        }
    }
    Ok(imported)
}

/// A taxonomy term as the front matter contract allows it (no `/`, not empty).
fn clean_term(s: &str) -> Option<String> {
    let s: String = s.chars().map(|c| if matches!(c, '/' | '\\') { '-' } else { c }).collect();
    let s = s.trim();
    (!s.is_empty() && s != "." && s != "..").then(|| s.to_string())
}

/// A one-line front matter value.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `ANALYSIS: …`, `EXCLUSIVE: …`: a label in capitals an English paper sets
/// before a headline's colon, and the headline after it.
fn label_before_colon(title: &str) -> Option<(&str, &str)> {
    const LABELS: &[&str] = &[
        "ANALYSIS",
        "NEWS ANALYSIS",
        "EXCLUSIVE",
        "OPINION",
        "COMMENT",
        "EDITORIAL",
        "REVIEW",
        "INTERVIEW",
        "EXPLAINER",
        "PROFILE",
        "OBITUARY",
        "FACT CHECK",
        "SPECIAL REPORT",
        "UPDATE",
        "BREAKING",
    ];
    let (label, rest) = title.split_once(": ")?;
    let rest = rest.trim();
    (LABELS.contains(&label.trim()) && rest.split_whitespace().count() >= 3).then_some((label.trim(), rest))
}

fn to_article(
    d: Draft,
    raw: &RawPage,
    section: Option<String>,
    order: u32,
    rules: &ImportRules,
) -> (Article, Option<Diagnostic>) {
    let mut diag = None;
    // `SCHOOL` over `(continued)` heading a story's part jumped to this
    // page: the note says where the part stands, the slug is the title.
    let jumped_note = |t: String| -> String {
        if d.continued_from.is_none() {
            return t;
        }
        let l = t.to_lowercase();
        let slug = ["(continued)", "(cont'd)", "(cont’d)", "(contd)"]
            .iter()
            .find(|n| l.ends_with(*n))
            .and_then(|n| t.get(..t.len().saturating_sub(n.len())))
            .map(str::trim_end)
            .filter(|slug| !slug.is_empty());
        match slug {
            Some(slug) => slug.to_string(),
            None => t,
        }
    };
    let title = match d.title.as_deref().map(one_line).filter(|t| !t.is_empty()).map(jumped_note) {
        Some(t) => t,
        // `BUDGET from Page A1` over the jumped part's text: the slug is what
        // the story is called on both pages, more its title than its first words.
        None if d.jump_slug.is_some() => d.jump_slug.clone().unwrap_or_default(),
        None => {
            diag = Some(Diagnostic::warning(
                &raw.source,
                d.line,
                0,
                format!("article {order} has no headline on the page; its first words are used as title"),
            ));
            one_line(&segment::fallback_title(&d))
        }
    };
    let title = if title.is_empty() { "(untitled)".to_string() } else { title };
    // A fallback title taken from the kicker should not repeat as kicker.
    // (`暑期将至，多地推出文旅惠民举措——` leads into the title: the dash is
    // the layout's, not the kicker's.)
    let kicker = d
        .kicker
        .as_deref()
        .map(|k| {
            let k = one_line(k);
            let k = k.trim_end_matches(['—', '─', ' ']);
            // (`【聯合筆記】`: a column's label, its brackets the layout's.)
            let boxed = k.strip_prefix('【').and_then(|r| r.strip_suffix('】')).filter(|r| !r.contains(['【', '】']));
            boxed.unwrap_or(k).to_string()
        })
        .filter(|k| !k.is_empty() && *k != title);
    // `ANALYSIS: Browne's housing plan faces its hardest test yet`: the
    // label opening the headline is its kicker.
    let (title, kicker) = match (kicker, label_before_colon(&title)) {
        (None, Some((label, rest))) => (rest.to_string(), Some(label.to_string())),
        (kicker, _) => (title, kicker),
    };
    let body = render_body(&d.blocks);
    let plain = plain_text(&d.blocks);
    let credits = d.credits;
    // (`D’Angelo`: names keep the plain apostrophe, so that a writer is one
    // reporter however a page set the name, whichever rule read it.)
    let name = |r: &String| clean_term(&text::straight_apostrophes(r));
    let reporters: Vec<String> = credits.writers().iter().filter_map(name).map(|r| as_spelt_in(r, &body)).collect();
    // `With inputs from PTI` under a PTI story credits the agency twice.
    let contributors: Vec<String> = credits
        .contributors
        .iter()
        .filter(|c| credits.agency.as_deref() != Some(c.as_str()))
        .filter_map(name)
        .collect();
    let mut exclude = reporters.clone();
    exclude.extend(contributors.iter().cloned());
    // An index box (`今日导读`) lists the day's stories: it is about no one topic.
    let topic = if segment::is_teaser_label(&title) {
        None
    } else {
        rules.topic_in(&title, &plain, section.as_deref()).and_then(|t| clean_term(&t))
    };
    let front = FrontMatter {
        title: title.clone(),
        subtitle: d.subtitle.as_deref().map(one_line).filter(|s| !s.is_empty()),
        kicker,
        date: DateField { date: raw.date, datetime: None },
        section,
        page: Some(raw.page),
        reporters,
        contributors,
        // `社论` over a headline: the paper's own unsigned view, `本報` as a
        // traditional page prints it (`社論`).
        agency: credits.agency.as_deref().map(one_line).filter(|s| !s.is_empty()).or_else(|| {
            d.kicker.as_deref().filter(|k| segment::is_editorial_label(k) && text::is_cjk_text(k)).map(|k| {
                let traditional = text::is_traditional(k) || text::is_traditional(&title);
                (if traditional { "本報" } else { "本报" }).to_string()
            })
        }),
        dateline: credits.dateline.as_ref().and_then(|r| dateline::complete(r, raw.date)),
        topic,
        tags: topic::tags(&title, &plain, rules, &exclude).iter().filter_map(|t| clean_term(t)).collect(),
        continued_from: d.continued_from,
        continued_to: d.continued_to,
        truncated: d.truncated,
        slug: None,
        source: Some(raw.source.clone()),
    };
    (Article { front, body, source: PathBuf::from(&raw.source), order: Some(order), body_line: 0 }, diag)
}

/// `Elaine Macleod` (title-cased from `ELAINE MACLEOD`) as the text spells
/// her, `Elaine MacLeod is a freelance writer…`: a byline in capitals loses
/// the capitals inside a name, which the writer's note or the text keeps.
/// Only the case of letters inside the words changes.
fn as_spelt_in(name: String, text: &str) -> String {
    if !name.is_ascii() || name.split_whitespace().count() < 2 {
        return name;
    }
    // Most texts never spell the name: looked for as ASCII first, so that a
    // bulk import does not compile a pattern for every byline it reads. (The
    // pattern's case folding also finds letters outside ASCII, `K` for `K`:
    // no writer's note spells a name with those.)
    if !text.to_ascii_lowercase().contains(&name.to_ascii_lowercase()) {
        return name;
    }
    let Ok(re) = regex::Regex::new(&format!(r"(?i)\b{}\b", regex::escape(&name))) else { return name };
    let inner_capital = |w: &str| w.chars().skip(1).any(|c| c.is_ascii_uppercase());
    let found = re.find_iter(text).map(|m| m.as_str()).find(|f| {
        *f != name
            && f.split_whitespace().zip(name.split_whitespace()).all(|(a, b)| a.get(..1) == b.get(..1))
            && f.split_whitespace().any(inner_capital)
            && !f.split_whitespace().any(|w| w.len() > 2 && !w.chars().any(|c| c.is_ascii_lowercase()))
    });
    found.map_or(name, str::to_string)
}

/// The article text without Markdown, for topic and tags. A box about the
/// writer (`作者简介`, `About the author`) says who wrote the piece, not what
/// it is about: it is left out, up to the next subhead.
fn plain_text(blocks: &[Block]) -> String {
    let mut s = String::new();
    let mut about_writer = false;
    for b in blocks {
        let (Block::Para(t) | Block::Heading(t) | Block::Item(t) | Block::Pre(t) | Block::Verse(t)) = b;
        if let Block::Heading(h) = b {
            about_writer = is_writer_box(h);
        }
        if about_writer || matches!(b, Block::Para(p) if is_writer_box(p)) {
            continue;
        }
        s.push_str(t);
        s.push('\n');
    }
    s
}

/// `作者简介`, `作者简介：刘静，…`, `About the author`: a note on the writer.
fn is_writer_box(t: &str) -> bool {
    let t = t.trim();
    ["作者简介", "作者小传", "作者介绍"].iter().any(|l| t.starts_with(l))
        || ["about the author", "about the writer"].iter().any(|l| t.to_lowercase().starts_with(l))
}

/// Markdown: paragraphs apart, `## ` subheads, `- ` list items together.
/// Paragraphs numbered `1.` `2.` … (or `1、` `2、`) in a run of two or more
/// become an ordered list.
fn render_body(blocks: &[Block]) -> String {
    let numbers: Vec<Option<(u32, &str)>> =
        blocks.iter().map(|b| if let Block::Para(t) = b { numbered(t) } else { None }).collect();
    let in_list: Vec<bool> = (0..blocks.len())
        .map(|i| {
            let Some((n, _)) = numbers[i] else { return false };
            let prev = i > 0 && numbers[i - 1].is_some_and(|(m, _)| m + 1 == n);
            let next = numbers.get(i + 1).copied().flatten().is_some_and(|(m, _)| m == n + 1);
            prev || next
        })
        .collect();
    let mut out = String::new();
    let mut prev_item = false;
    let mut prev_numbered = false;
    for (i, b) in blocks.iter().enumerate() {
        let is_item = matches!(b, Block::Item(_));
        if !out.is_empty() {
            let tight = (is_item && prev_item) || (in_list[i] && prev_numbered);
            out.push_str(if tight { "\n" } else { "\n\n" });
        }
        prev_numbered = in_list[i];
        match b {
            Block::Para(_) if in_list[i] => {
                let (n, rest) = numbers[i].unwrap_or_default();
                out.push_str(&format!("{n}. {}", escape_markdown(&one_line(rest))));
            }
            Block::Para(t) => out.push_str(&escape_markdown(&one_line(t))),
            Block::Heading(t) => {
                out.push_str("## ");
                out.push_str(&escape_markdown(&one_line(t)));
            }
            Block::Item(t) => {
                out.push_str("- ");
                out.push_str(&escape_markdown(&one_line(t)));
            }
            Block::Pre(t) => out.push_str(&preformatted(t)),
            Block::Verse(t) => out.push_str(&verse(t)),
        }
        prev_item = is_item;
    }
    if !out.is_empty() {
        out.push('\n');
    }
    out
}

/// A table's rows in a fenced block: columns stay where the page set them,
/// which a Markdown table could not promise for rows of uneven cells. The
/// fence is longer than any run of backticks inside.
fn preformatted(t: &str) -> String {
    let longest = t.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest.max(2) + 1);
    format!("{fence}text\n{t}\n{fence}")
}

/// A stanza: one paragraph, its lines ended by hard breaks (`\` at the end,
/// which survives editors that trim trailing spaces). Every line is escaped:
/// a `#` or `- ` could open a heading or list even inside a paragraph.
fn verse(t: &str) -> String {
    t.lines().map(|l| escape_markdown(&one_line(l))).collect::<Vec<_>>().join("\\\n")
}

/// `1. 文字`, `2、文字`: the number and the text after it.
fn numbered(t: &str) -> Option<(u32, &str)> {
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 2 {
        return None;
    }
    let rest = &t[digits..];
    let rest = rest.strip_prefix(". ").or_else(|| rest.strip_prefix('.')).or_else(|| rest.strip_prefix('、'))?;
    // `1.5亿元` is a number, not an item.
    if rest.starts_with(|c: char| c.is_ascii_digit()) || rest.trim().is_empty() {
        return None;
    }
    Some((t[..digits].parse().ok()?, rest.trim_start()))
}

/// Text that Markdown would read as markup at the start of a block is escaped.
fn escape_markdown(t: &str) -> String {
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && t[digits..].starts_with(['.', ')']) && t[digits + 1..].starts_with(' ') {
        // `1. ` would start an ordered list.
        return format!("{}\\{}", &t[..digits], &t[digits..]);
    }
    let mut s = String::with_capacity(t.len() + 1);
    if matches!(t.chars().next(), Some('#' | '>' | '-' | '+' | '*' | '=' | '|' | '`' | '<' | '_' | '~')) {
        s.push('\\');
    }
    s.push_str(t);
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_special_pages_credit_goes_to_its_unsigned_pieces() {
        let text = "节水在行动\n\n我市推广高效节水灌溉技术,全市高效节水灌溉面积达到36万亩。\n\n河湖长制见成效\n\n本报讯(记者 王芳)今年以来,各级河湖长累计巡河1.2万余次。\n\n本版稿件由市水利局提供\n";
        let raw = RawPage {
            source: "pages/2026-04-30/08.txt".into(),
            date: Date::new(2026, 4, 30).unwrap(),
            page: 8,
            section: None,
            text: text.into(),
        };
        let arts = import_page(&raw, &ImportRules::default()).articles;
        assert_eq!(arts.len(), 2, "{arts:#?}");
        assert_eq!(arts[0].front.contributors, vec!["市水利局"]);
        assert!(arts[1].front.contributors.is_empty());
        assert!(arts.iter().all(|a| !a.body.contains("本版")));
    }

    #[test]
    fn writer_box_is_left_out_of_topic_text() {
        let blocks = vec![
            Block::Para("老街不长，从东头走到西头。".into()),
            Block::Heading("作者简介".into()),
            Block::Para("刘静，滨江市作家协会会员，中学语文教师。".into()),
        ];
        assert_eq!(plain_text(&blocks), "老街不长，从东头走到西头。\n");
        let blocks = vec![Block::Para("正文。".into()), Block::Para("作者简介：刘静，中学语文教师。".into())];
        assert_eq!(plain_text(&blocks), "正文。\n");
    }

    #[test]
    fn index_box_has_no_topic() {
        let text = "今日导读\n\n春季中小学田径运动会今日开幕　▶12版\n\n全市体育场馆免费开放　▶5版\n\n深化改革激发活力\n\n本报记者 林涛\n\n本报讯 我市出台方案。\n";
        let arts = import_page(&page(text), &ImportRules::default()).articles;
        assert_eq!(arts[0].front.title, "今日导读");
        assert_eq!(arts[0].front.topic, None);
    }

    fn page(text: &str) -> RawPage {
        RawPage {
            source: "pages/2026-02-11/02.txt".into(),
            date: Date::new(2026, 2, 11).unwrap_or_default(),
            page: 2,
            section: None,
            text: text.into(),
        }
    }

    #[test]
    fn an_empty_page_says_so() {
        for text in ["", "\n\n", "鹤壁日报\n2026年2月11日 星期三\n第2版\n"] {
            let imported = import_page(&page(text), &ImportRules::default());
            assert!(imported.articles.is_empty(), "{text:?}");
            assert_eq!(imported.diagnostics.len(), 1, "{text:?}");
            assert!(imported.diagnostics[0].message.contains("no articles on this page"), "{text:?}");
        }
        let imported = import_page(&page("标题\n\n本报讯（记者 张三）正文。"), &ImportRules::default());
        assert!(imported.diagnostics.iter().all(|d| !d.message.contains("no articles")));
    }

    #[test]
    fn the_agency_is_not_also_a_contributor() {
        let text = "Heat alert issued\n\nMumbai, March 3 (PTI) — The weather office said.\n\nWith inputs from PTI and Asha Rao\n";
        let a = &import_page(&page(text), &ImportRules::default()).articles[0];
        assert_eq!(
            (a.front.agency.as_deref(), a.front.contributors.clone()),
            (Some("PTI"), vec!["Asha Rao".to_string()])
        );
    }

    /// Typeset apostrophes, as e-paper exports set them, in a letters
    /// column: each letter keeps its writer (`— Sarah O’Connor, Mapleton`
    /// had opened an article of its own, the column's label its title), and
    /// names and tags take the plain apostrophe, as a page set in plain
    /// ones gives them.
    #[test]
    fn issue3_typeset_apostrophes_read_as_plain_ones_do() {
        let page_of = |apostrophe: &str| {
            page(&format!(
                "A12 | OPINION | The Valley Times | Tuesday, December 8, 2026\n\nLETTERS TO THE EDITOR\n\n\
                 Bus cuts hurt seniors\nLakemont{a}s council plans to cut the Route 9 bus. I ride it twice a week. \
                 Lakemont{a}s council should reconsider.\n— Sarah O{a}Connor, Mapleton\n\n\
                 Thank the plow drivers\nOur road was cleared before dawn. The crews deserve our thanks.\n\
                 Daniel D{a}Angelo\nRiverton\n",
                a = apostrophe
            ))
        };
        let rules = ImportRules::default();
        let (typeset, plain) = (import_page(&page_of("’"), &rules), import_page(&page_of("'"), &rules));
        let fronts = |i: &Imported| i.articles.iter().map(|a| a.front.clone()).collect::<Vec<_>>();
        assert_eq!(fronts(&typeset), fronts(&plain));
        let writers: Vec<_> = typeset.articles.iter().map(|a| a.front.reporters.clone()).collect();
        assert_eq!(writers, [vec!["Sarah O'Connor".to_string()], vec!["Daniel D'Angelo".to_string()]]);
        assert_eq!(typeset.articles[0].front.title, "Bus cuts hurt seniors");
        assert!(typeset.articles[0].front.tags.iter().all(|t| !t.contains('’')), "{:?}", typeset.articles[0].front);
        // The text keeps its typography.
        assert!(typeset.articles[0].body.contains("Lakemont’s council"));
    }

    #[test]
    fn issue3_a_photo_credit_in_capitals_cut_between_names_credits_the_photographer() {
        let page_of = |credit: &str| {
            page(&format!(
                "THE PRESS\nTuesday, March 3, 2026\nA5 NEWS\n\nCouncil rejects rates rise\n\nBy Jane Smith\n\n\
                 Christchurch City Council has rejected a proposed rates rise after a marathon meeting.\n\n\
                 Councillors voted 10-6 against the plan on Monday night.\n\n\
                 Residents packed the public gallery for the vote. {credit}\n\n\
                 School pool reopens after repairs\n\nBy Tom Brown\n\n\
                 The Sumner School pool has reopened after a two-year closure.\n"
            ))
        };
        let rules = ImportRules::default();
        let (cut, whole) = (
            import_page(&page_of("IAIN\nMCGREGOR/STUFF"), &rules),
            import_page(&page_of("IAIN MCGREGOR/STUFF"), &rules),
        );
        let fronts = |i: &Imported| i.articles.iter().map(|a| a.front.clone()).collect::<Vec<_>>();
        assert_eq!(fronts(&cut), fronts(&whole));
        assert_eq!(cut.articles[0].front.reporters, ["Jane Smith"]);
        assert_eq!(cut.articles[0].front.contributors, ["Iain McGregor"]);
        assert!(cut.articles[0].body.trim_end().ends_with("for the vote."), "{}", cut.articles[0].body);
    }

    #[test]
    fn markdown_escapes_and_lists() {
        let body = render_body(&[
            Block::Para("# 不是标题".into()),
            Block::Item("一".into()),
            Block::Item("二".into()),
            Block::Heading("小标题".into()),
            Block::Para("1. 不是列表".into()),
        ]);
        assert_eq!(body, "\\# 不是标题\n\n- 一\n- 二\n\n## 小标题\n\n1\\. 不是列表\n");
    }

    #[test]
    fn tables_are_fenced_and_verse_keeps_its_lines() {
        let body =
            render_body(&[Block::Pre("Team  Pts\nA ``  29".into()), Block::Verse("五月的风\n# 井号\n- 破折".into())]);
        assert_eq!(body, "```text\nTeam  Pts\nA ``  29\n```\n\n五月的风\\\n\\# 井号\\\n\\- 破折\n");
    }

    #[test]
    fn numbered_paragraph_runs_become_ordered_lists() {
        let body = render_body(&[
            Block::Para("会议要求：".into()),
            Block::Para("1. 压紧责任；".into()),
            Block::Para("2、深入排查；".into()),
            Block::Para("3.加强值守。".into()),
            Block::Para("1.5亿元已到位。".into()),
        ]);
        assert_eq!(body, "会议要求：\n\n1. 压紧责任；\n2. 深入排查；\n3. 加强值守。\n\n1.5亿元已到位。\n");
    }

    #[test]
    fn articles_round_trip_and_are_deterministic() {
        let p = page("2026年2月11日 星期三\n第2版：要闻\n\n村里来了文艺队\n\n本报讯(记者 张三 通讯员 李四)正文。\n");
        let rules = ImportRules::default();
        let a = import_page(&p, &rules);
        let b = import_page(&p, &rules);
        assert_eq!(a.articles, b.articles);
        assert_eq!(a.articles.len(), 1);
        let art = &a.articles[0];
        assert_eq!(art.front.section.as_deref(), Some("要闻"));
        assert_eq!(art.front.reporters, vec!["张三"]);
        assert_eq!(art.order, Some(1));
        let back = Article::parse(std::path::Path::new("a.md"), &art.to_markdown()).unwrap();
        assert_eq!(back.front, art.front);
    }
}
