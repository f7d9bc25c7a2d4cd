"""Plan files: schema, templates, round trip, clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from workshop_app.domain.polls import PollType
from workshop_app.plans.plan_format import (
    FORMAT_VERSION,
    PlanError,
    dumps_plan,
    loads_plan,
    read_plan,
    write_plan,
)
from workshop_app.plans.plan_io import apply_plan, plan_from_file
from workshop_app.plans.templates import builtin_templates, template_paths
from workshop_app.resources import resource_path
from workshop_app.store.workshop_file import WorkshopFile

SCHEMA = json.loads(resource_path("schemas", "plan.schema.json").read_text(encoding="utf-8"))


def test_at_least_three_templates_with_polls() -> None:
    templates = builtin_templates()
    assert len(templates) >= 3
    for template in templates:
        polls = [poll for planned in template.plan.agenda for poll in planned.polls]
        assert polls, template.title
        assert template.minutes > 0


@pytest.mark.parametrize("path", template_paths(), ids=lambda p: p.name)
def test_schema_validates_every_template(path: Path) -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    jsonschema.validate(json.loads(path.read_text(encoding="utf-8")), SCHEMA)


def test_templates_cover_every_poll_type() -> None:
    types = {
        poll.type
        for template in builtin_templates()
        for planned in template.plan.agenda
        for poll in planned.polls
    }
    assert types == set(PollType)


def test_round_trip_through_a_file_is_byte_identical(tmp_path: Path) -> None:
    for template in template_paths():
        file = WorkshopFile.create(
            tmp_path / f"{template.stem}.workshop", read_plan(template).workshop
        )
        apply_plan(file, read_plan(template), replace_workshop=False)
        first = tmp_path / "first.json"
        write_plan(plan_from_file(file), first)
        file.close()
        again = WorkshopFile.create(
            tmp_path / f"{template.stem}-2.workshop", read_plan(first).workshop
        )
        apply_plan(again, read_plan(first), replace_workshop=False)
        second = tmp_path / "second.json"
        write_plan(plan_from_file(again), second)
        again.close()
        assert first.read_bytes() == second.read_bytes()
        assert first.read_bytes() == template.read_bytes()  # templates are in canonical form
        jsonschema.validate(json.loads(second.read_text(encoding="utf-8")), SCHEMA)


def test_exported_plan_never_holds_responses_or_notes(demo_path: Path, tmp_path: Path) -> None:
    file = WorkshopFile.open(demo_path, read_only=True)
    text = dumps_plan(plan_from_file(file))
    file.close()
    data = json.loads(text)
    jsonschema.validate(data, SCHEMA)
    assert "Good lighting" not in text  # an open-text answer of the demo
    assert "neighbourhood officers" not in text.lower()  # a note of the demo
    assert all(poll for item in data["agenda"] for poll in item["polls"])
    assert '"state"' not in text and "actual_start" not in text


BAD_PLANS = {
    "not json": ("{nope", "not valid JSON"),
    "wrong format": ('{"format": "other", "version": 1}', "not a workshop-app plan"),
    "newer": (
        '{"format": "workshop-app-plan", "version": 99, "workshop": {"title": "x"}}',
        "newer",
    ),
    "no title": (
        '{"format": "workshop-app-plan", "version": 1, "workshop": {"title": ""}}',
        "workshop.title: must not be empty",
    ),
    "bad method": (
        '{"format": "workshop-app-plan", "version": 1, "workshop": {"title": "x"},'
        ' "agenda": [{"title": "a", "method": "dance"}]}',
        "agenda[0].method",
    ),
    "bad poll": (
        '{"format": "workshop-app-plan", "version": 1, "workshop": {"title": "x"},'
        ' "agenda": [{"title": "a", "polls": [{"type": "single_choice", "question": "q",'
        ' "options": ["only one"]}]}]}',
        "agenda[0].polls[0]",
    ),
    "negative minutes": (
        '{"format": "workshop-app-plan", "version": 1, "workshop": {"title": "x"},'
        ' "agenda": [{"title": "a", "planned_minutes": -5}]}',
        "planned_minutes",
    ),
}


@pytest.mark.parametrize("case", BAD_PLANS)
def test_bad_plans_say_where(case: str) -> None:
    text, words = BAD_PLANS[case]
    with pytest.raises(PlanError) as raised:
        loads_plan(text, source="p.json")
    assert words in str(raised.value)
    assert str(raised.value).startswith("p.json:")


def test_schema_rejects_what_the_reader_rejects() -> None:
    for case in ("wrong format", "no title", "bad method", "negative minutes"):
        text, _ = BAD_PLANS[case]
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(json.loads(text), SCHEMA)


def test_format_version_is_documented() -> None:
    assert SCHEMA["properties"]["version"]["maximum"] == FORMAT_VERSION
