//! The core's JSON writer (`minutes::to_json`, `to_json_pretty`), which every surface uses,
//! must write exactly what `serde_json::to_string` (`to_string_pretty`) writes: checked on
//! every fixture and, where `../shared` exists, every seed and corpus document (the real
//! text: names with quotes, tabs, non-ASCII).

use minutes_tests::fixtures::every_document;

#[test]
fn to_json_is_serde_jsons_output_on_every_real_document() {
    let docs = every_document();
    assert!(!docs.is_empty());
    for path in docs.into_iter().map(|d| d.text) {
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
        let theirs = serde_json::to_string_pretty(&doc).expect("a Document serialises");
        assert!(
            minutes::to_json_pretty(&doc) == theirs,
            "{} differs (pretty)",
            path.display()
        );
    }
}
