"""The agenda editor: every edit is in the file at once, undoable and redoable."""

from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtCore import QModelIndex, Qt

from tests.ui import plan_fixtures
from tests.ui.plan_fixtures import AnsweringPrompter, reopen, three_item_plan
from workshop_app.domain.notes import Note, NoteKind
from workshop_app.domain.polls import Poll, PollSettings, PollState, PollType
from workshop_app.domain.workshop import Method
from workshop_app.store.notes_repo import NotesRepo
from workshop_app.store.workshop_file import WorkshopFile
from workshop_app.ui.agenda.editor import AgendaEditor
from workshop_app.ui.agenda.poll_dialog import PollDialog
from workshop_app.ui.context import WorkshopContext

# Shared fixtures, used by name as test parameters.
context = plan_fixtures.context
answering = plan_fixtures.answering


@pytest.fixture
def editor(qtbot, context: WorkshopContext, answering: AnsweringPrompter) -> AgendaEditor:  # type: ignore[no-untyped-def]
    three_item_plan(context.file)
    widget = AgendaEditor(context, answering)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def titles(source: WorkshopContext | WorkshopFile) -> list[str]:
    file = source.file if isinstance(source, WorkshopContext) else source
    return [item.title for item in file.items()]


def shown_titles(editor: AgendaEditor) -> list[str]:
    model = editor.model
    return [model.data(model.index(r, model.TITLE)) for r in range(model.rowCount())]


def test_shows_items_with_computed_times_and_totals(editor: AgendaEditor) -> None:
    model = editor.model
    assert shown_titles(editor) == ["Welcome", "Discussion", "Wrap-up"]
    assert model.data(model.index(0, model.TIME)) == "18:00–18:10"
    assert model.data(model.index(1, model.TIME)) == "18:10–18:40"
    assert model.data(model.index(2, model.TIME)) == "18:40–19:00"
    assert model.data(model.index(1, model.POLLS)) == "2"
    assert "total 1 h 00 min" in editor.totals.text()
    assert "planned end 19:00" in editor.totals.text()


def test_add_item_after_selection_undo_redo_and_reload(editor: AgendaEditor, context) -> None:  # type: ignore[no-untyped-def]
    editor.select_item(context.file.items()[0].id)
    new_id = editor.add_item()
    assert titles(context) == ["Welcome", "New item", "Discussion", "Wrap-up"]
    assert editor.selected_item_id() == new_id
    context.undo_stack.undo()
    assert titles(context) == ["Welcome", "Discussion", "Wrap-up"]
    context.undo_stack.redo()
    assert titles(context) == ["Welcome", "New item", "Discussion", "Wrap-up"]
    assert [i.id for i in context.file.items()][1] == new_id  # same id after redo
    assert [i.title for i in reopen(context).items()][1] == "New item"


def test_edit_fields_in_panel(editor: AgendaEditor, context, qtbot) -> None:  # type: ignore[no-untyped-def]
    discussion = context.file.items()[1]
    editor.select_item(discussion.id)
    panel = editor.panel
    panel.title_edit.setText("Group discussion")
    panel.title_edit.editingFinished.emit()
    panel.minutes_spin.setValue(45)
    panel.minutes_spin.editingFinished.emit()
    panel.method_combo.setCurrentIndex(list(Method).index(Method.PRESENTATION))
    panel.method_combo.activated.emit(panel.method_combo.currentIndex())
    panel.goal_edit.setPlainText("Map the unsafe places")
    panel.notes_edit.setPlainText("Watch the time")
    panel.commit_fields()
    stored = context.file.item(discussion.id)
    assert stored.title == "Group discussion"
    assert stored.planned_minutes == 45
    assert stored.method == Method.PRESENTATION
    assert stored.goal == "Map the unsafe places"
    assert stored.facilitator_notes == "Watch the time"
    assert editor.model.data(editor.model.index(2, editor.model.TIME)) == "18:55–19:15"
    assert "planned end 19:15" in editor.totals.text()
    # Four separate edits, undone one by one back to the original.
    assert context.undo_stack.count() == 4
    for _ in range(4):
        context.undo_stack.undo()
    stored = context.file.item(discussion.id)
    assert (stored.title, stored.planned_minutes, stored.method, stored.goal) == (
        "Discussion",
        30,
        Method.SMALL_GROUPS,
        "",
    )
    assert panel.title_edit.text() == "Discussion"
    context.undo_stack.redo()
    assert reopen(context).item(discussion.id).title == "Group discussion"


