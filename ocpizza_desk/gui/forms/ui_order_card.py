# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'order_card.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_OrderCard(object):
    def setupUi(self, OrderCard):
        if not OrderCard.objectName():
            OrderCard.setObjectName(u"OrderCard")
        OrderCard.resize(320, 300)
        OrderCard.setMinimumSize(QSize(300, 0))
        OrderCard.setMaximumSize(QSize(420, 16777215))
        self.cardLayout = QVBoxLayout(OrderCard)
        self.cardLayout.setSpacing(6)
        self.cardLayout.setObjectName(u"cardLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.numberLabel = QLabel(OrderCard)
        self.numberLabel.setObjectName(u"numberLabel")

        self.headerLayout.addWidget(self.numberLabel)

        self.headerSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.waitLabel = QLabel(OrderCard)
        self.waitLabel.setObjectName(u"waitLabel")

        self.headerLayout.addWidget(self.waitLabel)


        self.cardLayout.addLayout(self.headerLayout)

        self.promisedLayout = QHBoxLayout()
        self.promisedLayout.setObjectName(u"promisedLayout")
        self.modeLabel = QLabel(OrderCard)
        self.modeLabel.setObjectName(u"modeLabel")

        self.promisedLayout.addWidget(self.modeLabel)

        self.promisedLabel = QLabel(OrderCard)
        self.promisedLabel.setObjectName(u"promisedLabel")
        self.promisedLabel.setWordWrap(True)

        self.promisedLayout.addWidget(self.promisedLabel)

        self.promisedSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.promisedLayout.addItem(self.promisedSpacer)


        self.cardLayout.addLayout(self.promisedLayout)

        self.linesLabel = QLabel(OrderCard)
        self.linesLabel.setObjectName(u"linesLabel")
        self.linesLabel.setTextFormat(Qt.TextFormat.RichText)
        self.linesLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.linesLabel)

        self.notesLabel = QLabel(OrderCard)
        self.notesLabel.setObjectName(u"notesLabel")
        self.notesLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.notesLabel)

        self.cardSpacer = QSpacerItem(10, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.cardLayout.addItem(self.cardSpacer)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setSpacing(8)
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.printButton = QPushButton(OrderCard)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setMinimumSize(QSize(0, 56))

        self.buttonsLayout.addWidget(self.printButton)

        self.actionButton = QPushButton(OrderCard)
        self.actionButton.setObjectName(u"actionButton")
        self.actionButton.setMinimumSize(QSize(0, 56))
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.actionButton.sizePolicy().hasHeightForWidth())
        self.actionButton.setSizePolicy(sizePolicy)

        self.buttonsLayout.addWidget(self.actionButton)


        self.cardLayout.addLayout(self.buttonsLayout)


        self.retranslateUi(OrderCard)

        QMetaObject.connectSlotsByName(OrderCard)
    # setupUi

    def retranslateUi(self, OrderCard):
#if QT_CONFIG(tooltip)
        self.linesLabel.setToolTip(QCoreApplication.translate("OrderCard", u"Tap a product for its recipe memo", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("OrderCard", u"Ticket", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("OrderCard", u"Print the kitchen ticket", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.printButton.setAccessibleName(QCoreApplication.translate("OrderCard", u"Print the kitchen ticket", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

