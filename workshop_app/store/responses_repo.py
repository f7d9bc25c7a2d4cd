"""Anonymous poll responses and their tallies, as stored in the file.

One repository for the GUI (on the open file) and the live server's writer (on its own
bare connection, in its own thread).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from workshop_app.domain.polls import Poll, Tally, tally
from workshop_app.store.codec import dt_to_text, from_json, to_json
from workshop_app.store.transaction import HasConnection, connection_of


@dataclass(frozen=True)
class StoredResponse:
    id: int
    poll_id: int
    ballot: str | None  # per-poll keyed hash of the phone's token (domain/ballots.py)
    value: Any
    hidden: bool


class ResponsesRepo:
    def __init__(self, store: HasConnection | sqlite3.Connection) -> None:
        self.conn, self._transaction = connection_of(store)

    def add(
        self,
        poll_id: int,
        value: object,
        at: datetime,
        *,
        session_id: int | None = None,
        ballot: str | None = None,
    ) -> int:
        with self._transaction() as conn:
            cursor = conn.execute(
                """INSERT INTO responses (poll_id, session_id, ballot, value,
                       created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)""",
                (poll_id, session_id, ballot, to_json(value), dt_to_text(at), dt_to_text(at)),
            )
        return int(cursor.lastrowid or 0)

    def add_many(self, rows: list[tuple[int, object, datetime]]) -> None:
        """(poll id, value, time) rows in one transaction: imports and generated files."""
        with self._transaction() as conn:
            conn.executemany(
                "INSERT INTO responses (poll_id, value, created_at, updated_at) "
                "VALUES (?, ?, ?, ?)",
                [(pid, to_json(v), dt_to_text(at), dt_to_text(at)) for pid, v, at in rows],
            )

    def set_hidden(self, response_id: int, hidden: bool) -> None:
        with self._transaction() as conn:
            conn.execute("UPDATE responses SET hidden = ? WHERE id = ?", (int(hidden), response_id))

    def delete_all(self, poll_id: int) -> None:
        with self._transaction() as conn:
            conn.execute("DELETE FROM responses WHERE poll_id = ?", (poll_id,))

    def responses(self, poll_id: int) -> list[StoredResponse]:
        """Every response of a poll with its ballot: the room's memory on (re)start."""
        rows = self.conn.execute(
            "SELECT id, poll_id, ballot, value, hidden FROM responses WHERE poll_id = ? "
            "ORDER BY id",
            (poll_id,),
        ).fetchall()
        return [StoredResponse(r[0], r[1], r[2], from_json(r[3]), bool(r[4])) for r in rows]

    def values(self, poll_id: int, include_hidden: bool = False) -> list[object]:
        sql = "SELECT value FROM responses WHERE poll_id = ?"
        if not include_hidden:
            sql += " AND hidden = 0"
        return [from_json(r[0]) for r in self.conn.execute(sql + " ORDER BY id", (poll_id,))]

    def rows(self, poll_id: int) -> list[tuple[int, object, bool]]:
        """(id, value, hidden) of every response, for moderation."""
        return [
            (r[0], from_json(r[1]), bool(r[2]))
            for r in self.conn.execute(
                "SELECT id, value, hidden FROM responses WHERE poll_id = ? ORDER BY id", (poll_id,)
            )
        ]

    def count(self, poll_id: int) -> int:
        return int(
            self.conn.execute(
                "SELECT COUNT(*) FROM responses WHERE poll_id = ?", (poll_id,)
            ).fetchone()[0]
        )

    def tally(self, poll: Poll, language: str | None = None) -> Tally:
        """The poll's tally; open-text words in the workshop's language unless given."""
        assert poll.id is not None
        if language is None:
            row = self.conn.execute("SELECT language FROM workshop WHERE id = 1").fetchone()
            language = str(row[0]) if row else "en"
        return tally(poll, self.values(poll.id), language)
