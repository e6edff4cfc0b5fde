"""Emblem certificates: the register, the running-number counter per B.E. year, the history of each
certificate, and the settings shared by all workstations (certificate wording, signatories, the secret).

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

CERTIFICATE_INDEXES = ("city_id", "resolution_item_id", "state", "successor_id", "valid_until",
                       "verification_code", "year_be")


def upgrade() -> None:
    op.create_table(
        "app_setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_app_setting")),
    )
    op.create_table(
        "certificate_counter",
        sa.Column("year_be", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last_run", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("year_be", name=op.f("pk_certificate_counter")),
    )
    op.create_table(
        "certificate",
        sa.Column("number", sa.String(length=100), nullable=False),
        sa.Column("number_key", sa.String(length=100), nullable=False),
        sa.Column("year_be", sa.Integer(), nullable=False),
        sa.Column("run", sa.Integer(), nullable=False),
        sa.Column("city_id", sa.Integer(), nullable=False),
        sa.Column("issue_date", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=False),
        sa.Column("resolution_item_id", sa.Integer(), nullable=True),
        sa.Column("resolution_text", sa.String(length=500), nullable=True),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("reprints", sa.Integer(), nullable=False),
        sa.Column("state_changed_on", sa.Date(), nullable=True),
        sa.Column("state_reason", sa.Text(), nullable=True),
        sa.Column("successor_id", sa.Integer(), nullable=True),
        sa.Column("verification_code", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["city_id"], ["city.id"], name=op.f("fk_certificate_city_id_city")),
        sa.ForeignKeyConstraint(
            ["resolution_item_id"], ["agenda_item.id"],
            name=op.f("fk_certificate_resolution_item_id_agenda_item"), ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["successor_id"], ["certificate.id"], name=op.f("fk_certificate_successor_id_certificate"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificate")),
        sa.UniqueConstraint("number", name=op.f("uq_certificate_number")),
        sa.UniqueConstraint("number_key", name=op.f("uq_certificate_number_key")),
    )
    with op.batch_alter_table("certificate", schema=None) as batch_op:
        for column in CERTIFICATE_INDEXES:
            batch_op.create_index(batch_op.f(f"ix_certificate_{column}"), [column], unique=False)

    op.create_table(
        "certificate_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("certificate_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("happened_on", sa.Date(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("related_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["certificate_id"], ["certificate.id"], name=op.f("fk_certificate_event_certificate_id_certificate"),
        ),
        sa.ForeignKeyConstraint(
            ["related_id"], ["certificate.id"], name=op.f("fk_certificate_event_related_id_certificate"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificate_event")),
    )
    with op.batch_alter_table("certificate_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_certificate_event_certificate_id"), ["certificate_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("certificate_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_certificate_event_certificate_id"))
    op.drop_table("certificate_event")
    with op.batch_alter_table("certificate", schema=None) as batch_op:
        for column in reversed(CERTIFICATE_INDEXES):
            batch_op.drop_index(batch_op.f(f"ix_certificate_{column}"))
    op.drop_table("certificate")
    op.drop_table("certificate_counter")
    op.drop_table("app_setting")
