"""A long agenda's item numbers stay whole in the PDF's agenda table ("39", not "3/9")."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from tests.export.test_exports import GENERATED, pdf_text
from workshop_app.domain.workshop import AgendaItem, Workshop
from workshop_app.export.export_job import ExportTargets, export_workshop
from workshop_app.store.workshop_file import WorkshopFile


def test_two_and_three_digit_item_numbers_are_not_broken(tmp_path: Path) -> None:
    file = WorkshopFile.create(
        tmp_path / "long.workshop", Workshop(title="Conference", date=date(2026, 5, 2))
    )
    try:
        for n in range(1, 101):
            file.add_item(AgendaItem(title=f"Session block {n}", planned_minutes=5))
        export_workshop(file, ExportTargets(pdf=tmp_path / "m.pdf"), GENERATED)
    finally:
        file.close()
    text = pdf_text(tmp_path / "m.pdf")
    for n in (9, 39, 100):
        # The agenda table's row: number, title, planned times.
        row = re.search(rf"^ *(\S*) +Session block {n} +\d\d:\d\d", text, re.MULTILINE)
        assert row is not None and row.group(1) == str(n), row and row.group(0)
