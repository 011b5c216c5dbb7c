//! Render step, last part: HTML minification of each rendered page.
//!
//! Why our own: minify-html's one-pass minifier took about 40% of a build's
//! CPU time on the default theme (10,000 articles: render 2.5 s without it,
//! 4.5 s with it). What a page gains from minifying is almost all
//! whitespace: the indentation and line breaks of the templates and the
//! newlines pulldown-cmark puts after block elements. This pass removes
//! exactly that, and comments, in one linear scan, and leaves everything
//! else byte for byte (attribute values, entities, `<pre>`, `<textarea>`,
//! `<script>`, `<style>`), so it cannot change what a page means.
//!
//! Whitespace rules, those of CSS `white-space: normal`: a run of
//! whitespace becomes one space; it is dropped entirely next to the tag of a
//! block-level element (browsers render nothing for it there), and at the
//! start and end of the document.

/// Elements whose whitespace around their tags renders as nothing. A
/// `match` on the lower-cased name: a linear scan of the list was most of
/// this pass's time.
fn is_block_name(name: &[u8]) -> bool {
    let mut buf = [0u8; 10];
    let Some(lower) = buf.get_mut(..name.len()) else { return false };
    for (d, s) in lower.iter_mut().zip(name) {
        *d = s.to_ascii_lowercase();
    }
    matches!(
        &*lower,
        b"address"
            | b"article"
            | b"aside"
            | b"base"
            | b"blockquote"
            | b"body"
            | b"br"
            | b"caption"
            | b"col"
            | b"colgroup"
            | b"dd"
            | b"details"
            | b"dialog"
            | b"div"
            | b"dl"
            | b"dt"
            | b"fieldset"
            | b"figcaption"
            | b"figure"
            | b"footer"
            | b"form"
            | b"h1"
            | b"h2"
            | b"h3"
            | b"h4"
            | b"h5"
            | b"h6"
            | b"head"
            | b"header"
            | b"hgroup"
            | b"hr"
            | b"html"
            | b"legend"
            | b"li"
            | b"link"
            | b"main"
            | b"menu"
            | b"meta"
            | b"nav"
            | b"noscript"
            | b"ol"
            | b"optgroup"
            | b"option"
            | b"p"
            | b"pre"
            | b"script"
            | b"section"
            | b"source"
            | b"style"
            | b"summary"
            | b"table"
            | b"tbody"
            | b"td"
            | b"template"
            | b"tfoot"
            | b"th"
            | b"thead"
            | b"title"
            | b"tr"
            | b"track"
            | b"ul"
    )
}

/// Elements whose content is copied as it is, up to their end tag.
const RAW: &[&[u8]] = &[b"pre", b"script", b"style", b"textarea"];

fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

/// Minifies one HTML document (see the module docs for what changes).
pub fn minify_html(input: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(input.len());
    // Whitespace seen since the last byte written, and whether that byte
    // ended a block-level tag (the start of the document counts as one).
    let mut pending_ws = false;
    let mut after_block = true;
    let mut i = 0;
    while i < input.len() {
        let lt = memchr::memchr(b'<', &input[i..]).map_or(input.len(), |p| i + p);
        text(&input[i..lt], &mut out, &mut pending_ws, &mut after_block);
        if lt == input.len() {
            break;
        }
        let rest = &input[lt..];
        if rest.starts_with(b"<!--") {
            // Dropped; an unclosed comment runs to the end, as in a browser.
            i = memchr::memmem::find(&rest[4..], b"-->").map_or(input.len(), |p| lt + 4 + p + 3);
            continue;
        }
        let Some(tag) = Tag::parse(rest) else {
            // A `<` that opens no tag is text.
            text(b"<", &mut out, &mut pending_ws, &mut after_block);
            i = lt + 1;
            continue;
        };
        let block = tag.is_block();
        if pending_ws && !block && !after_block {
            out.push(b' ');
        }
        pending_ws = false;
        copy_tag(&rest[..tag.len], &mut out);
        after_block = block;
        i = lt + tag.len;
        if !tag.closing
            && let Some(raw) = RAW.iter().find(|r| r.eq_ignore_ascii_case(tag.name))
        {
            let end = find_end_tag(&input[i..], raw).map_or(input.len(), |p| i + p);
            out.extend_from_slice(&input[i..end]);
            // Text inside a raw element is never followed by whitespace handling.
            after_block = false;
            i = end;
        }
    }
    out
}

