//! Scores the real documents in `../shared/seeds` and `../shared/corpus` with the same rules
//! as `shared/tools/score_corpus.py`, prints the script's lines and summary, and holds the
//! project's floors. The folders are not part of the repository: without them the tests say
//! so and pass.

use minutes_tests::fixtures::{gold_pairs, parse_file, read_gold, shared_dir};
use minutes_tests::score::{score_doc, Totals};

/// Scores one shared folder and holds it to `floors`; says "skipped" when it is absent.
/// The report is printed in one piece so that the two folders' reports do not interleave.
fn score_folder(name: &str, floors: &[(&str, f64)]) {
    use std::fmt::Write;
    let dir = shared_dir(name);
    if !dir.is_dir() {
        println!("skipped: ../shared/{name} is absent");
        return;
    }
    let docs = gold_pairs(&dir, None).unwrap_or_else(|e| panic!("{e}"));
    assert!(!docs.is_empty(), "no gold files in {}", dir.display());
    let mut totals = Totals::default();
    let mut report = String::new();
    for doc in docs {
        let gold = read_gold(&doc.gold);
        let output = parse_file(&doc.text).unwrap_or_else(|| {
            totals.failed += 1;
            serde_json::json!({})
        });
        let score = score_doc(&gold, &output);
        let file = doc.text.file_name().and_then(|f| f.to_str()).unwrap_or("?");
        writeln!(report, "{}", score.line(file)).unwrap();
        for miss in &score.script_misses {
            writeln!(report, "    miss: {miss}").unwrap();
        }
        totals.add(&score);
    }
    let summary = totals.summary();
    writeln!(report, "../shared/{name}: {}", summary.headline()).unwrap();
    print!("{report}");
    let short = summary.below(floors);
    assert!(
        short.is_empty() && summary.failed == 0,
        "../shared/{name} is below the bar: {} (failed {})",
        short.join("; "),
        summary.failed
    );
}

#[test]
fn seeds_are_parsed_perfectly() {
    score_folder(
        "seeds",
        &[
            ("items_f1", 1.0),
            ("fields", 1.0),
            ("names_f1", 1.0),
            ("truncated_acc", 1.0),
            ("resolutions_acc", 1.0),
        ],
    );
}

#[test]
fn corpus_stays_above_its_floors() {
    score_folder(
        "corpus",
        &[
            ("items_f1", 0.97),
            ("fields", 0.95),
            ("names_f1", 0.95),
            ("truncated_acc", 0.97),
            ("resolutions_acc", 0.90),
        ],
    );
}
