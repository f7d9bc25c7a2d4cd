"""The one picture of the room that crosses from the server to the GUI.

Built by the server's loop thread at most ten times a second (see ``throttle``), swapped
whole, and read by the GUI thread: counts only, never who answered. Pure Python.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from workshop_app.domain.polls import Tally


@dataclass(frozen=True)
class LiveSnapshot:
    connected: int = 0
    tallies: dict[int, Tally] = field(default_factory=dict)  # poll id -> results so far
    responses: dict[int, int] = field(default_factory=dict)  # poll id -> answers (hidden too)
    open_poll_ids: tuple[int, ...] = ()
    sequence: int = 0  # grows with every snapshot the server builds
    newest_ack: float | None = None  # monotonic time of the newest vote it includes
    notes_revision: int = 0  # grows when the note-taker writes: the GUI reloads its notes
    counts_revision: int = 0  # grows when the note-taker enters counts: the GUI rereads them
