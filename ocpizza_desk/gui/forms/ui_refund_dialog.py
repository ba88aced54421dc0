# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'refund_dialog.ui'
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

class Ui_RefundDialog(object):
    def setupUi(self, RefundDialog):
        if not RefundDialog.objectName():
            RefundDialog.setObjectName(u"RefundDialog")
        RefundDialog.resize(460, 360)
        self.layout = QVBoxLayout(RefundDialog)
        self.layout.setObjectName(u"layout")
        self.infoLabel = QLabel(RefundDialog)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)
        self.infoLabel.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.infoLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.amountCaption = QLabel(RefundDialog)
        self.amountCaption.setObjectName(u"amountCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.amountCaption)

        self.amountLabel = QLabel(RefundDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.amountLabel)

        self.tenderLabel = QLabel(RefundDialog)
        self.tenderLabel.setObjectName(u"tenderLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.tenderLabel)

        self.tenderCombo = QComboBox(RefundDialog)
        self.tenderCombo.setObjectName(u"tenderCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.tenderCombo)

        self.referenceLabel = QLabel(RefundDialog)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.referenceEdit = QLineEdit(RefundDialog)
        self.referenceEdit.setObjectName(u"referenceEdit")
        self.referenceEdit.setMaxLength(64)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.referenceEdit)

        self.reasonLabel = QLabel(RefundDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(RefundDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaxLength(200)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.approvalLabel = QLabel(RefundDialog)
        self.approvalLabel.setObjectName(u"approvalLabel")
        self.approvalLabel.setWordWrap(True)

        self.form.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.approvalLabel)

        self.approverLabel = QLabel(RefundDialog)
        self.approverLabel.setObjectName(u"approverLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.approverLabel)

        self.approverEdit = QLineEdit(RefundDialog)
        self.approverEdit.setObjectName(u"approverEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.approverEdit)

        self.passwordLabel = QLabel(RefundDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(RefundDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.passwordEdit)


        self.layout.addLayout(self.form)

        self.errorLabel = QLabel(RefundDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(RefundDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.tenderLabel.setBuddy(self.tenderCombo)
        self.referenceLabel.setBuddy(self.referenceEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.approverLabel.setBuddy(self.approverEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tenderCombo, self.referenceEdit)
        QWidget.setTabOrder(self.referenceEdit, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.approverEdit)
        QWidget.setTabOrder(self.approverEdit, self.passwordEdit)

        self.retranslateUi(RefundDialog)

        QMetaObject.connectSlotsByName(RefundDialog)
    # setupUi

    def retranslateUi(self, RefundDialog):
        RefundDialog.setWindowTitle(QCoreApplication.translate("RefundDialog", u"Give money back", None))
        self.amountCaption.setText(QCoreApplication.translate("RefundDialog", u"To give back", None))
#if QT_CONFIG(accessibility)
        self.amountLabel.setAccessibleName(QCoreApplication.translate("RefundDialog", u"Amount to give back", None))
#endif // QT_CONFIG(accessibility)
        self.tenderLabel.setText(QCoreApplication.translate("RefundDialog", u"&How", None))
#if QT_CONFIG(accessibility)
        self.tenderCombo.setAccessibleName(QCoreApplication.translate("RefundDialog", u"How the money is given back", None))
#endif // QT_CONFIG(accessibility)
        self.referenceLabel.setText(QCoreApplication.translate("RefundDialog", u"Bank &reference", None))
        self.referenceEdit.setPlaceholderText(QCoreApplication.translate("RefundDialog", u"The card terminal's refund reference", None))
#if QT_CONFIG(accessibility)
        self.referenceEdit.setAccessibleName(QCoreApplication.translate("RefundDialog", u"Bank reference of the refund", None))
#endif // QT_CONFIG(accessibility)
        self.reasonLabel.setText(QCoreApplication.translate("RefundDialog", u"R&eason", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("RefundDialog", u"Reason for the refund", None))
#endif // QT_CONFIG(accessibility)
        self.approverLabel.setText(QCoreApplication.translate("RefundDialog", u"&Manager", None))
        self.approverEdit.setPlaceholderText(QCoreApplication.translate("RefundDialog", u"username", None))
#if QT_CONFIG(accessibility)
        self.approverEdit.setAccessibleName(QCoreApplication.translate("RefundDialog", u"Approving manager's username", None))
#endif // QT_CONFIG(accessibility)
        self.passwordLabel.setText(QCoreApplication.translate("RefundDialog", u"&Password", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("RefundDialog", u"Approving manager's password", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

