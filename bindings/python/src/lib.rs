//! `minutes._minutes`: the compiled half of the `minutes` Python package.
//!
//! Thin on purpose: every decision about minutes is the core crate's. This crate reads Python
//! inputs, runs [`minutes::parse_with`] / [`minutes::parse_bytes`] with the GIL released
//! (on several threads for `parse_many`), and wraps the owned [`minutes::Document`] in
//! Python classes whose spans are in code points (see the `offsets` module).

/// Rust allocations of this extension only (Python objects still use Python's allocator):
/// mimalloc's thread-local pages make the many small allocations of a parse cheaper and keep
/// `parse_many` threads from contending in the system allocator.
#[global_allocator]
static ALLOCATOR: minutes_alloc::MiMalloc = minutes_alloc::MiMalloc;

mod errors;
mod nodes;
mod offsets;
mod run;
mod shared;
mod to_python;

use minutes::{Format, ParseOptions};
use nodes::PyDocument;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use run::{Parsed, Source};
use std::sync::Arc;

/// A count argument: negative values are a `ValueError` (not pyo3's `OverflowError`).
fn count(name: &str, value: Option<i64>) -> PyResult<Option<usize>> {
    value
        .map(|v| {
            usize::try_from(v)
                .map_err(|_| PyValueError::new_err(format!("{name} must be >= 0, not {v}")))
        })
        .transpose()
}

/// The `threads` argument: at least 1; None is every core.
fn thread_count(threads: Option<i64>) -> PyResult<usize> {
    match threads {
        Some(n) if n < 1 => Err(PyValueError::new_err(format!(
            "threads must be at least 1, not {n}"
        ))),
        Some(n) => Ok(usize::try_from(n).unwrap_or(usize::MAX)),
        None => Ok(std::thread::available_parallelism().map_or(1, |n| n.get())),
    }
}

/// The options every parse function takes, checked before any work starts.
fn options(
    format: Option<&str>,
    max_input_bytes: Option<i64>,
    max_items: Option<i64>,
    lossy: bool,
) -> PyResult<ParseOptions> {
    let mut options = ParseOptions::new().lossy(lossy);
    if let Some(name) = format {
        let format: Format = name
            .parse()
            .map_err(|e: minutes::Error| PyValueError::new_err(e.to_string()))?;
        options = options.format(format);
    }
    if let Some(limit) = count("max_input_bytes", max_input_bytes)? {
        options = options.max_input_bytes(limit);
    }
    if let Some(limit) = count("max_items", max_items)? {
        options = options.max_items(limit);
    }
    Ok(options)
}

fn document(parsed: Parsed) -> PyDocument {
    PyDocument::wrap(
        shared::Shared::document(parsed.doc),
        &Arc::new(parsed.index),
    )
}

/// Parses one meeting's minutes (`str`, or UTF-8 `bytes`).
#[pyfunction]
#[pyo3(signature = (text, *, format=None, max_input_bytes=None, max_items=None, lossy=false))]
fn parse(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    format: Option<&str>,
    max_input_bytes: Option<i64>,
    max_items: Option<i64>,
    lossy: bool,
) -> PyResult<PyDocument> {
    let options = options(format, max_input_bytes, max_items, lossy)?;
    let source = Source::extract(text, || "text".to_owned())?;
    match py.detach(|| run::parse_source(&source, &options)) {
        Ok(parsed) => Ok(document(parsed)),
        Err(e) => Err(errors::to_py(py, &e, None)),
    }
}

/// Parses many texts on `threads` threads (default: every core) with the GIL released.
#[pyfunction]
#[pyo3(signature = (texts, *, threads=None, format=None, max_input_bytes=None, max_items=None, lossy=false))]
#[allow(clippy::too_many_arguments)]
fn parse_many(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    threads: Option<i64>,
    format: Option<&str>,
    max_input_bytes: Option<i64>,
    max_items: Option<i64>,
    lossy: bool,
) -> PyResult<Vec<PyDocument>> {
    let options = options(format, max_input_bytes, max_items, lossy)?;
    let threads = thread_count(threads)?;
    if texts.is_instance_of::<pyo3::types::PyString>()
        || texts.is_instance_of::<pyo3::types::PyBytes>()
    {
        return Err(pyo3::exceptions::PyTypeError::new_err(
            "parse_many() takes an iterable of texts, not a single text: use parse()",
        ));
    }
    let mut sources = Vec::new();
    for (i, text) in texts.try_iter()?.enumerate() {
        sources.push(Source::extract(&text?, || format!("texts[{i}]"))?);
    }
    let results = py.detach(|| run::parse_all(&sources, &options, threads));
    documents(results, |i, e| errors::to_py(py, e, Some(i)))
}

/// Reads and parses many files (UTF-8, like `parse_file`) on `threads` threads (default:
/// every core), the reading too with the GIL released: an archive sweep without a Python
/// loop over `open()`.
#[pyfunction]
#[pyo3(signature = (paths, *, threads=None, format=None, max_input_bytes=None, max_items=None, lossy=false))]
#[allow(clippy::too_many_arguments)]
fn parse_files(
    py: Python<'_>,
    paths: &Bound<'_, PyAny>,
    threads: Option<i64>,
    format: Option<&str>,
    max_input_bytes: Option<i64>,
    max_items: Option<i64>,
    lossy: bool,
) -> PyResult<Vec<PyDocument>> {
    let options = options(format, max_input_bytes, max_items, lossy)?;
    let threads = thread_count(threads)?;
    if paths.is_instance_of::<pyo3::types::PyString>() {
        return Err(pyo3::exceptions::PyTypeError::new_err(
            "parse_files() takes an iterable of paths, not a single path: use parse_file()",
        ));
    }
    let paths = paths
        .try_iter()?
        .map(|path| path?.extract::<std::path::PathBuf>())
        .collect::<PyResult<Vec<_>>>()?;
    let results = py.detach(|| run::parse_files(&paths, &options, threads));
    documents(results, |i, e| errors::file_to_py(py, e, i, &paths[i]))
}

/// A batch's documents in input order, or the exception `raise` makes of its first failure
/// (with the failing input's index).
fn documents<E>(
    results: Vec<Result<Parsed, E>>,
    raise: impl Fn(usize, &E) -> PyErr,
) -> PyResult<Vec<PyDocument>> {
    (results.into_iter().enumerate())
        .map(|(i, result)| result.map(document).map_err(|e| raise(i, &e)))
        .collect()
}

#[pymodule]
fn _minutes(m: &Bound<'_, PyModule>) -> PyResult<()> {
    // `parse_many` parses on worker threads that exit, and Python drops the documents later
    // on its own thread: let that thread take the workers' pages over as it frees them.
    minutes_alloc::reclaim_pages_of_exited_threads();
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("SCHEMA_VERSION", minutes::SCHEMA_VERSION)?;
    m.add_function(wrap_pyfunction!(parse, m)?)?;
    m.add_function(wrap_pyfunction!(parse_many, m)?)?;
    m.add_function(wrap_pyfunction!(parse_files, m)?)?;
    nodes::register(m)?;
    errors::register(m)?;
    Ok(())
}
