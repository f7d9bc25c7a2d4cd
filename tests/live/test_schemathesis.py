"""The server and resources/openapi.json agree: schemathesis against a live server.

A bounded number of generated cases per operation (positive and negative, stateful
sequences, undeclared methods), a fixed seed, every check; any mismatch fails the test
with schemathesis's report. The event stream is left out: it never ends by design
(tests/live/test_voting.py covers it).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.live.conftest import LiveRoom, start_room
from workshop_app.clock import SystemClock
from workshop_app.domain.ideas import IdeaState
from workshop_app.domain.polls import Poll, PollType
from workshop_app.live.tokens import new_notetaker_token
from workshop_app.resources import resource_path
from workshop_app.store.ideas_repo import IdeasRepo

MAX_EXAMPLES = int(os.environ.get("SCHEMATHESIS_EXAMPLES", "20"))
SCHEMATHESIS = Path(sys.executable).with_name("schemathesis")


@pytest.fixture
def open_room(tmp_path: Path) -> Iterator[LiveRoom]:
    """Rate limits off (one address sends everything); a poll open; a note-taker link."""
    room = start_room(tmp_path / "st.workshop", ip_burst=1e9, device_burst=1e9)
    room.open("single")
    # An idea wall open too (with one idea), so the idea routes reach their handlers.
    wall = Poll(PollType.IDEA_WALL, "Ideas?", item_id=room.polls["single"].item_id)
    room.polls["wall"] = room.file.add_poll(wall)
    assert room.polls["wall"].id is not None
    IdeasRepo(room.file).add_for_demo(
        room.polls["wall"].id,
        "Benches",
        SystemClock().now(),
        [],
        IdeaState.SHOWN,
        session_id=room.session_id,  # this run's wall: ideas of other runs are not on it
    )
    room.open("wall")
    room.server.set_notetaker_token(new_notetaker_token())
    item_id = room.polls["single"].item_id
    room.server.set_current_item(item_id).result(timeout=5)  # the counts page's item
    yield room
    room.server.stop()
    room.file.close()


SPEC_PATHS = json.loads(resource_path("openapi.json").read_text(encoding="utf-8"))["paths"]


def _spec_for(room: LiveRoom, folder: Path) -> Path:
    """The shipped spec with this session's tokens as the only valid ones, so generated
    cases reach the handlers (and any other token is a negative case: 404)."""
    spec = json.loads(resource_path("openapi.json").read_text(encoding="utf-8"))
    parameters = spec["components"]["parameters"]
    parameters["Token"]["schema"] = {"type": "string", "enum": [room.server.join_token]}
    parameters["NotetakerToken"]["schema"] = {
        "type": "string",
        "enum": [room.server.notetaker.token],
    }
    # Which answers are valid depends on the open poll: here, "single" with three options.
    poll = room.polls["single"]
    spec["components"]["schemas"]["Answer"] = {"type": "integer", "enum": [0, 1, 2]}
    vote = spec["paths"]["/j/{token}/api/polls/{pollId}/vote"]
    vote["parameters"][1]["schema"] = {"type": "integer", "enum": [poll.id]}
    # The plain form's vote: the same poll and one of its options.
    form = spec["paths"]["/j/{token}/vote"]["post"]["requestBody"]["content"]
    form["application/x-www-form-urlencoded"]["schema"] = {
        "type": "object",
        "required": ["poll_id", "answer"],
        "properties": {
            "poll_id": {"type": "integer", "enum": [poll.id]},
            "answer": {"type": "string", "enum": ["0", "1", "2"]},
        },
        "additionalProperties": {"type": "string"},  # other fields are ignored
    }
    wall_id = room.polls["wall"].id
    assert wall_id is not None
    idea_id = IdeasRepo(room.file).rows(wall_id)[0].id
    for route in (
        "/j/{token}/api/polls/{pollId}/ideas",
        "/j/{token}/api/polls/{pollId}/ideas/{ideaId}/vote",
    ):
        spec["paths"][route]["parameters"][1]["schema"] = {"type": "integer", "enum": [wall_id]}
    spec["paths"]["/j/{token}/api/polls/{pollId}/ideas/{ideaId}/vote"]["parameters"][2][
        "schema"
    ] = {
        "type": "integer",
        "enum": [idea_id],
    }
    # The counts forms: "single" (of the note-taker's current item), a count for each of
    # its options from each source, a ballot naming one of them; other fields are ignored.
    number = {"type": "string", "pattern": "^([0-9]{0,5}|100000)$"}
    forms = {
        route: spec["paths"][f"/n/{{token}}/counts/{route}"]["post"]["requestBody"]["content"]
        for route in ("cells", "ballot")
    }
    forms["cells"]["application/x-www-form-urlencoded"]["schema"] = {
        "type": "object",
        "required": ["poll_id"],
        "properties": {
            "poll_id": {"type": "integer", "enum": [poll.id]},
            **{
                f"{source}_{row}": number
                for source in ("hands", "paper", "dots")
                for row in range(3)
            },
        },
        "additionalProperties": {"type": "string"},
    }
    ballot = forms["ballot"]["application/x-www-form-urlencoded"]["schema"]["properties"]
    ballot["poll_id"] = {"type": "integer", "enum": [poll.id]}
    ballot["answer"] = {"type": "string", "enum": ["1", "2", "3"]}
    path = folder / "openapi.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    return path


def _device_cookie(room: LiveRoom) -> str:
    """A phone's cookie, so votes reach the poll instead of 403 "reload the page"."""
    with urllib.request.urlopen(room.server.join_url, timeout=5) as page:
        cookie = page.headers["Set-Cookie"].split(";", 1)[0]
    assert cookie.startswith("wsdevice=")
    return cookie


def test_server_and_openapi_agree(open_room: LiveRoom, tmp_path: Path) -> None:
    result = subprocess.run(
        [
            str(SCHEMATHESIS),
            "run",
            str(_spec_for(open_room, tmp_path)),
            "--url",
            open_room.server.base_url,
            "--max-examples",
            str(MAX_EXAMPLES),
            "--seed",
            os.environ.get("SCHEMATHESIS_SEED", "1"),
            "--checks",
            "all",
            "--exclude-path-regex",
            "/api/events$",
            "--header",
            f"Cookie: {_device_cookie(open_room)}",
            "--request-timeout",
            "5",
            "--continue-on-failure",
            "--no-color",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    report = result.stdout[-8000:] + result.stderr[-2000:]
    assert result.returncode == 0, report
    operations = sum(
        method in ("get", "post", "put") for ops in SPEC_PATHS.values() for method in ops
    )
    streams = sum(path.endswith("/api/events") for path in SPEC_PATHS)  # left out above
    assert streams == 2  # the phones' and the note-taker's
    assert f"Tested: {operations - streams}" in result.stdout, report
