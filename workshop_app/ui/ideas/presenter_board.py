"""The idea wall on the presenter screen: the room's top ideas with their votes, in type
large enough for the back row, the pinned one first and highlighted. An idea that
enters the list fades and slides in, unless the desktop asks for less motion."""

from __future__ import annotations

import time

from PySide6.QtCore import QEasingCurve, QRectF, Qt, QVariantAnimation
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPaintEvent
from PySide6.QtWidgets import QApplication, QWidget

from workshop_app.domain.ideas import IdeaRow, top_ideas
from workshop_app.domain.polls import Poll, PollType
from workshop_app.ui.run_session.view_model import RunSessionViewModel

SHOWN = 5  # rows on the screen: readable from the back of a room
TEXT = QColor("#ffffff")
MUTED = QColor("#c8d0da")
CARD = QColor("#222a36")
PINNED = QColor("#ffd166")
VOTES = QColor("#7fb5ff")
ENTER_MS = 450


def motion_allowed() -> bool:
    """The desktop's animation setting, as Qt reads it (its general UI effect): off when
    the person asked their system for less motion."""
    return bool(QApplication.isEffectEnabled(Qt.UIEffect.UI_General))


class IdeaBoard(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Top ideas"))
        self.session: RunSessionViewModel | None = None
        self.poll: Poll | None = None
        self.rows: list[IdeaRow] = []
        self._entering: dict[int, float] = {}  # idea id -> monotonic start of its entry
        self._animation = QVariantAnimation(self)
        self._animation.setStartValue(0.0)
        self._animation.setEndValue(1.0)
        self._animation.setDuration(ENTER_MS)
        self._animation.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._animation.valueChanged.connect(self.update)
        self._animation.finished.connect(self._entered)

    def bind(self, session: RunSessionViewModel) -> None:
        self.session = session
        session.ideas_changed.connect(self._ideas_changed)

    def show_poll(self, poll: Poll | None) -> bool:
        """Take the poll if it is an idea wall (True: the board shows it, not the chart)."""
        takes = poll is not None and poll.type == PollType.IDEA_WALL
        if not takes:
            self.poll, self.rows = None, []
            return False  # the presenter's stage shows another view (it owns visibility)
        assert poll is not None
        fresh = self.poll is None or self.poll.id != poll.id
        self.poll = poll
        self._take(animate=not fresh)
        return True

    def _ideas_changed(self, poll_id: int) -> None:
        if self.poll is not None and self.poll.id == poll_id:
            self._take(animate=True)

    def _take(self, *, animate: bool) -> None:
        if self.session is None or self.poll is None:
            return
        rows = top_ideas(list(self.session.ideas(self.poll.id)), SHOWN)
        if rows == self.rows:
            return  # the top ideas and their counts are as drawn: no repaint
        before = {row.id for row in self.rows}
        self.rows = rows
        if animate and motion_allowed():
            now = time.monotonic()
            for row in rows:
                if row.id not in before:
                    self._entering[row.id] = now
            if self._entering:
                self._animation.stop()
                self._animation.start()
        self.update()

    def _entered(self) -> None:
        self._entering.clear()
        self.update()

    def entering(self) -> list[int]:
        """Ideas animating in now (tests check that reduced motion means none)."""
        return sorted(self._entering)

    # --- drawing -------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        base = max(14.0, min(area.height() / 22, area.width() / 34))
        if not self.rows:
            painter.setFont(_font(base * 1.2))
            painter.setPen(MUTED)
            painter.drawText(
                area,
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                self.tr("Post your ideas on your phone — they appear here."),
            )
            painter.end()
            return
        progress = float(self._animation.currentValue() or 1.0) if self._entering else 1.0
        row_height = area.height() / SHOWN
        for index, row in enumerate(self.rows):
            rect = QRectF(area.left(), area.top() + index * row_height, area.width(), row_height)
            shift = 0.0
            opacity = 1.0
            if row.id in self._entering:
                opacity = progress
                shift = (1.0 - progress) * rect.width() * 0.08
            painter.setOpacity(opacity)
            self._row(painter, rect.translated(shift, 0), row, base)
        painter.setOpacity(1.0)
        painter.end()

    def tag_text(self, row: IdeaRow) -> str:
        """The line under an idea's text: pinned, answered, edited."""
        tags = []
        if row.pinned:
            tags.append(self.tr("Pinned"))
        if row.answered:
            tags.append(self.tr("Answered"))
        if row.edited:  # the room sees that the facilitator changed the text
            tags.append(self.tr("Edited"))
        return " · ".join(tags)

    def _row(self, painter: QPainter, rect: QRectF, row: IdeaRow, base: float) -> None:
        card = rect.adjusted(0, rect.height() * 0.06, 0, -rect.height() * 0.06)
        path = QPainterPath()
        path.addRoundedRect(card, 10, 10)
        painter.fillPath(path, CARD)
        if row.pinned:
            pen = painter.pen()
            pen.setColor(PINNED)
            pen.setWidthF(max(3.0, base * 0.22))
            painter.setPen(pen)
            painter.drawPath(path)
        votes_width = base * 4.2
        size = min(base * 1.6, card.height() * 0.36)
        painter.setFont(_font(size * 1.15, bold=True))
        painter.setPen(PINNED if row.pinned else VOTES)
        painter.drawText(
            QRectF(card.left(), card.top(), votes_width, card.height()),
            int(Qt.AlignmentFlag.AlignCenter),
            str(row.votes),
        )
        text_rect = QRectF(
            card.left() + votes_width, card.top(), card.width() - votes_width - base, card.height()
        )
        tag = self.tag_text(row)
        font = _font(size, bold=row.pinned)
        painter.setFont(font)
        painter.setPen(TEXT)
        metrics = QFontMetricsF(font)
        lines = 2 if card.height() > metrics.height() * 2.4 else 1
        text = row.text
        if lines == 1 or metrics.horizontalAdvance(text) <= text_rect.width():
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width())
        else:
            shown = _two_lines(text, metrics, text_rect.width())
        body = text_rect.adjusted(0, 0, 0, -(metrics.height() * 0.6 if tag else 0))
        painter.drawText(
            body, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), shown
        )
        if tag:
            tag_font = _font(size * 0.7, bold=True)
            painter.setFont(tag_font)
            painter.setPen(PINNED if row.pinned else MUTED)
            painter.drawText(
                text_rect.adjusted(0, 0, 0, -card.height() * 0.06),
                int(Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft),
                QFontMetricsF(tag_font).elidedText(
                    tag, Qt.TextElideMode.ElideRight, text_rect.width()
                ),
            )


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(max(6.0, size))
    font.setBold(bold)
    return font


def _two_lines(text: str, metrics: QFontMetricsF, width: float) -> str:
    """The text broken at a word into at most two lines, the second elided."""
    words = text.split(" ")
    first = ""
    for count in range(len(words), 0, -1):
        candidate = " ".join(words[:count])
        if metrics.horizontalAdvance(candidate) <= width:
            first = candidate
            rest = " ".join(words[count:])
            break
    else:
        first = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        rest = ""
    return first + (
        "\n" + metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width) if rest else ""
    )
