# GENERATED CODE - DO NOT EDIT.
# Compiled from forms/poll_dialog.ui by `make forms` (pyside6-uic); edit the .ui file instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'poll_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_PollDialog(object):
    def setupUi(self, PollDialog):
        if not PollDialog.objectName():
            PollDialog.setObjectName(u"PollDialog")
        PollDialog.resize(520, 560)
        self.mainLayout = QVBoxLayout(PollDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.typeLabel = QLabel(PollDialog)
        self.typeLabel.setObjectName(u"typeLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.typeCombo = QComboBox(PollDialog)
        self.typeCombo.setObjectName(u"typeCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.questionLabel = QLabel(PollDialog)
        self.questionLabel.setObjectName(u"questionLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.questionLabel)

        self.questionEdit = QLineEdit(PollDialog)
        self.questionEdit.setObjectName(u"questionEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.questionEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.optionsGroup = QGroupBox(PollDialog)
        self.optionsGroup.setObjectName(u"optionsGroup")
        self.optionsLayout = QVBoxLayout(self.optionsGroup)
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.optionsEdit = QPlainTextEdit(self.optionsGroup)
        self.optionsEdit.setObjectName(u"optionsEdit")
        self.optionsEdit.setTabChangesFocus(True)

        self.optionsLayout.addWidget(self.optionsEdit)

        self.maxLayout = QHBoxLayout()
        self.maxLayout.setObjectName(u"maxLayout")
        self.maxLabel = QLabel(self.optionsGroup)
        self.maxLabel.setObjectName(u"maxLabel")

        self.maxLayout.addWidget(self.maxLabel)

        self.maxSpin = QSpinBox(self.optionsGroup)
        self.maxSpin.setObjectName(u"maxSpin")
        self.maxSpin.setMinimum(0)
        self.maxSpin.setMaximum(50)

        self.maxLayout.addWidget(self.maxSpin)

        self.maxSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.maxLayout.addItem(self.maxSpacer)


        self.optionsLayout.addLayout(self.maxLayout)


        self.mainLayout.addWidget(self.optionsGroup)

        self.scaleGroup = QGroupBox(PollDialog)
        self.scaleGroup.setObjectName(u"scaleGroup")
        self.scaleLayout = QFormLayout(self.scaleGroup)
        self.scaleLayout.setObjectName(u"scaleLayout")
        self.scaleMinLabel = QLabel(self.scaleGroup)
        self.scaleMinLabel.setObjectName(u"scaleMinLabel")

        self.scaleLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.scaleMinLabel)

        self.scaleMinRow = QHBoxLayout()
        self.scaleMinRow.setObjectName(u"scaleMinRow")
        self.scaleMinSpin = QSpinBox(self.scaleGroup)
        self.scaleMinSpin.setObjectName(u"scaleMinSpin")
        self.scaleMinSpin.setMinimum(-10)
        self.scaleMinSpin.setMaximum(100)

        self.scaleMinRow.addWidget(self.scaleMinSpin)

        self.scaleMinText = QLineEdit(self.scaleGroup)
        self.scaleMinText.setObjectName(u"scaleMinText")

        self.scaleMinRow.addWidget(self.scaleMinText)


        self.scaleLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.scaleMinRow)

        self.scaleMaxLabel = QLabel(self.scaleGroup)
        self.scaleMaxLabel.setObjectName(u"scaleMaxLabel")

        self.scaleLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.scaleMaxLabel)

        self.scaleMaxRow = QHBoxLayout()
        self.scaleMaxRow.setObjectName(u"scaleMaxRow")
        self.scaleMaxSpin = QSpinBox(self.scaleGroup)
        self.scaleMaxSpin.setObjectName(u"scaleMaxSpin")
        self.scaleMaxSpin.setMinimum(-10)
        self.scaleMaxSpin.setMaximum(100)

        self.scaleMaxRow.addWidget(self.scaleMaxSpin)

        self.scaleMaxText = QLineEdit(self.scaleGroup)
        self.scaleMaxText.setObjectName(u"scaleMaxText")

        self.scaleMaxRow.addWidget(self.scaleMaxText)


        self.scaleLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.scaleMaxRow)


        self.mainLayout.addWidget(self.scaleGroup)

        self.allowChangeCheck = QCheckBox(PollDialog)
        self.allowChangeCheck.setObjectName(u"allowChangeCheck")

        self.mainLayout.addWidget(self.allowChangeCheck)

        self.resultsHiddenCheck = QCheckBox(PollDialog)
        self.resultsHiddenCheck.setObjectName(u"resultsHiddenCheck")

        self.mainLayout.addWidget(self.resultsHiddenCheck)

        self.problemsLabel = QLabel(PollDialog)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setTextFormat(Qt.PlainText)
        self.problemsLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.problemsLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttons = QDialogButtonBox(PollDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.typeLabel.setBuddy(self.typeCombo)
        self.questionLabel.setBuddy(self.questionEdit)
        self.maxLabel.setBuddy(self.maxSpin)
        self.scaleMinLabel.setBuddy(self.scaleMinSpin)
        self.scaleMaxLabel.setBuddy(self.scaleMaxSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PollDialog)

        QMetaObject.connectSlotsByName(PollDialog)
    # setupUi

    def retranslateUi(self, PollDialog):
        PollDialog.setWindowTitle(QCoreApplication.translate("PollDialog", u"Poll", None))
        self.typeLabel.setText(QCoreApplication.translate("PollDialog", u"&Type:", None))
#if QT_CONFIG(accessibility)
        self.typeCombo.setAccessibleName(QCoreApplication.translate("PollDialog", u"Poll type", None))
#endif // QT_CONFIG(accessibility)
        self.questionLabel.setText(QCoreApplication.translate("PollDialog", u"&Question:", None))
#if QT_CONFIG(accessibility)
        self.questionEdit.setAccessibleName(QCoreApplication.translate("PollDialog", u"Question", None))
#endif // QT_CONFIG(accessibility)
        self.questionEdit.setPlaceholderText(QCoreApplication.translate("PollDialog", u"What do you want to ask the room?", None))
        self.optionsGroup.setTitle(QCoreApplication.translate("PollDialog", u"&Options, one per line", None))
#if QT_CONFIG(accessibility)
        self.optionsEdit.setAccessibleName(QCoreApplication.translate("PollDialog", u"Options, one per line", None))
#endif // QT_CONFIG(accessibility)
        self.maxLabel.setText(QCoreApplication.translate("PollDialog", u"At &most this many choices:", None))
#if QT_CONFIG(accessibility)
        self.maxSpin.setAccessibleName(QCoreApplication.translate("PollDialog", u"Maximum number of choices", None))
#endif // QT_CONFIG(accessibility)
        self.maxSpin.setSpecialValueText(QCoreApplication.translate("PollDialog", u"No limit", None))
        self.scaleGroup.setTitle(QCoreApplication.translate("PollDialog", u"Scale", None))
        self.scaleMinLabel.setText(QCoreApplication.translate("PollDialog", u"&From:", None))
#if QT_CONFIG(accessibility)
        self.scaleMinSpin.setAccessibleName(QCoreApplication.translate("PollDialog", u"Lowest value", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.scaleMinText.setAccessibleName(QCoreApplication.translate("PollDialog", u"Label of the lowest value", None))
#endif // QT_CONFIG(accessibility)
        self.scaleMinText.setPlaceholderText(QCoreApplication.translate("PollDialog", u"e.g. Not at all", None))
        self.scaleMaxLabel.setText(QCoreApplication.translate("PollDialog", u"T&o:", None))
#if QT_CONFIG(accessibility)
        self.scaleMaxSpin.setAccessibleName(QCoreApplication.translate("PollDialog", u"Highest value", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.scaleMaxText.setAccessibleName(QCoreApplication.translate("PollDialog", u"Label of the highest value", None))
#endif // QT_CONFIG(accessibility)
        self.scaleMaxText.setPlaceholderText(QCoreApplication.translate("PollDialog", u"e.g. Very much", None))
        self.allowChangeCheck.setText(QCoreApplication.translate("PollDialog", u"Participants may &change their answer until the poll closes", None))
        self.resultsHiddenCheck.setText(QCoreApplication.translate("PollDialog", u"&Hide results on the presenter screen until the poll closes", None))
#if QT_CONFIG(accessibility)
        self.problemsLabel.setAccessibleName(QCoreApplication.translate("PollDialog", u"Problems", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

