//! Layout detection: which family of published minutes a text belongs to, from markers that
//! each family's pages carry (see `shared/FORMATS.md`).

use crate::lexer::{numbered_heading, Line};
use crate::model::Format;
use crate::text::{find_ascii_ci, starts_with_ci};
use memchr::memmem::Finder;
use std::sync::LazyLock;

/// How many lines from the top the page-title markers are looked for in; furniture before
/// the content (breadcrumbs, notices) rarely runs longer.
const HEAD_LINES: usize = 40;

/// How many lines the markers found anywhere in a layout are looked for in: enough for any
/// header and the first items, and it keeps detection cheap on very long documents.
const SCAN_LINES: usize = 400;

pub(crate) fn detect(lines: &[Line<'_>]) -> Format {
    let lines = &lines[..lines.len().min(SCAN_LINES)];
    let head = || lines.iter().filter(|l| !l.is_blank()).take(HEAD_LINES);
    let table_rows = lines
        .iter()
        .filter(|l| l.text.ends_with('|') && l.text.len() > 1)
        .take(2)
        .count();
    if table_rows >= 2 {
        return Format::Flattened;
    }
    if head().any(|l| is_item_page_marker(l.text)) {
        return Format::ModernGovItem;
    }
    if head().any(|l| is_listing_title(l.text)) || lines.iter().any(|l| is_items_header(l.text)) {
        return Format::ModernGovListing;
    }
    let mut folded = Folded::new(head());
    if head().any(|l| {
        starts_with_ci(l.text, "meeting documents") || starts_with_ci(l.text, "meeting details")
    }) || folded.head_has_cmis_table_header()
        || lines
            .iter()
            .filter(|l| is_cmis_reference_heading(l.text))
            .take(2)
            .count()
            >= 2
    {
        return Format::Cmis;
    }
    if folded.head_has_north_american_marker() {
        return Format::Unknown;
    }
    let printed_signs = lines
        .iter()
        .filter(|l| is_printed_marker(l.text, &mut folded))
        .take(1)
        .count()
        + lines
            .iter()
            .filter(|l| numbered_heading(l.text).is_some())
            .take(2)
            .count()
            / 2;
    if printed_signs > 0 {
        Format::Printed
    } else {
        Format::Unknown
    }
}

/// "Agenda item", "Decision Maker:", "Decision published:", "Meeting: 12/03/2024 - Cabinet (Item 276)".
fn is_item_page_marker(text: &str) -> bool {
    text.eq_ignore_ascii_case("agenda item")
        || starts_with_ci(text, "decision maker:")
        || starts_with_ci(text, "decision published:")
        || (starts_with_ci(text, "meeting:") && find_ascii_ci(text, "(item ").is_some())
}

/// "Agenda and minutes", "Agenda and draft minutes", "Agenda, decisions and minutes",
/// "Agenda and decisions" (possibly behind breadcrumbs or bullets).
pub(crate) fn is_listing_title(text: &str) -> bool {
    let t = text.trim_start_matches(|c: char| !c.is_alphanumeric());
    let t = t.strip_prefix("You are here:").map_or(t, str::trim_start);
    starts_with_ci(t, "agenda and ") || starts_with_ci(t, "agenda, decisions")
}

/// The listing table's column header: "No. Item", "Note No. Item", "Items".
pub(crate) fn is_items_header(text: &str) -> bool {
    let t = text.trim_end();
    t.eq_ignore_ascii_case("no. item")
        || t.eq_ignore_ascii_case("note no. item")
        || t.eq_ignore_ascii_case("no item")
}

/// "C 09/025 Declarations of interest." — a CMIS minute reference starting a heading.
fn is_cmis_reference_heading(text: &str) -> bool {
    let Some((number, _)) = numbered_heading(text) else {
        return false;
    };
    number.contains('/')
        && number.starts_with(|c: char| c.is_ascii_uppercase())
        && number.contains(' ')
}

/// Phrases of North American minutes, in lower case.
const NORTH_AMERICAN_MARKERS: [&str; 5] = [
    "roll call",
    "call to order",
    "pledge of allegiance",
    "led the pledge",
    "seconded by:",
];

/// Phrases that title printed minutes, in lower case.
const PRINTED_TITLES: [&str; 3] = [
    "minutes of the meeting",
    "minutes of a meeting",
    "minutes of the ordinary meeting",
];

/// The column header of a CMIS decisions table, flattened to one word ("Item Description
/// Resolution" without its spaces), in lower case.
const CMIS_TABLE_HEADER: &str = "itemdescriptionresolution";

/// Lines folded to lower case, so that several phrases are each looked for with one SIMD
/// substring search rather than a case-insensitive scan per phrase and line (a PDF converted
/// to a single line puts the whole document in one line). The head lines are folded once,
/// joined by newlines (no phrase spans one).
struct Folded {
    head: Vec<u8>,
    line: Vec<u8>,
}

/// The phrase searchers, built once per process: building them per document cost more than
/// the searches on short documents.
struct Searchers {
    north_american: Vec<Finder<'static>>,
    printed_titles: Vec<Finder<'static>>,
    cmis_table_header: Finder<'static>,
}

static SEARCHERS: LazyLock<Searchers> = LazyLock::new(|| {
    let finders = |phrases: &[&'static str]| phrases.iter().map(|p| Finder::new(*p)).collect();
    Searchers {
        north_american: finders(&NORTH_AMERICAN_MARKERS),
        printed_titles: finders(&PRINTED_TITLES),
        cmis_table_header: Finder::new(CMIS_TABLE_HEADER),
    }
});

impl Folded {
    fn new<'a>(head: impl Iterator<Item = &'a Line<'a>>) -> Self {
        let mut folded = Vec::new();
        for line in head {
            fold_into(&mut folded, line.text);
            folded.push(b'\n');
        }
        Folded {
            head: folded,
            line: Vec::new(),
        }
    }

    fn head_has_north_american_marker(&self) -> bool {
        SEARCHERS
            .north_american
            .iter()
            .any(|f| f.find(&self.head).is_some())
    }

    fn head_has_cmis_table_header(&self) -> bool {
        SEARCHERS.cmis_table_header.find(&self.head).is_some()
    }

    fn has_printed_title(&mut self, text: &str) -> bool {
        self.line.clear();
        fold_into(&mut self.line, text);
        SEARCHERS
            .printed_titles
            .iter()
            .any(|f| f.find(&self.line).is_some())
    }
}

/// Appends `text` folded to ASCII lower case.
fn fold_into(buffer: &mut Vec<u8>, text: &str) {
    buffer.extend(text.bytes().map(|b| b.to_ascii_lowercase()));
}

/// Lines only printed minutes carry: attendance labels and "Minutes of the meeting" titles.
fn is_printed_marker(text: &str, folded: &mut Folded) -> bool {
    starts_with_ci(text, "present:")
        || starts_with_ci(text, "present -")
        || starts_with_ci(text, "members present")
        || starts_with_ci(text, "apologies for absence:")
        || starts_with_ci(text, "committee members:")
        || folded.has_printed_title(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexer::lines;

    fn format_of(text: &str) -> Format {
        detect(&lines(text))
    }

    #[test]
    fn each_family_by_its_markers() {
        assert_eq!(
            format_of("Home > Council > Agenda and minutes\n\nAgenda and draft minutes\n\nItems\nNo. Item\n\n1.\n\nApologies\n"),
            Format::ModernGovListing
        );
        assert_eq!(
            format_of("Agenda item\n\nApologies\n\nMinutes:\n\nNone.\n"),
            Format::ModernGovItem
        );
        assert_eq!(
            format_of("PLANNING COMMITTEE\nTuesday 5 December 2023\n\nPresent:- Councillor Smith.\n\n1. APOLOGIES\n"),
            Format::Printed
        );
        assert_eq!(
            format_of("Tuesday, 21st April, 2009 7.30 pm\nC 09/025 Declarations of interest.\nNone.\nC 09/026 Minutes\n"),
            Format::Cmis
        );
        assert_eq!(
            format_of("Apologies\nTo receive apologies. Minutes: None. |\n|\nUrgent business Minutes: None. |\n"),
            Format::Flattened
        );
        assert_eq!(
            format_of("CALL TO ORDER\nROLL CALL\nAll present.\n"),
            Format::Unknown
        );
        assert_eq!(format_of(""), Format::Unknown);
    }
}
