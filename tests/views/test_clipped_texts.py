"""No text cut off and nothing beyond the window's edge, on a 1366×768 and a 1920×1080 screen at 100% and 150%.

Each screen is a separate process: the offscreen platform is given the screen's size, QT_SCALE_FACTOR the
scale; tests/views/clipping.py renders every pane and the main dialogs there and reports what does not fit.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("width", "height", "scale"), [(1366, 768, 1), (1920, 1080, 1), (1366, 768, 1.5),
                                                          (1920, 1080, 1.5)])
def test_nothing_is_cut_off(tmp_path, width, height, scale):
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "screen", "x": 0, "y": 0, "width": width, "height": height,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "QT_SCALE_FACTOR": str(scale)}
    done = subprocess.run([sys.executable, "-m", "tests.views.clipping"], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=600)
    line = next((x for x in done.stdout.splitlines() if x.startswith("CLIPPED ")), None)
    assert line, done.stderr[-2000:]
    report = json.loads(line.removeprefix("CLIPPED "))
    assert report["screen"] == [round(width / scale), round(height / scale)] or scale != 1
    assert report["found"] == []
