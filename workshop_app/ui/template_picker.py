"""File › New Workshop…: start from a template (or a blank agenda), seeing what each holds.

The list on the left names each template with its length; the right shows its
description and agenda, so a first-time facilitator knows what they will get.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_app.plans.templates import Template
from workshop_app.ui.labels import method_label
from workshop_app.ui.two_line_delegate import TwoLineDelegate

PATH_ROLE = Qt.ItemDataRole.UserRole


class TemplatePickerDialog(QDialog):
    def __init__(self, templates: list[Template], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New workshop"))
        self.templates = {str(t.path): t for t in templates}
        intro = QLabel(self.tr("Start from a ready agenda with polls, or from a blank one."))
        intro.setWordWrap(True)
        self.choices = QListWidget(self)
        self.choices.setAccessibleName(self.tr("Templates"))
        self.choices.setItemDelegate(TwoLineDelegate(self))
        blank = QListWidgetItem(
            self.tr("Blank workshop") + "\n" + self.tr("An empty agenda you fill in yourself")
        )
        blank.setData(PATH_ROLE, "")
        self.choices.addItem(blank)
        for template in templates:
            entry = QListWidgetItem(f"{template.title}\n{template_summary(template)}")
            entry.setData(PATH_ROLE, str(template.path))
            self.choices.addItem(entry)
        self.details = QLabel(self)
        self.details.setObjectName("templateDetails")
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setMinimumWidth(300)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.choices.currentItemChanged.connect(self._show_details)
        self.choices.itemDoubleClicked.connect(lambda _item: self.accept())
        body = QHBoxLayout()
        body.addWidget(self.choices, 1)
        body.addWidget(self.details, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        self.choices.setCurrentRow(1 if templates else 0)
        self.resize(780, 440)

    def chosen(self) -> Path | None:
        """The chosen template's plan file; None for a blank workshop."""
        entry = self.choices.currentItem()
        value = entry.data(PATH_ROLE) if entry is not None else ""
        return Path(value) if value else None

    def choose(self, title: str) -> None:
        """Select the entry whose first line is ``title`` (as a click on it does)."""
        for row in range(self.choices.count()):
            if self.choices.item(row).text().split("\n", 1)[0] == title:
                self.choices.setCurrentRow(row)
                return
        raise LookupError(title)

    def _show_details(self, entry: QListWidgetItem | None) -> None:
        template = self.templates.get(entry.data(PATH_ROLE)) if entry is not None else None
        if template is None:
            self.details.setText(
                self.tr("An empty agenda: add items, their timing and polls in the editor.")
            )
            return
        lines = [template.plan.workshop.description, ""]
        for planned in template.plan.agenda:
            item = planned.item
            polls = len(planned.polls)
            line = self.tr("{minutes} min · {title} ({method})").format(
                minutes=item.planned_minutes, title=item.title, method=method_label(item.method)
            )
            if polls:
                line += " · " + self.tr("%n polls", "", polls)
            lines.append(line)
        self.details.setText("\n".join(lines).strip())


def template_summary(template: Template) -> str:
    """ "7 items · 6 polls · 2 h 00", in the interface language (the start screen's words)."""
    translate = QCoreApplication.translate
    polls = sum(len(p.polls) for p in template.plan.agenda)
    hours, minutes = divmod(template.minutes, 60)
    duration = (
        translate("StartScreen", "{hours} h {minutes}").format(
            hours=hours, minutes=f"{minutes:02d}"
        )
        if hours
        else translate("StartScreen", "{minutes} min").format(minutes=minutes)
    )
    return translate("StartScreen", "{items} items · {polls} polls · {duration}").format(
        items=len(template.plan.agenda), polls=polls, duration=duration
    )
