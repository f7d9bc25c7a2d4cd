"""Participant and note-taker text, made inert for each output format."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape as xml_escape

from workshop_app.domain.bidi_text import isolated, without_bidi_controls
from workshop_app.export import csv_cells

_RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def visual_order(text: str) -> str:
    """Arabic and Hebrew joined and in display order: reportlab lays glyphs left to right
    and does not shape, so without this Arabic letters would stand apart and reversed."""
    if not _RTL.search(text):
        return text
    import arabic_reshaper
    from bidi.algorithm import get_display

    return "\n".join(str(get_display(arabic_reshaper.reshape(line))) for line in text.split("\n"))


def for_paragraph(text: str) -> str:
    """Escape for reportlab's Paragraph mini-markup; line breaks kept as <br/>; bidi
    controls dropped (reportlab cannot isolate them: they would reorder the line)."""
    return xml_escape(visual_order(without_bidi_controls(text))).replace("\n", "<br/>")


def for_csv(value: object) -> object:
    """Neutralise spreadsheet formulas, wherever a spreadsheet could start a cell."""
    return csv_cells.neutralise(value)


# Characters that start emphasis, code, links, tables or HTML anywhere in a line.
_MARKDOWN_INLINE = re.compile(r"([\\`*_\[\]<>&|~])")
# At the start of a line: headings, lists, quotes and numbered lists.
_MARKDOWN_LINE_START = re.compile(r"^(\s*)([#+\-=])", re.MULTILINE)
_MARKDOWN_NUMBERED = re.compile(r"^(\s*\d+)([.)])", re.MULTILINE)


def for_markdown(text: str) -> str:
    """Backslash-escape Markdown and HTML, so typed text cannot become a link or a tag."""
    text = isolated(text)  # a bidi override cannot reorder the line around it
    escaped = _MARKDOWN_INLINE.sub(r"\\\1", text.replace("\r\n", "\n"))
    escaped = _MARKDOWN_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), escaped)
    escaped = _MARKDOWN_NUMBERED.sub(lambda m: m.group(1) + "\\" + m.group(2), escaped)
    return escaped.replace("\n", "  \n")
