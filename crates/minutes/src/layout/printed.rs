//! Printed (PDF) minutes and CMIS pages: items are numbered headings on one line
//! ("131. MINUTES OF THE PREVIOUS MEETING", "1 Apologies for Absence", "C 09/025 Minutes",
//! "82/23 Apologies: Cllr A Edwards sent his apologies."). Numbered paragraphs inside the
//! minutes look the same, so a heading must continue the numbering and read like a title.

use super::outline::{is_letter_label, label_value, outline_label};
use super::{
    give_lines, item_buffer, line_item_number, next_item_number, next_non_blank, number_line_item,
    push_body, start_item, words_up_to, Segments,
};
use crate::item::{Piece, RawItem};
use crate::lexer::{heading_of, number_line, number_line_of, numbered_heading, Line};
use crate::model::{Diagnostic, Span};
use crate::simd;
use crate::text::{ci_at, contains_ci_at, find_ascii_ci, find_short, is_space};

/// How far a heading's number may jump past the previous item's (numbering skips withdrawn
/// items, but a jump of hundreds is a paragraph number or a figure).
const MAX_JUMP: u64 = 30;

pub(crate) fn segment<'a>(_input: &str, lines: &'a [Line<'a>]) -> Segments<'a> {
    let (found, breaks) = read_from(lines, 0);
    if found.items.is_empty() {
        if let Some(bare) = bare_number_items(lines)
            .or_else(|| status_items(lines))
            .or_else(|| capitals_items(lines))
        {
            return bare;
        }
    }
    // Items with no text between them that a heading numbered as the first follows are a
    // table of contents (its page numbers lost or kept with a space): read again from
    // that heading, and keep that reading when it finds as many items.
    if let Some(at) = breaks.restart {
        let (after, _) = read_from(lines, at);
        if after.items.len() >= found.items.len() {
            return after;
        }
    }
    // A numbered line may be the head's ("12 Market Place", "3 Members of the public
    // attended."), and start a numbering the headings after it break: read again past it,
    // and keep that reading when it finds more items.
    if found.items.len() == 1 || breaks.broken {
        let (after, _) = read_from(lines, found.header_end + 1);
        if after.items.len() > found.items.len() {
            return after;
        }
    }
    found
}

/// Items numbered by bare numbers on their own lines, read only where no other reading
/// found any (a bare number is usually a page number): a CMIS meeting page's text gives
/// each item's number alone, its title in capitals on the next line, the agenda's text, and
/// the number again before the minutes ("1" / "DECLARATIONS OF INTEREST" / "To receive
/// ..." / "1" / "There were none."). The numbers must run 1, 2, 3 ...; a number that
/// repeats the item's own stays in its text, and one that lost its title line (the next
/// line is a sentence) starts an untitled item once a titled one has been read.
fn bare_number_items<'a>(lines: &'a [Line<'a>]) -> Option<Segments<'a>> {
    let mut items: Vec<RawItem<'a>> = Vec::new();
    let mut last = 0u64;
    let mut body_from = 0;
    let mut first_item_line = None;
    let mut i = 0;
    while i < lines.len() {
        let text = lines[i].text;
        let value =
            (!text.is_empty() && text.len() <= 3 && text.bytes().all(|b| b.is_ascii_digit()))
                .then(|| text.parse::<u64>().ok())
                .flatten();
        if value != Some(last + 1) {
            i += 1;
            continue;
        }
        let title = next_non_blank(lines, i + 1).filter(|&j| {
            let t = lines[j].text;
            !t.bytes().any(|b| b.is_ascii_lowercase())
                && t.bytes().any(|b| b.is_ascii_uppercase())
                && reads_like_title(t)
        });
        if title.is_none() && items.is_empty() {
            i += 1;
            continue;
        }
        if let Some(item) = items.last_mut() {
            give_lines(item, lines, body_from, i);
        }
        first_item_line.get_or_insert(i);
        items.push(number_line_item(lines, i, text, title));
        last += 1;
        i = title.map_or(i + 1, |j| j + 1);
        body_from = i;
    }
    if items.len() < 2 {
        return None;
    }
    if let Some(item) = items.last_mut() {
        give_lines(item, lines, body_from, lines.len());
    }
    Some(Segments {
        header_end: first_item_line.unwrap_or(lines.len()),
        items,
        diagnostics: Vec::new(),
    })
}

/// Items headed by a title in capitals with a "Status:" line under it, read only where no
/// other reading found any: the old ModernGov minutes page ("ELECTION OF CHAIR" / "Status:
/// Agreed" / "Business: ..." / "Decision: It was RESOLVED that ..."), which numbers none.
fn status_items<'a>(lines: &'a [Line<'a>]) -> Option<Segments<'a>> {
    let mut items: Vec<RawItem<'a>> = Vec::new();
    let mut body_from = 0;
    let mut first_item_line = None;
    for (i, line) in lines.iter().enumerate() {
        if !line.text.starts_with("Status:") {
            continue;
        }
        let Some(t) = (0..i).rev().find(|&j| !lines[j].is_blank()) else {
            continue;
        };
        let title = lines[t].text;
        if title.bytes().any(|b| b.is_ascii_lowercase())
            || !title.bytes().any(|b| b.is_ascii_uppercase())
            || !reads_like_title(title)
        {
            continue;
        }
        if let Some(item) = items.last_mut() {
            give_lines(item, lines, body_from, t);
        }
        first_item_line.get_or_insert(t);
        let l = &lines[t];
        items.push(start_item(None, Some((l.start, l.end())), l.end()));
        body_from = t + 1;
    }
    let item = items.last_mut()?;
    give_lines(item, lines, body_from, lines.len());
    Some(Segments {
        header_end: first_item_line.unwrap_or(lines.len()),
        items,
        diagnostics: Vec::new(),
    })
}

/// Items headed by the words in capitals that open a paragraph, read only where no other
/// reading found any: minutes that number nothing ("APOLOGIES FOR ABSENCE were received
/// from ...", "FINANCE. A cheque was signed ...", "MINUTES OF MEETING, Sept 27th 2022. It
/// was proposed ..."). Two such paragraphs at least; the heading's line runs on into the
/// item's minutes.
fn capitals_items<'a>(lines: &'a [Line<'a>]) -> Option<Segments<'a>> {
    let mut items: Vec<RawItem<'a>> = Vec::new();
    let mut body_from = 0;
    let mut first_item_line = None;
    for (i, line) in lines.iter().enumerate() {
        let b = line.text.as_bytes();
        // Two capitals open it: most lines are turned away at their first two bytes.
        if !(b.len() > 8 && b[0].is_ascii_uppercase() && b[1].is_ascii_uppercase())
            || i > 0 && !lines[i - 1].is_blank()
        {
            continue;
        }
        let Some((end, rest)) = capitals_heading(line.text) else {
            continue;
        };
        if let Some(item) = items.last_mut() {
            give_lines(item, lines, body_from, i);
        }
        first_item_line.get_or_insert(i);
        let mut item = start_item(None, Some((line.start, line.start + end)), line.end());
        if rest < b.len() {
            push_body(
                &mut item,
                Piece {
                    start: line.start + rest,
                    end: line.end(),
                    indent: 0,
                },
            );
        }
        items.push(item);
        body_from = i + 1;
    }
    if items.len() < 2 {
        return None;
    }
    if let Some(item) = items.last_mut() {
        give_lines(item, lines, body_from, lines.len());
    }
    Some(Segments {
        header_end: first_item_line.unwrap_or(lines.len()),
        items,
        diagnostics: Vec::new(),
    })
}

/// [`capitals_items`]'s heading: words in capitals that end in a full stop ("FINANCE. A
/// cheque ..."), or two or more that a word in small letters follows ("THE MINUTES of the
/// previous meeting ..."), or a comma and a date ([`dated_tail`]). Where the title ends and
/// the minutes start. A colon ("PRESENT:"), a name ("MR A HALE reported") or a decision
/// ("RESOLVED that") heads no item.
fn capitals_heading(text: &str) -> Option<(usize, usize)> {
    const NOT_TITLES: [&str; 9] = [
        "MR", "MRS", "MS", "DR", "CLLR", "CLLRS", "RESOLVED", "AGREED", "NOTED",
    ];
    let mut offset = 0;
    let mut count = 0;
    for word in text.split(' ') {
        let at = offset;
        offset += word.len() + 1;
        if word.is_empty() {
            continue;
        }
        let bare = word.trim_end_matches(['.', ',']);
        let capitals = bare.bytes().any(|c| c.is_ascii_uppercase())
            && bare
                .bytes()
                .all(|c| c.is_ascii_uppercase() || b"&()/-'".contains(&c) || c >= 0x80);
        if !capitals && word != "&" && word != "\u{2013}" {
            // The run ended before `word`: two words or more, a small word after them.
            let small = word.starts_with(|c: char| c.is_ascii_lowercase());
            return (count >= 2 && small).then(|| (text[..at].trim_end().len(), at));
        }
        if count == 0 && NOT_TITLES.contains(&bare) || word.ends_with(':') {
            return None;
        }
        count += 1;
        let rest = offset.min(text.len());
        if word.ends_with('.') && (count >= 2 || bare.len() >= 4) {
            let rest = rest + run_of_spaces(&text.as_bytes()[rest..]);
            return (rest < text.len()).then_some((at + bare.len(), rest));
        }
        if word.ends_with(',') {
            return dated_tail(&text[rest..]).map(|(end, start)| (rest + end, rest + start));
        }
    }
    None
}

/// "May 16th, 2023. It was proposed ...": a date after a title's comma ("MINUTES OF
/// MEETING, May 16th, 2023"), which is the title's, up to its full stop within a few
/// words. Where it ends and the text after it starts.
fn dated_tail(rest: &str) -> Option<(usize, usize)> {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let rest_b = rest.as_bytes();
    if !MONTHS.iter().any(|m| rest.starts_with(m)) {
        return None;
    }
    let window = &rest_b[..rest_b.len().min(32)];
    let dot = memchr::memchr(b'.', window)?;
    let after = dot + 1;
    if after < rest_b.len() && rest_b[after] != b' ' {
        return None;
    }
    let start = after + run_of_spaces(&rest_b[after.min(rest_b.len())..]);
    Some((dot, start))
}

/// Where the numbering a reading followed was broken, as [`segment`] asks.
#[derive(Debug, Default, Clone, Copy)]
struct Breaks {
    /// A heading broke the numbering while the first item was the only one (the first may
    /// then be no item).
    broken: bool,
    /// The line of a heading numbered as the first item, after items with no text between
    /// them (a table of contents).
    restart: Option<usize>,
}

/// [`segment`] from line `start` on, and where the numbering was broken.
fn read_from<'a>(lines: &'a [Line<'a>], start: usize) -> (Segments<'a>, Breaks) {
    let found = segment_with(lines, false, start);
    // Items that start at a section's second paragraph or later ("5.2 ...") lost their
    // headings to another way of numbering ("Item 5: Matters arising ..."): read again for
    // those, and keep that reading when it finds more items. (A numbering of sections
    // starts at "1.0" or "1.1", and is not read again.)
    if found
        .0
        .items
        .first()
        .is_some_and(|it| it.number.is_some_and(starts_past_a_section))
    {
        let named = segment_with(lines, true, start);
        if named.0.items.len() > found.0.items.len() {
            return named;
        }
    }
    let other_numbers = |l: &Line<'_>| {
        number_after_word(l.text).is_some()
            || bracketed_number(l.text).is_some()
            || later_number(l.text).is_some()
            || line_item_number(l.text)
                .is_some_and(|read| separated_heading(l.text, read).is_some())
    };
    if !found.0.items.is_empty() || !lines.iter().skip(start).any(other_numbers) {
        return found;
    }
    // No numbered heading at all: the numbers may stand after a word ("Item 1.",
    // "Minute 25/01"), in brackets ("1) Apologies"), before a dash or colon ("1 - Apologies"),
    // or be letters, Roman numerals or letters glued to a number ("A.", "IV.", "PC25/01"
    // as [`later_number`] reads them). Read again for those only then, so
    // the lines of every other document are not asked, and a resolution's "1) ..." clauses
    // are not read as items where items have numbers of their own.
    let named = segment_with(lines, true, start);
    if named.0.items.is_empty() {
        found
    } else {
        named
    }
}

/// Whether the first item's `number` is a section's paragraph past its first ("5.2", not
/// "5.1" or "6.0"): see [`read_from`].
fn starts_past_a_section(number: &str) -> bool {
    let b = number.as_bytes();
    // "5.2": a digit, a dot and one digit from two up, the commonest shape, read before
    // the scheme is asked.
    matches!(b, [a, b'.', c] if a.is_ascii_digit() && (b'2'..=b'9').contains(c))
        && Scheme::of(number).decimal
}

/// [`segment`] from line `start` on, reading numbers after [`NUMBER_WORDS`] and in brackets
/// too when `named`; and where the numbering was broken.
fn segment_with<'a>(lines: &'a [Line<'a>], named: bool, start: usize) -> (Segments<'a>, Breaks) {
    let mut items: Vec<RawItem<'a>> = item_buffer();
    let mut diagnostics = Vec::new();
    let mut scheme: Option<Scheme> = None;
    let mut last = (0u64, 0u64);
    // Whether the outline counts by letters, so a lone "I" after "H" is the ninth.
    let mut letters = false;
    let mut first_item_line = None;
    // Where the last item's whole lines start: they run to the next item's first line.
    let mut body_from = 0;
    // Only a line starting with a number can start an item. Its number is read once and
    // asked both questions: a heading, a number alone.
    let mut from = start;
    let mut breaks = Breaks::default();
    // The first item's value, and whether no item so far has text between it and the next.
    let mut first = (0u64, 0u64);
    let mut bodiless = true;
    while let Some((i, read)) = if named {
        next_numbered_line(lines, from)
    } else {
        next_item_number(lines, from)
    } {
        from = i + 1;
        let line = &lines[i];
        let heading = heading_of(line.text, read)
            .or_else(|| named.then(|| separated_heading(line.text, read)).flatten());
        if let Some((number, title_at)) = heading {
            let full = &line.text[title_at..];
            let marks = Marks::of(full);
            let inline = inline_split(full, &marks);
            // Counted once when nothing is cut inline (one heading in ten is): the split and
            // the title test then both need it.
            let words = inline.is_none().then(|| words_up_to(full, 31));
            let split = title_split(full, inline, words);
            let title = split.map_or(full, |(end, _)| &full[..end]);
            let this = Scheme::of(number);
            let value = value_in_outline(number, this, letters);
            let in_sequence = continues(scheme, last, this, value);
            // The first "http" lies in the title if any does.
            let http = marks
                .http
                .is_some_and(|at| at + "http".len() <= title.len());
            // A minute number with a '/' ("018/23", "FC24/087") numbers no paragraph: its
            // title may be the agenda's sentence, full stop and all ("Receive apologies and
            // accept valid reasons for absence, these having been submitted ...").
            // Nor does the next number of a plain numbering ("2. The minutes of the previous
            // meeting were read and signed as a correct record."): parish minutes number
            // each paragraph as an item, and a paragraph numbered out of turn stays text.
            let sentence_ok = this.slashed || next_in_turn(scheme, last, this, value);
            let titled = match split {
                None => {
                    let words = words.unwrap_or_else(|| words_up_to(title, 31));
                    reads_like_title_counted(title, words, http, sentence_ok)
                }
                Some(_) => {
                    reads_like_title_counted(title, words_up_to(title, 31), http, sentence_ok)
                }
            } && !is_contents_entry(full);
            if titled && in_sequence {
                scheme = Some(this);
                last = value;
                letters = this.outline && (letters || is_letter_label(number));
                first_item_line.get_or_insert(i);
                if let Some(item) = items.last_mut() {
                    give_lines(item, lines, body_from, i);
                    bodiless = bodiless && item.lines.iter().all(Line::is_blank);
                } else {
                    first = value;
                }
                let paragraph = is_paragraph_title(title, split.is_some(), words);
                items.push(heading_item(line, number, title_at, split, paragraph));
                body_from = i + 1;
                continue;
            }
            breaks.broken |= titled && items.len() == 1;
            if titled && bodiless && items.len() >= 2 && value == first && scheme == Some(this) {
                breaks.restart = breaks.restart.or(Some(i));
            }
            if titled && scheme.is_some() && line.text.len() < 120 {
                diagnostics.push(Diagnostic::info(
                    format!("\"{number}\" looks like an item heading but breaks the numbering; kept as text"),
                    Span::new(line.start, line.end()),
                ));
            }
        }
        if let Some((number, title_line)) = number_only_item(lines, i, read) {
            let this = Scheme::of(number);
            let value = value_in_outline(number, this, letters);
            let in_sequence = continues(scheme, last, this, value);
            if in_sequence {
                scheme = Some(this);
                last = value;
                letters = this.outline && (letters || is_letter_label(number));
                first_item_line.get_or_insert(i);
                if let Some(item) = items.last_mut() {
                    give_lines(item, lines, body_from, i);
                }
                items.push(number_line_item(lines, i, number, title_line));
                from = title_line.map_or(i + 1, |j| j + 1);
                body_from = from;
                continue;
            }
        }
    }
    if let Some(item) = items.last_mut() {
        give_lines(item, lines, body_from, lines.len());
    }
    let found = Segments {
        header_end: first_item_line.unwrap_or(lines.len()),
        items,
        diagnostics,
    };
    (found, breaks)
}

/// The next line from `from` that starts with an item number (as [`next_item_number`]
/// reads it), or with a word that names one and then the number ("Item 1. Apologies for
/// absence", "Minute 25/01 Apologies", as parish and town councils write them), with the
/// number read. The word is passed over: the number is "1", the title what follows it.
fn next_numbered_line<'a>(lines: &[Line<'a>], from: usize) -> Option<(usize, (&'a str, &'a str))> {
    lines.get(from..)?.iter().enumerate().find_map(|(k, l)| {
        // The bracket first: "1) Apologies" also starts with the plain number "1".
        let read = number_after_word(l.text)
            .or_else(|| bracketed_number(l.text))
            .or_else(|| line_item_number(l.text))
            .or_else(|| later_number(l.text))?;
        Some((from + k, read))
    })
}

/// A number the lexer does not read as an item's, which only a document with no other
/// numbered heading uses: a capital letter or Roman numeral before a dot or bracket ("A.
/// Apologies", "IV) Finance", as [`outline_label`] reads it), or letters glued to a minute
/// number ("PC25/01", "P25/001"). Returns the text after the number (after its bracket) and
/// the number.
fn later_number(text: &str) -> Option<(&str, &str)> {
    let b = text.as_bytes();
    // A capital, then a dot, a bracket, a capital or a digit: most lines ("The ...") are
    // turned away by their first two bytes.
    let second = |c: &u8| matches!(c, b'.' | b')' | b'A'..=b'Z' | b'0'..=b'9');
    if !b.first().is_some_and(u8::is_ascii_uppercase) || !b.get(1).is_some_and(second) {
        return None;
    }
    if let Some((label, _)) = outline_label(text) {
        let after = label.len() + usize::from(b.get(label.len()) == Some(&b')'));
        return Some((&text[after..], label));
    }
    glued_number(text)
}

/// "PC25/01", "FC 25/01" written without its space: one to four capitals, then a
/// [`crate::lexer`] slashed number with at least one '/' (or a ':' after its first digits,
/// "F01:04/24"); or two to four capitals and one to three digits before a space ("EX12
/// Minutes", an executive's minute numbers).
fn glued_number(text: &str) -> Option<(&str, &str)> {
    let b = text.as_bytes();
    let letters = b
        .iter()
        .take(5)
        .take_while(|c| c.is_ascii_uppercase())
        .count();
    if !(1..=4).contains(&letters) || !b.get(letters).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let digits = b[letters..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    if (2..=4).contains(&letters) && digits <= 3 && b.get(letters + digits) == Some(&b' ') {
        let end = letters + digits;
        return Some((&text[end..], &text[..end]));
    }
    // "F01:04/24": a colon between the minute's number and the month and year it was
    // taken in, as some parish councils write it.
    if digits > 4 || !matches!(b.get(letters + digits), Some(b'/' | b':')) {
        return None;
    }
    let (rest, tail) = crate::lexer::item_number(&text[letters + digits + 1..])?;
    // After a colon the month and year ("04/24"), not a time ("T10:30").
    let colon = b[letters + digits] == b':';
    if !tail
        .bytes()
        .all(|c| c.is_ascii_digit() || c == b'/' || c == b'-')
        || colon && !tail.contains('/')
    {
        return None;
    }
    let end = text.len() - rest.len();
    Some((rest, &text[..end]))
}

/// "1) Apologies for absence", "(2) Declarations of interest": a number in brackets before
/// a title, read as an item number (the text after the bracket, and the number). Not a
/// resolution's clause ("1) That the report be noted.", "2) to pay the invoice;"): the
/// title starts with no "That" and ends with no semicolon. A sentence ("3) Minutes of the
/// last meeting were approved.") is an item only when its number comes next in turn, as
/// [`segment_with`] asks of every heading.
pub(crate) fn bracketed_number(text: &str) -> Option<(&str, &str)> {
    let (number, at) = crate::lexer::paren_number(text)?;
    let title = &text[at..];
    let clause = crate::text::starts_with_folded(title, "that ") || title.ends_with(';');
    if !number.bytes().all(|b| b.is_ascii_digit()) || clause {
        return None;
    }
    // The text after the ')' (white space and title), which `heading_of` reads as a
    // heading's rest.
    let close = text.find(')')?;
    Some((&text[close + 1..], number))
}

/// The item number after one of [`NUMBER_WORDS`] at the start of `text`, read as
/// [`crate::lexer::item_number`] reads one.
fn number_after_word(text: &str) -> Option<(&str, &str)> {
    let b = text.as_bytes();
    // "Item", "Minute", "Min", "Agenda item" in any case: two bytes turn away most lines.
    if !matches!(
        (b.first().map(|c| c | 0x20), b.get(1).map(|c| c | 0x20)),
        (Some(b'i'), Some(b't')) | (Some(b'm'), Some(b'i')) | (Some(b'a'), Some(b'g'))
    ) {
        return None;
    }
    let after = NUMBER_WORDS.iter().find_map(|w| {
        b.get(..w.len())
            .filter(|p| p.eq_ignore_ascii_case(w.as_bytes()))
            .map(|_| w.len())
    })?;
    let rest = &text[after..];
    if !rest.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    crate::lexer::item_number(rest)
}

/// "Item 2: Declarations of interest", "Minute 3 – Finance": a number after one of
/// [`NUMBER_WORDS`] parted from its title by a colon or a dash, which [`heading_of`] does
/// not take after a plain number ("12 - 15 members attended"); or a minute number with a
/// '/' before the agenda's number ("FC24/087 1. Elect the chair", the title as written,
/// agenda number and all). Returns the number and where the title starts in `text`, which
/// starts with a capital or the agenda's number.
fn separated_heading<'a>(text: &'a str, (rest, n): (&'a str, &'a str)) -> Option<(&'a str, usize)> {
    let after = rest.strip_prefix('.').unwrap_or(rest).trim_start();
    if n.contains('/') && agenda_number_title(after) {
        return Some((n, text.len() - after.len()));
    }
    let title = match after.strip_prefix(':') {
        Some(title) => title,
        None => {
            let title = ["-", "\u{2013}", "\u{2014}"]
                .iter()
                .find_map(|dash| after.strip_prefix(dash))?;
            // A dash with a space after it: "3-4" is a range.
            if !title.starts_with(' ') {
                return None;
            }
            title
        }
    }
    .trim_start();
    title
        .starts_with(|c: char| c.is_uppercase())
        .then(|| (n, text.len() - title.len()))
}

/// "1. Elect the chair": the agenda's item number, a dot, a space and a capital (or a digit:
/// "6. 15 Minute Public Participation"), as a title
/// after a minute number ("FC24/087 1. Elect the chair of the council").
fn agenda_number_title(text: &str) -> bool {
    let b = text.as_bytes();
    let digits = b.iter().take(3).take_while(|c| c.is_ascii_digit()).count();
    digits > 0
        && b.get(digits) == Some(&b'.')
        && b.get(digits + 1) == Some(&b' ')
        && b.get(digits + 2)
            .is_some_and(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
}

/// The words that may stand before an item's number: "Item 1.", "Minute 25/01", "Min. 12",
/// "Minute No. 25/01", "AGENDA ITEM 5:" (the longer of two that start alike first).
const NUMBER_WORDS: [&str; 10] = [
    "agenda item no. ",
    "agenda item ",
    "item no. ",
    "item ",
    "minute no. ",
    "minute ",
    "min. no. ",
    "min no. ",
    "min. ",
    "min ",
];

/// A number alone on its line ("C 25/065", "12.") with the title on the next line, or with
/// none where the layout lost it. Plain numbers need their dot: a bare "14" is a page number.
/// `read` is the line's [`item_number`](crate::lexer::item_number).
fn number_only_item<'a>(
    lines: &[Line<'a>],
    i: usize,
    read: (&'a str, &'a str),
) -> Option<(&'a str, Option<usize>)> {
    let (number, dotted) = number_line_of(read)?;
    if !dotted && number.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let title = next_non_blank(lines, i + 1).filter(|&j| {
        let t = lines[j].text;
        numbered_heading(t).is_none()
            && number_line(t).is_none()
            && reads_like_title(t)
            && words_up_to(t, 16) <= 15
    });
    Some((number, title))
}

/// Splits a heading line into the item's title and any text that follows it on the line
/// ("Apologies: Cllr A Edwards sent his apologies.", "... 2023– RESOLVED that ...").
/// `split` is [`title_split`] of the text from `title_at`.
fn heading_item<'a>(
    line: &Line<'_>,
    number: &'a str,
    title_at: usize,
    split: Option<(usize, usize)>,
    paragraph: bool,
) -> RawItem<'a> {
    let text = line.text;
    let title_text = &text[title_at..];
    let title_end = title_at + split.map_or(title_text.len(), |(end, _)| end);
    let title = (line.start + title_at, line.start + title_end);
    let mut item = start_item(Some((number, line.start)), Some(title), line.end());
    // A numbered paragraph is its item's minutes too, its title sentence and all.
    let rest_at = if paragraph {
        Some(0)
    } else {
        split.map(|(_, rest_at)| rest_at)
    };
    if let Some(rest_at) = rest_at {
        let start = line.start + title_at + rest_at;
        if start < line.end() {
            push_body(
                &mut item,
                Piece {
                    start,
                    end: line.end(),
                    indent: 0,
                },
            );
        }
    }
    item
}

