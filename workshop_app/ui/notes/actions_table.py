"""Every action item in one table: owner, due date, status and item; edit and sort."""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableView, QVBoxLayout, QWidget

from workshop_app.domain.bidi_text import isolated
from workshop_app.domain.notes import ActionStatus, Note, NoteKind
from workshop_app.store.notes_repo import NotesRepo
from workshop_app.ui.context import WorkshopContext
from workshop_app.ui.labels import action_status_label
from workshop_app.ui.notes.commands import EditNote
from workshop_app.ui.sessions.shown import shown_sessions
from workshop_app.ui.tr_noop import QT_TRANSLATE_NOOP

# Marked for lupdate here, translated when the header is drawn.
COLUMNS = (
    QT_TRANSLATE_NOOP("ActionsModel", "Action"),
    QT_TRANSLATE_NOOP("ActionsModel", "Owner"),
    QT_TRANSLATE_NOOP("ActionsModel", "Due"),
    QT_TRANSLATE_NOOP("ActionsModel", "Status"),
    QT_TRANSLATE_NOOP("ActionsModel", "Item"),
)
SORT_ROLE = Qt.ItemDataRole.UserRole


class ActionsModel(QAbstractTableModel):
    def __init__(self, context: WorkshopContext) -> None:
        super().__init__()
        self.context = context
        self.actions: list[Note] = []
        self.titles: dict[int, str] = {}
        self.message = ""
        context.signals.notesChanged.connect(self.reload)
        context.signals.sessionChanged.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.actions = NotesRepo(self.context.file).all(
            kind=NoteKind.ACTION, sessions=shown_sessions(self.context)
        )
        self.titles = {i.id: i.title for i in self.context.file.items() if i.id is not None}
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.actions)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ActionsModel", COLUMNS[section])
        return None

    def _value(self, note: Note, column: int) -> Any:
        return (
            note.text,
            note.action_owner,
            note.action_due.isoformat() if note.action_due else "",
            action_status_label(note.action_status),
            self.titles.get(note.item_id or -1, ""),
        )[column]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        note = self.actions[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = self._value(note, index.column())
            return isolated(value) if isinstance(value, str) else value
        if role == Qt.ItemDataRole.EditRole:  # edited as typed
            return self._value(note, index.column())
        if role == SORT_ROLE:
            value = self._value(note, index.column())
            return value or "\uffff"  # empty owners and dates sort last
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 3:
            done = note.action_status == ActionStatus.DONE
            return Qt.CheckState.Checked if done else Qt.CheckState.Unchecked
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if self.context.read_only or index.column() == 4:
            return base
        if index.column() == 3:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if not index.isValid():
            return False
        before = self.actions[index.row()]
        after = copy.deepcopy(before)
        column = index.column()
        if column == 3 and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            after.action_status = ActionStatus.DONE if checked else ActionStatus.OPEN
        elif role != Qt.ItemDataRole.EditRole:
            return False
        elif column == 0:
            if not str(value).strip():
                return False
            after.text = str(value).strip()
        elif column == 1:
            after.action_owner = str(value).strip()
        elif column == 2:
            text = str(value).strip()
            try:
                after.action_due = date.fromisoformat(text) if text else None
            except ValueError:
                self.message = self.tr("“{text}” is not a date; write it like 2026-04-30.").format(
                    text=text
                )
                return False
        else:
            return False
        self.message = ""
        after.updated_at = self.context.clock.now()
        self.context.undo_stack.push(EditNote(self.context, before, after))
        return True


class ActionItemsDialog(QDialog):
    def __init__(self, context: WorkshopContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Action items"))
        self.model = ActionsModel(context)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 320)
        self.table.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "Double-click a cell to edit it; tick Status when an action is done. "
                "Dates are written like 2026-04-30."
            ),
            self,
        )
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(860, 420)