/// Writes text, collapsing each whitespace run into `pending_ws`.
fn text(t: &[u8], out: &mut Vec<u8>, pending_ws: &mut bool, after_block: &mut bool) {
    let mut j = 0;
    while j < t.len() {
        if is_ws(t[j]) {
            *pending_ws = true;
            j += 1;
            continue;
        }
        let start = j;
        j = t[j..].iter().position(|&b| is_ws(b)).map_or(t.len(), |p| j + p);
        if *pending_ws && !*after_block {
            out.push(b' ');
        }
        *pending_ws = false;
        *after_block = false;
        out.extend_from_slice(&t[start..j]);
    }
}

/// Copies a tag, turning whitespace runs between attributes into one space
/// (quoted values are copied as they are).
fn copy_tag(tag: &[u8], out: &mut Vec<u8>) {
    // Most tags are already on one line with single spaces.
    if memchr::memchr3(b'\n', b'\t', b'\r', tag).is_none()
        && memchr::memmem::find(tag, b"  ").is_none()
        && !tag.ends_with(b" >")
    {
        out.extend_from_slice(tag);
        return;
    }
    let mut quote = 0u8;
    let mut ws = false;
    for &b in tag {
        if quote != 0 {
            out.push(b);
            if b == quote {
                quote = 0;
            }
            continue;
        }
        if is_ws(b) {
            ws = true;
            continue;
        }
        // Before `>` the space goes; before `/>` it stays (`href=x />` needs it).
        if ws && b != b'>' {
            out.push(b' ');
        }
        ws = false;
        if b == b'"' || b == b'\'' {
            quote = b;
        }
        out.push(b);
    }
}

/// A start tag, end tag or `<!DOCTYPE …>` at the start of a slice.
struct Tag<'a> {
    name: &'a [u8],
    closing: bool,
    /// Bytes up to and including the closing `>`.
    len: usize,
}

