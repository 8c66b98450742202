//! Writes benchmark inputs to disk for `scripts/instructions-per-byte.sh`.
//!
//! ```text
//! bench-corpus corpus OUT_DIR BYTES [SOURCE_DIR...]
//!     Fills OUT_DIR with at least BYTES of minutes: synthetic ones (seed 2026), or, when
//!     SOURCE_DIRs are given, their *.txt files cycled in sorted order (copy k of a file is
//!     named NNNNN_name.txt), for real text with a deterministic size.
//! bench-corpus stress SHAPE SCALE OUT_FILE
//!     Writes one stress document (items, long-line, long-list, attendance, flattened,
//!     resolutions, whitespace, welcomes, flattened-blanks; and the linear but dear ones:
//!     dotted, figures, blank-runs, apologies, budget-printed, budget-moderngov,
//!     budget-flattened, budget-unknown) of about SCALE x 64 KB.
//! ```

use minutes_benches::{synth, workload};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("corpus") if args.len() >= 3 => corpus(&args[1], &args[2], &args[3..]),
        Some("stress") if args.len() == 4 => stress(&args[1], &args[2], &args[3]),
        _ => Err(
            "usage: bench-corpus corpus OUT_DIR BYTES [SOURCE_DIR...]\n       \
                  bench-corpus stress SHAPE SCALE OUT_FILE"
                .to_string(),
        ),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("bench-corpus: {message}");
            ExitCode::from(2)
        }
    }
}

fn corpus(out: &str, bytes: &str, sources: &[String]) -> Result<(), String> {
    let total: usize = bytes
        .parse()
        .map_err(|_| format!("{bytes:?} is not a byte count"))?;
    let out = Path::new(out);
    std::fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
    let docs = if sources.is_empty() {
        synth::corpus(workload::SEED, total)
    } else {
        cycle(sources, total)?
    };
    for doc in docs {
        let path = out.join(&doc.name);
        std::fs::write(&path, doc.text).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}

/// Real documents repeated in a fixed order until `total` bytes.
fn cycle(sources: &[String], total: usize) -> Result<Vec<synth::NamedText>, String> {
    let mut files: Vec<PathBuf> = Vec::new();
    for dir in sources {
        let entries = std::fs::read_dir(dir).map_err(|e| format!("{dir}: {e}"))?;
        files.extend(
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "txt")),
        );
    }
    files.sort();
    let texts: Vec<(String, String)> = files
        .iter()
        .filter_map(|p| {
            let text = std::fs::read_to_string(p).ok()?;
            Some((p.file_name()?.to_string_lossy().into_owned(), text))
        })
        .collect();
    if texts.is_empty() {
        return Err("no readable *.txt files in the source folders".into());
    }
    let mut docs = Vec::new();
    let mut made = 0;
    for (i, (name, text)) in texts.iter().cycle().enumerate() {
        if made >= total {
            break;
        }
        made += text.len();
        docs.push(synth::NamedText {
            name: format!("{i:05}_{name}"),
            text: text.clone(),
        });
    }
    Ok(docs)
}

fn stress(shape: &str, scale: &str, out: &str) -> Result<(), String> {
    let shape: synth::Stress = shape.parse()?;
    let scale: usize = scale
        .parse()
        .map_err(|_| format!("{scale:?} is not a scale"))?;
    std::fs::write(out, synth::stress(shape, scale)).map_err(|e| format!("{out}: {e}"))
}
