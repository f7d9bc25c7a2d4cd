"""WCAG 2.x contrast ratios of two sRGB colours ("#rrggbb"). Pure Python, no Qt."""

from __future__ import annotations

AA_TEXT = 4.5  # normal text
AA_LARGE_TEXT = 3.0  # 18 pt, or 14 pt bold, and larger; also graphics (bars)


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    text = colour.lstrip("#")
    if len(text) != 6:
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    r, g, b = (int(text[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(first: str, second: str) -> float:
    """From 1 (the same) to 21 (black on white), as WCAG defines it."""
    a, b = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)
