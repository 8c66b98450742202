#!/usr/bin/env bash
# The whole test suite: Rust (core, CLI, golden fixtures), then each binding's own suite.
# Each binding's test.sh installs what it needs, so this works on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo test --workspace
for suite in bindings/python/test.sh bindings/wasm/test.sh; do
  if [ -f "$suite" ]; then
    echo "== $suite"
    bash "$suite"
  fi
done
