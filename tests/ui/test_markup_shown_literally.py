"""Script and markup typed by participants, note-takers or facilitators is shown as text.

Every widget of the app that can show such text is walked: labels must be plain text
(QLabel's default renders HTML), text fields and item views must hold the characters as
typed, and no tooltip may carry raw markup (Qt renders tooltips as rich text).
Charts and the word cloud draw with QPainter.drawText, which has no markup at all.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from tests.ui import plan_fixtures
from tests.ui.plan_fixtures import step_to_open_poll, three_item_plan
from tests.ui.test_poll_controls import vote_from_phones
from workshop_app.domain.notes import Note, NoteKind
from workshop_app.domain.polls import PollType
from workshop_app.store.notes_repo import NotesRepo
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.notes.actions_table import ActionItemsDialog
from workshop_app.ui.run.live_adapter import ServerLivePolling
from workshop_app.ui.workspace import Workspace

context = plan_fixtures.context
answering = plan_fixtures.answering

MARK = '<b>MARK</b><script>alert("x")</script><img src=x>'


def model_texts(model: QAbstractItemModel, parent: QModelIndex | None = None) -> list[str]:
    parent = parent or QModelIndex()
    texts: list[str] = []
    try:
        columns = model.columnCount(parent)
    except TypeError:  # list models keep columnCount private: they have one column
        columns = 1
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            display = model.data(index, Qt.ItemDataRole.DisplayRole)
            tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
            if display is not None:
                texts.append(str(display))
            assert "<b>MARK" not in str(tip or ""), f"raw markup in a tooltip: {tip!r}"
        first = model.index(row, 0, parent)
        if model.rowCount(first) > 0:  # a tree: its children too
            texts += model_texts(model, first)
    return texts


def shown_texts(root: QWidget) -> list[str]:
    """Every text ``root`` and its children show, checking each widget's format."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        assert "<b>MARK" not in widget.toolTip(), f"raw markup in {widget.objectName()}'s tooltip"
        if isinstance(widget, QLabel):
            if "MARK" in widget.text():
                assert widget.textFormat() == Qt.TextFormat.PlainText, widget.objectName()
            texts.append(widget.text())
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            texts.append(widget.toPlainText())  # an interpreted tag would be gone from here
        elif isinstance(widget, QLineEdit):
            texts.append(widget.text())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts += model_texts(widget.model())
    return texts


def assert_literal(texts: list[str]) -> None:
    showing = [t for t in texts if "MARK" in t]
    assert showing, "the markup is shown nowhere: this check would prove nothing"
    for text in showing:
        assert MARK in text, f"markup interpreted or mangled: {text!r}"


def test_console_presenter_and_moderation_show_markup_literally(  # type: ignore[no-untyped-def]
    qtbot, context, answering
) -> None:
    items = three_item_plan(context.file)
    NotesRepo(context.file).add(
        Note(kind=NoteKind.ACTION, text=MARK, item_id=items[1].id, created_at=context.clock.now())
    )
    live = ServerLivePolling(context, host="127.0.0.1", port=0)
    workspace = Workspace(context, prompter=answering, live_factory=lambda _c: live)
    qtbot.addWidget(workspace)
    try:
        assert workspace.start_session()
        controller = workspace.controller
        assert controller is not None
        poll = step_to_open_poll(controller, PollType.OPEN_TEXT)
        vote_from_phones(str(live.join_url()), poll.id, [MARK, "Lighting"])
        qtbot.waitUntil(
            lambda: (
                poll.id in controller.snapshot.tallies
                and controller.snapshot.tallies[poll.id].responses == 2
            ),
            timeout=5000,
        )
        controls = workspace.console.poll_controls  # type: ignore[union-attr]
        controls.refresh()
        assert_literal(shown_texts(workspace))  # the moderation list among them
        controller.next()  # results on the presenter: the word cloud and its list
        assert workspace.presenter is not None
        shown_texts(workspace.presenter)  # every label plain, no tooltip markup
        tally = controller.snapshot.tallies[poll.id]
        assert MARK in tally.texts  # what the word cloud draws, as typed
    finally:
        workspace.end_session(ask=False)
        workspace.shutdown()


def test_notes_pane_and_action_items_show_markup_literally(
    main_window: MainWindow, tmp_path: Path
) -> None:
    from workshop_app.domain.workshop import AgendaItem, Workshop
    from workshop_app.store.workshop_file import WorkshopFile

    path = tmp_path / "markup.workshop"
    file = WorkshopFile.create(path, Workshop(title="Evening"))
    item = file.add_item(AgendaItem(title="Item"))
    notes = NotesRepo(file)
    from workshop_app.clock import SystemClock

    now = SystemClock().now()
    for kind in NoteKind:
        notes.add(
            Note(
                kind=kind,
                text=MARK,
                item_id=item.id,
                created_at=now,
                action_owner=MARK if kind == NoteKind.ACTION else "",
            )
        )
    file.close()
    assert main_window.open_path(path)
    assert main_window.notes_pane is not None
    assert_literal(shown_texts(main_window.notes_pane))
    assert main_window.context is not None
    dialog = ActionItemsDialog(main_window.context, main_window)
    try:
        assert_literal(shown_texts(dialog))
    finally:
        dialog.deleteLater()
