"""Minutes and data exports, read back the way a person or a program would read them."""

from __future__ import annotations

import csv
import hashlib
import json
import re
import subprocess
import unicodedata
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from workshop_app.cli import main
from workshop_app.clock import SystemClock
from workshop_app.domain.ballots import device_digest
from workshop_app.domain.notes import Note, NoteKind
from workshop_app.domain.polls import Poll, PollState, PollType
from workshop_app.domain.workshop import AgendaItem, Workshop
from workshop_app.export.export_job import ExportError, ExportTargets, export_workshop
from workshop_app.export.minutes_data import canonical_results, gather
from workshop_app.settings_registry import MIN_GROUP_SIZE, write_workshop
from workshop_app.store.live_repo import LiveRepo, VoteWrite
from workshop_app.store.notes_repo import NotesRepo
from workshop_app.store.responses_repo import ResponsesRepo
from workshop_app.store.sessions_repo import SessionsRepo
from workshop_app.store.workshop_file import WorkshopFile

GENERATED = datetime(2026, 3, 12, 21, 0).astimezone()
MARKUP = '<b>bold</b> & <script>alert("x")</script>'
FORMULA = '=HYPERLINK("http://evil.example","click")'
SAMPLES = {
    "French": "Éclairage et sécurité à la gare",
    "German": "Straßenbeleuchtung für Fußgänger",
    "Polish": "Oświetlenie ulic i źródła przestępczości",
    "Greek": "Φωτισμός και ασφάλεια",
    "Cyrillic": "Освещение улиц и безопасность",
    "Arabic": "الإضاءة الجيدة والجيران",
}


def pdf_text(path: Path) -> str:
    raw = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    # Arabic is drawn joined (presentation forms) with direction marks; fold both back.
    folded = unicodedata.normalize("NFKC", raw)
    return re.sub(r"[\u202a-\u202e\u200e\u200f]", "", folded)


def export_all(file: WorkshopFile, folder: Path) -> dict[str, Path]:
    targets = {
        "pdf": folder / "minutes.pdf",
        "csv": folder / "csv",
        "json": folder / "minutes.json",
        "md": folder / "minutes.md",
    }
    export_workshop(
        file,
        ExportTargets(
            pdf=targets["pdf"], csv_dir=targets["csv"], json=targets["json"], markdown=targets["md"]
        ),
        GENERATED,
    )
    return targets


@pytest.fixture
def demo(demo_path: Path):  # type: ignore[no-untyped-def]
    file = WorkshopFile.open(demo_path, read_only=True)
    yield file
    file.close()


def test_demo_pdf_holds_everything(demo: WorkshopFile, tmp_path: Path) -> None:
    out = export_all(demo, tmp_path)
    text = pdf_text(out["pdf"])
    flat = " ".join(text.split())
    for item in demo.items():
        assert item.title in flat
    responses = ResponsesRepo(demo)
    latest = [SessionsRepo(demo).current_id() or 0]  # the minutes' default: the latest session
    for poll in demo.polls():
        assert poll.id is not None
        assert poll.question in flat or poll.question[:40] in flat
        if poll.type == PollType.IDEA_WALL:  # counts its ideas (tests/ideas/test_idea_minutes.py)
            continue
        assert f"{len(responses.values(poll.id, sessions=latest))} responses" in flat
    for note in NotesRepo(demo).all(sessions=latest):
        if re.search(r"[\u0600-\u06ff]", note.text):  # right-to-left: compare word by word
            words = [w.strip("«»،") for w in note.text.split()]
            assert all(w in flat for w in words if w), note.text
        else:
            assert " ".join(note.text.split())[:30] in flat, note.text
    for heading in ("Decisions", "Action items", "Notes", "Questions", "Quotes"):
        assert heading in flat
    for sample in ("Éclairage et commerces", "Oświetlenie", "Φωτισμός", "الإضاءة الجيدة"):
        assert sample in flat, sample
    assert "Throw them all out" not in flat  # moderated: left out of the minutes
    assert "1 hidden by the facilitator's moderation" in flat
    assert "38 answered at least one poll" in flat
    assert "Page 1 of" in flat


