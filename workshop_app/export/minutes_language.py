"""Minutes in a second language: the same minutes, their fixed words in that language and
the plan's text (item titles and goals, questions, options, scale end labels) in its
translation, falling back to the main language's text where there is none.

Bilingual minutes are two documents: the main one and this one, written beside it as
``NAME.<language>.pdf`` (and .html, .md). The figures are the same — one tally, pooled
across the languages the room answered in — and so is the results' SHA-256, which is
computed on the main language's text. What people typed (notes, open answers) stays as
typed in both.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from workshop_app.domain.localised_text import item_title_in, localised_poll
from workshop_app.export.minutes_data import ItemMinutes, MinutesData, PollResult


def in_language(data: MinutesData, language: str) -> MinutesData:
    main = data.workshop.language
    workshop = replace(data.workshop, language=language)
    items: list[ItemMinutes] = []
    labels: dict[int, str] = {}
    titles: dict[int | None, str] = {}
    for it in data.items:
        translated = it.item.translations.get(language)
        item = replace(
            it.item,
            title=item_title_in(it.item, language, main).text,
            goal=translated.goal if translated and translated.goal.strip() else it.item.goal,
        )
        titles[it.item.id] = item.title
        polls = []
        for result in it.polls:
            poll = localised_poll(result.poll, language, main)
            if poll.id is not None:
                labels[poll.id] = f"{result.number} {poll.question}"
            polls.append(PollResult(poll, result.tally, result.hidden, result.number))
        items.append(replace(it, item=item, polls=polls))
    actions = [(note, titles.get(note.item_id, title)) for note, title in data.actions]
    return replace(data, workshop=workshop, items=items, poll_labels=labels, actions=actions)


def second_language_path(path: Path, language: str) -> Path:
    """``minutes.pdf`` → ``minutes.nl.pdf``."""
    return path.with_name(f"{path.stem}.{language}{path.suffix}")
