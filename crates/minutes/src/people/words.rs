//! Word classes: the word lists (stop words, honorifics, particles, titles, job words, ...)
//! in one lexicon looked up by a word's key, the titles ("Councillor", "Council Member")
//! and chair roles an entry may start with, and the bullets before it.

use crate::swar;
use crate::text::is_space;

#[cfg(test)]
use super::helpers::trim_range;
use super::helpers::{
    ascii_initials, char_at, contains_ci, flag, is_initials, key, key_with, may_be_ascii_initials,
    word_flags, ABBREVIATIONS,
};
use super::lists::MEMBER_LABEL_WORDS;
use super::person::says_chair;
use super::roles::ROLE_WORDS;

/// Capitalised words that are never part of a name: a name stops before them ("from Cllr
/// Purves With the absence of ..."). Compared in lower case, so all-caps "RESOLVED" is here.
const STOP_WORDS: &[&str] = &[
    "with",
    "the",
    "it",
    "this",
    "that",
    "there",
    "these",
    "those",
    "he",
    "she",
    "they",
    "we",
    "his",
    "her",
    "their",
    "its",
    "in",
    "on",
    "at",
    "for",
    "from",
    "by",
    "to",
    "of",
    "and",
    "or",
    "but",
    "as",
    "after",
    "before",
    "following",
    "during",
    "who",
    "whom",
    "which",
    "whilst",
    "while",
    "was",
    "were",
    "is",
    "are",
    "be",
    "been",
    "had",
    "has",
    "have",
    "apologies",
    "apology",
    "present",
    "also",
    "all",
    "members",
    "resolved",
    "agreed",
    "noted",
    "item",
    "items",
    "minute",
    "minutes",
    "declared",
    "sent",
    "asked",
    "said",
    "reported",
    "seconded",
    "moved",
    "proposed",
    "motion",
    "carried",
    "attending",
    "absent",
    "none",
    "nil",
    "an",
    "no",
    "not",
    "other",
    "officers",
    "staff",
    "if",
    "when",
    "where",
    "then",
    "thanked",
    "welcomed",
    "received",
    "vote",
    "voting",
    "aye",
    "ayes",
    "nay",
    "nays",
    "yes",
    "yea",
    "abstained",
    "abstain",
    "meeting",
    "committee",
    "declarations",
    "declaration",
    "interest",
    "interests",
    "public",
    "attendance",
    "substitute",
    // An organisation after a name ("Ms A Fenn, NHS England"): no one's name.
    "nhs",
];

/// Honorifics that stay in the name but do not make a name on their own.
const HONORIFICS: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "dr",
    "sir",
    "dame",
    "lord",
    "lady",
    "alderman",
    "alderwoman",
    "deputy",
    "mayor",
    "president",
    "council",
    "right",
    "rt",
    "hon",
    "honourable",
    "honorable",
    "rev",
    "revd",
    "reverend",
    "prof",
    "professor",
    "sheriff",
    "baroness",
    "baron",
    "viscount",
    "chairman",
    "chair",
    "chairwoman",
    "chairperson",
    "vice",
    "the",
];

/// Honorifics that start a new name when they follow a name with no separator between
/// ("Mr Ridgers Mr Simmonds").
const SPLIT_HONORIFICS: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "dr",
    "cllr",
    "councillor",
    "alderman",
    "sir",
    "dame",
];

/// Lower-case words that may sit inside a name ("Ludwig van Beethoven", "the Right Hon.").
const PARTICLES: &[&str] = &[
    "de", "da", "di", "du", "del", "della", "van", "von", "der", "den", "le", "la", "al", "bin",
    "ben", "ap", "the", "st", "y",
];

/// Words after which a line break does not end the name ("Council\nMember Wolfe").
pub(super) const DANGLING: &[&str] = &[
    "councillor",
    "councillors",
    "cllr",
    "cllrs",
    "cr",
    "council",
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "sir",
    "dame",
    "alderman",
    "the",
    "lord",
    "lady",
    "deputy",
    "right",
    "rt",
    "hon",
];

/// The word lists a key is on, as bits of [`LEXICON`].
pub(super) mod list {
    pub const STOP: u16 = 1 << 0;
    pub const HONORIFIC: u16 = 1 << 1;
    pub const SPLIT_HONORIFIC: u16 = 1 << 2;
    pub const PARTICLE: u16 = 1 << 3;
    pub const DANGLING: u16 = 1 << 4;
    pub const ROLE: u16 = 1 << 5;
    pub const ABBREVIATION: u16 = 1 << 6;
    pub const MEMBER_LABEL: u16 = 1 << 7;
    /// The words of [`super::TITLES`], each its own bit.
    pub const COUNCILLOR: u16 = 1 << 8;
    pub const COUNCILLORS: u16 = 1 << 9;
    pub const COUNCILMEMBER: u16 = 1 << 10;
    pub const COUNCILMEMBERS: u16 = 1 << 11;
    pub const COUNCIL: u16 = 1 << 12;
    pub const MEMBER: u16 = 1 << 13;
    pub const MEMBERS: u16 = 1 << 14;
    pub const BODY_MEMBERS: u16 = 1 << 15;
    /// Every title bit: a word without one starts no title.
    pub const TITLE: u16 = COUNCILLOR
        | COUNCILLORS
        | COUNCILMEMBER
        | COUNCILMEMBERS
        | COUNCIL
        | MEMBER
        | MEMBERS
        | BODY_MEMBERS;
}

/// The words of the titles [`match_title`] reads, each with its [`list`] bit.
const TITLES: [(&[&str], u16); 8] = [
    (&["councillor", "cllr", "cr", "councilor"], list::COUNCILLOR),
    (
        &["councillors", "cllrs", "crs", "councilors"],
        list::COUNCILLORS,
    ),
    // "Councilman Louis Vane" (US minutes): a council member's title too.
    (
        &["councilmember", "councilman", "councilwoman"],
        list::COUNCILMEMBER,
    ),
    (
        &["councilmembers", "councilmen", "councilwomen"],
        list::COUNCILMEMBERS,
    ),
    // "Board Members Ames, Bell": a board's members, titled as a council's are.
    (&["council", "board"], list::COUNCIL),
    (&["member"], list::MEMBER),
    (&["members"], list::MEMBERS),
    (&BODY_MEMBER_PLURALS, list::BODY_MEMBERS),
];

/// The members of other bodies before a list of their names, as North American minutes
/// write them ("Present: Supervisors Ames, Bell and Cole", "Commissioners Ames and Bell"):
/// a title of every name after it, as "Councillors" is. Each one's singular is beside it
/// in [`BODY_MEMBER_TITLES`]. (The singular before one name, "Commissioner Ames", stays in
/// the name, as "Alderman" does.)
const BODY_MEMBER_PLURALS: [&str; 7] = [
    "supervisors",
    "commissioners",
    "trustees",
    "aldermen",
    "alderpersons",
    "selectmen",
    "legislators",
];

