//! Render step, part 1: article Markdown → HTML (pulldown-cmark; fenced code
//! highlighted by syntect into CSS classes, syntect loaded only when a code
//! block exists), plain text for summaries and search.

use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};
use std::sync::OnceLock;

pub(crate) fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES | Options::ENABLE_STRIKETHROUGH
}

/// An article body rendered to HTML.
#[derive(Debug, Default)]
pub struct Rendered {
    pub html: String,
    pub has_code: bool,
    /// The first image's target as written (the article's lead photo).
    pub first_image: Option<String>,
}

/// Renders Markdown. Raw HTML is shown as text unless `allow_html`: an
/// imported page must never inject markup into the archive.
pub fn render_markdown(md: &str, allow_html: bool) -> Rendered {
    render_markdown_linked(md, allow_html, &|_| None)
}

/// [`render_markdown`], with each link's and image's target replaced by
/// what `relink` gives for it (`None`: kept as written), as the article
/// page does for files beside the article (`content::media`).
pub fn render_markdown_linked(md: &str, allow_html: bool, relink: &dyn Fn(&str) -> Option<String>) -> Rendered {
    let mut has_code = false;
    let mut events: Vec<Event> = Vec::new();
    let mut code: Option<(String, String)> = None; // (lang, text)
    // The image being read: its `src`, title and alt text so far.
    let mut image: Option<(String, String, String)> = None;
    // Where the open paragraph starts in `events`, and the caption of the
    // image that is all of it so far.
    let mut paragraph: Option<usize> = None;
    let mut lone_image: Option<(usize, String)> = None;
    let mut first_image = None;
    for ev in Parser::new_ext(md, options()) {
        if let Some((_, _, alt)) = image.as_mut() {
            match ev {
                Event::End(TagEnd::Image) => {
                    let (src, title, alt) = image.take().unwrap_or_default();
                    if !title.is_empty() && paragraph.is_some_and(|p| p + 1 == events.len()) {
                        lone_image = Some((events.len(), title.clone()));
                    }
                    events.push(Event::InlineHtml(image_html(&src, &alt, &title).into()));
                }
                Event::Text(t) | Event::Code(t) => alt.push_str(&t),
                Event::SoftBreak | Event::HardBreak => alt.push(' '),
                _ => {}
            }
            continue;
        }
        match ev {
            Event::Start(Tag::Paragraph) => {
                paragraph = Some(events.len());
                lone_image = None;
                events.push(Event::Start(Tag::Paragraph));
            }
            Event::End(TagEnd::Paragraph) => {
                // A photo alone in its paragraph, with a title: the title is its caption.
                match (paragraph.take(), lone_image.take()) {
                    (Some(start), Some((at, caption))) if at + 1 == events.len() => {
                        events[start] = Event::Html("<figure>".into());
                        let mut tail = String::from("<figcaption>");
                        pulldown_cmark_escape::escape_html_body_text(&mut tail, &caption).unwrap_or(());
                        tail.push_str("</figcaption></figure>\n");
                        events.push(Event::Html(tail.into()));
                    }
                    _ => events.push(Event::End(TagEnd::Paragraph)),
                }
            }
            Event::Start(Tag::CodeBlock(kind)) => {
                let lang = match kind {
                    CodeBlockKind::Fenced(l) => l.split([' ', ',']).next().unwrap_or("").to_string(),
                    CodeBlockKind::Indented => String::new(),
                };
                code = Some((lang, String::new()));
            }
            Event::End(TagEnd::CodeBlock) => {
                if let Some((lang, text)) = code.take() {
                    has_code = true;
                    events.push(Event::Html(highlight(&lang, &text).into()));
                }
            }
            Event::Text(t) if code.is_some() => {
                if let Some((_, buf)) = code.as_mut() {
                    buf.push_str(&t);
                }
            }
            Event::Html(h) | Event::InlineHtml(h) if !allow_html => events.push(Event::Text(h)),
            Event::Start(Tag::Image { dest_url, title, .. }) => {
                if first_image.is_none() {
                    first_image = Some(dest_url.to_string());
                }
                let src = relink(&dest_url).unwrap_or_else(|| dest_url.to_string());
                image = Some((src, title.to_string(), String::new()));
            }
            Event::Start(Tag::Link { link_type, dest_url, title, id }) => {
                let dest_url = relink(&dest_url).map_or(dest_url, Into::into);
                events.push(Event::Start(Tag::Link { link_type, dest_url, title, id }))
            }
            Event::FootnoteReference(name) => events.push(Event::FootnoteReference(footnote_id(&name).into())),
            Event::Start(Tag::FootnoteDefinition(name)) => {
                events.push(Event::Start(Tag::FootnoteDefinition(footnote_id(&name).into())))
            }
            other => events.push(other),
        }
    }
    let mut html = String::with_capacity(md.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    Rendered { html, has_code, first_image }
}

/// An article's image: loaded only as the reader scrolls to it (an issue's
/// page of photos is many megabytes), its title also a tooltip.
fn image_html(src: &str, alt: &str, title: &str) -> String {
    let mut h = String::from("<img src=\"");
    pulldown_cmark_escape::escape_href(&mut h, src).unwrap_or(());
    h.push_str("\" alt=\"");
    pulldown_cmark_escape::escape_html(&mut h, alt).unwrap_or(());
    if !title.is_empty() {
        h.push_str("\" title=\"");
        pulldown_cmark_escape::escape_html(&mut h, title).unwrap_or(());
    }
    h.push_str("\" loading=\"lazy\">");
    h
}

/// The `id` of a footnote (and the `#` its reference links to). The name as
/// written made `[^main]` or `[^q]` the id of the theme's own `main` or
/// search box, which the skip link and the search label then missed, and
/// `[^my note]` an id with a space, which no link reaches; a character
/// other than a letter, digit or `-` is written as `_` and its code, so
/// two names never share an id.
fn footnote_id(name: &str) -> String {
    let mut id = String::from("fn-");
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '-' {
            id.push(c);
        } else {
            id.push_str(&format!("_{:x}_", c as u32));
        }
    }
    id
}

