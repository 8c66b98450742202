//! The Rust scorer prints exactly what `shared/tools/score_corpus.py -v` printed on the
//! hand-made outputs in `tests/scorer-check` (regenerate `expected.txt` with its
//! `check.sh`). The cases exercise what the port could get wrong: title prefixes, brackets
//! and curly quotes in names, Jaccard on either side of 0.8, numbers with dots and spaces,
//! gold items without titles, out-of-order output, a document whose output is not JSON, and
//! the rounding of the summary.

use minutes_tests::fixtures::{gold_pairs, read_gold, repo_root};
use minutes_tests::score::{score_doc, Totals};

#[test]
fn rust_scorer_prints_what_the_python_script_printed() {
    let dir = repo_root().join("tests").join("scorer-check");
    let mut lines = Vec::new();
    let mut failed = Vec::new();
    let mut totals = Totals::default();
    for case in gold_pairs(&dir, None).expect("scorer-check cases") {
        let gold = read_gold(&case.gold);
        let out = std::fs::read_to_string(dir.join(format!("{}.out.json", case.name))).unwrap();
        let file = format!("{}.txt", case.name);
        let doc = serde_json::from_str(&out).unwrap_or_else(|_| {
            failed.push(format!("failed: {file} (exit 0, no JSON)"));
            serde_json::json!({})
        });
        let score = score_doc(&gold, &doc);
        lines.push(score.line(&file));
        lines.extend(score.script_misses.iter().map(|m| format!("    miss: {m}")));
        totals.add(&score);
    }
    totals.failed = failed.len();
    lines.extend(failed);
    lines.push(totals.summary().headline());
    let expected = std::fs::read_to_string(dir.join("expected.txt")).unwrap();
    let expected: Vec<&str> = expected.lines().collect();
    assert_eq!(lines, expected);
}
