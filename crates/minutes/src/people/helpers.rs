//! Text helpers shared by the field parsers: case-insensitive search at word boundaries,
//! the trimmed ends of a range, the words of a range and the keys they are looked up by,
//! abbreviations and sentence ends. `motion` and `declaration` use them too, through the
//! re-exports of [`super`].

use crate::text::{clean_compact, compact, find_ascii_ci, is_space, occurrences_ci};
use crate::{simd, swar};
use compact_str::CompactString;

use super::words::{key_words, list, on_list, LEXICON, MAX_KEY_WORDS_LEN};

/// A council's tiers, written before a councillor's title ("County Cllr A Hale", "District
/// Councillor B Ives"): the tier is no name.
pub(super) const TIERS: [&str; 7] = [
    "County", "District", "City", "Borough", "Town", "Parish", "Ward",
];

/// The length of a tier and its space before a councillor's title at the start of `text`
/// ("County " of "County Cllr A Hale"), 0 when there is none. Two tiers are one ("County
/// Borough " of "County Borough Councillors S Hale", a Welsh county borough's).
pub(crate) fn tier_before_councillor(text: &str) -> usize {
    // Most names are turned away by their first two bytes.
    if !matches!(
        text.as_bytes().get(..2),
        Some(b"Bo" | b"Ci" | b"Co" | b"Di" | b"To" | b"Pa" | b"Wa")
    ) {
        return 0;
    }
    let tier_at = |text: &str| {
        TIERS.iter().find_map(|tier| {
            text.strip_prefix(tier)?
                .strip_prefix(' ')
                .map(|_| tier.len() + 1)
        })
    };
    let Some(first) = tier_at(text) else {
        return 0;
    };
    let len = first + tier_at(&text[first..]).unwrap_or(0);
    let rest = &text[len..];
    if rest.starts_with("Cllr") || rest.starts_with("Councillor") {
        len
    } else {
        0
    }
}

/// Whether `name` is an officer's post after "the", with no person: "the Clerk", "the Town
/// Clerk", "the Chief Executive" ("Cllr R Spencer and the Clerk – A Wren" ends a list of
/// members). Cold: asked only of names that start with "the".
#[cold]
pub(crate) fn is_post_alone(name: &str) -> bool {
    let Some(rest) = name
        .strip_prefix("the ")
        .or_else(|| name.strip_prefix("The "))
    else {
        return false;
    };
    let mut words = rest.split(' ');
    words.clone().count() <= 3 && words.any(|w| on_list(key(w).as_str(), list::ROLE))
}

/// [`clean`](crate::text::clean) for short text such as a name: printable ASCII with single spaces inside is
/// copied as it is, without the searches that `clean` sets up for long text.
pub(super) fn clean_short(s: &str) -> CompactString {
    clean_short_in(s, 0, s.len())
}

/// [`clean_short`] of `text[s..e]`: the test for plain text loads its chunks from `text`
/// around the range, so no short name is copied into a padded chunk.
pub(super) fn clean_short_in(text: &str, s: usize, e: usize) -> CompactString {
    if is_plain_in(text.as_bytes(), s, e) {
        compact(&text[s..e])
    } else {
        clean_compact(&text[s..e])
    }
}

/// [`clean_short_in`] of `text[s..e]` without its trailing full stops (a role).
pub(super) fn clean_role_in(text: &str, s: usize, e: usize) -> CompactString {
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
pub(super) fn char_before(text: &str, i: usize) -> Option<char> {
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
pub(super) fn contains_ci(text: &str, pat: &str) -> bool {
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
pub(super) fn words_in(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
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
pub(super) fn simd_run_end(
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
/// does not want (a job title in `roles::as_plain_name`) splits no further.
pub(super) struct Words<'a> {
    text: &'a str,
    i: usize,
    end: usize,
}

impl<'a> Words<'a> {
    pub(super) fn new(text: &'a str, start: usize, end: usize) -> Self {
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
pub(super) enum Key<'a> {
    Ascii(&'a str),
    Lowered(String),
}

impl Key<'_> {
    pub(super) fn as_str(&self) -> &str {
        match self {
            Key::Ascii(s) => s,
            Key::Lowered(s) => s,
        }
    }

    /// Whether the key is `word` (lower-case ASCII).
    pub(super) fn is(&self, word: &str) -> bool {
        self.as_str().eq_ignore_ascii_case(word)
    }
}

/// The bytes [`key`] trims from both ends of a word.
pub(super) const fn is_key_trim(b: u8) -> bool {
    matches!(b, b'.' | b'(' | b')' | b'[' | b']' | b',' | b';' | b':')
}

/// What [`key`], `class_of` and `words::is_honorific_key` would each scan a word for, found
/// in one pass over its bytes by [`word_flags`]: most words are plain ASCII letters, and
/// their key, class and lists follow without another look at them.
pub(super) mod flag {
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
pub(super) fn word_flags(w: &str) -> u8 {
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
pub(super) fn key_with(w: &str, flags: u8) -> Key<'_> {
    if flags & (flag::NON_ASCII | flag::TRIM) == 0 {
        Key::Ascii(w)
    } else {
        key(w)
    }
}

pub(super) fn key(w: &str) -> Key<'_> {
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
pub(super) fn is_initials(w: &str) -> bool {
    // ASCII words (nearly all) are checked as bytes; the char loop below agrees on them.
    let b = w.as_bytes();
    if b.is_ascii() {
        return ascii_initials(b);
    }
    initials_by_chars(w)
}

/// [`is_initials`] read char by char: the rule for any word, and the reference the ASCII
/// path is tested against.
pub(super) fn initials_by_chars(w: &str) -> bool {
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

/// Whether an ASCII word of `len` bytes with these [`word_flags`] may be initials: they are
/// one letter or have a full stop (a byte of [`flag::TRIM`]), so a longer word without one
/// (most words of a name) needs no [`ascii_initials`] test.
pub(super) fn may_be_ascii_initials(len: usize, flags: u8) -> bool {
    len == 1 || flags & flag::TRIM != 0
}

/// [`is_initials`] for an ASCII word.
pub(super) fn ascii_initials(b: &[u8]) -> bool {
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
pub(super) const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "cllr", "cllrs", "cr", "st", "hon", "rt", "rev", "revd", "prof", "no",
    "nos", "jr", "sr", "approx", "vs", "cf", "esq", "gen", "col", "capt", "sgt", "insp", "supt",
    "det", "cdr", "mx",
];

/// Whether a word ending in "." is an abbreviation or an initial rather than a sentence end.
/// Inlined where it is asked (at every full stop of a list or a sentence split): most words
/// are letters and a full stop, answered by [`letters_abbreviation`]; the rest out of line.
#[inline(always)]
pub(super) fn is_abbreviation(word: &str) -> bool {
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
    // An initial ("S.", in most names) is one without a look-up.
    if n == 1 && key[0].is_ascii_uppercase() {
        return Some(true);
    }
    Some(n <= MAX_ABBREVIATION_LEN && LEXICON.lists_by_words(words, n) & list::ABBREVIATION != 0)
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
pub(super) fn first_sentence(text: &str) -> Option<(usize, usize)> {
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
pub(super) fn each_sentence(text: &str, mut f: impl FnMut(usize, usize) -> bool) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::people::roles::ROLE_WORDS;
    use crate::people::tests::fuzz_inputs;
    use crate::people::words::{lists_of, Facts};

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
}
