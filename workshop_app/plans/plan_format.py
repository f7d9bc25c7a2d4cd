"""The plan file format (JSON), version 2. See resources/schemas/plan.schema.json.

Version 2 adds text in further languages: ``workshop.languages`` (the languages beside
``workshop.language``) and ``translations`` on items and polls ({language: wording}).
A version 1 plan is read by migrating it first (``_MIGRATIONS``): it has no translations.

A plan is what can be reused: the workshop's details, its agenda and its polls.
It never holds responses, notes, actual times or anything about participants.
Export is deterministic, so export → import → export gives identical bytes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path
from typing import Any

from workshop_app.domain.polls import Poll, PollSettings, PollType, poll_problems
from workshop_app.domain.translations import (
    item_translations_from_dict,
    item_translations_to_dict,
    parse_languages,
    poll_translations_from_dict,
    poll_translations_to_dict,
)
from workshop_app.domain.workshop import AgendaItem, Method, Workshop

FORMAT_NAME = "workshop-app-plan"
FORMAT_VERSION = 2
MAX_PLAN_BYTES = 5 * 1024 * 1024


class PlanError(ValueError):
    """A plan file that cannot be used; the message names the place and the problem."""


@dataclass
class PlannedItem:
    item: AgendaItem
    polls: list[Poll] = field(default_factory=list)


@dataclass
class Plan:
    workshop: Workshop
    agenda: list[PlannedItem] = field(default_factory=list)


# --- writing ------------------------------------------------------------------------------


def plan_to_dict(plan: Plan) -> dict[str, Any]:
    w = plan.workshop
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "workshop": {
            "title": w.title,
            "date": w.date.isoformat() if w.date else None,
            "start_time": w.start_time.strftime("%H:%M"),
            "venue": w.venue,
            "facilitators": list(w.facilitators),
            "organisation": w.organisation,
            "description": w.description,
            "language": w.language,
            "languages": list(w.languages),
        },
        "agenda": [
            {
                "title": p.item.title,
                "goal": p.item.goal,
                "method": p.item.method.value,
                "planned_minutes": p.item.planned_minutes,
                "facilitator_notes": p.item.facilitator_notes,
                "translations": item_translations_to_dict(p.item.translations),
                "polls": [
                    {
                        "type": poll.type.value,
                        "question": poll.question,
                        "options": list(poll.options),
                        "settings": poll.settings.to_dict(),
                        "translations": poll_translations_to_dict(poll.translations),
                    }
                    for poll in p.polls
                ],
            }
            for p in plan.agenda
        ],
    }


def dumps_plan(plan: Plan) -> str:
    return json.dumps(plan_to_dict(plan), ensure_ascii=False, indent=2) + "\n"


def write_plan(plan: Plan, path: Path) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(dumps_plan(plan), encoding="utf-8")
    tmp.replace(path)


# --- reading ------------------------------------------------------------------------------


def read_plan(path: Path) -> Plan:
    try:
        if path.stat().st_size > MAX_PLAN_BYTES:
            raise PlanError(f"{path.name}: too large for a plan file.")
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PlanError(f"{path.name}: no such file.") from None
    except UnicodeDecodeError:
        raise PlanError(f"{path.name}: not a plan file (not UTF-8 text).") from None
    except OSError as err:
        raise PlanError(f"{path.name}: cannot be read ({err.strerror}).") from None
    return loads_plan(text, source=path.name)


def loads_plan(text: str, source: str = "plan") -> Plan:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise PlanError(
            f"{source}: not valid JSON (line {err.lineno}, column {err.colno}: {err.msg})."
        ) from None
    return plan_from_dict(data, source)


def plan_from_dict(data: Any, source: str = "plan") -> Plan:
    r = _Reader(source)
    root = r.obj(data, "")
    if root.get("format") != FORMAT_NAME:
        raise PlanError(f'{source}: not a workshop-app plan file (missing "format").')
    version = root.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise PlanError(f'{source}: "version" must be a whole number.')
    if version > FORMAT_VERSION:
        raise PlanError(
            f"{source}: plan format version {version} is newer than this app reads "
            f"({FORMAT_VERSION}); please update the app."
        )
    root = _migrated(root, version)
    w = r.obj(root.get("workshop"), "workshop")
    language = r.text(w.get("language", "en"), "workshop.language") or "en"
    workshop = Workshop(
        title=r.text(w.get("title"), "workshop.title", required=True),
        date=r.date(w.get("date"), "workshop.date"),
        start_time=r.time(w.get("start_time", "18:00"), "workshop.start_time"),
        venue=r.text(w.get("venue", ""), "workshop.venue"),
        facilitators=r.text_list(w.get("facilitators", []), "workshop.facilitators"),
        organisation=r.text(w.get("organisation", ""), "workshop.organisation"),
        description=r.text(w.get("description", ""), "workshop.description"),
        language=language,
        languages=parse_languages(
            r.text_list(w.get("languages", []), "workshop.languages"), language
        ),
    )
    agenda_raw = root.get("agenda", [])
    if not isinstance(agenda_raw, list):
        raise PlanError(f'{source}: "agenda" must be a list.')
    agenda = []
    for i, raw_item in enumerate(agenda_raw):
        where = f"agenda[{i}]"
        it = r.obj(raw_item, where)
        method_raw = it.get("method", "plenary")
        if method_raw not in Method._value2member_map_:
            raise PlanError(f"{source}: {where}.method: unknown method {method_raw!r}.")
        minutes = it.get("planned_minutes", 10)
        if not isinstance(minutes, int) or isinstance(minutes, bool) or not 0 <= minutes <= 24 * 60:
            raise PlanError(f"{source}: {where}.planned_minutes must be 0 to 1440 minutes.")
        item = AgendaItem(
            title=r.text(it.get("title"), f"{where}.title", required=True),
            goal=r.text(it.get("goal", ""), f"{where}.goal"),
            method=Method(method_raw),
            planned_minutes=minutes,
            facilitator_notes=r.text(it.get("facilitator_notes", ""), f"{where}.facilitator_notes"),
            position=i,
            translations=item_translations_from_dict(
                r.obj(it.get("translations", {}), f"{where}.translations")
            ),
        )
        polls_raw = it.get("polls", [])
        if not isinstance(polls_raw, list):
            raise PlanError(f"{source}: {where}.polls must be a list.")
        polls = [r.poll(raw, f"{where}.polls[{j}]", j) for j, raw in enumerate(polls_raw)]
        agenda.append(PlannedItem(item, polls))
    return Plan(workshop, agenda)


def _migrate_v1(root: dict[str, Any]) -> dict[str, Any]:
    """Version 1 → 2: no further languages and no translations."""
    workshop = root.get("workshop")
    if isinstance(workshop, dict):
        workshop = {**workshop, "languages": workshop.get("languages", [])}
    return {**root, "version": 2, "workshop": workshop}


# From version N to N + 1, in order; reading applies those from the file's version on.
_MIGRATIONS = {1: _migrate_v1}


def _migrated(root: dict[str, Any], version: int) -> dict[str, Any]:
    while version < FORMAT_VERSION:
        root = _MIGRATIONS[version](root)
        version += 1
    return root


class _Reader:
    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, where: str, problem: str) -> PlanError:
        place = f"{where}: " if where else ""
        return PlanError(f"{self.source}: {place}{problem}")

    def obj(self, value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, "must be an object.")
        return value

    def text(self, value: Any, where: str, required: bool = False) -> str:
        if value is None and not required:
            return ""
        if not isinstance(value, str):
            raise self.fail(where, "must be text.")
        if required and not value.strip():
            raise self.fail(where, "must not be empty.")
        return value

    def text_list(self, value: Any, where: str) -> list[str]:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(where, "must be a list of text.")
        return list(value)

    def date(self, value: Any, where: str) -> date | None:
        if value is None:
            return None
        try:
            return date.fromisoformat(value)
        except (TypeError, ValueError):
            raise self.fail(where, "must be a date like 2026-03-14.") from None

    def time(self, value: Any, where: str) -> time:
        try:
            parsed = time.fromisoformat(value)
        except (TypeError, ValueError):
            raise self.fail(where, "must be a time like 18:30.") from None
        return parsed.replace(second=0, microsecond=0)

    def poll(self, value: Any, where: str, position: int) -> Poll:
        p = self.obj(value, where)
        type_raw = p.get("type")
        if type_raw not in PollType._value2member_map_:
            raise self.fail(f"{where}.type", f"unknown poll type {type_raw!r}.")
        settings_raw = self.obj(p.get("settings", {}), f"{where}.settings")
        try:
            settings = PollSettings.from_dict(settings_raw)
        except (TypeError, ValueError):
            raise self.fail(f"{where}.settings", "has a value of the wrong kind.") from None
        poll = Poll(
            type=PollType(type_raw),
            question=self.text(p.get("question"), f"{where}.question", required=True),
            options=self.text_list(p.get("options", []), f"{where}.options"),
            settings=settings,
            position=position,
            translations=poll_translations_from_dict(
                self.obj(p.get("translations", {}), f"{where}.translations")
            ),
        )
        problems = poll_problems(poll)
        if problems:
            raise self.fail(where, problems[0])
        return poll
