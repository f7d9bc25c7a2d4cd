"""Retention: written answers and private notes deleted a chosen number of days after
the minutes were exported. Applied when the file is next opened, after a notice (the
GUI asks; see ui/retention_notice.py). Only the count of what goes is read here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from workshop_app.store.codec import dt_to_text, text_to_dt
from workshop_app.store.workshop_file import WorkshopFile

EXPORTED_KEY = "retention.minutes_exported_at"
APPLIED_KEY = "retention.applied_at"


@dataclass(frozen=True)
class RetentionDue:
    exported_at: datetime
    days: int
    answers: int  # open-text answers and idea-wall ideas to delete
    private_notes: int  # agenda items whose private facilitator notes are deleted


def record_export(file: WorkshopFile, at: datetime) -> None:
    """The minutes were exported now: the retention period starts (again) here."""
    file.set_value(EXPORTED_KEY, dt_to_text(at))


def due(file: WorkshopFile, now: datetime, days: int) -> RetentionDue | None:
    """What the retention setting says must go now; None when nothing is due."""
    if days <= 0:
        return None
    exported = text_to_dt(file.get_value(EXPORTED_KEY) or None)
    if exported is None or now < exported + timedelta(days=days):
        return None
    conn = file.conn
    answers = conn.execute(
        "SELECT COUNT(*) FROM responses WHERE poll_id IN "
        "(SELECT id FROM polls WHERE type = 'open_text')"
    ).fetchone()[0]
    # Ideas are what participants wrote too.
    answers += conn.execute("SELECT COUNT(*) FROM ideas").fetchone()[0]
    private = conn.execute(
        "SELECT COUNT(*) FROM agenda_items WHERE facilitator_notes != ''"
    ).fetchone()[0]
    if not answers and not private:
        return None
    return RetentionDue(exported, days, int(answers), int(private))


def apply(file: WorkshopFile, now: datetime) -> None:
    """Delete open-text answers, idea-wall ideas (with their votes) and private
    facilitator notes (secure_delete overwrites)."""
    with file.transaction() as conn:
        conn.execute(
            "DELETE FROM responses WHERE poll_id IN (SELECT id FROM polls WHERE type = 'open_text')"
        )
        conn.execute("DELETE FROM idea_votes")
        conn.execute("DELETE FROM ideas")
        conn.execute("UPDATE agenda_items SET facilitator_notes = ''")
    file.set_value(APPLIED_KEY, dt_to_text(now))
