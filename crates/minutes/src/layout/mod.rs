//! One segmenter per layout family: each finds where the meeting's header ends and where
//! each item starts, with its number, title and body pieces. What the pieces mean is decided
//! once for all layouts in [`crate::item`].

mod flattened;
mod item_page;
pub(crate) use item_page::is_issue_page_heading;
mod listing;
mod other;
mod outline;
mod printed;
pub(crate) use printed::bracketed_number;

use std::cell::RefCell;

use crate::item::{Piece, RawItem};
use crate::lexer::{self, Line};
use crate::model::{Diagnostic, Format};
use crate::simd;
use crate::swar;

/// What a segmenter found.
#[derive(Debug, Default)]
pub(crate) struct Segments<'a> {
    /// The index of the first line after the header (the first item's first line).
    pub header_end: usize,
    pub items: Vec<RawItem<'a>>,
    pub diagnostics: Vec<Diagnostic>,
}

pub(crate) fn segment<'a>(format: Format, input: &str, lines: &'a [Line<'a>]) -> Segments<'a> {
    match format {
        Format::ModernGovListing => listing::segment(input, lines),
        Format::ModernGovItem => item_page::segment(input, lines),
        Format::Printed | Format::Cmis => printed::segment(input, lines),
        Format::Flattened => flattened::segment(input, lines),
        Format::Unknown => other::segment(input, lines),
    }
}

/// Room for a document's items reserved up front: the shared documents average six, and
/// each doubling of the vector copies every item so far.
pub(crate) const DOCUMENT_ITEMS: usize = 8;

/// The buffers a document's lines, items and item bodies are read into, kept empty from one
/// document to the next on a thread (as [`crate::item::Scratch`] keeps the item builder's):
/// most documents then allocate none of them, and one no larger than the largest before
/// regrows none.
struct Spare {
    /// For [`crate::lexer::lines_in`], taken by [`spare_lines`].
    lines: Vec<Line<'static>>,
    /// For a segmenter's items, taken by [`item_buffer`].
    items: Vec<RawItem<'static>>,
    /// For items' bodies, taken one by one by [`push_body`].
    bodies: Vec<Vec<Piece>>,
}

thread_local! {
    /// This thread's spare buffers between two documents: taken field by field (a document
    /// read while one is taken gets a new one) and left by [`recycle_items`] and
    /// [`recycle_lines`].
    static SPARE: RefCell<Spare> = const {
        RefCell::new(Spare {
            lines: Vec::new(),
            items: Vec::new(),
            bodies: Vec::new(),
        })
    };
}

/// The most lines the spare line vector may have room for to be kept (documents of up to
/// about half a megabyte): 512 KB a thread at most.
const SPARE_LINES_MOST: usize = 1 << 14;

/// The most items the spare item vector, or pieces a spare body, may have room for to be
/// kept: about 100 KB a thread.
const SPARE_ITEMS_MOST: usize = 1024;

/// The most spare bodies a thread keeps (a document's items with a body of their own).
const SPARE_BODIES_MOST: usize = 64;

/// This thread's spare line vector, empty (no room when it is taken): for
/// [`crate::lexer::lines_in`].
pub(crate) fn spare_lines() -> Vec<Line<'static>> {
    SPARE.with_borrow_mut(|spare| std::mem::take(&mut spare.lines))
}

/// An empty vector for a document's items with room for [`DOCUMENT_ITEMS`]: this thread's
/// spare one when [`recycle_items`] left one, so a document with more items than the first
/// doubling does not regrow it (each doubling copies every item).
pub(crate) fn item_buffer<'a>() -> Vec<RawItem<'a>> {
    // A `Vec<RawItem<'static>>` is a `Vec<RawItem<'a>>`: empty, it borrows nothing.
    let items: Vec<RawItem<'a>> = SPARE.with_borrow_mut(|spare| std::mem::take(&mut spare.items));
    if items.capacity() < DOCUMENT_ITEMS {
        return Vec::with_capacity(DOCUMENT_ITEMS);
    }
    items
}

/// Appends `piece` to `item`'s body. A body's first piece takes a vector an earlier
/// document's item left ([`recycle_items`]): most bodies then cost no allocation, and a
/// flattened item's many sections no regrowing.
pub(crate) fn push_body(item: &mut RawItem<'_>, piece: Piece) {
    if item.body.capacity() == 0 {
        item.body = SPARE.with_borrow_mut(|spare| spare.bodies.pop().unwrap_or_default());
    }
    item.body.push(piece);
}

