"""Each setting of Edit › Settings, changed as a person does (the QAction, typing into the
dialog's widgets, OK on its button box), then its effect checked where it shows: the
presenter screen, the phones' server, the poll editor, the minutes."""

from __future__ import annotations

import asyncio
import io
import os
import re
import socket
import subprocess
import urllib.request
from collections.abc import Callable
from pathlib import Path

import zxingcpp
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QIODevice, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
)

from tests.live.conftest import new_phone
from workshop_app.clock import FakeClock
from workshop_app.domain.polls import PollType
from workshop_app.settings_registry import LOOK_NAMES, MIN_GROUP_SIZE, REGISTRY, read_workshop
from workshop_app.ui.agenda.poll_dialog import PollDialog
from workshop_app.ui.app_settings import AppSettings
from workshop_app.ui.export_dialog import ExportDialog
from workshop_app.ui.looks import DARK_PALETTE, LOOKS
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.run.steps import StepKind
from workshop_app.ui.settings_dialog import SettingsDialog
from workshop_app.ui.widgets.stage_colours import DARK
from workshop_app.ui.workspace import Workspace

SHOTS = os.environ.get("SHOTS", "")

# Which test below changes each declared setting through the dialog and checks its effect.
EFFECT_TESTS = {
    "network/interface": "test_network_address_and_port_are_where_phones_join",
    "network/port": "test_network_address_and_port_are_where_phones_join",
    "interface/language": "test_interface_language_applies_at_the_next_start",
    "interface/look": "test_the_look_chosen_is_the_look_of_the_next_start",
    "minutes/organisation": "test_organisation_name_and_logo_are_on_the_minutes",
    "minutes/logo": "test_organisation_name_and_logo_are_on_the_minutes",
    "wifi.name": "test_wifi_name_and_password_show_a_wifi_qr_on_the_presenter",
    "wifi.password": "test_wifi_name_and_password_show_a_wifi_qr_on_the_presenter",
    "polls.results_hidden_by_default": "test_new_poll_defaults_reach_presenter_and_phones",
    "polls.allow_change_by_default": "test_new_poll_defaults_reach_presenter_and_phones",
    "presenter.second_language": "test_presenter_second_language_line",
    "minutes.second_language": "test_bilingual_minutes_are_a_second_document",
    "privacy.min_group_size": "test_minimum_group_size_reaches_the_presenter",
    "privacy.retention_days": "test_retention_deletes_written_answers_at_the_next_open",
}


def test_every_declared_setting_has_an_effect_test() -> None:
    assert set(EFFECT_TESTS) == set(REGISTRY)
    for name in set(EFFECT_TESTS.values()):
        assert callable(globals()[name])


# --- driving the dialog -----------------------------------------------------------------


def change_settings(qtbot, window: MainWindow, edit: Callable[[SettingsDialog], None]) -> None:  # type: ignore[no-untyped-def]
    """Edit › Settings…, `edit` types into the open dialog, then OK is clicked."""
    done: list[bool] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        edit(dialog)
        ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        done.append(dialog.result() == QDialog.DialogCode.Accepted)

    QTimer.singleShot(0, answer)
    window.settings_action.trigger()
    assert done == [True]


def retype(qtbot, edit: QLineEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)
    assert edit.text() == text


def toggle(qtbot, box) -> None:  # type: ignore[no-untyped-def]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)


def decode(image: QImage) -> list[str]:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    picture = Image.open(io.BytesIO(bytes(buffer.data().data()))).convert("RGB")
    return [result.text for result in zxingcpp.read_barcodes(picture)]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def end_and_close(window: MainWindow, prompter) -> None:  # type: ignore[no-untyped-def]
    controller = getattr(window.workspace, "controller", None)
    if controller is not None:
        controller.live.stop()
    prompter.choices = [0, 0]
    window.close_workshop()


# --- this workshop ------------------------------------------------------------------------


