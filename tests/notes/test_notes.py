"""Note-taking: quick entry, kinds, edit/delete/undo, drafts, search, action items, crash."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QUndoStack

from workshop_app.clock import FakeClock
from workshop_app.domain.notes import ActionStatus, Note, NoteKind
from workshop_app.domain.workshop import AgendaItem, Workshop
from workshop_app.store.notes_repo import NotesRepo
from workshop_app.store.sessions_repo import SessionsRepo
from workshop_app.store.workshop_file import WorkshopFile
from workshop_app.ui.context import WorkshopContext
from workshop_app.ui.notes.actions_table import ActionsModel
from workshop_app.ui.notes.draft import DRAFT_KEY, Draft
from workshop_app.ui.notes.note_dialog import NoteDialog
from workshop_app.ui.notes.pane import NotesPane

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def context(tmp_path: Path, clock: FakeClock) -> Iterator[WorkshopContext]:
    file = WorkshopFile.create(tmp_path / "notes.workshop", Workshop(title="Notes"))
    for title in ("Welcome", "Discussion", "Wrap-up"):
        file.add_item(AgendaItem(title=title))
    context = WorkshopContext(file=file, clock=clock, undo_stack=QUndoStack())
    yield context
    context.undo_stack.clear()
    file.close()


@pytest.fixture
def pane(qtbot, context: WorkshopContext) -> Iterator[NotesPane]:  # type: ignore[no-untyped-def]
    widget = NotesPane(context)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.shutdown()


def type_note(qtbot, pane: NotesPane, text: str) -> None:  # type: ignore[no-untyped-def]
    pane.ui.entry.setFocus()
    qtbot.keyClicks(pane.ui.entry, text)
    qtbot.keyClick(pane.ui.entry, Qt.Key.Key_Return)


def reopened(context: WorkshopContext) -> list[Note]:
    other = WorkshopFile.open(context.file.path, read_only=True)
    try:
        return NotesRepo(other).all()
    finally:
        other.close()


def test_enter_adds_a_note_to_the_current_item(qtbot, pane, context, clock) -> None:  # type: ignore[no-untyped-def]
    items = context.file.items()
    session = SessionsRepo(context.file).start(clock.now())
    clock.advance(minutes=12)
    context.signals.currentItemChanged.emit(items[1].id)
    type_note(qtbot, pane, "Residents want a known officer")
    assert pane.ui.entry.text() == ""
    [note] = reopened(context)
    assert note.text == "Residents want a known officer"
    assert note.item_id == items[1].id and note.kind == NoteKind.NOTE
    assert note.created_at == clock.now() and note.session_minutes == 12.0
    assert session.id is not None
    assert pane.model.rowCount() == 1
    assert "Residents want" in pane.model.index(0).data()


def test_kind_shortcuts_and_action_fields(qtbot, pane, context) -> None:  # type: ignore[no-untyped-def]
    pane.ui.entry.setFocus()
    for number, kind in enumerate(NoteKind, start=1):
        qtbot.keyClick(
            pane.ui.entry, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier
        )
        assert pane.kind() == kind
    qtbot.keyClick(pane.ui.entry, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert pane.kind() == NoteKind.ACTION and pane.ui.ownerEdit.isVisible()
    pane.ui.ownerEdit.setText("Public works")
    pane.ui.dueCheck.setChecked(True)
    pane.ui.dueEdit.setDate(QDate(2026, 4, 30))
    type_note(qtbot, pane, "Repair the lights")
    [note] = reopened(context)
    assert (note.kind, note.action_owner, note.action_due) == (
        NoteKind.ACTION,
        "Public works",
        date(2026, 4, 30),
    )
    assert note.action_status == ActionStatus.OPEN


def test_edit_delete_and_undo(qtbot, pane, context) -> None:  # type: ignore[no-untyped-def]
    type_note(qtbot, pane, "First version")
    pane.ui.notesList.setCurrentIndex(pane.model.index(0))
    note = pane.selected_note()
    dialog = NoteDialog(note, context.file.items(), [], pane)
    dialog.text.setPlainText("Second version")
    dialog.kind.setCurrentIndex(list(NoteKind).index(NoteKind.DECISION))
    assert pane.edit_selected(dialog)
    assert [(n.text, n.kind) for n in reopened(context)] == [("Second version", NoteKind.DECISION)]
    context.undo_stack.undo()
    assert [n.text for n in reopened(context)] == ["First version"]
    pane.ui.notesList.setCurrentIndex(pane.model.index(0))
    assert pane.delete_selected()
    assert reopened(context) == []
    context.undo_stack.undo()
    [back] = reopened(context)
    assert back.id == note.id and back.created_at == note.created_at
    context.undo_stack.undo()  # the add itself
    assert reopened(context) == []
    context.undo_stack.redo()
    assert [n.text for n in reopened(context)] == ["First version"]


def test_draft_is_saved_within_a_second_and_restored(qtbot, pane, context) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(pane.ui.entry, "Half a thought about the park")
    qtbot.waitUntil(
        lambda: Draft.load(context.file).text == "Half a thought about the park", timeout=1000
    )
    other = NotesPane(context)
    qtbot.addWidget(other)
    assert other.ui.entry.text() == "Half a thought about the park"
    assert other.ui.draftLabel.isVisibleTo(other)
    other.shutdown()
    qtbot.keyClick(pane.ui.entry, Qt.Key.Key_Return)
    assert Draft.load(context.file).text == ""


def test_search_folds_accents_and_reads_other_scripts(pane, context, clock) -> None:  # type: ignore[no-untyped-def]
    repo = NotesRepo(context.file)
    texts = [
        "Éclairage de la gare",
        "Oświetlenie ulic",
        "Φωτισμός πάρκου",
        "Освещение улиц",
        "الإضاءة الجيدة",
        "Nothing related",
    ]
    for text in texts:
        repo.add(Note(kind=NoteKind.NOTE, text=text, created_at=clock.now()))
    assert [n.text for n in repo.search("eclairage")] == [texts[0]]
    assert [n.text for n in repo.search("oswietlenie")] == [texts[1]]
    assert [n.text for n in repo.search("Φωτισμός")] == [texts[2]]
    assert [n.text for n in repo.search("освещ")] == [texts[3]]  # prefix match
    assert [n.text for n in repo.search("الإضاءة")] == [texts[4]]
    assert repo.search('"; DROP TABLE notes; --') == []  # typed quotes are just text
    pane.ui.scopeFilter.setCurrentIndex(1)  # all items
    pane.ui.searchEdit.setText("gare")
    assert pane.model.rowCount() == 1


def test_action_items_table_edits_persist(pane, context, clock) -> None:  # type: ignore[no-untyped-def]
    repo = NotesRepo(context.file)
    repo.add(
        Note(
            kind=NoteKind.ACTION,
            text="Map empty premises",
            created_at=clock.now(),
            action_owner="Planning",
        )
    )
    model = ActionsModel(context)
    assert model.rowCount() == 1
    assert model.setData(model.index(0, 1), "Urban planning")
    assert model.setData(model.index(0, 2), "2026-05-31")
    assert not model.setData(model.index(0, 2), "next week")
    assert "not a date" in model.message
    assert model.setData(
        model.index(0, 3), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    [note] = reopened(context)
    assert (note.action_owner, note.action_due, note.action_status) == (
        "Urban planning",
        date(2026, 5, 31),
        ActionStatus.DONE,
    )
    context.undo_stack.undo()
    assert reopened(context)[0].action_status == ActionStatus.OPEN


def test_markup_in_notes_is_shown_as_text(qtbot, pane, context) -> None:  # type: ignore[no-untyped-def]
    type_note(qtbot, pane, "<b>not bold</b> <img src=x>")
    shown = pane.model.index(0).data()
    assert "<b>not bold</b> <img src=x>" in shown  # list views draw text, never HTML


CRASH_SCRIPT = """
import sys, time
from pathlib import Path
from workshop_app.clock import SystemClock
from workshop_app.domain.notes import Note, NoteKind
from workshop_app.store.notes_repo import NotesRepo
from workshop_app.store.workshop_file import WorkshopFile
from workshop_app.ui.notes.draft import Draft
file = WorkshopFile.open(Path(sys.argv[1]))
repo = NotesRepo(file)
for i in range(10_000):
    repo.add(Note(kind=NoteKind.NOTE, text=f"note {i}", created_at=SystemClock().now()))
    Draft(f"typing after note {i}").save(file)
    print(i, flush=True)
"""


def test_sigkill_loses_nothing_already_written(context) -> None:  # type: ignore[no-untyped-def]
    path = context.file.path
    context.file.close()
    proc = subprocess.Popen(
        [sys.executable, "-c", CRASH_SCRIPT, str(path)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    confirmed = -1
    for line in proc.stdout:
        confirmed = int(line)
        if confirmed >= 40:
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    file = WorkshopFile.open(path)
    try:
        texts = [n.text for n in NotesRepo(file).all()]
        assert file.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        draft = file.get_value(DRAFT_KEY)
    finally:
        file.close()
    for i in range(confirmed + 1):
        assert f"note {i}" in texts
    assert draft is not None and int(draft["text"].rsplit(" ", 1)[1]) >= confirmed
    context.file = WorkshopFile.open(path)  # for the fixture's teardown
