#!/usr/bin/env bash
# The optimisation loop's check: is the output unchanged, and what does a parse cost now?
#
#   scripts/perf-check.sh [--bless] [MINUTES_BINARY]
#
# Uses the `profiling` cargo profile (release without LTO: quick rebuilds, the same code
# within ~0.3 instructions/byte) unless a binary is given. Work folder: $PERF_DIR
# (default /tmp/minutes-perf), made once and kept between runs:
#   c07, c5    ~0.7 MB and ~5 MB of synthetic minutes (bench-corpus, seed 2026)
#   s07, s5    the same sizes cycled from ../shared/{seeds,corpus} (when present)
#   baseline/  `parse --ndjson` of c5, s5 and ../shared as they were at --bless
# Then:
# 1. output identity: `parse --ndjson` of c5, s5 and ../shared against the baseline
#    (an optimisation changes no byte of the output; --bless takes the current output
#    as the baseline, which is how a session starts);
# 2. the marginal callgrind instructions per byte of `stats -j 1` from 0.7 to 5 MB,
#    to three decimals (the figure scripts/instructions-per-byte.sh reports, profiling build).
# Exit status 1 when the output differs from the baseline.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# shellcheck source=scripts/bench-lib.sh
source "$root/scripts/bench-lib.sh"

bless=0
minutes=""
for arg in "$@"; do
  case "$arg" in
    --bless) bless=1 ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) minutes=$arg ;;
  esac
done
if [ -z "$minutes" ]; then
  cargo build --profile profiling --quiet -p minutes-cli --bin minutes
  minutes="$root/target/profiling/minutes"
fi
work=${PERF_DIR:-/tmp/minutes-perf}
shared="$root/../shared"
mkdir -p "$work/baseline"
gen="$root/target/release/bench-corpus"
if [ ! -d "$work/c5" ]; then
  cargo build --release --quiet -p minutes-benches --bin bench-corpus
  "$gen" corpus "$work/c07" 700000
  "$gen" corpus "$work/c5" 5000000
  if [ -d "$shared/seeds" ]; then
    "$gen" corpus "$work/s07" 700000 "$shared/seeds" "$shared/corpus"
    "$gen" corpus "$work/s5" 5000000 "$shared/seeds" "$shared/corpus"
  fi
fi

sets=(c)
[ -d "$work/s5" ] && sets+=(s)
status=0
for set in "${sets[@]}" real; do
  if [ "$set" = real ]; then
    [ -d "$shared/seeds" ] || continue
    inputs=("$shared/seeds" "$shared/corpus")
  else
    inputs=("$work/${set}5")
  fi
  out="$work/$set.now.ndjson"
  "$minutes" parse --ndjson --no-progress "${inputs[@]}" >"$out" || true
  if [ "$bless" = 1 ] || [ ! -f "$work/baseline/$set.ndjson" ]; then
    cp "$out" "$work/baseline/$set.ndjson"
    echo "$set: baseline taken"
  elif cmp -s "$out" "$work/baseline/$set.ndjson"; then
    echo "$set: output identical"
  else
    echo "$set: OUTPUT DIFFERS (diff $out $work/baseline/$set.ndjson)"
    status=1
  fi
done

for set in "${sets[@]}"; do
  b_s=$(input_bytes "$minutes" "$work/${set}07")
  b_l=$(input_bytes "$minutes" "$work/${set}5")
  i_s=$(callgrind_instructions "$work/cg-$set-s.out" "$minutes" stats -j 1 --no-progress "$work/${set}07")
  i_l=$(callgrind_instructions "$work/cg-$set-l.out" "$minutes" stats -j 1 --no-progress "$work/${set}5")
  awk -v s="$set" -v a="$i_s" -v b="$i_l" -v x="$b_s" -v y="$b_l" \
    'BEGIN { printf "%s: %.3f instructions/byte (%d instructions on the 5 MB folder)\n", (s == "c" ? "synthetic" : "shared"), (b - a) / (y - x), b }'
done
echo "(profiles: $work/cg-*-l.out; callgrind_annotate --inclusive=yes FILE)"
exit $status
