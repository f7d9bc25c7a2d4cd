# GENERATED CODE - DO NOT EDIT.
# Compiled from forms/export_dialog.ui by `make forms` (pyside6-uic); edit the .ui file instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        self.layout = QVBoxLayout(ExportDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(ExportDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.PlainText)

        self.layout.addWidget(self.intro)

        self.pdfBox = QCheckBox(ExportDialog)
        self.pdfBox.setObjectName(u"pdfBox")
        self.pdfBox.setChecked(True)

        self.layout.addWidget(self.pdfBox)

        self.htmlBox = QCheckBox(ExportDialog)
        self.htmlBox.setObjectName(u"htmlBox")

        self.layout.addWidget(self.htmlBox)

        self.markdownBox = QCheckBox(ExportDialog)
        self.markdownBox.setObjectName(u"markdownBox")

        self.layout.addWidget(self.markdownBox)

        self.csvBox = QCheckBox(ExportDialog)
        self.csvBox.setObjectName(u"csvBox")

        self.layout.addWidget(self.csvBox)

        self.jsonBox = QCheckBox(ExportDialog)
        self.jsonBox.setObjectName(u"jsonBox")

        self.layout.addWidget(self.jsonBox)

        self.planBox = QCheckBox(ExportDialog)
        self.planBox.setObjectName(u"planBox")

        self.layout.addWidget(self.planBox)

        self.folderRow = QHBoxLayout()
        self.folderRow.setObjectName(u"folderRow")
        self.folderLabel = QLabel(ExportDialog)
        self.folderLabel.setObjectName(u"folderLabel")

        self.folderRow.addWidget(self.folderLabel)

        self.folderEdit = QLineEdit(ExportDialog)
        self.folderEdit.setObjectName(u"folderEdit")

        self.folderRow.addWidget(self.folderEdit)

        self.browseButton = QPushButton(ExportDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.folderRow.addWidget(self.browseButton)


        self.layout.addLayout(self.folderRow)

        self.openBox = QCheckBox(ExportDialog)
        self.openBox.setObjectName(u"openBox")
        self.openBox.setChecked(True)

        self.layout.addWidget(self.openBox)

        self.buttonBox = QDialogButtonBox(ExportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.folderLabel.setBuddy(self.folderEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExportDialog)
        self.buttonBox.accepted.connect(ExportDialog.accept)
        self.buttonBox.rejected.connect(ExportDialog.reject)

        QMetaObject.connectSlotsByName(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Export", None))
        self.intro.setText(QCoreApplication.translate("ExportDialog", u"Choose what to export. Files are written into the folder below, named after the workshop.", None))
        self.pdfBox.setText(QCoreApplication.translate("ExportDialog", u"&PDF minutes, ready to send", None))
        self.htmlBox.setText(QCoreApplication.translate("ExportDialog", u"&HTML minutes (accessible), for screen readers and the web", None))
        self.markdownBox.setText(QCoreApplication.translate("ExportDialog", u"&Markdown minutes, for e-mail or a wiki", None))
        self.csvBox.setText(QCoreApplication.translate("ExportDialog", u"&CSV files: results per poll, notes, action items", None))
        self.jsonBox.setText(QCoreApplication.translate("ExportDialog", u"&JSON data of the whole workshop", None))
        self.planBox.setText(QCoreApplication.translate("ExportDialog", u"P&lan file, to reuse the agenda and polls", None))
        self.folderLabel.setText(QCoreApplication.translate("ExportDialog", u"&Folder:", None))
        self.browseButton.setText(QCoreApplication.translate("ExportDialog", u"&Browse\u2026", None))
        self.openBox.setText(QCoreApplication.translate("ExportDialog", u"&Open the minutes when done", None))
    # retranslateUi

