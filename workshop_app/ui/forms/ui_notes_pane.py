# GENERATED CODE - DO NOT EDIT.
# Compiled from forms/notes_pane.ui by `make forms` (pyside6-uic); edit the .ui file instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'notes_pane.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QListView, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_NotesPane(object):
    def setupUi(self, NotesPane):
        if not NotesPane.objectName():
            NotesPane.setObjectName(u"NotesPane")
        NotesPane.resize(420, 640)
        self.layout = QVBoxLayout(NotesPane)
        self.layout.setObjectName(u"layout")
        self.entryForm = QFormLayout()
        self.entryForm.setObjectName(u"entryForm")
        self.itemLabel = QLabel(NotesPane)
        self.itemLabel.setObjectName(u"itemLabel")

        self.entryForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.itemLabel)

        self.itemCombo = QComboBox(NotesPane)
        self.itemCombo.setObjectName(u"itemCombo")

        self.entryForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.itemCombo)

        self.kindLabel = QLabel(NotesPane)
        self.kindLabel.setObjectName(u"kindLabel")

        self.entryForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(NotesPane)
        self.kindCombo.setObjectName(u"kindCombo")

        self.entryForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.ownerLabel = QLabel(NotesPane)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.entryForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.ownerEdit = QLineEdit(NotesPane)
        self.ownerEdit.setObjectName(u"ownerEdit")

        self.entryForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ownerEdit)

        self.dueCheck = QCheckBox(NotesPane)
        self.dueCheck.setObjectName(u"dueCheck")

        self.entryForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dueCheck)

        self.dueEdit = QDateEdit(NotesPane)
        self.dueEdit.setObjectName(u"dueEdit")
        self.dueEdit.setCalendarPopup(True)

        self.entryForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dueEdit)

        self.pollLabel = QLabel(NotesPane)
        self.pollLabel.setObjectName(u"pollLabel")

        self.entryForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.pollLabel)

        self.pollCombo = QComboBox(NotesPane)
        self.pollCombo.setObjectName(u"pollCombo")

        self.entryForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.pollCombo)


        self.layout.addLayout(self.entryForm)

        self.entryRow = QHBoxLayout()
        self.entryRow.setObjectName(u"entryRow")
        self.entry = QLineEdit(NotesPane)
        self.entry.setObjectName(u"entry")
        self.entry.setMaxLength(5000)

        self.entryRow.addWidget(self.entry)

        self.addButton = QPushButton(NotesPane)
        self.addButton.setObjectName(u"addButton")

        self.entryRow.addWidget(self.addButton)


        self.layout.addLayout(self.entryRow)

        self.draftLabel = QLabel(NotesPane)
        self.draftLabel.setObjectName(u"draftLabel")
        self.draftLabel.setTextFormat(Qt.PlainText)
        self.draftLabel.setWordWrap(True)

        self.layout.addWidget(self.draftLabel)

        self.searchEdit = QLineEdit(NotesPane)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.layout.addWidget(self.searchEdit)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.kindFilter = QComboBox(NotesPane)
        self.kindFilter.setObjectName(u"kindFilter")

        self.filterRow.addWidget(self.kindFilter)

        self.scopeFilter = QComboBox(NotesPane)
        self.scopeFilter.setObjectName(u"scopeFilter")

        self.filterRow.addWidget(self.scopeFilter)


        self.layout.addLayout(self.filterRow)

        self.notesList = QListView(NotesPane)
        self.notesList.setObjectName(u"notesList")
        self.notesList.setWordWrap(True)
        self.notesList.setAlternatingRowColors(True)
        self.notesList.setEditTriggers(QAbstractItemView.NoEditTriggers)

        self.layout.addWidget(self.notesList)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.editButton = QPushButton(NotesPane)
        self.editButton.setObjectName(u"editButton")

        self.buttonRow.addWidget(self.editButton)

        self.deleteButton = QPushButton(NotesPane)
        self.deleteButton.setObjectName(u"deleteButton")

        self.buttonRow.addWidget(self.deleteButton)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.spacer)

        self.actionsButton = QPushButton(NotesPane)
        self.actionsButton.setObjectName(u"actionsButton")

        self.buttonRow.addWidget(self.actionsButton)


        self.layout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.itemLabel.setBuddy(self.itemCombo)
        self.kindLabel.setBuddy(self.kindCombo)
        self.ownerLabel.setBuddy(self.ownerEdit)
        self.pollLabel.setBuddy(self.pollCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NotesPane)

        QMetaObject.connectSlotsByName(NotesPane)
    # setupUi

    def retranslateUi(self, NotesPane):
        self.itemLabel.setText(QCoreApplication.translate("NotesPane", u"&Item:", None))
#if QT_CONFIG(accessibility)
        self.itemCombo.setAccessibleName(QCoreApplication.translate("NotesPane", u"Agenda item of the note", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("NotesPane", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("NotesPane", u"Kind of note (Ctrl+1 to Ctrl+5)", None))
#endif // QT_CONFIG(accessibility)
        self.ownerLabel.setText(QCoreApplication.translate("NotesPane", u"&Owner:", None))
        self.ownerEdit.setPlaceholderText(QCoreApplication.translate("NotesPane", u"Who does it", None))
        self.dueCheck.setText(QCoreApplication.translate("NotesPane", u"&Due:", None))
        self.dueEdit.setDisplayFormat(QCoreApplication.translate("NotesPane", u"yyyy-MM-dd", None))
        self.pollLabel.setText(QCoreApplication.translate("NotesPane", u"&Poll:", None))
#if QT_CONFIG(accessibility)
        self.pollCombo.setAccessibleName(QCoreApplication.translate("NotesPane", u"Poll the note refers to", None))
#endif // QT_CONFIG(accessibility)
        self.entry.setPlaceholderText(QCoreApplication.translate("NotesPane", u"Type a note, press Enter", None))
#if QT_CONFIG(accessibility)
        self.entry.setAccessibleName(QCoreApplication.translate("NotesPane", u"New note", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("NotesPane", u"&Add", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("NotesPane", u"Search notes", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("NotesPane", u"Search notes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.kindFilter.setAccessibleName(QCoreApplication.translate("NotesPane", u"Show notes of kind", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.scopeFilter.setAccessibleName(QCoreApplication.translate("NotesPane", u"Show notes of item", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.notesList.setAccessibleName(QCoreApplication.translate("NotesPane", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.editButton.setText(QCoreApplication.translate("NotesPane", u"&Edit\u2026", None))
        self.deleteButton.setText(QCoreApplication.translate("NotesPane", u"&Delete", None))
        self.actionsButton.setText(QCoreApplication.translate("NotesPane", u"Action items\u2026", None))
        pass
    # retranslateUi

