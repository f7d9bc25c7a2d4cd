"""The presenter screen: the join QR decodes to the join URL, results follow the room."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QImage

from tests.ui import plan_fixtures
from tests.ui.plan_fixtures import AnsweringPrompter, three_item_plan
from workshop_app.domain.polls import PollType, Tally
from workshop_app.domain.session import Session
from workshop_app.domain.small_groups import Cell
from workshop_app.settings_registry import WIFI_NAME, WIFI_PASSWORD, write_workshop
from workshop_app.ui.context import WorkshopContext
from workshop_app.ui.presenter.window import PresenterWindow
from workshop_app.ui.run.live_port import LiveSnapshot, NoLivePolling
from workshop_app.ui.widgets.qr import qr_image, wifi_payload
from workshop_app.ui.workspace import Workspace

JOIN_URL = "http://192.168.1.20:8765/j/q7Vx2bNc9Lr"

# Shared fixtures, used by name as test parameters.
context = plan_fixtures.context
answering = plan_fixtures.answering


class RecordingLive:
    """Stands in for the live server: a fixed join URL; records what run mode asks."""

    available = True
    unavailable_reason = ""

    def __init__(self) -> None:
        self.started: Session | None = None
        self.stopped = False
        self.calls: list[tuple[str, int]] = []
        self.listener: Callable[[LiveSnapshot], None] | None = None

    def start(self, session: Session) -> None:
        self.started = session

    def stop(self, *, session_ended: bool = False) -> None:
        self.stopped = True

    def join_url(self) -> str | None:
        return JOIN_URL

    def room_code(self) -> str | None:
        return "4821"

    def open_poll(self, poll_id: int) -> None:
        self.calls.append(("open", poll_id))

    def close_poll(self, poll_id: int) -> None:
        self.calls.append(("close", poll_id))

    def set_listener(self, listener: Callable[[LiveSnapshot], None] | None) -> None:
        self.listener = listener


def decode(image: QImage) -> list[str]:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    picture = Image.open(io.BytesIO(bytes(buffer.data().data()))).convert("RGB")
    return [result.text for result in zxingcpp.read_barcodes(picture)]


@pytest.fixture
def live() -> RecordingLive:
    return RecordingLive()


@pytest.fixture
def workspace(
    qtbot, context: WorkshopContext, answering: AnsweringPrompter, live
) -> Iterator[Workspace]:  # type: ignore[no-untyped-def]
    three_item_plan(context.file)
    widget = Workspace(context, prompter=answering, live_factory=lambda _ctx: live)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.start_session()
    yield widget
    widget.shutdown()


def presenter_of(workspace: Workspace) -> PresenterWindow:
    assert workspace.presenter is not None
    return workspace.presenter


def test_qr_image_round_trip() -> None:
    assert decode(qr_image(JOIN_URL, module_pixels=6)) == [JOIN_URL]


def test_wifi_payload_escapes_special_characters() -> None:
    assert wifi_payload("Town;Hall", "p:ss") == "WIFI:T:WPA;S:Town\\;Hall;P:p\\:ss;;"
    assert wifi_payload("Open net", "") == "WIFI:T:nopass;S:Open net;;"


def test_presenter_join_qr_decodes_to_join_url(workspace: Workspace, live, qtbot) -> None:  # type: ignore[no-untyped-def]
    presenter = presenter_of(workspace)
    presenter.resize(1280, 720)
    qtbot.waitUntil(presenter.isVisible)  # shown on the next turn of the event loop
    assert live.started is not None
    texts = decode(presenter.grab().toImage())
    assert texts == [JOIN_URL]
    assert presenter.join_address.text() == "http://192.168.1.20:8765/"
    assert presenter.room_code.text() == "4821"
    assert presenter.shown_view() is presenter.join_panel  # the item's introduction
    assert presenter.item_title.text() == "Welcome"
    assert presenter.workshop_title.text() == "Safe streets"


def test_wifi_qr_when_set(workspace: Workspace, context, qtbot) -> None:  # type: ignore[no-untyped-def]
    write_workshop(context.file, WIFI_NAME, "Town Hall Guest")
    write_workshop(context.file, WIFI_PASSWORD, "lantern42")
    presenter = presenter_of(workspace)
    presenter.resize(1400, 900)
    workspace.show_presenter()
    qtbot.waitUntil(presenter.isVisible)  # shown on the next turn of the event loop
    texts = decode(presenter.grab().toImage())
    assert sorted(texts) == sorted([JOIN_URL, "WIFI:T:WPA;S:Town Hall Guest;P:lantern42;;"])


def test_poll_steps_drive_the_live_server_and_results(
    workspace: Workspace, context, live, qtbot
) -> None:  # type: ignore[no-untyped-def]
    presenter = presenter_of(workspace)
    first = context.file.polls(context.file.items()[1].id)[0]
    workspace.controller.next()
    workspace.controller.next()  # poll 1 open
    assert live.calls == [("open", first.id)]
    assert presenter.question.text() == "Where do you feel safe?"
    live.listener(
        LiveSnapshot(
            connected=5,
            tallies={first.id: Tally(PollType.SINGLE_CHOICE, responses=4, counts=[3, 1])},
        )
    )
    assert presenter.counts.text() == "5 phones connected · 4 responses"
    # Four answers are fewer than the minimum group size (5): no distribution yet.
    assert presenter.chart.tally.withheld and presenter.chart.tally.counts == []
    live.listener(
        LiveSnapshot(
            connected=5,
            tallies={first.id: Tally(PollType.SINGLE_CHOICE, responses=10, counts=[6, 4])},
        )
    )
    # 4 is "fewer than 5", and 6 is withheld too (10 - 6 would give the 4 back).
    assert presenter.chart.tally.cells == [Cell.MASKED, Cell.FEWER]
    assert presenter.chart.tally.counts == [0, 0]
    live.listener(
        LiveSnapshot(
            connected=5,
            tallies={first.id: Tally(PollType.SINGLE_CHOICE, responses=12, counts=[7, 5])},
        )
    )
    assert presenter.chart.tally.counts == [7, 5]
    assert presenter.chart.message == ""
    assert "5 phones connected · 12 responses" in workspace.console.live_status.text()
    workspace.controller.next()  # results: the poll closes on the server too
    assert live.calls[-1] == ("close", first.id)
    workspace.end_session()
    assert live.stopped


def test_results_hidden_until_the_poll_closes(workspace: Workspace, context) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    first = context.file.polls(context.file.items()[1].id)[0]
    context.file.update_poll(replace(first, settings=replace(first.settings, results_hidden=True)))
    presenter = presenter_of(workspace)
    workspace.controller.jump(2)  # poll open
    assert presenter.chart.message == "Results are shown when the poll closes."
    preview = workspace.console.preview
    assert preview.poll is not None and preview.poll.id == first.id
    assert preview.message == ""  # the facilitator's console always shows them
    assert presenter.poll_status.text() == "Poll open · answer on your phone"
    assert presenter.shown_view() is presenter.options  # the choices, not the counts
    assert presenter.options.caption == "Results are shown when the poll closes."
    workspace.controller.next()  # results shown
    assert presenter.poll_status.text() == "Results"
    assert presenter.chart.message == ""
    assert presenter.chart.tally is not None
    assert presenter.shown_view() is presenter.chart


def test_participant_text_is_plain(workspace: Workspace, context) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    first = context.file.polls(context.file.items()[1].id)[0]
    context.file.update_poll(replace(first, question="<img src=x> <b>Safe?</b>"))
    presenter = presenter_of(workspace)
    workspace.controller.jump(2)
    assert presenter.question.text() == "<img src=x> <b>Safe?</b>"
    for label in (
        presenter.question,
        presenter.item_title,
        presenter.workshop_title,
        presenter.join_address,
        presenter.room_code,
        presenter.counts,
    ):
        assert label.textFormat() == Qt.TextFormat.PlainText


def test_no_live_server_shows_placeholder_not_a_qr(qtbot, context, answering) -> None:  # type: ignore[no-untyped-def]
    three_item_plan(context.file)
    widget = Workspace(context, prompter=answering, live_factory=lambda _ctx: NoLivePolling())
    qtbot.addWidget(widget)
    widget.show()
    widget.start_session()
    presenter = presenter_of(widget)
    qtbot.waitUntil(presenter.isVisible)  # shown on the next turn of the event loop
    assert presenter.unavailable.isVisible()
    assert presenter.unavailable.text() == "Live polling not available"
    assert not presenter.join_qr.isVisible()
    assert decode(presenter.grab().toImage()) == []
    widget.shutdown()


# An idea wall shows the idea board instead (tests/ideas/test_presenter_board.py).
@pytest.mark.parametrize("poll_type", [t for t in PollType if t != PollType.IDEA_WALL])
def test_every_chart_kind_paints(qtbot, poll_type: PollType) -> None:  # type: ignore[no-untyped-def]
    from workshop_app.domain.polls import Poll, PollSettings, tally

    poll = Poll(
        poll_type,
        "Q",
        ["Lighting", "Police", "Neighbours"],
        settings=PollSettings(
            scale_min=1, scale_max=5, scale_min_label="Low", scale_max_label="High"
        ),
    )
    answers = {
        PollType.SINGLE_CHOICE: [0, 0, 2],
        PollType.MULTIPLE_CHOICE: [[0, 1], [2]],
        PollType.SCALE: [1, 4, 4, 5],
        PollType.OPEN_TEXT: ["Good lighting", "lighting and neighbours", "<b>bold</b>"],
        PollType.RANKING: [[2, 0, 1], [2, 1, 0]],
        PollType.DOT_VOTE: [{"0": 2, "2": 1}, {"1": 3}],
    }[poll_type]
    window = PresenterWindow()
    qtbot.addWidget(window)
    window.resize(1000, 600)
    window.show()
    result = tally(poll, answers)
    window.set_poll(poll, result, connected=3)
    image = window.chart.grab().toImage()
    assert not image.isNull()
    # Something was drawn on the chart: more than one colour in the image.
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 2
    assert window.counts.text() == f"3 phones connected · {result.responses} responses"


def test_open_five_option_poll_at_720p_reads_whole(workspace: Workspace, context, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The issue's "done when": question, every option unabridged, address and room code."""
    from dataclasses import replace

    from tests.ui.test_presenter_layout import FIVE

    first = context.file.polls(context.file.items()[1].id)[0]
    context.file.update_poll(replace(first, question=FIVE.question, options=FIVE.options))
    presenter = presenter_of(workspace)
    presenter.showNormal()
    presenter.resize(1280, 720)
    workspace.controller.jump(2)  # the poll is open; nobody has answered yet
    qtbot.waitUntil(presenter.isVisible)  # shown on the next turn of the event loop
    assert presenter.question.isVisible() and presenter.question.text() == FIVE.question
    assert presenter.shown_view() is presenter.options
    shown = [box for box in presenter.options.text_boxes() if box.text != "■"]
    assert [box.text for box in shown[: len(FIVE.options)]] == FIVE.options
    assert all(box.fits() for box in shown)
    assert presenter.join_address.isVisible() and presenter.join_address.text() == (
        "http://192.168.1.20:8765/"
    )
    assert presenter.room_code.isVisible() and presenter.room_code.text() == "4821"
    assert presenter.question.font().pixelSize() > max(box.font.pixelSize() for box in shown)


def test_j_shows_the_large_join_qr_during_a_poll(workspace: Workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtTest import QTest

    presenter = presenter_of(workspace)
    presenter.showNormal()
    presenter.resize(1280, 720)
    workspace.controller.jump(2)
    assert not presenter.join_shown
    QTest.keyClick(workspace.console, Qt.Key.Key_J)
    assert presenter.join_shown
    qtbot.waitUntil(presenter.isVisible)  # shown on the next turn of the event loop
    assert decode(presenter.grab().toImage()) == [JOIN_URL]
    QTest.keyClick(workspace.console, Qt.Key.Key_J)
    assert not presenter.join_shown
    QTest.keyClick(workspace.console, Qt.Key.Key_J)
    workspace.controller.next()  # a new step shows what it is about
    assert not presenter.join_shown
