"""A damaged -wal after a crash: detected before SQLite drops what follows the damage.

SQLite replays the journal only up to the first damaged frame and says nothing; its
integrity check still answers "ok". The app compares the journal with what SQLite will
apply, keeps a copy of it beside the file, and says so; `export` refuses unless told.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.ui import plan_fixtures
from tests.ui.conftest import ScriptedPrompter
from tests.ui.plan_fixtures import three_item_plan
from tests.ui.test_poll_controls import vote_from_phones
from workshop_app.cli import EXIT_DAMAGED_JOURNAL, main
from workshop_app.clock import SystemClock
from workshop_app.domain.notes import Note, NoteKind
from workshop_app.domain.workshop import Workshop
from workshop_app.store.notes_repo import NotesRepo
from workshop_app.store.wal_check import inspect, wal_path
from workshop_app.store.workshop_file import WorkshopFile
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.run.live_adapter import ServerLivePolling
from workshop_app.ui.workspace import Workspace

context = plan_fixtures.context
answering = plan_fixtures.answering

NOTES = 40


def crashed_with_damaged_journal(folder: Path) -> Path:
    """A workshop as a crash left it (file and -wal copied while open), then 16 bytes of
    the journal overwritten in the middle."""
    live = folder / "live.workshop"
    file = WorkshopFile.create(live, Workshop(title="Crash"))
    try:
        notes = NotesRepo(file)
        for n in range(NOTES):
            notes.add(Note(kind=NoteKind.NOTE, text=f"note {n}", created_at=SystemClock().now()))
        crashed = folder / "crashed.workshop"
        shutil.copy2(live, crashed)
        shutil.copy2(wal_path(live), wal_path(crashed))
    finally:
        file.close()
    journal = bytearray(wal_path(crashed).read_bytes())
    middle = len(journal) // 2
    journal[middle : middle + 16] = bytes(range(7, 23))
    wal_path(crashed).write_bytes(journal)
    return crashed


def test_sqlite_alone_loses_notes_silently(tmp_path: Path) -> None:
    """Why the check exists: the damage goes unnoticed by SQLite itself."""
    crashed = crashed_with_damaged_journal(tmp_path)
    probe = tmp_path / "probe.workshop"
    shutil.copy2(crashed, probe)
    shutil.copy2(wal_path(crashed), wal_path(probe))
    conn = sqlite3.connect(probe)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT COUNT(*) FROM notes").fetchone()[0] < NOTES
    conn.close()


def test_opening_keeps_a_copy_and_tells_the_facilitator(
    main_window: MainWindow, prompter: ScriptedPrompter, tmp_path: Path
) -> None:
    crashed = crashed_with_damaged_journal(tmp_path)
    damaged = wal_path(crashed).read_bytes()
    report = inspect(crashed)
    assert report is not None and report.damaged
    assert report.frames_applied < report.frames_in_file

    prompter.paths.append(crashed)
    main_window.ui.actionOpen.trigger()  # File › Open…

    assert main_window.context is not None
    [(title, message)] = prompter.errors
    assert "damaged journal" in title
    [copy] = tmp_path.glob("crashed.workshop-wal.damaged-*")
    assert copy.name in message and f"{report.commits_discarded} saved" in message
    assert copy.read_bytes() == damaged  # the evidence, as it was before SQLite touched it


def test_export_warns_and_refuses_unless_told(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    crashed = crashed_with_damaged_journal(tmp_path)
    out = tmp_path / "minutes.json"
    assert main(["export", str(crashed), "--json", str(out)]) == EXIT_DAMAGED_JOURNAL
    err = capsys.readouterr().err
    assert "journal (-wal) is damaged" in err and "--despite-damaged-journal" in err
    assert not out.exists()
    assert main(["export", str(crashed), "--json", str(out), "--despite-damaged-journal"]) == 0
    assert "journal (-wal) is damaged" in capsys.readouterr().err
    assert out.exists()


def test_a_sound_journal_after_a_crash_is_not_reported(tmp_path: Path) -> None:
    live = tmp_path / "live.workshop"
    file = WorkshopFile.create(live, Workshop(title="Fine"))
    try:
        NotesRepo(file).add(Note(kind=NoteKind.NOTE, text="x", created_at=SystemClock().now()))
        crashed = tmp_path / "crashed.workshop"
        shutil.copy2(live, crashed)
        shutil.copy2(wal_path(live), wal_path(crashed))
    finally:
        file.close()
    report = inspect(crashed)
    assert report is not None and not report.damaged and report.frames_applied > 0
    reopened = WorkshopFile.open(crashed)
    try:
        assert reopened.wal_damage is None
    finally:
        reopened.close()
    assert not list(tmp_path.glob("*.damaged-*"))


# --- the end-of-session purge is verified --------------------------------------------


def test_end_of_session_reports_tokens_held_by_a_reader_and_purges_on_close(  # type: ignore[no-untyped-def]
    qtbot, context, answering
) -> None:
    three_item_plan(context.file)
    live = ServerLivePolling(context, host="127.0.0.1", port=0)
    workspace = Workspace(context, prompter=answering, live_factory=lambda _c: live)
    qtbot.addWidget(workspace)
    path = context.file.path
    assert workspace.start_session()
    controller = workspace.controller
    assert controller is not None
    while controller.current_poll() is None or controller.step.kind.name != "POLL_OPEN":  # type: ignore[union-attr]
        assert controller.next()
    poll = controller.current_poll()
    assert poll is not None and poll.id is not None
    vote_from_phones(str(live.join_url()), poll.id, [0] if poll.options else ["idea"])
    [(token,)] = context.file.conn.execute("SELECT token FROM devices").fetchall()
    reader = sqlite3.connect(path, isolation_level=None)  # another program reading the file
    reader.execute("BEGIN")
    reader.execute("SELECT COUNT(*) FROM responses").fetchone()
    try:
        assert workspace.end_session(ask=True)  # the facilitator confirms "End session"
        titles = [title for title, _ in answering.asked]
        assert "Device tokens not yet purged" in titles
        assert token.encode() in wal_path(path).read_bytes()  # still there: the reader
    finally:
        reader.execute("ROLLBACK")
        reader.close()
        workspace.shutdown()
    context.file.close()  # closing purges again, now that nobody reads
    for part in (path, wal_path(path)):
        if part.exists():
            assert token.encode() not in part.read_bytes(), part.name
