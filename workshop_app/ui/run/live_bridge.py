"""The one QtCore object between the server thread and the GUI thread.

The server thread swaps a reference to its newest snapshot and calls ``notify``; that
posts one wake-up to the GUI thread, which reads the newest snapshot and emits it there.
No timer runs, no Python object rides a queued signal, and while one wake-up waits
further notifications are dropped (it will read the newest), so events cannot pile up.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal

from workshop_app.live.snapshot import LiveSnapshot


class LiveBridge(QObject):
    snapshot = Signal(object)  # LiveSnapshot, emitted in the GUI thread
    _woken = Signal()  # emitted from the server thread, delivered queued

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source: Callable[[], LiveSnapshot | None] | None = None
        self._last_sequence = -1
        self._waiting = False  # a wake-up is queued and has not read the snapshot yet
        self._woken.connect(self.pull, Qt.ConnectionType.QueuedConnection)

    def start(self, source: Callable[[], LiveSnapshot | None]) -> None:
        self.source = source
        self._last_sequence = -1
        self.pull()

    def stop(self) -> None:
        self.source = None

    def notify(self) -> None:
        """From any thread: a new snapshot is there. Posts at most one pending wake-up."""
        if self._waiting:
            return
        self._waiting = True
        self._woken.emit()

    def pull(self) -> bool:
        """Emit the newest snapshot if it is new; True when one was emitted."""
        # Cleared before reading: a snapshot swapped in after this line posts a new wake-up.
        self._waiting = False
        if self.source is None:
            return False
        latest = self.source()
        if latest is None or latest.sequence == self._last_sequence:
            return False
        self._last_sequence = latest.sequence
        self.snapshot.emit(latest)
        return True
