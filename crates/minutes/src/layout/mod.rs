//! One segmenter per layout family: each finds where the meeting's header ends and where
//! each item starts, with its number, title and body pieces. What the pieces mean is decided
//! once for all layouts in [`crate::item`].

mod flattened;
mod item_page;
mod listing;
mod other;
mod printed;

use crate::item::{Piece, RawItem};
use crate::lexer::Line;
use crate::model::{Diagnostic, Format};

/// What a segmenter found.
#[derive(Debug, Default)]
pub(crate) struct Segments {
    /// The index of the first line after the header (the first item's first line).
    pub header_end: usize,
    pub items: Vec<RawItem>,
    pub diagnostics: Vec<Diagnostic>,
}

pub(crate) fn segment(format: Format, input: &str, lines: &[Line<'_>]) -> Segments {
    match format {
        Format::ModernGovListing => listing::segment(input, lines),
        Format::ModernGovItem => item_page::segment(input, lines),
        Format::Printed | Format::Cmis => printed::segment(input, lines),
        Format::Flattened => flattened::segment(input, lines),
        Format::Unknown => other::segment(input, lines),
    }
}

/// A whole line as a piece.
pub(crate) fn piece(line: &Line<'_>) -> Piece {
    Piece {
        start: line.start,
        end: line.end(),
        indent: line.indent,
    }
}

/// Starts an item at a line; its span runs to the end of its last non-blank line.
pub(crate) fn start_item(
    number: Option<(&str, usize)>,
    title: Option<(usize, usize)>,
    end: usize,
) -> RawItem {
    RawItem {
        number: number.map(|(n, _)| n.to_string()),
        number_start: number.map(|(_, at)| at),
        title,
        body: Vec::new(),
        end,
    }
}

/// Starts an item at a number alone on line `i`, titled by line `title_line` when there is
/// one ("59." then "Minutes of the Previous Meeting").
pub(crate) fn number_line_item(
    lines: &[Line<'_>],
    i: usize,
    number: &str,
    title_line: Option<usize>,
) -> RawItem {
    let line = &lines[i];
    let title = title_line.map(|j| (lines[j].start, lines[j].end()));
    start_item(
        Some((number, line.start)),
        title,
        title.map_or(line.end(), |t| t.1),
    )
}

/// Adds a line to an item's body, extending its span over non-blank lines.
pub(crate) fn push_line(item: &mut RawItem, line: &Line<'_>) {
    item.body.push(piece(line));
    if !line.is_blank() {
        item.end = item.end.max(line.end());
    }
}

/// The index of the next non-blank line at or after `from`.
pub(crate) fn next_non_blank(lines: &[Line<'_>], from: usize) -> Option<usize> {
    (from..lines.len()).find(|&i| !lines[i].is_blank())
}
