"""The minimum group size on a dot vote's options in every minutes format: an option
with 1 to k-1 dots reads "fewer than k", never 0; as the dots placed are printed, one held
option takes another with it ("withheld"); the total counts every dot, held ones too."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest

from tests.export.test_exports import GENERATED, pdf_text
from tests.export.test_json_schema import assert_valid
from workshop_app.domain.polls import Poll, PollSettings, PollState, PollType
from workshop_app.domain.workshop import AgendaItem, Workshop
from workshop_app.export.export_job import ExportTargets, export_workshop
from workshop_app.settings_registry import MIN_GROUP_SIZE, write_workshop
from workshop_app.store.responses_repo import ResponsesRepo
from workshop_app.store.workshop_file import WorkshopFile

OPTIONS = ["Lighting", "Benches", "Patrols", "Trees"]
# Twelve participants with 3 dots each (up to 3 on one option): 36 dots in all,
# Lighting 16, Benches 3 (held), Patrols 11, Trees 6 (the smallest other: withheld).
SPREADS = (
    [{"0": 2, "2": 1}] * 6  # Lighting 12, Patrols 6
    + [{"0": 1, "2": 1, "3": 1}] * 4  # Lighting 4, Patrols 4, Trees 4
    + [{"1": 1, "2": 1, "3": 1}]  # Benches 1, Patrols 1, Trees 1
    + [{"1": 2, "3": 1}]  # Benches 2, Trees 1
)


@pytest.fixture
def exported(tmp_path: Path) -> dict[str, Path]:
    file = WorkshopFile.create(
        tmp_path / "dots.workshop", Workshop(title="Park", date=date(2026, 5, 2))
    )
    try:
        write_workshop(file, MIN_GROUP_SIZE, 5)
        item = file.add_item(AgendaItem(title="Priorities", planned_minutes=20))
        poll = Poll(
            PollType.DOT_VOTE,
            "Where should the money go?",
            OPTIONS,
            settings=PollSettings(dots=3, dots_per_option=3),
        )
        poll.item_id = item.id
        poll.state = PollState.CLOSED
        saved = file.add_poll(poll)
        assert saved.id is not None
        ResponsesRepo(file).add_many([(saved.id, spread, GENERATED) for spread in SPREADS])
        targets = {
            "pdf": tmp_path / "minutes.pdf",
            "csv": tmp_path / "csv",
            "json": tmp_path / "minutes.json",
            "md": tmp_path / "minutes.md",
            "html": tmp_path / "minutes.html",
        }
        export_workshop(
            file,
            ExportTargets(
                pdf=targets["pdf"],
                csv_dir=targets["csv"],
                json=targets["json"],
                markdown=targets["md"],
                html=targets["html"],
            ),
            GENERATED,
        )
    finally:
        file.close()
    return targets


def test_the_spreads_add_up_as_the_test_says() -> None:
    totals = [0] * len(OPTIONS)
    for spread in SPREADS:
        for key, dots in spread.items():
            totals[int(key)] += dots
    assert totals == [16, 3, 11, 6] and sum(totals) == 36


def test_pdf_html_and_markdown_hold_benches_and_trees_and_count_every_dot(
    exported: dict[str, Path],
) -> None:
    pdf = " ".join(pdf_text(exported["pdf"]).split())
    md = " ".join(exported["md"].read_text(encoding="utf-8").split())
    html = " ".join(exported["html"].read_text(encoding="utf-8").split())
    for name, text in (("pdf", pdf), ("md", md), ("html", html)):
        assert "36 dots placed by 12 participants" in text, name
        assert "fewer than 5" in text and "withheld" in text, name
    assert "| 2 | Benches | fewer than 5 | – |" in md
    assert "| 4 | Trees | withheld | – |" in md
    assert "| 1 | Lighting | 16 | 44% |" in md  # 16 of 36 dots
    assert "| 3 | Patrols | 11 | 31% |" in md
    assert '<th scope="row">Benches</th><td class="num">fewer than 5</td>' in html
    assert '<th scope="row">Trees</th><td class="num">withheld</td>' in html
    # A held option never reads 0 (a false figure) in the PDF's table.
    assert "Benches 0" not in pdf and "Trees 0" not in pdf
    assert "Benches fewer than 5" in pdf and "Trees withheld" in pdf


def test_csv_and_json_leave_held_options_empty_and_say_why(exported: dict[str, Path]) -> None:
    path = next((exported["csv"]).glob("poll-1-1-*.csv"))
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = {r["option"]: r for r in csv.DictReader(handle)}
    assert (rows["Lighting"]["dots"], rows["Lighting"]["shown_as"]) == ("16", "exact")
    assert (rows["Benches"]["dots"], rows["Benches"]["percent_of_dots"]) == ("", "")
    assert rows["Benches"]["shown_as"] == "fewer than 5"
    assert (rows["Trees"]["dots"], rows["Trees"]["shown_as"]) == ("", "withheld")
    data = json.loads(exported["json"].read_text(encoding="utf-8"))
    assert_valid(data)
    poll = data["agenda"][0]["polls"][0]
    assert poll["dots"]["total_placed"] == 36
    shown = {r["option"]: (r["dots"], r["shown_as"]) for r in poll["results"]}
    assert shown == {
        "Lighting": (16, "exact"),
        "Benches": (None, "fewer"),
        "Patrols": (11, "exact"),
        "Trees": (None, "masked"),
    }
