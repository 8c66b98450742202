//! Motions and votes: mover, seconder, outcome and counts.
//!
//! A motion is read from whatever evidence the text gives: "moved by" / "proposed by" /
//! "MOTION by" names the mover, "seconded by" the seconder, words such as "carried",
//! "LOST", "withdrawn" the outcome, and "(For 7, Against 3, Abstentions 1)", "carried 5-0"
//! or "Those voting aye: ... nay: ..." the votes. Outcome words count only where the text
//! is about a motion or vote ("The motion was put to the vote and AGREED"), so "carried
//! out by Ofsted" and "it was agreed that" are not outcomes.
//!
//! Every search is a bounded look-around at a keyword found by one forward scan, so the
//! work is linear in the length of `text`.

use crate::model::{Motion, Outcome, Resolution, Span, VoteCount};
use crate::people::{
    self, char_at, find_word_ci, first_person, is_space, skip_space, starts_with_ci,
};
use crate::triggers::{Scanned, Trigger};
use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case};
use nom::character::complete::{digit1, space0, space1};
use nom::combinator::{map_res, opt};
use nom::sequence::{delimited, preceded};
use nom::{IResult, Parser};

/// How far after "moved by" a mover's name may reach.
const MAX_NAME_BYTES: usize = 160;
/// How far before an outcome word the text must mention a motion or vote.
const CONTEXT_BYTES: usize = 80;

/// Phrases after which the mover is named.
const MOVER: &[&str] = &[
    "moved by",
    "proposed by",
    "motion by",
    "motion made by",
    "on the motion of",
    "mover:",
    "moved:",
    "proposed:",
    "proposer:",
    "motion:",
    "motioned by",
];

/// Phrases after which the seconder is named.
const SECONDER: &[&str] = &[
    "seconded by",
    "second by",
    "seconder:",
    "seconded:",
    "second:",
];

