"""The keys a presentation clicker sends, caught for the whole application in run mode.

PageDown/PageUp always move, even while a text field has focus (a clicker cannot know);
Right, Left, Space, B and Esc only when no text field has focus, so typing still works.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from workshop_app.ui.shortcuts import Shortcut, register
from workshop_app.ui.tr_noop import QT_TRANSLATE_NOOP

RUN_MODE = QT_TRANSLATE_NOOP("Shortcuts", "Run mode")

register(
    Shortcut("F5", QT_TRANSLATE_NOOP("Shortcuts", "Start or resume the session (run mode)")),
    Shortcut(
        "PageDown",
        QT_TRANSLATE_NOOP("Shortcuts", "Next step (always, also while typing)"),
        RUN_MODE,
    ),
    Shortcut(
        "PageUp",
        QT_TRANSLATE_NOOP("Shortcuts", "Previous step (always, also while typing)"),
        RUN_MODE,
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("Shortcuts", "Right / Space"),
        QT_TRANSLATE_NOOP("Shortcuts", "Next step (when not typing)"),
        RUN_MODE,
    ),
    Shortcut("Left", QT_TRANSLATE_NOOP("Shortcuts", "Previous step (when not typing)"), RUN_MODE),
    Shortcut(
        QT_TRANSLATE_NOOP("Shortcuts", "B or ."),
        QT_TRANSLATE_NOOP("Shortcuts", "Blank or show the presenter screen (when not typing)"),
        RUN_MODE,
    ),
    Shortcut(
        "J",
        QT_TRANSLATE_NOOP(
            "Shortcuts", "Show or hide the large join QR code on the presenter (when not typing)"
        ),
        RUN_MODE,
    ),
    Shortcut(
        "Esc",
        QT_TRANSLATE_NOOP("Shortcuts", "Leave run mode; the session stays live (when not typing)"),
        RUN_MODE,
    ),
    Shortcut(
        "F11",
        QT_TRANSLATE_NOOP("Shortcuts", "Presenter window full screen on or off"),
        QT_TRANSLATE_NOOP("Shortcuts", "Presenter window"),
    ),
)


@dataclass
class ClickerActions:
    next: Callable[[], object]
    previous: Callable[[], object]
    blank: Callable[[], object]
    leave: Callable[[], object]
    join: Callable[[], object] | None = None  # the large join QR code on the presenter


_ALWAYS = {Qt.Key.Key_PageDown: "next", Qt.Key.Key_PageUp: "previous"}
_NOT_TYPING = {
    Qt.Key.Key_Right: "next",
    Qt.Key.Key_Space: "next",
    Qt.Key.Key_Left: "previous",
    Qt.Key.Key_B: "blank",
    Qt.Key.Key_Period: "blank",
    Qt.Key.Key_Escape: "leave",
    Qt.Key.Key_J: "join",
}


def is_text_field(widget: QWidget | None) -> bool:
    if widget is None:
        return False
    if isinstance(widget, QLineEdit | QAbstractSpinBox):
        return True
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return not widget.isReadOnly()
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    return False


class ClickerKeyFilter(QObject):
    """An application event filter; active only for key presses aimed at ``windows``."""

    def __init__(self, actions: ClickerActions, windows: Callable[[], list[QWidget]]) -> None:
        super().__init__()
        self.actions = actions
        self.windows = windows

    def install(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def uninstall(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        assert isinstance(event, QKeyEvent)
        action = self.action_for(watched, event)
        if action is None:
            return False
        if not event.isAutoRepeat():
            do = getattr(self.actions, action)
            if do is not None:
                do()
        return True

    def action_for(self, target: QWidget, event: QKeyEvent) -> str | None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            return None
        if QApplication.activeModalWidget() is not None or QApplication.activePopupWidget():
            return None
        if target.window() not in self.windows():
            return None
        key = Qt.Key(event.key())
        if key in _ALWAYS:
            return _ALWAYS[key]
        if key in _NOT_TYPING and modifiers == Qt.KeyboardModifier.NoModifier:
            focus = QApplication.focusWidget() or target
            if is_text_field(focus) or is_text_field(target):
                return None
            return _NOT_TYPING[key]
        return None
