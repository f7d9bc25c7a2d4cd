"""The demo's ideas round in every export: each idea the room saw with its votes, the
merged duplicate under the idea it went into, pinned and answered, the moderation counts
(hidden and never-approved texts left out), and the dot vote with totals and voters."""

from __future__ import annotations

import csv
import json
import subprocess
from pathlib import Path

import jsonschema

from workshop_app.cli import main
from workshop_app.demo_ideas import EDITED_TEXT, WALL_QUESTION
from workshop_app.domain.polls import PollType
from workshop_app.resources import resource_path
from workshop_app.store.ideas_repo import IdeasRepo
from workshop_app.store.responses_repo import ResponsesRepo
from workshop_app.store.workshop_file import WorkshopFile

HIDDEN = "Throw the loiterers out"
NEVER_APPROVED = "Cleaner alleys behind the shops"


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_every_export_tells_the_ideas_round(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    code = main(
        [
            "export",
            str(demo_path),
            "--pdf",
            str(out / "m.pdf"),
            "--html",
            str(out / "m.html"),
            "--markdown",
            str(out / "m.md"),
            "--json",
            str(out / "m.json"),
            "--csv",
            str(out / "csv"),
        ]
    )
    assert code == 0
    file = WorkshopFile.open(demo_path, read_only=True)
    try:
        wall = next(p for p in file.polls() if p.type == PollType.IDEA_WALL)
        dots = next(p for p in file.polls() if p.type == PollType.DOT_VOTE)
        assert wall.id is not None and dots.id is not None
        rows = {r.text: r for r in IdeasRepo(file).rows(wall.id)}
        spreads = ResponsesRepo(file).values(dots.id)
    finally:
        file.close()
    total_dots = sum(sum(s.values()) for s in spreads)  # type: ignore[attr-defined]
    kept = rows["Better lighting on Rue de la Victoire"]
    edited_votes = rows[EDITED_TEXT].votes
    assert rows[EDITED_TEXT].edited and sum(r.edited for r in rows.values()) == 1
    assert kept.pinned and kept.merged_count == 1
    pdf = _flat(
        subprocess.run(
            ["pdftotext", str(out / "m.pdf"), "-"], capture_output=True, text=True, check=True
        ).stdout
    )
    md = _flat((out / "m.md").read_text(encoding="utf-8"))
    html = _flat((out / "m.html").read_text(encoding="utf-8"))
    summary = (
        "11 posted · 1 hidden · 1 merged as duplicates · 1 never approved · 1 answered · "
        "1 edited · 38 phones upvoted"
    )
    dot_line = f"{total_dots} dots placed by {len(spreads)} participants"
    for name, text in (("pdf", pdf), ("md", md), ("html", html)):
        assert WALL_QUESTION in text, name
        assert summary in text, name
        assert dot_line in text, name
        assert "3 dots each, at most 2 on one option" in text, name
        assert HIDDEN not in text and NEVER_APPROVED not in text, name
        # Ideas come from phones only: no "By channel: 0 by phone" under the wall.
        assert "0 by phone" not in text, name
        assert "merged into 3.2-1" in text, name
        assert "pinned · 1 duplicate merged in" in text, name
        assert "answered" in text, name
        # The facilitator edited a phone number out: the idea says so, the number is gone.
        edited_line = {
            "pdf": f"{edited_votes} votes · {EDITED_TEXT} (edited)",
            "md": f"| {EDITED_TEXT} | {edited_votes} | edited |",
            "html": f'{EDITED_TEXT}</th><td class="num">{edited_votes}</td><td>edited</td>',
        }[name]
        assert edited_line in text, name
        assert "0470" not in text, name
    assert f"| 3.2-1 | Better lighting on Rue de la Victoire | {kept.votes} |" in md
    data = json.loads((out / "m.json").read_text(encoding="utf-8"))
    schema = json.loads(resource_path("schemas", "minutes.schema.json").read_text("utf-8"))
    jsonschema.validate(data, schema)
    polls = [p for item in data["agenda"] for p in item["polls"]]
    wall_record = next(p for p in polls if p["type"] == "idea_wall")
    assert wall_record["moderation"] == {
        "posted": 11,
        "shown": 8,
        "hidden": 1,
        "merged": 1,
        "never_approved": 1,
        "answered": 1,
        "pinned": 1,
        "edited": 1,
        "upvoters": 38,
    }
    texts = [i["text"] for i in wall_record["ideas"]]
    assert [i["text"] for i in wall_record["ideas"] if i["edited"]] == [EDITED_TEXT]
    assert HIDDEN not in texts and NEVER_APPROVED not in texts and len(texts) == 9
    dot_record = next(p for p in polls if p["type"] == "dot_vote")
    assert dot_record["dots"]["total_placed"] == total_dots
    assert dot_record["dots"]["voters"] == len(spreads)
    folder = out / "csv"
    wall_csv = next(folder.glob("poll-3-2-*.csv"))
    with wall_csv.open(encoding="utf-8-sig", newline="") as handle:
        csv_rows = list(csv.DictReader(handle))
    assert csv_rows[0]["idea"] == "Better lighting on Rue de la Victoire"
    assert csv_rows[0]["pinned"] == "1" and csv_rows[-1]["merged_into"] == "3.2-1"
    assert [r["idea"] for r in csv_rows if r["edited"] == "1"] == [EDITED_TEXT]
    dot_csv = next(folder.glob("poll-3-3-*.csv"))
    with dot_csv.open(encoding="utf-8-sig", newline="") as handle:
        assert sum(int(r["dots"]) for r in csv.DictReader(handle)) == total_dots
    with (folder / "polls.csv").open(encoding="utf-8-sig", newline="") as handle:
        summary_rows = {r["number"]: r for r in csv.DictReader(handle)}
    assert summary_rows["3.2"]["hidden_by_moderation"] == "1"
