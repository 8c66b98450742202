//! The owned document model: what a parse returns and what every surface serialises.
//!
//! Field names and order follow `shared/CONTRACT.md`; fields beyond the contract come after
//! the contract's own fields of each type. Every node that comes from the text carries a
//! [`Span`] of UTF-8 byte offsets into the exact input, so callers can always get back to the
//! source. Text fields are cleaned (non-breaking spaces to spaces, `\r` dropped, runs of
//! white space folded), spans are not: they always index the original input.
//!
//! Lists are flat (a list entry carries its nesting `level`), so nothing in the model nests
//! deeper than the input's structure allows a fixed number of levels: serialising a document
//! never recurses to a depth that the input controls.
//!
//! Text that is short in practice (names, roles, notes, item titles, movers, declarations)
//! is a [`CompactString`] (re-exported by the crate): as many bytes of UTF-8 as a `String`
//! takes (24, or 12 on 32-bit targets such as wasm32) are stored inline, so most names cost
//! no allocation to build and no free to drop. Real minutes have about 66 allocations a
//! document, 57 of them kept; the inline fields take 12 of those away. It derefs to `str`,
//! displays, compares with `&str` and `String`, converts to and from both, and serialises as
//! a plain string. Running text (paragraphs, list entries, resolutions) stays a `String`.

use std::borrow::Cow;

use crate::date::{Date, Time};
use compact_str::CompactString;
use serde::Serialize;

/// The JSON schema version of [`Document`]; bumped only when a contract field changes meaning.
pub const SCHEMA_VERSION: u32 = 1;

/// A half-open byte range `start..end` into the parser's input.
///
/// Serialised as a two-element array `[start, end]`, as the contract says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// The smallest span that covers both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    pub const fn len(self) -> usize {
        self.end - self.start
    }

    pub const fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The text this span covers in `source`, or `None` when it is out of bounds or not on
    /// character boundaries (a span from another input).
    pub fn slice(self, source: &str) -> Option<&str> {
        source.get(self.start..self.end)
    }
}

impl From<std::ops::Range<usize>> for Span {
    fn from(r: std::ops::Range<usize>) -> Self {
        Span::new(r.start, r.end)
    }
}

impl From<Span> for std::ops::Range<usize> {
    fn from(s: Span) -> Self {
        s.start..s.end
    }
}

impl Serialize for Span {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        [self.start, self.end].serialize(serializer)
    }
}

/// The layout family a document was published in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    /// A ModernGov meeting page ("Agenda and minutes", "Items / No. Item").
    #[serde(rename = "moderngov_listing")]
    ModernGovListing,
    /// A ModernGov single agenda item or decision page ("Agenda item", "Decision Maker:").
    #[serde(rename = "moderngov_item")]
    ModernGovItem,
    /// Printed (PDF) minutes converted to text ("Present:-", "131. DECLARATIONS OF INTEREST").
    Printed,
    /// CMIS-style portal pages ("C 10/034 Election of Mayor").
    Cmis,
    /// A listing table squashed into lines, items separated by " |".
    Flattened,
    /// Anything else (North American "ROLL CALL" minutes among them).
    Unknown,
}

impl Format {
    /// The contract's name for this format (`"moderngov_listing"`, ...).
    pub const fn as_str(self) -> &'static str {
        match self {
            Format::ModernGovListing => "moderngov_listing",
            Format::ModernGovItem => "moderngov_item",
            Format::Printed => "printed",
            Format::Cmis => "cmis",
            Format::Flattened => "flattened",
            Format::Unknown => "unknown",
        }
    }
}

impl std::str::FromStr for Format {
    type Err = crate::Error;

