"""Minutes of one session, several side by side, all but rehearsals: read from their text."""

from __future__ import annotations

import csv
import json
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from workshop_app.cli import main
from workshop_app.domain.polls import Poll, PollType
from workshop_app.domain.workshop import AgendaItem, Workshop
from workshop_app.export.export_job import ExportTargets, export_workshop
from workshop_app.export.session_choice import SessionChoice
from workshop_app.resources import resource_path
from workshop_app.settings_registry import MIN_GROUP_SIZE, write_workshop
from workshop_app.store.responses_repo import ResponsesRepo
from workshop_app.store.session_history import add_ended_session
from workshop_app.store.sessions_repo import SessionsRepo
from workshop_app.store.workshop_file import WorkshopFile

NOW = datetime(2026, 3, 20, 9, 0, tzinfo=UTC)
SCHEMA = json.loads(resource_path("schemas", "minutes.schema.json").read_text(encoding="utf-8"))

MAIN_NOTE = "About 40 people present"  # a note of the 12 March evening
FIRST_NOTE = "About 25 residents of the Marolles"  # a note of the 5 March evening
REHEARSAL_NOTE = "Test run: the projector"


def _export(path: Path, out: Path, choice: SessionChoice | None) -> dict[str, str]:
    out.mkdir()
    targets = ExportTargets(
        pdf=out / "m.pdf", markdown=out / "m.md", json=out / "m.json", csv_dir=out / "csv"
    )
    file = WorkshopFile.open(path, read_only=True)
    try:
        export_workshop(file, targets, NOW, sessions=choice)
    finally:
        file.close()
    pdf = subprocess.run(
        ["pdftotext", "-layout", str(out / "m.pdf"), "-"], capture_output=True, text=True
    ).stdout
    return {
        "md": (out / "m.md").read_text(encoding="utf-8"),
        "pdf": " ".join(pdf.split()),
        "json": (out / "m.json").read_text(encoding="utf-8"),
    }


def test_latest_is_the_default_and_holds_only_that_evening(demo_path: Path, tmp_path: Path) -> None:
    text = _export(demo_path, tmp_path / "out", None)
    md, pdf = text["md"], text["pdf"]
    assert "12 March 2026, 18:32–20:40 · 221 responses" in md
    assert "12 March 2026, 18:32–20:40 · 221 responses" in pdf
    assert MAIN_NOTE in md and MAIN_NOTE in pdf
    for absent in (FIRST_NOTE, REHEARSAL_NOTE, "5 March", "By session"):
        assert absent not in md and absent not in pdf, absent
    assert "| 1 | Welcome and ground rules | 10 min | 18:32–18:44 | 12 min (+2) |" in md
    sessions = json.loads(text["json"])["sessions"]
    assert [(s["number"], s["responses"]) for s in sessions] == [(3, 221)]


def test_one_chosen_session(demo_path: Path, tmp_path: Path) -> None:
    text = _export(demo_path, tmp_path / "out", SessionChoice.parse("2"))
    md = text["md"]
    assert FIRST_NOTE in md and MAIN_NOTE not in md
    assert "5 March 2026, 18:34–20:28 · 95 responses" in md
    # Ran on another day than the workshop's date (12 March): the times carry theirs.
    assert "| 1 | Welcome and ground rules | 10 min | 5 Mar 2026 18:34–18:44 | 10 min |" in md
    # The item's heading says when it ran the same way, dated.
    assert "ran 5 Mar 2026 18:34–18:44 (10 min)" in text["pdf"]


