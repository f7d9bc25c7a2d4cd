"""The idea wall's and the dot vote's words on the phone, beside the page's own
(participant_words): merged into the words the page is given.

Loaded from resources/locale/<language>/LC_MESSAGES/ideas.po (page_catalogue.py). The
wall's fixed limits are placeholders there, filled in here, so that a translator never
carries a number that the code may change.
"""

from __future__ import annotations

from workshop_app.domain.ideas import IDEA_MAX_CHARS, IDEAS_PER_DEVICE
from workshop_app.domain.polls import PollSettings, dot_budget
from workshop_app.live.page_catalogue import in_language, with_limits

STRINGS: dict[str, dict[str, str]] = with_limits(
    "ideas",
    {
        "idea_too_long": ("{max}", IDEA_MAX_CHARS),
        "too_many_ideas": ("{n}", IDEAS_PER_DEVICE),
    },
)


def idea_strings(language: str) -> dict[str, str]:
    return in_language(STRINGS, language)


def dot_message(settings: PollSettings, raw: object, words: dict[str, str]) -> str:
    """Why a spread of dots was refused, in the phone's language."""
    total, per_option = dot_budget(settings)
    counts: list[int] = []
    if isinstance(raw, dict):
        for value in raw.values():
            try:
                counts.append(int(str(value)))
            except ValueError:
                return words["error"] if "error" in words else words["dots_empty"]
    spent = sum(c for c in counts if c > 0)
    if any(c > per_option for c in counts):
        return words["dots_per_option"].replace("{max}", str(per_option))
    if spent > total:
        return words["dots_over"].replace("{total}", str(total)).replace("{spent}", str(spent))
    if settings.points and spent and spent != total:
        return words["dots_exact"].replace("{total}", str(total))
    return words["dots_empty"]
