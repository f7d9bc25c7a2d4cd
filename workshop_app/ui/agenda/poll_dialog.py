"""Create or edit one poll of any type; refuses to close while the poll is unusable."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QWidget

from workshop_app.domain.polls import Poll, PollSettings, PollType, poll_problems
from workshop_app.ui.agenda.idea_poll_settings import IdeaPollSettings
from workshop_app.ui.agenda.translations_dialog import (
    TranslationsDialog,
    missing_summary,
    poll_rows,
    poll_values,
    poll_with_values,
)
from workshop_app.ui.forms.ui_poll_dialog import Ui_PollDialog
from workshop_app.ui.labels import poll_type_label, problem_text
from workshop_app.ui.widgets.min_group_field import MinGroupField

_NEEDS_OPTIONS = (
    PollType.SINGLE_CHOICE,
    PollType.MULTIPLE_CHOICE,
    PollType.RANKING,
    PollType.DOT_VOTE,
)


class PollDialog(QDialog):
    def __init__(
        self,
        poll: Poll,
        parent: QWidget | None = None,
        *,
        new: bool = False,
        main_language: str = "en",
        languages: list[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PollDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("New poll") if new else self.tr("Edit poll"))
        self._original = copy.deepcopy(poll)
        ui = self.ui
        for poll_type in PollType:
            ui.typeCombo.addItem(poll_type_label(poll_type), poll_type)
        ui.typeCombo.setCurrentIndex(list(PollType).index(poll.type))
        ui.questionEdit.setText(poll.question)
        ui.optionsEdit.setPlainText("\n".join(poll.options))
        settings = poll.settings
        ui.maxSpin.setValue(settings.max_choices or 0)
        ui.scaleMinSpin.setValue(settings.scale_min)
        ui.scaleMaxSpin.setValue(settings.scale_max)
        ui.scaleMinText.setText(settings.scale_min_label)
        ui.scaleMaxText.setText(settings.scale_max_label)
        ui.allowChangeCheck.setChecked(settings.allow_change)
        ui.resultsHiddenCheck.setChecked(settings.results_hidden)
        self.min_group = MinGroupField(self, inherit=True)
        ui.mainLayout.insertWidget(ui.mainLayout.indexOf(ui.resultsHiddenCheck) + 1, self.min_group)
        self.min_group.set_value(settings.min_group)
        # The idea wall's and the dot vote's settings, above the problems.
        self.idea_settings = IdeaPollSettings(settings, self)
        ui.mainLayout.insertWidget(ui.mainLayout.indexOf(ui.problemsLabel), self.idea_settings)
        ui.problemsLabel.setStyleSheet("color: #c62828; font-weight: bold;")
        ui.typeCombo.currentIndexChanged.connect(self._type_changed)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        if poll.state.value != "draft":
            ui.typeCombo.setEnabled(False)
            ui.typeCombo.setToolTip(
                self.tr("This poll has been run; its type can no longer change.")
            )
        self._add_translations_row(main_language, list(languages or []))
        self._type_changed()
        ui.questionEdit.setFocus()

    # --- translations ---------------------------------------------------------------------

    def _add_translations_row(self, main: str, languages: list[str]) -> None:
        """The poll's text in the workshop's further languages: a button to its own
        dialog and a line saying which languages still lack some text."""
        self.main_language, self.languages = main, languages
        self.translations_dialog: TranslationsDialog | None = None
        self.translations_button = QPushButton(self.tr("&Translations…"), self)
        self.translations_flag = QLabel(self)
        self.translations_flag.setTextFormat(Qt.TextFormat.PlainText)
        self.translations_flag.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.translations_button)
        row.addWidget(self.translations_flag, 1)
        self.ui.mainLayout.insertLayout(self.ui.mainLayout.count() - 2, row)
        self.translations_button.setEnabled(bool(languages))
        self.translations_button.clicked.connect(self.open_translations)
        self.ui.questionEdit.textChanged.connect(lambda _text: self._flag_missing())
        self.ui.optionsEdit.textChanged.connect(self._flag_missing)
        self._flag_missing()

    def _flag_missing(self) -> None:
        if not self.languages:
            self.translations_flag.setText(self.tr("No further languages in this workshop."))
            return
        summary = missing_summary(self.edited_poll(), self.languages)
        self.translations_flag.setText(
            self.tr("Missing translations: {languages}").format(languages=summary)
            if summary
            else self.tr("Translated into every language of the workshop.")
        )
        self.translations_flag.setStyleSheet("color: #c62828;" if summary else "")

    def open_translations(self) -> None:
        poll = self.edited_poll()
        dialog = TranslationsDialog(
            self.main_language, self.languages, poll_rows(poll), poll_values(poll), self
        )
        dialog.accepted.connect(lambda: self._take_translations(dialog))
        self.translations_dialog = dialog
        dialog.open()

    def _take_translations(self, dialog: TranslationsDialog) -> None:
        self._original.translations = poll_with_values(
            self.edited_poll(), dialog.values()
        ).translations
        self._flag_missing()

    def poll_type(self) -> PollType:
        return PollType(self.ui.typeCombo.currentData())

    def _type_changed(self) -> None:
        kind = self.poll_type()
        ui = self.ui
        ui.optionsGroup.setVisible(kind in _NEEDS_OPTIONS)
        for widget in (ui.maxLabel, ui.maxSpin):
            widget.setVisible(kind == PollType.MULTIPLE_CHOICE)
        ui.scaleGroup.setVisible(kind == PollType.SCALE)
        self.idea_settings.show_for(kind)
        ui.problemsLabel.clear()

    def edited_poll(self) -> Poll:
        """The poll as the dialog shows it now (id, item and state kept)."""
        ui = self.ui
        kind = self.poll_type()
        options = (
            [line.strip() for line in ui.optionsEdit.toPlainText().splitlines() if line.strip()]
            if kind in _NEEDS_OPTIONS
            else []
        )
        settings = PollSettings(
            max_choices=(ui.maxSpin.value() or None) if kind == PollType.MULTIPLE_CHOICE else None,
            scale_min=ui.scaleMinSpin.value(),
            scale_max=ui.scaleMaxSpin.value(),
            scale_min_label=ui.scaleMinText.text().strip(),
            scale_max_label=ui.scaleMaxText.text().strip(),
            allow_change=ui.allowChangeCheck.isChecked(),
            results_hidden=ui.resultsHiddenCheck.isChecked(),
            min_group=self.min_group.value(),
        )
        self.idea_settings.apply_to(settings, kind)
        poll = copy.deepcopy(self._original)
        poll.type = kind
        poll.question = ui.questionEdit.text().strip()
        poll.options = options
        poll.settings = settings
        return poll

    def problems(self) -> list[str]:
        poll = self.edited_poll()
        problems = [problem_text(problem) for problem in poll_problems(poll)]
        limit = poll.settings.max_choices
        if (
            poll.type == PollType.MULTIPLE_CHOICE
            and limit is not None
            and limit > len(poll.options)
        ):
            problems.append(
                self.tr("The maximum number of choices is more than there are options.")
            )
        return problems

    def accept(self) -> None:
        problems = self.problems()
        if problems:
            self.ui.problemsLabel.setText("\n".join(problems))
            return
        super().accept()

    def ok_button(self) -> QWidget:
        return self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
