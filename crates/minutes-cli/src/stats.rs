//! `minutes stats`: totals over many documents, with no JSON serialisation of the documents.
//!
//! This is the parser's cheapest shell entry point, and what the instructions-per-byte
//! measurement runs, so it does nothing per document beyond reading, parsing and counting.

use crate::cli::StatsArgs;
use crate::inputs::Expanded;
use crate::run::{self, Failure};
use minutes::{Document, Severity};
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::{self, Write};

/// Totals over the documents that parsed; `failed` counts the others.
#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize)]
pub struct Totals {
    pub documents: u64,
    pub bytes: u64,
    pub items: u64,
    pub resolutions: u64,
    pub people: u64,
    pub declarations: u64,
    pub diagnostics: u64,
    pub warnings: u64,
    pub failed: u64,
    /// Documents per detected (or forced) format, by contract name.
    pub formats: BTreeMap<&'static str, u64>,
}

impl Totals {
    /// Adds one parsed document.
    pub fn add(&mut self, doc: &Document) {
        let a = &doc.attendance;
        let replaced = a.substitutes.iter().filter(|s| s.replacing.is_some());
        self.documents += 1;
        self.bytes += doc.span.len() as u64;
        self.items += doc.items.len() as u64;
        self.resolutions += doc.resolutions().count() as u64;
        self.people += (a.present.len()
            + a.apologies.len()
            + a.in_attendance.len()
            + a.substitutes.len()
            + replaced.count()) as u64;
        self.declarations += doc.declarations.len() as u64;
        self.diagnostics += doc.diagnostics.len() as u64;
        self.warnings += doc
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Warning)
            .count() as u64;
        *self.formats.entry(doc.format.as_str()).or_default() += 1;
    }

    fn write_text(&self, out: &mut dyn Write) -> io::Result<()> {
        let per_doc = |n: u64| {
            if self.documents == 0 {
                String::new()
            } else {
                format!("  ({:.1} per document)", n as f64 / self.documents as f64)
            }
        };
        writeln!(out, "documents    {}", self.documents)?;
        writeln!(out, "bytes        {}", self.bytes)?;
        writeln!(out, "items        {}{}", self.items, per_doc(self.items))?;
        writeln!(
            out,
            "resolutions  {}{}",
            self.resolutions,
            per_doc(self.resolutions)
        )?;
        writeln!(out, "people       {}{}", self.people, per_doc(self.people))?;
        writeln!(out, "declarations {}", self.declarations)?;
        writeln!(
            out,
            "diagnostics  {} ({} warnings)",
            self.diagnostics, self.warnings
        )?;
        writeln!(out, "failed       {}", self.failed)?;
        for (format, n) in &self.formats {
            writeln!(out, "format       {format}: {n}")?;
        }
        Ok(())
    }
}

/// Parses every source, prints the totals; returns the worst exit status.
pub fn run(args: &StatsArgs, inputs: &Expanded, out: &mut dyn Write) -> io::Result<u8> {
    let options = args.input.parse_options();
    let mut totals = Totals::default();
    let mut status = 0u8;
    run::for_each_ordered(
        &inputs.sources,
        !args.input.no_progress,
        // Workers count their own document so that only a small summary crosses threads.
        |source| {
            run::read_and_parse(source, &options).map(|doc| {
                let mut one = Totals::default();
                one.add(&doc);
                one
            })
        },
        |source, result: Result<Totals, Failure>| match result {
            Ok(one) => totals.merge(one),
            Err(failure) => {
                status = status.max(failure.exit_code());
                totals.failed += 1;
                eprintln!("minutes: {}: {failure}", source.display());
            }
        },
    );
    totals.failed += inputs.errors.len() as u64;
    if args.json {
        // Counts and format names: nothing in the totals can fail to serialise.
        let json = minutes::to_json_string_pretty(&totals).map_err(io::Error::other)?;
        writeln!(out, "{json}")?;
    } else {
        totals.write_text(out)?;
    }
    Ok(status)
}

impl Totals {
    fn merge(&mut self, other: Totals) {
        self.documents += other.documents;
        self.bytes += other.bytes;
        self.items += other.items;
        self.resolutions += other.resolutions;
        self.people += other.people;
        self.declarations += other.declarations;
        self.diagnostics += other.diagnostics;
        self.warnings += other.warnings;
        self.failed += other.failed;
        for (format, n) in other.formats {
            *self.formats.entry(format).or_default() += n;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use minutes::{Diagnostic, Format, Person, Span};

    fn person(name: &str) -> Person {
        Person {
            name: name.into(),
            title: None,
            role: None,
            note: None,
            span: Span::new(0, 1),
        }
    }

    #[test]
    fn totals_count_and_merge() {
        let mut doc = Document::empty(Format::Printed, 120);
        doc.attendance.present = vec![person("A"), person("B")];
        doc.attendance.apologies = vec![person("C")];
        doc.diagnostics = vec![
            Diagnostic::warning("w", Span::new(0, 1)),
            Diagnostic::info("i", Span::new(0, 1)),
        ];
        let mut a = Totals::default();
        a.add(&doc);
        assert_eq!(a.people, 3);
        assert_eq!((a.diagnostics, a.warnings), (2, 1));
        let mut b = Totals::default();
        b.add(&Document::empty(Format::Cmis, 30));
        a.merge(b);
        assert_eq!(a.documents, 2);
        assert_eq!(a.bytes, 150);
        assert_eq!(a.formats.get("printed"), Some(&1));
        assert_eq!(a.formats.get("cmis"), Some(&1));
    }
}
