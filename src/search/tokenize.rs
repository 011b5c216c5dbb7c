//! Index step, part 1: text → normalised units and the term strings
//! indexed for them.
//!
//! A *unit* is one character: a Han (or kana/hangul) character or a
//! pictograph (emoji, `■`), a letter or a digit, a punctuation mark
//! touching a letter or digit (`3.5%`, `10:30`: numbers as written), or the
//! space between two words. Units follow each
//! other inside a *run*; other punctuation, field ends and whitespace next
//! to anything but a letter or digit break a run, while whitespace between
//! two words is one space unit (so `new york` is a phrase and `newyork` is
//! not). Terms are single units, pairs and triples of neighbouring units of
//! a run: a query of up to three units is one term, a longer one the
//! triples that cover it.
//! Letters and digits are units like Han characters, so a word or number is
//! found inside longer ones (`20` in `2026`, `g20` in `g20峰会`), as a plain
//! substring scan finds it (issue 4's recall target), and `3月` is one pair.
//! The browser engine (engine.js) implements the same rules; a test runs
//! both on the same strings.

use unicode_normalization::UnicodeNormalization;

/// Search's normal form of text: Unicode's default-ignorable characters
/// removed, NFKC (which also maps full-width ASCII to half-width), lower
/// case, then folds of what readers type one way and papers print another:
/// `İ` is `i` (its lower case `i̇` left `istanbul` unable to find
/// `İstanbul`), `ς` is `σ` (JavaScript lower-cases a final `Σ` to `ς`,
/// Rust to `σ`: a query in capitals found nothing), the typeset
/// apostrophes `‘` `’` are `'` (`o'brien` finds `O’Brien`) and the hyphens,
/// en dash and minus sign `‐‑‒–−` are `-` (`1990-2000` finds `1990–2000`).
///
/// The ignorable characters (soft hyphens, zero-width spaces and joiners,
/// word joiners, bidi marks, variation selectors, BOMs) are invisible: kept,
/// they cut a word or a run of Han characters where the reader sees none
/// (`news\u{AD}paper`, `葛\u{E0100}城`). NFKC_Casefold removes them too.
///
/// Fast path: ASCII and the common CJK characters (unified ideographs, `、`,
/// `。`, curly double quotes) are their own normal form, start no composition and
/// compose with nothing before them, so a character of that set followed by
/// another (or the end) is copied as is; only the stretches between such
/// characters go through the full algorithm. Equal to
/// [`normalize_reference`] (a test checks).
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    normalize_into(s, &mut out);
    out
}

/// [`normalize`] appended to `out` (the index reuses one buffer).
///
/// Read byte by byte: a stretch of characters that are their own normal
/// form is copied whole (its ASCII lower-cased in place), a character of
/// three bytes in the unified ideographs' range is told from its bytes,
/// and full-width ASCII and the ideographic space (a Chinese text's
/// `，：；？！（）`) are mapped to what NFKC makes of them; only what lies
/// around other characters goes through the full algorithm. Decoding,
/// testing and pushing each character on its own was a sixteenth of a
/// search-on build's instructions.
pub fn normalize_into(s: &str, out: &mut String) {
    let b = s.as_bytes();
    // Where the stretch copied as it is starts, and where a stretch for the
    // full algorithm started (only one of the two is open at a time).
    let mut copy_from = 0;
    let mut pending: Option<usize> = None;
    let mut i = 0;
    let (mut len, mut kind) = if b.is_empty() { (0, Fast::Copy) } else { probe(s, 0) };
    while i < b.len() {
        let next = i + len;
        let (next_len, next_kind) = if next < b.len() { probe(s, next) } else { (0, Fast::Copy) };
        if kind != Fast::Slow && next_kind != Fast::Slow {
            if let Some(p) = pending.take() {
                push_normalized(&s[p..i], out);
                copy_from = i;
            }
            if let Fast::Map(c) = kind {
                push_lowercase(&s[copy_from..i], out);
                out.push(c);
                copy_from = next;
            }
        } else if pending.is_none() {
            push_lowercase(&s[copy_from..i], out);
            pending = Some(i);
        }
        (i, len, kind) = (next, next_len, next_kind);
    }
    match pending {
        Some(p) => push_normalized(&s[p..], out),
        None => push_lowercase(&s[copy_from..], out),
    }
}

