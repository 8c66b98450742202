//! Other layouts, North American council minutes among them: items are numbered lines
//! ("1."), headings in capitals ("CALL TO ORDER"), or a short heading ending in a colon that
//! starts a line ("Roll Call of Council Members:", "Public Comment: not scheduled ...").
//! Attendance labels ("Attending:", "Members Present:") are never items.

use super::outline::{heading_label, is_letter_label, label_value};
use super::{
    give_lines, item_buffer, next_non_blank, number_line_item, push_body, start_item, words_up_to,
    Segments,
};
use crate::attendance::{is_attendance_label, ROLL_WORDS};
use crate::item::{Piece, RawItem};
use crate::lexer::{self, heading_of, item_number, number_line, number_line_of, Line};

/// Field labels that are not agenda headings.
const FIELD_WORDS: [&str; 42] = [
    "phone",
    "fax",
    "email",
    "e-mail",
    "tel",
    "location",
    "date",
    "time",
    "venue",
    "meeting #",
    "meeting",
    "moved by",
    "seconded by",
    "website",
    // The parts of a recorded vote ("Ayes: Halvorsen, Whitfield", "MOTION: To approve ...").
    "motion",
    "second",
    "ayes",
    "nays",
    "noes",
    "yeas",
    "abstain",
    "abstentions",
    "roll call vote",
    "vote",
    // Legistar's and CivicClerk's vote lines ("Aye: 5 - Mayor Quinn, ...", "Voting Yea: ...").
    "aye",
    "nay",
    "yea",
    "voting aye",
    "voting nay",
    "voting yea",
    "voting no",
    "recused",
    // "ACTION: Motion to approve ...", the record of what was done under an item.
    "action",
    // A vote's lines by name ("Yes: A, B", "No: none") and a roll's late arrivals.
    "yes",
    "no",
    "late",
    // eSCRIBE's motion record ("MOVER:", "SECONDER:", "RESULT: CARRIED") and a delegation's
    // subject and speaker under its title ("Re: 2031 Garden Grant", "Presenter: A Hale").
    "mover",
    "seconder",
    "result",
    "re",
    "presenter",
    "presenters",
];

