"""The second note-taker over real HTTP: its own revocable link, notes in the file."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from tests.live.conftest import LiveRoom, new_phone, start_room
from workshop_app.clock import SystemClock
from workshop_app.domain.notes import Note, NoteKind
from workshop_app.domain.workshop import AgendaItem
from workshop_app.live.tokens import new_notetaker_token
from workshop_app.store.notes_repo import NotesRepo


@pytest.fixture
def room(tmp_path: Path) -> Iterator[LiveRoom]:
    live = start_room(tmp_path / "notes.workshop")
    yield live
    live.server.stop()
    live.file.close()


def issue(room: LiveRoom) -> str:
    token = new_notetaker_token()
    room.server.set_notetaker_token(token)
    return token


def warm_up(room: LiveRoom) -> int:
    item_id = room.polls["single"].item_id
    assert item_id is not None
    room.server.set_current_item(item_id).result(timeout=5)
    return item_id


def stored(room: LiveRoom) -> list[Note]:
    return NotesRepo(room.file).all()


async def call(
    method: str, url: str, body: Any = None, headers: dict[str, str] | None = None
) -> tuple[int, Any]:
    async with (
        aiohttp.ClientSession() as http,
        http.request(method, url, json=body, headers=headers) as response,
    ):
        if response.content_type == "application/json":
            return response.status, await response.json()
        return response.status, await response.text()


def request(method: str, url: str, body: Any = None, **headers: str) -> tuple[int, Any]:
    return asyncio.run(call(method, url, body, headers or None))


def test_add_and_edit_notes_over_http(room: LiveRoom) -> None:
    item_id = warm_up(room)
    base = f"{room.server.base_url}/n/{issue(room)}"
    markup = '<b>bold</b> & <script>alert("x")</script>'

    status, body = request("POST", f"{base}/api/notes", {"kind": "decision", "text": markup})
    assert status == 201, body
    assert body["note"]["text"] == markup and body["note"]["editable"] is True
    note_id = body["note"]["id"]
    [note] = stored(room)
    assert (note.id, note.text, note.kind, note.author) == (
        note_id,
        markup,
        NoteKind.DECISION,
        "note-taker",
    )
    assert note.item_id == item_id and note.session_minutes is not None

    status, body = request(
        "PUT",
        f"{base}/api/notes/{note_id}",
        {"kind": "action", "text": "Call the <mayor>", "owner": "Lea & co", "due": "2026-12-01"},
    )
    assert status == 200, body
    [note] = stored(room)
    assert (note.kind, note.text, note.action_owner, str(note.action_due)) == (
        NoteKind.ACTION,
        "Call the <mayor>",
        "Lea & co",
        "2026-12-01",
    )
    assert note.author == "note-taker" and note.item_id == item_id

    status, state = request("GET", f"{base}/api/state")
    assert status == 200
    assert state["item"] == {"id": item_id, "title": "Warm-up"}
    assert [n["text"] for n in state["notes"]] == ["Call the <mayor>"]  # literally

    status, page = request("GET", base)
    assert status == 200 and "Warm-up" in page
    assert "<mayor>" not in page and "\\u003cmayor>" in page  # data, never markup


def test_notes_follow_the_current_item_or_the_item_given(room: LiveRoom) -> None:
    first = warm_up(room)
    second = room.file.add_item(AgendaItem(title="Walk <around>")).id
    assert second is not None
    base = f"{room.server.base_url}/n/{issue(room)}"
    room.server.set_current_item(second).result(timeout=5)
    _, state = request("GET", f"{base}/api/state")
    assert state["item"] == {"id": second, "title": "Walk <around>"}
    assert request("POST", f"{base}/api/notes", {"text": "on the walk"})[0] == 201
    # Typed while the first item was on screen: it stays with that item.
    assert request("POST", f"{base}/api/notes", {"text": "late", "itemId": first})[0] == 201
    assert {n.text: n.item_id for n in stored(room)} == {"on the walk": second, "late": first}
    status, body = request("POST", f"{base}/api/notes", {"text": "x", "itemId": 999999})
    assert status == 404 and body["error"] == "no_item"


def test_only_notes_of_the_note_taker_can_be_edited(room: LiveRoom) -> None:
    warm_up(room)
    base = f"{room.server.base_url}/n/{issue(room)}"
    app_note = NotesRepo(room.file).add(
        Note(NoteKind.NOTE, "from the laptop", created_at=SystemClock().now())
    )
    status, body = request("PUT", f"{base}/api/notes/{app_note.id}", {"text": "changed"})
    assert status == 403 and body["error"] == "not_own"
    assert request("PUT", f"{base}/api/notes/424242", {"text": "x"})[0] == 404
    assert request("PUT", f"{base}/api/notes/{'9' * 30}", {"text": "x"})[0] == 404
    assert [n.text for n in stored(room)] == ["from the laptop"]


def test_the_participant_token_gets_403_on_note_taker_routes(room: LiveRoom) -> None:
    warm_up(room)
    issue(room)
    base = f"{room.server.base_url}/n/{room.server.join_token}"
    for method, url, body in (
        ("GET", base, None),
        ("GET", f"{base}/static/notetaker.js", None),
        ("GET", f"{base}/api/state", None),
        ("POST", f"{base}/api/notes", {"text": "sneaky"}),
        ("PUT", f"{base}/api/notes/1", {"text": "sneaky"}),
    ):
        status, reply = request(method, url, body)
        assert status == 403, (method, url)
        assert reply["error"] == "participant_link" and reply["message"]
    assert stored(room) == []


def test_the_note_taker_token_cannot_vote(room: LiveRoom) -> None:
    poll = room.open("single")
    token = issue(room)

    async def go() -> list[int]:
        phone = await new_phone(f"{room.server.base_url}/j/{token}")
        async with phone.http as http:
            async with http.get(phone.join_url) as page:
                page_status = page.status
            status, _ = await phone.vote(poll, 0)
            async with http.get(f"{phone.join_url}/api/state") as state:
                return [page_status, status, state.status]

    assert asyncio.run(go()) == [404, 404, 404]
    assert room.stored("single") == []


def test_a_revoked_link_is_refused_and_a_new_one_works(room: LiveRoom) -> None:
    warm_up(room)
    never = f"{room.server.base_url}/n/{new_notetaker_token()}"
    assert request("GET", f"{never}/api/state")[0] == 404  # no link issued yet
    old = f"{room.server.base_url}/n/{issue(room)}"
    assert request("POST", f"{old}/api/notes", {"text": "before"})[0] == 201
    room.server.set_notetaker_token(None)
    assert room.server.notetaker_url is None
    for method, url, body in (
        ("GET", old, None),
        ("GET", f"{old}/api/state", None),
        ("POST", f"{old}/api/notes", {"text": "after"}),
    ):
        status, reply = request(method, url, body)
        assert status == 404 and reply["error"] == "not_found"
    new = f"{room.server.base_url}/n/{issue(room)}"
    assert room.server.notetaker_url == new
    assert request("GET", f"{old}/api/state")[0] == 404
    assert request("POST", f"{new}/api/notes", {"text": "again"})[0] == 201
    assert [n.text for n in stored(room)] == ["before", "again"]


def test_wrong_host_and_cross_origin_posts_are_refused(room: LiveRoom) -> None:
    warm_up(room)
    base = f"{room.server.base_url}/n/{issue(room)}"
    status, body = request("GET", f"{base}/api/state", Host="attacker.example")
    assert status == 421 and body["error"] == "wrong_host"
    status, body = request(
        "POST", f"{base}/api/notes", {"text": "forged"}, Origin="http://evil.example"
    )
    assert status == 403 and body["error"] == "cross_origin"
    status, _ = request("PUT", f"{base}/api/notes/1", {"text": "forged"}, Origin="null")
    assert status == 403
    assert stored(room) == []
    status, _ = request("POST", f"{base}/api/notes", {"text": "ours"}, Origin=room.server.base_url)
    assert status == 201
    assert [n.text for n in stored(room)] == ["ours"]


def test_bad_notes_get_a_clear_message_and_change_nothing(room: LiveRoom) -> None:
    warm_up(room)
    base = f"{room.server.base_url}/n/{issue(room)}"
    for body in (
        {"text": "   "},
        {"text": "x" * 5001},
        {"text": "ok", "kind": "shout"},
        {"text": 42},
        {"text": "bell \x07"},
        {"text": "due", "kind": "action", "due": "next week"},
        {"text": "owner", "kind": "action", "owner": "o" * 201},
        ["not", "an", "object"],
        {"text": "x", "itemId": "1"},
    ):
        status, reply = request("POST", f"{base}/api/notes", body)
        assert status == 400, body
        assert reply["error"] == "invalid_note" and reply["message"]

    async def raw(data: bytes) -> int:
        async with (
            aiohttp.ClientSession() as http,
            http.post(
                f"{base}/api/notes", data=data, headers={"Content-Type": "application/json"}
            ) as r,
        ):
            return r.status

    assert asyncio.run(raw(b"{not json")) == 400
    assert asyncio.run(raw(b'{"text": "\\ud800"}')) == 400  # a lone surrogate
    assert asyncio.run(raw(b"x" * (1024 * 1024))) == 413
    assert stored(room) == []


def test_a_resent_note_is_stored_once_and_the_gui_hears_of_it(room: LiveRoom) -> None:
    warm_up(room)
    base = f"{room.server.base_url}/n/{issue(room)}"
    first = request("POST", f"{base}/api/notes", {"text": "once", "requestId": "r-1"})
    again = request("POST", f"{base}/api/notes", {"text": "once", "requestId": "r-1"})
    assert first[0] == 201 and again[0] == 200
    assert first[1]["note"]["id"] == again[1]["note"]["id"]
    assert [n.text for n in stored(room)] == ["once"]
    snapshot = room.wait_for_snapshot(lambda s: s.notes_revision >= 1)
    assert snapshot.notes_revision == 1


def test_the_page_speaks_french_and_is_offline(room: LiveRoom) -> None:
    base = f"{room.server.base_url}/n/{issue(room)}"
    status, page = request("GET", base, **{"Accept-Language": "fr-CH, fr;q=0.9, en;q=0.5"})
    assert status == 200
    assert '<html lang="fr" dir="ltr">' in page and "Prise de notes" in page
    assert "Aucun point de l'ordre du jour" in page  # no current item yet
    assert "http" not in page.replace(room.server.base_url, "")  # no CDN, nothing remote
    status, script = request("GET", f"{base}/static/notetaker.js")
    assert status == 200 and "textContent" in script and "innerHTML" not in script
    assert request("GET", f"{base}/static/participant.js")[0] == 404


def test_a_note_the_file_refuses_is_a_clear_503_and_nothing_changes(room: LiveRoom) -> None:
    warm_up(room)
    base = f"{room.server.base_url}/n/{issue(room)}"
    status, body = request("POST", f"{base}/api/notes", {"text": "kept"})
    assert status == 201
    note_id = body["note"]["id"]
    # The file refuses every write to notes, as a full disk would.
    room.file.conn.executescript(
        """CREATE TRIGGER refuse_insert BEFORE INSERT ON notes
               BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END;
           CREATE TRIGGER refuse_update BEFORE UPDATE ON notes
               BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END;"""
    )
    for method, url in (("POST", f"{base}/api/notes"), ("PUT", f"{base}/api/notes/{note_id}")):
        status, body = request(method, url, {"text": "lost?"})
        assert status == 503 and body["error"] == "not_saved", (method, body)
    assert [n.text for n in stored(room)] == ["kept"]
