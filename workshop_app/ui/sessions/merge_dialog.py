"""File › Merge Rooms…: several rooms' files of one plan into one report, written off the
GUI thread. The rooms' files are only read."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.clock import Clock
from workshop_app.export.export_job import ExportTargets
from workshop_app.export.merge_job import merge_to
from workshop_app.ui.background import BackgroundJob
from workshop_app.ui.prompter import Prompter


class MergeRoomsDialog(QDialog):
    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge Rooms"))
        self.resize(620, 420)
        intro = QLabel(
            self.tr(
                "One report from the files of several rooms that ran the same plan, one "
                "laptop each: each room's results beside the combined ones. The rooms' "
                "files are only read."
            )
        )
        intro.setWordWrap(True)
        self.files_label = QLabel(self.tr("&Rooms' workshop files (one per line):"))
        self.files = QPlainTextEdit()
        self.files_label.setBuddy(self.files)
        self.add_button = QPushButton(self.tr("&Add Files…"))
        self.add_button.clicked.connect(self._add_files)
        self.pdf_box = QCheckBox(self.tr("&PDF report"))
        self.pdf_box.setChecked(True)
        self.html_box = QCheckBox(self.tr("&HTML report (accessible)"))
        self.markdown_box = QCheckBox(self.tr("&Markdown report"))
        self.csv_box = QCheckBox(self.tr("&CSV files"))
        self.json_box = QCheckBox(self.tr("&JSON data"))
        folder_label = QLabel(self.tr("&Folder:"))
        self.folder = QLineEdit(str(folder))
        folder_label.setBuddy(self.folder)
        self.name = QLineEdit(self.tr("Rooms report"))
        name_label = QLabel(self.tr("&Name:"))
        name_label.setBuddy(self.name)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.files_label)
        layout.addWidget(self.files)
        layout.addWidget(self.add_button)
        for box in (self.pdf_box, self.html_box, self.markdown_box, self.csv_box, self.json_box):
            layout.addWidget(box)
        for label, edit in ((folder_label, self.folder), (name_label, self.name)):
            row = QHBoxLayout()
            row.addWidget(label)
            row.addWidget(edit, 1)
            layout.addLayout(row)
        layout.addWidget(self.buttons)

    def _add_files(self) -> None:
        chosen, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Rooms' workshop files"), self.folder.text(), "*.workshop"
        )
        lines = [line for line in self.files.toPlainText().splitlines() if line.strip()]
        self.files.setPlainText("\n".join([*lines, *chosen]))

    def paths(self) -> list[Path]:
        return [
            Path(line.strip()).expanduser()
            for line in self.files.toPlainText().splitlines()
            if line.strip()
        ]

    def targets(self) -> ExportTargets:
        folder = Path(self.folder.text()).expanduser()
        stem = self.name.text().strip() or "Rooms report"
        return ExportTargets(
            pdf=folder / f"{stem}.pdf" if self.pdf_box.isChecked() else None,
            html=folder / f"{stem}.html" if self.html_box.isChecked() else None,
            markdown=folder / f"{stem}.md" if self.markdown_box.isChecked() else None,
            csv_dir=folder / f"{stem} - data" if self.csv_box.isChecked() else None,
            json=folder / f"{stem}.json" if self.json_box.isChecked() else None,
        )


class MergeRooms(QObject):
    """Asks for the rooms and the formats, then merges in the background."""

    def __init__(
        self,
        window: QWidget,
        prompter: Prompter,
        clock: Clock,
        status: Callable[[str, int], None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.prompter = prompter
        self.clock = clock
        self.status = status
        self.job: BackgroundJob | None = None
        self.written: list[Path] = []

    def ask_and_merge(self, folder: Path) -> bool:
        dialog = MergeRoomsDialog(folder, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        paths, targets = dialog.paths(), dialog.targets()
        if len(paths) < 2 or not targets.any():
            self.prompter.error(
                self.tr("Nothing to merge"),
                self.tr("Give at least two rooms' files and choose at least one format."),
            )
            return False
        now = self.clock.now()
        job = BackgroundJob(self)

        def done(written: list[Path]) -> None:
            self.written = written
            self.status(
                self.tr("Merged {count} rooms into {folder}").format(
                    count=len(paths), folder=written[0].parent if written else ""
                ),
                8000,
            )

        job.finished.connect(done)
        job.failed.connect(lambda message: self.prompter.error(self.tr("Merge refused"), message))
        self.job = job
        job.start(lambda report: merge_to(paths, targets, now, report))
        return True
