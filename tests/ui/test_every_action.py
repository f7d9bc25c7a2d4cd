"""Every menu action and shortcut, triggered as a person does, with its visible effect.

Each test presses the real key (or triggers the menu entry where it has no key) on a
real main window and checks what the person sees: the dialog, the file, the mode. The
last test fails when any QAction or QShortcut of the app was not fired by one of them.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QPoint, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMenu, QWidget

from tests.ui import trigger_registry
from workshop_app.domain.notes import NoteKind
from workshop_app.domain.session import SessionState
from workshop_app.plans.plan_format import read_plan
from workshop_app.plans.templates import builtin_templates
from workshop_app.store.notes_repo import NotesRepo
from workshop_app.store.sessions_repo import SessionsRepo
from workshop_app.store.workshop_file import WorkshopFile
from workshop_app.ui.about_dialog import AboutDialog, ShortcutsDialog
from workshop_app.ui.agenda.workshop_dialog import WorkshopDetailsDialog
from workshop_app.ui.export_dialog import ExportDialog
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.notes.actions_table import ActionItemsDialog
from workshop_app.ui.settings_dialog import SettingsDialog
from workshop_app.ui.shortcuts import SHORTCUTS
from workshop_app.ui.template_picker import TemplatePickerDialog
from workshop_app.ui.workspace import Workspace

# --- driving the window as a person does ---------------------------------------------------


def activate(qtbot, window: QWidget) -> None:  # type: ignore[no-untyped-def]
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def press(qtbot, keys: str, target: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
    """Send a key sequence such as "Ctrl+Shift+S" to the focused widget (or ``target``)."""
    combo = QKeySequence(keys)[0]
    widget = target or QApplication.focusWidget() or QApplication.activeWindow()
    assert widget is not None, "no window has focus"
    _watch_from(widget)
    qtbot.keyClick(widget, combo.key(), combo.keyboardModifiers())


def trigger(action: QAction) -> None:
    """A menu entry without a key: what a click on it does."""
    _watch_from(action)
    assert action.isEnabled(), f"{action.objectName()} is disabled"
    action.trigger()


def _watch_from(obj: QObject) -> None:
    """Listen to the actions of the main window that ``obj`` belongs to."""
    while obj.parent() is not None:
        obj = obj.parent()
    assert isinstance(obj, QWidget)
    trigger_registry.watch(obj)


@contextmanager
def answering_dialog(
    expected: type[QDialog], answer: Callable[[QDialog], None]
) -> Iterator[list[QDialog]]:
    """Wait (in the event loop, not by sleeping) for a modal ``expected``, answer it."""
    seen: list[QDialog] = []
    polls = [0]

    def look() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            polls[0] += 1
            if polls[0] < 500:
                QTimer.singleShot(0, look)
            return
        try:
            assert isinstance(modal, expected), f"{type(modal).__name__} opened"
            seen.append(modal)
            answer(modal)
        finally:
            if modal.isVisible():  # a failed check must not leave the test blocked
                modal.reject()

    QTimer.singleShot(0, look)
    yield seen
    assert seen, f"no {expected.__name__} opened"


def find_action(window: QWidget, name: str) -> QAction:
    action = window.findChild(QAction, name)
    assert action is not None, name
    return action


def show_menu(qtbot, menu: QMenu) -> None:  # type: ignore[no-untyped-def]
    """Open a menu on screen (fills the recent-files list) and close it again."""
    menu.popup(QPoint(0, 0))
    qtbot.waitUntil(menu.isVisible)
    menu.hide()


@pytest.fixture
def window(qtbot, main_window: MainWindow, prompter) -> MainWindow:  # type: ignore[no-untyped-def]
    main_window.open_externally = lambda path: None  # no PDF viewer in the test run
    # pytest-qt closes the window before fixtures tear down: a session a test left live
    # then asks once more. Tests put their own answers in front of this one.
    prompter.choices = [0]
    activate(qtbot, main_window)
    return main_window


@pytest.fixture
def demo(window: MainWindow, tmp_path: Path) -> MainWindow:
    # A copy of the demo opened as a file of one's own (the demo button's temporary copy
    # is deliberately kept out of the recent workshops).
    from workshop_app.demo import write_demo

    path = tmp_path / "demo-copy.workshop"
    write_demo(path)
    assert window.open_path(path)
    return window


def run_mode(qtbot, window: MainWindow) -> Workspace:  # type: ignore[no-untyped-def]
    workspace = window.workspace
    assert isinstance(workspace, Workspace)
    press(qtbot, "F5")
    assert workspace.in_run_mode
    # The presenter window appears a turn of the event loop after F5, handing the keys
    # back to the console's window: wait for it before taking the keys ourselves.
    assert workspace.presenter is not None
    qtbot.waitUntil(workspace.presenter.isVisible)
    activate(qtbot, window)
    return workspace


def item_count(window: MainWindow) -> int:
    assert window.context is not None
    return len(window.context.file.items())


# --- File ----------------------------------------------------------------------------------


def _blank_workshop(dialog: QDialog) -> None:
    assert isinstance(dialog, TemplatePickerDialog)
    dialog.choose("Blank workshop")
    dialog.accept()


def test_ctrl_n_creates_and_opens_a_new_workshop(qtbot, window, prompter, tmp_path) -> None:  # type: ignore[no-untyped-def]
    prompter.paths = [tmp_path / "Harbour evening"]
    with answering_dialog(TemplatePickerDialog, _blank_workshop):
        press(qtbot, "Ctrl+N")
    assert (tmp_path / "Harbour evening.workshop").exists()
    assert window.windowTitle().startswith("Harbour evening.workshop")
    assert window.context.file.load_workshop().title == "Harbour evening"
    assert item_count(window) == 0


def test_ctrl_n_from_a_template_fills_the_agenda(qtbot, window, prompter, tmp_path) -> None:  # type: ignore[no-untyped-def]
    def pick(dialog: QDialog) -> None:
        assert isinstance(dialog, TemplatePickerDialog)
        dialog.choose("Technology and privacy: cameras, apps and data")
        assert "Rules we want" in dialog.details.text()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    prompter.paths = [tmp_path / "Privacy evening"]
    with answering_dialog(TemplatePickerDialog, pick):
        press(qtbot, "Ctrl+N")
    assert window.context.file.path == tmp_path / "Privacy evening.workshop"
    assert item_count(window) == 6


@pytest.mark.parametrize("template", builtin_templates(), ids=lambda t: t.path.name)
def test_each_template_entry_creates_a_workshop(window, prompter, tmp_path, template) -> None:  # type: ignore[no-untyped-def]
    prompter.paths = [tmp_path / "from-template.workshop"]
    stem = template.path.name.split(".")[0]
    trigger(find_action(window.template_menu, f"actionTemplate_{stem}"))
    assert window.context.file.path == tmp_path / "from-template.workshop"
    assert window.context.file.load_workshop().title == template.plan.workshop.title
    assert item_count(window) == len(template.plan.agenda) > 0


def test_ctrl_o_opens_the_chosen_workshop(qtbot, window, prompter, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from workshop_app.demo import write_demo

    path = tmp_path / "chosen.workshop"
    write_demo(path)
    prompter.paths = [path]
    press(qtbot, "Ctrl+O")
    assert window.context is not None and window.context.file.path == path
    assert window.ui.pages.currentWidget() is window.workspace


def test_recent_file_entry_reopens_and_clear_list_empties_it(qtbot, demo, app_settings) -> None:  # type: ignore[no-untyped-def]
    path = demo.context.file.path
    press(qtbot, "Ctrl+W")
    assert demo.context is None
    show_menu(qtbot, demo.ui.menuOpenRecent)
    entries = demo.ui.menuOpenRecent.findChildren(QAction, "actionRecentFile")
    assert [a.toolTip() for a in entries] == [str(path)]
    trigger(entries[0])
    assert demo.context is not None and demo.context.file.path == path
    show_menu(qtbot, demo.ui.menuOpenRecent)
    trigger(find_action(demo.ui.menuOpenRecent, "actionClearRecent"))
    assert app_settings.recent_files() == []
    show_menu(qtbot, demo.ui.menuOpenRecent)
    placeholder = find_action(demo.ui.menuOpenRecent, "actionNoRecentFiles")
    assert not placeholder.isEnabled()


def test_ctrl_shift_s_writes_a_copy(qtbot, demo, prompter, tmp_path) -> None:  # type: ignore[no-untyped-def]
    original = demo.context.file.path
    prompter.paths = [tmp_path / "backup"]
    press(qtbot, "Ctrl+Shift+S")
    copy = tmp_path / "backup.workshop"
    assert copy.exists()
    assert demo.context.file.path == original
    file = WorkshopFile.open(copy, read_only=True)
    try:
        assert len(file.items()) == item_count(demo) > 0
    finally:
        file.close()


def test_export_plan_then_import_plan(qtbot, demo, prompter, tmp_path) -> None:  # type: ignore[no-untyped-def]
    plan_path = tmp_path / "agenda.plan.json"
    items = item_count(demo)
    prompter.paths = [plan_path]
    trigger(demo.ui.actionExportPlan)
    assert len(read_plan(plan_path).agenda) == items
    prompter.paths = [tmp_path / "empty.workshop"]
    with answering_dialog(TemplatePickerDialog, _blank_workshop):
        press(qtbot, "Ctrl+N")
    assert item_count(demo) == 0
    prompter.paths = [plan_path]
    trigger(demo.ui.actionImportPlan)
    assert item_count(demo) == items
    assert prompter.errors == []


def test_ctrl_e_exports_the_formats_chosen_in_the_dialog(qtbot, demo, prompter, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "minutes"
    out.mkdir()

    def choose(dialog: QDialog) -> None:
        assert isinstance(dialog, ExportDialog)
        ui = dialog.ui
        ui.folderEdit.setText(str(out))
        for box in (ui.pdfBox, ui.markdownBox, ui.csvBox, ui.jsonBox, ui.planBox):
            box.setChecked(True)
        ui.openBox.setChecked(False)
        dialog.accept()

    with answering_dialog(ExportDialog, choose):
        press(qtbot, "Ctrl+E")
    assert prompter.errors == []
    qtbot.waitUntil(lambda: bool(demo.last_export), timeout=60_000)
    demo.export_job.wait(60)
    names = sorted(p.name for p in out.iterdir())
    assert any(n.endswith("minutes.pdf") for n in names), names
    assert any(n.endswith("minutes.md") for n in names), names
    assert any(n.endswith("data.json") for n in names), names
    pdf = next(p for p in out.iterdir() if p.name.endswith(".pdf"))
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "Exported" in demo.statusBar().currentMessage()
    demo.export_job.shutdown()


def test_ctrl_e_into_a_folder_that_cannot_be_made_says_so(qtbot, demo, prompter, tmp_path) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")

    def choose(dialog: QDialog) -> None:
        assert isinstance(dialog, ExportDialog)
        dialog.ui.folderEdit.setText(str(blocker / "minutes"))
        dialog.ui.openBox.setChecked(False)
        dialog.accept()

    with answering_dialog(ExportDialog, choose):
        press(qtbot, "Ctrl+E")
    qtbot.waitUntil(lambda: bool(prompter.errors), timeout=60_000)
    title, message = prompter.errors[0]
    assert title == "Export failed"
    assert "Traceback" not in message and message
    demo.export_job.shutdown()


def test_ctrl_e_with_no_format_chosen_says_so(qtbot, demo, prompter) -> None:  # type: ignore[no-untyped-def]
    def choose(dialog: QDialog) -> None:
        assert isinstance(dialog, ExportDialog)
        ui = dialog.ui
        for box in (ui.pdfBox, ui.markdownBox, ui.csvBox, ui.jsonBox, ui.planBox):
            box.setChecked(False)
        dialog.accept()

    with answering_dialog(ExportDialog, choose):
        press(qtbot, "Ctrl+E")
    assert prompter.errors == [("Nothing to export", "Choose at least one format.")]


def test_editing_keys_change_nothing_in_a_read_only_workshop(
    qtbot, window, prompter, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from workshop_app.demo import write_demo

    path = tmp_path / "elsewhere.workshop"
    write_demo(path)
    holder = WorkshopFile.open(path)  # open in another window: this one gets it read-only
    try:
        prompter.paths = [path]
        press(qtbot, "Ctrl+O")
        assert window.context.read_only is not None
        assert window.ui.readOnlyBanner.isVisible()
        items = [(i.id, i.title, i.position) for i in window.context.file.items()]
        notes = len(NotesRepo(window.context.file).all())
        editor = window.workspace.editor
        editor.select_item(items[0][0])
        editor.table.setFocus()
        for keys in ("Ctrl+Shift+I", "Ctrl+D", "Ctrl+Down", "Delete", "Ctrl+Z", "F5"):
            press(qtbot, keys, editor.table)
        pane = window.notes_pane
        pane.ui.scopeFilter.setCurrentIndex(pane.ui.scopeFilter.findData("all"))
        assert pane.model.rowCount() > 0
        pane.ui.notesList.setCurrentIndex(pane.model.index(0, 0))
        press(qtbot, "Delete", pane.ui.notesList)
        assert [(i.id, i.title, i.position) for i in window.context.file.items()] == items
        assert len(NotesRepo(window.context.file).all()) == notes
        assert not window.workspace.in_run_mode
        for name in ("actionStartSession", "actionDetails", "actionEndSession"):
            assert not find_action(window, name).isEnabled()
        assert not window.ui.actionImportPlan.isEnabled()
        assert prompter.errors == []
    finally:
        holder.close()


def test_ctrl_w_closes_the_workshop_back_to_the_start_screen(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, "Ctrl+W")
    assert demo.context is None
    assert demo.ui.pages.currentWidget() is demo.start_screen
    assert not demo.ui.actionExport.isEnabled()


def test_ctrl_q_without_a_session_closes_the_window(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, "Ctrl+Q")
    assert not demo.isVisible()
    assert demo.context is None


@pytest.mark.parametrize(
    ("answer", "window_closes", "session_state"),
    [
        (0, True, SessionState.ENDED),  # End session and quit
        (1, True, SessionState.LIVE),  # Quit and keep the session open
        (None, False, SessionState.LIVE),  # Escape: stay
    ],
)
def test_ctrl_q_in_a_live_session(
    qtbot, demo, prompter, answer, window_closes, session_state
) -> None:  # type: ignore[no-untyped-def]
    path = demo.context.file.path
    run_mode(qtbot, demo)
    prompter.choices[:0] = [answer]
    press(qtbot, "Ctrl+Q")
    _title, choices = prompter.questions[-1]
    assert choices == ["End session and quit", "Quit and keep the session open to resume later"]
    assert demo.isVisible() is not window_closes
    if window_closes:
        file = WorkshopFile.open(path, read_only=True)
        try:
            assert SessionsRepo(file).all()[-1].state == session_state
        finally:
            file.close()
    else:
        assert demo.workspace.in_run_mode
        assert SessionsRepo(demo.context.file).all()[-1].state == session_state


# --- Edit ----------------------------------------------------------------------------------


def test_undo_and_redo_keys_step_through_an_agenda_edit(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    editor = demo.workspace.editor
    before = item_count(demo)
    editor.table.setFocus()
    press(qtbot, "Ctrl+Shift+I", editor.table)
    assert item_count(demo) == before + 1
    # Adding puts the cursor in the new title; with nothing typed there, Ctrl+Z undoes the add.
    title = editor.panel.title_edit
    assert QApplication.focusWidget() is title
    press(qtbot, "Ctrl+Z", title)
    assert item_count(demo) == before
    press(qtbot, "Ctrl+Shift+Z")
    assert item_count(demo) == before + 1
    press(qtbot, "Ctrl+Z")
    press(qtbot, "Ctrl+Y")
    assert item_count(demo) == before + 1


def test_ctrl_z_in_a_field_with_typing_undoes_the_typing_first(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    editor = demo.workspace.editor
    before = item_count(demo)
    press(qtbot, "Ctrl+Shift+I", editor.table)
    title = editor.panel.title_edit
    qtbot.keyClicks(title, "Walk")
    assert title.text() == "Walk"
    press(qtbot, "Ctrl+Z", title)
    assert title.text() == "New item"  # the typing, not the new item
    assert item_count(demo) == before + 1


def test_workshop_details_entry_edits_the_title(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    def rename(dialog: QDialog) -> None:
        assert isinstance(dialog, WorkshopDetailsDialog)
        dialog.ui.titleEdit.setText("Renamed in the dialog")
        dialog.accept()

    with answering_dialog(WorkshopDetailsDialog, rename):
        trigger(find_action(demo, "actionDetails"))
    assert demo.context.file.load_workshop().title == "Renamed in the dialog"
    assert demo.workspace.editor.heading.text() == "Renamed in the dialog"


def test_ctrl_comma_opens_settings(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    with answering_dialog(SettingsDialog, lambda dialog: dialog.reject()) as seen:
        press(qtbot, "Ctrl+,")
    assert seen[0].windowTitle()


# --- Help ----------------------------------------------------------------------------------


def test_f1_lists_every_shortcut(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    rows: list[int] = []

    def read(dialog: QDialog) -> None:
        assert isinstance(dialog, ShortcutsDialog)
        rows.append(dialog.table.rowCount())
        dialog.accept()

    with answering_dialog(ShortcutsDialog, read):
        press(qtbot, "F1")
    assert rows == [len(SHORTCUTS)]


def test_about_entry_opens_about(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    with answering_dialog(AboutDialog, lambda dialog: dialog.accept()) as seen:
        trigger(window.ui.actionAbout)
    assert "workshop-app" in seen[0].windowTitle()


# --- Session and View ------------------------------------------------------------------------


def test_f5_starts_esc_leaves_and_f5_resumes_the_same_session(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    workspace = run_mode(qtbot, demo)
    assert workspace.presenter is not None
    qtbot.waitUntil(workspace.presenter.isVisible)  # shown on the next turn of the loop
    session = SessionsRepo(demo.context.file).live()
    assert session is not None
    press(qtbot, "Escape", demo)
    assert not workspace.in_run_mode
    assert workspace.session_live
    press(qtbot, "F5")
    assert workspace.in_run_mode
    assert SessionsRepo(demo.context.file).live().id == session.id


def test_end_session_entry_ends_it_and_offers_the_minutes(qtbot, demo, prompter) -> None:  # type: ignore[no-untyped-def]
    workspace = run_mode(qtbot, demo)
    prompter.confirmations = [True, False]  # end it; not now for the minutes
    trigger(find_action(demo, "actionEndSession"))
    assert prompter.confirmations == []
    assert not workspace.in_run_mode
    assert SessionsRepo(demo.context.file).all()[-1].state == SessionState.ENDED


def test_start_as_rehearsal_then_sessions_dialog_shows_discards_and_restores(
    qtbot, demo, prompter
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from workshop_app.ui.sessions.dialog import SessionsDialog

    file = demo.context.file
    first = SessionsRepo(file).all()[-1]
    trigger(find_action(demo, "actionStartRehearsal"))
    workspace = demo.workspace
    assert workspace.in_run_mode
    rehearsal = SessionsRepo(file).live()
    assert rehearsal is not None and rehearsal.rehearsal
    # A note taken in the rehearsal belongs to it: the pane shows the rehearsal's only.
    pane = demo.notes_pane
    pane.ui.entry.setText("Test note during the rehearsal")
    qtbot.keyClick(pane.ui.entry, Qt.Key.Key_Return)
    texts = [pane.model.index(r, 0).data() for r in range(pane.model.rowCount())]
    assert len(texts) == 1 and "Test note during the rehearsal" in texts[0]
    prompter.confirmations = [True, False]  # end it; not now for the minutes
    trigger(find_action(demo, "actionEndSession"))
    first_notes = len(NotesRepo(file).all(sessions=[first.id]))
    seen: list[list[str]] = []

    def use(dialog: QDialog) -> None:
        assert isinstance(dialog, SessionsDialog)
        table = dialog.table
        seen.append([table.item(r, 3).text() for r in range(table.rowCount())])
        dialog.select_rows([2])  # the evening of 12 March
        qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
        dialog.select_rows([3])  # the rehearsal just run
        prompter.confirmations = [True]
        qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
        seen.append([table.item(r, 3).text() for r in range(table.rowCount())])
        dialog.select_rows([3])
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)  # brought back
        seen.append([table.item(r, 3).text() for r in range(table.rowCount())])
        dialog.select_rows([3])
        prompter.confirmations = [True]
        qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)  # and discarded
        dialog.accept()

    with answering_dialog(SessionsDialog, use):
        trigger(find_action(demo, "actionSessions"))
    # The demo's own rehearsal and two evenings, then the rehearsal just run.
    assert seen == [
        ["rehearsal", "session", "session", "rehearsal"],
        ["rehearsal", "session", "session", "discarded"],
        ["rehearsal", "session", "session", "rehearsal"],
    ]
    assert pane.model.rowCount() == first_notes  # the first evening's notes again
    kept = [s.id for s in SessionsRepo(file).all() if s.id != rehearsal.id]
    assert [s.id for s in SessionsRepo(file).summaries()] == kept
    demo.context.undo_stack.undo()  # undoable until the file closes
    assert [s.id for s in SessionsRepo(file).summaries()] == [*kept, rehearsal.id]
    demo.context.undo_stack.redo()
    path = file.path
    assert demo.close_workshop()
    reopened = WorkshopFile.open(path)
    try:
        assert [s.id for s in SessionsRepo(reopened).all()] == kept  # gone for good
        assert not NotesRepo(reopened).search("rehearsal")
    finally:
        reopened.close()


def test_sessions_shown_are_what_ctrl_e_exports_side_by_side(
    qtbot, demo, prompter, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from workshop_app.ui.sessions.dialog import SessionsDialog

    def show_both_evenings(dialog: QDialog) -> None:
        assert isinstance(dialog, SessionsDialog)
        dialog.select_rows([1, 2])
        qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
        dialog.accept()

    with answering_dialog(SessionsDialog, show_both_evenings):
        trigger(find_action(demo, "actionSessions"))
    pane = demo.notes_pane
    texts = [pane.model.index(r, 0).data() for r in range(pane.model.rowCount())]
    assert any("Marolles" in t for t in texts) and any("About 40 people" in t for t in texts)
    out = tmp_path / "minutes"
    out.mkdir()
    offered: list[str] = []

    def choose(dialog: QDialog) -> None:
        assert isinstance(dialog, ExportDialog)
        offered.append(dialog.sessions_row.combo.currentText())
        dialog.ui.folderEdit.setText(str(out))
        dialog.ui.markdownBox.setChecked(True)
        dialog.ui.pdfBox.setChecked(False)
        dialog.ui.openBox.setChecked(False)
        dialog.accept()

    activate(qtbot, demo)
    with answering_dialog(ExportDialog, choose):
        press(qtbot, "Ctrl+E")
    assert offered == ["The sessions shown (2)"]
    qtbot.waitUntil(lambda: bool(demo.last_export), timeout=60_000)
    demo.export_job.wait(60)
    minutes = next(out.glob("*.md")).read_text(encoding="utf-8")
    assert "| Option | Session 2, 5 Mar 2026 | Session 3, 12 Mar 2026 | Total |" in minutes
    demo.export_job.shutdown()


def test_merge_rooms_entry_writes_one_report_and_refuses_another_plan(
    qtbot, window, prompter, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    from workshop_app.demo import write_demo
    from workshop_app.ui.sessions.merge_dialog import MergeRoomsDialog

    rooms = []
    for name in ("north", "south", "east"):
        rooms.append(tmp_path / f"{name}.workshop")
        write_demo(rooms[-1])
    odd = tmp_path / "odd.workshop"  # another plan's file
    from workshop_app.cli import main

    template = Path(__file__).resolve().parents[2] / "resources/templates/world-cafe.plan.json"
    assert main(["new", str(odd), "--plan", str(template)]) == 0
    out = tmp_path / "out"
    out.mkdir()

    def fill(files: list[Path]) -> Callable[[QDialog], None]:
        def answer(dialog: QDialog) -> None:
            assert isinstance(dialog, MergeRoomsDialog)
            for path in files:  # one per line, as typed
                qtbot.keyClicks(dialog.files, str(path))
                qtbot.keyClick(dialog.files, Qt.Key.Key_Return)
            dialog.folder.clear()
            qtbot.keyClicks(dialog.folder, str(out))
            for box in (dialog.markdown_box, dialog.html_box):
                at = QPoint(8, box.height() // 2)
                qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=at)
                assert box.isChecked()
            ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
            qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

        return answer

    with answering_dialog(MergeRoomsDialog, fill(rooms)):
        trigger(find_action(window, "actionMergeRooms"))
    window.merger.job.wait(120)
    assert prompter.errors == []
    report = (out / "Rooms report.md").read_text(encoding="utf-8")
    assert "**Rooms:** north, south, east" in report
    assert (out / "Rooms report.pdf").read_bytes().startswith(b"%PDF")
    assert "By room · Poll 1.1" in (out / "Rooms report.html").read_text(encoding="utf-8")
    with answering_dialog(MergeRoomsDialog, fill([*rooms, odd])):
        trigger(find_action(window, "actionMergeRooms"))
    window.merger.job.wait(120)
    assert prompter.errors[-1][0] == "Merge refused"
    assert "odd.workshop is not the plan of north.workshop" in prompter.errors[-1][1]
    window.merger.job.shutdown()


def test_presenter_entry_blank_entry_and_blank_keys(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    workspace = run_mode(qtbot, demo)
    presenter = workspace.presenter
    presenter.close()
    assert not presenter.isVisible()
    trigger(find_action(demo, "actionPresenterWindow"))
    assert presenter.isVisible()
    trigger(find_action(demo, "actionBlank"))
    assert presenter.blanked
    activate(qtbot, demo)
    demo.workspace.console.setFocus()
    press(qtbot, "B")
    assert not presenter.blanked
    press(qtbot, ".")
    assert presenter.blanked


def test_clicker_keys_move_through_the_steps(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    workspace = run_mode(qtbot, demo)
    workspace.console.setFocus()
    controller = workspace.controller
    steps = controller.sequence.steps
    position = lambda: steps.index(controller.step)  # noqa: E731
    assert position() == 0
    for key, expected in (
        ("PgDown", 1),
        ("Right", 2),
        ("Space", 3),
        ("PgUp", 2),
        ("Left", 1),
    ):
        press(qtbot, key)
        assert position() == expected, key


def test_f11_puts_the_presenter_window_full_screen_and_back(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    presenter = run_mode(qtbot, demo).presenter
    activate(qtbot, presenter)
    press(qtbot, "F11", presenter)
    assert presenter.isFullScreen()
    press(qtbot, "F11", presenter)
    assert not presenter.isFullScreen()


def test_ctrl_w_keeping_the_session_open_then_reopening_offers_to_resume(
    qtbot, demo, prompter
) -> None:  # type: ignore[no-untyped-def]
    path = demo.context.file.path
    run_mode(qtbot, demo)
    session = SessionsRepo(demo.context.file).live()
    prompter.choices[:0] = [1]  # close and keep the session open
    press(qtbot, "Ctrl+W")
    assert demo.context is None
    assert prompter.questions[-1][1][1] == "Close and keep the session open to resume later"
    show_menu(qtbot, demo.ui.menuOpenRecent)
    prompter.choices[:0] = [0]  # Resume session
    trigger(demo.ui.menuOpenRecent.findChildren(QAction, "actionRecentFile")[0])
    assert demo.context.file.path == path
    assert demo.workspace.in_run_mode
    assert SessionsRepo(demo.context.file).live().id == session.id


def test_clicker_keys_work_while_the_presenter_window_has_focus(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    workspace = run_mode(qtbot, demo)
    presenter = workspace.presenter
    controller = workspace.controller
    activate(qtbot, presenter)
    first = controller.step
    press(qtbot, "PgDown", presenter)
    assert controller.step != first
    press(qtbot, "B", presenter)
    assert presenter.blanked


def test_ctrl_shift_n_from_the_presenter_window_goes_to_the_note_entry(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    presenter = run_mode(qtbot, demo).presenter
    activate(qtbot, presenter)
    press(qtbot, "Ctrl+Shift+N", presenter)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is demo.notes_pane.ui.entry)
    assert demo.isActiveWindow()


# --- Notes -----------------------------------------------------------------------------------


def test_ctrl_shift_n_focuses_the_note_entry_even_with_the_pane_hidden(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    trigger(find_action(demo, "actionNotesPane"))
    assert demo.notes_dock.isHidden()
    demo.workspace.editor.table.setFocus()
    press(qtbot, "Ctrl+Shift+N")
    assert not demo.notes_dock.isHidden()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is demo.notes_pane.ui.entry)


def test_notes_pane_entry_hides_and_shows_the_pane(demo) -> None:  # type: ignore[no-untyped-def]
    action = find_action(demo, "actionNotesPane")
    trigger(action)
    assert demo.notes_dock.isHidden() and not action.isChecked()
    trigger(action)
    assert demo.notes_dock.isVisible() and action.isChecked()


def test_toolbar_entry_hides_and_shows_the_toolbar(demo) -> None:  # type: ignore[no-untyped-def]
    toggle = find_action(demo, "actionShowToolbar")
    assert toggle in demo.ui.menuView.actions()
    trigger(toggle)
    assert not demo.toolbar.isVisible()
    trigger(toggle)
    assert demo.toolbar.isVisible()


def test_look_entries_switch_console_and_presenter(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QPalette

    from workshop_app.ui.looks import DARK_PALETTE, LIGHT_PALETTE
    from workshop_app.ui.widgets.stage_colours import DARK, LIGHT

    app = QApplication.instance()
    before = app.palette().color(QPalette.ColorRole.Window).name()
    presenter = run_mode(qtbot, demo).presenter
    try:
        trigger(find_action(demo, "actionLookLight"))
        assert (
            app.palette().color(QPalette.ColorRole.Window).name()
            == (LIGHT_PALETTE[QPalette.ColorRole.Window])
        )
        assert presenter.colours is LIGHT and presenter.chart.colours is LIGHT
        assert presenter.grab().toImage().pixelColor(3, 3).name() == LIGHT.background
        trigger(find_action(demo, "actionLookDark"))
        assert (
            app.palette().color(QPalette.ColorRole.Base).name()
            == (DARK_PALETTE[QPalette.ColorRole.Base])
        )
        assert presenter.colours is DARK
        assert demo.workspace.console.preview.colours is DARK
    finally:
        trigger(find_action(demo, "actionLookSystem"))
    assert app.palette().color(QPalette.ColorRole.Window).name() == before
    assert presenter.colours is DARK


def test_action_items_entry_lists_every_action_item(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    expected = len(NotesRepo(demo.context.file).all(kind=NoteKind.ACTION))
    rows: list[int] = []

    def read(dialog: QDialog) -> None:
        assert isinstance(dialog, ActionItemsDialog)
        rows.append(dialog.table.model().rowCount())
        dialog.accept()

    with answering_dialog(ActionItemsDialog, read):
        trigger(find_action(demo, "actionActionItems"))
    assert rows == [expected]
    assert expected > 0  # the demo has action items, so an empty table would show


def test_ctrl_1_to_5_choose_the_note_kind(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    pane = demo.notes_pane
    pane.ui.entry.setFocus()
    for n in (3, 1, 5, 2, 4):
        press(qtbot, f"Ctrl+{n}", pane.ui.entry)
        assert pane.ui.kindCombo.currentIndex() == n - 1


def test_delete_removes_the_selected_note(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    pane = demo.notes_pane
    notes_list = pane.ui.notesList
    pane.ui.entry.setFocus()
    qtbot.keyClicks(pane.ui.entry, "A note to delete")
    press(qtbot, "Return", pane.ui.entry)
    before = pane.model.rowCount()
    assert before > 0
    notes_list.setCurrentIndex(pane.model.index(before - 1, 0))
    notes_list.setFocus()
    press(qtbot, "Delete", notes_list)
    assert pane.model.rowCount() == before - 1
    assert not any(n.text == "A note to delete" for n in NotesRepo(demo.context.file).all())


# --- Agenda editor -------------------------------------------------------------------------


def test_agenda_keys_move_duplicate_and_delete(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    editor = demo.workspace.editor
    table = editor.table
    first = demo.context.file.items()[0]
    editor.select_item(first.id)
    table.setFocus()
    press(qtbot, "Ctrl+Down", table)
    assert [i.id for i in demo.context.file.items()].index(first.id) == 1
    press(qtbot, "Ctrl+Up", table)
    assert demo.context.file.items()[0].id == first.id
    before = item_count(demo)
    press(qtbot, "Ctrl+D", table)
    assert item_count(demo) == before + 1
    copy_id = editor.selected_item_id()
    assert copy_id != first.id
    press(qtbot, "Delete", table)  # the fresh copy has no answers: no question asked
    assert item_count(demo) == before
    assert copy_id not in [i.id for i in demo.context.file.items()]


def test_print_ballots_entry_writes_the_ballots_pdf(qtbot, demo, prompter, tmp_path) -> None:  # type: ignore[no-untyped-def]
    # Before any session: no join link yet, the ballots point to the code on the screen.
    opened: list[Path] = []
    demo.open_externally = opened.append
    prompter.paths.append(tmp_path / "ballots")
    trigger(find_action(demo, "actionPrintBallots"))
    pdf = tmp_path / "ballots.pdf"
    assert opened == [pdf]
    text = ballots_text(pdf)
    questions = [p.question for p in demo.context.file.polls()]
    assert len(questions) >= 6
    for question in questions:
        assert " ".join(question.split()) in text
    assert "Tick one box." in text and "1. Resident" in text
    assert "scan the code on the screen" in text
    assert text.count("Ballot · ") == len(questions)
    assert pdf_pages(pdf) == 1  # several ballots on one A4 page

    # In a live session, with the join link's QR code, in the workshop's language.
    workshop = demo.context.file.load_workshop()
    workshop.language = "fr"
    demo.context.file.save_workshop(workshop)
    run_mode(qtbot, demo)
    prompter.paths.append(tmp_path / "bulletins.pdf")
    trigger(find_action(demo, "actionPrintBallots"))
    text = ballots_text(tmp_path / "bulletins.pdf")
    assert "Cochez une case." in text and "scannez le code." in text
    assert text.count("Bulletin · ") == len(questions)
    decoded = subprocess.run(
        ["zbarimg", "--quiet", "--raw", str(_first_page_png(tmp_path / "bulletins.pdf"))],
        capture_output=True,
        text=True,
    ).stdout.split()
    url = demo.workspace.controller.live.join_url()
    assert decoded and set(decoded) == {url}


def ballots_text(pdf: Path) -> str:
    raw = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    return " ".join(raw.stdout.split())


def pdf_pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    lines = info.stdout.splitlines()
    return int(next(line.split()[1] for line in lines if line.startswith("Pages:")))


def _first_page_png(pdf: Path) -> Path:
    subprocess.run(
        ["pdftoppm", "-png", "-r", "150", "-f", "1", "-l", "1", str(pdf), str(pdf.with_suffix(""))],
        check=True,
    )
    return next(pdf.parent.glob(pdf.stem + "-*.png"))


# --- the every-action checks (keep them last: they read what the tests above fired) --------------

# Left out of the check, each for a stated reason (the check verifies each reason):
# - separators and the actions that stand for a menu (menuAction(), and an entry whose
#   only job is to carry a submenu, like File › New from Template): they open a menu whose
#   own entries are checked;
# - Qt's private actions, named "_q_…" by Qt (the clear button QLineEdit draws inside a
#   search field);
# - the toggleViewAction() Qt makes for each dock widget: no menu shows it (View › Notes
#   Pane is the app's own, checked, action);
# - the disabled "No recent workshops" line: it cannot be triggered.


def _excluded(obj: object, window: MainWindow) -> str | None:
    if isinstance(obj, QShortcut):
        return None
    assert isinstance(obj, QAction)
    if obj.isSeparator() or obj.menu() is not None:
        return "menu"
    if obj.objectName().startswith("_q_"):
        return "qt-private"
    if window.notes_dock is not None and obj is window.notes_dock.toggleViewAction():
        menus = window.findChildren(QMenu)
        assert not any(obj in menu.actions() for menu in menus), "dock toggle is in a menu"
        return "dock-toggle"
    if obj.objectName() == "actionNoRecentFiles":
        assert not obj.isEnabled()
        return "placeholder"
    return None


def test_every_action_and_shortcut_was_triggered(qtbot, request, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    here = request.node.module
    ran = {item.name for item in request.session.items if item.module is here}
    assert len(ran) > 20, "run the whole file: this check reads what the other tests fired"
    fired = set(trigger_registry.FIRED)  # before this test triggers anything itself

    # Every window that has actions: a workshop open, in run mode, presenter shown,
    # the recent-files menu filled, then empty.
    from workshop_app.demo import write_demo

    path = tmp_path / "demo-copy.workshop"
    write_demo(path)
    assert window.open_path(path)
    workspace = run_mode(qtbot, window)
    assert workspace.presenter is not None
    qtbot.waitUntil(workspace.presenter.isVisible)  # shown on the next turn of the loop
    show_menu(qtbot, window.ui.menuOpenRecent)
    names = _names(window)
    window.settings.clear_recent()
    show_menu(qtbot, window.ui.menuOpenRecent)
    names |= _names(window)

    assert len(names) > 30
    untested = sorted(names - fired)
    assert untested == [], f"actions no test triggered: {untested}"


def test_every_key_of_an_action_is_in_the_shortcut_list(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Help › Keyboard shortcuts (and README) list every key an action or shortcut has."""
    assert window.open_demo()
    run_mode(qtbot, window)
    listed = {QKeySequence(s.keys).toString() for s in SHORTCUTS}
    keys: set[str] = set()
    for obj in trigger_registry.all_actions(window):
        if _excluded(obj, window):
            continue
        sequences = obj.shortcuts() if isinstance(obj, QAction) else [obj.key()]  # type: ignore[attr-defined]
        keys |= {seq.toString() for seq in sequences if not seq.isEmpty()}
    assert len(keys) > 20
    assert sorted(keys - listed) == []