def test_empty_title_is_refused(editor: AgendaEditor, context) -> None:  # type: ignore[no-untyped-def]
    editor.select_item(context.file.items()[0].id)
    editor.panel.title_edit.setText("   ")
    editor.panel.title_edit.editingFinished.emit()
    assert context.file.items()[0].title == "Welcome"
    assert editor.panel.title_edit.text() == "Welcome"
    assert context.undo_stack.count() == 0


def test_delete_item_restores_polls_and_notes_on_undo(editor: AgendaEditor, context) -> None:  # type: ignore[no-untyped-def]
    discussion = context.file.items()[1]
    polls_before = context.file.polls(discussion.id)
    note = NotesRepo(context.file).add(
        Note(
            NoteKind.NOTE, "Lighting came up", item_id=discussion.id, created_at=context.clock.now()
        )
    )
    editor.select_item(discussion.id)
    editor.delete_item()
    assert titles(context) == ["Welcome", "Wrap-up"]
    assert NotesRepo(context.file).get(note.id).item_id is None
    context.undo_stack.undo()
    assert titles(context) == ["Welcome", "Discussion", "Wrap-up"]
    assert context.file.item(discussion.id) is not None
    assert [(p.id, p.question) for p in context.file.polls(discussion.id)] == [
        (p.id, p.question) for p in polls_before
    ]
    assert NotesRepo(context.file).get(note.id).item_id == discussion.id
    context.undo_stack.redo()
    assert titles(reopen(context)) == ["Welcome", "Wrap-up"]


def test_delete_item_with_answers_asks_first(editor: AgendaEditor, context, answering) -> None:  # type: ignore[no-untyped-def]
    from workshop_app.store.responses_repo import ResponsesRepo

    discussion = context.file.items()[1]
    poll = context.file.polls(discussion.id)[0]
    ResponsesRepo(context.file).add(poll.id, 0, context.clock.now())
    answering.confirm_answer = False
    editor.select_item(discussion.id)
    editor.delete_item()
    assert "Discussion" in titles(context)
    assert "1 answers" in answering.asked[-1][1]


def test_duplicate_copies_polls_and_undo_removes_them(editor: AgendaEditor, context) -> None:  # type: ignore[no-untyped-def]
    discussion = context.file.items()[1]
    editor.select_item(discussion.id)
    copy_id = editor.duplicate_item()
    assert titles(context) == ["Welcome", "Discussion", "Discussion (copy)", "Wrap-up"]
    assert [p.question for p in context.file.polls(copy_id)] == [
        "Where do you feel safe?",
        "How safe overall?",
    ]
    poll_count = len(context.file.polls())
    context.undo_stack.undo()
    assert titles(context) == ["Welcome", "Discussion", "Wrap-up"]
    assert len(context.file.polls()) == poll_count - 2
    context.undo_stack.redo()
    assert len(reopen(context).polls(copy_id)) == 2


