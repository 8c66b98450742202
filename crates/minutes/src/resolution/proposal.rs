//! Parish and town councils' record of a proposal and its outcome without a resolution word
//! ("RESOLVED", "It was agreed that"): "Proposed by Cllr Ives, seconded by Cllr Joss, all in
//! favour: ...", "Proposed: Cllr Ives  Seconded: Cllr Joss  All agreed.", "Cllr James
//! proposed X, Cllr Green seconded, unanimous approval.", "These were proposed by Cllr Harper
//! and resolved." Each records one resolution, as a North American "Moved by ..., Seconded
//! by ..., THAT ... Carried" does; a proposal that fell or found no seconder records none.

use crate::people::{find_word_ci, word_boundary_at, word_boundary_before};
use crate::text::find_ascii_ci;

/// How a phrase records a proposal's passing.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Wherever it stands after the proposal: "all in favour", "unanimous approval".
    Anywhere,
    /// At the end of a sentence or clause (a full stop, comma or semicolon, or the text's
    /// end, after it): "These were proposed by Cllr Harper and resolved.", "This was
    /// resolved." ("the dispute was resolved quickly" records nothing).
    Ending,
    /// A clause of its own, the word alone between marks: "... seconded. Agreed.",
    /// "Cllr Green seconded, unanimous."
    Alone,
    /// An election that a seconded proposal made: "Cllr Ives was duly proposed and
    /// seconded and was duly elected Chairman."
    Elected,
}

/// The phrases, each with the key word it is looked for at (the word of it the scan stops
/// at, all of them rare outside records of votes) and how it records a passing.
const PHRASES: [(&str, &str, Kind); 24] = [
    ("all in favour", "favour", Kind::Anywhere),
    ("all were in favour", "favour", Kind::Anywhere),
    ("all members in favour", "favour", Kind::Anywhere),
    ("unanimously in favour", "favour", Kind::Anywhere),
    ("all agreed", "agreed", Kind::Anywhere),
    ("agreed by all", "agreed", Kind::Anywhere),
    ("unanimously agreed", "agreed", Kind::Anywhere),
    ("agreed unanimously", "agreed", Kind::Anywhere),
    ("unanimously approved", "approved", Kind::Anywhere),
    ("approved unanimously", "approved", Kind::Anywhere),
    ("unanimous approval", "approval", Kind::Anywhere),
    ("unanimous agreement", "agreement", Kind::Anywhere),
    ("and carried", "carried", Kind::Anywhere),
    // "Cllr Ives proposed and Cllr Joss seconded a motion, which was agreed by the Council
    // as set out below:", the motion in the next paragraph.
    ("which was agreed", "agreed", Kind::Anywhere),
    ("which was carried", "carried", Kind::Anywhere),
    ("duly carried", "carried", Kind::Anywhere),
    ("and resolved", "resolved", Kind::Ending),
    ("was resolved", "resolved", Kind::Ending),
    ("were resolved", "resolved", Kind::Ending),
    ("and agreed", "agreed", Kind::Ending),
    ("was agreed", "agreed", Kind::Ending),
    ("agreed", "agreed", Kind::Alone),
    ("approved", "approved", Kind::Alone),
    ("unanimous", "unanimous", Kind::Alone),
];

/// An election's phrases, read only of a seconded proposal.
const ELECTED: [&str; 3] = ["duly elected", "was elected", "were elected"];

/// Words that record a proposal that did not pass.
const FAILED: [&str; 7] = [
    "no seconder",
    "not seconded",
    "fell",
    "lost",
    "defeated",
    "withdrawn",
    "not carried",
];

/// Where `text` proposes something: "proposed", "proposal", "proposer", "propose".
pub(super) fn proposal_at(text: &str) -> Option<usize> {
    find_ascii_ci(text, "propos")
}

/// The outcome phrase, as written, of a proposal's passing that `text` records from byte
/// `from` on (past the proposal, when the text holds it), or `None`. `seconded` says whether
/// the proposal was seconded (an election then counts as its outcome).
///
/// One pass over the words from `from`: a word is turned away by its length and first
/// letter unless it is a key word of [`PHRASES`] or [`ELECTED`], and only then are its
/// phrases compared around it. The failures are looked for only once a passing is found.
pub(super) fn passing(text: &str, from: usize, seconded: bool) -> Option<&str> {
    let found = first_phrase(text, from, seconded)?;
    let failed = FAILED
        .iter()
        .any(|w| find_word_ci(text, w, 0, text.len()).is_some());
    (!failed).then_some(found)
}

