//! Building an [`Item`] from what a layout found: its number, its title and the pieces of
//! text that belong to it. Shared by every layout, so the rules for titles, labels,
//! truncation markers, body blocks and resolutions live once.

use std::borrow::Cow;
use std::cell::Cell;

use crate::blocks::{self, Levels, Trimmed, Unit};
use crate::borrowed;
use crate::declaration;
use crate::lexer::{self, Cut, Label, Line};
use crate::model::{Attachment, Item, ItemKind, Resolution, Span};
use crate::motion;
use crate::resolution;
use crate::simd;
use crate::swar;
use crate::text::{self, clean_compact, is_space, trim_range};
use crate::triggers::{Scanned, Trigger};
use compact_str::CompactString;

/// A piece of an item's text: a line, or part of a line where a flattened layout put several
/// sections on one line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Piece {
    pub start: usize,
    pub end: usize,
    pub indent: usize,
}

impl Piece {
    pub fn text<'a>(&self, input: &'a str) -> &'a str {
        &input[self.start..self.end]
    }
}

/// What a layout found for one item, before its text is interpreted.
#[derive(Debug, Clone, Default)]
pub(crate) struct RawItem<'a> {
    /// As written, a slice of the input: copied once, into the item.
    pub number: Option<&'a str>,
    /// Where the number was written (for the item's span).
    pub number_start: Option<usize>,
    /// The title text as written, attachment markers included.
    pub title: Option<(usize, usize)>,
    /// The item's own text after its title that is not whole lines: the rest of a heading
    /// line, or the sections of a flattened layout. It comes before `lines`.
    pub body: Vec<Piece>,
    /// The item's whole lines after its title, in order, blank lines included: a slice of
    /// the document's lines rather than a copy of each.
    pub lines: &'a [Line<'a>],
    /// Where the item ends in the input (its last non-blank byte, separators included).
    pub end: usize,
    /// The number of the item that a sub-item numbered by a letter alone ("a." under "3.")
    /// is under: the sub-item's number is then that number and the letter ("3a").
    pub under: Option<&'a str>,
}

impl RawItem<'_> {
    /// The item's own text after its title, in order; blank lines as empty pieces.
    pub fn pieces(&self) -> impl DoubleEndedIterator<Item = Piece> + '_ {
        let lines = self.lines.iter().map(|line| Piece {
            start: line.start,
            end: line.end(),
            indent: line.indent,
        });
        self.body.iter().copied().chain(lines)
    }

    /// How many [`pieces`](Self::pieces) there are.
    pub fn piece_count(&self) -> usize {
        self.body.len() + self.lines.len()
    }
}

/// Which part of an item a unit of text belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Section {
    Agenda,
    Minutes,
    Decision,
}

/// Buffers [`build`] reuses from one item to the next: once a document's largest item has
/// been built, an item's pieces, units and paragraphs cost no allocation.
#[derive(Default)]
pub(crate) struct Scratch<'a> {
    pieces: Vec<Trimmed<'a>>,
    starts: Vec<(Section, usize)>,
    agenda: Vec<Unit>,
    minutes_units: Vec<Unit>,
    decision_units: Vec<Unit>,
    levels: Levels,
    /// The item's resolutions as they are found.
    resolutions: Vec<Resolution>,
    /// The last built item's minutes paragraphs and list entries in order, which later
    /// stages (attendance, declarations) read.
    pub minutes: Vec<Scanned>,
}

impl<'a> Scratch<'a> {
    /// Buffers with room for the largest of these items (a piece, unit or paragraph per
    /// line of its body at most), so they are not regrown item by item through a document.
    /// They are this thread's from the document before ([`Scratch::recycle`]) when it left
    /// them: a document no larger than the one before allocates none (four allocations and
    /// frees a document fewer on the shared documents).
    pub fn for_items(items: &[RawItem]) -> Self {
        let most = items.iter().map(RawItem::piece_count).max().unwrap_or(0);
        // A `Scratch<'static>` is a `Scratch<'a>`: its buffers borrow nothing.
        let mut scratch: Scratch<'a> = SPARE.with(Cell::take);
        with_room(&mut scratch.pieces, most);
        with_room(&mut scratch.minutes_units, most);
        with_room(&mut scratch.minutes, most);
        // Most items have one section, a few two or three: room made once, not at the
        // first item's first push.
        scratch.starts.reserve(4);
        scratch
    }

    /// Leaves the buffers, emptied, to the thread's next document, unless one has room for
    /// more than [`SPARE_MOST`] entries (a very large document's are freed, not kept).
    pub fn recycle(self) {
        let room = [
            self.pieces.capacity(),
            self.starts.capacity(),
            self.agenda.capacity(),
            self.minutes_units.capacity(),
            self.decision_units.capacity(),
            self.levels.capacity(),
            self.resolutions.capacity(),
            self.minutes.capacity(),
        ];
        if room.iter().any(|&n| n > SPARE_MOST) {
            return;
        }
        let spare = Scratch {
            pieces: unborrowed(self.pieces),
            starts: emptied(self.starts),
            agenda: emptied(self.agenda),
            minutes_units: emptied(self.minutes_units),
            decision_units: emptied(self.decision_units),
            levels: emptied(self.levels),
            resolutions: emptied(self.resolutions),
            minutes: emptied(self.minutes),
        };
        SPARE.with(|cell| cell.set(spare));
    }
}

/// The most entries a buffer of [`Scratch`] may have room for to be kept for the next
/// document (items of up to about a thousand lines): about half a megabyte a thread at
/// most.
const SPARE_MOST: usize = 1024;

impl Scratch<'static> {
    /// No buffers yet: a thread's first document allocates them.
    const EMPTY: Scratch<'static> = Scratch {
        pieces: Vec::new(),
        starts: Vec::new(),
        agenda: Vec::new(),
        minutes_units: Vec::new(),
        decision_units: Vec::new(),
        levels: Vec::new(),
        resolutions: Vec::new(),
        minutes: Vec::new(),
    };
}

thread_local! {
    /// This thread's spare buffers between two documents, empty: taken by
    /// [`Scratch::for_items`] (a document parsed while they are taken gets new ones) and
    /// left by [`Scratch::recycle`].
    static SPARE: Cell<Scratch<'static>> = const { Cell::new(Scratch::EMPTY) };
}

/// Gives the empty `v` room for `n` entries. A spare buffer too small is replaced by a new
/// one, not grown: `reserve` would `realloc` it, copying its whole old room though it holds
/// nothing.
#[inline(always)]
fn with_room<T>(v: &mut Vec<T>, n: usize) {
    debug_assert!(v.is_empty());
    if v.capacity() < n {
        replace_with_room(v, n);
    }
}

/// [`with_room`]'s rare case, out of line.
#[cold]
#[inline(never)]
fn replace_with_room<T>(v: &mut Vec<T>, n: usize) {
    *v = Vec::with_capacity(n);
}

/// `v` cleared.
fn emptied<T>(mut v: Vec<T>) -> Vec<T> {
    v.clear();
    v
}

