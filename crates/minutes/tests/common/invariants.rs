//! The invariants every parsed document must satisfy, whatever the input, written once and
//! shared by the hostile-input catalogue (`tests/hostile.rs`), the property tests
//! (`tests/properties.rs`) and the fuzz target (`fuzz/fuzz_targets/parse.rs`, which includes
//! this file by path).
//!
//! What is checked, and why:
//! - every span of every node is in bounds and on UTF-8 character boundaries, so callers can
//!   always slice the input with it (a bad span is a panic waiting in the caller's code);
//! - item spans are ordered and do not overlap, and everything an item owns lies inside it;
//! - every non-blank character (not white space, not U+FEFF) of the input lies inside the span of an item, an
//!   attendance entry, the header, a document-level node (contact, declaration, next meeting)
//!   or a diagnostic: nothing is silently dropped;
//! - parsing is deterministic, and `parse`, `parse_with` and `parse_bytes` agree;
//! - the document serialises to JSON.
//!
//! The checks are linear in the input (plus a sort of the covering spans), so they can run on
//! the 10 MB inputs of the catalogue without dominating the time.

use minutes::{Block, Document, Error, Item, ParseOptions, Person, Severity, Span};

/// How many violations one report lists before it stops counting.
const MAX_REPORTED: usize = 12;

/// Collects the violations found in one document.
struct Checker<'a> {
    input: &'a str,
    found: Vec<String>,
}

impl<'a> Checker<'a> {
    fn fail(&mut self, what: impl FnOnce() -> String) {
        if self.found.len() < MAX_REPORTED {
            self.found.push(what());
        } else if self.found.len() == MAX_REPORTED {
            self.found
                .push("... (further violations not listed)".to_string());
        }
    }

    /// In bounds and on character boundaries; `false` when the span is unusable.
    fn span(&mut self, span: Span, what: impl Fn() -> String) -> bool {
        let len = self.input.len();
        if span.start > span.end || span.end > len {
            self.fail(|| {
                format!(
                    "{}: span {:?} is out of bounds (input is {len} bytes)",
                    what(),
                    span
                )
            });
            return false;
        }
        if !self.input.is_char_boundary(span.start) || !self.input.is_char_boundary(span.end) {
            self.fail(|| {
                format!(
                    "{}: span {:?} is not on UTF-8 character boundaries",
                    what(),
                    span
                )
            });
            return false;
        }
        true
    }

    /// `inner` is a valid span lying within `outer`.
    fn within(&mut self, inner: Span, outer: Span, what: impl Fn() -> String) {
        if self.span(inner, &what) && (inner.start < outer.start || inner.end > outer.end) {
            self.fail(|| {
                format!(
                    "{}: span {:?} lies outside its item's span {:?}",
                    what(),
                    inner,
                    outer
                )
            });
        }
    }

    fn person(&mut self, p: &Person, what: impl Fn() -> String) {
        self.span(p.span, what);
    }

    fn blocks(&mut self, blocks: &[Block], item: Span, what: impl Fn() -> String) {
        for (b, block) in blocks.iter().enumerate() {
            self.within(block.span(), item, || format!("{}[{b}]", what()));
            if let Block::List { entries, span } = block {
                for (e, entry) in entries.iter().enumerate() {
                    let label = || format!("{}[{b}].entries[{e}]", what());
                    if self.span(entry.span, label)
                        && (entry.span.start < span.start || entry.span.end > span.end)
                    {
                        self.fail(|| {
                            format!(
                                "{}: entry span {:?} lies outside its list's span {span:?}",
                                label(),
                                entry.span
                            )
                        });
                    }
                }
            }
        }
    }

    fn item(&mut self, i: usize, item: &Item) {
        let outer = item.span;
        if !self.span(outer, || format!("items[{i}]")) {
            return;
        }
        if let Some(t) = item.title_span {
            self.within(t, outer, || format!("items[{i}].title_span"));
        }
        self.blocks(&item.agenda, outer, || format!("items[{i}].agenda"));
        self.blocks(&item.minutes, outer, || format!("items[{i}].minutes"));
        for (r, res) in item.resolutions.iter().enumerate() {
            self.within(res.span, outer, || format!("items[{i}].resolutions[{r}]"));
            if let Some(m) = &res.motion {
                self.within(m.span, outer, || {
                    format!("items[{i}].resolutions[{r}].motion")
                });
            }
        }
        for (a, att) in item.attachments.iter().enumerate() {
            self.within(att.span, outer, || format!("items[{i}].attachments[{a}]"));
        }
        for (r, reference) in item.references.iter().enumerate() {
            self.within(reference.span, outer, || {
                format!("items[{i}].references[{r}]")
            });
        }
    }
}

