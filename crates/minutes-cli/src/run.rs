//! Reading and parsing many documents in parallel while keeping their output in input order.
//!
//! Work goes out in chunks: each chunk is parsed on the rayon pool, then its results are
//! handed to the caller in order before the next chunk starts. Output order is thus stable
//! whatever the thread count, and memory stays bounded by one chunk's results rather than a
//! whole archive's.

use crate::inputs::Source;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use minutes::{Document, ParseOptions};
use rayon::prelude::*;
use std::io::IsTerminal;

/// Below this many files a progress bar would only flicker.
const PROGRESS_MIN_FILES: usize = 50;

/// Why one document gave no result. The exit status is the worst kind seen.
#[derive(Debug)]
pub enum Failure {
    /// The input could not be read (exit status 1).
    Unreadable(std::io::Error),
    /// The parser refused the input: not UTF-8, or over a limit (exit status 2).
    Rejected(minutes::Error),
}

impl Failure {
    pub fn exit_code(&self) -> u8 {
        match self {
            Failure::Unreadable(_) => crate::EXIT_UNREADABLE,
            Failure::Rejected(_) => crate::EXIT_REJECTED,
        }
    }
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Failure::Unreadable(e) => write!(f, "cannot read: {e}"),
            Failure::Rejected(e) => e.fmt(f),
        }
    }
}

/// Reads and parses one source. The bytes are dropped before returning: spans index them,
/// but no caller here needs the text once the document exists.
pub fn read_and_parse(source: &Source, options: &ParseOptions) -> Result<Document, Failure> {
    let bytes = source.read().map_err(Failure::Unreadable)?;
    minutes::parse_bytes(&bytes, options).map_err(Failure::Rejected)
}

/// Runs `work` on every source on the current rayon pool and gives the results to `sink`
/// in input order.
pub fn for_each_ordered<T, W, S>(sources: &[Source], show_progress: bool, work: W, mut sink: S)
where
    T: Send,
    W: Fn(&Source) -> T + Sync,
    S: FnMut(&Source, T),
{
    let bar = progress_bar(sources.len(), show_progress);
    // Several chunks per thread keep every core busy while a slow document finishes.
    let chunk = (rayon::current_num_threads() * 32).max(1);
    for group in sources.chunks(chunk) {
        let results: Vec<T> = group
            .par_iter()
            .map(|source| {
                let result = work(source);
                if let Some(bar) = &bar {
                    bar.inc(1);
                }
                result
            })
            .collect();
        for (source, result) in group.iter().zip(results) {
            sink(source, result);
        }
    }
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
}

/// A bar on a terminal for a long run, or none: not a hidden bar, whose `inc` still takes
/// a lock and reads the clock for every document (about 750 instructions each, 0.2 per
/// input byte on short minutes).
fn progress_bar(len: usize, wanted: bool) -> Option<ProgressBar> {
    if !wanted || len < PROGRESS_MIN_FILES || !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = ProgressBar::with_draw_target(Some(len as u64), ProgressDrawTarget::stderr());
    if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} files  eta {eta}") {
        bar.set_style(style);
    }
    Some(bar)
}
