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
from workshop_app.domain.channels import ChannelTally, held_to
from workshop_app.domain.ideas import IdeaRow, IdeaState
from workshop_app.domain.notes import Note, NoteKind
from workshop_app.domain.polls import Poll, PollType, Tally
from workshop_app.domain.session import SessionSummary
from workshop_app.domain.small_groups import (
    Cell,
    ShownTally,
    idea_vote_cell,
    min_group_of,
    shown,
)
from workshop_app.domain.workshop import AgendaItem, Workshop
from workshop_app.export.session_choice import SessionChoice, resolve
from workshop_app.settings_registry import MIN_GROUP_SIZE, read_workshop
from workshop_app.store.ideas_repo import IdeasRepo
from workshop_app.store.minutes_queries import SessionRecord, session_records
from workshop_app.store.notes_repo import NotesRepo
from workshop_app.store.offline_repo import HeadcountsRepo, stored_channel_tally
from workshop_app.store.responses_repo import ResponsesRepo
from workshop_app.store.session_times_repo import SessionTimesRepo
from workshop_app.store.sessions_repo import SessionsRepo
from workshop_app.store.workshop_file import WorkshopFile

NOTE_ORDER = (NoteKind.DECISION, NoteKind.ACTION, NoteKind.NOTE, NoteKind.QUESTION, NoteKind.QUOTE)


@dataclass(frozen=True)
class GroupTally:
    """One column of a comparison: a session's (or a room's) tally of the poll."""

    tally: ShownTally
    session: SessionRecord | None = None  # a session of this file
    room: str = ""  # a room of a merged report


@dataclass(frozen=True)
class PollResult:
    poll: Poll
    # Visible responses only (moderated answers are left out), as the minimum group size
    # lets them be shown: exact counts never reach an export.
    tally: ShownTally
    hidden: int  # answers hidden by moderation (counted nowhere else)
    number: str  # "3.2": item 3, poll 2 — how notes and tables refer to it
    # Several sessions (or rooms) chosen: each one's tally, side by side; the tally
    # above is their total.
    groups: tuple[GroupTally, ...] = ()
    ideas: tuple[IdeaRow, ...] = ()  # an idea wall: every idea (hidden and merged too)
    voters: int = 0  # an idea wall: phones that upvoted
    # A merge of rooms' walls: for each of ``ideas``, how many phones upvoted in its own
    # room (empty: ``voters`` for every idea). See idea_votes.
    idea_voters: tuple[int, ...] = ()
    channels: ChannelTally | None = None  # the same total with its split by channel
    people_present: int | None = None  # the item's headcount, when the facilitator set one


@dataclass(frozen=True)
class ItemRun:
    """An item's actual times in one session (or, in a rooms report, in one room)."""

    session: SessionRecord | None
    start: datetime | None
    end: datetime | None
    room: str = ""

    @property
    def minutes(self) -> float | None:
        if self.start and self.end:
            return (self.end - self.start) / timedelta(minutes=1)
        return None


@dataclass(frozen=True)
class ItemMinutes:
    number: int
    item: AgendaItem
    planned_start: datetime
    planned_end: datetime
    notes: dict[NoteKind, list[Note]]
    polls: list[PollResult]
    runs: tuple[ItemRun, ...] = ()  # with several sessions chosen: each one's times
    people_present: int | None = None

    @property
    def shown_runs(self) -> tuple[ItemRun, ...]:
        """Each run the minutes give times for: one per session (or room) shown, or the
        one session's."""
        if self.runs:
            return self.runs
        return (ItemRun(None, self.item.actual_start, self.item.actual_end),)

    def over(self, minutes: float | None) -> float:
        """How far ``minutes`` ran over the plan (0 when not)."""
        return max(0.0, minutes - self.item.planned_minutes) if minutes is not None else 0.0

    @property
    def overrun_minutes(self) -> float:
        """The longest overrun of the runs shown."""
        return max(self.over(run.minutes) for run in self.shown_runs)


@dataclass(frozen=True)
class Letterhead:
    """Who writes the minutes (Settings › this computer): printed at the top of the cover."""

    organisation: str = ""
    logo: Path | None = None  # PNG or JPEG; left out when it cannot be read


