"""The words of the server's refusals, in the language the phone or tablet asks for.

Each refusal names a message here; ``*_do`` says what to do next on the HTML page a
browser is shown. API clients get the message alone, in JSON.
"""

from __future__ import annotations

from workshop_app.live.page_catalogue import catalogue, in_language

# Loaded from resources/locale/<language>/LC_MESSAGES/refusal.po (page_catalogue.py).
STRINGS: dict[str, dict[str, str]] = catalogue("refusal")


def strings(language: str) -> dict[str, str]:
    return in_language(STRINGS, language)
