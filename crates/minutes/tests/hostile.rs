//! A catalogue of hostile and broken inputs: what a scraper brings back when things go wrong.
//!
//! Each case is parsed on its own thread (1 MiB stack, so recursion that the input drives
//! overflows here rather than in a browser tab) under a wall-clock watchdog that only a hang
//! would trip, and must parse within a CPU-time ceiling (10 s of thread CPU time in a release
//! build, 90 s in a debug build, for inputs up to about 10 MB) and satisfy every invariant of
//! `common::invariants`: spans in bounds and on character boundaries, items ordered, nothing
//! dropped, deterministic, serialisable.
//!
//! The 20,000 levels of nesting come as 20,000 nested markers, brackets and number parts:
//! a staircase of 20,000 lines, each indented one space deeper, would be 200 MB; the
//! staircase here is 4,000 lines (8 MB).

mod common;

use common::{check_bytes, check_parsed, check_str, cpu_timed, guarded, preview};
use minutes::{Error, ParseOptions};
use std::time::Duration;

/// CPU time a single parse of any case may take. A debug build parses 20-30 times slower
/// than a release build (the 10 MB cases take 8-20 s in debug, under 1 s in release), so the
/// ceiling depends on the build; either way only a hang or quadratic behaviour reaches it
/// (quadratic time on 10 MB means hours), and `time_and_output_grow_linearly` catches milder
/// super-linear growth.
const CPU_CEILING: Duration = if cfg!(debug_assertions) {
    Duration::from_secs(90)
} else {
    Duration::from_secs(10)
};
/// Wall-clock time after which a case counts as hung (the machine may be busy, so this is
/// far above the CPU ceiling).
const WALL_CEILING: Duration = Duration::from_secs(600);

/// A small but complete set of printed minutes, the raw material of many cases.
const PRINTED: &str = "PLANNING COMMITTEE\n\
Tuesday 5 December 2023\n\
\n\
Present:- Councillor Smith (in the Chair); Councillors Jones, Z. Patel and Brown.\n\
Apologies for absence:- Apologies were received from Councillors Green and White.\n\
\n\
131. MINUTES OF THE PREVIOUS MEETING HELD ON 31 OCTOBER 2023\n\
\n\
Resolved: - That the minutes be approved as a correct record.\n\
\n\
132. DECLARATIONS OF INTEREST\n\
\n\
Councillor Jones declared a non-pecuniary interest (Minute 138).\n\
\n\
133. BUDGET MONITORING\n\
\n\
The Committee considered a report:\n\
 - income was below forecast;\n\
  - car parking in particular;\n\
 - spending was on target.\n\
It was moved by Councillor Smith and seconded by Councillor Brown.\n\
RESOLVED:-\n\
(1) That the report be noted.\n\
(2) That a further report be brought to the next meeting.\n\
For 5, Against 2, Abstentions 1. CARRIED.\n\
\n\
134. DATE OF NEXT MEETING\n\
\n\
The next meeting will be held on Tuesday 9 January 2024 at 7.00 pm.\n";

/// A ModernGov listing page, the other common shape.
const LISTING: &str = "Agenda and draft minutes\n\
Planning Committee - Tuesday 4 March 2025 10.00 a.m.\n\
Venue: Town Hall, High Street\n\
Contact: A. Clerk, Democratic Services Tel: 01234 567890  Email: a.clerk@example.gov.uk\n\
Items\n\
No. Item\n\
12.\n\
Minutes of the previous meeting pdf icon PDF 96 KB\n\
To approve the minutes of the meeting held on 28 January 2025.\n\
Minutes:\n\
Resolved: - That the minutes be approved as a correct record.\n\
13.\n\
Budget update pdf icon PDF 170 KB\n\
Additional documents:\n\
Minutes:\n\
The Committee received a report ...\n\
 ...  view the full minutes text for item 13.\n";

/// Inputs up to this size are parsed a second time to check determinism. A second parse of
/// the multi-megabyte cases would cost minutes of CPU in a debug build for little gain:
/// determinism is checked on every smaller case here, on every proptest case and on every
/// fuzz input.
const REPARSE_MAX_BYTES: usize = 1 << 20;

/// Parses `input` under guard, checks the invariants and the CPU ceiling, and returns the
/// parse's CPU time.
fn hostile(name: &str, input: String) -> Duration {
    let label = name.to_string();
    let run = guarded(name, WALL_CEILING, move || {
        let (doc, cpu) = cpu_timed(|| minutes::parse(&input));
        // Shown with --nocapture: the numbers behind the ceiling.
        println!(
            "{label}: {} bytes, {} items, parsed in {cpu:?} CPU",
            input.len(),
            doc.items.len()
        );
        if input.len() <= REPARSE_MAX_BYTES {
            check_parsed(&input, &doc);
        } else {
            common::assert_invariants(&input, &doc);
        }
        assert!(
            cpu < CPU_CEILING,
            "{label}: parsing {} bytes took {cpu:?} of CPU time (ceiling {CPU_CEILING:?}): \"{}\"",
            input.len(),
            preview(&input, 80)
        );
        cpu
    });
    run.value
}

