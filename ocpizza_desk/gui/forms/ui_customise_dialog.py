# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'customise_dialog.ui'
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
    QLabel, QListWidget, QListWidgetItem, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_CustomiseDialog(object):
    def setupUi(self, CustomiseDialog):
        if not CustomiseDialog.objectName():
            CustomiseDialog.setObjectName(u"CustomiseDialog")
        CustomiseDialog.resize(380, 360)
        self.layout = QVBoxLayout(CustomiseDialog)
        self.layout.setObjectName(u"layout")
        self.productLabel = QLabel(CustomiseDialog)
        self.productLabel.setObjectName(u"productLabel")

        self.layout.addWidget(self.productLabel)

        self.optionsList = QListWidget(CustomiseDialog)
        self.optionsList.setObjectName(u"optionsList")

        self.layout.addWidget(self.optionsList)

        self.hintLabel = QLabel(CustomiseDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.layout.addWidget(self.hintLabel)

        self.buttonBox = QDialogButtonBox(CustomiseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)


        self.retranslateUi(CustomiseDialog)
        self.buttonBox.accepted.connect(CustomiseDialog.accept)
        self.buttonBox.rejected.connect(CustomiseDialog.reject)

        QMetaObject.connectSlotsByName(CustomiseDialog)
    # setupUi

    def retranslateUi(self, CustomiseDialog):
        CustomiseDialog.setWindowTitle(QCoreApplication.translate("CustomiseDialog", u"Customise", None))
#if QT_CONFIG(accessibility)
        self.optionsList.setAccessibleName(QCoreApplication.translate("CustomiseDialog", u"Customisations", None))
#endif // QT_CONFIG(accessibility)
        self.hintLabel.setText(QCoreApplication.translate("CustomiseDialog", u"Space ticks or unticks the selected line.", None))
    # retranslateUi

