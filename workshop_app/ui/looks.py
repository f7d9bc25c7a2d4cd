"""Light and dark looks for the whole app: the console's palette and the room's stage.

"System" keeps the desktop's own style and palette for the console, with the dark stage
on the presenter (a projector in a dim room). "Light" and "Dark" set Qt's Fusion style
with the palettes below, and the stage of the same name. Each palette's text colours pass
WCAG AA (4.5:1) on the backgrounds they are drawn on (tests/ui/test_contrast.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from workshop_app.ui.widgets.stage_colours import DARK, LIGHT, StageColours

Role = QPalette.ColorRole

LIGHT_PALETTE = {
    Role.Window: "#f3f4f6",
    Role.WindowText: "#1b1f24",
    Role.Base: "#ffffff",
    Role.AlternateBase: "#eef1f5",
    Role.Text: "#1b1f24",
    Role.Button: "#e4e7ec",
    Role.ButtonText: "#1b1f24",
    Role.Highlight: "#1f5fa8",
    Role.HighlightedText: "#ffffff",
    Role.PlaceholderText: "#5b6470",
    Role.ToolTipBase: "#ffffff",
    Role.ToolTipText: "#1b1f24",
    Role.Link: "#1f5fa8",
    Role.BrightText: "#ffffff",
}

DARK_PALETTE = {
    Role.Window: "#1e2229",
    Role.WindowText: "#e8eaed",
    Role.Base: "#15181d",
    Role.AlternateBase: "#1f242b",
    Role.Text: "#e8eaed",
    Role.Button: "#2c323b",
    Role.ButtonText: "#e8eaed",
    Role.Highlight: "#2f6fb8",
    Role.HighlightedText: "#ffffff",
    Role.PlaceholderText: "#a0a8b4",
    Role.ToolTipBase: "#2c323b",
    Role.ToolTipText: "#e8eaed",
    Role.Link: "#8ab4f8",
    Role.BrightText: "#ffffff",
}

# (text role, background role): every pair the console draws text with.
TEXT_PAIRS = [
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.PlaceholderText, Role.Base),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.Link, Role.Base),
]


@dataclass(frozen=True)
class Look:
    name: str
    palette: dict[QPalette.ColorRole, str] | None  # None: the desktop's own
    stage: StageColours


LOOKS = {
    "system": Look("system", None, DARK),
    "light": Look("light", LIGHT_PALETTE, LIGHT),
    "dark": Look("dark", DARK_PALETTE, DARK),
}


def palette_of(colours: dict[QPalette.ColorRole, str]) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    return palette


class LookSwitcher:
    """Applies a look to the application, and can go back to the desktop's own."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.system_style = app.style().name()
        self.system_palette = QPalette(app.palette())
        self.current = LOOKS["system"]

    def apply(self, name: str) -> Look:
        look = LOOKS[name]
        if look.palette is None:
            self.app.setStyle(self.system_style)
            self.app.setPalette(self.system_palette)
        else:
            self.app.setStyle("Fusion")
            self.app.setPalette(palette_of(look.palette))
        self.current = look
        return look
