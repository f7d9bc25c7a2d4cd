"""The idea wall's and the dot vote's own settings in the poll dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QSpinBox, QWidget

from workshop_app.domain.polls import MAX_DOTS, PollSettings, PollType


class IdeaPollSettings(QWidget):
    def __init__(self, settings: PollSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.approve_check = QCheckBox(self.tr("&Approve each idea before the room sees it"), self)
        self.approve_check.setChecked(settings.approve_first)
        self.dots_group = QGroupBox(self.tr("Dots"), self)
        form = QFormLayout(self.dots_group)
        self.points_check = QCheckBox(self.tr("Spread &100 points instead of dots"), self)
        self.points_check.setChecked(settings.points)
        self.dots_spin = QSpinBox(self)
        self.dots_spin.setRange(1, MAX_DOTS)
        self.dots_spin.setValue(max(1, min(MAX_DOTS, settings.dots)))
        self.dots_spin.setAccessibleName(self.tr("Dots per participant"))
        self.per_option_spin = QSpinBox(self)
        self.per_option_spin.setRange(1, MAX_DOTS)
        self.per_option_spin.setValue(max(1, min(MAX_DOTS, settings.dots_per_option)))
        self.per_option_spin.setAccessibleName(self.tr("Most dots on one option"))
        form.addRow(self.points_check)
        form.addRow(self.tr("&Dots per participant:"), self.dots_spin)
        form.addRow(self.tr("&Most on one option:"), self.per_option_spin)
        self.points_check.toggled.connect(self._points_toggled)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.approve_check)
        layout.addRow(self.dots_group)
        self._points_toggled(settings.points)

    def _points_toggled(self, points: bool) -> None:
        self.dots_spin.setEnabled(not points)
        self.per_option_spin.setEnabled(not points)

    def show_for(self, kind: PollType) -> None:
        self.approve_check.setVisible(kind == PollType.IDEA_WALL)
        self.dots_group.setVisible(kind == PollType.DOT_VOTE)
        self.setVisible(kind in (PollType.IDEA_WALL, PollType.DOT_VOTE))

    def apply_to(self, settings: PollSettings, kind: PollType) -> None:
        settings.approve_first = kind == PollType.IDEA_WALL and self.approve_check.isChecked()
        settings.points = self.points_check.isChecked()
        settings.dots = self.dots_spin.value()
        settings.dots_per_option = self.per_option_spin.value()
