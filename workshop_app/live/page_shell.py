"""What every page the server renders shares: the document head and the boot data."""

from __future__ import annotations

import json
from html import escape
from typing import Any


def document_head(*, language: str, title: str, stylesheet: str, direction: str = "ltr") -> str:
    """The opening of every page the server renders, up to and including ``<body>``.

    ``same-origin`` keeps the Origin header on the page's own form posts (Chromium sends
    ``Origin: null`` under ``no-referrer``, which the origin guard must refuse) while
    other sites still learn nothing of the page's address.
    """
    e = escape
    return f"""<!doctype html>
<html lang="{e(language)}" dir="{e(direction)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="referrer" content="same-origin">
<title>{e(title)}</title>
<link rel="stylesheet" href="{e(stylesheet)}">
</head>
<body>
"""


def boot_data(data: dict[str, Any]) -> str:
    """``data`` for a ``<script type="application/json">`` element: data, not code. Every
    "<" is escaped, so no participant or note text can close the element or open another."""
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")
