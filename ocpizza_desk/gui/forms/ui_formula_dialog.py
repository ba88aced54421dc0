# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'formula_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QLabel, QListWidget,
    QListWidgetItem, QSizePolicy, QVBoxLayout, QWidget)

class Ui_FormulaDialog(object):
    def setupUi(self, FormulaDialog):
        if not FormulaDialog.objectName():
            FormulaDialog.setObjectName(u"FormulaDialog")
        FormulaDialog.resize(440, 460)
        self.layout = QVBoxLayout(FormulaDialog)
        self.layout.setObjectName(u"layout")
        self.stepLabel = QLabel(FormulaDialog)
        self.stepLabel.setObjectName(u"stepLabel")
        self.stepLabel.setWordWrap(True)

        self.layout.addWidget(self.stepLabel)

        self.chosenLabel = QLabel(FormulaDialog)
        self.chosenLabel.setObjectName(u"chosenLabel")
        self.chosenLabel.setWordWrap(True)

        self.layout.addWidget(self.chosenLabel)

        self.choicesList = QListWidget(FormulaDialog)
        self.choicesList.setObjectName(u"choicesList")

        self.layout.addWidget(self.choicesList)

        self.hintLabel = QLabel(FormulaDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.layout.addWidget(self.hintLabel)


        self.retranslateUi(FormulaDialog)

        QMetaObject.connectSlotsByName(FormulaDialog)
    # setupUi

    def retranslateUi(self, FormulaDialog):
        FormulaDialog.setWindowTitle(QCoreApplication.translate("FormulaDialog", u"Formula", None))
#if QT_CONFIG(accessibility)
        self.choicesList.setAccessibleName(QCoreApplication.translate("FormulaDialog", u"Choices", None))
#endif // QT_CONFIG(accessibility)
        self.hintLabel.setText(QCoreApplication.translate("FormulaDialog", u"1\u20139 or Enter: choose \u00b7 first letters: find \u00b7 Esc: back one step", None))
    # retranslateUi

