//! Index step, reference: what a query must find, by plain scanning. The
//! recall test and the search benchmark compare the index against this, so
//! both use one definition.

use super::SearchDoc;
use super::tokenize::{is_word_char, normalize};

/// The fields the engine searches, normalised, with field ends as breaks.
pub fn searchable(d: &SearchDoc) -> String {
    [d.title.as_str(), d.subtitle.as_deref().unwrap_or(""), &d.reporters.join("\u{1}"), &d.tags.join("\u{1}"), &d.text]
        .iter()
        // Phrases match across any run of whitespace.
        .map(|f| normalize(f).split_whitespace().collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join("\u{1}")
}

/// Plain scan of a `searchable` text for a normalised query: Han matches any
/// substring; a query starting or ending with a letter or digit must start
/// or end at a word boundary there.
pub fn contains(text: &str, q: &str) -> bool {
    let starts_word = q.chars().next().is_some_and(is_word_char);
    let ends_word = q.chars().last().is_some_and(is_word_char);
    if !starts_word && !ends_word {
        return text.contains(q);
    }
    text.match_indices(q).any(|(at, m)| {
        let before = text[..at].chars().next_back();
        let after = text[at + m.len()..].chars().next();
        !(starts_word && before.is_some_and(is_word_char) || ends_word && after.is_some_and(is_word_char))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_match_at_boundaries_han_anywhere() {
        assert!(contains("g20 峰会", "g20"));
        assert!(!contains("2026年", "20"));
        assert!(contains("科技服务业", "服务"));
    }
}