/// What [`normalize_into`] can do with a character without the full
/// algorithm, when its neighbours allow it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fast {
    /// Its own normal form (lower-cased if ASCII), composing with nothing
    /// before it: ASCII, the unified ideographs, the common marks.
    Copy,
    /// NFKC makes it this one ASCII character (already lower case), which
    /// composes with nothing before it either.
    Map(char),
    Slow,
}

/// The length of the character at byte `i` of `s` (a character boundary,
/// not the end) and what [`normalize_into`] can do with it.
fn probe(s: &str, i: usize) -> (usize, Fast) {
    let b = s.as_bytes();
    match b[i] {
        0..0x80 => (1, Fast::Copy),
        // U+4000..=U+9FFF: three bytes, the lead's low bits the top four.
        lead @ 0xE4..=0xE9 => {
            let top = u32::from(lead & 0x0F) << 12 | u32::from(b[i + 1] & 0x3F) << 6;
            (3, if top >= 0x4E00 { Fast::Copy } else { Fast::Slow })
        }
        _ => match s[i..].chars().next() {
            Some(c) => (c.len_utf8(), fast(c)),
            None => (1, Fast::Slow),
        },
    }
}

fn fast(c: char) -> Fast {
    match c as u32 {
        _ if c.is_ascii() || is_common_han(c) || is_common_cjk_mark(c) => Fast::Copy,
        // Full-width ASCII (`Ａ` is `A`, `，` is `,`), then lower case.
        0xFF01..=0xFF5E => char::from_u32(c as u32 - 0xFEE0).map_or(Fast::Slow, |a| Fast::Map(a.to_ascii_lowercase())),
        0x3000 => Fast::Map(' '),
        _ => Fast::Slow,
    }
}

/// `s`, its ASCII letters lower-cased (nothing else in it changes case).
fn push_lowercase(s: &str, out: &mut String) {
    let start = out.len();
    out.push_str(s);
    if let Some(added) = out.get_mut(start..) {
        added.make_ascii_lowercase();
    }
}

/// The full algorithm of [`normalize`] on a stretch of text.
fn push_normalized(s: &str, out: &mut String) {
    for c in s.chars().filter(|&c| !is_ignorable(c)).nfkc() {
        match c {
            '\u{130}' => out.push('i'),
            'ς' => out.push('σ'),
            '\u{2018}' | '\u{2019}' => out.push('\''),
            '\u{2010}'..='\u{2013}' | '\u{2212}' => out.push('-'),
            _ => out.extend(c.to_lowercase()),
        }
    }
}

/// The definition [`normalize`] implements faster.
pub fn normalize_reference(s: &str) -> String {
    let nfkc: String = s.chars().filter(|&c| !is_ignorable(c)).nfkc().collect();
    nfkc.replace('\u{130}', "i")
        .to_lowercase()
        .replace('ς', "σ")
        .replace(['\u{2018}', '\u{2019}'], "'")
        .replace(['\u{2010}', '\u{2011}', '\u{2012}', '\u{2013}', '\u{2212}'], "-")
}

/// Unicode's Default_Ignorable_Code_Point: characters that are not shown
/// (soft hyphen, zero-width space and joiners, word joiner, bidi controls,
/// variation selectors, BOM, Hangul fillers, tags), which [`normalize`]
/// removes. engine.js holds the same ranges.
pub fn is_ignorable(c: char) -> bool {
    matches!(c as u32,
        0xAD | 0x34F | 0x61C | 0x115F..=0x1160 | 0x17B4..=0x17B5 | 0x180B..=0x180F | 0x200B..=0x200F
        | 0x202A..=0x202E | 0x2060..=0x206F | 0x3164 | 0xFE00..=0xFE0F | 0xFEFF | 0xFFA0 | 0xFFF0..=0xFFF8
        | 0x1BCA0..=0x1BCA3 | 0x1D173..=0x1D17A | 0xE0000..=0xE0FFF)
}

/// Characters indexed one by one and in pairs: CJK ideographs (all of
/// planes 2 and 3, the ideographic planes, so extensions newer than this
/// code count too), kana, hangul.
pub fn is_han(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF
        | 0xF900..=0xFAFF | 0x20000..=0x3FFFF)
}

