# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'driver_view.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_DriverPage(object):
    def setupUi(self, DriverPage):
        if not DriverPage.objectName():
            DriverPage.setObjectName(u"DriverPage")
        DriverPage.resize(1300, 780)
        self.pageLayout = QVBoxLayout(DriverPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 12, 16, 12)
        self.titleLayout = QHBoxLayout()
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleLabel = QLabel(DriverPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.titleLayout.addWidget(self.titleLabel)

        self.titleSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleLayout.addItem(self.titleSpacer)

        self.cashLabel = QLabel(DriverPage)
        self.cashLabel.setObjectName(u"cashLabel")

        self.titleLayout.addWidget(self.cashLabel)

        self.refreshButton = QPushButton(DriverPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.titleLayout.addWidget(self.refreshButton)


        self.pageLayout.addLayout(self.titleLayout)

        self.tripLabel = QLabel(DriverPage)
        self.tripLabel.setObjectName(u"tripLabel")
        self.tripLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.tripLabel)

        self.messageLabel = QLabel(DriverPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.messageLabel)

        self.splitter = QSplitter(DriverPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.stopsPane = QWidget(self.splitter)
        self.stopsPane.setObjectName(u"stopsPane")
        self.stopsLayout = QVBoxLayout(self.stopsPane)
        self.stopsLayout.setObjectName(u"stopsLayout")
        self.stopsLayout.setContentsMargins(0, 0, 0, 0)
        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.departButton = QPushButton(self.stopsPane)
        self.departButton.setObjectName(u"departButton")

        self.actionsLayout.addWidget(self.departButton)

        self.deliveredButton = QPushButton(self.stopsPane)
        self.deliveredButton.setObjectName(u"deliveredButton")

        self.actionsLayout.addWidget(self.deliveredButton)

        self.paymentButton = QPushButton(self.stopsPane)
        self.paymentButton.setObjectName(u"paymentButton")

        self.actionsLayout.addWidget(self.paymentButton)


        self.stopsLayout.addLayout(self.actionsLayout)

        self.stopDetailLabel = QLabel(self.stopsPane)
        self.stopDetailLabel.setObjectName(u"stopDetailLabel")
        self.stopDetailLabel.setWordWrap(True)
        self.stopDetailLabel.setTextFormat(Qt.TextFormat.RichText)
        self.stopDetailLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.stopsLayout.addWidget(self.stopDetailLabel)

        self.stopsView = QTableView(self.stopsPane)
        self.stopsView.setObjectName(u"stopsView")
        self.stopsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.stopsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.stopsView.setWordWrap(True)
        self.stopsView.horizontalHeader().setStretchLastSection(True)
        self.stopsView.verticalHeader().setVisible(False)

        self.stopsLayout.addWidget(self.stopsView)

        self.splitter.addWidget(self.stopsPane)
        self.mapSplitter = QSplitter(self.splitter)
        self.mapSplitter.setObjectName(u"mapSplitter")
        self.mapSplitter.setOrientation(Qt.Orientation.Vertical)
        self.mapSplitter.setChildrenCollapsible(False)
        self.mapContainer = QWidget(self.mapSplitter)
        self.mapContainer.setObjectName(u"mapContainer")
        self.mapLayout = QVBoxLayout(self.mapContainer)
        self.mapLayout.setObjectName(u"mapLayout")
        self.mapLayout.setContentsMargins(0, 0, 0, 0)
        self.mapSplitter.addWidget(self.mapContainer)
        self.itineraryContainer = QWidget(self.mapSplitter)
        self.itineraryContainer.setObjectName(u"itineraryContainer")
        self.itineraryLayout = QVBoxLayout(self.itineraryContainer)
        self.itineraryLayout.setObjectName(u"itineraryLayout")
        self.itineraryLayout.setContentsMargins(0, 0, 0, 0)
        self.mapSplitter.addWidget(self.itineraryContainer)
        self.splitter.addWidget(self.mapSplitter)

        self.pageLayout.addWidget(self.splitter)


        self.retranslateUi(DriverPage)

        QMetaObject.connectSlotsByName(DriverPage)
    # setupUi

    def retranslateUi(self, DriverPage):
        self.titleLabel.setText(QCoreApplication.translate("DriverPage", u"My deliveries", None))
        self.refreshButton.setText(QCoreApplication.translate("DriverPage", u"&Refresh", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("DriverPage", u"Not needed: this page updates itself every second (F5)", None))
#endif // QT_CONFIG(tooltip)
        self.departButton.setText(QCoreApplication.translate("DriverPage", u"&Out for delivery", None))
#if QT_CONFIG(tooltip)
        self.departButton.setToolTip(QCoreApplication.translate("DriverPage", u"The whole trip leaves now: customers are told when to expect you", None))
#endif // QT_CONFIG(tooltip)
        self.deliveredButton.setText(QCoreApplication.translate("DriverPage", u"&Delivered", None))
#if QT_CONFIG(tooltip)
        self.deliveredButton.setToolTip(QCoreApplication.translate("DriverPage", u"The selected stop has its order", None))
#endif // QT_CONFIG(tooltip)
        self.paymentButton.setText(QCoreApplication.translate("DriverPage", u"&Payment collected\u2026", None))
#if QT_CONFIG(tooltip)
        self.paymentButton.setToolTip(QCoreApplication.translate("DriverPage", u"Cash (with change), card or meal vouchers for the selected stop", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

