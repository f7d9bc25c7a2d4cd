"""Edit › Settings: network, Wi-Fi QR, defaults for new polls, minutes, language."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog, QLineEdit, QWidget

from workshop_app.ui.app_settings import AppSettings
from workshop_app.ui.forms.ui_settings_dialog import Ui_SettingsDialog
from workshop_app.ui.interface_language import LANGUAGE_NAMES
from workshop_app.ui.prompter import DialogPrompter, Prompter


def _system_addresses() -> list[str]:
    from workshop_app.live.network import interface_addresses

    return interface_addresses()


class SettingsDialog(QDialog):
    """Shows the saved settings; OK writes them back, Cancel leaves them as they were."""

    def __init__(
        self,
        settings: AppSettings,
        parent: QWidget | None = None,
        prompter: Prompter | None = None,
        addresses: Callable[[], list[str]] = _system_addresses,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.settings = settings
        self.prompter: Prompter = prompter or DialogPrompter(self)
        self.language_before = settings.language()
        self._fill_choices(addresses())
        self._load()
        self.ui.showPasswordCheck.toggled.connect(self._show_password)
        self.ui.logoButton.clicked.connect(self.choose_logo)
        self.ui.clearLogoButton.clicked.connect(lambda: self._set_logo(None))
        self.accepted.connect(self.save)

    def _fill_choices(self, addresses: list[str]) -> None:
        combo = self.ui.interfaceCombo
        combo.addItem(self.tr("Automatic"), "")
        for address in addresses:
            combo.addItem(address, address)
        languages = self.ui.languageCombo
        languages.addItem(self.tr("System language"), "")
        for code, name in LANGUAGE_NAMES.items():
            languages.addItem(name, code)

    def _load(self) -> None:
        s, ui = self.settings, self.ui
        interface = s.network_interface()
        index = ui.interfaceCombo.findData(interface)
        if index < 0:  # an address of a network that is not connected now: keep it
            ui.interfaceCombo.addItem(interface, interface)
            index = ui.interfaceCombo.count() - 1
        ui.interfaceCombo.setCurrentIndex(index)
        ui.portSpin.setValue(s.port())
        ui.resultsHiddenCheck.setChecked(s.results_hidden_by_default())
        ui.allowChangeCheck.setChecked(s.participants_may_change_answers())
        ui.wifiNameEdit.setText(s.wifi_name())
        ui.wifiPasswordEdit.setText(s.wifi_password())
        ui.organisationEdit.setText(s.organisation_name())
        self._set_logo(s.organisation_logo())
        ui.languageCombo.setCurrentIndex(max(0, ui.languageCombo.findData(s.language())))

    def interface(self) -> str:
        combo = self.ui.interfaceCombo
        text = combo.currentText().strip()
        index = combo.findText(text)
        if index >= 0:  # a listed choice ("Automatic" stands for "")
            return str(combo.itemData(index) or "")
        return text  # typed by hand

    def save(self) -> None:
        s, ui = self.settings, self.ui
        s.set_network_interface(self.interface())
        s.set_port(ui.portSpin.value())
        s.set_results_hidden_by_default(ui.resultsHiddenCheck.isChecked())
        s.set_participants_may_change_answers(ui.allowChangeCheck.isChecked())
        s.set_wifi_name(ui.wifiNameEdit.text())
        s.set_wifi_password(ui.wifiPasswordEdit.text())
        s.set_organisation_name(ui.organisationEdit.text())
        logo = ui.logoEdit.text()
        s.set_organisation_logo(Path(logo) if logo else None)
        s.set_language(str(ui.languageCombo.currentData() or ""))

    def language_changed(self) -> bool:
        return self.settings.language() != self.language_before

    def choose_logo(self) -> None:
        current = self.ui.logoEdit.text()
        folder = str(Path(current).parent) if current else ""
        path = self.prompter.open_path(
            self.tr("Choose a logo"), folder, self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path is not None:
            self._set_logo(path)

    def _set_logo(self, path: Path | None) -> None:
        self.ui.logoEdit.setText(str(path) if path else "")
        self.ui.logoEdit.setToolTip(str(path) if path else "")
        self.ui.clearLogoButton.setEnabled(path is not None)

    def _show_password(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.ui.wifiPasswordEdit.setEchoMode(mode)
