//! The native half of `bench.mjs`: parses the same documents the WebAssembly build parses,
//! with the same timing method, and prints the rates as one JSON line.
//!
//! ```text
//! cargo run --release -p minutes-wasm --example native_bench -- [--seconds S] FILE...
//! ```
//!
//! Each measure runs 5 rounds; a round parses every document as many times as fits in
//! S/5 seconds (whole passes only), and the median round's bytes per second is reported,
//! because absolute times drift on a shared machine and the median is robust to one slow
//! round. `parse` is `minutes::parse` alone; `parse_json` adds `serde_json::to_string`, the
//! work the WebAssembly `parse` does before it hands the JSON to JavaScript.

use std::hint::black_box;
use std::time::{Duration, Instant};

const ROUNDS: usize = 5;

fn main() {
    let mut seconds = 5.0_f64;
    let mut files = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--seconds" {
            seconds = args
                .next()
                .and_then(|s| s.parse().ok())
                .unwrap_or_else(|| usage("--seconds takes a number"));
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
    let bytes: usize = docs.iter().map(String::len).sum();
    let round = Duration::from_secs_f64(seconds / ROUNDS as f64);

    let parse = median_rate(bytes, round, || {
        for doc in &docs {
            black_box(minutes::parse(black_box(doc)));
        }
    });
    let parse_json = median_rate(bytes, round, || {
        for doc in &docs {
            let json = serde_json::to_string(&minutes::parse(black_box(doc)));
            black_box(json.map(|j| j.len()).unwrap_or(0));
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

/// The median, over the rounds, of bytes per second of whole passes of `pass`.
fn median_rate(bytes: usize, round: Duration, mut pass: impl FnMut()) -> f64 {
    pass(); // warm-up: first-touch allocations and caches
    let mut rates: Vec<f64> = (0..ROUNDS)
        .map(|_| {
            let start = Instant::now();
            let mut passes = 0u64;
            while start.elapsed() < round || passes == 0 {
                pass();
                passes += 1;
            }
            (bytes as f64 * passes as f64) / start.elapsed().as_secs_f64()
        })
        .collect();
    rates.sort_by(f64::total_cmp);
    rates[ROUNDS / 2]
}

fn usage(message: &str) -> ! {
    eprintln!("native_bench: {message}\nusage: native_bench [--seconds S] FILE...");
    std::process::exit(2)
}