/// [`passing`] before its failures are looked for.
fn first_phrase(text: &str, from: usize, seconded: bool) -> Option<&str> {
    let b = text.as_bytes();
    let mut i = from.min(b.len());
    while i < b.len() {
        if !b[i].is_ascii_alphabetic() {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_alphanumeric() {
            i += 1;
        }
        let word = &b[start..i];
        // "favour", "agreed", "approved", "approval", "agreement", "carried", "resolved",
        // "unanimous", "elected": six to nine letters, and one of six first letters.
        if !(6..=9).contains(&word.len())
            || !matches!(word[0] | 0x20, b'f' | b'a' | b'c' | b'r' | b'u' | b'e')
            || start > 0 && b[start - 1].is_ascii_alphanumeric()
        {
            continue;
        }
        if let Some(found) = phrase_at(text, start, i, seconded) {
            return Some(found);
        }
    }
    None
}

/// The phrase of [`PHRASES`] (or, when `seconded`, of [`ELECTED`]) whose key word is the
/// word at `start..end` of `text` and which stands around it, as written.
fn phrase_at(text: &str, start: usize, end: usize, seconded: bool) -> Option<&str> {
    let word = &text.as_bytes()[start..end];
    let elected = ELECTED.iter().map(|p| (*p, "elected", Kind::Elected));
    for (phrase, key, kind) in PHRASES.iter().copied().chain(elected) {
        if kind == Kind::Elected && !seconded || !word.eq_ignore_ascii_case(key.as_bytes()) {
            continue;
        }
        // The key word's place in the phrase: the phrase then starts that far before it.
        let Some(offset) = phrase.find(key) else {
            continue;
        };
        let Some(at) = start.checked_sub(offset) else {
            continue;
        };
        let stop = at + phrase.len();
        let matches = text
            .as_bytes()
            .get(at..stop)
            .is_some_and(|t| t.eq_ignore_ascii_case(phrase.as_bytes()))
            && word_boundary_before(text, at)
            && word_boundary_at(text, stop);
        if !matches {
            continue;
        }
        let placed = match kind {
            Kind::Anywhere | Kind::Elected => true,
            Kind::Ending => closes(text, stop),
            Kind::Alone => {
                let before = text[..at].trim_end();
                matches!(before.as_bytes().last(), Some(b'.' | b',' | b';')) && closes(text, stop)
            }
        };
        if placed {
            return Some(&text[at..stop]);
        }
    }
    None
}

/// Whether a clause ends at `at`: a full stop, comma or semicolon, or the text's end, after
/// white space.
fn closes(text: &str, at: usize) -> bool {
    text.as_bytes()[at..]
        .iter()
        .find(|b| !b.is_ascii_whitespace())
        .is_none_or(|b| matches!(b, b'.' | b',' | b';'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Option<&str> {
        let from = proposal_at(text)?;
        let seconded = find_ascii_ci(text, "second").is_some();
        passing(text, from, seconded)
    }

    #[test]
    fn proposals_and_their_outcomes() {
        for (text, want) in [
            (
                "Proposed by Cllr Ives, seconded by Cllr Joss, all in favour: Cllr King be elected.",
                Some("all in favour"),
            ),
            ("Proposed: Cllr Ives  Seconded: Cllr Joss  All agreed.", Some("All agreed")),
            (
                "It was proposed by Cllr Ives and seconded by Cllr Joss that the payments be approved. All in favour.",
                Some("All in favour"),
            ),
            (
                "Cllr James proposed the payments be approved, Cllr Green seconded, unanimous approval.",
                Some("unanimous approval"),
            ),
            ("These were proposed by Cllr Harper and resolved.", Some("and resolved")),
            (
                "Cllr Hillman proposed that Carla Saunders is co-opted. This was resolved.",
                Some("was resolved"),
            ),
            (
                "Cllr Ives proposed and Cllr Joss seconded that the payments be approved. Agreed.",
                Some("Agreed"),
            ),
            (
                "Cllr Ives was duly proposed and seconded and was duly elected Chairman.",
                Some("duly elected"),
            ),
            (
                "The Mayor proposed and Cllr Joss seconded a motion, which was agreed (unanimously) by the Council as set out below:",
                Some("which was agreed"),
            ),
            // No outcome, or one that failed.
            ("Cllr Ives proposed that the payments be approved.", None),
            ("Cllr Ives proposed and Cllr Joss seconded a motion as set out below:", None),
            (
                "Cllr Ives proposed that the payments be approved. There was no seconder and the motion fell.",
                None,
            ),
            (
                "Cllr Ives proposed a new bench, all in favour of the idea but it was not seconded.",
                None,
            ),
            ("Cllr Ives proposed that the dispute was resolved quickly.", None),
            ("Cllr Ives was proposed and was elected by ballot.", None),
            ("Cllr Ives proposed, overall in favour of the idea.", None),
        ] {
            assert_eq!(read(text), want, "{text:?}");
        }
    }
}
