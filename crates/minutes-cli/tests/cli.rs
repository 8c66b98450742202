//! End-to-end tests of the `minutes` binary on small made-up minutes written here.
//!
//! They check the command's own behaviour (exit statuses, output shape, ordering, error
//! messages), not the parser's accuracy, so they hold whatever the parser extracts.

use serde_json::Value;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

const PRINTED: &str = "PLANNING COMMITTEE\nTuesday 5 December 2023\n\n\
Present:- Councillor Smith (in the Chair); Councillors Jones and Z. Patel.\n\n\
131. MINUTES OF THE PREVIOUS MEETING\n\n\
Resolved: - That the minutes be approved as a correct record.\n";

const LISTING: &str = "Agenda and minutes\nCabinet - Monday, 3rd July, 2023 7.00 pm\n\n\
Items\nNo.\tItem\n\n1.\nApologies for Absence\n\nApologies were received from Councillor Green.\n";

fn minutes() -> Command {
    Command::new(env!("CARGO_BIN_EXE_minutes"))
}

fn run(args: &[&str]) -> Output {
    minutes().args(args).output().expect("the binary runs")
}

fn run_in(dir: &Path, args: &[&str]) -> Output {
    minutes()
        .current_dir(dir)
        .args(args)
        .output()
        .expect("the binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The contract's top-level fields, present in every document object.
fn assert_document(v: &Value) {
    for key in [
        "schema_version",
        "format",
        "status",
        "committee",
        "date",
        "time",
        "venue",
        "attendance",
        "items",
        "diagnostics",
    ] {
        assert!(v.get(key).is_some(), "document lacks {key}: {v}");
    }
    assert_eq!(v["schema_version"], 1);
    assert!(v["items"].is_array());
}

fn folder(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in files {
        let path = dir.path().join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(path, bytes).unwrap();
    }
    dir
}

#[test]
fn one_file_prints_the_pretty_serde_form_of_the_document() {
    let dir = folder(&[("m.txt", PRINTED.as_bytes())]);
    let out = run_in(dir.path(), &["parse", "m.txt"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let expected = serde_json::to_string_pretty(&minutes::parse(PRINTED)).unwrap() + "\n";
    assert_eq!(text, expected);
    assert_document(&serde_json::from_str(&text).unwrap());
}

#[test]
fn dash_reads_stdin() {
    let mut child = minutes()
        .args(["parse", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(PRINTED.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_document(&v);
    assert_eq!(v["span"], serde_json::json!([0, PRINTED.len()]));
}

#[test]
fn a_directory_gives_one_ndjson_line_per_txt_file_in_path_order() {
    let dir = folder(&[
        ("b.txt", LISTING.as_bytes()),
        ("a.txt", PRINTED.as_bytes()),
        ("sub/c.txt", b"x"),
        ("ignored.md", PRINTED.as_bytes()),
    ]);
    let out = run_in(dir.path(), &["parse", "."]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "{text}");
    let spans: Vec<Value> = lines
        .iter()
        .map(|l| {
            let v: Value = serde_json::from_str(l).unwrap();
            assert_document(&v);
            v["span"].clone()
        })
        .collect();
    // a.txt, b.txt, sub/c.txt: the whole-input span tells the documents apart.
    let lens: Vec<usize> = vec![PRINTED.len(), LISTING.len(), 1];
    for (span, len) in spans.iter().zip(lens) {
        assert_eq!(span, &serde_json::json!([0, len]));
    }
}

#[test]
fn order_is_stable_across_thread_counts() {
    let names: Vec<String> = (0..120).map(|i| format!("m{i:03}.txt")).collect();
    let bodies: Vec<String> = (0..120).map(|i| PRINTED.repeat(1 + i % 7)).collect();
    let files: Vec<(&str, &[u8])> = names
        .iter()
        .zip(&bodies)
        .map(|(n, b)| (n.as_str(), b.as_bytes()))
        .collect();
    let dir = folder(&files);
    let one = run_in(dir.path(), &["parse", "-j", "1", "--with-path", "."]);
    let four = run_in(dir.path(), &["parse", "-j", "4", "--with-path", "."]);
    assert!(one.status.success() && four.status.success());
    assert_eq!(stdout(&one), stdout(&four));
    let paths: Vec<String> = stdout(&one)
        .lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).unwrap();
            v["path"].as_str().unwrap().to_string()
        })
        .collect();
    let expected: Vec<String> = names.iter().map(|n| format!("./{n}")).collect();
    assert_eq!(paths, expected);
}

#[test]
fn ndjson_flag_and_with_path_wrap_the_same_document() {
    let dir = folder(&[("m.txt", PRINTED.as_bytes())]);
    let plain = run_in(dir.path(), &["parse", "--ndjson", "m.txt"]);
    assert!(plain.status.success());
    let plain_text = stdout(&plain);
    assert_eq!(plain_text.lines().count(), 1);
    assert_eq!(
        plain_text,
        serde_json::to_string(&minutes::parse(PRINTED)).unwrap() + "\n"
    );

    let wrapped = run_in(dir.path(), &["parse", "--with-path", "m.txt"]);
    let v: Value = serde_json::from_str(stdout(&wrapped).trim_end()).unwrap();
    assert_eq!(v["path"], "m.txt");
    let inner: Value = serde_json::from_str(plain_text.trim_end()).unwrap();
    assert_eq!(v["document"], inner);
}

#[test]
fn invalid_utf8_names_the_file_and_offset_and_exits_2() {
    let mut bad = b"PLANNING COMMITTEE\n".to_vec();
    let offset = bad.len();
    bad.extend_from_slice(b"caf\xe9 au lait\n");
    let dir = folder(&[("bad.txt", &bad)]);
    let out = run_in(dir.path(), &["parse", "bad.txt"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("bad.txt"), "{err}");
    assert!(err.contains(&format!("offset {}", offset + 3)), "{err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn lossy_accepts_invalid_utf8_with_a_diagnostic() {
    let dir = folder(&[("bad.txt", b"MINUTES\ncaf\xe9\n")]);
    let out = run_in(dir.path(), &["parse", "--lossy", "bad.txt"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let messages: Vec<&str> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|d| d["message"].as_str())
        .collect();
    assert!(messages.iter().any(|m| m.contains("UTF-8")), "{messages:?}");
}

#[test]
fn a_missing_file_is_reported_and_the_others_still_parse() {
    let dir = folder(&[("a.txt", PRINTED.as_bytes())]);
    let out = run_in(dir.path(), &["parse", "a.txt", "missing.txt"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("missing.txt"), "{}", stderr(&out));
    assert_eq!(stdout(&out).lines().count(), 1);

    let wrapped = run_in(
        dir.path(),
        &["parse", "--with-path", "missing.txt", "a.txt"],
    );
    let lines: Vec<Value> = stdout(&wrapped)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["path"], "missing.txt");
    assert!(lines[0]["error"].as_str().unwrap().contains("cannot read"));
    assert!(lines[0].get("document").is_none());
    assert_document(&lines[1]["document"]);
}

#[test]
fn rejection_outranks_unreadable_in_the_exit_status() {
    let dir = folder(&[("bad.txt", b"\xff")]);
    let out = run_in(dir.path(), &["parse", "missing.txt", "bad.txt"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn max_bytes_refuses_large_inputs() {
    let dir = folder(&[("m.txt", PRINTED.as_bytes())]);
    let out = run_in(dir.path(), &["parse", "--max-bytes", "10", "m.txt"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("limit of 10 bytes"),
        "{}",
        stderr(&out)
    );
    let ok = run_in(dir.path(), &["parse", "--max-bytes", "1K", "m.txt"]);
    assert!(ok.status.success());
}

#[test]
fn max_items_is_passed_to_the_parser() {
    let dir = folder(&[("m.txt", PRINTED.as_bytes())]);
    let out = run_in(dir.path(), &["parse", "--max-items", "0", "m.txt"]);
    // Whether the parser finds items yet or not, the limit must agree with its output.
    let items = minutes::parse(PRINTED).items.len();
    if items > 0 {
        assert_eq!(out.status.code(), Some(2));
        assert!(
            stderr(&out).contains("more than 0 items"),
            "{}",
            stderr(&out)
        );
    } else {
        assert!(out.status.success());
    }
}

#[test]
fn format_forces_the_layout() {
    let dir = folder(&[("m.txt", PRINTED.as_bytes())]);
    let out = run_in(dir.path(), &["parse", "--format", "cmis", "m.txt"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v["format"], "cmis");

    let hyphen = run_in(
        dir.path(),
        &["parse", "--format", "moderngov-item", "m.txt"],
    );
    let v: Value = serde_json::from_str(&stdout(&hyphen)).unwrap();
    // The contract's name, not serde's default "modern_gov_item".
    assert_eq!(v["format"], "moderngov_item");

    let bad = run_in(dir.path(), &["parse", "--format", "pdf", "m.txt"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("unknown format"), "{}", stderr(&bad));
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(run(&["parse"]).status.code(), Some(2));
    assert_eq!(run(&["parse", "-", "-"]).status.code(), Some(2));
    assert_eq!(run(&["frobnicate"]).status.code(), Some(2));
}

#[test]
fn help_explains_output_and_exit_status() {
    let out = run(&["parse", "--help"]);
    assert!(out.status.success());
    let help = stdout(&out);
    for needle in [
        "--ndjson",
        "--with-path",
        "--format",
        "--lossy",
        "EXIT STATUS",
        "EXAMPLES",
    ] {
        assert!(help.contains(needle), "help lacks {needle}");
    }
}

#[test]
fn stats_counts_documents_and_bytes() {
    let dir = folder(&[
        ("a.txt", PRINTED.as_bytes()),
        ("b.txt", LISTING.as_bytes()),
        ("c.txt", b"\xff\xfe"),
    ]);
    let out = run_in(dir.path(), &["stats", "--json", "."]);
    assert_eq!(out.status.code(), Some(2), "c.txt is not UTF-8");
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v["documents"], 2);
    assert_eq!(v["failed"], 1);
    assert_eq!(v["bytes"], PRINTED.len() + LISTING.len());
    let a = minutes::parse(PRINTED);
    let b = minutes::parse(LISTING);
    assert_eq!(v["items"], a.items.len() + b.items.len());
    assert_eq!(
        v["resolutions"],
        a.resolutions().count() + b.resolutions().count()
    );
    assert_eq!(v["diagnostics"], a.diagnostics.len() + b.diagnostics.len());
    let formats = v["formats"].as_object().unwrap();
    assert_eq!(
        formats.values().map(|n| n.as_u64().unwrap()).sum::<u64>(),
        2
    );

    let text = run_in(dir.path(), &["stats", "a.txt"]);
    assert!(text.status.success());
    assert!(
        stdout(&text).starts_with("documents    1\n"),
        "{}",
        stdout(&text)
    );
}
