"""The participant and note-taker pages for people who use screen readers, keyboards, zoom
and dark mode, in Chromium against the real server.

axe-core (pinned in package-lock.json, installed by ``make test``) runs in every page
state, in light and dark, at 320 px and at 200 % zoom, and must report nothing. 200 % zoom
is emulated as a 160 px wide viewport: browser zoom enlarges the CSS pixel, so a 320 px
screen at 200 % lays the page out exactly as a 160 px viewport does (WCAG 1.4.10 reflow
is specified the same way, in CSS pixels). Every state is also checked for sideways
overflow (document width == viewport width).

One server and one browser serve the whole module; each test opens its own context.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from tests.browser import AXE, headless_chromium
from tests.live.conftest import LiveRoom, start_room
from workshop_app.clock import SystemClock
from workshop_app.domain.notes import Note, NoteKind
from workshop_app.domain.polls import Poll, PollSettings, PollType
from workshop_app.live.tokens import new_notetaker_token
from workshop_app.store.notes_repo import NotesRepo

RECEIVED = "Thank you — your answer was received."
CHANGED = "Your answer was changed."
LONG_WORD = "Bürgerbeteiligungsverfahrensdokumentationsanforderungen" * 2
LONG_LINK = "https://example.org/consultation/2026/neighbourhood-safety/annex-b/figures.html"
# (scheme, viewport width): 320 px as on a small phone, 160 px = 320 px at 200 % zoom.
LOOKS = [("light", 320), ("dark", 320), ("light", 160), ("dark", 160)]
# Counts every write to a live region (and to each live region around it, so a nested
# region counts twice), as a screen reader would hear it.
COUNT_ANNOUNCEMENTS = """
window.announcements = [];
new MutationObserver(function (records) {
  var touched = new Set();
  records.forEach(function (r) {
    var node = r.target.nodeType === 1 ? r.target : r.target.parentElement;
    for (; node; node = node.parentElement) {
      var live = node.getAttribute("aria-live") ||
        ["status", "alert", "log"].indexOf(node.getAttribute("role")) >= 0;
      if (live && node.getAttribute("aria-live") !== "off") { touched.add(node); }
    }
  });
  touched.forEach(function (node) {
    if (node.textContent.trim()) {
      window.announcements.push((node.id || node.tagName) + ": " + node.textContent.trim());
    }
  });
}).observe(document, { subtree: true, childList: true, characterData: true });
"""


@pytest.fixture(scope="module")
def room(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveRoom]:
    live = start_room(tmp_path_factory.mktemp("a11y") / "a11y.workshop")
    item_id = live.polls["single"].item_id
    extra = {
        "hidden": Poll(
            PollType.SINGLE_CHOICE,
            "Secret ballot?",
            ["Yes", "No"],
            settings=PollSettings(results_hidden=True),
        ),
        "long": Poll(
            PollType.SINGLE_CHOICE,
            f"Which source? {LONG_LINK}",
            [LONG_WORD, LONG_LINK, "Short"],
        ),
        "longrank": Poll(PollType.RANKING, "Order these", [LONG_WORD, LONG_LINK, "Short"]),
    }
    for name, poll in extra.items():
        poll.item_id = item_id
        live.polls[name] = live.file.add_poll(poll)
    live.server.set_current_item(item_id).result(timeout=5)
    live.server.set_notetaker_token(new_notetaker_token())
    yield live
    live.server.stop()
    live.file.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with headless_chromium(axe=True) as launched:
        yield launched


@pytest.fixture
def only(room: LiveRoom) -> Iterator[Callable[[str | None], None]]:
    """Open exactly one poll (or none); every test leaves the room with none open."""
    opened: list[str] = []

    def open_only(name: str | None) -> None:
        while opened:
            room.close(opened.pop())
        if name is not None:
            room.open(name)
            opened.append(name)

    yield open_only
    open_only(None)


def context(browser: Any, *, javascript: bool = True, locale: str = "en-GB", **extra: Any) -> Any:
    return browser.new_context(
        viewport={"width": 320, "height": 640},
        locale=locale,
        java_script_enabled=javascript,
        **extra,
    )


def audit(page: Any, state: str) -> None:
    """axe and the overflow check in each look. axe is evaluated through the DevTools
    protocol, which the page's CSP does not stop."""
    failures = []
    for scheme, width in LOOKS:
        page.emulate_media(color_scheme=scheme)
        page.set_viewport_size({"width": width, "height": 640})
        look = f"{state} [{scheme}, {width}px]"
        widths = page.evaluate(
            "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
        )
        if widths[0] > widths[1]:
            failures.append(f"{look}: document {widths[0]} px wide in a {widths[1]} px viewport")
        for card in page.locator("ol.ranking li").all():
            box = card.bounding_box()
            for button in card.locator("button").all():
                b = button.bounding_box()
                if b["x"] + b["width"] > box["x"] + box["width"] + 0.5:
                    failures.append(f"{look}: a move button leaves its card")
        if page.evaluate("typeof axe") == "undefined":
            page.evaluate(AXE.read_text(encoding="utf-8"))
        result = page.evaluate(
            "axe.run(document, {resultTypes: ['violations']}).then(r => r.violations.map("
            "v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', ')))"
        )
        failures.extend(f"{look}: {v}" for v in result)
    page.emulate_media(color_scheme="light")
    page.set_viewport_size({"width": 320, "height": 640})
    assert failures == []


