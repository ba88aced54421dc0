# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'order_book.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QFrame, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTableView, QTextBrowser, QToolButton,
    QVBoxLayout, QWidget)

class Ui_OrderBookPage(object):
    def setupUi(self, OrderBookPage):
        if not OrderBookPage.objectName():
            OrderBookPage.setObjectName(u"OrderBookPage")
        OrderBookPage.resize(1100, 700)
        self.pageLayout = QVBoxLayout(OrderBookPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(20, 16, 20, 12)
        self.titleLayout = QHBoxLayout()
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleLabel = QLabel(OrderBookPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.titleLayout.addWidget(self.titleLabel)

        self.titleSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleLayout.addItem(self.titleSpacer)

        self.countLabel = QLabel(OrderBookPage)
        self.countLabel.setObjectName(u"countLabel")

        self.titleLayout.addWidget(self.countLabel)

        self.refreshButton = QPushButton(OrderBookPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.titleLayout.addWidget(self.refreshButton)


        self.pageLayout.addLayout(self.titleLayout)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setSpacing(8)
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(OrderBookPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMaxLength(60)

        self.filterLayout.addWidget(self.searchEdit)

        self.statusCombo = QComboBox(OrderBookPage)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filterLayout.addWidget(self.statusCombo)

        self.channelCombo = QComboBox(OrderBookPage)
        self.channelCombo.setObjectName(u"channelCombo")

        self.filterLayout.addWidget(self.channelCombo)

        self.periodCombo = QComboBox(OrderBookPage)
        self.periodCombo.setObjectName(u"periodCombo")

        self.filterLayout.addWidget(self.periodCombo)

        self.fromDate = QDateEdit(OrderBookPage)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)

        self.filterLayout.addWidget(self.fromDate)

        self.toDate = QDateEdit(OrderBookPage)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)

        self.filterLayout.addWidget(self.toDate)

        self.storeCombo = QComboBox(OrderBookPage)
        self.storeCombo.setObjectName(u"storeCombo")

        self.filterLayout.addWidget(self.storeCombo)


        self.pageLayout.addLayout(self.filterLayout)

        self.splitter = QSplitter(OrderBookPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.ordersView = QTableView(self.splitter)
        self.ordersView.setObjectName(u"ordersView")
        self.ordersView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ordersView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ordersView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ordersView.setAlternatingRowColors(True)
        self.splitter.addWidget(self.ordersView)
        self.detailFrame = QFrame(self.splitter)
        self.detailFrame.setObjectName(u"detailFrame")
        self.detailLayout = QVBoxLayout(self.detailFrame)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(8, -1, 0, -1)
        self.detailBrowser = QTextBrowser(self.detailFrame)
        self.detailBrowser.setObjectName(u"detailBrowser")
        self.detailBrowser.setOpenLinks(False)

        self.detailLayout.addWidget(self.detailBrowser)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.modifyButton = QPushButton(self.detailFrame)
        self.modifyButton.setObjectName(u"modifyButton")

        self.actionsLayout.addWidget(self.modifyButton)

        self.paymentButton = QPushButton(self.detailFrame)
        self.paymentButton.setObjectName(u"paymentButton")

        self.actionsLayout.addWidget(self.paymentButton)

        self.printButton = QToolButton(self.detailFrame)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.printButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.actionsLayout.addWidget(self.printButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)


        self.detailLayout.addLayout(self.actionsLayout)

        self.correctionLayout = QHBoxLayout()
        self.correctionLayout.setObjectName(u"correctionLayout")
        self.cancelButton = QPushButton(self.detailFrame)
        self.cancelButton.setObjectName(u"cancelButton")

        self.correctionLayout.addWidget(self.cancelButton)

        self.undoStepButton = QPushButton(self.detailFrame)
        self.undoStepButton.setObjectName(u"undoStepButton")

        self.correctionLayout.addWidget(self.undoStepButton)

        self.correctionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.correctionLayout.addItem(self.correctionSpacer)


        self.detailLayout.addLayout(self.correctionLayout)

        self.splitter.addWidget(self.detailFrame)

        self.pageLayout.addWidget(self.splitter)


        self.retranslateUi(OrderBookPage)

        QMetaObject.connectSlotsByName(OrderBookPage)
    # setupUi

    def retranslateUi(self, OrderBookPage):
        self.titleLabel.setText(QCoreApplication.translate("OrderBookPage", u"Order book", None))
        self.refreshButton.setText(QCoreApplication.translate("OrderBookPage", u"&Refresh", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("OrderBookPage", u"Reload the list (F5)", None))
#endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("OrderBookPage", u"Order no., phone or name\u2026 (Ctrl+F)", None))
#if QT_CONFIG(tooltip)
        self.statusCombo.setToolTip(QCoreApplication.translate("OrderBookPage", u"Status", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.channelCombo.setToolTip(QCoreApplication.translate("OrderBookPage", u"Channel", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.periodCombo.setToolTip(QCoreApplication.translate("OrderBookPage", u"Period", None))
#endif // QT_CONFIG(tooltip)
        self.fromDate.setDisplayFormat(QCoreApplication.translate("OrderBookPage", u"dd/MM/yyyy", None))
#if QT_CONFIG(tooltip)
        self.fromDate.setToolTip(QCoreApplication.translate("OrderBookPage", u"From", None))
#endif // QT_CONFIG(tooltip)
        self.toDate.setDisplayFormat(QCoreApplication.translate("OrderBookPage", u"dd/MM/yyyy", None))
#if QT_CONFIG(tooltip)
        self.toDate.setToolTip(QCoreApplication.translate("OrderBookPage", u"To", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.storeCombo.setToolTip(QCoreApplication.translate("OrderBookPage", u"Store", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.ordersView.setAccessibleName(QCoreApplication.translate("OrderBookPage", u"Orders", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailBrowser.setAccessibleName(QCoreApplication.translate("OrderBookPage", u"Order detail", None))
#endif // QT_CONFIG(accessibility)
        self.modifyButton.setText(QCoreApplication.translate("OrderBookPage", u"&Modify", None))
#if QT_CONFIG(tooltip)
        self.modifyButton.setToolTip(QCoreApplication.translate("OrderBookPage", u"Change this order while it is received (Alt+M)", None))
#endif // QT_CONFIG(tooltip)
        self.paymentButton.setText(QCoreApplication.translate("OrderBookPage", u"Take &payment\u2026", None))
#if QT_CONFIG(tooltip)
        self.paymentButton.setToolTip(QCoreApplication.translate("OrderBookPage", u"Record a payment (Alt+P)", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("OrderBookPage", u"Pr&int", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("OrderBookPage", u"Print the receipt, the courier slip or the kitchen ticket (Alt+I)", None))
#endif // QT_CONFIG(tooltip)
        self.cancelButton.setText(QCoreApplication.translate("OrderBookPage", u"Ca&ncel order\u2026", None))
#if QT_CONFIG(tooltip)
        self.cancelButton.setToolTip(QCoreApplication.translate("OrderBookPage", u"Cancel this order (Alt+N)", None))
#endif // QT_CONFIG(tooltip)
        self.undoStepButton.setText(QCoreApplication.translate("OrderBookPage", u"&Undo the last step\u2026", None))
#if QT_CONFIG(tooltip)
        self.undoStepButton.setToolTip(QCoreApplication.translate("OrderBookPage", u"Take back the last kitchen or delivery step of this order, with the reason (Alt+U)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

