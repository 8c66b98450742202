//! Motions and votes: mover, seconder, outcome and counts.
//!
//! A motion is read from whatever evidence the text gives: "moved by" / "proposed by" /
//! "MOTION by" names the mover, "seconded by" the seconder, words such as "carried",
//! "LOST", "withdrawn" the outcome, and "(For 7, Against 3, Abstentions 1)", "carried 5-0"
//! or "Those voting aye: ... nay: ..." the votes. Outcome words count only where the text
//! is about a motion or vote ("The motion was put to the vote and AGREED"), so "carried
//! out by Ofsted" and "it was agreed that" are not outcomes.
//!
//! The text is read in one forward pass ([`scan`]) that stops only at the start of each
//! word and number. A word is turned away by its length and first letter, or looked up by
//! its letters as one integer ([`key`]) in a table built at compile time from the phrase
//! tables below; only a word that can start a phrase is checked further, by a bounded
//! look-around. The pass keeps, for every phrase, the occurrence the readers would pick, so
//! nothing is searched twice, nothing is allocated per word, and the work is linear in the
//! length of `text`. Before it, a pass several times cheaper ([`may_hold_motion`]) turns
//! away text in which no word could start a piece of evidence: most text around resolutions.

use crate::model::{Motion, Outcome, Resolution, Span, VoteCount};
use crate::people::{
    self, char_at, find_word_ci, first_person, is_space, skip_space, starts_with_ci,
};
use crate::text::{is_ascii_space, LetterTriples};
use crate::triggers::{Scanned, Trigger};
use crate::{simd, swar};
use compact_str::CompactString;
use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::character::complete::{digit1, space0};
use nom::combinator::{map_res, opt};
use nom::sequence::preceded;
use nom::{IResult, Parser};

/// How far after "moved by" a mover's name may reach.
pub(crate) const MAX_NAME_BYTES: usize = 160;
/// How far before an outcome word the text must mention a motion or vote.
pub(crate) const CONTEXT_BYTES: usize = 80;

