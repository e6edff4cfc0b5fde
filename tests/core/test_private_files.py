"""Defect: everything was readable by every local user. Folders the application makes are 0700, its files 0600:
the database and its journals, the backup before a schema upgrade, the JSON dump of a server database."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from alembic import command

from app.core import migrate
from app.core.db import Database
from app.core.private_files import private_folder, touch_private

pytestmark = pytest.mark.skipif(os.name != "posix", reason="mode bits: Windows relies on the profile's ACL")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def loose_umask():
    old = os.umask(0o022)  # the usual umask: without the rule, files 0644 and folders 0755
    yield
    os.umask(old)


def test_a_new_database_in_a_new_folder_is_private(tmp_path, loose_umask):
    tmp_path.chmod(0o755)
    path = tmp_path / "made" / "by" / "app" / "smartcity.sqlite"
    db = Database(path)
    migrate.upgrade(db)
    with db.session() as s:
        s.connection().exec_driver_sql("SELECT 1")
    for folder in (path.parent, path.parent.parent, path.parent.parent.parent):
        assert mode(folder) == 0o700, folder
    assert mode(tmp_path) == 0o755  # a folder that was there is left as it is
    for file in path.parent.iterdir():  # the database, -wal and -shm
        assert mode(file) == 0o600, file
    db.dispose()


def test_an_existing_database_is_narrowed(tmp_path, loose_umask):
    path = tmp_path / "old.sqlite"
    db = Database(path)
    migrate.upgrade(db)
    db.dispose()
    path.chmod(0o644)
    Database(path).dispose()
    assert mode(path) == 0o600


def test_the_backup_before_an_upgrade_is_private(tmp_path, loose_umask):
    path = tmp_path / "older.sqlite"
    db = Database(path)
    cfg = migrate.alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0004")
    backup = migrate.upgrade(db)
    assert backup is not None and mode(backup) == 0o600
    db.dispose()


@pytest.mark.postgresql
def test_the_json_dump_of_a_server_database_is_private(pg_url, tmp_path, loose_umask):
    db = Database(pg_url)
    migrate.upgrade(db)
    folder = tmp_path / "backups"
    dump = migrate.backup_server(db, folder)
    assert (mode(folder), mode(dump)) == (0o700, 0o600)
    db.dispose()


def test_helpers(tmp_path, loose_umask):
    tmp_path.chmod(0o755)
    made = private_folder(tmp_path / "a" / "b")
    assert (mode(made), mode(made.parent), mode(tmp_path)) == (0o700, 0o700, 0o755)
    assert mode(touch_private(made / "f")) == 0o600
