//! The Python classes of the document model.
//!
//! Each class wraps one node of the core crate's owned model plus the document's shared
//! [`CharIndex`]; attributes are built on access. That keeps `parse_many` cheap under the GIL
//! (one Python object per document; the tree is only materialised where Python looks), so
//! its worker threads, not object building, set the pace.
//!
//! Units: every `span` attribute is a [`Span`](PySpan) in code points of the parsed `str` (with the
//! byte offsets beside them); `to_dict()`/`to_json()` are the contract's JSON, byte spans,
//! exactly what serde gives for the core type, and so exactly the CLI's output.

use crate::offsets::CharIndex;
use crate::shared::Shared;
use minutes::{Date, Time};
use pyo3::prelude::*;
use pyo3::types::{PyDate, PyString, PyTime};
use serde::Serialize;
use std::sync::Arc;

/// A half-open range of the source text: `start..end` in code points (index a Python `str`
/// with them), `byte_start..byte_end` in UTF-8 bytes (the contract's JSON unit).
#[pyclass(frozen, eq, ord, hash, module = "minutes", name = "Span")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PySpan {
    #[pyo3(get)]
    start: usize,
    #[pyo3(get)]
    end: usize,
    #[pyo3(get)]
    byte_start: usize,
    #[pyo3(get)]
    byte_end: usize,
}

#[pymethods]
impl PySpan {
    #[new]
    #[pyo3(signature = (start, end, byte_start=None, byte_end=None))]
    fn new(
        start: usize,
        end: usize,
        byte_start: Option<usize>,
        byte_end: Option<usize>,
    ) -> PyResult<Self> {
        if end < start {
            return Err(pyo3::exceptions::PyValueError::new_err(format!(
                "span end {end} is before its start {start}"
            )));
        }
        Ok(PySpan {
            start,
            end,
            byte_start: byte_start.unwrap_or(start),
            byte_end: byte_end.unwrap_or(end),
        })
    }

    fn __repr__(&self) -> String {
        if self.start == self.byte_start && self.end == self.byte_end {
            format!("Span({}, {})", self.start, self.end)
        } else {
            format!(
                "Span({}, {}, byte_start={}, byte_end={})",
                self.start, self.end, self.byte_start, self.byte_end
            )
        }
    }

    /// The length in code points.
    fn __len__(&self) -> usize {
        self.end - self.start
    }

    /// `(start, end)` in code points, so `start, end = span` works.
    fn __iter__(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        let pair = (self.start, self.end).into_pyobject(py)?;
        Ok(pair.try_iter()?.into_any().unbind())
    }
}

fn span(idx: &CharIndex, s: minutes::Span) -> PySpan {
    PySpan {
        start: idx.to_chars(s.start),
        end: idx.to_chars(s.end),
        byte_start: s.start,
        byte_end: s.end,
    }
}

fn date<'py>(py: Python<'py>, d: Option<Date>) -> PyResult<Option<Bound<'py, PyDate>>> {
    d.map(|d| PyDate::new(py, i32::from(d.year), d.month, d.day))
        .transpose()
}

fn time<'py>(py: Python<'py>, t: Option<Time>) -> PyResult<Option<Bound<'py, PyTime>>> {
    t.map(|t| PyTime::new(py, t.hour, t.minute, 0, 0, None))
        .transpose()
}

/// `to_dict()`: the node as `json.loads` would read its JSON, built without the JSON text
/// (see [`crate::to_python`]).
fn to_dict<'py, T: Serialize>(py: Python<'py>, value: &T) -> PyResult<Bound<'py, PyAny>> {
    crate::to_python::to_python(py, value)
}

/// JSON from the core's writer (serde_json's bytes, faster), pretty or compact.
fn to_json<T: Serialize>(value: &T, pretty: bool) -> PyResult<String> {
    let json = if pretty {
        minutes::to_json_string_pretty(value)
    } else {
        minutes::to_json_string(value)
    };
    json.map_err(|e| pyo3::exceptions::PyRuntimeError::new_err(e.to_string()))
}

