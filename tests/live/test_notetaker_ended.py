"""The note-taker page is told when the facilitator ends the session: its live channel
carries "ended" before the server stops, the page stops asking and retrying, and a note
typed but not sent stays in the box with a message saying it was not saved."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from tests.browser import headless_chromium
from tests.live.conftest import LiveRoom, start_room
from tests.ui import plan_fixtures
from tests.ui.plan_fixtures import three_item_plan
from workshop_app.live.ending_notice import MAX_CHANNELS
from workshop_app.live.tokens import new_notetaker_token
from workshop_app.store.notes_repo import NotesRepo
from workshop_app.ui.run.live_adapter import ServerLivePolling
from workshop_app.ui.workspace import Workspace

context = plan_fixtures.context
answering = plan_fixtures.answering
TABLET = {"viewport": {"width": 800, "height": 1280}, "has_touch": True}


@pytest.fixture
def room(tmp_path: Path) -> Iterator[LiveRoom]:
    live = start_room(tmp_path / "ending.workshop")
    live.server.set_notetaker_token(new_notetaker_token())
    yield live
    live.server.stop()
    live.file.close()


async def _read_until_closed(url: str, opened: asyncio.Event) -> tuple[int, bytes]:
    async with aiohttp.ClientSession() as http, http.get(url) as response:
        opened.set()
        return response.status, await response.read()


def _channel_outcome(room: LiveRoom, *, ended: bool) -> tuple[int, bytes]:
    url = f"{room.server.notetaker_url}/api/events"

    async def go() -> tuple[int, bytes]:
        opened = asyncio.Event()
        reading = asyncio.ensure_future(_read_until_closed(url, opened))
        await opened.wait()
        ending = room.server._ending
        assert ending is not None
        while ending.open_channels == 0:  # the handler has registered the channel
            await asyncio.sleep(0.005)
        await asyncio.to_thread(room.server.stop, session_ended=ended)
        return await reading

    return asyncio.run(go())


def test_the_channel_says_ended_when_the_session_ends(room: LiveRoom) -> None:
    status, body = _channel_outcome(room, ended=True)
    assert status == 200
    assert body.startswith(b"retry: 2000\n\n")
    assert body.endswith(b"event: ended\ndata: {}\n\n")


def test_a_server_stopped_without_ending_the_session_says_nothing(room: LiveRoom) -> None:
    """Suspending (or quitting with the session kept open) is not an end: the page only
    loses the connection and reconnects when the session resumes."""
    status, body = _channel_outcome(room, ended=False)
    assert status == 200 and b"ended" not in body


def test_the_channel_is_the_note_takers_alone(room: LiveRoom) -> None:
    base = room.server.base_url

    async def status_of(path: str) -> int:
        async with aiohttp.ClientSession() as http, http.get(base + path) as response:
            return response.status

    join_token = room.server.join_url.rsplit("/", 1)[1]
    assert asyncio.run(status_of(f"/n/{join_token}/api/events")) == 403
    assert asyncio.run(status_of("/n/not-a-token-at-all-0123456789/api/events")) == 404


def test_a_few_tabs_are_a_note_taker_more_are_refused(room: LiveRoom) -> None:
    url = f"{room.server.notetaker_url}/api/events"

    async def go() -> list[int]:
        async with aiohttp.ClientSession() as http:
            held = [await http.get(url) for _ in range(MAX_CHANNELS)]
            async with http.get(url) as refused:
                statuses = [r.status for r in held] + [refused.status]
            for response in held:
                response.close()
            return statuses

    assert asyncio.run(go()) == [200] * MAX_CHANNELS + [429]


@contextmanager
def _tablet_in_a_session(qtbot: Any, context: Any, answering: Any) -> Iterator[_Tablet]:
    """A session run from the console with its note-taker link open on a tablet, the
    tablet's live channel open."""
    three_item_plan(context.file)
    live = ServerLivePolling(context, host="127.0.0.1", port=0)
    workspace = Workspace(context, prompter=answering, live_factory=lambda _c: live)
    qtbot.addWidget(workspace)
    with headless_chromium() as browser:
        try:
            assert workspace.start_session()
            panel = workspace.console.notetaker_link  # type: ignore[union-attr]
            assert panel is not None
            panel.show_button.click()
            url = live.notetaker_url()
            assert url is not None
            tablet = browser.new_context(**TABLET, locale="en-GB")
            page = tablet.new_page()
            page.clock.install()  # the page's timers run when the test says, not by waiting
            asked: list[str] = []
            page.on("request", lambda request: asked.append(request.url))
            page.goto(url)
            ending = live.server._ending  # type: ignore[union-attr]
            qtbot.waitUntil(lambda: ending.open_channels == 1, timeout=5000)
            yield _Tablet(workspace, page, asked)
            tablet.close()
        finally:
            if workspace.controller is not None and workspace.controller.session is not None:
                workspace.end_session(ask=False)
            workspace.shutdown()


