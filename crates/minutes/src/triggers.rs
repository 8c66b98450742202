//! One pass over a paragraph that notes which of the words later stages look for it contains
//! ("RESOLVED", "seconded", "declared", "Minute", "welcomed" ...). Each stage then reads a
//! flag instead of searching the text again, so the text is scanned once however many
//! readers there are.

use crate::model::Span;
use crate::text::LetterTriples;
use crate::{simd, swar};

/// A paragraph or list entry of the minutes with the triggers its text contains.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Scanned {
    pub span: Span,
    pub triggers: Triggers,
}

/// A set of [`Trigger`] flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Triggers(u32);

/// The words, by the flag each sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u32)]
pub(crate) enum Trigger {
    /// "RESOLVED" in capitals.
    CapitalResolved = 1,
    /// "AGREED" in capitals.
    CapitalAgreed = 1 << 1,
    /// A word that recorded motions use: moved, seconded, motion, vote, carried, proposed,
    /// unanimous(ly), lost, defeated, against, ayes, withdrawn.
    Motion = 1 << 2,
    /// "motion carried", "carried" at the start, "motion defeated".
    Carried = 1 << 3,
    /// "declared", "declares": the verbs a declaration of interest is read at
    /// (`declaration::find_declarations` reads no other paragraph).
    Declare = 1 << 4,
    /// "minute", "minutes".
    Minute = 1 << 5,
    /// "welcome", "welcomed", "attendance".
    Welcome = 1 << 6,
    /// A word that opens a resolution paragraph, in any case: "resolved", "agreed",
    /// "decided", "recommended", "resolution" (`resolution::OPENERS`). A unit without one is no opener.
    Opener = 1 << 7,
    /// "minute" or "minutes" followed by a space and what may start the number of a
    /// reference ("Minute 138", "Minute No. 50", "Minutes TCF 23/31"): a digit, a capital
    /// or the "n" of "no.". Set with [`Trigger::Minute`].
    MinuteNumber = 1 << 8,
    /// A word that records a proposal's passing where no resolution word does ("all in
    /// favour", "unanimous approval", "and carried", "duly elected"): "favour", "unanim",
    /// "carried", "elected" (`resolution::proposal` reads the phrase).
    Passed = 1 << 9,
}

impl Triggers {
    pub fn has(self, t: Trigger) -> bool {
        self.0 & t as u32 != 0
    }

    fn set(&mut self, t: Trigger) {
        self.0 |= t as u32;
    }
}

/// Scans `text` once, looking only at the starts of words.
pub(crate) fn scan(text: &str) -> Triggers {
    let bytes = text.as_bytes();
    let mut found = Triggers::default();
    for_each_long_word_start(bytes, |i, a, b| {
        // The first two letters turn away most words with a small table; the third and
        // fourth, read only for the words they pass, turn away most of the rest ("were",
        // "project", "care", "provided"), which would otherwise cost a call to `check_word`
        // each.
        if opens_trigger(a, b)
            && bytes
                .get(i + 2)
                .is_some_and(|&c| LetterTriples::third_may_be(THIRD_LETTERS.thirds(a, b), c))
            && bytes
                .get(i + 3)
                .is_some_and(|&d| LetterTriples::third_may_be(FOURTH_LETTERS.thirds(a, b), d))
            && fifth_may_be(a, b, bytes.get(i + 4))
        {
            check_word(bytes, i, &mut found);
        }
    });
    found
}

/// The first two letters of every trigger word (lower case).
const OPENINGS: [&[u8]; 17] = [
    b"re", b"ag", b"ay", b"at", b"mo", b"mi", b"ca", b"de", b"se", b"vo", b"pr", b"un", b"lo",
    b"wi", b"we", b"fa", b"el",
];

/// The openings of the trigger words: for each first byte as it stands (a letter in either
/// case), the set of second letters by their low five bits. Indexed by the whole byte, it is
/// asked with one load and one bit test per word start, where a [`LetterPairs`] (by the
/// letter's low bits) cost masking the byte first.
///
/// [`LetterPairs`]: crate::text::LetterPairs
static SECOND_LETTERS: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < OPENINGS.len() {
        let [a, b] = [OPENINGS[i][0], OPENINGS[i][1]];
        table[a as usize] |= 1 << (b & 0x1f);
        table[a.to_ascii_uppercase() as usize] |= 1 << (b & 0x1f);
        i += 1;
    }
    table
};

/// Whether the ASCII letters `a`, `b` (either case) open a trigger word: one table lookup
/// turns away most words before any comparison.
fn opens_trigger(a: u8, b: u8) -> bool {
    SECOND_LETTERS[usize::from(a)] >> (b & 0x1f) & 1 == 1
}

/// The first three letters of every trigger word (lower case).
const OPENINGS3: [&[u8]; 21] = [
    b"res", b"agr", b"aga", b"aye", b"att", b"mot", b"mov", b"min", b"car", b"dec", b"def", b"sec",
    b"vot", b"pro", b"una", b"los", b"wit", b"wel", b"rec", b"fav", b"ele",
];

/// The three-letter openings of the trigger words: the scan's test.
static THIRD_LETTERS: LetterTriples = LetterTriples::of(&OPENINGS3);

/// The first, second and fourth letters of every trigger word (lower case): "reso" of
/// "resolved" gives "reo". (No trigger word is shorter than four letters.)
const FIRST_SECOND_FOURTH: [&[u8]; 22] = [
    b"reo", b"reo", b"age", b"agi", b"ays", b"ate", b"moi", b"moe", b"miu", b"car", b"del", b"dei",
    b"dee", b"seo", b"voe", b"prp", b"unn", b"lot", b"wih", b"wec", b"fao", b"elc",
];

/// The fourth letters of the trigger words by their first two, in a table of the same
/// shape as [`THIRD_LETTERS`]: after the third letter, the scan's last test.
static FOURTH_LETTERS: LetterTriples = LetterTriples::of(&FIRST_SECOND_FOURTH);

/// The first, second and fifth letters of every trigger word of five letters or more
/// (lower case): "resol" of "resolved" gives "rel".
const FIRST_SECOND_FIFTH: [&[u8]; 18] = [
    b"rel", b"rem", b"age", b"agn", b"atn", b"moo", b"mod", b"mit", b"cai", b"ded", b"dea", b"sen",
    b"pro", b"uni", b"wid", b"weo", b"fau", b"elt",
];

/// The fifth letters of the trigger words by their first two, in a table of the shape of
/// [`FOURTH_LETTERS`]; the openings of the words of four letters ("ayes", "vote", "lost")
/// let any fifth byte through.
static FIFTH_LETTERS: LetterTriples = {
    let mut table = LetterTriples::of(&FIRST_SECOND_FIFTH);
    let mut low = 0u8;
    while low < 32 {
        let any = 0x40 | low;
        table = table.with(&[b'a', b'y', any]);
        table = table.with(&[b'v', b'o', any]);
        table = table.with(&[b'l', b'o', any]);
        low += 1;
    }
    table
};

