//! Import step 0, export clean-up: the decoded text of a page → the text the
//! typesetter meant, before `wrap` reads its layout.
//!
//! Real exports leave artifacts that are no part of any article: markup of
//! e-paper systems (`<p>`, `<br>`, `&nbsp;`, `&#12290;`, `<!-- -->`), what PDF
//! text extraction does (ligatures `ﬁ`, form feeds with the page number over
//! them), mixed line ends and invisible characters, and typing habits of
//! Chinese desks (full-width `２０２６`, `ＧＤＰ`; straight quotes `"` in
//! Chinese text; `<<书名>>` for `《书名》`). One pass here, so that every later
//! step sees the page as if it had come clean; widths and indentation are kept
//! as they were, because `wrap` reads the column width off them.

use super::text::{is_cjk_text, is_han};

/// Stands for a line that held only artifacts (a tag, a comment, a folio):
/// `wrap` skips it without taking it for a blank line (a paragraph break),
/// and the lines after it keep their numbers for diagnostics.
pub(super) const DROPPED_LINE: &str = "\u{1}";

/// The page's text with export artifacts undone.
pub fn clean_export(text: &str) -> String {
    // Word and InDesign text exports end lines with U+2028/U+2029 or a
    // vertical tab (a manual line break) as well.
    let text = text.replace("\r\n", "\n").replace(['\r', '\u{2028}', '\u{2029}', '\u{b}', '\u{85}'], "\n");
    let text = strip_markup(&text);
    let text = decode_entities(&text);
    let text: String = text.chars().filter_map(plain_char).flat_map(expand_ligature).collect();
    let text = inner_soft_hyphens(&text);
    let text = drop_page_breaks(&text);
    let text = book_titles(&text);
    if is_cjk_text(&text) { curly_quotes(&unspaced_han_lines(&text)) } else { text }
}

/// `清理 一 块 ” 。 镇 农 业 综 合 服 务 中 心 …`: a PDF's text tool puts a
/// space between every character of a justified Chinese line. A line made
/// mostly of lone characters a space apart is read without those spaces
/// (wider gaps, which part columns or a run-in head, are kept).
fn unspaced_han_lines(text: &str) -> String {
    let cjk = |c: char| {
        super::text::is_han(c)
            || ('\u{3001}'..='\u{303f}').contains(&c)
            || ('\u{ff01}'..='\u{ff5e}').contains(&c)
            || matches!(c, '“' | '”' | '‘' | '’' | '…' | '—' | '·')
    };
    let spaced = |line: &str| {
        let tokens: Vec<&str> = line.split(' ').filter(|t| !t.is_empty()).collect();
        let lone = tokens.iter().filter(|t| t.chars().count() == 1 && t.chars().all(cjk)).count();
        lone >= 8 && lone * 10 >= tokens.len() * 7
    };
    if !text.lines().any(spaced) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        if !spaced(line) {
            out.push_str(line);
            continue;
        }
        let chars: Vec<char> = line.chars().collect();
        for (k, &c) in chars.iter().enumerate() {
            let between = c == ' ' && k > 0 && cjk(chars[k - 1]) && chars.get(k + 1).is_some_and(|&n| cjk(n));
            if !between {
                out.push(c);
            }
        }
    }
    out
}

/// Element names an e-paper export writes. Only these count as markup: `a<b`,
/// `3 < 5` and `<<三国演义>>` are text.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "br",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "section",
    "article",
    "li",
    "ul",
    "ol",
    "table",
    "tr",
    "hr",
    "blockquote",
    "html",
    "body",
    "head",
    "center",
    "header",
    "footer",
    "title",
    "meta",
    "link",
    "dl",
    "dt",
    "dd",
    "tbody",
    "thead",
    "figure",
    "figcaption",
    "pre",
];
const INLINE_TAGS: &[&str] = &[
    "span", "strong", "b", "i", "em", "u", "font", "a", "sup", "sub", "small", "big", "img", "s", "strike", "ins",
    "del", "mark", "label", "abbr", "cite", "q", "o:p",
];
const CELL_TAGS: &[&str] = &["td", "th"];
/// Elements whose content is no text of the page either.
const HIDDEN_TAGS: &[&str] = &["style", "script"];

