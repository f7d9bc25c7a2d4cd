"""Long work off the GUI thread, with its result and progress back on the GUI thread.

The worker never touches Qt: it runs in a plain thread, writes its progress into an
attribute, and a GUI-thread timer polls it. Nothing crosses threads inside a Qt signal.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

POLL_MS = 50


class BackgroundJob(QObject):
    progressed = Signal(int, int)  # done, total
    finished = Signal(object)  # the function's result
    failed = Signal(str)  # a message for a person

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="workshop-job")
        self._future: Future[Any] | None = None
        self._progress = (0, 0)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    def report(self, done: int, total: int) -> None:
        """Called from the worker: remembered, shown at the next poll."""
        self._progress = (done, total)

    def start(self, work: Callable[[Callable[[int, int], None]], Any]) -> None:
        self._future = self._executor.submit(work, self.report)
        self._timer.start()

    @property
    def running(self) -> bool:
        return self._future is not None and not self._future.done()

    def wait(self, timeout: float | None = None) -> None:
        """For tests and shutdown: block until the work is done, then deliver it."""
        if self._future is not None:
            self._future.exception(timeout)
            self._poll()

    def _poll(self) -> None:
        self.progressed.emit(*self._progress)
        future = self._future
        if future is None or not future.done():
            return
        self._timer.stop()
        self._future = None
        error = future.exception()
        if error is None:
            self.finished.emit(future.result())
        else:
            self.failed.emit(str(error) or type(error).__name__)

    def shutdown(self) -> None:
        self._timer.stop()
        self._executor.shutdown(wait=True)
