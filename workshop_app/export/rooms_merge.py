"""Rooms of one conference, one laptop each: several files of the same plan merged into
one report — each room's results side by side with the combined ones, every room's
decisions and action items marked with their room, a checksum per room and one overall.

The files are only read (opened read-only). They must share the plan's outline
(domain/plan_fingerprint.py); otherwise the merge is refused, naming what differs.
In the merged report an open-text poll shows its frequent words and each room's number
of answers; the answers themselves, and the notes other than decisions and action items,
are in each room's own minutes.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from workshop_app.domain.channels import (
    OfflineAnswer,
    channel_tally,
    held_to,
    present_together,
)
from workshop_app.domain.ideas import IdeaRow
from workshop_app.domain.notes import Note, NoteKind
from workshop_app.domain.plan_fingerprint import ItemOutline, differences, fingerprint
from workshop_app.domain.polls import Poll, PollType, Tally, tally
from workshop_app.domain.small_groups import shown
from workshop_app.export.minutes_data import (
    GroupTally,
    ItemMinutes,
    ItemRun,
    MinutesData,
    PollResult,
    RoomChecksum,
    canonical_results,
    gather,
    results_record,
)
from workshop_app.export.session_choice import SessionChoice, resolve
from workshop_app.store.errors import WorkshopFileError
from workshop_app.store.offline_repo import OfflineAnswersRepo
from workshop_app.store.plan_outline import read_outline
from workshop_app.store.responses_repo import ResponsesRepo
from workshop_app.store.sessions_repo import SessionsRepo
from workshop_app.store.workshop_file import WorkshopFile


class MergeRefused(Exception):
    """The files cannot be merged; the message says why, in one paragraph."""


@dataclass
class _Room:
    name: str
    path: Path
    data: MinutesData  # its own minutes (decisions, actions, sessions), results not used
    phones: list[list[list[object]]]  # per item, per poll: the phones' visible answers
    counted: list[list[list[OfflineAnswer]]]  # per item, per poll: counted in the room

    def values(self, item: int, poll: int) -> list[object]:
        """Every answer of one poll in this room: a count of n is n answers."""
        offline = [a.value for a in self.counted[item][poll] for _ in range(a.count)]
        return self.phones[item][poll] + offline


def room_name(path: Path) -> str:
    return path.name.removesuffix(".workshop")


def check_same_plan(paths: list[Path], outlines: list[list[ItemOutline]]) -> None:
    """Refuse files whose plans differ from the first one's, naming the differences."""
    first = outlines[0]
    refusals = []
    for path, outline in zip(paths[1:], outlines[1:], strict=True):
        if fingerprint(outline) != fingerprint(first):
            found = differences(first, outline)
            shown = "; ".join(found[:5]) + (
                f"; and {len(found) - 5} more" if len(found) > 5 else ""
            )
            refusals.append(f"{path.name} is not the plan of {paths[0].name}: {shown}")
    if refusals:
        raise MergeRefused(" — ".join(refusals))


def merge_rooms(
    paths: list[Path], generated_at: datetime, choice: SessionChoice | None = None
) -> MinutesData:
    """One report of several rooms' files (each: all its sessions but rehearsals)."""
    if len(paths) < 2:
        raise MergeRefused("give at least two workshop files to merge")
    names = [room_name(p) for p in paths]
    if len(set(names)) != len(names):
        raise MergeRefused("two files have the same name; each room's file needs its own")
    files: list[WorkshopFile] = []
    try:
        for path in paths:  # each opened once (read-only) for its plan and its results
            files.append(_open(path))
        check_same_plan(paths, [read_outline(file.conn) for file in files])
        rooms = [
            _read_room(file, generated_at, choice or SessionChoice(mode="all")) for file in files
        ]
    finally:
        for file in files:
            file.close()
    return _combine(rooms)


def _open(path: Path) -> WorkshopFile:
    try:
        return WorkshopFile.open(path, read_only=True)
    except WorkshopFileError as err:
        raise MergeRefused(str(err)) from None


def _read_room(file: WorkshopFile, generated_at: datetime, choice: SessionChoice) -> _Room:
    data = gather(file, generated_at, choice=choice, with_results=False)
    chosen = resolve(choice, SessionsRepo(file).summaries(with_discarded=True))
    ids = [s.id for s in chosen] if chosen is not None else None
    # Every answer of the room: the phones' and those counted in the room (a count of
    # n is n answers), so a room's column is what its own minutes show. One query
    # each for the whole file, not two per poll.
    phones = ResponsesRepo(file).visible_values_by_poll(ids)
    counted: dict[int, list[OfflineAnswer]] = {}
    for answer in OfflineAnswersRepo(file).all(None, ids):
        counted.setdefault(answer.poll_id, []).append(answer)
    return _Room(
        room_name(file.path),
        file.path,
        data,
        [[phones.get(r.poll.id or 0, []) for r in it.polls] for it in data.items],
        [[counted.get(r.poll.id or 0, []) for r in it.polls] for it in data.items],
    )


def _room_tally(poll: Poll, values: list[object]) -> Tally:
    # Each room's column: counts without the frequent words (computed once, combined).
    if poll.type == PollType.OPEN_TEXT:
        return Tally(poll.type, responses=len(values), texts=[str(v) for v in values])
    return tally(poll, values)


