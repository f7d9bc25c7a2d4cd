# GENERATED CODE - DO NOT EDIT.
# Compiled from forms/start_screen.ui by `make forms` (pyside6-uic); edit the .ui file instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'start_screen.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_StartScreen(object):
    def setupUi(self, StartScreen):
        if not StartScreen.objectName():
            StartScreen.setObjectName(u"StartScreen")
        StartScreen.resize(900, 600)
        self.outerLayout = QVBoxLayout(StartScreen)
        self.outerLayout.setSpacing(16)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(48, 36, 48, 36)
        self.heading = QLabel(StartScreen)
        self.heading.setObjectName(u"heading")
        self.heading.setTextFormat(Qt.PlainText)

        self.outerLayout.addWidget(self.heading)

        self.tagline = QLabel(StartScreen)
        self.tagline.setObjectName(u"tagline")
        self.tagline.setWordWrap(True)
        self.tagline.setTextFormat(Qt.PlainText)

        self.outerLayout.addWidget(self.tagline)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.newButton = QPushButton(StartScreen)
        self.newButton.setObjectName(u"newButton")

        self.buttonRow.addWidget(self.newButton)

        self.openButton = QPushButton(StartScreen)
        self.openButton.setObjectName(u"openButton")

        self.buttonRow.addWidget(self.openButton)

        self.demoButton = QPushButton(StartScreen)
        self.demoButton.setObjectName(u"demoButton")

        self.buttonRow.addWidget(self.demoButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)


        self.outerLayout.addLayout(self.buttonRow)

        self.listsRow = QHBoxLayout()
        self.listsRow.setSpacing(24)
        self.listsRow.setObjectName(u"listsRow")
        self.recentColumn = QVBoxLayout()
        self.recentColumn.setObjectName(u"recentColumn")
        self.recentLabel = QLabel(StartScreen)
        self.recentLabel.setObjectName(u"recentLabel")

        self.recentColumn.addWidget(self.recentLabel)

        self.recentList = QListWidget(StartScreen)
        self.recentList.setObjectName(u"recentList")

        self.recentColumn.addWidget(self.recentList)

        self.recentEmpty = QLabel(StartScreen)
        self.recentEmpty.setObjectName(u"recentEmpty")
        self.recentEmpty.setWordWrap(True)
        self.recentEmpty.setTextFormat(Qt.PlainText)

        self.recentColumn.addWidget(self.recentEmpty)

        self.recentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.recentColumn.addItem(self.recentSpacer)


        self.listsRow.addLayout(self.recentColumn)

        self.templateColumn = QVBoxLayout()
        self.templateColumn.setObjectName(u"templateColumn")
        self.templatesLabel = QLabel(StartScreen)
        self.templatesLabel.setObjectName(u"templatesLabel")

        self.templateColumn.addWidget(self.templatesLabel)

        self.templateList = QListWidget(StartScreen)
        self.templateList.setObjectName(u"templateList")

        self.templateColumn.addWidget(self.templateList)

        self.templateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.templateColumn.addItem(self.templateSpacer)


        self.listsRow.addLayout(self.templateColumn)


        self.outerLayout.addLayout(self.listsRow)

#if QT_CONFIG(shortcut)
        self.recentLabel.setBuddy(self.recentList)
        self.templatesLabel.setBuddy(self.templateList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StartScreen)

        self.newButton.setDefault(True)


        QMetaObject.connectSlotsByName(StartScreen)
    # setupUi

    def retranslateUi(self, StartScreen):
        self.heading.setText(QCoreApplication.translate("StartScreen", u"Plan, run and minute a participatory workshop", None))
        self.tagline.setText(QCoreApplication.translate("StartScreen", u"Plan a time-boxed workshop, run it with live anonymous polls, and send the minutes the same evening \u2014 all offline.", None))
        self.newButton.setText(QCoreApplication.translate("StartScreen", u"New workshop\u2026", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("StartScreen", u"Start from a template or a blank agenda (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.openButton.setText(QCoreApplication.translate("StartScreen", u"Open\u2026", None))
        self.demoButton.setText(QCoreApplication.translate("StartScreen", u"Explore the demo", None))
        self.recentLabel.setText(QCoreApplication.translate("StartScreen", u"&Recent workshops", None))
#if QT_CONFIG(accessibility)
        self.recentList.setAccessibleName(QCoreApplication.translate("StartScreen", u"Recent workshops", None))
#endif // QT_CONFIG(accessibility)
        self.recentEmpty.setText(QCoreApplication.translate("StartScreen", u"No recent workshops yet. Create one from a template, or explore the demo: a finished evening with polls, notes and minutes to look through.", None))
        self.templatesLabel.setText(QCoreApplication.translate("StartScreen", u"Start from a &template", None))
#if QT_CONFIG(accessibility)
        self.templateList.setAccessibleName(QCoreApplication.translate("StartScreen", u"Templates", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

