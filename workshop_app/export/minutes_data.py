"""Everything the minutes say, gathered once from the file, so that the PDF, CSV, JSON
and Markdown exports print the same numbers from one source."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from workshop_app.domain.agenda_timing import schedule
from workshop_app.domain.channels import ChannelTally
from workshop_app.domain.notes import Note, NoteKind
from workshop_app.domain.polls import Poll, Tally
from workshop_app.domain.workshop import AgendaItem, Workshop
from workshop_app.store.minutes_queries import SessionRecord, response_counts, session_records
from workshop_app.store.notes_repo import NotesRepo
from workshop_app.store.offline_repo import HeadcountsRepo, stored_channel_tally
from workshop_app.store.workshop_file import WorkshopFile

NOTE_ORDER = (NoteKind.DECISION, NoteKind.ACTION, NoteKind.NOTE, NoteKind.QUESTION, NoteKind.QUOTE)


@dataclass(frozen=True)
class PollResult:
    poll: Poll
    tally: Tally  # every channel together; moderated phone answers are left out
    hidden: int  # answers hidden by moderation (counted nowhere else)
    number: str  # "3.2": item 3, poll 2 — how notes and tables refer to it
    channels: ChannelTally | None = None  # the same total with its split by channel
    people_present: int | None = None  # the item's headcount, when the facilitator set one


@dataclass(frozen=True)
class ItemMinutes:
    number: int
    item: AgendaItem
    planned_start: datetime
    planned_end: datetime
    notes: dict[NoteKind, list[Note]]
    polls: list[PollResult]
    people_present: int | None = None

    @property
    def actual_minutes(self) -> float | None:
        if self.item.actual_start and self.item.actual_end:
            return (self.item.actual_end - self.item.actual_start) / timedelta(minutes=1)
        return None

    @property
    def overrun_minutes(self) -> float:
        actual = self.actual_minutes
        return max(0.0, actual - self.item.planned_minutes) if actual is not None else 0.0


@dataclass(frozen=True)
class Letterhead:
    """Who writes the minutes (Settings › this computer): printed at the top of the cover."""

    organisation: str = ""
    logo: Path | None = None  # PNG or JPEG; left out when it cannot be read


@dataclass(frozen=True)
class MinutesData:
    workshop: Workshop
    items: list[ItemMinutes]
    unassigned_notes: dict[NoteKind, list[Note]]
    actions: list[tuple[Note, str]]  # (action, item title or "")
    sessions: list[SessionRecord]
    generated_at: datetime
    results_sha256: str
    poll_labels: dict[int, str] = field(default_factory=dict)  # poll id → "3.2 Question"
    letterhead: Letterhead = field(default_factory=Letterhead)

    @property
    def participants(self) -> int:
        return sum(s.participants for s in self.sessions)

    @property
    def polls(self) -> list[PollResult]:
        return [p for item in self.items for p in item.polls]

    @property
    def note_count(self) -> int:
        every = [n for i in self.items for ns in i.notes.values() for n in ns]
        return len(every) + sum(len(ns) for ns in self.unassigned_notes.values())


def gather(
    file: WorkshopFile, generated_at: datetime, letterhead: Letterhead | None = None
) -> MinutesData:
    workshop = file.load_workshop()
    items = file.items()
    notes = NotesRepo(file).all()
    counts = response_counts(file)
    headcounts = HeadcountsRepo(file).latest()
    by_item: dict[int | None, list[Note]] = {}
    for note in notes:
        by_item.setdefault(note.item_id, []).append(note)
    known_items = {item.id for item in items}
    minutes_items: list[ItemMinutes] = []
    poll_labels: dict[int, str] = {}
    for number, scheduled in enumerate(
        schedule(items, workshop.start_time, workshop.date), start=1
    ):
        item = scheduled.item
        assert item.id is not None
        results = []
        for index, poll in enumerate(file.polls(item.id), start=1):
            assert poll.id is not None
            label = f"{number}.{index}"
            poll_labels[poll.id] = f"{label} {poll.question}"
            combined = stored_channel_tally(file, poll, workshop.language)
            results.append(
                PollResult(
                    poll,
                    combined.total,
                    counts.get(poll.id, (0, 0))[1],
                    label,
                    combined,
                    headcounts.get(item.id),
                )
            )
        minutes_items.append(
            ItemMinutes(
                number=number,
                item=item,
                planned_start=scheduled.planned_start,
                planned_end=scheduled.planned_end,
                notes=_group(by_item.get(item.id, [])),
                polls=results,
                people_present=headcounts.get(item.id),
            )
        )
    unassigned = [n for key, ns in by_item.items() if key not in known_items for n in ns]
    titles = {item.id: item.title for item in items}
    actions = [(n, titles.get(n.item_id, "")) for n in notes if n.kind == NoteKind.ACTION]
    actions.sort(key=lambda pair: (pair[0].action_due or date.max, pair[0].id or 0))
    data = MinutesData(
        workshop=workshop,
        items=minutes_items,
        unassigned_notes=_group(unassigned),
        actions=actions,
        sessions=session_records(file),
        generated_at=generated_at,
        results_sha256="",
        poll_labels=poll_labels,
        letterhead=letterhead or Letterhead(),
    )
    return _with_digest(data)


def _group(notes: list[Note]) -> dict[NoteKind, list[Note]]:
    grouped: dict[NoteKind, list[Note]] = {}
    for kind in NOTE_ORDER:
        of_kind = [n for n in notes if n.kind == kind]
        if of_kind:
            grouped[kind] = of_kind
    return grouped


def canonical_results(data: MinutesData) -> bytes:
    """The results in a canonical form, whose SHA-256 the minutes print.

    A JSON array with one object per poll in agenda order: its number, type, question,
    options and tally (visible responses only; without the frequent words, which are
    derived from the texts and follow the workshop's language), serialised with sorted keys, no
    whitespace, UTF-8 without escaping (json.dumps(sort_keys=True,
    separators=(",", ":"), ensure_ascii=False)). Anyone with the file can recompute it.
    """
    results = [results_record(p) for p in data.polls]
    for record in results:
        # The frequent words are derived from the texts (which are in) and depend on the
        # language the minutes are read in; the digest must not.
        del record["tally"]["words"]
    return json.dumps(results, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def results_record(result: PollResult) -> dict[str, Any]:
    poll = result.poll
    return {
        "number": result.number,
        "type": poll.type.value,
        "question": poll.question,
        "options": list(poll.options),
        "tally": result.tally.to_dict(),
    }


def _with_digest(data: MinutesData) -> MinutesData:
    digest = hashlib.sha256(canonical_results(data)).hexdigest()
    return replace(data, results_sha256=digest)


# --- one poll's results as rows, for every export that prints them ------------------------


@dataclass(frozen=True)
class ChoiceRow:
    number: int  # the option's place in the list participants saw, from 1
    option: str
    count: int


@dataclass(frozen=True)
class ScaleRow:
    value: int
    label: str  # the end label on the scale's ends, "" elsewhere
    count: int


@dataclass(frozen=True)
class RankRow:
    rank: int
    number: int  # the option's place in the list participants saw, from 1
    option: str
    mean_position: float


def choice_rows(result: PollResult) -> list[ChoiceRow]:
    counts = result.tally.counts
    return [
        ChoiceRow(number, option, counts[number - 1] if number <= len(counts) else 0)
        for number, option in enumerate(result.poll.options, start=1)
    ]


def scale_rows(result: PollResult) -> list[ScaleRow]:
    settings, t = result.poll.settings, result.tally
    ends = {
        settings.scale_min: settings.scale_min_label,
        settings.scale_max: settings.scale_max_label,
    }
    values = t.scale_values or list(range(settings.scale_min, settings.scale_max + 1))
    counts = t.counts or [0] * len(values)
    return [
        ScaleRow(value, ends.get(value, ""), count)
        for value, count in zip(values, counts, strict=False)
    ]


def rank_rows(result: PollResult) -> list[RankRow]:
    options = result.poll.options
    return [
        RankRow(rank, index + 1, options[index], score)
        for rank, (index, score) in enumerate(result.tally.ranking, start=1)
        if 0 <= index < len(options)
    ]


def percent_of(count: int, total: int) -> float | None:
    """A share of the poll's respondents, one decimal; None when nobody answered."""
    return round(100 * count / total, 1) if total else None