    /// Accepts the contract names and their hyphenated spellings (`moderngov-listing`).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let all = [
            Format::ModernGovListing,
            Format::ModernGovItem,
            Format::Printed,
            Format::Cmis,
            Format::Flattened,
            Format::Unknown,
        ];
        let wanted = s.trim().replace('-', "_").to_ascii_lowercase();
        all.into_iter()
            .find(|f| f.as_str() == wanted)
            .ok_or_else(|| crate::Error::UnknownFormat(s.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_serialise_as_the_contract_names() {
        for f in [
            Format::ModernGovListing,
            Format::ModernGovItem,
            Format::Printed,
            Format::Cmis,
            Format::Flattened,
            Format::Unknown,
        ] {
            let json = serde_json::to_string(&f).unwrap();
            assert_eq!(json, format!("\"{}\"", f.as_str()));
            assert_eq!(f.as_str().parse::<Format>().unwrap(), f);
        }
        assert_eq!(
            "moderngov-listing".parse::<Format>().unwrap(),
            Format::ModernGovListing
        );
    }

    #[test]
    fn spans_serialise_as_pairs() {
        assert_eq!(serde_json::to_string(&Span::new(3, 9)).unwrap(), "[3,9]");
    }
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Whether the minutes are a draft awaiting approval or the approved record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Draft,
    Final,
}

/// The parsed minutes of one meeting.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Document {
    pub schema_version: u32,
    pub format: Format,
    pub status: Option<Status>,
    /// The body's name as the text writes it ("Planning Committee", "COUNTY COUNCIL").
    pub committee: Option<String>,
    /// The meeting's own date (never a previous meeting's).
    pub date: Option<Date>,
    /// The meeting's start time, 24-hour.
    pub time: Option<Time>,
    pub venue: Option<String>,
    pub attendance: Attendance,
    pub items: Vec<Item>,
    pub diagnostics: Vec<Diagnostic>,
    /// The clerk or officer to contact about the meeting.
    pub contact: Option<Contact>,
    /// A link to the meeting's webcast, when the page gives one.
    pub webcast: Option<String>,
    /// Declarations of interest recorded anywhere in the minutes.
    pub declarations: Vec<Declaration>,
    /// The date and time of the next meeting, when the minutes state it.
    pub next_meeting: Option<NextMeeting>,
    /// The meeting's header: everything before the first item (title, date, venue,
    /// attendance, page furniture). `None` when the first item starts the text.
    pub header_span: Option<Span>,
    /// The whole input.
    pub span: Span,
}

impl Document {
    /// An empty document of the given format covering `len` bytes; the parser fills it in.
    pub fn empty(format: Format, len: usize) -> Self {
        Document {
            schema_version: SCHEMA_VERSION,
            format,
            status: None,
            committee: None,
            date: None,
            time: None,
            venue: None,
            attendance: Attendance::default(),
            items: Vec::new(),
            diagnostics: Vec::new(),
            contact: None,
            webcast: None,
            declarations: Vec::new(),
            next_meeting: None,
            header_span: None,
            span: Span::new(0, len),
        }
    }

    /// Every resolution of every item, in document order.
    pub fn resolutions(&self) -> impl Iterator<Item = &Resolution> {
        self.items.iter().flat_map(|item| item.resolutions.iter())
    }
}

/// Who was there, who sent apologies, and who attended in another capacity.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Attendance {
    pub chair: Option<Person>,
    /// Members present, the chair included.
    pub present: Vec<Person>,
    pub apologies: Vec<Person>,
    /// Officers and guests, with their roles where given.
    pub in_attendance: Vec<Person>,
    /// Substitutions: who stood in for whom.
    pub substitutes: Vec<Substitution>,
}

/// One named person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Person {
    /// The name as written, without "Councillor" ("Z. Collingham", "Mrs Dean").
    pub name: CompactString,
    /// A title that precedes the name ("Councillor", "Alderman", "Mayor"). The parser's titles
    /// are a fixed list written in one canonical form, so they are borrowed from it rather than
    /// allocated for every person (a `Cow` still takes any other title).
    pub title: Option<Cow<'static, str>>,
    /// A role or capacity ("Head of Service for Children in Care", "Chair").
    pub role: Option<CompactString>,
    /// A remark in brackets or after the name ("arrived at 7.01pm", "via Teams").
    pub note: Option<CompactString>,
    pub span: Span,
}

/// A substitute member standing in for another.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Substitution {
    pub substitute: Person,
    /// The member replaced, when the text names them.
    pub replacing: Option<Person>,
    pub span: Span,
}

/// The contact named on a meeting page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Contact {
    pub name: Option<String>,
    pub role: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub span: Span,
}

/// The standard procedural items, recognised by title.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    Apologies,
    MinutesOfPreviousMeeting,
    DeclarationsOfInterest,
    ExclusionOfPressAndPublic,
    PublicQuestions,
    Communications,
    UrgentBusiness,
    DateOfNextMeeting,
    WorkProgramme,
    Substitutes,
    Other,
}