def test_wifi_name_and_password_show_a_wifi_qr_on_the_presenter(
    qtbot, main_window: MainWindow, prompter
) -> None:  # type: ignore[no-untyped-def]
    assert main_window.open_demo()
    main_window.start_action.trigger()  # F5: the presenter opens, with no Wi-Fi code yet
    workspace = main_window.workspace
    assert isinstance(workspace, Workspace) and workspace.presenter is not None
    presenter = workspace.presenter
    qtbot.waitUntil(presenter.isVisible)  # shown on the next turn of the event loop
    presenter.resize(1400, 900)
    assert not presenter.wifi_qr.isVisible()
    join_url = workspace.controller.live.join_url()
    assert join_url and presenter.join_address.text() == join_url.split("/j/")[0] + "/"
    assert decode(presenter.grab().toImage()) == [join_url]

    def wifi(dialog: SettingsDialog) -> None:
        assert dialog.ui.wifiNameEdit.isEnabled()
        retype(qtbot, dialog.ui.wifiNameEdit, 'Salle; "B"')
        retype(qtbot, dialog.ui.wifiPasswordEdit, "p:ss,w\\rd")

    change_settings(qtbot, main_window, wifi)
    # The run-session view model coalesces document changes into one refresh, next turn.
    qtbot.waitUntil(presenter.wifi_qr.isVisible)
    assert presenter.wifi_heading.text() == 'Wi-Fi: Salle; "B"'
    # Special characters escaped as the WIFI: format asks (backslash before \ ; , : ").
    expected = 'WIFI:T:WPA;S:Salle\\; \\"B\\";P:p\\:ss\\,w\\\\rd;;'
    assert sorted(decode(presenter.grab().toImage())) == sorted([join_url, expected])

    # An open network: no password in the code. No name: no code at all.
    change_settings(qtbot, main_window, lambda d: retype(qtbot, d.ui.wifiPasswordEdit, ""))
    qtbot.waitUntil(lambda: "nopass" in " ".join(decode(presenter.grab().toImage())))
    assert sorted(decode(presenter.grab().toImage())) == sorted(
        [join_url, 'WIFI:T:nopass;S:Salle\\; \\"B\\";;']
    )
    change_settings(qtbot, main_window, lambda d: retype(qtbot, d.ui.wifiNameEdit, ""))
    qtbot.waitUntil(lambda: not presenter.wifi_qr.isVisible())
    assert decode(presenter.grab().toImage()) == [join_url]
    end_and_close(main_window, prompter)


def test_new_poll_defaults_reach_presenter_and_phones(
    qtbot, main_window: MainWindow, prompter
) -> None:  # type: ignore[no-untyped-def]
    assert main_window.open_demo()

    def defaults(dialog: SettingsDialog) -> None:
        assert not dialog.ui.resultsHiddenCheck.isChecked()
        assert dialog.ui.allowChangeCheck.isChecked()
        toggle(qtbot, dialog.ui.resultsHiddenCheck)
        toggle(qtbot, dialog.ui.allowChangeCheck)

    change_settings(qtbot, main_window, defaults)

    # Add poll… on the first agenda item: the new poll starts with those choices.
    workspace = main_window.workspace
    assert isinstance(workspace, Workspace)
    panel = workspace.editor.panel
    file = main_window.context.file  # type: ignore[union-attr]
    first_item = file.items()[0]
    workspace.editor.select_item(first_item.id)  # type: ignore[arg-type]
    shown: list[tuple[bool, bool]] = []

    def new_poll() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PollDialog)
        ui = dialog.ui
        shown.append((ui.resultsHiddenCheck.isChecked(), ui.allowChangeCheck.isChecked()))
        qtbot.keyClicks(ui.questionEdit, "Coffee or tea?")
        options = dialog.findChild(QPlainTextEdit, "optionsEdit")
        assert options is not None
        qtbot.keyClicks(options, "Coffee")
        qtbot.keyClick(options, Qt.Key.Key_Return)
        qtbot.keyClicks(options, "Tea")
        qtbot.mouseClick(
            ui.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )

    QTimer.singleShot(0, new_poll)
    qtbot.mouseClick(panel.add_poll_button, Qt.MouseButton.LeftButton)
    assert shown == [(True, False)]
    poll = next(p for p in file.polls(first_item.id) if p.question == "Coffee or tea?")
    assert poll.type == PollType.SINGLE_CHOICE
    assert poll.settings.results_hidden and not poll.settings.allow_change

    # Run it: PageDown until the new poll is open on the phones.
    main_window.start_action.trigger()
    controller = workspace.controller
    assert controller is not None
    for _ in range(30):
        current = controller.current_poll()
        if (
            controller.step is not None
            and controller.step.kind == StepKind.POLL_OPEN
            and current is not None
            and current.id == poll.id
        ):
            break
        qtbot.keyClick(workspace.console, Qt.Key.Key_PageDown)
    else:
        raise AssertionError("the new poll never opened")
    assert workspace.presenter is not None
    assert workspace.presenter.chart.message == "Results are shown when the poll closes."

    async def phone_answers_twice() -> tuple[int, int, str]:
        phone = await new_phone(str(controller.live.join_url()))
        async with phone.http:
            await phone.join()
            await phone.until_open(poll.id)
            first, _ = await phone.vote(poll, 0)  # type: ignore[arg-type]
            second, body = await phone.vote(poll, 1)  # type: ignore[arg-type]
            return first, second, str(body.get("error"))

    first, second, error = asyncio.run(phone_answers_twice())
    assert (first, second, error) == (200, 409, "already")  # the first answer stands
    qtbot.waitUntil(lambda: controller.snapshot.tallies.get(poll.id) is not None, timeout=5000)
    qtbot.waitUntil(lambda: controller.snapshot.tallies[poll.id].counts == [1, 0], timeout=5000)
    end_and_close(main_window, prompter)