/// Phrases after which the mover is named.
pub(crate) const MOVER: &[&str] = &[
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
pub(crate) const SECONDER: &[&str] = &[
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
    if !may_hold_motion(text) {
        return None;
    }
    read_motion(text, base)
}

/// [`parse_motion`] without the cheap pass that turns away text with no motion in it. Out
/// of line: most calls stop at that pass.
#[inline(never)]
fn read_motion(text: &str, base: usize) -> Option<Motion> {
    let found = scan(text);
    let mut evidence: Option<(usize, usize)> = None;
    let mut note = |s: usize, e: usize| {
        evidence = Some(evidence.map_or((s, e), |(a, b)| (a.min(s), b.max(e))));
    };

    let moved_by = named_after(text, base, MOVER, &found.movers).map(|(at, name, end)| {
        note(at, end);
        name
    });
    let seconded_by = named_after(text, base, SECONDER, &found.seconders).map(|(at, name, end)| {
        note(at, end);
        name
    });
    let outcome = found.outcome(text).map(|(outcome, s, e)| {
        note(s, e);
        outcome
    });
    let votes = found.votes(text).map(|(votes, s, e)| {
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

/// The earliest of `phrases` followed by a name: (phrase start, name, name end). `firsts`
/// holds where each phrase first occurs; a later occurrence of the same phrase is not tried.
fn named_after(
    text: &str,
    base: usize,
    phrases: &[&str],
    firsts: &[Option<usize>],
) -> Option<(usize, CompactString, usize)> {
    // Earliest first; the first one followed by a name wins ("Motion: That the report be
    // noted" names nobody). Two phrases never start at the same byte, so the order is total.
    let mut found = [(0, 0); 16];
    let mut n = 0;
    for (k, at) in firsts.iter().enumerate() {
        if let Some(at) = *at {
            found[n] = (at, k);
            n += 1;
        }
    }
    found[..n].sort_unstable();
    found[..n].iter().find_map(|&(at, k)| {
        let mut from = at + phrases[k].trim_end_matches(':').len();
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

/// Whether `phrase` occurs as whole words at word start `at`; a phrase ending in ":" must be
/// followed by one (spaces allowed before it). The word `text[at..end]` is the phrase's
/// first word (their keys are equal), so only the rest is compared.
fn phrase_at(text: &str, at: usize, end: usize, phrase: &str) -> bool {
    let words = phrase.strip_suffix(':').unwrap_or(phrase);
    rest_matches(text, at, end, words)
        && ends_word(text, at + words.len())
        && (!phrase.ends_with(':') || starts_with_colon(text, at + words.len()))
}

pub(crate) fn starts_with_colon(text: &str, i: usize) -> bool {
    let mut i = i;
    while let Some(c) = char_at(text, i).filter(|&c| c == ' ') {
        i += c.len_utf8();
    }
    char_at(text, i) == Some(':')
}

/// Words that show the text around is about a motion or a vote.
pub(crate) const VOTE_CONTEXT: &[&str] = &[
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

/// Words that state an outcome (in the right context), as [`Found::outcome_word`] reads them.
const OUTCOME_WORDS: &[&str] = &[
    "carried",
    "agreed",
    "passed",
    "approved",
    "adopted",
    "lost",
    "defeated",
    "failed",
    "fell",
    "rejected",
    "withdrawn",
    "unanimously",
    "unanimous",
    "nem",
];

/// Words after "carried" that make it something other than an outcome.
pub(crate) const CARRIED_NOT_OUTCOME: &[&str] = &[
    "out", "on", "over", "forward", "through", "into", "along", "across",
];

/// Labels before the number voting for, against and abstaining, most trusted first.
const FOR_LABELS: &[&str] = &["for", "in favour", "ayes", "yeas"];
const AGAINST_LABELS: &[&str] = &["against", "noes", "nays"];
const ABSTAIN_LABELS: &[&str] = &["abstentions", "abstention", "abstained", "abstain"];

/// Words a "5-0" count may follow ("carried 5-0", "vote of 6-1"), most trusted first.
const PAIR_WORDS: &[&str] = &[
    "carried", "passed", "lost", "failed", "defeated", "vote", "voted", "approved", "adopted",
];

/// Labels before the names voting for and against ("Those voting aye: ...").
const AYE_PHRASES: &[&str] = &["voting aye", "ayes", "aye", "voting yes", "yeas"];
const NAY_PHRASES: &[&str] = &["voting nay", "nays", "nay", "voting no", "noes"];

// ---------------------------------------------------------------------------------------
// The scan.
// ---------------------------------------------------------------------------------------

/// A count read from the text with the range it was read from: (count, start, end).
type Tally = (u32, usize, usize);

/// Everything one pass over a motion's text finds. For each phrase the readers below look
/// for, it keeps the occurrence they would pick (the first, or the last for outcomes), so
/// that no reader has to search the text again.
#[derive(Default)]
struct Found {
    /// Where each [`MOVER`] / [`SECONDER`] phrase first occurs, by index in the table.
    movers: [Option<usize>; MOVER.len()],
    seconders: [Option<usize>; SECONDER.len()],
    /// The last outcome stated, with the range of its word.
    outcome: Option<(Outcome, usize, usize)>,
    /// The last "unanimously" / "nem. con.".
    unanimous: Option<(usize, usize)>,
    /// The start of the last [`VOTE_CONTEXT`] word.
    last_context: Option<usize>,
    /// The first occurrence of the most trusted vote label followed by a count ("For: 7").
    for_label: Best<Tally>,
    against_label: Best<Tally>,
    abstain_label: Best<Tally>,
    /// The first "7 for", "3 against" and "1 abstention".
    counted_for: Option<Tally>,
    counted_against: Option<Tally>,
    counted_abstained: Option<Tally>,
    /// The first occurrence of the most trusted of [`PAIR_WORDS`] followed by a "5-0" count.
    pair: Best<(VoteCount, usize, usize)>,
    /// Whether a word that may start one of [`AYE_PHRASES`] occurs.
    maybe_named: bool,
}

/// The value read from the most trusted source so far: the one of lowest rank (its index in
/// a table that lists the most trusted first), the earliest among equals.
#[derive(Clone, Copy)]
struct Best<T> {
    rank: usize,
    value: Option<T>,
}

impl<T> Default for Best<T> {
    fn default() -> Self {
        Best {
            rank: usize::MAX,
            value: None,
        }
    }
}

impl<T> Best<T> {
    /// Whether a value from a source of `rank` would replace the one held.
    fn wants(&self, rank: usize) -> bool {
        rank < self.rank
    }

    fn set(&mut self, rank: usize, value: T) {
        *self = Best {
            rank,
            value: Some(value),
        };
    }
}

/// What a byte is to the scan: a letter, a digit, or neither.
const OTHER: u8 = 0;
const LETTER: u8 = 1;
const DIGIT: u8 = 2;

/// The class of every byte value, so that the scan classifies a byte with one load.
static CLASS: [u8; 256] = {
    let mut class = [OTHER; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        if byte.is_ascii_alphabetic() {
            class[b] = LETTER;
        } else if byte.is_ascii_digit() {
            class[b] = DIGIT;
        }
        b += 1;
    }
    class
};

/// Reads `text` once, left to right, stopping only at the start of each word of ASCII
/// letters and each number: every phrase the readers look for starts with one of those.
fn scan(text: &str) -> Found {
    let mut found = Found::default();
    for_each_run(text, |start, end, letters| {
        if letters {
            found.word(text, start, end);
        } else {
            found.number(text, start, end);
        }
    });
    found
}

/// Visits, in order, every word of ASCII letters and every number (run of ASCII digits) of
/// `text` that starts a word ([`starts_word`]): `visit(start, end, is_word)`.
fn for_each_run(text: &str, visit: impl FnMut(usize, usize, bool)) {
    if simd::ENABLED {
        runs_simd(text, visit);
    } else {
        runs_bytes(text, visit);
    }
}

/// [`for_each_run`] a run at a time: each step looks for the next letter or digit, then for
/// the end of its run. For targets without a vector unit, and the reference the SIMD loop
/// is tested against.
fn runs_bytes(text: &str, mut visit: impl FnMut(usize, usize, bool)) {
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(skip) = bytes[i..]
        .iter()
        .position(|&b| CLASS[usize::from(b)] != OTHER)
    {
        let start = i + skip;
        let class = CLASS[usize::from(bytes[start])];
        let end = run_end(bytes, start, class);
        if starts_word(text, start) {
            visit(start, end, class == LETTER);
        }
        i = end;
    }
}

/// [`for_each_run`] sixty-four bytes a step (four [`simd`] chunks): the starts of runs come
/// from masks of letters and digits, and so does the end of every run that ends in the same
/// step, so the text between words costs about one instruction a byte and no branch.
fn runs_simd(text: &str, mut visit: impl FnMut(usize, usize, bool)) {
    let bytes = text.as_bytes();
    let classify = |block: &[u8; 64]| {
        let (mut letters, mut digits, mut non_ascii) = (0u64, 0u64, 0u64);
        for k in 0..4 {
            let c = simd::Chunk::load(block[16 * k..16 * (k + 1)].try_into().unwrap());
            letters |= u64::from(c.ascii_letters()) << (16 * k);
            digits |= u64::from(c.ascii_between(b'0', b'9')) << (16 * k);
            non_ascii |= u64::from(c.non_ascii()) << (16 * k);
        }
        (letters, digits, non_ascii)
    };
    // Whether the byte before the step is a letter or a digit, and whether it is not ASCII,
    // as bit 0.
    let (mut carry, mut carry_non_ascii) = (0u64, 0u64);
    let mut at = 0;
    while at < bytes.len() {
        let (letters, digits, non_ascii) = match bytes[at..].first_chunk::<64>() {
            Some(block) => classify(block),
            None => {
                // Zero padding: neither letter nor digit, so every run ends inside the step.
                let mut padded = [0u8; 64];
                padded[..bytes.len() - at].copy_from_slice(&bytes[at..]);
                classify(&padded)
            }
        };
        let alnum = letters | digits;
        let mut starts = alnum & !(alnum << 1 | carry);
        // A run after an ASCII byte starts a word; after a non-ASCII one, it may not.
        let after_non_ascii = non_ascii << 1 | carry_non_ascii;
        carry = alnum >> 63;
        carry_non_ascii = non_ascii >> 63;
        while starts != 0 {
            let k = starts.trailing_zeros() as usize;
            starts &= starts - 1;
            let is_word = letters >> k & 1 == 1;
            let run = if is_word { letters } else { digits };
            let len = (!(run >> k)).trailing_zeros() as usize;
            let start = at + k;
            let end = if k + len < 64 {
                start + len
            } else {
                run_end(bytes, at + 64, if is_word { LETTER } else { DIGIT })
            };
            // A run after a non-ASCII char may still be inside a word ("Cafés").
            if after_non_ascii >> k & 1 == 0 || starts_word(text, start) {
                visit(start, end, is_word);
            }
        }
        at += 64;
    }
}

/// The end of the run of bytes of `class` (letters or digits) from `i`, eight bytes a step
/// (see [`swar`]): most words end within the first step. A short tail goes byte by byte.
fn run_end(bytes: &[u8], mut i: usize, class: u8) -> usize {
    while let Some(chunk) = bytes.get(i..).and_then(<[u8]>::first_chunk::<8>) {
        let other = !of_class(u64::from_le_bytes(*chunk), class) & swar::HIGH;
        if other != 0 {
            return i + (other.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    bytes[i..]
        .iter()
        .position(|&b| CLASS[usize::from(b)] != class)
        .map_or(bytes.len(), |n| i + n)
}

/// The bytes of eight (as a [`swar`] mask) that are of `class`, letters or digits.
fn of_class(x: u64, class: u8) -> u64 {
    if class == LETTER {
        swar::ascii_letters(x)
    } else {
        swar::ascii_below(x, b'9' + 1) & !swar::ascii_below(x, b'0')
    }
}

/// Whether byte `i` is not inside a word: `people::word_boundary_before`, without decoding
/// a char when the byte before is ASCII.
fn starts_word(text: &str, i: usize) -> bool {
    match i.checked_sub(1).map(|p| text.as_bytes()[p]) {
        None => true,
        Some(b) if b.is_ascii() => !b.is_ascii_alphanumeric(),
        Some(_) => people::word_boundary_before(text, i),
    }
}

/// Whether a word ends at byte `i`: `people::word_boundary_at`, without decoding a char
/// when the byte is ASCII.
fn ends_word(text: &str, i: usize) -> bool {
    match text.as_bytes().get(i) {
        None => true,
        Some(b) if b.is_ascii() => !b.is_ascii_alphanumeric(),
        Some(_) => people::word_boundary_at(text, i),
    }
}

impl Found {
    /// Notes what the word of ASCII letters `text[at..end]` starts.
    fn word(&mut self, text: &str, at: usize, end: usize) {
        let Some((key, roles, starts)) = WORDS.lookup(text.as_bytes(), at, end) else {
            return;
        };
        let starts = |role: Roles| starts[role.trailing_zeros() as usize];
        // Most such words ("moved to approve", "seconded the motion") start no phrase.
        let named = roles & (MOVER_PHRASE | SECONDER_PHRASE) != 0
            && name_phrase_goes_on(text.as_bytes(), end);
        if named && roles & MOVER_PHRASE != 0 {
            let phrases = (MOVER, starts(MOVER_PHRASE));
            note_phrases(text, (at, end), phrases, &mut self.movers);
        }
        if named && roles & SECONDER_PHRASE != 0 {
            let phrases = (SECONDER, starts(SECONDER_PHRASE));
            note_phrases(text, (at, end), phrases, &mut self.seconders);
        }
        // Before this word counts as context: context is what comes before an outcome.
        if roles & OUTCOME_WORD != 0 {
            self.outcome_word(text, at, end, key);
        }
        if roles & CONTEXT_WORD != 0 && ends_word(text, end) {
            self.last_context = Some(at);
        }
        if roles & FOR_LABEL != 0 {
            let labels = (FOR_LABELS, starts(FOR_LABEL));
            note_label(text, (at, end), labels, &mut self.for_label);
        }
        if roles & AGAINST_LABEL != 0 {
            let labels = (AGAINST_LABELS, starts(AGAINST_LABEL));
            note_label(text, (at, end), labels, &mut self.against_label);
        }
        if roles & ABSTAIN_LABEL != 0 {
            let labels = (ABSTAIN_LABELS, starts(ABSTAIN_LABEL));
            note_label(text, (at, end), labels, &mut self.abstain_label);
        }
        if roles & PAIR_WORD != 0 {
            self.pair_word(text, at, starts(PAIR_WORD));
        }
        if roles & AYE_WORD != 0 {
            self.maybe_named = true;
        }
    }

    /// Notes the outcome that the word `text[at..end]` (lower-cased in `key`) states, if any.
    fn outcome_word(&mut self, text: &str, at: usize, end: usize, key: u128) {
        match stated(text, at, end, key, self.last_context) {
            Some(Stated::Unanimous) => self.unanimous = Some((at, end)),
            Some(Stated::Outcome(o)) => {
                // "not carried" is a loss.
                let o = if o == Outcome::Carried && preceded_by_not(text, at) {
                    Outcome::Lost
                } else {
                    o
                };
                self.outcome = Some((o, at, end));
            }
            None => {}
        }
    }

    /// Notes, if the word at `at` is one of [`PAIR_WORDS`] (those of the set `ranks`) more
    /// trusted than any so far, the "5-0" count after it.
    fn pair_word(&mut self, text: &str, at: usize, ranks: PhraseSet) {
        for rank in members(ranks) {
            if self.pair.wants(rank) {
                if let Some(pair) = pair_after_word(text, at, rank) {
                    self.pair.set(rank, pair);
                }
            }
        }
    }

    /// Notes a count (the number `text[at..end]`) labelled after it: "7 for", "8 votes in
    /// favour", "3 against", "2 abstentions".
    fn number(&mut self, text: &str, at: usize, end: usize) {
        // A vote count has at most three digits, so years and reference numbers are not.
        if end - at > 3 {
            return;
        }
        let Ok(n) = text[at..end].parse::<u32>() else {
            return;
        };
        let bytes = text.as_bytes();
        let mut j = skip_space(text, end);
        if starts_with_ci(text, j, "votes ") {
            j += "votes ".len();
        }
        let slot = if starts_with_ci(text, j, "for") && people::word_boundary_at(text, j + 3) {
            Some((&mut self.counted_for, j + 3))
        } else if starts_with_ci(text, j, "in favour") {
            Some((&mut self.counted_for, j + "in favour".len()))
        } else if starts_with_ci(text, j, "against") {
            Some((&mut self.counted_against, j + "against".len()))
        } else if starts_with_ci(text, j, "abstention") || starts_with_ci(text, j, "abstain") {
            Some((&mut self.counted_abstained, run_end(bytes, j, LETTER)))
        } else {
            None
        };
        if let Some((slot, label_end)) = slot {
            if slot.is_none() && label_end - at < 40 {
                *slot = Some((n, at, label_end));
            }
        }
    }

    /// The last outcome stated, with the range of the words that state it.
    fn outcome(&self, text: &str) -> Option<(Outcome, usize, usize)> {
        match (self.outcome, self.unanimous) {
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

    /// The vote counts stated, with the range they were read from: labelled counts ("For 7,
    /// Against 3"), else counts followed by labels ("7 for, 3 against"), else a pair after an
    /// outcome ("carried 5-0"), else the names listed as voting aye and nay.
    fn votes(&self, text: &str) -> Option<(VoteCount, usize, usize)> {
        tally(
            self.for_label.value,
            self.against_label.value,
            self.abstain_label.value,
        )
        .or_else(|| {
            tally(
                self.counted_for,
                self.counted_against,
                self.counted_abstained,
            )
        })
        .or(self.pair.value)
        .or_else(|| self.maybe_named.then(|| named_votes(text)).flatten())
    }
}

/// What an outcome word states: an outcome, or that the vote was unanimous (which makes an
/// outcome only next to one, or to "resolved").
enum Stated {
    Outcome(Outcome),
    Unanimous,
}

/// What the word `text[at..end]` (lower-cased in `key`) states, given where the last
/// [`VOTE_CONTEXT`] word before it starts.
fn stated(
    text: &str,
    at: usize,
    end: usize,
    key: u128,
    last_context: Option<usize>,
) -> Option<Stated> {
    let lower = key.to_le_bytes();
    let lower = &lower[..end - at];
    let caps = || lower.len() > 1 && text[at..end].bytes().all(|b| b.is_ascii_uppercase());
    let context = || in_vote_context(text, at, last_context);
    let outcome = match lower {
        b"carried" if !followed_by_any(text, end, CARRIED_NOT_OUTCOME) => Outcome::Carried,
        // Not on caps alone: "AGREED recommendations." is a decision keyword, not a vote.
        b"agreed" | b"passed" | b"approved" | b"adopted" if context() => Outcome::Carried,
        b"lost" | b"defeated" | b"failed" | b"fell" | b"rejected" if caps() || context() => {
            Outcome::Lost
        }
        b"withdrawn" if caps() || context() => Outcome::Withdrawn,
        b"unanimously" | b"unanimous" => return Some(Stated::Unanimous),
        b"nem" if starts_with_ci(text, end, " con") || starts_with_ci(text, end, ". con") => {
            return Some(Stated::Unanimous)
        }
        _ => return None,
    };
    Some(Stated::Outcome(outcome))
}

/// The "5-0" count after the word at `at` if it is the whole word `PAIR_WORDS[rank]`.
fn pair_after_word(text: &str, at: usize, rank: usize) -> Option<(VoteCount, usize, usize)> {
    let len = PAIR_WORDS[rank].len();
    if ends_word(text, at + len) {
        pair_after(text, at, len)
    } else {
        None
    }
}

/// `starts_with_ci(text, at, phrase)` for a phrase whose first word is the word
/// `text[at..end]`, as equal keys tell: the word is not compared again, byte by byte.
fn rest_matches(text: &str, at: usize, end: usize, phrase: &str) -> bool {
    phrase
        .get(end - at..)
        .is_some_and(|rest| starts_with_ci(text, end, rest))
}

/// A table of phrases with the set of those that start with the word at hand.
type Table<'a> = (&'a [&'a str], PhraseSet);

/// The indices in a set of phrases, in increasing order.
fn members(set: PhraseSet) -> impl Iterator<Item = usize> {
    swar::set_bits(set.into())
}

/// Notes, for each phrase of `table` that occurs at word start `at` (the phrases of the set
/// start with the word `text[at..end]`), its first occurrence.
fn note_phrases(text: &str, (at, end): (usize, usize), table: Table, firsts: &mut [Option<usize>]) {
    let (phrases, set) = table;
    for k in members(set) {
        if firsts[k].is_none() && phrase_at(text, at, end, phrases[k]) {
            firsts[k] = Some(at);
        }
    }
}

/// Notes, if the word at `at` starts a label of `table` (one of its set) more trusted than
/// any so far, and a count follows it: (count, label start, count end).
fn note_label(text: &str, (at, end): (usize, usize), table: Table, best: &mut Best<Tally>) {
    let (labels, set) = table;
    for rank in members(set) {
        let label = labels[rank];
        let after = at + label.len();
        if best.wants(rank)
            && rest_matches(text, at, end, label)
            && ends_word(text, after)
            && count_may_follow(text.as_bytes(), after)
        {
            if let Ok((rest, n)) = labelled_count(&text[after..]) {
                best.set(rank, (n, at, text.len() - rest.len()));
            }
        }
    }
}

/// Whether [`labelled_count`] may read a count at byte `i`: after spaces and tabs it reads
/// a digit or one of ":-–=" ("–" starts with 0xE2). Most labels ("carried 8 for, 1 against",
/// "approved for consultation") fail this, which is far cheaper than running the parser.
fn count_may_follow(bytes: &[u8], i: usize) -> bool {
    let first = bytes[i..].iter().find(|&&b| b != b' ' && b != b'\t');
    matches!(first, Some(b'0'..=b'9' | b':' | b'-' | b'=' | 0xE2))
}

/// Votes for and against (both needed) and abstentions, with the range covering them all.
fn tally(
    for_: Option<Tally>,
    against: Option<Tally>,
    abstained: Option<Tally>,
) -> Option<(VoteCount, usize, usize)> {
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

/// Whether "resolved" or "agreed" sits next to the word "unanimously" at `s..e`.
pub(crate) fn near_resolved(text: &str, s: usize, e: usize) -> bool {
    let from = people::floor_boundary(text, s.saturating_sub(20));
    let to = people::floor_boundary(text, e + 20);
    ["resolved", "agreed", "carried", "approved"]
        .iter()
        .any(|w| find_word_ci(text, w, from, to).is_some())
}

/// Whether the `CONTEXT_BYTES` before `i` mention a motion or vote, given where the last
/// [`VOTE_CONTEXT`] word before `i` starts.
fn in_vote_context(text: &str, i: usize, last_context: Option<usize>) -> bool {
    let from = people::floor_boundary(text, i.saturating_sub(CONTEXT_BYTES));
    last_context.is_some_and(|at| at >= from)
}

/// Whether the word after the white space at byte `i` is one of `words` (ASCII, any case).
/// Read on bytes where the text there is ASCII; [`followed_by_any_by_chars`] otherwise.
pub(crate) fn followed_by_any(text: &str, i: usize, words: &[&str]) -> bool {
    match ascii_word_after(text.as_bytes(), i) {
        Some(next) => words
            .iter()
            .any(|w| next.eq_ignore_ascii_case(w.as_bytes())),
        None => followed_by_any_by_chars(text, i, words),
    }
}

/// Whether the word before the white space that ends at byte `i` is "not" (any case).
/// Read on bytes where the text there is ASCII; [`preceded_by_not_by_chars`] otherwise.
pub(crate) fn preceded_by_not(text: &str, i: usize) -> bool {
    match ascii_word_before(text.as_bytes(), i) {
        Some(last) => last.eq_ignore_ascii_case(b"not"),
        None => preceded_by_not_by_chars(text, i),
    }
}

/// The run of ASCII letters after the ASCII white space at byte `i` (empty before any other
/// ASCII byte), or `None` where a non-ASCII byte ends the space or the run: a char that may
/// be white space or a letter, which only the char reading tells.
fn ascii_word_after(bytes: &[u8], i: usize) -> Option<&[u8]> {
    let rest = &bytes[i..];
    let start = rest
        .iter()
        .position(|&b| !is_ascii_space(b))
        .unwrap_or(rest.len());
    let len = rest[start..]
        .iter()
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    match rest.get(start + len) {
        Some(b) if !b.is_ascii() => None,
        _ => Some(&rest[start..start + len]),
    }
}

/// [`ascii_word_after`] backwards: the run of ASCII letters before the ASCII white space
/// that ends at byte `i`, or `None` where a non-ASCII byte ends the space or the run.
fn ascii_word_before(bytes: &[u8], i: usize) -> Option<&[u8]> {
    let head = &bytes[..i];
    let end = head
        .iter()
        .rposition(|&b| !is_ascii_space(b))
        .map_or(0, |p| p + 1);
    let len = head[..end]
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    match head[..end - len].last() {
        Some(b) if !b.is_ascii() => None,
        _ => Some(&head[end - len..end]),
    }
}

/// [`followed_by_any`] on chars: for text that is not ASCII there, and the reference the
/// byte reading is tested against.
fn followed_by_any_by_chars(text: &str, i: usize, words: &[&str]) -> bool {
    let rest = text[i..].trim_start_matches(is_space);
    let next = rest
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    words.iter().any(|w| next.eq_ignore_ascii_case(w))
}

/// [`preceded_by_not`] on chars: for text that is not ASCII there, and the reference the
/// byte reading is tested against.
fn preceded_by_not_by_chars(text: &str, i: usize) -> bool {
    let before = text[..i].trim_end_matches(is_space);
    let last = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    last.eq_ignore_ascii_case("not")
}

// ---------------------------------------------------------------------------------------
// The gate: most text given to `parse_motion` ("Following debate ... RESOLVED that the
// report be approved") holds no motion, and is turned away at a fraction of the scan's cost.
// ---------------------------------------------------------------------------------------

/// Whether `text` may hold a motion: false only where [`read_motion`] finds none. Every
/// piece of evidence the scan reads rests on one word, so this pass looks only at the words
/// of three letters or more that may be one (a table of their first three letters turns
/// the rest away unread), and asks each what the scan would ask it:
///
/// - a mover's or seconder's word followed by "by", "made", "of" ("on the motion of", read
///   at "motion") or ":";
/// - an outcome word that states an outcome in its context ([`stated`]);
/// - a word of [`PAIR_WORDS`] followed by a count;
/// - any word starting "against", and any of [`AGAINST_LABELS`] and the first words of
///   [`AYE_PHRASES`]: a count for is a vote only with a count against, and names are
///   counted only after "aye".
///
/// Numbers, "for", "in favour" and the abstention labels need one of these too, so they
/// are not read.
pub(crate) fn may_hold_motion(text: &str) -> bool {
    gate::<false>(text)
}

/// [`may_hold_motion`] over the words of four letters or more and the words of three that
/// [`may_be_short_gate_word`] keeps, or with `EVERY`, every word of three: the reference the
/// skipping is tested against.
#[inline(always)]
fn gate<const EVERY: bool>(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut last_context = None;
    any_word_of_three::<EVERY>(bytes, |at, a, b| {
        // Most words fail on their first two letters, before the third is read.
        let thirds = GATE_OPENINGS.thirds(a, b);
        if thirds == 0
            || !LetterTriples::third_may_be(thirds, bytes[at + 2])
            || bytes
                .get(at + 3)
                .is_some_and(|&d| !LetterTriples::third_may_be(GATE_FOURTHS.thirds(a, b), d))
        {
            return false;
        }
        // "3 againsts" is read as a count against: no word end is asked for.
        if bytes[at..].len() >= 7 && bytes[at..at + 7].eq_ignore_ascii_case(b"against") {
            return true;
        }
        let end = run_end(bytes, at, LETTER);
        let Some((key, roles, starts)) = WORDS.lookup(bytes, at, end) else {
            return false;
        };
        let starts = |role: Roles| starts[role.trailing_zeros() as usize];
        let evidence = roles & (AGAINST_LABEL | AYE_WORD) != 0
            || roles & (MOVER_PHRASE | SECONDER_PHRASE) != 0 && name_phrase_goes_on(bytes, end)
            || roles & OUTCOME_WORD != 0 && stated(text, at, end, key, last_context).is_some()
            || roles & PAIR_WORD != 0
                && members(starts(PAIR_WORD)).any(|r| pair_after_word(text, at, r).is_some());
        if roles & CONTEXT_WORD != 0 && ends_word(text, end) {
            last_context = Some(at);
        }
        evidence
    })
}

/// Whether a word of exactly three letters starting with `a` may be one [`may_hold_motion`]
/// asks about: of its words only "aye" and "nem" are that short. The other words of three
/// ("the", "for", "was": a fifth of the words the gate met) are then not visited.
fn may_be_short_gate_word(a: u8) -> bool {
    matches!(a | 0x20, b'a' | b'n')
}

/// The phrase tables whose words [`may_hold_motion`] asks about, for [`GATE_OPENINGS`] and
/// [`GATE_FOURTHS`].
const GATE_TABLES: [&[&str]; 7] = [
    MOVER,
    SECONDER,
    OUTCOME_WORDS,
    VOTE_CONTEXT,
    AGAINST_LABELS,
    PAIR_WORDS,
    AYE_PHRASES,
];

/// The first three letters of the words [`may_hold_motion`] asks about. The two-letter
/// "on" ("on the motion of") is left out: the phrase is read at "motion".
static GATE_OPENINGS: LetterTriples = {
    let tables = GATE_TABLES;
    let mut openings = LetterTriples::of(&[]);
    let mut t = 0;
    while t < tables.len() {
        let mut p = 0;
        while p < tables[t].len() {
            let word = first_word(tables[t][p].as_bytes());
            if word.len() >= 3 {
                openings = openings.with(word);
            }
            p += 1;
        }
        t += 1;
    }
    openings
};

/// The fourth bytes the words [`may_hold_motion`] asks about may have, by their first two
/// letters, in a table of the shape of [`GATE_OPENINGS`]: a word's fourth letter, and any
/// byte for an opening one of whose words has three letters ("aye", "nem"). After the third
/// letter, the gate's last test before a word is read to its end and looked up: it turns
/// away "with" and "within" (of "withdrawn") and "record" (of "recommendation"), though
/// "resolved" and "recommendations" pass as "resolution" and "recommendation" do.
static GATE_FOURTHS: LetterTriples = {
    let tables = GATE_TABLES;
    let mut fourths = LetterTriples::of(&[]);
    let mut t = 0;
    while t < tables.len() {
        let mut p = 0;
        while p < tables[t].len() {
            let word = first_word(tables[t][p].as_bytes());
            if word.len() >= 4 {
                fourths = fourths.with(&[word[0], word[1], word[3]]);
            } else if word.len() == 3 {
                // Any byte ends a word of three letters.
                let mut low = 0u8;
                while low < 32 {
                    fourths = fourths.with(&[word[0], word[1], 0x40 | low]);
                    low += 1;
                }
            }
            p += 1;
        }
        t += 1;
    }
    fourths
};

/// Whether a [`MOVER`] or [`SECONDER`] phrase may go on after its first word, which ends at
/// `end`: spaces, then "by", "made", "the" ("on the motion of") or "of" (the same phrase,
/// which the gate reads at "motion"), or ":".
///
/// The two bytes after the spaces are compared at once, folded to lower case (`| 0x20`
/// lower-cases a letter and makes a lower-case letter of nothing else but its capital),
/// where comparing each word in turn cost some seventy instructions a word. Out of line:
/// inlined into the gate, it changed how the item loop around it was compiled.
#[inline(never)]
fn name_phrase_goes_on(bytes: &[u8], end: usize) -> bool {
    let rest = &bytes[end..];
    let rest = &rest[rest.iter().take_while(|&&b| b == b' ').count()..];
    match rest {
        [b':', ..] => true,
        [a, b, tail @ ..] => match [a | 0x20, b | 0x20] {
            [b'b', b'y'] | [b'o', b'f'] => true,
            [b'm', b'a'] => matches!(tail, [d, e, ..] if d | 0x20 == b'd' && e | 0x20 == b'e'),
            [b't', b'h'] => matches!(tail, [e, ..] if e | 0x20 == b'e'),
            _ => false,
        },
        _ => false,
    }
}

/// [`name_phrase_goes_on`] word by word: the reference it is tested against.
#[cfg(test)]
fn name_phrase_goes_on_by_words(bytes: &[u8], end: usize) -> bool {
    let rest = &bytes[end..];
    let rest = &rest[rest.iter().take_while(|&&b| b == b' ').count()..];
    let starts = |w: &[u8]| {
        rest.get(..w.len())
            .is_some_and(|r| r.eq_ignore_ascii_case(w))
    };
    rest.first() == Some(&b':')
        || starts(b"by")
        || starts(b"made")
        || starts(b"the")
        || starts(b"of")
}

/// Calls `visit(start, first letter, second letter)` on every word of four ASCII letters
/// or more of `bytes`, and every word of exactly three that [`may_be_short_gate_word`] keeps
/// (or with `EVERY`, every one), in order, until it returns true; returns whether it did.
/// A word here starts at any ASCII letter that follows no ASCII letter, so also after a
/// digit or a non-ASCII char: every word [`scan`] reads starts there, and a few more.
fn any_word_of_three<const EVERY: bool>(
    bytes: &[u8],
    visit: impl FnMut(usize, u8, u8) -> bool,
) -> bool {
    if simd::ENABLED {
        any_word_of_three_simd::<EVERY>(bytes, visit)
    } else {
        any_word_of_three_bytes::<EVERY>(bytes, visit)
    }
}

/// [`any_word_of_three`] a byte at a time: for targets without a vector unit, and the
/// reference the SIMD loop is tested against.
fn any_word_of_three_bytes<const EVERY: bool>(
    bytes: &[u8],
    mut visit: impl FnMut(usize, u8, u8) -> bool,
) -> bool {
    let letter = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_alphabetic);
    (0..bytes.len()).any(|i| {
        letter(i)
            && (i == 0 || !letter(i - 1))
            && letter(i + 1)
            && letter(i + 2)
            && (EVERY || letter(i + 3) || may_be_short_gate_word(bytes[i]))
            && visit(i, bytes[i], bytes[i + 1])
    })
}

/// [`any_word_of_three`] sixty-four bytes a step, from masks of the letters: about one
/// instruction a byte, plus a few for each word, whose first two letters are handed over
/// from the step without a bounds check.
fn any_word_of_three_simd<const EVERY: bool>(
    bytes: &[u8],
    mut visit: impl FnMut(usize, u8, u8) -> bool,
) -> bool {
    // Zero padding for the last step: no letters.
    let mut padded = [0u8; 64];
    let tail = bytes.len() / 64 * 64;
    padded[..bytes.len() - tail].copy_from_slice(&bytes[tail..]);
    let step_at = |at: usize| {
        bytes
            .get(at..at + 64)
            .map_or(&padded, |s| s.try_into().unwrap())
    };
    let letters_of = |step: &[u8; 64]| {
        let mut letters = 0u64;
        for k in 0..4 {
            let c = simd::Chunk::load(step[16 * k..16 * (k + 1)].try_into().unwrap());
            letters |= u64::from(c.ascii_letters()) << (16 * k);
        }
        letters
    };
    // Whether the byte before the step is a letter, as bit 0.
    let mut carry = 0u64;
    let mut at = 0;
    let mut step = step_at(0);
    let mut letters = letters_of(step);
    while at < bytes.len() {
        // The next step's letters, read a step ahead: the current step's last two letters
        // need its first two, which a byte-by-byte look cost some thirty instructions a step.
        let (next_step, next) = if at + 64 < bytes.len() {
            let next_step = step_at(at + 64);
            (next_step, letters_of(next_step))
        } else {
            (step, 0)
        };
        // Letters followed by one and by two more, the step's last ones by the next step's.
        let second = letters >> 1 | next << 63;
        let third = letters >> 2 | next << 62;
        let mut starts = letters & !(letters << 1 | carry) & second & third;
        carry = letters >> 63;
        // Words of exactly three letters that the gate does not ask about are dropped here,
        // a few instructions each, where a visit cost several times that.
        let fourth = letters >> 3 | next << 61;
        let mut three = if EVERY { 0 } else { starts & !fourth };
        while three != 0 {
            let k = three.trailing_zeros() as usize;
            three &= three - 1;
            if !may_be_short_gate_word(step[k]) {
                starts &= !(1 << k);
            }
        }
        while starts != 0 {
            let k = starts.trailing_zeros() as usize;
            starts &= starts - 1;
            // A word at the last byte has its second letter in the next step.
            let b = if k < 63 { step[k + 1] } else { next_step[0] };
            if visit(at + k, step[k % 64], b) {
                return true;
            }
        }
        step = next_step;
        letters = next;
        at += 64;
    }
    false
}

// ---------------------------------------------------------------------------------------
// The words the scan reacts to.
// ---------------------------------------------------------------------------------------

/// What a word may start, as flags: one word can have several roles ("carried" states an
/// outcome and may precede "5-0").
type Roles = u16;
const MOVER_PHRASE: Roles = 1;
const SECONDER_PHRASE: Roles = 1 << 1;
const OUTCOME_WORD: Roles = 1 << 2;
const CONTEXT_WORD: Roles = 1 << 3;
const FOR_LABEL: Roles = 1 << 4;
const AGAINST_LABEL: Roles = 1 << 5;
const ABSTAIN_LABEL: Roles = 1 << 6;
const PAIR_WORD: Roles = 1 << 7;
const AYE_WORD: Roles = 1 << 8;

/// The roles of the first word of every phrase in the tables above. Built at compile time
/// from the tables themselves, so a phrase added to a table is found without more code.
static WORDS: WordTable = WordTable::new()
    .with(MOVER, MOVER_PHRASE)
    .with(SECONDER, SECONDER_PHRASE)
    .with(OUTCOME_WORDS, OUTCOME_WORD)
    .with(VOTE_CONTEXT, CONTEXT_WORD)
    .with(FOR_LABELS, FOR_LABEL)
    .with(AGAINST_LABELS, AGAINST_LABEL)
    .with(ABSTAIN_LABELS, ABSTAIN_LABEL)
    .with(PAIR_WORDS, PAIR_WORD)
    .with(AYE_PHRASES, AYE_WORD);

/// A set of a table's phrases, as bits by index (no table has more than sixteen).
type PhraseSet = u16;
/// The number of roles, one per bit of [`Roles`] in use.
const ROLE_COUNT: usize = 9;

/// The leading ASCII letters of `phrase`: the word every occurrence of it starts with.
const fn first_word(phrase: &[u8]) -> &[u8] {
    let mut n = 0;
    while n < phrase.len() && phrase[n].is_ascii_alphabetic() {
        n += 1;
    }
    assert!(
        n > 0 && n <= 16,
        "a phrase must start with a word of 1-16 letters"
    );
    phrase.split_at(n).0
}

/// A word of up to 16 ASCII letters as one number, lower-cased, first letter in the low
/// byte; 0 for longer words, which no table holds. Comparing two words is then one integer
/// comparison, and the table lookup needs no string comparison at all.
const fn key(word: &[u8]) -> u128 {
    if word.len() > 16 {
        return 0;
    }
    let mut key = 0;
    let mut n = word.len();
    while n > 0 {
        n -= 1;
        key = key << 8 | word[n].to_ascii_lowercase() as u128;
    }
    key
}

/// [`key`] of the word of ASCII letters `bytes[at..end]`, read as one 16-byte load where
/// the text is long enough (a word's letters only need their case bit set).
fn key_at(bytes: &[u8], at: usize, end: usize) -> u128 {
    let len = end - at;
    let chunk = bytes
        .get(at..at + 16)
        .and_then(|b| <[u8; 16]>::try_from(b).ok());
    match chunk {
        Some(chunk) if (1..=16).contains(&len) => {
            let lower = u128::from_le_bytes([0x20; 16]);
            let mask = u128::MAX >> (8 * (16 - len));
            (u128::from_le_bytes(chunk) | lower) & mask
        }
        _ => key(&bytes[at..end]),
    }
}

/// Slots in a [`WordTable`]: a power of two, several times the number of words, so that a
/// lookup rarely probes more than one slot.
const SLOTS: usize = 256;

/// An open-addressing hash table from word keys to roles. Empty slots have key 0.
struct WordTable {
    keys: [u128; SLOTS],
    roles: [Roles; SLOTS],
    /// For each role (by bit number), the phrases of its table that start with the word:
    /// a word is then compared with no phrase it does not start.
    starts: [[PhraseSet; ROLE_COUNT]; SLOTS],
    /// By word length, the first letters of the words held (bit 0 for "a"): most words are
    /// turned away by this before their key is made.
    first_letters: [u32; 17],
    /// By word length, the third letters of the words of three letters or more held: turns
    /// away most of the words that pass [`Self::first_letters`] and the gate's letter tables
    /// ("resolved" beside "rejected", "proposals", "recommendations"), before a key and a probe.
    third_letters: [u32; 17],
}

impl WordTable {
    const fn new() -> Self {
        WordTable {
            keys: [0; SLOTS],
            roles: [0; SLOTS],
            starts: [[0; ROLE_COUNT]; SLOTS],
            first_letters: [0; 17],
            third_letters: [0; 17],
        }
    }

    /// The table with the first word (its leading ASCII letters) of each of `phrases` given
    /// `role` as well.
    const fn with(mut self, phrases: &[&str], role: Roles) -> Self {
        let mut p = 0;
        while p < phrases.len() {
            let word = first_word(phrases[p].as_bytes());
            self.first_letters[word.len()] |= 1 << (word[0].to_ascii_lowercase() - b'a');
            if word.len() >= 3 {
                self.third_letters[word.len()] |= 1 << (word[2].to_ascii_lowercase() - b'a');
            }
            let key = key(word);
            let mut slot = slot_of(key);
            let mut probes = 0;
            while self.keys[slot] != 0 && self.keys[slot] != key {
                slot = (slot + 1) % SLOTS;
                probes += 1;
                assert!(probes < SLOTS, "word table full");
            }
            assert!(p < PhraseSet::BITS as usize, "a table has too many phrases");
            self.keys[slot] = key;
            self.roles[slot] |= role;
            self.starts[slot][role.trailing_zeros() as usize] |= 1 << p;
            p += 1;
        }
        self
    }

    /// The key and roles of the word of ASCII letters `bytes[at..end]`, if it has any, with
    /// the phrases it starts by role.
    fn lookup(
        &self,
        bytes: &[u8],
        at: usize,
        end: usize,
    ) -> Option<(u128, Roles, &[PhraseSet; ROLE_COUNT])> {
        let len = end - at;
        let letter = (bytes[at] | 0x20) - b'a';
        if len > 16 || self.first_letters[len] & (1 << letter) == 0 {
            return None;
        }
        if len >= 3 && self.third_letters[len] & (1 << ((bytes[at + 2] | 0x20) - b'a')) == 0 {
            return None;
        }
        let key = key_at(bytes, at, end);
        let slot = self.slot(key);
        let roles = self.roles[slot];
        (roles != 0).then_some((key, roles, &self.starts[slot]))
    }

    /// The slot of the word with `key`, or an empty one (no roles) for a word no phrase
    /// starts with.
    fn slot(&self, key: u128) -> usize {
        let mut slot = slot_of(key);
        loop {
            let k = self.keys[slot];
            if k == key || k == 0 {
                // An empty slot has no roles, which also answers for key 0.
                return slot;
            }
            slot = (slot + 1) % SLOTS;
        }
    }
}

/// Where a key's probe sequence starts: its two halves mixed by a multiplicative hash.
const fn slot_of(key: u128) -> usize {
    let h = (key as u64) ^ ((key >> 64) as u64);
    (h.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - SLOTS.trailing_zeros())) as usize
}

// ---------------------------------------------------------------------------------------
// Votes.
// ---------------------------------------------------------------------------------------

/// A vote count: at most three digits, so years and reference numbers are not counts.
pub(crate) fn count(input: &str) -> IResult<&str, u32> {
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
pub(crate) fn labelled_count(input: &str) -> IResult<&str, u32> {
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

/// "5-0", "5 – 0", "5 to 0", "5 votes to 0": (for, against). The rule as a parser: the
/// reader uses [`pair_len`], tested against this, and so is the motion oracle.
#[cfg(test)]
pub(crate) fn pair(input: &str) -> IResult<&str, (u32, u32)> {
    use nom::bytes::complete::tag_no_case;
    use nom::character::complete::space1;
    use nom::sequence::delimited;
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

/// The "5-0" count after the word `text[at..at + len]` ("carried 5-0", "passed by 4 votes
/// to 1", "vote of 6-1", "LOST 3-7"), with the range from the word to the count.
fn pair_after(text: &str, at: usize, len: usize) -> Option<(VoteCount, usize, usize)> {
    if !pair_may_follow(text.as_bytes(), at + len) {
        return None;
    }
    let mut j = skip_space(text, at + len);
    for filler in [":", "by ", "of ", "unanimously ", "("] {
        if starts_with_ci(text, j, filler) {
            j = skip_space(text, j + filler.len());
        }
    }
    let (len, f, a) = pair_len(&text.as_bytes()[j..])?;
    Some((
        VoteCount {
            for_: f,
            against: a,
            abstained: None,
        },
        at,
        j + len,
    ))
}

/// A "5-0", "5 – 0", "5 to 0" or "5 votes to 0" count at the start of `bytes`: (its length,
/// for, against). The rule is the nom parser `pair` (in the tests), read here on bytes.
/// Every byte it reads is ASCII but the dashes, compared as their UTF-8 bytes; the parser
/// cost some three hundred instructions a count, most of it setting up the alternatives.
fn pair_len(bytes: &[u8]) -> Option<(usize, u32, u32)> {
    let (f, mut i) = count_at(bytes, 0)?;
    // " votes" / " vote", taken only whole after at least one space ("5 votes to 1").
    let gap = i + blanks(bytes, i);
    if gap > i {
        for word in [&b"votes"[..], b"vote"] {
            if starts_ci(bytes, gap, word) {
                i = gap + word.len();
                break;
            }
        }
    }
    // "-", "–" or "—" between optional spaces, else " to " with spaces both sides.
    let gap = i + blanks(bytes, i);
    let dash = [&b"-"[..], "\u{2013}".as_bytes(), "\u{2014}".as_bytes()]
        .into_iter()
        .find(|d| bytes[gap..].starts_with(d));
    i = match dash {
        Some(d) => gap + d.len() + blanks(bytes, gap + d.len()),
        None if gap > i && starts_ci(bytes, gap, b"to") && blanks(bytes, gap + 2) > 0 => {
            gap + 2 + blanks(bytes, gap + 2)
        }
        None => return None,
    };
    let (a, end) = count_at(bytes, i)?;
    // Not part of a longer number or date ("2022-2027").
    if matches!(bytes.get(end), Some(b'-' | b'/')) {
        return None;
    }
    Some((end, f, a))
}

/// The [`count`] at byte `i`: a run of one to three ASCII digits, and where it ends.
fn count_at(bytes: &[u8], i: usize) -> Option<(u32, usize)> {
    let digits = bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
    (1..=3).contains(&digits).then(|| {
        let n = bytes[i..i + digits]
            .iter()
            .fold(0, |n, &d| n * 10 + u32::from(d - b'0'));
        (n, i + digits)
    })
}

/// How many spaces and tabs (nom's `space0`) stand at byte `i`.
fn blanks(bytes: &[u8], i: usize) -> usize {
    bytes[i..]
        .iter()
        .take_while(|&&b| b == b' ' || b == b'\t')
        .count()
}

/// Whether `bytes[i..]` starts with the lower-case ASCII `word` in any case.
fn starts_ci(bytes: &[u8], i: usize, word: &[u8]) -> bool {
    bytes
        .get(i..i + word.len())
        .is_some_and(|b| b.eq_ignore_ascii_case(word))
}

/// Whether [`pair_after`] may read a count at byte `i`: after ASCII white space comes a
/// digit, the start of a filler it skips (":", "by ", "of ", "unanimously ", "("), or a
/// byte it must decode. Most pair words ("be approved as", "put to the vote.") fail this,
/// far cheaper than the full reading.
fn pair_may_follow(bytes: &[u8], i: usize) -> bool {
    let first = bytes[i..]
        .iter()
        .find(|&&b| !matches!(b, b'\t'..=b'\r' | b' '));
    matches!(
        first.map(u8::to_ascii_lowercase),
        Some(b'0'..=b'9' | b':' | b'(' | b'b' | b'o' | b'u' | 0x80..)
    )
}

/// "Those voting aye: Council Member Flora, ... Those voting nay: none" counted by name.
fn named_votes(text: &str) -> Option<(VoteCount, usize, usize)> {
    let aye = AYE_PHRASES
        .iter()
        .find_map(|p| find_word_ci(text, p, 0, text.len()).map(|i| (i, i + p.len())))?;
    let nay = NAY_PHRASES
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
pub(crate) fn trim_those_voting(text: &str, from: usize, to: usize) -> usize {
    find_word_ci(text, "those", from, to).unwrap_or(to)
}

/// How many people `text[from..to]` names after a vote label, `Some(0)` for "none".
pub(crate) fn names_counted(text: &str, from: usize, to: usize) -> Option<u32> {
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
    /// `run_end` as it was: a byte loop.
    fn run_end_oracle(bytes: &[u8], i: usize, class: u8) -> usize {
        bytes[i..]
            .iter()
            .position(|&b| super::CLASS[usize::from(b)] != class)
            .map_or(bytes.len(), |n| i + n)
    }

    #[test]
    fn runs_end_where_the_byte_loop_ends_them() {
        let texts = [
            "moved by Councillor Smith, seconded 12345678901 votes",
            "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
            "Caf\u{e9}s 9/10 a-b [z] {x} `w` @at 0:9 /0 ~~ \u{7f}\u{80}x",
            "12345678",
            "abcdefgh",
            "a",
            "",
        ];
        for t in texts {
            let b = t.as_bytes();
            for i in 0..b.len() {
                for class in [super::LETTER, super::DIGIT] {
                    if super::CLASS[usize::from(b[i])] == class {
                        assert_eq!(
                            super::run_end(b, i, class),
                            run_end_oracle(b, i, class),
                            "{t:?} {i}"
                        );
                    }
                }
            }
        }
        for b in 0..=255u8 {
            let word = [b; 8];
            let x = u64::from_le_bytes(word);
            for class in [super::LETTER, super::DIGIT] {
                let want = super::CLASS[usize::from(b)] == class;
                assert_eq!(super::of_class(x, class) == super::swar::HIGH, want, "{b}");
                assert_eq!(super::of_class(x, class) == 0, !want, "{b}");
            }
        }
    }

    use super::*;

    /// The runs [`for_each_run`]'s two readings visit.
    fn runs_of(text: &str, simd_runs: bool) -> Vec<(usize, usize, bool)> {
        let mut v = Vec::new();
        let visit = |s, e, w| v.push((s, e, w));
        if simd_runs {
            super::runs_simd(text, visit);
        } else {
            super::runs_bytes(text, visit);
        }
        v
    }

    #[test]
    fn simd_runs_agree_with_the_run_by_run_reading() {
        let pieces = [
            "a", "Z", "7", " ", "é", "’", "-", "moved", "12", "x9", "9x", "\u{a0}", "(", "`", "@",
            "[", "{", "/", ":", "\u{0663}", "ab", "0",
        ];
        // Lengths around the 64-byte steps, built from the pieces in a fixed pseudo-random
        // order, so runs cross step boundaries in every way.
        let mut seed = 7u32;
        for n in 0..4000 {
            let mut t = String::new();
            let len = n % 200;
            while t.len() < len {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
                t.push_str(pieces[(seed >> 16) as usize % pieces.len()]);
            }
            assert_eq!(runs_of(&t, true), runs_of(&t, false), "{t:?}");
        }
        for t in [
            "",
            "a",
            &"a".repeat(64),
            &"a".repeat(65),
            &"1".repeat(200),
            &format!("{} {}", "b".repeat(63), "c".repeat(130)),
            &format!("{}é{}", "d".repeat(62), "e".repeat(70)),
        ] {
            assert_eq!(runs_of(t, true), runs_of(t, false), "{t:?}");
        }
    }

    /// The word starts [`any_word_of_three`]'s two readings visit, with their first two
    /// letters.
    fn words_of_three<const EVERY: bool>(text: &str, simd_words: bool) -> Vec<(usize, u8, u8)> {
        let mut v = Vec::new();
        let visit = |i, a, b| {
            v.push((i, a, b));
            false
        };
        if simd_words {
            super::any_word_of_three_simd::<EVERY>(text.as_bytes(), visit);
        } else {
            super::any_word_of_three_bytes::<EVERY>(text.as_bytes(), visit);
        }
        v
    }

    /// Both readings visit the same words, all of them with `EVERY`, and without it all but
    /// the words of exactly three letters the gate does not ask about.
    fn words_of_three_agree(t: &str) {
        let every = words_of_three::<true>(t, true);
        assert_eq!(every, words_of_three::<true>(t, false), "{t:?}");
        let some = words_of_three::<false>(t, true);
        assert_eq!(some, words_of_three::<false>(t, false), "{t:?}");
        let b = t.as_bytes();
        let kept: Vec<_> = every
            .into_iter()
            .filter(|&(i, a, _)| {
                b.get(i + 3).is_some_and(u8::is_ascii_alphabetic)
                    || matches!(a, b'a' | b'A' | b'n' | b'N')
            })
            .collect();
        assert_eq!(some, kept, "{t:?}");
    }

    #[test]
    fn simd_words_of_three_agree_with_the_byte_by_byte_reading() {
        let pieces = [
            "a", "Zq", "abc", "7", " ", "é", "’", "moved", "12", "x9y", "\u{a0}", "@", "[", "`",
            "{", "ab", "abcd", "aye", "Nem", "the", "and",
        ];
        for t in crate::test_text::mixes(&pieces, 4000, 0x9E37_79B9, 80, |n| n % 4 == 0) {
            words_of_three_agree(&t);
        }
        for n in 0..200 {
            for word in ["ab", "abc", "abcd", "nem", "the"] {
                let t = format!("{}{word}", " ".repeat(n));
                words_of_three_agree(&t);
                let t = format!("{}{word}", "x".repeat(n));
                words_of_three_agree(&t);
            }
        }
        // Stopping: the first visit that answers true is the last.
        let mut seen = Vec::new();
        assert!(super::any_word_of_three::<true>(
            b"one two three",
            |i, _, _| {
                seen.push(i);
                i == 4
            }
        ));
        assert_eq!(seen, [0, 4]);
    }

    #[test]
    fn the_gate_passes_every_motion_it_is_shown() {
        for t in [
            "On the motion of Councillor Smith",
            "7 for, 3 againstx",
            "’Moved by Cllr Jones",
            "Seconded by Cllr Jones.",
            "Aye: Smith, Jones",
            "RESOLVED nem. con. that",
            "The recommendation was approved.",
            "LOST",
            "approved 5-0",
        ] {
            assert!(read_motion(t, 0).is_some(), "{t}");
            assert!(may_hold_motion(t), "{t}");
        }
        for t in [
            "Following debate, the recommendations were put to the vote.\n\nRESOLVED that\n(1) That planning permission be granted subject to the conditions set out in the report.",
            "the conditions proposed to address them",
            "That the report be approved.",
        ] {
            assert!(!may_hold_motion(t), "{t}");
        }
    }

    /// Every word of three letters the gate asks about is one [`may_be_short_gate_word`]
    /// keeps, in either case: a word added to the tables is not skipped unread.
    #[test]
    fn short_gate_words_are_kept() {
        let words = GATE_TABLES.iter().flat_map(|t| t.iter());
        let short: Vec<&[u8]> = words
            .map(|p| first_word(p.as_bytes()))
            .filter(|w| w.len() == 3)
            .collect();
        assert!(short.len() >= 2, "{short:?}");
        for w in short {
            assert!(may_be_short_gate_word(w[0]), "{w:?}");
            assert!(may_be_short_gate_word(w[0].to_ascii_uppercase()), "{w:?}");
        }
    }

    /// The gate visits only the words of three letters that may be one it asks about: its
    /// answers are those of the gate that visits every word.
    #[test]
    fn the_gate_skips_only_three_letter_words_it_would_turn_away() {
        let pieces = [
            "aye",
            "Aye:",
            "nem",
            "NEM.",
            "nay",
            "and",
            "the",
            "for",
            "con",
            "yes",
            "noes",
            "vote",
            "carried",
            "5-0",
            " ",
            ", ",
            ".",
            "\n",
            "motion",
            "by",
            "Cllr Smith",
            "moved",
            "was",
            "approved",
            "é",
            "3",
            "against",
            "ayes",
            "voting",
            "abc",
            "xyz",
            "for,",
            "Nay",
        ];
        let mut passed = 0;
        let texts =
            crate::test_text::mixes(&pieces, 20_000, 0x2545_F491_4F6C_DD1D, 12, |n| n % 2 == 0);
        for t in &texts {
            let expected = gate::<true>(t);
            passed += usize::from(expected);
            assert_eq!(may_hold_motion(t), expected, "{t:?}");
        }
        assert!(
            passed > texts.len() / 10 && passed < texts.len() * 9 / 10,
            "{passed}"
        );
    }

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
    fn keys_are_lower_cased_letters() {
        assert_eq!(key(b"Moved"), key(b"moved"));
        assert_ne!(key(b"move"), key(b"moved"));
        assert_eq!(key(&[b'a'; 17]), 0);
        // One 16-byte load where the text is long enough, byte by byte near its end.
        let text = b"xx Seconded by Councillor Smith and ABSTENTIONS";
        for (at, end) in [(3, 11), (15, 25), (36, 47), (44, 47)] {
            assert_eq!(key_at(text, at, end), key(&text[at..end]));
        }
    }

    #[test]
    fn every_name_phrase_goes_on_after_its_first_word() {
        for phrase in MOVER.iter().chain(SECONDER) {
            let first = first_word(phrase.as_bytes()).len();
            assert!(name_phrase_goes_on(phrase.as_bytes(), first), "{phrase}");
        }
    }

    /// [`pair_after`] without the check of the byte after the word: the rule it speeds up.
    fn pair_after_oracle(text: &str, at: usize, len: usize) -> Option<(VoteCount, usize, usize)> {
        let mut j = skip_space(text, at + len);
        for filler in [":", "by ", "of ", "unanimously ", "("] {
            if starts_with_ci(text, j, filler) {
                j = skip_space(text, j + filler.len());
            }
        }
        let (rest, (f, a)) = pair(&text[j..]).ok()?;
        let votes = VoteCount {
            for_: f,
            against: a,
            abstained: None,
        };
        Some((votes, at, text.len() - rest.len()))
    }

    #[test]
    fn words_around_agree_with_the_char_reading() {
        let pieces = [
            "not", "NOT", "knot", "out", "On", "carried", " ", "\t", "\n", "\u{a0}", "\u{feff}",
            "é", "ü", "1", ".", "-",
        ];
        let mut texts = crate::test_text::joins_up_to(&pieces, 4);
        texts.extend(crate::test_text::mixes(&pieces, 20_000, 9, 9, |n| {
            n % 3 == 0
        }));
        let (mut nots, mut followed) = (0, 0);
        for t in &texts {
            for i in (0..=t.len()).filter(|&i| t.is_char_boundary(i)) {
                let not = preceded_by_not_by_chars(t, i);
                assert_eq!(preceded_by_not(t, i), not, "{t:?} {i}");
                let any = followed_by_any_by_chars(t, i, CARRIED_NOT_OUTCOME);
                assert_eq!(followed_by_any(t, i, CARRIED_NOT_OUTCOME), any, "{t:?} {i}");
                nots += usize::from(not);
                followed += usize::from(any);
            }
        }
        assert!(nots > 10_000 && followed > 10_000, "{nots} {followed}");
    }

    #[test]
    fn name_phrases_go_on_as_word_by_word() {
        let pieces = [
            "by", "BY", "of", "Of", "made", "MADE", "mad", "the", "The", "th", "b", "m", ":", " ",
            "x", "Y", "\u{bf}", "é", "\u{c2}",
        ];
        let mut texts = crate::test_text::joins_up_to(&pieces, 4);
        texts.extend(crate::test_text::mixes(&pieces, 20_000, 13, 8, |n| {
            n % 3 == 0
        }));
        let mut on = 0;
        for t in &texts {
            for end in 0..=t.len() {
                let by_words = name_phrase_goes_on_by_words(t.as_bytes(), end);
                assert_eq!(
                    name_phrase_goes_on(t.as_bytes(), end),
                    by_words,
                    "{t:?} {end}"
                );
                on += usize::from(by_words);
            }
        }
        assert!(on > 50_000, "{on}");
    }

    #[test]
    fn pair_len_agrees_with_the_parser() {
        let pieces = [
            "5", "12", "1234", "0", "-", "\u{2013}", "\u{2014}", " ", "\t", "to", "TO", "votes",
            "Vote", "vote", "voters", "/", "x", "é", ".",
        ];
        let mut texts = crate::test_text::joins_up_to(&pieces, 4);
        texts.extend(crate::test_text::mixes(&pieces, 50_000, 5, 9, |n| {
            n % 4 == 0
        }));
        let mut read = 0;
        for t in &texts {
            let by_nom = pair(t)
                .ok()
                .map(|(rest, (f, a))| (t.len() - rest.len(), f, a));
            read += usize::from(by_nom.is_some());
            assert_eq!(pair_len(t.as_bytes()), by_nom, "{t:?}");
        }
        assert!(read > 500, "{read}");
    }

    #[test]
    fn pair_after_agrees_with_the_reading_without_its_check() {
        let pieces = [
            "carried",
            " ",
            "\t",
            "\n",
            "\u{b}",
            "\u{a0}",
            "\u{2003}",
            ":",
            "(",
            "By ",
            "of ",
            "UNANIMOUSLY ",
            "5",
            "-",
            "0",
            " to ",
            "x",
            "é",
            "votes",
        ];
        for t in crate::test_text::joins_up_to(&pieces, 5) {
            if let Some(at) = t.find("carried") {
                let len = "carried".len();
                assert_eq!(
                    pair_after(&t, at, len),
                    pair_after_oracle(&t, at, len),
                    "{t:?}"
                );
            }
        }
    }

    #[test]
    fn every_phrase_starts_with_a_word_of_its_role() {
        let tables = [
            (MOVER, MOVER_PHRASE),
            (SECONDER, SECONDER_PHRASE),
            (OUTCOME_WORDS, OUTCOME_WORD),
            (VOTE_CONTEXT, CONTEXT_WORD),
            (FOR_LABELS, FOR_LABEL),
            (AGAINST_LABELS, AGAINST_LABEL),
            (ABSTAIN_LABELS, ABSTAIN_LABEL),
            (PAIR_WORDS, PAIR_WORD),
            (AYE_PHRASES, AYE_WORD),
        ];
        for (table, role) in tables {
            for phrase in table {
                let upper = phrase.to_ascii_uppercase();
                let word = first_word(upper.as_bytes());
                let (k, roles, _) = WORDS.lookup(word, 0, word.len()).unwrap();
                assert!(roles & role != 0, "{phrase}");
                assert_eq!(k, key(word));
            }
        }
        for word in [
            "the",
            "motionless",
            "votes",
            "a",
            "council",
            "resolved",
            "proposals",
            "Recommendations",
        ] {
            assert_eq!(WORDS.lookup(word.as_bytes(), 0, word.len()), None, "{word}");
        }
        // "proposed by" and "proposed:"; "in favour".
        let (_, _, starts) = WORDS.lookup(b"Proposed", 0, 8).unwrap();
        assert_eq!(
            starts[MOVER_PHRASE.trailing_zeros() as usize],
            1 << 1 | 1 << 7
        );
        let (_, _, starts) = WORDS.lookup(b"in", 0, 2).unwrap();
        assert_eq!(starts[FOR_LABEL.trailing_zeros() as usize], 1 << 1);
    }

    /// [`WordTable::lookup`]'s letter filters turn away only words the table does not hold:
    /// its answers are those of the probe alone, for the table's words, their neighbours by
    /// one letter, and words of every length.
    #[test]
    fn the_lookup_filters_agree_with_the_probe() {
        let by_probe = |word: &[u8]| {
            let slot = WORDS.slot(key(word));
            (word.len() <= 16 && WORDS.roles[slot] != 0).then_some(WORDS.roles[slot])
        };
        let mut words: Vec<Vec<u8>> = Vec::new();
        let tables = [
            MOVER,
            SECONDER,
            OUTCOME_WORDS,
            VOTE_CONTEXT,
            FOR_LABELS,
            AGAINST_LABELS,
            ABSTAIN_LABELS,
            PAIR_WORDS,
            AYE_PHRASES,
            NAY_PHRASES,
        ];
        for phrase in tables.iter().flat_map(|t| t.iter()) {
            let word = first_word(phrase.as_bytes()).to_vec();
            for i in 0..word.len() {
                for c in b'a'..=b'z' {
                    let mut w = word.clone();
                    w[i] = c;
                    words.push(w.clone());
                    w[i] = c.to_ascii_uppercase();
                    words.push(w);
                }
            }
            words.push(word);
        }
        words.extend((1..=20).map(|n| b"abcdefghijklmnopqrst"[..n].to_vec()));
        let mut found = 0;
        for word in &words {
            let expected = by_probe(word);
            found += usize::from(expected.is_some());
            let got = WORDS.lookup(word, 0, word.len()).map(|(_, roles, _)| roles);
            assert_eq!(got, expected, "{:?}", String::from_utf8_lossy(word));
        }
        assert!(found > 100, "{found}");
    }

    #[test]
    fn word_boundaries_are_those_of_people() {
        for text in [
            "é moved",
            "5moved",
            "xmoved é",
            "Zoëmoved",
            "moved’s",
            "a1b",
        ] {
            for i in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                assert_eq!(
                    starts_word(text, i),
                    people::word_boundary_before(text, i),
                    "{text:?} {i}"
                );
                assert_eq!(
                    ends_word(text, i),
                    people::word_boundary_at(text, i),
                    "{text:?} {i}"
                );
            }
        }
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
