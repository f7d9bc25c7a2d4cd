"""Run mode driven with the keys a clicker sends, on a three-item plan with polls."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from tests.ui import plan_fixtures
from tests.ui.plan_fixtures import AnsweringPrompter, reopen, three_item_plan
from workshop_app.domain.polls import PollState
from workshop_app.domain.session import SessionState
from workshop_app.domain.timer_levels import LEVEL_COLOURS, TimerLevel
from workshop_app.store.sessions_repo import SessionsRepo
from workshop_app.ui.context import WorkshopContext
from workshop_app.ui.run.live_port import NoLivePolling
from workshop_app.ui.run.steps import StepKind
from workshop_app.ui.workspace import Workspace

# Shared fixtures, used by name as test parameters.
context = plan_fixtures.context
answering = plan_fixtures.answering


@pytest.fixture
def workspace(qtbot, context: WorkshopContext, answering: AnsweringPrompter) -> Iterator[Workspace]:  # type: ignore[no-untyped-def]
    three_item_plan(context.file)
    widget = Workspace(context, prompter=answering, live_factory=lambda _ctx: NoLivePolling())
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.shutdown()


def started(workspace: Workspace) -> Workspace:
    assert workspace.start_session()
    assert workspace.in_run_mode
    return workspace


def where(workspace: Workspace) -> tuple[StepKind, str, str]:
    controller = workspace.controller
    assert controller is not None and controller.step is not None
    item = controller.current_item()
    poll = controller.current_poll()
    return controller.step.kind, item.title if item else "", poll.question if poll else ""


def press(qtbot, widget, key: Qt.Key, times: int = 1) -> None:  # type: ignore[no-untyped-def]
    for _ in range(times):
        qtbot.keyClick(widget, key)


def test_f5_records_session_and_first_item_start(qtbot, workspace: Workspace, context) -> None:  # type: ignore[no-untyped-def]
    started(workspace)
    now = context.clock.now()
    session = SessionsRepo(context.file).live()
    assert session is not None and session.started_at == now
    assert context.file.items()[0].actual_start == now
    assert where(workspace) == (StepKind.INTRO, "Welcome", "")
    assert workspace.presenter is not None
    qtbot.waitUntil(workspace.presenter.isVisible)  # shown on the next turn of the loop


def test_clicker_walks_through_every_step(workspace: Workspace, context, qtbot) -> None:  # type: ignore[no-untyped-def]
    started(workspace)
    console = workspace.console
    expected = [
        (StepKind.INTRO, "Discussion", ""),
        (StepKind.POLL_OPEN, "Discussion", "Where do you feel safe?"),
        (StepKind.RESULTS, "Discussion", "Where do you feel safe?"),
        (StepKind.POLL_OPEN, "Discussion", "How safe overall?"),
        (StepKind.RESULTS, "Discussion", "How safe overall?"),
        (StepKind.INTRO, "Wrap-up", ""),
        (StepKind.POLL_OPEN, "Wrap-up", "One word for tonight"),
        (StepKind.RESULTS, "Wrap-up", "One word for tonight"),
    ]
    keys = [Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Space]
    for index, step in enumerate(expected):
        context.clock.advance(minutes=1)
        press(qtbot, console, keys[index % 3])
        assert where(workspace) == step
    press(qtbot, console, Qt.Key.Key_PageDown)  # at the end: stays
    assert where(workspace) == expected[-1]
    press(qtbot, console, Qt.Key.Key_PageUp)
    assert where(workspace) == expected[-2]
    press(qtbot, console, Qt.Key.Key_Left)
    assert where(workspace) == expected[-3]
    assert console.item_title.text() == "Wrap-up"


def test_polls_open_and_close_with_the_steps(workspace: Workspace, context, qtbot) -> None:  # type: ignore[no-untyped-def]
    started(workspace)
    console = workspace.console
    first, second = context.file.polls(context.file.items()[1].id)
    press(qtbot, console, Qt.Key.Key_PageDown, 2)  # Discussion, poll 1 open
    assert context.file.poll(first.id).state == PollState.OPEN
    opened = context.clock.now()
    context.clock.advance(minutes=3)
    press(qtbot, console, Qt.Key.Key_PageDown)  # results of poll 1
    poll = context.file.poll(first.id)
    assert poll.state == PollState.CLOSED
    assert (poll.opened_at, poll.closed_at) == (opened, context.clock.now())
    press(qtbot, console, Qt.Key.Key_PageDown)  # poll 2 open
    assert context.file.poll(second.id).state == PollState.OPEN
    press(qtbot, console, Qt.Key.Key_PageDown, 2)  # results, then Wrap-up intro
    assert all(p.state != PollState.OPEN for p in context.file.polls())


def test_actual_times_recorded_and_reloaded(workspace: Workspace, context, qtbot) -> None:  # type: ignore[no-untyped-def]
    start = context.clock.now()
    started(workspace)
    context.clock.advance(minutes=12)
    press(qtbot, workspace.console, Qt.Key.Key_PageDown)
    second_start = context.clock.now()
    context.clock.advance(minutes=31)
    press(qtbot, workspace.console, Qt.Key.Key_PageDown, 5)
    third_start = context.clock.now()
    context.clock.advance(minutes=9)
    workspace.end_session()
    end = context.clock.now()
    assert workspace.controller is None and not workspace.in_run_mode
    file = reopen(context)
    items = file.items()
    assert [(i.actual_start, i.actual_end) for i in items] == [
        (start, second_start),
        (second_start, third_start),
        (third_start, end),
    ]
    sessions = SessionsRepo(file).all()
    assert [(s.state, s.started_at, s.ended_at) for s in sessions] == [
        (SessionState.ENDED, start, end)
    ]


def test_text_field_focus_only_page_keys_move(workspace: Workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    started(workspace)
    field = QLineEdit(workspace.console)
    field.show()
    field.setFocus()
    press(qtbot, field, Qt.Key.Key_Right)
    qtbot.keyClicks(field, "a b")
    assert where(workspace)[1] == "Welcome"
    assert field.text() == "a b"  # Space and B typed, not taken
    assert workspace.presenter is not None and not workspace.presenter.blanked
    press(qtbot, field, Qt.Key.Key_PageDown)
    assert where(workspace)[1] == "Discussion"
    press(qtbot, field, Qt.Key.Key_PageUp)
    assert where(workspace)[1] == "Welcome"
    press(qtbot, field, Qt.Key.Key_Escape)
    assert workspace.in_run_mode  # Esc in a text field does not leave run mode
    assert field.text() == "a b"


def test_b_blanks_presenter_and_shows_it_again(workspace: Workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    started(workspace)
    presenter = workspace.presenter
    assert presenter is not None
    qtbot.waitUntil(presenter.isVisible)  # shown on the next turn of the loop
    press(qtbot, workspace.console, Qt.Key.Key_B)
    assert presenter.blanked
    assert presenter.stack.currentWidget() is presenter.blank_page
    assert "BLANK" in workspace.console.presenter_state.text()
    press(qtbot, presenter, Qt.Key.Key_B)  # the key works on the presenter window too
    assert not presenter.blanked
    assert presenter.stack.currentWidget() is presenter.content


def test_esc_leaves_run_mode_and_f5_resumes_same_step(workspace: Workspace, context, qtbot) -> None:  # type: ignore[no-untyped-def]
    started(workspace)
    press(qtbot, workspace.console, Qt.Key.Key_PageDown, 3)
    before = where(workspace)
    press(qtbot, workspace.console, Qt.Key.Key_Escape)
    assert not workspace.in_run_mode
    assert workspace.pages.currentWidget() is workspace.editor
    assert SessionsRepo(context.file).live() is not None  # not ended
    press(qtbot, workspace.editor.table, Qt.Key.Key_PageDown)  # keys are off outside run mode
    assert where(workspace) == before
    started(workspace)
    assert where(workspace) == before
    assert len(SessionsRepo(context.file).all()) == 1


def test_jump_with_the_mouse(workspace: Workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    started(workspace)
    steps = workspace.console.steps_list
    row = 7  # Wrap-up, poll open
    rect = steps.visualItemRect(steps.item(row))
    qtbot.mouseClick(steps.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert where(workspace) == (StepKind.POLL_OPEN, "Wrap-up", "One word for tonight")
    assert steps.currentRow() == row


def test_timer_colours_follow_the_fake_clock(workspace: Workspace, context) -> None:  # type: ignore[no-untyped-def]
    started(workspace)  # Welcome: 10 minutes
    console = workspace.console
    badge = console.item_timer
    for minutes, level, text in [
        (7, TimerLevel.NORMAL, "3:00 left"),
        (1, TimerLevel.WARNING, "2:00 left"),
        (1.5, TimerLevel.CRITICAL, "0:30 left"),
        (0.75, TimerLevel.OVERRUN, "+0:15 over"),
    ]:
        context.clock.advance(minutes=minutes)
        workspace.tick()
        assert badge.level == level
        assert badge.text() == text
        assert LEVEL_COLOURS[level].background in badge.styleSheet()
    assert console.workshop_timer.level == TimerLevel.NORMAL  # 10:15 of 60 minutes
    assert console.workshop_timer.text() == "Workshop: 49:45 left"
    assert workspace.presenter is not None
    assert workspace.presenter.timer.text() == "+0:15 over"


def test_end_session_asks_first(workspace: Workspace, context, answering) -> None:  # type: ignore[no-untyped-def]
    started(workspace)
    answering.confirm_answer = False
    assert not workspace.end_session()
    assert workspace.in_run_mode and SessionsRepo(context.file).live() is not None
    answering.confirm_answer = True
    assert workspace.end_session()
    assert SessionsRepo(context.file).live() is None
    assert workspace.presenter is None


def test_console_shows_private_notes_and_placeholder_for_live(
    workspace: Workspace, context
) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    welcome = context.file.items()[0]
    context.file.update_item(replace(welcome, facilitator_notes="<b>Greet</b> everyone"))
    started(workspace)
    console = workspace.console
    assert console.notes.text() == "<b>Greet</b> everyone"
    assert console.notes.textFormat() == Qt.TextFormat.PlainText
    assert "not available" in console.live_status.text()
    assert console.next_up.text() == "Next: Discussion (30 min)"


def test_empty_agenda_cannot_start(qtbot, context, answering) -> None:  # type: ignore[no-untyped-def]
    widget = Workspace(context, prompter=answering, live_factory=lambda _ctx: NoLivePolling())
    qtbot.addWidget(widget)
    assert not widget.start_session()
    assert answering.asked[-1][0] == "Nothing to run"
    assert SessionsRepo(context.file).live() is None
