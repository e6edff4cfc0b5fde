"""Random edit sequences on a laptop and on the server always converge: a field changed on one side only takes
that side's last value, a field changed on both to different values takes the side the user chose, and nothing
else moves (no lost change)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core import migrate
from app.core.db import Database
from app.sync import apply, checkout, package
from tests.conftest import valid_values
from tests.sync.helpers import create, edit, load

FIELDS = ("progress_notes", "receiving_org", "batch")
VALUES = {"progress_notes": ("ก", "ข", "ค", None), "receiving_org": ("เทศบาลหนึ่ง", "เทศบาลสอง"), "batch": (1, 2, 3)}
RECORDS = 3

edits = st.lists(st.tuples(st.integers(0, RECORDS - 1), st.sampled_from(FIELDS), st.integers(0, 3)), max_size=8)


@pytest.fixture(scope="module")
def templates(tmp_path_factory) -> tuple[Path, Path, list[int]]:
    folder = tmp_path_factory.mktemp("sync-templates")
    server = Database(folder / "server.sqlite")
    migrate.upgrade(server)
    ids = [create(server, "zones", valid_values("zones", n)) for n in range(RECORDS)]
    checkout.checkout(server, folder / "laptop.sqlite")
    server.dispose()
    return folder / "server.sqlite", folder / "laptop.sqlite", ids


def _value(field: str, n: int):
    choices = VALUES[field]
    return choices[n % len(choices)]


def _apply(db: Database, ids: list[int], steps) -> dict:
    """Run the edits; the net change per (record, field) against the values at checkout."""
    base = {(r, f): load(db, "zones", ids[r])[f] for r in range(RECORDS) for f in FIELDS}
    for record, field, n in steps:
        edit(db, "zones", ids[record], **{field: _value(field, n)})
    final = {(r, f): load(db, "zones", ids[r])[f] for r in range(RECORDS) for f in FIELDS}
    return {k: v for k, v in final.items() if v != base[k]}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(laptop_edits=edits, server_edits=edits, data=st.data())
def test_two_sides_converge_to_the_choice(templates, tmp_path_factory, laptop_edits, server_edits, data):
    server_file, laptop_file, ids = templates
    folder = tmp_path_factory.mktemp("run")
    shutil.copy(server_file, folder / "server.sqlite")
    shutil.copy(laptop_file, folder / "laptop.sqlite")
    server, laptop = Database(folder / "server.sqlite"), Database(folder / "laptop.sqlite")
    try:
        on_laptop = _apply(laptop, ids, laptop_edits)
        on_server = _apply(server, ids, server_edits)
        package.export_changes(laptop, folder / "p.zip")
        first = apply.import_package(server, folder / "p.zip")
        choices = {c.key: data.draw(st.sampled_from(["laptop", "server"]), label=c.key) for c in first.conflicts}
        assert apply.import_package(server, folder / "p.zip", choices).clean
        for r in range(RECORDS):
            now = load(server, "zones", ids[r])
            for f in FIELDS:
                assert now[f] == _expected((r, f), on_laptop, on_server, choices, ids), (r, f)
    finally:
        server.dispose()
        laptop.dispose()


def _expected(key, on_laptop: dict, on_server: dict, choices: dict, ids: list[int]):
    record, field = key
    conflict_key = f"zones:{ids[record]}:{field}"
    if key in on_laptop and key in on_server and on_laptop[key] != on_server[key]:
        return on_laptop[key] if choices[conflict_key] == "laptop" else on_server[key]
    if key in on_laptop:
        return on_laptop[key]
    if key in on_server:
        return on_server[key]
    return valid_values("zones", record)[field]
