//! Property tests: random mixtures of realistic minutes lines (item numbers, headings,
//! "Minutes:", bullets at any indentation, resolutions, attendance, dates, votes), joined with
//! any line ending and salted with blank lines, stray "\r", NUL and very long lines. Every
//! generated document must satisfy the shared invariants (`common::invariants`).
//!
//! Generated documents stay small (tens of lines) so that hundreds of cases run in a few
//! seconds in a debug build; the catalogue in `hostile.rs` covers sheer size. Each property
//! runs proptest's default 256 cases; `PROPTEST_CASES=5000 cargo test --release -p minutes
//! --test properties` runs a longer search.

mod common;

use common::{check_bytes, check_str};
use minutes::{Document, Error, ParseOptions};
use proptest::prelude::*;
use proptest::sample::select;

/// Words that make up names and titles.
fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        select(vec![
            "Smith",
            "Jones",
            "Z. Patel",
            "O'Brien",
            "Ní Bhriain",
            "Müller",
            "budget",
            "report",
            "Planning",
            "Committee",
            "the",
            "and",
            "of",
            "approved",
            "noted",
            "CARRIED",
        ])
        .prop_map(str::to_string),
        "[A-Za-z]{1,12}",
        "[A-Z][a-z]{2,9}",
    ]
}

fn words(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(word(), 1..=max).prop_map(|w| w.join(" "))
}

fn number() -> impl Strategy<Value = String> {
    prop_oneof![
        (1u32..1000).prop_map(|n| n.to_string()),
        (1u32..100, "[a-e]").prop_map(|(n, l)| format!("{n}{l}")),
        (1u32..20, 1u32..20).prop_map(|(a, b)| format!("{a}.{b}")),
        (1u32..200, 10u32..30).prop_map(|(a, y)| format!("{a}/{y}")),
        (1u32..99, 1u32..999).prop_map(|(a, b)| format!("C {a}/{b:03}")),
        "[0-9]{1,30}",
    ]
}

fn date() -> impl Strategy<Value = String> {
    let months = select(vec![
        "January", "March", "Sept.", "December", "Feb", "Smarch",
    ]);
    let days = select(vec!["Monday ", "Tuesday, ", "Thurs ", ""]);
    prop_oneof![
        (days, 0u32..40, months.clone(), 1990u32..2100)
            .prop_map(|(w, d, m, y)| format!("{w}{d} {m} {y}")),
        (months, 0u32..40, 1990u32..2100).prop_map(|(m, d, y)| format!("{m} {d}, {y}")),
        (0u32..40, 0u32..15, 0u32..10000).prop_map(|(d, m, y)| format!("{d:02}/{m:02}/{y}")),
        (0u32..30, 0u32..70, select(vec!["a.m.", "pm", " p.m.", ""]))
            .prop_map(|(h, m, s)| format!("{h}.{m:02}{s}")),
    ]
}

fn indent() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => (0usize..6).prop_map(|n| " ".repeat(n)),
        1 => (0usize..4).prop_map(|n| "\t".repeat(n)),
        1 => (0usize..300).prop_map(|n| " ".repeat(n)),
    ]
}

