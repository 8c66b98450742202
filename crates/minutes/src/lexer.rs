//! The line lexer: splits the input into lines with their spans and recognises the tokens
//! that structure minutes (item numbers, numbered headings, bullets, labels, attachment and
//! truncation markers). Each recogniser looks at one line only, so the lexer is linear.

use crate::simd;
use crate::text::{self, find_ascii_ci, is_space, starts_with_ci, trim_range};

/// One line of the input, trimmed of white space (non-breaking spaces included).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Line<'a> {
    /// The trimmed text.
    pub text: &'a str,
    /// Byte offset of `text` in the input.
    pub start: usize,
    /// Leading white space, in columns (a tab counts four).
    pub indent: usize,
}

impl<'a> Line<'a> {
    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }

    pub fn is_blank(&self) -> bool {
        self.text.is_empty()
    }
}

/// A page number that says it is one ("Page 2", "Page 2 of 3", "- 2 -"): a bare "2" (or
/// "2 of 3") may be a table's cell, these are a printed page's footer. Inlined: the length
/// and first byte turn away most lines before the number is read.
#[inline]
pub(crate) fn is_page_footer(text: &str) -> bool {
    text.len() <= LONGEST_PAGE_NUMBER
        && matches!(text.as_bytes().first(), Some(b'P' | b'p' | b'-'))
        && reads_as_page_number(text)
}

/// A page number a PDF's page break leaves in the text: "2", "Page 2", "Page 2 of 3",
/// "- 2 -". Skipped where a list goes on across a page break; never an item's title.
/// Inlined: the length and first byte turn away most lines before the number is read.
#[inline]
pub(crate) fn is_page_number(text: &str) -> bool {
    text.len() <= LONGEST_PAGE_NUMBER
        && matches!(
            text.as_bytes().first(),
            Some(b'0'..=b'9' | b'P' | b'p' | b'-')
        )
        && reads_as_page_number(text)
}

/// "- Page 9999 of 9999 -", the longest page number read.
const LONGEST_PAGE_NUMBER: usize = 21;

/// [`is_page_number`] past its first tests: the words of a (trimmed) line.
fn reads_as_page_number(text: &str) -> bool {
    let t = text.trim_matches(|c: char| c == '-' || c == ' ').as_bytes();
    let t = match t.get(..5) {
        Some(p) if p.eq_ignore_ascii_case(b"page ") => &t[5..],
        _ => t,
    };
    // Digits, then either the end or " of " and digits.
    let digits = |t: &[u8]| t.iter().take_while(|b| b.is_ascii_digit()).count();
    let n = digits(t);
    if !(1..=4).contains(&n) {
        return false;
    }
    match &t[n..] {
        [] => true,
        [b' ', b'o', b'f', b' ', rest @ ..] => {
            (1..=4).contains(&digits(rest)) && digits(rest) == rest.len()
        }
        _ => false,
    }
}

/// Splits `input` into lines at `\n`, `\r\n` and lone `\r`, in a new vector: the tests'
/// reading (the parser reuses a thread's, [`lines_in`]).
#[cfg(test)]
pub(crate) fn lines(input: &str) -> Vec<Line<'_>> {
    lines_in(input, Vec::new())
}

/// Splits `input` into lines at `\n`, `\r\n` and lone `\r`, written into `spare` (an empty
/// vector kept from an earlier document) when it has room enough.
#[inline(never)]
pub(crate) fn lines_in<'a>(input: &'a str, spare: Vec<Line<'static>>) -> Vec<Line<'a>> {
    let bytes = input.as_bytes();
    // Room for lines of 32 bytes on average: real minutes average about 42 with many
    // documents below 40, and growing the vector copies every line read so far.
    let room = bytes.len() / 32 + 1;
    // A `Vec<Line<'static>>` is a `Vec<Line<'a>>`: empty, it borrows nothing.
    debug_assert!(spare.is_empty());
    let mut out: Vec<Line<'a>> = spare;
    if out.capacity() < room {
        // A new vector, not the spare one grown: `realloc` would copy its whole room.
        out = Vec::with_capacity(room);
    }
    // Most texts have no '\r' at all: one fast search over the whole input says so, and
    // the split then looks for one byte instead of two.
    if memchr::memchr(b'\r', bytes).is_some() {
        split_any_line_ending(input, &mut out);
        return out;
    }
    // A mask scan returns every '\n' of a 64-byte block from one classification: a memchr
    // search per line set up anew for lines of 40-60 bytes.
    if simd::ENABLED {
        split_by_blocks(input, &mut out);
        return out;
    }
    split_at_newlines(input, memchr::memchr_iter(b'\n', bytes), &mut out);
    out
}

/// [`split_at_newlines`] with the '\n's found sixty-four bytes at a time: a loop over the
/// whole blocks (`chunks_exact`, which needs no test for the text's end in each step), then
/// the rest padded with zeros, and in each a loop over the block's '\n's (one loop over an
/// iterator of the offsets kept more of its state on the stack).
#[inline(always)]
fn split_by_blocks<'a>(input: &'a str, out: &mut Vec<Line<'a>>) {
    let mut start = 0;
    let mut base = 0;
    let mut blocks = input.as_bytes().chunks_exact(64);
    for block in &mut blocks {
        start = push_lines_of_block(input, block, base, start, out);
        base += 64;
    }
    start = push_lines_of_block(input, blocks.remainder(), base, start, out);
    push_last_line(input, start, out);
}

/// Pushes the lines that end at the '\n's of `block` (at most sixty-four bytes, at `base`),
/// the first from `start`; returns where the next line starts.
#[inline(always)]
fn push_lines_of_block<'a>(
    input: &'a str,
    block: &[u8],
    base: usize,
    mut start: usize,
    out: &mut Vec<Line<'a>>,
) -> usize {
    let mut mask = simd::block_mask(block, |c| c.eq(b'\n'));
    while mask != 0 {
        start = push_line_to(input, start, base + mask.trailing_zeros() as usize, out);
        mask &= mask - 1;
    }
    start
}

/// [`lines_in`] for text without '\r': `newlines` are the offsets of its '\n's, in order.
#[inline(always)]
fn split_at_newlines<'a>(
    input: &'a str,
    newlines: impl Iterator<Item = usize>,
    out: &mut Vec<Line<'a>>,
) {
    let mut start = 0;
    for end in newlines {
        start = push_line_to(input, start, end, out);
    }
    push_last_line(input, start, out);
}

/// Pushes the line from `start` to the '\n' at `end`; returns where the next line starts.
#[inline(always)]
fn push_line_to<'a>(input: &'a str, start: usize, end: usize, out: &mut Vec<Line<'a>>) -> usize {
    if end == start {
        // A blank line (nearly half of the shared documents' lines), answered before
        // the tests that the slicing below needs.
        out.push(Line {
            text: "",
            start,
            indent: 0,
        });
        return end + 1;
    }
    // Always a '\n' (the offsets are those of '\n's): said here, the test lets the
    // compiler drop the char-boundary checks of slicing at `end`, which cost more.
    if input.as_bytes().get(end) != Some(&b'\n') {
        return start;
    }
    out.push(make_line(input, start, end));
    end + 1
}

/// The text after the last '\n' is a line unless it is empty (an empty input is one blank
/// line).
#[inline(always)]
fn push_last_line<'a>(input: &'a str, start: usize, out: &mut Vec<Line<'a>>) {
    if start < input.len() || input.is_empty() {
        out.push(make_line(input, start, input.len()));
    }
}

/// [`lines_in`] for text with '\r' in it: ends lines at `\n`, `\r\n` and lone `\r`.
fn split_any_line_ending<'a>(input: &'a str, out: &mut Vec<Line<'a>>) {
    let bytes = input.as_bytes();
    let mut start = 0;
    while start <= bytes.len() {
        let end = memchr::memchr2(b'\n', b'\r', &bytes[start..]).map_or(bytes.len(), |i| start + i);
        out.push(make_line(input, start, end));
        if end >= bytes.len() {
            break;
        }
        start = if bytes[end] == b'\r' && bytes.get(end + 1) == Some(&b'\n') {
            end + 2
        } else {
            end + 1
        };
        if start == bytes.len() {
            break;
        }
    }
}

/// A document that is one long line (a PDF converted without line breaks) is read as
/// sentences: each becomes a line of its own, and so does each minute reference such as
/// "Cou/285/07-08", or number before a title in capitals ("2. DECLARATIONS"), that starts an
/// item inside the line.
pub(crate) fn split_run_on<'a>(input: &'a str, lines: Vec<Line<'a>>) -> Vec<Line<'a>> {
    const LONG: usize = 1000;
    let total: usize = lines.iter().map(|l| l.text.len()).sum();
    let longest = lines.iter().map(|l| l.text.len()).max().unwrap_or(0);
    if longest < LONG || longest * 10 < total * 8 {
        return lines;
    }
    let mut out = Vec::with_capacity(lines.len() + longest / 80);
    for line in lines {
        if line.text.len() < LONG {
            out.push(line);
            continue;
        }
        let mut cuts = sentence_starts(line.text);
        let titled = capitals_title_ends(line.text, &cuts);
        let numbered = numbered_starts(line.text);
        if !numbered.is_empty() || !titled.is_empty() {
            cuts.extend(numbered);
            cuts.extend(titled);
            cuts.sort_unstable();
            cuts.dedup();
        }
        let mut from = 0;
        for cut in cuts {
            out.push(make_line(input, line.start + from, line.start + cut));
            from = cut;
        }
        out.push(make_line(input, line.start + from, line.end()));
    }
    out
}

/// The most words an unnumbered heading in capitals at a sentence's start is read in
/// ([`capitals_title_ends`]): a longer run of capitals is a resolution's title or a shout.
const MOST_HEADING_WORDS: usize = 8;

/// Where the unnumbered headings in capitals that open sentences of a run-on line end
/// ("... Stiles. CALL TO ORDER The Chairman called ... order. INVOCATION The invocation
/// was ..."): at the first word in title case after one to [`MOST_HEADING_WORDS`] words
/// in capitals, six letters at least, when a word in lower case follows it within four
/// words (the sentence the heading runs into). A colon among the capitals is a label's
/// ("MEMBERS PRESENT: ..."), read by attendance instead. `starts` are the sentence starts.
fn capitals_title_ends(text: &str, starts: &[usize]) -> Vec<usize> {
    let b = text.as_bytes();
    starts
        .iter()
        .filter(|&&s| b.get(s + 1).is_some_and(u8::is_ascii_uppercase))
        .filter_map(|&s| capitals_title_end(text, s))
        .collect()
}

