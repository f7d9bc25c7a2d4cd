"""JSON: the whole workshop with aggregated results — no device token, no per-device data."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from workshop_app.domain.notes import Note
from workshop_app.export.minutes_data import MinutesData, results_record

JSON_FORMAT = "workshop-app-minutes"
JSON_VERSION = 1


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
                "started_at": s.started_at.isoformat(timespec="seconds") if s.started_at else None,
                "ended_at": s.ended_at.isoformat(timespec="seconds") if s.ended_at else None,
                "participants": s.participants,
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
                "notes": [_note(n, data) for notes in it.notes.values() for n in notes],
                "polls": [
                    {**results_record(p), "hidden_by_moderation": p.hidden} for p in it.polls
                ],
            }
            for it in data.items
        ],
        "other_notes": [_note(n, data) for ns in data.unassigned_notes.values() for n in ns],
        "actions": [{**_note(n, data), "item": title} for n, title in data.actions],
        "results_sha256": data.results_sha256,
    }


def write_json(data: MinutesData, path: Path) -> None:
    path.write_text(
        json.dumps(minutes_json(data), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
