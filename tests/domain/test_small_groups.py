"""The minimum group size k: what a tally may show in a small room."""

from __future__ import annotations

import pytest

from workshop_app.domain.polls import Poll, PollSettings, PollType, tally
from workshop_app.domain.small_groups import Cell, idea_vote_cell, min_group_of, shown


def choice_poll(n: int = 3) -> Poll:
    return Poll(PollType.SINGLE_CHOICE, "Trust?", [f"O{i}" for i in range(n)], id=1)


def test_below_k_only_the_number_of_answers_is_shown() -> None:
    t = shown(tally(choice_poll(), [0, 0, 1]), 5)
    assert t.withheld and t.responses == 3
    assert t.counts == [] and t.to_dict()["counts"] == []


def test_an_option_of_one_to_k_minus_one_reads_fewer_than_k_and_the_total_stays() -> None:
    # 12 people: 7, 3, 2 — the 3 and the 2 are folded, the 7 and the total stay exact.
    t = shown(tally(choice_poll(), [0] * 7 + [1] * 3 + [2] * 2), 5)
    assert not t.withheld and t.responses == 12
    assert t.cells == [Cell.EXACT, Cell.FEWER, Cell.FEWER]
    assert t.counts == [7, 0, 0]
    assert t.to_dict()["counts"] == [7, None, None]


def test_a_lone_folded_option_cannot_be_worked_out_from_the_total() -> None:
    # 9 = 6 + 3 + 0: shown alone, "fewer than 5" would be 9 - 6 - 0 = 3. The smallest
    # other option is withheld too, so the subtraction gives only a sum.
    t = shown(tally(choice_poll(), [0] * 6 + [1] * 3), 5)
    assert t.cells == [Cell.EXACT, Cell.FEWER, Cell.MASKED]
    exact_sum = sum(c for c, cell in zip(t.counts, t.cells, strict=True) if cell is Cell.EXACT)
    assert t.responses - exact_sum == 3  # the folded and the masked option together only


def test_multiple_choice_folds_without_masking() -> None:
    poll = Poll(PollType.MULTIPLE_CHOICE, "Which?", ["A", "B", "C"], id=2)
    t = shown(tally(poll, [[0, 1]] * 6 + [[2]]), 5)
    assert t.cells == [Cell.EXACT, Cell.EXACT, Cell.FEWER]


def test_scale_statistics_wait_for_k_and_the_mean_goes_while_a_step_is_folded() -> None:
    poll = Poll(PollType.SCALE, "Safe?", settings=PollSettings(scale_min=1, scale_max=3), id=3)
    assert shown(tally(poll, [1, 2, 3, 3]), 5).mean is None
    t = shown(tally(poll, [3] * 6 + [1, 1]), 5)
    assert t.mean is None and t.mean_withheld and t.median == 3.0
    full = shown(tally(poll, [3] * 6 + [1] * 5), 5)
    assert full.mean is not None and not full.mean_withheld


def test_open_text_is_held_until_k_then_not_in_arrival_order() -> None:
    poll = Poll(PollType.OPEN_TEXT, "Ideas?", id=4)
    arrived = ["lights", "benches", "cameras", "trees"]
    assert shown(tally(poll, arrived), 5).texts == []
    arrived.append("police")
    texts = shown(tally(poll, arrived), 5).texts
    assert sorted(texts) == sorted(arrived) and texts != arrived
    # The order does not depend on arrival: the same answers in any order print alike.
    assert shown(tally(poll, list(reversed(arrived))), 5).texts == texts


def test_k_of_one_shows_everything_exactly() -> None:
    t = shown(tally(choice_poll(), [0, 1, 1]), 1)
    assert not t.withheld and t.counts == [1, 2, 0] and not t.folds_any


def test_a_poll_may_set_its_own_k() -> None:
    poll = choice_poll()
    assert min_group_of(poll, 5) == 5
    poll.settings = PollSettings(min_group=3)
    assert min_group_of(poll, 5) == 3
    assert PollSettings.from_dict(poll.settings.to_dict()).min_group == 3
    assert "min_group" not in PollSettings().to_dict()  # plans without k keep their bytes


@pytest.mark.parametrize(
    ("votes", "k", "voters", "cell"),
    [
        (0, 5, 7, Cell.EXACT),  # 0 stays 0, as for an option
        (1, 5, 7, Cell.FEWER),
        (4, 5, 7, Cell.FEWER),
        (5, 5, 7, Cell.EXACT),
        (0, 5, 2, Cell.FEWER),  # two upvoters in all: no count, 0 neither
        (2, 5, 2, Cell.FEWER),
        (0, 5, 0, Cell.EXACT),  # nobody upvoted: nothing to hold
        (2, 1, 2, Cell.EXACT),  # k = 1: off
        (2, 0, 2, Cell.EXACT),  # clamped to 1
    ],
)
def test_an_ideas_upvotes_are_held_below_k(votes: int, k: int, voters: int, cell: Cell) -> None:
    assert idea_vote_cell(votes, k, voters) is cell
