"""Anonymous poll responses and their tallies, as stored in the file.

One repository for the GUI (on the open file) and the live server's writer (on its own
bare connection, in its own thread).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import groupby
from operator import itemgetter
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


# Which sessions' responses a query sees: some sessions' ids, or None for every response
# (a file that was never run, such as a generated one, has responses without a session).
Sessions = Sequence[int] | None


def in_sessions(sessions: Sessions, column: str = "session_id") -> tuple[str, list[object]]:
    """An SQL condition (starting with AND) and its arguments for a session choice."""
    if sessions is None:
        return "", []
    marks = ", ".join("?" for _ in sessions) or "NULL"  # no session chosen: no row
    return f" AND {column} IN ({marks})", list(sessions)


def _answer(text: str) -> object:
    # Most answers are one option or scale step: a plain integer needs no JSON parser
    # (a merge of twelve rooms reads hundreds of thousands of them).
    return int(text) if text.isascii() and text.isdigit() else from_json(text)


def session_for_new_rows(conn: sqlite3.Connection) -> int | None:
    """The session new rows belong to: the live one, else the latest kept one (None
    before any session)."""
    row = conn.execute(
        "SELECT id FROM sessions WHERE discarded = 0 "
        "ORDER BY state = 'live' DESC, started_at DESC, id DESC LIMIT 1"
    ).fetchone()
    return int(row[0]) if row else None


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
            if session_id is None:
                session_id = session_for_new_rows(conn)
            cursor = conn.execute(
                """INSERT INTO responses (poll_id, session_id, ballot, value,
                       created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)""",
                (poll_id, session_id, ballot, to_json(value), dt_to_text(at), dt_to_text(at)),
            )
        return int(cursor.lastrowid or 0)

    def add_many(self, rows: list[tuple[int, object, datetime]]) -> None:
        """(poll id, value, time) rows in one transaction: imports and generated files."""
        with self._transaction() as conn:
            session_id = session_for_new_rows(conn)
            conn.executemany(
                "INSERT INTO responses (poll_id, session_id, value, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?)",
                [
                    (pid, session_id, to_json(v), dt_to_text(at), dt_to_text(at))
                    for pid, v, at in rows
                ],
            )

    def set_hidden(self, response_id: int, hidden: bool) -> None:
        with self._transaction() as conn:
            conn.execute("UPDATE responses SET hidden = ? WHERE id = ?", (int(hidden), response_id))

    def delete_all(self, poll_id: int, sessions: Sessions = None) -> None:
        """A poll reset: its responses in these sessions (every session's when None)."""
        where, args = in_sessions(sessions)
        with self._transaction() as conn:
            conn.execute(f"DELETE FROM responses WHERE poll_id = ?{where}", [poll_id, *args])

    def responses(self, poll_id: int, sessions: Sessions = None) -> list[StoredResponse]:
        """Every response of a poll with its ballot: the room's memory on (re)start."""
        where, args = in_sessions(sessions)
        rows = self.conn.execute(
            "SELECT id, poll_id, ballot, value, hidden FROM responses WHERE poll_id = ?"
            f"{where} ORDER BY id",
            [poll_id, *args],
        ).fetchall()
        return [StoredResponse(r[0], r[1], r[2], from_json(r[3]), bool(r[4])) for r in rows]

    def values(
        self, poll_id: int, include_hidden: bool = False, sessions: Sessions = None
    ) -> list[object]:
        where, args = in_sessions(sessions)
        sql = f"SELECT value FROM responses WHERE poll_id = ?{where}"
        if not include_hidden:
            sql += " AND hidden = 0"
        rows = self.conn.execute(sql + " ORDER BY id", [poll_id, *args])
        return [_answer(r[0]) for r in rows]

    def visible_values_by_poll(self, sessions: Sessions = None) -> dict[int, list[object]]:
        """Poll id → its visible answers (as values() gives them), for every poll in one
        query: a merge of rooms reads every answer of every file."""
        where, args = in_sessions(sessions)
        rows = self.conn.execute(
            f"SELECT poll_id, value FROM responses WHERE hidden = 0{where} ORDER BY poll_id, id",
            args,
        )
        # Each value is JSON text: a poll's values joined are one JSON array, which one
        # call of the (C) parser reads far faster than a call per answer.
        return {
            poll_id: json.loads("[" + ",".join(value for _, value in group) + "]")
            for poll_id, group in groupby(rows, key=itemgetter(0))
        }

    def rows(self, poll_id: int, sessions: Sessions = None) -> list[tuple[int, object, bool]]:
        """(id, value, hidden) of every response, for moderation."""
        where, args = in_sessions(sessions)
        return [
            (r[0], from_json(r[1]), bool(r[2]))
            for r in self.conn.execute(
                f"SELECT id, value, hidden FROM responses WHERE poll_id = ?{where} ORDER BY id",
                [poll_id, *args],
            )
        ]

    def count(self, poll_id: int, sessions: Sessions = None) -> int:
        where, args = in_sessions(sessions)
        return int(
            self.conn.execute(
                f"SELECT COUNT(*) FROM responses WHERE poll_id = ?{where}", [poll_id, *args]
            ).fetchone()[0]
        )

    def hidden_count(self, poll_id: int, sessions: Sessions = None) -> int:
        where, args = in_sessions(sessions)
        return int(
            self.conn.execute(
                f"SELECT COUNT(*) FROM responses WHERE poll_id = ? AND hidden = 1{where}",
                [poll_id, *args],
            ).fetchone()[0]
        )

    def tally(self, poll: Poll, language: str | None = None, sessions: Sessions = None) -> Tally:
        """The poll's tally; open-text words in the workshop's language unless given."""
        assert poll.id is not None
        if language is None:
            row = self.conn.execute("SELECT language FROM workshop WHERE id = 1").fetchone()
            language = str(row[0]) if row else "en"
        return tally(poll, self.values(poll.id, sessions=sessions), language)