/// The title of each of [`BODY_MEMBER_PLURALS`]' members, in its order.
const BODY_MEMBER_TITLES: [&str; 7] = [
    "Supervisor",
    "Commissioner",
    "Trustee",
    "Alderman",
    "Alderperson",
    "Selectman",
    "Legislator",
];

/// Slots of the lexicon's hash table: a power of two, about four times its words.
const LEXICON_SLOTS: usize = 1024;

/// Every word of the word lists, with the lists it is on: an open-addressing hash table,
/// so that looking a word up costs one hash and a compare instead of a scan of each list
/// (every word of every name is looked up). Built at compile time.
///
/// A slot holds its word as [`key_words`] gives it, so a key is compared with a slot's word
/// in two word compares, in any ASCII case, whatever its length.
pub(super) struct Lexicon {
    slots: [Slot; LEXICON_SLOTS],
    /// The longest word: a longer key is on no list, and is turned away before hashing.
    max_len: usize,
    /// For each length and the low five bits of a first byte, bit `last & 31` set for the
    /// last byte of each word of that length that starts so: a key whose first and last
    /// bytes no word of its length has (most words of a name) is turned away before hashing.
    /// A letter's low five bits are the same in either case, so no key on a list is turned
    /// away; bytes that share them only let a few more keys through to the slots.
    ends: [[u32; 32]; MAX_KEY_WORDS_LEN + 1],
}

/// A word of the [`Lexicon`] (`len` 0: an empty slot).
#[derive(Clone, Copy)]
struct Slot {
    words: (u64, u64),
    len: usize,
    lists: u16,
}

/// The longest key [`key_words`] reads whole.
pub(super) const MAX_KEY_WORDS_LEN: usize = 16;

/// Bytes `at..at + N` of `k` (which has them) as a little-endian word.
const fn le_bytes<const N: usize>(k: &[u8], at: usize) -> [u8; N] {
    match k.split_at(at).1.first_chunk::<N>() {
        Some(c) => *c,
        None => [0; N],
    }
}

/// The ASCII letters of `x`'s eight bytes in lower case (a letter's case is its 0x20 bit;
/// other bytes stay as they are).
const fn lower_ascii(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    let y = (x | 0x2020_2020_2020_2020) & LOW7;
    let letters = (y + ONES * 0x1f) & !(y + ONES * 0x05) & !x & swar::HIGH;
    x | letters >> 2
}

/// A key of one to [`MAX_KEY_WORDS_LEN`] bytes as two little-endian words: two keys of the
/// same length are the same bytes exactly when their words are. From loads that overlap:
/// bytes `0..8` and `n - 8..n`; below eight bytes the first four and the last four (both
/// words); below four, the first, middle and last bytes.
#[inline]
pub(super) const fn key_words(k: &[u8]) -> (u64, u64) {
    let n = k.len();
    let (lo, hi) = if n >= 8 {
        (
            u64::from_le_bytes(le_bytes::<8>(k, 0)),
            u64::from_le_bytes(le_bytes::<8>(k, n - 8)),
        )
    } else if n >= 4 {
        let w = u32::from_le_bytes(le_bytes::<4>(k, 0)) as u64
            | (u32::from_le_bytes(le_bytes::<4>(k, n - 4)) as u64) << 32;
        (w, w)
    } else if n > 0 {
        let w = k[0] as u64 | (k[n / 2] as u64) << 8 | (k[n - 1] as u64) << 16;
        (w, w)
    } else {
        (0, 0)
    };
    (lo, hi)
}

/// [`key_words`] with the ASCII letters lower-cased: two keys of the same length are the
/// same in any ASCII case exactly when these are.
#[inline]
const fn lower_words(words: (u64, u64)) -> (u64, u64) {
    (lower_ascii(words.0), lower_ascii(words.1))
}

/// The slot where the key of length `n` whose [`key_words`] are `words` is first looked for:
/// the same in any ASCII case (`| 0x20` folds the case of letters; other bytes need only hash
/// the same way each time), from the words as they are, so that a key on no list (most)
/// is turned away without being lower-cased.
#[inline]
const fn lexicon_slot(words: (u64, u64), n: usize) -> usize {
    const FOLD: u64 = 0x2020_2020_2020_2020;
    let h = (words.0 | FOLD) ^ (words.1 | FOLD).rotate_left(29) ^ n as u64;
    (h.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 40) as usize & (LEXICON_SLOTS - 1)
}

