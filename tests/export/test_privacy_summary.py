"""The one-page data-protection summary: from the command line and from File › Export."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from workshop_app.settings_registry import RETENTION_DAYS, write_workshop
from workshop_app.store.workshop_file import WorkshopFile


def test_the_summary_says_what_was_collected_why_how_long_and_who_saw_it(
    tmp_path: Path, demo_path: Path
) -> None:
    file = WorkshopFile.open(demo_path)
    write_workshop(file, RETENTION_DAYS, 90)
    file.close()
    out = tmp_path / "dpia.md"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "workshop_app",
            "export",
            str(demo_path),
            "--privacy-summary",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    for heading in ("## What was collected", "## Purpose", "## Retention", "## Who had access"):
        assert heading in text
    assert "Data-protection summary: Neighbourhood safety" in text
    assert "answers to 8 polls" in text and "38 devices answered at least one poll" in text
    # The demo's last evening: 23 answers were counted in the room (hands, paper, proxy),
    # and they are not told as answers from phones (254 shown and hidden in all).
    assert "**Poll answers:** 231 answers to 8 polls from participants' own phones" in text
    assert "**Counted in the room:** 23 answers" in text
    assert "in 1 poll," in text
    assert "deleted 90 days after the minutes were exported" in text
    assert "minimum group size k = 5" in text
    # A summary, not the data: no written answer is in it.
    assert "lighting" not in text.lower()
    assert len(text.splitlines()) < 60  # one page