pub(crate) fn segment<'a>(_input: &str, lines: &'a [Line<'a>]) -> Segments<'a> {
    let mut items: Vec<RawItem<'a>> = item_buffer();
    let mut first_item_line = None;
    let mut skip_to = 0;
    // The lines before the first blank line name the body and the meeting, in capitals as
    // often as not: they are not items. Nor are those down to the meeting's date line when
    // one of the first lines is one: text converted double-spaced has a blank line after
    // every line ("TOWNSHIP OF PINECREST" / blank / "REGULAR MEETING ..." / blank /
    // "Tuesday, April 8, 2025").
    let first_text = lines
        .iter()
        .position(|l| !l.is_blank())
        .unwrap_or(lines.len());
    let first_blank = lines[first_text..]
        .iter()
        .position(|l| l.is_blank())
        .map(|b| first_text + b)
        .map(|b| date_line_end(lines, first_text).map_or(b, |d| d.max(b)));
    // A page without blank lines: the end of its date line, if its first line is one and a
    // sentence follows it ("November 3, 2008" / "A Workshop Meeting of the ..." / "PLEDGE
    // OF ALLEGIANCE"). A line in capitals after a date line lower down, or after one not
    // followed by a sentence, may still be the head's ("Wednesday, June 27, 2012" / "2030 -
    // 2034 COUNCIL" / "Present: ..."; "June 6, 2022 Meeting Minutes" / a notice / "AGENDA").
    let head_date_end = match first_blank {
        None => date_line_end(lines, first_text)
            .filter(|&d| d == first_text + 1)
            .filter(|&d| lines.get(d).is_some_and(|l| opens_a_sentence(l.text))),
        Some(_) => None,
    };
    // The page's left margin: the least indent of its lines of text (text laid out from a
    // PDF may indent every line).
    let margin = lines
        .iter()
        .filter(|l| !l.is_blank())
        .map(|l| l.indent)
        .min()
        .unwrap_or(0);
    // Where the last item's whole lines start: they run to the next item's first line.
    let mut body_from = 0;
    // The last outline label's value and whether it counts by letters: a title in title
    // case after a label must start the outline or continue it.
    let mut outline = (0u32, false);
    // The next number of a numbered list inside an item's minutes, while one runs.
    let mut list_next = None;
    // Whether an item numbered on its title's line was read.
    let mut numbered = false;
    for (i, line) in lines.iter().enumerate() {
        if i < skip_to {
            continue;
        }
        // The number is read once and asked both questions: a heading, a number alone.
        let read = item_number(line.text);
        if let Some(mut item) = read.and_then(|read| numbered_title_line(line, read, margin)) {
            if in_numbered_list(&mut list_next, item.number, &items, lines, i) {
                continue;
            }
            wrapped_title_end(&mut item, line, lines.get(i + 1));
            if let Some(last) = items.last_mut() {
                give_lines(last, lines, body_from, i);
            }
            items.push(item);
            first_item_line.get_or_insert(i);
            body_from = i + 1;
            numbered = true;
            continue;
        }
        // "a. Reappointment of ...", "b) Motion to Rise and Report.": a sub-item by its
        // letter alone, under the last numbered item.
        if read.is_none() {
            if let Some(item) = letter_sub_item(line, &items) {
                if let Some(last) = items.last_mut() {
                    give_lines(last, lines, body_from, i);
                }
                items.push(item);
                body_from = i + 1;
                continue;
            }
        }
        // "5.1 Report One", or "5.1" alone with its title on the next line (eSCRIBE), under
        // item 5: a sub-item.
        let sub = read
            .filter(|_| line.text.as_bytes().first().is_some_and(u8::is_ascii_digit))
            .and(parent_number(&items))
            .and_then(|parent| sub_item(line.text, parent));
        if let Some((number, Some(title_at))) = sub {
            let title = &line.text[title_at..];
            if line.indent <= margin
                && !title.ends_with('.')
                && words_up_to(title, 17) <= 16
                && reads_as_title(title)
            {
                if let Some(last) = items.last_mut() {
                    give_lines(last, lines, body_from, i);
                }
                items.push(start_item(
                    Some((number, line.start)),
                    Some((line.start + title_at, line.end())),
                    line.end(),
                ));
                body_from = i + 1;
                continue;
            }
        }
        // "A)" alone, its title on the next line, under item "2." (eSCRIBE's PDF text).
        let lettered = letter_alone(line.text, &items);
        let alone = match read.and_then(number_line_of) {
            Some((number, true)) => Some(number),
            _ if lettered.is_some() => lettered.map(|(letter, _)| letter),
            _ if sub.is_some_and(|(_, title)| title.is_none()) => sub.map(|(number, _)| number),
            _ => lone_label(line.text)
                .filter(|&(_, values)| continues_outline(outline, values))
                .map(|(label, _)| {
                    outline = label_place(label, outline);
                    label
                })
                .or_else(|| item_word_alone(line.text)),
        };
        if let Some(number) = alone {
            let title_line = next_non_blank(lines, i + 1).filter(|&j| {
                lexer::bullet(lines[j].text).is_none() && number_line(lines[j].text).is_none()
            });
            if let Some(last) = items.last_mut() {
                give_lines(last, lines, body_from, i);
            }
            let mut item = number_line_item(lines, i, number, title_line);
            item.under = lettered.map(|(_, under)| under);
            items.push(item);
            first_item_line.get_or_insert(i);
            skip_to = title_line.map_or(i + 1, |j| j + 1);
            body_from = skip_to;
            continue;
        }
        // A page without a blank line (Laserfiche's text) has its title block down to the
        // first item read, or to its date line when one of its first lines is one.
        let in_title_block = match first_blank {
            Some(b) => i < b,
            None => first_item_line.is_none() && head_date_end.is_none_or(|d| i < d),
        };
        // "CALL TO ORDER" opens the minutes wherever it stands: the title block ends there.
        let heading = heading(line.text)
            .filter(|_| {
                !in_title_block
                    || memchr::memchr(b':', line.text.as_bytes()).is_some()
                    || crate::text::starts_with_folded(line.text, "call to order")
            })
            .or_else(|| {
                labelled_title(line.text, || under_number(&items))
                    .filter(|&(_, value)| {
                        !in_title_block
                            && line.indent <= margin
                            && continues_outline(outline, value)
                    })
                    .map(|(len, _)| len)
            });
        // On a page without blank lines, a line in capitals between numbered items heads
        // them only when one follows it ("PUBLIC HEARINGS" / "6. Public Hearing ..."): others
        // are an item's sub-headings ("1. INFORMAL OPEN FORUM" / "CALL TO ORDER ...") or a
        // running header ("11/13/18 -2- DRAFT").
        let heading = heading.filter(|&len| {
            first_blank.is_some()
                || !numbered
                || len < line.text.len()
                || line.text.ends_with(':')
                || next_non_blank(lines, i + 1).is_some_and(|j| {
                    item_number(lines[j].text)
                        .is_some_and(|r| numbered_title_line(&lines[j], r, margin).is_some())
                })
        });
        // "... BEGINNING OCTOBER 1, 2031, AND" / "ENDING SEPTEMBER 30, 2032: ...": a line
        // that carries on the sentence above it is none.
        let heading = heading.filter(|_| i == 0 || !runs_on(lines[i - 1].text));
        // "CONSENT AGENDA" / "A. Approval of the Minutes of April 6, 2031." / "B. ...": the
        // lettered entries under an unnumbered heading, each a sentence.
        if heading.is_none() && !in_title_block {
            if let Some((item, through)) = lettered_sentence(lines, i, &items, body_from) {
                if let Some(last) = items.last_mut() {
                    give_lines(last, lines, body_from, i);
                }
                items.push(item);
                skip_to = through + 1;
                body_from = skip_to;
                continue;
            }
        }
        if let Some(title_len) = heading {
            // "I. CALL TO ORDER", "A. Roll Call:", "ITEM 1 - CALL TO ORDER": the outline
            // label is the item's number.
            let label = heading_label(&line.text[..title_len]);
            let title_from = label.map_or(0, |(_, at)| at);
            if let Some((n, _)) = label {
                outline = label_place(n, outline);
            }
            let mut item = start_item(
                label.map(|(n, _)| (n, line.start)),
                Some((line.start + title_from, line.start + title_len)),
                line.end(),
            );
            let rest = line.text[title_len..].trim_start_matches([':', ' ']);
            if !rest.is_empty() {
                push_body(
                    &mut item,
                    Piece {
                        start: line.end() - rest.len(),
                        end: line.end(),
                        indent: 0,
                    },
                );
            }
            if let Some(last) = items.last_mut() {
                give_lines(last, lines, body_from, i);
            }
            items.push(item);
            first_item_line.get_or_insert(i);
            body_from = i + 1;
            continue;
        }
    }
    if let Some(last) = items.last_mut() {
        give_lines(last, lines, body_from, lines.len());
    }
    Segments {
        header_end: first_item_line.unwrap_or(lines.len()),
        items,
        diagnostics: Vec::new(),
    }
}

/// Whether a numbered line numbered `number` is a line of a list in the last item's
/// minutes rather than an item: a list starts at "1" after a line ending in a colon ("the
/// three parts of the training will be:") once items numbered 2 or more were read, and runs
/// while its numbers follow ("2", "3"); `list_next` holds its next number.
fn in_numbered_list(
    list_next: &mut Option<u32>,
    number: Option<&str>,
    items: &[RawItem<'_>],
    lines: &[Line<'_>],
    i: usize,
) -> bool {
    let Some(n) = number.and_then(|n| n.parse::<u32>().ok()) else {
        *list_next = None;
        return false;
    };
    if let Some(next) = *list_next {
        if n == next {
            *list_next = Some(n + 1);
            return true;
        }
        *list_next = None;
        return false;
    }
    let after_colon = lines[..i]
        .iter()
        .rev()
        .find(|l| !l.is_blank())
        .is_some_and(|l| l.text.ends_with(':'));
    let numbered_past_one = items
        .last()
        .and_then(|it| it.under.or(it.number))
        .and_then(|n| n.parse::<u32>().ok())
        .is_some_and(|last| last >= 2);
    if n == 1 && after_colon && numbered_past_one {
        *list_next = Some(2);
        return true;
    }
    false
}

/// "a. Reappointment of Commissioner A Hale", "b) Motion to Adopt the Agenda.", "(c) Added
/// Item": a sub-item numbered by a lower-case letter alone, under the last item when that is
/// numbered by digits ("a" then) or is the sub-item of the letter before ("b" after "a"). Its
/// title reads as one ([`reads_as_title`], at most twelve words, a full stop only after
/// eight or fewer): a lettered list of conditions in an item's minutes is no sub-item.
fn letter_sub_item<'a>(line: &Line<'a>, items: &[RawItem<'a>]) -> Option<RawItem<'a>> {
    let text = line.text;
    let b = text.as_bytes();
    // Most lines are turned away by their first byte.
    let at = match b.first()? {
        b'(' => 1,
        c if c.is_ascii_lowercase() => 0,
        _ => return None,
    };
    let letter = *b.get(at)?;
    let mark = *b.get(at + 1)?;
    if !letter.is_ascii_lowercase() || !(mark == b')' || (at == 0 && mark == b'.')) {
        return None;
    }
    let last = items.last()?;
    let (under, expected) = match (last.number, last.under) {
        (Some(n), None)
            if !n.is_empty() && n.len() <= 3 && n.bytes().all(|c| c.is_ascii_digit()) =>
        {
            (n, b'a')
        }
        (Some(l), Some(under)) => (under, l.as_bytes().first()? + 1),
        _ => return None,
    };
    if letter != expected {
        return None;
    }
    let gap = crate::text::space_len(&text[at + 2..]);
    let title_at = at + 2 + gap;
    let title = &text[title_at..];
    let words = words_up_to(title, 13);
    let titled = gap > 0
        && title.starts_with(|c: char| c.is_uppercase())
        && words <= 12
        && (!title.ends_with('.') || words <= 8)
        && reads_as_title(title);
    if !titled {
        return None;
    }
    // The span starts at the line, so that "(a)" keeps its opening bracket.
    let mut item = start_item(
        Some((&text[at..at + 1], line.start)),
        Some((line.start + title_at, line.end())),
        line.end(),
    );
    item.under = Some(under);
    Some(item)
}

/// "A. Approval of the Minutes for the Meeting of April 6, 2031." under "CONSENT AGENDA":
/// a capital, a dot and a title that reads as one ([`reads_as_title`], up to sixteen
/// words), where the letters run from "A" on the line after an unnumbered heading (its
/// minutes not begun) and each next letter follows the item before. A title the line's
/// wrap cut (after a comma, or a word of [`WRAPPED_TITLE_ENDS`]) runs on to the next line
/// when that one ends the sentence ("... for the Meetings of May 4, 2031," / "June 1, 2031
/// and July 6, 2031."). Returns the
/// item and the index of its title's last line.
fn lettered_sentence<'a>(
    lines: &'a [Line<'a>],
    i: usize,
    items: &[RawItem<'a>],
    body_from: usize,
) -> Option<(RawItem<'a>, usize)> {
    let line = &lines[i];
    let b = line.text.as_bytes();
    let (letter, rest) = match b {
        [l @ b'A'..=b'Z', b'.', b' ', ..] => (*l, &line.text[3..]),
        _ => return None,
    };
    let last = items.last()?;
    let follows = match last.number.map(str::as_bytes) {
        None => letter == b'A' && lines[body_from..i].iter().all(|l| l.is_blank()),
        Some(&[l]) => last.under.is_none() && l.is_ascii_uppercase() && letter == l + 1,
        Some(_) => false,
    };
    let title = rest.trim_start_matches(' ');
    if !follows
        || !title.starts_with(|c: char| c.is_uppercase())
        || words_up_to(title, 17) > 16
        || !reads_as_title(title)
    {
        return None;
    }
    let title_at = line.text.len() - title.len();
    let mut end = (line.end(), i);
    let cut = title.ends_with(',') || ends_mid_title(title);
    if cut {
        if let Some(next) = lines.get(i + 1).filter(|n| {
            n.text.ends_with('.')
                && words_up_to(n.text, 17) <= 16
                && !matches!(n.text.as_bytes(), [b'A'..=b'Z', b'.', b' ', ..])
        }) {
            end = (next.end(), i + 1);
        }
    }
    let item = start_item(
        Some((&line.text[..1], line.start)),
        Some((line.start + title_at, end.0)),
        end.0,
    );
    Some((item, end.1))
}

/// "A)", "(b)": a letter and its bracket alone on a line, a sub-item whose title is on the
/// next, under the last item when that is numbered by digits ("A" then) or is the sub-item
/// of the letter before ("B" after "A"): the letter and the number it is under.
fn letter_alone<'a>(text: &'a str, items: &[RawItem<'a>]) -> Option<(&'a str, &'a str)> {
    let b = text.as_bytes();
    let at = match b {
        [_, b')'] => 0,
        [b'(', _, b')'] => 1,
        _ => return None,
    };
    let letter = b[at];
    if !letter.is_ascii_alphabetic() {
        return None;
    }
    let last = items.last()?;
    let under = match (last.number.map(str::as_bytes), last.under) {
        (Some(n), None) if (1..=3).contains(&n.len()) && n.iter().all(u8::is_ascii_digit) => {
            (letter | 0x20 == b'a').then_some(last.number?)?
        }
        (Some(&[l]), Some(under)) if letter == l + 1 => under,
        _ => return None,
    };
    Some((&text[at..at + 1], under))
}

/// "Item 5." or "ITEM 5" alone on its line, the title on the next (CivicClerk): the
/// number.
fn item_word_alone(text: &str) -> Option<&str> {
    if !crate::text::starts_with_folded(text, "item ") {
        return None;
    }
    let rest = text[5..].trim_start_matches(' ');
    item_number(rest).and_then(number_line_of).map(|(n, _)| n)
}

/// Whether a sub-item's title reads as a title rather than a numbered paragraph of the
/// minutes ("5.1 Members approved the payments listed"): at most one of its words of four
/// letters or more starts in lower case ("Purchase of Snow Plow", "Approval of the
/// minutes of May 6").
fn reads_as_title(title: &str) -> bool {
    title
        .split_whitespace()
        .filter(|w| w.len() > 3 && w.starts_with(|c: char| c.is_lowercase()))
        .nth(1)
        .is_none()
}

/// Whether the items end in one numbered with a digit, then any lettered under it ("4",
/// "A", "B"): a letter's label then numbers a sub-item.
fn under_number(items: &[RawItem<'_>]) -> bool {
    // Up to the 26 letters back: the walk stays short on a page of unnumbered items.
    items
        .iter()
        .rev()
        .take(27)
        .filter_map(|it| it.number)
        .find(|n| n.len() != 1 || !n.as_bytes()[0].is_ascii_uppercase())
        .is_some_and(|n| n.as_bytes()[0].is_ascii_digit())
}

/// The leading digits of the last item's number ("5" of "5" or "5.1"), under which a
/// sub-item is numbered: none when that number starts with no digit.
fn parent_number<'a>(items: &[RawItem<'a>]) -> Option<&'a str> {
    let number = items.last()?.number?;
    let digits = number.bytes().take_while(u8::is_ascii_digit).count();
    (digits > 0).then(|| &number[..digits])
}

/// A sub-item's number under the item numbered `parent` at the start of `text` ("5.1",
/// "5.a", "5a", "5A" under "5", with or without a dot or bracket after it), without the dot or
/// bracket, and where its title starts: `None` when the number stands alone on its line.
/// The title starts with a capital. "5.12.3", "5 cars" and "50" are none.
fn sub_item<'a>(text: &'a str, parent: &str) -> Option<(&'a str, Option<usize>)> {
    let b = text.as_bytes();
    if !b.starts_with(parent.as_bytes()) {
        return None;
    }
    let mut at = parent.len();
    let dotted = b.get(at) == Some(&b'.');
    at += usize::from(dotted);
    let digits = b[at..]
        .iter()
        .take(3)
        .take_while(|c| c.is_ascii_digit())
        .count();
    at += match (digits, b.get(at)) {
        (1 | 2, _) if dotted => digits,
        (0, Some(c)) if c.is_ascii_alphabetic() => 1,
        _ => return None,
    };
    let number = &text[..at];
    at += usize::from(matches!(b.get(at), Some(b'.' | b')')));
    if at == b.len() {
        return Some((number, None));
    }
    let gap = crate::text::space_len(&text[at..]);
    let title = at + gap;
    let capital = text[title..].starts_with(|c: char| c.is_uppercase());
    (gap > 0 && capital).then_some((number, Some(title)))
}

