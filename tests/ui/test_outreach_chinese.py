"""The outreach screens in Chinese: every word on them comes from the catalog, none is left
in English (names of shops, codes, shortcuts and the terms kept as they are excepted)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTableView, QTableWidget, QWidget

from tests.ui.outreach_support import TIMEOUT, log_entry, push, seller_ids
from ui.context import AppContext
from ui.i18n import Translations

CJK = re.compile(r"[\u4e00-\u9fff]")
# Words that stay as they are in Chinese (README of the translations) and what is data.
KEPT = re.compile(r"^(GMV|SPS|AHR|IM|[\d\s.,:%+\-—·→▲▼●/()（）]*|Ctrl\+.*|Alt\+.*|Shift\+.*|"
                  r"Esc|Del|F\d+|Return|Enter|[A-Z]|…)$")


@pytest.fixture
def chinese(qapp: Any, tmp_path: Path) -> Iterator[None]:
    translations = Translations(qapp, cache_dir=tmp_path / "qm")
    assert translations.apply("zh_CN")
    yield
    translations.apply("en")


def english_left(widget: QWidget, data: set[str]) -> list[str]:
    """Visible words with no Chinese that are neither kept terms nor data on screen."""
    texts: list[str] = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisibleTo(widget) and child is not widget:
            continue
        if isinstance(child, QLabel | QAbstractButton):
            texts.append(child.text())
        if isinstance(child, QGroupBox):
            texts.append(child.title())
        if isinstance(child, QTableView | QTableWidget):
            model = child.model()
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                      for c in range(model.columnCount())]
    left = []
    for text in texts:
        plain = text.replace("&", "").strip()
        if not plain or CJK.search(plain) or KEPT.match(plain) or plain in data:
            continue
        if any(piece and piece in plain for piece in data) and not re.search(
                r"\b[a-z]{3,}\b", re.sub("|".join(map(re.escape, data)) or "$^", "", plain)):
            continue
        left.append(plain)
    return left


def test_outreach_screens_have_no_english_left(
        chinese: None, outreach_window: Any, synced_ctx: AppContext, qtbot: Any) -> None:
    window = outreach_window
    sellers = seller_ids(synced_ctx.workspace)
    entry = log_entry(synced_ctx.workspace, sellers[0], summary="x" * 600)
    push(synced_ctx.workspace)  # refused: the outbox shows a rejection
    data = set(sellers) | {entry.summary}
    with synced_ctx.workspace.engine.connect() as conn:
        data |= {r[0] for r in conn.exec_driver_sql("SELECT shop_name FROM sellers").all()}
        data |= {r[0] for r in conn.exec_driver_sql("SELECT name FROM programs").all()}
        data |= {r[0] or "" for r in conn.exec_driver_sql("SELECT summary FROM outreach")}
        data |= {r[0] or "" for r in conn.exec_driver_sql(
            "SELECT outbox_error FROM outreach WHERE outbox_error IS NOT NULL")}

    for show, page in ((window.show_follow_ups, window.follow_ups),
                       (window.show_pipeline, window.pipeline),
                       (window.show_outbox, window.outbox_page)):
        with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
            show()
        assert english_left(page, data) == [], page.objectName()
    assert english_left(window.rail, data) == []

    with qtbot.waitSignal(window.seller.outreach.loaded, timeout=TIMEOUT):
        window.open_seller(sellers[0])
    assert english_left(window.seller.outreach, data) == []
    dialog = window.open_quick_log()
    qtbot.waitSignal(dialog.ready, timeout=TIMEOUT).wait()
    assert english_left(dialog, data) == []
    assert dialog.form.channel.currentText() == "电话"
    assert dialog.form.outcome.currentText() == "已接通"
    dialog.close()
