//! Resolutions recorded inside a paragraph's prose, past its first word, in lower case (the
//! capitals "RESOLVED" and "AGREED" are read wherever they stand):
//! - the last sentence opening with an opener: "Proposed Cllr Ives, seconded Cllr Hale, all
//!   in favour. Resolved.";
//! - "it was" just after a lead-in: "Following discussion, it was agreed that the Clerk
//!   write" (not "Through the Panel, it was agreed to explore ...", a report's narrative);
//! - a motion's record: "proposed by Cllr Ives, seconded by Cllr Hale and resolved that".

use std::sync::LazyLock;

use memchr::memmem;

use super::{after_adverb, opener_of, opener_word};
use crate::text::{find_ascii_ci, starts_with_ci};

/// Words that open a sentence before "it was": "After discussion it was agreed",
/// "Following a vote, it was resolved".
const LEAD_INS: [&str; 8] = [
    "after ",
    "following ",
    "having ",
    "upon ",
    "on ",
    "subsequently",
    "accordingly",
    "thereafter",
];

/// How far into a paragraph "it was" may stand after a lead-in: "Following a short
/// discussion, it was" is near the start; a narrative that runs on before it is no record.
const LEAD_IN_WITHIN: usize = 48;

/// The keyword of a resolution recorded in `text` past its start, if there is one. Asked only
/// of paragraphs with an opener word ([`crate::triggers::Trigger::Opener`]) that do not open
/// with it; `motion` says whether the paragraph has a motion's words ("seconded").
pub(super) fn opener_in(text: &str, motion: bool) -> Option<&str> {
    last_sentence_opener(text)
        .or_else(|| it_was_after_lead_in(text))
        .or_else(|| motion.then(|| motion_record(text)).flatten())
        .or_else(|| body_resolved(text))
}

/// The bodies whose "resolved to" records a decision: "the Council resolved to make no
/// objection" (where "the matter was resolved to everyone's satisfaction" records none).
const BODIES: [&str; 9] = [
    "council",
    "committee",
    "sub-committee",
    "members",
    "councillors",
    "board",
    "cabinet",
    "panel",
    "commission",
];

/// Words that stand between a body and "resolved" ("The Committee further resolved:-").
const BODY_ADVERBS: [&str; 4] = ["further", "also", "then", "therefore"];

/// "the Council resolved to make no objection", "Members resolved that ...": a body's name
/// (an adverb of [`BODY_ADVERBS`] may follow it), then "resolved", then "to", "that" or "unanimously"; or a label's marks and any text, as
/// Scottish councils write: "The Council resolved:- to note the position." (a lead-in whose
/// decision, in lower case, joined it from the next paragraph), "The Committee resolved:- in
/// terms of Section 50A(4) ...".
fn body_resolved(text: &str) -> Option<&str> {
    // One searcher for every paragraph: a `str` search set one up per call.
    static RESOLVED: LazyLock<memmem::Finder<'static>> =
        LazyLock::new(|| memmem::Finder::new(" resolved"));
    RESOLVED.find_iter(text.as_bytes()).find_map(|at| {
        let before = &text[..at];
        let (rest, word) = before.rsplit_once(' ').unwrap_or(("", before));
        // "The Committee further resolved:-": an adverb between the body and its verb.
        let word = if BODY_ADVERBS.iter().any(|a| word.eq_ignore_ascii_case(a)) {
            rest.rsplit(' ').next().unwrap_or(rest)
        } else {
            word
        };
        let after = &text[at + " resolved".len()..];
        // After a label's marks the decision is whatever follows ("resolved:- in terms of
        // Section 50A(4) ... to exclude the press").
        let decides = match after_label_marks(after) {
            Some(rest) => rest.len() > 1,
            // "Cabinet resolved that, subject to the views expressed, the draft be
            // endorsed": a clause between "that" and the decision.
            None => [" to ", " that ", " that, ", " unanimously "]
                .iter()
                .any(|w| after.starts_with(w)),
        };
        (decides && BODIES.iter().any(|b| word.eq_ignore_ascii_case(b)))
            .then(|| &text[at + 1..at + 1 + "resolved".len()])
    })
}

/// `after` (what follows "resolved") past a label's marks, from the space before the next
/// word: ":- to", " :- that", ": to", " - to". `None` where no mark stands there.
fn after_label_marks(after: &str) -> Option<&str> {
    let marks = after.strip_prefix(' ').unwrap_or(after);
    let rest = marks.trim_start_matches([':', '-', '\u{2013}']);
    (rest.len() < marks.len() && rest.starts_with(' ')).then_some(rest)
}

/// An opener at the start of the paragraph's last sentence ("Proposed Cllr Ives, seconded
/// Cllr Hale, all in favour. Resolved."): the record closes the paragraph.
fn last_sentence_opener(text: &str) -> Option<&str> {
    let bytes = text.as_bytes();
    let body = bytes.strip_suffix(b".").unwrap_or(bytes);
    let dot = memchr::memrchr(b'.', body)?;
    let start = dot + 2;
    let opens =
        bytes.get(dot + 1) == Some(&b' ') && bytes.get(start).is_some_and(u8::is_ascii_uppercase);
    opens
        .then(|| opener_of(text.get(start..)?))
        .flatten()
        .map(|(keyword, _)| keyword)
}

