"""Run mode's live polling through the real embedded server.

The server runs in its own thread; it pushes each (throttled) snapshot's arrival to the
LiveBridge, which hands the same ``LiveSnapshot`` to the controller in the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from workshop_app.domain.session import Session
from workshop_app.live.idea_moderation import Moderation, log_failure
from workshop_app.live.network import default_route_address
from workshop_app.live.server import LiveConfig, LiveServer, LiveServerError
from workshop_app.live.snapshot import LiveSnapshot
from workshop_app.live.tokens import new_notetaker_token
from workshop_app.settings_registry import DEFAULT_PORT, MIN_GROUP_SIZE, read_workshop
from workshop_app.store.sessions_repo import SessionsRepo
from workshop_app.ui.context import WorkshopContext
from workshop_app.ui.run.live_bridge import LiveBridge
from workshop_app.ui.run.live_port import LiveError
from workshop_app.ui.run.wait_painting import wait_painting


class ServerLivePolling(QObject):
    """Owns the bridge (a QObject child) that brings snapshots into the GUI thread."""

    available = True
    unavailable_reason = ""

    def __init__(
        self,
        context: WorkshopContext,
        host: str | None = None,
        port: int = DEFAULT_PORT,
        config_overrides: dict[str, object] | None = None,
    ) -> None:
        super().__init__()
        self.context = context
        self.host = host
        self.port = port
        self.config_overrides = config_overrides or {}
        self.server: LiveServer | None = None
        self.bridge = LiveBridge(parent=self)
        self.bridge.snapshot.connect(self._snapshot)
        self._listener: Callable[[LiveSnapshot], None] | None = None
        self._session_id: int | None = None
        self._notes_revision = 0
        self._counts_revision = 0
        self._current_item: int | None = None
        context.signals.currentItemChanged.connect(self._item_changed)

    def start(self, session: Session) -> None:
        if self.server is not None and self.server.running:
            return
        assert session.id is not None
        workshop = self.context.file.load_workshop()
        resuming = bool(session.join_token)
        host = self.host or (session.host if resuming and session.host else None)
        config = LiveConfig(
            host=host or default_route_address(),
            # A resumed session asks for its old port first, so the printed QR still works.
            port=session.port if resuming and session.port else self.port,
            join_token=session.join_token or None,
            room_code=session.room_code or None,
            notetaker_token=session.notetaker_token or None,
            title=workshop.title,
            language=workshop.language,
            languages=tuple(workshop.languages),
            min_group=read_workshop(self.context.file, MIN_GROUP_SIZE),
        )
        for name, value in self.config_overrides.items():
            setattr(config, name, value)
        server = LiveServer(
            self.context.file.path, session.id, config, self.bridge.notify, self.context.clock
        )
        try:
            server.start()
        except LiveServerError as err:
            raise LiveError(str(err)) from err
        self.server = server
        self._session_id = session.id
        self._notes_revision = 0
        self._counts_revision = 0
        if self._current_item is not None:
            server.set_current_item(self._current_item)
        self.bridge.start(lambda: server.latest)
        assert server.port is not None
        SessionsRepo(self.context.file).set_join(
            session.id, server.join_token, server.room_code, server.host, server.port
        )

    def stop(self, *, session_ended: bool = False) -> None:
        # Snapshots still queued for the GUI thread are dropped: their listener may be gone.
        self._listener = None
        self.bridge.stop()
        if self.server is not None:
            self.server.stop(session_ended=session_ended, wait=wait_painting)
            self.server = None

    def join_url(self) -> str | None:
        return self.server.join_url if self.server and self.server.running else None

    def room_code(self) -> str | None:
        return self.server.room_code if self.server and self.server.running else None

    def open_poll(self, poll_id: int) -> None:
        if self.server is not None:
            self.server.open_poll(poll_id)

    def close_poll(self, poll_id: int) -> None:
        if self.server is not None:
            self.server.close_poll(poll_id)

    def reset_poll(self, poll_id: int) -> None:
        if self.server is not None:
            self.server.reset_poll(poll_id)

    def set_answer_hidden(self, response_id: int, hidden: bool) -> None:
        if self.server is not None:
            self.server.set_answer_hidden(response_id, hidden)

    def moderate_ideas(self, change: Moderation) -> bool:
        """Hand idea moderation to the server when it holds that wall (never waiting for
        it); False: the caller changes the file itself."""
        server = self.server
        if server is None or not server.running or change.poll_id not in server.room.walls:
            return False
        server.moderate_ideas(change).add_done_callback(log_failure)
        return True

    def set_listener(self, listener: Callable[[LiveSnapshot], None] | None) -> None:
        self._listener = listener

    # --- the note-taker link (never shown on the presenter window) ------------------------

    def notetaker_url(self) -> str | None:
        return self.server.notetaker_url if self.server and self.server.running else None

    def issue_notetaker_link(self) -> str | None:
        """A new secret link; an earlier one stops working. Kept in the file for a resume."""
        if self.server is None or not self.server.running or self._session_id is None:
            return None
        token = new_notetaker_token()
        SessionsRepo(self.context.file).set_notetaker_token(self._session_id, token)
        self.server.set_notetaker_token(token)
        return self.server.notetaker_url

    def revoke_notetaker_link(self) -> None:
        # The server refuses the link first, at once; then the file forgets it.
        if self.server is not None:
            self.server.set_notetaker_token(None)
        if self._session_id is not None:
            SessionsRepo(self.context.file).set_notetaker_token(self._session_id, None)

    def _item_changed(self, item_id: int) -> None:
        self._current_item = item_id if item_id >= 0 else None
        if self.server is not None and self.server.running:
            self.server.set_current_item(self._current_item)

    def _snapshot(self, snapshot: LiveSnapshot) -> None:
        if snapshot.notes_revision != self._notes_revision:
            # The note-taker wrote to the file: the notes views reload from it, once.
            self._notes_revision = snapshot.notes_revision
            self.context.signals.notesChanged.emit()
        if snapshot.counts_revision != self._counts_revision:
            self._counts_revision = snapshot.counts_revision
            self.context.signals.countsChanged.emit()
        if self._listener is not None and self.server is not None:
            self._listener(snapshot)
