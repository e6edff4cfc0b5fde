"""An upgrade stopped from another thread (the GUI's Cancel) is rolled back as a failed one is: the file is as it
was, the backup made before it is kept and named, and the same file upgrades later."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import event

from app.core import migrate
from app.core.db import Database
from app.core.migrate import MigrationCancelled
from tests.core.test_migrate import dump, old_database


def statements_of_a_whole_upgrade(tmp_path) -> int:
    path = tmp_path / "whole.sqlite"
    old_database(str(path)).dispose()
    database, seen = Database(path), []
    event.listen(database.engine, "before_cursor_execute", lambda *a: seen.append(1))
    migrate.upgrade(database)
    database.dispose()
    return len(seen)


@pytest.mark.parametrize("after", [20, 200])
def test_a_stopped_upgrade_leaves_the_file_as_it_was(tmp_path, after):
    path = tmp_path / "registers.sqlite"
    old_database(str(path)).dispose()
    before = dump(path)
    stop, seen = threading.Event(), []
    database = Database(path)

    def count(*_args) -> None:  # the person presses Cancel while the upgrade runs
        seen.append(1)
        if len(seen) == after:
            stop.set()

    event.listen(database.engine, "before_cursor_execute", count)
    with pytest.raises(MigrationCancelled) as info:
        migrate.upgrade(database, stop=stop)
    database.dispose()
    assert dump(path) == before
    assert after <= len(seen) <= after + 2 < statements_of_a_whole_upgrade(tmp_path)  # it stopped there (then PRAGMA)
    (backup,) = tmp_path.glob("registers.backup-*.sqlite")
    assert info.value.message("th") == f"ยกเลิกการปรับปรุงโครงสร้างฐานข้อมูลแล้ว ข้อมูลเดิมไม่ถูกแก้ไข (สำเนาสำรอง: {backup})"
    assert info.value.message("en").startswith("The database upgrade was cancelled; the original data is unchanged")

    database = Database(path)  # not stopped: the same file upgrades
    migrate.upgrade(database)
    assert migrate.current_revision(database) == migrate.HEAD
    database.dispose()


def test_stopped_before_it_began_nothing_is_made(tmp_path):
    path = tmp_path / "registers.sqlite"
    old_database(str(path)).dispose()
    before = dump(path)
    stop = threading.Event()
    stop.set()
    database = Database(path)
    with pytest.raises(MigrationCancelled) as info:
        migrate.upgrade(database, stop=stop)
    database.dispose()
    assert dump(path) == before and not list(tmp_path.glob("*.backup-*"))
    # no backup to name: the message says none, rather than "(สำเนาสำรอง: -)"
    assert info.value.message("th") == "ยกเลิกการปรับปรุงโครงสร้างฐานข้อมูลแล้ว ข้อมูลเดิมไม่ถูกแก้ไข"
    assert info.value.message("en") == "The database upgrade was cancelled; the original data is unchanged"