/// Whether `fifth`, the byte after a word's first four letters `a`, `b`, .. (`None` at the
/// end of the text), may be that of a trigger word: the scan's last test, after the third
/// and fourth letters, which turns away "with" (of "withdrawn"), "record" and "Carrow"
/// before a call to [`check_word`] each.
fn fifth_may_be(a: u8, b: u8, fifth: Option<&u8>) -> bool {
    let fifths = FIFTH_LETTERS.thirds(a, b);
    match fifth {
        Some(&e) => LetterTriples::third_may_be(fifths, e),
        None => fifths == u32::MAX,
    }
}

/// The offsets where words of at least four ASCII letters start, in increasing order, each
/// with its first two letters: ASCII letters that follow neither an ASCII letter nor a
/// non-ASCII byte and precede three more letters. (No trigger word is shorter, and half the
/// words of prose are: "the", "of", "to".) Some starts of words of two or three letters are
/// visited too: where the letters after a start lie past the end of the classified step,
/// only the next one is looked at (and on targets without a vector unit, none is turned
/// away for its length).
///
/// Sixty-four bytes are classified a step, as four 16-byte chunks (see [`simd`]), or eight
/// with [`swar`] on targets without a vector unit, so the cost per byte is about one
/// instruction however the text is made; only the starts of words are visited, and the
/// visit is given the first two letters without reading `bytes`.
fn for_each_long_word_start(bytes: &[u8], visit: impl FnMut(usize, u8, u8)) {
    if simd::ENABLED {
        word_starts_simd(bytes, visit);
    } else {
        word_starts_swar(bytes, visit);
    }
}

/// Whether the byte at `i`, past the end of a chunk, is an ASCII letter.
fn letter_at(bytes: &[u8], i: usize) -> bool {
    bytes.get(i).is_some_and(u8::is_ascii_alphabetic)
}

/// Visits the word starts `starts` (bit `k` for byte `k` of `step`, which is at offset `at`)
/// whose next three bytes are letters, with their first two bytes: `letters` tells for every
/// byte of the step; `edge` is the step's last byte and the one after it, if there is one.
/// Bytes further past the step count as letters. Always inlined: a call per step cost more
/// than the step's tests.
#[inline(always)]
fn visit_long<const N: usize>(
    step: &[u8; N],
    at: usize,
    edge: Option<&[u8]>,
    starts: u64,
    letters: u64,
    visit: &mut impl FnMut(usize, u8, u8),
) {
    // Bytes followed by a letter, then bytes followed by three: `letters` has no bit past
    // the step's, so the last byte is never in `long`, and the two before it are let
    // through, as their third and fourth letters may lie past the step.
    let pairs = letters & (letters >> 1);
    let mut long = starts & pairs & (pairs >> 2 | 0b11 << (N - 3));
    while long != 0 {
        let k = long.trailing_zeros() as usize;
        visit(at + k, step[k % N], step[(k + 1) % N]);
        long &= long - 1;
    }
    if starts >> (N - 1) & 1 != 0 {
        // Read from `edge` (the input) only here: `step[N - 1]` was read out of the
        // classified chunk at every step.
        if let Some(&[a, b]) = edge.filter(|e| e[1].is_ascii_alphabetic()) {
            visit(at + N - 1, a, b);
        }
    }
}

fn word_starts_simd(bytes: &[u8], mut visit: impl FnMut(usize, u8, u8)) {
    // Letters, and the bytes that continue a word: letters and non-ASCII bytes. Most steps
    // are plain ASCII, which one test of the four chunks together tells: then only letters
    // continue words, and no chunk's non-ASCII mask is taken.
    let classify = |step: &[u8; 64]| {
        let chunks: [simd::Chunk; 4] = std::array::from_fn(|k| {
            simd::Chunk::load(step[16 * k..16 * (k + 1)].try_into().unwrap())
        });
        let mut letters = 0u64;
        for (k, c) in chunks.iter().enumerate() {
            letters |= u64::from(c.ascii_letters()) << (16 * k);
        }
        let mut wordish = letters;
        let [a, b, c, d] = chunks;
        if a.or(b).or(c).or(d).non_ascii() != 0 {
            for (k, c) in chunks.iter().enumerate() {
                wordish |= u64::from(c.non_ascii()) << (16 * k);
            }
        }
        (letters, wordish)
    };
    // Whether the byte before the current step continued a word, as bit 0.
    let mut carry = 0u64;
    let mut at = 0;
    // Sixty-four bytes a step, as four chunks, so the loop's own work is shared.
    while let Some(step) = bytes.get(at..at + 64) {
        let step: &[u8; 64] = step.try_into().unwrap();
        let (letters, wordish) = classify(step);
        let starts = letters & !((wordish << 1) | carry);
        visit_long(
            step,
            at,
            bytes.get(at + 63..at + 65),
            starts,
            letters,
            &mut visit,
        );
        carry = wordish >> 63;
        at += 64;
    }
    let tail = bytes.len() - at;
    if tail == 0 {
        return;
    }
    if let Some(window) = bytes.len().checked_sub(64) {
        // The last sixty-four bytes, overlapping the ones already seen: only the last `tail`
        // are new, and the byte before each of them is inside the window.
        let last: &[u8; 64] = bytes[window..].try_into().unwrap();
        let (letters, wordish) = classify(last);
        let starts = letters & !(wordish << 1) & (u64::MAX << (64 - tail));
        visit_long(last, window, None, starts, letters, &mut visit);
    } else {
        // A text shorter than a step (most paragraphs), padded with zeros: no letter, so no
        // start or second letter there.
        let mut padded = [0u8; 64];
        padded[..bytes.len()].copy_from_slice(bytes);
        let (letters, wordish) = classify(&padded);
        visit_long(
            &padded,
            0,
            None,
            letters & !(wordish << 1),
            letters,
            &mut visit,
        );
    }
}

/// [`for_each_long_word_start`] eight bytes at a time: for targets without a vector unit, and
/// the reference the SIMD loop is tested against.
fn word_starts_swar(bytes: &[u8], mut visit: impl FnMut(usize, u8, u8)) {
    // Whether the byte before the current chunk was a letter or non-ASCII, as bit 7.
    let mut carry = 0u64;
    let mut chunk_starts = |at: usize, x: u64| {
        let letters = swar::ascii_letters(x);
        // Letters and non-ASCII bytes both continue a word.
        let wordish = letters | (x & swar::HIGH);
        let starts = letters & !((wordish << 8) | carry);
        carry = wordish >> 56;
        let mut long = starts & (letters >> 8);
        if starts >> 63 != 0 && letter_at(bytes, at + 8) {
            long |= 1 << 63;
        }
        while long != 0 {
            let k = long.trailing_zeros() as usize / 8;
            let second = if k < 7 {
                (x >> (8 * k + 8)) as u8
            } else {
                bytes[at + 8]
            };
            visit(at + k, (x >> (8 * k)) as u8, second);
            long &= long - 1;
        }
    };
    let chunks = bytes.chunks_exact(8);
    let tail = chunks.remainder();
    for (n, chunk) in chunks.enumerate() {
        chunk_starts(n * 8, swar::load(chunk));
    }
    if !tail.is_empty() {
        chunk_starts(bytes.len() - tail.len(), swar::load(tail));
    }
}

