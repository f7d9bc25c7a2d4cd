"""Ending a session waits for the live server's thread with the windows still painting.

(Keys and clicks meanwhile are held back by Qt: ExcludeUserInputEvents. Offscreen, input
can only be sent straight to a widget, past the event queue, so that is not tested here.)
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QTimer

from workshop_app.ui.run.wait_painting import wait_painting


def test_timers_run_while_waiting_and_the_wait_ends_with_the_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    # The thread ends only once a GUI timer has fired: a plain join would wait the whole
    # timeout (and the timer would never fire).
    released = threading.Event()
    thread = threading.Thread(target=released.wait, args=(30,))
    thread.start()
    fired: list[bool] = []
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(lambda: (fired.append(True), released.set()))
    timer.start(0)
    try:
        wait_painting(thread, timeout=30)
    finally:
        released.set()
        thread.join()
    assert fired == [True]
    assert not thread.is_alive()