/// Leaves a document's `items` and their bodies, emptied, to this thread's next document,
/// unless the vector has room for more than [`SPARE_ITEMS_MOST`] items (a body, pieces);
/// at most [`SPARE_BODIES_MOST`] bodies. Before [`recycle_lines`]: the items borrow the
/// lines.
pub(crate) fn recycle_items(mut items: Vec<RawItem<'_>>) {
    SPARE.with_borrow_mut(|spare| {
        for item in &mut items {
            let room = item.body.capacity();
            if room != 0 && room <= SPARE_ITEMS_MOST && spare.bodies.len() < SPARE_BODIES_MOST {
                let mut body = std::mem::take(&mut item.body);
                body.clear();
                spare.bodies.push(body);
            }
        }
        if items.capacity() <= SPARE_ITEMS_MOST {
            spare.items = unborrowed(items);
        }
    });
}

/// Leaves a document's `lines`, emptied, to this thread's next document, unless the vector
/// has room for more than [`SPARE_LINES_MOST`] lines.
pub(crate) fn recycle_lines(lines: Vec<Line<'_>>) {
    if lines.capacity() <= SPARE_LINES_MOST {
        SPARE.with_borrow_mut(|spare| spare.lines = unborrowed(lines));
    }
}

/// `v` cleared, with its room kept and no borrow of the text left: collected in place (a
/// vector mapped into one of a type of the same size and alignment keeps its buffer, as
/// `spare_buffers_are_kept` checks), the map never called.
fn unborrowed<T, U>(mut v: Vec<T>) -> Vec<U> {
    v.clear();
    v.into_iter()
        .map(|_| -> U { unreachable!("the vector is empty") })
        .collect()
}

/// Starts an item at a line; its span runs to the end of its last non-blank line.
pub(crate) fn start_item<'a>(
    number: Option<(&'a str, usize)>,
    title: Option<(usize, usize)>,
    end: usize,
) -> RawItem<'a> {
    RawItem {
        number: number.map(|(n, _)| n),
        number_start: number.map(|(_, at)| at),
        title,
        body: Vec::new(),
        lines: &[],
        end,
        under: None,
    }
}

/// Starts an item at a number alone on line `i`, titled by line `title_line` when there is
/// one ("59." then "Minutes of the Previous Meeting").
pub(crate) fn number_line_item<'a>(
    lines: &[Line<'_>],
    i: usize,
    number: &'a str,
    title_line: Option<usize>,
) -> RawItem<'a> {
    let line = &lines[i];
    let title = title_line.map(|j| (lines[j].start, lines[j].end()));
    start_item(
        Some((number, line.start)),
        title,
        title.map_or(line.end(), |t| t.1),
    )
}

/// Gives an item its whole lines, `lines[from..to]` (those between its heading and the next
/// item's), and extends its span to the end of the last non-blank one. Segmenters give an
/// item its lines once it ends, rather than line by line as they pass (each line then cost
/// the slice's and the span's updates).
pub(crate) fn give_lines<'a>(
    item: &mut RawItem<'a>,
    lines: &'a [Line<'a>],
    from: usize,
    to: usize,
) {
    item.lines = lines.get(from..to).unwrap_or_default();
    // Lines follow each other in the input, so the last non-blank one ends furthest.
    if let Some(last) = item.lines.iter().rev().find(|l| !l.is_blank()) {
        item.end = item.end.max(last.end());
    }
}

/// [`give_lines`] line by line, as the segmenters did it: the reference it is tested
/// against.
#[cfg(test)]
pub(crate) fn push_line<'a>(item: &mut RawItem<'a>, lines: &'a [Line<'a>], i: usize) {
    let from = i.saturating_sub(item.lines.len());
    debug_assert!(item.lines.is_empty() || item.lines.as_ptr() == lines[from..].as_ptr());
    item.lines = &lines[from..=i];
    let line = &lines[i];
    if !line.is_blank() {
        item.end = item.end.max(line.end());
    }
}

