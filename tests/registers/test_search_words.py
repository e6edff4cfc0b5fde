"""The register search in SQL finds a word exactly where ``word in text`` does, whatever its length: words of one
or two characters through the index's vocabulary (every stored text ends with two separators, revision 0014),
longer ones as phrases; at the very start and end of a text, in referenced titles; on SQLite and PostgreSQL. The
upgrade to 0014 ends the texts made before it (once), and a downgrade takes the ending off."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, update

from app.core import migrate
from app.core.db import Database
from app.registers import keys, query, records
from app.registers.catalog import REGISTERS
from tests.conftest import valid_values
from tests.core.test_migrate import upgrade_to

THAI = st.text(st.characters(min_codepoint=0x0E01, max_codepoint=0x0E5B), min_size=1, max_size=8)
ZONES = REGISTERS["zones"]


def add_zone(db, name: str) -> int:
    with db.session() as session:
        return records.create(session, ZONES, {**valid_values("zones", 0), "name": name}).id


def found(db, needle: str, reg=ZONES) -> set[int]:
    with db.session() as session:
        view = query.View(needle=needle.casefold())
        assert query.count(session, reg, view) == len(ids := query.ordered_ids(session, reg, view))
        return set(ids)


def test_short_words_at_the_start_and_the_very_end_of_a_text(db):
    first = add_zone(db, "ฉ เขตหนึ่ง ญ")
    second = add_zone(db, "เขตสอง ฎฏ")
    assert found(db, "ญ") == {first}  # the last character of the whole stored text
    assert found(db, "ฎฏ") == {second}
    assert found(db, "ฉ") == {first}
    assert found(db, "ฏ") == {second}
    assert found(db, "ฐ") == set()
    assert found(db, "เขต") == {first, second}
    with db.session() as session:
        for record_id in (first, second):  # the last letters of the whole stored text (an English province name)
            text = keys.search_text(ZONES, records.load(session, ZONES, record_id).values, "th").removesuffix(keys.END)
            assert text[-1].isalpha() and record_id in found(db, text[-1]) & found(db, text[-2:])
    with db.session() as session:
        city = records.create(session, REGISTERS["cities"], valid_values("cities", 0))
        title = city.values["name_th"]
        values = {**valid_values("ambassadors", 0), "city_id": city.id}
        ambassador = records.create(session, REGISTERS["ambassadors"], values).id
    assert ambassador in found(db, title[-1], REGISTERS["ambassadors"])  # a referenced title's last letter


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=st.lists(THAI, min_size=1, max_size=4, unique=True), needle=THAI)
def test_any_thai_word_is_found_where_python_finds_it(db, names, needle):
    made = {add_zone(db, name): name for name in names}
    try:
        with db.session() as session:
            texts = {i: keys.search_text(ZONES, records.load(session, ZONES, i).values, "th") for i in made}
        for word in {needle[:1], needle[:2], needle, names[0][-2:], names[-1][:1]}:
            word = word.casefold()
            expected = {i for i, text in texts.items() if word in text}
            assert found(db, word) & set(made) == expected, word
    finally:
        with db.session() as session:
            for record_id in made:
                records.delete(session, ZONES, record_id)


def test_the_upgrade_ends_older_texts_once_and_the_downgrade_takes_it_off(db_target, tmp_path):
    db = Database(db_target)
    upgrade_to(db, "0013")
    old = add_zone(db, "เขตก่อนปรับปรุง ฆ")
    new = add_zone(db, "เขตที่ทำด้วยโค้ดปัจจุบัน ฌ")
    table = keys.key_table(ZONES)
    with db.engine.begin() as conn:  # as revision 0013's code stored it: no ending
        for c in ("search_th", "search_en", "title"):
            text = conn.execute(select(table.c[c]).where(table.c.id == old)).scalar()
            conn.execute(update(table).where(table.c.id == old).values({c: text.removesuffix(keys.END)}))
    migrate.upgrade(db, backup_folder=tmp_path / "backups")
    with db.engine.connect() as conn:
        rows = conn.execute(select(table.c.id, table.c.search_th, table.c.title)).all()
    for _id, search, title in rows:
        assert search.endswith(keys.END) and not search.endswith(keys.END + keys.SEPARATOR)
        assert title.endswith(keys.END) and not title.endswith(keys.END + keys.SEPARATOR)
    assert found(db, "ฆ") == {old} and found(db, "ฌ") == {new}
    upgrade_to(db, "0013", down=True)
    with db.engine.connect() as conn:
        assert not any(s.endswith(keys.SEPARATOR) for s in conn.execute(select(table.c.search_th)).scalars())
    db.dispose()