/// `pieces` cleared, with its room kept and no borrow of the text left: collected in place
/// (the standard library reuses the buffer of a vector mapped into one of a type of the
/// same size and alignment, as `piece_buffers_are_kept` checks), the map never called.
fn unborrowed(pieces: Vec<Trimmed<'_>>) -> Vec<Trimmed<'static>> {
    emptied(pieces)
        .into_iter()
        .map(|_| -> Trimmed<'static> { unreachable!("the vector is empty") })
        .collect()
}

/// Interprets a raw item. `cut_off` says the document stops inside this item. Its minutes
/// paragraphs are left in `scratch.minutes`.
pub(crate) fn build<'a>(
    input: &'a str,
    raw: &RawItem<'a>,
    cut_off: bool,
    scratch: &mut Scratch<'a>,
) -> Item {
    build_with(input, raw, cut_off, scratch, false)
}

/// [`build`]; `by_parts` reads an item of one section as any other, part by part (the
/// rule its shortcut must keep, asked by the tests).
#[inline(always)]
fn build_with<'a>(
    input: &'a str,
    raw: &RawItem<'a>,
    cut_off: bool,
    scratch: &mut Scratch<'a>,
    by_parts: bool,
) -> Item {
    let (title, title_span, kind, attachments) = match raw.title {
        Some((start, end)) => {
            // An excerpt cut inside the title's attachment marker: the title is read without
            // the marker's first letters.
            let end = match cut_off {
                true => before_marker_stub(input, start, end),
                false => end,
            };
            let (title, span, kind, attachments) = read_title(input, start, end);
            (title, Some(span), kind, attachments)
        }
        None => (CompactString::default(), None, kind_of(""), Vec::new()),
    };
    let start = raw
        .number_start
        .or(raw.title.map(|t| t.0))
        .or(raw.pieces().next().map(|p| p.start))
        .unwrap_or(raw.end);
    let number = raw.number.map(|n| match raw.under {
        Some(under) => Cow::Owned(format!("{under}{n}")),
        None => borrowed::number_text(n),
    });
    let parent = number.as_deref().and_then(parent_number);
    let mut item = Item {
        number,
        kind,
        parent,
        title,
        truncated: false,
        resolutions: Vec::new(),
        span: Span::new(start, raw.end.max(start)),
        title_span,
        attachments,
        additional_documents: false,
        agenda: Vec::new(),
        agenda_truncated: false,
        minutes: Vec::new(),
        references: Vec::new(),
    };

    let mut paragraphs = std::mem::take(&mut scratch.minutes);
    let Scratch {
        pieces,
        starts,
        agenda,
        minutes_units,
        decision_units,
        levels,
        resolutions,
        ..
    } = scratch;
    let sections = split_sections(input, raw, &mut item, pieces, starts);
    minutes_units.clear();
    decision_units.clear();
    // Most items have no label: their one section is minutes, all of their pieces, read
    // without walking the sections.
    let single = sections.starts.len() == 1 && !by_parts;
    if single {
        blocks::units(sections.pieces, true, minutes_units, levels);
    } else {
        for (section, range) in sections.parts() {
            let pieces = &sections.pieces[range];
            match section {
                Section::Agenda => {
                    agenda.clear();
                    blocks::units(pieces, false, agenda, levels);
                    append(&mut item.agenda, blocks::blocks(agenda));
                }
                Section::Minutes => blocks::units(pieces, true, minutes_units, levels),
                Section::Decision => blocks::units(pieces, true, decision_units, levels),
            }
        }
    }
    resolutions.clear();
    resolution::find_into(minutes_units, resolutions);
    item.resolutions = if resolutions.is_empty() && !decision_units.is_empty() {
        resolution::from_decision(decision_units)
    } else {
        taken_exactly(resolutions)
    };
    paragraphs.clear();
    let scanned = |u: &Unit| Scanned {
        span: u.span,
        triggers: u.triggers,
    };
    paragraphs.extend(minutes_units.iter().map(scanned));
    // Each section's units are in order already: only a decision section needs a sort.
    if !decision_units.is_empty() {
        paragraphs.extend(decision_units.iter().map(scanned));
        paragraphs.sort_unstable_by_key(|p| p.span);
    }
    motion::attach(input, &paragraphs, &mut item.resolutions);
    for p in paragraphs
        .iter()
        .filter(|p| p.triggers.has(Trigger::Minute))
    {
        let text = &input[p.span.start..p.span.end];
        // Most "minute" words ("the minutes of the meeting") have no number after them, as
        // the scan notes. It sees only the words of the cleaned text that follow an ASCII
        // byte: where the text has other bytes, a reference may follow a word it did not see
        // ("“Minute 5”"), so such paragraphs are read whatever it noted.
        if p.triggers.has(Trigger::MinuteNumber) || !simd::is_ascii(text.as_bytes()) {
            item.references
                .extend(declaration::find_references(text, p.span.start));
        }
    }
    if single {
        item.minutes = blocks::blocks(minutes_units);
    } else {
        // The minutes blocks, part by part in order: a part's units are the next ones of
        // its section that start before the part ends (no list of the parts' unit counts
        // kept).
        let mut next = [0, 0];
        for (section, range) in sections.parts() {
            let (units, at) = match section {
                Section::Agenda => continue,
                Section::Minutes => (&mut *minutes_units, &mut next[0]),
                Section::Decision => (&mut *decision_units, &mut next[1]),
            };
            let end = sections.pieces[range.end - 1].end();
            let count = units[*at..]
                .iter()
                .take_while(|u| u.span.start < end)
                .count();
            let part = &mut units[*at..*at + count];
            *at += count;
            append(&mut item.minutes, blocks::blocks(part));
        }
    }
    item.truncated |= cut_off;
    scratch.minutes = paragraphs;
    item
}

/// `from`'s elements in a vector of their number (no allocation for none), `from` left
/// empty with its room.
fn taken_exactly<T>(from: &mut Vec<T>) -> Vec<T> {
    let mut taken = Vec::with_capacity(from.len());
    taken.append(from);
    taken
}

/// `to.extend(from)`, taking `from`'s buffer when `to` is empty, as it is for an item's
/// first (usually only) section: no second allocation and copy.
/// Inlined: the usual case is a move of three words, less than a call's own cost.
#[inline(always)]
fn append<T>(to: &mut Vec<T>, from: Vec<T>) {
    if to.is_empty() {
        *to = from;
    } else {
        extend(to, from);
    }
}

/// `to.extend(from)`, out of line: [`append`]'s rare case.
#[inline(never)]
fn extend<T>(to: &mut Vec<T>, from: Vec<T>) {
    to.extend(from);
}

/// Splits the body into sections at "Minutes:" and "Decision:" labels, noting "Additional
/// documents" and truncation markers on the item as it goes. Text before the first label is
/// agenda text when a label follows; when the item has no label at all, the agenda and the
/// minutes run together and the whole text is read as minutes.
fn split_sections<'s, 'a>(
    input: &'a str,
    raw: &RawItem<'a>,
    item: &mut Item,
    pieces: &'s mut Vec<Trimmed<'a>>,
    starts: &'s mut Vec<(Section, usize)>,
) -> Sections<'s, 'a> {
    pieces.clear();
    // Where each section starts in `pieces`. The text before the first label is read as
    // minutes until a "Minutes:" or "Decision:" label shows it was agenda text (fixed up
    // below), so each line is asked for a label once.
    starts.clear();
    starts.push((Section::Minutes, 0));
    // The body's pieces, then its lines, each in a plain loop: a chained iterator of both
    // cost a test of which half it was in per line.
    for piece in &raw.body {
        let text = piece.text(input);
        take_piece(
            input,
            text,
            piece.start,
            piece.indent,
            false,
            item,
            pieces,
            starts,
        );
    }
    for line in raw.lines {
        // Blank lines (about half the pieces) make no unit: they are left out here rather
        // than carried to `blocks::units` to be trimmed and skipped there.
        if !line.is_blank() {
            take_piece(
                input,
                line.text,
                line.start,
                line.indent,
                true,
                item,
                pieces,
                starts,
            );
        }
    }
    if starts.len() > 1 {
        starts[0].0 = Section::Agenda;
    }
    Sections { pieces, starts }
}

/// Reads one piece of the body for [`split_sections`]: a label starts a section, a truncation
/// marker is noted and cut off, and what text remains is kept, trimmed, in `pieces`.
/// `piece` is the piece's text, at `at` in the input. `trimmed` says the piece is a whole
/// line, which the lexer trimmed already, and which stays trimmed past a label (whose
/// reading skips the white space after it).
#[allow(clippy::too_many_arguments)]
#[inline(always)]
fn take_piece<'a>(
    input: &'a str,
    mut piece: &'a str,
    mut at: usize,
    indent: usize,
    trimmed: bool,
    item: &mut Item,
    pieces: &mut Vec<Trimmed<'a>>,
    starts: &mut Vec<(Section, usize)>,
) {
    if piece.is_empty() {
        return;
    }
    if let Some((label, after)) = lexer::label(piece) {
        match label {
            Label::Minutes => starts.push((Section::Minutes, pieces.len())),
            Label::Decision => starts.push((Section::Decision, pieces.len())),
            Label::AdditionalDocuments => item.additional_documents = true,
            Label::SupportingDocuments => {}
        }
        if after >= piece.len() {
            return;
        }
        piece = &piece[after..];
        at += after;
    }
    let (mut text, mut start) = if trimmed {
        (piece, at)
    } else {
        trimmed_in(input, at, at + piece.len())
    };
    if text.is_empty() {
        return;
    }
    // One pass over the line says whether it can be copied as it is and where a
    // truncation marker may start (where its first three letters stand, either case):
    // only the rare lines holding the marker's words are read for one.
    // The first marker found is the one a search would find: the line's trimmed ends hold
    // no marker's start.
    let mut marker = None;
    let lead = start - at;
    let clean = text::is_clean_noting(text, [MARKER[0], MARKER[1], MARKER[2]], |i| {
        if marker.is_none() && marker_at(piece, lead + i) {
            marker = Some(lead + i);
        }
    });
    if let Some((cut, end)) = marker.and_then(|m| lexer::truncation_at(piece, m)) {
        match cut {
            Cut::Agenda => item.agenda_truncated = true,
            Cut::Minutes => item.truncated = true,
        }
        (text, start) = trimmed_in(input, at, at + end);
        if text.is_empty() {
            return;
        }
    }
    pieces.push(Trimmed {
        text,
        start,
        indent,
        clean,
    });
}

