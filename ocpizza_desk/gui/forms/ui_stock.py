# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'stock.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_StockPage(object):
    def setupUi(self, StockPage):
        if not StockPage.objectName():
            StockPage.setObjectName(u"StockPage")
        StockPage.resize(1100, 700)
        self.pageLayout = QVBoxLayout(StockPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(20, 16, 20, 12)
        self.titleLayout = QHBoxLayout()
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleLabel = QLabel(StockPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.titleLayout.addWidget(self.titleLabel)

        self.storeCombo = QComboBox(StockPage)
        self.storeCombo.setObjectName(u"storeCombo")
        self.storeCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.titleLayout.addWidget(self.storeCombo)

        self.titleSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleLayout.addItem(self.titleSpacer)

        self.countLabel = QLabel(StockPage)
        self.countLabel.setObjectName(u"countLabel")

        self.titleLayout.addWidget(self.countLabel)

        self.refreshButton = QPushButton(StockPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.titleLayout.addWidget(self.refreshButton)


        self.pageLayout.addLayout(self.titleLayout)

        self.actionLayout = QHBoxLayout()
        self.actionLayout.setSpacing(8)
        self.actionLayout.setObjectName(u"actionLayout")
        self.searchEdit = QLineEdit(StockPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMaxLength(60)

        self.actionLayout.addWidget(self.searchEdit)

        self.alertsOnlyCheck = QCheckBox(StockPage)
        self.alertsOnlyCheck.setObjectName(u"alertsOnlyCheck")

        self.actionLayout.addWidget(self.alertsOnlyCheck)

        self.actionSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionLayout.addItem(self.actionSpacer)

        self.receiptButton = QPushButton(StockPage)
        self.receiptButton.setObjectName(u"receiptButton")

        self.actionLayout.addWidget(self.receiptButton)

        self.countButton = QPushButton(StockPage)
        self.countButton.setObjectName(u"countButton")

        self.actionLayout.addWidget(self.countButton)

        self.wasteButton = QPushButton(StockPage)
        self.wasteButton.setObjectName(u"wasteButton")

        self.actionLayout.addWidget(self.wasteButton)


        self.pageLayout.addLayout(self.actionLayout)

        self.splitter = QSplitter(StockPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.levelsView = QTableView(self.splitter)
        self.levelsView.setObjectName(u"levelsView")
        self.levelsView.setAlternatingRowColors(False)
        self.levelsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.levelsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.levelsView.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed)
        self.levelsView.setSortingEnabled(True)
        self.splitter.addWidget(self.levelsView)
        self.ledgerPanel = QWidget(self.splitter)
        self.ledgerPanel.setObjectName(u"ledgerPanel")
        self.ledgerLayout = QVBoxLayout(self.ledgerPanel)
        self.ledgerLayout.setObjectName(u"ledgerLayout")
        self.ledgerLayout.setContentsMargins(6, 0, 0, 0)
        self.ledgerTitle = QLabel(self.ledgerPanel)
        self.ledgerTitle.setObjectName(u"ledgerTitle")
        self.ledgerTitle.setWordWrap(True)

        self.ledgerLayout.addWidget(self.ledgerTitle)

        self.ledgerFilterLayout = QHBoxLayout()
        self.ledgerFilterLayout.setObjectName(u"ledgerFilterLayout")
        self.kindCombo = QComboBox(self.ledgerPanel)
        self.kindCombo.setObjectName(u"kindCombo")

        self.ledgerFilterLayout.addWidget(self.kindCombo)

        self.periodCombo = QComboBox(self.ledgerPanel)
        self.periodCombo.setObjectName(u"periodCombo")

        self.ledgerFilterLayout.addWidget(self.periodCombo)

        self.fromDate = QDateEdit(self.ledgerPanel)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)
        self.fromDate.setDisplayFormat(u"dd/MM/yyyy")

        self.ledgerFilterLayout.addWidget(self.fromDate)

        self.toDate = QDateEdit(self.ledgerPanel)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)
        self.toDate.setDisplayFormat(u"dd/MM/yyyy")

        self.ledgerFilterLayout.addWidget(self.toDate)


        self.ledgerLayout.addLayout(self.ledgerFilterLayout)

        self.ledgerView = QTableView(self.ledgerPanel)
        self.ledgerView.setObjectName(u"ledgerView")
        self.ledgerView.setAlternatingRowColors(True)
        self.ledgerView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ledgerView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.ledgerLayout.addWidget(self.ledgerView)

        self.ledgerCountLabel = QLabel(self.ledgerPanel)
        self.ledgerCountLabel.setObjectName(u"ledgerCountLabel")
        self.ledgerCountLabel.setProperty(u"role", u"info")

        self.ledgerLayout.addWidget(self.ledgerCountLabel)

        self.splitter.addWidget(self.ledgerPanel)

        self.pageLayout.addWidget(self.splitter)


        self.retranslateUi(StockPage)

        QMetaObject.connectSlotsByName(StockPage)
    # setupUi

    def retranslateUi(self, StockPage):
        self.titleLabel.setText(QCoreApplication.translate("StockPage", u"Stock", None))
#if QT_CONFIG(tooltip)
        self.storeCombo.setToolTip(QCoreApplication.translate("StockPage", u"Store", None))
#endif // QT_CONFIG(tooltip)
        self.refreshButton.setText(QCoreApplication.translate("StockPage", u"Re&fresh", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("StockPage", u"Reload the balances (F5)", None))
#endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("StockPage", u"Filter ingredients\u2026 (Ctrl+F)", None))
        self.alertsOnlyCheck.setText(QCoreApplication.translate("StockPage", u"Only &alerts", None))
#if QT_CONFIG(tooltip)
        self.alertsOnlyCheck.setToolTip(QCoreApplication.translate("StockPage", u"Show only the ingredients under their threshold or out of stock (Alt+A)", None))
#endif // QT_CONFIG(tooltip)
        self.receiptButton.setText(QCoreApplication.translate("StockPage", u"Supplier &receipt\u2026", None))
#if QT_CONFIG(tooltip)
        self.receiptButton.setToolTip(QCoreApplication.translate("StockPage", u"Record a delivery from a supplier (Alt+R)", None))
#endif // QT_CONFIG(tooltip)
        self.countButton.setText(QCoreApplication.translate("StockPage", u"&Inventory count\u2026", None))
#if QT_CONFIG(tooltip)
        self.countButton.setToolTip(QCoreApplication.translate("StockPage", u"Count the stock and record the differences (Alt+I)", None))
#endif // QT_CONFIG(tooltip)
        self.wasteButton.setText(QCoreApplication.translate("StockPage", u"&Waste\u2026", None))
#if QT_CONFIG(tooltip)
        self.wasteButton.setToolTip(QCoreApplication.translate("StockPage", u"Write off what was thrown away, with its reason (Alt+W)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.kindCombo.setToolTip(QCoreApplication.translate("StockPage", u"Movement", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.periodCombo.setToolTip(QCoreApplication.translate("StockPage", u"Period", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.fromDate.setToolTip(QCoreApplication.translate("StockPage", u"From", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.toDate.setToolTip(QCoreApplication.translate("StockPage", u"To", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

