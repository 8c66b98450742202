//! Small text helpers shared by every stage: white space as published minutes write it
//! (non-breaking spaces, `\r`, byte-order marks) and cleaning text for the model.

use crate::{simd, swar};
use compact_str::CompactString;

/// White space as minutes contain it: Unicode white space plus the byte-order mark and
/// zero-width space, which converters leave at line starts.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}'
}

/// Narrows `start..end` of `text` to exclude leading and trailing white space.
///
/// Most ranges are lines the lexer already trimmed: printable ASCII at both ends needs no
/// decoding (control characters take the general path, as some are white space). That test
/// is inlined into the callers, the rest kept out of line.
#[inline]
pub(crate) fn trim_range(text: &str, start: usize, end: usize) -> (usize, usize) {
    let bytes = &text.as_bytes()[start..end];
    let solid = |b: &u8| (b'!'..=b'~').contains(b);
    if bytes.is_empty() || bytes.first().is_some_and(solid) && bytes.last().is_some_and(solid) {
        return (start, end);
    }
    trim_range_of(text, start, end)
}

/// [`trim_range`] past its quick test, read on bytes ([`wide_space_len`] for non-ASCII white
/// space): most ranges that get here start with a bullet or a non-breaking space, which the
/// char trims decoded.
#[inline(never)]
fn trim_range_of(text: &str, start: usize, end: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    let mut a = start;
    while a < end {
        let space_len = match bytes[a] {
            b @ ..0x80 => usize::from(is_ascii_space(b)),
            _ => wide_space_len(bytes, a),
        };
        match space_len {
            0 => break,
            n => a += n,
        }
    }
    (a, trimmed_end(text, a, end))
}

/// Where `text[start..end]` ends once the white space ([`is_space`]) at its end is left out,
/// read on bytes (see [`trim_range_of`]); `start` and `end` are char boundaries.
pub(crate) fn trimmed_end(text: &str, start: usize, end: usize) -> usize {
    let bytes = text.as_bytes();
    let mut b = end;
    while b > start {
        // The char that ends at `b`: back over its continuation bytes to its lead byte.
        let mut lead = b - 1;
        while bytes[lead] & 0xC0 == 0x80 {
            lead -= 1;
        }
        let space = match bytes[lead] {
            last @ ..0x80 => is_ascii_space(last),
            _ => wide_space_len(bytes, lead) != 0,
        };
        if !space {
            break;
        }
        b = lead;
    }
    b
}

/// [`trim_range_of`] by the char trims: the reference it is tested against.
#[cfg(test)]
fn trim_range_by_chars(text: &str, start: usize, end: usize) -> (usize, usize) {
    let slice = &text[start..end];
    let lead = slice.len() - slice.trim_start_matches(is_space).len();
    let trimmed = slice[lead..].trim_end_matches(is_space);
    (start + lead, start + lead + trimmed.len())
}

/// `s` with runs of white space folded to one space and both ends trimmed; `\r`,
/// non-breaking spaces and tabs all become plain spaces.
pub(crate) fn clean(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    clean_into(&mut out, s);
    out
}

/// `s` as a [`CompactString`]: inline when it fits, else copied into a `String` whose buffer
/// the `CompactString` takes over. `CompactString::from(&str)` copies a long text through an
/// allocation path of its own that cost about 30 instructions more a call than `String`'s.
/// Always inlined: out of line, its calls cost 0.03 instructions a byte of real minutes.
#[inline(always)]
pub(crate) fn compact(s: &str) -> CompactString {
    if s.len() <= INLINE_BYTES {
        CompactString::from(s)
    } else {
        CompactString::from(s.to_owned())
    }
}

/// The most bytes of UTF-8 a [`CompactString`] holds inline (the size of a `String`).
const INLINE_BYTES: usize = std::mem::size_of::<String>();

/// [`clean`] into a [`CompactString`]: a short clean text (most names and titles) is copied
/// inline, without an allocation; only text that needs cleaning goes through a `String`.
pub(crate) fn clean_compact(s: &str) -> CompactString {
    if is_clean(s) {
        compact(s)
    } else {
        let mut out = String::with_capacity(s.len());
        clean_slow(&mut out, s);
        CompactString::from(out)
    }
}

/// Appends `clean(s)` to `out`, so text joined from several lines is built in one buffer
/// instead of one `String` per line.
pub(crate) fn clean_into(out: &mut String, s: &str) {
    if is_clean(s) {
        out.push_str(s);
    } else {
        clean_slow(out, s);
    }
}

/// Whether `s` is already clean: no control characters, no double spaces, no space at
/// either end, no non-ASCII white space. Sixteen bytes are tested per step (see [`simd`]),
/// or eight with [`swar`] on targets without a vector unit, so the common case costs
/// little more than the copy.
fn is_clean(s: &str) -> bool {
    let bytes = s.as_bytes();
    let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) else {
        return true;
    };
    if first == b' ' || last == b' ' {
        return false;
    }
    if simd::ENABLED {
        is_clean_simd(s)
    } else {
        is_clean_swar(s)
    }
}

/// Whether the non-ASCII bytes of `s` marked in `non_ascii` (bit `k` for byte `at + k`)
/// start no white space: only five lead bytes can, and only those are decoded. The SIMD
/// callers mark only lead bytes ([`simd::Chunk::utf8_leads`]): a curly quote is then one
/// byte to look at, not three.
fn no_space_among(s: &str, at: usize, mut non_ascii: u32) -> bool {
    while non_ascii != 0 {
        let i = at + non_ascii.trailing_zeros() as usize;
        non_ascii &= non_ascii - 1;
        if wide_space_len(s.as_bytes(), i) != 0 {
            return false;
        }
    }
    true
}

/// The length of the non-ASCII white space ([`is_space`]) that starts at byte `i` of the
/// UTF-8 `bytes`, or 0 (also for a byte inside a char): told from its bytes, where decoding
/// the char and asking `char::is_whitespace` cost several times more, on every curly quote,
/// dash and bullet of a line. Five lead bytes start one: 0xC2 (U+0085, U+00A0), 0xE1
/// (U+1680), 0xE2 (U+2000 to U+200B, U+2028, U+2029, U+202F, U+205F), 0xE3 (U+3000) and
/// 0xEF (U+FEFF).
#[inline(always)]
pub(crate) fn wide_space_len(bytes: &[u8], i: usize) -> usize {
    let at = |k: usize| bytes.get(i + k).copied().unwrap_or(0);
    let space = match bytes[i] {
        0xC2 => return if matches!(at(1), 0x85 | 0xA0) { 2 } else { 0 },
        0xE1 => (at(1), at(2)) == (0x9A, 0x80),
        0xE2 => matches!(
            (at(1), at(2)),
            (0x80, 0x80..=0x8B | 0xA8 | 0xA9 | 0xAF) | (0x81, 0x9F)
        ),
        0xE3 => (at(1), at(2)) == (0x80, 0x80),
        0xEF => (at(1), at(2)) == (0xBB, 0xBF),
        _ => false,
    };
    if space {
        3
    } else {
        0
    }
}

