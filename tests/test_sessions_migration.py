"""The migration that makes sessions runs: existing rows get the session of their time."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.test_migrations import _file_at_version
from workshop_app.store.migrations import MIGRATIONS, _sessions_as_runs, migrate
from workshop_app.store.plan_outline import FINGERPRINT_KEY, plan_fingerprint
from workshop_app.store.sessions_repo import SessionsRepo
from workshop_app.store.workshop_file import WorkshopFile

BEFORE = MIGRATIONS.index(_sessions_as_runs)  # the last version without it

# Two evenings: 12 March 18:30–20:40 and 19 March 18:30–20:40 (local times, as written).
FIRST = ("2026-03-12T18:30:00", "2026-03-12T20:40:00")
SECOND = ("2026-03-19T18:30:00", "2026-03-19T20:40:00")


def _fill(path: Path, version: int) -> None:
    """Sessions, responses, notes and actual times as an older release wrote them."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(
        "UPDATE agenda_items SET actual_start = '2026-03-19T18:35:00', "
        "actual_end = '2026-03-19T18:50:00'"
    )
    conn.execute(
        "INSERT INTO polls (item_id, position, type, question, options) "
        "VALUES (1, 0, 'single_choice', 'Safe?', '[\"Yes\",\"No\"]')"
    )
    if version >= 2:
        for started, ended in (FIRST, SECOND):
            conn.execute(
                "INSERT INTO sessions (started_at, ended_at, state) VALUES (?, ?, 'ended')",
                (started, ended),
            )
        for value, at in (
            ("0", "2026-03-12T19:00:00"),  # first evening
            ("1", "2026-03-19T19:00:00"),  # second evening
            ("1", "2026-03-19T19:01:00"),  # second evening
            ("0", "2026-01-01T10:00:00"),  # before any session: the earliest
            ("0", ""),  # no time at all: the earliest
        ):
            conn.execute(
                "INSERT INTO responses (poll_id, value, created_at, updated_at) "
                "VALUES (1, ?, ?, ?)",
                (value, at, at),
            )
    if version >= 3:
        for text, at in (
            ("Said on the 12th", "2026-03-12T19:30:00"),
            ("Said on the 19th", SECOND[0]),
        ):
            conn.execute(
                "INSERT INTO notes (item_id, kind, text, created_at, updated_at) "
                "VALUES (1, 'note', ?, ?, ?)",
                (text, at, at),
            )
    conn.close()


@pytest.mark.parametrize("version", range(1, BEFORE + 1))
def test_every_earlier_version_gets_its_rows_attributed(tmp_path: Path, version: int) -> None:
    path = tmp_path / f"v{version}.workshop"
    _file_at_version(path, version)
    _fill(path, version)
    file = WorkshopFile.open(path)
    try:
        conn = file.conn
        stored = json.loads(
            conn.execute("SELECT value FROM kv WHERE key = ?", (FINGERPRINT_KEY,)).fetchone()[0]
        )
        assert stored == plan_fingerprint(conn)
        if version < 2:
            assert conn.execute("SELECT COUNT(*) FROM session_item_times").fetchone()[0] == 0
            return
        first, second = (s.id for s in SessionsRepo(file).all())
        by_session = {
            r[0]: r[1]
            for r in conn.execute("SELECT session_id, COUNT(*) FROM responses GROUP BY session_id")
        }
        assert by_session == {first: 3, second: 2}
        times = conn.execute("SELECT session_id, actual_start FROM session_item_times")
        assert [tuple(row) for row in times] == [(second, "2026-03-19T18:35:00")]
        summaries = SessionsRepo(file).summaries()
        assert [(s.number, s.responses, s.rehearsal) for s in summaries] == [
            (1, 3, False),
            (2, 2, False),
        ]
        if version >= 3:
            notes = {r[0]: r[1] for r in conn.execute("SELECT text, session_id FROM notes")}
            assert notes == {"Said on the 12th": first, "Said on the 19th": second}
    finally:
        file.close()


def test_a_file_never_run_keeps_its_rows_without_a_session(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "x.db", isolation_level=None)
    migrate(conn, target=BEFORE)
    conn.execute("INSERT INTO workshop (id, title, created_at) VALUES (1, 't', '')")
    conn.execute("INSERT INTO agenda_items (position, title) VALUES (0, 'i')")
    conn.execute(
        "INSERT INTO polls (item_id, position, type, question) VALUES (1, 0, 'scale', 'q')"
    )
    conn.execute(
        "INSERT INTO responses (poll_id, value, created_at, updated_at) VALUES (1, '3', '', '')"
    )
    migrate(conn)
    assert conn.execute("SELECT session_id FROM responses").fetchall() == [(None,)]
    conn.close()
