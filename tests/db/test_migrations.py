from __future__ import annotations

import sqlite3
from importlib.resources import files
from pathlib import Path

from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import text

from db.cache import open_cache
from db.engine import create_cache_engine
from db.migrate import HEAD_REVISION, alembic_config


def _schema(path: Path) -> dict[str, list[tuple[str, str, int, int]]]:
    """Table -> its columns (name, type, not null, pk) and indexes, independent of DDL text."""
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version'")]
        shape: dict[str, list] = {}
        for table in sorted(tables):
            info = conn.execute(f"PRAGMA table_info({table})")
            columns = [(r[1], r[2], r[3], r[5]) for r in info]
            indexes = sorted((r[1], r[2]) for r in conn.execute(f"PRAGMA index_list({table})"))
            without_rowid = conn.execute(
                "SELECT sql LIKE '%WITHOUT ROWID%' FROM sqlite_master WHERE name = ?", (table,)
            ).fetchone()[0]
            shape[table] = [*columns, *indexes, ("without_rowid", without_rowid)]
        return shape
    finally:
        conn.close()


def test_head_constant_matches_the_migration_scripts() -> None:
    config = Config()
    config.set_main_option("script_location", str(files("db") / "migrations"))
    assert ScriptDirectory.from_config(config).get_current_head() == HEAD_REVISION


def test_new_cache_is_created_wal_and_stamped(tmp_path: Path) -> None:
    engine = open_cache(tmp_path / "cache.sqlite3")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            HEAD_REVISION
        )
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    engine.dispose()


def test_migrations_build_exactly_the_models_schema(tmp_path: Path) -> None:
    from alembic import command

    created = tmp_path / "created.sqlite3"
    open_cache(created).dispose()
    migrated = tmp_path / "migrated.sqlite3"
    engine = create_cache_engine(migrated)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    engine.dispose()
    assert _schema(migrated) == _schema(created)


def test_reopening_keeps_the_data(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    engine = open_cache(path)
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO cache_meta (key, value) VALUES ('k', 'v')")
    engine.dispose()
    engine = open_cache(path)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT value FROM cache_meta").scalar() == "v"
    engine.dispose()