/// The start of the last word before offset `i`, if any: an ASCII letter after neither a
/// letter nor a non-ASCII byte. Walks back a run at a time (the bytes that are no letters,
/// then the letters), where testing every byte for a start cost some 180 instructions a
/// "carried".
fn previous_word_start(bytes: &[u8], i: usize) -> Option<usize> {
    let mut j = i;
    loop {
        while j > 0 && !bytes[j - 1].is_ascii_alphabetic() {
            j -= 1;
        }
        if j == 0 {
            return None;
        }
        while j > 0 && bytes[j - 1].is_ascii_alphabetic() {
            j -= 1;
        }
        // A run of letters after a non-ASCII byte continues a word: go on before it.
        if j == 0 || bytes[j - 1] < 0x80 {
            return Some(j);
        }
    }
}

/// Whether `rest` starts with the whole word `w`, as written.
fn whole(rest: &[u8], w: &[u8]) -> bool {
    rest.starts_with(w) && !rest.get(w.len()).is_some_and(u8::is_ascii_alphanumeric)
}

/// Whether the word before offset `i` is "motion" or "declared" (any case, any ending):
/// "The motion was, on being put, declared CARRIED" records the outcome as "motion carried".
fn after_motion(bytes: &[u8], i: usize) -> bool {
    previous_word_start(bytes, i).is_some_and(|j| {
        let before = &bytes[j..];
        before
            .get(..6)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"motion"))
            || before
                .get(..8)
                .is_some_and(|w| w.eq_ignore_ascii_case(b"declared"))
    })
}

/// The words that, after "motion" (and an optional "was" or "is"), record that it passed:
/// "The motion passed unanimously", "Motion was carried 5-0", "Motion approved".
const PASSED: [&[u8]; 4] = [b"passed", b"carried", b"approved", b"adopted"];

/// Whether the word "motion" at the start of `rest` is followed by one of the [`PASSED`]
/// words. Asked at "motion" and "moved" with a space after their sixth byte (this tells
/// them apart), so the look ahead costs the scan nothing elsewhere.
#[inline(never)]
fn outcome_after_motion(rest: &[u8]) -> bool {
    let spaces = |at: usize| {
        rest.get(at..)
            .map_or(0, |r| r.iter().take_while(|&&b| b == b' ').count())
    };
    let word = |at: usize| {
        let r = rest.get(at..).unwrap_or_default();
        &r[..r.iter().take_while(|b| b.is_ascii_alphabetic()).count()]
    };
    if !rest
        .get(..6)
        .is_some_and(|w| w.eq_ignore_ascii_case(b"motion"))
    {
        return false;
    }
    let gap = spaces(6);
    if gap == 0 {
        return false;
    }
    let mut at = 6 + gap;
    let mut next = word(at);
    // Up to two of "was", "is", "declared" before the outcome ("Motion declared carried",
    // "The motion was declared carried").
    for _ in 0..2 {
        if !BEFORE_PASSED.iter().any(|w| next.eq_ignore_ascii_case(w)) {
            break;
        }
        at += next.len();
        let gap = spaces(at);
        next = if gap > 0 { word(at + gap) } else { &[] };
        at += gap;
    }
    PASSED.iter().any(|w| next.eq_ignore_ascii_case(w))
}

/// The words that may stand between "motion" and one of the [`PASSED`] words.
const BEFORE_PASSED: [&[u8]; 3] = [b"was", b"is", b"declared"];

/// Whether "carried" at offset `i` (not the text's start) records a motion's outcome: after
/// "motion", or opening a sentence ([`opens_sentence`]). Out of line, so `check_word` keeps
/// its registers.
#[inline(never)]
fn outcome_carried(bytes: &[u8], i: usize) -> bool {
    after_motion(bytes, i) || opens_sentence(bytes, i)
}

/// Whether the word at offset `i` opens a sentence inside the text, with a capital after a
/// full stop and spaces: "... be approved. Carried." records the outcome as a "Carried"
/// that starts the paragraph does. After a label's colon too: eSCRIBE's "RESULT: CARRIED
/// \[UNANIMOUS\]".
fn opens_sentence(bytes: &[u8], i: usize) -> bool {
    if bytes[i] != b'C' {
        return false;
    }
    let mut j = i;
    while j > 0 && bytes[j - 1].is_ascii_whitespace() {
        j -= 1;
    }
    j < i && j > 0 && matches!(bytes[j - 1], b'.' | b':')
}

/// Whether "minute" at the start of `rest`, or "minutes", is followed by a space and a byte
/// that may start a reference number, or the "no."/"number" before one (see
/// `declaration::find_references`).
fn number_may_follow_minute(rest: &[u8]) -> bool {
    let end = 6 + usize::from(matches!(rest.get(6), Some(b's' | b'S')));
    matches!(
        rest.get(end..end + 2),
        Some([b' ', b'0'..=b'9' | b'A'..=b'Z' | b'n'])
    )
}

/// The eight bytes from offset `i` as a little-endian integer with bit 5 of every byte set,
/// which lower-cases ASCII letters; zero bytes stand for those past the end of `bytes`. A
/// prefix of lower-case letters is then compared in one masked integer comparison: `b |
/// 0x20` equals a lower-case letter exactly when `b` is that letter in either case.
pub(crate) fn folded_word(bytes: &[u8], i: usize) -> u64 {
    let x = match bytes.get(i..).and_then(<[u8]>::first_chunk::<8>) {
        Some(eight) => u64::from_le_bytes(*eight),
        None => swar::load(&bytes[i.min(bytes.len())..]),
    };
    x | 0x2020_2020_2020_2020
}

/// The first (up to) eight letters of a lower-case word as a [`folded_word`] value, with the
/// mask of the bytes they take.
pub(crate) const fn prefix(w: &[u8]) -> (u64, u64) {
    let n = if w.len() < 8 { w.len() } else { 8 };
    let mut value = 0u64;
    let mut k = n;
    while k > 0 {
        k -= 1;
        value = value << 8 | w[k] as u64;
    }
    let mask = if n == 8 { u64::MAX } else { (1 << (8 * n)) - 1 };
    (value, mask)
}