/// Pictographs: emoji, and the symbols a paper sets as bullets or in place
/// of a missing character (`■`, `★`, `●`, `〓`). Units wherever they stand,
/// as Han characters are, so an emoji is found (as a mark, one touching no
/// letter was not indexed at all) and `张〓明` stays one run. Box drawing
/// (`───` rules) is left out: it is layout, not text. engine.js holds the
/// same ranges.
pub fn is_pictograph(c: char) -> bool {
    matches!(c as u32,
        0x2190..=0x21FF | 0x2300..=0x23FF | 0x25A0..=0x27BF | 0x2B00..=0x2BFF | 0x3012..=0x3013
        | 0x1F000..=0x1FAFF)
}

/// Characters that make up words (Latin, digits, other scripts' letters).
pub fn is_word_char(c: char) -> bool {
    class(c) == Class::Word
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// A Han character, a letter, a digit, or the space between two words.
    Char(char),
    /// The end of a run: units on either side are not neighbours.
    Break,
}

/// Splits normalised text into units. Never starts with a `Break` and never
/// has two in a row (so positions stay dense).
pub fn tokenize(norm: &str) -> Vec<Unit> {
    let mut out = Vec::with_capacity(norm.len() / 3 + 1);
    push_units(norm, &mut out);
    out
}

/// Punctuation that is a unit where it touches a letter or digit (`3.5%`,
/// `10:30`, `2026-03-01`, `1,000`): any character but whitespace, control
/// characters, Han, letters, digits and the `"` that quotes a query's phrases.
pub fn is_mark(c: char) -> bool {
    class(c) == Class::Mark
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// Han (and kana, hangul) or a pictograph: a unit wherever it stands.
    Han,
    /// A letter or digit (not Han): what makes up words.
    Word,
    Space,
    Mark,
    /// Control characters and `"`: always a break.
    Other,
}

/// The unified ideographs, most of any Chinese text: their own NFKC form,
/// unchanged by lower case.
fn is_common_han(c: char) -> bool {
    matches!(c as u32, 0x4E00..=0x9FFF)
}

/// The punctuation of Chinese text that is its own NFKC form and lower case
/// and a [`Class::Mark`] (`、。〈〉《》「」『』【】`, curly double quotes, `—`, `·`): told
/// apart without Unicode's tables (a lookup per character was a twentieth of
/// the index's time). A test checks each against the full definitions.
fn is_common_cjk_mark(c: char) -> bool {
    matches!(c as u32, 0x3001..=0x3002 | 0x3008..=0x3011 | 0x201C..=0x201D | 0x2014 | 0x00B7)
}

/// What `c` is to the tokenizer, worked out once per character (Han first:
/// most characters are).
fn class(c: char) -> Class {
    if is_han(c) {
        Class::Han
    } else if is_common_cjk_mark(c) {
        Class::Mark
    } else if c.is_alphanumeric() {
        Class::Word
    } else if c.is_whitespace() {
        Class::Space
    } else if c.is_control() || c == '"' {
        Class::Other
    } else if is_pictograph(c) {
        Class::Han
    } else {
        Class::Mark
    }
}

/// Where units go: a list of [`Unit`]s, or the index's code points
/// ([`UnitCodes`]).
pub trait Units {
    fn push_char(&mut self, c: char);
    /// The end of a run: never first, never twice in a row.
    fn push_break(&mut self);
}

impl Units for Vec<Unit> {
    fn push_char(&mut self, c: char) {
        self.push(Unit::Char(c));
    }

    fn push_break(&mut self) {
        push_break(self);
    }
}

/// Units as the index inverts them: a character's code point, a break
/// [`UnitCodes::BREAK`]. Made straight from the text, where a list of
/// [`Unit`]s turned into codes took a pass and twice the memory.
pub struct UnitCodes<'a>(pub &'a mut Vec<u32>);

impl UnitCodes<'_> {
    pub const BREAK: u32 = u32::MAX;
}

impl Units for UnitCodes<'_> {
    fn push_char(&mut self, c: char) {
        self.0.push(c as u32);
    }

    fn push_break(&mut self) {
        if !matches!(self.0.last(), None | Some(&UnitCodes::BREAK)) {
            self.0.push(UnitCodes::BREAK);
        }
    }
}

