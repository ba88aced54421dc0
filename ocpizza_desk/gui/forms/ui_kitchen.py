# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'kitchen.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFrame, QGridLayout,
    QHBoxLayout, QLabel, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_KitchenPage(object):
    def setupUi(self, KitchenPage):
        if not KitchenPage.objectName():
            KitchenPage.setObjectName(u"KitchenPage")
        KitchenPage.resize(1100, 700)
        self.pageLayout = QVBoxLayout(KitchenPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 12, 16, 12)
        self.titleLayout = QHBoxLayout()
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleLabel = QLabel(KitchenPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.titleLayout.addWidget(self.titleLabel)

        self.titleSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleLayout.addItem(self.titleSpacer)

        self.countLabel = QLabel(KitchenPage)
        self.countLabel.setObjectName(u"countLabel")

        self.titleLayout.addWidget(self.countLabel)

        self.soundCheck = QCheckBox(KitchenPage)
        self.soundCheck.setObjectName(u"soundCheck")

        self.titleLayout.addWidget(self.soundCheck)

        self.refreshButton = QPushButton(KitchenPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.titleLayout.addWidget(self.refreshButton)


        self.pageLayout.addLayout(self.titleLayout)

        self.messageLabel = QLabel(KitchenPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.messageLabel)

        self.cardsArea = QScrollArea(KitchenPage)
        self.cardsArea.setObjectName(u"cardsArea")
        self.cardsArea.setWidgetResizable(True)
        self.cardsArea.setFrameShape(QFrame.Shape.NoFrame)
        self.cardsContainer = QWidget()
        self.cardsContainer.setObjectName(u"cardsContainer")
        self.cardsContainer.setGeometry(QRect(0, 0, 1060, 600))
        self.cardsGrid = QGridLayout(self.cardsContainer)
        self.cardsGrid.setSpacing(12)
        self.cardsGrid.setObjectName(u"cardsGrid")
        self.cardsArea.setWidget(self.cardsContainer)

        self.pageLayout.addWidget(self.cardsArea)


        self.retranslateUi(KitchenPage)

        QMetaObject.connectSlotsByName(KitchenPage)
    # setupUi

    def retranslateUi(self, KitchenPage):
        self.titleLabel.setText(QCoreApplication.translate("KitchenPage", u"Kitchen", None))
        self.soundCheck.setText(QCoreApplication.translate("KitchenPage", u"&Sound for new orders", None))
#if QT_CONFIG(tooltip)
        self.soundCheck.setToolTip(QCoreApplication.translate("KitchenPage", u"A beep when a new order arrives (Alt+S)", None))
#endif // QT_CONFIG(tooltip)
        self.refreshButton.setText(QCoreApplication.translate("KitchenPage", u"&Refresh", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("KitchenPage", u"Not needed: the queue updates itself every second (F5)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

