"""Help › Keyboard shortcuts reads without a horizontal scroll bar, every text whole."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle

from workshop_app.ui.about_dialog import ShortcutsDialog
from workshop_app.ui.shortcuts import SHORTCUTS


def test_shortcuts_fit_without_scrolling_sideways(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ShortcutsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    assert table.rowCount() == len(SHORTCUTS)
    assert not table.horizontalScrollBar().isVisible()
    assert table.columnViewportPosition(2) + table.columnWidth(2) <= table.viewport().width()
    metrics = QFontMetrics(table.font())
    # An item view's text margin, as Qt's common style computes it, on each side.
    margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    for row in range(table.rowCount()):
        for column in range(3):
            text = table.item(row, column).text()
            width = table.columnWidth(column) - margin
            needed = metrics.boundingRect(
                QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), text
            )
            assert needed.width() <= width, text
            assert needed.height() <= table.rowHeight(row), text
