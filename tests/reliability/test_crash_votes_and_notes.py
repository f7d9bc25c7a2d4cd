"""SIGKILL at a seeded moment while phones vote and a note-taker writes (fast seeds).

``make soak`` runs the same scenario over many seeds; here a few fixed ones run in the
fast suite, plus one given as ``CRASH_SEED=N`` in the environment.
"""

from __future__ import annotations

import asyncio
import json
import os
import sqlite3
from pathlib import Path

import pytest

from tests.reliability.crash_scenario import Crash, CrashOutcome, ballot_secret_of, check, run_crash
from workshop_app.domain.ballots import ballot

SEEDS = [1, 2, 3, *([int(os.environ["CRASH_SEED"])] if os.environ.get("CRASH_SEED") else [])]


@pytest.mark.parametrize("seed", SEEDS)
def test_nothing_acknowledged_is_lost_or_doubled(tmp_path: Path, seed: int) -> None:
    outcome = run_crash(seed, tmp_path)
    assert outcome.votes_acknowledged > 0 and outcome.notes_acknowledged > 0, outcome.line()
    assert outcome.lost == [], outcome.line()
    assert outcome.duplicated == [], outcome.line()
    assert outcome.integrity == "ok"
    assert outcome.reopen_error == ""
    assert outcome.ok


def test_the_check_notices_a_lost_vote_a_lost_note_and_a_double(tmp_path: Path) -> None:
    """The checker itself can fail: remove what was acknowledged and add a double."""
    crash = Crash(7, tmp_path / "tampered.workshop")
    asyncio.run(crash.run())
    name, phone = next(key for key, log in crash.logs.items() if log.acknowledged is not None)
    text_row = None
    conn = sqlite3.connect(crash.path)
    try:
        conn.execute(
            "DELETE FROM responses WHERE poll_id = ? AND ballot = ?",
            (
                crash.polls[name],
                ballot(ballot_secret_of(conn), crash.polls[name], crash.tokens[phone]),
            ),
        )
        conn.execute("DELETE FROM notes WHERE id = ?", (next(iter(crash.notes)),))
        text_row = conn.execute(
            "SELECT value FROM responses WHERE poll_id = ? LIMIT 1", (crash.polls["text"],)
        ).fetchone()
        if text_row is None:  # no open-text answer got in before the kill: store one
            text_row = (json.dumps("idea"),)
            conn.execute(
                "INSERT INTO responses (poll_id, session_id, value, created_at, updated_at) "
                "VALUES (?, 1, ?, '', '')",
                (crash.polls["text"], text_row[0]),
            )
        conn.execute(
            "INSERT INTO responses (poll_id, session_id, value, created_at, updated_at) "
            "VALUES (?, 1, ?, '', '')",
            (crash.polls["text"], text_row[0]),
        )
        conn.commit()
    finally:
        conn.close()
    outcome = CrashOutcome(7, crash.kill_after)
    check(crash, outcome)
    assert any(f"{name} from phone {phone}" in lost for lost in outcome.lost)
    assert any(lost.startswith("note ") for lost in outcome.lost)
    assert outcome.duplicated and not outcome.ok
