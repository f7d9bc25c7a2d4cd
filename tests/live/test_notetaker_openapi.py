"""The note-taker routes conform to resources/openapi.json and survive fuzzed notes."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.live.conftest import LiveRoom, start_room
from tests.live.test_openapi import SPEC, check, json_values, odd_text
from workshop_app.live.tokens import new_notetaker_token
from workshop_app.store.notes_repo import NotesRepo

NOTETAKER_OPERATIONS = {
    "notetakerPage",
    "notetakerAsset",
    "getNotetakerState",
    "streamNotetakerEnd",
    "addNote",
    "editNote",
    # the counts page (people present, counts from the room, ballots, proxy answers)
    "notetakerCountsPage",
    "notetakerSetPeople",
    "notetakerSetCounts",
    "notetakerAddBallot",
}


@pytest.fixture
def notes_room(tmp_path: Path) -> Iterator[LiveRoom]:
    """Rate limits off: the fuzzer is one address sending hundreds of requests."""
    room = start_room(tmp_path / "fuzz-notes.workshop", ip_burst=1e9)
    item_id = room.polls["single"].item_id
    room.server.set_current_item(item_id).result(timeout=5)
    room.server.set_notetaker_token(new_notetaker_token())
    yield room
    room.server.stop()
    room.file.close()


def test_every_note_taker_operation_is_documented() -> None:
    ids = {
        op["operationId"]
        for path, ops in SPEC["paths"].items()
        if path.startswith("/n/")
        for method, op in ops.items()
        if method in ("get", "post", "put")
    }
    assert ids == NOTETAKER_OPERATIONS


def test_real_note_taker_responses_match_the_schemas(notes_room: LiveRoom) -> None:
    url = notes_room.server.notetaker_url
    assert url is not None
    join = f"{notes_room.server.base_url}/n/{notes_room.server.join_token}"

    async def go() -> None:
        async with aiohttp.ClientSession() as http:
            async with http.get(f"{url}/api/state") as r:
                assert r.status == 200
                check(await r.json(), "NotetakerState")
            async with http.post(
                f"{url}/api/notes", json={"kind": "action", "text": "Fix", "owner": "Ana"}
            ) as r:
                assert r.status == 201
                added = await r.json()
                check(added, "NoteResponse")
            async with http.put(
                f"{url}/api/notes/{added['note']['id']}", json={"text": "Fixed", "due": None}
            ) as r:
                assert r.status == 200
                check(await r.json(), "NoteResponse")
            async with http.get(f"{url}/api/state") as r:
                state = await r.json()
                check(state, "NotetakerState")
                assert [n["text"] for n in state["notes"]] == ["Fixed"]
            for method, target, body in (
                ("post", f"{url}/api/notes", {"text": ""}),
                ("put", f"{url}/api/notes/1", {"kind": 3}),
                ("get", f"{join}/api/state", None),
                ("post", f"{join}/api/notes", {"text": "x"}),
            ):
                async with http.request(method, target, json=body) as r:
                    assert r.status in (400, 403)
                    check(await r.json(), "Error")

    asyncio.run(go())


note_bodies = st.one_of(
    json_values,
    st.fixed_dictionaries(
        {"text": st.one_of(st.text(max_size=60), odd_text, json_values)},
        optional={
            "kind": st.one_of(
                st.sampled_from(["note", "decision", "action", "quote"]), json_values
            ),
            "owner": st.one_of(st.text(max_size=20), json_values),
            "due": st.one_of(st.sampled_from(["2026-01-31", "2026-02-30", ""]), json_values),
            "itemId": json_values,
            "requestId": json_values,
        },
    ),
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(body=note_bodies)
def test_fuzzed_notes_never_break_the_server(notes_room: LiveRoom, body: Any) -> None:
    url = notes_room.server.notetaker_url
    before = NotesRepo(notes_room.file).all()

    async def go() -> list[tuple[int, Any]]:
        replies = []
        raw = json.dumps(body, ensure_ascii=False, allow_nan=False)
        data = raw.encode("utf-8", "surrogatepass")
        async with aiohttp.ClientSession() as http:
            for method, target in (("post", f"{url}/api/notes"), ("put", f"{url}/api/notes/1")):
                async with http.request(
                    method, target, data=data, headers={"Content-Type": "application/json"}
                ) as r:
                    replies.append((r.status, await r.json(content_type=None)))
        return replies

    replies = asyncio.run(go())
    for status, reply in replies:
        assert status < 500, replies
        check(reply, "NoteResponse" if status in (200, 201) else "Error")
    after = NotesRepo(notes_room.file).all()
    added = [n for n in after if n.id not in {b.id for b in before}]
    if replies[0][0] == 201:
        assert [n.text for n in added] == [replies[0][1]["note"]["text"]]
        assert added[0].author == "note-taker"
    else:
        assert added == []