/// One tag at the start of `s`: (its length, its lower-case name, closing,
/// whether it is plainly markup on its own). `None` when `s` does not start
/// with a tag of a known element.
fn tag_at(s: &str) -> Option<(usize, String, bool, bool)> {
    let rest = s.strip_prefix('<')?;
    let (closing, rest) = match rest.strip_prefix('/') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let name_len = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == ':')).unwrap_or(rest.len());
    let name = rest[..name_len].to_ascii_lowercase();
    if name.is_empty() || !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let known = [BLOCK_TAGS, INLINE_TAGS, CELL_TAGS, HIDDEN_TAGS].iter().any(|l| l.contains(&name.as_str()));
    if !known {
        return None;
    }
    let after = &rest[name_len..];
    // Attributes go up to the `>` on the same line; a `<` before it means the
    // `<` was text (`x <b and c> d` is unlikely, `<b <c>` is not markup).
    let end = after.find(['>', '\n', '<'])?;
    if !after[end..].starts_with('>') {
        return None;
    }
    let attrs = &after[..end];
    // Attributes are `name="value"` pairs: `<b and c>` is words in brackets.
    let attrs_ok = attrs.trim().is_empty()
        || attrs.trim() == "/"
        || (attrs.starts_with(char::is_whitespace) && attrs.contains('='));
    if !attrs_ok {
        return None;
    }
    let len = 1 + usize::from(closing) + name_len + end + 1;
    // A one-letter element standing alone (`<b>`, `<i>`) could be a writer's
    // notation; closing tags, attributes, `<br>` and longer names are markup.
    let plain = closing || attrs.contains('=') || name == "br" || name.len() > 1;
    Some((len, name, closing, plain))
}

/// Whether the page holds markup at all: one plain tag or comment is enough
/// evidence for the ambiguous ones (`<b>`) elsewhere on it.
fn has_markup(text: &str) -> bool {
    text.contains("<!--") || text.match_indices('<').any(|(i, _)| tag_at(&text[i..]).is_some_and(|t| t.3))
}

/// Removes the markup of an e-paper export: block elements become line
/// breaks (none where a line break already stands), cells a column gap,
/// inline elements and comments nothing. A line that held only markup goes
/// altogether, so that it does not become a blank line (a paragraph break).
fn strip_markup(text: &str) -> String {
    if !text.contains('<') || !has_markup(text) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    let mut hidden: Option<String> = None;
    // The physical line being built, and whether markup was removed from it.
    let mut line = String::new();
    let mut had_markup = false;
    // Newlines inside comments, owed as dropped lines after the line they end.
    let mut owed = 0usize;
    let mut break_due = false;
    let flush = |line: &mut String, had_markup: &mut bool, out: &mut String, owed: &mut usize, physical: bool| {
        let keep = !(std::mem::take(had_markup) && line.trim().is_empty());
        if keep {
            out.push_str(line);
            if physical {
                out.push('\n');
            }
        } else if physical {
            out.push_str(DROPPED_LINE);
            out.push('\n');
        }
        if physical {
            for _ in 0..std::mem::take(owed) {
                out.push_str(DROPPED_LINE);
                out.push('\n');
            }
        }
        line.clear();
    };
    while let Some(c) = rest.chars().next() {
        if let Some(name) = &hidden {
            // Inside <style>/<script>: skip to its end tag.
            match rest.to_ascii_lowercase().find(&format!("</{name}")) {
                Some(i) => {
                    rest = &rest[i..];
                    hidden = None;
                    continue;
                }
                None => break,
            }
        }
        if rest.starts_with("<!--") {
            let end = rest.find("-->").map_or(rest.len(), |i| i + 3);
            // Newlines inside a comment are no lines of the page.
            owed += rest[..end].matches('\n').count();
            rest = &rest[end..];
            had_markup = true;
            continue;
        }
        if c == '<'
            && let Some((len, name, closing, _)) = tag_at(rest)
        {
            rest = &rest[len..];
            had_markup = true;
            if HIDDEN_TAGS.contains(&name.as_str()) && !closing {
                hidden = Some(name);
            } else if CELL_TAGS.contains(&name.as_str()) {
                if !closing && !line.trim().is_empty() {
                    line.push_str("  ");
                }
            } else if BLOCK_TAGS.contains(&name.as_str()) {
                // The break is made when text follows on this line: none
                // where the line ends anyway (`</p>` + `<!-- -->` + newline).
                break_due = !line.trim().is_empty();
            }
            continue;
        }
        if c == '\n' {
            flush(&mut line, &mut had_markup, &mut out, &mut owed, true);
            break_due = false;
        } else {
            if break_due && !c.is_whitespace() {
                flush(&mut line, &mut had_markup, &mut out, &mut owed, false);
                out.push('\n');
                break_due = false;
            }
            line.push(c);
        }
        rest = &rest[c.len_utf8()..];
    }
    flush(&mut line, &mut had_markup, &mut out, &mut owed, false);
    out
}

