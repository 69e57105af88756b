"""Reminds the user when a follow-up falls due while the app runs, once per entry.

Every minute the follow-up lists are read on the cache worker, for the user's local day. A
follow-up falls due when the day turns: the first check after midnight announces the
entries due that new day, through the system tray when there is one, otherwise in the
window's notice bar. What is due at start, set for today by the user just now, or brought
by a sync, is the badge's news, not a notification; and no entry is announced twice.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from concurrent.futures import Future
from typing import Protocol

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon

from app.outreach.followups import FollowUps
from app.outreach.model import OutreachEntry
from ui.changes import Changes
from ui.context import AppContext

log = logging.getLogger(__name__)
CHECK_MS = 60_000


class Tray(Protocol):
    """What the notifier uses of QSystemTrayIcon."""

    def show(self) -> None: ...
    def hide(self) -> None: ...
    def showMessage(self, title: str, text: str,  # noqa: N802 (Qt API)
                    icon: QSystemTrayIcon.MessageIcon) -> None: ...


def system_tray(parent: QObject) -> Tray | None:
    """The desktop's tray icon, or None where the desktop has no tray (then the window's
    notice bar says it)."""
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
    return QSystemTrayIcon(icon, parent)


def _read(ctx: AppContext, today: dt.date) -> FollowUps:
    from app.outreach.followups import FollowUpService

    return FollowUpService(ctx.workspace.engine, today=today).lists()


class FollowUpNotifier(QObject):
    due_count_changed = Signal(int)     # overdue + due today
    notified = Signal(list)             # the entries just announced

    def __init__(self, ctx: AppContext, show_notice: Callable[[str], None], *,
                 interval_ms: int = CHECK_MS, today: Callable[[], dt.date] | None = None,
                 make_tray: Callable[[QObject], Tray | None] = system_tray,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._today = today or ctx.today
        self.checked_on: dt.date | None = None
        self._show_notice = show_notice
        self.known: set[str] = set()  # client ids seen due: never announced (again)
        self.due_count: int | None = None
        self._make_tray = make_tray
        self._tray_asked = False
        self.tray: Tray | None = None
        self._stopped = False
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()
        ctx.changes.changed.connect(self._on_changes)
        self.check()

    def shutdown(self) -> None:
        self._stopped = True
        self._timer.stop()
        if self.tray is not None:
            self.tray.hide()

    def check(self) -> None:
        if self._stopped:
            return  # the profile is closing: its cache is not to be opened again
        ctx, day = self.ctx, self._today()
        ctx.taskman.run_in_background(lambda: _read(ctx, day),
                                      lambda future: self._on_read(day, future))

    def _on_changes(self, changes: Changes) -> None:
        if changes.outreach:
            self.check()

    def _on_read(self, day: dt.date, future: Future[FollowUps]) -> None:
        if not shiboken6.isValid(self):
            return  # the window closed (or was rebuilt) while this was read
        error = future.exception()
        if error is not None:
            log.warning("follow-up check failed: %s", error)
            return
        lists = future.result()
        due = [*lists.overdue, *lists.due_today]
        if len(due) != self.due_count:
            self.due_count = len(due)
            self.due_count_changed.emit(len(due))
        turned = self.checked_on is not None and day > self.checked_on
        if self.checked_on is None or day >= self.checked_on:
            self.checked_on = day
        fresh = [e for e in lists.due_today if e.client_id not in self.known] if turned else []
        self.known |= {entry.client_id for entry in due}
        if fresh:
            self.notify(fresh)

    def notify(self, entries: list[OutreachEntry]) -> None:
        if len(entries) == 1:
            entry = entries[0]
            text = self.tr("Follow up with {shop} today: {summary}").format(
                shop=entry.shop_name or entry.seller_id,
                summary=entry.summary or self.tr("no summary"))
        else:
            text = self.tr("{count} follow-ups are due today; open Follow-ups to work "
                           "through them.").format(count=len(entries))
        title = self.tr("Follow-up due")
        if not self._tray_asked:  # one icon for the run, made when first needed
            self._tray_asked = True
            self.tray = self._make_tray(self)
        if self.tray is not None:
            self.tray.show()
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information)
        else:
            self._show_notice(text)
        self.notified.emit(entries)
