//! `minutes parse`: documents as JSON, one pretty object or NDJSON lines.

use crate::cli::ParseArgs;
use crate::inputs::Expanded;
use crate::run::{self, Failure};
use minutes::Document;
use serde::Serialize;
use std::io::{self, Write};

/// The `--with-path` wrapper. The document itself is serialised unchanged inside it.
#[derive(Serialize)]
struct WithPath<'a> {
    path: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    document: Option<&'a Document>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

/// Parses every source and writes the JSON to `out`; returns the worst exit status.
pub fn run(args: &ParseArgs, inputs: &Expanded, out: &mut dyn Write) -> io::Result<u8> {
    let options = args.input.parse_options();
    let ndjson = args.ndjson || args.with_path || inputs.many;
    let mut status = 0u8;
    let mut write_error = None;

    // Serialising happens on the workers too: for NDJSON it is a large share of the work.
    let work = |source: &crate::inputs::Source| -> Result<String, Failure> {
        let doc = run::read_and_parse(source, &options)?;
        let path = source.display();
        // JSON comes from the core's writer (serde_json's bytes, faster). The model cannot
        // fail to serialise: every key is a string and no value is a float.
        let json = match (ndjson, args.with_path) {
            (false, _) => minutes::to_json_pretty(&doc),
            (true, false) => minutes::to_json(&doc),
            (true, true) => {
                // Room for the whole line at once: `to_json` reserves the same for a document.
                let mut json = String::with_capacity(3 * doc.span.len() + 1024);
                let line = WithPath {
                    path: &path,
                    document: Some(&doc),
                    error: None,
                };
                minutes::write_json(&line, &mut json).expect("a Document always serialises");
                json
            }
        };
        Ok(json)
    };

    let sink = |source: &crate::inputs::Source, result: Result<String, Failure>| {
        if write_error.is_some() {
            return;
        }
        let line = match result {
            Ok(json) => Some(json),
            Err(failure) => {
                status = status.max(failure.exit_code());
                eprintln!("minutes: {}: {failure}", source.display());
                args.with_path.then(|| {
                    minutes::to_json_string(&WithPath {
                        path: &source.display(),
                        document: None,
                        error: Some(failure.to_string()),
                    })
                    .expect("a string pair always serialises")
                })
            }
        };
        if let Some(line) = line {
            if let Err(e) = out
                .write_all(line.as_bytes())
                .and_then(|()| out.write_all(b"\n"))
            {
                write_error = Some(e);
            }
        }
    };

    run::for_each_ordered(&inputs.sources, !args.input.no_progress, work, sink);
    match write_error {
        Some(e) => Err(e),
        None => Ok(status),
    }
}