/// Appends the units of `norm` to `out` (used to join fields with breaks).
pub fn push_units(norm: &str, out: &mut impl Units) {
    // Whitespace seen since the last unit: one space unit between two
    // letters or digits, a break next to anything else.
    let mut pending_space = false;
    let mut last_word = false;
    let mut chars = norm.chars().map(|c| (c, class(c))).peekable();
    while let Some((c, class)) = chars.next() {
        match class {
            // A mark touching a letter or digit is a unit as a Han
            // character is: `3.5` is three.
            Class::Han | Class::Mark
                if class == Class::Han
                    || (last_word && !pending_space)
                    || chars.peek().is_some_and(|&(_, next)| next == Class::Word) =>
            {
                if pending_space {
                    out.push_break();
                }
                pending_space = false;
                last_word = false;
                out.push_char(c);
            }
            Class::Word => {
                if pending_space {
                    if last_word {
                        out.push_char(' ');
                    } else {
                        out.push_break();
                    }
                }
                pending_space = false;
                last_word = true;
                out.push_char(c);
            }
            Class::Space => pending_space = true,
            // A mark touching no letter or digit (a Han character never gets here).
            Class::Han | Class::Mark | Class::Other => {
                pending_space = false;
                last_word = false;
                out.push_break();
            }
        }
    }
    if pending_space {
        out.push_break();
    }
}

pub fn push_break(out: &mut Vec<Unit>) {
    if !matches!(out.last(), None | Some(Unit::Break)) {
        out.push(Unit::Break);
    }
}

