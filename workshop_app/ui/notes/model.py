"""A list model over notes it is given: it never reads the database itself."""

from __future__ import annotations

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


def note_line(note: Note, item_title: str = "") -> str:
    when = note.created_at.strftime("%H:%M") if note.created_at else ""
    minute = (
        " · "
        + QCoreApplication.translate("NotesModel", "+{minutes} min").format(
            minutes=round(note.session_minutes)
        )
        if note.session_minutes is not None
        else ""
    )
    head = f"{when}{minute} · {QCoreApplication.translate('NotesModel', _MARKS[note.kind])}"
    if item_title:
        head += f" · {item_title}"
    body = isolated(note.text)
    if note.kind == NoteKind.ACTION:
        parts = [
            p
            for p in (
                isolated(note.action_owner),
                note.action_due.isoformat() if note.action_due else "",
            )
            if p
        ]
        status = (
            QCoreApplication.translate("NotesModel", "done")
            if note.action_status == ActionStatus.DONE
            else QCoreApplication.translate("NotesModel", "open")
        )
        body += f"  [{', '.join([*parts, status])}]"
    return f"{head}\n{body}"


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