/// [`is_clean`] past the end tests, sixteen bytes at a time.
fn is_clean_simd(s: &str) -> bool {
    let bytes = s.as_bytes();
    // Whether the chunk shows a control character or a double space (given whether the byte
    // before it was a space, as bit 0), and its spaces.
    let test = |c: simd::Chunk, space_before: u32| {
        let spaces = c.eq(b' ');
        let bad = c.ascii_below(0x20) | (spaces & ((spaces << 1) | space_before));
        (bad != 0, spaces)
    };
    let mut space_before = 0;
    let chunks = bytes.chunks_exact(16);
    let tail = chunks.remainder().len();
    for (n, chunk) in chunks.enumerate() {
        let c = simd::Chunk::load(chunk.try_into().unwrap());
        let (bad, spaces) = test(c, space_before);
        // Most chunks are plain ASCII: the non-ASCII test is asked only of the others.
        let non_ascii = c.non_ascii();
        if bad || non_ascii != 0 && !no_space_among(s, n * 16, c.utf8_leads()) {
            return false;
        }
        space_before = spaces >> 15;
    }
    if tail == 0 {
        return true;
    }
    match bytes.len().checked_sub(16) {
        // The last sixteen bytes, overlapping the chunks already seen: the tests hold or
        // fail byte by byte, so seeing a byte twice changes nothing, and the first byte's
        // neighbour was seen with it.
        Some(at) => {
            let c = simd::Chunk::load(bytes[at..].try_into().unwrap());
            !test(c, 0).0 && no_space_among(s, at, c.utf8_leads() & (0xffff << (16 - tail)))
        }
        // A short text is padded with a letter, which every test passes over.
        None => {
            let c = simd::Chunk::load_padded(bytes, b'x');
            !test(c, 0).0 && no_space_among(s, 0, c.utf8_leads())
        }
    }
}

/// [`is_clean`]`(s)`, and every offset where the three ASCII letters `word` stand in a row
/// in `s` (either case) passed to `visit` in increasing order: one pass for what would be
/// two (item building asks both of every line: whether it can be copied as it is, and where
/// a truncation marker may start).
pub(crate) fn is_clean_noting(s: &str, word: [u8; 3], visit: impl FnMut(usize)) -> bool {
    if simd::ENABLED {
        is_clean_noting_simd(s, word, visit)
    } else {
        let (lower, upper) = (word[0].to_ascii_lowercase(), word[0].to_ascii_uppercase());
        let bytes = s.as_bytes();
        memchr::memchr2_iter(lower, upper, bytes)
            .filter(|&i| {
                bytes
                    .get(i..i + 3)
                    .is_some_and(|w| w.eq_ignore_ascii_case(&word))
            })
            .for_each(visit);
        is_clean(s)
    }
}

/// [`is_clean_noting`] sixteen bytes at a time: the tests of [`is_clean_simd`], which go on
/// past a failing chunk, plus the masks of the word's letters. A chunk with two bytes after
/// it is first asked one rarer question (see [`NotingScan::needs_look`]); the last chunks,
/// and those that fail it, are tested in full.
fn is_clean_noting_simd(s: &str, word: [u8; 3], mut visit: impl FnMut(usize)) -> bool {
    let bytes = s.as_bytes();
    let mut scan = NotingScan {
        s,
        word: word.map(|b| b.to_ascii_lowercase()),
        clean: !(bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ')),
    };
    // Chunks followed by two more bytes: most pass one test and are done. Two chunks are
    // asked at once while they can be: one mask, one branch and one step for both.
    let mut rest = bytes;
    while let Some(ahead) = rest.first_chunk::<34>() {
        let (first, second) = (
            ahead[..18].try_into().unwrap(),
            ahead[16..].try_into().unwrap(),
        );
        let (first, second) = (scan.needs_look(first), scan.needs_look(second));
        if (first | second).any() {
            // Only the chunk that needs it: a chunk's question covers what its full test
            // would do (a double space across the chunks is the first one's).
            let at = bytes.len() - rest.len();
            for (at, look) in [(at, first), (at + 16, second)] {
                if look.any() {
                    let c = simd::Chunk::load(bytes[at..at + 16].try_into().unwrap());
                    scan.chunk(c, at, 0xffff, spaces_outside(bytes, at), &mut visit);
                }
            }
        }
        rest = &rest[32..];
    }
    if scan.ends_plain(bytes) {
        return scan.clean;
    }
    if let Some(ahead) = rest.first_chunk::<18>() {
        if scan.needs_look(ahead).any() {
            let at = bytes.len() - rest.len();
            let c = simd::Chunk::load(ahead[..16].try_into().unwrap());
            scan.chunk(c, at, 0xffff, spaces_outside(bytes, at), &mut visit);
        }
        rest = &rest[16..];
    }
    let mut at = bytes.len() - rest.len();
    // At most seventeen bytes are left: one more whole chunk, then the last bytes.
    if let Some(chunk) = bytes.get(at..at + 16) {
        let c = simd::Chunk::load(chunk.try_into().unwrap());
        scan.chunk(c, at, 0xffff, spaces_outside(bytes, at), &mut visit);
        at += 16;
    }
    let tail = bytes.len() - at;
    if tail > 0 {
        match bytes.len().checked_sub(16) {
            // The last sixteen bytes, overlapping the chunks already seen (see
            // [`is_clean_simd`]); only their new bytes are noted.
            Some(at) => {
                let c = simd::Chunk::load(bytes[at..].try_into().unwrap());
                scan.chunk(c, at, 0xffff << (16 - tail) & 0xffff, 0, &mut visit);
            }
            // A short text padded with a letter, which the cleanliness tests pass over and
            // the mask keeps from being noted.
            None => {
                let c = simd::Chunk::load_padded(bytes, b'x');
                scan.chunk(c, 0, (1 << bytes.len()) - 1, 0, &mut visit);
            }
        }
    }
    scan.clean
}

/// The spaces beside the sixteen bytes from `at`, as the chunk's masks place them: bit 0
/// when the byte before is one, bit 15 when the byte after is.
fn spaces_outside(bytes: &[u8], at: usize) -> u32 {
    let before = at.checked_sub(1).and_then(|i| bytes.get(i)) == Some(&b' ');
    let after = bytes.get(at + 16) == Some(&b' ');
    u32::from(before) | u32::from(after) << 15
}

/// The state of [`is_clean_noting_simd`]: the text, the word's letters (lower case), and
/// whether the text is clean so far.
struct NotingScan<'a> {
    s: &'a str,
    word: [u8; 3],
    clean: bool,
}

