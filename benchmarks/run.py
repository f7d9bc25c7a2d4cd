"""`make bench`: every benchmark, a table on stdout, the results as JSON.

Usage: python -m benchmarks.run [--smoke] [--out FILE]
--smoke runs the same harness at tiny sizes in a few seconds (the test suite does, so the
harness cannot rot); its figures say nothing about performance.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import burst, export_scaling, idea_wall, rooms_merge, startup
from benchmarks.report import Report

RESULTS = Path(__file__).resolve().parent / "results" / "latest.json"
FULL_PHONES = (250, 1000, 2000)
FULL_SCALES = (1.0, 2.0, 4.0)
SMOKE_PHONES = (12,)
SMOKE_SCALES = (0.05, 0.1)
EXHAUSTION_PHONES = 250  # voting while one address holds EXHAUSTION_IDLE idle connections
EXHAUSTION_IDLE = 5000
SMOKE_IDLE = 40
SMOKE_IDEA_LOAD = idea_wall.Load(phones=6, ideas=12, upvotes=30, seconds=2.0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="benchmarks.run")
    parser.add_argument("--smoke", action="store_true", help="tiny sizes: checks the harness")
    parser.add_argument("--out", type=Path, default=None, help="where to write the JSON")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    report = Report(kind="smoke" if args.smoke else "full")
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="workshop-bench-") as tmp:
        work = Path(tmp)
        try:
            if args.smoke:
                full_day = export_scaling.run(report, work, SMOKE_SCALES, repeats=1)
                rooms_merge.run(report, work, rooms=2, scale=0.05, repeats=1)
                burst.run(report, work, SMOKE_PHONES, single_rounds=1)
                burst.run_exhaustion(report, work, SMOKE_PHONES[0], idle=SMOKE_IDLE)
                startup.run(report, work, full_day, repeats=1)
                idea_wall.run(report, work, SMOKE_IDEA_LOAD)
            else:
                full_day = export_scaling.run(report, work, FULL_SCALES)
                rooms_merge.run(report, work, rooms=12)
                burst.run(report, work, FULL_PHONES)
                burst.run_exhaustion(report, work, EXHAUSTION_PHONES, idle=EXHAUSTION_IDLE)
                startup.run(report, work, full_day)
                idea_wall.run(report, work, idea_wall.Load())  # 300 phones, two minutes
        except RuntimeError as err:
            print(f"benchmark failed: {err}", file=sys.stderr)
            return 1
    report.duration_s = time.monotonic() - started
    print(report.table())
    out = args.out or (None if args.smoke else RESULTS)
    if out is not None:
        report.write(out)
        print(f"\n{len(report.figures)} figures in {report.duration_s:.0f} s, written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