/// `input[start..end]` trimmed, and where it starts.
fn trimmed_in(input: &str, start: usize, end: usize) -> (&str, usize) {
    let (a, b) = trim_range(input, start, end);
    (&input[a..b.max(a)], a)
}

/// The words every truncation marker contains, as bytes.
const MARKER: &[u8] = lexer::TRUNCATION_MARKER.as_bytes();

/// Whether the words of a truncation marker start at `at` in `piece`, ASCII case ignored.
/// Asked at every "vie" of the body, which the line's scan notes ("review", "interviews").
#[inline(always)]
fn marker_at(piece: &str, at: usize) -> bool {
    piece
        .as_bytes()
        .get(at..at + MARKER.len())
        .is_some_and(|b| b.eq_ignore_ascii_case(MARKER))
}

/// An item's body pieces split into sections: each section starts at its index in `pieces`
/// and runs to the next one (one buffer for all sections rather than a vector each).
struct Sections<'s, 'a> {
    pieces: &'s [Trimmed<'a>],
    starts: &'s [(Section, usize)],
}

impl Sections<'_, '_> {
    /// The sections in order with their ranges of `pieces`, none empty: worked out when
    /// asked, where a list of them cost an allocation per item.
    fn parts(&self) -> impl Iterator<Item = (Section, std::ops::Range<usize>)> + '_ {
        let ends = self
            .starts
            .iter()
            .skip(1)
            .map(|&(_, at)| at)
            .chain([self.pieces.len()]);
        self.starts
            .iter()
            .zip(ends)
            .filter(|((_, start), end)| start < end)
            .map(|(&(section, start), end)| (section, start..end))
    }
}

/// The title line `start..end`: its text cleaned and cut before its attachment marker, the
/// span of that text, its kind and its attachments.
fn read_title(
    input: &str,
    start: usize,
    end: usize,
) -> (CompactString, Span, ItemKind, Vec<Attachment>) {
    let text = &input[start..end];
    // Most titles are short and ASCII, and need no cleaning once cut before their marker:
    // the one pass of `ShortTitle` tells so, and they are copied as they are.
    let padded;
    let window = match input.as_bytes()[start..].first_chunk() {
        Some(window) => window,
        None => {
            padded = Padded::of(text);
            &padded.0
        }
    };
    let short = ShortTitle::new(text, window);
    let marker = match &short {
        Some(short) => short.marker(text),
        None => attachment(text),
    };
    let plain = short.and_then(|short| match &marker {
        None => short.is_clean().then_some(short),
        Some((at, _, _)) => short.cut(*at),
    });
    let (title_end, attachments) = strip_attachments(start, text, marker);
    match plain {
        Some(plain) => {
            let span = Span::new(start, start + plain.title.len());
            (text::compact(plain.title), span, plain.kind(), attachments)
        }
        None => {
            let (a, b) = trim_range(input, start, title_end);
            let title = clean_compact(&input[a..b]);
            let kind = kind_of(&title);
            (title, Span::new(a, b), kind, attachments)
        }
    }
}

/// The first letters of an attachment marker ("pdf icon PDF 268 KB") where an excerpt is
/// cut inside it, the longest first: before its size too ("... 23 August 2021 pdf icon
/// PDF", as a real excerpt of Aberdeen's ended).
const MARKER_STUBS: [&str; 8] = [
    "pdf icon PDF",
    "pdf icon PD",
    "pdf icon P",
    "pdf icon",
    "pdf ico",
    "pdf ic",
    "pdf i",
    "pdf",
];

/// Where the title `start..end` of a cut excerpt's last item ends: before a
/// [`MARKER_STUBS`] word at its end (after a space) when nothing but spaces follows it in
/// `input`. The visible title is what the page shows before its marker, as with a whole
/// one. Out of line and cold: only a cut excerpt's last title asks.
#[cold]
#[inline(never)]
fn before_marker_stub(input: &str, start: usize, end: usize) -> usize {
    let at_text_end = input
        .as_bytes()
        .get(end..)
        .is_some_and(|rest| rest.iter().all(|&b| b == b' ' || b == b'\t'));
    let Some(text) = input.get(start..end).filter(|_| at_text_end) else {
        return end;
    };
    let trimmed = text.trim_end_matches(is_space);
    MARKER_STUBS
        .iter()
        .find_map(|stub| text::strip_suffix_ci(trimmed, stub))
        .filter(|before| before.ends_with(' '))
        .map_or(end, |before| start + before.len())
}

/// [`lexer::attachment`] for a title that is not a [`ShortTitle`], often a whole paragraph:
/// the scan stops only at the pairs a marker starts with ("co" of " icon ", ASCII case
/// ignored, and "PD" of "PDF"), where the lexer's stops at every "c" and "P", a few in
/// every line of text. Kept out of line: the titles that need it are few, and [`build`]
/// stays small enough to be inlined where it is called.
#[inline(never)]
fn attachment(text: &str) -> Option<(usize, &str, Option<u64>)> {
    if !simd::ENABLED {
        return lexer::attachment(text);
    }
    let pairs = |c: simd::Chunk, next: simd::Chunk| {
        let icon = c.lanes_eq_folded(b'c') & next.lanes_eq_folded(b'o');
        (icon | (c.lanes_eq(b'P') & next.lanes_eq(b'D'))).mask()
    };
    lexer::attachment_among(text, simd::PairPositions::new(text.as_bytes(), pairs))
}

/// Ends the title `text` (at `start` in the input) before its attachment marker
/// ("pdf icon PDF 268 KB") as [`lexer::attachment`] found it, returning where the title ends
/// and the attachments.
fn strip_attachments(
    start: usize,
    text: &str,
    marker: Option<(usize, &str, Option<u64>)>,
) -> (usize, Vec<Attachment>) {
    let end = start + text.len();
    match marker {
        Some((at, kind, size)) => {
            // On bytes: no byte of a multi-byte char is an ASCII digit.
            let marker_end = text[at..]
                .bytes()
                .position(|b| b.is_ascii_digit())
                .map(|d| {
                    // through the size and its unit
                    let after = &text[at + d..];
                    let num = after
                        .bytes()
                        .take_while(|b| b.is_ascii_digit() || *b == b'.')
                        .count();
                    let unit = after[num..].trim_start_matches(is_space);
                    let unit_len = unit
                        .bytes()
                        .take_while(|b| b.is_ascii_alphabetic())
                        .count()
                        .min(2);
                    at + d + (after.len() - unit.len()) + unit_len
                })
                .unwrap_or(text.len());
            let attachment = Attachment {
                kind: borrowed::file_kind(kind),
                size_bytes: size,
                span: Span::new(start + at, start + marker_end.min(text.len())),
            };
            (start + at, vec![attachment])
        }
        None => (end, Vec::new()),
    }
}

/// "5" for "5.1", "5a" and "5A"; `None` for top-level numbers.
fn parent_number(number: &str) -> Option<Cow<'static, str>> {
    if let Some((head, _)) = number.split_once('.') {
        if !head.is_empty() && head.bytes().all(|b| b.is_ascii_digit()) {
            return Some(borrowed::number_text(head));
        }
    }
    let digits = number.bytes().take_while(|b| b.is_ascii_digit()).count();
    let rest = &number[digits..];
    (digits > 0 && rest.len() == 1 && rest.bytes().all(|b| b.is_ascii_alphabetic()))
        .then(|| borrowed::number_text(&number[..digits]))
}

