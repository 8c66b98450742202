//! The fixtures: every `tests/fixtures/NAME.gold.json` must be scored perfectly, and every
//! full parse must equal its snapshot `tests/fixtures/NAME.json`.
//!
//! Run `MINUTES_BLESS=1 cargo test -p minutes-tests --test golden` to rewrite the snapshots
//! after an intended change, then read their diff before committing.

use minutes_tests::fixtures::{parse_file, project_fixtures, read_gold};
use minutes_tests::score::score_doc;
use minutes_tests::snapshot::{self, Outcome};

#[test]
fn there_are_fixtures_for_every_layout() {
    let fixtures = project_fixtures();
    assert!(fixtures.len() >= 14, "only {} fixtures", fixtures.len());
    let mut families: Vec<String> = fixtures
        .iter()
        .map(|f| {
            read_gold(&f.gold)["family"]
                .as_str()
                .unwrap_or("")
                .to_string()
        })
        .collect();
    families.sort();
    families.dedup();
    for family in [
        "moderngov-listing",
        "moderngov-item",
        "printed",
        "cmis",
        "flattened",
        "other",
    ] {
        assert!(
            families.iter().any(|f| f == family),
            "no fixture of family {family}"
        );
    }
    let example = fixtures.iter().find(|f| f.name == "harbourside-planning");
    let example = example.expect("the bundled example is a fixture");
    assert!(example.text.ends_with("examples/harbourside-planning.txt"));
}

#[test]
fn fixtures_match_their_gold_files() {
    let mut failing = Vec::new();
    for fixture in project_fixtures() {
        let gold = read_gold(&fixture.gold);
        let Some(doc) = parse_file(&fixture.text) else {
            println!("{}: the parser panicked", fixture.name);
            failing.push(fixture.name.clone());
            continue;
        };
        let score = score_doc(&gold, &doc);
        println!("{}", score.line(&fixture.name));
        if score.is_perfect() {
            continue;
        }
        for miss in &score.misses {
            println!(
                "    {}: {}: expected {}, got {}",
                fixture.name, miss.field, miss.expected, miss.got
            );
        }
        failing.push(fixture.name.clone());
    }
    assert!(
        failing.is_empty(),
        "{} fixture(s) differ from their gold files (misses printed above): {}",
        failing.len(),
        failing.join(", ")
    );
}

#[test]
fn fixtures_match_their_snapshots() {
    let bless = snapshot::blessing();
    let mut failing = Vec::new();
    for fixture in project_fixtures() {
        let text = std::fs::read_to_string(&fixture.text).expect("fixtures are UTF-8");
        let doc = minutes::parse(&text);
        let json = serde_json::to_string_pretty(&doc).expect("a document serialises") + "\n";
        match snapshot::check(&fixture.snapshot(), &json, bless) {
            Outcome::Same => {}
            Outcome::Written => println!("{}: snapshot written", fixture.name),
            Outcome::Missing => {
                println!(
                    "{}: no snapshot {}",
                    fixture.name,
                    fixture.snapshot().display()
                );
                failing.push(fixture.name.clone());
            }
            Outcome::Differs(report) => {
                println!(
                    "{}: output differs from {}\n{report}",
                    fixture.name,
                    fixture.snapshot().display()
                );
                failing.push(fixture.name.clone());
            }
        }
    }
    assert!(
        failing.is_empty(),
        "{} snapshot(s) differ (printed above); if the change is intended, rerun with {}=1 and review the diff: {}",
        failing.len(),
        snapshot::BLESS_VAR,
        failing.join(", ")
    );
}
