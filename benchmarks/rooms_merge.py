"""Merging rooms: N rooms' files of one full-day plan (40 items, 60 polls × 500 responses
each) into one PDF report, at N and 2N rooms.

The rooms are copies of one generated full-day file (the same plan, as a conference's
laptops hold), each with its answers; copying keeps the set-up short. N and 2N rooms are
timed in turn, several times each, and the medians compared.

Alone (`make bench` runs it with the others):
    python -m benchmarks.rooms_merge [--rooms 12] [--repeats 5]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
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


def _merge_once(paths: list[Path], out: Path) -> tuple[float, float]:
    """(wall seconds, this process's CPU seconds) of one merge into a PDF."""
    started, cpu = time.perf_counter(), time.process_time()
    merge_to(paths, ExportTargets(pdf=out), datetime(2026, 6, 1, 18, 0).astimezone())
    return time.perf_counter() - started, time.process_time() - cpu


def time_merges(
    small: list[Path], large: list[Path], out: Path, repeats: int
) -> tuple[tuple[float, float], tuple[float, float]]:
    """Median (wall, CPU) of N rooms and of 2N rooms. The two sizes alternate, so a
    change in the machine's load touches both alike, and one untimed merge first loads
    what a first export loads (fonts, modules)."""
    _merge_once(small, out)
    runs: dict[int, list[tuple[float, float]]] = {len(small): [], len(large): []}
    for _ in range(repeats):
        for paths in (small, large):
            runs[len(paths)].append(_merge_once(paths, out))

    def median(size: int) -> tuple[float, float]:
        walls, cpus = zip(*runs[size], strict=True)
        return statistics.median(walls), statistics.median(cpus)

    return median(len(small)), median(len(large))


def run(report: Report, work: Path, rooms: int = 12, scale: float = 1.0, repeats: int = 5) -> None:
    source = work / f"room-plan-{scale:g}.workshop"
    if not source.exists():
        generate(source, scale)
    folder = work / "rooms"
    large = _rooms(source, folder, 2 * rooms)
    (base, base_cpu), (double, double_cpu) = time_merges(
        large[:rooms], large, work / "rooms.pdf", repeats
    )
    group = f"merge {rooms} rooms"
    report.add(group, "content", f"{rooms} files of the full-day plan ×{scale:g}")
    report.add(group, "PDF", base, "s", f"< {PDF_TARGET_S:g} s", base < PDF_TARGET_S)
    # CPU time beside wall time: on a shared machine the wall time includes waiting.
    report.add(group, "PDF, CPU time of the process", base_cpu, "s")
    ratio = double / base
    report.add(f"merge {2 * rooms} rooms", "PDF", double, "s")
    report.add(f"merge {2 * rooms} rooms", "PDF, CPU time of the process", double_cpu, "s")
    report.add(
        f"merge {2 * rooms} rooms",
        f"time ÷ {rooms} rooms' time",
        ratio,
        "",
        f"≤ {GROWTH_TARGET:g}",
        ratio <= GROWTH_TARGET,
    )
    report.add(f"merge {2 * rooms} rooms", f"CPU time ÷ {rooms} rooms'", double_cpu / base_cpu, "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="benchmarks.rooms_merge")
    parser.add_argument("--rooms", type=int, default=12, help="N: N and 2N rooms are timed")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args(argv)
    report = Report()
    with tempfile.TemporaryDirectory(prefix="workshop-bench-") as tmp:
        run(report, Path(tmp), rooms=args.rooms, repeats=args.repeats)
    print(report.table())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
