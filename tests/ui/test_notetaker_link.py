"""The note-taker link in the console, with the real server on loopback: a note sent
over HTTP appears in the notes pane; the link is private, revocable and resumable."""

from __future__ import annotations

import asyncio
from typing import Any

import aiohttp
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.ui import plan_fixtures
from tests.ui.plan_fixtures import three_item_plan
from tests.ui.test_presenter import decode
from workshop_app.store.notes_repo import NotesRepo
from workshop_app.store.sessions_repo import SessionsRepo
from workshop_app.ui.notes.pane import NotesPane
from workshop_app.ui.run.live_adapter import ServerLivePolling
from workshop_app.ui.workspace import Workspace

context = plan_fixtures.context
answering = plan_fixtures.answering


def send(method: str, url: str, body: Any = None) -> int:
    async def go() -> int:
        async with aiohttp.ClientSession() as http, http.request(method, url, json=body) as r:
            return r.status

    return asyncio.run(go())


def pane_lines(pane: NotesPane) -> list[str]:
    model = pane.model
    return [
        str(model.data(model.index(row, 0), Qt.ItemDataRole.DisplayRole))
        for row in range(model.rowCount())
    ]


def test_note_taker_link_in_the_console_and_notes_live_in_the_pane(
    qtbot, context, answering
) -> None:  # type: ignore[no-untyped-def]
    three_item_plan(context.file)
    live = ServerLivePolling(context, host="127.0.0.1", port=0)
    workspace = Workspace(context, prompter=answering, live_factory=lambda _c: live)
    qtbot.addWidget(workspace)
    pane = NotesPane(context)
    qtbot.addWidget(pane)
    try:
        assert workspace.start_session()
        controller = workspace.controller
        assert controller is not None and controller.session is not None
        item = controller.current_item()
        assert item is not None
        panel = workspace.console.notetaker_link  # type: ignore[union-attr]
        assert panel is not None
        assert live.notetaker_url() is None  # no link until the facilitator makes one
        assert panel.show_button.text() == "Create note-taker link"
        assert not panel.revoke_button.isEnabled()

        panel.show_button.click()
        url = live.notetaker_url()
        assert url is not None and "/n/" in url
        assert url != live.join_url() and live.join_url() is not None
        token = url.rsplit("/", 1)[1]
        assert len(token) >= 22  # at least 128 bits
        assert panel.url.text() == url and panel.url.isVisibleTo(panel)
        assert decode(panel.qr.pixmap().toImage()) == [url]
        assert SessionsRepo(context.file).live().notetaker_token == token  # type: ignore[union-attr]
        # Never on the presenter window.
        assert workspace.presenter is not None
        shown = [label.text() for label in workspace.presenter.findChildren(QLabel)]
        assert not any(token in text for text in shown)

        # A note over HTTP lands in the file and, through one snapshot, in the pane.
        assert (
            send("POST", f"{url}/api/notes", {"kind": "quote", "text": "<i>We</i> & them"}) == 201
        )
        [note] = NotesRepo(context.file).all()
        assert note.author == "note-taker" and note.item_id == item.id
        qtbot.waitUntil(
            lambda: any("<i>We</i> & them" in line for line in pane_lines(pane)), timeout=5000
        )
        assert send("PUT", f"{url}/api/notes/{note.id}", {"text": "edited"}) == 200
        qtbot.waitUntil(lambda: any("edited" in line for line in pane_lines(pane)), timeout=5000)

        # The server follows run mode's current item.
        while controller.current_item() is not None and controller.current_item().id == item.id:  # type: ignore[union-attr]
            assert controller.next()
        second = controller.current_item()
        assert second is not None
        qtbot.waitUntil(lambda: live.server.notetaker.current_item_id == second.id, timeout=5000)  # type: ignore[union-attr]
        assert send("POST", f"{url}/api/notes", {"text": "second"}) == 201
        assert {n.text: n.item_id for n in NotesRepo(context.file).all()}["second"] == second.id

        # A resumed server keeps the same link.
        live.stop()
        live.start(SessionsRepo(context.file).live())  # type: ignore[arg-type]
        url_after = live.notetaker_url()
        assert url_after is not None and url_after.endswith(token)
        assert send("GET", f"{url_after}/api/state") == 200

        # Revoked: refused at once, forgotten by the file; a new one can be made.
        panel.revoke_button.click()
        assert send("GET", f"{url_after}/api/state") == 404
        assert SessionsRepo(context.file).live().notetaker_token is None  # type: ignore[union-attr]
        assert live.notetaker_url() is None and not panel.url.isVisibleTo(panel)
        assert panel.show_button.text() == "Create note-taker link"
        panel.show_button.click()
        fresh = live.notetaker_url()
        assert fresh is not None and not fresh.endswith(token)
        assert send("GET", f"{fresh}/api/state") == 200
    finally:
        workspace.end_session(ask=False)
        workspace.shutdown()
        pane.shutdown()
    assert SessionsRepo(context.file).all()[-1].notetaker_token is None  # ended: forgotten