/// The term string of neighbouring units (one, two or three): their
/// characters (`发展`, `3月`, `new york`). Every unit is one character, so
/// the number of characters tells terms of one length from another.
pub fn gram_term(units: &[Unit]) -> String {
    units
        .iter()
        .filter_map(|u| match u {
            Unit::Char(c) => Some(*c),
            Unit::Break => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(s: &str) -> Vec<String> {
        let norm = normalize(s);
        tokenize(&norm)
            .iter()
            .map(|u| match u {
                Unit::Char(c) => c.to_string(),
                Unit::Break => "|".into(),
            })
            .collect()
    }

    fn chars(s: &str) -> Vec<String> {
        s.chars().map(|c| c.to_string()).collect()
    }

    #[test]
    fn han_characters_are_units() {
        assert_eq!(terms("鹤壁日报"), ["鹤", "壁", "日", "报"]);
        assert_eq!(gram_term(&[Unit::Char('鹤'), Unit::Char('壁')]), "鹤壁");
    }

    #[test]
    fn punctuation_and_space_between_han_break_runs() {
        assert_eq!(terms("发展，改革 创新"), ["发", "展", "|", "改", "革", "|", "创", "新"]);
    }

    #[test]
    fn letters_and_digits_are_units_and_words_joined_by_one_space() {
        assert_eq!(terms("New  York, G20"), chars("new york,|g20"));
        assert_eq!(gram_term(&tokenize("w y")), "w y");
        // Whitespace of any kind between two words is one space unit.
        assert_eq!(terms("a\n\t b"), chars("a b"));
    }

    #[test]
    fn digits_next_to_han_are_neighbours() {
        assert_eq!(terms("2026年3月5日"), chars("2026年3月5日"));
        assert_eq!(gram_term(&tokenize("3月")), "3月");
    }

    #[test]
    fn mixed_words_and_han() {
        assert_eq!(terms("G20峰会 在 杭州"), chars("g20峰会|在|杭州"));
        assert_eq!(terms("abc 中文"), chars("abc|中文"));
        assert_eq!(terms("中文 abc"), chars("中文|abc"));
        assert_eq!(terms("a ，b"), chars("a|,b"));
    }

    /// Issue 4's recall for numbers as written: a mark touching a letter or
    /// digit is a unit, so `3.5` is not the AND of `3` and `5`; elsewhere
    /// (between Han, or alone) it still breaks.
    #[test]
    fn marks_touching_letters_or_digits_are_units() {
        for (text, units) in [
            ("增长3.5%。", "增长3.5%|"),
            ("10:30 2026-03-01", "10:30 2026-03-01"),
            ("１，０００人", "1,000人"),
            ("“G20”峰会", "“g20”峰会"),
            ("中，文 . x -y", "中|文|x|-y"),
            ("5%% a.-b", "5%|a.-b"),
            ("say \"hi\"", "say|hi|"),
        ] {
            assert_eq!(terms(text), chars(units), "{text:?}");
        }
    }

    #[test]
    fn nfkc_full_width_to_half_width() {
        assert_eq!(normalize("ＡＢＣ１２３　Ｇ２０"), "abc123 g20");
        assert_eq!(terms("２０２６年"), chars("2026年"));
        // Compatibility ideographs fold to their unified forms.
        assert_eq!(normalize("\u{F900}"), "\u{8C48}");
    }

    #[test]
    fn fast_normalize_equals_reference() {
        let samples = [
            "e\u{301}tude Ａbc，中文。“引号”",
            "Ｅ\u{301}中\u{301}a\u{308}",
            "ＡＢＣ１２３　Ｇ２０ 한국어 ﾊﾝｶｸ ㍿ ﬁ \u{F900}",
            "中\u{3099}か\u{3099}は\u{309A}",
            "ΣΑΣ naïve café Straße İ",
            "",
            "news\u{AD}paper e\u{AD}\u{301} 葛\u{E0100}城 ❤\u{FE0F} \u{FEFF}中 I\u{307}STANBUL ΟΔΥΣΣΕΑΣ",
        ];
        for s in samples {
            assert_eq!(normalize(s), normalize_reference(s), "{s:?}");
        }
        // Every pair of characters from a mixed alphabet.
        let alphabet: Vec<char> =
            "aZ1 ，。、“”中豈Ａｚ（！　\u{301}\u{308}\u{3099}ｶﾞÉσΣς㍿ﬁ\u{1100}\u{1161}가《】—·ŀ…\u{AD}\u{200B}\u{FE0F}İI😀"
                .chars()
                .collect();
        for &a in &alphabet {
            for &b in &alphabet {
                for &c in &alphabet {
                    let s: String = [a, b, c].iter().collect();
                    assert_eq!(normalize(&s), normalize_reference(&s), "{s:?}");
                }
            }
        }
    }

    #[test]
    fn fast_paths_agree_with_the_unicode_definitions() {
        for c in (0u32..0x3_0000).filter_map(char::from_u32).filter(|&c| is_common_han(c) || is_common_cjk_mark(c)) {
            let one = c.to_string();
            assert_eq!(normalize_reference(&one), one, "{c:?} is its own NFKC form and lower case");
            assert!(unicode_normalization::char::canonical_combining_class(c) == 0, "{c:?} is a starter");
            let slow = if c.is_alphanumeric() {
                Class::Word
            } else if c.is_whitespace() {
                Class::Space
            } else if c.is_control() {
                Class::Other
            } else {
                Class::Mark
            };
            assert_eq!(class(c), if is_han(c) { Class::Han } else { slow }, "{c:?}");
        }
    }

    #[test]
    fn grams_are_their_units_characters() {
        let units = tokenize("2026年3月发展 new york");
        assert_eq!(gram_term(&units[..3]), "202");
        assert_eq!(gram_term(&units[4..7]), "年3月");
        assert_eq!(gram_term(&units[units.len() - 6..units.len() - 3]), "w y");
    }

    /// The index's codes are the units, a break as [`UnitCodes::BREAK`].
    #[test]
    fn unit_codes_are_the_units() {
        for s in ["鹤壁日报 G20峰会", "  ，，中  ", "增长3.5%。10:30 a.m.", "new \n york", "", "a\u{1}b\u{1}\u{1}c "]
        {
            let norm = normalize(s);
            let mut codes = Vec::new();
            push_units(&norm, &mut UnitCodes(&mut codes));
            let units: Vec<u32> = tokenize(&norm)
                .iter()
                .map(|u| match u {
                    Unit::Char(c) => *c as u32,
                    Unit::Break => UnitCodes::BREAK,
                })
                .collect();
            assert_eq!(codes, units, "{s:?}");
        }
    }

    #[test]
    fn breaks_never_lead_or_repeat() {
        assert_eq!(terms("  ，，中  "), ["中", "|"]);
        assert!(terms("").is_empty());
    }
}
