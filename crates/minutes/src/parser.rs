//! The pipeline: lines, layout, header, items, then the document-wide readings
//! (attendance, declarations, motions, next meeting) and diagnostics.

use crate::attendance;
use crate::date;
use crate::declaration;
use crate::detect;
use crate::header;
use crate::item::{self, Scratch};
use crate::layout;
use crate::lexer::{self, Line};
use crate::model::{Diagnostic, Document, Format, ItemKind, NextMeeting, Span};
use crate::presiding;
use crate::simd;
use crate::text::{ci_at, ends_sentence, is_space, trim_range};
use crate::triggers::{Scanned, Trigger};

pub(crate) fn parse(input: &str, forced: Option<Format>) -> Document {
    let lines = lexer::lines_in(input, layout::spare_lines());
    if ends_first_line_with_lone_cr(input, &lines) {
        return parse_old_mac_text(input, forced);
    }
    if opens_with_html_breaks(input) {
        return parse_html_breaks(input, forced);
    }
    let format = forced.unwrap_or_else(|| detect::detect(input, &lines));
    let lines = match format {
        Format::Printed | Format::Cmis | Format::Unknown => lexer::split_run_on(input, lines),
        _ => lines,
    };
    let mut doc = Document::empty(format, input.len());
    let segments = layout::segment(format, input, &lines);
    let header_lines = &lines[..segments.header_end.min(lines.len())];

    // Item pages state their meeting's fields below the title; other layouts may name the
    // body only in a running header.
    let header_source = match format {
        Format::ModernGovItem | Format::Unknown => &lines[..],
        _ => header_lines,
    };
    let header = header::read(format, input, header_source);
    doc.status = header.status;
    doc.committee = header.committee;
    doc.date = header.date;
    doc.time = header.time;
    doc.venue = header.venue;
    doc.contact = header.contact;
    doc.webcast = header.webcast;
    attendance::from_header(input, header_lines, &mut doc.attendance);
    if doc.date.is_none() && format == Format::Unknown {
        // Minutes without a dated header often state the date in their first motion.
        doc.date = date::find_date_by_years(input).map(|(_, d)| d);
    }

    let cut_off = (ends_mid_text(input)
        && !(format == Format::ModernGovItem && ends_with_meeting_field(input)))
        || (format == Format::Flattened && ends_in_open_row(input));
    let count = segments.items.len();
    // Items are large: one allocation, not a copy of all of them at each doubling.
    doc.items.reserve_exact(count);
    let mut scratch = Scratch::for_items(&segments.items);
    let mut known = attendance::KnownNames::default();
    for (i, raw) in segments.items.iter().enumerate() {
        let item = item::build(input, raw, cut_off && i + 1 == count, &mut scratch);
        read_item(input, &item, &scratch.minutes, raw, &mut doc, &mut known);
        doc.items.push(item);
    }
    scratch.recycle();
    if !doc.attendance.apologies.is_empty() {
        attendance::join_wrapped_names(input, &mut doc.attendance.apologies);
        attendance::drop_repeated_names(&mut doc.attendance.apologies);
        attendance::drop_non_names(&mut doc.attendance.apologies, input, true);
    }
    // "Cllr C Joss, County Cllr F Nye" in any list, not only apologies; "... and the
    // Clerk" in the members' lists.
    attendance::drop_non_names(&mut doc.attendance.present, input, true);
    attendance::drop_noted_clerks(&mut doc.attendance.present);
    attendance::drop_non_names(&mut doc.attendance.in_attendance, input, false);
    attendance::split_initialled_runs(&mut doc.attendance.present, input);
    attendance::set_chair(&mut doc.attendance);
    let first_item = doc.items.first().map_or(input.len(), |it| it.span.start);
    if doc.attendance.chair.is_none() && !doc.attendance.present.is_empty() {
        // No list marks the chair: a sentence near the list, or in the first two items, may.
        let end = doc
            .items
            .get(..2)
            .and_then(<[_]>::last)
            .map_or(first_item, |it| it.span.end);
        presiding::chair_from_prose(input, end, &mut doc.attendance);
    }

    if doc.attendance.chair.is_none() {
        // "Deputy Mayor A Hale in the Chair": a heading of the first rows.
        doc.attendance.chair = presiding::chair_from_titles(&doc.items);
    }

    let (a, b) = trim_range(input, 0, first_item);
    if a < b {
        doc.header_span = Some(Span::new(a, b));
    }
    doc.diagnostics = segments.diagnostics;
    if cut_off && count > 0 {
        doc.diagnostics.push(Diagnostic::info(
            "the text stops mid-sentence: the last item is marked truncated",
            Span::new(input.trim_end_matches(is_space).len(), input.len()),
        ));
    }
    if doc.items.is_empty() && !input.trim_matches(is_space).is_empty() {
        doc.diagnostics.push(Diagnostic::warning(
            format!("no agenda items found in this {} text", format.as_str()),
            Span::new(a, b),
        ));
    }
    layout::recycle_items(segments.items);
    layout::recycle_lines(lines);
    doc
}

