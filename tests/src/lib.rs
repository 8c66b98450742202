//! The project's regression suite: hand-written fixture minutes with hand-written gold
//! files, JSON snapshots of the full parse, and the scores on `../shared` when it is there.
//!
//! The library part holds what the test files share: [`score`], a port of
//! `shared/tools/score_corpus.py` so the tests judge exactly as the project's scoring does,
//! [`fixtures`], which finds fixtures and the shared folders, and [`snapshot`], which
//! compares (or, with `MINUTES_BLESS=1`, rewrites) the JSON snapshots.

pub mod fixtures;
pub mod score;
pub mod snapshot;
