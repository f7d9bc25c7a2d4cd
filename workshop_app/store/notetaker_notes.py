"""What the second note-taker reads and writes, on the live server's writer connection.

Used only on the server's writer thread (see ``workshop_file.connect_for_thread``); each
write is its own committed transaction, so the note-taker is answered only once the note
is in the file.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import Enum

from workshop_app.domain.notes import Note, NoteKind
from workshop_app.domain.session import minutes_since
from workshop_app.store.codec import text_to_dt
from workshop_app.store.notes_repo import NotesRepo, insert_note
from workshop_app.store.transaction import write_transaction

NOTE_TAKER = "note-taker"  # the ``author`` of every note written through the note-taker link


@dataclass(frozen=True)
class NoteDraft:
    """A note as the note-taker typed it, already checked."""

    kind: NoteKind
    text: str
    action_owner: str = ""
    action_due: date | None = None


class EditOutcome(str, Enum):
    EDITED = "edited"
    NOT_FOUND = "not_found"
    NOT_OWN = "not_own"  # written in the app: the note-taker may only edit their own notes


class NotetakerNotesRepo:
    def __init__(self, conn: sqlite3.Connection, session_id: int) -> None:
        self.conn = conn
        self.session_id = session_id
        self._notes = NotesRepo(conn)  # the notes repository the GUI uses too

    def item_title(self, item_id: int) -> str | None:
        row = self.conn.execute(
            "SELECT title FROM agenda_items WHERE id = ?", (item_id,)
        ).fetchone()
        return str(row[0]) if row else None

    def notes_of_item(self, item_id: int | None) -> list[Note]:
        return self._notes.of_item(item_id)

    def own_note_ids(self, link: str) -> set[int]:
        rows = self.conn.execute(
            "SELECT note_id FROM notetaker_note_links WHERE link = ?", (link,)
        ).fetchall()
        return {int(r[0]) for r in rows}

    def add(self, draft: NoteDraft, item_id: int | None, at: datetime, link: str) -> Note:
        note = Note(
            kind=draft.kind,
            text=draft.text,
            item_id=item_id,
            created_at=at,
            updated_at=at,
            session_minutes=self._session_minutes(at),
            action_owner=draft.action_owner,
            action_due=draft.action_due,
            author=NOTE_TAKER,
        )
        with write_transaction(self.conn):
            note.id = insert_note(self.conn, note)
            self.conn.execute(
                "INSERT INTO notetaker_note_links (note_id, link) VALUES (?, ?)", (note.id, link)
            )
        note.updated_at = note.updated_at or note.created_at
        return note

    def edit_own(
        self, note_id: int, draft: NoteDraft, at: datetime, link: str
    ) -> tuple[EditOutcome, Note | None]:
        """Edit a note written through ``link`` (not the app's, nor an earlier link's)."""
        if note_id not in self.own_note_ids(link):
            exists = self.conn.execute("SELECT 1 FROM notes WHERE id = ?", (note_id,)).fetchone()
            return (EditOutcome.NOT_OWN if exists else EditOutcome.NOT_FOUND), None
        note, edited = self._notes.update_by_author(
            note_id,
            NOTE_TAKER,
            lambda old: replace(
                old,
                kind=draft.kind,
                text=draft.text,
                action_owner=draft.action_owner,
                action_due=draft.action_due,
                updated_at=at,
            ),
        )
        if note is None:
            return EditOutcome.NOT_FOUND, None
        if not edited:
            return EditOutcome.NOT_OWN, None
        return EditOutcome.EDITED, note

    def _session_minutes(self, at: datetime) -> float | None:
        row = self.conn.execute(
            "SELECT started_at FROM sessions WHERE id = ?", (self.session_id,)
        ).fetchone()
        started = text_to_dt(row[0]) if row else None
        return None if started is None else minutes_since(started, at)
