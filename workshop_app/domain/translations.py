"""Plan text in several languages: a poll's or an item's wording per language, the
languages a plan may carry and how they are stored. How a poll or an item reads in one
language (the fallback to the main language, what is still missing) is in
``localised_text``.

The main language's text stays where it always was (``Poll.question``, ``Poll.options``,
``AgendaItem.title`` …); ``translations`` holds the other languages. A missing or empty
translated text falls back to the main language's, field by field. Answers never depend
on the language: options are answered by their number, so a tally pools every language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

# Languages a plan may carry, by their own name (what a phone's language switch shows).
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "fr": "Français",
    "de": "Deutsch",
    "nl": "Nederlands",
    "es": "Español",
    "it": "Italiano",
    "pt": "Português",
    "pl": "Polski",
    "tr": "Türkçe",
    "ar": "العربية",
    "he": "עברית",
    "fa": "فارسی",
    "uk": "Українська",
    "ru": "Русский",
    "ro": "Română",
}
RTL_LANGUAGES = frozenset({"ar", "he", "fa", "ur"})
_TAG = re.compile(r"^[a-z]{2,3}$")


def text_direction(language: str) -> str:
    """ "rtl" for a language written right to left, else "ltr" (the ``dir`` attribute)."""
    return "rtl" if language in RTL_LANGUAGES else "ltr"


def language_name(language: str) -> str:
    return LANGUAGE_NAMES.get(language, language)


def parse_languages(raw: Any, main: str = "") -> list[str]:
    """A list of language codes, cleaned: lower case, known form, no duplicates, not the
    main language. Anything else is dropped (a plan or a file written by hand)."""
    if isinstance(raw, str):
        raw = raw.replace(";", ",").split(",")
    if not isinstance(raw, list):
        return []
    seen: list[str] = []
    for value in raw:
        code = str(value).strip().lower()
        if _TAG.match(code) and code != main and code not in seen:
            seen.append(code)
    return seen


@dataclass
class PollText:
    """One language's wording of a poll; "" (or a missing option) means not translated."""

    question: str = ""
    options: list[str] = field(default_factory=list)
    scale_min_label: str = ""
    scale_max_label: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "options": list(self.options),
            "scale_min_label": self.scale_min_label,
            "scale_max_label": self.scale_max_label,
        }

    @classmethod
    def from_dict(cls, data: Any) -> PollText:
        if not isinstance(data, dict):
            return cls()
        options = data.get("options", [])
        return cls(
            question=_text(data.get("question")),
            options=[_text(o) for o in options] if isinstance(options, list) else [],
            scale_min_label=_text(data.get("scale_min_label")),
            scale_max_label=_text(data.get("scale_max_label")),
        )

    def is_empty(self) -> bool:
        return not (
            self.question.strip()
            or any(o.strip() for o in self.options)
            or self.scale_min_label.strip()
            or self.scale_max_label.strip()
        )


@dataclass
class ItemText:
    """One language's wording of an agenda item (its title and goal)."""

    title: str = ""
    goal: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "goal": self.goal}

    @classmethod
    def from_dict(cls, data: Any) -> ItemText:
        if not isinstance(data, dict):
            return cls()
        return cls(title=_text(data.get("title")), goal=_text(data.get("goal")))

    def is_empty(self) -> bool:
        return not (self.title.strip() or self.goal.strip())


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def poll_translations_to_dict(translations: dict[str, PollText]) -> dict[str, Any]:
    """Sorted by language and without empty entries: written deterministically."""
    return {
        lang: text.to_dict() for lang, text in sorted(translations.items()) if not text.is_empty()
    }


def poll_translations_from_dict(data: Any) -> dict[str, PollText]:
    if not isinstance(data, dict):
        return {}
    result = {str(k): PollText.from_dict(v) for k, v in data.items()}
    return {k: v for k, v in result.items() if _TAG.match(k) and not v.is_empty()}


def item_translations_to_dict(translations: dict[str, ItemText]) -> dict[str, Any]:
    return {
        lang: text.to_dict() for lang, text in sorted(translations.items()) if not text.is_empty()
    }


def item_translations_from_dict(data: Any) -> dict[str, ItemText]:
    if not isinstance(data, dict):
        return {}
    result = {str(k): ItemText.from_dict(v) for k, v in data.items()}
    return {k: v for k, v in result.items() if _TAG.match(k) and not v.is_empty()}