def test_pdf_fonts_are_embedded_and_metadata_set(demo: WorkshopFile, tmp_path: Path) -> None:
    out = export_all(demo, tmp_path)
    reader = PdfReader(out["pdf"])
    used: set[str] = set()
    for page in reader.pages:
        content = page.get_contents().get_data().decode("latin-1")  # type: ignore[union-attr]
        fonts = page["/Resources"]["/Font"]  # type: ignore[index]
        for name in set(re.findall(r"/(F[\w+]+)\s+[\d.]+\s+Tf", content)):
            font = fonts[f"/{name}"].get_object()
            used.add(str(font["/BaseFont"]))
            descendant = font.get("/DescendantFonts")
            descriptor = (
                descendant[0].get_object()["/FontDescriptor"]
                if descendant
                else font.get("/FontDescriptor")
            )
            assert descriptor is not None, f"{font['/BaseFont']} is not embedded"
            descriptor = descriptor.get_object()
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
    assert used and all("DejaVu" in name for name in used)
    meta = reader.metadata
    assert meta is not None and meta.title == f"Minutes: {demo.load_workshop().title}"
    assert meta.author and meta.subject
    assert str(reader.trailer["/Root"]["/Lang"]) == "en"  # type: ignore[index]


def build_tricky(path: Path) -> WorkshopFile:
    file = WorkshopFile.create(path, Workshop(title=f"Safety {MARKUP}", date=date(2026, 5, 2)))
    write_workshop(file, MIN_GROUP_SIZE, 1)  # three answers: every text must reach the exports
    item = file.add_item(AgendaItem(title=f"Item {MARKUP}", planned_minutes=20))
    notes = NotesRepo(file)
    at = SystemClock().now()
    for kind, (language, text) in zip(
        [*list(NoteKind), NoteKind.NOTE], SAMPLES.items(), strict=False
    ):
        notes.add(
            Note(
                kind=kind,
                text=f"{language}: {text}",
                item_id=item.id,
                created_at=at,
                action_owner="Team" if kind == NoteKind.ACTION else "",
            )
        )
    notes.add(Note(kind=NoteKind.NOTE, text=MARKUP, item_id=item.id, created_at=at))
    notes.add(Note(kind=NoteKind.DECISION, text=FORMULA, item_id=item.id, created_at=at))
    poll = file.add_poll(
        Poll(PollType.OPEN_TEXT, f"Ideas {MARKUP}?", item_id=item.id, state=PollState.CLOSED)
    )
    choice = file.add_poll(
        Poll(
            PollType.SINGLE_CHOICE,
            "Pick",
            ["=1+1", "@SUM(A1)"],
            item_id=item.id,
            state=PollState.CLOSED,
        )
    )
    responses = ResponsesRepo(file)
    assert poll.id and choice.id
    for answer in (MARKUP, FORMULA, "-2+3", "plain idea"):
        responses.add(poll.id, answer, at)
    for answer in (0, 1, 1):
        responses.add(choice.id, answer, at)
    return file


def test_markup_and_formulas_come_out_literally(tmp_path: Path) -> None:
    file = build_tricky(tmp_path / "tricky.workshop")
    try:
        out = export_all(file, tmp_path)
    finally:
        file.close()
    flat = " ".join(pdf_text(out["pdf"]).split())
    assert MARKUP in flat
    for language, text in SAMPLES.items():
        assert f"{language}: {text}" in flat, language
    markdown = out["md"].read_text(encoding="utf-8")
    assert "<script>" not in markdown and "<b>" not in markdown
    assert r"\<script\>alert(\"x\")" in markdown or r"\<script\>alert(" in markdown
    rows = [
        row for p in out["csv"].glob("*.csv") for row in csv.reader(p.open(encoding="utf-8-sig"))
    ]
    cells = [cell for row in rows for cell in row]
    assert "'" + FORMULA in cells and FORMULA not in cells
    assert "'=1+1" in cells and "'@SUM(A1)" in cells and "'-2+3" in cells
    assert MARKUP in cells  # CSV keeps text as typed: it is data, not markup
    data = json.loads(out["json"].read_text(encoding="utf-8"))
    assert data["workshop"]["title"] == f"Safety {MARKUP}"


