"""Polls as stored in the file: read, insert at a position, update, delete, move."""

from __future__ import annotations

import sqlite3

from workshop_app.domain.polls import Poll, PollSettings, PollState, PollType
from workshop_app.domain.translations import poll_translations_from_dict, poll_translations_to_dict
from workshop_app.store.codec import dt_to_text, from_json, text_to_dt, to_json
from workshop_app.store.transaction import HasConnection, connection_of


class PollsRepo:
    def __init__(self, store: HasConnection | sqlite3.Connection) -> None:
        self.conn, self._transaction = connection_of(store)

    def all(self, item_id: int | None = None) -> list[Poll]:
        if item_id is None:
            rows = self.conn.execute(
                """SELECT p.* FROM polls p JOIN agenda_items i ON i.id = p.item_id
                   ORDER BY i.position, p.position, p.id"""
            ).fetchall()
        else:
            rows = self.conn.execute(
                "SELECT * FROM polls WHERE item_id = ? ORDER BY position, id", (item_id,)
            ).fetchall()
        return [poll_from_row(row) for row in rows]

    def get(self, poll_id: int) -> Poll | None:
        row = self.conn.execute("SELECT * FROM polls WHERE id = ?", (poll_id,)).fetchone()
        return poll_from_row(row) if row else None

    def open_polls(self) -> list[Poll]:
        rows = self.conn.execute("SELECT * FROM polls WHERE state = 'open' ORDER BY id").fetchall()
        return [poll_from_row(row) for row in rows]

    def add(self, poll: Poll, position: int | None = None) -> Poll:
        if poll.item_id is None:
            raise ValueError("a poll belongs to an agenda item")
        with self._transaction() as conn:
            count = conn.execute(
                "SELECT COUNT(*) FROM polls WHERE item_id = ?", (poll.item_id,)
            ).fetchone()[0]
            position = count if position is None else max(0, min(position, count))
            conn.execute(
                "UPDATE polls SET position = position + 1 WHERE item_id = ? AND position >= ?",
                (poll.item_id, position),
            )
            cursor = conn.execute(
                """INSERT INTO polls (id, item_id, position, type, question, options, settings,
                       state, opened_at, closed_at, translations)
                   VALUES (:id, :item_id, :position, :type, :question, :options, :settings,
                       :state, :opened_at, :closed_at, :translations)""",
                {**_columns(poll), "position": position},
            )
        poll.id = int(cursor.lastrowid or 0)
        poll.position = position
        return poll

    def update(self, poll: Poll) -> None:
        with self._transaction() as conn:
            conn.execute(
                """UPDATE polls SET item_id = :item_id, type = :type, question = :question,
                       options = :options, settings = :settings, state = :state,
                       opened_at = :opened_at, closed_at = :closed_at,
                       translations = :translations
                   WHERE id = :id""",
                _columns(poll),
            )

    def delete(self, poll_id: int) -> None:
        with self._transaction() as conn:
            row = conn.execute(
                "SELECT item_id, position FROM polls WHERE id = ?", (poll_id,)
            ).fetchone()
            if row is None:
                return
            conn.execute("DELETE FROM polls WHERE id = ?", (poll_id,))
            conn.execute(
                "UPDATE polls SET position = position - 1 WHERE item_id = ? AND position > ?",
                (row["item_id"], row["position"]),
            )

    def move(self, poll_id: int, new_position: int) -> None:
        with self._transaction() as conn:
            row = conn.execute("SELECT item_id FROM polls WHERE id = ?", (poll_id,)).fetchone()
            if row is None:
                return
            ids = [
                r[0]
                for r in conn.execute(
                    "SELECT id FROM polls WHERE item_id = ? ORDER BY position, id",
                    (row["item_id"],),
                )
            ]
            ids.remove(poll_id)
            ids.insert(max(0, min(new_position, len(ids))), poll_id)
            conn.executemany(
                "UPDATE polls SET position = ? WHERE id = ?",
                [(index, ident) for index, ident in enumerate(ids)],
            )


def _columns(poll: Poll) -> dict[str, object]:
    """The row's columns by name: no hand-aligned list of ``?``."""
    return {
        "id": poll.id,
        "item_id": poll.item_id,
        "type": poll.type.value,
        "question": poll.question,
        "options": to_json(poll.options),
        "settings": to_json(poll.settings.to_dict()),
        "state": poll.state.value,
        "opened_at": dt_to_text(poll.opened_at),
        "closed_at": dt_to_text(poll.closed_at),
        "translations": to_json(poll_translations_to_dict(poll.translations)),
    }


def poll_from_row(row: sqlite3.Row) -> Poll:
    return Poll(
        id=row["id"],
        item_id=row["item_id"],
        position=row["position"],
        type=PollType(row["type"]),
        question=row["question"],
        options=list(from_json(row["options"], [])),
        settings=PollSettings.from_dict(from_json(row["settings"], {})),
        state=PollState(row["state"]),
        opened_at=text_to_dt(row["opened_at"]),
        closed_at=text_to_dt(row["closed_at"]),
        translations=poll_translations_from_dict(from_json(row["translations"], {})),
    )
