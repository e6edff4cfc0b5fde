#!/usr/bin/env bash
# A one-folder desktop bundle (PyInstaller): dist/smartcity-secretariat/ holds the program with its own Python and
# Qt, the fonts, translations (app_en, Qt's Thai), icons, the Alembic scripts and the user guide's screenshots.
# Copy the folder anywhere and run dist/smartcity-secretariat/smartcity-secretariat (the same commands as main.py).
#   bash scripts/build-bundle.sh           build
#   bash scripts/build-bundle.sh --check   build, then start it offscreen on a demo database (what CI runs)
# The Windows recipe is in README.md (the same command with ';' in --add-data).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/ensure-venv.sh
ensure_venv "[bundle]"
ROOT=$(pwd)
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN --onedir --name smartcity-secretariat \
    --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" --specpath "$ROOT/build/pyinstaller" \
    --add-data "$ROOT/resources:resources" \
    --add-data "$ROOT/app/migrations:app/migrations" \
    --add-data "$ROOT/docs/screenshots:docs/screenshots" \
    --collect-submodules app \
    "$ROOT/main.py"
BUNDLE="$ROOT/dist/smartcity-secretariat/smartcity-secretariat"
echo "built $BUNDLE ($(du -sh "$ROOT/dist/smartcity-secretariat" | cut -f1))"

if [ "${1:-}" = "--check" ]; then
    CHECK=$(mktemp -d)
    trap 'rm -rf "$CHECK"' EXIT
    export QT_QPA_PLATFORM=offscreen
    "$BUNDLE" --version
    "$BUNDLE" --db "$CHECK/demo.sqlite" demo
    "$BUNDLE" --db "$CHECK/demo.sqlite" certificates list > /dev/null
    "$BUNDLE" --db "$CHECK/demo.sqlite" minutes --meeting 1/2564 --pdf "$CHECK/minutes.pdf"
    "$BUNDLE" guide --pdf "$CHECK/guide.pdf"
    "$BUNDLE" --db "$CHECK/demo.sqlite" screenshots "$CHECK/shots" > /dev/null  # the whole GUI, offscreen
    [ -s "$CHECK/shots/pane-cities.png" ] && [ -s "$CHECK/guide.pdf" ] && [ -s "$CHECK/minutes.pdf" ]
    echo "the bundle starts and works offscreen"
fi
