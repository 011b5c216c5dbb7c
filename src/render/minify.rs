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
    // A name is letters, digits, `-`, `!` and `?` (`Tag::parse`): setting
    // bit 5 lowers its letters and leaves the others as they are.
    for (d, s) in lower.iter_mut().zip(name) {
        *d = s | 0x20;
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
        // Text up to the next byte that may matter (a `<`, whitespace or
        // another control byte) is copied as it is.
        let at = next_special(&m.buf[i..]).map_or(n, |p| i + p);
        if at > i {
            m.word(i..at);
        }
        if at == n {
            break;
        }
        let b = m.buf[at];
        if b != b'<' {
            if is_ws(b) {
                m.pending_ws = true;
            } else {
                m.word(at..at + 1);
            }
            i = at + 1;
            continue;
        }
        let rest = &m.buf[at..];
        if rest.starts_with(b"<!--") {
            // Dropped; an unclosed comment runs to the end, as in a browser.
            i = memchr::memmem::find(&rest[4..], b"-->").map_or(n, |p| at + 4 + p + 3);
            continue;
        }
        let Some(tag) = Tag::parse(rest) else {
            // A `<` that opens no tag is text.
            m.word(at..at + 1);
            i = at + 1;
            continue;
        };
        let (block, closing, clean, len) = (tag.is_block(), tag.closing, tag.clean, tag.len);
        let raw = (!closing).then(|| RAW.iter().find(|r| r.eq_ignore_ascii_case(tag.name))).flatten();
        if m.pending_ws && !block && !m.after_block {
            m.put(b' ');
        }
        m.pending_ws = false;
        if clean {
            m.copy(at..at + len);
        } else {
            m.copy_tag(at..at + len);
        }
        m.after_block = block;
        i = at + len;
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

/// The bytes of a tag's name.
const NAME: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = c.is_ascii_alphanumeric() || c == b'-' || c == b'!' || c == b'?';
        b += 1;
    }
    t
};

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// Flags (bit 7 of each byte) the bytes of `x` that are zero: a borrow can
/// flag a byte above a zero byte, never below it, so the lowest flag is
/// the first zero byte.
fn zero_bytes(x: u64) -> u64 {
    x.wrapping_sub(ONES) & !x & HIGHS
}

/// The offset of the first `b` in `s`, eight bytes at a time (a quoted
/// value is a few dozen bytes: too short to pay for a `memchr` call).
fn find_byte(s: &[u8], b: u8) -> Option<usize> {
    let mut k = 0;
    while k + 8 <= s.len() {
        let x = u64::from_le_bytes(s[k..k + 8].try_into().unwrap_or_default());
        let found = zero_bytes(x ^ (ONES * u64::from(b)));
        if found != 0 {
            return Some(k + (found.trailing_zeros() / 8) as usize);
        }
        k += 8;
    }
    s[k..].iter().position(|&c| c == b).map(|p| k + p)
}

