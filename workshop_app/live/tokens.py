"""Secrets of a session: the join token, the room code, and device tokens."""

from __future__ import annotations

import secrets

# No 0/O, 1/I/L: a room code is read off a projector and typed on a phone.
_ROOM_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
ROOM_CODE_LENGTH = 6


def new_join_token() -> str:
    """An unguessable token for the join URL: 24 random bytes, 192 bits."""
    return secrets.token_urlsafe(24)


def new_notetaker_token() -> str:
    """The note-taker link's secret, never the join token: 24 random bytes, 192 bits."""
    return secrets.token_urlsafe(24)


def new_device_token() -> str:
    return secrets.token_urlsafe(24)


def new_room_code() -> str:
    return "".join(secrets.choice(_ROOM_ALPHABET) for _ in range(ROOM_CODE_LENGTH))


def normalise_room_code(typed: str) -> str:
    return "".join(ch for ch in typed.upper() if ch.isalnum())


def looks_like_token(value: str) -> bool:
    return 16 <= len(value) <= 64 and all(ch.isalnum() or ch in "-_" for ch in value)
