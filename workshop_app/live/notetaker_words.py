"""The note-taker page's word catalogue, in the language the tablet asks for
(see participant_words.py)."""

from __future__ import annotations

from workshop_app.live.page_catalogue import catalogue, in_language

# Loaded from resources/locale/<language>/LC_MESSAGES/notetaker.po (page_catalogue.py).
STRINGS: dict[str, dict[str, str]] = catalogue("notetaker")


def strings(language: str) -> dict[str, str]:
    return in_language(STRINGS, language)