/// Every span that accounts for input text (see the module comment), valid ones only.
fn covering_spans(doc: &Document, input: &str) -> Vec<Span> {
    let mut spans: Vec<Span> = Vec::with_capacity(doc.items.len() + doc.diagnostics.len() + 8);
    spans.extend(doc.items.iter().map(|i| i.span));
    let att = &doc.attendance;
    spans.extend(att.chair.iter().map(|p| p.span));
    for list in [&att.present, &att.apologies, &att.in_attendance] {
        spans.extend(list.iter().map(|p| p.span));
    }
    for s in &att.substitutes {
        spans.push(s.span);
        spans.push(s.substitute.span);
        spans.extend(s.replacing.iter().map(|p| p.span));
    }
    spans.extend(doc.header_span);
    spans.extend(doc.diagnostics.iter().map(|d| d.span));
    spans.extend(doc.contact.iter().map(|c| c.span));
    spans.extend(doc.declarations.iter().map(|d| d.span));
    spans.extend(doc.next_meeting.iter().map(|n| n.span));
    spans.retain(|s| s.start <= s.end && input.get(s.start..s.end).is_some());
    spans
}

/// White space, or U+FEFF (a byte-order mark, or a zero-width no-break space inside the
/// text): invisible characters that carry no text, which the parser may skip like spaces.
fn is_blank(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// The byte ranges of non-blank text that no covering span accounts for.
fn uncovered(doc: &Document, input: &str) -> Vec<Span> {
    let mut spans = covering_spans(doc, input);
    spans.sort_unstable();
    // Merge touching and overlapping spans so one forward walk answers every lookup.
    let mut merged: Vec<Span> = Vec::with_capacity(spans.len());
    for s in spans.into_iter().filter(|s| !s.is_empty()) {
        match merged.last_mut() {
            Some(last) if s.start <= last.end => last.end = last.end.max(s.end),
            _ => merged.push(s),
        }
    }
    let mut gaps: Vec<Span> = Vec::new();
    let mut j = 0;
    for (at, c) in input.char_indices() {
        if is_blank(c) {
            continue;
        }
        while j < merged.len() && merged[j].end <= at {
            j += 1;
        }
        let covered = j < merged.len() && merged[j].start <= at;
        if !covered {
            let end = at + c.len_utf8();
            match gaps.last_mut() {
                // Extend the current gap over blanks between uncovered characters.
                Some(g) if input[g.end..at].chars().all(is_blank) => g.end = end,
                _ => gaps.push(Span::new(at, end)),
            }
        }
    }
    gaps
}

/// A short, escaped excerpt of `text` for failure messages.
pub fn preview(text: &str, limit: usize) -> String {
    let mut out: String = text
        .chars()
        .take(limit)
        .flat_map(char::escape_debug)
        .collect();
    if text.chars().nth(limit).is_some() {
        out.push_str(&format!("... ({} bytes in all)", text.len()));
    }
    out
}

/// Every invariant violation of `doc` as the parse of `input`; empty when all hold.
pub fn violations(input: &str, doc: &Document) -> Vec<String> {
    let mut c = Checker {
        input,
        found: Vec::new(),
    };
    if doc.span != Span::new(0, input.len()) {
        c.fail(|| {
            format!(
                "document span {:?} is not the whole input 0..{}",
                doc.span,
                input.len()
            )
        });
    }
    for (i, item) in doc.items.iter().enumerate() {
        c.item(i, item);
    }
    for (i, pair) in doc.items.windows(2).enumerate() {
        if pair[0].span.end > pair[1].span.start {
            c.fail(|| {
                format!(
                    "items[{i}] {:?} and items[{}] {:?} are out of order or overlap",
                    pair[0].span,
                    i + 1,
                    pair[1].span
                )
            });
        }
    }
    let att = &doc.attendance;
    if let Some(p) = &att.chair {
        c.person(p, || "attendance.chair".to_string());
    }
    for (name, list) in [
        ("present", &att.present),
        ("apologies", &att.apologies),
        ("in_attendance", &att.in_attendance),
    ] {
        for (k, p) in list.iter().enumerate() {
            c.person(p, || format!("attendance.{name}[{k}]"));
        }
    }
    for (k, s) in att.substitutes.iter().enumerate() {
        c.span(s.span, || format!("attendance.substitutes[{k}]"));
        c.person(&s.substitute, || {
            format!("attendance.substitutes[{k}].substitute")
        });
        if let Some(p) = &s.replacing {
            c.person(p, || format!("attendance.substitutes[{k}].replacing"));
        }
    }
    for (k, d) in doc.declarations.iter().enumerate() {
        c.span(d.span, || format!("declarations[{k}]"));
    }
    for (k, d) in doc.diagnostics.iter().enumerate() {
        c.span(d.span, || format!("diagnostics[{k}] ({:?})", d.message));
    }
    if let Some(h) = doc.header_span {
        c.span(h, || "header_span".to_string());
    }
    if let Some(n) = &doc.next_meeting {
        c.span(n.span, || "next_meeting".to_string());
    }
    if let Some(k) = &doc.contact {
        c.span(k.span, || "contact".to_string());
    }
    let gaps = uncovered(doc, input);
    for g in gaps.iter().take(3) {
        let text = preview(&input[g.start..g.end], 60);
        c.fail(|| {
            format!(
                "text at {g:?} is in no item, attendance entry, header or diagnostic: \"{text}\""
            )
        });
    }
    if gaps.len() > 3 {
        c.fail(|| format!("... and {} more runs of unaccounted text", gaps.len() - 3));
    }
    if let Err(e) = serde_json::to_writer(std::io::sink(), doc) {
        c.fail(|| format!("serialising to JSON failed: {e}"));
    }
    c.found
}

/// Panics with a readable report when `doc` breaks an invariant for `input`.
pub fn assert_invariants(input: &str, doc: &Document) {
    let found = violations(input, doc);
    assert!(
        found.is_empty(),
        "invariants broken for input \"{}\":\n  - {}",
        preview(input, 120),
        found.join("\n  - ")
    );
}

/// Parses `input` through every `&str` entry point, checks that they agree and are
/// deterministic, and checks the invariants. Returns the document.
pub fn check_str(input: &str) -> Document {
    let doc = minutes::parse(input);
    check_parsed(input, &doc);
    doc
}

/// The checks of [`check_str`] for a document the caller already parsed (to time that parse
/// alone): the invariants, and a second parse through `parse_with` without limits, which
/// must give an equal document (determinism and agreement of the entry points at once).
pub fn check_parsed(input: &str, doc: &Document) {
    assert_invariants(input, doc);
    let again = minutes::parse_with(input, &ParseOptions::default()).unwrap_or_else(|e| {
        panic!(
            "parse_with without limits failed on \"{}\": {e}",
            preview(input, 120)
        )
    });
    assert!(
        *doc == again,
        "a second parse (parse_with, no limits) of \"{}\" gave a different document",
        preview(input, 120)
    );
}

/// Parses raw bytes strictly and lossily and checks what each must give:
/// - strict: the document of the text when it is UTF-8, else `InvalidUtf8` at the first bad
///   byte, with the offset in the message;
/// - lossy: always a document, whose spans index the decoded text and satisfy the invariants,
///   with a warning at the first replaced byte when there was one.
pub fn check_bytes(bytes: &[u8]) {
    let strict = minutes::parse_bytes(bytes, &ParseOptions::default());
    let lossy_opts = ParseOptions::default().lossy(true);
    let lossy = minutes::parse_bytes(bytes, &lossy_opts);
    match std::str::from_utf8(bytes) {
        Ok(text) => {
            let doc = strict.unwrap_or_else(|e| panic!("parse_bytes failed on valid UTF-8: {e}"));
            assert_invariants(text, &doc);
            assert!(
                doc == minutes::parse(text),
                "parse_bytes and parse disagree on \"{}\"",
                preview(text, 120)
            );
            let lossy =
                lossy.unwrap_or_else(|e| panic!("lossy parse_bytes failed on valid UTF-8: {e}"));
            assert!(
                doc == lossy,
                "lossy and strict parse_bytes disagree on valid UTF-8"
            );
        }
        Err(utf8) => {
            let at = utf8.valid_up_to();
            match strict {
                Err(Error::InvalidUtf8 { offset }) => {
                    assert_eq!(offset, at, "InvalidUtf8 names the wrong byte");
                    let message = Error::InvalidUtf8 { offset }.to_string();
                    assert!(
                        message.contains(&at.to_string()),
                        "message {message:?} does not name offset {at}"
                    );
                }
                other => {
                    panic!("strict parse_bytes of invalid UTF-8 (bad byte at {at}) gave {other:?}")
                }
            }
            let text = String::from_utf8_lossy(bytes);
            let doc = lossy.unwrap_or_else(|e| panic!("lossy parse_bytes failed: {e}"));
            assert_invariants(&text, &doc);
            assert!(
                doc.diagnostics
                    .iter()
                    .any(|d| d.severity == Severity::Warning && d.span.start == at),
                "lossy parse recorded no warning at the first invalid byte {at}"
            );
            let again = minutes::parse_bytes(bytes, &lossy_opts).expect("second lossy parse");
            assert!(doc == again, "lossy parse_bytes is not deterministic");
        }
    }
}
