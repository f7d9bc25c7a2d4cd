"""The minimum group size on an idea wall's upvotes in every minutes format: an idea
upvoted by 1 to k-1 phones reads "fewer than k", never its number; 0 and k or more stay
exact; a wall where fewer than k phones upvoted at all shows no count; k = 1 shows all."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest

from tests.export.test_exports import GENERATED, pdf_text
from tests.export.test_json_schema import assert_valid
from workshop_app.domain.ideas import IdeaState
from workshop_app.domain.polls import Poll, PollSettings, PollState, PollType
from workshop_app.domain.workshop import AgendaItem, Workshop
from workshop_app.export.export_job import ExportTargets, export_workshop
from workshop_app.export.merge_job import merge_to
from workshop_app.settings_registry import MIN_GROUP_SIZE, write_workshop
from workshop_app.store.ideas_repo import IdeasRepo
from workshop_app.store.workshop_file import WorkshopFile

PHONES = [f"phone-{n}" for n in range(1, 8)]


def _wall_room(path: Path, own_k: int | None) -> WorkshopFile:
    """A workshop (k = 5) with a wall whose ideas have 7, 2 and 0 upvotes from seven
    phones, a duplicate merged into the first, a hidden idea; and a second wall where
    only two phones upvoted. ``own_k``: the first wall's own minimum group size."""
    file = WorkshopFile.create(path, Workshop(title="Park", date=date(2026, 5, 2)))
    write_workshop(file, MIN_GROUP_SIZE, 5)
    item = file.add_item(AgendaItem(title="Ideas", planned_minutes=30))
    walls = []
    for question, settings in (
        ("What would make the park safer?", PollSettings(min_group=own_k)),
        ("Questions for the panel", PollSettings()),
    ):
        poll = Poll(PollType.IDEA_WALL, question, settings=settings)
        poll.item_id = item.id
        poll.state = PollState.CLOSED
        saved = file.add_poll(poll)
        assert saved.id is not None
        walls.append(saved.id)
    ideas = IdeasRepo(file)
    wall, small = walls
    seven = ideas.add_for_demo(wall, "Seven lamps", GENERATED, PHONES, IdeaState.SHOWN)
    ideas.add_for_demo(wall, "Two benches", GENERATED, PHONES[:2], IdeaState.SHOWN)
    ideas.add_for_demo(wall, "Zero fountains", GENERATED, [], IdeaState.SHOWN)
    duplicate = ideas.add_for_demo(wall, "More lamps", GENERATED, PHONES[:1], IdeaState.SHOWN)
    ideas.merge(seven, [duplicate])  # its one vote was already on "Seven lamps": still 7
    ideas.add_for_demo(wall, "Hidden rant", GENERATED, PHONES[:3], IdeaState.HIDDEN)
    ideas.add_for_demo(small, "Who pays?", GENERATED, PHONES[:2], IdeaState.SHOWN)
    ideas.add_for_demo(small, "When?", GENERATED, [], IdeaState.SHOWN)
    return file


def _exports(tmp_path: Path, own_k: int | None) -> dict[str, Path]:
    targets = {
        "pdf": tmp_path / "minutes.pdf",
        "csv": tmp_path / "csv",
        "json": tmp_path / "minutes.json",
        "md": tmp_path / "minutes.md",
        "html": tmp_path / "minutes.html",
    }
    file = _wall_room(tmp_path / "walls.workshop", own_k)
    try:
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


def _csv_rows(folder: Path, number: str) -> list[dict[str, str]]:
    path = next(folder.glob(f"poll-{number}-*.csv"))
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def _json_ideas(path: Path) -> tuple[dict, list[list[tuple[str, object, str]]]]:  # type: ignore[type-arg]
    data = json.loads(path.read_text(encoding="utf-8"))
    assert_valid(data)
    walls = [p for item in data["agenda"] for p in item["polls"]]
    return data, [[(i["text"], i["votes"], i["shown_as"]) for i in w["ideas"]] for w in walls]


@pytest.fixture
def held(tmp_path: Path) -> dict[str, Path]:
    return _exports(tmp_path, own_k=None)


def test_the_pdf_prints_fewer_than_five_for_two_upvotes(held: dict[str, Path]) -> None:
    flat = " ".join(pdf_text(held["pdf"]).split())
    assert "1.1-1 · 7 votes · Seven lamps" in flat
    assert "1.1-2 · fewer than 5 · Two benches" in flat
    assert "1.1-3 · 0 votes · Zero fountains" in flat
    assert "1.1-4 · 0 votes · More lamps (merged into 1.1-1)" in flat
    assert "2 votes" not in flat and "Hidden rant" not in flat
    # Two phones upvoted on the second wall: neither its 2 nor its 0 is shown.
    assert "1.2-1 · fewer than 5 · Who pays?" in flat
    assert "1.2-2 · fewer than 5 · When?" in flat
    # The wall's k is stated with it and in the appendix, which names idea upvotes.
    assert (
        "3 ideas (1 hidden by the facilitator's moderation, left out) · Minimum group size 5"
        in flat
    )
    assert "Minimum group size per poll: 1.1: 5; 1.2: 5." in flat
    assert "an idea upvoted by fewer than k phones" in flat


