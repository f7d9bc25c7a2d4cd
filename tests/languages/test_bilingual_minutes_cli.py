"""The command line's export writes the second-language minutes the workshop asks for."""

from __future__ import annotations

from pathlib import Path

from workshop_app.cli import main
from workshop_app.demo import write_demo
from workshop_app.settings_registry import MINUTES_SECOND_LANGUAGE, write_workshop
from workshop_app.store.workshop_file import WorkshopFile


def test_export_writes_the_french_minutes_beside_the_english(tmp_path: Path) -> None:
    demo = tmp_path / "demo.workshop"
    write_demo(demo)
    file = WorkshopFile.open(demo)
    write_workshop(file, MINUTES_SECOND_LANGUAGE, "fr")
    file.close()
    out = tmp_path / "minutes.md"
    assert main(["export", str(demo), "--markdown", str(out)]) == 0
    french = (tmp_path / "minutes.fr.md").read_text(encoding="utf-8")
    assert "À quel titre participez-vous aujourd'hui ?" in french
    assert "Compte rendu\u00a0:" in french  # the minutes' own words in French too
    assert "How do you take part today?" in out.read_text(encoding="utf-8")


def test_a_language_the_workshop_does_not_have_gives_no_second_document(tmp_path: Path) -> None:
    demo = tmp_path / "demo.workshop"
    write_demo(demo)
    file = WorkshopFile.open(demo)
    write_workshop(file, MINUTES_SECOND_LANGUAGE, "de")  # not among the demo's languages
    file.close()
    assert main(["export", str(demo), "--markdown", str(tmp_path / "m.md")]) == 0
    assert sorted(p.name for p in tmp_path.glob("m*.md")) == ["m.md"]
