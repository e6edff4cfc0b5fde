"""Alembic environment: the connection is handed in by app.core.migrate."""

from alembic import context

from app.models import Base
from app.registers.search_index import in_models

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # run from the alembic command line while developing
    from sqlalchemy import create_engine

    connection = create_engine(config.get_main_option("sqlalchemy.url")).connect()

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    transactional_ddl=True,
    include_name=in_models,
)


def refresh_guards(conn) -> None:
    """After any upgrade: the audit triggers cover every table and column as they now are, and on a server whose
    group roles were set up, their privileges cover the new tables (a revision need not remember either)."""
    from sqlalchemy import inspect

    from app.core import audit_schema

    if "audit_log" not in inspect(conn).get_table_names():
        return
    audit_schema.install(conn)
    if conn.dialect.name == "postgresql":
        from app.access import roles

        if roles.groups_exist(conn):
            roles.setup(conn)


with context.begin_transaction():
    context.run_migrations()
    refresh_guards(connection)
