//! Helpers shared by the robustness tests (`hostile.rs`, `properties.rs`).
//!
//! `invariants.rs` is also compiled into the fuzz target (by path), so it depends on nothing
//! but `minutes` and `serde_json`.

// Each test binary uses a different subset of these helpers.
#![allow(dead_code, unused_imports)]

mod guard;
mod invariants;

pub use guard::*;
pub use invariants::*;

/// The directory of shared test material (`../shared/<sub>` beside the repository), or
/// `None` after printing why the caller skips.
pub fn shared_dir(sub: &str) -> Option<std::path::PathBuf> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared")
        .join(sub);
    if dir.is_dir() {
        Some(dir)
    } else {
        println!("skipped: ../shared/{sub} is absent");
        None
    }
}
