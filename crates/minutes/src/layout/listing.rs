//! ModernGov meeting pages: after the "No. Item" column header, each item is a number on its
//! own line ("59.", "3a", "TCF 24/1", "5.1") then its title line, agenda text, "Minutes:" and
//! the minutes. Pages without numbers are read by their title lines.

use super::{
    give_lines, item_buffer, line_item_number, next_non_blank, number_line_item, start_item,
    words_up_to, Segments,
};
use crate::detect::is_items_header;
use crate::item::RawItem;
use crate::lexer::{self, item_number, number_line, number_line_of, Label, Line};
use crate::text::{ends_sentence, starts_with_folded};

pub(crate) fn segment<'a>(input: &str, lines: &'a [Line<'a>]) -> Segments<'a> {
    let body_start = lines
        .iter()
        .position(|l| is_items_header(l.text))
        .map(|i| i + 1)
        .or_else(|| lines.iter().position(|l| number_line(l.text).is_some()))
        .unwrap_or(lines.len());
    let numbered = numbered_items(input, lines, body_start);
    if numbered.items.iter().any(|it| it.number.is_some()) {
        return numbered;
    }
    unnumbered_items(input, lines, body_start)
}

/// Where [`next_stop`] stopped.
enum Stop<'a> {
    /// A line starting with an item number (what follows it, the number).
    Number((&'a str, &'a str)),
    /// An "Additional documents:" label: an item's, or the close of an unnumbered row.
    Documents,
}

/// The next line at or after `from` that starts with an item number (a lettered one too when
/// the page's numbers are, see [`lettered_number`]) or is an "Additional documents:" label.
/// The last line, cut mid-label where the excerpt ends ("Add"), counts as the label when
/// `open_end` says the text stops there.
fn next_stop<'a>(
    lines: &[Line<'a>],
    from: usize,
    lettered: bool,
    open_end: bool,
) -> Option<(usize, Stop<'a>)> {
    let rest = lines.get(from..)?;
    let last = lines.len() - 1;
    rest.iter().enumerate().find_map(|(k, l)| {
        let at = from + k;
        let t = l.text;
        if let Some(read) = line_item_number(t) {
            return Some((at, Stop::Number(read)));
        }
        if lettered {
            if let Some(read) = lettered_number(t) {
                return Some((at, Stop::Number(read)));
            }
        }
        let documents = matches!(t.as_bytes().first(), Some(b'A' | b'a'))
            && (starts_with_folded(t, "additional documents:")
                || (open_end && at == last && cut_documents_label(t)));
        documents.then_some((at, Stop::Documents))
    })
}

/// The start of an "Additional documents:" label cut where an excerpt ends ("Add"): three
/// letters at least.
fn cut_documents_label(text: &str) -> bool {
    const LABEL: &str = "additional documents:";
    // The label's start compared in any case: the text may hold any byte (a lowered copy
    // of it was the prefix `starts_with_folded` takes only of small letters and signs).
    (3..LABEL.len()).contains(&text.len())
        && LABEL.as_bytes()[..text.len()].eq_ignore_ascii_case(text.as_bytes())
}

/// A lettered item number alone on its line, as an executive's pages number their parts
/// ("A1", "B12", "C3."): a capital and one or two digits. Read only on a page whose first
/// number is one, so a grid reference or road ("A1") elsewhere is no item. Returns what
/// follows the number ("" or ".") and the number, as [`crate::lexer::item_number`] does.
fn lettered_number(text: &str) -> Option<(&str, &str)> {
    let b = text.as_bytes();
    if b.len() > 4 || !b.first()?.is_ascii_uppercase() {
        return None;
    }
    let digits = b[1..].iter().take_while(|c| c.is_ascii_digit()).count();
    let end = 1 + digits;
    ((1..=2).contains(&digits) && matches!(&b[end..], b"" | b"."))
        .then(|| (&text[end..], &text[..end]))
}

