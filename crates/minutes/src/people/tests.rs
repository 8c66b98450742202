//! Tests across the whole module: the shared fuzz inputs and helpers, and the scanners
//! run together on odd and long text.

use super::*;
use crate::model::{Person, Span};
use crate::people::apologies::{apologies_with_hits, ApologyHits};
use crate::people::helpers::words_in;
use crate::people::lists::{read_entries_into, read_list, Mode};
use crate::people::roles::{people_with_roles_in, Scratch};
use crate::people::splitter::Splitter;

pub(super) fn names(people: &[Person]) -> Vec<&str> {
    people.iter().map(|p| p.name.as_str()).collect()
}

/// Every span lies inside the input, on char boundaries, and its text contains the name's
/// last word.
pub(super) fn check_spans(input: &str, people: &[Person]) {
    for p in people {
        let s = p
            .span
            .slice(input)
            .unwrap_or_else(|| panic!("bad span {:?} for {}", p.span, p.name));
        let last = p.name.rsplit(' ').next().unwrap();
        assert!(
            crate::text::clean(s).contains(last),
            "span {s:?} does not hold {:?}",
            p.name
        );
    }
}

pub(super) fn list(input: &str) -> Vec<Person> {
    let people = parse_name_list(input, 0);
    check_spans(input, &people);
    people
}

#[test]
fn buffers_lent_from_the_last_text_change_nothing() {
    // Each text is read with the thread's buffers as the text before left them, and
    // with new ones.
    let mut texts: Vec<String> = [
        "Jane Wood, Head of Service for Children in Care and Chris Macdonald, Service Manager",
        "Stephen Zollinger – City Attorney\nJohn Smith (Chief Executive)",
        "Councillors A Smith (Chair), B Jones, C Brown and D White",
        "Apologies were received from Councillors A Smith and B Jones.",
        "Cllr C was excused. No apologies.",
    ]
    .iter()
    .map(|t| t.to_string())
    .collect();
    texts.extend(fuzz_inputs(500));
    for t in &texts {
        let fresh = people_with_roles_in(t, 3, &mut Scratch::default());
        assert_eq!(parse_people_with_roles(t, 3), fresh, "{t:?}");
        let fresh = apologies_with_hits(t, 3, &mut ApologyHits::default());
        assert_eq!(apologies_in_sentence(t, 3), fresh, "{t:?}");
        for mode in [Mode::SkipProse, Mode::StopAtProse] {
            let mut fresh = Vec::new();
            let mut entries = Splitter::new(t);
            let at = read_entries_into(t, 3, mode, usize::MAX, &mut entries, &mut fresh);
            assert_eq!(read_list(t, 3, mode, usize::MAX), (fresh, at), "{t:?}");
        }
    }
}

#[test]
fn never_panics_on_odd_input() {
    let odd = [
        "",
        " ",
        "\u{a0}",
        ",,,;;",
        "(((((",
        ")))",
        "Cllr",
        "Councillors",
        "and",
        "&",
        ".",
        "Cllr.",
        "é",
        "Cllr Zoë (",
        "• \n•",
        "o",
        "Council\n",
        "Apologies:",
        "apologies from",
        "from",
        "Mr Mr Mr Mr",
        "A. B. C. D.",
        "\r\n\r\n",
        "(in the Chair)",
        "–",
        "Chair:",
        // Found by the random-mix test: trigger words at the very end of a piece.
        "Z.received from",
        "Ann Lee (Clerk) and",
        "Ann Lee (Clerk) and ",
        "Apologies for absence",
    ];
    for s in odd {
        for base in [0, 7] {
            for p in parse_name_list(s, base)
                .into_iter()
                .chain(apologies_in_sentence(s, base).unwrap_or_default())
                .chain(parse_people_with_roles(s, base))
            {
                assert!(
                    p.span.start >= base && p.span.end <= base + s.len(),
                    "{s:?}: {p:?}"
                );
                assert!(s.get(p.span.start - base..p.span.end - base).is_some());
            }
        }
    }
}

/// Pieces that have broken scanners before: brackets, separators, multi-byte letters,
/// NBSP, curly quotes, titles, trigger words and numbers.
pub(super) const PIECES: &[&str] = &[
    "Cllr",
    "Councillors",
    "Council\n",
    "Member",
    "Mr",
    "Dr.",
    "Z.",
    "H.A.L.",
    "and",
    "&",
    ",",
    ";",
    ":",
    ".",
    ". ",
    "(",
    ")",
    "[",
    "(in the Chair)",
    "\n",
    "\n\n",
    "\r\n",
    "\u{a0}",
    " ",
    "Zoë",
    "O’Brien",
    "Łukasz",
    "é",
    "日本",
    "–",
    "-",
    "•",
    "o ",
    "apologies",
    "from",
    "received from",
    "sent his apologies",
    "declared",
    "a non-pecuniary",
    "interest",
    "in item",
    "7p",
    "Minute",
    "No.",
    "45/23",
    "TCF 23/31",
    "moved by",
    "seconded by",
    "carried",
    "LOST",
    "5-0",
    "For",
    "7",
    "Against",
    "aye:",
    "nay:",
    "none",
    "Smith",
    "Head of Service",
    "welcomed to the meeting",
    "Chairman",
    "Vice-Chair",
    "who",
];

/// The words (as the splitter cuts them) of `n` fuzz inputs.
pub(super) fn fuzz_words(n: usize) -> Vec<String> {
    let mut words = Vec::new();
    for t in fuzz_inputs(n) {
        words.extend(
            words_in(&t, 0, t.len())
                .iter()
                .map(|&(s, e)| t[s..e].to_string()),
        );
    }
    words
}

