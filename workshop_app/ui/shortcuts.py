"""Every keyboard shortcut in one list: Help › Keyboard shortcuts and README show it.

The list keeps English (README documents it); each text is marked for lupdate with
QT_TRANSLATE_NOOP and translated when shown, with ``shown()``."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from workshop_app.ui.tr_noop import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Shortcut:
    keys: str
    action: str
    where: str = QT_TRANSLATE_NOOP("Shortcuts", "Anywhere")

    def shown(self) -> tuple[str, str, str]:
        """Keys, action and where, in the interface language."""
        return (
            QCoreApplication.translate("Shortcuts", self.keys),
            QCoreApplication.translate("Shortcuts", self.action),
            QCoreApplication.translate("Shortcuts", self.where),
        )


SHORTCUTS: list[Shortcut] = [
    Shortcut("Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "New workshop")),
    Shortcut("Ctrl+O", QT_TRANSLATE_NOOP("Shortcuts", "Open a workshop")),
    Shortcut("Ctrl+Shift+S", QT_TRANSLATE_NOOP("Shortcuts", "Save a copy as…")),
    Shortcut("Ctrl+E", QT_TRANSLATE_NOOP("Shortcuts", "Export minutes and data…")),
    Shortcut("Ctrl+W", QT_TRANSLATE_NOOP("Shortcuts", "Close the workshop")),
    Shortcut("Ctrl+Q", QT_TRANSLATE_NOOP("Shortcuts", "Quit")),
    Shortcut("Ctrl+Z", QT_TRANSLATE_NOOP("Shortcuts", "Undo")),
    Shortcut("Ctrl+Shift+Z", QT_TRANSLATE_NOOP("Shortcuts", "Redo")),
    Shortcut("Ctrl+Y", QT_TRANSLATE_NOOP("Shortcuts", "Redo")),
    Shortcut("Ctrl+,", QT_TRANSLATE_NOOP("Shortcuts", "Settings")),
    Shortcut("F1", QT_TRANSLATE_NOOP("Shortcuts", "Keyboard shortcuts")),
]


def register(*shortcuts: Shortcut) -> None:
    """Views add their own shortcuts here when their module is imported."""
    for shortcut in shortcuts:
        if shortcut not in SHORTCUTS:
            SHORTCUTS.append(shortcut)
