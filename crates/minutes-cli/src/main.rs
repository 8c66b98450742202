//! `minutes`: the command-line surface of the `minutes` parser.
//!
//! `minutes parse` prints documents as JSON (the exact serde form of `minutes::Document`);
//! `minutes stats` prints totals and is the cheapest way to run the parser from the shell.
//! Run `minutes parse --help` for formats, exit statuses and examples.

/// A document is hundreds of small strings and vectors, made and dropped on every worker
/// thread: mimalloc serves them from thread-local pages, where the system allocator spent
/// more instructions than the parser's own scanning.
#[global_allocator]
static ALLOCATOR: minutes_alloc::MiMalloc = minutes_alloc::MiMalloc;

mod cli;
mod inputs;
mod parse_cmd;
mod run;
mod stats;

use clap::Parser;
use cli::{Cli, Command, InputArgs};
use std::io::{self, Write};
use std::process::ExitCode;

/// An input could not be read.
pub const EXIT_UNREADABLE: u8 = 1;
/// An input was refused by the parser (not UTF-8, over a limit) or the command line was wrong.
pub const EXIT_REJECTED: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let input = match &cli.command {
        Command::Parse(args) => &args.input,
        Command::Stats(args) => &args.input,
    };
    if let Err(message) = check(input) {
        eprintln!("minutes: {message}");
        return ExitCode::from(EXIT_REJECTED);
    }
    if let Some(threads) = input.threads {
        // Fails only if a pool already exists, and none does this early.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build_global();
    }

    let expanded = inputs::expand(&input.inputs);
    let mut status = 0u8;
    for (path, e) in &expanded.errors {
        eprintln!("minutes: {}: cannot list directory: {e}", path.display());
        status = EXIT_UNREADABLE;
    }
    for dir in &expanded.empty_dirs {
        eprintln!("minutes: {}: warning: no *.txt files found", dir.display());
    }

    let mut out = io::BufWriter::new(stdout());
    let result = match &cli.command {
        Command::Parse(args) => parse_cmd::run(args, &expanded, &mut out),
        Command::Stats(args) => stats::run(args, &expanded, &mut out),
    }
    .and_then(|s| out.flush().map(|()| s));
    match result {
        Ok(s) => ExitCode::from(status.max(s)),
        // `minutes parse dir | head` closes the pipe early; that is not an error.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::from(status),
        Err(e) => {
            eprintln!("minutes: cannot write output: {e}");
            ExitCode::from(EXIT_UNREADABLE)
        }
    }
}

/// Where the output goes. std's `Stdout` is line-buffered: it searches every write, even
/// our `BufWriter`'s full buffers, backwards for a newline (about one instruction per byte
/// of JSON). On unix a duplicate of its descriptor, written as a plain file, skips that;
/// errors (a closed pipe among them) are the same.
#[cfg(unix)]
fn stdout() -> Box<dyn Write> {
    use std::os::fd::AsFd;
    match io::stdout().as_fd().try_clone_to_owned() {
        Ok(fd) => Box::new(std::fs::File::from(fd)),
        Err(_) => Box::new(io::stdout().lock()),
    }
}

#[cfg(not(unix))]
fn stdout() -> Box<dyn Write> {
    Box::new(io::stdout().lock())
}

/// Checks clap cannot express.
fn check(input: &InputArgs) -> Result<(), String> {
    let stdin_count = input.inputs.iter().filter(|p| p.as_os_str() == "-").count();
    if stdin_count > 1 {
        return Err("`-` (stdin) can be given only once".into());
    }
    if input.threads == Some(0) {
        return Err("--threads must be at least 1".into());
    }
    Ok(())
}
