"""A list row with a bold first line and a muted second line, padded apart.

Plain item text of the form "title\\ndetail" reads as one block of four lines when two
rows follow each other; this delegate keeps each row visibly one thing.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

PADDING = 8  # pixels above, below and beside each row's text
Index = QModelIndex | QPersistentModelIndex


def _lines(index: Index) -> tuple[str, str]:
    text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
    title, _, detail = text.partition("\n")
    return title, detail


class TwoLineDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        title, detail = _lines(index)
        bold = QFontMetrics(self._bold(option))
        plain = QFontMetrics(option.font)
        height = bold.height() + (plain.height() if detail else 0) + 2 * PADDING
        width = max(bold.horizontalAdvance(title), plain.horizontalAdvance(detail))
        return QSize(width + 2 * PADDING, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        title, detail = _lines(index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:  # background, selection and focus, as the style draws them
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect: QRect = opt.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        state = opt.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        enabled = bool(state & QStyle.StateFlag.State_Enabled)
        palette: QPalette = opt.palette
        group = QPalette.ColorGroup.Normal if enabled else QPalette.ColorGroup.Disabled
        main_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        detail_role = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        painter.save()
        bold = self._bold(option)
        painter.setFont(bold)
        painter.setPen(palette.color(group, main_role))
        line = QFontMetrics(bold).height()
        elide = Qt.TextElideMode.ElideRight
        painter.drawText(
            rect.adjusted(0, 0, 0, -(rect.height() - line)),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(bold).elidedText(title, elide, rect.width()),
        )
        if detail:
            painter.setFont(option.font)
            painter.setPen(palette.color(group, detail_role))
            painter.drawText(
                rect.adjusted(0, line, 0, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                QFontMetrics(option.font).elidedText(detail, elide, rect.width()),
            )
        painter.restore()

    @staticmethod
    def _bold(option: QStyleOptionViewItem) -> QFont:
        font = QFont(option.font)
        font.setBold(True)
        return font
