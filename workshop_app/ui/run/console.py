"""The facilitator's console in run mode: where we are, the timers, private notes,
every step to jump to, and the controls a clicker does not have."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
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

from workshop_app.domain.polls import Poll, Tally
from workshop_app.ui.presenter.charts import ResultsChart
from workshop_app.ui.prompter import DialogPrompter, Prompter
from workshop_app.ui.run.controller import RunController
from workshop_app.ui.run.poll_controls import PollControls
from workshop_app.ui.run.steps import Step, StepKind
from workshop_app.ui.run.timer_levels import (
    LEVEL_COLOURS,
    TimerLevel,
    TimerReading,
    format_remaining,
    format_span,
)


def step_label(step: Step, title: str, question: str = "") -> str:
    if step.kind == StepKind.INTRO:
        return title
    if step.kind == StepKind.POLL_OPEN:
        return f"    Poll open: {question}"
    return f"    Results: {question}"


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
        self.setText(f"{prefix}{format_remaining(reading)}")
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
        parent: QWidget | None = None,
        prompter: Prompter | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.poll_controls = PollControls(controller, prompter or DialogPrompter(self), self)
        self.setAccessibleName("Run mode")

        self.live_badge = _label(self, 1.0, bold=True)
        self.live_badge.setWordWrap(False)
        self.live_badge.setText("● LIVE")
        self.live_badge.setStyleSheet(
            "background-color: #c62828; color: #ffffff; border-radius: 4px; padding: 2px 8px;"
        )
        self.workshop_timer = TimerBadge("Workshop time", 1.2, self)
        self.workshop_elapsed = _label(self)
        self.live_status = _label(self)
        self.live_status.setAccessibleName("Live polling")
        top = QHBoxLayout()
        top.addWidget(self.live_badge)
        top.addWidget(self.workshop_elapsed, 1)
        top.addWidget(self.workshop_timer)

        self.item_title = _label(self, 2.2, bold=True)
        self.item_title.setAccessibleName("Current item")
        self.step_text = _label(self, 1.4)
        self.step_text.setAccessibleName("Current step")
        self.item_timer = TimerBadge("Item time", 2.6, self)
        self.item_elapsed = _label(self, 1.1)
        self.goal = _label(self, 1.1)
        self.notes = _label(self, 1.1)
        self.notes.setAccessibleName("Facilitator notes")
        self.notes.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.next_up = _label(self)
        self.presenter_state = _label(self)

        notes_frame = QFrame(self)
        notes_frame.setFrameShape(QFrame.Shape.StyledPanel)
        notes_layout = QVBoxLayout(notes_frame)
        heading = _label(notes_frame, bold=True)
        heading.setText("Facilitator notes (only on this screen)")
        notes_layout.addWidget(heading)
        notes_layout.addWidget(self.goal)
        notes_layout.addWidget(self.notes, 1)

        # What the room sees of the current poll, so the facilitator need not turn around.
        self.preview = ResultsChart(self)
        self.preview.setAccessibleName("Results as the room sees them")
        self.preview.setMinimumHeight(220)
        self.preview_frame = QFrame(self)
        self.preview_frame.setStyleSheet("background-color: #14181f; border-radius: 6px;")
        preview_layout = QVBoxLayout(self.preview_frame)
        preview_layout.addWidget(self.preview)
        self.preview_frame.setVisible(False)

        self.steps_list = QListWidget(self)
        self.steps_list.setAccessibleName("Steps: click one to go there")
        self.steps_list.setToolTip("Click an item or a poll step to go there")
        self.steps_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.steps_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps_list.itemClicked.connect(self._step_clicked)
        self.steps_list.itemActivated.connect(self._step_clicked)

        self.previous_button = QPushButton("◀ Previous (PgUp)", self)
        self.next_button = QPushButton("Next (PgDn) ▶", self)
        self.blank_button = QPushButton("Blank screen (B)", self)
        self.presenter_button = QPushButton("Presenter window", self)
        self.leave_button = QPushButton("Back to editing (Esc)", self)
        self.end_button = QPushButton("End session…", self)
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
        main.setRowStretch(2, 1)
        main.setColumnStretch(0, 1)
        body = QHBoxLayout()
        body.addLayout(main, 3)
        side = QVBoxLayout()
        side_heading = _label(self, bold=True)
        side_heading.setText("Steps")
        side.addWidget(side_heading)
        side.addWidget(self.steps_list, 1)
        side.addWidget(self.poll_controls)
        side.addWidget(self.live_status)
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
        controller.stepChanged.connect(self.refresh)
        controller.snapshotChanged.connect(self.refresh_timers)

    # --- showing ------------------------------------------------------------------------

    def refresh(self) -> None:
        controller = self.controller
        self._fill_steps()
        item = controller.current_item()
        step = controller.step
        poll = controller.current_poll()
        self.item_title.setText(item.title if item else "The agenda is empty")
        if step is None or item is None:
            self.step_text.setText("Add items to the agenda to run it.")
        elif step.kind == StepKind.INTRO:
            self.step_text.setText(f"Introduction · {item.method.label}")
        elif step.kind == StepKind.POLL_OPEN and poll is not None:
            self.step_text.setText(f"Poll open: {poll.question}")
        elif poll is not None:
            self.step_text.setText(f"Results: {poll.question}")
        self.goal.setText(f"Goal: {item.goal}" if item and item.goal else "")
        self.goal.setVisible(bool(item and item.goal))
        self.notes.setText(
            item.facilitator_notes if item and item.facilitator_notes else "No notes for this item."
        )
        following = controller.next_item()
        self.next_up.setText(
            f"Next: {following.title} ({following.planned_minutes} min)"
            if following
            else "Next: end of the agenda"
        )
        self.previous_button.setEnabled(not controller.sequence.at_start)
        self.next_button.setEnabled(not controller.sequence.at_end)
        self.refresh_timers()

    def refresh_timers(self) -> None:
        controller = self.controller
        item_reading = controller.item_timer()
        self.item_timer.show_reading(item_reading)
        item = controller.current_item()
        if item_reading is not None and item is not None:
            self.item_elapsed.setText(
                f"{format_span(item_reading.elapsed)} of {item.planned_minutes} min"
            )
        else:
            self.item_elapsed.setText("")
        workshop_reading = controller.workshop_timer()
        self.workshop_timer.show_reading(workshop_reading, "Workshop: ")
        if workshop_reading is not None:
            planned = int(workshop_reading.planned.total_seconds() // 60)
            self.workshop_elapsed.setText(
                f"Running {format_span(workshop_reading.elapsed)} of {planned} min planned"
            )
        live = controller.live
        if not live.available:
            self.live_status.setText(live.unavailable_reason)
        else:
            snapshot = controller.snapshot
            url = live.join_url() or ""
            code = live.room_code() or ""
            text = f"Join: {url}  ·  room code {code}\n{snapshot.connected} phones connected"
            poll = controller.current_poll()
            if poll is not None and poll.id in snapshot.tallies:
                text += f" · {snapshot.tallies[poll.id].responses} responses"
            self.live_status.setText(text)

    def show_preview(self, poll: Poll | None, tally: Tally | None, message: str = "") -> None:
        self.preview_frame.setVisible(poll is not None)
        self.preview.show_results(poll, tally, message)

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
