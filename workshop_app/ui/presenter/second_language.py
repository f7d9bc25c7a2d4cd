"""The presenter's optional second-language line: the question (and, through the chart,
the options) also in one of the workshop's further languages, chosen in Settings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

from workshop_app.domain.localised_text import (
    SecondLines,
    second_language_lines,
    with_second_options,
)
from workshop_app.domain.polls import Poll
from workshop_app.domain.translations import text_direction


class SecondLanguageLine(QLabel):
    """The question in the second language, smaller and lighter than the main one, laid
    out in that language's direction."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("secondLanguageLine")
        self.setTextFormat(Qt.TextFormat.PlainText)  # plan text is plain text
        self.setWordWrap(True)
        font = QFont(self.font())
        font.setPointSizeF(22)  # upright: an oblique face may lack the script's letters
        self.setFont(font)
        self.setStyleSheet("color: #c8d0da; background: transparent;")
        self.setAccessibleName(self.tr("Poll question in the second language"))
        self.lines: SecondLines | None = None
        self.setVisible(False)

    def show_for(self, poll: Poll | None, language: str, main: str) -> Poll | None:
        """Show ``poll``'s second line (or hide); returns the poll to chart, its options
        carrying the second language too."""
        self.lines = second_language_lines(poll, language, main) if poll is not None else None
        lines = self.lines
        self.setText(lines.question if lines else "")
        if lines is not None:
            rtl = text_direction(lines.language) == "rtl"
            self.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
            )
            # Leading edge: mirrored to the right for a right-to-left language.
            self.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.setVisible(bool(lines and lines.question))
        return with_second_options(poll, lines) if poll is not None else None
