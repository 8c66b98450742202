# Helpers shared by scripts/instructions-per-byte.sh and scripts/bench-throughput.sh.
# Sourced, not run.

# callgrind_instructions OUT_FILE COMMAND... : prints the total instructions (Ir) the
# command executed, all threads included. $CALLGRIND_TIMEOUT (seconds) bounds the run.
callgrind_instructions() {
  local out=$1
  shift
  if ! timeout "${CALLGRIND_TIMEOUT:-900}" valgrind --tool=callgrind --callgrind-out-file="$out" \
      "$@" >/dev/null 2>"$out.log"; then
    echo "callgrind failed or timed out on: $* (log: $out.log)" >&2
    return 1
  fi
  awk '/^(summary|totals):/ { print $2; exit }' "$out"
}

# input_bytes MINUTES DIR : the bytes `minutes stats` read from DIR (parsed documents only).
input_bytes() {
  "$1" stats --json --no-progress "$2" | jq -r .bytes
}

# callgrind_top OUT_FILE N [yes|no] : the N costliest functions of a callgrind profile,
# by own cost (no, the default) or inclusive cost (yes). callgrind_annotate splits a
# function into one row per source file its inlined code came from: own costs of those
# rows are summed back into one per function; inclusive costs overlap, so the largest row
# stands for the function.
callgrind_top() {
  local out=$1 n=$2 inclusive=${3:-no} total
  total=$(awk '/^(summary|totals):/ { print $2; exit }' "$out")
  callgrind_annotate --auto=no --inclusive="$inclusive" --threshold=100 "$out" 2>/dev/null |
    sed -nE 's/^ *([0-9,]+) \( *[0-9.]+%\) +(.*)$/\1\t\2/p' |
    grep -v 'PROGRAM TOTALS' |
    sed -E 's/\t[^:\t]*:/\t/; s/ \[[^]]*\]$//; s/ \([0-9,]+x\)$//' |
    awk -F'\t' -v total="$total" -v inclusive="$inclusive" '
      { gsub(",", "", $1)
        if (inclusive == "yes") { if ($1 + 0 > cost[$2] + 0) cost[$2] = $1 + 0 }
        else cost[$2] += $1 }
      END { for (f in cost) printf "%14.0f %6.2f%%  %s\n", cost[f], 100 * cost[f] / total, f }' |
    sort -rn | head -n "$n"
}

# print_profile OUT_FILE : the 20 functions with the most own instructions, then the 15
# parser functions with the most inclusive instructions (what each phase costs in all).
print_profile() {
  echo "-- top functions by own instructions --"
  callgrind_top "$1" 20 no || true
  echo "-- top parser functions by inclusive instructions (callees included) --"
  callgrind_top "$1" 60 yes | grep ' minutes::' | grep -v "'[0-9]*$" | head -n 15 || true
  echo "(full profile: callgrind_annotate --inclusive=yes $1)"
}
