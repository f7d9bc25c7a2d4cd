"""The plan's outline (items and polls) read straight from a file, and its fingerprint."""

from __future__ import annotations

import json
import sqlite3

from workshop_app.domain.plan_fingerprint import ItemOutline, PollOutline, fingerprint

FINGERPRINT_KEY = "plan_fingerprint"


def read_outline(conn: sqlite3.Connection) -> list[ItemOutline]:
    items = conn.execute("SELECT id, title FROM agenda_items ORDER BY position, id").fetchall()
    outline = []
    for item_id, title in items:
        polls = conn.execute(
            "SELECT type, question, options FROM polls WHERE item_id = ? ORDER BY position, id",
            (item_id,),
        ).fetchall()
        outline.append(
            ItemOutline(
                title=str(title),
                polls=tuple(
                    PollOutline(str(t), str(q), tuple(str(o) for o in json.loads(opts or "[]")))
                    for t, q, opts in polls
                ),
            )
        )
    return outline


def plan_fingerprint(conn: sqlite3.Connection) -> str:
    return fingerprint(read_outline(conn))


def store_fingerprint(conn: sqlite3.Connection) -> None:
    """Keep the fingerprint in the file (inside the caller's transaction)."""
    conn.execute(
        "INSERT INTO kv (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (FINGERPRINT_KEY, json.dumps(plan_fingerprint(conn))),
    )
