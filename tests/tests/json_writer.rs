//! The core's compact JSON writer (`minutes::to_json`), which every surface uses, must write
//! exactly what `serde_json::to_string` writes: checked on every fixture and, where
//! `../shared` exists, every seed and corpus document (the real text: names with quotes,
//! tabs, non-ASCII).

use minutes_tests::fixtures::{project_fixtures, shared_dir};
use std::path::PathBuf;

/// Every fixture's text, and every `*.txt` of `../shared/seeds` and `../shared/corpus`.
fn texts() -> Vec<PathBuf> {
    let mut texts: Vec<PathBuf> = project_fixtures().into_iter().map(|f| f.text).collect();
    for folder in ["seeds", "corpus"] {
        let dir = shared_dir(folder);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            println!("skipped: ../shared/{folder} is absent");
            continue;
        };
        let mut found: Vec<PathBuf> = entries
            .map(|e| e.expect("a readable directory entry").path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        found.sort();
        texts.extend(found);
    }
    texts
}

#[test]
fn to_json_is_serde_jsons_compact_output_on_every_real_document() {
    let texts = texts();
    assert!(!texts.is_empty());
    for path in texts {
        let bytes = std::fs::read(&path).expect("a readable document");
        let options = minutes::ParseOptions::new().lossy(true);
        let doc = minutes::parse_bytes(&bytes, &options).expect("no limits are set");
        let theirs = serde_json::to_string(&doc).expect("a Document serialises");
        assert!(
            minutes::to_json(&doc) == theirs,
            "{} differs",
            path.display()
        );
        let generic = minutes::to_json_string(&doc).expect("a Document serialises");
        assert!(generic == theirs, "{} differs", path.display());
    }
}
