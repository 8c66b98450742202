//! One pass over a paragraph that notes which of the words later stages look for it contains
//! ("RESOLVED", "seconded", "declared", "Minute", "welcomed" ...). Each stage then reads a
//! flag instead of searching the text again, so the text is scanned once however many
//! readers there are.

use crate::model::Span;
use crate::swar;

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
    /// "declare", "declared", "declaration".
    Declare = 1 << 4,
    /// "minute", "minutes".
    Minute = 1 << 5,
    /// "welcome", "welcomed", "attendance".
    Welcome = 1 << 6,
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
    let mut last_word_motion = false;
    for i in WordStarts::new(bytes) {
        let rest = &bytes[i..];
        last_word_motion =
            may_be_trigger(rest) && check_word(rest, i == 0, last_word_motion, &mut found);
    }
    found
}

/// The first two letters of every trigger word (lower case).
const OPENINGS: [&[u8; 2]; 15] = [
    b"re", b"ag", b"ay", b"at", b"mo", b"mi", b"ca", b"de", b"se", b"vo", b"pr", b"un", b"lo",
    b"wi", b"we",
];

/// For each first letter `a..=z`, the set of second letters (bit `n` for the `n`th letter)
/// that open a trigger word.
const SECOND_LETTERS: [u32; 26] = {
    let mut table = [0u32; 26];
    let mut i = 0;
    while i < OPENINGS.len() {
        let [a, b] = *OPENINGS[i];
        table[(a - b'a') as usize] |= 1 << (b - b'a');
        i += 1;
    }
    table
};

/// Whether the word at the start of `rest` (which starts with an ASCII letter) opens like a
/// trigger word: two table lookups turn away most words before any comparison.
fn may_be_trigger(rest: &[u8]) -> bool {
    let first = usize::from((rest[0] | 0x20).wrapping_sub(b'a'));
    let second = rest.get(1).map_or(26, |&b| (b | 0x20).wrapping_sub(b'a'));
    first < 26 && second < 26 && SECOND_LETTERS[first] >> second & 1 == 1
}

/// The offsets of the ASCII letters in `bytes` that follow neither an ASCII letter nor a
/// non-ASCII byte: where words start, in increasing order.
///
/// Eight bytes are classified at a time (see [`swar`]), so the cost per byte is a few
/// instructions however the text is made; only word starts are visited. An iterator
/// rather than a callback, so that the caller's loop body is inlined into the scan (as a
/// closure it was a call for every eight bytes).
struct WordStarts<'a> {
    bytes: &'a [u8],
    /// The offset of the chunk `starts` belongs to, and of the next chunk to read.
    at: usize,
    next_chunk: usize,
    /// The word starts of the current chunk not yet returned, as high bits of its bytes.
    starts: u64,
    /// Whether the byte before the next chunk is a letter or non-ASCII, as bit 7.
    carry: u64,
}

impl<'a> WordStarts<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        WordStarts {
            bytes,
            at: 0,
            next_chunk: 0,
            starts: 0,
            carry: 0,
        }
    }
}

impl Iterator for WordStarts<'_> {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        while self.starts == 0 {
            let at = self.next_chunk;
            let rest = self.bytes.get(at..).filter(|r| !r.is_empty())?;
            // A short last chunk is padded with zeros, which are no letters.
            let x = swar::load(&rest[..rest.len().min(8)]);
            let letters = swar::ascii_letters(x);
            // Letters and non-ASCII bytes both continue a word.
            let wordish = letters | (x & swar::HIGH);
            self.starts = letters & !((wordish << 8) | self.carry);
            self.carry = wordish >> 56;
            self.at = at;
            self.next_chunk = at + 8;
        }
        let i = self.at + self.starts.trailing_zeros() as usize / 8;
        self.starts &= self.starts - 1;
        Some(i)
    }
}

/// Notes the triggers of the word at the start of `rest`; returns whether it was "motion".
fn check_word(rest: &[u8], at_start: bool, after_motion: bool, found: &mut Triggers) -> bool {
    // Most words fail on their second letter, so that is tested before any comparison.
    let Some(&second) = rest.get(1) else {
        return false;
    };
    let starts = |w: &[u8]| rest.len() >= w.len() && rest[..w.len()].eq_ignore_ascii_case(w);
    let whole =
        |w: &[u8]| rest.starts_with(w) && !rest.get(w.len()).is_some_and(u8::is_ascii_alphanumeric);
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
                return true;
            }
            if starts(b"moved") {
                found.set(Trigger::Motion);
            }
        }
        (b'm', b'i') if starts(b"minute") => found.set(Trigger::Minute),
        (b'c', b'a') if starts(b"carried") => {
            found.set(Trigger::Motion);
            if at_start || after_motion {
                found.set(Trigger::Carried);
            }
        }
        (b'd', b'e') => {
            if starts(b"declar") {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_set_their_flags() {
        let t = scan("The motion was put to the vote and AGREED.");
        assert!(t.has(Trigger::Motion) && t.has(Trigger::CapitalAgreed));
        assert!(!t.has(Trigger::CapitalResolved));
        assert!(scan("RESOLVED: That").has(Trigger::CapitalResolved));
        assert!(!scan("UNRESOLVED issues").has(Trigger::CapitalResolved));
        assert!(!scan("RESOLVEDLY").has(Trigger::CapitalResolved));
        assert!(scan("Motion Carried Unanimously").has(Trigger::Carried));
        assert!(scan("Carried 5-0").has(Trigger::Carried));
        assert!(!scan("the work was carried out").has(Trigger::Carried));
        assert!(scan("Councillor Griffin declared an interest").has(Trigger::Declare));
        assert!(scan("see Minute 138").has(Trigger::Minute));
        assert!(scan("The Chair welcomed to the meeting").has(Trigger::Welcome));
        assert!(scan("Also in attendance were").has(Trigger::Welcome));
        assert_eq!(scan("Café £5 nothing here"), Triggers::default());
        assert!(!scan("éminute").has(Trigger::Minute));
        assert!(scan("(minute 5)").has(Trigger::Minute));
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
        ];
        for w in words {
            for form in [w.to_lowercase(), w.to_uppercase()] {
                assert!(may_be_trigger(form.as_bytes()), "{form}");
            }
        }
        assert!(!may_be_trigger(b"the"));
        assert!(!may_be_trigger(b"a"));
        assert!(!may_be_trigger("ré".as_bytes()));
    }

    #[test]
    fn word_starts_match_a_byte_by_byte_reading() {
        let starts_of = |t: &[u8]| WordStarts::new(t).collect::<Vec<_>>();
        let naive = |t: &[u8]| -> Vec<usize> {
            (0..t.len())
                .filter(|&i| {
                    t[i].is_ascii_alphabetic()
                        && (i == 0 || !(t[i - 1].is_ascii_alphabetic() || t[i - 1] >= 0x80))
                })
                .collect()
        };
        for text in [
            "",
            "a",
            "The motion was put to the vote and AGREED.",
            "x@[`{Z 9a_b\u{e9}c d-e\tf\ng",
            "  12345678abcdefgh ABCDEFGH,ijklmnop",
            "Café £5 — “quoted” words; end",
        ] {
            assert_eq!(
                starts_of(text.as_bytes()),
                naive(text.as_bytes()),
                "{text:?}"
            );
        }
        let all: Vec<u8> = (0..=255u8).flat_map(|b| [b, b'a', b' ', b]).collect();
        assert_eq!(starts_of(&all), naive(&all));
    }
}
