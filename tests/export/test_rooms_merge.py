"""Rooms of one conference merged into one report: same plan checked, per-room and
combined results, decisions and actions marked by room, one checksum per room and one
overall; the input files are only read."""

from __future__ import annotations

import json
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest

from workshop_app.cli import main
from workshop_app.demo import write_demo
from workshop_app.domain.polls import Poll, PollType
from workshop_app.export.export_job import ExportError, ExportTargets, export_workshop
from workshop_app.export.merge_job import merge_to
from workshop_app.export.session_choice import SessionChoice
from workshop_app.store.responses_repo import ResponsesRepo
from workshop_app.store.sessions_repo import SessionsRepo
from workshop_app.store.workshop_file import WorkshopFile

NOW = datetime(2026, 3, 20, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def rooms(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("rooms")
    paths = []
    for extra, name in enumerate(("north", "south", "east")):
        path = folder / f"{name}.workshop"
        write_demo(path)
        file = WorkshopFile.open(path)
        poll = file.polls()[0]  # "How do you take part today?": each room a little apart
        latest = SessionsRepo(file).current_id()
        assert poll.id is not None and latest is not None
        for _ in range(extra):
            ResponsesRepo(file).add(poll.id, 4, NOW, session_id=latest)
        file.close()
        paths.append(path)
    return paths


def _state(paths: list[Path]) -> list[tuple[bytes, int]]:
    return [(p.read_bytes(), p.stat().st_mtime_ns) for p in paths]


def test_three_rooms_merge_into_one_report(rooms: list[Path], tmp_path: Path) -> None:
    before = _state(rooms)
    out = tmp_path / "report"
    out.mkdir()
    targets = ExportTargets(
        pdf=out / "r.pdf", json=out / "r.json", markdown=out / "r.md", csv_dir=out / "csv"
    )
    merge_to(rooms, targets, NOW)
    assert _state(rooms) == before  # only read
    md = (out / "r.md").read_text(encoding="utf-8")
    assert "**Rooms:** north, south, east" in md
    assert "| Option | north | south | east | Total |" in md
    # Each room's actual times and minutes (of its latest session), named; no single
    # "actual" time.
    spans = "north: 18:32–18:44; south: 18:32–18:44; east: 18:32–18:44"
    minutes = "north: 12 min (+2); south: 12 min (+2); east: 12 min (+2)"
    assert f"| 1 | Welcome and ground rules | 10 min | {spans} | {minutes} |" in md
    # Each demo room: 19 + 33 answers over its two real evenings (rehearsal left out),
    # south one more "Other", east two more. Each room's column is held to the minimum
    # group size (5): fewer than 5 prints as such, and where one folded count could be
    # worked out from the total, the smallest other is withheld; the total is exact.
    assert (
        "| 4\\. City or public service | fewer than 5 | fewer than 5 | fewer than 5 | 12 (8%) |"
        in md
    )
    assert "| 5\\. Other | fewer than 5 | fewer than 5 | withheld | 12 (8%) |" in md
    assert "| Responses | 52 | 53 | 54 | 159 |" in md
    for room in ("north", "south", "east"):
        assert (
            f"- **\\[{room}\\] Ask the city for a walk through the neighbourhood at night.**" in md
        )
        assert f"| \\[{room}\\] Publish names and photos" in md  # the action-item table
    assert "Test run: the projector" not in md  # a rehearsal's note
    assert "About 40 people present" not in md  # plain notes stay in each room's minutes
    data = json.loads((out / "r.json").read_text(encoding="utf-8"))
    poll = data["agenda"][0]["polls"][0]
    assert [g["room"] for g in poll["by_room"]] == ["north", "south", "east"]
    assert poll["tally"]["responses"] == 159
    # One checksum per room, the same as that room's own minutes of the same sessions.
    for room_path, room in zip(rooms, data["rooms"], strict=True):
        own = tmp_path / f"{room['name']}.json"
        file = WorkshopFile.open(room_path, read_only=True)
        try:
            export_workshop(file, ExportTargets(json=own), NOW, sessions=SessionChoice("all"))
        finally:
            file.close()
        assert room["results_sha256"] == json.loads(own.read_text())["results_sha256"]
    sums = {room["results_sha256"] for room in data["rooms"]}
    assert len(sums) == 3 and data["results_sha256"] not in sums  # and one overall
    pdf = subprocess.run(
        ["pdftotext", str(out / "r.pdf"), "-"], capture_output=True, text=True
    ).stdout
    assert "By room" in pdf and "SHA-256 of each room's results" in pdf
    for room in data["rooms"]:
        assert room["results_sha256"] in pdf
    assert (out / "csv" / "rooms.csv").exists()


def test_a_fourth_room_of_another_plan_is_refused(
    rooms: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    odd = tmp_path / "odd.workshop"
    write_demo(odd)
    file = WorkshopFile.open(odd)
    poll = file.polls()[0]
    file.update_poll(
        Poll(
            PollType.SINGLE_CHOICE,
            "Who are you?",
            poll.options,
            item_id=poll.item_id,
            id=poll.id,
            position=poll.position,
        )
    )
    file.close()
    before = _state([*rooms, odd])
    with pytest.raises(ExportError) as refused:
        merge_to([*rooms, odd], ExportTargets(pdf=tmp_path / "r.pdf"), NOW)
    message = str(refused.value)
    assert "odd.workshop is not the plan of north.workshop" in message
    assert "poll 1.1: “How do you take part today?” against “Who are you?”" in message
    assert not (tmp_path / "r.pdf").exists()
    code = main(["merge", *map(str, [*rooms, odd]), "--pdf", str(tmp_path / "r.pdf")])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "Who are you?" in err
    assert _state([*rooms, odd]) == before


def test_merge_cli_exit_codes(
    rooms: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["merge", str(rooms[0]), str(rooms[1]), "--pdf", str(tmp_path / "ok.pdf")]) == 0
    assert (tmp_path / "ok.pdf").read_bytes().startswith(b"%PDF")
    for args in (
        [str(rooms[0]), str(rooms[1])],  # nothing to write
        [str(rooms[0]), "--pdf", str(tmp_path / "one.pdf")],  # one file is no merge
        [str(rooms[0]), str(tmp_path / "missing.workshop"), "--pdf", str(tmp_path / "m.pdf")],
        [str(rooms[0]), str(rooms[1]), "--pdf", str(rooms[0])],  # would overwrite an input
    ):
        assert main(["merge", *args]) == 2, args
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "Traceback" not in err, err


@pytest.mark.browser
def test_merge_writes_an_accessible_html_report(rooms: list[Path], tmp_path: Path) -> None:
    """`merge --html`: each poll's rooms side by side with the combined total, as the
    Markdown prints them; an open-text poll's answers stay in each room's minutes; one
    checksum per room; axe-core in Chromium finds nothing."""
    from tests.browser import headless_chromium
    from tests.export.test_html_minutes import axe_violations, compared_tables, outline

    before = _state(rooms)
    out = tmp_path / "r.html"
    assert (
        main(["merge", *map(str, rooms), "--html", str(out), "--json", str(tmp_path / "r.json")])
        == 0
    )
    assert _state(rooms) == before  # only read
    html = out.read_text(encoding="utf-8")
    page = outline(html)
    assert page.errors == [] and len(page.ids) == len(set(page.ids))
    first = compared_tables(html)[0]
    assert first["caption"] == "By room · Poll 1.1"
    header, *rows = first["rows"]
    assert [text for _, _, text in header] == ["Option", "north", "south", "east", "Total"]
    cells = {row[0][2]: [text for _, _, text in row[1:]] for row in rows}
    assert cells["4. City or public service"] == ["fewer than 5"] * 3 + ["12 (8%)"]
    assert cells["5. Other"] == ["fewer than 5", "fewer than 5", "withheld", "12 (8%)"]
    assert cells["Responses"] == ["52", "53", "54", "159"]
    assert "The answers themselves are in each room's minutes." in " ".join(page.text)
    assert '<li dir="auto">' not in html  # no open-text answer listed
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    for room in data["rooms"]:
        assert f"{room['name']}: <code>{room['results_sha256']}</code>" in html
    with headless_chromium(axe=True) as browser:
        violations, _ = axe_violations(browser, out)
    assert violations == [], json.dumps(violations, indent=1, ensure_ascii=False)


def _channel_lines(markdown: str) -> list[dict[str, int]]:
    """Each poll's "By channel: 52 by phone, 12 by show of hands · 60 people present"
    as {"by phone": 52, "by show of hands": 12, "people present": 60}."""
    lines = []
    for line in markdown.splitlines():
        if not line.startswith("By channel: "):
            continue
        parts = line.removeprefix("By channel: ").split(" (")[0]
        figures: dict[str, int] = {}
        for part in parts.replace(" · ", ", ").split(", "):
            number, words = part.split(" ", 1)
            figures[words] = int(number)
        lines.append(figures)
    return lines


def test_the_split_by_channel_and_the_people_present_add_up_over_the_rooms(
    rooms: list[Path], tmp_path: Path
) -> None:
    """The report's "By channel" line is every room's together: the phones' answers and
    those counted in each room, and the people present in all of them; not the first
    room's figures beside the combined total."""
    # The demo counted heads on its second evening only; here every room counted both.
    counted_rooms = []
    for path in rooms:
        copy = tmp_path / path.name
        copy.write_bytes(path.read_bytes())
        file = WorkshopFile.open(copy)
        with file.transaction() as conn:
            conn.execute(
                "INSERT INTO item_headcounts (session_id, item_id, people, updated_at) "
                "SELECT 2, item_id, people - 10, updated_at FROM item_headcounts "
                "WHERE session_id = 3"
            )
        file.close()
        counted_rooms.append(copy)
    rooms = counted_rooms
    own: list[list[dict[str, int]]] = []
    for path in rooms:
        out = tmp_path / path.stem
        out.mkdir()
        file = WorkshopFile.open(path, read_only=True)
        try:
            export_workshop(
                file, ExportTargets(markdown=out / "m.md"), NOW, sessions=SessionChoice("all")
            )
        finally:
            file.close()
        own.append(_channel_lines((out / "m.md").read_text(encoding="utf-8")))
    report = tmp_path / "report"
    report.mkdir()
    merge_to(rooms, ExportTargets(markdown=report / "r.md"), NOW)
    merged = _channel_lines((report / "r.md").read_text(encoding="utf-8"))
    assert len(merged) == len(own[0]) > 3
    counted = 0
    for p, line in enumerate(merged):
        expected: dict[str, int] = {}
        for room in own:
            for words, number in room[p].items():
                expected[words] = expected.get(words, 0) + number
        if "people present" not in own[0][p]:
            expected.pop("people present", None)
        assert line == expected, p
        counted += sum(n for w, n in line.items() if w not in ("by phone", "people present"))
    assert counted > 0  # the demo's rooms counted answers by hand or on paper
    assert any("people present" in line for line in merged)