/// Python's `repr` of a string, for readable reprs; long strings are cut to `max` chars.
fn r(py: Python<'_>, s: &str, max: usize) -> String {
    let cut: String;
    let s = if s.chars().count() > max {
        cut = s.chars().take(max).chain(['…']).collect();
        &cut
    } else {
        s
    };
    PyString::new(py, s)
        .repr()
        .map(|r| r.to_string())
        .unwrap_or_else(|_| format!("{s:?}"))
}

fn ro(py: Python<'_>, s: Option<&str>, max: usize) -> String {
    s.map_or_else(|| "None".to_string(), |s| r(py, s, max))
}

/// Declares a wrapper class: the core node, the document's char index, equality on the node
/// (what `to_dict()` shows), and `to_dict()`/`to_json()`.
macro_rules! node {
    ($(#[$doc:meta])* $py:ident, $name:literal, $inner:ty, { $($methods:tt)* }) => {
        $(#[$doc])*
        #[pyclass(frozen, module = "minutes", name = $name)]
        #[derive(Debug, Clone)]
        pub struct $py {
            pub(crate) inner: $inner,
            pub(crate) idx: Arc<CharIndex>,
        }

        impl $py {
            pub(crate) fn wrap(inner: $inner, idx: &Arc<CharIndex>) -> Self {
                $py { inner, idx: Arc::clone(idx) }
            }

            /// A core span as a Python `Span` of this node's document.
            // Attendance and VoteCount have no span of their own.
            #[allow(dead_code)]
            fn span_of(&self, s: minutes::Span) -> PySpan {
                span(&self.idx, s)
            }
        }

        #[pymethods]
        impl $py {
            /// The contract's JSON object of this node (byte spans), as Python values.
            fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                to_dict(py, &self.inner)
            }

            /// The contract's JSON of this node; `pretty` (the default) indents as the CLI does.
            #[pyo3(signature = (*, pretty=true))]
            fn to_json(&self, pretty: bool) -> PyResult<String> {
                to_json(&self.inner, pretty)
            }

            fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
                other
                    .cast::<$py>()
                    .is_ok_and(|o| o.get().inner == self.inner)
            }

            fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
                !self.__eq__(other)
            }

            // Nodes are compared by value, and mutable-looking lists hang off them: unhashable,
            // like dataclasses with `eq=True`.
            #[classattr]
            #[pyo3(name = "__hash__")]
            fn hash_none(py: Python<'_>) -> Py<PyAny> {
                py.None()
            }

            $($methods)*
        }
    };
}

/// Wraps every element of a core list.
fn wrap_all<T: Clone, P>(
    items: &[T],
    idx: &Arc<CharIndex>,
    f: fn(T, &Arc<CharIndex>) -> P,
) -> Vec<P> {
    items.iter().map(|i| f(i.clone(), idx)).collect()
}

