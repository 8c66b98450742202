//! Name lists as attendance sections and apology sentences write them.
//!
//! Everything here works on a slice `text` of the original input plus `base`, the byte
//! offset of that slice in the input, and returns spans that are absolute (`base + offset`).
//! The scanners walk the text once, left to right: a list ends at the first thing that is
//! not a name (a sentence after the names, a new "Label:", a paragraph break after a
//! comma-separated list), so a caller may hand over more text than the list itself without
//! paying for it and without the list swallowing the paragraph that follows.
//!
//! The small text helpers (word classes, sentence ends, case-insensitive search) are shared
//! with `motion` and `declaration`, which read names out of the same kind of prose.

use std::borrow::Cow;
use std::cell::RefCell;
use std::thread::LocalKey;

use crate::model::{Person, Span};
use crate::{simd, swar};

// ---------------------------------------------------------------------------------------
// Text helpers shared by the field parsers.
// ---------------------------------------------------------------------------------------

// White space and cleaning are the crate's own (`text.rs`), so names and body text fold the
// same characters; re-exported for the other field parsers.
pub(crate) use crate::text::{clean, is_space};
use crate::text::{each_word_at_rare_bytes, find_ascii_ci, occurrences_ci, SHORT_HAYSTACK};

/// [`clean`] for short text such as a name: printable ASCII with single spaces inside is
/// copied as it is, without the searches that `clean` sets up for long text.
fn clean_short(s: &str) -> String {
    clean_short_in(s, 0, s.len())
}

/// [`clean_short`] of `text[s..e]`: the test for plain text loads its chunks from `text`
/// around the range, so no short name is copied into a padded chunk.
fn clean_short_in(text: &str, s: usize, e: usize) -> String {
    if is_plain_in(text.as_bytes(), s, e) {
        text[s..e].to_owned()
    } else {
        clean(&text[s..e])
    }
}

/// [`clean_short_in`] of `text[s..e]` without its trailing full stops (a role).
fn clean_role_in(text: &str, s: usize, e: usize) -> String {
    clean_short_in(text, s, s + text[s..e].trim_end_matches('.').len())
}

/// [`is_plain`] of `b[s..e]`, sixteen bytes a step where there is a vector unit, from
/// chunks of `b` that may reach past the range (their bytes outside it masked off): a
/// range of up to sixteen bytes (most names) is one chunk, loaded from its start or, near
/// `b`'s end, ending there. A longer range is read in chunks from its start, the last
/// one ending at its end. Without a vector unit, or in a text shorter than a chunk, SWAR.
fn is_plain_in(b: &[u8], s: usize, e: usize) -> bool {
    let n = e.saturating_sub(s);
    if !simd::ENABLED || n == 0 || b.len() < 16 || e > b.len() {
        return b.get(s..e).is_some_and(is_plain);
    }
    // Unprintable bytes and spaces of the sixteen bytes from `at`, bit `k` for byte `at + k`.
    let marks = |at: usize| match b[at..].first_chunk::<16>() {
        Some(chunk) => {
            let c = simd::Chunk::load(chunk);
            (
                (c.lanes_below_or_non_ascii(b' ') | c.lanes_eq(0x7f)).mask(),
                c.eq(b' '),
            )
        }
        None => (1, 0),
    };
    if n <= 16 {
        let at = s.min(b.len() - 16);
        let (bad, spaces) = marks(at);
        let (bad, spaces) = (bad >> (s - at), spaces >> (s - at));
        // A space at either end, or after a space.
        let ends = 1 | 1 << (n - 1);
        return (bad | spaces & (spaces << 1 | ends)) & (u32::MAX >> (32 - n)) == 0;
    }
    let mut at = s;
    loop {
        // The last chunk ends at `e`, overlapping the one before.
        let at_last = at.min(e - 16);
        let (bad, spaces) = marks(at_last);
        // Bit 0 stands for the byte before the chunk: a space there, or the range's start.
        let before = u32::from(at_last == s || b[at_last - 1] == b' ');
        let last = if at_last == e - 16 { 1 << 15 } else { 0 };
        if bad != 0 || spaces & (spaces << 1 | before | last) != 0 {
            return false;
        }
        if at_last == e - 16 {
            return true;
        }
        at += 16;
    }
}

/// Whether `b` is printable ASCII with single spaces inside (and none at either end):
/// eight bytes a step, from loads that may overlap (a byte tested twice gives the same
/// answer twice). Shorter than four bytes, byte by byte.
fn is_plain(b: &[u8]) -> bool {
    let n = b.len();
    if n < 4 {
        return is_plain_by_bytes(b);
    }
    // Whether the word `x` has no unprintable byte and no space after a space; `before` has
    // the high bit of byte 0 set when the byte before it is a space, `ignore` the high bit
    // of a byte whose neighbour in `x` is not its neighbour in `b`.
    let passes = |x: u64, before: u64, ignore: u64| {
        let spaces = swar::eq(x, b' ');
        let unprintable = swar::ascii_below(x, b' ') | swar::eq(x, 0x7f) | x & swar::HIGH;
        unprintable | spaces & (spaces << 8 | before) & !ignore == 0
    };
    if b[0] == b' ' || b[n - 1] == b' ' {
        return false;
    }
    if n < 8 {
        // Bytes 0..4, then n - 4..n: byte 4 of the word follows byte 3 in `b` only when n is 8.
        return passes(swar::ends(b), 0, 0x80 << 32);
    }
    let mut at = 0;
    loop {
        // The last word ends at the end of `b`, overlapping the one before.
        let at_last = at.min(n - 8);
        let before = if at_last > 0 && b[at_last - 1] == b' ' {
            0x80
        } else {
            0
        };
        if !passes(load8(b, at_last), before, 0) {
            return false;
        }
        if at_last == n - 8 {
            return true;
        }
        at += 8;
    }
}

/// [`is_plain`] byte by byte: the rule, used for the shortest texts, and the reference in
/// the tests.
fn is_plain_by_bytes(b: &[u8]) -> bool {
    let mut prev_space = true;
    let plain = b.iter().all(|&c| {
        let ok = c.is_ascii_graphic() || (c == b' ' && !prev_space);
        prev_space = c == b' ';
        ok
    });
    plain && !prev_space
}

/// Bytes `at..at + 8` of `b` as a little-endian word.
fn load8(b: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(b[at..at + 8].try_into().unwrap_or([0; 8]))
}

/// The first char of `text` at byte `i`, if any (`None` inside a char). ASCII, most of
/// the text, is read without decoding.
pub(crate) fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => text.get(i..).and_then(|s| s.chars().next()),
        None => None,
    }
}

/// The char that ends just before byte `i`, if any (`None` when `i` is inside a char).
fn char_before(text: &str, i: usize) -> Option<char> {
    if !text.is_char_boundary(i) {
        return None;
    }
    match i.checked_sub(1).map(|j| text.as_bytes()[j]) {
        Some(b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => text[..i].chars().next_back(),
        None => None,
    }
}

/// Whether the ASCII pattern `pat` occurs at byte `i` of `text`, ignoring ASCII case.
pub(crate) fn starts_with_ci(text: &str, i: usize, pat: &str) -> bool {
    text.as_bytes()
        .get(i..i + pat.len())
        .is_some_and(|b| b.eq_ignore_ascii_case(pat.as_bytes()))
}

/// Whether byte `i` is not inside a word (start of text, or after a non-alphanumeric char).
pub(crate) fn word_boundary_before(text: &str, i: usize) -> bool {
    char_before(text, i).is_none_or(|c| !c.is_alphanumeric())
}

/// Whether byte `i` is not inside a word (end of text, or at a non-alphanumeric char).
pub(crate) fn word_boundary_at(text: &str, i: usize) -> bool {
    char_at(text, i).is_none_or(|c| !c.is_alphanumeric())
}

/// The first whole-word, ASCII-case-insensitive occurrence of `pat` in `text[from..to]`.
///
/// `pat` is ASCII, so any match starts and ends on char boundaries. Scans each byte once
/// against a fixed-length pattern: linear in `to - from`.
pub(crate) fn find_word_ci(text: &str, pat: &str, from: usize, to: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let to = to.min(bytes.len());
    if pat.is_empty() || from >= to || to - from < pat.len() {
        return None;
    }
    occurrences_ci(bytes, pat.as_bytes(), from, to)
        .find(|&i| word_boundary_before(text, i) && word_boundary_at(text, i + pat.len()))
}

/// Whether `text` contains the ASCII `pat`, ignoring ASCII case.
pub(crate) fn contains_ci(text: &str, pat: &str) -> bool {
    find_ascii_ci(text, pat).is_some()
}

/// The first byte at or after `i` that is not white space (or the end of `text`). Inlined:
/// most callers ask it at a byte that is not white space.
#[inline]
pub(crate) fn skip_space(text: &str, mut i: usize) -> usize {
    while let Some(c) = char_at(text, i).filter(|&c| is_space(c)) {
        i += c.len_utf8();
    }
    i
}

/// The largest char boundary of `text` that is `<= i`.
pub(crate) fn floor_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// `start..end` shrunk so that it neither starts nor ends with white space.
///
/// Most entries and pieces start and end with printable ASCII: that test is inlined into
/// the callers, the trimming kept out of line.
#[inline]
pub(crate) fn trim_range(text: &str, start: usize, end: usize) -> (usize, usize) {
    let solid = |b: &u8| (b'!'..=b'~').contains(b);
    match text.as_bytes().get(start..end) {
        Some([first, .., last]) if solid(first) && solid(last) => (start, end),
        Some([only]) if solid(only) => (start, end),
        // A piece after a separator and its space ("A, B"): one space to step over.
        Some([b' ', second, .., last]) if solid(second) && solid(last) => (start + 1, end),
        _ => trim_range_of(text, start, end),
    }
}

/// [`trim_range`] of a range that may start or end with white space.
#[cfg(test)]
fn trim_range_by_trim(text: &str, start: usize, end: usize) -> (usize, usize) {
    match text.get(start..end) {
        Some(s) if !s.trim_matches(is_space).is_empty() => {
            let lead = s.len() - s.trim_start_matches(is_space).len();
            (start + lead, start + s.trim_end_matches(is_space).len())
        }
        _ => (start, start),
    }
}

/// [`trim_range`] of a range that may start or end with white space.
#[inline(never)]
fn trim_range_of(text: &str, start: usize, end: usize) -> (usize, usize) {
    let Some(s) = text.get(start..end) else {
        return (start, start);
    };
    let (lead, trail) = (space_before(s), space_after(s));
    if lead >= trail {
        (start, start)
    } else {
        (start + lead, start + trail)
    }
}

/// The length of the white space `s` starts with (`s.len() - s.trim_start_matches(is_space)
/// .len()`): ASCII bytes are stepped over without decoding a char.
fn space_before(s: &str) -> usize {
    let bytes = s.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii() {
            if !matches!(b, b' ' | 9..=13) {
                break;
            }
            i += 1;
        } else {
            match s[i..].chars().next().filter(|&c| is_space(c)) {
                Some(c) => i += c.len_utf8(),
                None => break,
            }
        }
    }
    i
}

/// Where the white space `s` ends with starts (`s.trim_end_matches(is_space).len()`), read
/// backwards as [`space_before`] reads forwards.
fn space_after(s: &str) -> usize {
    let bytes = s.as_bytes();
    let mut i = bytes.len();
    while let Some(&b) = i.checked_sub(1).map(|j| &bytes[j]) {
        if b.is_ascii() {
            if !matches!(b, b' ' | 9..=13) {
                break;
            }
            i -= 1;
        } else {
            match s[..i].chars().next_back().filter(|&c| is_space(c)) {
                Some(c) => i -= c.len_utf8(),
                None => break,
            }
        }
    }
    i
}

/// The byte ranges of the words of `text[start..end]`, split at white space. An opening
/// bracket always starts a new word, so "Smith(Chair)" reads as "Smith" and "(Chair)".
///
/// Every entry of every list is split here, so ASCII bytes (nearly all of them) are
/// classified without decoding a char; other chars go through [`is_space`].
pub(crate) fn words_in(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    // Room for a name's words in one allocation.
    let mut out = Vec::with_capacity(8);
    words_into(text, start, end, &mut out);
    out
}

/// [`words_in`], appended to `out` (so a caller that splits many entries reuses one buffer).
fn words_into(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    out.extend(Words::new(text, start, end));
}

/// How [`Words`] treats an ASCII byte: part of a word, white space, or an opening bracket.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ByteClass {
    Word,
    Space,
    Bracket,
    /// Not ASCII: the char it starts is decoded.
    Other,
}

const BYTE_CLASS: [ByteClass; 256] = {
    let mut class = [ByteClass::Word; 256];
    let mut b = 0;
    while b < 256 {
        class[b] = match b as u8 {
            // `is_space` on ASCII: exactly the bytes 9..=13 and the space.
            b' ' | 9..=13 => ByteClass::Space,
            b'(' | b'[' => ByteClass::Bracket,
            0x80..=0xff => ByteClass::Other,
            _ => ByteClass::Word,
        };
        b += 1;
    }
    class
};

/// Where the run of printable ASCII bytes other than an opening bracket (bytes that only
/// extend a word) that goes on at `i` ends, or `end`, by [`simd_run_end`]. Without a vector
/// unit (or in a text shorter than a chunk) the run is not looked for: `i`.
#[inline(always)]
fn word_run_end(b: &[u8], i: usize, end: usize) -> usize {
    simd_run_end(b, i, end, |c| {
        (c.lanes_below_or_non_ascii(b'!') | c.lanes_eq(b'(') | c.lanes_eq(b'[')).mask()
    })
    .unwrap_or(i)
}

/// Where the run that goes on at `i` ends: at the first byte `stops` marks (bit `k` for byte
/// `k` of a sixteen-byte chunk), or at `end`. Sixteen bytes of `b` a step, each chunk loaded
/// from `i` or, near `b`'s end, the chunk that ends there (its bytes before `i` shifted out).
/// `None` without a vector unit or in a text shorter than a chunk.
#[inline(always)]
fn simd_run_end(
    b: &[u8],
    mut i: usize,
    end: usize,
    stops: impl Fn(simd::Chunk) -> u32,
) -> Option<usize> {
    if !simd::ENABLED || b.len() < 16 {
        return None;
    }
    while i < end {
        let at = i.min(b.len() - 16);
        let Some(chunk) = b[at..].first_chunk::<16>() else {
            return Some(i);
        };
        let found = stops(simd::Chunk::load(chunk)) >> (i - at);
        if found != 0 {
            return Some(end.min(i + found.trailing_zeros() as usize));
        }
        i = at + 16;
    }
    Some(end)
}

/// The words of [`words_in`], one at a time: a caller that may stop at the first word it
/// does not want (a job title in [`as_plain_name`]) splits no further.
struct Words<'a> {
    text: &'a str,
    i: usize,
    end: usize,
}

impl<'a> Words<'a> {
    fn new(text: &'a str, start: usize, end: usize) -> Self {
        // A range that is not one of `text`'s has no words.
        let i = if text.get(start..end).is_some() {
            start
        } else {
            end
        };
        Words { text, i, end }
    }
}

impl Iterator for Words<'_> {
    type Item = (usize, usize);

    #[inline(always)]
    fn next(&mut self) -> Option<(usize, usize)> {
        let (text, end) = (self.text, self.end);
        let bytes = text.as_bytes();
        // The class and length of the char at `i` (decoded only when it is not ASCII).
        let class_at = |i: usize| match BYTE_CLASS[usize::from(bytes[i])] {
            ByteClass::Other => {
                let c = text[i..].chars().next().unwrap_or(' ');
                let class = if is_space(c) {
                    ByteClass::Space
                } else {
                    ByteClass::Word
                };
                (class, c.len_utf8())
            }
            class => (class, 1),
        };
        // White space up to the word.
        let mut i = self.i;
        let ws = loop {
            if i >= end {
                self.i = end;
                return None;
            }
            match class_at(i) {
                (ByteClass::Space, len) => i += len,
                // Any other char starts the word, an opening bracket included.
                (_, len) => {
                    let ws = i;
                    i += len;
                    break ws;
                }
            }
        };
        loop {
            // Printable ASCII, most of a word, sixteen bytes a step; then the bytes that
            // test stops at, which may still be the word's, one at a time.
            i = word_run_end(bytes, i, end);
            while i < end && BYTE_CLASS[usize::from(bytes[i])] == ByteClass::Word {
                i += 1;
            }
            if i >= end {
                self.i = end;
                return Some((ws, end));
            }
            match class_at(i) {
                (ByteClass::Space, len) => {
                    self.i = i + len;
                    return Some((ws, i));
                }
                // An opening bracket starts the next word.
                (ByteClass::Bracket, _) => {
                    self.i = i;
                    return Some((ws, i));
                }
                (_, len) => i += len,
            }
        }
    }
}

/// A word's lookup key: `w` without the dots and brackets around it ("Cllr." -> "Cllr"),
/// compared ASCII-case-insensitively. Built for every word of every name, so an ASCII word
/// is borrowed as it is; any other is lower-cased (Unicode) as the comparison requires.
enum Key<'a> {
    Ascii(&'a str),
    Lowered(String),
}

impl Key<'_> {
    fn as_str(&self) -> &str {
        match self {
            Key::Ascii(s) => s,
            Key::Lowered(s) => s,
        }
    }

    /// Whether the key is `word` (lower-case ASCII).
    fn is(&self, word: &str) -> bool {
        self.as_str().eq_ignore_ascii_case(word)
    }
}

/// The bytes [`key`] trims from both ends of a word.
const fn is_key_trim(b: u8) -> bool {
    matches!(b, b'.' | b'(' | b')' | b'[' | b']' | b',' | b';' | b':')
}

/// What [`key`], `class_of` and [`is_honorific_key`] would each scan a word for, found
/// in one pass over its bytes by [`word_flags`]: most words are plain ASCII letters, and
/// their key, class and lists follow without another look at them.
mod flag {
    /// A byte that is not ASCII.
    pub const NON_ASCII: u8 = 1;
    /// A byte [`super::key`] may trim: '.', a bracket, ',', ';' or ':'.
    pub const TRIM: u8 = 2;
    /// A digit, a bracket, '/' or '@': no ASCII name has one.
    pub const BAD: u8 = 4;
    /// A hyphen: the word may be honorifics or job words joined ("Vice-Chairman").
    pub const HYPHEN: u8 = 8;
    /// A '/' ("Services/CFO").
    pub const SLASH: u8 = 16;
}

/// The [`flag`]s of each byte.
const WORD_FLAGS: [u8; 256] = {
    let mut flags = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        let mut f = 0;
        if c >= 0x80 {
            f |= flag::NON_ASCII;
        }
        if is_key_trim(c) {
            f |= flag::TRIM;
        }
        if c.is_ascii_digit() || matches!(c, b'(' | b')' | b'[' | b']' | b'/' | b'@') {
            f |= flag::BAD;
        }
        if c == b'-' {
            f |= flag::HYPHEN;
        }
        if c == b'/' {
            f |= flag::SLASH;
        }
        flags[b] = f;
        b += 1;
    }
    flags
};

/// The [`flag`]s of the word `w`: those of its bytes, together. A word of four to sixteen
/// ASCII letters (most words of a name) has none: two loads that may overlap tell, without
/// a look-up a byte.
fn word_flags(w: &str) -> u8 {
    let b = w.as_bytes();
    let n = b.len();
    let letters = match n {
        4..=7 => swar::ascii_letters(swar::ends(b)) == swar::HIGH,
        8..=16 => {
            swar::ascii_letters(load8(b, 0)) & swar::ascii_letters(load8(b, n - 8)) == swar::HIGH
        }
        _ => false,
    };
    if letters {
        0
    } else {
        word_flags_by_bytes(b)
    }
}

/// [`word_flags`] byte by byte: the rule, and the reference in the tests.
fn word_flags_by_bytes(b: &[u8]) -> u8 {
    b.iter().fold(0, |f, &c| f | WORD_FLAGS[usize::from(c)])
}

/// [`key`] of a word whose [`word_flags`] are `flags`: a plain ASCII word is its own key.
fn key_with(w: &str, flags: u8) -> Key<'_> {
    if flags & (flag::NON_ASCII | flag::TRIM) == 0 {
        Key::Ascii(w)
    } else {
        key(w)
    }
}

fn key(w: &str) -> Key<'_> {
    // The chars trimmed are ASCII, so trimming bytes keeps char boundaries.
    let trim = is_key_trim;
    let b = w.as_bytes();
    let (mut s, mut e) = (0, b.len());
    while s < e && trim(b[s]) {
        s += 1;
    }
    while e > s && trim(b[e - 1]) {
        e -= 1;
    }
    let t = &w[s..e];
    if t.is_ascii() {
        Key::Ascii(t)
    } else {
        Key::Lowered(t.to_lowercase())
    }
}

/// A word of single letters each followed by a dot ("Z.", "H.A.L.", "a.m."), or a lone
/// capital ("R" in "R A Williams").
fn is_initials(w: &str) -> bool {
    // ASCII words (nearly all) are checked as bytes; the char loop below agrees on them.
    let b = w.as_bytes();
    if b.is_ascii() {
        return ascii_initials(b);
    }
    initials_by_chars(w)
}

/// [`is_initials`] read char by char: the rule for any word, and the reference the ASCII
/// path is tested against.
fn initials_by_chars(w: &str) -> bool {
    let mut chars = w.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => return c.is_uppercase(),
        (Some(c), Some('.')) if chars.as_str().is_empty() => return c.is_uppercase(),
        _ => {}
    }
    let mut groups = 0;
    let mut expect_letter = true;
    for c in w.chars() {
        if expect_letter {
            if !c.is_alphabetic() {
                return false;
            }
            groups += 1;
        } else if c != '.' {
            return false;
        }
        expect_letter = !expect_letter;
    }
    expect_letter && groups >= 2
}

/// [`is_initials`] for an ASCII word.
fn ascii_initials(b: &[u8]) -> bool {
    match b {
        [c] | [c, b'.'] => c.is_ascii_uppercase(),
        _ => {
            b.len() >= 4
                && b.len() % 2 == 0
                && b.chunks_exact(2)
                    .all(|p| p[0].is_ascii_alphabetic() && p[1] == b'.')
        }
    }
}

/// Words that end in a dot without ending the sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "cllr", "cllrs", "cr", "st", "hon", "rt", "rev", "revd", "prof", "no",
    "nos", "jr", "sr", "approx", "vs", "cf", "esq", "gen", "col", "capt", "sgt", "insp", "supt",
    "det", "cdr", "mx",
];

/// Whether a word ending in "." is an abbreviation or an initial rather than a sentence end.
/// Inlined where it is asked (at every full stop of a list or a sentence split): most words
/// are letters and a full stop, answered by [`letters_abbreviation`]; the rest out of line.
#[inline(always)]
pub(crate) fn is_abbreviation(word: &str) -> bool {
    match letters_abbreviation(word.as_bytes()) {
        Some(known) => known,
        None => other_abbreviation(word),
    }
}

/// [`is_abbreviation`] of a word that is not ASCII letters and a full stop.
#[inline(never)]
fn other_abbreviation(word: &str) -> bool {
    // Only a word that starts with one of the opening marks (whose bytes are ASCII or 0xE2)
    // is trimmed: most start with a letter.
    let w = match word.as_bytes().first() {
        Some(b'(' | b'[' | b'"' | b'\'' | 0xe2) => {
            word.trim_start_matches(['(', '[', '"', '\'', '‘', '“'])
        }
        _ => word,
    };
    if !w.is_ascii() {
        return initials_by_chars(w) || on_list(key(w).as_str(), list::ABBREVIATION);
    }
    if ascii_initials(w.as_bytes()) {
        return true;
    }
    // The key of an ASCII word is the word without the bytes `key` trims; a key longer than
    // every abbreviation (most names) is not looked up.
    let b = w.as_bytes();
    let s = b.iter().position(|&c| !is_key_trim(c)).unwrap_or(b.len());
    let e = b
        .iter()
        .rposition(|&c| !is_key_trim(c))
        .map_or(s, |e| e + 1);
    e - s <= MAX_ABBREVIATION_LEN && on_list(&w[s..e], list::ABBREVIATION)
}

/// [`is_abbreviation`] of a word that is one to sixteen ASCII letters and a full stop
/// ("Cllr.", "S.", "Smith.", "meeting.": most words asked about), or `None` for any other:
/// such a word is its key and the full stop, and an initial only when it is one capital.
/// Looked up without trimming the word or testing it for ASCII again.
#[inline]
fn letters_abbreviation(word: &[u8]) -> Option<bool> {
    let (&b'.', key) = word.split_last()? else {
        return None;
    };
    let n = key.len();
    let words = key_words(key);
    let letters = match n {
        1..=3 => key.iter().all(u8::is_ascii_alphabetic),
        4..=MAX_KEY_WORDS_LEN => {
            swar::ascii_letters(words.0) & swar::ascii_letters(words.1) == swar::HIGH
        }
        _ => false,
    };
    if !letters {
        return None;
    }
    let initial = n == 1 && key[0].is_ascii_uppercase();
    let listed =
        n <= MAX_ABBREVIATION_LEN && LEXICON.lists_by_words(words, n) & list::ABBREVIATION != 0;
    Some(initial || listed)
}

