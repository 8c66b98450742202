//! Flattened table exports: a listing table squashed into lines, one or more items per line,
//! rows ended by " |". An item's title, agenda text and "Minutes: ..." may share a line; the
//! title is then the words before the agenda text starts ("Urgent Business To consider ...").

use super::{item_buffer, push_body, start_item, words_up_to, Segments};
use crate::item::{Piece, RawItem};
use crate::lexer::{self, Cut, Line};
use crate::simd;
use crate::text::{is_space, trim_range};

/// Inline labels that split a line into sections.
const INLINE_LABELS: [&str; 4] = [
    "minutes:",
    "decision:",
    "additional documents:",
    "supporting documents:",
];

/// Words that start an item's agenda text after its title.
const AGENDA_OPENERS: [&str; 14] = [
    "To",
    "For",
    "The",
    "This",
    "These",
    "Members",
    "Report",
    "Reports",
    "Following",
    "Further",
    "Please",
    "Consideration",
    "Any",
    "Note",
];

/// Lowercase words after which a capitalised opener is still part of the title ("Review of
/// The Plan").
const CONNECTORS: [&str; 9] = ["of", "and", "the", "for", "to", "on", "in", "with", "by"];

/// Where the items start in an export without a table header: after its first line when
/// that line names the meeting and its date, "Overview and Scrutiny Committee - Tuesday 27
/// April 2015" (no row, a dash, then a date), else at the start (an export's first line is
/// most often its first item's).
fn title_line_end(lines: &[Line<'_>]) -> usize {
    let Some(first) = lines.iter().position(|l| !l.is_blank()) else {
        return 0;
    };
    let text = lines[first].text;
    if crate::header::date_after_dash(text).is_some() && !text.contains('|') {
        first + 1
    } else {
        0
    }
}

pub(crate) fn segment<'a>(input: &str, lines: &[Line<'_>]) -> Segments<'a> {
    let header = lines.iter().position(|l| is_table_header(l.text));
    let body_start = header.map_or_else(|| title_line_end(lines), |i| i + 1);
    let mut state = State {
        input,
        items: item_buffer(),
        boundary: true,
        first_item_line: None,
        last_has_text: false,
        minutes_due: false,
        unlabelled: false,
        rows_between_bars: header.is_some_and(|i| {
            let text = lines[i].text;
            text.starts_with('|')
                || has_empty_columns(text)
                || lines.get(i + 1).is_some_and(|l| is_rule_row(l.text))
        }),
    };
    for (i, line) in lines.iter().enumerate().skip(body_start) {
        if line.is_blank() {
            if let Some(item) = state
                .items
                .last_mut()
                .filter(|it| starts_blank_run(&it.body))
            {
                push_body(
                    item,
                    Piece {
                        start: line.start,
                        end: line.start,
                        indent: 0,
                    },
                );
            }
            continue;
        }
        if is_rule_row(line.text) {
            if let Some(item) = state.items.last_mut() {
                item.end = item.end.max(line.end());
            }
            continue;
        }
        let mut part_start = line.start;
        let line_end = line.end();
        loop {
            let bar = memchr::memchr(b'|', &input.as_bytes()[part_start..line_end])
                .map(|p| part_start + p);
            let part_end = bar.unwrap_or(line_end);
            let (a, b) = trim_range(input, part_start, part_end);
            if a < b {
                state.part(a, b, line.indent, i);
            }
            match bar {
                Some(bar) => {
                    if let Some(item) = state.items.last_mut() {
                        item.end = item.end.max(bar + 1);
                    }
                    state.boundary = true;
                    part_start = bar + 1;
                }
                None => break,
            }
        }
    }
    Segments {
        header_end: state.first_item_line.unwrap_or(lines.len()),
        items: state.items,
        diagnostics: Vec::new(),
    }
}

struct State<'a> {
    input: &'a str,
    items: Vec<RawItem<'static>>,
    /// The next text starts a new item (after " |" or a cut-off marker).
    boundary: bool,
    first_item_line: Option<usize>,
    /// Whether the last item's body has a piece with text (not only blank lines' empty
    /// pieces). Kept as pieces are added: a search of the body for each part cost a long
    /// run of blank lines in every part after it.
    last_has_text: bool,
    /// The last item's last label was "Decision:" or a documents label: its own "Minutes:"
    /// label is still to come (a page puts it after them), so a line that carries one
    /// continues the item ("... Market Position Statement; and 2. Notes the change.
    /// Minutes: |" under "Decision: RESOLVED that Cabinet:-").
    minutes_due: bool,
    /// The last item's first stretch had no label, and none has followed.
    unlabelled: bool,
    /// A Markdown table ("| No. | Item |"): bars alone end its rows, so an item's agenda
    /// text may run over lines before its "Minutes:" without that starting another item.
    rows_between_bars: bool,
}

