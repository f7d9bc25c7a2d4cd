# GENERATED CODE - DO NOT EDIT.
# Compiled from forms/settings_dialog.ui by `make forms` (pyside6-uic); edit the .ui file instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        self.layout = QVBoxLayout(SettingsDialog)
        self.layout.setObjectName(u"layout")
        self.computerGroup = QGroupBox(SettingsDialog)
        self.computerGroup.setObjectName(u"computerGroup")
        self.computerForm = QFormLayout(self.computerGroup)
        self.computerForm.setObjectName(u"computerForm")
        self.interfaceLabel = QLabel(self.computerGroup)
        self.interfaceLabel.setObjectName(u"interfaceLabel")

        self.computerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.interfaceLabel)

        self.interfaceCombo = QComboBox(self.computerGroup)
        self.interfaceCombo.setObjectName(u"interfaceCombo")
        self.interfaceCombo.setEditable(True)

        self.computerForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.interfaceCombo)

        self.portLabel = QLabel(self.computerGroup)
        self.portLabel.setObjectName(u"portLabel")

        self.computerForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.portLabel)

        self.portSpin = QSpinBox(self.computerGroup)
        self.portSpin.setObjectName(u"portSpin")
        self.portSpin.setMinimum(1024)
        self.portSpin.setMaximum(65535)

        self.computerForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.portSpin)

        self.organisationLabel = QLabel(self.computerGroup)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.computerForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.organisationLabel)

        self.organisationEdit = QLineEdit(self.computerGroup)
        self.organisationEdit.setObjectName(u"organisationEdit")

        self.computerForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.organisationEdit)

        self.logoLabel = QLabel(self.computerGroup)
        self.logoLabel.setObjectName(u"logoLabel")

        self.computerForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.logoLabel)

        self.logoRow = QHBoxLayout()
        self.logoRow.setObjectName(u"logoRow")
        self.logoEdit = QLineEdit(self.computerGroup)
        self.logoEdit.setObjectName(u"logoEdit")
        self.logoEdit.setReadOnly(True)

        self.logoRow.addWidget(self.logoEdit)

        self.logoButton = QPushButton(self.computerGroup)
        self.logoButton.setObjectName(u"logoButton")

        self.logoRow.addWidget(self.logoButton)

        self.clearLogoButton = QPushButton(self.computerGroup)
        self.clearLogoButton.setObjectName(u"clearLogoButton")

        self.logoRow.addWidget(self.clearLogoButton)


        self.computerForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.logoRow)

        self.languageLabel = QLabel(self.computerGroup)
        self.languageLabel.setObjectName(u"languageLabel")

        self.computerForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.computerGroup)
        self.languageCombo.setObjectName(u"languageCombo")

        self.computerForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.restartHint = QLabel(self.computerGroup)
        self.restartHint.setObjectName(u"restartHint")
        self.restartHint.setWordWrap(True)

        self.computerForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.restartHint)


        self.layout.addWidget(self.computerGroup)

        self.workshopGroup = QGroupBox(SettingsDialog)
        self.workshopGroup.setObjectName(u"workshopGroup")
        self.workshopForm = QFormLayout(self.workshopGroup)
        self.workshopForm.setObjectName(u"workshopForm")
        self.workshopHint = QLabel(self.workshopGroup)
        self.workshopHint.setObjectName(u"workshopHint")
        self.workshopHint.setWordWrap(True)

        self.workshopForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.workshopHint)

        self.wifiNameLabel = QLabel(self.workshopGroup)
        self.wifiNameLabel.setObjectName(u"wifiNameLabel")

        self.workshopForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.wifiNameLabel)

        self.wifiNameEdit = QLineEdit(self.workshopGroup)
        self.wifiNameEdit.setObjectName(u"wifiNameEdit")

        self.workshopForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.wifiNameEdit)

        self.wifiPasswordLabel = QLabel(self.workshopGroup)
        self.wifiPasswordLabel.setObjectName(u"wifiPasswordLabel")

        self.workshopForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.wifiPasswordLabel)

        self.passwordRow = QHBoxLayout()
        self.passwordRow.setObjectName(u"passwordRow")
        self.wifiPasswordEdit = QLineEdit(self.workshopGroup)
        self.wifiPasswordEdit.setObjectName(u"wifiPasswordEdit")
        self.wifiPasswordEdit.setEchoMode(QLineEdit.Password)

        self.passwordRow.addWidget(self.wifiPasswordEdit)

        self.showPasswordCheck = QCheckBox(self.workshopGroup)
        self.showPasswordCheck.setObjectName(u"showPasswordCheck")

        self.passwordRow.addWidget(self.showPasswordCheck)


        self.workshopForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.passwordRow)

        self.resultsHiddenCheck = QCheckBox(self.workshopGroup)
        self.resultsHiddenCheck.setObjectName(u"resultsHiddenCheck")

        self.workshopForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.resultsHiddenCheck)

        self.allowChangeCheck = QCheckBox(self.workshopGroup)
        self.allowChangeCheck.setObjectName(u"allowChangeCheck")

        self.workshopForm.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.allowChangeCheck)


        self.layout.addWidget(self.workshopGroup)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.interfaceLabel.setBuddy(self.interfaceCombo)
        self.portLabel.setBuddy(self.portSpin)
        self.organisationLabel.setBuddy(self.organisationEdit)
        self.logoLabel.setBuddy(self.logoButton)
        self.languageLabel.setBuddy(self.languageCombo)
        self.wifiNameLabel.setBuddy(self.wifiNameEdit)
        self.wifiPasswordLabel.setBuddy(self.wifiPasswordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.interfaceCombo, self.portSpin)
        QWidget.setTabOrder(self.portSpin, self.organisationEdit)
        QWidget.setTabOrder(self.organisationEdit, self.logoButton)
        QWidget.setTabOrder(self.logoButton, self.clearLogoButton)
        QWidget.setTabOrder(self.clearLogoButton, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.wifiNameEdit)
        QWidget.setTabOrder(self.wifiNameEdit, self.wifiPasswordEdit)
        QWidget.setTabOrder(self.wifiPasswordEdit, self.showPasswordCheck)
        QWidget.setTabOrder(self.showPasswordCheck, self.resultsHiddenCheck)
        QWidget.setTabOrder(self.resultsHiddenCheck, self.allowChangeCheck)

        self.retranslateUi(SettingsDialog)
        self.buttonBox.accepted.connect(SettingsDialog.accept)
        self.buttonBox.rejected.connect(SettingsDialog.reject)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.computerGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"On this computer (every workshop)", None))
        self.interfaceLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Network address:", None))
