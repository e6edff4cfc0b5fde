#!/usr/bin/env bash
# Start the app on a demo database: the first run makes .venv and installs (network needed once); later runs
# start at once, offline, and reinstall only when pyproject.toml changed. The demo file is filled with the
# sample data when it does not exist yet. On Debian/Ubuntu it first checks the libraries Qt's X11 (xcb)
# platform needs (scripts/debian-packages.txt) and prints the apt-get line for any that are missing.
#   bash scripts/start-demo.sh [DB]        (default demo.sqlite)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/ensure-venv.sh

missing_debian_packages() {
    command -v dpkg-query >/dev/null || return 0
    local wanted installed p
    wanted=$(grep -v '^[[:space:]]*#' scripts/debian-packages.txt | awk 'NF { print $1 }')
    # shellcheck disable=SC2086
    installed=$(dpkg-query -W -f='${db:Status-Status} ${Package}\n' $wanted 2>/dev/null | awk '$1 == "installed" { print $2 }')
    for p in $wanted; do grep -qxF "$p" <<<"$installed" || echo "$p"; done
}

if [ "${QT_QPA_PLATFORM:-}" != "offscreen" ] && [ -z "${SMARTCITY_SKIP_PACKAGE_CHECK:-}" ]; then
    missing=$(missing_debian_packages | tr '\n' ' ')
    if [ -n "${missing// /}" ]; then
        echo "Qt needs these Debian packages to open a window; install them with:" >&2
        echo "  sudo apt-get install $missing" >&2
        echo "(or set SMARTCITY_SKIP_PACKAGE_CHECK=1 to start anyway)" >&2
        exit 1
    fi
fi

ensure_venv ""
DB="${1:-demo.sqlite}"
[ -e "$DB" ] || "$PY" main.py --db "$DB" demo
exec "$PY" main.py --db "$DB"
