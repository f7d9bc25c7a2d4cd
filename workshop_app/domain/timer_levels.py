"""Elapsed and remaining time and the colour a timer shows. Pure Python, no Qt."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from enum import Enum

WARNING_FRACTION = 0.20
CRITICAL_FRACTION = 0.05


class TimerLevel(str, Enum):
    NORMAL = "normal"
    WARNING = "warning"  # 20 % or less remaining
    CRITICAL = "critical"  # 5 % or less remaining
    OVERRUN = "overrun"  # past the planned time


@dataclass(frozen=True)
class Colours:
    background: str
    foreground: str


# Fixed pairs (not taken from the palette), each with enough contrast in light and dark themes.
LEVEL_COLOURS = {
    TimerLevel.NORMAL: Colours("#1e6b3a", "#ffffff"),
    TimerLevel.WARNING: Colours("#f2b705", "#000000"),
    TimerLevel.CRITICAL: Colours("#c62828", "#ffffff"),
    TimerLevel.OVERRUN: Colours("#5b0f8a", "#ffffff"),
}


@dataclass(frozen=True)
class TimerReading:
    elapsed: timedelta
    planned: timedelta

    @property
    def remaining(self) -> timedelta:
        return self.planned - self.elapsed

    @property
    def level(self) -> TimerLevel:
        return level_for(self.elapsed, self.planned)


def level_for(elapsed: timedelta, planned: timedelta) -> TimerLevel:
    remaining = planned - elapsed
    if remaining < timedelta(0) or (planned <= timedelta(0) and elapsed > timedelta(0)):
        return TimerLevel.OVERRUN
    if planned <= timedelta(0):
        return TimerLevel.CRITICAL
    fraction = remaining / planned
    if fraction <= CRITICAL_FRACTION:
        return TimerLevel.CRITICAL
    if fraction <= WARNING_FRACTION:
        return TimerLevel.WARNING
    return TimerLevel.NORMAL


def format_span(span: timedelta) -> str:
    """``m:ss`` (or ``h:mm:ss``); negative spans get a leading minus."""
    seconds = int(span.total_seconds())
    sign = "−" if seconds < 0 else ""
    seconds = abs(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes}:{secs:02d}"


def format_remaining(reading: TimerReading) -> str:
    remaining = reading.remaining
    if remaining < timedelta(0):
        return f"+{format_span(-remaining)} over"
    return f"{format_span(remaining)} left"
