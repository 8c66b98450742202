#!/usr/bin/env bash
# Instructions per input byte of `minutes stats`, the stable speed figure on shared machines.
#
#   scripts/instructions-per-byte.sh [--no-profile] [--keep]
#
# 1. Builds the release CLI and the corpus generator (benches/src/bin/bench-corpus.rs).
# 2. Makes a ~0.7 MB and a ~5 MB folder of synthetic minutes (deterministic: seed 2026),
#    and the same from ../shared/{seeds,corpus} cycled when that folder is present
#    ("shared": mostly the corpus's 2 KB excerpts, the top of a document, where headers
#    and attendance lists cost the most per byte), and from ../shared/seeds alone ("seeds":
#    five whole documents of 9-22 KB, header to last item).
# 3. Counts instructions with `valgrind --tool=callgrind` on `minutes stats -j 1` for each
#    and prints the marginal cost  (I_5MB - I_0.7MB) / (B_5MB - B_0.7MB),  which cancels
#    process start-up. Target: <= 12 instructions/byte. The same for `minutes parse --ndjson`
#    (parse and write JSON) is printed for reference.
# 4. Linear growth: for each stress shape (many items, one long line, a long list, a long
#    attendance line, a flattened export, one item with very many resolutions,
#    mostly blank text, very many officers welcomed by name, a flattened item whose text
#    follows a long run of blank lines, lines of dotted numbers, tables of figures, a roll-call
#    table of very many members) compares one ~64 KB document with one 10x larger:
#    (I_10x - I_empty) / (I_1x - I_empty), normalised to exactly 10x the bytes.
#    Target: <= 10.5.
# 5. Unless --no-profile: a callgrind profile of the 5 MB synthetic run, with the top
#    functions by own cost (callgrind_annotate). The raw profile stays in target/callgrind/.
#
# Exit status 0 when every target is met, 1 when one is missed, 2 on a setup error.
set -euo pipefail

profile=1
keep=0
for arg in "$@"; do
  case "$arg" in
    --no-profile) profile=0 ;;
    --keep) keep=1 ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "unknown argument $arg" >&2; exit 2 ;;
  esac
done

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# shellcheck source=scripts/bench-lib.sh
source "$root/scripts/bench-lib.sh"

for tool in valgrind callgrind_annotate jq; do
  command -v "$tool" >/dev/null || { echo "$tool is required" >&2; exit 2; }
done

echo "building release binaries ..." >&2
cargo build --release --quiet -p minutes-cli --bin minutes -p minutes-benches --bin bench-corpus
minutes="$root/target/release/minutes"
gen="$root/target/release/bench-corpus"

work=$(mktemp -d "${TMPDIR:-/tmp}/minutes-ipb.XXXXXX")
if [ "$keep" = 1 ]; then echo "inputs kept in $work" >&2; else trap 'rm -rf "$work"' EXIT; fi

status=0
shared="$root/../shared"

echo
echo "== marginal instructions per byte (minutes stats, 0.7 MB -> 5 MB folders) =="
printf '%-10s %12s %14s %12s %14s %8s\n' corpus bytes_0.7 instr_0.7 bytes_5 instr_5 instr/B
sources=(synthetic)
if [ -d "$shared/seeds" ]; then sources+=(shared seeds); else echo "skipped: ../shared/seeds is absent (real-text rows)"; fi
for src in "${sources[@]}"; do
  for size in 700000 5000000; do
    dir="$work/$src-$size"
    case "$src" in
      synthetic) "$gen" corpus "$dir" "$size" ;;
      shared) "$gen" corpus "$dir" "$size" "$shared/seeds" "$shared/corpus" ;;
      seeds) "$gen" corpus "$dir" "$size" "$shared/seeds" ;;
    esac
  done
  b_s=$(input_bytes "$minutes" "$work/$src-700000")
  b_l=$(input_bytes "$minutes" "$work/$src-5000000")
  i_s=$(callgrind_instructions "$work/cg-$src-s.out" "$minutes" stats -j 1 --no-progress "$work/$src-700000")
  i_l=$(callgrind_instructions "$work/cg-$src-l.out" "$minutes" stats -j 1 --no-progress "$work/$src-5000000")
  ipb=$(awk -v a="$i_s" -v b="$i_l" -v x="$b_s" -v y="$b_l" 'BEGIN { printf "%.2f", (b - a) / (y - x) }')
  printf '%-10s %12d %14d %12d %14d %8s\n' "$src" "$b_s" "$i_s" "$b_l" "$i_l" "$ipb"
  if awk -v v="$ipb" 'BEGIN { exit !(v > 12) }'; then status=1; echo "   MISSED: target <= 12 instructions/byte"; fi
