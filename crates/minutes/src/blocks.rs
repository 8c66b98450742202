//! Body text as units (paragraphs and list entries) and blocks (paragraphs and lists).
//!
//! A unit is one paragraph or one list entry, its lines joined: a line that starts in lower
//! case after a line that does not end a sentence continues it, even across blank lines,
//! which is how a page break in printed minutes splits a sentence ("... via email and" /
//! blank / "comment.").

use std::borrow::Cow;

use crate::lexer;
use crate::model::{Block, ListEntry, Span};
use crate::text::{clean, clean_slow, ends_sentence};
use crate::triggers::{self, Triggers};

/// Nesting deeper than this is reported at this level, which keeps level tracking
/// constant-time per line whatever the input's indentation.
const MAX_LEVEL: usize = 32;

/// One paragraph or list entry.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct Unit {
    pub text: String,
    pub span: Span,
    /// The list marker and nesting level, for list entries (the marker becomes a `String`
    /// only in the block, so units move as small values).
    pub entry: Option<(&'static str, u32)>,
    /// The words later stages look for that the text contains.
    pub triggers: Triggers,
}

/// A piece of body text as units read it: trimmed, not empty, and whether it is clean
/// already (`text::is_clean`). A clean text's trimmed parts are clean too, so a list entry's
/// text after its marker, or a line joined to the unit before, is copied without a second
/// look.
///
/// It carries its text, sliced once where the piece was read (a whole line's is the lexer's
/// own slice): slicing the input again at each step checked its bounds and character
/// boundaries again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Trimmed<'a> {
    pub text: &'a str,
    /// Where `text` starts in the input.
    pub start: usize,
    pub indent: usize,
    pub clean: bool,
}

impl Trimmed<'_> {
    /// Where the text ends in the input.
    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }
}

