"""JSON: the whole workshop with aggregated results — no device token, no per-device data."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from workshop_app.domain.channels import Channel
from workshop_app.domain.ideas import wall_counts
from workshop_app.domain.notes import Note
from workshop_app.domain.polls import PollType, dot_budget
from workshop_app.domain.small_groups import Cell
from workshop_app.export.idea_minutes import dots_placed
from workshop_app.export.minutes_data import (
    ItemRun,
    MinutesData,
    PollResult,
    choice_rows,
    percent_of,
    rank_rows,
    results_record,
    scale_rows,
)

JSON_FORMAT = "workshop-app-minutes"
JSON_VERSION = 1


def _run(run: ItemRun) -> dict[str, Any]:
    """An item's times in one of several sessions (or rooms) shown."""
    minutes = run.minutes
    return {
        **({"session": run.session.number} if run.session is not None else {}),
        **({"room": run.room} if run.room else {}),
        "actual_start": run.start.isoformat(timespec="seconds") if run.start else None,
        "actual_end": run.end.isoformat(timespec="seconds") if run.end else None,
        "actual_minutes": round(minutes, 1) if minutes is not None else None,
    }


def _note(note: Note, data: MinutesData) -> dict[str, Any]:
    return {
        "kind": note.kind.value,
        "text": note.text,
        "time": note.created_at.isoformat(timespec="seconds") if note.created_at else None,
        "session_minute": note.session_minutes,
        "poll": data.poll_labels.get(note.poll_id) if note.poll_id else None,
        **(
            {
                "owner": note.action_owner,
                "due": note.action_due.isoformat() if note.action_due else None,
                "status": note.action_status.value,
            }
            if note.kind.value == "action"
            else {}
        ),
    }


def _count(count: int, cell: Cell, total: int) -> dict[str, Any]:
    """A count, or null where it would reveal a group below the minimum size."""
    exact = cell is Cell.EXACT
    return {
        "count": count if exact else None,
        "percent_of_respondents": percent_of(count, total) if exact else None,
        "shown_as": cell.value,
    }


def _poll(result: PollResult) -> dict[str, Any]:
    """The canonical record (what the SHA-256 covers) plus what a reader needs beside it:
    the scale's ends and labels, the choice limit, and the results as named rows."""
    poll, total = result.poll, result.tally.responses
    settings = poll.settings
    record: dict[str, Any] = {
        **results_record(result),
        "hidden_by_moderation": result.hidden,
        "people_present": result.people_present,
        "channels": channels_record(result),
    }
    if poll.type in (PollType.SINGLE_CHOICE, PollType.MULTIPLE_CHOICE):
        record["max_choices"] = settings.max_choices if poll.type == PollType.MULTIPLE_CHOICE else 1
        record["results"] = [
            {
                "option_number": row.number,
                "option": row.option,
                **_count(row.count, row.cell, total),
            }
            for row in choice_rows(result)
        ]
    elif poll.type == PollType.SCALE:
        record["scale"] = {
            "min": settings.scale_min,
            "max": settings.scale_max,
            "min_label": settings.scale_min_label,
            "max_label": settings.scale_max_label,
        }
        record["results"] = [
            {
                "value": row.value,
                "label": row.label,
                **_count(row.count, row.cell, total),
            }
            for row in scale_rows(result)
        ]
    elif poll.type == PollType.DOT_VOTE:
        dots = dots_placed(result)
        record["dots"] = {
            "points": settings.points,
            "per_participant": dot_budget(settings)[0],
            "per_option": dot_budget(settings)[1],
            "total_placed": dots,
            "voters": total,
        }
        record["results"] = [
            {
                "option_number": row.number,
                "option": row.option,
                "dots": row.count if row.cell is Cell.EXACT else None,
                "percent_of_dots": percent_of(row.count, dots) if row.cell is Cell.EXACT else None,
                "shown_as": row.cell.value,
            }
            for row in choice_rows(result)
        ]
    elif poll.type == PollType.IDEA_WALL:
        counts = wall_counts(list(result.ideas))
        record["moderation"] = {
            "posted": counts.ideas,
            "shown": counts.shown,
            "hidden": counts.hidden,
            "merged": counts.merged,
            "never_approved": counts.pending,
            "answered": counts.answered,
            "pinned": sum(1 for i in result.ideas if i.pinned),
            "edited": counts.edited,
            "upvoters": result.voters,  # no sum of votes: see idea_minutes.wall_summary
        }
    elif poll.type == PollType.RANKING:
        record["results"] = [
            {
                "rank": row.rank,
                "option_number": row.number,
                "option": row.option,
                "mean_position": row.mean_position,
            }
            for row in rank_rows(result)
        ]
    rooms = [g for g in result.groups if g.session is None]
    if rooms:
        record["by_room"] = [{"room": g.room, "tally": g.tally.to_dict()} for g in rooms]
    sessions = [g for g in result.groups if g.session is not None]
    if sessions:
        record["by_session"] = [
            {"session": g.session.number, "tally": g.tally.to_dict()}
            for g in sessions
            if g.session is not None
        ]
    return record


