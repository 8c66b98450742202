#!/usr/bin/env bash
# Quick profile of the parser for optimisation work: one callgrind run, no comparisons.
#
#   scripts/callgrind-profile.sh [INPUT...]
#
# Builds the release CLI, runs `valgrind --tool=callgrind` on `minutes stats -j 1 INPUT...`
# (default: a fresh ~5 MB folder of synthetic minutes), and prints the instructions per
# byte of the whole run (start-up included, so slightly above the marginal figure of
# scripts/instructions-per-byte.sh) and the top functions. The profile is kept in
# target/callgrind/profile.out for callgrind_annotate or kcachegrind.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# shellcheck source=scripts/bench-lib.sh
source "$root/scripts/bench-lib.sh"

cargo build --release --quiet -p minutes-cli --bin minutes -p minutes-benches --bin bench-corpus
minutes="$root/target/release/minutes"
inputs=("$@")
if [ ${#inputs[@]} -eq 0 ]; then
  work=$(mktemp -d "${TMPDIR:-/tmp}/minutes-profile.XXXXXX")
  trap 'rm -rf "$work"' EXIT
  "$root/target/release/bench-corpus" corpus "$work/synthetic" 5000000
  inputs=("$work/synthetic")
fi
mkdir -p "$root/target/callgrind"
out="$root/target/callgrind/profile.out"
instr=$(callgrind_instructions "$out" "$minutes" stats -j 1 --no-progress "${inputs[@]}")
bytes=$("$minutes" stats --json --no-progress "${inputs[@]}" | jq -r .bytes)
awk -v i="$instr" -v b="$bytes" 'BEGIN { printf "%d instructions for %d bytes: %.2f instructions/byte (start-up included)\n", i, b, i / b }'
print_profile "$out"