/// Where the title ends in a heading line, and the text after it starts, given its
/// [`inline_split`]; a title that would run on for more than 20 words is cut by
/// [`title_run`]. `words` is `words_up_to(title, 31)`, counted when there is no inline split.
fn title_split(
    title: &str,
    inline: Option<(usize, usize)>,
    words: Option<usize>,
) -> Option<(usize, usize)> {
    let split = match inline {
        Some((end, _)) if more_words_than(&title[..end], 20) => title_run(title),
        None if words.unwrap_or_else(|| words_up_to(title, 31)) > 20 => {
            dash_split(title).or_else(|| title_run(title))
        }
        other => other,
    };
    // A cut after the opening of a sentence ("There" of "There was a discussion ...", "It"
    // of "It was agreed ...") finds no title: the item is a numbered paragraph, whose title
    // is its first sentence; a heading of a word or two and its text ("Public
    // Participation. Stones had been placed ...") part at the full stop.
    let split = match split {
        Some((end, _)) if opens_sentence(&title[..end]) => first_sentence(title),
        // Six words at least: the heading's and its sentence's (most headings have fewer).
        // "Apologies for Absence There were none.": a sentence's opener after the title (a
        // sentence ends the line, or the line cuts it in a word in small letters; most
        // headings end in a capitalised word or a number: the run is not read).
        None if words.is_some_and(|w| w >= 6) => dotted_title(title).or_else(|| {
            let b = title.as_bytes();
            let last = memchr::memrchr(b' ', b).map_or(0, |k| k + 1);
            let sentence = b.ends_with(b".") || b.get(last).is_some_and(u8::is_ascii_lowercase);
            let run = sentence.then(|| title_run(title)).flatten();
            run.filter(|(_, at)| {
                let rest = &title[*at..];
                SENTENCE_OPENERS
                    .iter()
                    .any(|o| rest.strip_prefix(o).is_some_and(|r| r.starts_with(' ')))
            })
        }),
        other => other,
    };
    // "Declarations of Interest. None.": the heading, then the minutes' one word.
    let split = split.or_else(|| none_after_title(title));
    // "Apologies – Councillors A Hale and B Ives.": the heading, a dash, the minutes' sentence.
    let split = split.or_else(|| sentence_after_dash(title));
    // "To receive apologies ... items There were no apologies.": the agenda's sentence is
    // the title, up to its full stop or to the minutes' sentence after it.
    // A colon before the sentence's end ends it there ("To receive applications for the
    // vacancy: An application was received ... It was RESOLVED ...").
    let split = match title.as_bytes() {
        [b'T', b'o', b' ', c, ..] if c.is_ascii_lowercase() => {
            match (agenda_colon(title), agenda_sentence(title)) {
                (Some(colon), Some(sentence)) if colon.0 < sentence.0 => Some(colon),
                (colon, None) => colon.or(split.filter(|(end, _)| *end > 2)),
                (_, sentence) => sentence,
            }
        }
        _ => split,
    };
    // A title in capitals is asked where its capitals end when the text up to its cut
    // ends as a sentence does, in a small letter or a stop (two capitals open it: most
    // titles are turned away at their second byte, and one in capitals at its last).
    let limit = split.map_or(title.len(), |(end, _)| end);
    match title.as_bytes() {
        [a, b, ..]
            if a.is_ascii_uppercase()
                && b.is_ascii_uppercase()
                && title.as_bytes()[..limit]
                    .trim_ascii_end()
                    .last()
                    .is_some_and(|c| c.is_ascii_lowercase() || b".,;)".contains(c)) =>
        {
            capitals_run(title)
                .filter(|(end, _)| *end < limit)
                .or(split)
        }
        _ => split,
    }
}

