//! Reading Python inputs and running the core parser on them, in parallel and without the GIL.

use crate::offsets::CharIndex;
use minutes::{Document, Error, ParseOptions};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::pybacked::{PyBackedBytes, PyBackedStr};
use pyo3::types::{PyByteArray, PyBytes, PyString};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

/// One input: the text of a `str` (CPython's own UTF-8 buffer, borrowed: no copy, which the
/// abi3-py310 limited API allows) or the bytes of a `bytes`/`bytearray`. Both are `Send`, so workers can read them without the GIL.
pub enum Source {
    Str(PyBackedStr),
    Bytes(PyBackedBytes),
    Owned(Vec<u8>),
}

impl Source {
    /// `what` names the argument in the `TypeError` (`"text"`, `"texts[3]"`); it is only
    /// called for that error, so `parse_many` formats no name for the texts that are fine.
    pub fn extract(obj: &Bound<'_, PyAny>, what: impl FnOnce() -> String) -> PyResult<Source> {
        if let Ok(s) = obj.cast::<PyString>() {
            // Lone surrogates have no UTF-8 form: this raises UnicodeEncodeError (a
            // ValueError) naming the position.
            return Ok(Source::Str(s.to_owned().try_into()?));
        }
        if let Ok(b) = obj.cast::<PyBytes>() {
            return Ok(Source::Bytes(b.to_owned().into()));
        }
        if let Ok(b) = obj.cast::<PyByteArray>() {
            return Ok(Source::Owned(b.to_vec()));
        }
        let type_name = obj
            .get_type()
            .name()
            .map_or_else(|_| "?".to_string(), |n| n.to_string());
        Err(PyTypeError::new_err(format!(
            "{} must be str or bytes, not {type_name}",
            what()
        )))
    }

    fn bytes(&self) -> &[u8] {
        match self {
            Source::Str(s) => s.as_bytes(),
            Source::Bytes(b) => b,
            Source::Owned(v) => v,
        }
    }
}

/// A parsed document with the index that turns its byte spans into code points.
pub struct Parsed {
    /// Shared with the Python nodes read from it (see [`crate::shared`]); put in its `Arc`
    /// here, on the worker thread, not serially on the caller's.
    pub doc: Arc<Document>,
    pub index: CharIndex,
}

/// Parses one input. No Python here: this runs with the GIL released.
pub fn parse_source(source: &Source, options: &ParseOptions) -> Result<Parsed, Error> {
    match source {
        Source::Str(s) => parse_str(s, options),
        other => parse_raw(other.bytes(), options),
    }
}

pub fn parse_str(text: &str, options: &ParseOptions) -> Result<Parsed, Error> {
    let doc = minutes::parse_with(text, options)?;
    Ok(Parsed {
        doc: Arc::new(doc),
        index: CharIndex::new(text),
    })
}

/// Bytes must be UTF-8 unless `options.lossy`; spans then index the decoded text.
pub fn parse_raw(bytes: &[u8], options: &ParseOptions) -> Result<Parsed, Error> {
    // Valid UTF-8 (nearly always) is checked once, with SIMD, and parsed as text; the core's
    // byte path reports the offset of invalid input or decodes it lossily.
    if let Ok(text) = simdutf8::basic::from_utf8(bytes) {
        return parse_str(text, options);
    }
    let doc = minutes::parse_bytes(bytes, options)?;
    Ok(Parsed {
        doc: Arc::new(doc),
        index: CharIndex::new(&String::from_utf8_lossy(bytes)),
    })
}

/// More threads than this buys nothing on any machine minutes run on, and an absurd request
/// (`threads=10**6`) must not exhaust the process's threads.
const MAX_THREADS: usize = 256;

/// Parses every source on `threads` threads (see [`map_all`]), keeping input order.
pub fn parse_all(
    sources: &[Source],
    options: &ParseOptions,
    threads: usize,
) -> Vec<Result<Parsed, Error>> {
    map_all(sources, threads, |s| parse_source(s, options))
}

