//! The motion reader as it was before the single-pass scan, kept verbatim as a test oracle:
//! `motion::parse_motion` must give exactly what this straightforward reading of the rules
//! gives (one search per phrase), on every input.

use crate::model::{Motion, Outcome, Span, VoteCount};
// The rules' tables and the helpers the single-pass reader did not change are shared, not
// copied.
use crate::motion::{
    count, followed_by_any, labelled_count, names_counted, near_resolved, pair, preceded_by_not,
    starts_with_colon, trim_those_voting, CARRIED_NOT_OUTCOME, CONTEXT_BYTES, MAX_NAME_BYTES,
    MOVER, SECONDER, VOTE_CONTEXT,
};
use crate::people::{
    self, char_at, find_word_ci, first_person, is_space, skip_space, starts_with_ci,
};

/// The motion recorded in `text` (which starts at byte `base` of the input), if any.
///
/// Returns `None` when the text names no mover or seconder and states no outcome or vote.
/// Names are given without "Councillor"/"Cllr"/"Council Member" (other honorifics such as
/// "Mr" stay). `span` runs from the first piece of evidence to the end of the last one (from
/// "moved by" to "AGREED"), so it covers the text the motion was read from.
pub(crate) fn parse_motion(text: &str, base: usize) -> Option<Motion> {
    let mut evidence: Option<(usize, usize)> = None;
    let mut note = |s: usize, e: usize| {
        evidence = Some(evidence.map_or((s, e), |(a, b)| (a.min(s), b.max(e))));
    };

    let moved_by = named_after(text, base, MOVER).map(|(at, name, end)| {
        note(at, end);
        name
    });
    let seconded_by = named_after(text, base, SECONDER).map(|(at, name, end)| {
        note(at, end);
        name
    });
    let outcome = find_outcome(text).map(|(outcome, s, e)| {
        note(s, e);
        outcome
    });
    let votes = find_votes(text).map(|(votes, s, e)| {
        note(s, e);
        votes
    });
    let (s, e) = evidence?;
    Some(Motion {
        moved_by,
        seconded_by,
        outcome,
        votes,
        span: Span::new(base + s, base + e),
    })
}

/// The earliest of `phrases` in `text` followed by a name: (phrase start, name, name end).
fn named_after(
    text: &str,
    base: usize,
    phrases: &[&str],
) -> Option<(usize, compact_str::CompactString, usize)> {
    // The first occurrence of each phrase, earliest first; the first one followed by a
    // name wins ("Motion: That the report be noted" names nobody).
    let mut found: Vec<(usize, &str)> = phrases
        .iter()
        .filter_map(|p| find_phrase(text, p).map(|i| (i, *p)))
        .collect();
    found.sort_unstable();
    found.into_iter().find_map(|(at, phrase)| {
        let mut from = at + phrase.trim_end_matches(':').len();
        // "Moved by:Councillor S. Martin", "Moved by - Cllr Smith".
        while let Some(c) =
            char_at(text, from).filter(|&c| is_space(c) || matches!(c, ':' | '-' | '–'))
        {
            from += c.len_utf8();
        }
        let person = first_person(&text[from..], base + from, MAX_NAME_BYTES)?;
        let end = person.span.end - base;
        Some((at, person.name, end))
    })
}

/// The first whole-word occurrence of `phrase`; a phrase ending in ":" must be followed by
/// one (spaces allowed before it).
fn find_phrase(text: &str, phrase: &str) -> Option<usize> {
    let words = phrase.trim_end_matches(':');
    let mut from = 0;
    while let Some(at) = find_word_ci(text, words, from, text.len()) {
        if !phrase.ends_with(':') || starts_with_colon(text, at + words.len()) {
            return Some(at);
        }
        from = at + words.len();
    }
    None
}

