//! Import step 1, decoding: raw page bytes → normalised text.
//!
//! E-paper exports come in whatever the typesetting system wrote: UTF-8 with
//! or without a BOM, GB18030/GBK on older Windows systems, Big5 in Hong Kong
//! and Taiwan, UTF-16 with a BOM.
//! Anything that is not text is an error naming the file, so a stray image or
//! PDF dropped into `content/pages/` is never turned into garbage articles.

use crate::error::Diagnostic;
use std::path::Path;

/// Detects the encoding of a raw page and decodes it to text with `\n` line
/// ends (spaces and line breaks are left to `wrap::unwrap`).
pub fn decode(bytes: &[u8], path: &Path) -> Result<String, Diagnostic> {
    let fail = |why: &str| Diagnostic::error(path, 0, 0, format!("cannot read as page text: {why}"));
    let text = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        String::from_utf8(rest.to_vec()).map_err(|_| fail("it starts with a UTF-8 BOM but is not valid UTF-8"))?
    } else if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        let enc = if bytes[0] == 0xFF { encoding_rs::UTF_16LE } else { encoding_rs::UTF_16BE };
        let (cow, had_errors) = enc.decode_without_bom_handling(&bytes[2..]);
        if had_errors {
            return Err(fail("it starts with a UTF-16 BOM but is not valid UTF-16"));
        }
        cow.into_owned()
    } else if bytes.contains(&0) {
        return Err(fail("it contains NUL bytes (a binary file, or UTF-16 without a BOM)"));
    } else if let Ok(s) = std::str::from_utf8(bytes) {
        s.to_string()
    } else {
        let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
        det.feed(bytes, true);
        let enc = legacy_cjk(&det).unwrap_or_else(|| det.guess(Some(b"cn"), chardetng::Utf8Detection::Allow));
        let (cow, had_errors) = enc.decode_without_bom_handling(bytes);
        if had_errors {
            // chardetng may pick a legacy single-byte encoding for binary data;
            // GB18030 is the usual source of non-UTF-8 Chinese pages.
            let (cow, had_errors) = encoding_rs::GB18030.decode_without_bom_handling(bytes);
            if had_errors {
                return Err(fail("not UTF-8, GB18030/GBK or UTF-16 text"));
            }
            cow.into_owned()
        } else {
            cow.into_owned()
        }
    };
    if looks_binary(&text) {
        return Err(fail("it contains control characters (not a text file)"));
    }
    // Indentation and line ends stay: `wrap` reads the paragraphs off them.
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    Ok(text.replace("\r\n", "\n").replace('\r', "\n"))
}

/// The error for a file gazette reads as UTF-8 only (an article, site.yaml)
/// that is not: where its first bad byte is (line and column, in
/// characters), and the encoding the file reads in if it is an East Asian
/// legacy one (Windows editors saving "ANSI" on a Chinese system wrote GBK).
pub fn not_utf8(shown_as: &Path, bytes: &[u8]) -> Diagnostic {
    let valid = std::str::from_utf8(bytes).err().map_or(bytes.len(), |e| e.valid_up_to());
    let before = std::str::from_utf8(&bytes[..valid]).unwrap_or_default();
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    let message = match legacy_encoding_of(bytes) {
        Some(enc) => format!("not UTF-8 text: the file reads as {enc}; save it as UTF-8"),
        None => format!("not UTF-8 text (byte {valid} is not part of a UTF-8 character); save it as UTF-8"),
    };
    Diagnostic::error(shown_as, line, col, message)
}

/// The East Asian legacy encoding (GBK/GB18030, Big5, Shift_JIS, EUC-KR,
/// EUC-JP) that `bytes`, not UTF-8, decode in without error, if any: what
/// an article saved by an old editor's "ANSI" most likely is, for a message
/// that says so (articles must be UTF-8; raw pages are decoded instead).
pub fn legacy_encoding_of(bytes: &[u8]) -> Option<&'static str> {
    let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    det.feed(bytes, true);
    let enc = legacy_cjk(&det).unwrap_or(encoding_rs::GB18030);
    let (_, had_errors) = enc.decode_without_bom_handling(bytes);
    (!had_errors).then(|| if enc == encoding_rs::GB18030 { "GBK (GB18030)" } else { enc.name() })
}

