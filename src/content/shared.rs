//! Load step, part 4: text an article's info keeps without a string of its
//! own — a slice of the load cache's file, which the cache maps and keeps.

use std::sync::Arc;

/// Bytes held by something shared: the load cache's mapped file.
pub type SharedBytes = Arc<dyn AsRef<[u8]> + Send + Sync>;

/// A string of its own, or a slice of shared bytes checked as UTF-8.
///
/// An incremental build reads every article's summary from the load cache
/// and shows a few dozen: copying all of them into strings of their own
/// (10,000 allocations and 3.6 MB of fresh memory at 10,000 articles) was
/// a third of its load step.
#[derive(Clone)]
pub struct SharedText(Repr);

#[derive(Clone)]
enum Repr {
    Own(String),
    Slice(SharedBytes, std::ops::Range<usize>),
}

impl SharedText {
    /// `bytes[range]`, if it is UTF-8 text.
    pub fn slice(bytes: SharedBytes, range: std::ops::Range<usize>) -> Option<SharedText> {
        simdutf8::basic::from_utf8((*bytes).as_ref().get(range.clone())?).ok()?;
        Some(SharedText(Repr::Slice(bytes, range)))
    }

    pub fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Own(s) => s,
            // Checked when made, and the bytes do not change (the cache's
            // file is never written in place): this check cannot fail.
            Repr::Slice(b, r) => simdutf8::basic::from_utf8(&(**b).as_ref()[r.clone()]).unwrap_or_default(),
        }
    }
}

impl Default for SharedText {
    fn default() -> Self {
        SharedText(Repr::Own(String::new()))
    }
}

impl From<String> for SharedText {
    fn from(s: String) -> Self {
        SharedText(Repr::Own(s))
    }
}

impl From<&str> for SharedText {
    fn from(s: &str) -> Self {
        SharedText(Repr::Own(s.to_string()))
    }
}

impl std::ops::Deref for SharedText {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq for SharedText {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl PartialEq<&str> for SharedText {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl std::fmt::Debug for SharedText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

impl std::fmt::Display for SharedText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slice_is_its_bytes_and_must_be_text() {
        let bytes: SharedBytes = Arc::new(Vec::from("摘要：正文".as_bytes()));
        let s = SharedText::slice(bytes.clone(), 9..15).unwrap();
        assert_eq!(s, "正文");
        assert_eq!(s, SharedText::from("正文"));
        assert_eq!(format!("{s}|{s:?}"), "正文|\"正文\"");
        // Inside a character, or past the end: no text.
        assert!(SharedText::slice(bytes.clone(), 1..6).is_none());
        assert!(SharedText::slice(bytes, 9..16).is_none());
    }
}
