"""Notes taken during a workshop."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum


class NoteKind(str, Enum):
    NOTE = "note"
    DECISION = "decision"
    ACTION = "action"
    QUESTION = "question"
    QUOTE = "quote"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    NoteKind.NOTE: "Note",
    NoteKind.DECISION: "Decision",
    NoteKind.ACTION: "Action item",
    NoteKind.QUESTION: "Question",
    NoteKind.QUOTE: "Quote",
}


class ActionStatus(str, Enum):
    OPEN = "open"
    DONE = "done"


@dataclass
class Note:
    kind: NoteKind
    text: str
    item_id: int | None = None
    created_at: datetime | None = None
    session_minutes: float | None = None  # minutes since the session started, if one was live
    updated_at: datetime | None = None
    action_owner: str = ""
    action_due: date | None = None
    action_status: ActionStatus = ActionStatus.OPEN
    poll_id: int | None = None  # a note may refer to a poll, e.g. a decision on its result
    author: str = "app"  # "app" or "note-taker" (a co-note-taker's device, never a person)
    id: int | None = None
    # The run it was taken in; None when written before any session (a planning note,
    # shown with every session). Set by the store when not given.
    session_id: int | None = None
