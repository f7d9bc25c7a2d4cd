"""The presenter screen: what the room sees on the projector, readable from the back.

From top to bottom: the workshop's title and the timer; the item's title (the largest
text); the poll's question (the next largest); the poll's status and the counts; the
stage, which shows one view at a time; and the join bar (the short address and the room
code, always visible while phones can join). All type scales with the window, from
1024×768 to 3840×2160.

The stage's views: the join panel (large QR codes: on an item's introduction, and on
request with J), the options list (an open poll whose results are hidden or have no
answer yet), the results chart, and whatever other views are added with
``add_stage_view``; ``results_views`` may choose another view for a poll's results.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QGuiApplication,
    QImage,
    QKeySequence,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import QHBoxLayout, QLayout, QStackedWidget, QVBoxLayout, QWidget

from workshop_app.domain.polls import Poll, PollType, Tally
from workshop_app.domain.timer_levels import LEVEL_COLOURS, TimerReading
from workshop_app.ui.channel_labels import split_text
from workshop_app.ui.ideas.presenter_board import IdeaBoard
from workshop_app.ui.labels import remaining_text
from workshop_app.ui.presenter.join_widgets import (
    JoinBar,
    JoinPanel,
    QrView,
    size_label,
    stage_label,
)
from workshop_app.ui.presenter.screens import beside_console, projector_screen
from workshop_app.ui.presenter.second_language import SecondLanguageLine
from workshop_app.ui.run.steps import StepKind
from workshop_app.ui.run_session.view_model import RunSessionViewModel
from workshop_app.ui.widgets.options_list import OptionsList
from workshop_app.ui.widgets.results_chart import ResultsChart
from workshop_app.ui.widgets.stage_colours import DARK, StageColours

__all__ = ["PresenterWindow", "QrView", "ResultsViewChooser", "short_address"]

# Given the poll, its tally and whether results are hidden from the room, a view to show
# instead of the results chart (already filled in), or None to leave it to the next.
ResultsViewChooser = Callable[[Poll, Tally | None, bool], QWidget | None]

# Type sizes in pixels at 1280×720; everything scales with the window.
SIZES = {
    "workshop": 22.0,
    "timer": 30.0,
    "item": 48.0,
    "question": 38.0,
    "status": 22.0,
    "content": 30.0,  # the largest text on the stage (options, labels), below the question
}


def short_address(join_url: str | None) -> str:
    """The address where the room code is typed: ``http://ADDRESS:PORT/``."""
    if not join_url:
        return ""
    parts = urlsplit(join_url)
    return f"{parts.scheme}://{parts.netloc}/"


