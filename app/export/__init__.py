"""`sellerdesk export FEED`: the cache's rows with the contract's field names."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from app.errors import KnownError, UsageError
from app.export.flag_rows import FLAG_COLUMNS, flag_rows
from app.export.shape import flatten, shape
from app.export.writers import write_csv, write_json, write_xlsx
from app.flags.service import FlagService
from db.repositories.exports import EXPORT_QUERIES, programs_with_criteria, stream_rows
from db.repositories.feed_upserts import MONEY_FIELDS

EXPORTABLE_FEEDS = (*EXPORT_QUERIES, "programs", "flags")
FORMATS = ("csv", "json", "xlsx")


def _items(engine: Engine, feed: str, language: str = "en") -> Iterator[dict[str, Any]]:
    if feed == "flags":
        # Every flag with its status (open, snoozed, dismissed, resolved): the history too.
        yield from flag_rows(FlagService(engine).flags(statuses=None), language)
        return
    if feed == "programs":
        yield from programs_with_criteria(engine)
        return
    for row in stream_rows(engine, feed):
        yield shape(feed, row)


def _columns(engine: Engine, feed: str) -> list[str]:
    if feed == "flags":
        return list(FLAG_COLUMNS)
    if feed == "programs":
        return ["program_id", "marketplace", "name", "description", "active", "criteria"]
    sample = shape(feed, {c: _placeholder(c) for c in EXPORT_QUERIES[feed][0]})
    return list(flatten(sample))


def _placeholder(column: str) -> Any:
    return 0 if column in MONEY_FIELDS or column in ("assigned", "deleted") else None


def export_feed(engine: Engine, feed: str, fmt: str, out: Path | None,
                language: str = "en") -> int:
    """Write the feed; returns the number of items. `out` None means standard output.

    A file is written beside its destination and renamed over it at the end, so a failed
    export (disk full, cancelled) never leaves a truncated file that looks complete.
    """
    if feed not in EXPORTABLE_FEEDS:
        raise UsageError(f"Unknown feed '{feed}'; choose one of {', '.join(EXPORTABLE_FEEDS)}.")
    if fmt not in FORMATS:
        raise UsageError(f"Unknown format '{fmt}'; choose csv, json or xlsx.")
    if out is None and fmt == "xlsx":
        raise UsageError("Excel output needs a file: add --out FILE.xlsx")
    columns = _columns(engine, feed)
    items = _items(engine, feed, language)
    if out is None:
        return _write(fmt, feed, columns, items, None)
    partial = out.with_name(f".{out.name}.partial")
    try:
        count = _write(fmt, feed, columns, items, partial)
        os.replace(partial, out)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise KnownError(f"Cannot write the export to {out}: {error.strerror or error}") from error
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return count


def _write(fmt: str, feed: str, columns: list[str], items: Iterator[dict[str, Any]],
           path: Path | None) -> int:
    if fmt == "json":
        if path is None:
            return write_json(sys.stdout.buffer, items)
        with path.open("wb") as handle:
            return write_json(handle, items)
    flat = (flatten(item) for item in items)
    if fmt == "csv":
        if path is None:
            stream = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="",
                                      write_through=True)
            try:
                return write_csv(stream, columns, flat)
            finally:
                stream.detach()
        with path.open("w", encoding="utf-8", newline="") as handle:
            return write_csv(handle, columns, flat)
    assert path is not None
    money = frozenset(MONEY_FIELDS) if feed == "metrics" else frozenset()
    return write_xlsx(str(path), feed, columns, flat, money)
