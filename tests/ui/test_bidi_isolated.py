"""Bidi controls typed into an answer or a note cannot reorder the text around them.

The file keeps what was typed; every display shows it without the embedding, override
and isolate controls (U+202A–U+202E, U+2066–U+2069), isolated where the output can.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.export.test_exports import export_all
from tests.ui import plan_fixtures
from tests.ui.plan_fixtures import step_to_open_poll, three_item_plan
from tests.ui.test_markup_shown_literally import shown_texts
from tests.ui.test_poll_controls import vote_from_phones
from workshop_app.clock import SystemClock
from workshop_app.domain.notes import Note, NoteKind
from workshop_app.domain.polls import Poll, PollState, PollType
from workshop_app.domain.workshop import AgendaItem, Workshop
from workshop_app.settings_registry import MIN_GROUP_SIZE, write_workshop
from workshop_app.store.notes_repo import NotesRepo
from workshop_app.store.responses_repo import ResponsesRepo
from workshop_app.store.workshop_file import WorkshopFile
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.notes.actions_table import ActionItemsDialog
from workshop_app.ui.run.live_adapter import ServerLivePolling
from workshop_app.ui.workspace import Workspace

context = plan_fixtures.context
answering = plan_fixtures.answering

# "RLO" reverses everything after it on the line until a PDF (U+202C) or the line's end.
TYPED = "safe\u202eyawa og\u2066x"
CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
ISOLATED = "\u2068safeyawa ogx\u2069"


def assert_isolated(texts: list[str]) -> None:
    showing = [t for t in texts if "yawa og" in t]
    assert showing, "the text is shown nowhere: this check would prove nothing"
    for text in showing:
        assert ISOLATED in text, f"not isolated: {text!r}"
        assert not CONTROLS.search(text.replace(ISOLATED, "")), f"a control left: {text!r}"


def test_notes_pane_and_action_items_isolate_bidi_controls(
    main_window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "bidi.workshop"
    file = WorkshopFile.create(path, Workshop(title="Evening"))
    item = file.add_item(AgendaItem(title="Item"))
    NotesRepo(file).add(
        Note(
            kind=NoteKind.ACTION,
            text=TYPED,
            item_id=item.id,
            created_at=SystemClock().now(),
            action_owner=TYPED,
        )
    )
    file.close()
    assert main_window.open_path(path)
    assert main_window.notes_pane is not None and main_window.context is not None
    assert_isolated(shown_texts(main_window.notes_pane))
    dialog = ActionItemsDialog(main_window.context, main_window)
    try:
        assert_isolated(shown_texts(dialog))
    finally:
        dialog.deleteLater()
    # The file keeps what was typed.
    stored = main_window.context.file.conn.execute("SELECT text FROM notes").fetchone()[0]
    assert stored == TYPED


def test_moderation_list_isolates_an_answer(  # type: ignore[no-untyped-def]
    qtbot, context, answering
) -> None:
    three_item_plan(context.file)
    live = ServerLivePolling(context, host="127.0.0.1", port=0)
    workspace = Workspace(context, prompter=answering, live_factory=lambda _c: live)
    qtbot.addWidget(workspace)
    try:
        assert workspace.start_session()
        controller = workspace.controller
        assert controller is not None
        poll = step_to_open_poll(controller, PollType.OPEN_TEXT)
        vote_from_phones(str(live.join_url()), poll.id, [TYPED])
        qtbot.waitUntil(
            lambda: (
                poll.id in controller.snapshot.tallies
                and controller.snapshot.tallies[poll.id].responses == 1
            ),
            timeout=5000,
        )
        workspace.console.poll_controls.refresh()  # type: ignore[union-attr]
        assert_isolated(shown_texts(workspace.console))  # type: ignore[arg-type]
    finally:
        workspace.end_session(ask=False)
        workspace.shutdown()


def test_minutes_show_bidi_controls_neutralised(tmp_path: Path) -> None:
    file = WorkshopFile.create(tmp_path / "m.workshop", Workshop(title="Minutes"))
    try:
        write_workshop(file, MIN_GROUP_SIZE, 1)  # one answer, and it must print
        item = file.add_item(AgendaItem(title="Item"))
        poll = file.add_poll(
            Poll(PollType.OPEN_TEXT, "Ideas?", item_id=item.id, state=PollState.CLOSED)
        )
        assert poll.id is not None
        at = SystemClock().now()
        ResponsesRepo(file).add(poll.id, TYPED, at)
        NotesRepo(file).add(Note(kind=NoteKind.NOTE, text=TYPED, item_id=item.id, created_at=at))
        out = export_all(file, tmp_path)
    finally:
        file.close()
    markdown = out["md"].read_text(encoding="utf-8")
    assert markdown.count(ISOLATED) >= 2 and "\u202e" not in markdown
    import subprocess

    pdf = subprocess.run(
        ["pdftotext", str(out["pdf"]), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert pdf.count("safeyawa ogx") >= 2 and not CONTROLS.search(pdf)
