"""The enrollment pipeline: pick a program and a period, see its funnel and the sellers at
each stage; Enter on a seller opens them, Ctrl+N nominates one (queued in the outbox).
"""

from __future__ import annotations

import logging
from concurrent.futures import Future
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.outreach.model import Funnel
from ui.changes import Changes
from ui.context import AppContext
from ui.outreach.funnel_chart import FunnelChart
from ui.outreach.nominate_dialog import NominateDialog
from ui.outreach.stage_model import StageTableModel
from ui.outreach.tables import list_view, page_title
from ui.seller.words import shortcut_text

log = logging.getLogger(__name__)
PERIODS = (30, 90, 365, None)
NOMINATE_KEY = "Ctrl+N"


@dataclass(frozen=True)
class PipelineData:
    programs: list[tuple[str, str]]
    funnel: Funnel | None
    names: dict[str, tuple[str, str]]


def _read(ctx: AppContext, program_id: str | None, period: int | None) -> PipelineData:
    from app.outreach.pipeline import PipelineService
    from app.portfolio import PortfolioService

    engine = ctx.workspace.engine
    service = PipelineService(engine)
    programs = service.programs()
    if program_id not in {p for p, _ in programs}:
        program_id = programs[0][0] if programs else None
    if program_id is None:
        return PipelineData(programs, None, {})
    names = {row.seller_id: (row.shop_name, row.shop_code)
             for row in PortfolioService(engine).rows()}
    return PipelineData(programs, service.funnel(program_id, period), names)


class PipelinePage(QWidget):
    loaded = Signal()
    seller_activated = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pipelinePage")
        self.ctx = ctx
        self._stale = True
        self._request = 0
        self.data: PipelineData | None = None
        self.dialog: NominateDialog | None = None
        self.program = QComboBox(self)
        self.program.setObjectName("pipelineProgram")
        self.program.activated.connect(lambda _i: self.refresh())
        self.period = QComboBox(self)
        self.period.setObjectName("pipelinePeriod")
        for days in PERIODS:
            self.period.addItem(self.tr("All time") if days is None else
                                self.tr("Last {days} days").format(days=days), days)
        self.period.setCurrentIndex(1)
        self.period.activated.connect(lambda _i: self.refresh())
        self.chart = FunnelChart(self)
        self.model = StageTableModel(self)
        self.table = list_view(self, "pipelineTable", self.model)
        self.table.activated.connect(self._activate)
        self.message = QLabel(self)
        self.message.setObjectName("pipelineMessage")
        self.message.setWordWrap(True)
        self.nominate_action = QAction(self.tr("&Nominate…"), self)
        self.nominate_action.setObjectName("nominateAction")
        self.nominate_action.setShortcut(QKeySequence(NOMINATE_KEY))
        self.nominate_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.nominate_action.setToolTip(self.tr("Nominate a seller for this program ({key})")
                                        .format(key=shortcut_text(NOMINATE_KEY)))
        self.nominate_action.triggered.connect(self.nominate)
        self.addAction(self.nominate_action)
        self._lay_out()
        ctx.changes.changed.connect(self._on_changes)

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(page_title(self.tr("Pipeline"), self))
        bar.addSpacing(16)
        bar.addWidget(QLabel(self.tr("&Program:"), self, buddy=self.program))
        bar.addWidget(self.program, 1)
        bar.addWidget(QLabel(self.tr("P&eriod:"), self, buddy=self.period))
        bar.addWidget(self.period)
        nominate = QToolButton(self)
        nominate.setDefaultAction(self.nominate_action)
        bar.addWidget(nominate)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.chart)
        split.addWidget(self.table)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(split, 1)

    def refresh(self) -> None:
        self._stale = False
        self._request += 1
        request, ctx = self._request, self.ctx
        program, period = self.program.currentData(), self.period.currentData()
        ctx.taskman.run_in_background(lambda: _read(ctx, program, period),
                                      lambda future: self._on_read(request, future))

    def _on_read(self, request: int, future: Future[PipelineData]) -> None:
        if not shiboken6.isValid(self):
            return  # the window closed (or was rebuilt) while this was read
        if request != self._request:
            return  # the user picked another program or period meanwhile
        error = future.exception()
        if error is not None:
            log.warning("pipeline: cannot read", exc_info=error)
            self.message.setText(self.tr("The pipeline could not be read: {reason}").format(
                reason=getattr(error, "message", str(error))))
            return
        data = future.result()
        self.data = data
        chosen = data.funnel.program_id if data.funnel else None
        self.program.clear()
        for program_id, name in data.programs:
            self.program.addItem(name or program_id, program_id)
        self.program.setCurrentIndex(max(0, self.program.findData(chosen)))
        self.nominate_action.setEnabled(data.funnel is not None)
        if data.funnel is None:
            self.message.setText(self.tr("No programs yet: sync to fetch the marketplace's "
                                         "program catalog."))
            self.model.set_funnel(Funnel("", "", None, ()), {})
        else:
            self.message.setText("" if data.funnel.stages and any(
                s.count for s in data.funnel.stages) else self.tr(
                "No seller has reached any stage of this program in this period. Eligible "
                "sellers appear once risks and opportunities are computed; pitches appear "
                "when you log outreach with this program."))
            self.chart.set_funnel(data.funnel)
            self.model.set_funnel(data.funnel, data.names)
        self.message.setVisible(bool(self.message.text()))
        self.loaded.emit()

    def _activate(self, index: object) -> None:
        seller_id = self.model.seller_id(self.table.currentIndex().row())
        if seller_id:
            self.seller_activated.emit(seller_id)

    def nominate(self) -> NominateDialog | None:
        data = self.data
        if data is None or data.funnel is None:
            return None
        sellers = sorted(((sid, f"{name} · {code}") for sid, (name, code) in data.names.items()),
                         key=lambda pair: pair[1])
        current = self.model.seller_id(self.table.currentIndex().row())
        dialog = NominateDialog(data.funnel.program_name or data.funnel.program_id, sellers,
                                current, self)
        program_id = data.funnel.program_id
        dialog.chosen.connect(lambda seller, note: self._nominate(seller, program_id, note))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _nominate(self, seller_id: str, program_id: str, note: str) -> None:
        from app.outreach.pipeline import PipelineService

        engine = self.ctx.workspace.engine

        def done(future: Future[None]) -> None:
            error = future.exception()
            if error is not None:
                self.message.setText(self.tr("Not nominated: {reason}").format(
                    reason=getattr(error, "message", str(error))))
                self.message.show()
                return
            self.ctx.changes.announce(Changes(outreach=True, enrollments=True,
                                              outreach_outbox=True, source="nominate"))

        self.ctx.taskman.run_in_background(
            lambda: PipelineService(engine).nominate(seller_id, program_id, note), done)

    def _on_changes(self, changes: Changes) -> None:
        if not (changes.outreach or changes.enrollments or changes.programs):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self._stale:
            self.refresh()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
