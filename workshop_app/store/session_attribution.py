"""Which session a moment belongs to: used once, when a file from before sessions were
runs is upgraded, to give its responses, notes and actual times their session."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from workshop_app.store.codec import text_to_dt


@dataclass(frozen=True)
class _Span:
    session_id: int
    start: datetime
    end: datetime | None


def _aware(value: datetime) -> datetime:
    # Times written without a zone are local times.
    return value if value.tzinfo is not None else value.astimezone()


def _parse(text: str | None) -> datetime | None:
    try:
        value = text_to_dt(text)
    except ValueError:
        return None
    return _aware(value) if value else None


def session_spans(conn: sqlite3.Connection) -> list[_Span]:
    spans = []
    for session_id, started, ended in conn.execute(
        "SELECT id, started_at, ended_at FROM sessions ORDER BY id"
    ):
        start = _parse(started)
        if start is not None:
            spans.append(_Span(int(session_id), start, _parse(ended)))
    return sorted(spans, key=lambda s: (s.start, s.session_id))


def session_at(spans: list[_Span], moment: datetime | None, earliest: int) -> int:
    """The session running at ``moment`` (the later one where two overlap), else the earliest."""
    if moment is not None:
        for span in reversed(spans):
            if span.start <= moment and (span.end is None or moment <= span.end):
                return span.session_id
    return earliest


def attribute_existing_rows(conn: sqlite3.Connection) -> None:
    """Give responses, notes and item times without a session the session of their time."""
    spans = session_spans(conn)
    ids = [int(r[0]) for r in conn.execute("SELECT id FROM sessions ORDER BY id")]
    if not ids:
        return  # nothing was ever run: there is no session to give anything to
    earliest = min(spans, key=lambda s: s.start).session_id if spans else ids[0]
    for table in ("responses", "notes"):
        rows = conn.execute(
            f"SELECT id, created_at FROM {table} WHERE session_id IS NULL"
        ).fetchall()
        conn.executemany(
            f"UPDATE {table} SET session_id = ? WHERE id = ?",
            [(session_at(spans, _parse(created), earliest), rid) for rid, created in rows],
        )
    for item_id, start, end in conn.execute(
        "SELECT id, actual_start, actual_end FROM agenda_items WHERE actual_start IS NOT NULL"
    ).fetchall():
        moment = _parse(start)
        conn.execute(
            "INSERT OR IGNORE INTO session_item_times (session_id, item_id, actual_start, "
            "actual_end) VALUES (?, ?, ?, ?)",
            (session_at(spans, moment, earliest), item_id, start, end),
        )
