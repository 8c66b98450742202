//! Line endings are not content: a document saved with CRLF or a lone CR instead of LF (or
//! the other way round) must score exactly as it does as published. Checked on every fixture and, where
//! `../shared` exists, every seed and corpus document, against its own gold file.

use minutes_tests::fixtures::{every_document, read_gold};
use minutes_tests::score::{score_doc, DocScore};

fn score_text(text: &str, gold: &serde_json::Value) -> DocScore {
    let doc = serde_json::to_value(minutes::parse(text)).expect("a document serialises");
    score_doc(gold, &doc)
}

/// The counters only: the misses differ in nothing but wording when the counters agree.
fn counters(s: &DocScore) -> [usize; 11] {
    [
        s.item_tp,
        s.item_gold,
        s.item_got,
        s.trunc_ok,
        s.res_ok,
        s.matched,
        s.field_ok,
        s.field_n,
        s.name_tp,
        s.name_gold,
        s.name_got,
    ]
}

#[test]
fn line_endings_do_not_change_the_score() {
    let mut changed = Vec::new();
    for doc in every_document() {
        let text = std::fs::read_to_string(&doc.text).expect("documents are UTF-8");
        let gold = read_gold(&doc.gold);
        let lf = text.replace("\r\n", "\n");
        let a = score_text(&lf, &gold);
        // Windows's CRLF, and old Mac text's carriage return alone.
        for (ending, other) in [("CRLF", "\r\n"), ("CR", "\r")] {
            let b = score_text(&lf.replace('\n', other), &gold);
            if counters(&a) != counters(&b) {
                println!("{}: LF {}", doc.name, a.line(""));
                println!("{}: {ending} {}", doc.name, b.line(""));
                for m in b.misses.iter().filter(|m| !a.misses.contains(m)) {
                    println!(
                        "    with {ending} only: {}: expected {}, got {}",
                        m.field, m.expected, m.got
                    );
                }
                changed.push(format!("{} ({ending})", doc.name));
            }
        }
    }
    assert!(
        changed.is_empty(),
        "line endings change the score of: {}",
        changed.join(", ")
    );
}