/// The standard procedural items, recognised by words in their titles.
#[inline(never)]
pub(crate) fn kind_of(title: &str) -> ItemKind {
    // Most titles are short and ASCII: searched where they are, with no lower-case copy
    // (an allocation) and no general substring searcher set up for each phrase.
    if title.len() <= 64 {
        if let Some(short) = ShortTitle::new(title, &Padded::of(title).0) {
            return short.kind();
        }
    }
    if simd::ENABLED && !lowers_to_ascii(title) {
        return long_kind(title);
    }
    let t = title.to_lowercase();
    kind_by(title, letter_set(t.as_bytes()), &|phrase: &Phrase| {
        t.contains(phrase.text)
    })
}

/// Whether the title has a character besides the ASCII ones whose lower case holds an ASCII
/// byte: only "İ" ("i" and a combining dot) and the Kelvin sign ("k"). Without them, a
/// phrase is in the title's lower case exactly where it is in its bytes, ASCII case ignored.
fn lowers_to_ascii(title: &str) -> bool {
    // One search for both characters' lead bytes (a `memmem` searcher per character was
    // set up for each title before); neither byte is in ASCII text.
    let bytes = title.as_bytes();
    memchr::memchr2_iter(0xc4, 0xe2, bytes).any(|at| {
        let rest = &bytes[at..];
        rest.starts_with("\u{130}".as_bytes()) || rest.starts_with("\u{212a}".as_bytes())
    })
}

/// The phrases a title holds one of when it is of a kind other than `Other` (those
/// [`kind_by`] asks for first), each with the offset of where the scan finds it: a letter
/// of [`ANCHOR_LETTERS`] or a pair of [`ANCHOR_PAIRS`], rare in English text. Long titles
/// (whole paragraphs, where most letters of most phrases are present) are scanned once, and
/// only where the scan stops are phrases compared.
const ANCHORS: [(&str, usize); 17] = [
    ("apolog", 4),
    ("declaration", 2),
    ("disclosures by members", 3),
    ("substitut", 2),
    ("exclusion of the press", 1),
    ("exclusion of press", 1),
    ("exempt items", 1),
    ("minutes", 2),
    ("confirmation of the minutes", 22),
    ("question", 0),
    ("communications", 3),
    ("announcements", 1),
    ("urgent", 1),
    ("next meeting", 2),
    ("work programme", 7),
    ("work program", 7),
    ("forward plan", 2),
];

/// The [`Words`] of each of [`ANCHORS`].
const ANCHOR_WORDS: [Words; ANCHORS.len()] = {
    let mut words = [Words::of(b"none"); ANCHORS.len()];
    let mut k = 0;
    while k < ANCHORS.len() {
        words[k] = Words::of(ANCHORS[k].0.as_bytes());
        k += 1;
    }
    words
};

/// The letters the scan for [`ANCHORS`] stops at on their own.
const ANCHOR_LETTERS: &[u8] = b"x";

/// The pairs the scan for [`ANCHORS`] stops at, grouped by their second letter: one
/// comparison of the next byte serves each group.
const ANCHOR_PAIRS: [(&[u8], u8); 6] = [
    (b"mnq", b'u'),
    (b"or", b'g'),
    (b"c", b'l'),
    (b"b", b's'),
    (b"n", b'n'),
    (b"r", b'w'),
];

/// For each lower-case letter, the [`ANCHORS`] (bit `k` for anchor `k`) that hold it at
/// their offset.
const ANCHORS_BY_LETTER: [u32; 26] = {
    let mut by = [0; 26];
    let mut k = 0;
    while k < ANCHORS.len() {
        let (phrase, offset) = ANCHORS[k];
        by[(phrase.as_bytes()[offset] - b'a') as usize] |= 1 << k;
        k += 1;
    }
    by
};

/// Where the scan for [`ANCHORS`] stops in a chunk, `next` being the chunk one byte on.
fn anchor_starts(c: simd::Chunk, next: simd::Chunk) -> u32 {
    let any_of = |chunk: simd::Chunk, letters: &[u8]| {
        let (first, rest) = letters.split_first().unwrap();
        rest.iter().fold(chunk.lanes_eq_folded(*first), |any, &l| {
            any | chunk.lanes_eq_folded(l)
        })
    };
    let pairs = ANCHOR_PAIRS
        .iter()
        .map(|&(firsts, second)| any_of(c, firsts) & next.lanes_eq_folded(second));
    pairs
        .fold(any_of(c, ANCHOR_LETTERS), |any, p| any | p)
        .mask()
}

/// The index of `phrase` in [`ANCHORS`], if it is one.
const fn anchor_index(phrase: &str) -> Option<usize> {
    let mut k = 0;
    while k < ANCHORS.len() {
        if bytes_eq(ANCHORS[k].0.as_bytes(), phrase.as_bytes()) {
            return Some(k);
        }
        k += 1;
    }
    None
}

const fn bytes_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// The [`ANCHORS`] (bit `k` for anchor `k`) found where the scan for them stops at `at` (a
/// letter): only the anchors with that letter at their offset can be there.
fn anchors_at(bytes: &[u8], at: usize) -> u32 {
    let mut anchors = ANCHORS_BY_LETTER[usize::from((bytes[at] | 0x20) - b'a')];
    let mut found = 0;
    while anchors != 0 {
        let k = anchors.trailing_zeros() as usize;
        let (phrase, offset) = ANCHORS[k];
        if at
            .checked_sub(offset)
            .and_then(|start| bytes.get(start..start + phrase.len()))
            .is_some_and(|w| ANCHOR_WORDS[k].matches(w))
        {
            found |= 1 << k;
        }
        anchors &= anchors - 1;
    }
    found
}

/// [`kind_of`] for a title without the characters of [`lowers_to_ascii`]: the anchors are
/// found by one scan for their letters and pairs; the other phrases, asked only after an anchor was
/// found, are searched for.
fn long_kind(title: &str) -> ItemKind {
    let bytes = title.as_bytes();
    let mut found = 0u32;
    simd::for_each_pair(bytes, anchor_starts, |at| {
        found |= anchors_at(bytes, at);
        false
    });
    kind_by(title, u32::MAX, &|phrase: &Phrase| match phrase.anchor {
        Some(k) => found & 1 << k != 0,
        None => contains_folded(bytes, phrase.text.as_bytes()),
    })
}

/// Whether `bytes` contain `phrase` (lower case, its second byte a letter), ASCII case
/// ignored. Only where its first two bytes stand is it compared: a pair is far rarer in a
/// long title than its first letter, which a `memchr` search stopped at. Kept out of line,
/// so that [`long_kind`]'s test of each phrase is small enough to be inlined.
#[inline(never)]
fn contains_folded(bytes: &[u8], phrase: &[u8]) -> bool {
    debug_assert!(phrase[1].is_ascii_lowercase());
    let (a, b) = (phrase[0], phrase[1]);
    let mut found = false;
    simd::for_each_pair(
        bytes,
        |c, next| (c.lanes_eq_folded(a) & next.lanes_eq_folded(b)).mask(),
        |at| {
            found = bytes
                .get(at..at + phrase.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(phrase));
            found
        },
    );
    found
}

/// A phrase [`kind_by`] asks for, with what the searches for it use.
struct Phrase {
    /// Lower case.
    text: &'static str,
    /// Its index in [`ANCHORS`], if it is one.
    anchor: Option<usize>,
    words: Words,
}

impl Phrase {
    const fn of(text: &'static str) -> Phrase {
        Phrase {
            text,
            anchor: anchor_index(text),
            words: Words::of(text.as_bytes()),
        }
    }
}

/// A phrase of 4 to 32 bytes (lower-case ASCII letters and spaces) as little-endian words
/// to compare bytes with at once, ASCII case ignored: bytes hold the phrase exactly when
/// each of their words at [`Words::at`], OR-ed with the word's `fold` bits (0x20 under
/// each letter: a letter's capital differs from it there alone, and no other byte becomes
/// a lower-case letter so), is the phrase's. The words are eight bytes from the start, the
/// last ending at the phrase's end (overlapping the one before); four bytes for a phrase
/// under eight. A byte-by-byte folded comparison cost about eight instructions a byte.
#[derive(Clone, Copy)]
struct Words {
    len: usize,
    count: usize,
    at: [usize; 4],
    word: [u64; 4],
    fold: [u64; 4],
}

