"""A seller's KPI charts: GMV, orders and four rates over 7/30/90/365 days, with the
portfolio median dashed and promotion days shaded.

matplotlib is imported when the first chart is shown, never at start-up. The widget keeps
the 365-day series and cuts it for shorter ranges, so switching range reads nothing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.seller_detail import CHART_RANGES, ChartSeries, MedianSeries
from ui.seller import chart_style
from ui.seller.chart_painter import ChartPainter
from ui.seller.chart_style import Colours

DEFAULT_RANGE = 90


def warm_up_charts() -> None:
    """Import matplotlib's Qt canvas ahead of the first chart (safe off the GUI thread:
    it defines classes and builds the font cache, it creates no widget)."""
    import matplotlib.backends.backend_qtagg
    import matplotlib.figure  # noqa: F401


class SellerCharts(QWidget):
    range_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sellerCharts")
        self.days = DEFAULT_RANGE
        self.title = ""
        self.series: ChartSeries | None = None
        self.median: MedianSeries | None = None
        self.figure: Any = None
        self.canvas: Any = None
        self.painter = ChartPainter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.range_buttons: dict[int, QToolButton] = {}
        for key, days in enumerate(CHART_RANGES, start=1):
            button = QToolButton(self)
            button.setCheckable(True)
            button.setObjectName(f"range{days}")
            button.setText(self.tr("{days} days").format(days=days))
            button.setToolTip(self.tr("Show the last {days} days ({key})").format(
                days=days, key=key))
            button.clicked.connect(lambda _checked=False, d=days: self.set_range(d))
            self._group.addButton(button)
            self.range_buttons[days] = button
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self._placeholder = QLabel(self.tr("Charts appear when the seller's data is loaded."))
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setMinimumHeight(300)
        layout.addWidget(self._placeholder, 1)
        self.range_buttons[self.days].setChecked(True)

    def set_data(self, title: str, series: ChartSeries, median: MedianSeries) -> None:
        self.title, self.series, self.median = title, series, median
        self._redraw()

    def set_range(self, days: int) -> None:
        self.range_buttons[days].setChecked(True)
        if days != self.days:
            self.days = days
            self._redraw()
            self.range_changed.emit(days)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        # Light/dark switch: the chart colours come from the palette.
        if event.type() == QEvent.Type.PaletteChange and self.figure is not None:
            self._redraw()
        super().changeEvent(event)

    def _ensure_canvas(self) -> None:
        if self.canvas is not None:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        chart_style.configure_fonts()
        self.figure = Figure()
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setObjectName("sellerChartCanvas")
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumHeight(520)
        self.layout().replaceWidget(self._placeholder, self.canvas)
        self._placeholder.hide()

    def _redraw(self) -> None:
        if self.series is None or self.median is None:
            return
        self._ensure_canvas()
        self.painter.draw(self.figure, self.title, self.series.last(self.days),
                          self.median.last(self.days), Colours.from_palette(self.palette()))
        self.canvas.draw_idle()

    def axes(self) -> list[Any]:
        return [] if self.figure is None else list(self.figure.axes)
