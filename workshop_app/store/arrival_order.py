"""What an ended session leaves of when and in which order answers arrived: nothing finer
than the minute, and no order. Run when the session ends (see SessionsRepo.end)."""

from __future__ import annotations

import random
import sqlite3

from workshop_app.store.codec import dt_to_text, text_to_dt

_RANDOM = random.SystemRandom()


def forget_arrival_order(conn: sqlite3.Connection, session_id: int) -> None:
    """Within each poll, give the session's responses their ids in a random order, cut
    their times to the minute and drop their ballots (the key that made them is gone,
    and one-answer-per-phone ends with the session). Inside the caller's transaction."""
    rows = conn.execute(
        "SELECT id, poll_id, created_at, updated_at FROM responses WHERE session_id = ?",
        (session_id,),
    ).fetchall()
    by_poll: dict[int, list[int]] = {}
    for response_id, poll_id, _, _ in rows:
        by_poll.setdefault(int(poll_id), []).append(int(response_id))
    moves: list[tuple[int, int]] = []
    for ids in by_poll.values():
        shuffled = list(ids)
        _RANDOM.shuffle(shuffled)
        moves += list(zip(ids, shuffled, strict=True))
    # Two steps, through negative ids, so that no id is taken twice on the way.
    conn.executemany("UPDATE responses SET id = ? WHERE id = ?", [(-old, old) for old, _ in moves])
    conn.executemany(
        "UPDATE responses SET id = ? WHERE id = ?", [(new, -old) for old, new in moves]
    )
    conn.execute("UPDATE responses SET ballot = NULL WHERE session_id = ?", (session_id,))
    conn.executemany(
        "UPDATE responses SET created_at = ?, updated_at = ? WHERE id = ?",
        [
            (_minute(created), _minute(updated), response_id)
            for response_id, _, created, updated in conn.execute(
                "SELECT id, poll_id, created_at, updated_at FROM responses WHERE session_id = ?",
                (session_id,),
            ).fetchall()
        ],
    )


def _minute(text: str) -> str:
    moment = text_to_dt(text)
    return dt_to_text(moment.replace(second=0, microsecond=0)) or text if moment else text
