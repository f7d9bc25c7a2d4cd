"""The presenter screen: what the room sees on the projector, readable from the back."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QFont,
    QGuiApplication,
    QImage,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.polls import Poll, Tally
from workshop_app.domain.timer_levels import LEVEL_COLOURS, TimerReading
from workshop_app.ui.channel_labels import split_text
from workshop_app.ui.labels import remaining_text
from workshop_app.ui.run.steps import StepKind
from workshop_app.ui.run_session.view_model import RunSessionViewModel
from workshop_app.ui.widgets.results_chart import ResultsChart

BACKGROUND = "#14181f"


class QrView(QWidget):
    """A QR code drawn square, on white, with whole pixels per module (no blur)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.image: QImage | None = None  # encoded once by the view model, only drawn here
        self.setMinimumSize(160, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_image(self, image: QImage | None) -> None:
        if image is not self.image:
            self.image = image
            self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, 360)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.image is None:
            return
        painter = QPainter(self)
        side = min(self.width(), self.height())
        modules = self.image.width()
        scale = max(1, side // modules)
        drawn = modules * scale
        left = (self.width() - drawn) // 2
        top = (self.height() - drawn) // 2
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        painter.drawImage(QRectF(left, top, drawn, drawn), self.image)
        painter.end()


def _label(parent: QWidget, size: float, bold: bool = False, colour: str = "#ffffff") -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # participants' and facilitators' text
    label.setWordWrap(True)
    font = QFont()
    font.setPointSizeF(size)
    font.setBold(bold)
    label.setFont(font)
    label.setStyleSheet(f"color: {colour}; background: transparent;")
    return label


class PresenterWindow(QWidget):
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Presenter screen"))
        self.setObjectName("presenter")
        self.setStyleSheet(f"#presenter, #content {{ background-color: {BACKGROUND}; }}")
        self.setAutoFillBackground(True)
        self.blanked = False

        self.stack = QStackedWidget(self)
        self.content = QWidget(self.stack)
        self.content.setObjectName("content")
        self.blank_page = QWidget(self.stack)
        self.blank_page.setStyleSheet("background-color: #000000;")
        self.stack.addWidget(self.content)
        self.stack.addWidget(self.blank_page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        self.workshop_title = _label(self.content, 22, colour="#c8d0da")
        self.timer = _label(self.content, 30, bold=True)
        self.timer.setAccessibleName(self.tr("Timer"))
        self.item_title = _label(self.content, 40, bold=True)
        self.item_title.setAccessibleName(self.tr("Current item"))
        self.question = _label(self.content, 30, bold=True)
        self.question.setAccessibleName(self.tr("Poll question"))
        self.poll_status = _label(self.content, 20, bold=True, colour="#ffd166")
        self.poll_status.setAccessibleName(self.tr("Poll status"))
        self.chart = ResultsChart(self.content)
        self.counts = _label(self.content, 20, colour="#c8d0da")
        self.counts.setAccessibleName(self.tr("Phones and responses"))

        self.join_heading = _label(self.content, 20, bold=True)
        self.join_heading.setText(self.tr("Join on your phone"))
        self.join_heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.join_qr = QrView(self.tr("Join QR code"), self.content)
        self.join_url = _label(self.content, 18)
        self.join_url.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.join_url.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.room_code = _label(self.content, 28, bold=True)
        self.room_code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unavailable = _label(self.content, 20, colour="#ffd166")
        self.unavailable.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.wifi_heading = _label(self.content, 16)
        self.wifi_heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.wifi_qr = QrView(self.tr("Wi-Fi QR code"), self.content)
        self.wifi_qr.setMinimumSize(120, 120)

        header = QHBoxLayout()
        header.addWidget(self.workshop_title, 1)
        header.addWidget(self.timer, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        join = QVBoxLayout()
        join.addWidget(self.join_heading)
        join.addWidget(self.join_qr, 3)
        join.addWidget(self.join_url)
        join.addWidget(self.room_code)
        join.addWidget(self.unavailable)
        join.addWidget(self.wifi_heading)
        join.addWidget(self.wifi_qr, 1)
        self.join_panel = QWidget(self.content)
        self.join_panel.setLayout(join)
        self.join_panel.setStyleSheet("background: transparent;")
        main = QVBoxLayout()
        main.addWidget(self.item_title)
        main.addWidget(self.poll_status)
        main.addWidget(self.question)
        main.addWidget(self.chart, 1)
        main.addWidget(self.counts)
        body = QHBoxLayout()
        body.addLayout(main, 3)
        body.addWidget(self.join_panel, 2)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(40, 28, 40, 28)
        layout.addLayout(header)
        layout.addLayout(body, 1)

        full = QShortcut(QKeySequence("F11"), self)
        full.setObjectName("shortcutFullScreen")
        full.activated.connect(self.toggle_full_screen)
        self.session: RunSessionViewModel | None = None
        self.set_join(None, None, None, self.tr("Live polling not available"))
        self.set_wifi("", None)
        self.resize(1280, 720)

    # --- bound to a run session -----------------------------------------------------------

    def bind(self, session: RunSessionViewModel) -> None:
        """Follow one run session: the stage redraws all, a tally or presence only its part."""
        self.session = session
        session.stage_changed.connect(self.show_stage)
        session.poll_results_changed.connect(self._results_changed)
        session.presence_changed.connect(self._show_counts)
        self.show_stage()

    def show_stage(self) -> None:
        session = self.session
        if session is None:
            return
        self.set_workshop_title(session.workshop_title)
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
        if session.step.kind == StepKind.RESULTS:
            status = QCoreApplication.translate("PresenterStatus", "Results")
        elif session.live_available:
            status = QCoreApplication.translate(
                "PresenterStatus", "Poll open: answer on your phone · room code {code}"
            ).format(code=session.room_code or "")
        else:
            status = QCoreApplication.translate("PresenterStatus", "Poll open")
        self.set_poll(
            poll,
            session.tally(poll.id),
            hidden=session.results_hidden_from_room,
            connected=session.connected,
            status=status,
        )

    def _results_changed(self, poll_id: int) -> None:
        poll = self._shown_poll()
        if poll is None or poll.id != poll_id or self.session is None:
            return
        tally = self.session.tally(poll_id)
        if not self.session.results_hidden_from_room:
            self.chart.show_results(poll, tally, "")
        self._show_counts()

    def _show_counts(self) -> None:
        session = self.session
        if session is None:
            return
        poll = self._shown_poll()
        text = self._counts_text(session.connected, session.tally(poll.id) if poll else None)
        split = session.split_for_room(poll.id) if poll is not None else None
        if split is not None:  # the facilitator asked to show where the answers came from
            text += "\n" + split_text(split)
        self.counts.setText(text)

    def _counts_text(self, connected: int | None, tally: Tally | None) -> str:
        parts = []
        if connected is not None:
            parts.append(self.tr("%n phones connected", "", connected))
        if tally is not None:
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
            " border-radius: 10px; padding: 4px 18px;"
        )

    def set_join(
        self,
        url: str | None,
        room_code: str | None,
        qr: QImage | None = None,
        unavailable: str = "",
    ) -> None:
        self.join_qr.set_image(qr if url else None)
        self.join_qr.setVisible(bool(url))
        self.join_heading.setVisible(bool(url))
        self.join_url.setText(url or "")
        self.join_url.setVisible(bool(url))
        self.room_code.setText(
            self.tr("Room code {code}").format(code=room_code) if room_code else ""
        )
        self.room_code.setVisible(bool(room_code))
        self.unavailable.setText("" if url else unavailable)
        self.unavailable.setVisible(not url and bool(unavailable))

    def set_wifi(self, ssid: str, qr: QImage | None) -> None:
        if not ssid or qr is None:
            self.wifi_qr.set_image(None)
            self.wifi_qr.setVisible(False)
            self.wifi_heading.setVisible(False)
            return
        self.wifi_qr.set_image(qr)
        self.wifi_heading.setText(self.tr("Wi-Fi: {name}").format(name=ssid))
        self.wifi_qr.setVisible(True)
        self.wifi_heading.setVisible(True)

    def set_poll(
        self,
        poll: Poll | None,
        tally: Tally | None,
        *,
        hidden: bool = False,
        connected: int | None = None,
        status: str = "",
    ) -> None:
        self.poll_status.setText(status if poll is not None else "")
        self.poll_status.setVisible(poll is not None and bool(status))
        if poll is None:
            self.question.setText("")
            self.question.setVisible(False)
            self.chart.show_results(None, None, "")
            self.chart.setVisible(False)
        else:
            self.question.setText(poll.question)
            self.question.setVisible(True)
            self.chart.setVisible(True)
            message = self.tr("Results are shown when the poll closes.") if hidden else ""
            self.chart.show_results(poll, tally, message)
        self.counts.setText(self._counts_text(connected, tally if poll is not None else None))

    def set_blank(self, blank: bool) -> None:
        self.blanked = blank
        self.stack.setCurrentWidget(self.blank_page if blank else self.content)

    # --- window -------------------------------------------------------------------------

    def show_on_best_screen(self, avoid: QWidget | None = None) -> None:
        """Full screen on another monitor when there is one; an ordinary window otherwise."""
        screens = QGuiApplication.screens()
        avoid_screen = avoid.screen() if avoid is not None else QGuiApplication.primaryScreen()
        others = [s for s in screens if s is not avoid_screen]
        if others:
            self.setGeometry(others[0].geometry())
            self.showFullScreen()
        else:
            self.showNormal()
        self.raise_()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
