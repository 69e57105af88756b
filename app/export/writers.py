"""CSV, JSON and Excel writers that stream: a 7-million-row export never sits in memory."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import IO, Any

import orjson

XLSX_MAX_ROWS = 1_048_576  # Excel's sheet limit, header row included


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | dict):
        return orjson.dumps(value).decode("utf-8")
    return str(value)


def write_csv(out: IO[str], columns: list[str], rows: Iterable[dict[str, Any]]) -> int:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    count = 0
    for row in rows:
        writer.writerow([_cell_text(row.get(c)) for c in columns])
        count += 1
    return count


def write_json(out: IO[bytes], items: Iterable[dict[str, Any]]) -> int:
    out.write(b"[")
    count = 0
    for item in items:
        out.write(b",\n" if count else b"\n")
        out.write(orjson.dumps(item))
        count += 1
    out.write(b"\n]\n" if count else b"]\n")
    return count


def _xlsx_value(value: Any, money: bool) -> Any:
    if value is None:
        return None
    if money and isinstance(value, str):
        return Decimal(value)
    if isinstance(value, list | dict):
        return orjson.dumps(value).decode("utf-8")
    return value


def write_xlsx(path: str, title: str, columns: list[str], rows: Iterator[dict[str, Any]],
               money_columns: frozenset[str] = frozenset()) -> int:
    """Rows past one sheet's limit continue on the next sheet, each with the header."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    count = 0
    sheet = None
    sheet_rows = XLSX_MAX_ROWS
    sheet_number = 0
    for row in rows:
        if sheet_rows >= XLSX_MAX_ROWS:
            sheet_number += 1
            sheet = book.create_sheet(title if sheet_number == 1 else f"{title} ({sheet_number})")
            sheet.append(columns)
            sheet_rows = 1
        assert sheet is not None
        sheet.append([_xlsx_value(row.get(c), c in money_columns) for c in columns])
        sheet_rows += 1
        count += 1
    if sheet is None:
        book.create_sheet(title).append(columns)
    book.save(path)
    return count
