//! Arbitrary bytes through `parse_bytes`, strict and lossy, checking every invariant of
//! `crates/minutes/tests/common/invariants.rs` (the same checker the test suite uses):
//! no panic, spans in bounds and on character boundaries, items ordered, every
//! non-whitespace byte accounted for, deterministic, serialisable, and the typed
//! `InvalidUtf8` error at the right offset.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../crates/minutes/tests/common/invariants.rs"]
#[allow(dead_code)]
mod invariants;

fuzz_target!(|data: &[u8]| {
    invariants::check_bytes(data);
});
