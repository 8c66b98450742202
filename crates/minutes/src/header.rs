//! The meeting's header: status, committee, date and time, venue, contact and webcast.
//! Read from the lines before the first item.

use crate::date::{self, Date, Time};
use crate::detect::is_listing_title;
use crate::lexer::{paren_number, Line};
use crate::model::{Contact, Format, Span, Status};
use crate::simd;
use crate::swar;
use crate::text::{
    clean, find_ascii_ci, is_space, occurrences_ci, starts_with_ci, starts_with_folded,
    strip_suffix_ci,
};
use std::borrow::Cow;

/// Everything the header says about the meeting.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct Header {
    pub status: Option<Status>,
    pub committee: Option<String>,
    pub date: Option<Date>,
    pub time: Option<Time>,
    pub venue: Option<String>,
    pub contact: Option<Contact>,
    pub webcast: Option<String>,
}

pub(crate) fn read(format: Format, input: &str, lines: &[Line<'_>]) -> Header {
    let mut h = Header {
        status: status(format, lines),
        ..Header::default()
    };
    labelled_lines(input, lines, &mut h);
    match format {
        Format::ModernGovListing | Format::ModernGovItem | Format::Flattened => {
            meeting_line(lines, &mut h)
        }
        Format::Printed | Format::Cmis => printed_title(input, lines, &mut h),
        Format::Unknown => {
            printed_title(input, lines, &mut h);
            if let Some((name, date)) = minutes_title(lines) {
                h.committee = Some(name);
                h.date = h.date.or(date);
            }
        }
    }
    h
}

/// Venue, contact and webcast: from the lines that start with their label ("Venue:",
/// "Contact:") or say "webcast". Asked of every line of the header (the whole document for
/// item pages and unknown layouts), so a line's first letter decides which labels it is
/// compared with. Kept out of line: inlined, it made `parser::parse` slower.
#[inline(never)]
fn labelled_lines(input: &str, lines: &[Line<'_>], h: &mut Header) {
    for (i, line) in lines.iter().enumerate() {
        let text = line.text;
        // Bit 5 set maps 'V' onto 'v' and 'C' onto 'c' (and no other byte onto either).
        let first = text.as_bytes().first().map_or(0, |b| b | 0x20);
        if first == b'v' && h.venue.is_none() {
            if let Some(rest) = strip_label(text, "venue:") {
                h.venue = Some(clean(strip_suffixes(
                    strip_suffixes(rest, " View directions"),
                    ". View directions",
                )))
                .filter(|v| !v.is_empty());
            }
        }
        if first == b'c' && h.contact.is_none() && starts_with_folded(text, "contact:") {
            h.contact = Some(contact(input, lines, i));
        }
        // Both found: no later line can change either, and most documents say both in
        // their first lines, where every line after was read for nothing.
        if h.venue.is_some() && h.contact.is_some() {
            break;
        }
    }
    h.webcast = webcast(input, lines);
}

/// The URL on the first line that says "webcast" (any case) and holds one, or on the line
/// after it. The word is searched for once in the text the lines span, and only the lines
/// holding it are read, where asking every line cost more than the search.
fn webcast(input: &str, lines: &[Line<'_>]) -> Option<String> {
    const WORD: &str = "webcast";
    let from = lines.first()?.start;
    // Lines follow each other in the input: the last ends furthest.
    let to = lines.last()?.end();
    let mut i = 0;
    let mut tried = None;
    let mut url = None;
    each_phrase_ci(input.as_bytes(), (from, to), (WORD.as_bytes(), 2), |at| {
        // The line the word ends in: it says the word if it starts there too.
        while lines[i].end() < at + WORD.len() {
            i += 1;
        }
        if lines[i].start <= at && tried != Some(i) {
            tried = Some(i);
            url = url_in(lines[i].text).or_else(|| lines.get(i + 1).and_then(|l| url_in(l.text)));
        }
        url.is_some()
    });
    url
}

/// `text` without every trailing `suffix`, as `trim_end_matches(suffix)` gives it, without
/// building a string searcher for one line.
fn strip_suffixes<'a>(mut text: &'a str, suffix: &str) -> &'a str {
    while let Some(rest) = text.strip_suffix(suffix) {
        text = rest;
    }
    text
}

/// "Agenda and draft minutes" → draft; "Agenda and minutes" → final; in other layouts a
/// line that opens with a draft mark ([`opens_with_draft_mark`]), or one of the title lines
/// that ends with one ([`before_draft_mark`]) → draft.
fn status(format: Format, lines: &[Line<'_>]) -> Option<Status> {
    let non_blank = || lines.iter().filter(|l| !l.is_blank());
    if format != Format::ModernGovListing
        && non_blank()
            .take(TITLE_LINES)
            .any(|l| before_draft_mark(l.text).is_some())
    {
        return Some(Status::Draft);
    }
    for line in non_blank().take(40) {
        // Most lines start with a letter or digit: nothing to trim.
        let t = match line.text.as_bytes().first() {
            Some(b) if b.is_ascii_alphanumeric() => line.text,
            _ => from_first_alphanumeric(line.text),
        };
        // A listing title starts "a", "A" or "Y" here (see `is_listing_title`), a draft
        // mark "d", "D" or "The D" ("The Draft Minutes"): every other line is passed over
        // unread.
        if !matches!(
            t.as_bytes(),
            [b'a' | b'A' | b'Y' | b'd' | b'D', ..]
                | [b'T', b'h', b'e', b' ', b'D' | b'd', ..]
                | [b'U', b'n', b'a', b'p', ..]
        ) {
            continue;
        }
        if is_listing_title(t) {
            // Searched ignoring ASCII case, without a lower-cased copy: no other char
            // lower-cases into these words (see `status_words_ignore_case_as_a_lower_cased_copy_does`).
            if find_ascii_ci(t, "draft minutes").is_some() {
                return Some(Status::Draft);
            }
            if find_ascii_ci(t, "minutes").is_some() {
                return Some(Status::Final);
            }
        }
        if format != Format::ModernGovListing && opens_with_draft_mark(t) {
            return Some(Status::Draft);
        }
    }
    None
}

/// How many of the first non-blank lines may hold the title: a draft mark at the end of a
/// line counts there only ("Kelby Parish Council (Draft)"), not in an item's heading below
/// ("Neighbourhood Plan (Draft)").
const TITLE_LINES: usize = 6;

/// Whether `t` opens with the word "draft" (any case) as a mark, not as a word of a title
/// ("Draft Local Plan"): alone, before "minutes", or before a dash, colon, comma or bracket
/// ("DRAFT MINUTES", "Draft", "Draft – subject to approval"), or "The Draft Minutes", or
/// after "Unapproved" ("Unapproved Draft Minutes").
fn opens_with_draft_mark(t: &str) -> bool {
    // "Unapproved Draft Minutes 14 May 2025": the word before the mark says it again.
    let t = t.strip_prefix("Unapproved ").unwrap_or(t);
    // "The Draft Minutes of the Meeting ...": the article before the mark, "minutes" after.
    if let Some(after) = t.strip_prefix("The ") {
        return starts_with_ci(after, "draft ")
            && starts_with_ci(after[6..].trim_start_matches(is_space), "minutes");
    }
    if !starts_with_ci(t, "draft") {
        return false;
    }
    let rest = t[5..].trim_start_matches(is_space);
    rest.is_empty()
        || rest.starts_with(['-', '\u{2013}', '\u{2014}', ':', ',', '('])
        || starts_with_ci(rest, "minutes")
}

/// The title before the draft mark `text` ends with, its separators trimmed: "Kelby Parish
/// Council (Draft)", "Planning Committee – DRAFT", "Kelby Parish Council - Draft Minutes",
/// "Minutes (Draft)". A last word "draft" is a mark only in brackets, after a separator, or
/// before "Minutes" ("Local Plan Draft" is a title).
///
/// Every mark ends with ')', "t" or "s", either case: the last byte turns most lines away
/// here, inlined, unless it may be white space; the rest is kept out of line.
#[inline(always)]
fn before_draft_mark(text: &str) -> Option<&str> {
    let last = text.as_bytes().last().copied()?;
    let may_end_with_mark = !last.is_ascii_graphic() || matches!(last | 0x20, b')' | b't' | b's');
    may_end_with_mark
        .then(|| before_draft_mark_of(text))
        .flatten()
}

/// [`before_draft_mark`] without its last-byte test: the rule.
#[inline(never)]
fn before_draft_mark_of(text: &str) -> Option<&str> {
    let t = text.trim_end_matches(is_space);
    if !matches!(
        t.as_bytes().last().map(|b| b | 0x20),
        Some(b')' | b't' | b's')
    ) {
        return None;
    }
    let (t, minutes) = match strip_suffix_ci(t, " minutes") {
        Some(rest) => (rest.trim_end_matches(is_space), true),
        None => (t, false),
    };
    if let Some(rest) = strip_suffix_ci(t, "(draft)") {
        return Some(trim_separators(rest));
    }
    let rest = strip_suffix_ci(t, "draft")?;
    let before = rest.trim_end_matches(is_space);
    let separated = before.ends_with(TITLE_SEPARATORS);
    // A whole word: "Redraft" ends with none.
    let word = before.len() < rest.len() || rest.is_empty();
    (word && (separated || minutes)).then(|| trim_separators(before))
}

/// The dashes and colon that part a title's pieces ("Minutes – Planning Committee").
const TITLE_SEPARATORS: [char; 4] = ['-', '\u{2013}', '\u{2014}', ':'];

/// `text` without the spaces and [`TITLE_SEPARATORS`] at its end.
fn trim_separators(text: &str) -> &str {
    text.trim_end_matches(|c: char| is_space(c) || TITLE_SEPARATORS.contains(&c))
}

/// `text` from its first letter or digit on, as `trim_start_matches(|c| !c.is_alphanumeric())`
/// gives it. The bullets that start many lines ('•', '·', U+F0B7) are skipped without the
/// Unicode table lookups that `char::is_alphanumeric` makes for them.
fn from_first_alphanumeric(text: &str) -> &str {
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let skip = if c.is_ascii() {
            !c.is_ascii_alphanumeric()
        } else {
            matches!(c, '\u{2022}' | '\u{b7}' | '\u{f0b7}') || !c.is_alphanumeric()
        };
        if !skip {
            break;
        }
        rest = &rest[c.len_utf8()..];
    }
    rest
}

/// The ModernGov line naming body, date and time: "County Council - Thursday, 18th
/// December, 2025 10.00 am", possibly prefixed ("Moved from 9th October 2018, Cabinet - ...").
fn meeting_line(lines: &[Line<'_>], h: &mut Header) {
    for line in lines.iter().filter(|l| !l.is_blank()).take(60) {
        // The date follows " - " (a "Moved from <date>, " prefix may hold another date).
        let Some((dash, at, date)) = date_after_dash(line.text) else {
            if let Some((date, committee)) = item_page_fields(line.text) {
                h.date = h.date.or(date);
                h.committee = h.committee.take().or(committee);
            }
            continue;
        };
        let name = line.text[..dash].trim_end_matches(is_space);
        // "Moved from 9th October 2018, Cabinet" → "Cabinet"; "Annual Meeting, County
        // Council" → "County Council" (the kind of meeting, then the body).
        let name = match name.rfind(", ") {
            Some(comma)
                if date::find_date(&name[..comma]).is_some()
                    || strip_suffix_ci(&name[..comma], " meeting").is_some() =>
            {
                &name[comma + 2..]
            }
            _ => name,
        };
        // A list's entry in an item's text ("(a) Council – 25 February 2015", "· Planning
        // Committee - 14 November 2022") names another meeting: a body's name starts with a
        // letter or digit.
        if !name.starts_with(|c: char| c.is_alphanumeric()) || paren_number(name).is_some() {
            continue;
        }
        h.committee = Some(clean(name));
        h.date = Some(date);
        h.time = date::find_time(&line.text[at..]).map(|(_, t)| t);
        return;
    }
    // No dashed line: the skin that writes "Meeting of Full Council, Thursday 13 March
    // 2025 7.30 pm". Its date is the meeting's, over a decision page's.
    let meeting = lines
        .iter()
        .take(60)
        .find_map(|l| meeting_of_comma(l.text).map(|(n, w, d)| (Some(n), w, d)))
        .or_else(|| name_over_date(lines));
    if let Some((name, when, date)) = meeting {
        h.committee = name.map(clean).or(h.committee.take());
        h.date = Some(date);
        h.time = date::find_time(when).map(|(_, t)| t);
    }
}

/// The skin that writes the body's name on a line of its own, the day under it: "Resources
/// Committee" / "Friday, 21 July 2017 10.30 am". The line before a line that opens with a
/// weekday and a date is the name when it is short and no label, status line or sentence.
/// Under the listing's title itself ("Agenda and draft minutes" / "Thursday, 30th November,
/// 2017 4.30 pm": a skin that names no body) the date is the meeting's, without a name.
fn name_over_date<'a>(lines: &[Line<'a>]) -> Option<(Option<&'a str>, &'a str, Date)> {
    const WEEKDAYS: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    let mut prev: Option<&'a str> = None;
    for line in lines.iter().filter(|l| !l.is_blank()).take(60) {
        let text = line.text;
        let weekday = matches!(text.as_bytes()[0], b'M' | b'T' | b'W' | b'F' | b'S')
            && WEEKDAYS.iter().any(|d| text.starts_with(d));
        if let (true, Some(name)) = (weekday, prev) {
            if let Ok((_, date)) = date::date(text) {
                let name = name.trim_matches(is_space);
                if is_listing_title(name) {
                    return Some((None, text, date));
                }
                let named = !name.is_empty()
                    && !name.contains(':')
                    && !starts_with_folded(name, "agenda")
                    && !name.ends_with(['.', ',', ';'])
                    && name.split_whitespace().nth(10).is_none();
                return named.then_some((Some(name), text, date));
            }
        }
        prev = Some(text);
    }
    None
}

/// "Meeting of Full Council, Thursday 13 March 2025 7.30 pm": the body's name, the text
/// from the date on, and the date (the first comma a date follows ends the name).
fn meeting_of_comma(text: &str) -> Option<(&str, &str, Date)> {
    let rest = text.strip_prefix("Meeting of ")?;
    let mut from = 0;
    while let Some(k) = rest.get(from..).and_then(|r| r.find(", ")) {
        let comma = from + k;
        let when = &rest[comma + 2..];
        if let Ok((_, date)) = date::date(when) {
            let name = rest[..comma].trim_end_matches(is_space);
            return (!name.is_empty()).then_some((name, when, date));
        }
        from = comma + 2;
    }
    None
}

/// The first date that follows a dash separator in `text`: (where the separator starts,
/// where the date starts, the date). A line without a digit holds no date: its dashes (and
/// the curly quotes that share their first byte) are not looked at.
pub(crate) fn date_after_dash(text: &str) -> Option<(usize, usize, Date)> {
    if !date::has_ascii_digit(text) {
        return None;
    }
    dashes(text)
        .find_map(|(dash, from)| date::date(&text[from..]).ok().map(|(_, d)| (dash, from, d)))
}

