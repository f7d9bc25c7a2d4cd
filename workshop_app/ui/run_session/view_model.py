"""What the console and the presenter show of one run session, held in one place.

Two kinds of state, refreshed on two paths:

* the stage (workshop title, join link and room code with their QR image, the Wi-Fi QR,
  the current item, step and poll, the timers' bases) changes rarely: it is read from the
  file, and QR codes are encoded, only when the step, the agenda, the workshop or the
  settings change (``refresh_stage``), then ``stage_changed`` is emitted;
* the room (tallies, phones connected, response counts) changes up to ten times a second:
  each snapshot is compared with the last one and only what differs is announced, as
  ``poll_results_changed(poll_id)`` and ``presence_changed``. That path reads nothing from
  the file and encodes no QR code.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QImage

from workshop_app.domain.agenda_timing import total_minutes
from workshop_app.domain.channels import (
    Channel,
    ChannelTally,
    OfflineAnswer,
    held_to,
    offline_tallies,
    with_channels,
)
from workshop_app.domain.ideas import IdeaRow
from workshop_app.domain.polls import Poll, PollState, PollType, Tally
from workshop_app.domain.small_groups import ShownTally, min_group_of, shown
from workshop_app.domain.timer_levels import TimerReading
from workshop_app.domain.workshop import AgendaItem
from workshop_app.settings_registry import (
    MIN_GROUP_SIZE,
    PRESENTER_SECOND_LANGUAGE,
    WIFI_NAME,
    WIFI_PASSWORD,
    read_workshop,
)
from workshop_app.store.ideas_repo import IdeasRepo
from workshop_app.store.offline_repo import HeadcountsRepo, OfflineAnswersRepo
from workshop_app.store.responses_repo import ResponsesRepo
from workshop_app.ui.run.controller import RunController, aware_time
from workshop_app.ui.run.steps import Step, StepKind
from workshop_app.ui.widgets.qr import qr_image, wifi_payload


@dataclass
class _EncodedQr:
    text: str = ""
    image: QImage | None = None


class RunSessionViewModel(QObject):
    stage_changed = Signal()
    poll_results_changed = Signal(int)  # poll id whose tally changed
    presence_changed = Signal()  # phones connected
    ideas_changed = Signal(int)  # poll id of an idea wall whose ideas changed

    def __init__(self, controller: RunController, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else controller)
        self.controller = controller
        self.qr_encodings = 0  # how often a QR code was encoded (a test holds it to 1)
        # The stage.
        self.workshop_title = ""
        self.languages_shown = ("en", "")
        self.join_url: str | None = None
        self.room_code: str | None = None
        self.wifi_ssid = ""
        self.step: Step | None = None
        self.item: AgendaItem | None = None
        self.poll: Poll | None = None
        self.next_item: AgendaItem | None = None
        self._planned_total = 0  # minutes of the whole agenda
        self._join_qr = _EncodedQr()
        self._wifi_qr = _EncodedQr()
        self._stored_tallies: dict[int, Tally] = {}  # answers already in the file
        # The minimum group size: what the room and the console may see of a tally.
        self._min_group_default = MIN_GROUP_SIZE.default
        self._min_groups: dict[int, int] = {}  # poll id -> its k
        self.revealed: set[int] = set()  # polls whose exact counts the console shows
        # Answers counted in the room or entered by proxy, per poll (with the poll, to
        # combine them with the phones' tally without reading the file on the 10 Hz path),
        # and the current item's headcount. Reread only when counts change.
        self._offline: dict[int, tuple[Poll, dict[Channel, Tally]]] = {}
        self._combined: dict[int, tuple[Tally, ChannelTally]] = {}  # phones' tally → combined
        self.people_present: int | None = None
        self._split_for_room = False  # the console's "show the split on the presenter"
        # The room.
        self._tallies: dict[int, Tally] = {}
        self._walls: dict[int, tuple[IdeaRow, ...]] = {}  # idea walls the server holds
        self._stored_walls: dict[int, tuple[IdeaRow, ...]] = {}  # read from the file
        self._connected = 0
        self.devices_joined = 0  # new device tokens the server handed out
        self.most_devices_from_one_address = 0
        self._stale = False  # a document change waits for its (deferred) refresh
        controller.stepChanged.connect(self.refresh_stage)
        controller.snapshotChanged.connect(self._snapshot_arrived)
        signals = controller.context.signals
        # Every step change also says agendaChanged (times were written): refreshing on
        # both would read the file twice. A document change is refreshed once control
        # returns to the event loop, unless a step change has refreshed the stage first.
        signals.workshopChanged.connect(self._document_changed)
        signals.agendaChanged.connect(self._document_changed)
        signals.pollsChanged.connect(self._document_changed)
        signals.countsChanged.connect(self._counts_changed)

    # --- the stage ----------------------------------------------------------------------

    @property
    def live_available(self) -> bool:
        return bool(self.controller.live.available)

    @property
    def unavailable_reason(self) -> str:
        return str(self.controller.live.unavailable_reason)

    @property
    def join_qr(self) -> QImage | None:
        return self._join_qr.image

    @property
    def wifi_qr(self) -> QImage | None:
        return self._wifi_qr.image

    @property
    def results_hidden_from_room(self) -> bool:
        step, poll = self.step, self.poll
        return (
            step is not None
            and poll is not None
            and step.kind == StepKind.POLL_OPEN
            and poll.settings.results_hidden
            and poll.state == PollState.OPEN
        )

    def _document_changed(self) -> None:
        if not self._stale:
            self._stale = True
            QTimer.singleShot(0, self, self._refresh_if_stale)

    def _refresh_if_stale(self) -> None:
        # A session that ended meanwhile shows nothing more (its file may be closed).
        if self._stale and self.controller.running:
            self.refresh_stage()

    def refresh_stage(self) -> None:
        """Read what rarely changes from the file and the server, then tell the views."""
        self._stale = False
        controller = self.controller
        file = controller.file
        live = controller.live
        workshop = file.load_workshop()
        self.workshop_title = workshop.title
        # (main language, the presenter's second language or "")
        self.languages_shown = (workshop.language, read_workshop(file, PRESENTER_SECOND_LANGUAGE))
        self.join_url = live.join_url()
        self.room_code = live.room_code()
        self._encode(self._join_qr, self.join_url or "")
        self.wifi_ssid = read_workshop(file, WIFI_NAME)
        password = read_workshop(file, WIFI_PASSWORD)
        wifi = wifi_payload(self.wifi_ssid, password) if self.wifi_ssid else ""
        self._encode(self._wifi_qr, wifi)
        self.step = controller.step
        self.item = controller.current_item()
        self.poll = controller.current_poll()
        self.next_item = controller.next_item()
        self._planned_total = total_minutes(file.items())
        self._min_group_default = read_workshop(file, MIN_GROUP_SIZE)
        self._min_groups = {
            p.id: min_group_of(p, self._min_group_default) for p in file.polls() if p.id
        }
        self._stored_tallies = {}
        poll = self.poll
        # Answers already in the file for this session (a resumed one) are real; an
        # earlier session's are not this run's.
        session = controller.session
        sessions = [session.id] if session is not None and session.id is not None else None
        if poll is not None and poll.id is not None and poll.id not in self._tallies:
            self._stored_tallies[poll.id] = ResponsesRepo(file).tally(poll, sessions=sessions)
        self._stored_walls = {}
        if poll is not None and poll.id is not None and poll.type == PollType.IDEA_WALL:
            self._stored_walls[poll.id] = tuple(IdeasRepo(file).rows(poll.id, sessions))
        self._read_counts()
        self.stage_changed.emit()

    def _read_counts(self) -> None:
        file = self.controller.file
        by_poll: dict[int, list[OfflineAnswer]] = {}
        session = self.controller.session  # this run's counts only, as its answers
        sessions = [session.id] if session is not None and session.id is not None else None
        for answer in OfflineAnswersRepo(file).all(sessions=sessions):
            by_poll.setdefault(answer.poll_id, []).append(answer)
        polls = {p.id: p for p in file.polls()} if by_poll else {}
        self._offline = {
            pid: (polls[pid], offline_tallies(polls[pid], rows))
            for pid, rows in by_poll.items()
            if pid in polls
        }
        self._combined = {}
        item = self.item
        self.people_present = (
            HeadcountsRepo(file).people(item.id) if item is not None and item.id else None
        )

    def _counts_changed(self) -> None:
        if not self.controller.running:
            return
        before = set(self._offline)
        self._read_counts()
        for poll_id in sorted(before | set(self._offline)):
            self.poll_results_changed.emit(poll_id)
        self.presence_changed.emit()  # the headcount is shown beside the phones

    def _encode(self, held: _EncodedQr, text: str) -> None:
        if text == held.text:
            return
        held.text = text
        held.image = qr_image(text) if text else None
        if text:
            self.qr_encodings += 1

    # --- the room -----------------------------------------------------------------------

    @property
    def connected(self) -> int | None:
        """Phones connected, or None while live polling is not available."""
        return self._connected if self.live_available else None

    @property
    def live_tallies(self) -> dict[int, Tally]:
        """Tallies the server sent in its last snapshot (polls it has loaded)."""
        return self._tallies

    def min_group(self, poll_id: int) -> int:
        return self._min_groups.get(poll_id, self._min_group_default)

    def tally(self, poll_id: int | None) -> ShownTally | None:
        """What the room may see: the tally as the poll's minimum group size allows."""
        exact = self._exact(poll_id)
        if exact is None or poll_id is None:
            return None
        return shown(exact, self.min_group(poll_id))

    def console_tally(self, poll_id: int | None) -> Tally | None:
        """The console's: exact only for a poll the facilitator chose to reveal."""
        if poll_id is not None and poll_id in self.revealed:
            return self._exact(poll_id)
        return self.tally(poll_id)

    def _exact(self, poll_id: int | None) -> Tally | None:
        if poll_id is None:
            return None
        combined = self.channel_tally(poll_id)
        return combined.total if combined is not None else self._phone_tally(poll_id)

    def channel_tally(self, poll_id: int | None) -> ChannelTally | None:
        """The combined results with their split; None without offline answers."""
        if poll_id is None or poll_id not in self._offline:
            return None
        poll, offline = self._offline[poll_id]
        phones = self._phone_tally(poll_id) or Tally(poll_type=poll.type)
        held = self._combined.get(poll_id)
        if held is None or held[0] is not phones:
            held = (phones, with_channels(poll, phones, offline))
            self._combined[poll_id] = held
        return held[1]

    def split_for_room(self, poll_id: int | None) -> ChannelTally | None:
        """The split the presenter shows, when the facilitator asked for it."""
        combined = self.channel_tally(poll_id) if self._split_for_room else None
        if combined is None or poll_id is None:
            return None
        return held_to(combined, self.min_group(poll_id))  # no channel shows a small group

    def show_split_to_room(self, shown: bool) -> None:
        self._split_for_room = shown
        for poll_id in sorted(self._offline):
            self.poll_results_changed.emit(poll_id)

    def _phone_tally(self, poll_id: int) -> Tally | None:
        return self._tallies.get(poll_id) or self._stored_tallies.get(poll_id)

    def ideas(self, poll_id: int | None) -> tuple[IdeaRow, ...]:
        """Every idea of an idea wall: as the server holds it, or as the file has it."""
        if poll_id is None:
            return ()
        if poll_id in self._walls:
            return self._walls[poll_id]
        return self._stored_walls.get(poll_id, ())

    def reload_stored_ideas(self, poll_id: int) -> None:
        """Moderation changed the file while the server does not hold this wall."""
        session = self.controller.session
        sessions = [session.id] if session is not None and session.id is not None else None
        self._stored_walls[poll_id] = tuple(IdeasRepo(self.controller.file).rows(poll_id, sessions))
        self.ideas_changed.emit(poll_id)

    def _snapshot_arrived(self) -> None:
        snapshot = self.controller.snapshot
        changed = [
            poll_id
            for poll_id, tally in snapshot.tallies.items()
            if self._tallies.get(poll_id) != tally
        ]
        self._tallies = dict(snapshot.tallies)
        presence = (snapshot.connected, snapshot.devices_joined) != (
            self._connected,
            self.devices_joined,
        )
        # A wall's rows are one shared tuple while unchanged: identity says "same".
        walls = [p for p, rows in snapshot.walls.items() if self._walls.get(p) is not rows]
        self._walls = dict(snapshot.walls)
        self._connected = snapshot.connected
        self.devices_joined = snapshot.devices_joined
        self.most_devices_from_one_address = snapshot.most_devices_from_one_address
        for poll_id in changed:
            self.poll_results_changed.emit(poll_id)
        for poll_id in walls:
            self.ideas_changed.emit(poll_id)
        if presence:
            self.presence_changed.emit()

    # --- timers (from the stage and the clock: no file read once a second) -------------

    def item_timer(self) -> TimerReading | None:
        item = self.item
        start = aware_time(item.actual_start) if item is not None else None
        if item is None or start is None:
            return None
        return TimerReading(
            elapsed=self._now() - start, planned=timedelta(minutes=item.planned_minutes)
        )

    def workshop_timer(self) -> TimerReading | None:
        session = self.controller.session
        started = aware_time(session.started_at) if session is not None else None
        if started is None:
            return None
        return TimerReading(
            elapsed=self._now() - started, planned=timedelta(minutes=self._planned_total)
        )

    def _now(self) -> datetime:
        return self.controller.now()
