"""The minimum group size in every export: no minutes reveal a group smaller than k."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest

from tests.export.test_exports import GENERATED, export_all, pdf_text
from tests.export.test_json_schema import assert_valid
from workshop_app.domain.polls import Poll, PollSettings, PollState, PollType
from workshop_app.domain.privacy_notice import notice_paragraphs
from workshop_app.domain.workshop import AgendaItem, Workshop
from workshop_app.export.export_job import ExportTargets, export_workshop
from workshop_app.store.responses_repo import ResponsesRepo
from workshop_app.store.workshop_file import WorkshopFile

# Answers in the order they arrived: the open texts must not come out in this order.
TEXTS = ["Anna's idea", "more benches", "cameras", "street lights", "zebra crossing"]


def small_room(path: Path) -> WorkshopFile:
    """A room of twelve: a poll only three answered, one where two chose an option, one
    open-text poll with five answers, and one poll whose k was lowered to 2."""
    file = WorkshopFile.create(path, Workshop(title="Small room", date=date(2026, 5, 2)))
    item = file.add_item(AgendaItem(title="Trust", planned_minutes=30))
    polls = [
        Poll(PollType.SINGLE_CHOICE, "Three answered?", ["Yes", "No"]),
        Poll(PollType.SINGLE_CHOICE, "Trust the police?", ["Yes", "No", "Unsure"]),
        Poll(PollType.OPEN_TEXT, "Ideas?"),
        Poll(PollType.SINGLE_CHOICE, "Own k?", ["A", "B"], PollSettings(min_group=2)),
    ]
    answers: list[list[object]] = [
        [0, 0, 1],
        [0] * 7 + [1] * 3 + [2] * 2,
        list(TEXTS),
        [0, 0, 0, 1, 1, 1],
    ]
    responses = ResponsesRepo(file)
    for poll, values in zip(polls, answers, strict=True):
        poll.item_id = item.id
        poll.state = PollState.CLOSED
        saved = file.add_poll(poll)
        assert saved.id is not None
        for value in values:
            responses.add(saved.id, value, GENERATED)
    return file


@pytest.fixture
def exports(tmp_path: Path) -> dict[str, Path]:
    file = small_room(tmp_path / "room.workshop")
    try:
        out = export_all(file, tmp_path)
        out["html"] = tmp_path / "minutes.html"
        export_workshop(file, ExportTargets(html=out["html"]), GENERATED)
    finally:
        file.close()
    return out


def test_the_pdf_shows_no_group_smaller_than_five(exports: dict[str, Path]) -> None:
    flat = " ".join(pdf_text(exports["pdf"]).split())
    assert "3 responses · Minimum group size 5" in flat
    assert "3 answers; results are shown only from 5 answers (minimum group size)." in flat
    assert "Yes 7 (58%)" in flat
    assert flat.count("fewer than 5") >= 2
    assert "3 (25%)" not in flat and "2 (17%)" not in flat
    assert "Minimum group size per poll: 1.1: 5; 1.2: 5; 1.3: 5; 1.4: 2." in flat
    # Five open texts: all shown, not in the order they arrived.
    positions = [flat.index(text) for text in TEXTS]
    assert positions != sorted(positions)
    # A poll's own k of 2 lets its 3 and 3 show.
    assert "A 3 (50%)" in flat
    # The appendix repeats what every phone was told before its first answer.
    assert "Before their first answer, each phone showed participants this:" in flat
    for point in notice_paragraphs("en", 5):
        assert " ".join(point.split()) in flat, point[:40]


def test_markdown_html_csv_and_json_say_the_same(exports: dict[str, Path]) -> None:
    markdown = exports["md"].read_text(encoding="utf-8")
    assert "3 answers; results are shown only from 5 answers" in markdown
    assert "| 2 | No | fewer than 5 | – |" in markdown
    html = exports["html"].read_text(encoding="utf-8")
    assert "Bar chart of poll 1.2: Yes: 7 (58%); No: fewer than 5; Unsure: fewer than 5" in html
    assert "Three answered?" in html and ">Yes</th>" not in html.split("Three answered?")[1][:600]
    data = json.loads(exports["json"].read_text(encoding="utf-8"))
    assert_valid(data)
    polls = {p["question"]: p for item in data["agenda"] for p in item["polls"]}
    assert polls["Three answered?"]["tally"]["withheld"] is True
    assert polls["Three answered?"]["tally"]["counts"] == []
    assert polls["Three answered?"]["results"] == []
    assert polls["Trust the police?"]["tally"]["counts"] == [7, None, None]
    assert [r["shown_as"] for r in polls["Trust the police?"]["results"]] == [
        "exact",
        "fewer",
        "fewer",
    ]
    texts = polls["Ideas?"]["tally"]["texts"]
    assert sorted(texts) == sorted(TEXTS) and texts != TEXTS
    folder = exports["csv"]
    with (folder / "polls.csv").open(encoding="utf-8-sig") as handle:
        summary = {row["question"]: row for row in csv.DictReader(handle)}
    assert summary["Three answered?"]["withheld"] == "yes"
    assert summary["Own k?"]["min_group"] == "2"
    with (folder / summary["Trust the police?"]["file"]).open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["count"], r["shown_as"]) for r in rows] == [
        ("7", "exact"),
        ("", "fewer than 5"),
        ("", "fewer than 5"),
    ]
    cells = (folder / summary["Three answered?"]["file"]).read_text(encoding="utf-8-sig")
    assert "Yes" not in cells and "results are shown only from 5 answers" in cells
