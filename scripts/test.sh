#!/usr/bin/env bash
# Run ruff and the whole test suite (CI runs this). Makes .venv with the test tools on the first run and
# reinstalls only when pyproject.toml changed (see scripts/ensure-venv.sh).
# PostgreSQL tests use postgresql://postgres@127.0.0.1:5432/test (override with SMARTCITY_TEST_PG).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/ensure-venv.sh
ensure_venv "[test]"
"$VENV/bin/ruff" check .
export QT_QPA_PLATFORM=offscreen
exec "$PY" -m pytest -q "$@"
