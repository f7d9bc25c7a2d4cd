"""Undoable changes to a session: discard it (deleted for good when the file closes),
mark it as a rehearsal or as a real session."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from workshop_app.store.sessions_repo import SessionsRepo
from workshop_app.ui.context import WorkshopContext


def _changed(context: WorkshopContext) -> None:
    context.signals.sessionChanged.emit()
    context.signals.notesChanged.emit()


class DiscardSession(QUndoCommand):
    def __init__(self, context: WorkshopContext, session_id: int, number: int) -> None:
        super().__init__(
            QCoreApplication.translate("SessionCommands", "Discard session {number}").format(
                number=number
            )
        )
        self.context = context
        self.session_id = session_id

    def redo(self) -> None:
        SessionsRepo(self.context.file).set_discarded(self.session_id, True)
        _changed(self.context)

    def undo(self) -> None:
        SessionsRepo(self.context.file).set_discarded(self.session_id, False)
        _changed(self.context)


class MarkRehearsal(QUndoCommand):
    def __init__(
        self, context: WorkshopContext, session_id: int, number: int, rehearsal: bool
    ) -> None:
        text = (
            QCoreApplication.translate("SessionCommands", "Mark session {number} as a rehearsal")
            if rehearsal
            else QCoreApplication.translate(
                "SessionCommands", "Mark session {number} as a real session"
            )
        )
        super().__init__(text.format(number=number))
        self.context = context
        self.session_id = session_id
        self.rehearsal = rehearsal

    def redo(self) -> None:
        SessionsRepo(self.context.file).set_rehearsal(self.session_id, self.rehearsal)
        _changed(self.context)

    def undo(self) -> None:
        SessionsRepo(self.context.file).set_rehearsal(self.session_id, not self.rehearsal)
        _changed(self.context)
