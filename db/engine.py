"""Engine for one profile's cache file: WAL, explicit transactions, clear errors."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError

from app.errors import CacheError

BUSY_TIMEOUT_MS = 15_000


def create_cache_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)

    @event.listens_for(engine, "connect")
    def _configure(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        # The driver's implicit transactions start lazily and never for SELECT; emitting
        # BEGIN ourselves gives each unit of work one real transaction (SQLAlchemy's
        # documented recipe for pysqlite).
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA journal_mode=WAL")
            # NORMAL is crash-safe in WAL mode: a killed process loses no committed page.
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA cache_size=-65536")
            cursor.execute("PRAGMA temp_store=MEMORY")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def describe_sqlite_error(error: BaseException, path: Path | None = None) -> str:
    text = str(getattr(error, "orig", error)).lower()
    where = f" ({path})" if path else ""
    if "disk is full" in text or "disk i/o" in text:
        return f"The disk holding the cache is full{where}; free some space and try again."
    if "locked" in text or "busy" in text:
        return f"The cache{where} is busy in another SellerDesk window or command; try again."
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return (
            f"The cache file{where} is damaged; remove it and sync again "
            "(your unsent outreach is in the same file: back it up first)."
        )
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return f"The cache{where} cannot be written; check the folder's permissions."
    return f"The cache{where} reported an error: {getattr(error, 'orig', error)}"


@contextmanager
def known_cache_errors(path: Path | None = None) -> Iterator[None]:
    """Turn the SQLite failures a user can fix into a CacheError with words to act on."""
    try:
        yield
    except (DBAPIError, sqlite3.OperationalError, sqlite3.DatabaseError) as error:
        original = getattr(error, "orig", error)
        if isinstance(original, sqlite3.OperationalError | sqlite3.DatabaseError):
            text = str(original).lower()
            world = ("full", "locked", "busy", "malformed", "not a database", "corrupt",
                     "readonly", "read-only", "unable to open", "disk i/o")
            if any(word in text for word in world):
                raise CacheError(describe_sqlite_error(error, path)) from error
        raise
