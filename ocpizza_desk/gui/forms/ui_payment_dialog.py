# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'payment_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_PaymentDialog(object):
    def setupUi(self, PaymentDialog):
        if not PaymentDialog.objectName():
            PaymentDialog.setObjectName(u"PaymentDialog")
        PaymentDialog.resize(420, 280)
        self.layout = QVBoxLayout(PaymentDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.dueCaption = QLabel(PaymentDialog)
        self.dueCaption.setObjectName(u"dueCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dueCaption)

        self.dueLabel = QLabel(PaymentDialog)
        self.dueLabel.setObjectName(u"dueLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dueLabel)

        self.tenderLabel = QLabel(PaymentDialog)
        self.tenderLabel.setObjectName(u"tenderLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.tenderLabel)

        self.tenderCombo = QComboBox(PaymentDialog)
        self.tenderCombo.setObjectName(u"tenderCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.tenderCombo)

        self.amountLabel = QLabel(PaymentDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amountEdit = QLineEdit(PaymentDialog)
        self.amountEdit.setObjectName(u"amountEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.amountEdit)

        self.tenderedLabel = QLabel(PaymentDialog)
        self.tenderedLabel.setObjectName(u"tenderedLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.tenderedLabel)

        self.tenderedEdit = QLineEdit(PaymentDialog)
        self.tenderedEdit.setObjectName(u"tenderedEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.tenderedEdit)

        self.referenceLabel = QLabel(PaymentDialog)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.referenceEdit = QLineEdit(PaymentDialog)
        self.referenceEdit.setObjectName(u"referenceEdit")
        self.referenceEdit.setMaxLength(64)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.referenceEdit)

        self.changeCaption = QLabel(PaymentDialog)
        self.changeCaption.setObjectName(u"changeCaption")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.changeCaption)

        self.changeLabel = QLabel(PaymentDialog)
        self.changeLabel.setObjectName(u"changeLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.changeLabel)


        self.layout.addLayout(self.form)

        self.errorLabel = QLabel(PaymentDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(PaymentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.tenderLabel.setBuddy(self.tenderCombo)
        self.amountLabel.setBuddy(self.amountEdit)
        self.tenderedLabel.setBuddy(self.tenderedEdit)
        self.referenceLabel.setBuddy(self.referenceEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PaymentDialog)

        QMetaObject.connectSlotsByName(PaymentDialog)
    # setupUi

    def retranslateUi(self, PaymentDialog):
        PaymentDialog.setWindowTitle(QCoreApplication.translate("PaymentDialog", u"Take a payment", None))
        self.dueCaption.setText(QCoreApplication.translate("PaymentDialog", u"Still due", None))
        self.tenderLabel.setText(QCoreApplication.translate("PaymentDialog", u"&Tender", None))
        self.amountLabel.setText(QCoreApplication.translate("PaymentDialog", u"&Amount (\u20ac)", None))
        self.tenderedLabel.setText(QCoreApplication.translate("PaymentDialog", u"Cash &given (\u20ac)", None))
        self.referenceLabel.setText(QCoreApplication.translate("PaymentDialog", u"Bank &reference", None))
        self.changeCaption.setText(QCoreApplication.translate("PaymentDialog", u"Change to give", None))
    # retranslateUi

