"""Edit one note: text, kind, item, poll link, and for action items owner, due, status."""

from __future__ import annotations

import copy
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from workshop_app.domain.notes import ActionStatus, Note, NoteKind
from workshop_app.domain.polls import Poll
from workshop_app.domain.workshop import AgendaItem
from workshop_app.ui.labels import note_kind_label


class NoteDialog(QDialog):
    def __init__(
        self, note: Note, items: list[AgendaItem], polls: list[Poll], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit note"))
        self.original = note
        form = QFormLayout(self)
        self.text = QPlainTextEdit(note.text, self)
        self.kind = QComboBox(self)
        for kind in NoteKind:
            self.kind.addItem(note_kind_label(kind), kind.value)
        self.kind.setCurrentIndex(list(NoteKind).index(note.kind))
        self.item = QComboBox(self)
        self.item.addItem(self.tr("(no item)"), None)
        for item in items:
            self.item.addItem(item.title, item.id)
        self.item.setCurrentIndex(max(0, self.item.findData(note.item_id)))
        self.poll = QComboBox(self)
        self.poll.addItem(self.tr("(no poll)"), None)
        for poll in polls:
            self.poll.addItem(poll.question, poll.id)
        self.poll.setCurrentIndex(max(0, self.poll.findData(note.poll_id)))
        self.owner = QLineEdit(note.action_owner, self)
        self.has_due = QCheckBox(self.tr("Due date"), self)
        self.due = QDateEdit(self)
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.has_due.setChecked(note.action_due is not None)
        due = note.action_due or date.today()
        self.due.setDate(QDate(due.year, due.month, due.day))
        self.done_box = QCheckBox(self.tr("Done"), self)
        self.done_box.setChecked(note.action_status == ActionStatus.DONE)
        form.addRow(self.tr("&Text:"), self.text)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Item:"), self.item)
        form.addRow(self.tr("&Poll:"), self.poll)
        form.addRow(self.tr("&Owner:"), self.owner)
        form.addRow(self.has_due, self.due)
        form.addRow("", self.done_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(480, 360)

    def result_note(self) -> Note:
        note = copy.deepcopy(self.original)
        note.text = self.text.toPlainText().strip() or self.original.text
        note.kind = NoteKind(self.kind.currentData())
        note.item_id = self.item.currentData()
        note.poll_id = self.poll.currentData()
        note.action_owner = self.owner.text().strip()
        qdate = self.due.date()
        note.action_due = (
            date(qdate.year(), qdate.month(), qdate.day()) if self.has_due.isChecked() else None
        )
        note.action_status = ActionStatus.DONE if self.done_box.isChecked() else ActionStatus.OPEN
        return note
