"""Edit the workshop's details: title, date, start time, venue, people, language."""

from __future__ import annotations

import copy
from datetime import date, time

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QDialog, QListWidget, QListWidgetItem, QWidget

from workshop_app.domain.translations import LANGUAGE_NAMES
from workshop_app.domain.workshop import SUPPORTED_LANGUAGES, Workshop
from workshop_app.ui.forms.ui_workshop_details import Ui_WorkshopDetailsDialog

# Each language by its own name, as language pickers do: not translated.
_LANGUAGE_NAMES = {
    "en": "English",
    "fr": "Français",
    "de": "Deutsch",
    "nl": "Nederlands",
    "pl": "Polski",
    "es": "Español",
}


class WorkshopDetailsDialog(QDialog):
    def __init__(self, workshop: Workshop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_WorkshopDetailsDialog()
        self.ui.setupUi(self)
        self._original = copy.deepcopy(workshop)
        ui = self.ui
        ui.titleEdit.setText(workshop.title)
        ui.hasDateCheck.setChecked(workshop.date is not None)
        shown = workshop.date or date.today()
        ui.dateEdit.setDate(QDate(shown.year, shown.month, shown.day))
        ui.dateEdit.setEnabled(workshop.date is not None)
        ui.hasDateCheck.toggled.connect(ui.dateEdit.setEnabled)
        ui.startEdit.setTime(QTime(workshop.start_time.hour, workshop.start_time.minute))
        ui.venueEdit.setText(workshop.venue)
        ui.facilitatorsEdit.setText(", ".join(workshop.facilitators))
        ui.organisationEdit.setText(workshop.organisation)
        ui.descriptionEdit.setPlainText(workshop.description)
        for code in SUPPORTED_LANGUAGES:
            ui.languageCombo.addItem(_LANGUAGE_NAMES.get(code, code), code)
        index = ui.languageCombo.findData(workshop.language)
        ui.languageCombo.setCurrentIndex(max(0, index))
        self._add_further_languages(workshop)
        ui.problemsLabel.setStyleSheet("color: #c62828; font-weight: bold;")
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)

    def _add_further_languages(self, workshop: Workshop) -> None:
        """Languages the plan's text is also given in: ticked in a list, each by its own
        name; phones choose among the main language and these."""
        self.languages_list = QListWidget(self)
        self.languages_list.setAccessibleName(self.tr("Further languages"))
        self.languages_list.setMaximumHeight(110)
        for code, name in LANGUAGE_NAMES.items():
            entry = QListWidgetItem(f"{name} ({code})")
            entry.setData(Qt.ItemDataRole.UserRole, code)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = code in workshop.languages
            entry.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.languages_list.addItem(entry)
        self.ui.formLayout.addRow(self.tr("F&urther languages:"), self.languages_list)

    def further_languages(self) -> list[str]:
        chosen = []
        for row in range(self.languages_list.count()):
            entry = self.languages_list.item(row)
            if entry.checkState() == Qt.CheckState.Checked:
                chosen.append(str(entry.data(Qt.ItemDataRole.UserRole)))
        return chosen

    def edited_workshop(self) -> Workshop:
        ui = self.ui
        workshop = copy.deepcopy(self._original)
        workshop.title = ui.titleEdit.text().strip()
        chosen = ui.dateEdit.date()
        workshop.date = (
            date(chosen.year(), chosen.month(), chosen.day())
            if ui.hasDateCheck.isChecked()
            else None
        )
        start = ui.startEdit.time()
        workshop.start_time = time(start.hour(), start.minute())
        workshop.venue = ui.venueEdit.text().strip()
        workshop.facilitators = [
            name.strip() for name in ui.facilitatorsEdit.text().split(",") if name.strip()
        ]
        workshop.organisation = ui.organisationEdit.text().strip()
        workshop.description = ui.descriptionEdit.toPlainText().strip()
        workshop.language = str(ui.languageCombo.currentData())
        workshop.languages = [
            lang for lang in self.further_languages() if lang != workshop.language
        ]
        return workshop

    def accept(self) -> None:
        if not self.ui.titleEdit.text().strip():
            self.ui.problemsLabel.setText(self.tr("The workshop needs a title."))
            return
        super().accept()