/// Notes the triggers of the word at offset `i` of `bytes`. Out of line: one word in twenty
/// gets here, and inlined it would crowd the scan's loop.
///
/// The word is read once as a folded integer ([`folded_word`]): one masked comparison then
/// settles a trigger word of up to eight letters, and a longer one compares only its tail.
#[inline(never)]
fn check_word(bytes: &[u8], i: usize, found: &mut Triggers) {
    let rest = &bytes[i..];
    let word = folded_word(bytes, i);
    let starts = |w: &[u8]| word_starts_with(word, rest, w);
    let motion = Trigger::Motion;
    // The caller has tested the opening (ASCII letters): the first two letters pick the
    // words to compare.
    let pair = (word as u8, (word >> 8) as u8);
    let opener = match pair {
        // "resol" stands for "resolved" and "resolution" in one comparison (two cost some
        // sixteen instructions a word): "resolve" and "resolving" pass too, and `opener_word`
        // reads the word.
        (b'r', b'e') => starts(b"resol") || starts(b"recommended"),
        (b'a', b'g') => starts(b"agreed"),
        (b'd', b'e') => starts(b"decided"),
        _ => false,
    };
    if opener {
        found.set(Trigger::Opener);
    }
    let trigger = match pair {
        (b'r', b'e') if whole(rest, b"RESOLVED") => Trigger::CapitalResolved,
        (b'a', b'g') if whole(rest, b"AGREED") => Trigger::CapitalAgreed,
        (b'a', b'g') if starts(b"against") => motion,
        (b'a', b'y') if starts(b"ayes") => {
            if all_ayes(bytes, i) {
                found.set(Trigger::Carried);
            }
            motion
        }
        (b'a', b't') if starts(b"attendance") => Trigger::Welcome,
        (b'm', b'o') if starts(b"motion") || starts(b"moved") => {
            // A space, then the first letter of a word of [`PASSED`] or [`BEFORE_PASSED`],
            // or another space, read from the folded word: "motion to ..." goes no further.
            let (seventh, eighth) = ((word >> 48) as u8, (word >> 56) as u8);
            if seventh == b' '
                && matches!(eighth, b'p' | b'c' | b'a' | b'w' | b'i' | b'd' | b' ')
                && outcome_after_motion(rest)
            {
                found.set(Trigger::Carried);
            }
            motion
        }
        (b'm', b'i') if starts(b"minute") => {
            if number_may_follow_minute(rest) {
                found.set(Trigger::MinuteNumber);
            }
            Trigger::Minute
        }
        (b'c', b'a') if starts(b"carried") => {
            if i == 0 || outcome_carried(bytes, i) {
                found.set(Trigger::Carried);
            }
            found.set(Trigger::Passed);
            motion
        }
        (b'd', b'e') if starts(b"declared") || starts(b"declares") => Trigger::Declare,
        (b'd', b'e') if starts(b"defeated") => {
            if after_motion(bytes, i) {
                found.set(Trigger::Carried);
            }
            motion
        }
        (b's', b'e') if starts(b"second") => motion,
        (b'v', b'o') if starts(b"vote") => {
            if voted_to(rest) || vote_tally_passed(rest) {
                found.set(Trigger::Carried);
            }
            motion
        }
        (b'p', b'r') if starts(b"propos") => motion,
        (b'u', b'n') if starts(b"unanim") => {
            if unanimous_outcome(bytes, i, found.has(motion)) {
                found.set(Trigger::Carried);
            }
            found.set(Trigger::Passed);
            motion
        }
        (b'l', b'o') if starts(b"lost") => motion,
        (b'w', b'i') if starts(b"withdrawn") => motion,
        (b'w', b'e') if starts(b"welcome") => Trigger::Welcome,
        // Compared on the folded word, not by `starts`: a closure called from more arms
        // is no longer inlined, which cost every call.
        (b'f', b'a') if word & FAVOUR.1 == FAVOUR.0 => Trigger::Passed,
        (b'e', b'l') if word & ELECTED.1 == ELECTED.0 => Trigger::Passed,
        _ => return,
    };
    found.set(trigger);
}

/// The words that record a motion passing when "unanimously" stands next to them:
/// "Approved unanimously.", "Unanimously carried by voice vote".
const PASSED_UNANIMOUSLY: [&[u8]; 4] = [b"approved", b"passed", b"adopted", b"carried"];

/// The whole ASCII word that starts at `j`.
fn word_at(bytes: &[u8], j: usize) -> &[u8] {
    let rest = &bytes[j..];
    &rest[..rest.iter().take_while(|b| b.is_ascii_alphabetic()).count()]
}

/// Whether the word at `j` opens the text or a sentence: a capital after a full stop (or
/// a colon) and white space.
fn opens_text_or_sentence(bytes: &[u8], j: usize) -> bool {
    if j == 0 {
        return true;
    }
    if !bytes[j].is_ascii_uppercase() {
        return false;
    }
    let before = bytes[..j].trim_ascii_end();
    before.len() < j && matches!(before.last(), Some(b'.' | b':'))
}

/// Whether "unanimous" or "unanimously" at offset `i` records that a motion passed, as North
/// American minutes write it with no "motion" before it: "Approved unanimously." or
/// "Unanimously carried." opening a sentence, "the minutes were approved unanimously" in a
/// text that has named a motion already (`motion`), "The vote was unanimous.", "VOTE:
/// Unanimous". Out of line: asked only at the word.
#[inline(never)]
fn unanimous_outcome(bytes: &[u8], i: usize, motion: bool) -> bool {
    let word = word_at(bytes, i);
    if !(word.eq_ignore_ascii_case(b"unanimous") || word.eq_ignore_ascii_case(b"unanimously")) {
        return false;
    }
    let is = |w: &[u8], list: &[&[u8]]| list.iter().any(|x| w.eq_ignore_ascii_case(x));
    // "Unanimously carried by voice vote" (not "carried out").
    let end = i + word.len();
    let next_at = end + bytes[end..].iter().take_while(|&&b| b == b' ').count();
    if next_at > end && opens_text_or_sentence(bytes, i) {
        let next = word_at(bytes, next_at);
        let after = &bytes[next_at + next.len()..];
        let out = after.len() >= 4 && after[..4].eq_ignore_ascii_case(b" out");
        if is(next, &PASSED_UNANIMOUSLY) && !out {
            return true;
        }
    }
    let Some(p) = previous_word_start(bytes, i) else {
        return false;
    };
    let previous = word_at(bytes, p);
    // Only spaces between the two words.
    let adjacent = bytes[p + previous.len()..i].iter().all(|&b| b == b' ');
    if adjacent && is(previous, &PASSED_UNANIMOUSLY[..3]) {
        return motion || opens_text_or_sentence(bytes, p);
    }
    // "VOTE: Unanimous", "The vote was unanimous".
    if previous.eq_ignore_ascii_case(b"vote") {
        return bytes[p + 4..i].trim_ascii() == b":";
    }
    adjacent
        && previous.eq_ignore_ascii_case(b"was")
        && previous_word_start(bytes, p).is_some_and(|q| {
            word_at(bytes, q).eq_ignore_ascii_case(b"vote")
                && bytes[q + 4..p].iter().all(|&b| b == b' ')
        })
}

/// Whether "ayes" at offset `i` follows "All": "All ayes." records a motion passing.
#[inline(never)]
fn all_ayes(bytes: &[u8], i: usize) -> bool {
    bytes
        .get(i..i + 4)
        .is_some_and(|w| w.eq_ignore_ascii_case(b"ayes"))
        && !bytes.get(i + 4).is_some_and(u8::is_ascii_alphanumeric)
        && i >= 4
        && bytes[i - 4..i - 1].eq_ignore_ascii_case(b"all")
        && bytes[i - 1] == b' '
        && (i == 4 || !bytes[i - 5].is_ascii_alphanumeric())
}

