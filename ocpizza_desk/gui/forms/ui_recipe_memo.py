# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recipe_memo.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QPushButton, QSizePolicy,
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_RecipeMemoDialog(object):
    def setupUi(self, RecipeMemoDialog):
        if not RecipeMemoDialog.objectName():
            RecipeMemoDialog.setObjectName(u"RecipeMemoDialog")
        RecipeMemoDialog.resize(560, 620)
        self.layout = QVBoxLayout(RecipeMemoDialog)
        self.layout.setObjectName(u"layout")
        self.memoBrowser = QTextBrowser(RecipeMemoDialog)
        self.memoBrowser.setObjectName(u"memoBrowser")

        self.layout.addWidget(self.memoBrowser)

        self.closeButton = QPushButton(RecipeMemoDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setMinimumSize(QSize(0, 56))

        self.layout.addWidget(self.closeButton)


        self.retranslateUi(RecipeMemoDialog)
        self.closeButton.clicked.connect(RecipeMemoDialog.accept)

        QMetaObject.connectSlotsByName(RecipeMemoDialog)
    # setupUi

    def retranslateUi(self, RecipeMemoDialog):
        RecipeMemoDialog.setWindowTitle(QCoreApplication.translate("RecipeMemoDialog", u"Recipe memo", None))
#if QT_CONFIG(accessibility)
        self.memoBrowser.setAccessibleName(QCoreApplication.translate("RecipeMemoDialog", u"Recipe card", None))
#endif // QT_CONFIG(accessibility)
        self.closeButton.setText(QCoreApplication.translate("RecipeMemoDialog", u"Close", None))
    # retranslateUi

