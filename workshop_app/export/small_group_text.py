"""The minutes' words on the minimum group size, shared by every format's appendix."""

from __future__ import annotations

from workshop_app.export.minutes_catalogue import MinutesWords
from workshop_app.export.minutes_data import MinutesData


def min_group_list(data: MinutesData, words: MinutesWords) -> str:
    """ "Minimum group size per poll: 1.1: 5; 2.1: 3." (k = 1 reads "off")."""
    parts = [
        f"{result.number}: {result.tally.min_group if result.tally.min_group > 1 else '—'}"
        for result in data.polls
    ]
    return words("min_group_list", list="; ".join(parts) if parts else "—")


def appendix_paragraphs(data: MinutesData, words: MinutesWords) -> list[str]:
    return [words("min_group_method"), min_group_list(data, words)]
