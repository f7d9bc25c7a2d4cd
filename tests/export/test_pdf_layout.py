"""The PDF minutes as a reader meets them: headings stay with their content, overruns are
red, durations do not wrap, charts are followed by their figures in text, the viewer shows
the document title, and percentages are typeset as each language does."""

from __future__ import annotations

import re
import subprocess
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from tests.export.test_minutes_language import demo_in
from workshop_app.domain.notes import Note, NoteKind
from workshop_app.domain.workshop import AgendaItem, Workshop
from workshop_app.export.export_job import ExportTargets, export_workshop
from workshop_app.export.minutes_catalogue import MinutesWords
from workshop_app.store.notes_repo import NotesRepo
from workshop_app.store.workshop_file import WorkshopFile

GENERATED = datetime(2026, 3, 12, 21, 0).astimezone()
OVERRUN_RGB = (0xA3, 0x11, 0x1B)


def export_pdf(path: Path, out: Path) -> Path:
    file = WorkshopFile.open(path, read_only=True)
    try:
        export_workshop(file, ExportTargets(pdf=out), GENERATED)
    finally:
        file.close()
    return out


@pytest.fixture(scope="module")
def demo_pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("pdf-layout")
    return {
        lang: export_pdf(demo_in(lang, folder), folder / f"{lang}.pdf")
        for lang in ("en", "fr", "de", "nl")
    }


def words_with_boxes(pdf: Path, page: int) -> list[tuple[str, float, float, float, float]]:
    """(word, xMin, yMin, xMax, yMax) in points, as pdftotext -bbox finds them."""
    html = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    found = re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
        html,
    )
    return [(w, float(a), float(b), float(c), float(d)) for a, b, c, d, w in found]


def agenda_page(pdf: Path) -> int:
    reader = PdfReader(pdf)
    for number, page in enumerate(reader.pages, start=1):
        if "Agenda as run" in page.extract_text() and "Planned" in page.extract_text():
            return number
    raise AssertionError("no agenda page")


def test_overrun_durations_print_in_red_on_one_line(demo_pdfs: dict[str, Path]) -> None:
    pdf = demo_pdfs["en"]
    page = agenda_page(pdf)
    boxes = words_with_boxes(pdf, page)
    overruns = [b for b in boxes if re.fullmatch(r"\(\+\d+\)", b[0])]
    assert len(overruns) == 3  # the demo's three overrun items: (+2), (+6), (+2)
    out = pdf.parent / "agenda"
    subprocess.run(
        ["pdftoppm", "-png", "-r", "72", "-f", str(page), "-l", str(page), str(pdf), str(out)],
        check=True,
    )
    image = Image.open(next(pdf.parent.glob("agenda*.png"))).convert("RGB")
    for word, x0, y0, x1, y1 in overruns:
        # "12 min (+2)": the number, "min" and the overrun share one line.
        line = [b for b in boxes if abs(b[2] - y0) < 1 and b[1] < x0]
        assert [b[0] for b in line][-2:][1] == "min", (word, line)
        assert re.fullmatch(r"\d+", [b[0] for b in line][-2]), line
        pixels = [
            image.getpixel((x, y))
            for x in range(int(x0), int(x1) + 1)
            for y in range(int(y0), int(y1) + 1)
        ]
        darkest = min(pixels, key=sum)
        assert darkest[0] > darkest[1] + 60 and darkest[0] > darkest[2] + 60, (word, darkest)
        assert all(abs(a - b) < 60 for a, b in zip(darkest, OVERRUN_RGB, strict=True)), darkest


def test_viewers_show_the_document_title(demo_pdfs: dict[str, Path]) -> None:
    reader = PdfReader(demo_pdfs["fr"])
    prefs = reader.trailer["/Root"]["/ViewerPreferences"]  # type: ignore[index]
    assert prefs["/DisplayDocTitle"] == True  # type: ignore[index]  # noqa: E712
    assert reader.metadata is not None
    assert reader.metadata.title == "Compte rendu\u00a0: Neighbourhood safety: a citizens' workshop"


