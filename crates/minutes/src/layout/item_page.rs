//! ModernGov single item and decision pages: "Agenda item" (or "Decision Maker:", an issue
//! page's "Meeting: 12/03/2024 - Cabinet (Item 276)") then one item's title and text.

use super::{give_lines, item_buffer, next_non_blank, start_item, Segments};
use crate::lexer::Line;
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
    let Some(t) = title_line else {
        return Segments {
            header_end: lines.len(),
            ..Segments::default()
        };
    };
    let number = lines
        .iter()
        .find_map(|l| item_number_of_issue_line(l.text))
        .map(|n| (n, lines[t].start));
    let mut item = start_item(
        number,
        Some((lines[t].start, lines[t].end())),
        lines[t].end(),
    );
    give_lines(&mut item, lines, t + 1, lines.len());
    let mut items = item_buffer();
    items.push(item);
    Segments {
        header_end: t,
        items,
        diagnostics: Vec::new(),
    }
}

/// Page headings above the title: "Decision details", "Issue - meetings" (or with an en
/// dash, as some converters write every hyphen between spaces), breadcrumbs.
fn is_page_furniture(text: &str) -> bool {
    ["decision details", "issue details", "skip to content"]
        .iter()
        .any(|f| text.eq_ignore_ascii_case(f))
        || text.contains(" > ")
        || ["issue - meetings", "issue \u{2013} meetings"]
            .iter()
            .any(|f| text.eq_ignore_ascii_case(f))
}

/// "Decision Maker: Cabinet", "Decision published: 12/03/2024": page fields, not titles.
fn is_field_line(text: &str) -> bool {
    text.split_once(':')
        .is_some_and(|(key, _)| key.split_whitespace().count() <= 3 && !key.is_empty())
}

/// "Meeting: 12/03/2024 - Cabinet (Item 276)" → "276".
fn item_number_of_issue_line(text: &str) -> Option<&str> {
    if !starts_with_ci(text, "meeting:") {
        return None;
    }
    let at = find_ascii_ci(text, "(item ")? + "(item ".len();
    let rest = &text[at..];
    let end = rest.find(')')?;
    Some(rest[..end].trim())
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

    #[test]
    fn issue_page_number() {
        assert_eq!(
            item_number_of_issue_line("Meeting: 12/03/2024 - Cabinet (Item 276)"),
            Some("276")
        );
        assert_eq!(item_number_of_issue_line("Minutes:"), None);
    }
}