impl State<'_> {
    /// One stretch of a line between row separators.
    fn part(&mut self, start: usize, end: usize, indent: usize, line_index: usize) {
        let text = &self.input[start..end];
        let (labels, cuts_minutes) = read_part(text);
        let pre_end = labels.first().copied().unwrap_or(text.len());
        let is_minutes = |&at: &usize| {
            lexer::label(&text[at..]).is_some_and(|(l, _)| l == lexer::Label::Minutes)
        };
        let has_minutes = labels.iter().any(is_minutes);
        // "Future Work Programme Additional documents:" on a line of its own: the documents'
        // label follows a title, in the row that title starts.
        let opens_with_documents = || {
            labels.first().is_some_and(|&at| {
                lexer::label(&text[at..])
                    .is_some_and(|(l, _)| l == lexer::Label::AdditionalDocuments)
            })
        };
        #[cfg(test)]
        assert_eq!(self.last_has_text, tests::has_text_by_search(&self.items));
        // An item whose title line had no label, then a line of agenda text that opens with
        // "To" before its "Minutes:" ("APOLOGIES FOR ABSENCE Received from ..." / "To note any
        // other apologies. Minutes: ..."), or another opener word ("Members may still ..."):
        // the same row, its text run over two lines.
        let labelled_row = pre_end > 0
            && self.last_has_text
            && !self.rows_between_bars
            && !(self.unlabelled && opens_with_opener(text));
        let new_item = self.boundary
            || self.items.is_empty()
            || (labelled_row && !self.minutes_due && (has_minutes || opens_with_documents()))
            || (labelled_row && !labels.is_empty() && opens_with_capitals_heading(text));
        let mut body_from = 0;
        if new_item {
            self.boundary = false;
            self.first_item_line.get_or_insert(line_index);
            let (title, rest) = split_title(&text[..pre_end], labels.is_empty());
            let title = title.map(|(a, b)| (start + a, start + b));
            self.items.push(start_item(None, title, end));
            self.last_has_text = false;
            self.minutes_due = false;
            self.unlabelled = labels.is_empty();
            // Without a title, the whole stretch is the item's text (nothing is dropped).
            body_from = if title.is_some() { rest } else { 0 };
        }
        let item = self.items.last_mut().expect("an item was just ensured");
        item.end = item.end.max(end);
        // The labels after the title cut the rest into pieces (read in place, not copied).
        let cuts = labels.iter().copied().filter(|&at| at > body_from);
        let mut from = body_from;
        for at in cuts.chain(std::iter::once(text.len())) {
            let (a, b) = trim_range(self.input, start + from, start + at);
            if a < b {
                push_body(
                    item,
                    Piece {
                        start: a,
                        end: b,
                        indent,
                    },
                );
                self.last_has_text = true;
            }
            from = at;
        }
        if let Some(last) = labels.last() {
            self.unlabelled = false;
            self.minutes_due = !is_minutes(last);
        }
        if cuts_minutes {
            self.boundary = true;
        }
    }
}

/// Whether a labelled stretch opens with a heading in capitals of two words or more
/// ("URGENT PART 1 BUSINESS To consider ... Decision: None."): a row of its own, though the
/// row before lost its bar at a line's end and its "Minutes:" may be due (pages of
/// decisions have none). Asked only of stretches with a label, after an item with text.
fn opens_with_capitals_heading(text: &str) -> bool {
    let mut words = text.split(' ');
    let capitals = |w: &str| w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase() || b == b'-');
    words.next().is_some_and(capitals) && words.next().is_some_and(capitals)
}

/// Text with letters and none in lower case ("CHAIR'S ANNOUNCEMENTS.").
fn in_capitals(text: &str) -> bool {
    text.bytes().any(|b| b.is_ascii_uppercase()) && !text.bytes().any(|b| b.is_ascii_lowercase())
}

/// Where inline labels start in `text`, in order, and whether a truncation marker there
/// cuts the minutes (see [`lexer::truncation`]).
///
/// One pass finds both: the colons a label ends in and the "v"s (either case) a marker
/// starts with, where a search for the marker ran over every part again.
fn read_part(text: &str) -> (Vec<usize>, bool) {
    let bytes = text.as_bytes();
    let mut labels = Vec::new();
    let mut marker = None;
    let mut visit = |at: usize| {
        if bytes[at] == b':' {
            labels.extend(label_ending_at(text, at + 1));
        } else if marker.is_none() && is_marker_at(bytes, at) {
            marker = Some(at);
        }
    };
    if simd::ENABLED {
        simd::Positions::new(bytes, |c| c.eq(b':') | c.eq_folded(b'v')).for_each(&mut visit);
    } else {
        memchr::memchr3_iter(b':', b'v', b'V', bytes).for_each(&mut visit);
    }
    let cuts_minutes = marker
        .and_then(|at| lexer::truncation_at(text, at))
        .is_some_and(|(cut, _)| cut == Cut::Minutes);
    (labels, cuts_minutes)
}

/// Whether the words of a truncation marker start at `at`, ASCII case ignored. Most "v"s
/// start other words ("have", "very"): the byte after it turns them away before the whole
/// marker is compared.
fn is_marker_at(bytes: &[u8], at: usize) -> bool {
    let marker = lexer::TRUNCATION_MARKER.as_bytes();
    bytes
        .get(at..at + marker.len())
        .is_some_and(|w| w[1].eq_ignore_ascii_case(&marker[1]) && w.eq_ignore_ascii_case(marker))
}

/// Where the inline label that ends at `end` (just after a colon) starts, if one does.
///
/// Every label ends in a colon, and colons are rare: each colon is checked for a label
/// ending there rather than one case-insensitive search per label. (No label overlaps
/// itself or ends another, so each colon ends at most one, and every occurrence a search
/// per label finds is found.)
fn label_ending_at(text: &str, end: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    // The byte before the colon turns most labels away before the whole is compared.
    let label = INLINE_LABELS.iter().find(|l| {
        let l = l.as_bytes();
        end >= l.len()
            && bytes[end - 2].eq_ignore_ascii_case(&l[l.len() - 2])
            && bytes[end - l.len()..end].eq_ignore_ascii_case(l)
    })?;
    let at = end - label.len();
    let word_start = at == 0 || text[..at].ends_with(is_space);
    let capital = text[at..].starts_with(|c: char| c.is_uppercase());
    (word_start && capital).then_some(at)
}

