"""The pane beside the worklist: the selected flag's what, why, distance, next step,
evidence and history (oldest first), so a decision needs no second screen.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from app.flags.service import FlagEventItem, FlagItem
from db.units import MONEY_SCALE
from ui import formatting
from ui.flags.values import evidence_text, metric_value
from ui.flags.words import FlagWords, severity_colour


class FlagDetails(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("flagDetails")
        self.setWidgetResizable(True)
        self.words = FlagWords(self)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.text = QLabel(body)
        self.text.setObjectName("flagDetailsText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.history = QLabel(body)
        self.history.setObjectName("flagHistory")
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.text)
        layout.addWidget(self.history)
        layout.addStretch(1)
        self.setWidget(body)
        self.flag_id: int | None = None
        self.show_nothing(0)

    def show_nothing(self, selected: int) -> None:
        self.flag_id = None
        if selected > 1:
            self.text.setText(html.escape(self.tr(
                "{count} flags selected: the actions apply to all of them.").format(
                    count=formatting.integer(selected))))
        else:
            self.text.setText(html.escape(self.tr(
                "Select a flag to see its evidence and history.")))
        self.history.clear()

    def show_flag(self, item: FlagItem, title: str, language: str) -> None:
        self.flag_id = item.flag_id
        colour = severity_colour(item.severity, self.palette())
        severity = html.escape(self.words.severity(item.severity))
        if colour is not None:
            severity = f'<span style="color:{colour.name()}"><b>{severity}</b></span>'
        lines = [
            f"<h3>{html.escape(title)}</h3>",
            f"<p>{severity} · {html.escape(self.words.status(item.status))} · "
            f"{html.escape(item.shop_name)} ({html.escape(item.shop_code)})</p>",
            f"<p>{html.escape(item.message(language))}</p>",
        ]
        distance = item.distance(language)
        if distance:
            lines.append(_labelled(self.tr("Distance to the line:"), distance))
        action = item.action(language)
        if action:
            lines.append(_labelled(self.tr("Next step:"), action))
        lines.append(self._numbers(item))
        if item.value_at_stake is not None:
            stake = formatting.money(int(item.value_at_stake * MONEY_SCALE), item.currency, 0)
            lines.append(_labelled(self.tr("At stake:"), self.tr(
                "{amount}, the seller's GMV in the window").format(amount=stake)))
        if item.evidence:
            lines.append(_labelled(self.tr("Evidence:"),
                                   evidence_text(item.evidence, self.words, item.currency)))
        lines.append("<p>" + html.escape(self.tr("First seen {first}, last seen {last}").format(
            first=formatting.date(item.first_seen), last=formatting.date(item.last_seen)))
            + "</p>")
        if item.dismissed_reason:
            lines.append("<p>" + html.escape(self.tr("Dismissed: {reason}").format(
                reason=item.dismissed_reason)) + "</p>")
        self.text.setText("".join(lines))
        self.history.setText(html.escape(self.tr("Loading history…")))

    def _numbers(self, item: FlagItem) -> str:
        """"Value 4.3%, threshold 4%, over 30 days"; nothing for a yes/no rule (status)."""
        if item.value is None or item.threshold is None or item.metric in (None, "status"):
            return ""
        value = metric_value(item.metric, item.value)
        threshold = metric_value(item.metric, item.threshold)
        if item.window_days is None:
            text = self.tr("Value {value}, threshold {threshold}").format(
                value=value, threshold=threshold)
        else:
            text = self.tr("Value {value}, threshold {threshold}, over {days} days").format(
                value=value, threshold=threshold, days=formatting.integer(item.window_days))
        return f"<p>{html.escape(text)}</p>"

    def show_history(self, flag_id: int, events: list[FlagEventItem]) -> None:
        if flag_id != self.flag_id:
            return  # the selection moved on while the history was read
        if not events:
            self.history.setText(html.escape(self.tr("No history recorded.")))
            return
        rows = []
        for event in events:
            moment = formatting.parse_instant(event.at)
            when = formatting.date_time(moment) if moment is not None else \
                formatting.date(event.at[:10])
            text = f"{when}: {self.words.history_event(event.event)}"
            if event.note:
                text += f" — {event.note}"
            rows.append(f"<li>{html.escape(text)}</li>")
        title = html.escape(self.tr("History"))
        self.history.setText(f"<b>{title}</b><ul>{''.join(rows)}</ul>")


def _labelled(label: str, text: str) -> str:
    return f"<p><b>{html.escape(label)}</b> {html.escape(text)}</p>"
