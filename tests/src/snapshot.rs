//! JSON snapshots of the full parse: any change of output shows up in review as a diff of
//! `tests/fixtures/NAME.json`, and `MINUTES_BLESS=1` accepts the new output.

use std::path::Path;

/// The environment variable that turns comparing into rewriting.
pub const BLESS_VAR: &str = "MINUTES_BLESS";

/// Whether `MINUTES_BLESS=1` is set.
pub fn blessing() -> bool {
    std::env::var(BLESS_VAR).is_ok_and(|v| v == "1")
}

/// What happened to one snapshot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Same,
    Written,
    /// The snapshot differs; the text is a readable report of the first differences.
    Differs(String),
    Missing,
}

/// Compares `actual` with the snapshot at `path`, or rewrites it when `bless` is set.
pub fn check(path: &Path, actual: &str, bless: bool) -> Outcome {
    let expected = std::fs::read_to_string(path).ok();
    if expected.as_deref() == Some(actual) {
        return Outcome::Same;
    }
    if bless {
        std::fs::write(path, actual)
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
        return Outcome::Written;
    }
    match expected {
        None => Outcome::Missing,
        Some(expected) => Outcome::Differs(first_differences(&expected, actual, 12)),
    }
}

/// The first differing region of two texts, line by line: the common prefix and suffix are
/// skipped, and up to `max_lines` lines of each side of what lies between are shown with
/// their line numbers ("-" for the snapshot, "+" for the new output).
pub fn first_differences(expected: &str, actual: &str, max_lines: usize) -> String {
    let old: Vec<&str> = expected.lines().collect();
    let new: Vec<&str> = actual.lines().collect();
    let prefix = old.iter().zip(&new).take_while(|(a, b)| a == b).count();
    let suffix = old[prefix..]
        .iter()
        .rev()
        .zip(new[prefix..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let old_mid = &old[prefix..old.len() - suffix];
    let new_mid = &new[prefix..new.len() - suffix];
    let mut out = format!(
        "first difference at line {} ({} snapshot line(s) replaced by {} new line(s)):\n",
        prefix + 1,
        old_mid.len(),
        new_mid.len()
    );
    if prefix > 0 {
        out.push_str(&format!("  {:>5}   {}\n", prefix, old[prefix - 1]));
    }
    for (i, line) in old_mid.iter().enumerate().take(max_lines) {
        out.push_str(&format!("- {:>5}   {}\n", prefix + i + 1, line));
    }
    if old_mid.len() > max_lines {
        out.push_str(&format!("- ... {} more\n", old_mid.len() - max_lines));
    }
    for (i, line) in new_mid.iter().enumerate().take(max_lines) {
        out.push_str(&format!("+ {:>5}   {}\n", prefix + i + 1, line));
    }
    if new_mid.len() > max_lines {
        out.push_str(&format!("+ ... {} more\n", new_mid.len() - max_lines));
    }
    if expected.lines().eq(actual.lines()) {
        out.push_str("(the texts differ only in line endings or a final newline)\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_the_first_differing_lines_with_numbers() {
        let report = first_differences("a\nb\nc\nd\n", "a\nB\nc\nd\n", 5);
        assert!(
            report.starts_with(
                "first difference at line 2 (1 snapshot line(s) replaced by 1 new line(s))"
            ),
            "{report}"
        );
        assert!(
            report.contains("-     2   b\n") && report.contains("+     2   B\n"),
            "{report}"
        );
        assert!(!report.contains("   d"), "{report}");
    }

    #[test]
    fn reports_insertions_and_truncates_long_runs() {
        let report = first_differences("x\n", "x\n1\n2\n3\n", 2);
        assert!(
            report.contains("0 snapshot line(s) replaced by 3 new line(s)"),
            "{report}"
        );
        assert!(report.contains("+ ... 1 more"), "{report}");
    }

    #[test]
    fn notices_line_ending_only_changes() {
        let report = first_differences("a\nb", "a\nb\n", 5);
        assert!(report.contains("only in line endings"), "{report}");
    }

    #[test]
    fn check_writes_only_when_blessing() {
        let dir = std::env::temp_dir().join(format!("minutes-snapshot-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("x.json");
        let _ = std::fs::remove_file(&path);
        assert_eq!(check(&path, "1\n", false), Outcome::Missing);
        assert_eq!(check(&path, "1\n", true), Outcome::Written);
        assert_eq!(check(&path, "1\n", false), Outcome::Same);
        assert!(matches!(check(&path, "2\n", false), Outcome::Differs(_)));
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "1\n");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