/// [`capitals_title_ends`] for the sentence that starts at `from`.
fn capitals_title_end(text: &str, from: usize) -> Option<usize> {
    let mut at = from;
    let mut letters = 0;
    let mut words = text[from..].split(' ');
    for (n, word) in words.by_ref().enumerate().take(MOST_HEADING_WORDS + 1) {
        let start = at;
        at += word.len() + 1;
        if word.bytes().any(|c| c.is_ascii_lowercase()) {
            let title_case = n > 0 && word.starts_with(|c: char| c.is_ascii_uppercase());
            let sentence = || {
                text[at.min(text.len())..]
                    .split(' ')
                    .take(4)
                    .any(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
            };
            return (title_case && letters >= 6 && sentence()).then_some(start);
        }
        if word.contains(':') {
            return None;
        }
        letters += word.bytes().filter(u8::is_ascii_uppercase).count();
    }
    None
}

/// Offsets in `text` where a new sentence or a minute reference starts: after a space
/// followed by a capital. The places of those pairs come from one SIMD scan of the line (a
/// byte loop cost eleven instructions per byte of these long lines), or from the byte loop
/// without a vector unit.
fn sentence_starts(text: &str) -> Vec<usize> {
    if !simd::ENABLED {
        return sentence_starts_bytewise(text);
    }
    let mut out = Vec::new();
    let capital_or_digit_after_space = |this: simd::Chunk, next: simd::Chunk| {
        this.eq(b' ') & (next.ascii_between(b'A', b'Z') | next.ascii_between(b'0', b'9'))
    };
    simd::for_each_pair(text.as_bytes(), capital_or_digit_after_space, |i| {
        if i > 0 && starts_sentence_or_item(text, i) {
            out.push(i + 1);
        }
        false
    });
    out
}

/// [`starts_sentence`] for a capital after the space at `i`, [`starts_numbered_title`] for
/// a digit.
fn starts_sentence_or_item(text: &str, i: usize) -> bool {
    if text.as_bytes()[i + 1].is_ascii_digit() {
        starts_numbered_title(&text.as_bytes()[i + 1..])
    } else {
        starts_sentence(text, i)
    }
}

/// Whether `b` starts with an item's number and a title in capitals ("2. DECLARATIONS OF
/// INTEREST None. 3. MINUTES ..."): one to three digits, a dot, a space and two capitals.
/// A PDF turned into one line keeps its numbered headings after the last item's words,
/// with no full stop before them.
fn starts_numbered_title(b: &[u8]) -> bool {
    let digits = b.iter().take(4).take_while(|c| c.is_ascii_digit()).count();
    (1..=3).contains(&digits)
        && b.get(digits..digits + 2) == Some(b". ")
        && b.get(digits + 2..digits + 4)
            .is_some_and(|two| two.iter().all(u8::is_ascii_uppercase))
}

/// [`sentence_starts`] by testing every byte: without a vector unit, and the reference the
/// scan is tested against.
fn sentence_starts_bytewise(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    (1..bytes.len().saturating_sub(1))
        .filter(|&i| {
            bytes[i] == b' ' && (bytes[i + 1].is_ascii_uppercase() || bytes[i + 1].is_ascii_digit())
        })
        .filter(|&i| starts_sentence_or_item(text, i))
        .map(|i| i + 1)
        .collect()
}

/// Offsets in a run-on line where an item numbered in sequence starts ("... at 6:30 PM. 1.
/// Welcome 2. Pledge of Allegiance 3. ROLL CALL ..."), or a sub-item lettered in sequence
/// under one ("(a) Minutes ...", "b) Motion to ..."), and where each one's title ends
/// ([`run_on_title_end`]). Numbers must run 1, 2, 3 and letters a, b, c: a figure in the
/// text ("section 2. The ...") is no item. One pass over the line's dots and brackets.
fn numbered_starts(text: &str) -> Vec<usize> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut next_number = 1u32;
    let mut next_letter = None;
    // Colons are few: each is asked for a roll's label.
    out.extend(memchr::memchr_iter(b':', b).filter_map(|at| attendance_label_start(b, at)));
    // Dots are many: they are read from the first item's "1. " on, if there is one.
    let first = if b.starts_with(b"1. ") {
        0
    } else {
        match memchr::memmem::find(b, b" 1. ") {
            Some(at) => at + 1,
            None => return out,
        }
    };
    for at in memchr::memchr2_iter(b'.', b')', &b[first..]).map(|at| first + at) {
        // The mark is followed by a space and the title's capital.
        let titled = b.get(at + 1) == Some(&b' ')
            && b.get(at + 2).is_some_and(|c| {
                c.is_ascii_uppercase() || *c == b'(' || (b[at] == b')' && c.is_ascii_digit())
            });
        if !titled || at == 0 {
            continue;
        }
        let digits = b[..at]
            .iter()
            .rev()
            .take(3)
            .take_while(|c| c.is_ascii_digit())
            .count();
        let start = if b[at] == b'.' && (1..=2).contains(&digits) {
            let start = at - digits;
            let value = text[start..at].parse::<u32>().unwrap_or(0);
            if value != next_number || (start > 0 && b[start - 1] != b' ') {
                continue;
            }
            next_number += 1;
            next_letter = Some(b'a');
            start
        } else {
            // "a)", "(a)" or "a." after a space.
            let letter = b[at - 1];
            if Some(letter) != next_letter {
                continue;
            }
            let start = match at.checked_sub(2).map(|p| b[p]) {
                Some(b'(') if b[at] == b')' => at - 2,
                Some(b' ') => at - 1,
                _ => continue,
            };
            if start > 0 && b[start - 1] != b' ' {
                continue;
            }
            next_letter = Some(letter + 1);
            start
        };
        out.push(start);
        if let Some(end) = run_on_title_end(text, at + 2) {
            out.push(end);
        }
    }
    out
}

/// The labels of a roll call's parts and of the head's fields that a run-on line gives one
/// after another ("Present: A, B, C Absent: D, E", "Regrets: Mayor A Hale Time: 6:00 p.m."):
/// each starts a line, which ends the part before it.
const RUN_ON_LABELS: [&[u8]; 8] = [
    b"Absent",
    b"Regrets",
    b"Excused",
    b"Late",
    b"Present",
    b"Time",
    b"Date",
    b"Location",
];

/// Where a roll call's label ending at the colon at `colon` starts ([`RUN_ON_LABELS`],
/// after a space).
fn attendance_label_start(b: &[u8], colon: usize) -> Option<usize> {
    RUN_ON_LABELS.iter().find_map(|label| {
        let start = colon.checked_sub(label.len() + 1)?;
        (b[start] == b' ' && &b[start + 1..colon] == *label).then_some(start + 1)
    })
}

/// Where the title that starts at `from` in a run-on line ends, if a mark shows it within
/// its first twelve words: a colon ("Adoption of Agenda: a) Motion ..."), a word in capitals
/// with a colon after a title that is not in capitals ("... (Action) MOTION: Motion to
/// ..."), or, after a title in capitals, a word that is not ("CALL TO ORDER Mayor Hale
/// called ..."). Cuts fall at spaces only.
fn run_on_title_end(text: &str, from: usize) -> Option<usize> {
    let words = || text[from..].split(' ').take(12);
    // A colon ends a title in capitals too ("ROLL CALL of Planning Commissioners: ...").
    let colon = words().any(|w| w.ends_with(':'));
    let mut at = from;
    let mut capitals = None;
    for word in words() {
        let start = at;
        at += word.len() + 1;
        if word.is_empty() {
            continue;
        }
        let letters = word.bytes().filter(u8::is_ascii_alphabetic).count();
        let upper = letters >= 2 && !word.bytes().any(|c| c.is_ascii_lowercase());
        let in_capitals = *capitals.get_or_insert(upper);
        if word.ends_with(':') {
            return if upper && !in_capitals && start > from {
                Some(start)
            } else {
                (at < text.len()).then_some(at)
            };
        }
        let title_word = word.starts_with(|c: char| c.is_ascii_uppercase())
            && word.bytes().any(|c| c.is_ascii_lowercase());
        if in_capitals && !colon && start > from && title_word {
            return Some(start);
        }
        // "1. Welcome Mayor Hale welcomed those present": after a title not in capitals,
        // a sentence that names its speaker by office, or starts with "The", and whose verb
        // follows within three words.
        if !in_capitals
            && start > from
            && opens_sentence_by_office(word, &text[at.min(text.len())..])
        {
            return Some(start);
        }
    }
    None
}

/// The offices a sentence of the minutes names its speaker by, and "The": the words a
/// sentence after a run-on title in title case starts with.
const SENTENCE_OPENERS: [&str; 11] = [
    "Mayor",
    "Council",
    "Councilmember",
    "Councillor",
    "Councilor",
    "Commissioner",
    "Chairperson",
    "Chairman",
    "Attorney",
    "Mr.",
    "The",
];

/// Whether `word` is one of the [`SENTENCE_OPENERS`] and a word in lower case (the
/// sentence's verb, "welcomed", "led", or an "of") comes within the next three words of
/// `after`.
fn opens_sentence_by_office(word: &str, after: &str) -> bool {
    SENTENCE_OPENERS.contains(&word)
        && after.split(' ').take(3).any(|w| {
            w.starts_with(|c: char| c.is_ascii_lowercase()) && !is_letter_label(w.as_bytes())
        })
}

/// "b.", "c)": a sub-item's letter, which a run-on line's next sub-item starts with.
fn is_letter_label(w: &[u8]) -> bool {
    matches!(w, [_, b'.' | b')'])
}

/// Whether the capital after the space at `i` (not the first byte) starts a sentence (the
/// word before the space ends one) or a minute reference.
fn starts_sentence(text: &str, i: usize) -> bool {
    let bytes = text.as_bytes();
    // Most candidates are a capitalised word after a word without a full stop: the byte
    // before the space says so, and the word is looked for only after a stop.
    if matches!(bytes[i - 1], b'.' | b'?' | b'!') && ends_sentence_at(text, i) {
        return true;
    }
    if bytes[i - 1] == b' ' {
        // Two spaces after a full stop, as typists write: the run's first space is the one
        // after the sentence. (Each run is walked once, from the capital that ends it.)
        let first = bytes[..i]
            .iter()
            .rposition(|&b| b != b' ')
            .map_or(0, |p| p + 1);
        if first > 0
            && matches!(bytes[first - 1], b'.' | b'?' | b'!')
            && ends_sentence_at(text, first)
        {
            return true;
        }
    }
    // "... respectful. NONE Presentations: ...": a section that had nothing to record is
    // closed by "NONE", a sentence of its own.
    if bytes[i - 1] == b'E'
        && i >= 4
        && &bytes[i - 4..i] == b"NONE"
        && (i == 4 || bytes[i - 5] == b' ')
    {
        return true;
    }
    let after = &bytes[i + 1..];
    // "... Meeting: Welcome ROLL CALL of Commissioners: Present: ...": the roll call starts
    // a line, which its item and attendance read.
    if after.starts_with(b"ROLL CALL") || after.starts_with(b"Roll Call") {
        return true;
    }
    // A reference has a digit two to five bytes after its capital (past up to four letters
    // and a separator): most capitals start a word, which has none there.
    digit_at_2_to_5(after)
        && prefixed_end(after)
            .is_some_and(|end| after[..end].contains(&b'/') && after.get(end) == Some(&b' '))
}

/// Whether one of the bytes 2 to 5 of `b` is an ASCII digit, as the number after a
/// capital's prefix ("TCF 24/1", "Cou/285/07-08") has: one word test of the four bytes.
#[inline(always)]
pub(crate) fn digit_at_2_to_5(b: &[u8]) -> bool {
    match b.get(2..6) {
        Some(four) => {
            let x = u64::from(u32::from_le_bytes(four.try_into().unwrap_or_default()));
            // The four bytes XOR '0' (and the zero bytes above them, made '0' too): a digit
            // becomes an ASCII byte below 10.
            crate::swar::ascii_below(x ^ 0x3030_3030_3030_3030, 10) != 0
        }
        None => b.iter().skip(2).any(u8::is_ascii_digit),
    }
}

/// Whether the word before the space at `i` ends a sentence: three bytes or more, ending with
/// a full stop, question or exclamation mark, and no abbreviation ("Mr.", "No.").
fn ends_sentence_at(text: &str, i: usize) -> bool {
    // The word before the space (a backward byte scan: `rsplit` set up a searcher for each
    // of the thousands of candidates in a long line).
    let word_start = text.as_bytes()[..i]
        .iter()
        .rposition(|&b| b == b' ')
        .map_or(0, |p| p + 1);
    let word = &text[word_start..i];
    word.len() > 2
        && word.ends_with(['.', '?', '!'])
        && !["Mr.", "Mrs.", "Dr.", "No.", "St.", "Cllr.", "Hon."].contains(&word)
        && !is_initials(word)
}