/// One line of minutes, from the templates the formats use.
fn line() -> impl Strategy<Value = String> {
    prop_oneof![
        // Items and headings.
        (number(), words(6)).prop_map(|(n, t)| format!("{n}. {}", t.to_uppercase())),
        number().prop_map(|n| format!("{n}.")),
        words(8),
        select(vec![
            "MINUTES OF THE PREVIOUS MEETING",
            "DECLARATIONS OF INTEREST",
            "APOLOGIES FOR ABSENCE",
            "Exclusion of the press and public",
            "Urgent business",
            "DATE OF NEXT MEETING",
        ])
        .prop_map(str::to_string),
        // Page structure.
        select(vec![
            "Minutes:",
            "Decision:",
            "Agenda item",
            "Items",
            "No. Item",
            "Agenda and draft minutes",
            "Additional documents:",
            "Meeting Details",
            "ROLL CALL",
            "Chair's initials",
            "Page 3",
            "Home > Your Council > Agenda and minutes",
            "Skip to content",
        ])
        .prop_map(str::to_string),
        (words(4), date()).prop_map(|(c, d)| format!("{c} - {d}")),
        date(),
        // Lists.
        (
            indent(),
            select(vec!["•", "·", "o", "-", "▪", "(a)", "(ii)", "1)", "a."]),
            words(10)
        )
            .prop_map(|(i, m, t)| format!("{i}{m} {t}")),
        // Resolutions and motions.
        select(vec![
            "Resolved: -",
            "RESOLVED:-",
            "RESOLVED that",
            "Resolved -",
            "AGREED",
            "RECOMMENDED"
        ])
        .prop_map(str::to_string),
        (
            select(vec!["Resolved: - ", "RESOLVED that ", "Decision: ", ""]),
            words(10)
        )
            .prop_map(|(k, t)| format!("{k}That the {t} be noted.")),
        (1u32..12, words(8)).prop_map(|(n, t)| format!("({n}) That {t}.")),
        (words(2), words(2))
            .prop_map(|(a, b)| format!("Moved by Councillor {a}, seconded by Councillor {b}.")),
        (0u32..60, 0u32..60, 0u32..9)
            .prop_map(|(f, a, x)| format!("For {f}, Against {a}, Abstentions {x}. CARRIED.")),
        // Attendance.
        prop::collection::vec(words(2), 1..8).prop_map(|names| format!(
            "Present:- Councillor {} (in the Chair); Councillors {}",
            names[0],
            names.join(", ")
        )),
        prop::collection::vec(words(2), 1..6).prop_map(|names| format!(
            "Apologies for absence were received from Councillors {}.",
            names.join(" and ")
        )),
        words(6).prop_map(|w| format!("In attendance: {w}, Head of Service")),
        // Declarations, references, attachments, truncation.
        (words(2), 1u32..300).prop_map(|(p, m)| format!(
            "Councillor {p} declared a non-pecuniary interest (Minute {m})."
        )),
        (words(3), 1u32..5000).prop_map(|(t, k)| format!("{t} pdf icon PDF {k} KB")),
        (1u32..50).prop_map(|n| format!(" ...  view the full minutes text for item {n}.")),
        words(6).prop_map(|t| format!("{t} | Minutes: {t} |")),
        // Hostile salt.
        Just(String::new()),
        Just("\r".to_string()),
        Just("\0".to_string()),
        Just("\u{feff}".to_string()),
        "\\PC{0,40}",
        (word(), 1000usize..8000).prop_map(|(w, n)| format!("{w} ").repeat(n / (w.len() + 1) + 1)),
    ]
}

fn line_ending() -> impl Strategy<Value = &'static str> {
    select(vec!["\n", "\n", "\n", "\r\n", "\r", "\u{2028}", "\n\n"])
}

/// A document: lines joined by random line endings.
fn document() -> impl Strategy<Value = String> {
    prop::collection::vec((line(), line_ending()), 0..60).prop_map(|lines| {
        lines
            .into_iter()
            .flat_map(|(l, e)| [l, e.to_string()])
            .collect()
    })
}

/// The project's own whole documents (tests/fixtures), read once: the start of every
/// edited document in [`edited_fixture`].
fn fixtures() -> &'static [String] {
    static TEXTS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    TEXTS.get_or_init(|| {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures");
        let mut paths: Vec<_> = std::fs::read_dir(dir)
            .expect("tests/fixtures is part of the repository")
            .map(|e| e.expect("a readable entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        paths.sort();
        paths
            .iter()
            .map(|p| std::fs::read_to_string(p).expect("fixtures are UTF-8"))
            .collect()
    })
}

/// What an edit inserts: the marks the parser's rules turn on (labels, list marks, page
/// breaks, numbers, markers), so a whole document is bent where its readers look.
fn splinter() -> impl Strategy<Value = &'static str> {
    select(vec![
        "\n",
        "\n\n",
        "\r",
        " ",
        "  ",
        "\t",
        ",",
        ".",
        ":",
        "-",
        "\u{2013}",
        "(",
        ")",
        "\u{a0}",
        "\u{c}",
        "\n\n2\n\n",
        "\n\nPage 2 of 3\n\n",
        "1.",
        "12.",
        "5a ",
        "Present:",
        "Apologies: ",
        "Cllrs ",
        "Councillor ",
        " and\n",
        "Minutes:",
        "RESOLVED: ",
        "(a) ",
        "(1) ",
        " pdf icon PDF 12 KB",
        "\n\n... view the full minutes text for item 4",
        " |",
        "MOTION",
        "Carried",
        "Moved by ",
        "Ayes: ",
        "in the Chair",
        "\u{2022} ",
        "o ",
    ])
}

