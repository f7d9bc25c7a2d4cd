"""Runs a session: moves through the steps, records actual times and poll states in the
file, and tells the live server which poll is open."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QObject, Signal

from workshop_app.domain.polls import Poll, PollState
from workshop_app.domain.session import Session
from workshop_app.domain.workshop import AgendaItem
from workshop_app.store.session_times_repo import SessionTimesRepo
from workshop_app.store.sessions_repo import SessionsRepo
from workshop_app.ui.context import WorkshopContext
from workshop_app.ui.run.live_port import LivePolling, LiveSnapshot
from workshop_app.ui.run.steps import Step, StepKind, StepSequence, build_steps

STEP_KEY = "run.step"


class RunController(QObject):
    stepChanged = Signal()
    snapshotChanged = Signal()
    sessionEnded = Signal()

    def __init__(
        self, context: WorkshopContext, live: LivePolling, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.live = live
        self.session: Session | None = None
        self.tokens_left_in_journal = False  # the last end() could not purge the -wal yet
        self.sequence = StepSequence([])
        self.snapshot = LiveSnapshot()
        self._item_id: int | None = None
        context.signals.agendaChanged.connect(self._agenda_changed)
        context.signals.pollsChanged.connect(self._agenda_changed)

    @property
    def file(self):  # type: ignore[no-untyped-def]
        return self.context.file

    def now(self) -> datetime:
        return self.context.clock.now()

    # --- session ------------------------------------------------------------------------

    def start(self, *, rehearsal: bool = False) -> Session:
        """Start a new session (a rehearsal when asked), or carry on with the live one."""
        repo = SessionsRepo(self.file)
        session = repo.live()
        resumed = session is not None
        if session is None:
            session = repo.start(self.now(), rehearsal=rehearsal, polls_to_draft=True)
        self.session = session
        self.sequence = StepSequence(self._build_steps())
        if resumed:
            index = self.sequence.find_key(str(self.file.get_value(STEP_KEY, "")))
            if index >= 0:
                self.sequence.index = index
        self.live.set_listener(self._snapshot_arrived)
        self.live.start(session)
        self.context.signals.sessionChanged.emit()
        self._enter(self.sequence.current)
        return session

    def end(self) -> None:
        """End the session: close the open poll, record the ends, stop the server."""
        if self.session is None:
            return
        now = self.now()
        self._close_open_polls(except_poll=None)
        if self._item_id is not None:
            self._set_item_end(self._item_id, now)
        assert self.session.id is not None
        # Stop the server first, so no vote lands after the device tokens are deleted.
        self.live.set_listener(None)
        self.live.stop(session_ended=True)
        sessions = SessionsRepo(self.file)
        sessions.end(self.session.id, now)
        self.tokens_left_in_journal = not sessions.journal_purged
        self.file.set_value(STEP_KEY, "")
        self.session = None
        self._item_id = None
        self.context.signals.agendaChanged.emit()
        self.context.signals.sessionChanged.emit()
        self.context.signals.currentItemChanged.emit(-1)
        self.sessionEnded.emit()

    def suspend(self) -> None:
        """Stop the server but keep the session live in the file (quit and resume later)."""
        self.live.set_listener(None)
        self.live.stop()
        self.session = None

    def detach(self) -> None:
        """Leave run mode without ending: the session stays live in the file."""
        self.live.set_listener(None)

    # --- moving -------------------------------------------------------------------------

    def next(self) -> bool:
        return self._move(self.sequence.next())

    def previous(self) -> bool:
        return self._move(self.sequence.previous())

    def jump(self, index: int) -> bool:
        return self._move(self.sequence.jump(index))

    def _move(self, moved: bool) -> bool:
        if moved and self.session is not None:
            self._enter(self.sequence.current)
        return moved

    def _enter(self, step: Step | None) -> None:
        if step is None:
            self.stepChanged.emit()
            return
        now = self.now()
        if step.kind == StepKind.POLL_OPEN and step.poll_id is not None:
            # Phones first: the server starts its fan-out while the file is written and
            # the screens are redrawn, not after (the file says OPEN a moment later).
            self.live.open_poll(step.poll_id)
        if step.item_id != self._item_id:
            if self._item_id is not None:
                self._set_item_end(self._item_id, now)
            item = self.file.item(step.item_id)
            if item is not None:
                # An item first entered in this session starts now; one re-entered keeps
                # its start. Times from an earlier session are replaced.
                start = aware_time(item.actual_start)
                if start is None or (self.session and start < _session_start(self.session)):
                    start = now
                self.file.update_item(replace(item, actual_start=start, actual_end=None))
                if self.session is not None and self.session.id is not None:
                    SessionTimesRepo(self.file).entered(self.session.id, step.item_id, now)
            self._item_id = step.item_id
            self.context.signals.currentItemChanged.emit(step.item_id)
        if step.kind == StepKind.POLL_OPEN and step.poll_id is not None:
            self._close_open_polls(except_poll=step.poll_id)
            self._open_poll(step.poll_id, now)
        else:
            self._close_open_polls(except_poll=None)
        self.file.set_value(STEP_KEY, step.key())
        self.context.signals.agendaChanged.emit()
        self.stepChanged.emit()

    def _set_item_end(self, item_id: int, now: datetime) -> None:
        item = self.file.item(item_id)
        if item is not None and item.actual_start is not None:
            self.file.update_item(replace(item, actual_end=now))
        if self.session is not None and self.session.id is not None:
            SessionTimesRepo(self.file).left(self.session.id, item_id, now)

    def _open_poll(self, poll_id: int, now: datetime) -> None:
        poll = self.file.poll(poll_id)
        if poll is None:
            return
        if poll.state != PollState.OPEN:
            self.file.update_poll(
                replace(poll, state=PollState.OPEN, opened_at=poll.opened_at or now, closed_at=None)
            )

    def _close_open_polls(self, except_poll: int | None) -> None:
        now = self.now()
        for poll in self.file.polls():
            if poll.state == PollState.OPEN and poll.id != except_poll:
                self.file.update_poll(replace(poll, state=PollState.CLOSED, closed_at=now))
                assert poll.id is not None
                self.live.close_poll(poll.id)

    def _build_steps(self) -> list[Step]:
        items = self.file.items()
        return build_steps(items, {i.id: self.file.polls(i.id) for i in items if i.id})

    def _agenda_changed(self) -> None:
        if self.session is None:
            return
        steps = self._build_steps()
        if steps != self.sequence.steps:
            self.sequence.replace_steps(steps)
            self.stepChanged.emit()

    def _snapshot_arrived(self, snapshot: LiveSnapshot) -> None:
        # Kept as it came; the run-session view model says what changed in it.
        self.snapshot = snapshot
        self.snapshotChanged.emit()

    # --- what the views show ------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.session is not None

    @property
    def step(self) -> Step | None:
        return self.sequence.current

    def current_item(self) -> AgendaItem | None:
        step = self.step
        return self.file.item(step.item_id) if step else None

    def current_poll(self) -> Poll | None:
        step = self.step
        return self.file.poll(step.poll_id) if step and step.poll_id else None

    def next_item(self) -> AgendaItem | None:
        step = self.step
        if step is None:
            return None
        for later in self.sequence.steps[self.sequence.index + 1 :]:
            if later.item_id != step.item_id:
                return self.file.item(later.item_id)
        return None


def aware_time(value: datetime | None) -> datetime | None:
    """Times written without a zone are local times."""
    if value is None or value.tzinfo is not None:
        return value
    return value.astimezone()


def _session_start(session: Session) -> datetime:
    started = aware_time(session.started_at)
    assert started is not None
    return started
