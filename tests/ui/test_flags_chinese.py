"""In Chinese, the flags screens show no English: every label, button, header and menu entry
comes from the committed catalog, and rule titles and messages from the rule pack."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QTableView,
    QTableWidget,
    QWidget,
)

from tests.ui.flag_fixtures import TIMEOUT, flag_ctx, flagged_home
from ui import formatting, i18n
from ui.context import AppContext
from ui.flags.rule_editor import RuleEditorDialog
from ui.flags.worklist import WorklistPage

__all__ = ["flag_ctx", "flagged_home"]
WORD = re.compile(r"[A-Za-z]{3,}")
CJK = re.compile(r"[\u4e00-\u9fff]")
# Words that stay as they are in Chinese: terms, key names, data.
KEPT = re.compile(r"\b(GMV|SPS|AHR|IM|Ctrl|Shift|Enter|Esc|Alt|tiktok|shopee|amazon|"
                  r"TikTok|Shopee|Amazon|US|https?)\b")


@pytest.fixture
def chinese(qapp: Any, tmp_path: Path, flag_ctx: AppContext) -> Iterator[AppContext]:
    translations = i18n.Translations(qapp, cache_dir=tmp_path / "qm")
    assert translations.apply("zh_CN")
    formatting.set_language("zh_CN")
    flag_ctx.settings.language = "zh_CN"
    yield flag_ctx
    translations.apply("en")
    formatting.set_language("en")


def english_left(texts: list[str], data: set[str]) -> list[str]:
    left = []
    for text in texts:
        stripped = KEPT.sub("", text.replace("&", ""))
        for value in data:
            stripped = stripped.replace(value, "")
        if WORD.search(stripped) and not CJK.search(text):
            left.append(text)
    return left


def widget_texts(root: QWidget) -> list[str]:
    texts: list[str] = []
    tables = root.findChildren(QTableView)
    for widget in [root, *root.findChildren(QWidget)]:
        if any(table.isAncestorOf(widget) for table in tables):
            continue  # cells are data (sources, names), checked by the caller where they are not
        if isinstance(widget, QLabel | QAbstractButton) and widget.text():
            texts.append(widget.text())
        if isinstance(widget, QGroupBox) and widget.title():
            texts.append(widget.title())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                      for c in range(model.columnCount())]
        for action in widget.actions():
            texts += [action.text(), action.toolTip()]
    return [t for t in texts if t]


def test_worklist_and_rule_editor_speak_chinese(chinese: AppContext, qtbot: Any) -> None:
    page = WorklistPage(chinese)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    qtbot.waitUntil(lambda: page.states.state != "loading", timeout=TIMEOUT)
    assert page.model.rowCount() > 0
    page.table.selectRow(0)
    items = page.model.items()
    data = {i.shop_name for i in items} | {i.shop_code for i in items}
    texts = widget_texts(page)
    for row in range(page.model.rowCount()):
        texts += [str(page.model.index(row, c).data() or "")
                  for c in (0, 2, 3, 4, 9)]  # severity, rule, message, distance, status
    assert english_left(texts, data) == []
    editor = RuleEditorDialog(chinese)
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.loaded, timeout=TIMEOUT):
        editor.show()
    table: QTableWidget = editor.table
    # Rule titles and metric names; pack scopes and sources are data.
    texts = widget_texts(editor) + [table.item(r, c).text() for r in range(table.rowCount())
                                    for c in (1, 2)]
    left = english_left(texts, set())
    assert left == [], left