/// Whether `word` is initials ("H.S.", "J.R.R."): capitals each with its dot, before a
/// surname ("Regrets: Mayor H.S. Hughes"), which ends no sentence.
fn is_initials(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() % 2 == 0
        && b.chunks(2)
            .all(|pair| pair[0].is_ascii_uppercase() && pair[1] == b'.')
}

/// The line `start..end` of `input`, trimmed, with its indent.
#[inline(always)]
fn make_line(input: &str, start: usize, end: usize) -> Line<'_> {
    // Most lines start and end with printable ASCII, and some are empty: both are answered
    // here, inlined into the splitting loop.
    let solid = |b: &u8| (b'!'..=b'~').contains(b);
    let bytes = &input.as_bytes()[start..end];
    match (bytes.first(), bytes.last()) {
        (Some(first), Some(last)) if solid(first) && solid(last) => {
            return Line {
                text: &input[start..end],
                start,
                indent: 0,
            }
        }
        (None, _) => {
            return Line {
                text: "",
                start,
                indent: 0,
            }
        }
        // A line of one space or one non-breaking space (two in five of the lines that reach
        // this point on the shared documents: pages converted from HTML keep them between
        // paragraphs) is blank, one column deep: answered here, without the call.
        _ if bytes == b" " || bytes == "\u{a0}".as_bytes() => {
            return Line {
                text: "",
                start: end,
                indent: 1,
            }
        }
        _ => {}
    }
    make_line_indented(input, start, end)
}

/// [`make_line`] for lines with white space at either end.
#[inline(never)]
fn make_line_indented(input: &str, start: usize, end: usize) -> Line<'_> {
    // Most lines are indented (if at all) with ASCII spaces, tabs and non-breaking spaces
    // (text converted from HTML has many lines of a lone non-breaking space) and start with
    // a printable ASCII character: then the indent is counted in the same pass that finds
    // the text, and only the end needs trimming. Anything else takes the general path.
    let bytes = &input.as_bytes()[start..end];
    let mut lead = 0;
    let mut indent = 0;
    while let Some(&b) = bytes.get(lead) {
        match b {
            b' ' => indent += 1,
            b'\t' => indent += 4,
            // U+00A0 is one column, two bytes.
            0xC2 if bytes.get(lead + 1) == Some(&0xA0) => {
                indent += 1;
                lead += 1;
            }
            _ => break,
        }
        lead += 1;
    }
    if lead == bytes.len() {
        // Blank: only spaces, tabs and non-breaking spaces, as the runs of blank lines that
        // PDF conversions leave between paragraphs are. Answered without the slicing and the
        // trim of the end below, which find the same empty text at the line's end.
        return Line {
            text: "",
            start: end,
            indent,
        };
    }
    let first_solid = match bytes.get(lead) {
        None => true, // not reached: a blank line was answered above
        // A bullet or a curly quote: its bytes say whether it is white space.
        Some(&b) if b >= 0x80 => text::wide_space_len(bytes, lead) == 0,
        Some(b) => (b'!'..=b'~').contains(b),
    };
    if !first_solid {
        return make_line_general(input, start, end);
    }
    let from = start + lead;
    let text = match bytes.last() {
        Some(b) if (b'!'..=b'~').contains(b) => &input[from..end],
        None => "",
        _ => &input[from..text::trimmed_end(input, from, end)],
    };
    Line {
        text,
        start: from,
        indent,
    }
}

/// [`make_line`] for any line: trims all white space (non-breaking spaces included).
fn make_line_general(input: &str, start: usize, end: usize) -> Line<'_> {
    let (a, b) = trim_range(input, start, end);
    let indent = input[start..a].chars().map(indent_columns).sum();
    Line {
        text: &input[a..b],
        start: a,
        indent,
    }
}

/// The columns a white-space character adds to a line's indent. A form feed or vertical tab
/// adds none: pdftotext starts each page with a form feed, glued to the page's first line
/// ("\u{c}- That the report be noted."), and that line is no deeper than the one before the
/// page break.
fn indent_columns(c: char) -> usize {
    match c {
        '\t' => 4,
        '\u{b}' | '\u{c}' => 0,
        _ => 1,
    }
}

/// An item number token as minutes write it (without a trailing dot): "12", "3a", "3A",
/// "5.1", "12.3b", "77/21", "TCF 24/1", "C 10/034", "C.123", "E.70/23", "Cou/285/07-08". Returns
/// what follows it and the number.
///
/// Every layout asks this of most lines, and most fail the quick test: the test is inlined
/// into the caller and the scan kept out of line, so a "no" costs no call.
#[inline(always)]
pub(crate) fn item_number(input: &str) -> Option<(&str, &str)> {
    if !may_start_item_number(input.as_bytes()) {
        return None;
    }
    item_number_scanned(input)
}

#[inline(never)]
fn item_number_scanned(input: &str) -> Option<(&str, &str)> {
    // The end is after an ASCII byte, so a character boundary.
    item_number_end(input.as_bytes()).map(|end| (&input[end..], &input[..end]))
}

/// Where the item number at the start of `b` ends. The rules, as a grammar (the nom
/// grammar in the tests, which this must agree with, reads them so):
/// a number starting with a digit is `digits [a-zA-Z]? "/" slashed` ("41/19", "41a/19"), or else `digits [a-zA-Z]?
/// ("." digits [a-zA-Z]?)?` or `digits "." [a-zA-Z]` (a sub-item's letter in either case:
/// "3a", "5A", "5.a"); one starting with a capital is [`prefixed_end`]'s. `digits` is one
/// to four digits, and a longer run is cut after four.
fn item_number_end(b: &[u8]) -> Option<usize> {
    let first = *b.first()?;
    if first.is_ascii_uppercase() {
        return prefixed_end(b);
    }
    let digits = digits_at(b, 0);
    if digits == 0 {
        return None;
    }
    // "41/19", and "41a/19": a sub-item's letter before the year's slash.
    let lettered = usize::from(
        b.get(digits).is_some_and(u8::is_ascii_alphabetic) && b.get(digits + 1) == Some(&b'/'),
    );
    if b.get(digits + lettered) == Some(&b'/') {
        if let Some(end) = slashed_end(b, digits + lettered + 1) {
            return Some(end);
        }
    }
    let letter_at = |at: usize| usize::from(b.get(at).is_some_and(u8::is_ascii_alphabetic));
    let mut end = digits + letter_at(digits);
    if b.get(end) == Some(&b'.') {
        let more = digits_at(b, end + 1);
        if more > 0 {
            end += 1 + more;
            end += letter_at(end);
        } else if end == digits && letter_at(end + 1) == 1 && letter_at(end + 2) == 0 {
            // "5.a", "5.A": a sub-item's letter after the dot ("37.PRESENT" is a title
            // glued to its number's dot).
            end += 2;
        }
    }
    Some(end)
}

/// "TCF 24/1", "C 10/034", "C.123", "E.70/23", "Cou/285/07-08", "O&S.13/23": a capital and up
/// to three more letters (all capitals, unless a slash follows them; an '&' only between
/// capitals), a separator (space, dot or
/// slash) not followed by a letter, and a [`slashed_end`] number. Returns where it ends.
fn prefixed_end(b: &[u8]) -> Option<usize> {
    if !b.first()?.is_ascii_uppercase() {
        return None;
    }
    let letters = 1 + b[1..]
        .iter()
        .take(3)
        .take_while(|c| c.is_ascii_alphabetic() || **c == b'&')
        .count();
    let sep = *b.get(letters)?;
    if !matches!(sep, b' ' | b'.' | b'/') {
        return None;
    }
    let capitals = b[..letters]
        .iter()
        .all(|c| c.is_ascii_uppercase() || *c == b'&');
    if b.get(letters + 1).is_some_and(u8::is_ascii_alphabetic) || (sep != b'/' && !capitals) {
        return None;
    }
    if !ampersands_join_capitals(&b[..letters]) {
        return None;
    }
    slashed_end(b, letters + 1)
}

/// A prefix's '&' stands between two capitals ("O&S.13/23", "P&R 24/01": a committee's
/// initials); a prefix without one passes.
fn ampersands_join_capitals(letters: &[u8]) -> bool {
    !letters.contains(&b'&')
        || letters
            .iter()
            .enumerate()
            .all(|(i, c)| *c != b'&' || letters.get(i + 1).is_some_and(u8::is_ascii_uppercase))
            && letters.iter().all(|c| c.is_ascii_uppercase() || *c == b'&')
}

/// "77/21", "45/23", "24/1", "07-08" tails at `at`: digits, then any number of '/' or '-'
/// each followed by digits. Returns where it ends.
fn slashed_end(b: &[u8], at: usize) -> Option<usize> {
    let digits = digits_at(b, at);
    if digits == 0 {
        return None;
    }
    let mut end = at + digits;
    while matches!(b.get(end), Some(b'/' | b'-')) {
        let more = digits_at(b, end + 1);
        if more == 0 {
            break;
        }
        end += 1 + more;
    }
    Some(end)
}

/// How many ASCII digits, up to four, start at `at`.
fn digits_at(b: &[u8], at: usize) -> usize {
    b.get(at..).map_or(0, |rest| {
        rest.iter()
            .take(4)
            .take_while(|c| c.is_ascii_digit())
            .count()
    })
}

/// A cheap test that rejects most lines before the scan runs: an item number starts with
/// a digit, or (for [`prefixed_end`] numbers) with a capital, up to three more letters, a
/// separator and a digit. Every line of a document is asked, so this keeps the common
/// answer ("no") to a few byte comparisons.
#[inline(always)]
fn may_start_item_number(bytes: &[u8]) -> bool {
    match bytes.first() {
        Some(b) if b.is_ascii_digit() => true,
        // The digit after a capital's letters and separator is at byte 2 to 5: one word test
        // turns away most capitalised lines before their letters are counted.
        Some(b) if b.is_ascii_uppercase() && digit_at_2_to_5(bytes) => {
            let letters = bytes[1..]
                .iter()
                .take(3)
                .take_while(|b| b.is_ascii_alphabetic() || **b == b'&')
                .count();
            matches!(bytes.get(1 + letters), Some(b' ' | b'.' | b'/'))
                && bytes.get(2 + letters).is_some_and(u8::is_ascii_digit)
        }
        _ => false,
    }
}

/// The line is an item number and nothing else ("59.", "3a", "TCF 24/1", "5.1").
/// `dotted` tells whether it ended in a dot.
#[inline(always)]
pub(crate) fn number_line(text: &str) -> Option<(&str, bool)> {
    item_number(text).and_then(number_line_of)
}

/// [`number_line`] from the line's [`item_number`] (`rest` is what follows the number),
/// for callers that also ask [`heading_of`] and so read the number once.
pub(crate) fn number_line_of<'a>((rest, n): (&'a str, &'a str)) -> Option<(&'a str, bool)> {
    match rest {
        "" => Some((n, false)),
        "." => Some((n, true)),
        _ => None,
    }
}

/// A numbered heading: "131. MINUTES OF THE PREVIOUS MEETING", "1 Apologies for Absence",
/// "C 09/025 Declarations of interest.", "70.      Minutes". Returns the number and the byte
/// offset of the title in `text`.
#[inline(always)]
pub(crate) fn numbered_heading(text: &str) -> Option<(&str, usize)> {
    heading_of(text, item_number(text)?)
}

