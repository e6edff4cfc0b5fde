"""A second process that keeps saving zones into a database until it is told to stop (for the backup tests)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from app.core.db import Database
from app.registers import records
from app.registers.catalog import REGISTERS


def main(path: str, stop: str, seconds: float) -> None:
    db = Database(path, timeout=30)
    end, n = time.monotonic() + seconds, 0
    Path(stop + ".started").write_text("1")
    while time.monotonic() < end and not Path(stop).exists():
        n += 1
        with db.session() as s:
            for k in range(5):  # five rows per transaction: a backup never holds part of one
                records.create(s, REGISTERS["zones"], {
                    "name": f"เขตเขียนพร้อมกัน {n}-{k}", "province": "TH-40", "status": "declared", "batch": 1})
    db.dispose()
    print(n)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], float(sys.argv[3]))
