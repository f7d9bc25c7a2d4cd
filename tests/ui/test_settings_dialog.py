"""Edit › Settings: the choices persist between runs, OK saves, Cancel does not.

What each setting does is tested through the dialog in test_settings_effects.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from workshop_app.settings_registry import (
    DEFAULT_PORT,
    INTERFACE_LANGUAGE,
    NETWORK_INTERFACE,
    NETWORK_PORT,
    ORGANISATION_LOGO,
    ORGANISATION_NAME,
    POLLS_ALLOW_CHANGE,
    POLLS_RESULTS_HIDDEN,
    WIFI_NAME,
    WIFI_PASSWORD,
    read_workshop,
    write_workshop,
)
from workshop_app.store.workshop_file import WorkshopFile
from workshop_app.ui.app_settings import AppSettings
from workshop_app.ui.settings_dialog import SettingsDialog

ADDRESSES = ["192.168.1.20", "127.0.0.1"]


def _reopen(settings: AppSettings) -> AppSettings:
    """The same ini file read by a fresh QSettings, as the next run of the app would."""
    path = settings.qsettings.fileName()
    return AppSettings(QSettings(path, QSettings.Format.IniFormat))


@pytest.fixture
def dialog(qtbot, app_settings: AppSettings, prompter) -> SettingsDialog:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(app_settings, prompter=prompter, addresses=lambda: ADDRESSES)
    qtbot.addWidget(dialog)
    return dialog


def test_defaults(app_settings: AppSettings, workshop_file: WorkshopFile) -> None:
    assert app_settings.get(NETWORK_INTERFACE) == ""
    assert app_settings.get(NETWORK_PORT) == DEFAULT_PORT
    assert app_settings.get(ORGANISATION_NAME) == ""
    assert app_settings.get(ORGANISATION_LOGO) == ""
    assert app_settings.get(INTERFACE_LANGUAGE) == ""
    assert read_workshop(workshop_file, WIFI_NAME) == ""
    assert read_workshop(workshop_file, WIFI_PASSWORD) == ""
    assert read_workshop(workshop_file, POLLS_RESULTS_HIDDEN) is False
    assert read_workshop(workshop_file, POLLS_ALLOW_CHANGE) is True


def test_computer_settings_persist_in_the_ini_file(app_settings: AppSettings) -> None:
    app_settings.set(NETWORK_INTERFACE, "192.168.1.20")
    app_settings.set(NETWORK_PORT, 9000)
    app_settings.set(ORGANISATION_NAME, "Ville de Lyon")
    app_settings.set(ORGANISATION_LOGO, "/logos/lyon.png")
    app_settings.set(INTERFACE_LANGUAGE, "fr")

    again = _reopen(app_settings)
    assert again.get(NETWORK_INTERFACE) == "192.168.1.20"
    assert again.get(NETWORK_PORT) == 9000
    assert again.get(ORGANISATION_NAME) == "Ville de Lyon"
    assert again.get(ORGANISATION_LOGO) == "/logos/lyon.png"
    assert again.get(INTERFACE_LANGUAGE) == "fr"


def test_bad_values_are_refused_or_ignored(app_settings: AppSettings) -> None:
    with pytest.raises(ValueError):
        app_settings.set(NETWORK_PORT, 70000)
    with pytest.raises(ValueError):
        app_settings.set(INTERFACE_LANGUAGE, "xx")
    # A hand-edited file with nonsense in it gives the defaults back.
    app_settings.qsettings.setValue("network/port", "lots")
    app_settings.qsettings.setValue("interface/language", "klingon")
    app_settings.qsettings.sync()
    again = _reopen(app_settings)
    assert again.get(NETWORK_PORT) == DEFAULT_PORT
    assert again.get(INTERFACE_LANGUAGE) == ""


def test_dialog_shows_the_saved_settings(
    qtbot, app_settings: AppSettings, prompter, workshop_file: WorkshopFile
) -> None:  # type: ignore[no-untyped-def]
    app_settings.set(NETWORK_INTERFACE, "10.0.0.5")  # a network that is not connected now
    app_settings.set(NETWORK_PORT, 9100)
    app_settings.set(INTERFACE_LANGUAGE, "nl")
    write_workshop(workshop_file, WIFI_NAME, "Atelier")
    write_workshop(workshop_file, POLLS_ALLOW_CHANGE, False)
    dialog = SettingsDialog(
        app_settings, prompter=prompter, addresses=lambda: ADDRESSES, workshop=workshop_file
    )
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.interfaceCombo.currentText() == "10.0.0.5"
    assert dialog.interface() == "10.0.0.5"
    assert ui.portSpin.value() == 9100
    assert ui.wifiNameEdit.text() == "Atelier"
    assert not ui.allowChangeCheck.isChecked()
    assert ui.languageCombo.currentText() == "Nederlands"
    assert ui.wifiPasswordEdit.echoMode() == QLineEdit.EchoMode.Password
    assert ui.workshopHint.text() == "Saved in test.workshop."


def test_without_a_workshop_its_settings_cannot_be_changed(dialog: SettingsDialog) -> None:
    ui = dialog.ui
    assert ui.workshopHint.text() == "Open a workshop to change these."
    assert not ui.wifiNameEdit.isEnabled()
    assert not ui.resultsHiddenCheck.isEnabled()
    assert ui.portSpin.isEnabled()  # the computer's settings still can


def test_the_two_scopes_are_two_groups(dialog: SettingsDialog) -> None:
    ui = dialog.ui
    assert ui.computerGroup.title() == "On this computer (every workshop)"
    assert ui.workshopGroup.title() == "In this workshop (saved in its file)"
    for widget in (ui.interfaceCombo, ui.portSpin, ui.organisationEdit, ui.languageCombo):
        assert ui.computerGroup.isAncestorOf(widget)
    for widget in (ui.wifiNameEdit, ui.wifiPasswordEdit, ui.resultsHiddenCheck):
        assert ui.workshopGroup.isAncestorOf(widget)
    assert ui.workshopGroup.isAncestorOf(ui.allowChangeCheck)


def test_a_logo_that_is_not_an_image_is_refused(
    dialog: SettingsDialog, prompter, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    fake = tmp_path / "logo.png"
    fake.write_text("not a picture")
    prompter.paths.append(fake)
    dialog.ui.logoButton.click()
    assert dialog.ui.logoEdit.text() == ""
    assert prompter.errors == [("Cannot use this logo", "logo.png is not a PNG or JPEG image.")]


def test_typed_address_and_removed_logo(dialog: SettingsDialog, app_settings: AppSettings) -> None:
    app_settings.set(ORGANISATION_LOGO, "/old/logo.png")
    dialog._load()
    dialog.ui.interfaceCombo.setEditText("172.16.0.9")
    dialog.ui.clearLogoButton.click()
    dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok).click()
    saved = _reopen(app_settings)
    assert saved.get(NETWORK_INTERFACE) == "172.16.0.9"
    assert saved.get(ORGANISATION_LOGO) == ""


def test_cancel_keeps_the_old_settings(
    qtbot, app_settings: AppSettings, prompter, workshop_file: WorkshopFile
) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(
        app_settings, prompter=prompter, addresses=lambda: ADDRESSES, workshop=workshop_file
    )
    qtbot.addWidget(dialog)
    dialog.ui.wifiNameEdit.setText("changed")
    dialog.ui.portSpin.setValue(9999)
    dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Cancel).click()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert _reopen(app_settings).get(NETWORK_PORT) == DEFAULT_PORT
    assert read_workshop(workshop_file, WIFI_NAME) == ""


def test_show_password(dialog: SettingsDialog) -> None:
    dialog.ui.showPasswordCheck.setChecked(True)
    assert dialog.ui.wifiPasswordEdit.echoMode() == QLineEdit.EchoMode.Normal
    dialog.ui.showPasswordCheck.setChecked(False)
    assert dialog.ui.wifiPasswordEdit.echoMode() == QLineEdit.EchoMode.Password


def test_language_choices(dialog: SettingsDialog) -> None:
    combo = dialog.ui.languageCombo
    codes = [combo.itemData(i) for i in range(combo.count())]
    assert codes == ["", "en", "fr", "de", "nl"]
    assert combo.currentData() == ""  # the system language by default


def test_ctrl_comma_opens_settings_from_the_main_window(
    qtbot, main_window, app_settings: AppSettings
) -> None:  # type: ignore[no-untyped-def]
    assert main_window.settings_action in main_window.ui.menuEdit.actions()
    assert main_window.settings_action.shortcut().toString() == "Ctrl+,"
    seen: list[str] = []

    def answer() -> None:
        modal = QApplication.activeModalWidget()
        assert isinstance(modal, SettingsDialog)
        seen.append(modal.ui.organisationEdit.text())
        modal.ui.organisationEdit.setText("From the menu")
        modal.accept()

    app_settings.set(ORGANISATION_NAME, "Before")
    main_window.show()
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    QTimer.singleShot(0, answer)
    qtbot.keyClick(main_window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert seen == ["Before"]
    assert _reopen(app_settings).get(ORGANISATION_NAME) == "From the menu"


def test_settings_shortcut_is_listed() -> None:
    from workshop_app.ui.shortcuts import SHORTCUTS

    assert any(s.keys == "Ctrl+," and s.action == "Settings" for s in SHORTCUTS)


def test_interfaces_are_named_and_loopback_is_warned_about(qtbot, app_settings, prompter) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtTest import QTest

    from workshop_app.ui.network_choices import NetworkChoice

    choices = [
        NetworkChoice("192.168.1.20", "wlp2s0", "Wi-Fi"),
        NetworkChoice("127.0.0.1", "lo", "This computer only"),
    ]
    dialog = SettingsDialog(
        app_settings, prompter=prompter, addresses=lambda: choices, automatic=lambda: "127.0.0.1"
    )
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.ui.interfaceCombo
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert labels == [
        "Automatic (now 127.0.0.1)",
        "wlp2s0 (Wi-Fi) — 192.168.1.20",
        "lo (This computer only) — 127.0.0.1",
    ]
    # Automatic found no network: phones could not join, and the dialog says so.
    assert dialog.reach_warning.isVisible()
    assert "phones cannot join" in dialog.reach_warning.text()
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Down)  # the Wi-Fi
    assert dialog.interface() == "192.168.1.20"
    assert not dialog.reach_warning.isVisible()
    QTest.keyClick(combo, Qt.Key.Key_Down)  # loopback
    assert dialog.interface() == "127.0.0.1"
    assert dialog.reach_warning.isVisible()
    assert dialog.reach_warning.text().startswith("127.0.0.1 is this computer only")
    QTest.keyClick(combo, Qt.Key.Key_Up)
    dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok).click()
    assert app_settings.get(NETWORK_INTERFACE) == "192.168.1.20"
