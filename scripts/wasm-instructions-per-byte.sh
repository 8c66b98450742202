#!/usr/bin/env bash
# WebAssembly in Node against native, in instructions per input byte: a steady companion to
# bindings/wasm/bench.mjs, whose times on a shared machine move by tens of percent.
#
#   scripts/wasm-instructions-per-byte.sh [MEASURE...]     MEASURE: parseOnly parseJson parse
#
# Needs the package built (cd bindings/wasm && npm run build). Counts instructions with
# `valgrind --tool=callgrind` for 2 and 6 passes over the documents bench.mjs uses, and
# prints the marginal cost per byte, (I_6 - I_2) / (4 x bytes), which cancels start-up,
# compilation and warm-up:
# - native: bindings/wasm's native_bench example (`--passes`), minutes::parse alone;
# - wasm: `node --no-liftoff --single-threaded --predictable bindings/wasm/count.mjs`.
#   --no-liftoff compiles the module with the optimising tier at once (under valgrind the
#   baseline tier would never be left), and the other two flags keep V8's background
#   threads (compilers, garbage collector) from adding a varying count: without them two
#   identical runs differed by about 100M instructions.
# The ratio native / wasm is the speed wasm would reach at equal instructions per cycle; it is
# an estimate of bench.mjs's "of native parse" column, not a replacement for it.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# shellcheck source=scripts/bench-lib.sh
source "$root/scripts/bench-lib.sh"
for tool in valgrind node; do
  command -v "$tool" >/dev/null || { echo "$tool is required" >&2; exit 2; }
done
measures=("$@")
[ ${#measures[@]} -gt 0 ] || measures=(parseOnly parseJson parse)

cargo build --release -q -p minutes-wasm --example native_bench
native=target/release/examples/native_bench
mapfile -t files < <(node bindings/wasm/count.mjs --list)
bytes=$(cat "${files[@]}" | wc -c)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# marginal LABEL COMMAND... (the pass count goes last): instructions per byte of 4 more passes.
marginal() {
  local label=$1 two six
  shift
  two=$(callgrind_instructions "$work/$label.2" "$@" 2)
  six=$(callgrind_instructions "$work/$label.6" "$@" 6)
  awk -v a="$two" -v b="$six" -v n="$bytes" 'BEGIN { printf "%.1f", (b - a) / (4 * n) }'
}

echo "${#files[@]} documents, $bytes bytes; instructions per byte, marginal over 4 passes"
native_ipb=$(marginal native "$native" "${files[@]}" --passes)
printf '%-32s %7s\n' "native minutes::parse" "$native_ipb"
for measure in "${measures[@]}"; do
  wasm_ipb=$(marginal "$measure" node --no-liftoff --single-threaded --predictable \
    bindings/wasm/count.mjs "$measure")
  awk -v m="$measure" -v w="$wasm_ipb" -v n="$native_ipb" \
    'BEGIN { printf "%-32s %7.1f   native/wasm %.0f%%\n", "wasm " m, w, 100 * n / w }'
done