/// The " - " and " – " separators of `text`, left to right, as (where the separator
/// starts, where the text after it starts). Each kind is found as `match_indices` finds it
/// (without overlaps). Asked of up to sixty lines a header: memchr finds the dashes' bytes
/// ('-', and 0xE2 which starts '–'), and only those are looked at (`dashes_by_byte` in the
/// tests looks at every space).
fn dashes(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    const EN_DASH: &[u8] = " \u{2013} ".as_bytes();
    let bytes = text.as_bytes();
    // Where the next match of each kind may start.
    let (mut next_hyphen, mut next_en) = (0, 0);
    memchr::memchr2_iter(b'-', 0xe2, bytes).filter_map(move |p| {
        // The separator starts at the space before the dash.
        let i = p.checked_sub(1)?;
        if bytes[p] == b'-' {
            if i >= next_hyphen && bytes[i..].starts_with(b" - ") {
                next_hyphen = i + 3;
                return Some((i, i + 3));
            }
        } else if i >= next_en && bytes[i..].starts_with(EN_DASH) {
            next_en = i + EN_DASH.len();
            return Some((i, i + EN_DASH.len()));
        }
        None
    })
}

/// Fields of decision pages: "Decision Maker: Harbour Board", "Date of decision: 12/03/2025",
/// "Decided at meeting: 12/03/2025 - Harbour Board", and an issue's decision "24/06/2025 -
/// To approve the budget" (the meeting's date, then the decision's title). Returns (date,
/// committee).
///
/// Every label starts with "m" or "d", either case, or a digit: a line starting with any
/// other byte (most of the sixty asked) is turned away before the labels are compared.
fn item_page_fields(text: &str) -> Option<(Option<Date>, Option<String>)> {
    let first = text.as_bytes().first()?;
    if !matches!(first | 0x20, b'm' | b'd') && !first.is_ascii_digit() {
        return None;
    }
    item_page_fields_of(text)
}

/// [`item_page_fields`] without its first-byte test: the rule, which compares every label.
fn item_page_fields_of(text: &str) -> Option<(Option<Date>, Option<String>)> {
    // "Meeting: 12/03/2025 - Cabinet (Item 276)": the date comes first on issue pages.
    if let Some(rest) = strip_label(text, "meeting:") {
        let (after, d) = date::date(rest).ok()?;
        let committee = after
            .trim_start_matches([' ', '-', '\u{2013}'])
            .split(" (")
            .next()
            .unwrap_or("");
        return Some((Some(d), Some(clean(committee)).filter(|c| !c.is_empty())));
    }
    if let Some(rest) = strip_label(text, "decision maker:") {
        return Some((None, Some(clean(rest)).filter(|c| !c.is_empty())));
    }
    if let Some(rest) = strip_label(text, "date of decision:") {
        return Some((date::date(rest).ok().map(|(_, d)| d), None));
    }
    // "Decided at meeting: 12/03/2025 - Harbour Board": the body after the date's dash
    // (the page may not say "Decision Maker:").
    if let Some(rest) = strip_label(text, "decided at meeting:") {
        let Ok((after, d)) = date::date(rest) else {
            return Some((None, None));
        };
        let committee = after
            .strip_prefix(" - ")
            .or_else(|| after.strip_prefix(" \u{2013} "))
            .map(clean)
            .filter(|c| !c.is_empty());
        return Some((Some(d), committee));
    }
    dated_decision(text).map(|(d, _)| (Some(d), None))
}

/// "24/06/2025 - To approve the budget": a decision under the issue it was taken on, as the
/// date of the meeting that took it and the decision's title after the dash (a converter
/// may widen the gap before it: "24/06/2025    - To approve ...").
pub(crate) fn dated_decision(text: &str) -> Option<(Date, &str)> {
    let (after, d) = date::date(text).ok()?;
    let dash = after.trim_start_matches([' ', '\t']);
    if dash.len() == after.len() {
        return None;
    }
    let title = dash
        .strip_prefix("- ")
        .or_else(|| dash.strip_prefix("\u{2013} "))?;
    Some((d, title))
}

/// Printed minutes: the body's name on the first line (often in capitals) or in "Minutes of a
/// meeting of the X held on"; the first date and time of the header.
fn printed_title(input: &str, lines: &[Line<'_>], h: &mut Header) {
    let non_blank = || lines.iter().filter(|l| !l.is_blank());
    let first_name = non_blank().take(3).enumerate().find_map(|(i, l)| {
        let title = body_title(l.text);
        if looks_like_body_name(title) {
            let under = committee_under(clean(title), non_blank().nth(i + 1));
            return Some(body_under_municipality(
                under,
                non_blank().skip(i + 1).take(2),
            ));
        }
        name_before_dated_dash(l.text)
            .or_else(|| name_after_minutes(l.text))
            .or_else(|| labelled_body(l.text))
    });
    let meeting = first_meeting_of(input, lines)
        .or_else(|| non_blank().take(3).find_map(|l| minutes_of_the(l.text)));
    // "MEETING OF THE PARISH COUNCIL" under "LITTLE ASHCOMBE PARISH COUNCIL" names the same
    // body less fully; "MEETING OF THE BOARD OF TRUSTEES" under "TOWNSHIP OF PINECREST" names
    // the body that met.
    h.committee = match (first_name, meeting) {
        (Some(first), Some(m)) if names_less_fully(&first, &m) => Some(first),
        (first, m) => m.or(first),
    };
    // "the Annual Meeting of the Parish" names a parish's meeting of its electors, which a
    // title line names in full ("Annual Parish Meeting Minutes").
    let parish = |c: &str| ELECTORS.iter().any(|w| c.eq_ignore_ascii_case(w));
    if h.committee.as_deref().is_some_and(parish) {
        if let Some(name) = non_blank()
            .take(TITLE_LINES)
            .find_map(|l| parish_meeting(l.text))
        {
            h.committee = Some(name);
        }
    }
    let dated = non_blank()
        .enumerate()
        .find_map(|(i, l)| {
            date::find_date(l.text)
                .filter(|&(at, _)| !dates_earlier_minutes(l.text, at))
                .map(|(at, d)| (i, l, at, as_written(input, &l.text[at..], d)))
        })
        .or_else(|| {
            // "held on 04.03.25": the time is looked for after it ("04.03" reads as one).
            non_blank()
                .take(TITLE_LINES)
                .enumerate()
                .find_map(|(i, l)| {
                    let (at, d) = date::find_short_year_date(l.text)?;
                    let end = l.text[at..].find(is_space).map_or(l.text.len(), |k| at + k);
                    Some((i, l, end, as_written(input, &l.text[at..], d)))
                })
        })
        .or_else(|| date_across_lines(non_blank().take(TITLE_LINES)))
        .or_else(|| glued_date(non_blank().take(TITLE_LINES)));
    if let Some((i, line, at, d)) = dated {
        h.date = Some(d);
        // The time is on the date's line or one of the next few ("held on ... at 6:30pm").
        // A time after the date is found first; else the line's first, which then starts
        // before the date (the date starts a word, so the search after it saw every later
        // start).
        h.time = date::find_time(&line.text[at..])
            .or_else(|| date::find_time_before(line.text, at))
            .or_else(|| {
                non_blank()
                    .skip(i + 1)
                    .take(3)
                    .find_map(|l| date::find_time(l.text))
            })
            .map(|(_, t)| t);
    }
}

/// Whether the meeting's name `meeting` names the body of the title line `first` less fully:
/// "PARISH COUNCIL" under "LITTLE ASHCOMBE PARISH COUNCIL", "the Full Kelby Town Council"
/// under "KELBY TOWN COUNCIL" (a full meeting of it). A title line that is itself the
/// meeting's sentence ("ANNUAL MEETING OF THE TOWN BOARD") names it no more fully.
fn names_less_fully(first: &str, meeting: &str) -> bool {
    let (first, meeting) = (first.to_lowercase(), meeting.to_lowercase());
    (first.ends_with(&meeting) && !first.contains(MEETING_OF))
        || meeting
            .strip_prefix("full ")
            .is_some_and(|body| first.ends_with(body))
}

/// The places whose electors meet as a body: "Parish" and "Town" before "Meeting".
const ELECTORS: [&str; 2] = ["parish", "town"];

/// The phrases that name a parish's (or town's) meeting of its electors: [`ELECTORS`] and
/// "meeting".
const PARISH_MEETINGS: [&str; 2] = ["parish meeting", "town meeting"];

/// "Annual Parish Meeting", "Parish Meeting", "Annual Town Meeting" as `line` names it: the
/// meeting of a parish's or town's electors, a body of its own rather than its council. Not
/// in an item that names an earlier one ("2. To approve the minutes of the Annual Parish
/// Meeting").
fn parish_meeting(line: &str) -> Option<String> {
    let item = line.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ' ');
    if starts_with_ci(item, "to ") {
        return None;
    }
    let (at, end) = PARISH_MEETINGS
        .iter()
        .find_map(|phrase| find_ascii_ci(line, phrase).map(|at| (at, at + phrase.len())))?;
    with_annual(line, at, end)
}

/// "Annual Parish Meeting" where "meeting" starts at `at` in `text` and the word before it
/// is "Parish" or "Town" ("Notes of the Annual Parish Meeting of the Parish of Kelby").
fn parish_meeting_at(text: &str, at: usize) -> Option<String> {
    let before = text[..at].trim_end_matches(' ');
    let kind = ELECTORS.iter().find_map(|w| strip_suffix_ci(before, w))?;
    with_annual(text, kind.len(), at + "meeting".len())
}

/// `text[start..end]`, from "Annual" when that word stands before it, cleaned; `None` when
/// `start` is inside a word.
fn with_annual(text: &str, start: usize, end: usize) -> Option<String> {
    let before = text[..start].trim_end_matches(' ');
    let start = strip_suffix_ci(before, "annual").map_or(start, str::len);
    (start == 0 || text.as_bytes()[start - 1] == b' ').then(|| clean(&text[start..end]))
}

/// Whether the date at `at` in `line` is an earlier meeting's, whose minutes the line
/// confirms ("To confirm the minutes of the meeting held on 28 November 2024.", "Minutes of
/// the meeting held on 28 November 2024 were agreed."): a page without a dated header (an
/// excerpt that starts at the items) must not take it for its own. The line's own title
/// ("Minutes of the meeting held on 4 March 2025") starts with "Minutes" and says no more.
fn dates_earlier_minutes(line: &str, at: usize) -> bool {
    let before = &line[..at];
    // Every such line names the minutes before the date: one scan turns the rest away.
    let Some(minutes) = find_ascii_ci(before, "minutes") else {
        return false;
    };
    // "... of the previous meeting", "... of the last meeting".
    let earlier = || {
        find_ascii_ci(&before[minutes..], " meeting").is_some_and(|m| {
            let words = before[minutes..minutes + m].trim_end();
            ["previous", "last"]
                .iter()
                .any(|w| strip_suffix_ci(words, w).is_some())
        })
    };
    if minutes > 0 {
        // "To confirm the minutes of ...", "Approval of the minutes of ...".
        let agreeing = ["to ", "the minutes", "approv", "confirm", "adoption"];
        agreeing.iter().any(|w| starts_with_ci(line, w)) || earlier()
    } else {
        // "Minutes of the meeting held on <date> were agreed."
        earlier() || find_ascii_ci(&line[at..], " were ").is_some()
    }
}

/// `d`, the date `text` starts with, read month first where it reads both ways
/// ("03/04/2025") and the document `input` writes as North American minutes do
/// ([`date::writes_month_first`]): March 4 there, 3 April elsewhere.
fn as_written(input: &str, text: &str, d: Date) -> Date {
    date::month_first(text)
        .filter(|_| date::writes_month_first(input))
        .unwrap_or(d)
}

/// A date that a wrapped title line splits ("... held on Tuesday 14th" / "January 2025 at
/// 7.30pm"), read from each line joined to the next: as (index of the second line, that
/// line, 0, date), so the time is looked for from the second line's start. Asked only when
/// no line holds a whole date.
fn date_across_lines<'a>(
    lines: impl Iterator<Item = &'a Line<'a>> + Clone,
) -> Option<(usize, &'a Line<'a>, usize, Date)> {
    let next = lines.clone().skip(1);
    lines.zip(next).enumerate().find_map(|(i, (a, b))| {
        if !date::has_ascii_digit(a.text) && !date::has_ascii_digit(b.text) {
            return None;
        }
        let joined = format!("{} {}", a.text.trim_end(), b.text.trim_start());
        let (at, d) = date::find_date(&joined)?;
        // Only a date that starts on the first line and ends on the second.
        (at < a.text.trim_end().len() && !dates_earlier_minutes(&joined, at)).then_some((
            i + 1,
            b,
            0,
            d,
        ))
    })
}

/// A date whose words a PDF's conversion glued together ("held at 7.00pm on
/// Monday1st March2010", "Tuesday 3rdJanuary2017"), read from a title line with a space put
/// back between letters and digits ([`unglued`]): as (index of the line, the line, 0, date).
/// Asked only when no line holds a date as written.
fn glued_date<'a>(
    lines: impl Iterator<Item = &'a Line<'a>>,
) -> Option<(usize, &'a Line<'a>, usize, Date)> {
    lines.enumerate().find_map(|(i, l)| {
        if !date::has_ascii_digit(l.text) {
            return None;
        }
        let spaced = unglued(l.text)?;
        let (at, d) = date::find_date(&spaced)?;
        (!dates_earlier_minutes(&spaced, at)).then_some((i, l, 0, d))
    })
}

/// `text` with a space put between a letter and a digit that touch, and between an
/// ordinal's "st", "nd", "rd" or "th" and a letter after it ("Monday1st March2010" ->
/// "Monday 1st March 2010", "3rdJanuary" -> "3rd January"); `None` when nothing is glued.
fn unglued(text: &str) -> Option<String> {
    let b = text.as_bytes();
    let mut out = String::new();
    let mut from = 0;
    for i in 1..b.len() {
        let (p, c) = (b[i - 1], b[i]);
        let ordinal_end = i >= 3
            && b[i - 3].is_ascii_digit()
            && [b"st", b"nd", b"rd", b"th"]
                .iter()
                .any(|o| b[i - 2..i].eq_ignore_ascii_case(*o));
        let glued = (p.is_ascii_alphabetic() && c.is_ascii_digit())
            || (p.is_ascii_digit() && c.is_ascii_alphabetic() && !starts_ordinal(&b[i..]))
            || (ordinal_end && c.is_ascii_alphabetic());
        if glued {
            out.push_str(&text[from..i]);
            out.push(' ');
            from = i;
        }
    }
    (from > 0).then(|| out + &text[from..])
}

/// Whether `b` starts with an ordinal's letters and no more letters ("st", "th March").
fn starts_ordinal(b: &[u8]) -> bool {
    b.len() >= 2
        && [b"st", b"nd", b"rd", b"th"]
            .iter()
            .any(|o| b[..2].eq_ignore_ascii_case(*o))
        && !b.get(2).is_some_and(|c| c.is_ascii_lowercase())
}

