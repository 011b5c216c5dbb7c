//! Index step, reference: what a query must find, by plain scanning. The
//! recall test and the search benchmark compare the index against this, so
//! both use one definition.

use super::SearchDoc;
use super::tokenize::{is_word_char, normalize};

/// The fields the engine searches, normalised, field ends as breaks
/// (`\u{1}`), and whitespace as the index sees it: one space between two
/// letters or digits (phrases match across any run of whitespace there), a
/// break anywhere else.
pub fn searchable(d: &SearchDoc) -> String {
    [d.title.as_str(), d.subtitle.as_deref().unwrap_or(""), &d.reporters.join("\u{1}"), &d.tags.join("\u{1}"), &d.text]
        .iter()
        .map(|f| with_breaks(&normalize(f)))
        .collect::<Vec<_>>()
        .join("\u{1}")
}

fn with_breaks(norm: &str) -> String {
    let mut out = String::with_capacity(norm.len());
    let mut space = false;
    for c in norm.chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            let joins = out.chars().next_back().is_some_and(is_word_char) && is_word_char(c);
            out.push(if joins { ' ' } else { '\u{1}' });
        }
        space = false;
        out.push(c);
    }
    out
}

/// Brackets, quotes and sentence punctuation that the engine (engine.js
/// `EDGE`) drops from both ends of each of a query's runs, and `.` from
/// the end: `G20,`, `(G20)`, `“G20”` and `G20.` look for `g20`, as a reader
/// who typed or pasted them means. Marks inside a run stay (`3.5%`, `10:30`),
/// and so does a leading `.` (`.NET`, `.5`).
pub const QUERY_EDGE: &str = ",;:!?\u{A1}\u{BF}、。・()[]{}«»‹›\u{2018}\u{2019}\u{201A}\u{201B}\u{201C}\u{201D}\u{201E}\u{201F}'「」『』〈〉《》【】〔〕〖〗〘〙〚〛";

/// A normalised query of one run as the engine looks for it: without the
/// [`QUERY_EDGE`] characters at its ends (nor `.` at its end).
pub fn trim_query(norm: &str) -> &str {
    norm.trim_start_matches(|c| QUERY_EDGE.contains(c)).trim_end_matches(|c| c == '.' || QUERY_EDGE.contains(c))
}

/// Plain substring scan of a `searchable` text for a normalised query, as
/// issue 4's recall target defines it: Han, words and numbers alike match
/// anywhere (`20` in `2026`).
pub fn contains(text: &str, q: &str) -> bool {
    text.contains(q)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_numbers_match_anywhere_like_han() {
        assert!(contains("g20 峰会", "g20"));
        assert!(contains("2026年", "20"));
        assert!(contains("科技服务业", "服务"));
    }

    #[test]
    fn whitespace_joins_words_and_breaks_elsewhere() {
        assert_eq!(with_breaks("new \n york 在 g20  峰会"), "new york\u{1}在\u{1}g20\u{1}峰会");
        assert_eq!(with_breaks("  a  "), "a");
        // Leading whitespace is dropped, not carried to the next word.
        assert_eq!(with_breaks(" ab c"), "ab c");
    }
}