/// [`numbered_heading`] from the [`item_number`] that `text` starts with.
pub(crate) fn heading_of<'a>(
    text: &'a str,
    (rest, n): (&'a str, &'a str),
) -> Option<(&'a str, usize)> {
    let (rest, dot) = match rest.strip_prefix('.') {
        Some(after) => (after, true),
        None => (rest, false),
    };
    // Counted on bytes while they are ASCII (as `trim_start_matches(is_space)` counts).
    let mut gap = text::space_len(rest);
    if gap == 0 && !(dot && glued_capitals(rest)) {
        // "21/21-APOLOGIES FOR ABSENCE:": a hyphen glued between the number and a title in
        // capitals, as a parish's page joins them.
        if dot || !rest.starts_with('-') || !glued_capitals(&rest[1..]) {
            return None;
        }
        gap = 1;
    }
    let mut title = &rest[gap..];
    // A heading's title starts with a capital (or a quote); "2 weeks later" is not a heading,
    // nor is a bare number followed by a time unit or a year. An ASCII first byte answers
    // without decoding a char.
    let capital_or_quote = match *title.as_bytes().first()? {
        b'A'..=b'Z' | b'\'' | b'"' => true,
        // "Cou/235/09-10 / Present.": a table's number and title cells joined by " / ", as
        // document sites print a table row.
        b'/' if gap > 0 && title.as_bytes().get(1) == Some(&b' ') => {
            title = title[2..].trim_start_matches(' ');
            title.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
        }
        b if b.is_ascii() => false,
        _ => title
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c == '\u{2018}'),
    };
    if !capital_or_quote {
        return None;
    }
    if !dot && (is_year(n) || title.len() <= 48 && is_street_address(title)) {
        // "2025 Budget" is a year, not item 2025; "60 Snyder's Road West" an address line
        // of a header's venue.
        return None;
    }
    if crate::date::may_be_date(text) && crate::date::date(text).is_ok() {
        return None; // "27 April 2021 – Minutes" is a date line
    }
    Some((n, text.len() - title.len()))
}

/// Whether a heading's number is a year of these centuries ("2025 Budget"), not a minute's
/// number: parish councils number their minutes on from year to year ("1201 Public
/// Participation"), and only 1900 to 2099 read as years.
fn is_year(n: &str) -> bool {
    matches!(n.as_bytes(), [b'1', b'9', c, d] | [b'2', b'0', c, d] if c.is_ascii_digit() && d.is_ascii_digit())
}

/// Whether the words after a house number name a street ("Snyder's Road West", "Main
/// Street", "Center St."): up to five words, the last a street's kind, or one before a
/// point of the compass. No heading is titled so; a venue's address line in a header is.
/// Out of line: asked of every short heading without a dot after its number.
#[cold]
#[inline(never)]
fn is_street_address(title: &str) -> bool {
    let b = title.as_bytes();
    // The last word before `end`, without the stops and spaces after it.
    let word_before = |mut end: usize| {
        while end > 0 && matches!(b[end - 1], b'.' | b' ') {
            end -= 1;
        }
        let start = memchr::memrchr(b' ', &b[..end]).map_or(0, |k| k + 1);
        (start, &b[start..end])
    };
    let mut buf = [0; 9];
    let (mut start, mut last) = word_before(b.len());
    if matches!(
        folded(last, &mut buf),
        b"west" | b"east" | b"north" | b"south" | b"w" | b"e" | b"n" | b"s"
    ) {
        (start, last) = word_before(start);
    }
    matches!(
        folded(last, &mut buf),
        b"road"
            | b"street"
            | b"avenue"
            | b"lane"
            | b"drive"
            | b"way"
            | b"boulevard"
            | b"crescent"
            | b"place"
            | b"terrace"
            | b"parkway"
            | b"highway"
            | b"rd"
            | b"st"
            | b"ave"
            | b"blvd"
    ) && memchr::memchr_iter(b' ', &b[..start]).count() <= 4
}

/// `word` with its capitals in small letters (bit 5 set: no other byte becomes a small
/// letter) in `buf`; empty for a word longer than any of [`is_street_address`]'s.
fn folded<'b>(word: &[u8], buf: &'b mut [u8; 9]) -> &'b [u8] {
    if word.len() > buf.len() {
        return &[];
    }
    for (b, c) in buf.iter_mut().zip(word) {
        *b = c | 0x20;
    }
    &buf[..word.len()]
}

/// Whether `rest` starts with two capitals, or a capital and a small letter: a title glued
/// to its number's dot ("37.PRESENT Councillors: ...", "1.Call to Order", as PDFs of parish
/// minutes and Laserfiche text of planning minutes lose the space).
fn glued_capitals(rest: &str) -> bool {
    match rest.as_bytes() {
        [a, b, ..] => a.is_ascii_uppercase() && (b.is_ascii_uppercase() || b.is_ascii_lowercase()),
        _ => false,
    }
}

/// List markers that start a bullet line ("\u{f0b7}" is the Symbol-font bullet that Word
/// documents leave in converted PDFs), as [`bullet_of`] reads them: the list the tests hold
/// it to.
#[cfg(test)]
const BULLETS: [&str; 12] = [
    "•", "·", "▪", "◦", "●", "\u{f0b7}", "-", "–", "—", "*", "o", "➢",
];

/// A bullet line: returns the marker and the byte offset of the entry's text.
///
/// Asked of most lines: the first-byte test is inlined into the caller, the rest kept out of
/// line.
#[inline(always)]
pub(crate) fn bullet(text: &str) -> Option<(&'static str, usize)> {
    // The first bytes of the markers: "-", "*", "o", and 0xC2, 0xE2 or 0xEF, which start
    // the UTF-8 of the others.
    let first = *text.as_bytes().first()?;
    if !matches!(first, b'-' | b'*' | b'o' | 0xC2 | 0xE2 | 0xEF) {
        return None;
    }
    // Most bullet lines open with "- " (seven in ten on the shared documents): read on bytes,
    // without the call.
    if first == b'-' && text.as_bytes().get(1) == Some(&b' ') {
        return Some(("-", 1 + text::space_len(&text[1..])));
    }
    bullet_of(text)
}

/// The full reading behind [`bullet`]: the first character names the only marker that can
/// match (no marker starts another), where trying each marker in turn cost a comparison per
/// marker and a Unicode trim.
#[inline(never)]
fn bullet_of(text: &str) -> Option<(&'static str, usize)> {
    // Matched on the marker's UTF-8 bytes: decoding the first char and matching it against
    // twelve chars cost more than the rest of the reading.
    let marker = match text.as_bytes() {
        [0xE2, 0x80, 0xA2, ..] => "•",
        [0xC2, 0xB7, ..] => "·",
        [0xE2, 0x96, 0xAA, ..] => "▪",
        [0xE2, 0x97, 0xA6, ..] => "◦",
        [0xE2, 0x97, 0x8F, ..] => "●",
        [0xEF, 0x82, 0xB7, ..] => "\u{f0b7}",
        [b'-', ..] => "-",
        [0xE2, 0x80, 0x93, ..] => "–",
        [0xE2, 0x80, 0x94, ..] => "—",
        [b'*', ..] => "*",
        [b'o', ..] => "o",
        [0xE2, 0x9E, 0xA2, ..] => "➢",
        _ => return None,
    };
    let rest = &text[marker.len()..];
    let gap = text::space_len(rest);
    (gap > 0 || (rest.is_empty() && marker != "o")).then_some((marker, marker.len() + gap))
}

/// A numbered list or resolution marker: "(1)", "1)", "(a)", "a)", "(iv)". Returns the label
/// without brackets and the offset of the text after it.
///
/// Asked of many lines: a quick test (at most four letters or digits, then ')') is inlined
/// into the caller, the rest kept out of line.
#[inline(always)]
pub(crate) fn paren_number(text: &str) -> Option<(&str, usize)> {
    let b = text.as_bytes();
    let body = usize::from(b.first() == Some(&b'('));
    let len = b[body..]
        .iter()
        .take(5)
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    if len == 0 || len > 4 || b.get(body + len) != Some(&b')') {
        return None;
    }
    paren_number_of(text)
}

/// The full reading behind [`paren_number`], in plain byte loops: every numbered line and
/// paragraph is asked (by the lexer, the layouts and `resolution::number_mark`).
#[inline(never)]
fn paren_number_of(text: &str) -> Option<(&str, usize)> {
    let b = text.as_bytes();
    let body = usize::from(b.first() == Some(&b'('));
    let mut end = body;
    while end < b.len() && end - body < 5 && b[end].is_ascii_alphanumeric() {
        end += 1;
    }
    let label = &b[body..end];
    if label.is_empty() || label.len() > 4 || b.get(end) != Some(&b')') {
        return None;
    }
    let numeric = label.iter().all(u8::is_ascii_digit);
    let roman = label.iter().all(|c| matches!(c, b'i' | b'v' | b'x'));
    let letter = label.len() == 1 && label[0].is_ascii_lowercase();
    if !(numeric || roman || letter) {
        return None;
    }
    let after = end + 1;
    Some((&text[body..end], after + text::space_len(&text[after..])))
}

/// Section labels of a ModernGov item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Label {
    Minutes,
    Decision,
    AdditionalDocuments,
    SupportingDocuments,
}

/// The label the line starts with, and the offset of any text after it on the same line.
///
/// Asked of most lines, and most are turned away by their first byte: that test is inlined
/// into the caller, the rest kept out of line.
#[inline(always)]
pub(crate) fn label(text: &str) -> Option<(Label, usize)> {
    // The label's length, from its first letter, says where its colon must be. Bit 5 set
    // maps a letter's capital onto it and no other byte onto a letter (the range test of
    // `to_ascii_lowercase` is not needed to tell letters).
    let colon_at = match text.as_bytes().first()? | 0x20 {
        b'm' => "minutes:".len(),
        b'd' => "decision:".len(),
        b'a' | b's' | b'b' => "additional documents:".len(),
        _ => return None,
    } - 1;
    if text.as_bytes().get(colon_at) != Some(&b':') {
        return None;
    }
    label_of(text)
}

/// The label a line may start with, by its first letter: each label has a first letter of
/// its own, so one comparison decides which word to compare.
#[inline]
fn label_word(text: &str) -> Option<(&'static str, Label)> {
    Some(match text.as_bytes().first()? | 0x20 {
        b'm' => ("minutes:", Label::Minutes),
        b'd' => ("decision:", Label::Decision),
        b'a' => ("additional documents:", Label::AdditionalDocuments),
        b's' => ("supporting documents:", Label::SupportingDocuments),
        b'b' => ("background documents:", Label::SupportingDocuments),
        _ => return None,
    })
}

#[inline(never)]
fn label_of(text: &str) -> Option<(Label, usize)> {
    let (word, label) = label_word(text)?;
    // Every label ends in a colon: where it would fall is checked before the whole word.
    let colon = text.as_bytes().get(word.len() - 1) == Some(&b':');
    (colon && text::starts_with_folded(text, word)).then(|| {
        let after = word.len();
        (label, after + text::space_len(&text[after..]))
    })
}

/// Which text a "view the full ... text for item N" marker cuts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cut {
    Agenda,
    Minutes,
}

/// The words every truncation marker contains ("... view the full minutes text for item
/// 64."), ASCII case ignored: a line without them has no marker.
pub(crate) const TRUNCATION_MARKER: &str = "view the full ";

/// A truncation marker in the line: what it cuts and the byte offset where the marker (and
/// its leading dots) starts.
pub(crate) fn truncation(text: &str) -> Option<(Cut, usize)> {
    truncation_at(text, find_ascii_ci(text, TRUNCATION_MARKER)?)
}

/// [`truncation`] for a caller whose own scan found the first [`TRUNCATION_MARKER`] of
/// `text` (ASCII case ignored) at `at`: the search is not run again.
pub(crate) fn truncation_at(text: &str, at: usize) -> Option<(Cut, usize)> {
    let rest = &text[at + TRUNCATION_MARKER.len()..];
    let cut = if starts_with_ci(rest, "agenda") {
        Cut::Agenda
    } else if starts_with_ci(rest, "minutes") || starts_with_ci(rest, "decision") || rest.is_empty()
    {
        Cut::Minutes
    } else {
        return None;
    };
    let before = text[..at].trim_end_matches(|c: char| is_space(c) || c == '.' || c == '…');
    Some((cut, before.len()))
}

