"""The phone's first screen, in Chromium at phone size against the real server: what is
stored, for how long, who reads written answers, k, the room's network only; shown once
per device and session, in the phone's language, one tap to continue, and never in the
way of a vote."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser import headless_chromium
from tests.live.conftest import LiveRoom, start_room
from tests.live.test_phone_browser import PHONE, RECEIVED

ENGLISH = [
    "Before you answer",
    "What is stored: your answers, on the facilitator's laptop",
    "For how long:",
    "Written answers: the facilitator sees them as they arrive",
    "a result is shown only once 5 people have answered",
    "over this room's network only",
]
FRENCH = [
    "Avant de répondre",
    "Ce qui est enregistré : vos réponses",
    "Pour combien de temps :",
    "Réponses écrites : l'animateur les voit à leur arrivée",
    "un résultat n'est montré qu'une fois que 5 personnes ont répondu",
    "par le réseau de cette salle uniquement",
]


@pytest.fixture
def room(tmp_path: Path) -> Iterator[LiveRoom]:
    live = start_room(tmp_path / "first.workshop", min_group=5)
    yield live
    live.server.stop()
    live.file.close()


@pytest.fixture
def browser() -> Iterator[Any]:
    with headless_chromium() as launched:
        yield launched


@pytest.mark.browser
@pytest.mark.parametrize(
    ("locale", "expected", "go_on"),
    [
        ("en-GB", ENGLISH, "Continue"),
        ("fr-FR", FRENCH, "Continuer"),
    ],
)
def test_the_first_screen_says_what_is_stored_once_in_the_phones_language(
    room: LiveRoom, browser: Any, locale: str, expected: list[str], go_on: str
) -> None:
    room.open("single")
    context = browser.new_context(**PHONE, locale=locale)
    page = context.new_page()
    try:
        page.goto(room.server.join_url)
        notice = page.locator("#notice")
        text = " ".join(notice.inner_text().split())
        for phrase in expected:
            assert phrase in text, phrase
        # Above the poll, not over it: the question is there and can be answered now.
        assert page.locator("label.choice").nth(0).is_visible()
        page.get_by_role("link", name=go_on).click()
        assert notice.is_hidden()
        # Once per device and session: the same phone reloading is not told again.
        page.reload()
        assert page.locator("#notice").count() == 0
    finally:
        context.close()


@pytest.mark.browser
def test_the_first_screen_never_blocks_a_vote(room: LiveRoom, browser: Any) -> None:
    poll = room.open("single")
    context = browser.new_context(**PHONE, locale="en-GB")
    page = context.new_page()
    try:
        page.goto(room.server.join_url)
        page.get_by_text("Connected").wait_for(timeout=5000)
        assert page.locator("#notice").is_visible()
        page.locator("label.choice").nth(1).click()  # without tapping Continue first
        page.get_by_role("button", name="Send my answer").click()
        page.get_by_text(RECEIVED).wait_for(timeout=5000)
        assert room.stored("single") == [1]
        assert poll.id is not None
    finally:
        context.close()


@pytest.mark.browser
def test_without_javascript_continue_goes_to_the_poll(room: LiveRoom, browser: Any) -> None:
    room.open("single")
    context = browser.new_context(**PHONE, locale="en-GB", java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(room.server.join_url)
        page.get_by_role("link", name="Continue").click()
        assert page.url.endswith("#poll")
        assert page.locator("label.choice").nth(0).is_visible()
    finally:
        context.close()
