"""The page shown while a workshop is open.

It hosts the workshop's views; today a read-only overview of the agenda with its
computed times and polls. The agenda editor and run mode take this place as they land.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from workshop_app.domain.agenda_timing import planned_end, schedule, total_minutes
from workshop_app.ui.context import WorkshopContext


class Workspace(QWidget):
    def __init__(self, context: WorkshopContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.details = QLabel(self)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels(["Time", "Item", "Method", "Minutes"])
        self.tree.setAccessibleName("Agenda")
        self.tree.setAlternatingRowColors(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.details)
        layout.addWidget(self.tree, 1)
        context.signals.workshopChanged.connect(self.refresh)
        context.signals.agendaChanged.connect(self.refresh)
        context.signals.pollsChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        file = self.context.file
        workshop = file.load_workshop()
        items = file.items()
        self.heading.setText(workshop.title)
        when = workshop.date.strftime("%A %d %B %Y") if workshop.date else "No date set"
        end = planned_end(items, workshop.start_time, workshop.date)
        parts = [
            f"{when}, {workshop.start_time:%H:%M}–{end:%H:%M}",
            f"{len(items)} items, {total_minutes(items)} minutes planned",
        ]
        if workshop.venue:
            parts.append(workshop.venue)
        self.details.setText(" · ".join(parts))
        self.tree.clear()
        for scheduled in schedule(items, workshop.start_time, workshop.date):
            item = scheduled.item
            row = QTreeWidgetItem(
                [
                    f"{scheduled.planned_start:%H:%M}–{scheduled.planned_end:%H:%M}",
                    item.title,
                    item.method.label,
                    str(item.planned_minutes),
                ]
            )
            assert item.id is not None
            for poll in file.polls(item.id):
                row.addChild(QTreeWidgetItem(["", f"{poll.type.label}: {poll.question}", "", ""]))
            self.tree.addTopLevelItem(row)
        self.tree.expandAll()
        for column in (0, 2, 3):
            self.tree.resizeColumnToContents(column)
