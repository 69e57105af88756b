"""Screenshots of the real app, in English and Chinese: `python docs/screenshots/take.py`.

Starts the sandbox on loopback with a generated portfolio, signs a throwaway profile in,
and grabs the sign-in dialog, a sync in progress, the portfolio (also filtered to sellers
with a risk), a seller, the risks & opportunities worklist, a seller's flags with the metric
chart, and the outreach screens (quick log, timeline, follow-ups, pipeline, outbox) into this
folder. Runs offscreen, so it works on a machine without a display.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import keyring  # noqa: E402
from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

from app.settings import SettingsStore  # noqa: E402
from app.signin import sign_in  # noqa: E402
from tests.helpers.fixtures import credentials_for, make_sandbox  # noqa: E402
from tests.helpers.keyring_backends import MemoryKeyring  # noqa: E402
from ui.app import create_application  # noqa: E402
from ui.i18n import Translations  # noqa: E402
from ui.shell import Shell  # noqa: E402
from ui.signin_dialog import SignInDialog  # noqa: E402

OUT = Path(__file__).resolve().parent
SIZE = (1440, 900)


def wait_until(condition: Callable[[], bool], timeout: float = 120.0) -> None:
    """Run the event loop until `condition` holds (a screenshot tool, not a test)."""
    loop = QEventLoop()
    deadline = time.monotonic() + timeout
    timer = QTimer(interval=20)
    timer.timeout.connect(lambda: (condition() or time.monotonic() > deadline) and loop.quit())
    timer.start()
    loop.exec()
    timer.stop()
    if not condition():
        raise TimeoutError("the app did not reach the state to photograph")


def settle(ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def grab(widget: QWidget, name: str) -> None:
    settle()
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    sys.stdout.write(f"wrote {path.relative_to(ROOT)}\n")


def shoot(language: str) -> None:
    suffix = "" if language == "en" else "-zh"
    home = Path(tempfile.mkdtemp(prefix="sellerdesk-shots-"))
    settings_store = SettingsStore(home)
    settings = settings_store.load()
    settings.language, settings.auto_sync_minutes = language, 0
    settings_store.save(settings)
    app = create_application()
    # Latency makes the sync last long enough to be photographed while it runs.
    with make_sandbox(sellers=300, days=400, seed=7, latency_ms=25) as server:
        shell = Shell(home, Translations(app))
        dialog = SignInDialog(home, shell.taskman)
        dialog.resize(560, dialog.sizeHint().height())
        dialog.show()
        grab(dialog, f"signin{suffix}")
        dialog.close()
        sign_in(home, "demo", credentials_for(server))
        shell.start("demo", sync_now=True)
        wait_until(lambda: shell.window is not None and shell.sync is not None
                   and shell.sync.is_running)
        window = shell.window
        assert window is not None
        window.resize(*SIZE)
        window.show()
        settle(1500)
        grab(window, f"sync-progress{suffix}")
        wait_until(lambda: shell.sync is not None and not shell.sync.is_running
                   and window.portfolio.model.rowCount() > 0)
        grab(window, f"portfolio{suffix}")
        shoot_risky_portfolio(window, suffix)
        # The top seller by GMV with a Chinese shop name shows off the CJK rendering.
        rows = [window.portfolio.model.row_at(i) for i in range(window.portfolio.model.rowCount())]
        seller = next((r.seller_id for r in rows if not r.shop_name.isascii()), rows[0].seller_id)
        opened: list[str] = []
        window.seller.loaded.connect(opened.append)
        window.open_seller(seller)
        wait_until(lambda: seller in opened)
        grab(window, f"seller{suffix}")
        shoot_flags(window, suffix)
        shoot_rule_editor(window, suffix)
        shoot_outreach(window, server, seller, language, suffix)
        shell.shutdown()


def shoot_risky_portfolio(window: Any, suffix: str) -> None:
    """The portfolio filtered to sellers with a risk, scrolled to the flag columns."""
    from ui.portfolio.columns import INDEX
    from ui.portfolio.flag_filter import ANY_RISK, FLAGS_KIND

    page = window.portfolio
    page.filters.buttons[FLAGS_KIND].action_for(ANY_RISK).setChecked(True)
    page.table.sortByColumn(INDEX["open_risks"], Qt.SortOrder.DescendingOrder)
    page.table.scrollTo(page.model.index(0, INDEX["next_follow_up"]))
    grab(window, f"portfolio-risks{suffix}")
    page.clear_query()
    page.table.sortByColumn(INDEX["gmv_30d"], Qt.SortOrder.DescendingOrder)


def shoot_flags(window: Any, suffix: str) -> None:
    """The worklist with the worst flag selected, and that seller's flags with its chart."""
    window.show_flags()
    worklist = window.worklist
    wait_until(lambda: worklist.states.state != "loading")
    if worklist.model.rowCount() == 0:
        grab(window, f"worklist{suffix}")
        return
    worklist.table.selectRow(0)
    wait_until(lambda: "<li>" in worklist.details.history.text()
               or worklist.details.history.text() == "")
    grab(window, f"worklist{suffix}")
    # The worst flag on a daily rate, which has a chart (an account status has none).
    item = next((i for i in worklist.model.items() if (i.metric or "").endswith("_rate")),
                worklist.model.item_at(0))
    window.open_seller(item.seller_id)
    panel = window.seller.flags
    wait_until(lambda: any(i.flag_id == item.flag_id for i in panel.items))
    panel.table.selectRow(next(r for r, i in enumerate(panel.items)
                               if i.flag_id == item.flag_id))
    wait_until(lambda: panel.drawn_flag_id == item.flag_id
               or not (item.metric or "").endswith("_rate"))
    scroll = window.seller.states.currentWidget()
    scroll.ensureWidgetVisible(panel.chart)
    grab(window, f"seller-flags{suffix}")