def vote(page: Any, expected: str = RECEIVED) -> None:
    page.locator("#submit").click()
    page.locator("#confirm").get_by_text(expected).wait_for(timeout=5000)


# --- axe in every state ---------------------------------------------------------------


@pytest.mark.browser
def test_every_participant_state_passes_axe_in_light_dark_and_zoom(
    room: LiveRoom, browser: Any, only: Callable[[str | None], None]
) -> None:
    ctx = context(browser)
    ctx.add_init_script("window.participantConfig = { unreachableAfterMs: 200 };")
    page = ctx.new_page()
    try:
        only(None)
        page.goto(room.server.join_url)
        page.get_by_text("Connected").wait_for(timeout=5000)
        assert page.locator("meta[name=color-scheme]").get_attribute("content") == "light dark"
        assert page.evaluate("getComputedStyle(document.documentElement).colorScheme") == (
            "light dark"
        )
        audit(page, "waiting")
        for name in ("single", "multi", "scale", "text", "rank", "long", "longrank"):
            only(name)
            page.locator("#question").get_by_text(room.polls[name].question).wait_for(timeout=5000)
            audit(page, f"{name} open")
        only("single")
        page.locator("#question").get_by_text("Where do you live?").wait_for(timeout=5000)
        page.locator("label.choice").nth(1).click()
        vote(page)
        audit(page, "answered")
        page.locator("label.choice").nth(2).click()
        vote(page, CHANGED)
        audit(page, "changed")
        only("once")
        page.locator("#question").get_by_text("Final answer?").wait_for(timeout=5000)
        page.locator("label.choice").nth(0).click()
        vote(page)
        assert page.locator("#submit").is_disabled()
        assert page.locator("#submit").text_content() == "Answer sent"
        audit(page, "answered, no change allowed")
        only("multi")
        page.locator("#question").get_by_text("What helps?").wait_for(timeout=5000)
        page.locator("label.choice").nth(0).click()
        only(None)  # closed while the phone was answering
        page.get_by_text("This poll closed before your answer arrived.").wait_for(timeout=5000)
        audit(page, "poll closed")
        only("hidden")
        page.locator("#results-note").wait_for(timeout=5000)
        audit(page, "results hidden")
        only("text")
        page.locator("#question").get_by_text("One word?").wait_for(timeout=5000)
        page.locator("#submit").click()
        page.locator("#status").get_by_text("Write your answer first.").wait_for(timeout=5000)
        audit(page, "refused by the page")
        page.route("**/api/events", lambda route: route.abort())
        page.reload()
        page.get_by_text("Connection lost. Reconnecting…").wait_for(timeout=5000)
        audit(page, "reconnecting")
        page.locator("#unreachable").wait_for(timeout=5000)
        audit(page, "unreachable")
        page.unroute("**/api/events")
        # The ended event as the server sends it when the facilitator ends the session
        # (the real ending is tested in test_phone_browser; this server keeps running).
        page.route(
            "**/api/events",
            lambda route: route.fulfill(
                status=200,
                headers={"Content-Type": "text/event-stream"},
                body="event: ended\ndata: {}\n\n",
            ),
        )
        page.reload()
        page.get_by_text("This session has ended — thank you.").wait_for(timeout=5000)
        audit(page, "session ended")
    finally:
        ctx.close()


