"""The audit trail (every change of every table, written by triggers), the record of personal-data
disclosures, consent scope and retention date of ambassadors, and the signed QR of certificates.

Revision ID: 0008
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

from app.core import audit_schema

revision = "0008"
down_revision = "0005"
branch_labels = None
depends_on = None

AUDIT_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _tables() -> None:
    op.create_table(
        "audit_log",
        sa.Column("id", AUDIT_ID, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=128), nullable=False),
        sa.Column("workstation", sa.String(length=300), nullable=True),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("record_id", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_audit_log_record", "audit_log", ["table_name", "record_id", "id"])
    op.create_index("ix_audit_log_table", "audit_log", ["table_name", "id"])
    op.create_index("ix_audit_log_actor", "audit_log", ["actor", "id"])
    op.create_index("ix_audit_log_at", "audit_log", ["at"])
    op.create_table(
        "audit_personal",
        sa.Column("id", AUDIT_ID, nullable=False),
        sa.Column("audit_id", AUDIT_ID, nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("record_id", sa.String(length=200), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("old", sa.Text(), nullable=True),
        sa.Column("new", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["audit_id"], ["audit_log.id"], name=op.f("fk_audit_personal_audit_id_audit_log")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_personal")),
    )
    op.create_index("ix_audit_personal_record", "audit_personal", ["table_name", "record_id"])
    op.create_index(op.f("ix_audit_personal_audit_id"), "audit_personal", ["audit_id"])
    op.create_table(
        "personal_data_disclosure",
        sa.Column("id", AUDIT_ID, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=128), nullable=False),
        sa.Column("workstation", sa.String(length=300), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("registers", sa.String(length=300), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("people", sa.Integer(), nullable=False),
        sa.Column("target", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_personal_data_disclosure")),
    )
    op.create_index(op.f("ix_personal_data_disclosure_at"), "personal_data_disclosure", ["at"])


def upgrade() -> None:
    with op.batch_alter_table("ambassador") as batch_op:
        batch_op.add_column(sa.Column("consent_scope", sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column("retain_until", sa.Date(), nullable=True))
        batch_op.create_index(batch_op.f("ix_ambassador_retain_until"), ["retain_until"], unique=False)
    with op.batch_alter_table("certificate") as batch_op:
        batch_op.add_column(sa.Column("signed_qr", sa.Text(), nullable=True))
    _tables()
    audit_schema.install(op.get_bind())


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for table in audit_schema.audited_tables(bind):
            op.execute(f"DROP TRIGGER IF EXISTS audit_row ON {table}")
    else:
        for table in audit_schema.audited_tables(bind):
            for action in ("insert", "update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS audit_{table}_{action}")
    for table in ("personal_data_disclosure", "audit_personal", "audit_log"):
        op.drop_table(table)
    if bind.dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS audit_row()")
        op.execute("DROP FUNCTION IF EXISTS audit_refuse()")
    op.drop_column("certificate", "signed_qr")  # ALTER TABLE … DROP COLUMN (SQLite ≥ 3.35): no table rebuild
    op.drop_index(op.f("ix_ambassador_retain_until"), table_name="ambassador")
    op.drop_column("ambassador", "retain_until")
    op.drop_column("ambassador", "consent_scope")
