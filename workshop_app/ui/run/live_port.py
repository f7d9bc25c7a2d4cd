"""What run mode and the presenter need from live polling, behind one small seam.

The live server (phones, join URL, votes) plugs in here through an adapter; until one
is available, ``NoLivePolling`` says so honestly and no results are ever invented.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from workshop_app.domain.session import Session
from workshop_app.live.snapshot import LiveSnapshot
from workshop_app.ui.tr_noop import QT_TRANSLATE_NOOP

__all__ = ["LiveError", "LivePolling", "LiveSnapshot", "NoLivePolling"]


class LiveError(Exception):
    """The live server could not start; the message is for the facilitator."""


class LivePolling(Protocol):
    @property
    def available(self) -> bool: ...

    @property
    def unavailable_reason(self) -> str: ...

    def start(self, session: Session) -> None: ...

    def stop(self, *, session_ended: bool = False) -> None:
        """Stop serving; ``session_ended`` tells the phones the session is over (rather
        than suspended, to be resumed on the same link)."""
        ...

    def join_url(self) -> str | None: ...

    def room_code(self) -> str | None: ...

    def open_poll(self, poll_id: int) -> None: ...

    def close_poll(self, poll_id: int) -> None: ...

    def reset_poll(self, poll_id: int) -> None: ...

    def set_answer_hidden(self, response_id: int, hidden: bool) -> None: ...

    def set_listener(self, listener: Callable[[LiveSnapshot], None] | None) -> None: ...


class NoLivePolling:
    """Used while no live server is available: phones cannot join, nothing is faked."""

    available = False
    # Marked for lupdate; the console shows it translated.
    unavailable_reason = QT_TRANSLATE_NOOP(
        "LivePolling", "Live polling not available: phones cannot join in this version."
    )

    def start(self, session: Session) -> None:
        return None

    def stop(self, *, session_ended: bool = False) -> None:
        return None

    def join_url(self) -> str | None:
        return None

    def room_code(self) -> str | None:
        return None

    def open_poll(self, poll_id: int) -> None:
        return None

    def close_poll(self, poll_id: int) -> None:
        return None

    def reset_poll(self, poll_id: int) -> None:
        return None

    def set_answer_hidden(self, response_id: int, hidden: bool) -> None:
        return None

    def set_listener(self, listener: Callable[[LiveSnapshot], None] | None) -> None:
        return None
