"""The minutes' cover facts (date, venue, sessions, counts…) as label/value pairs, once for
every format that prints a cover (PDF, HTML)."""

from __future__ import annotations

from datetime import datetime

from workshop_app.export.minutes_catalogue import MinutesWords
from workshop_app.export.minutes_data import MinutesData
from workshop_app.export.session_text import session_line


def clock_or_dash(value: datetime | None) -> str:
    return MinutesWords.clock(value) if value else "—"


def cover_facts(data: MinutesData, words: MinutesWords) -> list[tuple[str, str]]:
    w = data.workshop
    facts: list[tuple[str, str]] = []
    if w.date:
        when = words("date_from", date=words.long_date(w.date), time=words.clock(w.start_time))
        facts.append((words("date"), when))
    if w.venue:
        facts.append((words("venue"), w.venue))
    if w.organisation:
        facts.append((words("organisation"), w.organisation))
    if w.facilitators:
        facts.append((words("facilitators"), ", ".join(w.facilitators)))
    if data.rooms:
        names = ", ".join(room.name for room in data.rooms)
        facts.append((words.count("rooms", len(data.rooms)), names))
    elif data.sessions:
        # Each session with its date and responses: runs on several days stay apart.
        spans = "; ".join(session_line(s, words) for s in data.sessions)
        facts.append((words.count("sessions", len(data.sessions)), spans))
    facts.append((words("participants"), words.count("participants_answered", data.participants)))
    counts = [
        words.count("n_items", len(data.items)),
        words.count("n_polls", len(data.polls)),
        words.count("n_notes", data.note_count),
        words.count("n_actions", len(data.actions)),
    ]
    facts.append((words("agenda"), ", ".join(counts)))
    return facts
