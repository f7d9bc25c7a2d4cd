"""Ballot stuffing by dropping the cookie: one address gets ten new phones at once, then
four a minute; the phones it already has are never refused. Through the real server."""

from __future__ import annotations

import asyncio
from pathlib import Path

from tests.live.conftest import LiveRoom, new_phone, start_room
from workshop_app.live.device_admission import DeviceAdmission


class FakeMonotonic:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def cap_room(path: Path, clock: FakeMonotonic) -> LiveRoom:
    # No address is exempt here (the other live tests let loopback through).
    room = start_room(path, unlimited_addresses=())
    room.server.room.admission = DeviceAdmission(10, 4.0, monotonic=clock)
    return room


async def drop_cookie_and_vote(room: LiveRoom, times: int) -> list[tuple[int, int | None]]:
    """A script that forgets its cookie before every ballot: (page status, vote status)."""
    poll = room.polls["once"]
    outcomes: list[tuple[int, int | None]] = []
    for _ in range(times):
        phone = await new_phone(room.server.join_url)
        async with phone.http:
            async with phone.http.get(phone.join_url, headers={"Accept": "text/html"}) as page:
                status, body = page.status, await page.text()
            if status != 200:
                assert "Too many new phones have joined from this network address" in body
                outcomes.append((status, None))
                continue
            voted, _ = await phone.vote(poll, 0)
            outcomes.append((status, voted))
    return outcomes


def test_cookie_dropping_from_one_address_stops_at_the_cap(tmp_path: Path) -> None:
    clock = FakeMonotonic()
    room = cap_room(tmp_path / "cap.workshop", clock)
    try:
        room.open("once")
        outcomes = asyncio.run(drop_cookie_and_vote(room, 30))
        assert outcomes[:10] == [(200, 200)] * 10
        assert outcomes[10:] == [(429, None)] * 20
        assert len(room.stored("once")) == 10  # not 30
        snap = room.wait_for_snapshot(lambda s: s.devices_refused == 20)
        assert snap.devices_joined == 10 and snap.most_devices_from_one_address == 10
        # A minute later: four more, not thirty.
        clock.now += 60
        later = asyncio.run(drop_cookie_and_vote(room, 10))
        assert [page for page, _ in later].count(200) == 4
        assert len(room.stored("once")) == 14
    finally:
        room.server.stop()
        room.file.close()


def test_a_phone_with_its_cookie_is_never_refused_by_the_cap(tmp_path: Path) -> None:
    clock = FakeMonotonic()
    room = cap_room(tmp_path / "family.workshop", clock)
    try:
        poll = room.open("single")

        async def go() -> list[int]:
            family = [await new_phone(room.server.join_url) for _ in range(10)]
            try:
                for phone in family:
                    await phone.join()  # a family of ten behind one hotspot: all get in
                stranger = await new_phone(room.server.join_url)
                async with stranger.http, stranger.http.get(stranger.join_url) as page:
                    assert page.status == 429
                statuses = []
                for phone in family:  # … and keep their page and their vote
                    await phone.join()
                    statuses.append((await phone.vote(poll, 1))[0])
                return statuses
            finally:
                await asyncio.gather(*(p.http.close() for p in family))

        assert asyncio.run(go()) == [200] * 10
    finally:
        room.server.stop()
        room.file.close()