/// "Apologies for Absence. None.", "Declarations of Interest: None": a title whose minutes
/// are the one word "None" (or "Nil") after its stop or colon, or with a stop of its own
/// ("Disclosure of Interests None."): where the title ends and the word starts. Most titles
/// are turned away at their last byte.
fn none_after_title(title: &str) -> Option<(usize, usize)> {
    let stopped = title.strip_suffix('.');
    let t = stopped.unwrap_or(title);
    // "Apologies: None received", "Declarations of Interest: None declared": a verb's
    // past participle after the word is the minutes' too.
    let t = match t.as_bytes().last() {
        Some(b'e' | b'l') => t,
        Some(b'd') if t.ends_with("ed") => {
            t.rsplit_once(' ')
                .filter(|(head, verb)| {
                    verb.len() <= 10
                        && verb.ends_with("ed")
                        && verb.bytes().all(|c| c.is_ascii_lowercase())
                        && head.ends_with(['e', 'l'])
                })?
                .0
        }
        _ => return None,
    };
    // Read on its last bytes: a search for each word cost a call for each title.
    let word = match t.as_bytes() {
        [.., b'N' | b'n', b'o', b'n', b'e'] => t.len() - 4,
        [.., b'N', b'i', b'l'] => t.len() - 3,
        _ => return None,
    };
    // One space or more: "Declarations of Interest:  None" (a typist's two).
    let head = t[..word].strip_suffix(' ')?.trim_end_matches(' ');
    // "Declarations of Interest – none": a spaced dash before the word.
    if let Some(before) = head.strip_suffix(" \u{2013}") {
        let end = before.trim_end().len();
        return (end > 3).then_some((end, word));
    }
    let end = head.len() - usize::from(head.ends_with([':', '-']));
    ((stopped.is_some() || head.ends_with(['.', ':', '-'])) && end > 3).then_some((end, word))
}

/// Whether a heading's `title` is a sentence of the minutes, numbered as an item ("6. It
/// was agreed that the hand rail be repaired.", "1. Apologies were received from Cllr
/// Hale"): four words or more that say "was" or "were" (a title ending in a full stop may
/// be a heading still: "Questions under Procedure Rule 14."). `cut` says whether the
/// heading's line runs on past the title, which is then a whole sentence; `words`, when
/// counted, how many words the whole line has (six at least for a sentence: most headings
/// have fewer, and are answered without a look at their bytes). Its words are the item's
/// minutes as well as its title.
fn is_paragraph_title(title: &str, cut: bool, words: Option<usize>) -> bool {
    let b = title.as_bytes();
    if b.len() < 16 || cut && !b.ends_with(b".") || !cut && words.is_some_and(|w| w < 6) {
        return false;
    }
    // One pass for the "w" of " was " or " were " (a search for the space stopped at every
    // word); a paragraph's verb stands past its subject, not in the first three bytes, and
    // within its first 64.
    let verb = memchr::memchr_iter(b'w', &b[..b.len().min(64)]).any(|k| {
        k >= 3
            && b[k - 1] == b' '
            && (b[k + 1..].starts_with(b"as ") || b[k + 1..].starts_with(b"ere "))
    });
    verb && words_up_to(title, 4) >= 4
}

/// Words that open a sentence of the minutes, not a title: a cut after them alone ("There",
/// "It") or with one more word ("The Chairman" of "The Chairman reported ...") leaves the
/// sentence's subject.
const SENTENCE_OPENERS: [&str; 6] = ["There", "It", "This", "The", "A", "An"];

/// Whether `cut` (a title cut where its capitalised words end) is a sentence's opening: one
/// of [`SENTENCE_OPENERS`], alone or with one more word after "The", "A" or "An".
fn opens_sentence(cut: &str) -> bool {
    if cut.len() > 24 {
        return false;
    }
    match cut.split_once(' ') {
        None => SENTENCE_OPENERS.contains(&cut),
        Some((first, rest)) => !rest.contains(' ') && matches!(first, "The" | "A" | "An"),
    }
}

/// Where the first sentence of a numbered paragraph ends, within its first 30 words: at a
/// full stop after a word of three letters or more ("p.m." and "Mr." end none) and before a
/// capital. `None` when the paragraph is one sentence.
fn first_sentence(text: &str) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let mut words = 0;
    for (k, _) in text.match_indices(' ') {
        words += 1;
        if words > 30 {
            return None;
        }
        if k == 0 || b[k - 1] != b'.' {
            continue;
        }
        // A typist's two spaces after the stop are one gap.
        let at = k + 1 + run_of_spaces(&b[k + 1..]);
        if b.get(at).is_some_and(u8::is_ascii_uppercase) {
            let word = text[..k - 1].rsplit(' ').next().unwrap_or("");
            if word.len() >= 3 && word.bytes().all(|c| c.is_ascii_alphabetic()) {
                return Some((k, at));
            }
        }
    }
    None
}

/// Where an agenda's sentence that titles an item ("To approve the minutes of the meeting
/// held on 1.10.2019. It was RESOLVED ...", "To receive reports There were none.") ends:
/// at a full stop after a word, or before a sentence's opener, that a word in small letters
/// follows. `None` when the minutes run on after neither.
fn agenda_sentence(text: &str) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    // Only a word in capitals can open the sentence: the byte after each space is looked at,
    // and the words around it only when it is one.
    for k in memchr::memchr_iter(b' ', b) {
        let at = k + 1;
        if !b.get(at).is_some_and(u8::is_ascii_uppercase) {
            continue;
        }
        let len = b[at..].iter().position(|c| *c == b' ')?;
        let word = &text[at..at + len];
        if !b.get(at + len + 1).is_some_and(u8::is_ascii_lowercase) {
            continue;
        }
        // The word before any run of spaces (a typist's two after a full stop).
        let prev = text[..k]
            .trim_end_matches(' ')
            .rsplit(' ')
            .next()
            .unwrap_or("");
        let stop = prev.len() >= 4
            && prev.ends_with('.')
            && !prev.ends_with("..")
            && !matches!(prev, "Mrs." | "Cllr." | "Capt." | "Prof.");
        if stop || SENTENCE_OPENERS[..3].contains(&word) || word == "No" {
            return Some((text[..k].trim_end().len(), at));
        }
        // "To confirm the minutes – JO proposed; ...", "To consider applications – An
        // application had been received ...": a spaced dash, then the minutes' sentence,
        // opened by an opener or a councillor's initials (a place after the dash, "– Land
        // at Elm Farm", stays in the title).
        if matches!(prev, "-" | "\u{2013}" | "\u{2014}")
            && (SENTENCE_OPENERS.contains(&word) || is_initials(word))
        {
            let end = text[..k].trim_end_matches(' ');
            let end = end[..end.len() - prev.len()].trim_end().len();
            if end > 0 {
                return Some((end, at));
            }
        }
    }
    None
}

/// Where an agenda's sentence ("To receive ...") ends at a colon that a capital follows,
/// three words in at least: "To receive declarations of interest under the Act: None
/// noted." `None` when no colon stands so.
fn agenda_colon(text: &str) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let k = memchr::memchr(b':', b)?;
    let at = k + 1 + run_of_spaces(&b[k + 1..]);
    let words = b[..k].iter().filter(|c| **c == b' ').count();
    (at > k + 1 && words >= 2 && b.get(at).is_some_and(u8::is_ascii_uppercase))
        .then(|| (text[..k].trim_end().len(), at))
}

/// "JO", "SCW": two or three capitals, a councillor's initials as minutes write them.
fn is_initials(word: &str) -> bool {
    (2..=3).contains(&word.len()) && word.bytes().all(|c| c.is_ascii_uppercase())
}

/// "Public Participation. Stones had been placed ...", "Finance. It was agreed ...": one to
/// four capitalised words (small joining words between them), a full stop after a word of
/// three letters or more, and a sentence after it. Where the title ends and the text starts.
fn dotted_title(text: &str) -> Option<(usize, usize)> {
    const SMALL: [&str; 6] = ["of", "and", "for", "the", "to", "&"];
    let b = text.as_bytes();
    // The shortest: "Finance. It was agreed" (a heading without a stop, most, is read to
    // its 48th byte; a call to a search cost more on these short lines).
    if b.len() < 20 {
        return None;
    }
    let dot = memchr::memchr(b'.', &b[..b.len().min(48)])?;
    let (title, rest) = (&text[..dot], &text[dot + 1..]);
    // One space or more: a typist's two after the stop are one gap.
    let body = rest.strip_prefix(' ')?.trim_start_matches(' ');
    // A sentence of three words or more: "Public Questions. Ref 19/048" is one title.
    if !body.starts_with(|c: char| c.is_ascii_uppercase()) || words_up_to(body, 3) < 3 {
        return None;
    }
    let mut count = 0;
    for word in title.split(' ') {
        count += 1;
        let capital = word.starts_with(|c: char| c.is_uppercase());
        if count > 4 || !(capital || count > 1 && SMALL.contains(&word)) {
            return None;
        }
    }
    let last = title.rsplit(' ').next().unwrap_or(title);
    (last.len() >= 3 && last.bytes().all(|c| c.is_ascii_alphabetic()))
        .then_some((dot, text.len() - body.len()))
}

/// How many spaces `b` starts with.
fn run_of_spaces(b: &[u8]) -> usize {
    b.iter().take_while(|&&c| c == b' ').count()
}

/// Where a title in capitals ends when the minutes run on after it on the heading's line
/// ("APOLOGIES Apologies for absence were received ...", "PUBLIC QUESTIONS One member of
/// the public asked ..."): at the first capitalised word in lower case that a sentence
/// follows (a word in lower case, not a small joining one, within the next six). A title
/// whose capitals go on in lower case ("MINUTES of the meeting") or end in a name ("PLAN
/// Land at High Street") is not cut.
fn capitals_run(text: &str) -> Option<(usize, usize)> {
    const SMALL: [&str; 10] = ["of", "and", "for", "the", "to", "in", "on", "at", "a", "&"];
    const NAME_TITLES: [&str; 3] = ["Cllr", "Cllr.", "Councillor"];
    let b = text.as_bytes();
    // The first word with a lower-case letter decides; a title all in capitals has none.
    // An ordinal's letters ("21st SEPTEMBER") are the title's: the search goes on past
    // words that start with a digit.
    let mut from = 0;
    let at = loop {
        let lower = from + b[from..].iter().position(u8::is_ascii_lowercase)?;
        let at = b[..lower]
            .iter()
            .rposition(|c| *c == b' ')
            .map_or(0, |p| p + 1);
        if !b[at].is_ascii_digit() {
            break at;
        }
        from = lower + b[lower..].iter().position(|c| *c == b' ')?;
    };
    let end = b[..at].trim_ascii_end().len();
    if end == 0 || !b[at].is_ascii_uppercase() {
        return None;
    }
    let rest = &text[at..];
    // "MINUTES OF MEETING, May 16th, 2023. It was ...": the date is the title's.
    if b[end - 1] == b',' {
        if let Some((stop, start)) = dated_tail(rest) {
            return Some((at + stop, at + start));
        }
    }
    let sentence = rest.split(' ').skip(1).take(6).any(|w| {
        let bare = w.trim_end_matches([',', '.', ';', ':']);
        bare.starts_with(|c: char| c.is_ascii_lowercase()) && !SMALL.contains(&bare)
    });
    // "APOLOGIES FOR ABSENCE County Cllr Lugg", "DECLARATIONS OF INTEREST None.": a
    // councillor named, or one word that ends a sentence, runs on after the title too.
    let named = || rest.split(' ').take(3).any(|w| NAME_TITLES.contains(&w));
    let one_word = || !rest.contains(' ') && rest.ends_with('.');
    (sentence || named() || one_word()).then_some((end, at))
}

