"""The agenda editor: the items as a table with their computed times, the selected
item's details and polls, and the totals. Every change goes through the undo stack."""

from __future__ import annotations

import copy
from collections.abc import Callable

from PySide6.QtCore import QDate, QItemSelectionModel, QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.agenda_timing import planned_end, schedule, total_minutes
from workshop_app.domain.workshop import AgendaItem, Workshop
from workshop_app.store.responses_repo import ResponsesRepo
from workshop_app.ui.agenda.commands import (
    AddItemCommand,
    DeleteItemCommand,
    EditWorkshopCommand,
    MoveItemCommand,
    duplicate_item_command,
)
from workshop_app.ui.agenda.item_panel import ItemPanel
from workshop_app.ui.agenda.model import AgendaModel, AgendaRow
from workshop_app.ui.agenda.workshop_dialog import WorkshopDetailsDialog
from workshop_app.ui.context import WorkshopContext
from workshop_app.ui.prompter import Prompter
from workshop_app.ui.shortcuts import Shortcut, register
from workshop_app.ui.tr_noop import QT_TRANSLATE_NOOP

AGENDA_EDITOR = QT_TRANSLATE_NOOP("Shortcuts", "Agenda editor")
register(
    Shortcut("Ctrl+Up", QT_TRANSLATE_NOOP("Shortcuts", "Move the agenda item up"), AGENDA_EDITOR),
    Shortcut(
        "Ctrl+Down", QT_TRANSLATE_NOOP("Shortcuts", "Move the agenda item down"), AGENDA_EDITOR
    ),
    Shortcut("Ctrl+Shift+I", QT_TRANSLATE_NOOP("Shortcuts", "Add an agenda item"), AGENDA_EDITOR),
    Shortcut("Ctrl+D", QT_TRANSLATE_NOOP("Shortcuts", "Duplicate the agenda item"), AGENDA_EDITOR),
    Shortcut("Delete", QT_TRANSLATE_NOOP("Shortcuts", "Delete the agenda item"), AGENDA_EDITOR),
)

WorkshopDialogRunner = Callable[[Workshop, QWidget], "Workshop | None"]


def run_workshop_dialog(workshop: Workshop, parent: QWidget) -> Workshop | None:
    dialog = WorkshopDetailsDialog(workshop, parent)
    if dialog.exec() == WorkshopDetailsDialog.DialogCode.Accepted:
        return dialog.edited_workshop()
    return None