/// The last outcome stated in `text`, with the range of the words that state it.
fn find_outcome(text: &str) -> Option<(Outcome, usize, usize)> {
    let bytes = text.as_bytes();
    let mut found: Option<(Outcome, usize, usize)> = None;
    let mut unanimous: Option<(usize, usize)> = None;
    let mut i = 0;
    while i < bytes.len() {
        // Only look at word starts of ASCII letters: every candidate begins with one.
        if !bytes[i].is_ascii_alphabetic() || !people::word_boundary_before(text, i) {
            i += 1;
            continue;
        }
        let word_end = (i..bytes.len())
            .find(|&j| !bytes[j].is_ascii_alphabetic())
            .unwrap_or(bytes.len());
        let word = &text[i..word_end];
        let lower = word.to_ascii_lowercase();
        let caps = word.len() > 1 && word.bytes().all(|b| b.is_ascii_uppercase());
        let context = || in_vote_context(text, i);
        let outcome = match lower.as_str() {
            "carried" if !followed_by_any(text, word_end, CARRIED_NOT_OUTCOME) => {
                Some(Outcome::Carried)
            }
            // Not on caps alone: "AGREED recommendations." is a decision keyword, not a vote.
            "agreed" | "passed" | "approved" | "adopted" if context() => Some(Outcome::Carried),
            "lost" | "defeated" | "failed" | "fell" | "rejected" if caps || context() => {
                Some(Outcome::Lost)
            }
            "withdrawn" if caps || context() => Some(Outcome::Withdrawn),
            "unanimously" | "unanimous" => {
                unanimous = Some((i, word_end));
                None
            }
            "nem"
                if starts_with_ci(text, word_end, " con")
                    || starts_with_ci(text, word_end, ". con") =>
            {
                unanimous = Some((i, word_end));
                None
            }
            _ => None,
        };
        if let Some(o) = outcome {
            // "not carried" is a loss.
            let o = if o == Outcome::Carried && preceded_by_not(text, i) {
                Outcome::Lost
            } else {
                o
            };
            found = Some((o, i, word_end));
        }
        i = word_end.max(i + 1);
    }
    match (found, unanimous) {
        (Some((Outcome::Carried, s, e)), Some((us, ue))) if us.abs_diff(s) <= CONTEXT_BYTES => {
            Some((Outcome::CarriedUnanimously, s.min(us), e.max(ue)))
        }
        // "It was unanimously RESOLVED" / "resolved unanimously": carried by everyone.
        (None, Some((us, ue))) if near_resolved(text, us, ue) => {
            Some((Outcome::CarriedUnanimously, us, ue))
        }
        (found, _) => found,
    }
}

/// Whether the `CONTEXT_BYTES` before `i` mention a motion or vote.
fn in_vote_context(text: &str, i: usize) -> bool {
    let from = people::floor_boundary(text, i.saturating_sub(CONTEXT_BYTES));
    VOTE_CONTEXT
        .iter()
        .any(|w| find_word_ci(text, w, from, i).is_some())
}

// ---------------------------------------------------------------------------------------
// Votes.
// ---------------------------------------------------------------------------------------

/// The vote counts stated in `text`, with the range they were read from.
fn find_votes(text: &str) -> Option<(VoteCount, usize, usize)> {
    labelled_votes(text)
        .or_else(|| counted_votes(text))
        .or_else(|| pair_after_outcome(text))
        .or_else(|| named_votes(text))
}

/// "For 7, Against 3, Abstentions 1", "For: 7 Against: 3 Abstain: 1".
fn labelled_votes(text: &str) -> Option<(VoteCount, usize, usize)> {
    let for_ = labelled(text, &["for", "in favour", "ayes", "yeas"]);
    let against = labelled(text, &["against", "noes", "nays"]);
    let abstained = labelled(text, &["abstentions", "abstention", "abstained", "abstain"]);
    let (f, fs, fe) = for_?;
    let (a, a_s, ae) = against?;
    let (s, e) = (fs.min(a_s), fe.max(ae));
    let (s, e) = abstained.map_or((s, e), |(_, bs, be)| (s.min(bs), e.max(be)));
    Some((
        VoteCount {
            for_: f,
            against: a,
            abstained: abstained.map(|(n, _, _)| n),
        },
        s,
        e,
    ))
}

/// The first of `labels` followed by a count: (count, label start, count end).
fn labelled(text: &str, labels: &[&str]) -> Option<(u32, usize, usize)> {
    labels.iter().find_map(|label| {
        let mut from = 0;
        while let Some(at) = find_word_ci(text, label, from, text.len()) {
            let after = at + label.len();
            if let Ok((rest, n)) = labelled_count(&text[after..]) {
                return Some((n, at, text.len() - rest.len()));
            }
            from = after;
        }
        None
    })
}

