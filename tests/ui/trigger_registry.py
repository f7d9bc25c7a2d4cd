"""Which QActions and QShortcuts really fired during this test session.

The trigger tests connect to the ``triggered`` (QAction) or ``activated`` (QShortcut)
signal of every action under the window they drive before they press a key or trigger a
menu entry. A name enters ``FIRED`` only when that signal is emitted, so the every-action
check reads what happened, not a list somebody wrote by hand.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

_WATCHED = "_triggerRegistryWatched"

FIRED: set[str] = set()


def all_actions(root: QWidget) -> list[QObject]:
    """Every QAction and QShortcut below ``root`` (its menus, docks, presenter window)."""
    found: list[QObject] = []
    for kind in (QAction, QShortcut):
        found += [obj for obj in root.findChildren(kind) if isValid(obj)]
    return found


def watch(root: QWidget) -> None:
    """Listen to every action not listened to yet (new windows and menus make new ones)."""
    for obj in all_actions(root):
        if obj.property(_WATCHED):
            continue
        obj.setProperty(_WATCHED, True)
        signal = obj.triggered if isinstance(obj, QAction) else obj.activated  # type: ignore[attr-defined]
        signal.connect(_recorder(obj.objectName()))


def _recorder(name: str) -> Callable[..., None]:
    # The name is read when watching: the action may be gone by the time a later slot
    # connected to the same signal returns.
    def record(*_args: object) -> None:
        FIRED.add(name)

    return record
