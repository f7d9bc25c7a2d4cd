"""The facilitator's console in run mode: where we are, the timers, private notes,
every step to jump to, and the controls a clicker does not have."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.polls import PollType
from workshop_app.domain.timer_levels import (
    LEVEL_COLOURS,
    TimerLevel,
    TimerReading,
    format_span,
)
from workshop_app.ui.console.device_warning import stuffing_warning
from workshop_app.ui.console.exact_counts import ExactCountsButton
from workshop_app.ui.console.notetaker_link import NotetakerLinkPanel, NotetakerLinks
from workshop_app.ui.console.poll_controls import PollControls
from workshop_app.ui.console.room_counts import RoomCountsPanel
from workshop_app.ui.ideas.moderation_panel import IdeaModerationPanel
from workshop_app.ui.labels import method_label, remaining_text
from workshop_app.ui.prompter import DialogPrompter, Prompter
from workshop_app.ui.run.controller import RunController
from workshop_app.ui.run.steps import Step, StepKind
from workshop_app.ui.run_session.view_model import RunSessionViewModel
from workshop_app.ui.widgets.results_chart import ResultsChart


def step_label(step: Step, title: str, question: str = "") -> str:
    if step.kind == StepKind.INTRO:
        return title
    if step.kind == StepKind.POLL_OPEN:
        text = QCoreApplication.translate("RunConsole", "Poll open: {question}")
        return "    " + text.format(question=question)
    return "    " + QCoreApplication.translate("RunConsole", "Results: {question}").format(
        question=question
    )


def _label(parent: QWidget, scale: float = 1.0, bold: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    label.setFont(font)
    return label


class TimerBadge(QLabel):
    """A timer whose colours come from its level, not from the theme's palette."""

    def __init__(self, name: str, scale: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(name)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(True)
        self.setFont(font)
        self.level: TimerLevel | None = None

    def show_reading(self, reading: TimerReading | None, prefix: str = "") -> None:
        if reading is None:
            self.level = None
            self.setText(f"{prefix}–")
            self.setStyleSheet("")
            return
        self.level = reading.level
        colours = LEVEL_COLOURS[reading.level]
        self.setText(f"{prefix}{remaining_text(reading)}")
        self.setStyleSheet(
            f"background-color: {colours.background}; color: {colours.foreground};"
            " border-radius: 6px; padding: 6px 14px;"
        )


class RunConsole(QWidget):
    leaveRequested = Signal()
    endRequested = Signal()
    blankRequested = Signal()
    presenterRequested = Signal()

    def __init__(
        self,
        controller: RunController,
        session: RunSessionViewModel,
        parent: QWidget | None = None,
        prompter: Prompter | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.session = session
        prompter = prompter or DialogPrompter(self)
        self.poll_controls = PollControls(controller, session, prompter, self)
        self.setAccessibleName(self.tr("Run mode"))

        self.live_badge = _label(self, 1.0, bold=True)
        self.live_badge.setWordWrap(False)
        self.live_badge.setText(self.tr("● LIVE"))
        self.live_badge.setStyleSheet(
            "background-color: #c62828; color: #ffffff; border-radius: 4px; padding: 2px 8px;"
        )
        self.workshop_timer = TimerBadge(self.tr("Workshop time"), 1.2, self)
        self.workshop_elapsed = _label(self)
        self.live_status = _label(self)
        self.live_status.setAccessibleName(self.tr("Live polling"))
        self.device_warning = _label(self, bold=True)
        self.device_warning.setObjectName("deviceWarning")
        self.device_warning.setStyleSheet("color: #b3261e;")
        self.device_warning.setVisible(False)
        top = QHBoxLayout()
        top.addWidget(self.live_badge)
        top.addWidget(self.workshop_elapsed, 1)
        top.addWidget(self.workshop_timer)

        self.item_title = _label(self, 2.2, bold=True)
        self.item_title.setAccessibleName(self.tr("Current item"))
        self.step_text = _label(self, 1.4)
        self.step_text.setAccessibleName(self.tr("Current step"))
        self.item_timer = TimerBadge(self.tr("Item time"), 2.6, self)
        self.item_elapsed = _label(self, 1.1)
        self.goal = _label(self, 1.1)
        self.notes = _label(self, 1.1)
        self.notes.setAccessibleName(self.tr("Facilitator notes"))
        self.notes.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.next_up = _label(self)
        self.presenter_state = _label(self)

        notes_frame = QFrame(self)
        notes_frame.setFrameShape(QFrame.Shape.StyledPanel)
        notes_layout = QVBoxLayout(notes_frame)
        heading = _label(notes_frame, bold=True)
        heading.setText(self.tr("Facilitator notes (only on this screen)"))
        notes_layout.addWidget(heading)
        notes_layout.addWidget(self.goal)
        notes_layout.addWidget(self.notes, 1)

        # What the room sees of the current poll, so the facilitator need not turn around.
        self.preview = ResultsChart(self)
        self.preview.setAccessibleName(self.tr("Results as the room sees them"))
        self.preview.setMinimumHeight(220)
        self.preview_frame = QFrame(self)
        self.preview_frame.setStyleSheet("background-color: #14181f; border-radius: 6px;")
        preview_layout = QVBoxLayout(self.preview_frame)
        preview_layout.addWidget(self.preview)
        self.exact_counts = ExactCountsButton(controller, session, prompter, self.preview_frame)
        self.exact_counts.revealed.connect(lambda _poll_id: self._show_preview())
        preview_layout.addWidget(self.exact_counts, 0, Qt.AlignmentFlag.AlignRight)
        self.preview_frame.setVisible(False)

        self.steps_list = QListWidget(self)
        self.steps_list.setAccessibleName(self.tr("Steps: click one to go there"))
        self.steps_list.setToolTip(self.tr("Click an item or a poll step to go there"))
        self.steps_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.steps_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps_list.itemClicked.connect(self._step_clicked)
        self.steps_list.itemActivated.connect(self._step_clicked)

        self.previous_button = QPushButton(self.tr("◀ Previous (PgUp)"), self)
        self.next_button = QPushButton(self.tr("Next (PgDn) ▶"), self)
        self.blank_button = QPushButton(self.tr("Blank screen (B)"), self)
        self.presenter_button = QPushButton(self.tr("Presenter window"), self)
        self.leave_button = QPushButton(self.tr("Back to editing (Esc)"), self)
        self.end_button = QPushButton(self.tr("End session…"), self)
        self.end_button.setStyleSheet("color: #ffffff; background-color: #8e1b1b;")
        for button in (
            self.previous_button,
            self.next_button,
            self.blank_button,
            self.presenter_button,
            self.leave_button,
            self.end_button,
        ):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the clicker filter
        buttons = QHBoxLayout()
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.next_button)
        buttons.addSpacing(24)
        buttons.addWidget(self.blank_button)
        buttons.addWidget(self.presenter_button)
        buttons.addStretch(1)
        buttons.addWidget(self.leave_button)
        buttons.addWidget(self.end_button)

        main = QGridLayout()
        main.addWidget(self.item_title, 0, 0)
        main.addWidget(self.item_timer, 0, 1, Qt.AlignmentFlag.AlignRight)
        main.addWidget(self.step_text, 1, 0)
        main.addWidget(self.item_elapsed, 1, 1, Qt.AlignmentFlag.AlignRight)
        main.addWidget(notes_frame, 2, 0, 1, 2)
        main.addWidget(self.preview_frame, 3, 0, 1, 2)
        main.addWidget(self.next_up, 4, 0, 1, 2)
        # An idea wall's moderation (shown only while one is the current poll).
        self.ideas_panel = IdeaModerationPanel(controller, session, self)
        main.addWidget(self.ideas_panel, 5, 0, 1, 2)
        main.setRowStretch(5, 2)
        main.setRowStretch(2, 1)
        main.setColumnStretch(0, 1)
        body = QHBoxLayout()
        body.addLayout(main, 3)
        side = QVBoxLayout()
        side_heading = _label(self, bold=True)
        side_heading.setText(self.tr("Steps"))
        side.addWidget(side_heading)
        side.addWidget(self.steps_list, 1)
        side.addWidget(self.poll_controls)
        self.room_counts = RoomCountsPanel(controller, session, self)
        side.addWidget(self.room_counts)
        side.addWidget(self.live_status)
        side.addWidget(self.device_warning)
        # The note-taker link lives here only: the presenter window never shows it.
        self.notetaker_link: NotetakerLinkPanel | None = None
        if isinstance(controller.live, NotetakerLinks) and controller.live.available:
            self.notetaker_link = NotetakerLinkPanel(controller.live, self)
            side.addWidget(self.notetaker_link)
        side.addWidget(self.presenter_state)
        body.addLayout(side, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)

        self.previous_button.clicked.connect(controller.previous)
        self.next_button.clicked.connect(controller.next)
        self.blank_button.clicked.connect(self.blankRequested)
        self.presenter_button.clicked.connect(self.presenterRequested)
        self.leave_button.clicked.connect(self.leaveRequested)
        self.end_button.clicked.connect(self.endRequested)
        session.stage_changed.connect(self.refresh)
        session.poll_results_changed.connect(self._results_changed)
        session.presence_changed.connect(self._show_live_status)

    # --- showing ------------------------------------------------------------------------

    def refresh(self) -> None:
        """The stage changed (step, agenda, workshop): redraw all of the console."""
        controller, session = self.controller, self.session
        self._fill_steps()
        item, step, poll = session.item, session.step, session.poll
        self.item_title.setText(item.title if item else self.tr("The agenda is empty"))
        if step is None or item is None:
            self.step_text.setText(self.tr("Add items to the agenda to run it."))
        elif step.kind == StepKind.INTRO:
            self.step_text.setText(
                self.tr("Introduction · {method}").format(method=method_label(item.method))
            )
        elif step.kind == StepKind.POLL_OPEN and poll is not None:
            self.step_text.setText(self.tr("Poll open: {question}").format(question=poll.question))
        elif poll is not None:
            self.step_text.setText(self.tr("Results: {question}").format(question=poll.question))
        self.goal.setText(
            self.tr("Goal: {goal}").format(goal=item.goal) if item and item.goal else ""
        )
        self.goal.setVisible(bool(item and item.goal))
        self.notes.setText(
            item.facilitator_notes
            if item and item.facilitator_notes
            else self.tr("No notes for this item.")
        )
        following = session.next_item
        self.next_up.setText(
            self.tr("Next: {title} ({minutes} min)").format(
                title=following.title, minutes=following.planned_minutes
            )
            if following
            else self.tr("Next: end of the agenda")
        )
        self.previous_button.setEnabled(not controller.sequence.at_start)
        self.next_button.setEnabled(not controller.sequence.at_end)
        self._show_preview()
        self._show_live_status()
        self.refresh_timers()

    def refresh_timers(self) -> None:
        """Once a tick: the timers only, from the view model (no file read)."""
        session = self.session
        item_reading = session.item_timer()
        self.item_timer.show_reading(item_reading)
        item = session.item
        if item_reading is not None and item is not None:
            self.item_elapsed.setText(
                self.tr("{elapsed} of {planned} min").format(
                    elapsed=format_span(item_reading.elapsed), planned=item.planned_minutes
                )
            )
        else:
            self.item_elapsed.setText("")
        workshop_reading = session.workshop_timer()
        self.workshop_timer.show_reading(workshop_reading, self.tr("Workshop: "))
        if workshop_reading is not None:
            planned = int(workshop_reading.planned.total_seconds() // 60)
            self.workshop_elapsed.setText(
                self.tr("Running {elapsed} of {planned} min planned").format(
                    elapsed=format_span(workshop_reading.elapsed), planned=planned
                )
            )

    def _results_changed(self, poll_id: int) -> None:
        poll = self.session.poll
        if poll is None or poll.id != poll_id:
            return  # another poll's results: nothing on this screen shows them
        self._show_preview()
        self._show_live_status()

    def _show_live_status(self) -> None:
        session = self.session
        if not session.live_available:
            self.live_status.setText(
                QCoreApplication.translate("LivePolling", session.unavailable_reason)
            )
            return
        text = self.tr("Join: {url}  ·  room code {code}").format(
            url=session.join_url or "", code=session.room_code or ""
        )
        text += "\n" + self.tr("%n phones connected", "", session.connected or 0)
        poll = session.poll
        tally = session.tally(poll.id) if poll is not None else None
        if tally is not None and poll is not None and poll.id in session.live_tallies:
            text += " · " + self.tr("%n responses", "", tally.responses)
        # New device tokens handed out: beside the phones connected, a cookie-dropping
        # script shows as many more devices than people.
        text += " · " + self.tr("%n devices joined", "", session.devices_joined)
        self.live_status.setText(text)
        self.device_warning.setText(stuffing_warning(session.most_devices_from_one_address))
        self.device_warning.setVisible(bool(self.device_warning.text()))

    def _show_preview(self) -> None:
        # What the room sees of the current poll; the facilitator always sees the results.
        poll = self.session.poll
        if self.session.step is None or self.session.step.kind == StepKind.INTRO:
            poll = None
        if poll is not None and poll.type == PollType.IDEA_WALL:
            poll = None  # the moderation panel shows the wall
        self.preview_frame.setVisible(poll is not None)
        tally = self.session.console_tally(poll.id) if poll else None
        self.preview.show_results(poll, tally, "")

    def set_presenter_state(self, text: str) -> None:
        self.presenter_state.setText(text)

    def _fill_steps(self) -> None:
        controller = self.controller
        file = controller.file
        titles = {item.id: item.title for item in file.items()}
        questions = {poll.id: poll.question for poll in file.polls()}
        self.steps_list.blockSignals(True)
        self.steps_list.clear()
        for index, step in enumerate(controller.sequence.steps):
            text = step_label(step, titles.get(step.item_id, "?"), questions.get(step.poll_id, ""))
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, index)
            if step.kind == StepKind.INTRO:
                font = entry.font()
                font.setBold(True)
                entry.setFont(font)
            self.steps_list.addItem(entry)
        if controller.sequence.index >= 0:
            self.steps_list.setCurrentRow(controller.sequence.index)
        self.steps_list.blockSignals(False)

    def _step_clicked(self, entry: QListWidgetItem) -> None:
        self.controller.jump(int(entry.data(Qt.ItemDataRole.UserRole)))
