# GENERATED CODE - DO NOT EDIT.
# Compiled from forms/workshop_details.ui by `make forms` (pyside6-uic); edit the .ui file instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'workshop_details.ui'
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
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QTimeEdit, QVBoxLayout,
    QWidget)

class Ui_WorkshopDetailsDialog(object):
    def setupUi(self, WorkshopDetailsDialog):
        if not WorkshopDetailsDialog.objectName():
            WorkshopDetailsDialog.setObjectName(u"WorkshopDetailsDialog")
        WorkshopDetailsDialog.resize(520, 480)
        self.mainLayout = QVBoxLayout(WorkshopDetailsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.titleLabel = QLabel(WorkshopDetailsDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(WorkshopDetailsDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.dateLabel = QLabel(WorkshopDetailsDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateRow = QHBoxLayout()
        self.dateRow.setObjectName(u"dateRow")
        self.hasDateCheck = QCheckBox(WorkshopDetailsDialog)
        self.hasDateCheck.setObjectName(u"hasDateCheck")

        self.dateRow.addWidget(self.hasDateCheck)

        self.dateEdit = QDateEdit(WorkshopDetailsDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.dateRow.addWidget(self.dateEdit)

        self.dateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dateRow.addItem(self.dateSpacer)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.dateRow)

        self.startLabel = QLabel(WorkshopDetailsDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startEdit = QTimeEdit(WorkshopDetailsDialog)
        self.startEdit.setObjectName(u"startEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.venueLabel = QLabel(WorkshopDetailsDialog)
        self.venueLabel.setObjectName(u"venueLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.venueLabel)

        self.venueEdit = QLineEdit(WorkshopDetailsDialog)
        self.venueEdit.setObjectName(u"venueEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.venueEdit)

        self.facilitatorsLabel = QLabel(WorkshopDetailsDialog)
        self.facilitatorsLabel.setObjectName(u"facilitatorsLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.facilitatorsLabel)

        self.facilitatorsEdit = QLineEdit(WorkshopDetailsDialog)
        self.facilitatorsEdit.setObjectName(u"facilitatorsEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.facilitatorsEdit)

        self.organisationLabel = QLabel(WorkshopDetailsDialog)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.organisationLabel)

        self.organisationEdit = QLineEdit(WorkshopDetailsDialog)
        self.organisationEdit.setObjectName(u"organisationEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.organisationEdit)

        self.languageLabel = QLabel(WorkshopDetailsDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(WorkshopDetailsDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.descriptionLabel = QLabel(WorkshopDetailsDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(WorkshopDetailsDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.problemsLabel = QLabel(WorkshopDetailsDialog)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setTextFormat(Qt.PlainText)
        self.problemsLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.problemsLabel)

        self.buttons = QDialogButtonBox(WorkshopDetailsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.dateLabel.setBuddy(self.hasDateCheck)
        self.startLabel.setBuddy(self.startEdit)
        self.venueLabel.setBuddy(self.venueEdit)
        self.facilitatorsLabel.setBuddy(self.facilitatorsEdit)
        self.organisationLabel.setBuddy(self.organisationEdit)
        self.languageLabel.setBuddy(self.languageCombo)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WorkshopDetailsDialog)

        QMetaObject.connectSlotsByName(WorkshopDetailsDialog)
    # setupUi

    def retranslateUi(self, WorkshopDetailsDialog):
        WorkshopDetailsDialog.setWindowTitle(QCoreApplication.translate("WorkshopDetailsDialog", u"Workshop details", None))
        self.titleLabel.setText(QCoreApplication.translate("WorkshopDetailsDialog", u"&Title:", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("WorkshopDetailsDialog", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.dateLabel.setText(QCoreApplication.translate("WorkshopDetailsDialog", u"&Date:", None))
        self.hasDateCheck.setText(QCoreApplication.translate("WorkshopDetailsDialog", u"Set", None))
#if QT_CONFIG(accessibility)
        self.hasDateCheck.setAccessibleName(QCoreApplication.translate("WorkshopDetailsDialog", u"Has a date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("WorkshopDetailsDialog", u"Date", None))
#endif // QT_CONFIG(accessibility)
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("WorkshopDetailsDialog", u"yyyy-MM-dd", None))
        self.startLabel.setText(QCoreApplication.translate("WorkshopDetailsDialog", u"&Start time:", None))
#if QT_CONFIG(accessibility)
        self.startEdit.setAccessibleName(QCoreApplication.translate("WorkshopDetailsDialog", u"Start time", None))
#endif // QT_CONFIG(accessibility)
        self.startEdit.setDisplayFormat(QCoreApplication.translate("WorkshopDetailsDialog", u"HH:mm", None))
        self.venueLabel.setText(QCoreApplication.translate("WorkshopDetailsDialog", u"&Venue:", None))
#if QT_CONFIG(accessibility)
        self.venueEdit.setAccessibleName(QCoreApplication.translate("WorkshopDetailsDialog", u"Venue", None))
#endif // QT_CONFIG(accessibility)
        self.facilitatorsLabel.setText(QCoreApplication.translate("WorkshopDetailsDialog", u"&Facilitators:", None))
#if QT_CONFIG(accessibility)
        self.facilitatorsEdit.setAccessibleName(QCoreApplication.translate("WorkshopDetailsDialog", u"Facilitators, separated by commas", None))
#endif // QT_CONFIG(accessibility)
        self.facilitatorsEdit.setPlaceholderText(QCoreApplication.translate("WorkshopDetailsDialog", u"Names, separated by commas", None))
        self.organisationLabel.setText(QCoreApplication.translate("WorkshopDetailsDialog", u"&Organisation:", None))
#if QT_CONFIG(accessibility)
        self.organisationEdit.setAccessibleName(QCoreApplication.translate("WorkshopDetailsDialog", u"Organisation", None))
#endif // QT_CONFIG(accessibility)
        self.languageLabel.setText(QCoreApplication.translate("WorkshopDetailsDialog", u"&Language:", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("WorkshopDetailsDialog", u"Language", None))
#endif // QT_CONFIG(accessibility)
        self.descriptionLabel.setText(QCoreApplication.translate("WorkshopDetailsDialog", u"D&escription:", None))
#if QT_CONFIG(accessibility)
        self.descriptionEdit.setAccessibleName(QCoreApplication.translate("WorkshopDetailsDialog", u"Description", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

