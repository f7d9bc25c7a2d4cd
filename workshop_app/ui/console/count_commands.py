"""Counts entered in the console as undoable commands: each redo/undo writes the file at
once and says so through ``countsChanged``, so every view (and the tally) follows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from workshop_app.domain.channels import Channel
from workshop_app.store.codec import to_json
from workshop_app.store.offline_repo import HeadcountsRepo, OfflineAnswersRepo
from workshop_app.ui.context import WorkshopContext

_SET_COUNT_ID = 1901  # consecutive edits of one cell merge into one undo step


class SetCountCommand(QUndoCommand):
    """Set one answer's count from one channel: "option 2 × 7 by show of hands"."""

    def __init__(
        self,
        context: WorkshopContext,
        poll_id: int,
        channel: Channel,
        value: Any,
        before: int,
        after: int,
        text: str = "",
        *,
        mergeable: bool = True,  # a ballot or a proxy answer is an undo step of its own
    ) -> None:
        super().__init__(text or QCoreApplication.translate("CountCommands", "Change a count"))
        self.mergeable = mergeable
        self.context = context
        self.key = (poll_id, channel, to_json(value))
        self.poll_id, self.channel, self.value = poll_id, channel, value
        self.before, self.after = before, after

    def id(self) -> int:
        return _SET_COUNT_ID if self.mergeable else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetCountCommand) or other.key != self.key or not other.mergeable:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        self._write(self.after)

    def undo(self) -> None:
        self._write(self.before)

    def _write(self, count: int) -> None:
        OfflineAnswersRepo(self.context.file).set_count(
            self.poll_id, self.channel, self.value, count, self.context.clock.now()
        )
        self.context.signals.countsChanged.emit()


class SetHeadcountCommand(QUndoCommand):
    """Set (or clear, with None) the people present at an item."""

    def __init__(
        self, context: WorkshopContext, item_id: int, before: int | None, after: int | None
    ) -> None:
        super().__init__(QCoreApplication.translate("CountCommands", "Change people present"))
        self.context = context
        self.item_id, self.before, self.after = item_id, before, after

    def redo(self) -> None:
        self._write(self.after)

    def undo(self) -> None:
        self._write(self.before)

    def _write(self, people: int | None) -> None:
        HeadcountsRepo(self.context.file).set_people(self.item_id, people, self.context.clock.now())
        self.context.signals.countsChanged.emit()