node!(
    /// The parsed minutes of one meeting.
    PyDocument, "Document", Shared<minutes::Document>,
    {
        #[getter]
        fn schema_version(&self) -> u32 {
            self.inner.schema_version
        }
        /// The layout: "moderngov_listing", "moderngov_item", "printed", "cmis", "flattened" or
        /// "unknown".
        #[getter]
        fn format(&self) -> &'static str {
            self.inner.format.as_str()
        }
        /// "draft", "final" or None.
        #[getter]
        fn status(&self) -> Option<&'static str> {
            self.inner.status.map(|s| match s {
                minutes::Status::Draft => "draft",
                minutes::Status::Final => "final",
            })
        }
        #[getter]
        fn committee(&self) -> Option<&str> {
            self.inner.committee.as_deref()
        }
        #[getter]
        fn date<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyDate>>> {
            date(py, self.inner.date)
        }
        #[getter]
        fn time<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyTime>>> {
            time(py, self.inner.time)
        }
        #[getter]
        fn venue(&self) -> Option<&str> {
            self.inner.venue.as_deref()
        }
        #[getter]
        fn attendance(&self) -> PyAttendance {
            PyAttendance::wrap(self.inner.attendance.clone(), &self.idx)
        }
        #[getter]
        fn items(&self) -> Vec<PyItem> {
            (0..self.inner.items.len())
                .map(|i| PyItem::wrap(self.inner.item(i), &self.idx))
                .collect()
        }
        /// Every resolution of every item, in document order.
        #[getter]
        fn resolutions(&self) -> Vec<PyResolution> {
            let doc = &self.inner;
            (doc.items.iter().enumerate())
                .flat_map(|(i, item)| (0..item.resolutions.len()).map(move |r| (i, r)))
                .map(|(i, r)| PyResolution::wrap(doc.resolution(i, r), &self.idx))
                .collect()
        }
        #[getter]
        fn diagnostics(&self) -> Vec<PyDiagnostic> {
            wrap_all(&self.inner.diagnostics, &self.idx, PyDiagnostic::wrap)
        }
        #[getter]
        fn contact(&self) -> Option<PyContact> {
            self.inner
                .contact
                .clone()
                .map(|c| PyContact::wrap(c, &self.idx))
        }
        #[getter]
        fn webcast(&self) -> Option<&str> {
            self.inner.webcast.as_deref()
        }
        #[getter]
        fn declarations(&self) -> Vec<PyDeclaration> {
            wrap_all(&self.inner.declarations, &self.idx, PyDeclaration::wrap)
        }
        #[getter]
        fn next_meeting(&self) -> Option<PyNextMeeting> {
            self.inner
                .next_meeting
                .clone()
                .map(|n| PyNextMeeting::wrap(n, &self.idx))
        }
        #[getter]
        fn header_span(&self) -> Option<PySpan> {
            self.inner.header_span.map(|s| self.span_of(s))
        }
        #[getter]
        fn span(&self) -> PySpan {
            self.span_of(self.inner.span)
        }

        fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
            let d = &self.inner;
            let date = match d.date {
                Some(d) => format!("datetime.date({}, {}, {})", d.year, d.month, d.day),
                None => "None".into(),
            };
            Ok(format!(
                "Document(format={}, committee={}, date={}, items={}, diagnostics={})",
                r(py, d.format.as_str(), 40),
                ro(py, d.committee.as_deref(), 60),
                date,
                d.items.len(),
                d.diagnostics.len()
            ))
        }
    }
);

node!(
    /// Who was there, who sent apologies, and who attended in another capacity.
    PyAttendance, "Attendance", minutes::Attendance,
    {
        #[getter]
        fn chair(&self) -> Option<PyPerson> {
            self.inner
                .chair
                .clone()
                .map(|p| PyPerson::wrap(p, &self.idx))
        }
        /// Members present, the chair included.
        #[getter]
        fn present(&self) -> Vec<PyPerson> {
            wrap_all(&self.inner.present, &self.idx, PyPerson::wrap)
        }
        #[getter]
        fn apologies(&self) -> Vec<PyPerson> {
            wrap_all(&self.inner.apologies, &self.idx, PyPerson::wrap)
        }
        #[getter]
        fn in_attendance(&self) -> Vec<PyPerson> {
            wrap_all(&self.inner.in_attendance, &self.idx, PyPerson::wrap)
        }
        #[getter]
        fn substitutes(&self) -> Vec<PySubstitution> {
            wrap_all(&self.inner.substitutes, &self.idx, PySubstitution::wrap)
        }
        fn __repr__(&self, py: Python<'_>) -> String {
            let a = &self.inner;
            format!(
                "Attendance(chair={}, present={}, apologies={}, in_attendance={}, substitutes={})",
                ro(py, a.chair.as_ref().map(|p| p.name.as_str()), 40),
                a.present.len(),
                a.apologies.len(),
                a.in_attendance.len(),
                a.substitutes.len()
            )
        }
    }
);

node!(
    /// One named person.
    PyPerson, "Person", minutes::Person,
    {
        /// The name as written, without "Councillor".
        #[getter]
        fn name(&self) -> &str {
            &self.inner.name
        }
        #[getter]
        fn title(&self) -> Option<&str> {
            self.inner.title.as_deref()
        }
        #[getter]
        fn role(&self) -> Option<&str> {
            self.inner.role.as_deref()
        }
        #[getter]
        fn note(&self) -> Option<&str> {
            self.inner.note.as_deref()
        }
        #[getter]
        fn span(&self) -> PySpan {
            self.span_of(self.inner.span)
        }
        fn __repr__(&self, py: Python<'_>) -> String {
            let p = &self.inner;
            format!(
                "Person(name={}, title={}, role={})",
                r(py, &p.name, 60),
                ro(py, p.title.as_deref(), 30),
                ro(py, p.role.as_deref(), 60)
            )
        }
    }
);

