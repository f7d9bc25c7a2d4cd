"""The note being typed, kept in the file within a second, so a crash loses at most that."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from workshop_app.store.workshop_file import WorkshopFile

DRAFT_KEY = "notes.draft"
SAVE_DELAY_MS = 500  # well inside the promise of "in the file within one second"


@dataclass
class Draft:
    text: str = ""
    kind: str = "note"
    owner: str = ""

    @classmethod
    def load(cls, file: WorkshopFile) -> Draft:
        raw: Any = file.get_value(DRAFT_KEY, None)
        if not isinstance(raw, dict):
            return cls()
        return cls(
            text=str(raw.get("text", "")),
            kind=str(raw.get("kind", "note")),
            owner=str(raw.get("owner", "")),
        )

    def save(self, file: WorkshopFile) -> None:
        file.set_value(DRAFT_KEY, asdict(self))
