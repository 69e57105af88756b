"""The chart of one flag's metric over 90 days with a horizontal line per severity
threshold, so "how far from the line" can be seen. matplotlib is imported on first draw.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.flags.service import MetricSeries
from ui.flags.values import is_rate, metric_value
from ui.flags.words import FlagWords, severity_colour
from ui.seller import chart_style
from ui.seller.chart_style import AxisText, Colours

_STYLES = {"critical": "-", "high": "--", "medium": ":", "low": "-."}


class FlagChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("flagChart")
        self.figure: Any = None
        self.canvas: Any = None
        self.words = FlagWords(self)
        self.axis_text = AxisText(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.placeholder = QLabel(self.tr("Select a flag with a metric to see it over 90 days "
                                          "against its thresholds."), self)
        self.placeholder.setObjectName("flagChartPlaceholder")
        self.placeholder.setWordWrap(True)
        self.placeholder.setMinimumHeight(60)
        layout.addWidget(self.placeholder)

    def say(self, text: str) -> None:
        self.placeholder.setText(text)
        self.placeholder.show()
        if self.canvas is not None:
            self.canvas.hide()

    def _ensure_canvas(self) -> None:
        if self.canvas is not None:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        chart_style.configure_fonts()
        self.figure = Figure(figsize=(7, 2.6))
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setObjectName("flagChartCanvas")
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.canvas.setFixedHeight(260)
        self.layout().addWidget(self.canvas)

    def draw(self, series: MetricSeries) -> None:
        """The metric's trailing-window values and a dashed line per threshold."""
        from matplotlib.dates import date2num

        self._ensure_canvas()
        self.placeholder.hide()
        self.canvas.show()
        colours = Colours.from_palette(self.palette())
        figure = self.figure
        figure.clear()
        figure.set_facecolor(colours.face)
        figure.subplots_adjust(left=0.09, right=0.86, top=0.86, bottom=0.14)
        ax = figure.add_subplot()
        ax.set_facecolor(colours.face)
        for spine in ("top", "right"):
            ax.spines[spine].set_visible(False)
        for spine in ("left", "bottom"):
            ax.spines[spine].set_color(colours.grid)
        ax.tick_params(colors=colours.muted, labelsize=8, length=3)
        days = [dt.date.fromisoformat(d) for d in series.dates]
        x = date2num(days) if days else []
        y = [math.nan if v is None else v for v in series.values]
        ax.plot(x, y, lw=1.6, color=colours.seller, gid="metric")
        title = self.tr("{metric}, {days}-day trailing value").format(
            metric=self.words.metric(series.metric), days=series.window_days)
        ax.set_title(title, loc="left", fontsize=9.5, color=colours.text)
        top = max([v for v in y if not math.isnan(v)] + list(series.thresholds.values()) + [0])
        for severity, threshold in series.thresholds.items():
            colour = severity_colour(severity, self.palette())
            line_colour = colour.name() if colour is not None else colours.muted
            # Critical and high are both reddish: the line style tells them apart too.
            ax.axhline(threshold, color=line_colour, lw=1.1, ls=_STYLES.get(severity, "--"),
                       gid=f"threshold-{severity}")
            ax.annotate(f"{self.words.severity(severity)} {metric_value(series.metric, threshold)}",
                        xy=(1.0, threshold), xycoords=("axes fraction", "data"),
                        xytext=(4, 0), textcoords="offset points", va="center",
                        fontsize=7.5, color=line_colour)
        ax.set_ylim(0, top * 1.2 if top > 0 else 1)
        if is_rate(series.metric):
            ax.yaxis.set_major_formatter(chart_style.percent_formatter(self.axis_text, top))
        if days:
            ax.xaxis.set_major_formatter(chart_style.date_formatter(self.axis_text))
            ax.set_xlim(x[0] - 0.5, x[-1] + 0.5)
        ax.grid(axis="y", color=colours.grid, alpha=0.35, lw=0.6)
        self.canvas.draw_idle()

    def axes(self) -> list[Any]:
        return [] if self.figure is None else list(self.figure.axes)