/// "7 for, 3 against, 1 abstention", "7 votes in favour and 3 against".
fn counted_votes(text: &str) -> Option<(VoteCount, usize, usize)> {
    let mut for_: Option<(u32, usize, usize)> = None;
    let mut against: Option<(u32, usize, usize)> = None;
    let mut abstained: Option<(u32, usize, usize)> = None;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() || !people::word_boundary_before(text, i) {
            i += 1;
            continue;
        }
        let Ok((rest, n)) = count(&text[i..]) else {
            i += 1;
            continue;
        };
        let after = text.len() - rest.len();
        let mut j = skip_space(text, after);
        if starts_with_ci(text, j, "votes ") {
            j += "votes ".len();
        }
        let slot = if starts_with_ci(text, j, "for") && people::word_boundary_at(text, j + 3) {
            Some((&mut for_, j + 3))
        } else if starts_with_ci(text, j, "in favour") {
            Some((&mut for_, j + "in favour".len()))
        } else if starts_with_ci(text, j, "against") {
            Some((&mut against, j + "against".len()))
        } else if starts_with_ci(text, j, "abstention") || starts_with_ci(text, j, "abstain") {
            let end = (j..bytes.len())
                .find(|&k| !bytes[k].is_ascii_alphabetic())
                .unwrap_or(bytes.len());
            Some((&mut abstained, end))
        } else {
            None
        };
        if let Some((slot, end)) = slot {
            if slot.is_none() && end - i < 40 {
                *slot = Some((n, i, end));
            }
        }
        i = after;
    }
    let (f, fs, fe) = for_?;
    let (a, a_s, ae) = against?;
    let (s, e) = (fs.min(a_s), fe.max(ae));
    let (s, e) = abstained.map_or((s, e), |(_, bs, be)| (s.min(bs), e.max(be)));
    Some((
        VoteCount {
            for_: f,
            against: a,
            abstained: abstained.map(|(n, _, _)| n),
        },
        s,
        e,
    ))
}

/// "carried 5-0", "passed by 4 votes to 1", "vote of 6-1", "LOST 3-7".
fn pair_after_outcome(text: &str) -> Option<(VoteCount, usize, usize)> {
    for word in [
        "carried", "passed", "lost", "failed", "defeated", "vote", "voted", "approved", "adopted",
    ] {
        let mut from = 0;
        while let Some(at) = find_word_ci(text, word, from, text.len()) {
            let mut j = at + word.len();
            j = skip_space(text, j);
            for filler in [":", "by ", "of ", "unanimously ", "("] {
                if starts_with_ci(text, j, filler) {
                    j = skip_space(text, j + filler.len());
                }
            }
            if let Ok((rest, (f, a))) = pair(&text[j..]) {
                let end = text.len() - rest.len();
                return Some((
                    VoteCount {
                        for_: f,
                        against: a,
                        abstained: None,
                    },
                    at,
                    end,
                ));
            }
            from = at + word.len();
        }
    }
    None
}

/// "Those voting aye: Council Member Flora, ... Those voting nay: none" counted by name.
fn named_votes(text: &str) -> Option<(VoteCount, usize, usize)> {
    let aye = ["voting aye", "ayes", "aye", "voting yes", "yeas"]
        .iter()
        .find_map(|p| find_word_ci(text, p, 0, text.len()).map(|i| (i, i + p.len())))?;
    let nay = ["voting nay", "nays", "nay", "voting no", "noes"]
        .iter()
        .find_map(|p| find_word_ci(text, p, aye.1, text.len()).map(|i| (i, i + p.len())));
    let aye_end = nay.map_or(text.len(), |(s, _)| trim_those_voting(text, aye.1, s));
    let ayes = names_counted(text, aye.1, aye_end)?;
    let (nays, end) = match nay {
        Some((_, ne)) => {
            let stop = ["absent", "abstain", "those voting", "motion"]
                .iter()
                .filter_map(|p| find_word_ci(text, p, ne, text.len()))
                .min()
                .unwrap_or(text.len());
            let stop = people::floor_boundary(text, stop.min(ne + 600));
            (names_counted(text, ne, stop).unwrap_or(0), stop)
        }
        None => (0, aye_end),
    };
    let end = people::trim_range(text, aye.0, end).1;
    Some((
        VoteCount {
            for_: ayes,
            against: nays,
            abstained: None,
        },
        aye.0,
        end,
    ))
}

