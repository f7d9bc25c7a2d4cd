"""An open poll's choices as a plain list the room can read while results are hidden or
no answer has come in yet (what a phone shows, in large type).

Laid out like the results chart (``text_boxes`` for tests): labels wrap and the type
shrinks until every option fits whole.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from workshop_app.domain.bidi_text import isolated
from workshop_app.domain.polls import Poll, PollType
from workshop_app.ui.widgets.stage_colours import DARK, StageColours
from workshop_app.ui.widgets.text_boxes import (
    CENTRE,
    LEFT,
    WRAP,
    TextBox,
    pixel_font,
    wrapped_height,
)

SHRINK = 0.92
SMALLEST = 11.0


class OptionsList(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.poll: Poll | None = None
        self.caption = ""  # under the list, e.g. "Results are shown when the poll closes."
        self.colours: StageColours = DARK
        self.text_cap: float | None = None
        self.setMinimumSize(240, 120)
        self.setAccessibleName(self.tr("Poll options"))

    def show_poll(self, poll: Poll | None, caption: str = "") -> None:
        self.poll, self.caption = poll, caption
        self.setAccessibleDescription("\n".join(self.lines()))
        self.update()

    def set_colours(self, colours: StageColours) -> None:
        self.colours = colours
        self.update()

    def set_text_cap(self, pixels: float | None) -> None:
        self.text_cap = pixels
        self.update()

    def lines(self) -> list[str]:
        """What the list says, one entry per line (the poll's options, or how to answer)."""
        poll = self.poll
        if poll is None:
            return []
        if poll.type in (PollType.SINGLE_CHOICE, PollType.MULTIPLE_CHOICE, PollType.RANKING):
            return [isolated(option) for option in poll.options]
        settings = poll.settings
        if poll.type == PollType.SCALE:
            low = f"{settings.scale_min}"
            high = f"{settings.scale_max}"
            if settings.scale_min_label:
                low = self.tr("{value} = {label}").format(
                    value=low, label=isolated(settings.scale_min_label)
                )
            if settings.scale_max_label:
                high = self.tr("{value} = {label}").format(
                    value=high, label=isolated(settings.scale_max_label)
                )
            return [self.tr("Choose a number from {low} to {high}").format(low=low, high=high)]
        return [self.tr("Answer in a few words on your phone")]

    def _hint(self) -> str:
        poll = self.poll
        if poll is None:
            return ""
        if poll.type == PollType.MULTIPLE_CHOICE:
            limit = poll.settings.max_choices
            if limit:
                return self.tr("Choose up to %n answers", "", limit)
            return self.tr("Choose as many as you like")
        if poll.type == PollType.RANKING:
            return self.tr("Put them in order, most important first")
        return ""

    def text_boxes(self) -> list[TextBox]:
        return self.layout_for(QRectF(self.rect()))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for box in self.layout_for(QRectF(self.rect())):
            if box.text == "■":  # the bullet: a square in the bar colour, not a glyph
                side = box.rect.height() * 0.32
                centre = box.rect.center()
                painter.fillRect(
                    QRectF(centre.x() - side / 2, centre.y() - side / 2, side, side),
                    QColor(self.colours.bar),
                )
            else:
                box.paint(painter)
        painter.end()

    def layout_for(self, widget_rect: QRectF) -> list[TextBox]:
        rect = widget_rect.adjusted(8, 8, -8, -8)
        lines = self.lines()
        if not lines:
            return []
        extras = [text for text in (self._hint(), self.caption) if text]
        base = max(SMALLEST, min(rect.height() / 8, rect.width() / 20))
        size = min(base, self.text_cap) if self.text_cap else base
        bulleted = len(lines) > 1
        while True:
            font = pixel_font(size)
            small = pixel_font(size * 0.8)
            indent = size * 1.4 if bulleted else 0.0
            gap = size * 0.45
            heights = [wrapped_height(line, font, rect.width() - indent) for line in lines]
            extra_heights = [wrapped_height(text, small, rect.width()) for text in extras]
            needed = sum(heights) + gap * (len(lines) - 1)
            needed += sum(h + gap for h in extra_heights)
            if needed <= rect.height() or size <= SMALLEST:
                break
            size *= SHRINK
        boxes: list[TextBox] = []
        text, muted = QColor(self.colours.ink), QColor(self.colours.muted)
        top = rect.top() + max(0.0, (rect.height() - needed) / 2)
        for line, height in zip(lines, heights, strict=True):
            if bulleted:
                first_line = pixel_font(size)
                bullet = QRectF(rect.left(), top, indent, min(height, size * 1.5))
                boxes.append(TextBox("■", bullet, first_line, text, CENTRE))
            box = QRectF(rect.left() + indent, top, rect.width() - indent, height)
            boxes.append(TextBox(line, box, font, text, WRAP | LEFT))
            top += height + gap
        for extra, height in zip(extras, extra_heights, strict=True):
            boxes.append(
                TextBox(
                    extra, QRectF(rect.left(), top, rect.width(), height), small, muted, WRAP | LEFT
                )
            )
            top += height + gap
        return boxes
