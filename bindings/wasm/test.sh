#!/usr/bin/env bash
# The WebAssembly package's whole suite, from a fresh machine: installs what is missing
# (each step is skipped when already done, so running it again is cheap), builds the
# package from Rust source, then runs the Node tests and the browser test.
#   bash bindings/wasm/test.sh
# Leaves a screenshot of the demo in target/minutes-wasm-demo.png.
set -euo pipefail
cd "$(dirname "$0")"
root="$(cd ../.. && pwd)"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

echo "== wasm32 target"
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
fi

echo "== wasm-bindgen CLI"
# Must be exactly the wasm-bindgen version in Cargo.lock: the CLI and the crate share a
# schema. Without --locked: a locked dependency version of the CLI is missing from the index.
want="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' "$root/Cargo.lock")"
have="$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)"
if [ "$have" != "$want" ]; then
  echo "installing wasm-bindgen-cli $want (found: ${have:-none}); this takes a few minutes"
  cargo install wasm-bindgen-cli --version "$want"
fi
wasm-bindgen --version

echo "== chromium"
if [ ! -x /usr/bin/chromium ]; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
fi

echo "== npm packages"
# npm ci follows package-lock.json exactly; skipped when node_modules was installed from
# this very lock file.
if [ ! -f node_modules/.minutes-lock ] || ! cmp -s package-lock.json node_modules/.minutes-lock; then
  npm ci --no-audit --no-fund
  cp package-lock.json node_modules/.minutes-lock
fi

echo "== the CLI (the JSON the package must match)"
(cd "$root" && cargo build --release -p minutes-cli)
export MINUTES_CLI="$root/target/release/minutes"

echo "== build"
npm run build

echo "== Node tests"
npm test

echo "== browser test"
npm run test:browser
