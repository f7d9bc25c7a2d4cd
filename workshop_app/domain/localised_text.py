"""A poll or an agenda item as shown in one language: each text falls back to the main
language's where no translation is given, and what a language still lacks.

The texts themselves and the languages a plan may carry are in ``translations``; this
module applies them to polls and items (it imports both, they import neither).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from workshop_app.domain.polls import Poll, PollType
from workshop_app.domain.translations import ItemText, PollText
from workshop_app.domain.workshop import AgendaItem

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
