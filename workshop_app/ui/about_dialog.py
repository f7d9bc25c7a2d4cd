"""Help › About."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QWidget

from workshop_app import __version__
from workshop_app.ui.forms.ui_about_dialog import Ui_AboutDialog


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        font = self.ui.nameLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.ui.nameLabel.setFont(font)
        self.ui.nameLabel.setText(f"workshop-app {__version__}")
        body = self.tr(
            "Plan, run and minute participatory workshops — offline, with anonymous live "
            "polls answered from phones on the room's network.\n\n"
            "Everything of a workshop is kept in one .workshop file on this computer. "
            "Nothing is sent to the internet.\n\n"
            "Licence: GPL-3.0-or-later. Fonts: DejaVu (free licence, see resources/fonts)."
        )
        versions = f"Qt {qVersion()}, PySide6 {pyside_version}, Python {platform.python_version()}"
        self.ui.bodyLabel.setText(f"{body}\n{versions}")


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import (
            QDialogButtonBox,
            QHeaderView,
            QTableWidget,
            QTableWidgetItem,
            QVBoxLayout,
        )

        from workshop_app.ui.shortcuts import SHORTCUTS

        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        table = QTableWidget(len(SHORTCUTS), 3, self)
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action"), self.tr("Where")])
        for row, shortcut in enumerate(SHORTCUTS):
            for column, text in enumerate(shortcut.shown()):
                table.setItem(row, column, QTableWidgetItem(text))
        # Keys and place fit their text; the action column takes the rest and wraps, so
        # the list never needs a horizontal scroll bar.
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        table.setWordWrap(True)
        table.setTextElideMode(Qt.TextElideMode.ElideNone)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        self.table = table
        layout.addWidget(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 560)