impl Lexicon {
    const fn build() -> Self {
        let mut lex = Lexicon {
            slots: [Slot {
                words: (0, 0),
                len: 0,
                lists: 0,
            }; LEXICON_SLOTS],
            max_len: 0,
            ends: [[0; 32]; MAX_KEY_WORDS_LEN + 1],
        };
        // The titles and honorifics first: the words asked most (every name starts with
        // one) take the slots their hash points at, and are found at the first probe.
        let lists: [(&[&'static str], u16); 16] = [
            TITLES[0],
            TITLES[1],
            TITLES[2],
            TITLES[3],
            TITLES[4],
            TITLES[5],
            TITLES[6],
            TITLES[7],
            (HONORIFICS, list::HONORIFIC),
            (SPLIT_HONORIFICS, list::SPLIT_HONORIFIC),
            (STOP_WORDS, list::STOP),
            (PARTICLES, list::PARTICLE),
            (DANGLING, list::DANGLING),
            (ROLE_WORDS, list::ROLE),
            (ABBREVIATIONS, list::ABBREVIATION),
            (MEMBER_LABEL_WORDS, list::MEMBER_LABEL),
        ];
        let mut l = 0;
        while l < lists.len() {
            let (words, bit) = lists[l];
            let mut j = 0;
            while j < words.len() {
                let w = words[j].as_bytes();
                // Keys are read whole by `key_words` and compared in lower case.
                assert!(!w.is_empty() && w.len() <= MAX_KEY_WORDS_LEN);
                let mut b = 0;
                while b < w.len() {
                    assert!(!w[b].is_ascii_uppercase());
                    b += 1;
                }
                let kw = lower_words(key_words(w));
                let mut i = lexicon_slot(kw, w.len());
                while lex.slots[i].len != 0
                    && !(lex.slots[i].len == w.len()
                        && lex.slots[i].words.0 == kw.0
                        && lex.slots[i].words.1 == kw.1)
                {
                    i = (i + 1) & (LEXICON_SLOTS - 1);
                }
                lex.slots[i].words = kw;
                lex.slots[i].len = w.len();
                lex.slots[i].lists |= bit;
                lex.ends[w.len()][(w[0] & 31) as usize] |= 1 << (w[w.len() - 1] & 31);
                if w.len() > lex.max_len {
                    lex.max_len = w.len();
                }
                j += 1;
            }
            l += 1;
        }
        lex
    }

    /// The lists `k` (a key, in any ASCII case) is on.
    #[inline]
    fn lists(&self, k: &str) -> u16 {
        let n = k.len();
        if n == 0 || n > self.max_len {
            return 0;
        }
        self.lists_by_words(key_words(k.as_bytes()), n)
    }

    /// [`Lexicon::lists`] of a key of `n` bytes (one to [`MAX_KEY_WORDS_LEN`]) whose
    /// [`key_words`] are `words`.
    #[inline]
    pub(super) fn lists_by_words(&self, words: (u64, u64), n: usize) -> u16 {
        if n > self.max_len || !self.may_hold(words.0, key_last(words, n), n) {
            return 0;
        }
        self.probe(words, n)
    }

    /// [`Lexicon::lists_by_words`] of a key of four to [`MAX_KEY_WORDS_LEN`] bytes, as
    /// [`Facts::of_in`] knows it: its last byte is the second word's top byte, and a length
    /// past the longest key has an empty row of `ends` (no test of `max_len`).
    #[inline(always)]
    fn lists_by_long_words(&self, words: (u64, u64), n: usize) -> u16 {
        debug_assert!((4..=MAX_KEY_WORDS_LEN).contains(&n));
        if !self.may_hold(words.0, (words.1 >> 56) as u32 & 31, n) {
            return 0;
        }
        // Letters only: setting each byte's case bit lower-cases them all.
        const FOLD: u64 = 0x2020_2020_2020_2020;
        self.probe_lower((words.0 | FOLD, words.1 | FOLD), n)
    }

    /// [`Lexicon::lists_by_words`] of a key of one to three ASCII letters whose
    /// [`key_words`] are `(word, word)`.
    #[inline(always)]
    fn lists_by_short_letters(&self, word: u64, n: usize) -> u16 {
        debug_assert!((1..4).contains(&n));
        if !self.may_hold(word, (word >> 16) as u32 & 31, n) {
            return 0;
        }
        // Letters only: setting the case bit of its three bytes lower-cases them all.
        let lower = word | 0x0020_2020;
        self.probe_lower((lower, lower), n)
    }

    /// The pre-filter of every look-up: whether some key of `n` bytes starts with the low
    /// five bits of `first`'s first byte and ends with `last` (the low five bits of its last
    /// byte, see [`key_last`]). Most words that are on no list fail it.
    #[inline(always)]
    fn may_hold(&self, first: u64, last: u32, n: usize) -> bool {
        self.ends[n][first as usize & 31] & 1 << last != 0
    }

    /// [`Lexicon::probe`] of a key whose words are lower-cased already (`lower`): each slot
    /// is compared without lower-casing the key again.
    #[inline(always)]
    fn probe_lower(&self, lower: (u64, u64), n: usize) -> u16 {
        let mut i = lexicon_slot(lower, n);
        loop {
            let slot = &self.slots[i];
            if slot.len == 0 {
                return 0;
            }
            if slot.len == n && slot.words == lower {
                return slot.lists;
            }
            i = (i + 1) & (LEXICON_SLOTS - 1);
        }
    }

    /// The lists of the key of `n` bytes whose words are `words`, from the hash table.
    #[inline]
    fn probe(&self, words: (u64, u64), n: usize) -> u16 {
        let mut i = lexicon_slot(words, n);
        loop {
            let slot = &self.slots[i];
            if slot.len == 0 {
                return 0;
            }
            if slot.len == n && slot.words == lower_words(words) {
                return slot.lists;
            }
            i = (i + 1) & (LEXICON_SLOTS - 1);
        }
    }
}

pub(super) static LEXICON: Lexicon = Lexicon::build();

/// Bytes 3..8 of an ASCII letter, or'd into the [`key_words`] of a key of one to three
/// bytes (whose bytes 3..8 are zero) so that a test of all eight bytes for letters tests
/// the key's own.
const SHORT_KEY_FILL: u64 = 0x4141_4141_4100_0000;

/// The low five bits of the last byte of a key of `n` bytes (one to [`MAX_KEY_WORDS_LEN`])
/// whose [`key_words`] are `words`: the top byte of the second word, or, below four bytes,
/// its third byte.
#[inline(always)]
fn key_last(words: (u64, u64), n: usize) -> u32 {
    let shift = if n >= 4 { 56 } else { 16 };
    (words.1 >> shift) as u32 & 31
}

/// The lists the key `k` is on.
#[inline]
pub(super) fn lists_of(k: &str) -> u16 {
    LEXICON.lists(k)
}

/// Whether the key `k` is on the list `bit`.
pub(super) fn on_list(k: &str, bit: u16) -> bool {
    lists_of(k) & bit != 0
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum WordClass {
    Name,
    Initial,
    Particle,
    Stop,
}

/// The class of the word `w`. Inlined: its callers (a clause's words, a name's last words)
/// ask it in loops, where the call cost a third of its look-up.
#[inline]
pub(super) fn classify(w: &str) -> WordClass {
    let facts = Facts::of(w);
    class_with(w, facts.lists, facts.flags)
}

/// [`classify`] for a word whose key is on `lists`.
#[cfg(test)]
fn class_of(w: &str, lists: u16) -> WordClass {
    class_with(w, lists, word_flags(w))
}

/// A word's class (`class_of` in the tests) given its [`word_flags`] `flags`. An ASCII
/// word (nearly all) is classed inline where it is asked; any other out of line.
#[inline]
fn class_with(w: &str, lists: u16, flags: u8) -> WordClass {
    class_in(w, 0, w.len(), lists, flags)
}

/// [`class_with`] of the word `text[s..e]`: an ASCII word is read as bytes, without the
/// char-boundary tests of a `str` slice.
#[inline(always)]
pub(super) fn class_in(text: &str, s: usize, e: usize, lists: u16, flags: u8) -> WordClass {
    if flags & flag::NON_ASCII == 0 {
        let (b, bad) = (&text.as_bytes()[s..e], flags & flag::BAD != 0);
        if !may_be_ascii_initials(b.len(), flags) {
            return ascii_class_of_word(b, lists, bad);
        }
        return ascii_class(b, lists, bad);
    }
    class_of_other(&text[s..e], lists)
}

/// [`class_with`] for a word with a byte that is not ASCII.
#[inline(never)]
fn class_of_other(w: &str, lists: u16) -> WordClass {
    if is_initials(w) && !w.contains(['(', ')']) {
        return WordClass::Initial;
    }
    // A nickname in curly quotes between the names ("Rick \u{201c}Spider\u{201d} Kramer").
    if let Some(nick) = w
        .strip_prefix('\u{201c}')
        .and_then(|r| r.strip_suffix('\u{201d}'))
    {
        let named = nick.starts_with(char::is_uppercase)
            && nick
                .chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'');
        return if named {
            WordClass::Name
        } else {
            WordClass::Stop
        };
    }
    let Some(first) = char_at(w, 0) else {
        return WordClass::Stop;
    };
    if first.is_lowercase() {
        return if lists & list::PARTICLE != 0 {
            WordClass::Particle
        } else {
            WordClass::Stop
        };
    }
    // The chars looked for are ASCII: bytes will do.
    let bad_char = w
        .bytes()
        .any(|c| c.is_ascii_digit() || matches!(c, b'(' | b')' | b'[' | b']' | b'/' | b'@'));
    if !first.is_uppercase() || bad_char || lists & list::STOP != 0 {
        return WordClass::Stop;
    }
    WordClass::Name
}

/// The class of an ASCII word: the same rules as `class_of`, the cheapest tests first (initials
/// have no brackets, and an ASCII char is upper or lower case as its byte is). `bad` says
/// whether the word has a digit, a bracket, '/' or '@' ([`flag::BAD`]).
fn ascii_class(b: &[u8], lists: u16, bad: bool) -> WordClass {
    if ascii_initials(b) {
        return WordClass::Initial;
    }
    ascii_class_of_word(b, lists, bad)
}

/// [`ascii_class`] of a word that is not initials.
#[inline(always)]
fn ascii_class_of_word(b: &[u8], lists: u16, bad: bool) -> WordClass {
    let Some(&first) = b.first() else {
        return WordClass::Stop;
    };
    if first.is_ascii_lowercase() {
        return if lists & list::PARTICLE != 0 {
            WordClass::Particle
        } else {
            WordClass::Stop
        };
    }
    if !first.is_ascii_uppercase() || lists & list::STOP != 0 || bad {
        return WordClass::Stop;
    }
    WordClass::Name
}

/// What the readers of a name ask of each of its words, looked up once: its [`word_flags`]
/// and the [`list`]s its key is on.
#[derive(Clone, Copy)]
pub(super) struct Facts {
    pub(super) flags: u8,
    pub(super) lists: u16,
}

impl Facts {
    /// Inlined: it is asked once for each word of a name, where its call would cost a
    /// tenth of it.
    #[inline(always)]
    pub(super) fn of(w: &str) -> Facts {
        Facts::of_in(w, 0, w.len())
    }

    /// [`Facts::of`] the word `text[s..e]` (`s` and `e` at char boundaries): a word of four
    /// to sixteen ASCII letters is read as bytes, without the char-boundary tests of a
    /// `str` slice; only other words are sliced.
    #[inline(always)]
    pub(super) fn of_in(text: &str, s: usize, e: usize) -> Facts {
        // A word of four to sixteen ASCII letters (most words of a name) has no flags and is
        // its own key: the loads that tell are the key's words.
        let b = &text.as_bytes()[s..e];
        let n = b.len();
        if (4..=MAX_KEY_WORDS_LEN).contains(&n) {
            let words = key_words(b);
            if swar::ascii_letters(words.0) & swar::ascii_letters(words.1) == swar::HIGH {
                return Facts {
                    flags: 0,
                    lists: LEXICON.lists_by_long_words(words, n),
                };
            }
        } else if (1..4).contains(&n) {
            // One to three ASCII letters ("Mr", "J"): the key's word holds each of its bytes
            // (the other five are zero, filled with a letter for the test).
            let word = key_words(b).0;
            if swar::ascii_letters(word | SHORT_KEY_FILL) == swar::HIGH {
                return Facts {
                    flags: 0,
                    lists: LEXICON.lists_by_short_letters(word, n),
                };
            }
        }
        Facts::of_other(&text[s..e])
    }

    /// The facts of `words[i]`: `known[i]` when the caller looked them up already.
    #[inline(always)]
    pub(super) fn known_or_of(
        known: &[Facts],
        text: &str,
        words: &[(usize, usize)],
        i: usize,
    ) -> Facts {
        match known.get(i) {
            Some(&facts) => facts,
            None => Facts::of_in(text, words[i].0, words[i].1),
        }
    }

    /// [`Facts::of`] a word that is not four to sixteen ASCII letters.
    #[inline(always)]
    fn of_other(w: &str) -> Facts {
        let flags = word_flags(w);
        Facts {
            flags,
            lists: lists_of(key_with(w, flags).as_str()),
        }
    }

    /// Whether the word `text[s..e]` these are the facts of may hold a piece of a
    /// [`chair_role`] that ends in a chair word, so that an entry none of whose words may
    /// holds no chair role: a word without '-' or a char that is not ASCII (where a role's
    /// words may join) is the piece itself, and a chair word, with full stops after it, is
    /// an honorific. Only those words are searched for "chair".
    #[inline(always)]
    pub(super) fn may_hold_chair_in(self, text: &str, s: usize, e: usize) -> bool {
        (self.lists & list::HONORIFIC != 0 || self.flags & (flag::HYPHEN | flag::NON_ASCII) != 0)
            && says_chair(&text[s..e])
    }

    /// [`is_honorific`] of the word `text[s..e]` these are the facts of: its key is built
    /// (and the word sliced) only for a hyphenated word that is on no honorific list itself.
    /// Inlined: it is asked for each word of a name, most of them answered by one bit.
    #[inline(always)]
    pub(super) fn is_honorific_in(self, text: &str, s: usize, e: usize) -> bool {
        self.lists & list::HONORIFIC != 0
            || (self.flags & flag::HYPHEN != 0
                && is_honorific_key(
                    key_with(&text[s..e], self.flags).as_str(),
                    self.lists,
                    self.flags,
                ))
    }
}

/// Whether `w` is an honorific ("Mr", "Dr", "Vice-Chairman"). Inlined, as [`classify`].
#[inline]
pub(super) fn is_honorific(w: &str) -> bool {
    let flags = word_flags(w);
    let k = key_with(w, flags);
    is_honorific_key(k.as_str(), lists_of(k.as_str()), flags)
}

/// [`is_honorific`] for the key `k`, which is on `lists`, of a word whose [`word_flags`]
/// are `flags`: an honorific, or honorifics joined by hyphens ("Vice-Chairman").
fn is_honorific_key(k: &str, lists: u16, flags: u8) -> bool {
    lists & list::HONORIFIC != 0
        || (flags & flag::HYPHEN != 0
            && k.bytes().any(|b| b == b'-')
            && k.split('-').all(|p| on_list(p, list::HONORIFIC)))
}

/// A title to take out of the name, at `words[i..]`: (normalised title, plural, words used).
pub(super) fn match_title(
    text: &str,
    words: &[(usize, usize)],
    i: usize,
) -> Option<(&'static str, bool, usize)> {
    let &(s, e) = words.get(i)?;
    title_at(text, words, i, Facts::of(&text[s..e]).lists)
}

/// [`match_title`] where the key of `words[i]` is on `lists`: the title words are on
/// lists of their own ([`TITLES`]), so a word already looked up costs no comparison, and
/// one on none of them (most) is turned away inline.
#[inline]
pub(super) fn title_at(
    text: &str,
    words: &[(usize, usize)],
    i: usize,
    lists: u16,
) -> Option<(&'static str, bool, usize)> {
    if lists & list::TITLE == 0 {
        return None;
    }
    title_of(text, words, i, lists)
}

/// [`title_at`] of a word on one of the title lists. Inlined: the lists are known where it
/// is asked (a name's first word, already looked up), and its branches fold into a few
/// tests there; as a call it cost more than the rest of the title's reading.
#[inline(always)]
fn title_of(
    text: &str,
    words: &[(usize, usize)],
    i: usize,
    lists: u16,
) -> Option<(&'static str, bool, usize)> {
    if lists & list::COUNCILLOR != 0 {
        Some(("Councillor", false, 1))
    } else if lists & list::COUNCILLORS != 0 {
        Some(("Councillor", true, 1))
    } else if lists & list::COUNCILMEMBER != 0 {
        Some(("Council Member", false, 1))
    } else if lists & list::COUNCILMEMBERS != 0 {
        Some(("Council Member", true, 1))
    } else if lists & list::COUNCIL != 0 {
        // "Council" or "Board", by its first letter.
        let board = text.as_bytes()[words[i].0] | 0x20 == b'b';
        let title = if board {
            "Board Member"
        } else {
            "Council Member"
        };
        let &(s, e) = words.get(i + 1)?;
        let next = Facts::of(&text[s..e]).lists;
        if next & list::MEMBER != 0 {
            Some((title, false, 2))
        } else if next & list::MEMBERS != 0 {
            Some((title, true, 2))
        } else {
            None
        }
    } else if lists & list::BODY_MEMBERS != 0 {
        let (s, e) = words[i];
        Some((body_member_title(&text[s..e])?, true, 1))
    } else {
        None
    }
}

/// The title of a member of the body whose members' plural `word` is (one of
/// [`BODY_MEMBER_PLURALS`]). Out of line: few lists are titled so.
#[inline(never)]
fn body_member_title(word: &str) -> Option<&'static str> {
    let k = key(word);
    let at = BODY_MEMBER_PLURALS.iter().position(|p| k.is(p))?;
    BODY_MEMBER_TITLES.get(at).copied()
}

/// [`match_title`] as it was first written, word by word: the reference in the tests.
#[cfg(test)]
fn match_title_by_words(
    text: &str,
    words: &[(usize, usize)],
    i: usize,
) -> Option<(&'static str, bool, usize)> {
    let w = |j: usize| words.get(j).map(|&(s, e)| key(&text[s..e]));
    let k = w(i)?;
    let is_any = |words: &[&str]| words.iter().any(|&t| k.is(t));
    if is_any(&["councillor", "cllr", "cr", "councilor"]) {
        Some(("Councillor", false, 1))
    } else if is_any(&["councillors", "cllrs", "crs", "councilors"]) {
        Some(("Councillor", true, 1))
    } else if is_any(&["councilmember", "councilman", "councilwoman"]) {
        Some(("Council Member", false, 1))
    } else if is_any(&["councilmembers", "councilmen", "councilwomen"]) {
        Some(("Council Member", true, 1))
    } else if k.is("council") || k.is("board") {
        let title = if k.is("board") {
            "Board Member"
        } else {
            "Council Member"
        };
        match w(i + 1) {
            Some(next) if next.is("member") => Some((title, false, 2)),
            Some(next) if next.is("members") => Some((title, true, 2)),
            _ => None,
        }
    } else {
        let at = BODY_MEMBER_PLURALS.iter().position(|p| k.is(p))?;
        Some((BODY_MEMBER_TITLES[at], true, 1))
    }
}

/// The bytes a [`chair_role`] may have: the letters of its words in either case, ASCII
/// white space, '-' and '.', and any byte of a non-ASCII char (a dash, or white space).
const CHAIR_ROLE_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let words: [&str; 10] = [
        "in",
        "the",
        "vice",
        "deputy",
        "interim",
        "acting",
        "chair",
        "chairman",
        "chairwoman",
        "chairperson",
    ];
    let mut w = 0;
    while w < words.len() {
        let bytes = words[w].as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            table[bytes[i] as usize] = true;
            table[bytes[i].to_ascii_uppercase() as usize] = true;
            i += 1;
        }
        w += 1;
    }
    let mut b = 0;
    while b < 256 {
        if matches!(b as u8, b' ' | 9..=13 | b'-' | b'.' | 0x80..=0xff) {
            table[b] = true;
        }
        b += 1;
    }
    table
};

