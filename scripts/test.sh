#!/usr/bin/env bash
# Run ruff and the whole test suite (CI runs this; with CI set it then builds and checks the desktop bundle). Makes .venv with the test tools on the first run and
# reinstalls only when pyproject.toml changed (see scripts/ensure-venv.sh).
# PostgreSQL tests use postgresql://postgres@127.0.0.1:5432/test (override with SMARTCITY_TEST_PG).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/ensure-venv.sh
ensure_venv "[test]"
"$VENV/bin/ruff" check .
export QT_QPA_PLATFORM=offscreen
"$PY" -m pytest -q "$@"
# CI (the whole suite) also builds the desktop bundle and starts it offscreen: about two minutes
if [ -n "${CI:-}" ] && [ $# -eq 0 ]; then
    bash scripts/build-bundle.sh --check
fi
