//! Numbered decisions that stand without "RESOLVED": each entry of a list that opens with a
//! decision verb is one resolution.
//!
//! - an issue's decisions page: "(1) To AGREE the plan;" / "(2) To DELEGATE authority to
//!   ..." (the verb in capitals says it is a decision wherever the list stands);
//! - a decision page that lost its "Decision:" label: "The Committee:" then "(1) Noted the
//!   report" / "(2) Authorised the Head of Planning to ...": a verb in the past tense, after a
//!   lead-in that names the body, at the start of the text, or in a "Decision:" block;
//! - a flattened page that lost its bold "RESOLVED": "A The Committee approved the plan." /
//!   "B The Licensing Committee noted ...": a capital letter and the body's decision.
//!
//! Read only where nothing else was (see [`super::find_into`]): a cold path.

use super::inline::{first_kind, ordinal, Kind};
use super::{number_mark, resolution};
use crate::blocks::Unit;
use crate::model::Resolution;
use crate::text::strip_suffix_ci;

/// Their infinitives after "To": "(1) To note the report" (in a decision block; in capitals,
/// "To AGREE", any verb is one).
const TO_DO: [&str; 17] = [
    "note",
    "agree",
    "approve",
    "authorise",
    "authorize",
    "delegate",
    "endorse",
    "adopt",
    "request",
    "recommend",
    "support",
    "confirm",
    "accept",
    "instruct",
    "ask",
    "grant",
    "refuse",
];

/// How many paragraphs without a mark may stand between two entries (a sub-list's lead-in,
/// a table's stray cell) before the list is taken to have ended.
const GAP: usize = 2;

/// Whether a paragraph may open a list of decisions with its first entry's mark ("(1)",
/// "1.", "a)", "i.", "A The"): asked by [`super::bare_that`] of the paragraphs it reads.
pub(super) fn may_open(text: &str) -> bool {
    matches!(
        *text.as_bytes(),
        [b'(', b'1' | b'a' | b'i', b')', ..]
            | [b'1' | b'a' | b'i', b')' | b'.', ..]
            | [b'A', b' ', b'T', ..]
    )
}

/// Pushes a resolution for each decision entry in `units` (see the module's doc), from
/// paragraph `from` (the first that [`may_open`] a list); `decision` says they are a
/// "Decision:" block's, where a verb alone says an entry decides.
#[cold]
pub(super) fn push(units: &[Unit], from: usize, decision: bool, out: &mut Vec<Resolution>) {
    let mut i = from;
    while i < units.len() {
        let unit = &units[i];
        // "(1) That ...": [`super::bare_that`]'s, read there already (turned away here
        // before its mark is read: most lists after the first candidate are such).
        let that = unit.text.as_bytes().get(4..9) == Some(b"That ");
        if !may_open(&unit.text) || that || unit.entry.is_some() {
            i += 1;
            continue;
        }
        let Some((label, at)) = first_mark(&unit.text) else {
            i += 1;
            continue;
        };
        let led = decision || i == 0 || is_body_lead_in(&units[i - 1].text);
        let body = &unit.text[at..];
        if !decides(body, led) {
            i += 1;
            continue;
        }
        out.push(resolution(Some(label), body, unit.span, ""));
        i = run(units, i + 1, label, led, out);
    }
}

/// The entries after the first (labelled `first`), to where the list ends; returns where
/// reading goes on. A mark out of turn is a sub-list's ("a) From 1 July ..." under "(2)").
fn run(units: &[Unit], mut i: usize, first: &str, led: bool, out: &mut Vec<Resolution>) -> usize {
    // "A The Committee ..." opens a run of capitals, counted as the small letters are.
    let Some(kind) = first_kind(first).or((first == "A").then_some(Kind::Letter)) else {
        return i;
    };
    let mut last = 1;
    let mut gap = 0;
    while let Some(unit) = units.get(i) {
        match mark(&unit.text) {
            Some((label, at)) => {
                gap = 0;
                if place(label, kind) == Some(last + 1) {
                    last += 1;
                    let body = &unit.text[at..];
                    if decides(body, led) {
                        out.push(resolution(Some(label), body, unit.span, ""));
                    }
                }
            }
            None if gap < GAP => gap += 1,
            None => break,
        }
        i += 1;
    }
    i
}