impl NotingScan<'_> {
    /// Whether the chunk of the first sixteen of the bytes `ahead` needs
    /// [`NotingScan::chunk`], as a verdict per byte kept in the vector (so the verdicts of
    /// two chunks are joined before one mask): whether it holds a control character or
    /// non-ASCII byte, a space followed by a space, or the word's first letter with its third
    /// two bytes on. The two bytes after the chunk are read by loading the chunks one and two
    /// bytes on, so each pair is one test in the vector. The first letter alone ("v" of
    /// "vie") sent 9% of the chunks of minutes on (16% on the shared corpus), "v" with "e"
    /// two bytes on 0.3% (0.9%).
    #[inline(always)]
    fn needs_look(&self, ahead: &[u8; 18]) -> simd::Lanes {
        let c = simd::Chunk::load(ahead[..16].try_into().unwrap());
        let next = simd::Chunk::load(ahead[1..17].try_into().unwrap());
        let after_next = simd::Chunk::load(ahead[2..].try_into().unwrap());
        let [first, _, third] = self.word;
        // The larger of a byte and the next is a space only if both are spaces or one is
        // a control character, which needs a look too.
        c.lanes_below_or_non_ascii(0x20)
            | c.max(next).lanes_eq(b' ')
            | c.lanes_eq_folded(first) & after_next.lanes_eq_folded(third)
    }

    /// Whether the last 34 bytes of `bytes` (a text of at least 34, whose earlier bytes the
    /// loop has tested) need no look: the loop's question asked of the two chunks they start,
    /// and of the last two bytes, which no chunk has two bytes after, whether one is a
    /// control character or non-ASCII (no word fits in them, and two spaces there end the
    /// text with a space, which makes it unclean from the start). Most texts end so, and
    /// their last bytes then cost these tests instead of up to three chunks tested in full.
    /// Bytes the loop saw are asked again, which changes no answer but may send the text on
    /// to the full tests.
    #[inline(always)]
    fn ends_plain(&self, bytes: &[u8]) -> bool {
        let Some(last) = bytes.last_chunk::<34>() else {
            return false;
        };
        let (first, second) = (
            last[..18].try_into().unwrap(),
            last[16..].try_into().unwrap(),
        );
        let (a, b) = (last[32], last[33]);
        let plain = |x: u8| (0x20..0x80).contains(&x);
        !(self.needs_look(first) | self.needs_look(second)).any() && plain(a) && plain(b)
    }

    /// Tests the chunk at `at` whose bytes in the mask `new` are text not seen yet, given
    /// the spaces beside it (see [`spaces_outside`]). Inlined: as a call per chunk it cost as
    /// much as the tests.
    #[inline(always)]
    fn chunk(
        &mut self,
        c: simd::Chunk,
        at: usize,
        new: u32,
        outside: u32,
        visit: &mut impl FnMut(usize),
    ) {
        // A space beside a space, inside the chunk or out.
        let spaces = c.eq(b' ');
        let double_spaces = spaces & ((spaces << 1) | (spaces >> 1) | outside);
        // Most chunks hold no control character, non-ASCII byte, double space or first
        // letter of the word: one mask says so, and the chunk needs no other test.
        if c.below_non_ascii_or_letter(0x20, self.word[0]) & new | double_spaces == 0 {
            return;
        }
        if self.clean {
            let bad = c.ascii_below(0x20) | double_spaces;
            let non_ascii = c.non_ascii() & new;
            self.clean =
                bad == 0 && (non_ascii == 0 || no_space_among(self.s, at, c.utf8_leads() & new));
        }
        let first = c.eq_folded(self.word[0]) & new;
        if first != 0 {
            // Where the word stands inside the chunk, then where its first letter is one of
            // the chunk's last two bytes, read on past the chunk.
            let [_, second, third] = self.word.map(|b| c.eq_folded(b) & new);
            let mut words = first & (second >> 1) & (third >> 2);
            let mut edge = first & 0xc000;
            while edge != 0 {
                let k = edge.trailing_zeros() as usize;
                let w = self.s.as_bytes().get(at + k..at + k + 3);
                words |= u32::from(w.is_some_and(|w| w.eq_ignore_ascii_case(&self.word))) << k;
                edge &= edge - 1;
            }
            while words != 0 {
                visit(at + words.trailing_zeros() as usize);
                words &= words - 1;
            }
        }
    }
}

/// [`is_clean`] past the end tests, eight bytes at a time: for targets without a vector
/// unit, and the reference the SIMD loop is tested against.
fn is_clean_swar(s: &str) -> bool {
    let bytes = s.as_bytes();
    // Whether the byte before the current chunk was a space, as the high bit of byte 0.
    let mut space_before = 0u64;
    for (n, chunk) in bytes.chunks(8).enumerate() {
        // A short last chunk is padded with a letter, which every test below passes over.
        let x = swar::load_padded(chunk, b'x');
        let spaces = swar::eq(x, b' ');
        let double_spaces = spaces & ((spaces << 8) | space_before);
        space_before = spaces >> 56;
        if swar::ascii_below(x, 0x20) | double_spaces != 0 {
            return false;
        }
        // Non-ASCII white space starts with one of five lead bytes; check each one.
        let mut non_ascii = x & swar::HIGH;
        while non_ascii != 0 {
            let i = n * 8 + non_ascii.trailing_zeros() as usize / 8;
            non_ascii &= non_ascii - 1;
            if wide_space_len(bytes, i) != 0 {
                return false;
            }
        }
    }
    true
}

/// [`clean_into`] for text that is not clean already; callers that know it (from
/// [`is_clean_noting`] on the same text) call it directly, sparing a second test. Kept out
/// of line: inlined, it made the common clean case (a line copied as it is) slower.
#[inline(never)]
pub(crate) fn clean_slow(out: &mut String, s: &str) {
    let bytes = s.as_bytes();
    out.reserve(s.len());
    let mut written = false;
    let mut pending_space = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let space = match b {
            0x80.. => wide_space_len(bytes, i),
            _ => usize::from(is_ascii_space(b)),
        };
        if space != 0 {
            pending_space = written;
            i += space;
            continue;
        }
        let start = i;
        i = text_run_end(bytes, i);
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push_str(&s[start..i]);
        written = true;
    }
}

/// The end of the run of text that starts at `i`: words, the single spaces between them
/// and the non-ASCII chars that are not white space (curly quotes, dashes, bullets), which
/// are passed over in the run rather than copied one by one.
fn text_run_end(bytes: &[u8], mut i: usize) -> usize {
    loop {
        i = if simd::ENABLED {
            ascii_run_end(bytes, i, blank_or_non_ascii_simd)
        } else {
            ascii_run_end(bytes, i, blank_or_non_ascii)
        };
        match bytes.get(i) {
            Some(&b) if b >= 0x80 && wide_space_len(bytes, i) == 0 => i += utf8_len(b),
            _ => return i,
        }
    }
}

/// The length of the UTF-8 char whose lead byte is `lead`.
fn utf8_len(lead: u8) -> usize {
    match lead {
        0..=0x7F => 1,
        0x80..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0.. => 4,
    }
}

/// [`clean_slow`] as it was, decoding each non-ASCII char and asking [`is_space`] of it:
/// the reference the byte-level one is tested against.
#[cfg(test)]
fn clean_by_chars(out: &mut String, s: &str) {
    let bytes = s.as_bytes();
    let mut written = false;
    let mut pending_space = false;
    let mut i = 0;
    while i < bytes.len() {
        let c = s[i..].chars().next().unwrap();
        if is_space(c) {
            pending_space = written;
        } else {
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            out.push(c);
            written = true;
        }
        i += c.len_utf8();
    }
}

/// The end of the run of ASCII text that starts at `i`: words and the single spaces between
/// them. `stop(bytes, i)` is the first offset from `i` on whose byte is ASCII white space
/// or non-ASCII (or `bytes.len()`); it may also stop early at a space, which is then looked
/// at here.
fn ascii_run_end(bytes: &[u8], mut i: usize, stop: impl Fn(&[u8], usize) -> usize) -> usize {
    loop {
        i = stop(bytes, i);
        let single_space = i + 1 < bytes.len()
            && bytes[i] == b' '
            && bytes[i + 1] < 0x80
            && !is_ascii_space(bytes[i + 1]);
        if !single_space {
            return i;
        }
        i += 1;
    }
}

