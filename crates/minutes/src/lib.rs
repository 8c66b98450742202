//! # minutes
//!
//! Turns the published minutes of council and committee meetings into typed,
//! source-anchored documents.
//!
//! ```
//! let text = "PLANNING COMMITTEE\nTuesday 5 December 2023\n\n\
//!             Present:- Councillor Smith (in the Chair); Councillors Jones and Z. Patel.\n\n\
//!             131. MINUTES OF THE PREVIOUS MEETING\n\n\
//!             Resolved: - That the minutes be approved as a correct record.\n";
//! let doc = minutes::parse(text);
//! assert_eq!(doc.format, minutes::Format::Printed);
//! assert_eq!(doc.date.unwrap().to_string(), "2023-12-05");
//! assert_eq!(doc.attendance.present.len(), 3);
//! let item = &doc.items[0];
//! assert_eq!(item.number.as_deref(), Some("131"));
//! assert_eq!(item.resolutions.len(), 1);
//! // Every node points back into the input.
//! assert!(item.span.slice(text).unwrap().starts_with("131."));
//! ```
//!
//! [`parse`] never fails and never panics: text it cannot place becomes a [`Diagnostic`].
//! [`parse_with`] takes [`ParseOptions`] (a forced format, limits) and returns an [`Error`]
//! only when a limit is hit; [`parse_bytes`] also checks that the input is UTF-8.
//!
//! [`to_json`] writes a document as compact JSON: the bytes of `serde_json::to_string`,
//! written faster; [`to_json_pretty`] the bytes of `serde_json::to_string_pretty`. The CLI,
//! the WebAssembly and the Python bindings all use them.

mod attendance;
mod blocks;
mod borrowed;
mod date;
mod declaration;
mod detect;
mod header;
mod item;
mod json;
mod layout;
mod lexer;
mod model;
mod motion;
#[cfg(test)]
mod motion_oracle;
mod parser;
mod people;
mod presiding;
mod resolution;
mod simd;
mod swar;
#[cfg(test)]
mod test_text;
mod text;
mod triggers;

/// The inline small-string type of the model's short text fields (names, titles, roles):
/// re-exported so that users can build and match them without a dependency of their own.
pub use compact_str::CompactString;
pub use date::{Date, Time};
pub use json::{
    to_json, to_json_pretty, to_json_string, to_json_string_pretty, write_json, write_json_pretty,
    JsonError,
};
pub use model::*;

/// The errors a parse can end in. [`parse`] itself has none; they come from the checks that
/// [`parse_with`] and [`parse_bytes`] make before parsing.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// The input is not UTF-8; `offset` is the byte offset of the first invalid byte.
    #[error("input is not valid UTF-8: invalid byte at offset {offset}")]
    InvalidUtf8 { offset: usize },
    /// The input is larger than [`ParseOptions::max_input_bytes`].
    #[error("input is {size} bytes, more than the limit of {limit} bytes")]
    InputTooLarge { size: usize, limit: usize },
    /// The document has more items than [`ParseOptions::max_items`].
    #[error("document has more than {limit} items")]
    TooManyItems { limit: usize },
    /// A format name that is not one of the contract's.
    #[error("unknown format {0:?} (expected moderngov_listing, moderngov_item, printed, cmis, flattened or unknown)")]
    UnknownFormat(String),
}

/// How to parse. `ParseOptions::default()` detects the format and sets no limits.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ParseOptions {
    /// Parse as this layout instead of detecting it.
    pub format: Option<Format>,
    /// Refuse inputs larger than this many bytes.
    pub max_input_bytes: Option<usize>,
    /// Refuse documents with more items than this.
    pub max_items: Option<usize>,
    /// [`parse_bytes`]: replace invalid UTF-8 with U+FFFD (recording a diagnostic) instead of
    /// failing.
    pub lossy: bool,
}

impl ParseOptions {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn format(mut self, format: Format) -> Self {
        self.format = Some(format);
        self
    }

    pub fn max_input_bytes(mut self, limit: usize) -> Self {
        self.max_input_bytes = Some(limit);
        self
    }

    pub fn max_items(mut self, limit: usize) -> Self {
        self.max_items = Some(limit);
        self
    }

    pub fn lossy(mut self, lossy: bool) -> Self {
        self.lossy = lossy;
        self
    }
}

/// Parses minutes, detecting their layout. Never fails, never panics.
pub fn parse(text: &str) -> Document {
    parse_unchecked(text, None)
}

/// Parses minutes with options; fails only when a limit in `options` is exceeded.
pub fn parse_with(text: &str, options: &ParseOptions) -> Result<Document, Error> {
    if let Some(limit) = options.max_input_bytes {
        if text.len() > limit {
            return Err(Error::InputTooLarge {
                size: text.len(),
                limit,
            });
        }
    }
    // Without a limit the document is parsed straight into the result: parsed first and
    // then wrapped, it was copied there (a memcpy of the whole document, every time).
    let Some(limit) = options.max_items else {
        return Ok(parse_unchecked(text, options.format));
    };
    let doc = parse_unchecked(text, options.format);
    if doc.items.len() > limit {
        return Err(Error::TooManyItems { limit });
    }
    Ok(doc)
}

/// Parses raw bytes: they must be UTF-8 unless `options.lossy` is set. Spans index the
/// decoded text, which for valid UTF-8 is the input itself.
pub fn parse_bytes(bytes: &[u8], options: &ParseOptions) -> Result<Document, Error> {
    // The limit is on the caller's bytes, before lossy decoding can grow them.
    if let Some(limit) = options.max_input_bytes {
        if bytes.len() > limit {
            return Err(Error::InputTooLarge {
                size: bytes.len(),
                limit,
            });
        }
    }
    let options = &ParseOptions {
        max_input_bytes: None,
        ..options.clone()
    };
    // The SIMD check answers only yes or no; std's finds where invalid input goes wrong.
    if let Ok(text) = simdutf8::basic::from_utf8(bytes) {
        return parse_with(text, options);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => parse_with(text, options),
        Err(e) if !options.lossy => Err(Error::InvalidUtf8 {
            offset: e.valid_up_to(),
        }),
        Err(e) => {
            let text = String::from_utf8_lossy(bytes);
            let mut doc = parse_with(&text, options)?;
            let at = e.valid_up_to();
            let end = text[at..].chars().next().map_or(at, |c| at + c.len_utf8());
            doc.diagnostics.push(Diagnostic::warning(
                format!("input is not valid UTF-8 from byte {at}: invalid bytes were replaced with U+FFFD"),
                Span::new(at, end),
            ));
            Ok(doc)
        }
    }
}

fn parse_unchecked(text: &str, format: Option<Format>) -> Document {
    parser::parse(text, format)
}

/// The README's Rust examples, compiled and run as doctests so they stay true.
#[cfg(doctest)]
#[doc = include_str!("../../../README.md")]
pub struct ReadmeDoctests;
