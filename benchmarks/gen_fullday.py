"""Generate a full-day workshop: 40 items, 1,000 notes, 60 polls × 500 responses (× scale)."""

from __future__ import annotations

import random
from datetime import datetime, time, timedelta
from pathlib import Path

from workshop_app.domain.notes import Note, NoteKind
from workshop_app.domain.polls import Poll, PollSettings, PollState, PollType
from workshop_app.domain.workshop import AgendaItem, Method, Workshop
from workshop_app.store.notes_repo import NotesRepo
from workshop_app.store.responses_repo import ResponsesRepo
from workshop_app.store.session_history import add_ended_session
from workshop_app.store.workshop_file import WorkshopFile

ITEMS, NOTES, POLLS, RESPONSES = 40, 1000, 60, 500
WORDS = (
    "light safety street police youth park trust camera data housing neighbours bus "
    "station night market school éclairage sécurité voisins oświetlenie φως"
).split()


def generate(path: Path, scale: float = 1.0, seed: int = 1) -> dict[str, int]:
    rng = random.Random(seed)
    items, notes, polls = round(ITEMS * scale), round(NOTES * scale), round(POLLS * scale)
    start = datetime(2026, 6, 1, 9, 0).astimezone()
    file = WorkshopFile.create(
        path, Workshop(title=f"Full-day workshop ×{scale:g}", start_time=time(9, 0))
    )
    try:
        added_items = []
        cursor = start
        for i in range(items):
            item = AgendaItem(
                title=f"Session {i + 1}: {' '.join(rng.sample(WORDS, 3))}",
                planned_minutes=12,
                method=list(Method)[i % len(Method)],
                goal="Discuss and decide",
                actual_start=cursor,
                actual_end=cursor + timedelta(minutes=rng.randint(9, 16)),
            )
            cursor = item.actual_end or cursor
            added_items.append(file.add_item(item))
        # The run the answers and notes belong to (a session is one run of the workshop).
        add_ended_session(file, start, cursor, RESPONSES)
        types = list(PollType)
        total_responses = 0
        for p in range(polls):
            item = added_items[p % len(added_items)]
            kind = types[p % len(types)]
            options = [f"Option {k} {rng.choice(WORDS)}" for k in range(5)]
            poll = file.add_poll(
                Poll(
                    kind,
                    f"Question {p + 1} about {rng.choice(WORDS)}?",
                    options if kind not in (PollType.SCALE, PollType.OPEN_TEXT) else [],
                    settings=PollSettings(max_choices=3),
                    item_id=item.id,
                    state=PollState.CLOSED,
                )
            )
            assert poll.id is not None
            rows = []
            for r in range(RESPONSES):
                if kind == PollType.SINGLE_CHOICE:
                    value: object = rng.randrange(5)
                elif kind == PollType.MULTIPLE_CHOICE:
                    value = sorted(rng.sample(range(5), rng.randint(1, 3)))
                elif kind == PollType.SCALE:
                    value = rng.randint(1, 5)
                elif kind == PollType.RANKING:
                    value = rng.sample(range(5), 5)
                elif kind == PollType.DOT_VOTE:  # five dots, at most one on an option
                    value = {str(i): 1 for i in sorted(rng.sample(range(5), rng.randint(1, 5)))}
                else:
                    value = " ".join(rng.sample(WORDS, 4))
                rows.append((poll.id, value, start + timedelta(seconds=r)))
            _bulk_responses(file, rows)
            total_responses += len(rows)
        kinds = list(NoteKind)
        NotesRepo(file).add_many(
            [
                Note(
                    kind=kinds[n % len(kinds)],
                    text=" ".join(rng.sample(WORDS, 8)),
                    item_id=added_items[n % len(added_items)].id,
                    created_at=start + timedelta(seconds=30 * n),
                    action_owner="Team" if n % 5 == 2 else "",
                )
                for n in range(notes)
            ]
        )
        return {"items": items, "polls": polls, "notes": notes, "responses": total_responses}
    finally:
        file.close()


def _bulk_responses(file: WorkshopFile, rows: list[tuple[int, object, datetime]]) -> None:
    ResponsesRepo(file).add_many(rows)