/// A deterministic pseudo-random mix of `PIECES`.
pub(super) fn fuzz_inputs(count: usize) -> Vec<String> {
    crate::test_text::mixes(PIECES, count, 0x9E37_79B9_7F4A_7C15, 40, |n| n % 3 == 0)
}

#[test]
fn random_mixes_never_panic_and_spans_stay_inside() {
    for input in fuzz_inputs(3000) {
        let base = 11;
        let inside = |span: Span| {
            span.start >= base
                && span.start <= span.end
                && input.get(span.start - base..span.end - base).is_some()
        };
        let people = parse_name_list(&input, base)
            .into_iter()
            .chain(apologies_in_sentence(&input, base).unwrap_or_default())
            .chain(parse_people_with_roles(&input, base))
            .chain(names_in_clause(&input, base));
        for p in people {
            assert!(inside(p.span), "{input:?}: {p:?}");
            assert!(
                !p.name.is_empty() && p.name == crate::text::clean(&p.name),
                "{input:?}: {p:?}"
            );
        }
        if let Some(m) = crate::motion::parse_motion(&input, base) {
            assert!(inside(m.span), "{input:?}: {m:?}");
        }
        for d in crate::declaration::find_declarations(&input, base) {
            assert!(inside(d.span), "{input:?}: {d:?}");
        }
        for r in crate::declaration::find_references(&input, base) {
            assert!(inside(r.span), "{input:?}: {r:?}");
        }
    }
}

#[test]
fn long_inputs_are_read_once() {
    // A long list and a long run of prose: both must finish (linear scanning).
    let many = "Cllr Smith, ".repeat(20_000);
    assert_eq!(parse_name_list(&many, 0).len(), 20_000);
    let prose = "apologies apologies from from ".repeat(20_000);
    let _ = apologies_in_sentence(&prose, 0);
    let spaces = format!("Cllr Smith{}", "\n \n".repeat(50_000));
    assert_eq!(parse_name_list(&spaces, 0).len(), 1);
    // Many names in one entry (no separators): each split reuses the entry's words.
    let glued = "Mr Smith ".repeat(20_000);
    assert_eq!(parse_name_list(&glued, 0).len(), 20_000);
    assert_eq!(names_in_clause(&glued, 0).len(), 20_000);
    let parens = "(".repeat(100_000);
    assert!(parse_name_list(&parens, 0).is_empty());
}

/// "Councilman" and "Councilwoman" (US minutes) are a council member's title, as
/// "Councilmember" is; their plurals title the names after them.
#[test]
fn councilman_is_a_council_members_title() {
    let people = list("Councilman Ned Vale, Councilwoman Ida Marsh\nCouncilmen Ott and Pym");
    assert_eq!(names(&people), ["Ned Vale", "Ida Marsh", "Ott", "Pym"]);
    assert!(people
        .iter()
        .all(|p| p.title.as_deref() == Some("Council Member")));
}

/// Another body's members before a list of their names ("Supervisors Ames, Bell and Cole",
/// "Board Members ...") title every name after them, as "Councillors" does; the singular
/// before one name stays in it, as "Alderman" does.
#[test]
fn other_bodies_members_title_the_names_after_them() {
    for (input, title) in [
        ("Supervisors Ames, Bell, and Chairman Cole", "Supervisor"),
        ("Commissioners Ames, Bell and Cole", "Commissioner"),
        ("TRUSTEES Ames, Bell and Cole", "Trustee"),
        ("Board Members Ames, Bell and Cole", "Board Member"),
        ("Aldermen Ames, Bell and Cole", "Alderman"),
    ] {
        let people = list(input);
        assert_eq!(names(&people), ["Ames", "Bell", "Cole"], "{input}");
        assert!(
            people.iter().all(|p| p.title.as_deref() == Some(title)),
            "{input}"
        );
    }
    let people = list("Commissioner Ames, Commissioner Bell");
    assert_eq!(names(&people), ["Commissioner Ames", "Commissioner Bell"]);
}

/// "County Borough Councillors S Hale, B Ives": the tiers before a plural title are no name,
/// and the title applies to the names after it as any plural title's does.
#[test]
fn tiers_before_a_plural_title_are_no_name() {
    let got = list("County Borough Councillors S Hale, B Ives and C Joss");
    assert_eq!(names(&got), ["S Hale", "B Ives", "C Joss"]);
    check_spans("County Borough Councillors S Hale, B Ives and C Joss", &got);
    assert_eq!(
        names(&list("County Councillors D Kerr and E Lamb")),
        ["D Kerr", "E Lamb"]
    );
}

/// "Ben A. Hale, Jr. (Arrived at 6:05 p.m.)": a generational suffix keeps to the name before
/// it with a note in brackets after it too; a name after a comma is still one of its own.
#[test]
fn suffix_before_a_note_ends_the_name_before() {
    let people = list(
        "Ann C. Ives, Chair\nBen A. Hale, Jr. (Arrived at 6:05 p.m.)\nCy D. Joss, III\nSid Kent",
    );
    assert_eq!(
        names(&people),
        [
            "Ann C. Ives",
            "Ben A. Hale, Jr.",
            "Cy D. Joss, III",
            "Sid Kent"
        ]
    );
    let people = list("Ben Hale, Sid (Arrived late), Ivo Joss");
    assert_eq!(names(&people), ["Ben Hale", "Sid", "Ivo Joss"]);
}
