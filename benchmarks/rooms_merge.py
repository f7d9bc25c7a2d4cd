"""Merging rooms: N rooms' files of one full-day plan (40 items, 60 polls × 500 responses
each) into one PDF report, at N and 2N rooms.

The rooms are copies of one generated full-day file (the same plan, as a conference's
laptops hold), each with its answers; copying keeps the set-up short.
"""

from __future__ import annotations

import shutil
import statistics
import time
from datetime import datetime
from pathlib import Path

from benchmarks.gen_fullday import generate
from benchmarks.report import Report
from workshop_app.export.export_job import ExportTargets
from workshop_app.export.merge_job import merge_to

PDF_TARGET_S = 5.0
GROWTH_TARGET = 2.2


def _rooms(source: Path, folder: Path, count: int) -> list[Path]:
    folder.mkdir(exist_ok=True)
    paths = []
    for n in range(count):
        path = folder / f"room-{n + 1:02d}.workshop"
        if not path.exists():
            shutil.copyfile(source, path)
        paths.append(path)
    return paths


def time_merge(paths: list[Path], out: Path, repeats: int) -> float:
    runs = []
    for _ in range(repeats):
        started = time.perf_counter()
        merge_to(paths, ExportTargets(pdf=out), datetime(2026, 6, 1, 18, 0).astimezone())
        runs.append(time.perf_counter() - started)
    return statistics.median(runs)


def run(report: Report, work: Path, rooms: int = 12, scale: float = 1.0, repeats: int = 3) -> None:
    source = work / f"room-plan-{scale:g}.workshop"
    if not source.exists():
        generate(source, scale)
    folder = work / "rooms"
    base = time_merge(_rooms(source, folder, rooms), work / "rooms.pdf", repeats)
    group = f"merge {rooms} rooms"
    report.add(group, "content", f"{rooms} files of the full-day plan ×{scale:g}")
    report.add(group, "PDF", base, "s", f"< {PDF_TARGET_S:g} s", base < PDF_TARGET_S)
    double = time_merge(_rooms(source, folder, 2 * rooms), work / "rooms.pdf", repeats)
    ratio = double / base
    report.add(f"merge {2 * rooms} rooms", "PDF", double, "s")
    report.add(
        f"merge {2 * rooms} rooms",
        f"time ÷ {rooms} rooms' time",
        ratio,
        "",
        f"≤ {GROWTH_TARGET:g}",
        ratio <= GROWTH_TARGET,
    )
