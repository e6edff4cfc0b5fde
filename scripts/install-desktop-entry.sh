#!/usr/bin/env bash
# Add the app to the Linux desktop's menu for this user: the .desktop entry and its icon under ~/.local/share
# (XDG_DATA_HOME), starting this checkout's .venv (make it first with scripts/start-demo.sh).
#   bash scripts/install-desktop-entry.sh [DB]    (DB: a database to open; default: the per-user one)
#   bash scripts/install-desktop-entry.sh --remove
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
ENTRY="$DATA/applications/smartcity-secretariat.desktop"
ICONS="$DATA/icons/hicolor"

if [ "${1:-}" = "--remove" ]; then
    rm -f "$ENTRY" "$ICONS/scalable/apps/smartcity-secretariat.svg" "$ICONS/256x256/apps/smartcity-secretariat.png"
    echo "removed $ENTRY"
    exit 0
fi

EXEC="$ROOT/.venv/bin/smartcity-secretariat"
[ -x "$EXEC" ] || { echo "no $EXEC: run scripts/start-demo.sh first" >&2; exit 1; }
quote() { printf '"%s"' "$(printf '%s' "$1" | sed 's/[\\"`$]/\\&/g')"; }
COMMAND=$(quote "$EXEC")
if [ -n "${1:-}" ]; then
    COMMAND="$COMMAND --db $(quote "$(realpath -m "$1")")"
fi

mkdir -p "$DATA/applications" "$ICONS/scalable/apps" "$ICONS/256x256/apps"
cp resources/icons/smartcity-secretariat.svg "$ICONS/scalable/apps/"
cp resources/icons/smartcity-secretariat.png "$ICONS/256x256/apps/"
FOR_SED=$(printf '%s' "$COMMAND" | sed 's/[&|\\]/\\&/g')
sed "s|^Exec=.*|Exec=$FOR_SED|" resources/smartcity-secretariat.desktop > "$ENTRY"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$DATA/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$ICONS" || true
echo "installed $ENTRY"