def test_html_and_markdown_print_fewer_than_five(held: dict[str, Path]) -> None:
    html = held["html"].read_text(encoding="utf-8")
    assert '>Two benches</th><td class="num">fewer than 5</td>' in html
    assert '>Seven lamps</th><td class="num">7</td>' in html
    assert '>Zero fountains</th><td class="num">0</td>' in html
    assert '>When?</th><td class="num">fewer than 5</td>' in html
    markdown = held["md"].read_text(encoding="utf-8")
    assert "| 1.1-1 | Seven lamps | 7 | pinned" not in markdown  # nothing pinned here
    assert "| 1.1-1 | Seven lamps | 7 | 1 duplicate merged in |" in markdown
    assert "| 1.1-2 | Two benches | fewer than 5 |  |" in markdown
    assert "| 1.1-3 | Zero fountains | 0 |  |" in markdown
    assert "| 1.2-1 | Who pays? | fewer than 5 |" in markdown
    assert "| 1.2-2 | When? | fewer than 5 |" in markdown


def test_csv_leaves_the_count_empty_and_says_why(held: dict[str, Path]) -> None:
    rows = _csv_rows(held["csv"], "1-1")
    assert [(r["idea"], r["votes"], r["shown_as"]) for r in rows] == [
        ("Seven lamps", "7", "exact"),
        ("Two benches", "", "fewer than 5"),
        ("Zero fountains", "0", "exact"),
        ("More lamps", "0", "exact"),
    ]
    assert rows[-1]["merged_into"] == "1.1-1"
    small = _csv_rows(held["csv"], "1-2")
    assert [(r["votes"], r["shown_as"]) for r in small] == [
        ("", "fewer than 5"),
        ("", "fewer than 5"),
    ]


def test_json_has_null_and_the_cell_marker(held: dict[str, Path]) -> None:
    data, (wall, small) = _json_ideas(held["json"])
    assert wall == [
        ("Seven lamps", 7, "exact"),
        ("Two benches", None, "fewer"),
        ("Zero fountains", 0, "exact"),
        ("More lamps", 0, "exact"),
    ]
    assert small == [("Who pays?", None, "fewer"), ("When?", None, "fewer")]
    polls = [p for item in data["agenda"] for p in item["polls"]]
    assert polls[0]["tally"]["min_group"] == 5
    assert polls[0]["moderation"]["upvoters"] == 7
    # The held count is in no other field of the file either.
    assert '"votes": 2' not in held["json"].read_text(encoding="utf-8")


def test_a_wall_whose_k_is_one_prints_every_count(tmp_path: Path) -> None:
    out = _exports(tmp_path, own_k=1)
    flat = " ".join(pdf_text(out["pdf"]).split())
    assert "1.1-2 · 2 votes · Two benches" in flat
    assert "1.1-3 · 0 votes · Zero fountains" in flat
    assert "Minimum group size per poll: 1.1: —; 1.2: 5." in flat
    assert '>Two benches</th><td class="num">2</td>' in out["html"].read_text("utf-8")
    assert "| 1.1-2 | Two benches | 2 |" in out["md"].read_text("utf-8")
    rows = _csv_rows(out["csv"], "1-1")
    assert [(r["votes"], r["shown_as"]) for r in rows] == [("7", "exact"), ("2", "exact")] + [
        ("0", "exact")
    ] * 2
    _, (wall, small) = _json_ideas(out["json"])
    assert [votes for _, votes, _ in wall] == [7, 2, 0, 0]
    assert {cell for _, _, cell in wall} == {"exact"}
    # The other wall keeps the workshop's k of 5.
    assert small == [("Who pays?", None, "fewer"), ("When?", None, "fewer")]


