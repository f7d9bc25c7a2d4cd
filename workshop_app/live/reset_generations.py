"""A reset generation per poll, shared by the server's loop and its writer thread.

A vote carries the generation of its poll from when it was accepted. Resetting a poll
moves the generation on *before* its responses are deleted; the writer stores only votes
of the current generation, and a vote whose generation moved on while it was being
written is answered "reset", never "received". So a vote acknowledged as received is in
the file, and a vote that is not is answered with the reset.
"""

from __future__ import annotations

import threading


class ResetGenerations:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_poll: dict[int, int] = {}

    def current(self, poll_id: int) -> int:
        with self._lock:
            return self._by_poll.get(poll_id, 0)

    def bump(self, poll_id: int) -> int:
        """A reset begins: votes accepted before now are stale."""
        with self._lock:
            generation = self._by_poll.get(poll_id, 0) + 1
            self._by_poll[poll_id] = generation
            return generation
