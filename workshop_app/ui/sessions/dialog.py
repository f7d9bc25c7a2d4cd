"""Session › Sessions…: every run of the workshop, which of them the views show, which are
rehearsals, and discarding one (undoable until the file closes)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.session import SessionState, SessionSummary
from workshop_app.store.sessions_repo import SessionsRepo
from workshop_app.ui.context import WorkshopContext
from workshop_app.ui.prompter import Prompter
from workshop_app.ui.sessions.commands import DiscardSession, MarkRehearsal
from workshop_app.ui.sessions.shown import show_sessions, shown_sessions

SESSION_ID_ROLE = Qt.ItemDataRole.UserRole


def _local(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value.astimezone() if value.tzinfo is not None else value


class SessionsDialog(QDialog):
    def __init__(
        self, context: WorkshopContext, prompter: Prompter, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.prompter = prompter
        self.setWindowTitle(self.tr("Sessions"))
        self.resize(720, 320)
        self.intro = QLabel(
            self.tr(
                "Each session is one run of this workshop. Choose the sessions the agenda "
                "editor, the notes pane, the action items and the minutes show."
            )
        )
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("#"),
                self.tr("Date"),
                self.tr("Times"),
                self.tr("Kind"),
                self.tr("Responses"),
                self.tr("Notes"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.show_button = QPushButton(self.tr("Show Selected"))
        self.show_button.clicked.connect(self.show_selected)
        self.rehearsal_button = QPushButton(self.tr("Mark as Rehearsal"))
        self.rehearsal_button.clicked.connect(self.toggle_rehearsal)
        self.discard_button = QPushButton(self.tr("Discard…"))
        self.discard_button.clicked.connect(self.discard_selected)
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.clicked.connect(self.restore_selected)
        row = QHBoxLayout()
        for button in (
            self.show_button,
            self.rehearsal_button,
            self.discard_button,
            self.restore_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(box)
        self.summaries: list[SessionSummary] = []
        context.signals.sessionChanged.connect(self.reload)
        self.reload()

    # --- the list ------------------------------------------------------------------------

    def reload(self) -> None:
        self.summaries = SessionsRepo(self.context.file).summaries(with_discarded=True)
        shown = set(shown_sessions(self.context) or [])
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.summaries))
        for row, summary in enumerate(self.summaries):
            cells = self._cells(summary)
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(SESSION_ID_ROLE, summary.id)
                if summary.discarded:
                    cell.setForeground(self.palette().placeholderText())
                if summary.id in shown:
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        self.table.blockSignals(False)
        self._update_buttons()

    def _cells(self, s: SessionSummary) -> list[str]:
        start, end = _local(s.started_at), _local(s.ended_at)
        assert start is not None
        times = start.strftime("%H:%M") + "–" + (end.strftime("%H:%M") if end else "")
        if s.state == SessionState.LIVE:
            kind = self.tr("live")
        elif s.discarded:
            kind = self.tr("discarded")
        elif s.rehearsal:
            kind = self.tr("rehearsal")
        else:
            kind = self.tr("session")
        if s.rehearsal and s.state == SessionState.LIVE:
            kind = self.tr("live rehearsal")
        return [
            str(s.number),
            start.strftime("%Y-%m-%d"),
            times,
            kind,
            str(s.responses),
            str(s.notes),
        ]

    def selected(self) -> list[SessionSummary]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.summaries[row] for row in rows if 0 <= row < len(self.summaries)]

    def select_rows(self, rows: list[int]) -> None:
        """Select these rows (by position), as a click with Ctrl would."""
        self.table.clearSelection()
        mode = self.table.selectionMode()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for row in rows:
            self.table.selectRow(row)
        self.table.setSelectionMode(mode)

    def _update_buttons(self) -> None:
        chosen = self.selected()
        kept = [s for s in chosen if not s.discarded]
        writable = not self.context.read_only
        self.show_button.setEnabled(bool(kept))
        ended = [s for s in kept if s.state != SessionState.LIVE]
        self.rehearsal_button.setEnabled(writable and len(kept) == 1)
        if len(kept) == 1 and kept[0].rehearsal:
            self.rehearsal_button.setText(self.tr("Mark as Real Session"))
        else:
            self.rehearsal_button.setText(self.tr("Mark as Rehearsal"))
        self.discard_button.setEnabled(writable and len(ended) == 1 and len(chosen) == 1)
        self.restore_button.setEnabled(writable and len(chosen) == 1 and chosen[0].discarded)

    # --- what the buttons do ---------------------------------------------------------------

    def show_selected(self) -> None:
        ids = [s.id for s in self.selected() if not s.discarded]
        if ids:
            show_sessions(self.context, ids)

    def toggle_rehearsal(self) -> None:
        chosen = [s for s in self.selected() if not s.discarded]
        if len(chosen) != 1:
            return
        s = chosen[0]
        self.context.undo_stack.push(MarkRehearsal(self.context, s.id, s.number, not s.rehearsal))

    def discard_selected(self) -> bool:
        chosen = self.selected()
        if len(chosen) != 1 or chosen[0].discarded or chosen[0].state == SessionState.LIVE:
            return False
        s = chosen[0]
        if not self.prompter.confirm(
            self.tr("Discard this session?"),
            self.tr(
                "Session {number} ({responses} responses, {notes} notes) is left out of "
                "every view and the minutes, and deleted when the workshop is closed. "
                "Until then Edit › Undo or Restore brings it back."
            ).format(number=s.number, responses=s.responses, notes=s.notes),
            self.tr("Discard"),
        ):
            return False
        self.context.undo_stack.push(DiscardSession(self.context, s.id, s.number))
        return True

    def restore_selected(self) -> None:
        chosen = self.selected()
        if len(chosen) == 1 and chosen[0].discarded:
            SessionsRepo(self.context.file).set_discarded(chosen[0].id, False)
            show_sessions(self.context, self.context.shown_session_ids)
