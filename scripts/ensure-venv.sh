# Sourced by start-demo.sh and test.sh: make the virtual environment once, and install into it again only
# when pyproject.toml (or the extras asked for) changed since the last install. Launches after the first
# need no network: the stamp file records the hash of pyproject.toml the environment was installed from.
#   ensure_venv ""        # the app
#   ensure_venv "[test]"  # the app and the test tools
VENV="${SMARTCITY_VENV:-.venv}"
PY="$VENV/bin/python"

pyproject_stamp() {
    local hash
    hash=$(sha256sum pyproject.toml 2>/dev/null || shasum -a 256 pyproject.toml)
    echo "${hash%% *} $1"
}

ensure_venv() {
    local extras="$1" want stamp="$VENV/.smartcity-installed"
    want=$(pyproject_stamp "$extras")
    if [ -x "$PY" ] && [ -f "$stamp" ] && grep -qxF "$want" "$stamp"; then
        return 0
    fi
    [ -x "$PY" ] || python3 -m venv "$VENV"
    echo "Installing into $VENV (pyproject.toml is new or changed)…" >&2
    "$PY" -m pip install -q --upgrade pip
    "$PY" -m pip install -q -e ".$extras"
    echo "$want" > "$stamp"
    if [ -n "$extras" ]; then pyproject_stamp "" >> "$stamp"; fi  # an install with extras also serves the app
}