/// A chair role written as words ("Chairman", "in the Chair", "Vice-Chair", "Vice
/// Chairman"), as a role name, or `None` for anything else ("Town Mayor" is a note).
/// Most texts are answered by their last byte ([`chair_role_by_end`]); the others are read
/// word by word ([`chair_role_by_bytes`]).
pub(super) fn chair_role(s: &str) -> Option<&'static str> {
    chair_role_by_end(s.as_bytes()).unwrap_or_else(|| chair_role_by_bytes(s))
}

/// [`chair_role_by_words`] read as bytes: an ASCII text's words are split at its white
/// space and '-' bytes without decoding a char, and compared as byte slices; a text with a
/// byte that is not ASCII (which may be white space or '–') is read by
/// [`chair_role_by_words`], the reference (the tests hold the two to the same answers).
fn chair_role_by_bytes(s: &str) -> Option<&'static str> {
    let b = s.as_bytes();
    // The longest role is five words: room for one more, to tell a longer text.
    let mut words = [(0, 0); 6];
    let mut n = 0;
    let mut word_start = None;
    for (i, &c) in b.iter().enumerate() {
        if !CHAIR_ROLE_BYTES[usize::from(c)] {
            return None;
        }
        if !c.is_ascii() {
            return chair_role_by_words(s);
        }
        if matches!(c, b' ' | 9..=13 | b'-') {
            if let Some(ws) = word_start.take() {
                *words.get_mut(n)? = (ws, i);
                n += 1;
            }
        } else {
            word_start.get_or_insert(i);
        }
    }
    if let Some(ws) = word_start {
        *words.get_mut(n)? = (ws, b.len());
        n += 1;
    }
    // Full stops after the last word go; a last word of only full stops leaves a space
    // that no role ends in.
    let (ws, mut we) = words[n.checked_sub(1)?];
    while we > ws && b[we - 1] == b'.' {
        we -= 1;
    }
    if we == ws {
        return None;
    }
    words[n - 1].1 = we;
    let mut words = &words[..n];
    let is = |(ws, we): (usize, usize), word: &str| b[ws..we].eq_ignore_ascii_case(word.as_bytes());
    if words.len() > 2 && is(words[0], "in") && is(words[1], "the") {
        words = &words[2..];
    }
    if words.len() > 1 && is(words[0], "the") {
        words = &words[1..];
    }
    let chair = |w: (usize, usize)| CHAIR_WORDS.iter().any(|c| is(w, c));
    match *words {
        [w] if chair(w) => Some("Chair"),
        [v, w] if (is(v, "vice") || is(v, "deputy")) && chair(w) => Some("Vice Chair"),
        // "Interim Chairman", "Acting Chair": in the chair for now, and so the chair.
        [v, w] if (is(v, "interim") || is(v, "acting")) && chair(w) => Some("Chair"),
        _ => None,
    }
}

