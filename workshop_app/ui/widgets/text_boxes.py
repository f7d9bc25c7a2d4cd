"""Text laid out before it is painted, so a test can check what the room will read.

Painted widgets (results chart, options list) compute a list of ``TextBox`` for their
size, paint exactly those, and hand the same list to tests: no two boxes may overlap
and each text must fit its box whole (never cut, never "…").
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

WRAP = int(Qt.TextFlag.TextWordWrap)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTRE = int(Qt.AlignmentFlag.AlignCenter)
UNBOUNDED = 1e6


@dataclass(frozen=True)
class TextBox:
    text: str
    rect: QRectF
    font: QFont
    colour: QColor
    flags: int = LEFT

    def needed(self) -> QRectF:
        """The rectangle the text really takes inside ``rect`` (Qt's own measure)."""
        return QFontMetricsF(self.font).boundingRect(self.rect, self.flags, self.text)

    def fits(self) -> bool:
        need = self.needed()
        return need.width() <= self.rect.width() + 0.5 and need.height() <= self.rect.height() + 0.5

    def paint(self, painter: QPainter) -> None:
        painter.setFont(self.font)
        painter.setPen(self.colour)
        painter.drawText(self.rect, self.flags, self.text)


def pixel_font(pixels: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(8, round(pixels)))
    font.setBold(bold)
    return font


def wrapped_height(text: str, font: QFont, width: float) -> float:
    """Height of ``text`` word-wrapped at ``width``; infinite when a word is wider."""
    metrics = QFontMetricsF(font)
    need = metrics.boundingRect(QRectF(0, 0, width, UNBOUNDED), WRAP | LEFT, text)
    return need.height() if need.width() <= width + 0.5 else float("inf")
