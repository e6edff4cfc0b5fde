"""Each register's stored sort keys and search text (``<table>_keys``), one row per record, kept by
``app.registers.keys``: the panes sort, search and page in SQL over them.

``k_<field>`` is the Thai sort key of how the field reads in Thai (the Excel export's key, compared byte-wise),
``k_<field>_en`` how it reads in English where that differs (lists, "not stated"); ``search_th``/``search_en`` the
lower-cased text a search looks in (everything the pane's search matches except what can change without the record
changing: the titles of referenced records and the emblem's state, which the query matches itself); ``title`` the
lower-cased title, for the registers that refer to this one. ``version`` is the record's version the row was made
from: a row behind its record is made again before the pane reads.

This module imports no register's model: ``key_table`` defines one register's tables when the register is first
used (the first pane then builds only its own). ``app.models.sortkeys.tables`` defines every register's, for the
migrations and ``app.models.load_all``.
"""

from __future__ import annotations

import sqlalchemy as sa

from app.models.base import Base
from app.models.fields import Field, Kind

STORED_KINDS = {Kind.TEXT, Kind.LONGTEXT, Kind.URL, Kind.EMAIL, Kind.PHONE, Kind.PROVINCES, Kind.DIMENSIONS,
                Kind.MULTICHOICE}
LIST_KINDS = {Kind.PROVINCES, Kind.DIMENSIONS, Kind.MULTICHOICE}
NATIVE_ORDER = {Kind.INT, Kind.FLOAT, Kind.MONEY, Kind.DATE}


def keyed(fields: tuple[Field, ...]) -> list[Field]:
    """The table columns whose sort key is stored (choices, provinces and references are ranked in the query)."""
    return [f for f in fields if f.in_table and not f.computed and f.kind in STORED_KINDS]


def has_english_key(f: Field) -> bool:
    return f.kind in LIST_KINDS or f.unknown


def key_columns(fields: tuple[Field, ...]) -> list[str]:
    names = []
    for f in keyed(fields):
        names.append(f"k_{f.name}")
        if has_english_key(f):
            names.append(f"k_{f.name}_en")
    return names


def key_table(model, fields: tuple[Field, ...]) -> sa.Table:
    """The register's key table, defined in the metadata (with the register's order and snapshot indexes) on the
    first call."""
    name = f"{model.__tablename__}_keys"
    table = Base.metadata.tables.get(name)
    if table is None:
        order_indexes(model, fields)
        snapshot_index(model)
        columns = [sa.Column(c, sa.Text, nullable=True) for c in key_columns(fields)]
        indexes = [sa.Index(f"ix_{name}_{c}", c) for c in key_columns(fields)]
        table = sa.Table(name, Base.metadata,
                         sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
                         sa.Column("version", sa.Integer, nullable=False),
                         sa.Column("search_th", sa.Text, nullable=False),
                         sa.Column("search_en", sa.Text, nullable=False),
                         sa.Column("title", sa.Text, nullable=False),
                         *columns, *indexes)
    return table


def _index(table: sa.Table, name: str) -> sa.Index | None:
    return next((i for i in table.indexes if i.name == name), None)


def order_indexes(model, fields: tuple[Field, ...]) -> list[sa.Index]:
    """The panes read a page of a register sorted by a number or date column by walking one of these (ties by id),
    where a column has no index of its own."""
    table = model.__table__
    made = [i for f in fields if (i := _index(table, f"ix_{table.name}_{f.name}_order")) is not None]
    if made:
        return made
    own = {next(iter(i.columns)).name for i in table.indexes if len(i.columns) == 1}
    return [sa.Index(f"ix_{table.name}_{f.name}_order", table.c[f.name], table.c.id) for f in fields
            if f.kind in NATIVE_ORDER and f.in_table and not f.computed and f.name in table.c and f.name not in own]


def snapshot_index(model) -> sa.Index:
    """Every id and version of a register, read from a narrow index instead of the whole table (which keys are
    stale)."""
    table = model.__table__
    name = f"ix_{table.name}_id_version"
    return _index(table, name) or sa.Index(name, table.c.id, table.c.version)
