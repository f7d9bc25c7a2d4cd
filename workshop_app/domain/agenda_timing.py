"""Planned times of an agenda: each item's start and end from the workshop's start."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from workshop_app.domain.workshop import AgendaItem


@dataclass(frozen=True)
class ScheduledItem:
    item: AgendaItem
    planned_start: datetime
    planned_end: datetime


def schedule(items: list[AgendaItem], start: time, on: date | None = None) -> list[ScheduledItem]:
    day = on or date(2000, 1, 1)
    cursor = datetime.combine(day, start)
    result = []
    for item in sorted(items, key=lambda i: i.position):
        end = cursor + timedelta(minutes=item.planned_minutes)
        result.append(ScheduledItem(item, cursor, end))
        cursor = end
    return result


def total_minutes(items: list[AgendaItem]) -> int:
    return sum(item.planned_minutes for item in items)


def planned_end(items: list[AgendaItem], start: time, on: date | None = None) -> datetime:
    day = on or date(2000, 1, 1)
    return datetime.combine(day, start) + timedelta(minutes=total_minutes(items))
