"""The Qt binding keeps Python's reference counts straight across calls that return nothing.

PySide6-Essentials 6.12.0 on Python 3.11 lowers the reference count of ``None`` on every void
Qt call (about -1 per QObject.setObjectName); a live session makes hundreds of such calls per
results snapshot, so the process dies with ``Fatal Python error: none_dealloc`` within
minutes. pyproject.toml excludes that release; this test keeps any future binding release
with the same fault (or one that leaks or drops references to arguments) from coming in
silently through the lock.

Each kind of call runs CALLS times after a warm-up (see _drift); the reference counts of
``None``, ``True``, ``False`` and of the Python objects passed in must end exactly where they
started (6.12.0 also drops ``True`` on every signal emit). (From Python 3.12 ``None``
is immortal and its count never moves, so there the argument counts carry the check.)
"""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QObject, QRect, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QWidget

from workshop_app.live import gc_policy

CALLS = 10_000
ROUND = 10
WARM_UP = 10


class _Emitter(QObject):
    fired = Signal()
    carried = Signal(object)


SINGLETONS = (None, True, False)  # shared by every call; a count of zero aborts Python


def _counts(watched: tuple[object, ...]) -> list[int]:
    return [sys.getrefcount(o) for o in (*SINGLETONS, *watched)]


def _drift(call: Callable[[], None], watched: tuple[object, ...]) -> dict[str, int]:
    """Which counts of None, True, False and the watched objects moved over CALLS calls ({} if
    none did), with the number of calls made.

    Counted in rounds of ROUND calls, stopping at the first round that moved anything: a
    binding that drops a count by one per call would otherwise take True (a few hundred
    references) or None (a few thousand) to zero long before 10,000 calls and abort the test
    run instead of failing this test.
    """
    for _ in range(WARM_UP):  # first-call caches (type and enum set-up) are not drift
        call()
    # A live server stopped by an earlier test hands its frozen objects back a second
    # later, collecting from a timer thread (gc_policy): done now, so that it cannot
    # move counts in the middle of the rounds.
    gc_policy.reclaim()
    for thread in threading.enumerate():  # and the timers still waiting to do it
        if thread.name == gc_policy.RECLAIM_THREAD:
            thread.join()
    names = [repr(o) for o in SINGLETONS] + [type(o).__name__ for o in watched]
    gc.collect()
    gc.disable()  # a collection in between would move counts for reasons of its own
    try:
        start = _counts(watched)
        made = 0
        while made < CALLS:
            for _ in range(ROUND):
                call()
            made += ROUND
            now = _counts(watched)
            if now != start:
                break
    finally:
        gc.enable()
    moved = {n: a - b for n, a, b in zip(names, now, start, strict=True) if a != b}
    return {"calls": made, **moved} if moved else {}


def _no_op(*_args: object) -> None:
    pass


@pytest.fixture
def image_painter() -> Iterator[QPainter]:
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    yield painter
    painter.end()


def test_void_calls_leave_reference_counts_alone(
    qapp: QApplication, image_painter: QPainter
) -> None:
    obj = QObject()
    name = "a name"
    rect, color = QRect(1, 2, 30, 40), QColor(10, 20, 30)
    widget = QWidget()
    timer = QTimer()
    emitter = _Emitter()
    emitter.fired.connect(_no_op)
    emitter.carried.connect(_no_op)
    payload = object()  # a plain Python object handed through a signal

    def update_and_resize() -> None:
        widget.update()
        widget.resize(120, 80)

    def start_and_stop() -> None:
        timer.start(60_000)
        timer.stop()

    calls: dict[str, tuple[Callable[[], None], tuple[object, ...]]] = {
        "QObject.setObjectName": (lambda: obj.setObjectName(name), (obj, name)),
        "QPainter.fillRect": (lambda: image_painter.fillRect(rect, color), (rect, color)),
        "QWidget.update/resize": (update_and_resize, (widget,)),
        "QTimer.start/stop": (start_and_stop, (timer,)),
        "Signal().emit": (emitter.fired.emit, (emitter,)),
        "Signal(object).emit": (lambda: emitter.carried.emit(payload), (payload,)),
    }
    drifts = {kind: _drift(call, watched) for kind, (call, watched) in calls.items()}
    moved = {kind: drift for kind, drift in drifts.items() if drift}
    assert not moved, f"reference counts moved (first round that moved, calls made): {moved}"
