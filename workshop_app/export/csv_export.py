"""CSV: one file per poll with aggregated results, plus notes.csv and actions.csv.

UTF-8 with a byte-order mark, so spreadsheet programs read accents and other scripts
right; every cell that could start a formula is neutralised.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from workshop_app.domain.polls import PollType
from workshop_app.export.minutes_data import MinutesData, PollResult
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
    poll, t = result.poll, result.tally
    if poll.type in (PollType.SINGLE_CHOICE, PollType.MULTIPLE_CHOICE):
        return ["option", "count", "percent_of_respondents"], [
            [option, count, round(100 * count / t.responses, 1) if t.responses else 0]
            for option, count in zip(poll.options, t.counts, strict=False)
        ]
    if poll.type == PollType.SCALE:
        rows: list[list[object]] = [
            [value, count] for value, count in zip(t.scale_values, t.counts, strict=False)
        ]
        return ["value", "count"], rows
    if poll.type == PollType.RANKING:
        return ["rank", "option", "mean_position"], [
            [rank, poll.options[option], score]
            for rank, (option, score) in enumerate(t.ranking, start=1)
        ]
    return ["answer"], [[text] for text in t.texts]


def write_csv(data: MinutesData, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    summary: list[list[object]] = []
    for result in data.polls:
        header, rows = poll_rows(result)
        path = folder / poll_file_name(result)
        _write(path, header, rows)
        written.append(path)
        t = result.tally
        summary.append(
            [
                result.number,
                result.poll.type.value,
                result.poll.question,
                t.responses,
                result.hidden,
                t.mean if t.mean is not None else "",
                t.median if t.median is not None else "",
                path.name,
            ]
        )
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
            "file",
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
