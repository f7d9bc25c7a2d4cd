"""Moderating an idea wall from the console: a filterable list of every idea, most votes
first, and one key per decision so hundreds of ideas are handled from the keyboard:

  A  approve (show on the wall)      H  hide / show again
  R  mark answered / not answered    P  pin to the presenter / unpin
  M  merge the selected duplicates into the current idea (their votes combine, once
     per phone)
  E  edit the current idea's text (a name or a phone number out, a typo fixed); the
     room sees it marked edited
  U  unmerge the current idea (a merged duplicate, listed under "All, merged ones
     too"): it is its own idea again with the upvotes it brought

Up and Down move through the list (also from the filter field); Shift or Ctrl select
several for a merge. The run-mode keys (PageUp/PageDown, Space, arrows left and right,
B, Esc) keep working: none of these keys is theirs.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.ideas import IdeaRow, IdeaState, UnmergeRefusal, wall_counts
from workshop_app.domain.polls import Poll, PollType
from workshop_app.live.idea_moderation import Moderation, ModerationKind
from workshop_app.ui.ideas.edit_dialog import IdeaEditDialog
from workshop_app.ui.ideas.idea_model import (
    ID_ROLE,
    TEXT,
    VOTES,
    IdeaFilter,
    IdeaFilterProxy,
    IdeaListModel,
)
from workshop_app.ui.ideas.moderator import IdeaModerator
from workshop_app.ui.ideas.prioritise import prioritise
from workshop_app.ui.run.controller import RunController
from workshop_app.ui.run.steps import StepKind
from workshop_app.ui.run_session.view_model import RunSessionViewModel

_KEYS = {
    Qt.Key.Key_A: "approve",
    Qt.Key.Key_H: "hide",
    Qt.Key.Key_R: "answered",
    Qt.Key.Key_P: "pin",
    Qt.Key.Key_M: "merge",
    Qt.Key.Key_E: "edit",
    Qt.Key.Key_U: "unmerge",
}


class IdeaModerationPanel(QWidget):
    def __init__(
        self, controller: RunController, session: RunSessionViewModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.controller = controller
        self.moderator = IdeaModerator(controller, session)
        self.poll: Poll | None = None
        self.edit_dialog: IdeaEditDialog | None = None  # open while the facilitator edits
        self._editing = 0  # the wall of the idea being edited
        self.setAccessibleName(self.tr("Idea wall moderation"))

        self.heading = QLabel(self.tr("Ideas from the room"), self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.counts = QLabel(self)
        self.counts.setTextFormat(Qt.TextFormat.PlainText)
        self.counts.setAccessibleName(self.tr("Idea counts"))
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter ideas…"))
        self.filter_edit.setAccessibleName(self.tr("Filter ideas by their text"))
        self.filter_edit.setClearButtonEnabled(True)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setAccessibleName(self.tr("Which ideas to list"))
        for kind, label in (
            (IdeaFilter.OPEN, self.tr("On the wall or waiting")),
            (IdeaFilter.WAITING, self.tr("Waiting for approval")),
            (IdeaFilter.SHOWN, self.tr("Shown")),
            (IdeaFilter.HIDDEN, self.tr("Hidden")),
            (IdeaFilter.ANSWERED, self.tr("Answered")),
            (IdeaFilter.ALL, self.tr("All, merged ones too")),
        ):
            self.kind_combo.addItem(label, kind.value)

        self.model = IdeaListModel(self)
        self.proxy = IdeaFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(
            self.tr("Ideas: A approve, H hide, R answered, P pin, M merge, U unmerge, E edit")
        )
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(VOTES, Qt.SortOrder.DescendingOrder)
        self.view.setWordWrap(True)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(VOTES, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        # Sized from the rows on screen only: with every row (Qt measures up to 1,000),
        # each upvote that moves an idea re-measured the whole list on the GUI thread.
        header.setResizeContentsPrecision(0)
        self.view.installEventFilter(self)
        self.filter_edit.installEventFilter(self)

        self.buttons: dict[str, QPushButton] = {}
        # Two rows, so that the console stays as narrow as before in longer languages:
        # the decisions on an idea, then merging (beside the next step, prioritising).
        row = QHBoxLayout()
        next_row = QHBoxLayout()
        for name, label, into in (
            ("approve", self.tr("Approve (A)"), row),
            ("hide", self.tr("Hide / show (H)"), row),
            ("answered", self.tr("Answered (R)"), row),
            ("pin", self.tr("Pin (P)"), row),
            ("edit", self.tr("Edit… (E)"), row),
            ("merge", self.tr("Merge (M)"), next_row),
            ("unmerge", self.tr("Unmerge (U)"), next_row),
        ):
            button = QPushButton(label, self)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the list
            button.clicked.connect(lambda _checked=False, n=name: self.act(n))
            self.buttons[name] = button
            into.addWidget(button)
        next_row.addSpacing(12)
        # The usual next step: the top ideas into a dot vote, right after the wall.
        self.top_spin = QSpinBox(self)
        self.top_spin.setRange(2, 10)
        self.top_spin.setValue(5)
        self.top_spin.setAccessibleName(self.tr("How many top ideas to prioritise"))
        self.prioritise_button = QPushButton(self.tr("Prioritise the top ideas with dots"), self)
        self.prioritise_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.prioritise_button.clicked.connect(self._prioritise)
        next_row.addWidget(QLabel(self.tr("Top:"), self))
        next_row.addWidget(self.top_spin)
        next_row.addWidget(self.prioritise_button, 1)
        self.feedback = QLabel(self)
        self.feedback.setTextFormat(Qt.TextFormat.PlainText)
        self.feedback.setWordWrap(True)
        self.feedback.setAccessibleName(self.tr("Moderation message"))

        filters = QHBoxLayout()
        filters.addWidget(self.filter_edit, 2)
        filters.addWidget(self.kind_combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.counts, 1)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        layout.addLayout(next_row)
        layout.addWidget(self.feedback)

        self.filter_edit.textChanged.connect(self._filter_changed)
        self.kind_combo.currentIndexChanged.connect(self._filter_changed)
        session.stage_changed.connect(self.refresh)
        session.ideas_changed.connect(self._ideas_changed)
        self.setVisible(False)

    # --- following the session ------------------------------------------------------------

    def refresh(self) -> None:
        session = self.session
        poll = session.poll
        step = session.step
        shown = (
            poll is not None
            and poll.type == PollType.IDEA_WALL
            and step is not None
            and step.kind != StepKind.INTRO
        )
        if not shown:
            self.poll = None
            self.setVisible(False)
            return
        assert poll is not None
        if self.poll is None or self.poll.id != poll.id:
            self.model.set_rows([])
            self.feedback.clear()
        self.poll = poll
        self.setVisible(True)
        self._show(session.ideas(poll.id))

    def _ideas_changed(self, poll_id: int) -> None:
        if self.poll is not None and self.poll.id == poll_id:
            self._show(self.session.ideas(poll_id))

    def _show(self, rows: tuple[IdeaRow, ...]) -> None:
        self.model.set_rows(rows)
        counts = wall_counts(list(rows))
        self.counts.setText(
            self.tr("{ideas} ideas · {waiting} waiting · {hidden} hidden · {merged} merged").format(
                ideas=counts.ideas,
                waiting=counts.pending,
                hidden=counts.hidden,
                merged=counts.merged,
            )
        )
        if self.view.currentIndex().row() < 0 and self.proxy.rowCount() > 0:
            self.view.setCurrentIndex(self.proxy.index(0, TEXT))

    def _filter_changed(self) -> None:
        self.proxy.set_filter(IdeaFilter(self.kind_combo.currentData()), self.filter_edit.text())
        if self.view.currentIndex().row() < 0 and self.proxy.rowCount() > 0:
            self.view.setCurrentIndex(self.proxy.index(0, TEXT))

    # --- keys -------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        key = Qt.Key(event.key())
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if watched is self.filter_edit and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.view.setFocus()  # from the filter straight into the list
            if self.view.currentIndex().row() < 0 and self.proxy.rowCount() > 0:
                self.view.setCurrentIndex(self.proxy.index(0, TEXT))
            return True
        if watched is self.view and plain and key in _KEYS:
            self.act(_KEYS[key])
            return True
        return False

    def _prioritise(self) -> None:
        poll = self.poll
        if poll is None or poll.id is None:
            return
        added = prioritise(
            self.controller.context, poll, self.session.ideas(poll.id), self.top_spin.value()
        )
        if added is None:
            self.feedback.setText(self.tr("The wall needs at least two ideas on it first."))
            return
        self.feedback.setText(
            self.tr(
                "Dot vote added after the wall with the top %n ideas (Ctrl+Z undoes it).",
                "",
                len(added.options),
            )
        )

    # --- decisions --------------------------------------------------------------------------

    def _unmerge(self, poll_id: int, idea: IdeaRow) -> None:
        refusal = self.moderator.unmerge_refusal(idea.id)
        if refusal is not None:
            self.feedback.setText(self._unmerge_refused(*refusal))
            return
        self.moderator.apply(Moderation(poll_id, ModerationKind.UNMERGE, idea.id))
        self.feedback.setText(
            self.tr("Unmerged: the idea is on its own again, with the upvotes it brought.")
        )

    def _unmerge_refused(self, why: UnmergeRefusal, first: int | None) -> str:
        if why == UnmergeRefusal.NOT_MERGED:
            return self.tr(
                'Choose a merged idea (list "All, merged ones too"), then press U to unmerge it.'
            )
        if why == UnmergeRefusal.NOT_RECORDED:
            return self.tr(
                "This idea was merged by an earlier version of the app, which did not record "
                "which upvotes it brought: it cannot be unmerged."
            )
        row = self.model.row_by_id(first) if first is not None else None
        return self.tr(
            "This idea came along when “{idea}” was merged: unmerge “{idea}” first."
        ).format(idea=row.text if row is not None else f"#{first}")

    def _edit(self, poll_id: int, idea: IdeaRow) -> None:
        """Open the edit dialog on the current idea (window-modal: the session's own
        timers and the room keep running while the facilitator types)."""
        dialog = IdeaEditDialog(idea, self)
        self.edit_dialog = dialog
        self._editing = poll_id
        # A bound method, not a closure holding the dialog: no reference cycle through a
        # widget is left for the collector (which may run off the GUI thread).
        dialog.finished.connect(self._edit_finished)
        dialog.open()

    def _edit_finished(self, result: int) -> None:
        dialog, self.edit_dialog = self.edit_dialog, None
        if dialog is None:
            return
        dialog.deleteLater()
        # The keys go back to the list, for the next decision.
        self.window().activateWindow()
        self.view.setFocus()
        if result != QDialog.DialogCode.Accepted.value:
            return
        if dialog.new_text is None:
            self.feedback.setText(self.tr("The text is unchanged."))
            return
        self.moderator.apply(
            Moderation(self._editing, ModerationKind.EDIT, dialog.idea.id, text=dialog.new_text)
        )
        self.feedback.setText(self.tr("Idea edited: the room sees it marked as edited."))

    def current(self) -> IdeaRow | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_by_id(int(index.data(ID_ROLE)))

    def selected(self) -> list[IdeaRow]:
        ids = {int(i.data(ID_ROLE)) for i in self.view.selectionModel().selectedRows()}
        current = self.current()
        if current is not None:
            ids.add(current.id)
        return [row for i in sorted(ids) if (row := self.model.row_by_id(i)) is not None]

    def act(self, name: str) -> None:
        poll, current = self.poll, self.current()
        if poll is None or poll.id is None or current is None:
            self.feedback.setText(self.tr("Choose an idea in the list first."))
            return
        pid = poll.id
        if name == "edit":
            self._edit(pid, current)
            return
        if name == "unmerge":
            self._unmerge(pid, current)
            return
        chosen = [row for row in self.selected() if row.merged_into is None]
        changes: list[Moderation] = []
        if name == "approve":
            changes = [
                Moderation(pid, ModerationKind.STATE, r.id, IdeaState.SHOWN)
                for r in chosen
                if r.state != IdeaState.SHOWN
            ]
            message = self.tr("%n ideas approved.", "", len(changes))
        elif name == "hide":
            hide = not all(r.state == IdeaState.HIDDEN for r in chosen)
            state = IdeaState.HIDDEN if hide else IdeaState.SHOWN
            changes = [Moderation(pid, ModerationKind.STATE, r.id, state) for r in chosen]
            message = (
                self.tr("%n ideas hidden.", "", len(changes))
                if hide
                else self.tr("%n ideas shown again.", "", len(changes))
            )
        elif name == "answered":
            answered = not all(r.answered for r in chosen)
            changes = [
                Moderation(pid, ModerationKind.ANSWERED, r.id, flag=answered) for r in chosen
            ]
            message = self.tr("Marked answered.") if answered else self.tr("Marked not answered.")
        elif name == "pin":
            target = None if current.pinned else current.id
            changes = [Moderation(pid, ModerationKind.PIN, target)]
            message = (
                self.tr("Pinned to the presenter screen.")
                if target is not None
                else self.tr("Unpinned.")
            )
        else:
            sources = tuple(r.id for r in chosen if r.id != current.id)
            if not sources or current.merged_into is not None:
                self.feedback.setText(
                    self.tr(
                        "Select the duplicates together with the idea to keep (the current "
                        "one), then press M."
                    )
                )
                return
            changes = [Moderation(pid, ModerationKind.MERGE, current.id, sources=sources)]
            message = self.tr("%n duplicates merged into the current idea.", "", len(sources))
        for change in changes:
            self.moderator.apply(change)
        self.feedback.setText(message)
        if name == "merge":  # the duplicates leave the list: keep only the kept one chosen
            self.view.selectionModel().select(
                self.view.currentIndex(),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
