//! Index step, part 1: text → normalised units (Han characters and words) and
//! the term strings indexed for them.
//!
//! A *unit* is one Han (or kana/hangul) character or one word (a run of other
//! letters and digits). Units follow each other inside a *run*; punctuation,
//! field ends and whitespace next to Han break a run, while whitespace between
//! two words keeps it (so `new york` is a phrase). Terms are single units,
//! pairs and triples of neighbouring units of a run: a query of up to three
//! units is one term, a longer one the triples that cover it, and `3月`
//! (word `3` + `月`) is one pair, found even though digits and Han are
//! different kinds of unit. The browser engine (engine.js)
//! implements the same rules; a test runs both on the same strings.

use unicode_normalization::UnicodeNormalization;

/// NFKC (which also maps full-width ASCII to half-width) then lower case.
///
/// Fast path: ASCII and the common CJK characters (unified ideographs, `、`,
/// `。`, curly quotes) are their own NFKC form, start no composition and
/// compose with nothing before them, so a character of that set followed by
/// another (or the end) is copied as is; only the stretches between such
/// characters go through the full NFKC algorithm. Equal to
/// [`normalize_reference`] (a test checks).
pub fn normalize(s: &str) -> String {
    fn stable(c: char) -> bool {
        c.is_ascii() || matches!(c as u32, 0x4E00..=0x9FFF | 0x3001..=0x3002 | 0x2018..=0x2019 | 0x201C..=0x201D)
    }
    let mut out = String::with_capacity(s.len());
    let mut pending: Option<usize> = None;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let next_stable = it.peek().is_none_or(|&(_, n)| stable(n));
        if stable(c) && next_stable {
            if let Some(p) = pending.take() {
                out.extend(s[p..i].nfkc().flat_map(char::to_lowercase));
            }
            out.push(c.to_ascii_lowercase());
        } else if pending.is_none() {
            pending = Some(i);
        }
    }
    if let Some(p) = pending {
        out.extend(s[p..].nfkc().flat_map(char::to_lowercase));
    }
    out
}

/// The definition [`normalize`] implements faster.
pub fn normalize_reference(s: &str) -> String {
    s.nfkc().flat_map(char::to_lowercase).collect()
}

/// Characters indexed one by one and in pairs: CJK ideographs, kana, hangul.
pub fn is_han(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF
        | 0xF900..=0xFAFF | 0x20000..=0x3134F)
}

/// Characters that make up words (Latin, digits, other scripts' letters).
pub fn is_word_char(c: char) -> bool {
    !is_han(c) && c.is_alphanumeric()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit<'a> {
    Han(char),
    Word(&'a str),
    /// The end of a run: units on either side are not neighbours.
    Break,
}

/// Splits normalised text into units. Never starts with a `Break` and never
/// has two in a row (so positions stay dense).
pub fn tokenize(norm: &str) -> Vec<Unit<'_>> {
    let mut out = Vec::with_capacity(norm.len() / 3 + 1);
    push_units(norm, &mut out);
    out
}

/// Appends the units of `norm` to `out` (used to join fields with breaks).
pub fn push_units<'a>(norm: &'a str, out: &mut Vec<Unit<'a>>) {
    let bytes = norm.char_indices().collect::<Vec<_>>();
    let mut i = 0;
    // Whitespace seen since the last unit: it joins two words, breaks anything else.
    let mut pending_space = false;
    while i < bytes.len() {
        let (at, c) = bytes[i];
        if is_han(c) {
            if pending_space {
                push_break(out);
            }
            pending_space = false;
            out.push(Unit::Han(c));
            i += 1;
        } else if is_word_char(c) {
            let mut j = i;
            while j < bytes.len() && is_word_char(bytes[j].1) {
                j += 1;
            }
            let end = if j < bytes.len() { bytes[j].0 } else { norm.len() };
            if pending_space && !matches!(out.last(), Some(Unit::Word(_))) {
                push_break(out);
            }
            pending_space = false;
            out.push(Unit::Word(&norm[at..end]));
            i = j;
        } else if c.is_whitespace() {
            pending_space = true;
            i += 1;
        } else {
            pending_space = false;
            push_break(out);
            i += 1;
        }
    }
    if pending_space {
        push_break(out);
    }
}

