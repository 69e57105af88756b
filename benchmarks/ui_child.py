"""The real window, measured: `python -m benchmarks.ui_child STARTED HOME PROFILE [--startup-only]`.

Starts the app through its own entry point (`app.cli.main`, as `sellerdesk` does) with a
Shell that only adds hooks. STARTED is the parent's `time.time()` just before it started
this process. Cold start ends at the first event-loop turn after PortfolioPage.loaded (and
a forced repaint, as the floor has). Then, in the same process: sorts, filters, searches
as typed, and five sellers opened. Each step is timed from the call to the first turn after
the view processed it: the table's next paint (Qt lays out and repaints on timers of its
own, after a plain 0-ms hop), then a 0-ms timer hop. A seller is timed from
`open_seller(id)` to SellerPage.loaded, the canvas' draw_event and a repaint of the canvas
at the next turn. Prints one JSON object.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

import ui.app
from benchmarks.memory import peak_rss_mb
from ui.portfolio.columns import INDEX
from ui.shell import Shell

REPEATS = 5
SETTLE_MS = 1000  # let start-up's own background reads end before timing interactions
SEARCHES = {"zh": "旗舰店", "en": "oak"}
FALLBACK_MS = 2000
_DESC, _ASC = Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder


class AfterPaint(QObject):
    """Calls back at the first event-loop turn after the watched widget's next paint."""

    def __init__(self) -> None:
        super().__init__()
        self._armed: list[Callable[[], None]] = []
        self.unpainted = 0  # steps that never repainted: their time is the fallback's

    def watch(self, widget: QWidget) -> None:
        widget.installEventFilter(self)

    def arm(self, callback: Callable[[], None]) -> None:
        self._armed.append(callback)
        QTimer.singleShot(FALLBACK_MS, lambda: self._fallback(callback))

    def _fallback(self, callback: Callable[[], None]) -> None:
        if callback in self._armed:
            self._armed.remove(callback)
            self.unpainted += 1
            callback()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint and self._armed:
            armed, self._armed = self._armed, []
            for callback in armed:  # runs once this paint (and the flush it is in) is done
                QTimer.singleShot(0, callback)
        return False