/// An attachment marker in a title line: "pdf icon PDF 268 KB", "PDF 386 KB", "pdf icon PDF 60 "
/// (cut short). Returns the offset where the marker starts, its file kind as written and
/// its size in bytes.
pub(crate) fn attachment(text: &str) -> Option<(usize, &str, Option<u64>)> {
    let bytes = text.as_bytes();
    if simd::ENABLED {
        attachment_among(text, simd::Positions::new(bytes, marker_candidates))
    } else {
        attachment_among(text, memchr::memchr3_iter(b'c', b'C', b'P', bytes))
    }
}

/// The bytes of a chunk where [`attachment`] looks for a marker: the "c" of " icon " (the
/// rarest of its letters in English text, either case) and the "P" of "PDF".
pub(crate) fn marker_candidates(c: simd::Chunk) -> u32 {
    c.eq_folded(b'c') | c.eq(b'P')
}

/// [`attachment`] given every offset where [`marker_candidates`] holds, in increasing
/// order: a caller that classified the text already passes what it found.
pub(crate) fn attachment_among(
    text: &str,
    candidates: impl Iterator<Item = usize>,
) -> Option<(usize, &str, Option<u64>)> {
    let (start, after_icon) = find_marker(text, candidates)?;
    let rest = &text[after_icon..];
    let kind_len = rest.bytes().take_while(|b| b.is_ascii_alphabetic()).count();
    if kind_len == 0 {
        return None;
    }
    let kind = &rest[..kind_len];
    let size = parse_size(rest[kind_len..].trim_start_matches(is_space));
    Some((start, kind, size))
}

/// Where the marker starts and where its file kind follows: the first " icon " (ASCII case
/// ignored) from the start of its word, else the first upper-case "PDF" word before a size.
///
/// One scan finds the candidates of both (see [`marker_candidates`]): two scans cost twice
/// on these short lines.
fn find_marker(text: &str, mut candidates: impl Iterator<Item = usize>) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut pdf = None;
    let icon = candidates.find_map(|c: usize| {
        if bytes[c] == b'P' {
            if pdf.is_none() && is_upper_word(text, c, "PDF") {
                pdf = Some(c);
            }
            return None;
        }
        let at = c.checked_sub(2).filter(|&at| is_icon(bytes, at))?;
        Some((word_start(text, at), at + ICON.len()))
    });
    icon.or(pdf.map(|at| (at, at)))
}

/// The words an icon marker is found by, spaces included.
const ICON: &[u8] = b" icon ";

/// Whether " icon " (ASCII case ignored) starts at `at`. Most candidates (a "c" in a word)
/// are turned away by the byte after the "c" before the whole comparison.
fn is_icon(bytes: &[u8], at: usize) -> bool {
    bytes.get(at + 3).is_some_and(|b| b | 0x20 == b'o')
        && bytes
            .get(at..at + ICON.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(ICON))
}

/// Where the word that ends at `end` starts: after the last white space before it (which
/// may be a multi-byte character such as a byte-order mark).
fn word_start(text: &str, end: usize) -> usize {
    text[..end]
        .char_indices()
        .rev()
        .find(|&(_, c)| is_space(c))
        .map_or(0, |(at, c)| at + c.len_utf8())
}

/// Whether `word` starts at `at` as a whole upper-case word preceded by a space and followed
/// by a size ("PDF 386 KB").
fn is_upper_word(text: &str, at: usize, word: &str) -> bool {
    if !text.as_bytes()[at..].starts_with(word.as_bytes()) {
        return false;
    }
    let before_ok = at > 0 && text[..at].ends_with(is_space);
    let after = &text[at + word.len()..];
    before_ok
        && after.starts_with(is_space)
        && after
            .trim_start_matches(is_space)
            .starts_with(|c: char| c.is_ascii_digit())
}

/// "268 KB" → 274432; "1.2 MB" → 1258291.
fn parse_size(text: &str) -> Option<u64> {
    let num_len = text
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b'.')
        .count();
    let number = &text[..num_len];
    let unit = text[num_len..].trim_start_matches(is_space);
    let shift = if starts_with_ci(unit, "kb") {
        10
    } else if starts_with_ci(unit, "mb") {
        20
    } else if starts_with_ci(unit, "gb") {
        30
    } else if starts_with_ci(unit, "b") {
        0
    } else {
        return None;
    };
    // A whole number of at most nine digits is exact in a `u64` once scaled, and so in the
    // `f64` the fractional sizes go through: no float parse for it.
    if number.len() <= 9 && number.bytes().all(|b| b.is_ascii_digit()) {
        return number.parse::<u64>().ok().map(|n| n << shift);
    }
    let value: f64 = number.parse().ok()?;
    Some((value * f64::from(1u32 << shift)).round() as u64)
}

/// The item number rules as the nom grammar they were first written in: the oracle the
/// byte scan ([`item_number_end`]) must agree with.
#[cfg(test)]
mod grammar {
    use nom::bytes::complete::take_while_m_n;
    use nom::character::complete::char;
    use nom::combinator::{opt, recognize};
    use nom::multi::many0;
    use nom::sequence::preceded;
    use nom::{IResult, Parser};

    fn up_to_4_digits(input: &str) -> IResult<&str, &str> {
        take_while_m_n(1, 4, |c: char| c.is_ascii_digit()).parse(input)
    }

    /// "12", "3a", "3A", "5.1", "12.3b", "5.a".
    fn plain_number(input: &str) -> IResult<&str, &str> {
        let letter = || take_while_m_n(1, 1, |c: char| c.is_ascii_alphabetic());
        recognize((
            up_to_4_digits,
            nom::branch::alt((
                recognize((
                    opt(letter()),
                    preceded(char('.'), (up_to_4_digits, opt(letter()))),
                )),
                recognize((
                    preceded(char('.'), letter()),
                    nom::combinator::not(letter()),
                )),
                recognize(opt(letter())),
            )),
        ))
        .parse(input)
    }

    /// "77/21", "45/23", "24/1", "07-08" tails.
    fn slashed(input: &str) -> IResult<&str, &str> {
        recognize((
            up_to_4_digits,
            many0((
                take_while_m_n(1, 1, |c: char| c == '/' || c == '-'),
                up_to_4_digits,
            )),
        ))
        .parse(input)
    }

    /// "TCF 24/1", "C 10/034", "C.123", "E.70/23", "Cou/285/07-08".
    pub(super) fn prefixed(input: &str) -> IResult<&str, &str> {
        let (rest, letters) = recognize((
            take_while_m_n(1, 1, |c: char| c.is_ascii_uppercase()),
            take_while_m_n(0, 3, |c: char| c.is_ascii_alphabetic() || c == '&'),
        ))
        .parse(input)?;
        let (rest, sep) =
            take_while_m_n(1, 1, |c: char| c == ' ' || c == '.' || c == '/').parse(rest)?;
        let capitals = letters.bytes().all(|b| b.is_ascii_uppercase() || b == b'&');
        let amp = letters.contains('&');
        let amp_ok = !amp || (capitals && !letters.contains("&&") && !letters.ends_with('&'));
        if rest.starts_with(|c: char| c.is_ascii_alphabetic())
            || (sep != "/" && !capitals)
            || !amp_ok
        {
            return Err(nom::Err::Error(nom::error::Error::new(
                input,
                nom::error::ErrorKind::Verify,
            )));
        }
        let (rest, _) = slashed(rest)?;
        Ok((rest, &input[..input.len() - rest.len()]))
    }

    fn slashed_number(input: &str) -> IResult<&str, &str> {
        recognize((
            up_to_4_digits,
            take_while_m_n(0, 1, |c: char| c.is_ascii_alphabetic()),
            take_while_m_n(1, 1, |c: char| c == '/'),
            slashed,
        ))
        .parse(input)
    }

    pub(super) fn item_number(input: &str) -> IResult<&str, &str> {
        nom::branch::alt((prefixed, slashed_number, plain_number)).parse(input)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`super::find_marker`] over every candidate of the text, as [`attachment`] finds them.
    fn find_marker(text: &str) -> Option<(usize, usize)> {
        super::find_marker(
            text,
            simd::Positions::new(text.as_bytes(), marker_candidates),
        )
    }

    /// [`heading_of`] as it was, the title's first char decoded and asked: the reference the
    /// first-byte test is checked against.
    fn heading_by_chars(text: &str) -> Option<(&str, usize)> {
        let (rest, n) = item_number(text)?;
        let (rest, dot) = match rest.strip_prefix('.') {
            Some(after) => (after, true),
            None => (rest, false),
        };
        let mut gap = text::space_len(rest);
        // "21/21-APOLOGIES": a hyphen glued before a capital and a letter.
        let mut chars = rest.chars();
        if gap == 0
            && !dot
            && chars.next() == Some('-')
            && chars.next().is_some_and(|c| c.is_ascii_uppercase())
            && chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        {
            gap = 1;
        }
        let mut title = &rest[gap..];
        // "7 / Finance": a table's cells joined by " / ".
        if gap > 0 && title.starts_with("/ ") {
            title = title[2..].trim_start_matches(' ');
            if !title.starts_with(|c: char| c.is_ascii_uppercase()) {
                return None;
            }
        }
        let first = title.chars().next()?;
        let glued = dot
            && title
                .chars()
                .take(2)
                .filter(char::is_ascii_uppercase)
                .count()
                == 2;
        if gap == 0 && !glued
            || !(first.is_uppercase() || first == '\'' || first == '\u{2018}' || first == '"')
        {
            return None;
        }
        let year = n.parse::<u32>().is_ok_and(|y| (1900..=2099).contains(&y));
        if !dot && n.chars().all(|c| c.is_ascii_digit()) && n.len() == 4 && year {
            return None;
        }
        if crate::date::may_be_date(text) && crate::date::date(text).is_ok() {
            return None;
        }
        Some((n, text.len() - title.len()))
    }

