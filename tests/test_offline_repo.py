"""Offline answers and headcounts in the file: per session, set and added, from the GUI's
file and from the live writer's bare connection alike."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from workshop_app.domain.channels import Channel, InvalidCount
from workshop_app.domain.polls import Poll, PollType
from workshop_app.domain.workshop import AgendaItem, Workshop
from workshop_app.store.offline_repo import (
    HeadcountsRepo,
    OfflineAnswersRepo,
    stored_channel_tally,
)
from workshop_app.store.responses_repo import ResponsesRepo
from workshop_app.store.sessions_repo import SessionsRepo
from workshop_app.store.workshop_file import WorkshopFile, connect_for_thread

AT = datetime(2026, 5, 4, 18, 30, tzinfo=UTC)


@pytest.fixture
def file(tmp_path: Path):  # type: ignore[no-untyped-def]
    opened = WorkshopFile.create(tmp_path / "offline.workshop", Workshop(title="Offline"))
    yield opened
    opened.close()


def test_counts_are_set_added_and_removed_in_the_live_session(file: WorkshopFile) -> None:
    item = file.add_item(AgendaItem("Vote", 10))
    poll = file.add_poll(Poll(PollType.SINGLE_CHOICE, "Which?", ["A", "B"], item_id=item.id))
    assert poll.id is not None
    session = SessionsRepo(file).start(AT)
    repo = OfflineAnswersRepo(file)
    repo.set_count(poll.id, Channel.HANDS, 1, 7, AT)
    repo.set_count(poll.id, Channel.HANDS, 1, 9, AT)  # corrected, not added
    assert repo.add(poll.id, Channel.PAPER, 0, AT) == 1
    assert repo.add(poll.id, Channel.PAPER, 0, AT, 2) == 3
    assert repo.count_of(poll.id, Channel.HANDS, 1) == 9
    assert {(a.channel, a.value, a.count, a.session_id) for a in repo.all(poll.id)} == {
        (Channel.HANDS, 1, 9, session.id),
        (Channel.PAPER, 0, 3, session.id),
    }
    repo.set_count(poll.id, Channel.HANDS, 1, 0, AT)
    assert [a.channel for a in repo.all(poll.id)] == [Channel.PAPER]
    with pytest.raises(InvalidCount):
        repo.set_count(poll.id, Channel.PAPER, 0, -2, AT)
    assert repo.count_of(poll.id, Channel.PAPER, 0) == 3


def test_the_combined_tally_from_the_file_adds_phones_and_paper(file: WorkshopFile) -> None:
    item = file.add_item(AgendaItem("Vote", 10))
    poll = file.add_poll(Poll(PollType.SINGLE_CHOICE, "Which?", ["A", "B"], item_id=item.id))
    assert poll.id is not None
    SessionsRepo(file).start(AT)
    bare = connect_for_thread(file.path)  # the live writer's connection
    try:
        for value in [0] * 18 + [1] * 12:
            ResponsesRepo(bare).add(poll.id, value, AT)
        OfflineAnswersRepo(bare).set_count(poll.id, Channel.PAPER, 1, 12, AT)
    finally:
        bare.close()
    combined = stored_channel_tally(file, poll)
    assert combined.total.responses == 42
    assert combined.total.counts == [18, 24]
    assert combined.split() == {"phone": 30, "paper": 12}


def test_headcounts_per_item_and_session(file: WorkshopFile) -> None:
    first = file.add_item(AgendaItem("Welcome", 10))
    second = file.add_item(AgendaItem("Vote", 10))
    assert first.id is not None and second.id is not None
    repo = HeadcountsRepo(file)
    assert repo.people(first.id) is None
    sessions = SessionsRepo(file)
    one = sessions.start(AT)
    repo.set_people(first.id, 40, AT)
    repo.set_people(first.id, 42, AT)
    assert repo.people(first.id) == 42
    assert one.id is not None
    sessions.end(one.id, AT)
    sessions.start(AT)
    assert repo.people(first.id) is None  # a new session counts again
    repo.set_people(first.id, 35, AT)
    repo.set_people(second.id, 30, AT)
    assert repo.latest() == {first.id: 35, second.id: 30}
    # Both runs chosen: the people of both added up, for the item both counted only;
    # the second item's 30 beside both runs' answers would read as too few people.
    two = sessions.current_id()
    assert two is not None
    assert repo.latest([one.id, two]) == {first.id: 42 + 35}
    assert repo.latest([two]) == {first.id: 35, second.id: 30}
    repo.set_people(second.id, None, AT)
    assert repo.people(second.id) is None
    with pytest.raises(InvalidCount):
        repo.set_people(first.id, -1, AT)
