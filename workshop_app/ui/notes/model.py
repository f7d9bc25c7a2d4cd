"""A list model over notes it is given: it never reads the database itself."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from workshop_app.domain.bidi_text import isolated
from workshop_app.domain.notes import ActionStatus, Note, NoteKind
from workshop_app.ui.tr_noop import QT_TRANSLATE_NOOP

NOTE_ROLE = Qt.ItemDataRole.UserRole
# Marked for lupdate here, translated when a line is drawn.
_MARKS = {
    NoteKind.NOTE: QT_TRANSLATE_NOOP("NotesModel", "Note"),
    NoteKind.DECISION: QT_TRANSLATE_NOOP("NotesModel", "DECISION"),
    NoteKind.ACTION: QT_TRANSLATE_NOOP("NotesModel", "Action"),
    NoteKind.QUESTION: QT_TRANSLATE_NOOP("NotesModel", "Question"),
    NoteKind.QUOTE: QT_TRANSLATE_NOOP("NotesModel", "Quote"),
}


def kind_mark(kind: NoteKind) -> str:
    return QCoreApplication.translate("NotesModel", _MARKS[kind])


@dataclass(frozen=True)
class EntryText:
    """What one note's entry says, part by part: the delegate lays it out and paints it."""

    badge: str  # the kind
    head: str  # time, minute of the session, agenda item
    body: str
    fields: list[tuple[str, str]]  # (label, value): an action item's owner, due date, status


def entry_text(note: Note, item_title: str = "") -> EntryText:
    parts = [note.created_at.strftime("%H:%M")] if note.created_at else []
    if note.session_minutes is not None:
        parts.append(
            QCoreApplication.translate("NotesModel", "+{minutes} min").format(
                minutes=round(note.session_minutes)
            )
        )
    if item_title:
        parts.append(item_title)
    fields: list[tuple[str, str]] = []
    if note.kind == NoteKind.ACTION:
        done = note.action_status == ActionStatus.DONE
        owner = (
            isolated(note.action_owner)
            if note.action_owner
            else QCoreApplication.translate("NotesModel", "nobody yet")
        )
        due = (
            note.action_due.isoformat()
            if note.action_due
            else QCoreApplication.translate("NotesModel", "no date")
        )
        fields = [
            (QCoreApplication.translate("NotesModel", "Owner"), owner),
            (QCoreApplication.translate("NotesModel", "Due"), due),
            (
                QCoreApplication.translate("NotesModel", "Status"),
                QCoreApplication.translate("NotesModel", "done")
                if done
                else QCoreApplication.translate("NotesModel", "open"),
            ),
        ]
    return EntryText(kind_mark(note.kind), " · ".join(parts), isolated(note.text), fields)


def note_line(note: Note, item_title: str = "") -> str:
    """The entry as plain text (what a screen reader reads, what a copy holds)."""
    entry = entry_text(note, item_title)
    lines = [" · ".join(p for p in (entry.badge, entry.head) if p), entry.body]
    if entry.fields:
        lines.append(" · ".join(f"{label}: {value}" for label, value in entry.fields))
    return "\n".join(lines)


class NotesModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self.notes: list[Note] = []
        self.item_titles: dict[int, str] = {}
        self.show_items = False

    def set_notes(self, notes: list[Note], item_titles: dict[int, str], show_items: bool) -> None:
        self.beginResetModel()
        self.notes = notes
        self.item_titles = item_titles
        self.show_items = show_items
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.notes)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        note = self.notes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            title = self.item_titles.get(note.item_id or -1, "") if self.show_items else ""
            return note_line(note, title)  # views show it as plain text
        if role == NOTE_ROLE:
            return note
        if role == Qt.ItemDataRole.FontRole and note.kind == NoteKind.DECISION:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None