def _merged_wall(
    rooms: list[_Room], item: int, poll: int, per_room: list[list[PollResult]]
) -> PollResult:
    """An idea wall across rooms: each room's own ideas (its minutes' record), and every
    room's ideas together with their counts added up."""
    walls = [room.data.items[item].polls[poll] for room in rooms]
    for r, wall in enumerate(walls):
        per_room[r].append(wall)
    first = walls[0]
    return replace(
        first,
        # The first room's k holds the upvotes, as for the other polls of the merge.
        tally=replace(
            shown(Tally(first.poll.type, responses=sum(w.tally.responses for w in walls)), 1),
            min_group=first.tally.min_group,
        ),
        hidden=sum(w.hidden for w in walls),
        people_present=_present(rooms, item, poll),
        ideas=_ideas_of_every_room(walls),
        voters=sum(w.voters for w in walls),
        idea_voters=tuple(w.voters for w in walls for _ in w.ideas),
        groups=(),
    )


def _ideas_of_every_room(walls: list[PollResult]) -> tuple[IdeaRow, ...]:
    """Every room's ideas in one list, numbered anew: each room's file numbers its own
    from 1, so a "merged into" would otherwise name another room's idea."""
    ideas: list[IdeaRow] = []
    offset = 0
    for wall in walls:
        for idea in wall.ideas:
            merged_into = idea.merged_into + offset if idea.merged_into is not None else None
            ideas.append(replace(idea, id=idea.id + offset, merged_into=merged_into))
        offset += max((i.id for i in wall.ideas), default=0)
    return tuple(ideas)


def _digest(results: list[PollResult]) -> str:
    records = [results_record(r) for r in results]
    for record in records:
        del record["tally"]["words"]
    text = json.dumps(records, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def _combine(rooms: list[_Room]) -> MinutesData:
    base = rooms[0].data
    language = base.workshop.language
    items: list[ItemMinutes] = []
    per_room: list[list[PollResult]] = [[] for _ in rooms]
    for index, it in enumerate(base.items):
        results = []
        for p, result in enumerate(it.polls):
            poll = result.poll
            if poll.type == PollType.IDEA_WALL:
                results.append(_merged_wall(rooms, index, p, per_room))
                continue
            k = result.tally.min_group  # each room's column is held to k as the total is
            groups = []
            for r, room in enumerate(rooms):
                room_tally = shown(_room_tally(poll, room.values(index, p)), k)
                groups.append(GroupTally(room_tally, room=room.name))
                per_room[r].append(replace(result, tally=room_tally, groups=()))
            hidden = sum(room.data.items[index].polls[p].hidden for room in rooms)
            # The split by channel of every room together (each room's counts carry its
            # own file's poll id: this poll's here).
            channels = held_to(
                channel_tally(
                    poll,
                    [v for room in rooms for v in room.phones[index][p]],
                    [
                        replace(a, poll_id=poll.id or 0)
                        for room in rooms
                        for a in room.counted[index][p]
                    ],
                    language,
                ),
                k,
            )
            results.append(
                replace(
                    result,
                    tally=shown(channels.total, k),
                    hidden=hidden,
                    groups=tuple(groups),
                    channels=channels,
                    people_present=_present(rooms, index, p),
                )
            )
        notes = _marked(rooms, lambda data, i=index: data.items[i].notes)
        # Each room's times (of its latest session counted); no single "actual" time.
        runs = tuple(
            ItemRun(
                None,
                room.data.items[index].item.actual_start,
                room.data.items[index].item.actual_end,
                room.name,
            )
            for room in rooms
        )
        item = replace(it.item, actual_start=None, actual_end=None)
        items.append(replace(it, item=item, notes=notes, polls=results, runs=runs))
    actions = [
        (_mark(note, room.name), title) for room in rooms for note, title in room.data.actions
    ]
    actions.sort(
        key=lambda pair: (pair[0].action_due is None, pair[0].action_due or 0, pair[0].text)
    )
    sessions = [replace(s, number=s.number) for room in rooms for s in room.data.sessions]
    merged = replace(
        base,
        items=items,
        unassigned_notes=_marked(rooms, lambda data: data.unassigned_notes),
        actions=actions,
        sessions=sessions,
        dated_times=False,
        rooms=tuple(
            RoomChecksum(room.name, room.path.name, _digest(results), _participants(room))
            for room, results in zip(rooms, per_room, strict=True)
        ),
    )
    return replace(merged, results_sha256=hashlib.sha256(canonical_results(merged)).hexdigest())


def _present(rooms: list[_Room], item: int, poll: int) -> int | None:
    """The people present in every room together (``present_together``)."""
    return present_together([room.data.items[item].polls[poll].people_present for room in rooms])


def _participants(room: _Room) -> int:
    return sum(s.participants for s in room.data.sessions)


def _mark(note: Note, room: str) -> Note:
    return replace(note, text=f"[{room}] {note.text}")


def _marked(rooms: list[_Room], notes_of) -> dict[NoteKind, list[Note]]:  # type: ignore[no-untyped-def]
    """Every room's decisions under their item, each marked with its room (the action
    items, marked too, are in the report's action-item table, not repeated here)."""
    merged: dict[NoteKind, list[Note]] = {}
    for kind in (NoteKind.DECISION,):
        for room in rooms:
            for note in notes_of(room.data).get(kind, []):
                merged.setdefault(kind, []).append(_mark(note, room.name))
    return merged