/// Where a title ends inside its heading line and the text after it starts: at a colon
/// followed by a sentence, at a resolution keyword, or at a trailing colon.
fn inline_split(title: &str, marks: &Marks) -> Option<(usize, usize)> {
    if let Some(found) = marks
        .any_colon
        .and_then(|c| reference_after_colon(title, c))
    {
        return Some(found);
    }
    if let Some(at) = marks.keyword {
        if at > 0 {
            let end = title[..at]
                .trim_end_matches(|c: char| {
                    is_space(c) || matches!(c, '-' | '\u{2013}' | '\u{2014}' | ':')
                })
                .len();
            return Some((end, at));
        }
    }
    if let Some(colon) = marks.colon {
        let rest = &title[colon + 2..];
        // Counted only up to three: the text after a colon runs on to the line's end.
        if words_up_to(rest, 3) >= 3 {
            return Some(list_label_at(&title[..colon]).unwrap_or((colon, colon + 2)));
        }
    }
    if let Some(found) = marks
        .any_colon
        .and_then(|c| text_after_colon_dash(title, c))
    {
        return Some(found);
    }
    title
        .strip_suffix(':')
        .or_else(|| title.strip_suffix(":-"))
        .map(|t| (t.len(), title.len()))
}

/// "Apologies:- Apologies were received from ...": the printed layout's ":-" (as in
/// "Present:-") parts a title from the text on its line, when a few words follow it. The
/// first colon is `colon`; a title that ends in ":-" has no text on its line.
fn text_after_colon_dash(title: &str, colon: usize) -> Option<(usize, usize)> {
    let after = title[colon + 1..].strip_prefix('-')?;
    let rest = after.trim_start_matches(is_space);
    (colon > 0 && words_up_to(rest, 3) >= 3).then_some((colon, title.len() - rest.len()))
}

/// Where the title ends and the text starts when a minute reference follows the title's
/// colon ("Declarations of interest: 003/24: None", "Finance:006/24:"): parish minutes
/// give the item's reference there, and the title is the words before it. The first colon
/// is `colon` (found by [`Marks::of`]'s pass).
fn reference_after_colon(title: &str, colon: usize) -> Option<(usize, usize)> {
    let b = title.as_bytes();
    let gap = b[colon + 1..].iter().take_while(|c| **c == b' ').count();
    let at = colon + 1 + gap;
    let digits = b[at..]
        .iter()
        .take(5)
        .take_while(|c| c.is_ascii_digit())
        .count();
    let reference = (1..=4).contains(&digits)
        && b.get(at + digits) == Some(&b'/')
        && b.get(at + digits + 1).is_some_and(u8::is_ascii_digit);
    (reference && colon > 0).then_some((title[..colon].trim_end().len(), at))
}

/// The places in a heading's text that decide where its title ends and whether it reads
/// like one.
#[derive(Debug, PartialEq, Eq)]
struct Marks {
    /// The [`resolution_keyword`].
    keyword: Option<usize>,
    /// The first ": ".
    colon: Option<usize>,
    /// The first ':', whatever follows it.
    any_colon: Option<usize>,
    /// The first "http", any case.
    http: Option<usize>,
}

impl Marks {
    /// With a vector unit, all three come from one pass over the text's "D"s, colons and
    /// "p"s, where each was a search of its own, their setups a good part of the cost on a
    /// short heading.
    fn of(text: &str) -> Marks {
        if !simd::ENABLED {
            return Marks::by_search(text);
        }
        let b = text.as_bytes();
        let (mut resolved, mut agreed, mut colon, mut http) = (None, None, None, None);
        let mut any_colon = None;
        let test = |c: simd::Chunk| c.eq(b'D') | c.eq(b':') | c.eq_folded(b'p');
        for k in simd::Positions::new(b, test) {
            match b[k] {
                b':' => {
                    any_colon = any_colon.or(Some(k));
                    if colon.is_none() && b.get(k + 1) == Some(&b' ') {
                        colon = Some(k);
                    }
                }
                b'D' => {
                    resolved = resolved.or_else(|| word_ending_at(b, k + 1, b"RESOLVED"));
                    agreed = agreed.or_else(|| word_ending_at(b, k + 1, b"AGREED"));
                }
                _ => {
                    if http.is_none() && ci_at(b, b"http", k, 3) {
                        http = Some(k - 3);
                    }
                }
            }
            if resolved.is_some() && colon.is_some() && http.is_some() {
                break;
            }
        }
        Marks {
            keyword: resolved.or(agreed),
            colon,
            any_colon,
            http,
        }
    }

    /// [`Marks::of`] by a search for each: the rule, and the path without a vector unit.
    fn by_search(text: &str) -> Marks {
        Marks {
            keyword: resolution_keyword(text),
            colon: find_short(text, ": "),
            any_colon: memchr::memchr(b':', text.as_bytes()),
            http: find_ascii_ci(text, "http"),
        }
    }
}

/// The first "RESOLVED" in `title`, or else the first "AGREED". Both end in "ED": the
/// search runs on the "D"s, rare in titles, where a search for each word's first letter
/// stopped at every "R" and "A" of a title in capitals.
fn resolution_keyword(title: &str) -> Option<usize> {
    let b = title.as_bytes();
    let mut agreed = None;
    for d in memchr::memchr_iter(b'D', b) {
        if let Some(at) = word_ending_at(b, d + 1, b"RESOLVED") {
            return Some(at);
        }
        agreed = agreed.or_else(|| word_ending_at(b, d + 1, b"AGREED"));
    }
    agreed
}

/// Where `word` starts if it ends at `end` in `b`.
fn word_ending_at(b: &[u8], end: usize, word: &[u8]) -> Option<usize> {
    let start = end.checked_sub(word.len())?;
    (&b[start..end] == word).then_some(start)
}

/// Labels of a list of people inside an item, when they follow the title's words: "Present
/// Members: Cllr ..." is the item "Present" with its list of members.
const LIST_LABELS: [&str; 3] = ["Members", "Councillors", "Officers"];

/// Where the words before a list label that ends `text` end, and where the label starts:
/// `None` when `text` ends in no label or the label is its only word.
fn list_label_at(text: &str) -> Option<(usize, usize)> {
    let (before, last) = text.rsplit_once(' ')?;
    let title = before.trim_end();
    (!title.is_empty() && LIST_LABELS.contains(&last)).then_some((title.len(), before.len() + 1))
}

/// Where a title ends when the heading runs straight on into the minutes ("Apologies for
/// Absence Apologies for absence were received ..."): at the first word that is neither
/// capitalised nor a small connecting word, at a repeat of the title's first word, at a
/// councillor's title, or at the label of a list of people ("Present Members: Cllr ...").
fn title_run(text: &str) -> Option<(usize, usize)> {
    const SMALL: [&str; 8] = ["of", "and", "for", "the", "to", "in", "on", "&"];
    const NAME_TITLES: [&str; 5] = ["Cllr", "Cllr.", "Councillor", "Councillors", "Mr"];
    let mut first = None;
    let mut offset = 0;
    let mut end = 0;
    // The last sentence opener after the first word: where it starts, where the words
    // before it end, and how many words the run has taken since.
    let mut opener: Option<(usize, usize)> = None;
    let mut since = 0;
    for word in text.split(' ') {
        let bare = word.trim_end_matches([':', ',', ';']);
        // A date's or reference's digits stand in a title ("HELD ON 21st SEPTEMBER 2016").
        let capital = bare.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
        let lower = !capital && !SMALL.contains(&bare);
        // "Resignation The Chairman explained ...", "Public Forum A resident reported ...":
        // a sentence opened by its opener and subject runs on after the title.
        if lower {
            if let Some((before, _)) = opener.filter(|(_, at)| {
                since == 1 || since == 2 && matches!(&text[*at..*at + 2], "Th" | "A " | "An")
            }) {
                return Some((before, opener.map_or(before, |(_, at)| at)));
            }
        }
        let stop = lower
            || first == Some(bare)
            || is_name_title(bare, &NAME_TITLES)
            || bare.is_empty() && offset > 0
            || first.is_some() && word.ends_with(':') && LIST_LABELS.contains(&bare);
        if stop {
            break;
        }
        since += 1;
        if first.is_some()
            && word.len() <= 5
            && matches!(word.as_bytes().first(), Some(b'T' | b'I' | b'A'))
            && SENTENCE_OPENERS.contains(&word)
        {
            opener = Some((end, offset));
            since = 1;
        }
        first.get_or_insert(bare);
        end = offset + bare.len();
        offset += word.len() + 1;
        if word.ends_with(':') {
            break;
        }
    }
    (end > 0 && end < text.len()).then_some((end, (end + 1).min(text.len())))
}

/// Whether a word (split at ASCII spaces) is one of `titles` ("Cllr" in "Cllr P Batty"),
/// also with the no-break space that often follows a title and the name after it.
fn is_name_title(word: &str, titles: &[&str]) -> bool {
    titles.iter().any(|t| {
        word.strip_prefix(t)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('\u{a0}'))
    })
}

/// Where a long heading's title ends at a dash standing between words, within its first
/// [`DASH_TITLE_WORDS`] words ("Approval of the minutes – The minutes of the meeting held
/// on ... were approved."): the minutes run on after it. Not past a councillor's title
/// ("Declarations of Interest Cllr A Bee - Cllr C Dee ..."): [`title_run`] ends the title
/// there.
fn dash_split(text: &str) -> Option<(usize, usize)> {
    let mut offset = 0;
    for (k, word) in text.split(' ').enumerate().take(DASH_TITLE_WORDS + 1) {
        if is_name_title(word, &["Cllr", "Cllr.", "Councillor", "Councillors"]) {
            return None;
        }
        if k > 0 && matches!(word, "-" | "\u{2013}" | "\u{2014}") {
            let end = text[..offset].trim_end().len();
            let rest = offset + word.len() + 1;
            return (end > 0 && rest < text.len()).then_some((end, rest));
        }
        offset += word.len() + 1;
    }
    None
}

/// "Public Observations – There were none.", "Apologies – Councillors A Hale and B Ives.",
/// "Clerk's Report-The Clerk had nothing to report.": a heading's title, a dash (between
/// spaces, or glued between a small letter and a sentence's opener), and the minutes' one
/// sentence, which ends the line with its full stop and opens with a sentence's opener or a
/// councillor's title (a place or a reference after a dash, "P17/S2210 – Land at Elm
/// Farm.", is the title's). Most titles are turned away at their last byte.
fn sentence_after_dash(title: &str) -> Option<(usize, usize)> {
    // A sentence's openers, or a councillor named, or "No ...".
    const MORE_OPENERS: [&str; 5] = ["Councillors", "Councillor", "Cllrs", "Cllr", "No"];
    // "Apologies for Absence – Cllr Hale": the apologies' names need no full stop.
    let stopped = title.ends_with('.');
    if !(stopped || title.as_bytes().first() == Some(&b'A') && apologies_before_councillor(title)) {
        return None;
    }
    let b = title.as_bytes();
    let opens = |at: usize| {
        let rest = &title[at..];
        SENTENCE_OPENERS.iter().chain(&MORE_OPENERS).any(|o| {
            rest.strip_prefix(o)
                .is_some_and(|r| r.starts_with([' ', '.']))
        })
    };
    // Within the first DASH_TITLE_WORDS words' bytes, roughly: a title is short.
    let window = b.len().min(120);
    memchr::memchr2_iter(b'-', 0xE2, &b[..window]).find_map(|k| {
        let (dash_len, glued) = match b[k] {
            b'-' => (1, k > 0 && b[k - 1].is_ascii_lowercase()),
            _ if title[k..].starts_with('\u{2013}') => (3, false),
            _ => return None,
        };
        let spaced = k > 1 && b[k - 1] == b' ' && b.get(k + dash_len) == Some(&b' ');
        let at = if spaced {
            k + dash_len + 1
        } else {
            k + dash_len
        };
        let end = if spaced { k - 1 } else { k };
        ((spaced || glued) && end > 0 && at < b.len() && opens(at)).then_some((end, at))
    })
}

/// Whether `title` opens "Apologies" and has a councillor's title after a spaced dash
/// ("Apologies for Absence – Cllr Hale"). Most titles are turned away at their first byte.
#[inline(never)]
fn apologies_before_councillor(title: &str) -> bool {
    if !title.starts_with("Apologies") || title.len() >= 120 {
        return false;
    }
    let b = title.as_bytes();
    memchr::memmem::find(b, b" Cllr")
        .or_else(|| memchr::memmem::find(b, b" Councillor"))
        .is_some_and(|k| b[..k].ends_with(" \u{2013}".as_bytes()) || b[..k].ends_with(b" -"))
}

/// How many words a title may have before a [`dash_split`]'s dash.
const DASH_TITLE_WORDS: usize = 12;

/// Whether `text` has more than `n` words; stops counting there, so a long line costs no
/// more than a short one.
fn more_words_than(text: &str, n: usize) -> bool {
    words_up_to(text, n + 1) > n
}