class PresenterWindow(QWidget):
    closed = Signal()
    placementChanged = Signal()  # moved to the projector, or to a window beside the console

    def __init__(self, parent: QWidget | None = None, colours: StageColours = DARK) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Presenter screen"))
        self.setObjectName("presenter")
        self.setAutoFillBackground(True)
        self.blanked = False
        self.on_projector = False  # full screen on a second screen
        self._avoid: QWidget | None = None
        self.colours = colours
        self.unit = 1.0
        self.results_views: list[ResultsViewChooser] = []
        # What is on show (kept so the stage can be chosen again on J or a new tally).
        self._poll: Poll | None = None
        self._tally: Tally | None = None
        self._hidden = False
        self._open_step = True
        self._charted: Poll | None = None  # the poll as drawn (second-language options)
        self._joinable = False
        self._join_requested = False

        self.stack = QStackedWidget(self)
        self.content = QWidget(self.stack)
        self.content.setObjectName("content")
        self.blank_page = QWidget(self.stack)
        self.blank_page.setStyleSheet("background-color: #000000;")
        self.stack.addWidget(self.content)
        self.stack.addWidget(self.blank_page)
        outer = QVBoxLayout(self)
        # Type follows the window's size, so the window's size must not follow the type.
        outer.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        self.workshop_title = stage_label(self.content)
        self.timer = stage_label(self.content, wrap=False, bold=True)
        self.timer.setAccessibleName(self.tr("Timer"))
        self.item_title = stage_label(self.content, bold=True)
        self.item_title.setAccessibleName(self.tr("Current item"))
        self.question = stage_label(self.content, bold=True)
        self.question.setAccessibleName(self.tr("Poll question"))
        # The question (and options) in a second language, when Settings asks for one.
        self.second_line = SecondLanguageLine(self.content)
        self.main_language, self.second_language = "en", ""
        self.poll_status = stage_label(self.content, bold=True)
        self.poll_status.setAccessibleName(self.tr("Poll status"))
        self.counts = stage_label(self.content)
        self.ideas_board = IdeaBoard(self.content)  # an idea wall, instead of the chart
        self.counts.setAccessibleName(self.tr("Phones and responses"))
        self.counts.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.stage = QStackedWidget(self.content)
        self.join_panel = JoinPanel(self.stage)
        self.options = OptionsList(self.stage)
        self.chart = ResultsChart(self.stage)
        self.empty_stage = QWidget(self.stage)
        for view in (self.empty_stage, self.join_panel, self.options, self.chart):
            self.stage.addWidget(view)
        self.join_bar = JoinBar(self.content)
        # Names the console, tests and other views know these parts by.
        self.join_qr = self.join_panel.join_qr
        self.wifi_qr = self.join_panel.wifi_qr
        self.wifi_heading = self.join_panel.wifi_heading
        self.join_address = self.join_bar.address
        self.room_code = self.join_bar.code
        self.unavailable = self.join_bar.unavailable

        header = QHBoxLayout()
        header.addWidget(self.workshop_title, 1)
        header.addWidget(self.timer, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        status_row = QHBoxLayout()
        status_row.addWidget(self.poll_status, 1)
        status_row.addWidget(self.counts, 1)
        self.layout_main = QVBoxLayout(self.content)
        self.layout_main.addLayout(header)
        self.layout_main.addWidget(self.item_title)
        self.layout_main.addWidget(self.question)
        self.layout_main.addWidget(self.second_line)
        self.layout_main.addLayout(status_row)
        self.layout_main.addWidget(self.stage, 1)
        self.layout_main.addWidget(self.join_bar)
        # An idea wall shows its top ideas on the stage instead of a chart.
        self.add_stage_view(self.ideas_board)
        self.results_views.append(self._idea_wall_view)

        full = QShortcut(QKeySequence("F11"), self)
        full.setObjectName("shortcutFullScreen")
        full.activated.connect(self.toggle_full_screen)
        self.session: RunSessionViewModel | None = None
        self.set_join(None, None, None, self.tr("Live polling not available"))
        self.set_wifi("", None)
        self.set_poll(None, None)
        self.set_colours(colours)
        self.resize(1280, 720)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.connect(self._screens_changed)
            app.screenRemoved.connect(self._screens_changed)

    # --- extension points -----------------------------------------------------------------

    def add_stage_view(self, view: QWidget) -> None:
        """Another view for the stage (an idea wall, results withheld…); a chooser in
        ``results_views`` decides when it shows."""
        view.setParent(self.stage)
        self.stage.addWidget(view)
        apply = getattr(view, "set_colours", None)
        if callable(apply):
            apply(self.colours)

    def _idea_wall_view(self, poll: Poll, tally: Tally | None, hidden: bool) -> QWidget | None:
        return self.ideas_board if poll.type == PollType.IDEA_WALL else None

    def shown_view(self) -> QWidget | None:
        return self.stage.currentWidget()

    # --- bound to a run session -----------------------------------------------------------

    def bind(self, session: RunSessionViewModel) -> None:
        """Follow one run session: the stage redraws all, a tally or presence only its part."""
        self.session = session
        self.ideas_board.bind(session)
        session.stage_changed.connect(self.show_stage)
        session.poll_results_changed.connect(self._results_changed)
        session.presence_changed.connect(self._show_counts)
        session.ideas_changed.connect(self._ideas_changed)
        self.show_stage()

    def show_stage(self) -> None:
        session = self.session
        if session is None:
            return
        self._join_requested = False  # a new step shows what the step is about
        self.set_workshop_title(session.workshop_title)
        self.main_language, self.second_language = session.languages_shown
        self.set_join(
            session.join_url,
            session.room_code,
            session.join_qr,
            "" if session.live_available else self.tr("Live polling not available"),
        )
        self.set_wifi(session.wifi_ssid, session.wifi_qr)
        self.set_item(session.item.title if session.item else "")
        self.set_timer(session.item_timer())
        self._show_poll()

    def tick(self) -> None:
        if self.session is not None:
            self.set_timer(self.session.item_timer())

    def _shown_poll(self) -> Poll | None:
        session = self.session
        if session is None or session.step is None or session.step.kind == StepKind.INTRO:
            return None
        return session.poll

    def _show_poll(self) -> None:
        session = self.session
        assert session is not None
        poll = self._shown_poll()
        if poll is None:
            self.set_poll(None, None, connected=session.connected)
            return
        assert session.step is not None
        open_step = session.step.kind == StepKind.POLL_OPEN
        if not open_step:
            status = QCoreApplication.translate("PresenterStatus", "Results")
        elif session.live_available:
            status = QCoreApplication.translate(
                "PresenterStatus", "Poll open · answer on your phone"
            )
        else:
            status = QCoreApplication.translate("PresenterStatus", "Poll open")
        self.set_poll(
            poll,
            session.tally(poll.id),
            hidden=session.results_hidden_from_room,
            connected=session.connected,
            status=status,
            open_step=open_step,
        )

    def _results_changed(self, poll_id: int) -> None:
        poll = self._shown_poll()
        if poll is None or poll.id != poll_id or self.session is None:
            return
        self._tally = self.session.tally(poll_id)
        self._choose_stage_view()
        self._show_counts()

    def _ideas_changed(self, poll_id: int) -> None:
        poll = self._shown_poll()
        if poll is not None and poll.id == poll_id:
            self._show_counts()

    def _show_counts(self) -> None:
        session = self.session
        if session is None:
            return
        poll = self._shown_poll()
        text = self._counts_text(session.connected, session.tally(poll.id) if poll else None, poll)
        split = session.split_for_room(poll.id) if poll is not None else None
        if split is not None:  # the facilitator asked to show where the answers came from
            text += "\n" + split_text(split)
        self.counts.setText(text)

    def _counts_text(
        self, connected: int | None, tally: Tally | None, poll: Poll | None = None
    ) -> str:
        parts = []
        if connected is not None:
            parts.append(self.tr("%n phones connected", "", connected))
        if poll is not None and poll.type == PollType.IDEA_WALL:
            # A wall's answers are its ideas and upvotes, not responses: count what the
            # room sees on the board.
            ideas = self.session.ideas(poll.id) if self.session is not None else ()
            shown = [idea for idea in ideas if idea.visible]
            parts.append(self.tr("%n ideas", "", len(shown)))
            parts.append(self.tr("%n upvotes", "", sum(i.votes for i in shown)))
        elif tally is not None:
            parts.append(self.tr("%n responses", "", tally.responses))
        return " · ".join(parts)

    # --- content ------------------------------------------------------------------------

    def set_workshop_title(self, title: str) -> None:
        self.workshop_title.setText(title)

    def set_item(self, title: str) -> None:
        self.item_title.setText(title)

    def set_timer(self, reading: TimerReading | None) -> None:
        if reading is None:
            self.timer.setText("")
            self.timer.setStyleSheet("background: transparent;")
            return
        colours = LEVEL_COLOURS[reading.level]
        self.timer.setText(remaining_text(reading))
        self.timer.setStyleSheet(
            f"background-color: {colours.background}; color: {colours.foreground};"
            f" border-radius: {round(10 * self.unit)}px;"
            f" padding: {round(4 * self.unit)}px {round(18 * self.unit)}px;"
        )

    def set_join(
        self,
        url: str | None,
        room_code: str | None,
        qr: QImage | None = None,
        unavailable: str = "",
    ) -> None:
        self._joinable = bool(url)
        self.join_panel.set_join_qr(qr if url else None)
        self.join_bar.set_join(short_address(url), room_code, unavailable)
        self.join_bar.setVisible(bool(url) or bool(unavailable))
        self._choose_stage_view()

    def set_wifi(self, ssid: str, qr: QImage | None) -> None:
        if not ssid or qr is None:
            self.join_panel.set_wifi("", None)
            return
        self.join_panel.set_wifi(self.tr("Wi-Fi: {name}").format(name=ssid), qr)

    def set_poll(
        self,
        poll: Poll | None,
        tally: Tally | None,
        *,
        hidden: bool = False,
        connected: int | None = None,
        status: str = "",
        open_step: bool = True,
    ) -> None:
        self._poll, self._tally, self._hidden, self._open_step = poll, tally, hidden, open_step
        self.poll_status.setText(status if poll is not None else "")
        self.question.setText(poll.question if poll is not None else "")
        # The poll as charted and listed: its options in the second language too, if asked.
        self._charted = self.second_line.show_for(poll, self.second_language, self.main_language)
        self.ideas_board.show_poll(poll)
        self.counts.setText(self._counts_text(connected, tally if poll is not None else None, poll))
        self._choose_stage_view()

    def _hidden_message(self) -> str:
        return self.tr("Results are shown when the poll closes.")

    def _choose_stage_view(self) -> None:
        """One view on the stage, from what is on show; the J key's request comes first."""
        poll, tally, hidden = self._poll, self._tally, self._hidden
        charted = self._charted if poll is not None else None
        self.chart.show_results(charted, tally, self._hidden_message() if hidden else "")
        requested = self._join_requested and self._joinable
        # On request the QR code takes the question's room too: it must read from afar.
        self.question.setVisible(poll is not None and not requested)
        self.second_line.setVisible(
            poll is not None and not requested and bool(self.second_line.text())
        )
        self.poll_status.setVisible(poll is not None and not requested)
        if requested:
            view: QWidget = self.join_panel
        elif poll is None:
            view = self.join_panel if self._joinable else self.empty_stage
        else:
            chosen = [v for choose in self.results_views if (v := choose(poll, tally, hidden))]
            if chosen:
                view = chosen[0]
            elif self._open_step and (hidden or tally is None or tally.responses == 0):
                self.options.show_poll(charted or poll, self._hidden_message() if hidden else "")
                view = self.options
            else:
                view = self.chart
        self.stage.setCurrentWidget(view)

    def toggle_join(self) -> None:
        """J: the large join QR code on the stage, or back to what the step shows."""
        self._join_requested = not self._join_requested
        self._choose_stage_view()

    @property
    def join_shown(self) -> bool:
        return self.stage.currentWidget() is self.join_panel

    def set_blank(self, blank: bool) -> None:
        self.blanked = blank
        self.stack.setCurrentWidget(self.blank_page if blank else self.content)

    # --- look -----------------------------------------------------------------------------

    def set_colours(self, colours: StageColours) -> None:
        self.colours = colours
        self.setStyleSheet(
            f"#presenter, #content {{ background-color: {colours.background}; }}"
            " QStackedWidget, QStackedWidget > QWidget { background: transparent; }"
        )
        for index in range(self.stage.count()):
            apply = getattr(self.stage.widget(index), "set_colours", None)
            if callable(apply):
                apply(colours)
        self._apply_scale()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        unit = min(self.width() / 1280, self.height() / 720)
        if abs(unit - self.unit) > 0.01:
            self.unit = unit
            self._apply_scale()

    def _apply_scale(self) -> None:
        unit, colours = self.unit, self.colours
        for label, key in (
            (self.workshop_title, "workshop"),
            (self.timer, "timer"),
            (self.item_title, "item"),
            (self.question, "question"),
            (self.second_line, "status"),
            (self.poll_status, "status"),
            (self.counts, "status"),
        ):
            size_label(label, SIZES[key] * unit)
        for label, colour in (
            (self.workshop_title, colours.muted),
            (self.item_title, colours.ink),
            (self.question, colours.ink),
            (self.second_line, colours.muted),
            (self.poll_status, colours.accent),
            (self.counts, colours.muted),
        ):
            label.setStyleSheet(f"color: {colour}; background: transparent;")
        for index in range(self.stage.count()):
            cap = getattr(self.stage.widget(index), "set_text_cap", None)
            if callable(cap):
                cap(SIZES["content"] * unit)
        self.join_bar.apply_scale(unit, colours)
        self.join_panel.apply_scale(unit, colours)
        margin = round(36 * unit)
        self.layout_main.setContentsMargins(margin, round(24 * unit), margin, round(20 * unit))
        self.layout_main.setSpacing(round(12 * unit))
        if self.session is not None:
            self.set_timer(self.session.item_timer())

    # --- window -------------------------------------------------------------------------

    def show_on_best_screen(self, avoid: QWidget | None = None) -> None:
        """Full screen on another monitor when there is one; on a single screen, a window
        beside the console (``avoid``), which keeps the keyboard."""
        self._avoid = avoid
        console = avoid.screen() if avoid is not None else QGuiApplication.primaryScreen()
        target = projector_screen(QGuiApplication.screens(), console)
        self.on_projector = target is not None
        if target is not None:
            self.setScreen(target)
            self.setGeometry(target.geometry())
            self.showFullScreen()
            self.raise_()
        else:
            self.showNormal()
            if console is not None:
                self.setGeometry(beside_console(console.availableGeometry()))
            if avoid is not None:
                avoid.activateWindow()  # the console keeps the clicker's keys
        self.placementChanged.emit()

    def _screens_changed(self, *_screen: object) -> None:
        # A projector plugged in (or pulled out) while the presenter shows: place it again.
        if self.isVisible():
            self.show_on_best_screen(self._avoid)

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
