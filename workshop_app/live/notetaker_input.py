"""What a note-taker may send: checked here, stored as plain text, never interpreted."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from workshop_app.domain.notes import NoteKind
from workshop_app.store.notetaker_notes import NoteDraft

MAX_TEXT = 5000  # the same cap as the notes pane's entry
MAX_OWNER = 200
MAX_REQUEST_ID = 64
_ALLOWED_CONTROLS = {"\n", "\t"}


class InvalidNote(ValueError):
    """The message is for the note-taker."""


@dataclass(frozen=True)
class NoteRequest:
    draft: NoteDraft
    item_id: int | None  # the item the note-taker saw; None: the current item
    request_id: str | None  # repeats of one note after a lost acknowledgement are one note


def parse_note(body: Any) -> NoteRequest:
    if not isinstance(body, dict):
        raise InvalidNote('Send a JSON object such as {"kind": "note", "text": "…"}.')
    kind_value = body.get("kind", NoteKind.NOTE.value)
    if not isinstance(kind_value, str) or kind_value not in NoteKind._value2member_map_:
        kinds = ", ".join(k.value for k in NoteKind)
        raise InvalidNote(f"The kind must be one of: {kinds}.")
    kind = NoteKind(kind_value)
    text = _plain_text(body.get("text"), "text", MAX_TEXT)
    if not text:
        raise InvalidNote("The note is empty.")
    # Checked whatever the kind (what is sent must be well formed); kept for actions only.
    owner = _plain_text(body.get("owner", ""), "owner", MAX_OWNER)
    due = _due(body.get("due"))
    if kind != NoteKind.ACTION:
        owner, due = "", None
    return NoteRequest(
        NoteDraft(kind, text, owner, due),
        item_id=_item_id(body.get("itemId")),
        request_id=_request_id(body.get("requestId")),
    )


def _plain_text(value: Any, name: str, limit: int) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise InvalidNote(f"The {name} must be text.")
    text = value.strip()
    if len(value) > limit:  # as sent: the documented limit is the field's, before trimming
        raise InvalidNote(f"The {name} is too long (at most {limit} characters).")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidNote(f"The {name} contains characters that cannot be stored.") from None
    if any(ord(ch) < 32 and ch not in _ALLOWED_CONTROLS for ch in text):
        raise InvalidNote(f"The {name} contains control characters.")
    return text


def _due(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str) or len(value) != 10:
        raise InvalidNote("The due date must look like 2025-06-30.")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidNote("The due date must look like 2025-06-30.") from None


def _item_id(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value < 2**62:
        raise InvalidNote("The item must be an agenda item's id.")
    return value


def _request_id(value: Any) -> str | None:
    if value is None or value == "":  # empty: the page sent none
        return None
    if not isinstance(value, str) or not 0 < len(value) <= MAX_REQUEST_ID:
        raise InvalidNote(f"The requestId must be text of at most {MAX_REQUEST_ID} characters.")
    return value
