"""The delayed full collection after a session (live/gc_policy) runs on the GUI thread.

The session ends on the live server's thread, which asks for the reclaim a second later.
That collection may finalise the wrappers of windows and dialogs closed meanwhile, and a
QObject must be destroyed on the thread it lives on: run on a timer thread it can crash
the process. So the request crosses to the GUI thread (a queued signal) and a
single-shot timer there runs it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from workshop_app.live import gc_policy


class GuiThreadLater(QObject):
    """``later(delay_s, run)`` for gc_policy, callable from any thread. (Not ``__call__``:
    a callable QObject as a timer's context confuses QTimer.singleShot's overloads.)"""

    _asked = Signal(float, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._asked.connect(self._start, Qt.ConnectionType.QueuedConnection)

    def later(self, delay_s: float, run: Callable[[], None]) -> None:
        self._asked.emit(delay_s, run)

    def _start(self, delay_s: float, run: Callable[[], None]) -> None:
        QTimer.singleShot(round(delay_s * 1000), self, run)


def reclaim_on_gui_thread(app: QObject) -> GuiThreadLater:
    """Called once the application object exists, on its thread; kept alive by ``app``."""
    timer = GuiThreadLater(app)
    gc_policy.reclaim_on(timer.later)
    return timer
