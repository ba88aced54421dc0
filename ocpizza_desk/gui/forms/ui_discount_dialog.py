# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'discount_dialog.ui'
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
    QLineEdit, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_DiscountDialog(object):
    def setupUi(self, DiscountDialog):
        if not DiscountDialog.objectName():
            DiscountDialog.setObjectName(u"DiscountDialog")
        DiscountDialog.resize(420, 260)
        self.layout = QVBoxLayout(DiscountDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.scopeLabel = QLabel(DiscountDialog)
        self.scopeLabel.setObjectName(u"scopeLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.scopeLabel)

        self.scopeCombo = QComboBox(DiscountDialog)
        self.scopeCombo.setObjectName(u"scopeCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.scopeCombo)

        self.valueLabel = QLabel(DiscountDialog)
        self.valueLabel.setObjectName(u"valueLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.valueLabel)

        self.valueRow = QHBoxLayout()
        self.valueRow.setObjectName(u"valueRow")
        self.valueEdit = QLineEdit(DiscountDialog)
        self.valueEdit.setObjectName(u"valueEdit")

        self.valueRow.addWidget(self.valueEdit)

        self.kindCombo = QComboBox(DiscountDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.valueRow.addWidget(self.kindCombo)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.valueRow)

        self.reasonLabel = QLabel(DiscountDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonCombo = QComboBox(DiscountDialog)
        self.reasonCombo.setObjectName(u"reasonCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reasonCombo)

        self.previewCaption = QLabel(DiscountDialog)
        self.previewCaption.setObjectName(u"previewCaption")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.previewCaption)

        self.previewLabel = QLabel(DiscountDialog)
        self.previewLabel.setObjectName(u"previewLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.previewLabel)


        self.layout.addLayout(self.form)

        self.errorLabel = QLabel(DiscountDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.removeDiscountButton = QPushButton(DiscountDialog)
        self.removeDiscountButton.setObjectName(u"removeDiscountButton")

        self.buttonRow.addWidget(self.removeDiscountButton)

        self.buttonBox = QDialogButtonBox(DiscountDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.buttonRow.addWidget(self.buttonBox)


        self.layout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.scopeLabel.setBuddy(self.scopeCombo)
        self.valueLabel.setBuddy(self.valueEdit)
        self.reasonLabel.setBuddy(self.reasonCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.scopeCombo, self.valueEdit)
        QWidget.setTabOrder(self.valueEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.reasonCombo)

        self.retranslateUi(DiscountDialog)

        QMetaObject.connectSlotsByName(DiscountDialog)
    # setupUi

    def retranslateUi(self, DiscountDialog):
        DiscountDialog.setWindowTitle(QCoreApplication.translate("DiscountDialog", u"Discount", None))
        self.scopeLabel.setText(QCoreApplication.translate("DiscountDialog", u"&On", None))
#if QT_CONFIG(accessibility)
        self.scopeCombo.setAccessibleName(QCoreApplication.translate("DiscountDialog", u"What the discount applies to", None))
#endif // QT_CONFIG(accessibility)
        self.valueLabel.setText(QCoreApplication.translate("DiscountDialog", u"&Discount", None))
        self.valueEdit.setPlaceholderText(QCoreApplication.translate("DiscountDialog", u"10 % or 2,50", None))
#if QT_CONFIG(accessibility)
        self.valueEdit.setAccessibleName(QCoreApplication.translate("DiscountDialog", u"Discount amount or percentage", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("DiscountDialog", u"Euros or percent", None))
#endif // QT_CONFIG(accessibility)
        self.reasonLabel.setText(QCoreApplication.translate("DiscountDialog", u"&Reason", None))
#if QT_CONFIG(accessibility)
        self.reasonCombo.setAccessibleName(QCoreApplication.translate("DiscountDialog", u"Reason for the discount", None))
#endif // QT_CONFIG(accessibility)
        self.previewCaption.setText(QCoreApplication.translate("DiscountDialog", u"Takes off", None))
        self.removeDiscountButton.setText(QCoreApplication.translate("DiscountDialog", u"Re&move the discount", None))
    # retranslateUi

