"""The words of the pages the live server renders, from gettext PO files translators edit:
``resources/locale/<language>/LC_MESSAGES/<domain>.po``, one per page (``participant``,
``notetaker``, ``refusal``), ``ideas`` for the idea wall and dot vote on the
participant page, and ``counts`` for the note-taker's counts page.

In each file ``msgctxt`` is the key the code uses, ``msgid`` the English text and
``msgstr`` the translation. The PO files are read directly (no compiled .mo step): they
are small, read once per process, and what a translator saves is what the phone shows.
An empty or fuzzy translation falls back to English; tests/languages/test_page_catalogue.py
fails while one is missing.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

import polib

from workshop_app.resources import resource_path

DEFAULT_LANGUAGE = "en"
# The interface languages of the participant and note-taker pages.
PAGE_LANGUAGES = ("en", "fr", "de", "nl", "es", "ar", "tr", "pl")


def po_path(language: str, domain: str) -> str:
    return str(resource_path("locale", language, "LC_MESSAGES", f"{domain}.po"))


def translated(language: str, domain: str) -> dict[str, str]:
    """The texts a language's file really gives (keys with an empty or fuzzy translation
    are left out; English gives its msgids)."""
    try:
        po = polib.pofile(po_path(language, domain))
    except OSError:
        return {}
    words = {}
    for entry in po:
        if entry.obsolete or not entry.msgctxt or entry.fuzzy:
            continue
        text = entry.msgid if language == DEFAULT_LANGUAGE else entry.msgstr
        if text:
            words[entry.msgctxt] = text
    return words


@cache
def catalogue(domain: str) -> dict[str, dict[str, str]]:
    """Every language's words of one page, each complete: what a language lacks is
    English."""
    english = translated(DEFAULT_LANGUAGE, domain)
    result = {DEFAULT_LANGUAGE: english}
    for language in PAGE_LANGUAGES:
        if language != DEFAULT_LANGUAGE:
            words = translated(language, domain)
            if words:
                result[language] = {**english, **words}
    return result


def missing(language: str, domain: str) -> list[str]:
    """The keys of ``domain`` that ``language`` does not translate (for the tests)."""
    given = translated(language, domain)
    return [key for key in translated(DEFAULT_LANGUAGE, domain) if key not in given]


def with_limits(domain: str, limits: Mapping[str, tuple[str, object]]) -> dict[str, dict[str, str]]:
    """``catalogue(domain)`` with fixed limits filled in (key -> (placeholder, value)):
    the PO files carry a placeholder, so a translator never carries a number the code
    may change."""
    return {
        language: {
            **words,
            **{key: words[key].replace(mark, str(value)) for key, (mark, value) in limits.items()},
        }
        for language, words in catalogue(domain).items()
    }


def in_language(strings: Mapping[str, dict[str, str]], language: str) -> dict[str, str]:
    """One page's words in ``language``; a language the page lacks reads English."""
    return strings.get(language, strings[DEFAULT_LANGUAGE])
