"""Alembic environment: migrations run on the connection SellerDesk hands over."""

from __future__ import annotations

from alembic import context

from db import models  # noqa: F401  (registers the tables on Base.metadata)
from db.base import Base

config = context.config
connection = config.attributes.get("connection")


def run_with(conn: object) -> None:
    context.configure(
        connection=conn,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things in place
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if connection is not None:
    run_with(connection)
else:
    from sqlalchemy import create_engine

    url = config.get_main_option("sqlalchemy.url") or "sqlite:///sellerdesk-dev.sqlite3"
    with create_engine(url).connect() as dev_connection:
        run_with(dev_connection)
