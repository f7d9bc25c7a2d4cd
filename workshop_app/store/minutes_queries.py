"""Read-only queries the minutes and data exports need."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from workshop_app.domain.session import SessionState
from workshop_app.store.codec import text_to_dt
from workshop_app.store.workshop_file import WorkshopFile


@dataclass(frozen=True)
class SessionRecord:
    number: int
    started_at: datetime | None
    ended_at: datetime | None
    state: SessionState
    participants: int  # devices that answered at least one poll in this session
    id: int = 0
    responses: int = 0  # visible responses in this session
    rehearsal: bool = False


def session_records(file: WorkshopFile) -> list[SessionRecord]:
    rows = file.conn.execute(
        "SELECT id, started_at, ended_at, state, participants FROM sessions ORDER BY id"
    ).fetchall()
    records = []
    for number, row in enumerate(rows, start=1):
        participants = row["participants"]
        if participants is None:
            # A session still live (or cut short by a crash): count its devices so far.
            participants = file.conn.execute(
                "SELECT COUNT(*) FROM devices WHERE session_id = ?", (row["id"],)
            ).fetchone()[0]
        records.append(
            SessionRecord(
                number=number,
                started_at=text_to_dt(row["started_at"]),
                ended_at=text_to_dt(row["ended_at"]),
                state=SessionState(row["state"]),
                participants=int(participants),
            )
        )
    return records


def response_counts(file: WorkshopFile) -> dict[int, tuple[int, int]]:
    """poll id → (responses counted, responses hidden by moderation)."""
    rows = file.conn.execute(
        "SELECT poll_id, SUM(hidden = 0), SUM(hidden = 1) FROM responses GROUP BY poll_id"
    ).fetchall()
    return {r[0]: (int(r[1] or 0), int(r[2] or 0)) for r in rows}
