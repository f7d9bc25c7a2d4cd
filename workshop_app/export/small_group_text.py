"""The minutes' words on the minimum group size, shared by every format's appendix."""

from __future__ import annotations

from workshop_app.domain.privacy_notice import notice_paragraphs
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
    """The minimum group size, then what every phone was told before its first answer
    (the same words as the phone's first screen, in the minutes' language)."""
    told = notice_paragraphs(words.language, data.min_group)
    return [
        words("min_group_method"),
        min_group_list(data, words),
        words("phone_notice_intro"),
        *(f"– {point}" for point in told),
    ]
