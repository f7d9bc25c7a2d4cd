"""Counts from the room entered in the console's real widgets, as a facilitator does:
paper-ballot counts typed into the spin boxes, people present, a proxy answer, a ranked
ballot; the presenter and the console show the combined total; Ctrl+Z undoes each."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSpinBox

from tests.ui.plan_fixtures import three_item_plan
from tests.ui.test_every_action import (
    press,
    run_mode,
    window,  # noqa: F401  (fixture, used by name)
)
from workshop_app.domain.channels import Channel
from workshop_app.domain.polls import Poll, PollType
from workshop_app.domain.workshop import Workshop
from workshop_app.store.offline_repo import HeadcountsRepo, OfflineAnswersRepo
from workshop_app.store.workshop_file import WorkshopFile
from workshop_app.ui.console.room_counts import RoomCountsPanel
from workshop_app.ui.main_window import MainWindow


@pytest.fixture
def planned(window: MainWindow, tmp_path: Path) -> MainWindow:  # noqa: F811
    path = tmp_path / "counts.workshop"
    file = WorkshopFile.create(path, Workshop(title="Counts"))
    items = three_item_plan(file)
    file.add_poll(
        Poll(PollType.RANKING, "Which first?", ["Lights", "Bins", "Benches"], item_id=items[2].id)
    )
    file.close()
    assert window.open_path(path)
    return window


def spin_for(panel: RoomCountsPanel, answer: str) -> QSpinBox:
    for spin in panel.findChildren(QSpinBox):
        if spin.accessibleName() == f"Count for {answer}" and spin.isVisibleTo(panel):
            return spin
    raise AssertionError(f"no spin box for {answer}")


def type_number(qtbot, spin: QSpinBox, text: str) -> None:  # type: ignore[no-untyped-def]
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, text)
    qtbot.keyClick(spin, Qt.Key.Key_Return)


def test_paper_counts_people_present_and_proxy_with_undo(
    qtbot, planned: MainWindow, prompter
) -> None:  # type: ignore[no-untyped-def]
    workspace = run_mode(qtbot, planned)
    console = workspace.console
    assert console is not None and workspace.presenter is not None
    press(qtbot, "PgDown", console)
    press(qtbot, "PgDown", console)  # Discussion: "Where do you feel safe?" open
    panel = console.room_counts
    assert panel.isVisible() and panel.poll_part.isVisible()
    file = workspace.context.file
    poll = file.polls(file.items()[1].id)[0]
    assert poll.id is not None

    panel.source.setFocus()
    qtbot.keyClick(panel.source, Qt.Key.Key_Down)
    assert panel.source.currentText() == "Paper ballots"
    type_number(qtbot, spin_for(panel, "1. Park"), "7")
    type_number(qtbot, spin_for(panel, "2. Station"), "5")
    offline = OfflineAnswersRepo(file)
    assert offline.count_of(poll.id, Channel.PAPER, 0) == 7
    assert offline.count_of(poll.id, Channel.PAPER, 1) == 5
    assert panel.split.text() == "Phones 0 · Paper ballots 12"
    assert "12 responses" in workspace.presenter.counts.text()
    assert console.session is not None and console.session.tally(poll.id).counts == [7, 5]

    type_number(qtbot, panel.people, "10")
    item_id = file.items()[1].id
    assert item_id is not None
    assert HeadcountsRepo(file).people(item_id) == 10
    assert panel.warning.isVisible()
    assert panel.warning.text() == "12 answers but 10 people present: check the counts"

    qtbot.keyClicks(panel.ballot, "2")
    qtbot.mouseClick(panel.add_proxy, Qt.MouseButton.LeftButton)
    assert offline.count_of(poll.id, Channel.PROXY, 1) == 1
    assert panel.split.text() == "Phones 0 · Paper ballots 12 · Entered by the facilitator 1"
    assert "13 responses" in workspace.presenter.counts.text()

    qtbot.keyClicks(panel.ballot, "9")
    qtbot.mouseClick(panel.add_ballot, Qt.MouseButton.LeftButton)
    assert panel.message.text() == "That is not an answer to this poll. Option number, e.g. 2"
    assert panel.ballot.text() == "9"  # kept, to correct
    panel.ballot.clear()

    press(qtbot, "Ctrl+Z", planned)  # the proxy answer
    assert offline.count_of(poll.id, Channel.PROXY, 1) == 0
    press(qtbot, "Ctrl+Z", planned)  # people present
    assert HeadcountsRepo(file).people(item_id) is None
    assert not panel.warning.isVisible() and panel.people.text() == "not counted"
    press(qtbot, "Ctrl+Z", planned)  # the count for Station
    assert offline.count_of(poll.id, Channel.PAPER, 1) == 0
    assert spin_for(panel, "2. Station").value() == 0
    assert "7 responses" in workspace.presenter.counts.text()
    press(qtbot, "Ctrl+Shift+Z", planned)
    assert spin_for(panel, "2. Station").value() == 5
    assert "12 responses" in workspace.presenter.counts.text()
    assert "Paper ballots" not in workspace.presenter.counts.text()

    # On request, the room sees where the answers came from.
    qtbot.mouseClick(panel.split_on_presenter, Qt.MouseButton.LeftButton)
    assert workspace.presenter.counts.text().endswith("\nPhones 0 · Paper ballots 12")

    # Resetting the poll deletes the room's counts with the phones' answers.
    prompter.confirmations.append(True)
    qtbot.mouseClick(console.poll_controls.reset_button, Qt.MouseButton.LeftButton)
    assert OfflineAnswersRepo(file).all(poll.id) == []
    assert spin_for(panel, "1. Park").value() == 0
    assert "0 responses" in workspace.presenter.counts.text()


def test_scale_counts_and_a_ranked_paper_ballot(qtbot, planned: MainWindow) -> None:  # type: ignore[no-untyped-def]
    workspace = run_mode(qtbot, planned)
    console = workspace.console
    assert console is not None
    for _ in range(4):
        press(qtbot, "PgDown", console)  # "How safe overall?" open
    panel = console.room_counts
    file = workspace.context.file
    scale = file.polls(file.items()[1].id)[1]
    assert panel.source.currentText() == "Show of hands"
    type_number(qtbot, spin_for(panel, "4"), "3")
    assert console.session is not None
    room = console.session.tally(scale.id)  # 3 hands: below the minimum group size of 5
    assert room is not None and room.responses == 3 and room.withheld
    combined = console.session.channel_tally(scale.id)
    assert combined is not None
    tally = combined.total  # the exact count, phones and room together
    assert tally.counts == [0, 0, 0, 3, 0] and tally.mean == 4.0
    press(qtbot, "PgDown", console)  # the poll closes: counts can still come in
    assert file.poll(scale.id).state.value == "closed"
    type_number(qtbot, spin_for(panel, "2"), "1")
    combined = console.session.channel_tally(scale.id)
    assert combined is not None
    tally = combined.total
    assert tally.counts == [0, 1, 0, 3, 0] and tally.mean == 3.5
    for _ in range(5):
        press(qtbot, "PgDown", console)  # Wrap-up, the open text, the ranking
    ranking = file.polls(file.items()[2].id)[1]
    counts = [s for s in panel.findChildren(QSpinBox) if s.accessibleName().startswith("Count")]
    assert panel.poll_part.isVisible() and not any(s.isVisibleTo(panel) for s in counts)
    panel.source.setFocus()
    qtbot.keyClick(panel.source, Qt.Key.Key_Down)  # paper ballots
    qtbot.keyClicks(panel.ballot, "3 1 2")
    qtbot.keyClick(panel.ballot, Qt.Key.Key_Return)
    qtbot.keyClicks(panel.ballot, "3 1 2")
    qtbot.mouseClick(panel.add_ballot, Qt.MouseButton.LeftButton)
    assert panel.message.text() == "Ballot added."
    assert OfflineAnswersRepo(file).count_of(ranking.id, Channel.PAPER, [2, 0, 1]) == 2
    room = console.session.tally(ranking.id)  # 2 ballots: the room sees no order yet
    assert room is not None and room.responses == 2 and room.withheld and room.ranking == []
    combined = console.session.channel_tally(ranking.id)
    assert combined is not None and combined.total.responses == 2
    assert [option for option, _ in combined.total.ranking] == [2, 0, 1]
    assert panel.split.text() == "Phones 0 · Paper ballots 2"


def test_counts_from_the_note_takers_page_reach_the_console(qtbot, planned: MainWindow) -> None:  # type: ignore[no-untyped-def]
    import urllib.parse
    import urllib.request

    workspace = run_mode(qtbot, planned)
    console = workspace.console
    assert console is not None and console.notetaker_link is not None
    press(qtbot, "PgDown", console)
    press(qtbot, "PgDown", console)  # Discussion: "Where do you feel safe?" open
    qtbot.mouseClick(console.notetaker_link.show_button, Qt.MouseButton.LeftButton)
    url = workspace.controller.live.notetaker_url()
    assert url is not None
    file = workspace.context.file
    poll = file.polls(file.items()[1].id)[0]

    def post(route: str, fields: dict[str, str]) -> None:
        body = urllib.parse.urlencode(fields).encode()
        with urllib.request.urlopen(urllib.request.Request(f"{url}/counts/{route}", body)) as r:
            assert r.status == 200  # after the redirect back to the page

    post("cells", {"poll_id": str(poll.id), "dots_1": "4"})
    post("people", {"people": "3"})
    panel = console.room_counts
    qtbot.waitUntil(lambda: panel.split.text() == "Phones 0 · Sticky dots 4", timeout=5000)
    qtbot.waitUntil(lambda: panel.people.value() == 3, timeout=5000)
    assert panel.warning.text() == "4 answers but 3 people present: check the counts"
    assert workspace.presenter is not None
    qtbot.waitUntil(lambda: "4 responses" in workspace.presenter.counts.text(), timeout=5000)
