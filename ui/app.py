"""The Qt application: name, fonts, translations, and the run of the window.

Light and dark follow the system: Qt 6 picks up the platform's colour scheme and we never
set a palette or a style sheet that would pin one. Fonts get a list of CJK fallbacks so
Chinese shop names render on any machine that has one of them.
"""

from __future__ import annotations

import logging
import signal
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from ui.i18n import Translations
from ui.shell import Shell

log = logging.getLogger(__name__)
APP_NAME = "SellerDesk"
# Tried in order after the platform's UI font: Linux (Noto, WenQuanYi), Windows, macOS.
CJK_FALLBACKS = ("Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei",
                 "Microsoft YaHei", "PingFang SC")


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(
        argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("sellerdesk")
    apply_fonts(app)
    # The shell quits explicitly (main window closed, first sign-in cancelled): replacing
    # the window on a language or profile switch must never end the run.
    app.setQuitOnLastWindowClosed(False)
    return app


def apply_fonts(app: QApplication) -> None:
    font = QFont(app.font())
    chosen = dict.fromkeys(name for name in (font.family(), *font.families(), *CJK_FALLBACKS)
                           if name)
    font.setFamilies(list(chosen))
    app.setFont(font)


def quit_on_interrupt(app: QApplication) -> QTimer:
    """Ctrl+C in the terminal quits cleanly (the sandbox stops, the cache closes).

    Python runs signal handlers only between bytecodes, and Qt's loop is C++: a slow timer
    gives the interpreter a moment now and then to notice the signal.
    """
    signal.signal(signal.SIGINT, lambda *_: app.quit())
    timer = QTimer(app, interval=250)
    timer.timeout.connect(lambda: None)
    timer.start()
    return timer


def run_window(home: Path, profile: str | None, demo: bool) -> int:
    """Open the window on `profile` (or the current one); in demo mode on a local sandbox."""
    app = create_application()
    quit_on_interrupt(app)
    shell = Shell(home, Translations(app))
    if demo:
        from ui.demo_session import DemoSession

        shell.start_demo(DemoSession(home, profile_name=profile or "demo"))
    else:
        shell.start(profile)
    code = app.exec()
    shell.shutdown()
    return code or shell.exit_code