/// An entry's mark: a resolution's number ("(1)", "1.", "(a)", "i)"), or a capital letter
/// alone before the body's decision ("A The Committee approved ...").
fn mark(text: &str) -> Option<(&str, usize)> {
    number_mark(text).or_else(|| match *text.as_bytes() {
        [c, b' ', ..] if c.is_ascii_uppercase() && body_decided(&text[2..]) => {
            Some((&text[..1], 2))
        }
        _ => None,
    })
}

/// A first entry's mark and where its text starts: "(1) ", "1) ", "1. " (or with "a" or
/// "i"), "A The": read in a few compares, as [`may_open`] let through many paragraphs of
/// prose ("1) The Committee was informed ...") whose general reading cost more.
fn first_mark(text: &str) -> Option<(&str, usize)> {
    let (label, at) = match *text.as_bytes() {
        [b'(', b'1' | b'a' | b'i', b')', b' ', ..] => (&text[1..2], 4),
        [b'1' | b'a' | b'i', b')' | b'.', b' ', ..] => (&text[..1], 3),
        [b'A', b' ', b'T', ..] if body_decided(&text[2..]) => (&text[..1], 2),
        _ => return None,
    };
    let rest = &text[at..];
    Some((label, at + (rest.len() - rest.trim_start().len())))
}

/// The place of `label` in a run of `kind` ([`ordinal`], the inline lists' reading), a
/// capital letter counted as its small one ("A The ...", "B The ...").
fn place(label: &str, kind: Kind) -> Option<u32> {
    match *label.as_bytes() {
        [c] if kind == Kind::Letter && c.is_ascii_uppercase() => Some(u32::from(c - b'A') + 1),
        _ => ordinal(label, kind),
    }
}

/// Whether an entry's body (past its mark) opens with a decision: "To AGREE ..." (any verb
/// in capitals), the body's decision ("The Committee approved ..."), or, where `led` (a
/// decision block or a lead-in names the body), "Noted ..." or "To note ...".
fn decides(body: &str, led: bool) -> bool {
    if let Some(rest) = body
        .strip_prefix("To ")
        .or_else(|| body.strip_prefix("to "))
    {
        let verb = rest.split([' ', ',', ';']).next().unwrap_or("");
        return (verb.len() >= 3 && verb.bytes().all(|b| b.is_ascii_uppercase()))
            || (led && TO_DO.iter().any(|v| verb.eq_ignore_ascii_case(v)));
    }
    body_decided(body)
        || (led && {
            let first = body.split(' ').next().unwrap_or("");
            is_done(&first.to_ascii_lowercase())
        })
}

/// "The Committee approved ...", "The Licensing Committee noted ...": "The", the body's name
/// in a word or two, and a decision in the past tense.
fn body_decided(text: &str) -> bool {
    let Some(rest) = text.strip_prefix("The ") else {
        return false;
    };
    // The second and third words, read byte by byte (a split's searcher cost more).
    let mut word_at = 0;
    let mut words = 0;
    for (j, &c) in rest.as_bytes().iter().enumerate() {
        if c == b' ' {
            if words > 0 && is_done(&rest[word_at..j]) {
                return true;
            }
            words += 1;
            if words == 3 {
                return false;
            }
            word_at = j + 1;
        }
    }
    false
}

/// Whether `word` is a decision in the past tense, in lower case ("(1) Noted the report"):
/// a match, which compares the word's length first, where a search of a list compared
/// every entry.
fn is_done(word: &str) -> bool {
    matches!(
        word,
        "noted"
            | "agreed"
            | "approved"
            | "authorised"
            | "authorized"
            | "delegated"
            | "endorsed"
            | "adopted"
            | "resolved"
            | "requested"
            | "recommended"
            | "supported"
            | "confirmed"
            | "accepted"
            | "instructed"
            | "asked"
            | "welcomed"
            | "granted"
            | "refused"
            | "appointed"
    )
}

