"""How the room joins: the join bar (always on the presenter screen: the short address and
the room code in large type) and the join panel (the large QR code, and the Wi-Fi QR
beside it when a network is set), shown on an item's introduction or on request (J)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from workshop_app.ui.widgets.stage_colours import StageColours
from workshop_app.ui.widgets.text_boxes import pixel_font


def stage_label(parent: QWidget, *, wrap: bool = True, bold: bool = False) -> QLabel:
    """A label for the room: plain text always (QLabel would render HTML), wrapped."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    label.setProperty("bold", bold)
    return label


def size_label(label: QLabel, pixels: float) -> None:
    label.setFont(pixel_font(pixels, bool(label.property("bold"))))


class QrView(QWidget):
    """A QR code drawn square, on white, with whole pixels per module (no blur)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.image: QImage | None = None  # encoded once by the view model, only drawn here
        self.setMinimumSize(120, 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_image(self, image: QImage | None) -> None:
        if image is not self.image:
            self.image = image
            self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, 360)

    def drawn_rect(self) -> QRectF:
        """Where the code is drawn: the largest whole-pixel square that fits, centred."""
        if self.image is None:
            return QRectF()
        side = min(self.width(), self.height())
        modules = self.image.width()
        drawn = modules * max(1, side // modules)
        return QRectF((self.width() - drawn) // 2, (self.height() - drawn) // 2, drawn, drawn)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.image is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        painter.drawImage(self.drawn_rect(), self.image)
        painter.end()


class JoinBar(QWidget):
    """The strip at the foot of the screen: where to go and which code to type."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("joinBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.address_caption = stage_label(self, wrap=False)
        self.address_caption.setText(self.tr("Join at"))
        self.address = stage_label(self, bold=True)
        self.address.setAccessibleName(self.tr("Address to type on a phone"))
        self.code_caption = stage_label(self, wrap=False)
        self.code_caption.setText(self.tr("Room code"))
        self.code = stage_label(self, wrap=False, bold=True)
        self.code.setAccessibleName(self.tr("Room code"))
        self.unavailable = stage_label(self)
        layout = QHBoxLayout(self)
        self.row = layout
        layout.addWidget(self.address_caption, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.address, 1, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.unavailable, 1, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.code_caption, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.code, 0, Qt.AlignmentFlag.AlignVCenter)
        self.set_join(None, None, "")

    def set_join(self, address: str | None, code: str | None, unavailable: str) -> None:
        self.address.setText(address or "")
        for widget in (self.address_caption, self.address):
            widget.setVisible(bool(address))
        self.code.setText(code or "")
        for widget in (self.code_caption, self.code):
            widget.setVisible(bool(code))
        self.unavailable.setText("" if address else unavailable)
        self.unavailable.setVisible(not address and bool(unavailable))

    def apply_scale(self, unit: float, colours: StageColours) -> None:
        size_label(self.address_caption, 20 * unit)
        size_label(self.code_caption, 20 * unit)
        size_label(self.address, 30 * unit)
        size_label(self.code, 32 * unit)
        size_label(self.unavailable, 22 * unit)
        margin = round(14 * unit)
        self.row.setContentsMargins(margin * 2, margin, margin * 2, margin)
        self.row.setSpacing(round(16 * unit))
        radius = round(10 * unit)
        self.setStyleSheet(
            f"#joinBar {{ background-color: {colours.panel}; border-radius: {radius}px; }}"
            f" QLabel {{ color: {colours.panel_text}; background: transparent; }}"
        )
        for caption in (self.address_caption, self.code_caption, self.unavailable):
            caption.setStyleSheet(f"color: {colours.muted};")


class JoinPanel(QWidget):
    """The large join QR code with a line of instructions, and the Wi-Fi QR beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = stage_label(self, bold=True)
        self.heading.setText(
            self.tr("Scan the code with your phone's camera, or type the address below")
        )
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.join_qr = QrView(self.tr("Join QR code"), self)
        self.wifi_heading = stage_label(self)
        self.wifi_heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.wifi_qr = QrView(self.tr("Wi-Fi QR code"), self)
        join_column = QVBoxLayout()
        join_column.addWidget(self.join_qr, 1)
        wifi_column = QVBoxLayout()
        wifi_column.addWidget(self.wifi_heading)
        wifi_column.addWidget(self.wifi_qr, 1)
        self.wifi_box = QWidget(self)
        self.wifi_box.setLayout(wifi_column)
        codes = QHBoxLayout()
        codes.addStretch(1)
        codes.addLayout(join_column, 3)
        codes.addWidget(self.wifi_box, 2)
        codes.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(codes, 1)

    def set_join_qr(self, qr: QImage | None) -> None:
        self.join_qr.set_image(qr)

    def set_wifi(self, heading: str, qr: QImage | None) -> None:
        self.wifi_qr.set_image(qr)
        self.wifi_heading.setText(heading)
        shown = qr is not None and bool(heading)
        self.wifi_box.setVisible(shown)
        self.wifi_qr.setVisible(shown)
        self.wifi_heading.setVisible(shown)

    def apply_scale(self, unit: float, colours: StageColours) -> None:
        size_label(self.heading, 24 * unit)
        size_label(self.wifi_heading, 20 * unit)
        for label in (self.heading, self.wifi_heading):
            label.setStyleSheet(f"color: {colours.ink}; background: transparent;")