# The modules whose windows the check above builds. An action made anywhere else (a
# dialog's context menu, a new window) would escape it: this test then asks for that
# window to be opened there.
_CHECKED_MODULES = {
    "ui/main_window.py",
    "ui/forms/ui_main_window.py",
    "ui/agenda/editor.py",
    "ui/notes/pane.py",
    "ui/presenter/window.py",
    "ui/main_toolbar.py",  # adds the menus' own actions to the toolbar
}
_MAKES_ACTIONS = {"QAction", "QShortcut", "QActionGroup", "addAction", "createStandardContextMenu"}


def test_actions_are_made_only_in_windows_the_check_builds() -> None:
    import ast

    import workshop_app

    package = Path(workshop_app.__file__).parent
    makers: set[str] = set()
    for source in package.rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name in _MAKES_ACTIONS:
                    makers.add(source.relative_to(package).as_posix())
    assert "ui/main_window.py" in makers  # the scan finds what it looks for
    assert sorted(makers - _CHECKED_MODULES) == []


def _names(window: MainWindow) -> set[str]:
    names: set[str] = set()
    for obj in trigger_registry.all_actions(window):
        if _excluded(obj, window):
            continue
        label = obj.text() if isinstance(obj, QAction) else obj.key().toString()  # type: ignore[attr-defined]
        assert obj.objectName(), f"{type(obj).__name__} {label!r} has no objectName"
        names.add(obj.objectName())
    return names
