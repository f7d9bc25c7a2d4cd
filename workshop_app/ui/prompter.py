"""Questions and messages to the person at the keyboard, behind one seam.

Views ask through a Prompter rather than calling QFileDialog/QMessageBox directly, so
tests can answer without a modal dialog blocking the event loop.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

WORKSHOP_FILTER = "Workshops (*.workshop)"
PLAN_FILTER = "Workshop plans (*.plan.json *.json)"


class Prompter(Protocol):
    def open_path(self, title: str, folder: str, file_filter: str) -> Path | None: ...

    def save_path(self, title: str, suggested: str, file_filter: str) -> Path | None: ...

    def error(self, title: str, message: str) -> None: ...

    def info(self, title: str, message: str) -> None: ...

    def confirm(self, title: str, message: str, confirm_label: str) -> bool: ...

    def choose(self, title: str, message: str, choices: list[str]) -> int | None:
        """One question with several answers; the first is the default (Enter).

        Returns the index chosen, or None when the person cancelled (Escape).
        """
        ...


class DialogPrompter:
    def __init__(self, parent: QWidget) -> None:
        self.parent = parent

    def open_path(self, title: str, folder: str, file_filter: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self.parent, title, folder, file_filter)
        return Path(name) if name else None

    def save_path(self, title: str, suggested: str, file_filter: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self.parent, title, suggested, file_filter)
        return Path(name) if name else None

    def error(self, title: str, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, parent=self.parent)
        box.setTextFormat(_plain())
        box.exec()

    def info(self, title: str, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, message, parent=self.parent)
        box.setTextFormat(_plain())
        box.exec()

    def confirm(self, title: str, message: str, confirm_label: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, message, parent=self.parent)
        box.setTextFormat(_plain())
        ok = box.addButton(confirm_label, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(ok)
        box.exec()
        return box.clickedButton() is ok

    def choose(self, title: str, message: str, choices: list[str]) -> int | None:
        box = QMessageBox(QMessageBox.Icon.Question, title, message, parent=self.parent)
        box.setTextFormat(_plain())
        buttons = [box.addButton(text, QMessageBox.ButtonRole.AcceptRole) for text in choices]
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(buttons[0])
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        return buttons.index(clicked) if clicked in buttons else None


def _plain():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.TextFormat.PlainText


def with_suffix(path: Path, suffix: str) -> Path:
    """Add the expected extension when the person typed a bare name."""
    return path if path.name.endswith(suffix) else path.with_name(path.name + suffix)
