"""Sessions and rooms in the minutes' words: cover lines, dated actual times, and the
comparison of a poll across sessions or rooms (one table for every format)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from workshop_app.domain.polls import PollType, Tally
from workshop_app.domain.small_groups import Cell, ShownTally
from workshop_app.export.minutes_catalogue import MinutesWords
from workshop_app.export.minutes_data import (
    GroupTally,
    ItemMinutes,
    ItemRun,
    MinutesData,
    PollResult,
)
from workshop_app.store.minutes_queries import SessionRecord


def _local(value: datetime) -> datetime:
    # As every other time in the minutes: the clock time as recorded (the laptop's).
    return value


def _clock(value: datetime | None) -> str:
    return MinutesWords.clock(_local(value)) if value else "—"


def session_line(record: SessionRecord, words: MinutesWords) -> str:
    """For the cover: "12 March 2026, 18:32–20:40 · 412 responses (rehearsal)"."""
    start = record.started_at
    day = words.plain_date(_local(start).date()) + ", " if start else ""
    line = f"{day}{_clock(start)}–{_clock(record.ended_at)}"
    if record.ended_at is None:
        line += f" {words('still_live')}"
    line += f" · {words.count('n_responses', record.responses)}"
    if record.rehearsal:
        line += f" ({words('rehearsal_mark')})"
    return line


def session_label(record: SessionRecord, words: MinutesWords) -> str:
    """A comparison column's heading: "Session 2, 19 Mar 2026"."""
    label = words("session_n", n=record.number)
    if record.started_at is not None:
        label += ", " + words.short_date(_local(record.started_at).date())
    return label


def group_label(group: GroupTally, words: MinutesWords) -> str:
    if group.session is not None:
        return session_label(group.session, words)
    return group.room


def _start(start: datetime, words: MinutesWords, dated: bool) -> str:
    """A run's start time, with its day first when the minutes' times are dated."""
    day = words.short_date(_local(start).date()) + " " if dated else ""
    return day + _clock(start)


def _span(start: datetime | None, end: datetime | None, words: MinutesWords, dated: bool) -> str:
    if start is None:
        return words("not_run")
    return f"{_start(start, words, dated)}–{_clock(end)}"


def _minutes(minutes: float | None, words: MinutesWords) -> str:
    return words("n_min", n=round(minutes)) if minutes is not None else "—"


def _room(run: ItemRun) -> str:
    return f"{run.room}: " if run.room else ""


def duration_text(it: ItemMinutes, words: MinutesWords, space: str = " ") -> str:
    """The agenda table's actual minutes: "12 min (+2)", or each session's (or room's)
    when several are shown, "10 min; 12 min (+2)". ``space`` joins a run's own words
    (a no-break space keeps "12 min (+2)" on one line)."""
    return "; ".join(duration_parts(it, words, space))


def duration_parts(it: ItemMinutes, words: MinutesWords, space: str = " ") -> list[str]:
    """Each run's part of ``duration_text``, for a table that puts one under another."""
    parts = []
    for run in it.shown_runs:
        text = _minutes(run.minutes, words)
        over = it.over(run.minutes)
        if over >= 1:
            text += f" (+{round(over)})"
        parts.append(_room(run) + text.replace(" ", space))
    return parts


def ran_text(it: ItemMinutes, data: MinutesData, words: MinutesWords) -> str:
    """An item heading's actual times: "ran 18:32–18:44 (12 min)", one per session (or
    room) shown, dated as the agenda table's are; "" when the item did not run."""
    parts = []
    for run in it.shown_runs:
        if run.start is None:
            continue
        ran = words(
            "ran_span",
            start=_start(run.start, words, data.dated_times),
            end=_clock(run.end),
            minutes=_minutes(run.minutes, words),
        )
        parts.append(_room(run) + ran)
    return "; ".join(parts)


def actual_span(it: ItemMinutes, data: MinutesData, words: MinutesWords) -> str:
    """The item's actual times: one span, or one per session shown; dated when the
    sessions ran on other days than the workshop's date."""
    return "; ".join(
        _room(r) + _span(r.start, r.end, words, data.dated_times) for r in it.shown_runs
    )


@dataclass(frozen=True)
class Comparison:
    """A poll across sessions or rooms: a row per option (or scale value), a column per
    group and the total; counts, with each column's number of responses."""

    columns: list[str]  # group labels, then the total
    # (option or value, count per column and total); a count the minimum group size
    # holds back is the text printed instead ("fewer than 5", "withheld", "–").
    rows: list[tuple[str, list[int | str]]]
    responses: list[int]  # per column and total

    def cell(self, count: int | str, column: int, words: MinutesWords) -> str:
        if isinstance(count, str):
            return count
        return f"{count} ({words.percent(count, self.responses[column])})"


def comparison(result: PollResult, words: MinutesWords) -> Comparison | None:
    """None unless the poll has groups; choice and scale polls compare their counts,
    ranking and open-text polls their numbers of responses."""
    if not result.groups:
        return None
    columns = [group_label(g, words) for g in result.groups] + [words("total")]
    tallies = [g.tally for g in result.groups] + [result.tally]
    responses = [t.responses for t in tallies]
    poll = result.poll
    labels: list[str]
    if poll.type in (PollType.SINGLE_CHOICE, PollType.MULTIPLE_CHOICE):
        labels = [f"{n}. {option}" for n, option in enumerate(poll.options, start=1)]
    elif poll.type == PollType.SCALE:
        s = poll.settings
        labels = [str(v) for v in range(s.scale_min, s.scale_max + 1)]
    else:
        return Comparison(columns, [], responses)
    rows = []
    for index, label in enumerate(labels):
        counts = [_shown_count(t, index, words) for t in tallies]
        rows.append((label, counts))
    return Comparison(columns, rows, responses)


def _shown_count(tally: Tally, index: int, words: MinutesWords) -> int | str:
    """A column's count of one row, or what the minimum group size prints instead."""
    if isinstance(tally, ShownTally):
        if tally.withheld:
            return "–"
        cell = tally.cell(index)
        if cell is Cell.FEWER:
            return words("fewer_than", k=tally.min_group)
        if cell is Cell.MASKED:
            return words("masked")
    return tally.counts[index] if index < len(tally.counts) else 0


def merged_rooms(result: PollResult) -> bool:
    """A poll of a rooms report (its groups are rooms, not sessions)."""
    return bool(result.groups) and result.groups[0].session is None
