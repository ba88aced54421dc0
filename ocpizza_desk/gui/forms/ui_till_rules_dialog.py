# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'till_rules_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_TillRulesDialog(object):
    def setupUi(self, TillRulesDialog):
        if not TillRulesDialog.objectName():
            TillRulesDialog.setObjectName(u"TillRulesDialog")
        TillRulesDialog.resize(460, 240)
        self.layout = QVBoxLayout(TillRulesDialog)
        self.layout.setObjectName(u"layout")
        self.infoLabel = QLabel(TillRulesDialog)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)

        self.layout.addWidget(self.infoLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.managerLimitLabel = QLabel(TillRulesDialog)
        self.managerLimitLabel.setObjectName(u"managerLimitLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.managerLimitLabel)

        self.managerLimitEdit = QLineEdit(TillRulesDialog)
        self.managerLimitEdit.setObjectName(u"managerLimitEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.managerLimitEdit)

        self.thresholdLabel = QLabel(TillRulesDialog)
        self.thresholdLabel.setObjectName(u"thresholdLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.thresholdLabel)

        self.thresholdEdit = QLineEdit(TillRulesDialog)
        self.thresholdEdit.setObjectName(u"thresholdEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.thresholdEdit)


        self.layout.addLayout(self.form)

        self.errorLabel = QLabel(TillRulesDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(TillRulesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.managerLimitLabel.setBuddy(self.managerLimitEdit)
        self.thresholdLabel.setBuddy(self.thresholdEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TillRulesDialog)

        QMetaObject.connectSlotsByName(TillRulesDialog)
    # setupUi

    def retranslateUi(self, TillRulesDialog):
        TillRulesDialog.setWindowTitle(QCoreApplication.translate("TillRulesDialog", u"Till rules", None))
        self.managerLimitLabel.setText(QCoreApplication.translate("TillRulesDialog", u"&Managers' discounts up to (%)", None))
#if QT_CONFIG(accessibility)
        self.managerLimitEdit.setAccessibleName(QCoreApplication.translate("TillRulesDialog", u"Managers' discount limit in percent", None))
#endif // QT_CONFIG(accessibility)
        self.thresholdLabel.setText(QCoreApplication.translate("TillRulesDialog", u"A manager approves refunds &above (\u20ac)", None))
#if QT_CONFIG(accessibility)
        self.thresholdEdit.setAccessibleName(QCoreApplication.translate("TillRulesDialog", u"Refund approval threshold in euros", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

