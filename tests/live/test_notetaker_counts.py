"""The note-taker enters people present, paper counts, a ranked ballot and a proxy answer
from a tablet (headless Chromium, real sockets); everything is in the file, the laptop is
told through the snapshot, the page passes axe, and the links are guarded as the notes'."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from tests.browser import headless_chromium
from tests.live.conftest import LiveRoom, start_room
from tests.live.test_page_accessibility import audit, context
from workshop_app.clock import SystemClock
from workshop_app.domain.channels import Channel
from workshop_app.live.tokens import new_notetaker_token
from workshop_app.store.offline_repo import HeadcountsRepo, OfflineAnswersRepo
from workshop_app.store.responses_repo import ResponsesRepo


@pytest.fixture
def room(tmp_path: Path) -> Iterator[LiveRoom]:
    live = start_room(tmp_path / "counts.workshop")
    live.server.set_notetaker_token(new_notetaker_token())
    item_id = live.polls["single"].item_id
    live.server.set_current_item(item_id).result(timeout=5)
    yield live
    live.server.stop()
    live.file.close()


@pytest.fixture
def browser() -> Iterator[Any]:
    with headless_chromium(axe=True) as launched:
        yield launched


def poll_section(page: Any, question: str) -> Any:
    return page.locator("section.poll", has=page.get_by_role("heading", name=question))


def test_counts_people_and_proxy_from_the_note_takers_tablet(room: LiveRoom, browser: Any) -> None:
    single, rank = room.polls["single"], room.polls["rank"]
    assert single.id is not None and rank.id is not None and single.item_id is not None
    now = SystemClock().now()
    for value in [0] * 20 + [1] * 10:  # 30 phones answered before
        ResponsesRepo(room.file).add(single.id, value, now)
    url = room.server.notetaker_url
    assert url is not None
    ctx = context(browser)
    page = ctx.new_page()
    try:
        page.goto(url)
        page.get_by_role("link", name="Counts in the room").click()
        page.get_by_role("heading", name="Where do you live?").wait_for(timeout=5000)

        page.get_by_label("People present").fill("45")
        page.get_by_role("button", name="Save", exact=True).click()
        page.get_by_text("People present saved.").wait_for(timeout=5000)
        assert HeadcountsRepo(room.file).people(single.item_id) == 45

        section = poll_section(page, "Where do you live?")
        section.get_by_label("Paper ballots: 1. North").fill("5")
        section.get_by_label("Paper ballots: 3. East").fill("7")
        section.get_by_role("button", name="Save counts").click()
        page.get_by_text("Counts saved.").wait_for(timeout=5000)
        offline = OfflineAnswersRepo(room.file)
        assert offline.count_of(single.id, Channel.PAPER, 0) == 5
        assert offline.count_of(single.id, Channel.PAPER, 2) == 7
        section = poll_section(page, "Where do you live?")
        assert section.locator("p.total").inner_text() == "42 answers · Phones 30, Paper ballots 12"

        section.get_by_label("One answer, as on the ballot").fill("2")
        section.get_by_role("button", name="Enter for someone without a phone").click()
        page.get_by_text("Entered for someone without a phone.").wait_for(timeout=5000)
        assert offline.count_of(single.id, Channel.PROXY, 1) == 1

        ranking = poll_section(page, "Priorities")
        ranking.get_by_label("One answer, as on the ballot").fill("3 1 2")
        ranking.get_by_role("button", name="Add paper ballot").click()
        page.get_by_text("Ballot added.").wait_for(timeout=5000)
        assert offline.count_of(rank.id, Channel.PAPER, [2, 0, 1]) == 1
        audit(page, "note-taker counts")

        # A ballot that does not fit is refused with what to type, and nothing is stored.
        ranking = poll_section(page, "Priorities")
        ranking.get_by_label("One answer, as on the ballot").fill("3 3 1")
        ranking.get_by_role("button", name="Add paper ballot").click()
        page.get_by_text("That is not an answer to this poll.").wait_for(timeout=5000)
        assert "first choice first, e.g. 2 1 3" in page.content()
        assert offline.count_of(rank.id, Channel.PAPER, [2, 2, 0]) == 0
    finally:
        ctx.close()
    # The laptop hears of it through the snapshot, as it hears of the note-taker's notes.
    room.wait_for_snapshot(lambda snapshot: snapshot.counts_revision >= 4)


async def _status(method: str, url: str, data: dict[str, str] | None = None) -> int:
    async with (
        aiohttp.ClientSession() as http,
        http.request(method, url, data=data, allow_redirects=False) as response,
    ):
        return response.status


def status(method: str, url: str, data: dict[str, str] | None = None) -> int:
    return asyncio.run(_status(method, url, data))


def test_the_counts_routes_are_guarded_like_the_notes(room: LiveRoom) -> None:
    single = room.polls["single"]
    base = room.server.base_url
    join_token = room.server.join_url.rsplit("/", 1)[1]
    url = room.server.notetaker_url
    assert url is not None
    assert status("GET", f"{base}/n/{join_token}/counts") == 403
    assert status("GET", f"{base}/n/not-a-link/counts") == 404
    form = {"poll_id": str(single.id), "paper_0": "4"}
    assert status("POST", f"{base}/n/{join_token}/counts/cells", form) == 403
    assert (
        status("POST", f"{url}/counts/cells", {"poll_id": str(single.id), "paper_0": "-3"}) == 400
    )
    assert status("POST", f"{url}/counts/cells", {"poll_id": "999", "paper_0": "3"}) == 404
    assert status("POST", f"{url}/counts/cells", form) == 303
    assert OfflineAnswersRepo(room.file).count_of(single.id, Channel.PAPER, 0) == 4
    room.server.set_notetaker_token(None)  # revoked
    assert status("POST", f"{url}/counts/cells", {"poll_id": str(single.id), "paper_0": "9"}) == 404
    assert OfflineAnswersRepo(room.file).count_of(single.id, Channel.PAPER, 0) == 4
