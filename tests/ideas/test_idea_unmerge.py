"""Unmerging a merged duplicate from the console (U), with the real server and phones:
it comes back with the upvotes it brought, the kept idea loses those that came only from
it, and each phone sees which of the two it upvoted; refusals say why; with no server
the file changes alone."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import aiohttp
from PySide6.QtCore import QItemSelectionModel, Qt

from tests.export.test_exports import GENERATED, pdf_text
from tests.ideas.conftest import post_idea, upvote
from tests.ideas.test_idea_edit import end_live_session
from tests.ideas.test_moderation_console import _select, _start, _wall_plan
from tests.live.conftest import Phone
from tests.ui.plan_fixtures import step_to_open_poll
from workshop_app.domain.ideas import IdeaState
from workshop_app.domain.polls import Poll, PollType
from workshop_app.export.export_job import ExportTargets, export_workshop
from workshop_app.store.ideas_repo import IdeasRepo
from workshop_app.ui.ideas.idea_model import ID_ROLE, IdeaFilter
from workshop_app.ui.ideas.moderation_panel import IdeaModerationPanel
from workshop_app.ui.run.live_port import NoLivePolling
from workshop_app.ui.workspace import Workspace


class Phones:
    """Three phones that keep their device cookie between the test's steps."""

    def __init__(self, url: str, folder: Path) -> None:
        self.url = url
        self.jars = [folder / f"phone{n}.cookies" for n in range(3)]

    def run(self, work: Any) -> Any:
        async def go() -> Any:
            phones = []
            for path in self.jars:
                jar = aiohttp.CookieJar(unsafe=True)
                if path.exists():
                    jar.load(path)
                phones.append(Phone(aiohttp.ClientSession(cookie_jar=jar), self.url))
            try:
                for p in phones:
                    await p.join()
                return await work(phones)
            finally:
                for p, path in zip(phones, self.jars, strict=True):
                    jar = p.http.cookie_jar
                    assert isinstance(jar, aiohttp.CookieJar)
                    jar.save(path)
                    await p.http.close()

        return asyncio.run(go())


def _show_all(panel: IdeaModerationPanel) -> None:
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData(IdeaFilter.ALL.value))