/// A fixture with a few edits at random places: a run of one [`splinter`] inserted, a stretch
/// deleted, or (rarely) the text cut short. Offsets land on char boundaries (the nearest one after).
fn edited_fixture() -> impl Strategy<Value = String> {
    // Kinds 0-5 insert, 6-8 delete, 9 cuts: a cut is rare, or most documents would end early.
    let edit = (
        0u8..10,
        any::<prop::sample::Index>(),
        splinter(),
        1usize..40,
    );
    (
        any::<prop::sample::Index>(),
        prop::collection::vec(edit, 1..12),
    )
        .prop_map(|(which, edits)| {
            let mut text = which.get(fixtures()).clone();
            for (kind, at, piece, n) in edits {
                let mut at = at.index(text.len() + 1);
                while !text.is_char_boundary(at) {
                    at += 1;
                }
                match kind {
                    0..=5 => text.insert_str(at, &piece.repeat(1 + n % 3)),
                    6..=8 => {
                        let mut end = (at + n).min(text.len());
                        while !text.is_char_boundary(end) {
                            end += 1;
                        }
                        text.replace_range(at..end, "");
                    }
                    _ => text.truncate(at),
                }
            }
            text
        })
}

/// Lines with no control characters of their own, for the properties that change line
/// endings.
fn clean_lines() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(
        line().prop_filter("no control characters", |l| {
            !l.chars().any(|c| c.is_control() || c == '\u{feff}')
        }),
        0..40,
    )
}

/// The structure a reader sees, without spans: what a change of line endings must not alter.
fn shape(d: &Document) -> impl PartialEq + std::fmt::Debug {
    (
        d.format,
        d.status,
        d.committee.clone(),
        d.date,
        d.time,
        d.items
            .iter()
            .map(|i| {
                (
                    i.number.clone(),
                    i.title.clone(),
                    i.kind,
                    i.truncated,
                    i.resolutions
                        .iter()
                        .map(|r| (r.number.clone(), r.text.clone()))
                        .collect::<Vec<_>>(),
                )
            })
            .collect::<Vec<_>>(),
        [
            &d.attendance.present,
            &d.attendance.apologies,
            &d.attendance.in_attendance,
        ]
        .map(|l| l.iter().map(|p| p.name.clone()).collect::<Vec<_>>()),
    )
}

/// Pieces that JSON strings escape, or must not.
fn salt() -> impl Strategy<Value = &'static str> {
    select(vec![
        "\"",
        "\\",
        "\"Smith\"",
        "C:\\dir",
        "\t",
        "\r",
        "\u{1}",
        "\u{8}",
        "\u{c}",
        "\u{1f}",
        "\u{7f}",
        "é",
        "\u{2028}",
        "\u{a0}",
        "“quoted”",
        "\\\"",
    ])
}

/// `minutes::to_json` writes what `serde_json::to_string` writes, and `to_json_pretty` what
/// `to_string_pretty` writes.
fn same_json(doc: &Document) -> Result<(), TestCaseError> {
    let theirs = serde_json::to_string(doc).expect("a Document serialises");
    prop_assert_eq!(minutes::to_json(doc), theirs);
    let theirs = serde_json::to_string_pretty(doc).expect("a Document serialises");
    prop_assert_eq!(minutes::to_json_pretty(doc), theirs);
    Ok(())
}

