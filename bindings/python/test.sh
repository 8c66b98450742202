#!/usr/bin/env bash
# The Python package's suite: builds the abi3 wheel into a virtual environment (created on
# first run under target/py-venv), then runs pytest on bindings/python/tests against it
# (JSON compared byte for byte with a freshly built `minutes` CLI) and mypy's stubtest of
# the .pyi stub against the compiled module. Idempotent; needs python3 >= 3.10 with venv/pip.
#
#   bash bindings/python/test.sh [pytest args...]
#
# MINUTES_PY_VENV=path picks another environment, MINUTES_PY_FRESH=1 recreates it first (CI);
# PYTHON=python3.x picks another interpreter.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
VENV=${MINUTES_PY_VENV:-$ROOT/target/py-venv}
PYTHON=${PYTHON:-python3}

if [ "${MINUTES_PY_FRESH:-0}" = 1 ] && [ -d "$VENV" ]; then
  echo "== removing $VENV (MINUTES_PY_FRESH=1)"
  rm -rf "$VENV"
fi
if [ ! -x "$VENV/bin/python" ]; then
  echo "== creating $VENV"
  "$PYTHON" -m venv "$VENV"
fi
export VIRTUAL_ENV=$VENV
export PATH="$VENV/bin:$PATH"

# Already-satisfied requirements cost pip a second and no download.
python -m pip install --quiet --disable-pip-version-check \
  'maturin>=1.9.4,<2' 'pytest>=7' 'pandas>=1.5' 'mypy>=1.8' pandas-stubs

echo "== building and installing the package (pip install ./bindings/python)"
# No build isolation: the maturin just installed is the build backend, so a rebuild needs
# no network. --force-reinstall: the version does not change between commits, the code does.
python -m pip install --quiet --disable-pip-version-check --no-build-isolation \
  --no-deps --force-reinstall ./bindings/python
python - <<'PY'
import pathlib, minutes._minutes as m
so = pathlib.Path(m.__file__).name
assert ".abi3." in so, f"expected an abi3 extension module, got {so}"
print(f"installed minutes {m.__version__} ({so})")
PY

echo "== building the CLI the JSON is compared with"
cargo build --quiet --release -p minutes-cli
export MINUTES_CLI=$ROOT/target/release/minutes
export MINUTES_REQUIRE_CLI=1

echo "== pytest bindings/python/tests"
# From outside the source tree, so `import minutes` is the installed package.
(cd "$ROOT/bindings/python/tests" && python -m pytest -q -p no:cacheprovider "$@" .)

echo "== stubtest: the installed package and its .pyi against the compiled module"
# From the venv's folder: no source tree on mypy's path, only the installed package.
(cd "$VENV" && python -m mypy.stubtest minutes)

echo "== mypy --strict: the package and its tests type-check against the stub"
(cd "$ROOT/bindings/python" && python -m mypy --strict --cache-dir "$VENV/mypy-cache" \
  python/minutes tests bench.py)
