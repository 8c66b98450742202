//! Parser throughput beside the physical limit, on the same documents in the same run.
//!
//! Each group (synthetic minutes; ../shared's seeds and corpus; its seeds alone, whole
//! documents) parses every document of one workload per iteration three ways: a `memchr`
//! line split (the floor any line-based parser pays), copying every line into a `String`
//! (what a naive parser pays), and the full typed `minutes::parse`. All report bytes/s, so
//! the ratio parse/memchr can be read off directly (`scripts/bench-throughput.sh` prints
//! it). Samples are few and short: the machine has two shared cores.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use minutes_benches::{baseline, synth::NamedText, workload};
use std::hint::black_box;
use std::time::Duration;

fn group(c: &mut Criterion, name: &str, docs: &[NamedText]) {
    let mut g = c.benchmark_group(name);
    g.throughput(Throughput::Bytes(workload::total_bytes(docs)));
    g.sample_size(10);
    g.warm_up_time(Duration::from_secs(1));
    g.measurement_time(Duration::from_secs(4));
    g.bench_function("memchr_lines", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| baseline::memchr_lines(black_box(&d.text)))
                .fold(0usize, usize::wrapping_add)
        })
    });
    g.bench_function("owned_lines", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| baseline::owned_lines(black_box(&d.text)))
                .fold(0usize, usize::wrapping_add)
        })
    });
    g.bench_function("parse", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| minutes::parse(black_box(&d.text)).items.len())
                .sum::<usize>()
        })
    });
    g.finish();
}

fn throughput(c: &mut Criterion) {
    group(c, "synthetic", &workload::synthetic());
    match workload::shared() {
        Some(docs) => group(c, "shared", &docs),
        None => eprintln!(
            "skipped: {}/{{seeds,corpus}} is absent",
            workload::shared_dir().display()
        ),
    }
    // Whole documents apart: the corpus's 2 KB excerpts are the parser's dearest bytes.
    if let Some(seeds) = workload::seeds() {
        group(c, "seeds", &seeds);
    }
}

criterion_group!(benches, throughput);
criterion_main!(benches);
