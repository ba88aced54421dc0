# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'formulas_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDialog, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_FormulasDialog(object):
    def setupUi(self, FormulasDialog):
        if not FormulasDialog.objectName():
            FormulasDialog.setObjectName(u"FormulasDialog")
        FormulasDialog.resize(1000, 580)
        self.layout = QVBoxLayout(FormulasDialog)
        self.layout.setObjectName(u"layout")
        self.infoLabel = QLabel(FormulasDialog)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)

        self.layout.addWidget(self.infoLabel)

        self.body = QHBoxLayout()
        self.body.setObjectName(u"body")
        self.listLayout = QVBoxLayout()
        self.listLayout.setObjectName(u"listLayout")
        self.formulaList = QListWidget(FormulasDialog)
        self.formulaList.setObjectName(u"formulaList")
        self.formulaList.setMaximumSize(QSize(260, 16777215))

        self.listLayout.addWidget(self.formulaList)

        self.newButton = QPushButton(FormulasDialog)
        self.newButton.setObjectName(u"newButton")

        self.listLayout.addWidget(self.newButton)


        self.body.addLayout(self.listLayout)

        self.editLayout = QVBoxLayout()
        self.editLayout.setObjectName(u"editLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(FormulasDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(FormulasDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(60)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.priceLabel = QLabel(FormulasDialog)
        self.priceLabel.setObjectName(u"priceLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.priceLabel)

        self.priceEdit = QLineEdit(FormulasDialog)
        self.priceEdit.setObjectName(u"priceEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.priceEdit)

        self.activeCheck = QCheckBox(FormulasDialog)
        self.activeCheck.setObjectName(u"activeCheck")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.activeCheck)


        self.editLayout.addLayout(self.form)

        self.slotsLabel = QLabel(FormulasDialog)
        self.slotsLabel.setObjectName(u"slotsLabel")

        self.editLayout.addWidget(self.slotsLabel)

        self.slotsTable = QTableWidget(FormulasDialog)
        self.slotsTable.setObjectName(u"slotsTable")

        self.editLayout.addWidget(self.slotsTable)

        self.slotButtons = QHBoxLayout()
        self.slotButtons.setObjectName(u"slotButtons")
        self.addSlotButton = QPushButton(FormulasDialog)
        self.addSlotButton.setObjectName(u"addSlotButton")

        self.slotButtons.addWidget(self.addSlotButton)

        self.removeSlotButton = QPushButton(FormulasDialog)
        self.removeSlotButton.setObjectName(u"removeSlotButton")

        self.slotButtons.addWidget(self.removeSlotButton)

        self.slotSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.slotButtons.addItem(self.slotSpacer)


        self.editLayout.addLayout(self.slotButtons)

        self.listedLabel = QLabel(FormulasDialog)
        self.listedLabel.setObjectName(u"listedLabel")
        self.listedLabel.setWordWrap(True)

        self.editLayout.addWidget(self.listedLabel)

        self.listedTable = QTableWidget(FormulasDialog)
        self.listedTable.setObjectName(u"listedTable")

        self.editLayout.addWidget(self.listedTable)

        self.listedButtons = QHBoxLayout()
        self.listedButtons.setObjectName(u"listedButtons")
        self.addProductButton = QPushButton(FormulasDialog)
        self.addProductButton.setObjectName(u"addProductButton")

        self.listedButtons.addWidget(self.addProductButton)

        self.removeProductButton = QPushButton(FormulasDialog)
        self.removeProductButton.setObjectName(u"removeProductButton")

        self.listedButtons.addWidget(self.removeProductButton)

        self.listedSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listedButtons.addItem(self.listedSpacer)


        self.editLayout.addLayout(self.listedButtons)


        self.body.addLayout(self.editLayout)


        self.layout.addLayout(self.body)

        self.messageLabel = QLabel(FormulasDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.saveButton = QPushButton(FormulasDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttons.addWidget(self.saveButton)

        self.closeButton = QPushButton(FormulasDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttons.addWidget(self.closeButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.priceLabel.setBuddy(self.priceEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FormulasDialog)

        QMetaObject.connectSlotsByName(FormulasDialog)
    # setupUi

    def retranslateUi(self, FormulasDialog):
        FormulasDialog.setWindowTitle(QCoreApplication.translate("FormulasDialog", u"Formulas", None))
        self.infoLabel.setText(QCoreApplication.translate("FormulasDialog", u"A formula is a set price for one choice per slot. A slot offers every active product of its category in its size (empty: each product's default size), and the products listed, some at a supplement.", None))
#if QT_CONFIG(accessibility)
        self.formulaList.setAccessibleName(QCoreApplication.translate("FormulasDialog", u"Formulas", None))
#endif // QT_CONFIG(accessibility)
        self.newButton.setText(QCoreApplication.translate("FormulasDialog", u"New formula", None))
        self.nameLabel.setText(QCoreApplication.translate("FormulasDialog", u"&Name", None))
        self.priceLabel.setText(QCoreApplication.translate("FormulasDialog", u"Set &price", None))
        self.priceEdit.setPlaceholderText(QCoreApplication.translate("FormulasDialog", u"15,90", None))
        self.activeCheck.setText(QCoreApplication.translate("FormulasDialog", u"&Sold (active)", None))
        self.slotsLabel.setText(QCoreApplication.translate("FormulasDialog", u"Slots, in order", None))
#if QT_CONFIG(accessibility)
        self.slotsTable.setAccessibleName(QCoreApplication.translate("FormulasDialog", u"Slots", None))
#endif // QT_CONFIG(accessibility)
        self.addSlotButton.setText(QCoreApplication.translate("FormulasDialog", u"Add a slot", None))
        self.removeSlotButton.setText(QCoreApplication.translate("FormulasDialog", u"Remove the slot", None))
        self.listedLabel.setText(QCoreApplication.translate("FormulasDialog", u"Products listed for the selected slot (beyond its category), and supplements", None))
#if QT_CONFIG(accessibility)
        self.listedTable.setAccessibleName(QCoreApplication.translate("FormulasDialog", u"Products listed and supplements", None))
#endif // QT_CONFIG(accessibility)
        self.addProductButton.setText(QCoreApplication.translate("FormulasDialog", u"Add a product", None))
        self.removeProductButton.setText(QCoreApplication.translate("FormulasDialog", u"Remove the product", None))
        self.saveButton.setText(QCoreApplication.translate("FormulasDialog", u"Save", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("FormulasDialog", u"Save the formula (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("FormulasDialog", u"Close", None))
    # retranslateUi