node!(
    /// A substitute member standing in for another.
    PySubstitution, "Substitution", minutes::Substitution,
    {
        #[getter]
        fn substitute(&self) -> PyPerson {
            PyPerson::wrap(self.inner.substitute.clone(), &self.idx)
        }
        #[getter]
        fn replacing(&self) -> Option<PyPerson> {
            self.inner
                .replacing
                .clone()
                .map(|p| PyPerson::wrap(p, &self.idx))
        }
        #[getter]
        fn span(&self) -> PySpan {
            self.span_of(self.inner.span)
        }
        fn __repr__(&self, py: Python<'_>) -> String {
            format!(
                "Substitution(substitute={}, replacing={})",
                r(py, &self.inner.substitute.name, 60),
                ro(py, self.inner.replacing.as_ref().map(|p| p.name.as_str()), 60)
            )
        }
    }
);

node!(
    /// The contact named on a meeting page.
    PyContact, "Contact", minutes::Contact,
    {
        #[getter]
        fn name(&self) -> Option<&str> {
            self.inner.name.as_deref()
        }
        #[getter]
        fn role(&self) -> Option<&str> {
            self.inner.role.as_deref()
        }
        #[getter]
        fn phone(&self) -> Option<&str> {
            self.inner.phone.as_deref()
        }
        #[getter]
        fn email(&self) -> Option<&str> {
            self.inner.email.as_deref()
        }
        #[getter]
        fn span(&self) -> PySpan {
            self.span_of(self.inner.span)
        }
        fn __repr__(&self, py: Python<'_>) -> String {
            let c = &self.inner;
            format!(
                "Contact(name={}, email={})",
                ro(py, c.name.as_deref(), 60),
                ro(py, c.email.as_deref(), 60)
            )
        }
    }
);

fn kind_name(kind: minutes::ItemKind) -> &'static str {
    use minutes::ItemKind as K;
    match kind {
        K::Apologies => "apologies",
        K::MinutesOfPreviousMeeting => "minutes_of_previous_meeting",
        K::DeclarationsOfInterest => "declarations_of_interest",
        K::ExclusionOfPressAndPublic => "exclusion_of_press_and_public",
        K::PublicQuestions => "public_questions",
        K::Communications => "communications",
        K::UrgentBusiness => "urgent_business",
        K::DateOfNextMeeting => "date_of_next_meeting",
        K::WorkProgramme => "work_programme",
        K::Substitutes => "substitutes",
        K::Other => "other",
    }
}

fn wrap_block(block: minutes::Block, idx: &Arc<CharIndex>, py: Python<'_>) -> PyResult<Py<PyAny>> {
    Ok(match block {
        b @ minutes::Block::Paragraph { .. } => Py::new(py, PyParagraph::wrap(b, idx))?.into_any(),
        b @ minutes::Block::List { .. } => Py::new(py, PyListBlock::wrap(b, idx))?.into_any(),
    })
}