/// The title at the start of an item's first stretch of text, and where the rest begins.
/// `whole_line` says nothing else (no label) follows on the line.
fn split_title(pre: &str, whole_line: bool) -> (Option<(usize, usize)>, usize) {
    let trimmed_len = pre.trim_end_matches(is_space).len();
    if trimmed_len == 0 {
        return (None, 0);
    }
    if let Some((at, _, _)) = lexer::attachment(pre) {
        let end = pre[..at].trim_end_matches(is_space).len();
        let rest = pre[at..]
            .find(|c: char| c.is_ascii_digit())
            .map(|d| {
                let after = &pre[at + d..];
                let skip = after
                    .find(|c: char| is_space(c))
                    .map(|s| s + after[s..].len() - after[s..].trim_start_matches(is_space).len())
                    .unwrap_or(after.len());
                let after = &after[skip..];
                let unit = after
                    .bytes()
                    .take_while(|b| b.is_ascii_alphabetic())
                    .count();
                at + d + skip + unit
            })
            .unwrap_or(pre.len());
        return ((end > 0).then_some((0, end)), rest);
    }
    // Straight before a label, a short stretch that ends no sentence is the whole title,
    // even one starting with an opener word ("Report by Leader of the Council Additional
    // documents: Minutes: ..."), save "To", which starts an agenda's text far more often.
    // A heading in capitals may end in a full stop ("DECLARATIONS OF PERSONAL INTERESTS.
    // Additional documents: ..."): no sentence ends there.
    let open = !pre[..trimmed_len].ends_with(['.', '!', '?', ';', ':'])
        || (pre[..trimmed_len].ends_with('.') && in_capitals(&pre[..trimmed_len]));
    if !whole_line && open && !starts_with_word(pre, "To") && words_up_to(pre, 13) <= 12 {
        return (Some((0, trimmed_len)), trimmed_len);
    }
    let starts_with_opener = AGENDA_OPENERS.iter().any(|w| starts_with_word(pre, w));
    if starts_with_opener {
        // Straight before a label, a stretch that opens with an opener and ends no sentence
        // is a title written as a task ("To consider whether any items should be taken in
        // private Minutes: ..."): agenda text under a title ends its sentence.
        let title = !whole_line && open && words_up_to(pre, 21) <= 20;
        return if title {
            (Some((0, trimmed_len)), trimmed_len)
        } else {
            (None, 0)
        };
    }
    if let Some(at) = capitals_heading_end(pre) {
        return (Some((0, at)), at);
    }
    if let Some(at) = time_bracket_end(pre) {
        return (Some((0, at)), at);
    }
    if let Some(at) = agenda_start(pre) {
        let end = pre[..at].trim_end_matches(is_space).len();
        return (Some((0, before_size_marker(pre, end))), at);
    }
    // Counted only as far as the limit (the text can be a whole item). Before a label
    // ("Apologies for Absence Additional documents: Minutes: ..."), a stretch is the title
    // unless it ends a sentence (agenda text with no opener word; a title may end in a
    // bracket, "(Cab.17.11.2021/5)").
    if (whole_line || open) && words_up_to(pre, 21) <= 20 {
        return (Some((0, trimmed_len)), trimmed_len);
    }
    (None, 0)
}

/// Where a title that ends in an attachment's kind and size without its icon ("Safe
/// Housing Strategy DOTX 53 KB", "Fees XLSX 20 KB": the marker finds "PDF" alone) ends
/// before them; else `end`. Only a title ending in "KB" or "MB" is looked at.
fn before_size_marker(pre: &str, end: usize) -> usize {
    let t = &pre[..end];
    if !(t.ends_with(" KB") || t.ends_with(" MB")) {
        return end;
    }
    let mut words = t[..t.len() - 3].rsplit(' ');
    let size = words.next().unwrap_or("");
    let kind = words.next().unwrap_or("");
    let sized = !size.is_empty() && size.bytes().all(|b| b.is_ascii_digit() || b == b'.');
    let kind_ok = (3..=4).contains(&kind.len()) && kind.bytes().all(|b| b.is_ascii_uppercase());
    if !(sized && kind_ok) {
        return end;
    }
    let cut = t.len() - 3 - size.len() - 1 - kind.len();
    pre[..cut].trim_end_matches(is_space).len()
}

/// Where a title that ends in the time its item was taken ends, when a capitalised word
/// follows ("Public Participation (5:33 pm) At this point in the meeting ...": York writes
/// the time into every title, and the agenda text after it may open with any word). The
/// first bracket that closes on "am" or "pm" after a digit, within the first 120 bytes.
fn time_bracket_end(pre: &str) -> Option<usize> {
    let head = &pre.as_bytes()[..pre.len().min(120)];
    // Brackets are few: each close is looked at, no searcher set up for the words.
    let close = memchr::memchr_iter(b')', head).find(|&c| {
        c >= 3
            && matches!(head[c - 3..c], [b' ', b'a' | b'p', b'm'])
            && head.get(c + 1) == Some(&b' ')
    })?;
    let before = &head[..close - 3];
    let open = memchr::memrchr(b'(', before)?;
    let timed = before[open..].iter().any(u8::is_ascii_digit) && before.len() - open <= 8;
    let capital = head.get(close + 2).is_some_and(u8::is_ascii_uppercase);
    (timed && capital && open > 0).then_some(close + 1)
}

