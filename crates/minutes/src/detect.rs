//! Layout detection: which family of published minutes a text belongs to, from markers that
//! each family's pages carry (see `shared/FORMATS.md`).

use crate::layout::{bracketed_number, is_issue_page_heading};
use crate::lexer::{numbered_heading, Line};
use crate::model::Format;
use crate::simd;
use crate::text::{find_ascii_ci, starts_with_folded};
use memchr::memmem::Finder;
use std::sync::LazyLock;

/// How many lines from the top the page-title markers are looked for in; furniture before
/// the content (breadcrumbs, notices) rarely runs longer.
const HEAD_LINES: usize = 40;

/// How many lines the markers found anywhere in a layout are looked for in: enough for any
/// header and the first items, and it keeps detection cheap on very long documents.
const SCAN_LINES: usize = 400;

/// The layout of `input`, whose lines are `lines`. Kept out of line: called once a
/// document, it gains nothing inlined into the parser, whose code it made larger.
#[inline(never)]
pub(crate) fn detect(input: &str, lines: &[Line<'_>]) -> Format {
    let lines = &lines[..lines.len().min(SCAN_LINES)];
    // One walk of the lines: table rows and a listing's column header are looked for in
    // every line, the head's titles in the first HEAD_LINES non-blank ones (a walk each
    // cost a loop each over most documents' lines, the head's walk a filter too).
    let mut rows = Rows::default();
    let mut head_titles = HeadTitles::default();
    let mut rest = lines.iter();
    // Where the head's first line starts and its last ends in the input (the last read
    // when an item page's marker stops the walk), for [`HeadMarks`].
    let (mut head_lines, mut from, mut to) = (0, 0, 0);
    for l in rest.by_ref() {
        if rows.note(l.text) {
            return Format::Flattened;
        }
        if l.is_blank() {
            continue;
        }
        if head_lines == 0 {
            from = l.start;
        }
        if head_lines == 0 {
            head_titles.minutes_label_first = l.text.eq_ignore_ascii_case("minutes:");
        } else if head_lines == 1 {
            head_titles.minutes_label_under_text = l.text.eq_ignore_ascii_case("minutes:");
        } else if head_lines == 2 {
            head_titles.minutes_label_third = l.text.eq_ignore_ascii_case("minutes:");
        }
        head_lines += 1;
        to = l.end();
        if head_titles.note(l.text) || head_lines == HEAD_LINES {
            break;
        }
    }
    for l in rest {
        if rows.note(l.text) {
            return Format::Flattened;
        }
    }
    if rows.table_rows == 1 && has_inline_minutes_label(lines) {
        return Format::Flattened;
    }
    decide(input, lines, &head_titles, rows.items_header, (from, to))
}

/// Whether a line has "Minutes:" after other text ("... the Chair's remit. Minutes: The
/// Chair welcomed ..."), as an export's squashed rows do: with one table row, an excerpt
/// too short to show a second (the rows of a flattened export run to 1 KB), it tells the
/// layout. Asked only of texts with exactly one row.
fn has_inline_minutes_label(lines: &[Line<'_>]) -> bool {
    lines
        .iter()
        .any(|l| find_ascii_ci(l.text, " minutes: ").is_some())
}

/// The layout of a text without two table rows, from what the walk of its `lines` found:
/// the head's titles, a listing's column header, and the head's span in `input`.
#[inline(always)]
fn decide(
    input: &str,
    lines: &[Line<'_>],
    head_titles: &HeadTitles,
    items_header: bool,
    (from, to): (usize, usize),
) -> Format {
    if head_titles.item_page {
        return Format::ModernGovItem;
    }
    if head_titles.listing || items_header {
        return Format::ModernGovListing;
    }
    if head_titles.cmis {
        return Format::Cmis;
    }
    // Two reference headings make it CMIS whatever the head says: looked for first, as
    // the scan of the head for its phrases costs more.
    if lines
        .iter()
        .filter(|l| is_cmis_reference_heading(l.text))
        .take(2)
        .count()
        >= 2
    {
        return Format::Cmis;
    }
    let marks = HeadMarks::in_text(&input.as_bytes()[from..to]);
    if marks.cmis_table_header {
        return Format::Cmis;
    }
    if marks.north_american {
        return Format::Unknown;
    }
    if head_titles.minutes_label_under_text {
        return Format::ModernGovItem;
    }
    // Printed minutes carry an attendance label, two numbered headings or a title; the
    // title, the costliest to look for, is looked for last.
    let printed = lines.iter().any(|l| is_printed_label(l.text))
        || lines
            .iter()
            .filter(|l| numbered_heading(l.text).is_some())
            .take(2)
            .count()
            == 2
        || has_printed_title(lines)
        || bracketed_headings(lines);
    if printed {
        Format::Printed
    } else if head_titles.minutes_label_first || head_titles.minutes_label_third {
        Format::ModernGovItem
    } else {
        Format::Unknown
    }
}

/// What the walk of the lines finds in every line (up to [`SCAN_LINES`]).
#[derive(Default)]
struct Rows {
    /// Lines (two bytes or more) ending in '|': two make the layout flattened.
    table_rows: u32,
    /// A line is a listing's column header (see [`is_items_header`]).
    items_header: bool,
}

impl Rows {
    /// Notes a line's `text`: true when it is the second table row, which decides the
    /// layout whatever else the lines hold.
    #[inline(always)]
    fn note(&mut self, text: &str) -> bool {
        // Both are two bytes or more: one length test turns away blank and one-byte lines.
        let [first, .., last] = text.as_bytes() else {
            return false;
        };
        if *last == b'|' && !is_label_row(text) {
            self.table_rows += 1;
            if self.table_rows == 2 {
                return true;
            }
        }
        // Every column header starts with "n" (see [`is_items_header`]).
        if *first | 0x20 == b'n' && !self.items_header {
            self.items_header = items_header_of(text);
        }
        false
    }
}

/// Whether a line ending in '|' is a two-cell label row of a printed page's attendance
/// table ("Chair: | Cllr A Name |", "Apologies: | ... |"): its first cell, short, ends in
/// ':'. A flattened export's row ends its last cell's minutes in '|', with no such label
/// before the first bar, so such rows are not counted as the export's.
fn is_label_row(text: &str) -> bool {
    let Some(bar) = memchr::memchr(b'|', text.as_bytes()) else {
        return false;
    };
    bar + 1 < text.len() && bar <= 40 && text[..bar].trim_end().ends_with(':')
}

/// The one-line markers looked for in the head (its first [`HEAD_LINES`] non-blank lines),
/// each line read once (three walks of the head, skipping its blank lines each time, cost
/// more than the tests themselves).
#[derive(Default)]
struct HeadTitles {
    /// A line is an item page's marker (see [`is_item_page_marker`]).
    item_page: bool,
    /// A line is a listing's title (see [`is_listing_title`]).
    listing: bool,
    /// A line starts "Meeting documents" or "Meeting details".
    cmis: bool,
    /// The first line is "Minutes:" alone: an item page that lost its top, unless the
    /// text shows another layout.
    minutes_label_first: bool,
    /// The second line is "Minutes:" alone: an item page that lost its title and heading,
    /// the agenda text's line left above the label. This outranks a printed layout's
    /// marks: numbered conditions under a resolution ("1. Standard Time") are no headings.
    minutes_label_under_text: bool,
    /// The third line is "Minutes:" alone: an item page with two lines of its agenda text
    /// left above the label ("The report is attached." / "A procedure note follows." /
    /// "Minutes:"), unless the text shows another layout (a printed head's "Present:"
    /// line may stand there too).
    minutes_label_third: bool,
}

impl HeadTitles {
    /// The titles of the `head` lines and the span from the first one's start to the end
    /// of the last one read, as the walk in [`detect`] reads them.
    #[cfg(test)]
    fn of<'a>(head: impl Iterator<Item = &'a Line<'a>>) -> (Self, (usize, usize)) {
        let mut found = HeadTitles::default();
        let mut span = None;
        for l in head {
            span = Some((span.map_or(l.start, |(from, _)| from), l.end()));
            if found.note(l.text) {
                break;
            }
        }
        (found, span.unwrap_or_default())
    }

    /// Notes a non-blank head line: true when it is an item page's marker, which decides
    /// the layout whatever else the head holds (the walk of the head stops there).
    #[inline(always)]
    fn note(&mut self, t: &str) -> bool {
        // Most head lines start with a letter or digit that opens none of the titles:
        // turned away by that byte before the tests below each read it again.
        if !may_open_head_title(t) {
            return false;
        }
        if is_item_page_marker(t) {
            self.item_page = true;
            return true;
        }
        self.listing = self.listing || is_listing_title(t);
        self.cmis = self.cmis
            || (first_lower(t) == b'm'
                && (starts_with_folded(t, "meeting documents")
                    || starts_with_folded(t, "meeting details")));
        false
    }
}

/// Whether `text` may be an item page's marker, a listing's title or a CMIS page's title:
/// true of every text those tests pass, which start with a byte other than an ASCII letter
/// or digit, or with "a", "d", "m" (either case) or "Y". The first byte is looked up in a
/// table ([`OPENS_HEAD_TITLE`]), where the tests took a branch each.
fn may_open_head_title(text: &str) -> bool {
    text.as_bytes()
        .first()
        .is_none_or(|&b| OPENS_HEAD_TITLE[usize::from(b)])
}

/// [`may_open_head_title`]'s rule for each first byte.
const OPENS_HEAD_TITLE: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < 256 {
        table[i] = may_open_head_title_by_rule(i as u8);
        i += 1;
    }
    table
};

/// Whether a title may start with byte `b`: see [`may_open_head_title`].
const fn may_open_head_title_by_rule(b: u8) -> bool {
    !b.is_ascii_alphanumeric() || matches!(b | 0x20, b'a' | b'd' | b'i' | b'm') || b == b'Y'
}

/// "Agenda item", "Decision Maker:", "Decision published:", "Decision details" (a decision
/// page's title, above its fields), "Meeting: 12/03/2024 - Cabinet (Item 276)",
/// an issue page's heading ("Issue details", "Issue - meetings", "Decisions for issue X").
fn is_item_page_marker(text: &str) -> bool {
    match first_lower(text) {
        b'a' => text.eq_ignore_ascii_case("agenda item"),
        b'd' => {
            starts_with_folded(text, "decision maker:")
                || starts_with_folded(text, "decision published:")
                || text.eq_ignore_ascii_case("decision details")
                || is_issue_page_heading(text)
        }
        b'i' => is_issue_page_heading(text),
        b'm' => starts_with_folded(text, "meeting:") && find_ascii_ci(text, "(item ").is_some(),
        _ => false,
    }
}

/// The first byte of `text` with bit 5 set (0 when empty), compared with lower-case ASCII
/// letters: a letter and its capital give the letter, and no other byte does (bit 5 set
/// makes no other byte a letter), so this is the byte in ASCII lower case as far as those
/// comparisons tell, without the range test of `to_ascii_lowercase`. Most lines are turned
/// away by it before any longer comparison.
fn first_lower(text: &str) -> u8 {
    text.as_bytes().first().map_or(0, |b| b | 0x20)
}

/// "Agenda and minutes", "Agenda and draft minutes", "Agenda, decisions and minutes",
/// "Agenda, reports and minutes", "Agenda and decisions" (possibly behind breadcrumbs or
/// bullets).
///
/// Asked of every head line: the first-byte test that turns most away is inlined into the
/// caller, the rest kept out of line.
#[inline(always)]
pub(crate) fn is_listing_title(text: &str) -> bool {
    // A line that starts with an ASCII letter or digit keeps it through the trim in
    // `listing_title_of`, and only "agenda ..." or "You are here:" can then follow.
    !text
        .as_bytes()
        .first()
        .is_some_and(|b| b.is_ascii_alphanumeric() && !matches!(b, b'a' | b'A' | b'Y'))
        && listing_title_of(text)
}

///
/// The title starts at the first alphanumeric character, which is ASCII in every title: the
/// first ASCII letter or digit is found byte by byte, and the characters before it (bullets,
/// non-breaking spaces) are decoded, to make sure none is a letter, only when a title
/// follows. Decoding them first cost a Unicode table look-up each on every head line. The
/// title's words are compared eight bytes at a time ([`starts_with_folded`]): the many
/// "Agenda item" lines of item pages ran seven bytes into a byte-by-byte comparison.
#[inline(never)]
fn listing_title_of(text: &str) -> bool {
    let Some(start) = text.bytes().position(|b| b.is_ascii_alphanumeric()) else {
        return false;
    };
    let t = &text[start..];
    let t = t.strip_prefix("You are here:").map_or(t, str::trim_start);
    first_lower(t) == b'a'
        && (starts_with_folded(t, "agenda and ") && names_papers(&t[11..])
            || starts_with_folded(t, "agenda, decisions")
            || starts_with_folded(t, "agenda, reports"))
        && !text[..start].contains(char::is_alphanumeric)
}

/// Whether the words after "Agenda and " name a listing's papers ("minutes", "draft
/// minutes", "decisions"): a wrapped line of North American minutes ("Agenda and Consent
/// Agenda, as amended, ...") is no listing's title.
fn names_papers(rest: &str) -> bool {
    ["minutes", "draft", "decisions"]
        .iter()
        .any(|w| starts_with_folded(rest, w))
}

/// The listing table's column header: "No. Item", "Note No. Item", "Items".
///
/// Asked of every line: the first-byte test is inlined into the caller.
#[inline(always)]
pub(crate) fn is_items_header(text: &str) -> bool {
    // Every header starts with "n" (and trimming the end keeps the first byte).
    first_lower(text) == b'n' && items_header_of(text)
}

/// The words are compared, not the bytes between them: a table header copied from a
/// browser keeps a tab ("No.\tItem"), and text laid out from a PDF a run of spaces.
#[inline(never)]
fn items_header_of(text: &str) -> bool {
    // The header as most pages write it, by its bytes.
    let t = text.trim_end();
    if t.eq_ignore_ascii_case("no. item")
        || t.eq_ignore_ascii_case("note no. item")
        || t.eq_ignore_ascii_case("no item")
    {
        return true;
    }
    // The first word, up to a byte that may start white space: "No", "No." or "Note" in
    // every header (most lines that start with an "n" are turned away here, without the
    // char-by-char split below).
    let b = text.as_bytes();
    let first = &b[..b
        .iter()
        .position(|&c| c <= b' ' || c >= 0x80)
        .unwrap_or(b.len())];
    if !(first.eq_ignore_ascii_case(b"no.")
        || first.eq_ignore_ascii_case(b"no")
        || first.eq_ignore_ascii_case(b"note"))
    {
        return false;
    }
    let mut words = text.split(crate::text::is_space).filter(|w| !w.is_empty());
    let rest: &[&str] = match words.next() {
        Some(w) if w.eq_ignore_ascii_case("no.") || w.eq_ignore_ascii_case("no") => &["item"],
        Some(w) if w.eq_ignore_ascii_case("note") => &["no.", "item"],
        _ => return false,
    };
    rest.iter()
        .all(|h| words.next().is_some_and(|w| w.eq_ignore_ascii_case(h)))
        && words.next().is_none()
}

/// "C 09/025 Declarations of interest." — a CMIS minute reference starting a heading.
fn is_cmis_reference_heading(text: &str) -> bool {
    if !may_start_cmis_reference(text.as_bytes()) {
        return false;
    }
    let Some((number, _)) = numbered_heading(text) else {
        return false;
    };
    number.contains('/')
        && number.starts_with(|c: char| c.is_ascii_uppercase())
        && number.contains(' ')
}

/// A quick test for [`is_cmis_reference_heading`]: a number that starts with a capital and
/// holds a space is read by [`crate::lexer::item_number`] as a capital, up to three more
/// letters, a space and a digit.
fn may_start_cmis_reference(bytes: &[u8]) -> bool {
    // Most lines are turned away by their first byte, and most capitalised ones by the
    // digit that must follow at byte 2 to 5, before the letters are counted.
    if !bytes.first().is_some_and(u8::is_ascii_uppercase) || !crate::lexer::digit_at_2_to_5(bytes) {
        return false;
    }
    let letters = bytes
        .iter()
        .skip(1)
        .take(3)
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    bytes.get(1 + letters) == Some(&b' ') && bytes.get(2 + letters).is_some_and(u8::is_ascii_digit)
}

/// Phrases of North American minutes, in lower case. They are looked for by the words they
/// share (see [`HeadMarks::note`]); the list is the reference.
#[cfg(test)]
const NORTH_AMERICAN_MARKERS: [&str; 4] = [
    "roll call",
    "call to order",
    "pledge of allegiance",
    "led the pledge",
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

/// The phrase searchers, built once per process: building them per document cost more than
/// the searches on short documents.
struct Searchers {
    printed_titles: Vec<Finder<'static>>,
}

static SEARCHERS: LazyLock<Searchers> = LazyLock::new(|| Searchers {
    printed_titles: PRINTED_TITLES.iter().map(|p| Finder::new(*p)).collect(),
});

/// Two bytes (bit 5 set, so a letter stands for both its cases) that every phrase
/// [`HeadMarks`] looks for contains: the "ca" of "call", the "dg" of "pledge", the "y:" of
/// "seconded by:" and the "md" of [`CMIS_TABLE_HEADER`]. Pairs are rare in minutes where
/// their letters are not ("Council" stopped a search for "call" at every "c").
const ANCHORS: [[u8; 2]; 4] = [*b"ca", *b"dg", *b"y:", *b"md"];

/// The phrases the head of a document (its first [`HEAD_LINES`] non-blank lines) is looked
/// for, ASCII case ignored: [`CMIS_TABLE_HEADER`] and the North American markers.
///
/// The head's lines stand together in the input, so the input from the first to the last
/// is read in place, by one scan for [`ANCHORS`]: no phrase holds a line break, so none is
/// found across lines, and the blank lines and white space between the lines' texts hold
/// none of an anchor's bytes. (Folding the lines into a lower-case copy and searching it
/// once per phrase cost three times as much.)
#[derive(Debug, Default, PartialEq, Eq)]
struct HeadMarks {
    cmis_table_header: bool,
    north_american: bool,
}

impl HeadMarks {
    /// The marks of the head's lines: the rule that [`HeadTitles`]'s span must keep.
    #[cfg(test)]
    fn of<'a>(input: &str, mut head: impl Iterator<Item = &'a Line<'a>>) -> Self {
        let Some(first) = head.next() else {
            return HeadMarks::default();
        };
        let end = head.last().unwrap_or(first).end();
        HeadMarks::in_text(&input.as_bytes()[first.start..end])
    }

    fn in_text(head: &[u8]) -> Self {
        let mut marks = HeadMarks::default();
        let mut proposed = false;
        for_each_anchor(head, |at| {
            marks.note(head, at, &mut proposed);
            marks.cmis_table_header && marks.north_american
        });
        marks
    }

    /// Notes the phrase that an anchor at `at` belongs to, if it stands there. "call" is
    /// checked for "roll call" and "call to order", "pledge" for "led the pledge" and
    /// "pledge of allegiance". "Seconded by:" is North American unless "Proposed by:" came
    /// before it (`proposed`): British parish minutes record a proposal so.
    fn note(&mut self, head: &[u8], at: usize, proposed: &mut bool) {
        let has = |from: Option<usize>, phrase: &[u8]| {
            from.and_then(|from| head.get(from..from + phrase.len()))
                .is_some_and(|w| w.eq_ignore_ascii_case(phrase))
        };
        let after = |to: usize, word: &[u8]| has(to.checked_sub(word.len()), word);
        match head[at] | 0x20 {
            b'c' => {
                self.north_american |= has(Some(at), b"call")
                    && (after(at, b"roll ") || has(Some(at), b"call to order"));
            }
            b'd' => {
                let from = at.checked_sub(3);
                self.north_american |= has(from, b"pledge")
                    && (from.is_some_and(|p| after(p, b"led the "))
                        || has(from, b"pledge of allegiance"));
            }
            b'y' => {
                *proposed |= has(at.checked_sub(10), b"proposed by:");
                self.north_american |= !*proposed && has(at.checked_sub(10), b"seconded by:");
            }
            b'm' => {
                self.cmis_table_header |= has(at.checked_sub(3), CMIS_TABLE_HEADER.as_bytes());
            }
            _ => {}
        }
    }
}

/// Calls `visit` with each offset of `text` where one of [`ANCHORS`] starts, in order,
/// until it returns true.
fn for_each_anchor(text: &[u8], visit: impl FnMut(usize) -> bool) {
    if simd::ENABLED {
        for_each_anchor_simd(text, visit);
    } else {
        for_each_anchor_bytewise(text, visit);
    }
}

/// [`for_each_anchor`] testing one offset at a time: without a vector unit, and the
/// reference the SIMD scan is tested against.
fn for_each_anchor_bytewise(text: &[u8], mut visit: impl FnMut(usize) -> bool) {
    for at in 0..text.len().saturating_sub(1) {
        if ANCHORS.contains(&[text[at] | 0x20, text[at + 1] | 0x20]) && visit(at) {
            return;
        }
    }
}

/// [`for_each_anchor`] testing sixty-four offsets a step, their verdicts turned into
/// offsets only when one passed (most steps over a head find no anchor).
fn for_each_anchor_simd(text: &[u8], visit: impl FnMut(usize) -> bool) {
    crate::header::each_pair_in_blocks(
        text,
        |this, next| this.lanes_pairs_folded(next, &ANCHORS),
        visit,
    );
}

/// The head's lines folded to lower case and joined by newlines, as the phrases were first
/// looked for: the oracle [`HeadMarks`] is tested against.
#[cfg(test)]
struct Folded {
    head: Vec<u8>,
}

#[cfg(test)]
impl Folded {
    fn new<'a>(head: impl Iterator<Item = &'a Line<'a>> + Clone) -> Self {
        let mut folded = Vec::with_capacity(head.clone().map(|l| l.text.len() + 1).sum());
        for line in head {
            fold_into(&mut folded, line.text);
            folded.push(b'\n');
        }
        Folded { head: folded }
    }

    fn marks(&self) -> HeadMarks {
        let head = &self.head[..];
        let at = |phrase: &str| Finder::new(phrase).find(head);
        let has = |phrase: &str| at(phrase).is_some();
        // A seconder counts only before any proposal.
        let seconded = at("seconded by:").is_some_and(|s| at("proposed by:").is_none_or(|p| s < p));
        HeadMarks {
            cmis_table_header: has(CMIS_TABLE_HEADER),
            north_american: NORTH_AMERICAN_MARKERS.iter().any(|m| has(m)) || seconded,
        }
    }
}

