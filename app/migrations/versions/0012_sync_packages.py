"""Offline laptops: the change packages a server has applied (each once), so the same package applied twice
changes nothing the second time; the records a copy's packages touched (the laptop's id of a record made offline,
the position each field sent was applied at), so a copy sends package after package. The server's identity is a setting made by the first checkout.

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_package",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("applied_at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(128), nullable=True),
        sa.Column("laptop", sa.String(300), nullable=True),
        sa.Column("base", sa.BigInteger(), nullable=False),
        sa.Column("changes", sa.Integer(), nullable=False),
        sa.Column("set_aside", sa.Integer(), nullable=False),
        sa.Column("copy_id", sa.String(36), nullable=True),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("position", sa.BigInteger(), nullable=False),
        sa.Column("pending", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_package")),
    )
    op.create_index(op.f("ix_sync_package_copy_id"), "sync_package", ["copy_id"], unique=False)
    op.create_table(
        "sync_record",
        sa.Column("copy_id", sa.String(36), nullable=False),
        sa.Column("table_name", sa.String(64), nullable=False),
        sa.Column("record_id", sa.String(200), nullable=False),
        sa.Column("laptop_id", sa.String(200), nullable=True),
        sa.Column("sent", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("copy_id", "table_name", "record_id", name=op.f("pk_sync_record")),
    )
    op.create_index("ix_sync_record_laptop", "sync_record", ["copy_id", "table_name", "laptop_id"], unique=False)


def downgrade() -> None:
    bind = op.get_bind()
    for table in ("sync_record", "sync_package"):
        if bind.dialect.name == "sqlite":  # the audit triggers of the table go with it
            for action in ("insert", "update", "delete"):
                bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS audit_{table}_{action}")
        op.drop_table(table)
