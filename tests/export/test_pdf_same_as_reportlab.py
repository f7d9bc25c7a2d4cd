"""The PDF minutes' shortcuts through reportlab (each paragraph laid out once per width,
each table sized once per space, a first pass that places without drawing) make the very
same file reportlab makes without them."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from reportlab import rl_config
from reportlab.platypus import BaseDocTemplate, Frame
from reportlab.platypus import Paragraph as ReportlabParagraph
from reportlab.platypus import Table as ReportlabTable

from workshop_app.demo import write_demo
from workshop_app.export import pdf_comparison, pdf_idea_blocks, pdf_minutes
from workshop_app.export.minutes_data import MinutesData
from workshop_app.export.rooms_merge import merge_rooms

NOW = datetime(2026, 3, 20, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def merged(tmp_path_factory: pytest.TempPathFactory) -> MinutesData:
    # Two rooms: contents (more than four items), comparison tables and charts split
    # across pages, decisions, action items with repeated owners and items.
    folder = tmp_path_factory.mktemp("rooms")
    paths = [folder / "north.workshop", folder / "south.workshop"]
    for path in paths:
        write_demo(path)
    data = merge_rooms(paths, NOW)
    assert len(data.items) > pdf_minutes.TOC_THRESHOLD and data.actions
    return data


def test_the_minutes_are_byte_for_byte_what_reportlab_alone_makes(
    merged: MinutesData, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(rl_config, "invariant", 1)  # no dates or random ids in the file
    ours = tmp_path / "ours.pdf"
    pdf_minutes.write_pdf(merged, ours)

    for module in (pdf_minutes, pdf_comparison, pdf_idea_blocks):
        monkeypatch.setattr(module, "Paragraph", ReportlabParagraph)
    for module in (pdf_minutes, pdf_comparison):
        monkeypatch.setattr(module, "Table", ReportlabTable)
    monkeypatch.setattr(pdf_minutes._LayoutFrame, "add", Frame.add)  # every pass draws
    monkeypatch.setattr(pdf_minutes._MinutesDoc, "_allSatisfied", BaseDocTemplate._allSatisfied)
    plain = tmp_path / "plain.pdf"
    pdf_minutes.write_pdf(merged, plain)

    assert b"/Outlines" in ours.read_bytes()  # the headings' bookmarks are there
    assert ours.read_bytes() == plain.read_bytes()
