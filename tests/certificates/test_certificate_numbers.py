"""Certificate numbers: the running number per B.E. year under concurrency, the lookup key, the check value."""

from __future__ import annotations

import threading
import time
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import text

from app.certificates import certificates
from app.certificates import settings as certificate_settings
from app.certificates.numbers import check_value, number_key, parse_qr, qr_text
from app.core import migrate
from app.core.db import Database
from app.core.thaidate import to_thai_digits
from app.registers import records
from app.registers.catalog import CITIES
from tests.certificates.certificate_builders import issue, save_settings
from tests.conftest import valid_values


@given(run=st.integers(1, 9999), year=st.integers(2500, 2700), spaces=st.lists(st.sampled_from([" ", "  ", "\t"])),
       thai=st.booleans())
def test_a_number_is_found_however_it_is_typed(run, year, spaces, thai):
    number = certificate_settings.format_number("สมอ. {run:03d}/{year}", run, year)
    typed = "".join(ch + (spaces[i] if i < len(spaces) else "") for i, ch in enumerate(number))
    typed = to_thai_digits(typed) if thai else typed
    assert number_key(typed) == number_key(number) == f"สมอ.{run:03d}/{year}"


@given(number=st.text(st.characters(blacklist_characters="|", blacklist_categories=("Cs",)), min_size=1).map(str.strip)
       .filter(bool), code=st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", min_size=8, max_size=8))
def test_qr_text_round_trips(number, code):
    assert parse_qr(qr_text(number, code)) == (number, code)
    assert parse_qr(number) is None


def test_the_check_value_depends_on_every_part():
    key, day = b"k" * 32, date(2021, 12, 24)
    code = check_value(key, "สมอ. 001/2564", 1, day)
    assert len(code) == 8 and set(code) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")  # Base32
    assert check_value(key, "สมอ.001/2564", 1, day) == code  # spacing is not part of the number's identity
    others = {check_value(b"x" * 32, "สมอ. 001/2564", 1, day), check_value(key, "สมอ. 002/2564", 1, day),
              check_value(key, "สมอ. 001/2564", 2, day), check_value(key, "สมอ. 001/2564", 1, date(2021, 12, 25))}
    assert code not in others and len(others) == 4


def test_numbers_already_in_the_register_are_skipped(db, make_record):
    ids = [make_record("cities", n=i).id for i in range(1, 4)]
    issue(db, ids[:1])
    with db.engine.begin() as conn:  # e.g. a counter restored from an older backup
        conn.execute(text("UPDATE certificate_counter SET last_run = 0"))
    assert [n for _, n in issue(db, ids[1:2])] == ["สมอ. 002/2564"]
    save_settings(db, number_pattern="ทสม-{year}-{run}")
    assert [n for _, n in issue(db, ids[2:])] == ["ทสม-2564-3"]


# --------------------------------------------------------------------------- two workstations at once


@pytest.fixture
def server(pg_url):
    """Two Database objects (two connection pools, as two workstations) on one PostgreSQL schema, 8 cities."""
    first, second = Database(pg_url), Database(pg_url)
    migrate.upgrade(first)
    with first.session() as s:
        ids = [records.create(s, CITIES, valid_values("cities", n)).id for n in range(1, 9)]
        certificate_settings.secret(s)
    yield first, second, ids
    first.dispose()
    second.dispose()


def _issue_and_hold(db, ids, numbered: threading.Event, release: threading.Event, out: list) -> None:
    with db.session() as s:
        out.extend(c.number for c in certificates.issue(s, ids, issue_date=date(2021, 12, 24)))
        numbered.set()
        release.wait(10)  # keep the transaction (and the counter's lock) open


def _issue_in_thread(db, ids, out: list) -> threading.Thread:
    thread = threading.Thread(target=lambda: out.extend(n for _, n in issue(db, ids)))
    thread.start()
    return thread


@pytest.mark.postgresql
@pytest.mark.parametrize("counter_exists", [False, True])
def test_two_sessions_issuing_at_once_wait_for_each_other(server, counter_exists):
    first, second, ids = server
    if counter_exists:
        issue(first, ids[6:7])
    numbered, release, held, waiting = threading.Event(), threading.Event(), [], []
    holder = threading.Thread(target=_issue_and_hold, args=(first, ids[:3], numbered, release, held))
    holder.start()
    assert numbered.wait(10)
    other = _issue_in_thread(second, ids[3:6], waiting)
    time.sleep(0.5)
    assert other.is_alive() and not waiting  # blocked on the counter, not numbering from a stale value
    release.set()
    holder.join(10)
    other.join(10)
    start = 2 if counter_exists else 1
    assert held == [f"สมอ. {n:03d}/2564" for n in range(start, start + 3)]
    assert waiting == [f"สมอ. {n:03d}/2564" for n in range(start + 3, start + 6)]


@pytest.mark.postgresql
def test_many_racing_issues_give_consecutive_numbers(server):
    first, second, ids = server
    barrier, numbers, errors = threading.Barrier(2), [], []

    def work(db, mine):
        try:
            for city in mine:
                barrier.wait(10)
                numbers.extend(n for _, n in issue(db, [city]))
        except Exception as exc:  # pragma: no cover - shown by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(db, ids[i::2])) for i, db in enumerate((first, second))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert errors == []
    assert sorted(numbers) == [f"สมอ. {n:03d}/2564" for n in range(1, 9)]


@pytest.mark.postgresql
def test_the_secret_is_made_once_by_racing_sessions(pg_url):
    dbs = [Database(pg_url) for _ in range(2)]
    migrate.upgrade(dbs[0])
    barrier, keys = threading.Barrier(2), []

    def make(db):
        with db.session() as s:
            barrier.wait(10)
            keys.append(certificate_settings.secret(s))
            time.sleep(0.2)

    threads = [threading.Thread(target=make, args=(db,)) for db in dbs]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    with dbs[0].session() as s:
        assert keys == [certificate_settings.secret(s)] * 2 and len(keys[0]) == 32
    for db in dbs:
        db.dispose()