/// Where a heading in capitals ends when words in lower case follow it ("APOLOGIES FOR
/// ABSENCE Received from Councillors ...", "PETITIONS Notice of intention ...", "... OF
/// SUBSTITUTE MEMBERS (if any) - receive."): the agenda text after a heading the page wrote
/// in capitals has no opener word to be found by. The heading needs a word of four letters
/// or more and the text three words or more: "HELD ON 5 June 2021" is no heading and text.
/// Asked only where no other reading of a title holds, before the opener search.
fn capitals_heading_end(pre: &str) -> Option<usize> {
    let b = pre.as_bytes();
    // Most titles are in mixed case: their first word turns them away.
    if !(b.len() > 1 && b[0].is_ascii_uppercase() && b[1].is_ascii_uppercase()) {
        return None;
    }
    let mut long = false;
    let mut end = 0;
    for (at, word) in pre.split(' ').scan(0, |at, w| {
        let start = *at;
        *at += w.len() + 1;
        Some((start, w))
    }) {
        if word.is_empty() {
            continue;
        }
        if word.bytes().any(|c| c.is_ascii_lowercase()) {
            let rest_words = words_up_to(&pre[at..], 3);
            return (long && end > 0 && rest_words >= 3).then_some(end);
        }
        long |= word.bytes().filter(u8::is_ascii_uppercase).count() >= 4;
        end = at + word.len();
    }
    None
}

/// Where a capitalised agenda opener starts after at least one title word. The words are
/// those between single spaces (`pre.split(' ')`), their ends found by one SIMD pass over
/// the spaces (or memchr without a vector unit), where the split set up a search per word.
fn agenda_start(pre: &str) -> Option<usize> {
    let b = pre.as_bytes();
    if simd::ENABLED {
        agenda_start_at(pre, simd::Positions::new(b, |c| c.eq(b' ')))
    } else {
        agenda_start_at(pre, memchr::memchr_iter(b' ', b))
    }
}

/// [`agenda_start`] given the offsets of the spaces of `pre`, in order.
fn agenda_start_at(pre: &str, spaces: impl Iterator<Item = usize>) -> Option<usize> {
    let mut prev_word = "";
    let mut start = 0;
    // An opener found, kept one word: "To" straight after it starts the text instead, the
    // opener being the title's last word ("Appointment of Substitute Members To note ...").
    let mut found = None;
    // An "A" after a title word, kept one word: it opens the text when a word in lower
    // case follows ("Air Quality - High Street A report highlighting ...").
    let mut article = None;
    for end in spaces.chain(std::iter::once(pre.len())) {
        let word = &pre[start..end];
        if found.is_some() {
            return if word == "To" { Some(start) } else { found };
        }
        if let Some(at) = article.take() {
            if word.starts_with(|c: char| c.is_ascii_lowercase()) {
                return Some(at);
            }
        }
        let opens = start > 0 && !CONNECTORS.contains(&prev_word) && !prev_word.is_empty();
        if opens && word == "A" {
            article = Some(start);
        }
        if opens && is_agenda_opener(word) {
            if word == "To" {
                return Some(start);
            }
            found = Some(start);
        }
        if !word.is_empty() {
            prev_word = word;
        }
        start = end + 1;
    }
    found
}

/// Whether `word` is one of the [`AGENDA_OPENERS`]. They all start with a capital, which
/// most words do not: those are turned away before the list is compared.
fn is_agenda_opener(word: &str) -> bool {
    word.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
        && (AGENDA_OPENERS.contains(&word) || is_councillors(word))
}

/// "Councillors" or its possessive ("Councillors' declarations of interest ..."), an
/// agenda text's first word after a title as "Members" is.
fn is_councillors(word: &str) -> bool {
    word.strip_prefix("Councillors")
        .is_some_and(|rest| matches!(rest, "" | "'" | "\u{2019}"))
}

/// Whether `text`'s first word is one of the [`AGENDA_OPENERS`].
fn opens_with_opener(text: &str) -> bool {
    text.split_once(' ')
        .is_some_and(|(w, _)| is_agenda_opener(w))
}

fn starts_with_word(text: &str, word: &str) -> bool {
    text.strip_prefix(word)
        .is_some_and(|rest| rest.starts_with(' '))
}

/// "No. | Item |" and similar column headers, also as a Markdown table writes them ("| No. |
/// Item |").
///
/// Asked of every line of a document without one: a line starting with printable ASCII
/// other than the headers' 'N' (either case) or a bar is answered from that byte, without
/// the walk over its characters.
fn is_table_header(text: &str) -> bool {
    if text
        .as_bytes()
        .first()
        .is_some_and(|&b| b.is_ascii_graphic() && b | 0x20 != b'n' && b != b'|')
    {
        return false;
    }
    squeezed_is_table_header(text)
}