def test_minimum_group_size_reaches_the_presenter(qtbot, main_window: MainWindow, prompter) -> None:  # type: ignore[no-untyped-def]
    assert main_window.open_demo()
    warned: list[bool] = []

    def lower_k(dialog: SettingsDialog) -> None:
        field = dialog.min_group
        assert field.spin.value() == 5 and field.warning.isHidden()
        field.spin.setFocus()
        field.spin.selectAll()
        qtbot.keyClicks(field.spin, "1")
        warned.append(not field.warning.isHidden())  # 1 turns it off: said in red

    change_settings(qtbot, main_window, lower_k)
    assert warned == [True]
    file = main_window.context.file  # type: ignore[union-attr]
    assert read_workshop(file, MIN_GROUP_SIZE) == 1
    from tests.ui.test_small_groups_run import EXACT, to_first_results

    workspace = to_first_results(qtbot, main_window)
    assert workspace.presenter is not None
    assert workspace.presenter.chart.tally.counts == EXACT  # type: ignore[union-attr]
    end_and_close(main_window, prompter)


def test_retention_deletes_written_answers_at_the_next_open(
    qtbot, main_window: MainWindow, prompter, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from workshop_app.export.export_job import ExportTargets
    from workshop_app.store.responses_repo import ResponsesRepo

    assert main_window.open_demo()
    file = main_window.context.file  # type: ignore[union-attr]
    path = file.path
    text_poll = next(p for p in file.polls() if p.type == PollType.OPEN_TEXT)
    assert text_poll.id is not None
    answers = ResponsesRepo(file).count(text_poll.id)
    assert answers > 0 and any(item.facilitator_notes for item in file.items())

    def keep_30_days(dialog: SettingsDialog) -> None:
        assert dialog.retention.value() == 0  # kept unless asked
        dialog.retention.setFocus()
        dialog.retention.selectAll()
        qtbot.keyClicks(dialog.retention, "30")

    change_settings(qtbot, main_window, keep_30_days)
    # The period starts when the minutes are exported from the app.
    assert main_window.export_minutes(ExportTargets(markdown=tmp_path / "minutes.md"))
    assert main_window.export_job is not None
    main_window.export_job.wait(60)
    qtbot.waitUntil(lambda: bool(main_window.last_export), timeout=5000)
    main_window.export_job.shutdown()
    main_window.close_workshop()

    clock = main_window.clock
    clock.advance(minutes=29 * 24 * 60)  # 29 days: nothing is due, nothing is asked
    assert main_window.open_path(path, remember=False)
    assert prompter.confirmations == []
    main_window.close_workshop()
    clock.advance(minutes=2 * 24 * 60)  # 31 days: the notice, and "not now" keeps them
    prompter.confirmations = [False]
    assert main_window.open_path(path, remember=False)
    file = main_window.context.file  # type: ignore[union-attr]
    assert ResponsesRepo(file).count(text_poll.id) == answers
    ideas = file.conn.execute("SELECT COUNT(*) FROM ideas").fetchone()[0]
    assert ideas > 0  # the demo's idea wall: participants' writing too
    main_window.close_workshop()
    prompter.confirmations = [True]  # next open: asked again, and agreed
    assert main_window.open_path(path, remember=False)
    file = main_window.context.file  # type: ignore[union-attr]
    assert ResponsesRepo(file).count(text_poll.id) == 0
    assert file.conn.execute("SELECT COUNT(*) FROM ideas").fetchone()[0] == 0
    assert all(not item.facilitator_notes for item in file.items())
    assert all(
        ResponsesRepo(file).count(p.id)  # type: ignore[arg-type]
        for p in file.polls()
        # a wall's ideas are not responses
        if p.type not in (PollType.OPEN_TEXT, PollType.IDEA_WALL)
    )
    main_window.close_workshop()


# --- this computer ------------------------------------------------------------------------


def test_network_address_and_port_are_where_phones_join(
    qtbot, app_settings: AppSettings, prompter, demo_path: Path
) -> None:  # type: ignore[no-untyped-def]
    # The window's own workspace, which serves on the address and port of Settings.
    window = MainWindow(app_settings, FakeClock(), prompter=prompter)
    qtbot.addWidget(window)
    port = free_port()

    def network(dialog: SettingsDialog) -> None:
        combo = dialog.ui.interfaceCombo
        line = combo.lineEdit()
        assert line is not None
        retype(qtbot, line, "127.0.0.1")
        spin = dialog.ui.portSpin
        spin.setFocus()
        spin.selectAll()
        qtbot.keyClicks(spin, str(port))
        assert spin.value() == port

    change_settings(qtbot, window, network)
    assert window.open_path(demo_path)
    try:
        window.start_action.trigger()
        workspace = window.workspace
        assert isinstance(workspace, Workspace) and workspace.controller is not None
        url = workspace.controller.live.join_url()
        assert url is not None and url.startswith(f"http://127.0.0.1:{port}/")
        assert workspace.presenter is not None
        assert workspace.presenter.join_address.text() == f"http://127.0.0.1:{port}/"
        with urllib.request.urlopen(url, timeout=5) as response:  # a phone opens the link
            assert response.status == 200
    finally:
        end_and_close(window, prompter)

    def automatic(dialog: SettingsDialog) -> None:
        combo = dialog.ui.interfaceCombo
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
        line = combo.lineEdit()
        assert line is not None
        retype(qtbot, line, "Automatic")

    change_settings(qtbot, window, automatic)
    assert window.open_path(demo_path)
    try:
        live = window.workspace.live_factory(window.context)  # type: ignore[union-attr]
        assert live.host is None  # the adapter picks the default route's address
    finally:
        window.close_workshop()


def test_organisation_name_and_logo_are_on_the_minutes(
    qtbot, main_window: MainWindow, prompter, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    logo = tmp_path / "logo.png"
    picture = QImage(240, 80, QImage.Format.Format_RGB32)
    picture.fill(QColor("#1565c0"))
    assert picture.save(str(logo))
    prompter.paths.append(logo)

    def letterhead(dialog: SettingsDialog) -> None:
        retype(qtbot, dialog.ui.organisationEdit, "Commune d'Ixelles")
        qtbot.mouseClick(dialog.ui.logoButton, Qt.MouseButton.LeftButton)  # Choose…
        assert dialog.ui.logoEdit.text() == str(logo)

    change_settings(qtbot, main_window, letterhead)
    assert main_window.open_demo()
    out = tmp_path / "out"
    out.mkdir()

    def export() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ExportDialog)
        retype(qtbot, dialog.ui.folderEdit, str(out))
        for box, wanted in (
            (dialog.ui.pdfBox, True),
            (dialog.ui.markdownBox, True),
            (dialog.ui.openBox, False),
        ):
            if box.isChecked() != wanted:
                toggle(qtbot, box)
        dialog.accept()

    QTimer.singleShot(0, export)
    main_window.ui.actionExport.trigger()  # File › Export…
    assert main_window.export_job is not None
    main_window.export_job.wait(60)
    qtbot.waitUntil(lambda: bool(main_window.last_export), timeout=5000)
    main_window.export_job.shutdown()
    (pdf,) = out.glob("*.pdf")
    (markdown,) = out.glob("*.md")
    cover = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert cover.lstrip().startswith("Commune d'Ixelles")
    images = PdfReader(str(pdf)).pages[0].images
    assert len(images) == 1
    assert images[0].image is not None and images[0].image.size == (240, 80)
    assert "*Commune d'Ixelles*" in markdown.read_text(encoding="utf-8")


def test_interface_language_applies_at_the_next_start(
    qtbot, main_window: MainWindow, app_settings: AppSettings, qapp
) -> None:  # type: ignore[no-untyped-def]
    from workshop_app.settings_registry import INTERFACE_LANGUAGE
    from workshop_app.ui.interface_language import Translations

    def french(dialog: SettingsDialog) -> None:
        combo = dialog.ui.languageCombo
        combo.setFocus()
        qtbot.keyClicks(combo, "Fr")  # keyboard search in the list
        assert combo.currentText() == "Français"

    change_settings(qtbot, main_window, french)
    assert main_window.statusBar().currentMessage() == (
        "The new language applies the next time workshop-app starts."
    )
    assert main_window.ui.menuFile.title() == "&File"  # this run stays as it was
    # The next start reads the setting before building the window (as app.run_gui does).
    translations = Translations(qapp)
    try:
        translations.install(app_settings.get(INTERFACE_LANGUAGE), ["en-US"])
        again = MainWindow(app_settings, FakeClock())
        qtbot.addWidget(again)
        assert again.ui.menuFile.title() == "&Fichier"
    finally:
        translations.remove()


def test_presenter_second_language_line(qtbot, main_window: MainWindow, prompter) -> None:  # type: ignore[no-untyped-def]
    """Settings › Presenter's second language: the question and the options on the
    presenter also in Dutch (the demo's plan has it), in Arabic right to left."""
    assert main_window.open_demo()
    main_window.start_action.trigger()
    workspace = main_window.workspace
    assert isinstance(workspace, Workspace) and workspace.presenter is not None
    presenter = workspace.presenter
    qtbot.waitUntil(presenter.isVisible)  # shown on the next turn of the event loop
    for _ in range(4):  # the clicker's PageDown, to the first poll: open
        if presenter.question.text():
            break
        qtbot.keyClick(main_window, Qt.Key.Key_PageDown)
    assert presenter.question.text() == "How do you take part today?"
    assert not presenter.second_line.isVisible()

    def dutch(dialog: SettingsDialog) -> None:
        combo = dialog.second_language_combo
        assert combo.isEnabled() and combo.itemText(0) == "None"
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Down)  # Français, then Nederlands
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentText() == "Nederlands"

    change_settings(qtbot, main_window, dutch)
    qtbot.waitUntil(presenter.second_line.isVisible)
    assert presenter.second_line.text() == "In welke hoedanigheid neemt u vandaag deel?"
    assert presenter.chart.poll is not None
    assert presenter.chart.poll.options[0] == "Resident / Bewoner"

    def arabic(dialog: SettingsDialog) -> None:
        qtbot.keyClick(dialog.second_language_combo, Qt.Key.Key_Down)
        assert dialog.second_language_combo.currentText() == "العربية"

    change_settings(qtbot, main_window, arabic)
    qtbot.waitUntil(lambda: presenter.second_line.text() == "بأي صفة تشارك اليوم؟")
    assert presenter.second_line.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # Drawn right to left from the right edge: its ink is in the right part of the label.
    image = presenter.second_line.grab().toImage()
    inked = [
        x
        for x in range(image.width())
        for y in range(0, image.height(), 3)
        if image.pixelColor(x, y).lightness() > 120
    ]
    assert inked and min(inked) > image.width() // 3
    if SHOTS:  # to look at it: SHOTS=folder
        presenter.resize(1280, 720)
        presenter.grab().save(f"{SHOTS}/presenter-second-language.png")

    change_settings(qtbot, main_window, lambda d: d.second_language_combo.setCurrentIndex(0))
    qtbot.waitUntil(lambda: not presenter.second_line.isVisible())
    assert presenter.chart.poll is not None
    assert presenter.chart.poll.options[0] == "Resident"
    end_and_close(main_window, prompter)


