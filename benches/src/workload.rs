//! The documents the benchmarks run on: a synthetic corpus that is always there, and the
//! published minutes in `../shared` when that folder is present beside the repository.

use crate::synth::{self, NamedText};
use std::path::{Path, PathBuf};

/// About a megabyte: large enough that per-call overheads vanish, small enough that one
/// criterion iteration stays in the tens of milliseconds on a slow core.
pub const SYNTHETIC_BYTES: usize = 1 << 20;

/// The seed of every committed figure; change it and the numbers are no longer comparable.
pub const SEED: u64 = 2026;

/// The synthetic workload ([`SYNTHETIC_BYTES`] of mixed layouts).
pub fn synthetic() -> Vec<NamedText> {
    synth::corpus(SEED, SYNTHETIC_BYTES)
}

/// `../shared` from the repository root, or `$MINUTES_SHARED` when set.
pub fn shared_dir() -> PathBuf {
    match std::env::var_os("MINUTES_SHARED") {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared"),
    }
}

/// Every `*.txt` in `shared/seeds` and `shared/corpus`, sorted by path; `None` when the
/// folder is absent (the caller says it skipped).
pub fn shared() -> Option<Vec<NamedText>> {
    shared_folders(&["seeds", "corpus"])
}

/// Every `*.txt` in `shared/seeds` alone: whole documents, where the corpus holds 2 KB
/// excerpts (page tops, header-heavy); `None` when the folder is absent.
pub fn seeds() -> Option<Vec<NamedText>> {
    shared_folders(&["seeds"])
}

/// Every `*.txt` in these folders of `../shared`, sorted by path; `None` when none is found.
fn shared_folders(folders: &[&str]) -> Option<Vec<NamedText>> {
    let root = shared_dir();
    let mut paths = Vec::new();
    for sub in folders {
        let Ok(entries) = std::fs::read_dir(root.join(sub)) else {
            continue;
        };
        paths.extend(
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "txt")),
        );
    }
    paths.sort();
    let docs: Vec<NamedText> = paths
        .iter()
        .filter_map(|p| {
            let text = std::fs::read_to_string(p).ok()?;
            let name = p.file_name()?.to_string_lossy().into_owned();
            Some(NamedText { name, text })
        })
        .collect();
    (!docs.is_empty()).then_some(docs)
}

/// Total bytes of a workload, for `Throughput::Bytes`.
pub fn total_bytes(docs: &[NamedText]) -> u64 {
    docs.iter().map(|d| d.text.len() as u64).sum()
}
