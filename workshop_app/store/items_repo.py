"""Agenda items as stored in the file: read, insert at a position, update, delete, move."""

from __future__ import annotations

import sqlite3

from workshop_app.domain.translations import item_translations_from_dict, item_translations_to_dict
from workshop_app.domain.workshop import AgendaItem, Method
from workshop_app.store.codec import dt_to_text, from_json, text_to_dt, to_json
from workshop_app.store.transaction import HasConnection, connection_of


class ItemsRepo:
    def __init__(self, store: HasConnection | sqlite3.Connection) -> None:
        self.conn, self._transaction = connection_of(store)

    def all(self) -> list[AgendaItem]:
        rows = self.conn.execute("SELECT * FROM agenda_items ORDER BY position, id").fetchall()
        return [item_from_row(row) for row in rows]

    def get(self, item_id: int) -> AgendaItem | None:
        row = self.conn.execute("SELECT * FROM agenda_items WHERE id = ?", (item_id,)).fetchone()
        return item_from_row(row) if row else None

    def add(self, item: AgendaItem, position: int | None = None) -> AgendaItem:
        """Insert at ``position`` (end when None), shifting later items; sets ``item.id``."""
        with self._transaction() as conn:
            count = conn.execute("SELECT COUNT(*) FROM agenda_items").fetchone()[0]
            position = count if position is None else max(0, min(position, count))
            conn.execute(
                "UPDATE agenda_items SET position = position + 1 WHERE position >= ?", (position,)
            )
            cursor = conn.execute(
                """INSERT INTO agenda_items (id, position, title, goal, method, planned_minutes,
                       facilitator_notes, actual_start, actual_end, translations)
                   VALUES (:id, :position, :title, :goal, :method, :planned_minutes,
                       :facilitator_notes, :actual_start, :actual_end, :translations)""",
                {**_columns(item), "position": position},
            )
        item.id = int(cursor.lastrowid or 0)
        item.position = position
        return item

    def update(self, item: AgendaItem) -> None:
        with self._transaction() as conn:
            conn.execute(
                """UPDATE agenda_items SET title = :title, goal = :goal, method = :method,
                       planned_minutes = :planned_minutes,
                       facilitator_notes = :facilitator_notes,
                       actual_start = :actual_start, actual_end = :actual_end,
                       translations = :translations
                   WHERE id = :id""",
                _columns(item),
            )

    def delete(self, item_id: int) -> None:
        with self._transaction() as conn:
            row = conn.execute(
                "SELECT position FROM agenda_items WHERE id = ?", (item_id,)
            ).fetchone()
            if row is None:
                return
            conn.execute("DELETE FROM agenda_items WHERE id = ?", (item_id,))
            conn.execute(
                "UPDATE agenda_items SET position = position - 1 WHERE position > ?",
                (row["position"],),
            )

    def move(self, item_id: int, new_position: int) -> None:
        """Move an item to ``new_position`` (0-based), keeping positions dense."""
        with self._transaction() as conn:
            ids = [r[0] for r in conn.execute("SELECT id FROM agenda_items ORDER BY position, id")]
            if item_id not in ids:
                return
            ids.remove(item_id)
            ids.insert(max(0, min(new_position, len(ids))), item_id)
            conn.executemany(
                "UPDATE agenda_items SET position = ? WHERE id = ?",
                [(index, ident) for index, ident in enumerate(ids)],
            )


def _columns(item: AgendaItem) -> dict[str, object]:
    """The row's columns by name: no hand-aligned list of ``?``."""
    return {
        "id": item.id,
        "title": item.title,
        "goal": item.goal,
        "method": item.method.value,
        "planned_minutes": item.planned_minutes,
        "facilitator_notes": item.facilitator_notes,
        "actual_start": dt_to_text(item.actual_start),
        "actual_end": dt_to_text(item.actual_end),
        "translations": to_json(item_translations_to_dict(item.translations)),
    }


def item_from_row(row: sqlite3.Row) -> AgendaItem:
    return AgendaItem(
        id=row["id"],
        position=row["position"],
        title=row["title"],
        goal=row["goal"],
        method=Method(row["method"])
        if row["method"] in Method._value2member_map_
        else Method.OTHER,
        planned_minutes=row["planned_minutes"],
        facilitator_notes=row["facilitator_notes"],
        actual_start=text_to_dt(row["actual_start"]),
        actual_end=text_to_dt(row["actual_end"]),
        translations=item_translations_from_dict(from_json(row["translations"], {})),
    )