    /// Every ASCII char and a few others opening the title, after numbers of each kind.
    #[test]
    fn heading_titles_open_as_the_char_rule_says() {
        let others = ['É', 'é', '‘', '’', '“', 'Ω', 'ω', '\u{a0}', '\u{2003}'];
        for c in (0x20u8..0x7f).map(char::from).chain(others) {
            for n in ["1", "12.", "2025", "2025.", "C 09/025", "3a"] {
                for tail in ["", "x", " May 2021"] {
                    for sep in [" ", "-"] {
                        let text = format!("{n}{sep}{c}{tail}");
                        assert_eq!(numbered_heading(&text), heading_by_chars(&text), "{text:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn the_number_scan_agrees_with_the_grammar_on_every_short_string() {
        let alphabet = ["1", "/", "-", ".", "a", "C", "b", " ", "é", "&"];
        for s in crate::test_text::joins_up_to(&alphabet, 6) {
            assert_eq!(
                item_number_scanned(&s),
                grammar::item_number(&s).ok(),
                "{s:?}"
            );
            assert_eq!(
                prefixed_end(s.as_bytes()).map(|end| &s[..end]),
                grammar::prefixed(&s).ok().map(|(_, n)| n),
                "{s:?}"
            );
        }
        for s in [
            "12345/678",
            "1/2345-6789/1",
            "Cou/285/07-08 x",
            "ABCD 12",
            "ABCDE 12",
            "Ab 12",
            "Ab/12",
            "AB.12a",
            "12.3456b",
            "1234a.5c",
            "5.x",
            "3/",
            "C 1/2-",
            "E.70/23",
        ] {
            for cut in 0..=s.len() {
                let t = &s[..cut];
                assert_eq!(
                    item_number_scanned(t),
                    grammar::item_number(t).ok(),
                    "{t:?}"
                );
            }
        }
    }

    #[test]
    fn the_quick_label_test_lets_every_label_through() {
        for word in [
            "Minutes:",
            "DECISION:",
            "Additional documents:",
            "Supporting Documents:",
            "background documents:",
        ] {
            assert!(label(word).is_some(), "{word}");
            assert_eq!(label(word), label_of(word), "{word}");
        }
        assert_eq!(label("Members noted"), None);
        for text in [
            "Minutes: x",
            "Minutes of the meeting",
            "decision",
            "Background documents: none",
            "Supporting documents",
            "Additional documents:",
            "",
            "m",
            "Apologies: none",
        ] {
            assert_eq!(label(text), label_of(text), "{text:?}");
        }
    }

    /// [`label_of`] as it was: the label's word compared byte by byte ignoring case, the
    /// white space after it trimmed by chars. The reference the word-at-a-time comparison is
    /// tested against.
    fn label_by_chars(text: &str) -> Option<(Label, usize)> {
        let (word, label) = label_word(text)?;
        starts_with_ci(text, word).then(|| {
            let rest = &text[word.len()..];
            (label, text.len() - rest.trim_start_matches(is_space).len())
        })
    }

    /// Every label with each of its bytes in turn changed (case flipped, or replaced by a
    /// byte that matches a letter or a space once bit 5 is set, or by punctuation), cut short
    /// and followed by white space of every kind.
    #[test]
    fn labels_read_as_by_comparing_each_byte() {
        let words = [
            "minutes:",
            "decision:",
            "additional documents:",
            "supporting documents:",
            "background documents:",
        ];
        let tails = [
            "", " ", "  x", "\t", "\u{a0}y", "\u{2003}", "\u{85}z", "x", ":",
        ];
        let mut n = 0;
        for word in words {
            let mut variants = vec![word.to_string(), word.to_ascii_uppercase()];
            for k in 0..word.len() {
                for swap in [0x20u8, 0x00, 0x1a, b'@', b'{', b'.'] {
                    let mut bytes = word.as_bytes().to_vec();
                    bytes[k] = if swap == 0x20 { bytes[k] ^ 0x20 } else { swap };
                    variants.push(String::from_utf8(bytes).unwrap());
                }
                variants.push(word[..k].to_string());
            }
            for head in variants {
                for tail in tails {
                    let text = format!("{head}{tail}");
                    assert_eq!(label_of(&text), label_by_chars(&text), "{text:?}");
                    n += 1;
                }
            }
        }
        assert!(n > 5000);
    }

    /// [`bullet_of`] as it was: each marker tried in turn. The reference the first-character
    /// dispatch is tested against.
    fn bullet_by_each_marker(text: &str) -> Option<(&'static str, usize)> {
        for marker in BULLETS {
            if let Some(rest) = text.strip_prefix(marker) {
                let gap = rest.len() - rest.trim_start_matches(is_space).len();
                if gap > 0 || (rest.is_empty() && marker != "o") {
                    return Some((marker, marker.len() + gap));
                }
            }
        }
        None
    }

    #[test]
    fn bullets_read_as_by_trying_each_marker() {
        let tails = [
            "",
            " ",
            "  x",
            "x",
            "\t- y",
            "\u{a0}z",
            "\u{2003}w",
            "\u{feff}v",
            "\u{200b}",
            "é",
            "\u{1c}x",
            "\u{85}x",
            "-",
            "o",
            " •",
        ];
        let heads = BULLETS
            .iter()
            .copied()
            .chain(["", "oo", "O", "x", "é", "·•", "\u{f0b6}", "‐", "−", "1)"]);
        let mut n = 0;
        for head in heads {
            for tail in tails {
                for tail2 in ["", "a", " b"] {
                    let text = format!("{head}{tail}{tail2}");
                    assert_eq!(bullet_of(&text), bullet_by_each_marker(&text), "{text:?}");
                    if !text.is_empty() {
                        assert_eq!(bullet(&text), bullet_of(&text), "{text:?}");
                    }
                    n += 1;
                }
            }
        }
        assert!(n > 300);
    }

    #[test]
    fn the_quick_bullet_test_knows_every_marker() {
        for marker in BULLETS {
            assert!(!marker.is_empty());
            let first = marker.as_bytes()[0];
            assert!(
                matches!(first, b'-' | b'*' | b'o' | 0xC2 | 0xE2 | 0xEF),
                "{marker}"
            );
            assert!(bullet(&format!("{marker} entry")).is_some(), "{marker}");
        }
        assert_eq!(bullet("Members noted"), None);
        for text in [
            "é entry",
            "“Quote”",
            "o",
            "-",
            "(1) x",
            "1) x",
            "(iv)",
            "(abcde) x",
            "x)",
            "()",
            "(a)b",
            "",
        ] {
            assert_eq!(
                bullet(text),
                bullet_of(text).filter(|_| !text.is_empty()),
                "{text:?}"
            );
            assert_eq!(paren_number(text), paren_number_of(text), "{text:?}");
        }
    }

    #[test]
    fn the_quick_number_test_rejects_nothing_the_grammar_accepts() {
        let samples = [
            "12",
            "3a",
            "5.1",
            "12.3b",
            "77/21",
            "TCF 24/1",
            "C 10/034",
            "C.123",
            "E.70/23",
            "Cou/285/07-08",
            "O&S.13/23",
            "P&R 24/01",
            "O&s 12",
            "A&&B 1",
            "Abcd 12",
            "ABC/",
            "A 1",
            "Ab.7",
            "Present",
            "1 Apologies",
            "Q4 results",
            "X/9",
            "ÉA 12",
            "",
            "a 12",
            "AB-12",
        ];
        for s in samples {
            for cut in 0..=s.len() {
                let Some(t) = s.get(..cut) else { continue };
                if grammar::item_number(t).is_ok() {
                    assert!(may_start_item_number(t.as_bytes()), "{t:?}");
                }
                assert_eq!(
                    item_number_scanned(t),
                    grammar::item_number(t).ok(),
                    "{t:?}"
                );
            }
        }
        assert!(!may_start_item_number(b"Present: Councillors"));
    }

    #[test]
    fn lines_split_every_line_ending() {
        let text = "a\r\nb\rc\n\u{a0} d \n";
        let got: Vec<_> = lines(text).iter().map(|l| l.text).collect();
        assert_eq!(got, ["a", "b", "c", "d"]);
        let l = lines(text)[3];
        assert_eq!(&text[l.start..l.end()], "d");
        assert_eq!(l.indent, 2);
        assert_eq!(lines("").len(), 1);
    }

    /// A page break's form feed (pdftotext's) is trimmed and takes no column: the line
    /// after it is as deep as it would be without it.
    #[test]
    fn a_form_feed_adds_no_indent() {
        for (text, indent) in [
            ("\u{c}- That the report be noted.", 0),
            ("\u{c}  - That the report be noted.", 2),
            (" \u{b}\t- That the report be noted.", 5),
        ] {
            let l = lines(text)[0];
            assert_eq!(l.text, "- That the report be noted.", "{text:?}");
            assert_eq!(l.indent, indent, "{text:?}");
        }
    }

    /// A title in capitals glued to its number's dot is a heading; a sub-item's letter
    /// after the dot stays the number's.
    #[test]
    fn titles_glued_to_the_numbers_dot() {
        assert_eq!(
            numbered_heading("37.PRESENT Councillors: A Hale"),
            Some(("37", 3))
        );
        assert_eq!(numbered_heading("5.a Grants"), Some(("5.a", 4)));
        assert_eq!(numbered_heading("37.Present"), Some(("37", 3)));
        assert_eq!(numbered_heading("1.Call to Order"), Some(("1", 2)));
        assert_eq!(numbered_heading("1.call to order"), None);
        assert_eq!(numbered_heading("1.5 Grants"), Some(("1.5", 4)));
        assert_eq!(numbered_heading("37 PRESENT"), Some(("37", 3)));
    }

    /// A title glued to its number by a hyphen is a heading; a range or a small word is not.
    #[test]
    fn titles_glued_to_the_number_by_a_hyphen() {
        assert_eq!(
            numbered_heading("14/19-APOLOGIES FOR ABSENCE: none"),
            Some(("14/19", 6))
        );
        assert_eq!(numbered_heading("7-Finance"), Some(("7", 2)));
        assert_eq!(numbered_heading("7-a Grants"), None);
        assert_eq!(numbered_heading("7-A"), None);
        assert_eq!(numbered_heading("7.-Finance"), None);
    }

    /// A table's number and title cells joined by " / " make a heading; a fraction does not.
    #[test]
    fn number_and_title_cells_joined_by_a_slash() {
        assert_eq!(
            numbered_heading("Tow/12/21-22 / Apologies for absence."),
            Some(("Tow/12/21-22", 15))
        );
        assert_eq!(numbered_heading("7 / Finance"), Some(("7", 4)));
        assert_eq!(numbered_heading("3 / 4 of members agreed"), None);
        assert_eq!(numbered_heading("3 /Finance"), None);
    }

    /// A long line breaks after an unnumbered heading in capitals that opens a sentence
    /// and runs into the next ("... order. INVOCATION The invocation was ..."); a label's
    /// capitals, a long run of capitals and capitals before no sentence stay in their line.
    #[test]
    fn run_on_lines_break_after_headings_in_capitals() {
        let text = format!(
            "Minutes {}end. CALL TO ORDER The Chair called the meeting to order. INVOCATION The \
             invocation was given. MEMBERS PRESENT: Ann Hale, Bo Ives. ADOPTION OF THE AGENDA \
             Mr. Ives moved the agenda. RESOLUTION NO. 12 ADOPTING THE BUDGET OF THE TOWN FOR \
             THE YEAR Be it resolved. NOTE Two words. DOCKET A. Hale Bo Ives.",
            "x ".repeat(600)
        );
        let lines = split_run_on(&text, lines(&text));
        let texts: Vec<_> = lines.iter().map(|l| l.text).collect();
        for heading in ["CALL TO ORDER", "INVOCATION", "ADOPTION OF THE AGENDA"] {
            assert!(texts.contains(&heading), "{heading}: {texts:?}");
        }
        assert!(
            texts.iter().any(|t| t.starts_with("MEMBERS PRESENT: Ann")),
            "{texts:?}"
        );
        assert!(
            texts.iter().any(|t| t
                .starts_with("RESOLUTION NO. 12 ADOPTING THE BUDGET OF THE TOWN FOR THE YEAR Be")),
            "{texts:?}"
        );
        // Fewer than six letters; a name, no sentence, after the capitals.
        assert!(texts.iter().any(|t| t.starts_with("NOTE Two")), "{texts:?}");
        assert!(
            texts.iter().any(|t| t.starts_with("DOCKET A. Hale")),
            "{texts:?}"
        );
    }

    /// A long line breaks before "2. TITLE" as before a sentence.
    #[test]
    fn run_on_lines_break_before_numbered_titles_in_capitals() {
        let text = format!(
            "Minutes {} 1. APOLOGIES Cllr Ames 2. MINUTES OF 3rd MAY were approved on page 2. Then",
            "x ".repeat(600)
        );
        let lines = split_run_on(&text, lines(&text));
        let numbered: Vec<_> = lines
            .iter()
            .map(|l| l.text)
            .filter(|t| t.starts_with(|c: char| c.is_ascii_digit()))
            .collect();
        // "page 2. Then": no title in capitals follows the number, which stays in its line
        // (the title ends that `numbered_starts` finds may cut elsewhere).
        assert_eq!(numbered.len(), 2, "{numbered:?}");
        assert!(numbered[0].starts_with("1. APOLOGIES"), "{numbered:?}");
        assert!(numbered[1].starts_with("2. MINUTES OF"), "{numbered:?}");
        assert!(
            lines.iter().any(|l| l.text.ends_with("page 2.")),
            "{lines:?}"
        );
    }

    /// The SIMD scan for sentence starts finds what testing every byte finds.
    #[test]
    fn sentence_starts_are_found_as_byte_by_byte() {
        let pieces = [
            " ",
            "A",
            "Mr.",
            "end.",
            " Cou/285/07-08 ",
            " 2. ",
            "AB",
            "x",
            "?",
            "C 10/034",
            "é",
            "Z",
            "@",
            "[",
        ];
        let mut texts = crate::test_text::joins(&pieces, 4);
        texts.extend(crate::test_text::mixes(&pieces, 5_000, 11, 60, |r| {
            r % 4 == 0
        }));
        for text in &texts {
            assert_eq!(
                sentence_starts(text),
                sentence_starts_bytewise(text),
                "{text:?}"
            );
        }
    }

    #[test]
    fn the_quick_line_agrees_with_the_general_one() {
        let pieces = [
            "",
            " ",
            "\t",
            "  \t ",
            "a",
            "ab",
            " a ",
            "\ta\t",
            "  Minutes:  ",
            "x\u{a0}",
            "\u{a0}x",
            "\u{feff}Title",
            " \u{200b} x",
            "é",
            " é ",
            "x \u{b}",
            "\u{c}x",
            "  • entry",
            "End.\u{2003}",
            "~",
            "\u{7f}x",
            "x\u{1f}",
            "“Quote”",
            "\u{2003}x",
            "\t\u{85}x",
            "\u{a0}",
            " \u{a0}\t",
        ];
        for text in crate::test_text::joins(&pieces, 3) {
            assert_eq!(
                make_line(&text, 0, text.len()),
                make_line_general(&text, 0, text.len()),
                "{text:?}"
            );
        }
    }

    #[test]
    fn the_newline_only_split_agrees_with_the_general_one() {
        let long = format!("{}\n\n{}\n", "x ".repeat(40), "y".repeat(70));
        for text in [
            "",
            "\n",
            "\n\n",
            "a",
            "a\n",
            "a\n\n",
            "\na",
            " a \n\n b\n c",
            &long,
        ] {
            let mut general = Vec::new();
            split_any_line_ending(text, &mut general);
            assert_eq!(lines(text), general, "{text:?}");
            let mut portable = Vec::new();
            let newlines = memchr::memchr_iter(b'\n', text.as_bytes());
            split_at_newlines(text, newlines, &mut portable);
            assert_eq!(portable, general, "{text:?}");
        }
    }

    /// The block split (its blank-line shortcut, its '\n' masks and their padded last
    /// block) and the portable one give, line for line, what cutting at each '\n' and
    /// trimming with [`make_line_general`] gives: on texts of blank, indented and solid
    /// lines long and short, across 64-byte block edges.
    #[test]
    fn the_block_split_agrees_with_the_general_line_rule() {
        let long = "y".repeat(30);
        let pieces = [
            "\n", "\n\n", "a", " b ", "\u{a0}", " ", "\t", "é\n", "x\n ", &long,
        ];
        let mut texts = crate::test_text::joins(&pieces, 4);
        texts.extend(crate::test_text::mixes(&pieces, 3_000, 7, 40, |r| {
            r % 3 == 0
        }));
        for text in &texts {
            let mut general = Vec::new();
            let mut start = 0;
            for (end, _) in text.match_indices('\n') {
                general.push(make_line_general(text, start, end));
                start = end + 1;
            }
            if start < text.len() || text.is_empty() {
                general.push(make_line_general(text, start, text.len()));
            }
            assert_eq!(lines(text), general, "{text:?}");
            let mut portable = Vec::new();
            let newlines = memchr::memchr_iter(b'\n', text.as_bytes());
            split_at_newlines(text, newlines, &mut portable);
            assert_eq!(portable, general, "{text:?}");
        }
    }

    #[test]
    fn sentence_starts_are_those_of_a_byte_loop() {
        let slow = |text: &str| {
            let bytes = text.as_bytes();
            let mut out = Vec::new();
            for i in 1..bytes.len().saturating_sub(1) {
                if bytes[i] == b' ' && bytes[i + 1].is_ascii_digit() {
                    let digits = text[i + 1..].bytes().take_while(u8::is_ascii_digit).count();
                    let after = &text[i + 1 + digits..];
                    if digits <= 3
                        && after.starts_with(". ")
                        && after[2..]
                            .bytes()
                            .take(2)
                            .filter(u8::is_ascii_uppercase)
                            .count()
                            == 2
                    {
                        out.push(i + 1);
                    }
                }
                if bytes[i] == b' ' && bytes[i + 1].is_ascii_uppercase() {
                    // The word before the run of spaces that ends at `i`.
                    let word = text[..i]
                        .trim_end_matches(' ')
                        .rsplit(' ')
                        .next()
                        .unwrap_or("");
                    let ends = word.len() > 2
                        && word.ends_with(['.', '?', '!'])
                        && !["Mr.", "Mrs.", "Dr.", "No.", "St.", "Cllr.", "Hon."].contains(&word);
                    let reference = grammar::prefixed(&text[i + 1..])
                        .is_ok_and(|(rest, n)| n.contains('/') && rest.starts_with(' '));
                    if ends || reference {
                        out.push(i + 1);
                    }
                }
            }
            out
        };
        let text = " A. Bb? Cc! D Mr. E  é. F Cou/285/07-08 G C 1/2 H end. Ü. Z. \u{a0}Y  done.  Two   Mr.  W 2. AB 12. Cd 1234. EF 3.  GH 7. HI";
        for cut in 0..=text.len() {
            let Some(t) = text.get(..cut) else { continue };
            assert_eq!(sentence_starts(t), slow(t), "{t:?}");
        }
    }

    /// [`starts_sentence`] as it was: the word before the space read whatever byte ends it
    /// ([`ends_sentence_at`] is that word rule, unchanged), and every capital read for a
    /// reference.
    fn starts_sentence_slow(text: &str, i: usize) -> bool {
        let after = &text.as_bytes()[i + 1..];
        let first = text[..i].trim_end_matches(' ').len();
        (first > 0 && ends_sentence_at(text, first))
            || after.starts_with(b"ROLL CALL")
            || after.starts_with(b"Roll Call")
            || prefixed_end(after)
                .is_some_and(|end| after[..end].contains(&b'/') && after.get(end) == Some(&b' '))
    }

    /// The last byte of the word before the space decides as the word's last char did, and
    /// the digit test after the capital turns away no reference, at every space of texts of
    /// words, abbreviations, references (of one to four letters) and non-ASCII chars.
    #[test]
    fn sentence_ends_agree_with_the_word_rule() {
        let pieces = [
            " ",
            "A",
            "Mr.",
            "Mrs.",
            "Cllr.",
            "Hon.",
            "end.",
            "ok?",
            "no!",
            "x.",
            "é.",
            "“.",
            ".",
            "?",
            "!",
            "Cou/285/07-08",
            "C 10/034",
            "ABCD 12/3",
            "AB.1/2",
            "C/1",
            "Abcd/5",
            "é",
            "。",
            "Z",
            "ab",
            "No.",
            "St",
            "St.",
            "HON.",
            "a.",
            "ab.",
            "…",
            "Abcd/285/07 ",
            "H.S.",
            "A.B.C.",
            "ROLL CALL",
            "Roll Call",
            "ROLL",
        ];
        let mut texts = crate::test_text::joins(&pieces, 3);
        texts.extend(crate::test_text::mixes(&pieces, 20_000, 5, 16, |r| {
            r % 2 == 0
        }));
        let mut ends = 0;
        for text in &texts {
            for i in 1..text.len() {
                if text.as_bytes()[i] == b' ' {
                    let want = starts_sentence_slow(text, i);
                    ends += usize::from(want);
                    assert_eq!(starts_sentence(text, i), want, "{text:?} at {i}");
                }
            }
        }
        assert!(ends > 1000, "{ends}");
    }

    /// A run-on line's items numbered in sequence, their lettered sub-items and the ends of
    /// their titles; a roll's labels start lines too. Numbers out of sequence are text.
    #[test]
    fn run_on_lines_split_at_numbered_items() {
        let text = "Board opened at 6:30 PM. 1. Welcome 2. ROLL CALL of Harbour Commissioners: Present: Ann Hale, Bo Ives Absent: Cy Joss Time: 6 PM 3. Adoption of Agenda: a) Motion to Adopt. b) Motion to Recess. see section 7. The 4. CALL TO ORDER Mayor Hale called the meeting. 5. Minutes of May 2, 2031 (Action) MOTION: Motion to approve.";
        let parts: Vec<&str> = {
            let mut cuts = numbered_starts(text);
            cuts.sort_unstable();
            cuts.dedup();
            let mut from = 0;
            let mut out = Vec::new();
            for cut in cuts {
                out.push(text[from..cut].trim());
                from = cut;
            }
            out.push(text[from..].trim());
            out
        };
        assert_eq!(
            parts,
            [
                "Board opened at 6:30 PM.",
                "1. Welcome",
                "2. ROLL CALL of Harbour Commissioners:",
                "Present: Ann Hale, Bo Ives",
                "Absent: Cy Joss",
                "Time: 6 PM",
                "3. Adoption of Agenda:",
                "a) Motion to Adopt.",
                "b) Motion to Recess. see section 7. The",
                "4. CALL TO ORDER",
                "Mayor Hale called the meeting.",
                "5. Minutes of May 2, 2031 (Action)",
                "MOTION: Motion to approve."
            ]
        );
        // A title in title case ends where a sentence naming its speaker by office starts.
        let text = "Board opened at 6:30 PM. 1. Welcome Mayor Hale welcomed all. a. Reappointment of Commissioner Ann Ives b. Renewal of Commissioner Bo Joss 2. Pledge of Allegiance Council Member Ives led the pledge. 3. Harbour Training Attorney Joss started the training. 4. Mayor's Report on Harbour Dues 5. Adjournment The meeting ended.";
        let mut cuts = numbered_starts(text);
        cuts.sort_unstable();
        cuts.dedup();
        let starts: Vec<&str> = cuts
            .iter()
            .map(|&c| text[c..].split(' ').take(2).collect::<Vec<_>>().join(" "))
            .map(|s| &text[text.find(&s).unwrap()..][..s.len()])
            .collect();
        assert_eq!(
            starts,
            [
                "1. Welcome",
                "Mayor Hale",
                "a. Reappointment",
                "b. Renewal",
                "2. Pledge",
                "Council Member",
                "3. Harbour",
                "Attorney Joss",
                "4. Mayor's",
                "5. Adjournment",
                "The meeting"
            ]
        );
    }

    #[test]
    fn run_on_lines_split_at_sentences_and_references() {
        let initials = "Regrets: Mayor H.S. Hale Time: 6 PM";
        assert!(sentence_starts(initials).is_empty());
        let text = "Mr. Smith said. The Council met. Cou/285/07-08 Present. No. Item x Y";
        let starts: Vec<&str> = sentence_starts(text).iter().map(|&i| &text[i..]).collect();
        assert_eq!(
            starts,
            [
                "The Council met. Cou/285/07-08 Present. No. Item x Y",
                "Cou/285/07-08 Present. No. Item x Y",
                "No. Item x Y"
            ]
        );
    }

    /// "NONE" closes a section that recorded nothing: the heading after it starts a line.
    #[test]
    fn run_on_lines_split_after_none() {
        let text = "Please be brief. NONE Reports: the clerk said so ANONE Item";
        let starts: Vec<&str> = sentence_starts(text).iter().map(|&i| &text[i..]).collect();
        assert_eq!(
            starts,
            [
                "NONE Reports: the clerk said so ANONE Item",
                "Reports: the clerk said so ANONE Item"
            ]
        );
        assert_eq!(sentence_starts_bytewise(text), sentence_starts(text));
    }

    #[test]
    fn number_lines() {
        assert_eq!(number_line("59."), Some(("59", true)));
        assert_eq!(number_line("3a"), Some(("3a", false)));
        assert_eq!(number_line("5A"), Some(("5A", false)));
        assert_eq!(number_line("12B."), Some(("12B", true)));
        assert_eq!(number_line("5.a"), Some(("5.a", false)));
        assert_eq!(number_line("5.A."), Some(("5.A", true)));
        assert_eq!(number_line("5.1"), Some(("5.1", false)));
        assert_eq!(number_line("TCF 24/1"), Some(("TCF 24/1", false)));
        assert_eq!(number_line("C 10/034"), Some(("C 10/034", false)));
        assert_eq!(number_line("77/21"), Some(("77/21", false)));
        assert_eq!(number_line("E.70/23"), Some(("E.70/23", false)));
        assert_eq!(number_line("O&S.13/23"), Some(("O&S.13/23", false)));
        assert_eq!(number_line("P&R 24/01"), Some(("P&R 24/01", false)));
        assert_eq!(number_line("O&s 24/01"), None);
        assert_eq!(number_line("Minutes:"), None);
        assert_eq!(number_line("59. Title"), None);
    }

    /// The gap after a heading's number, counted by [`text::space_len`], is what
    /// `trim_start_matches(is_space)` leaves out, as [`heading_of`] counted it before.
    #[test]
    fn heading_gaps_agree_with_the_unicode_trim() {
        let pieces = [
            " ", "\t", "\u{a0}", "\u{feff}", "\u{200b}", "\u{85}", "A", "é", "\u{1c}", "\n",
            "\u{c2}", "\u{2003}",
        ];
        for rest in crate::test_text::joins_up_to(&pieces, 4) {
            let trimmed = rest.len() - rest.trim_start_matches(is_space).len();
            assert_eq!(text::space_len(&rest), trimmed, "{rest:?}");
        }
    }

    #[test]
    fn numbered_headings() {
        let h = |s| numbered_heading(s).map(|(n, at)| (n, &s[at..]));
        assert_eq!(
            h("131. MINUTES OF THE PREVIOUS MEETING"),
            Some(("131", "MINUTES OF THE PREVIOUS MEETING"))
        );
        assert_eq!(
            h("1 Apologies for Absence"),
            Some(("1", "Apologies for Absence"))
        );
        assert_eq!(
            h("C 09/025 Declarations of interest."),
            Some(("C 09/025", "Declarations of interest."))
        );
        assert_eq!(
            h("82/23 Apologies: Cllr. A Edwards"),
            Some(("82/23", "Apologies: Cllr. A Edwards"))
        );
        assert_eq!(
            h("Cou/285/07-08 Present Members:"),
            Some(("Cou/285/07-08", "Present Members:"))
        );
        assert_eq!(h("5A. Matters Arising"), Some(("5A", "Matters Arising")));
        assert_eq!(h("12B PAYMENTS"), Some(("12B", "PAYMENTS")));
        assert_eq!(h("10AM Meeting"), None);
        assert_eq!(h("EX12 MINUTES"), None, "read by printed's glued numbers");
        assert_eq!(h("16 weeks later"), None);
        assert_eq!(h("2025 Budget"), None);
        assert_eq!(h("1999 Accounts"), None);
        assert_eq!(
            h("1201 Public Participation"),
            Some(("1201", "Public Participation"))
        );
        assert_eq!(h("27 April 2021 – Minutes"), None);
        assert_eq!(h("Tuesday 17 June 2025"), None);
        assert_eq!(h("6:30 P.M. City Hall"), None);
        // A venue's address line; a street named after a dotted number is a heading still.
        assert_eq!(h("60 Snyder's Road West"), None);
        assert_eq!(h("1200 Main Street"), None);
        assert_eq!(h("15 N Center St."), None);
        assert_eq!(h("4. High Street"), Some(("4", "High Street")));
        assert_eq!(
            h("7 Parking on the High Street and in the car park"),
            Some(("7", "Parking on the High Street and in the car park"))
        );
        assert_eq!(h("3 Finance West"), Some(("3", "Finance West")));
    }

    #[test]
    fn bullets_and_paren_numbers() {
        assert_eq!(bullet("• Kinship fostering"), Some(("•", "•".len() + 1)));
        assert_eq!(bullet("o   That children"), Some(("o", 4)));
        assert_eq!(bullet("- 1) That"), Some(("-", 2)));
        assert_eq!(bullet("only"), None);
        assert_eq!(bullet("-1"), None);
        assert_eq!(paren_number("(1)  That"), Some(("1", 5)));
        assert_eq!(paren_number("2) That"), Some(("2", 3)));
        assert_eq!(paren_number("(b)        Sponsorship"), Some(("b", 11)));
        assert_eq!(paren_number("(Cab.30.11.2022/7)"), None);
    }

    #[test]
    fn labels_and_markers() {
        assert_eq!(label("Minutes:"), Some((Label::Minutes, 8)));
        assert_eq!(label("Minutes: The Chair"), Some((Label::Minutes, 9)));
        assert_eq!(
            label("Additional documents:"),
            Some((Label::AdditionalDocuments, 21))
        );
        assert_eq!(label("Minutes of the previous meeting"), None);
        let t = "arranged for the Friday or  ...  view the full minutes text for item 64.";
        let (cut, at) = truncation(t).unwrap();
        assert_eq!(cut, Cut::Minutes);
        assert_eq!(&t[..at], "arranged for the Friday or");
        assert_eq!(
            truncation("...  view the full agenda text for item 3.").unwrap(),
            (Cut::Agenda, 0)
        );
    }

    #[test]
    fn upper_words_are_found_as_a_search_finds_them() {
        let slow = |text: &str| {
            let mut from = 0;
            while let Some(i) = text[from..].find("PDF") {
                let at = from + i;
                let after = &text[at + 3..];
                if at > 0
                    && text[..at].ends_with(is_space)
                    && after.starts_with(is_space)
                    && after
                        .trim_start_matches(is_space)
                        .starts_with(|c: char| c.is_ascii_digit())
                {
                    return Some(at);
                }
                from = at + 3;
            }
            None
        };
        for text in [
            "Report PDF 386 KB",
            "PDF 1",
            "xPDF 1 PDF 2",
            "a PDFPDF 3 PDF\u{a0}4",
            "é PDF  9",
            "PPDF 1 P PDF x PDF 7",
            "pdf 1",
            "",
        ] {
            let first = memchr::memchr_iter(b'P', text.as_bytes())
                .find(|&at| is_upper_word(text, at, "PDF"));
            assert_eq!(first, slow(text), "{text:?}");
            assert_eq!(find_marker(text), first.map(|at| (at, at)), "{text:?}");
        }
    }

    #[test]
    fn icons_are_found_as_the_general_search_finds_them() {
        for text in [
            "Minutes pdf icon PDF 268 KB",
            " icon ",
            "icon ",
            " ICON x ICON ",
            "Council: cc  icon  icon ",
            "c icon",
            "",
            "é icon é",
        ] {
            assert_eq!(find_icon(text), find_ascii_ci(text, " icon "), "{text:?}");
            assert_eq!(find_marker(text), find_marker_two_scans(text), "{text:?}");
        }
    }

    /// The size rule as it was, every number through `f64`: the reference for [`parse_size`].
    fn parse_size_by_float(text: &str) -> Option<u64> {
        let num_len = text
            .bytes()
            .take_while(|b| b.is_ascii_digit() || *b == b'.')
            .count();
        let value: f64 = text[..num_len].parse().ok()?;
        let unit = text[num_len..].trim_start_matches(is_space);
        let scale = if starts_with_ci(unit, "kb") {
            1024.0
        } else if starts_with_ci(unit, "mb") {
            1024.0 * 1024.0
        } else if starts_with_ci(unit, "gb") {
            1024.0 * 1024.0 * 1024.0
        } else if starts_with_ci(unit, "b") {
            1.0
        } else {
            return None;
        };
        Some((value * scale).round() as u64)
    }

    #[test]
    fn sizes_agree_with_the_float_rule() {
        let pieces = ["9", "0", ".", "5", " ", "KB", "mb", "Gb", "b", "x"];
        for t in crate::test_text::joins_up_to(&pieces, 5) {
            assert_eq!(parse_size(&t), parse_size_by_float(&t), "{t:?}");
        }
        for digits in 1..=20 {
            let t = format!("{} GB", "9".repeat(digits));
            assert_eq!(parse_size(&t), parse_size_by_float(&t), "{t:?}");
        }
    }

    /// The first " icon ", ASCII case ignored, by the "c" of each candidate.
    fn find_icon(text: &str) -> Option<usize> {
        let bytes = text.as_bytes();
        memchr::memchr2_iter(b'c', b'C', bytes)
            .filter_map(|c| c.checked_sub(2))
            .find(|&at| {
                bytes
                    .get(at..at + ICON.len())
                    .is_some_and(|w| w.eq_ignore_ascii_case(ICON))
            })
    }

    /// The marker search as it was, two memchr scans (" icon " anywhere first, else "PDF"):
    /// the reference [`find_marker`] is tested against.
    fn find_marker_two_scans(text: &str) -> Option<(usize, usize)> {
        let bytes = text.as_bytes();
        if let Some(i) = find_icon(text) {
            return Some((word_start(text, i), i + ICON.len()));
        }
        memchr::memchr_iter(b'P', bytes)
            .find(|&at| is_upper_word(text, at, "PDF"))
            .map(|at| (at, at))
    }

    #[test]
    fn marker_search_agrees_with_two_scans() {
        let pieces = [
            "P", "PDF", " PDF 3", " icon ", " ICON ", "c", "pdf", " ", "\u{feff}", "9 KB", "x",
        ];
        for t in crate::test_text::joins_up_to(&pieces, 4) {
            assert_eq!(find_marker(&t), find_marker_two_scans(&t), "{t:?}");
        }
        let long = format!("{} PDF 12 KB{}", "a".repeat(70), " c".repeat(40));
        for cut in 0..long.len() {
            let t = &long[cut..];
            assert_eq!(find_marker(t), find_marker_two_scans(t), "{t:?}");
            let t = format!("{t} pdf icon PDF 1 KB");
            assert_eq!(find_marker(&t), find_marker_two_scans(&t), "{t:?}");
        }
    }

    #[test]
    fn attachments() {
        let t = "Minutes of the Previous Meeting pdf icon PDF 268 KB";
        let (at, kind, size) = attachment(t).unwrap();
        assert_eq!(&t[..at], "Minutes of the Previous Meeting ");
        assert_eq!(kind, "PDF", "as written; the model lower-cases it");
        assert_eq!(size, Some(268 * 1024));
        let t = "Strategy 2023 - 2027 PDF 386 KB This report";
        let (at, _, size) = attachment(t).unwrap();
        assert_eq!(&t[..at], "Strategy 2023 - 2027 ");
        assert_eq!(size, Some(386 * 1024));
        let t = "Board - 24th April, 2019 pdf icon PDF 60 ";
        let (at, _, size) = attachment(t).unwrap();
        assert_eq!(&t[..at], "Board - 24th April, 2019 ");
        assert_eq!(size, None);
        assert_eq!(attachment("Kinship Care Offer Update"), None);
        let t = "9\u{feff} icon P";
        let (at, _, _) = attachment(t).unwrap();
        assert!(t.is_char_boundary(at));
    }
}
