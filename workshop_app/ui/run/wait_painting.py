"""Wait for a worker thread on the GUI thread without freezing the windows.

Ending a session tells every connected phone and closes its connection in the live
server's thread; with a room of phones that takes tens of milliseconds, up to a few
hundred on a busy laptop. Joined plainly, the windows froze for that long. Here the GUI
thread keeps painting and running its timers while it waits; the person's keys and clicks
wait until the thread is done, so nothing they do can overtake the end of the session.
"""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QCoreApplication, QEventLoop

SLICE_S = 0.005  # between two looks at pending events: below one frame


def wait_painting(thread: threading.Thread, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while thread.is_alive() and time.monotonic() < deadline:
        QCoreApplication.processEvents(
            QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, int(SLICE_S * 1000)
        )
        thread.join(SLICE_S)
