"""What the register panes need to read a page of any size quickly:

* every stored search text and title of the registers' keys ends with two separators (``keys.END``), so a word of
  one or two characters is found through the search index, as longer words are (``app.registers.search_index``);
  the FTS5 triggers bring the SQLite index along, PostgreSQL's trigram indexes follow the update. Not audited
  (derived data);
* an index on each number and date column a pane sorts by, with the id for ties (``ORDER_INDEXES``), so the first
  page of that order is read from the index instead of sorting the register.

Revision ID: 0014
Revises: 0013
"""

import sqlalchemy as sa
from alembic import op

from app.models import KEY_TABLES
from app.models.sortkeys.tables import ORDER_INDEXES
from app.registers.keys import END

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

COLUMNS = ("search_th", "search_en", "title")


def _ends(column) -> sa.ColumnElement:
    return sa.func.substr(column, sa.func.length(column) - len(END) + 1) == END


def upgrade() -> None:
    """Rows made by revision 0011 with today's code end so already; the others get the ending."""
    for table in KEY_TABLES.values():
        ended = {c: sa.case((_ends(table.c[c]), table.c[c]), else_=table.c[c] + sa.literal(END)) for c in COLUMNS}
        op.get_bind().execute(table.update().values(ended))
    for index in ORDER_INDEXES:
        index.create(op.get_bind())


def downgrade() -> None:
    for index in ORDER_INDEXES:
        index.drop(op.get_bind())
    for table in KEY_TABLES.values():
        cut = {c: sa.case((_ends(table.c[c]), sa.func.substr(table.c[c], 1, sa.func.length(table.c[c]) - len(END))),
                          else_=table.c[c]) for c in COLUMNS}
        op.get_bind().execute(table.update().values(cut))
