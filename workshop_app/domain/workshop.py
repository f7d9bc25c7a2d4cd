"""The workshop and its agenda."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import Enum

from workshop_app.domain.translations import ItemText


class Method(str, Enum):
    PLENARY = "plenary"
    SMALL_GROUPS = "small_groups"
    POLL = "poll"
    PRESENTATION = "presentation"
    BREAK = "break"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _METHOD_LABELS[self]


_METHOD_LABELS = {
    Method.PLENARY: "Plenary",
    Method.SMALL_GROUPS: "Small groups",
    Method.POLL: "Poll",
    Method.PRESENTATION: "Presentation",
    Method.BREAK: "Break",
    Method.OTHER: "Other",
}

SUPPORTED_LANGUAGES = ("en", "fr", "de", "nl", "pl", "es")


def primary_language(tag: str | None) -> str:
    """The language of a tag such as "fr-BE", "de_AT" or "NL": "fr", "de", "nl" ("" for none)."""
    return (tag or "").strip().replace("_", "-").split("-")[0].lower()


@dataclass
class Workshop:
    title: str
    date: date | None = None
    start_time: time = time(18, 0)
    venue: str = ""
    facilitators: list[str] = field(default_factory=list)
    organisation: str = ""
    description: str = ""
    language: str = "en"
    # Further languages the plan's text is given in (the main one is ``language``).
    languages: list[str] = field(default_factory=list)


@dataclass
class AgendaItem:
    title: str
    planned_minutes: int = 10
    goal: str = ""
    method: Method = Method.PLENARY
    facilitator_notes: str = ""
    position: int = 0
    id: int | None = None
    actual_start: datetime | None = None
    actual_end: datetime | None = None
    translations: dict[str, ItemText] = field(default_factory=dict)
