"""The six panels of a seller's charts on one matplotlib Figure.

The axes, lines and texts are made once per figure and then only updated (new data, limits,
promotion marks): rebuilding six axes costs more than drawing them. Panel titles are plain
texts at fixed places, because `set_title` measures every tick label to place itself.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from app.seller_detail import CHART_RATES, ChartSeries, MedianSeries
from ui.seller import chart_style
from ui.seller.chart_style import AxisText, Colours
from ui.seller.words import SellerWords

if TYPE_CHECKING:
    import numpy as np  # imported with matplotlib, off the window's start-up

# Promotion labels closer than this (share of the axis width) go on the next line down.
_LABEL_GAP = 0.13
_LABEL_ROWS = 3


@dataclass
class _Panel:
    ax: Any
    title: Any
    seller: Any
    median: Any
    marks: list[Any] = field(default_factory=list)


@dataclass
class _Layout:
    title: Any
    subtitle: Any
    empty: Any
    legend: Any
    panels: list[_Panel]


class ChartPainter(QObject):
    """Draws on one Figure; a QObject so that its words go through the translator."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.words = SellerWords(self)
        self.axis_text = AxisText(self)
        self._layout: _Layout | None = None
        self._colours: Colours | None = None

    def _build(self, figure: Any) -> _Layout:
        figure.subplots_adjust(left=0.075, right=0.985, top=0.855, bottom=0.07, hspace=0.5,
                               wspace=0.17)
        title = figure.text(0.01, 0.985, "", gid="title", fontsize=13, va="top")
        subtitle = figure.text(0.01, 0.94, "", gid="subtitle", fontsize=8.5, va="top")
        empty = figure.text(0.5, 0.45, "", gid="empty", ha="center", visible=False)
        panels = []
        for ax in figure.subplots(3, 2, sharex=True).flatten():
            for spine in ("top", "right"):
                ax.spines[spine].set_visible(False)
            ax.yaxis.set_major_locator(_locator())
            # No axis labels here: fixed label positions spare matplotlib measuring every
            # tick label of the shared axes on each draw (a third of the drawing time).
            ax.xaxis.set_label_coords(0.5, -0.1)
            ax.yaxis.set_label_coords(-0.1, 0.5)
            if ax.get_subplotspec().rowspan.stop < 3:
                ax.tick_params(axis="x", bottom=False, labelbottom=False)
            panels.append(_Panel(
                ax, ax.text(0.0, 1.05, "", transform=ax.transAxes, fontsize=9.5, va="bottom"),
                ax.plot([], [], lw=1.6, gid="seller", zorder=3)[0],
                ax.plot([], [], lw=1.2, ls="--", gid="median", zorder=2)[0]))
        legend = figure.legend([panels[0].seller, panels[0].median], ["", ""],
                               loc="upper right", bbox_to_anchor=(0.995, 0.995), ncols=2,
                               frameon=False, fontsize=8.5)
        return _Layout(title, subtitle, empty, legend, panels)

    def draw(self, figure: Any, title: str, series: ChartSeries, median: MedianSeries,
             colours: Colours) -> None:
        """Bring `figure` up to date; the caller asks the canvas to redraw."""
        import numpy
        from matplotlib.dates import date2num
        from matplotlib.ticker import FixedLocator

        if self._layout is None or self._layout.title.figure is not figure:
            self._layout = self._build(figure)
            self._colours = None
        layout = self._layout
        if colours != self._colours:  # restyling six axes costs a fifth of a redraw
            self._colour(figure, layout, colours)
            self._colours = colours
        layout.title.set_text(title)
        layout.subtitle.set_text(self.tr(
            "Rates are {days}-day trailing ratios of sums. Dashed: portfolio median. "
            "Shaded: promotion days.").format(days=series.rate_window_days))
        for text, line in zip(layout.legend.get_texts(),
                              (self.tr("This seller"), self.tr("Portfolio median")),
                              strict=True):
            text.set_text(line)
        has_data = bool(series.dates)
        layout.empty.set_text(self.tr("No daily metrics for this seller yet."))
        layout.empty.set_visible(not has_data)
        for panel in layout.panels:
            panel.ax.set_visible(has_data)
            for mark in panel.marks:
                mark.remove()
            panel.marks.clear()
        if not has_data:
            return
        x = date2num(series.dates)
        values = [
            (self.tr("GMV ({currency})").format(currency=series.currency), series.gmv,
             median.gmv, "amount"),
            (self.words.metric("orders"), series.orders.astype(float), median.orders,
             "amount"),
            *[(self.words.metric(name), series.rates[name], median.rates[name], "rate")
              for name in CHART_RATES],
        ]
        small = len(x) <= 31  # a week or a month: every day is worth a dot
        for index, (panel, (label, ours, theirs, kind)) in enumerate(
                zip(layout.panels, values, strict=True)):
            panel.title.set_text(label)
            panel.seller.set_data(x, ours)
            panel.seller.set_marker("o" if small else "None")
            panel.median.set_data(x, theirs)
            top = float(numpy.nanmax(numpy.concatenate([ours, theirs, [0.0]])))
            panel.ax.set_ylim(0, top * 1.2 if top > 0 else 1)
            panel.ax.yaxis.set_major_formatter(
                chart_style.compact_formatter(self.axis_text) if kind == "amount"
                else chart_style.percent_formatter(self.axis_text, top))
            for promotion in series.promotions:
                day = date2num(promotion.day)
                panel.marks.append(panel.ax.axvspan(
                    day - 0.5, day + 0.5, color=colours.promotion, alpha=0.25, lw=0,
                    gid="promotion", zorder=1))
            if index < 2:
                panel.marks += self._label_promotions(panel.ax, series, x, colours)
        bottom = layout.panels[-1].ax
        bottom.xaxis.set_major_locator(FixedLocator(date2num(date_ticks(series.dates))))
        bottom.xaxis.set_major_formatter(chart_style.date_formatter(self.axis_text))
        bottom.set_xlim(x[0] - 0.5, x[-1] + 0.5)

    @staticmethod
    def _colour(figure: Any, layout: _Layout, colours: Colours) -> None:
        figure.set_facecolor(colours.face)
        layout.title.set_color(colours.text)
        layout.subtitle.set_color(colours.muted)
        layout.empty.set_color(colours.muted)
        for text in layout.legend.get_texts():
            text.set_color(colours.text)
        # The legend copied the lines' first colours; keep its keys matching the lines.
        for handle, colour in zip(layout.legend.legend_handles, (colours.seller, colours.median),
                                  strict=True):
            handle.set_color(colour)
        for panel in layout.panels:
            ax = panel.ax
            ax.set_facecolor(colours.face)
            ax.tick_params(colors=colours.muted, labelsize=8, length=3)
            for spine in ("left", "bottom"):
                ax.spines[spine].set_color(colours.grid)
            ax.grid(axis="y", color=colours.grid, alpha=0.35, lw=0.6)
            panel.title.set_color(colours.text)
            panel.seller.set_color(colours.seller)
            panel.seller.set_markersize(2.5)
            panel.median.set_color(colours.median)

    def _label_promotions(self, ax: Any, series: ChartSeries, x: np.ndarray,
                          colours: Colours) -> list[Any]:
        from matplotlib.dates import date2num
        from matplotlib.transforms import blended_transform_factory

        start, end = x[0] - 0.5, x[-1] + 0.5
        transform = blended_transform_factory(ax.transData, ax.transAxes)
        last_in_row = [-1.0] * _LABEL_ROWS
        labels = []
        for promotion in series.promotions:
            day = date2num(promotion.day)
            share = (day - start) / (end - start)
            # The first line whose previous label ends far enough left; else the emptiest.
            row = next((r for r in range(_LABEL_ROWS) if share - last_in_row[r] >= _LABEL_GAP),
                       last_in_row.index(min(last_in_row)))
            last_in_row[row] = share
            flip = share > 0.85  # near the right edge the label reads leftwards
            labels.append(ax.text(
                day + (-0.7 if flip else 0.7), 0.97 - 0.12 * row,
                self.words.promotion(promotion.key), transform=transform, fontsize=7.5,
                color=colours.text, ha="right" if flip else "left", va="top",
                gid="promotion-label", zorder=4,
                bbox={"facecolor": colours.face, "alpha": 0.75, "lw": 0, "pad": 1.0}))
        return labels


def _locator() -> Any:
    from matplotlib.ticker import MaxNLocator

    return MaxNLocator(nbins=3, min_n_ticks=2)


def date_ticks(dates: list[dt.date]) -> list[dt.date]:
    """About five calendar-friendly ticks: days, Mondays, 1st and 15th, or month starts."""
    first, last = dates[0], dates[-1]
    span = (last - first).days
    if span <= 10:
        return list(dates)
    if span <= 45:
        return [d for d in dates if d.weekday() == 0]
    if span <= 120:
        return [d for d in dates if d.day in (1, 15)]
    return [d for d in dates if d.day == 1 and d.month % 2 == 1]
