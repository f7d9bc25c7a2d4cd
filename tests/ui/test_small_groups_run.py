"""The minimum group size on the screens: Settings sets k, the presenter never shows a
group below it, and the console shows exact counts only after an explicit, recorded
reveal. Driven as a person does: the QAction, typing in the dialogs, PageDown, a click."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from tests.ui.test_settings_effects import end_and_close
from workshop_app.domain.notes import NoteKind
from workshop_app.domain.polls import Poll, PollType
from workshop_app.domain.small_groups import Cell
from workshop_app.export.minutes_data import gather
from workshop_app.store.notes_repo import NotesRepo
from workshop_app.store.responses_repo import ResponsesRepo
from workshop_app.ui.agenda.poll_dialog import PollDialog
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.run.steps import StepKind
from workshop_app.ui.workspace import Workspace

# The first poll's answers in this run: 33 answers, 26 / 3 / 1 / 3 / 0.
EXACT = [26, 3, 1, 3, 0]


def to_first_results(qtbot, main_window: MainWindow) -> Workspace:  # type: ignore[no-untyped-def]
    main_window.start_action.trigger()
    workspace = main_window.workspace
    assert isinstance(workspace, Workspace) and workspace.controller is not None
    controller = workspace.controller
    file = main_window.context.file  # type: ignore[union-attr]
    first = file.polls()[0]
    # The demo's answers belong to its earlier, ended sessions; the room sees this run's.
    session = controller.session
    assert session is not None and session.id is not None
    responses = ResponsesRepo(file)
    at = main_window.clock.now()
    for option, count in enumerate(EXACT):
        for _ in range(count):
            responses.add(first.id, option, at, session_id=session.id)
    for _ in range(10):
        poll = controller.current_poll()
        step = controller.step
        if step is not None and step.kind == StepKind.RESULTS and poll and poll.id == first.id:
            return workspace
        qtbot.keyClick(workspace.console, Qt.Key.Key_PageDown)
    raise AssertionError("never reached the first poll's results")


def retype_spin(qtbot, spin, text: str) -> None:  # type: ignore[no-untyped-def]
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)


def test_presenter_folds_small_groups_and_the_console_reveals_only_when_asked(
    qtbot, main_window: MainWindow, prompter
) -> None:  # type: ignore[no-untyped-def]
    assert main_window.open_demo()
    workspace = to_first_results(qtbot, main_window)
    presenter, console = workspace.presenter, workspace.console
    assert presenter is not None and console is not None
    room = presenter.chart.tally
    assert room is not None and room.counts == [26, 0, 0, 0, 0]
    assert room.cells == [Cell.EXACT, Cell.FEWER, Cell.FEWER, Cell.FEWER, Cell.EXACT]
    assert console.preview.tally.counts == room.counts  # type: ignore[union-attr]
    button = console.exact_counts
    assert not button.isHidden() and button.isEnabled()

    prompter.confirmations = [False]  # "Cancel": nothing shown, nothing recorded
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert console.preview.tally.counts == room.counts  # type: ignore[union-attr]

    prompter.confirmations = [True]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert console.preview.tally.counts == EXACT  # type: ignore[union-attr]
    assert not button.isEnabled()
    # The projector still shows the folded counts.
    assert presenter.chart.tally.counts == [26, 0, 0, 0, 0]  # type: ignore[union-attr]
    # Recorded in the file as a note on the poll, and so in the minutes.
    file = main_window.context.file  # type: ignore[union-attr]
    first = file.polls()[0]
    logged = [n for n in NotesRepo(file).all() if n.poll_id == first.id]
    assert len(logged) == 1 and logged[0].kind == NoteKind.NOTE
    assert (
        "viewed the exact counts" in logged[0].text and "(minimum group size 5)" in logged[0].text
    )
    minutes = gather(file, main_window.clock.now())
    assert any(
        logged[0].text == n.text for it in minutes.items for ns in it.notes.values() for n in ns
    )
    end_and_close(main_window, prompter)


def test_a_poll_sets_its_own_minimum_group_size_in_its_dialog(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PollDialog(Poll(PollType.SINGLE_CHOICE, "Trust?", ["Yes", "No"]), new=True)
    qtbot.addWidget(dialog)
    field = dialog.min_group
    assert field.value() is None  # "As the workshop"
    retype_spin(qtbot, field.spin, "3")
    assert dialog.edited_poll().settings.min_group == 3
    retype_spin(qtbot, field.spin, "1")
    assert not field.warning.isHidden()
    assert dialog.edited_poll().settings.min_group == 1


def test_the_console_counts_devices_joined_and_warns_about_one_address(
    qtbot, main_window: MainWindow, prompter
) -> None:  # type: ignore[no-untyped-def]
    import asyncio

    from tests.live.conftest import new_phone

    assert main_window.open_demo()
    workspace = to_first_results(qtbot, main_window)
    console, controller = workspace.console, workspace.controller
    assert console is not None and controller is not None
    assert "0 devices joined" in console.live_status.text()
    assert console.device_warning.isHidden()
    join_url = str(controller.live.join_url())

    async def drop_cookies(times: int) -> list[int]:
        statuses = []
        for _ in range(times):
            phone = await new_phone(join_url)
            async with phone.http, phone.http.get(join_url) as page:
                statuses.append(page.status)
        return statuses

    statuses = asyncio.run(drop_cookies(14))
    assert statuses.count(200) < 14 and statuses[-1] == 429  # the cap, as shipped
    joined = statuses.count(200)
    qtbot.waitUntil(lambda: f"{joined} devices joined" in console.live_status.text(), timeout=5000)
    assert "phones connected" in console.live_status.text()
    assert not console.device_warning.isHidden()
    assert f"One network address has been given {joined} new devices" in (
        console.device_warning.text()
    )
    end_and_close(main_window, prompter)


def test_file_export_offers_the_data_protection_summary(
    qtbot, main_window: MainWindow, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from workshop_app.ui.export_dialog import ExportDialog

    assert main_window.open_demo()

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ExportDialog)
        dialog.ui.folderEdit.setText(str(tmp_path))
        for box in (
            dialog.ui.pdfBox,
            dialog.ui.htmlBox,
            dialog.ui.markdownBox,
            dialog.ui.csvBox,
            dialog.ui.jsonBox,
            dialog.ui.planBox,
            dialog.ui.openBox,
        ):
            box.setChecked(False)
        qtbot.mouseClick(dialog.privacyBox, Qt.MouseButton.LeftButton)
        dialog.accept()

    QTimer.singleShot(0, choose)
    main_window.ui.actionExport.trigger()
    assert main_window.export_job is not None
    main_window.export_job.wait(60)
    qtbot.waitUntil(lambda: bool(main_window.last_export), timeout=5000)
    main_window.export_job.shutdown()
    (summary,) = tmp_path.glob("* - data protection.md")
    assert "## Who had access" in summary.read_text(encoding="utf-8")
