"""The whole arc in run mode: phones post and upvote ideas, the facilitator merges two
duplicates, turns the top five into a dot vote in one step (undoable), the room spends
its dots through the server, which enforces the limits."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt

from tests.ideas.test_moderation_console import _phones_post, _start, _wall_plan
from tests.live.conftest import new_phone
from workshop_app.domain.polls import PollType
from workshop_app.store.ideas_repo import IdeasRepo
from workshop_app.ui.ideas.idea_model import ID_ROLE


def test_merge_then_prioritise_the_top_five_then_dot_vote(
    qtbot: Any, context: Any, answering: Any
) -> None:
    _wall_plan(context.file)
    workspace, wall, panel = _start(qtbot, context, answering)
    assert wall.id is not None
    controller = workspace.controller
    assert controller is not None
    texts = ["Lights", "More lighting", "Benches", "Trees", "Patrols", "Café", "Fountain"]
    votes = {"Lights": 6, "More lighting": 3, "Benches": 5, "Trees": 4, "Patrols": 2, "Café": 1}
    try:
        url = str(controller.live.join_url())  # type: ignore[attr-defined]
        ids = _phones_post(url, wall, texts, votes)
        qtbot.waitUntil(lambda: panel.model.rowCount() == 7, timeout=5000)
        # Merge "More lighting" into "Lights": the first six phones upvoted both.
        panel.view.setFocus()
        for text, flag in (("Lights", "ClearAndSelect"), ("More lighting", "Select")):
            index = next(
                panel.proxy.index(r, 1)
                for r in range(panel.proxy.rowCount())
                if panel.proxy.index(r, 1).data(ID_ROLE) == ids[text]
            )
            if text == "Lights":
                panel.view.setCurrentIndex(index)
            panel.view.selectionModel().select(
                index,
                getattr(QItemSelectionModel.SelectionFlag, flag)
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        qtbot.keyClick(panel.view, Qt.Key.Key_M)
        qtbot.waitUntil(lambda: "1 merged" in panel.counts.text(), timeout=5000)
        assert panel.model.row_by_id(ids["Lights"]).votes == 6  # type: ignore[union-attr]
        # Prioritise the top five.
        assert panel.top_spin.value() == 5
        qtbot.mouseClick(panel.prioritise_button, Qt.MouseButton.LeftButton)
        polls = context.file.polls()
        dot = next(p for p in polls if p.type == PollType.DOT_VOTE)
        assert dot.options == ["Lights", "Benches", "Trees", "Patrols", "Café"]
        assert dot.item_id == wall.item_id and dot.position == wall.position + 1
        assert (dot.settings.dots, dot.settings.dots_per_option) == (3, 2)
        assert "top 5 ideas" in panel.feedback.text()
        # Undo takes it away; redo brings it back.
        context.undo_stack.undo()
        assert not any(p.type == PollType.DOT_VOTE for p in context.file.polls())
        context.undo_stack.redo()
        dot = next(p for p in context.file.polls() if p.type == PollType.DOT_VOTE)
        # The next steps: the wall's results, then the dot vote opens.
        while not (
            controller.current_poll() and controller.current_poll().type == PollType.DOT_VOTE
        ):  # type: ignore[union-attr]
            assert controller.next()
        statuses = asyncio.run(_spend_dots(url, dot.id))
        assert statuses == [200, 200, 400, 400]
    finally:
        workspace.end_session(ask=False)
        workspace.shutdown()
    stored = context.file.conn.execute(
        "SELECT value FROM responses WHERE poll_id = ? ORDER BY id", (dot.id,)
    ).fetchall()
    # The end of the session shuffles the answers' ids (unlinkable answers): no order.
    answers = sorted((json.loads(r[0]) for r in stored), key=json.dumps)
    assert answers == [{"0": 2, "1": 1}, {"2": 1, "4": 2}]
    rows = {r.text: r for r in IdeasRepo(context.file).rows(wall.id)}
    assert rows["More lighting"].merged_into == rows["Lights"].id


async def _spend_dots(url: str, poll_id: int) -> list[int]:
    class Dot:
        id = poll_id

    statuses = []
    for answer in ({"0": 2, "1": 1}, {"2": 1, "4": 2}, {"0": 3}, {"0": 2, "1": 2}):
        phone = await new_phone(url)
        async with phone.http:
            await phone.join()
            # The app opens the dot vote on the server's thread a moment after the step.
            await phone.until_open(poll_id)
            statuses.append((await phone.vote(Dot(), answer))[0])  # type: ignore[arg-type]
    return statuses
