"""The console's warning when one network address was given many new devices: someone
may be dropping their cookie to answer again (docs/security.md, "One person, many
devices")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workshop_app.live.device_admission import MANY_FROM_ONE_ADDRESS


def stuffing_warning(most_from_one_address: int) -> str:
    """The warning's text, or "" while no address stands out."""
    if most_from_one_address < MANY_FROM_ONE_ADDRESS:
        return ""
    return QCoreApplication.translate(
        "DeviceWarning",
        "⚠ One network address has been given {n} new devices. Someone may be answering "
        "more than once: compare the number of answers with the people in the room.",
    ).format(n=most_from_one_address)
