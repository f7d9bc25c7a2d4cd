"""The facilitator edits an idea's text (E): a phone number taken out, a typo fixed. The
phone's rules apply, with a clear message when refused; the room sees the new text
marked edited on the phones, the presenter and in the minutes; the earlier text is gone
from the file. With the live server holding the wall, and with no server at all."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from tests.export.test_exports import GENERATED, pdf_text
from tests.ideas.test_moderation_console import _phones_post, _select, _start, _wall_plan
from tests.live.conftest import new_phone
from tests.ui.plan_fixtures import step_to_open_poll
from workshop_app.domain.ideas import IdeaState
from workshop_app.domain.polls import PollType
from workshop_app.export.export_job import ExportTargets, export_workshop
from workshop_app.live import gc_policy
from workshop_app.store.ideas_repo import IdeasRepo
from workshop_app.ui.ideas.edit_dialog import IdeaEditDialog
from workshop_app.ui.ideas.moderation_panel import IdeaModerationPanel
from workshop_app.ui.run.live_port import NoLivePolling
from workshop_app.ui.workspace import Workspace

POSTED = "Lights by the path, call Jan on 0470 11 22 33"


def end_live_session(workspace: Workspace) -> None:
    """End the session and stop what it started: the ended server's objects are handed
    back to the collector a second later (gc_policy, on the GUI thread); done here, so
    that it does not run in the middle of the next test's waits."""
    workspace.end_session(ask=False)
    workspace.shutdown()
    gc_policy.reclaim()


EDITED = "Lights by the path"


def _open_editor(panel: IdeaModerationPanel, qtbot: Any, text: str) -> IdeaEditDialog:
    _select(panel, text, qtbot)
    qtbot.keyClick(panel.view, Qt.Key.Key_E)
    qtbot.waitUntil(lambda: panel.edit_dialog is not None and panel.edit_dialog.isVisible())
    dialog = panel.edit_dialog
    assert dialog is not None
    return dialog


def _retype(dialog: IdeaEditDialog, qtbot: Any, text: str) -> None:
    qtbot.keyClick(dialog.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(dialog.edit, text)


def _save(dialog: IdeaEditDialog, qtbot: Any) -> None:
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)


def _refusals_keep_the_dialog_open(dialog: IdeaEditDialog, qtbot: Any) -> None:
    """Too long, only spaces: a clear message each time, the text typed is kept."""
    assert dialog.original.text() == POSTED  # the dialog shows the text as it is now
    assert dialog.edit.text() == POSTED
    _retype(dialog, qtbot, "x" * 281)
    _save(dialog, qtbot)
    assert dialog.isVisible() and dialog.problem.isVisible()
    assert "at most 280 characters" in dialog.problem.text()
    assert dialog.edit.text() == "x" * 281  # nothing lost
    _retype(dialog, qtbot, "   ")
    _save(dialog, qtbot)
    assert dialog.isVisible() and "cannot be empty" in dialog.problem.text()


async def _phone_sees(url: str) -> tuple[dict[str, Any], str]:
    """A phone that joins now: its state's wall, and its page without JavaScript."""
    phone = await new_phone(url)
    try:
        page = await phone.join()
        state = await phone.state()
    finally:
        await phone.http.close()
    return state, page


def _minutes(file: Any, tmp_path: Path) -> tuple[str, str, dict[str, Any]]:
    md, pdf, js = tmp_path / "m.md", tmp_path / "m.pdf", tmp_path / "m.json"
    export_workshop(file, ExportTargets(pdf=pdf, markdown=md, json=js), GENERATED)
    data = json.loads(js.read_text(encoding="utf-8"))
    return md.read_text(encoding="utf-8"), " ".join(pdf_text(pdf).split()), data


