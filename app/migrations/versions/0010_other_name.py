"""A city's other name: the name a news item or another document used where it differs from the official one
(searchable, shown on request). What the public record may not know (a city's developer and type) became
optional in revision 0005.

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("city", sa.Column("other_name", sa.String(300), nullable=True))


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        op.drop_column("city", "other_name")
        return
    # SQLite drops a column in place (no table copy for the rows that refer to cities to trip over) once no
    # trigger names it; the audit triggers come back after the downgrade (app/migrations/env.py)
    for action in ("insert", "update", "delete"):
        bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS audit_city_{action}")
    bind.exec_driver_sql("ALTER TABLE city DROP COLUMN other_name")
