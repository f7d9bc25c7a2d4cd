"""HTML minutes, the accessible format: axe-core in headless Chromium finds nothing, the
page is one self-contained, well-formed file, and every poll, note and action is in it,
escaped. Also through the command line and File › Export."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from html.parser import HTMLParser
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from tests.browser import AXE, headless_chromium
from tests.export.test_exports import MARKUP, build_tricky
from tests.export.test_json_schema import every_poll_type
from tests.export.test_minutes_language import demo_in
from workshop_app.cli import main
from workshop_app.export.export_job import ExportTargets, export_workshop
from workshop_app.store.notes_repo import NotesRepo
from workshop_app.store.sessions_repo import SessionsRepo
from workshop_app.store.workshop_file import WorkshopFile

GENERATED = datetime(2026, 3, 12, 21, 0).astimezone()
VOID = {"meta", "br", "hr", "img", "input", "link", "col", "wbr", "source", "area", "base"}
SVG_EMPTY = {"rect", "line", "path", "circle"}


class Outline(HTMLParser):
    """Checks nesting as it reads, and keeps what the tests look at."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []
        self.ids: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        self.tags.append((tag, values))
        if "id" in values:
            self.ids.append(values["id"])
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))
        if tag not in VOID | SVG_EMPTY:
            self.errors.append(f"self-closed <{tag}/>")

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else '-'}>")
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def outline(html: str) -> Outline:
    parser = Outline()
    parser.feed(html)
    parser.close()
    return parser


def export_html(file_path: Path, out: Path) -> str:
    file = WorkshopFile.open(file_path, read_only=True)
    try:
        export_workshop(file, ExportTargets(html=out), GENERATED)
    finally:
        file.close()
    return out.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    with headless_chromium(axe=True) as browser:
        yield browser


def axe_violations(browser: Any, html_path: Path, width: int = 1024) -> tuple[list[Any], int]:
    """axe-core's WCAG 2.1 A/AA and best-practice violations, and the page's width."""
    context = browser.new_context(viewport={"width": width, "height": 800})
    try:
        page = context.new_page()
        # The minutes load nothing from elsewhere: any request would be a broken promise.
        requests: list[str] = []
        page.on("request", lambda r: requests.append(r.url))
        page.goto(html_path.as_uri())
        page.add_script_tag(path=str(AXE))
        result = page.evaluate(
            """async () => {
                const r = await axe.run(document, {runOnly: {type: 'tag', values:
                    ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}});
                return r.violations.map(v => ({id: v.id, help: v.help,
                    nodes: v.nodes.map(n => n.html).slice(0, 3)}));
            }"""
        )
        scroll = page.evaluate("document.documentElement.scrollWidth")
        assert requests == [html_path.as_uri()], requests
        return result, scroll
    finally:
        context.close()


@pytest.mark.browser
@pytest.mark.parametrize("language", ["en", "fr"])
def test_axe_finds_nothing_on_the_demo_minutes(
    chromium: Any, tmp_path: Path, language: str
) -> None:
    out = tmp_path / "minutes.html"
    export_html(demo_in(language, tmp_path), out)
    violations, _ = axe_violations(chromium, out)
    assert violations == [], json.dumps(violations, indent=1, ensure_ascii=False)
    # At phone width nothing pushes the page sideways (the demo's 11-step scale once
    # did: its "fewer than 5" labels ran past the chart).
    violations, width = axe_violations(chromium, out, width=320)
    assert violations == [], json.dumps(violations, indent=1, ensure_ascii=False)
    assert width <= 320


@pytest.mark.browser
def test_axe_finds_nothing_on_every_poll_type_and_hostile_text(
    chromium: Any, tmp_path: Path
) -> None:
    builders = {
        "answered": lambda p: every_poll_type(p, True),
        "unanswered": lambda p: every_poll_type(p, False),
        "tricky": build_tricky,
    }
    for name, build in builders.items():
        build(tmp_path / f"{name}.workshop").close()
        out = tmp_path / f"{name}.html"
        export_html(tmp_path / f"{name}.workshop", out)
        violations, width = axe_violations(chromium, out, width=320)
        assert violations == [], json.dumps(violations, indent=1, ensure_ascii=False)
        assert width <= 320  # nothing pushes a phone-sized page sideways


