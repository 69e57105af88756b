"""A one-line progress display on stderr, drawn only when stderr is a terminal."""

from __future__ import annotations

import sys
import time
from typing import TextIO

from app.sync.progress import SyncProgress

REDRAW_SECONDS = 0.1


def _duration(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class TerminalProgress:
    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty()
        self._last_draw = 0.0
        self._width = 0

    def __call__(self, progress: SyncProgress) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last_draw < REDRAW_SECONDS and progress.phase != "done":
            return
        self._last_draw = now
        self.draw(self.render(progress))

    @staticmethod
    def render(progress: SyncProgress) -> str:
        parts = [f"{progress.phase:<11}", f"{progress.items:>11,} items",
                 f"{progress.pages:,} pages", f"{progress.rate:,.0f}/s"]
        if progress.estimated_total and progress.estimated_total > 0:
            share = min(1.0, progress.feed_items / progress.estimated_total)
            filled = int(share * 20)
            parts.insert(1, f"[{'#' * filled}{'.' * (20 - filled)}] {share:4.0%}")
        if progress.eta_seconds is not None:
            parts.append(f"ETA {_duration(progress.eta_seconds)}")
        return "  ".join(parts)

    def draw(self, line: str) -> None:
        padding = " " * max(0, self._width - len(line))
        self.stream.write(f"\r{line}{padding}")
        self.stream.flush()
        self._width = len(line)

    def finish(self) -> None:
        if self.enabled and self._width:
            self.stream.write("\n")
            self.stream.flush()
