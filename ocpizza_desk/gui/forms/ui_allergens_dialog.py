# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'allergens_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_AllergensDialog(object):
    def setupUi(self, AllergensDialog):
        if not AllergensDialog.objectName():
            AllergensDialog.setObjectName(u"AllergensDialog")
        AllergensDialog.resize(980, 540)
        self.layout = QVBoxLayout(AllergensDialog)
        self.layout.setObjectName(u"layout")
        self.infoLabel = QLabel(AllergensDialog)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)

        self.layout.addWidget(self.infoLabel)

        self.body = QHBoxLayout()
        self.body.setObjectName(u"body")
        self.ingredientList = QListWidget(AllergensDialog)
        self.ingredientList.setObjectName(u"ingredientList")
        self.ingredientList.setMinimumSize(QSize(400, 0))

        self.body.addWidget(self.ingredientList)

        self.allergenBox = QGroupBox(AllergensDialog)
        self.allergenBox.setObjectName(u"allergenBox")
        self.allergenGrid = QGridLayout(self.allergenBox)
        self.allergenGrid.setObjectName(u"allergenGrid")

        self.body.addWidget(self.allergenBox)


        self.layout.addLayout(self.body)

        self.messageLabel = QLabel(AllergensDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.saveButton = QPushButton(AllergensDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttons.addWidget(self.saveButton)

        self.closeButton = QPushButton(AllergensDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttons.addWidget(self.closeButton)


        self.layout.addLayout(self.buttons)


        self.retranslateUi(AllergensDialog)

        QMetaObject.connectSlotsByName(AllergensDialog)
    # setupUi

    def retranslateUi(self, AllergensDialog):
        AllergensDialog.setWindowTitle(QCoreApplication.translate("AllergensDialog", u"Allergens of the ingredients", None))
        self.infoLabel.setText(QCoreApplication.translate("AllergensDialog", u"The 14 allergens of EU regulation 1169/2011 (annex II), recorded once per ingredient: every dish's allergens are derived from its recipe.", None))
#if QT_CONFIG(accessibility)
        self.ingredientList.setAccessibleName(QCoreApplication.translate("AllergensDialog", u"Ingredients", None))
#endif // QT_CONFIG(accessibility)
        self.allergenBox.setTitle(QCoreApplication.translate("AllergensDialog", u"Contains", None))
        self.saveButton.setText(QCoreApplication.translate("AllergensDialog", u"Record", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("AllergensDialog", u"Record the ticked allergens for this ingredient (Ctrl+S); none ticked records \"none\"", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("AllergensDialog", u"Close", None))
    # retranslateUi