def _merge_by_keys(panel: IdeaModerationPanel, qtbot: Any, kept: str, duplicate_id: int) -> None:
    _select(panel, kept, qtbot)
    current = panel.view.currentIndex()
    panel.filter_edit.clear()
    panel.view.setFocus()
    panel.view.setCurrentIndex(current)
    duplicate = next(
        panel.proxy.index(r, 1)
        for r in range(panel.proxy.rowCount())
        if panel.proxy.index(r, 1).data(ID_ROLE) == duplicate_id
    )
    panel.view.selectionModel().select(
        duplicate,
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    qtbot.keyClick(panel.view, Qt.Key.Key_M)


def test_unmerge_by_key_through_the_real_server(
    qtbot: Any, context: Any, answering: Any, tmp_path: Path
) -> None:
    _wall_plan(context.file)
    workspace, poll, panel = _start(qtbot, context, answering)
    assert poll.id is not None
    try:
        url = str(workspace.controller.live.join_url())  # type: ignore[union-attr]
        phones = Phones(url, tmp_path)
        ids: dict[str, int] = {}

        async def post_and_upvote(p: list[Phone]) -> None:
            ids["Lights"] = (await post_idea(p[0], poll, "Lights"))[1]["idea"]["id"]
            ids["More"] = (await post_idea(p[1], poll, "More lighting"))[1]["idea"]["id"]
            # Phone 0 upvotes both, phone 1 the kept one, phone 2 the duplicate.
            for phone, idea in ((p[0], "Lights"), (p[0], "More"), (p[1], "Lights"), (p[2], "More")):
                assert (await upvote(phone, poll, ids[idea]))[0] == 200

        phones.run(post_and_upvote)
        qtbot.waitUntil(
            lambda: (r := panel.model.row_by_id(ids["More"])) is not None and r.votes == 2,
            timeout=5000,
        )
        _merge_by_keys(panel, qtbot, "Lights", ids["More"])
        qtbot.waitUntil(lambda: "1 merged" in panel.counts.text(), timeout=5000)
        assert panel.model.row_by_id(ids["Lights"]).votes == 3  # type: ignore[union-attr]
        # U on an idea that is not merged: a message, nothing changes.
        qtbot.keyClick(panel.view, Qt.Key.Key_U)
        assert "Choose a merged idea" in panel.feedback.text()
        # The merged one, listed under "All, merged ones too": U.
        _show_all(panel)
        _select(panel, "More lighting", qtbot)
        qtbot.keyClick(panel.view, Qt.Key.Key_U)
        assert "on its own again" in panel.feedback.text()
        qtbot.waitUntil(lambda: "0 merged" in panel.counts.text(), timeout=5000)
        more, lights = panel.model.row_by_id(ids["More"]), panel.model.row_by_id(ids["Lights"])
        assert more is not None and lights is not None
        assert (more.merged_into, more.votes, lights.votes) == (None, 2, 2)

        async def states(p: list[Phone]) -> list[dict[str, Any]]:
            return [(await phone.state())["wall"] for phone in p]

        walls = phones.run(states)
        texts = [(i["text"], i["votes"]) for i in walls[0]["ideas"]]
        assert sorted(texts) == [("Lights", 2), ("More lighting", 2)]
        # Each phone's upvotes are where it put them: phone 0 on both again.
        assert [sorted(w["voted"]) for w in walls] == [
            sorted([ids["Lights"], ids["More"]]),
            [ids["Lights"]],
            [ids["More"]],
        ]

        # Phone 2 withdraws from the duplicate: it counts 1, the kept one still 2.
        async def withdraw(p: list[Phone]) -> int:
            status, body = await upvote(p[2], poll, ids["More"], on=False)
            assert status == 200
            return int(body["idea"]["votes"])

        assert phones.run(withdraw) == 1
        # The presenter shows both again.
        presenter = workspace.presenter
        assert presenter is not None
        qtbot.waitUntil(
            lambda: (
                sorted(r.text for r in presenter.ideas_board.rows) == ["Lights", "More lighting"]
            ),
            timeout=5000,
        )
    finally:
        end_live_session(workspace)
    rows = {r.text: r for r in IdeasRepo(context.file).rows(poll.id)}
    assert rows["More lighting"].merged_into is None and rows["More lighting"].votes == 1
    assert rows["Lights"].votes == 2 and rows["Lights"].merged_count == 0
    # The minutes list both ideas on their own; nothing is merged any more.
    md, pdf = tmp_path / "m.md", tmp_path / "m.pdf"
    export_workshop(context.file, ExportTargets(pdf=pdf, markdown=md), GENERATED)
    for name, text in (("md", md.read_text(encoding="utf-8")), ("pdf", pdf_text(pdf))):
        flat = " ".join(text.split())
        assert "2 posted · 0 hidden · 0 merged as duplicates" in flat, name
        assert "Lights" in flat and "More lighting" in flat, name
        assert "merged into" not in flat and "duplicate merged in" not in flat, name


def _offline_panel(
    qtbot: Any, context: Any, answering: Any, seed: Any
) -> tuple[Workspace, Poll, IdeaModerationPanel]:
    _wall_plan(context.file)
    workspace = Workspace(context, prompter=answering, live_factory=lambda _c: NoLivePolling())
    qtbot.addWidget(workspace)
    workspace.show()
    assert workspace.start_session()
    assert workspace.controller is not None and workspace.console is not None
    session = workspace.controller.session
    assert session is not None and session.id is not None
    wall = context.file.polls()[0]
    seed(wall, session.id)
    poll = step_to_open_poll(workspace.controller, PollType.IDEA_WALL)
    panel = workspace.console.ideas_panel
    workspace.activateWindow()
    qtbot.waitUntil(workspace.isActiveWindow)
    return workspace, poll, panel


def test_unmerge_with_no_server_and_the_refusals(qtbot: Any, context: Any, answering: Any) -> None:
    repo = IdeasRepo(context.file)
    ids: dict[str, int] = {}

    def seed(wall: Poll, session_id: int) -> None:
        def add(text: str, voters: list[str]) -> int:
            now = context.clock.now()
            return repo.add_for_demo(wall.id, text, now, voters, IdeaState.SHOWN, session_id)

        for text, voters in (
            ("Lights", ["a"]),
            ("More lights", ["b"]),
            ("Lamps", ["c"]),
            ("Benches", ["d"]),
            ("Seats", ["e"]),
        ):
            ids[text] = add(text, voters)
        repo.merge(ids["More lights"], [ids["Lamps"]])
        repo.merge(ids["Lights"], [ids["More lights"]])  # "Lamps" follows
        repo.merge(ids["Benches"], [ids["Seats"]])
        # As an earlier version left it: merged, nothing recorded.
        context.file.conn.execute("DELETE FROM idea_merges WHERE source_id = ?", (ids["Seats"],))

    workspace, _, panel = _offline_panel(qtbot, context, answering, seed)
    try:
        qtbot.waitUntil(lambda: panel.model.rowCount() == 5, timeout=5000)
        _show_all(panel)
        _select(panel, "Seats", qtbot)
        qtbot.keyClick(panel.view, Qt.Key.Key_U)
        assert "earlier version" in panel.feedback.text()
        _select(panel, "Lamps", qtbot)
        qtbot.keyClick(panel.view, Qt.Key.Key_U)
        assert panel.feedback.text() == (
            "This idea came along when “More lights” was merged: unmerge “More lights” first."
        )
        assert panel.model.row_by_id(ids["Lamps"]).merged_into == ids["Lights"]  # type: ignore[union-attr]
        # The button does what the key does.
        _select(panel, "More lights", qtbot)
        qtbot.mouseClick(panel.buttons["unmerge"], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: panel.model.row_by_id(ids["More lights"]).merged_into is None,  # type: ignore[union-attr]
            timeout=3000,
        )
        rows = {r.text: r for r in repo.rows(context.file.polls()[0].id)}
        assert rows["More lights"].votes == 2 and rows["Lights"].votes == 1
        assert rows["Lamps"].merged_into == ids["More lights"]
        _select(panel, "Lamps", qtbot)
        qtbot.keyClick(panel.view, Qt.Key.Key_U)
        qtbot.waitUntil(
            lambda: panel.model.row_by_id(ids["Lamps"]).merged_into is None,  # type: ignore[union-attr]
            timeout=3000,
        )
        assert panel.model.row_by_id(ids["Lamps"]).votes == 1  # type: ignore[union-attr]
        assert panel.model.row_by_id(ids["More lights"]).votes == 1  # type: ignore[union-attr]
    finally:
        workspace.end_session(ask=False)
        workspace.shutdown()