/// Reads each resolution's motion from the text around it: the resolution's own paragraph
/// and the two before it (the "moved by ... seconded by" lines), never further back than the
/// previous resolution. `paragraphs` are the item's paragraphs and list entries in order.
/// Text without a word that motions use is not parsed, which keeps this cheap.
pub(crate) fn attach(input: &str, paragraphs: &[Scanned], resolutions: &mut [Resolution]) {
    let mut previous_end = 0;
    for r in resolutions {
        let k = paragraphs.partition_point(|p| p.span.start <= r.span.start);
        // From the earliest of the resolution's paragraph and the two before it that uses a
        // motion word ("It was moved by ..."), and not before the previous resolution.
        let near = &paragraphs[k.saturating_sub(3)..k];
        let first_motion = near
            .iter()
            .find(|p| p.triggers.has(Trigger::Motion) && p.span.end > previous_end);
        if let Some(first) = first_motion {
            let from = first.span.start.max(previous_end).min(r.span.start);
            r.motion = parse_motion(&input[from..r.span.end], from);
        }
        previous_end = r.span.end;
    }
}

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
fn named_after(text: &str, base: usize, phrases: &[&str]) -> Option<(usize, String, usize)> {
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

fn starts_with_colon(text: &str, i: usize) -> bool {
    let mut i = i;
    while let Some(c) = char_at(text, i).filter(|&c| c == ' ') {
        i += c.len_utf8();
    }
    char_at(text, i) == Some(':')
}

/// Words that show the text around is about a motion or a vote.
const VOTE_CONTEXT: &[&str] = &[
    "motion",
    "vote",
    "voted",
    "voting",
    "amendment",
    "recommendation",
    "proposal",
    "proposition",
    "resolution",
    "seconded",
];

/// Words after "carried" that make it something other than an outcome.
const CARRIED_NOT_OUTCOME: &[&str] = &[
    "out", "on", "over", "forward", "through", "into", "along", "across",
];

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

/// Whether "resolved" or "agreed" sits next to the word "unanimously" at `s..e`.
fn near_resolved(text: &str, s: usize, e: usize) -> bool {
    let from = people::floor_boundary(text, s.saturating_sub(20));
    let to = people::floor_boundary(text, e + 20);
    ["resolved", "agreed", "carried", "approved"]
        .iter()
        .any(|w| find_word_ci(text, w, from, to).is_some())
}

/// Whether the `CONTEXT_BYTES` before `i` mention a motion or vote.
fn in_vote_context(text: &str, i: usize) -> bool {
    let from = people::floor_boundary(text, i.saturating_sub(CONTEXT_BYTES));
    VOTE_CONTEXT
        .iter()
        .any(|w| find_word_ci(text, w, from, i).is_some())
}

fn followed_by_any(text: &str, i: usize, words: &[&str]) -> bool {
    let rest = text[i..].trim_start_matches(is_space);
    let next = rest
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    words.iter().any(|w| next.eq_ignore_ascii_case(w))
}

fn preceded_by_not(text: &str, i: usize) -> bool {
    let before = text[..i].trim_end_matches(is_space);
    let last = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    last.eq_ignore_ascii_case("not")
}

// ---------------------------------------------------------------------------------------
// Votes.
// ---------------------------------------------------------------------------------------

/// A vote count: at most three digits, so years and reference numbers are not counts.
fn count(input: &str) -> IResult<&str, u32> {
    map_res(digit1, |d: &str| {
        if d.len() <= 3 {
            d.parse::<u32>().map_err(|_| ())
        } else {
            Err(())
        }
    })
    .parse(input)
}

/// ": 7", " - 7", " 7", "=7" after a vote label.
fn labelled_count(input: &str) -> IResult<&str, u32> {
    preceded(
        (
            space0,
            opt(alt((tag(":"), tag("-"), tag("–"), tag("=")))),
            space0,
        ),
        count,
    )
    .parse(input)
}

/// "5-0", "5 – 0", "5 to 0", "5 votes to 0": (for, against).
fn pair(input: &str) -> IResult<&str, (u32, u32)> {
    let (rest, a) = count(input)?;
    let (rest, _) = opt(preceded(
        space1,
        alt((tag_no_case("votes"), tag_no_case("vote"))),
    ))
    .parse(rest)?;
    let (rest, _) = alt((
        delimited(space0, alt((tag("-"), tag("–"), tag("—"))), space0),
        delimited(space1, tag_no_case("to"), space1),
    ))
    .parse(rest)?;
    let (rest, b) = count(rest)?;
    // Not part of a longer number or date ("2022-2027" reads as 2022 then 2027: too big).
    if rest.starts_with(|c: char| c.is_ascii_digit() || c == '-' || c == '/') || a > 999 || b > 999
    {
        return Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Verify,
        )));
    }
    Ok((rest, (a, b)))
}

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

/// Back from a "nay" label to before "Those voting" so it is not read as a name.
fn trim_those_voting(text: &str, from: usize, to: usize) -> usize {
    find_word_ci(text, "those", from, to).unwrap_or(to)
}