/// [`is_table_header`] by the text without its spaces: the rule, and the oracle of the
/// first-byte test.
fn squeezed_is_table_header(text: &str) -> bool {
    const HEADERS: [&str; 2] = ["No.|Item|", "No.|Item|Minutes|"];
    // Empty columns after the headers too ("No. | Item | |", "No. | Item | ||||", as
    // Southwark's and Oxfordshire's later pages write them): the squeezed text may run to
    // this many bars more.
    const LONGEST: usize = "|No.|Item|Minutes|".len() + 32;
    // A run of empty columns of any length (Carmarthenshire's pages write fifty) stands
    // for one: the run is cut to its first bar before the text is squeezed.
    let cut = text.trim_end_matches(|c: char| c == '|' || is_space(c));
    let text = match text[cut.len()..].find('|') {
        Some(bar) => &text[..cut.len() + bar + 1],
        None => text,
    };
    // The text without its spaces, given up as soon as it is longer than any header (a
    // flattened export can put a whole item on the line).
    let mut squeezed = [0u8; LONGEST];
    let mut len = 0;
    for c in text.chars().filter(|c| !is_space(*c)) {
        if len == LONGEST || !c.is_ascii() {
            return false;
        }
        squeezed[len] = c as u8;
        len += 1;
        // Every header starts "No." (after a bar): a line of text is turned away at its
        // fourth character, not walked to the longest header's length.
        if len == 4 {
            let head = squeezed[..4].strip_prefix(b"|").unwrap_or(&squeezed[..3]);
            if !head.eq_ignore_ascii_case(b"no.") {
                return false;
            }
        }
    }
    let squeezed = squeezed[..len]
        .strip_prefix(b"|")
        .unwrap_or(&squeezed[..len]);
    let bars = squeezed.iter().rev().take_while(|&&b| b == b'|').count();
    let squeezed = &squeezed[..squeezed.len() - bars.saturating_sub(1)];
    HEADERS
        .iter()
        .any(|h| squeezed.eq_ignore_ascii_case(h.as_bytes()))
}

/// A table header with empty columns after its own ("No. | Item | ||||"): its rows are
/// ended by bars alone, as a Markdown table's are (a row of bars stands between them).
fn has_empty_columns(header: &str) -> bool {
    header
        .trim_end_matches(is_space)
        .strip_suffix('|')
        .is_some_and(|rest| rest.trim_end_matches(is_space).ends_with('|'))
}

/// "---|---|": a table's rule row.
///
/// Asked of every line: the test of every byte comes first, as most lines fail it at their
/// first, where the searches for '|' and '-' ran over the whole line (a whole item, in
/// these exports).
fn is_rule_row(text: &str) -> bool {
    // The allowed characters are ASCII, so a byte test says the same as a char test.
    text.bytes().all(|b| matches!(b, b'-' | b'|' | b':' | b' '))
        && text.contains('|')
        && text.contains('-')
}

