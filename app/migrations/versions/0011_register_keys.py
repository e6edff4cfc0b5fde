"""Stored sort keys and search text of the registers (``<table>_keys``), so the panes sort, search and page in
SQL: made here for every record, kept by ``app.registers.keys`` from now on; and the search index over their text
(``app.registers.search_index``: SQLite FTS5 trigram tables kept by triggers, PostgreSQL pg_trgm GIN indexes, none
where the database cannot). Not audited (derived data).

Revision ID: 0011
Revises: 0010
"""

from alembic import op
from sqlalchemy.orm import Session

from app.models import KEY_TABLES
from app.models.sortkeys.tables import SNAPSHOT_INDEXES
from app.registers import keys, search_index

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    for table in KEY_TABLES.values():
        table.create(bind)
    for index in SNAPSHOT_INDEXES:
        index.create(bind)
    session = Session(bind=bind)
    keys.rebuild(session)
    session.flush()
    search_index.create(bind, list(KEY_TABLES.values()))


def downgrade() -> None:
    bind = op.get_bind()
    search_index.drop(bind, list(KEY_TABLES.values()))
    for index in SNAPSHOT_INDEXES:
        index.drop(bind)
    for table in KEY_TABLES.values():
        table.drop(bind)
