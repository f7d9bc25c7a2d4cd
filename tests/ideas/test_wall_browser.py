"""The idea wall and the dot vote in Chromium at phone size, against the real server:
ideas and upvotes reach other phones live, approval, merge, sorting, the plain forms."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser import headless_chromium
from tests.live.conftest import LiveRoom
from workshop_app.domain.ideas import IdeaState
from workshop_app.live.idea_moderation import Moderation, ModerationKind
from workshop_app.store.ideas_repo import IdeasRepo

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}


@pytest.fixture
def browser() -> Iterator[Any]:
    with headless_chromium() as launched:
        yield launched


def _phone(browser: Any, url: str, javascript: bool = True) -> Any:
    context = browser.new_context(**PHONE, locale="en-GB", java_script_enabled=javascript)
    page = context.new_page()
    page.goto(url)
    return page


def _texts(page: Any) -> list[str]:
    return [str(t) for t in page.locator("#ideas li.idea .text").all_text_contents()]


@pytest.mark.browser
def test_ideas_and_upvotes_reach_other_phones_live(idea_room: LiveRoom, browser: Any) -> None:
    wall = idea_room.open("wall")
    assert wall.id is not None
    url = idea_room.server.join_url
    a, b = _phone(browser, url), _phone(browser, url)
    try:
        for page in (a, b):
            page.wait_for_selector("#idea-form")
            expect(page.locator("#conn")).to_have_text("Connected")
        a.fill("#idea-text", "Lights along the river path")
        a.click("#idea-submit")
        expect(a.locator("#confirm")).to_contain_text("on the wall")
        assert a.locator("#idea-text").input_value() == ""
        b.wait_for_selector("#ideas li.idea >> text=Lights along the river path")
        b.fill("#idea-text", "A café in the park")
        b.click("#idea-submit")
        a.wait_for_selector("text=A café in the park")
        # B upvotes A's idea: A sees the count without reloading, and the order changes.
        b.locator("#ideas li.idea", has_text="Lights").locator("button.upvote").click()
        a.wait_for_selector("#ideas li.idea:has-text('Lights') >> text=1 vote")
        upvote = b.locator("#ideas li.idea", has_text="Lights").locator("button.upvote")
        expect(upvote).to_have_attribute("aria-pressed", "true")
        assert _texts(a)[0] == "Lights along the river path"
        a.click("#sort-newest")
        assert _texts(a)[0] == "A café in the park"
        # Withdrawn: back to 0 on both phones.
        upvote.click()
        a.wait_for_selector("#ideas li.idea:has-text('Lights') >> text=0 votes")
        # The facilitator merges the café into the lights: it leaves every phone.
        rows = {r.text: r.id for r in IdeasRepo(idea_room.file).rows(wall.id)}
        idea_room.server.moderate_ideas(
            Moderation(
                wall.id,
                ModerationKind.MERGE,
                rows["Lights along the river path"],
                sources=(rows["A café in the park"],),
            )
        ).result(5)
        expect(a.locator("#ideas li.idea")).to_have_count(1)
        expect(b.locator("#ideas li.idea")).to_have_count(1)
        # The facilitator edits its text: both phones show the new one, marked edited.
        idea_room.server.moderate_ideas(
            Moderation(
                wall.id,
                ModerationKind.EDIT,
                rows["Lights along the river path"],
                text="Lights along the river",
            )
        ).result(5)
        for page in (a, b):
            edited = page.locator("#ideas li.idea")
            expect(edited.locator("p.text")).to_have_text("Lights along the river")
            expect(edited.locator(".tag.edited")).to_have_text("Edited by the facilitator")
    finally:
        a.context.close()
        b.context.close()


@pytest.mark.browser
def test_an_idea_waiting_for_approval(idea_room: LiveRoom, browser: Any) -> None:
    wall = idea_room.open("moderated")
    assert wall.id is not None
    url = idea_room.server.join_url
    a, b = _phone(browser, url), _phone(browser, url)
    try:
        for page in (a, b):
            expect(page.locator("#conn")).to_have_text("Connected")
        a.fill("#idea-text", "Is the budget final?")
        a.click("#idea-submit")
        a.wait_for_selector("#ideas li.idea.pending >> text=Waiting for approval")
        assert "approval" in str(a.locator("#confirm").text_content())
        assert _texts(b) == []
        idea_id = IdeasRepo(idea_room.file).rows(wall.id)[0].id
        idea_room.server.moderate_ideas(
            Moderation(wall.id, ModerationKind.STATE, idea_id, IdeaState.SHOWN)
        ).result(5)
        b.wait_for_selector("#ideas li.idea >> text=Is the budget final?")
        expect(a.locator("#ideas li.idea.pending")).to_have_count(0)
        assert _texts(a) == ["Is the budget final?"]
    finally:
        a.context.close()
        b.context.close()


@pytest.mark.browser
def test_the_wall_without_javascript(idea_room: LiveRoom, browser: Any) -> None:
    wall = idea_room.open("wall")
    assert wall.id is not None
    page = _phone(browser, idea_room.server.join_url, javascript=False)
    try:
        page.fill("#idea-text", "Water fountain")
        with page.expect_navigation():
            page.click("#idea-submit")
        assert page.locator("#confirm").text_content() == "Thank you — your idea is on the wall."
        with page.expect_navigation():
            page.locator("#ideas li.idea button.upvote").click()
        assert page.locator("#confirm").text_content() == "Your upvote counts."
        assert "1 vote" in str(page.locator("#ideas li.idea").text_content())
        with page.expect_navigation():
            page.locator("#ideas li.idea button.upvote").click()  # now: withdraw
        assert page.locator("#confirm").text_content() == "Your upvote was withdrawn."
        page.fill("#idea-text", "Shade")
        with page.expect_navigation():
            page.click("#idea-submit")
        assert _texts(page) == ["Water fountain", "Shade"]  # most votes, then the older
        with page.expect_navigation():
            page.click("nav.sort >> text=Newest")
        assert _texts(page) == ["Shade", "Water fountain"]
    finally:
        page.context.close()
    assert IdeasRepo(idea_room.file).rows(wall.id)[0].votes == 0


@pytest.mark.browser
def test_dot_vote_in_the_browser(idea_room: LiveRoom, browser: Any) -> None:
    idea_room.open("dots")  # 3 dots, at most 2 on one option
    page = _phone(browser, idea_room.server.join_url)
    try:
        page.wait_for_selector(".dot-row")
        more = page.locator(".dot-row").nth(0).locator("button[data-dir=more]")
        more.click()
        more.click()
        more.click()  # a third on one option: refused on the phone already
        assert page.locator("#status").text_content() == "At most 2 on one option."
        page.locator(".dot-row").nth(3).locator("button[data-dir=more]").click()
        assert page.locator("#dots-left").text_content() == "0 left"
        page.click("#submit")
        expect(page.locator("#confirm")).to_have_text("Thank you — your answer was received.")
    finally:
        page.context.close()
    assert idea_room.stored("dots") == [{"0": 2, "3": 1}]
