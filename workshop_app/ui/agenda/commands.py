"""Every agenda edit as an undoable command. Each redo/undo writes the file at once
and tells the views through the document signals."""

from __future__ import annotations

import copy
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from workshop_app.domain.polls import Poll, PollState
from workshop_app.domain.workshop import AgendaItem, Workshop
from workshop_app.store.notes_repo import NotesRepo
from workshop_app.ui.context import WorkshopContext


class _Command(QUndoCommand):
    def __init__(self, context: WorkshopContext, text: str) -> None:
        super().__init__(text)
        self.context = context

    @property
    def file(self):  # type: ignore[no-untyped-def]
        return self.context.file

    def agenda_changed(self) -> None:
        self.context.signals.agendaChanged.emit()
        self.context.signals.pollsChanged.emit()

    def polls_changed(self) -> None:
        self.context.signals.pollsChanged.emit()


class EditWorkshopCommand(_Command):
    def __init__(self, context: WorkshopContext, before: Workshop, after: Workshop) -> None:
        super().__init__(
            context, QCoreApplication.translate("AgendaCommands", "Edit workshop details")
        )
        self.before = copy.deepcopy(before)
        self.after = copy.deepcopy(after)

    def redo(self) -> None:
        self.file.save_workshop(copy.deepcopy(self.after))
        self.context.signals.workshopChanged.emit()
        self.context.signals.agendaChanged.emit()  # start time moves every item

    def undo(self) -> None:
        self.file.save_workshop(copy.deepcopy(self.before))
        self.context.signals.workshopChanged.emit()
        self.context.signals.agendaChanged.emit()


class AddItemCommand(_Command):
    """Insert an item (and optionally its polls) at a position; ids stay stable on redo."""

    def __init__(
        self,
        context: WorkshopContext,
        item: AgendaItem,
        position: int | None = None,
        polls: list[Poll] | None = None,
        text: str = "",
    ) -> None:
        super().__init__(
            context,
            text
            or QCoreApplication.translate("AgendaCommands", "Add “{title}”").format(
                title=item.title
            ),
        )
        self.item = copy.deepcopy(item)
        self.position = position
        self.polls = [copy.deepcopy(p) for p in polls or []]

    @property
    def item_id(self) -> int | None:
        return self.item.id

    def redo(self) -> None:
        added = self.file.add_item(copy.deepcopy(self.item), self.position)
        self.item.id = added.id
        self.position = added.position
        for poll in self.polls:
            poll.item_id = added.id
            stored = self.file.add_poll(copy.deepcopy(poll))
            poll.id = stored.id
        self.agenda_changed()

    def undo(self) -> None:
        assert self.item.id is not None
        self.file.delete_item(self.item.id)
        self.agenda_changed()


class DeleteItemCommand(_Command):
    def __init__(self, context: WorkshopContext, item_id: int) -> None:
        item = context.file.item(item_id)
        if item is None:
            raise ValueError(f"no agenda item {item_id}")
        super().__init__(
            context,
            QCoreApplication.translate("AgendaCommands", "Delete “{title}”").format(
                title=item.title
            ),
        )
        self.item = item
        self.polls = context.file.polls(item_id)
        self.note_ids = [n.id for n in NotesRepo(context.file).all(item_id=item_id)]

    def redo(self) -> None:
        assert self.item.id is not None
        self.file.delete_item(self.item.id)
        self.agenda_changed()

    def undo(self) -> None:
        self.file.add_item(copy.deepcopy(self.item), self.item.position)
        for poll in self.polls:
            self.file.add_poll(copy.deepcopy(poll), poll.position)
        notes = NotesRepo(self.file)
        for note_id in self.note_ids:
            note = notes.get(note_id) if note_id is not None else None
            if note is not None and note.item_id is None:
                note.item_id = self.item.id
                notes.update(note)
        if self.note_ids:
            self.context.signals.notesChanged.emit()
        self.agenda_changed()


def duplicate_item_command(context: WorkshopContext, item_id: int) -> AddItemCommand:
    item = context.file.item(item_id)
    if item is None:
        raise ValueError(f"no agenda item {item_id}")
    copy_item = replace(
        item,
        id=None,
        title=QCoreApplication.translate("AgendaCommands", "{title} (copy)").format(
            title=item.title
        ),
        actual_start=None,
        actual_end=None,
    )
    polls = [
        replace(p, id=None, item_id=None, state=PollState.DRAFT, opened_at=None, closed_at=None)
        for p in context.file.polls(item_id)
    ]
    return AddItemCommand(
        context,
        copy_item,
        item.position + 1,
        polls,
        text=QCoreApplication.translate("AgendaCommands", "Duplicate “{title}”").format(
            title=item.title
        ),
    )