node!(
    /// One agenda item and what the minutes record of it.
    PyItem, "Item", Shared<minutes::Item>,
    {
        /// As written, without a trailing dot ("59", "3a", "C 10/034"); None when unnumbered.
        #[getter]
        fn number(&self) -> Option<&str> {
            self.inner.number.as_deref()
        }
        #[getter]
        fn title(&self) -> &str {
            &self.inner.title
        }
        #[getter]
        fn truncated(&self) -> bool {
            self.inner.truncated
        }
        #[getter]
        fn resolutions(&self) -> Vec<PyResolution> {
            let (doc, i) = (self.inner.root(), self.inner.index());
            (0..self.inner.resolutions.len())
                .map(|r| PyResolution::wrap(doc.resolution(i, r), &self.idx))
                .collect()
        }
        #[getter]
        fn span(&self) -> PySpan {
            self.span_of(self.inner.span)
        }
        /// "apologies", "minutes_of_previous_meeting", ..., or "other".
        #[getter]
        fn kind(&self) -> &'static str {
            kind_name(self.inner.kind)
        }
        #[getter]
        fn parent(&self) -> Option<&str> {
            self.inner.parent.as_deref()
        }
        #[getter]
        fn title_span(&self) -> Option<PySpan> {
            self.inner.title_span.map(|s| self.span_of(s))
        }
        #[getter]
        fn attachments(&self) -> Vec<PyAttachment> {
            wrap_all(&self.inner.attachments, &self.idx, PyAttachment::wrap)
        }
        #[getter]
        fn additional_documents(&self) -> bool {
            self.inner.additional_documents
        }
        /// The agenda text: `Paragraph` and `ListBlock` objects.
        #[getter]
        fn agenda(&self, py: Python<'_>) -> PyResult<Vec<Py<PyAny>>> {
            self.inner
                .agenda
                .iter()
                .map(|b| wrap_block(b.clone(), &self.idx, py))
                .collect()
        }
        #[getter]
        fn agenda_truncated(&self) -> bool {
            self.inner.agenda_truncated
        }
        /// The minutes text: `Paragraph` and `ListBlock` objects.
        #[getter]
        fn minutes(&self, py: Python<'_>) -> PyResult<Vec<Py<PyAny>>> {
            self.inner
                .minutes
                .iter()
                .map(|b| wrap_block(b.clone(), &self.idx, py))
                .collect()
        }
        #[getter]
        fn references(&self) -> Vec<PyReference> {
            wrap_all(&self.inner.references, &self.idx, PyReference::wrap)
        }
        fn __repr__(&self, py: Python<'_>) -> String {
            let i = &self.inner;
            format!(
                "Item(number={}, title={}, resolutions={}, span={})",
                ro(py, i.number.as_deref(), 20),
                r(py, &i.title, 60),
                i.resolutions.len(),
                self.span_of(i.span).__repr__()
            )
        }
    }
);

node!(
    /// A document attached to an item ("pdf icon PDF 268 KB").
    PyAttachment, "Attachment", minutes::Attachment,
    {
        #[getter]
        fn kind(&self) -> &str {
            &self.inner.kind
        }
        #[getter]
        fn size_bytes(&self) -> Option<u64> {
            self.inner.size_bytes
        }
        #[getter]
        fn span(&self) -> PySpan {
            self.span_of(self.inner.span)
        }
        fn __repr__(&self, py: Python<'_>) -> String {
            let size = self
                .inner
                .size_bytes
                .map_or_else(|| "None".to_string(), |s| s.to_string());
            format!("Attachment(kind={}, size_bytes={size})", r(py, &self.inner.kind, 20))
        }
    }
);

node!(
    /// A paragraph of running text in an item's agenda or minutes.
    PyParagraph, "Paragraph", minutes::Block,
    {
        /// Always "paragraph" (the JSON tag).
        #[getter]
        fn r#type(&self) -> &'static str {
            "paragraph"
        }
        #[getter]
        fn text(&self) -> &str {
            match &self.inner {
                minutes::Block::Paragraph { text, .. } => text,
                minutes::Block::List { .. } => "",
            }
        }
        #[getter]
        fn span(&self) -> PySpan {
            self.span_of(self.inner.span())
        }
        fn __repr__(&self, py: Python<'_>) -> String {
            format!("Paragraph(text={})", r(py, self.text(), 60))
        }
    }
);

node!(
    /// A run of list entries in an item's agenda or minutes; nesting is each entry's `level`.
    PyListBlock, "ListBlock", minutes::Block,
    {
        /// Always "list" (the JSON tag).
        #[getter]
        fn r#type(&self) -> &'static str {
            "list"
        }
        #[getter]
        fn entries(&self) -> Vec<PyListEntry> {
            match &self.inner {
                minutes::Block::List { entries, .. } => wrap_all(entries, &self.idx, PyListEntry::wrap),
                minutes::Block::Paragraph { .. } => Vec::new(),
            }
        }
        #[getter]
        fn span(&self) -> PySpan {
            self.span_of(self.inner.span())
        }
        fn __repr__(&self) -> String {
            let n = match &self.inner {
                minutes::Block::List { entries, .. } => entries.len(),
                minutes::Block::Paragraph { .. } => 0,
            };
            format!("ListBlock(entries={n})")
        }
    }
);