/// Whether a line reads as the start of a sentence: a capital, then four words or more, some
/// in lower case, and no colon (no label, no line in capitals).
fn opens_a_sentence(text: &str) -> bool {
    text.starts_with(|c: char| c.is_ascii_uppercase())
        && words_up_to(text, 4) >= 4
        && text.bytes().any(|b| b.is_ascii_lowercase())
        && memchr::memchr(b':', text.as_bytes()).is_none()
}

/// The index after the meeting's date line, if one of the first six non-blank lines from
/// `from` is a short line that starts with a date ("Tuesday, April 8, 2025").
fn date_line_end(lines: &[Line<'_>], from: usize) -> Option<usize> {
    lines[from..]
        .iter()
        .enumerate()
        .filter(|(_, l)| !l.is_blank())
        .take(6)
        .find(|(_, l)| l.text.len() <= 60 && crate::date::date(l.text).is_ok())
        .map(|(k, _)| from + k + 1)
}

/// "1. Resolution 2025-07, Fire Department Equipment Grant": a numbered item with its title,
/// not indented past the page's `margin` (indented numbered lines are clauses of a motion).
/// `read` is the line's [`item_number`].
fn numbered_title_line<'a>(
    line: &Line<'a>,
    read: (&'a str, &'a str),
    margin: usize,
) -> Option<RawItem<'a>> {
    if line.indent > margin {
        return None;
    }
    let bracketed = bracketed_title(line.text, read);
    let (number, title_at) = match bracketed {
        Some((number, title_at, _)) => (number, title_at),
        None => heading_of(line.text, read)?,
    };
    let whole = &line.text[title_at..];
    // "7. Delegations: None": the title ends at its colon; the rest says nothing was done.
    // "2) Agenda: The Clerk added ...": a bracketed number's title ends at its colon too.
    let nothing = nothing_after_colon(whole).or(bracketed.and_then(|(_, _, after)| after));
    let title = nothing.map_or(whole, |(colon, _)| &whole[..colon]);
    let dotted = bracketed.is_some() || line.text[number.len()..].starts_with('.');
    if !dotted || title.ends_with('.') || words_up_to(title, 13) > 12 {
        return None;
    }
    let title_end = line.start + title_at + title.len();
    let mut item = start_item(
        Some((number, line.start)),
        Some((line.start + title_at, title_end)),
        line.end(),
    );
    if let Some((_, rest)) = nothing {
        push_body(
            &mut item,
            Piece {
                start: line.start + title_at + rest,
                end: line.end(),
                indent: 0,
            },
        );
    }
    Some(item)
}

/// Where a title's colon is and where the words after it start.
type ColonSplit = (usize, usize);

/// "1) Call to order: The meeting was ...", "2.) Public Comments: None": an item numbered
/// with a bracket (after the dot or not), one or two digits, its title starting with a
/// capital. Returns the number, where the title starts, and, when a colon ends the title
/// within its first eight words and five words or more follow it (or none: "2) Agenda:"),
/// where the colon is and where the words after it start (the item's first minutes).
fn bracketed_title<'a>(
    text: &'a str,
    (rest, n): (&'a str, &'a str),
) -> Option<(&'a str, usize, Option<ColonSplit>)> {
    let after = rest.strip_prefix(')').or_else(|| rest.strip_prefix(".)"))?;
    if n.len() > 2 || !n.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let title = after.trim_start_matches(' ');
    if title.len() == after.len() || !title.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let title_at = text.len() - title.len();
    // "3) Approval of Budget Entries: #BE3-018 and #BE3-019": a few words after the colon
    // are the title's own.
    let colon = memchr::memchr(b':', title.as_bytes())
        .filter(|&c| {
            let after = words_up_to(&title[c + 1..], 5);
            words_up_to(&title[..c], 9) <= 8 && (after == 0 || after >= 5)
        })
        .map(|c| (c, c + 1 + crate::text::space_len(&title[c + 1..])));
    Some((n, title_at, colon))
}

/// The words a title cut by the line's wrap ends with: a title does not end so.
/// Whether a title's last word is one of [`WRAPPED_TITLE_ENDS`]: the wrap cut it.
fn ends_mid_title(title: &str) -> bool {
    let last = title.rsplit(' ').next().unwrap_or("");
    WRAPPED_TITLE_ENDS
        .iter()
        .any(|w| last.eq_ignore_ascii_case(w))
}

/// Words no title ends with ("... Located at" / "approximately 12 Elm Lane"): a title that
/// does was cut by the line's wrap.
const WRAPPED_TITLE_ENDS: [&str; 12] = [
    "at", "of", "the", "for", "to", "and", "in", "on", "by", "with", "from", "a",
];

/// "6. Public Hearing \u{2013} (12-345) Elm Chapel \u{2013} CUP \u{2013} Located at" /
/// "approximately 12 Elm Ln, the application is to ...": a numbered title that ends in a
/// word no title ends with ([`WRAPPED_TITLE_ENDS`]), over a line that starts in lower case,
/// runs on to that line's first comma, semicolon or full stop (the sentence after it is the
/// item's minutes). A next line without one leaves the title as it is.
fn wrapped_title_end(item: &mut RawItem<'_>, line: &Line<'_>, next: Option<&Line<'_>>) {
    let (Some((start, end)), Some(next)) = (item.title, next) else {
        return;
    };
    if !next.text.starts_with(|c: char| c.is_ascii_lowercase()) {
        return;
    }
    let Some(title) = line.text.get(start - line.start..end - line.start) else {
        return;
    };
    if !ends_mid_title(title) {
        return;
    }
    // "1. THE" / "a. CARRIED": a next line that opens with a label is a sub-item's heading,
    // outside this item, not the rest of its title.
    if matches!(next.text.as_bytes(), [c, b'.' | b')', b' ', ..] | [_, c, b'.' | b')', b' ', ..] if c.is_ascii_alphanumeric())
    {
        return;
    }
    if let Some(at) = memchr::memchr3(b',', b';', b'.', next.text.as_bytes()) {
        if words_up_to(&next.text[..at], 9) <= 8 {
            item.title = Some((start, next.start + at));
        }
    }
}

/// "Delegations: None", "Disclosure of Interest: Nil.": a title whose colon is followed by
/// "None", "Nil" or "N/A" and at most two more words, what the minutes record of an item
/// where nothing was done. Returns where the colon is and where the words after it start.
/// "Public Hearing: Rezoning of 12 Elm Street" keeps its whole title.
fn nothing_after_colon(title: &str) -> Option<(usize, usize)> {
    let colon = memchr::memchr(b':', title.as_bytes())?;
    let after = &title[colon + 1..];
    let rest = after.trim_start();
    let said = ["none", "nil", "n/a"].iter().any(|w| {
        crate::text::starts_with_folded(rest, w)
            && !rest
                .as_bytes()
                .get(w.len())
                .is_some_and(u8::is_ascii_alphanumeric)
    });
    (said && words_up_to(rest, 4) <= 3).then(|| (colon, title.len() - rest.len()))
}