/// The offset of the first byte in `s` that is `<` or at most a space
/// (whitespace, or another control byte), eight bytes at a time: the text
/// between tags is most of a page, and a byte-by-byte search through it and
/// a `memchr` call for each short run between tags were most of this pass.
fn next_special(s: &[u8]) -> Option<usize> {
    let mut k = 0;
    while k + 8 <= s.len() {
        let x = u64::from_le_bytes(s[k..k + 8].try_into().unwrap_or_default());
        // Bytes below 0x21 (as for zero bytes, the lowest flag is exact),
        // and bytes equal to `<`.
        let low = x.wrapping_sub(ONES * 0x21) & !x & HIGHS;
        let found = low | zero_bytes(x ^ (ONES * u64::from(b'<')));
        if found != 0 {
            return Some(k + (found.trailing_zeros() / 8) as usize);
        }
        k += 8;
    }
    s[k..].iter().position(|&b| b == b'<' || b <= b' ').map(|p| k + p)
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

    /// Writes text with no whitespace in it, after the one space that
    /// stands for the whitespace before it, if any is due.
    fn word(&mut self, t: std::ops::Range<usize>) {
        if self.pending_ws && !self.after_block {
            self.put(b' ');
        }
        self.pending_ws = false;
        self.after_block = false;
        self.copy(t);
    }

    /// Copies a tag, turning whitespace runs between attributes into one
    /// space (quoted values are copied as they are).
    fn copy_tag(&mut self, tag: std::ops::Range<usize>) {
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

/// A start tag, end tag or `<!DOCTYPE …>` at the start of a slice.
struct Tag<'a> {
    name: &'a [u8],
    closing: bool,
    /// Its whitespace is single spaces, none before its `>`: it is copied as it is.
    clean: bool,
    /// Bytes up to and including the closing `>`.
    len: usize,
}

impl<'a> Tag<'a> {
    fn parse(s: &'a [u8]) -> Option<Tag<'a>> {
        let (closing, start) = match s.get(1)? {
            b'/' => (true, 2),
            _ => (false, 1),
        };
        let first = *s.get(start)?;
        let declaration = first == b'!' || first == b'?';
        if !declaration && !first.is_ascii_alphabetic() {
            return None;
        }
        let name_end = s[start..].iter().position(|&b| !NAME[usize::from(b)]).map_or(s.len(), |p| start + p);
        // The end of the tag: the first `>` outside a quoted attribute
        // value, found byte by byte (a tag is a few dozen bytes: a search
        // call per quote cost more), noting on the way whether any
        // whitespace outside quotes is other than single spaces.
        let mut clean = true;
        let mut space = false;
        let mut k = name_end;
        while let Some(&b) = s.get(k) {
            k += 1;
            match b {
                b'>' => {
                    let clean = clean && !space;
                    return Some(Tag { name: &s[start..name_end], closing, clean, len: k });
                }
                // A quoted value (a URL, most often): to its closing quote.
                b'"' | b'\'' => {
                    k += find_byte(&s[k..], b)? + 1;
                    space = false;
                }
                b' ' => {
                    clean &= !space;
                    space = true;
                }
                b'\n' | b'\t' | b'\r' | b'\x0c' => clean = false,
                _ => space = false,
            }
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

    #[test]
    fn tags_are_copied_as_they_are_only_when_their_spacing_is_single() {
        assert_eq!(m("<a href=\"x\" >t</a>"), "<a href=\"x\">t</a>");
        assert_eq!(m("<a title=\"a  b\"  href=c>t</a>"), "<a title=\"a  b\" href=c>t</a>");
        assert_eq!(m("<a title=\"a\n b\" href=c>t</a>"), "<a title=\"a\n b\" href=c>t</a>");
        assert_eq!(m("<a title='>' href=\"c\"\t>t</a>"), "<a title='>' href=\"c\">t</a>");
        assert_eq!(m("<a b=\"unclosed>t"), "<a b=\"unclosed>t");
        assert_eq!(m("<P>\n x\u{1}y </P>"), "<P>x\u{1}y</P>");
    }

    proptest::proptest! {
        /// The word-at-a-time searches find what a byte-by-byte one does.
        #[test]
        fn searches_eight_bytes_at_a_time_find_the_first_match(
            s in proptest::collection::vec(proptest::prop_oneof![
                proptest::num::u8::ANY, proptest::strategy::Just(b'<'), proptest::strategy::Just(b' '),
                proptest::strategy::Just(b'"'), 0x1fu8..0x23,
            ], 0..40),
            b in proptest::prop_oneof![proptest::strategy::Just(b'"'), proptest::num::u8::ANY],
        ) {
            proptest::prop_assert_eq!(super::next_special(&s), s.iter().position(|&c| c == b'<' || c <= b' '));
            proptest::prop_assert_eq!(super::find_byte(&s, b), s.iter().position(|&c| c == b));
        }

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
