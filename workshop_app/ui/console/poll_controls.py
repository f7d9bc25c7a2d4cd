"""The facilitator's controls for the current poll, on the laptop only (never on the LAN):
hide or show results, reset the poll, and hide single open-text answers (moderation)."""

from __future__ import annotations

import hashlib
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.bidi_text import isolated
from workshop_app.domain.polls import Poll, PollState, PollType
from workshop_app.store.offline_repo import OfflineAnswersRepo
from workshop_app.store.responses_repo import ResponsesRepo
from workshop_app.ui.prompter import Prompter
from workshop_app.ui.run.controller import RunController
from workshop_app.ui.run_session.view_model import RunSessionViewModel

RESPONSE_ID_ROLE = Qt.ItemDataRole.UserRole


class PollControls(QGroupBox):
    def __init__(
        self,
        controller: RunController,
        session: RunSessionViewModel,
        prompter: Prompter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Current poll"))
        self.controller = controller
        self.session = session
        self.prompter = prompter
        self.results_button = QPushButton(self)
        self.reset_button = QPushButton(self.tr("Reset poll…"), self)
        for button in (self.results_button, self.reset_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the clicker filter
        self.moderation_label = QLabel(
            self.tr("Answers shown to the room (untick to hide one):"), self
        )
        self.moderation_label.setTextFormat(Qt.TextFormat.PlainText)
        self.moderation_label.setWordWrap(True)
        self.answers = QListWidget(self)
        self.answers.setAccessibleName(self.tr("Open-text answers: untick to hide from the room"))
        self.answers.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.answers.itemChanged.connect(self._answer_toggled)
        buttons = QHBoxLayout()
        buttons.addWidget(self.results_button)
        buttons.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.moderation_label)
        layout.addWidget(self.answers, 1)
        self.results_button.clicked.connect(self.toggle_results)
        self.reset_button.clicked.connect(self.reset)
        session.stage_changed.connect(self.refresh)
        session.poll_results_changed.connect(self._results_changed)
        self._shown_ids: list[int] = []
        self.refresh()

    def poll(self) -> Poll | None:
        return self.session.poll

    def _results_changed(self, poll_id: int) -> None:
        # Only an open-text poll lists answers here; only then is the file read again.
        poll = self.poll()
        if poll is not None and poll.id == poll_id and poll.type == PollType.OPEN_TEXT:
            self._fill_answers(poll)

    def refresh(self) -> None:
        poll = self.poll()
        self.setVisible(poll is not None)
        if poll is None:
            return
        hidden = poll.settings.results_hidden
        self.results_button.setText(
            self.tr("Show results to the room")
            if hidden
            else self.tr("Hide results until the poll closes")
        )
        is_text = poll.type == PollType.OPEN_TEXT
        self.moderation_label.setVisible(is_text)
        self.answers.setVisible(is_text)
        if is_text:
            self._fill_answers(poll)

    def _fill_answers(self, poll: Poll) -> None:
        assert poll.id is not None
        # Not in arrival order: whoever glimpses this screen cannot tell who typed what
        # from who just put their phone down.
        rows = sorted(
            ResponsesRepo(self.controller.file).rows(poll.id, self._this_run()), key=_text_order
        )
        ids = [row[0] for row in rows]
        states = [row[2] for row in rows]
        if ids == self._shown_ids and states == self._shown_states():
            return  # nothing new: keep the list (and its scroll position) as it is
        self.answers.blockSignals(True)
        self.answers.clear()
        for response_id, value, is_hidden in rows:
            # Plain text (QListWidgetItem never parses markup), isolated (no bidi override).
            entry = QListWidgetItem(isolated(str(value)))
            entry.setData(RESPONSE_ID_ROLE, response_id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked if is_hidden else Qt.CheckState.Checked)
            self.answers.addItem(entry)
        self._shown_ids = ids
        self.answers.blockSignals(False)

    def _shown_states(self) -> list[bool]:
        return [
            self.answers.item(i).checkState() == Qt.CheckState.Unchecked
            for i in range(self.answers.count())
        ]

    def toggle_results(self) -> None:
        poll = self.poll()
        if poll is None:
            return
        settings = replace(poll.settings, results_hidden=not poll.settings.results_hidden)
        self.controller.file.update_poll(replace(poll, settings=settings))
        if poll.state == PollState.OPEN and poll.id is not None:
            self.controller.live.open_poll(poll.id)  # the server re-reads it: phones are told
        self.controller.context.signals.pollsChanged.emit()
        self.controller.stepChanged.emit()

    def reset(self) -> bool:
        poll = self.poll()
        if poll is None or poll.id is None:
            return False
        file = self.controller.file
        this_run = self._this_run()
        counted = sum(a.count for a in OfflineAnswersRepo(file).all(poll.id, this_run))
        # Phones and the room's counts (hands, paper, proxy), of this run.
        count = ResponsesRepo(file).count(poll.id, this_run) + counted
        if not self.prompter.confirm(
            self.tr("Reset this poll?"),
            self.tr(
                "This deletes all %n answers to “{question}”. It cannot be undone.", "", count
            ).format(question=poll.question),
            self.tr("Delete the answers"),
        ):
            return False
        live = self.controller.live
        if live.available:
            live.reset_poll(poll.id)
        else:
            ResponsesRepo(self.controller.file).delete_all(poll.id, self._this_run())
        if counted:
            OfflineAnswersRepo(file).delete_poll(poll.id, self._this_run())
            self.controller.context.signals.countsChanged.emit()
        self._shown_ids = []
        self.controller.stepChanged.emit()
        return True

    def _this_run(self) -> list[int] | None:
        """The running session: what the console shows and resets is this run's only."""
        session = self.controller.session
        return [session.id] if session is not None and session.id is not None else None

    def _answer_toggled(self, entry: QListWidgetItem) -> None:
        response_id = int(entry.data(RESPONSE_ID_ROLE))
        hidden = entry.checkState() == Qt.CheckState.Unchecked
        live = self.controller.live
        if live.available:
            live.set_answer_hidden(response_id, hidden)
        else:
            ResponsesRepo(self.controller.file).set_hidden(response_id, hidden)


def _text_order(row: tuple[int, object, bool]) -> str:
    return hashlib.sha256(str(row[1]).encode("utf-8")).hexdigest()
