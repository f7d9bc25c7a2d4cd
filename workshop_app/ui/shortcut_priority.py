"""The window's shortcuts win over a text field's emacs-style keys on Linux desktops.

With the X11 key bindings Qt uses on Linux desktops, a focused line edit claims Ctrl+E
(end of line), Ctrl+K, Ctrl+U and the like, so Ctrl+E did not export while the cursor
was in the note entry — the place the cursor usually is. Qt's offscreen platform uses
other bindings, which is why only the rehearsal under Xvfb saw it. Here the text field
gives up such a key when the window has an enabled action on it; the editing keys every
text field needs (undo, copy, paste, select all…) stay with the field.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget

_EDITING_KEYS = (
    QKeySequence.StandardKey.Undo,
    QKeySequence.StandardKey.Redo,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.SelectAll,
    QKeySequence.StandardKey.Delete,
)


class WindowShortcutsFirst(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window

    def cover(self, root: QWidget) -> None:
        """Watch every text field under ``root`` (call again when new fields appear)."""
        for kind in (QLineEdit, QPlainTextEdit, QTextEdit):
            for field in root.findChildren(kind):
                field.removeEventFilter(self)  # at most once per field
                field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        if any(event.matches(key) for key in _EDITING_KEYS):
            return False
        pressed = QKeySequence(event.keyCombination())
        for action in self.window.findChildren(QAction):
            if action.isEnabled() and any(
                shortcut.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch
                for shortcut in action.shortcuts()
            ):
                event.ignore()  # not the field's: the shortcut map runs the action
                return True
        return False