/// `text.split_whitespace().take(limit).count()`: the words in `text`, counted up to
/// `limit`. The bytes are classified sixty-four at a time (see [`simd`]), as
/// `split_whitespace` decodes every character, and only as far as the limit. Only the
/// characters that start with a non-ASCII byte are decoded, to find the few that are white
/// space (U+00A0, U+2003, ...).
pub(crate) fn words_up_to(text: &str, limit: usize) -> usize {
    // Up to sixteen bytes, two SWAR words cost less than a block of sixty-four.
    if !simd::ENABLED || text.len() <= 16 {
        return words_up_to_swar(text, limit);
    }
    let bytes = text.as_bytes();
    let mut words = 0;
    let mut solid_before = 0u64;
    // The bytes of a white-space character that runs on past the previous block.
    let mut spill = 0u64;
    for base in (0..bytes.len()).step_by(64) {
        let (mut solid, non_ascii) = solid_bytes(bytes, base);
        solid &= !spill;
        spill = 0;
        // Each character starting here at a non-ASCII lead byte (not a continuation byte).
        for k in swar::set_bits(non_ascii).filter(|&k| bytes[base + k] >= 0xc0) {
            let c = text[base + k..].chars().next().unwrap_or('x');
            if c.is_whitespace() {
                let char_bytes = ((1u128 << c.len_utf8()) - 1) << k;
                solid &= !(char_bytes as u64);
                spill = (char_bytes >> 64) as u64;
            }
        }
        // A word starts at a solid byte after a space (or after the start of the text).
        let starts = solid & !((solid << 1) | (solid_before >> 63));
        words += starts.count_ones() as usize;
        if words >= limit {
            return limit;
        }
        solid_before = solid;
    }
    words
}

/// The bytes of the block of sixty-four at `base` in `bytes` (more than sixteen of them)
/// that are not ASCII white space (as `char::is_whitespace` takes it: '\t' to '\r', and
/// ' '), and those that are not ASCII: bit `k` for byte `base + k`, none past the end.
///
/// A chunk that would run past the end is the last sixteen bytes with those before it
/// shifted out: titles of 20 to 60 bytes are most texts asked, and a block padded with
/// spaces cost a fill and a copy each.
fn solid_bytes(bytes: &[u8], base: usize) -> (u64, u64) {
    let (mut solid, mut non_ascii) = (0u64, 0u64);
    for k in 0..4 {
        let at = base + 16 * k;
        if at >= bytes.len() {
            break;
        }
        let from = at.min(bytes.len() - 16);
        let Some(window) = bytes[from..].first_chunk::<16>() else {
            break; // not reached: there are more than sixteen bytes
        };
        let chunk = simd::Chunk::load(window);
        let space = chunk.eq(b' ') | chunk.ascii_between(b'\t', b'\r');
        let skip = at - from;
        solid |= u64::from((!space & 0xffff) >> skip) << (16 * k);
        non_ascii |= u64::from(chunk.non_ascii() >> skip) << (16 * k);
    }
    (solid, non_ascii)
}

/// [`words_up_to`] eight bytes at a time (see [`swar`]): without a vector unit, and the
/// reference the SIMD count is tested against.
fn words_up_to_swar(text: &str, limit: usize) -> usize {
    let general = || text.split_whitespace().take(limit).count();
    // The ASCII characters `char::is_whitespace` accepts: '\t' to '\r', and ' '.
    let space = |x: u64| {
        swar::eq(x, b' ') | (swar::ascii_below(x, b'\r' + 1) & !swar::ascii_below(x, b'\t'))
    };
    let mut words = 0;
    let mut solid_before = 0u64;
    for chunk in text.as_bytes().chunks(8) {
        // Padding with spaces adds no word.
        let x = swar::load_padded(chunk, b' ');
        if x & swar::HIGH != 0 {
            return general(); // not ASCII: counted from the start by `split_whitespace`
        }
        let solid = !space(x) & swar::HIGH;
        // A word starts at a solid byte after a space (or after the start of the text).
        let starts = solid & !((solid << 8) | (solid_before >> 56));
        // Each byte of `starts >> 7` is 0 or 1: the multiplication sums them in the top byte.
        words += ((starts >> 7).wrapping_mul(0x0101_0101_0101_0101) >> 56) as usize;
        if words >= limit {
            return limit;
        }
        solid_before = solid;
    }
    words
}