/// Whether the text's first line break is a carriage return alone: what lies between the
/// first two lines is a few bytes of white space and that break.
fn ends_first_line_with_lone_cr(input: &str, lines: &[Line<'_>]) -> bool {
    match lines {
        [first, second, ..] => {
            let between = &input.as_bytes()[first.end()..second.start];
            between.contains(&b'\r') && !between.contains(&b'\n')
        }
        _ => false,
    }
}

/// Old Mac text ends its lines with a carriage return alone: the lexer splits there, but
/// readers of lists and names look for '\n' inside a stretch of lines. Such a text (one
/// whose first line ends so) is read with each lone '\r' as '\n', which keeps its length
/// and so every span.
#[cold]
fn parse_old_mac_text(input: &str, forced: Option<Format>) -> Document {
    let mut bytes = input.as_bytes().to_vec();
    for at in 0..bytes.len() {
        if bytes[at] == b'\r' && bytes.get(at + 1) != Some(&b'\n') {
            bytes[at] = b'\n';
        }
    }
    // Only ASCII bytes were written over: still UTF-8 (and read once more at most, its
    // first line now ending in '\n').
    parse(&String::from_utf8(bytes).unwrap_or_default(), forced)
}

/// How far into the text an HTML line break is looked for.
const HTML_BREAK_REACH: usize = 160;

/// Whether the text carries its line breaks as HTML ('Minutes <br /> 1. Roll Call <br />':
/// Laserfiche WebLink's page text on some sites): such a tag stands in its first bytes. One
/// bounded search, so a long text costs no more than a short one.
fn opens_with_html_breaks(input: &str) -> bool {
    let b = input.as_bytes();
    next_html_break(&b[..b.len().min(HTML_BREAK_REACH)], 0).is_some()
}

/// The next '<br>', '<br/>' or '<br />' at or after `from`: its start and the index of its
/// '>'.
fn next_html_break(b: &[u8], mut from: usize) -> Option<(usize, usize)> {
    // A '<' is rare in minutes: memchr finds it without a searcher set up per call.
    while let Some(at) = memchr::memchr(b'<', &b[from..]) {
        let at = from + at;
        let tail = &b[at + 1..];
        if tail.starts_with(b"br") {
            let tail = &tail[2..];
            if let Some(close) = tail.iter().take(3).position(|&c| c == b'>') {
                if tail[..close].iter().all(|&c| c == b' ' || c == b'/') {
                    return Some((at, at + 3 + close));
                }
            }
        }
        from = at + 1;
    }
    None
}

/// A text whose lines end in '<br />' (or '<br/>', '<br>') is read with each such tag as a
/// line break: the tag and the spaces after it become spaces ending in a '\n', which keeps
/// the text's length and so every span.
#[cold]
fn parse_html_breaks(input: &str, forced: Option<Format>) -> Document {
    let mut bytes = input.as_bytes().to_vec();
    let mut from = 0;
    while let Some((at, close)) = next_html_break(&bytes, from) {
        // The break goes last, before the next line's first letter: spaces after the tag
        // would read as the next line's indent.
        let spaces = bytes[close + 1..]
            .iter()
            .take_while(|&&b| b == b' ')
            .count();
        let end = close + spaces;
        bytes[at..end].fill(b' ');
        bytes[end] = b'\n';
        from = end + 1;
    }
    // Only ASCII bytes were written over: still UTF-8, and no tag is left to find again.
    parse(&String::from_utf8(bytes).unwrap_or_default(), forced)
}

/// Attendance, declarations and the next meeting from one item's minutes.
fn read_item(
    input: &str,
    item: &crate::model::Item,
    minutes: &[Scanned],
    raw: &item::RawItem,
    doc: &mut Document,
    known: &mut attendance::KnownNames,
) {
    // An item page that lost its heading: its apology sentences are what it records.
    let untitled = item.title_span.is_none() && doc.format == Format::ModernGovItem;
    attendance::from_item(
        input,
        item.kind,
        untitled,
        minutes,
        &mut doc.attendance,
        known,
    );
    // "Present.": a heading's full stop is no part of the label.
    let title = item.title.strip_suffix('.').unwrap_or(&item.title);
    if item.kind != ItemKind::Apologies && attendance::is_attendance_label(title) {
        attendance::from_titled_item(input, title, &piece_lines(input, raw), &mut doc.attendance);
    } else if opens_with_the_roll(item, &doc.attendance) {
        attendance::from_header(input, &piece_lines(input, raw), &mut doc.attendance);
    } else if titles_roll_call(&item.title) {
        attendance::from_roll_call_item(input, &piece_lines(input, raw), &mut doc.attendance);
    }
    for p in minutes.iter().filter(|p| p.triggers.has(Trigger::Declare)) {
        let text = &input[p.span.start..p.span.end];
        doc.declarations
            .extend(declaration::find_declarations(text, p.span.start));
    }
    if item.kind == ItemKind::DateOfNextMeeting && doc.next_meeting.is_none() {
        for span in minutes.iter().map(|p| &p.span) {
            let text = &input[span.start..span.end];
            if let Some((at, d)) = date::find_date(text) {
                doc.next_meeting = Some(NextMeeting {
                    date: Some(d),
                    time: date::find_time(&text[at..]).map(|(_, t)| t),
                    span: *span,
                });
                break;
            }
        }
    }
}

/// An item's text as lines, for the attendance readers that read a header's lines: its
/// pieces, each a line (the rest of its heading line, then its own lines).
fn piece_lines<'a>(input: &'a str, raw: &item::RawItem<'_>) -> Vec<Line<'a>> {
    raw.pieces()
        .map(|p| Line {
            text: &input[p.start..p.end],
            start: p.start,
            indent: p.indent,
        })
        .collect()
}

/// Whether an item titled "Call to Order" holds the roll, as eSCRIBE's minutes write it
/// ("1. CALL TO ORDER" / "PRESENT:" / the members): read as the header is when no list of
/// those present was read before it.
fn opens_with_the_roll(item: &crate::model::Item, attendance: &crate::model::Attendance) -> bool {
    attendance.present.is_empty() && crate::text::starts_with_folded(&item.title, "call to order")
}

/// Whether an item's title names a roll call or attendance, in any case (ASCII case only:
/// no non-ASCII char lower-cases to a letter of these words). Asked of every item: both
/// phrases hold one "c" ("roll call" at 5, "attendance" at 8), so only the title's c's are
/// tried, found by one scan, where a search per phrase tested every offset.
fn titles_roll_call(title: &str) -> bool {
    let b = title.as_bytes();
    // The byte before the "c" says which phrase can stand there (" " or "n"): most c's
    // are turned away without a comparison.
    let phrase_at = |c: usize| match b.get(c.wrapping_sub(1)).map(|x| x | 0x20) {
        Some(b' ') => ci_at(b, b"roll call", c, 5),
        Some(b'n') => ci_at(b, b"attendance", c, 8),
        _ => false,
    };
    if simd::ENABLED {
        // A title's c's from one classification of its bytes: a memchr call per "c"
        // costs more on these short texts.
        simd::Positions::new(b, |chunk| chunk.eq_folded(b'c')).any(phrase_at)
    } else {
        memchr::memchr2_iter(b'c', b'C', b).any(phrase_at)
    }
}

/// Whether the text was cut off: it does not end with a line break (white space after the
/// last one, "...\n   ", still counts as one) or a sentence's end (an excerpt taken at a
/// length limit stops mid-word).
fn ends_mid_text(input: &str) -> bool {
    if input.ends_with(['\n', '\r']) {
        return false;
    }
    let t = input.trim_end_matches(is_space);
    !t.is_empty()
        && !input[t.len()..].contains(['\n', '\r'])
        && (!ends_sentence(t) || ends_in_item_number(t) || ends_in_list_mark(t))
        && !t.ends_with('|')
        // A template's closing tag ("</TRAILER_SECTION>", as a borough council's printed
        // minutes end): the page's last line, not a sentence cut off.
        && !t.ends_with('>')
}

/// Whether the text's last line is a decision page's last field, "Decided at meeting:
/// 03/02/2026 - Cabinet": the page ends there, with no full stop.
///
/// Only the last bytes are read: the field's line is short, and the last line of most
/// excerpts is a long paragraph. Out of line and cold: asked only of item pages that end
/// mid-sentence.
#[cold]
#[inline(never)]
fn ends_with_meeting_field(input: &str) -> bool {
    const FIELD: &[u8] = b"decided at meeting:";
    const LONGEST_LINE: usize = 160;
    let b = input.trim_end_matches(is_space).as_bytes();
    let tail = &b[b.len().saturating_sub(LONGEST_LINE)..];
    let start = match memchr::memrchr(b'\n', tail) {
        Some(n) => n + 1,
        None if b.len() <= LONGEST_LINE => 0,
        None => return false,
    };
    tail.get(start..start + FIELD.len())
        .is_some_and(|l| l.eq_ignore_ascii_case(FIELD))
}

/// Whether the text's last word is a list mark in brackets, "(a)", "(2)", "(iv)": the
/// excerpt stops before the entry's text, though the bracket looks like a sentence's end.
fn ends_in_list_mark(t: &str) -> bool {
    let Some(body) = t.strip_suffix(')') else {
        return false;
    };
    let b = body.as_bytes();
    let mark = b
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    let open = b.len() - mark;
    (1..=4).contains(&mark)
        && open > 0
        && b[open - 1] == b'('
        && (open == 1 || b[open - 2].is_ascii_whitespace())
}

/// Whether a flattened table's text stops inside a row after a line break: its rows end
/// in " |", and a last line with neither the bar nor a sentence's end was cut after it
/// ("... the delivery of the Bus Rapid\n").
fn ends_in_open_row(input: &str) -> bool {
    let t = input.trim_end_matches(is_space);
    !t.is_empty() && !t.ends_with('|') && !ends_sentence(t)
}

/// Whether the text's last line is an item number alone with its dot ("47."): the excerpt
/// stops before the item's title, though the dot looks like a sentence's end.
/// Only the last few bytes are read: an item number is short, and the last line of most
/// texts is a long paragraph.
fn ends_in_item_number(t: &str) -> bool {
    const LONGEST: usize = 16;
    let b = t.as_bytes();
    let from = b.len().saturating_sub(LONGEST + 1);
    let start = match b[from..].iter().rposition(|&c| c == b'\n' || c == b'\r') {
        Some(k) => from + k + 1,
        None if from == 0 => 0,
        None => return false,
    };
    // After a line break (ASCII), or at 0: a char boundary.
    t.get(start..).is_some_and(|last| {
        lexer::number_line(last.trim_start_matches(is_space)).is_some_and(|(_, dotted)| dotted)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A template's closing tag ends a page that was not cut.
    #[test]
    fn a_closing_tag_ends_the_text() {
        assert!(!ends_mid_text(
            "5. Close\n\n</AI5>\n\n<TRAILER_SECTION>\n\n</TRAILER_SECTION>"
        ));
        assert!(ends_mid_text("5. Close\n\nThe meeting clo"));
    }
    use crate::text::find_ascii_ci;

    /// A text is cut off when it stops mid-sentence with no line break after its last
    /// word; spaces after the last line break do not make it so.
    #[test]
    fn texts_cut_off_stop_mid_sentence_without_a_line_break() {
        for (text, cut) in [
            ("The market traders had been consul", true),
            ("The market traders had been consul   ", true),
            ("The market traders had been consulted.", false),
            ("The market traders had been consul\n", false),
            ("The market traders had been consul\n   ", false),
            ("The market traders had been consul\r\n\u{a0}\t", false),
            ("Item one |", false),
            ("Minutes:\nNone.\n47.", true),
            ("47.", true),
            ("Minutes:\nNone.\n47.\n", false),
            ("Minutes:\nNone.\nAgreed 47.", false),
            ("   ", false),
        ] {
            assert_eq!(ends_mid_text(text), cut, "{text:?}");
        }
    }

    /// A decision page ends at its meeting's field, with no full stop: not cut.
    #[test]
    fn a_decision_page_ends_at_its_meeting_field() {
        assert!(ends_with_meeting_field(
            "Date of decision: 03/02/2026\n\nDecided at meeting: 03/02/2026 - Cabinet"
        ));
        assert!(ends_with_meeting_field(
            "Decided at meeting: 03/02/2026 - Cabinet  "
        ));
        assert!(!ends_with_meeting_field(
            "Decided at meeting: 03/02/2026 - Cabinet\nThe Board"
        ));
    }

    /// An excerpt that stops at a list mark has lost the entry's text: it is cut.
    #[test]
    fn a_list_mark_at_the_end_is_no_sentence_end() {
        assert!(ends_mid_text("schemes that are (a)"));
        assert!(ends_mid_text("the following:\n\n(iv)"));
        assert!(!ends_mid_text("as set out (see Appendix A)"));
        assert!(!ends_mid_text("the budget (2024)x)"));
        assert!(!ends_in_list_mark("(abcde)"));
    }

    /// A flattened table cut after a line break inside a row: no bar and no sentence's end
    /// on its last line.
    #[test]
    fn a_flattened_row_without_its_bar_is_open() {
        assert!(ends_in_open_row(
            "Quay Repairs Minutes: Noted the progress on the\n"
        ));
        assert!(!ends_in_open_row("Quay Repairs Minutes: Noted. |\n"));
        assert!(!ends_in_open_row("Quay Repairs Minutes: Noted.\n\n"));
        assert!(!ends_in_open_row(" \n"));
    }

    #[test]
    fn roll_call_titles_agree_with_a_lowercased_search() {
        let old = |t: &str| {
            let t = t.to_lowercase();
            t.contains("roll call") || t.contains("attendance")
        };
        for title in [
            "ROLL CALL",
            "Roll Call of Members",
            "Attendance",
            "Members' ATTENDANCE and apologies",
            "roll  call",
            "Roll-call",
            "Attendanc",
            "",
            "İtem: Roll Call",
            "\u{212a}elvin attendance",
            "Ünité d'ATTENDANCE",
            "ROLL\u{a0}CALL",
        ] {
            assert_eq!(titles_roll_call(title), old(title), "{title:?}");
        }
    }

    /// The search at the c's agrees with a search for each phrase over every short text
    /// of phrase fragments, whatever their case and neighbours.
    #[test]
    fn roll_call_titles_agree_with_a_search_per_phrase() {
        let old = |t: &str| {
            find_ascii_ci(t, "roll call").is_some() || find_ascii_ci(t, "attendance").is_some()
        };
        let pieces = [
            "roll", " ", "Call", "c", "ATTEND", "ance", "attendan", "CE", "x", "é", "rOLL c",
        ];
        for title in crate::test_text::joins(&pieces, 4) {
            assert_eq!(titles_roll_call(&title), old(&title), "{title:?}");
        }
    }

    /// A page whose lines end in HTML breaks reads as the same page with line breaks: its
    /// numbered items are items, and no text of a tag is left in a title.
    #[test]
    fn html_line_breaks_read_as_line_breaks() {
        let tagged = "Portal View\nTown of Elmford <br /> Regular Town Board Minutes <br /> \
                      Monday, March 3, 2025 <br /> 1. Call to Order <br /> Mayor Dunmore \
                      opened the meeting. <br />2. Approve Agenda<br/>Agenda approved. <br> \
                      3. Adjourn <br />";
        let plain = "Portal View\nTown of Elmford\nRegular Town Board Minutes\n\
                     Monday, March 3, 2025\n1. Call to Order\nMayor Dunmore \
                     opened the meeting.\n2. Approve Agenda\nAgenda approved.\n\
                     3. Adjourn\n";
        let titles = |text: &str| -> Vec<String> {
            let doc = parse(text, None);
            doc.items.iter().map(|i| i.title.to_string()).collect()
        };
        assert_eq!(
            titles(tagged),
            ["Call to Order", "Approve Agenda", "Adjourn"]
        );
        assert_eq!(titles(tagged), titles(plain));
        assert_eq!(parse(tagged, None).date, parse(plain, None).date);
    }

    /// Only a whole tag is a break: '<brown>', '<br' at the end and '<br x>' are text.
    #[test]
    fn only_whole_break_tags_are_breaks() {
        assert_eq!(next_html_break(b"a <br /> b", 0), Some((2, 7)));
        assert_eq!(next_html_break(b"a<br>b<br/>", 2), Some((6, 10)));
        assert_eq!(next_html_break(b"<brown> <br x> <br", 0), None);
        assert!(!opens_with_html_breaks("Title\nText <brown> fox"));
        assert!(opens_with_html_breaks("Title\nText <br/> fox"));
    }
}