pub fn push_break(out: &mut Vec<Unit<'_>>) {
    if !matches!(out.last(), None | Some(Unit::Break)) {
        out.push(Unit::Break);
    }
}

/// The term string of one unit.
pub fn single_term(u: Unit<'_>) -> String {
    match u {
        Unit::Han(c) => c.to_string(),
        Unit::Word(w) => w.to_string(),
        Unit::Break => String::new(),
    }
}

/// The term string of two neighbouring units: `发展`, `3 月`, `new york`.
/// Words never hold spaces or Han, so the forms cannot collide.
pub fn pair_term(a: Unit<'_>, b: Unit<'_>) -> String {
    match (a, b) {
        (Unit::Han(x), Unit::Han(y)) => [x, y].iter().collect(),
        _ => format!("{} {}", single_term(a), single_term(b)),
    }
}

/// The term string of neighbouring units (one, two or three): Han
/// characters join directly, anything next to a word with a space
/// (`发展`, `3 月`, `new york`, `2026 年 3`). Words never hold spaces or Han,
/// and the number of units tells terms of one length from another, so the
/// forms cannot collide.
pub fn gram_term(units: &[Unit<'_>]) -> String {
    let mut s = String::new();
    for (i, &u) in units.iter().enumerate() {
        if i > 0 && !(matches!(units[i - 1], Unit::Han(_)) && matches!(u, Unit::Han(_))) {
            s.push(' ');
        }
        s.push_str(&single_term(u));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(s: &str) -> Vec<String> {
        let norm = normalize(s);
        tokenize(&norm)
            .iter()
            .map(|u| match u {
                Unit::Han(c) => c.to_string(),
                Unit::Word(w) => format!("<{w}>"),
                Unit::Break => "|".into(),
            })
            .collect()
    }

    #[test]
    fn han_characters_are_units() {
        assert_eq!(terms("鹤壁日报"), ["鹤", "壁", "日", "报"]);
        assert_eq!(pair_term(Unit::Han('鹤'), Unit::Han('壁')), "鹤壁");
    }

    #[test]
    fn punctuation_and_space_between_han_break_runs() {
        assert_eq!(terms("发展，改革 创新"), ["发", "展", "|", "改", "革", "|", "创", "新"]);
    }

    #[test]
    fn latin_words_lower_cased_and_joined_by_space() {
        assert_eq!(terms("New  York, G20"), ["<new>", "<york>", "|", "<g20>"]);
        assert_eq!(pair_term(Unit::Word("new"), Unit::Word("york")), "new york");
    }

    #[test]
    fn digits_next_to_han_are_neighbours() {
        assert_eq!(terms("2026年3月5日"), ["<2026>", "年", "<3>", "月", "<5>", "日"]);
        assert_eq!(pair_term(Unit::Word("3"), Unit::Han('月')), "3 月");
    }

    #[test]
    fn mixed_words_and_han() {
        assert_eq!(terms("G20峰会 在 杭州"), ["<g20>", "峰", "会", "|", "在", "|", "杭", "州"]);
        assert_eq!(terms("abc 中文"), ["<abc>", "|", "中", "文"]);
    }

    #[test]
    fn nfkc_full_width_to_half_width() {
        assert_eq!(normalize("ＡＢＣ１２３　Ｇ２０"), "abc123 g20");
        assert_eq!(terms("２０２６年"), ["<2026>", "年"]);
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
        ];
        for s in samples {
            assert_eq!(normalize(s), normalize_reference(s), "{s:?}");
        }
        // Every pair of characters from a mixed alphabet.
        let alphabet: Vec<char> = "aZ1 ，。、“”中豈\u{301}\u{308}\u{3099}ｶﾞÉσΣ㍿ﬁ\u{1100}\u{1161}가".chars().collect();
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
    fn grams_join_han_directly_and_words_with_spaces() {
        let units = tokenize("2026年3月发展");
        assert_eq!(gram_term(&units[..3]), "2026 年 3");
        assert_eq!(gram_term(&units[3..6]), "月发展");
        for w in units.windows(2) {
            assert_eq!(gram_term(w), pair_term(w[0], w[1]));
        }
    }

    #[test]
    fn breaks_never_lead_or_repeat() {
        assert_eq!(terms("  ，，中  "), ["中", "|"]);
        assert!(terms("").is_empty());
    }
}