def test_bilingual_minutes_are_a_second_document(
    qtbot, main_window: MainWindow, prompter, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Settings › Minutes also in: Nederlands; Ctrl+E writes each minutes format twice,
    the second in Dutch (its words and the plan's Dutch text), with the same figures."""
    assert main_window.open_demo()

    def dutch(dialog: SettingsDialog) -> None:
        combo = dialog.minutes_language_combo
        # Only further languages the minutes have words for: not Arabic.
        assert [combo.itemText(i) for i in range(combo.count())] == [
            "None",
            "Français",
            "Nederlands",
        ]
        combo.setFocus()
        qtbot.keyClicks(combo, "Ned")
        assert combo.currentText() == "Nederlands"

    change_settings(qtbot, main_window, dutch)
    out = tmp_path / "out"
    out.mkdir()

    def export() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ExportDialog)
        retype(qtbot, dialog.ui.folderEdit, str(out))
        for box, wanted in (
            (dialog.ui.pdfBox, True),
            (dialog.ui.htmlBox, True),
            (dialog.ui.markdownBox, True),
            (dialog.ui.openBox, False),
        ):
            if box.isChecked() != wanted:
                toggle(qtbot, box)
        dialog.accept()

    QTimer.singleShot(0, export)
    main_window.ui.actionExport.trigger()  # File › Export… (Ctrl+E)
    assert main_window.export_job is not None
    main_window.export_job.wait(60)
    qtbot.waitUntil(lambda: bool(main_window.last_export), timeout=5000)
    main_window.export_job.shutdown()
    (main_pdf,) = [p for p in out.glob("*.pdf") if not p.stem.endswith(".nl")]
    dutch_pdf = main_pdf.with_name(f"{main_pdf.stem}.nl.pdf")
    assert dutch_pdf.exists()
    assert main_pdf.with_name(f"{main_pdf.stem}.nl.html").exists()
    markdown = main_pdf.with_name(f"{main_pdf.stem}.nl.md").read_text(encoding="utf-8")

    def text(pdf: Path) -> str:
        raw = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True)
        return " ".join(raw.stdout.replace("\u00a0", " ").split())

    english, nederlands = text(main_pdf), text(dutch_pdf)
    assert "How do you take part today?" in english
    assert "In welke hoedanigheid neemt u vandaag deel?" in nederlands
    assert "How do you take part today?" not in nederlands
    assert "Welkom en spelregels" in nederlands and "Verslag" in nederlands
    assert "Bewoner" in markdown
    # The same results: the same digest, and the same figure for the first option.
    digest = re.search(r"[0-9a-f]{64}", english)
    assert digest is not None and digest.group(0) in nederlands
    main_markdown = main_pdf.with_suffix(".md").read_text(encoding="utf-8")
    first = re.search(r"\| 1 \| Resident \| (\d+) \| (\d+%) \|", main_markdown)
    assert first is not None
    assert f"| 1 | Bewoner | {first.group(1)} | {first.group(2)} |" in markdown


