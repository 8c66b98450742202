//! The package's exception classes and the mapping from the core crate's [`minutes::Error`].
//!
//! `ParseError` subclasses `ValueError` (bad input is a bad value), and its subclasses say
//! which check failed, so callers can catch exactly what they expect to happen.

use crate::run::FileError;
use pyo3::create_exception;
use pyo3::exceptions::{PyOSError, PyValueError};
use pyo3::prelude::*;
use std::path::Path;

create_exception!(
    minutes,
    ParseError,
    PyValueError,
    "The input cannot be parsed as asked (base class of the package's errors)."
);
create_exception!(
    minutes,
    InvalidUtf8Error,
    ParseError,
    "bytes input is not UTF-8; `offset` is the byte offset of the first invalid byte."
);
create_exception!(
    minutes,
    LimitExceededError,
    ParseError,
    "The input is larger, or has more items, than a limit passed to the parse call."
);

/// The Python exception for a core error. `index` names the text in a `parse_many` batch;
/// it is set as the `index` attribute (None for single parses), and invalid UTF-8 also
/// carries `offset`.
pub fn to_py(py: Python<'_>, error: &minutes::Error, index: Option<usize>) -> PyErr {
    let message = match index {
        Some(i) => format!("texts[{i}]: {error}"),
        None => error.to_string(),
    };
    with_message(py, error, message, index)
}

/// The Python exception for a file of `parse_files` (number `index`): `OSError` as `open()`
/// raises it (the subclass its errno names, with `filename`) when the file cannot be read,
/// else the core error's, its message naming the file.
pub fn file_to_py(py: Python<'_>, error: &FileError, index: usize, path: &Path) -> PyErr {
    match error {
        FileError::Parse(e) => with_message(py, e, format!("{}: {e}", path.display()), Some(index)),
        FileError::Read(e) => {
            let strerror = match e.raw_os_error() {
                Some(errno) => py
                    .import("os")
                    .and_then(|os| os.getattr("strerror")?.call1((errno,))?.extract::<String>())
                    .unwrap_or_else(|_| e.to_string()),
                None => e.to_string(),
            };
            let errno = e.raw_os_error().unwrap_or(0);
            let err = PyOSError::new_err((errno, strerror, path.to_path_buf()));
            let _ = err.value(py).setattr("index", index);
            err
        }
    }
}

fn with_message(
    py: Python<'_>,
    error: &minutes::Error,
    message: String,
    index: Option<usize>,
) -> PyErr {
    use minutes::Error as E;
    let err = match error {
        E::InvalidUtf8 { .. } => InvalidUtf8Error::new_err(message),
        E::InputTooLarge { .. } | E::TooManyItems { .. } => LimitExceededError::new_err(message),
        E::UnknownFormat(_) => return PyValueError::new_err(message),
    };
    let value = err.value(py);
    let offset = match error {
        E::InvalidUtf8 { offset } => Some(*offset),
        _ => None,
    };
    // Setting attributes on a fresh exception instance cannot fail in practice; if it did,
    // the exception would still carry its message, which is what matters.
    let _ = value.setattr("index", index);
    if let Some(offset) = offset {
        let _ = value.setattr("offset", offset);
    }
    err
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("ParseError", py.get_type::<ParseError>())?;
    m.add("InvalidUtf8Error", py.get_type::<InvalidUtf8Error>())?;
    m.add("LimitExceededError", py.get_type::<LimitExceededError>())?;
    Ok(())
}