impl Words {
    const fn of(phrase: &[u8]) -> Words {
        let len = phrase.len();
        assert!(len >= 4 && len <= 32);
        let size = if len < 8 { 4 } else { 8 };
        let count = len.div_ceil(size);
        let mut words = Words {
            len,
            count,
            at: [0; 4],
            word: [0; 4],
            fold: [0; 4],
        };
        let mut i = 0;
        while i < count {
            let at = if (i + 1) * size > len {
                len - size
            } else {
                i * size
            };
            words.at[i] = at;
            let mut k = 0;
            while k < size {
                let b = phrase[at + k];
                assert!(b.is_ascii_lowercase() || b == b' ');
                words.word[i] |= (b as u64) << (8 * k);
                if b.is_ascii_lowercase() {
                    words.fold[i] |= 0x20 << (8 * k);
                }
                k += 1;
            }
            i += 1;
        }
        words
    }

    /// Whether `bytes` (as long as the phrase) are the phrase, ASCII case ignored.
    #[inline(always)]
    fn matches(&self, bytes: &[u8]) -> bool {
        debug_assert_eq!(bytes.len(), self.len);
        let word = |at: usize| match self.len {
            ..8 => u64::from(u32::from_le_bytes(bytes[at..at + 4].try_into().unwrap())),
            _ => u64::from_le_bytes(bytes[at..at + 8].try_into().unwrap()),
        };
        (0..self.count).all(|i| word(self.at[i]) | self.fold[i] == self.word[i])
    }
}

/// A test of whether a title's lower case contains a phrase.
trait Contains {
    fn contains(&self, phrase: &Phrase) -> bool;
}

impl<F: Fn(&Phrase) -> bool> Contains for F {
    #[inline(always)]
    fn contains(&self, phrase: &Phrase) -> bool {
        self(phrase)
    }
}

/// [`kind_of`] given the lower-case letters of the title and a test of whether its lower
/// case contains a phrase.
#[inline(always)]
fn kind_by(title: &str, present: u32, search: &impl Contains) -> ItemKind {
    // Most titles lack a letter of most phrases: comparing letter sets first (a few
    // instructions) spares the substring searches that cannot succeed.
    macro_rules! has {
        ($phrase:literal) => {{
            const NEEDS: u32 = letter_set($phrase.as_bytes());
            const PHRASE: Phrase = Phrase::of($phrase);
            NEEDS & !present == 0 && search.contains(&PHRASE)
        }};
    }
    if has!("apolog") {
        ItemKind::Apologies
    } else if has!("declaration") && has!("interest") || has!("disclosures by members") {
        ItemKind::DeclarationsOfInterest
    } else if has!("substitut") {
        ItemKind::Substitutes
    } else if has!("exclusion of the press") || has!("exclusion of press") || has!("exempt items") {
        ItemKind::ExclusionOfPressAndPublic
    } else if has!("minutes")
        && (has!("previous")
            || has!("last meeting")
            || has!("held on")
            // No character but the ASCII capitals has a lower case in "minutes", so a title
            // that is the word alone contains it: only those titles are trimmed.
            || title.trim().eq_ignore_ascii_case("minutes"))
        || has!("confirmation of the minutes")
    {
        ItemKind::MinutesOfPreviousMeeting
    } else if has!("question") && (has!("public") || has!("members")) {
        ItemKind::PublicQuestions
    } else if has!("communications") || has!("announcements") {
        ItemKind::Communications
    } else if has!("urgent") {
        ItemKind::UrgentBusiness
    } else if has!("next meeting") {
        ItemKind::DateOfNextMeeting
    } else if has!("work programme") || has!("work program") || has!("forward plan") {
        ItemKind::WorkProgramme
    } else {
        ItemKind::Other
    }
}

/// The ASCII lower-case letters in `bytes`, as a bit set over `a..=z`.
const fn letter_set(bytes: &[u8]) -> u32 {
    let mut set = 0;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_lowercase() {
            set |= 1 << (bytes[i] - b'a');
        }
        i += 1;
    }
    set
}

/// The [`letter_set`] bit of each byte's lower case (none for ASCII bytes that are not
/// letters), or [`NON_ASCII`] for a byte that is not ASCII.
const LETTER_BITS: [u32; 256] = {
    let mut bits = [0; 256];
    let mut b = 0;
    while b < 256 {
        bits[b] = if b < 0x80 {
            letter_set(&[(b as u8).to_ascii_lowercase()])
        } else {
            NON_ASCII
        };
        b += 1;
    }
    bits
};

/// The [`LETTER_BITS`] bit of the bytes that are not ASCII, above the 26 letters.
const NON_ASCII: u32 = 1 << 31;

/// The mask of the first `n` (at most 64) bytes of a block.
fn first_bits(n: usize) -> u64 {
    u64::MAX.checked_shr(64 - n as u32).unwrap_or(0)
}

/// The bytes [`ShortTitle::new`] reads: a title of at most 64 bytes, then whatever follows
/// it (the pair tests read each chunk's next byte). Read where the title is in the input
/// when 65 bytes are left there, as they are for all but the input's last titles: a padded
/// copy cost a zeroing and a copy a title.
type Window = [u8; 65];

/// A title of at most 64 bytes copied and padded with zeros: the window of a title at the
/// end of the input, or of a cleaned title.
struct Padded(Window);

impl Padded {
    fn of(title: &str) -> Padded {
        let mut padded = [0; 65];
        let n = title.len().min(64);
        padded[..n].copy_from_slice(&title.as_bytes()[..n]);
        Padded(padded)
    }
}

/// An ASCII title of at most 64 bytes, read in sixteen-byte chunks from the [`Window`]
/// that starts with it, in which [`kind_of`] looks for its phrases with ASCII case ignored.
/// The same chunks tell whether the title is clean and where an attachment marker may
/// start, so a title is read once for what were three scans. The masks have no bits past
/// the title: the window's bytes there are the input's.
struct ShortTitle<'a> {
    title: &'a str,
    window: &'a Window,
    /// The title's spaces and control characters, bit `k` for byte `k`.
    spaces: u64,
    controls: u64,
    /// Where [`lexer::marker_candidates`] holds, bit `k` for byte `k`.
    candidates: u64,
}

impl<'a> ShortTitle<'a> {
    /// `window` starts with `title`. Kept out of line, as [`kind_of`] is: [`build`] stays
    /// small enough to be inlined where it is called.
    #[inline(never)]
    fn new(title: &'a str, window: &'a Window) -> Option<Self> {
        if !simd::ENABLED || title.len() > 64 {
            return None;
        }
        let chunk = |at: usize| simd::Chunk::load(window[at..at + 16].try_into().unwrap());
        let (mut spaces, mut controls, mut candidates, mut non_ascii) = (0u64, 0u64, 0u64, 0u64);
        for k in 0..title.len().div_ceil(16) {
            let (c, at) = (chunk(16 * k), 16 * k);
            spaces |= u64::from(c.eq(b' ')) << at;
            controls |= u64::from(c.ascii_below(0x20)) << at;
            candidates |= u64::from(lexer::marker_candidates(c)) << at;
            non_ascii |= u64::from(c.non_ascii()) << at;
        }
        let own = first_bits(title.len());
        if non_ascii & own != 0 {
            return None;
        }
        Some(ShortTitle {
            title,
            window,
            spaces: spaces & own,
            controls: controls & own,
            candidates: candidates & own,
        })
    }

    /// Whether [`clean`](text::clean) leaves the title as it is: an ASCII title is clean without control
    /// characters, double spaces or a space at either end (see `text::is_clean`).
    fn is_clean(&self) -> bool {
        let ends = 1 | 1 << self.title.len().saturating_sub(1);
        self.controls == 0 && self.spaces & (self.spaces << 1 | ends) == 0
    }

