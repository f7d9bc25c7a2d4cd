"""The notes pane: quick entry against the current agenda item, a draft that survives a
crash, the list with search and filters, edit and delete with undo."""

from __future__ import annotations

import copy
from datetime import date

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QListView, QWidget

from workshop_app.domain.notes import ActionStatus, Note, NoteKind
from workshop_app.domain.session import minutes_since
from workshop_app.store.errors import WorkshopFileError
from workshop_app.store.notes_repo import NotesRepo
from workshop_app.store.sessions_repo import SessionsRepo
from workshop_app.ui.context import WorkshopContext
from workshop_app.ui.forms.ui_notes_pane import Ui_NotesPane
from workshop_app.ui.labels import note_kind_label
from workshop_app.ui.notes.commands import AddNote, DeleteNote, EditNote
from workshop_app.ui.notes.draft import SAVE_DELAY_MS, Draft
from workshop_app.ui.notes.model import NOTE_ROLE, NotesModel
from workshop_app.ui.notes.note_delegate import NoteDelegate
from workshop_app.ui.notes.note_dialog import NoteDialog
from workshop_app.ui.sessions.shown import shown_sessions
from workshop_app.ui.shortcuts import Shortcut, register
from workshop_app.ui.tr_noop import QT_TRANSLATE_NOOP

KINDS = list(NoteKind)
# One literal per kind, so lupdate sees each; a new kind without one fails at import.
_KIND_SHORTCUTS = {
    NoteKind.NOTE: QT_TRANSLATE_NOOP("Shortcuts", "Note kind: Note"),
    NoteKind.DECISION: QT_TRANSLATE_NOOP("Shortcuts", "Note kind: Decision"),
    NoteKind.ACTION: QT_TRANSLATE_NOOP("Shortcuts", "Note kind: Action item"),
    NoteKind.QUESTION: QT_TRANSLATE_NOOP("Shortcuts", "Note kind: Question"),
    NoteKind.QUOTE: QT_TRANSLATE_NOOP("Shortcuts", "Note kind: Quote"),
}
NOTES_PANE = QT_TRANSLATE_NOOP("Shortcuts", "Notes pane")
register(
    Shortcut(
        "Ctrl+Shift+N",
        QT_TRANSLATE_NOOP("Shortcuts", "Put the cursor in the note entry"),
        QT_TRANSLATE_NOOP("Shortcuts", "Anywhere"),
    ),
    *(
        Shortcut(f"Ctrl+{n}", _KIND_SHORTCUTS[kind], NOTES_PANE)
        for n, kind in enumerate(KINDS, start=1)
    ),
    Shortcut(
        "Enter",
        QT_TRANSLATE_NOOP("Shortcuts", "Add the typed note"),
        QT_TRANSLATE_NOOP("Shortcuts", "Note entry"),
    ),
    Shortcut(
        "Delete",
        QT_TRANSLATE_NOOP("Shortcuts", "Delete the selected note"),
        QT_TRANSLATE_NOOP("Shortcuts", "Notes list"),
    ),
)
ALL = "all"
CURRENT = "current"


