"""Answers counted in the room or entered by proxy, and the people present per item.

One repository for the GUI (on the open file) and the live server's writer (the
note-taker page enters counts too). Every row belongs to the session it was counted in:
the live session, or the latest one when none is live (counts entered after the end).
"""

from __future__ import annotations

import sqlite3
from datetime import datetime

from workshop_app.domain.channels import (
    Channel,
    ChannelTally,
    OfflineAnswer,
    checked_count,
    checked_people,
    combine,
    present_together,
)
from workshop_app.domain.polls import Poll
from workshop_app.store.codec import dt_to_text, from_json, to_json
from workshop_app.store.responses_repo import ResponsesRepo, in_sessions
from workshop_app.store.transaction import HasConnection, connection_of


def current_session_id(conn: sqlite3.Connection) -> int | None:
    """The live session, else the latest one; None before any session."""
    row = conn.execute(
        "SELECT id FROM sessions ORDER BY (state = 'live') DESC, id DESC LIMIT 1"
    ).fetchone()
    return int(row[0]) if row else None


class OfflineAnswersRepo:
    def __init__(self, store: HasConnection | sqlite3.Connection) -> None:
        self.conn, self._transaction = connection_of(store)

    def all(
        self, poll_id: int | None = None, sessions: list[int] | None = None
    ) -> list[OfflineAnswer]:
        """The room's counts (of one poll; of the ``sessions`` given, None: every one)."""
        sql = "SELECT id, session_id, poll_id, channel, value, count FROM offline_answers"
        clauses: list[str] = []
        args: tuple[int, ...] = ()
        if poll_id is not None:
            clauses.append("poll_id = ?")
            args = (poll_id,)
        if sessions is not None:
            clauses.append(f"session_id IN ({', '.join('?' for _ in sessions) or 'NULL'})")
            args = (*args, *sessions)
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        return [
            OfflineAnswer(
                poll_id=r[2],
                channel=Channel(r[3]),
                value=from_json(r[4]),
                count=r[5],
                session_id=r[1],
                id=r[0],
            )
            for r in self.conn.execute(sql + " ORDER BY id", args)
        ]

    def count_of(self, poll_id: int, channel: Channel, value: object) -> int:
        """The current session's count of one answer from one channel."""
        row = self._row(self.conn, poll_id, channel, value)
        return int(row[1]) if row else 0

    def set_count(
        self, poll_id: int, channel: Channel, value: object, count: int, at: datetime
    ) -> None:
        """Set the current session's count of one answer (0 removes it)."""
        count = checked_count(count)
        with self._transaction() as conn:
            self._write(conn, poll_id, channel, value, count, at)

    def add(self, poll_id: int, channel: Channel, value: object, at: datetime, n: int = 1) -> int:
        """Add ``n`` to one answer's count (a ballot, a proxy answer); returns the new count."""
        with self._transaction() as conn:
            row = self._row(conn, poll_id, channel, value)
            new = checked_count((row[1] if row else 0) + n)
            self._write(conn, poll_id, channel, value, new, at)
        return new

    def _write(
        self,
        conn: sqlite3.Connection,
        poll_id: int,
        channel: Channel,
        value: object,
        count: int,
        at: datetime,
    ) -> None:
        row = self._row(conn, poll_id, channel, value)
        if row is not None and count == 0:
            conn.execute("DELETE FROM offline_answers WHERE id = ?", (row[0],))
        elif row is not None:
            conn.execute("UPDATE offline_answers SET count = ? WHERE id = ?", (count, row[0]))
        elif count > 0:
            conn.execute(
                "INSERT INTO offline_answers (session_id, poll_id, channel, value, count, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    current_session_id(conn),
                    poll_id,
                    channel.value,
                    to_json(value),
                    count,
                    dt_to_text(at),
                ),
            )

    def delete_poll(self, poll_id: int, sessions: list[int] | None = None) -> None:
        """A poll reset forgets its counts too (of this run only, when given)."""
        with self._transaction() as conn:
            if sessions is None:
                conn.execute("DELETE FROM offline_answers WHERE poll_id = ?", (poll_id,))
                return
            where, args = in_sessions(sessions)
            conn.execute(f"DELETE FROM offline_answers WHERE poll_id = ?{where}", (poll_id, *args))

    @staticmethod
    def _row(
        conn: sqlite3.Connection, poll_id: int, channel: Channel, value: object
    ) -> tuple[int, int] | None:
        row = conn.execute(
            "SELECT id, count FROM offline_answers WHERE poll_id = ? AND channel = ? "
            "AND value = ? AND session_id IS ? ORDER BY id LIMIT 1",
            (poll_id, channel.value, to_json(value), current_session_id(conn)),
        ).fetchone()
        return (int(row[0]), int(row[1])) if row else None


class HeadcountsRepo:
    """People present per agenda item, per session."""

    def __init__(self, store: HasConnection | sqlite3.Connection) -> None:
        self.conn, self._transaction = connection_of(store)

    def people(self, item_id: int) -> int | None:
        """The current session's headcount of an item; None when nobody counted."""
        row = self.conn.execute(
            "SELECT people FROM item_headcounts WHERE item_id = ? AND session_id IS ? "
            "ORDER BY id DESC LIMIT 1",
            (item_id, current_session_id(self.conn)),
        ).fetchone()
        return int(row[0]) if row else None

    def latest(self, sessions: list[int] | None = None) -> dict[int, int]:
        """Item id → people present (the minutes): the latest headcount over every
        session; with ``sessions`` chosen, each one's latest, added up (the people of
        several runs together, as their answers are) — only for an item every chosen
        session counted (``present_together``)."""
        rows = self.conn.execute(
            "SELECT session_id, item_id, people FROM item_headcounts ORDER BY "
            "session_id IS NULL DESC, session_id, id"
        ).fetchall()
        if sessions is None:
            return {int(item): int(people) for _, item, people in rows}
        chosen = set(sessions)
        per_run = {(sid, int(item)): int(people) for sid, item, people in rows if sid in chosen}
        together = {
            item: present_together([per_run.get((sid, item)) for sid in chosen])
            for _, item in per_run
        }
        return {item: people for item, people in together.items() if people is not None}

    def set_people(self, item_id: int, people: int | None, at: datetime) -> None:
        """Set (or with None, clear) the current session's headcount of an item."""
        with self._transaction() as conn:
            session_id = current_session_id(conn)
            conn.execute(
                "DELETE FROM item_headcounts WHERE item_id = ? AND session_id IS ?",
                (item_id, session_id),
            )
            if people is not None:
                conn.execute(
                    "INSERT INTO item_headcounts (session_id, item_id, people, updated_at) "
                    "VALUES (?, ?, ?, ?)",
                    (session_id, item_id, checked_people(people), dt_to_text(at)),
                )


def stored_channel_tally(
    store: HasConnection | sqlite3.Connection,
    poll: Poll,
    language: str | None = None,
    sessions: list[int] | None = None,
) -> ChannelTally:
    """A poll's combined results as the file holds them: phones' visible answers plus
    every offline answer. Open-text words in the workshop's language unless given."""
    assert poll.id is not None
    responses = ResponsesRepo(store)
    if language is None:
        row = responses.conn.execute("SELECT language FROM workshop WHERE id = 1").fetchone()
        language = str(row[0]) if row else "en"
    phones = responses.tally(poll, language, sessions)
    return combine(poll, phones, OfflineAnswersRepo(store).all(poll.id, sessions), language)