/// A title line without the words after the body's name: a draft mark ("Kelby Parish
/// Council (Draft)") and a last word "Minutes" ("Kelby Parish Council - Minutes"), with the
/// separators before them.
fn body_title(text: &str) -> &str {
    let title = before_draft_mark(text).unwrap_or(text);
    let title = before_minutes_part(title).unwrap_or(title);
    match strip_suffix_ci(title, " minutes") {
        // "Minutes" in capitals ends a title of capitals ("PLANNING COMMITTEE MINUTES").
        Some(rest) if title.ends_with(" Minutes") || title.ends_with(" MINUTES") => {
            trim_separators(rest)
        }
        _ => title,
    }
}

/// The body's name before a separator and the word "Minutes" that starts the title's next
/// part: "Kelby Parish Council - Minutes of the Annual Meeting - 3 March 2025", "Kelby Parish
/// Council: Minutes of meeting held 3 March 2025". `None` where no name stands before it.
fn before_minutes_part(title: &str) -> Option<&str> {
    // Most title lines hold no separator at all: the first one's byte ('-', ':', or the
    // lead byte of a dash) is looked for first, and "Minutes" only after it.
    let sep = memchr::memchr3(b'-', b':', 0xe2, title.as_bytes())?;
    let at = sep + find_ascii_ci(&title[sep..], "minutes")?;
    let before = title[..at].trim_end_matches(is_space);
    let name = trim_separators(before);
    (before.ends_with(TITLE_SEPARATORS) && !name.is_empty()).then_some(name)
}

/// "Minutes – Planning Committee", "MINUTES - PLANNING COMMITTEE - 4 MARCH 2025": the body's
/// name after "Minutes" and a dash.
fn name_after_minutes(text: &str) -> Option<String> {
    if !starts_with_ci(text, "minutes") {
        return None;
    }
    let rest = text[7..].trim_start_matches(is_space);
    let rest = rest
        .strip_prefix(['-', '\u{2013}', '\u{2014}'])?
        .trim_start_matches(is_space);
    name_before_dated_dash(rest).or_else(|| looks_like_body_name(rest).then(|| clean(rest)))
}

/// "Meeting of: Licensing Sub-Committee", "Committee: Planning Committee": a form's field
/// that names the body, over its "Date:" and "Venue:" fields. Asked of the first lines only.
fn labelled_body(text: &str) -> Option<String> {
    if !matches!(text.as_bytes().first()?, b'M' | b'C') {
        return None;
    }
    let name = strip_label(text, "meeting of:").or_else(|| strip_label(text, "committee:"))?;
    looks_like_body_name(name).then(|| clean(name))
}

/// "Planning Committee - 4th March 2025": the body's name before the dash that a date
/// follows ([`date_after_dash`], which the ModernGov meeting line is read with too).
fn name_before_dated_dash(text: &str) -> Option<String> {
    let (dash, _, _) = date_after_dash(text)?;
    let name = body_title(&text[..dash]);
    looks_like_body_name(name).then(|| clean(name))
}

/// "Minutes of the Planning Committee held on Tuesday 4 March 2025" → "Planning Committee"
/// (a title without "meeting of"); "Minutes of (the) Kelby Parish Council Meeting held on"
/// → "Kelby Parish Council", as "Minutes for the City Council Meeting on ..." → "City
/// Council"; not "Minutes of the Previous Meeting", an item's title. Without
/// "the", or before "Meeting", the name must end with a word that names a body
/// ([`BODY_WORDS`]): "Minutes of Proceedings" and "the Annual Parish Meeting" name none.
fn minutes_of_the(text: &str) -> Option<String> {
    const PHRASE: &str = "minutes of ";
    // "DRAFT Minutes of the Kelby Community Council held ...": the draft mark before it.
    let text = match text.get(..6) {
        Some(draft) if draft.eq_ignore_ascii_case("draft ") => &text[6..],
        _ => text,
    };
    // "MINUTES FOR THE CITY COUNCIL MEETING ON MONDAY, ...": "for" as "of".
    let mut rest = if starts_with_folded(text, PHRASE) {
        &text[PHRASE.len()..]
    } else if starts_with_folded(text, "minutes for the ") {
        &text["minutes for ".len()..]
    } else {
        return None;
    };
    // "MINUTES OF THE PROCEEDINGS OF THE CITY COUNCIL": the body is after "proceedings of".
    for lead in ["the proceedings of ", "proceedings of "] {
        if starts_with_ci(rest, lead) {
            rest = &rest[lead.len()..];
            break;
        }
    }
    let the = starts_with_ci(rest, "the ");
    let mut name = body_name_at(if the { &rest[4..] } else { rest })?;
    // "Minutes of the Town Council Meeting 27th April 2021": the date after "Meeting" is
    // no part of the name.
    if let Some(at) = find_ascii_ci(&name, " meeting ") {
        let after = at + " meeting ".len();
        // "... Meeting Monday 12th May 2025" too.
        if name.as_bytes().get(after).is_some_and(u8::is_ascii_digit)
            || date::date(&name[after..]).is_ok()
        {
            name.truncate(after - 1);
        }
    }
    let last = name.rsplit(' ').next().unwrap_or("");
    if last.eq_ignore_ascii_case("meeting") || last.eq_ignore_ascii_case("meetings") {
        let body = without_meeting_kind(name[..name.len() - last.len()].trim_end());
        // "Minutes of (the) Annual Parish Meeting": the parish's meeting of its electors.
        if ELECTORS.iter().any(|w| ends_with_word(body, w)) {
            return Some(name);
        }
        return ends_with_body_word(body).then(|| body.to_string());
    }
    (the || ends_with_body_word(&name)).then_some(name)
}

/// `name` without the words after the body's name that say what kind of meeting it held
/// ("Kelby Community Council virtual", "Parish Council Ordinary", of "... Meeting held on").
fn without_meeting_kind(name: &str) -> &str {
    const KINDS: [&str; 8] = [
        "virtual",
        "remote",
        "online",
        "ordinary",
        "extraordinary",
        "annual",
        "monthly",
        "special",
    ];
    let mut name = name;
    while let Some((before, last)) = name.rsplit_once(' ') {
        if !KINDS.iter().any(|k| last.eq_ignore_ascii_case(k)) {
            break;
        }
        name = before.trim_end();
    }
    name
}

/// The last words of the names of bodies that meet: "Kelby Parish Council", "Planning
/// Committee", "Licensing Sub-Committee". "council" first: [`names_committee`] passes over
/// it.
const BODY_WORDS: [&str; 12] = [
    "council",
    "committee",
    "sub-committee",
    "board",
    "panel",
    "cabinet",
    "commission",
    "forum",
    "assembly",
    "authority",
    "executive",
    "trust",
];

/// The name of the committee on the line under a council's name ("PLANNING COMMITTEE" under
/// "KELBY TOWN COUNCIL": the council's committee met), else the name itself. Kept out of
/// line: inlined into `printed_title`, it cost ~0.015 instructions a byte more there.
#[inline(never)]
fn committee_under(name: String, next: Option<&Line<'_>>) -> String {
    if !ends_with_word(&name, "council") {
        return name;
    }
    match next.map(|l| body_title(l.text)) {
        Some(title) if looks_like_body_name(title) && names_committee(title) => clean(title),
        _ => name,
    }
}

/// The words that open a North American municipality's name ("City of Oakvale", "TOWN OF
/// WESTFIELD"), any case.
const MUNICIPALITY_WORDS: [&str; 6] = [
    "city of ",
    "town of ",
    "village of ",
    "township of ",
    "county of ",
    "borough of ",
];

/// The names of the bodies that meet under a municipality, beyond [`BODY_WORDS`].
const MUNICIPAL_BODY_WORDS: [&str; 5] = [
    "trustees",
    "selectmen",
    "supervisors",
    "aldermen",
    "commissioners",
];

/// The body named on one of the `next` two lines under a municipality's name ("BOARD OF
/// SELECTMEN" under "TOWN OF WESTFIELD", "City Council" under "City of Riverton" and
/// "Meeting Minutes"): the body that met. Else `name` itself.
#[inline(never)]
fn body_under_municipality<'a>(
    name: String,
    mut next: impl Iterator<Item = &'a Line<'a>>,
) -> String {
    if !MUNICIPALITY_WORDS.iter().any(|w| starts_with_ci(&name, w)) {
        return name;
    }
    next.find_map(|l| {
        let title = body_title(l.text);
        // "REGULAR MEETING OF THE BOARD OF TRUSTEES" is read by `first_meeting_of`.
        let body = looks_like_body_name(title)
            && find_ascii_ci(title, "meeting").is_none()
            && (ends_with_body_word(title)
                || MUNICIPAL_BODY_WORDS
                    .iter()
                    .any(|w| ends_with_word(title, w)));
        body.then(|| clean(title))
    })
    .unwrap_or(name)
}

/// Whether the last word of `name` is one of [`BODY_WORDS`], any case.
fn ends_with_body_word(name: &str) -> bool {
    let last = last_word(name);
    BODY_WORDS
        .iter()
        .any(|w| w.len() == last.len() && last.eq_ignore_ascii_case(w))
}

/// Whether `name` names a body of a council ("Planning Committee", "Licensing Panel"): its
/// last word is one of [`BODY_WORDS`] but "council".
fn names_committee(name: &str) -> bool {
    let last = last_word(name);
    BODY_WORDS[1..]
        .iter()
        .any(|w| w.len() == last.len() && last.eq_ignore_ascii_case(w))
}

/// Whether the last word of `name` is `word`, any case.
fn ends_with_word(name: &str, word: &str) -> bool {
    last_word(name).eq_ignore_ascii_case(word)
}

/// The text after the last space of `name` (all of it without one): `rsplit(' ')`'s first
/// piece, found with memchr's reverse search rather than a char searcher.
fn last_word(name: &str) -> &str {
    memchr::memrchr(b' ', name.as_bytes()).map_or(name, |k| &name[k + 1..])
}

/// Document-system furniture glued to the title ("HomeMy WebLinkAbout" of Laserfiche pages).
const TITLE_FURNITURE: [&str; 1] = ["HomeMy WebLinkAbout"];