/// As [`hostile`], for raw bytes through `parse_bytes`, strict and lossy.
fn hostile_bytes(name: &str, bytes: Vec<u8>) {
    let label = name.to_string();
    guarded(name, WALL_CEILING, move || {
        let ((), cpu) = cpu_timed(|| check_bytes(&bytes));
        // check_bytes parses up to four times.
        assert!(
            cpu < CPU_CEILING * 4,
            "{label}: {} bytes took {cpu:?} of CPU time",
            bytes.len()
        );
    });
}

/// Deterministic pseudo-random bytes (xorshift64*), so failures reproduce.
fn junk(len: usize, seed: u64) -> Vec<u8> {
    let mut x = seed | 1;
    (0..len)
        .map(|_| {
            x ^= x >> 12;
            x ^= x << 25;
            x ^= x >> 27;
            (x.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 56) as u8
        })
        .collect()
}

// ---- Empty and blank ------------------------------------------------------------------

#[test]
fn empty_input() {
    let doc = minutes::parse("");
    assert!(doc.items.is_empty());
    assert_eq!(doc.span, minutes::Span::new(0, 0));
    hostile("empty", String::new());
    hostile_bytes("empty bytes", Vec::new());
}

#[test]
fn whitespace_only() {
    for ws in [
        " ",
        "\n",
        "\r\n",
        "\t\t",
        " \u{a0}\u{2009}\u{3000}",
        "\u{2028}\u{2029}\u{85}\u{b}\u{c}",
    ] {
        let doc = minutes::parse(ws);
        assert!(doc.items.is_empty(), "items from whitespace {ws:?}");
        hostile("whitespace", ws.repeat(3));
    }
    hostile("10 MB of spaces and newlines", " \n".repeat(5_000_000));
}

// ---- Byte-order marks and encodings ---------------------------------------------------