/// "A. Call to Order", "IV. New Business", "3 Roll Call", "1.0 Call to Order": a title in
/// title case after an outline label ([`heading_label`]), short and no sentence (it starts
/// with a capital, none of its words of four letters or more starts in lower case, and it
/// ends with no full stop). A line in capitals is read by [`heading`]. Returns the line's
/// length and the label's value, read as a numeral and as a letter ([`label_value`]).
///
/// Under a numbered item (`under_number` asks [`under_number`], only then) a single letter's title may
/// hold one word of four letters or more in lower case, as a sub-item's ([`reads_as_title`]):
/// "4. CONSENT AGENDA" / "A. Approval of minutes of May 6, 2025".
fn labelled_title(text: &str, under_number: impl FnOnce() -> bool) -> Option<(usize, (u32, u32))> {
    // A digit, or a capital then a dot, a bracket, a capital or the "t" of "Item": most
    // lines ("The Mayor ...") are turned away by their first two bytes.
    let b = text.as_bytes();
    let may_be_label = match b.first() {
        Some(c) if c.is_ascii_digit() => true,
        Some(c) if c.is_ascii_uppercase() => {
            matches!(b.get(1), Some(b'.' | b')' | b'A'..=b'Z' | b't'))
        }
        _ => false,
    };
    if !may_be_label {
        return None;
    }
    let (label, at) = heading_label(text)?;
    let title = &text[at..];
    if !title.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let title_case = title
        .split_whitespace()
        .filter(|w| w.len() > 3)
        .all(|w| w.starts_with(|c: char| !c.is_lowercase()))
        || (label.len() == 1 && reads_as_title(title) && under_number());
    let values = (
        label_value(label, false).unwrap_or(0),
        label_value(label, true).unwrap_or(0),
    );
    (title_case && !title.ends_with('.') && words_up_to(title, 13) <= 12)
        .then_some((text.len(), values))
}

/// The outline's place after label `n` (its value, and whether it counts by letters), the
/// outline's place before it being `last`.
fn label_place(n: &str, last: (u32, bool)) -> (u32, bool) {
    let letters = is_letter_label(n) || (last.1 && n.len() == 1);
    (label_value(n, letters).unwrap_or(0), letters)
}

/// The words a wrapped sentence's line may end with: a comma, or "and", "or", "of", "the".
const RUN_ON_ENDS: [&str; 4] = [" and", " or", " of", " the"];

/// Whether a line breaks off a sentence that the next line carries on: it ends in a comma
/// or in one of the [`RUN_ON_ENDS`] (any case).
fn runs_on(text: &str) -> bool {
    let b = text.as_bytes();
    b.last() == Some(&b',')
        || RUN_ON_ENDS.iter().any(|w| {
            b.len() >= w.len() && b[b.len() - w.len()..].eq_ignore_ascii_case(w.as_bytes())
        })
}

/// "IV.", "B.": a letter or Roman numeral and its dot alone on a line, the title on the
/// next (a number alone is read as [`number_line`] reads it), with the label's values read
/// as a numeral and as a letter.
fn lone_label(text: &str) -> Option<(&str, (u32, u32))> {
    let label = text.strip_suffix('.')?;
    let b = label.as_bytes();
    if b.is_empty() || b.len() > 6 || !b.iter().all(u8::is_ascii_uppercase) {
        return None;
    }
    // A numeral as [`label_value`] reads it, or a single letter.
    let values = (label_value(label, false)?, label_value(label, true)?);
    Some((label, values))
}

/// Whether a label of `values` (read as a numeral, and as a letter) starts an outline ("A",
/// "I") or follows the `last` label's value (of an outline by letters or not) by one or two:
/// "S. Chambers, Clerk" in a list of staff is no item.
fn continues_outline(last: (u32, bool), values: (u32, u32)) -> bool {
    let value = if last.1 { values.1 } else { values.0 };
    value == 1 || values.1 == 1 || (last.0 > 0 && value > last.0 && value <= last.0 + 2)
}

/// Whether `phrase`, lower-cased and trimmed, is one of the [`FIELD_WORDS`]. Compared
/// ignoring ASCII case, without a lower-cased copy: only ASCII lower-cases to these words
/// (the one other character that lower-cases to ASCII is the Kelvin sign, to a "k", which
/// no field word holds).
fn is_field_word(phrase: &str) -> bool {
    let phrase = phrase.trim();
    FIELD_WORDS.iter().any(|w| phrase.eq_ignore_ascii_case(w))
}

/// The last words of a label over a list of people ("P&Z Commissioners:", "City Staff and
/// Others:"), which the roll call's heading may end with too ("Roll Call of Council
/// Members:").
const LIST_LABEL_WORDS: [&str; 7] = [
    "commissioners",
    "members",
    "staff",
    "others",
    "trustees",
    "administration",
    "attendance",
];

/// Whether a short title-case phrase before a colon labels something other than an agenda
/// item: a list of people ([`LIST_LABEL_WORDS`], not the roll call's heading), the talk on a
/// motion ("Commissioner Discussion on the Motion: None"), or the meeting's name over its
/// items ("Planning & Zoning Meeting:" with nothing after it).
fn labels_no_item(phrase: &str, after: &str) -> bool {
    // "Supervisors in Attendance (Virtual Platform):": the label's words before the bracket.
    let phrase = match phrase.strip_suffix(')') {
        Some(open) => open
            .rfind('(')
            .map_or(phrase, |at| phrase[..at].trim_end_matches(' ')),
        None => phrase,
    };
    let last = phrase.rsplit(' ').next().unwrap_or("");
    (LIST_LABEL_WORDS
        .iter()
        .any(|w| last.eq_ignore_ascii_case(w))
        && !crate::text::starts_with_folded(phrase, "roll call"))
        || last.eq_ignore_ascii_case("motion")
        || (last.eq_ignore_ascii_case("meeting") && after.trim().is_empty())
}

/// Whether a "Roll Call:" line records a vote, its first member's on the same line ("Roll
/// Call:   Mr. Hale ? Yes", "Roll Call Vote: Ames - Aye"): the line is the motion's, no
/// heading. A roll call's heading says none of the words ("Roll Call: all present").
fn is_roll_call_vote(phrase: &str, after: &str) -> bool {
    const VOTES: [&str; 4] = ["yes", "no", "aye", "nay"];
    if !crate::text::starts_with_folded(phrase, "roll call") {
        return false;
    }
    let last = after
        .trim_end_matches(|c: char| c.is_whitespace() || c == '.')
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    VOTES.iter().any(|v| last.eq_ignore_ascii_case(v))
}

/// Whether the text after a colon is only what a roll call says of a member ("Ames:
/// Present", "Diaz: Absent"): the line is the roll's, no heading.
fn is_roll_entry(after: &str) -> bool {
    let word = after.trim_matches(|c: char| c.is_whitespace() || c == '.');
    ROLL_WORDS.iter().any(|(w, _)| word.eq_ignore_ascii_case(w))
}

/// Whether the phrase before a colon reads as running text rather than a heading: it ends a
/// sentence inside it ("Ostrowski. Nays: None") or lists names ("Whitfield, Ruiz, Palko"),
/// as the wrapped end of a roll-call vote does, or names a speaker by their address ("Ann
/// Hale, 812 Birch Street SE: asked ...", a public forum's speakers).
fn reads_as_prose(phrase: &str) -> bool {
    // One pass over a few words' bytes (a string searcher's setup cost more than the phrase).
    let b = phrase.as_bytes();
    let mut commas = 0;
    for (i, &c) in b.iter().enumerate() {
        match c {
            b'.' if b.get(i + 1) == Some(&b' ') => return true,
            b',' if is_house_number(&b[i + 1..]) => return true,
            b',' => commas += 1,
            _ => {}
        }
    }
    commas >= 2
}

/// Whether `b` starts with a space, a house number and a capital (" 812 Birch Street").
fn is_house_number(b: &[u8]) -> bool {
    let digits = b.iter().skip(1).take_while(|c| c.is_ascii_digit()).count();
    b.first() == Some(&b' ')
        && digits > 0
        && b.get(digits + 1) == Some(&b' ')
        && b.get(digits + 2).is_some_and(u8::is_ascii_uppercase)
}

