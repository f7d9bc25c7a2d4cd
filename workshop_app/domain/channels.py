"""Answers from every channel of a mixed room, and the one tally that combines them.

Phones answer through the live page; the rest of the room answers by show of hands, on
paper ballots or with sticky dots, counted by the facilitator, or through the facilitator
on their behalf (proxy). An offline answer is one canonical answer (as ``validate_answer``
returns it) with a count: "option 2 × 7 by show of hands", one ranked paper ballot × 1.

Each channel is tallied by ``polls.tally`` as if its answers were phones' answers, then
``combine`` adds the channels up. The result is one object, ``ChannelTally``: the total
and the split, so a rule that must hold for what is shown (a minimum group size) can be
applied to the total and to each channel alike.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from workshop_app.domain.polls import InvalidAnswer, Poll, PollType, Tally, tally, validate_answer
from workshop_app.domain.small_groups import shown
from workshop_app.domain.word_counts import word_frequencies

MAX_COUNT = 100_000  # more than any room; larger figures are typing mistakes


class Channel(str, Enum):
    PHONE = "phone"
    HANDS = "hands"
    PAPER = "paper"
    DOTS = "dots"
    PROXY = "proxy"


# The order every view lists channels in.
CHANNEL_ORDER = (Channel.PHONE, Channel.HANDS, Channel.PAPER, Channel.DOTS, Channel.PROXY)
# Sources the facilitator counts (proxy answers are entered one by one instead).
COUNTED_CHANNELS = (Channel.HANDS, Channel.PAPER, Channel.DOTS)
OFFLINE_CHANNELS = (*COUNTED_CHANNELS, Channel.PROXY)


class InvalidCount(ValueError):
    """A count that cannot be right; the message is safe to show."""


def checked_count(raw: Any) -> int:
    if isinstance(raw, bool) or not isinstance(raw, int):
        raise InvalidCount("A count must be a whole number.")
    if not 0 <= raw <= MAX_COUNT:
        raise InvalidCount(f"A count must be from 0 to {MAX_COUNT}.")
    return raw


def checked_people(raw: Any) -> int:
    """People present at an item: a whole number from 0."""
    if isinstance(raw, bool) or not isinstance(raw, int):
        raise InvalidCount("The number of people present must be a whole number.")
    if not 0 <= raw <= MAX_COUNT:
        raise InvalidCount(f"The number of people present must be from 0 to {MAX_COUNT}.")
    return raw


def present_together(counts: list[int | None]) -> int | None:
    """The people present over several runs (sessions or rooms) of one item: their sum,
    or None unless every run counted them — a sum over some runs, set against every
    run's answers, would read as more answers than people present."""
    if not counts or any(c is None for c in counts):
        return None
    return sum(c for c in counts if c is not None)


def offline_value(poll: Poll, raw: Any) -> Any:
    """The canonical value of an offline answer (raises InvalidAnswer like a phone's).

    A show of hands on a multiple-choice poll counts one option at a time, so a bare
    option index stands for the one-option answer ``[index]``."""
    if poll.type == PollType.MULTIPLE_CHOICE and not isinstance(raw, list):
        raw = [raw]
    return validate_answer(poll, raw)


@dataclass(frozen=True)
class OfflineAnswer:
    poll_id: int
    channel: Channel
    value: Any  # canonical, as validate_answer returns it
    count: int
    session_id: int | None = None
    id: int | None = None


@dataclass(frozen=True)
class ChannelTally:
    """A poll's results over every channel: the total and each channel's own tally.

    ``channels`` always holds the phones, and every other channel that has answers, in
    ``CHANNEL_ORDER``."""

    total: Tally
    channels: dict[Channel, Tally] = field(default_factory=dict)

    def answers(self, channel: Channel) -> int:
        found = self.channels.get(channel)
        return found.responses if found is not None else 0

    @property
    def mixed(self) -> bool:
        """True when anything came from another channel than phones."""
        return any(c != Channel.PHONE and t.responses for c, t in self.channels.items())

    def split(self) -> dict[str, int]:
        """Answers per channel, by channel value (for exports)."""
        return {c.value: t.responses for c, t in self.channels.items()}


def channel_tally(
    poll: Poll, phone_answers: list[Any], offline: list[OfflineAnswer], language: str = ""
) -> ChannelTally:
    """Tally phones' answers and offline answers (weighted by count) together."""
    return combine(poll, tally(poll, phone_answers, language), offline, language)


def combine(
    poll: Poll, phones: Tally, offline: list[OfflineAnswer], language: str = ""
) -> ChannelTally:
    """The phones' tally (however it was made: from the file or the live room) plus the
    offline answers of each channel."""
    return with_channels(poll, phones, offline_tallies(poll, offline, language), language)


def offline_tallies(
    poll: Poll, offline: list[OfflineAnswer], language: str = ""
) -> dict[Channel, Tally]:
    """Each offline channel's own tally (the channels with answers only)."""
    grouped: dict[Channel, list[Any]] = {}
    for answer in offline:
        if answer.poll_id == poll.id and answer.count > 0:
            grouped.setdefault(answer.channel, []).extend([answer.value] * answer.count)
    return {c: tally(poll, grouped[c], language) for c in OFFLINE_CHANNELS if grouped.get(c)}


