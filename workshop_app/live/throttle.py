"""One push-based throttle: the first change after a quiet spell is delivered at once,
a burst is coalesced to one delivery per ``interval``, and nothing wakes while nothing
changes (no polling timer). Pure Python; the clock and the scheduler are injected.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol


class Cancellable(Protocol):
    def cancel(self) -> None: ...


Scheduler = Callable[[float, Callable[[], None]], Cancellable]


class Throttle:
    def __init__(
        self,
        deliver: Callable[[], None],
        interval: float,
        clock: Callable[[], float],
        call_later: Scheduler,
    ) -> None:
        self._deliver = deliver
        self.interval = interval
        self._clock = clock
        self._call_later = call_later
        self._last: float | None = None  # when the last delivery ran
        self._pending: Cancellable | None = None  # the one delivery scheduled, if any

    @property
    def pending(self) -> bool:
        return self._pending is not None

    def changed(self) -> None:
        """Something changed: deliver now, or once the interval since the last is over."""
        if self._pending is not None:
            return  # the scheduled delivery will read the newest state
        now = self._clock()
        wait = 0.0 if self._last is None else self._last + self.interval - now
        if wait <= 0:
            self._fire()
        else:
            self._pending = self._call_later(wait, self._fire)

    def flush(self) -> None:
        """Deliver now whatever is pending (on stop)."""
        self.cancel()
        self._fire()

    def cancel(self) -> None:
        if self._pending is not None:
            self._pending.cancel()
            self._pending = None

    def _fire(self) -> None:
        self._pending = None
        self._last = self._clock()
        self._deliver()
