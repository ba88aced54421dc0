# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'end_shift_dialog.ui'
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

class Ui_EndShiftDialog(object):
    def setupUi(self, EndShiftDialog):
        if not EndShiftDialog.objectName():
            EndShiftDialog.setObjectName(u"EndShiftDialog")
        EndShiftDialog.resize(420, 300)
        self.dialogLayout = QVBoxLayout(EndShiftDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.driverLabel = QLabel(EndShiftDialog)
        self.driverLabel.setObjectName(u"driverLabel")
        self.driverLabel.setStyleSheet(u"font-weight: 700;")

        self.dialogLayout.addWidget(self.driverLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.floatCaption = QLabel(EndShiftDialog)
        self.floatCaption.setObjectName(u"floatCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.floatCaption)

        self.floatLabel = QLabel(EndShiftDialog)
        self.floatLabel.setObjectName(u"floatLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.floatLabel)

        self.cashCaption = QLabel(EndShiftDialog)
        self.cashCaption.setObjectName(u"cashCaption")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.cashCaption)

        self.cashLabel = QLabel(EndShiftDialog)
        self.cashLabel.setObjectName(u"cashLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.cashLabel)

        self.expectedCaption = QLabel(EndShiftDialog)
        self.expectedCaption.setObjectName(u"expectedCaption")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.expectedCaption)

        self.expectedLabel = QLabel(EndShiftDialog)
        self.expectedLabel.setObjectName(u"expectedLabel")
        self.expectedLabel.setStyleSheet(u"font-weight: 700;")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.expectedLabel)

        self.countedCaption = QLabel(EndShiftDialog)
        self.countedCaption.setObjectName(u"countedCaption")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.countedCaption)

        self.countedEdit = QLineEdit(EndShiftDialog)
        self.countedEdit.setObjectName(u"countedEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.countedEdit)

        self.differenceCaption = QLabel(EndShiftDialog)
        self.differenceCaption.setObjectName(u"differenceCaption")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.differenceCaption)

        self.differenceLabel = QLabel(EndShiftDialog)
        self.differenceLabel.setObjectName(u"differenceLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.differenceLabel)

        self.noteCaption = QLabel(EndShiftDialog)
        self.noteCaption.setObjectName(u"noteCaption")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.noteCaption)

        self.noteEdit = QLineEdit(EndShiftDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaxLength(300)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(EndShiftDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(EndShiftDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.countedCaption.setBuddy(self.countedEdit)
        self.noteCaption.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EndShiftDialog)

        QMetaObject.connectSlotsByName(EndShiftDialog)
    # setupUi

    def retranslateUi(self, EndShiftDialog):
        EndShiftDialog.setWindowTitle(QCoreApplication.translate("EndShiftDialog", u"End of shift", None))
        self.floatCaption.setText(QCoreApplication.translate("EndShiftDialog", u"Change fund", None))
        self.cashCaption.setText(QCoreApplication.translate("EndShiftDialog", u"Cash collected", None))
        self.expectedCaption.setText(QCoreApplication.translate("EndShiftDialog", u"Expected", None))
        self.countedCaption.setText(QCoreApplication.translate("EndShiftDialog", u"&Counted (\u20ac)", None))
        self.differenceCaption.setText(QCoreApplication.translate("EndShiftDialog", u"Difference", None))
        self.noteCaption.setText(QCoreApplication.translate("EndShiftDialog", u"&Note", None))
    # retranslateUi

