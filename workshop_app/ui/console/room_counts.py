"""The console's panel for the part of the room that does not answer by phone.

People present at the current item (a spin box; a warning when the poll has more
answers than that); for the current poll, counts per option or per scale value from a
source (show of hands, paper ballots, sticky dots), ballots typed one by one (a ranking,
an open answer, several options), and one answer entered for someone without a phone.
Every change is an undoable command (Edit › Undo, Ctrl+Z) and is in the file at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.channels import (
    COUNTED_CHANNELS,
    COUNTED_TYPES,
    MAX_COUNT,
    Channel,
    offline_value,
    typed_answer,
)
from workshop_app.domain.polls import InvalidAnswer, Poll, PollType
from workshop_app.store.offline_repo import HeadcountsRepo, OfflineAnswersRepo
from workshop_app.ui.channel_labels import channel_label, split_text
from workshop_app.ui.console.count_commands import SetCountCommand, SetHeadcountCommand
from workshop_app.ui.run.controller import RunController
from workshop_app.ui.run.steps import StepKind
from workshop_app.ui.run_session.view_model import RunSessionViewModel

WARNING_STYLE = "color: #8e1b1b; font-weight: bold;"
CELLS_HEIGHT = 190  # about five rows; more scroll


class RoomCountsPanel(QGroupBox):
    def __init__(
        self,
        controller: RunController,
        session: RunSessionViewModel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Counted in the room"))
        self.controller = controller
        self.context = controller.context
        self.session = session
        self._poll: Poll | None = None
        self._item_id: int | None = None
        self._cells: list[tuple[QSpinBox, Any]] = []  # spin box, the answer it counts
        self._rows: list[tuple[QLabel, QSpinBox]] = []  # every row made so far

        self.people = QSpinBox(self)
        self.people.setRange(0, MAX_COUNT)
        self.people.setSpecialValueText(self.tr("not counted"))
        self.people.setAccessibleName(self.tr("People present at this item"))
        self.people.setKeyboardTracking(False)  # one change per committed number, not per key
        self.people.valueChanged.connect(self._people_changed)
        self.warning = QLabel(self)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.setVisible(False)
        self.split = QLabel(self)
        self.split.setTextFormat(Qt.TextFormat.PlainText)
        self.split.setWordWrap(True)
        self.split.setAccessibleName(self.tr("Answers by channel"))
        self.split_on_presenter = QCheckBox(self.tr("Show the split on the presenter"), self)
        self.split_on_presenter.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.split_on_presenter.toggled.connect(session.show_split_to_room)

        self.source = QComboBox(self)
        self.source.setAccessibleName(self.tr("Counted from"))
        for channel in COUNTED_CHANNELS:
            self.source.addItem(channel_label(channel), channel.value)
        self.source.currentIndexChanged.connect(self._show_counts)
        self.cells = QFormLayout()
        self.ballot = QLineEdit(self)
        self.ballot.setAccessibleName(self.tr("One answer, as on the ballot"))
        self.ballot.returnPressed.connect(self._add_ballot)
        self.add_ballot = QPushButton(self.tr("Add ballot"), self)
        self.add_ballot.clicked.connect(self._add_ballot)
        self.add_proxy = QPushButton(self.tr("Enter for someone without a phone"), self)
        self.add_proxy.setToolTip(
            self.tr("Counted once; the minutes only say how many answers you entered")
        )
        self.add_proxy.clicked.connect(self._add_proxy)
        for button in (self.add_ballot, self.add_proxy):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the clicker filter
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)

        people_row = QFormLayout()
        people_row.addRow(self.tr("People present:"), self.people)
        self.poll_part = QWidget(self)
        poll_layout = QVBoxLayout(self.poll_part)
        poll_layout.setContentsMargins(0, 0, 0, 0)
        source_row = QFormLayout()
        source_row.addRow(self.tr("Counted from:"), self.source)
        poll_layout.addLayout(source_row)
        # The rows scroll within a fixed height: a long list of options does not stretch
        # the console (nor resize its window in the middle of a session).
        self.cells_area = QScrollArea(self.poll_part)
        self.cells_area.setWidgetResizable(True)
        self.cells_area.setFrameShape(QFrame.Shape.NoFrame)
        self.cells_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Always there, so the width of the rows does not change between polls.
        self.cells_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.cells_area.setFixedHeight(CELLS_HEIGHT)
        self.cells_widget = QWidget(self.cells_area)
        self.cells_widget.setLayout(self.cells)
        self.cells_area.setWidget(self.cells_widget)
        poll_layout.addWidget(self.cells_area)
        poll_layout.addWidget(self.ballot)
        ballot_buttons = QHBoxLayout()
        ballot_buttons.addWidget(self.add_ballot)
        ballot_buttons.addWidget(self.add_proxy)
        poll_layout.addLayout(ballot_buttons)
        poll_layout.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.addLayout(people_row)
        layout.addWidget(self.warning)
        layout.addWidget(self.split)
        layout.addWidget(self.split_on_presenter)
        layout.addWidget(self.poll_part)

        session.stage_changed.connect(self.refresh)
        session.poll_results_changed.connect(self._results_changed)
        self.context.signals.countsChanged.connect(self._counts_changed)
        # The rows the agenda's polls need are made once, right after the console opens,
        # rather than in the middle of the session when a longer poll comes up.
        QTimer.singleShot(0, self, self._make_rows_ahead)

    # --- showing ------------------------------------------------------------------------

    def refresh(self) -> None:
        """The step changed: rebuild the cells for the current poll, reread the counts."""
        session = self.session
        item = session.item
        self._item_id = item.id if item is not None else None
        step = session.step
        poll = session.poll if step is not None and step.kind != StepKind.INTRO else None
        if poll is not None and poll.type not in COUNTED_TYPES:
            poll = None  # an idea wall or a dot vote takes its answers on the phones only
        if _shape(poll) != _shape(self._poll):
            # Another poll (or its options changed): new cells. Otherwise keep the
            # widgets, so a count being typed is not lost to a refresh.
            self.message.clear()
            self.ballot.clear()
            self._build_cells(poll)
        self._poll = poll
        self.setVisible(item is not None)
        self.poll_part.setVisible(poll is not None)
        self._show_people()
        self._show_counts()
        self._show_split()

    def _build_cells(self, poll: Poll | None) -> None:
        # Rows are made once and reused from poll to poll (hidden when not needed): no
        # widgets made and deleted at every step.
        self._cells = []
        labels = _rows_of(poll) if poll is not None else []
        while len(self._rows) < len(labels):
            self._add_row()
        for index, (label, spin) in enumerate(self._rows):
            shown = index < len(labels)
            self.cells.setRowVisible(index, shown)
            if shown:
                text, value = labels[index]
                label.setText(text)
                spin.setAccessibleName(self.tr("Count for {answer}").format(answer=text))
                self._cells.append((spin, value))
        if poll is not None:
            self.ballot.setPlaceholderText(self._ballot_hint(poll))

    def _make_rows_ahead(self) -> None:
        if not self.controller.running:
            return
        needed = [len(_rows_of(poll)) for poll in self.context.file.polls()]
        while len(self._rows) < max(needed, default=0):
            self._add_row()
            self.cells.setRowVisible(len(self._rows) - 1, False)
        for label, spin in self._rows:
            label.ensurePolished()  # the style's work now, not when the row first shows
            spin.ensurePolished()

    def _add_row(self) -> None:
        spin = QSpinBox(self.cells_widget)
        spin.setRange(0, MAX_COUNT)
        spin.setKeyboardTracking(False)  # one change per committed number, not per key
        spin.valueChanged.connect(self._cell_changed)
        label = QLabel(self.cells_widget)
        label.setTextFormat(Qt.TextFormat.PlainText)
        self.cells.addRow(label, spin)
        label.show()  # added to a panel that may already be on screen
        spin.show()
        self._rows.append((label, spin))

    def _ballot_hint(self, poll: Poll) -> str:
        hints = {
            PollType.SINGLE_CHOICE: self.tr("Option number, e.g. 2"),
            PollType.MULTIPLE_CHOICE: self.tr("Option numbers, e.g. 1 3"),
            PollType.SCALE: self.tr("A value of the scale, e.g. 4"),
            PollType.RANKING: self.tr("Options in order, first choice first, e.g. 2 1 3"),
            PollType.OPEN_TEXT: self.tr("The answer as written"),
        }
        return hints[poll.type]

    def _channel(self) -> Channel:
        return Channel(self.source.currentData())

    def _show_counts(self) -> None:
        poll = self._poll
        if poll is None or poll.id is None:
            return
        repo = OfflineAnswersRepo(self.context.file)
        channel = self._channel()
        for spin, value in self._cells:
            spin.blockSignals(True)
            spin.setValue(repo.count_of(poll.id, channel, value))
            spin.blockSignals(False)

    def _show_people(self) -> None:
        people = HeadcountsRepo(self.context.file).people(self._item_id) if self._item_id else None
        self.people.blockSignals(True)
        self.people.setValue(people or 0)
        self.people.blockSignals(False)

    def _show_split(self) -> None:
        """The split by channel and the headcount check (no file read: the 10 Hz path)."""
        poll = self._poll
        combined = self.session.channel_tally(poll.id) if poll is not None else None
        self.split.setText(split_text(combined) if combined is not None else "")
        self.split.setVisible(combined is not None)
        tally = self.session.tally(poll.id) if poll is not None else None
        people = self.session.people_present
        over = tally is not None and people is not None and tally.responses > people
        if over and tally is not None:
            self.warning.setText(
                self.tr("{answers} answers but {people} people present: check the counts").format(
                    answers=tally.responses, people=people
                )
            )
        self.warning.setVisible(over)

    def _results_changed(self, poll_id: int) -> None:
        if self._poll is not None and self._poll.id == poll_id:
            self._show_split()

    def _counts_changed(self) -> None:
        # After an edit here, an undo, or the note-taker page: the file says what is true.
        if not self.controller.running:
            return
        self._show_counts()
        self._show_people()
        self._show_split()

    # --- editing ------------------------------------------------------------------------

    def _cell_changed(self, count: int) -> None:
        poll = self._poll
        spin = self.sender()
        if poll is None or poll.id is None or not isinstance(spin, QSpinBox):
            return
        value = next(v for s, v in self._cells if s is spin)
        channel = self._channel()
        before = OfflineAnswersRepo(self.context.file).count_of(poll.id, channel, value)
        if before != count:
            self.context.undo_stack.push(
                SetCountCommand(self.context, poll.id, channel, value, before, count)
            )

    def _people_changed(self, people: int) -> None:
        if self._item_id is None:
            return
        before = HeadcountsRepo(self.context.file).people(self._item_id)
        after = people or None
        if before != after:
            self.context.undo_stack.push(
                SetHeadcountCommand(self.context, self._item_id, before, after)
            )

    def _add_ballot(self) -> None:
        self._add_typed(self._channel())

    def _add_proxy(self) -> None:
        self._add_typed(Channel.PROXY)

    def _add_typed(self, channel: Channel) -> None:
        poll = self._poll
        if poll is None or poll.id is None:
            return
        try:
            value = typed_answer(poll, self.ballot.text())
        except InvalidAnswer:
            self.message.setText(
                self.tr("That is not an answer to this poll.") + " " + self._ballot_hint(poll)
            )
            return
        before = OfflineAnswersRepo(self.context.file).count_of(poll.id, channel, value)
        text = (
            self.tr("Enter an answer for someone")
            if channel == Channel.PROXY
            else self.tr("Add a ballot")
        )
        self.context.undo_stack.push(
            SetCountCommand(
                self.context, poll.id, channel, value, before, before + 1, text, mergeable=False
            )
        )
        self.ballot.clear()
        self.message.setText(
            self.tr("Entered for someone without a phone.")
            if channel == Channel.PROXY
            else self.tr("Ballot added.")
        )


def _shape(poll: Poll | None) -> tuple[Any, ...] | None:
    """What the cells are built from."""
    if poll is None:
        return None
    settings = poll.settings
    return (poll.id, poll.type, tuple(poll.options), settings.scale_min, settings.scale_max)


def _rows_of(poll: Poll) -> list[tuple[str, Any]]:
    """(label, answer) of each count a poll takes: its options, or its scale's values."""
    if poll.type in (PollType.SINGLE_CHOICE, PollType.MULTIPLE_CHOICE):
        return [
            (f"{number}. {option}", offline_value(poll, number - 1))
            for number, option in enumerate(poll.options, start=1)
        ]
    if poll.type == PollType.SCALE:
        settings = poll.settings
        return [(str(v), v) for v in range(settings.scale_min, settings.scale_max + 1)]
    return []