/// The next line at or after `from` that starts with an item number, with its
/// [`lexer::item_number`] (what follows the number, and the number).
///
/// Segmenters whose items all start at a number pass over the other lines (most of a
/// document, failing the number's first-byte test) in this loop of its own, which keeps
/// only the line in registers, where each line cost a turn of the segmenter's loop and its
/// whole state.
pub(crate) fn next_item_number<'a>(
    lines: &[Line<'a>],
    from: usize,
) -> Option<(usize, (&'a str, &'a str))> {
    let rest = lines.get(from..)?;
    rest.iter()
        .enumerate()
        .find_map(|(k, l)| Some((from + k, line_item_number(l.text)?)))
}

/// The [`lexer::item_number`] a line starts with, asked only of lines that may start with
/// one ([`may_start_number`]).
#[inline(always)]
pub(super) fn line_item_number(text: &str) -> Option<(&str, &str)> {
    if may_start_number(text.as_bytes()) {
        lexer::item_number(text)
    } else {
        None
    }
}

/// Whether `text` may start with an item number: true of every text
/// [`lexer::item_number`] reads one from. A number starts with a digit, or with a capital
/// and one to four letters, a separator and the digit that starts the number proper, at
/// byte 2 to 5. Most lines starting with a capital ("The Committee") have no digit there:
/// one word test of the four bytes rejects them, where the letters were read one by one.
fn may_start_number(text: &[u8]) -> bool {
    match text.first() {
        Some(b) if b.is_ascii_digit() => true,
        Some(b) if b.is_ascii_uppercase() => lexer::digit_at_2_to_5(text),
        _ => false,
    }
}

