"""The page shown when no workshop is open: new, open, recent, templates, demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyle, QWidget

from workshop_app.plans.templates import Template
from workshop_app.ui.forms.ui_start_screen import Ui_StartScreen
from workshop_app.ui.template_picker import template_summary
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
        # One clear order: what this is, the main action, then the lists to pick from.
        _scale_font(self.ui.heading, 2.0, bold=True)
        _scale_font(self.ui.tagline, 1.15)
        for label in (self.ui.recentLabel, self.ui.templatesLabel):
            _scale_font(label, 1.2, bold=True)
        style = self.style()
        for button, icon, primary in (
            (self.ui.newButton, QStyle.StandardPixmap.SP_FileIcon, True),
            (self.ui.openButton, QStyle.StandardPixmap.SP_DialogOpenButton, False),
            (self.ui.demoButton, QStyle.StandardPixmap.SP_MediaPlay, False),
        ):
            button.setIcon(style.standardIcon(icon))
            button.setIconSize(QSize(22, 22))
            button.setMinimumHeight(44)
            _scale_font(button, 1.15, bold=primary)
        self.ui.recentEmpty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._delegate = TwoLineDelegate(self)
        for view in (self.ui.recentList, self.ui.templateList):
            view.setItemDelegate(self._delegate)
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
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
        # An empty list is no use: say what will appear here and what to do first.
        self.ui.recentList.setVisible(bool(paths))
        self.ui.recentEmpty.setVisible(not paths)
        _fit_rows(self.ui.recentList)

    def set_templates(self, templates: list[Template]) -> None:
        self.ui.templateList.clear()
        for template in templates:
            item = QListWidgetItem(f"{template.title}\n{template_summary(template)}")
            item.setData(PATH_ROLE, str(template.path))
            item.setToolTip(template.plan.workshop.description)
            self.ui.templateList.addItem(item)
        _fit_rows(self.ui.templateList)

    def _recent_activated(self, item: QListWidgetItem) -> None:
        value = item.data(PATH_ROLE)
        if value:
            self.recentChosen.emit(Path(value))

    def _template_activated(self, item: QListWidgetItem) -> None:
        value = item.data(PATH_ROLE)
        if value:
            self.templateChosen.emit(Path(value))


def _scale_font(widget: QWidget, factor: float, bold: bool = False) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    widget.setFont(font)


def _fit_rows(view: QListWidget, most: int = 8) -> None:
    """As tall as its rows (up to ``most``), not a large empty box."""
    rows = min(view.count(), most)
    height = sum(view.sizeHintForRow(row) for row in range(rows))
    view.setFixedHeight(height + 2 * view.frameWidth() + 4)