done

echo
echo "== the same with the JSON written too (minutes parse --ndjson; no target, for reference) =="
printf '%-10s %8s\n' corpus instr/B
for src in "${sources[@]}"; do
  b_s=$(input_bytes "$minutes" "$work/$src-700000")
  b_l=$(input_bytes "$minutes" "$work/$src-5000000")
  i_s=$(callgrind_instructions "$work/cgj-$src-s.out" "$minutes" parse --ndjson -j 1 --no-progress "$work/$src-700000")
  i_l=$(callgrind_instructions "$work/cgj-$src-l.out" "$minutes" parse --ndjson -j 1 --no-progress "$work/$src-5000000")
  printf '%-10s %8s\n' "$src" "$(awk -v a="$i_s" -v b="$i_l" -v x="$b_s" -v y="$b_l" 'BEGIN { printf "%.2f", (b - a) / (y - x) }')"
done

echo
echo "== linear growth: one document 10x larger (target <= 10.5x instructions) =="
printf '%-16s %10s %14s %11s %14s %8s\n' shape bytes_1x instr_1x bytes_10x instr_10x growth
: > "$work/empty.txt"
i_0=$(callgrind_instructions "$work/cg-empty.out" "$minutes" stats -j 1 --no-progress "$work/empty.txt")
for shape in items long-line long-list attendance flattened resolutions whitespace welcomes flattened-blanks dotted figures roll-call; do
  "$gen" stress "$shape" 1 "$work/$shape-1.txt"
  "$gen" stress "$shape" 10 "$work/$shape-10.txt"
  b1=$(stat -c %s "$work/$shape-1.txt")
  b10=$(stat -c %s "$work/$shape-10.txt")
  i1=$(callgrind_instructions "$work/cg-$shape-1.out" "$minutes" stats -j 1 --no-progress "$work/$shape-1.txt")
  # A quadratic path would take hours under callgrind: give up after 10 minutes.
  if ! i10=$(CALLGRIND_TIMEOUT=600 callgrind_instructions "$work/cg-$shape-10.out" "$minutes" stats -j 1 --no-progress "$work/$shape-10.txt"); then
    printf '%-16s %10d %14d %11d %14s %8s\n' "$shape" "$b1" "$i1" "$b10" timeout ">10.5"
    status=1
    continue
  fi
  growth=$(awk -v i0="$i_0" -v i1="$i1" -v i10="$i10" -v b1="$b1" -v b10="$b10" \
    'BEGIN { printf "%.2f", (i10 - i0) / (i1 - i0) * (10 * b1 / b10) }')
  printf '%-16s %10d %14d %11d %14d %8s\n' "$shape" "$b1" "$i1" "$b10" "$i10" "$growth"
  if awk -v v="$growth" 'BEGIN { exit !(v > 10.5) }'; then status=1; echo "   MISSED: superlinear ($shape)"; fi
done
echo "(growth = (I_10x - I_empty) / (I_1x - I_empty), scaled to exactly 10x the bytes; I_empty = $i_0)"

if [ "$profile" = 1 ]; then
  mkdir -p "$root/target/callgrind"
  out="$root/target/callgrind/stats-synthetic-5MB.out"
  cp "$work/cg-synthetic-l.out" "$out"
  echo
  echo "== profile of the 5 MB synthetic run (minutes stats -j 1) =="
  print_profile "$out"
fi

exit "$status"