    /// The title ended at `end` (where its attachment marker starts) and trimmed, if
    /// [`clean`](text::clean) leaves that as it is: told by the masks already made, where cleaning the
    /// cut title and classifying it anew read it twice more.
    fn cut(&self, end: usize) -> Option<ShortTitle<'a>> {
        // Without control characters, the ASCII white space is the spaces.
        let solid = !self.spaces & first_bits(end);
        if self.controls != 0 || solid & 1 == 0 {
            return None;
        }
        let len = 64 - solid.leading_zeros() as usize;
        let spaces = self.spaces & first_bits(len);
        if spaces & (spaces << 1) != 0 {
            return None;
        }
        // The window stays: `contains` compares no phrase beyond the title's end.
        Some(ShortTitle {
            title: &self.title[..len],
            spaces,
            ..*self
        })
    }

    /// The title's attachment marker, as [`lexer::attachment`] finds it.
    fn marker<'t>(&self, title: &'t str) -> Option<(usize, &'t str, Option<u64>)> {
        lexer::attachment_among(title, swar::set_bits(self.candidates))
    }

    /// The title's [`kind_of`].
    fn kind(&self) -> ItemKind {
        // The letters of the title's lower case (letters of either case, folded), taken
        // here, of the title the kind is asked of: a title cut before its marker is not
        // read for them twice.
        kind_by(self.title, self.letters(), self)
    }

    /// The union of the [`LETTER_BITS`] of the title's bytes, read from the window sixteen
    /// bytes at a time: a loop of fixed length, unrolled, with no tail. The bytes past the
    /// title in its last block (the input's, the padding's zeros or the rest of a cut title)
    /// may add letters, which only lets a phrase be searched for that is then not found.
    fn letters(&self) -> u32 {
        self.window
            .chunks_exact(16)
            .take(self.title.len().div_ceil(16))
            .fold(0, |set, block| {
                block
                    .iter()
                    .fold(set, |set, &b| set | LETTER_BITS[usize::from(b)])
            })
    }
}