#if QT_CONFIG(tooltip)
        self.interfaceCombo.setToolTip(QCoreApplication.translate("SettingsDialog", u"The address of this computer that phones connect to. Automatic uses the network that reaches the internet or the room's router.", None))
#endif // QT_CONFIG(tooltip)
        self.portLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Port:", None))
#if QT_CONFIG(tooltip)
        self.portSpin.setToolTip(QCoreApplication.translate("SettingsDialog", u"If this port is busy, the next free one is used.", None))
#endif // QT_CONFIG(tooltip)
        self.organisationLabel.setText(QCoreApplication.translate("SettingsDialog", u"Your &organisation:", None))
        self.organisationEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"at the top of the minutes you export", None))
        self.logoLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Logo:", None))
        self.logoEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"no logo", None))
        self.logoButton.setText(QCoreApplication.translate("SettingsDialog", u"Choose\u2026", None))
        self.clearLogoButton.setText(QCoreApplication.translate("SettingsDialog", u"Remove", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Interface language:", None))
        self.restartHint.setText(QCoreApplication.translate("SettingsDialog", u"A new language applies the next time workshop-app starts. The participant page and the minutes use each workshop's own language.", None))
        self.workshopGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"In this workshop (saved in its file)", None))
        self.wifiNameLabel.setText(QCoreApplication.translate("SettingsDialog", u"Wi-Fi &name (SSID):", None))
#if QT_CONFIG(tooltip)
        self.wifiNameEdit.setToolTip(QCoreApplication.translate("SettingsDialog", u"Phones can scan a QR code on the presenter screen to join this Wi-Fi network. Leave the name empty to show no Wi-Fi code.", None))
#endif // QT_CONFIG(tooltip)
        self.wifiNameEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"no Wi-Fi QR code", None))
        self.wifiPasswordLabel.setText(QCoreApplication.translate("SettingsDialog", u"Wi-Fi pass&word:", None))
        self.wifiPasswordEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"none (open network)", None))
        self.showPasswordCheck.setText(QCoreApplication.translate("SettingsDialog", u"&Show", None))
        self.resultsHiddenCheck.setText(QCoreApplication.translate("SettingsDialog", u"New polls &hide their results until they close", None))
        self.allowChangeCheck.setText(QCoreApplication.translate("SettingsDialog", u"In new polls, participants may &change their answers", None))
    # retranslateUi