/// How many people `text[from..to]` names after a vote label, `Some(0)` for "none".
fn names_counted(text: &str, from: usize, to: usize) -> Option<u32> {
    let mut s = from;
    while let Some(c) =
        char_at(text, s).filter(|&c| s < to && (is_space(c) || matches!(c, ':' | '-' | '–')))
    {
        s += c.len_utf8();
    }
    let rest = &text[s..to];
    if starts_with_ci(rest, 0, "none") || starts_with_ci(rest, 0, "nil") {
        return Some(0);
    }
    let n = people::parse_name_list(rest, 0).len();
    (n > 0).then(|| u32::try_from(n).unwrap_or(u32::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn motion(text: &str) -> Motion {
        let m = parse_motion(text, 0).unwrap_or_else(|| panic!("no motion in {text:?}"));
        assert!(
            m.span.slice(text).is_some(),
            "span {:?} outside {text:?}",
            m.span
        );
        m
    }

    #[test]
    fn moved_seconded_and_agreed() {
        let t = "It was moved by Councillor Bright and seconded by Councillor Graham that items 19, 20 and 21 be considered in the absence of the press and public. The motion was put to the vote and AGREED.";
        let m = motion(t);
        assert_eq!(m.moved_by.as_deref(), Some("Bright"));
        assert_eq!(m.seconded_by.as_deref(), Some("Graham"));
        assert_eq!(m.outcome, Some(Outcome::Carried));
        assert_eq!(m.votes, None);
        assert_eq!(
            m.span.slice(t).unwrap(),
            &t[t.find("moved by").unwrap()..t.len() - 1]
        );
    }

    #[test]
    fn moved_by_labels_and_carried_unanimously() {
        let t = "  • Moved by:Councillor S. Martin\n    Seconded by:Councillor S. Cressman\n    That Council receives the report.\n    Motion Carried Unanimously, By All Members Present";
        let m = motion(t);
        assert_eq!(m.moved_by.as_deref(), Some("S. Martin"));
        assert_eq!(m.seconded_by.as_deref(), Some("S. Cressman"));
        assert_eq!(m.outcome, Some(Outcome::CarriedUnanimously));
        assert!(m.span.slice(t).unwrap().starts_with("Moved by:"));
        assert!(m.span.slice(t).unwrap().ends_with("Unanimously"));
    }

    #[test]
    fn council_member_motion_with_a_count() {
        let t = "MOTION by Council Member Mann, SECONDED by Council Member Busby to approve the consent calendar. Discussion. Motion carried 5-0.";
        let m = motion(t);
        assert_eq!(m.moved_by.as_deref(), Some("Mann"));
        assert_eq!(m.seconded_by.as_deref(), Some("Busby"));
        assert_eq!(m.outcome, Some(Outcome::Carried));
        assert_eq!(
            m.votes,
            Some(VoteCount {
                for_: 5,
                against: 0,
                abstained: None
            })
        );
    }

    #[test]
    fn named_votes_are_counted() {
        let t = "MOTION by Council Member Flora, SECONDED by Council Member Wolfe to approve. Those voting aye: Council Member Busby, Council Member Flora, Council Member Mann, Council Member Wolfe Those voting nay: none. Motion carried.";
        let m = motion(t);
        assert_eq!(
            m.votes,
            Some(VoteCount {
                for_: 4,
                against: 0,
                abstained: None
            })
        );
        assert_eq!(m.outcome, Some(Outcome::Carried));
        let t = "Those voting aye: Council Member Busby, Council Member Mann\nThose voting nay: Council Member Flora\nMotion carried.";
        assert_eq!(
            motion(t).votes,
            Some(VoteCount {
                for_: 2,
                against: 1,
                abstained: None
            })
        );
    }

    #[test]
    fn proposed_by_keeps_initials() {
        let t = "it was proposed by Councillor P Batty that Councillor Beck be elected Vice Chairman for the meeting";
        let m = motion(t);
        assert_eq!(m.moved_by.as_deref(), Some("P Batty"));
        assert_eq!(m.seconded_by, None);
        assert_eq!(m.outcome, None);
    }

    #[test]
    fn lost_and_withdrawn() {
        assert_eq!(motion("The motion was LOST.").outcome, Some(Outcome::Lost));
        assert_eq!(
            motion("On being put to the vote the amendment was lost.").outcome,
            Some(Outcome::Lost)
        );
        assert_eq!(
            motion("The motion was not carried.").outcome,
            Some(Outcome::Lost)
        );
        assert_eq!(
            motion("The motion was withdrawn by the mover.").outcome,
            Some(Outcome::Withdrawn)
        );
    }

    #[test]
    fn labelled_and_counted_votes() {
        let m = motion("The recommendation was carried (For 7, Against 3, Abstentions 1).");
        assert_eq!(
            m.votes,
            Some(VoteCount {
                for_: 7,
                against: 3,
                abstained: Some(1)
            })
        );
        assert_eq!(m.outcome, Some(Outcome::Carried));
        let m = motion("Upon a vote being taken: For: 6 Against: 2 Abstain: 0");
        assert_eq!(
            m.votes,
            Some(VoteCount {
                for_: 6,
                against: 2,
                abstained: Some(0)
            })
        );
        let m = motion("The motion was put to the vote with 8 votes for, 4 against and 2 abstentions and was declared carried.");
        assert_eq!(
            m.votes,
            Some(VoteCount {
                for_: 8,
                against: 4,
                abstained: Some(2)
            })
        );
        let m = motion("The amendment was lost by 3 votes to 9.");
        assert_eq!(
            m.votes,
            Some(VoteCount {
                for_: 3,
                against: 9,
                abstained: None
            })
        );
        assert_eq!(m.outcome, Some(Outcome::Lost));
    }

    #[test]
    fn second_labels_ayes_noes_and_vote_colon() {
        let m = motion("Motion: Council Member Flora. Second: Council Member Mann. Vote: 5-0.");
        assert_eq!(m.moved_by.as_deref(), Some("Flora"));
        assert_eq!(m.seconded_by.as_deref(), Some("Mann"));
        assert_eq!(
            m.votes,
            Some(VoteCount {
                for_: 5,
                against: 0,
                abstained: None
            })
        );
        let m =
            motion("On a division the motion was carried (Ayes: 30, Noes: 12, Abstentions: 2).");
        assert_eq!(
            m.votes,
            Some(VoteCount {
                for_: 30,
                against: 12,
                abstained: Some(2)
            })
        );
    }

    #[test]
    fn unanimous_resolutions() {
        assert_eq!(
            motion("It was unanimously RESOLVED that the report be noted.").outcome,
            Some(Outcome::CarriedUnanimously)
        );
        assert_eq!(
            motion("The motion was carried nem. con.").outcome,
            Some(Outcome::CarriedUnanimously)
        );
    }

    #[test]
    fn ordinary_prose_is_not_a_motion() {
        for t in [
            "This inspection was carried out by Ofsted and the Quality Care Commission.",
            "Any employment, office, trade, profession or vocation carried on for profit or gain.",
            "It was agreed that the Clerk would write to the landowner.",
            "The Domestic Abuse Strategy 2022-2027 was approved by Cabinet in October 2022.",
            "The Council lost a valuable member of staff.",
            "AGREED recommendations.",
            "",
        ] {
            assert_eq!(parse_motion(t, 0), None, "{t}");
        }
    }

    #[test]
    fn spans_are_absolute_and_non_ascii_is_safe() {
        let input =
            "Café – Zoë’s item. Moved by Cllr Zoë Brontë, seconded by Cllr Siân Łukasz. CARRIED.";
        let base = input.find("Moved").unwrap();
        let m = parse_motion(&input[base..], base).unwrap();
        assert_eq!(m.moved_by.as_deref(), Some("Zoë Brontë"));
        assert_eq!(m.seconded_by.as_deref(), Some("Siân Łukasz"));
        assert_eq!(m.outcome, Some(Outcome::Carried));
        assert_eq!(
            m.span.slice(input),
            Some("Moved by Cllr Zoë Brontë, seconded by Cllr Siân Łukasz. CARRIED")
        );
    }

    #[test]
    fn odd_inputs_do_not_panic_and_stay_linear() {
        for t in [
            "moved by",
            "seconded by:",
            "carried 5-",
            "For: 99999999999 Against: 1",
            "aye: nay:",
            "é moved by é",
            "5–0 carried",
        ] {
            if let Some(m) = parse_motion(t, 3) {
                assert!(m.span.start >= 3 && m.span.end <= 3 + t.len());
            }
        }
        let long = "moved by moved by carried vote 1-".repeat(5_000);
        let _ = parse_motion(&long, 0);
        let digits = "1 2 3 4 5 6 7 8 9 ".repeat(10_000);
        assert_eq!(parse_motion(&digits, 0), None);
    }
}
