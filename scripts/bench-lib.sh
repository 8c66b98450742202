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
