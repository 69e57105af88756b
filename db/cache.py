"""Open a profile's cache file, ready to use: schema current, errors in plain words."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from db.engine import create_cache_engine, known_cache_errors
from db.migrate import ensure_schema


def open_cache(path: Path) -> Engine:
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_cache_engine(path)
    with known_cache_errors(path):
        ensure_schema(engine)
    return engine