#[cfg(test)]
mod tests {
    /// Pieces of motion text, each phrase the reader knows in several cases and spellings,
    /// with numbers, punctuation, names and non-ASCII letters around them.
    const PIECES: &[&str] = &[
        "moved by",
        "Moved by:",
        "MOVED BY",
        "proposed by",
        "Proposed:",
        "proposer :",
        "MOTION by",
        "motion made by",
        "on the motion of",
        "Mover:",
        "moved:",
        "motion:",
        "Motion :",
        "motioned by",
        "seconded by",
        "Seconded by:",
        "second by",
        "Second:",
        "seconder:",
        "seconded:",
        "SECONDED",
        "Councillor Smith",
        "Cllr Zoë Brontë",
        "Council Member Flora",
        "Mr Jones",
        "P Batty",
        "carried",
        "Carried",
        "CARRIED",
        "carried out",
        "agreed",
        "AGREED",
        "passed",
        "approved",
        "adopted",
        "lost",
        "LOST",
        "defeated",
        "failed",
        "fell",
        "rejected",
        "withdrawn",
        "WITHDRAWN",
        "unanimously",
        "Unanimous",
        "nem. con.",
        "nem con",
        "not",
        "NOT",
        "the motion",
        "vote",
        "voted",
        "voting",
        "amendment",
        "recommendation",
        "proposal",
        "proposition",
        "resolution",
        "resolved",
        "RESOLVED",
        "For",
        "for",
        "For:",
        "in favour",
        "ayes",
        "Ayes:",
        "yeas",
        "aye",
        "against",
        "Against:",
        "noes",
        "nays",
        "nay",
        "abstentions",
        "Abstention",
        "abstained",
        "abstain",
        "Abstain:",
        "Those voting aye:",
        "Those voting nay:",
        "voting yes",
        "voting no",
        "none",
        "nil",
        "votes",
        "votes to",
        "by",
        "of",
        "to",
        "(",
        ")",
        ":",
        "-",
        "–",
        "=",
        ",",
        ".",
        ";",
        "\n",
        "  ",
        "\t",
        "0",
        "1",
        "5",
        "7",
        "12",
        "999",
        "1000",
        "2022",
        "5-0",
        "7–2",
        "6 - 1",
        "3 to 9",
        "4 votes to 1",
        "2022-2027",
        "é",
        "Café",
        "x",
        "5th",
        "motionless",
        "forward",
        "The Council",
        "that the report be noted",
        "\u{a0}",
        "’",
    ];

    /// A deterministic pseudo-random mix of `PIECES` (no timing, no external crates).
    fn inputs(count: usize) -> Vec<String> {
        crate::test_text::mixes(PIECES, count, 0x2545_F491_4F6C_DD1D, 60, |n| n % 3 != 0)
    }

    /// Whether the oracle finds no motion wherever the gate turns the text away, over `texts`;
    /// returns how many it turned away.
    fn gate_turns_away_no_motion(texts: &[String]) -> usize {
        let mut turned_away = 0;
        for input in texts {
            if !crate::motion::may_hold_motion(input) {
                turned_away += 1;
                assert_eq!(super::parse_motion(input, 7), None, "{input:?}");
            }
        }
        turned_away
    }

    #[test]
    fn the_gate_turns_away_only_text_without_a_motion() {
        // The pieces, and words that differ from theirs only at the edges.
        let mut pieces = PIECES.to_vec();
        pieces.extend([
            "againsts",
            "3against",
            "Aye:",
            "Nem",
            "’moved by",
            "5",
            "moves",
            "votes",
            "(",
            "by Cllr Smith",
            "x",
        ]);
        let pairs = crate::test_text::joins(&pieces, 2);
        assert!(gate_turns_away_no_motion(&pairs) > pairs.len() / 3);
        // Short texts, so that most hold no motion and the gate's refusals are many.
        let mixes =
            crate::test_text::mixes(&pieces, 100_000, 0x5DEE_CE66_D1CE_4E5B, 8, |n| n % 3 != 0);
        assert!(gate_turns_away_no_motion(&mixes) > mixes.len() / 5);
    }

    #[test]
    fn the_single_pass_reader_agrees_with_the_oracle() {
        let mut motions = 0;
        for input in inputs(100_000) {
            let expected = super::parse_motion(&input, 7);
            motions += usize::from(expected.is_some());
            assert_eq!(
                crate::motion::parse_motion(&input, 7),
                expected,
                "{input:?}"
            );
        }
        assert!(
            motions > 50_000,
            "the inputs should mostly be motions: {motions}"
        );
    }
}
