"""The selected agenda item's details and its polls, edited in place.

Each field is committed as one undoable edit when it loses focus (or Enter)."""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.localised_text import item_missing
from workshop_app.domain.polls import Poll, PollSettings, PollType
from workshop_app.domain.translations import language_name
from workshop_app.domain.workshop import AgendaItem, Method
from workshop_app.settings_registry import POLLS_ALLOW_CHANGE, POLLS_RESULTS_HIDDEN, read_workshop
from workshop_app.store.responses_repo import ResponsesRepo
from workshop_app.ui.agenda.commands import (
    AddPollCommand,
    DeletePollCommand,
    EditItemCommand,
    EditPollCommand,
    MovePollCommand,
)
from workshop_app.ui.agenda.item_sessions import ItemSessionsBox
from workshop_app.ui.agenda.poll_dialog import PollDialog
from workshop_app.ui.agenda.translations_dialog import (
    TranslationsDialog,
    item_rows,
    item_values,
    item_with_values,
    missing_summary,
)
from workshop_app.ui.context import WorkshopContext
from workshop_app.ui.labels import method_label, poll_state_label, poll_type_label
from workshop_app.ui.prompter import Prompter

PollDialogRunner = Callable[[Poll, QWidget, bool], "Poll | None"]


def run_poll_dialog(poll: Poll, parent: QWidget, new: bool) -> Poll | None:
    dialog = PollDialog(poll, parent, new=new)
    return dialog.edited_poll() if dialog.exec() == PollDialog.DialogCode.Accepted else None


