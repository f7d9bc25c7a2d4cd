"""Injectable time source, so that timers and timestamps are testable without sleeping."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current local wall-clock time, timezone-aware."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now().astimezone()


class FakeClock:
    """A clock that only moves when told to."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or datetime(2026, 3, 14, 18, 0).astimezone()

    def now(self) -> datetime:
        return self._now

    def advance(self, seconds: float = 0, minutes: float = 0) -> None:
        self._now += timedelta(seconds=seconds, minutes=minutes)

    def set(self, when: datetime) -> None:
        self._now = when
