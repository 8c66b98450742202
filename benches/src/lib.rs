//! Benchmark support for the `minutes` parser: a deterministic synthetic corpus
//! ([`synth`]), the workloads the benches run ([`workload`]) and the baselines that the
//! parser's throughput is compared against in the same run ([`baseline`]).
//!
//! Absolute times on shared machines drift by 2x between runs; a baseline measured beside
//! the parser on the same bytes does not, so the figures that matter are ratios.

pub mod baseline;
pub mod synth;
pub mod workload;
