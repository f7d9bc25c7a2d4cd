"""Where the presenter goes: full screen on the projector when there is a second screen;
on a single screen, a window beside the console that leaves most of it usable."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

from PySide6.QtCore import QRect

BESIDE_FRACTION = 0.4  # of the screen's width, for the window on a single screen


class _Screen(Protocol):
    def geometry(self) -> QRect: ...


S = TypeVar("S", bound=_Screen)


def projector_screen(screens: Sequence[S], console: S | None) -> S | None:
    """A screen other than the console's (the largest when there are several), or None."""
    others = [screen for screen in screens if screen is not console]
    if not others:
        return None
    return max(others, key=lambda s: s.geometry().width() * s.geometry().height())


def beside_console(available: QRect) -> QRect:
    """A 16:9 window in the top-right corner, 40 % of the screen's width."""
    width = max(480, int(available.width() * BESIDE_FRACTION))
    height = width * 9 // 16
    return QRect(available.right() - width + 1, available.top(), width, height)
