# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'delivery_board.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_DeliveryBoardPage(object):
    def setupUi(self, DeliveryBoardPage):
        if not DeliveryBoardPage.objectName():
            DeliveryBoardPage.setObjectName(u"DeliveryBoardPage")
        DeliveryBoardPage.resize(1300, 780)
        self.pageLayout = QVBoxLayout(DeliveryBoardPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 12, 16, 12)
        self.titleLayout = QHBoxLayout()
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleLabel = QLabel(DeliveryBoardPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.titleLayout.addWidget(self.titleLabel)

        self.titleSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleLayout.addItem(self.titleSpacer)

        self.countLabel = QLabel(DeliveryBoardPage)
        self.countLabel.setObjectName(u"countLabel")

        self.titleLayout.addWidget(self.countLabel)

        self.cashButton = QPushButton(DeliveryBoardPage)
        self.cashButton.setObjectName(u"cashButton")

        self.titleLayout.addWidget(self.cashButton)

        self.refreshButton = QPushButton(DeliveryBoardPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.titleLayout.addWidget(self.refreshButton)


        self.pageLayout.addLayout(self.titleLayout)

        self.messageLabel = QLabel(DeliveryBoardPage)
        self.messageLabel.setObjectName(u"messageLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.messageLabel.sizePolicy().hasHeightForWidth())
        self.messageLabel.setSizePolicy(sizePolicy)

        self.pageLayout.addWidget(self.messageLabel)

        self.verticalSplitter = QSplitter(DeliveryBoardPage)
        self.verticalSplitter.setObjectName(u"verticalSplitter")
        self.verticalSplitter.setOrientation(Qt.Orientation.Vertical)
        self.verticalSplitter.setChildrenCollapsible(False)
        self.readyBox = QGroupBox(self.verticalSplitter)
        self.readyBox.setObjectName(u"readyBox")
        self.readyLayout = QVBoxLayout(self.readyBox)
        self.readyLayout.setObjectName(u"readyLayout")
        self.readyView = QTableView(self.readyBox)
        self.readyView.setObjectName(u"readyView")
        self.readyView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.readyView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.readyView.setAlternatingRowColors(True)
        self.readyView.horizontalHeader().setStretchLastSection(True)
        self.readyView.verticalHeader().setVisible(False)

        self.readyLayout.addWidget(self.readyView)

        self.verticalSplitter.addWidget(self.readyBox)
        self.mapSplitter = QSplitter(self.verticalSplitter)
        self.mapSplitter.setObjectName(u"mapSplitter")
        self.mapSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.mapSplitter.setChildrenCollapsible(False)
        self.mapContainer = QWidget(self.mapSplitter)
        self.mapContainer.setObjectName(u"mapContainer")
        self.mapLayout = QVBoxLayout(self.mapContainer)
        self.mapLayout.setObjectName(u"mapLayout")
        self.mapLayout.setContentsMargins(0, 0, 0, 0)
        self.mapSplitter.addWidget(self.mapContainer)
        self.sideTabs = QTabWidget(self.mapSplitter)
        self.sideTabs.setObjectName(u"sideTabs")
        self.driversBox = QWidget()
        self.driversBox.setObjectName(u"driversBox")
        self.driversLayout = QVBoxLayout(self.driversBox)
        self.driversLayout.setObjectName(u"driversLayout")
        self.driversView = QTableView(self.driversBox)
        self.driversView.setObjectName(u"driversView")
        self.driversView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.driversView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.driversView.horizontalHeader().setStretchLastSection(True)
        self.driversView.verticalHeader().setVisible(False)

        self.driversLayout.addWidget(self.driversView)

        self.assignButton = QPushButton(self.driversBox)
        self.assignButton.setObjectName(u"assignButton")

        self.driversLayout.addWidget(self.assignButton)

        self.shiftLayout = QGridLayout()
        self.shiftLayout.setObjectName(u"shiftLayout")
        self.offShiftCombo = QComboBox(self.driversBox)
        self.offShiftCombo.setObjectName(u"offShiftCombo")

        self.shiftLayout.addWidget(self.offShiftCombo, 0, 0, 1, 2)

        self.floatEdit = QLineEdit(self.driversBox)
        self.floatEdit.setObjectName(u"floatEdit")
        self.floatEdit.setMinimumSize(QSize(80, 0))

        self.shiftLayout.addWidget(self.floatEdit, 1, 0, 1, 1)

        self.startShiftButton = QPushButton(self.driversBox)
        self.startShiftButton.setObjectName(u"startShiftButton")

        self.shiftLayout.addWidget(self.startShiftButton, 1, 1, 1, 1)


        self.driversLayout.addLayout(self.shiftLayout)

        self.endShiftButton = QPushButton(self.driversBox)
        self.endShiftButton.setObjectName(u"endShiftButton")

        self.driversLayout.addWidget(self.endShiftButton)

        self.sideTabs.addTab(self.driversBox, "")
        self.tripsBox = QWidget()
        self.tripsBox.setObjectName(u"tripsBox")
        self.tripsLayout = QVBoxLayout(self.tripsBox)
        self.tripsLayout.setObjectName(u"tripsLayout")
        self.tripsView = QTableView(self.tripsBox)
        self.tripsView.setObjectName(u"tripsView")
        self.tripsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tripsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tripsView.horizontalHeader().setStretchLastSection(True)
        self.tripsView.verticalHeader().setVisible(False)

        self.tripsLayout.addWidget(self.tripsView)

        self.tripStopsLabel = QLabel(self.tripsBox)
        self.tripStopsLabel.setObjectName(u"tripStopsLabel")
        self.tripStopsLabel.setWordWrap(True)
        self.tripStopsLabel.setTextFormat(Qt.TextFormat.RichText)

        self.tripsLayout.addWidget(self.tripStopsLabel)

        self.unassignButton = QPushButton(self.tripsBox)
        self.unassignButton.setObjectName(u"unassignButton")

        self.tripsLayout.addWidget(self.unassignButton)

        self.sideTabs.addTab(self.tripsBox, "")
        self.itineraryContainer = QWidget()
        self.itineraryContainer.setObjectName(u"itineraryContainer")
        self.itineraryLayout = QVBoxLayout(self.itineraryContainer)
        self.itineraryLayout.setObjectName(u"itineraryLayout")
        self.itineraryLayout.setContentsMargins(0, 0, 0, 0)
        self.sideTabs.addTab(self.itineraryContainer, "")
        self.mapSplitter.addWidget(self.sideTabs)
        self.verticalSplitter.addWidget(self.mapSplitter)

        self.pageLayout.addWidget(self.verticalSplitter)


        self.retranslateUi(DeliveryBoardPage)

        QMetaObject.connectSlotsByName(DeliveryBoardPage)
    # setupUi

    def retranslateUi(self, DeliveryBoardPage):
        self.titleLabel.setText(QCoreApplication.translate("DeliveryBoardPage", u"Delivery board", None))
        self.cashButton.setText(QCoreApplication.translate("DeliveryBoardPage", u"&Cash per driver", None))
#if QT_CONFIG(tooltip)
        self.cashButton.setToolTip(QCoreApplication.translate("DeliveryBoardPage", u"Today's takings of each driver, against what they handed in", None))
#endif // QT_CONFIG(tooltip)
        self.refreshButton.setText(QCoreApplication.translate("DeliveryBoardPage", u"&Refresh", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("DeliveryBoardPage", u"Not needed: the board updates itself every second (F5)", None))
#endif // QT_CONFIG(tooltip)
        self.readyBox.setTitle(QCoreApplication.translate("DeliveryBoardPage", u"Ready to leave", None))
#if QT_CONFIG(tooltip)
        self.readyView.setToolTip(QCoreApplication.translate("DeliveryBoardPage", u"Select one or several orders (Ctrl or Shift + click), then a driver", None))
#endif // QT_CONFIG(tooltip)
        self.assignButton.setText(QCoreApplication.translate("DeliveryBoardPage", u"&Assign to driver", None))
#if QT_CONFIG(tooltip)
        self.assignButton.setToolTip(QCoreApplication.translate("DeliveryBoardPage", u"Give the selected orders to the selected driver, stops in the best order", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.offShiftCombo.setToolTip(QCoreApplication.translate("DeliveryBoardPage", u"Drivers of the store not on shift", None))
#endif // QT_CONFIG(tooltip)
        self.floatEdit.setPlaceholderText(QCoreApplication.translate("DeliveryBoardPage", u"Fund (\u20ac)", None))
        self.startShiftButton.setText(QCoreApplication.translate("DeliveryBoardPage", u"&Start shift", None))
        self.endShiftButton.setText(QCoreApplication.translate("DeliveryBoardPage", u"&End shift\u2026", None))
#if QT_CONFIG(tooltip)
        self.endShiftButton.setToolTip(QCoreApplication.translate("DeliveryBoardPage", u"Count the selected driver's cash and end their shift", None))
#endif // QT_CONFIG(tooltip)
        self.sideTabs.setTabText(self.sideTabs.indexOf(self.driversBox), QCoreApplication.translate("DeliveryBoardPage", u"Drivers on shift", None))
        self.unassignButton.setText(QCoreApplication.translate("DeliveryBoardPage", u"&Take off the trip", None))
#if QT_CONFIG(tooltip)
        self.unassignButton.setToolTip(QCoreApplication.translate("DeliveryBoardPage", u"Before departure: the orders of this trip selected in the list above wait again", None))
#endif // QT_CONFIG(tooltip)
        self.sideTabs.setTabText(self.sideTabs.indexOf(self.tripsBox), QCoreApplication.translate("DeliveryBoardPage", u"Trips", None))
        self.sideTabs.setTabText(self.sideTabs.indexOf(self.itineraryContainer), QCoreApplication.translate("DeliveryBoardPage", u"Itinerary", None))
        pass
    # retranslateUi