/// The first offset from `i` on whose byte is ASCII white space or non-ASCII, or
/// `bytes.len()`: byte by byte, for targets without a vector unit and as the reference.
fn blank_or_non_ascii(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() && bytes[i] < 0x80 && !is_ascii_space(bytes[i]) {
        i += 1;
    }
    i
}

/// Like [`blank_or_non_ascii`], sixteen bytes at a time, and passing over the single
/// spaces it can see are followed by ASCII text (a space in a chunk's last byte stops it).
fn blank_or_non_ascii_simd(bytes: &[u8], i: usize) -> usize {
    let stops = |c: simd::Chunk| {
        let spaces = c.eq(b' ');
        let blank = spaces | c.ascii_between(9, 13) | c.non_ascii();
        let single_spaces = spaces & !(blank >> 1) & 0x7fff;
        blank & !single_spaces
    };
    let mut at = i;
    while let Some(chunk) = bytes.get(at..at + 16) {
        let m = stops(simd::Chunk::load(chunk.try_into().unwrap()));
        if m != 0 {
            return at + m.trailing_zeros() as usize;
        }
        at += 16;
    }
    if at >= bytes.len() {
        return bytes.len();
    }
    match bytes.len().checked_sub(16) {
        // The last sixteen bytes, overlapping the ones already passed over.
        Some(window) => {
            let c = simd::Chunk::load(bytes[window..].try_into().unwrap());
            let m = stops(c) & (0xffff << (at - window));
            if m == 0 {
                bytes.len()
            } else {
                window + m.trailing_zeros() as usize
            }
        }
        // Padded with spaces, the first of which stops the search.
        None => {
            let m = stops(simd::Chunk::load_padded(&bytes[at..], b' '));
            at + m.trailing_zeros() as usize
        }
    }
}

/// A set of two-letter word openings, either case, asked with one table lookup: for each
/// first letter (by its low five bits: 1 for `a` or `A` up to 26 for `z`), the set of second
/// letters (bit `n` for the letter whose low five bits are `n`). Hot scans use it to turn
/// away most words before any comparison. Only ASCII letters may be asked: other bytes
/// share low bits with them.
pub(crate) struct LetterPairs([u32; 32]);

impl LetterPairs {
    /// The openings of `words` (each of at least two ASCII letters).
    pub(crate) const fn of(words: &[&[u8]]) -> LetterPairs {
        let mut table = [0u32; 32];
        let mut i = 0;
        while i < words.len() {
            let w = words[i];
            table[(w[0] & 0x1f) as usize] |= 1 << (w[1] & 0x1f);
            i += 1;
        }
        LetterPairs(table)
    }

    /// Whether the ASCII letters `a`, `b` open one of the words.
    #[inline]
    pub(crate) fn contains(&self, a: u8, b: u8) -> bool {
        self.0[usize::from(a & 0x1f)] >> (b & 0x1f) & 1 == 1
    }
}

/// A set of three-letter word openings, either case: for each pair of first letters (by
/// their low five bits, as in [`LetterPairs`]), the set of third letters. A scan that knows a
/// word's first two letters asks [`LetterTriples::thirds`] (one load, nothing for most
/// words) and then tests its third byte against the set, so far fewer words reach a
/// comparison than with two letters ("with", "were", "project" stop here).
pub(crate) struct LetterTriples([u32; 1024]);

impl LetterTriples {
    /// The openings of `words` (each of at least three ASCII letters).
    pub(crate) const fn of(words: &[&[u8]]) -> LetterTriples {
        let mut table = LetterTriples([0; 1024]);
        let mut i = 0;
        while i < words.len() {
            table = table.with(words[i]);
            i += 1;
        }
        table
    }

    /// The set with the opening of `word` (of at least three ASCII letters) added.
    pub(crate) const fn with(mut self, w: &[u8]) -> LetterTriples {
        self.0[((w[0] & 0x1f) as usize) << 5 | (w[1] & 0x1f) as usize] |= 1 << (w[2] & 0x1f);
        self
    }

    /// The third letters (bit `n` for the letter whose low five bits are `n`) of the
    /// openings that start with the ASCII letters `a`, `b`: zero when none does.
    #[inline]
    pub(crate) fn thirds(&self, a: u8, b: u8) -> u32 {
        self.0[usize::from(a & 0x1f) << 5 | usize::from(b & 0x1f)]
    }

    /// Whether byte `c` may be the third letter of an opening, given [`Self::thirds`]: exact
    /// for ASCII letters; another byte may pass (it shares low bits with a letter), so a
    /// caller confirms with a comparison.
    #[inline]
    pub(crate) fn third_may_be(thirds: u32, c: u8) -> bool {
        thirds >> (c & 0x1f) & 1 == 1
    }
}

/// The length of the white space `text` starts with ([`is_space`]), counted on bytes while
/// they are ASCII white space or non-breaking spaces (converted Word pages put runs of them
/// after bullets, "·\u{a0}\u{a0}\u{a0} Text", which a character trim decodes one by one).
#[inline]
pub(crate) fn space_len(text: &str) -> usize {
    const NBSP_4: [u8; 8] = [0xC2, 0xA0, 0xC2, 0xA0, 0xC2, 0xA0, 0xC2, 0xA0];
    let bytes = text.as_bytes();
    let mut len = 0;
    loop {
        match bytes.get(len) {
            Some(b'\t'..=b'\r' | b' ') => len += 1,
            Some(0xC2) if bytes.get(len + 1) == Some(&0xA0) => {
                len += 2;
                // Converted Word pages put runs of six or ten of them after a bullet: four
                // are one comparison.
                while bytes[len..].first_chunk::<8>() == Some(&NBSP_4) {
                    len += 8;
                }
            }
            Some(b) if !b.is_ascii() => {
                let rest = &text[len..];
                return len + rest.len() - rest.trim_start_matches(is_space).len();
            }
            _ => return len,
        }
    }
}

/// The ASCII bytes [`is_space`] (and `char::is_whitespace`) takes: what byte-level readers
/// test before they decode a char.
#[inline]
pub(crate) const fn is_ascii_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ')
}

/// Whether `s` ends a sentence (so a following line does not continue it).
pub(crate) fn ends_sentence(s: &str) -> bool {
    let s = s.trim_end_matches(is_space);
    s.ends_with([
        '.', '!', '?', ':', ';', ')', '"', '\u{201d}', '\u{2019}', '\'',
    ])
}

/// The byte offset of the first case-insensitive occurrence of the ASCII `needle` in
/// `haystack`. Linear: compares lower-cased bytes without allocating.
///
/// The SIMD byte search runs on a rare byte of the needle (by English letter frequency), not
/// always its first: "roll call" is looked for by its "c", so it stops at few false starts.
#[inline]
pub(crate) fn find_ascii_ci(haystack: &str, needle: &str) -> Option<usize> {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    if n.is_empty() || h.len() < n.len() {
        return None;
    }
    if h.len() < SHORT_HAYSTACK {
        return find_short_ci(h, n);
    }
    occurrences_ci(h, n, 0, h.len()).next()
}

