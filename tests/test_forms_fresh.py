"""Generated form modules must match their .ui files (run `make forms` after editing one)."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop_app.ui.build_forms import FORMS_DIR, compile_form, output_for

UI_FILES = sorted(FORMS_DIR.glob("*.ui"))


def test_there_are_forms() -> None:
    assert len(UI_FILES) >= 3


@pytest.mark.parametrize("ui_file", UI_FILES, ids=lambda p: p.name)
def test_generated_module_is_fresh(ui_file: Path) -> None:
    generated = output_for(ui_file)
    assert generated.exists(), f"{generated.name} missing: run `make forms`"
    assert generated.read_text(encoding="utf-8") == compile_form(ui_file), (
        f"{generated.name} is out of date with forms/{ui_file.name}: run `make forms`"
    )
    assert generated.read_text(encoding="utf-8").startswith("# GENERATED CODE - DO NOT EDIT.")
