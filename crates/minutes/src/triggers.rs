//! One pass over a paragraph that notes which of the words later stages look for it contains
//! ("RESOLVED", "seconded", "declared", "Minute", "welcomed" ...). Each stage then reads a
//! flag instead of searching the text again, so the text is scanned once however many
//! readers there are.

use crate::model::Span;
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
    for_each_word_start(bytes, |i| {
        let rest = &bytes[i..];
        last_word_motion =
            may_be_trigger(rest) && check_word(rest, i == 0, last_word_motion, &mut found);
    });
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
/// Sixteen bytes are classified at a time (see [`simd`]), or eight with [`swar`] on targets
/// without a vector unit, so the cost per byte is about one instruction however the text is
/// made; only word starts are visited.
fn for_each_word_start(bytes: &[u8], visit: impl FnMut(usize)) {
    if simd::ENABLED {
        word_starts_simd(bytes, visit);
    } else {
        word_starts_swar(bytes, visit);
    }
}

fn word_starts_simd(bytes: &[u8], mut visit: impl FnMut(usize)) {
    let mut visit_all = |at: usize, mut starts: u32| {
        while starts != 0 {
            visit(at + starts.trailing_zeros() as usize);
            starts &= starts - 1;
        }
    };
    // Letters, and the bytes that continue a word: letters and non-ASCII bytes.
    let classify = |c: simd::Chunk| {
        let letters = c.ascii_letters();
        (letters, letters | c.non_ascii())
    };
    // Whether the byte before the current chunk continued a word, as bit 0.
    let mut carry = 0u32;
    let chunks = bytes.chunks_exact(16);
    let tail = chunks.remainder().len();
    for (n, chunk) in chunks.enumerate() {
        let (letters, wordish) = classify(simd::Chunk::load(chunk.try_into().unwrap()));
        visit_all(n * 16, letters & !((wordish << 1) | carry));
        carry = wordish >> 15;
    }
    if tail == 0 {
        return;
    }
    if let Some(at) = bytes.len().checked_sub(16) {
        // The last sixteen bytes, overlapping the chunks already seen: only the last `tail`
        // are new, and the byte before each of them is inside the window.
        let (letters, wordish) = classify(simd::Chunk::load(bytes[at..].try_into().unwrap()));
        visit_all(at, letters & !(wordish << 1) & (0xffff << (16 - tail)));
    } else {
        let (letters, wordish) = classify(simd::Chunk::load_padded(bytes, 0));
        visit_all(0, letters & !(wordish << 1));
    }
}

/// [`for_each_word_start`] eight bytes at a time: for targets without a vector unit, and
/// the reference the SIMD loop is tested against.
fn word_starts_swar(bytes: &[u8], mut visit: impl FnMut(usize)) {
    // Whether the byte before the current chunk was a letter or non-ASCII, as bit 7.
    let mut carry = 0u64;
    let mut chunk_starts = |at: usize, x: u64| {
        let letters = swar::ascii_letters(x);
        // Letters and non-ASCII bytes both continue a word.
        let wordish = letters | (x & swar::HIGH);
        let mut starts = letters & !((wordish << 8) | carry);
        carry = wordish >> 56;
        while starts != 0 {
            visit(at + starts.trailing_zeros() as usize / 8);
            starts &= starts - 1;
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
        let starts_of = |t: &[u8]| {
            let mut v = Vec::new();
            for_each_word_start(t, |i| v.push(i));
            v
        };
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

    fn starts_simd(t: &[u8]) -> Vec<usize> {
        let mut v = Vec::new();
        word_starts_simd(t, |i| v.push(i));
        v
    }

    fn starts_swar(t: &[u8]) -> Vec<usize> {
        let mut v = Vec::new();
        word_starts_swar(t, |i| v.push(i));
        v
    }

    #[test]
    fn simd_word_starts_match_swar_at_every_length_and_position() {
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
            for len in 0..=40 {
                let base = &background[..len];
                assert_eq!(starts_simd(base), starts_swar(base), "{base:?}");
                for p in 0..len {
                    for b in specials {
                        let mut t = base.to_vec();
                        t[p] = b;
                        assert_eq!(starts_simd(&t), starts_swar(&t), "{t:?}");
                    }
                }
            }
        }
    }
}