/// The open list levels while units are read: each level's indent and marker.
pub(crate) type Levels = Vec<(usize, &'static str)>;

/// Groups pieces of text into units, appended to `out` (a buffer reused from item to item;
/// a unit never joins one that was there before). `scan` asks for each unit's
/// [`Triggers`]; agenda text, which no later stage reads, goes without. `levels` is a
/// buffer reused from call to call (a new one per call cost an allocation per list).
pub(crate) fn units(pieces: &[Trimmed], scan: bool, out: &mut Vec<Unit>, levels: &mut Levels) {
    let first = out.len();
    levels.clear();
    for piece in pieces {
        let (start, end, text) = (piece.start, piece.end(), piece.text);
        // A printed page's number where a page broke the text ("Page 2 of 5", "- 2 -") is
        // no text: the list or sentence before it goes on after it.
        if lexer::is_page_footer(text) {
            continue;
        }
        if let Some((marker, at)) = lexer::bullet(text) {
            let level = level_of(levels, piece.indent, marker);
            // A line that is not clean may still be clean past its marker: asked again.
            let rest = &text[at..];
            out.push(Unit {
                text: if piece.clean {
                    rest.to_owned()
                } else {
                    clean(rest)
                },
                span: Span::new(start, end),
                entry: Some((marker, level)),
                triggers: Triggers::default(),
            });
            continue;
        }
        // The opening letter first: most lines do not start in lower case, and then the
        // unit before needs only a look at its last byte (most end with a full stop).
        let continues = out[first..].last().is_some_and(|last| {
            if text.starts_with(|c: char| c.is_lowercase()) {
                !ends_sentence(&last.text) && !letter_mark(text.as_bytes())
            } else {
                starts_as_run_on(text) && ends_mid_phrase(&last.text)
            }
        });
        match out[first..].last_mut() {
            Some(last) if continues => {
                last.text.push(' ');
                if piece.clean {
                    last.text.push_str(text);
                } else {
                    clean_slow(&mut last.text, text);
                }
                last.span.end = end;
            }
            _ => {
                levels.clear();
                out.push(Unit {
                    text: cleaned(text, piece.clean),
                    span: Span::new(start, end),
                    entry: None,
                    triggers: Triggers::default(),
                });
            }
        }
    }
    if scan {
        for unit in &mut out[first..] {
            unit.triggers = triggers::scan(&unit.text);
        }
    }
}

/// Words no paragraph ends with: connecting words and councillors' titles. A line that
/// ends with one runs on into the next, whatever that line's first letter ("... received
/// from Councillor" / "Helen Dennis.", where a converter wrapped the paragraph). Lower case;
/// compared in any case.
const RUN_ON_WORDS: [&str; 22] = [
    "a",
    "&",
    "or",
    "of",
    "to",
    "by",
    "at",
    "in",
    "on",
    "an",
    "mr",
    "ms",
    "and",
    "the",
    "for",
    "mrs",
    "from",
    "with",
    "cllr",
    "cllrs",
    "councillor",
    "councillors",
];

/// The fewest bytes of a unit that ends with a comma and runs on: a line a converter wrapped
/// is most of a page's width.
const WRAPPED_LINE: usize = 50;

/// The lengths of [`RUN_ON_WORDS`].
const RUN_ON_LENGTHS: [usize; 7] = [1, 2, 3, 4, 5, 10, 11];

/// Whether a unit's text `s` stops where no paragraph ends: after a comma (a long unit's) or after one of
/// [`RUN_ON_WORDS`] (not as its only word: a table cell "Councillor" does not run on).
///
/// Asked of every line that does not start in lower case: most units end with a full stop
/// or a colon and are turned away by their last byte; for the rest, the byte before each of
/// the words' lengths is looked at (a space there is rare), with no scan for the last word.
fn ends_mid_phrase(s: &str) -> bool {
    let b = s.as_bytes();
    match b.last() {
        // A comma ends a wrapped line of a list ("... Councillors Hale, Ives," / "Joss and
        // Kerr."), not a short closing line ("Respectfully submitted,").
        Some(b',') => b.len() >= WRAPPED_LINE,
        Some(&c) if c.is_ascii_alphabetic() || c == b'&' => ends_with_run_on_word(b),
        _ => false,
    }
}

/// Whether a line in lower case opens with a list mark, a letter or a roman number and a
/// bracket ("b) the Constitution be amended", "ii) that ..."): it starts its own entry,
/// though the entry before ends "; and" as the entries of a list do.
fn letter_mark(b: &[u8]) -> bool {
    let len = b
        .iter()
        .take(5)
        .take_while(|c| c.is_ascii_lowercase())
        .count();
    let roman = || b[..len].iter().all(|c| matches!(c, b'i' | b'v' | b'x'));
    (1..=4).contains(&len)
        && b.get(len) == Some(&b')')
        && b.get(len + 1).is_some_and(|&c| c == b' ' || c == b'\t')
        && (len == 1 || roman())
}

/// Whether a line that does not start in lower case may still continue the unit before:
/// it starts with a capital that is no list mark ("B. ", "C) "), as a name or a proper noun
/// does. Lines that open with a number or a bracket ("(b) agree ...", "2. That ...") start
/// their own paragraph. Initials with their stops ("H.I. Jones and ...") are a name's.
fn starts_as_run_on(text: &str) -> bool {
    match *text.as_bytes() {
        [a, b'.', c, b'.', ..] => a.is_ascii_uppercase() && c.is_ascii_uppercase(),
        [a, b, ..] => a.is_ascii_uppercase() && !matches!(b, b'.' | b')'),
        _ => false,
    }
}

/// Whether `b` ends with one of [`RUN_ON_WORDS`] after a space: [`ends_mid_phrase`] past
/// its test of the last byte, out of line so that test stays small in the line loop.
#[inline(never)]
fn ends_with_run_on_word(b: &[u8]) -> bool {
    RUN_ON_LENGTHS.iter().any(|&k| {
        b.len() > k
            && b[b.len() - k - 1] == b' '
            && RUN_ON_WORDS
                .iter()
                .any(|w| w.as_bytes().eq_ignore_ascii_case(&b[b.len() - k..]))
    })
}

/// [`clean`]`(s)` for a piece whose cleanliness is known: copied as it is when clean,
/// cleaned without a second test when not.
fn cleaned(s: &str, clean_already: bool) -> String {
    if clean_already {
        s.to_owned()
    } else {
        // Allocated at the size `clean_slow` reserves: one allocation, not a reserve's.
        let mut out = String::with_capacity(s.len());
        clean_slow(&mut out, s);
        out
    }
}

/// The nesting level of a list entry with this indent and marker, given the entries before
/// it: the same indent and marker as an open level returns to it; a new marker or a deeper
/// indent opens a level.
fn level_of(levels: &mut Vec<(usize, &'static str)>, indent: usize, marker: &'static str) -> u32 {
    if let Some(p) = levels
        .iter()
        .rposition(|&(i, m)| i == indent && same_marker(m, marker))
    {
        levels.truncate(p + 1);
        return p as u32;
    }
    if let Some(p) = levels
        .iter()
        .rposition(|&(i, m)| same_marker(m, marker) && i > indent)
    {
        levels.truncate(p);
    }
    if levels.len() < MAX_LEVEL {
        levels.push((indent, marker));
    }
    (levels.len() - 1) as u32
}

/// `a == b` for markers of [`lexer::bullet`]'s list: the same marker is most often the same
/// slice, told by its address without comparing its bytes (a call).
fn same_marker(a: &'static str, b: &'static str) -> bool {
    std::ptr::eq(a, b) || a == b
}

/// Units as blocks: runs of list entries become one list. Takes the units' text, so it
/// moves into the blocks without a copy (and the units, in a buffer reused from item to
/// item, are not moved or reset one by one).
pub(crate) fn blocks(units: &mut [Unit]) -> Vec<Block> {
    // At most one block per unit: one allocation instead of growing block by block.
    let mut out = Vec::with_capacity(units.len());
    let mut i = 0;
    while i < units.len() {
        let unit = &mut units[i];
        if unit.entry.is_some() {
            let n = entry_run(&units[i..]);
            out.push(list(&mut units[i..i + n]));
            i += n;
        } else {
            out.push(Block::Paragraph {
                text: std::mem::take(&mut unit.text),
                span: unit.span,
            });
            i += 1;
        }
    }
    out
}

/// How many list entries `units` starts with: asked once per list, whose entries it counts
/// once. Out of line, so the loop over the units stays small.
#[inline(never)]
fn entry_run(units: &[Unit]) -> usize {
    units.iter().take_while(|u| u.entry.is_some()).count()
}

/// A run of list entries as one list, made in one loop over the run (one allocation for
/// its entries, not one per doubling: lists run long) rather than an entry at a time
/// through the block list's last block.
fn list(run: &mut [Unit]) -> Block {
    let span = Span::new(run[0].span.start, run[run.len() - 1].span.end);
    let entries = run
        .iter_mut()
        .map(|unit| {
            let (marker, level) = unit.entry.unwrap_or_default();
            ListEntry {
                marker: Cow::Borrowed(marker),
                level,
                text: std::mem::take(&mut unit.text),
                span: unit.span,
            }
        })
        .collect();
    Block::List { entries, span }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexer::lines;

    fn units_of(text: &str) -> Vec<Unit> {
        let pieces: Vec<Trimmed> = lines(text)
            .iter()
            .filter(|l| !l.is_blank())
            .map(|l| Trimmed {
                text: l.text,
                start: l.start,
                indent: l.indent,
                clean: false,
            })
            .collect();
        let mut out = Vec::new();
        units(&pieces, true, &mut out, &mut Levels::new());
        out
    }

    #[test]
    fn a_page_break_inside_a_sentence_is_joined() {
        let text = "- Members were asked to send queries via email and\n\ncomment. They agreed.\n\nNext paragraph.";
        let u = units_of(text);
        assert_eq!(u.len(), 2);
        assert_eq!(
            u[0].text,
            "Members were asked to send queries via email and comment. They agreed."
        );
        assert_eq!(u[0].span.slice(text).unwrap().lines().count(), 3);
        assert_eq!(u[1].text, "Next paragraph.");
    }

    /// A page's footer is no unit: a sentence or a list goes on past it. A bare number
    /// may be a table's cell and stays.
    #[test]
    fn page_footers_are_left_out() {
        let text = "RESOLVED that the Committee:\n\nPage 2 of 9\n\n(a) note the position; and\n- 3 -\n(b) agree the virements.\n\nMembers asked via email and\n\nPage 3\n\ncomment.\n\n12\n";
        let u = units_of(text);
        let texts: Vec<&str> = u.iter().map(|u| u.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "RESOLVED that the Committee:",
                "(a) note the position; and",
                "(b) agree the virements.",
                "Members asked via email and comment.",
                "12"
            ]
        );
    }

    /// An entry marked by a letter and a bracket starts its own unit after an entry that
    /// ends "; and"; a line in lower case that only looks like one runs on.
    #[test]
    fn a_lettered_entry_after_and_is_its_own_unit() {
        let text = "It was RESOLVED that:\n\na)   the pilot be adopted; and\n\nb)   the rules be amended.\n\nThe hall and\n\nbells) rang.\n\nAnd the lists of\n\nii) that ...";
        let got: Vec<String> = units_of(text).into_iter().map(|u| u.text).collect();
        assert_eq!(
            got,
            [
                "It was RESOLVED that:",
                "a) the pilot be adopted; and",
                "b) the rules be amended.",
                "The hall and bells) rang.",
                "And the lists of",
                "ii) that ...",
            ]
        );
    }

    /// A paragraph wrapped by a converter: a line that ends with a connecting word, a
    /// councillor's title or a comma runs on, whatever the next line's first letter.
    #[test]
    fn a_wrapped_line_that_stops_mid_phrase_is_joined() {
        let text = "Apologies were received from Councillors Victor Chamberlain and\nAnood Al-Samerai. Apologies were also received from Councillor\nHelen Dennis, who was ill.\nPresent were Councillors Hale, Ives, Joss, Kerr, Lamb, Mold, Nash,\nOwen and Pike.\nApologies were received from Councillors J.S. Hale, L.D. Ives,\nH.I. Joss and B.A. Kerr.\nRespectfully submitted,\nMarcus Whitfield\nThe Chair thanked them.\nThe meeting closed\nAt 9pm.\nCouncillor\nMinute Number\nRESOLVED: (a) to note the report; and\n(b) to agree the virements; and\nB. to write to the Minister.";
        let got: Vec<String> = units_of(text).into_iter().map(|u| u.text).collect();
        assert_eq!(
            got,
            [
                "Apologies were received from Councillors Victor Chamberlain and Anood Al-Samerai. Apologies were also received from Councillor Helen Dennis, who was ill.",
                "Present were Councillors Hale, Ives, Joss, Kerr, Lamb, Mold, Nash, Owen and Pike.",
                "Apologies were received from Councillors J.S. Hale, L.D. Ives, H.I. Joss and B.A. Kerr.",
                "Respectfully submitted,",
                "Marcus Whitfield",
                "The Chair thanked them.",
                "The meeting closed",
                "At 9pm.",
                "Councillor",
                "Minute Number",
                "RESOLVED: (a) to note the report; and",
                "(b) to agree the virements; and",
                "B. to write to the Minister.",
            ]
        );
    }

    #[test]
    fn nesting_follows_markers_and_indents() {
        let text = "  • What matters:\no   That children\no   That families\n  • Routes\n- Strategy\n - Detail\n- Priorities";
        let levels: Vec<u32> = units_of(text)
            .iter()
            .map(|u| u.entry.as_ref().unwrap().1)
            .collect();
        assert_eq!(levels, [0, 1, 1, 0, 1, 2, 1]);
    }

    #[test]
    fn deep_nesting_is_capped() {
        let text: String = (0..200)
            .map(|i| format!("{}- x\n", " ".repeat(i)))
            .collect();
        let u = units_of(&text);
        assert_eq!(u.len(), 200);
        assert!(u
            .iter()
            .all(|u| u.entry.as_ref().unwrap().1 < MAX_LEVEL as u32));
    }

    #[test]
    fn entries_become_one_list() {
        let text = "Intro.\n• a\n• b\nOutro.";
        let b = blocks(&mut units_of(text));
        assert_eq!(b.len(), 3);
        assert!(matches!(&b[1], Block::List { entries, .. } if entries.len() == 2));
    }
}