fn numbered_items<'a>(input: &str, lines: &'a [Line<'a>], body_start: usize) -> Segments<'a> {
    let mut items: Vec<RawItem<'a>> = item_buffer();
    // Whether the current item's "Minutes:" label has come, as far as the lines before
    // `checked` tell. Only a sub-item number asks, so the lines are read for the label
    // then (each once), not as they pass.
    let mut in_minutes = false;
    let mut checked = body_start;
    let mut first_item_line = None;
    // Where the last item's whole lines start: they run to the next item's first line.
    let mut body_from = body_start;
    // Whether a numbered item has come, and whether the last line read was the "Additional
    // documents:" label of an item before it (see below).
    let mut numbered_seen = false;
    let mut after_documents = false;
    let mut lettered = false;
    let open_end = !input.ends_with(['\n', '\r']);
    let mut i = body_start;
    while i < lines.len() {
        // Once a numbered item has started, only a number line can start another, save a
        // row without a number after an item's minutes (see below).
        let read = if !numbered_seen {
            let read = item_number(lines[i].text);
            match read
                .is_none()
                .then(|| lettered_number(lines[i].text))
                .flatten()
            {
                Some(read) => {
                    lettered = true;
                    Some(read)
                }
                None => read,
            }
        } else {
            match next_stop(lines, i, lettered, open_end) {
                Some((at, Stop::Number(read))) => {
                    i = at;
                    Some(read)
                }
                Some((at, Stop::Documents)) => {
                    // A heading row without a number between two items ("Overview and
                    // Scrutiny Report" / "Additional documents:" after item 68's "Minutes:"):
                    // the line before the label, once the item's minutes have begun, when it
                    // reads as a title. (An item's own label comes before its minutes.)
                    // The line is read first: most labels follow a title or agenda text,
                    // and the minutes label is then not looked for.
                    let row = (at > body_from)
                        .then(|| lines[body_from..at].iter().rposition(|l| !l.is_blank()))
                        .flatten()
                        .map(|k| body_from + k)
                        .filter(|&p| {
                            !ends_sentence(lines[p].text) && looks_like_title(lines[p].text)
                        })
                        .filter(|_| {
                            in_minutes |=
                                lines[checked..at].iter().any(|l| is_minutes_label(l.text));
                            checked = at;
                            in_minutes
                        });
                    if let Some(p) = row {
                        let line = &lines[p];
                        if let Some(item) = items.last_mut() {
                            give_lines(item, lines, body_from, p);
                        }
                        items.push(start_item(None, Some((line.start, line.end())), line.end()));
                        body_from = p + 1;
                        in_minutes = false;
                    }
                    i = at + 1;
                    continue;
                }
                None => break,
            }
        };
        let line = &lines[i];
        if let Some((number, _)) = read.and_then(number_line_of) {
            let last = items.last().and_then(|it| it.number);
            let minutes_came = || {
                in_minutes |= lines[checked.min(i)..i]
                    .iter()
                    .any(|l| is_minutes_label(l.text));
                checked = checked.max(i);
                in_minutes
            };
            if accepts(number, last, minutes_came)
                && !(open_end && stray_last_number(lines, i, number, last))
            {
                let title_line =
                    next_non_blank(lines, i + 1).filter(|&j| is_number_title(lines[j].text));
                if let Some(item) = items.last_mut() {
                    give_lines(item, lines, body_from, i);
                }
                items.push(number_line_item(lines, i, number, title_line));
                numbered_seen = true;
                first_item_line.get_or_insert(i);
                i = title_line.map_or(i + 1, |j| j + 1);
                body_from = i;
                in_minutes = false;
                checked = i;
                continue;
            }
        }
        // The heading of the agenda's first part ("Part A Minute") is no item.
        let part_heading = || items.is_empty() && is_part_heading(line.text);
        if !numbered_seen && !line.is_blank() && !part_heading() {
            // Text between the column header and the first number: an unnumbered item such
            // as prayers or announcements (a label line is its text, not its title). Each
            // such item's "Additional documents:" label closes it: a line of text after it
            // starts the next ("Deputy Mayor in the Chair" / label / "Prayers were said.").
            let label = lexer::label(line.text).map(|(label, _)| label);
            if items.is_empty() || (after_documents && label.is_none()) {
                if let Some(item) = items.last_mut() {
                    give_lines(item, lines, body_from, i);
                }
                let mut item = start_item(None, Some((line.start, line.end())), line.end());
                first_item_line.get_or_insert(i);
                body_from = i + 1;
                if label.is_some() {
                    item.title = None;
                    body_from = i;
                }
                items.push(item);
            }
            after_documents = label == Some(Label::AdditionalDocuments);
        }
        i += 1;
    }
    if let Some(item) = items.last_mut() {
        give_lines(item, lines, body_from, lines.len());
    }
    Segments {
        header_end: first_item_line.unwrap_or(lines.len()),
        items,
        diagnostics: Vec::new(),
    }
}

/// Whether a number line starts a new item after the item numbered `last`. Paragraph
/// numbers inside minutes ("1.1", "3.1.1") are not items; "5.1" is a sub-item of item 5 when
/// it comes before item 5's minutes (`in_minutes` says whether they have begun) or after
/// another sub-item of 5.
fn accepts(number: &str, last: Option<&str>, in_minutes: impl FnOnce() -> bool) -> bool {
    let Some((head, tail)) = split_at_dot(number) else {
        return true;
    };
    if tail.bytes().any(|b| b == b'.') || !head.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    match last {
        Some(last) if last == head => !in_minutes(),
        Some(last) => split_at_dot(last).is_some_and(|(h, _)| h == head),
        None => false,
    }
}

/// Whether the number line `i` is the text's last line (asked where the text is cut there,
/// ending in no line break), with a number that does
/// not follow the last item's ("6" after item 2, where the excerpt stops inside item 2's
/// numbered list: "5 Details of ..." / "6"): a list's entry that lost its text, no item.
/// A number that follows on ("3" after "2"), or one either of which is no whole number,
/// starts an item as before.
fn stray_last_number(lines: &[Line<'_>], i: usize, number: &str, last: Option<&str>) -> bool {
    if i + 1 != lines.len() {
        return false;
    }
    let (Some(last), Ok(n)) = (last, number.parse::<u32>()) else {
        return false;
    };
    last.parse::<u32>().is_ok_and(|l| n != l + 1)
}

/// `number.split_once('.')` by a byte loop: numbers are a few bytes, where the string
/// searcher costs a hundred instructions to set up.
fn split_at_dot(number: &str) -> Option<(&str, &str)> {
    let at = number.bytes().position(|b| b == b'.')?;
    Some((&number[..at], &number[at + 1..]))
}

/// Whether the line starts with the "Minutes:" label: `lexer::label` answers
/// `Some((Label::Minutes, _))` exactly then. Asked of every line, this skips the reading of
/// the other labels and of the space after the colon, which only the label's text needs.
fn is_minutes_label(text: &str) -> bool {
    starts_with_folded(text, "minutes:")
}

/// A line that can be an item's title: not a label, not a bullet.
fn is_title(text: &str) -> bool {
    lexer::label(text).is_none() && lexer::bullet(text).is_none() && number_line(text).is_none()
}

/// The line after an item's number is its title unless a label, bullet or number: a star
/// is no bullet there, but the mark of an item taken for information ("3b" / "* To note the
/// minutes of ...").
fn is_number_title(text: &str) -> bool {
    if let Some(rest) = text.strip_prefix("* ") {
        return lexer::label(rest.trim_start()).is_none();
    }
    is_title(text)
}

/// Pages whose items carry no numbers: a title is a short line after a blank line that is
/// followed by the page's item labels ("Additional documents:", "Decision:", "Minutes:") or
/// carries an attachment marker; or, once the previous item has some text, any short line
/// after a blank line that does not end a sentence. (A subheading straight under an item's
/// labels, "Mr John Kirby" under "Chairman's Announcements", is the item's text.) The last
/// line of an excerpt cut mid-line (no line break after it in `input`) is no such
/// title: its end is lost, so whether it ends a sentence is unknown ("In both the above
/// cases, y" is most often the start of a paragraph). A page with no blank line between
/// its items' lines is read as if a blank line stood before each line.
///
/// Two shapes of pages whose number column is empty (Torbay's): a line after exactly three
/// blank lines starts an item whose title line was left empty (the blank title adds a
/// third blank line to the two between cells; the line is the item's agenda text; four
/// stand where a "Minutes:" label was left empty, before "That the minutes be ..."), and a
/// line straight under a title, nothing read between, is that title's agenda text even
/// when a label follows it ("To consider a report on the above." / "Additional
/// documents:"), unless it carries an attachment marker of its own.
fn unnumbered_items<'a>(input: &str, lines: &'a [Line<'a>], body_start: usize) -> Segments<'a> {
    let mut items: Vec<RawItem<'a>> = item_buffer();
    let mut first_item_line = None;
    let mut current_has_text = false;
    // Where the last item's whole lines start: they run to the next item's first line.
    let mut body_from = body_start;
    // A page taken without its blank lines between items (some converters drop them):
    // each line is read as if one stood before it.
    let spaced = lines.get(body_start..).is_some_and(|body| {
        let first = body.iter().position(|l| !l.is_blank());
        let last = body.iter().rposition(|l| !l.is_blank());
        first
            .zip(last)
            .and_then(|(a, b)| body.get(a..b))
            .is_some_and(|text| text.iter().any(Line::is_blank))
    });
    let doubled = lines.get(body_start..).is_some_and(double_spaced);
    // Blank lines straight before the current line, and whether anything was read since
    // the current item's title line.
    let mut blanks = 0usize;
    let mut under_title = false;
    for i in body_start..lines.len() {
        let line = &lines[i];
        if line.is_blank() {
            blanks += 1;
            continue;
        }
        let blanks_before = std::mem::take(&mut blanks);
        if items.is_empty() && is_part_heading(line.text) {
            continue;
        }
        // On a double-spaced page, n blank lines stand as 2n + 1.
        let blanks_before = if doubled {
            blanks_before.saturating_sub(1) / 2
        } else {
            blanks_before
        };
        let after_blank = !spaced || i == 0 || blanks_before > 0;
        // Not after a line left open by a dropped link ("... please email the clerk
        // (email:"): its blank line is the link's, the text after it the minutes.
        let title_lost = spaced
            && blanks_before == 3
            && !under_title
            && !line.text.starts_with("That ")
            && !left_open(lines, i)
            && !minutes_before_title(lines, i);
        if title_lost || (after_blank && looks_like_title(line.text)) {
            let attached = lexer::attachment(line.text).is_some();
            let labelled = attached
                || (!under_title
                    && next_non_blank(lines, i + 1)
                        .is_some_and(|j| lexer::label(lines[j].text).is_some()));
            let plain = ends_as_title(line.text)
                && (current_has_text || items.is_empty())
                && input[line.end()..].contains(['\n', '\r']);
            if title_lost || labelled || plain {
                if let Some(item) = items.last_mut() {
                    give_lines(item, lines, body_from, i);
                }
                items.push(start_item(None, Some((line.start, line.end())), line.end()));
                first_item_line.get_or_insert(i);
                body_from = i + 1;
                current_has_text = false;
                under_title = true;
                continue;
            }
        }
        under_title = false;
        if !items.is_empty() {
            current_has_text |= lexer::label(line.text).is_none();
        }
    }
    if let Some(item) = items.last_mut() {
        give_lines(item, lines, body_from, lines.len());
    }
    Segments {
        header_end: first_item_line.unwrap_or(lines.len()),
        items,
        diagnostics: Vec::new(),
    }
}

/// The heading of the agenda's part over its first items, no item: "Part A Minute", "PART
/// 1 - Open to the public", "Part I Items": "Part" and a mark (a letter, digit or Roman
/// numeral, or "One"/"Two"), then nothing, a dash or colon, or a word that names the
/// part's kind. Asked of lines before a page's first item; a title such as "Part 2 Local
/// Plan Review" keeps its item.
fn is_part_heading(text: &str) -> bool {
    const KINDS: [&str; 10] = [
        "minute",
        "minutes",
        "item",
        "items",
        "business",
        "public",
        "open",
        "exempt",
        "confidential",
        "private",
    ];
    let Some(rest) = text
        .strip_prefix("Part ")
        .or_else(|| text.strip_prefix("PART "))
    else {
        return false;
    };
    let (mark, tail) = rest.split_once(' ').unwrap_or((rest, ""));
    let mark = mark.trim_end_matches([':', '.']);
    let marked = matches!(mark.len(), 1..=3)
        && mark
            .bytes()
            .all(|b| b.is_ascii_digit() || b.is_ascii_uppercase())
        || ["One", "Two", "ONE", "TWO"].contains(&mark);
    let tail = tail.trim_start();
    let first = tail
        .split(' ')
        .next()
        .unwrap_or("")
        .trim_start_matches('(')
        .trim_end_matches([')', ':', ',']);
    marked
        && (tail.is_empty()
            || tail.starts_with(['-', '\u{2013}', ':'])
            || KINDS.iter().any(|k| first.eq_ignore_ascii_case(k)))
}

/// Whether a line ends as a title may: in no sentence's mark, or in a bracket that gives
/// the time the item was taken or its pages ("Public Participation (5:32 pm)", "Minutes
/// (Pages 5 - 10)"), where a bracket closes a sentence's aside as often.
fn ends_as_title(text: &str) -> bool {
    if !ends_sentence(text) {
        return true;
    }
    let Some(open) = text.strip_suffix(')').and_then(|t| t.rfind('(')) else {
        return false;
    };
    let inside = &text[open + 1..text.len() - 1];
    inside.len() <= 16
        && (inside.ends_with("am")
            || inside.ends_with("pm")
            || inside.starts_with("Page")
            || inside.starts_with("page"))
        && inside.bytes().any(|b| b.is_ascii_digit())
}

/// Whether line `i`, after three blank lines, is the minutes of the item before, under a
/// lost "Minutes:" label (York's pages space them so): it ends a sentence and the next
/// line of text is a title that ends none ("Minutes and Action Log (5:32 pm)"), where an
/// item whose title was lost has its minutes under its first line.
fn minutes_before_title(lines: &[Line<'_>], i: usize) -> bool {
    ends_sentence(lines[i].text)
        && next_non_blank(lines, i + 1).is_some_and(|j| {
            let next = lines[j].text;
            ends_as_title(next) && looks_like_title(next)
        })
}

/// Whether the text line before line `i` ends in a colon that no label's is ("... marked
/// for the attention of the clerk (email:", its address a link the page lost).
fn left_open(lines: &[Line<'_>], i: usize) -> bool {
    lines[..i]
        .iter()
        .rev()
        .find(|l| !l.is_blank())
        .is_some_and(|l| l.text.ends_with(':') && lexer::label(l.text).is_none())
}

/// Whether a page's lines were written double-spaced, a blank line after every line (as
/// some converters write a page): n blank lines of the page stand as 2n + 1, so every run
/// of blank lines between two lines of text is odd, and some are three or more. A page
/// written as it was has runs of two between its rows.
fn double_spaced(lines: &[Line<'_>]) -> bool {
    let mut run = 0usize;
    let mut long_run = false;
    let mut text_seen = false;
    for line in lines {
        if line.is_blank() {
            run += 1;
            continue;
        }
        if text_seen {
            if run % 2 == 0 {
                return false;
            }
            long_run |= run >= 3;
        }
        text_seen = true;
        run = 0;
    }
    long_run
}

/// Short, starts with a capital, not a label, bullet or numbered paragraph, not a page
/// number ("Page 2 of 5"), and not a resolution or sentence. A line that ends in a colon
/// ("... declared an interest in item 7:-") opens the text after it.
/// The tests of one or two bytes come first: they turn most lines away before the words
/// are counted.
fn looks_like_title(text: &str) -> bool {
    text.starts_with(|c: char| c.is_uppercase())
        && !text.ends_with([',', ';', ':'])
        && !text.ends_with(":-")
        && !text.starts_with("RESOLVED")
        && words_up_to(text, 26) <= 25
        && is_title(text)
        && lexer::paren_number(text).is_none()
        && lexer::truncation(text).is_none()
        && !lexer::is_page_number(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexer::lines;

    /// A cut label is its start in any case; other bytes, a letter beyond ASCII or a sign
    /// above '@', are none (they failed the folded comparison's debug assertion).
    #[test]
    fn a_cut_documents_label_is_its_start_in_any_case() {
        assert!(cut_documents_label("Add"));
        assert!(cut_documents_label("ADDITIONAL DOC"));
        assert!(!cut_documents_label("Ad\u{e9}"));
        assert!(!cut_documents_label("Add_"));
        assert!(!cut_documents_label("Ad"));
    }

    /// The items' numbers and where they stand as [`numbered_items`] found them when every
    /// line was read for a "Minutes:" label as it passed: the rule the lazy reading must keep.
    fn numbered_items_eager(
        text: &str,
        lines: &[Line<'_>],
        body_start: usize,
    ) -> Vec<(Option<String>, Option<usize>)> {
        let mut items: Vec<(Option<String>, Option<usize>)> = Vec::new();
        let mut in_minutes = false;
        let mut i = body_start;
        while i < lines.len() {
            let line = &lines[i];
            if let Some((number, _)) = number_line(line.text) {
                let last = items.last().and_then(|it| it.0.as_deref());
                let open_end = !text.ends_with(['\n', '\r']);
                if accepts(number, last, || in_minutes)
                    && !(open_end && stray_last_number(lines, i, number, last))
                {
                    let title_line =
                        next_non_blank(lines, i + 1).filter(|&j| is_number_title(lines[j].text));
                    items.push((Some(number.to_string()), Some(line.start)));
                    in_minutes = false;
                    i = title_line.map_or(i + 1, |j| j + 1);
                    continue;
                }
            }
            if is_minutes_label(line.text) {
                in_minutes = true;
            }
            let numbered_seen = items.iter().any(|it| it.0.is_some());
            if !numbered_seen && !line.is_blank() {
                let label = lexer::label(line.text).map(|(label, _)| label);
                let after_documents = i > body_start
                    && lines[..i]
                        .iter()
                        .rev()
                        .find(|l| !l.is_blank())
                        .and_then(|l| lexer::label(l.text))
                        .is_some_and(|(label, _)| label == Label::AdditionalDocuments);
                if items.is_empty() || (after_documents && label.is_none()) {
                    items.push((None, None));
                }
            }
            i += 1;
        }
        items
    }

    /// [`accepts`] as it was, with `str::split_once` and `str::contains`: the rule the byte
    /// loops must keep.
    #[test]
    fn accepts_agrees_with_the_string_search() {
        let old = |number: &str, last: Option<&str>, in_minutes: bool| {
            let Some((head, tail)) = number.split_once('.') else {
                return true;
            };
            if tail.contains('.') || !head.bytes().all(|b| b.is_ascii_digit()) {
                return false;
            }
            match last {
                Some(last) if last == head => !in_minutes,
                Some(last) => last.split_once('.').is_some_and(|(h, _)| h == head),
                None => false,
            }
        };
        let numbers = crate::test_text::joins(&["5", ".", "1", "a", "é", "12"], 3);
        for number in &numbers {
            for last in std::iter::once(None).chain(numbers.iter().map(|l| Some(l.as_str()))) {
                for in_minutes in [false, true] {
                    assert_eq!(
                        accepts(number, last, || in_minutes),
                        old(number, last, in_minutes),
                        "{number:?} {last:?} {in_minutes}"
                    );
                }
            }
        }
    }

    /// A lone number where the excerpt stops is an item only when it follows on.
    #[test]
    fn a_stray_number_at_a_cut_end_is_no_item() {
        let head = "Items\nNo. Item\n\n1.\n\nApologies\n\nMinutes:\n\nNone.\n\n2.\n\nInterests\n\nMembers hold:\n\n1    Jobs held.\n\n";
        let numbers = |tail: &str| -> Vec<Option<String>> {
            titles(&format!("{head}{tail}"))
                .into_iter()
                .map(|(n, _)| n)
                .collect()
        };
        let two = [Some("1".to_string()), Some("2".to_string())];
        assert_eq!(numbers("6     "), two);
        assert_eq!(
            numbers("3"),
            [two[0].clone(), two[1].clone(), Some("3".into())]
        );
        assert_eq!(numbers("6\n").len(), 3, "a whole line, not cut");
    }

    #[test]
    fn minutes_labels_read_lazily_find_the_same_items() {
        let pieces = [
            "5.\n",
            "5.1\n",
            "6\n",
            "6.1\n",
            "Minutes:\n",
            "Text.\n",
            "\n",
            "1.1\n",
            "7",
        ];
        for text in crate::test_text::joins(&pieces, 5) {
            let lines = lines(&text);
            let found: Vec<(Option<String>, Option<usize>)> = numbered_items(&text, &lines, 0)
                .items
                .iter()
                .map(|it| (it.number.map(String::from), it.number_start))
                .collect();
            assert_eq!(found, numbered_items_eager(&text, &lines, 0), "{text:?}");
        }
    }

    fn titles(text: &str) -> Vec<(Option<String>, String)> {
        let lines = lines(text);
        segment(text, &lines)
            .items
            .iter()
            .map(|it| {
                let title = it
                    .title
                    .map_or(String::new(), |(a, b)| text[a..b].to_string());
                (it.number.map(String::from), title)
            })
            .collect()
    }

    #[test]
    fn the_minutes_label_test_agrees_with_the_lexer() {
        let mut texts: Vec<String> = [
            "",
            "m",
            "Minutes",
            "Minutes:",
            "MINUTES:",
            "minutes: x",
            "Minutes :",
            "Minutes:\u{a0}Text",
            "Decision:",
            "Additional documents:",
            "Supporting documents:",
            "Background documents:",
            "Mmmmmmm:",
            "Minutés:",
            "é",
            "Minutes: ",
            "minutes:\tNone.",
            "Members: x",
        ]
        .map(String::from)
        .to_vec();
        for b in 0..=0x7fu8 {
            texts.push(format!("{}inutes:", b as char));
            texts.push(format!("Minute{}:", b as char));
            texts.push(format!("Minutes{}", b as char));
        }
        for t in &texts {
            assert_eq!(
                is_minutes_label(t),
                matches!(lexer::label(t), Some((Label::Minutes, _))),
                "{t:?}"
            );
        }
    }

    #[test]
    fn numbered_items_with_titles() {
        let text = "Venue: Hall\n\nItems\nNo. Item\n\n59.\n\nMinutes pdf icon PDF 1 KB\n\nMinutes:\n\nResolved: - That.\n\n60.\n\nUrgent Business\n\nMinutes:\n\nNone.\n";
        let got = titles(text);
        assert_eq!(got.len(), 2);
        assert_eq!(
            got[0],
            (Some("59".into()), "Minutes pdf icon PDF 1 KB".into())
        );
        assert_eq!(got[1].1, "Urgent Business");
    }

    #[test]
    fn paragraph_numbers_inside_minutes_are_not_items() {
        let text = "No. Item\n\n3.\n\nBudget\n\nMinutes:\n\n3.1\n\nThe budget.\n\n3.1.1\n\nMore.\n\n5.\n\nMINUTES\n\n5.1\n\n5TH FEBRUARY, 2018;\n\nMinutes:\n\nRESOLVED.\n\n5.2\n\n30TH APRIL, 2018;\n";
        let numbers: Vec<_> = titles(text).into_iter().map(|(n, _)| n.unwrap()).collect();
        assert_eq!(numbers, ["3", "5", "5.1", "5.2"]);
    }

    /// An executive's lettered numbers ("A1", "B2") on a page whose first number is one; a
    /// lettered line on a page numbered by digits is no item.
    #[test]
    fn lettered_numbers() {
        let text = "No. Item\n\nA1\n\nApologies\n\nA2\n\nMinutes pdf icon PDF 9 KB\n\nDecision:\n\nCONFIRMED\n\nB1\n\nParks Budget\n\nDecision:\n\nAGREED recommendations.\n";
        let got = titles(text);
        assert_eq!(
            got.iter()
                .map(|(n, _)| n.clone().unwrap())
                .collect::<Vec<_>>(),
            ["A1", "A2", "B1"]
        );
        assert_eq!(got[2].1, "Parks Budget");
        let digits = "No. Item\n\n1.\n\nRoads\n\nMinutes:\n\nThe route:\n\nA1\n\nwas noted.\n\n2.\n\nParks\n";
        assert_eq!(titles(digits).len(), 2);
        for (line, want) in [
            ("A1", Some("A1")),
            ("B12.", Some("B12")),
            ("C123", None),
            ("a1", None),
            ("A", None),
            ("AB1", None),
        ] {
            assert_eq!(lettered_number(line).map(|(_, n)| n), want, "{line:?}");
        }
    }

    /// A title marked with a star for an item taken for information keeps its star; a
    /// bullet after a number is still no title.
    #[test]
    fn a_starred_title_after_a_number() {
        let text = "No. Item\n\n4a\n\nTo agree the minutes pdf icon PDF 9 KB\n\nMinutes:\n\n4b\n\n* To note the minutes of the Parks Sub-Committee pdf icon PDF 8 KB\n\nMinutes:\n\n5.\n\n\u{2022} Roads\n";
        let got = titles(text);
        assert_eq!(
            got[1].1,
            "* To note the minutes of the Parks Sub-Committee pdf icon PDF 8 KB"
        );
        assert_eq!(got[2].1, "");
        assert!(!is_number_title("* Minutes: noted"));
    }

    /// A heading row without a number between numbered items, closed by its own
    /// "Additional documents:" label after the item before's minutes; the last, cut
    /// mid-label where the excerpt ends, too. A sentence before such a label is minutes.
    #[test]
    fn unnumbered_heading_rows_between_items() {
        let text = "No. Item\n\n68.\n\nPetitions\n\nAdditional documents:\n\nMinutes:\n\nHousing Report\n\nAdditional documents:\n\n69.\n\nRents Review\n\nAdditional documents:\n\nDecision:\n\nRESOLVED that rents rise.\n\nMinutes:\n\nParks Spokesperson\n\nAdd";
        let got: Vec<_> = titles(text).into_iter().map(|(_, t)| t).collect();
        assert_eq!(
            got,
            [
                "Petitions",
                "Housing Report",
                "Rents Review",
                "Parks Spokesperson"
            ]
        );
        let prose = "No. Item\n\n12.\n\nApologies\n\nAdditional documents:\n\nMinutes:\n\nNone.\n\nCouncillor Amis arrived.\n\nAdditional documents:\n\n13.\n\nQuestions\n";
        assert_eq!(titles(prose).len(), 2);
    }

    #[test]
    fn text_before_the_first_number_is_an_unnumbered_item() {
        let text = "No. Item\n\nThe Reverend said prayers.\n\nAdditional documents:\n\n550.\n\nCommunications\n";
        let got = titles(text);
        assert_eq!(got[0], (None, "The Reverend said prayers.".into()));
        assert_eq!(got[1], (Some("550".into()), "Communications".into()));
    }

    /// Before the first number, each unnumbered item's "Additional documents:" label closes
    /// it: the next line of text is another such item.
    #[test]
    fn items_before_the_first_number_end_at_their_documents_label() {
        let text = "No. Item\n\nAlderman Kemp in the Chair\n\nAdditional documents:\n\nThe Reverend Ames said prayers.\n\nAdditional documents:\n\n12.\n\nApologies\n\nMinutes:\n\nNone.\n";
        let got = titles(text);
        assert_eq!(
            got,
            [
                (None, "Alderman Kemp in the Chair".to_string()),
                (None, "The Reverend Ames said prayers.".to_string()),
                (Some("12".to_string()), "Apologies".to_string())
            ]
        );
        let text = "No. Item\n\nPrayers\n\nMinutes:\n\nThe Reverend Ames said prayers.\n\n12.\n\nApologies\n";
        assert_eq!(titles(text).len(), 2);
    }

    #[test]
    fn unnumbered_pages_by_their_document_labels() {
        let text = "No. Item\n\n\nApologies for Absence\n\nAdditional documents:\n\n\nApologies were received.\n\n\nAnnouncements\n\nAdditional documents:\n\n\nMr John Smith\n\n\n(1) With sadness.";
        let got: Vec<_> = titles(text).into_iter().map(|(_, t)| t).collect();
        assert_eq!(got, ["Apologies for Absence", "Announcements"]);
    }

    /// Three blank lines before the minutes of an item whose label was lost: the minutes
    /// end a sentence and a title follows them, where a lost title's line has its minutes
    /// under it.
    #[test]
    fn three_blank_lines_before_minutes_then_a_title() {
        let text = "No. Item\n\nDeclarations of Interest pdf icon PDF 9 KB\n\nMembers are asked to declare any interest.\n\n\n\nMembers were asked to declare any interest. None were declared.\n\n\nMinutes pdf icon PDF 10 KB\n\nTo approve the minutes.\n\n\nResolved: That the minutes be approved.\n";
        let got: Vec<_> = titles(text).into_iter().map(|(_, t)| t).collect();
        assert_eq!(
            got,
            [
                "Declarations of Interest pdf icon PDF 9 KB",
                "Minutes pdf icon PDF 10 KB"
            ]
        );
    }

    /// A title may end in the bracket of its time or pages; a sentence's aside is none.
    #[test]
    fn titles_ending_in_a_time_or_pages() {
        for t in [
            "Public Participation (5:32 pm)",
            "Minutes (Pages 5 - 10)",
            "Plans",
        ] {
            assert!(ends_as_title(t), "{t:?}");
        }
        for t in [
            "It was carried (see below)",
            "Noted (10 pm).",
            "Votes (2 against)",
        ] {
            assert!(!ends_as_title(t), "{t:?}");
        }
        let text = "No. Item\n\n\nApologies\n\nTo receive any.\n\n\nNone.\n\n\nPublic Question Time (6:05 pm)\n\nMembers of the public may speak.\n\n\nThere were none.\n";
        let got: Vec<_> = titles(text).into_iter().map(|(_, t)| t).collect();
        assert_eq!(got, ["Apologies", "Public Question Time (6:05 pm)"]);
    }

    /// The heading of the agenda's first part is no item; a title that opens "Part" is one.
    #[test]
    fn the_first_parts_heading_is_no_item() {
        for heading in [
            "Part A Minute",
            "PART 1 - Open to the public",
            "Part I Items",
            "Part One",
            "PART A (Public)",
        ] {
            assert!(is_part_heading(heading), "{heading:?}");
            let text = format!("No. Item\n\n{heading}\n\n\nApologies for absence\n\n\nNone were received.\n\n\nMinutes\n\n\nThat the minutes be signed.\n");
            let got: Vec<_> = titles(&text).into_iter().map(|(_, t)| t).collect();
            assert_eq!(got, ["Apologies for absence", "Minutes"], "{heading:?}");
        }
        for title in [
            "Part 2 Local Plan Review",
            "Partnership Board",
            "Part of the Park",
        ] {
            assert!(!is_part_heading(title), "{title:?}");
        }
    }

    #[test]
    fn unnumbered_pages_by_their_title_lines() {
        let text = "No. Item\n\n\nApologies for absence\n\n\nReceived from Councillor Smith.\n\n\nDeclarations of interest\n\n\nIf you have an interest:\n\n   if it is not registered;\n";
        let got: Vec<_> = titles(text).into_iter().map(|(_, t)| t).collect();
        assert_eq!(got, ["Apologies for absence", "Declarations of interest"]);
        let text = "No. Item\n\n\nDeclarations of interest\n\nTo receive any.\n\n\nThe following declared an interest in item 4:-\n\n\nCouncillors: A. Pike and B. Roach.\n";
        let got: Vec<_> = titles(text).into_iter().map(|(_, t)| t).collect();
        assert_eq!(got, ["Declarations of interest"]);
    }

    /// An empty number column and an empty title line: three blank lines start an item
    /// whose first line is its agenda text; a line under a title is that title's text even
    /// with a label after it.
    #[test]
    fn unnumbered_pages_with_lost_titles() {
        let text = "No. Item\n\n\n\nTo note any apologies.\n\n\nCouncillor Pike sent apologies.\n\n\nBudget Review pdf icon PDF 12 KB\n\nTo consider a report on the above.\n\nAdditional documents:\n\n\nParks Strategy pdf icon PDF 40 KB\n\nTo consider the strategy.\n\nAdditional documents:\n";
        let got: Vec<_> = titles(text).into_iter().map(|(_, t)| t).collect();
        let minutes = "No. Item\n\n\nMinutes pdf icon PDF 9 KB\n\nThe minutes of 2 May.\n\n\n\n\nThat the minutes be signed.\n\n\nQuestions\n\nTo answer questions.\n";
        let titled: Vec<_> = titles(minutes).into_iter().map(|(_, t)| t).collect();
        assert_eq!(titled, ["Minutes pdf icon PDF 9 KB", "Questions"]);
        assert_eq!(
            got,
            [
                "To note any apologies.",
                "Budget Review pdf icon PDF 12 KB",
                "Parks Strategy pdf icon PDF 40 KB"
            ]
        );
    }

    /// Three blank lines after a line that a lost link left open ("(email:") are the
    /// link's: the text after them is the item's minutes, no item of its own.
    #[test]
    fn three_blank_lines_after_an_open_line_are_no_lost_title() {
        let text = "No. Item


Public Questions

To answer questions. Send them to the clerk (email:



No questions were received.


Members' Questions

To answer members' questions.


None were received.
";
        let got: Vec<_> = titles(text).into_iter().map(|(_, t)| t).collect();
        assert_eq!(got, ["Public Questions", "Members' Questions"]);
    }

    /// Three blank lines under a title (a page whose "Additional documents:" lines were
    /// dropped) do not make the text under it an item of its own.
    #[test]
    fn three_blank_lines_under_a_title_are_no_lost_title() {
        let text = "No. Item\n\n\nApologies for Absence\n\n\n\nThe Clerk reported apologies from Mr Tove.\n\n\nMinutes pdf icon PDF 12 KB\n\n\n\nRESOLVED that the minutes be approved.\n\n\nAnnouncements\n\n\n\nThe Chairman welcomed Mr Ives.\n";
        let got: Vec<_> = titles(text).into_iter().map(|(_, t)| t).collect();
        assert_eq!(
            got,
            [
                "Apologies for Absence",
                "Minutes pdf icon PDF 12 KB",
                "Announcements"
            ]
        );
    }

    /// A page written double-spaced (a blank line after every line) has the items of the
    /// page as written: its runs of 2n + 1 blank lines are read as n.
    #[test]
    fn double_spaced_pages_keep_their_items() {
        let pages = [
            "No. Item\n\n\nApologies for absence\n\n\nReceived from Councillor Smith.\n\n\nDeclarations of interest\n\n\nIf you have an interest:\n\n   if it is not registered;\n\nIn both cases, leave the room.\n",
            "No. Item\n\n\n\nTo note any apologies.\n\n\nCouncillor Pike sent apologies.\n\n\nBudget Review pdf icon PDF 12 KB\n\nTo consider a report on the above.\n\nAdditional documents:\n\n\nParks Strategy\n\nAdditional documents:\n\nTo consider the strategy.\n",
        ];
        for page in pages {
            let doubled = page.replace('\n', "\n\n");
            let titles_of = |text: &str| -> Vec<String> {
                titles(text)
                    .into_iter()
                    .map(|(_, t)| t.to_string())
                    .collect()
            };
            assert!(titles_of(page).len() >= 2, "{page:?}");
            assert_eq!(titles_of(&doubled), titles_of(page), "{doubled:?}");
        }
        let lines = lines("No. Item\n\nA\n\n\nB\n");
        assert!(!double_spaced(&lines), "a run of two blank lines");
    }

    /// A page taken without its blank lines: every line stands as if after one, so titles
    /// are still found by the labels under them or by the sentence before them.
    #[test]
    fn unnumbered_pages_without_blank_lines() {
        let text = "No. Item\nApologies for absence\nReceived from Councillor Smith.\nDeclarations of interest\nIf you have an interest:\n   if it is not registered;\nIn both cases, leave.\nMinutes\nAdditional documents:\nMr John Smith\n(1) With sadness.\n";
        let got: Vec<_> = titles(text).into_iter().map(|(_, t)| t).collect();
        assert_eq!(
            got,
            [
                "Apologies for absence",
                "Declarations of interest",
                "Minutes"
            ]
        );
    }

    /// An excerpt cut inside a paragraph's first line: the part left is no title. With a
    /// line break after it, the same short line is one.
    #[test]
    fn a_line_cut_at_the_end_of_an_excerpt_is_no_title() {
        let page = "No. Item\n\n\nApologies for absence\n\n\nReceived from Councillor Smith.\n\n\nIn both the above cases, y";
        let got: Vec<_> = titles(page).into_iter().map(|(_, t)| t).collect();
        assert_eq!(got, ["Apologies for absence"]);
        let got: Vec<_> = titles(&format!("{page}\n"))
            .into_iter()
            .map(|(_, t)| t)
            .collect();
        assert_eq!(got, ["Apologies for absence", "In both the above cases, y"]);
    }
}
