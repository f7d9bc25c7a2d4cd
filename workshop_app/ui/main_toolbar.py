"""The main window's toolbar: the four things a facilitator does most, with icons.

Start/Resume session, Presenter, Notes and Export are the menus' own actions (one action,
one behaviour, wherever it is clicked); icons are Qt's standard ones, so they follow the
desktop's style and need no files of their own.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QStyle, QToolBar

ICONS = {
    "actionNew": QStyle.StandardPixmap.SP_FileIcon,
    "actionOpen": QStyle.StandardPixmap.SP_DialogOpenButton,
    "actionStartSession": QStyle.StandardPixmap.SP_MediaPlay,
    "actionEndSession": QStyle.StandardPixmap.SP_MediaStop,
    "actionPresenterWindow": QStyle.StandardPixmap.SP_DesktopIcon,
    "actionNotesPane": QStyle.StandardPixmap.SP_FileDialogDetailedView,
    "actionExport": QStyle.StandardPixmap.SP_DialogSaveButton,
    "actionSettings": QStyle.StandardPixmap.SP_FileDialogInfoView,
    "actionShortcuts": QStyle.StandardPixmap.SP_DialogHelpButton,
}


def give_icons(window: QMainWindow, actions: list[QAction]) -> None:
    style = window.style()
    for action in actions:
        pixmap = ICONS.get(action.objectName())
        if pixmap is not None:
            action.setIcon(style.standardIcon(pixmap))


def build_toolbar(window: QMainWindow, actions: list[QAction]) -> QToolBar:
    """A toolbar at the top with text beside each icon: a first-time user reads it."""
    give_icons(window, actions)
    toolbar = QToolBar(QCoreApplication.translate("MainToolbar", "Main toolbar"), window)
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.setIconSize(QSize(22, 22))
    for action in actions:
        toolbar.addAction(action)
        button = toolbar.widgetForAction(action)
        if button is not None:
            button.setObjectName(f"toolbar_{action.objectName()}")
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    toggle = toolbar.toggleViewAction()
    toggle.setObjectName("actionShowToolbar")
    toggle.setText(QCoreApplication.translate("MainToolbar", "&Toolbar"))
    return toolbar
