"""Which language a phone's page is in: its words (the interface) and the poll's text.

The poll's text is in one of the workshop's languages (the main one and its further
ones); the words around it in one of the page catalogue's. A phone's Accept-Language
chooses both, and the page's language switch (``?lang=xx``, remembered in a cookie)
overrides it. When the two differ — a Turkish phone in a French and Dutch room — the page
says ``lang="tr"`` and the poll's elements ``lang="fr"``: each says what it holds.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from workshop_app.domain.translations import parse_languages
from workshop_app.domain.workshop import primary_language
from workshop_app.live.page_catalogue import DEFAULT_LANGUAGE, PAGE_LANGUAGES

LANGUAGE_COOKIE = "wslang"
LANGUAGE_QUERY = "lang"


def best_language(accept_language: str | None, available: Collection[str], fallback: str) -> str:
    """The phone's most preferred language among ``available`` (``fallback`` if none)."""
    if not accept_language:
        return fallback
    choices: list[tuple[float, int, str]] = []
    for order, part in enumerate(accept_language.split(",")[:20]):
        pieces = part.strip().split(";")
        quality = 1.0
        for param in pieces[1:]:
            name, _, value = param.strip().partition("=")
            if name.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        primary = primary_language(pieces[0])
        if primary in available and quality > 0:
            choices.append((-quality, order, primary))
    return sorted(choices)[0][2] if choices else fallback


@dataclass(frozen=True)
class PageLanguages:
    interface: str  # the page's own words, and <html lang>
    poll: str  # the language the poll's text is shown in
    main: str  # the workshop's main language: where a missing translation falls back
    offered: tuple[str, ...]  # the switch: the workshop's languages, main first


def choose_languages(
    main: str,
    further: Collection[str],
    accept_language: str | None,
    chosen: str | None = None,
) -> PageLanguages:
    """The page's languages for a phone: ``chosen`` (from the switch) first, then the
    phone's Accept-Language, then the workshop's main language."""
    main = primary_language(main) or DEFAULT_LANGUAGE
    offered = (main, *parse_languages(list(further), main))
    picked = primary_language(chosen)
    poll = picked if picked in offered else best_language(accept_language, offered, main)
    if picked in PAGE_LANGUAGES:
        interface = picked
    else:
        fallback = poll if poll in PAGE_LANGUAGES else DEFAULT_LANGUAGE
        interface = (
            fallback
            if picked in offered
            else best_language(accept_language, PAGE_LANGUAGES, fallback)
        )
    return PageLanguages(interface=interface, poll=poll, main=main, offered=offered)