def test_keyboard_reorder(editor: AgendaEditor, context, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor.select_item(context.file.items()[0].id)
    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert titles(context) == ["Discussion", "Welcome", "Wrap-up"]
    qtbot.keyClick(editor.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert titles(context) == ["Discussion", "Wrap-up", "Welcome"]
    qtbot.keyClick(editor.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert titles(context) == ["Discussion", "Welcome", "Wrap-up"]
    assert shown_titles(editor) == titles(context)
    context.undo_stack.undo()
    assert titles(context) == ["Discussion", "Wrap-up", "Welcome"]
    context.undo_stack.undo()
    assert titles(context) == ["Discussion", "Welcome", "Wrap-up"]
    context.undo_stack.undo()
    assert titles(context) == ["Welcome", "Discussion", "Wrap-up"]
    assert titles(reopen(context)) == ["Welcome", "Discussion", "Wrap-up"]


def test_drag_and_drop_reorder(editor: AgendaEditor, context) -> None:  # type: ignore[no-untyped-def]
    model = editor.model
    # Drag "Wrap-up" (row 2) and drop it before row 0, as the view does on a drop.
    data = model.mimeData([model.index(2, 0)])
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert titles(context) == ["Wrap-up", "Welcome", "Discussion"]
    assert shown_titles(editor) == ["Wrap-up", "Welcome", "Discussion"]
    # Drop "Wrap-up" onto the last row (below the others): moves to the end.
    data = model.mimeData([model.index(0, 0)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert titles(context) == ["Welcome", "Discussion", "Wrap-up"]
    context.undo_stack.undo()
    assert titles(context) == ["Wrap-up", "Welcome", "Discussion"]
    assert titles(reopen(context)) == ["Wrap-up", "Welcome", "Discussion"]


def test_workshop_details_change_start_time(editor: AgendaEditor, context) -> None:  # type: ignore[no-untyped-def]
    def answer(workshop, parent):  # type: ignore[no-untyped-def]
        workshop.start_time = time(9, 30)
        workshop.venue = "Town hall"
        return workshop

    editor.run_workshop_dialog = answer
    editor.edit_details()
    assert editor.model.data(editor.model.index(0, editor.model.TIME)) == "09:30–09:40"
    assert "Town hall" in editor.details.text()
    context.undo_stack.undo()
    assert context.file.load_workshop().start_time == time(18, 0)
    context.undo_stack.redo()
    assert reopen(context).load_workshop().venue == "Town hall"


# --- polls --------------------------------------------------------------------------------


def test_add_edit_move_delete_poll(editor: AgendaEditor, context) -> None:  # type: ignore[no-untyped-def]
    welcome = context.file.items()[0]
    editor.select_item(welcome.id)
    panel = editor.panel

    def new_poll(poll, parent, new):  # type: ignore[no-untyped-def]
        assert new
        poll.type = PollType.MULTIPLE_CHOICE
        poll.question = "What brings you here?"
        poll.options = ["Curiosity", "Worry", "Work"]
        poll.settings = PollSettings(max_choices=2)
        return poll

    panel.run_poll_dialog = new_poll
    panel.add_poll()
    second = Poll(PollType.RANKING, "Rank these", ["A", "B", "C"], item_id=welcome.id)
    panel.run_poll_dialog = lambda poll, parent, new: second
    panel.add_poll()
    polls = context.file.polls(welcome.id)
    assert [p.question for p in polls] == ["What brings you here?", "Rank these"]
    assert polls[0].settings.max_choices == 2
    assert panel.polls_list.count() == 2

    def edit(poll, parent, new):  # type: ignore[no-untyped-def]
        poll.question = "Why are you here?"
        return poll

    panel.select_poll(polls[0].id)
    panel.run_poll_dialog = edit
    panel.edit_poll()
    assert context.file.poll(polls[0].id).question == "Why are you here?"
    panel.select_poll(polls[1].id)
    panel.move_poll(-1)
    assert [p.question for p in context.file.polls(welcome.id)] == [
        "Rank these",
        "Why are you here?",
    ]
    panel.select_poll(polls[0].id)
    panel.delete_poll()
    assert [p.question for p in context.file.polls(welcome.id)] == ["Rank these"]
    context.undo_stack.undo()  # delete
    context.undo_stack.undo()  # move
    context.undo_stack.undo()  # edit
    assert [p.question for p in context.file.polls(welcome.id)] == [
        "What brings you here?",
        "Rank these",
    ]
    context.undo_stack.redo()
    context.undo_stack.redo()
    assert [p.question for p in reopen(context).polls(welcome.id)] == [
        "Rank these",
        "Why are you here?",
    ]


@pytest.mark.parametrize("poll_type", list(PollType))
def test_poll_dialog_every_type(qtbot, poll_type: PollType) -> None:  # type: ignore[no-untyped-def]
    dialog = PollDialog(Poll(PollType.SINGLE_CHOICE, "", item_id=1), new=True)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.typeCombo.setCurrentIndex(list(PollType).index(poll_type))
    ui.questionEdit.setText("  How do you feel?  ")
    ui.optionsEdit.setPlainText("Safe\n\nUnsafe\nNot sure\n")
    ui.maxSpin.setValue(2)
    ui.scaleMinSpin.setValue(0)
    ui.scaleMaxSpin.setValue(10)
    ui.scaleMinText.setText("Not at all")
    ui.scaleMaxText.setText("Completely")
    ui.allowChangeCheck.setChecked(False)
    ui.resultsHiddenCheck.setChecked(True)
    assert dialog.problems() == []
    poll = dialog.edited_poll()
    assert poll.type == poll_type
    assert poll.question == "How do you feel?"
    assert poll.settings.allow_change is False
    assert poll.settings.results_hidden is True
    if poll_type in (
        PollType.SINGLE_CHOICE,
        PollType.MULTIPLE_CHOICE,
        PollType.RANKING,
        PollType.DOT_VOTE,
    ):
        assert poll.options == ["Safe", "Unsafe", "Not sure"]
        assert ui.optionsGroup.isVisibleTo(dialog)
    else:
        assert poll.options == []
        assert not ui.optionsGroup.isVisibleTo(dialog)
    assert poll.settings.max_choices == (2 if poll_type == PollType.MULTIPLE_CHOICE else None)
    assert ui.scaleGroup.isVisibleTo(dialog) == (poll_type == PollType.SCALE)
    if poll_type == PollType.SCALE:
        assert (poll.settings.scale_min, poll.settings.scale_max) == (0, 10)
        assert poll.settings.scale_max_label == "Completely"


def test_poll_dialog_refuses_unusable_poll(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PollDialog(Poll(PollType.SINGLE_CHOICE, "", item_id=1), new=True)
    qtbot.addWidget(dialog)
    dialog.ui.optionsEdit.setPlainText("Only one")
    dialog.accept()
    assert dialog.result() != PollDialog.DialogCode.Accepted
    text = dialog.ui.problemsLabel.text()
    assert "question is empty" in text and "at least two options" in text
    dialog.ui.typeCombo.setCurrentIndex(list(PollType).index(PollType.SCALE))
    dialog.ui.questionEdit.setText("Rate it")
    dialog.ui.scaleMinSpin.setValue(5)
    dialog.ui.scaleMaxSpin.setValue(3)
    assert "The top of the scale must be above its bottom." in dialog.problems()


def test_read_only_file_disables_editing(qtbot, tmp_path, answering) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QUndoStack

    from workshop_app.clock import FakeClock
    from workshop_app.domain.workshop import Workshop
    from workshop_app.store.workshop_file import WorkshopFile

    path = tmp_path / "ro.workshop"
    file = WorkshopFile.create(path, Workshop(title="RO"))
    three_item_plan(file)
    file.close()
    ro = WorkshopFile.open(path, read_only=True)
    ctx = WorkshopContext(file=ro, clock=FakeClock(), undo_stack=QUndoStack())
    widget = AgendaEditor(ctx, answering)
    qtbot.addWidget(widget)
    assert not widget.add_button.isEnabled()
    assert widget.panel.title_edit.isReadOnly()
    assert widget.add_item() is None
    ro.close()


def test_poll_state_is_kept_when_type_locked(qtbot) -> None:  # type: ignore[no-untyped-def]
    poll = Poll(PollType.SCALE, "Rate", item_id=1, state=PollState.CLOSED)
    dialog = PollDialog(poll)
    qtbot.addWidget(dialog)
    assert not dialog.ui.typeCombo.isEnabled()
    assert dialog.edited_poll().state == PollState.CLOSED
