"""`make bench`: every benchmark, a table on stdout, results as JSON.

Usage: python -m benchmarks.run [--smoke] [--out FILE]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from benchmarks import burst, export_scaling, startup
from benchmarks.report import Report

RESULTS = Path(__file__).resolve().parent / "results" / "latest.json"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="benchmarks.run")
    parser.add_argument("--smoke", action="store_true", help="tiny sizes: checks the harness")
    parser.add_argument("--out", type=Path, default=None, help="where to write the JSON")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    report = Report()
    with tempfile.TemporaryDirectory(prefix="workshop-bench-") as tmp:
        work = Path(tmp)
        if args.smoke:
            full_day = export_scaling.run(report, work, (0.05, 0.1), repeats=1)
            burst.run(report, work, (20,))
            startup.run(report, work, full_day, repeats=1)
        else:
            full_day = export_scaling.run(report, work, (1.0, 2.0, 4.0))
            burst.run(report, work, (250, 1000, 2000))
            startup.run(report, work, full_day)
    print(report.table())
    out = args.out or (None if args.smoke else RESULTS)
    if out is not None:
        report.write(out)
        print(f"\nwritten to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