def channels_record(result: PollResult) -> dict[str, Any]:
    """Answers per channel (phones always), and for choices and scales each counted
    channel's own counts. Proxy answers are a number only: what the facilitator entered
    for someone is never shown apart."""
    combined = result.channels
    if combined is None:
        return {Channel.PHONE.value: {"responses": result.tally.responses}}
    record: dict[str, Any] = {}
    for channel, part in combined.channels.items():
        entry: dict[str, Any] = {"responses": part.responses}
        if channel != Channel.PROXY and part.counts:
            entry["counts"] = part.counts
        record[channel.value] = entry
    return record


def minutes_json(data: MinutesData) -> dict[str, Any]:
    w = data.workshop
    return {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "generated_at": data.generated_at.isoformat(timespec="seconds"),
        "workshop": {
            "title": w.title,
            "date": w.date.isoformat() if w.date else None,
            "start_time": w.start_time.strftime("%H:%M"),
            "venue": w.venue,
            "organisation": w.organisation,
            "facilitators": w.facilitators,
            "description": w.description,
            "language": w.language,
        },
        "participants": data.participants,
        "sessions": [
            {
                "number": s.number,
                **({"id": s.id} if s.id else {}),
                "started_at": s.started_at.isoformat(timespec="seconds") if s.started_at else None,
                "ended_at": s.ended_at.isoformat(timespec="seconds") if s.ended_at else None,
                "participants": s.participants,
                "responses": s.responses,
                "rehearsal": s.rehearsal,
            }
            for s in data.sessions
        ],
        "agenda": [
            {
                "number": it.number,
                "title": it.item.title,
                "goal": it.item.goal,
                "method": it.item.method.value,
                "planned_minutes": it.item.planned_minutes,
                "planned_start": it.planned_start.strftime("%H:%M"),
                "actual_start": it.item.actual_start.isoformat(timespec="seconds")
                if it.item.actual_start
                else None,
                "actual_end": it.item.actual_end.isoformat(timespec="seconds")
                if it.item.actual_end
                else None,
                "overrun_minutes": round(it.overrun_minutes, 1),
                **({"runs": [_run(run) for run in it.runs]} if it.runs else {}),
                "people_present": it.people_present,
                "notes": [_note(n, data) for notes in it.notes.values() for n in notes],
                "polls": [_poll(p) for p in it.polls],
            }
            for it in data.items
        ],
        "other_notes": [_note(n, data) for ns in data.unassigned_notes.values() for n in ns],
        "actions": [{**_note(n, data), "item": title} for n, title in data.actions],
        "results_sha256": data.results_sha256,
        **(
            {
                "rooms": [
                    {
                        "name": room.name,
                        "file": room.file,
                        "participants": room.participants,
                        "results_sha256": room.results_sha256,
                    }
                    for room in data.rooms
                ]
            }
            if data.rooms
            else {}
        ),
    }


def write_json(data: MinutesData, path: Path) -> None:
    path.write_text(
        json.dumps(minutes_json(data), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
