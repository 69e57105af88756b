"""Bring a cache file to the current schema: create and stamp a new one, upgrade an old one."""

from __future__ import annotations

from importlib.resources import files

from sqlalchemy import Connection, Engine, inspect, text

# Kept in step with db/migrations/versions by tests/db/test_migrations.py, so start-up can
# skip loading Alembic when the file is already current.
HEAD_REVISION = "0005_health_history_by_date"


def alembic_config(connection: Connection) -> object:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(files("db") / "migrations"))
    config.attributes["connection"] = connection
    return config


def current_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def ensure_schema(engine: Engine) -> None:
    with engine.connect() as connection:
        revision = current_revision(connection)
        is_empty = not inspect(connection).get_table_names()
    if revision == HEAD_REVISION:
        return
    # Alembic and the ORM models cost about 0.2 s to import: only when the file needs work.
    from alembic import command

    from db import models  # noqa: F401  (registers the tables on Base.metadata)
    from db.base import Base
    with engine.begin() as connection:
        if revision is None and is_empty:
            Base.metadata.create_all(connection)
            command.stamp(alembic_config(connection), "head")
        else:
            command.upgrade(alembic_config(connection), "head")
