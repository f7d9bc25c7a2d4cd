"""File › Export… off the GUI thread: asks for the formats, runs the export job in the
background with a progress dialog, reports the result, opens the PDF when asked to."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QProgressDialog, QWidget

from workshop_app.clock import Clock
from workshop_app.domain.session import SessionSummary
from workshop_app.export.export_job import ExportTargets, export_workshop
from workshop_app.export.minutes_data import Letterhead
from workshop_app.export.session_choice import SessionChoice
from workshop_app.store.workshop_file import WorkshopFile
from workshop_app.ui.background import BackgroundJob
from workshop_app.ui.export_dialog import ExportDialog
from workshop_app.ui.prompter import Prompter

StatusLine = Callable[[str, int], None]  # message, milliseconds


class ExportController(QObject):
    minutes_exported = Signal()  # minutes (PDF, HTML or Markdown) were written

    def __init__(
        self,
        window: QWidget,
        prompter: Prompter,
        clock: Clock,
        status: StatusLine,
        open_externally: Callable[[Path], None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.prompter = prompter
        self.clock = clock
        self.status = status
        self.open_externally = open_externally
        self.job: BackgroundJob | None = None
        self.last_paths: list[Path] = []

    @property
    def running(self) -> bool:
        return self.job is not None and self.job.running

    def export_minutes(
        self,
        file_path: Path,
        title: str,
        targets: ExportTargets | None = None,
        letterhead: Letterhead | None = None,
        sessions: list[SessionSummary] | None = None,
        shown: list[int] | None = None,
    ) -> bool:
        """Ask for the targets when none are given; False when nothing was started.
        ``letterhead``: the organisation's name and logo from Settings, for the minutes."""
        if self.running:
            return False
        open_after = targets is None
        # Without the dialog: the sessions shown when several are, else the latest.
        choice = SessionChoice(mode="ids", ids=tuple(shown)) if shown else SessionChoice()
        if targets is None:
            dialog = ExportDialog(title, file_path.parent, self.window, sessions, shown)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            targets, open_after = dialog.targets(), dialog.open_when_done
            choice = dialog.session_choice()
        if not targets.any():
            self.prompter.error(
                self.tr("Nothing to export"), self.tr("Choose at least one format.")
            )
            return False
        chosen = targets
        now = self.clock.now()

        def work(report: Callable[[int, int], None]) -> list[Path]:
            # The worker reads through its own read-only connection: SQLite connections
            # stay on the thread that made them.
            file = WorkshopFile.open(file_path, read_only=True)
            try:
                return export_workshop(file, chosen, now, report, letterhead, choice)
            finally:
                file.close()

        job = BackgroundJob(self)
        progress = QProgressDialog(self.tr("Exporting…"), "", 0, 0, self.window)
        progress.setCancelButton(None)
        progress.setMinimumDuration(400)  # small workshops finish before it shows
        progress.setWindowTitle(self.tr("Export"))

        def show_progress(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)

        job.progressed.connect(show_progress)

        def finished(paths: list[Path]) -> None:
            progress.close()
            self.status(
                self.tr("Exported %n files to {folder}", "", len(paths)).format(
                    folder=paths[0].parent
                )
                if paths
                else self.tr("Nothing exported"),
                8000,
            )
            self.last_paths = paths
            if paths and (chosen.pdf or chosen.html or chosen.markdown):
                self.minutes_exported.emit()
            minutes = chosen.pdf or chosen.html
            if open_after and minutes is not None:
                self.open_externally(minutes)

        def failed(message: str) -> None:
            progress.close()
            self.prompter.error(self.tr("Export failed"), message)

        job.finished.connect(finished)
        job.failed.connect(failed)
        self.job = job
        job.start(work)
        return True
