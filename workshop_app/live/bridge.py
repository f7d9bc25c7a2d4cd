"""The one QtCore object between the server thread and the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from workshop_app.live.room import ResultsSnapshot


class LiveBridge(QObject):
    """Carries coalesced snapshots to the GUI thread (a queued cross-thread signal)."""

    snapshot = Signal(object)

    def deliver(self, snapshot: ResultsSnapshot) -> None:
        """Call from the server thread: Qt queues the signal into the GUI thread."""
        self.snapshot.emit(snapshot)
