"""File › Export…: choose formats and a folder; the export runs off the GUI thread."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QBoxLayout, QCheckBox, QDialog, QFileDialog, QWidget

from workshop_app.domain.session import SessionSummary
from workshop_app.export.export_job import ExportTargets
from workshop_app.export.session_choice import SessionChoice
from workshop_app.ui.forms.ui_export_dialog import Ui_ExportDialog
from workshop_app.ui.sessions.export_choice import SessionChoiceRow


def safe_stem(title: str) -> str:
    # Characters no file system takes become spaces; runs of spaces become one.
    stem = re.sub(r'[\\/:*?"<>|\s]+', " ", title).strip()
    return (stem or "workshop")[:80]


class ExportDialog(QDialog):
    def __init__(
        self,
        title: str,
        folder: Path,
        parent: QWidget | None = None,
        sessions: list[SessionSummary] | None = None,
        shown: list[int] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        # Which sessions the minutes cover: above the folder, below the formats.
        self.sessions_row = SessionChoiceRow(sessions or [], shown, self)
        self.ui.layout.insertWidget(self.ui.layout.indexOf(self.ui.planBox) + 1, self.sessions_row)
        self.stem = safe_stem(title)
        self.ui.folderEdit.setText(str(folder))
        self.ui.browseButton.clicked.connect(self._browse)
        self.privacyBox = QCheckBox(
            self.tr("&Data-protection summary (one page, Markdown), for an impact assessment"),
            self,
        )
        self.privacyBox.setObjectName("privacyBox")
        layout = self.ui.layout  # the dialog's column of boxes
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(layout.indexOf(self.ui.planBox) + 1, self.privacyBox)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Export into"), self.ui.folderEdit.text()
        )
        if chosen:
            self.ui.folderEdit.setText(chosen)

    def session_choice(self) -> SessionChoice:
        return self.sessions_row.choice()

    @property
    def open_when_done(self) -> bool:
        return self.ui.openBox.isChecked()

    def targets(self) -> ExportTargets:
        folder = Path(self.ui.folderEdit.text()).expanduser()
        stem = self.stem
        ui = self.ui
        return ExportTargets(
            pdf=folder / f"{stem} - minutes.pdf" if ui.pdfBox.isChecked() else None,
            html=folder / f"{stem} - minutes.html" if ui.htmlBox.isChecked() else None,
            markdown=folder / f"{stem} - minutes.md" if ui.markdownBox.isChecked() else None,
            csv_dir=folder / f"{stem} - data" if ui.csvBox.isChecked() else None,
            json=folder / f"{stem} - data.json" if ui.jsonBox.isChecked() else None,
            plan=folder / f"{stem}.plan.json" if ui.planBox.isChecked() else None,
            privacy_summary=folder / f"{stem} - data protection.md"
            if self.privacyBox.isChecked()
            else None,
        )
