"""Stored sort keys and search text of the registers (``<table>_keys``), so the panes sort, search and page in
SQL: made here for every record, kept by ``app.registers.keys`` from now on. Not audited (derived data).

Revision ID: 0011
Revises: 0010
"""

from alembic import op
from sqlalchemy.orm import Session

from app.models import KEY_TABLES
from app.registers import keys

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    for table in KEY_TABLES.values():
        table.create(bind)
    session = Session(bind=bind)
    keys.rebuild(session)
    session.flush()


def downgrade() -> None:
    bind = op.get_bind()
    for table in KEY_TABLES.values():
        table.drop(bind)
