"""The server conforms to resources/openapi.json, and survives fuzzed requests."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.live.conftest import LiveRoom, new_phone, start_room
from workshop_app.resources import resource_path

SPEC = json.loads(resource_path("openapi.json").read_text(encoding="utf-8"))


@pytest.fixture
def unlimited_room(tmp_path: Path) -> Iterator[LiveRoom]:
    """Rate limits off: the fuzzer is one address sending hundreds of requests."""
    room = start_room(tmp_path / "fuzz.workshop", ip_burst=1e9, device_burst=1e9)
    yield room
    room.server.stop()
    room.file.close()


def to_json_schema(node: Any) -> Any:
    """OpenAPI 3.0 schema → JSON Schema: nullable becomes a union with null, refs → $defs."""
    if isinstance(node, list):
        return [to_json_schema(n) for n in node]
    if not isinstance(node, dict):
        return node
    out = {k: to_json_schema(v) for k, v in node.items() if k != "nullable"}
    if "$ref" in out:
        out["$ref"] = out["$ref"].replace("#/components/schemas/", "#/$defs/")
    if node.get("nullable"):
        return {"anyOf": [out, {"type": "null"}]}
    return out


DEFS = to_json_schema(SPEC["components"]["schemas"])


def check(instance: Any, schema_name: str) -> None:
    jsonschema.validate(instance, {"$ref": f"#/$defs/{schema_name}", "$defs": DEFS})


def test_every_operation_has_a_unique_operation_id() -> None:
    ids = [
        op["operationId"]
        for path in SPEC["paths"].values()
        for method, op in path.items()
        if method in ("get", "post", "put", "delete", "patch")
    ]
    assert len(ids) == len(set(ids)) >= 8


def test_every_route_is_documented_and_nothing_else(live_room: LiveRoom) -> None:
    app_routes = set()
    server = live_room.server
    app = server._make_app(server._writer)  # type: ignore[arg-type]
    for route in app.router.routes():
        if route.method == "HEAD":
            continue
        info = route.resource.get_info() if route.resource else {}
        path = info.get("formatter") or info.get("path")
        app_routes.add((route.method.lower(), str(path).replace("{poll_id}", "{pollId}")))
    documented = {
        (method, path)
        for path, ops in SPEC["paths"].items()
        for method in ops
        if method in ("get", "post", "put")
    }
    assert app_routes == documented


def test_real_responses_match_the_schemas(live_room: LiveRoom) -> None:
    poll = live_room.open("multi")

    async def go() -> None:
        phone = await new_phone(live_room.server.join_url)
        async with phone.http as http:
            await phone.join()
            check(await phone.state(), "State")
            status, body = await phone.vote(poll, [0, 2])
            assert status == 200
            check(body, "VoteResponse")
            check(await phone.state(), "State")
            for answer in ([0, 1, 2], "nope", None):
                status, body = await phone.vote(poll, answer)
                assert status == 400
                check(body, "Error")
            async with http.get(live_room.server.base_url + "/j/" + "A" * 32 + "/api/state") as r:
                assert r.status == 404
                check(await r.json(), "Error")
        live_room.close("multi")

    asyncio.run(go())


def test_state_without_an_open_poll_matches(live_room: LiveRoom) -> None:
    async def go() -> dict[str, Any]:
        phone = await new_phone(live_room.server.join_url)
        async with phone.http:
            return await phone.state()

    state = asyncio.run(go())
    check(state, "State")
    assert state["poll"] is None


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=40),
    lambda inner: (
        st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
odd_text = st.sampled_from(
    [
        "\x00",
        "\ud800",
        "\u202e right-to-left",
        "🎉" * 10_000,
        "<script>x</script>",
        "' OR 1=1 --",
        "\r\n\r\n",
        "ـ" * 400,
    ]
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    body=st.one_of(
        json_values.map(lambda v: {"answer": v}),
        json_values,
        odd_text.map(lambda t: {"answer": t}),
    )
)
def test_fuzzed_votes_never_break_the_server_or_touch_other_polls(
    unlimited_room: LiveRoom, body: Any
) -> None:
    live_room = unlimited_room
    live_room.open("text")  # opening an open poll again changes nothing
    live_room.open("scale")
    others = {name: live_room.stored(name) for name in ("single", "multi", "rank", "once")}

    async def go() -> list[int]:
        phone = await new_phone(live_room.server.join_url)
        statuses = []
        async with phone.http as http:
            await phone.join()
            for name in ("text", "scale"):
                url = f"{live_room.server.join_url}/api/polls/{live_room.polls[name].id}/vote"
                raw = json.dumps(body, ensure_ascii=False, allow_nan=False)
                data = raw.encode("utf-8", "surrogatepass")
                async with http.post(
                    url, data=data, headers={"Content-Type": "application/json"}
                ) as r:
                    statuses.append(r.status)
                    reply = await r.json(content_type=None)
                    if r.status != 200:
                        check(reply, "Error")
        return statuses

    statuses = asyncio.run(go())
    assert all(s < 500 for s in statuses), statuses
    assert {name: live_room.stored(name) for name in others} == others


def test_oversized_and_slow_clients(live_room: LiveRoom) -> None:
    poll = live_room.open("text")
    url = f"{live_room.server.join_url}/api/polls/{poll.id}/vote"

    async def go() -> None:
        phone = await new_phone(live_room.server.join_url)
        async with phone.http as http:
            await phone.join()
            async with http.post(
                url, data=b"x" * (1024 * 1024), headers={"Content-Type": "application/json"}
            ) as r:
                assert r.status == 413
            # Many connections at once: every one is answered.
            results = await asyncio.gather(
                *(http.get(live_room.server.join_url + "/api/state") for _ in range(100))
            )
            assert {r.status for r in results} == {200}
            for r in results:
                r.release()

    asyncio.run(go())
