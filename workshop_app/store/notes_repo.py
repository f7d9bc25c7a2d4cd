"""Notes of a workshop: create, edit, delete, list and full-text search.

One repository for the GUI (on the open file) and the note-taker's routes (on the live
writer's bare connection)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from workshop_app.domain.notes import ActionStatus, Note, NoteKind
from workshop_app.store.codec import date_to_text, dt_to_text, text_to_date, text_to_dt
from workshop_app.store.responses_repo import Sessions, session_for_new_rows
from workshop_app.store.transaction import HasConnection, connection_of

# Notes of no session (written before any run) come first, then each session's in the
# order the sessions started, each in the order written.
SESSION_THEN_TIME = (
    " ORDER BY notes.session_id IS NOT NULL, sessions.started_at, notes.session_id,"
    " notes.created_at, notes.id"
)


def notes_in_sessions(sessions: Sessions) -> tuple[str, list[object]]:
    """A condition for a session choice; planning notes (no session) go with every choice."""
    if sessions is None:
        return "", []
    marks = ", ".join("?" for _ in sessions)
    return f" AND (notes.session_id IS NULL OR notes.session_id IN ({marks}))", list(sessions)


class NotesRepo:
    def __init__(self, store: HasConnection | sqlite3.Connection) -> None:
        self.conn, self._transaction = connection_of(store)

    def add_many(self, notes: list[Note]) -> None:
        """Insert many notes in one transaction (imports and generated files)."""
        with self._transaction() as conn:
            for note in notes:
                insert_note(conn, note)

    def add(self, note: Note) -> Note:
        """Insert ``note`` (keeping its id when set, for undo) and return it with its id."""
        if note.created_at is None:
            raise ValueError("a note needs its creation time")
        with self._transaction() as conn:
            note.id = insert_note(conn, note)
        note.updated_at = note.updated_at or note.created_at
        return note

    def update(self, note: Note) -> None:
        with self._transaction() as conn:
            _update(conn, note)

    def update_by_author(
        self, note_id: int, author: str, edit: Callable[[Note], Note]
    ) -> tuple[Note | None, bool]:
        """In one transaction: the note edited by ``edit`` when ``author`` wrote it.

        Returns (the note as it is now, or None when there is none; whether it was edited).
        """
        with self._transaction() as conn:
            row = conn.execute("SELECT * FROM notes WHERE id = ?", (note_id,)).fetchone()
            if row is None:
                return None, False
            note = note_from_row(row)
            if note.author != author:
                return note, False
            edited = edit(note)
            _update(conn, edited)
        return edited, True

    def delete(self, note_id: int) -> None:
        with self._transaction() as conn:
            conn.execute("DELETE FROM notes WHERE id = ?", (note_id,))

    def get(self, note_id: int) -> Note | None:
        row = self.conn.execute("SELECT * FROM notes WHERE id = ?", (note_id,)).fetchone()
        return note_from_row(row) if row else None

    def of_item(self, item_id: int | None) -> list[Note]:
        """The notes of one item, or (None) those of no item, oldest first."""
        if item_id is None:
            rows = self.conn.execute(
                "SELECT * FROM notes WHERE item_id IS NULL ORDER BY created_at, id"
            ).fetchall()
        else:
            rows = self.conn.execute(
                "SELECT * FROM notes WHERE item_id = ? ORDER BY created_at, id", (item_id,)
            ).fetchall()
        return [note_from_row(row) for row in rows]

    def all(
        self,
        item_id: int | None = None,
        kind: NoteKind | None = None,
        sessions: Sessions = None,
    ) -> list[Note]:
        """Notes ordered by session (planning notes first), then time."""
        sql = "SELECT notes.* FROM notes LEFT JOIN sessions ON sessions.id = notes.session_id "
        sql += "WHERE 1 = 1"
        args: list[object] = []
        where, session_args = notes_in_sessions(sessions)
        sql += where
        args += session_args
        if item_id is not None:
            sql += " AND item_id = ?"
            args.append(item_id)
        if kind is not None:
            sql += " AND kind = ?"
            args.append(kind.value)
        sql += SESSION_THEN_TIME
        return [note_from_row(r) for r in self.conn.execute(sql, args)]

    def search(
        self,
        query: str,
        item_id: int | None = None,
        kind: NoteKind | None = None,
        sessions: Sessions = None,
    ) -> list[Note]:
        """Full-text search (accent-insensitive); each word matches as a prefix."""
        match = fts_query(query)
        if not match:
            return self.all(item_id, kind, sessions)
        sql = (
            "SELECT notes.* FROM notes_fts JOIN notes ON notes.id = notes_fts.rowid "
            "LEFT JOIN sessions ON sessions.id = notes.session_id WHERE notes_fts MATCH ?"
        )
        args: list[object] = [match]
        where, session_args = notes_in_sessions(sessions)
        sql += where
        args += session_args
        if item_id is not None:
            sql += " AND notes.item_id = ?"
            args.append(item_id)
        if kind is not None:
            sql += " AND notes.kind = ?"
            args.append(kind.value)
        sql += SESSION_THEN_TIME
        return [note_from_row(r) for r in self.conn.execute(sql, args)]


def _update(conn: sqlite3.Connection, note: Note) -> None:
    conn.execute(
        """UPDATE notes SET item_id = :item_id, kind = :kind, text = :text,
               updated_at = :updated_at, action_owner = :action_owner,
               action_due = :action_due, action_status = :action_status, poll_id = :poll_id
           WHERE id = :id""",
        {
            "id": note.id,
            "item_id": note.item_id,
            "kind": note.kind.value,
            "text": note.text,
            "updated_at": dt_to_text(note.updated_at or note.created_at),
            "action_owner": note.action_owner,
            "action_due": date_to_text(note.action_due),
            "action_status": note.action_status.value,
            "poll_id": note.poll_id,
        },
    )


def insert_note(conn: sqlite3.Connection, note: Note) -> int:
    """The one INSERT of a note, inside the caller's transaction; returns its id.

    A note that has an id keeps it (undo puts a deleted note back under its old id).
    """
    if note.session_id is None:
        note.session_id = session_for_new_rows(conn)
    cursor = conn.execute(
        """INSERT INTO notes (id, item_id, kind, text, created_at, updated_at,
               session_minutes, action_owner, action_due, action_status, poll_id, author,
               session_id)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (
            note.id,
            note.item_id,
            note.kind.value,
            note.text,
            dt_to_text(note.created_at),
            dt_to_text(note.updated_at or note.created_at),
            note.session_minutes,
            note.action_owner,
            date_to_text(note.action_due),
            note.action_status.value,
            note.poll_id,
            note.author,
            note.session_id,
        ),
    )
    return int(cursor.lastrowid or 0)


def fts_query(text: str) -> str:
    """Turn what a person typed into a safe FTS5 query: quoted prefix terms, ANDed."""
    words = [w for w in text.replace('"', " ").split() if w]
    return " ".join(f'"{w}"*' for w in words)


def note_from_row(row: sqlite3.Row) -> Note:
    created = text_to_dt(row["created_at"])
    return Note(
        id=row["id"],
        item_id=row["item_id"],
        kind=NoteKind(row["kind"]),
        text=row["text"],
        created_at=created,
        updated_at=text_to_dt(row["updated_at"]),
        session_minutes=row["session_minutes"],
        action_owner=row["action_owner"],
        action_due=text_to_date(row["action_due"]),
        action_status=ActionStatus(row["action_status"]),
        poll_id=row["poll_id"],
        author=row["author"],
        session_id=row["session_id"],
    )