/// The body as plain text, one paragraph/heading/item per line.
pub fn plain_text(md: &str) -> String {
    text_and_code(md).0
}

/// Plain text, and whether [`render_markdown`] will highlight code (any code
/// block): one parse tells the load step both without rendering the page.
pub fn text_and_code(md: &str) -> (String, bool) {
    let t = text_of(md, 0);
    (t.text, t.has_code)
}

/// What the load step takes of a body in one parse: the plain text (what
/// search indexes: everything), whether it has code, and the summary.
pub struct BodyText {
    pub text: String,
    pub has_code: bool,
    pub summary: String,
}

/// [`BodyText`] of `md`, with a summary of about `max` characters.
///
/// The summary is made of the text outside code blocks and tables when that
/// text has at least [`SUMMARY_PROSE`] characters: a standings table or a
/// listing set before its story made every list page show a run of figures
/// as the article's summary. A body that is nothing but a table is
/// summarised from it.
pub fn body_text(md: &str, max: usize) -> BodyText {
    // Enough prose for any summary of `max` characters (four bytes a character at most).
    let t = text_of(md, max.saturating_add(1).saturating_mul(4));
    let prose_chars = t.prose.chars().filter(|c| !c.is_whitespace()).count();
    let summary = summarize(if prose_chars >= SUMMARY_PROSE { &t.prose } else { &t.text }, max);
    BodyText { text: t.text, has_code: t.has_code, summary }
}

/// Characters of text outside code blocks and tables a summary needs to be
/// made of them alone: a source line under a table (`（数据来源：…）`) is not
/// the summary of the table.
pub const SUMMARY_PROSE: usize = 40;

struct Texts {
    text: String,
    has_code: bool,
    /// The start of the text outside code blocks and tables, up to `prose_cap` bytes.
    prose: String,
}

