"""PySide6 6.12.0 on Python 3.11 dropped a reference to None on every Qt call returning
nothing, and aborted after a few thousand; 6.11.3 is clean. This catches the regression
before it crashes a user's session."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtWidgets import QLabel


def test_setters_leave_none_refcount_alone(qtbot: Any) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    label.setText("warm-up")
    before = sys.getrefcount(None)
    for i in range(1000):
        label.setText(f"row {i}")
    after = sys.getrefcount(None)
    assert abs(after - before) <= 2, f"None refcount moved by {after - before}"
