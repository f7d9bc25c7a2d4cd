"""The one way exact counts below the minimum group size reach a screen: the
facilitator asks for them on the console, is told it will be recorded, and a note
saying so goes into the file (and so into the minutes). The projector never shows them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from workshop_app.domain.notes import Note, NoteKind
from workshop_app.store.notes_repo import NotesRepo
from workshop_app.ui.prompter import Prompter
from workshop_app.ui.run.controller import RunController
from workshop_app.ui.run_session.view_model import RunSessionViewModel


class ExactCountsButton(QPushButton):
    revealed = Signal(int)  # poll id now shown exactly on the console

    def __init__(
        self,
        controller: RunController,
        session: RunSessionViewModel,
        prompter: Prompter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Show exact counts on this screen…"), parent)
        self.setObjectName("revealExactCounts")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the clicker filter
        self.controller = controller
        self.session = session
        self.prompter = prompter
        self.clicked.connect(self.reveal)
        session.stage_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        poll = self.session.poll
        shown = poll is not None and poll.id is not None and self.session.min_group(poll.id) > 1
        self.setVisible(shown)
        self.setEnabled(shown and poll is not None and poll.id not in self.session.revealed)

    def reveal(self) -> bool:
        poll = self.session.poll
        if poll is None or poll.id is None or poll.id in self.session.revealed:
            return False
        k = self.session.min_group(poll.id)
        if not self.prompter.confirm(
            self.tr("Show exact counts?"),
            self.tr(
                "Your console will show the exact counts of “{question}”, including groups "
                "smaller than {k}, until the session ends. The projector keeps them hidden. "
                "This is recorded as a note and printed in the minutes."
            ).format(question=poll.question, k=k),
            self.tr("Show exact counts"),
        ):
            return False
        NotesRepo(self.controller.file).add(
            Note(
                kind=NoteKind.NOTE,
                text=self.tr(
                    "The facilitator viewed the exact counts of the poll “{question}” "
                    "(minimum group size {k})."
                ).format(question=poll.question, k=k),
                item_id=poll.item_id,
                created_at=self.controller.now(),
                poll_id=poll.id,
            )
        )
        self.controller.context.signals.notesChanged.emit()
        self.session.revealed.add(poll.id)
        self.refresh()
        self.revealed.emit(poll.id)
        return True
