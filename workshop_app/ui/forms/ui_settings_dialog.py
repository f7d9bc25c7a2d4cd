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
        self.networkGroup = QGroupBox(SettingsDialog)
        self.networkGroup.setObjectName(u"networkGroup")
        self.networkForm = QFormLayout(self.networkGroup)
        self.networkForm.setObjectName(u"networkForm")
        self.interfaceLabel = QLabel(self.networkGroup)
        self.interfaceLabel.setObjectName(u"interfaceLabel")

        self.networkForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.interfaceLabel)

        self.interfaceCombo = QComboBox(self.networkGroup)
        self.interfaceCombo.setObjectName(u"interfaceCombo")
        self.interfaceCombo.setEditable(True)

        self.networkForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.interfaceCombo)

        self.portLabel = QLabel(self.networkGroup)
        self.portLabel.setObjectName(u"portLabel")

        self.networkForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.portLabel)

        self.portSpin = QSpinBox(self.networkGroup)
        self.portSpin.setObjectName(u"portSpin")
        self.portSpin.setMinimum(1024)
        self.portSpin.setMaximum(65535)

        self.networkForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.portSpin)

        self.resultsHiddenCheck = QCheckBox(self.networkGroup)
        self.resultsHiddenCheck.setObjectName(u"resultsHiddenCheck")

        self.networkForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.resultsHiddenCheck)

        self.allowChangeCheck = QCheckBox(self.networkGroup)
        self.allowChangeCheck.setObjectName(u"allowChangeCheck")

        self.networkForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.allowChangeCheck)


        self.layout.addWidget(self.networkGroup)

        self.wifiGroup = QGroupBox(SettingsDialog)
        self.wifiGroup.setObjectName(u"wifiGroup")
        self.wifiForm = QFormLayout(self.wifiGroup)
        self.wifiForm.setObjectName(u"wifiForm")
        self.wifiHint = QLabel(self.wifiGroup)
        self.wifiHint.setObjectName(u"wifiHint")
        self.wifiHint.setWordWrap(True)

        self.wifiForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.wifiHint)

        self.wifiNameLabel = QLabel(self.wifiGroup)
        self.wifiNameLabel.setObjectName(u"wifiNameLabel")

        self.wifiForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.wifiNameLabel)

        self.wifiNameEdit = QLineEdit(self.wifiGroup)
        self.wifiNameEdit.setObjectName(u"wifiNameEdit")

        self.wifiForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.wifiNameEdit)

        self.wifiPasswordLabel = QLabel(self.wifiGroup)
        self.wifiPasswordLabel.setObjectName(u"wifiPasswordLabel")

        self.wifiForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.wifiPasswordLabel)

        self.passwordRow = QHBoxLayout()
        self.passwordRow.setObjectName(u"passwordRow")
        self.wifiPasswordEdit = QLineEdit(self.wifiGroup)
        self.wifiPasswordEdit.setObjectName(u"wifiPasswordEdit")
        self.wifiPasswordEdit.setEchoMode(QLineEdit.Password)

        self.passwordRow.addWidget(self.wifiPasswordEdit)

        self.showPasswordCheck = QCheckBox(self.wifiGroup)
        self.showPasswordCheck.setObjectName(u"showPasswordCheck")

        self.passwordRow.addWidget(self.showPasswordCheck)


        self.wifiForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.passwordRow)


        self.layout.addWidget(self.wifiGroup)

        self.minutesGroup = QGroupBox(SettingsDialog)
        self.minutesGroup.setObjectName(u"minutesGroup")
        self.minutesForm = QFormLayout(self.minutesGroup)
        self.minutesForm.setObjectName(u"minutesForm")
        self.organisationLabel = QLabel(self.minutesGroup)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.minutesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.organisationLabel)

        self.organisationEdit = QLineEdit(self.minutesGroup)
        self.organisationEdit.setObjectName(u"organisationEdit")

        self.minutesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.organisationEdit)

        self.logoLabel = QLabel(self.minutesGroup)
        self.logoLabel.setObjectName(u"logoLabel")

        self.minutesForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.logoLabel)

        self.logoRow = QHBoxLayout()
        self.logoRow.setObjectName(u"logoRow")
        self.logoEdit = QLineEdit(self.minutesGroup)
        self.logoEdit.setObjectName(u"logoEdit")
        self.logoEdit.setReadOnly(True)

        self.logoRow.addWidget(self.logoEdit)

        self.logoButton = QPushButton(self.minutesGroup)
        self.logoButton.setObjectName(u"logoButton")

        self.logoRow.addWidget(self.logoButton)

        self.clearLogoButton = QPushButton(self.minutesGroup)
        self.clearLogoButton.setObjectName(u"clearLogoButton")

        self.logoRow.addWidget(self.clearLogoButton)


        self.minutesForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.logoRow)


        self.layout.addWidget(self.minutesGroup)

        self.languageGroup = QGroupBox(SettingsDialog)
        self.languageGroup.setObjectName(u"languageGroup")
        self.languageForm = QFormLayout(self.languageGroup)
        self.languageForm.setObjectName(u"languageForm")
        self.languageLabel = QLabel(self.languageGroup)
        self.languageLabel.setObjectName(u"languageLabel")

        self.languageForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.languageGroup)
        self.languageCombo.setObjectName(u"languageCombo")

        self.languageForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.restartHint = QLabel(self.languageGroup)
        self.restartHint.setObjectName(u"restartHint")
        self.restartHint.setWordWrap(True)

        self.languageForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.restartHint)


        self.layout.addWidget(self.languageGroup)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.interfaceLabel.setBuddy(self.interfaceCombo)
        self.portLabel.setBuddy(self.portSpin)
        self.wifiNameLabel.setBuddy(self.wifiNameEdit)
        self.wifiPasswordLabel.setBuddy(self.wifiPasswordEdit)
        self.organisationLabel.setBuddy(self.organisationEdit)
        self.logoLabel.setBuddy(self.logoButton)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.interfaceCombo, self.portSpin)
        QWidget.setTabOrder(self.portSpin, self.resultsHiddenCheck)
        QWidget.setTabOrder(self.resultsHiddenCheck, self.allowChangeCheck)
        QWidget.setTabOrder(self.allowChangeCheck, self.wifiNameEdit)
        QWidget.setTabOrder(self.wifiNameEdit, self.wifiPasswordEdit)
        QWidget.setTabOrder(self.wifiPasswordEdit, self.showPasswordCheck)
        QWidget.setTabOrder(self.showPasswordCheck, self.organisationEdit)
        QWidget.setTabOrder(self.organisationEdit, self.logoButton)
        QWidget.setTabOrder(self.logoButton, self.clearLogoButton)
        QWidget.setTabOrder(self.clearLogoButton, self.languageCombo)

        self.retranslateUi(SettingsDialog)
        self.buttonBox.accepted.connect(SettingsDialog.accept)
        self.buttonBox.rejected.connect(SettingsDialog.reject)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.networkGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Live polls", None))
        self.interfaceLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Network address:", None))