def test_same_numbers_in_every_format(demo: WorkshopFile, tmp_path: Path) -> None:
    out = export_all(demo, tmp_path)
    data = json.loads(out["json"].read_text(encoding="utf-8"))
    flat = " ".join(pdf_text(out["pdf"]).split())
    markdown = out["md"].read_text(encoding="utf-8")
    with (out["csv"] / "polls.csv").open(encoding="utf-8-sig") as handle:
        summary = {row["number"]: row for row in csv.DictReader(handle)}
    polls = [p for item in data["agenda"] for p in item["polls"]]
    assert len(polls) == len(demo.polls()) == len(summary)
    for poll in polls:
        n = poll["tally"]["responses"]
        counted = "ideas" if poll["type"] == "idea_wall" else "responses"  # a wall: its ideas
        assert int(summary[poll["number"]]["responses"]) == n
        assert f"Poll {poll['number']}" in flat and f"{n} {counted}" in flat
        assert f"**Poll {poll['number']}:" in markdown and f"— {n} {counted}" in markdown
        if poll["type"] in ("single_choice", "multiple_choice"):
            with (out["csv"] / summary[poll["number"]]["file"]).open(encoding="utf-8-sig") as h:
                counts = [int(row["count"]) if row["count"] else None for row in csv.DictReader(h)]
            assert counts == poll["tally"]["counts"]
    with (out["csv"] / "actions.csv").open(encoding="utf-8-sig") as handle:
        actions = list(csv.DictReader(handle))
    assert len(actions) == len(data["actions"]) == 4
    assert data["participants"] == 38
    # The printed digest is the SHA-256 of the canonical results, in every format.
    digest = hashlib.sha256(canonical_results(gather(demo, GENERATED))).hexdigest()
    assert data["results_sha256"] == digest
    assert digest in flat.replace(" ", "") and digest in markdown


def test_json_and_csv_match_the_file(demo: WorkshopFile, tmp_path: Path) -> None:
    out = export_all(demo, tmp_path)
    data = json.loads(out["json"].read_text(encoding="utf-8"))
    assert [i["title"] for i in data["agenda"]] == [i.title for i in demo.items()]
    notes = NotesRepo(demo).all(sessions=[SessionsRepo(demo).current_id() or 0])
    exported = [n for item in data["agenda"] for n in item["notes"]] + data["other_notes"]
    assert sorted(n["text"] for n in exported) == sorted(n.text for n in notes)
    with (out["csv"] / "notes.csv").open(encoding="utf-8-sig") as handle:
        assert len(list(csv.DictReader(handle))) == len(notes)


def test_no_device_identifier_in_any_export(tmp_path: Path) -> None:
    path = tmp_path / "live.workshop"
    file = WorkshopFile.create(path, Workshop(title="Live"))
    item = file.add_item(AgendaItem(title="Vote"))
    poll = file.add_poll(Poll(PollType.SINGLE_CHOICE, "Yes?", ["Yes", "No"], item_id=item.id))
    session = SessionsRepo(file).start(SystemClock().now())
    assert session.id and poll.id
    repo = LiveRepo(file.conn, session.id)
    tokens = [f"device-token-{i:02d}-abcdefghijkl" for i in range(3)]
    repo.write_votes(
        [
            VoteWrite(poll.id, t, device_digest(t), i % 2, SystemClock().now(), True)
            for i, t in enumerate(tokens)
        ]
    )
    try:
        out = export_all(file, tmp_path)  # while the session is still live
    finally:
        file.close()
    blobs = [pdf_text(out["pdf"]), out["json"].read_text(), out["md"].read_text()]
    blobs += [p.read_text(encoding="utf-8-sig") for p in out["csv"].glob("*.csv")]
    for blob in blobs:
        for token in tokens:
            assert token not in blob
        assert "127.0.0.1" not in blob
    assert json.loads(out["json"].read_text())["participants"] == 3


def test_bad_targets_are_refused_and_nothing_half_written(
    demo: WorkshopFile, tmp_path: Path
) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with pytest.raises(ExportError, match="no such folder"):
        export_workshop(demo, ExportTargets(pdf=tmp_path / "nope" / "m.pdf"), GENERATED)
    with pytest.raises(ExportError, match="is a folder"):
        export_workshop(demo, ExportTargets(pdf=tmp_path), GENERATED)
    (tmp_path / "file.txt").write_text("x")
    with pytest.raises(ExportError, match="CSV export needs a folder"):
        export_workshop(demo, ExportTargets(csv_dir=tmp_path / "file.txt"), GENERATED)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file.txt"]


def test_cli_export_every_format(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = demo_path.read_bytes()
    assert (
        main(
            [
                "export",
                str(demo_path),
                "--pdf",
                str(tmp_path / "m.pdf"),
                "--csv",
                str(tmp_path / "csv"),
                "--json",
                str(tmp_path / "m.json"),
                "--markdown",
                str(tmp_path / "m.md"),
                "--plan",
                str(tmp_path / "p.json"),
            ]
        )
        == 0
    )
    assert demo_path.read_bytes() == before
    for name in ("m.pdf", "m.json", "m.md", "p.json", "csv/notes.csv", "csv/actions.csv"):
        assert (tmp_path / name).stat().st_size > 0
    assert main(["export", str(demo_path), "--pdf", str(tmp_path / "x" / "m.pdf")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no such folder" in err
