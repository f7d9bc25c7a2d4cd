"""The console's note-taker link: create it, show its QR code and address, revoke it.

Only on the facilitator's console, never on the presenter window: whoever holds the link
can write into the workshop's notes.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from workshop_app.ui.widgets.qr import qr_image

QR_MODULE_PIXELS = 4


@runtime_checkable
class NotetakerLinks(Protocol):
    def notetaker_url(self) -> str | None: ...

    def issue_notetaker_link(self) -> str | None: ...

    def revoke_notetaker_link(self) -> None: ...


class NotetakerLinkPanel(QFrame):
    def __init__(self, links: NotetakerLinks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.links = links
        self.revealed = False
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Note-taker link"))
        heading = QLabel(self.tr("Note-taker link (private: not for the room)"), self)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.show_button = QPushButton(self)
        self.revoke_button = QPushButton(self.tr("Revoke"), self)
        self.revoke_button.setToolTip(
            self.tr("The link stops working at once; a new one can be made")
        )
        for button in (self.show_button, self.revoke_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the clicker filter
        self.qr = QLabel(self)
        self.qr.setAccessibleName(self.tr("Note-taker QR code"))
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.url = QLabel(self)
        self.url.setTextFormat(Qt.TextFormat.PlainText)
        self.url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.url.setWordWrap(True)
        self.url.setAccessibleName(self.tr("Note-taker address"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.revoke_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(buttons)
        layout.addWidget(self.qr)
        layout.addWidget(self.url)
        self.show_button.clicked.connect(self.toggle)
        self.revoke_button.clicked.connect(self.revoke)
        self.refresh()

    def toggle(self) -> None:
        """Create the link when there is none, then show or hide its QR code and address."""
        if self.links.notetaker_url() is None:
            self.revealed = self.links.issue_notetaker_link() is not None
        else:
            self.revealed = not self.revealed
        self.refresh()

    def revoke(self) -> None:
        self.links.revoke_notetaker_link()
        self.revealed = False
        self.refresh()

    def refresh(self) -> None:
        url = self.links.notetaker_url()
        if url is None:
            self.show_button.setText(self.tr("Create note-taker link"))
        else:
            self.show_button.setText(
                self.tr("Hide note-taker link")
                if self.revealed
                else self.tr("Show note-taker link")
            )
        self.revoke_button.setEnabled(url is not None)
        shown = url is not None and self.revealed
        if shown:
            assert url is not None
            self.qr.setPixmap(QPixmap.fromImage(qr_image(url, QR_MODULE_PIXELS)))
            self.url.setText(url)
        else:
            self.qr.clear()
            self.url.setText("")
        self.qr.setVisible(shown)
        self.url.setVisible(shown)