@pytest.mark.parametrize("choice", ["2,3", "all"])
def test_two_sessions_side_by_side_without_the_rehearsal(
    demo_path: Path, tmp_path: Path, choice: str
) -> None:
    out = tmp_path / "out"
    text = _export(demo_path, out, SessionChoice.parse(choice))
    md, pdf = text["md"], text["pdf"]
    assert REHEARSAL_NOTE not in md and REHEARSAL_NOTE not in pdf
    assert FIRST_NOTE in md and MAIN_NOTE in md
    assert (
        "5 March 2026, 18:34–20:28 · 95 responses; 12 March 2026, 18:32–20:40 · 221 responses" in md
    )
    assert "5 Mar 2026 18:34–18:44; 12 Mar 2026 18:32–18:44" in md
    # Each evening's minutes, each overrun where it happened (the break ran over on the
    # first evening only), in the agenda table and in the item's heading.
    assert "18:32–18:44 | 10 min; 12 min (+2) |" in md
    assert "| 4 | Break | 10 min | 5 Mar 2026 19:17–19:29; 12 Mar 2026 19:24–19:34 | " in md
    assert "19:24–19:34 | 12 min (+2); 10 min |" in md
    assert "10 10 min 18:34–18:44; 12 min (+2)" in pdf  # one under the other in the table
    assert "ran 5 Mar 2026 18:34–18:44 (10 min); ran 12 Mar 2026 18:32–18:44 (12 min)" in pdf
    # A comparison per poll: each session's counts and shares, and the total.
    assert "| Option | Session 2, 5 Mar 2026 | Session 3, 12 Mar 2026 | Total |" in md
    assert "| 1\\. Resident | 5 (26%) | 26 (79%) | 31 (60%) |" in md
    assert "| Responses | 19 | 33 | 52 |" in md
    assert pdf.count("By session") == md.count("*By session*") > 5
    assert "1. Resident 5 (26%) 26 (79%) 31 (60%)" in pdf
    data = json.loads(text["json"])
    Draft202012Validator(SCHEMA, format_checker=FormatChecker()).validate(data)
    runs = [(r["session"], r["actual_minutes"]) for r in data["agenda"][3]["runs"]]
    assert runs == [(2, 12.0), (3, 10.0)]
    assert data["agenda"][3]["overrun_minutes"] == 2.0
    first_poll = data["agenda"][0]["polls"][0]
    assert [g["session"] for g in first_poll["by_session"]] == [2, 3]
    assert [g["tally"]["responses"] for g in first_poll["by_session"]] == [19, 33]
    assert first_poll["tally"]["responses"] == 52
    rows = list(csv.reader((out / "csv" / "sessions.csv").open(encoding="utf-8-sig")))
    assert [r[0] for r in rows] == ["number", "2", "3"]
    compared = next((out / "csv").glob("poll-1-1-*-compared.csv"))
    lines = list(csv.DictReader(compared.open(encoding="utf-8-sig")))
    resident = [(r["group"], r["count"]) for r in lines if r["label"] == "Resident"]
    assert resident == [("session 2", "5"), ("session 3", "26"), ("total", "31")]


def test_rehearsals_only_when_asked(demo_path: Path, tmp_path: Path) -> None:
    choice = SessionChoice(mode="all", with_rehearsals=True)
    md = _export(demo_path, tmp_path / "out", choice)["md"]
    assert REHEARSAL_NOTE in md
    assert "4 March 2026, 16:05–16:27 · 6 responses (rehearsal)" in md


def test_a_rehearsal_after_the_real_session_stays_out(tmp_path: Path) -> None:
    """Done when: a rehearsal and a real session on one file give minutes with only the
    real session's results — even when the rehearsal is the later one."""
    path = tmp_path / "two.workshop"
    file = WorkshopFile.create(path, Workshop(title="Evening"))
    item = file.add_item(AgendaItem(title="Vote"))
    poll = file.add_poll(Poll(PollType.SINGLE_CHOICE, "Yes or no?", ["Yes", "No"], item_id=item.id))
    t0 = datetime(2026, 3, 12, 18, 0, tzinfo=UTC)
    real = add_ended_session(file, t0, t0 + timedelta(hours=1), 2)
    trial = add_ended_session(file, t0 + timedelta(hours=2), t0 + timedelta(hours=3), 1)
    SessionsRepo(file).set_rehearsal(trial, True)
    responses = ResponsesRepo(file)
    assert poll.id is not None
    for value in (0, 0):
        responses.add(poll.id, value, t0 + timedelta(minutes=5), session_id=real)
    for _ in range(5):
        responses.add(poll.id, 1, t0 + timedelta(hours=2, minutes=5), session_id=trial)
    write_workshop(file, MIN_GROUP_SIZE, 1)  # two answers: exact counts, for this check
    file.close()
    md = _export(path, tmp_path / "out", None)["md"]
    assert "2 responses" in md and "7 responses" not in md
    assert "| 1 | Yes | 2 | 100% |" in md


def test_cli_sessions_lists_and_bad_choices_exit_2(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["sessions", str(demo_path)]) == 0
    listing = capsys.readouterr().out.splitlines()
    assert listing[1].split()[:3] == ["1", "2026-03-04", "16:05–16:27"]
    assert "rehearsal" in listing[1] and listing[3].split()[3] == "session"
    before = demo_path.read_bytes()
    for bad in ("9", "latest,2", "2-3"):
        assert (
            main(["export", str(demo_path), "--session", bad, "--markdown", str(tmp_path / "x.md")])
            == 2
        )
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and err.startswith("workshop-app: error: "), err
    assert "its sessions: 1, 2, 3" in err or "session ids" in err
    assert not (tmp_path / "x.md").exists()
    assert (
        main(["export", str(demo_path), "--session", "2", "--markdown", str(tmp_path / "y.md")])
        == 0
    )
    assert FIRST_NOTE in (tmp_path / "y.md").read_text(encoding="utf-8")
    assert demo_path.read_bytes() == before  # only read
    assert main(["sessions", str(tmp_path / "missing.workshop")]) == 2
