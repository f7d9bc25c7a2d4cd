"""The participant page in Chromium at phone size, against the real server: voting with
JavaScript off on every poll type, an early tap kept, cross-origin posts refused, and the
page saying where the phone stands (poll closed, results hidden, session ended, laptop
out of reach)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from tests.browser import headless_chromium
from tests.live.conftest import LiveRoom, start_room
from workshop_app.domain.polls import Poll, PollSettings, PollType

PHONE = {
    "viewport": {"width": 390, "height": 844},
    "device_scale_factor": 2,
    "is_mobile": True,
    "has_touch": True,
}
RECEIVED = "Thank you — your answer was received."


@pytest.fixture
def room(tmp_path: Path) -> Iterator[LiveRoom]:
    live = start_room(tmp_path / "phone.workshop")
    yield live
    live.server.stop()
    live.file.close()


@pytest.fixture
def browser() -> Iterator[Any]:
    with headless_chromium() as launched:
        yield launched


def phone(browser: Any, *, javascript: bool = True, locale: str = "en-GB") -> Any:
    return browser.new_context(**PHONE, locale=locale, java_script_enabled=javascript)


@pytest.mark.browser
def test_without_javascript_every_poll_type_is_voted_and_stored(
    room: LiveRoom, browser: Any
) -> None:
    context = phone(browser, javascript=False)
    page = context.new_page()
    url = room.server.join_url

    def answer(name: str, fill: Any) -> None:
        room.open(name)
        page.goto(url)
        fill()
        with page.expect_navigation():
            page.locator("#submit").click()
        assert page.locator("#confirm").text_content() == RECEIVED
        room.close(name)

    try:
        answer("single", lambda: page.locator("label.choice").nth(2).click())
        answer(
            "multi",
            lambda: [page.locator("label.choice").nth(i).click() for i in (0, 3)],
        )
        answer("scale", lambda: page.locator("label.step").nth(3).click())
        answer("text", lambda: page.locator("textarea").fill("Plus de lumière"))

        def rank() -> None:
            for option, place in ((0, "2"), (1, "3"), (2, "1")):
                page.locator(f"select[name=rank_{option}]").select_option(place)

        answer("rank", rank)
    finally:
        context.close()
    assert room.stored("single") == [2]
    assert room.stored("multi") == [[0, 3]]
    assert room.stored("scale") == [4]
    assert room.stored("text") == ["Plus de lumière"]
    assert room.stored("rank") == [[2, 0, 1]]


@pytest.mark.browser
def test_without_javascript_a_refused_vote_is_a_page_in_the_phones_language(
    room: LiveRoom, browser: Any
) -> None:
    context = phone(browser, javascript=False, locale="fr-FR")
    page = context.new_page()
    try:
        room.open("multi")
        page.goto(room.server.join_url)
        for i in (0, 1, 2):
            page.locator("label.choice").nth(i).click()
        with page.expect_navigation() as sent:
            page.locator("#submit").click()
        assert sent.value.status == 400
        assert page.locator("html").get_attribute("lang") == "fr"
        assert page.get_by_role("alert").text_content() == "Choisissez au plus 2 options."
        # The page links back to the question, where the phone answers again.
        page.get_by_role("link", name="Retour à la question").click()
        page.locator("label.choice").nth(1).click()
        with page.expect_navigation():
            page.locator("#submit").click()
        assert page.locator("#confirm").text_content() == "Merci — votre réponse a bien été reçue."

        # A poll closed between loading the page and sending: said so, nothing stored.
        room.open("single")
        page.goto(room.server.join_url)
        page.locator("label.choice").nth(0).click()
        room.close("single")
        with page.expect_navigation() as late:
            page.locator("#submit").click()
        assert late.value.status == 409
        assert page.get_by_role("alert").text_content() == (
            "Ce sondage a été clos avant l'arrivée de votre réponse."
        )
    finally:
        context.close()
    assert room.stored("multi") == [[1]]
    assert room.stored("single") == []


class _OtherSite(BaseHTTPRequestHandler):
    """A page on another origin (another port of 127.0.0.1) with a form aimed at the room."""

    form = ""

    def do_GET(self) -> None:
        body = self.form.encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def other_site() -> Iterator[tuple[type[_OtherSite], str]]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _OtherSite)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield _OtherSite, f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()
    thread.join(5)


@pytest.mark.browser
def test_a_form_posted_from_another_origin_is_refused(
    room: LiveRoom, browser: Any, other_site: tuple[type[_OtherSite], str]
) -> None:
    site, other_url = other_site
    poll = room.open("single")
    site.form = (
        f'<!doctype html><form method="post" action="{room.server.join_url}/vote">'
        f'<input type="hidden" name="poll_id" value="{poll.id}">'
        '<input type="hidden" name="answer" value="1"><button id="go">Go</button></form>'
    )
    for javascript in (False, True):
        context = phone(browser, javascript=javascript)
        page = context.new_page()
        try:
            page.goto(room.server.join_url)  # the phone holds its device cookie
            page.goto(other_url)
            with page.expect_navigation() as sent:
                page.locator("#go").click()
            assert sent.value.status == 403
            assert page.get_by_role("alert").text_content() == (
                "Requests from other sites are refused."
            )
        finally:
            context.close()
    assert room.stored("single") == []


@pytest.mark.browser
@pytest.mark.parametrize("name", ["single", "multi"])
def test_an_option_tapped_before_the_script_runs_is_kept(
    room: LiveRoom, browser: Any, name: str
) -> None:
    room.open(name)
    context = phone(browser)
    page = context.new_page()
    held: list[Any] = []
    # A slow network: the script waits until the phone has tapped.
    page.route("**/static/participant.js", lambda route: held.append(route))
    try:
        with page.expect_request("**/static/participant.js"):
            page.goto(room.server.join_url, wait_until="commit")
        page.locator("label.choice").nth(1).click()
        assert len(held) == 1 and page.get_by_text("Connected").count() == 0
        held[0].continue_()
        page.get_by_text("Connected").wait_for(timeout=5000)
        assert page.locator("#poll-form[novalidate]").count() == 1  # the script's own form
        assert page.locator("label.choice input").nth(1).is_checked()
        page.get_by_role("button", name="Send my answer").click()
        page.get_by_text(RECEIVED).wait_for(timeout=5000)
    finally:
        context.close()
    assert room.stored(name) == [1 if name == "single" else [1]]


@pytest.mark.browser
def test_send_tapped_before_the_script_runs_posts_the_plain_form(
    room: LiveRoom, browser: Any
) -> None:
    room.open("scale")
    context = phone(browser)
    page = context.new_page()
    page.route("**/static/participant.js", lambda route: route.abort())  # never arrives
    try:
        page.goto(room.server.join_url)
        page.locator("label.step").nth(4).click()
        with page.expect_navigation() as sent:
            page.locator("#submit").click()
        assert sent.value.ok
        assert page.locator("#confirm").text_content() == RECEIVED
    finally:
        context.close()
    assert room.stored("scale") == [5]


@pytest.mark.browser
def test_the_phone_is_told_when_the_poll_closes_while_it_answers(
    room: LiveRoom, browser: Any
) -> None:
    room.open("single")
    context = phone(browser)
    page = context.new_page()
    try:
        page.goto(room.server.join_url)
        page.get_by_text("Connected").wait_for(timeout=5000)
        page.locator("label.choice").nth(0).click()
        room.close("single")
        page.get_by_text("This poll closed before your answer arrived.").wait_for(timeout=5000)
        assert page.get_by_text("Waiting for the next question").is_visible()
    finally:
        context.close()


@pytest.mark.browser
def test_hidden_results_are_announced_on_the_phone(room: LiveRoom, browser: Any) -> None:
    single = room.polls["single"]
    hidden = room.file.add_poll(
        Poll(
            PollType.SINGLE_CHOICE,
            "Secret ballot?",
            ["Yes", "No"],
            item_id=single.item_id,
            settings=PollSettings(results_hidden=True),
        )
    )
    room.polls["hidden"] = hidden
    context = phone(browser)
    page = context.new_page()
    try:
        room.open("single")
        page.goto(room.server.join_url)
        page.get_by_text("Connected").wait_for(timeout=5000)
        assert page.locator("#results-note").count() == 0
        room.close("single")
        room.open("hidden")
        page.locator("#question").get_by_text("Secret ballot?").wait_for(timeout=5000)
        note = page.locator("#results-note")
        assert note.text_content() == "The results stay hidden until the poll closes."
    finally:
        context.close()


@pytest.mark.browser
def test_the_phone_is_told_the_session_ended(room: LiveRoom, browser: Any) -> None:
    room.open("single")
    context = phone(browser, locale="fr-FR")
    page = context.new_page()
    try:
        page.goto(room.server.join_url)
        page.get_by_text("Connecté").wait_for(timeout=5000)
        room.server.stop(session_ended=True)
        page.get_by_text("Cette session est terminée — merci.").wait_for(timeout=5000)
        assert page.locator("#poll-form").count() == 0
        assert page.locator("#conn").text_content() == ""  # not "reconnecting"
    finally:
        context.close()


@pytest.mark.browser
def test_a_suspended_session_is_not_announced_as_ended(room: LiveRoom, browser: Any) -> None:
    """Quitting with the session kept open stops the server, but the phones will be back
    on the same link when it resumes: they reconnect, they are not told it ended."""
    room.open("single")
    context = phone(browser)
    page = context.new_page()
    try:
        page.goto(room.server.join_url)
        page.get_by_text("Connected").wait_for(timeout=5000)
        room.server.stop()
        page.get_by_text("Connection lost. Reconnecting…").wait_for(timeout=5000)
        assert page.locator("#ended").count() == 0
        assert page.locator("#question").text_content() == "Where do you live?"
    finally:
        context.close()


@pytest.mark.browser
def test_the_phone_says_when_the_laptop_is_out_of_reach_and_recovers(
    room: LiveRoom, browser: Any
) -> None:
    context = phone(browser)
    context.add_init_script("window.participantConfig = { unreachableAfterMs: 300 };")
    page = context.new_page()
    page.route("**/api/events", lambda route: route.abort())  # the laptop is gone
    try:
        page.goto(room.server.join_url)
        page.get_by_text("Connection lost. Reconnecting…").wait_for(timeout=5000)
        page.get_by_text("The facilitator's laptop is not reachable.").wait_for(timeout=5000)
        page.unroute("**/api/events")
        page.get_by_text("Connected").wait_for(timeout=10000)
        assert page.locator("#unreachable").count() == 0
    finally:
        context.close()
