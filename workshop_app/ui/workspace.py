"""The page shown while a workshop is open: the agenda editor, and run mode with its
presenter screen once a session is started (F5)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from workshop_app.store.sessions_repo import SessionsRepo
from workshop_app.ui.agenda.editor import AgendaEditor
from workshop_app.ui.console.console import RunConsole
from workshop_app.ui.context import WorkshopContext
from workshop_app.ui.live_banner import LiveBanner
from workshop_app.ui.presenter.window import PresenterWindow
from workshop_app.ui.prompter import DialogPrompter, Prompter
from workshop_app.ui.run.clicker_keys import ClickerActions, ClickerKeyFilter
from workshop_app.ui.run.controller import RunController
from workshop_app.ui.run.live_port import LiveError, LivePolling
from workshop_app.ui.run_session.view_model import RunSessionViewModel
from workshop_app.ui.widgets.stage_colours import DARK, StageColours

LiveFactory = Callable[[WorkshopContext], LivePolling]
TICK_MS = 500


def default_live_factory(context: WorkshopContext) -> LivePolling:
    """Live polling through the embedded server, on the address and port from settings."""
    from workshop_app.ui.run.live_adapter import ServerLivePolling

    return ServerLivePolling(context)


class Workspace(QWidget):
    runModeChanged = Signal(bool)
    sessionFinished = Signal()  # a session was ended (not suspended): time for the minutes

    def __init__(
        self,
        context: WorkshopContext,
        parent: QWidget | None = None,
        *,
        live_factory: LiveFactory | None = None,
        prompter: Prompter | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.prompter: Prompter = (
            prompter or getattr(parent, "prompter", None) or DialogPrompter(self)
        )
        self.live_factory = live_factory or default_live_factory
        self.editor = AgendaEditor(context, self.prompter, self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.editor)
        # Over the editor while the session stays live outside run mode (after Esc).
        self.live_banner = LiveBanner(self)
        self.live_banner.backRequested.connect(self.start_session)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.live_banner)
        layout.addWidget(self.pages)
        self.runModeChanged.connect(self._show_live_banner)

        self.stage_colours: StageColours = DARK  # the room's colours: presenter, preview
        self.controller: RunController | None = None
        self.console: RunConsole | None = None
        self.presenter: PresenterWindow | None = None
        self.session_view: RunSessionViewModel | None = None
        self.keys: ClickerKeyFilter | None = None
        self._closing = False
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self.tick)

    # --- state --------------------------------------------------------------------------

    @property
    def in_run_mode(self) -> bool:
        return self.console is not None and self.pages.currentWidget() is self.console

    @property
    def session_live(self) -> bool:
        return self.controller is not None and self.controller.running

    def set_stage_colours(self, colours: StageColours) -> None:
        """The look changed: the presenter and the console's preview follow it."""
        self.stage_colours = colours
        if self.presenter is not None:
            self.presenter.set_colours(colours)
        self._colour_preview()

    def _colour_preview(self) -> None:
        if self.console is not None:
            self.console.preview.set_colours(self.stage_colours)
            self.console.preview_frame.setStyleSheet(
                f"background-color: {self.stage_colours.background}; border-radius: 6px;"
            )

    def _show_live_banner(self, in_run_mode: bool) -> None:
        self.live_banner.setVisible(self.session_live and not in_run_mode)

    # --- starting and leaving -----------------------------------------------------------

    def start_rehearsal(self) -> bool:
        """Session › Start as Rehearsal: a new session marked as a trial run (or resume)."""
        return self.start_session(rehearsal=True)

    def start_session(self, rehearsal: bool = False) -> bool:
        """F5: start (or resume) the session and enter run mode."""
        if self.context.read_only:
            self.prompter.error(
                self.tr("Cannot start"), self.tr("This workshop is open read-only.")
            )
            return False
        if not self.context.file.items():
            self.prompter.error(
                self.tr("Nothing to run"), self.tr("Add at least one agenda item first.")
            )
            return False
        resuming = self.session_live
        if not resuming:
            self.editor.panel.commit_fields()
            controller = RunController(self.context, self.live_factory(self.context), self)
            # Bound before the start, so it sees the first step; the views bind to it.
            session_view = RunSessionViewModel(controller)
            self.session_view = session_view
            try:
                controller.start(rehearsal=rehearsal)
            except LiveError as err:
                self.prompter.error(self.tr("Live polling did not start"), str(err))
            self.controller = controller
            controller.sessionEnded.connect(self._session_ended)
            # Answers arriving: the editor's session figures (throttled, none while hidden).
            controller.snapshotChanged.connect(self.editor.panel.sessions_box.answers_arrived)
            self.console = RunConsole(controller, session_view, self, self.prompter)
            self.console.leaveRequested.connect(self.leave_run_mode)
            self.console.endRequested.connect(self.end_session)
            self.console.blankRequested.connect(self.toggle_blank)
            self.console.presenterRequested.connect(self.show_presenter)
            self.pages.addWidget(self.console)
            self._colour_preview()
            self.presenter = PresenterWindow(self, self.stage_colours)
            self.presenter.closed.connect(self._presenter_closed)
            self.presenter.placementChanged.connect(self._update_presenter_state)
            self.presenter.bind(session_view)
        assert self.console is not None and self.controller is not None
        assert self.session_view is not None
        self.pages.setCurrentWidget(self.console)
        # The console and the presenter are bound now (and, resuming, the file may have
        # changed while the editor showed): they show the stage as read now. The
        # presenter window appears on the next turn of the event loop, so that its first
        # paint is not added to F5's.
        self.session_view.refresh_stage()
        QTimer.singleShot(0, self, self._show_presenter_window)
        if self.keys is None:
            self.keys = ClickerKeyFilter(
                ClickerActions(
                    next=self.controller.next,
                    previous=self.controller.previous,
                    blank=self.toggle_blank,
                    leave=self.leave_run_mode,
                    join=self.toggle_join,
                ),
                self._key_windows,
            )
            self.keys.install()
        self.ticker.start()
        self.console.setFocus()
        self.runModeChanged.emit(True)
        return True

    def leave_run_mode(self) -> None:
        """Esc: back to the editor; the session stays live and F5 comes back to it."""
        if self.keys is not None:
            self.keys.uninstall()
            self.keys = None
        self.pages.setCurrentWidget(self.editor)
        self.runModeChanged.emit(False)

    def end_session(self, *, ask: bool = True) -> bool:
        if not self.session_live:
            return False
        if ask and not self.prompter.confirm(
            self.tr("End the session?"),
            self.tr(
                "Ending the session records its end time, closes the open poll and stops "
                "phones from answering. It cannot be resumed afterwards."
            ),
            self.tr("End session"),
        ):
            return False
        controller = self.controller
        assert controller is not None
        controller.end()
        if controller.tokens_left_in_journal:
            self.prompter.info(
                self.tr("Device tokens not yet purged"),
                self.tr(
                    "The session has ended and its device tokens are deleted, but another "
                    "program is reading the workshop file, so they are still in its journal "
                    "(the -wal file beside it). Close that program; the app purges them again "
                    "when you close this workshop."
                ),
            )
        return True

    def _session_ended(self) -> None:
        self.shutdown()
        if not self._closing:  # ending as part of quitting is no time to offer the minutes
            self.sessionFinished.emit()

    def shutdown(self) -> None:
        """Stop everything run mode started: keys, timer, presenter, console."""
        self.ticker.stop()
        if self.keys is not None:
            self.keys.uninstall()
            self.keys = None
        if self.presenter is not None:
            self.presenter.closed.disconnect(self._presenter_closed)
            self.presenter.close()
            self.presenter.deleteLater()
            self.presenter = None
        if self.console is not None:
            self.pages.setCurrentWidget(self.editor)
            self.pages.removeWidget(self.console)
            self.console.deleteLater()
            self.console = None
        if self.controller is not None:
            self.controller.detach()
            self.controller.deleteLater()
            self.controller = None
            self.session_view = None  # a child of the controller
        self.runModeChanged.emit(False)

    def may_close(self, quitting: bool = False) -> bool:
        """Asked before the workshop closes. A live session gets one question.

        Either answer stops the server, so nothing listens once the app has quit; "keep
        open" leaves the session live in the file, with its device tokens, to resume.
        """
        if self.session_live:
            # Whole sentences per verb, so each language can build its own.
            if quitting:
                question = self.tr(
                    "Phones are connected to this workshop's live session. End the session "
                    "now, or quit and keep it open to resume later with the same join link?"
                )
                choices = [
                    self.tr("End session and quit"),
                    self.tr("Quit and keep the session open to resume later"),
                ]
            else:
                question = self.tr(
                    "Phones are connected to this workshop's live session. End the session "
                    "now, or close and keep it open to resume later with the same join link?"
                )
                choices = [
                    self.tr("End session and close"),
                    self.tr("Close and keep the session open to resume later"),
                ]
            choice = self.prompter.choose(self.tr("A session is live"), question, choices)
            if choice is None:
                return False
            if choice == 0:
                self._closing = True
                self.end_session(ask=False)
            elif self.controller is not None:
                self.controller.suspend()
        self.shutdown()
        return True

    def offer_resume(self) -> bool:
        """Opening a file whose session is still live (a quit or a crash) offers to resume."""
        if self.context.read_only or not self.live_session_in_file():
            return False
        choice = self.prompter.choose(
            self.tr("Resume the live session?"),
            self.tr(
                "This workshop's session is still live: the app was closed or stopped during "
                "it. Resuming restarts live polling with the same join link and QR code, so "
                "phones reconnect by themselves and nobody can answer a poll twice."
            ),
            [self.tr("Resume session"), self.tr("Not now")],
        )
        if choice != 0:
            return False
        return self.start_session()

    # --- presenter ----------------------------------------------------------------------

    def show_presenter(self) -> None:
        if self.presenter is None or self.session_view is None:
            return
        self.session_view.refresh_stage()  # settings (Wi-Fi) may have changed
        self._show_presenter_window()

    def _show_presenter_window(self) -> None:
        if self.presenter is None:  # the session ended before this turn of the loop
            return
        if not self.presenter.isVisible():
            self.presenter.show_on_best_screen(self.window())
        self._update_presenter_state()

    def toggle_blank(self) -> None:
        if self.presenter is None:
            return
        self.presenter.set_blank(not self.presenter.blanked)
        self._update_presenter_state()

    def toggle_join(self) -> None:
        """J: the large join QR code on the presenter, or back to the step's view."""
        if self.presenter is not None:
            self.presenter.toggle_join()

    def _presenter_closed(self) -> None:
        self._update_presenter_state(closed=True)

    def _update_presenter_state(self, closed: bool = False) -> None:
        if self.console is None or self.presenter is None:
            return
        if closed or not self.presenter.isVisible():
            text = self.tr("Presenter window closed: “Presenter window” shows it again.")
        elif self.presenter.blanked:
            text = self.tr("Presenter screen is BLANK (press B to show it).")
        elif self.presenter.on_projector:
            text = self.tr("Presenter screen is showing on the second screen.")
        else:
            text = self.tr(
                "One screen: the presenter is a window beside this console. To show it on "
                "the projector, connect the projector as an extended display (the presenter "
                "moves there full screen by itself), or drag the window there and press F11."
            )
        self.console.set_presenter_state(text)

    def _key_windows(self) -> list[QWidget]:
        windows = [self.window()]
        if self.presenter is not None:
            windows.append(self.presenter)
        return windows

    def tick(self) -> None:
        if self.console is not None:
            self.console.refresh_timers()
        if self.presenter is not None:
            self.presenter.tick()

    # --- editor pass-throughs -----------------------------------------------------------

    def edit_details(self) -> None:
        self.editor.edit_details()

    def live_session_in_file(self) -> bool:
        return SessionsRepo(self.context.file).live() is not None