@pytest.mark.browser
def test_pages_without_javascript_and_refusal_pages_pass_axe(
    room: LiveRoom, browser: Any, only: Callable[[str | None], None]
) -> None:
    # The page as it is before (or without) its script: the script never arrives. (A
    # context with JavaScript switched off would stop axe's own timers as well.)
    ctx = context(browser)
    page = ctx.new_page()
    page.route("**/static/participant.js", lambda route: route.abort())
    try:
        page.goto(room.server.base_url + "/")
        audit(page, "join page")
        page.goto(room.server.base_url + "/join?code=WRONG")
        audit(page, "join page, wrong code")
        page.goto(room.server.base_url + "/j/not-a-real-link")
        assert page.get_by_role("alert").text_content() == "This link does not work."
        audit(page, "refusal: unknown link")
        for name in ("single", "multi", "scale", "text", "rank", "long"):
            only(name)
            page.goto(room.server.join_url)
            audit(page, f"{name} open, no JavaScript")
        only("multi")
        page.goto(room.server.join_url)
        for i in (0, 1, 2):
            page.locator("label.choice").nth(i).click()
        with page.expect_navigation():
            page.locator("#submit").click()
        assert page.get_by_role("alert").text_content() == "Choose at most 2 options."
        audit(page, "refusal: too many choices")
    finally:
        ctx.close()


@pytest.mark.browser
def test_the_note_taker_page_with_notes_passes_axe(room: LiveRoom, browser: Any) -> None:
    repo = NotesRepo(room.file)
    item_id = room.polls["single"].item_id
    assert item_id is not None
    repo.add(
        Note(
            NoteKind.DECISION,
            f"Adopt it: {LONG_LINK}",
            item_id=item_id,
            created_at=SystemClock().now(),
        )
    )
    url = room.server.notetaker_url
    assert url is not None
    ctx = context(browser)
    page = ctx.new_page()
    try:
        page.goto(url)
        # A real label, not only a placeholder: the entry is found by its name.
        entry = page.get_by_label("Type a note, press Enter")
        assert entry.get_attribute("placeholder") is None
        entry.fill("Lights on the towpath")
        entry.press("Enter")
        page.get_by_text("Lights on the towpath").wait_for(timeout=5000)
        audit(page, "note-taker with notes")
        page.emulate_media(color_scheme="dark")
        add = page.locator("#submit")
        colours = add.evaluate("b => [getComputedStyle(b).color, getComputedStyle(b).background]")
        assert colours[0] == "rgb(11, 18, 32)"  # dark text on the light accent: 9.6:1
    finally:
        ctx.close()


# --- keyboard only ----------------------------------------------------------------------


def tab_to(page: Any, selector: str) -> None:
    for _ in range(25):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


@pytest.mark.browser
def test_every_poll_type_is_voted_with_the_keyboard_alone(
    room: LiveRoom, browser: Any, only: Callable[[str | None], None]
) -> None:
    ctx = context(browser)
    page = ctx.new_page()

    def answer(name: str, keys: Callable[[], None], submit_key: str = "Enter") -> None:
        only(name)
        page.goto(room.server.join_url)
        page.get_by_text("Connected").wait_for(timeout=5000)
        keys()
        tab_to(page, "#submit")
        page.keyboard.press(submit_key)
        page.locator("#confirm").get_by_text(RECEIVED).wait_for(timeout=5000)
        # The focus is on the confirmation, not back at the top of the page.
        assert page.evaluate("document.activeElement.id") == "confirm"

    def single() -> None:
        tab_to(page, "input[type=radio]")
        page.keyboard.press("ArrowDown")
        page.keyboard.press("ArrowDown")

    def multi() -> None:
        tab_to(page, "input[type=checkbox]")
        page.keyboard.press("Space")
        page.keyboard.press("Tab")
        page.keyboard.press("Tab")
        page.keyboard.press("Space")

    def scale() -> None:
        tab_to(page, "input[type=radio]")
        for _ in range(3):
            page.keyboard.press("ArrowRight")

    def text() -> None:
        tab_to(page, "textarea")
        page.keyboard.type("Plus de lumière")

    def rank() -> None:
        tab_to(page, "button[data-dir=down]")  # Youth's; its "up" is disabled
        page.keyboard.press("Enter")  # Youth to place 2; the focus follows it
        page.keyboard.press("Space")  # and to place 3

    try:
        answer("single", single)
        answer("multi", multi, submit_key="Space")
        answer("scale", scale)
        answer("text", text)
        answer("rank", rank)
    finally:
        ctx.close()
    assert room.stored("single")[-1] == 2
    assert room.stored("multi")[-1] == [0, 2]
    assert room.stored("scale")[-1] == 4
    assert room.stored("text")[-1] == "Plus de lumière"
    assert room.stored("rank")[-1] == [1, 2, 0]


