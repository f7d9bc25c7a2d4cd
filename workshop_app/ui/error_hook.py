"""The last line of defence: an exception no code caught becomes a message, not a crash.

PySide6 hands an exception raised in a slot to ``sys.excepthook``; Python's default
prints a traceback to a terminal the facilitator never sees, and the click just seems
to do nothing. Here the person gets one plain sentence, and the details go to a log
file beside the app's settings for whoever helps them afterwards. Every edit is
committed as it happens, so what was in the file before the failed step is still there.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication

from workshop_app.store.errors import WorkshopFileError

ShowError = Callable[[str, str], None]
ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def message_for(error: BaseException) -> str:
    """One sentence for the person at the keyboard."""
    if isinstance(error, WorkshopFileError):
        return str(error)  # already written for a person
    if isinstance(error, OSError) and error.strerror:
        return QCoreApplication.translate("ErrorHook", "The computer refused: {reason}.").format(
            reason=error.strerror
        )
    return QCoreApplication.translate(
        "ErrorHook",
        "Something went wrong and that step was not done. Everything saved before it is "
        "still in the workshop file.",
    )


class ErrorHook:
    def __init__(self, show: ShowError, log_path: Path) -> None:
        self.show = show
        self.log_path = log_path
        self._previous: ExceptHook | None = None
        self._showing = False  # an error while the message is up is logged, not stacked

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook = self._previous
            self._previous = None

    def __call__(
        self,
        kind: type[BaseException],
        error: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        logged = self._log(kind, error, tb)
        if self._showing:
            return
        self._showing = True
        try:
            details = message_for(error)
            if logged is not None:
                details += "\n\n" + QCoreApplication.translate(
                    "ErrorHook", "Details for support: {path}"
                ).format(path=logged)
            self.show(QCoreApplication.translate("ErrorHook", "That did not work"), details)
        finally:
            self._showing = False

    def _log(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> Path | None:
        try:
            self.log_path.parent.mkdir(parents=True, exist_ok=True)
            with self.log_path.open("a", encoding="utf-8") as log:
                log.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n")
                log.writelines(traceback.format_exception(kind, error, tb))
        except OSError:
            return None  # a full disk must not turn one error into two
        return self.log_path
