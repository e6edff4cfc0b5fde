"""Where the application keeps its files on this workstation."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

from app import APP_NAME, ORG_NAME


def set_identity() -> None:
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)


def data_dir() -> Path:
    set_identity()
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location or Path.home() / f".{APP_NAME}")


def default_database() -> Path:
    return data_dir() / "smartcity.sqlite"


def backup_dir() -> Path:
    return data_dir() / "backups"