/// "The Committee:", "Cabinet:", "The Licensing and Planning Policy Committee:": a short
/// paragraph that names a body and ends in a colon, leading into its decisions.
fn is_body_lead_in(text: &str) -> bool {
    let text = text.trim_end();
    text.len() <= 60
        && text.ends_with(':')
        && text.starts_with(|c: char| c.is_ascii_uppercase())
        && text.split(' ').count() <= 6
        && [
            "committee:",
            "cabinet:",
            "council:",
            "board:",
            "panel:",
            "executive:",
        ]
        .iter()
        .any(|b| strip_suffix_ci(text, b).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resolution::tests::para;

    /// The numbers of the entries read from `lines`.
    fn read(lines: &[&str], decision: bool) -> Vec<String> {
        let units: Vec<Unit> = lines.iter().map(|l| para(l)).collect();
        let mut out = Vec::new();
        push(&units, 0, decision, &mut out);
        out.into_iter()
            .map(|r| r.number.unwrap_or_default().to_string())
            .collect()
    }

    #[test]
    fn verbs_in_capitals_decide_anywhere() {
        let lines = [
            "The report was introduced.",
            "(1) To AGREE the Harbour Plan for consultation;",
            "(2) To ASK that the plan return to the Board; and",
            "(3) To DELEGATE authority to the Harbour Master to make minor changes.",
        ];
        assert_eq!(read(&lines, false), ["1", "2", "3"]);
        // In lower case, after a sentence, a list is no decision.
        let lines = [
            "The options were:",
            "(1) To agree the plan;",
            "(2) To wait.",
        ];
        assert!(read(&lines, false).is_empty());
        // Letters run on through "i", which a letter run counts as a letter, not a roman one.
        let lines: Vec<String> = ('a'..='j')
            .map(|c| format!("({c}) To NOTE item {c};"))
            .collect();
        let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
        assert_eq!(
            read(&lines, false),
            ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]
        );
    }

    #[test]
    fn past_verbs_decide_after_the_body_or_in_a_decision() {
        let lines = [
            "Decision status: For Determination",
            "The Harbour Committee:",
            "(1) Noted the report on moorings;",
            "a) the fees for 2026;",
            "b) the waiting list.",
            "(2) Authorised the Harbour Master to amend the plan.",
            "Report author: Ann Other",
        ];
        assert_eq!(read(&lines, false), ["1", "2"]);
        assert_eq!(read(&lines[2..], false), ["1", "2"]);
        let lines = ["(1) Noted the report.", "(2) Asked for a review."];
        assert_eq!(read(&lines, true), ["1", "2"]);
        // A list in a paragraph's prose, whose lead-in names no body.
        let lines = [
            "The Board met in March.",
            "Members supported the proposal that late reports be taken only if there was:",
            "1) A good reason for the delay; and",
            "2) Noted evidence of need.",
        ];
        assert!(read(&lines, false).is_empty());
    }

    #[test]
    fn lettered_decisions_of_the_body() {
        let lines = [
            "The Committee received a report on the plan.",
            "A The Committee approved the plan for 2026.",
            "B The Licensing Committee noted the progress made.",
        ];
        assert_eq!(read(&lines, false), ["A", "B"]);
        assert!(read(&["A The Committee heard from the Clerk."], false).is_empty());
    }

    #[test]
    fn a_list_ends_after_other_text() {
        let lines = [
            "(1) To APPROVE the budget;",
            "Members discussed the fees.",
            "The Clerk reported.",
            "Councillor Ives asked about parking.",
            "(2) To NOTE the report.",
        ];
        assert_eq!(read(&lines, false), ["1"]);
    }
}
