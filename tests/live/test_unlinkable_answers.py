"""Answers cannot be joined across polls, in a live file and after the session ended.

A phone's cookie token is never written to the file: responses keep a per-poll keyed
hash ("ballot"), devices a digest. The checks open the file with sqlite3, as someone
who copied it from the laptop would."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

from tests.live.conftest import LiveRoom, new_phone, start_room
from workshop_app.clock import SystemClock
from workshop_app.domain.ballots import ballot, device_digest
from workshop_app.store.sessions_repo import SessionsRepo

PHONES = 10


def vote_on_two_polls(room: LiveRoom) -> tuple[list[str], int, int]:
    single, scale = room.open("text"), room.open("scale")
    assert single.id is not None and scale.id is not None
    tokens: list[str] = []

    async def go() -> None:
        for i in range(PHONES):
            phone = await new_phone(room.server.join_url)
            async with phone.http:
                await phone.join()
                assert (await phone.vote(single, f"answer {i}"))[0] == 200
                assert (await phone.vote(scale, 1 + i % 5))[0] == 200
                tokens.extend(c.value for c in phone.http.cookie_jar)

    asyncio.run(go())
    assert len(set(tokens)) == PHONES
    return tokens, single.id, scale.id


def file_text(conn: sqlite3.Connection) -> list[str]:
    """Every text cell of every table of the file."""
    cells: list[str] = []
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        for row in conn.execute(f'SELECT * FROM "{table}"'):
            cells += [cell for cell in row if isinstance(cell, str)]
    return cells


def test_a_live_file_holds_nothing_that_joins_two_polls_answers(tmp_path: Path) -> None:
    room = start_room(tmp_path / "live.workshop")
    try:
        tokens, single, scale = vote_on_two_polls(room)
        # The session is live: open the file beside the running server, read-only.
        conn = sqlite3.connect(f"file:{tmp_path / 'live.workshop'}?mode=ro", uri=True)
        try:
            columns = [r[1] for r in conn.execute("PRAGMA table_info(responses)")]
            assert "device_token" not in columns
            references = [r[2] for r in conn.execute("PRAGMA foreign_key_list(responses)")]
            assert "devices" not in references and "polls" in references
            # No join on any identifying column gives a pair of answers of two polls.
            for column in ("ballot", "id"):
                pairs = conn.execute(
                    f"SELECT COUNT(*) FROM responses a JOIN responses b "
                    f"ON a.{column} = b.{column} AND a.poll_id = ? AND b.poll_id = ?",
                    (single, scale),
                ).fetchone()[0]
                assert pairs == 0, column
            ballots = {r[0] for r in conn.execute("SELECT ballot FROM responses")}
            devices = {r[0] for r in conn.execute("SELECT token FROM devices")}
            assert len(ballots) == 2 * PHONES and len(devices) == PHONES
            assert not ballots & devices
            # The tokens themselves are nowhere in the file, not even in the journal.
            cells = "\n".join(file_text(conn))
            assert not any(token in cells for token in tokens)
            for path in tmp_path.iterdir():
                raw = path.read_bytes() if path.is_file() else b""
                assert not any(token.encode() in raw for token in tokens), path.name
            # What the file holds is not enough to recompute a ballot: it takes the token.
            secret = conn.execute("SELECT ballot_secret FROM sessions").fetchone()[0]
            assert secret
            assert ballot(secret, single, tokens[0]) in ballots  # with the token: yes
            assert not {ballot(secret, single, d) for d in devices} & ballots  # digests: no
            assert {device_digest(t) for t in tokens} == devices
        finally:
            conn.close()
    finally:
        room.server.stop()
        room.file.close()


def test_after_the_session_ids_are_shuffled_times_coarsened_and_the_key_gone(
    tmp_path: Path,
) -> None:
    room = start_room(tmp_path / "ended.workshop")
    try:
        _tokens, texts, scale = vote_on_two_polls(room)
        ids_before = {
            poll: sorted(
                r[0]
                for r in room.file.conn.execute(
                    "SELECT id FROM responses WHERE poll_id = ?", (poll,)
                )
            )
            for poll in (texts, scale)
        }
    finally:
        room.server.stop()
    SessionsRepo(room.file).end(room.session_id, SystemClock().now())
    room.file.close()
    conn = sqlite3.connect(tmp_path / "ended.workshop")
    try:
        for poll, ids in ids_before.items():
            # The same ids, handed out again within the poll.
            after = [
                r[0] for r in conn.execute("SELECT id FROM responses WHERE poll_id = ?", (poll,))
            ]
            assert sorted(after) == ids
        # The answers arrived as "answer 0" … "answer 9"; by id they are in another order
        # (10! orders: keeping the arrival order by chance is 1 in 3.6 million).
        by_id = [
            r[0]
            for r in conn.execute(
                "SELECT value FROM responses WHERE poll_id = ? ORDER BY id", (texts,)
            )
        ]
        assert sorted(by_id) == sorted(f'"answer {i}"' for i in range(PHONES))
        assert by_id != [f'"answer {i}"' for i in range(PHONES)]
        for created, updated in conn.execute("SELECT created_at, updated_at FROM responses"):
            assert created[17:19] == "00" and updated[17:19] == "00", created  # :ss
        assert conn.execute("SELECT ballot_secret FROM sessions").fetchone()[0] is None
        assert (
            conn.execute("SELECT COUNT(*) FROM responses WHERE ballot IS NOT NULL").fetchone()[0]
            == 0
        )
        assert conn.execute("SELECT COUNT(*) FROM devices").fetchone()[0] == 0
        assert conn.execute("SELECT participants FROM sessions").fetchone()[0] == PHONES
    finally:
        conn.close()
