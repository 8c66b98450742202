//! ModernGov single item and decision pages: "Agenda item" (or "Decision Maker:", an issue
//! page's "Meeting: 12/03/2024 - Cabinet (Item 276)") then one item's title and text.

use super::{give_lines, item_buffer, next_non_blank, start_item, Segments};
use crate::header::dated_decision;
use crate::lexer::Line;
use crate::people::apologies_in_sentence;
use crate::text::{find_ascii_ci, starts_with_ci, starts_with_folded};

pub(crate) fn segment<'a>(_input: &str, lines: &'a [Line<'a>]) -> Segments<'a> {
    let marker = lines.iter().position(|l| {
        l.text.eq_ignore_ascii_case("agenda item") || starts_with_folded(l.text, "decision maker:")
    });
    let title_line = match marker {
        Some(m) if lines[m].text.eq_ignore_ascii_case("agenda item") => {
            next_non_blank(lines, m + 1)
        }
        _ => lines
            .iter()
            .position(|l| !l.is_blank() && !is_field_line(l.text) && !is_page_furniture(l.text)),
    };
    // A decision page without "Decision Maker:" whose every line is a field ("Decision
    // status: ...", "RESOLVED: That ..."): its text starts at the "Decision:" label.
    let Some(t) = title_line.or_else(|| lines.iter().position(|l| is_decision_label(l.text)))
    else {
        return Segments {
            header_end: lines.len(),
            ..Segments::default()
        };
    };
    // An issue page's "Meeting: 12/03/2025 - Cabinet (Item 276)" line and its number.
    let issue = lines
        .iter()
        .enumerate()
        .find_map(|(i, l)| item_number_of_issue_line(l.text).map(|n| (i, n)));
    let number = issue.map(|(_, n)| (n, lines[t].start));
    // The issue at later meetings: each further "Meeting: ..." line starts an item of its
    // own ("Meeting: 29/09/2021 - Health Board (Item 2.)" / "2. Minutes of ..."), where the
    // first item ran on over them.
    let later: Vec<(usize, &str)> = issue.map_or_else(Vec::new, |(i, _)| {
        lines
            .iter()
            .enumerate()
            .skip(i.max(t) + 1)
            .filter_map(|(j, l)| item_number_of_issue_line(l.text).map(|n| (j, n)))
            .collect()
    });
    let first_end = later.first().map_or(lines.len(), |&(j, _)| j);
    // A page that lost its heading: the minutes label or the minutes' text stands where
    // the title would. The item is untitled and its text starts there.
    let label = lines[..=t]
        .iter()
        .position(|l| is_minutes_label(l.text) || is_decision_label(l.text));
    let body_from = label
        .or_else(|| is_minutes_text(lines[t]).then_some(t))
        .or_else(|| decision_without_heading(lines, marker, t));
    let item = match body_from {
        Some(from) => {
            let mut item = start_item(number, None, lines[from].start);
            give_lines(&mut item, lines, from, first_end);
            item
        }
        None => {
            // Under the issue line, the item's own numbered heading ("276 Bus Station pdf
            // icon PDF 120 KB") is its title in full where the page's may be shortened
            // ("To receive the minutes of the meetings of the Cabinet held on…").
            let (title, next) = issue
                .and_then(|(i, n)| heading_below(lines, i, n, t))
                .unwrap_or_else(|| {
                    let next = next_non_blank(lines, t + 1)
                        .filter(|&d| is_dated_title(lines[d].text, lines[t].text))
                        .map_or(t + 1, |d| d + 1);
                    ((lines[t].start, lines[t].end()), next)
                });
            let mut item = start_item(number, Some(title), title.1);
            give_lines(&mut item, lines, next, first_end.max(next));
            item
        }
    };
    let mut items = item_buffer();
    items.push(item);
    for (k, &(j, n)) in later.iter().enumerate() {
        let end = later.get(k + 1).map_or(lines.len(), |&(next, _)| next);
        let (title, next) = match heading_below(lines, j, n, t) {
            Some((title, next)) => (Some(title), next),
            None => (None, j + 1),
        };
        let mut item = start_item(Some((n, lines[j].start)), title, lines[j].end());
        give_lines(&mut item, lines, next.min(end), end);
        items.push(item);
    }
    Segments {
        header_end: body_from.unwrap_or(t),
        items,
        diagnostics: Vec::new(),
    }
}

/// Page headings above the title: "Decision details", an issue page's heading,
/// breadcrumbs.
fn is_page_furniture(text: &str) -> bool {
    ["decision details", "skip to content"]
        .iter()
        .any(|f| text.eq_ignore_ascii_case(f))
        || is_issue_page_heading(text)
        || text.contains(" > ")
}

/// The heading of a ModernGov issue page: "Issue details", "Issue - meetings", "Issue -
/// decisions" (or with an en dash, as some converters write every hyphen between spaces),
/// "Decisions for issue Budget 2025/26", "Issue - items at meetings - Budget 2025/26" (the
/// page's title lines, the issue named again below).
pub(crate) fn is_issue_page_heading(text: &str) -> bool {
    if starts_with_folded(text, "decisions for issue ") {
        return true;
    }
    let Some(rest) = text.get(..6).filter(|w| w.eq_ignore_ascii_case("issue ")) else {
        return false;
    };
    let rest = &text[rest.len()..];
    let rest = rest
        .strip_prefix("- ")
        .or_else(|| rest.strip_prefix("\u{2013} "))
        .unwrap_or(rest);
    ["details", "meetings", "decisions"]
        .iter()
        .any(|w| rest.eq_ignore_ascii_case(w))
        || starts_with_folded(rest, "items at meetings")
}

/// "Minutes:", the label ModernGov writes above an item's minutes.
fn is_minutes_label(text: &str) -> bool {
    text.eq_ignore_ascii_case("minutes:")
}

/// "Decision:", the label above a decision page's decision.
fn is_decision_label(text: &str) -> bool {
    text.eq_ignore_ascii_case("decision:")
}

/// Whether the line where the title would stand is the minutes' text instead: two
/// sentences or more, longer than any heading ("There were apologies for absence from
/// Councillors A and B; ... Councillor C gave his apologies ..."), or a sentence that
/// names apologies ("Apologies were received from A, B and C.").
fn is_minutes_text(line: Line<'_>) -> bool {
    const LONGEST_TITLE: usize = 150;
    let text = line.text;
    let sentences = || {
        text.as_bytes()
            .windows(3)
            .any(|w| w[0] == b'.' && w[1] == b' ' && w[2].is_ascii_uppercase())
    };
    (text.len() > LONGEST_TITLE && sentences())
        || (text.ends_with('.')
            && apologies_in_sentence(text, line.start).is_some_and(|names| !names.is_empty()))
}

/// Where the text starts on a decision page that lost its heading (which stands above
/// "Decision Maker:", so the first line that could be a title, `t`, comes after it): the
/// first line after the marker that is no decision field ("Decision status: ...", "Is
/// subject to call in?: No"), such as "RESOLVED: That Cabinet:".
fn decision_without_heading(lines: &[Line<'_>], marker: Option<usize>, t: usize) -> Option<usize> {
    let m = marker.filter(|&m| m < t && starts_with_folded(lines[m].text, "decision maker:"))?;
    let is_decision_field = |text: &str| {
        starts_with_folded(text, "decision status:")
            || text
                .split_once(':')
                .is_some_and(|(key, _)| key.ends_with('?'))
    };
    (m + 1..lines.len()).find(|&i| !lines[i].is_blank() && !is_decision_field(lines[i].text))
}

/// "Decision Maker: Cabinet", "Decision published: 12/03/2024", "Is subject to call in?:
/// No": page fields, not titles.
fn is_field_line(text: &str) -> bool {
    text.split_once(':').is_some_and(|(key, _)| {
        !key.is_empty() && (key.split_whitespace().count() <= 3 || key.ends_with('?'))
    })
}

/// The item's heading under an issue page's "Meeting: ..." line `i`, as (its title, the line
/// after it): a numbered heading ("276 Bus Station pdf icon PDF 120 KB", the title in full
/// where the page's, line `t`, may be shortened: "To receive the minutes of the meetings of
/// the Cabinet held on…"), or the page's title again.
fn heading_below(
    lines: &[Line<'_>],
    i: usize,
    number: &str,
    t: usize,
) -> Option<((usize, usize), usize)> {
    let h = next_non_blank(lines, i + 1)?;
    let line = &lines[h];
    if line.text.eq_ignore_ascii_case(lines[t].text) {
        return Some(((lines[t].start, lines[t].end()), h + 1));
    }
    let rest = line.text.strip_prefix(number)?;
    // "2. Minutes of the last meeting": the number may keep its full stop.
    let title = rest
        .strip_prefix('.')
        .unwrap_or(rest)
        .strip_prefix(' ')?
        .trim_start();
    let start = line.end() - title.len();
    (!title.is_empty()).then_some(((start, line.end()), h + 1))
}

/// Whether `text` is an issue's decision under the issue's `title`: the date of the meeting
/// that took it, then the title again ("24/06/2025 - To confirm the minutes").
fn is_dated_title(text: &str, title: &str) -> bool {
    dated_decision(text).is_some_and(|(_, rest)| rest.eq_ignore_ascii_case(title))
}

/// "Meeting: 12/03/2024 - Cabinet (Item 276)" → "276"; "(Item 4:)" → "4".
fn item_number_of_issue_line(text: &str) -> Option<&str> {
    if !starts_with_ci(text, "meeting:") {
        return None;
    }
    let at = find_ascii_ci(text, "(item ")? + "(item ".len();
    let rest = &text[at..];
    let end = rest.find(')')?;
    Some(rest[..end].trim().trim_end_matches([':', '.']))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexer::lines;

    #[test]
    fn agenda_item_page() {
        let text = "Agenda item\n\nApologies\n\nMinutes:\n\nApologies were received.\n";
        let lines = lines(text);
        let s = segment(text, &lines);
        assert_eq!(s.items.len(), 1);
        let (a, b) = s.items[0].title.unwrap();
        assert_eq!(&text[a..b], "Apologies");
        assert_eq!(s.items[0].end, text.trim_end().len());
    }

    /// Where the title would stand, the minutes label or the minutes' own text: no title,
    /// and the item's text starts there.
    #[test]
    fn a_page_without_its_heading_has_an_untitled_item() {
        for text in [
            "Minutes:\nApologies were received from Cllr A Hale.\n",
            "Agenda item\n\nMinutes:\n\nNoted.\n",
            "Decision details\n\nDecision status: Approved\n\nDecision:\n\nRESOLVED: That the plan be adopted.\n\nDecided at meeting: 12/03/2025 - Harbour Board\n",
            "Agenda item\n\nApologies were received from Cllr A Hale and Cllr B Ives.\n",
            "Agenda item\n\nThe Board noted the report of the Town Clerk on the year's accounts and the audit. Members asked about the reserves and the insurance, which the Chamberlain explained.\n",
        ] {
            let lines = lines(text);
            let s = segment(text, &lines);
            assert_eq!(s.items.len(), 1, "{text:?}");
            assert_eq!(s.items[0].title, None, "{text:?}");
            let body = s.items[0].pieces().next().map(|p| &text[p.start..p.end]);
            assert!(body.is_some_and(|b| !b.is_empty() && text.contains(b)), "{text:?}");
        }
        // Headings, long or with a full stop, stay titles.
        for title in [
            "Election of Chairman.",
            "Apologies for absence.",
            "Application for a Premises Licence for the Old Mill, 12 High Street, Kelby, under the Licensing Act 2003 with representations from residents and the police",
        ] {
            let text = format!("Agenda item\n\n{title}\n\nMinutes:\n\nNoted.\n");
            let lines = lines(&text);
            let s = segment(&text, &lines);
            let (a, b) = s.items[0].title.unwrap();
            assert_eq!(&text[a..b], title);
        }
    }

    /// A decision page's heading stands above "Decision Maker:": a page without it is
    /// untitled, its text starting after the decision's fields.
    #[test]
    fn a_decision_page_without_its_heading_has_an_untitled_item() {
        let fields = "Decision Maker: Harbour Board\n\nDecision status: Recommendations Approved\n\nIs Key decision?: No\n\nIs subject to call in?: No\n\n";
        for (head, title) in [
            ("Decision details\n\nCoastal Path\n\n", Some("Coastal Path")),
            ("Decision details\n\n\n", None),
            ("", None),
        ] {
            let text =
                format!("{head}{fields}RESOLVED: That the Board:\n\n(1) Noted the report.\n");
            let lines = lines(&text);
            let s = segment(&text, &lines);
            assert_eq!(
                s.items[0].title.map(|(a, b)| &text[a..b]),
                title,
                "{text:?}"
            );
            if title.is_none() {
                let body = s.items[0].pieces().find(|p| p.start < p.end);
                let first = body.map(|p| &text[p.start..p.end]);
                assert_eq!(first, Some("RESOLVED: That the Board:"), "{text:?}");
            }
        }
    }

    /// The issue page's heading with a hyphen or an en dash is no title: the item's is.
    #[test]
    fn issue_page_heading_with_either_dash() {
        for heading in ["Issue - meetings", "Issue \u{2013} meetings"] {
            let text = format!(
                "{heading}\n\nBus Station\n\nMeeting: 12/03/2025 \u{2013} Cabinet (Item 276)\n\n276 Bus Station\n\nReport.\n"
            );
            let lines = lines(&text);
            let s = segment(&text, &lines);
            let (a, b) = s.items[0].title.unwrap();
            assert_eq!(&text[a..b], "Bus Station", "{heading:?}");
        }
    }

    /// The page's title "Issue - items at meetings - X" is no item title; where the issue's
    /// own is cut short, the item's heading at the meeting, after its number, is.
    #[test]
    fn issue_page_titles() {
        for (text, title) in [
            (
                "Issue - items at meetings - Apologies\n\nIssue - meetings\n\nApologies\n\nMeeting: 24/04/2025 - Harbour Board (Item 11)\n\nApologies and Substitutes\n\nNone.\n",
                "Apologies",
            ),
            (
                "Issue \u{2013} items at meetings \u{2013} Apologies\n\nApologies\n\nMeeting: 24/04/2025 - Harbour Board (Item 11)\n\nNone.\n",
                "Apologies",
            ),
            (
                "Issue - meetings\n\nTo receive the minutes of the Board held on\u{2026}\n\nMeeting: 20/09/2025 - Council (Item 52)\n\n52 To receive the minutes of the Board held on 6th September 2025\n\nReceived.\n",
                "To receive the minutes of the Board held on 6th September 2025",
            ),
            // A number that is not the item's starts no heading.
            (
                "Issue - meetings\n\nBus Station...\n\nMeeting: 12/03/2025 - Cabinet (Item 27)\n\n276 buses were counted.\n",
                "Bus Station...",
            ),
        ] {
            let lines = lines(text);
            let s = segment(text, &lines);
            let (a, b) = s.items[0].title.unwrap();
            assert_eq!(&text[a..b], title, "{text:?}");
        }
    }

    /// An issue taken at two meetings: each "Meeting: ..." line starts an item, numbered
    /// and titled by its own heading ("2. Minutes ..." keeps its full stop).
    #[test]
    fn an_issue_at_two_meetings_is_two_items() {
        let text = "Issue - meetings\n\nMinutes of the last meeting\n\nMeeting: 21/10/2025 - Elmford Board (Item 63)\n\n63 Minutes of the last meeting\n\nMinutes:\n\nResolved \u{2013} That the minutes be agreed.\n\nMeeting: 29/09/2025 - Elmford Board (Item 2.)\n\n2. Minutes of the last meeting\n";
        let lines = lines(text);
        let s = segment(text, &lines);
        let got: Vec<(Option<&str>, &str)> = s
            .items
            .iter()
            .map(|it| (it.number, it.title.map_or("", |(a, b)| &text[a..b])))
            .collect();
        assert_eq!(
            got,
            [
                (Some("63"), "Minutes of the last meeting"),
                (Some("2"), "Minutes of the last meeting")
            ]
        );
        assert!(s.items[0].end < text.find("Meeting: 29").unwrap());
    }

    #[test]
    fn issue_page_number() {
        assert_eq!(
            item_number_of_issue_line("Meeting: 12/03/2024 - Cabinet (Item 276)"),
            Some("276")
        );
        assert_eq!(item_number_of_issue_line("Minutes:"), None);
    }
}
