# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'stock_sheet_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_StockSheetDialog(object):
    def setupUi(self, StockSheetDialog):
        if not StockSheetDialog.objectName():
            StockSheetDialog.setObjectName(u"StockSheetDialog")
        StockSheetDialog.resize(860, 700)
        self.layout = QVBoxLayout(StockSheetDialog)
        self.layout.setObjectName(u"layout")
        self.infoLabel = QLabel(StockSheetDialog)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)

        self.layout.addWidget(self.infoLabel)

        self.filterEdit = QLineEdit(StockSheetDialog)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)
        self.filterEdit.setMaxLength(60)

        self.layout.addWidget(self.filterEdit)

        self.sheetView = QTableView(StockSheetDialog)
        self.sheetView.setObjectName(u"sheetView")
        self.sheetView.setAlternatingRowColors(True)
        self.sheetView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.sheetView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sheetView.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed|QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.SelectedClicked)

        self.layout.addWidget(self.sheetView)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.noteLabel = QLabel(StockSheetDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(StockSheetDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaxLength(200)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.layout.addLayout(self.form)

        self.reviewLayout = QHBoxLayout()
        self.reviewLayout.setObjectName(u"reviewLayout")
        self.reviewButton = QPushButton(StockSheetDialog)
        self.reviewButton.setObjectName(u"reviewButton")
        self.reviewButton.setAutoDefault(False)

        self.reviewLayout.addWidget(self.reviewButton)

        self.reviewSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reviewLayout.addItem(self.reviewSpacer)


        self.layout.addLayout(self.reviewLayout)

        self.reviewBrowser = QTextBrowser(StockSheetDialog)
        self.reviewBrowser.setObjectName(u"reviewBrowser")
        self.reviewBrowser.setMaximumSize(QSize(16777215, 150))

        self.layout.addWidget(self.reviewBrowser)

        self.errorLabel = QLabel(StockSheetDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(StockSheetDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

        self.layout.setStretch(2, 3)
        self.layout.setStretch(5, 1)
#if QT_CONFIG(shortcut)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StockSheetDialog)

        QMetaObject.connectSlotsByName(StockSheetDialog)
    # setupUi

    def retranslateUi(self, StockSheetDialog):
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("StockSheetDialog", u"Find an ingredient\u2026 (Ctrl+F)", None))
        self.reviewButton.setText(QCoreApplication.translate("StockSheetDialog", u"Re&view", None))
#if QT_CONFIG(tooltip)
        self.reviewButton.setToolTip(QCoreApplication.translate("StockSheetDialog", u"Check what will change before confirming (Ctrl+Enter)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.reviewBrowser.setAccessibleName(QCoreApplication.translate("StockSheetDialog", u"What will change", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

