"""The one picture of the room that crosses from the server to the GUI.

Built by the server's loop thread at most ten times a second (see ``throttle``), swapped
whole, and read by the GUI thread: counts only, never who answered. Pure Python.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from workshop_app.domain.ideas import IdeaRow
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
    devices_joined: int = 0  # new device tokens handed out (cookies dropped count again)
    most_devices_from_one_address: int = 0  # the console warns when one address has many
    devices_refused: int = 0  # new devices refused by the per-address cap
    # poll id -> every idea of an idea wall (counts only; the tuple is shared while the
    # wall is unchanged, so comparing it is cheap)
    walls: dict[int, tuple[IdeaRow, ...]] = field(default_factory=dict)
    counts_revision: int = 0  # grows when the note-taker enters counts: the GUI rereads them