@dataclass(frozen=True)
class RoomChecksum:
    """A room of a merged report: its file and the SHA-256 of its own results."""

    name: str
    file: str
    results_sha256: str
    participants: int


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
    # Actual times carry their date: the sessions shown ran on more than one day, or
    # on another day than the workshop's date.
    dated_times: bool = False
    rooms: tuple[RoomChecksum, ...] = ()  # a merged report of several rooms' files
    min_group: int = 5  # the workshop's minimum group size (polls may set their own)

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
    file: WorkshopFile,
    generated_at: datetime,
    letterhead: Letterhead | None = None,
    choice: SessionChoice | None = None,
    *,
    with_results: bool = True,
) -> MinutesData:
    """The minutes of the chosen sessions (the latest real one unless told otherwise).

    Raises BadSessionChoice when the choice names no session of the file.
    """
    workshop = file.load_workshop()
    chosen = resolve(choice or SessionChoice(), SessionsRepo(file).summaries(with_discarded=True))
    ids = [s.id for s in chosen] if chosen is not None else None
    records = _records(file, chosen)
    items = _with_session_times(file.items(), file, records) if chosen is not None else file.items()
    runs = _runs(file, records) if len(records) > 1 else {}
    notes = NotesRepo(file).all(sessions=ids)
    responses = ResponsesRepo(file)
    min_group = read_workshop(file, MIN_GROUP_SIZE)
    headcounts = HeadcountsRepo(file).latest(ids)
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
            k = min_group_of(poll, min_group)
            # Each session's column is held to the minimum group size as the total is;
            # phones and the room's counts (hands, paper, proxy) together.
            groups = tuple(
                GroupTally(
                    shown(stored_channel_tally(file, poll, workshop.language, [r.id]).total, k),
                    session=r,
                )
                for r in records
                if len(records) > 1 and with_results and poll.type != PollType.IDEA_WALL
            )
            combined = (
                held_to(stored_channel_tally(file, poll, workshop.language, ids), k)
                if with_results
                else None
            )
            result = PollResult(
                poll,
                # Without results (a room of a merge reads its answers itself).
                shown(combined.total, k) if combined is not None else shown(Tally(poll.type), k),
                responses.hidden_count(poll.id, ids),
                label,
                groups,
                channels=combined,
                people_present=headcounts.get(item.id),
            )
            if poll.type == PollType.IDEA_WALL:
                result = _with_ideas(result, IdeasRepo(file), ids, k)
            results.append(result)
        minutes_items.append(
            ItemMinutes(
                number=number,
                item=item,
                planned_start=scheduled.planned_start,
                planned_end=scheduled.planned_end,
                notes=_group(by_item.get(item.id, [])),
                polls=results,
                runs=tuple(runs.get(item.id, ())),
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
        sessions=records if chosen is not None else session_records(file),
        generated_at=generated_at,
        results_sha256="",
        poll_labels=poll_labels,
        letterhead=letterhead or Letterhead(),
        dated_times=_spans_days(records, workshop.date),
        min_group=min_group,
    )
    return _with_digest(data) if with_results else data


def _records(file: WorkshopFile, chosen: list[SessionSummary] | None) -> list[SessionRecord]:
    if not chosen:
        return []
    return [
        SessionRecord(
            number=s.number,
            started_at=s.started_at,
            ended_at=s.ended_at,
            state=s.state,
            participants=s.participants,
            id=s.id,
            responses=s.responses,
            rehearsal=s.rehearsal,
        )
        for s in chosen
    ]


def _with_session_times(
    items: list[AgendaItem], file: WorkshopFile, records: list[SessionRecord]
) -> list[AgendaItem]:
    """Items with the actual times of the latest chosen session (none: not run in it)."""
    times: dict[int, tuple[datetime | None, datetime | None]] = {}
    if records:
        for t in SessionTimesRepo(file).times([records[-1].id]):
            times[t.item_id] = (t.actual_start, t.actual_end)
    out = []
    for item in items:
        start, end = times.get(item.id or 0, (None, None))
        out.append(replace(item, actual_start=start, actual_end=end))
    return out


def _runs(file: WorkshopFile, records: list[SessionRecord]) -> dict[int, list[ItemRun]]:
    by_id = {r.id: r for r in records}
    runs: dict[int, list[ItemRun]] = {}
    for t in SessionTimesRepo(file).times(list(by_id)):
        runs.setdefault(t.item_id, []).append(
            ItemRun(by_id[t.session_id], t.actual_start, t.actual_end)
        )
    for item_runs in runs.values():
        item_runs.sort(key=lambda run: records.index(run.session) if run.session else 0)
    return runs


def _spans_days(records: list[SessionRecord], workshop_date: date | None) -> bool:
    days = {_local(r.started_at).date() for r in records if r.started_at is not None}
    if len(days) > 1:
        return True
    return bool(days) and workshop_date is not None and days != {workshop_date}


def _local(value: datetime) -> datetime:
    return value.astimezone() if value.tzinfo is not None else value


def _with_ideas(
    result: PollResult, repo: IdeasRepo, sessions: list[int] | None, min_group: int
) -> PollResult:
    """An idea wall's ideas; its "responses" are the ideas the room saw (not merged).
    The tally carries the wall's ``min_group``, which holds its ideas' upvotes
    (``idea_votes``); the number of ideas itself is never withheld."""
    assert result.poll.id is not None
    ideas = tuple(repo.rows(result.poll.id, sessions))
    visible = sum(1 for i in ideas if i.visible)
    hidden = sum(1 for i in ideas if i.state == IdeaState.HIDDEN and i.merged_into is None)
    return replace(
        result,
        hidden=hidden,  # ideas hidden by moderation, as answers are counted elsewhere
        # Ideas are texts the room saw on the wall: their number is never withheld.
        tally=replace(shown(Tally(result.poll.type, responses=visible), 1), min_group=min_group),
        ideas=ideas,
        voters=repo.voter_count(result.poll.id, sessions),
    )


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
    record: dict[str, Any] = {
        "number": result.number,
        "type": poll.type.value,
        "question": poll.question,
        "options": list(poll.options),
        "tally": result.tally.to_dict(),
    }
    if poll.type == PollType.IDEA_WALL:
        record["ideas"] = [idea_record(result, row) for row in listed_ideas(result)]
    return record


def listed_ideas(result: PollResult) -> list[IdeaRow]:
    """The ideas the minutes print: those the room saw (merged duplicates too, under the
    idea they went into), most votes first. Hidden ones and ones never approved are
    counted, not printed: moderation kept them from the room.

    Ideas whose upvotes the minimum group size holds ("fewer than k") stand where such
    a count belongs, below k and above 0, in the order they were posted: ranked by
    votes among themselves, their order would give away what the words hide."""
    below_k = result.tally.min_group - 0.5

    def place(idea: IdeaRow) -> tuple[bool, float, int]:
        shown = idea.votes if idea_votes(result, idea) is Cell.EXACT else below_k
        return (idea.merged_into is not None, -shown, idea.id)

    return sorted((i for i in result.ideas if i.state == IdeaState.SHOWN), key=place)


def idea_votes(result: PollResult, row: IdeaRow) -> Cell:
    """How ``row``'s upvotes may be shown: every export asks here (the rule itself is
    small_groups.idea_vote_cell), with the wall's k."""
    # A merged report lists every room's ideas together: each is held as in its own
    # room's minutes (a room with fewer than k upvoters shows no count).
    voters = result.voters
    if result.idea_voters:
        pairs = zip(result.ideas, result.idea_voters, strict=True)
        voters = next((n for idea, n in pairs if idea is row), voters)
    return idea_vote_cell(row.votes, result.tally.min_group, voters)


def idea_record(result: PollResult, row: IdeaRow) -> dict[str, Any]:
    cell = idea_votes(result, row)
    return {
        "id": row.id,
        "text": row.text,
        "votes": row.votes if cell is Cell.EXACT else None,  # held: null, as a count
        "shown_as": cell.value,
        "answered": row.answered,
        "pinned": row.pinned,
        "merged_into": row.merged_into,
        "merged_count": row.merged_count,
        "edited": row.edited,
    }


def _with_digest(data: MinutesData) -> MinutesData:
    digest = hashlib.sha256(canonical_results(data)).hexdigest()
    return replace(data, results_sha256=digest)


# --- one poll's results as rows, for every export that prints them ------------------------


@dataclass(frozen=True)
class ChoiceRow:
    number: int  # the option's place in the list participants saw, from 1
    option: str
    count: int  # 0 unless ``cell`` is EXACT
    cell: Cell = Cell.EXACT


@dataclass(frozen=True)
class ScaleRow:
    value: int
    label: str  # the end label on the scale's ends, "" elsewhere
    count: int  # 0 unless ``cell`` is EXACT
    cell: Cell = Cell.EXACT


@dataclass(frozen=True)
class RankRow:
    rank: int
    number: int  # the option's place in the list participants saw, from 1
    option: str
    mean_position: float


def choice_rows(result: PollResult) -> list[ChoiceRow]:
    t = result.tally
    counts = t.counts
    if t.withheld:
        return []  # fewer answers than the minimum group size: no rows at all
    return [
        ChoiceRow(
            number, option, counts[number - 1] if number <= len(counts) else 0, t.cell(number - 1)
        )
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
    if t.withheld:
        return []
    return [
        ScaleRow(value, ends.get(value, ""), count, t.cell(index))
        for index, (value, count) in enumerate(zip(values, counts, strict=False))
    ]


def rank_rows(result: PollResult) -> list[RankRow]:
    options = result.poll.options
    if result.tally.withheld:
        return []
    return [
        RankRow(rank, index + 1, options[index], score)
        for rank, (index, score) in enumerate(result.tally.ranking, start=1)
        if 0 <= index < len(options)
    ]


def percent_of(count: int, total: int) -> float | None:
    """A share of the poll's respondents, one decimal; None when nobody answered."""
    return round(100 * count / total, 1) if total else None
