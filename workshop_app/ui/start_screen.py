"""The page shown when no workshop is open: new, open, recent, templates, demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidgetItem, QWidget

from workshop_app.plans.templates import Template
from workshop_app.ui.forms.ui_start_screen import Ui_StartScreen
from workshop_app.ui.two_line_delegate import TwoLineDelegate

PATH_ROLE = Qt.ItemDataRole.UserRole


class StartScreen(QWidget):
    newRequested = Signal()
    openRequested = Signal()
    demoRequested = Signal()
    recentChosen = Signal(Path)
    templateChosen = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_StartScreen()
        self.ui.setupUi(self)
        font = self.ui.heading.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        self.ui.heading.setFont(font)
        self._delegate = TwoLineDelegate(self)
        for view in (self.ui.recentList, self.ui.templateList):
            view.setItemDelegate(self._delegate)
        self.ui.newButton.clicked.connect(self.newRequested)
        self.ui.openButton.clicked.connect(self.openRequested)
        self.ui.demoButton.clicked.connect(self.demoRequested)
        self.ui.recentList.itemActivated.connect(self._recent_activated)
        self.ui.templateList.itemActivated.connect(self._template_activated)

    def set_recent(self, paths: list[Path]) -> None:
        self.ui.recentList.clear()
        for path in paths:
            missing = not path.exists()
            label = f"{path.stem}\n{path.parent}" + (self.tr("  (not found)") if missing else "")
            item = QListWidgetItem(label)
            item.setData(PATH_ROLE, str(path))
            item.setToolTip(str(path))
            if missing:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.ui.recentList.addItem(item)
        if not paths:
            placeholder = QListWidgetItem(self.tr("No recent workshops yet."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.ui.recentList.addItem(placeholder)

    def set_templates(self, templates: list[Template]) -> None:
        self.ui.templateList.clear()
        for template in templates:
            polls = sum(len(p.polls) for p in template.plan.agenda)
            hours, minutes = divmod(template.minutes, 60)
            duration = (
                self.tr("{hours} h {minutes}").format(hours=hours, minutes=f"{minutes:02d}")
                if hours
                else self.tr("{minutes} min").format(minutes=minutes)
            )
            summary = self.tr("{items} items · {polls} polls · {duration}").format(
                items=len(template.plan.agenda), polls=polls, duration=duration
            )
            item = QListWidgetItem(f"{template.title}\n{summary}")
            item.setData(PATH_ROLE, str(template.path))
            item.setToolTip(template.plan.workshop.description)
            self.ui.templateList.addItem(item)

    def _recent_activated(self, item: QListWidgetItem) -> None:
        value = item.data(PATH_ROLE)
        if value:
            self.recentChosen.emit(Path(value))

    def _template_activated(self, item: QListWidgetItem) -> None:
        value = item.data(PATH_ROLE)
        if value:
            self.templateChosen.emit(Path(value))