/// The length of the longest of [`ABBREVIATIONS`].
const MAX_ABBREVIATION_LEN: usize = {
    let mut max = 0;
    let mut i = 0;
    while i < ABBREVIATIONS.len() {
        if ABBREVIATIONS[i].len() > max {
            max = ABBREVIATIONS[i].len();
        }
        i += 1;
    }
    max
};

/// The sentences of `text` as byte ranges (relative to `text`), each trimmed and including
/// its final punctuation. A sentence ends at ".", "!" or "?" followed by white space (not
/// after an abbreviation or initial, and not inside brackets) or at a blank line.
pub(crate) fn sentences(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    each_sentence(text, |s, e| {
        out.push((s, e));
        true
    });
    out
}

/// The first of [`sentences`], found without splitting the rest of `text`.
fn first_sentence(text: &str) -> Option<(usize, usize)> {
    let mut first = None;
    each_sentence(text, |s, e| {
        first = Some((s, e));
        false
    });
    first
}

/// The bytes [`each_sentence`] stops at: sentence ends, brackets and line breaks. Any
/// other byte only extends a word or separates two, which the scan works out backwards on
/// the rare occasions it needs to know (a word that may be an abbreviation).
const SENTENCE_STOPS: [bool; 256] = {
    let mut stops = [false; 256];
    let bytes = b".!?()[]\n";
    let mut i = 0;
    while i < bytes.len() {
        stops[bytes[i] as usize] = true;
        i += 1;
    }
    stops
};

/// Calls `f` with each sentence of [`sentences`] in order, until it returns `false`.
///
/// Jumps from one byte of [`SENTENCE_STOPS`] to the next (see [`each_stop`]): a line
/// break after a line of nothing but white space is a blank line, and the word before a
/// full stop starts after the last white space before it.
fn each_sentence(text: &str, mut f: impl FnMut(usize, usize) -> bool) {
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut depth = 0u32;
    let mut last_newline: Option<usize> = None;
    // Whether to go on after the sentence `s..e` (skipped when it is only white space).
    let mut push = |s: usize, e: usize| {
        let (s, e) = trim_range(text, s, e);
        s >= e || f(s, e)
    };
    let went_on = each_stop(bytes, |i| {
        match bytes[i] {
            b'\n' => {
                let blank = last_newline.is_some_and(|p| text[p + 1..i].chars().all(is_space));
                if blank {
                    // A blank line: a paragraph break ends the sentence and any open bracket.
                    if !push(start, i) {
                        return false;
                    }
                    start = i;
                    depth = 0;
                }
                last_newline = Some(i);
            }
            b'(' | b'[' => depth = depth.saturating_add(1),
            b')' | b']' => depth = depth.saturating_sub(1),
            // '.', '!' or '?'.
            b if depth == 0 => {
                let next_is_space = char_at(text, i + 1).is_none_or(is_space);
                if next_is_space
                    && (b != b'.' || !is_abbreviation(&text[word_start_before(text, i)..i + 1]))
                {
                    if !push(start, i + 1) {
                        return false;
                    }
                    start = i + 1;
                }
            }
            _ => {}
        }
        true
    });
    if went_on {
        push(start, text.len());
    }
}

/// Calls `f` with the offset of each byte of `bytes` in [`SENTENCE_STOPS`], in order, until
/// it returns `false`; returns whether it never did. Sixteen bytes are tested at a time
/// where there is a vector unit.
fn each_stop(bytes: &[u8], f: impl FnMut(usize) -> bool) -> bool {
    if simd::ENABLED {
        let test = |c: simd::Chunk| {
            c.eq(b'.')
                | c.eq(b'!')
                | c.eq(b'?')
                | c.eq(b'(')
                | c.eq(b')')
                | c.eq(b'[')
                | c.eq(b']')
                | c.eq(b'\n')
        };
        simd::Positions::new(bytes, test).all(f)
    } else {
        (0..bytes.len())
            .filter(|&i| SENTENCE_STOPS[usize::from(bytes[i])])
            .all(f)
    }
}

/// Where the word that runs up to byte `i` starts: after the last white space before it.
/// ASCII bytes, nearly all, are stepped over without decoding a char. Inlined into the
/// sentence split, its one caller in a loop.
#[inline(always)]
fn word_start_before(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    while let Some(&b) = i.checked_sub(1).map(|j| &bytes[j]) {
        if b.is_ascii() {
            if is_space(char::from(b)) {
                break;
            }
            i -= 1;
        } else {
            match char_before(text, i).filter(|&c| !is_space(c)) {
                Some(c) => i -= c.len_utf8(),
                None => break,
            }
        }
    }
    i
}

