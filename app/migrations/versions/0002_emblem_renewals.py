"""Emblem renewal history; fill in missing emblem expiry dates (2 years after issue).

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _add_years(day, years):
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def upgrade() -> None:
    op.create_table(
        "emblem_renewal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("city_id", sa.Integer(), nullable=False),
        sa.Column("renewed_on", sa.Date(), nullable=False),
        sa.Column("previous_valid_until", sa.Date(), nullable=True),
        sa.Column("valid_until", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["city_id"], ["city.id"], name=op.f("fk_emblem_renewal_city_id_city"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_emblem_renewal")),
    )
    with op.batch_alter_table("emblem_renewal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_emblem_renewal_city_id"), ["city_id"], unique=False)

    city = sa.table("city", sa.column("id"), sa.column("emblem_issued_on", sa.Date),
                    sa.column("emblem_valid_until", sa.Date))
    conn = op.get_bind()
    rows = conn.execute(
        sa.select(city.c.id, city.c.emblem_issued_on).where(
            city.c.emblem_valid_until.is_(None), city.c.emblem_issued_on.is_not(None)
        )
    ).all()
    for city_id, issued in rows:
        conn.execute(city.update().where(city.c.id == city_id).values(emblem_valid_until=_add_years(issued, 2)))


def downgrade() -> None:
    with op.batch_alter_table("emblem_renewal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_emblem_renewal_city_id"))
    op.drop_table("emblem_renewal")
