"""make rehearsal: a whole workshop on the demo, phones and all; exits 1 if a check fails.

REHEARSAL_MINUTES (default 10, fractions allowed), PHONES (default 300), REHEARSAL_SEED,
REHEARSAL_DISPLAY (auto, xvfb, offscreen), REHEARSAL_OUTPUT (default
rehearsal/results/latest.json).
"""

from __future__ import annotations

import json
import shutil
import sys
import traceback
from dataclasses import asdict
from pathlib import Path

from rehearsal.conductor import Config, make_workshop, new_work_folder, perform
from rehearsal.judge import judge, write
from rehearsal.verify import Findings, read_answers, verify


def main() -> int:
    config = Config.from_environment()
    work = new_work_folder()
    try:
        workshop = work / "Neighbourhood safety.workshop"
        export_dir = work / "minutes"
        export_dir.mkdir()
        make_workshop(workshop)
        baseline = read_answers(workshop)
        print(
            f"Rehearsal: {config.minutes:g} min, {config.phones} phones, in {work}",
            flush=True,
        )
        outcome = perform(config, work, workshop, export_dir)
        # Kept with the files, so a failed run can be looked into afterwards.
        (work / "outcome.json").write_text(json.dumps(asdict(outcome)), encoding="utf-8")
        findings: Findings | None = None
        if outcome.gui and outcome.crowd:
            try:
                findings = verify(
                    workshop,
                    baseline,
                    outcome.crowd,
                    outcome.gui,
                    [Path(p) for p in outcome.gui.get("exported", [])],
                )
            except Exception:  # a fault of the checks must not lose the run's figures
                traceback.print_exc()
        report = judge(config, outcome, findings)
        write(report, config, outcome, findings, config.output)
        print(report.table())
        print(f"\nJSON: {config.output}")
        passed = all(f.met is not False for f in report.figures)
        if not passed:
            print(f"A check failed; the app's stderr and files are in {work}", file=sys.stderr)
            return 1
    except BaseException:
        print(f"The rehearsal broke off; its files are in {work}", file=sys.stderr)
        raise
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
