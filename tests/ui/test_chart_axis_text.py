"""Tick labels follow the language's own grouping of large amounts."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale

from ui.seller.chart_style import AxisText


@pytest.fixture
def locale_named(qapp: Any) -> Iterator[Any]:
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


def test_english_amounts_step_by_thousands(locale_named: Any) -> None:
    locale_named("en_US")
    text = AxisText()
    assert [text.compact(v) for v in (950, 12_500, 3_400_000, 2_000_000_000)] == [
        "950", "12.5K", "3.4M", "2B"]


def test_chinese_amounts_step_by_wan_and_yi(locale_named: Any) -> None:
    locale_named("zh_CN")
    text = AxisText()
    assert [text.compact(v) for v in (9_500, 12_500, 3_400_000, 250_000_000)] == [
        "9,500", "1.25万", "340万", "2.5亿"]