/// Below this haystack length a plain byte loop costs less than choosing a rare byte and
/// scanning for it (measured: 24 and 48 both cost more on the shared folder than 32).
pub(crate) const SHORT_HAYSTACK: usize = 32;

/// [`find_ascii_ci`] by testing every offset: for short haystacks. `needle` must not be
/// empty.
fn find_short_ci(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    // Setting bit 5 maps both cases of a letter onto one byte (and a few other bytes onto
    // one another, which the whole comparison then turns away): cheaper than lower-casing.
    let first = needle[0].to_ascii_lowercase() | 0x20;
    haystack
        .windows(needle.len())
        .position(|w| w[0] | 0x20 == first && w.eq_ignore_ascii_case(needle))
}

/// Offsets in `from..to` of `bytes` where the ASCII `pat` occurs, ignoring ASCII case, in
/// increasing order. Jumps between occurrences of a rare byte of the pattern rather than
/// testing every byte. `pat` must not be empty nor longer than `to - from`.
///
/// The rare byte is found by a 64-byte SIMD mask scan: memchr sets up its search anew for
/// each candidate, which costs more on these windows (a line, a header, an item). Without a
/// vector unit (or for a zero byte, which pads the scan) memchr stays.
pub(crate) fn occurrences_ci<'a>(
    bytes: &'a [u8],
    pat: &'a [u8],
    from: usize,
    to: usize,
) -> impl Iterator<Item = usize> + 'a {
    let k = rarest_byte(pat);
    let (lower, upper) = (pat[k].to_ascii_lowercase(), pat[k].to_ascii_uppercase());
    // The pattern's byte `k` can sit at offsets from + k ..= to - pat.len() + k.
    let window = &bytes[from + k..to - pat.len() + k + 1];
    let use_simd = simd::ENABLED && lower != 0;
    let mut scan =
        use_simd.then(|| simd::Positions::new(window, move |c| c.eq(lower) | c.eq(upper)));
    let mut memchr = (!use_simd).then(|| memchr::memchr2_iter(lower, upper, window));
    std::iter::from_fn(move || match &mut scan {
        Some(scan) => scan.next(),
        None => memchr.as_mut().and_then(Iterator::next),
    })
    .map(move |i| from + i)
    .filter(move |&at| bytes[at..at + pat.len()].eq_ignore_ascii_case(pat))
}

/// [`occurrences_ci`] as it was, with memchr only: the reference the scan is tested against.
#[cfg(test)]
fn occurrences_ci_memchr<'a>(
    bytes: &'a [u8],
    pat: &'a [u8],
    from: usize,
    to: usize,
) -> impl Iterator<Item = usize> + 'a {
    let k = rarest_byte(pat);
    let (lower, upper) = (pat[k].to_ascii_lowercase(), pat[k].to_ascii_uppercase());
    let window = &bytes[from + k..to - pat.len() + k + 1];
    memchr::memchr2_iter(lower, upper, window)
        .map(move |i| from + i)
        .filter(move |&at| bytes[at..at + pat.len()].eq_ignore_ascii_case(pat))
}

/// The index of a byte of `needle` unlikely to occur in English text: the rarest of its
/// first, second, middle and last bytes (looking at every byte would cost more than it saves
/// on the short lines this searches).
///
/// Of equally rare bytes the first is taken. A plain loop keeping the best rarity: comparing
/// (rarity, index) keys with `max_by_key` cost a third of a short search.
fn rarest_byte(needle: &[u8]) -> usize {
    let last = needle.len().saturating_sub(1);
    let rarity = |i: usize| RARITY[usize::from(needle[i])];
    let (mut best, mut best_rarity) = (0, rarity(0));
    // The offsets do not decrease, so keeping the first of the rarest takes the lowest.
    for i in [1.min(last), needle.len() / 2, last] {
        if rarity(i) > best_rarity {
            (best, best_rarity) = (i, rarity(i));
        }
    }
    best
}

/// How rarely each byte occurs in English text: the space is the most common byte, letters
/// rank by their frequency (either case), and digits, punctuation and non-ASCII bytes are
/// rarer than any letter.
const RARITY: [u8; 256] = {
    /// Lower-case letters from the most to the least frequent in English.
    const BY_FREQUENCY: &[u8; 26] = b"etaoinshrdlcumwfgypbvkjxqz";
    let mut table = [BY_FREQUENCY.len() as u8 + 1; 256];
    table[b' ' as usize] = 0;
    let mut rank = 0;
    while rank < BY_FREQUENCY.len() {
        let c = BY_FREQUENCY[rank];
        table[c as usize] = rank as u8 + 1;
        table[c.to_ascii_uppercase() as usize] = rank as u8 + 1;
        rank += 1;
    }
    table
};

/// The byte offset of the first occurrence of `needle` in `haystack`, for the short
/// haystacks of titles and lines: a byte search for the needle's first byte, where
/// `str::find` would first build a two-way searcher.
pub(crate) fn find_short(haystack: &str, needle: &str) -> Option<usize> {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    let &first = n.first()?;
    memchr::memchr_iter(first, h).find(|&i| h[i..].starts_with(n))
}

/// Whether `haystack` contains the ASCII `needle`, ASCII case ignored, for callers that name
/// a rare letter of it, its byte `k`: only the places of that letter (either case) are
/// compared. On titles this costs a fraction of [`find_ascii_ci`], which tests every offset
/// of a short haystack. The places come from one SIMD classification of the haystack (a
/// memchr call per place cost more on short texts), or from memchr without a vector unit.
pub(crate) fn contains_ci_at(haystack: &str, needle: &str, k: usize) -> bool {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    let letter = n[k].to_ascii_lowercase();
    debug_assert!(letter.is_ascii_lowercase());
    if simd::ENABLED {
        simd::Positions::new(h, |c| c.eq_folded(letter)).any(|at| ci_at(h, n, at, k))
    } else {
        let upper = letter.to_ascii_uppercase();
        memchr::memchr2_iter(letter, upper, h).any(|at| ci_at(h, n, at, k))
    }
}

/// Whether `needle` (ASCII case ignored) stands in `h` with its byte `k` at `at`.
pub(crate) fn ci_at(h: &[u8], needle: &[u8], at: usize, k: usize) -> bool {
    at.checked_sub(k)
        .and_then(|start| h.get(start..start + needle.len()))
        .is_some_and(|w| w.eq_ignore_ascii_case(needle))
}

/// Calls `visit(k, start)` for each occurrence, in any ASCII case, of `words[k]` in `bytes`.
/// The words are found by one scan for a byte of each that is rare in the text searched
/// (`rare[k]`: the byte in lower case and its offset in the word), each byte found compared
/// with its word, rather than by one search of the text per word.
pub(crate) fn each_word_at_rare_bytes(
    bytes: &[u8],
    words: [&str; 3],
    rare: [(u8, usize); 3],
    mut visit: impl FnMut(usize, usize),
) {
    let mut check = |at: usize| {
        for (k, (word, (byte, offset))) in words.iter().zip(rare).enumerate() {
            if bytes[at] | 0x20 != byte {
                continue;
            }
            let Some(start) = at.checked_sub(offset) else {
                continue;
            };
            if bytes
                .get(start..start + word.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(word.as_bytes()))
            {
                visit(k, start);
            }
        }
    };
    let [(a, _), (b, _), (c, _)] = rare;
    if simd::ENABLED {
        let test = |x: simd::Chunk| x.eq_folded(a) | x.eq_folded(b) | x.eq_folded(c);
        simd::Positions::new(bytes, test).for_each(&mut check);
    } else {
        (0..bytes.len())
            .filter(|&i| [a, b, c].contains(&(bytes[i] | 0x20)))
            .for_each(&mut check);
    }
}

