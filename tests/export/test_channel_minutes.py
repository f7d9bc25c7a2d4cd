"""A poll answered by 30 phones and 12 paper ballots: 42 in every format, with the split
by channel and the people present, in the workshop's language."""

from __future__ import annotations

import csv
import json
from datetime import UTC, date, datetime
from pathlib import Path

from jsonschema import Draft202012Validator, FormatChecker

from tests.export.test_exports import pdf_text
from workshop_app.domain.channels import Channel
from workshop_app.domain.polls import Poll, PollType
from workshop_app.domain.workshop import AgendaItem, Workshop
from workshop_app.export.export_job import ExportTargets, export_workshop
from workshop_app.resources import resource_path
from workshop_app.store.offline_repo import HeadcountsRepo, OfflineAnswersRepo
from workshop_app.store.responses_repo import ResponsesRepo
from workshop_app.store.sessions_repo import SessionsRepo
from workshop_app.store.workshop_file import WorkshopFile

AT = datetime(2026, 5, 2, 18, 30, tzinfo=UTC)
GENERATED = datetime(2026, 5, 2, 21, 0).astimezone()


def mixed_room(path: Path, language: str = "en") -> WorkshopFile:
    file = WorkshopFile.create(
        path, Workshop(title="Mixed room", date=date(2026, 5, 2), language=language)
    )
    item = file.add_item(AgendaItem("Which first?", 20))
    poll = file.add_poll(
        Poll(PollType.SINGLE_CHOICE, "Fix first?", ["Lights", "Benches"], item_id=item.id)
    )
    scale = file.add_poll(Poll(PollType.SCALE, "How safe?", item_id=item.id))
    assert poll.id is not None and scale.id is not None and item.id is not None
    SessionsRepo(file).start(AT)
    responses = ResponsesRepo(file)
    for value in [0] * 20 + [1] * 10:
        responses.add(poll.id, value, AT)
    offline = OfflineAnswersRepo(file)
    offline.set_count(poll.id, Channel.PAPER, 0, 5, AT)
    offline.set_count(poll.id, Channel.PAPER, 1, 5, AT)
    offline.add(poll.id, Channel.PROXY, 1, AT)
    offline.add(poll.id, Channel.PROXY, 1, AT)
    offline.set_count(scale.id, Channel.HANDS, 4, 3, AT)
    HeadcountsRepo(file).set_people(item.id, 45, AT)
    return file


def export(file: WorkshopFile, folder: Path) -> ExportTargets:
    targets = ExportTargets(
        pdf=folder / "m.pdf",
        html=folder / "m.html",
        markdown=folder / "m.md",
        json=folder / "m.json",
        csv_dir=folder / "csv",
    )
    export_workshop(file, targets, GENERATED)
    return targets


def test_every_format_shows_the_combined_total_and_the_split(tmp_path: Path) -> None:
    file = mixed_room(tmp_path / "mixed.workshop")
    try:
        targets = export(file, tmp_path)
    finally:
        file.close()
    assert targets.pdf and targets.html and targets.markdown and targets.json and targets.csv_dir
    split = "By channel: 30 by phone, 10 on paper ballots, 2 entered by the facilitator"
    for text in (
        " ".join(pdf_text(targets.pdf).split()),
        targets.html.read_text(encoding="utf-8"),
        targets.markdown.read_text(encoding="utf-8"),
    ):
        assert "42 responses" in text
        assert f"{split} · 45 people present" in text
        assert "By channel: 0 by phone, 3 by show of hands · 45 people present" in text
    data = json.loads(targets.json.read_text(encoding="utf-8"))
    schema = json.loads(resource_path("schemas", "minutes.schema.json").read_text("utf-8"))
    errors = list(Draft202012Validator(schema, format_checker=FormatChecker()).iter_errors(data))
    assert not errors, errors[0].message
    item = data["agenda"][0]
    assert item["people_present"] == 45
    first = item["polls"][0]
    assert first["tally"]["responses"] == 42 and first["tally"]["counts"] == [25, 17]
    assert first["people_present"] == 45
    assert first["channels"] == {
        "phone": {"responses": 30, "counts": [20, 10]},
        "paper": {"responses": 10, "counts": [5, 5]},
        "proxy": {"responses": 2},  # a number only
    }
    with (targets.csv_dir / "polls.csv").open(encoding="utf-8-sig") as handle:
        summary = list(csv.DictReader(handle))
    assert summary[0]["responses"] == "42"
    assert (summary[0]["responses_phone"], summary[0]["responses_paper"]) == ("30", "10")
    assert (summary[0]["responses_proxy"], summary[0]["responses_hands"]) == ("2", "0")
    assert summary[0]["people_present"] == "45"
    with (targets.csv_dir / summary[0]["file"]).open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["count"], r["count_phone"], r["count_paper"]) for r in rows] == [
        ("25", "20", "5"),
        ("17", "10", "5"),
    ]
    assert "count_proxy" not in rows[0]


def test_the_split_follows_the_workshops_language(tmp_path: Path) -> None:
    file = mixed_room(tmp_path / "mixed.workshop", "fr")
    try:
        targets = export(file, tmp_path)
    finally:
        file.close()
    assert targets.markdown
    text = targets.markdown.read_text(encoding="utf-8")
    assert (
        "Par canal\u00a0: 30 par téléphone, 10 sur bulletins papier, 2 saisies par l’animateur"
        " · 45 personnes présentes"
    ) in text


def test_more_answers_than_people_present_is_said(tmp_path: Path) -> None:
    file = mixed_room(tmp_path / "mixed.workshop")
    try:
        item = file.items()[0]
        assert item.id is not None
        HeadcountsRepo(file).set_people(item.id, 40, AT)
        targets = export(file, tmp_path)
    finally:
        file.close()
    assert targets.markdown
    text = targets.markdown.read_text(encoding="utf-8")
    assert "· 40 people present (more answers than people present)" in text
