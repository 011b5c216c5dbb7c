//! The importer's fixture pages, shared by the golden and the column-layout tests.

use std::path::PathBuf;

/// Every fixture page (`tests/fixtures/import/pages/*.txt`) in name order:
/// (file stem, decoded text).
pub fn fixture_pages() -> Vec<(String, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import/pages");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    files
        .into_iter()
        .map(|f| {
            let name = f.file_stem().unwrap().to_str().unwrap().to_string();
            (name, gazette::import::decode(&std::fs::read(&f).unwrap(), &f).unwrap())
        })
        .collect()
}
