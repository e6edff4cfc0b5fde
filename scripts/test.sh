#!/usr/bin/env bash
# Create the environment if it is missing and run the whole test suite (and the linter).
# PostgreSQL tests use postgresql://postgres@127.0.0.1:5432/test (override with SMARTCITY_TEST_PG).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[test]"
.venv/bin/ruff check .
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest -q "$@"