/// Appends `text` folded to ASCII lower case.
fn fold_into(buffer: &mut Vec<u8>, text: &str) {
    // Copying then folding in place runs as two plain loops the compiler vectorises; a
    // mapped `extend` goes byte by byte.
    let from = buffer.len();
    buffer.extend_from_slice(text.as_bytes());
    buffer[from..].make_ascii_lowercase();
}

/// The attendance labels only printed minutes carry.
fn is_printed_label(text: &str) -> bool {
    match first_lower(text) {
        b'p' => starts_with_folded(text, "present:") || starts_with_folded(text, "present -"),
        b'm' => starts_with_folded(text, "members present"),
        b'a' => starts_with_folded(text, "apologies for absence:"),
        b'c' => starts_with_folded(text, "committee members:"),
        // "(1) Present:- ...": the label numbered as the minutes' first paragraph.
        b'(' => memchr::memchr(b')', &text.as_bytes()[..text.len().min(4)])
            .is_some_and(|i| is_printed_label(text[i + 1..].trim_start())),
        _ => false,
    }
}

/// Whether two lines are headings numbered in brackets ("1) Apologies – Councillors ...",
/// "2) Declarations of Interest"), as a community council's minutes number their items
/// with no other mark of printed minutes. A resolution's clauses ("1) That the report be
/// noted.", "2) The Clerk to write.") are no headings: the title starts with a capital and
/// ends with no full stop (see [`bracketed_number`]).
/// Asked last: most lines are turned away by their first two bytes.
fn bracketed_headings(lines: &[Line<'_>]) -> bool {
    lines
        .iter()
        .filter(|l| {
            let b = l.text.as_bytes();
            b.first().is_some_and(u8::is_ascii_digit)
                && b.get(1).is_some_and(|c| *c == b')' || c.is_ascii_digit())
                && bracketed_number(l.text).is_some_and(|(rest, _)| {
                    let title = rest.trim();
                    title.starts_with(|c: char| c.is_ascii_uppercase()) && !title.ends_with('.')
                })
        })
        .take(2)
        .count()
        == 2
}

/// Whether a line holds a title of printed minutes ("Minutes of the meeting"). The lines
/// are folded into one buffer, joined by newlines (no title spans one), so each title is
/// looked for with one search rather than one per line.
fn has_printed_title(lines: &[Line<'_>]) -> bool {
    let mut folded = Vec::with_capacity(lines.iter().map(|l| l.text.len() + 1).sum());
    for line in lines {
        fold_into(&mut folded, line.text);
        folded.push(b'\n');
    }
    SEARCHERS
        .printed_titles
        .iter()
        .any(|f| f.find(&folded).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::starts_with_ci;

    /// Items numbered "1) Apologies" make printed minutes; a resolution's clauses do not.
    #[test]
    fn headings_numbered_in_brackets_mark_printed_minutes() {
        let text = "Elm Community Council\n\n1) Apologies \u{2013} Cllr A Bee\n2) Declarations of Interest\nNone\n";
        let lines = crate::lexer::lines(text);
        assert_eq!(detect(text, &lines), Format::Printed);
        let text =
            "Elm Community Council\n\n1) That the report be noted.\n2) The Clerk to write.\n";
        let lines = crate::lexer::lines(text);
        assert_ne!(detect(text, &lines), Format::Printed);
    }

    /// Bit 5 set tells every letter as `to_ascii_lowercase` does, whatever the first byte.
    /// "(1) Present:- ..." marks printed minutes as "Present:-" does.
    #[test]
    fn a_numbered_attendance_label_marks_printed_minutes() {
        assert!(is_printed_label("(1) Present:- Mrs A Bee"));
        assert!(is_printed_label("(l) Present:- Mrs A Bee"));
        assert!(!is_printed_label("(see below) Present:- Mrs A Bee"));
        assert!(!is_printed_label("("));
    }

    /// A printed page's attendance table ("Chair: | Cllr A Bee |") is no flattened export.
    #[test]
    fn label_rows_make_no_export() {
        assert!(is_label_row("Chair: | Cllr A Bee |"));
        assert!(is_label_row("Parish Councillors: | Cllrs C Dee, E Eff |"));
        assert!(!is_label_row(
            "Apologies To receive apologies. Minutes: None. |"
        ));
        assert!(!is_label_row("|"));
        let text = "Minutes of the Parish Council Meeting\nChair: | Cllr A Bee |\nMembers: | Cllrs C Dee, E Eff |\n24/101 Apologies\nNone.\n24/102 Minutes\nApproved.\n";
        let lines = crate::lexer::lines(text);
        assert_eq!(detect(text, &lines), Format::Printed);
    }

    #[test]
    fn first_bytes_are_lowered_as_to_ascii_lowercase_lowers_them() {
        let mut texts: Vec<String> = (0..0x80u8).map(|b| format!("{}x", char::from(b))).collect();
        texts.extend(["\u{e9}", "\u{c0}", "\u{2022}", "\u{212a}", ""].map(String::from));
        for text in &texts {
            let lowered = text.as_bytes().first().map(u8::to_ascii_lowercase);
            for letter in b'a'..=b'z' {
                assert_eq!(
                    first_lower(text) == letter,
                    lowered == Some(letter),
                    "{text:?} {letter}"
                );
            }
        }
    }

    /// Phrase pieces, anchors and their near misses, in both cases and across line breaks.
    const HEAD_PIECES: [&str; 23] = [
        "roll ",
        "ROLL",
        "call",
        "Call to order",
        " to orde",
        "r",
        "pledge",
        "led the ",
        "LED THE",
        " of allegiance",
        "seconded by",
        "Proposed by",
        ":",
        "Item",
        "Description",
        "DescriptionResolution",
        "resolution",
        "md",
        "\n",
        "\r\n  ",
        " ",
        "é",
        "council",
    ];

    /// The head read in place for its phrases finds what the folded copy's searches found.
    #[test]
    fn head_marks_match_the_folded_searches() {
        let mut texts = crate::test_text::joins(&HEAD_PIECES, 3);
        texts.extend(crate::test_text::mixes(&HEAD_PIECES, 20_000, 7, 12, |r| {
            r % 5 == 0
        }));
        texts.extend(NORTH_AMERICAN_MARKERS.iter().map(|m| format!("x\n{m}\n")));
        texts.push(format!("  {}\n", CMIS_TABLE_HEADER.to_uppercase()));
        texts.push("Seconded by: A\nProposed by: B\n".into());
        texts.push("Proposed by: A  Seconded by: B\n".into());
        for text in &texts {
            let lines = lines(text);
            let head = || lines.iter().filter(|l| !l.is_blank()).take(HEAD_LINES);
            let want = Folded::new(head()).marks();
            assert_eq!(HeadMarks::of(text, head()), want, "{text:?}");
            let (titles, (from, to)) = HeadTitles::of(head());
            let item_page = titles.item_page;
            if !item_page {
                assert_eq!(
                    HeadMarks::in_text(&text.as_bytes()[from..to]),
                    want,
                    "{text:?}"
                );
            }
        }
        assert!(HeadMarks::in_text(b"Roll Call").north_american);
        assert!(HeadMarks::in_text(b"Moved by: A Seconded by: B").north_american);
        // A British proposal and its seconder.
        assert!(!HeadMarks::in_text(b"Proposed by: Cllr A Seconded by: Cllr B").north_american);
        assert!(HeadMarks::in_text(b"ITEMDescriptionRESOLUTION").cmis_table_header);
    }

    /// The first-byte table holds its rule for every byte, and the gate reads it.
    #[test]
    fn head_title_openers_are_looked_up_as_the_rule_tells() {
        for b in 0..=u8::MAX {
            assert_eq!(
                OPENS_HEAD_TITLE[usize::from(b)],
                may_open_head_title_by_rule(b),
                "{b:#x}"
            );
        }
        for c in [
            'a', 'D', 'i', 'm', 'Y', 'y', 'x', '1', ' ', '>', '\u{a0}', '\u{2022}', 'é',
        ] {
            let text = format!("{c}x");
            let want = may_open_head_title_by_rule(text.as_bytes()[0]);
            assert_eq!(may_open_head_title(&text), want, "{text:?}");
        }
        assert!(may_open_head_title(""));
    }

    /// [`detect`] as it was before the single walk: one walk of the lines for the table
    /// rows, one for the column header and one of the head (its non-blank lines filtered
    /// and counted apart) for the titles, each title asked of every head line without the
    /// first-byte gate. The rule the single walk must keep.
    fn detect_by_walks(input: &str, lines: &[Line<'_>]) -> Format {
        let lines = &lines[..lines.len().min(SCAN_LINES)];
        let table_rows = lines
            .iter()
            .filter(|l| l.text.ends_with('|') && l.text.len() > 1)
            .count();
        if table_rows >= 2 || table_rows == 1 && has_inline_minutes_label(lines) {
            return Format::Flattened;
        }
        let items_header = lines.iter().any(|l| is_items_header(l.text));
        let mut titles = HeadTitles::default();
        let mut span = None;
        for (n, l) in lines
            .iter()
            .filter(|l| !l.is_blank())
            .take(HEAD_LINES)
            .enumerate()
        {
            match n {
                0 => titles.minutes_label_first = l.text.eq_ignore_ascii_case("minutes:"),
                1 => titles.minutes_label_under_text = l.text.eq_ignore_ascii_case("minutes:"),
                2 => titles.minutes_label_third = l.text.eq_ignore_ascii_case("minutes:"),
                _ => {}
            }
            span = Some((span.map_or(l.start, |(from, _)| from), l.end()));
            let t = l.text;
            if is_item_page_marker(t) {
                titles.item_page = true;
                break;
            }
            titles.listing |= is_listing_title(t);
            titles.cmis |=
                starts_with_ci(t, "meeting documents") || starts_with_ci(t, "meeting details");
        }
        let span = span.unwrap_or_default();
        decide(input, lines, &titles, items_header, span)
    }

    /// Lines that decide a layout or look as if they might, and blank ones, for documents
    /// past [`HEAD_LINES`] non-blank lines (where the head ends) and [`SCAN_LINES`] lines.
    const LINE_PIECES: [&str; 26] = [
        "Minutes:\n",
        "Issue details\n",
        "Decisions for issue X\n",
        "x |\n",
        "|\n",
        "a |",
        "No. Item\n",
        "note no. item  \n",
        "n\n",
        "Agenda item\n",
        "Decision Maker: Cabinet\n",
        "Agenda and minutes\n",
        "You are here: Agenda and draft minutes\n",
        "Meeting documents\n",
        "MEETING DETAILS\n",
        "C 09/025 Declarations\n",
        "Present: Cllr A\n",
        "ROLL CALL\n",
        "ItemDescriptionResolution\n",
        "Minutes of the meeting\n",
        "1. Apologies\n",
        "Yesterday\n",
        "\n",
        "  \n",
        "Text of a line.\n",
        "Budget Update Agenda text. Minutes: Noted. |\n",
    ];

    /// One table row is a flattened export when a line carries "Minutes:" after its title
    /// (an excerpt too short for a second row); without that, one row is not enough.
    #[test]
    fn one_row_with_an_inline_minutes_label_is_flattened() {
        for (text, flattened) in [
            (
                "Apologies To receive apologies. Minutes: None. |\nCommunications To receive",
                true,
            ),
            (
                "Apologies To receive apologies.\nMinutes: None. |\nCommunications",
                false,
            ),
            ("A. Apologies |\nB. Communications. Minutes: None.\n", true),
        ] {
            let got = detect(text, &lines(text));
            assert_eq!(got == Format::Flattened, flattened, "{text:?}: {got:?}");
        }
    }

    /// An item page that lost its title and heading: the agenda text's line, then the
    /// "Minutes:" label; numbered conditions under its resolution make it no printed text.
    #[test]
    fn a_minutes_label_on_the_second_line_is_an_item_page() {
        let text = "To consider the application.\nMinutes:\nRESOLVED – That it be approved subject to:\n1. Time Limit\n2. Approved Plans\n";
        assert_eq!(detect(text, &lines(text)), Format::ModernGovItem);
        let text = "Harbour Board\nPresent: Cllr A\nMinutes:\n1. Apologies\n2. Minutes\n";
        assert_eq!(detect(text, &lines(text)), Format::Printed);
        let text = "The report is attached.\nA procedure note follows.\nMinutes:\nThe Chair welcomed all.\nResolved to refuse the application.\nSupporting documents:\n";
        assert_eq!(detect(text, &lines(text)), Format::ModernGovItem);
    }

    /// The single walk decides as the separate walks did, heads cut at every length.
    #[test]
    fn one_walk_decides_as_the_separate_walks() {
        let mut texts = crate::test_text::joins(&LINE_PIECES, 2);
        for (count, max) in [(3_000, 60), (1_000, 130), (200, 900)] {
            texts.extend(crate::test_text::mixes(
                &LINE_PIECES,
                count,
                max,
                max,
                |r| r % 7 == 0,
            ));
        }
        // Plain lines up to the head's end, then a title: the first is in the head, the
        // second past it.
        for title in ["Agenda item\n", "Agenda and minutes\n", "ROLL CALL\n"] {
            let plain = "Text.\n\n".repeat(HEAD_LINES - 1);
            texts.push(format!("{plain}{title}Present:\n"));
            texts.push(format!("{plain}x\n{title}Present:\n"));
        }
        for text in &texts {
            let lines = lines(text);
            let want = detect_by_walks(text, &lines);
            assert_eq!(detect(text, &lines), want, "{text:?}");
        }
    }

    /// The SIMD anchor scan stops where the byte-by-byte one does.
    #[test]
    fn anchors_are_found_as_byte_by_byte() {
        let pieces = [
            "ca", "CA", "c", "a", "dg", "y", ":", "Y:", "md", "M", "D", "x", "\0", "\u{1a}", "é",
        ];
        let mut texts = crate::test_text::joins(&pieces, 3);
        texts.extend(crate::test_text::mixes(&pieces, 5_000, 3, 40, |r| {
            r % 3 == 0
        }));
        for text in &texts {
            let (mut simd, mut bytewise) = (Vec::new(), Vec::new());
            for_each_anchor_simd(text.as_bytes(), |at| {
                simd.push(at);
                false
            });
            for_each_anchor_bytewise(text.as_bytes(), |at| {
                bytewise.push(at);
                false
            });
            assert_eq!(simd, bytewise, "{text:?}");
        }
    }

    use crate::lexer::lines;

    fn format_of(text: &str) -> Format {
        detect(text, &lines(text))
    }

    /// Whether the words after "Agenda and " (which `t` starts with) name papers.
    fn papers_after(t: &str) -> bool {
        let rest = t[11..].to_ascii_lowercase();
        ["minutes", "draft", "decisions"]
            .iter()
            .any(|w| rest.starts_with(w))
    }

    /// Every sample text cut at every length.
    fn prefixes<'a>(samples: &'a [&'a str]) -> impl Iterator<Item = &'a str> + 'a {
        samples
            .iter()
            .flat_map(|s| (0..=s.len()).filter_map(move |cut| s.get(..cut)))
    }

    /// [`listing_title_of`] as it was, trimming every leading character that is not
    /// alphanumeric: the rule its byte search must keep.
    #[test]
    fn listing_titles_are_read_as_the_trim_reads_them() {
        let old = |text: &str| {
            let t = text.trim_start_matches(|c: char| !c.is_alphanumeric());
            let t = t.strip_prefix("You are here:").map_or(t, str::trim_start);
            (starts_with_ci(t, "agenda and ") && papers_after(t))
                || starts_with_ci(t, "agenda, decisions")
                || starts_with_ci(t, "agenda, reports")
        };
        let pieces = [
            "Agenda and ",
            "minutes",
            "Draft",
            "Consent",
            "agenda, decisions",
            "Agenda, reports",
            "You are here:",
            "é",
            "•",
            "\u{a0}",
            "> ",
            " ",
            "1",
            "x",
        ];
        for text in crate::test_text::joins_up_to(&pieces, 3) {
            assert_eq!(listing_title_of(&text), old(&text), "{text:?}");
        }
    }

    #[test]
    fn the_quick_tests_reject_no_marker() {
        let samples = [
            "C 09/025 Declarations of interest.",
            "Cou 285/07 Present",
            "TCF 24/1 Minutes",
            "E.70/23 Apologies",
            "Abcd 12 X",
            "Agenda item",
            "AGENDA ITEM",
            "Issue details",
            "Issue - meetings",
            "Decisions for issue Budget",
            "Issue - items at meetings - Budget",
            "Items of business",
            "Decision Maker: Cabinet",
            "decision published: 1/2/2024",
            "Decision details",
            "DECISION DETAILS x",
            "Meeting: 12/03/2024 - Cabinet (Item 276)",
            "Agenda and minutes",
            "You are here: Agenda and draft minutes",
            "> Agenda, decisions and minutes",
            "No. Item",
            "note no. item",
            "No item ",
            "No.\tItem",
            "Note  No.\u{a0}Item",
            "No.   Item x",
            "Present: Councillor Smith",
            "PRESENT - Cllr A",
            "Members present",
            "Apologies for absence: None",
            "Committee Members: Cllr B",
            "1 Apologies",
            "Meeting documents",
            "MEETING DETAILS x",
            "\u{2022} Agenda and minutes",
            "Agenda and Consent Agenda, as amended",
            "Agenda and decisions",
            "Yesterday",
            "",
        ];
        for t in prefixes(&samples) {
            let heading = numbered_heading(t).is_some_and(|(n, _)| {
                n.contains('/')
                    && n.starts_with(|c: char| c.is_ascii_uppercase())
                    && n.contains(' ')
            });
            assert_eq!(is_cmis_reference_heading(t), heading, "{t:?}");
            if heading {
                assert!(may_start_cmis_reference(t.as_bytes()), "{t:?}");
            }
            let page_marker = t.eq_ignore_ascii_case("agenda item")
                || is_issue_page_heading(t)
                || starts_with_ci(t, "decision maker:")
                || starts_with_ci(t, "decision published:")
                || t.eq_ignore_ascii_case("decision details")
                || (starts_with_ci(t, "meeting:") && find_ascii_ci(t, "(item ").is_some());
            assert_eq!(is_item_page_marker(t), page_marker, "{t:?}");
            let trimmed = t.trim_start_matches(|c: char| !c.is_alphanumeric());
            let trimmed = trimmed
                .strip_prefix("You are here:")
                .map_or(trimmed, str::trim_start);
            let listing = (starts_with_ci(trimmed, "agenda and ") && papers_after(trimmed))
                || starts_with_ci(trimmed, "agenda, decisions")
                || starts_with_ci(trimmed, "agenda, reports");
            assert_eq!(is_listing_title(t), listing, "{t:?}");
            let cmis_title =
                starts_with_ci(t, "meeting documents") || starts_with_ci(t, "meeting details");
            if page_marker || listing || cmis_title {
                assert!(may_open_head_title(t), "{t:?}");
            }
            let words: Vec<&str> = t
                .split(crate::text::is_space)
                .filter(|w| !w.is_empty())
                .collect();
            let header = ["no. item", "note no. item", "no item"]
                .iter()
                .any(|h| words.join(" ").eq_ignore_ascii_case(h));
            assert_eq!(is_items_header(t), header, "{t:?}");
            let label = [
                "present:",
                "present -",
                "members present",
                "apologies for absence:",
                "committee members:",
            ]
            .iter()
            .any(|p| starts_with_ci(t, p));
            assert_eq!(is_printed_label(t), label, "{t:?}");
        }
    }

    #[test]
    fn printed_titles_are_found_in_one_line_not_across_two() {
        let has = |text: &str| has_printed_title(&lines(text));
        assert!(has("COUNCIL\nMINUTES OF THE MEETING held on 1 May\n"));
        assert!(has("x\n\nDraft Minutes of a Meeting\n"));
        assert!(!has("Minutes of the\nmeeting\n"));
        assert!(!has(""));
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