def with_channels(
    poll: Poll, phones: Tally, others: dict[Channel, Tally], language: str = ""
) -> ChannelTally:
    """The phones' tally and the other channels' tallies, added up."""
    channels: dict[Channel, Tally] = {Channel.PHONE: phones}
    channels.update((c, others[c]) for c in OFFLINE_CHANNELS if c in others)
    return ChannelTally(total=add_up(poll, list(channels.values()), language), channels=channels)


def add_up(poll: Poll, parts: list[Tally], language: str = "") -> Tally:
    """One tally of several channels' tallies, as if all their answers were one list."""
    answered = [t for t in parts if t.responses]
    if len(answered) <= 1:
        return answered[0] if answered else (parts[0] if parts else tally(poll, [], language))
    total = Tally(poll_type=poll.type, responses=sum(t.responses for t in answered))
    counted = (PollType.SINGLE_CHOICE, PollType.MULTIPLE_CHOICE, PollType.SCALE, PollType.DOT_VOTE)
    if poll.type in counted:  # a dot vote's counts are the dots (or points) per option
        width = max(len(t.counts) for t in answered)
        total.counts = [
            sum(t.counts[i] for t in answered if i < len(t.counts)) for i in range(width)
        ]
    if poll.type == PollType.SCALE:
        total.scale_values = list(range(poll.settings.scale_min, poll.settings.scale_max + 1))
        values = [
            v for v, c in zip(total.scale_values, total.counts, strict=False) for _ in range(c)
        ]
        if values:
            total.mean = round(statistics.fmean(values), 2)
            total.median = float(statistics.median(values))
    elif poll.type == PollType.RANKING:
        n = len(poll.options)
        points = [
            sum(t.rank_points[i] for t in answered if i < len(t.rank_points)) for i in range(n)
        ]
        total.rank_points = points
        means = [(i, round(points[i] / total.responses, 2)) for i in range(n)]
        total.ranking = sorted(means, key=lambda pair: (pair[1], pair[0]))
    elif poll.type == PollType.OPEN_TEXT:
        total.texts = [text for t in answered for text in t.texts]
        total.words = word_frequencies(total.texts, language)
    return total


def _sum_at(parts: list[Tally], index: int) -> int:
    return sum(t.counts[index] for t in parts if index < len(t.counts))


def _points_at(parts: list[Tally], index: int) -> int:
    return sum(t.rank_points[index] for t in parts if index < len(t.rank_points))


def typed_answer(poll: Poll, text: str) -> Any:
    """An answer as a facilitator types it from a ballot, in the numbers the ballot
    shows: "2" (option 2), "1 3" or "1, 3" (options 1 and 3), "4" (scale value 4),
    "2 1 3" (a ranking, first choice first), or the text of an open answer. Returns the
    canonical value; raises InvalidAnswer with a message to show."""
    if poll.type == PollType.OPEN_TEXT:
        return validate_answer(poll, text)
    numbers = text.replace(",", " ").replace(";", " ").split()
    if not numbers or not all(n.lstrip("-").isdigit() and len(n) <= 6 for n in numbers):
        raise InvalidAnswer(_TYPED_HINT[poll.type])
    values = [int(n) for n in numbers]
    if poll.type == PollType.SCALE:
        if len(values) != 1:
            raise InvalidAnswer(_TYPED_HINT[poll.type])
        return validate_answer(poll, values[0])
    indexes = [v - 1 for v in values]  # ballots number options from 1
    if poll.type == PollType.SINGLE_CHOICE:
        if len(indexes) != 1:
            raise InvalidAnswer(_TYPED_HINT[poll.type])
        return validate_answer(poll, indexes[0])
    return validate_answer(poll, indexes)


_TYPED_HINT = {
    PollType.SINGLE_CHOICE: "Type the number of one option.",
    PollType.MULTIPLE_CHOICE: "Type the numbers of the options, for example 1 3.",
    PollType.SCALE: "Type one value of the scale.",
    PollType.RANKING: "Type every option's number, first choice first, for example 2 1 3.",
    PollType.OPEN_TEXT: "Type the answer.",
}


# The poll kinds the room's counts apply to (an idea wall's ideas and a dot vote's dots
# are given on the phones).
COUNTED_TYPES = (
    PollType.SINGLE_CHOICE,
    PollType.MULTIPLE_CHOICE,
    PollType.SCALE,
    PollType.RANKING,
    PollType.OPEN_TEXT,
)


def held_to(combined: ChannelTally, min_group: int) -> ChannelTally:
    """The combined results with each channel's own tally held to the minimum group size
    too (a channel's split must not show a group the total hides)."""
    return ChannelTally(
        total=combined.total,
        channels={c: shown(t, min_group) for c, t in combined.channels.items()},
    )
