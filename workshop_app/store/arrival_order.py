"""What an ended session leaves of when and in which order answers arrived: nothing finer
than the minute, and no order. Run when the session ends (see SessionsRepo.end), on the
GUI thread: a handful of statements, one update per answer only for its new id."""

from __future__ import annotations

import random
import sqlite3

_RANDOM = random.SystemRandom()

# "2026-03-12T21:05:37+01:00" (codec.dt_to_text) → "2026-03-12T21:05:00+01:00"
_MINUTE = (
    "CASE WHEN substr({col}, 17, 1) = ':' AND length({col}) >= 19 "
    "THEN substr({col}, 1, 17) || '00' || substr({col}, 20) ELSE {col} END"
)


def forget_arrival_order(conn: sqlite3.Connection, session_id: int) -> None:
    """Within each poll, give the session's responses their ids in a random order, cut
    their times to the minute and drop their ballots (the key that made them is gone,
    and one-answer-per-phone ends with the session). Inside the caller's transaction."""
    by_poll: dict[int, list[int]] = {}
    for response_id, poll_id in conn.execute(
        "SELECT id, poll_id FROM responses WHERE session_id = ?", (session_id,)
    ):
        by_poll.setdefault(int(poll_id), []).append(int(response_id))
    moves: list[tuple[int, int]] = []
    for ids in by_poll.values():
        shuffled = list(ids)
        _RANDOM.shuffle(shuffled)
        moves += [(new, -old) for old, new in zip(ids, shuffled, strict=True)]
    # Through negative ids, so that no id is taken twice on the way.
    conn.execute("UPDATE responses SET id = -id WHERE session_id = ?", (session_id,))
    conn.executemany("UPDATE responses SET id = ? WHERE id = ?", moves)
    conn.execute(
        "UPDATE responses SET ballot = NULL, "
        f"created_at = {_MINUTE.format(col='created_at')}, "
        f"updated_at = {_MINUTE.format(col='updated_at')} "
        "WHERE session_id = ?",
        (session_id,),
    )
