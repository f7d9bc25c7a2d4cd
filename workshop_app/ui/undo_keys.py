"""Ctrl+Z in a text field with nothing of its own to undo reaches Edit › Undo.

Qt gives every editable text field the undo and redo keys, even when the field has no
typing to undo. Right after Ctrl+Shift+I the cursor sits in the new item's title, so
Ctrl+Z did nothing at all while Edit › Undo offered to remove the item. A field keeps
the keys while it has typing to undo or redo; otherwise they go to the window's actions.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget


class UndoKeysPassThrough(QObject):
    """An application event filter for the text fields inside ``window``."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(watched, QWidget):
            return False
        assert isinstance(event, QKeyEvent)
        if event.matches(QKeySequence.StandardKey.Undo):
            own = _can(watched, undo=True)
        elif event.matches(QKeySequence.StandardKey.Redo) or _is_ctrl_y(event):
            own = _can(watched, undo=False)
        else:
            return False
        # Stopping the override unclaimed lets the window's shortcut fire.
        return own is False and watched.window() is self.window


def _can(widget: QWidget, *, undo: bool) -> bool | None:
    """Whether a text field has its own step to undo/redo; None for other widgets."""
    if isinstance(widget, QLineEdit):
        return widget.isUndoAvailable() if undo else widget.isRedoAvailable()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        document = widget.document()
        return document.isUndoAvailable() if undo else document.isRedoAvailable()
    return None


def _is_ctrl_y(event: QKeyEvent) -> bool:
    return QKeySequence(event.keyCombination()) == QKeySequence("Ctrl+Y")