/// The encoding the detector reads the bytes as, on their own (GBK read as
/// GB18030, its superset). Asking with the `cn` hint (most pages are
/// mainland ones) read every Big5 page, the usual encoding of Hong Kong and
/// Taiwan exports, as GBK: garbage, silently. `None` when that reading is
/// not an East Asian one: the hinted guess decides then.
fn legacy_cjk(det: &chardetng::EncodingDetector) -> Option<&'static encoding_rs::Encoding> {
    let enc = det.guess(None, chardetng::Utf8Detection::Allow);
    if enc == encoding_rs::GBK {
        return Some(encoding_rs::GB18030);
    }
    [encoding_rs::BIG5, encoding_rs::SHIFT_JIS, encoding_rs::EUC_KR, encoding_rs::EUC_JP].contains(&enc).then_some(enc)
}

/// Text whose share of control characters is too high to be a page export.
fn looks_binary(text: &str) -> bool {
    let mut total = 0usize;
    let mut control = 0usize;
    for c in text.chars() {
        total += 1;
        // A vertical tab or NEL is a line break of word-processor exports.
        if c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}' | '\u{b}' | '\u{85}') {
            control += 1;
        }
    }
    control > 0 && control * 100 > total
}

/// One line with full-width spaces, NBSP and other odd spaces made ASCII
/// spaces, zero-width characters dropped, runs of spaces collapsed and the
/// ends trimmed (paragraph indentation, `　　`, is layout, not text).
pub(super) fn clean_line(line: &str) -> String {
    let mut prev_space = true;
    let mut buf = String::with_capacity(line.len());
    for c in line.chars() {
        let c = match c {
            '\u{3000}' | '\u{a0}' | '\t' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{c}' => ' ',
            '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' => continue,
            c if c.is_control() => continue,
            c => c,
        };
        if c == ' ' {
            if !prev_space {
                buf.push(' ');
            }
            prev_space = true;
        } else {
            buf.push(c);
            prev_space = false;
        }
    }
    buf.truncate(buf.trim_end().len());
    buf
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p() -> &'static Path {
        Path::new("pages/x.txt")
    }

    #[test]
    fn legacy_encodings_of_chinese_and_japanese_pages() {
        let pages = [
            (
                encoding_rs::GB18030,
                "第2版 要闻\n本报讯（记者 张三）昨日，我市召开新闻发布会，介绍今年民生实事的进展情况。",
            ),
            (
                encoding_rs::BIG5,
                "A2 港聞\n政府公布新政策\n本報訊（記者 陳大文）政府昨日公布新的房屋政策，市民反應熱烈。",
            ),
            (encoding_rs::SHIFT_JIS, "社会面\n市役所は昨日、新しい交通計画を発表した。市民の関心は高い。"),
            // Short pages: GBK still.
            (encoding_rs::GB18030, "本报讯 记者张三"),
            (encoding_rs::GB18030, "今日天气\n淇县 晴 25~33℃"),
            (encoding_rs::GB18030, "第3版\n责任编辑 王明"),
        ];
        for (enc, text) in pages {
            let (bytes, _, unmappable) = enc.encode(text);
            assert!(!unmappable, "{}", enc.name());
            assert_eq!(decode(&bytes, p()).unwrap(), text, "{}", enc.name());
        }
    }

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode("本报讯\r\n正文".as_bytes(), p()).unwrap(), "本报讯\n正文");
        assert_eq!(decode("\u{feff}本报讯".as_bytes(), p()).unwrap(), "本报讯");
    }

    #[test]
    fn gbk_and_gb18030() {
        let text = "　　本报讯（记者 朱迪）骏马奔腾辞旧岁，欢歌笑语迎新春。淇县西岗镇文化广场锣鼓喧天。";
        let (bytes, _, _) = encoding_rs::GBK.encode(text);
        assert_eq!(decode(&bytes, p()).unwrap(), text);
    }

    #[test]
    fn utf16_with_bom() {
        let text = "新华社北京2月10日电";
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for u in text.encode_utf16() {
            le.extend_from_slice(&u.to_le_bytes());
            be.extend_from_slice(&u.to_be_bytes());
        }
        assert_eq!(decode(&le, p()).unwrap(), text);
        assert_eq!(decode(&be, p()).unwrap(), text);
    }

    #[test]
    fn binary_is_an_error_naming_the_file() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";
        let e = decode(png, p()).unwrap_err();
        assert_eq!(e.path, Path::new("pages/x.txt"));
        let e = decode(&[0x01, 0x02, 0x03, 0x04, 0x05, b'a'], p()).unwrap_err();
        assert!(e.message.contains("control"), "{e}");
    }

    #[test]
    fn line_breaks_of_word_processors_are_text() {
        let text = "标题\u{b}正文第一行\u{b}正文第二行\u{b}".repeat(3);
        assert_eq!(decode(text.as_bytes(), p()).unwrap(), text);
    }

    #[test]
    fn clean_lines() {
        assert_eq!(clean_line("　　正文\u{a0}内容  多 \u{200b}"), "正文 内容 多");
    }
}
