"""The facilitator's hands: keys to the focused widget, clicks, and answers to dialogs.

Nothing here calls the app's slots: keys go through Qt's shortcut map and the focused
widget (QTest.keyClick sends the same events a keyboard does), buttons are clicked with
the mouse, and a modal dialog is answered by whoever is expected to answer it next, from
a timer inside the dialog's own event loop, as a person answers while it is open.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QStyle,
    QStyleOptionViewItem,
    QWidget,
)

DialogHandler = Callable[[QWidget], None]


def later(callback: Callable[[], None]) -> QTimer:
    """One reusable single-shot timer per callback.

    Not QTimer.singleShot(ms, callable): with PySide6 6.11 each such call with a delay
    leaks a Python object and three references to None, which would pollute the very
    counts the rehearsal watches.
    """
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(callback)
    return timer


LOOK_EVERY_MS = 25
GIVE_UP_MS = 15_000
ACTIVE_WITHIN_MS = 3_000  # then the dialog is answered even if it never took the keyboard


def focused() -> QWidget:
    """Where a key press goes: the focused widget, else the active window."""
    widget = QApplication.focusWidget() or QApplication.activeWindow()
    if widget is None:
        raise RuntimeError("no window has the keyboard (the facilitator would click one)")
    return widget


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifiers)


def type_text(text: str) -> None:
    QTest.keyClicks(focused(), text)


def click(widget: QWidget, at: QPoint | None = None) -> None:
    if at is None:
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
    else:
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)


def click_check_box_of(view: QListWidget, item: QListWidgetItem) -> None:
    """Click the tick box drawn at the start of a checkable list entry."""
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualItemRect(item)
    option.features = (
        QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        | QStyleOptionViewItem.ViewItemFeature.HasDisplay
    )
    option.text = item.text()
    box = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view)
    click(view.viewport(), box.center())


def message_text(dialog: QWidget) -> str:
    if isinstance(dialog, QMessageBox):
        return f"{dialog.windowTitle()}: {dialog.text()}"
    return dialog.windowTitle()


def button_texts(dialog: QWidget) -> list[str]:
    return [b.text().replace("&", "") for b in dialog.findChildren(QAbstractButton)]


@dataclass
class DialogAnswers:
    """Answers modal dialogs in the order they are expected; reports any other one."""

    expected: list[tuple[str, DialogHandler]] = field(default_factory=list)
    seen: list[str] = field(default_factory=list)  # every dialog answered, in order
    unexpected: list[str] = field(default_factory=list)
    _answered: set[int] = field(default_factory=set)
    _waited_ms: int = 0
    _timer: QTimer | None = None

    def _again(self) -> None:
        if self._timer is None:
            self._timer = later(self._look)
        self._timer.start(LOOK_EVERY_MS)

    def expect(self, what: str, handler: DialogHandler) -> None:
        self.expected.append((what, handler))
        self._waited_ms = 0
        self._again()

    def watch(self) -> QTimer:
        """A slow watch for dialogs nobody expected (an error message, say)."""
        timer = QTimer()
        timer.timeout.connect(self._stray)
        timer.start(500)
        return timer

    def _look(self) -> None:
        if not self.expected:
            return
        dialog = QApplication.activeModalWidget()
        if dialog is None or id(dialog) in self._answered or not dialog.isVisible():
            self._waited_ms += LOOK_EVERY_MS
            if self._waited_ms > GIVE_UP_MS:
                what, _ = self.expected.pop(0)
                self.unexpected.append(f"expected a dialog ({what}); none appeared")
                self._waited_ms = 0
            self._again()
            return
        if not dialog.isActiveWindow() and self._waited_ms < ACTIVE_WITHIN_MS:
            # A person waits for the dialog to take the keyboard: on a loaded machine the
            # X server hands it over a moment after it is shown, and keys sent before
            # that go to the window below.
            self._waited_ms += LOOK_EVERY_MS
            self._again()
            return
        what, handler = self.expected.pop(0)
        self._answered.add(id(dialog))
        self.seen.append(f"{what} — {message_text(dialog)}")
        self._waited_ms = 0
        handler(dialog)
        if self.expected:
            self._again()

    def _stray(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or self.expected or id(dialog) in self._answered:
            return
        self._answered.add(id(dialog))
        self.unexpected.append(f"unexpected dialog — {message_text(dialog)}")
        QTest.keyClick(dialog, Qt.Key.Key_Escape)


def enter(dialog: QWidget) -> None:
    """The default button (the app makes the safe, expected answer the default)."""
    QTest.keyClick(dialog, Qt.Key.Key_Return)


def escape(dialog: QWidget) -> None:
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
