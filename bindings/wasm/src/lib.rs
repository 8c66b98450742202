//! WebAssembly bindings for the `minutes` parser (wasm-bindgen).
//!
//! This crate is deliberately thin: every decision about the text is made by the core crate,
//! and this layer only moves strings across the boundary. A document leaves Rust as the
//! JSON text that `serde_json` makes of [`minutes::Document`] (written by the core's faster
//! `minutes::to_json`, which gives the same bytes), and the JavaScript wrapper
//! (`js/api.js`) turns it into objects with `JSON.parse`. That one path gives JavaScript
//! exactly the CLI's JSON (same key order, `null` where the CLI prints `null`, never
//! `undefined`) without a second, hand-kept mapping of the model; `bench.mjs` measures what
//! it costs.
//!
//! Errors are returned as `JsError`, which wasm-bindgen throws as a JavaScript `Error`.
//! WebAssembly on `wasm32-unknown-unknown` cannot unwind, so a panic (a bug: the core
//! promises never to panic) ends in a trap; the panic hook below keeps the panic's message so
//! the wrapper can rethrow the trap as an `Error` that says what went wrong, and then
//! re-instantiates the module (wasm-bindgen's `__wbg_reset_state`), because an instance that
//! trapped mid-call may hold half-updated state.

use std::cell::RefCell;

use minutes::{Format, ParseOptions};
use wasm_bindgen::prelude::*;

thread_local! {
    /// The message of the last panic, kept for the wrapper to read after the trap.
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Runs once per instance (wasm-bindgen calls it after instantiation, and again after
/// `__wbg_reset_state`): installs the panic hook.
#[wasm_bindgen(start)]
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        let message = info.to_string();
        LAST_PANIC.with(|slot| {
            if let Ok(mut slot) = slot.try_borrow_mut() {
                *slot = Some(message);
            }
        });
    }));
}

/// The message of the last panic (`"panicked at src/..: message"`), and forgets it.
/// The wrapper calls this after a call trapped, before it resets the instance.
#[wasm_bindgen]
pub fn take_panic_message() -> Option<String> {
    LAST_PANIC.with(|slot| slot.try_borrow_mut().ok().and_then(|mut slot| slot.take()))
}

/// Builds the core's options from the wrapper's arguments (already validated in JS).
fn options(
    format: Option<String>,
    max_input_bytes: Option<u32>,
    max_items: Option<u32>,
    lossy: bool,
) -> Result<ParseOptions, JsError> {
    let mut options = ParseOptions::new().lossy(lossy);
    if let Some(format) = format {
        options = options.format(format.parse::<Format>()?);
    }
    if let Some(limit) = max_input_bytes {
        options = options.max_input_bytes(limit as usize);
    }
    if let Some(limit) = max_items {
        options = options.max_items(limit as usize);
    }
    Ok(options)
}

/// Parses `text` and returns the document as compact JSON (the contract's shape).
///
/// With no options set this is `minutes::parse`, which never fails; the limits and a forced
/// format go through `minutes::parse_with`, whose errors become a thrown `Error`.
#[wasm_bindgen]
pub fn parse_json(
    text: &str,
    format: Option<String>,
    max_input_bytes: Option<u32>,
    max_items: Option<u32>,
) -> Result<String, JsError> {
    let options = options(format, max_input_bytes, max_items, false)?;
    let document = minutes::parse_with(text, &options)?;
    Ok(minutes::to_json(&document))
}

/// Parses raw bytes (a `Uint8Array`): they must be UTF-8 unless `lossy` is set, in which case
/// invalid sequences become U+FFFD and spans index the decoded text.
#[wasm_bindgen]
pub fn parse_bytes_json(
    bytes: &[u8],
    format: Option<String>,
    max_input_bytes: Option<u32>,
    max_items: Option<u32>,
    lossy: bool,
) -> Result<String, JsError> {
    let options = options(format, max_input_bytes, max_items, lossy)?;
    let document = minutes::parse_bytes(bytes, &options)?;
    Ok(minutes::to_json(&document))
}

/// Parses without building any JSON and returns the number of items: lets `bench.mjs` tell
/// the parser's own cost inside WebAssembly apart from the cost of handing the document over.
#[wasm_bindgen]
pub fn parse_count_items(text: &str) -> u32 {
    minutes::parse(text).items.len() as u32
}

/// The version of this package (the workspace version).
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// The JSON schema version of the documents this build returns.
#[wasm_bindgen]
pub fn schema_version() -> u32 {
    minutes::SCHEMA_VERSION
}

/// Panics with `message`. Exists only so the tests can check, on the real binary, that a
/// panic comes out as a readable `Error` and that the module keeps working afterwards.
#[wasm_bindgen]
#[doc(hidden)]
pub fn __test_panic(message: &str) {
    panic!("{message}");
}

#[cfg(test)]
mod tests {
    use super::*;

    // JsError can only be built on wasm32, so these tests stay on the success paths; the
    // error paths are tested through the real binary in the Node tests.
    #[test]
    fn options_map_onto_the_core_options() {
        let o = options(Some("moderngov-listing".into()), Some(10), Some(3), true)
            .unwrap_or_else(|_| panic!("valid options"));
        assert_eq!(o.format, Some(Format::ModernGovListing));
        assert_eq!(o.max_input_bytes, Some(10));
        assert_eq!(o.max_items, Some(3));
        assert!(o.lossy);
    }

    #[test]
    fn json_is_the_serde_json_of_the_document() {
        let text = "PLANNING COMMITTEE\nTuesday 5 December 2023\n";
        let json = parse_json(text, None, None, None).unwrap_or_else(|_| panic!("parses"));
        assert_eq!(
            json,
            serde_json::to_string(&minutes::parse(text)).expect("serialises")
        );
    }
}
