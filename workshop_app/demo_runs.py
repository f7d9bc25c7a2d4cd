"""The demo's earlier runs: a rehearsal the week before, and the same evening held first in
another neighbourhood — so the demo shows sessions, rehearsals and comparisons at once.

Each run has its own random generator, so the main evening's answers stay as they were.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from workshop_app.domain.notes import Note, NoteKind
from workshop_app.domain.polls import Poll, PollType
from workshop_app.store.notes_repo import NotesRepo
from workshop_app.store.responses_repo import ResponsesRepo
from workshop_app.store.session_history import add_ended_session
from workshop_app.store.session_times_repo import SessionTimesRepo
from workshop_app.store.sessions_repo import SessionsRepo
from workshop_app.store.workshop_file import WorkshopFile

REHEARSAL_DAY = date(2026, 3, 4)
FIRST_EVENING_DAY = date(2026, 3, 5)
FIRST_EVENING_PARTICIPANTS = 22

_TEXTS = [
    "More light in the tunnel",
    "Neighbours who know each other",
    "Shops open late",
    "Éclairage",
    "A place for young people",
    "Lighting",
]


def add_earlier_runs(file: WorkshopFile, seed: int) -> None:
    _rehearsal(file, random.Random(seed + 1))
    _first_evening(file, random.Random(seed + 2))


def _rehearsal(file: WorkshopFile, rng: random.Random) -> None:
    """The team alone with three phones, trying the first two items in 20 minutes."""
    start = datetime.combine(REHEARSAL_DAY, time(16, 5)).astimezone()
    session_id = add_ended_session(file, start, start + timedelta(minutes=22), 3)
    SessionsRepo(file).set_rehearsal(session_id, True)
    items = file.items()[:2]
    cursor = start
    for item in items:
        assert item.id is not None
        _times(file, session_id, item.id, cursor, cursor + timedelta(minutes=9))
        for poll in file.polls(item.id):
            _answer(poll, file, rng, cursor + timedelta(minutes=2), session_id, 3)
        cursor += timedelta(minutes=10)
    NotesRepo(file).add(
        Note(
            NoteKind.NOTE,
            "Test run: the projector, the QR code and three phones work; the Wi-Fi reaches "
            "the back of the hall.",
            items[0].id,
            created_at=start + timedelta(minutes=4),
            session_minutes=4,
            session_id=session_id,
        )
    )


def _first_evening(file: WorkshopFile, rng: random.Random) -> None:
    """The same plan, a week earlier, in the Marolles: fewer people, shorter items."""
    start = datetime.combine(FIRST_EVENING_DAY, time(18, 34)).astimezone()
    minutes = [10, 8, 25, 12, 20, 24, 13]
    session_id = add_ended_session(
        file, start, start + timedelta(minutes=sum(minutes) + 2), FIRST_EVENING_PARTICIPANTS
    )
    cursor = start
    items = file.items()
    for item, length in zip(items, minutes, strict=False):
        assert item.id is not None
        _times(file, session_id, item.id, cursor, cursor + timedelta(minutes=length))
        for poll in file.polls(item.id):
            _answer(
                poll,
                file,
                rng,
                cursor + timedelta(minutes=2),
                session_id,
                FIRST_EVENING_PARTICIPANTS,
            )
        cursor += timedelta(minutes=length)
    notes = NotesRepo(file)
    for offset, kind, text in (
        (5, NoteKind.NOTE, "About 25 residents of the Marolles, one neighbourhood officer."),
        (30, NoteKind.DECISION, "Ask the city for a walk through the neighbourhood at night."),
        (90, NoteKind.QUESTION, "Can the youth centre stay open later on Fridays?"),
    ):
        item = items[min(len(items) - 1, offset // 20)]
        notes.add(
            Note(
                kind,
                text,
                item.id,
                created_at=start + timedelta(minutes=offset),
                session_minutes=offset,
                session_id=session_id,
            )
        )


def _times(
    file: WorkshopFile, session_id: int, item_id: int, start: datetime, end: datetime
) -> None:
    times = SessionTimesRepo(file)
    times.entered(session_id, item_id, start)
    times.left(session_id, item_id, end)


def _answer(
    poll: Poll, file: WorkshopFile, rng: random.Random, at: datetime, session_id: int, people: int
) -> None:
    assert poll.id is not None
    n = len(poll.options)
    count = rng.randint(max(1, people * 3 // 4), people)
    values: list[object]
    if poll.type == PollType.SINGLE_CHOICE:
        values = rng.choices(range(n), weights=[4, 5, 3, 2, 1][:n], k=count)
    elif poll.type == PollType.MULTIPLE_CHOICE:
        limit = poll.settings.max_choices or n
        values = [sorted(rng.sample(range(n), rng.randint(1, limit))) for _ in range(count)]
    elif poll.type == PollType.SCALE:
        lo, hi = poll.settings.scale_min, poll.settings.scale_max
        values = [rng.randint(lo, hi) for _ in range(count)]
    elif poll.type == PollType.RANKING:
        values = []
        for _ in range(count):
            order = list(range(n))
            rng.shuffle(order)
            values.append(order)
    else:
        values = list(_TEXTS[: min(len(_TEXTS), count)])
    responses = ResponsesRepo(file)
    for offset, value in enumerate(values):
        responses.add(poll.id, value, at + timedelta(seconds=5 + offset * 4), session_id=session_id)
