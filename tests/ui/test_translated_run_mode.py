"""Run mode in another language: the console and the presenter speak it, plurals included,
while what the facilitator typed (titles, questions) stays as typed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.ui import plan_fixtures
from tests.ui.plan_fixtures import AnsweringPrompter, three_item_plan
from tests.ui.test_presenter import RecordingLive
from workshop_app.domain.polls import Poll, PollType, Tally
from workshop_app.ui.context import WorkshopContext
from workshop_app.ui.interface_language import Translations
from workshop_app.ui.presenter.window import PresenterWindow
from workshop_app.ui.workspace import Workspace

# Shared fixtures, used by name as test parameters.
context = plan_fixtures.context
answering = plan_fixtures.answering


@pytest.fixture
def translations(qapp) -> Iterator[Translations]:  # type: ignore[no-untyped-def]
    installed = Translations(qapp)
    yield installed
    installed.remove()


def run_mode(qtbot, context: WorkshopContext, answering: AnsweringPrompter) -> Workspace:  # type: ignore[no-untyped-def]
    three_item_plan(context.file)
    live = RecordingLive()
    widget = Workspace(context, prompter=answering, live_factory=lambda _ctx: live)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.start_session()
    return widget


def test_console_and_presenter_in_french(
    translations: Translations, qtbot, context: WorkshopContext, answering: AnsweringPrompter
) -> None:  # type: ignore[no-untyped-def]
    assert translations.install("fr", ["en-US"]) == "fr"
    workspace = run_mode(qtbot, context, answering)
    try:
        console, presenter = workspace.console, workspace.presenter
        assert console is not None and presenter is not None
        assert console.next_button.text() == "Suivant (PgDn) ▶"
        assert console.leave_button.text() == "Retour à l'édition (Esc)"
        assert console.end_button.text() == "Terminer la session…"
        # The method's name is translated; the item's title is what the facilitator typed.
        assert console.step_text.text() == "Introduction · Plénière"
        assert console.item_title.text() == "Welcome"
        assert console.item_timer.text() == "reste 10:00"
        assert "code de la salle 4821" in console.live_status.text()
        assert "0 téléphone connecté" in console.live_status.text()

        presenter.set_join("http://127.0.0.1:8765/j/x", "4821")
        assert presenter.join_bar.code_caption.text() == "Code de la salle"
        assert presenter.room_code.text() == "4821"
        assert presenter.join_bar.address_caption.text() == "Rejoindre sur"
        assert presenter.timer.text() == "reste 10:00"
    finally:
        workspace.shutdown()


def test_plural_forms_follow_the_count(translations: Translations, qtbot) -> None:  # type: ignore[no-untyped-def]
    translations.install("fr", [])
    window = PresenterWindow()
    qtbot.addWidget(window)
    poll = Poll(PollType.SINGLE_CHOICE, "Où vous sentez-vous en sécurité ?", ["Parc", "Gare"])
    window.set_poll(poll, Tally(PollType.SINGLE_CHOICE, responses=1, counts=[1, 0]), connected=3)
    assert window.counts.text() == "3 téléphones connectés · 1 réponse"
    translations.install("de", [])
    window = PresenterWindow()
    qtbot.addWidget(window)
    window.set_poll(poll, Tally(PollType.SINGLE_CHOICE, responses=2, counts=[1, 1]), connected=1)
    assert window.counts.text() == "1 Telefon verbunden · 2 Antworten"
    assert window.join_bar.code_caption.text() == "Raumcode"
    assert window.chart.text_boxes()[1].text == "50\u00a0% (1)"  # German typography


def test_english_stays_the_source_text(
    translations: Translations, qtbot, context: WorkshopContext, answering: AnsweringPrompter
) -> None:  # type: ignore[no-untyped-def]
    assert translations.install("en", ["fr-FR"]) == "en"
    workspace = run_mode(qtbot, context, answering)
    try:
        assert workspace.console is not None and workspace.presenter is not None
        assert workspace.console.next_button.text() == "Next (PgDn) ▶"
        assert workspace.console.step_text.text() == "Introduction · Plenary"
        assert workspace.presenter.join_bar.address_caption.text() == "Join at"
    finally:
        workspace.shutdown()
