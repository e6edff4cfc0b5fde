"""Every QSettings key the application uses, with its type and default, in one place."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings


@dataclass(frozen=True)
class Key:
    name: str
    default: Any
    kind: type

    def get(self, settings: QSettings | None = None) -> Any:
        s = settings or QSettings()
        value = s.value(self.name, self.default)
        if value is None:
            return self.default
        if self.kind is bool and isinstance(value, str):
            return value.lower() in ("1", "true", "yes")
        if self.kind is QByteArray:
            return value if isinstance(value, QByteArray) else QByteArray()
        try:
            return self.kind(value)
        except (TypeError, ValueError):
            return self.default

    def set(self, value: Any, settings: QSettings | None = None) -> None:
        (settings or QSettings()).setValue(self.name, value)


LANGUAGE = Key("ui/language", "th", str)  # "th" or "en"
MAIN_GEOMETRY = Key("window/main/geometry", QByteArray(), QByteArray)
MAIN_STATE = Key("window/main/state", QByteArray(), QByteArray)
MAIN_SPLITTER = Key("window/main/splitter", QByteArray(), QByteArray)
LAST_PANE = Key("window/main/pane", "cities", str)
LAST_DATABASE = Key("database/last", "", str)
RECENT_DATABASES = Key("database/recent", "", str)  # SQLite files opened in the GUI, one a line, newest first
BACKUP_ENABLED = Key("backup/scheduled", False, bool)  # SQLite: a backup at close and once a day
BACKUP_FOLDER = Key("backup/folder", "", str)  # the folder the user chose (a network share is typical)
BACKUP_KEEP = Key("backup/keep", 10, int)  # how many scheduled backups are kept
SIGNING_KEY_FILE = Key("certificates/signing_key", "", str)  # the last key file unlocked on this workstation
EXPORT_FOLDER = Key("export/folder", "", str)  # where files were last saved (Excel, PDF, PNG); empty: home


def header_key(register: str) -> Key:
    """Column widths, order and sort of one register's table."""
    return Key(f"tables/{register}/header", QByteArray(), QByteArray)


def dialog_geometry_key(name: str) -> Key:
    return Key(f"dialogs/{name}/geometry", QByteArray(), QByteArray)
