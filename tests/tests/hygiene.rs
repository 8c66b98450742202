//! Rules the fixtures themselves must keep, so that the suite stays what it claims to be:
//! invented text (never a copy of `../shared`), small files, the bundled example kept in one
//! place, and the byte-level features (CRLF, NBSP) that git or an editor could silently lose.

use minutes_tests::fixtures::{fixtures_dir, project_fixtures, read_gold, repo_root, shared_dir};

/// Lines at least this long that also occur in a shared document count as copied; shorter
/// ones are the layouts' own stock markers ("Minutes:", "... view the full minutes text").
const COPIED_LINE: usize = 50;

#[test]
fn fixtures_are_small_utf8_files_with_well_formed_gold() {
    for fixture in project_fixtures() {
        let bytes = std::fs::read(&fixture.text).unwrap();
        assert!(
            (1024..=6 * 1024).contains(&bytes.len()),
            "{} is {} bytes; fixtures are kept between 1 and 6 KB",
            fixture.name,
            bytes.len()
        );
        assert!(
            std::str::from_utf8(&bytes).is_ok(),
            "{} is not UTF-8",
            fixture.name
        );
        let gold = read_gold(&fixture.gold);
        for key in [
            "family",
            "complete",
            "committee",
            "date",
            "status",
            "chair",
            "present",
            "apologies",
            "items",
        ] {
            assert!(
                gold.get(key).is_some(),
                "{}: gold has no {key:?}",
                fixture.name
            );
        }
        for item in gold["items"].as_array().expect("items is a list") {
            assert!(
                item["resolutions"].is_u64(),
                "{}: {item} needs a resolution count",
                fixture.name
            );
            assert!(
                item["truncated"].is_boolean(),
                "{}: {item} needs truncated",
                fixture.name
            );
        }
    }
}

#[test]
fn the_bundled_example_has_one_copy() {
    assert!(repo_root()
        .join("examples/harbourside-planning.txt")
        .is_file());
    assert!(
        !fixtures_dir().join("harbourside-planning.txt").exists(),
        "the example is read from examples/; a second copy in tests/fixtures would drift"
    );
}

#[test]
fn byte_level_features_survive_checkout() {
    let crlf = std::fs::read_to_string(fixtures_dir().join("little-ashcombe-parish.txt")).unwrap();
    assert!(
        crlf.contains("\r\n") && !crlf.replace("\r\n", "").contains('\n'),
        "CRLF fixture lost its line endings"
    );
    let example =
        std::fs::read_to_string(repo_root().join("examples/harbourside-planning.txt")).unwrap();
    assert!(
        example.contains('\u{a0}'),
        "the example lost its non-breaking spaces"
    );
    assert!(example.contains('’') && example.contains('£'));
}

#[test]
fn fixtures_copy_no_line_from_shared() {
    let mut shared = String::new();
    for folder in ["seeds", "corpus"] {
        let dir = shared_dir(folder);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            println!("skipped: ../shared/{folder} is absent");
            continue;
        };
        for entry in entries.flatten() {
            if entry.path().extension().is_some_and(|e| e == "txt") {
                shared.push_str(&std::fs::read_to_string(entry.path()).unwrap_or_default());
                shared.push('\n');
            }
        }
    }
    if shared.is_empty() {
        return;
    }
    let mut copied = Vec::new();
    for fixture in project_fixtures() {
        let text = std::fs::read_to_string(&fixture.text).unwrap();
        for line in text.lines().map(str::trim) {
            if line.chars().count() >= COPIED_LINE && shared.contains(line) {
                copied.push(format!("{}: {line}", fixture.name));
            }
        }
    }
    assert!(
        copied.is_empty(),
        "fixture lines copied from ../shared:\n{}",
        copied.join("\n")
    );
}