/// "Apologies for absence .......... 3", "Finance\t7": an entry of a table of contents (a
/// dotted leader or a tab, then a page number), whose numbers the headings after it start
/// again: not an item. Most titles end in a letter, and are answered by their last byte.
fn is_contents_entry(title: &str) -> bool {
    let b = title.as_bytes();
    if !b.last().is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let page = b.iter().rev().take_while(|c| c.is_ascii_digit()).count();
    if page > 3 {
        return false;
    }
    let before = &b[..b.len() - page];
    if before.ends_with(b"\t") {
        return true;
    }
    let before = before.trim_ascii_end();
    before.ends_with(b"...") || before.ends_with("\u{2026}".as_bytes())
}

/// A heading's title is short and does not read like a sentence of the minutes.
fn reads_like_title(title: &str) -> bool {
    // Counting stops past 30: every test below is decided by then.
    let words = words_up_to(title, 31);
    // Looked for at its "p", rarer in titles than its "h" or "t"; last, as it costs most.
    reads_like_title_counted(title, words, false, false) && !contains_ci_at(title, "http", 3)
}

/// [`reads_like_title`] given `words_up_to(title, 31)` and whether the title holds "http".
/// Whether a heading numbered `value` in `this` scheme is the very next of the items
/// before it (`last`, in `scheme`): "4" after "3", nothing skipped, no sub-item; or a
/// plain "1" that starts the numbering ("1. To elect a Chair for the year and receive the
/// Declaration of Acceptance of Office, witnessed by the Proper Officer.").
fn next_in_turn(scheme: Option<Scheme>, last: (u64, u64), this: Scheme, value: (u64, u64)) -> bool {
    match scheme {
        Some(s) => s == this && last.1 == 0 && value == (last.0 + 1, 0),
        None => value == (1, 0) && this == Scheme::of("1"),
    }
}

/// A long title ending in a full stop reads as a sentence, unless `sentence_ok`.
fn reads_like_title_counted(title: &str, words: usize, http: bool, sentence_ok: bool) -> bool {
    let sentence = !sentence_ok && title.trim_end().ends_with('.') && words > 12;
    words <= 30 && !sentence && !http
}

/// The shape of an item number, which stays the same through one document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Scheme {
    prefixed: bool,
    slashed: bool,
    /// A year, a dot and the minute's number ("25.01"): see [`is_year_dotted`].
    year_dotted: bool,
    /// Letters or a Roman numeral, no digit ("A", "IV").
    outline: bool,
    /// Digits, a dot and digits, not a year's minute ("6.0", "6.1"): items numbered as
    /// sections, whose second place counts (see [`place`]). A paragraph's "5.1" under the
    /// item "5" is of another scheme than its item's, so it is not read as one.
    decimal: bool,
}

impl Scheme {
    fn of(number: &str) -> Scheme {
        let b = number.as_bytes();
        let prefixed = b.first().is_some_and(u8::is_ascii_alphabetic);
        // One pass over the few bytes, where a search for each cost a call.
        let (mut slashed, mut dotted, mut digits) = (false, false, false);
        for &c in b {
            slashed |= c == b'/';
            dotted |= c == b'.';
            digits |= c.is_ascii_digit();
        }
        let year_dotted = !prefixed && dotted && is_year_dotted(b);
        Scheme {
            prefixed,
            slashed,
            year_dotted,
            outline: prefixed && !digits,
            decimal: !prefixed && !slashed && dotted && !year_dotted && is_decimal(b),
        }
    }
}

/// "6.0", "12.3": one or two digits, a dot and one or two digits, nothing more.
fn is_decimal(b: &[u8]) -> bool {
    let first = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let second = b.len().saturating_sub(first + 1);
    (1..=2).contains(&first)
        && b.get(first) == Some(&b'.')
        && (1..=2).contains(&second)
        && b[first + 1..].iter().all(u8::is_ascii_digit)
}

/// "25.01", "2025.012": two or four digits (a year), a dot and two or three digits (the
/// minute's number, with its leading zero). A paragraph number ("5.1", "12.10") has one or
/// two digits after a first run of one or two, and no leading zero: it is not one.
fn is_year_dotted(b: &[u8]) -> bool {
    let first = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let second = b.len().saturating_sub(first + 1);
    matches!(first, 2 | 4)
        && b.get(first) == Some(&b'.')
        && (2..=3).contains(&second)
        && b[first + 1..].iter().all(u8::is_ascii_digit)
        && (second == 3 || b.get(first + 1) == Some(&b'0'))
}

/// Whether a heading numbered `value` in `this` scheme continues the numbering of the last
/// item (`last`, in `scheme`). A first heading starts any numbering, but an outline only at
/// its start ("A." or "I."): a line "J. Smith Construction" is no item.
#[inline(always)]
fn continues(scheme: Option<Scheme>, last: (u64, u64), this: Scheme, value: (u64, u64)) -> bool {
    match scheme {
        None => !this.outline || value.0 == 1,
        Some(s) => s == this && (follows(last, value) || first_letter_of_next(this, last, value)),
    }
}

/// "27a/19" after "26c/19": a minute number with its year whose sub-items are lettered
/// from the first, with no heading of the number alone (as a plain "5a" follows "5"); the
/// next number's "a" follows the last one's letters.
#[inline(never)]
fn first_letter_of_next(this: Scheme, last: (u64, u64), value: (u64, u64)) -> bool {
    this.slashed
        && value.1 == LETTERED + 1
        && value.0 > last.0
        && value.0 <= last.0.saturating_add(MAX_JUMP)
}

/// [`place`], or an outline label's [`label_value`] (`letters` when the outline counts by
/// letters). Inlined: every heading's number is asked, and few are outline labels.
#[inline(always)]
fn value_in_outline(number: &str, this: Scheme, letters: bool) -> (u64, u64) {
    if this.outline {
        outline_place(number, letters)
    } else {
        place(number)
    }
}

/// An outline label's [`label_value`] as a [`place`].
#[inline(never)]
fn outline_place(number: &str, letters: bool) -> (u64, u64) {
    (label_value(number, letters).map_or(0, u64::from), 0)
}

/// Whether a heading numbered `this` follows one numbered `last` (each a [`place`]): its
/// running number grows by at most [`MAX_JUMP`], or, for "25/01" then "25/02" (a year, then
/// the minute's number within it), the first stays and the second grows so. A sub-item's
/// letter ("3a", "3A") must be the next under the same item: "3" or "3a" before "3b".
fn follows(last: (u64, u64), this: (u64, u64)) -> bool {
    if this.1 > LETTERED {
        return this.0 == last.0 && this.1 == last.1.max(LETTERED) + 1;
    }
    let steps = |from: u64, to: u64| to > from && to <= from.saturating_add(MAX_JUMP);
    steps(last.0, this.0) || (this.0 == last.0 && steps(last.1, this.1))
}

/// The second place of a sub-item numbered with a letter after its item's number ("3a",
/// "3A"): `LETTERED` plus the letter's place in the alphabet, so "3" (0), "3a", "3b" follow
/// each other and no minute number within a year ("25/01") is read as one.
const LETTERED: u64 = 1 << 32;

/// A heading number's [`sequence_value`], and for a number of two runs of digits parted by
/// a '/' that starts with a digit ("25/01", "82/23"), or by the dot of a year's minute
/// ("25.01", see [`is_year_dotted`]) or of a section's number ("6.1", see [`is_decimal`]),
/// the value of the second run; for a sub-item's letter
/// after the number ("3a", "3A"), its [`LETTERED`] place (else 0).
fn place(number: &str) -> (u64, u64) {
    let b = number.as_bytes();
    let digits = |from: usize| b[from..].iter().take_while(|c| c.is_ascii_digit()).count();
    let first = digits(0);
    // "3a", "3A", "3.a": the letter is the last byte, after the digits or their dot.
    let at = first + usize::from(b.get(first) == Some(&b'.'));
    // "41a/19" (a year after the slash): the letter stands before the slash.
    let slashed_letter = at == first && b.get(at + 1) == Some(&b'/');
    if first > 0 && (at + 1 == b.len() || slashed_letter) && b[at].is_ascii_alphabetic() {
        let letter = u64::from(b[at].to_ascii_lowercase() - b'a') + 1;
        return (sequence_value(number), LETTERED + letter);
    }
    // Read on bytes (a `split_once` and `parse` cost ten times more, at every heading).
    let minor = if first > 0
        && (b.get(first) == Some(&b'/')
            || (b.get(first) == Some(&b'.') && (is_year_dotted(b) || is_decimal(b))))
    {
        let second = digits(first + 1);
        if (1..=4).contains(&second) && first + 1 + second == b.len() {
            b[first + 1..]
                .iter()
                .fold(0u64, |v, &c| v * 10 + u64::from(c - b'0'))
        } else {
            0
        }
    } else if first == 0 {
        prefixed_minor(b)
    } else {
        0
    };
    // "24/25/01" is seven bytes at least: most numbers are turned away by their length.
    let minor = if minor == 0 && b.len() >= 7 {
        year_span_minor(b).unwrap_or(0)
    } else {
        minor
    };
    (sequence_value(number), minor)
}

