//! Test and benchmark support: a synthetic archive generator (hidden
//! `gazette generate`), drawing sentences from the sample pages.

pub fn generate(_out: &std::path::Path, _articles: usize, _seed: u64) -> crate::Result<usize> {
    Err(crate::Error::other("not built yet"))
}
