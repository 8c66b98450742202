//! The contract's promise that every node points back into the input (CONTRACT.md: spans
//! are UTF-8 byte offsets into the exact input, end exclusive), checked on the JSON of every
//! fixture and, where `../shared` exists, every seed and corpus document.
//!
//! The checks walk the serialised JSON rather than the Rust types, so they hold for any
//! field the model gains: every `span` (and `*_span`) anywhere must be a `[start, end]` pair
//! inside the input on character boundaries; items must come in document order; a
//! resolution must lie inside its item; a person's or a title's span must cover the name or
//! title it reports.

use minutes_tests::fixtures::every_document;
use minutes_tests::score::norm_text;
use serde_json::Value;

fn span_of(v: Option<&Value>) -> Option<(usize, usize)> {
    let pair = v?.as_array()?;
    match pair.as_slice() {
        [a, b] => Some((a.as_u64()? as usize, b.as_u64()? as usize)),
        _ => None,
    }
}

/// Every key named `span` or ending in `_span`, at any depth, with its path.
fn all_spans(v: &Value, path: &str, out: &mut Vec<(String, Value)>) {
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                let here = format!("{path}.{k}");
                if (k == "span" || k.ends_with("_span")) && !child.is_null() {
                    out.push((here.clone(), child.clone()));
                }
                all_spans(child, &here, out);
            }
        }
        Value::Array(list) => {
            for (i, child) in list.iter().enumerate() {
                all_spans(child, &format!("{path}[{i}]"), out);
            }
        }
        _ => {}
    }
}

/// Whether the normalised text of `span` in `text` contains the normalised `wanted`.
fn covers(text: &str, span: (usize, usize), wanted: &str) -> bool {
    let slice = text.get(span.0..span.1).unwrap_or("");
    let have = norm_text(Some(slice)).unwrap_or_default();
    let want = norm_text(Some(wanted)).unwrap_or_default();
    have.contains(&want)
}

fn check(name: &str, text: &str) -> Vec<String> {
    let doc = serde_json::to_value(minutes::parse(text)).expect("a document serialises");
    let mut problems = Vec::new();
    let mut spans = Vec::new();
    all_spans(&doc, "", &mut spans);
    for (path, value) in &spans {
        match span_of(Some(value)) {
            Some((s, e))
                if s <= e
                    && e <= text.len()
                    && text.is_char_boundary(s)
                    && text.is_char_boundary(e) => {}
            _ => problems.push(format!(
                "{name}: {path} = {value} is not a span of the {}-byte input",
                text.len()
            )),
        }
    }
    if span_of(doc.get("span")) != Some((0, text.len())) {
        problems.push(format!("{name}: the document span is not the whole input"));
    }
    let items = doc["items"].as_array().cloned().unwrap_or_default();
    let mut last_start = 0;
    for (i, item) in items.iter().enumerate() {
        let Some(item_span) = span_of(item.get("span")) else {
            continue;
        };
        if item_span.0 < last_start {
            problems.push(format!(
                "{name}: items[{i}] starts at {} before the item above it ({last_start})",
                item_span.0
            ));
        }
        last_start = item_span.0;
        for (j, r) in item["resolutions"]
            .as_array()
            .into_iter()
            .flatten()
            .enumerate()
        {
            if let Some(rs) = span_of(r.get("span")) {
                if rs.0 < item_span.0 || rs.1 > item_span.1 {
                    problems.push(format!("{name}: items[{i}].resolutions[{j}] {rs:?} lies outside its item {item_span:?}"));
                }
            }
        }
        let title = item["title"].as_str().unwrap_or("");
        if let (false, Some(ts)) = (title.is_empty(), span_of(item.get("title_span"))) {
            if !covers(text, ts, title) {
                problems.push(format!(
                    "{name}: items[{i}].title_span {ts:?} does not cover the title {title:?}"
                ));
            }
        }
    }
    let attendance = &doc["attendance"];
    for key in ["present", "apologies", "in_attendance"] {
        for (i, person) in attendance[key].as_array().into_iter().flatten().enumerate() {
            let who = person["name"].as_str().unwrap_or("");
            if let Some(ps) = span_of(person.get("span")) {
                if !covers(text, ps, who) {
                    problems.push(format!(
                        "{name}: attendance.{key}[{i}] span {ps:?} does not cover {who:?}"
                    ));
                }
            }
        }
    }
    problems
}

#[test]
fn every_span_points_into_the_input() {
    let mut problems = Vec::new();
    for doc in every_document() {
        let (name, path) = (doc.name, doc.text);
        let text = std::fs::read_to_string(&path).expect("documents are UTF-8");
        problems.extend(check(&name, &text));
    }
    for p in &problems {
        println!("{p}");
    }
    assert!(
        problems.is_empty(),
        "{} span problem(s), listed above",
        problems.len()
    );
}

#[test]
fn the_checks_catch_a_bad_span() {
    // The walk must see nested spans, and `covers` must fail on the wrong text.
    let mut spans = Vec::new();
    let v = serde_json::json!({"items": [{"span": [0, 3], "resolutions": [{"span": [9, 99]}]}], "title_span": null});
    all_spans(&v, "", &mut spans);
    assert_eq!(spans.len(), 2, "{spans:?}");
    assert!(covers("59. Minutes of the meeting", (4, 11), "Minutes"));
    assert!(!covers("59. Minutes of the meeting", (0, 3), "Minutes"));
}
