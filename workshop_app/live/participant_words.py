"""The participant page's word catalogue, in the language the phone asks for, and the
rule that picks that language."""

from __future__ import annotations

from collections.abc import Collection

from workshop_app.domain.privacy_notice import NOTICE
from workshop_app.domain.workshop import primary_language
from workshop_app.live.page_catalogue import DEFAULT_LANGUAGE, catalogue, in_language
from workshop_app.live.page_language import best_language

# Loaded from resources/locale/<language>/LC_MESSAGES/participant.po (page_catalogue.py).
STRINGS: dict[str, dict[str, str]] = catalogue("participant")
# The first screen's words come from the notice the minutes repeat (domain/privacy_notice):
# one text, two places. A page language without the notice shows it in English.
for _language, _words in STRINGS.items():
    STRINGS[_language] = {**NOTICE.get(_language, NOTICE["en"]), **_words}


def pick_language(
    accept_language: str | None,
    fallback: str = DEFAULT_LANGUAGE,
    available: Collection[str] | None = None,
) -> str:
    """The best language from an Accept-Language header among ``available`` (by default
    the participant page's languages)."""
    available = STRINGS if available is None else available
    fallback = primary_language(fallback)
    if fallback not in available:
        fallback = DEFAULT_LANGUAGE
    return best_language(accept_language, available, fallback)


def strings(language: str) -> dict[str, str]:
    return in_language(STRINGS, language)
