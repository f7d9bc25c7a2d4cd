"""Conversions between domain values and the text SQLite stores."""

from __future__ import annotations

import json
from datetime import date, datetime, time
from typing import Any


def dt_to_text(value: datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") if value else None


def text_to_dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def date_to_text(value: date | None) -> str | None:
    return value.isoformat() if value else None


def text_to_date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def time_to_text(value: time) -> str:
    return value.strftime("%H:%M")


def text_to_time(value: str | None) -> time:
    if not value:
        return time(18, 0)
    return time.fromisoformat(value)


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def from_json(value: str | None, default: Any = None) -> Any:
    if value is None:
        return default
    return json.loads(value)