def test_scale_chart_is_followed_by_its_figures(demo_pdfs: dict[str, Path]) -> None:
    text = subprocess.run(
        ["pdftotext", str(demo_pdfs["en"]), "-"], capture_output=True, text=True, check=True
    ).stdout
    question = text.index("How safe do you feel in the neighbourhood after dark?")
    after = text[question : question + 600]
    for line in (
        "1 (Not safe at all): 7 (19%)",
        "2: 11 (30%)",
        "3: 13 (35%)",
        "4: 6 (16%)",
        "5 (Completely safe): 0 (0%)",
    ):
        assert line in after, after
    # The drawing itself carries no numbers but its steps: no run of bare counts.
    assert not re.search(r"\b13\s+12\s+8\b", after)
    # Choices: each option's label is followed by its figure, in reading order.
    assert re.search(r"Resident\s+26 \(79%\)", text)


@pytest.mark.parametrize(
    ("language", "expected", "gap"),
    [("en", "79%", 0), ("fr", "79\u202f%", 1.8), ("de", "79\u00a0%", 2.86), ("nl", "79%", 0)],
)
def test_percentages_follow_the_language(
    demo_pdfs: dict[str, Path], language: str, expected: str, gap: float
) -> None:
    """English and Dutch "79%", French a narrow no-break space, German a no-break space:
    measured on the page, since text extraction folds every space into one."""
    assert MinutesWords(language).percent(26, 33) == expected
    pdf = demo_pdfs[language]
    for page in range(3, 6):
        boxes = words_with_boxes(pdf, page)
        if any(b[0] in ("(79%)", "(79") for b in boxes):
            break
    if gap == 0:
        assert any(b[0] == "(79%)" for b in boxes)
        return
    number = next(b for b in boxes if b[0] == "(79")
    sign = next(b for b in boxes if b[0] == "%)" and abs(b[2] - number[2]) < 1)
    assert sign[1] - number[3] == pytest.approx(gap, abs=0.3)


def test_headings_never_end_a_page(tmp_path: Path) -> None:
    """Items with one to thirty decisions before their action items: wherever the page
    breaks, "Action items" is never the last thing on a page."""
    path = tmp_path / "long.workshop"
    start = datetime(2026, 3, 12, 18, 0).astimezone()
    file = WorkshopFile.create(path, Workshop(title="Long", date=date(2026, 3, 12)))
    try:
        notes = NotesRepo(file)
        for index in range(1, 31):
            item = file.add_item(AgendaItem(title=f"Item {index}", planned_minutes=5))
            for n in range(index % 11 + 1):
                text = f"Decision {index}.{n} " + "with a few more words " * (n % 3)
                at = start + timedelta(minutes=n)
                notes.add(Note(kind=NoteKind.DECISION, text=text, item_id=item.id, created_at=at))
            notes.add(
                Note(kind=NoteKind.ACTION, text=f"Act {index}", item_id=item.id, created_at=start)
            )
            notes.add(
                Note(kind=NoteKind.NOTE, text=f"Noted {index}", item_id=item.id, created_at=start)
            )
    finally:
        file.close()
    pdf = export_pdf(path, tmp_path / "long.pdf")
    pages = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout.split("\f")
    headings = ("Action items", "Notes", "Decisions")
    checked = 0
    for page in pages:
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        if not lines:
            continue
        body = [line for line in lines if not line.startswith(("Generated", "Page"))]
        checked += 1
        assert body[-1] not in headings, body[-3:]
        assert not re.fullmatch(r"\d+\. Item \d+", body[-1]), body[-3:]
    assert checked > 8


def test_pdftotext_reads_each_page_in_the_order_it_is_printed(
    demo_pdfs: dict[str, Path],
) -> None:
    """Running header first, then the content top to bottom, then the footer."""
    pages = subprocess.run(
        ["pdftotext", str(demo_pdfs["en"]), "-"], capture_output=True, text=True, check=True
    ).stdout.split("\f")
    pages = [page for page in pages if page.strip()]
    assert len(pages) > 4
    for number, page in enumerate(pages, start=1):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        assert lines[-1] == f"Page {number} of {len(pages)}", lines[-3:]
        assert lines[-2].startswith("Generated "), lines[-3:]
        if number > 1:
            assert lines[:2] == ["Neighbourhood safety: a citizens' workshop", "Minutes"]
    text = "\n".join(pages)
    # Content in the order it is printed: agenda, items in order, action items, appendix.
    marks = [
        "Agenda as run\n#",
        "1. Welcome and ground rules\nPlenary",
        "2. Warm-up: how safe do you feel?\nPoll",
        "7. Priorities and next steps\n",
        "Action items\nAction",
        "Appendix: method and anonymity\nPolls were",
    ]
    at = text.index("Agenda as run\n#")  # after the contents, which list the same titles
    for mark in marks:
        at = text.index(mark, at)  # raises if out of order
