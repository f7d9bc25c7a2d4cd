"""What the rehearsal measures inside the app's process, and how a trend is judged.

- GUI stalls: a 10 ms precise timer on the GUI thread measuring its own lateness (as the
  benchmarks do); the worst stalls are kept with what the facilitator was doing then.
- Growth: every few seconds the process's resident memory, the reference count of None
  (a binding that loses references to None crashes the process when it reaches zero),
  the number of Python objects the garbage collector tracks (frozen ones included) and
  the number of live QObjects under the application's top-level windows.
"""

from __future__ import annotations

import gc
import math
import sys
import time
from dataclasses import dataclass, field
from typing import Any

TICK_MS = 10
WORST_KEPT = 5
LONG_PAUSE_S = 0.02  # collector pauses kept in the report, with what was being done
LONG_PAUSES_KEPT = 50


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def qobject_count() -> int:
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication

    windows = QApplication.topLevelWidgets()
    return len(windows) + sum(len(w.findChildren(QObject)) for w in windows)


def python_objects() -> int:
    return len(gc.get_objects()) + gc.get_freeze_count()


@dataclass
class StallMeter:
    """The GUI thread's lateness, worst first, labelled with the facilitator's action."""

    doing: str = "starting"
    worst: list[tuple[float, str]] = field(default_factory=list)
    ticks: int = 0
    last: float = field(default_factory=time.monotonic)

    def tick(self) -> None:
        now = time.monotonic()
        late = max(0.0, now - self.last - TICK_MS / 1000)
        self.last = now
        self.ticks += 1
        if len(self.worst) < WORST_KEPT or late > self.worst[-1][0]:
            self.worst.append((late, self.doing))
            self.worst.sort(reverse=True)
            del self.worst[WORST_KEPT:]


@dataclass
class GcMeter:
    """Pauses of Python's cyclic garbage collector (it stops every thread), the worst
    labelled with what the facilitator was doing (a stall's share of collection)."""

    stalls: StallMeter | None = None
    worst_s: float = 0.0
    worst_generation: int = -1
    worst_doing: str = ""
    started: float = 0.0
    long: list[dict[str, Any]] = field(default_factory=list)  # pauses of LONG_PAUSE_S or more

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self.started = time.monotonic()
            return
        pause = time.monotonic() - self.started
        if pause >= LONG_PAUSE_S and len(self.long) < LONG_PAUSES_KEPT:
            doing = self.stalls.doing if self.stalls is not None else ""
            self.long.append(
                {"ms": round(1000 * pause, 1), "generation": info.get("generation"), "doing": doing}
            )
        if pause > self.worst_s:
            self.worst_s, self.worst_generation = pause, info.get("generation", -1)
            self.worst_doing = self.stalls.doing if self.stalls is not None else ""


@dataclass
class Sampler:
    samples: list[dict[str, Any]] = field(default_factory=list)

    def sample(self, phase: str) -> dict[str, Any]:
        self.samples.append(
            {
                "t": time.monotonic(),
                "phase": phase,
                "rss_mb": rss_mb(),
                "none_refs": sys.getrefcount(None),
                "python_objects": python_objects(),
                "qobjects": qobject_count(),
            }
        )
        return self.samples[-1]


def slope_per_minute(points: list[tuple[float, float]]) -> float:
    """Least-squares slope of (seconds, value) points, per minute; NaN for fewer than 3."""
    if len(points) < 3:
        return math.nan
    n = len(points)
    mean_t = sum(t for t, _ in points) / n
    mean_v = sum(v for _, v in points) / n
    spread = sum((t - mean_t) ** 2 for t, _ in points)
    if spread == 0:
        return math.nan
    return 60 * sum((t - mean_t) * (v - mean_v) for t, v in points) / spread
