"""At open: when the workshop's retention period since the minutes' export has passed,
say what will be deleted and delete it only when the facilitator agrees (else ask again
next time)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from workshop_app.settings_registry import RETENTION_DAYS, read_workshop
from workshop_app.store import retention
from workshop_app.store.workshop_file import WorkshopFile
from workshop_app.ui.prompter import Prompter


def offer_retention(file: WorkshopFile, prompter: Prompter, now: datetime) -> bool:
    """True when something was deleted."""
    if file.read_only is not None:
        return False
    due = retention.due(file, now, read_workshop(file, RETENTION_DAYS))
    if due is None:
        return False
    message = QCoreApplication.translate(
        "RetentionNotice",
        "This workshop keeps written answers and private facilitator notes for {days} days "
        "after its minutes were exported ({date}). That time has passed: {answers} written "
        "answers and the private notes of {items} agenda items will be deleted now. The "
        "minutes you exported are not changed. Export them again first if you still need "
        "the written answers.",
    ).format(
        days=due.days,
        date=due.exported_at.date().isoformat(),
        answers=due.answers,
        items=due.private_notes,
    )
    if not prompter.confirm(
        QCoreApplication.translate("RetentionNotice", "Delete as planned?"),
        message,
        QCoreApplication.translate("RetentionNotice", "Delete now"),
    ):
        return False
    retention.apply(file, now)
    return True