/// [`chair_role`] read word by word (words split at white space and hyphens, compared
/// ignoring case) without building a lower-cased copy: `chair_role_by_copy` in the tests
/// is the rule as it was first written, and the reference.
fn chair_role_by_words(s: &str) -> Option<&'static str> {
    // A role is only its words, separators and full stops: most entries (a name) have a
    // byte that is none of these within a few bytes. Every role also has "chair" in it.
    if !s.bytes().all(|b| CHAIR_ROLE_BYTES[usize::from(b)]) || !contains_ci(s, "chair") {
        return None;
    }
    // The longest role is five words ("in the the vice chair"): room for one more, to
    // tell a longer text.
    let mut words = [""; 6];
    let mut n = 0;
    for w in s
        .split(|c: char| is_space(c) || c == '-' || c == '–')
        .filter(|w| !w.is_empty())
    {
        if n == words.len() {
            return None;
        }
        words[n] = w;
        n += 1;
    }
    // Full stops after the last word go; a last word of only full stops leaves a space
    // that no role ends in.
    let last = words[n.checked_sub(1)?].trim_end_matches('.');
    if last.is_empty() {
        return None;
    }
    words[n - 1] = last;
    let mut words = &words[..n];
    let is = |w: &str, word: &str| w.eq_ignore_ascii_case(word);
    if words.len() > 2 && is(words[0], "in") && is(words[1], "the") {
        words = &words[2..];
    }
    if words.len() > 1 && is(words[0], "the") {
        words = &words[1..];
    }
    let chair = |w: &str| {
        ["chair", "chairman", "chairwoman", "chairperson"]
            .iter()
            .any(|c| is(w, c))
    };
    match words {
        [w] if chair(w) => Some("Chair"),
        [v, w] if (is(v, "vice") || is(v, "deputy")) && chair(w) => Some("Vice Chair"),
        [v, w] if (is(v, "interim") || is(v, "acting")) && chair(w) => Some("Chair"),
        _ => None,
    }
}

