"""Edit › Settings: this computer's choices (QSettings) and the open workshop's (its file).

Every value is read and written through its declaration in workshop_app.settings_registry."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImageReader
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QSpinBox, QWidget

from workshop_app.domain.translations import language_name
from workshop_app.export.minutes_catalogue import minutes_languages
from workshop_app.settings_registry import (
    INTERFACE_LANGUAGE,
    MIN_GROUP_SIZE,
    MINUTES_SECOND_LANGUAGE,
    NETWORK_INTERFACE,
    NETWORK_PORT,
    ORGANISATION_LOGO,
    ORGANISATION_NAME,
    POLLS_ALLOW_CHANGE,
    POLLS_RESULTS_HIDDEN,
    PRESENTER_SECOND_LANGUAGE,
    RETENTION_DAYS,
    WIFI_NAME,
    WIFI_PASSWORD,
    read_workshop,
    write_workshop,
)
from workshop_app.store.workshop_file import WorkshopFile
from workshop_app.ui.app_settings import AppSettings
from workshop_app.ui.forms.ui_settings_dialog import Ui_SettingsDialog
from workshop_app.ui.interface_language import LANGUAGE_NAMES
from workshop_app.ui.network_choices import NetworkChoice, reaches_phones, system_choices
from workshop_app.ui.prompter import DialogPrompter, Prompter
from workshop_app.ui.widgets.min_group_field import MinGroupField


def _system_addresses() -> list[NetworkChoice]:
    return system_choices()


def _automatic_address() -> str:
    from workshop_app.live.network import default_route_address

    return default_route_address()


class SettingsDialog(QDialog):
    """Shows the saved settings; OK writes them back, Cancel leaves them as they were.

    Without an open (writable) workshop the workshop group is shown but disabled."""

    def __init__(
        self,
        settings: AppSettings,
        parent: QWidget | None = None,
        prompter: Prompter | None = None,
        addresses: Callable[[], Sequence[str | NetworkChoice]] = _system_addresses,
        workshop: WorkshopFile | None = None,
        automatic: Callable[[], str] = _automatic_address,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.settings = settings
        self.workshop = workshop
        self.prompter: Prompter = prompter or DialogPrompter(self)
        self.language_before = settings.get(INTERFACE_LANGUAGE)
        self.min_group = MinGroupField(self.ui.workshopGroup)
        self.ui.workshopForm.addRow(self.min_group)
        self.retention = QSpinBox(self.ui.workshopGroup)
        self.retention.setObjectName("retentionSpin")
        self.retention.setRange(0, 3650)
        self.retention.setSpecialValueText(self.tr("keep them"))
        self.retention.setSuffix(self.tr(" days after the minutes' export"))
        self.retention.setAccessibleName(self.tr("Delete written answers and private notes"))
        self.retention.setToolTip(
            self.tr(
                "Applied when the workshop is next opened after that time, with a notice "
                "first; 0 keeps them."
            )
        )
        self.ui.workshopForm.addRow(
            self.tr("Delete written answers and private notes:"), self.retention
        )
        self.automatic_address = automatic()
        # Under the address: a warning when phones could not reach the chosen one.
        self.reach_warning = QLabel(self)
        self.reach_warning.setObjectName("reachWarning")
        self.reach_warning.setWordWrap(True)
        self.reach_warning.setTextFormat(Qt.TextFormat.PlainText)
        # White on red reads in either look (6.1:1), unlike red text on a dark window.
        self.reach_warning.setStyleSheet(
            "color: #ffffff; background-color: #b3261e; font-weight: bold; padding: 4px 6px;"
        )
        self.ui.computerForm.insertRow(1, "", self.reach_warning)
        self._fill_choices(
            [a if isinstance(a, NetworkChoice) else NetworkChoice(a) for a in addresses()]
        )
        self._add_second_language_choice()
        self._load()
        self.ui.interfaceCombo.currentTextChanged.connect(self._warn_if_unreachable)
        self._warn_if_unreachable()
        self.ui.showPasswordCheck.toggled.connect(self._show_password)
        self.ui.logoButton.clicked.connect(self.choose_logo)
        self.ui.clearLogoButton.clicked.connect(lambda: self._set_logo(None))
        self.accepted.connect(self.save)

    def workshop_editable(self) -> bool:
        return self.workshop is not None and self.workshop.read_only is None

    def _fill_choices(self, choices: list[NetworkChoice]) -> None:
        combo = self.ui.interfaceCombo
        combo.addItem(
            self.tr("Automatic (now {address})").format(address=self.automatic_address), ""
        )
        for choice in choices:
            combo.addItem(choice.label(), choice.address)
        languages = self.ui.languageCombo
        languages.addItem(self.tr("System language"), "")
        for code, name in LANGUAGE_NAMES.items():
            languages.addItem(name, code)

    def _add_second_language_choice(self) -> None:
        """In this workshop: the presenter's and the minutes' second language, among the
        workshop's further languages (Workshop Details)."""
        workshop = self.workshop.load_workshop() if self.workshop is not None else None
        further = workshop.languages if workshop else []
        self.second_language_combo = self._language_combo(
            further,
            self.tr("Presenter's second language"),
            self.tr("Presenter's &second language:"),
        )
        self.second_language_label = self.ui.workshopForm.labelForField(self.second_language_combo)
        self.minutes_language_combo = self._language_combo(
            minutes_languages(further),
            self.tr("Minutes also in"),
            self.tr("&Minutes also in:"),
        )
        self.minutes_language_label = self.ui.workshopForm.labelForField(
            self.minutes_language_combo
        )

    def _language_combo(self, codes: list[str], name: str, label_text: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.addItem(self.tr("None"), "")
        for code in codes:
            combo.addItem(language_name(code), code)
        label = QLabel(label_text, self)
        label.setBuddy(combo)
        self.ui.workshopForm.addRow(label, combo)
        return combo

    @staticmethod
    def _choose(combo: QComboBox, code: str) -> None:
        if code and combo.findData(code) < 0:  # no longer offered: kept as it is
            combo.addItem(language_name(code), code)
        combo.setCurrentIndex(max(0, combo.findData(code)))

    def _load(self) -> None:
        s, ui = self.settings, self.ui
        interface = s.get(NETWORK_INTERFACE)
        index = ui.interfaceCombo.findData(interface)
        if index < 0:  # an address of a network that is not connected now: keep it
            ui.interfaceCombo.addItem(interface, interface)
            index = ui.interfaceCombo.count() - 1
        ui.interfaceCombo.setCurrentIndex(index)
        ui.portSpin.setValue(s.get(NETWORK_PORT))
        ui.organisationEdit.setText(s.get(ORGANISATION_NAME))
        logo = s.get(ORGANISATION_LOGO)
        self._set_logo(Path(logo) if logo else None)
        language = s.get(INTERFACE_LANGUAGE)
        ui.languageCombo.setCurrentIndex(max(0, ui.languageCombo.findData(language)))
        self._load_workshop()

    def _load_workshop(self) -> None:
        ui, file = self.ui, self.workshop
        if file is None:
            ui.workshopHint.setText(self.tr("Open a workshop to change these."))
        elif file.read_only is not None:
            ui.workshopHint.setText(self.tr("{name} is read-only.").format(name=file.path.name))
        else:
            ui.workshopHint.setText(self.tr("Saved in {name}.").format(name=file.path.name))
        for widget in (
            ui.wifiNameLabel,
            ui.wifiNameEdit,
            ui.wifiPasswordLabel,
            ui.wifiPasswordEdit,
            ui.showPasswordCheck,
            ui.resultsHiddenCheck,
            ui.allowChangeCheck,
            self.second_language_label,
            self.second_language_combo,
            self.minutes_language_label,
            self.minutes_language_combo,
            self.min_group,
            self.retention,
        ):
            widget.setEnabled(self.workshop_editable())
        if file is None:
            ui.resultsHiddenCheck.setChecked(POLLS_RESULTS_HIDDEN.default)
            ui.allowChangeCheck.setChecked(POLLS_ALLOW_CHANGE.default)
            self.min_group.set_value(MIN_GROUP_SIZE.default)
            self.retention.setValue(RETENTION_DAYS.default)
            return
        ui.wifiNameEdit.setText(read_workshop(file, WIFI_NAME))
        ui.wifiPasswordEdit.setText(read_workshop(file, WIFI_PASSWORD))
        ui.resultsHiddenCheck.setChecked(read_workshop(file, POLLS_RESULTS_HIDDEN))
        ui.allowChangeCheck.setChecked(read_workshop(file, POLLS_ALLOW_CHANGE))
        self._choose(self.second_language_combo, read_workshop(file, PRESENTER_SECOND_LANGUAGE))
        self._choose(self.minutes_language_combo, read_workshop(file, MINUTES_SECOND_LANGUAGE))
        self.min_group.set_value(read_workshop(file, MIN_GROUP_SIZE))
        self.retention.setValue(read_workshop(file, RETENTION_DAYS))

    def interface(self) -> str:
        combo = self.ui.interfaceCombo
        text = combo.currentText().strip()
        if text.casefold() == self.tr("Automatic").casefold():
            return ""
        index = combo.findText(text)
        if index >= 0:  # a listed choice ("Automatic" stands for "")
            return str(combo.itemData(index) or "")
        return text  # typed by hand

    def _warn_if_unreachable(self) -> None:
        chosen = self.interface() or self.automatic_address
        if reaches_phones(chosen):
            self.reach_warning.setText("")
            self.reach_warning.setVisible(False)
            return
        if self.interface():
            text = self.tr(
                "{address} is this computer only: phones cannot reach it. Choose the address "
                "of the room's Wi-Fi or Ethernet network."
            )
        else:
            text = self.tr(
                "No network found now ({address}): phones cannot join until this computer "
                "is connected to the room's Wi-Fi or network."
            )
        self.reach_warning.setText(text.format(address=chosen))
        self.reach_warning.setVisible(True)

    def save(self) -> None:
        s, ui = self.settings, self.ui
        s.set(NETWORK_INTERFACE, self.interface())
        s.set(NETWORK_PORT, ui.portSpin.value())
        s.set(ORGANISATION_NAME, ui.organisationEdit.text())
        s.set(ORGANISATION_LOGO, ui.logoEdit.text())
        s.set(INTERFACE_LANGUAGE, str(ui.languageCombo.currentData() or ""))
        if self.workshop is not None and self.workshop_editable():
            file = self.workshop
            write_workshop(file, WIFI_NAME, ui.wifiNameEdit.text().strip())
            write_workshop(file, WIFI_PASSWORD, ui.wifiPasswordEdit.text())
            write_workshop(file, POLLS_RESULTS_HIDDEN, ui.resultsHiddenCheck.isChecked())
            write_workshop(file, POLLS_ALLOW_CHANGE, ui.allowChangeCheck.isChecked())
            second = str(self.second_language_combo.currentData() or "")
            write_workshop(file, PRESENTER_SECOND_LANGUAGE, second)
            minutes = str(self.minutes_language_combo.currentData() or "")
            write_workshop(file, MINUTES_SECOND_LANGUAGE, minutes)
            write_workshop(file, MIN_GROUP_SIZE, self.min_group.value() or MIN_GROUP_SIZE.default)
            write_workshop(file, RETENTION_DAYS, self.retention.value())

    def language_changed(self) -> bool:
        return self.settings.get(INTERFACE_LANGUAGE) != self.language_before

    def choose_logo(self) -> None:
        current = self.ui.logoEdit.text()
        folder = str(Path(current).parent) if current else ""
        path = self.prompter.open_path(
            self.tr("Choose a logo"), folder, self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path is None:
            return
        reader = QImageReader(str(path))
        if not reader.canRead():  # say so now rather than leave it out of the minutes later
            self.prompter.error(
                self.tr("Cannot use this logo"),
                self.tr("{name} is not a PNG or JPEG image.").format(name=path.name),
            )
            return
        self._set_logo(path)

    def _set_logo(self, path: Path | None) -> None:
        self.ui.logoEdit.setText(str(path) if path else "")
        self.ui.logoEdit.setToolTip(str(path) if path else "")
        self.ui.clearLogoButton.setEnabled(path is not None)

    def _show_password(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.ui.wifiPasswordEdit.setEchoMode(mode)
