"""When Python's cyclic garbage collector may run while phones are voting.

Why: the GUI thread, the live server's thread and the writer's thread share one
interpreter, and a full (oldest-generation) collection stops all of them while it walks
every tracked object. With a room of phones connected that walk took 150–230 ms in a
vote burst, long enough to freeze the presenter's chart. Two standard remedies:

- ``gc.freeze()`` moves every object alive at that moment (modules, Qt wrappers, the
  workshop, the server's routes and room) into a permanent generation the collector
  never walks. Done after start-up and again when a live session starts.
- While a session is live the oldest generation's threshold is raised, so full
  collections become rare; the young generations are collected as usual, which keeps
  short-lived cycles (most of a request's garbage) from piling up.

When the last session ends, the thresholds are restored; a second later the frozen
objects are handed back to the collector and one full collection reclaims whatever
became garbage meanwhile (a stopped server's objects): memory does not grow from one
session to the next. That walk of every object (50–80 ms with 300 phones' answers in
the room) holds every thread: done at once, or left to the collector's thresholds, it
came in the middle of the GUI's work after End Session and doubled that stall. A second
later the facilitator is reading the question about the minutes. The app runs that
collection on its GUI thread (``reclaim_on``, ui/gc_reclaim.py): it may finalise the
wrappers of windows closed during the session, which must not happen on another thread.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from typing import Protocol

# Full collections happen after this many middle-generation collections (CPython's
# default is 10). With the default young thresholds that is roughly every 700,000 net
# new container objects, far more than a burst of a few thousand votes allocates.
LIVE_OLDEST_THRESHOLD = 100
RECLAIM_AFTER_S = 1.0  # from the end of the last session to the full collection
RECLAIM_THREAD = "gc-reclaim"

Later = Callable[[float, Callable[[], None]], None]


def _daemon_timer(delay: float, run: Callable[[], None]) -> None:
    timer = threading.Timer(delay, run)
    timer.name = RECLAIM_THREAD
    timer.daemon = True  # a quitting app does not wait for it
    timer.start()


class Collector(Protocol):
    """The parts of the ``gc`` module this policy uses (a fake stands in for tests)."""

    def get_threshold(self) -> tuple[int, int, int]: ...
    def set_threshold(self, threshold0: int, threshold1: int, threshold2: int, /) -> None: ...
    def collect(self, generation: int = 2, /) -> int: ...
    def freeze(self) -> None: ...
    def unfreeze(self) -> None: ...


class GcPolicy:
    """Counts live sessions so nested or repeated enter/leave calls stay balanced."""

    def __init__(self, collector: Collector, later: Later = _daemon_timer) -> None:
        self.collector = collector
        self.later = later
        self.sessions = 0
        self.saved: tuple[int, int, int] | None = None  # thresholds before the first session
        self.reclaim_due = False  # a session ended; its frozen objects wait to be handed back
        self._lock = threading.Lock()  # servers may be started and stopped from any thread

    def freeze_start_up_objects(self) -> None:
        """Once the app has started: what exists now lives as long as the process."""
        self.collector.freeze()

    def enter_live_session(self) -> None:
        with self._lock:
            self.sessions += 1
            if self.sessions > 1:
                return
            before = self.collector.get_threshold()
            self.saved = before
            # Collect the young generations first so that their garbage is not frozen.
            # Not a full collection: it walks every object made since start-up (40-50 ms
            # with the demo open), on the GUI thread, inside the F5 key press. What the
            # oldest generation holds as garbage stays frozen until the session ends,
            # when it is handed back and reclaimed.
            self.collector.collect(1)
            self.collector.freeze()
            young, middle, oldest = before
            self.collector.set_threshold(young, middle, max(oldest, LIVE_OLDEST_THRESHOLD))

    def leave_live_session(self) -> None:
        with self._lock:
            if self.sessions == 0:  # a second stop, or a stop without a start: nothing held
                return
            self.sessions -= 1
            if self.sessions > 0 or self.saved is None:
                return
            self.collector.set_threshold(*self.saved)
            self.saved = None
            self.reclaim_due = True
        self.later(RECLAIM_AFTER_S, self.reclaim)

    def reclaim(self) -> None:
        """Hand the frozen objects back and collect, unless a session started meanwhile."""
        with self._lock:
            if self.sessions > 0 or not self.reclaim_due:
                return
            self.reclaim_due = False
            self.collector.unfreeze()
            self.collector.collect(2)


_POLICY = GcPolicy(gc)


def freeze_start_up_objects() -> None:
    _POLICY.freeze_start_up_objects()


def enter_live_session() -> None:
    _POLICY.enter_live_session()


def leave_live_session() -> None:
    _POLICY.leave_live_session()


def reclaim() -> None:
    """Hand back what an ended session left frozen now, not a second later (once due)."""
    _POLICY.reclaim()


def reclaim_on(later: Later) -> None:
    """Run the delayed reclaim through ``later`` (the app: on its GUI thread).

    The full collection may finalise Qt wrappers of windows and dialogs closed during the
    session; a QObject must be destroyed on the thread it lives on, so a GUI app must not
    leave the reclaim to the default timer thread."""
    _POLICY.later = later
