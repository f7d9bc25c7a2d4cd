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
