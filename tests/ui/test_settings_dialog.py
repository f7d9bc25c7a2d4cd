"""Edit › Settings: the choices persist between runs, OK saves, Cancel does not."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from workshop_app.ui.app_settings import DEFAULT_PORT, AppSettings
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


def test_defaults(app_settings: AppSettings) -> None:
    assert app_settings.network_interface() == ""
    assert app_settings.port() == DEFAULT_PORT
    assert app_settings.wifi_name() == app_settings.wifi_password() == ""
    assert app_settings.results_hidden_by_default() is False
    assert app_settings.participants_may_change_answers() is True
    assert app_settings.organisation_name() == ""
    assert app_settings.organisation_logo() is None
    assert app_settings.language() == ""


def test_typed_settings_persist_in_the_ini_file(app_settings: AppSettings, tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    app_settings.set_network_interface("192.168.1.20")
    app_settings.set_port(9000)
    app_settings.set_wifi_name("Salle des fêtes")
    app_settings.set_wifi_password("p@ss;word")
    app_settings.set_results_hidden_by_default(True)
    app_settings.set_participants_may_change_answers(False)
    app_settings.set_organisation_name("Ville de Lyon")
    app_settings.set_organisation_logo(logo)
    app_settings.set_language("fr")

    again = _reopen(app_settings)
    assert again.network_interface() == "192.168.1.20"
    assert again.port() == 9000
    assert again.wifi_name() == "Salle des fêtes"
    assert again.wifi_password() == "p@ss;word"
    assert again.results_hidden_by_default() is True
    assert again.participants_may_change_answers() is False
    assert again.organisation_name() == "Ville de Lyon"
    assert again.organisation_logo() == logo
    assert again.language() == "fr"


def test_bad_values_are_refused_or_ignored(app_settings: AppSettings) -> None:
    with pytest.raises(ValueError):
        app_settings.set_port(70000)
    with pytest.raises(ValueError):
        app_settings.set_language("xx")
    # A hand-edited file with nonsense in it gives the defaults back.
    app_settings.qsettings.setValue("network/port", "lots")
    app_settings.qsettings.setValue("interface/language", "klingon")
    app_settings.qsettings.sync()
    again = _reopen(app_settings)
    assert again.port() == DEFAULT_PORT
    assert again.language() == ""


def test_dialog_shows_the_saved_settings(qtbot, app_settings: AppSettings, prompter) -> None:  # type: ignore[no-untyped-def]
    app_settings.set_network_interface("10.0.0.5")  # a network that is not connected now
    app_settings.set_port(9100)
    app_settings.set_wifi_name("Atelier")
    app_settings.set_participants_may_change_answers(False)
    app_settings.set_language("nl")
    dialog = SettingsDialog(app_settings, prompter=prompter, addresses=lambda: ADDRESSES)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.interfaceCombo.currentText() == "10.0.0.5"
    assert dialog.interface() == "10.0.0.5"
    assert ui.portSpin.value() == 9100
    assert ui.wifiNameEdit.text() == "Atelier"
    assert not ui.allowChangeCheck.isChecked()
    assert ui.languageCombo.currentText() == "Nederlands"
    assert ui.wifiPasswordEdit.echoMode() == QLineEdit.EchoMode.Password


def test_ok_saves_every_choice(
    dialog: SettingsDialog, app_settings: AppSettings, prompter, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    ui = dialog.ui
    assert dialog.interface() == ""  # "Automatic"
    ui.interfaceCombo.setCurrentIndex(ui.interfaceCombo.findData("192.168.1.20"))
    ui.portSpin.setValue(8800)
    ui.wifiNameEdit.setText("Maison de quartier")
    ui.wifiPasswordEdit.setText("secret")
    ui.resultsHiddenCheck.setChecked(True)
    ui.allowChangeCheck.setChecked(False)
    ui.organisationEdit.setText("  Commune d'Ixelles ")
    prompter.paths.append(tmp_path / "logo.png")
    ui.logoButton.click()
    ui.languageCombo.setCurrentIndex(ui.languageCombo.findData("fr"))
    ui.buttonBox.button(ui.buttonBox.StandardButton.Ok).click()

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.language_changed()
    saved = _reopen(app_settings)
    assert saved.network_interface() == "192.168.1.20"
    assert saved.port() == 8800
    assert saved.wifi_name() == "Maison de quartier"
    assert saved.wifi_password() == "secret"
    assert saved.results_hidden_by_default() is True
    assert saved.participants_may_change_answers() is False
    assert saved.organisation_name() == "Commune d'Ixelles"
    assert saved.organisation_logo() == tmp_path / "logo.png"
    assert saved.language() == "fr"


def test_typed_address_and_removed_logo(dialog: SettingsDialog, app_settings: AppSettings) -> None:
    app_settings.set_organisation_logo(Path("/old/logo.png"))
    dialog.ui.interfaceCombo.setEditText("172.16.0.9")
    dialog.ui.clearLogoButton.click()
    dialog.accept()
    saved = _reopen(app_settings)
    assert saved.network_interface() == "172.16.0.9"
    assert saved.organisation_logo() is None


def test_cancel_keeps_the_old_settings(dialog: SettingsDialog, app_settings: AppSettings) -> None:
    dialog.ui.wifiNameEdit.setText("changed")
    dialog.ui.portSpin.setValue(9999)
    dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Cancel).click()
    assert dialog.result() == QDialog.DialogCode.Rejected
    saved = _reopen(app_settings)
    assert saved.wifi_name() == ""
    assert saved.port() == DEFAULT_PORT


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
        seen.append(modal.ui.wifiNameEdit.text())
        modal.ui.wifiNameEdit.setText("From the menu")
        modal.accept()

    app_settings.set_wifi_name("Before")
    main_window.show()
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    QTimer.singleShot(0, answer)
    qtbot.keyClick(main_window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert seen == ["Before"]
    assert _reopen(app_settings).wifi_name() == "From the menu"


def test_settings_shortcut_is_listed() -> None:
    from workshop_app.ui.shortcuts import SHORTCUTS

    assert any(s.keys == "Ctrl+," and s.action == "Settings" for s in SHORTCUTS)


def test_live_polls_use_the_address_and_port_from_settings(
    qtbot, app_settings: AppSettings, demo_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from workshop_app.clock import FakeClock
    from workshop_app.ui.main_window import MainWindow

    window = MainWindow(app_settings, FakeClock())
    qtbot.addWidget(window)
    app_settings.set_network_interface("127.0.0.1")
    app_settings.set_port(9123)
    assert window.open_path(demo_path)
    try:
        live = window.workspace.live_factory(window.context)  # type: ignore[union-attr]
        assert (live.host, live.port) == ("127.0.0.1", 9123)
        app_settings.set_network_interface("")  # "Automatic": the adapter picks the address
        live = window.workspace.live_factory(window.context)  # type: ignore[union-attr]
        assert live.host is None
    finally:
        window.close_workshop()
