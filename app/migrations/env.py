"""Alembic environment: the connection is handed in by app.core.migrate."""

from alembic import context

from app.models import Base

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
)
with context.begin_transaction():
    context.run_migrations()
