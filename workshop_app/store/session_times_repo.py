"""Each item's actual start and end per session: every run keeps its own times."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from workshop_app.store.codec import dt_to_text, text_to_dt
from workshop_app.store.responses_repo import Sessions, in_sessions
from workshop_app.store.transaction import HasConnection, connection_of


@dataclass(frozen=True)
class ItemTimes:
    session_id: int
    item_id: int
    actual_start: datetime | None
    actual_end: datetime | None


class SessionTimesRepo:
    def __init__(self, store: HasConnection | sqlite3.Connection) -> None:
        self.conn, self._transaction = connection_of(store)

    def entered(self, session_id: int, item_id: int, at: datetime) -> None:
        """The room reached the item: its start in this session (kept on re-entry)."""
        with self._transaction() as conn:
            conn.execute(
                "INSERT INTO session_item_times (session_id, item_id, actual_start) "
                "VALUES (?, ?, ?) ON CONFLICT (session_id, item_id) DO UPDATE SET "
                "actual_end = NULL",
                (session_id, item_id, dt_to_text(at)),
            )

    def left(self, session_id: int, item_id: int, at: datetime) -> None:
        with self._transaction() as conn:
            conn.execute(
                "UPDATE session_item_times SET actual_end = ? WHERE session_id = ? AND item_id = ?",
                (dt_to_text(at), session_id, item_id),
            )

    def times(self, sessions: Sessions = None) -> list[ItemTimes]:
        where, args = in_sessions(sessions)
        rows = self.conn.execute(
            "SELECT session_id, item_id, actual_start, actual_end FROM session_item_times "
            f"WHERE 1 = 1{where} ORDER BY session_id, item_id",
            args,
        ).fetchall()
        return [ItemTimes(r[0], r[1], text_to_dt(r[2]), text_to_dt(r[3])) for r in rows]
