"""QR codes as QImages: the join link and the Wi-Fi network of the room."""

from __future__ import annotations

import qrcode
from PySide6.QtGui import QColor, QImage, QPainter

_SPECIAL = str.maketrans({"\\": "\\\\", ";": "\\;", ",": "\\,", ":": "\\:", '"': '\\"'})


MASK = 2


def qr_image(text: str, module_pixels: int = 1) -> QImage:
    """Black modules on white with the standard quiet zone; scale with no smoothing."""
    # One fixed mask: choosing the best of the eight scores each one (about 10 ms, on the
    # GUI thread as F5 starts the session); any mask is valid and scans alike at this size.
    code = qrcode.QRCode(
        error_correction=qrcode.constants.ERROR_CORRECT_M, border=4, mask_pattern=MASK
    )
    code.add_data(text)
    code.make(fit=True)
    matrix = code.get_matrix()
    size = len(matrix) * module_pixels
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    # Painted rather than set pixel by pixel (QImage.setPixel is slow from Python).
    painter = QPainter(image)
    black = QColor("black")
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect(
                    x * module_pixels, y * module_pixels, module_pixels, module_pixels, black
                )
    painter.end()
    return image


def wifi_payload(ssid: str, password: str, security: str = "WPA") -> str:
    """The ``WIFI:`` text phones understand; an open network has no password."""
    ssid_part = ssid.translate(_SPECIAL)
    if not password:
        return f"WIFI:T:nopass;S:{ssid_part};;"
    return f"WIFI:T:{security};S:{ssid_part};P:{password.translate(_SPECIAL)};;"