class ItemPanel(QWidget):
    def __init__(
        self, context: WorkshopContext, prompter: Prompter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.prompter = prompter
        self.run_poll_dialog: PollDialogRunner = self._run_poll_dialog_in_languages
        self.item: AgendaItem | None = None
        self._loading = False

        self.title_edit = QLineEdit(self)
        self.title_edit.setAccessibleName(self.tr("Item title"))
        self.method_combo = QComboBox(self)
        self.method_combo.setAccessibleName(self.tr("Method"))
        for method in Method:
            self.method_combo.addItem(method_label(method), method)
        self.minutes_spin = QSpinBox(self)
        self.minutes_spin.setAccessibleName(self.tr("Planned minutes"))
        self.minutes_spin.setRange(0, 600)
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.goal_edit = QPlainTextEdit(self)
        self.goal_edit.setAccessibleName(self.tr("Goal"))
        self.goal_edit.setTabChangesFocus(True)
        self.goal_edit.setPlaceholderText(self.tr("What this item should achieve"))
        self.goal_edit.setMaximumHeight(80)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setAccessibleName(self.tr("Facilitator notes (private)"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setPlaceholderText(
            self.tr("Private: shown only on the facilitator's console")
        )
        self.notes_edit.setMaximumHeight(120)  # room below for the polls and the sessions

        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Method:"), self.method_combo)
        form.addRow(self.tr("Planned &minutes:"), self.minutes_spin)
        form.addRow(self.tr("&Goal:"), self.goal_edit)
        form.addRow(self.tr("Facilitator &notes:"), self.notes_edit)
        self.translations_button = QPushButton(self.tr("T&ranslations…"), self)
        self.translations_button.setAccessibleName(self.tr("Item translations"))
        self.translations_flag = QLabel(self)
        self.translations_flag.setTextFormat(Qt.TextFormat.PlainText)
        self.translations_flag.setWordWrap(True)
        self.translations_dialog: TranslationsDialog | None = None
        translations_row = QHBoxLayout()
        translations_row.addWidget(self.translations_button)
        translations_row.addWidget(self.translations_flag, 1)
        form.addRow(self.tr("Languages:"), translations_row)

        self.polls_list = QListWidget(self)
        self.polls_list.setAccessibleName(self.tr("Polls of this item"))
        self.add_poll_button = QPushButton(self.tr("Add &poll…"), self)
        self.edit_poll_button = QPushButton(self.tr("&Edit…"), self)
        self.delete_poll_button = QPushButton(self.tr("Delete"), self)
        self.poll_up_button = QPushButton(self.tr("Up"), self)
        self.poll_down_button = QPushButton(self.tr("Down"), self)
        self.poll_up_button.setAccessibleName(self.tr("Move poll up"))
        self.poll_down_button.setAccessibleName(self.tr("Move poll down"))
        buttons = QHBoxLayout()
        for button in (
            self.add_poll_button,
            self.edit_poll_button,
            self.delete_poll_button,
            self.poll_up_button,
            self.poll_down_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        polls_box = QGroupBox(self.tr("Polls"), self)
        polls_layout = QVBoxLayout(polls_box)
        polls_layout.addWidget(self.polls_list)
        polls_layout.addLayout(buttons)

        self.empty_label = QLabel(self.tr("Select an agenda item, or add one."), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        self.fields = QWidget(self)
        fields_layout = QVBoxLayout(self.fields)
        fields_layout.setContentsMargins(0, 0, 0, 0)
        fields_layout.addLayout(form)
        fields_layout.addWidget(polls_box, 1)
        # The item as it ran in the sessions Session › Sessions… shows.
        self.sessions_box = ItemSessionsBox(context, self.fields)
        fields_layout.addWidget(self.sessions_box)
        layout.addWidget(self.fields, 1)

        self.title_edit.editingFinished.connect(self.commit_fields)
        self.minutes_spin.editingFinished.connect(self.commit_fields)
        self.method_combo.activated.connect(lambda _index: self.commit_fields())
        self.goal_edit.installEventFilter(self)
        self.notes_edit.installEventFilter(self)
        self.translations_button.clicked.connect(self.open_item_translations)
        self.add_poll_button.clicked.connect(self.add_poll)
        self.edit_poll_button.clicked.connect(self.edit_poll)
        self.delete_poll_button.clicked.connect(self.delete_poll)
        self.poll_up_button.clicked.connect(lambda: self.move_poll(-1))
        self.poll_down_button.clicked.connect(lambda: self.move_poll(1))
        self.polls_list.itemDoubleClicked.connect(lambda _item: self.edit_poll())
        self.polls_list.currentRowChanged.connect(lambda _row: self._update_buttons())
        context.signals.pollsChanged.connect(self._reload_polls)
        # The workshop's further languages may have changed: flag against the new ones.
        context.signals.workshopChanged.connect(self._flag_item_translations)
        context.signals.workshopChanged.connect(self._reload_polls)
        self.set_item(None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and watched in (self.goal_edit, self.notes_edit):
            self.commit_fields()
        return super().eventFilter(watched, event)

    # --- showing ------------------------------------------------------------------------

    def set_item(self, item: AgendaItem | None) -> None:
        self.item = copy.deepcopy(item)
        self._loading = True
        try:
            self.empty_label.setVisible(item is None)
            self.fields.setVisible(item is not None)
            if item is not None:
                _set_text(self.title_edit, item.title)
                self.method_combo.setCurrentIndex(list(Method).index(item.method))
                self.minutes_spin.setValue(item.planned_minutes)
                _set_plain(self.goal_edit, item.goal)
                _set_plain(self.notes_edit, item.facilitator_notes)
        finally:
            self._loading = False
        writable = not self.context.read_only
        for widget in (self.title_edit, self.goal_edit, self.notes_edit):
            widget.setReadOnly(not writable)
        self.method_combo.setEnabled(writable)
        self.minutes_spin.setEnabled(writable)
        self._flag_item_translations()
        self._reload_polls()
        self.sessions_box.set_item(item.id if item is not None else None)

    def _reload_polls(self) -> None:
        current = self.selected_poll_id()
        self.polls_list.clear()
        if self.item is None or self.item.id is None:
            self._update_buttons()
            return
        _, languages = self._languages()
        for poll in self.context.file.polls(self.item.id):
            text = f"{poll_type_label(poll.type)}: {poll.question}"
            missing = missing_summary(poll, languages)
            if missing:  # flagged in the list, so a missing translation is seen before F5
                text += "  " + self.tr("[missing: {languages}]").format(languages=missing)
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, poll.id)
            if poll.state.value != "draft":
                entry.setToolTip(self.tr("Poll {state}").format(state=poll_state_label(poll.state)))
            self.polls_list.addItem(entry)
            if poll.id == current:
                self.polls_list.setCurrentItem(entry)
        self._update_buttons()

    def _update_buttons(self) -> None:
        writable = not self.context.read_only and self.item is not None
        row = self.polls_list.currentRow()
        has = row >= 0
        self.add_poll_button.setEnabled(writable)
        self.edit_poll_button.setEnabled(writable and has)
        self.delete_poll_button.setEnabled(writable and has)
        self.poll_up_button.setEnabled(writable and row > 0)
        self.poll_down_button.setEnabled(writable and has and row < self.polls_list.count() - 1)

    def selected_poll_id(self) -> int | None:
        entry = self.polls_list.currentItem()
        return int(entry.data(Qt.ItemDataRole.UserRole)) if entry is not None else None

    def select_poll(self, poll_id: int) -> None:
        for row in range(self.polls_list.count()):
            if self.polls_list.item(row).data(Qt.ItemDataRole.UserRole) == poll_id:
                self.polls_list.setCurrentRow(row)

    # --- editing the item ---------------------------------------------------------------

    def commit_fields(self) -> None:
        if self._loading or self.item is None or self.context.read_only:
            return
        before = self.item
        title = self.title_edit.text().strip()
        if not title:
            _set_text(self.title_edit, before.title)  # an item needs a title: keep the old one
            title = before.title
        after = replace(
            before,
            title=title,
            method=Method(self.method_combo.currentData()),
            planned_minutes=self.minutes_spin.value(),
            goal=self.goal_edit.toPlainText().strip(),
            facilitator_notes=self.notes_edit.toPlainText().strip(),
        )
        if after == before:
            return
        self.item = copy.deepcopy(after)
        self.context.undo_stack.push(EditItemCommand(self.context, before, after))

    # --- translations -------------------------------------------------------------------

    def _languages(self) -> tuple[str, list[str]]:
        workshop = self.context.file.load_workshop()
        return workshop.language, workshop.languages

    def _run_poll_dialog_in_languages(self, poll: Poll, parent: QWidget, new: bool) -> Poll | None:
        main, languages = self._languages()
        dialog = PollDialog(poll, parent, new=new, main_language=main, languages=languages)
        return dialog.edited_poll() if dialog.exec() == PollDialog.DialogCode.Accepted else None

    def _flag_item_translations(self) -> None:
        _, languages = self._languages()
        writable = not self.context.read_only and self.item is not None
        self.translations_button.setEnabled(writable and bool(languages))
        if self.item is None or not languages:
            self.translations_flag.setText(self.tr("Only the workshop's main language."))
            self.translations_flag.setStyleSheet("")
            return
        lacking = [language_name(lang) for lang in languages if item_missing(self.item, lang)]
        self.translations_flag.setText(
            self.tr("Missing: {languages}").format(languages=", ".join(lacking))
            if lacking
            else self.tr("Translated into {languages}").format(
                languages=", ".join(language_name(lang) for lang in languages)
            )
        )
        self.translations_flag.setStyleSheet("color: #c62828;" if lacking else "")

    def open_item_translations(self) -> None:
        if self.item is None or self.context.read_only:
            return
        self.commit_fields()
        main, languages = self._languages()
        item = self.item
        dialog = TranslationsDialog(main, languages, item_rows(item), item_values(item), self)
        dialog.accepted.connect(lambda: self._take_item_translations(dialog))
        self.translations_dialog = dialog
        dialog.open()

    def _take_item_translations(self, dialog: TranslationsDialog) -> None:
        if self.item is None:
            return
        before = self.item
        after = item_with_values(before, dialog.values())
        if after == before:
            return
        self.item = copy.deepcopy(after)
        self.context.undo_stack.push(EditItemCommand(self.context, before, after))
        self._flag_item_translations()

    # --- polls --------------------------------------------------------------------------

    def add_poll(self) -> None:
        if self.item is None or self.item.id is None or self.context.read_only:
            return
        file = self.context.file
        defaults = PollSettings(  # Settings › "In this workshop" chooses these
            allow_change=read_workshop(file, POLLS_ALLOW_CHANGE),
            results_hidden=read_workshop(file, POLLS_RESULTS_HIDDEN),
        )
        draft = Poll(
            type=PollType.SINGLE_CHOICE, question="", item_id=self.item.id, settings=defaults
        )
        poll = self.run_poll_dialog(draft, self, True)
        if poll is None:
            return
        command = AddPollCommand(self.context, poll)
        self.context.undo_stack.push(command)
        if command.poll.id is not None:
            self.select_poll(command.poll.id)

    def edit_poll(self) -> None:
        poll_id = self.selected_poll_id()
        before = self.context.file.poll(poll_id) if poll_id is not None else None
        if before is None or self.context.read_only:
            return
        after = self.run_poll_dialog(copy.deepcopy(before), self, False)
        if after is None or after == before:
            return
        responses = ResponsesRepo(self.context.file).count(poll_id or 0)
        changes_meaning = after.options != before.options or after.type != before.type
        if (
            responses
            and changes_meaning
            and not self.prompter.confirm(
                self.tr("Change a poll that has answers?"),
                self.tr(
                    "This poll already has %n answers, counting every session. Changing "
                    "its options can make them point at different options.",
                    "",
                    responses,
                ),
                self.tr("Change"),
            )
        ):
            return
        self.context.undo_stack.push(EditPollCommand(self.context, before, after))

    def delete_poll(self) -> None:
        poll_id = self.selected_poll_id()
        if poll_id is None or self.context.read_only:
            return
        responses = ResponsesRepo(self.context.file).count(poll_id)
        if responses and not self.prompter.confirm(
            self.tr("Delete a poll with answers?"),
            self.tr(
                "This poll has %n answers, counting every session (rehearsals too). "
                "They are deleted with it and undo does not bring them back.",
                "",
                responses,
            ),
            self.tr("Delete"),
        ):
            return
        self.context.undo_stack.push(DeletePollCommand(self.context, poll_id))

    def move_poll(self, delta: int) -> None:
        poll_id = self.selected_poll_id()
        row = self.polls_list.currentRow()
        target = row + delta
        if poll_id is None or not 0 <= target < self.polls_list.count():
            return
        self.context.undo_stack.push(MovePollCommand(self.context, poll_id, row, target))
        self.select_poll(poll_id)


def _set_text(edit: QLineEdit, text: str) -> None:
    if edit.text() != text:
        edit.setText(text)


def _set_plain(edit: QPlainTextEdit, text: str) -> None:
    if edit.toPlainText() != text:
        edit.setPlainText(text)
