"""README stays true to the app: every shortcut the app registers is documented."""

from __future__ import annotations

from pathlib import Path

import workshop_app.ui.notes.pane
import workshop_app.ui.workspace  # noqa: F401
from workshop_app.ui.shortcuts import SHORTCUTS

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_every_shortcut_is_in_readme() -> None:
    missing = [s for s in SHORTCUTS if f"| {s.keys} | {s.action} |" not in README]
    assert not missing, f"README lacks: {missing}"


def test_quick_start_is_two_commands() -> None:
    quick = README.split("## Quick start", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    commands = [line.split("#")[0].strip() for line in quick.strip().splitlines()]
    assert commands == ["make run", "make test"]