#[test]
fn byte_order_mark() {
    hostile("BOM alone", "\u{feff}".to_string());
    hostile("BOM then minutes", format!("\u{feff}{PRINTED}"));
    hostile("BOM in every line", PRINTED.replace('\n', "\n\u{feff}"));
    hostile_bytes(
        "UTF-8 BOM bytes",
        [b"\xef\xbb\xbf".as_slice(), LISTING.as_bytes()].concat(),
    );
    // A UTF-16 BOM means the text is in another encoding: invalid UTF-8 at byte 0.
    let utf16: Vec<u8> = [0xff, 0xfe]
        .into_iter()
        .chain(PRINTED.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    hostile_bytes("UTF-16LE minutes", utf16);
}

#[test]
fn bom_does_not_change_the_structure() {
    let plain = minutes::parse(PRINTED);
    let with_bom = minutes::parse(&format!("\u{feff}{PRINTED}"));
    assert_eq!(with_bom.items.len(), plain.items.len());
    for (a, b) in plain.items.iter().zip(&with_bom.items) {
        assert_eq!((&a.number, &a.title), (&b.number, &b.title));
        assert_eq!(
            a.span.start + 3,
            b.span.start,
            "spans shift by the BOM's three bytes"
        );
    }
    assert_eq!(plain.date, with_bom.date);
    assert_eq!(plain.committee, with_bom.committee);
}

#[test]
fn invalid_utf8_is_a_typed_error_with_the_offset() {
    let cases: [(&[u8], usize); 8] = [
        (b"\xff", 0),
        (b"abc\xffdef", 3),
        (b"131. MINUTES \xe9t\xe9\n", 13), // Latin-1 "été"
        (b"caf\xc3", 3),                   // truncated two-byte sequence at the end
        (b"x\xc0\x80", 1),                 // overlong NUL
        (b"xy\xed\xa0\x80", 2),            // an encoded surrogate
        (b"\xf0\x9f\x98\x80ok\xf8", 6),    // a valid emoji, then a byte UTF-8 never uses
        (b"Present:-\x00\x00\x80", 11),    // NULs are valid, the continuation byte is not
    ];
    for (bytes, offset) in cases {
        let err = minutes::parse_bytes(bytes, &ParseOptions::default()).unwrap_err();
        assert_eq!(err, Error::InvalidUtf8 { offset }, "for {bytes:?}");
        assert!(
            err.to_string().contains(&format!("offset {offset}")),
            "{err}"
        );
        let doc = minutes::parse_bytes(bytes, &ParseOptions::default().lossy(true)).unwrap();
        assert!(
            doc.diagnostics.iter().any(|d| d.span.start == offset),
            "no lossy diagnostic for {bytes:?}"
        );
        hostile_bytes("invalid UTF-8", bytes.to_vec());
    }
}

#[test]
fn latin1_and_windows1252_minutes() {
    // "Mayor’s" with a cp1252 apostrophe, "café" in Latin-1, a pound sign.
    let text: Vec<u8> = PRINTED
        .replace("Budget", "Mayor\u{2019}s caf\u{e9} \u{a3}5")
        .chars()
        .map(|c| match c {
            '\u{2019}' => 0x92,
            c if (c as u32) < 256 => c as u32 as u8,
            _ => b'?',
        })
        .collect();
    hostile_bytes("Latin-1 minutes", text);
}

// ---- Sheer size -----------------------------------------------------------------------

#[test]
fn a_million_item_number_lines() {
    hostile("a million \"1.\" lines", "1.\n".repeat(1_000_000));
}

#[test]
fn one_ten_megabyte_line() {
    hostile("10 MB line of words", "council ".repeat(1_310_720));
    hostile("10 MB line of one letter", "x".repeat(10 << 20));
    hostile(
        "10 MB line of multibyte text",
        "é€😀".repeat((10 << 20) / 9),
    );
}

#[test]
fn a_ten_megabyte_line_inside_real_minutes() {
    let long = "The Committee discussed the matter at length. ".repeat(220_000);
    hostile(
        "10 MB paragraph in an item",
        PRINTED.replace("The Committee considered a report:", &long),
    );
}

#[test]
fn items_numbered_one_to_a_hundred_thousand() {
    let mut text = String::from("COUNTY COUNCIL\nThursday 18 December 2025\n\n");
    for k in 1..=100_000 {
        text.push_str(&format!(
            "{k}. ITEM NUMBER {k}\n\nResolved: - That item {k} be noted.\n\n"
        ));
    }
    hostile("items 1..100000", text);
}

#[test]
fn attendance_with_a_hundred_thousand_names() {
    let names: Vec<String> = (0..100_000)
        .map(|k| format!("Councillor Name{k}"))
        .collect();
    hostile(
        "100k names on one Present line",
        format!("PLANNING COMMITTEE\nPresent:- {} and Councillor Last.\n\n1. MINUTES\nResolved: - Approved.\n", names.join(", ")),
    );
    let lines: Vec<String> = (0..100_000)
        .map(|k| format!("Cllr A. Person{k} (Ward {k})"))
        .collect();
    hostile(
        "100k names one per line",
        format!(
            "Present:\n{}\n\nApologies:\n{}\n",
            lines.join("\n"),
            lines[..1000].join("; ")
        ),
    );
    hostile(
        "100k names in an apology sentence",
        format!(
            "Apologies for absence were received from Councillors {}.\n",
            (0..100_000)
                .map(|k| format!("N{k}"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    );
}

// ---- Repetition of keywords -----------------------------------------------------------

#[test]
fn resolved_a_hundred_thousand_times() {
    hostile("Resolved lines", "Resolved\n".repeat(100_000));
    hostile("Resolved: - on one line", "Resolved: - ".repeat(100_000));
    hostile(
        "RESOLVED that inside one item",
        format!(
            "1. ITEM\n{}",
            "RESOLVED that it be noted.\n".repeat(100_000)
        ),
    );
    hostile(
        "(n) That lines",
        format!(
            "5. ITEM\nRESOLVED:-\n{}",
            (1..=100_000)
                .map(|k| format!("({k}) That x.\n"))
                .collect::<String>()
        ),
    );
}

#[test]
fn every_keyword_repeated() {
    for word in [
        "Minutes:\n",
        "Present:-\n",
        "Apologies for absence\n",
        "Agenda item\n",
        "Items\nNo. Item\n",
        "Decision:\n",
        "Agenda and draft minutes\n",
        " |",
        "pdf icon PDF 96 KB ",
        "... view the full minutes text for item 3.\n",
        "Minute 138, ",
        "declared a non-pecuniary interest ",
        "Moved by Councillor A, seconded by Councillor B. ",
        "For 5 Against 3 ",
        "CARRIED ",
        "Tuesday 5 December 2023 ",
        "10.00 a.m. ",
        "Chair's initials\n",
        "Page 3\n",
    ] {
        hostile(word, word.repeat(50_000));
    }
}

// ---- Nesting --------------------------------------------------------------------------

#[test]
fn twenty_thousand_nesting_levels() {
    hostile(
        "20k nested dashes",
        format!("1. ITEM\n{} text\n", "- ".repeat(20_000)),
    );
    hostile(
        "20k nested bullets",
        format!("1. ITEM\n{}deep\n", "• o · - ".repeat(5_000)),
    );
    hostile("20k open brackets", "(".repeat(20_000));
    hostile("a million open brackets", "(((((".repeat(200_000));
    hostile(
        "brackets both ways",
        format!("{}1{}", "(".repeat(20_000), ")".repeat(20_000)),
    );
    hostile("unbalanced closers", ")".repeat(100_000));
    hostile(
        "20k-part item number",
        format!("{}. TITLE\n", vec!["1"; 20_000].join(".")),
    );
    hostile("(a)(b)(c) labels", "(a)".repeat(100_000));
}

#[test]
fn a_staircase_of_indented_bullets() {
    let mut text = String::from("1. ITEM\nMinutes:\n");
    for depth in 0..4_000 {
        text.push_str(&" ".repeat(depth));
        text.push_str(["- ", "• ", "o ", "· "][depth % 4]);
        text.push_str(&format!("level {depth}\n"));
    }
    hostile("4,000-step staircase", text);
    let mut saw = String::from("1. ITEM\n");
    for _ in 0..10 {
        for depth in (0..1_000).chain((0..1_000).rev()) {
            saw.push_str(&" ".repeat(depth));
            saw.push_str("- x\n");
        }
    }
    hostile("sawtooth of 1,000 levels", saw);
    hostile(
        "tabs",
        format!(
            "1. ITEM\n{}",
            (0..2_000)
                .map(|d| format!("{}• t\n", "\t".repeat(d)))
                .collect::<String>()
        ),
    );
}

// ---- Line endings and control characters ----------------------------------------------

const LINE_ENDINGS: [&str; 9] = [
    "\n", "\r\n", "\r", "\u{2028}", "\u{2029}", "\u{85}", "\u{b}", "\u{c}", "\n\r",
];

#[test]
fn every_kind_of_line_ending() {
    for ending in LINE_ENDINGS {
        for base in [PRINTED, LISTING] {
            hostile(
                &format!("line ending {ending:?}"),
                base.replace('\n', ending),
            );
        }
    }
    // All of them at once, cycling line by line.
    let mixed: String = PRINTED
        .lines()
        .zip(LINE_ENDINGS.iter().cycle())
        .map(|(line, end)| format!("{line}{end}"))
        .collect();
    hostile("mixed line endings", mixed);
    hostile("lone carriage returns", "\r".repeat(1_000_000));
    hostile(
        "CR before every byte",
        PRINTED.chars().flat_map(|c| ['\r', c]).collect(),
    );
}

#[test]
fn crlf_gives_the_same_structure_as_lf() {
    for base in [PRINTED, LISTING] {
        let lf = minutes::parse(base);
        let crlf = minutes::parse(&base.replace('\n', "\r\n"));
        let shape = |d: &minutes::Document| {
            (
                d.format,
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
                                .map(|r| r.text.clone())
                                .collect::<Vec<_>>(),
                        )
                    })
                    .collect::<Vec<_>>(),
                d.attendance
                    .present
                    .iter()
                    .map(|p| p.name.clone())
                    .collect::<Vec<_>>(),
            )
        };
        assert_eq!(
            shape(&lf),
            shape(&crlf),
            "CRLF changed the parse of:\n{base}"
        );
        for item in &crlf.items {
            assert!(
                !item.title.contains('\r'),
                "\\r left in title {:?}",
                item.title
            );
            for r in &item.resolutions {
                assert!(
                    !r.text.contains('\r'),
                    "\\r left in resolution {:?}",
                    r.text
                );
            }
        }
    }
}

#[test]
fn nul_bytes() {
    hostile("NUL inside words", PRINTED.replace('e', "e\0"));
    hostile("NUL lines", PRINTED.replace("\n\n", "\n\0\n"));
    hostile("a megabyte of NULs", "\0".repeat(1 << 20));
    hostile_bytes("NULs as bytes", [PRINTED.as_bytes(), &[0; 4096]].concat());
}

#[test]
fn other_control_and_invisible_characters() {
    hostile(
        "ASCII controls",
        (0u8..32).map(char::from).cycle().take(100_000).collect(),
    );
    hostile(
        "zero-width characters",
        PRINTED.replace(' ', " \u{200b}\u{200d}\u{2060}"),
    );
    hostile(
        "bidi overrides",
        PRINTED.replace("Councillor", "\u{202e}Councillor\u{202c}"),
    );
    hostile("escape sequences", PRINTED.replace('\n', "\x1b[0m\n"));
}

// ---- Unicode whose case mapping changes length -----------------------------------------

#[test]
fn case_mapping_that_changes_byte_length() {
    // 'İ' lower-cases to two characters (3 bytes for 2), 'ẞ' and 'Ⱥ' change width too: a
    // parser that searches a lower-cased copy and uses its offsets on the input goes astray.
    for odd in ["İ", "ẞ", "Ⱥ", "ﬃ", "ΐ", "\u{130}\u{130}\u{130}"] {
        let text = PRINTED
            .replace("Present", &format!("{odd}Present"))
            .replace("131.", &format!("{odd} 131."))
            .replace("RESOLVED", &format!("{odd}RESOLVED"))
            .replace("MINUTES", &format!("M{odd}NUTES"));
        hostile(&format!("case-changing {odd}"), text);
        hostile(
            &format!("{odd} before every keyword of a listing"),
            LISTING.replace('\n', &format!("\n{odd}")),
        );
    }
}

#[test]
fn exotic_digits_spaces_and_scripts() {
    hostile(
        "full-width numbers",
        PRINTED
            .replace("131.", "１３１．")
            .replace("2023", "２０２３"),
    );
    hostile("Arabic-Indic digits", PRINTED.replace("132.", "١٣٢."));
    hostile("non-breaking spaces", PRINTED.replace(' ', "\u{a0}"));
    hostile("ideographic spaces", PRINTED.replace(' ', "\u{3000}"));
    hostile(
        "combining marks",
        PRINTED.replace('e', "e\u{301}\u{308}\u{323}"),
    );
    hostile("Welsh minutes", "COFNODION\nYn bresennol: Y Cynghorydd Jones (Cadeirydd)\n1. YMDDIHEURIADAU AM ABSENOLDEB\nPENDERFYNWYD: cymeradwyo.\n".to_string());
    hostile("emoji", "😀😀😀\n1. 😀\nResolved: - 😀\n".repeat(10_000));
}

// ---- Numbers that overflow ------------------------------------------------------------

#[test]
fn very_long_numbers() {
    hostile(
        "a million ones and a dot",
        format!("{}.\n", "1".repeat(1_000_000)),
    );
    hostile(
        "long number item",
        format!(
            "{}. MINUTES OF THE PREVIOUS MEETING\nResolved: - Approved.\n",
            "1".repeat(100_000)
        ),
    );
    hostile(
        "u64 overflow item",
        "18446744073709551616. TITLE\n4294967296. TITLE\n".to_string(),
    );
    let big = "99999999999999999999";
    let overflowing = [
        format!("PLANNING COMMITTEE\nTuesday {big} December 2023\n"),
        format!("Tuesday 5 December {big}\n"),
        format!("Meeting on {big}/{big}/{big}\n"),
        format!("The meeting began at {big}.{big} pm\n"),
        format!("12.\nReport pdf icon PDF {big} KB\n"),
        "12.\nReport pdf icon PDF 18014398509481984 MB\n".to_string(),
        "12.\nReport pdf icon PDF 17592186044416 KB\n".to_string(),
        format!("1. ITEM\nFor {big}, Against 4294967296, Abstentions {big}. CARRIED\n"),
        format!("1. ITEM\nResolved:-\n({big}) That x.\n"),
        format!("1. ITEM\nSee Minute {big} and Minute No. {big}.\n"),
        format!("{big}/{big} ITEM\nC {big}/{big} Election\n"),
        format!("The next meeting will be held on {big} January 2024 at {big}pm.\n"),
    ];
    for text in overflowing {
        hostile("overflowing number", format!("{PRINTED}{text}"));
        hostile(
            "overflowing number in a listing",
            format!("{LISTING}{text}"),
        );
    }
}

// ---- What scrapers bring back instead of minutes --------------------------------------

#[test]
fn html_error_pages() {
    let not_found = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>404 Not Found</title>\n\
<style>body{font-family:sans-serif}</style></head>\n<body>\n<h1>Not Found</h1>\n\
<p>The requested URL /ieListDocuments.aspx?CId=123&amp;MId=4567 was not found on this server.</p>\n\
<hr><address>Apache/2.4.41 (Ubuntu) Server at democracy.example.gov.uk Port 443</address>\n</body></html>\n";
    hostile("404 page", not_found.to_string());
    let challenge = format!(
        "<html><head><title>Just a moment...</title><script>{}</script></head><body><noscript>Enable JavaScript and cookies to continue</noscript></body></html>",
        "window._cf_chl_opt={cvId:'3',cZone:'x',cType:'managed',cRay:'8a1b',md:'".to_string() + &"Zm9v".repeat(50_000) + "'};"
    );
    hostile("JS challenge page", challenge);
    hostile("server error", "HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/html\r\n\r\n<h1>Server Error in '/' Application.</h1>\r\n<b> Description: </b>An unhandled exception occurred.\r\n".to_string());
    hostile("minutes inside HTML tags", format!("<html><body><pre>{PRINTED}</pre><table><tr><td>12.</td><td>Minutes:</td></tr></table></body></html>"));
    hostile(
        "entities",
        PRINTED.replace(' ', "&nbsp;").replace('-', "&ndash;"),
    );
    hostile(
        "deep tags",
        format!("{}x{}", "<div>".repeat(20_000), "</div>".repeat(20_000)),
    );
}

#[test]
fn half_converted_pdfs() {
    let pdf = "%PDF-1.7\n%\u{e2}\u{e3}\u{cf}\u{d3}\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\nstream\n";
    hostile(
        "PDF header as text",
        format!("{pdf}{PRINTED}endstream\n%%EOF\n"),
    );
    let mut bytes =
        b"%PDF-1.7\n1 0 obj\n<< /Filter /FlateDecode /Length 65536 >>\nstream\n".to_vec();
    bytes.extend(junk(65_536, 7));
    bytes.extend_from_slice(b"\nendstream\nendobj\n");
    bytes.extend_from_slice(PRINTED.as_bytes());
    hostile_bytes("PDF with a binary stream", bytes);
    // Text extraction that put every word on its own line, or split words letter by letter.
    hostile(
        "one word per line",
        PRINTED.split_whitespace().collect::<Vec<_>>().join("\n"),
    );
    hostile(
        "letter-spaced",
        PRINTED.chars().flat_map(|c| [c, ' ']).collect(),
    );
    hostile(
        "page furniture",
        PRINTED.replace("\n\n", "\n\nPage 7\nChair's initials ______\n\n\u{c}"),
    );
}

#[test]
fn binary_junk() {
    for (seed, len) in [(1, 16), (2, 1_000), (3, 100_000), (4, 1 << 20)] {
        hostile_bytes("junk", junk(len, seed));
    }
    // Junk that happens to be valid UTF-8: arbitrary characters.
    let text: String = junk(1 << 20, 5)
        .chunks(4)
        .filter_map(|c| char::from_u32(u32::from_le_bytes([c[0], c[1], c[2] & 0x1, 0])))
        .collect();
    hostile("random characters", text);
    // Real minutes with junk spliced into the middle.
    let mut spliced = PRINTED.as_bytes().to_vec();
    let middle = spliced.len() / 2;
    spliced.splice(middle..middle, junk(10_000, 6));
    hostile_bytes("minutes with junk inside", spliced);
}

#[test]
fn truncated_and_cut_minutes() {
    // A scraper that timed out: every prefix of real minutes that ends on a character boundary.
    for base in [PRINTED, LISTING] {
        for (cut, _) in base.char_indices() {
            let doc = minutes::parse(&base[..cut]);
            common::assert_invariants(&base[..cut], &doc);
        }
    }
}

// ---- Limits ---------------------------------------------------------------------------

#[test]
fn max_input_bytes_is_enforced_exactly() {
    let opts = ParseOptions::default().max_input_bytes(PRINTED.len());
    assert!(minutes::parse_with(PRINTED, &opts).is_ok());
    let longer = format!("{PRINTED}x");
    assert_eq!(
        minutes::parse_with(&longer, &opts),
        Err(Error::InputTooLarge {
            size: PRINTED.len() + 1,
            limit: PRINTED.len()
        })
    );
    assert_eq!(
        minutes::parse_bytes(longer.as_bytes(), &opts),
        Err(Error::InputTooLarge {
            size: PRINTED.len() + 1,
            limit: PRINTED.len()
        })
    );
    let zero = ParseOptions::default().max_input_bytes(0);
    assert!(minutes::parse_with("", &zero).is_ok());
    let err = minutes::parse_with(" ", &zero).unwrap_err();
    assert_eq!(err, Error::InputTooLarge { size: 1, limit: 0 });
    let message = err.to_string();
    assert!(
        message.contains('1') && message.contains('0'),
        "{message} names neither size nor limit"
    );
}

#[test]
fn max_input_bytes_counts_the_callers_bytes_in_lossy_mode() {
    // 50 invalid bytes are 50 bytes of input, within a 100-byte limit, even though lossy
    // decoding turns each into a three-byte U+FFFD. The limit must also be checked before
    // decoding, so a huge input is refused without first being copied.
    let opts = ParseOptions::default().max_input_bytes(100).lossy(true);
    let doc = minutes::parse_bytes(&[0xff; 50], &opts);
    assert!(
        doc.is_ok(),
        "a 50-byte input was refused under a 100-byte limit: {doc:?}"
    );
    assert_eq!(
        minutes::parse_bytes(&[0xff; 101], &opts),
        Err(Error::InputTooLarge {
            size: 101,
            limit: 100
        })
    );
}

#[test]
fn max_items_is_enforced_exactly() {
    for text in [PRINTED, LISTING] {
        let n = minutes::parse(text).items.len();
        assert!(n >= 2, "expected the sample to have items, got {n}");
        let at = minutes::parse_with(text, &ParseOptions::default().max_items(n)).unwrap();
        assert_eq!(at, minutes::parse(text));
        let err = minutes::parse_with(text, &ParseOptions::default().max_items(n - 1)).unwrap_err();
        assert_eq!(err, Error::TooManyItems { limit: n - 1 });
        assert!(err.to_string().contains(&(n - 1).to_string()));
    }
}

#[test]
fn limits_stop_huge_inputs_quickly() {
    let huge = "1. ITEM\nResolved: - x.\n".repeat(400_000);
    guarded("limits", WALL_CEILING, move || {
        let ten = ParseOptions::default().max_items(10);
        let (r, _) = cpu_timed(|| minutes::parse_with(&huge, &ten));
        assert!(
            matches!(r, Err(Error::TooManyItems { limit: 10 }))
                || minutes::parse(&huge).items.len() <= 10
        );
        let (r, cpu) = cpu_timed(|| {
            minutes::parse_with(&huge, &ParseOptions::default().max_input_bytes(1000))
        });
        assert!(matches!(r, Err(Error::InputTooLarge { limit: 1000, .. })));
        // Refusing by size must not parse: far under a millisecond per megabyte.
        assert!(
            cpu < Duration::from_secs(1),
            "refusing by size took {cpu:?}"
        );
    });
}

// ---- Linearity ------------------------------------------------------------------------

/// Bytes of JSON, counted without keeping them: a deterministic measure of output size.
fn json_len(doc: &minutes::Document) -> usize {
    struct Count(usize);
    impl std::io::Write for Count {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0 += buf.len();
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut count = Count(0);
    serde_json::to_writer(&mut count, doc).expect("serialise");
    count.0
}

/// Time (best of two, thread CPU time) and JSON size of the parse of `unit` repeated
/// `times` times.
fn measure(unit: &str, times: usize) -> (Duration, usize) {
    let text = unit.repeat(times);
    let mut best = Duration::MAX;
    let mut size = 0;
    for _ in 0..2 {
        let (doc, cpu) = cpu_timed(|| minutes::parse(&text));
        best = best.min(cpu);
        size = json_len(&doc);
    }
    (best, size)
}

/// Ten times the input must cost about ten times as much, in time and in output. The bound
/// is loose (30x, against 100x for quadratic behaviour) with a floor of 20 ms so that timer
/// noise on tiny runs cannot fail it.
#[test]
fn time_and_output_grow_linearly() {
    let shapes: [(&str, String, usize); 9] = [
        ("printed minutes", PRINTED.to_string(), 100),
        ("listing pages", LISTING.to_string(), 150),
        ("one long line", "council minutes ".to_string(), 8_000),
        ("Resolved", "Resolved: - ".to_string(), 10_000),
        ("brackets", "(".to_string(), 100_000),
        ("item numbers", "1.\n".to_string(), 20_000),
        ("nested bullets", "• o - ".to_string(), 15_000),
        ("names", "Councillor A. Name, ".to_string(), 6_000),
        (
            "attendance lines",
            "Present:- Councillor A. Name and Councillor B. Other.\n".to_string(),
            2_000,
        ),
    ];
    let run = guarded("linearity", WALL_CEILING, move || {
        let mut report = Vec::new();
        for (name, unit, n) in shapes {
            let (t1, s1) = measure(&unit, n);
            let (t10, s10) = measure(&unit, n * 10);
            let floor = Duration::from_millis(20);
            report.push(format!(
                "{name}: {:?} -> {:?}, {s1} -> {s10} JSON bytes",
                t1, t10
            ));
            assert!(
                t10 <= t1.max(floor) * 30,
                "{name}: {} bytes took {t1:?}, ten times that took {t10:?}",
                unit.len() * n
            );
            assert!(
                s10 <= s1.max(1_000) * 30,
                "{name}: output grew from {s1} to {s10} bytes for 10x the input"
            );
        }
        report
    });
    println!("{}", run.value.join("\n"));
}

// ---- Real minutes -----------------------------------------------------------------------

/// Every seed and corpus text, and variants of it a scraper might produce, through the
/// checker. Skipped (with a message) where ../shared is absent.
#[test]
fn shared_seeds_and_corpus() {
    let mut checked = 0;
    for sub in ["seeds", "corpus"] {
        let Some(dir) = common::shared_dir(sub) else {
            continue;
        };
        let mut paths: Vec<_> = std::fs::read_dir(&dir)
            .expect("read shared dir")
            .map(|e| e.expect("dir entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        paths.sort();
        for path in paths {
            let bytes = std::fs::read(&path).expect("read text");
            // Shown with the failure message when a check below panics.
            println!("checking {}", path.display());
            check_bytes(&bytes);
            let Ok(text) = String::from_utf8(bytes) else {
                continue;
            };
            let variants = [
                text.replace('\n', "\r\n"),
                text.replace('\n', "\r"),
                format!("\u{feff}{text}"),
                text.replace(' ', "\u{a0}"),
                text.replace('\n', "\n\0"),
            ];
            for v in variants {
                let doc = minutes::parse(&v);
                common::assert_invariants(&v, &doc);
            }
            // Cut at 16 points, as a timed-out download would be.
            let step = (text.len() / 16).max(1);
            for cut in (0..text.len())
                .step_by(step)
                .filter(|&c| text.is_char_boundary(c))
            {
                let doc = minutes::parse(&text[..cut]);
                common::assert_invariants(&text[..cut], &doc);
            }
            checked += 1;
        }
    }
    println!("checked {checked} shared texts");
}

// ---- Regressions: minimal reproducers of what fuzzing and the checks above found ------

/// Found by `cargo fuzz` on a corpus text ("... outside Café Nero"): the check for a lost
/// "it was" sliced the last six bytes of a paragraph, inside the two-byte 'é' (panic:
/// "byte index is not a char boundary").
#[test]
fn regression_multibyte_char_before_the_last_six_bytes() {
    hostile("Café Nero", "1. ITEM\nCafé Nero\n".to_string());
    hostile("it wäs", "1. ITEM\nit wäs\nThat x.\n".to_string());
}

/// Found on ../shared/corpus/108_southwark.txt: in a flattened table, a line holding only the
/// row separator "|" between two items belonged to neither item nor any diagnostic.
#[test]
fn regression_flattened_lone_separator_line() {
    hostile(
        "lone | line",
        "No. | Item |\n---|---|\nApologies\nTo receive apologies. Minutes: All present. |\n|\n\
         Urgent business\nNone were notified. Minutes: There were none. |\n|\n"
            .to_string(),
    );
    // The same, found by `cargo fuzz` from an empty corpus.
    hostile_bytes(
        "fuzz: pipes",
        vec![32, 224, 0, 0, 0, 0, 0, 16, 124, 10, 124, 124, 10, 124],
    );
    // And by the 30-minute run on 13bdb61 (all six of its crashes were this bug): a "-|" rule.
    hostile("fuzz: rule line", "f1) fn2|\nb|\n-|".to_string());
}

/// Found by `leading_blank_lines_shift_spans_only` (properties.rs): "ROLL CALL" alone has no
/// items, but after one blank line it becomes a truncated item titled "ROLL CALL". A blank
/// line before the text must shift spans and change nothing else.
#[test]
fn regression_leading_blank_line_changes_the_structure() {
    let titles = |text: &str| -> Vec<(Option<String>, minutes::CompactString, bool)> {
        let doc = check_str(text);
        doc.items
            .iter()
            .map(|i| {
                (
                    i.number.as_deref().map(String::from),
                    i.title.clone(),
                    i.truncated,
                )
            })
            .collect()
    };
    assert_eq!(titles("ROLL CALL"), titles("\nROLL CALL"));
    assert_eq!(
        titles("ROLL CALL\n1. ITEM\n"),
        titles("\n\nROLL CALL\n1. ITEM\n")
    );
}

/// Found by the 30-minute `cargo fuzz` run on cda738e (minimised from a corpus text with a
/// BOM before "pdf icon PDF 73 KB"): finding the attachment marker in a title lands inside
/// the three-byte U+FEFF, and `strip_attachments` slices there (panic in item.rs: "byte
/// index is not a char boundary").
#[test]
fn regression_attachment_marker_after_a_multibyte_char() {
    hostile("BOM before icon", "8.\n9\u{feff} icon P".to_string());
    hostile(
        "BOM before pdf icon",
        "12.\nBoard - 16th April, 2019\u{feff}pdf icon PDF 73 KB\n".to_string(),
    );
    hostile(
        "é before pdf icon",
        "12.\nCafé pdf icon PDF 73 KB\n".to_string(),
    );
}

/// Found by the same run (minimised from two corpus texts with junk spliced in): a line that
/// looks like an attachment marker ("... icon ...") in a flattened table is dropped: no
/// item, node or diagnostic covers it.
#[test]
fn regression_icon_line_in_a_flattened_table() {
    hostile("icon line after rows", "s|\ns|\ni icon t".to_string());
    hostile("icon cell in a row", "n|f icon D|\ns|".to_string());
    hostile_bytes("icon cell before junk", b"n|f icon t|\n\x84|\n".to_vec());
}

/// Found by `generated_minutes_keep_the_invariants` (properties.rs): a lettered sub-item
/// "(a) Aaa" under item 1 had a span starting at its letter, so its opening bracket lay in
/// no span. A sub-item's span starts at its line.
#[test]
fn regression_bracketed_sub_item_span_starts_at_its_bracket() {
    let text = "1. SMITH\n(a) Aaa\n";
    let doc = check_str(text);
    let sub = doc
        .items
        .iter()
        .find(|i| i.number.as_deref() == Some("1a"))
        .expect("(a) is a sub-item of 1");
    assert_eq!(&text[sub.span.start..sub.span.end], "(a) Aaa");
}