class AgendaTable(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Agenda"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)


class AgendaEditor(QWidget):
    def __init__(
        self, context: WorkshopContext, prompter: Prompter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.prompter = prompter
        self.run_workshop_dialog: WorkshopDialogRunner = run_workshop_dialog

        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.details = QLabel(self)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        self.totals = QLabel(self)
        self.totals.setTextFormat(Qt.TextFormat.PlainText)
        self.totals.setAccessibleName(self.tr("Total planned duration"))

        self.add_button = QPushButton(self.tr("&Add item"), self)
        self.duplicate_button = QPushButton(self.tr("D&uplicate"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.details_button = QPushButton(self.tr("&Workshop details…"), self)
        self.add_button.setToolTip(
            self.tr("Add an agenda item after the selected one (Ctrl+Shift+I)")
        )
        self.duplicate_button.setToolTip(
            self.tr("Duplicate the selected item with its polls (Ctrl+D)")
        )
        self.up_button.setToolTip(self.tr("Ctrl+Up; or drag the row"))
        self.down_button.setToolTip(self.tr("Ctrl+Down; or drag the row"))
        toolbar = QHBoxLayout()
        for button in (
            self.add_button,
            self.duplicate_button,
            self.delete_button,
            self.up_button,
            self.down_button,
        ):
            toolbar.addWidget(button)
        toolbar.addStretch(1)
        toolbar.addWidget(self.details_button)

        self.model = AgendaModel(self)
        self.table = AgendaTable(self)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AgendaModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.panel = ItemPanel(context, prompter, self)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(toolbar)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.totals)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.details)
        layout.addWidget(self.splitter, 1)

        self.add_button.clicked.connect(self.add_item)
        self.duplicate_button.clicked.connect(self.duplicate_item)
        self.delete_button.clicked.connect(self.delete_item)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.details_button.clicked.connect(self.edit_details)
        self.model.moveRequested.connect(self.move_item)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        for name, keys, slot in (
            ("shortcutMoveItemUp", "Ctrl+Up", lambda: self.move_selected(-1)),
            ("shortcutMoveItemDown", "Ctrl+Down", lambda: self.move_selected(1)),
            ("shortcutDeleteItem", "Delete", self.delete_item),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.table)
            shortcut.setObjectName(name)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        for name, keys, action in (
            ("shortcutAddItem", "Ctrl+Shift+I", self.add_item),
            ("shortcutDuplicateItem", "Ctrl+D", self.duplicate_item),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setObjectName(name)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action)

        signals = context.signals
        signals.workshopChanged.connect(self.refresh)
        signals.agendaChanged.connect(self.refresh)
        signals.pollsChanged.connect(self.refresh)
        self.refresh()
        if self.model.rows:
            self.select_item(self.model.rows[0].item_id)

    # --- showing ------------------------------------------------------------------------

    def refresh(self) -> None:
        file = self.context.file
        workshop = file.load_workshop()
        items = file.items()
        selected = self.selected_item_id()
        rows = [
            AgendaRow(s, len(file.polls(s.item.id or 0)))
            for s in schedule(items, workshop.start_time, workshop.date)
        ]
        self.model.set_rows(rows)
        self.heading.setText(workshop.title)
        when = (
            QLocale().toString(
                QDate(workshop.date.year, workshop.date.month, workshop.date.day),
                "dddd d MMMM yyyy",
            )
            if workshop.date
            else self.tr("No date set")
        )
        parts = [when, self.tr("starts {time}").format(time=f"{workshop.start_time:%H:%M}")]
        if workshop.venue:
            parts.append(workshop.venue)
        if workshop.facilitators:
            parts.append(
                self.tr("Facilitators: {names}").format(names=", ".join(workshop.facilitators))
            )
        self.details.setText(" · ".join(parts))
        minutes = total_minutes(items)
        end = planned_end(items, workshop.start_time, workshop.date)
        hours, mins = divmod(minutes, 60)
        duration = (
            self.tr("{hours} h {minutes} min").format(hours=hours, minutes=f"{mins:02d}")
            if hours
            else self.tr("{minutes} min").format(minutes=mins)
        )
        self.totals.setText(
            self.tr("%n items · total {duration} · planned end {end}", "", len(items)).format(
                duration=duration, end=f"{end:%H:%M}"
            )
        )
        if selected is not None and self.model.row_of(selected) >= 0:
            self.select_item(selected)
        elif self.model.rows:
            self.select_item(
                self.model.rows[min(self._last_row(), len(self.model.rows) - 1)].item_id
            )
        else:
            self.panel.set_item(None)
        self._update_buttons()

    def _last_row(self) -> int:
        return max(0, getattr(self, "_remembered_row", 0))

    def selected_item_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.rows):
            return None
        return self.model.rows[index.row()].item_id

    def select_item(self, item_id: int) -> None:
        row = self.model.row_of(item_id)
        if row < 0:
            return
        index = self.model.index(row, AgendaModel.TITLE)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self._selection_changed()

    def _selection_changed(self) -> None:
        item_id = self.selected_item_id()
        if item_id is not None:
            self._remembered_row = self.model.row_of(item_id)
        item = self.context.file.item(item_id) if item_id is not None else None
        if item is None:
            self.panel.set_item(None)
        elif self.panel.item is None or self.panel.item != item:
            self.panel.set_item(item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        writable = not self.context.read_only
        row = self.table.currentIndex().row() if self.table.currentIndex().isValid() else -1
        has = row >= 0
        self.add_button.setEnabled(writable)
        self.details_button.setEnabled(writable)
        self.duplicate_button.setEnabled(writable and has)
        self.delete_button.setEnabled(writable and has)
        self.up_button.setEnabled(writable and row > 0)
        self.down_button.setEnabled(writable and has and row < len(self.model.rows) - 1)
        self.table.setDragEnabled(writable)

    # --- editing ------------------------------------------------------------------------

    def add_item(self) -> int | None:
        if self.context.read_only:
            return None
        self.panel.commit_fields()
        selected = self.selected_item_id()
        position = self.model.row_of(selected) + 1 if selected is not None else None
        command = AddItemCommand(self.context, AgendaItem(title=self.tr("New item")), position)
        self.context.undo_stack.push(command)
        if command.item_id is not None:
            self.select_item(command.item_id)
            self.panel.title_edit.setFocus()
            self.panel.title_edit.selectAll()
        return command.item_id

    def duplicate_item(self) -> int | None:
        item_id = self.selected_item_id()
        if item_id is None or self.context.read_only:
            return None
        self.panel.commit_fields()
        command = duplicate_item_command(self.context, item_id)
        self.context.undo_stack.push(command)
        if command.item_id is not None:
            self.select_item(command.item_id)
        return command.item_id

    def delete_item(self) -> None:
        item_id = self.selected_item_id()
        if item_id is None or self.context.read_only:
            return
        file = self.context.file
        responses = sum(ResponsesRepo(file).count(p.id or 0) for p in file.polls(item_id))
        if responses and not self.prompter.confirm(
            self.tr("Delete an item whose polls have answers?"),
            self.tr(
                "The polls of this item have %n answers, counting every session "
                "(rehearsals too). They are deleted with it and undo does not bring them back.",
                "",
                responses,
            ),
            self.tr("Delete"),
        ):
            return
        self.context.undo_stack.push(DeleteItemCommand(self.context, item_id))

    def move_selected(self, delta: int) -> None:
        item_id = self.selected_item_id()
        if item_id is None:
            return
        self.move_item(item_id, self.model.row_of(item_id) + delta)

    def move_item(self, item_id: int, new_position: int) -> None:
        old = self.model.row_of(item_id)
        if self.context.read_only or old < 0:
            return
        new_position = max(0, min(new_position, len(self.model.rows) - 1))
        if new_position == old:
            return
        self.panel.commit_fields()
        self.context.undo_stack.push(MoveItemCommand(self.context, item_id, old, new_position))
        self.select_item(item_id)

    def edit_details(self) -> None:
        if self.context.read_only:
            return
        before = self.context.file.load_workshop()
        after = self.run_workshop_dialog(copy.deepcopy(before), self)
        if after is not None and after != before:
            self.context.undo_stack.push(EditWorkshopCommand(self.context, before, after))
