"""The floor of a desktop cold start: `python -m benchmarks.ui_floor STARTED CACHE`.

A bare PySide6 window with a sqlite3-backed table of the same rows the portfolio shows
(sellers joined with their 30-day summaries): no application code at all. STARTED is the
parent's `time.time()` taken just before it started this process, so the figure includes
the interpreter's start and every import, as the app's cold start does. Prints one JSON
object: seconds from STARTED to the first event-loop turn after the window was shown and
painted, with the intermediate marks.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

_IMPORTED = time.time()

# As many columns as a real table of sellers needs, read the way any small app would.
_SQL = """
SELECT s.shop_name, s.shop_code, s.marketplace, s.region, s.category, s.tier, s.status,
    s.currency, m.gmv_30d, m.gmv_prev_30d, m.orders_30d, m.shipped_30d,
    m.late_dispatched_30d, m.active_violation_points, s.health_sps, s.health_ahr
FROM sellers s LEFT JOIN seller_summary m ON m.seller_id = s.seller_id
"""
_HEADERS = ("Shop name", "Shop code", "Marketplace", "Region", "Category", "Tier", "Status",
            "Currency", "GMV 30d", "GMV prev 30d", "Orders 30d", "Shipped 30d",
            "Late 30d", "Points", "SPS", "AHR")
_MONEY = {8, 9}
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)


class RowsModel(QAbstractTableModel):
    def __init__(self, rows: list[tuple[Any, ...]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows = rows

    def rowCount(self, parent: QModelIndex | None = None) -> int:  # noqa: N802 (Qt API)
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | None = None) -> int:  # noqa: N802 (Qt API)
        return 0 if parent is not None and parent.isValid() else len(_HEADERS)

    def data(self, index: QModelIndex, role: int = _DISPLAY) -> Any:
        if role != _DISPLAY or not index.isValid():
            return None
        value = self.rows[index.row()][index.column()]
        if value is None:
            return "—"
        if index.column() in _MONEY:
            return f"{value / 10_000:,.0f}"
        return str(value)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt API)
                   role: int = _DISPLAY) -> Any:
        if role == _DISPLAY and orientation == Qt.Orientation.Horizontal:
            return _HEADERS[section]
        return None


def run(started: float, cache: str) -> dict[str, Any]:
    import sqlite3

    marks: dict[str, float] = {"imported": _IMPORTED - started}
    app = QApplication(sys.argv[:1])
    conn = sqlite3.connect(f"file:{cache}?mode=ro", uri=True)
    rows = conn.execute(_SQL).fetchall()
    conn.close()
    marks["rows_read"] = time.time() - started
    window = QMainWindow()
    window.setWindowTitle("floor")
    table = QTableView(window)
    table.setModel(RowsModel(rows, table))
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.setSortingEnabled(False)
    window.setCentralWidget(table)
    window.resize(1360, 840)  # the app's default size
    window.show()
    window.repaint()  # painted now, not at some later turn
    marks["shown"] = time.time() - started
    result: dict[str, Any] = {"rows": len(rows)}

    def first_turn() -> None:
        result["seconds"] = time.time() - started
        app.quit()

    QTimer.singleShot(0, first_turn)
    QTimer.singleShot(60_000, app.quit)  # never hang the suite
    app.exec()
    result["marks"] = marks
    return result


if __name__ == "__main__":
    print(json.dumps(run(float(sys.argv[1]), sys.argv[2])))
