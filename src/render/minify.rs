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
    let mut html = input.to_vec();
    minify_in_place(&mut html);
    html
}

/// [`minify_html`] within the rendered page's own buffer: the output is
/// never longer than what it has read (it only drops bytes, and writes one
/// space for a run of whitespace it has read), so it is written over the
/// input behind the read position: no second buffer of the page's size in
/// fresh memory for every page rendered.
pub fn minify_in_place(html: &mut Vec<u8>) {
    let mut m = Minify { buf: std::mem::take(html), w: 0, pending_ws: false, after_block: true };
    let n = m.buf.len();
    let mut i = 0;
    while i < n {
        let lt = memchr::memchr(b'<', &m.buf[i..]).map_or(n, |p| i + p);
        m.text(i..lt);
        if lt == n {
            break;
        }
        let rest = &m.buf[lt..];
        if rest.starts_with(b"<!--") {
            // Dropped; an unclosed comment runs to the end, as in a browser.
            i = memchr::memmem::find(&rest[4..], b"-->").map_or(n, |p| lt + 4 + p + 3);
            continue;
        }
        let Some(tag) = Tag::parse(rest) else {
            // A `<` that opens no tag is text.
            m.text(lt..lt + 1);
            i = lt + 1;
            continue;
        };
        let (block, closing, len) = (tag.is_block(), tag.closing, tag.len);
        let raw = (!closing).then(|| RAW.iter().find(|r| r.eq_ignore_ascii_case(tag.name))).flatten();
        if m.pending_ws && !block && !m.after_block {
            m.put(b' ');
        }
        m.pending_ws = false;
        m.copy_tag(lt..lt + len);
        m.after_block = block;
        i = lt + len;
        if let Some(raw) = raw {
            let end = find_end_tag(&m.buf[i..], raw).map_or(n, |p| i + p);
            m.copy(i..end);
            // Text inside a raw element is never followed by whitespace handling.
            m.after_block = false;
            i = end;
        }
    }
    m.buf.truncate(m.w);
    *html = m.buf;
}

/// The state of [`minify_in_place`]: bytes before `w` are output, bytes
/// from the read position on are input. Whitespace seen since the last
/// byte written, and whether that byte ended a block-level tag (the start
/// of the document counts as one).
struct Minify {
    buf: Vec<u8>,
    w: usize,
    pending_ws: bool,
    after_block: bool,
}

impl Minify {
    fn put(&mut self, b: u8) {
        self.buf[self.w] = b;
        self.w += 1;
    }

    /// Moves input bytes (at or after `w`) to the output.
    fn copy(&mut self, from: std::ops::Range<usize>) {
        let len = from.len();
        if from.start != self.w {
            self.buf.copy_within(from, self.w);
        }
        self.w += len;
    }

    /// Writes text, collapsing each whitespace run into `pending_ws`.
    fn text(&mut self, t: std::ops::Range<usize>) {
        let mut j = t.start;
        while j < t.end {
            if is_ws(self.buf[j]) {
                self.pending_ws = true;
                j += 1;
                continue;
            }
            let start = j;
            j = self.buf[j..t.end].iter().position(|&b| is_ws(b)).map_or(t.end, |p| j + p);
            if self.pending_ws && !self.after_block {
                self.put(b' ');
            }
            self.pending_ws = false;
            self.after_block = false;
            self.copy(start..j);
        }
    }

    /// Copies a tag, turning whitespace runs between attributes into one
    /// space (quoted values are copied as they are).
    fn copy_tag(&mut self, tag: std::ops::Range<usize>) {
        // Most tags are already on one line with single spaces: one pass
        // over a tag of a few dozen bytes, where two searches cost more.
        if is_clean_tag(&self.buf[tag.clone()]) {
            self.copy(tag);
            return;
        }
        let mut quote = 0u8;
        let mut ws = false;
        for k in tag {
            let b = self.buf[k];
            if quote != 0 {
                self.put(b);
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
                self.put(b' ');
            }
            ws = false;
            if b == b'"' || b == b'\'' {
                quote = b;
            }
            self.put(b);
        }
    }
}

/// A tag whose whitespace is single spaces, none before its `>`: copied as it is.
fn is_clean_tag(tag: &[u8]) -> bool {
    let mut space = false;
    for &b in tag {
        match b {
            b' ' if space => return false,
            b' ' => space = true,
            b'\n' | b'\t' | b'\r' | b'\x0c' => return false,
            _ => space = false,
        }
    }
    !tag.ends_with(b" >")
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