impl<'a> Tag<'a> {
    fn parse(s: &'a [u8]) -> Option<Tag<'a>> {
        let (closing, start) = match s.get(1)? {
            b'/' => (true, 2),
            b'!' | b'?' => (false, 1),
            _ => (false, 1),
        };
        let first = *s.get(start)?;
        let declaration = first == b'!' || first == b'?';
        if !declaration && !first.is_ascii_alphabetic() {
            return None;
        }
        let name_end = s[start..]
            .iter()
            .position(|&b| !(b.is_ascii_alphanumeric() || b == b'-' || b == b'!' || b == b'?'))
            .map_or(s.len(), |p| start + p);
        // The end of the tag: the first `>` outside a quoted attribute value.
        let mut k = name_end;
        while let Some(p) = memchr::memchr3(b'>', b'"', b'\'', &s[k..]) {
            let at = k + p;
            if s[at] == b'>' {
                return Some(Tag { name: &s[start..name_end], closing, len: at + 1 });
            }
            // A quoted value: skip to its closing quote.
            k = at + 1 + memchr::memchr(s[at], &s[at + 1..])? + 1;
        }
        None
    }

    fn is_block(&self) -> bool {
        // `<!DOCTYPE>` and `<?…>` stand outside any text.
        self.name.first().is_some_and(|&b| b == b'!' || b == b'?') || is_block_name(self.name)
    }
}

/// Offset of `</name` (any case) in `s`.
fn find_end_tag(s: &[u8], name: &[u8]) -> Option<usize> {
    let mut from = 0;
    while let Some(p) = memchr::memmem::find(&s[from..], b"</") {
        let at = from + p;
        let after = &s[at + 2..];
        if after.len() >= name.len()
            && after[..name.len()].eq_ignore_ascii_case(name)
            && after.get(name.len()).is_none_or(|&b| !b.is_ascii_alphanumeric())
        {
            return Some(at);
        }
        from = at + 2;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::minify_html;

    fn m(s: &str) -> String {
        String::from_utf8(minify_html(s.as_bytes())).unwrap()
    }

    #[test]
    fn drops_whitespace_around_block_tags() {
        assert_eq!(
            m("<!DOCTYPE html>\n<html>\n <head>\n  <title> 标题 </title>\n</head>"),
            "<!DOCTYPE html><html><head><title>标题</title></head>"
        );
        assert_eq!(m("<ul>\n  <li>一</li>\n  <li>二</li>\n</ul>\n"), "<ul><li>一</li><li>二</li></ul>");
        assert_eq!(m("<p>第一段</p>\n<p>第二段\n</p>"), "<p>第一段</p><p>第二段</p>");
    }

    #[test]
    fn keeps_one_space_between_inline_content() {
        assert_eq!(
            m("<nav>\n  <a href=x>首页</a>\n  <a href=y>要闻</a>\n</nav>"),
            "<nav><a href=x>首页</a> <a href=y>要闻</a></nav>"
        );
        assert_eq!(m("<p>a   b\n\tc <em> d </em> e</p>"), "<p>a b c <em> d </em> e</p>");
        assert_eq!(m("<p>x<br>\n y</p>"), "<p>x<br>y</p>");
    }

    #[test]
    fn copies_raw_elements_and_attribute_values_exactly() {
        let pre = "<pre><code>fn main() {\n    <span class=\"k\">let</span>  x;\n}\n</code></pre>";
        assert_eq!(m(&format!("<div>\n{pre}\n</div>")), format!("<div>{pre}</div>"));
        let script = "<script type=\"application/ld+json\">{\"a\":  \"</b> \"}\n</script>";
        assert_eq!(m(script), script);
        assert_eq!(m("<textarea>\n  a\n</TEXTAREA>"), "<textarea>\n  a\n</TEXTAREA>");
        assert_eq!(m("<a title=\"a  >  b\"\n   href='c  d'>t</a>"), "<a title=\"a  >  b\" href='c  d'>t</a>");
        assert_eq!(m("<br />"), "<br />");
    }

    #[test]
    fn drops_comments_and_keeps_stray_angle_brackets() {
        assert_eq!(m("<p>a <!-- note --> b</p>"), "<p>a b</p>");
        assert_eq!(m("<p>1 < 2 &lt; 3</p>"), "<p>1 < 2 &lt; 3</p>");
        assert_eq!(m("<p>a</p><!-- unclosed"), "<p>a</p>");
        assert_eq!(m("a <"), "a <");
    }

    proptest::proptest! {
        /// Only whitespace and comments go: the other bytes stay, in order;
        /// and minifying twice changes nothing more.
        #[test]
        fn keeps_every_other_byte_and_is_idempotent(parts in proptest::collection::vec(
            proptest::prop_oneof![
                proptest::strategy::Just("<p>".to_string()), proptest::strategy::Just("</p>".to_string()),
                proptest::strategy::Just("<a href=\"x y\">".to_string()), proptest::strategy::Just("</a>".to_string()),
                proptest::strategy::Just("<pre> a\n b </pre>".to_string()), proptest::strategy::Just("<br>".to_string()),
                "[ \n\t]{0,3}", "[a-z中文<>&;]{0,4}",
            ], 0..24)) {
            let html = parts.concat();
            let once = minify_html(html.as_bytes());
            let strip = |b: &[u8]| b.iter().copied().filter(|&c| !super::is_ws(c)).collect::<Vec<u8>>();
            proptest::prop_assert_eq!(strip(&once), strip(html.as_bytes()));
            proptest::prop_assert_eq!(minify_html(&once), once);
        }
    }
}