/// The length of a heading at the start of the line, if the line starts one: a short phrase
/// in title case ending in a colon, or a line in capitals.
fn heading(text: &str) -> Option<usize> {
    // A line starting with a lower-case ASCII letter is neither: the phrase before a colon
    // starts with a capital, and a line in capitals has no lower-case letter. Most lines of
    // running text are turned away here, before the search for a colon.
    if text.as_bytes().first().is_some_and(u8::is_ascii_lowercase) {
        return None;
    }
    // The colon by memchr: `split_once(':')` set up a character searcher for every line.
    if let Some(mut colon) = memchr::memchr(b':', text.as_bytes()) {
        // "Public Hearing 6:30 P.M.: Presentation of ...": a clock time in the heading, the
        // colon after it ends the heading.
        if after_time_colon(text, colon) {
            colon = match time_then_colon(&text[colon + 1..]) {
                Some(len) => colon + 1 + len,
                None => colon,
            };
        }
        let phrase = &text[..colon];
        // The cheap tests first: most phrases before a colon are no heading. The words
        // are counted once (at most six pass), and the lower-case copy is made last.
        if !phrase.starts_with(|c: char| c.is_uppercase()) {
            return None;
        }
        let words = words_up_to(phrase, 9);
        if words > 8 {
            return None;
        }
        // A word in brackets counts by its first letter ("ROLL CALL (Present):").
        let title_case = phrase.split_whitespace().filter(|w| w.len() > 3).all(|w| {
            w.trim_start_matches('(')
                .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        });
        let heading = words >= 1
            && title_case
            && (!phrase.bytes().any(|b| b.is_ascii_digit()) || !after_time_colon(text, colon))
            && !reads_as_prose(phrase)
            && !is_attendance_label(phrase)
            && !is_field_word(phrase)
            && !is_roll_entry(&text[colon + 1..])
            && !is_roll_call_vote(phrase, &text[colon + 1..])
            && !labels_no_item(phrase, &text[colon + 1..]);
        return heading.then_some(phrase.len());
    }
    // A line in capitals has no ASCII lower-case letter: most lines are turned away by the
    // first few bytes.
    if text.bytes().any(|b| b.is_ascii_lowercase()) {
        return None;
    }
    // Nor has fewer than four letters, which a line of figures or dotted numbers has: it is
    // turned away before its chars are decoded and counted. A capital or any byte of a
    // non-ASCII char is counted, so no more letters than this can be found below.
    if text
        .bytes()
        .filter(|&b| b.is_ascii_uppercase() || b >= 0x80)
        .count()
        < 4
    {
        return None;
    }
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    let words = words_up_to(text, 9);
    let capitals = letters >= 4
        && text
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
    let sized = (2..=8).contains(&words) || (words == 1 && letters >= 6);
    (capitals
        && sized
        && (!text.contains("MINUTES") || heading_label(text).is_some() || minutes_item(text))
        && !text.starts_with("THAT ")
        && !is_attendance_label(text)
        && !is_outcome_line(text)
        && !is_motion_reference(text)
        && !is_roll_row(text))
    .then_some(text.len())
}

/// The length of a clock time's minutes and meridiem ("30 P.M.", "00pm") that `rest` starts
/// with, if a colon follows them there.
fn time_then_colon(rest: &str) -> Option<usize> {
    let b = rest.as_bytes();
    let end = memchr::memchr(b':', &b[..b.len().min(12)])?;
    let time = end >= 2
        && b[..2].iter().all(u8::is_ascii_digit)
        && b[2..end]
            .iter()
            .all(|c| matches!(c, b' ' | b'.' | b'a' | b'p' | b'm' | b'A' | b'P' | b'M'));
    time.then_some(end)
}

/// Whether the colon at `colon` is a clock time's ("7:00"), which a phrase holding digits
/// may end at: such a phrase is no heading ("Meeting held at 7:00"), while a title may hold
/// a year ("Committee Liaison Assignments for 2009:").
fn after_time_colon(text: &str, colon: usize) -> bool {
    text.as_bytes()
        .get(colon + 1)
        .is_some_and(u8::is_ascii_digit)
}

/// The titles a roll table in capitals names each member by.
const ROLL_TITLES: [&str; 13] = [
    "MAYOR",
    "COUNCILMEMBER",
    "COUNCIL",
    "COUNCILLOR",
    "COUNCILOR",
    "COUNCILMAN",
    "COUNCILWOMAN",
    "COMMISSIONER",
    "TRUSTEE",
    "ALDERMAN",
    "ALDERPERSON",
    "SUPERVISOR",
    "VICE",
];

/// Whether a line in capitals is a row of a roll table ("COUNCILMEMBER AMES PRESENT",
/// "MAYOR RUIZ ABSENT"): a member's title, a name, and one of the roll's words last. No
/// heading: the roll-call item reads it.
fn is_roll_row(text: &str) -> bool {
    let mut words = text.split_whitespace();
    let (Some(first), Some(last)) = (words.next(), words.next_back()) else {
        return false;
    };
    words.next().is_some()
        && ROLL_TITLES.contains(&first)
        && ROLL_WORDS
            .iter()
            .any(|(w, _)| last.trim_end_matches('.').eq_ignore_ascii_case(w))
}

/// Whether a line in capitals is only a motion's reference ("RESOLUTION NO. 2025-14",
/// "MOTION #3", "RESOLUTION 2025-14"), as Canadian and American minutes head each motion
/// inside an item: no heading. A reference followed by words ("RESOLUTION NO. 12 - BUDGET")
/// may title an item and stays one.
fn is_motion_reference(text: &str) -> bool {
    let mut words = text.split_whitespace();
    if !matches!(words.next(), Some("RESOLUTION" | "MOTION")) {
        return false;
    }
    let mut number = words.next().unwrap_or("");
    if matches!(number, "NO." | "NO" | "NUMBER" | "#") {
        number = words.next().unwrap_or("");
    }
    number.bytes().any(|b| b.is_ascii_digit()) && words.next().is_none()
}

/// The first words of an item about the minutes of an earlier meeting ("APPROVAL OF
/// MINUTES", "ADOPTION OF THE MINUTES"), which a line in capitals holding "MINUTES" is, where
/// otherwise it is the page's title ("REGULAR MEETING MINUTES").
const MINUTES_ITEM_WORDS: [&str; 7] = [
    "APPROVAL ",
    "APPROVE ",
    "ADOPTION ",
    "ADOPT ",
    "CONFIRMATION ",
    "READING ",
    "CONSIDERATION ",
];

/// Whether a line in capitals holding "MINUTES" is an item about earlier minutes.
fn minutes_item(text: &str) -> bool {
    MINUTES_ITEM_WORDS.iter().any(|w| text.starts_with(w))
}

/// The words in capitals that record a motion's outcome on a line of their own ("CARRIED",
/// "DEFEATED", "MOTION CARRIED", "CARRIED UNANIMOUSLY"), as Canadian and American minutes
/// close each motion: no heading. The first two do whatever follows them; the others only
/// after "MOTION" or before [`OUTCOME_NOTES`] ("APPROVED APPLICATIONS" may head a list).
const OUTCOME_WORDS: [&str; 7] = [
    "CARRIED", "DEFEATED", "LOST", "FAILED", "ADOPTED", "APPROVED", "PASSED",
];

/// The words that may follow an outcome on its line: "APPROVED UNANIMOUSLY", "ADOPTED AS
/// AMENDED".
const OUTCOME_NOTES: [&str; 3] = ["UNANIMOUSLY", "AS", "AMENDED"];

