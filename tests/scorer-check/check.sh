#!/usr/bin/env bash
# Regenerates expected.txt with the real ../shared/tools/score_corpus.py on the hand-made
# outputs here (NAME.out.json stands in for the parser's output on NAME.txt). The Rust
# scorer must print the same (tests/tests/scorer_matches_python.rs checks it).
set -euo pipefail
cd "$(dirname "$0")"
script=../../../shared/tools/score_corpus.py
if [ ! -f "$script" ]; then
  echo "skipped: ../shared/tools/score_corpus.py is absent"
  exit 0
fi
python3 "$script" -v --cmd 'sh -c '\''cat "${0%.txt}.out.json"'\'' {}' . > expected.txt
git diff --exit-code -- expected.txt && echo "expected.txt is what score_corpus.py prints"