/// "it was" near the start of a paragraph that opens with a lead-in ([`LEAD_INS`]):
/// "Following discussion it was agreed that ...".
fn it_was_after_lead_in(text: &str) -> Option<&str> {
    if !LEAD_INS.iter().any(|l| starts_with_ci(text, l)) {
        return None;
    }
    let head = text
        .as_bytes()
        .get(..LEAD_IN_WITHIN + "it was ".len())
        .unwrap_or(text.as_bytes());
    let at = head
        .windows("it was ".len())
        .position(|w| w.eq_ignore_ascii_case(b"it was "))?;
    // One sentence: "After the vote. It was" is the next one's.
    if head[..at].contains(&b'.') {
        return None;
    }
    opener_of(text.get(at..)?).map(|(keyword, _)| keyword)
}

/// "... seconded by Cllr Hale and resolved that ...": a motion's record, "and" then an
/// opener (after up to two adverbs) then "that", "to" or "unanimously", after "seconded".
fn motion_record(text: &str) -> Option<&str> {
    let seconded = find_ascii_ci(text, "seconded")?;
    let mut from = seconded;
    while let Some(found) = text.get(from..).and_then(|t| t.find(" and ")) {
        let mut at = from + found + " and ".len();
        from = at;
        for _ in 0..2 {
            match text.get(at..).and_then(after_adverb) {
                Some(len) if opener_word(&text.as_bytes()[at..]).is_none() => at += len,
                _ => break,
            }
        }
        let Some(word) = opener_word(text.as_bytes().get(at..)?) else {
            continue;
        };
        let keyword = text.get(at..at + word.len())?;
        let after = text.get(at + word.len()..)?;
        let resolves = ["decided", "resolved", "agreed"].contains(&word)
            && [" that ", " to ", " unanimously"]
                .iter()
                .any(|next| starts_with_ci(after, next));
        if resolves {
            return Some(keyword);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opener_in_any(text: &str) -> Option<&str> {
        opener_in(text, true)
    }

    #[test]
    fn openers_in_prose() {
        for (text, keyword) in [
            (
                "Proposed Cllr Ives, seconded Cllr Hale, all in favour. Resolved.",
                Some("Resolved"),
            ),
            (
                "Cllr Ives proposed the grant. Resolved that the grant be paid.",
                Some("Resolved"),
            ),
            (
                "Following discussion, it was agreed that the Clerk would write.",
                Some("agreed"),
            ),
            (
                "After discussion it was unanimously resolved to support the plan.",
                Some("resolved"),
            ),
            (
                "It was proposed by Cllr Ives, seconded by Cllr Hale and resolved that the plan be supported.",
                Some("resolved"),
            ),
            (
                "Proposed by Cllr Ives, seconded by Cllr Hale and unanimously agreed to support the plan.",
                Some("agreed"),
            ),
            (
                "Proposed by Cllr Ives and seconded by Cllr Hale and RESOLVED unanimously.",
                Some("RESOLVED"),
            ),
            ("The matter was resolved.", None),
            (
                "Application 24/01234/FUL, 12 Church Lane: the Council resolved to make no objection.",
                Some("resolved"),
            ),
            ("Members resolved that the Clerk write.", Some("resolved")),
            (
                "(2) Cabinet resolved that, subject to the views given, the plan be endorsed.",
                Some("resolved"),
            ),
            ("The Council resolved:- to note the position.", Some("resolved")),
            ("The Sub Committee resolved :- that the licence be granted.", Some("resolved")),
            ("The Board resolved - to defer the application.", Some("resolved")),
            ("The Board further resolved:- to defer the item.", Some("resolved")),
            ("The Board then resolved to defer the item.", Some("resolved")),
            ("The issue further resolved:- to our relief.", None),
            ("The Council resolved:- in terms of Section 50A(4), to exclude the press.", Some("resolved")),
            ("The Council resolved:-to note.", None),
            ("The issue was resolved:- to our relief.", None),
            ("The matter was resolved to everyone's satisfaction.", None),
            ("The Council's concerns were resolved that week.", None),
            ("Cllr Ives said it was agreed last year that the hall be painted.", None),
            ("Cllr Ives said that it was agreed that the hall be painted.", None),
            ("The dispute had been resolved. Agreed terms were noted.", None),
            ("Seconded by Cllr Hale and agreed by all present.", None),
            ("Members agreed that the Clerk would write and resolved to wait.", None),
            ("x. ", None),
            (
                "Through the Panel, it was agreed to explore a return to the county.",
                None,
            ),
            (
                "Following discussion Members agreed to hold meetings at a single venue, at it was agreed that this be the Town Hall.",
                None,
            ),
            // The sentence after a lead-in's is read as a last sentence, not as the lead-in's.
            (
                "After the vote. It was agreed that the Clerk write.",
                Some("agreed"),
            ),
            ("After the vote. Members said it was agreed that the Clerk write.", None),
            ("", None),
        ] {
            assert_eq!(opener_in_any(text), keyword, "{text:?}");
        }
    }
}