/// Whether a line in capitals is a motion's outcome: its first word, or its second after
/// "MOTION", is one of the [`OUTCOME_WORDS`] ("ITEMS CARRIED FORWARD" stays a heading).
fn is_outcome_line(text: &str) -> bool {
    let mut words = text
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty());
    let first = words.next().unwrap_or("");
    if first == "MOTION" {
        return words.next().is_some_and(|w| OUTCOME_WORDS.contains(&w));
    }
    match OUTCOME_WORDS.iter().position(|w| *w == first) {
        Some(0 | 1) => true,
        Some(_) => words.all(|w| OUTCOME_NOTES.contains(&w)),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `heading` as it was before its quick tests.
    fn heading_without_quick_tests(text: &str) -> Option<usize> {
        // A clock time's colon and its minutes and meridiem, then a colon: the phrase runs
        // to that colon.
        let timed = text.split_once(':').and_then(|(phrase, rest)| {
            let (time, _) = rest.split_once(':')?;
            let minutes = time.get(..2)?;
            (time.len() < 12
                && minutes.chars().all(|c| c.is_ascii_digit())
                && time[2..].chars().all(|c| " .apmAPM".contains(c)))
            .then(|| text.split_at(phrase.len() + 1 + time.len()))
        });
        if let Some((phrase, _)) = timed.or_else(|| text.split_once(':')) {
            let words: Vec<&str> = phrase.split_whitespace().collect();
            let title_case = words.iter().filter(|w| w.len() > 3).all(|w| {
                w.trim_start_matches('(')
                    .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            });
            let lower = phrase.to_lowercase();
            let ok = (1..=8).contains(&words.len())
                && title_case
                && !phrase.contains(". ")
                && phrase.matches(',').count() < 2
                && !phrase.split(", ").skip(1).any(|after| {
                    let number = after.split(' ').next().unwrap_or("");
                    !number.is_empty()
                        && number.chars().all(|c| c.is_ascii_digit())
                        && after[number.len()..]
                            .strip_prefix(' ')
                            .is_some_and(|s| s.starts_with(|c: char| c.is_ascii_uppercase()))
                })
                && phrase.starts_with(|c: char| c.is_uppercase())
                && !FIELD_WORDS.contains(&lower.trim())
                && !is_attendance_label(phrase)
                && (!phrase.contains(|c: char| c.is_ascii_digit())
                    || text[phrase.len() + 1..]
                        .chars()
                        .next()
                        .is_none_or(|c| !c.is_ascii_digit()))
                && !is_roll_entry(&text[phrase.len() + 1..])
                && !is_roll_call_vote(phrase, &text[phrase.len() + 1..])
                && !labels_no_item(phrase, &text[phrase.len() + 1..]);
            return ok.then_some(phrase.len());
        }
        let letters = text.chars().filter(|c| c.is_alphabetic()).count();
        let words = text.split_whitespace().count();
        let capitals = letters >= 4
            && text
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase);
        let sized = (2..=8).contains(&words) || (words == 1 && letters >= 6);
        (capitals
            && sized
            && (!text.contains("MINUTES") || heading_label(text).is_some() || minutes_item(text))
            && !text.starts_with("THAT ")
            && !is_attendance_label(text)
            && !is_outcome_line(text)
            && !is_motion_reference(text)
            && !is_roll_row(text))
        .then_some(text.len())
    }

    #[test]
    fn the_quick_heading_tests_reject_no_heading() {
        for text in [
            "Roll Call of Council Members:",
            "Public Comment: not scheduled on the agenda",
            "CALL TO ORDER",
            "ADJOURNMENT",
            "NONE",
            "PRESENT",
            "Attending: Council Member Flora",
            "Phone: 208.359.3020",
            "Whitfield, Ruiz, Palko, Ostrowski. Nays: None. Motion carried 5-0.",
            "Whitfield, Ruiz: x",
            "Ann Hale, 812 Birch Street SE: x",
            "Ann Hale, 812 birch: x",
            "Ann Hale,812 Birch: x",
            "Whitfield, Ruiz, Palko: x",
            "St. Mary: x",
            "THAT the meeting be called to order",
            "The Mayor said: welcome",
            "One Two Three Four Five Six: x",
            "One Two Three Four Five Six Seven: x",
            "One Two Three Four Five Six Seven Eight Nine: x",
            "Board Liaison Assignments for 2031:",
            "Meeting Called To Order At 7:05 PM",
            "Public Hearing 6:30 P.M.: Presentation of the budget",
            "Public Hearing 6:30pm: x",
            "Public Hearing 6:30 to 7:00: x",
            "Hearing 6:3:",
            "ÉTAT DES LIEUX",
            "ÉTAT DES LIEUx",
            "élan: x",
            "A B C D E F G H I",
            "12 MAIN STREET",
            "",
            ":",
        ] {
            assert_eq!(heading(text), heading_without_quick_tests(text), "{text:?}");
        }
    }

    /// The wrapped end of a roll-call vote is running text, not a heading with its text.
    #[test]
    fn names_and_sentences_before_a_colon_are_no_heading() {
        assert_eq!(
            heading("Whitfield, Ruiz, Palko, Ostrowski. Nays: None. Motion carried 5-0."),
            None
        );
        assert_eq!(heading("Ayes: Halvorsen, Whitfield"), None);
        assert_eq!(heading("MOTION: To approve the agenda"), None);
        assert_eq!(heading("VOTE: 5-0 MOTION CARRIED"), None);
        assert_eq!(heading("ACTION: Motion to approve"), None);
        assert_eq!(heading("Ames: Present"), None);
        assert_eq!(heading("Mayor Ruiz: Absent."), None);
        // A roll call's vote, the first member's on the label's line.
        assert_eq!(heading("Roll Call:          Mr. Hale ? Yes"), None);
        assert_eq!(heading("Roll Call Vote: Ames - Aye."), None);
        assert_eq!(heading("Roll Call: all were present"), Some(9));
        // A word in brackets in title case.
        assert_eq!(
            heading("ROLL CALL  (Present):  Councilmen Al Bee"),
            Some(20)
        );
        assert_eq!(heading("Public Comment: not scheduled"), Some(14));
        assert_eq!(heading("Planning, Zoning: the report"), Some(16));
        // A public forum's speaker by their address.
        assert_eq!(heading("Ann Hale, 812 Birch Street SE: asked why"), None);
    }

    /// The same, over generated lines: colons, title-case and lower-case words, field
    /// words, digits, capitals and non-ASCII letters in every order.
    #[test]
    fn the_quick_heading_tests_agree_on_generated_lines() {
        let pieces = [
            ":",
            " ",
            "Roll",
            "Call",
            "of",
            "Phone",
            "Attending",
            "2",
            "CALL",
            "ÉTAT",
            "é",
            "x",
            "Present",
            "\u{212a}",
            "Date",
            "E-Mail",
            "Moved by",
            "\u{a0}",
            "meeting #",
            "1.1.1.1",
            "30 P.M.",
            ", ",
            ". ",
            "AB",
            "Ω",
            " Yes",
            "(Present)",
        ];
        for text in crate::test_text::joins_up_to(&pieces, 4) {
            assert_eq!(
                heading(&text),
                heading_without_quick_tests(&text),
                "{text:?}"
            );
        }
    }

    #[test]
    fn headings_of_north_american_minutes() {
        assert_eq!(heading("Roll Call of Council Members:"), Some(28));
        // A list's label, with a bracket after it.
        assert_eq!(
            heading("Supervisors in Attendance (Virtual Platform):"),
            None
        );
        assert_eq!(
            heading("Public Comment: not scheduled on the agenda"),
            Some(14)
        );
        assert_eq!(heading("CALL TO ORDER"), Some(13));
        assert_eq!(heading("ADJOURNMENT"), Some(11));
        assert_eq!(heading("NONE"), None);
        assert_eq!(heading("PRESENT"), None);
        assert_eq!(heading("Attending: Council Member Flora"), None);
        assert_eq!(heading("Phone: 208.359.3020"), None);
        assert_eq!(heading("THAT the meeting be called to order"), None);
        assert_eq!(heading("The Mayor said: welcome"), None);
        assert_eq!(
            heading("One Two Three Four Five Six Seven Eight Nine: x"),
            None
        );
        // Seven or eight words, a year: a heading; a clock time's colon: none.
        assert_eq!(
            heading("Roll Call of Harbour and Zoning Commissioners: Roll Call."),
            Some(45)
        );
        assert_eq!(heading("Board Liaison Assignments for 2031:"), Some(34));
        assert_eq!(heading("Meeting Called To Order At 7:05 PM"), None);
        // A clock time in the heading: the colon after it ends the heading.
        assert_eq!(
            heading("Public Hearing 6:30 P.M.: Presentation of the budget"),
            Some(24)
        );
        assert_eq!(heading("Public Hearing 6:30 to 7:00: x"), None);
        assert_eq!(heading("ÉTAT DES LIEUX"), Some("ÉTAT DES LIEUX".len()));
        assert_eq!(heading("ÉTAT DES LIEUx"), None);
    }

    /// Sub-items under their item's number: "5.1", "5.a", "5a)" with a title, or alone.
    #[test]
    fn sub_items_under_their_parent() {
        assert_eq!(sub_item("5.1 Report One", "5"), Some(("5.1", Some(4))));
        assert_eq!(sub_item("5.12. Report", "5"), Some(("5.12", Some(6))));
        assert_eq!(sub_item("5.a Report One", "5"), Some(("5.a", Some(4))));
        assert_eq!(sub_item("5a) Report One", "5"), Some(("5a", Some(4))));
        assert_eq!(sub_item("5A) Report One", "5"), Some(("5A", Some(4))));
        assert_eq!(sub_item("5B Report One", "5"), Some(("5B", Some(3))));
        assert_eq!(sub_item("5.1", "5"), Some(("5.1", None)));
        assert_eq!(sub_item("5.2.", "5"), Some(("5.2", None)));
        assert_eq!(sub_item("5.123 Report", "5"), None);
        assert_eq!(sub_item("5 cars were sold", "5"), None);
        assert_eq!(sub_item("50 Main Street", "5"), None);
        assert_eq!(sub_item("5.1 the report", "5"), None);
        assert_eq!(sub_item("6.1 Report", "5"), None);
        assert_eq!(sub_item("5.1x", "5"), None);
        assert!(reads_as_title("Report CS-2025-04 Tax Write-offs"));
        assert!(reads_as_title("Approval of the minutes of May 6"));
        assert!(!reads_as_title("Members approved the payments listed"));
    }

    /// The numbers of the items `segment` reads in `text`, in order.
    fn item_numbers(text: &str) -> Vec<String> {
        let lines = crate::lexer::lines(text);
        segment(text, &lines)
            .items
            .iter()
            .filter_map(|it| it.number.map(str::to_owned))
            .collect()
    }

    /// The titles `segment` reads in `text` (white space folded), with their numbers.
    fn parsed_titles(text: &str) -> Vec<(Option<String>, String)> {
        let lines = crate::lexer::lines(text);
        segment(text, &lines)
            .items
            .iter()
            .map(|it| {
                let (s, e) = it.title.unwrap_or((0, 0));
                let title = text[s..e].split_whitespace().collect::<Vec<_>>().join(" ");
                (it.number.map(str::to_owned), title)
            })
            .collect()
    }

    /// Lettered sentences under an unnumbered heading are its entries, a title cut by the
    /// wrap running on to the line that ends it; a lettered sentence after the heading's
    /// minutes began, or a letter out of order, is text.
    #[test]
    fn lettered_sentences_under_a_heading() {
        let text = "ELMVALE CITY COUNCIL\nJune 1, 2031\n\nCONSENT AGENDA\nA. Approval of the Minutes of the Meeting of May 4, 2031.\nB. Approval of the Closed Session Minutes for the Meetings of March 2, 2031,\nApril 6, 2031 and May 4, 2031.\nC. Payment of the Bills in the amount of $1,234.00.\nE. Out of Order Entry.\nMotion carried.\nNEW BUSINESS\nThe Council heard a report.\nA. The Council discussed the budget at length.\n";
        let got = parsed_titles(text);
        let want = [
            (None, "CONSENT AGENDA"),
            (Some("A"), "Approval of the Minutes of the Meeting of May 4, 2031."),
            (
                Some("B"),
                "Approval of the Closed Session Minutes for the Meetings of March 2, 2031, April 6, 2031 and May 4, 2031.",
            ),
            (Some("C"), "Payment of the Bills in the amount of $1,234.00."),
            (None, "NEW BUSINESS"),
        ];
        let want: Vec<_> = want
            .iter()
            .map(|(n, t)| (n.map(str::to_owned), t.to_string()))
            .collect();
        assert_eq!(got, want);
    }

    /// A numbered title the wrap cut after a word no title ends with runs on to the next
    /// line's first comma; one that ends so does not.
    #[test]
    fn a_numbered_title_cut_by_the_wrap_runs_on() {
        let text = "ELMVALE PLANNING\n\n6. Public Hearing \u{2013} Elm Chapel \u{2013} Located at\napproximately 12 Elm Lane, the application is to allow a chapel.\n7. Old Business\nnothing was heard, the item was left.\n";
        let got = parsed_titles(text);
        assert_eq!(
            got[0].1,
            "Public Hearing \u{2013} Elm Chapel \u{2013} Located at approximately 12 Elm Lane"
        );
        assert_eq!(got[1].1, "Old Business");
    }

    /// A numbered paragraph of the minutes under item 5 is no sub-item.
    #[test]
    fn numbered_paragraphs_are_no_sub_items() {
        let text = "KELBY PARISH COUNCIL\n\n5. FINANCE\n5.1 Members approved the payments listed\n5.2 Bank Reconciliation\nNoted.\n6. CLOSE\n";
        assert_eq!(item_numbers(text), ["5", "5.2", "6"]);
    }

    /// "a." and "b)" under a numbered item are its sub-items, their letters in order; a
    /// lettered list of sentences, or a letter out of order, is the item's text.
    #[test]
    fn lettered_sub_items_under_a_numbered_item() {
        let text = "KELBY TOWNSHIP\n\n3. Mayor's Business\na. Reappointment of Commissioner A Hale\nb) Motion to Adopt the Agenda.\nThe motion carried.\nd. Late Letter\n4. Staff Reports\na. the applicant shall pave the lane within two years of approval\n(a) Added Item\n";
        let lines = crate::lexer::lines(text);
        let found = segment(text, &lines).items;
        let numbers: Vec<_> = found.iter().map(|it| (it.number, it.under)).collect();
        assert_eq!(
            numbers,
            [
                (Some("3"), None),
                (Some("a"), Some("3")),
                (Some("b"), Some("3")),
                (Some("4"), None),
                (Some("a"), Some("4")),
            ]
        );
    }

    /// "A)" alone on its line under "2." alone, the titles on the next lines (eSCRIBE's PDF
    /// text): sub-items of item 2, their letters in order.
    #[test]
    fn letters_alone_under_a_number_alone() {
        let text = "KELBY CITY COUNCIL\n\n2.\n\nMINUTES\n\nA)\n\nOpen Meeting held 2031 May 5\n\nTHAT the minutes be adopted.\n\n3.\n\nDELEGATIONS\n\nA)\n\nGarden Club\n\nB)\n\nHale Family\n\nD)\n\nLate Letter\n";
        let lines = crate::lexer::lines(text);
        let found = segment(text, &lines).items;
        let numbers: Vec<_> = found.iter().map(|it| (it.number, it.under)).collect();
        assert_eq!(
            numbers,
            [
                (Some("2"), None),
                (Some("A"), Some("2")),
                (Some("3"), None),
                (Some("A"), Some("3")),
                (Some("B"), Some("3")),
            ]
        );
    }

    /// A list numbered from 1 after a line ending in a colon, inside item 5's minutes, is
    /// the item's text; the next item's number ends it.
    #[test]
    fn numbered_lists_inside_an_item() {
        let text = "KELBY TOWNSHIP\n\n4. Welcome\n5. Commissioner Training\nThe parts of the training were:\n1. Before the Meeting\n2. During the Meeting\n6. Adjournment\n";
        assert_eq!(item_numbers(text), ["4", "5", "6"]);
    }

    /// Labels over lists of people, the talk on a motion and the meeting's name over its
    /// items are no headings; the roll call's heading is one.
    #[test]
    fn labels_that_head_no_item() {
        assert_eq!(heading("P&Z Commissioners: City Staff:"), None);
        assert_eq!(heading("City Staff and Others:"), None);
        assert_eq!(heading("Commissioner Discussion on the Motion: None"), None);
        assert_eq!(heading("Planning & Zoning Meeting:"), None);
        assert_eq!(heading("Yes: A Hale, B Ives"), None);
        assert_eq!(heading("No: none"), None);
        assert_eq!(heading("Late: C Joss"), None);
        assert_eq!(heading("Administration:"), None);
        assert_eq!(heading("Re: 2031 Garden Grant"), None);
        assert_eq!(heading("Presenter: Ann Hale, Chair"), None);
        assert_eq!(heading("RESULT: CARRIED [UNANIMOUS]"), None);
        assert_eq!(heading("MOVER: Councillor B Ives"), None);
        assert_eq!(heading("Roll Call of Council Members:"), Some(28));
        // A list's label, with a bracket after it.
        assert_eq!(
            heading("Supervisors in Attendance (Virtual Platform):"),
            None
        );
        assert_eq!(heading("Work Meeting: budget review"), Some(12));
    }

    /// "Item 5." alone on its line numbers the item titled on the next.
    #[test]
    fn item_word_and_number_alone() {
        assert_eq!(item_word_alone("Item 5."), Some("5"));
        assert_eq!(item_word_alone("ITEM 12"), Some("12"));
        assert_eq!(
            item_word_alone("Item 5.a"),
            Some("5.a"),
            "a sub-item's number"
        );
        assert_eq!(item_word_alone("Item 5.ab"), None);
        assert_eq!(item_word_alone("Item 5 was deferred."), None);
        assert_eq!(item_word_alone("Items"), None);
    }

    /// An item about earlier minutes is a heading; the page's title is not.
    #[test]
    fn minutes_items_in_capitals() {
        assert_eq!(heading("APPROVAL OF MINUTES"), Some(19));
        assert_eq!(heading("ADOPTION OF THE MINUTES"), Some(23));
        assert_eq!(heading("REGULAR MEETING MINUTES"), None);
        assert_eq!(heading("Aye: 5 - Mayor Quinn"), None);
        assert_eq!(heading("Voting Yea: Mayor Dalton"), None);
    }

    /// A motion's outcome in capitals on its own line closes the motion: no heading.
    #[test]
    fn motion_references_are_no_headings() {
        for line in [
            "RESOLUTION NO. 2025-14",
            "RESOLUTION NO 14",
            "RESOLUTION #2025-14",
            "RESOLUTION # 14",
            "MOTION NO. 3",
            "MOTION 2025-01",
        ] {
            assert_eq!(heading(line), None, "{line:?}");
        }
        for line in [
            "RESOLUTION NO. 12 - BUDGET",
            "RESOLUTIONS",
            "MOTION TO ADJOURN",
        ] {
            assert_eq!(heading(line), Some(line.len()), "{line:?}");
        }
    }

    #[test]
    fn outcome_lines_are_no_headings() {
        for text in [
            "CARRIED",
            "CARRIED.",
            "CARRIED UNANIMOUSLY",
            "MOTION CARRIED",
            "MOTION DEFEATED",
            "DEFEATED",
            "CARRIED AS AMENDED",
        ] {
            assert_eq!(heading(text), None, "{text:?}");
        }
        assert_eq!(heading("ITEMS CARRIED FORWARD"), Some(21));
        assert_eq!(heading("MOTION TO ADJOURN"), Some(17));
        assert_eq!(heading("APPROVED UNANIMOUSLY"), None);
        assert_eq!(heading("MOTION APPROVED"), None);
        assert_eq!(heading("APPROVED APPLICATIONS"), Some(21));
    }

    /// A numbered title is one when it stands at the page's margin, however deep that is;
    /// a numbered clause indented past it is a motion's.
    #[test]
    fn a_title_then_none_ends_at_its_colon() {
        let text = "1. Call to Order\nThe Reeve opened the meeting.\n7. Delegations: None\n8. Disclosure of Interest: Nil.\n9. Public Hearing: Rezoning of 12 Elm Street\nStaff spoke.\n";
        let lines = crate::lexer::lines(text);
        let titles: Vec<&str> = segment(text, &lines)
            .items
            .iter()
            .filter_map(|it| it.title.map(|(s, e)| &text[s..e]))
            .collect();
        assert_eq!(
            titles,
            [
                "Call to Order",
                "Delegations",
                "Disclosure of Interest",
                "Public Hearing: Rezoning of 12 Elm Street"
            ]
        );
        assert_eq!(nothing_after_colon("Delegations: None"), Some((11, 13)));
        assert_eq!(nothing_after_colon("Delegations: Nonesuch Club"), None);
        assert_eq!(
            nothing_after_colon("Reports: None of the three were read"),
            None
        );
    }

    /// "1) Call to order: The meeting ...", "2.) Public Comments: None": a bracketed number's
    /// title, cut at a colon that five words or more follow; fewer are the title's own, and
    /// a small letter after the bracket or a long number is no item.
    #[test]
    fn bracketed_numbers_before_titles() {
        let text = "ELMVALE TOWNSHIP\n\n1) Call to order:   The meeting was called to order at 7 pm by the Mayor.\n2.) Public Comments: None\n3) Approval of Entries: #E-1 and #E-2\n4) Correspondence\n5) Agenda:\n6) the rest of the text\n123) Budget Report\n";
        assert_eq!(
            parsed_titles(text),
            [
                (Some("1".into()), "Call to order".into()),
                (Some("2".into()), "Public Comments".into()),
                (
                    Some("3".into()),
                    "Approval of Entries: #E-1 and #E-2".into()
                ),
                (Some("4".into()), "Correspondence".into()),
                (Some("5".into()), "Agenda".into()),
            ]
        );
    }

    #[test]
    fn numbered_titles_stand_at_the_margin() {
        let page = "NEW BUSINESS\n1. Parks Master Plan Update\nMOTION by Ruiz, to adopt:\n    1. A new playground.\n2. Budget Amendment\nNo action.\n";
        for margin in ["", "    "] {
            let text: String = page.lines().map(|l| format!("{margin}{l}\n")).collect();
            assert_eq!(item_numbers(&text), ["1", "2"], "{text:?}");
        }
    }

    /// "A. Call to Order", "II. Roll Call": a title-case title after an outline label is an
    /// item where the label starts or continues the outline; a staff list's initials are not.
    #[test]
    fn outline_labels_before_title_case_titles() {
        let numbers = |text: &str| -> Vec<String> {
            let lines = crate::lexer::lines(text);
            let found = segment(text, &lines).items;
            found
                .iter()
                .map(|it| it.number.unwrap_or("").to_string())
                .collect()
        };
        let page = "CITY OF OAKVALE\nMay 6, 2025\n\nA. Call to Order\nThe Mayor opened.\nS. Chambers, Clerk\nB. Roll Call\nAll present.\nJ. Smith Construction\nC. Approval of Minutes\nApproved.\nD. New Business\nNone.\n";
        assert_eq!(numbers(page), ["A", "B", "C", "D"].map(String::from));
        // A lone "I" after "H" is the ninth letter.
        let ninth: String = "ABCDEFGHI"
            .chars()
            .map(|c| format!("{c}. Report of Group {c}\nNoted.\n"))
            .collect();
        let ninth = format!("CITY OF OAKVALE\nMay 6, 2025\n\n{ninth}");
        assert_eq!(numbers(&ninth).concat(), "ABCDEFGHI");
        let roman = "CITY OF OAKVALE\nMay 6, 2025\n\nI. Call to Order\nOpened.\nII. Roll Call\nAll present.\nV. Adjournment\n";
        assert_eq!(numbers(roman), ["I", "II"].map(String::from));
    }

    /// "IV." alone on its line is an item's number, its title on the next line, where it
    /// starts or continues the outline.
    #[test]
    fn outline_labels_alone_on_their_line() {
        let text = "CITY OF OAKVALE\nMay 6, 2025\n\nI.\nCALL TO ORDER\nOpened.\nII.\nROLL CALL\nAll present.\nX.\nNot next\nIII.\nNEW BUSINESS\nNone.\n";
        let lines = crate::lexer::lines(text);
        let found = segment(text, &lines).items;
        let got: Vec<_> = found
            .iter()
            .map(|it| {
                let (s, e) = it.title.unwrap_or((0, 0));
                (it.number.unwrap_or(""), &text[s..e])
            })
            .collect();
        assert_eq!(
            got,
            [
                ("I", "CALL TO ORDER"),
                ("II", "ROLL CALL"),
                ("III", "NEW BUSINESS")
            ]
        );
        assert_eq!(lone_label("IV."), Some(("IV", (4, 4))));
        assert_eq!(lone_label("IIII."), None);
        assert_eq!(lone_label("The."), None);
    }

    /// The head's lines in capitals are no items, down to the date line even when blank
    /// lines part them (text converted double-spaced); headings after it are.
    #[test]
    fn the_head_runs_to_its_date_line() {
        let titles = |text: &str| -> Vec<String> {
            let lines = crate::lexer::lines(text);
            let found = segment(text, &lines).items;
            found
                .iter()
                .filter_map(|it| it.title.map(|(s, e)| text[s..e].to_string()))
                .collect()
        };
        let single = "TOWNSHIP OF ELM RIDGE\nSPECIAL MEETING OF THE BOARD\nThursday, May 1, 2025\n\nCALL TO ORDER\nThe Supervisor opened the meeting.\n\nADJOURNMENT\nAt 8 p.m.\n";
        let double = single.replace('\n', "\n\n");
        for text in [single, double.as_str()] {
            assert_eq!(titles(text), ["CALL TO ORDER", "ADJOURNMENT"], "{text:?}");
        }
        // No date line: the block ends at the first blank line.
        let undated = "CITY OF OAKVALE\n\nCALL TO ORDER\nThe Mayor opened the meeting.\n";
        assert_eq!(titles(undated), ["CALL TO ORDER"]);
        // No blank line at all (Laserfiche's text): "CALL TO ORDER" ends the block.
        let unbroken = "CITY OF OAKVALE\n12 Elm Street\nREGULAR CITY COUNCIL MEETING MINUTES\nMay 1, 2025\nCALL TO ORDER\nThe meeting was called to order at 7:00 p.m.\nPUBLIC FORUM\nNo one spoke.\n";
        assert_eq!(titles(unbroken), ["CALL TO ORDER", "PUBLIC FORUM"]);
        // Nor "CALL TO ORDER", but a date line first: the block ends with it.
        let dated = "June 2, 2031\nA Special Meeting of the Board of\nElm was held on June 2, 2031.\nPLEDGE OF ALLEGIANCE\nAll stood.\nPUBLIC PORTION\nNone\n";
        assert_eq!(titles(dated), ["PLEDGE OF ALLEGIANCE", "PUBLIC PORTION"]);
        // A line in capitals after the date line, then no sentence: still the head's.
        let listed = "June 2, 2031\n2030 - 2034 COUNCIL\nPresent: Mayor Ann Hale\n1. Call to Order\nThe Mayor opened the meeting.\n";
        assert_eq!(titles(listed), ["Call to Order"]);
        // The date line below the first: still the head's.
        let lower = "Archive | Board Minutes\nJune 2, 2031 Meeting Minutes\nThe Board offers a call-in number.\nAGENDA\n1. Call to Order\nThe Chair opened the meeting.\n";
        assert_eq!(titles(lower), ["Call to Order"]);
    }

    /// A page without blank lines: its head runs to the first item; a line in capitals
    /// heads the numbered items after it, but is no item inside one, nor is a running header.
    #[test]
    fn pages_without_blank_lines() {
        let titles = |text: &str| -> Vec<String> {
            let lines = crate::lexer::lines(text);
            segment(text, &lines)
                .items
                .iter()
                .filter_map(|it| it.title.map(|(s, e)| text[s..e].to_string()))
                .collect()
        };
        let unnumbered = "CITY OF ELM RIDGE\nCOUNCIL MINUTES\nRoll Call of Council Members:\nAttending: Council Member Hale.\nPresentations:\nA. Elm Ridge Youth Soccer League Spring Season Report – Dana Ives\nMs. Ives spoke.\nPARKS REPORT\nThe parks are open.\n";
        assert_eq!(
            titles(unnumbered),
            [
                "Roll Call of Council Members",
                "Presentations",
                "Elm Ridge Youth Soccer League Spring Season Report – Dana Ives",
                "PARKS REPORT"
            ]
        );
        let numbered = "CITY OF ELM RIDGE\nCOUNCIL MINUTES\n1. OPEN FORUM\nCALL TO ORDER OPEN FORUM\nThe Mayor opened the forum.\n05/01/25 -2- DRAFT\nNo one spoke.\nPUBLIC HEARINGS\n2. Hearing on the Pine Street Plat\nStaff presented.\n";
        assert_eq!(
            titles(numbered),
            [
                "OPEN FORUM",
                "PUBLIC HEARINGS",
                "Hearing on the Pine Street Plat"
            ]
        );
    }
}
