"""Undoable note edits; each writes the file at once."""

from __future__ import annotations

import copy

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from workshop_app.domain.notes import Note
from workshop_app.store.notes_repo import NotesRepo
from workshop_app.ui.context import WorkshopContext
from workshop_app.ui.labels import note_kind_in_sentence


class AddNote(QUndoCommand):
    def __init__(self, context: WorkshopContext, note: Note) -> None:
        super().__init__(
            QCoreApplication.translate("NoteCommands", "Add {kind}").format(
                kind=note_kind_in_sentence(note.kind)
            )
        )
        self.context = context
        self.note = copy.deepcopy(note)

    def redo(self) -> None:
        added = NotesRepo(self.context.file).add(copy.deepcopy(self.note))
        self.note.id = added.id  # redo after undo re-creates the same id
        self.context.signals.notesChanged.emit()

    def undo(self) -> None:
        assert self.note.id is not None
        NotesRepo(self.context.file).delete(self.note.id)
        self.context.signals.notesChanged.emit()


class EditNote(QUndoCommand):
    def __init__(self, context: WorkshopContext, before: Note, after: Note) -> None:
        super().__init__(
            QCoreApplication.translate("NoteCommands", "Edit {kind}").format(
                kind=note_kind_in_sentence(before.kind)
            )
        )
        self.context = context
        self.before = copy.deepcopy(before)
        self.after = copy.deepcopy(after)

    def redo(self) -> None:
        NotesRepo(self.context.file).update(self.after)
        self.context.signals.notesChanged.emit()

    def undo(self) -> None:
        NotesRepo(self.context.file).update(self.before)
        self.context.signals.notesChanged.emit()


class DeleteNote(QUndoCommand):
    def __init__(self, context: WorkshopContext, note: Note) -> None:
        super().__init__(
            QCoreApplication.translate("NoteCommands", "Delete {kind}").format(
                kind=note_kind_in_sentence(note.kind)
            )
        )
        self.context = context
        self.note = copy.deepcopy(note)

    def redo(self) -> None:
        assert self.note.id is not None
        NotesRepo(self.context.file).delete(self.note.id)
        self.context.signals.notesChanged.emit()

    def undo(self) -> None:
        NotesRepo(self.context.file).add(copy.deepcopy(self.note))  # same id, same times
        self.context.signals.notesChanged.emit()