def test_editing_out_a_phone_number_during_a_live_session(
    qtbot: Any, context: Any, answering: Any, tmp_path: Path
) -> None:
    _wall_plan(context.file)
    workspace, poll, panel = _start(qtbot, context, answering)
    assert poll.id is not None
    try:
        url = str(workspace.controller.live.join_url())  # type: ignore[union-attr]
        # Five upvotes: at k = 5 the minutes print its count.
        ids = _phones_post(url, poll, [POSTED, "Benches"], {POSTED: 5})
        qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=5000)
        # The button says the key; the key opens the dialog on the current idea.
        assert panel.buttons["edit"].text() == "Edit… (E)"
        dialog = _open_editor(panel, qtbot, "call Jan")
        _refusals_keep_the_dialog_open(dialog, qtbot)
        assert IdeasRepo(context.file).rows(poll.id)[0].text == POSTED  # refused: unchanged
        # Two spaces typed: cleaned as a phone's post is, to one.
        _retype(dialog, qtbot, "Lights  by the path")
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: panel.edit_dialog is None, timeout=3000)
        assert "edited" in panel.feedback.text()
        assert QApplication.focusWidget() is panel.view  # back to the list for the next key
        # The console's list: new text, marked edited, votes kept.
        qtbot.waitUntil(
            lambda: (r := panel.model.row_by_id(ids[POSTED])) is not None and r.edited,
            timeout=5000,
        )
        row = panel.model.row_by_id(ids[POSTED])
        assert row is not None and row.text == EDITED and row.votes == 5
        assert "edited" in panel.model.status_text(row)
        # A phone: the new text, marked edited, the number nowhere.
        state, page = asyncio.run(_phone_sees(url))
        idea = next(i for i in state["wall"]["ideas"] if i["id"] == ids[POSTED])
        assert idea["text"] == EDITED and idea["edited"] is True and idea["votes"] == 5
        other = next(i for i in state["wall"]["ideas"] if i["text"] == "Benches")
        assert other["edited"] is False
        assert "0470" not in json.dumps(state) and "0470" not in page
        assert "Edited by the facilitator" in page  # the page without JavaScript too
        # The presenter: the new text and the line under it.
        presenter = workspace.presenter
        assert presenter is not None
        board = presenter.ideas_board
        qtbot.waitUntil(lambda: any(r.text == EDITED for r in board.rows), timeout=5000)
        shown = next(r for r in board.rows if r.text == EDITED)
        assert board.tag_text(shown) == "Edited"
        # Escape cancels an edit: nothing changes.
        dialog = _open_editor(panel, qtbot, "Benches")
        _retype(dialog, qtbot, "Benches everywhere")
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: panel.edit_dialog is None, timeout=3000)
    finally:
        end_live_session(workspace)
    rows = {r.id: r for r in IdeasRepo(context.file).rows(poll.id)}
    assert rows[ids[POSTED]].text == EDITED and rows[ids[POSTED]].edited
    assert rows[ids["Benches"]].text == "Benches" and not rows[ids["Benches"]].edited
    # The session ended (its journal emptied): the number is in no byte of the file.
    path = Path(context.file.path)
    for part in (path, path.with_name(path.name + "-wal")):
        if part.exists():
            assert b"0470 11 22 33" not in part.read_bytes(), part.name
    md, pdf, data = _minutes(context.file, tmp_path)
    assert f"| {EDITED} | 5 | edited |" in md
    assert f"5 votes · {EDITED} (edited)" in pdf
    assert "1 edited" in md and "1 edited" in pdf  # the moderation counts
    assert "0470" not in md and "0470" not in pdf
    wall = next(p for item in data["agenda"] for p in item["polls"] if p["type"] == "idea_wall")
    assert wall["moderation"]["edited"] == 1
    assert [i["text"] for i in wall["ideas"] if i["edited"]] == [EDITED]


def test_editing_with_no_server_goes_straight_to_the_file(
    qtbot: Any, context: Any, answering: Any
) -> None:
    _wall_plan(context.file)
    wall = context.file.polls()[0]
    repo = IdeasRepo(context.file)
    workspace = Workspace(context, prompter=answering, live_factory=lambda _c: NoLivePolling())
    qtbot.addWidget(workspace)
    workspace.show()
    try:
        assert workspace.start_session()
        assert workspace.controller is not None and workspace.console is not None
        session = workspace.controller.session
        assert session is not None
        idea_id = repo.add_for_demo(
            wall.id, POSTED, context.clock.now(), ["v1"], IdeaState.SHOWN, session.id
        )
        step_to_open_poll(workspace.controller, PollType.IDEA_WALL)
        panel = workspace.console.ideas_panel
        workspace.activateWindow()
        qtbot.waitUntil(workspace.isActiveWindow)
        qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)
        dialog = _open_editor(panel, qtbot, "call Jan")
        _refusals_keep_the_dialog_open(dialog, qtbot)
        _retype(dialog, qtbot, EDITED)
        _save(dialog, qtbot)
        qtbot.waitUntil(lambda: panel.edit_dialog is None, timeout=3000)
        stored = next(r for r in repo.rows(wall.id) if r.id == idea_id)
        assert stored.text == EDITED and stored.edited and stored.votes == 1
        row = panel.model.row_by_id(idea_id)
        assert row is not None and row.text == EDITED and row.edited
        presenter = workspace.presenter
        assert presenter is not None
        qtbot.waitUntil(
            lambda: [r.text for r in presenter.ideas_board.rows] == [EDITED], timeout=5000
        )
        # Saving the text unchanged changes nothing and marks nothing.
        dialog = _open_editor(panel, qtbot, "Lights")
        _save(dialog, qtbot)
        qtbot.waitUntil(lambda: panel.edit_dialog is None, timeout=3000)
        assert panel.feedback.text() == "The text is unchanged."
    finally:
        workspace.end_session(ask=False)
        workspace.shutdown()