/// Whether "vote" at the start of `rest` labels a count that passed: "Vote: 5 ayes, 0 nays",
/// "VOTE: 4 yeas, 1 nay" (more ayes than nays).
#[inline(never)]
fn vote_tally_passed(rest: &[u8]) -> bool {
    let Some(after) = rest
        .get(..5)
        .filter(|w| w.eq_ignore_ascii_case(b"vote:"))
        .map(|_| &rest[5..])
    else {
        return false;
    };
    let count = |b: &[u8]| -> Option<(u32, usize)> {
        let skip = b.iter().take_while(|&&c| c == b' ').count();
        let n = b[skip..].iter().take_while(|c| c.is_ascii_digit()).count();
        if !(1..=2).contains(&n) {
            return None;
        }
        let v = b[skip..skip + n]
            .iter()
            .fold(0, |v, c| v * 10 + u32::from(c - b'0'));
        Some((v, skip + n))
    };
    let label = |b: &[u8], words: &[&[u8]]| -> Option<usize> {
        let skip = b.iter().take_while(|&&c| c == b' ').count();
        let w = word_at(b, skip);
        words
            .iter()
            .any(|x| w.eq_ignore_ascii_case(x))
            .then_some(skip + w.len())
    };
    let Some((ayes, n)) = count(after) else {
        return false;
    };
    let Some(l) = label(&after[n..], &[b"aye", b"ayes", b"yea", b"yeas", b"yes"]) else {
        return false;
    };
    let rest = &after[n + l..];
    let rest = rest
        .strip_prefix(b",")
        .or_else(|| rest.strip_prefix(b";"))
        .unwrap_or(rest);
    let Some((nays, m)) = count(rest) else {
        return false;
    };
    label(&rest[m..], &[b"nay", b"nays", b"no", b"noes"]).is_some() && ayes > nays
}

/// Whether the word at the start of `rest`, `word` its [`folded_word`], starts with the
/// lower-case `w`. Always inlined: each arm of [`check_word`] compares with constants.
#[inline(always)]
fn word_starts_with(word: u64, rest: &[u8], w: &[u8]) -> bool {
    let (value, mask) = prefix(w);
    word & mask == value
        && (w.len() <= 8
            || rest
                .get(8..w.len())
                .is_some_and(|tail| tail.eq_ignore_ascii_case(&w[8..])))
}

/// "favour" and "elected" as [`prefix`]es of a [`folded_word`].
const FAVOUR: (u64, u64) = prefix(b"favour");
const ELECTED: (u64, u64) = prefix(b"elected");

