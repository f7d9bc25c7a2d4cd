"""The bridge: a notification from the server thread becomes one snapshot in the GUI
thread; notifications while one wake-up waits are folded into it; no timer runs."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QTimer

from workshop_app.live.snapshot import LiveSnapshot
from workshop_app.ui.run.live_bridge import LiveBridge


def snap(sequence: int, connected: int = 0) -> LiveSnapshot:
    return LiveSnapshot(connected=connected, sequence=sequence)


def test_notifications_from_another_thread_arrive_once_in_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    latest: list[LiveSnapshot | None] = [None]
    bridge = LiveBridge()
    received: list[tuple[LiveSnapshot, bool]] = []
    gui_thread = threading.get_ident()
    bridge.snapshot.connect(lambda s: received.append((s, threading.get_ident() == gui_thread)))
    bridge.start(lambda: latest[0])
    assert received == []  # nothing there yet

    def server_thread() -> None:
        for sequence in (1, 2, 3):  # a burst: three swaps before the GUI thread looks
            latest[0] = snap(sequence, connected=sequence)
            bridge.notify()

    worker = threading.Thread(target=server_thread)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: received != [], timeout=2000)
    QCoreApplication.processEvents()
    assert [(s.sequence, in_gui) for s, in_gui in received] == [(3, True)]  # folded, newest
    assert bridge.findChildren(QTimer) == []  # pushed, never polled

    bridge.notify()  # the same snapshot again: not emitted twice
    QCoreApplication.processEvents()
    assert len(received) == 1
    bridge.stop()
    latest[0] = snap(4)
    bridge.notify()
    QCoreApplication.processEvents()
    assert len(received) == 1  # stopped: nothing more
