#!/usr/bin/env bash
# Create the environment if it is missing, fill a local SQLite file with the sample data, start the app.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e .
DB="${1:-demo.sqlite}"
.venv/bin/python main.py --db "$DB" demo
exec .venv/bin/python main.py --db "$DB"
