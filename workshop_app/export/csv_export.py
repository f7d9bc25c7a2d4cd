"""CSV: one file per poll with aggregated results, plus notes.csv and actions.csv.

UTF-8 with a byte-order mark, so spreadsheet programs read accents and other scripts
right; every cell that could start a formula is neutralised.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from workshop_app.domain.channels import CHANNEL_ORDER, Channel
from workshop_app.domain.polls import PollType, Tally
from workshop_app.domain.small_groups import Cell, ShownTally, shown_as
from workshop_app.export.idea_minutes import idea_csv_rows
from workshop_app.export.minutes_data import (
    GroupTally,
    MinutesData,
    PollResult,
    choice_rows,
    percent_of,
    rank_rows,
    scale_rows,
)
from workshop_app.export.text_safety import for_csv


def _write(path: Path, header: list[str], rows: list[list[object]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for row in rows:
            writer.writerow([for_csv(cell) for cell in row])


def poll_file_name(result: PollResult) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", result.poll.question.lower()).strip("-")[:40] or "poll"
    return f"poll-{result.number.replace('.', '-')}-{slug}.csv"


def poll_rows(result: PollResult) -> tuple[list[str], list[list[object]]]:
    """One poll's results; options carry their number in the list participants saw.

    Below the minimum group size a poll gets one row saying so; a count that would
    reveal a small group is left empty, ``shown_as`` saying why ("fewer than 5").
    Choices and scales add each counted channel's share of a row's count (proxy answers
    stay inside the total only; a channel's count below k is left empty too)."""
    poll, t = result.poll, result.tally
    split = _counted_channels(result)
    split_header = [f"count_{c.value}" for c, _ in split]
    if t.withheld:
        return ["withheld", "responses", "min_group"], [
            [f"results are shown only from {t.min_group} answers", t.responses, t.min_group]
        ]
    if poll.type in (PollType.IDEA_WALL, PollType.DOT_VOTE):
        return idea_csv_rows(result)
    if poll.type in (PollType.SINGLE_CHOICE, PollType.MULTIPLE_CHOICE):
        header = ["option_number", "option", "count", "percent_of_respondents", "shown_as"]
        return [*header, *split_header], [
            [
                row.number,
                row.option,
                *_count_cells(row.count, row.cell, t),
                *_nth(split, row.number - 1),
            ]
            for row in choice_rows(result)
        ]
    if poll.type == PollType.SCALE:
        header = ["value", "label", "count", "percent_of_respondents", "shown_as"]
        return [*header, *split_header], [
            [row.value, row.label, *_count_cells(row.count, row.cell, t), *_nth(split, index)]
            for index, row in enumerate(scale_rows(result))
        ]
    if poll.type == PollType.RANKING:
        return ["rank", "option_number", "option", "mean_position"], [
            [row.rank, row.number, row.option, row.mean_position] for row in rank_rows(result)
        ]
    return ["answer"], [[text] for text in t.texts]


def comparison_rows(result: PollResult) -> tuple[list[str], list[list[object]]]:
    """A poll across sessions (or rooms), long format: one row per group and option
    (or scale value), then the total; a row per group with its responses for the rest.
    A count the minimum group size holds back is empty, ``shown_as`` saying why."""
    header = [
        "group",
        "session",
        "room",
        "row",
        "label",
        "count",
        "responses",
        "percent",
        "shown_as",
    ]
    rows: list[list[object]] = []
    groups = [*result.groups, GroupTally(result.tally, room="total")]
    labels = _row_labels(result)
    for group in groups:
        session = group.session.number if group.session is not None else ""
        name = f"session {session}" if group.session is not None else group.room
        total = group.tally.responses
        if not labels:
            rows.append([name, session, group.room, "", "", total, total, "", "exact"])
        for index, (number, label) in enumerate(labels):
            counts = group.tally.counts
            count = counts[index] if index < len(counts) else 0
            percent = percent_of(count, total)
            shown_as = _held_as(group.tally, index)
            rows.append(
                [
                    name,
                    session,
                    group.room,
                    number,
                    label,
                    count if shown_as == "exact" else "",
                    total,
                    "" if percent is None or shown_as != "exact" else percent,
                    shown_as,
                ]
            )
    return header, rows


def _held_as(tally: Tally, index: int) -> str:
    if not isinstance(tally, ShownTally):
        return "exact"
    if tally.withheld:
        return f"results are shown only from {tally.min_group} answers"
    return shown_as(tally.cell(index), tally.min_group)


def _row_labels(result: PollResult) -> list[tuple[int, str]]:
    poll = result.poll
    if poll.type in (PollType.SINGLE_CHOICE, PollType.MULTIPLE_CHOICE):
        return list(enumerate(poll.options, start=1))
    if poll.type == PollType.SCALE:
        values = range(poll.settings.scale_min, poll.settings.scale_max + 1)
        return [(v, str(v)) for v in values]
    return []


def _count_cells(count: int, cell: Cell, t: ShownTally) -> list[object]:
    if cell is not Cell.EXACT:
        return ["", "", shown_as(cell, t.min_group)]
    return [count, percent_of(count, t.responses) or 0, "exact"]


def _counted_channels(result: PollResult) -> list[tuple[Channel, Tally]]:
    combined = result.channels
    if combined is None or not combined.mixed:
        return []
    return [(c, t) for c, t in combined.channels.items() if c != Channel.PROXY]


def _nth(split: list[tuple[Channel, Tally]], index: int) -> list[object]:
    """Each channel's count of one row; empty where the minimum group size holds it."""
    cells: list[object] = []
    for _, tally in split:
        if isinstance(tally, ShownTally) and (tally.withheld or not tally.shows(index)):
            cells.append("")
        else:
            cells.append(tally.counts[index] if index < len(tally.counts) else 0)
    return cells


# polls.csv: answers per channel and the item's headcount, after the older columns.
CHANNEL_COLUMNS = [f"responses_{c.value}" for c in CHANNEL_ORDER] + ["people_present"]


def channel_cells(result: PollResult) -> list[object]:
    combined = result.channels
    split = [
        combined.answers(c) if combined else (result.tally.responses if c == Channel.PHONE else 0)
        for c in CHANNEL_ORDER
    ]
    present = result.people_present
    return [*split, present if present is not None else ""]


def write_csv(data: MinutesData, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    summary: list[list[object]] = []
    for result in data.polls:
        header, rows = poll_rows(result)
        path = folder / poll_file_name(result)
        _write(path, header, rows)
        written.append(path)
        if result.groups:
            compared = folder / path.name.replace(".csv", "-compared.csv")
            _write(compared, *comparison_rows(result))
            written.append(compared)
        t, settings = result.tally, result.poll.settings
        is_scale = result.poll.type == PollType.SCALE
        is_multiple = result.poll.type == PollType.MULTIPLE_CHOICE
        summary.append(
            [
                result.number,
                result.poll.type.value,
                result.poll.question,
                t.responses,
                result.hidden,
                t.mean if t.mean is not None else "",
                t.median if t.median is not None else "",
                settings.scale_min if is_scale else "",
                settings.scale_max if is_scale else "",
                settings.scale_min_label if is_scale else "",
                settings.scale_max_label if is_scale else "",
                (settings.max_choices or "") if is_multiple else "",
                path.name,
                t.min_group,
                "yes" if t.withheld else "no",
                *channel_cells(result),
            ]
        )
    if data.rooms:
        rooms_path = folder / "rooms.csv"
        _write(
            rooms_path,
            ["room", "file", "participants", "results_sha256"],
            [[r.name, r.file, r.participants, r.results_sha256] for r in data.rooms],
        )
        written.append(rooms_path)
    if data.sessions and not data.rooms:
        sessions_path = folder / "sessions.csv"
        _write(
            sessions_path,
            ["number", "id", "started_at", "ended_at", "rehearsal", "responses", "participants"],
            [
                [
                    r.number,
                    r.id or "",
                    r.started_at.isoformat(timespec="seconds") if r.started_at else "",
                    r.ended_at.isoformat(timespec="seconds") if r.ended_at else "",
                    "yes" if r.rehearsal else "no",
                    r.responses,
                    r.participants,
                ]
                for r in data.sessions
            ],
        )
        written.append(sessions_path)
    polls_path = folder / "polls.csv"
    _write(
        polls_path,
        [
            "number",
            "type",
            "question",
            "responses",
            "hidden_by_moderation",
            "mean",
            "median",
            "scale_min",
            "scale_max",
            "scale_min_label",
            "scale_max_label",
            "max_choices",
            "file",
            "min_group",
            "withheld",
            *CHANNEL_COLUMNS,
        ],
        summary,
    )
    titles = {it.item.id: (it.number, it.item.title) for it in data.items}
    notes_rows: list[list[object]] = []
    for it in data.items:
        for notes in it.notes.values():
            for note in notes:
                notes_rows.append(_note_row(note, titles, data))
    for notes in data.unassigned_notes.values():
        for note in notes:
            notes_rows.append(_note_row(note, titles, data))
    notes_rows.sort(key=lambda row: str(row[5]))
    notes_path = folder / "notes.csv"
    _write(
        notes_path,
        ["item_number", "item", "kind", "text", "poll", "time", "session_minute"],
        [r[:7] for r in notes_rows],
    )
    actions_path = folder / "actions.csv"
    _write(
        actions_path,
        ["action", "owner", "due", "status", "item"],
        [
            [
                n.text,
                n.action_owner,
                n.action_due.isoformat() if n.action_due else "",
                n.action_status.value,
                title,
            ]
            for n, title in data.actions
        ],
    )
    return [polls_path, *written, notes_path, actions_path]


def _note_row(note, titles, data):  # type: ignore[no-untyped-def]
    number, title = titles.get(note.item_id, ("", ""))
    return [
        number,
        title,
        note.kind.value,
        note.text,
        data.poll_labels.get(note.poll_id, "") if note.poll_id else "",
        note.created_at.isoformat(timespec="seconds") if note.created_at else "",
        round(note.session_minutes, 1) if note.session_minutes is not None else "",
    ]