/// The words a chair role ends in.
const CHAIR_WORDS: [&str; 4] = ["chair", "chairman", "chairwoman", "chairperson"];

/// [`chair_role`] of `s` when its last byte tells, or `None` when the words must be read:
/// a role's last byte is one [`CHAIR_ROLE_BYTES`] allows, and when it is a letter, the last
/// word (which ends there, untrimmed) is a chair word, so `s` ends in one. Most texts asked
/// (a name, a first word "Councillor", a remark in brackets) are answered here; so is a
/// text that is only a chair word ("Chairman", the commonest remark).
#[inline]
fn chair_role_by_end(s: &[u8]) -> Option<Option<&'static str>> {
    let &last = s.last()?;
    if !CHAIR_ROLE_BYTES[usize::from(last)] {
        return Some(None);
    }
    if !last.is_ascii_alphabetic() {
        return None;
    }
    let word = CHAIR_WORDS
        .iter()
        .find(|w| s.len() >= w.len() && s[s.len() - w.len()..].eq_ignore_ascii_case(w.as_bytes()));
    match word {
        None => Some(None),
        Some(w) if w.len() == s.len() => Some(Some("Chair")),
        Some(_) => None,
    }
}

/// A chair role at the start of an entry ("Chairman Cllr Foss", "Vice Chairman Cllr
/// Austen"): (role, words used). Inlined into the one reader of a person.
#[inline]
pub(super) fn chair_prefix(text: &str, words: &[(usize, usize)]) -> Option<(&'static str, usize)> {
    let one = words.first().map(|&(s, e)| &text[s..e])?;
    if let Some(role) = chair_role(one) {
        return Some((role, 1));
    }
    let &(s, _) = words.first()?;
    let &(_, e) = words.get(1)?;
    chair_role(&text[s..e]).map(|role| (role, 2))
}

/// The chars that mark an entry as a list's item wherever they stand first ("o" does only
/// before white space).
fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '•' | '·'
            | '▪'
            | '◦'
            | '‣'
            | '●'
            | '○'
            | '■'
            | '□'
            | '*'
            | '-'
            | '–'
            | '—'
            | '\u{f0a7}'
            | '\u{f0b7}'
    )
}

/// An entry that begins with a bullet or list marker: the bytes it takes.
#[cfg(test)]
fn bullet_len(s: &str) -> usize {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if is_bullet(c) => c.len_utf8(),
        Some('o') if chars.next().is_some_and(is_space) => 1,
        _ => 0,
    }
}

/// `start..end` without leading white space and bullets.
///
/// An entry that starts with a letter or digit (other than the "o" of an "o " bullet) has
/// neither: most do, and are returned by this inlined test without a call.
#[inline]
pub(super) fn skip_bullets(text: &str, start: usize, end: usize) -> usize {
    if start < end
        && text
            .as_bytes()
            .get(start)
            .is_some_and(|&b| b.is_ascii_alphanumeric() && b != b'o')
    {
        return start;
    }
    skip_bullets_from(text, start, end)
}

/// [`skip_bullets`] of an entry that may start with white space or a bullet: one pass over
/// its first chars, each decoded once and asked whether it is white space, then whether it
/// is a bullet (trimming the range before each bullet would also look at its end, which is
/// never used). White space alone after the last bullet leaves the entry where that starts.
#[inline(never)]
fn skip_bullets_from(text: &str, start: usize, end: usize) -> usize {
    let Some(rest) = text.get(start..end) else {
        return start;
    };
    let b = rest.as_bytes();
    // Where the text after the last bullet starts, and the char looked at.
    let (mut from, mut at) = (0, 0);
    while let Some(&byte) = b.get(at) {
        let c = match byte {
            ..0x80 => char::from(byte),
            _ => rest[at..].chars().next().unwrap_or(' '),
        };
        let len = c.len_utf8();
        if is_space(c) {
            at += len;
            continue;
        }
        let bullet =
            is_bullet(c) || (c == 'o' && rest[at + 1..].chars().next().is_some_and(is_space));
        if !bullet {
            return start + at;
        }
        at += len;
        from = at;
    }
    start + from
}

