"""The pipeline page on a synced cache: the funnel's bars are PipelineService's counts, the
table lists the sellers per stage, and a nomination reaches the platform."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import orjson
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.outreach.model import STAGES
from app.outreach.pipeline import PipelineService
from tests.ui.outreach_support import TIMEOUT, seller_ids
from ui.context import AppContext
from ui.outreach.nominate_dialog import NominateDialog
from ui.outreach.pipeline_page import PipelinePage
from ui.outreach.stage_model import StageTableModel


@pytest.fixture
def page(synced_ctx: AppContext, qtbot: Any) -> PipelinePage:
    made = PipelinePage(synced_ctx)
    qtbot.addWidget(made)
    made.resize(1200, 900)
    with qtbot.waitSignal(made.loaded, timeout=TIMEOUT):
        made.show()
    made.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is made)
    return made


def drawn_counts(page: PipelinePage) -> list[int]:
    return [round(bar.get_width()) for bar in page.chart.bars()]


def test_the_funnel_draws_the_services_counts_per_stage(page: PipelinePage, qtbot: Any
                                                         ) -> None:
    service = PipelineService(page.ctx.workspace.engine)
    program_id = page.program.currentData()
    assert program_id == service.programs()[0][0]
    funnel = service.funnel(program_id, 90)
    assert drawn_counts(page) == [s.count for s in funnel.stages]
    labels = [t.get_text() for t in page.chart.ax.get_yticklabels()]
    assert labels == ["Eligible", "Pitched", "Interested", "Applied", "Enrolled", "Declined"]
    texts = {t.get_gid(): t.get_text() for t in page.chart.ax.texts}
    pitched = funnel.stages[STAGES.index("pitched")]
    assert texts["label:pitched"].startswith(str(pitched.count))
    if pitched.conversion is not None:
        assert f"{round(pitched.conversion * 100)}% of previous" in texts["label:pitched"]
    assert page.model.rowCount() == sum(len(s.seller_ids) for s in funnel.stages)

    # Another program and period, by keyboard: the chart follows the service again.
    page.program.setFocus()
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        qtbot.keyClick(page.program, Qt.Key.Key_Down)
    page.period.setFocus()
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        qtbot.keyClick(page.period, Qt.Key.Key_Down)  # 90 days -> 365 days
    second = service.programs()[1][0]
    assert (page.program.currentData(), page.period.currentData()) == (second, 365)
    assert drawn_counts(page) == [s.count for s in service.funnel(second, 365).stages]


def test_enter_on_a_seller_opens_them(page: PipelinePage, qtbot: Any) -> None:
    assert page.model.rowCount() > 0
    page.table.setFocus()
    page.table.selectRow(0)
    with qtbot.waitSignal(page.seller_activated, timeout=TIMEOUT) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [page.model.rows[0].seller_id]


def test_a_nomination_is_queued_and_reaches_the_platform(
        page: PipelinePage, outbox: Any, sandbox: Any, qtbot: Any) -> None:
    program_id = page.program.currentData()
    in_funnel = {row.seller_id for row in page.model.rows}
    seller = next(s for s in seller_ids(page.ctx.workspace) if s not in in_funnel)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert isinstance(dialog, NominateDialog)
    dialog.seller.setCurrentIndex(dialog.seller.findData(seller))
    qtbot.keyClicks(dialog.note, "Strong GMV growth")
    dialog.accept()
    qtbot.waitUntil(lambda: (seller, program_id) in server_enrollments(sandbox), timeout=30_000)
    assert server_enrollments(sandbox)[(seller, program_id)] == "invited"


def test_stage_model_passes_the_model_tester(synced_ctx: AppContext, qtmodeltester: Any
                                             ) -> None:
    service = PipelineService(synced_ctx.workspace.engine)
    model = StageTableModel()
    model.set_funnel(service.funnel(service.programs()[0][0]), {})
    qtmodeltester.check(model)


def server_enrollments(server: Any) -> dict[tuple[str, str], str]:
    conn = sqlite3.connect(f"file:{Path(server.db_path)}?mode=ro", uri=True, timeout=10)
    try:
        bodies = [orjson.loads(b) for (b,) in conn.execute("SELECT body FROM enrollments")]
    finally:
        conn.close()
    return {(b["seller_id"], b["program_id"]): b["status"] for b in bodies}
