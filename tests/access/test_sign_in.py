"""Signing in to a shared server with one's own password: asked by the window, kept in memory, never stored."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import make_url

from app.cli import main as cli_main
from app.core.db import Database
from app.core.errors import DatabaseUnavailable


@pytest.mark.parametrize("text", ["connection failed: fe_sendauth: no password supplied",
                                  'FATAL:  password authentication failed for user "somchai"'])
def test_a_password_request_is_recognised(text):
    error = DatabaseUnavailable.from_error(Exception(text))
    assert error.needs_password and "รหัสผ่าน" in error.message("th")
    assert not DatabaseUnavailable.from_error(Exception("connection refused")).needs_password


def test_the_window_asks_and_the_password_stays_in_memory(monkeypatch):
    url = "postgresql+psycopg://somchai@db.example.invalid/smartcity?sslmode=require"
    asked = []

    def check(self):
        if make_url(self.url).password is None:
            raise DatabaseUnavailable.from_error(Exception("fe_sendauth: no password supplied"))

    monkeypatch.setattr(Database, "check", check)
    monkeypatch.setattr("app.core.migrate.upgrade", lambda db, folder=None: None)

    def ask(name):
        asked.append(name)
        return "her own secret"

    db = cli_main.open_database(url, ask)
    assert asked == ["postgresql+psycopg://somchai@db.example.invalid/smartcity?sslmode=require"]
    assert make_url(db.url).password == "her own secret" and "secret" not in db.display_name
    assert make_url(db.url).query["sslmode"] == "require"
    with pytest.raises(DatabaseUnavailable):  # cancelled: the message, no window loop
        cli_main.open_database(url, lambda name: None)
    with pytest.raises(DatabaseUnavailable):  # the command line never asks
        cli_main.open_database(url)
