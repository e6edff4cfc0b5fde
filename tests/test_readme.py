"""Every command of the README's code blocks that runs the app's command line runs as written on the demo database.

The commands are taken from the fenced bash blocks (the PowerShell ones cannot run here), the interpreter and
main.py are pointed at this checkout, and each runs in a temp folder holding a freshly made demo.sqlite.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
APP_COMMAND = re.compile(r"(?:\S*python\S*\s+main\.py|smartcity-secretariat)\b")


def readme_commands() -> list[str]:
    """The app's commands in the README's bash blocks, one a line (a trailing comment dropped)."""
    blocks = re.findall(r"```(?:bash|sh)\n(.*?)```", README.read_text(), flags=re.S)
    lines = [line.strip() for block in blocks for line in block.splitlines()]
    return [line for line in lines if APP_COMMAND.search(line)]


def runnable(command: str) -> str:
    """The same command on this checkout's interpreter and main.py."""
    main = f"{shlex.quote(sys.executable)} {shlex.quote(str(ROOT / 'main.py'))}"
    return APP_COMMAND.sub(main, command)


def test_the_readme_shows_the_commands_a_newcomer_needs():
    commands = readme_commands()
    assert len(commands) >= 15
    assert all(c.startswith((".venv/bin/python main.py", "echo ")) for c in commands), commands
    assert not [c for c in commands if "--meeting 1/2564" in c and "certificates issue" in c]


def test_every_readme_command_runs_on_the_demo_database(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    failures = []
    for command in readme_commands():
        done = subprocess.run(["bash", "-c", runnable(command)], cwd=tmp_path, env=env, capture_output=True,
                              text=True, timeout=300)
        if done.returncode != 0:
            failures.append(f"{command}\n  exit {done.returncode}: {done.stderr.strip()[-400:]}")
    assert not failures, "\n".join(failures)
