"""Who the seller is and how to reach them, with one-key copies of phone, email and IM."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.seller_detail import SellerProfile
from ui import formatting
from ui.seller.words import SellerWords, shortcut_text

# Field -> (button objectName, shortcut): the page registers the shortcuts.
COPY_FIELDS = {"phone": ("copyPhone", "Alt+P"), "email": ("copyEmail", "Alt+E"),
               "im_handle": ("copyIm", "Alt+I")}


def _value_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class ProfilePanel(QGroupBox):
    copied = Signal(str, str)  # field, text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profilePanel")
        self.setTitle(self.tr("Profile and contact"))
        self._words = SellerWords(self)
        self.values: dict[str, QLabel] = {}
        self.copy_buttons: dict[str, QToolButton] = {}
        self._copy_text: dict[str, str] = {}
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        rows = (
            ("marketplace", self.tr("Marketplace")), ("region", self.tr("Region")),
            ("category", self.tr("Category")), ("tier", self.tr("Tier")),
            ("currency", self.tr("Currency")), ("timezone", self.tr("Time zone")),
            ("onboarded_on", self.tr("Onboarded")), ("contact_name", self.tr("Contact")),
            ("phone", self.tr("Phone")), ("email", self.tr("Email")),
            ("im_handle", self.tr("IM")), ("preferred_channel", self.tr("Prefers")),
            ("language", self.tr("Language")),
        )
        tooltips = {"phone": self.tr("Copy the phone number ({key})"),
                    "email": self.tr("Copy the email address ({key})"),
                    "im_handle": self.tr("Copy the IM handle ({key})")}
        for key, caption in rows:
            label = _value_label(f"profile_{key}")
            self.values[key] = label
            if key not in COPY_FIELDS:
                form.addRow(caption, label)
                continue
            name, shortcut = COPY_FIELDS[key]
            button = QToolButton(self)
            button.setObjectName(name)
            button.setText(self.tr("Copy"))
            button.setToolTip(tooltips[key].format(key=shortcut_text(shortcut)))
            button.clicked.connect(lambda _checked=False, k=key: self.copy(k))
            self.copy_buttons[key] = button
            row = QHBoxLayout()
            row.addWidget(label, 1)
            row.addWidget(button)
            form.addRow(caption, row)
        layout.addLayout(form)
        self.feedback = QLabel()
        self.feedback.setObjectName("copyFeedback")
        layout.addWidget(self.feedback)

    def set_profile(self, profile: SellerProfile) -> None:
        contact = profile.contact
        words = self._words
        shown = {
            "marketplace": words.marketplace(profile.marketplace), "region": profile.region,
            "category": profile.category, "tier": profile.tier,
            "currency": profile.currency, "timezone": profile.timezone,
            "onboarded_on": formatting.date(profile.onboarded_on),
            "contact_name": contact.name, "phone": contact.phone, "email": contact.email,
            "im_handle": contact.im_handle,
            "preferred_channel": words.channel(contact.preferred_channel),
            "language": words.language(contact.language),
        }
        for key, text in shown.items():
            self.values[key].setText(text or formatting.NO_VALUE)
        self._copy_text = {"phone": contact.phone or "", "email": contact.email or "",
                           "im_handle": contact.im_handle or ""}
        for key, button in self.copy_buttons.items():
            button.setEnabled(bool(self._copy_text[key]))
        self.feedback.clear()

    def copy(self, key: str) -> None:
        text = self._copy_text.get(key, "")
        if not text:
            return
        QGuiApplication.clipboard().setText(text)
        self.feedback.setText(self.tr("Copied: {text}").format(text=text))
        self.copied.emit(key, text)