def test_the_page_is_well_formed_and_self_contained(demo_path: Path, tmp_path: Path) -> None:
    html = export_html(demo_path, tmp_path / "m.html")
    page = outline(html)
    assert page.errors == [] and page.stack == []
    assert len(page.ids) == len(set(page.ids))  # every id once
    tags = [t for t, _ in page.tags]
    assert tags[0] == "html" and page.tags[0][1]["lang"] == "en"
    assert tags.count("h1") == 1 and tags.count("main") == 1
    assert "script" not in tags and "link" not in tags and "img" not in tags
    assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "https://" not in html and "url(" not in html
    # Headings never skip a level.
    levels = [int(t[1]) for t in tags if len(t) == 2 and t[0] == "h" and t[1].isdigit()]
    assert all(b <= a + 1 for a, b in pairwise(levels)), levels
    # Every table has a caption and header cells with a scope.
    assert tags.count("table") == tags.count("caption") > 0
    assert all(a.get("scope") in ("col", "row") for t, a in page.tags if t == "th")
    # Every chart is one image with a text alternative naming every figure.
    charts = [a for t, a in page.tags if t == "svg"]
    assert charts and all(a["role"] == "img" and a["aria-labelledby"] for a in charts)
    text = " ".join(" ".join(page.text).split())
    assert (
        "Bar chart of poll 1.1: Resident: 26 (79%); Works in the area: fewer than 5; "
        "Police: fewer than 5" in text
    )
    assert "1 (Not safe at all): 7 (19%)" in text


def test_every_poll_note_and_action_is_there_escaped(tmp_path: Path) -> None:
    file = build_tricky(tmp_path / "tricky.workshop")
    notes = NotesRepo(file).all()
    questions = [p.question for p in file.polls()]
    file.close()
    html = export_html(tmp_path / "tricky.workshop", tmp_path / "m.html")
    page = outline(html)
    assert page.errors == []
    text = " ".join(" ".join(page.text).split())
    assert "<script>" not in html and "<b>bold</b>" not in html
    assert MARKUP in text  # shown as typed, never run as markup
    for note in notes:
        assert note.text in text, note.text
    for question in questions:
        assert question in text
    assert [t for t, _ in page.tags].count("script") == 0


def test_decisions_and_actions_are_marked_up(demo_path: Path, tmp_path: Path) -> None:
    html = export_html(demo_path, tmp_path / "m.html")
    page = outline(html)
    file = WorkshopFile.open(demo_path, read_only=True)
    try:  # the minutes' default: the latest session's notes
        notes = NotesRepo(file).all(sessions=[SessionsRepo(file).current_id() or 0])
    finally:
        file.close()
    actions = [n for n in notes if n.kind.value == "action"]
    with_decisions = {n.item_id for n in notes if n.kind.value == "decision"}
    boxes = [a for _t, a in page.tags if a.get("class") == "decisions"]
    assert len(boxes) == len(with_decisions) > 0
    lists = [
        a for t, a in page.tags if t == "ul" and a.get("aria-labelledby", "").endswith("-decision")
    ]
    assert len(lists) == len(boxes) and all(a["aria-labelledby"] in page.ids for a in lists)
    for decision in (n for n in notes if n.kind.value == "decision"):
        assert f"<li>{decision.text}" in html
    end = html.index('<h2 id="actions">')
    for action in actions:
        assert f'<th scope="row">{action.text}</th>' in html[end:]


