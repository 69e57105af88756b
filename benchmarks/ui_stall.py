"""Event-loop stalls during a sync run from the window: `python -m benchmarks.ui_stall HOME
PROFILE SECONDS`.

Opens the real window on PROFILE (an empty cache pointed at a running sandbox), starts a
full sync through the shell's SyncController and ticks a 5-ms precise QTimer on the GUI
thread: the longest gap between two ticks is the longest the window could not answer.
After SECONDS the sync is cancelled through the controller; the time until it reports its
end is how long a cancel takes to take effect. Ticks go on for AFTER_S once it has ended
(the window then reloads what the cancelled sync stored). Prints one JSON object.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import keyring
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from benchmarks.memory import peak_rss_mb
from tests.helpers.keyring_backends import FileKeyring
from ui.app import create_application
from ui.i18n import Translations
from ui.shell import Shell

TICK_MS = 5
AFTER_S = 3.0
TOP = 8


class StallProbe(QObject):
    def __init__(self, shell: Shell, seconds: float) -> None:
        super().__init__()
        self.shell = shell
        self.seconds = seconds
        self.stage = "waiting"
        self.gaps: dict[str, list[float]] = {"sync": [], "cancelling": [], "after": []}
        self.worst: list[tuple[float, float, str, str, int]] = []
        self.marks: dict[str, float] = {}
        self.outcome = ""
        self.items = 0
        self.ticker = QTimer(self)
        self.ticker.setTimerType(Qt.TimerType.PreciseTimer)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self._tick)
        self.last = 0.0
        self.origin = 0.0

    def begin(self) -> None:
        assert self.shell.window is not None and self.shell.sync is not None
        self.shell.window.portfolio.loaded.disconnect(self.begin)
        sync = self.shell.sync
        sync.finished.connect(self._finished)
        self.origin = self.last = time.perf_counter()
        self.stage = "sync"
        self.ticker.start()
        sync.start(full=True)
        QTimer.singleShot(round(self.seconds * 1000), self._cancel)

    def _now(self) -> float:
        return time.perf_counter() - self.origin

    def _tick(self) -> None:
        now = time.perf_counter()
        gap, self.last = now - self.last, now
        self.gaps[self.stage].append(gap)
        sync = self.shell.sync
        latest = sync.latest if sync is not None else None
        phase = latest.phase if latest is not None else ""
        self.worst.append((gap, now - self.origin, self.stage, phase,
                           latest.items if latest is not None else 0))
        self.worst = sorted(self.worst, reverse=True)[:TOP]

    def _cancel(self) -> None:
        if self.stage != "sync":
            return
        self.marks["cancel"] = self._now()
        self.stage = "cancelling"
        assert self.shell.sync is not None
        self.shell.sync.cancel()

    def _finished(self, outcome: Any) -> None:
        self.marks["finished"] = self._now()
        self.outcome = outcome.kind.value
        self.items = outcome.items
        self.stage = "after"
        QTimer.singleShot(round(AFTER_S * 1000), QApplication.quit)

    def result(self) -> dict[str, Any]:
        gaps = {stage: values for stage, values in self.gaps.items() if values}
        cancel, finished = self.marks.get("cancel"), self.marks.get("finished")
        during = gaps.get("sync", []) + gaps.get("cancelling", [])
        return {
            "outcome": self.outcome,
            "items": self.items,
            "sync_seconds": cancel if cancel is not None else finished,
            "cancel_seconds": finished - cancel if None not in (cancel, finished) else None,
            "max_stall_ms": 1000 * max(during) if during else None,
            "max_ms": {stage: 1000 * max(v) for stage, v in gaps.items()},
            "median_ms": {stage: 1000 * statistics.median(v) for stage, v in gaps.items()},
            "over_50ms": {stage: sum(g > 0.05 for g in v) for stage, v in gaps.items()},
            "over_100ms": {stage: sum(g > 0.1 for g in v) for stage, v in gaps.items()},
            "ticks": {stage: len(v) for stage, v in gaps.items()},
            "worst": [{"ms": 1000 * g, "at_s": at, "stage": stage, "sync_phase": phase,
                       "items": items} for g, at, stage, phase, items in self.worst],
            "peak_mb": peak_rss_mb(),
        }


def main(argv: list[str]) -> dict[str, Any]:
    home, profile, seconds = Path(argv[0]), argv[1], float(argv[2])
    keyring.set_keyring(FileKeyring())
    app = create_application()
    shell = Shell(home, Translations(app))
    shell.start(profile)
    if shell.window is None or shell.sync is None:
        raise SystemExit(f"the window did not open on profile {profile!r}")
    probe = StallProbe(shell, seconds)
    shell.window.portfolio.loaded.connect(probe.begin)
    QTimer.singleShot(round((seconds + 120) * 1000), QApplication.quit)  # never hang the suite
    app.exec()
    shell.shutdown()
    return probe.result()


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1:])))
