"""The GUI's file and the live writer's bare connection go through the same repositories
and the same transaction helper; named columns keep the UPDATEs aligned."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from workshop_app.domain.notes import Note, NoteKind
from workshop_app.domain.polls import Poll, PollState, PollType
from workshop_app.domain.workshop import AgendaItem, Method, Workshop
from workshop_app.store.notes_repo import NotesRepo
from workshop_app.store.responses_repo import ResponsesRepo
from workshop_app.store.session_history import add_ended_session
from workshop_app.store.transaction import write_transaction
from workshop_app.store.workshop_file import WorkshopFile, connect_for_thread

AT = datetime(2026, 5, 4, 18, 30, tzinfo=UTC)


@pytest.fixture
def file(tmp_path: Path):  # type: ignore[no-untyped-def]
    opened = WorkshopFile.create(tmp_path / "repos.workshop", Workshop(title="Repos"))
    yield opened
    opened.close()


def test_a_bare_connection_and_the_file_share_responses_and_notes(file: WorkshopFile) -> None:
    item = file.add_item(AgendaItem("Vote", 10))
    poll = file.add_poll(Poll(PollType.SINGLE_CHOICE, "Which?", ["A", "B"], item_id=item.id))
    assert poll.id is not None
    bare = connect_for_thread(file.path)  # what the live server's writer holds
    try:
        ResponsesRepo(bare).add(poll.id, 1, AT)
        NotesRepo(bare).add(Note(NoteKind.NOTE, "from the writer", item.id, created_at=AT))
    finally:
        bare.close()
    assert ResponsesRepo(file).tally(poll).counts == [0, 1]
    assert [r.value for r in ResponsesRepo(file).responses(poll.id)] == [1]
    assert [n.text for n in NotesRepo(file).of_item(item.id)] == ["from the writer"]


def test_every_polls_visible_answers_at_once_are_each_polls_own(file: WorkshopFile) -> None:
    # The rooms merge reads a file's answers in one query: the same values, in the same
    # order, as asking poll by poll, hidden ones and other sessions' left out.
    item = file.add_item(AgendaItem("Vote", 10))
    first = add_ended_session(file, AT, AT, 3)
    second = add_ended_session(file, AT, AT, 3)
    polls = [
        file.add_poll(Poll(kind, "Which?", ["A", "B", "C"], item_id=item.id))
        for kind in (PollType.SINGLE_CHOICE, PollType.RANKING, PollType.OPEN_TEXT)
    ]
    ids = [p.id for p in polls if p.id is not None]
    repo = ResponsesRepo(file)
    answers: list[tuple[int, object]] = [
        (ids[2], 'a "quoted", comma, answer'),
        (ids[0], 2),
        (ids[1], [2, 0, 1]),
        (ids[2], "oświetlenie ⟨12⟩ [1]"),
        (ids[0], 0),
        (ids[1], [0, 1, 2]),
    ]
    for n, (poll_id, value) in enumerate(answers):
        repo.add(poll_id, value, AT, session_id=first if n % 3 else second)
    hidden = repo.add(ids[0], 1, AT, session_id=first)
    repo.set_hidden(hidden, True)
    for sessions in (None, [first], [second], []):
        by_poll = repo.visible_values_by_poll(sessions)
        expected = {pid: repo.values(pid, sessions=sessions) for pid in ids}
        assert {pid: by_poll.get(pid, []) for pid in ids} == expected
    assert repo.visible_values_by_poll(None)[ids[2]] == [
        'a "quoted", comma, answer',
        "oświetlenie ⟨12⟩ [1]",
    ]


def test_the_transaction_helper_rolls_back_whole(file: WorkshopFile) -> None:
    item = file.add_item(AgendaItem("Keep", 5))
    with pytest.raises(RuntimeError), write_transaction(file.conn) as conn:
        conn.execute("UPDATE agenda_items SET title = 'Lost' WHERE id = ?", (item.id,))
        raise RuntimeError("half way")
    assert [i.title for i in file.items()] == ["Keep"]
    assert not file.conn.in_transaction


def test_every_column_of_an_item_and_a_poll_round_trips(file: WorkshopFile) -> None:
    item = file.add_item(AgendaItem("Plan", 15, method=Method.PLENARY))
    changed = replace(
        item,
        title="Done",
        goal="a goal",
        method=Method.BREAK,
        planned_minutes=25,
        facilitator_notes="notes",
        actual_start=AT,
        actual_end=AT,
    )
    file.update_item(changed)
    assert file.item(item.id or 0) == replace(changed, position=0)
    poll = file.add_poll(Poll(PollType.SCALE, "How?", item_id=item.id))
    other = file.add_item(AgendaItem("Other", 5))
    moved = replace(
        poll,
        item_id=other.id,
        type=PollType.MULTIPLE_CHOICE,
        question="Which ones?",
        options=["X", "Y"],
        state=PollState.CLOSED,
        opened_at=AT,
        closed_at=AT,
    )
    file.update_poll(moved)
    assert file.poll(poll.id or 0) == moved


def test_a_read_only_file_refuses_before_any_write(tmp_path: Path) -> None:
    path = tmp_path / "ro.workshop"
    WorkshopFile.create(path, Workshop(title="RO")).close()
    opened = WorkshopFile.open(path, read_only=True)
    try:
        from workshop_app.store.errors import CannotWrite

        with pytest.raises(CannotWrite):
            ResponsesRepo(opened).add(1, 0, AT)
    finally:
        opened.close()