fn text_of(md: &str, prose_cap: usize) -> Texts {
    let mut out = String::with_capacity(md.len());
    let mut prose = String::new();
    let mut has_code = false;
    // Inside a code block or a table (tables do not nest, nor do code blocks).
    let (mut in_code, mut in_table) = (false, false);
    let push = |out: &mut String, prose: &mut String, s: &str, apart: bool| {
        out.push_str(s);
        if !apart && prose.len() < prose_cap {
            prose.push_str(s);
        }
    };
    for ev in Parser::new_ext(md, options()) {
        let apart = in_code || in_table;
        match ev {
            Event::Start(Tag::CodeBlock(_)) => {
                has_code = true;
                in_code = true;
            }
            Event::Start(Tag::Table(_)) => in_table = true,
            Event::End(TagEnd::Table) => in_table = false,
            Event::Text(t) | Event::Code(t) => push(&mut out, &mut prose, &t, apart),
            Event::SoftBreak | Event::HardBreak => push(&mut out, &mut prose, " ", apart),
            Event::End(
                end @ (TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::CodeBlock
                | TagEnd::TableRow
                | TagEnd::TableHead),
            ) => {
                if !out.ends_with('\n') {
                    out.push('\n');
                }
                if !apart && !prose.ends_with('\n') && prose.len() < prose_cap {
                    prose.push('\n');
                }
                if end == TagEnd::CodeBlock {
                    in_code = false;
                }
            }
            // Cells apart: `城市 | 更新` ran together as `城市更新`, a phrase
            // search found across two cells.
            Event::End(TagEnd::TableCell) => out.push(' '),
            _ => {}
        }
    }
    out.truncate(out.trim_end().len());
    Texts { text: out, has_code, prose }
}

/// A summary of about `max` characters (Chinese counts characters, not
/// bytes or words), cut at a sentence end (。！？!?) when there is one.
/// A run of spaces, tabs or line ends is one space (one ideographic space
/// where the run is only those): a table's or a verse's padding is layout.
pub fn summarize(text: &str, max: usize) -> String {
    let text = text.trim();
    let mut out = String::new();
    let mut count = 0;
    let mut last_end = 0; // byte length of `out` at the last sentence end
    let mut chars = text.chars().peekable();
    // The first character left out, if any.
    let mut cut_before = None;
    while let Some(c) = chars.next() {
        if count >= max {
            cut_before = Some(c);
            break;
        }
        let c = if c.is_whitespace() {
            let mut ideographic = c == '\u{3000}';
            while let Some(&n) = chars.peek().filter(|n| n.is_whitespace()) {
                ideographic &= n == '\u{3000}';
                chars.next();
            }
            if ideographic { '\u{3000}' } else { ' ' }
        } else {
            c
        };
        out.push(c);
        count += 1;
        // A full stop ends a sentence only before a space or the end: the
        // one in `3.5`, `U.S.A` or `example.com` does not, where the summary
        // of an English article stopped at `$3.`.
        let stop = c == '.' && !out.ends_with("..") && chars.peek().is_none_or(|n| n.is_whitespace());
        if matches!(c, '。' | '！' | '？' | '!' | '?') || stop {
            last_end = out.len();
        }
    }
    let Some(next) = cut_before else {
        return out.trim().to_string();
    };
    if last_end > 0 {
        out.truncate(last_end);
        return out.trim().to_string();
    }
    // Cut inside a word of letters (`from a fo…`): at the space before it,
    // unless the word is most of the summary. Chinese is cut anywhere.
    let in_word = |c: char| c.is_alphanumeric() && !crate::import::is_han(c);
    if in_word(next)
        && out.chars().next_back().is_some_and(in_word)
        && let Some(space) = out.rfind(char::is_whitespace).filter(|&at| at >= out.len() / 2)
    {
        out.truncate(space);
    }
    format!("{}…", out.trim_end())
}

struct Highlighter {
    syntaxes: syntect::parsing::SyntaxSet,
}

fn highlighter() -> &'static Highlighter {
    static H: OnceLock<Highlighter> = OnceLock::new();
    H.get_or_init(|| Highlighter { syntaxes: syntect::parsing::SyntaxSet::load_defaults_newlines() })
}

fn highlight(lang: &str, code: &str) -> String {
    use syntect::html::{ClassStyle, ClassedHTMLGenerator};
    let h = highlighter();
    let syntax = h.syntaxes.find_syntax_by_token(lang).unwrap_or_else(|| h.syntaxes.find_syntax_plain_text());
    let mut generator =
        ClassedHTMLGenerator::new_with_class_style(syntax, &h.syntaxes, ClassStyle::SpacedPrefixed { prefix: "hl-" });
    for line in syntect::util::LinesWithEndings::from(code) {
        if generator.parse_html_for_line_which_includes_newline(line).is_err() {
            // An unparsable line still shows, unhighlighted.
            return format!("<pre class=\"code\"><code>{}</code></pre>\n", crate::render::feeds::escape_xml(code));
        }
    }
    let class = if lang.is_empty() {
        String::new()
    } else {
        format!(" data-lang=\"{}\"", crate::render::feeds::escape_xml(lang))
    };
    format!("<pre class=\"code\"{class}><code>{}</code></pre>\n", generator.finalize())
}