/// Whether `s` starts with the ASCII `prefix`, ignoring case.
pub(crate) fn starts_with_ci(s: &str, prefix: &str) -> bool {
    s.len() >= prefix.len() && s.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

/// `text` without the ASCII `suffix`, in any case, if it ends with it.
pub(crate) fn strip_suffix_ci<'t>(text: &'t str, suffix: &str) -> Option<&'t str> {
    let at = text.len().checked_sub(suffix.len())?;
    let tail = text.as_bytes().get(at..)?;
    // Equal to ASCII bytes, the tail is ASCII: `at` is a char boundary.
    tail.eq_ignore_ascii_case(suffix.as_bytes())
        .then(|| &text[..at])
}

/// [`starts_with_ci`] for a `prefix` of lower-case ASCII letters and bytes below `@`
/// (spaces, colons, digits), compared eight bytes at a time when it has eight or more:
/// each word of the text, with bit 5 set where the prefix has a letter (bit 6 tells them:
/// setting bit 5 folds exactly that letter's capital onto it), must equal the prefix's.
/// The byte-by-byte comparison lowered every byte of both sides: ~140 instructions for a
/// "Minutes:" label that this asks in one comparison.
pub(crate) fn starts_with_folded(s: &str, prefix: &str) -> bool {
    let (text, want) = (s.as_bytes(), prefix.as_bytes());
    debug_assert!(want.iter().all(|&b| b.is_ascii_lowercase() || b < b'@'));
    let n = want.len();
    if n < 8 {
        return starts_with_ci(s, prefix);
    }
    if text.len() < n {
        return false;
    }
    let word = |bytes: &[u8], at: usize| u64::from_le_bytes(bytes[at..at + 8].try_into().unwrap());
    let matches_at = |at: usize| {
        let w = word(want, at);
        (word(text, at) | (w & 0x4040_4040_4040_4040) >> 1) == w
    };
    // The words from the start, then the last eight bytes (overlapping when `n` is not a
    // multiple of eight).
    let mut at = 0;
    while at + 8 < n {
        if !matches_at(at) {
            return false;
        }
        at += 8;
    }
    matches_at(n - 8)
}

