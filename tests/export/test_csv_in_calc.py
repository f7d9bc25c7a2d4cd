"""CSV exports opened in LibreOffice Calc with comma, semicolon and tab as separator.

French, German and Dutch spreadsheets read CSV with ``;`` or tab; a cell is then split
at that character and every piece is read on its own. No piece may be computed.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from workshop_app.clock import SystemClock
from workshop_app.domain.notes import Note, NoteKind
from workshop_app.domain.polls import Poll, PollState, PollType
from workshop_app.domain.workshop import AgendaItem, Workshop
from workshop_app.export.export_job import ExportTargets, export_workshop
from workshop_app.store.notes_repo import NotesRepo
from workshop_app.store.responses_repo import ResponsesRepo
from workshop_app.store.workshop_file import WorkshopFile

from .test_exports import GENERATED

# Each would give 42 if Calc computed it.
ATTACKS = [
    "=6*7",
    "x;=6*7",
    "x\t=6*7",
    "x,=6*7",
    "x;+6*7",
    "x\t-6*7*-1",
    "x;@SUM(6*7)",
    'x;"=6*7"',
    "x\r\n=6*7",
    "x;= 6*7",
    "x|=6*7",
]
SEPARATORS = {"comma": "44", "semicolon": "59", "tab": "9"}

pytestmark = pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice")


def _export(folder: Path) -> Path:
    file = WorkshopFile.create(folder / "w.workshop", Workshop(title="CSV", date=date(2026, 5, 2)))
    try:
        item = file.add_item(AgendaItem(title="Item", planned_minutes=20))
        at = SystemClock().now()
        poll = file.add_poll(
            Poll(PollType.OPEN_TEXT, "Ideas?", item_id=item.id, state=PollState.CLOSED)
        )
        assert poll.id is not None
        for answer in ATTACKS:
            ResponsesRepo(file).add(poll.id, answer, at)
        NotesRepo(file).add(
            Note(kind=NoteKind.NOTE, text="note;=6*7", item_id=item.id, created_at=at)
        )
        export_workshop(file, ExportTargets(csv_dir=folder / "csv"), GENERATED)
    finally:
        file.close()
    return folder / "csv"


def _open_in_calc(files: list[Path], separator: str, out: Path, profile: Path) -> list[Path]:
    """Each file as Calc reads it with ``separator``, saved as flat ODF spreadsheets."""
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            f"--infilter=CSV:{separator},34,76,1",
            "--convert-to",
            "fods",
            "--outdir",
            str(out),
            *map(str, files),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return sorted(out.glob("*.fods"))


def test_no_cell_is_computed_with_any_separator(tmp_path: Path) -> None:
    folder = _export(tmp_path)
    files = sorted(folder.glob("*.csv"))
    assert any("poll-" in f.name for f in files) and (folder / "notes.csv") in files
    for name, separator in SEPARATORS.items():
        sheets = _open_in_calc(files, separator, tmp_path / name, tmp_path / "profile")
        assert len(sheets) == len(files), name
        for sheet in sheets:
            content = sheet.read_text(encoding="utf-8")
            assert "table:formula" not in content, (name, sheet.name)
            cells = re.findall(r"<text:p>([^<]*)</text:p>", content)
            assert "42" not in cells, (name, sheet.name)
        # The answers are there, as text.
        poll_sheet = next(s for s in sheets if s.name.startswith("poll-"))
        assert "6*7" in poll_sheet.read_text(encoding="utf-8")