/// Why a file of `parse_files` gave no document.
#[derive(Debug)]
pub enum FileError {
    Read(std::io::Error),
    Parse(Error),
}

/// Reads and parses every file on `threads` threads (see [`map_all`]), keeping input order:
/// the reading too happens without the GIL, in parallel.
pub fn parse_files(
    paths: &[PathBuf],
    options: &ParseOptions,
    threads: usize,
) -> Vec<Result<Parsed, FileError>> {
    map_all(paths, threads, |path| {
        let bytes = std::fs::read(path).map_err(FileError::Read)?;
        parse_raw(&bytes, options).map_err(FileError::Parse)
    })
}

/// `work` applied to every input on `threads` threads (the calling one included; at most
/// one per input and [`MAX_THREADS`]), results in input order. Work is handed out one input
/// at a time, so one huge document does not hold up a whole chunk of small ones.
fn map_all<I: Sync, R: Send>(
    inputs: &[I],
    threads: usize,
    work: impl Fn(&I) -> R + Sync,
) -> Vec<R> {
    let threads = threads.min(MAX_THREADS).clamp(1, inputs.len().max(1));
    if threads == 1 {
        return inputs.iter().map(work).collect();
    }
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<R>>> = Mutex::new((0..inputs.len()).map(|_| None).collect());
    let worker = || {
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(input) = inputs.get(i) else { break };
            done.push((i, work(input)));
        }
        let mut results = results.lock().unwrap_or_else(|e| e.into_inner());
        for (i, r) in done {
            results[i] = Some(r);
        }
    };
    std::thread::scope(|scope| {
        for _ in 1..threads {
            scope.spawn(worker);
        }
        worker();
    });
    results
        .into_inner()
        .unwrap_or_else(|e| e.into_inner())
        .into_iter()
        .map(|r| r.expect("every index below inputs.len() is claimed by exactly one worker"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn owned(texts: &[&[u8]]) -> Vec<Source> {
        texts.iter().map(|t| Source::Owned(t.to_vec())).collect()
    }

    #[test]
    fn parallel_results_keep_input_order_and_equal_sequential_ones() {
        let texts: Vec<Vec<u8>> = (0..23)
            .map(|i| {
                format!("PLANNING COMMITTEE\n\n{i}. ITEM NUMBER {i}\n\nResolved: - That £{i} be spent.\n")
                    .into_bytes()
            })
            .collect();
        let refs: Vec<&[u8]> = texts.iter().map(Vec::as_slice).collect();
        let sources = owned(&refs);
        let options = ParseOptions::default();
        let expected: Vec<Document> = refs
            .iter()
            .map(|t| minutes::parse(std::str::from_utf8(t).unwrap()))
            .collect();
        for threads in [1, 2, 3, 8, 1000] {
            let docs: Vec<Document> = parse_all(&sources, &options, threads)
                .into_iter()
                .map(|r| Arc::unwrap_or_clone(r.unwrap().doc))
                .collect();
            assert_eq!(docs, expected, "threads={threads}");
        }
        assert!(parse_all(&[], &options, 4).is_empty());
    }

    #[test]
    fn errors_stay_at_their_index() {
        let sources = owned(&[b"fine", b"bad \xff byte", b"fine too"]);
        let results = parse_all(&sources, &ParseOptions::default(), 2);
        assert!(results[0].is_ok() && results[2].is_ok());
        assert!(matches!(results[1], Err(Error::InvalidUtf8 { offset: 4 })));
        // Lossy parsing indexes the replaced text: U+FFFD is one code point for one byte.
        let lossy = parse_all(&sources, &ParseOptions::new().lossy(true), 2);
        let parsed = lossy[1].as_ref().unwrap();
        assert_eq!(
            parsed.index.to_chars(parsed.doc.span.end),
            "bad \u{fffd} byte".chars().count()
        );
    }
}
