# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'stock_waste_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_StockWasteDialog(object):
    def setupUi(self, StockWasteDialog):
        if not StockWasteDialog.objectName():
            StockWasteDialog.setObjectName(u"StockWasteDialog")
        StockWasteDialog.resize(480, 240)
        self.layout = QVBoxLayout(StockWasteDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.ingredientLabel = QLabel(StockWasteDialog)
        self.ingredientLabel.setObjectName(u"ingredientLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ingredientLabel)

        self.ingredientCombo = QComboBox(StockWasteDialog)
        self.ingredientCombo.setObjectName(u"ingredientCombo")
        self.ingredientCombo.setEditable(True)
        self.ingredientCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ingredientCombo)

        self.quantityLabel = QLabel(StockWasteDialog)
        self.quantityLabel.setObjectName(u"quantityLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.quantityLabel)

        self.quantityLayout = QHBoxLayout()
        self.quantityLayout.setObjectName(u"quantityLayout")
        self.quantityEdit = QLineEdit(StockWasteDialog)
        self.quantityEdit.setObjectName(u"quantityEdit")
        self.quantityEdit.setMaxLength(20)

        self.quantityLayout.addWidget(self.quantityEdit)

        self.unitLabel = QLabel(StockWasteDialog)
        self.unitLabel.setObjectName(u"unitLabel")
        self.unitLabel.setProperty(u"role", u"info")

        self.quantityLayout.addWidget(self.unitLabel)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.quantityLayout)

        self.stockCaption = QLabel(StockWasteDialog)
        self.stockCaption.setObjectName(u"stockCaption")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.stockCaption)

        self.stockLabel = QLabel(StockWasteDialog)
        self.stockLabel.setObjectName(u"stockLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.stockLabel)

        self.reasonLabel = QLabel(StockWasteDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(StockWasteDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaxLength(200)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.layout.addLayout(self.form)

        self.errorLabel = QLabel(StockWasteDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(StockWasteDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.ingredientLabel.setBuddy(self.ingredientCombo)
        self.quantityLabel.setBuddy(self.quantityEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StockWasteDialog)

        QMetaObject.connectSlotsByName(StockWasteDialog)
    # setupUi

    def retranslateUi(self, StockWasteDialog):
        StockWasteDialog.setWindowTitle(QCoreApplication.translate("StockWasteDialog", u"Record waste", None))
        self.ingredientLabel.setText(QCoreApplication.translate("StockWasteDialog", u"&Ingredient", None))
        self.quantityLabel.setText(QCoreApplication.translate("StockWasteDialog", u"&Quantity", None))
        self.stockCaption.setText(QCoreApplication.translate("StockWasteDialog", u"In stock", None))
        self.reasonLabel.setText(QCoreApplication.translate("StockWasteDialog", u"&Reason", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("StockWasteDialog", u"Dropped, past its date, burnt\u2026", None))
    # retranslateUi