@dataclass
class _Tablet:
    workspace: Workspace
    page: Any
    asked: list[str]

    def end_session(self) -> None:
        """What the facilitator does: End session… in the console (the prompt answered)."""
        self.workspace.console.end_button.click()  # type: ignore[union-attr]
        assert self.workspace.controller is None or self.workspace.controller.session is None
        self.page.locator("#conn", has_text="Session ended").wait_for(timeout=5000)


@pytest.mark.browser
def test_end_session_in_the_console_reaches_the_note_takers_tablet(
    qtbot: Any, context: Any, answering: Any
) -> None:
    """The facilitator clicks End session… while the note-taker is typing: the tablet
    says the session ended, stops retrying, keeps the typed text to be copied."""
    with _tablet_in_a_session(qtbot, context, answering) as tablet:
        page, asked = tablet.page, tablet.asked
        entry = page.locator("#text")
        entry.fill("sent before the end")
        entry.press("Enter")
        page.get_by_text("Note added.").wait_for(timeout=5000)
        entry.fill("typed when the facilitator ended")
        # While the session runs, the page asks for the notes every two seconds.
        asked.clear()
        page.clock.run_for(2_500)
        qtbot.waitUntil(lambda: any(u.endswith("/api/state") for u in asked), timeout=5000)

        tablet.end_session()
        status = page.locator("#status")
        assert "ended the session before this note was sent" in status.inner_text()
        assert entry.input_value() == "typed when the facilitator ended"
        assert page.locator("#text").evaluate("e => e.readOnly")
        assert page.locator("#submit").is_disabled()
        # The page stops asking and sending: nothing goes out in the next minute.
        asked.clear()
        entry.press("Enter")
        page.clock.run_for(60_000)
        page.evaluate("() => fetch('/static/none').catch(() => null)")  # a marker
        qtbot.waitUntil(lambda: any(u.endswith("/static/none") for u in asked), timeout=5000)
        assert [u for u in asked if not u.endswith("/static/none")] == []
        assert [n.text for n in NotesRepo(context.file).all()] == ["sent before the end"]


@pytest.mark.browser
def test_a_note_stored_just_before_the_end_is_not_called_unsaved(
    qtbot: Any, context: Any, answering: Any
) -> None:
    """The server stored the note, then the end reached the tablet before the answer
    did: the page first says the note was not saved, then, with the answer, that it was."""
    with _tablet_in_a_session(qtbot, context, answering) as tablet:
        page = tablet.page
        held: list[tuple[Any, Any]] = []

        def store_but_hold_the_answer(route: Any) -> None:
            held.append((route, route.fetch()))  # the server has stored it; the page waits

        page.route("**/api/notes", store_but_hold_the_answer)
        entry = page.locator("#text")
        entry.fill("stored as the session ended")
        entry.press("Enter")
        for _ in range(500):  # each call into the browser lets the route handler run
            if held:
                break
            page.evaluate("0")
        assert len(held) == 1
        assert [n.text for n in NotesRepo(context.file).all()] == ["stored as the session ended"]

        tablet.end_session()
        status = page.locator("#status")
        assert "ended the session before this note was sent" in status.inner_text()
        route, response = held[0]
        route.fulfill(response=response)
        page.get_by_text("Note added. The facilitator ended the session.").wait_for(timeout=5000)
        assert entry.input_value() == ""