# --- live regions ---------------------------------------------------------------------


@pytest.mark.browser
def test_live_regions_announce_each_event_once(
    room: LiveRoom, browser: Any, only: Callable[[str | None], None]
) -> None:
    ctx = context(browser)
    ctx.add_init_script("window.participantConfig = { charsPauseMs: 150 };")
    ctx.add_init_script(COUNT_ANNOUNCEMENTS)
    page = ctx.new_page()
    # The page's timers run when the test says: however slowly a loaded machine types,
    # no pause between keys reaches the 150 ms after which the count is announced.
    page.clock.install()
    try:
        only("text")
        page.goto(room.server.join_url)
        page.get_by_text("Connected").wait_for(timeout=5000)
        page.evaluate("window.announcements = []")
        page.locator("textarea").press_sequentially("Thirteen char")  # 13 characters
        assert page.evaluate("window.announcements") == []  # no pause yet
        page.clock.run_for(300)  # longer than the pause: announced once, nothing more
        assert page.evaluate("window.announcements") == ["announce: 487 characters left"]
        assert page.locator("#chars").text_content() == "487 characters left"

        page.evaluate("window.announcements = []")
        page.locator("#submit").click()
        page.locator("#confirm").get_by_text(RECEIVED).wait_for(timeout=5000)
        # The confirmation takes the focus (read once); no live region repeats it, and
        # the form is not re-inserted into one.
        assert page.evaluate("document.activeElement.id") == "confirm"
        assert page.evaluate("window.announcements") == []

        # A state update that changes nothing on this phone: "Connected" is not rewritten.
        single = room.polls["single"]
        assert single.id is not None
        room.server.reset_poll(single.id).result(timeout=5)
        page.evaluate("fetch(location.href)")  # a round trip after the server's update
        page.clock.run_for(300)
        assert page.evaluate("window.announcements") == []

        # The poll closing and the next one opening: each said once.
        only("scale")
        page.locator("#question", has_text="How safe?").wait_for(timeout=5000)
        page.clock.run_for(200)
        assert page.evaluate("window.announcements") == [
            "announce: This question is closed.",
            "announce: New question: How safe?",
        ]
    finally:
        ctx.close()


# --- what the page shows ------------------------------------------------------------------


@pytest.mark.browser
def test_the_chosen_scale_value_is_marked_by_more_than_the_radio_dot(
    room: LiveRoom, browser: Any, only: Callable[[str | None], None]
) -> None:
    ctx = context(browser)
    page = ctx.new_page()
    try:
        only("scale")
        page.goto(room.server.join_url)
        page.locator("label.step").nth(3).click()
        looks = page.locator("label.step").evaluate_all(
            "ls => ls.map(l => getComputedStyle(l).backgroundColor + getComputedStyle(l).color)"
        )
        assert len(set(looks)) == 2 and looks.count(looks[3]) == 1
    finally:
        ctx.close()


@pytest.mark.browser
@pytest.mark.parametrize(
    ("locale", "empty_text", "too_many"),
    [
        ("en-GB", "Write your answer first.", "Choose at most 2 options."),
        ("fr-FR", "Écrivez d'abord votre réponse.", "Choisissez au plus 2 options."),
    ],
)
def test_error_messages_are_right_and_in_the_phones_language(
    room: LiveRoom,
    browser: Any,
    only: Callable[[str | None], None],
    locale: str,
    empty_text: str,
    too_many: str,
) -> None:
    for javascript in (True, False):
        ctx = context(browser, javascript=javascript, locale=locale)
        page = ctx.new_page()
        try:
            only("text")
            page.goto(room.server.join_url)
            page.locator("textarea").fill("   ")  # passes `required`; empty once trimmed
            if javascript:
                page.locator("#submit").click()
                page.locator("#status").get_by_text(empty_text).wait_for(timeout=5000)
            else:
                with page.expect_navigation():
                    page.locator("#submit").click()
                assert page.get_by_role("alert").text_content() == empty_text
            only("multi")
            page.goto(room.server.join_url)
            for i in (0, 1, 2):
                page.locator("label.choice").nth(i).click()
            if javascript:  # the server refuses; its message is in the phone's language
                page.locator("#submit").click()
                page.locator("#status").get_by_text(too_many).wait_for(timeout=5000)
                assert page.locator("#status").text_content() == too_many
            else:
                with page.expect_navigation():
                    page.locator("#submit").click()
                assert page.get_by_role("alert").text_content() == too_many
        finally:
            ctx.close()
