"""The one QtCore object between the server thread and the GUI thread.

The server thread only swaps a reference to its newest snapshot; a timer in the GUI
thread picks it up at most ten times a second and emits it there. No Python object
crosses threads inside a queued Qt signal, and a flood of votes cannot pile up events.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from workshop_app.live.room import ResultsSnapshot

POLL_INTERVAL_MS = 100


class LiveBridge(QObject):
    snapshot = Signal(object)  # ResultsSnapshot, emitted in the GUI thread

    def __init__(
        self,
        source: Callable[[], ResultsSnapshot | None] | None = None,
        parent: QObject | None = None,
        interval_ms: int = POLL_INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self.source = source
        self._last_sequence = -1
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.pull)

    def start(self, source: Callable[[], ResultsSnapshot | None]) -> None:
        self.source = source
        self._last_sequence = -1
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self.source = None

    def pull(self) -> bool:
        """Emit the newest snapshot if it is new; True when one was emitted."""
        if self.source is None:
            return False
        latest = self.source()
        if latest is None or latest.sequence == self._last_sequence:
            return False
        self._last_sequence = latest.sequence
        self.snapshot.emit(latest)
        return True
