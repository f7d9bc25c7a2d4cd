"""The PDF minutes' block of an idea wall (its ideas and moderation) and of a dot vote
(its rules and totals): called from pdf_minutes beside the other poll kinds."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from workshop_app.domain.polls import PollType
from workshop_app.export.idea_minutes import (
    dot_rules,
    dot_totals,
    dots_placed,
    idea_status,
    votes_phrase,
    wall_summary,
)
from workshop_app.export.minutes_catalogue import MinutesWords
from workshop_app.export.minutes_data import PollResult, listed_ideas
from workshop_app.export.pdf_layout import Paragraph
from workshop_app.export.text_safety import for_paragraph as esc

BarTable = Callable[..., Flowable]


def idea_body(
    result: PollResult,
    s: dict[str, ParagraphStyle],
    width: float,
    words: MinutesWords,
    bar_table: BarTable,
) -> list[Flowable]:
    if result.poll.type == PollType.DOT_VOTE:
        t = result.tally
        return [
            Paragraph(esc(dot_rules(result, words)), s["small"]),
            bar_table(result.poll.options, t.counts, dots_placed(result), s, width, words, t),
            Paragraph(esc(dot_totals(result, words)), s["body"]),
        ]
    # One line per idea, not a table: text extraction (and a screen reader) reads each
    # idea with its number, votes and status, in the order printed.
    lines: list[Flowable] = []
    for place, idea in enumerate(listed_ideas(result), start=1):
        status = idea_status(result, idea, words)
        votes = votes_phrase(result, idea, words)
        text = f"{esc(result.number)}-{place} · <b>{esc(votes)}</b> · {esc(idea.text)}"
        if status:
            text += f' <font color="#5b6472">({esc(status)})</font>'
        lines.append(Paragraph(text, s["answer"]))
    return [Paragraph(esc(wall_summary(result, words)), s["small"]), *lines]
