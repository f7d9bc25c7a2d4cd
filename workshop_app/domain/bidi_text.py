"""Text someone typed, shown so that it cannot reorder the text around it.

Bidirectional embedding and override controls (U+202A–U+202E) and isolates
(U+2066–U+2069) in an answer or a note would flip the order of what surrounds it on the
projector or in the minutes. The file keeps them as typed; every display removes them
and, where the output understands it, isolates the text (FSI … PDI).
"""

from __future__ import annotations

import re

BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
FIRST_STRONG_ISOLATE = "\u2068"
POP_DIRECTIONAL_ISOLATE = "\u2069"


def without_bidi_controls(text: str) -> str:
    """For outputs that cannot isolate (the PDF, drawn left to right after reshaping)."""
    return BIDI_CONTROLS.sub("", text)


def isolated(text: str) -> str:
    """For displays that honour Unicode isolates (Qt widgets, Markdown viewers).

    Text without any control is returned unchanged; text with them loses them and is
    wrapped in one isolate, whose direction comes from its own first strong letter.
    """
    if not BIDI_CONTROLS.search(text):
        return text
    return FIRST_STRONG_ISOLATE + without_bidi_controls(text) + POP_DIRECTIONAL_ISOLATE
