"""Every JSON export validates against resources/schemas/minutes.schema.json: the demo, an
empty workshop, and a workshop with every poll type, answered and not."""

from __future__ import annotations

import copy
import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from workshop_app.domain.ideas import IdeaState
from workshop_app.domain.notes import Note, NoteKind
from workshop_app.domain.polls import Poll, PollSettings, PollState, PollType
from workshop_app.domain.workshop import AgendaItem, Workshop
from workshop_app.export.export_job import ExportTargets, export_workshop
from workshop_app.resources import resource_path
from workshop_app.settings_registry import MIN_GROUP_SIZE, write_workshop
from workshop_app.store.ideas_repo import IdeasRepo
from workshop_app.store.notes_repo import NotesRepo
from workshop_app.store.responses_repo import ResponsesRepo
from workshop_app.store.workshop_file import WorkshopFile

GENERATED = datetime(2026, 3, 12, 21, 0).astimezone()
SCHEMA = json.loads(resource_path("schemas", "minutes.schema.json").read_text(encoding="utf-8"))
VALIDATOR = Draft202012Validator(SCHEMA, format_checker=FormatChecker())


def exported(file: WorkshopFile, folder: Path) -> dict[str, Any]:
    out = folder / "minutes.json"
    export_workshop(file, ExportTargets(json=out), GENERATED)
    data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return data


def assert_valid(data: dict[str, Any]) -> None:
    errors = sorted(VALIDATOR.iter_errors(data), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5])


def every_poll_type(path: Path, answered: bool, min_group: int = 1) -> WorkshopFile:
    """Every poll type with two or three answers each; by default with the minimum group
    size off (1), so that every result shows (tests of k pass their own)."""
    file = WorkshopFile.create(path, Workshop(title="Every poll", date=date(2026, 5, 2)))
    write_workshop(file, MIN_GROUP_SIZE, min_group)
    item = file.add_item(AgendaItem(title="Polls", planned_minutes=30))
    polls = [
        Poll(PollType.SINGLE_CHOICE, "One?", ["A", "B", "C"]),
        Poll(PollType.MULTIPLE_CHOICE, "Some?", ["A", "B", "C"], PollSettings(max_choices=2)),
        Poll(PollType.MULTIPLE_CHOICE, "Any?", ["A", "B"]),
        Poll(PollType.SCALE, "How much?", settings=PollSettings(1, 1, 4, "None", "All")),
        Poll(PollType.SCALE, "Unlabelled?", settings=PollSettings(scale_min=0, scale_max=10)),
        Poll(PollType.OPEN_TEXT, "Ideas?"),
        Poll(PollType.RANKING, "Order?", ["X", "Y", "Z"]),
        Poll(PollType.IDEA_WALL, "Wall?"),
        Poll(PollType.DOT_VOTE, "Dots?", ["X", "Y"], PollSettings(dots=3, dots_per_option=2)),
    ]
    answers: list[list[object]] = [
        [0, 2, 2],
        [[0, 1], [2]],
        [[1]],
        [1, 4, 4],
        [0, 10],
        ["Lighting the streets", "Better light"],
        [[2, 0, 1], [0, 2, 1]],
        [],  # ideas, not responses: added below
        [{"0": 2, "1": 1}, {"1": 2}],
    ]
    responses = ResponsesRepo(file)
    for poll, values in zip(polls, answers, strict=True):
        poll.item_id = item.id
        poll.state = PollState.CLOSED
        saved = file.add_poll(poll)
        assert saved.id is not None
        for value in values if answered else []:
            responses.add(saved.id, value, GENERATED)
        if poll.type == PollType.IDEA_WALL and answered:
            IdeasRepo(file).add_for_demo(
                saved.id, "Benches", GENERATED, ["a", "b"], IdeaState.SHOWN
            )
    notes = NotesRepo(file)
    for kind in NoteKind:
        notes.add(Note(kind=kind, text=f"A {kind.value}", item_id=item.id, created_at=GENERATED))
    notes.add(Note(kind=NoteKind.NOTE, text="Loose", item_id=None, created_at=GENERATED))
    return file


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_the_demo_export_validates(demo_path: Path, tmp_path: Path) -> None:
    file = WorkshopFile.open(demo_path, read_only=True)
    try:
        data = exported(file, tmp_path)
    finally:
        file.close()
    assert_valid(data)
    scale = next(p for item in data["agenda"] for p in item["polls"] if p["type"] == "scale")
    assert scale["scale"]["min_label"] == "Not safe at all"
    assert scale["results"][0] == {
        "value": 1,
        "label": "Not safe at all",
        "count": 7,
        "percent_of_respondents": 18.9,
        "shown_as": "exact",
    }


def test_an_empty_workshop_validates(workshop_file: WorkshopFile, tmp_path: Path) -> None:
    data = exported(workshop_file, tmp_path)
    assert_valid(data)
    assert data["agenda"] == [] and data["actions"] == []


@pytest.mark.parametrize("answered", [True, False])
def test_every_poll_type_validates(tmp_path: Path, answered: bool) -> None:
    file = every_poll_type(tmp_path / "every.workshop", answered)
    try:
        data = exported(file, tmp_path)
    finally:
        file.close()
    assert_valid(data)
    polls = {p["question"]: p for p in data["agenda"][0]["polls"]}
    assert {p["type"] for p in polls.values()} == {t.value for t in PollType}
    assert polls["Some?"]["max_choices"] == 2 and polls["Any?"]["max_choices"] is None
    assert polls["How much?"]["scale"] == {
        "min": 1,
        "max": 4,
        "min_label": "None",
        "max_label": "All",
    }
    if answered:
        # Rankings name each option and its place in the list participants saw.
        assert polls["Order?"]["results"][0] == {
            "rank": 1,
            "option_number": 1,
            "option": "X",
            "mean_position": 1.5,
        }
        assert [r["option_number"] for r in polls["One?"]["results"]] == [1, 2, 3]


def test_the_schema_rejects_what_an_export_never_holds(demo_path: Path, tmp_path: Path) -> None:
    file = WorkshopFile.open(demo_path, read_only=True)
    try:
        data = exported(file, tmp_path)
    finally:
        file.close()
    broken = [copy.deepcopy(data) for _ in range(4)]
    broken[0]["agenda"][0]["polls"][0]["device_token"] = "abc"
    del broken[1]["results_sha256"]
    broken[2]["agenda"][1]["polls"][0]["results"][0]["count"] = -1
    broken[3]["agenda"][0]["notes"][0]["owner"] = "Someone"  # only action items have owners
    for case in broken:
        assert list(VALIDATOR.iter_errors(case)), case
