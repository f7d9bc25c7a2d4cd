"""The note-taker's counts page in the tablet's language: the page languages of the
note-taker page, chosen by the same rule (its Accept-Language, else the workshop's
language, else English).

Loaded from resources/locale/<language>/LC_MESSAGES/counts.po (page_catalogue.py). The
largest count is a placeholder there, filled in here, so that a translator never carries
a number the code may change.
"""

from __future__ import annotations

from workshop_app.domain.channels import MAX_COUNT
from workshop_app.live.page_catalogue import in_language, with_limits

STRINGS: dict[str, dict[str, str]] = with_limits("counts", {"bad_number": ("{max}", MAX_COUNT)})


def strings(language: str) -> dict[str, str]:
    return in_language(STRINGS, language)