/// For a number after capitals with two runs of digits and no dash, the first run: its
/// [`sequence_value`] is the second ("C 09/025" → 25, the year first), but some councils
/// write the year second ("FC01/25", "F01:04/25", "E.70/23", "O&S.13/23"), and then the
/// first grows while the second stays. Else 0.
fn prefixed_minor(b: &[u8]) -> u64 {
    let letters = b
        .iter()
        .take_while(|c| c.is_ascii_alphabetic() || **c == b'&')
        .count();
    if letters == 0 || letters > 4 {
        return 0;
    }
    let rest = match b.get(letters) {
        Some(b' ' | b'.') => &b[letters + 1..],
        _ => &b[letters..],
    };
    let first = rest.iter().take_while(|c| c.is_ascii_digit()).count();
    if !(1..=4).contains(&first) || !matches!(rest.get(first), Some(b'/' | b':')) {
        return 0;
    }
    let second = rest[first + 1..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    if !(1..=4).contains(&second) || first + 1 + second != rest.len() {
        return 0;
    }
    rest[..first]
        .iter()
        .fold(0u64, |v, &c| v * 10 + u64::from(c - b'0'))
}

/// The minute's number in a number that starts with a financial year ("24/25/01",
/// "FC/24-25/01", "2024/25/003": two years a year apart, then the running number), after
/// any capitals and their separator. Its first run stays through the year, so the last
/// must grow. "Cou/285/07-08" (a number, then the year) is not one.
fn year_span_minor(b: &[u8]) -> Option<u64> {
    let letters = b.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    let from = if letters > 0 {
        letters + usize::from(matches!(b.get(letters), Some(b' ' | b'/' | b'.')))
    } else {
        0
    };
    // The years' separators stand two and five, or four and seven, bytes on: most numbers
    // ("C 09/025") are turned away here.
    let sep = |at: usize| matches!(b.get(at), Some(b'/' | b'-'));
    if !(sep(from + 2) && sep(from + 5) || sep(from + 4) && sep(from + 7)) {
        return None;
    }
    // The three runs of digits and the separators after the first two.
    let mut runs = [(0u64, 0usize); 3];
    let mut at = from;
    for (k, run) in runs.iter_mut().enumerate() {
        let len = b
            .get(at..)?
            .iter()
            .take(5)
            .take_while(|c| c.is_ascii_digit())
            .count();
        if !(1..=4).contains(&len) {
            return None;
        }
        let value = b[at..at + len]
            .iter()
            .fold(0u64, |v, &c| v * 10 + u64::from(c - b'0'));
        *run = (value, len);
        at += len;
        if k < 2 {
            if !matches!(b.get(at), Some(b'/' | b'-')) {
                return None;
            }
            at += 1;
        }
    }
    let [(y1, l1), (y2, l2), (n, _)] = runs;
    let years = matches!(l1, 2 | 4) && l2 == 2 && (y1 + 1) % 100 == y2;
    (years && at == b.len()).then_some(n)
}

/// The running number that must grow from item to item: "131" → 131, "C 09/025" → 25,
/// "82/23" → 82, "Cou/285/07-08" → 285.
///
/// A number that starts with a digit counts by its first run of digits, read alone (most
/// numbers: every heading's, paragraph numbers included, is asked); others by
/// [`sequence_value_by_runs`].
fn sequence_value(number: &str) -> u64 {
    let b = number.as_bytes();
    if !b.first().is_some_and(u8::is_ascii_digit) {
        return sequence_value_by_runs(number);
    }
    b.iter()
        .take_while(|c| c.is_ascii_digit())
        .try_fold(0u64, |v, &c| {
            v.checked_mul(10)?.checked_add(u64::from(c - b'0'))
        })
        .unwrap_or(0)
}

/// [`sequence_value`] from the number's runs of digits: the rule, and the reference the
/// first-run reading is tested against.
///
/// Read in one byte loop (no character decoding, no string searcher, no `str::parse`): a
/// number is a few ASCII bytes, and no byte of a multi-byte character is an ASCII digit.
fn sequence_value_by_runs(number: &str) -> u64 {
    let b = number.as_bytes();
    // The values of the first two runs of digits (`None` past u64, which `str::parse`
    // refused), how many runs there are, and whether a '-' stands among them.
    let mut values = [Some(0u64); 2];
    let mut runs = 0;
    let mut in_run = false;
    let mut dash = false;
    for &c in b {
        if !c.is_ascii_digit() {
            in_run = false;
            dash |= c == b'-';
            continue;
        }
        if !in_run {
            runs += 1;
            in_run = true;
        }
        if let Some(v) = values.get_mut(runs - 1) {
            *v = v.and_then(|v| v.checked_mul(10)?.checked_add(u64::from(c - b'0')));
        }
    }
    // "C 09/025": year then running number
    let year_first = runs == 2 && b.first().is_some_and(u8::is_ascii_alphabetic) && !dash;
    values[usize::from(year_first)].unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexer::lines;

    fn headings(text: &str) -> Vec<(String, String)> {
        let lines = lines(text);
        segment(text, &lines)
            .items
            .iter()
            .map(|it| {
                let (a, b) = it.title.unwrap();
                (it.number.unwrap().to_string(), text[a..b].to_string())
            })
            .collect()
    }

    /// Parish minutes that number each paragraph: the next number's sentence is an item, its
    /// title the first sentence (not the "There" a cut after the capitals leaves), and its
    /// words the item's minutes too.
    #[test]
    fn numbered_paragraphs_are_items_in_turn() {
        let text = "Minutes of the Upton parish meeting\n\n1. Apologies were received from Mr Hale\n\n2. The minutes of the previous meeting were read and signed as a correct record by all.\n\n3. There was a discussion about the bench by the pond, which needs a new coat of paint before the spring. The Clerk would ask for quotes from two firms and report back at the next meeting.\n\n5. The minutes of the previous meeting were read and signed as a correct record by all.\n";
        let got = headings(text);
        let titles: Vec<&str> = got.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(
            titles,
            [
                "Apologies were received from Mr Hale",
                "The minutes of the previous meeting were read and signed as a correct record by all.",
                "There was a discussion about the bench by the pond, which needs a new coat of paint before the spring.",
            ],
            "a sentence numbered out of turn stays text"
        );
        let read = lines(text);
        let found = segment(text, &read);
        assert!(
            !found.items[0].body.is_empty(),
            "the sentence is the item's minutes"
        );
    }

    /// "Public Participation. Stones had been placed ...": a short capitalised heading ends
    /// at its full stop; an initial's or a time's does not end one.
    #[test]
    fn dotted_titles_end_at_their_stop() {
        assert_eq!(dotted_title("Finance. It was agreed to pay."), Some((7, 9)));
        assert_eq!(
            dotted_title("Public Participation. Stones had been placed."),
            Some((20, 22))
        );
        assert_eq!(dotted_title("Mr J. Smith reported on the hall."), None);
        assert_eq!(dotted_title("The Clerk reported. Nothing else."), None);
        assert_eq!(dotted_title("Finance."), None);
        assert_eq!(dotted_title("Public Questions. Ref 19/048"), None);
        // A typist's two spaces after the stop.
        assert_eq!(
            dotted_title("Public Participation.  Stones had been placed."),
            Some((20, 23))
        );
        assert_eq!(
            dotted_title("Finance.  It was agreed to pay."),
            Some((7, 10))
        );
        assert_eq!(
            first_sentence("It was agreed.  Then it ended"),
            Some((14, 16))
        );
        assert_eq!(
            first_sentence("It was 7.30 p.m. When it ended. Then"),
            Some((31, 32))
        );
        assert!(opens_sentence("There") && opens_sentence("The Chairman"));
        assert!(!opens_sentence("Apologies") && !opens_sentence("The Chairman Hale"));
    }

    /// A number starting with a digit has the value of its first run, as the runs give it.
    #[test]
    fn sequence_values_read_from_the_first_run_as_from_all_runs() {
        let pieces = [
            "1",
            "0",
            "9",
            "/",
            ".",
            "-",
            "C",
            "a",
            "é",
            "12345678901",
            "99999999999",
        ];
        for number in crate::test_text::joins_up_to(&pieces, 5) {
            assert_eq!(
                sequence_value(&number),
                sequence_value_by_runs(&number),
                "{number:?}"
            );
        }
    }

    /// A CMIS meeting page's bare numbers: each before its capital title and again before
    /// its minutes; a number whose title line was lost starts an untitled item.
    #[test]
    fn bare_numbers_where_nothing_else_numbers_items() {
        let text = "Standard Items\n1\nDECLARATIONS OF INTEREST\nTo receive any declarations.\n1\nThere were none.\n2\nAPOLOGIES FOR ABSENCE\nTo receive apologies.\n2\nApologies were received from Cllr A Hale.\nTo confirm the minutes of the last meeting.\n3\nThe minutes were confirmed.\n4\nHARBOUR LIGHTS FESTIVAL\n4\nThe festival raised \u{a3}900.\n";
        let read = lines(text);
        let found = segment(text, &read);
        let got: Vec<(&str, &str)> = found
            .items
            .iter()
            .map(|it| {
                let title = it.title.map_or("", |(a, b)| &text[a..b]);
                (it.number.unwrap(), title)
            })
            .collect();
        assert_eq!(
            got,
            [
                ("1", "DECLARATIONS OF INTEREST"),
                ("2", "APOLOGIES FOR ABSENCE"),
                ("3", ""),
                ("4", "HARBOUR LIGHTS FESTIVAL"),
            ]
        );
        assert_eq!(found.header_end, 1);
        // Where numbered headings are found, bare numbers stay page numbers.
        let text = "1. APOLOGIES\nNone.\n2\nKELBY PARISH COUNCIL\n2. MINUTES\nAgreed.\n";
        let got = headings(text);
        assert_eq!(
            got,
            [
                ("1".into(), "APOLOGIES".into()),
                ("2".into(), "MINUTES".into())
            ]
        );
        // One bare number and a capital line are no items.
        let text = "KELBY PARISH COUNCIL\n1\nMINUTES OF THE MEETING\nText.\n";
        assert!(segment(text, &lines(text)).items.is_empty());
    }

    #[test]
    fn numbered_headings_in_sequence() {
        let text = "COMMITTEE\n\n131. MINUTES\n\nText.\n\n1. A numbered paragraph\n\n132. DECLARATIONS OF INTEREST\n\n500. Not next\n";
        let got = headings(text);
        assert_eq!(
            got,
            [
                ("131".into(), "MINUTES".into()),
                ("132".into(), "DECLARATIONS OF INTEREST".into())
            ]
        );
    }

    /// A sub-item's letter after its item's number, in either case, is the next under that
    /// item: "3c" straight after "3", "3D" after "3a" and "4a" after "3" break the numbering.
    #[test]
    fn lettered_sub_items_follow_their_item() {
        let text = "COMMITTEE\n\n3. FINANCE\n\n3A. PAYMENTS\n\n3B. BANK RECONCILIATION\n\n3D Printing Project\n\n4. PLANNING\n\n4c Other Matters\n\n5a. Next Item\n\n5. CLOSE\n\n5a Closing Remarks\n";
        let got: Vec<String> = headings(text).into_iter().map(|(n, _)| n).collect();
        assert_eq!(got, ["3", "3A", "3B", "4", "5", "5a"]);
        assert!(!follows(place("12"), place("12B")));
        assert!(follows(place("12A"), place("12B")));
        assert!(follows(place("12B"), place("13")));
        assert!(follows(place("12.a"), place("12.b")));
        let after = |last: &str, this: &str| {
            continues(
                Some(Scheme::of(last)),
                place(last),
                Scheme::of(this),
                place(this),
            )
        };
        assert!(
            !after("25/01", "25a"),
            "a year's minutes have no lettered sub-items"
        );
        assert!(after("25", "25a"));
        assert!(after("26c/19", "27a/19"), "a slashed number's first letter");
        assert!(after("26/19", "27a/19"));
        assert!(!after("26c/19", "27b/19"));
        assert!(!after("4", "5a"), "a plain '5a' follows '5' only");
    }

    #[test]
    fn titles_end_before_inline_text() {
        let text = "82/23 Apologies: Cllr. A Edwards sent his apologies.\n84/23 County Councillor`s Report:\n86/23 Confirmation of the Minutes of the Meeting held on Thursday 21st September 2023– RESOLVED that the minutes be approved\n";
        let got = headings(text);
        assert_eq!(got[0].1, "Apologies");
        assert_eq!(got[1].1, "County Councillor`s Report");
        assert_eq!(
            got[2].1,
            "Confirmation of the Minutes of the Meeting held on Thursday 21st September 2023"
        );
    }

    /// A heading, a dash and the minutes' one sentence on its line part at the dash; a
    /// place after a reference's dash stays in the title.
    #[test]
    fn titles_end_at_a_dash_before_a_sentence() {
        let text = "1. Apologies \u{2013} Councillors A Hale and B Ives.\n2. Public Questions on Items \u{2013} There were none at this meeting.\n3. Clerk's Report-The Clerk had nothing new.\n4. P31/S0001/FUL \u{2013} Land at Elm Farm.\n5. Finance - The budget.\n";
        let got = headings(text);
        assert_eq!(got[0].1, "Apologies");
        assert_eq!(got[1].1, "Public Questions on Items");
        assert_eq!(got[2].1, "Clerk's Report");
        assert_eq!(got[3].1, "P31/S0001/FUL \u{2013} Land at Elm Farm.");
        assert_eq!(got[4].1, "Finance");
    }

    /// Minute numbers of a year and a running number ("25/01", "25/02") follow each other,
    /// as do a running number and a year ("82/23", "84/23").
    #[test]
    fn year_first_minute_numbers_follow_each_other() {
        let text = "25/01 APOLOGIES FOR ABSENCE\nNone.\n25/02 DECLARATIONS OF INTEREST\nNone.\n25/04 PLANNING\na) 25/00123/FUL 12 High Street: no objection.\n25/03 OLD BUSINESS\n";
        let got: Vec<_> = headings(text).into_iter().map(|(n, _)| n).collect();
        assert_eq!(got, ["25/01", "25/02", "25/04"]);
        assert_eq!(place("25/01"), (25, 1));
        assert_eq!(place("82/23"), (82, 23));
        assert_eq!(place("131"), (131, 0));
        assert_eq!(place("25/00123/FUL"), (25, 0));
        // After capitals, two runs: the second counts, the first as the minor place (the
        // year may stand on either side).
        assert_eq!(place("C 09/025"), (25, 9));
        assert_eq!(place("FC01/25"), (25, 1));
        assert!(follows(place("FC01/25"), place("FC02/25")));
        assert!(follows(place("C 09/025"), place("C 09/026")));
        assert!(!follows(place("C 09/025"), place("C 10/001")));
        // After a committee's initials and a dot; a lost minute between two.
        assert_eq!(place("E.70/23"), (23, 70));
        assert!(follows(place("O&S.13/23"), place("O&S.15/23")));
        // A financial year, then the minute's number.
        assert_eq!(place("24/25/01"), (24, 1));
        assert_eq!(place("2024/25/013"), (2024, 13));
        assert_eq!(place("FC/24-25/07"), (24, 7));
        assert_eq!(place("99/00/2"), (99, 2));
        assert_eq!(place("Cou/285/07-08"), (285, 0));
        assert_eq!(place("24/26/01"), (24, 0));
        assert_eq!(place("25/00123/FUL"), (25, 0));
        assert!(follows(place("24/25/01"), place("24/25/02")));
        assert!(follows((25, 1), (25, 2)));
        assert!(follows((82, 23), (84, 23)));
        assert!(!follows((25, 2), (25, 2)));
        assert!(!follows((25, 3), (25, 1)));
        assert!(!follows((131, 0), (131, 0)));
    }

    /// "Item 1. Apologies", "Minute 12 Planning": the number after the word, read only
    /// where no heading has a number of its own.
    #[test]
    fn numbers_after_a_word_are_read_when_no_heading_has_its_own() {
        let text = "Item 1. Apologies for absence\nNone.\nITEM 2: Declarations of interest\nNone.\nItem 3 was deferred.\nMinute 3 - Finance\nPayments approved.\n";
        assert_eq!(
            headings(text),
            [
                ("1".to_string(), "Apologies for absence".to_string()),
                ("2".to_string(), "Declarations of interest".to_string()),
                ("3".to_string(), "Finance".to_string()),
            ]
        );
        // With numbered headings of their own, "Item 7" lines are text.
        let own = "1. APOLOGIES\nNone.\nItem 7. Planning\n2. FINANCE\n";
        let got: Vec<_> = headings(own).into_iter().map(|(n, _)| n).collect();
        assert_eq!(got, ["1", "2"]);
        // "Minute No." and numbers in brackets, whose clauses ("1) That ...") are no items.
        let numbered = "Minute No. 25/01 Apologies\nNone.\nMINUTE NO. 25/02 Finance\nPaid.\nMinute 25/01 refers.\nAgenda item 3 was deferred.\n";
        let got: Vec<_> = headings(numbered).into_iter().map(|(n, _)| n).collect();
        assert_eq!(got, ["25/01", "25/02"]);
        let agenda = "AGENDA ITEM 1: APOLOGIES\nNone.\nAgenda Item 2 - Minutes\nApproved.\n";
        let got: Vec<_> = headings(agenda).into_iter().map(|(n, _)| n).collect();
        assert_eq!(got, ["1", "2"]);
        let bracketed = "1) Apologies for absence\nNone.\n(2) Minutes\nRESOLVED:\n1) That the minutes be approved.\n2) That the Chair sign them;\n3) Finance\n";
        let got: Vec<_> = headings(bracketed).into_iter().map(|(n, _)| n).collect();
        assert_eq!(got, ["1", "2", "3"]);
        // A sentence numbered in turn is an item ("3) Minutes ... were approved."); one out
        // of turn, as a resolution's clauses are, stays text.
        let sentences = "1) Apologies \u{2013} none\n2) Minutes of the last meeting were approved.\n3) Planning\nThe options were:\n1) Plans were noted.\n2) Roads were noted.\n4) Highways \u{2013} the potholes were reported.\n";
        let got: Vec<_> = headings(sentences).into_iter().map(|(n, _)| n).collect();
        assert_eq!(got, ["1", "2", "3", "4"]);
    }

    /// A numbered line in the head ("12 Market Place") that no heading continues does not
    /// hide the items: they are read past it.
    #[test]
    fn a_lone_numbered_line_in_the_head_is_passed_over() {
        for head in [
            "12 Market Place, Kelby",
            "3 Members of the public attended.",
        ] {
            for heading in [
                "Item {n}. Heading",
                "Minute 25/0{n} Heading",
                "{n}. HEADING",
            ] {
                let items: String = (1..=3)
                    .map(|n| format!("{}\nText.\n", heading.replace("{n}", &n.to_string())))
                    .collect();
                let text = format!("Kelby Parish Council\n{head}\nPresent: Cllr A Hale\n{items}");
                assert_eq!(headings(&text).len(), 3, "{text}");
            }
        }
        // One heading alone is kept.
        assert_eq!(headings("1. FINANCE\nPaid.\n").len(), 1);
    }

    /// A table of contents before the minutes ("1. Apologies ...... 3") takes no item: the
    /// headings after it are the items.
    #[test]
    fn a_table_of_contents_is_no_item() {
        for leader in [" .......... ", "\t", "\u{2026}\u{2026} "] {
            let contents: String = ["APOLOGIES", "MINUTES", "FINANCE"]
                .iter()
                .enumerate()
                .map(|(k, t)| format!("{}. {t}{leader}{}\n", k + 1, k + 3))
                .collect();
            let text = format!("Contents\n{contents}\n1. APOLOGIES\nNone.\n2. MINUTES\nApproved.\n3. FINANCE\nPaid.\n");
            let got = headings(&text);
            assert_eq!(got.len(), 3, "{text}");
            assert_eq!(got[0].1, "APOLOGIES", "{text}");
        }
        assert!(is_contents_entry("Finance ..... 12"));
        assert!(!is_contents_entry("Planning application 25"));
        assert!(!is_contents_entry("Budget 2025"));
        assert!(!is_contents_entry("Finance"));
    }

    /// A table of contents whose page numbers follow a space ("1. APOLOGIES 3") takes no
    /// item either: the headings numbered again from the first are the items. A numbered
    /// list in an item's minutes does not restart them.
    #[test]
    fn headings_numbered_again_after_a_table_of_contents_are_the_items() {
        let text = "Contents\n1. APOLOGIES 3\n2. MINUTES 3\n3. FINANCE 4\n\n1. APOLOGIES\nNone.\n2. MINUTES\nApproved.\n3. FINANCE\nPaid.\n";
        let got = headings(text);
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(got[0].1, "APOLOGIES");
        let list = "1. APOLOGIES\nNone.\n2. PLANNING\nThe applications:\n1. Extension at Mill Lane\n2. Garage at Church Street\n";
        let got: Vec<_> = headings(list).into_iter().map(|(_, t)| t).collect();
        assert_eq!(got, ["APOLOGIES", "PLANNING"]);
    }

    /// "1 - Apologies", "2: Minutes": a plain number parted from its title by a dash or a
    /// colon, read where no heading has a number of its own; a range or a count is text.
    #[test]
    fn numbers_before_a_dash_or_colon_are_read_when_no_heading_has_its_own() {
        let text = "1 - Apologies for absence\nNone.\n2: Minutes\nApproved.\n12 - 15 members attended.\n3 \u{2013} Finance\nPaid.\n";
        let got: Vec<_> = headings(text).into_iter().map(|(n, _)| n).collect();
        assert_eq!(got, ["1", "2", "3"]);
    }

    /// "25.01 Apologies", "25.02 Minutes": a year's minute numbers with a dot follow each
    /// other; paragraph numbers ("5.1", "5.2"), dates, sums and times do not start items.
    #[test]
    fn year_dotted_minute_numbers_follow_each_other() {
        let text = "25.01 Apologies for absence\nNone.\n25.02 Minutes\nApproved on 25.01.2025 at 7.30pm.\n25.03 Finance\n25.04 was paid to the Clerk.\n25.01.2025 Meeting\n";
        let got: Vec<_> = headings(text).into_iter().map(|(n, _)| n).collect();
        assert_eq!(got, ["25.01", "25.02", "25.03"]);
        assert_eq!(place("25.01"), (25, 1));
        assert_eq!(place("2025.012"), (2025, 12));
        // A section's number counts its second place too; its scheme is not a year's.
        assert_eq!(place("5.10"), (5, 10));
        assert_eq!(place("12.1"), (12, 1));
        assert_ne!(Scheme::of("25.01"), Scheme::of("5.10"));
        // Numbered paragraphs under "5" are no items, nor do they break its numbering.
        let paragraphs = "5. FINANCE\n5.1 Payments\n5.2 Budget\n6. PLANNING\n";
        let got: Vec<_> = headings(paragraphs).into_iter().map(|(n, _)| n).collect();
        assert_eq!(got, ["5", "6"]);
    }

    /// "A. Apologies", "IV. Finance", "PC25/01 Minutes": outline labels and letters glued to
    /// a minute number, read where no heading has a number of its own; an outline starts at
    /// "A" or "I", and a lone "I" after "H" is the ninth letter.
    #[test]
    fn outline_labels_and_glued_numbers_when_no_heading_has_its_own() {
        let numbers =
            |text: &str| -> Vec<String> { headings(text).into_iter().map(|(n, _)| n).collect() };
        let roman = "I. APOLOGIES\nNone.\nII. MINUTES\nApproved.\nIV) FINANCE\nPaid.\n";
        assert_eq!(numbers(roman), ["I", "II", "IV"]);
        let letters: String = "ABCDEFGHIJ"
            .chars()
            .map(|c| format!("{c}. Heading {c}\nText.\n"))
            .collect();
        assert_eq!(numbers(&letters).len(), 10);
        assert_eq!(numbers(&letters)[8], "I");
        assert!(numbers("J. Smith Construction\nA bid.\nK. Jones Roofing\n").is_empty());
        let glued =
            "PC25/01 Apologies\nNone.\nPC25/02 Minutes\nApproved.\nP25/00123/FUL Extension\n";
        assert_eq!(numbers(glued), ["PC25/01", "PC25/02"]);
        assert_eq!(
            glued_number("P25/001 Minutes"),
            Some((" Minutes", "P25/001"))
        );
        assert_eq!(glued_number("P25 Minutes"), None);
        assert_eq!(glued_number("EX12345 Minutes"), None);
        assert_eq!(glued_number("EX12Minutes"), None);
        assert_eq!(glued_number("PCXYZ25/01 Minutes"), None);
    }

    /// "EX12 MINUTES": an executive's or a committee's minute numbers, two to four capitals
    /// glued to a number without a year.
    #[test]
    fn capitals_glued_to_a_plain_number() {
        let text = "EX12 MINUTES\nAgreed.\nEX13 BUDGET 2025/26\nIt was RESOLVED that the budget be approved.\nEX14 ANY OTHER BUSINESS\nNone.\n";
        let numbers: Vec<String> = headings(text).into_iter().map(|(n, _)| n).collect();
        assert_eq!(numbers, ["EX12", "EX13", "EX14"]);
        assert_eq!(glued_number("CAB7 Minutes"), Some((" Minutes", "CAB7")));
    }

    /// A heading that runs on into the minutes ends before a councillor's title, with an
    /// ASCII or a no-break space after it.
    #[test]
    fn a_title_in_capitals_ends_where_a_sentence_runs_on() {
        fn cut(t: &str) -> Option<&str> {
            capitals_run(t).map(|(end, _)| &t[..end])
        }
        assert_eq!(
            cut("APOLOGIES Apologies were sent by Cllr Hale"),
            Some("APOLOGIES")
        );
        assert_eq!(
            cut("TOWN FAIR & MARKET The Clerk reported on the fair"),
            Some("TOWN FAIR & MARKET")
        );
        assert_eq!(cut("MINUTES of the meeting held on 3 May"), None);
        assert_eq!(cut("PLANNING 24/0012/FUL Land at Mill Lane"), None);
        assert_eq!(cut("FINANCE"), None);
        let text = "5. GRANTS Two requests were considered by members\n6. CLOSE\n";
        let got = headings(text);
        assert_eq!(got[0], ("5".into(), "GRANTS".into()));
    }

    /// A capitals title runs on into a councillor's name or a one-word answer; an ordinal's
    /// small letters stay in it.
    #[test]
    fn a_title_in_capitals_ends_before_a_name_or_a_word_alone() {
        fn cut(t: &str) -> Option<&str> {
            capitals_run(t).map(|(end, _)| &t[..end])
        }
        assert_eq!(
            cut("APOLOGIES FOR ABSENCE District Cllr Ames"),
            Some("APOLOGIES FOR ABSENCE")
        );
        assert_eq!(
            cut("DECLARATIONS OF INTEREST None."),
            Some("DECLARATIONS OF INTEREST")
        );
        assert_eq!(cut("PLANNING Mill Lane"), None);
        assert_eq!(
            cut("MINUTES OF THE MEETING OF 3rd JUNE The minutes were read"),
            Some("MINUTES OF THE MEETING OF 3rd JUNE")
        );
    }

    /// A long heading's title ends at a dash between words, unless a councillor is named
    /// before it; a date's digits stay in a run-on title.
    #[test]
    fn a_long_title_ends_at_a_dash() {
        let long = "Approval of the minutes \u{2013} The minutes of the meeting that was held on the 3rd of May were read and approved by all present.";
        assert_eq!(
            dash_split(long).map(|(end, _)| &long[..end]),
            Some("Approval of the minutes")
        );
        let text = format!("4. {long}\n5. Close\n");
        assert_eq!(headings(&text)[0].1, "Approval of the minutes");
        assert_eq!(
            dash_split("Interests Cllr A Bee - Cllr C Dee noted an interest"),
            None
        );
        assert_eq!(
            dash_split("Interests Cllr\u{a0}A Bee - Cllr\u{a0}C Dee noted an interest"),
            None,
            "a no-break space after the title"
        );
        let run = "REPORT OF 21st MAY 2023 The Clerk reported on the accounts and on every one of the invoices that had come in since then";
        assert_eq!(
            title_run(run).map(|(end, _)| &run[..end]),
            Some("REPORT OF 21st MAY 2023")
        );
    }

    /// A run-on title ends before the opener of the minutes' sentence ("There were ...",
    /// "The Chairman explained ...", "A resident asked ..."), on a short line too.
    #[test]
    fn a_run_on_title_ends_before_a_sentence_opener() {
        for (text, title) in [
            ("Resignation The Chairman explained that the member had withdrawn his notice and would stay on the council for the rest of the year after all.", "Resignation"),
            ("Open Forum A resident asked whether the bench on the green could be moved nearer to the shelter before the winter set in again this year.", "Open Forum"),
        ] {
            assert_eq!(title_run(text).map(|(end, _)| &text[..end]), Some(title));
        }
        let text = "2. Apologies for Absence There were apologies from Cllr Hale.\n3. Declarations of Interest There were none.\n4. Close\n";
        let got: Vec<_> = headings(text).into_iter().map(|(_, t)| t).collect();
        assert_eq!(
            got,
            ["Apologies for Absence", "Declarations of Interest", "Close"]
        );
    }

    /// An agenda's sentence as a title ends at its full stop, a date's too, or before the
    /// opener of the minutes' sentence that runs on after it.
    #[test]
    fn an_agenda_sentence_title_ends_where_the_minutes_start() {
        let text = "710.21 To receive apologies for absence and interests in the agenda's items There were no apologies.\n711.21 To approve the minutes of the meeting held on 4.9.2021. It was RESOLVED to approve them.\n712.21 To note the accounts for the quarter as circulated by the Clerk. No questions were asked.\n713.21 To receive the Clerk's report\n";
        let got: Vec<_> = headings(text).into_iter().map(|(_, t)| t).collect();
        assert_eq!(
            got,
            [
                "To receive apologies for absence and interests in the agenda's items",
                "To approve the minutes of the meeting held on 4.9.2021.",
                "To note the accounts for the quarter as circulated by the Clerk.",
                "To receive the Clerk's report",
            ]
        );
        // Two spaces after the agenda's full stop.
        let text = "711.21 To approve the minutes of the meeting held on 4.9.2021.  It was RESOLVED to approve them.\n712.21 To note the accounts for the quarter.  None were asked about.\n";
        let got: Vec<_> = headings(text).into_iter().map(|(_, t)| t).collect();
        assert_eq!(
            got,
            [
                "To approve the minutes of the meeting held on 4.9.2021.",
                "To note the accounts for the quarter.",
            ]
        );
    }

    /// An agenda's sentence ends at a colon that the minutes follow when the colon comes
    /// before the sentence's full stop (the sentence after it may run on past thirty words).
    #[test]
    fn an_agenda_sentence_title_ends_at_its_colon() {
        let text = "25/201 To receive apologies and reasons for absence: Cllr Hale sent apologies.\n25/202 To receive declarations of interest under the Localism Act 2011 - being any interest not previously recorded on the Register: None noted.\n25/203 To receive applications for the office of Parish Councillor and to co-opt a candidate to fill the vacancy: An application was received from Mr A Vale and circulated to the members of the council before the meeting and discussed at length by all of them. It was RESOLVED to co-opt him.\n";
        let got: Vec<_> = headings(text).into_iter().map(|(_, t)| t).collect();
        assert_eq!(
            got,
            [
                "To receive apologies and reasons for absence",
                "To receive declarations of interest under the Localism Act 2011 - being any interest not previously recorded on the Register",
                "To receive applications for the office of Parish Councillor and to co-opt a candidate to fill the vacancy",
            ]
        );
    }

    /// Minutes that number nothing: each paragraph that opens with words in capitals (and
    /// a full stop, a word in small letters, or a comma and a date after them) is an item;
    /// a label, a name or a decision in capitals is not.
    #[test]
    fn paragraphs_headed_in_capitals_are_items_where_nothing_is_numbered() {
        let text = "MINUTES of the meeting of ASHBY PARISH COUNCIL held on 3rd March 2025.\n\nPRESENT: Mr A Hale (Chairman), Mrs B Ives.\n\nAPOLOGIES FOR ABSENCE were received from Mr C Kerr\n\nTHE MINUTES of the last meeting were signed.\n\nMINUTES OF MEETING, Feb 3rd 2025. They were approved.\n\nMR A HALE reported on the hall.\n\nRESOLVED that the hall be painted.\n\nFINANCE. The cheques were signed.\n";
        let lines = lines(text);
        let got: Vec<_> = segment(text, &lines)
            .items
            .iter()
            .map(|it| {
                let (a, b) = it.title.unwrap();
                assert!(it.number.is_none());
                &text[a..b]
            })
            .collect();
        assert_eq!(
            got,
            [
                "APOLOGIES FOR ABSENCE",
                "THE MINUTES",
                "MINUTES OF MEETING, Feb 3rd 2025",
                "FINANCE",
            ]
        );
        // One such paragraph is no layout of items.
        let one = "Minutes\n\nFINANCE. The cheques were signed.\n";
        assert!(segment(one, &crate::lexer::lines(one)).items.is_empty());
    }

    /// The first item's agenda sentence may be long and end in a full stop, as the next
    /// ones may: a plain "1" starts the numbering in turn.
    #[test]
    fn a_long_agenda_sentence_titles_the_first_item() {
        let text = "Minutes of the Annual Meeting of Ashby Parish Council\n\n1. To elect a Chair for the year 2025/26 and receive the Declaration of Acceptance of Office from the Chair, witnessed by the Proper Officer.\nCouncillor Hale was elected.\n2. To elect a Vice Chair for the year 2025/26 and receive the Declaration of Acceptance of Office from the Vice Chair.\nCouncillor Ives was elected.\n3. Chair's welcome\n";
        let got: Vec<_> = headings(text).into_iter().map(|(n, _)| n).collect();
        assert_eq!(got, ["1", "2", "3"]);
    }

    /// A numbered heading in capitals keeps the date after its comma.
    #[test]
    fn a_date_after_a_heading_comma_is_the_title_s() {
        let text = "1. APOLOGIES FOR ABSENCE. There were none.\n2. MINUTES OF MEETING, May 6th, 2025. They were approved.\n";
        let got: Vec<_> = headings(text).into_iter().map(|(_, t)| t).collect();
        assert_eq!(
            got,
            ["APOLOGIES FOR ABSENCE", "MINUTES OF MEETING, May 6th, 2025"]
        );
    }

    /// An agenda's sentence ends at a spaced dash that the minutes' sentence follows,
    /// opened by an opener or a councillor's initials; a place after a dash stays.
    #[test]
    fn an_agenda_sentence_title_ends_at_a_dash_before_the_minutes() {
        let text = "4. To confirm the minutes of the meeting held on 3rd May 2020 \u{2013} KT proposed; RW seconded; approved.\n5. To consider the applications for the vacancy - An application had been received from Ann Vale.\n6. To consider the application \u{2013} Land at Elm Farm, Ashbury\n";
        let got: Vec<_> = headings(text).into_iter().map(|(_, t)| t).collect();
        assert_eq!(
            got,
            [
                "To confirm the minutes of the meeting held on 3rd May 2020",
                "To consider the applications for the vacancy",
                "To consider the application \u{2013} Land at Elm Farm, Ashbury",
            ]
        );
    }

    /// "Item 1: Apologies for Absence. None.": the title ends before "None"; and items
    /// numbered after "Item" are read though a section's paragraphs ("5.1 ...") are
    /// numbered as the lexer reads numbers.
    #[test]
    fn none_after_a_title_and_items_after_the_word_item() {
        let text = "Minutes of the Ashbury Community Council\n\nItem 1: Apologies for Absence. None.\n\nItem 2: Declarations of Interest: None\n\nItem 3: Finance. The accounts were noted. 3.1 Item 4.2 \u{2013} The grant was paid.\n\n3.2 Item 6 \u{2013} The bench was repaired.\n\nItem 4: Planning. Nil.\n";
        let got = headings(text);
        assert_eq!(
            got.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>(),
            ["1", "2", "3", "4"]
        );
        assert_eq!(got[0].1, "Apologies for Absence.");
        assert_eq!(got[1].1, "Declarations of Interest");
        assert_eq!(got[3].1, "Planning.");
        assert_eq!(none_after_title("Nonesuch Lane"), None);
        assert_eq!(none_after_title("None."), None);
        assert_eq!(
            none_after_title("Disclosure of Interests None."),
            Some((23, 24))
        );
        assert_eq!(none_after_title("Second to None"), None);
        assert_eq!(
            none_after_title("Declarations of Interest:  None"),
            Some((24, 27))
        );
        assert_eq!(
            none_after_title("Declarations of Interest \u{2013} none"),
            Some((24, 29))
        );
        assert_eq!(none_after_title("Apologies: None received"), Some((9, 11)));
        assert_eq!(none_after_title("Applications were approved"), None);
    }

    /// Items numbered as sections ("6.0", "6.1", "6.2", "7.0") follow each other; a
    /// paragraph's "5.1" under the item "5" stays its text.
    #[test]
    fn section_numbers_follow_each_other() {
        let text = "6.0 Minutes of the last meeting:\nSigned.\n6.1 Planning\n\n6.2 Past Matters\n6.2.1 \u{2013} Noted.\n7.0 Close\n";
        let got: Vec<_> = headings(text).into_iter().map(|(n, _)| n).collect();
        assert_eq!(got, ["6.0", "6.1", "6.2", "7.0"]);
        let text = "5. Finance\n5.1 The accounts were noted by all present.\n6. Close\n";
        let got: Vec<_> = headings(text).into_iter().map(|(n, _)| n).collect();
        assert_eq!(got, ["5", "6"]);
    }

    /// A minute reference after the title's colon is not the title's.
    #[test]
    fn a_reference_after_the_colon_ends_the_title() {
        let text = "3. Declarations of interest: 003/24: None\n4. Finance:004/24:\nPaid.\n5. Allotments: 005/24 \u{2013} One let.\n";
        let got: Vec<_> = headings(text).into_iter().map(|(_, t)| t).collect();
        assert_eq!(got, ["Declarations of interest", "Finance", "Allotments"]);
        assert_eq!(
            reference_after_colon("Planning: 24/0012/FUL Mill Lane", 8),
            Some((8, 10))
        );
        assert_eq!(reference_after_colon("Time: 7.30pm", 4), None);
    }

    /// The printed layout's ":-" parts a title from the words after it on its line, as
    /// ": " does; a title ending in ":-" keeps no part of it.
    #[test]
    fn a_colon_and_dash_ends_the_title() {
        let text = "1. Apologies:- Apologies were received from Cllr Hale.\n2. Matters Arising:-\nNoted.\n3. Finance:-Paid in full by the Clerk.\n4. Time:-7pm\n";
        let got: Vec<_> = headings(text).into_iter().map(|(_, t)| t).collect();
        assert_eq!(
            got,
            ["Apologies", "Matters Arising", "Finance", "Time:-7pm"]
        );
    }

    /// "41a/19" then "41b/19" then "42/19": lettered minutes of a year.
    #[test]
    fn lettered_minute_numbers_of_a_year_follow_each_other() {
        let text = "41a/19 Apologies: None received\n41b/19 Declarations of Interest: None declared by any member.\n42/19 Finance:\nNoted.\n";
        let got: Vec<_> = headings(text).into_iter().map(|(n, _)| n).collect();
        assert_eq!(got, ["41a/19", "41b/19", "42/19"]);
    }

    #[test]
    fn a_run_on_title_ends_at_a_councillor() {
        let tail = " Batty Cllr J Batty declared a personal interest in item 7 as a member of the Borough Council and took no part.";
        for space in [" ", "\u{a0}"] {
            let text = format!("Declarations of Interest Cllr{space}P{tail}");
            assert_eq!(
                title_run(&text).map(|(end, _)| &text[..end]),
                Some("Declarations of Interest"),
                "{text:?}"
            );
        }
    }

    /// "Present Members: Cllr ...": the title is "Present", "Members:" the list's label.
    #[test]
    fn a_run_on_title_ends_before_a_list_label() {
        for (text, title) in [
            (
                "Present Members: Cllr P Batty (Chairman), Cllr J Batty and Cllr Beck.",
                "Present",
            ),
            (
                "Attendance Councillors: A Hale, B Ives and C Joss were present at the start.",
                "Attendance",
            ),
            (
                "Members: Cllr P Batty, Cllr J Batty and Cllr Beck were present.",
                "Members",
            ),
        ] {
            assert_eq!(
                title_run(text).map(|(end, _)| &text[..end]),
                Some(title),
                "{text:?}"
            );
        }
        // The same at a colon that splits a short heading line.
        let line = "Present Members: Cllr P Batty (Chairman) and Cllr Beck";
        let split = inline_split(line, &Marks::of(line));
        assert_eq!(
            split.map(|(end, rest)| (&line[..end], &line[rest..])),
            Some(("Present", "Members: Cllr P Batty (Chairman) and Cllr Beck"))
        );
        let line = "Planning Applications: the Council considered three";
        let split = inline_split(line, &Marks::of(line));
        assert_eq!(
            split.map(|(end, _)| &line[..end]),
            Some("Planning Applications")
        );
    }

    #[test]
    fn resolution_keywords_and_colons_are_found_as_the_searches_found_them() {
        use crate::text::find_short;
        let pieces = [
            "",
            "RESOLVED",
            "AGREED",
            "RESOLVE",
            "AGREE",
            "D",
            "ED",
            "R",
            "A",
            " ",
            ":",
            "Minutes",
            "é",
            "resolved",
            "AGREEDRESOLVED",
            "RESOLVEDD",
            "DED",
            ": ",
            "x: y",
            "http",
            "HTtP",
            "ttp",
            "p",
        ];
        for t in crate::test_text::joins(&pieces, 3) {
            let searches = find_short(&t, "RESOLVED").or_else(|| find_short(&t, "AGREED"));
            assert_eq!(resolution_keyword(&t), searches, "{t:?}");
            // Past the first 64-byte block of the scan too.
            for t in [t.clone(), format!("{}{t}{t}", "x".repeat(55))] {
                let marks = Marks::of(&t);
                assert_eq!(marks, Marks::by_search(&t), "{t:?}");
                // A title cut from the text holds "http" when the text's first one ends in it.
                for end in (0..=t.len()).filter(|&end| t.is_char_boundary(end)) {
                    let http = marks.http.is_some_and(|at| at + "http".len() <= end);
                    assert_eq!(http, contains_ci_at(&t[..end], "http", 3), "{t:?} {end}");
                }
            }
        }
    }

    #[test]
    fn status_lines_head_unnumbered_items() {
        let text = "Meeting documents\n\nPresent: Councillors A Hale, B Ives.\n\nAPOLOGIES FOR ABSENCE\n\nStatus: Noted\n\nBusiness: There were none.\n\nELECTION OF CHAIR\n\nStatus: Agreed\n\nDecision: It was RESOLVED that Mr C Joss be Chair.\n";
        let lines = crate::lexer::lines(text);
        let got = segment(text, &lines);
        let titles: Vec<_> = got
            .items
            .iter()
            .map(|it| it.title.map(|(s, e)| &text[s..e]))
            .collect();
        assert_eq!(
            titles,
            [Some("APOLOGIES FOR ABSENCE"), Some("ELECTION OF CHAIR")]
        );
    }

    #[test]
    fn cmis_references_run_on_their_last_number() {
        assert_eq!(sequence_value("C 09/025"), 25);
        assert_eq!(sequence_value("82/23"), 82);
        assert_eq!(sequence_value("Cou/285/07-08"), 285);
    }

    /// [`sequence_value`] and [`Scheme::of`] as they were, on characters and `str::parse`:
    /// the rules the byte readings must keep.
    #[test]
    fn numbers_read_on_bytes_as_on_characters() {
        let old_value = |number: &str| -> u64 {
            let mut groups = number
                .split(|c: char| !c.is_ascii_digit())
                .filter(|g| !g.is_empty());
            let first = groups.next();
            let second = groups.next();
            let two_groups = second.is_some() && groups.next().is_none();
            let pick = match second {
                Some(second)
                    if number.starts_with(|c: char| c.is_ascii_alphabetic())
                        && two_groups
                        && !number.contains('-') =>
                {
                    second
                }
                _ => first.unwrap_or("0"),
            };
            pick.parse().unwrap_or(0)
        };
        let old_scheme = |number: &str| Scheme {
            prefixed: number.starts_with(|c: char| c.is_ascii_alphabetic()),
            slashed: number.contains('/'),
            year_dotted: is_year_dotted(number.as_bytes()),
            outline: number.starts_with(|c: char| c.is_ascii_alphabetic())
                && !number.contains(|c: char| c.is_ascii_digit()),
            decimal: !number.starts_with(|c: char| c.is_ascii_alphabetic())
                && !number.contains('/')
                && !is_year_dotted(number.as_bytes())
                && number.split_once('.').is_some_and(|(a, b)| {
                    [a, b].iter().all(|p| {
                        (1..=2).contains(&p.len()) && p.bytes().all(|c| c.is_ascii_digit())
                    })
                }),
        };
        let pieces = [
            "C",
            "Cou",
            " ",
            "/",
            "-",
            ".",
            "0",
            "09",
            "285",
            "é",
            "a",
            "99999999999",
        ];
        for number in crate::test_text::joins(&pieces, 4) {
            assert_eq!(sequence_value(&number), old_value(&number), "{number:?}");
            assert_eq!(Scheme::of(&number), old_scheme(&number), "{number:?}");
        }
        let text = "C 09/025 Declarations of interest.\nNone.\nC 09/026 Minutes\nRESOLVED: That.\n";
        assert_eq!(headings(text).len(), 2);
    }
}