class EditItemCommand(_Command):
    def __init__(
        self, context: WorkshopContext, before: AgendaItem, after: AgendaItem, what: str = ""
    ) -> None:
        text = (
            QCoreApplication.translate("AgendaCommands", "Edit {what} of “{title}”")
            if what
            else QCoreApplication.translate("AgendaCommands", "Edit item of “{title}”")
        )
        super().__init__(context, text.format(what=what, title=before.title))
        self.before = copy.deepcopy(before)
        self.after = copy.deepcopy(after)

    def _write(self, item: AgendaItem) -> None:
        # Actual start and end are records of a session, not edits: keep what the file has.
        current = self.file.item(item.id or 0)
        if current is not None:
            item = replace(item, actual_start=current.actual_start, actual_end=current.actual_end)
        self.file.update_item(copy.deepcopy(item))
        self.agenda_changed()

    def redo(self) -> None:
        self._write(self.after)

    def undo(self) -> None:
        self._write(self.before)


class MoveItemCommand(_Command):
    def __init__(self, context: WorkshopContext, item_id: int, old: int, new: int) -> None:
        item = context.file.item(item_id)
        super().__init__(
            context,
            QCoreApplication.translate("AgendaCommands", "Move “{title}”").format(
                title=item.title if item else item_id
            ),
        )
        self.item_id, self.old, self.new = item_id, old, new

    def redo(self) -> None:
        self.file.move_item(self.item_id, self.new)
        self.agenda_changed()

    def undo(self) -> None:
        self.file.move_item(self.item_id, self.old)
        self.agenda_changed()


class AddPollCommand(_Command):
    def __init__(self, context: WorkshopContext, poll: Poll, position: int | None = None) -> None:
        super().__init__(
            context,
            QCoreApplication.translate("AgendaCommands", "Add poll “{question}”").format(
                question=poll.question
            ),
        )
        self.poll = copy.deepcopy(poll)
        self.position = position

    def redo(self) -> None:
        stored = self.file.add_poll(copy.deepcopy(self.poll), self.position)
        self.poll.id, self.position = stored.id, stored.position
        self.polls_changed()

    def undo(self) -> None:
        assert self.poll.id is not None
        self.file.delete_poll(self.poll.id)
        self.polls_changed()


class EditPollCommand(_Command):
    def __init__(self, context: WorkshopContext, before: Poll, after: Poll) -> None:
        super().__init__(
            context,
            QCoreApplication.translate("AgendaCommands", "Edit poll “{question}”").format(
                question=before.question
            ),
        )
        self.before = copy.deepcopy(before)
        self.after = copy.deepcopy(after)

    def _write(self, poll: Poll) -> None:
        # Whether the poll is open or closed is the session's business, not an edit.
        current = self.file.poll(poll.id or 0)
        if current is not None:
            poll = replace(
                poll,
                state=current.state,
                opened_at=current.opened_at,
                closed_at=current.closed_at,
            )
        self.file.update_poll(copy.deepcopy(poll))
        self.polls_changed()

    def redo(self) -> None:
        self._write(self.after)

    def undo(self) -> None:
        self._write(self.before)


class DeletePollCommand(_Command):
    def __init__(self, context: WorkshopContext, poll_id: int) -> None:
        poll = context.file.poll(poll_id)
        if poll is None:
            raise ValueError(f"no poll {poll_id}")
        super().__init__(
            context,
            QCoreApplication.translate("AgendaCommands", "Delete poll “{question}”").format(
                question=poll.question
            ),
        )
        self.poll = poll

    def redo(self) -> None:
        assert self.poll.id is not None
        self.file.delete_poll(self.poll.id)
        self.polls_changed()

    def undo(self) -> None:
        self.file.add_poll(copy.deepcopy(self.poll), self.poll.position)
        self.polls_changed()


class MovePollCommand(_Command):
    def __init__(self, context: WorkshopContext, poll_id: int, old: int, new: int) -> None:
        super().__init__(context, QCoreApplication.translate("AgendaCommands", "Move poll"))
        self.poll_id, self.old, self.new = poll_id, old, new

    def redo(self) -> None:
        self.file.move_poll(self.poll_id, self.new)
        self.polls_changed()

    def undo(self) -> None:
        self.file.move_poll(self.poll_id, self.old)
        self.polls_changed()
