"""The combined tally: phones' answers plus offline answers weighted by their count, for
every poll type, equal to tallying all the answers as one list; and the split by channel."""

from __future__ import annotations

from typing import Any

import pytest

from workshop_app.domain.channels import (
    Channel,
    InvalidCount,
    OfflineAnswer,
    add_up,
    channel_tally,
    checked_count,
    combine,
    offline_value,
)
from workshop_app.domain.polls import InvalidAnswer, Poll, PollSettings, PollType, tally

OPTIONS = ["Lights", "Benches", "Bins"]


def poll_of(kind: PollType) -> Poll:
    settings = PollSettings(max_choices=2, scale_min=1, scale_max=5)
    options = [] if kind in (PollType.SCALE, PollType.OPEN_TEXT) else OPTIONS
    return Poll(kind, "Which?", options, settings, id=7)


# phones' answers and offline (channel, value, count) for each type
CASES: dict[PollType, tuple[list[Any], list[tuple[Channel, Any, int]]]] = {
    PollType.SINGLE_CHOICE: ([0, 1, 1], [(Channel.HANDS, 2, 7), (Channel.PAPER, 1, 3)]),
    PollType.MULTIPLE_CHOICE: (
        [[0, 1], [2]],
        [(Channel.HANDS, [0], 4), (Channel.PAPER, [1, 2], 2), (Channel.PROXY, [0, 2], 1)],
    ),
    PollType.SCALE: ([1, 5, 4], [(Channel.PAPER, 4, 3), (Channel.DOTS, 2, 5)]),
    PollType.OPEN_TEXT: (
        ["more light", "benches please"],
        [(Channel.PAPER, "more light at night", 2), (Channel.PROXY, "bins", 1)],
    ),
    PollType.RANKING: ([[0, 1, 2], [2, 1, 0]], [(Channel.PAPER, [1, 0, 2], 3)]),
    # Sticky dots on a wall chart beside the phones' dots.
    PollType.DOT_VOTE: ([{"0": 1}, {"2": 1}], [(Channel.DOTS, {"1": 1}, 6)]),
}


# An idea wall's ideas are posted and upvoted on the phones only: no room counts.
@pytest.mark.parametrize("kind", [k for k in PollType if k != PollType.IDEA_WALL])
def test_the_combined_tally_equals_one_tally_of_every_answer(kind: PollType) -> None:
    poll = poll_of(kind)
    phones, offline_rows = CASES[kind]
    offline = [OfflineAnswer(7, channel, value, count) for channel, value, count in offline_rows]
    every = phones + [value for _, value, count in offline_rows for _ in range(count)]

    combined = channel_tally(poll, phones, offline, "en")

    expected = tally(poll, every, "en")
    assert combined.total.responses == len(every)
    assert combined.total.counts == expected.counts
    assert combined.total.mean == expected.mean
    assert combined.total.median == expected.median
    assert combined.total.ranking == expected.ranking
    assert sorted(combined.total.texts) == sorted(expected.texts)
    assert combined.total.words == expected.words
    # the split: phones first, then each channel that has answers, with its own tally
    assert combined.split() == {
        Channel.PHONE.value: len(phones),
        **{c.value: sum(n for ch, _, n in offline_rows if ch == c) for c, _, _ in offline_rows},
    }
    assert combined.mixed


def test_thirty_phones_and_twelve_paper_ballots_make_forty_two() -> None:
    poll = poll_of(PollType.SINGLE_CHOICE)
    phones = [0] * 20 + [1] * 10
    paper = [OfflineAnswer(7, Channel.PAPER, 0, 5), OfflineAnswer(7, Channel.PAPER, 2, 7)]
    combined = channel_tally(poll, phones, paper)
    assert combined.total.responses == 42
    assert combined.total.counts == [25, 10, 7]
    assert combined.channels[Channel.PHONE].counts == [20, 10, 0]
    assert combined.channels[Channel.PAPER].counts == [5, 0, 7]
    assert combined.answers(Channel.HANDS) == 0 and Channel.HANDS not in combined.channels


def test_without_offline_answers_the_total_is_the_phones_tally() -> None:
    poll = poll_of(PollType.OPEN_TEXT)
    phones = tally(poll, ["a lamp"], "en")
    combined = combine(poll, phones, [])
    assert combined.total is phones
    assert not combined.mixed
    assert list(combined.channels) == [Channel.PHONE]


def test_only_offline_answers_and_other_polls_rows_are_ignored() -> None:
    poll = poll_of(PollType.SCALE)
    offline = [OfflineAnswer(7, Channel.HANDS, 3, 4), OfflineAnswer(8, Channel.HANDS, 5, 9)]
    combined = channel_tally(poll, [], offline)
    assert combined.total.responses == 4
    assert combined.total.counts == [0, 0, 4, 0, 0]
    assert combined.total.mean == 3.0 and combined.total.median == 3.0


def test_ranking_combines_exactly_beyond_rounding() -> None:
    # 301 phones and 2 ballots: means rounded to 2 places would not add up exactly.
    poll = poll_of(PollType.RANKING)
    phones = [[0, 1, 2]] * 100 + [[1, 2, 0]] * 101 + [[2, 0, 1]] * 100
    offline = [OfflineAnswer(7, Channel.PAPER, [1, 0, 2], 2)]
    every = phones + [[1, 0, 2]] * 2
    assert channel_tally(poll, phones, offline).total.ranking == tally(poll, every).ranking


def test_add_up_of_nothing_is_an_empty_tally() -> None:
    poll = poll_of(PollType.SINGLE_CHOICE)
    assert add_up(poll, []).counts == [0, 0, 0]


def test_counts_and_offline_values_are_checked() -> None:
    assert checked_count(12) == 12
    for bad in (-1, 100_001, 2.5, True, "3"):
        with pytest.raises(InvalidCount):
            checked_count(bad)
    assert offline_value(poll_of(PollType.MULTIPLE_CHOICE), 2) == [2]
    assert offline_value(poll_of(PollType.RANKING), [2, 0, 1]) == [2, 0, 1]
    with pytest.raises(InvalidAnswer):
        offline_value(poll_of(PollType.SCALE), 9)
    with pytest.raises(InvalidAnswer):
        offline_value(poll_of(PollType.RANKING), [0, 0, 1])


def test_answers_typed_from_a_ballot_use_the_ballots_numbers() -> None:
    from workshop_app.domain.channels import typed_answer

    assert typed_answer(poll_of(PollType.SINGLE_CHOICE), " 2 ") == 1
    assert typed_answer(poll_of(PollType.MULTIPLE_CHOICE), "3, 1") == [0, 2]
    assert typed_answer(poll_of(PollType.SCALE), "4") == 4
    assert typed_answer(poll_of(PollType.RANKING), "2 3 1") == [1, 2, 0]
    assert typed_answer(poll_of(PollType.OPEN_TEXT), "  More benches ") == "More benches"
    refused = [
        (PollType.SINGLE_CHOICE, "1 2", "Type the number of one option."),
        (PollType.SINGLE_CHOICE, "4", "That option does not exist."),
        (PollType.MULTIPLE_CHOICE, "1 2 3", "Choose at most 2 options."),
        (PollType.SCALE, "seven", "Type one value of the scale."),
        (PollType.SCALE, "9", "Choose a value from 1 to 5."),
        (PollType.RANKING, "1 2", "Rank every option exactly once."),
        (PollType.OPEN_TEXT, "   ", "The answer is empty."),
    ]
    for kind, text, message in refused:
        with pytest.raises(InvalidAnswer, match=message):
            typed_answer(poll_of(kind), text)