/// The stylesheet for highlighted code, written once per build that has code.
pub fn highlight_css(theme: &str) -> Result<String, String> {
    use syntect::html::{ClassStyle, css_for_theme_with_class_style};
    let themes = syntect::highlighting::ThemeSet::load_defaults();
    let t = themes.themes.get(theme).ok_or_else(|| {
        let names: Vec<&String> = themes.themes.keys().collect();
        format!("unknown highlight_theme `{theme}`; choose one of {names:?}")
    })?;
    css_for_theme_with_class_style(t, ClassStyle::SpacedPrefixed { prefix: "hl-" }).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn photos_load_lazily_and_a_lone_titled_one_is_a_figure_with_its_caption() {
        let html = |md: &str| render_markdown(md, false).html;
        assert_eq!(
            html("![现场 <1>](a.jpg \"市民在广场观看演出\")\n"),
            "<figure><img src=\"a.jpg\" alt=\"现场 &lt;1&gt;\" title=\"市民在广场观看演出\" loading=\"lazy\"><figcaption>市民在广场观看演出</figcaption></figure>\n"
        );
        assert_eq!(
            html("![*图* `1`](a b.jpg)\n"),
            "<p>![<em>图</em> <code>1</code>](a b.jpg)</p>\n",
            "no image: a space"
        );
        assert_eq!(html("![*图* `1`](<a b.jpg>)\n"), "<p><img src=\"a%20b.jpg\" alt=\"图 1\" loading=\"lazy\"></p>\n");
        assert_eq!(
            html("正文 ![x](a.jpg \"说明\") 正文\n"),
            "<p>正文 <img src=\"a.jpg\" alt=\"x\" title=\"说明\" loading=\"lazy\"> 正文</p>\n",
            "within text: no figure"
        );
        assert!(
            html("[![x](a.jpg \"t\")](b.html)\n").starts_with("<p><a href=\"b.html\"><img"),
            "a linked photo stays in its link"
        );
        let relinked = render_markdown_linked("![x](a.jpg)\n", false, &|u| Some(format!("../{u}"))).html;
        assert!(relinked.contains("src=\"../a.jpg\""), "{relinked}");
    }

    #[test]
    fn escapes_raw_html_unless_allowed() {
        let r = render_markdown("a <script>alert(1)</script> b\n\n<div>x</div>\n", false);
        assert!(!r.html.contains("<script>"), "{}", r.html);
        assert!(r.html.contains("&lt;script&gt;"));
        assert!(!r.html.contains("<div>"));
        let r = render_markdown("<div>x</div>\n", true);
        assert!(r.html.contains("<div>x</div>"));
    }

    /// Issue 4: the search text keeps a table's cells and rows apart, so a
    /// phrase is not found across two cells.
    #[test]
    fn issue4_table_cells_stay_apart_in_the_text() {
        let (text, _) = text_and_code("| 城市 | 更新 |\n|---|---|\n| New | York |\n");
        assert_eq!(text, "城市 更新 \nNew York");
        assert!(!text.contains("城市更新") && !text.contains("更新New"));
    }

    #[test]
    fn tables_footnotes_strikethrough() {
        let r = render_markdown("|a|b|\n|-|-|\n|1|2|\n\n~~x~~ y[^1]\n\n[^1]: note\n", false);
        assert!(
            r.html.contains("<table>") && r.html.contains("<del>x</del>") && r.html.contains("footnote"),
            "{}",
            r.html
        );
        assert!(!r.has_code);
    }

    #[test]
    fn footnote_ids_are_apart_from_the_pages_own_and_hold_no_space() {
        let r = render_markdown(
            "a[^main] b[^my note] c[^my_note]\n\n[^main]: x\n\n[^my note]: y\n\n[^my_note]: z\n",
            false,
        );
        for (href, id) in
            [("#fn-main", "fn-main"), ("#fn-my_20_note", "fn-my_20_note"), ("#fn-my_5f_note", "fn-my_5f_note")]
        {
            assert!(r.html.contains(&format!("href=\"{href}\"")), "{}", r.html);
            assert!(r.html.contains(&format!("id=\"{id}\"")), "{}", r.html);
        }
        assert!(!r.html.contains("id=\"main\""), "{}", r.html);
    }

    #[test]
    fn code_is_highlighted_with_classes() {
        let r = render_markdown("```rust\nfn main() {}\n```\n", false);
        assert!(r.has_code);
        assert!(text_and_code("```rust\nfn main() {}\n```\n").1, "the load step agrees");
        assert!(text_and_code("    indented\n").1 && render_markdown("    indented\n", false).has_code);
        assert!(!text_and_code("no `code` block\n").1);
        assert!(r.html.contains("class=\"hl-"), "{}", r.html);
        assert!(highlight_css("InspiredGitHub").unwrap().contains(".hl-"));
        assert!(highlight_css("nope").is_err());
        for t in crate::config::HIGHLIGHT_THEMES {
            assert!(highlight_css(t).is_ok(), "{t} is one of syntect's themes");
        }
    }

    #[test]
    fn summaries_cut_at_sentence_ends() {
        assert_eq!(summarize("第一句。第二句很长很长。", 8), "第一句。");
        assert_eq!(summarize("短。", 100), "短。");
        assert_eq!(summarize("It cost $3.5 million. See example.com for more", 30), "It cost $3.5 million.");
        assert_eq!(summarize("The council spent $3.5 million on roads", 22), "The council spent $3.5…");
        assert_eq!(summarize("The council spent $3.5 million on roads", 26), "The council spent $3.5…");
        assert_eq!(
            summarize("the Boston Red Sox rallied from a four-run deficit", 35),
            "the Boston Red Sox rallied from a…"
        );
        assert_eq!(summarize("Supercalifragilisticexpialidocious words", 10), "Supercalif…");
        assert_eq!(summarize("没有句号的一段很长的文字", 5), "没有句号的…");
        assert_eq!(plain_text("## 标题\n\n正文**加粗**。\n\n- 一\n- 二\n"), "标题\n正文加粗。\n一\n二");
    }

    /// A table's padding and a verse's line ends are not the summary's.
    #[test]
    fn issue2_summaries_run_spaces_together() {
        assert_eq!(summarize("排名　球队　　　场次\n1　　成都蓉城", 100), "排名　球队　场次 1　成都蓉城");
        assert_eq!(summarize("王　伟  writes\t\tfrom   Paris.", 100), "王　伟 writes from Paris.");
        assert_eq!(summarize("一二　　　三四五六", 5), "一二　三四…");
    }

    /// A story under a table or listing is summarised from its own text;
    /// a table with only its source line under it, from the table.
    #[test]
    fn issue2_a_summary_is_the_story_not_the_table_before_it() {
        let story = "市体育局昨天公布了本赛季前两轮的积分情况，成都蓉城两连胜暂列第一，上海海港和河南队紧随其后。";
        let md = format!("```text\n排名　球队　积分\n1　　成都蓉城　6\n```\n\n{story}\n");
        let t = body_text(&md, 120);
        assert_eq!(t.summary, story);
        assert!(t.has_code && t.text.contains("成都蓉城　6") && t.text.contains(story), "search still reads the table");
        let table = "| 排名 | 球队 |\n|---|---|\n| 1 | 成都蓉城 |\n\n> 数据来源：官网\n";
        assert_eq!(body_text(table, 120).summary, "排名 球队 1 成都蓉城 数据来源：官网");
        let only = "```text\n排名　球队　　　积分\n1　　成都蓉城　　6\n```\n\n（数据来源：中国足球协会超级联赛官网）\n";
        assert_eq!(
            body_text(only, 120).summary,
            "排名　球队　积分 1　成都蓉城　6 （数据来源：中国足球协会超级联赛官网）"
        );
        // Long prose is cut as before, however long the body.
        let long = format!("| a | b |\n|---|---|\n| 1 | 2 |\n\n{}\n", "很长的句子".repeat(100));
        assert_eq!(body_text(&long, 10).summary, format!("{}…", "很长的句子".repeat(2)));
    }
}