/// The body named in a "City Council Minutes" or "CITY COUNCIL MEETING MINUTES" line (a
/// title or running header), or else in "Council Minutes - April 17, 2019", with that
/// line's date. An item's "APPROVAL OF MINUTES" names none.
///
/// A Laserfiche page's first line is its furniture, the document's file name and the first
/// page's number run together ("HomeMy WebLinkAbout2010.09.01 CITY COUNCIL MINUTES1",
/// "...Council Minutes - April 17, 20191"): the number and a leading file date are no part
/// of the name, and the page's own title line ("City Council Minutes – September 17, 2025")
/// names the body more fully than the file name does.
fn minutes_title(lines: &[Line<'_>]) -> Option<(String, Option<Date>)> {
    let short_name = |name: &str| {
        let words = name.split_whitespace().count();
        let last = name.rsplit(' ').next().unwrap_or("");
        ((1..=5).contains(&words)
            && !name.contains(|c: char| c.is_ascii_digit())
            && name.starts_with(char::is_uppercase)
            && !last.eq_ignore_ascii_case("of")
            && !last.eq_ignore_ascii_case("the")
            && !names_no_body(name))
        .then(|| clean(name))
    };
    let non_blank = || lines.iter().filter(|l| !l.is_blank()).take(200);
    let exact = non_blank().find_map(|l| {
        let (text, furniture) = without_furniture(l.text);
        let text = if furniture {
            // "2010.09.01 CITY COUNCIL MINUTES1": the file's date and the page number.
            let text = text.trim_end_matches(|c: char| c.is_ascii_digit());
            match text.split_once(' ') {
                Some((first, rest)) if first.starts_with(|c: char| c.is_ascii_digit()) => rest,
                _ => text,
            }
        } else {
            text
        };
        let name = text
            .strip_suffix(" Minutes")
            .or_else(|| text.strip_suffix(" MINUTES"));
        name.and_then(short_name)
    });
    if let Some(name) = exact {
        return Some((name, None));
    }
    let mut from_furniture = None;
    for l in non_blank() {
        let (text, furniture) = without_furniture(l.text);
        let Some((name, after)) = split_minutes_dash(text) else {
            continue;
        };
        let date = date::date(after)
            .ok()
            .map(|(_, d)| d)
            .or_else(|| furniture.then(|| page_glued_date(after)).flatten());
        let Some(date) = date else {
            continue;
        };
        // A page run into one line holds the title inside it ("... Engage.Rexburg.org
        // Planning and Zoning Minutes - October 5, 2023 City Staff ..."): its last words
        // in title case name the body.
        let Some(name) = short_name(name).or_else(|| short_name(title_case_tail(name))) else {
            continue;
        };
        if !furniture {
            return Some((name, Some(date)));
        }
        from_furniture.get_or_insert((name, Some(date)));
    }
    from_furniture
}

/// The last words of `text` that read as a name in title case (each starts with a capital,
/// or is "and", "of" or "&"; no full stop, no digit), up to five, from a capital on.
fn title_case_tail(text: &str) -> &str {
    let mut from = text.len();
    for (k, word) in text.rsplit(' ').enumerate() {
        let name_word =
            word.starts_with(|c: char| c.is_uppercase()) || matches!(word, "and" | "of" | "&");
        if k == 5 || !name_word || word.contains(|c: char| c == '.' || c.is_ascii_digit()) {
            break;
        }
        from -= word.len() + usize::from(from < text.len());
    }
    let tail = &text[from..];
    tail.find(|c: char| c.is_uppercase())
        .map_or("", |at| &tail[at..])
}

/// `text` without the [`TITLE_FURNITURE`] it starts with, and whether it started so.
fn without_furniture(text: &str) -> (&str, bool) {
    TITLE_FURNITURE
        .iter()
        .find_map(|f| text.strip_prefix(f))
        .map_or((text, false), |rest| (rest, true))
}

/// "April 17, 20191": a date whose year the first page's number runs into, read without
/// the digits after the year.
fn page_glued_date(text: &str) -> Option<Date> {
    let comma = text.find(", ")?;
    let year = comma + 2;
    let digits = text.as_bytes()[year..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    if !(5..=7).contains(&digits) {
        return None;
    }
    date::date(&text[..year + 4]).ok().map(|(_, d)| d)
}

/// The words of a kind of meeting, which name no body: "REGULAR MEETING MINUTES" under
/// "BOARD OF SELECTMEN" leaves the committee to the lines above.
const MEETING_KIND_WORDS: [&str; 7] = [
    "meeting", "regular", "special", "work", "session", "study", "joint",
];

/// Whether a name before "Minutes" is only [`MEETING_KIND_WORDS`] ("Meeting", "Regular
/// Meeting", "Special Work Session").
fn names_no_body(name: &str) -> bool {
    name.split_whitespace()
        .all(|w| MEETING_KIND_WORDS.iter().any(|k| w.eq_ignore_ascii_case(k)))
}

/// `text.split_once(" Minutes - ")` (the dash may be an en or em dash), asked of up to 200
/// lines a header: the separator's "M" is found with memchr and the rest compared there,
/// instead of setting up a substring searcher for each line.
fn split_minutes_dash(text: &str) -> Option<(&str, &str)> {
    const WORD: &[u8] = b" Minutes ";
    let bytes = text.as_bytes();
    let mut from = 1;
    while let Some(k) = bytes
        .get(from..)
        .and_then(|rest| memchr::memchr(b'M', rest))
    {
        let m = from + k;
        if bytes[m - 1..].starts_with(WORD) {
            let after = &text[m - 1 + WORD.len()..];
            // A dash glued to the date as well ("City Council Minutes \u{2014}August 7, 2024").
            if let Some(rest) = ["- ", "\u{2013} ", "\u{2014} ", "\u{2013}", "\u{2014}"]
                .iter()
                .find_map(|dash| after.strip_prefix(dash))
            {
                return Some((&text[..m - 1], rest));
            }
        }
        from = m + 1;
    }
    None
}

/// The meeting's name ("Minutes of a meeting of the South Hams Council held on" → "South
/// Hams Council") of the first of the first twelve non-blank lines that gives one. Its
/// phrase is searched for once in the text those lines span, and only the lines holding it
/// are read: a search set up for each line cost more than the search.
fn first_meeting_of(input: &str, lines: &[Line<'_>]) -> Option<String> {
    let mut non_blank = lines.iter().filter(|l| !l.is_blank()).take(12);
    let first = non_blank.next()?;
    let end = non_blank.last().unwrap_or(first).end();
    let mut lines = lines.iter();
    let mut line = lines.next()?;
    let mut tried = None;
    let mut name = None;
    let phrase = (MEETING_OF.as_bytes(), 6);
    each_phrase_ci(input.as_bytes(), (first.start, end), phrase, |at| {
        // The line the phrase ends in, if it starts there too.
        while line.end() < at + MEETING_OF.len() {
            match lines.next() {
                Some(next) => line = next,
                None => return true,
            }
        }
        if line.start <= at && tried != Some(line.start) {
            tried = Some(line.start);
            // The first phrase of the line: the first the search found in it.
            let at = at - line.start;
            name = meeting_of_wrapped(line.text, at, lines.clone().next());
            // "the Annual Parish Meeting of the Parish of Kelby": the parish's meeting, unless
            // a council's ("FULL PARISH MEETING OF THE COUNCIL").
            if !name.as_deref().is_some_and(ends_with_body_word) {
                name = parish_meeting_at(line.text, at).or(name.take());
            }
        }
        name.is_some()
    });
    name
}

/// Calls `visit` with each offset in `bytes[from..to]` where the ASCII `phrase` starts (any
/// case), in order, until it returns true. With a vector unit the phrase is found at its
/// bytes `pair` and `pair + 1`, chosen as a pair far rarer in text than any of its letters
/// ("g " of "meeting of ", "bc" of "webcast"), sixty-four places a step (see
/// [`each_pair_in_blocks`]); without, at its rarest byte.
fn each_phrase_ci(
    bytes: &[u8],
    (from, to): (usize, usize),
    (phrase, pair): (&[u8], usize),
    mut visit: impl FnMut(usize) -> bool,
) {
    let Some(region) = bytes.get(from..to).filter(|r| r.len() >= phrase.len()) else {
        return;
    };
    if !simd::ENABLED {
        let _ = occurrences_ci(bytes, phrase, from, to).any(visit);
        return;
    }
    // A letter in either case, any other byte as it is (no zero, which pads the scan).
    let is = |c: simd::Chunk, b: u8| match b.is_ascii_alphabetic() {
        true => c.lanes_eq_folded(b.to_ascii_lowercase()),
        false => c.lanes_eq(b),
    };
    let (a, b) = (phrase[pair], phrase[pair + 1]);
    each_pair_in_blocks(
        region,
        |this, next| is(this, a) & is(next, b),
        |k| {
            let start = k.wrapping_sub(pair);
            let here = region.get(start..start.wrapping_add(phrase.len()));
            here.is_some_and(|w| w.eq_ignore_ascii_case(phrase)) && visit(from + start)
        },
    );
}

/// Calls `visit` with each offset of `bytes` where `test` passes, in order, until `visit`
/// returns true: [`simd::for_each_pair`] (`test` gets the chunk at an offset and the chunk
/// one byte on; the end is padded with zeros, which it must not pass) sixty-four offsets a
/// step. The four verdicts of a step are OR-ed in the vector and turned into offsets only
/// when one passed, as few steps do when the pair is rare: a tenth fewer instructions a
/// byte than two masks for every sixty-four (the webcast search reads whole item pages).
pub(crate) fn each_pair_in_blocks(
    bytes: &[u8],
    test: impl Fn(simd::Chunk, simd::Chunk) -> simd::Lanes,
    mut visit: impl FnMut(usize) -> bool,
) {
    let passing = |window: &[u8; STEP + 1]| passing_in_block(&test, window);
    let mut at = 0;
    while let Some(window) = bytes[at..].first_chunk::<{ STEP + 1 }>() {
        let found = passing(window);
        if found != 0 && swar::set_bits(found).any(|k| visit(at + k)) {
            return;
        }
        at += STEP;
    }
    let rest = &bytes[at..];
    let mut padded = [0u8; STEP + 1];
    padded[..rest.len()].copy_from_slice(rest);
    let _ = swar::set_bits(passing(&padded)).any(|k| visit(at + k));
}

/// The steps of [`each_pair_in_blocks`].
const STEP: usize = 64;

/// Bit `k` for each of the window's first [`STEP`] offsets where `test` passes. Inlined
/// always: a call for each step cost more than the step.
#[inline(always)]
fn passing_in_block(
    test: &impl Fn(simd::Chunk, simd::Chunk) -> simd::Lanes,
    window: &[u8; STEP + 1],
) -> u64 {
    let chunk = |from: usize| simd::Chunk::load(window[from..from + 16].try_into().unwrap());
    let lanes: [simd::Lanes; 4] = std::array::from_fn(|j| test(chunk(16 * j), chunk(16 * j + 1)));
    if !(lanes[0] | lanes[1] | lanes[2] | lanes[3]).any() {
        return 0;
    }
    (0..4).fold(0u64, |m, j| m | u64::from(lanes[j].mask()) << (16 * j))
}

const MEETING_OF: &str = "meeting of ";

/// "Minutes of a meeting of the South Hams Council held on" → "South Hams Council".
#[cfg(test)]
fn meeting_of(text: &str) -> Option<String> {
    meeting_of_wrapped(text, find_ascii_ci(text, MEETING_OF)?, None)
}

/// The text after the "meeting of " at `at` in `text` and the articles after it.
fn after_meeting_of(text: &str, at: usize) -> &str {
    let mut rest = &text[at + MEETING_OF.len()..];
    for article in ["the ", "a "] {
        if starts_with_ci(rest, article) {
            rest = &rest[article.len()..];
        }
    }
    rest
}

/// The body's name after the "meeting of " at `at` in `text`, where the sentence may go on
/// to the `next` line: "... called a joint
/// meeting of the Board of County Commissioners of" / "Washington County, Maryland, ...", "A
/// Workshop Meeting of the Township" / "Council of the Township of Kelby was held on ...".
/// The name goes on when it reached its line's end and either ends in a word that cannot end
/// a name ("of", "the", "and", "&", "for") or the next line opens with words in title case
/// up to a word that ends a name ("was", "held", "to order"): a title line's name ("PARISH
/// COUNCIL" over "Present: Cllr A, Cllr B") stays as it is.
fn meeting_of_wrapped(text: &str, at: usize, next: Option<&Line<'_>>) -> Option<String> {
    let rest = after_meeting_of(text, at);
    let end = body_name_end(rest);
    let continued = next.filter(|next| {
        end == rest.len()
            && !next.is_blank()
            && (ends_mid_name(rest)
                || (!ends_with_body_word(rest.trim_end()) && opens_name_part(next.text)))
    });
    match continued {
        Some(next) => body_name_at(&format!("{} {}", rest.trim_end(), next.text)),
        None => body_name_before(rest, end),
    }
}

/// Whether `name`'s last word cannot end a body's name ("Board of County Commissioners of").
fn ends_mid_name(name: &str) -> bool {
    let last = last_word(name.trim_end());
    // The word's length says which to compare it with: most last words have none.
    match last.len() {
        1 => last == "&",
        2 => last.eq_ignore_ascii_case("of"),
        3 => ["the", "and", "for"]
            .iter()
            .any(|w| last.eq_ignore_ascii_case(w)),
        _ => false,
    }
}

/// Whether `line` opens with the rest of a body's name: words in title case ("Council of
/// the Township of Kelby") up to a word of the sentence ("was held"), not a comma, and not
/// a sentence of its own ("A Meeting of the Parish Council was held").
fn opens_name_part(line: &str) -> bool {
    let end = body_name_end(line);
    let part = &line[..end];
    line.as_bytes().get(end) == Some(&b' ')
        && at_most_words(part, 8)
        && find_ascii_ci(part, "meeting").is_none()
        && part.split(' ').all(|w| {
            w.starts_with(|c: char| c.is_uppercase()) || matches!(w, "of" | "the" | "and" | "&")
        })
}

/// The body's name that `rest` starts with, up to [`body_name_end`], cleaned: capitalised
/// and of at most eight words ([`short_enough_for_a_name`]), else `None`. A date is no name
/// ("The Regular Council Meeting of August 19, 2002, was convened"), and a word that a
/// converter split at a line's end is joined again ("Board of Super- visors").
fn body_name_at(rest: &str) -> Option<String> {
    body_name_before(rest, body_name_end(rest))
}

/// [`body_name_at`], given where the name ends.
fn body_name_before(rest: &str, end: usize) -> Option<String> {
    let name = &rest[..end];
    // Most names hold no digit, which a date needs.
    if date::has_ascii_digit(name) && date::date(rest).is_ok() {
        return None;
    }
    let name = join_split_words(clean(name));
    let starts_capital = name.starts_with(|c: char| c.is_uppercase());
    (starts_capital && short_enough_for_a_name(&name)).then_some(name)
}

/// `name` with each "- " between a letter and a lower-case letter taken out: a word split at
/// a line's end whose line break became a space ("Super- visors" → "Supervisors"). A dash
/// between words ("Planning - Committee") has a space before it and stays.
fn join_split_words(name: String) -> String {
    let b = name.as_bytes();
    let split_at = |k: usize| {
        k > 0
            && b[k - 1].is_ascii_alphabetic()
            && b.get(k + 1) == Some(&b' ')
            && b.get(k + 2).is_some_and(u8::is_ascii_lowercase)
    };
    if !memchr::memchr_iter(b'-', b).any(split_at) {
        return name;
    }
    let mut out = String::with_capacity(name.len());
    let mut from = 0;
    for k in memchr::memchr_iter(b'-', b).filter(|&k| split_at(k)) {
        out.push_str(&name[from..k]);
        from = k + 2;
    }
    out.push_str(&name[from..]);
    out
}

/// Whether `name` is short enough to be a body's name: eight words, or up to twelve when it
/// ends with a word that names a body ("Finance and General Purposes Committee of Kelby
/// Town Council", nine words, is kept whole as the text states it, as the eight words of
/// "Planning and Highways Committee of Kelby Parish Council" are).
fn short_enough_for_a_name(name: &str) -> bool {
    at_most_words(name, 8) || (at_most_words(name, 12) && ends_with_body_word(name))
}

/// Where the body's name after "meeting of " ends: at the first " held ", " on ", " at ",
/// " was " (a sentence: "The Regular Meeting of the Elm City Council was held ..."), ",", or dash between spaces ("Cabinet – 4 March 2025"), any case, or at the end.
/// One walk over the spaces and commas, where each word was a search of its own.
fn body_name_end(rest: &str) -> usize {
    let b = rest.as_bytes();
    let word_after = |k: usize| {
        [
            &b"held "[..],
            b"on ",
            b"at ",
            b"was ",
            // "called a meeting of the Kelby City Council to order at 7 p.m."
            b"to order",
            b"- ",
            "\u{2013} ".as_bytes(),
            "\u{2014} ".as_bytes(),
        ]
        .iter()
        .any(|w| {
            b.get(k + 1..k + 1 + w.len())
                .is_some_and(|x| x.eq_ignore_ascii_case(w))
        })
    };
    memchr::memchr2_iter(b' ', b',', b)
        .find(|&k| b[k] == b',' || word_after(k))
        .unwrap_or(b.len())
}

/// A short line without digits or colons that names a body ("IMPROVING LIVES SELECT
/// COMMISSION", "Groby Parish Council", "Overview & Scrutiny Committee"). The cheap tests
/// come first; digits and colons are looked for sixteen bytes a step, and words are counted
/// on bytes (see [`at_most_words`]), where splitting the line decoded each char.
fn looks_like_body_name(text: &str) -> bool {
    // The capital is no white space: the line has a word.
    text.starts_with(|c: char| c.is_uppercase())
        && !text.ends_with('.')
        && !has_title_word(text)
        // A section of the agenda ("Standard Items", "Part A Items"), not a body.
        && strip_suffix_ci(text, " items").is_none()
        // Digits and the colon are the bytes '0' to ':'.
        && !date::has_ascii_between(text, b'0', b':')
        && short_enough_for_a_name(text)
        // The viewer's caption over a page's text ("Laserfiche WebLink"), not a body.
        && !text.ends_with("WebLink")
        // A member's line ("Ø Cllr V Abbott", marked for apologies; "Councillor Mrs Hale
        // (The Mayor) and"), not a body, nor a website's link to its pages ("Contact your
        // Parish Council"): asked last, of the few lines that pass the rest.
        && find_ascii_ci(text, "cllr ").is_none()
        && !starts_with_ci(text, "councillor ")
        && find_ascii_ci(text, "your ").is_none()
        // A sentence cut at the line's end ("ROLL CALL Mayor Dale Orme called the"), not a
        // body's name.
        && !ends_mid_name(text)
        // One word names a body only if it is a body's word ("Cabinet", "COUNCIL"), not a
        // document site's caption ("Transcription").
        && (!at_most_words(text, 1) || ends_with_body_word(text))
}

/// Whether `text` opens with a word of a title rather than a body's name: "Minutes",
/// "Draft", "Agenda", "Meeting documents", "Meeting details", "Meeting of" or "Present",
/// any case. The
/// first byte says which one to compare (a non-ASCII one none: every word is ASCII).
fn has_title_word(text: &str) -> bool {
    match text.as_bytes().first().map_or(0, |b| b | 0x20) {
        b'm' => {
            starts_with_ci(text, "minutes")
                || starts_with_folded(text, "meeting documents")
                || starts_with_folded(text, "meeting details")
                || starts_with_folded(text, "meeting of ")
        }
        b'd' => starts_with_ci(text, "draft"),
        b'a' => starts_with_ci(text, "agenda"),
        b'p' => starts_with_ci(text, "present"),
        _ => false,
    }
}

/// Whether `text.split_whitespace()` yields at most `max` words. Each word but the last
/// takes a byte and a space after it, so a text of at most `2 * max` bytes has no more;
/// longer ones are counted by [`words_up_to`](crate::layout::words_up_to), sixty-four bytes
/// a step, where a byte loop read each byte.
fn at_most_words(text: &str, max: usize) -> bool {
    text.len() <= 2 * max || crate::layout::words_up_to(text, max + 1) <= max
}

/// `text` after `label` (lower-case letters, spaces and colons) and the spaces after it, when
/// it starts with the label in any case.
fn strip_label<'a>(text: &'a str, label: &str) -> Option<&'a str> {
    starts_with_folded(text, label).then(|| text[label.len()..].trim_start_matches(is_space))
}

/// "Contact: Natasha Aucott, Governance Advisor Tel: 01709 255601", with "tel. no.:" and
/// "Email:" on the same or the next line.
fn contact(input: &str, lines: &[Line<'_>], i: usize) -> Contact {
    let line = &lines[i];
    let mut end = line.end();
    // Borrowed from the input unless the next line is joined to it.
    let mut joined = Cow::Borrowed(&input[line.start + "contact:".len()..end]);
    if let Some(next) = lines.get(i + 1) {
        if ["tel", "phone", "email", "e-mail"]
            .iter()
            .any(|w| starts_with_ci(next.text, w))
        {
            let text = joined.to_mut();
            text.push(' ');
            text.push_str(next.text);
            end = next.end();
        }
    }
    // The webcast sentence sometimes shares the contact line.
    let (cut, label) = contact_marks(&joined);
    let text = &joined[..cut.unwrap_or(joined.len())];
    let email = email_in(text);
    let (phone_at, phone) = phone_in(text).unzip();
    let name_end = [phone_at, label]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(text.len());
    let who = clean(&text[..name_end]);
    let who = who.trim_end_matches([',', '-', ' ']);
    // `who` is clean, so it holds no double space to split a role at.
    let (name, role) = match name_role_split(who) {
        Some((n, r)) => (Some(n.trim().to_string()), Some(r.trim().to_string())),
        None => (Some(who.to_string()), None),
    };
    Contact {
        name: name.filter(|n| !n.is_empty()),
        role: role.filter(|r| !r.is_empty()),
        phone,
        email,
        span: Span::new(line.start, end),
    }
}

/// Where the contact's text is cut (its first "the webcast") and where a "tel", "phone" or
/// "email" label first starts before the cut, any case. Found in one pass over the text,
/// each word at a pair of its letters ("eb", "el", "ph", "em"), where four searches cost
/// ~160 instructions each on these short texts and single anchor letters (b, l, p, m) met
/// a word comparison at most names.
fn contact_marks(text: &str) -> (Option<usize>, Option<usize>) {
    if !simd::ENABLED {
        return contact_marks_by_search(text);
    }
    // Each word with the index of the pair it is looked for at; the pairs' second letters
    // differ, so that letter says the one word to compare.
    const CUT: (&[u8], usize) = (b"the webcast", 5);
    const LABELS: [(&[u8], usize); 3] = [(b"tel", 1), (b"phone", 0), (b"email", 0)];
    const PAIRS: [[u8; 2]; 4] = [*b"eb", *b"el", *b"ph", *b"em"];
    let bytes = text.as_bytes();
    let starts = |(word, anchor): (&[u8], usize), k: usize| {
        let start = k.checked_sub(anchor)?;
        let here = bytes.get(start..start + word.len())?;
        here.eq_ignore_ascii_case(word).then_some(start)
    };
    let (mut cut, mut label): (Option<usize>, Option<usize>) = (None, None);
    simd::for_each_pair(
        bytes,
        |this, next| this.pairs_folded(next, &PAIRS),
        |k| {
            let word = match bytes[k + 1] | 0x20 {
                b'b' => {
                    cut = starts(CUT, k);
                    return cut.is_some();
                }
                b'l' => LABELS[0],
                b'h' => LABELS[1],
                _ => LABELS[2],
            };
            if let Some(at) = starts(word, k) {
                label = Some(label.map_or(at, |l| l.min(at)));
            }
            false
        },
    );
    // No label overlaps "the webcast": those before it end before it.
    (cut, label.filter(|&at| cut.is_none_or(|cut| at < cut)))
}

/// [`contact_marks`] by a search for each word: the rule it keeps, and the path without a
/// vector unit.
fn contact_marks_by_search(text: &str) -> (Option<usize>, Option<usize>) {
    let cut = find_ascii_ci(text, "the webcast");
    let text = &text[..cut.unwrap_or(text.len())];
    let label = ["tel", "phone", "email"]
        .into_iter()
        .filter_map(|w| find_ascii_ci(text, w))
        .min();
    (cut, label)
}

/// `who` split at its first ", ", or else at its first " - ": both found in one walk over
/// its commas and hyphens.
fn name_role_split(who: &str) -> Option<(&str, &str)> {
    let bytes = who.as_bytes();
    let space_at = |i: usize| bytes.get(i) == Some(&b' ');
    let mut dash = None;
    for at in memchr::memchr2_iter(b',', b'-', bytes) {
        if bytes[at] == b',' && space_at(at + 1) {
            return Some((&who[..at], &who[at + 2..]));
        }
        if bytes[at] == b'-' && dash.is_none() && at > 0 && space_at(at - 1) && space_at(at + 1) {
            dash = Some(at - 1);
        }
    }
    dash.map(|at| (&who[..at], &who[at + 3..]))
}

/// The first word of `text` with an '@' and a '.', without its trailing full stops. Only the
/// words around the '@'s are read (most contact lines hold none), where splitting the text
/// read every word before the address.
fn email_in(text: &str) -> Option<String> {
    let is_break = |c: char| is_space(c) || c == ',' || c == ';';
    // Where the word last read ends: a later '@' in it was read with it.
    let mut read_to = 0;
    for at in memchr::memchr_iter(b'@', text.as_bytes()) {
        if at < read_to {
            continue;
        }
        let (start, end) = word_around(text, at, is_break);
        let word = &text[start..end];
        if memchr::memchr(b'.', word.as_bytes()).is_some() {
            return Some(word.trim_end_matches('.').to_string());
        }
        read_to = end;
    }
    None
}

/// The bounds of the word around byte `at` of `text`, words ending at a char that
/// `is_break` passes. Read a byte at a time while the bytes are ASCII (addresses and the
/// words by them are), where decoding chars both ways cost more than the bytes: from the
/// first other byte the chars are decoded as before.
fn word_around(text: &str, at: usize, is_break: impl Fn(char) -> bool) -> (usize, usize) {
    let b = text.as_bytes();
    let mut start = at;
    while start > 0 && b[start - 1].is_ascii() && !is_break(char::from(b[start - 1])) {
        start -= 1;
    }
    if start > 0 && !b[start - 1].is_ascii() {
        start = text[..start]
            .char_indices()
            .rev()
            .find(|&(_, c)| is_break(c))
            .map_or(0, |(k, c)| k + c.len_utf8());
    }
    let mut end = at;
    while end < b.len() && b[end].is_ascii() && !is_break(char::from(b[end])) {
        end += 1;
    }
    if end < b.len() && !b[end].is_ascii() {
        end = text[end..].find(&is_break).map_or(text.len(), |e| end + e);
    }
    (start, end)
}

/// A telephone number: at least ten digits, with spaces, brackets or dashes between. With a
/// vector unit only the places of digits and '(' are read (one SIMD pass finds them), where
/// every byte of the contact was tested; without, by [`phone_by_bytes`].
fn phone_in(text: &str) -> Option<(usize, String)> {
    if !simd::ENABLED {
        return phone_by_bytes(text);
    }
    let bytes = text.as_bytes();
    // Where the run last read ends: the candidates inside it were read with it.
    let mut read_to = 0;
    let candidates = simd::Positions::new(bytes, |c| c.ascii_between(b'0', b'9') | c.eq(b'('));
    for start in candidates {
        if start < read_to {
            continue;
        }
        if bytes[start] == b'(' && !bytes.get(start + 1).is_some_and(u8::is_ascii_digit) {
            continue;
        }
        let (end, digits, run_end) = phone_run(bytes, start);
        if (10..=13).contains(&digits) {
            return Some((start, text[start..end].to_string()));
        }
        // The byte after the run starts no number (the byte loop steps over it too).
        read_to = run_end + 1;
    }
    None
}

/// The run of digits, spaces, brackets and dashes from `start`: where its last digit ends,
/// how many digits it holds, and where the run ends.
fn phone_run(bytes: &[u8], start: usize) -> (usize, usize, usize) {
    let mut i = start;
    let (mut digits, mut end) = (0, start);
    while i < bytes.len()
        && (bytes[i].is_ascii_digit() || matches!(bytes[i], b' ' | b'(' | b')' | b'-'))
    {
        if bytes[i].is_ascii_digit() {
            digits += 1;
            end = i + 1;
        }
        i += 1;
    }
    (end, digits, i)
}

/// [`phone_in`] by testing every byte for a number's start (both read the run with
/// [`phone_run`]): the rule, and the path without a vector unit.
fn phone_by_bytes(text: &str) -> Option<(usize, String)> {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit()
            || (bytes[i] == b'(' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit))
        {
            let (end, digits, run_end) = phone_run(bytes, i);
            if (10..=13).contains(&digits) {
                return Some((i, text[i..end].to_string()));
            }
            i = run_end;
        }
        i += 1;
    }
    None
}