def test_cli_writes_html(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "m.html"
    assert main(["export", str(demo_path), "--html", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_html_follows_the_workshops_language(tmp_path: Path) -> None:
    html = export_html(demo_in("de", tmp_path), tmp_path / "de.html")
    page = outline(html)
    assert page.tags[0][1]["lang"] == "de"
    assert "Tatsächlicher Ablauf" in " ".join(page.text)
    assert "26 (79\u00a0%)" in html  # German: a no-break space before the sign


class ComparedTables(HTMLParser):
    """Each comparison table: its caption and rows of (tag, scope/class, text) cells."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[dict[str, Any]] = []
        self._in: str | None = None  # "caption" or "cell"
        self._cell: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "table" and "compare" in values.get("class", "").split():
            self.tables.append({"caption": "", "rows": []})
        elif not self.tables or self.tables[-1].get("closed"):
            return
        elif tag == "caption":
            self._in = "caption"
        elif tag == "tr":
            self.tables[-1]["rows"].append([])
        elif tag in ("th", "td"):
            self._in, self._cell = "cell", []
            how = values.get("scope", "") or values.get("class", "")
            self.tables[-1]["rows"][-1].append([tag, how, ""])

    def handle_endtag(self, tag: str) -> None:
        if not self.tables or self.tables[-1].get("closed"):
            return
        if tag == "table":
            self.tables[-1]["closed"] = True
        elif tag in ("th", "td", "caption"):
            self._in = None

    def handle_data(self, data: str) -> None:
        if self._in == "caption":
            self.tables[-1]["caption"] += data
        elif self._in == "cell":
            self.tables[-1]["rows"][-1][-1][2] += data


def compared_tables(html: str) -> list[dict[str, Any]]:
    parser = ComparedTables()
    parser.feed(html)
    parser.close()
    return parser.tables


def test_two_sessions_get_a_comparison_table_per_poll(demo_path: Path, tmp_path: Path) -> None:
    """The demo's two real evenings through the command line: per poll each session's
    counts and shares and the total, as the PDF and Markdown print them; a count held
    back by the minimum group size prints its words and never 0."""
    out = tmp_path / "m.html"
    assert main(["export", str(demo_path), "--session", "all", "--html", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    page = outline(html)
    assert page.errors == [] and len(page.ids) == len(set(page.ids))
    tables = compared_tables(html)
    assert len(tables) > 5
    first = tables[0]
    assert first["caption"] == "By session · Poll 1.1"
    header, *rows = first["rows"]
    assert header == [
        ["th", "col", "Option"],
        ["th", "col", "Session 2, 5 Mar 2026"],
        ["th", "col", "Session 3, 12 Mar 2026"],
        ["th", "col", "Total"],
    ]
    assert 'class="num total">Total</th>' in html  # the total's column stands apart
    cells = {row[0][2]: [text for _, _, text in row[1:]] for row in rows}
    assert all(row[0][:2] == ["th", "row"] for row in rows)
    assert cells["1. Resident"] == ["5 (26%)", "26 (79%)", "31 (60%)"]
    assert cells["2. Works in the area"] == ["5 (26%)", "fewer than 5", "8 (15%)"]
    assert cells["4. City or public service"] == ["fewer than 5"] * 3
    assert cells["Responses"] == ["19", "33", "52"]
    assert all(how.startswith("num") for row in rows for _, how, _ in row[1:])
    # The scale poll compares its values; an open-text poll its numbers of responses.
    scale = next(t for t in tables if t["caption"] == "By session · Poll 2.1")
    assert [c[2] for c in scale["rows"][-1]] == ["Responses", "20", "37", "57"]
    words = next(t for t in tables if t["caption"] == "By session · Poll 2.2")
    assert [[c[2] for c in row] for row in words["rows"][1:]] == [["Responses", "6", "14", "20"]]
    # A bar under each exact count, none under a held one.
    resident = html[html.index('<th scope="row">1. Resident</th>') :].split("</tr>")[0]
    assert resident.count('class="share-bar"') == 3 and 'style="width:78.8%"' in resident
    held = html[html.index('<th scope="row">4. City or public service</th>') :]
    assert "share-bar" not in held.split("</tr>")[0]


def test_one_session_has_no_comparison(demo_path: Path, tmp_path: Path) -> None:
    html = export_html(demo_path, tmp_path / "m.html")  # the latest session only
    assert compared_tables(html) == [] and "By session" not in html


@pytest.mark.browser
@pytest.mark.parametrize("width", [1024, 320])
def test_axe_finds_nothing_on_two_sessions_compared(
    chromium: Any, demo_path: Path, tmp_path: Path, width: int
) -> None:
    out = tmp_path / "m.html"
    assert main(["export", str(demo_path), "--session", "2,3", "--html", str(out)]) == 0
    assert "By session" in out.read_text(encoding="utf-8")
    violations, _ = axe_violations(chromium, out, width=width)
    assert violations == [], json.dumps(violations, indent=1, ensure_ascii=False)
    context = chromium.new_context(viewport={"width": width, "height": 800})
    try:
        page = context.new_page()
        page.goto(out.as_uri())
        # The wide tables scroll inside their own region; the regions fit the page.
        rights = page.evaluate(
            """[...document.querySelectorAll('table.compare')].map(
                t => t.closest('.table-scroll').getBoundingClientRect().right)"""
        )
    finally:
        context.close()
    assert len(rights) > 5 and max(rights) <= width
