"""Who may use the note-taker routes, and which agenda item run mode is on.

The GUI thread issues and revokes the link; the server's loop checks it on every
request. The token is swapped under a lock, so a revoked link is refused from the very
next request, without the GUI waiting on the server.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
from enum import Enum


class Verdict(str, Enum):
    NOTE_TAKER = "note_taker"
    PARTICIPANT = "participant"  # the join token: a participant may not take notes (403)
    UNKNOWN = "unknown"  # never issued, or revoked (404, like any unknown link)


class NotetakerAccess:
    def __init__(self, join_token: str, token: str | None = None) -> None:
        self._join_token = join_token
        self._token = token
        self._lock = threading.Lock()
        self.current_item_id: int | None = None  # set on the server's loop only

    @property
    def token(self) -> str | None:
        with self._lock:
            return self._token

    def set_token(self, token: str | None) -> None:
        with self._lock:
            self._token = token

    def check(self, presented: str) -> Verdict:
        token = self.token
        if token is not None and secrets.compare_digest(presented.encode(), token.encode()):
            return Verdict.NOTE_TAKER
        if secrets.compare_digest(presented.encode(), self._join_token.encode()):
            return Verdict.PARTICIPANT
        return Verdict.UNKNOWN


def link_id(token: str) -> str:
    """What the file keeps of a note-taker link to know its notes: a digest, not the link."""
    return hashlib.sha256(b"workshop-app note-taker link\0" + token.encode()).hexdigest()[:32]
