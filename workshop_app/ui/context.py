"""Everything a view of one open workshop shares, handed over by constructor (no globals)."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from workshop_app.clock import Clock
from workshop_app.store.workshop_file import WorkshopFile


class DocumentSignals(QObject):
    """Emitted after a change is committed to the file, so every view can refresh."""

    workshopChanged = Signal()
    agendaChanged = Signal()
    pollsChanged = Signal()
    notesChanged = Signal()
    sessionChanged = Signal()
    countsChanged = Signal()  # offline answers (hands, paper, proxy) or headcounts
    currentItemChanged = Signal(int)  # agenda item id the room is on (run mode), -1 for none


@dataclass
class WorkshopContext:
    file: WorkshopFile
    clock: Clock
    undo_stack: QUndoStack
    signals: DocumentSignals = field(default_factory=DocumentSignals)
    # Which sessions the notes pane, action items and minutes show (Session › Sessions…);
    # None: the current one (the live session, else the latest kept one).
    shown_session_ids: list[int] | None = None

    @property
    def read_only(self) -> bool:
        return self.file.read_only is not None
