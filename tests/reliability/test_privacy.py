"""After a session ends, neither the file's raw bytes nor any export can name a device.

The session runs as the app runs it: the join link (with the laptop's address) is
recorded, phones vote over the real server, the facilitator hides an answer, notes are
taken, and the session is ended. Then every byte of the file, its -wal and -shm, and of
every export format is searched for each device token, the address and the join token.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from pypdf import PdfReader

from tests.export.test_exports import export_all, pdf_text
from tests.live.conftest import new_phone, start_room
from workshop_app.clock import SystemClock
from workshop_app.domain.ballots import device_digest
from workshop_app.domain.notes import Note, NoteKind
from workshop_app.store.notes_repo import NotesRepo
from workshop_app.store.sessions_repo import SessionsRepo
from workshop_app.store.workshop_file import WorkshopFile

ADDRESS = "127.0.0.1"


def sidecars(path: Path) -> list[Path]:
    return [p for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()]


def test_ended_session_leaves_no_device_or_address_in_file_or_exports(tmp_path: Path) -> None:
    path = tmp_path / "private.workshop"
    room = start_room(path)
    repo = SessionsRepo(room.file)
    server = room.server
    assert server.port is not None
    repo.set_join(room.session_id, server.join_token, server.room_code, server.host, server.port)
    join_token = server.join_token
    tokens: list[str] = []
    try:
        single, text = room.open("single"), room.open("text")

        async def phones() -> None:
            for i in range(6):
                phone = await new_phone(server.join_url)
                async with phone.http:
                    await phone.join()
                    assert (await phone.vote(single, i % 3))[0] == 200
                    assert (await phone.vote(single, (i + 1) % 3))[0] == 200  # a change
                    assert (await phone.vote(text, f"idea {i}"))[0] == 200
                    tokens.extend(c.value for c in phone.http.cookie_jar if c.key == "wsdevice")

        asyncio.run(phones())
        hidden = room.file.conn.execute("SELECT id FROM responses LIMIT 1").fetchone()[0]
        server.set_answer_hidden(hidden, True).result(timeout=5)
        NotesRepo(room.file).add(
            Note(kind=NoteKind.DECISION, text="Lights on", created_at=SystemClock().now())
        )
        assert len(set(tokens)) == 6
        raw_before = b"".join(p.read_bytes() for p in sidecars(path))
        # The tokens are never written at all; what the live file holds instead (their
        # digests, the ballots and the session's key) the search can find, before the end.
        assert not any(t.encode() in raw_before for t in tokens)
        conn = room.file.conn
        kept = [
            *(device_digest(t) for t in tokens),
            *(r[0] for r in conn.execute("SELECT ballot FROM responses") if r[0]),
            conn.execute("SELECT ballot_secret FROM sessions").fetchone()[0],
        ]
        assert all(k.encode() in raw_before for k in kept)
    finally:
        server.stop()
    assert repo.end(room.session_id, SystemClock().now()) == 6
    room.file.close()

    forbidden = [*tokens, *kept, ADDRESS, join_token]
    for part in sidecars(path):
        raw = part.read_bytes()
        for secret in forbidden:
            assert secret.encode() not in raw, f"{secret!r} left in {part.name}"

    exports = tmp_path / "exports"
    exports.mkdir()
    file = WorkshopFile.open(path, read_only=True)
    try:
        out = export_all(file, exports)
    finally:
        file.close()
    texts = {
        "pdf text": pdf_text(out["pdf"]),
        "pdf metadata": str(PdfReader(out["pdf"]).metadata),
        "json": out["json"].read_text(encoding="utf-8"),
        "markdown": out["md"].read_text(encoding="utf-8"),
    }
    for csv_file in sorted(out["csv"].glob("*.csv")):
        texts[csv_file.name] = csv_file.read_text(encoding="utf-8-sig")
    assert "idea 3" in texts["json"]  # the answers themselves are exported
    for where, content in texts.items():
        for secret in forbidden:
            assert secret not in content, f"{secret!r} in the {where} export"
