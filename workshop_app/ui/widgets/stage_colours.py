"""The colours of what the room sees (presenter screen, and its preview in the console).

Two looks, dark (the default: a projector in a dim room) and light (a bright room). Every
text colour passes WCAG AA (4.5:1) on its background and every bar 3:1
(tests/ui/test_contrast.py computes them).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class StageColours:
    name: str
    background: str
    ink: str  # body text
    muted: str  # secondary text: workshop title, counts
    accent: str  # the poll status ("Poll open")
    bar: str
    bar_leader: str  # the option with the most answers
    panel: str  # the join bar behind the address and room code
    panel_text: str
    words: tuple[str, ...]  # word cloud colours, in turn

    @property
    def text_pairs(self) -> list[tuple[str, str, str]]:
        """(what, foreground, background) of every text drawn, for the contrast test."""
        pairs = [
            ("text", self.ink, self.background),
            ("muted", self.muted, self.background),
            ("accent", self.accent, self.background),
            ("join bar", self.panel_text, self.panel),
            ("join bar muted", self.muted, self.panel),
        ]
        pairs += [(f"word {i}", colour, self.background) for i, colour in enumerate(self.words)]
        return pairs

    @property
    def graphic_pairs(self) -> list[tuple[str, str, str]]:
        return [
            ("bar", self.bar, self.background),
            ("leading bar", self.bar_leader, self.background),
        ]


DARK = StageColours(
    name="dark",
    background="#14181f",
    ink="#ffffff",
    muted="#c8d0da",
    accent="#ffd166",
    bar="#4a90e2",
    bar_leader="#ffd166",
    panel="#232a35",
    panel_text="#ffffff",
    words=("#7fc4ff", "#ffd166", "#8be0a4", "#ff9fb2", "#c9a7ff"),
)

LIGHT = StageColours(
    name="light",
    background="#fbfbf8",
    ink="#14181f",
    muted="#4a5260",
    accent="#8a4b00",
    bar="#1f63b5",
    bar_leader="#b04a00",
    panel="#e6e9ee",
    panel_text="#14181f",
    words=("#1f5fa8", "#8a4b00", "#1d6b3a", "#a3244a", "#5b3a9e"),
)

LOOKS = {look.name: look for look in (DARK, LIGHT)}
