"""Sessions in the store: notes ordered by session then time, rehearsals, discarding."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from workshop_app.domain.notes import Note, NoteKind
from workshop_app.domain.workshop import AgendaItem
from workshop_app.store.notes_repo import NotesRepo
from workshop_app.store.session_history import add_ended_session
from workshop_app.store.sessions_repo import SessionsRepo
from workshop_app.store.workshop_file import WorkshopFile

T0 = datetime(2026, 3, 12, 18, 0, tzinfo=UTC)


def test_notes_are_ordered_by_session_then_time(workshop_file: WorkshopFile) -> None:
    item = workshop_file.add_item(AgendaItem(title="Welcome"))
    notes = NotesRepo(workshop_file)
    notes.add(Note(NoteKind.NOTE, "planning", item.id, created_at=T0 - timedelta(days=3)))
    later = add_ended_session(
        workshop_file, T0 + timedelta(days=7), T0 + timedelta(days=7, hours=2), 0
    )
    earlier = add_ended_session(workshop_file, T0, T0 + timedelta(hours=2), 0)
    # Written out of order: a note of the later session first, with an earlier clock.
    notes.add(
        Note(
            NoteKind.NOTE,
            "later b",
            item.id,
            created_at=T0 + timedelta(days=7, minutes=9),
            session_id=later,
        )
    )
    notes.add(
        Note(
            NoteKind.NOTE,
            "later a",
            item.id,
            created_at=T0 + timedelta(days=7, minutes=1),
            session_id=later,
        )
    )
    notes.add(
        Note(
            NoteKind.NOTE,
            "earlier",
            item.id,
            created_at=T0 + timedelta(minutes=5),
            session_id=earlier,
        )
    )
    assert [n.text for n in notes.all()] == ["planning", "earlier", "later a", "later b"]
    assert [n.text for n in notes.all(sessions=[later])] == ["planning", "later a", "later b"]
    assert [n.text for n in notes.search("later", sessions=[earlier])] == []


def test_a_new_note_belongs_to_the_live_session(workshop_file: WorkshopFile) -> None:
    repo = SessionsRepo(workshop_file)
    session = repo.start(T0, rehearsal=True)
    note = NotesRepo(workshop_file).add(Note(NoteKind.NOTE, "during", created_at=T0))
    assert note.session_id == session.id
    assert repo.summaries()[0].rehearsal and repo.summaries()[0].notes == 1


def test_discard_hides_then_purge_deletes(workshop_file: WorkshopFile) -> None:
    repo = SessionsRepo(workshop_file)
    kept = add_ended_session(workshop_file, T0, T0 + timedelta(hours=1), 0)
    trial = add_ended_session(
        workshop_file, T0 + timedelta(days=1), T0 + timedelta(days=1, hours=1), 0
    )
    NotesRepo(workshop_file).add(Note(NoteKind.NOTE, "trial", created_at=T0, session_id=trial))
    repo.set_discarded(trial, True)
    assert [s.id for s in repo.summaries()] == [kept]
    assert repo.current_id() == kept
    repo.set_discarded(trial, False)  # brought back
    assert repo.current_id() == trial
    repo.set_discarded(trial, True)
    assert repo.purge_discarded() == 1
    assert [s.id for s in repo.all()] == [kept]
    assert NotesRepo(workshop_file).all() == []


def test_minutes_of_a_file_whose_only_session_is_discarded_hold_no_results(
    workshop_file: WorkshopFile,
) -> None:
    from workshop_app.domain.polls import Poll, PollType
    from workshop_app.export.minutes_data import gather
    from workshop_app.store.responses_repo import ResponsesRepo

    item = workshop_file.add_item(AgendaItem(title="Vote"))
    poll = workshop_file.add_poll(Poll(PollType.SCALE, "How much?", item_id=item.id))
    trial = add_ended_session(workshop_file, T0, T0 + timedelta(hours=1), 1)
    assert poll.id is not None
    ResponsesRepo(workshop_file).add(poll.id, 3, T0, session_id=trial)
    NotesRepo(workshop_file).add(Note(NoteKind.NOTE, "trial", created_at=T0, session_id=trial))
    SessionsRepo(workshop_file).set_discarded(trial, True)
    data = gather(workshop_file, T0)
    assert data.polls[0].tally.responses == 0 and data.note_count == 0 and data.sessions == []