/// Whether a blank line after `body` is kept as an empty piece: only the first of a run of
/// blank lines. Every reader of an item's pieces skips empty ones or reads a run of them as
/// one blank (the attendance lists of a roll call), save that the first may start the item;
/// a piece for each blank line of a long run cost a push and a skip apiece.
fn starts_blank_run(body: &[Piece]) -> bool {
    #[cfg(test)]
    if tests::EVERY_BLANK.get() {
        return true;
    }
    body.last().is_none_or(|p| p.start < p.end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexer::lines;
    use crate::text::find_ascii_ci;
    use std::cell::Cell;

    thread_local! {
        /// Every blank line kept as an empty piece, as before [`starts_blank_run`]: the
        /// rule the documents are compared against.
        pub(super) static EVERY_BLANK: Cell<bool> = const { Cell::new(false) };
    }

    /// Flattened documents of rows, blank runs, labels, roll calls and attendance lists read
    /// the same whether a run of blank lines leaves one empty piece or one a line.
    #[test]
    fn a_run_of_blank_lines_reads_as_every_blank_line() {
        let pieces = [
            "Cabinet - Monday 3 July 2023\nNo. | Item |\n---|---|\n",
            "\n",
            "\n\n\n",
            "Roll Call\n",
            "Present: Councillor Ashdown\n",
            "Councillors Brindle, Carrow and Dunmore\n",
            "Apologies\n",
            "Budget Minutes: agreed. |",
            " |\n",
            "Minutes:\n",
            "RESOLVED: That the report be noted.\n",
            "|\n",
            "  \n",
        ];
        let mut seed = 5;
        for n in 0..3_000 {
            let mut text = String::from(pieces[0]);
            text.push_str(&crate::test_text::lcg_text(
                &pieces[1..],
                12 + n % 20,
                &mut seed,
            ));
            let forced = crate::ParseOptions {
                format: Some(crate::Format::Flattened),
                ..Default::default()
            };
            EVERY_BLANK.set(true);
            let every = crate::parse_with(&text, &forced);
            EVERY_BLANK.set(false);
            let runs = crate::parse_with(&text, &forced);
            assert_eq!(format!("{every:?}"), format!("{runs:?}"), "{text:?}");
        }
    }

    /// Whether the last item's body has a piece with text, by a search of the body: the
    /// rule [`State::last_has_text`] replaces, which [`State::part`] asserts it agrees with
    /// in tests.
    pub(super) fn has_text_by_search(items: &[RawItem<'_>]) -> bool {
        items
            .last()
            .is_some_and(|it| it.body.iter().any(|p| p.start < p.end))
    }

    /// The parts of every short text of rows, blank lines, labels and cut-off markers are
    /// segmented with the kept flag agreeing with a search of the body (asserted in
    /// [`State::part`]).
    #[test]
    fn the_body_text_flag_agrees_with_a_search_of_the_body() {
        let pieces = [
            "Title\n",
            "\n",
            " \n",
            "text |\n",
            "Minutes: a\n",
            "Pre Minutes: b |",
            "|\n",
            "Report To note. Decision: c\n",
            " ...  view the full minutes text for item 1.\n",
        ];
        let mut seen_new_items = 0;
        for text in crate::test_text::joins_up_to(&pieces, 5) {
            let text = format!("No. | Item |\n---|---|\n{text}");
            let lines = lines(&text);
            let found = segment(&text, &lines);
            seen_new_items += found.items.len();
        }
        assert!(seen_new_items > 0);
    }

    #[test]
    fn labels_are_found_as_a_search_per_label_finds_them() {
        let slow = |text: &str| {
            let mut out: Vec<usize> = Vec::new();
            for label in INLINE_LABELS {
                let mut from = 0;
                while let Some(p) = find_ascii_ci(&text[from..], label) {
                    let at = from + p;
                    let word_start = at == 0 || text[..at].ends_with(is_space);
                    let capital = text[at..].starts_with(|c: char| c.is_uppercase());
                    if word_start && capital {
                        out.push(at);
                    }
                    from = at + label.len();
                }
            }
            out.sort_unstable();
            out
        };
        let text = "Minutes: a. DECISION: b Additional Documents: c xminutes: d Supporting documents:\u{a0}Minutes: é: minutes: Decision:";
        for cut in 0..=text.len() {
            let Some(t) = text.get(..cut) else { continue };
            assert_eq!(read_part(t).0, slow(t), "{t:?}");
        }
    }

    /// [`read_part`]'s marker test against the search [`lexer::truncation`] runs, over texts
    /// that put markers, near misses and labels across the 64-byte blocks of its scan.
    #[test]
    fn minutes_cuts_are_found_as_the_marker_search_finds_them() {
        let pieces = [
            "view the full ",
            "VIEW THE FULL ",
            "minutes",
            "agenda",
            "v",
            "Minutes: ",
            "é",
            " ",
            "view the ful",
        ];
        for pad in [0, 50, 60] {
            for text in crate::test_text::joins_up_to(&pieces, 3) {
                let text = format!("{}{text}", "x".repeat(pad));
                let old = lexer::truncation(&text).is_some_and(|(cut, _)| cut == Cut::Minutes);
                assert_eq!(read_part(&text).1, old, "{text:?}");
            }
        }
    }

    /// [`is_rule_row`] as it was, searching first: the rule the byte test must keep.
    #[test]
    fn rule_rows_are_read_as_the_searches_read_them() {
        let old = |text: &str| {
            text.contains('|')
                && text.contains('-')
                && text.chars().all(|c| matches!(c, '-' | '|' | ':' | ' '))
        };
        let pieces = ["-", "|", ":", " ", "a", "é", "\u{a0}", "--|"];
        for text in crate::test_text::joins_up_to(&pieces, 4) {
            assert_eq!(is_rule_row(&text), old(&text), "{text:?}");
        }
    }

    #[test]
    fn table_headers_are_matched_without_spaces_or_case() {
        assert!(is_table_header("No. | Item |"));
        assert!(is_table_header("no.|ITEM| Minutes |"));
        assert!(!is_table_header("No. | Item | Minutes | More |"));
        assert!(!is_table_header("No. | Itém |"));
        assert!(!is_table_header(&"No. | Item |".repeat(100)));
        assert!(is_table_header(&format!("No. | Item | {}", "|".repeat(60))));
        assert!(!is_table_header(&format!(
            "No. | Item | x {}",
            "|".repeat(60)
        )));
    }

    /// The first-byte test answers as the walk over the squeezed text does.
    #[test]
    fn table_headers_are_told_as_the_squeezed_text_tells_them() {
        let pieces = [
            "No.", "n", "o.", "|", "Item", "|", " ", "\u{a0}", "M", "x", "é", "\t",
        ];
        for text in crate::test_text::joins_up_to(&pieces, 5) {
            assert_eq!(
                is_table_header(&text),
                squeezed_is_table_header(&text),
                "{text:?}"
            );
        }
        for b in 0..=0x7fu8 {
            let text = format!("{}No.|Item|", b as char);
            assert_eq!(
                is_table_header(&text),
                squeezed_is_table_header(&text),
                "{text:?}"
            );
        }
    }

    fn titles(text: &str) -> Vec<String> {
        let lines = lines(text);
        segment(text, &lines)
            .items
            .iter()
            .map(|it| {
                it.title
                    .map_or(String::new(), |(a, b)| text[a..b].to_string())
            })
            .collect()
    }

    /// A Markdown table ("| No. | Item |", "|---|---|", a bar alone between rows): the venue
    /// and contact above it are no items, and a row's agenda text may run over lines before
    /// its "Minutes:" without starting another item.
    #[test]
    fn a_markdown_table_has_an_item_a_row() {
        let text = "Venue: Harbour Room\nContact: Jo Penrose\n| No. | Item |\n|---|---|\n|\nDeclarations of Interest To receive any declarations. Minutes: None. |\n|\n|\nExclusion of Press and Public To consider passing a\nresolution excluding the press and public\nfrom the meeting. Minutes: ORDERED that the press and public be excluded. |\n|\n|\nHarbour Dues Report for decision. Minutes: Approved. |\n";
        assert_eq!(
            titles(text),
            [
                "Declarations of Interest",
                "Exclusion of Press and Public",
                "Harbour Dues"
            ]
        );
        assert!(is_table_header("| No. | Item |"));
        assert!(is_table_header("|No.|Item|Minutes|"));
        assert!(is_table_header("No. | Item | |"));
        assert!(is_table_header("No. | Item | ||||||||||||"));
        assert!(!is_table_header("No. | Items | |"));
        assert!(has_empty_columns("No. | Item | ||||"));
        assert!(!has_empty_columns("No. | Item |"));
    }

    /// A first line naming the meeting and its date is the header; a first line that is an
    /// item's (no date after a dash) stays part of the items.
    #[test]
    fn a_dated_title_line_is_the_header() {
        let rows = "Apologies for Absence None. |\nDeclarations of Interest None. |\n";
        let titled = format!("Audit Committee - Monday 9 November 2024\n{rows}");
        let got = titles(&titled);
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got[0].starts_with("Apologies for Absence"), "{got:?}");
        for first in [
            "Minutes of the previous meeting held on 14 June 2022",
            "Budget - a review of the year",
        ] {
            let got = titles(&format!("{first}\n{rows}"));
            assert!(got[0].starts_with(first), "{got:?}");
        }
    }

    /// [`agenda_start`] by splitting the text at its spaces: the rule it keeps.
    fn agenda_start_by_split(pre: &str) -> Option<usize> {
        let words: Vec<&str> = pre.split(' ').collect();
        let mut prev_word = "";
        let mut offset = 0;
        for (k, word) in words.iter().enumerate() {
            let opens = offset > 0 && !CONNECTORS.contains(&prev_word) && !prev_word.is_empty();
            // "A report ...": an article, then a word in lower case.
            let lower_next = words
                .get(k + 1)
                .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_lowercase()));
            if opens && *word == "A" && lower_next {
                return Some(offset);
            }
            let councillors = ["Councillors", "Councillors'", "Councillors\u{2019}"];
            if opens && (AGENDA_OPENERS.contains(word) || councillors.contains(word)) {
                // "Members To note": the "To" after an opener starts the text.
                let next_is_to = *word != "To" && words.get(k + 1) == Some(&"To");
                return Some(if next_is_to {
                    offset + word.len() + 1
                } else {
                    offset
                });
            }
            if !word.is_empty() {
                prev_word = word;
            }
            offset += word.len() + 1;
        }
        None
    }

    #[test]
    fn agenda_openers_are_found_as_the_split_finds_them() {
        let pieces = [
            "To",
            "The",
            " ",
            "of",
            "Review",
            "x",
            "é",
            "  ",
            "Members",
            "to",
            "A",
            "Councillors'",
        ];
        for pre in crate::test_text::joins_up_to(&pieces, 5) {
            // Past the first 64-byte block of the scan too.
            for pre in [pre.clone(), format!("{} {pre}", "Item ".repeat(13))] {
                assert_eq!(agenda_start(&pre), agenda_start_by_split(&pre), "{pre:?}");
                let spaces = memchr::memchr_iter(b' ', pre.as_bytes());
                assert_eq!(agenda_start_at(&pre, spaces), agenda_start_by_split(&pre));
            }
        }
    }

    /// The capital test of [`is_agenda_opener`] turns no opener away.
    #[test]
    fn agenda_openers_start_with_a_capital() {
        for w in AGENDA_OPENERS {
            assert!(is_agenda_opener(w), "{w:?}");
        }
        for w in ["", "to", "the", "x", "Thé", "Tó", "Minutes"] {
            assert!(!is_agenda_opener(w), "{w:?}");
        }
    }

    #[test]
    fn titles_before_agenda_openers() {
        let text = "Minutes of the previous meeting held on 1 June\n\nResolved: - That the minutes be approved.\nCommunications To receive communications. Minutes: The Chair welcomed all.\nMore minutes. |\nUrgent Business To consider urgent items. Minutes: None. |\nThis report provides an update.\nMinutes: Noted ... view the full minutes text for item 9. |\nStrategy 2023 - 2027 PDF 386 KB This report provides. Minutes: Noted. |\n";
        assert_eq!(
            titles(text),
            [
                "Minutes of the previous meeting held on 1 June",
                "Communications",
                "Urgent Business",
                "",
                "Strategy 2023 - 2027"
            ]
        );
        let text = "Declarations of Interest Councillors' interests in any item. Minutes: None. |\nAir Quality - High Street A report on the levels. Additional documents: |\nPlan A Review Minutes: Noted. |\n";
        assert_eq!(
            titles(text),
            [
                "Declarations of Interest",
                "Air Quality - High Street",
                "Plan A Review"
            ]
        );
    }

    /// A title that ends in its time, then any capitalised word: the title ends at the
    /// bracket.
    #[test]
    fn a_title_ending_in_its_time() {
        let text = "Public Forum (6:05 pm) At this point the public may speak on any item. |\nQuestions (7 pm) Members asked about the (new) plans today and were answered. |\n";
        assert_eq!(titles(text), ["Public Forum (6:05 pm)", "Questions (7 pm)"]);
        assert_eq!(time_bracket_end("Report (see 5 pm) on"), None);
    }

    /// An opener word straight before "To" ends the title ("Council Members To note ..."):
    /// the text starts at "To".
    #[test]
    fn an_opener_before_to_is_the_titles_last_word() {
        let text = "Appointment of Panel Members To note the appointments. Minutes: None. |
Review of Parks Members to note the report. Minutes: Noted. |
";
        assert_eq!(
            titles(text),
            ["Appointment of Panel Members", "Review of Parks"]
        );
    }

    /// A row's title straight before its labels, no agenda text between ("Apologies for
    /// Absence Additional documents: Minutes: ..."): the words before the first label.
    #[test]
    fn kinds_and_sizes_without_an_icon_end_titles() {
        let text = "No. | Item |\nSafe Housing Strategy DOTX 53 KB To consider the strategy. Additional documents: |\nFees XLSX 1.2 MB The fees. Minutes: Agreed. |\nRoom Hire for 12 KB To note. Minutes: Noted. |\n";
        assert_eq!(
            titles(text),
            ["Safe Housing Strategy", "Fees", "Room Hire for 12 KB"]
        );
    }

    #[test]
    fn headings_in_capitals_before_lower_case_text() {
        let text = "No. | Item |\n---|---|\nAPOLOGIES FOR ABSENCE Sent by Councillors Amble and Brook.\nTo note any others. Minutes: Apologies from Councillor Amble. |\n|\nDECLARATIONS Members may declare interests.\nMembers may still declare later. Minutes: None. |\n|\nSUBSTITUTE MEMBERS (if any) - receive. Minutes: None. |\nMINUTES HELD ON 5 June 2021 Minutes: Agreed. |\nPETITIONS Notice of two petitions was given by Councillor Crane. Minutes\n";
        assert_eq!(
            titles(text),
            [
                "APOLOGIES FOR ABSENCE",
                "DECLARATIONS",
                "SUBSTITUTE MEMBERS",
                "MINUTES HELD ON 5 June 2021",
                "PETITIONS",
            ]
        );
    }

    #[test]
    fn titles_straight_before_labels() {
        let text = "| No. | Item |\n|---|---|\n|\nApologies for Absence Additional documents: Minutes: Apologies from Mr Penrose. |\n|\n|\nParking Review (Cab.3.4.2024/5) Additional documents: Minutes: |\n|\n|\nThe report was noted. Minutes: Noted. |\n";
        assert_eq!(
            titles(text),
            [
                "Apologies for Absence",
                "Parking Review (Cab.3.4.2024/5)",
                ""
            ]
        );
    }

    /// A table whose header and rows run to many empty columns (a row of bars between
    /// rows): the header is found however long its run, and a title in capitals ending in a
    /// full stop is still the title before its labels.
    #[test]
    fn many_empty_columns_and_titles_in_capitals() {
        let bars = "|".repeat(50);
        let text = format!("Venue: Town Hall, Elmford\nNo. | Item | {bars}\nAPOLOGIES FOR ABSENCE Additional documents: Minutes: None. |\n{bars}\nDECLARATIONS OF INTEREST. Additional documents: Minutes:\n|\n{bars}\nThe report was noted. Minutes: Noted. |\n");
        assert_eq!(
            titles(&text),
            ["APOLOGIES FOR ABSENCE", "DECLARATIONS OF INTEREST.", ""]
        );
    }

    /// On a page of decisions (no "Minutes:" label to come), a labelled line that opens with
    /// a heading in capitals starts a row, though the row before lost its closing bar; the
    /// line that goes on with a decision's text does not.
    #[test]
    fn a_capitals_heading_with_a_label_starts_a_row() {
        let text = "No. | Item |\nAPOLOGIES Decision: Apologies were received from Councillors\nELECTION OF CHAIR To elect a Chair. Decision: RESOLVED that Councillor Vane be elected\nChair for the year. Decision: noted |\nANY OTHER BUSINESS Decision: None. |\n";
        assert_eq!(
            titles(text),
            ["APOLOGIES", "ELECTION OF CHAIR", "ANY OTHER BUSINESS"]
        );
    }

    /// A "Minutes:" label on a line of a decision's text is that item's own: the page puts
    /// it after "Decision:". After the item's minutes, a line with text and a label starts
    /// another item.
    #[test]
    fn the_minutes_label_after_a_decision_continues_its_item() {
        let text = "No. | Item |\nHarbour Plan Additional documents: Decision: RESOLVED that Cabinet:-\nAdopts the plan; and 2. Notes the costs. Minutes: |\nQuay Repairs Additional documents: Minutes: Noted.\nFerry Timetable To note the times. Minutes: Noted. |\n";
        assert_eq!(
            titles(text),
            ["Harbour Plan", "Quay Repairs", "Ferry Timetable"]
        );
    }

    /// Rows without bars, a line each: a title written as a task straight before its
    /// label is the title, and a line that opens with a title and the documents' label
    /// starts a row after an item's minutes.
    #[test]
    fn rows_of_a_line_each_without_bars() {
        let text = "No. | Item |\nThe Panel to consider whether the meeting should be filmed Minutes: RESOLVED: That it be filmed.\nApologies Minutes: None.\nTo consider whether any items should be taken in private Minutes: RESOLVED: that none be.\nMinutes of the last meeting Additional documents: Minutes: RESOLVED: That they be approved.\nWork Programme Additional documents:\nMinutes: RESOLVED: that:\na. The Chair meet the officers.\nb. The plan come back in June.\nTo note the report. Minutes: Noted.\n";
        assert_eq!(
            titles(text),
            [
                "The Panel to consider whether the meeting should be filmed",
                "Apologies",
                "To consider whether any items should be taken in private",
                "Minutes of the last meeting",
                "Work Programme",
                "",
            ]
        );
    }

    #[test]
    fn table_rows_with_titles_on_their_own_lines() {
        let text = "Venue: Hall\nNo. | Item |\n---|---|\nApologies\nTo receive apologies. Minutes: None. |\n|\nDisclosure of Interests\nMembers to declare. Minutes: None. |\n";
        assert_eq!(titles(text), ["Apologies", "Disclosure of Interests"]);
    }
}
