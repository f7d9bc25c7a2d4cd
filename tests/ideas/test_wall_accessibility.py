"""The idea wall and the dot vote pass axe in light, dark, 320 px and 200 % zoom, with
and without JavaScript, and are used with the keyboard alone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser import headless_chromium
from tests.ideas.conftest import add_idea_polls
from tests.live.conftest import LiveRoom, start_room
from tests.live.test_page_accessibility import audit, context
from workshop_app.clock import SystemClock
from workshop_app.domain.ideas import IdeaState
from workshop_app.live.idea_moderation import Moderation, ModerationKind
from workshop_app.store.ideas_repo import IdeasRepo

LONG_WORD = "Bürgerbeteiligungsverfahrensdokumentationsanforderungen" * 2


@pytest.fixture
def room(tmp_path: Path) -> Iterator[LiveRoom]:
    live = start_room(tmp_path / "a11y-ideas.workshop")
    add_idea_polls(live)
    yield live
    live.server.stop()
    live.file.close()


@pytest.fixture
def browser() -> Iterator[Any]:
    with headless_chromium(axe=True) as launched:
        yield launched


@pytest.mark.browser
def test_wall_and_dot_vote_pass_axe_in_every_state(room: LiveRoom, browser: Any) -> None:
    wall = room.polls["moderated"]
    assert wall.id is not None
    repo = IdeasRepo(room.file)
    now = SystemClock().now()
    for text in ("More benches", f"Read {LONG_WORD}", "Who decides?"):
        # Ideas belong to a run: the room's session, or the live room never shows them.
        repo.add_for_demo(wall.id, text, now, ["x"], IdeaState.SHOWN, room.session_id)
    room.open("moderated")
    ids = {r.text: r.id for r in repo.rows(wall.id)}
    room.server.moderate_ideas(Moderation(wall.id, ModerationKind.PIN, ids["More benches"])).result(
        5
    )
    room.server.moderate_ideas(
        Moderation(wall.id, ModerationKind.ANSWERED, ids["Who decides?"])
    ).result(5)
    ctx = context(browser)
    page = ctx.new_page()
    try:
        page.goto(room.server.join_url)
        expect(page.locator("#conn")).to_have_text("Connected")
        audit(page, "idea wall")
        page.fill("#idea-text", "A question waiting")
        page.click("#idea-submit")
        expect(page.locator("#ideas li.idea.pending")).to_have_count(1)
        page.locator("#ideas li.idea", has_text="More benches").locator("button").click()
        expect(page.locator("#status")).to_have_text("Your upvote counts.")
        audit(page, "idea wall, own idea waiting, upvoted")
        page.click("#sort-newest")
        audit(page, "idea wall by newest")
        room.close("moderated")
        room.open("dots")
        expect(page.locator(".dot-row")).to_have_count(4)
        page.locator(".dot-row").nth(0).locator("button[data-dir=more]").click()
        audit(page, "dot vote")
        room.close("dots")
        room.open("points")
        expect(page.locator(".dot-row")).to_have_count(2)
        audit(page, "points")
    finally:
        ctx.close()
        room.close("points")
    # The page without its scripts (they never arrive): switching JavaScript off would
    # stop axe's own timers as well.
    plain = context(browser)
    page = plain.new_page()
    page.route("**/static/*.js", lambda route: route.abort())
    try:
        room.open("moderated")
        page.goto(room.server.join_url)
        audit(page, "idea wall without JavaScript")
        room.close("moderated")
        room.open("dots")
        page.goto(room.server.join_url)
        audit(page, "dot vote without JavaScript")
    finally:
        plain.close()


@pytest.mark.browser
def test_the_wall_with_the_keyboard_alone(room: LiveRoom, browser: Any) -> None:
    wall = room.polls["wall"]
    assert wall.id is not None
    IdeasRepo(room.file).add_for_demo(
        wall.id, "Shade trees", SystemClock().now(), [], IdeaState.SHOWN, room.session_id
    )
    room.open("wall")
    ctx = context(browser)
    page = ctx.new_page()
    try:
        page.goto(room.server.join_url)
        expect(page.locator("#conn")).to_have_text("Connected")
        page.locator("#idea-text").focus()
        page.keyboard.type("Drinking water")
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.id") == "idea-submit"
        page.keyboard.press("Enter")
        expect(page.locator("#ideas li.idea")).to_have_count(2)
        button = page.locator("#ideas li.idea", has_text="Shade trees").locator("button")
        button.focus()
        page.keyboard.press("Space")
        expect(button).to_have_attribute("aria-pressed", "true")
        # It moved above the newer idea; the focus stayed on its button.
        assert page.evaluate("document.activeElement.getAttribute('aria-pressed')") == "true"
    finally:
        ctx.close()
    rows = {r.text: r.votes for r in IdeasRepo(room.file).rows(wall.id)}
    assert rows == {"Shade trees": 1, "Drinking water": 0}
