"""The demo carries French and Dutch beside English for every item and poll, and Arabic
for some polls."""

from __future__ import annotations

from pathlib import Path

from workshop_app.demo import write_demo
from workshop_app.domain.localised_text import item_missing, poll_missing
from workshop_app.store.workshop_file import WorkshopFile


def test_demo_is_trilingual_with_arabic_polls(tmp_path: Path) -> None:
    path = tmp_path / "demo.workshop"
    write_demo(path)
    file = WorkshopFile.open(path)
    try:
        workshop = file.load_workshop()
        assert (workshop.language, workshop.languages) == ("en", ["fr", "nl", "ar"])
        polls = file.polls()
        for language in ("fr", "nl"):
            assert [poll_missing(p, language) for p in polls] == [[] for _ in polls]
            assert all(item_missing(i, language) == [] for i in file.items())
        arabic = [p for p in polls if not poll_missing(p, "ar")]
        assert len(arabic) >= 3
    finally:
        file.close()