// ---------------------------------------------------------------------------------------
// Word classes.
// ---------------------------------------------------------------------------------------

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
const DANGLING: &[&str] = &[
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
mod list {
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
    /// Every title bit: a word without one starts no title.
    pub const TITLE: u16 =
        COUNCILLOR | COUNCILLORS | COUNCILMEMBER | COUNCILMEMBERS | COUNCIL | MEMBER | MEMBERS;
}

/// The words of the titles [`match_title`] reads, each with its [`list`] bit.
const TITLES: [(&[&str], u16); 7] = [
    (&["councillor", "cllr", "cr", "councilor"], list::COUNCILLOR),
    (
        &["councillors", "cllrs", "crs", "councilors"],
        list::COUNCILLORS,
    ),
    (&["councilmember"], list::COUNCILMEMBER),
    (&["councilmembers"], list::COUNCILMEMBERS),
    (&["council"], list::COUNCIL),
    (&["member"], list::MEMBER),
    (&["members"], list::MEMBERS),
];

/// Slots of the lexicon's hash table: a power of two, about four times its words.
const LEXICON_SLOTS: usize = 1024;

/// Every word of the word lists, with the lists it is on: an open-addressing hash table,
/// so that looking a word up costs one hash and a compare instead of a scan of each list
/// (every word of every name is looked up). Built at compile time.
///
/// A slot holds its word as [`key_words`] gives it, so a key is compared with a slot's word
/// in two word compares, in any ASCII case, whatever its length.
struct Lexicon {
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
const MAX_KEY_WORDS_LEN: usize = 16;

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
const fn key_words(k: &[u8]) -> (u64, u64) {
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
        let lists: [(&[&'static str], u16); 15] = [
            TITLES[0],
            TITLES[1],
            TITLES[2],
            TITLES[3],
            TITLES[4],
            TITLES[5],
            TITLES[6],
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
    fn lists_by_words(&self, words: (u64, u64), n: usize) -> u16 {
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

static LEXICON: Lexicon = Lexicon::build();

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
fn lists_of(k: &str) -> u16 {
    LEXICON.lists(k)
}

/// Whether the key `k` is on the list `bit`.
fn on_list(k: &str, bit: u16) -> bool {
    lists_of(k) & bit != 0
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum WordClass {
    Name,
    Initial,
    Particle,
    Stop,
}

/// The class of the word `w`. Inlined: its callers (a clause's words, a name's last words)
/// ask it in loops, where the call cost a third of its look-up.
#[inline]
fn classify(w: &str) -> WordClass {
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
fn class_in(text: &str, s: usize, e: usize, lists: u16, flags: u8) -> WordClass {
    if flags & flag::NON_ASCII == 0 {
        return ascii_class(&text.as_bytes()[s..e], lists, flags & flag::BAD != 0);
    }
    class_of_other(&text[s..e], lists)
}

/// [`class_with`] for a word with a byte that is not ASCII.
#[inline(never)]
fn class_of_other(w: &str, lists: u16) -> WordClass {
    if is_initials(w) && !w.contains(['(', ')']) {
        return WordClass::Initial;
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
struct Facts {
    flags: u8,
    lists: u16,
}

impl Facts {
    /// Inlined: it is asked once for each word of a name, where its call would cost a
    /// tenth of it.
    #[inline(always)]
    fn of(w: &str) -> Facts {
        Facts::of_in(w, 0, w.len())
    }

    /// [`Facts::of`] the word `text[s..e]` (`s` and `e` at char boundaries): a word of four
    /// to sixteen ASCII letters is read as bytes, without the char-boundary tests of a
    /// `str` slice; only other words are sliced.
    #[inline(always)]
    fn of_in(text: &str, s: usize, e: usize) -> Facts {
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
    fn known_or_of(known: &[Facts], text: &str, words: &[(usize, usize)], i: usize) -> Facts {
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
    fn may_hold_chair_in(self, text: &str, s: usize, e: usize) -> bool {
        (self.lists & list::HONORIFIC != 0 || self.flags & (flag::HYPHEN | flag::NON_ASCII) != 0)
            && says_chair(&text[s..e])
    }

    /// [`is_honorific`] of the word `text[s..e]` these are the facts of: its key is built
    /// (and the word sliced) only for a hyphenated word that is on no honorific list itself.
    /// Inlined: it is asked for each word of a name, most of them answered by one bit.
    #[inline(always)]
    fn is_honorific_in(self, text: &str, s: usize, e: usize) -> bool {
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
fn is_honorific(w: &str) -> bool {
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
fn match_title(
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
fn title_at(
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
        let &(s, e) = words.get(i + 1)?;
        let next = Facts::of(&text[s..e]).lists;
        if next & list::MEMBER != 0 {
            Some(("Council Member", false, 2))
        } else if next & list::MEMBERS != 0 {
            Some(("Council Member", true, 2))
        } else {
            None
        }
    } else {
        None
    }
}

/// [`match_title`] as it was first written, word by word: the reference in the tests.
#[cfg(test)]
fn match_title_by_words(
    text: &str,
    words: &[(usize, usize)],
    i: usize,
) -> Option<(&'static str, bool, usize)> {
    let &(s, e) = words.get(i)?;
    // Every title starts with "c": other words are turned away before their key is built.
    // The key's first byte is the word's first that is not trimmed (a non-ASCII char
    // lower-cases to no "c").
    let first = text.as_bytes()[s..e].iter().find(|&&b| !is_key_trim(b));
    if !first.is_some_and(|b| b.eq_ignore_ascii_case(&b'c')) {
        return None;
    }
    let w = |j: usize| words.get(j).map(|&(s, e)| key(&text[s..e]));
    let k = w(i)?;
    let is_any = |words: &[&str]| words.iter().any(|&t| k.is(t));
    if is_any(&["councillor", "cllr", "cr", "councilor"]) {
        Some(("Councillor", false, 1))
    } else if is_any(&["councillors", "cllrs", "crs", "councilors"]) {
        Some(("Councillor", true, 1))
    } else if k.is("councilmember") {
        Some(("Council Member", false, 1))
    } else if k.is("councilmembers") {
        Some(("Council Member", true, 1))
    } else if k.is("council") {
        match w(i + 1) {
            Some(next) if next.is("member") => Some(("Council Member", false, 2)),
            Some(next) if next.is("members") => Some(("Council Member", true, 2)),
            _ => None,
        }
    } else {
        None
    }
}

/// The bytes a [`chair_role`] may have: the letters of its words in either case, ASCII
/// white space, '-' and '.', and any byte of a non-ASCII char (a dash, or white space).
const CHAIR_ROLE_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let words: [&str; 8] = [
        "in",
        "the",
        "vice",
        "deputy",
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
fn chair_role(s: &str) -> Option<&'static str> {
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
fn chair_prefix(text: &str, words: &[(usize, usize)]) -> Option<(&'static str, usize)> {
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
fn skip_bullets(text: &str, start: usize, end: usize) -> usize {
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

// ---------------------------------------------------------------------------------------
// Splitting a list into entries.
// ---------------------------------------------------------------------------------------

/// What ended a list entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum End {
    Comma,
    Semicolon,
    /// "and" or "&": the next entry is the last of an inline list.
    Conj,
    Newline,
    /// A paragraph break after an inline (comma-separated) list: the list is over.
    Blank,
    /// The entry ends in ":" ("Councillors:", "In attendance:").
    Label,
    /// A full stop that is not an initial: the list is over.
    Sentence,
    Eof,
}

impl End {
    fn ends_list(self) -> bool {
        matches!(self, End::Blank | End::Sentence | End::Eof)
    }
}

#[derive(Debug, Clone, Copy)]
struct Entry {
    start: usize,
    end: usize,
    end_kind: End,
}

/// The ASCII letters and digits, by byte: the bytes that only extend a word.
const ASCII_ALNUM: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// The end of the run of ASCII letters and digits that goes on at `i`: by [`simd_run_end`]
/// where there is a vector unit (a name's word is most often one step); without one (or in a
/// text shorter than a chunk), one by one.
fn alnum_run_end(bytes: &[u8], mut i: usize) -> usize {
    let others = |c: simd::Chunk| !(c.ascii_letters() | c.ascii_between(b'0', b'9')) & 0xffff;
    if let Some(end) = simd_run_end(bytes, i, bytes.len(), others) {
        return end;
    }
    while i < bytes.len() && ASCII_ALNUM[usize::from(bytes[i])] {
        i += 1;
    }
    i
}

/// Splits a name list into entries in one left-to-right pass. Separators inside brackets
/// do not count ("Richard Watts (members of the Committee)").
///
/// The scan passes over every byte of an entry, so it also splits the entry into words
/// as [`words_in`] does (at white space, and before an opening bracket): `words` holds
/// those of the last entry returned, for [`Splitter::entry_words`].
struct Splitter<'a> {
    text: &'a str,
    pos: usize,
    done: bool,
    inline_seen: bool,
    words: Vec<(usize, usize)>,
    /// Whether a run of letters and digits of the last entry returned starts with "chair"
    /// (any case), as every word of a chair role does (see [`chair_role`]): without one the
    /// entry holds no chair role, and it need not be searched for "chair".
    chair: bool,
    /// Whether the last entry returned has a char that may start its remarks (a bracket or
    /// a dash): without one, no word of it does (see [`starts_remarks`]), and its name runs
    /// to its last word.
    remarks: bool,
}

impl<'a> Splitter<'a> {
    #[cfg(test)]
    fn new(text: &'a str) -> Self {
        Self::with_words(text, Vec::new())
    }

    /// A splitter of `text` that keeps the words of its entries in `words` (cleared).
    fn with_words(text: &'a str, mut words: Vec<(usize, usize)>) -> Self {
        words.clear();
        // Room for a name's words in one allocation.
        words.reserve(8);
        Splitter {
            text,
            pos: 0,
            done: false,
            inline_seen: false,
            words,
            chair: false,
            remarks: false,
        }
    }

    /// Where the first word of the last entry returned starts and its last word ends: the
    /// entry without the white space around it (as `trim_range` gives it), if it has a word.
    fn bounds(&self) -> Option<(usize, usize)> {
        Some((self.words.first()?.0, self.words.last()?.1))
    }

    /// The words of `text[s..e]` (`words_in(text, s, e)`), where `s..e` lies within the
    /// last entry returned and starts and ends outside its words or at a char boundary
    /// past a bullet: that entry's words, clipped, appended to `out`.
    fn entry_words(&self, s: usize, e: usize, out: &mut Vec<(usize, usize)>) {
        out.extend(
            self.words
                .iter()
                .filter(|&&(_, we)| we > s)
                .map(|&(ws, we)| (ws.max(s), we.min(e)))
                .filter(|&(ws, we)| ws < we),
        );
    }

    /// [`Splitter::entry_words`], borrowed: when `s..e` is the whole entry (no bullet
    /// skipped: most entries) the splitter's own words, without a copy; otherwise those
    /// words clipped into `clipped` (cleared first).
    fn words_of<'s>(
        &'s self,
        s: usize,
        e: usize,
        clipped: &'s mut Vec<(usize, usize)>,
    ) -> &'s [(usize, usize)] {
        if self.bounds() == Some((s, e)) {
            return &self.words;
        }
        clipped.clear();
        self.entry_words(s, e, clipped);
        clipped
    }

    /// Whether a word (its bytes) is "and" or "&": asked at every word's end, where slicing
    /// the text would test both ends for char boundaries.
    #[inline]
    fn is_conj(w: &[u8]) -> bool {
        w == b"&" || w.eq_ignore_ascii_case(b"and")
    }

    fn is_dangling(w: &str) -> bool {
        let Facts { flags, lists } = Facts::of(w);
        lists & (list::DANGLING | list::PARTICLE) != 0
            || if flags & flag::NON_ASCII == 0 {
                ascii_initials(w.as_bytes())
            } else {
                initials_by_chars(w)
            }
    }
}

impl Iterator for Splitter<'_> {
    type Item = Entry;

    fn next(&mut self) -> Option<Entry> {
        if self.done {
            return None;
        }
        self.words.clear();
        self.chair = false;
        self.remarks = false;
        let t = self.text;
        let start = self.pos;
        let mut depth = 0u32;
        let mut word_start: Option<usize> = None;
        let mut last_word: Option<(usize, usize)> = None;
        // Where the current word of `words` started: a word of `word_start` split before
        // each opening bracket.
        let mut piece: Option<usize> = None;
        let bytes = t.as_bytes();
        let mut i = start;
        // The spaces before the first word (", " ends most entries) only move on, as their
        // turns of the loop below would.
        while bytes.get(i) == Some(&b' ') {
            i += 1;
        }
        while let Some(&b) = bytes.get(i) {
            // Letters and digits, most of the text, only extend the word they are in: a
            // table look-up a byte.
            if ASCII_ALNUM[usize::from(b)] {
                word_start.get_or_insert(i);
                piece.get_or_insert(i);
                let mut run = i;
                loop {
                    if bytes[run] | 0x20 == b'c' && starts_with_ci(t, run + 1, "hair") {
                        self.chair = true;
                    }
                    i = alnum_run_end(bytes, run + 1);
                    // One space and another run (most of a list): the word ends there and
                    // the next starts, as the space's turn of the loop would have it.
                    if !(bytes.get(i) == Some(&b' ')
                        && bytes
                            .get(i + 1)
                            .is_some_and(|&c| ASCII_ALNUM[usize::from(c)]))
                    {
                        // A comma outside brackets (most entries end so) ends the entry,
                        // as its turn of the loop would end it.
                        if depth == 0 && bytes.get(i) == Some(&b',') {
                            self.pos = i + 1;
                            self.inline_seen = true;
                            if let Some(ps) = piece.filter(|&ps| ps < i) {
                                self.words.push((ps, i));
                            }
                            return Some(Entry {
                                start,
                                end: i,
                                end_kind: End::Comma,
                            });
                        }
                        break;
                    }
                    let ws = word_start.unwrap_or(run);
                    if depth == 0 && Self::is_conj(&bytes[ws..i]) {
                        self.pos = i;
                        self.inline_seen = true;
                        return Some(Entry {
                            start,
                            end: ws,
                            end_kind: End::Conj,
                        });
                    }
                    last_word = Some((ws, i));
                    if let Some(ps) = piece {
                        self.words.push((ps, i));
                    }
                    run = i + 1;
                    word_start = Some(run);
                    piece = Some(run);
                }
                continue;
            }
            // `i` is always at a char boundary: ASCII is read without decoding, and is white
            // space exactly at the bytes 9..=13 and the space (as in `BYTE_CLASS`).
            let (c, len, space) = if b.is_ascii() {
                (char::from(b), 1, matches!(b, b' ' | 9..=13))
            } else {
                let c = t[i..].chars().next().unwrap_or(' ');
                (c, c.len_utf8(), is_space(c))
            };
            if space {
                if let Some(ws) = word_start.take() {
                    if depth == 0 && Self::is_conj(&bytes[ws..i]) {
                        self.pos = i;
                        self.inline_seen = true;
                        return Some(Entry {
                            start,
                            end: ws,
                            end_kind: End::Conj,
                        });
                    }
                    last_word = Some((ws, i));
                }
                if let Some(ps) = piece.take() {
                    self.words.push((ps, i));
                }
                if c != '\n' {
                    i += len;
                    continue;
                }
                // Look past the line break: how many newlines, and what comes next. ASCII
                // white space is the bytes 9..=13 and the space (as in `BYTE_CLASS`).
                let mut j = i;
                let mut newlines = 0;
                while let Some(&d) = bytes.get(j) {
                    if d.is_ascii() {
                        if !matches!(d, b' ' | 9..=13) {
                            break;
                        }
                        newlines += usize::from(d == b'\n');
                        j += 1;
                    } else {
                        match t[j..].chars().next().filter(|&d| is_space(d)) {
                            Some(d) => j += d.len_utf8(),
                            None => break,
                        }
                    }
                }
                let blank = newlines >= 2;
                if blank {
                    depth = 0;
                } else if depth > 0 {
                    i = j;
                    continue;
                }
                if blank && self.inline_seen && last_word.is_some() {
                    self.done = true;
                    return Some(Entry {
                        start,
                        end: i,
                        end_kind: End::Blank,
                    });
                }
                // The next line's first letter first: it costs no word look-up.
                let next_lower = char_at(t, j).is_some_and(char::is_lowercase);
                if next_lower || last_word.is_none_or(|(s, e)| Self::is_dangling(&t[s..e])) {
                    i = j;
                    continue;
                }
                self.pos = j;
                return Some(Entry {
                    start,
                    end: i,
                    end_kind: End::Newline,
                });
            }
            let ws = *word_start.get_or_insert(i);
            // Looked at only after the few chars that may end an entry.
            let next_is_space = || char_at(t, i + len).is_none_or(is_space);
            let end_kind = match c {
                '(' | '[' => {
                    self.remarks = true;
                    depth = depth.saturating_add(1);
                    if let Some(ps) = piece.replace(i).filter(|&ps| ps < i) {
                        self.words.push((ps, i));
                    }
                    None
                }
                ')' | ']' => {
                    depth = depth.saturating_sub(1);
                    None
                }
                '-' | '–' | '—' => {
                    self.remarks = true;
                    None
                }
                ',' | ';' if depth == 0 => {
                    self.pos = i + len;
                    self.inline_seen = true;
                    Some(if c == ',' { End::Comma } else { End::Semicolon })
                }
                ':' if depth == 0 && next_is_space() => {
                    self.pos = i + len;
                    Some(End::Label)
                }
                '.' | '!' | '?'
                    if depth == 0
                        && next_is_space()
                        && (c != '.' || !is_abbreviation(&t[ws..i + len])) =>
                {
                    self.done = true;
                    Some(End::Sentence)
                }
                _ => None,
            };
            if let Some(end_kind) = end_kind {
                if let Some(ps) = piece.filter(|&ps| ps < i) {
                    self.words.push((ps, i));
                }
                return Some(Entry {
                    start,
                    end: i,
                    end_kind,
                });
            }
            piece.get_or_insert(i);
            i += len;
        }
        self.done = true;
        let end = match word_start {
            Some(ws) if Self::is_conj(&bytes[ws..]) => ws,
            _ => {
                if let Some(ps) = piece {
                    self.words.push((ps, t.len()));
                }
                t.len()
            }
        };
        Some(Entry {
            start,
            end,
            end_kind: End::Eof,
        })
    }
}

// ---------------------------------------------------------------------------------------
// Reading one person.
// ---------------------------------------------------------------------------------------

/// What the list has said so far that applies to the next entry.
#[derive(Debug, Clone, Copy, Default)]
struct Context {
    /// From a plural title ("Councillors Cooksey, Bacon"): applies until another one.
    title: Option<&'static str>,
    /// From a "Chairman:" label: applies to the next person only.
    role: Option<&'static str>,
    /// The name is read inside an office's brackets ("The Mayor (Councillor X)"): no
    /// office is looked for in it (one level only, so the depth never depends on the input).
    in_office: bool,
}

/// Where [`read_person_at`] puts the person it reads: the list being read (a list's
/// people are written into it where they stay, not built apart and moved in twice), or a
/// slot for one person.
trait Sink {
    fn put(&mut self, person: Person);
    /// The person put last.
    fn last_put(&mut self) -> Option<&mut Person>;
    /// Takes back the person put last.
    fn take_back(&mut self);
}

impl Sink for Vec<Person> {
    #[inline]
    fn put(&mut self, person: Person) {
        reserve_list_room(self);
        self.push(person);
    }

    fn last_put(&mut self) -> Option<&mut Person> {
        self.last_mut()
    }

    fn take_back(&mut self) {
        self.pop();
    }
}

impl Sink for Option<Person> {
    #[inline]
    fn put(&mut self, person: Person) {
        *self = Some(person);
    }

    fn last_put(&mut self) -> Option<&mut Person> {
        self.as_mut()
    }

    fn take_back(&mut self) {
        *self = None;
    }
}

/// One person read from an entry (the person itself goes to a [`Sink`]).
#[derive(Debug)]
struct Read {
    /// Whether a person was put.
    found: bool,
    /// Another name starts at this word of the entry ("Mr Ridgers Mr Simmonds").
    next: Option<usize>,
    /// The entry went on with words that are not a name: the list is over.
    truncated: bool,
    /// The entry began with a plural title.
    plural_title: Option<&'static str>,
}

/// Cap on the words of a name that are neither initials nor honorifics.
const MAX_CORE_WORDS: usize = 5;

/// The words of one entry, split once: every person read from the entry indexes into
/// them, so an entry with many names ("Mr Ridgers Mr Simmonds ...") is still read in one
/// pass. They are borrowed from whoever split them (most often the splitter of a list).
struct EntryWords<'w> {
    words: &'w [(usize, usize)],
    /// The first word of the remarks (a bracket or a dash), or `words.len()`.
    name_end: usize,
    /// The entry's end (relative to `text`).
    end: usize,
    /// Whether the entry may hold a chair role: false only when it has none, so an entry
    /// without (most of them) skips the role checks of each person it names.
    has_chair: bool,
}

impl<'w> EntryWords<'w> {
    /// The entry `start..end` (bullets skipped) whose words are `words`.
    fn from_words(text: &str, start: usize, end: usize, words: &'w [(usize, usize)]) -> Self {
        let has_chair = says_chair_in(text, start, end);
        Self::with_chair(text, end, words, has_chair, true)
    }

    /// [`EntryWords::from_words`] of an entry that may hold a chair role as `has_chair`
    /// tells, and may have remarks as `has_remarks` tells (false only when none of its
    /// chars starts them: the words need not be looked at).
    #[inline(always)]
    fn with_chair(
        text: &str,
        end: usize,
        words: &'w [(usize, usize)],
        has_chair: bool,
        has_remarks: bool,
    ) -> Self {
        let name_end = if has_remarks {
            name_end_of(text, words)
        } else {
            words.len()
        };
        EntryWords {
            words,
            name_end,
            end,
            has_chair,
        }
    }
}

/// The first of `words` that starts the remarks (where the name ends), or `words.len()`.
/// Inlined: it is asked for every entry with a bracket or a dash, and most words are
/// turned away by their first byte.
#[inline]
fn name_end_of(text: &str, words: &[(usize, usize)]) -> usize {
    // The first byte first: most words start with a letter.
    let bytes = text.as_bytes();
    words
        .iter()
        .position(|&(s, e)| {
            bytes.get(s).is_some_and(|&b| may_start_remarks(b)) && starts_remarks(&bytes[s..e])
        })
        .unwrap_or(words.len())
}

/// Whether a word that starts with the byte `b` may start an entry's remarks (see
/// [`starts_remarks`]): a bracket, '-', or the first byte of '–' and '—'.
#[inline(always)]
fn may_start_remarks(b: u8) -> bool {
    matches!(b, b'(' | b'[' | b'-' | 0xe2)
}

/// Whether the word `w` starts an entry's remarks (a bracket or a dash), where the name
/// ends. Bytes: a bracket is ASCII, and so are the dashes' whole UTF-8 forms compared.
fn starts_remarks(w: &[u8]) -> bool {
    matches!(w.first(), Some(b'(' | b'['))
        || matches!(w, b"-")
        || w == "–".as_bytes()
        || w == "—".as_bytes()
}

/// Whether an entry says "chair" (any case). Sixteen bytes a step where there is a vector
/// unit: only the "c"s are looked at, and most entries (a short name) take one or two
/// steps. Without one, a short entry is read byte by byte; in a long one, "ai" is looked for
/// first: most entries lack it, and it costs an eighth of a search a byte.
fn says_chair(entry: &str) -> bool {
    let b = entry.as_bytes();
    // A "c" in either case (no other byte has `| 0x20` equal to it), then "hair".
    let chair_at = |i: usize| i + 5 <= b.len() && b[i + 1..i + 5].eq_ignore_ascii_case(b"hair");
    if simd::ENABLED {
        return (0..b.len().saturating_sub(4)).step_by(16).any(|at| {
            let mut cs = simd::Chunk::load_padded(&b[at..], 0).eq_folded(b'c');
            while cs != 0 {
                if chair_at(at + cs.trailing_zeros() as usize) {
                    return true;
                }
                cs &= cs - 1;
            }
            false
        });
    }
    if b.len() < SHORT_HAYSTACK {
        return (0..b.len().saturating_sub(4)).any(|i| b[i] | 0x20 == b'c' && chair_at(i));
    }
    has_pair_ci(b, &[(b'a', b'i')]) && contains_ci(entry, "chair")
}

/// [`says_chair`] of `text[start..end]`, sixteen bytes of `text` a step where there is a
/// vector unit: a chunk that runs past the entry is loaded from the text around it (its
/// bytes outside the entry are masked off), so no entry is copied into a padded chunk.
fn says_chair_in(text: &str, start: usize, end: usize) -> bool {
    let b = text.as_bytes();
    if !simd::ENABLED || b.len() < 16 {
        return says_chair(&text[start..end]);
    }
    // A "c" that starts "chair" is before `last`, so "hair" after it is inside the entry.
    let last = end.saturating_sub(4);
    let mut at = start;
    while at < last {
        // The chunk starts at `at`, or ends at the text's end; its first `at - lo` bytes are
        // before `at`, already looked at.
        let lo = at.min(b.len() - 16);
        let Some(chunk) = b[lo..].first_chunk::<16>() else {
            return false;
        };
        let mut cs = simd::Chunk::load(chunk).eq_folded(b'c') >> (at - lo);
        if last - at < 16 {
            cs &= (1 << (last - at)) - 1;
        }
        while cs != 0 {
            let i = at + cs.trailing_zeros() as usize;
            if b[i + 1..i + 5].eq_ignore_ascii_case(b"hair") {
                return true;
            }
            cs &= cs - 1;
        }
        at = lo + 16;
    }
    false
}

/// How many office words ("The Lord Mayor") may precede a bracketed name.
const MAX_OFFICE_WORDS: usize = 4;

/// Reads the person that starts at word `from` of an entry.
fn read_person(
    text: &str,
    base: usize,
    entry: &EntryWords,
    from: usize,
    ctx: Context,
    out: &mut Vec<Person>,
) -> Read {
    read_person_at(text, base, entry, from, ctx, &[], out)
}

/// [`read_person`]; "The Mayor (Councillor X)" reads the name in the brackets unless
/// `ctx.in_office`. `known` holds the [`Facts`] of the entry's first words when the caller
/// looked them up already.
fn read_person_at(
    text: &str,
    base: usize,
    entry: &EntryWords,
    from: usize,
    ctx: Context,
    known: &[Facts],
    out: &mut impl Sink,
) -> Read {
    let mut read = Read {
        found: false,
        next: None,
        truncated: false,
        plural_title: None,
    };
    let words = entry.words;
    let (name_end, end) = (entry.name_end, entry.end);
    // The name part ends at a bracket or a dash; what follows is a role or a note.
    let Some(&(start, _)) = words.get(from).filter(|_| from < name_end) else {
        return read;
    };
    let mut i = from;
    let mut role = ctx.role;
    let prefix = if entry.has_chair {
        chair_prefix(text, &words[from..name_end])
    } else {
        None
    };
    if let Some((r, n)) = prefix {
        if from + n < name_end {
            role = Some(r);
            i = from + n;
        }
    }
    let mut title = None;
    // The first word is looked up once: for a title, and when it is none, as a name word.
    let mut first_facts = (i < name_end).then(|| Facts::known_or_of(known, text, words, i));
    let found = first_facts.and_then(|f| title_at(text, &words[..name_end], i, f.lists));
    if let Some((t, plural, n)) = found {
        title = Some(t);
        if plural {
            read.plural_title = Some(t);
        }
        i += n;
        first_facts = None;
    }
    let title = title.or(ctx.title);
    let first = i;
    // An office needs its bracket after it: most entries have none, and skip the call.
    let bracket_next = words
        .get(name_end)
        .is_some_and(|&(s, _)| text.as_bytes()[s] == b'(');
    if !ctx.in_office && bracket_next && name_end - first <= MAX_OFFICE_WORDS {
        if let Some(read) = read_office(text, base, start, entry, first, role, out) {
            return read;
        }
    }
    let mut last: Option<usize> = None;
    let mut core = 0;
    // The first word that is the person's own (a name, not an honorific).
    let mut first_own: Option<usize> = None;
    while i < name_end {
        let (s, e) = words[i];
        let facts = match first_facts.take() {
            Some(facts) => facts,
            None => Facts::known_or_of(known, text, words, i),
        };
        let (flags, lists) = (facts.flags, facts.lists);
        match class_in(text, s, e, lists, flags) {
            WordClass::Stop => {
                read.truncated = true;
                break;
            }
            WordClass::Particle => {}
            class @ (WordClass::Name | WordClass::Initial) => {
                if i > first && first_own.is_some() && lists & list::SPLIT_HONORIFIC != 0 {
                    read.next = Some(i);
                    break;
                }
                if class == WordClass::Name && !facts.is_honorific_in(text, s, e) {
                    first_own.get_or_insert(i);
                    core += 1;
                }
                last = Some(i);
            }
        }
        i += 1;
    }
    let Some(last) = last else {
        read.truncated |= first < words.len();
        return read;
    };
    if first_own.is_none() || core > MAX_CORE_WORDS {
        read.truncated = true;
        read.next = None;
        return read;
    }
    // "Councillor J Smith Chairman": a chair word after the name is the role.
    let mut last = last;
    for n in [2, 1] {
        if entry.has_chair && last >= first + n && role.is_none() {
            let k = last + 1 - n;
            // Every word up to `last` was read above: is one of those before `k` own?
            if first_own.is_some_and(|f| f < k) {
                if let Some(r) = chair_role(&text[words[k].0..words[last].1]) {
                    role = Some(r);
                    last = (first..k)
                        .rev()
                        .find(|&j| classify(&text[words[j].0..words[j].1]) != WordClass::Particle)
                        .unwrap_or(first);
                    break;
                }
            }
        }
    }
    let name = name_in(text, &words[first..=last]);
    let mut span_end = words[last].1;
    let mut note: Option<String> = None;
    if !read.truncated && read.next.is_none() && name_end < words.len() {
        let rest_start = words[name_end].0;
        let (_, rest_end) = trim_range(text, rest_start, end);
        span_end = rest_end;
        each_remark(&text[rest_start..rest_end], |remark| {
            match chair_role(&remark) {
                Some(r) if role.is_none() => role = Some(r),
                _ => match &mut note {
                    Some(n) => {
                        n.push_str("; ");
                        n.push_str(&remark);
                    }
                    None => note = Some(remark),
                },
            }
        });
    }
    read.found = true;
    out.put(Person {
        name,
        title: title.map(Cow::Borrowed),
        role: role.map(str::to_string),
        note,
        span: Span::new(base + start, base + span_end),
    });
    read
}

/// The name whose words are `words` (at least one), cleaned as [`clean_short_in`] cleans
/// it: copied as it is, without a look at its bytes, when its words are one space apart,
/// as most names are (a word holds no white space, so such a name is clean already);
/// otherwise cleaned. Inlined: a call cost a third of what the test saves.
#[inline(always)]
fn name_in(text: &str, words: &[(usize, usize)]) -> String {
    let (s, e) = (words[0].0, words[words.len() - 1].1);
    let bytes = text.as_bytes();
    let one_space_apart = words
        .windows(2)
        .all(|w| w[1].0 == w[0].1 + 1 && bytes[w[0].1] == b' ');
    if one_space_apart {
        text[s..e].to_owned()
    } else {
        clean_short_in(text, s, e)
    }
}

/// "The Mayor (Councillor Mrs J Smith) (in the Chair)": an office in words, then the
/// person in brackets. The office becomes the note (or the role, for "The Chairman").
fn read_office(
    text: &str,
    base: usize,
    start: usize,
    entry: &EntryWords,
    first: usize,
    role: Option<&'static str>,
    out: &mut impl Sink,
) -> Option<Read> {
    let (words, name_end, end) = (entry.words, entry.name_end, entry.end);
    let office = words.get(first..name_end)?;
    let is_office_word = |&(s, e): &(usize, usize)| {
        let w = &text[s..e];
        is_honorific(w) || w == "The"
    };
    // The bracket first: most entries have none, and it costs no word look-ups.
    let open = words
        .get(name_end)
        .map(|&(s, _)| s)
        .filter(|&s| text[s..].starts_with('('))?;
    if office.is_empty() || !office.iter().all(is_office_word) {
        return None;
    }
    let close = text[open..end].find(')').map(|i| open + i)?;
    let inner_start = skip_bullets(text, open + 1, close);
    let inner_words = words_in(text, inner_start, close);
    let inner = EntryWords::from_words(text, inner_start, close, &inner_words);
    let titled = match_title(text, inner.words, 0).is_some()
        || inner
            .words
            .first()
            .is_some_and(|&(s, e)| Facts::of(&text[s..e]).lists & list::SPLIT_HONORIFIC != 0);
    if !titled {
        return None;
    }
    let ctx = Context {
        in_office: true,
        ..Context::default()
    };
    let read = read_person_at(text, base, &inner, 0, ctx, &[], out);
    if !read.found {
        return None;
    }
    if read.truncated || read.next.is_some() {
        out.take_back();
        return None;
    }
    let person = out.last_put()?;
    let office_text = clean_short_in(text, office[0].0, office[office.len() - 1].1);
    let mut role = role;
    let mut notes = Vec::new();
    match chair_role(&office_text) {
        Some(r) if role.is_none() => role = Some(r),
        _ => notes.push(office_text),
    }
    let (_, rest_end) = trim_range(text, close + 1, end);
    if close + 1 < rest_end {
        each_remark(&text[close + 1..rest_end], |remark| {
            match chair_role(&remark) {
                Some(r) if role.is_none() => role = Some(r),
                _ => notes.push(remark),
            }
        });
    }
    person.role = role.map(str::to_string);
    person.note = (!notes.is_empty()).then(|| notes.join("; "));
    person.span = Span::new(base + start, base + rest_end.max(close + 1));
    Some(read)
}

/// The remarks after a name: each top-level bracket group, and the text after a dash
/// ("(arrived at 7.01pm) (via Teams)", "– Chair"), cleaned.
///
/// Each is passed to `f` as it is read (none is empty), rather than gathered in a vector for
/// the caller to walk. Read on bytes: the brackets are ASCII, and only a char that is not
/// (the first of the text outside the groups, which may be white space) is decoded.
fn each_remark(s: &str, mut f: impl FnMut(String)) {
    let mut put = |r: String| {
        if !r.is_empty() {
            f(r)
        }
    };
    let mut depth = 0u32;
    let mut group_start = 0;
    let mut outside_start: Option<usize> = None;
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'(' | b'[' => {
                if depth == 0 {
                    if let Some(o) = outside_start.take() {
                        put(dash_remark(&s[o..i]));
                    }
                    group_start = i + 1;
                }
                depth = depth.saturating_add(1);
            }
            b')' | b']' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    put(clean_short_in(s, group_start, i));
                }
            }
            c if depth == 0 && outside_start.is_none() => {
                // The bytes of a char are stepped over together, so `i` is at its start.
                let (space, len) = match c {
                    ..0x80 => (is_space(char::from(c)), 1),
                    _ => char_at(s, i).map_or((false, 1), |ch| (is_space(ch), ch.len_utf8())),
                };
                if !space {
                    outside_start = Some(i);
                }
                i += len;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    if depth > 0 {
        put(clean_short_in(s, group_start, s.len()));
    } else if let Some(o) = outside_start {
        put(dash_remark(&s[o..]));
    }
}

fn dash_remark(s: &str) -> String {
    clean_short(s.trim_start_matches(['-', '–', '—', ' ']))
}

// ---------------------------------------------------------------------------------------
// Lists.
// ---------------------------------------------------------------------------------------

/// Label words that introduce members and keep the list going ("Councillors:", "Committee
/// Members:", "Roll Call of Council Members:", "Attending:").
const MEMBER_LABEL_WORDS: &[&str] = &[
    "present",
    "members",
    "member",
    "councillors",
    "councillor",
    "cllrs",
    "cllr",
    "council",
    "attending",
    "committee",
    "roll",
    "call",
    "of",
    "the",
    "voting",
    "councilmembers",
];

/// What to do with a "Label:" entry.
enum LabelAction {
    /// Names follow with this title.
    Title(&'static str),
    /// The next person has this role ("Chairman:").
    Role(&'static str),
    /// A heading for members: keep going.
    Continue,
    /// Another section ("In attendance:", "Staff Present:"): the list is over.
    Stop,
}

fn label_action(text: &str, start: usize, end: usize) -> LabelAction {
    let start = skip_bullets(text, start, end);
    let words = words_in(text, start, end);
    if let Some((t, _, n)) = match_title(text, &words, 0) {
        if n == words.len() {
            return LabelAction::Title(t);
        }
    }
    if let Some(r) = chair_role(&text[start..end]) {
        return LabelAction::Role(r);
    }
    let member_words = words
        .iter()
        .all(|&(s, e)| Facts::of(&text[s..e]).lists & list::MEMBER_LABEL != 0);
    if member_words && !words.is_empty() {
        LabelAction::Continue
    } else {
        LabelAction::Stop
    }
}

/// How [`read_list`] treats an entry that is not a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// The list is over (attendance lists, apologies).
    StopAtProse,
    /// Skip it and go on ("The Chairman, Alderman Alison Gowman, and Edward Lord").
    SkipProse,
}

/// Room for the people of a list, reserved when the first is found: lists name a dozen or
/// so, and room for four (the first size a vector takes) would take two copies of the list
/// to grow. No more than this, so the room is one of the allocator's small sizes (up to
/// 1 KiB, the quickest to allocate).
const LIST_ROOM: usize = 8;

/// [`LIST_ROOM`] for `list` if it has no room yet.
#[inline]
fn reserve_list_room(list: &mut Vec<Person>) {
    if list.capacity() == 0 {
        list.reserve_exact(LIST_ROOM);
    }
}

/// Reads people from `text` until the list ends; returns them and the relative offset
/// where reading stopped.
fn read_list(text: &str, base: usize, mode: Mode, limit: usize) -> (Vec<Person>, usize) {
    let mut out = Vec::new();
    let stopped_at = read_list_into(text, base, mode, limit, &mut out);
    (out, stopped_at)
}

/// [`read_list`], appending the people to `out` (a caller that gathers the people of
/// several lists keeps them in one vector); at most `limit` of them. Only the people this
/// call appends are read or changed.
fn read_list_into(
    text: &str,
    base: usize,
    mode: Mode,
    limit: usize,
    out: &mut Vec<Person>,
) -> usize {
    thread_local! {
        /// The splitter's word buffer, lent from one list to the next of a thread instead
        /// of allocated and freed for each (a list read inside another gets a new one). A
        /// `Cell` taken and set, not [`with_lent`]: the empty Vec left behind costs nothing,
        /// and the `RefCell` borrow measured ~0.02 instructions/byte more on real minutes.
        static WORDS: std::cell::Cell<Vec<(usize, usize)>> = const { std::cell::Cell::new(Vec::new()) };
    }
    let mut entries = Splitter::with_words(text, WORDS.take());
    let stopped_at = read_entries_into(text, base, mode, limit, &mut entries, out);
    WORDS.set(entries.words);
    stopped_at
}

/// [`read_list_into`] of the entries of `entries`.
fn read_entries_into(
    text: &str,
    base: usize,
    mode: Mode,
    limit: usize,
    entries: &mut Splitter,
    out: &mut Vec<Person>,
) -> usize {
    let first = out.len();
    let mut ctx = Context::default();
    let mut prev_end = End::Comma;
    let mut stopped_at = 0;
    // The words of an entry that starts with a bullet (the splitter's words, clipped).
    let mut clipped = Vec::new();
    while let Some(entry) = entries.next() {
        stopped_at = entry.end;
        // The entry trimmed: from its first word to its last (nothing when it has none).
        let (s, e) = entries.bounds().unwrap_or((entry.start, entry.start));
        let s = skip_bullets(text, s, e);
        if s < e {
            if entry.end_kind == End::Label {
                match label_action(text, s, e) {
                    LabelAction::Title(t) => ctx.title = Some(t),
                    LabelAction::Role(r) => ctx.role = Some(r),
                    LabelAction::Continue => {}
                    LabelAction::Stop if mode == Mode::SkipProse => {}
                    LabelAction::Stop => break,
                }
                prev_end = entry.end_kind;
                continue;
            }
            // The splitter has split the entry into words already.
            let words = entries.words_of(s, e, &mut clipped);
            // The splitter has looked at the start of each word for a chair role's word.
            let entry_words =
                EntryWords::with_chair(text, e, words, entries.chair, entries.remarks);
            // "Cllr Smith, Chairman": a role on its own belongs to the person before.
            let role_alone = if entry_words.has_chair {
                chair_role(&text[s..e])
            } else {
                None
            };
            if let Some(role) = role_alone {
                if let Some(p) = out[first..].last_mut().filter(|p| p.role.is_none()) {
                    p.role = Some(role.to_string());
                    p.span.end = base + e;
                    prev_end = entry.end_kind;
                    continue;
                }
            }
            let mut from = match mode {
                Mode::SkipProse => trailing_name_start(text, &entry_words),
                Mode::StopAtProse => 0,
            };
            let mut got_any = false;
            let mut stop = false;
            loop {
                let read = read_person(text, base, &entry_words, from, ctx, out);
                if let Some(t) = read.plural_title {
                    ctx.title = Some(t);
                }
                if read.found {
                    ctx.role = None;
                    got_any = true;
                    if out.len() - first >= limit {
                        return stopped_at;
                    }
                }
                if read.truncated && mode == Mode::StopAtProse {
                    stop = true;
                    break;
                }
                match read.next {
                    Some(n) if n > from => from = n,
                    _ => break,
                }
            }
            // An entry that names nobody ends the list, unless it is a bare title
            // ("Councillors" on its own line before the names).
            if stop || (!got_any && mode == Mode::StopAtProse && !is_title_only(text, s, e)) {
                break;
            }
        }
        if entry.end_kind.ends_list() {
            break;
        }
        // "..., Monk and Bennett-Sylvester" then a line break: that was the last name.
        if prev_end == End::Conj && entry.end_kind == End::Newline && mode == Mode::StopAtProse {
            break;
        }
        prev_end = entry.end_kind;
    }
    stopped_at
}

/// An entry that is only a title ("Councillors" on its own line before the names).
fn is_title_only(text: &str, s: usize, e: usize) -> bool {
    let words = words_in(text, s, e);
    matches!(match_title(text, &words, 0), Some((_, _, n)) if n == words.len())
}

/// The word where the last run of name-like words (titles included) of an entry starts,
/// so that "It was noted that Councillor X" reads as "Councillor X".
fn trailing_name_start(text: &str, entry: &EntryWords) -> usize {
    let mut run_start = 0;
    for (i, &(ws, we)) in entry.words[..entry.name_end].iter().enumerate() {
        if classify(&text[ws..we]) == WordClass::Stop && !is_title_word(&text[ws..we]) {
            run_start = i + 1;
        }
    }
    run_start
}

fn is_title_word(w: &str) -> bool {
    let k = key(w);
    [
        "councillor",
        "councillors",
        "cllr",
        "cllrs",
        "cr",
        "council",
        "member",
        "members",
    ]
    .iter()
    .any(|&t| k.is(t))
}

/// Parses a list of names ("Councillor Pitchley (in the Chair); Councillors Cooksey, Bacon and
/// Z. Collingham") found at `text`, which starts at byte `base` of the input.
///
/// Entries are separated by ",", ";", "and", "&" and line breaks (a line that ends in a
/// title or initial, or a next line that starts in lower case, continues the name). The
/// list ends at a full stop that is not an initial, at a "Label:" that does not introduce
/// members, at a paragraph break after a comma-separated list, at a line break after the
/// "and" entry, or at the first entry that is not a name (a name stops before its first
/// non-name word: "Cllr Purves With the absence ..." gives "Purves" and ends the list).
///
/// Titles (Councillor(s), Cllr, Cr, Council Member(s)) go to `title`, normalised to
/// "Councillor" or "Council Member"; a plural title applies to the names after it. Chair
/// markers ("(in the Chair)", "Chairman Cllr Foss", "(Vice-Chair)") set `role` to "Chair"
/// or "Vice Chair"; other brackets become `note`. Each person's span covers the entry as
/// written (chair prefix, title, name and remarks), without separators and bullets.
pub(crate) fn parse_name_list(text: &str, base: usize) -> Vec<Person> {
    read_list(text, base, Mode::StopAtProse, usize::MAX).0
}

/// The first person named at the start of `text`, reading at most `max_bytes` bytes.
pub(crate) fn first_person(text: &str, base: usize, max_bytes: usize) -> Option<Person> {
    let end = floor_boundary(text, max_bytes);
    read_list(&text[..end], base, Mode::StopAtProse, 1)
        .0
        .into_iter()
        .next()
}

/// Every name in `text`, skipping entries that are not names instead of stopping at them
/// ("The Chairman, Alderman Alison Gowman, and Edward Lord" gives the last two).
pub(crate) fn names_in_clause(text: &str, base: usize) -> Vec<Person> {
    read_list(text, base, Mode::SkipProse, usize::MAX).0
}

// ---------------------------------------------------------------------------------------
// Apologies.
// ---------------------------------------------------------------------------------------

/// Verbs after a name that give apologies ("Cllr. A Edwards sent his apologies",
/// "Council Member Walker asked to be excused").
const SENT_APOLOGIES: &[&str] = &[
    "sent his apologies",
    "sent her apologies",
    "sent their apologies",
    "sent apologies",
    "sends his apologies",
    "sends her apologies",
    "tendered his apologies",
    "tendered her apologies",
    "tendered apologies",
    "offered his apologies",
    "offered her apologies",
    "asked to be excused",
    "was excused",
    "were excused",
];

/// Words between "apologies" and the names ([`link_at`] finds them).
#[cfg(test)]
const APOLOGY_LINKS: [&str; 3] = ["from", "on behalf of", "by"];
/// How many links one "apologies" may try before giving up.
const MAX_LINKS: usize = 3;
/// Apologies that are not for absence ("and apologies for lateness from Councillor Vince").
/// [`says_late`] looks for them; this list is its reference in the tests.
#[cfg(test)]
const LATE: &[&str] = &[
    "lateness",
    "late ",
    "leaving early",
    "leave early",
    "late arrival",
];
/// Sentences that say nobody sent apologies.
const NO_APOLOGIES: &[&str] = &[
    "no apolog",
    "no other apolog",
    "apologies: none",
    "apologies – none",
    "apologies - none",
];
/// The same, in a sentence that also says "apologies" ("Apologies for Absence\nThere were
/// none."): on their own they may be about anything.
const NONE_WORDS: &[&str] = &[
    "there were none",
    "none were received",
    "none received",
    "none.",
];

/// The people an apology sentence names ("Apologies were received from Councillors Wilson
/// and Mills."), or `None` when the sentence gives no apologies.
///
/// Reads every sentence of `text`: `apologies ... from / on behalf of / by <names>` (but
/// not "apologies for lateness from"), a sentence that starts `Received from <names>`,
/// `Apologies: <names>`, and `<names> sent his apologies` / "asked to be excused". Names
/// found anywhere in `text` give `Some(names)`; otherwise `Some(vec![])` when the text says
/// there were none ("There were no apologies for absence.", "Apologies: none",
/// "Apologies for Absence\nThere were none."), and `None` when it does not speak of
/// apologies at all or names nobody (a bare "Apologies for Absence" heading).
pub(crate) fn apologies_in_sentence(text: &str, base: usize) -> Option<Vec<Person>> {
    // Each reading needs one of these (see `apologies_in_one`): a text without them needs
    // no sentence split. (The callers pass only text that is likely to say one, the lines
    // of a header that do and the paragraphs of an apologies item: no quicker test first.)
    thread_local! {
        static HITS: RefCell<ApologyHits> = RefCell::default();
    }
    with_lent(&HITS, |hits| apologies_with_hits(text, base, hits))
}

/// [`apologies_in_sentence`] with the buffers of `hits` (whatever they hold).
fn apologies_with_hits(text: &str, base: usize, hits: &mut ApologyHits) -> Option<Vec<Person>> {
    hits.find_into(text);
    let hits = &*hits;
    if hits.apolog.is_empty() && hits.excused.is_empty() && !hits.received {
        return None;
    }
    let mut people = Vec::new();
    let mut said_none = false;
    each_sentence(text, |s, e| {
        apologies_in_one(text, base, s, e, hits, &mut people, &mut said_none);
        true
    });
    if !people.is_empty() {
        Some(people)
    } else if said_none {
        Some(Vec::new())
    } else {
        None
    }
}

/// The words (any case) without which [`apologies_in_sentence`] finds nothing.
pub(crate) const APOLOGY_WORDS: [&str; 3] = ["apolog", "excused", "received from "];

/// Whether two adjacent bytes of `text` are one of `pairs` (lower-case ASCII letters), in
/// any case: a quick test before a search for a word that has one of the pairs.
///
/// Eight pairs at a time: `x` holds bytes `i..i + 8` and `y` the bytes after each, both
/// with the case bit set (which maps each letter's two cases onto the lower one, and no
/// other byte onto a letter: padding becomes a space).
fn has_pair_ci(text: &[u8], pairs: &[(u8, u8)]) -> bool {
    const CASE: u64 = 0x2020_2020_2020_2020;
    let mut i = 0;
    while i + 1 < text.len() {
        let x = swar::load(&text[i..text.len().min(i + 8)]) | CASE;
        let y = swar::load(&text[i + 1..text.len().min(i + 9)]) | CASE;
        if pairs
            .iter()
            .any(|&(a, b)| swar::eq(x, a) & swar::eq(y, b) != 0)
        {
            return true;
        }
        i += 8;
    }
    false
}

/// Whether a sentence, which says "apolog" or not, says that nobody sent apologies.
fn says_no_apologies(sentence: &str, apolog: bool) -> bool {
    // Every phrase of NO_APOLOGIES says "apolog" too, and every phrase of NO_APOLOGIES and
    // NONE_WORDS says "none" or "no ": one search turns most away.
    apolog
        && says_none_or_no(sentence)
        && (NO_APOLOGIES.iter().any(|p| contains_ci(sentence, p))
            || NONE_WORDS.iter().any(|p| contains_ci(sentence, p)))
}

/// Where "apolog" and "excused" occur (any case) in a text, and its links: found in one
/// scan for all its sentences, which then look up the ones inside them instead of
/// searching.
#[derive(Default)]
struct ApologyHits {
    apolog: Vec<usize>,
    excused: Vec<usize>,
    /// The whole-word links after "apologies" (see [`link_at`]) as (offset, length).
    links: Vec<(usize, usize)>,
    /// Whether the text says "received from ".
    received: bool,
}

impl ApologyHits {
    /// [`ApologyHits::find_into`] into new buffers.
    #[cfg(test)]
    fn find(text: &str) -> Self {
        let mut hits = ApologyHits::default();
        hits.find_into(text);
        hits
    }

    /// One scan for a rare byte of each word, to compare the word there: the "p" of
    /// "apolog", the "x" of "excused", the "v" of "received from " and the "f" and "b" of
    /// the links (those after the first "apolog" only: a link is looked for from an
    /// "apolog" on, and most "f"s and "b"s of a text come before it). Into these buffers (what they held is cleared): a thread's texts share
    /// one set instead of allocating and freeing it for each.
    fn find_into(&mut self, text: &str) {
        let b = text.as_bytes();
        self.apolog.clear();
        self.excused.clear();
        self.links.clear();
        self.received = false;
        let hits = self;
        let mut check = |at: usize| {
            // `word`, whose byte `k` is the one at `at`, where it starts.
            let word_at = |k: usize, word: &str| {
                at.checked_sub(k)
                    .filter(|&start| starts_with_ci(text, start, word))
            };
            match b[at] | 0x20 {
                b'p' => hits.apolog.extend(word_at(1, "apolog")),
                b'x' => hits.excused.extend(word_at(1, "excused")),
                b'v' => hits.received |= word_at(5, "received from ").is_some(),
                _ if hits.apolog.is_empty() => {}
                _ => hits.links.extend(link_at(text, at)),
            }
        };
        if simd::ENABLED {
            let test = |c: simd::Chunk| {
                c.eq_folded(b'p')
                    | c.eq_folded(b'x')
                    | c.eq_folded(b'v')
                    | c.eq_folded(b'f')
                    | c.eq_folded(b'b')
            };
            simd::Positions::new(b, test).for_each(&mut check);
        } else {
            (0..b.len())
                .filter(|&i| matches!(b[i] | 0x20, b'p' | b'x' | b'v' | b'f' | b'b'))
                .for_each(&mut check);
        }
    }

    /// The first link (offset, length) that lies wholly in `from..to`.
    fn link_in(&self, from: usize, to: usize) -> Option<(usize, usize)> {
        let first = self.links.partition_point(|&(a, _)| a < from);
        // Links never nest, so only the few that start before `to` need a look.
        self.links[first..]
            .iter()
            .take_while(|&&(a, _)| a < to)
            .find(|&&(a, len)| a + len <= to)
            .copied()
    }

    /// The occurrences of "apolog" that lie wholly in `from..to`.
    fn apolog_in(&self, from: usize, to: usize) -> impl Iterator<Item = usize> + '_ {
        hits_in(&self.apolog, "apolog".len(), from, to)
    }

    /// Whether "excused" occurs wholly in `from..to`.
    fn excused_in(&self, from: usize, to: usize) -> bool {
        hits_in(&self.excused, "excused".len(), from, to)
            .next()
            .is_some()
    }
}

/// The link ("from", "by" or "on behalf of", any case, a whole word) whose "f" or "b" is
/// byte `at` of `text`, as (offset, length).
fn link_at(text: &str, at: usize) -> Option<(usize, usize)> {
    let link = if text.as_bytes()[at] | 0x20 == b'f' {
        starts_with_ci(text, at, "from").then_some((at, 4))
    } else if starts_with_ci(text, at, "by") {
        Some((at, 2))
    } else {
        at.checked_sub(3)
            .filter(|&start| starts_with_ci(text, start, "on behalf of"))
            .map(|start| (start, 12))
    };
    link.filter(|&(start, len)| {
        word_boundary_before(text, start) && word_boundary_at(text, start + len)
    })
}

/// The offsets of `hits` (sorted, of a word `len` bytes long) that lie wholly in `from..to`.
fn hits_in(hits: &[usize], len: usize, from: usize, to: usize) -> impl Iterator<Item = usize> + '_ {
    let first = hits.partition_point(|&a| a < from);
    hits[first..]
        .iter()
        .copied()
        .take_while(move |&a| a + len <= to)
}

fn apologies_in_one(
    text: &str,
    base: usize,
    s: usize,
    e: usize,
    hits: &ApologyHits,
    people: &mut Vec<Person>,
    said_none: &mut bool,
) {
    let apolog = hits.apolog_in(s, e).next().is_some();
    if says_no_apologies(&text[s..e], apolog) {
        // Names found elsewhere in the text still win (see `apologies_in_sentence`).
        *said_none = true;
    }
    let read = |from: usize, people: &mut Vec<Person>| -> usize {
        // A trigger phrase may end just past the sentence ("received from" + the space after).
        let from = from.min(e);
        from + read_list_into(
            &text[from..e],
            base + from,
            Mode::StopAtProse,
            usize::MAX,
            people,
        )
    };
    let before = people.len();
    // "Received from Councillors ..." opening the sentence.
    if starts_with_ci(text, s, "received from ") {
        read(s + "received from ".len(), people);
        return;
    }
    // Every reading below needs "apologies" or "excused".
    let excused = hits.excused_in(s, e);
    if !apolog && !excused {
        return;
    }
    // "Apologies[ for absence]: <names>" (but not "Apologies: X sent his apologies").
    if let Some(after) = apologies_label_end(text, s, e).map(|a| a.min(e)) {
        let rest = text[after..e].trim_start_matches(is_space);
        if starts_with_ci(rest, 0, "none") || starts_with_ci(rest, 0, "nil") {
            *said_none = true;
            return;
        }
        let rest_start = e - rest.len();
        let has_clause = hits.apolog_in(rest_start, e).next().is_some()
            || hits.excused_in(rest_start, e)
            || contains_ci(rest, " from ");
        if !has_clause {
            read(after, people);
            return;
        }
    }
    // "apologies ... from <names>" (or "on behalf of", "by"), any number of times. A link
    // that is followed by no name ("submitted by email from Cllr X") gives way to the next
    // one, at most `MAX_LINKS` of them per "apologies".
    let mut cursor = s;
    'triggers: while let Some(a) = hits
        .apolog_in(cursor, e)
        .find(|&a| word_boundary_before(text, a))
    {
        cursor = a + "apolog".len();
        let mut from = a;
        for _ in 0..MAX_LINKS {
            let Some((f, len)) = hits.link_in(from, e) else {
                break 'triggers;
            };
            if says_late(&text[from..f]) {
                cursor = cursor.max(f + len);
                continue 'triggers;
            }
            let got = people.len();
            cursor = cursor.max(read(f + len, people)).max(f + len);
            if people.len() > got {
                continue 'triggers;
            }
            from = f + len;
        }
    }
    if people.len() > before {
        return;
    }
    // "<names> sent his apologies".
    if let Some(p) = sent_apologies_at(text, s, e, apolog, excused) {
        let from = text[s..p].rfind(':').map_or(s, |c| s + c + 1);
        read_names_before(text, base, from, p, people);
    }
}

/// Where the first of [`SENT_APOLOGIES`] (in their order) stands as whole words in
/// `text[s..e]` (`find_word_ci` of each in turn), given whether the sentence says "apolog"
/// and "excused". Each phrase ends in "apologies" or "excused": those words are found
/// once, and each phrase is compared only where it would end at one of them.
fn sent_apologies_at(text: &str, s: usize, e: usize, apolog: bool, excused: bool) -> Option<usize> {
    let bytes = text.as_bytes();
    // The offsets where `word` ends a whole word within `s..e`.
    let ends = |word: &str, says: bool| -> Vec<usize> {
        let e = e.min(bytes.len());
        if !says || s >= e || e - s < word.len() {
            return Vec::new();
        }
        occurrences_ci(bytes, word.as_bytes(), s, e)
            .filter(|&at| word_boundary_at(text, at + word.len()))
            .collect()
    };
    let (apologies, excuses) = (ends("apologies", apolog), ends("excused", excused));
    SENT_APOLOGIES.iter().find_map(|phrase| {
        let (word, at) = if phrase.ends_with("excused") {
            ("excused", &excuses)
        } else {
            ("apologies", &apologies)
        };
        let lead = phrase.len() - word.len();
        at.iter().filter_map(|&q| q.checked_sub(lead)).find(|&p| {
            p >= s
                && bytes[p..p + phrase.len()].eq_ignore_ascii_case(phrase.as_bytes())
                && word_boundary_before(text, p)
        })
    })
}

/// Whether `s` says one of `LATE` (any case), in two searches rather than five: the
/// "late" of "lateness", "late " and "late arrival" (which says "late " too) is found once
/// and the bytes after it looked at; "leaving early" and "leave early" both say "early".
fn says_late(s: &str) -> bool {
    let b = s.as_bytes();
    let late = b.len() >= 5
        && occurrences_ci(b, b"late", 0, b.len()).any(|at| {
            b.get(at + 4) == Some(&b' ')
                || b.get(at + 4..at + 8)
                    .is_some_and(|w| w.eq_ignore_ascii_case(b"ness"))
        });
    late || (contains_ci(s, "early")
        && (contains_ci(s, "leaving early") || contains_ci(s, "leave early")))
}

/// Whether `s` says "none" or "no " (any case): one search for "no", whose next bytes are
/// looked at (the "no" of "noted" or "Knott" says neither).
fn says_none_or_no(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 3
        && occurrences_ci(b, b"no", 0, b.len()).any(|at| {
            b.get(at + 2) == Some(&b' ')
                || b.get(at + 2..at + 4)
                    .is_some_and(|w| w.eq_ignore_ascii_case(b"ne"))
        })
}

/// People named in `text[from..to]` before an apology verb.
fn read_names_before(text: &str, base: usize, from: usize, to: usize, people: &mut Vec<Person>) {
    read_list_into(
        &text[from..to],
        base + from,
        Mode::StopAtProse,
        usize::MAX,
        people,
    );
}

/// The first occurrence of `pat` at a word start in `text[from..to]` (ASCII, any case).
pub(crate) fn find_prefix_ci(text: &str, pat: &str, from: usize, to: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let to = to.min(bytes.len());
    if pat.is_empty() || from >= to || to - from < pat.len() {
        return None;
    }
    occurrences_ci(bytes, pat.as_bytes(), from, to).find(|&i| word_boundary_before(text, i))
}

/// After "Apologies:", "Apologies for absence:-", "Apologies –": where the names start.
fn apologies_label_end(text: &str, s: usize, e: usize) -> Option<usize> {
    if !starts_with_ci(text, s, "apologies") {
        return None;
    }
    let mut i = s + "apologies".len();
    let skip_ws = |mut i: usize| {
        while let Some(c) = char_at(text, i).filter(|&c| is_space(c) && i < e) {
            i += c.len_utf8();
        }
        i
    };
    i = skip_ws(i);
    if starts_with_ci(text, i, "for absence") {
        i = skip_ws(i + "for absence".len());
    }
    let mut marked = false;
    while let Some(c) = char_at(text, i).filter(|&c| i < e && matches!(c, ':' | '-' | '–' | '—'))
    {
        marked = true;
        i += c.len_utf8();
    }
    marked.then_some(i)
}

// ---------------------------------------------------------------------------------------
// People with roles.
// ---------------------------------------------------------------------------------------

/// Words that mark a job title rather than a name.
const ROLE_WORDS: &[&str] = &[
    "attorney",
    "officer",
    "manager",
    "director",
    "head",
    "clerk",
    "chief",
    "executive",
    "administrator",
    "administrative",
    "assistant",
    "lead",
    "adviser",
    "advisor",
    "solicitor",
    "treasurer",
    "engineer",
    "planner",
    "secretary",
    "coordinator",
    "co-ordinator",
    "consultant",
    "representative",
    "inspector",
    "superintendent",
    "sergeant",
    "constable",
    "commissioner",
    "curator",
    "supervisor",
    "interim",
    "acting",
    "cfo",
    "ceo",
    "rfo",
    "accountant",
    "auditor",
    "analyst",
    "specialist",
    "lawyer",
    "counsel",
    "services",
    "service",
    "team",
    "practitioner",
    "worker",
    "principal",
    "headteacher",
    "governor",
    "trustee",
    "founder",
    "registrar",
    "warden",
    "technician",
    "surveyor",
    "architect",
    "ranger",
    "democratic",
    "governance",
    "finance",
    "legal",
    "monitoring",
    "strategic",
    "corporate",
    "development",
    "community",
    "communications",
    "partnership",
    "policy",
    "programme",
    "project",
    "senior",
    "deputy",
    "president",
];

/// Room for the words of a piece and their [`Facts`], lent to [`as_plain_name`] (the pieces
/// of a list share one).
struct PieceWords {
    words: Vec<(usize, usize)>,
    facts: Vec<Facts>,
}

impl Default for PieceWords {
    /// Room for a name's words from the start, rather than two reallocations of each.
    fn default() -> Self {
        PieceWords {
            words: Vec::with_capacity(8),
            facts: Vec::with_capacity(8),
        }
    }
}

/// A Person read from an entry if the entry is only a name (no job words, no prose).
fn as_plain_name(
    text: &str,
    base: usize,
    s: usize,
    e: usize,
    buf: &mut PieceWords,
) -> Option<Person> {
    // Job titles first, word by word: a role piece ("Chief Executive") is turned away at
    // its first job word, before the entry is split and its words stored. The facts looked
    // up are kept for reading the name.
    let is_role_word = |ws: usize, we: usize, facts: Facts| {
        // A word without '/' or '-' is its own only part: looked up once.
        facts.lists & list::ROLE != 0
            || (facts.flags & (flag::SLASH | flag::HYPHEN) != 0
                && key_with(&text[ws..we], facts.flags)
                    .as_str()
                    .split(['/', '-'])
                    .any(|p| on_list(p, list::ROLE)))
    };
    let start = skip_bullets(text, s, e);
    let PieceWords {
        words,
        facts: known,
    } = buf;
    words.clear();
    known.clear();
    let mut has_chair = false;
    let mut has_remarks = false;
    for (ws, we) in Words::new(text, start, e) {
        let facts = Facts::of_in(text, ws, we);
        if is_role_word(ws, we, facts) {
            return None;
        }
        has_chair = has_chair || facts.may_hold_chair_in(text, ws, we);
        has_remarks = has_remarks || may_start_remarks(text.as_bytes()[ws]);
        words.push((ws, we));
        known.push(facts);
    }
    if words.is_empty() {
        return None;
    }
    // The words just split are the entry's: `words_in(text, s, e)` would split them again;
    // and they tell whether it may hold a chair role without a search of its text, and
    // whether one of them may start its remarks.
    debug_assert!(has_remarks || name_end_of(text, words) == words.len());
    let entry = EntryWords::with_chair(text, e, words, has_chair, has_remarks);
    let mut person = None;
    let read = read_person_at(
        text,
        base,
        &entry,
        0,
        Context::default(),
        known,
        &mut person,
    );
    if read.truncated || read.next.is_some() {
        return None;
    }
    person
}

/// Lead-ins that introduce officers and guests in running text.
const ATTENDANCE_LEAD_INS: &[(&str, LeadWord)] = &[
    ("welcomed to the meeting", LeadWord::Welcomed),
    ("also in attendance were", LeadWord::Attendance),
    ("also in attendance was", LeadWord::Attendance),
    ("in attendance were", LeadWord::Attendance),
    ("in attendance was", LeadWord::Attendance),
    ("also present were", LeadWord::Present),
    ("also present was", LeadWord::Present),
    ("also in attendance:", LeadWord::Attendance),
    ("in attendance:", LeadWord::Attendance),
    ("also present:", LeadWord::Present),
    ("officers present:", LeadWord::Present),
    ("staff present:", LeadWord::Present),
    ("attendance:", LeadWord::Attendance),
    ("welcomed", LeadWord::Welcomed),
];

/// The word every lead-in of [`ATTENDANCE_LEAD_INS`] says: a text that does not say it
/// is not searched for the lead-in.
#[derive(Clone, Copy)]
enum LeadWord {
    Welcomed,
    Attendance,
    Present,
}

const LEAD_WORDS: [&str; 3] = ["welcomed", "attendance", "present"];

/// For each of [`LEAD_WORDS`], a byte of it that is rare in lists of names and roles, and
/// its offset in the word: [`says_lead_words`] scans for the three bytes at once.
const LEAD_RARE_BYTES: [(u8, usize); 3] = [(b'w', 0), (b'd', 5), (b'p', 0)];

/// Which of [`LEAD_WORDS`] `text` says (any case): one scan for the rare byte of each,
/// where each found is compared with its word, instead of a search for each word.
fn says_lead_words(text: &str) -> [bool; 3] {
    let mut says = [false; 3];
    each_word_at_rare_bytes(text.as_bytes(), LEAD_WORDS, LEAD_RARE_BYTES, |k, _| {
        says[k] = true
    });
    says
}

/// Where running text stops naming people ("... to the meeting", "who presented ...").
const ATTENDANCE_ENDS: &[&str] = &[
    " to the meeting",
    " who ",
    " to present",
    " to the committee",
];

/// People with their roles ("Jane Wood, Head of Service for Children in Care and Chris
/// Macdonald, Service Manager").
///
/// Running text (after "welcomed to the meeting", "Also in attendance were", ...) is read to
/// the end of its sentence; otherwise every line (and every ";" part) is an entry. An entry
/// is a comma list of "Name, Role", "Role, Name", "Name – Role" and "Name (Role)" pieces,
/// where the last words of a middle role may be the next name ("... in Care and Chris
/// Macdonald, Service Manager") and a role piece after a role continues it. Names keep
/// honorifics ("Ms Kayleigh Harrison"); `title` is set for Councillor-type titles. Best
/// effort: pieces that give no name are skipped.
pub(crate) fn parse_people_with_roles(text: &str, base: usize) -> Vec<Person> {
    thread_local! {
        /// The buffers of [`roles_in_entry`], lent from one text to the next of a thread
        /// instead of allocated and freed for each.
        static SCRATCH: RefCell<Scratch> = RefCell::default();
    }
    with_lent(&SCRATCH, |scratch| {
        people_with_roles_in(text, base, scratch)
    })
}

/// `f` with this thread's buffers in `key`, lent from one call to the next instead of
/// allocated and freed for each; a call made while they are lent (a reader inside another)
/// gets new ones rather than a panic.
fn with_lent<T: Default, R>(key: &'static LocalKey<RefCell<T>>, f: impl FnOnce(&mut T) -> R) -> R {
    key.with(|cell| match cell.try_borrow_mut() {
        Ok(mut lent) => f(&mut lent),
        Err(_) => f(&mut T::default()),
    })
}

/// [`parse_people_with_roles`] with the buffers in `scratch` (whatever they hold).
fn people_with_roles_in(text: &str, base: usize, scratch: &mut Scratch) -> Vec<Person> {
    let mut out = Vec::new();
    // Every lead-in says one of these: three searches turn away most texts before the
    // fourteen lead-ins are looked for.
    // A lead-in is looked for only when the text says its word: three searches turn away
    // most texts, and most of the lead-ins of the others.
    let says = says_lead_words(text);
    let lead_in = ATTENDANCE_LEAD_INS
        .iter()
        .filter(|&&(_, word)| says[word as usize])
        .find_map(|&(pat, _)| find_prefix_ci(text, pat, 0, text.len()).map(|i| i + pat.len()));
    match lead_in {
        Some(start) => {
            let end = first_sentence(&text[start..]).map_or(text.len(), |(_, e)| start + e);
            // The ends are lower-case ASCII: searched without a lower-cased copy.
            let end = ATTENDANCE_ENDS
                .iter()
                .filter_map(|p| find_ascii_ci(&text[start..end], p))
                .min()
                .map_or(end, |i| start + i);
            let end = trim_range(text, start, end).1;
            let end =
                if text[..end].ends_with('.') && !is_abbreviation(last_word(&text[start..end])) {
                    end - 1
                } else {
                    end
                };
            roles_in_entry(text, base, start, end, &mut out, scratch);
        }
        None => {
            for (part_start, part_end) in lines_and_parts(text) {
                if part_start == part_end {
                    continue;
                }
                let (s, e) = trim_range(text, part_start, part_end);
                let e = if text[s..e].ends_with(';') { e - 1 } else { e };
                if s < e {
                    let s = skip_bullets(text, s, e);
                    roles_in_entry(text, base, s, e, &mut out, scratch);
                }
            }
        }
    }
    out
}

/// The lines of `text` and the ";" parts of each, as byte ranges that keep their ";" but
/// not their "\n" (what `split_inclusive('\n')` and then `split_inclusive(';')` give, less
/// the line break, which would be trimmed from each line anyway and would keep it from
/// being taken as it is): one pass for both separators, sixty-four bytes a step where there
/// is a vector unit (a memchr call for each short line cost more than the line's look-ups).
fn lines_and_parts(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut start = 0;
    let bytes = text.as_bytes();
    // One of the two searches is made; the other is `None` and yields nothing.
    let by_chunks = simd::ENABLED
        .then(|| simd::Positions::new(bytes, |c: simd::Chunk| c.eq(b'\n') | c.eq(b';')));
    let by_memchr = (!simd::ENABLED).then(|| memchr::memchr2_iter(b'\n', b';', bytes));
    let seps = by_chunks
        .into_iter()
        .flatten()
        .chain(by_memchr.into_iter().flatten())
        .chain((!text.is_empty() && !text.ends_with(['\n', ';'])).then_some(text.len()));
    seps.map(move |at| {
        let part = (start, at + usize::from(bytes.get(at) == Some(&b';')));
        start = at + 1;
        part
    })
}

fn last_word(s: &str) -> &str {
    s.rsplit(is_space).next().unwrap_or(s)
}

/// Buffers [`roles_in_entry`] fills for each entry: one allocation for all the lines of a
/// list instead of two per line.
struct Scratch {
    pieces: Vec<(usize, usize)>,
    /// For each piece, whether it has a byte of a dash or an opening bracket (see
    /// [`split_pieces`]): only those may pair a name with a role.
    marked: Vec<bool>,
    plain: Vec<Option<Option<Person>>>,
    /// The words of the piece being read (see [`as_plain_name`]).
    words: PieceWords,
}

impl Default for Scratch {
    /// Room for the pieces of a line from the start, rather than two reallocations of each.
    fn default() -> Self {
        Scratch {
            pieces: Vec::with_capacity(8),
            marked: Vec::with_capacity(8),
            plain: Vec::new(),
            words: PieceWords::default(),
        }
    }
}

/// The bytes that split an entry into pieces or mark a piece as one that may pair a name
/// with a role: brackets, the comma, '-', and 0xE2 (which starts '–' and '—').
fn is_piece_byte(b: u8) -> bool {
    matches!(b, b'(' | b')' | b',' | b'-' | 0xe2)
}

/// The offsets in `bytes` of the bytes of [`is_piece_byte`], in order, passed to `f`: found
/// sixteen bytes at a time where there is a vector unit.
fn piece_bytes(bytes: &[u8], mut f: impl FnMut(usize, u8)) {
    if simd::ENABLED {
        let test = |c: simd::Chunk| c.eq(b'(') | c.eq(b')') | c.eq(b',') | c.eq(b'-') | c.eq(0xe2);
        for at in simd::Positions::new(bytes, test) {
            f(at, bytes[at]);
        }
    } else {
        for (at, &b) in bytes.iter().enumerate() {
            if is_piece_byte(b) {
                f(at, b);
            }
        }
    }
}

/// The people of one entry (a line, or the stretch of running text after a lead-in).
fn roles_in_entry(
    text: &str,
    base: usize,
    s: usize,
    e: usize,
    out: &mut Vec<Person>,
    scratch: &mut Scratch,
) {
    let (s, e) = trim_range(text, s, e);
    if s >= e {
        return;
    }
    reserve_list_room(out);
    // Comma-separated pieces (not inside brackets), without a leading "and".
    split_pieces(text, s, e, &mut scratch.pieces, &mut scratch.marked);
    match scratch.pieces[..] {
        [piece] => one_piece(
            text,
            base,
            piece,
            scratch.marked[0],
            out,
            &mut scratch.words,
        ),
        _ => pair_pieces(text, base, out, scratch),
    }
}

/// [`pair_pieces`] of an entry of one piece (most lines of a list of officers): the
/// person it names, alone or with a role ("Name – Role", "Name (Role)"); a role alone
/// names nobody. `marked` tells whether the piece has a dash or an opening bracket.
fn one_piece(
    text: &str,
    base: usize,
    (ps, pe): (usize, usize),
    marked: bool,
    out: &mut Vec<Person>,
    buf: &mut PieceWords,
) {
    let paired = if marked {
        paired_in_piece(text, base, ps, pe, buf)
    } else {
        None
    };
    match paired {
        Some((p, extra)) => {
            out.push(p);
            out.extend(extra);
        }
        None => out.extend(as_plain_name(text, base, ps, pe, buf)),
    }
}

/// The people of the pieces in `scratch` (split from one entry): names paired with roles,
/// "Name, Role", "Role, Name", "Name – Role", "Name (Role)".
fn pair_pieces(text: &str, base: usize, out: &mut Vec<Person>, scratch: &mut Scratch) {
    let mut pending: Option<Person> = None;
    let mut pending_role: Option<(usize, usize)> = None;
    // The person the previous piece gave a role to: a further role piece continues it
    // ("Joint Assistant Director for Commissioning, Performance and Quality").
    let mut role_owner: Option<usize> = None;
    let pieces = &scratch.pieces[..];
    let plain = &mut scratch.plain;
    let buf = &mut scratch.words;
    plain.clear();
    plain.resize_with(pieces.len(), || None);
    for (idx, &(ps, pe)) in pieces.iter().enumerate() {
        let paired = if scratch.marked[idx] {
            paired_in_piece(text, base, ps, pe, buf)
        } else {
            None
        };
        if let Some((p, extra)) = paired {
            out.extend(pending.take());
            pending_role = None;
            role_owner = None;
            out.push(p);
            pending = extra;
            continue;
        }
        if let Some(mut p) = plain_name_of(text, base, pieces, plain, idx, buf).take() {
            out.extend(pending.take());
            role_owner = None;
            if let Some((rs, re)) = pending_role.take() {
                p.role = Some(clean_short_in(text, rs, re));
                p.span = Span::new(base + rs, base + pe);
                out.push(p);
            } else {
                pending = Some(p);
            }
            continue;
        }
        // A role. In a middle piece, "<role> and <Name>" hands the name to the next piece.
        let mut role_end = pe;
        let mut next_name: Option<Person> = None;
        // Only when the next piece is a role for that name, and the name has two words or
        // more: "Assistant Director for Education and Inclusion, Helen Sweaton, ..." keeps
        // "Inclusion" in the role.
        let next_is_role = idx + 1 < pieces.len()
            && plain_name_of(text, base, pieces, plain, idx + 1, buf).is_none();
        if next_is_role {
            if let Some(and_at) = rfind_word_ci(text, "and", ps, pe) {
                // Two words are enough to know: the rest are not split.
                let two_words = Words::new(text, and_at + 3, pe).nth(1).is_some();
                if let Some(p) =
                    as_plain_name(text, base, and_at + 3, pe, buf).filter(|_| two_words)
                {
                    role_end = trim_range(text, ps, and_at).1;
                    next_name = Some(p);
                }
            }
        }
        // Cleaned only for a person to keep: a role nobody holds yet is kept as a range.
        let role_text = || clean_role_in(text, ps, role_end);
        match (pending.take(), role_owner.and_then(|i| out.get_mut(i))) {
            (Some(mut p), _) => {
                p.role = Some(role_text());
                p.span.end = base + role_end;
                out.push(p);
                role_owner = Some(out.len() - 1);
            }
            (None, Some(owner)) if pending_role.is_none() => {
                let role = owner.role.get_or_insert_with(String::new);
                role.push_str(", ");
                role.push_str(&role_text());
                owner.span.end = base + role_end;
            }
            (None, _) => pending_role = Some((ps, role_end)),
        }
        if next_name.is_some() {
            role_owner = None;
        }
        pending = next_name;
    }
    out.extend(pending);
}

/// The comma-separated pieces of `text[s..e]` (not inside brackets), trimmed, without a
/// leading "and", and empty ones left out; with, for each, whether its bytes had a dash or
/// an opening bracket. One pass over the bytes of [`is_piece_byte`].
fn split_pieces(
    text: &str,
    s: usize,
    e: usize,
    pieces: &mut Vec<(usize, usize)>,
    marked: &mut Vec<bool>,
) {
    pieces.clear();
    marked.clear();
    let mut piece_start = s;
    let mut depth = 0u32;
    let mut mark = false;
    piece_bytes(&text.as_bytes()[s..e], |off, b| match b {
        b'(' => {
            depth = depth.saturating_add(1);
            mark = true;
        }
        b')' => depth = depth.saturating_sub(1),
        b',' if depth == 0 => {
            pieces.push(trim_range(text, piece_start, s + off));
            marked.push(mark);
            mark = false;
            piece_start = s + off + 1;
        }
        b',' => {}
        _ => mark = true,
    });
    pieces.push(trim_range(text, piece_start, e));
    marked.push(mark);
    for piece in pieces.iter_mut() {
        if let Some(word_end) = conj_end(text, piece.0, piece.1) {
            *piece = trim_range(text, word_end, piece.1);
        }
    }
    // Empty pieces go, with their marks.
    let mut kept = 0;
    for j in 0..pieces.len() {
        if pieces[j].0 < pieces[j].1 {
            pieces[kept] = pieces[j];
            marked[kept] = marked[j];
            kept += 1;
        }
    }
    pieces.truncate(kept);
    marked.truncate(kept);
}

/// Where the first word of `text[s..e]` ends when it is "&" or "and" (any case): the
/// piece starts with one, and white space or the piece's end follows. No search for the
/// word's end.
#[inline]
fn conj_end(text: &str, s: usize, e: usize) -> Option<usize> {
    let len = if text.as_bytes().get(s) == Some(&b'&') {
        1
    } else if starts_with_ci(text, s, "and") {
        3
    } else {
        return None;
    };
    let end = s + len;
    (end == e || end < e && char_at(text, end).is_some_and(is_space)).then_some(end)
}

/// [`as_plain_name`] of `pieces[i]`, read once into `cache`: a piece is asked about as the
/// piece after a role and again in its own turn, which takes the person.
fn plain_name_of<'c>(
    text: &str,
    base: usize,
    pieces: &[(usize, usize)],
    cache: &'c mut [Option<Option<Person>>],
    i: usize,
    buf: &mut PieceWords,
) -> &'c mut Option<Person> {
    let (s, e) = pieces[i];
    cache[i].get_or_insert_with(|| as_plain_name(text, base, s, e, buf))
}

/// A piece that holds both a name and a role: "Stephen Zollinger – City Attorney",
/// "City Attorney – Stephen Zollinger", "John Smith (Chief Executive)".
fn paired_in_piece(
    text: &str,
    base: usize,
    s: usize,
    e: usize,
    buf: &mut PieceWords,
) -> Option<(Person, Option<Person>)> {
    // Both forms need a dash word or an opening bracket, each found by a byte scan (and
    // `roles_in_entry` asks only about pieces with a byte of one).
    let (dash, sides) = dash_sides(text, s, e);
    let (name, role) = match sides {
        Some((left, right)) => match as_plain_name(text, base, left.0, left.1, buf) {
            Some(p) => (p, right),
            None => (as_plain_name(text, base, right.0, right.1, buf)?, left),
        },
        _ => {
            // The brackets are ASCII: their bytes are found, with no char search set up.
            let bytes = text.as_bytes();
            let open = memchr::memchr(b'(', &bytes[s..e]).map(|i| s + i)?;
            let close = memchr::memchr(b')', &bytes[open..e]).map_or(e, |i| open + i);
            let name = as_plain_name(text, base, s, trim_range(text, s, open).1, buf)?;
            (name, (open + 1, close))
        }
    };
    // "Julie Day (Head of Service) and Ms Kayleigh Harrison from the Forum".
    if !dash && role.1 < e {
        let after = skip_space(text, role.1 + 1);
        if after + "and ".len() <= e && starts_with_ci(text, after, "and ") {
            let from = after + "and ".len();
            let extra = first_person(&text[from..e], base + from, e - from);
            let role_text = clean_short_in(text, role.0, role.1);
            let mut p = name;
            p.role = Some(role_text).filter(|r| !r.is_empty());
            p.span = Span::new(base + s, base + role.1 + 1);
            return Some((p, extra));
        }
    }
    // "Ian Roe – Democratic Services Officer and Amy Poe": the last name is someone else.
    let mut role = role;
    let mut extra = None;
    if role.1 == e {
        if let Some(and_at) = rfind_word_ci(text, "and", role.0, role.1) {
            if let Some(p) = as_plain_name(text, base, and_at + 3, role.1, buf) {
                role.1 = trim_range(text, role.0, and_at).1;
                extra = Some(p);
            }
        }
    }
    let role_text = clean_role_in(text, role.0, role.1);
    if role_text.is_empty() {
        return None;
    }
    let mut p = name;
    p.role = Some(role_text);
    let span_end = if extra.is_some() { role.1 } else { e };
    p.span = Span::new(base + s, base + span_end);
    Some((p, extra))
}

/// Whether `text[s..e]` has a dash word ("-", "–" or "—"), and, when its first one has
/// words on both sides, the ranges from the first word to the one before it and from the
/// one after it to the last. The dash word is found by a scan for its bytes instead of a
/// walk over the piece's words; the sides are the trimmed text on either side of it.
#[allow(clippy::type_complexity)]
fn dash_sides(text: &str, s: usize, e: usize) -> (bool, Option<((usize, usize), (usize, usize))>) {
    // A range that is not one of `text`'s has no words (as `Words::new`).
    if text.get(s..e).is_none() {
        return (false, None);
    }
    let Some((ds, de)) = first_dash_word(text, s, e) else {
        return (false, None);
    };
    let left = trim_range(text, s, ds);
    let right = trim_range(text, de, e);
    let sides = (left.0 < left.1 && right.0 < right.1).then_some((left, right));
    (true, sides)
}

/// The first word of `text[s..e]` (as [`Words`] splits it) that is a dash alone: a '-',
/// '–' or '—' at a word's start (the range's start, or after white space) and at its end
/// (the range's end, white space, or an opening bracket, which starts the next word).
fn first_dash_word(text: &str, s: usize, e: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    memchr::memchr2_iter(b'-', 0xe2, &bytes[s..e])
        .map(|off| s + off)
        .find_map(|at| {
            let len = match bytes[at..e] {
                [b'-', ..] => 1,
                [0xe2, 0x80, 0x93 | 0x94, ..] => 3,
                _ => return None,
            };
            let end = at + len;
            let starts = at == s || char_before(text, at).is_some_and(is_space);
            let ends = end == e
                || matches!(bytes[end], b'(' | b'[')
                || char_at(text, end).is_some_and(is_space);
            (starts && ends).then_some((at, end))
        })
}

/// The last whole-word occurrence of `pat` in `text[from..to]` (each looked for after the
/// one before ends): one scan of the range, rather than a search set up anew after each.
fn rfind_word_ci(text: &str, pat: &str, from: usize, to: usize) -> Option<usize> {
    let to = to.min(text.len());
    if pat.is_empty() || from >= to || to - from < pat.len() {
        return None;
    }
    let mut found = None;
    let mut next = from;
    for at in occurrences_ci(text.as_bytes(), pat.as_bytes(), from, to) {
        if at >= next && word_boundary_before(text, at) && word_boundary_at(text, at + pat.len()) {
            found = Some(at);
            next = at + pat.len();
        }
    }
    found
}

/// [`rfind_word_ci`] by a search from the end of each occurrence found: its reference.
#[cfg(test)]
fn rfind_word_ci_by_search(text: &str, pat: &str, from: usize, to: usize) -> Option<usize> {
    let mut found = None;
    let mut i = from;
    while let Some(at) = find_word_ci(text, pat, i, to) {
        found = Some(at);
        i = at + pat.len();
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(people: &[Person]) -> Vec<&str> {
        people.iter().map(|p| p.name.as_str()).collect()
    }

    /// Every span lies inside the input, on char boundaries, and its text contains the name's
    /// last word.
    fn check_spans(input: &str, people: &[Person]) {
        for p in people {
            let s = p
                .span
                .slice(input)
                .unwrap_or_else(|| panic!("bad span {:?} for {}", p.span, p.name));
            let last = p.name.rsplit(' ').next().unwrap();
            assert!(
                clean(s).contains(last),
                "span {s:?} does not hold {:?}",
                p.name
            );
        }
    }

    fn list(input: &str) -> Vec<Person> {
        let people = parse_name_list(input, 0);
        check_spans(input, &people);
        people
    }

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
    fn rfind_word_ci_agrees_with_a_search_after_each() {
        let texts = crate::test_text::joins_up_to(&["and", "AND", "a", "n", " ", "-", "é", "("], 5);
        for t in &texts {
            for pat in ["and", "aa", "a"] {
                for from in 0..=t.len() {
                    for to in [from, from + 2, from + 4, t.len()] {
                        assert_eq!(
                            rfind_word_ci(t, pat, from, to),
                            rfind_word_ci_by_search(t, pat, from, to),
                            "{t:?} {pat} {from}..{to}"
                        );
                    }
                }
            }
        }
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
            _ => None,
        }
    }

    #[test]
    fn word_flags_agree_with_a_look_up_of_each_byte() {
        let mut words: Vec<String> = Vec::new();
        for t in fuzz_inputs(200) {
            words.extend(
                words_in(&t, 0, t.len())
                    .iter()
                    .map(|&(s, e)| t[s..e].to_string()),
            );
        }
        let odd = [
            "", "a", "Z", "é", "-", ".", "(", "1", "/", "@", "[", "`", "{", "\u{80}",
        ];
        for n in 0..=18 {
            for o in odd {
                for at in 0..n {
                    // ASCII: byte `at` is a char.
                    let mut w = "SmithsonianWatkinsXy"[..n].to_string();
                    w.replace_range(at..=at, o);
                    words.push(w);
                }
            }
            words.push("abcdefghijklmnopqrs"[..n.min(19)].to_string());
            words.push("COUNCILMEMBERSHIP"[..n.min(17)].to_string());
        }
        words.extend(ROLE_WORDS.iter().map(|w| w.to_ascii_uppercase()));
        for w in &words {
            assert_eq!(word_flags(w), word_flags_by_bytes(w.as_bytes()), "{w:?}");
            // `Facts::of` reads a word of letters from the key's loads.
            let facts = Facts::of(w);
            assert_eq!(facts.flags, word_flags_by_bytes(w.as_bytes()), "{w:?}");
            assert_eq!(facts.lists, lists_of(key(w).as_str()), "{w:?}");
        }
    }

    #[test]
    fn abbreviations_agree_with_trimming_every_word() {
        fn by_trim(word: &str) -> bool {
            let w = word.trim_start_matches(['(', '[', '"', '\'', '‘', '“']);
            is_initials(w) || on_list(key(w).as_str(), list::ABBREVIATION)
        }
        let mut words: Vec<String> = Vec::new();
        for t in fuzz_inputs(200) {
            words.extend(
                words_in(&t, 0, t.len())
                    .iter()
                    .map(|&(s, e)| t[s..e].to_string()),
            );
        }
        for open in ["", "(", "[", "\"", "'", "‘", "“", "((", "–", "é"] {
            for w in [
                "Mr.", "cllr.", "J.", "A.B.", "Smith.", "no.", "etc.", "", ".",
            ] {
                words.push(format!("{open}{w}"));
            }
        }
        // Keys at the longest abbreviation's length and one past it, with trimmed bytes
        // around them (the ASCII path measures the key before looking it up).
        // Words of letters and a full stop, of every length up to past the quick test's,
        // with a byte that is not a letter at each place.
        for n in 1..=18 {
            let w = &"Councillorshipsxyz"[..n];
            words.push(format!("{w}."));
            for at in 0..n {
                for odd in ["1", ".", "é", "[", "-"] {
                    let mut v = w.to_string();
                    v.replace_range(at..at + 1, odd);
                    words.push(format!("{v}."));
                }
            }
        }
        for w in [
            "approx", "Approxi", "APPROX", "approxi", "cllrs", "Mrs", "x",
        ] {
            for (before, after) in [("", "."), ("(", ".)"), ("..", ".,"), ("[", ":;"), ("", "")] {
                words.push(format!("{before}{w}{after}"));
            }
        }
        for w in &words {
            assert_eq!(is_abbreviation(w), by_trim(w), "{w:?}");
        }
    }

    #[test]
    fn chair_in_text_agrees_with_a_search_of_the_entry() {
        let mut texts: Vec<String> = fuzz_inputs(100);
        for pad in [
            "",
            "x",
            "chai",
            "Cllr Smith ",
            "(in the Chair) and more text after it",
        ] {
            for mid in [
                "chair",
                "CHAIR",
                "chai",
                "c hair",
                "Vice-Chairman",
                "Zoë chair",
                "cccc",
            ] {
                texts.push(format!("{pad}{mid}{pad}"));
                texts.push(format!("{mid}{pad}"));
                texts.push(format!("{pad}{pad}{pad}{mid}"));
            }
        }
        for t in &texts {
            let ends: Vec<usize> = (0..=t.len()).filter(|&i| t.is_char_boundary(i)).collect();
            for &s in &ends {
                // Entries up to three chunks long, anywhere in the text.
                for &e in ends.iter().filter(|&&e| e >= s && e <= s + 48) {
                    let want = contains_ci(&t[s..e], "chair");
                    assert_eq!(says_chair_in(t, s, e), want, "{t:?} {s}..{e}");
                }
            }
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
    fn names_from_their_words_agree_with_cleaning_the_text() {
        // `name_in` copies a name without looking at its bytes when its words are one space
        // apart: the same name as `clean_short_in`, for every run of one to four words of
        // many texts (control bytes, wide and doubled spaces, tabs and letters that are not
        // ASCII among them).
        let mut texts = fuzz_inputs(300);
        texts.extend(
            [
                "Jane\u{1}Smith Jones",
                "Jane  Smith",
                "Jane\tSmith",
                "Jane\u{a0}Smith",
                "Zoë Smith",
                "A\u{7f}B Smith",
                "Cllr J. Smith-Jones (Chair)",
                "x\u{1f} y",
            ]
            .map(String::from),
        );
        for t in &texts {
            let words = words_in(t, 0, t.len());
            for i in 0..words.len() {
                for j in i..words.len().min(i + 4) {
                    assert_eq!(
                        name_in(t, &words[i..=j]),
                        clean_short_in(t, words[i].0, words[j].1),
                        "{t:?} {:?}",
                        &words[i..=j]
                    );
                }
            }
        }
    }

    #[test]
    fn trimmed_ranges_agree_with_trimming_the_text() {
        let pieces = [
            " ", "  ", "\t", "\n", "\u{a0}", "a", "Jo", ",", "é", "\u{3000}",
        ];
        let mut texts = crate::test_text::joins_up_to(&pieces, 5);
        texts.extend(fuzz_inputs(100));
        for t in &texts {
            for start in 0..=t.len() {
                for end in start..=t.len() {
                    assert_eq!(
                        trim_range(t, start, end),
                        trim_range_by_trim(t, start, end),
                        "{t:?} {start}..{end}"
                    );
                }
            }
        }
    }

    #[test]
    fn plain_names_know_their_remarks_from_their_words() {
        // `as_plain_name` asserts (in a debug build) that a piece none of whose words may
        // start remarks has none.
        let pieces = [
            "Jane", "Smith", " ", "(Chair)", "(", "[x]", "-", "–", "—", "x-y", "-z", "é", "Mr",
        ];
        let mut texts = crate::test_text::joins_up_to(&pieces, 4);
        texts.extend(fuzz_inputs(200));
        let mut buf = PieceWords::default();
        for t in &texts {
            as_plain_name(t, 0, 0, t.len(), &mut buf);
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
    fn a_person_read_into_a_list_or_a_slot_is_the_same() {
        // `read_person_at` puts the person into a list (a name list) or a slot (a piece of
        // an officers' list): the same person either way, and nothing else in the list (an
        // office whose bracketed name gives way takes its person back).
        let mut texts: Vec<String> = [
            "The Mayor (Councillor Mrs J Smith) (in the Chair)",
            "The Mayor (Councillor a b c d e f g)",
            "The Lord Mayor (Mr Ridgers Mr Simmonds)",
            "Cllr A Chairman",
            "Mr Ridgers Mr Simmonds",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        texts.extend(fuzz_inputs(1500));
        let earlier = parse_name_list("Cllr Earlier", 0);
        for t in &texts {
            let start = skip_bullets(t, 0, t.len());
            let words = words_in(t, start, t.len());
            let entry = EntryWords::from_words(t, start, t.len(), &words);
            for from in 0..words.len().min(4) {
                let mut list = earlier.clone();
                let mut slot = None;
                let ctx = Context::default();
                let in_list = read_person_at(t, 3, &entry, from, ctx, &[], &mut list);
                let in_slot = read_person_at(t, 3, &entry, from, ctx, &[], &mut slot);
                assert_eq!(format!("{in_list:?}"), format!("{in_slot:?}"), "{t:?}");
                assert_eq!(list[..earlier.len()], earlier[..], "{t:?}");
                assert_eq!(list.get(earlier.len()..), Some(slot.as_slice()), "{t:?}");
                assert_eq!(in_list.found, slot.is_some(), "{t:?}");
            }
        }
    }

    #[test]
    fn a_list_read_into_people_already_found_leaves_them_alone() {
        // `read_list_into` appends to the people of earlier lists (the sentences of an
        // apology text): a role alone ("Cllr A, Chair") goes to a person of its own list,
        // never to one before it, and the limit counts only its own people.
        let earlier = parse_name_list("Cllr Earlier", 0);
        let mut texts: Vec<String> = [
            "Chairman, Cllr A",
            "Chair; Cllr A, Vice-Chair",
            "Cllr A, Chair, Cllr B and Cllr C.",
            "Councillors A, B (in the Chair) and C",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        texts.extend(fuzz_inputs(1000));
        for t in &texts {
            for limit in [1, 2, usize::MAX] {
                for mode in [Mode::StopAtProse, Mode::SkipProse] {
                    let (alone, stop) = read_list(t, 7, mode, limit);
                    let mut out = earlier.clone();
                    let stop_into = read_list_into(t, 7, mode, limit, &mut out);
                    assert_eq!(out[..earlier.len()], earlier[..], "{t:?}");
                    assert_eq!(out[earlier.len()..], alone[..], "{t:?}");
                    assert_eq!(stop_into, stop, "{t:?}");
                }
            }
        }
    }

    impl Splitter<'_> {
        /// [`Splitter::next`] as it was before its words one space apart were read in one
        /// turn of its loop: every byte outside a run of letters and digits takes a turn.
        /// The reference for [`Splitter::next`].
        fn next_by_bytes(&mut self) -> Option<Entry> {
            if self.done {
                return None;
            }
            self.words.clear();
            self.chair = false;
            self.remarks = false;
            let t = self.text;
            let start = self.pos;
            let mut depth = 0u32;
            let mut word_start: Option<usize> = None;
            let mut last_word: Option<(usize, usize)> = None;
            // Where the current word of `words` started: a word of `word_start` split before
            // each opening bracket.
            let mut piece: Option<usize> = None;
            let bytes = t.as_bytes();
            let mut i = start;
            while let Some(&b) = bytes.get(i) {
                // Letters and digits, most of the text, only extend the word they are in: a
                // table look-up a byte.
                if ASCII_ALNUM[usize::from(b)] {
                    word_start.get_or_insert(i);
                    piece.get_or_insert(i);
                    if b | 0x20 == b'c' && starts_with_ci(t, i + 1, "hair") {
                        self.chair = true;
                    }
                    i = alnum_run_end(bytes, i + 1);
                    continue;
                }
                // `i` is always at a char boundary: ASCII is read without decoding, and is white
                // space exactly at the bytes 9..=13 and the space (as in `BYTE_CLASS`).
                let (c, len, space) = if b.is_ascii() {
                    (char::from(b), 1, matches!(b, b' ' | 9..=13))
                } else {
                    let c = t[i..].chars().next().unwrap_or(' ');
                    (c, c.len_utf8(), is_space(c))
                };
                if space {
                    if let Some(ws) = word_start.take() {
                        if depth == 0 && Self::is_conj(&bytes[ws..i]) {
                            self.pos = i;
                            self.inline_seen = true;
                            return Some(Entry {
                                start,
                                end: ws,
                                end_kind: End::Conj,
                            });
                        }
                        last_word = Some((ws, i));
                    }
                    if let Some(ps) = piece.take() {
                        self.words.push((ps, i));
                    }
                    if c != '\n' {
                        i += len;
                        continue;
                    }
                    // Look past the line break: how many newlines, and what comes next. ASCII
                    // white space is the bytes 9..=13 and the space (as in `BYTE_CLASS`).
                    let mut j = i;
                    let mut newlines = 0;
                    while let Some(&d) = bytes.get(j) {
                        if d.is_ascii() {
                            if !matches!(d, b' ' | 9..=13) {
                                break;
                            }
                            newlines += usize::from(d == b'\n');
                            j += 1;
                        } else {
                            match t[j..].chars().next().filter(|&d| is_space(d)) {
                                Some(d) => j += d.len_utf8(),
                                None => break,
                            }
                        }
                    }
                    let blank = newlines >= 2;
                    if blank {
                        depth = 0;
                    } else if depth > 0 {
                        i = j;
                        continue;
                    }
                    if blank && self.inline_seen && last_word.is_some() {
                        self.done = true;
                        return Some(Entry {
                            start,
                            end: i,
                            end_kind: End::Blank,
                        });
                    }
                    // The next line's first letter first: it costs no word look-up.
                    let next_lower = char_at(t, j).is_some_and(char::is_lowercase);
                    if next_lower || last_word.is_none_or(|(s, e)| Self::is_dangling(&t[s..e])) {
                        i = j;
                        continue;
                    }
                    self.pos = j;
                    return Some(Entry {
                        start,
                        end: i,
                        end_kind: End::Newline,
                    });
                }
                let ws = *word_start.get_or_insert(i);
                // Looked at only after the few chars that may end an entry.
                let next_is_space = || char_at(t, i + len).is_none_or(is_space);
                let end_kind = match c {
                    '(' | '[' => {
                        self.remarks = true;
                        depth = depth.saturating_add(1);
                        if let Some(ps) = piece.replace(i).filter(|&ps| ps < i) {
                            self.words.push((ps, i));
                        }
                        None
                    }
                    ')' | ']' => {
                        depth = depth.saturating_sub(1);
                        None
                    }
                    '-' | '–' | '—' => {
                        self.remarks = true;
                        None
                    }
                    ',' | ';' if depth == 0 => {
                        self.pos = i + len;
                        self.inline_seen = true;
                        Some(if c == ',' { End::Comma } else { End::Semicolon })
                    }
                    ':' if depth == 0 && next_is_space() => {
                        self.pos = i + len;
                        Some(End::Label)
                    }
                    '.' | '!' | '?'
                        if depth == 0
                            && next_is_space()
                            && (c != '.' || !is_abbreviation(&t[ws..i + len])) =>
                    {
                        self.done = true;
                        Some(End::Sentence)
                    }
                    _ => None,
                };
                if let Some(end_kind) = end_kind {
                    if let Some(ps) = piece.filter(|&ps| ps < i) {
                        self.words.push((ps, i));
                    }
                    return Some(Entry {
                        start,
                        end: i,
                        end_kind,
                    });
                }
                piece.get_or_insert(i);
                i += len;
            }
            self.done = true;
            let end = match word_start {
                Some(ws) if Self::is_conj(&bytes[ws..]) => ws,
                _ => {
                    if let Some(ps) = piece {
                        self.words.push((ps, t.len()));
                    }
                    t.len()
                }
            };
            Some(Entry {
                start,
                end,
                end_kind: End::Eof,
            })
        }
    }

    #[test]
    fn splitter_agrees_with_its_byte_loop() {
        let pieces = [
            "Cllr ",
            "A Smith",
            " and ",
            "and",
            " & ",
            "Chair",
            " chairman",
            "  ",
            " ",
            "\n",
            "\n\n",
            ", ",
            ";",
            ": ",
            ". ",
            "(x y)",
            "[",
            ")",
            " - ",
            "\u{2013}",
            "\t",
            "x1 2y",
            "é",
            "\u{2003}",
        ];
        let mut texts = crate::test_text::joins_up_to(&pieces, 3);
        texts.extend(fuzz_inputs(1500));
        texts.push("a b c d e f g h i j k l m n o p q r s t u v w x y z and b".to_string());
        for t in &texts {
            let (mut fast, mut slow) = (Splitter::new(t), Splitter::new(t));
            loop {
                let (f, s) = (fast.next(), slow.next_by_bytes());
                let key = |e: Option<Entry>| e.map(|e| (e.start, e.end, e.end_kind));
                assert_eq!(key(f), key(s), "{t:?}");
                assert_eq!(fast.words, slow.words, "{t:?}");
                assert_eq!(
                    (
                        fast.chair,
                        fast.remarks,
                        fast.pos,
                        fast.done,
                        fast.inline_seen
                    ),
                    (
                        slow.chair,
                        slow.remarks,
                        slow.pos,
                        slow.done,
                        slow.inline_seen
                    ),
                    "{t:?}"
                );
                if f.is_none() {
                    break;
                }
            }
        }
    }

    #[test]
    fn splitter_words_agree_with_words_in() {
        // `read_list` takes an entry's words from the splitter instead of splitting the
        // entry again: the same words, for every entry of many texts, whether copied or
        // handed over.
        let mut texts: Vec<String> = [
            "Cllr A(Chair), B [x] and C.",
            "\u{2022}Cllr Smith;  o Mr Jones\n\n- Ms Brown",
            "Councillors:\n  \u{2022} Mayor N. Salonen\n  \u{2022} Councillor S. Cressman",
            "A (in the\nChair) & B(x)(y)and",
            "Mr Ridgers Mr Simmonds and  Mr Sweetland .",
            "Cllr A - Chair, B \u{2013} x(y), C \u{2014}\n-(x) a, x [y] - z; \u{2022} - B",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        texts.extend(fuzz_inputs(1500));
        for t in &texts {
            let mut entries = Splitter::new(t);
            while let Some(entry) = entries.next() {
                let (s, e) = trim_range(t, entry.start, entry.end);
                match entries.bounds() {
                    Some(bounds) => assert_eq!(bounds, (s, e), "{t:?} {entry:?}"),
                    None => assert!(s >= e, "{t:?} {entry:?}"),
                }
                let s = skip_bullets(t, s, e);
                if s < e {
                    let mut words = Vec::new();
                    entries.entry_words(s, e, &mut words);
                    assert_eq!(words, words_in(t, s, e), "{t:?} {entry:?}");
                    // Borrowed (the splitter's own or clipped into a used buffer): the
                    // same words.
                    let mut clipped = vec![(0, 1); 3];
                    assert_eq!(
                        entries.words_of(s, e, &mut clipped),
                        &words[..],
                        "{t:?} {entry:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn splitter_sees_every_remark() {
        // `read_list` trusts the splitter's `remarks` to skip looking for where the name
        // ends: when it is false, no word of the entry starts the remarks.
        let pieces = [
            "Cllr Foss ",
            "(in the Chair)",
            "[note]",
            " - Chair",
            " – Mayor",
            " — Clerk",
            "Bennett-Sylvester",
            "\u{2003}",
            "\u{2028}",
            "x",
            ", ",
            "\n",
            "• ",
            "é",
        ];
        each_split_entry(&pieces, |t, entries, s, e| {
            let mut words = Vec::new();
            entries.entry_words(s, e, &mut words);
            if !entries.remarks {
                assert_eq!(name_end_of(t, &words), words.len(), "{t:?}");
            }
        });
    }

    /// Calls `check(text, splitter, start, end)` for every entry the splitter finds (its
    /// bullets skipped) in the joins of up to three `pieces` and in fuzz inputs: the
    /// scaffold of the tests of what the splitter notes about each entry.
    fn each_split_entry(pieces: &[&str], mut check: impl FnMut(&str, &Splitter, usize, usize)) {
        let mut texts = crate::test_text::joins_up_to(pieces, 3);
        texts.extend(fuzz_inputs(500));
        for t in &texts {
            let mut entries = Splitter::new(t);
            while entries.next().is_some() {
                let Some((s, e)) = entries.bounds() else {
                    continue;
                };
                check(t, &entries, skip_bullets(t, s, e), e);
            }
        }
    }

    #[test]
    fn splitter_sees_every_chair_role() {
        // `read_list` trusts the splitter's `chair` to skip the chair role checks: every
        // run of an entry's words that is a chair role sets it.
        let pieces = [
            "Vice-Chair",
            "Chairman ",
            "CHAIRPERSON.",
            "chair",
            "Cllr Foss ",
            "(in the Chair)",
            " Vice–Chairwoman",
            "Deputy ",
            "the ",
            "ViceChair ",
            "x",
            ", ",
            "\n",
            "• ",
            "é",
        ];
        each_split_entry(&pieces, |t, entries, s, e| {
            let words = words_in(t, s, e);
            let mut ranges = vec![(s, e)];
            for i in 0..words.len() {
                for j in i..words.len() {
                    ranges.push((words[i].0, words[j].1));
                }
            }
            for (rs, re) in ranges {
                if rs < re && chair_role(&t[rs..re]).is_some() {
                    assert!(entries.chair, "{t:?} {:?}", &t[rs..re]);
                }
            }
        });
    }

    #[test]
    fn lead_words_agree_with_a_search_for_each() {
        for (word, (rare, k)) in LEAD_WORDS.iter().zip(LEAD_RARE_BYTES) {
            assert_eq!(word.as_bytes()[k], rare, "{word:?}");
        }
        let pieces = [
            "welcomed",
            "WELCOMED",
            "welcome",
            "Attendance",
            "attend",
            "present",
            "PRESEN",
            "wd",
            "p",
            " ",
            "é",
        ];
        let mut texts = crate::test_text::joins_up_to(&pieces, 3);
        texts.extend(crate::test_text::mixes(&pieces, 2_000, 0x1ead, 40, |r| {
            r % 3 == 0
        }));
        for t in &texts {
            let old = LEAD_WORDS.map(|w| contains_ci(t, w));
            assert_eq!(says_lead_words(t), old, "{t:?}");
        }
    }

    #[test]
    fn one_piece_agrees_with_pairing_pieces() {
        let pieces = [
            "Cllr Ng",
            "Jane Wood",
            " – ",
            " - ",
            "Chief Executive",
            " (Head of Service)",
            " (",
            " and ",
            "Ms Amy Poe",
            "said",
            "The Mayor",
            " (Cllr Ng)",
            "é",
        ];
        let mut texts = crate::test_text::joins_up_to(&pieces, 4);
        texts.extend(fuzz_inputs(300));
        let mut scratch = Scratch::default();
        for t in &texts {
            let (s, e) = trim_range(t, 0, t.len());
            if s >= e {
                continue;
            }
            split_pieces(t, s, e, &mut scratch.pieces, &mut scratch.marked);
            let [piece] = scratch.pieces[..] else {
                continue;
            };
            let mut one = Vec::new();
            one_piece(t, 3, piece, scratch.marked[0], &mut one, &mut scratch.words);
            let mut paired = Vec::new();
            pair_pieces(t, 3, &mut paired, &mut scratch);
            assert_eq!(one, paired, "{t:?}");
        }
    }

    #[test]
    fn pieces_agree_with_a_byte_loop() {
        // The split as first written, byte by byte.
        fn by_bytes(text: &str, s: usize, e: usize) -> Vec<(usize, usize)> {
            let mut pieces = Vec::new();
            let mut piece_start = s;
            let mut depth = 0u32;
            for (off, &b) in text.as_bytes()[s..e].iter().enumerate() {
                match b {
                    b'(' => depth = depth.saturating_add(1),
                    b')' => depth = depth.saturating_sub(1),
                    b',' if depth == 0 => {
                        pieces.push(trim_range(text, piece_start, s + off));
                        piece_start = s + off + 1;
                    }
                    _ => {}
                }
            }
            pieces.push(trim_range(text, piece_start, e));
            for piece in pieces.iter_mut() {
                let word_end = text[piece.0..piece.1]
                    .find(is_space)
                    .map_or(piece.1, |i| piece.0 + i);
                if Splitter::is_conj(&text.as_bytes()[piece.0..word_end]) {
                    *piece = trim_range(text, word_end, piece.1);
                }
            }
            pieces.retain(|&(a, b)| a < b);
            pieces
        }
        let long = "Jane Wood, Head of Service (Children, Care) – and Chris, ".repeat(5);
        let mut texts = vec![long, "a,b,(c,d),e-f,g—h".to_string()];
        texts.extend(fuzz_inputs(1500));
        for t in &texts {
            let mut all = Vec::new();
            piece_bytes(t.as_bytes(), |at, b| all.push((at, b)));
            let want: Vec<(usize, u8)> = t
                .bytes()
                .enumerate()
                .filter(|&(_, b)| is_piece_byte(b))
                .collect();
            assert_eq!(all, want, "{t:?}");
            let (s, e) = trim_range(t, 0, t.len());
            let (mut pieces, mut marked) = (Vec::new(), Vec::new());
            split_pieces(t, s, e, &mut pieces, &mut marked);
            assert_eq!(pieces, by_bytes(t, s, e), "{t:?}");
            for (&(ps, pe), &m) in pieces.iter().zip(&marked) {
                // A piece with a dash or a bracket is always marked.
                if t[ps..pe].contains(['-', '–', '—', '(']) {
                    assert!(m, "{t:?} {ps}..{pe}");
                }
            }
        }
    }

    #[test]
    fn sentence_stops_and_word_starts_agree_with_byte_scans() {
        fn word_start_by_chars(text: &str, mut i: usize) -> usize {
            while let Some(c) = char_before(text, i).filter(|&c| !is_space(c)) {
                i -= c.len_utf8();
            }
            i
        }
        let mut texts = vec![
            "A. B! C? (d. e) [f]\n\ng".repeat(9),
            "Cllr. A Edwards sent his apologies.\u{a0}Zoë. Mr.\u{2003}X".to_string(),
        ];
        texts.extend(fuzz_inputs(1500));
        for t in &texts {
            let b = t.as_bytes();
            let mut stops = Vec::new();
            assert!(each_stop(b, |i| {
                stops.push(i);
                true
            }));
            let want: Vec<usize> = (0..b.len())
                .filter(|&i| SENTENCE_STOPS[usize::from(b[i])])
                .collect();
            assert_eq!(stops, want, "{t:?}");
            for i in (0..=t.len()).filter(|&i| t.is_char_boundary(i)) {
                assert_eq!(
                    word_start_before(t, i),
                    word_start_by_chars(t, i),
                    "{t:?} {i}"
                );
            }
        }
    }

    #[test]
    fn alnum_runs_agree_with_a_byte_loop() {
        let mut texts = vec![
            "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ x".to_string(),
            "Cllr Abbott\n\nCllr Birch; Mr O'Callaghan-Smith".repeat(3),
            "a\u{e9}b/c@d[e`f{g:h".to_string(),
        ];
        texts.extend(fuzz_inputs(500));
        for t in &texts {
            let b = t.as_bytes();
            for i in 0..=b.len() {
                let mut want = i;
                while want < b.len() && b[want].is_ascii_alphanumeric() {
                    want += 1;
                }
                assert_eq!(alnum_run_end(b, i), want, "{t:?} {i}");
            }
        }
    }

    #[test]
    fn sent_apologies_agree_with_a_search_for_each_phrase() {
        fn by_search(text: &str, s: usize, e: usize, apolog: bool, excused: bool) -> Option<usize> {
            let may_say = |phrase: &str| {
                if phrase.ends_with("excused") {
                    excused
                } else {
                    apolog
                }
            };
            SENT_APOLOGIES
                .iter()
                .filter(|p| may_say(p))
                .find_map(|phrase| find_word_ci(text, phrase, s, e))
        }
        let pieces = [
            "sent his apologies",
            "SENT APOLOGIES",
            "was excused",
            "were excused",
            "asked to be excused",
            "sends her apologies",
            "x",
            " ",
            "apologies",
            "excused",
            "ly",
            "é",
        ];
        let mut texts = crate::test_text::joins(&pieces, 3);
        texts.extend(fuzz_inputs(300));
        for t in &texts {
            for (s, e) in [(0, t.len()), (1, t.len()), (0, t.len().saturating_sub(2))] {
                if !(t.is_char_boundary(s) && t.is_char_boundary(e)) || s > e {
                    continue;
                }
                for (a, x) in [(true, true), (true, false), (false, true)] {
                    assert_eq!(
                        sent_apologies_at(t, s, e, a, x),
                        by_search(t, s, e, a, x),
                        "{t:?} {s} {e}"
                    );
                }
            }
        }
    }

    /// The apology reader as it was before [`ApologyHits`]: each sentence searched for each
    /// word, the reference the look-ups are tested against.
    mod by_search {
        use super::super::*;

        /// The next whole-word occurrence of `pat` at or after a position that only moves forward:
        /// a search resumes past the last one, so repeated look-ups over one sentence stay linear.
        struct NextWord {
            pat: &'static str,
            /// (where the last search started, what it found)
            last: Option<(usize, Option<usize>)>,
        }

        impl NextWord {
            fn new(pat: &'static str) -> Self {
                NextWord { pat, last: None }
            }

            fn find(&mut self, text: &str, from: usize, to: usize) -> Option<usize> {
                match self.last {
                    Some((start, None)) if start <= from => return None,
                    Some((start, Some(found))) if start <= from && found >= from => {
                        return Some(found)
                    }
                    _ => {}
                }
                let found = find_word_ci(text, self.pat, from, to);
                self.last = Some((from, found));
                found
            }
        }

        pub(super) fn apologies_in_sentence(text: &str, base: usize) -> Option<Vec<Person>> {
            // Each reading needs one of these (see `apologies_in_one`): a text without them needs
            // no sentence split. (The callers pass only text that is likely to say one, the lines
            // of a header that do and the paragraphs of an apologies item: no quicker test first.)
            if !APOLOGY_WORDS.iter().any(|w| contains_ci(text, w)) {
                return None;
            }
            let mut people = Vec::new();
            let mut said_none = false;
            each_sentence(text, |s, e| {
                apologies_in_one(text, base, s, e, &mut people, &mut said_none);
                true
            });
            if !people.is_empty() {
                Some(people)
            } else if said_none {
                Some(Vec::new())
            } else {
                None
            }
        }
        fn apologies_in_one(
            text: &str,
            base: usize,
            s: usize,
            e: usize,
            people: &mut Vec<Person>,
            said_none: &mut bool,
        ) {
            let sentence = &text[s..e];
            // Every phrase of NO_APOLOGIES says "apolog" too.
            let apolog = contains_ci(sentence, "apolog");
            // Every phrase of NO_APOLOGIES and NONE_WORDS says "none" or "no ": one search turns
            // most away.
            if apolog
                && says_none_or_no(sentence)
                && (NO_APOLOGIES.iter().any(|p| contains_ci(sentence, p))
                    || NONE_WORDS.iter().any(|p| contains_ci(sentence, p)))
            {
                // Names found elsewhere in the text still win (see `apologies_in_sentence`).
                *said_none = true;
            }
            let read = |from: usize, people: &mut Vec<Person>| -> usize {
                // A trigger phrase may end just past the sentence ("received from" + the space after).
                let from = from.min(e);
                let (found, stop) =
                    read_list(&text[from..e], base + from, Mode::StopAtProse, usize::MAX);
                people.extend(found);
                from + stop
            };
            let before = people.len();
            // "Received from Councillors ..." opening the sentence.
            if starts_with_ci(text, s, "received from ") {
                read(s + "received from ".len(), people);
                return;
            }
            // Every reading below needs "apologies" or "excused".
            let excused = contains_ci(sentence, "excused");
            if !apolog && !excused {
                return;
            }
            // "Apologies[ for absence]: <names>" (but not "Apologies: X sent his apologies").
            if let Some(after) = apologies_label_end(text, s, e).map(|a| a.min(e)) {
                let rest = text[after..e].trim_start_matches(is_space);
                if starts_with_ci(rest, 0, "none") || starts_with_ci(rest, 0, "nil") {
                    *said_none = true;
                    return;
                }
                let has_clause = contains_ci(rest, "apolog")
                    || contains_ci(rest, "excused")
                    || contains_ci(rest, " from ");
                if !has_clause {
                    read(after, people);
                    return;
                }
            }
            // "apologies ... from <names>" (or "on behalf of", "by"), any number of times. A link
            // that is followed by no name ("submitted by email from Cllr X") gives way to the next
            // one, at most `MAX_LINKS` of them per "apologies".
            let mut links = APOLOGY_LINKS.map(NextWord::new);
            let mut cursor = s;
            'triggers: while let Some(a) = find_prefix_ci(text, "apolog", cursor, e) {
                cursor = a + "apolog".len();
                let mut from = a;
                for _ in 0..MAX_LINKS {
                    let Some((f, len)) = links
                        .iter_mut()
                        .filter_map(|l| l.find(text, from, e).map(|f| (f, l.pat.len())))
                        .min()
                    else {
                        break 'triggers;
                    };
                    if says_late(&text[from..f]) {
                        cursor = cursor.max(f + len);
                        continue 'triggers;
                    }
                    let got = people.len();
                    cursor = cursor.max(read(f + len, people)).max(f + len);
                    if people.len() > got {
                        continue 'triggers;
                    }
                    from = f + len;
                }
            }
            if people.len() > before {
                return;
            }
            // "<names> sent his apologies".
            if let Some(p) = sent_apologies_at(text, s, e, apolog, excused) {
                let from = text[s..p].rfind(':').map_or(s, |c| s + c + 1);
                read_names_before(text, base, from, p, people);
            }
        }
    }

    #[test]
    fn apologies_agree_with_a_search_of_each_sentence() {
        let pieces = [
            "Apologies",
            " apologies were received ",
            "from ",
            "by ",
            "on behalf of ",
            "Cllr Smith",
            " and Mr Jones",
            " was EXCUSED",
            " for lateness ",
            ". ",
            ": none",
            "no ",
            "Received from ",
            ":",
            "\n\n",
            "é",
            "x",
            "sent his apologies",
        ];
        let mut texts = crate::test_text::joins(&pieces, 3);
        texts.extend(crate::test_text::mixes(
            &pieces,
            3000,
            0x2545_F491_4F6C_DD1D,
            12,
            |n| n % 4 == 0,
        ));
        texts.extend(fuzz_inputs(500));
        for t in &texts {
            assert_eq!(
                apologies_in_sentence(t, 7),
                by_search::apologies_in_sentence(t, 7),
                "{t:?}"
            );
        }
    }

    #[test]
    fn apology_hits_agree_with_a_search_for_each_word() {
        let pieces = [
            "apolog",
            "APOLOGIES",
            "excused",
            "Received from ",
            "received",
            " from ",
            "a",
            "p",
            "x",
            "v",
            " ",
            "é",
        ];
        let mut texts = crate::test_text::joins(&pieces, 3);
        texts.extend(fuzz_inputs(300));
        for t in &texts {
            let hits = ApologyHits::find(t);
            let all = |pat: &str| -> Vec<usize> {
                if t.len() < pat.len() {
                    return Vec::new();
                }
                occurrences_ci(t.as_bytes(), pat.as_bytes(), 0, t.len()).collect()
            };
            assert_eq!(hits.apolog, all("apolog"), "{t:?}");
            assert_eq!(hits.excused, all("excused"), "{t:?}");
            assert_eq!(hits.received, contains_ci(t, "received from "), "{t:?}");
        }
    }

    #[test]
    fn links_agree_with_a_search_for_each_link() {
        let pieces = [
            "from",
            "FROM",
            "by",
            "By",
            "on behalf of",
            "on ",
            "behalf",
            " of",
            "b",
            "f",
            " ",
            "x",
            "é",
            "apolog",
        ];
        let mut texts = crate::test_text::joins(&pieces, 3);
        texts.extend(fuzz_inputs(300));
        for t in &texts {
            // Links are kept only after the first "apolog", where they are asked for.
            let t = format!("{t} apolog {t}");
            let hits = ApologyHits::find(&t);
            let first = hits.apolog.first().copied().unwrap_or(t.len());
            for from in (first..=t.len()).filter(|&i| t.is_char_boundary(i)) {
                for to in [
                    t.len(),
                    t.len().saturating_sub(1),
                    t.len().saturating_sub(3),
                ] {
                    let want = APOLOGY_LINKS
                        .iter()
                        .filter_map(|l| find_word_ci(&t, l, from, to).map(|f| (f, l.len())))
                        .min();
                    assert_eq!(hits.link_in(from, to), want, "{t:?} {from} {to}");
                }
            }
        }
    }

    #[test]
    fn says_late_agrees_with_a_search_for_each_word() {
        let pieces = [
            "late", "LATE", "ness", " ", "arrival", "leaving", "leave", "early", "x", "é",
        ];
        let mut texts = crate::test_text::joins(&pieces, 4);
        texts.extend(fuzz_inputs(300));
        for t in &texts {
            let old = LATE.iter().any(|w| contains_ci(t, w));
            assert_eq!(says_late(t), old, "{t:?}");
        }
    }

    #[test]
    fn none_or_no_guards_every_no_apologies_phrase() {
        for p in NO_APOLOGIES.iter().chain(NONE_WORDS) {
            assert!(contains_ci(p, "none") || contains_ci(p, "no "), "{p}");
        }
        let pieces = ["no", "NO", "ne", "Ne", " ", "x", "n", "o", "é", "."];
        let mut texts = crate::test_text::joins(&pieces, 4);
        texts.extend(fuzz_inputs(500));
        for t in &texts {
            let old = contains_ci(t, "none") || contains_ci(t, "no ");
            assert_eq!(says_none_or_no(t), old, "{t:?}");
        }
    }

    #[test]
    fn lines_and_parts_agree_with_split_inclusive() {
        let pieces = ["", "a", ";", "\n", "; ", " \n", "é", ";;", "\n\n"];
        let mut texts = crate::test_text::joins(&pieces, 4);
        texts.extend(fuzz_inputs(300));
        for t in &texts {
            let mut want = Vec::new();
            let mut line_start = 0;
            for line in t.split_inclusive('\n') {
                let mut part_start = line_start;
                for part in line.split_inclusive(';') {
                    let end = part_start + part.strip_suffix('\n').unwrap_or(part).len();
                    want.push((part_start, end));
                    part_start += part.len();
                }
                line_start += line.len();
            }
            assert_eq!(lines_and_parts(t).collect::<Vec<_>>(), want, "{t:?}");
        }
    }

    /// The remarks as first written, char by char, gathered in a vector: the oracle of
    /// [`each_remark`].
    fn remarks_by_chars(s: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut depth = 0u32;
        let mut group_start = 0;
        let mut outside_start: Option<usize> = None;
        for (i, c) in s.char_indices() {
            match c {
                '(' | '[' => {
                    if depth == 0 {
                        if let Some(o) = outside_start.take() {
                            out.push(dash_remark(&s[o..i]));
                        }
                        group_start = i + c.len_utf8();
                    }
                    depth = depth.saturating_add(1);
                }
                ')' | ']' if depth > 0 => {
                    depth -= 1;
                    if depth == 0 {
                        out.push(clean_short_in(s, group_start, i));
                    }
                }
                _ if depth == 0 && outside_start.is_none() && !is_space(c) => {
                    outside_start = Some(i)
                }
                _ => {}
            }
        }
        if depth > 0 {
            out.push(clean_short_in(s, group_start, s.len()));
        } else if let Some(o) = outside_start {
            out.push(dash_remark(&s[o..]));
        }
        out.retain(|r| !r.is_empty());
        out
    }

    #[test]
    fn remarks_agree_with_reading_each_char() {
        let mut texts: Vec<String> = [
            "(arrived at 7.01pm) (via Teams)",
            "– Chair",
            "\u{a0}\u{2003}– Vice Chair (x",
            "a) b [c (d] e) f",
            "’ (Zoë) – é",
            "\u{200b}(x)\u{feff} y",
            "() - ( ) [",
            "]",
            "",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        texts.extend(fuzz_inputs(2000));
        for t in &texts {
            for (k, _) in t.char_indices() {
                let mut got = Vec::new();
                each_remark(&t[k..], |r| got.push(r));
                assert_eq!(got, remarks_by_chars(&t[k..]), "{:?}", &t[k..]);
            }
        }
    }

    #[test]
    fn buffers_lent_from_the_last_text_change_nothing() {
        // Each text is read with the thread's buffers as the text before left them, and
        // with new ones.
        let mut texts: Vec<String> = [
            "Jane Wood, Head of Service for Children in Care and Chris Macdonald, Service Manager",
            "Stephen Zollinger – City Attorney\nJohn Smith (Chief Executive)",
            "Councillors A Smith (Chair), B Jones, C Brown and D White",
            "Apologies were received from Councillors A Smith and B Jones.",
            "Cllr C was excused. No apologies.",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        texts.extend(fuzz_inputs(500));
        for t in &texts {
            let fresh = people_with_roles_in(t, 3, &mut Scratch::default());
            assert_eq!(parse_people_with_roles(t, 3), fresh, "{t:?}");
            let fresh = apologies_with_hits(t, 3, &mut ApologyHits::default());
            assert_eq!(apologies_in_sentence(t, 3), fresh, "{t:?}");
            for mode in [Mode::SkipProse, Mode::StopAtProse] {
                let mut fresh = Vec::new();
                let mut entries = Splitter::new(t);
                let at = read_entries_into(t, 3, mode, usize::MAX, &mut entries, &mut fresh);
                assert_eq!(read_list(t, 3, mode, usize::MAX), (fresh, at), "{t:?}");
            }
        }
    }

    #[test]
    fn dash_sides_agree_with_the_stored_words() {
        #[allow(clippy::type_complexity)]
        fn by_words(
            text: &str,
            s: usize,
            e: usize,
        ) -> (bool, Option<((usize, usize), (usize, usize))>) {
            let words = words_in(text, s, e);
            let dash = words
                .iter()
                .position(|&(ws, we)| matches!(&text[ws..we], "-" | "–" | "—"));
            let sides = match dash {
                Some(d) if d > 0 && d + 1 < words.len() => Some((
                    (words[0].0, words[d - 1].1),
                    (words[d + 1].0, words[words.len() - 1].1),
                )),
                _ => None,
            };
            (dash.is_some(), sides)
        }
        let mut texts: Vec<String> = [
            "Stephen Zollinger – City Attorney",
            "- Chair",
            "Chair -",
            "A - B - C",
            "-",
            "x—y — z",
            "Director – Governance & Assurance",
            "a -(b) c",
            "a (- b",
            "a-\u{a0}- b",
            "a\u{a0}–\u{2003}b",
            "a\u{200b}—[x] y",
            "’ – x",
            "a –",
            " - ",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        texts.extend(fuzz_inputs(1000));
        for t in &texts {
            for (s, e) in [(0, t.len()), (trim_range(t, 0, t.len()).0, t.len())] {
                assert_eq!(dash_sides(t, s, e), by_words(t, s, e), "{t:?}");
            }
        }
    }

    #[test]
    fn white_space_ends_agree_with_trim_matches() {
        let mut texts: Vec<String> = [
            "",
            " ",
            "\n\t x \r\n",
            "\u{a0}\u{2003}Zoë\u{feff}",
            "\u{200b}",
            "é ",
            " \u{85}",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        texts.extend(fuzz_inputs(500));
        for t in &texts {
            assert_eq!(
                space_before(t),
                t.len() - t.trim_start_matches(is_space).len(),
                "{t:?}"
            );
            assert_eq!(space_after(t), t.trim_end_matches(is_space).len(), "{t:?}");
        }
    }

    #[test]
    fn conjunctions_and_dashes_agree_with_a_search_of_the_piece() {
        let pieces = [
            "and", "AnD", "&", "an", "d", " ", "\u{a0}", "x", "-", "–", "—", "(", "’", ",",
        ];
        for t in crate::test_text::joins_up_to(&pieces, 4) {
            // A piece of a longer text: what follows it is never read.
            let text = format!("{t}and x");
            for e in (0..=t.len()).filter(|&e| t.is_char_boundary(e)) {
                let word_end = t[..e].find(is_space).unwrap_or(e);
                let old = Splitter::is_conj(&t.as_bytes()[..word_end]).then_some(word_end);
                assert_eq!(conj_end(&text, 0, e), old, "{t:?} {e}");
            }
        }
    }

    #[test]
    fn plain_text_agrees_with_a_byte_loop() {
        // Lengths around each load's size (4, 8, 16), with every kind of byte at every place.
        let pieces = [
            "a", "Bcd", "Efghijk", " ", "  ", ".", "-", "\t", "é", "\x7f", "\u{1}", "9",
        ];
        for t in crate::test_text::joins_up_to(&pieces, 4) {
            assert_eq!(
                is_plain(t.as_bytes()),
                is_plain_by_bytes(t.as_bytes()),
                "{t:?}"
            );
        }
    }

    #[test]
    fn plain_ranges_agree_with_a_byte_loop() {
        // Ranges of up to forty bytes at every place of texts shorter and longer than a
        // chunk, so that chunks start at the range, end at the text's end, or are two.
        let pieces = [
            "ab", "Cdefghi", " ", "  ", "\t", "é", "\x7f", "\u{1}", ".", "9",
        ];
        let texts = crate::test_text::mixes(&pieces, 3000, 0x9e37_79b9, 12, |r| r % 3 == 0);
        // Long plain texts with one double space at each place: a chunk of a long range
        // may start between its two spaces.
        let plain = "Abcdefg hijk lmnopq rs tuvw xyzABCDE FGHIJ KLMNOP QRST UVWXYZ abc defghi";
        let texts = texts.into_iter().chain((0..plain.len()).map(|k| {
            let mut t = plain.to_string();
            t.insert(k, ' ');
            t
        }));
        for t in &texts.collect::<Vec<_>>() {
            let b = t.as_bytes();
            for s in 0..=b.len() {
                for e in s..=b.len().min(s + 70) {
                    assert_eq!(
                        is_plain_in(b, s, e),
                        is_plain_by_bytes(&b[s..e]),
                        "{t:?} {s}..{e}"
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
    fn words_agree_with_a_char_by_char_split() {
        // The rule [`Words`] implements with its byte table: split at white space, and an
        // opening bracket starts a new word.
        fn by_chars(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
            let mut out = Vec::new();
            let Some(slice) = text.get(start..end) else {
                return out;
            };
            let mut word_start: Option<usize> = None;
            for (off, c) in slice.char_indices() {
                let i = start + off;
                if is_space(c) {
                    if let Some(ws) = word_start.take() {
                        out.push((ws, i));
                    }
                } else if matches!(c, '(' | '[') {
                    if let Some(ws) = word_start.take() {
                        out.push((ws, i));
                    }
                    word_start = Some(i);
                } else if word_start.is_none() {
                    word_start = Some(i);
                }
            }
            if let Some(ws) = word_start {
                out.push((ws, end));
            }
            out
        }
        let mut texts: Vec<String> = [
            "",
            "  ",
            "Smith(Chair)",
            "Cllr  J.\u{a0}Smith [Vice-Chair] (via Teams)",
            "\u{feff}Zoë\u{2003}Ørsted\u{200b}x ((a)) [",
            "a\tb\nc\r\n d",
            // Words longer than a chunk, with the bytes the chunk test stops at inside them.
            "Abcdefghijklmnopqrstuvwxyz\u{1}bcdefghijklmnopq(rstuvw)xyz efghij-klmnopq.rstu\x7fv",
            "O'Callaghan-Smith-Jones-Brown[x]yzabcdefghijklmnop\u{e9}qrstuvwxyz\u{a0}abcdefghijklmnopqr",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        texts.extend(fuzz_inputs(200));
        for t in &texts {
            // Ranges that end inside words, near the text's end, and at every place of the
            // long texts.
            let ends = (0..=t.len()).filter(|&e| t.len() < 100 || e + 40 > t.len());
            let ranges = [(0, t.len()), (1, t.len()), (0, t.len() / 2), (2, 1)];
            for (start, end) in ranges.into_iter().chain(ends.map(|e| (0, e))) {
                assert_eq!(
                    words_in(t, start, end),
                    by_chars(t, start, end),
                    "{t:?} {start}..{end}"
                );
            }
        }
    }

    #[test]
    fn pair_test_agrees_with_a_pair_scan() {
        let by_pairs = |t: &[u8]| {
            t.windows(2).any(|w| {
                matches!(
                    [w[0] | 0x20, w[1] | 0x20],
                    [b'p', b'o'] | [b'x', b'c'] | [b'i', b'v']
                )
            })
        };
        let mut texts: Vec<String> = [
            "",
            "p",
            "po",
            "PO",
            "xP",
            "1234567p",
            "1234567po",
            "abcdefghIV",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        for n in 0..20 {
            for pair in ["po", "Xc", "iV", "p\u{f0}", "\u{d0}o"] {
                texts.push(format!("{}{pair}{}", "a".repeat(n), "b".repeat(n % 3)));
            }
        }
        texts.extend(fuzz_inputs(300));
        for t in &texts {
            assert_eq!(
                has_pair_ci(t.as_bytes(), &[(b'p', b'o'), (b'x', b'c'), (b'i', b'v')]),
                by_pairs(t.as_bytes()),
                "{t:?}"
            );
        }
        // The "chair" test of an entry: every spelling has the pair.
        for t in ["Chair", "(VICE-CHAIR)", "x chairman", "in the cHaIr"] {
            assert!(has_pair_ci(t.as_bytes(), &[(b'a', b'i')]), "{t:?}");
        }
    }

    #[test]
    fn every_lead_in_says_its_word() {
        for &(pat, word) in ATTENDANCE_LEAD_INS {
            assert!(pat.contains(LEAD_WORDS[word as usize]), "{pat}");
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
            ("Chair of Planning", None),
            ("Chäir", None),
        ] {
            assert_eq!(chair_role(s), role, "{s:?}");
        }
    }

    /// The char-by-char sentence splitter [`each_sentence`] replaced: the reference.
    fn sentences_by_chars(text: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut f = |s: usize, e: usize| {
            out.push((s, e));
            true
        };
        each_sentence_by_chars(text, &mut f);
        out
    }

    fn each_sentence_by_chars(text: &str, mut f: impl FnMut(usize, usize) -> bool) {
        let mut start = 0;
        let mut depth = 0u32;
        let mut word_start: Option<usize> = None;
        let mut newline_seen = false;
        let mut push = |s: usize, e: usize| {
            let (s, e) = trim_range(text, s, e);
            s >= e || f(s, e)
        };
        for (i, c) in text.char_indices() {
            if is_space(c) {
                word_start = None;
                if c == '\n' {
                    if newline_seen {
                        if !push(start, i) {
                            return;
                        }
                        start = i;
                        depth = 0;
                    }
                    newline_seen = true;
                }
                continue;
            }
            newline_seen = false;
            let ws = *word_start.get_or_insert(i);
            match c {
                '(' | '[' => depth = depth.saturating_add(1),
                ')' | ']' => depth = depth.saturating_sub(1),
                '.' | '!' | '?' if depth == 0 => {
                    let next_is_space = char_at(text, i + 1).is_none_or(is_space);
                    if next_is_space && (c != '.' || !is_abbreviation(&text[ws..i + 1])) {
                        if !push(start, i + 1) {
                            return;
                        }
                        start = i + 1;
                    }
                }
                _ => {}
            }
        }
        push(start, text.len());
    }

    #[test]
    fn sentences_agree_with_the_char_by_char_splitter() {
        let mut texts: Vec<String> = [
            "",
            "One. Two! Three? Four",
            "Cllr. Smith (Mr. X. Y) sent apologies. Next.",
            "a\n\nb. c\n \t\n\u{a0}\nd",
            "\n\n\nx.\u{a0}y.\u{2003}z",
            "(open [two. three\n\nafter. ]) end.",
            "Zoë Ørsted.\u{200b} Next\u{feff}. Last",
            "H.A.L. 9000 a.m. p.m. Dr. No. 5. Done.",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        texts.extend(fuzz_inputs(500));
        for t in &texts {
            assert_eq!(sentences(t), sentences_by_chars(t), "{t:?}");
        }
    }

    #[test]
    fn rotherham_present_list_with_chair() {
        let text = "Councillor Pitchley (in the Chair); Councillors Cooksey, Bacon, Baker-Rogers, Z. Collingham, Griffin, Haleem, Hughes, McNeely, Monk and Bennett-Sylvester.";
        let people = list(text);
        assert_eq!(
            names(&people),
            [
                "Pitchley",
                "Cooksey",
                "Bacon",
                "Baker-Rogers",
                "Z. Collingham",
                "Griffin",
                "Haleem",
                "Hughes",
                "McNeely",
                "Monk",
                "Bennett-Sylvester"
            ]
        );
        assert_eq!(people[0].role.as_deref(), Some("Chair"));
        assert!(people
            .iter()
            .all(|p| p.title.as_deref() == Some("Councillor")));
        assert!(people[1..].iter().all(|p| p.role.is_none()));
        assert_eq!(
            people[0].span.slice(text),
            Some("Councillor Pitchley (in the Chair)")
        );
        assert_eq!(people[4].span.slice(text), Some("Z. Collingham"));
    }

    #[test]
    fn spans_are_absolute() {
        let input = "Present:- Councillor Smith; Councillors Jones and Brown.\nNext";
        let base = input.find("Councillor").unwrap();
        let people = parse_name_list(&input[base..], base);
        assert_eq!(names(&people), ["Smith", "Jones", "Brown"]);
        assert_eq!(people[1].span.slice(input), Some("Councillors Jones"));
        assert_eq!(people[2].span.slice(input), Some("Brown"));
    }

    #[test]
    fn one_name_per_line_with_blank_lines() {
        let text = "\n\nCouncillors:\n\n \n\nChairman Cllr Foss\n\nVice Chairman Cllr Austen\n\n \n\n Cllr Abbott\n\n \n\nCllr Baldry\nCllr Bastone\n\nCllr O'Callaghan\n\n \n\nIn attendance:\n\nMr Officer";
        let people = list(text);
        assert_eq!(
            names(&people),
            [
                "Foss",
                "Austen",
                "Abbott",
                "Baldry",
                "Bastone",
                "O'Callaghan"
            ]
        );
        assert_eq!(people[0].role.as_deref(), Some("Chair"));
        assert_eq!(people[1].role.as_deref(), Some("Vice Chair"));
        assert_eq!(people[2].role, None);
        assert_eq!(people[0].span.slice(text), Some("Chairman Cllr Foss"));
        assert!(people
            .iter()
            .all(|p| p.title.as_deref() == Some("Councillor")));
    }

    #[test]
    fn line_break_inside_a_title_continues_the_name() {
        let text = "Council Member Flora, Council Member Mann, Council Member Busby, Council\nMember Wolfe, Council President Smith and Mayor Merrill.\nCouncil Member Walker asked to be excused.";
        let people = list(text);
        assert_eq!(
            names(&people),
            [
                "Flora",
                "Mann",
                "Busby",
                "Wolfe",
                "Council President Smith",
                "Mayor Merrill"
            ]
        );
        assert_eq!(people[3].title.as_deref(), Some("Council Member"));
        assert_eq!(people[3].span.slice(text), Some("Council\nMember Wolfe"));
        assert_eq!(people[4].title, None);
    }

    #[test]
    fn comma_then_line_break_and_notes() {
        let text = "Cllrs B Austin, D Bretherton, N Champken-Woods, P Cowell (Deputy Mayor), M Deacock, A Dite, M Dyer,\nL Emery, H Fickling, K Gregory, C Jones, A Midwinter (Town Mayor), J Tipping and T Wyse\n\n\nC Pinnells, Acting Town Clerk\nG Markland, Neighbourhood Plan Continuity Officer\n";
        let people = list(text);
        assert_eq!(
            names(&people),
            [
                "B Austin",
                "D Bretherton",
                "N Champken-Woods",
                "P Cowell",
                "M Deacock",
                "A Dite",
                "M Dyer",
                "L Emery",
                "H Fickling",
                "K Gregory",
                "C Jones",
                "A Midwinter",
                "J Tipping",
                "T Wyse"
            ]
        );
        assert_eq!(people[3].note.as_deref(), Some("Deputy Mayor"));
        assert_eq!(people[11].note.as_deref(), Some("Town Mayor"));
        assert_eq!(people[11].role, None, "Town Mayor is a note, not the chair");
    }

    #[test]
    fn groby_list_ends_at_the_sentence() {
        let text = "Cllr P Batty (Chairman), Cllr J Batty, Cllr Beck, Cllr Hollick (arrived at 7.01pm), Cllr L Smith (arrived at 7.01pm), Cllr Stockill (arrived at 7.03pm) and Cllr Yarwood. Cou/286/07-08 Apologies for Absence Apologies for absence were received from Cllr Purves";
        let people = list(text);
        assert_eq!(
            names(&people),
            ["P Batty", "J Batty", "Beck", "Hollick", "L Smith", "Stockill", "Yarwood"]
        );
        assert_eq!(people[0].role.as_deref(), Some("Chair"));
        assert_eq!(people[3].note.as_deref(), Some("arrived at 7.01pm"));
        assert_eq!(
            people[3].span.slice(text),
            Some("Cllr Hollick (arrived at 7.01pm)")
        );
    }

    #[test]
    fn chair_prefix_with_dotted_title_and_initials() {
        let text = "Chair Cllr. C Edwards, Cllr. P Rudd, Cllr. J Bulman, Cllr. R A Williams, Cllr H.A.L. Evans\nCouncil Employees Present: RFO Clive Baker";
        let people = list(text);
        assert_eq!(
            names(&people),
            [
                "C Edwards",
                "P Rudd",
                "J Bulman",
                "R A Williams",
                "H.A.L. Evans"
            ]
        );
        assert_eq!(people[0].role.as_deref(), Some("Chair"));
        assert_eq!(people[0].title.as_deref(), Some("Councillor"));
    }

    #[test]
    fn plural_title_keeps_other_honorifics() {
        let text = "Councillors English (Chairman), Mrs Blackmore, Cannon, Clark, Round and S Thompson\n1. Apologies for Absence";
        let people = list(text);
        assert_eq!(
            names(&people),
            [
                "English",
                "Mrs Blackmore",
                "Cannon",
                "Clark",
                "Round",
                "S Thompson"
            ]
        );
        assert_eq!(people[0].role.as_deref(), Some("Chair"));
        assert_eq!(people[1].title.as_deref(), Some("Councillor"));
    }

    #[test]
    fn paragraph_after_comma_list_ends_it() {
        let text = "Councillors Mrs Blackmore, Brice, English (Chairman), D Wilkinson and T Wilkinson\n\n\nAlso Present:\n\nCouncillor Round";
        assert_eq!(
            names(&list(text)),
            [
                "Mrs Blackmore",
                "Brice",
                "English",
                "D Wilkinson",
                "T Wilkinson"
            ]
        );
    }

    #[test]
    fn bullets_and_a_following_section() {
        let text = "\n  • Mayor N. Salonen\n  • Councillor S. Cressman\n  • Councillor K. Wilkinson\n  · Councillor L. Dunstall\n  - Councillor S. Martin\nStaff Present:\n  • Chief Administrative Officer, S. Chambers\n";
        let people = list(text);
        assert_eq!(
            names(&people),
            [
                "Mayor N. Salonen",
                "S. Cressman",
                "K. Wilkinson",
                "L. Dunstall",
                "S. Martin"
            ]
        );
        assert_eq!(people[0].title, None);
        assert_eq!(people[0].span.slice(text), Some("Mayor N. Salonen"));
    }

    #[test]
    fn office_with_the_name_in_brackets() {
        let text =
            "The Mayor (Councillor Mrs J. Smith) (in the Chair); Councillors Brown and Green.";
        let people = list(text);
        assert_eq!(names(&people), ["Mrs J. Smith", "Brown", "Green"]);
        assert_eq!(people[0].role.as_deref(), Some("Chair"));
        assert_eq!(people[0].note.as_deref(), Some("The Mayor"));
        assert_eq!(people[0].title.as_deref(), Some("Councillor"));
        assert_eq!(
            people[0].span.slice(text),
            Some("The Mayor (Councillor Mrs J. Smith) (in the Chair)")
        );
        let people = list("The Chairman (Cllr Avon), Cllr Bell");
        assert_eq!(names(&people), ["Avon", "Bell"]);
        assert_eq!(people[0].role.as_deref(), Some("Chair"));
        assert_eq!(people[0].note, None);
        assert!(list("The Mayor (see above)").is_empty());
    }

    #[test]
    fn chair_word_after_the_name() {
        let people = list(
            "Councillor J Smith Chairman\nCouncillor A Jones Vice Chairman\nCouncillor B Brown",
        );
        assert_eq!(names(&people), ["J Smith", "A Jones", "B Brown"]);
        let roles: Vec<_> = people.iter().map(|p| p.role.as_deref()).collect();
        assert_eq!(roles, [Some("Chair"), Some("Vice Chair"), None]);
    }

    #[test]
    fn oxford_comma_ampersand_and_separators() {
        assert_eq!(
            names(&list("Cllr Smith, Cllr Jones, and Cllr Brown")),
            ["Smith", "Jones", "Brown"]
        );
        assert_eq!(
            names(&list("Cllrs Smith & Jones; Cllr Brown")),
            ["Smith", "Jones", "Brown"]
        );
    }

    #[test]
    fn chair_markers_in_every_spelling() {
        let people = list("Cllr Ash (Chair), Cllr Bell (Vice-Chair), Cllr Cole (Chairwoman), Cllr Dee, Chairman, Vice Chairman Cllr Eyre");
        let roles: Vec<_> = people.iter().map(|p| p.role.as_deref()).collect();
        assert_eq!(names(&people), ["Ash", "Bell", "Cole", "Dee", "Eyre"]);
        assert_eq!(
            roles,
            [
                Some("Chair"),
                Some("Vice Chair"),
                Some("Chair"),
                Some("Chair"),
                Some("Vice Chair")
            ]
        );
    }

    #[test]
    fn notes_and_a_dash_role() {
        let people = list("Councillor Smith (via Teams) (Chair), Councillor Jones – Vice-Chairman");
        assert_eq!(people[0].note.as_deref(), Some("via Teams"));
        assert_eq!(people[0].role.as_deref(), Some("Chair"));
        assert_eq!(people[1].role.as_deref(), Some("Vice Chair"));
    }

    #[test]
    fn non_ascii_names_and_nbsp() {
        let text = "Councillors Zoë\u{a0}Brontë, Siân O’Callaghan and Łukasz Nowak.";
        let people = list(text);
        assert_eq!(
            names(&people),
            ["Zoë Brontë", "Siân O’Callaghan", "Łukasz Nowak"]
        );
        assert_eq!(
            people[0].span.slice(text),
            Some("Councillors Zoë\u{a0}Brontë")
        );
        let crlf = "Cllr Abbott\r\n\r\nCllr Baldry\r\nCllr Bastone\r\n";
        assert_eq!(names(&list(crlf)), ["Abbott", "Baldry", "Bastone"]);
    }

    #[test]
    fn a_sentence_is_not_a_name() {
        assert!(list("The meeting started late because the room was double booked and nobody could find the key.").is_empty());
        assert!(list("It was noted that the report had been circulated").is_empty());
        let long = "Cllr Alpha Bravo Charlie Delta Echo Foxtrot Golf";
        assert!(list(long).is_empty(), "seven-word names are prose");
    }

    #[test]
    fn apologies_from_councillors() {
        let got = apologies_in_sentence(
            "Apologies were received from Councillors Wilson and Mills.",
            0,
        )
        .unwrap();
        assert_eq!(names(&got), ["Wilson", "Mills"]);
        assert!(got.iter().all(|p| p.title.as_deref() == Some("Councillor")));
    }

    #[test]
    fn apologies_not_lateness() {
        let t = "Apologies for absence had been received from Councillors Lambert, A Sachdev and Spencer and apologies for lateness from Councillor Vince.";
        assert_eq!(
            names(&apologies_in_sentence(t, 0).unwrap()),
            ["Lambert", "A Sachdev", "Spencer"]
        );
    }

    #[test]
    fn apologies_keep_mr_and_mrs() {
        let t = "The Democratic Services Manager reported apologies from Mrs Dean, Mr Lehmann, Mr Logen, Mr Samme, Mr Thorp and Mr Stepto.";
        assert_eq!(
            names(&apologies_in_sentence(t, 0).unwrap()),
            [
                "Mrs Dean",
                "Mr Lehmann",
                "Mr Logen",
                "Mr Samme",
                "Mr Thorp",
                "Mr Stepto"
            ]
        );
    }

    #[test]
    fn apologies_split_at_an_honorific_without_comma() {
        let t = "    The General Counsel reported apologies from Mr Booth, Ida Linfield, Ms Marsh, Mr Pugh,  Mr Ridgers Mr Simmonds and  Mr Sweetland .";
        let got = apologies_in_sentence(t, 10).unwrap();
        assert_eq!(
            names(&got),
            [
                "Mr Booth",
                "Ida Linfield",
                "Ms Marsh",
                "Mr Pugh",
                "Mr Ridgers",
                "Mr Simmonds",
                "Mr Sweetland"
            ]
        );
        assert_eq!(
            got[4].span,
            Span::new(
                10 + t.find("Mr Ridgers").unwrap(),
                10 + t.find(" Mr Simmonds").unwrap()
            )
        );
    }

    #[test]
    fn apologies_received_from_with_notes() {
        let t = "Received from Councillors Kaya Comer-Schwartz and Richard Watts (members of the Committee) and Councillor Anjna Khurana (observer).";
        let got = apologies_in_sentence(t, 0).unwrap();
        assert_eq!(
            names(&got),
            ["Kaya Comer-Schwartz", "Richard Watts", "Anjna Khurana"]
        );
        assert_eq!(got[1].note.as_deref(), Some("members of the Committee"));
        assert_eq!(got[2].note.as_deref(), Some("observer"));
    }

    #[test]
    fn apologies_untitled_and_aldermen() {
        let t = "Apologies were received from Simon Duckworth, Marianne Fredericks, Alderman Alastair King and Ian Seaton.";
        assert_eq!(
            names(&apologies_in_sentence(t, 0).unwrap()),
            [
                "Simon Duckworth",
                "Marianne Fredericks",
                "Alderman Alastair King",
                "Ian Seaton"
            ]
        );
        let t = "Apologies were received from the Right Hon. the Lord Mayor Dr Andrew Parmley, and Jeremy Mayhew.";
        assert_eq!(
            names(&apologies_in_sentence(t, 0).unwrap()),
            [
                "the Right Hon. the Lord Mayor Dr Andrew Parmley",
                "Jeremy Mayhew"
            ]
        );
    }

    #[test]
    fn apologies_over_two_sentences_stop_at_who() {
        let t = "Apologies for absence were received from Councillors Victor Chamberlain and Anood Al-Samerai.  Apologies for absence  were also received from Councillor Helen Dennis, who had recently given birth to a baby girl.  The chair expressed congratulations on behalf of the committee.";
        assert_eq!(
            names(&apologies_in_sentence(t, 0).unwrap()),
            ["Victor Chamberlain", "Anood Al-Samerai", "Helen Dennis"]
        );
    }

    #[test]
    fn apologies_with_notes_and_sent_apologies() {
        let got = apologies_in_sentence("Apologies were received from Cllr Dodds (personal).", 0)
            .unwrap();
        assert_eq!(names(&got), ["Dodds"]);
        assert_eq!(got[0].note.as_deref(), Some("personal"));
        let t = "82/23 Apologies: Cllr. A Edwards sent his apologies.";
        let got = apologies_in_sentence(t, 0).unwrap();
        assert_eq!(names(&got), ["A Edwards"]);
        assert_eq!(got[0].span.slice(t), Some("Cllr. A Edwards"));
        assert_eq!(
            names(&apologies_in_sentence("Council Member Walker asked to be excused.", 0).unwrap()),
            ["Walker"]
        );
    }

    #[test]
    fn apologies_stop_at_a_capitalised_sentence_word() {
        let t = "Apologies for absence were received from Cllr Purves With the absence of the Vice Chairman it was proposed by Councillor P Batty that Councillor Beck be elected";
        assert_eq!(names(&apologies_in_sentence(t, 0).unwrap()), ["Purves"]);
    }

    #[test]
    fn apologies_none_and_not_apologies() {
        assert_eq!(
            apologies_in_sentence("There were no apologies for absence.", 0),
            Some(vec![])
        );
        assert_eq!(apologies_in_sentence("Apologies: None.", 0), Some(vec![]));
        assert_eq!(
            apologies_in_sentence("The Committee noted the report.", 0),
            None
        );
        assert_eq!(apologies_in_sentence("Apologies for Absence", 0), None);
        let t = "Members were advised that Mr Chittenden and Ms Constantine had given their formal apologies and were joining the meeting virtually.";
        assert_eq!(apologies_in_sentence(t, 0), None);
    }

    #[test]
    fn apologies_on_behalf_of_and_by() {
        let t = "Apologies for absence were submitted on behalf of Councillors Ahmed and O’Neill.";
        assert_eq!(
            names(&apologies_in_sentence(t, 0).unwrap()),
            ["Ahmed", "O’Neill"]
        );
        let t = "Apologies were submitted by email from Cllr Price.";
        assert_eq!(names(&apologies_in_sentence(t, 0).unwrap()), ["Price"]);
        let t = "Apologies were given by Mr Hall and Mrs Ward.";
        assert_eq!(
            names(&apologies_in_sentence(t, 0).unwrap()),
            ["Mr Hall", "Mrs Ward"]
        );
        assert_eq!(
            apologies_in_sentence("Apologies were noted by the Committee.", 0),
            None
        );
        assert_eq!(
            apologies_in_sentence("Apologies for Absence\nThere were none.", 0),
            Some(vec![])
        );
        assert_eq!(
            apologies_in_sentence("Public questions: there were none.", 0),
            None
        );
    }

    #[test]
    fn apologies_label_list() {
        let got =
            apologies_in_sentence("Apologies for absence: Cllr Smith, Cllr Jones", 0).unwrap();
        assert_eq!(names(&got), ["Smith", "Jones"]);
        let got = apologies_in_sentence(
            "Apologies for absence:- Apologies were received from Councillors Wilson and Mills.",
            0,
        )
        .unwrap();
        assert_eq!(names(&got), ["Wilson", "Mills"]);
    }

    #[test]
    fn officers_with_roles_in_a_sentence() {
        let t = "The Chair welcomed to the meeting Jane Wood, Head of Service for Children in Care and Chris Macdonald, Service Manager for the Central Locality Teams and Family Activity Base.";
        let got = parse_people_with_roles(t, 0);
        assert_eq!(names(&got), ["Jane Wood", "Chris Macdonald"]);
        assert_eq!(
            got[0].role.as_deref(),
            Some("Head of Service for Children in Care")
        );
        assert_eq!(
            got[1].role.as_deref(),
            Some("Service Manager for the Central Locality Teams and Family Activity Base")
        );
        assert_eq!(
            got[0].span.slice(t),
            Some("Jane Wood, Head of Service for Children in Care")
        );
    }

    #[test]
    fn officers_one_per_line() {
        let t = "Stephen Zollinger – City Attorney\nMatt Nielson – Finance Officer\nDeborah Lovejoy - City Clerk\n";
        let got = parse_people_with_roles(t, 0);
        assert_eq!(
            names(&got),
            ["Stephen Zollinger", "Matt Nielson", "Deborah Lovejoy"]
        );
        assert_eq!(got[0].role.as_deref(), Some("City Attorney"));
        assert_eq!(got[2].role.as_deref(), Some("City Clerk"));
        assert_eq!(got[1].span.slice(t), Some("Matt Nielson – Finance Officer"));
    }

    #[test]
    fn officers_role_first() {
        let t = "  • Chief Administrative Officer, S. Chambers\n  • Director of Corporate Services/CFO, G. Clark\n  • Curator, S. Gropp\nC Pinnells, Acting Town Clerk\n";
        let got = parse_people_with_roles(t, 0);
        assert_eq!(
            names(&got),
            ["S. Chambers", "G. Clark", "S. Gropp", "C Pinnells"]
        );
        assert_eq!(got[0].role.as_deref(), Some("Chief Administrative Officer"));
        assert_eq!(
            got[1].role.as_deref(),
            Some("Director of Corporate Services/CFO")
        );
        assert_eq!(got[3].role.as_deref(), Some("Acting Town Clerk"));
        assert_eq!(
            got[0].span.slice(t),
            Some("Chief Administrative Officer, S. Chambers")
        );
    }

    #[test]
    fn officers_with_bracketed_roles_and_dashes_in_one_line() {
        let t = "Officers: John Smith (Chief Executive), Jane Doe (Monitoring Officer), Ian Roe – Democratic Services Officer and Amy Poe";
        let got = parse_people_with_roles(&t["Officers: ".len()..], 10);
        assert_eq!(
            names(&got),
            ["John Smith", "Jane Doe", "Ian Roe", "Amy Poe"]
        );
        assert_eq!(got[0].role.as_deref(), Some("Chief Executive"));
        assert_eq!(got[1].role.as_deref(), Some("Monitoring Officer"));
        assert_eq!(got[2].role.as_deref(), Some("Democratic Services Officer"));
        assert_eq!(got[3].role, None);
        assert_eq!(got[0].span.slice(t), Some("John Smith (Chief Executive)"));
        let t = "Also in attendance were Nathan Heath, Assistant Director for Education and Inclusion, Helen Sweaton, Joint Assistant Director for Commissioning, Performance and Quality (representing the Integrated Care Partnership), Julie Day (Head of Service) and Ms Kayleigh Harrison from the Rotherham Parents Carers Forum (RPCF).";
        let got = parse_people_with_roles(t, 0);
        assert_eq!(
            names(&got),
            [
                "Nathan Heath",
                "Helen Sweaton",
                "Julie Day",
                "Ms Kayleigh Harrison"
            ]
        );
        assert_eq!(
            got[0].role.as_deref(),
            Some("Assistant Director for Education and Inclusion")
        );
        assert_eq!(
            got[1].role.as_deref(),
            Some("Joint Assistant Director for Commissioning, Performance and Quality (representing the Integrated Care Partnership)")
        );
        assert_eq!(got[2].role.as_deref(), Some("Head of Service"));
        assert_eq!(got[2].span.slice(t), Some("Julie Day (Head of Service)"));
        let got = parse_people_with_roles("City Clerk – Deborah Lovejoy", 0);
        assert_eq!(names(&got), ["Deborah Lovejoy"]);
        assert_eq!(got[0].role.as_deref(), Some("City Clerk"));
    }

    #[test]
    fn also_in_attendance_sentence() {
        let t = "Also in attendance were Mark Cummins, Assistant Director, and Ann Lee.";
        let got = parse_people_with_roles(t, 0);
        assert_eq!(names(&got), ["Mark Cummins", "Ann Lee"]);
        assert_eq!(got[0].role.as_deref(), Some("Assistant Director"));
        assert_eq!(got[1].role, None);
    }

    #[test]
    fn sentences_respect_initials_and_abbreviations() {
        let t = "Mr. Z. Smith came. He left!  Then (see p. 4. ok) went.\n\nNew para";
        let got: Vec<_> = sentences(t).into_iter().map(|(s, e)| &t[s..e]).collect();
        assert_eq!(
            got,
            [
                "Mr. Z. Smith came.",
                "He left!",
                "Then (see p. 4. ok) went.",
                "New para"
            ]
        );
    }

    #[test]
    fn never_panics_on_odd_input() {
        let odd = [
            "",
            " ",
            "\u{a0}",
            ",,,;;",
            "(((((",
            ")))",
            "Cllr",
            "Councillors",
            "and",
            "&",
            ".",
            "Cllr.",
            "é",
            "Cllr Zoë (",
            "• \n•",
            "o",
            "Council\n",
            "Apologies:",
            "apologies from",
            "from",
            "Mr Mr Mr Mr",
            "A. B. C. D.",
            "\r\n\r\n",
            "(in the Chair)",
            "–",
            "Chair:",
            // Found by the random-mix test: trigger words at the very end of a piece.
            "Z.received from",
            "Ann Lee (Clerk) and",
            "Ann Lee (Clerk) and ",
            "Apologies for absence",
        ];
        for s in odd {
            for base in [0, 7] {
                for p in parse_name_list(s, base)
                    .into_iter()
                    .chain(apologies_in_sentence(s, base).unwrap_or_default())
                    .chain(parse_people_with_roles(s, base))
                {
                    assert!(
                        p.span.start >= base && p.span.end <= base + s.len(),
                        "{s:?}: {p:?}"
                    );
                    assert!(s.get(p.span.start - base..p.span.end - base).is_some());
                }
            }
        }
    }

    /// Pieces that have broken scanners before: brackets, separators, multi-byte letters,
    /// NBSP, curly quotes, titles, trigger words and numbers.
    const PIECES: &[&str] = &[
        "Cllr",
        "Councillors",
        "Council\n",
        "Member",
        "Mr",
        "Dr.",
        "Z.",
        "H.A.L.",
        "and",
        "&",
        ",",
        ";",
        ":",
        ".",
        ". ",
        "(",
        ")",
        "[",
        "(in the Chair)",
        "\n",
        "\n\n",
        "\r\n",
        "\u{a0}",
        " ",
        "Zoë",
        "O’Brien",
        "Łukasz",
        "é",
        "日本",
        "–",
        "-",
        "•",
        "o ",
        "apologies",
        "from",
        "received from",
        "sent his apologies",
        "declared",
        "a non-pecuniary",
        "interest",
        "in item",
        "7p",
        "Minute",
        "No.",
        "45/23",
        "TCF 23/31",
        "moved by",
        "seconded by",
        "carried",
        "LOST",
        "5-0",
        "For",
        "7",
        "Against",
        "aye:",
        "nay:",
        "none",
        "Smith",
        "Head of Service",
        "welcomed to the meeting",
        "Chairman",
        "Vice-Chair",
        "who",
    ];

    /// The words (as the splitter cuts them) of `n` fuzz inputs.
    fn fuzz_words(n: usize) -> Vec<String> {
        let mut words = Vec::new();
        for t in fuzz_inputs(n) {
            words.extend(
                words_in(&t, 0, t.len())
                    .iter()
                    .map(|&(s, e)| t[s..e].to_string()),
            );
        }
        words
    }

    /// A deterministic pseudo-random mix of `PIECES`.
    pub(crate) fn fuzz_inputs(count: usize) -> Vec<String> {
        crate::test_text::mixes(PIECES, count, 0x9E37_79B9_7F4A_7C15, 40, |n| n % 3 == 0)
    }

    #[test]
    fn random_mixes_never_panic_and_spans_stay_inside() {
        for input in fuzz_inputs(3000) {
            let base = 11;
            let inside = |span: Span| {
                span.start >= base
                    && span.start <= span.end
                    && input.get(span.start - base..span.end - base).is_some()
            };
            let people = parse_name_list(&input, base)
                .into_iter()
                .chain(apologies_in_sentence(&input, base).unwrap_or_default())
                .chain(parse_people_with_roles(&input, base))
                .chain(names_in_clause(&input, base));
            for p in people {
                assert!(inside(p.span), "{input:?}: {p:?}");
                assert!(
                    !p.name.is_empty() && p.name == clean(&p.name),
                    "{input:?}: {p:?}"
                );
            }
            if let Some(m) = crate::motion::parse_motion(&input, base) {
                assert!(inside(m.span), "{input:?}: {m:?}");
            }
            for d in crate::declaration::find_declarations(&input, base) {
                assert!(inside(d.span), "{input:?}: {d:?}");
            }
            for r in crate::declaration::find_references(&input, base) {
                assert!(inside(r.span), "{input:?}: {r:?}");
            }
        }
    }

    #[test]
    fn long_inputs_are_read_once() {
        // A long list and a long run of prose: both must finish (linear scanning).
        let many = "Cllr Smith, ".repeat(20_000);
        assert_eq!(parse_name_list(&many, 0).len(), 20_000);
        let prose = "apologies apologies from from ".repeat(20_000);
        let _ = apologies_in_sentence(&prose, 0);
        let spaces = format!("Cllr Smith{}", "\n \n".repeat(50_000));
        assert_eq!(parse_name_list(&spaces, 0).len(), 1);
        // Many names in one entry (no separators): each split reuses the entry's words.
        let glued = "Mr Smith ".repeat(20_000);
        assert_eq!(parse_name_list(&glued, 0).len(), 20_000);
        assert_eq!(names_in_clause(&glued, 0).len(), 20_000);
        let parens = "(".repeat(100_000);
        assert!(parse_name_list(&parens, 0).is_empty());
    }
}
