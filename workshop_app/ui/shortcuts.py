"""Every keyboard shortcut in one list: Help › Keyboard shortcuts and README show it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Shortcut:
    keys: str
    action: str
    where: str = "Anywhere"


SHORTCUTS: list[Shortcut] = [
    Shortcut("Ctrl+N", "New workshop"),
    Shortcut("Ctrl+O", "Open a workshop"),
    Shortcut("Ctrl+Shift+S", "Save a copy as…"),
    Shortcut("Ctrl+E", "Export minutes and data…"),
    Shortcut("Ctrl+W", "Close the workshop"),
    Shortcut("Ctrl+Q", "Quit"),
    Shortcut("Ctrl+Z", "Undo"),
    Shortcut("Ctrl+Shift+Z", "Redo"),
    Shortcut("Ctrl+,", "Settings"),
    Shortcut("F1", "Keyboard shortcuts"),
]


def register(*shortcuts: Shortcut) -> None:
    """Views add their own shortcuts here when their module is imported."""
    for shortcut in shortcuts:
        if shortcut not in SHORTCUTS:
            SHORTCUTS.append(shortcut)