impl Contains for ShortTitle<'_> {
    /// Whether the title's lower case contains `phrase` (lower case, its second byte a
    /// letter). The places where its first two bytes stand are found sixteen at a time, the
    /// pair tested in the vector (each chunk with the chunk one byte on); only those places
    /// are compared, by the phrase's [`Words`]. Inlined in each test of [`kind_by`], where
    /// the phrase is a constant (a closure here came out of line, its phrase a variable).
    #[inline(always)]
    fn contains(&self, phrase: &Phrase) -> bool {
        let words = &phrase.words;
        let phrase = phrase.text.as_bytes();
        let chunk = |at: usize| simd::Chunk::load(self.window[at..at + 16].try_into().unwrap());
        let mut starts = 0u64;
        for k in 0..self.title.len().div_ceil(16) {
            let (c, next) = (chunk(16 * k), chunk(16 * k + 1));
            let pair = c.lanes_eq_folded(phrase[0]) & next.lanes_eq_folded(phrase[1]);
            starts |= u64::from(pair.mask()) << (16 * k);
        }
        while starts != 0 {
            let at = starts.trailing_zeros() as usize;
            if self
                .title
                .as_bytes()
                .get(at..at + phrase.len())
                .is_some_and(|w| words.matches(w))
            {
                return true;
            }
            starts &= starts - 1;
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn piece_buffers_are_kept() {
        let text = String::from("one two");
        let mut pieces = Vec::with_capacity(100);
        pieces.push(Trimmed {
            text: &text,
            start: 0,
            indent: 0,
            clean: true,
        });
        let at = pieces.as_ptr() as usize;
        let kept = unborrowed(pieces);
        assert!(kept.is_empty());
        assert_eq!((kept.as_ptr() as usize, kept.capacity()), (at, 100));
    }

    #[test]
    fn a_document_takes_the_buffers_the_one_before_left() {
        let mut scratch = Scratch::for_items(&[]);
        scratch.minutes_units.reserve(50);
        scratch.recycle();
        let next = Scratch::for_items(&[]);
        assert!(next.minutes_units.capacity() >= 50 && next.minutes_units.is_empty());
        // Taken: a document parsed meanwhile gets new ones.
        assert_eq!(Scratch::for_items(&[]).minutes_units.capacity(), 0);
        next.recycle();
    }

    /// [`kind_of`] as it was, with a lower-case `String` and `str::contains`: the rule the
    /// faster one must keep.
    fn kind_of_slow(title: &str) -> ItemKind {
        let t = title.to_lowercase();
        let has = |phrase: &str| t.contains(phrase);
        if has("apolog") {
            ItemKind::Apologies
        } else if has("declaration") && has("interest") || has("disclosures by members") {
            ItemKind::DeclarationsOfInterest
        } else if has("substitut") {
            ItemKind::Substitutes
        } else if has("exclusion of the press") || has("exclusion of press") || has("exempt items")
        {
            ItemKind::ExclusionOfPressAndPublic
        } else if (has("minutes") && (has("previous") || has("last meeting") || has("held on")))
            || t.trim() == "minutes"
            || has("confirmation of the minutes")
        {
            ItemKind::MinutesOfPreviousMeeting
        } else if has("question") && (has("public") || has("members")) {
            ItemKind::PublicQuestions
        } else if has("communications") || has("announcements") {
            ItemKind::Communications
        } else if has("urgent") {
            ItemKind::UrgentBusiness
        } else if has("next meeting") {
            ItemKind::DateOfNextMeeting
        } else if has("work programme") || has("work program") || has("forward plan") {
            ItemKind::WorkProgramme
        } else {
            ItemKind::Other
        }
    }

    /// The lexer's search, which stops at every "c" and "P", is the rule: texts made of
    /// marker pieces and near misses, crossing the 64-byte blocks of the pair scan.
    #[test]
    fn attachment_agrees_with_the_lexer() {
        let pieces = [
            " icon ",
            " ICON ",
            "pdf",
            "PDF",
            " PDF 268 KB",
            " 1.2 MB",
            "c",
            "C",
            "P",
            "D",
            "co",
            "PD",
            "Pd",
            "pD",
            "cO",
            " ",
            "x",
            "é",
            "\u{a0}",
            "word ",
            "icon",
            "PDF ",
            "5",
        ];
        let mut seed = 12345u64;
        let mut tried = 0;
        for len in 1..40 {
            for _ in 0..400 {
                let text = crate::test_text::lcg_text(&pieces, len, &mut seed);
                assert_eq!(attachment(&text), lexer::attachment(&text), "{text:?}");
                tried += 1;
            }
        }
        assert!(tried > 10_000);
    }

    /// [`lowers_to_ascii`] as it was: an ASCII test, then a search for each character.
    fn lowers_to_ascii_slow(title: &str) -> bool {
        !title.is_ascii()
            && ["\u{130}", "\u{212a}"]
                .iter()
                .any(|c| memchr::memmem::find(title.as_bytes(), c.as_bytes()).is_some())
    }

    /// Titles of pieces with both characters and others sharing their lead bytes.
    #[test]
    fn lowers_to_ascii_agrees_with_the_search() {
        let pieces = [
            "İ", "\u{212a}", "Ĳ", "\u{20ad}", "\u{2122}", "é", "K", "i", " ", "x",
        ];
        let mut titles = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> = titles
                .iter()
                .flat_map(|t| pieces.iter().map(move |p| format!("{t}{p}")))
                .collect();
            titles.extend(longer);
        }
        for title in &titles {
            assert_eq!(
                lowers_to_ascii(title),
                lowers_to_ascii_slow(title),
                "{title:?}"
            );
        }
    }

    /// [`contains_folded`] as it was, a `memchr` search for the first letter in either case.
    fn contains_folded_slow(bytes: &[u8], phrase: &[u8]) -> bool {
        let first = phrase[0];
        memchr::memchr2_iter(first, first.to_ascii_uppercase(), bytes).any(|at| {
            bytes
                .get(at..at + phrase.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(phrase))
        })
    }

    #[test]
    fn contains_folded_agrees_with_the_search() {
        let pieces = [
            "Previous", "PREVIOUS", "previou", "pr", "p", "P", "held on", "HELD", "held o",
            "Interest", "interes", " ", "x", "é", "in", "\u{a0}", "Members", "memb",
        ];
        let phrases = [
            "previous",
            "held on",
            "interest",
            "members",
            "public",
            "last meeting",
        ];
        let mut seed = 777u64;
        for len in 1..50 {
            for _ in 0..200 {
                let text = crate::test_text::lcg_text(&pieces, len, &mut seed);
                for phrase in phrases {
                    let (t, p) = (text.as_bytes(), phrase.as_bytes());
                    assert_eq!(
                        contains_folded(t, p),
                        contains_folded_slow(t, p),
                        "{text:?} {phrase}"
                    );
                }
            }
        }
    }

    #[test]
    fn kinds_agree_with_the_plain_rule() {
        let pieces = [
            "Minutes",
            "MINUTES",
            "minutes",
            " ",
            "of the",
            "Previous",
            "Meeting",
            "last meeting",
            "held on",
            "Apolog",
            "APOLOGIES",
            "Declaration",
            "Interest",
            "disclosures by members",
            "Substitut",
            "Exclusion of the press",
            "exclusion of Press",
            "EXEMPT items",
            "Confirmation of the Minutes",
            "Question",
            "Public",
            "members",
            "Communications",
            "Announcements",
            "URGENT",
            "next Meeting",
            "Work Programme",
            "work program",
            "Forward Plan",
            "\u{a0}",
            "\u{2003}",
            "\t",
            "İ",
            "\u{212a}",
            "é",
            "x",
            "mi",
            "nutes",
            "Mİnutes",
            "MINUTEŞ",
            "\u{feff}",
            "\0",
            "@[`{",
            "Q",
            "URGENt",
        ];
        let mut titles: Vec<String> = pieces.iter().map(|p| p.to_string()).collect();
        for n in 0..6000usize {
            let len = n % 7;
            titles.push(
                (0..len)
                    .map(|k| pieces[(k * 13 + n * 7 + k * n / 5) % pieces.len()])
                    .collect(),
            );
        }
        // Phrases across the sixteen-byte chunks and the 64-byte limit of the short path.
        for pad in 0..70 {
            for phrase in ["Apologies", "next meeting", "Urgent\0", "minutes held on"] {
                titles.push(format!("{}{phrase}", "x".repeat(pad)));
                titles.push(format!("{}{phrase}", "\0".repeat(pad)));
            }
        }
        // Long titles take the general path.
        titles.push(format!(
            "{} minutes of the previous meeting",
            "x".repeat(130)
        ));
        titles.push(format!("{} apologies", "x".repeat(127)));
        titles.push(format!(" minutes{}", " ".repeat(125)));
        // Long titles (whole paragraphs) take the anchor scan: runs of many pieces, the
        // anchors' pairs among them with and without the rest of their phrase.
        let mut long_pieces = pieces.to_vec();
        long_pieces.extend([
            "Apologies for absence",
            "og",
            "cl",
            "bs",
            "XE",
            "nu",
            "Qu",
            "mu",
            "nn",
            "rG",
            "xt",
            "rw",
            "DEclaration",
            "disclosures by members",
            "exempt items",
            "confirmation of the minutes",
            "communications",
            "announcements",
            "next meeting",
            "work programme",
            "forward plan",
            "substitutes",
            "exclusion of press",
            "Interest",
            "held on",
            "a paragraph of ordinary words about the council and its committee",
        ]);
        titles.extend(crate::test_text::mixes(&long_pieces, 20_000, 5, 24, |n| {
            n % 2 == 0
        }));
        // The Kelvin sign's lower case is "k": "wor\u{212a} programme" is a work programme.
        for pad in [0, 1, 60, 70] {
            titles.push(format!("{}Wor\u{212a} Programme", "x".repeat(pad)));
            titles.push(format!("{}İ wor\u{212a} program", "x".repeat(pad)));
        }
        let long = titles.iter().filter(|t| t.len() > 64).count();
        let ascii = titles
            .iter()
            .filter(|t| t.len() > 64 && t.is_ascii())
            .count();
        assert!(long > 12_000 && ascii > 2_000, "{long} {ascii}");
        for title in &titles {
            assert_eq!(kind_of(title), kind_of_slow(title), "{title:?}");
        }
    }

    /// The scan stops at each anchor's offset, and at no zero byte (the padding).
    #[test]
    fn anchors_are_where_the_scan_stops() {
        for (k, (phrase, offset)) in ANCHORS.into_iter().enumerate() {
            for case in [phrase.to_string(), phrase.to_ascii_uppercase()] {
                let mut bytes = [0u8; 48];
                bytes[..case.len()].copy_from_slice(case.as_bytes());
                let chunk = |at: usize| simd::Chunk::load(bytes[at..at + 16].try_into().unwrap());
                let stops =
                    anchor_starts(chunk(0), chunk(1)) | anchor_starts(chunk(16), chunk(17)) << 16;
                assert!(stops & 1 << offset != 0, "{case}");
                assert_eq!(stops >> case.len(), 0, "{case}");
            }
            assert_eq!(anchor_index(phrase), Some(k));
        }
    }

    /// [`read_title`] as it was: the marker found by [`lexer::attachment`], the title before
    /// it trimmed and cleaned, its kind by the plain rule.
    fn read_title_slow(
        input: &str,
        start: usize,
        end: usize,
    ) -> (CompactString, Span, ItemKind, Vec<Attachment>) {
        let text = &input[start..end];
        let (title_end, attachments) = strip_attachments(start, text, lexer::attachment(text));
        let (a, b) = trim_range(input, start, title_end);
        let title = CompactString::from(text::clean(&input[a..b]));
        let kind = kind_of_slow(&title);
        (title, Span::new(a, b), kind, attachments)
    }

    #[test]
    fn titles_agree_with_the_plain_rule() {
        let pieces = [
            "Minutes",
            "minutes",
            "Report",
            "Apologies",
            "of the previous meeting",
            " ",
            "  ",
            "\t",
            "\r",
            "\u{a0}",
            "é",
            "pdf icon PDF 268 KB",
            "pdf icon PDF 60 ",
            "PDF 386 KB",
            "PDF 1.2 MB",
            "icon ",
            " icon",
            "ICON PDF",
            "P",
            "c",
            "PDF",
            "3",
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "Min",
            "Apol",
            "Exclusion of the",
            "Declaration of Interest",
            "Public Question",
            "Urgent",
        ];
        let mut titles = crate::test_text::mixes(&pieces, 20_000, 7, 8, |n| n % 3 == 0);
        titles.extend(crate::test_text::joins_up_to(&pieces[5..20], 3));
        // Titles about the 64-byte limit of the short path, with and without markers.
        for pad in 40..70 {
            for tail in ["", " pdf icon PDF 12 KB", "  PDF 9 KB", " Minutes "] {
                titles.push(format!("{}{tail}", "a".repeat(pad)));
                titles.push(format!("{} x{tail}", "a".repeat(pad)));
            }
        }
        // What follows the title in the input: a short line (a padded copy is read), or
        // bytes that would complete a phrase, an anchor or a marker, or fail the ASCII
        // test, read in the title's last chunk (the window the short path reads).
        let tails = [
            "\nnext",
            "utes of the previous meeting\0 é PDF 1 KB icon pdf icon PDF 3 KB apologies",
            "  ologies xclusion of the press nutes\t\té\u{a0} PDF 12 KB.............",
        ];
        for title in &titles {
            for tail in tails {
                // The title where the lexer leaves it: within a line of the input.
                let input = format!("12. {title}{tail}");
                let (start, end) = (4, 4 + title.len());
                assert_eq!(
                    read_title(&input, start, end),
                    read_title_slow(&input, start, end),
                    "{title:?} {tail:?}"
                );
            }
        }
    }

    /// An excerpt cut inside the last title's attachment marker: the title is read without
    /// the marker's first letters; where the text is not cut, and without a space before
    /// them, they stay.
    #[test]
    fn a_title_cut_inside_its_marker_drops_the_marker() {
        for (text, title) in [
            ("Budget pdf icon", "Budget"),
            ("Budget pdf icon ", "Budget"),
            ("Budget PDF ICON", "Budget"),
            ("Budget pdf ico", "Budget"),
            ("Budget pdf i", "Budget"),
            ("Budget pdf", "Budget"),
            ("Budgetpdf", "Budgetpdf"),
            ("pdf icon", "pdf icon"),
            ("Budget p", "Budget p"),
        ] {
            let input = format!("1.\n{text}");
            let raw = RawItem {
                title: Some((3, input.len())),
                end: input.len(),
                ..RawItem::default()
            };
            let mut scratch = Scratch::default();
            let item = build(&input, &raw, true, &mut scratch);
            assert_eq!(item.title, title, "{text:?}");
            let whole = build(&input, &raw, false, &mut scratch);
            assert_eq!(whole.title, text.trim_end(), "{text:?}");
        }
        // Cut before the marker's size: "PDF" is read as a marker of its own, and the
        // "pdf icon" before it goes too.
        for text in [
            "Budget pdf icon PDF",
            "Budget pdf icon PDF ",
            "Budget pdf icon P",
        ] {
            let input = format!("1.\n{text}");
            let raw = RawItem {
                title: Some((3, input.len())),
                end: input.len(),
                ..RawItem::default()
            };
            let item = build(&input, &raw, true, &mut Scratch::default());
            assert_eq!(item.title, "Budget", "{text:?}");
        }
    }

    /// [`Words::matches`] against `eq_ignore_ascii_case`: each phrase, then each byte of it
    /// replaced by bytes one case bit or one bit away (capitals, "@" for "`", zero for
    /// space) and by every byte.
    #[test]
    fn words_match_as_case_is_ignored() {
        let phrases = [
            "apolog",
            "held on",
            "minutes",
            "interest",
            "declaration",
            "work programme",
            "confirmation of the minutes",
            "disclosures by members",
            "exclusion of the press",
        ];
        let mut tried = 0;
        for phrase in phrases {
            let words = Words::of(phrase.as_bytes());
            let bytes = phrase.as_bytes();
            let mut check = |w: &[u8]| {
                assert_eq!(words.matches(w), w.eq_ignore_ascii_case(bytes), "{w:?}");
                tried += 1;
            };
            check(bytes);
            check(phrase.to_ascii_uppercase().as_bytes());
            for k in 0..bytes.len() {
                for b in 0..=255u8 {
                    let mut w = bytes.to_vec();
                    w[k] = b;
                    check(&w);
                    w[k] = b ^ 0x20;
                    w[(k + 3) % bytes.len()] ^= 0x20;
                    check(&w);
                }
            }
        }
        assert!(tried > 50_000);
    }

    #[test]
    fn letter_bits_are_the_folded_letter_of_each_byte() {
        for b in 0..=255u8 {
            // The rule the table replaced: fold case, keep the 26 letters.
            let letter = (b | 0x20).wrapping_sub(b'a');
            let want = match letter {
                _ if b >= 0x80 => NON_ASCII,
                0..26 => 1 << letter,
                _ => 0,
            };
            assert_eq!(LETTER_BITS[usize::from(b)], want, "{b:#x}");
        }
    }

    #[test]
    fn kinds_from_titles() {
        assert_eq!(
            kind_of("Minutes of the Previous Meeting"),
            ItemKind::MinutesOfPreviousMeeting
        );
        assert_eq!(
            kind_of("DECLARATIONS OF INTEREST"),
            ItemKind::DeclarationsOfInterest
        );
        assert_eq!(
            kind_of("Exclusion of the Press and Public"),
            ItemKind::ExclusionOfPressAndPublic
        );
        assert_eq!(
            kind_of("Questions from Members of the Public and the Press"),
            ItemKind::PublicQuestions
        );
        assert_eq!(
            kind_of("Date and time of the next meeting"),
            ItemKind::DateOfNextMeeting
        );
        assert_eq!(kind_of("Kinship Care Offer Update"), ItemKind::Other);
        assert_eq!(kind_of("Apologies for Absence"), ItemKind::Apologies);
    }

    /// The old rule read every paragraph with a "minute" word for references; the new one
    /// only those the scan saw a number after, or with a non-ASCII byte. No paragraph where
    /// the old rule found a reference is turned away.
    #[test]
    fn the_minute_number_gate_turns_away_no_reference() {
        let pieces = [
            "Minute", "minutes", "MINUTES", "minuteS", " ", "\u{a0}", "\t", "\n", "\r", "\u{200b}",
            "No.", "no", "number", "Nos.", "NUMBERS", "138", "TCF", "23/31", "of", "“", "—", "(",
            ".", "s", "n", "x", "é", "-",
        ];
        let mut texts = crate::test_text::joins(&pieces, 3);
        texts.extend(crate::test_text::mixes(&pieces, 40_000, 7, 10, |n| {
            n % 3 == 0
        }));
        let mut references = 0;
        for raw in &texts {
            let triggers = crate::triggers::scan(&text::clean(raw));
            if triggers.has(Trigger::Minute) && !declaration::find_references(raw, 0).is_empty() {
                references += 1;
                assert!(
                    triggers.has(Trigger::MinuteNumber) || !raw.is_ascii(),
                    "{raw:?}"
                );
            }
        }
        assert!(references > 400, "{references}");
    }

    /// Whole lines skip `trim_range` in `take_piece`: the lexer's lines, and their text past
    /// a label, must be trimmed already by the rule it applies.
    #[test]
    fn lines_and_their_text_past_a_label_are_trimmed() {
        let pieces = [
            "Minutes:",
            "DECISION:",
            "Additional documents:",
            "a",
            "x.",
            " ",
            "\t",
            "\u{a0}",
            "\u{2003}",
            "\u{feff}",
            "\u{200b}",
            "\r",
            "\n",
            "\r\n",
            "•",
            "”",
            "é",
            "\0",
        ];
        let mut texts = crate::test_text::joins(&pieces, 3);
        texts.extend(crate::test_text::mixes(&pieces, 20_000, 11, 12, |n| {
            n % 4 == 0
        }));
        for input in &texts {
            for line in lexer::lines(input) {
                let (start, end) = (line.start, line.end());
                assert_eq!(trim_range(input, start, end), (start, end), "{input:?}");
                if let Some((_, after)) = lexer::label(line.text) {
                    let rest = start + after;
                    if rest < end {
                        assert_eq!(trim_range(input, rest, end), (rest, end), "{input:?}");
                    }
                }
            }
        }
    }

    /// An item of one section (no label) skips the walk over its sections: it reads as the
    /// walk reads it, whatever its lines (lists, joined lines, labels, resolutions).
    #[test]
    fn an_item_of_one_section_reads_as_its_parts_do() {
        let pieces = [
            "\n",
            "\n\n",
            "- ",
            "• ",
            "o ",
            "  ",
            "Minutes: ",
            "Decision: ",
            "Additional documents: ",
            "RESOLVED that ",
            "Resolved:-",
            "the report be noted",
            "and",
            "agreed.",
            "Moved by Cllr Smith",
            "minute 5 ",
            "(1) ",
            "That ",
            "é",
            "\u{a0}",
            "View the reasons",
            "x",
        ];
        let mut texts = crate::test_text::joins(&pieces, 3);
        texts.extend(crate::test_text::mixes(&pieces, 20_000, 5, 14, |n| {
            n % 3 == 0
        }));
        let mut one_section = 0;
        for input in &texts {
            let lines = lexer::lines(input);
            let raw = RawItem {
                number: Some("1"),
                number_start: Some(0),
                title: None,
                body: Vec::new(),
                lines: &lines,
                end: input.len(),
                under: None,
            };
            let (mut fast, mut slow) = (Scratch::default(), Scratch::default());
            let item = build_with(input, &raw, false, &mut fast, false);
            let by_parts = build_with(input, &raw, false, &mut slow, true);
            assert_eq!(item, by_parts, "{input:?}");
            assert_eq!(fast.minutes, slow.minutes, "{input:?}");
            one_section += usize::from(fast.starts.len() == 1 && !item.minutes.is_empty());
        }
        assert!(one_section > 1000, "{one_section}");
    }

    #[test]
    fn parents_of_sub_items() {
        assert_eq!(parent_number("5.1").as_deref(), Some("5"));
        assert_eq!(parent_number("3a").as_deref(), Some("3"));
        assert_eq!(parent_number("12B").as_deref(), Some("12"));
        assert_eq!(parent_number("59"), None);
        assert_eq!(parent_number("C 10/034"), None);
    }

    #[test]
    fn titles_lose_their_attachment_markers() {
        let input = "Work Programme pdf icon PDF 88 KB";
        let raw = RawItem {
            number: Some("65"),
            number_start: Some(0),
            title: Some((0, input.len())),
            body: Vec::new(),
            lines: &[],
            end: input.len(),
            under: None,
        };
        let item = build(input, &raw, false, &mut Scratch::default());
        assert_eq!(item.title, "Work Programme");
        assert_eq!(item.attachments.len(), 1);
        assert_eq!(item.attachments[0].size_bytes, Some(88 * 1024));
        assert_eq!(
            item.attachments[0].span.slice(input),
            Some("pdf icon PDF 88 KB")
        );
    }
}