/// Whether the word at `at` in `s` is a whole word (not inside a longer one).
pub(crate) fn is_whole_word(s: &str, at: usize, len: usize) -> bool {
    let before = s[..at].chars().next_back();
    let after = s[at + len..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`rarest_byte`] as it was, a `max_by_key` on (rarity, reversed index): its reference.
    fn rarest_byte_by_key(needle: &[u8]) -> usize {
        let last = needle.len().saturating_sub(1);
        [0, 1.min(last), needle.len() / 2, last]
            .into_iter()
            .max_by_key(|&i| (RARITY[needle[i] as usize], std::cmp::Reverse(i)))
            .unwrap_or(0)
    }

    #[test]
    fn rarest_byte_agrees_with_max_by_key() {
        let pieces = ["e", "z", " ", "q", "E", "1", "é"];
        for needle in (1..=5).flat_map(|n| crate::test_text::joins(&pieces, n)) {
            let b = needle.as_bytes();
            assert_eq!(rarest_byte(b), rarest_byte_by_key(b), "{needle:?}");
        }
    }

    #[test]
    fn cleaning_collapses_white_space_runs() {
        let pieces = [
            "a", " ", "  ", "\t", "\n", "\r\n", "\u{a0}", "’", "\u{2009}", "\u{1}", "bcdefgh",
        ];
        // Every text of up to three pieces, shifted across a chunk boundary and
        // followed by a long run, so that runs cross chunks in every position.
        let joins = crate::test_text::joins(&pieces, 3);
        for pad in 0..9 {
            for abc in &joins {
                let text = format!("{}{abc}x y zz{abc} tail", "p ".repeat(pad));
                let words: Vec<&str> = text.split(is_space).filter(|w| !w.is_empty()).collect();
                assert_eq!(clean(&text), words.join(" "), "{text:?}");
            }
        }
    }

    /// The inline copies agree with [`clean`], the `String` rule, on either side of the
    /// inline length: texts of up to four pieces, padded to every length around 24 bytes.
    #[test]
    fn compact_cleaning_agrees_with_clean() {
        let pieces = ["a", " ", "  ", "\t", "\u{a0}", "’", "é", "bcdefgh"];
        for text in crate::test_text::joins_up_to(&pieces, 4) {
            for pad in 16..=30usize {
                let text = format!("{}{text}", "x".repeat(pad.saturating_sub(text.len())));
                let cleaned = clean_compact(&text);
                assert_eq!(cleaned, clean(&text), "{text:?}");
                let inline = cleaned.len() <= INLINE_BYTES;
                assert_eq!(cleaned.is_heap_allocated(), !inline, "{text:?}");
                assert_eq!(compact(&text), text, "{text:?}");
            }
        }
    }

    #[test]
    fn wide_space_bytes_agree_with_is_space() {
        for c in (0x80..=0x10ffffu32).filter_map(char::from_u32) {
            let text = format!("{c}x");
            let b = text.as_bytes();
            let want = if is_space(c) { c.len_utf8() } else { 0 };
            assert_eq!(wide_space_len(b, 0), want, "{c:?}");
            for i in 1..c.len_utf8() {
                assert_eq!(wide_space_len(b, i), 0, "{c:?} at {i}");
            }
            assert_eq!(
                wide_space_len(&b[..c.len_utf8()], 0),
                want,
                "{c:?} at the end"
            );
        }
    }

    #[test]
    fn byte_level_cleaning_agrees_with_cleaning_by_chars() {
        let pieces = [
            "a", " ", "  ", "\t", "\n", "\u{a0}", "\u{85}", "’", "–", "•", "·", "é", "£",
            "\u{2009}", "\u{200b}", "\u{202f}", "\u{205f}", "\u{3000}", "\u{feff}", "\u{1680}",
            "\u{2028}", "\u{2c00}", "\u{1}", "😀", "bcdefgh", "\u{a0} ",
        ];
        let joins = crate::test_text::joins(&pieces, 3);
        for pad in 0..17 {
            for abc in &joins {
                for text in [
                    format!(
                        "{}{abc}x y{abc}",
                        "p ".repeat(pad / 2) + &"q".repeat(pad % 2)
                    ),
                    format!("{abc}{}{abc}", "w".repeat(pad)),
                ] {
                    let (mut fast, mut slow) = (String::from("<"), String::from("<"));
                    clean_slow(&mut fast, &text);
                    clean_by_chars(&mut slow, &text);
                    assert_eq!(fast, slow, "{text:?}");
                }
            }
        }
    }

    #[test]
    fn byte_level_trims_agree_with_the_char_trims() {
        let mut pieces: Vec<String> = [
            "a", " ", "\u{a0}", "\u{85}", "’", "•", "·", "é", "\u{2009}", "\u{200b}", "\u{3000}",
            "\u{feff}", "\u{1680}", "😀", "\u{2c00}",
        ]
        .map(String::from)
        .to_vec();
        // Every ASCII byte, white space or not.
        pieces.extend((0..0x80u8).map(|b| char::from(b).to_string()));
        let pieces: Vec<&str> = pieces.iter().map(String::as_str).collect();
        for text in crate::test_text::joins_up_to(&pieces[..15], 4)
            .into_iter()
            .chain(crate::test_text::joins(&pieces, 2))
        {
            let bounds: Vec<usize> = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .collect();
            for (k, &a) in bounds.iter().enumerate() {
                for &b in &bounds[k..] {
                    assert_eq!(
                        trim_range_of(&text, a, b),
                        trim_range_by_chars(&text, a, b),
                        "{text:?} {a}..{b}"
                    );
                }
            }
        }
    }

    #[test]
    fn clean_folds_every_kind_of_space() {
        assert_eq!(clean("  a\u{a0}\u{a0}b\r\n\tc  "), "a b c");
        assert_eq!(clean("already clean ’ text £5"), "already clean ’ text £5");
        assert_eq!(clean("a\u{a0}b"), "a b");
        assert_eq!(clean("a\u{2009}b\u{feff}"), "a b");
        assert_eq!(clean("two  spaces"), "two spaces");
        assert_eq!(clean("tab\there"), "tab here");
        assert_eq!(clean("\u{feff}Minutes"), "Minutes");
        assert_eq!(clean(""), "");
    }

    #[test]
    fn the_quick_cleanliness_test_agrees_with_cleaning() {
        let pieces = [
            "a", " ", "  ", "\t", "\u{a0}", "’", "£", "\u{2009}", "é", "\u{1}", "bcdefgh",
        ];
        // Every text of up to three pieces, shifted across an eight-byte chunk boundary.
        let joins = crate::test_text::joins(&pieces, 3);
        for pad in 0..8 {
            for abc in &joins {
                let text = format!("{}{abc}x", "p".repeat(pad));
                let mut slow = String::new();
                clean_slow(&mut slow, &text);
                // Control characters always take the slow path (which keeps the ones that
                // are not white space).
                let controls = text.bytes().any(|b| b < 0x20);
                assert_eq!(is_clean(&text), slow == text && !controls, "{text:?}");
            }
        }
    }

    #[test]
    fn simd_scans_agree_with_the_references() {
        let pieces = [
            " ", "  ", "\t", "\n", "\r", "\u{b}", "\u{c}", "\u{a0}", "’", "é", "\u{2009}",
            "\u{feff}", "\u{200b}", "\u{1}", "\u{1f}", "\u{7f}", "x", "!", "\u{85}", "\u{3000}",
        ];
        let backgrounds = [
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
            "a b c d e f g h i j k l m n o p q r s t u v w x y z ",
            "ab  cd  ef  gh  ij  kl  mn  op  qr  st  uv  wx  yz  ",
            "é é é é é é é é é é é é é é é é é é é é é é",
        ];
        let check = |t: &str| {
            assert_eq!(is_clean_simd(t), is_clean_swar(t), "{t:?}");
            let b = t.as_bytes();
            for i in 0..=b.len() {
                assert_eq!(
                    ascii_run_end(b, i, blank_or_non_ascii_simd),
                    ascii_run_end(b, i, blank_or_non_ascii),
                    "{t:?} from {i}"
                );
            }
        };
        for background in backgrounds {
            for len in 0..=40 {
                let Some(base) = background.get(..len) else {
                    continue;
                };
                check(base);
                for p in (0..=len).filter(|&p| base.is_char_boundary(p)) {
                    for piece in pieces {
                        check(&format!("{}{piece}{}", &base[..p], &base[p..]));
                        let rest = base[p..].chars().next().map_or(p, |c| p + c.len_utf8());
                        check(&format!("{}{piece}{}", &base[..p], &base[rest..]));
                    }
                }
            }
        }
    }

    #[test]
    fn noting_words_agrees_with_a_clean_test_and_a_word_search() {
        let pieces = [
            " ",
            "  ",
            "\t",
            "\u{a0}",
            "’",
            "é",
            "\u{2009}",
            "\u{1}",
            "v",
            "V",
            "view the full ",
            "x",
            "abcdefghijklmno",
            "w",
        ];
        let texts = crate::test_text::mixes(&pieces, 20_000, 0x5eed_1e77, 12, |r| r % 4 == 0);
        for text in &texts {
            for word in [*b"vie", *b"xxx", *b"Wvi", *b"abc"] {
                let mut seen = Vec::new();
                let clean = is_clean_noting(text, word, |i| seen.push(i));
                assert_eq!(clean, is_clean(text), "{text:?}");
                let bytes = text.as_bytes();
                let want: Vec<usize> = (0..bytes.len())
                    .filter(|&i| {
                        bytes
                            .get(i..i + 3)
                            .is_some_and(|w| w.eq_ignore_ascii_case(&word))
                    })
                    .collect();
                assert_eq!(seen, want, "{text:?}");
                let mut seen = Vec::new();
                assert_eq!(is_clean_noting_simd(text, word, |i| seen.push(i)), clean);
                assert_eq!(seen, want, "{text:?}");
            }
        }
    }

    /// [`space_len`] against the char trim it replaces, over runs of every kind of white space
    /// (non-breaking spaces from one to eleven, so the four-at-a-time step starts, stops and
    /// is cut short at every phase) followed by text or nothing.
    #[test]
    fn space_len_agrees_with_the_char_trim() {
        let pieces = [
            " ",
            "\t",
            "\u{a0}",
            "\u{a0}\u{a0}\u{a0}",
            "\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}",
            "\u{2003}",
            "\u{feff}",
            "\r\n",
            "\u{b7}",
            "x",
            "é",
            "\u{c2}",
        ];
        for text in crate::test_text::joins_up_to(&pieces, 4) {
            let want = text.len() - text.trim_start_matches(is_space).len();
            assert_eq!(space_len(&text), want, "{text:?}");
        }
    }

    /// The word's letters, the pair of its first and third, and double spaces at every offset
    /// of texts a few chunks long, so each stands across every chunk boundary and at every
    /// distance from the end: the chunks read two bytes on are tested against the old rule.
    #[test]
    fn noting_words_agrees_at_every_offset() {
        let pieces = [
            "view", "VIEW the", "vie", "vi", "v", "V", "vxe", "vee", "v e", "  ", " ", "\u{a0}",
            "\n", "é",
        ];
        for len in 0..=84 {
            let base: String = (0..len).map(|k| ['a', 'b', ' ', 'c', 'd'][k % 5]).collect();
            for p in 0..=len {
                for piece in pieces {
                    for text in [
                        format!("{}{piece}{}", &base[..p], &base[p..]),
                        format!("{}{piece}", &base[..p]),
                    ] {
                        let mut seen = Vec::new();
                        let clean = is_clean_noting_simd(&text, *b"vie", |i| seen.push(i));
                        let ends = !text.starts_with(' ') && !text.ends_with(' ');
                        assert_eq!(clean, ends && is_clean_swar(&text), "{text:?}");
                        assert_eq!(clean, is_clean(&text), "{text:?}");
                        let want: Vec<usize> = (0..text.len())
                            .filter(|&i| {
                                text.as_bytes()
                                    .get(i..i + 3)
                                    .is_some_and(|w| w.eq_ignore_ascii_case(b"vie"))
                            })
                            .collect();
                        assert_eq!(seen, want, "{text:?}");
                    }
                }
            }
        }
    }

    /// The folded word comparison against the byte-by-byte one: prefixes of 8 to 24 bytes
    /// (letters, spaces, colons, digits), each text byte changed in turn to its other case,
    /// to the byte that matches it once bit 5 is set, or to punctuation, and texts cut short.
    #[test]
    fn starts_with_folded_agrees_with_starts_with_ci() {
        let source = "additional documents: 12 minutes of the meeting";
        let mut n = 0;
        for len in 1..=24 {
            for from in [0, 3, 11, 22] {
                let prefix = &source[from..from + len];
                let mut texts = vec![
                    prefix.to_string(),
                    prefix.to_ascii_uppercase(),
                    format!("{prefix} and more"),
                ];
                for k in 0..len {
                    for change in [0x20u8, 0x80, 0x1a, 0x00, b'@', b'{', b'.'] {
                        let mut bytes = prefix.as_bytes().to_vec();
                        bytes[k] = match change {
                            0x20 | 0x80 => bytes[k] ^ change,
                            _ => change,
                        };
                        bytes.extend_from_slice(b" tail");
                        texts.push(String::from_utf8_lossy(&bytes).into_owned());
                    }
                    texts.push(prefix[..k].to_string());
                }
                for text in &texts {
                    assert_eq!(
                        starts_with_folded(text, prefix),
                        starts_with_ci(text, prefix),
                        "{text:?} {prefix:?}"
                    );
                    n += 1;
                }
            }
        }
        assert!(n > 9_000);
    }

    #[test]
    fn trim_range_skips_nbsp() {
        let s = "\u{a0} Items \u{a0}";
        let (a, b) = trim_range(s, 0, s.len());
        assert_eq!(&s[a..b], "Items");
        let t = "\u{b}x\u{c}";
        assert_eq!(trim_range(t, 0, t.len()), (1, 2));
        assert_eq!(trim_range("ab", 0, 2), (0, 2));
    }

    #[test]
    fn case_insensitive_search() {
        assert_eq!(find_ascii_ci("The Minutes: here", "minutes:"), Some(4));
        assert_eq!(find_ascii_ci("£ minutes", "MINUTES"), Some(3));
        assert_eq!(find_ascii_ci("short", "longer needle"), None);
        assert_eq!(find_ascii_ci("Roll Call: roll call", "roll call"), Some(0));
        assert_eq!(find_ascii_ci("a roll cal", "roll call"), None);
        assert_eq!(find_ascii_ci("xx(ITEM 5)", "(item "), Some(2));
        assert_eq!(find_ascii_ci("ab", "b"), Some(1));
        // Agrees with a plain search on every offset of a mixed text.
        let hay = "Seconded by: Cllr Roll, roll CALL; call to ORDER and seconded by:";
        for needle in [
            "seconded by:",
            "roll call",
            "call to order",
            "l",
            "by:",
            " ",
        ] {
            let plain = hay.to_ascii_lowercase().find(needle);
            assert_eq!(find_ascii_ci(hay, needle), plain, "{needle:?}");
        }
    }

    #[test]
    fn short_ci_search_agrees_with_the_memchr_search() {
        // Bytes whose bit 5 alone tells them apart from a needle's first: '`' and '@', '–'
        // (0xE2 first) and '£' (0xC2 first).
        let hay = "Seconded by: Cllr Roll, roll CALL; £ call to ORDER and seconded BY: – `x@y\t z";
        for needle in [
            "seconded by:",
            "roll call",
            "by:",
            "l",
            " ",
            "£",
            "order and",
            "zz",
            "@y",
            "`x",
            "– `",
            " z",
        ] {
            for from in 0..hay.len() {
                let Some(h) = hay.get(from..) else { continue };
                if h.len() < needle.len() {
                    continue;
                }
                let memchr =
                    occurrences_ci_memchr(h.as_bytes(), needle.as_bytes(), 0, h.len()).next();
                let short = find_short_ci(h.as_bytes(), needle.as_bytes());
                assert_eq!(short, memchr, "{h:?} {needle:?}");
            }
        }
    }

    #[test]
    fn search_at_a_named_byte_agrees_with_the_search() {
        let pieces = [
            "roll", " ", "CaLL", "c", "ATTEND", "ance", "http", "P", "é", "x",
        ];
        for hay in crate::test_text::joins(&pieces, 4) {
            for (needle, k) in [("roll call", 5), ("attendance", 8), ("http", 3), ("c", 0)] {
                let found = find_ascii_ci(&hay, needle).is_some();
                assert_eq!(contains_ci_at(&hay, needle, k), found, "{hay:?} {needle:?}");
            }
        }
    }

    #[test]
    fn scanned_occurrences_agree_with_the_memchr_search() {
        // Needles whose rare byte is first, inside, last, a non-ASCII byte or a space.
        let needles: [&[u8]; 7] = [
            b"x",
            b"Qa",
            b"roll call",
            b"by:",
            b"e\xc2\xa3",
            b" z ",
            b"seconded by",
        ];
        let fill = b"aB ROLL cALL by: \xc2\xa3 q Seconded By X z ";
        for needle in needles {
            for len in 0..=70 {
                let base: Vec<u8> = fill.iter().cycle().take(len).copied().collect();
                let mut haystacks = vec![base.clone()];
                // The needle at every offset, in lower and upper case.
                for at in 0..=len.saturating_sub(needle.len()) {
                    if at + needle.len() > len {
                        break;
                    }
                    for case in [u8::to_ascii_lowercase, u8::to_ascii_uppercase] {
                        let mut h = base.clone();
                        for (b, n) in h[at..].iter_mut().zip(needle) {
                            *b = case(n);
                        }
                        haystacks.push(h);
                    }
                }
                for h in &haystacks {
                    for from in [0, 1, 17].into_iter().filter(|&f| f + needle.len() <= len) {
                        let got: Vec<usize> = occurrences_ci(h, needle, from, len).collect();
                        let want: Vec<usize> =
                            occurrences_ci_memchr(h, needle, from, len).collect();
                        assert_eq!(got, want, "{h:?} {needle:?} from {from}");
                    }
                }
            }
        }
    }

    #[test]
    fn short_search_agrees_with_find() {
        for (h, n) in [
            ("Budget 2025 RESOLVED that", "RESOLVED"),
            ("Title: the rest", ": "),
            ("no match", "RESOLVED"),
            ("ééé: x", ": "),
            ("", "a"),
            ("aaab", "ab"),
        ] {
            assert_eq!(find_short(h, n), h.find(n), "{h:?} {n:?}");
        }
    }

    #[test]
    fn sentence_ends() {
        assert!(ends_sentence("approved."));
        assert!(!ends_sentence("via email and"));
    }
}