/// Where the first "http://" starts, or else the first "https://": both found in one walk
/// over the text's colons, the rarest byte of both.
fn url_start(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut https = None;
    for colon in memchr::memchr_iter(b':', bytes) {
        let starts = |pat: &[u8], anchor: usize| {
            colon
                .checked_sub(anchor)
                .filter(|&at| bytes[at..].starts_with(pat))
        };
        if let Some(at) = starts(b"http://", 4) {
            return Some(at);
        }
        https = https.or_else(|| starts(b"https://", 5));
    }
    https
}

/// The first http(s) URL in the text, without angle brackets.
fn url_in(text: &str) -> Option<String> {
    let at = url_start(text)?;
    let url = &text[at..];
    Some(url[..url_end(url)].to_string())
}

/// Where the URL that starts `url` ends: at the first white space or '>'. Read on bytes
/// while they are ASCII, and decoded only from the first that is not (a URL seldom holds
/// one), where every character was decoded.
fn url_end(url: &str) -> usize {
    let b = url.as_bytes();
    let stop = |c: char| is_space(c) || c == '>';
    match b.iter().position(|&c| !c.is_ascii() || stop(char::from(c))) {
        Some(k) if !b[k].is_ascii() => url[k..].find(stop).map_or(url.len(), |e| k + e),
        Some(k) => k,
        None => url.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A website's link ("Contact your Parish Council") and a member's line ("Councillor
    /// Mrs Hale (The Mayor) and") are no body's name.
    #[test]
    fn links_and_member_lines_name_no_body() {
        assert!(!looks_like_body_name("Contact your Parish Council"));
        assert!(!looks_like_body_name("Councillor Mrs Hale (The Mayor) and"));
        assert!(looks_like_body_name("Elm Parish Council"));
    }

    /// A date whose words a PDF glued together is read with its spaces put back, and only
    /// where no line has a date as written.
    #[test]
    fn glued_dates() {
        assert_eq!(
            unglued("held on Friday2nd May2031 at 7.15pm").as_deref(),
            Some("held on Friday 2nd May 2031 at 7.15 pm")
        );
        assert_eq!(
            unglued("Wednesday 4thJune2031").as_deref(),
            Some("Wednesday 4th June 2031")
        );
        assert_eq!(unglued("Held on 4 June 2031"), None);
        let text = "Ashbury Parish Council\nMinutes of a meeting held on\nFriday2nd May2031 at the Hall.\n";
        let lines = crate::lexer::lines(text);
        let (i, _, _, d) = glued_date(lines.iter().filter(|l| !l.is_blank())).unwrap();
        assert_eq!((i, d.to_string()), (2, "2031-05-02".to_string()));
    }

    /// The body under a municipality's name is the committee; a meeting's kind names none.
    #[test]
    fn bodies_under_municipalities() {
        let text = "TOWN OF WESTFIELD\nMEETING MINUTES\nBOARD OF SELECTMEN\nMarch 4, 2025\n";
        let lines = crate::lexer::lines(text);
        let under = |name: &str, from: usize| {
            body_under_municipality(name.to_string(), lines[from..].iter().take(2))
        };
        assert_eq!(under("TOWN OF WESTFIELD", 1), "BOARD OF SELECTMEN");
        assert_eq!(under("TOWN OF WESTFIELD", 3), "TOWN OF WESTFIELD");
        assert_eq!(under("Kelby Parish Council", 1), "Kelby Parish Council");
        let text = "TOWNSHIP OF PINECREST\nREGULAR MEETING OF THE BOARD OF TRUSTEES\nMINUTES\n";
        let lines = crate::lexer::lines(text);
        let name = "TOWNSHIP OF PINECREST".to_string();
        assert_eq!(
            body_under_municipality(name, lines[1..].iter().take(2)),
            "TOWNSHIP OF PINECREST"
        );
        assert!(names_no_body("REGULAR MEETING"));
        assert!(names_no_body("Special Work Session"));
        assert!(!names_no_body("City Council Regular Meeting"));
    }

    /// The name and role as `contact` split them before [`name_role_split`]: at ", ", else
    /// " - ", else at a double space in the name.
    fn name_role_by_search(who: &str) -> (Option<String>, Option<String>) {
        let (name, role) = match who.split_once(", ").or_else(|| who.split_once(" - ")) {
            Some((n, r)) => (Some(n.trim().to_string()), Some(r.trim().to_string())),
            None => (Some(who.to_string()), None),
        };
        let double_space_role = name.as_deref().and_then(|n| n.split_once("  "));
        match double_space_role {
            Some((n, r)) if role.is_none() => {
                (Some(n.trim().to_string()), Some(r.trim().to_string()))
            }
            _ => (name, role),
        }
    }

    #[test]
    fn names_and_roles_split_where_the_searches_split_them() {
        let pieces = [
            ",", ", ", " -", "- ", "-", " ", "  ", "\u{a0}", "\u{e9}", "x",
        ];
        for text in crate::test_text::joins(&pieces, 5) {
            let who = clean(&text);
            let who = who.trim_end_matches([',', '-', ' ']);
            let split = match name_role_split(who) {
                Some((n, r)) => (Some(n.trim().to_string()), Some(r.trim().to_string())),
                None => (Some(who.to_string()), None),
            };
            assert_eq!(split, name_role_by_search(who), "{text:?}");
        }
    }

    #[test]
    fn contact_marks_are_where_the_searches_find_them() {
        let pieces = [
            "the webcast",
            "THE WEBCAST",
            "the web",
            "webcast",
            "tel",
            "Tel",
            "te",
            "phone",
            "PHONE",
            "email",
            "E-mail",
            "mail",
            "b",
            "l",
            "p",
            "m",
            " ",
            "\u{e9}",
        ];
        let mut texts = crate::test_text::joins_up_to(&pieces, 3);
        // Long texts, for the scan's later 64-byte blocks.
        texts.extend(crate::test_text::mixes(&pieces, 20_000, 7, 40, |n| {
            n % 3 == 0
        }));
        for text in texts {
            assert_eq!(
                contact_marks(&text),
                contact_marks_by_search(&text),
                "{text:?}"
            );
        }
    }

    #[test]
    fn phones_are_read_from_their_candidates_as_from_every_byte() {
        let pieces = [
            "0",
            "1234",
            "(",
            ")",
            " ",
            "-",
            "x",
            "é",
            "01709 255601",
            "(020) 7525",
            "12345",
        ];
        for text in crate::test_text::joins_up_to(&pieces, 4) {
            // Past the first 64-byte block of the scan too.
            for text in [text.clone(), format!("{}{text}", "a1 ".repeat(21))] {
                assert_eq!(phone_in(&text), phone_by_bytes(&text), "{text:?}");
            }
        }
    }

    /// A sentence naming the meeting ends the body's name at its verb.
    #[test]
    fn a_meeting_sentence_names_the_body_before_its_verb() {
        for (text, want) in [
            (
                "The Regular Meeting of the Elm City Council was held in the Chambers",
                "Elm City Council",
            ),
            ("A meeting of the Harbour Board was called", "Harbour Board"),
            (
                "Minutes of a meeting of the Vale Council held on 4 May",
                "Vale Council",
            ),
        ] {
            assert_eq!(meeting_of(text).as_deref(), Some(want), "{text:?}");
        }
    }

    #[test]
    fn a_name_ends_where_the_first_of_the_searches_finds_its_word() {
        let by_searches = |rest: &str| {
            [
                " held ",
                " on ",
                " at ",
                " was ",
                ",",
                " - ",
                " \u{2013} ",
                " \u{2014} ",
            ]
            .iter()
            .filter_map(|w| find_ascii_ci(rest, w))
            .min()
            .unwrap_or(rest.len())
        };
        let pieces = [
            " ", "held", "HELD", "on", "At", ",", "x", "é", " held on", "at ", "-", "\u{2013}",
            "\u{2014}", "was", "WAS",
        ];
        for rest in crate::test_text::joins_up_to(&pieces, 5) {
            assert_eq!(body_name_end(&rest), by_searches(&rest), "{rest:?}");
        }
    }

    #[test]
    fn a_url_ends_where_the_split_at_white_space_ends_it() {
        let by_split = |url: &str| {
            url.split(|c: char| is_space(c) || c == '>')
                .next()
                .map_or(0, str::len)
        };
        let pieces = [
            "h", "/", ">", " ", "\t", "é", "\u{a0}", "\u{200b}", "\u{2003}", "\r",
        ];
        for url in crate::test_text::joins_up_to(&pieces, 5) {
            assert_eq!(url_end(&url), by_split(&url), "{url:?}");
        }
    }

    /// The webcast search runs to the last line's end: no line ends further, whatever line
    /// endings, white space or run-on splits the text has.
    #[test]
    fn the_last_line_ends_furthest() {
        let long = format!("{}. The Committee agreed. ", "word ".repeat(220));
        let pieces = [
            "a",
            " ",
            "\n",
            "\r\n",
            "\r",
            "\u{a0}",
            "\t",
            "é",
            long.as_str(),
        ];
        for text in crate::test_text::joins_up_to(&pieces, 5) {
            for lines in [
                crate::lexer::lines(&text),
                crate::lexer::split_run_on(&text, crate::lexer::lines(&text)),
            ] {
                let furthest = lines.iter().map(Line::end).max();
                assert_eq!(lines.last().map(Line::end), furthest, "{text:?}");
            }
        }
    }

    #[test]
    fn url_start_is_the_first_http_else_the_first_https() {
        let pieces = ["http://", "https://", "http", "s", ":", "//", "x", "\u{e9}"];
        for text in crate::test_text::joins(&pieces, 4) {
            let by_two_searches = text.find("http://").or_else(|| text.find("https://"));
            assert_eq!(url_start(&text), by_two_searches, "{text:?}");
        }
    }

    /// [`email_in`] by splitting the whole text into words: the rule it keeps.
    fn email_by_split(text: &str) -> Option<String> {
        text.split(|c: char| is_space(c) || c == ',' || c == ';')
            .find(|w| w.contains('@') && w.contains('.'))
            .map(|w| w.trim_end_matches('.').to_string())
    }

    #[test]
    fn email_is_read_around_its_at_sign_as_the_split_reads_it() {
        let pieces = [
            "a@b.c", "@", ".", " ", ",", ";", "x", "\u{a0}", "é", "\u{200b}", "a@b", "\t",
        ];
        for text in crate::test_text::joins_up_to(&pieces, 4) {
            assert_eq!(email_in(&text), email_by_split(&text), "{text:?}");
        }
    }

    #[test]
    fn labels_are_read_as_every_line_compared_with_each_label_reads_them() {
        // The rule before the first-letter gate: every line compared with both labels.
        fn labels_by_every_line(input: &str, lines: &[Line<'_>]) -> Header {
            let mut h = Header::default();
            for (i, line) in lines.iter().enumerate() {
                if h.venue.is_none() {
                    if let Some(rest) = strip_label(line.text, "venue:") {
                        h.venue = Some(clean(strip_suffixes(
                            strip_suffixes(rest, " View directions"),
                            ". View directions",
                        )))
                        .filter(|v| !v.is_empty());
                    }
                }
                if h.contact.is_none() && starts_with_ci(line.text, "contact:") {
                    h.contact = Some(contact(input, lines, i));
                }
            }
            h
        }
        let pieces = [
            "Venue: Hall",
            "venue:",
            "VENUE: ",
            "Contact: Ann, Clerk",
            "contact:",
            "CONTACT:",
            "v",
            "c",
            "\u{e9}",
            "\n",
            "x ",
        ];
        for text in crate::test_text::joins(&pieces, 3) {
            let lines = lines(&text);
            let mut h = Header::default();
            labelled_lines(&text, &lines, &mut h);
            let old = labels_by_every_line(&text, &lines);
            assert_eq!((h.venue, h.contact), (old.venue, old.contact), "{text:?}");
        }
    }

    #[test]
    fn the_alphanumeric_start_is_that_of_the_general_trim() {
        let pieces = [
            "\u{2022}", "\u{b7}", "\u{f0b7}", " ", "-", "É", "a", "1", "\u{a0}", "\u{2013}",
        ];
        for text in crate::test_text::joins(&pieces, 4) {
            assert_eq!(
                from_first_alphanumeric(&text),
                text.trim_start_matches(|c: char| !c.is_alphanumeric()),
                "{text:?}"
            );
        }
    }

    #[test]
    fn status_passes_over_only_lines_that_state_none() {
        // The rule before the first-letter gate: every line asked both questions.
        fn status_by_every_line(format: Format, lines: &[Line<'_>]) -> Option<Status> {
            let non_blank = || lines.iter().filter(|l| !l.is_blank());
            if format != Format::ModernGovListing
                && non_blank()
                    .take(TITLE_LINES)
                    .any(|l| before_draft_mark_of(l.text).is_some())
            {
                return Some(Status::Draft);
            }
            for line in non_blank().take(40) {
                let t = line.text.trim_start_matches(|c: char| !c.is_alphanumeric());
                if is_listing_title(t) {
                    if find_ascii_ci(t, "draft minutes").is_some() {
                        return Some(Status::Draft);
                    }
                    if find_ascii_ci(t, "minutes").is_some() {
                        return Some(Status::Final);
                    }
                }
                if format != Format::ModernGovListing && opens_with_draft_mark(t) {
                    return Some(Status::Draft);
                }
            }
            None
        }
        let pieces = [
            "Agenda and minutes",
            "Agenda and draft minutes",
            "You are here: ",
            "\u{2022} ",
            "> ",
            "É",
            "DRAFT",
            "Draft Minutes",
            "draft - ",
            " (Draft)",
            "Unapproved ",
            "x",
            "\n",
        ];
        for text in crate::test_text::joins(&pieces, 3) {
            let lines = lines(&text);
            for format in [Format::ModernGovListing, Format::Printed] {
                assert_eq!(
                    status(format, &lines),
                    status_by_every_line(format, &lines),
                    "{text:?}"
                );
            }
        }
    }

    #[test]
    fn meeting_dates_are_read_only_from_lines_with_a_digit() {
        let pieces = [
            " - ",
            " \u{2013} ",
            "Cabinet",
            "Tuesday, ",
            "4 March 2025",
            "\u{2019}",
            "x",
        ];
        for text in crate::test_text::joins(&pieces, 4) {
            let by_every_dash = dashes(&text).find_map(|(dash, from)| {
                date::date(&text[from..]).ok().map(|(_, d)| (dash, from, d))
            });
            assert_eq!(date_after_dash(&text), by_every_dash, "{text:?}");
        }
    }

    /// An item page's list of other meetings ("(a) Board – 3 May 2021") names no body.
    #[test]
    fn list_entries_in_an_item_name_no_meeting() {
        let text = "Agenda item\n\nMinutes of other bodies\n\n(a) Board \u{2013} 3 May 2021\n\n\u{b7} Harbour Committee - 4 May 2021\n\nb) Panel - 5 May 2021\n\nMinutes:\n\nNoted.\n";
        let lines = crate::lexer::lines(text);
        let h = read(Format::ModernGovItem, text, &lines);
        assert_eq!((h.committee, h.date), (None, None));
        let text = "Harbour Board - Tuesday, 4 March 2025 10.00 am\n";
        let lines = crate::lexer::lines(text);
        let h = read(Format::ModernGovListing, text, &lines);
        assert_eq!(h.committee.as_deref(), Some("Harbour Board"));
    }

    /// The committee `read` finds in a printed (or unknown) layout's `text`.
    fn committee_of(format: Format, text: &str) -> Option<String> {
        let lines = crate::lexer::lines(text);
        read(format, text, &lines).committee
    }

    /// A meeting's sentence names the body up to its verb, across a line the converter broke
    /// ("... of" / "Marsh County, ..."; "the Township" / "Council of ... was held"), and no
    /// further when the name was whole ("PARISH COUNCIL" over a sentence of its own).
    #[test]
    fn a_meeting_sentence_goes_on_over_a_broken_line() {
        let printed = |text| committee_of(Format::Printed, text);
        let text = "President Ann Vale called a joint meeting of the Board of Road Commissioners of\nMarsh County, Ohio, and the Library Board to order at 9:00 a.m.\n";
        assert_eq!(
            printed(text).as_deref(),
            Some("Board of Road Commissioners of Marsh County")
        );
        let text = "May 5, 2025\nA Special Meeting of the Township\nCouncil of the Township of Elmfield was held on May 5, 2025 at 7 PM.\n";
        assert_eq!(
            printed(text).as_deref(),
            Some("Township Council of the Township of Elmfield")
        );
        let text = "MINUTES OF THE MEETING OF ASHBY PARISH COUNCIL\nA Meeting of the Parish Council was held at the Hall on Tuesday 4 March 2025.\n";
        assert_eq!(printed(text).as_deref(), Some("ASHBY PARISH COUNCIL"));
        let text =
            "MINUTES OF THE MEETING OF THE PARISH COUNCIL\nPresent: Cllr A Bell, Cllr C Dunn\n";
        assert_eq!(printed(text).as_deref(), Some("PARISH COUNCIL"));
        // "to order" ends the name; a date after "meeting of" is none; a word split at a
        // line's end is whole again.
        assert_eq!(
            meeting_of(
                "Mayor Orme called a Regular Meeting of the Elm City Council to order at 7:00 p.m."
            )
            .as_deref(),
            Some("Elm City Council")
        );
        assert_eq!(
            meeting_of("The Regular Council Meeting of May 5, 2025, was convened"),
            None
        );
        assert_eq!(
            meeting_of("A Regular Meeting of the Marsh County Board of Super- visors was held")
                .as_deref(),
            Some("Marsh County Board of Supervisors")
        );
        assert_eq!(
            join_split_words("Planning - Committee".into()),
            "Planning - Committee"
        );
        assert_eq!(
            join_split_words("Anglo-Welsh Panel".into()),
            "Anglo-Welsh Panel"
        );
    }

    /// Title lines that are no body's name: a sentence cut at the line's end, one word that
    /// names no body; a meeting's kind before "meeting of" names it no more fully.
    #[test]
    fn cut_sentences_and_captions_name_no_body() {
        assert!(!looks_like_body_name(
            "ROLL CALL Mayor Dale Orme called the"
        ));
        assert!(!looks_like_body_name("Transcription"));
        assert!(looks_like_body_name("Cabinet"));
        assert!(looks_like_body_name("Board of Road Commissioners"));
        let text = "ANNUAL MEETING OF THE TOWN BOARD\n\nJanuary 6, 2025\n";
        assert_eq!(
            committee_of(Format::Unknown, text).as_deref(),
            Some("TOWN BOARD")
        );
    }

    /// "Minutes of the ..." with a draft mark before it, or a kind of meeting between the
    /// body and "Meeting"; a full meeting of the council named in the title line.
    #[test]
    fn minutes_titles_with_draft_marks_and_kinds_of_meeting() {
        assert_eq!(
            minutes_of_the("DRAFT Minutes of the Ashby Community Council held in the Hall")
                .as_deref(),
            Some("Ashby Community Council")
        );
        assert_eq!(
            minutes_of_the("Minutes of the Community Council virtual Meeting held via Zoom")
                .as_deref(),
            Some("Community Council")
        );
        assert_eq!(
            minutes_of_the("Minutes of the Parish Council Extraordinary Meeting held on")
                .as_deref(),
            Some("Parish Council")
        );
        assert_eq!(
            minutes_of_the("Minutes of the Annual virtual Meeting held on 4 March"),
            None
        );
        let text = "ASHBY TOWN COUNCIL\nMinutes of the Meeting of the Full Ashby Town Council Held at 7.00pm on Monday 3 March 2025\n";
        assert_eq!(
            committee_of(Format::Printed, text).as_deref(),
            Some("ASHBY TOWN COUNCIL")
        );
        let text = "FULL COUNCIL\nMinutes of a meeting of the Full Council held on 3 March 2025\n";
        assert_eq!(
            committee_of(Format::Printed, text).as_deref(),
            Some("FULL COUNCIL")
        );
    }

    /// A parish's (or town's) meeting of its electors is the body that met, named in a title
    /// line, where the meeting sentence names only "the Parish".
    #[test]
    fn annual_parish_meetings() {
        for (text, want) in [
            (
                "April 2025 Annual Parish Meeting Minutes\nMinutes of the Annual Meeting of the Parish held in the Hall on Tuesday 1st April 2025\n",
                Some("Annual Parish Meeting"),
            ),
            (
                "Ashby Parish Council\nNotes of the Annual Parish Meeting of the Parish of Ashby held at 7pm on 8 May 2025\n",
                Some("Annual Parish Meeting"),
            ),
            (
                "Minutes of Annual Town Meeting Monday 12th May 2025 at 7.30pm\n",
                Some("Annual Town Meeting"),
            ),
            (
                "Minutes of a meeting of the Parish held on 4 March 2025\n1. To approve the minutes of the Annual Parish Meeting\n",
                Some("Parish"),
            ),
            (
                "Ashby Parish Council\nMinutes of the Parish Council meeting held on 4 March 2025\n",
                Some("Ashby Parish Council"),
            ),
        ] {
            assert_eq!(committee_of(Format::Printed, text).as_deref(), want, "{text:?}");
        }
    }

    /// A run-on page's title inside its one line: the name's last words in title case.
    #[test]
    fn title_case_tail_of_a_run_on_title() {
        assert_eq!(
            title_case_tail("Kelby, ID 83440 Kelby.org | Engage.Kelby.org Harbour and Zoning"),
            "Harbour and Zoning"
        );
        assert_eq!(title_case_tail("held by the Town Board"), "Town Board");
        assert_eq!(title_case_tail("of the"), "");
        assert_eq!(
            title_case_tail("one Two Three Four Five Six"),
            "Two Three Four Five Six"
        );
        assert_eq!(title_case_tail(""), "");
    }

    #[test]
    fn minutes_dash_split_agrees_with_split_once() {
        let pieces = [
            "",
            "M",
            " ",
            "Minutes",
            " Minutes - ",
            " Minutes -",
            " Minutes \u{2013} ",
            " Minutes \u{2014} ",
            " Minutes \u{2014}",
            "\u{2013} ",
            "x",
            "é",
            "MM",
            "-",
        ];
        // The first " Minutes " followed by a dash of any of the three kinds and a space,
        // or an en or em dash alone; the space taken where there is one.
        fn by_search(text: &str) -> Option<(&str, &str)> {
            [
                " Minutes - ",
                " Minutes \u{2013} ",
                " Minutes \u{2014} ",
                " Minutes \u{2013}",
                " Minutes \u{2014}",
            ]
            .iter()
            .filter_map(|sep| text.find(sep).map(|at| (at, std::cmp::Reverse(sep.len()))))
            .min()
            .map(|(at, len)| (&text[..at], &text[at + len.0..]))
        }
        for text in crate::test_text::joins(&pieces, 3) {
            assert_eq!(split_minutes_dash(&text), by_search(&text), "{text:?}");
        }
    }

    #[test]
    fn dashes_agree_with_a_scan_of_every_space() {
        fn dashes_by_byte(text: &str) -> Vec<(usize, usize)> {
            const EN_DASH: &[u8] = " \u{2013} ".as_bytes();
            let bytes = text.as_bytes();
            let (mut next_hyphen, mut next_en) = (0, 0);
            (0..bytes.len())
                .filter_map(move |i| {
                    if bytes[i] != b' ' {
                        return None;
                    }
                    if i >= next_hyphen && bytes[i..].starts_with(b" - ") {
                        next_hyphen = i + 3;
                        return Some((i, i + 3));
                    }
                    if i >= next_en && bytes[i..].starts_with(EN_DASH) {
                        next_en = i + EN_DASH.len();
                        return Some((i, i + EN_DASH.len()));
                    }
                    None
                })
                .collect()
        }
        let pieces = [
            " ",
            "-",
            "\u{2013}",
            "\u{2014}",
            "x",
            " - ",
            " \u{2013} ",
            "é",
        ];
        let mut texts = crate::test_text::joins(&pieces, 4);
        texts.push("County Council - Thursday, 18th December, 2025 10.00 am".to_string());
        for t in &texts {
            assert_eq!(dashes(t).collect::<Vec<_>>(), dashes_by_byte(t), "{t:?}");
        }
    }

    #[test]
    fn status_words_ignore_case_as_a_lower_cased_copy_does() {
        // `status` searches titles ignoring ASCII case: the same as searching them
        // lower-cased (Unicode), for its two words, over titles with any chars.
        let pieces = [
            "Agenda and ",
            "DRAFT ",
            "Draft",
            " minutes",
            "MINUTES",
            "M\u{130}NUTES",
            "\u{212a}",
            "mi\u{307}nutes",
            "é",
            "Ü",
            "\u{3a3}",
            "x",
        ];
        for t in crate::test_text::joins(&pieces, 3) {
            for word in ["draft minutes", "minutes"] {
                assert_eq!(
                    find_ascii_ci(&t, word).is_some(),
                    t.to_lowercase().contains(word),
                    "{t:?} {word}"
                );
            }
        }
    }

    #[test]
    fn words_are_counted_as_split_whitespace_counts_them() {
        let pieces = [
            "a", "\u{e9}", " ", "\t", "\u{b}", "\u{c}", "\r", "\u{1c}", "\u{85}", "\u{a0}",
            "\u{1680}", "\u{2003}", "\u{200b}", "\u{feff}", "\u{3000}", "bb",
        ];
        let mut texts = crate::test_text::joins_up_to(&pieces, 4);
        texts.extend(crate::test_text::mixes(&pieces, 20_000, 5, 40, |n| {
            n % 2 == 0
        }));
        for text in &texts {
            for max in [0, 1, 2, 8] {
                let by_split = text.split_whitespace().take(max + 1).count() <= max;
                assert_eq!(at_most_words(text, max), by_split, "{text:?} {max}");
            }
        }
    }

    /// The first-byte test turns away only lines that no label opens.
    #[test]
    fn item_page_fields_are_read_as_without_the_first_byte_test() {
        let pieces = [
            "Meeting: ",
            "MEETING:",
            "Decision Maker: Cabinet",
            "date of decision: ",
            "Decided at meeting: ",
            "12/03/2025",
            " - Cabinet (Item 2)",
            "4",
            " \u{2013} ",
            "x",
            "M",
            "d",
            " ",
            "\u{e9}",
        ];
        for text in crate::test_text::joins_up_to(&pieces, 3) {
            assert_eq!(
                item_page_fields(&text),
                item_page_fields_of(&text),
                "{text:?}"
            );
        }
    }

    #[test]
    fn body_name_test_agrees_with_the_plain_rule() {
        let plain = |text: &str| {
            let words = text.split_whitespace().count();
            ((1..=8).contains(&words) || (words <= 12 && ends_with_body_word(text)))
                && !text.contains(|c: char| c.is_ascii_digit())
                && text.starts_with(|c: char| c.is_uppercase())
                && !text.contains(':')
                && !starts_with_ci(text, "minutes")
                && !starts_with_ci(text, "draft")
                && !starts_with_ci(text, "agenda")
                && !starts_with_ci(text, "meeting documents")
                && !starts_with_ci(text, "meeting details")
                && !starts_with_ci(text, "meeting of ")
                && !starts_with_ci(text, "present")
                && !text.to_lowercase().ends_with(" items")
                && !text.ends_with('.')
                && !text.to_lowercase().contains("cllr ")
                && !ends_mid_name(text)
                && (words > 1 || ends_with_body_word(text))
        };
        for text in [
            "IMPROVING LIVES SELECT COMMISSION",
            "Groby Parish Council",
            "\u{d8} Cllr V Ives",
            "One Two Three Four Five Six Seven Eight",
            "One Two Three Four Five Six Seven Eight Nine",
            "Finance and General Purposes Committee of Kelby Town Council",
            "One Two Three Four Five Six Seven Eight Nine Ten Eleven Council",
            "One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Council",
            "Council 2024",
            "Council:",
            "Council.",
            "council",
            "Érd Town Council",
            "Minutes of the Council",
            "MEETING DETAILS",
            "Meeting Documents x",
            "Meeting Detail",
            "Meeting of the Full Council",
            "Meeting Room Committee",
            "Draft",
            "DRAFTS of",
            "Agenda",
            "Present",
            "Presentation",
            "Prior Council",
            "Standard Items",
            "PART A ITEMS",
            "Transcription",
            "Cabinet",
            "ROLL CALL Mayor Orme called the",
            "Board of Works and",
            "Items Committee",
            "A\u{a0}B\u{2003}C",
            "",
            " ",
        ] {
            assert_eq!(looks_like_body_name(text), plain(text), "{text:?}");
        }
        let pieces = [
            "A", "b ", "1", ":", ".", " ", "\u{a0}", "Present", "\u{c9}", "x y z ", "\u{2003}",
            " Items", " of", " Board",
        ];
        for text in crate::test_text::joins_up_to(&pieces, 5) {
            assert_eq!(looks_like_body_name(&text), plain(&text), "{text:?}");
        }
    }

    #[test]
    fn the_meeting_phrase_is_read_from_the_lines_a_line_by_line_search_reads() {
        // The rule before the one search: each of the first twelve lines searched.
        fn by_every_line(lines: &[Line<'_>]) -> Option<String> {
            lines
                .iter()
                .filter(|l| !l.is_blank())
                .take(12)
                .find_map(|l| meeting_of(l.text))
        }
        let pieces = [
            "meeting of ",
            "Meeting of the Parish Council held on",
            "MEETING OF a ",
            "council",
            "Board",
            "\n",
            "  \n",
            "x ",
            "\u{e9}",
        ];
        let mut texts = crate::test_text::joins(&pieces, 4);
        for n in 10..14 {
            texts.push(format!(
                "{}Meeting of Parish Council\n",
                "line\n\n".repeat(n)
            ));
            texts.push(format!("{}meeting of x\nmeeting of Board", "a\n".repeat(n)));
        }
        for text in &texts {
            let lines = lines(text);
            assert_eq!(
                first_meeting_of(text, &lines),
                by_every_line(&lines),
                "{text:?}"
            );
        }
    }

    #[test]
    fn phrases_are_found_at_their_pair_where_the_case_blind_search_finds_them() {
        let pieces = [
            "meeting of ",
            "MEETING",
            " OF ",
            "g ",
            "ng",
            " of",
            "webcast",
            "WEBCAST",
            "bc",
            "x",
            "\u{e9}",
            "\n",
        ];
        let mut texts = crate::test_text::joins(&pieces, 4);
        // Long texts, for the scan's sixty-four-byte steps before its padded last one.
        texts.extend(crate::test_text::mixes(&pieces, 4_000, 9, 40, |n| {
            n % 3 == 0
        }));
        for text in texts {
            let b = text.as_bytes();
            for (phrase, pair) in [(MEETING_OF.as_bytes(), 6), (b"webcast".as_slice(), 2)] {
                for from in [0, 1, 7] {
                    let to = b.len();
                    if to < from + phrase.len() {
                        continue;
                    }
                    let mut found = Vec::new();
                    each_phrase_ci(b, (from, to), (phrase, pair), |at| {
                        found.push(at);
                        false
                    });
                    let expected: Vec<usize> = occurrences_ci(b, phrase, from, to).collect();
                    assert_eq!(found, expected, "{text:?} {from}");
                    // A visit that says stop ends the search.
                    let mut first = None;
                    each_phrase_ci(b, (from, to), (phrase, pair), |at| {
                        assert!(first.is_none(), "{text:?} {from}");
                        first = Some(at);
                        true
                    });
                    assert_eq!(first, expected.first().copied(), "{text:?} {from}");
                }
            }
        }
    }

    #[test]
    fn strip_suffixes_is_trim_end_matches() {
        for text in [
            "",
            "Town Hall",
            "Town Hall View directions",
            "Town Hall View directions View directions",
            "Town Hall. View directions",
            " View directions",
            "View directions",
        ] {
            for suffix in [" View directions", ". View directions"] {
                assert_eq!(strip_suffixes(text, suffix), text.trim_end_matches(suffix));
            }
        }
    }
    use crate::lexer::lines;

    fn header(format: Format, text: &str) -> Header {
        read(format, text, &lines(text))
    }

    #[test]
    fn the_webcast_is_read_from_the_lines_a_line_by_line_test_reads() {
        // The rule before the one search: every line asked whether it says the word.
        fn by_every_line(lines: &[Line<'_>]) -> Option<String> {
            lines.iter().enumerate().find_map(|(i, line)| {
                find_ascii_ci(line.text, "webcast")?;
                url_in(line.text).or_else(|| lines.get(i + 1).and_then(|l| url_in(l.text)))
            })
        }
        let pieces = [
            "webcast",
            "WEBCAST ",
            "web",
            "cast",
            " http://x.tv",
            "https://y",
            "\n",
            " \n ",
            "\u{e9}",
            "x",
        ];
        let mut texts = crate::test_text::joins(&pieces, 4);
        texts.push("Minutes\nWEBCAST\nnothing\nweb\ncast\nthe Webcast: http://x.tv\n".into());
        for text in &texts {
            let lines = lines(text);
            assert_eq!(webcast(text, &lines), by_every_line(&lines), "{text:?}");
        }
    }

    #[test]
    fn dashes_are_found_as_match_indices_finds_them() {
        for text in [
            "A - B \u{2013} C",
            " - - x",
            " \u{2013} - \u{2013} - ",
            "Cabinet - 1 May - 2",
            "no dash",
            "",
        ] {
            let mut expected: Vec<(usize, usize)> = text
                .match_indices(" - ")
                .chain(text.match_indices(" \u{2013} "))
                .map(|(i, sep)| (i, i + sep.len()))
                .collect();
            expected.sort_unstable();
            assert_eq!(dashes(text).collect::<Vec<_>>(), expected, "{text:?}");
        }
    }

    /// "The Draft Minutes of ..." marks a draft; "The draft budget" does not.
    #[test]
    fn the_draft_minutes() {
        assert!(opens_with_draft_mark(
            "The Draft Minutes of the Meeting of Elm Council"
        ));
        assert!(opens_with_draft_mark("The DRAFT MINUTES"));
        assert!(!opens_with_draft_mark("The draft budget was noted."));
        assert!(!opens_with_draft_mark("The Minutes"));
        assert!(opens_with_draft_mark(
            "Unapproved Draft Minutes 3 June 2025"
        ));
        assert!(!opens_with_draft_mark("Unapproved expenditure was noted."));
    }

    #[test]
    fn moderngov_header() {
        let text = "Agenda and draft minutes\n\nPlanning Committee - Tuesday 4 March 2025 10.00 a.m.\n\nVenue: Town Hall, High Street\n\nContact: A. Clerk, Democratic Services Tel: 01234 567890  The webcast can be viewed at http://example.tv\n";
        let h = header(Format::ModernGovListing, text);
        assert_eq!(h.status, Some(Status::Draft));
        assert_eq!(h.committee.as_deref(), Some("Planning Committee"));
        assert_eq!(h.date.unwrap().to_string(), "2025-03-04");
        assert_eq!(h.time.unwrap().to_string(), "10:00");
        assert_eq!(h.venue.as_deref(), Some("Town Hall, High Street"));
        let c = h.contact.unwrap();
        assert_eq!(c.name.as_deref(), Some("A. Clerk"));
        assert_eq!(c.role.as_deref(), Some("Democratic Services"));
        assert_eq!(c.phone.as_deref(), Some("01234 567890"));
        assert_eq!(h.webcast.as_deref(), Some("http://example.tv"));
    }

    /// The skin that names the meeting "Meeting of <body>, <date>", under a decision
    /// page's own date: the meeting's date wins.
    #[test]
    fn meeting_of_lines() {
        let text = "Agenda and minutes\nDate of decision: 20/03/2025\nMeeting of Full Council, Thursday 13 March 2025 7.30 pm\nVenue: Hall\n";
        let h = header(Format::ModernGovListing, text);
        assert_eq!(h.committee.as_deref(), Some("Full Council"));
        assert_eq!(h.date.unwrap().to_string(), "2025-03-13");
        assert_eq!(h.time.unwrap().to_string(), "19:30");
        let text = "Meeting of Planning, Highways and Transport Committee, 4th March, 2025\n";
        let h = header(Format::ModernGovListing, text);
        assert_eq!(
            h.committee.as_deref(),
            Some("Planning, Highways and Transport Committee")
        );
        let h = header(
            Format::ModernGovListing,
            "Meeting of the Council, postponed\n",
        );
        assert_eq!(h.committee, None);
    }

    /// The body's name on the line over its date: both read, the time too; a status line
    /// or label over the date is no name.
    #[test]
    fn a_name_over_a_dated_line() {
        let text = "Agenda and minutes\n\nHarbour Board\nFriday, 21 July 2017 10.30 am\n\nVenue: Quay Room\n";
        let h = header(Format::ModernGovListing, text);
        assert_eq!(h.committee.as_deref(), Some("Harbour Board"));
        assert_eq!(h.date.unwrap().to_string(), "2017-07-21");
        assert_eq!(h.time.unwrap().to_string(), "10:30");
        for text in [
            "Agenda and minutes\nThursday, 26th September, 2019 10.30 am\n",
            "Venue: Hall\nThursday, 26th September, 2019\n",
        ] {
            assert_eq!(
                header(Format::ModernGovListing, text).committee,
                None,
                "{text:?}"
            );
        }
        // Under the listing's title, the date is the meeting's all the same.
        let h = header(
            Format::ModernGovListing,
            "Agenda and draft minutes\n\nTuesday, 3rd March, 2020 6.00 pm\n\nContact: Jo Bloggs\n",
        );
        assert_eq!(h.date.unwrap().to_string(), "2020-03-03");
        assert_eq!(h.time.unwrap().to_string(), "18:00");
    }

    #[test]
    fn moved_meetings_and_emails() {
        let text = "Agenda and minutes\nMoved from 9th October 2018, Cabinet - Tuesday, 16th October, 2018 2.00 pm\nContact: Jo Bloggs\ntel. no.: 020 7332 1480  Email: jo.bloggs@example.gov.uk\n";
        let h = header(Format::ModernGovListing, text);
        assert_eq!(h.committee.as_deref(), Some("Cabinet"));
        assert_eq!(h.date.unwrap().to_string(), "2018-10-16");
        assert_eq!(h.time.unwrap().to_string(), "14:00");
        let c = h.contact.unwrap();
        assert_eq!(c.name.as_deref(), Some("Jo Bloggs"));
        assert_eq!(c.phone.as_deref(), Some("020 7332 1480"));
        assert_eq!(c.email.as_deref(), Some("jo.bloggs@example.gov.uk"));
        assert_eq!(h.status, Some(Status::Final));
    }

    /// The kind of meeting before the body's name: "Annual Meeting, Shire Council - ...".
    #[test]
    fn a_kind_of_meeting_before_the_body() {
        let h = header(
            Format::ModernGovListing,
            "Agenda and minutes\nAnnual Meeting, Shire Council - Thursday, 22nd May, 2025 10.00 am\n",
        );
        assert_eq!(h.committee.as_deref(), Some("Shire Council"));
        let h = header(
            Format::ModernGovListing,
            "Agenda and minutes\nRoads, Parks and Harbours Committee - Thursday, 22nd May, 2025 10.00 am\n",
        );
        assert_eq!(
            h.committee.as_deref(),
            Some("Roads, Parks and Harbours Committee")
        );
    }

    #[test]
    fn north_american_titles() {
        let h = header(
            Format::Unknown,
            "HomeMy WebLinkAboutCouncil Minutes - April 17, 2019_unbound\nMayor Jo Bloggs\n",
        );
        assert_eq!(h.committee.as_deref(), Some("Council"));
        // A Laserfiche file name with the first page's number run into it, and the page's
        // own title, which names the body more fully.
        let h = header(
            Format::Unknown,
            "HomeMy WebLinkAboutBoard Minutes - May 6, 20251\nMayor Jo Bloggs\n",
        );
        assert_eq!(h.committee.as_deref(), Some("Board"));
        assert_eq!(h.date.unwrap().to_string(), "2025-05-06");
        let h = header(
            Format::Unknown,
            "HomeMy WebLinkAbout2021.03.02 TOWN BOARD MINUTES1\nMarch 2, 2021\n",
        );
        assert_eq!(h.committee.as_deref(), Some("TOWN BOARD"));
        let h = header(
            Format::Unknown,
            "HomeMy WebLinkAboutBoard Minutes - May 6, 2025 (555) 010-2000\nOakvale, ID\nTown Board Minutes \u{2013} May 6, 2025\n",
        );
        assert_eq!(h.committee.as_deref(), Some("Town Board"));
        let h = header(
            Format::Unknown,
            "MINUTES OF THE PROCEEDINGS OF THE CITY COUNCIL\nOF THE CITY OF OAKVALE\nMAY 6, 2025\n",
        );
        assert_eq!(h.committee.as_deref(), Some("CITY COUNCIL"));
        let h = header(
            Format::Unknown,
            "Council Meeting Minutes\n\nCouncil Meeting\n",
        );
        assert_eq!(h.committee.as_deref(), Some("Council Meeting"));
        let h = header(
            Format::Unknown,
            "CITY OF PINECREST\nCITY COUNCIL MEETING MINUTES\nTuesday, March 4, 2025\n",
        );
        assert_eq!(h.committee.as_deref(), Some("CITY COUNCIL MEETING"));
        // An item's heading names no body.
        let h = header(
            Format::Unknown,
            "CITY OF PINECREST\nMarch 4, 2025\nAPPROVAL OF MINUTES\nApproval of Minutes\n",
        );
        assert_eq!(h.committee.as_deref(), Some("CITY OF PINECREST"));
        // The viewer's caption names no body; "Minutes for the ..." names the body as
        // "Minutes of the ..." does.
        for format in [Format::Printed, Format::Unknown] {
            let h = header(
                format,
                "Laserfiche WebLink\nMINUTES FOR THE TOWN BOARD MEETING ON MONDAY, MAY 5, 2025\n",
            );
            assert_eq!(h.committee.as_deref(), Some("TOWN BOARD"), "{format:?}");
            assert_eq!(h.date.unwrap().to_string(), "2025-05-05");
        }
        let h = header(Format::Printed, "Minutes for the previous meeting\n");
        assert_eq!(h.committee, None);
    }

    #[test]
    fn item_pages() {
        let h = header(
            Format::ModernGovItem,
            "Issue - meetings\n\nBus Station\n\nMeeting: 12/03/2025 - Cabinet (Item 276)\n",
        );
        assert_eq!(h.committee.as_deref(), Some("Cabinet"));
        assert_eq!(h.date.unwrap().to_string(), "2025-03-12");
        let h = header(Format::ModernGovItem, "Decision details\n\nPath\n\nDecision Maker: Harbour Board\n\nDate of decision: 12/03/2025\n");
        assert_eq!(h.committee.as_deref(), Some("Harbour Board"));
        assert_eq!(h.date.unwrap().to_string(), "2025-03-12");
        // Without "Decision Maker:", the meeting's field names the body.
        let h = header(
            Format::ModernGovItem,
            "Decision details

Decision:

RESOLVED: That the report be noted.

Publication date: 14/03/2025

Decided at meeting: 12/03/2025 - Harbour Board
",
        );
        assert_eq!(h.committee.as_deref(), Some("Harbour Board"));
        assert_eq!(h.date.unwrap().to_string(), "2025-03-12");
        // An issue's decisions, each dated, a gap before the dash or none.
        for (line, date) in [
            ("12/03/2025 - Bus Station", Some("2025-03-12")),
            ("12/03/2025    - Bus Station", Some("2025-03-12")),
            ("12/03/2025 \u{2013} Bus Station", Some("2025-03-12")),
            ("12/03/2025- Bus Station", None),
            ("12/03/2025 -Bus Station", None),
        ] {
            let text = format!("Issue - decisions\n\nBus Station\n\n{line}\n\nIt was RESOLVED that the route be kept.\n");
            let h = header(Format::ModernGovItem, &text);
            assert_eq!(h.date.map(|d| d.to_string()).as_deref(), date, "{line}");
        }
    }

    /// A page that starts at its items states no date of its own: the date of the earlier
    /// meeting whose minutes it confirms is not the meeting's.
    #[test]
    fn an_earlier_meetings_date_is_not_the_meetings() {
        for text in [
            "Apologies were received from Cllr A Hale.\nTo confirm the minutes of the meeting held on 3 February 2025.\nMinutes of the meeting held on 3 February 2025 were agreed.\n",
            "Apologies were received from Cllr A Hale.\nThe minutes of the previous meeting held on 3 February 2025 were approved.\n",
            "Apologies were received from Cllr A Hale.\nApproval of the minutes of 3 February 2025.\n",
        ] {
            assert_eq!(header(Format::Printed, text).date, None, "{text}");
        }
        // The title's own date, and a date in the items after it, stay as they were.
        for text in [
            "Kelby Parish Council\nMinutes of the meeting held on 4 March 2025\n\n1. To confirm the minutes of the meeting held on 3 February 2025\n",
            "Apologies were received from Cllr A Hale.\nThe site visit on 4 March 2025 was noted.\n",
        ] {
            assert_eq!(
                header(Format::Printed, text).date.unwrap().to_string(),
                "2025-03-04",
                "{text}"
            );
        }
    }

    #[test]
    fn short_year_dates_in_a_header_without_another() {
        let h = header(
            Format::Printed,
            "Kelby Parish Council\nMinutes of the meeting held on 04.03.25 at 7.30pm\n",
        );
        assert_eq!(h.date.unwrap().to_string(), "2025-03-04");
        assert_eq!(h.time.unwrap().to_string(), "19:30");
        let h = header(
            Format::Printed,
            "Minutes of the Meeting of Kelby Parish Council\nTues 4 Mar 25, 7.30pm, Village Hall\n",
        );
        assert_eq!(h.date.unwrap().to_string(), "2025-03-04");
        assert_eq!(h.time.unwrap().to_string(), "19:30");
        let h = header(
            Format::Printed,
            "Kelby Parish Council\nRef 1.2.25\nMinutes of the meeting held on 4 March 2025\n",
        );
        assert_eq!(h.date.unwrap().to_string(), "2025-03-04");
    }

    #[test]
    fn printed_header() {
        let h = header(
            Format::Printed,
            "\n\nPLANNING COMMITTEE\nTuesday 5 December 2023\n\nPresent:- Councillor Smith.\n",
        );
        assert_eq!(h.committee.as_deref(), Some("PLANNING COMMITTEE"));
        assert_eq!(h.date.unwrap().to_string(), "2023-12-05");
        let h = header(
            Format::Printed,
            "27 April 2021 – Minutes\n\nMinutes of the Meeting of Thame Vale Town Council held on 27 April 2021 at 6:30pm by Zoom.\n",
        );
        assert_eq!(h.committee.as_deref(), Some("Thame Vale Town Council"));
        assert_eq!(h.time.unwrap().to_string(), "18:30");
        let h = header(
            Format::Printed,
            "Draft Minutes of the Ordinary Meeting held on Thursday 19th October 2023\n",
        );
        assert_eq!(h.committee, None);
        assert_eq!(h.status, Some(Status::Draft));
    }

    /// A form's fields: "Meeting of:" or "Committee:" names the body over "Date:" and
    /// "Venue:"; a sentence after the label ("Committee: the members agreed ...") is none.
    #[test]
    fn labelled_body_fields() {
        for (text, committee) in [
            (
                "Meeting of: Licensing Sub-Committee\nDate: 12/03/2025\nVenue: Room 2\n",
                Some("Licensing Sub-Committee"),
            ),
            (
                "Committee: Harbour Board\nDate: Tuesday 4 March 2025\n",
                Some("Harbour Board"),
            ),
            (
                "MEETING OF: KELBY PARISH COUNCIL\n4 March 2025\n",
                Some("KELBY PARISH COUNCIL"),
            ),
            ("Committee: the members agreed the plan.\n", None),
        ] {
            let h = header(Format::Printed, text);
            assert_eq!(h.committee.as_deref(), committee, "{text}");
        }
        let h = header(
            Format::Printed,
            "Meeting of: Licensing Sub-Committee\nDate: 12/03/2025\n",
        );
        assert_eq!(h.date.unwrap().to_string(), "2025-03-12");
    }

    /// Titles without "meeting of": "Minutes of the X held on", "X - <date>", and "Meeting
    /// of the X" as a line of its own; an item's "Minutes of the Previous Meeting" names none.
    #[test]
    fn printed_titles_in_other_words() {
        for (text, committee) in [
            (
                "Minutes of the Planning Committee held on Tuesday 4 March 2025 at 7.00 pm\n",
                Some("Planning Committee"),
            ),
            (
                "Planning Committee - 4th March 2025\n",
                Some("Planning Committee"),
            ),
            (
                "Planning Committee \u{2013} Tuesday 4 March 2025\n",
                Some("Planning Committee"),
            ),
            (
                "Meeting of the Full Council\nDate: Thursday 6 March 2025\n",
                Some("Full Council"),
            ),
            (
                "Minutes of the Previous Meeting\nAudit 6 March 2025\n",
                None,
            ),
            ("Budget - 4 options were considered\n", None),
            (
                "Minutes \u{2013} Planning Committee\n4 March 2025\n",
                Some("Planning Committee"),
            ),
            (
                "Minutes - Planning Committee - 4 March 2025\n",
                Some("Planning Committee"),
            ),
            ("Minutes - 4 March 2025\n", None),
            (
                "Planning Committee Minutes \u{2013} 4 March 2025\n",
                Some("Planning Committee"),
            ),
            (
                "Minutes of Planning Committee \u{2013} 4 March 2025\n",
                Some("Planning Committee"),
            ),
            (
                "Minutes of a meeting of the Cabinet - Tuesday 4 March 2025\n",
                Some("Cabinet"),
            ),
            (
                "Minutes of the Full Council Meeting held on 4 March 2025\n",
                Some("Full Council"),
            ),
            (
                "Minutes of Kelby Parish Council held on 4 March 2025\n",
                Some("Kelby Parish Council"),
            ),
            (
                "Minutes of the Town Council Meeting 4th March 2025\n",
                Some("Town Council"),
            ),
            // The parish's meeting of its electors (see `parish_meeting`).
            (
                "Minutes of the Annual Parish Meeting held on 4 March 2025\n",
                Some("Annual Parish Meeting"),
            ),
            ("Minutes of the Extraordinary Meeting\n", None),
            ("Minutes of Proceedings\n", None),
            (
                "Kelby Parish Council (Draft)\n4 March 2025\n",
                Some("Kelby Parish Council"),
            ),
            (
                "Kelby Parish Council \u{2013} DRAFT\n4 March 2025\n",
                Some("Kelby Parish Council"),
            ),
            (
                "Kelby Parish Council - Minutes\n4 March 2025\n",
                Some("Kelby Parish Council"),
            ),
            (
                "KELBY TOWN COUNCIL\nPLANNING COMMITTEE\nMinutes of the meeting held on 4 March 2025\n",
                Some("PLANNING COMMITTEE"),
            ),
            (
                "Kelby Town Council\nFull Council Meeting\n4 March 2025\n",
                Some("Kelby Town Council"),
            ),
            (
                "Kelby Planning Committee\nLicensing Panel\n4 March 2025\n",
                Some("Kelby Planning Committee"),
            ),
        ] {
            let h = header(Format::Printed, text);
            assert_eq!(h.committee.as_deref(), committee, "{text:?}");
        }
    }
}
