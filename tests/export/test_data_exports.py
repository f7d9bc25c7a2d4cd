"""Scale end labels and option numbers reach the Markdown and the CSV, not only the PDF."""

from __future__ import annotations

import csv
from pathlib import Path

from tests.export.test_json_schema import GENERATED, every_poll_type
from workshop_app.export.export_job import ExportTargets, export_workshop


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle))


def test_markdown_and_csv_carry_scale_ends_and_option_numbers(tmp_path: Path) -> None:
    file = every_poll_type(tmp_path / "every.workshop", answered=True)
    try:
        export_workshop(
            file,
            ExportTargets(csv_dir=tmp_path / "csv", markdown=tmp_path / "minutes.md"),
            GENERATED,
        )
    finally:
        file.close()
    markdown = (tmp_path / "minutes.md").read_text(encoding="utf-8")
    assert "Scale: 1 = None; 4 = All." in markdown
    assert "| 1 | None | 1 | 33% |" in markdown and "| 4 | All | 2 | 67% |" in markdown
    assert "| 3 | C | 2 | 67% |" in markdown  # option number, option, count, share
    assert "| 1 | 1 | X | 1.50 |" in markdown  # rank, option number, option, mean position
    summary = {row["question"]: row for row in rows(tmp_path / "csv" / "polls.csv")}
    scale = summary["How much?"]
    assert (scale["scale_min"], scale["scale_max"]) == ("1", "4")
    assert (scale["scale_min_label"], scale["scale_max_label"]) == ("None", "All")
    assert summary["Some?"]["max_choices"] == "2" and summary["Any?"]["max_choices"] == ""
    per_value = rows(tmp_path / "csv" / scale["file"])
    assert [(r["value"], r["label"], r["count"]) for r in per_value] == [
        ("1", "None", "1"),
        ("2", "", "0"),
        ("3", "", "0"),
        ("4", "All", "2"),
    ]
    ranking = rows(tmp_path / "csv" / summary["Order?"]["file"])
    assert [(r["rank"], r["option_number"], r["option"]) for r in ranking] == [
        ("1", "1", "X"),
        ("2", "3", "Z"),
        ("3", "2", "Y"),
    ]
    choice = rows(tmp_path / "csv" / summary["One?"]["file"])
    assert [(r["option_number"], r["option"], r["count"]) for r in choice] == [
        ("1", "A", "1"),
        ("2", "B", "0"),
        ("3", "C", "2"),
    ]