class NotesPane(QWidget):
    def __init__(self, context: WorkshopContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_NotesPane()
        self.ui.setupUi(self)
        self.model = NotesModel()
        self.ui.notesList.setModel(self.model)
        # Each note an entry: kind badge, time and item, text, an action's fields.
        self.ui.notesList.setItemDelegate(NoteDelegate(self.ui.notesList))
        self.ui.notesList.setResizeMode(QListView.ResizeMode.Adjust)
        self.ui.notesList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.ui.draftLabel.setVisible(False)
        self.current_item_id: int | None = None
        self.pinned_item = False  # the note-taker chose an item by hand
        # Combo boxes keep the enum's text value (Qt turns a str enum into a plain str).
        for kind in KINDS:
            self.ui.kindCombo.addItem(note_kind_label(kind), kind.value)
        self.ui.kindFilter.addItem(self.tr("All kinds"), "")
        for kind in KINDS:
            self.ui.kindFilter.addItem(note_kind_label(kind), kind.value)
        self.ui.scopeFilter.addItem(self.tr("All items"), ALL)
        self.ui.scopeFilter.addItem(self.tr("This item"), CURRENT)
        self.setMinimumWidth(260)
        self.ui.dueEdit.setDate(QDate.currentDate())
        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(SAVE_DELAY_MS)
        self.draft_timer.timeout.connect(self.save_draft)
        self._connect()
        self._fill_items()
        self._restore_draft()
        self._kind_changed()
        self.refresh()

    def _connect(self) -> None:
        ui = self.ui
        ui.entry.returnPressed.connect(self.add_from_entry)
        ui.addButton.clicked.connect(self.add_from_entry)
        ui.entry.textChanged.connect(self._typed)
        ui.ownerEdit.textChanged.connect(self._typed)
        ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        ui.itemCombo.activated.connect(self._item_chosen)
        ui.searchEdit.textChanged.connect(self.refresh)
        ui.kindFilter.currentIndexChanged.connect(self.refresh)
        ui.scopeFilter.currentIndexChanged.connect(self.refresh)
        ui.notesList.doubleClicked.connect(self._edit_index)
        ui.editButton.clicked.connect(self.edit_selected)
        ui.deleteButton.clicked.connect(self.delete_selected)
        signals = self.context.signals
        signals.notesChanged.connect(self.refresh)
        signals.sessionChanged.connect(self.refresh)
        signals.agendaChanged.connect(self._fill_items)
        signals.pollsChanged.connect(self._fill_polls)
        signals.currentItemChanged.connect(self.follow_item)
        for n, _kind in enumerate(KINDS, start=1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{n}"), self)
            shortcut.setObjectName(f"shortcutNoteKind{n}")
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda index=n - 1: self.ui.kindCombo.setCurrentIndex(index))
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.ui.notesList)
        delete.setObjectName("shortcutDeleteNote")
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)

    # --- the agenda item the note belongs to -----------------------------------------------

    def _fill_items(self) -> None:
        combo = self.ui.itemCombo
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("(no item)"), None)
        for item in self.context.file.items():
            combo.addItem(item.title, item.id)
        index = combo.findData(chosen if chosen is not None else self.current_item_id)
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)
        self._fill_polls()

    def _fill_polls(self) -> None:
        combo = self.ui.pollCombo
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("(no poll)"), None)
        item_id = self.ui.itemCombo.currentData()
        polls = self.context.file.polls(item_id) if item_id is not None else []
        for poll in polls:
            combo.addItem(poll.question, poll.id)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    def select_item(self, item_id: int | None) -> None:
        """The agenda editor's selection: outside run mode, new notes go there."""
        if self.current_item_id is None and not self.pinned_item:
            self.ui.itemCombo.setCurrentIndex(max(0, self.ui.itemCombo.findData(item_id)))
            self._fill_polls()
            self.refresh()

    def follow_item(self, item_id: int) -> None:
        """Run mode moved on: new notes go to that item unless one was chosen by hand."""
        self.current_item_id = item_id if item_id >= 0 else None
        if not self.pinned_item:
            self.ui.itemCombo.setCurrentIndex(max(0, self.ui.itemCombo.findData(item_id)))
            self._fill_polls()
        self.refresh()

    def _item_chosen(self, _index: int) -> None:
        self.pinned_item = self.ui.itemCombo.currentData() != self.current_item_id
        self._fill_polls()
        self.refresh()

    # --- entry ---------------------------------------------------------------------------

    def focus_entry(self) -> None:
        self.ui.entry.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.entry.selectAll()

    def kind(self) -> NoteKind:
        return NoteKind(self.ui.kindCombo.currentData())

    def _kind_changed(self) -> None:
        is_action = self.kind() == NoteKind.ACTION
        for widget in (self.ui.ownerLabel, self.ui.ownerEdit, self.ui.dueCheck, self.ui.dueEdit):
            widget.setVisible(is_action)
        self._typed()

    def add_from_entry(self) -> Note | None:
        text = self.ui.entry.text().strip()
        if not text:
            return None
        now = self.context.clock.now()
        session = SessionsRepo(self.context.file).live()
        minutes = None if session is None else minutes_since(session.started_at, now)
        kind = self.kind()
        qdate = self.ui.dueEdit.date()
        note = Note(
            kind=kind,
            text=text,
            item_id=self.ui.itemCombo.currentData(),
            created_at=now,
            session_minutes=minutes,
            action_owner=self.ui.ownerEdit.text().strip() if kind == NoteKind.ACTION else "",
            action_due=date(qdate.year(), qdate.month(), qdate.day())
            if kind == NoteKind.ACTION and self.ui.dueCheck.isChecked()
            else None,
            action_status=ActionStatus.OPEN,
            poll_id=self.ui.pollCombo.currentData(),
        )
        command = AddNote(self.context, note)
        self.context.undo_stack.push(command)
        self.ui.entry.clear()
        self.ui.ownerEdit.clear()
        self.ui.dueCheck.setChecked(False)
        self.save_draft()  # the typed text is now a note: the draft is empty again
        return command.note

    def _typed(self) -> None:
        if self.context.read_only:
            return
        self.draft_timer.start()  # saved within SAVE_DELAY_MS of the last keystroke

    def save_draft(self) -> None:
        self.draft_timer.stop()
        if self.context.read_only:
            return
        try:
            Draft(self.ui.entry.text(), self.kind().value, self.ui.ownerEdit.text()).save(
                self.context.file
            )
        except WorkshopFileError as err:  # a full disk must not cost the typing: say so
            self.ui.draftLabel.setText(
                self.tr("The note being typed is not saved yet: {error}").format(error=err)
            )
            self.ui.draftLabel.setVisible(True)

    def shutdown(self) -> None:
        """Save what is being typed and stop the timer, before the file closes."""
        self.save_draft()
        self.draft_timer.stop()

    def _restore_draft(self) -> None:
        draft = Draft.load(self.context.file)
        if not draft.text and not draft.owner:
            return
        self.ui.entry.setText(draft.text)
        self.ui.ownerEdit.setText(draft.owner)
        if draft.kind in NoteKind._value2member_map_:
            self.ui.kindCombo.setCurrentIndex(KINDS.index(NoteKind(draft.kind)))
        self.ui.draftLabel.setText(
            self.tr("Restored the note you were typing when the app last closed.")
        )
        self.ui.draftLabel.setVisible(True)

    # --- list, search, edit --------------------------------------------------------------

    def refresh(self) -> None:
        repo = NotesRepo(self.context.file)
        kind = (
            NoteKind(self.ui.kindFilter.currentData()) if self.ui.kindFilter.currentData() else None
        )
        scope_all = self.ui.scopeFilter.currentData() == ALL
        item_id = None if scope_all else self.ui.itemCombo.currentData()
        query = self.ui.searchEdit.text()
        sessions = shown_sessions(self.context)  # Session › Sessions… chooses
        if scope_all or item_id is not None:
            notes = repo.search(query, item_id=item_id, kind=kind, sessions=sessions)
        else:
            notes = [
                n for n in repo.search(query, kind=kind, sessions=sessions) if n.item_id is None
            ]
        titles = {i.id: i.title for i in self.context.file.items() if i.id is not None}
        self.model.set_notes(notes, titles, show_items=scope_all)
        self.ui.notesList.scrollToBottom()

    def selected_note(self) -> Note | None:
        index = self.ui.notesList.currentIndex()
        return index.data(NOTE_ROLE) if index.isValid() else None

    def _edit_index(self, index: QModelIndex) -> None:
        self.ui.notesList.setCurrentIndex(index)
        self.edit_selected()

    def edit_selected(self, dialog: NoteDialog | None = None) -> bool:
        note = self.selected_note()
        if note is None or self.context.read_only:
            return False
        if dialog is None:
            dialog = NoteDialog(note, self.context.file.items(), self.context.file.polls(), self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        after = dialog.result_note()
        after.updated_at = self.context.clock.now()
        self.context.undo_stack.push(EditNote(self.context, copy.deepcopy(note), after))
        return True

    def delete_selected(self) -> bool:
        note = self.selected_note()
        if note is None or self.context.read_only:
            return False
        self.context.undo_stack.push(DeleteNote(self.context, note))
        return True
