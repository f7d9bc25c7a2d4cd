"""The agenda editor per session: Session › Sessions… chooses what the selected item's
box shows (its actual times and each poll's responses in those sessions), it says which
sessions they are, and it follows answers arriving without refreshing on every vote."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from tests.ui import plan_fixtures, test_every_action
from tests.ui.plan_fixtures import step_to_open_poll, three_item_plan
from tests.ui.test_every_action import answering_dialog, find_action, press, trigger
from tests.ui.test_poll_controls import vote_from_phones
from workshop_app.domain.polls import PollType
from workshop_app.store.responses_repo import ResponsesRepo
from workshop_app.ui.run.live_adapter import ServerLivePolling
from workshop_app.ui.sessions.dialog import SessionsDialog
from workshop_app.ui.workspace import Workspace

context = plan_fixtures.context
answering = plan_fixtures.answering
window = test_every_action.window
demo = test_every_action.demo


def choose_sessions(qtbot, main, rows: list[int]) -> None:  # type: ignore[no-untyped-def]
    """Session › Sessions…: click the rows (Ctrl for more), Show Selected, Close."""

    def use(dialog: QDialog) -> None:
        assert isinstance(dialog, SessionsDialog)
        table = dialog.table
        for n, row in enumerate(rows):
            rect = table.visualRect(table.model().index(row, 1))
            modifier = Qt.KeyboardModifier.ControlModifier if n else Qt.KeyboardModifier(0)
            qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())
        assert sorted(s.number for s in dialog.selected()) == [r + 1 for r in rows]
        qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
        close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
        qtbot.mouseClick(close, Qt.MouseButton.LeftButton)

    with answering_dialog(SessionsDialog, use):
        trigger(find_action(main, "actionSessions"))


def test_sessions_dialog_chooses_what_the_item_panel_shows(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    editor = demo.workspace.editor
    box = editor.panel.sessions_box
    assert box.isVisible()
    assert editor.panel.item.title == "Welcome and ground rules"  # the first item
    # By default the latest real evening (12 March), not the rehearsal.
    text = box.text()
    assert text.startswith("Showing session 3 of 12 March 2026\n")
    assert "Actual times: 18:32–18:44 (12 min)" in text
    assert "1. How do you take part today? — 33 responses" in text

    choose_sessions(qtbot, demo, [1])  # the first evening, 5 March
    text = box.text()
    assert text.startswith("Showing session 2 of 5 March 2026\n")
    assert "Actual times: 18:34–18:44 (10 min)" in text
    assert "1. How do you take part today? — 19 responses" in text

    choose_sessions(qtbot, demo, [1, 2])  # both evenings: dated, each one's count
    text = box.text()
    assert text.startswith("Showing 2 sessions: Session 2 (5 Mar 2026), Session 3 (12 Mar 2026)\n")
    assert "Session 2: 5 Mar 18:34–18:44 (10 min)" in text
    assert "Session 3: 12 Mar 18:32–18:44 (12 min)" in text
    assert (
        "1. How do you take part today? — 52 responses (19 in session 2 · 33 in session 3)" in text
    )

    # Another item, by the keyboard: its polls counted as the minutes count them (the
    # answers counted in the room too; an idea wall's ideas).
    editor.table.setFocus()
    press(qtbot, "Down", editor.table)
    press(qtbot, "Down", editor.table)
    assert editor.panel.item.title == "Community policing: what works here?"
    text = box.text()
    assert "Session 2: 5 Mar 18:52–19:17 (25 min)" in text
    assert (
        "1. Which would most improve contact with the police? — 66 responses "
        "(16 in session 2 · 50 in session 3)" in text
    )
    assert (
        "2. What one change would make our streets feel safer? — 8 ideas "
        "(0 in session 2 · 8 in session 3)" in text
    )

    choose_sessions(qtbot, demo, [0])  # the rehearsal says it is one
    assert box.text().startswith("Showing session 1 of 4 March 2026 (a rehearsal)\n")


def test_answers_arriving_refresh_the_box_only_while_it_is_seen(qtbot, context, answering) -> None:  # type: ignore[no-untyped-def]
    three_item_plan(context.file)
    live = ServerLivePolling(context, host="127.0.0.1", port=0)
    workspace = Workspace(context, prompter=answering, live_factory=lambda _c: live)
    qtbot.addWidget(workspace)
    workspace.show()
    box = workspace.editor.panel.sessions_box
    assert box.text().startswith("Not run yet")
    try:
        assert workspace.start_session()
        controller = workspace.controller
        assert controller is not None
        poll = step_to_open_poll(controller, PollType.SINGLE_CHOICE)
        workspace.editor.select_item(poll.item_id)
        assert not box.isVisible()  # run mode: the editor is hidden
        url = str(live.join_url())
        vote_from_phones(url, poll.id, [0, 1])
        qtbot.waitUntil(
            lambda: (
                poll.id in controller.snapshot.tallies
                and controller.snapshot.tallies[poll.id].responses == 2
            ),
            timeout=5000,
        )
        assert "2 responses" not in box.text()  # nothing done while hidden
        workspace.leave_run_mode()  # Esc: back to the editor, the session stays live
        assert box.isVisible()
        assert box.text().startswith("Showing the live session 1 of ")
        assert f"1. {poll.question} — 2 responses" in box.text()  # looked again when shown
        vote_from_phones(url, poll.id, [1])
        qtbot.waitUntil(lambda: f"1. {poll.question} — 3 responses" in box.text(), timeout=5000)
    finally:
        workspace.end_session(ask=False)
        workspace.shutdown()


def test_delete_confirmations_count_the_answers_of_every_session(qtbot, demo, prompter) -> None:  # type: ignore[no-untyped-def]
    """Deleting removes the answers of every session, so the question counts them all
    (the rehearsal's too), whatever Session › Sessions… shows."""
    asked: list[str] = []

    def confirm(title: str, message: str, label: str) -> bool:
        asked.append(message)
        return False  # and nothing is deleted

    prompter.confirm = confirm
    file = demo.context.file
    editor = demo.workspace.editor
    panel = editor.panel
    item_id = panel.item.id
    polls = file.polls(item_id)
    every = ResponsesRepo(file).count(polls[0].id)
    assert every > 52  # the rehearsal's and both evenings' (19 + 33)
    panel.polls_list.setCurrentRow(0)
    qtbot.mouseClick(panel.delete_poll_button, Qt.MouseButton.LeftButton)
    assert asked[-1].startswith(
        f"This poll has {every} answers, counting every session (rehearsals too)."
    )
    in_item = sum(ResponsesRepo(file).count(p.id) for p in polls)
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert asked[-1].startswith(
        f"The polls of this item have {in_item} answers, counting every session"
    )
    assert len(file.polls(item_id)) == len(polls)