/// The index of the next non-blank line at or after `from`.
pub(crate) fn next_non_blank(lines: &[Line<'_>], from: usize) -> Option<usize> {
    (from..lines.len()).find(|&i| !lines[i].is_blank())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A document's lines, items and bodies are written in the buffers the document before
    /// left: the same allocations, emptied.
    #[test]
    fn spare_buffers_are_kept() {
        let piece = Piece {
            start: 0,
            end: 1,
            indent: 0,
        };
        let text = String::from("one\ntwo\n");
        let lines = lexer::lines_in(&text, spare_lines());
        assert_eq!(lines.len(), 2);
        let mut items = item_buffer();
        items.push(start_item(Some(("1", 0)), None, 1));
        push_body(&mut items[0], piece);
        let at = |v: &[Piece]| v.as_ptr() as usize;
        let (line_room, item_room) = (lines.capacity(), items.capacity());
        let kept = (
            lines.as_ptr() as usize,
            items.as_ptr() as usize,
            at(&items[0].body),
        );
        assert!(item_room >= DOCUMENT_ITEMS);
        recycle_items(items);
        recycle_lines(lines);

        let next_lines = lexer::lines_in("three", spare_lines());
        assert_eq!(next_lines[0].text, "three");
        let next_items = item_buffer();
        assert!(next_items.is_empty());
        let mut body = start_item(None, None, 1);
        assert_eq!(body.body.capacity(), 0);
        push_body(&mut body, piece);
        assert_eq!(body.body, [piece]);
        assert_eq!(
            (
                next_lines.as_ptr() as usize,
                next_items.as_ptr() as usize,
                at(&body.body)
            ),
            kept
        );
        assert_eq!(
            (next_lines.capacity(), next_items.capacity()),
            (line_room, item_room)
        );
        // Taken: a document read meanwhile gets new ones.
        let (other_lines, other_items) = (lexer::lines_in("four", spare_lines()), item_buffer());
        assert_ne!(other_lines.as_ptr() as usize, kept.0);
        assert_ne!(other_items.as_ptr() as usize, kept.1);

        // Too large a vector is freed, not kept.
        recycle_items(Vec::with_capacity(SPARE_ITEMS_MOST + 1));
        recycle_lines(Vec::with_capacity(SPARE_LINES_MOST + 1));
        assert_eq!(spare_lines().capacity(), 0);
        assert!(item_buffer().capacity() <= SPARE_ITEMS_MOST);
    }

    /// An item given its lines at once ends up as one given them line by line, for every
    /// range of lines of texts with blank, indented and white-space lines.
    #[test]
    fn lines_given_at_once_as_line_by_line() {
        let pieces = ["a\n", "\n", "  b \n", " \n", "\u{a0}\n", "c"];
        for text in crate::test_text::joins_up_to(&pieces, 4) {
            let lines = crate::lexer::lines(&text);
            for from in 0..=lines.len() {
                for to in from..=lines.len() {
                    for end in [0, text.len() / 2] {
                        let mut at_once = start_item(None, None, end);
                        give_lines(&mut at_once, &lines, from, to);
                        let mut by_line = start_item(None, None, end);
                        for i in from..to {
                            push_line(&mut by_line, &lines, i);
                        }
                        assert_eq!(at_once.lines, by_line.lines, "{text:?} {from}..{to}");
                        assert_eq!(at_once.end, by_line.end, "{text:?} {from}..{to}");
                    }
                }
            }
        }
    }

    /// Every text the lexer reads an item number from passes the quick test, which says
    /// "a digit first, or a capital first and a digit at byte 2 to 5".
    #[test]
    fn the_number_test_passes_every_item_number() {
        let pieces = ["1", "C", "TCF", "a", "/", ".", " ", "-", "é", "24", "Ab"];
        for text in crate::test_text::joins_up_to(&pieces, 5) {
            let b = text.as_bytes();
            if lexer::item_number(&text).is_some() {
                assert!(may_start_number(b), "{text:?}");
            }
            let by_bytes = b.first().is_some_and(u8::is_ascii_digit)
                || (b.first().is_some_and(u8::is_ascii_uppercase)
                    && b.iter().take(6).skip(2).any(u8::is_ascii_digit));
            assert_eq!(may_start_number(b), by_bytes, "{text:?}");
        }
    }

    /// The next numbered line is the first line from `from` on that the lexer reads a
    /// number from.
    #[test]
    fn the_next_numbered_line_is_the_first_with_a_number() {
        let pieces = [
            "1. A\n",
            "\n",
            "The 2\n",
            "C 09/025 B\n",
            "AB 1\n",
            "x\n",
            "12",
        ];
        for text in crate::test_text::joins_up_to(&pieces, 4) {
            let lines = crate::lexer::lines(&text);
            for from in 0..=lines.len() + 1 {
                let expected =
                    (from..lines.len()).find_map(|i| Some((i, lexer::item_number(lines[i].text)?)));
                assert_eq!(next_item_number(&lines, from), expected, "{text:?} {from}");
            }
        }
    }

    #[test]
    fn words_are_counted_as_split_whitespace_counts_them() {
        let mut samples: Vec<String> = (0..=0x7fu8)
            .map(|b| format!("a{}b {}", b as char, b as char))
            .collect();
        samples.extend(
            [
                "",
                " ",
                "one",
                " two  words ",
                "a\u{a0}b",
                "x\u{2003}y z",
                "é é",
                "\t\n\r",
                "1 2 3 4 5 6 7 8 9 10",
                "abcdefgh ijklmnop",
                "abcdefghijklmnop q",
                "       a        b       c",
                "a\x0bb\x0cc\x1cd\x00e",
            ]
            .map(String::from),
        );
        // Across the 64-byte blocks of the SIMD count.
        for pad in 0..3 {
            for word in ["x", "abc", "\t"] {
                let long = format!("{}{}", " ".repeat(pad), [word; 40].join(" "));
                samples.push(long.clone());
                samples.push(format!("{long}\u{a0}z"));
                // White-space characters of two and three bytes across a block's end.
                for space in ["\u{a0}", "\u{2003}", "\u{3000}", "\u{85}", "’", "é"] {
                    samples.push(long.replace(' ', space));
                    samples.push(format!("{}{space}{space}y", &long[..long.len().min(62)]));
                }
                samples.push(long.replace(' ', "  "));
            }
        }
        // Every length across the blocks of the SIMD count, white space and non-ASCII
        // characters falling at every place of the last block.
        let pattern = "ab c\u{a0}d  é\tf\u{2003}ghi j";
        let repeated = pattern.repeat(12);
        for len in 0..repeated.len() {
            if let Some(text) = repeated.get(..len) {
                samples.push(text.to_string());
                samples.push(text.replace(' ', "x"));
            }
        }
        for s in &samples {
            for limit in (0..12).chain([31, 40, 80]) {
                let expected = s.split_whitespace().take(limit).count();
                assert_eq!(words_up_to(s, limit), expected, "{s:?} {limit}");
                assert_eq!(words_up_to_swar(s, limit), expected, "{s:?} {limit}");
            }
        }
    }
}
