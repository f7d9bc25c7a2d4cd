"""The crash soak: the seeded SIGKILL scenario over many seeds, one line per seed.

Usage: python -m tests.reliability.soak [--seeds N] [--first SEED]

Exits with status 1 if any seed lost or doubled an acknowledged write, failed the
integrity check, or left a file the app would not open.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from tests.reliability.crash_scenario import run_crash


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=30, help="how many seeds (default 30)")
    parser.add_argument("--first", type=int, default=1, help="the first seed (default 1)")
    args = parser.parse_args(argv)
    lost = duplicated = integrity_failures = reopen_failures = 0
    votes = notes = 0
    with tempfile.TemporaryDirectory(prefix="workshop-soak-") as folder:
        for seed in range(args.first, args.first + args.seeds):
            seed_folder = Path(folder) / str(seed)
            seed_folder.mkdir()
            outcome = run_crash(seed, seed_folder)
            print(outcome.line(), flush=True)
            for problem in outcome.lost + outcome.duplicated:
                print(f"  {problem}", flush=True)
            lost += len(outcome.lost)
            duplicated += len(outcome.duplicated)
            integrity_failures += outcome.integrity != "ok"
            reopen_failures += bool(outcome.reopen_error)
            votes += outcome.votes_acknowledged
            notes += outcome.notes_acknowledged
    print(
        f"soak: {args.seeds} seeds, {votes} answers and {notes} notes acknowledged, "
        f"{lost} lost, {duplicated} duplicated, {integrity_failures} integrity failures, "
        f"{reopen_failures} files not reopened"
    )
    return 1 if lost or duplicated or integrity_failures or reopen_failures else 0


if __name__ == "__main__":
    sys.exit(main())
