"""Plan text in several languages: a poll's or an item's wording per language, the rule
that falls back to the main language, and what is still missing.

The main language's text stays where it always was (``Poll.question``, ``Poll.options``,
``AgendaItem.title`` …); ``translations`` holds the other languages. A missing or empty
translated text falls back to the main language's, field by field. Answers never depend
on the language: options are answered by their number, so a tally pools every language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from workshop_app.domain.polls import Poll
    from workshop_app.domain.workshop import AgendaItem

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


# --- one language's view ------------------------------------------------------------------


@dataclass(frozen=True)
class Shown:
    """A text as shown in one language, and the language it really is in (the main
    language's when the translation is missing): the page marks such text with its own
    ``lang``."""

    text: str
    language: str


def poll_text_in(poll: Poll, language: str, main: str) -> tuple[Shown, list[Shown], Shown, Shown]:
    """The question, options and scale end labels of ``poll`` in ``language``, each falling
    back to the main language's text where no translation is given."""
    t = poll.translations.get(language) if language != main else None

    def pick(translated: str, original: str) -> Shown:
        if t is not None and translated.strip():
            return Shown(translated, language)
        return Shown(original, main)

    s = poll.settings
    options = [
        pick(t.options[i] if t is not None and i < len(t.options) else "", text)
        for i, text in enumerate(poll.options)
    ]
    return (
        pick(t.question if t else "", poll.question),
        options,
        pick(t.scale_min_label if t else "", s.scale_min_label),
        pick(t.scale_max_label if t else "", s.scale_max_label),
    )


def localised_poll(poll: Poll, language: str, main: str) -> Poll:
    """A copy of ``poll`` whose texts are those of ``language`` (falling back per field)."""
    question, options, low, high = poll_text_in(poll, language, main)
    settings = replace(poll.settings, scale_min_label=low.text, scale_max_label=high.text)
    return replace(
        poll,
        question=question.text,
        options=[o.text for o in options],
        settings=settings,
    )


def item_title_in(item: AgendaItem, language: str, main: str) -> Shown:
    t = item.translations.get(language) if language != main else None
    if t is not None and t.title.strip():
        return Shown(t.title, language)
    return Shown(item.title, main)


# --- what is missing ----------------------------------------------------------------------


def poll_missing(poll: Poll, language: str) -> list[str]:
    """The fields of ``poll`` not yet translated into ``language``: "question",
    "option 1" … , "scale_min_label", "scale_max_label" (only fields the main language
    has)."""
    from workshop_app.domain.polls import PollType

    t = poll.translations.get(language, PollText())
    missing = []
    if poll.question.strip() and not t.question.strip():
        missing.append("question")
    for i, text in enumerate(poll.options):
        if text.strip() and not (i < len(t.options) and t.options[i].strip()):
            missing.append(f"option {i + 1}")
    if poll.type == PollType.SCALE:
        if poll.settings.scale_min_label.strip() and not t.scale_min_label.strip():
            missing.append("scale_min_label")
        if poll.settings.scale_max_label.strip() and not t.scale_max_label.strip():
            missing.append("scale_max_label")
    return missing


def item_missing(item: AgendaItem, language: str) -> list[str]:
    t = item.translations.get(language, ItemText())
    missing = []
    if item.title.strip() and not t.title.strip():
        missing.append("title")
    if item.goal.strip() and not t.goal.strip():
        missing.append("goal")
    return missing


def languages_missing(poll: Poll, languages: list[str]) -> list[str]:
    """Which of ``languages`` still lack some of the poll's text."""
    return [lang for lang in languages if poll_missing(poll, lang)]


# --- a second language on the presenter -----------------------------------------------------


@dataclass(frozen=True)
class SecondLines:
    """What the presenter shows in its second language: "" where a text is not translated
    (the main text is already on screen; it is not repeated)."""

    language: str
    question: str
    options: list[str]


def second_language_lines(poll: Poll, language: str, main: str) -> SecondLines | None:
    """The poll's question and options in ``language`` for the presenter's second line,
    or None when there is nothing to show (no language chosen, the main one, or no
    translation)."""
    t = poll.translations.get(language) if language and language != main else None
    if t is None or t.is_empty():
        return None
    options = [t.options[i].strip() if i < len(t.options) else "" for i in range(len(poll.options))]
    return SecondLines(language, t.question.strip(), options)


def with_second_options(poll: Poll, lines: SecondLines | None) -> Poll:
    """A copy of ``poll`` whose option labels carry the second language too
    ("Éclairage / Verlichting"), for a chart that draws option labels."""
    if lines is None:
        return poll
    options = [
        f"{text} / {second}" if second and second != text else text
        for text, second in zip(poll.options, lines.options, strict=True)
    ]
    return replace(poll, options=options)
