//! The command line: what `minutes` accepts, and the help text that explains it.
//!
//! Kept apart from the commands themselves so the whole user-facing surface (names, defaults,
//! examples) can be read in one place.

use clap::{Args, Parser, Subcommand};
use minutes::{Format, ParseOptions};
use std::path::PathBuf;

const PARSE_AFTER_HELP: &str = "\
OUTPUT
  One FILE (or `-`): the document as pretty-printed JSON, exactly the serde form of
  `minutes::Document` (see CONTRACT.md).
  A DIR or several inputs: NDJSON, one compact document per line, in input order (a
  directory's *.txt files sorted by path), whatever the number of threads. `--ndjson`
  forces NDJSON for a single file too.
  `--with-path` wraps each NDJSON line as {\"path\": ..., \"document\": {...}}; a file that
  fails then gives {\"path\": ..., \"error\": \"...\"} so there is one line per input file.
  Without it, failed files are left out of stdout and reported on stderr.

EXIT STATUS
  0  every input parsed
  1  an input could not be read (missing file, permission, I/O error)
  2  an input was rejected (not UTF-8 without --lossy, over --max-bytes or --max-items)
     or the command line was wrong
  Other files are still parsed after a failure; the status reports the worst one.

EXAMPLES
  minutes parse minutes.txt                      pretty JSON of one document
  curl -s https://example.invalid/m.txt | minutes parse -
  minutes parse --format printed minutes.txt     skip layout detection
  minutes parse archive/ > archive.ndjson        every *.txt under archive/, one line each
  minutes parse --with-path a.txt b.txt          NDJSON lines {\"path\", \"document\"}
  minutes parse --lossy --max-bytes 5M scraped/  replace bad UTF-8, refuse files over 5 MiB";

const STATS_AFTER_HELP: &str = "\
Parses every input and prints totals without serialising any document: the cheapest way
to run the parser over an archive from the shell (and what scripts/instructions-per-byte.sh
measures). `people` counts attendance entries (present, apologies, in attendance,
substitutes and the members they replaced). Exit status as for `minutes parse`.

EXAMPLES
  minutes stats archive/
  minutes stats --json -j 1 archive/ | jq .items_per_document";

/// Parse published council and committee minutes (plain text) into typed JSON.
#[derive(Debug, Parser)]
#[command(
    name = "minutes",
    version,
    about,
    long_about = None,
    propagate_version = true,
    after_help = "Examples:\n  minutes parse minutes.txt\n  minutes parse --with-path archive/ > archive.ndjson\n  minutes stats --json archive/\n\n`minutes parse --help` explains the output, exit statuses and options."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Parse minutes and print each document as JSON.
    #[command(after_long_help = PARSE_AFTER_HELP)]
    Parse(ParseArgs),
    /// Parse minutes and print counts (documents, bytes, items, resolutions, people,
    /// diagnostics).
    #[command(after_long_help = STATS_AFTER_HELP)]
    Stats(StatsArgs),
}

#[derive(Debug, Args)]
pub struct ParseArgs {
    #[command(flatten)]
    pub input: InputArgs,

    /// Print NDJSON (one compact document per line) even for a single input.
    #[arg(long)]
    pub ndjson: bool,

    /// Wrap each NDJSON line as {"path": ..., "document": ...} (implies --ndjson).
    #[arg(long)]
    pub with_path: bool,
}

#[derive(Debug, Args)]
pub struct StatsArgs {
    #[command(flatten)]
    pub input: InputArgs,

    /// Print the totals as one JSON object.
    #[arg(long)]
    pub json: bool,
}

/// What both commands share: where the text comes from and how to parse it.
#[derive(Debug, Args)]
pub struct InputArgs {
    /// Files, directories (walked recursively for *.txt, sorted by path) or `-` for stdin.
    #[arg(value_name = "INPUT", required = true)]
    pub inputs: Vec<PathBuf>,

    /// Parse as this layout instead of detecting it: moderngov_listing, moderngov_item,
    /// printed, cmis, flattened or unknown.
    #[arg(long, value_name = "NAME", value_parser = parse_format)]
    pub format: Option<Format>,

    /// Refuse inputs larger than this (bytes; K, M and G suffixes are powers of 1024).
    #[arg(long, value_name = "SIZE", value_parser = parse_size)]
    pub max_bytes: Option<usize>,

    /// Refuse documents with more than this many items.
    #[arg(long, value_name = "N")]
    pub max_items: Option<usize>,

    /// Replace invalid UTF-8 with U+FFFD (and record a diagnostic) instead of refusing.
    #[arg(long)]
    pub lossy: bool,

    /// Worker threads for many files (default: one per core).
    #[arg(short = 'j', long, value_name = "N")]
    pub threads: Option<usize>,

    /// Never draw the progress bar (it is drawn only when stderr is a terminal and there
    /// are many files).
    #[arg(long)]
    pub no_progress: bool,
}

impl InputArgs {
    pub fn parse_options(&self) -> ParseOptions {
        let mut options = ParseOptions::new().lossy(self.lossy);
        if let Some(format) = self.format {
            options = options.format(format);
        }
        if let Some(limit) = self.max_bytes {
            options = options.max_input_bytes(limit);
        }
        if let Some(limit) = self.max_items {
            options = options.max_items(limit);
        }
        options
    }
}

fn parse_format(s: &str) -> Result<Format, String> {
    s.parse::<Format>().map_err(|e| e.to_string())
}

/// `1234`, `64K`, `5M`, `1G` (also `KB`, `MiB`, lower case): sizes people type for limits.
fn parse_size(s: &str) -> Result<usize, String> {
    let t = s.trim();
    let digits = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (number, unit) = t.split_at(digits);
    let number: usize = number
        .parse()
        .map_err(|_| format!("{s:?} is not a size (examples: 5000, 64K, 5M)"))?;
    let shift = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 0,
        "k" | "kb" | "kib" => 10,
        "m" | "mb" | "mib" => 20,
        "g" | "gb" | "gib" => 30,
        _ => return Err(format!("unknown size unit in {s:?} (use K, M or G)")),
    };
    number
        .checked_mul(1usize << shift)
        .ok_or_else(|| format!("{s:?} is too large"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn sizes_take_binary_suffixes() {
        assert_eq!(parse_size("5000"), Ok(5000));
        assert_eq!(parse_size("64K"), Ok(64 * 1024));
        assert_eq!(parse_size("5mb"), Ok(5 << 20));
        assert!(parse_size("5X").is_err());
        assert!(parse_size("M").is_err());
    }
}
