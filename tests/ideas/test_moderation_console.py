"""Moderating an idea wall in the console, by keys, with the real server and phones:
approve, hide, answer, pin, merge (votes combine once per phone), the filter, and 300
ideas navigated from the keyboard."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ideas.conftest import post_idea, upvote
from tests.live.conftest import new_phone
from tests.ui.plan_fixtures import step_to_open_poll
from workshop_app.domain.ideas import IdeaState
from workshop_app.domain.polls import Poll, PollSettings, PollType
from workshop_app.domain.workshop import AgendaItem
from workshop_app.store.ideas_repo import IdeasRepo
from workshop_app.ui.ideas.idea_model import ID_ROLE, IdeaFilter
from workshop_app.ui.ideas.moderation_panel import IdeaModerationPanel
from workshop_app.ui.run.live_adapter import ServerLivePolling
from workshop_app.ui.workspace import Workspace


def _wall_plan(file: Any, approve_first: bool = False) -> None:
    item = file.add_item(AgendaItem("Ideas", 20))
    file.add_poll(
        Poll(
            PollType.IDEA_WALL,
            "What would make the park safer?",
            settings=PollSettings(approve_first=approve_first),
            item_id=item.id,
        )
    )


def _phones_post(url: str, poll: Poll, texts: list[str], votes: dict[str, int]) -> dict[str, int]:
    """One phone per idea posts it; ``votes[text]`` phones upvote it (phone 0 too)."""

    async def go() -> dict[str, int]:
        ids: dict[str, int] = {}
        phones = [await new_phone(url) for _ in range(max([len(texts), *votes.values()]))]
        try:
            for p in phones:
                await p.join()
            for p, text in zip(phones, texts, strict=False):
                status, body = await post_idea(p, poll, text)
                assert status == 200, body
                ids[text] = body["idea"]["id"]
            for text, n in votes.items():
                for p in phones[:n]:
                    assert (await upvote(p, poll, ids[text]))[0] == 200
        finally:
            for p in phones:
                await p.http.close()
        return ids

    return asyncio.run(go())


def _start(
    qtbot: Any, context: Any, answering: Any, seed: Callable[[int], object] | None = None
) -> tuple[Workspace, Poll, IdeaModerationPanel]:
    """Start the session; ``seed(session_id)`` stores ideas of this run before the wall opens."""
    # Every simulated phone shares loopback: lift the per-address device cap for it.
    live = ServerLivePolling(
        context,
        host="127.0.0.1",
        port=0,
        config_overrides={"unlimited_addresses": ("127.0.0.1",)},
    )
    workspace = Workspace(context, prompter=answering, live_factory=lambda _c: live)
    qtbot.addWidget(workspace)
    workspace.show()
    assert workspace.start_session()
    assert workspace.controller is not None and workspace.console is not None
    if seed is not None:
        session = workspace.controller.session
        assert session is not None and session.id is not None
        seed(session.id)
    poll = step_to_open_poll(workspace.controller, PollType.IDEA_WALL)
    panel = workspace.console.ideas_panel
    assert panel.isVisibleTo(workspace.console)
    # The presenter window opened on top: the facilitator is back at the console.
    workspace.activateWindow()
    qtbot.waitUntil(workspace.isActiveWindow)
    return workspace, poll, panel


def _shown_texts(panel: IdeaModerationPanel) -> list[str]:
    proxy = panel.proxy
    return [str(proxy.index(r, 1).data()) for r in range(proxy.rowCount())]


def _select(panel: IdeaModerationPanel, text: str, qtbot: Any) -> None:
    """Type into the filter, go down into the list (the first match is current)."""
    panel.filter_edit.setFocus()
    panel.filter_edit.clear()
    qtbot.keyClicks(panel.filter_edit, text)
    qtbot.keyClick(panel.filter_edit, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is panel.view
    assert panel.current() is not None and text in panel.current().text  # type: ignore[union-attr]


def test_moderating_by_keys_through_the_real_server(qtbot, context, answering) -> None:  # type: ignore[no-untyped-def]
    _wall_plan(context.file, approve_first=True)
    workspace, poll, panel = _start(qtbot, context, answering)
    assert poll.id is not None
    try:
        url = str(workspace.controller.live.join_url())  # type: ignore[union-attr]
        ids = _phones_post(url, poll, ["Lights", "More lighting", "Rude idea", "Who pays?"], {})
        qtbot.waitUntil(lambda: panel.model.rowCount() == 4, timeout=5000)
        assert "4 ideas · 4 waiting" in panel.counts.text()
        # Approve every idea but the rude one: select all, then A; the rude one: H.
        panel.view.setFocus()
        qtbot.keyClick(panel.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(panel.view, Qt.Key.Key_A)
        qtbot.waitUntil(lambda: "0 waiting" in panel.counts.text(), timeout=5000)
        _select(panel, "Rude", qtbot)
        qtbot.keyClick(panel.view, Qt.Key.Key_H)
        qtbot.waitUntil(lambda: "1 hidden" in panel.counts.text(), timeout=5000)
        panel.filter_edit.clear()
        assert "Rude idea" not in _shown_texts(panel)  # the default list leaves hidden out
        # Now phones can upvote: 2 for "Lights", 2 for "More lighting" (phone 0 both).
        _phones_post(url, poll, [], {})
        asyncio.run(_upvotes(url, poll, ids))
        qtbot.waitUntil(
            lambda: (
                (row := panel.model.row_by_id(ids["More lighting"])) is not None and row.votes == 2
            ),
            timeout=5000,
        )
        # Merge: the duplicate selected together with the kept idea (current), then M.
        _select(panel, "Lights", qtbot)
        kept = panel.view.currentIndex()
        panel.filter_edit.clear()
        panel.view.setFocus()
        panel.view.setCurrentIndex(kept)
        duplicate = next(
            panel.proxy.index(r, 1)
            for r in range(panel.proxy.rowCount())
            if panel.proxy.index(r, 1).data(ID_ROLE) == ids["More lighting"]
        )
        from PySide6.QtCore import QItemSelectionModel

        panel.view.selectionModel().select(
            duplicate,
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
        qtbot.keyClick(panel.view, Qt.Key.Key_M)
        qtbot.waitUntil(lambda: "1 merged" in panel.counts.text(), timeout=5000)
        lights = panel.model.row_by_id(ids["Lights"])
        assert lights is not None and lights.votes == 3  # 2 + 2, phone 0 once
        # Answered and pinned, by keys on the current idea.
        qtbot.keyClick(panel.view, Qt.Key.Key_R)
        qtbot.keyClick(panel.view, Qt.Key.Key_P)
        qtbot.waitUntil(
            lambda: (
                (r := panel.model.row_by_id(ids["Lights"])) is not None and r.pinned and r.answered
            ),
            timeout=5000,
        )
        assert "pinned · answered · 1 merged" in panel.model.status_text(
            panel.model.row_by_id(ids["Lights"])  # type: ignore[arg-type]
        )
        # The filter: merged ones appear under "All".
        panel.kind_combo.setCurrentIndex(panel.kind_combo.findData(IdeaFilter.ALL.value))
        assert sorted(_shown_texts(panel)) == ["Lights", "More lighting", "Rude idea", "Who pays?"]
    finally:
        workspace.end_session(ask=False)
        workspace.shutdown()
    rows = {r.text: r for r in IdeasRepo(context.file).rows(poll.id)}
    assert rows["Rude idea"].state == IdeaState.HIDDEN
    assert rows["More lighting"].merged_into == rows["Lights"].id
    assert rows["Lights"].pinned and rows["Lights"].answered and rows["Lights"].votes == 3


async def _upvotes(url: str, poll: Poll, ids: dict[str, int]) -> None:
    phones = [await new_phone(url) for _ in range(3)]
    try:
        for p in phones:
            await p.join()
        for p, text in ((phones[0], "Lights"), (phones[1], "Lights")):
            assert (await upvote(p, poll, ids[text]))[0] == 200
        for p, text in ((phones[0], "More lighting"), (phones[2], "More lighting")):
            assert (await upvote(p, poll, ids[text]))[0] == 200
    finally:
        for p in phones:
            await p.http.close()


def test_three_hundred_ideas_filter_and_keys(qtbot, context, answering) -> None:  # type: ignore[no-untyped-def]
    _wall_plan(context.file)
    item_poll = context.file.polls()[0]
    repo = IdeasRepo(context.file)

    def seed(session_id: int) -> None:
        for n in range(300):
            repo.add_for_demo(
                item_poll.id,
                f"Idea number {n}",
                context.clock.now(),
                [f"v{k}" for k in range(n % 7)],
                IdeaState.SHOWN,
                session_id,
            )

    workspace, _, panel = _start(qtbot, context, answering, seed)
    try:
        qtbot.waitUntil(lambda: panel.model.rowCount() == 300, timeout=5000)
        panel.view.setFocus()
        first = panel.current()
        assert first is not None and first.votes == 6  # most votes first
        for _ in range(299):
            qtbot.keyClick(panel.view, Qt.Key.Key_Down)
        last = panel.current()
        # The last: no votes (n % 7 == 0) and, among those, the newest.
        assert last is not None and last.text == "Idea number 294"
        qtbot.keyClick(panel.view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
        assert panel.current() == first
        qtbot.keyClick(panel.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(panel.view, Qt.Key.Key_H)
        qtbot.waitUntil(lambda: "1 hidden" in panel.counts.text(), timeout=5000)
        panel.filter_edit.setFocus()
        qtbot.keyClicks(panel.filter_edit, "number 29")
        expected = {f"Idea number {n}" for n in [29, *range(290, 300)]} - {"Idea number 294"}
        assert set(_shown_texts(panel)) == expected  # the hidden one is left out
    finally:
        workspace.end_session(ask=False)
        workspace.shutdown()
