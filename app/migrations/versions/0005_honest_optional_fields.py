"""Honest optional fields and partnerships beyond Thailand.

* A city's developer and city type may be unknown: the columns take NULL.
* A partnership names its kind of partner (a foreign city, a network programme, an organisation); a partner
  city keeps its country, while the country and the Thai province may be empty. Existing rows whose
  partnership type is "programme" are network programmes; the others are partner cities, as before.
* A dash or a placeholder word (-, –, ไม่ระบุ, N/A …) typed for "not known" in any optional text column
  becomes empty (NULL): it was never a value.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

from app.models.fields import is_placeholder

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

OPTIONAL_TEXT = {  # table -> the optional text columns a placeholder may sit in (after this revision)
    "city": ("name_en", "developer", "developer_kind", "city_type", "approved_by", "approved_meeting", "website",
             "notes"),
    "promotion_zone": ("receiving_org", "progress_notes"),
    "ambassador": ("organisation", "phone", "email", "notes"),
    "ascn_partnership": ("partner_country", "lead_agency", "notes"),
}


def upgrade() -> None:
    with op.batch_alter_table("city", schema=None) as batch_op:
        batch_op.alter_column("developer", existing_type=sa.String(length=300), nullable=True)
        batch_op.alter_column("city_type", existing_type=sa.String(length=20), nullable=True)
    with op.batch_alter_table("ascn_partnership", schema=None) as batch_op:
        batch_op.add_column(sa.Column("partner_kind", sa.String(length=20), server_default="city", nullable=False))
        batch_op.alter_column("partner_country", existing_type=sa.String(length=100), nullable=True)
        batch_op.alter_column("province", existing_type=sa.String(length=8), nullable=True)
    conn = op.get_bind()
    partnership = sa.table("ascn_partnership", sa.column("kind"), sa.column("partner_kind"))
    conn.execute(partnership.update().where(partnership.c.kind == "programme").values(partner_kind="programme"))
    for table_name, names in OPTIONAL_TEXT.items():
        for name in names:
            _clear_placeholders(conn, table_name, name)


def _clear_placeholders(conn, table_name: str, name: str) -> None:
    table = sa.table(table_name, sa.column("id"), sa.column(name))
    column = table.c[name]
    found = [row_id for row_id, value in conn.execute(sa.select(table.c.id, column).where(column.is_not(None)))
             if is_placeholder(value) or not str(value).strip()]
    for start in range(0, len(found), 500):
        conn.execute(table.update().where(table.c.id.in_(found[start:start + 500])).values({name: None}))


def downgrade() -> None:
    conn = op.get_bind()
    city = sa.table("city", sa.column("developer"), sa.column("city_type"))
    conn.execute(city.update().where(city.c.developer.is_(None)).values(developer=""))
    conn.execute(city.update().where(city.c.city_type.is_(None)).values(city_type=""))
    partnership = sa.table("ascn_partnership", sa.column("partner_country"), sa.column("province"))
    conn.execute(partnership.update().where(partnership.c.partner_country.is_(None)).values(partner_country=""))
    with op.batch_alter_table("ascn_partnership", schema=None) as batch_op:
        batch_op.alter_column("province", existing_type=sa.String(length=8), nullable=False)
        batch_op.alter_column("partner_country", existing_type=sa.String(length=100), nullable=False)
        batch_op.drop_column("partner_kind")
    if conn.dialect.name != "sqlite":  # SQLite would copy the city table, which others refer to: NULL stays allowed
        with op.batch_alter_table("city", schema=None) as batch_op:
            batch_op.alter_column("city_type", existing_type=sa.String(length=20), nullable=False)
            batch_op.alter_column("developer", existing_type=sa.String(length=300), nullable=False)
