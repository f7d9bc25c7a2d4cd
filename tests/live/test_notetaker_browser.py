"""The note-taker page in a real browser on a tablet-sized screen, against the real server:
Enter adds, markup stays text, a note that failed to send is kept and retried."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser import headless_chromium
from tests.live.conftest import LiveRoom, start_room
from workshop_app.domain.workshop import AgendaItem
from workshop_app.live.tokens import new_notetaker_token
from workshop_app.store.notes_repo import NotesRepo

TABLET = {"viewport": {"width": 800, "height": 1280}, "has_touch": True}


@pytest.fixture
def room(tmp_path: Path) -> Iterator[LiveRoom]:
    live = start_room(tmp_path / "tablet.workshop")
    live.server.set_current_item(live.polls["single"].item_id).result(timeout=5)
    live.server.set_notetaker_token(new_notetaker_token())
    yield live
    live.server.stop()
    live.file.close()


@pytest.fixture
def browser() -> Iterator[Any]:
    with headless_chromium() as launched:
        yield launched


def texts(room: LiveRoom) -> list[str]:
    return [n.text for n in NotesRepo(room.file).all()]


@pytest.mark.browser
def test_the_note_taker_page_on_a_tablet(room: LiveRoom, browser: Any) -> None:
    url = room.server.notetaker_url
    assert url is not None
    tablet = browser.new_context(**TABLET, locale="en-GB")
    page = tablet.new_page()
    try:
        page.goto(url)
        assert page.locator("#item").text_content() == "Warm-up"
        entry = page.locator("#text")

        entry.fill("<b>bold</b> & co")
        entry.press("Enter")
        page.get_by_text("Note added.").wait_for(timeout=5000)
        assert entry.input_value() == ""
        assert page.locator("#notes .text").first.text_content() == "<b>bold</b> & co"
        assert page.locator("#notes b").count() == 0  # shown as text, never as markup
        assert texts(room) == ["<b>bold</b> & co"]

        # The network drops the first attempt: the note stays in the entry and is retried.
        attempts: list[str] = []

        def flaky(route: Any) -> None:
            attempts.append(route.request.method)
            if len(attempts) == 1:
                route.abort()
            else:
                route.continue_()

        page.route("**/api/notes", flaky)
        entry.fill("kept through the outage")
        entry.press("Enter")
        page.get_by_text("Not sent yet").wait_for(timeout=5000)
        assert entry.input_value() == "kept through the outage"
        page.get_by_text("Note added.").wait_for(timeout=10000)
        assert entry.input_value() == ""
        assert attempts == ["POST", "POST"]
        assert texts(room) == ["<b>bold</b> & co", "kept through the outage"]
        page.unroute("**/api/notes")

        # Edit one's own note.
        page.locator("#notes li").first.get_by_role("button", name="Edit").click()
        assert entry.input_value() == "<b>bold</b> & co"
        entry.fill("bold, edited")
        entry.press("Enter")
        page.get_by_text("Note saved.").wait_for(timeout=5000)
        assert texts(room) == ["bold, edited", "kept through the outage"]

        # The page follows run mode to the next item.
        second = room.file.add_item(AgendaItem(title="Walk <around>")).id
        room.server.set_current_item(second).result(timeout=5)
        page.locator("#item").get_by_text("Walk <around>").wait_for(timeout=5000)
        page.get_by_text("No notes for this item yet.").wait_for(timeout=5000)
    finally:
        tablet.close()


@pytest.mark.browser
def test_a_bidi_override_in_a_note_stays_inside_it(room: LiveRoom, browser: Any) -> None:
    """U+202E in a note cannot reorder the kind label or the meta text beside it."""
    url = room.server.notetaker_url
    assert url is not None
    typed = "abc\u202edef"
    page = browser.new_context(**TABLET, locale="en-GB").new_page()
    try:
        page.goto(url)
        page.locator("#text").fill(typed)
        page.locator("#text").press("Enter")
        page.get_by_text("Note added.").wait_for(timeout=5000)
        isolate = page.locator("#notes .text bdi").first
        isolate.wait_for(timeout=5000)
        assert isolate.text_content() == typed  # shown as typed, inside its own isolate
        assert isolate.get_attribute("dir") == "auto"
        assert texts(room) == [typed]  # and kept as typed
    finally:
        page.context.close()
