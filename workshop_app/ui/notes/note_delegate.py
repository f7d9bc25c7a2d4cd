"""Each note drawn as an entry: a coloured badge for its kind, its time and agenda item on
one line, its text below, and for an action item its owner, due date and status as
labelled fields. The text is drawn plain (never as markup) and wraps, never cut."""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from workshop_app.domain.notes import Note, NoteKind
from workshop_app.ui.notes.model import NOTE_ROLE, EntryText, entry_text

PADDING = 8
Index = QModelIndex | QPersistentModelIndex

# Badge colours: white text on each passes WCAG AA (4.5:1) in either look.
BADGE_COLOURS = {
    NoteKind.NOTE: "#4a5260",
    NoteKind.DECISION: "#1d6b3a",
    NoteKind.ACTION: "#8a4b00",
    NoteKind.QUESTION: "#1f5fa8",
    NoteKind.QUOTE: "#5b3a9e",
}
BADGE_TEXT = "#ffffff"


class NoteDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.show_items = True

    def _entry(self, index: Index) -> EntryText | None:
        note = index.data(NOTE_ROLE)
        if not isinstance(note, Note):
            return None
        model = index.model()
        titles = getattr(model, "item_titles", {})
        shown = getattr(model, "show_items", False)
        title = titles.get(note.item_id or -1, "") if shown else ""
        return entry_text(note, title)

    @staticmethod
    def _fonts(option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        body = QFont(option.font)
        small = QFont(option.font)
        small.setPointSizeF(max(6.0, option.font.pointSizeF() * 0.9))
        badge = QFont(small)
        badge.setBold(True)
        return body, small, badge

    def _layout(
        self, option: QStyleOptionViewItem, entry: EntryText, width: int, bold: bool
    ) -> tuple[list[tuple[QRect, str, QFont, int]], QRect, int]:
        """Where each text goes (rect, text, font, flags), the badge's box, the height;
        ``bold``: the body is bold (a decision), measured as drawn."""
        body, small, badge = self._fonts(option)
        body.setBold(bold)
        wrap = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft)
        inner = max(40, width - 2 * PADDING)
        badge_metrics = QFontMetrics(badge)
        badge_box = QRect(
            PADDING,
            PADDING,
            badge_metrics.horizontalAdvance(entry.badge) + 12,
            badge_metrics.height() + 4,
        )
        head_left = badge_box.right() + 8
        head_rect = QFontMetrics(small).boundingRect(
            QRect(head_left, PADDING + 2, max(20, width - head_left - PADDING), 10_000),
            wrap,
            entry.head,
        )
        texts = [(head_rect, entry.head, small, wrap)]
        top = max(badge_box.bottom(), head_rect.bottom()) + 6
        body_rect = QFontMetrics(body).boundingRect(
            QRect(PADDING, top, inner, 10_000), wrap, entry.body
        )
        texts.append((body_rect, entry.body, body, wrap))
        top = body_rect.bottom() + 6
        if entry.fields:
            line = "    ".join(f"{label}: {value}" for label, value in entry.fields)
            fields_rect = QFontMetrics(small).boundingRect(
                QRect(PADDING, top, inner, 10_000), wrap, line
            )
            texts.append((fields_rect, line, small, wrap))
            top = fields_rect.bottom() + 6
        return texts, badge_box, top + PADDING - 6

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        entry = self._entry(index)
        if entry is None:
            return super().sizeHint(option, index)
        width = option.rect.width() if option.rect.width() > 0 else 320
        view = option.widget
        if isinstance(view, QWidget) and hasattr(view, "viewport"):
            width = view.viewport().width()
        note = index.data(NOTE_ROLE)
        bold = isinstance(note, Note) and note.kind == NoteKind.DECISION
        _texts, _badge, height = self._layout(option, entry, width, bold)
        return QSize(width, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        entry = self._entry(index)
        if entry is None:
            super().paint(painter, option, index)
            return
        note = index.data(NOTE_ROLE)
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        if selected:
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Highlight))
        elif index.row() % 2:
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.AlternateBase))
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        bold = note.kind == NoteKind.DECISION
        texts, badge_box, _height = self._layout(option, entry, option.rect.width(), bold)
        painter.translate(option.rect.topLeft())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(BADGE_COLOURS[note.kind]))
        painter.drawRoundedRect(QRectF(badge_box), 4, 4)
        _body, _small, badge_font = self._fonts(option)
        painter.setFont(badge_font)
        painter.setPen(QColor(BADGE_TEXT))
        painter.drawText(badge_box, int(Qt.AlignmentFlag.AlignCenter), entry.badge)
        for rect, text, font, flags in texts:
            painter.setFont(font)
            painter.setPen(text_colour)
            painter.drawText(rect, flags, text)
        painter.restore()