node!(
    /// One entry of a list.
    PyListEntry, "ListEntry", minutes::ListEntry,
    {
        #[getter]
        fn marker(&self) -> &str {
            &self.inner.marker
        }
        #[getter]
        fn level(&self) -> u32 {
            self.inner.level
        }
        #[getter]
        fn text(&self) -> &str {
            &self.inner.text
        }
        #[getter]
        fn span(&self) -> PySpan {
            self.span_of(self.inner.span)
        }
        fn __repr__(&self, py: Python<'_>) -> String {
            format!(
                "ListEntry(marker={}, level={}, text={})",
                r(py, &self.inner.marker, 10),
                self.inner.level,
                r(py, &self.inner.text, 60)
            )
        }
    }
);

node!(
    /// One decision the meeting took.
    PyResolution, "Resolution", Shared<minutes::Resolution>,
    {
        /// The resolution's own number, without brackets ("1" for "(1)").
        #[getter]
        fn number(&self) -> Option<&str> {
            self.inner.number.as_deref()
        }
        #[getter]
        fn text(&self) -> &str {
            &self.inner.text
        }
        #[getter]
        fn span(&self) -> PySpan {
            self.span_of(self.inner.span)
        }
        /// The word that introduced it ("Resolved", "AGREED", "Decision").
        #[getter]
        fn keyword(&self) -> Option<&str> {
            self.inner.keyword.as_deref()
        }
        #[getter]
        fn motion(&self) -> Option<PyMotion> {
            self.inner
                .motion
                .clone()
                .map(|m| PyMotion::wrap(m, &self.idx))
        }
        fn __repr__(&self, py: Python<'_>) -> String {
            format!(
                "Resolution(number={}, text={})",
                ro(py, self.inner.number.as_deref(), 20),
                r(py, &self.inner.text, 60)
            )
        }
    }
);

node!(
    /// A recorded motion and how the vote went.
    PyMotion, "Motion", minutes::Motion,
    {
        #[getter]
        fn moved_by(&self) -> Option<&str> {
            self.inner.moved_by.as_deref()
        }
        #[getter]
        fn seconded_by(&self) -> Option<&str> {
            self.inner.seconded_by.as_deref()
        }
        /// "carried", "carried_unanimously", "lost", "withdrawn" or None.
        #[getter]
        fn outcome(&self) -> Option<&'static str> {
            use minutes::Outcome as O;
            self.inner.outcome.map(|o| match o {
                O::Carried => "carried",
                O::CarriedUnanimously => "carried_unanimously",
                O::Lost => "lost",
                O::Withdrawn => "withdrawn",
            })
        }
        #[getter]
        fn votes(&self) -> Option<PyVoteCount> {
            self.inner.votes.map(|v| PyVoteCount::wrap(v, &self.idx))
        }
        #[getter]
        fn span(&self) -> PySpan {
            self.span_of(self.inner.span)
        }
        fn __repr__(&self, py: Python<'_>) -> String {
            format!(
                "Motion(moved_by={}, seconded_by={}, outcome={})",
                ro(py, self.inner.moved_by.as_deref(), 40),
                ro(py, self.inner.seconded_by.as_deref(), 40),
                ro(py, self.outcome(), 30)
            )
        }
    }
);

node!(
    /// Votes for, against and abstaining. `for_` is the JSON's "for".
    PyVoteCount, "VoteCount", minutes::VoteCount,
    {
        #[getter]
        fn for_(&self) -> u32 {
            self.inner.for_
        }
        #[getter]
        fn against(&self) -> u32 {
            self.inner.against
        }
        #[getter]
        fn abstained(&self) -> Option<u32> {
            self.inner.abstained
        }
        fn __repr__(&self) -> String {
            let v = &self.inner;
            let abstained = v
                .abstained
                .map_or_else(|| "None".to_string(), |a| a.to_string());
            format!(
                "VoteCount(for_={}, against={}, abstained={abstained})",
                v.for_, v.against
            )
        }
    }
);