/// Whether "voted" at the start of `rest` records a body's vote that passed, as North
/// American minutes write a motion's outcome: "the Council voted unanimously to approve",
/// "voted 5-0 to adopt" (more for than against). Only "to" after the vote counts: "voted
/// unanimously in favour" (UK minutes, before their "RESOLVED") and "voted 2-3 to" do not.
#[inline(never)]
fn voted_to(rest: &[u8]) -> bool {
    let Some(after) = rest
        .get(..6)
        .filter(|w| w.eq_ignore_ascii_case(b"voted "))
        .map(|_| &rest[6..])
    else {
        return false;
    };
    let digits = |b: &[u8]| b.iter().take_while(|c| c.is_ascii_digit()).count();
    let after = if after.len() >= 12 && after[..12].eq_ignore_ascii_case(b"unanimously ") {
        &after[12..]
    } else {
        // "5-0 ": one or two digits each side, read only once both are known to be short.
        let ayes = digits(after);
        let nays = match after.get(ayes) {
            Some(b'-' | b'/') if (1..=2).contains(&ayes) => digits(&after[ayes + 1..]),
            _ => return false,
        };
        if !(1..=2).contains(&nays) || after.get(ayes + 1 + nays) != Some(&b' ') {
            return false;
        }
        let count = |b: &[u8]| b.iter().fold(0u8, |n, c| n * 10 + (c - b'0'));
        if count(&after[..ayes]) <= count(&after[ayes + 1..ayes + 1 + nays]) {
            return false;
        }
        &after[ayes + 2 + nays..]
    };
    after.len() > 3 && after[..3].eq_ignore_ascii_case(b"to ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`previous_word_start`] as it was, testing each byte for a word start: the reference.
    fn previous_word_start_by_bytes(bytes: &[u8], i: usize) -> Option<usize> {
        let continues_word = |b: u8| b.is_ascii_alphabetic() || b >= 0x80;
        (0..i)
            .rev()
            .find(|&j| bytes[j].is_ascii_alphabetic() && (j == 0 || !continues_word(bytes[j - 1])))
    }

    #[test]
    fn previous_word_starts_agree_with_the_byte_reading() {
        let pieces = [
            "Motion", " ", "carried", "é", "’", "5", "-", "ab", "\n", "x", ".", "MOTION",
        ];
        for t in crate::test_text::mixes(&pieces, 5000, 0x1234_5678_9ABC_DEF1, 10, |n| n % 3 == 0) {
            let b = t.as_bytes();
            for i in 0..=b.len() {
                assert_eq!(
                    previous_word_start(b, i),
                    previous_word_start_by_bytes(b, i),
                    "{t:?} {i}"
                );
            }
        }
    }

    /// `check_word` as it was, comparing byte by byte: the reference for the folded
    /// comparison.
    fn check_word_bytes(bytes: &[u8], i: usize, found: &mut Triggers) {
        let rest = &bytes[i..];
        // The caller has tested the opening: the first two letters pick the words to compare.
        let Some(&[first, second]) = rest.first_chunk::<2>() else {
            return;
        };
        let starts = |w: &[u8]| rest.len() >= w.len() && rest[..w.len()].eq_ignore_ascii_case(w);
        let motion = Trigger::Motion;
        let pair = (first.to_ascii_lowercase(), second.to_ascii_lowercase());
        let opener = match pair {
            (b'r', b'e') => starts(b"resol") || starts(b"recommended"),
            (b'a', b'g') => starts(b"agreed"),
            (b'd', b'e') => starts(b"decided"),
            _ => false,
        };
        if opener {
            found.set(Trigger::Opener);
        }
        let trigger = match pair {
            (b'r', b'e') if whole(rest, b"RESOLVED") => Trigger::CapitalResolved,
            (b'a', b'g') if whole(rest, b"AGREED") => Trigger::CapitalAgreed,
            (b'a', b'g') if starts(b"against") => motion,
            (b'a', b'y') if starts(b"ayes") => {
                if all_ayes(bytes, i) {
                    found.set(Trigger::Carried);
                }
                motion
            }
            (b'a', b't') if starts(b"attendance") => Trigger::Welcome,
            (b'm', b'o') if starts(b"motion") || starts(b"moved") => {
                if rest.get(6) == Some(&b' ') && outcome_after_motion(rest) {
                    found.set(Trigger::Carried);
                }
                motion
            }
            (b'm', b'i') if starts(b"minute") => {
                if number_may_follow_minute(rest) {
                    found.set(Trigger::MinuteNumber);
                }
                Trigger::Minute
            }
            (b'c', b'a') if starts(b"carried") => {
                if i == 0 || after_motion(bytes, i) || opens_sentence(bytes, i) {
                    found.set(Trigger::Carried);
                }
                found.set(Trigger::Passed);
                motion
            }
            (b'd', b'e') if starts(b"declared") || starts(b"declares") => Trigger::Declare,
            (b'd', b'e') if starts(b"defeated") => {
                if after_motion(bytes, i) {
                    found.set(Trigger::Carried);
                }
                motion
            }
            (b's', b'e') if starts(b"second") => motion,
            (b'v', b'o') if starts(b"vote") => {
                if voted_to(rest) || vote_tally_passed(rest) {
                    found.set(Trigger::Carried);
                }
                motion
            }
            (b'p', b'r') if starts(b"propos") => motion,
            (b'u', b'n') if starts(b"unanim") => {
                if unanimous_outcome(bytes, i, found.has(motion)) {
                    found.set(Trigger::Carried);
                }
                found.set(Trigger::Passed);
                motion
            }
            (b'l', b'o') if starts(b"lost") => motion,
            (b'w', b'i') if starts(b"withdrawn") => motion,
            (b'w', b'e') if starts(b"welcome") => Trigger::Welcome,
            (b'f', b'a') if starts(b"favour") => Trigger::Passed,
            (b'e', b'l') if starts(b"elected") => Trigger::Passed,
            _ => return,
        };
        found.set(trigger);
    }

    /// Every word start, byte by byte: ASCII letters after neither an ASCII letter nor a
    /// non-ASCII byte.
    fn naive_word_starts(t: &[u8]) -> Vec<usize> {
        (0..t.len())
            .filter(|&i| {
                t[i].is_ascii_alphabetic()
                    && (i == 0 || !(t[i - 1].is_ascii_alphabetic() || t[i - 1] >= 0x80))
            })
            .collect()
    }

    /// The word starts followed by a second letter, byte by byte.
    fn naive_long_word_starts(t: &[u8]) -> Vec<usize> {
        naive_starts_of_words_of(t, 2)
    }

    /// The starts of words of at least `n` letters, byte by byte.
    fn naive_starts_of_words_of(t: &[u8], n: usize) -> Vec<usize> {
        let mut starts = naive_word_starts(t);
        starts.retain(|&i| (1..n).all(|k| letter_at(t, i + k)));
        starts
    }

    /// Checks what [`for_each_long_word_start`] promises of the starts `got` of `t`: in
    /// order, every start of a word of four letters or more, and only starts of words of two
    /// letters or more.
    fn check_long_starts(t: &[u8], got: &[usize]) {
        assert!(got.windows(2).all(|w| w[0] < w[1]), "{t:?}: {got:?}");
        let long = naive_long_word_starts(t);
        assert!(got.iter().all(|i| long.contains(i)), "{t:?}: {got:?}");
        let four = naive_starts_of_words_of(t, 4);
        assert!(four.iter().all(|i| got.contains(i)), "{t:?}: {got:?}");
    }

    /// The opening test as it was: both bytes range-checked, then a table by letter.
    fn may_be_trigger(rest: &[u8]) -> bool {
        let first = usize::from((rest[0] | 0x20).wrapping_sub(b'a'));
        let second = rest.get(1).map_or(26, |&b| (b | 0x20).wrapping_sub(b'a'));
        first < 26 && second < 26 && opens_trigger(rest[0], rest[1])
    }

    /// The scan as it was before it became stateless (it carried "the last word was motion"
    /// from word to word and visited every word start), kept as the reference.
    fn scan_before(text: &str) -> Triggers {
        let bytes = text.as_bytes();
        let mut found = Triggers::default();
        let mut last_word_motion = false;
        for i in naive_word_starts(bytes) {
            let rest = &bytes[i..];
            let text_before = bytes[..i].trim_ascii_end();
            let after_full_stop = text_before.len() < i
                && (text_before.ends_with(b".") || text_before.ends_with(b":"));
            let had_motion = found.has(Trigger::Motion);
            last_word_motion = may_be_trigger(rest)
                && check_word_before(rest, i == 0, last_word_motion, after_full_stop, &mut found);
            // The outcomes that name no motion are read by the scan's own helpers, at the
            // words they start at.
            if may_be_trigger(rest)
                && (all_ayes(bytes, i)
                    || (starts_ci(rest, b"vote") && vote_tally_passed(rest))
                    || (starts_ci(rest, b"unanim") && unanimous_outcome(bytes, i, had_motion)))
            {
                found.set(Trigger::Carried);
            }
        }
        found
    }

    fn starts_ci(rest: &[u8], w: &[u8]) -> bool {
        rest.get(..w.len())
            .is_some_and(|r| r.eq_ignore_ascii_case(w))
    }

    fn check_word_before(
        rest: &[u8],
        at_start: bool,
        after_motion: bool,
        after_full_stop: bool,
        found: &mut Triggers,
    ) -> bool {
        // Most words fail on their second letter, so that is tested before any comparison.
        let Some(&second) = rest.get(1) else {
            return false;
        };
        let starts = |w: &[u8]| rest.len() >= w.len() && rest[..w.len()].eq_ignore_ascii_case(w);
        let whole = |w: &[u8]| {
            rest.starts_with(w) && !rest.get(w.len()).is_some_and(u8::is_ascii_alphanumeric)
        };
        match (rest[0].to_ascii_lowercase(), second.to_ascii_lowercase()) {
            (b'r', b'e') if whole(b"RESOLVED") => found.set(Trigger::CapitalResolved),
            (b'a', b'g') => {
                if whole(b"AGREED") {
                    found.set(Trigger::CapitalAgreed);
                } else if starts(b"against") {
                    found.set(Trigger::Motion);
                }
            }
            (b'a', b'y') if starts(b"ayes") => found.set(Trigger::Motion),
            (b'a', b't') if starts(b"attendance") => found.set(Trigger::Welcome),
            (b'm', b'o') => {
                if starts(b"motion") {
                    found.set(Trigger::Motion);
                    if outcome_after_motion(rest) {
                        found.set(Trigger::Carried);
                    }
                    return true;
                }
                if starts(b"moved") {
                    found.set(Trigger::Motion);
                }
            }
            (b'm', b'i') if starts(b"minute") => found.set(Trigger::Minute),
            (b'c', b'a') if starts(b"carried") => {
                found.set(Trigger::Motion);
                if at_start || after_motion || (after_full_stop && rest[0] == b'C') {
                    found.set(Trigger::Carried);
                }
            }
            (b'd', b'e') => {
                if starts(b"declared") {
                    found.set(Trigger::Declare);
                    // "... declared CARRIED": read as after "motion".
                    return true;
                } else if starts(b"declares") {
                    found.set(Trigger::Declare);
                } else if starts(b"defeated") {
                    found.set(Trigger::Motion);
                    if after_motion {
                        found.set(Trigger::Carried);
                    }
                }
            }
            (b's', b'e') if starts(b"second") => found.set(Trigger::Motion),
            (b'v', b'o') if starts(b"vote") => found.set(Trigger::Motion),
            (b'p', b'r') if starts(b"propos") => found.set(Trigger::Motion),
            (b'u', b'n') if starts(b"unanim") => found.set(Trigger::Motion),
            (b'l', b'o') if starts(b"lost") => found.set(Trigger::Motion),
            (b'w', b'i') if starts(b"withdrawn") => found.set(Trigger::Motion),
            (b'w', b'e') if starts(b"welcome") => found.set(Trigger::Welcome),
            _ => {}
        }
        false
    }

    /// The stateful reference below predates the opener flag, so the words that only open
    /// a resolution are asked here: every letter filter before check_word must let them
    /// through, in any case and with what may follow them.
    #[test]
    fn every_opener_word_passes_the_scan_filters() {
        for word in ["resolved", "recommended", "agreed", "decided"] {
            for text in [
                word.to_owned(),
                word.to_ascii_uppercase(),
                format!("{}{}", word[..1].to_ascii_uppercase(), &word[1..]),
                format!("It was {word}: that"),
                format!("({word})"),
            ] {
                assert!(scan(&text).has(Trigger::Opener), "{text:?}");
            }
        }
    }

    #[test]
    fn the_scan_agrees_with_the_stateful_reference() {
        let words = [
            "motion",
            "Motion",
            "MOTIONS",
            "motionless",
            "carried",
            "Carried",
            "defeated",
            "DEFEATED",
            "a",
            "I",
            "vote",
            "é",
            "émotion",
            "x2",
            "RESOLVED",
            "AGREED",
            "moved",
            "(carried)",
            "declared",
            "minute",
            "the",
            "against",
            "AYES",
            "attendance",
            "ATTENDANC",
            "attendances",
            "withdrawn",
            "WithDrawN",
            "withdraw",
            "welcomed",
            "lost",
            "UNANIMOUSLY",
            "proposer",
            "Seconded",
            "mov",
            "carrie",
            "minu",
            "motio",
            "re",
            "de",
            "vot",
            "agains",
            "Declar",
            "propo",
            "unanim",
            "ay",
            "we",
            "Resolved",
            "Agreed",
            "passed",
            "was",
            "APPROVED",
            "Approved",
            "All",
            "ayes",
            "Vote:",
            "unanimous",
        ];
        let separators = [" ", "  ", ", ", ". ", "\n", "-", "é ", " 5 ", "", "’"];
        let mut texts = Vec::new();
        for a in words {
            for b in words {
                for sep in separators {
                    texts.push(format!("{a}{sep}{b}"));
                    for c in ["carried", "defeated", "a", "unanimously"] {
                        texts.push(format!("{a}{sep}{b} {c}"));
                        texts.push(format!("{a} {b}{sep}{c}"));
                    }
                }
            }
        }
        for text in &texts {
            // The reference predates the opener, minute-number and passed flags.
            let newer =
                Trigger::Opener as u32 | Trigger::MinuteNumber as u32 | Trigger::Passed as u32;
            assert_eq!(
                Triggers(scan(text).0 & !newer),
                scan_before(text),
                "{text:?}"
            );
        }
    }

    #[test]
    fn folded_comparison_agrees_with_the_byte_comparison() {
        let words = [
            "RESOLVED",
            "resolved",
            "AGREED",
            "agreed",
            "against",
            "ayes",
            "attendance",
            "motion",
            "moved",
            "minute",
            "carried",
            "declar",
            "declared",
            "declares",
            "decided",
            "defeated",
            "second",
            "vote",
            "propos",
            "unanim",
            "lost",
            "withdrawn",
            "welcome",
            "recommended",
            "with",
            "were",
            "at",
            "re",
        ];
        let tails = [
            "", " ", "s", "S", "d", "\u{e9}", "@", "`", "{", "[", "5", " motion",
        ];
        let mut texts = Vec::new();
        for w in words {
            for cut in 2..=w.len() {
                for tail in tails {
                    for form in [w[..cut].to_string(), w[..cut].to_uppercase()] {
                        texts.push(format!("{form}{tail}"));
                        texts.push(format!("the motion {form}{tail}"));
                        // Bytes that differ from the letters in bit 5 only ("@" for "`").
                        let mut bent = format!("{form}{tail}").into_bytes();
                        for k in 0..bent.len() {
                            bent[k] ^= 0x20;
                            texts.extend(String::from_utf8(bent.clone()));
                            bent[k] ^= 0x20;
                        }
                    }
                }
            }
        }
        for text in &texts {
            let bytes = text.as_bytes();
            for i in 0..bytes.len().saturating_sub(1) {
                if !(bytes[i].is_ascii_alphabetic() && bytes[i + 1].is_ascii_alphabetic()) {
                    continue;
                }
                let (mut new, mut old) = (Triggers::default(), Triggers::default());
                check_word(bytes, i, &mut new);
                check_word_bytes(bytes, i, &mut old);
                assert_eq!(new, old, "{text:?} at {i}");
            }
        }
    }

    #[test]
    fn words_set_their_flags() {
        let t = scan("The motion was put to the vote and AGREED.");
        assert!(t.has(Trigger::Motion) && t.has(Trigger::CapitalAgreed));
        assert!(!t.has(Trigger::CapitalResolved));
        assert!(scan("RESOLVED: That").has(Trigger::CapitalResolved));
        assert!(!scan("UNRESOLVED issues").has(Trigger::CapitalResolved));
        assert!(!scan("RESOLVEDLY").has(Trigger::CapitalResolved));
        assert!(scan("Motion Carried Unanimously").has(Trigger::Carried));
        assert!(scan("The motion, on being put, was declared CARRIED.").has(Trigger::Carried));
        assert!(!scan("The chair declared an interest, carried over.").has(Trigger::Carried));
        assert!(scan("Carried 5-0").has(Trigger::Carried));
        assert!(!scan("the work was carried out").has(Trigger::Carried));
        for text in [
            "The motion passed unanimously.",
            "Motion passed 5-0.",
            "The motion was carried.",
            "Motion approved.",
            "Motion declared carried.",
            "The motion was declared carried.",
            "Moved by Ames, seconded by Bell, that the plan be approved. Carried.",
            "RESULT:   CARRIED [UNANIMOUS]",
            "the Council voted unanimously to approve the plan",
            "Council VOTED 5-0 TO approve",
            "the Board voted 10/2 to adopt",
        ] {
            assert!(scan(text).has(Trigger::Carried), "{text:?}");
        }
        for text in [
            "The motion was withdrawn.",
            "motions passed",
            "the carried motion",
            "It was approved. carried",
            "Members voted unanimously in favour.",
            "the Council voted 2-3 to approve",
            "voted 3-3 to approve",
            "voted 5-0",
            "voted 5-0 against",
            "voted 123-0 to approve",
            "voted 5-999999999999 to approve",
            "voted unanimously",
            "voted to approve",
        ] {
            assert!(!scan(text).has(Trigger::Carried), "{text:?}");
        }
        assert!(scan("Councillor Griffin declared an interest").has(Trigger::Declare));
        assert!(scan("see Minute 138").has(Trigger::Minute));
        assert!(scan("The Chair welcomed to the meeting").has(Trigger::Welcome));
        assert!(scan("Also in attendance were").has(Trigger::Welcome));
        assert_eq!(scan("Café £5 nothing here"), Triggers::default());
        assert!(!scan("éminute").has(Trigger::Minute));
        assert!(scan("(minute 5)").has(Trigger::Minute));
        for w in [
            "Resolved",
            "AGREED",
            "decided",
            "Recommended",
            "it was agreed:",
            "RESOLUTION:",
        ] {
            assert!(scan(w).has(Trigger::Opener), "{w}");
        }
        assert!(!scan("The Chair thanked officers, recording decisions").has(Trigger::Opener));
        for text in [
            "All in favour.",
            "unanimous approval",
            "and CARRIED",
            "was duly elected Chair",
        ] {
            assert!(scan(text).has(Trigger::Passed), "{text:?}");
        }
        for text in ["a famous family", "the election", "favor", "elect"] {
            assert!(!scan(text).has(Trigger::Passed), "{text:?}");
        }
    }

    #[test]
    fn every_trigger_word_passes_the_opening_test() {
        let words = [
            "RESOLVED",
            "AGREED",
            "against",
            "ayes",
            "attendance",
            "motion",
            "moved",
            "minute",
            "carried",
            "declare",
            "defeated",
            "second",
            "vote",
            "proposed",
            "unanimous",
            "lost",
            "withdrawn",
            "welcome",
            "resolved",
            "agreed",
            "decided",
            "recommended",
            "favour",
            "elected",
        ];
        for w in words {
            for form in [w.to_lowercase(), w.to_uppercase()] {
                assert!(may_be_trigger(form.as_bytes()), "{form}");
            }
        }
        for w in words {
            for form in [w.to_lowercase(), w.to_uppercase()] {
                let b = form.as_bytes();
                let thirds = THIRD_LETTERS.thirds(b[0], b[1]);
                assert!(LetterTriples::third_may_be(thirds, b[2]), "{form}");
                let fourths = FOURTH_LETTERS.thirds(b[0], b[1]);
                assert!(LetterTriples::third_may_be(fourths, b[3]), "{form}");
            }
        }
        // Every triple of letters the table passes opens a trigger word.
        for a in (b'a'..=b'z').chain(b'A'..=b'Z') {
            for b in (b'a'..=b'z').chain(b'A'..=b'Z') {
                for c in (b'a'..=b'z').chain(b'A'..=b'Z') {
                    let triple = [a, b, c].map(|x| x.to_ascii_lowercase());
                    let thirds = THIRD_LETTERS.thirds(a, b);
                    assert_eq!(
                        LetterTriples::third_may_be(thirds, c),
                        OPENINGS3.contains(&&triple[..]),
                        "{triple:?}"
                    );
                }
            }
        }
        // The table by whole first byte agrees with the table by low bits it replaced, for
        // every pair of letters (the only bytes the scan asks it about).
        let by_low_bits = crate::text::LetterPairs::of(&OPENINGS);
        for a in (b'a'..=b'z').chain(b'A'..=b'Z') {
            for b in (b'a'..=b'z').chain(b'A'..=b'Z') {
                assert_eq!(opens_trigger(a, b), by_low_bits.contains(a, b), "{a} {b}");
            }
        }
        assert!(!may_be_trigger(b"the"));
        assert!(!may_be_trigger(b"a"));
        assert!(!may_be_trigger("ré".as_bytes()));
        // Every pair of letters the table passes opens a trigger word.
        for a in (b'a'..=b'z').chain(b'A'..=b'Z') {
            for b in (b'a'..=b'z').chain(b'A'..=b'Z') {
                let pair = [a.to_ascii_lowercase(), b.to_ascii_lowercase()];
                assert_eq!(
                    opens_trigger(a, b),
                    OPENINGS.contains(&&pair[..]),
                    "{pair:?}"
                );
            }
        }
    }

    #[test]
    fn word_starts_agree_with_a_byte_by_byte_reading() {
        let starts_of = |t: &[u8]| {
            let mut v = Vec::new();
            for_each_long_word_start(t, |i, a, b| {
                assert_eq!([a, b], t[i..i + 2], "{t:?} at {i}");
                v.push(i);
            });
            v
        };
        let naive = naive_long_word_starts;
        for text in [
            "",
            "a",
            "The motion was put to the vote and AGREED.",
            "x@[`{Z 9a_b\u{e9}c d-e\tf\ng",
            "  12345678abcdefgh ABCDEFGH,ijklmnop",
            "Café £5 — “quoted” words; end",
        ] {
            check_long_starts(text.as_bytes(), &starts_of(text.as_bytes()));
        }
        let all: Vec<u8> = (0..=255u8).flat_map(|b| [b, b'a', b' ', b]).collect();
        check_long_starts(&all, &starts_of(&all));
        // Far from the ends of the steps, short words are not visited.
        let t = format!("{} at the vote of the {}", "x".repeat(70), "y".repeat(70));
        let got = starts_of(t.as_bytes());
        assert_eq!(got, naive_starts_of_words_of(t.as_bytes(), 4));
        assert!(naive(t.as_bytes()).len() > got.len());
    }

    fn starts_simd(t: &[u8]) -> Vec<usize> {
        let mut v = Vec::new();
        word_starts_simd(t, |i, a, b| {
            assert_eq!([a, b], t[i..i + 2], "{t:?} at {i}");
            v.push(i);
        });
        v
    }

    fn starts_swar(t: &[u8]) -> Vec<usize> {
        let mut v = Vec::new();
        word_starts_swar(t, |i, a, b| {
            assert_eq!([a, b], t[i..i + 2], "{t:?} at {i}");
            v.push(i);
        });
        v
    }

    #[test]
    fn simd_and_swar_word_starts_agree_with_a_byte_by_byte_reading_everywhere() {
        let backgrounds: [&[u8]; 5] = [
            b"ab cd efg hijk l mnopq rstu vwx yz AB CDE FG",
            b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
            b"                                                  ",
            "éééééééééééééééééééééééééé".as_bytes(),
            b"a.b,c;d:e-f(g)h[i]j{k}l@m`n'o\"p q1r2s3t4u5v6w7x8y9z0",
        ];
        let specials = [
            b'a', b'z', b'A', b'Z', b' ', b'@', b'[', b'`', b'{', b'0', 0, 0x7f, 0x80, 0xc3, 0xe2,
            0xff,
        ];
        for background in backgrounds {
            // Long enough for a 64-byte step, 16-byte steps and a tail.
            let background = background.repeat(3);
            for len in 0..=100 {
                let base = &background[..len];
                let check = |t: &[u8]| {
                    check_long_starts(t, &starts_simd(t));
                    assert_eq!(starts_swar(t), naive_long_word_starts(t), "{t:?}");
                };
                check(base);
                for p in 0..len {
                    for b in specials {
                        let mut t = base.to_vec();
                        t[p] = b;
                        check(&t);
                    }
                }
            }
        }
    }
}