def test_a_merge_of_rooms_holds_each_rooms_ideas_as_its_own_minutes_do(tmp_path: Path) -> None:
    # North: two phones upvoted (2 and 0, neither shown); south: seven (7 and 0, both shown).
    paths = []
    for name, ideas in (
        ("north", [("Lamps", 2), ("Bins", 0)]),
        ("south", [("Trees", 7), ("Paths", 0)]),
    ):
        file = WorkshopFile.create(tmp_path / f"{name}.workshop", Workshop(title="Park"))
        item = file.add_item(AgendaItem(title="Ideas", planned_minutes=30))
        poll = Poll(PollType.IDEA_WALL, "What would make the park safer?")
        poll.item_id = item.id
        saved = file.add_poll(poll)
        assert saved.id is not None
        for text, votes in ideas:
            phones = [f"{name}-{n}" for n in range(votes)]
            IdeasRepo(file).add_for_demo(saved.id, text, GENERATED, phones, IdeaState.SHOWN)
        file.close()
        paths.append(tmp_path / f"{name}.workshop")
    out = tmp_path / "report"
    out.mkdir()
    merge_to(paths, ExportTargets(json=out / "r.json", markdown=out / "r.md"), GENERATED)
    markdown = (out / "r.md").read_text(encoding="utf-8")
    assert "| 1.1-1 | Trees | 7 |" in markdown
    assert "| 1.1-2 | Lamps | fewer than 5 |" in markdown
    assert "| 1.1-3 | Bins | fewer than 5 |" in markdown
    assert "| 1.1-4 | Paths | 0 |" in markdown
    _, (wall,) = _json_ideas(out / "r.json")
    assert wall == [
        ("Trees", 7, "exact"),
        ("Lamps", None, "fewer"),
        ("Bins", None, "fewer"),
        ("Paths", 0, "exact"),
    ]


def test_held_ideas_keep_their_posting_order_so_it_gives_no_count_away(tmp_path: Path) -> None:
    """Two ideas under k: ranked by votes among themselves, "fewer than 5" above "fewer
    than 5" would tell which had more. They stand below k and above 0, as posted."""
    file = WorkshopFile.create(tmp_path / "w.workshop", Workshop(title="Park"))
    write_workshop(file, MIN_GROUP_SIZE, 5)
    item = file.add_item(AgendaItem(title="Ideas", planned_minutes=30))
    wall = file.add_poll(
        Poll(PollType.IDEA_WALL, "Ideas?", item_id=item.id, state=PollState.CLOSED)
    )
    assert wall.id is not None
    ideas = IdeasRepo(file)
    for text, voters in (
        ("Two benches", PHONES[:2]),
        ("Nobody's idea", []),
        ("Four swings", PHONES[:4]),
        ("Seven lamps", PHONES),
    ):
        ideas.add_for_demo(wall.id, text, GENERATED, voters, IdeaState.SHOWN)
    md, js = tmp_path / "m.md", tmp_path / "m.json"
    try:
        export_workshop(file, ExportTargets(markdown=md, json=js), GENERATED)
    finally:
        file.close()
    markdown = md.read_text(encoding="utf-8")
    listed = [line.split(" | ")[1] for line in markdown.splitlines() if "| 1.1-" in line]
    assert listed == ["Seven lamps", "Two benches", "Four swings", "Nobody's idea"]
    _, (shown,) = _json_ideas(js)
    assert [text for text, _, _ in shown] == listed


def test_a_merge_of_rooms_names_each_duplicates_own_idea(tmp_path: Path) -> None:
    """Each room's file numbers its ideas from 1: in the report a duplicate merged in the
    south room must point at the south idea it went into, not at the north idea that
    had the same number in its own file (and is listed first, with more upvotes)."""
    paths = []
    for name, kept, duplicate, upvoters in (
        ("north", "Lamps", "More lamps", PHONES[:6]),
        ("south", "Trees", "More trees", PHONES[:3]),
    ):
        file = WorkshopFile.create(tmp_path / f"{name}.workshop", Workshop(title="Park"))
        item = file.add_item(AgendaItem(title="Ideas", planned_minutes=30))
        wall = file.add_poll(Poll(PollType.IDEA_WALL, "Ideas?", item_id=item.id))
        assert wall.id is not None
        ideas = IdeasRepo(file)
        kept_id = ideas.add_for_demo(wall.id, kept, GENERATED, upvoters, IdeaState.SHOWN)
        more = ideas.add_for_demo(wall.id, duplicate, GENERATED, [], IdeaState.SHOWN)
        ideas.merge(kept_id, [more])  # in each file: idea 2 into idea 1
        file.close()
        paths.append(tmp_path / f"{name}.workshop")
    out = tmp_path / "report"
    out.mkdir()
    merge_to(paths, ExportTargets(json=out / "r.json", markdown=out / "r.md"), GENERATED)
    markdown = (out / "r.md").read_text(encoding="utf-8")
    assert "| 1.1-1 | Lamps |" in markdown and "| 1.1-2 | Trees |" in markdown
    assert "merged into 1.1-2" in _line_of(markdown, "More trees")
    assert "merged into 1.1-1" in _line_of(markdown, "More lamps")
    data = json.loads((out / "r.json").read_text(encoding="utf-8"))
    listed = [i for item in data["agenda"] for p in item["polls"] for i in p["ideas"]]
    assert len({i["id"] for i in listed}) == len(listed) == 4
    by_text = {i["text"]: i for i in listed}
    assert by_text["More trees"]["merged_into"] == by_text["Trees"]["id"]
    assert by_text["More lamps"]["merged_into"] == by_text["Lamps"]["id"]


def _line_of(markdown: str, text: str) -> str:
    return next(line for line in markdown.splitlines() if f"| {text} |" in line)
