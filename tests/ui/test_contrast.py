"""Light and dark looks: every text colour on its background passes WCAG AA (4.5:1),
bars 3:1, on the presenter (stage colours) and the console (palettes and the fixed
colours of timers, badges and banners)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette

from workshop_app.domain.timer_levels import LEVEL_COLOURS
from workshop_app.ui.contrast import AA_LARGE_TEXT, AA_TEXT, contrast_ratio
from workshop_app.ui.live_banner import LIVE_RED
from workshop_app.ui.looks import DARK_PALETTE, LIGHT_PALETTE, LOOKS, TEXT_PAIRS
from workshop_app.ui.notes.note_delegate import BADGE_COLOURS, BADGE_TEXT
from workshop_app.ui.widgets.stage_colours import DARK, LIGHT, StageColours


def test_contrast_ratio_matches_wcag_examples() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # AA's edge
    with pytest.raises(ValueError):
        contrast_ratio("red", "#ffffff")


@pytest.mark.parametrize("stage", [DARK, LIGHT], ids=["dark", "light"])
def test_presenter_colours_pass_aa(stage: StageColours) -> None:
    for what, text, background in stage.text_pairs:
        assert contrast_ratio(text, background) >= AA_TEXT, f"{stage.name} {what}"
    for what, bar, background in stage.graphic_pairs:
        assert contrast_ratio(bar, background) >= AA_LARGE_TEXT, f"{stage.name} {what}"


@pytest.mark.parametrize("palette", [LIGHT_PALETTE, DARK_PALETTE], ids=["light", "dark"])
def test_console_palette_passes_aa(palette: dict[QPalette.ColorRole, str]) -> None:
    for text, background in TEXT_PAIRS:
        ratio = contrast_ratio(palette[text], palette[background])
        assert ratio >= AA_TEXT, f"{text.name} on {background.name}: {ratio:.2f}"


def test_fixed_console_colours_pass_aa_in_either_look() -> None:
    pairs = [(c.foreground, c.background) for c in LEVEL_COLOURS.values()]
    pairs += [("#ffffff", LIVE_RED), ("#ffffff", "#c62828"), ("#ffffff", "#8e1b1b")]
    pairs += [("#ffffff", "#b3261e")]  # the Settings warning
    pairs += [(BADGE_TEXT, colour) for colour in BADGE_COLOURS.values()]
    for text, background in pairs:
        assert contrast_ratio(text, background) >= AA_TEXT, (text, background)


def test_each_look_has_its_stage() -> None:
    assert LOOKS["light"].stage is LIGHT and LOOKS["dark"].stage is DARK
    assert LOOKS["system"].palette is None
