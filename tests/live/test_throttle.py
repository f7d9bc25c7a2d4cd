"""The push throttle between the room and the GUI, on an injected clock and scheduler."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field

from workshop_app.live.throttle import Throttle


@dataclass
class FakeLoop:
    """A clock and a call_later that only move when the test says so."""

    now: float = 0.0
    timers: list[tuple[float, Callable[[], None], FakeHandle]] = field(default_factory=list)

    def call_later(self, delay: float, callback: Callable[[], None]) -> FakeHandle:
        handle = FakeHandle()
        self.timers.append((self.now + delay, callback, handle))
        return handle

    def advance(self, seconds: float) -> None:
        self.now += seconds
        due = [t for t in self.timers if t[0] <= self.now + 1e-9]
        self.timers = [t for t in self.timers if t not in due]
        for _, callback, handle in due:
            if not handle.cancelled:
                callback()

    @property
    def armed(self) -> int:
        return sum(1 for t in self.timers if not t[2].cancelled)


@dataclass
class FakeHandle:
    cancelled: bool = False

    def cancel(self) -> None:
        self.cancelled = True


def make() -> tuple[Throttle, FakeLoop, list[float]]:
    loop = FakeLoop()
    delivered: list[float] = []
    throttle = Throttle(lambda: delivered.append(loop.now), 0.1, lambda: loop.now, loop.call_later)
    return throttle, loop, delivered


def test_first_change_after_quiet_is_delivered_at_once() -> None:
    throttle, loop, delivered = make()
    throttle.changed()
    assert delivered == [0.0]
    loop.advance(5.0)  # a quiet spell: nothing wakes
    assert loop.armed == 0 and delivered == [0.0]
    throttle.changed()
    assert delivered == [0.0, 5.0]


def test_a_burst_is_coalesced_to_ten_per_second() -> None:
    throttle, loop, delivered = make()
    for _ in range(1000):  # 1,000 changes a millisecond apart: one second of votes
        throttle.changed()
        loop.advance(0.001)
    loop.advance(0.2)  # the last one is delivered after the burst
    assert delivered[0] == 0.0
    assert 10 <= len(delivered) <= 11
    gaps = [b - a for a, b in itertools.pairwise(delivered)]
    assert min(gaps) >= 0.1 - 1e-9
    assert delivered[-1] >= 1.0 - 0.001  # the newest change is never left behind
    assert loop.armed == 0


def test_flush_delivers_the_pending_change_and_cancel_drops_it() -> None:
    throttle, loop, delivered = make()
    throttle.changed()
    throttle.changed()  # within the window: scheduled
    assert throttle.pending
    throttle.flush()
    assert delivered == [0.0, 0.0] and not throttle.pending
    loop.advance(0.05)
    throttle.changed()
    throttle.cancel()
    loop.advance(1.0)
    assert len(delivered) == 2
