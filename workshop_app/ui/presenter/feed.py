"""Keeps the presenter window in step with run mode: item, timer, join code, results."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from workshop_app.domain.polls import Poll, PollState, Tally
from workshop_app.settings_registry import WIFI_NAME, WIFI_PASSWORD, read_workshop
from workshop_app.store.responses_repo import ResponsesRepo
from workshop_app.ui.presenter.window import PresenterWindow
from workshop_app.ui.run.controller import RunController
from workshop_app.ui.run.steps import StepKind


class PresenterFeed(QObject):
    def __init__(
        self,
        controller: RunController,
        window: PresenterWindow,
        preview: Callable[[Poll | None, Tally | None, str], None] | None = None,
    ) -> None:
        super().__init__(window)
        self.controller = controller
        self.window = window
        self.preview = preview  # the console's copy of the results
        controller.stepChanged.connect(self.update)
        controller.snapshotChanged.connect(self.update)
        controller.context.signals.workshopChanged.connect(self.update)

    def update(self) -> None:
        controller, window = self.controller, self.window
        file = controller.file
        window.set_workshop_title(file.load_workshop().title)
        live = controller.live
        window.set_join(
            live.join_url(),
            live.room_code(),
            "" if live.available else self.tr("Live polling not available"),
        )
        window.set_wifi(read_workshop(file, WIFI_NAME), read_workshop(file, WIFI_PASSWORD))
        item = controller.current_item()
        window.set_item(item.title if item else "")
        self.tick()
        step = controller.step
        poll = controller.current_poll()
        if step is None or step.kind == StepKind.INTRO or poll is None:
            window.set_poll(None, None, connected=self._connected())
            if self.preview is not None:
                self.preview(None, None, "")
            return
        hidden = (
            step.kind == StepKind.POLL_OPEN
            and poll.settings.results_hidden
            and poll.state == PollState.OPEN
        )
        if step.kind == StepKind.RESULTS:
            status = self.tr("Results")
        elif live.available:
            status = self.tr("Poll open: answer on your phone · room code {code}").format(
                code=live.room_code() or ""
            )
        else:
            status = self.tr("Poll open")
        tally = self._tally(poll.id)
        window.set_poll(poll, tally, hidden=hidden, connected=self._connected(), status=status)
        if self.preview is not None:
            # The facilitator always sees the results, also while the room does not.
            self.preview(poll, tally, "")

    def tick(self) -> None:
        self.window.set_timer(self.controller.item_timer())

    def _connected(self) -> int | None:
        live = self.controller.live
        return self.controller.snapshot.connected if live.available else None

    def _tally(self, poll_id: int | None) -> Tally | None:
        if poll_id is None:
            return None
        snapshot = self.controller.snapshot.tallies.get(poll_id)
        if snapshot is not None:
            return snapshot
        poll = self.controller.file.poll(poll_id)
        # Answers already in the file (an earlier session, or a resumed one) are real.
        return ResponsesRepo(self.controller.file).tally(poll) if poll else None