def shoot_rule_editor(window: Any, suffix: str) -> None:
    """The rule editor scrolled to the GMV rules, whose floors read in US dollars."""
    loaded: list[bool] = []
    dialog = window.open_rules()
    dialog.loaded.connect(lambda: loaded.append(True))
    wait_until(lambda: bool(loaded) or dialog.table.rowCount() > 0)
    dialog.resize(1250, 640)
    row = next(i for i, rule in enumerate(dialog.rows.rules) if rule.rule_id == "gmv_drop")
    dialog.table.scrollTo(dialog.table.model().index(row, 0))
    dialog.table.selectRow(row)
    grab(dialog, f"rule-editor{suffix}")
    dialog.reject()


WORDS = {
    "en": ("Pitched Flash Sale; seller wants the fee table", "Call back about the courier",
           "Sent the Affiliate deck"),
    "zh_CN": ("推介了限时抢购，商家想要费用表", "回电确认快递更换", "已发送联盟计划资料"),
}


def shoot_outreach(window: Any, server: Any, seller: str, language: str, suffix: str) -> None:
    """Entries made the way the window makes them, then each outreach screen."""
    import datetime as dt

    from app.outreach.model import OutreachDraft
    from app.outreach.pipeline import PipelineService
    from app.outreach.service import OutreachService
    from ui.changes import Changes

    engine = window.ctx.workspace.engine
    service = OutreachService(engine)
    programs = PipelineService(engine).programs()
    today = dt.date.today()
    pitch, chase, deck = WORDS[language]
    service.log(OutreachDraft(seller, "call", "interested", program_id=programs[0][0],
                              duration_seconds=420, summary=pitch,
                              follow_up_on=today - dt.timedelta(days=1)))
    service.log(OutreachDraft(seller, "im", "follow_up", summary=chase, follow_up_on=today))
    service.log(OutreachDraft(seller, "email", "connected", program_id=programs[1][0],
                              summary=deck * (600 // len(deck) + 1)))  # too long: refused
    window.ctx.changes.announce(Changes(outreach=True, outreach_outbox=True, source="shots"))
    wait_until(lambda: not window.outbox.running and window.outbox.counts is not None
               and window.outbox.counts.rejected == 1)
    window.seller.outreach.reload()
    settle(800)
    grab(window.seller.outreach, f"timeline{suffix}")
    dialog = window.open_quick_log()
    dialog.form.summary.setText(pitch)
    settle(500)
    grab(dialog, f"quick-log{suffix}")
    dialog.close()
    for show, page, name in ((window.show_follow_ups, window.follow_ups, "follow-ups"),
                             (window.show_pipeline, window.pipeline, "pipeline"),
                             (window.show_outbox, window.outbox_page, "outbox")):
        loaded: list[bool] = []
        page.loaded.connect(lambda done=loaded: done.append(True))
        show()
        wait_until(lambda done=loaded: bool(done))
        grab(window, f"{name}{suffix}")


if __name__ == "__main__":
    keyring.set_keyring(MemoryKeyring())
    for chosen in sys.argv[1:] or ["en", "zh_CN"]:
        shoot(chosen)
