"""The live session of a workshop: not started, live, ended."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum


class SessionState(str, Enum):
    NOT_STARTED = "not_started"
    LIVE = "live"
    ENDED = "ended"


@dataclass
class Session:
    started_at: datetime
    state: SessionState = SessionState.LIVE
    ended_at: datetime | None = None
    join_token: str = ""
    room_code: str = ""
    host: str = ""
    port: int | None = None
    notetaker_token: str | None = None
    id: int | None = None
    rehearsal: bool = False  # a trial run: left out of the minutes unless asked for


@dataclass(frozen=True)
class SessionSummary:
    """One run as the facilitator chooses among them: when, what kind, how much it holds."""

    id: int
    number: int  # 1, 2, … in the order the sessions were started
    started_at: datetime
    ended_at: datetime | None
    state: SessionState
    rehearsal: bool
    discarded: bool  # discarded, undoable until the file closes
    responses: int
    notes: int
    participants: int


def minutes_since(started: datetime, at: datetime) -> float:
    """Minutes from a session's start to ``at``, to a tenth, as each note records them.

    Times stored without a zone are local times; both sides are made aware first so a
    naive start and an aware clock reading still subtract.
    """
    if started.tzinfo is None:
        started = started.astimezone()
    if at.tzinfo is None:
        at = at.astimezone()
    return round((at - started).total_seconds() / 60, 1)