proptest! {
    /// The core property: realistic but random minutes never break an invariant.
    #[test]
    fn generated_minutes_keep_the_invariants(text in document()) {
        let doc = check_str(&text);
        same_json(&doc)?;
    }

    /// The core's JSON writer is serde_json's compact output, byte for byte, on generated
    /// minutes salted with what JSON escapes (quotes, backslashes, controls, a lone CR) and
    /// what it must leave as it is (non-ASCII, U+2028).
    #[test]
    fn json_is_serde_jsons_on_salted_minutes(
        text in document(),
        salts in prop::collection::vec((any::<prop::sample::Index>(), salt()), 0..16),
    ) {
        let mut words: Vec<&str> = text.split(' ').collect();
        for (at, salt) in &salts {
            words.insert(at.index(words.len() + 1), salt);
        }
        same_json(&minutes::parse(&words.join(" ")))?;
    }

    /// The same documents as bytes, with invalid UTF-8 spliced in at random places: strict
    /// parsing names the first bad byte, lossy parsing keeps the invariants.
    #[test]
    fn corrupted_bytes_keep_the_invariants(
        text in document(),
        cuts in prop::collection::vec((any::<prop::sample::Index>(), prop::collection::vec(0x80u8..=0xff, 1..4)), 0..4),
    ) {
        let mut bytes = text.into_bytes();
        for (at, junk) in cuts {
            let at = if bytes.is_empty() { 0 } else { at.index(bytes.len() + 1) };
            bytes.splice(at..at, junk);
        }
        check_bytes(&bytes);
    }

    /// Whole real-shaped documents bent at random places (a list cut by a page break
    /// before a label, a marker inside a title, a document cut mid-word) keep the
    /// invariants: the generated lines above are short, these are whole minutes.
    #[test]
    fn edited_fixtures_keep_the_invariants(text in edited_fixture()) {
        check_str(&text);
    }

    /// Arbitrary text and arbitrary bytes, with no structure at all.
    #[test]
    fn arbitrary_text_keeps_the_invariants(text in "\\PC{0,400}|(?s).{0,400}") {
        let doc = check_str(&text);
        same_json(&doc)?;
    }

    #[test]
    fn arbitrary_bytes_keep_the_invariants(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        check_bytes(&bytes);
    }

    /// CRLF (Windows) line endings give the same structure as LF, and leave no "\r" in text.
    #[test]
    fn crlf_is_the_same_document_as_lf(lines in clean_lines()) {
        let lf = minutes::parse(&lines.join("\n"));
        let crlf_text = lines.join("\r\n");
        let crlf = minutes::parse(&crlf_text);
        prop_assert_eq!(shape(&lf), shape(&crlf));
        for item in &crlf.items {
            prop_assert!(!item.title.contains('\r'), "\\r in title {:?}", item.title);
        }
    }

    /// Leading white space before the whole document shifts spans but changes nothing else.
    #[test]
    fn leading_blank_lines_shift_spans_only(lines in clean_lines(), pad in 1usize..4) {
        let text = lines.join("\n");
        let padded = format!("{}{text}", "\n".repeat(pad));
        let a = minutes::parse(&text);
        let b = minutes::parse(&padded);
        prop_assert_eq!(shape(&a), shape(&b));
        for (x, y) in a.items.iter().zip(&b.items) {
            prop_assert_eq!(x.span.start + pad, y.span.start);
            prop_assert_eq!(x.span.end + pad, y.span.end);
        }
    }

    /// Limits: the size limit refuses exactly the inputs over it, and the item limit exactly
    /// the documents with more items; under the limits the document is the plain parse.
    #[test]
    fn limits_refuse_exactly_what_exceeds_them(text in document(), size in 0usize..4000, items in 0usize..8) {
        let plain = minutes::parse(&text);
        match minutes::parse_with(&text, &ParseOptions::default().max_input_bytes(size)) {
            Ok(doc) => {
                prop_assert!(text.len() <= size);
                prop_assert_eq!(&doc, &plain);
            }
            Err(e) => prop_assert_eq!(e, Error::InputTooLarge { size: text.len(), limit: size }),
        }
        match minutes::parse_with(&text, &ParseOptions::default().max_items(items)) {
            Ok(doc) => {
                prop_assert!(plain.items.len() <= items);
                prop_assert_eq!(&doc, &plain);
            }
            Err(e) => {
                prop_assert!(plain.items.len() > items);
                prop_assert_eq!(e, Error::TooManyItems { limit: items });
            }
        }
    }
}