/// [`skip_bullets_from`] by trimming the range before each bullet: the reference in the tests.
#[cfg(test)]
fn skip_bullets_by_trim(text: &str, mut start: usize, end: usize) -> usize {
    loop {
        let (s, _) = trim_range(text, start, end);
        let n = text.get(s..end).map_or(0, bullet_len);
        if n == 0 {
            return s;
        }
        start = s + n;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::people::helpers::{initials_by_chars, words_in};
    use crate::people::tests::{fuzz_inputs, fuzz_words};
    use crate::text::clean;

    /// Every word list of the lexicon with its bit.
    fn word_lists() -> [(&'static [&'static str], u16); 8] {
        [
            (STOP_WORDS, list::STOP),
            (HONORIFICS, list::HONORIFIC),
            (SPLIT_HONORIFICS, list::SPLIT_HONORIFIC),
            (PARTICLES, list::PARTICLE),
            (DANGLING, list::DANGLING),
            (ROLE_WORDS, list::ROLE),
            (ABBREVIATIONS, list::ABBREVIATION),
            (MEMBER_LABEL_WORDS, list::MEMBER_LABEL),
        ]
    }

    #[test]
    fn lexicon_finds_every_word_in_any_case() {
        let lists = word_lists();
        for (words, bit) in lists.into_iter().chain(TITLES) {
            for w in words {
                assert!(on_list(w, bit), "{w}");
                assert!(on_list(&w.to_ascii_uppercase(), bit), "{w}");
            }
        }
        for w in [
            "",
            "x",
            "Smith",
            "councillorship",
            "chairs",
            "é",
            "a-very-long-word-indeed",
        ] {
            assert_eq!(lists_of(w), 0, "{w}");
        }
    }

    #[test]
    fn lexicon_agrees_with_a_scan_of_each_list() {
        let lists = word_lists();
        let by_scan = |k: &str| {
            lists
                .into_iter()
                .chain(TITLES)
                .filter(|(words, _)| words.iter().any(|w| k.eq_ignore_ascii_case(w)))
                .fold(0, |bits, (_, bit)| bits | bit)
        };
        // Every word, in other cases, with a byte changed, cut or lengthened, and the bytes
        // that case folding by bit could confuse with letters or '-'.
        let mut keys: Vec<String> = Vec::new();
        for (words, _) in lists.into_iter().chain(TITLES) {
            for w in words {
                keys.push(w.to_string());
                keys.push(w.to_ascii_uppercase());
                for at in 0..w.len() {
                    for b in [b'@', b'[', b'`', b'{', b'\r', b'A', b'z', b'0', 0xc3] {
                        let mut k = w.as_bytes().to_vec();
                        k[at] = b;
                        keys.push(String::from_utf8_lossy(&k).into_owned());
                    }
                    keys.push(w[..at].to_string());
                    keys.push(w[at..].to_string());
                }
                keys.push(format!("{w}s"));
                keys.push(format!("x{w}"));
            }
        }
        keys.extend(crate::test_text::joins_up_to(
            &["m", "R", "s", "\r", "-", "é"],
            4,
        ));
        keys.extend(fuzz_words(200));
        keys.extend((4..=MAX_KEY_WORDS_LEN).map(|n| "Mayor".repeat(4)[..n].to_string()));
        for k in &keys {
            assert_eq!(lists_of(k), by_scan(k), "{k:?}");
            // The entry for words of four to sixteen letters, without the length tests.
            let n = k.len();
            if (4..=MAX_KEY_WORDS_LEN).contains(&n) && k.bytes().all(|b| b.is_ascii_alphabetic()) {
                let long = LEXICON.lists_by_long_words(key_words(k.as_bytes()), n);
                assert_eq!(long, by_scan(k), "{k:?}");
            }
            // The entry for words of one to three letters.
            if (1..4).contains(&n) && k.bytes().all(|b| b.is_ascii_alphabetic()) {
                let short = LEXICON.lists_by_short_letters(key_words(k.as_bytes()).0, n);
                assert_eq!(short, by_scan(k), "{k:?}");
            }
            // `Facts::of` (its ways in for letters) against the word's flags and key.
            let (facts, want) = (Facts::of(k), Facts::of_other(k));
            assert_eq!(
                (facts.flags, facts.lists),
                (want.flags, want.lists),
                "{k:?}"
            );
        }
    }

    #[test]
    fn titles_by_lexicon_agree_with_the_word_rule() {
        // `match_title` reads titles from the lexicon's title bits: the same titles as
        // comparing each word with the title words.
        let pieces = [
            "Councillor ",
            "cllr. ",
            "CR ",
            "councilors ",
            "Cllrs ",
            "(Crs) ",
            "CouncilMember ",
            "councilmembers ",
            "Council ",
            "member ",
            "MEMBERS, ",
            "Board ",
            "Supervisors ",
            "ALDERMEN ",
            "Trustee ",
            "Councillorship ",
            "C ",
            "Smith ",
            "é ",
            "\u{212a} ",
        ];
        let mut texts = crate::test_text::joins(&pieces, 3);
        texts.extend(fuzz_inputs(300));
        for t in &texts {
            let words = words_in(t, 0, t.len());
            for i in 0..=words.len() {
                assert_eq!(
                    match_title(t, &words, i),
                    match_title_by_words(t, &words, i),
                    "{t:?} {i}"
                );
            }
        }
    }

    #[test]
    fn ascii_word_classes_agree_with_the_char_rules() {
        // `is_initials` and `key` read ASCII words as bytes: the char rules must agree.
        let words = [
            "", "A", "a", "A.", "a.", "AB", "A.B.", "a.m.", "H.A.L.", "H.A.L", "H.A..", "1.2.",
            "Z.", ".", "..", "Smith", "(Chair)", "Cllr.", "[x]", ":", "A.b.C.", "AB.",
        ];
        fn class_by_chars(w: &str, lists: u16) -> WordClass {
            if initials_by_chars(w) && !w.contains(['(', ')']) {
                return WordClass::Initial;
            }
            let Some(first) = w.chars().next() else {
                return WordClass::Stop;
            };
            if first.is_lowercase() {
                return if lists & list::PARTICLE != 0 {
                    WordClass::Particle
                } else {
                    WordClass::Stop
                };
            }
            let bad_char = w
                .chars()
                .any(|c| c.is_ascii_digit() || matches!(c, '(' | ')' | '[' | ']' | '/' | '@'));
            if !first.is_uppercase() || bad_char || lists & list::STOP != 0 {
                return WordClass::Stop;
            }
            WordClass::Name
        }
        let more = [
            "van",
            "Van",
            "the",
            "The",
            "Smith-Jones",
            "O'Neil",
            "J2",
            "x@y",
            "Zoë",
            "É.",
        ];
        for w in words.iter().chain(&more) {
            for lists in [0, list::PARTICLE, list::STOP, list::HONORIFIC] {
                assert_eq!(
                    class_of(w, lists),
                    class_by_chars(w, lists),
                    "{w:?} {lists}"
                );
            }
        }
        for w in words {
            assert_eq!(is_initials(w), initials_by_chars(w), "{w:?}");
            let trimmed = w
                .trim_matches(|c: char| matches!(c, '.' | '(' | ')' | '[' | ']' | ',' | ';' | ':'));
            assert_eq!(key(w).as_str(), trimmed, "{w:?}");
        }
    }

    /// [`chair_role`] as first written: the text lower-cased, its hyphens spaced and
    /// cleaned, then compared whole.
    fn chair_role_by_copy(s: &str) -> Option<&'static str> {
        if !contains_ci(s, "chair") {
            return None;
        }
        let spaced = s.to_lowercase().replace(['-', '–'], " ");
        let k = clean(&spaced);
        let k = k.trim_end_matches('.');
        let k = k.strip_prefix("in the ").unwrap_or(k);
        let k = k.strip_prefix("the ").unwrap_or(k);
        let chair = |w: &str| matches!(w, "chair" | "chairman" | "chairwoman" | "chairperson");
        if chair(k) {
            return Some("Chair");
        }
        match k.split_once(' ') {
            Some(("vice" | "deputy", rest)) if chair(rest) => Some("Vice Chair"),
            Some(("interim" | "acting", rest)) if chair(rest) => Some("Chair"),
            _ => None,
        }
    }

    #[test]
    fn chair_roles_agree_with_the_lower_cased_copy() {
        let pieces = [
            "chair",
            "Chairman",
            "CHAIRWOMAN",
            "chairperson",
            "chairs",
            "in",
            "the",
            "The",
            "vice",
            "Vice-",
            "deputy",
            "Interim",
            "acting",
            "Cllr Smith",
            "(in the Chair)",
            "–",
            "-",
            " ",
            "  ",
            ".",
            "..",
            "\u{a0}",
            "Zoë",
            "\u{212a}",
            "x",
            "(",
            ")",
        ];
        let mut texts: Vec<String> = Vec::new();
        for a in pieces {
            for b in pieces {
                texts.push(format!("{a}{b}"));
                texts.push(format!("{a} {b}"));
                for c in ["chair", "Chairman.", " chair", "-Chair ..", "x"] {
                    texts.push(format!("{a} {b}{c}"));
                    texts.push(format!("in the {a}{b} {c}"));
                }
            }
        }
        texts.extend(fuzz_inputs(500));
        // Roles of up to six words, with every separator the words are split at.
        texts.extend(crate::test_text::joins_up_to(
            &[
                "in",
                "the",
                "Vice",
                "DEPUTY",
                "chair",
                "Chairman.",
                " ",
                "\t",
                "-",
                "–",
                "x",
            ],
            6,
        ));
        for t in &texts {
            // The bytes' reading is the words' reading, whatever the last byte says.
            assert_eq!(chair_role_by_bytes(t), chair_role_by_words(t), "{t:?}");
            assert_eq!(chair_role(t), chair_role_by_copy(t), "{t:?}");
            // The answer from the last byte is the words' answer.
            if let Some(known) = chair_role_by_end(t.as_bytes()) {
                assert_eq!(known, chair_role_by_words(t), "{t:?}");
            }
            assert_eq!(says_chair(t), contains_ci(t, "chair"), "{t:?}");
        }
    }

    #[test]
    fn every_chair_role_has_a_word_that_may_hold_one() {
        let pieces = [
            "Chair",
            "chairman.",
            "Vice-Chair",
            "vice–chairman",
            "in",
            "the",
            "Deputy",
            "Mr",
            "Smith",
            " ",
            "-",
            "–",
            ".",
            "..",
            "\u{a0}",
            "(",
            "CHAIRPERSON",
            "é",
        ];
        let mut texts = crate::test_text::joins_up_to(&pieces, 4);
        texts.extend(fuzz_inputs(300));
        for t in &texts {
            let words = words_in(t, 0, t.len());
            let may: Vec<bool> = words
                .iter()
                .map(|&(s, e)| Facts::of_in(t, s, e).may_hold_chair_in(t, s, e))
                .collect();
            for i in 0..words.len() {
                for j in i..words.len() {
                    if chair_role(&t[words[i].0..words[j].1]).is_some() {
                        assert!(may[i..=j].contains(&true), "{t:?} {i}..={j}");
                    }
                }
            }
        }
    }

    #[test]
    fn bullets_skipped_from_the_front_agree_with_trimming() {
        let pieces = [
            "•", " ", "\u{a0}", "o", "o ", "-", "–", "*", "Jo", "\t", "é", "\u{f0b7}",
        ];
        let mut texts = crate::test_text::joins_up_to(&pieces, 4);
        texts.extend(fuzz_inputs(100));
        for t in &texts {
            for start in 0..=t.len() {
                for end in [start, start + 1, start + 3, t.len()] {
                    assert_eq!(
                        skip_bullets_from(t, start, end),
                        skip_bullets_by_trim(t, start, end),
                        "{t:?} {start}..{end}"
                    );
                }
            }
        }
    }

    #[test]
    fn facts_and_classes_of_a_range_agree_with_those_of_its_slice() {
        // `of_in` and `class_in` read an ASCII word as bytes of the text around it; the
        // slice's own facts and class are the rule.
        for t in fuzz_inputs(300) {
            for (s, e) in words_in(&t, 0, t.len()) {
                let (facts, want) = (Facts::of_in(&t, s, e), Facts::of_other(&t[s..e]));
                assert_eq!(
                    (facts.flags, facts.lists),
                    (want.flags, want.lists),
                    "{t:?} {s}..{e}"
                );
                assert_eq!(
                    class_in(&t, s, e, want.lists, want.flags),
                    class_with(&t[s..e], want.lists, want.flags),
                    "{t:?} {s}..{e}"
                );
                assert_eq!(
                    want.is_honorific_in(&t, s, e),
                    is_honorific(&t[s..e]),
                    "{t:?} {s}..{e}"
                );
            }
        }
    }

    #[test]
    fn word_flags_skip_only_what_a_scan_would_not_find() {
        // `key_with`, `class_with` and `is_honorific_key` trust the flags instead of
        // scanning the word: the same answers as the scans, on every word of many texts.
        let mut words: Vec<String> = [
            "Smith",
            "(Chair)",
            "Cllr.",
            "Vice-Chairman",
            "Services/CFO",
            "J2",
            "x@y",
            "Zoë",
            "É.",
            "a.m.",
            "[x]",
            "-",
            "–",
            "Deputy-Mayor",
            "co-ordinator",
            "Mr,",
            ";",
            "van",
            // Initials and words of one or two letters: `class_in` tests only a word of one
            // letter or with a full stop for initials.
            "J",
            "j",
            "AB",
            "A.B.",
            "J.",
            "Jo",
        ]
        .iter()
        .map(|w| w.to_string())
        .collect();
        words.extend(fuzz_words(300));
        for w in &words {
            let flags = word_flags(w);
            assert_eq!(key_with(w, flags).as_str(), key(w).as_str(), "{w:?}");
            let k = key(w);
            let lists = lists_of(k.as_str());
            let by_scan = lists & list::HONORIFIC != 0
                || (k.as_str().contains('-')
                    && k.as_str().split('-').all(|p| on_list(p, list::HONORIFIC)));
            assert_eq!(is_honorific_key(k.as_str(), lists, flags), by_scan, "{w:?}");
            for lists in [0, lists, list::PARTICLE, list::STOP] {
                let bad = w.bytes().any(|c| {
                    c.is_ascii_digit() || matches!(c, b'(' | b')' | b'[' | b']' | b'/' | b'@')
                });
                let old = if w.is_ascii() {
                    ascii_class(w.as_bytes(), lists, bad)
                } else {
                    class_with(w, lists, flag::NON_ASCII)
                };
                assert_eq!(class_with(w, lists, flags), old, "{w:?}");
            }
        }
    }

    #[test]
    fn chair_roles_of_ascii_and_other_text() {
        for (s, role) in [
            ("Chairman", Some("Chair")),
            ("in the Chair", Some("Chair")),
            ("Vice-Chair", Some("Vice Chair")),
            ("VICE  CHAIRMAN.", Some("Vice Chair")),
            ("Vice\u{2013}Chair", Some("Vice Chair")),
            ("Deputy-chairperson", Some("Vice Chair")),
            ("Interim Chairman", Some("Chair")),
            ("acting chair.", Some("Chair")),
            ("Interim Clerk", None),
            ("Chair of Planning", None),
            ("Chäir", None),
        ] {
            assert_eq!(chair_role(s), role, "{s:?}");
        }
    }
}
