"""Facilitator controls on the laptop: moderation, reset and hidden results, with the
real server on loopback and phones voting over HTTP."""

from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtCore import Qt

from tests.live.conftest import new_phone
from tests.ui import plan_fixtures
from tests.ui.plan_fixtures import step_to_open_poll, three_item_plan
from workshop_app.domain.polls import PollType
from workshop_app.store.responses_repo import ResponsesRepo
from workshop_app.ui.run.live_adapter import ServerLivePolling
from workshop_app.ui.workspace import Workspace

context = plan_fixtures.context
answering = plan_fixtures.answering


def vote_from_phones(url: str, poll_id: int, answers: list[object]) -> None:
    class P:
        id = poll_id

    async def go() -> None:
        for answer in answers:
            phone = await new_phone(url)
            async with phone.http:
                await phone.join()
                await phone.until_open(poll_id)
                status, body = await phone.vote(P(), answer)  # type: ignore[arg-type]
                assert status == 200, body

    asyncio.run(go())


def phone_state(url: str) -> dict[str, Any]:
    async def go() -> dict[str, Any]:
        phone = await new_phone(url)
        async with phone.http:
            return await phone.state()

    return asyncio.run(go())


def test_moderation_reset_and_hidden_results(qtbot, context, answering) -> None:  # type: ignore[no-untyped-def]
    three_item_plan(context.file)
    live = ServerLivePolling(context, host="127.0.0.1", port=0)
    workspace = Workspace(context, prompter=answering, live_factory=lambda _c: live)
    qtbot.addWidget(workspace)
    try:
        assert workspace.start_session()
        controller = workspace.controller
        assert controller is not None
        poll = step_to_open_poll(controller, PollType.OPEN_TEXT)
        vote_from_phones(str(live.join_url()), poll.id, ["Lighting", "<b>rude</b> words"])
        qtbot.waitUntil(
            lambda: (
                poll.id in controller.snapshot.tallies
                and controller.snapshot.tallies[poll.id].responses == 2
            ),
            timeout=5000,
        )
        controls = workspace.console.poll_controls  # type: ignore[union-attr]
        controls.refresh()
        assert controls.isVisibleTo(workspace.console)
        texts = [controls.answers.item(i).text() for i in range(controls.answers.count())]
        assert texts == ["Lighting", "<b>rude</b> words"]  # shown literally
        controls.answers.item(1).setCheckState(Qt.CheckState.Unchecked)
        qtbot.waitUntil(
            lambda: controller.snapshot.tallies[poll.id].texts == ["Lighting"], timeout=5000
        )
        rows = ResponsesRepo(context.file).rows(poll.id)
        assert [hidden for _, _, hidden in rows] == [False, True]

        controls.results_button.click()
        assert context.file.poll(poll.id).settings.results_hidden  # type: ignore[union-attr]
        # The phones are told too: their page says the results stay hidden.
        qtbot.waitUntil(
            lambda: phone_state(str(live.join_url()))["poll"]["results_hidden"], timeout=5000
        )
        assert workspace.presenter is not None
        assert workspace.presenter.chart.message == "Results are shown when the poll closes."

        answering.confirm_answer = False
        assert not controls.reset()
        assert ResponsesRepo(context.file).count(poll.id) == 2
        answering.confirm_answer = True
        assert controls.reset()
        qtbot.waitUntil(lambda: ResponsesRepo(context.file).count(poll.id) == 0, timeout=5000)
        qtbot.waitUntil(lambda: controller.snapshot.tallies[poll.id].responses == 0, timeout=5000)
    finally:
        workspace.end_session(ask=False)
        workspace.shutdown()
