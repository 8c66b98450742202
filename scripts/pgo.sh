#!/usr/bin/env bash
# A profile-guided (PGO) build of the `minutes` CLI, and its instructions per byte.
#
#   scripts/pgo.sh [--no-measure]
#
# 1. Builds the CLI instrumented (-Cprofile-generate) into target/pgo-gen.
# 2. Trains it on the project's own minutes only (tests/fixtures and examples, made-up
#    documents in every layout, parsed 40 times over), never on the folders measured below,
#    so the figure is not flattered by having seen its test data.
# 3. Merges the profile with the llvm-profdata of rustc's own LLVM major version (Debian:
#    `apt-get install llvm-N`; bookworm-security carries recent ones) and rebuilds with
#    -Cprofile-use into target/pgo: the binary is target/pgo/release/minutes.
# 4. Unless --no-measure: the marginal instructions per byte of `minutes stats` between a
#    0.7 MB and a 5 MB synthetic folder (as scripts/instructions-per-byte.sh), for the plain
#    release build and the PGO build side by side.
#
# Exit status 0 on success, 2 on a setup error.
set -euo pipefail

measure=1
for arg in "$@"; do
  case "$arg" in
    --no-measure) measure=0 ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "unknown argument $arg" >&2; exit 2 ;;
  esac
done

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# shellcheck source=scripts/bench-lib.sh
source "$root/scripts/bench-lib.sh"

# rustc writes raw profiles in its own LLVM's format: only that major version reads them.
llvm_major=$(rustc -vV | sed -n 's/^LLVM version: \([0-9]*\).*/\1/p')
profdata=""
for candidate in "llvm-profdata-$llvm_major" llvm-profdata; do
  if command -v "$candidate" >/dev/null &&
      "$candidate" --version 2>/dev/null | grep -q "version $llvm_major\."; then
    profdata=$candidate
    break
  fi
done
if [ -z "$profdata" ]; then
  echo "llvm-profdata for LLVM $llvm_major is required (Debian: apt-get install llvm-$llvm_major)" >&2
  exit 2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/minutes-pgo.XXXXXX")
trap 'rm -rf "$work"' EXIT

echo "building the instrumented CLI ..." >&2
RUSTFLAGS="-Cprofile-generate=$work/raw" CARGO_TARGET_DIR="$root/target/pgo-gen" \
  cargo build --release --quiet -p minutes-cli --bin minutes

echo "training on tests/fixtures and examples ..." >&2
training=()
for _ in $(seq 40); do training+=(tests/fixtures examples); done
"$root/target/pgo-gen/release/minutes" stats -j 1 --no-progress "${training[@]}" >/dev/null
"$profdata" merge -o "$work/minutes.profdata" "$work"/raw/*.profraw

echo "building the PGO CLI ..." >&2
RUSTFLAGS="-Cprofile-use=$work/minutes.profdata" CARGO_TARGET_DIR="$root/target/pgo" \
  cargo build --release --quiet -p minutes-cli --bin minutes
echo "PGO build: target/pgo/release/minutes"
[ "$measure" = 1 ] || exit 0

for tool in valgrind jq; do
  command -v "$tool" >/dev/null || { echo "$tool is required to measure" >&2; exit 2; }
done
cargo build --release --quiet -p minutes-cli --bin minutes -p minutes-benches --bin bench-corpus
"$root/target/release/bench-corpus" corpus "$work/small" 700000
"$root/target/release/bench-corpus" corpus "$work/large" 5000000
echo
echo "== marginal instructions per byte, synthetic 0.7 MB -> 5 MB (minutes stats -j 1) =="
for build in release pgo; do
  minutes="$root/target/release/minutes"
  [ "$build" = pgo ] && minutes="$root/target/pgo/release/minutes"
  b_s=$(input_bytes "$minutes" "$work/small")
  b_l=$(input_bytes "$minutes" "$work/large")
  i_s=$(callgrind_instructions "$work/cg-$build-s.out" "$minutes" stats -j 1 --no-progress "$work/small")
  i_l=$(callgrind_instructions "$work/cg-$build-l.out" "$minutes" stats -j 1 --no-progress "$work/large")
  awk -v a="$i_s" -v b="$i_l" -v x="$b_s" -v y="$b_l" -v n="$build" \
    'BEGIN { printf "%-8s %6.2f instructions/byte\n", n, (b - a) / (y - x) }'
done