node!(
    /// A declaration of interest.
    PyDeclaration, "Declaration", minutes::Declaration,
    {
        #[getter]
        fn person(&self) -> &str {
            &self.inner.person
        }
        #[getter]
        fn kind(&self) -> Option<&str> {
            self.inner.kind.as_deref()
        }
        #[getter]
        fn concerns(&self) -> Option<&str> {
            self.inner.concerns.as_deref()
        }
        #[getter]
        fn span(&self) -> PySpan {
            self.span_of(self.inner.span)
        }
        fn __repr__(&self, py: Python<'_>) -> String {
            format!(
                "Declaration(person={}, kind={}, concerns={})",
                r(py, &self.inner.person, 40),
                ro(py, self.inner.kind.as_deref(), 40),
                ro(py, self.inner.concerns.as_deref(), 20)
            )
        }
    }
);

node!(
    /// A reference to another minute or item ("Minute 138").
    PyReference, "Reference", minutes::Reference,
    {
        #[getter]
        fn number(&self) -> &str {
            &self.inner.number
        }
        #[getter]
        fn span(&self) -> PySpan {
            self.span_of(self.inner.span)
        }
        fn __repr__(&self, py: Python<'_>) -> String {
            format!("Reference(number={})", r(py, &self.inner.number, 20))
        }
    }
);

node!(
    /// The next meeting, as the minutes announce it.
    PyNextMeeting, "NextMeeting", minutes::NextMeeting,
    {
        #[getter]
        fn date<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyDate>>> {
            date(py, self.inner.date)
        }
        #[getter]
        fn time<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyTime>>> {
            time(py, self.inner.time)
        }
        #[getter]
        fn span(&self) -> PySpan {
            self.span_of(self.inner.span)
        }
        fn __repr__(&self) -> String {
            let d = self
                .inner
                .date
                .map_or_else(|| "None".to_string(), |d| format!("'{d}'"));
            let t = self
                .inner
                .time
                .map_or_else(|| "None".to_string(), |t| format!("'{t}'"));
            format!("NextMeeting(date={d}, time={t})")
        }
    }
);

node!(
    /// Something the parser skipped or guessed.
    PyDiagnostic, "Diagnostic", minutes::Diagnostic,
    {
        /// "warning" or "info".
        #[getter]
        fn severity(&self) -> &'static str {
            match self.inner.severity {
                minutes::Severity::Warning => "warning",
                minutes::Severity::Info => "info",
            }
        }
        #[getter]
        fn message(&self) -> &str {
            &self.inner.message
        }
        #[getter]
        fn span(&self) -> PySpan {
            self.span_of(self.inner.span)
        }
        fn __repr__(&self, py: Python<'_>) -> String {
            format!(
                "Diagnostic(severity={}, message={}, span={})",
                r(py, self.severity(), 10),
                r(py, &self.inner.message, 80),
                self.span_of(self.inner.span).__repr__()
            )
        }
    }
);

/// Registers the classes on the module.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PySpan>()?;
    m.add_class::<PyDocument>()?;
    m.add_class::<PyAttendance>()?;
    m.add_class::<PyPerson>()?;
    m.add_class::<PySubstitution>()?;
    m.add_class::<PyContact>()?;
    m.add_class::<PyItem>()?;
    m.add_class::<PyAttachment>()?;
    m.add_class::<PyParagraph>()?;
    m.add_class::<PyListBlock>()?;
    m.add_class::<PyListEntry>()?;
    m.add_class::<PyResolution>()?;
    m.add_class::<PyMotion>()?;
    m.add_class::<PyVoteCount>()?;
    m.add_class::<PyDeclaration>()?;
    m.add_class::<PyReference>()?;
    m.add_class::<PyNextMeeting>()?;
    m.add_class::<PyDiagnostic>()?;
    Ok(())
}
