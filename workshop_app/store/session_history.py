"""Past sessions as the minutes see them: when they ran and how many took part."""

from __future__ import annotations

from datetime import datetime

from workshop_app.domain.session import SessionState
from workshop_app.store.codec import dt_to_text
from workshop_app.store.workshop_file import WorkshopFile


def add_ended_session(
    file: WorkshopFile, started_at: datetime, ended_at: datetime, participants: int
) -> int:
    """Record a session that has already ended (used for the demo and for imports)."""
    with file.transaction() as conn:
        cursor = conn.execute(
            "INSERT INTO sessions (started_at, ended_at, state, participants) VALUES (?, ?, ?, ?)",
            (dt_to_text(started_at), dt_to_text(ended_at), SessionState.ENDED.value, participants),
        )
    return int(cursor.lastrowid or 0)
