"""CSV cells a spreadsheet cannot run as a formula, whatever separator it reads them with.

A spreadsheet opening the file with another separator than the one it was written with
(semicolon and tab are the defaults in French, German and Dutch locales) splits a cell
wherever that character occurs, and each piece is read as a cell of its own. So a
formula may start not only at a cell's first character but after any character that
could separate cells, a line break, a quote or a control character. A quote (') before
the formula sign makes each such piece plain text.
"""

from __future__ import annotations

import re

# What may start a formula (Calc, Excel): = and @ always; + and - when something follows
# them (a lone dash in "yes - no" is not a formula); and their full-width forms.
_ALWAYS = "=@\uff1d\uff20"
_BEFORE_TEXT = "+\\-\uff0b\uff0d"
# Where a new cell may begin when the file is read with a different separator or without
# quote handling: separators a spreadsheet offers (comma, semicolon, tab, space, pipe,
# colon), quotes, and every control character (line breaks included).
_CELL_BREAKS = ',;|: "\u0000-\u001f\u007f-\u009f\u2028\u2029'
_FORMULA_AFTER_BREAK = re.compile(f"(^|[{_CELL_BREAKS}])([{_ALWAYS}]|[{_BEFORE_TEXT}](?=\\S))")
_CONTROL_START = re.compile(r"^[\t\r\n]")


def neutralise(value: object) -> object:
    """The cell's text with a quote before every sign that could start a formula."""
    if not isinstance(value, str):
        return value
    safe = _FORMULA_AFTER_BREAK.sub(lambda m: m.group(1) + "'" + m.group(2), value)
    if _CONTROL_START.match(safe):  # a leading tab or line break: the cell itself is odd
        safe = "'" + safe
    return safe
