//! The native half of `bench.mjs`: parses the same documents the WebAssembly build parses,
//! with the same timing method, and prints the rates as one JSON line.
//!
//! ```text
//! cargo run --release -p minutes-wasm --example native_bench -- [--seconds S] [--rounds N] FILE...
//! ```
//!
//! Each measure runs N rounds (5 by default); a round parses every document as many times as
//! fits in S/N seconds of the process's CPU time (whole passes only), and the median round's
//! bytes per second is reported. CPU time, not wall time, because on a shared machine wall
//! time mostly measures how long other work held the cores; the median is robust to one slow
//! round. `bench.mjs` runs it with `--rounds 1` once per round of its own, so the
//! native and WebAssembly rounds alternate and see the same machine load.
//!
//! `--passes P` instead parses every document P times and prints nothing: for counting
//! instructions (`valgrind --tool=callgrind`), which unlike times do not drift with the load. `parse` is `minutes::parse` alone; `parse_json` adds `minutes::to_json`, the
//! work the WebAssembly `parse` does before it hands the JSON to JavaScript.

use std::hint::black_box;
use std::time::Duration;

use cpu_time::ProcessTime;

fn main() {
    let mut seconds = 5.0_f64;
    let mut rounds = 5_usize;
    let mut passes = None;
    let mut files = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--seconds" {
            seconds = args
                .next()
                .and_then(|s| s.parse().ok())
                .unwrap_or_else(|| usage("--seconds takes a number"));
        } else if arg == "--passes" {
            passes = Some(
                args.next()
                    .and_then(|s| s.parse::<u64>().ok())
                    .unwrap_or_else(|| usage("--passes takes an integer")),
            );
        } else if arg == "--rounds" {
            rounds = args
                .next()
                .and_then(|s| s.parse().ok())
                .filter(|&n| n > 0)
                .unwrap_or_else(|| usage("--rounds takes a positive integer"));
        } else {
            files.push(arg);
        }
    }
    if files.is_empty() {
        usage("no files given");
    }
    let docs: Vec<String> = files
        .iter()
        .map(|f| std::fs::read_to_string(f).unwrap_or_else(|e| usage(&format!("{f}: {e}"))))
        .collect();
    if let Some(passes) = passes {
        for _ in 0..passes {
            for doc in &docs {
                black_box(minutes::parse(black_box(doc)));
            }
        }
        return;
    }
    let bytes: usize = docs.iter().map(String::len).sum();
    let round = Duration::from_secs_f64(seconds / rounds as f64);

    let parse = median_rate(bytes, rounds, round, || {
        for doc in &docs {
            black_box(minutes::parse(black_box(doc)));
        }
    });
    let parse_json = median_rate(bytes, rounds, round, || {
        for doc in &docs {
            black_box(minutes::to_json(&minutes::parse(black_box(doc))).len());
        }
    });
    println!(
        "{{\"documents\":{},\"bytes\":{},\"parse_bytes_per_s\":{:.0},\"parse_json_bytes_per_s\":{:.0}}}",
        docs.len(),
        bytes,
        parse,
        parse_json
    );
}

/// CPU time spent passing over the documents before each measure's timed rounds.
const WARM_UP: Duration = Duration::from_millis(200);

/// The median, over the rounds, of bytes per second of whole passes of `pass`.
fn median_rate(bytes: usize, rounds: usize, round: Duration, mut pass: impl FnMut()) -> f64 {
    // Warm-up: first-touch allocations, caches, the clock speed. One pass was not enough:
    // a fresh process's first round (bench.mjs runs one round per process) ran ~10% slower.
    let warm_up = ProcessTime::now();
    while warm_up.elapsed() < WARM_UP {
        pass();
    }
    let mut rates: Vec<f64> = (0..rounds)
        .map(|_| {
            let start = ProcessTime::now();
            let mut passes = 0u64;
            while start.elapsed() < round || passes == 0 {
                pass();
                passes += 1;
            }
            (bytes as f64 * passes as f64) / start.elapsed().as_secs_f64()
        })
        .collect();
    rates.sort_by(f64::total_cmp);
    rates[rounds / 2]
}

fn usage(message: &str) -> ! {
    eprintln!("native_bench: {message}\nusage: native_bench [--seconds S] [--rounds N] [--passes P] FILE...");
    std::process::exit(2)
}