/// One agenda item and what the minutes record of it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Item {
    /// As written, without a trailing dot ("59", "3a", "C 10/034"); `None` for unnumbered items.
    /// Numbers of one to three digits (nearly all) are borrowed from a fixed table, others
    /// allocated.
    pub number: Option<Cow<'static, str>>,
    /// The heading without attachment markers; empty when the layout lost it.
    pub title: CompactString,
    /// The minutes end in "... view the full minutes text for item N", or the text was cut
    /// off inside this item.
    pub truncated: bool,
    pub resolutions: Vec<Resolution>,
    /// From the item's number (or title) to the end of its last line.
    pub span: Span,
    pub kind: ItemKind,
    /// The item number this one is a sub-item of ("5" for "5.1" and "5a"); borrowed like
    /// `number`.
    pub parent: Option<Cow<'static, str>>,
    pub title_span: Option<Span>,
    pub attachments: Vec<Attachment>,
    /// The page lists "Additional documents" for this item.
    pub additional_documents: bool,
    /// The agenda text (the item's purpose), kept apart from the minutes.
    pub agenda: Vec<Block>,
    /// The agenda text was cut ("... view the full agenda text for item N").
    pub agenda_truncated: bool,
    /// The minutes (or decision) text.
    pub minutes: Vec<Block>,
    /// References to other minutes in the item's text ("Minute 138").
    pub references: Vec<Reference>,
}

/// A document attached to an item ("pdf icon PDF 268 KB").
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Attachment {
    /// The file type as written, lower case ("pdf", "doc"). The usual kinds are borrowed
    /// from a fixed list, others allocated.
    pub kind: Cow<'static, str>,
    /// The size in bytes (KB and MB are taken as 1024 and 1024² bytes).
    pub size_bytes: Option<u64>,
    pub span: Span,
}

/// A block of body text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Block {
    /// Running text; sentences split by a page break are joined back together.
    Paragraph { text: String, span: Span },
    /// A run of list entries; nesting is given by each entry's `level`.
    List { entries: Vec<ListEntry>, span: Span },
}

impl Block {
    pub fn span(&self) -> Span {
        match self {
            Block::Paragraph { span, .. } | Block::List { span, .. } => *span,
        }
    }
}

/// One entry of a list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListEntry {
    /// The bullet or label as written ("•", "-", "o", "(a)", "1)"). Borrowed from the parser's
    /// fixed list of markers, not allocated for every entry.
    pub marker: Cow<'static, str>,
    /// Nesting depth, 0 for the outermost entries.
    pub level: u32,
    pub text: String,
    pub span: Span,
}

/// One decision the meeting took.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Resolution {
    /// The resolution's own number as written, without brackets ("1" for "(1)"). Numbers of
    /// one to three digits (nearly all) are borrowed from a fixed table, others allocated.
    pub number: Option<Cow<'static, str>>,
    pub text: String,
    pub span: Span,
    /// The word that introduced it ("Resolved", "RESOLVED", "AGREED", "Decision"). The usual
    /// spellings are borrowed from a fixed list (`resolution::USUAL_KEYWORDS`), others allocated.
    pub keyword: Option<Cow<'static, str>>,
    /// Mover, seconder and outcome, when the minutes record a motion.
    pub motion: Option<Motion>,
}

/// A recorded motion and how the vote went.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Motion {
    pub moved_by: Option<CompactString>,
    pub seconded_by: Option<CompactString>,
    pub outcome: Option<Outcome>,
    pub votes: Option<VoteCount>,
    pub span: Span,
}

/// How a motion ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Carried,
    CarriedUnanimously,
    Lost,
    Withdrawn,
}

/// Votes for, against and abstaining.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct VoteCount {
    #[serde(rename = "for")]
    pub for_: u32,
    pub against: u32,
    pub abstained: Option<u32>,
}

/// A declaration of interest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Declaration {
    pub person: CompactString,
    /// The kind as written, lower case ("non-pecuniary", "disclosable pecuniary", "personal").
    pub kind: Option<CompactString>,
    /// The item or minute it concerns ("138", "7e").
    pub concerns: Option<CompactString>,
    pub span: Span,
}

/// A reference to another minute or item ("Minute 138", "Minute No. 50").
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reference {
    pub number: String,
    pub span: Span,
}

/// The next meeting, as the minutes announce it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NextMeeting {
    pub date: Option<Date>,
    pub time: Option<Time>,
    pub span: Span,
}

/// How much a diagnostic matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Warning,
    Info,
}

/// Something the parser skipped or guessed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    pub message: String,
    pub span: Span,
}

impl Diagnostic {
    pub fn warning(message: impl Into<String>, span: Span) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            message: message.into(),
            span,
        }
    }

    pub fn info(message: impl Into<String>, span: Span) -> Self {
        Diagnostic {
            severity: Severity::Info,
            message: message.into(),
            span,
        }
    }
}
