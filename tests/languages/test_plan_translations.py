"""Plan text in three languages: kept in the file, written to and read from plan files
(version 2, with its JSON Schema), older plans migrated, missing text falling back."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from workshop_app.domain.localised_text import localised_poll, poll_missing, poll_text_in
from workshop_app.domain.polls import Poll, PollSettings, PollType
from workshop_app.domain.translations import ItemText, PollText, text_direction
from workshop_app.domain.workshop import AgendaItem, Workshop
from workshop_app.plans.plan_format import (
    FORMAT_VERSION,
    Plan,
    PlannedItem,
    dumps_plan,
    loads_plan,
    write_plan,
)
from workshop_app.plans.plan_io import apply_plan, plan_from_file
from workshop_app.resources import resource_path
from workshop_app.store.workshop_file import WorkshopFile

SCHEMA = json.loads(resource_path("schemas", "plan.schema.json").read_text(encoding="utf-8"))


def three_language_plan() -> Plan:
    workshop = Workshop(title="Sécurité du quartier", language="fr", languages=["nl", "ar"])
    item = AgendaItem(
        title="Votre rue le soir",
        goal="Comprendre",
        translations={
            "nl": ItemText(title="Uw straat 's avonds", goal="Begrijpen"),
            "ar": ItemText(title="شارعك في المساء"),
        },
    )
    scale = Poll(
        type=PollType.SCALE,
        question="Vous sentez-vous en sécurité ?",
        settings=PollSettings(scale_min_label="Pas du tout", scale_max_label="Tout à fait"),
        translations={
            "nl": PollText(
                question="Voelt u zich veilig?",
                scale_min_label="Helemaal niet",
                scale_max_label="Helemaal wel",
            ),
            "ar": PollText(question="هل تشعر بالأمان؟", scale_min_label="إطلاقاً"),
        },
    )
    choice = Poll(
        type=PollType.SINGLE_CHOICE,
        question="Quelle priorité ?",
        options=["Éclairage", "Trottoirs"],
        translations={
            "nl": PollText(question="Welke prioriteit?", options=["Verlichting", "Stoepen"]),
            "ar": PollText(question="ما هي الأولوية؟", options=["الإنارة", ""]),
        },
    )
    return Plan(workshop, [PlannedItem(item, [scale, choice])])


def test_three_languages_round_trip_through_file_and_plan(tmp_path: Path) -> None:
    plan = three_language_plan()
    text = dumps_plan(plan)
    jsonschema.validate(json.loads(text), SCHEMA)
    assert json.loads(text)["version"] == FORMAT_VERSION == 2

    file = WorkshopFile.create(tmp_path / "w.workshop", plan.workshop)
    try:
        apply_plan(file, loads_plan(text))
        again = plan_from_file(file)
    finally:
        file.close()
    assert again.workshop.languages == ["nl", "ar"]
    assert again.agenda[0].item.translations["nl"].title == "Uw straat 's avonds"
    assert again.agenda[0].polls[1].translations["ar"].options == ["الإنارة", ""]
    out = tmp_path / "again.json"
    write_plan(again, out)
    assert out.read_text(encoding="utf-8") == text  # byte for byte


def test_file_keeps_translations_after_reopening(tmp_path: Path) -> None:
    plan = three_language_plan()
    path = tmp_path / "w.workshop"
    file = WorkshopFile.create(path, plan.workshop)
    apply_plan(file, plan)
    file.close()
    reopened = WorkshopFile.open(path)
    try:
        assert reopened.load_workshop().languages == ["nl", "ar"]
        scale = reopened.polls()[0]
        assert scale.translations["nl"].scale_max_label == "Helemaal wel"
    finally:
        reopened.close()


def test_version_1_plan_is_migrated() -> None:
    old = {
        "format": "workshop-app-plan",
        "version": 1,
        "workshop": {"title": "Old", "language": "nl"},
        "agenda": [{"title": "A", "polls": [{"type": "open_text", "question": "Q?"}]}],
    }
    jsonschema.validate(old, SCHEMA)  # the schema still accepts version 1 plans
    plan = loads_plan(json.dumps(old))
    assert plan.workshop.languages == []
    assert plan.agenda[0].polls[0].translations == {}
    assert json.loads(dumps_plan(plan))["version"] == 2


@pytest.mark.parametrize(
    "bad",
    [
        {"translations": {"nl": {"question": 3}}},
        {"translations": {"Dutch!": {"question": "x"}}},
        {"translations": []},
    ],
)
def test_schema_rejects_malformed_translations(bad: dict[str, object]) -> None:
    plan = json.loads(dumps_plan(three_language_plan()))
    plan["agenda"][0]["polls"][1].update(bad)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(plan, SCHEMA)


def test_reader_refuses_translations_that_are_not_an_object() -> None:
    plan = json.loads(dumps_plan(three_language_plan()))
    plan["agenda"][0]["polls"][0]["translations"] = ["nl"]
    from workshop_app.plans.plan_format import PlanError

    with pytest.raises(PlanError, match=r"agenda\[0\]\.polls\[0\]\.translations"):
        loads_plan(json.dumps(plan))


def test_missing_translation_falls_back_to_the_main_language() -> None:
    choice = three_language_plan().agenda[0].polls[1]
    question, options, _, _ = poll_text_in(choice, "ar", "fr")
    assert (question.text, question.language) == ("ما هي الأولوية؟", "ar")
    assert [(o.text, o.language) for o in options] == [("الإنارة", "ar"), ("Trottoirs", "fr")]
    assert poll_missing(choice, "ar") == ["option 2"]
    assert poll_missing(choice, "nl") == []
    assert poll_missing(choice, "de") == ["question", "option 1", "option 2"]
    german = localised_poll(choice, "de", "fr")
    assert german.question == "Quelle priorité ?" and german.options == choice.options
    scale = three_language_plan().agenda[0].polls[0]
    arabic = localised_poll(scale, "ar", "fr")
    assert arabic.settings.scale_min_label == "إطلاقاً"
    assert arabic.settings.scale_max_label == "Tout à fait"
    assert poll_missing(scale, "ar") == ["scale_max_label"]
    assert text_direction("ar") == "rtl" and text_direction("nl") == "ltr"


def test_importing_a_plan_adds_its_languages_to_the_workshop(tmp_path: Path) -> None:
    file = WorkshopFile.create(tmp_path / "w.workshop", Workshop(title="Mine", language="en"))
    try:
        apply_plan(file, three_language_plan(), replace_workshop=False)
        workshop = file.load_workshop()
        assert (workshop.title, workshop.language) == ("Mine", "en")
        assert workshop.languages == ["fr", "nl", "ar"]  # the plan's main one too
    finally:
        file.close()


def test_second_language_minutes_fall_back_per_text(tmp_path: Path) -> None:
    from datetime import datetime

    from workshop_app.export.minutes_data import gather
    from workshop_app.export.minutes_language import in_language

    file = WorkshopFile.create(tmp_path / "w.workshop", three_language_plan().workshop)
    try:
        apply_plan(file, three_language_plan())
        data = gather(file, datetime(2026, 3, 12, 21, 0).astimezone())
    finally:
        file.close()
    arabic = in_language(data, "ar")
    assert arabic.workshop.language == "ar"
    item = arabic.items[0]
    assert (item.item.title, item.item.goal) == ("شارعك في المساء", "Comprendre")
    choice = item.polls[1].poll
    assert choice.options == ["الإنارة", "Trottoirs"]
    assert arabic.results_sha256 == data.results_sha256
    assert item.polls[1].tally == data.items[0].polls[1].tally
    assert arabic.poll_labels[choice.id or 0] == "1.2 ما هي الأولوية؟"
