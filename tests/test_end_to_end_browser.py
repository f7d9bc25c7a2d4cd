"""The whole vote path as a room lives it: the presenter's QR, two phones in a real
browser, the facilitator opening a poll, the votes acknowledged, the chart updated."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.browser import headless_chromium
from tests.ui import plan_fixtures
from tests.ui.plan_fixtures import three_item_plan
from tests.ui.test_presenter import decode, presenter_of
from workshop_app.ui.run.live_adapter import ServerLivePolling
from workshop_app.ui.run.steps import StepKind
from workshop_app.ui.widgets.withheld_results import withheld_text
from workshop_app.ui.workspace import Workspace

context = plan_fixtures.context
answering = plan_fixtures.answering

PHONE = {
    "viewport": {"width": 360, "height": 740},
    "device_scale_factor": 2,
    "is_mobile": True,
    "has_touch": True,
}


@pytest.fixture
def browser() -> Iterator[Any]:
    with headless_chromium() as launched:
        yield launched


@pytest.mark.browser
def test_two_phones_vote_from_the_presenter_qr(
    qtbot, context, answering, browser, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    three_item_plan(context.file)
    live = ServerLivePolling(context, host="127.0.0.1", port=0)
    workspace = Workspace(context, prompter=answering, live_factory=lambda _c: live)
    qtbot.addWidget(workspace)
    workspace.show()
    try:
        assert workspace.start_session()
        presenter = presenter_of(workspace)
        presenter.resize(1280, 720)  # a projector's size (one screen here: a small window)
        qtbot.waitExposed(presenter)
        # The QR on the projector is what the phones scan.
        scanned = decode(presenter.grab().toImage())
        assert scanned == [live.join_url()]
        url = scanned[0]

        phones = [browser.new_context(**PHONE, locale=lang) for lang in ("en-GB", "fr-FR")]
        pages = [phone.new_page() for phone in phones]
        for page in pages:
            page.goto(url)
            page.get_by_text("Waiting for the next question").or_(
                page.get_by_text("En attente de la prochaine question")
            ).wait_for(timeout=5000)

        controller = workspace.controller
        assert controller is not None
        while controller.step is not None and controller.step.kind != StepKind.POLL_OPEN:
            assert controller.next()
        poll = controller.current_poll()
        assert poll is not None and poll.id is not None
        # The pages follow the facilitator without a reload.
        for page in pages:
            page.locator("#question").get_by_text(poll.question).wait_for(timeout=3000)
        pages[0].screenshot(path=str(tmp_path / "phone.png"))

        pages[0].locator("label.choice").nth(0).click()
        pages[0].get_by_role("button", name="Send my answer").click()
        pages[0].get_by_text("your answer was received").wait_for(timeout=5000)
        pages[1].locator("label.choice").nth(1).click()
        pages[1].get_by_role("button", name="Envoyer ma réponse").click()
        pages[1].get_by_text("votre réponse a bien été reçue").wait_for(timeout=5000)

        qtbot.waitUntil(
            lambda: (
                poll.id in controller.snapshot.tallies
                and controller.snapshot.tallies[poll.id].responses == 2
            ),
            timeout=5000,
        )
        assert controller.snapshot.tallies[poll.id].counts[:2] == [1, 1]
        assert controller.snapshot.connected == 2
        # Pushed through the bridge and the run-session view model onto both screens.
        # Two answers are fewer than the minimum group size (5): the room sees the count only.
        assert withheld_text(presenter.chart.tally) == "2 answers so far; results appear from 5"
        assert presenter.chart.tally is not None and presenter.chart.tally.counts == []
        assert presenter.counts.text() == "2 phones connected · 2 responses"
        assert workspace.console is not None
        assert "2 phones connected · 2 responses" in workspace.console.live_status.text()

        # The facilitator ends the session from the console: each phone is told so.
        console = workspace.console
        qtbot.mouseClick(console.end_button, Qt.MouseButton.LeftButton)
        pages[0].get_by_text("This session has ended — thank you.").wait_for(timeout=5000)
        pages[1].get_by_text("Cette session est terminée — merci.").wait_for(timeout=5000)
        assert live.server is None
        for phone in phones:
            phone.close()
    finally:
        workspace.end_session(ask=False)
        workspace.shutdown()
    assert live.server is None
