"""The run-session view model: the 10 Hz path reads nothing from the file and encodes
no QR code; the stage is refreshed (and the QR encoded) only when it changes."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui import plan_fixtures
from tests.ui.plan_fixtures import AnsweringPrompter, three_item_plan
from workshop_app.domain.polls import PollType, Tally
from workshop_app.domain.session import Session
from workshop_app.live.snapshot import LiveSnapshot
from workshop_app.settings_registry import WIFI_NAME, write_workshop
from workshop_app.ui.context import WorkshopContext
from workshop_app.ui.run_session import view_model
from workshop_app.ui.workspace import Workspace

context = plan_fixtures.context
answering = plan_fixtures.answering
JOIN_URL = "http://192.168.1.20:8765/j/q7Vx2bNc9Lr"


class FakeLive:
    """The live seam as the real adapter uses it: snapshots arrive through the listener."""

    available = True
    unavailable_reason = ""

    def __init__(self) -> None:
        self.listener: Callable[[LiveSnapshot], None] | None = None

    def start(self, session: Session) -> None:
        return None

    def stop(self) -> None:
        return None

    def join_url(self) -> str | None:
        return JOIN_URL

    def room_code(self) -> str | None:
        return "4821"

    def open_poll(self, poll_id: int) -> None:
        return None

    def close_poll(self, poll_id: int) -> None:
        return None

    def set_listener(self, listener: Callable[[LiveSnapshot], None] | None) -> None:
        self.listener = listener


@pytest.fixture
def encodings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    texts: list[str] = []
    real = view_model.qr_image

    def counting(text: str, module_pixels: int = 1):  # type: ignore[no-untyped-def]
        texts.append(text)
        return real(text, module_pixels)

    monkeypatch.setattr(view_model, "qr_image", counting)
    return texts


@pytest.fixture
def live() -> FakeLive:
    return FakeLive()


@pytest.fixture
def workspace(
    qtbot, context: WorkshopContext, answering: AnsweringPrompter, live: FakeLive, encodings
) -> Iterator[Workspace]:  # type: ignore[no-untyped-def]
    three_item_plan(context.file)
    widget = Workspace(context, prompter=answering, live_factory=lambda _ctx: live)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.start_session()
    yield widget
    widget.shutdown()


def test_a_hundred_snapshots_run_no_sql_and_encode_no_qr(
    workspace: Workspace, context: WorkshopContext, live: FakeLive, encodings: list[str]
) -> None:
    assert encodings == [JOIN_URL]  # one QR encoding for the session start
    assert workspace.console is not None and workspace.presenter is not None
    for _ in range(2):  # PageDown twice: the first poll is open
        QTest.keyClick(workspace.console, Qt.Key.Key_PageDown)
    poll = context.file.polls(context.file.items()[1].id)[0]
    assert poll.id is not None
    assert workspace.presenter.question.text() == poll.question
    statements: list[str] = []
    context.file.conn.set_trace_callback(statements.append)
    try:
        assert live.listener is not None
        for n in range(1, 101):
            live.listener(
                LiveSnapshot(
                    connected=100 + n,
                    tallies={poll.id: Tally(PollType.SINGLE_CHOICE, n, [n - n // 3, n // 3])},
                    responses={poll.id: n},
                    open_poll_ids=(poll.id,),
                    sequence=n,
                )
            )
        for _ in range(10):
            workspace.tick()  # the timers, twice a second: no file read either
    finally:
        context.file.conn.set_trace_callback(None)
    assert statements == []
    assert encodings == [JOIN_URL]
    # And what the 100th snapshot said is on both screens.
    assert workspace.presenter.counts.text() == "200 phones connected · 100 responses"
    assert workspace.presenter.chart.tally is not None
    assert workspace.presenter.chart.tally.counts == [67, 33]
    assert workspace.console.preview.tally == workspace.presenter.chart.tally
    assert "200 phones connected · 100 responses" in workspace.console.live_status.text()


def test_only_what_changed_is_announced(workspace: Workspace, context, live: FakeLive) -> None:  # type: ignore[no-untyped-def]
    session = workspace.session_view
    assert session is not None and live.listener is not None
    polls = [p.id for p in context.file.polls()]
    results: list[int] = []
    presence: list[int] = []
    stages: list[int] = []
    session.poll_results_changed.connect(results.append)
    session.presence_changed.connect(lambda: presence.append(1))
    session.stage_changed.connect(lambda: stages.append(1))
    one = Tally(PollType.SINGLE_CHOICE, 1, [1, 0])
    live.listener(LiveSnapshot(connected=3, tallies={polls[0]: one}, sequence=1))
    assert results == [polls[0]] and presence == [1]
    live.listener(LiveSnapshot(connected=3, tallies={polls[0]: one}, sequence=2))
    assert results == [polls[0]] and presence == [1]  # nothing new: nothing said
    live.listener(LiveSnapshot(connected=4, tallies={polls[0]: one}, sequence=3))
    assert results == [polls[0]] and presence == [1, 1]
    assert stages == []  # snapshots never refresh the stage


def test_the_stage_is_encoded_again_only_when_it_changes(
    workspace: Workspace, context, encodings: list[str]
) -> None:  # type: ignore[no-untyped-def]
    assert workspace.console is not None
    for _ in range(4):
        QTest.keyClick(workspace.console, Qt.Key.Key_PageDown)  # four steps: same join link
    assert encodings == [JOIN_URL]
    write_workshop(context.file, WIFI_NAME, "Town Hall Guest")
    workspace.show_presenter()  # the settings changed: the Wi-Fi QR is encoded, once
    workspace.show_presenter()
    assert encodings == [JOIN_URL, "WIFI:T:nopass;S:Town Hall Guest;;"]


def test_a_step_reads_the_stage_once_and_an_edit_is_picked_up_after(
    workspace: Workspace, context, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    session = workspace.session_view
    assert session is not None and workspace.console is not None
    stages: list[int] = []
    session.stage_changed.connect(lambda: stages.append(1))
    QTest.keyClick(workspace.console, Qt.Key.Key_PageDown)
    qtbot.wait(0)  # let a deferred refresh run, if one were queued
    assert stages == [1]  # not once for agendaChanged and again for stepChanged
    item = context.file.items()[1]
    context.file.update_item(replace(item, title="Discussion, renamed"))
    context.signals.agendaChanged.emit()  # what the editor's command says
    qtbot.waitUntil(lambda: len(stages) == 2, timeout=1000)
    assert session.item is not None and session.item.title == "Discussion, renamed"
    assert workspace.presenter is not None
    assert workspace.presenter.item_title.text() == "Discussion, renamed"
