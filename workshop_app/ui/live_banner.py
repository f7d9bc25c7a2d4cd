"""The strip over the agenda editor while a session is live and run mode is left (Esc):
phones can still join and answer, so the editor says so, with the way back."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

# White on this red passes WCAG AA (6.6:1) in either look.
LIVE_RED = "#b71c1c"


class LiveBanner(QFrame):
    backRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("liveBanner")
        self.setStyleSheet(
            f"#liveBanner {{ background-color: {LIVE_RED}; border-radius: 4px; }}"
            " #liveBanner QLabel { color: #ffffff; font-weight: bold; }"
        )
        self.text = QLabel(self)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setText(
            self.tr(
                "● Session live: phones can still join and answer. "
                "The presenter screen shows the current step."
            )
        )
        self.back = QPushButton(self.tr("Back to run mode (F5)"), self)
        self.back.setObjectName("liveBannerBack")
        self.back.clicked.connect(self.backRequested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.back)
        self.setAccessibleName(self.tr("Live session"))
        self.setVisible(False)