# --- View › Look (this computer; kept for the next start) ------------------------------

WINDOW = QPalette.ColorRole.Window


def _look_action(window: MainWindow, name: str) -> QAction:
    action = window.findChild(QAction, f"actionLook{name.capitalize()}")
    assert action is not None
    return action


def test_the_look_chosen_is_the_look_of_the_next_start(
    qtbot, app_settings: AppSettings, prompter
) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    desktop = app.palette().color(WINDOW).name()
    first = MainWindow(app_settings, FakeClock(), prompter=prompter)
    qtbot.addWidget(first)
    assert _look_action(first, "system").isChecked()
    assert first.looks is not None
    try:
        _look_action(first, "dark").trigger()  # View › Look › Dark
        assert app.palette().color(WINDOW).name() == DARK_PALETTE[WINDOW]
        first.close()
        # Quitting ends the process and its palette; here the process goes on, so the
        # desktop's look is put back by hand before the next start.
        first.looks.apply("system")
        assert app.palette().color(WINDOW).name() == desktop

        second = MainWindow(app_settings, FakeClock(), prompter=prompter)
        qtbot.addWidget(second)
        assert app.palette().color(WINDOW).name() == DARK_PALETTE[WINDOW]
        assert _look_action(second, "dark").isChecked()
        assert not _look_action(second, "system").isChecked()
        assert second.looks is not None and second.looks.current.stage is DARK

        _look_action(second, "system").trigger()  # and back, for the start after
        assert app.palette().color(WINDOW).name() == desktop
        third = MainWindow(app_settings, FakeClock(), prompter=prompter)
        qtbot.addWidget(third)
        assert _look_action(third, "system").isChecked()
        assert app.palette().color(WINDOW).name() == desktop
    finally:
        first.looks.apply("system")


def test_every_look_in_the_menu_can_be_kept() -> None:
    assert set(LOOKS) == set(LOOK_NAMES)
