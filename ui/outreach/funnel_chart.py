"""A program's enrollment funnel as horizontal bars: one per stage, its count at the bar's
end and the share of the previous stage that reached it.

matplotlib is imported when the first funnel is drawn, as the seller charts do.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.outreach.model import Funnel
from ui import formatting
from ui.outreach.words import OutreachWords
from ui.seller import chart_style, levels
from ui.seller.chart_style import Colours


class FunnelChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("funnelChart")
        self.words = OutreachWords(self)
        self.funnel: Funnel | None = None
        self.figure: Any = None
        self.canvas: Any = None
        self.ax: Any = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._placeholder = QLabel(self.tr("The funnel appears when a program is chosen."), self)
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setMinimumHeight(260)
        layout.addWidget(self._placeholder)

    def set_funnel(self, funnel: Funnel) -> None:
        self.funnel = funnel
        self._redraw()

    def _ensure_canvas(self) -> None:
        if self.canvas is not None:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        chart_style.configure_fonts()
        self.figure = Figure(figsize=(6, 3))
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setObjectName("funnelCanvas")
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumHeight(260)
        self.layout().replaceWidget(self._placeholder, self.canvas)
        self._placeholder.hide()

    def _redraw(self) -> None:
        funnel = self.funnel
        if funnel is None:
            return
        self._ensure_canvas()
        colours = Colours.from_palette(self.palette())
        growth = levels.colour(levels.GROWTH, self.palette()) or colours.seller
        figure = self.figure
        figure.clear()
        figure.set_facecolor(colours.face)
        ax = figure.add_subplot(111)
        self.ax = ax
        ax.set_facecolor(colours.face)
        stages = funnel.stages
        labels = [self.words.stage(s.stage) for s in stages]
        counts = [s.count for s in stages]
        bar_colours = [growth if s.stage == "enrolled" else
                       colours.muted if s.stage == "declined" else colours.seller
                       for s in stages]
        positions = list(range(len(stages)))
        ax.barh(positions, counts, color=bar_colours, gid="funnel")
        ax.set_yticks(positions, labels)
        ax.invert_yaxis()  # first stage on top
        top = max(counts, default=0) or 1
        ax.set_xlim(0, top * 1.35)
        for y, stage in zip(positions, stages, strict=True):
            text = formatting.integer(stage.count)
            if stage.conversion is not None:
                text = self.tr("{count} · {share} of previous").format(
                    count=text, share=formatting.percent(stage.conversion, 0))
            ax.text(stage.count + top * 0.02, y, text, va="center", color=colours.text,
                    fontsize=9, gid=f"label:{stage.stage}")
        ax.tick_params(colors=colours.text, labelsize=9)
        ax.xaxis.set_visible(False)
        for side in ("top", "right", "bottom"):
            ax.spines[side].set_visible(False)
        ax.spines["left"].set_color(colours.grid)
        period = (self.tr("all time") if funnel.period_days is None else
                  self.tr("last {days} days").format(days=formatting.integer(funnel.period_days)))
        ax.set_title(self.tr("{program}, {period}").format(
            program=funnel.program_name or funnel.program_id, period=period),
            color=colours.text, fontsize=11, loc="left")
        if not any(counts):
            ax.text(0.5, 0.5, self.tr("No seller at any stage yet"), transform=ax.transAxes,
                    ha="center", color=colours.muted, gid="empty")
        figure.subplots_adjust(left=0.16, right=0.98, top=0.88, bottom=0.05)
        self.canvas.draw_idle()

    def bars(self) -> list[Any]:
        return [] if self.ax is None else list(self.ax.patches)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.PaletteChange and self.funnel is not None:
            self._redraw()
        super().changeEvent(event)