#if QT_CONFIG(tooltip)
        self.interfaceCombo.setToolTip(QCoreApplication.translate("SettingsDialog", u"The address of this computer that phones connect to. Automatic uses the network that reaches the internet or the room's router.", None))
#endif // QT_CONFIG(tooltip)
        self.portLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Port:", None))
#if QT_CONFIG(tooltip)
        self.portSpin.setToolTip(QCoreApplication.translate("SettingsDialog", u"If this port is busy, the next free one is used.", None))
#endif // QT_CONFIG(tooltip)
        self.resultsHiddenCheck.setText(QCoreApplication.translate("SettingsDialog", u"New polls &hide their results until they close", None))
        self.allowChangeCheck.setText(QCoreApplication.translate("SettingsDialog", u"In new polls, participants may &change their answers", None))
        self.wifiGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Wi-Fi shown on the presenter screen", None))
        self.wifiHint.setText(QCoreApplication.translate("SettingsDialog", u"Phones can scan a QR code to join this Wi-Fi network before they open the poll page. Leave the name empty to show no Wi-Fi code.", None))
        self.wifiNameLabel.setText(QCoreApplication.translate("SettingsDialog", u"Network &name (SSID):", None))
        self.wifiPasswordLabel.setText(QCoreApplication.translate("SettingsDialog", u"Pass&word:", None))
        self.wifiPasswordEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"none (open network)", None))
        self.showPasswordCheck.setText(QCoreApplication.translate("SettingsDialog", u"&Show", None))
        self.minutesGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Minutes", None))
        self.organisationLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Organisation:", None))
        self.organisationEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"shown at the top of the PDF minutes", None))
        self.logoLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Logo:", None))
        self.logoEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"no logo", None))
        self.logoButton.setText(QCoreApplication.translate("SettingsDialog", u"Choose\u2026", None))
        self.clearLogoButton.setText(QCoreApplication.translate("SettingsDialog", u"Remove", None))
        self.languageGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Language", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Interface language:", None))
        self.restartHint.setText(QCoreApplication.translate("SettingsDialog", u"A new language applies the next time workshop-app starts. The participant page and the minutes use each workshop's own language.", None))
    # retranslateUi