/// Named character references an e-paper export writes for Chinese and
/// English text.
const ENTITIES: &[(&str, char)] = &[
    ("nbsp", '\u{a0}'),
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("bdquo", '„'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("mdash", '—'),
    ("ndash", '–'),
    ("hellip", '…'),
    ("middot", '·'),
    ("bull", '•'),
    ("emsp", '\u{2003}'),
    ("ensp", '\u{2002}'),
    ("thinsp", '\u{2009}'),
    ("ideographicspace", '\u{3000}'),
    ("shy", '\u{ad}'),
    ("copy", '©'),
    ("reg", '®'),
    ("trade", '™'),
    ("deg", '°'),
    ("times", '×'),
    ("divide", '÷'),
    ("plusmn", '±'),
    ("permil", '‰'),
    ("yen", '¥'),
    ("euro", '€'),
    ("pound", '£'),
    ("cent", '¢'),
    ("sect", '§'),
    ("para", '¶'),
    ("frac12", '½'),
    ("frac14", '¼'),
    ("frac34", '¾'),
    ("eacute", 'é'),
    ("egrave", 'è'),
    ("aacute", 'á'),
    ("iacute", 'í'),
    ("oacute", 'ó'),
    ("uacute", 'ú'),
    ("ntilde", 'ñ'),
    ("ccedil", 'ç'),
    ("uuml", 'ü'),
    ("ouml", 'ö'),
    ("auml", 'ä'),
];

/// `&name;`, `&#12290;` and `&#x3002;` → the character. Unknown names and
/// references to no character (`&#0;`) stay as written: `R&D;` is text.
fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let body_end = rest[1..].find(|c: char| !(c.is_ascii_alphanumeric() || c == '#')).map(|j| j + 1);
        let decoded = body_end.filter(|&j| rest[j..].starts_with(';') && j <= 18).and_then(|j| {
            let body = &rest[1..j];
            let c = if let Some(num) = body.strip_prefix('#') {
                let n = match num.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok(),
                    None => num.parse::<u32>().ok(),
                };
                n.filter(|&n| n >= 0x20 || n == 9 || n == 10).and_then(char::from_u32)
            } else {
                ENTITIES.iter().find(|(n, _)| *n == body || n.eq_ignore_ascii_case(body)).map(|e| e.1)
            };
            c.map(|c| (c, j + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// One character as the page means it: full-width ASCII letters and digits
/// (`２０２６年`, `ＧＤＰ`) their ASCII selves, a no-break space a space,
/// zero-width characters and stray BOMs (concatenated exports) nothing. Full-
/// width punctuation (`，`, `：`, `（`) is Chinese typography and stays.
fn plain_char(c: char) -> Option<char> {
    match c {
        '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' => char::from_u32(c as u32 - 0xFEE0),
        '\u{a0}' | '\u{202f}' => Some(' '),
        // Zero-width and direction marks; U+FFFC stands for an image a PDF
        // or word processor had there.
        '\u{200b}' | '\u{2060}' | '\u{feff}' | '\u{200e}' | '\u{200f}' | '\u{fffc}' => None,
        c => Some(c),
    }
}

/// A soft hyphen inside a line is a break the typesetter did not take:
/// nothing. At a line end `repair::join` reads it (the word goes on).
fn inner_soft_hyphens(text: &str) -> String {
    if !text.contains('\u{ad}') {
        return text.to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    let at_line_end =
        |i: usize| chars[i + 1..].iter().find(|c| !matches!(c, ' ' | '\t' | '\u{ad}')).is_none_or(|&c| c == '\n');
    chars.iter().enumerate().filter(|&(i, &c)| c != '\u{ad}' || at_line_end(i)).map(|(_, &c)| c).collect()
}

/// PDF text keeps the typeface's ligatures as single characters.
fn expand_ligature(c: char) -> Vec<char> {
    match c {
        'ﬀ' => vec!['f', 'f'],
        'ﬁ' => vec!['f', 'i'],
        'ﬂ' => vec!['f', 'l'],
        'ﬃ' => vec!['f', 'f', 'i'],
        'ﬄ' => vec!['f', 'f', 'l'],
        'ﬅ' | 'ﬆ' => vec!['s', 't'],
        c => vec![c],
    }
}

/// Whether a line is only a printed page's number (`3`, `- 3 -`, `Page 3`,
/// `第3页`, `3 / 12`).
fn is_page_number(line: &str) -> bool {
    let t = line.trim().trim_matches(|c: char| matches!(c, '-' | '—' | '–' | ' '));
    let t =
        t.strip_prefix("Page ").or_else(|| t.strip_prefix("page ")).or_else(|| t.strip_prefix("PAGE ")).unwrap_or(t);
    let t = t.strip_prefix('第').and_then(|r| r.strip_suffix(['页', '頁'])).unwrap_or(t);
    let digits = |s: &str| !s.is_empty() && s.len() <= 4 && s.chars().all(|c| c.is_ascii_digit());
    match t.split_once('/').or_else(|| t.split_once(" of ")) {
        Some((a, b)) => digits(a.trim()) && digits(b.trim()),
        None => digits(t),
    }
}

/// PDF text extraction ends each page with a form feed, often after the page
/// number set alone in the footer. The form feed goes (the line break beside
/// it stays, so a paragraph running over the page joins as any wrapped line),
/// and so does a page-number line next to one: with the form feed as
/// evidence it is the folio, not a figure of a table.
fn drop_page_breaks(text: &str) -> String {
    if !text.contains('\u{c}') {
        return text.to_string();
    }
    let lines: Vec<&str> = text.split('\n').collect();
    let has_ff = |i: usize| lines.get(i).is_some_and(|l| l.contains('\u{c}'));
    let void = |i: usize| lines[i].trim().is_empty() || lines[i] == DROPPED_LINE;
    let mut keep = vec![true; lines.len()];
    for (i, l) in lines.iter().enumerate() {
        if !is_page_number(&l.replace('\u{c}', "")) {
            continue;
        }
        // The nearest non-blank line before and after, within blank lines.
        let next = (i + 1..lines.len()).find(|&j| !void(j) || has_ff(j));
        let prev = (0..i).rev().find(|&j| !void(j) || has_ff(j));
        let ff_after = next.is_some_and(|j| lines[j].trim_start_matches([' ', '\t']).starts_with('\u{c}'));
        let ff_before = prev.is_some_and(|j| lines[j].trim_end().ends_with('\u{c}'));
        if l.contains('\u{c}') || ff_after || ff_before || (next.is_none() && text.trim_end().ends_with('\u{c}')) {
            keep[i] = false;
        }
    }
    let kept: Vec<String> = lines
        .iter()
        .zip(keep)
        .map(|(l, k)| {
            // A line that held only the form feed was no blank line of the page.
            if !k || (l.contains('\u{c}') && l.replace('\u{c}', "").trim().is_empty()) {
                DROPPED_LINE.to_string()
            } else {
                l.replace('\u{c}', "")
            }
        })
        .collect();
    kept.join("\n")
}

/// `<<三国演义>>`: how some exports write the book-title marks 《》 they
/// could not encode.
fn book_titles(text: &str) -> String {
    if !text.contains("<<") {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find("<<") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 2..];
        let title = after
            .find(">>")
            .map(|j| &after[..j])
            .filter(|t| t.chars().count() <= 40 && t.chars().any(is_han) && !t.contains(['<', '>', '\n']));
        match title {
            Some(t) => {
                out.push('《');
                out.push_str(t);
                out.push('》');
                rest = &after[t.len() + 2..];
            }
            None => {
                out.push_str("<<");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Chinese or full-width punctuation, next to which a `"` is a Chinese quote.
fn is_wide(c: char) -> bool {
    is_han(c) || matches!(c, '\u{3000}'..='\u{303f}' | '\u{ff01}'..='\u{ff60}' | '“' | '”' | '…' | '—')
}

/// Straight quotes `"` in Chinese text → `“`/`”`. Where the text around
/// tells, it decides: typesetting never starts a line with a closing mark nor
/// ends one with an opening mark, a quote after `：`, `，` or `（` opens and one
/// before `。`, `，` or `）` closes. Elsewhere (`建立"村民说事""议事厅"`) they
/// open and close in turn. A quote between Latin words (`"Made in China"` in
/// an English aside) stays straight.
fn curly_quotes(text: &str) -> String {
    if !text.contains('"') {
        return text.to_string();
    }
    // Not `。`, `！`, `？`: a quote after them closes (`好。"`) as often as it opens.
    const OPEN_AFTER: &[char] = &['：', ':', '，', ',', '、', '；', ';', '（', '(', '《', '「', '—'];
    const CLOSE_BEFORE: &[char] =
        &['，', ',', '。', '、', '；', ';', '）', ')', '》', '！', '？', '!', '?', '：', ':', '…'];
    let mut out = String::with_capacity(text.len());
    let mut open = false;
    for line in text.split_inclusive('\n') {
        if line.trim().is_empty() {
            open = false;
        }
        let chars: Vec<char> = line.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
            if c != '"' {
                out.push(c);
                continue;
            }
            let prev = chars[..i].iter().rev().find(|c| !c.is_whitespace()).copied();
            let next = chars[i + 1..].iter().find(|c| !c.is_whitespace()).copied();
            // The script of the nearest word either side, past digits and
            // half-width marks (`区:"15分钟`, as desks type the colon).
            let skip = |c: &&char| c.is_whitespace() || c.is_ascii_digit() || (c.is_ascii_punctuation() && **c != '"');
            let word_before = chars[..i].iter().rev().find(|c| !skip(c)).copied();
            let word_after = chars[i + 1..].iter().find(|c| !skip(c)).copied();
            if !(word_before.is_some_and(is_wide) || word_after.is_some_and(is_wide)) {
                out.push('"');
                open = !open;
                continue;
            }
            let opens = prev.is_none_or(|p| OPEN_AFTER.contains(&p) || p == '“');
            let closes = next.is_none_or(|n| CLOSE_BEFORE.contains(&n) || n == '”');
            open = match (opens, closes) {
                (true, false) => true,
                (false, true) => false,
                _ => !open,
            };
            out.push(if open { '“' } else { '”' });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_remnants_of_e_paper_systems() {
        assert_eq!(
            clean_export(
                "<div class=\"content\">\n<p><strong>春节假期</strong></p>\n<p>&nbsp;&nbsp;他说&ldquo;好&rdquo;&#12290;</p><!-- x -->\n</div>\n"
            ),
            // Lines of markup alone leave a mark that they were lines.
            "\u{1}\n春节假期\n  他说“好”。\n\u{1}\n"
        );
        assert_eq!(clean_export("第一行<br>第二行<br/>\n第三行<br />\n"), "第一行\n第二行\n第三行\n");
        assert_eq!(clean_export("Smith &amp; Sons, R&D; AT&T &#x3002;"), "Smith & Sons, R&D; AT&T 。");
        // A comment over lines leaves none of them.
        assert_eq!(clean_export("a\n<!-- one\ntwo -->\nb"), "a\n\u{1}\n\u{1}\nb");
    }

    #[test]
    fn lines_keep_their_numbers() {
        let page = "<html>\n<!-- a\nb -->\n<p>标题</p>\n<p>正文</p><!-- c -->\n<br>\n  7\n\u{c}下一版\n";
        let clean = clean_export(page);
        assert_eq!(clean.split('\n').count(), page.split('\n').count(), "{clean:?}");
        assert_eq!(clean.split('\n').position(|l| l == "下一版"), Some(7));
    }

    #[test]
    fn text_that_looks_like_a_tag_stays() {
        for t in ["if a<b then", "3 < 5 and 6 > 4", "x <b and c> y", "<这是>", "a <b> c"] {
            assert_eq!(clean_export(t), t);
        }
        // A closing tag is evidence enough.
        assert_eq!(clean_export("<b>bold</b>?"), "bold?");
        assert_eq!(clean_export("他读了<<三国演义>>和<<红楼梦>>"), "他读了《三国演义》和《红楼梦》");
        assert_eq!(clean_export("x << 2 >> y"), "x << 2 >> y");
    }

    #[test]
    fn pdf_ligatures_form_feeds_and_page_numbers() {
        assert_eq!(clean_export("the ﬁrst ﬂoor oﬃce"), "the first floor office");
        assert_eq!(
            clean_export("end of page one\n\n   3\n\u{c}top of page two\n"),
            "end of page one\n\n\u{1}\ntop of page two\n"
        );
        assert_eq!(clean_export("line\n- 12 -\n\u{c}\nnext"), "line\n\u{1}\n\u{1}\nnext");
        // A figure alone on a line with no form feed near is text.
        assert_eq!(clean_export("得分\n3\n"), "得分\n3\n");
    }

    #[test]
    fn whitespace_and_invisible_characters() {
        assert_eq!(clean_export("a\u{2029}b\u{2028}c\u{b}d"), "a\nb\nc\nd");
        assert_eq!(clean_export("gov\u{ad}ern\u{ad}\nment\u{fffc} \u{200e}x"), "govern\u{ad}\nment x");
        assert_eq!(clean_export("a\r\nb\rc"), "a\nb\nc");
        assert_eq!(clean_export("正\u{200b}文\u{feff}内\u{a0}容"), "正文内 容");
    }

    #[test]
    fn full_width_forms_and_straight_quotes() {
        assert_eq!(clean_export("新华社北京２月１０日电　ＧＤＰ增长"), "新华社北京2月10日电　GDP增长");
        assert_eq!(clean_export("建立\"村民说事\"\"议事厅\"等平台"), "建立“村民说事”“议事厅”等平台");
        assert_eq!(clean_export("他说:\"我们\n要干。\"\n　　\"好"), "他说:“我们\n要干。”\n　　“好");
        assert_eq!(clean_export("他说\"好\"，并称\"Made in China\"不变"), "他说“好”，并称“Made in China”不变");
        // Between Latin words it stays straight, but counts in the turn.
        assert_eq!(clean_export("这是他们的话\"他\"。A \"b\" c\n"), "这是他们的话“他”。A \"b\" c\n");
    }
}
