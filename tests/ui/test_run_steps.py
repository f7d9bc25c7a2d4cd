"""The run-mode step sequence and the timer thresholds: plain Python, no widgets."""

from __future__ import annotations

from datetime import timedelta

import pytest

from workshop_app.domain.polls import Poll, PollType
from workshop_app.domain.timer_levels import (
    LEVEL_COLOURS,
    TimerLevel,
    TimerReading,
    format_remaining,
    format_span,
    level_for,
)
from workshop_app.domain.workshop import AgendaItem
from workshop_app.ui.run.steps import Step, StepKind, StepSequence, build_steps

INTRO, OPEN, RESULTS = StepKind.INTRO, StepKind.POLL_OPEN, StepKind.RESULTS


def plan() -> list[Step]:
    items = [
        AgendaItem("A", id=1, position=0),
        AgendaItem("B", id=2, position=1),
        AgendaItem("C", id=3, position=2),
    ]
    polls = {
        2: [Poll(PollType.SCALE, "q1", id=10), Poll(PollType.OPEN_TEXT, "q2", id=11)],
        3: [Poll(PollType.RANKING, "q3", id=12)],
    }
    return build_steps(items, polls)


def test_each_item_then_poll_open_then_results() -> None:
    assert [(s.kind, s.item_id, s.poll_id) for s in plan()] == [
        (INTRO, 1, None),
        (INTRO, 2, None),
        (OPEN, 2, 10),
        (RESULTS, 2, 10),
        (OPEN, 2, 11),
        (RESULTS, 2, 11),
        (INTRO, 3, None),
        (OPEN, 3, 12),
        (RESULTS, 3, 12),
    ]


def test_items_follow_their_position_not_list_order() -> None:
    items = [AgendaItem("late", id=5, position=1), AgendaItem("early", id=6, position=0)]
    assert [s.item_id for s in build_steps(items, {})] == [6, 5]


def test_sequence_stops_at_both_ends() -> None:
    sequence = StepSequence(plan())
    assert sequence.at_start and not sequence.previous()
    for _ in range(8):
        assert sequence.next()
    assert sequence.at_end and not sequence.next()
    assert sequence.current == Step(RESULTS, 3, 12)
    assert sequence.previous() and sequence.current == Step(OPEN, 3, 12)


def test_jump_and_keys_round_trip() -> None:
    sequence = StepSequence(plan())
    assert sequence.jump(4)
    assert not sequence.jump(4)  # already there
    assert not sequence.jump(99)
    key = sequence.current.key()  # type: ignore[union-attr]
    assert StepSequence(plan()).find_key(key) == 4


def test_replace_steps_keeps_the_current_step_or_its_item() -> None:
    sequence = StepSequence(plan(), index=4)  # poll q2 open
    steps = [s for s in plan() if s.poll_id != 10]  # q1 deleted
    sequence.replace_steps(steps)
    assert sequence.current == Step(OPEN, 2, 11)
    sequence.replace_steps([s for s in steps if s.poll_id != 11])  # q2 deleted too
    assert sequence.current == Step(INTRO, 2)


def test_empty_plan() -> None:
    sequence = StepSequence([])
    assert sequence.current is None
    assert not sequence.next() and not sequence.previous()


@pytest.mark.parametrize(
    ("elapsed_s", "level"),
    [
        (0, TimerLevel.NORMAL),
        (479, TimerLevel.NORMAL),  # just over 20 % left of 10 minutes
        (480, TimerLevel.WARNING),  # exactly 20 % left
        (569, TimerLevel.WARNING),
        (570, TimerLevel.CRITICAL),  # exactly 5 % left
        (600, TimerLevel.CRITICAL),  # on time, nothing left
        (601, TimerLevel.OVERRUN),
    ],
)
def test_colour_thresholds(elapsed_s: int, level: TimerLevel) -> None:
    assert level_for(timedelta(seconds=elapsed_s), timedelta(minutes=10)) == level


def test_zero_minute_item_is_overrun_once_started() -> None:
    assert level_for(timedelta(seconds=1), timedelta(0)) == TimerLevel.OVERRUN


def test_colours_are_fixed_pairs_with_contrast() -> None:
    def luminance(hex_colour: str) -> float:
        r, g, b = (int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5))

        def lin(c: float) -> float:
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

        return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)

    for colours in LEVEL_COLOURS.values():
        a, b = sorted((luminance(colours.background), luminance(colours.foreground)))
        assert (b + 0.05) / (a + 0.05) >= 4.5  # WCAG AA for text
    assert len({c.background for c in LEVEL_COLOURS.values()}) == 4


def test_formatting() -> None:
    assert format_span(timedelta(seconds=75)) == "1:15"
    assert format_span(timedelta(hours=1, seconds=5)) == "1:00:05"
    reading = TimerReading(elapsed=timedelta(minutes=11), planned=timedelta(minutes=10))
    assert format_remaining(reading) == "+1:00 over"
    reading = TimerReading(elapsed=timedelta(seconds=30), planned=timedelta(minutes=10))
    assert format_remaining(reading) == "9:30 left"
