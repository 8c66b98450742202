#!/usr/bin/env bash
# Parser throughput against the memchr line-split limit, measured in the same run.
#
#   scripts/bench-throughput.sh [--no-run]
#
# Runs the criterion groups in benches/benches/throughput.rs (synthetic; ../shared's seeds
# and corpus; its seeds alone, whole documents; release profile, ~1.5 minutes of
# measurement after a ~2 minute build) and prints bytes/s of the memchr line split, of
# copying every line into a String, and of the full typed parse, with the ratio
# parse / memchr. Target: >= 10% (stretch 25%). With --no-run it only reads the last
# results from target/criterion.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
if [ "${1:-}" != --no-run ]; then
  cargo bench -p minutes-benches --bench throughput
fi
status=0
for group in synthetic shared seeds; do
  dir="$root/target/criterion/$group"
  [ -d "$dir/parse/new" ] || { echo "$group: no results (skipped or not run)"; continue; }
  bytes=$(jq -r '.throughput.Bytes' "$dir/parse/new/benchmark.json")
  rate() { jq -r --argjson b "$bytes" '$b / (.mean.point_estimate / 1e9)' "$dir/$1/new/estimates.json"; }
  base=$(rate memchr_lines); owned=$(rate owned_lines); parse=$(rate parse)
  echo "== $group ($bytes bytes per iteration) =="
  awk -v b="$base" -v o="$owned" -v p="$parse" 'BEGIN {
    printf "  memchr_lines  %9.1f MB/s\n", b / 1e6
    printf "  owned_lines   %9.1f MB/s  (%.1f%% of memchr)\n", o / 1e6, 100 * o / b
    printf "  parse         %9.1f MB/s  (%.1f%% of memchr; target >= 10%%, stretch 25%%)\n", p / 1e6, 100 * p / b
  }'
  if awk -v b="$base" -v p="$parse" 'BEGIN { exit !(p / b < 0.10) }'; then status=1; fi
done
exit "$status"
