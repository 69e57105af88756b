from __future__ import annotations

import io

from app.commands.progress_bar import TerminalProgress
from app.sync.progress import ProgressMeter, SyncProgress


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_line_shows_items_rate_share_and_eta() -> None:
    line = TerminalProgress.render(SyncProgress("metrics", 250, 300, 3, 1234.5, 65.0, 1000))
    assert "metrics" in line and "300 items" in line and "1,234/s" in line
    assert "25%" in line and "ETA 1:05" in line


def test_nothing_is_drawn_when_stderr_is_not_a_terminal() -> None:
    stream = io.StringIO()
    TerminalProgress(stream)(SyncProgress("done", 1, 1, 1, 1.0, None))
    assert stream.getvalue() == ""


def test_meter_estimates_eta_from_the_feed_rate() -> None:
    ticks = iter([0.0, 0.0, 2.0, 2.0])
    seen: list[SyncProgress] = []
    meter = ProgressMeter(seen.append, clock=lambda: next(ticks))
    meter.start_phase("metrics")
    meter.page_stored(100, estimated_total=400)
    assert seen[-1].rate == 50.0
    assert seen[-1].eta_seconds == 6.0
    terminal = FakeTerminal()
    TerminalProgress(terminal)(seen[-1])
    assert "ETA 0:06" in terminal.getvalue()