class Bench:
    def __init__(self, started: float, startup_only: bool) -> None:
        self.started = started
        self.startup_only = startup_only
        self.marks: dict[str, float] = {}
        self.times: dict[str, list[float]] = {}
        self.sellers: list[dict[str, float]] = []
        self.after = AfterPaint()
        self.shell: Any = None
        self.steps: list[Callable[[Callable[[], None]], None]] = []
        self.rows = 0
        self._draw_cid = 0

    def mark(self, name: str) -> None:
        self.marks.setdefault(name, time.time() - self.started)

    # -- cold start -----------------------------------------------------------------------
    def attach(self, shell: Any) -> None:
        self.shell = shell
        shell.window.portfolio.loaded.connect(self._loaded)
        page = shell.window.portfolio
        self.after.watch(page.table.viewport())
        self.after.watch(page.states.message)  # "no sellers match" instead of the table
        QTimer.singleShot(180_000, self._timeout)

    def _loaded(self) -> None:
        window = self.shell.window
        window.portfolio.loaded.disconnect(self._loaded)
        self.mark("loaded")
        window.repaint()  # as the floor does: the rows are on screen, not only in the model
        QTimer.singleShot(0, self._interactive)

    def _interactive(self) -> None:
        self.mark("interactive")
        self.rows = self.shell.window.portfolio.model.loaded_count
        if self.startup_only:
            QApplication.quit()
            return
        self._plan()
        QTimer.singleShot(SETTLE_MS, self._next)

    def _timeout(self) -> None:
        self.marks["timeout"] = time.time() - self.started
        QApplication.quit()

    # -- interactions ---------------------------------------------------------------------
    def _next(self) -> None:
        if self.steps:
            step = self.steps.pop(0)
            step(lambda: QTimer.singleShot(0, self._next))
        else:
            QApplication.quit()

    def timed(self, name: str, action: Callable[[], None]) -> None:
        def step(done: Callable[[], None]) -> None:
            started = time.perf_counter()
            action()

            def finished() -> None:
                self.times.setdefault(name, []).append(time.perf_counter() - started)
                done()

            self.after.arm(finished)

        self.steps.append(step)

    def _plan(self) -> None:
        page = self.shell.window.portfolio
        table, filters, search = page.table, page.filters, page.search
        for _ in range(REPEATS):  # each differs from the order before it, so Qt re-sorts
            for key, order in (("name", _ASC), ("name", _DESC), ("gmv_30d", _ASC),
                               ("gmv_30d", _DESC)):
                self.timed("sort", lambda k=key, o=order: table.sortByColumn(INDEX[k], o))
        rows = [page.model.row_at(i) for i in range(page.model.rowCount())]
        category = Counter(r.category for r in rows).most_common(1)[0][0]
        # A status some sellers of that category have: both ticked still leaves rows.
        status = Counter(r.status for r in rows if r.category == category).most_common(2)[-1][0]
        tick = [filters.buttons["category"].action_for(category),
                filters.buttons["status"].action_for(status)]
        for _ in range(REPEATS):
            for action, on in ((tick[0], True), (tick[1], True), (tick[1], False),
                               (tick[0], False)):
                self.timed("filter", lambda a=action, c=on: a.setChecked(c))
        for language, term in SEARCHES.items():
            for _ in range(REPEATS):
                for end in range(1, len(term) + 1):  # as typed, one character at a time
                    self.timed(f"search_{language}", lambda t=term[:end]: search.set_now(t))
                self.timed(f"search_{language}_clear", lambda: search.set_now(""))
        count = len(rows)
        self.chosen = [rows[count * i // 5].seller_id for i in range(5)]
        for seller_id in self.chosen:
            self.steps.append(lambda done, s=seller_id: self._open_seller(s, done))

    def _open_seller(self, seller_id: str, done: Callable[[], None]) -> None:
        window = self.shell.window
        page = window.seller
        started = time.perf_counter()
        times: dict[str, float] = {}

        def finished() -> None:
            times["seconds"] = time.perf_counter() - started
            self.sellers.append(times)
            window.show_portfolio()
            done()

        def blitted() -> None:
            page.charts.canvas.repaint()  # the drawn figure on screen, not only in its buffer
            finished()

        def on_draw(_event: object) -> None:
            page.charts.canvas.mpl_disconnect(self._draw_cid)
            times["drawn"] = time.perf_counter() - started
            QTimer.singleShot(0, blitted)

        def on_loaded(loaded_id: str) -> None:
            if loaded_id != seller_id:
                return
            page.loaded.disconnect(on_loaded)
            times["loaded"] = time.perf_counter() - started
            canvas = page.charts.canvas
            if canvas is not None and getattr(canvas, "_draw_pending", False):
                self._draw_cid = canvas.mpl_connect("draw_event", on_draw)
            else:
                QTimer.singleShot(0, blitted)

        page.loaded.connect(on_loaded)
        window.open_seller(seller_id)

    def result(self) -> dict[str, Any]:
        seller_seconds = [s["seconds"] for s in self.sellers]
        return {
            "startup_seconds": self.marks.get("interactive"),
            "marks": self.marks,
            "max_ms": {k: 1000 * max(v) for k, v in self.times.items()},
            "median_ms": {k: 1000 * statistics.median(v) for k, v in self.times.items()},
            "sellers": self.sellers,
            "seller_median_ms": 1000 * statistics.median(seller_seconds) if self.sellers else None,
            "seller_max_ms": 1000 * max(seller_seconds) if self.sellers else None,
            "rows": self.rows,
            "unpainted_steps": self.after.unpainted,
            "peak_mb": peak_rss_mb(),
        }


def main(argv: list[str]) -> dict[str, Any]:
    started, home, profile = float(argv[0]), argv[1], argv[2]
    bench = Bench(started, "--startup-only" in argv)
    bench.mark("ui_imported")

    class BenchShell(Shell):
        def start(self, profile_name: str | None = None, *, sync_now: bool = False) -> None:
            bench.mark("shell_start")
            super().start(profile_name, sync_now=sync_now)
            bench.mark("window_built")
            if bench.shell is None and self.window is not None:
                bench.attach(self)

    ui.app.Shell = BenchShell  # type: ignore[misc]  # run_window builds its shell by this name
    from app.cli import main as cli_main

    code = cli_main(["--home", home, "--profile", profile])
    return {"exit_code": code, **bench.result()}


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1:])))
