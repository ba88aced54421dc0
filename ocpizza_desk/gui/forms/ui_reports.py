# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QStackedWidget, QTabWidget, QTableWidget, QTableWidgetItem,
    QToolButton, QVBoxLayout, QWidget)

class Ui_ReportsPage(object):
    def setupUi(self, ReportsPage):
        if not ReportsPage.objectName():
            ReportsPage.setObjectName(u"ReportsPage")
        ReportsPage.resize(1200, 760)
        self.pageLayout = QVBoxLayout(ReportsPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(24, 20, 24, 20)
        self.titleLayout = QHBoxLayout()
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleLabel = QLabel(ReportsPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.titleLayout.addWidget(self.titleLabel)

        self.titleSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleLayout.addItem(self.titleSpacer)

        self.csvButton = QPushButton(ReportsPage)
        self.csvButton.setObjectName(u"csvButton")

        self.titleLayout.addWidget(self.csvButton)

        self.xlsxButton = QPushButton(ReportsPage)
        self.xlsxButton.setObjectName(u"xlsxButton")

        self.titleLayout.addWidget(self.xlsxButton)

        self.pdfButton = QPushButton(ReportsPage)
        self.pdfButton.setObjectName(u"pdfButton")

        self.titleLayout.addWidget(self.pdfButton)


        self.pageLayout.addLayout(self.titleLayout)

        self.filtersLayout = QHBoxLayout()
        self.filtersLayout.setSpacing(8)
        self.filtersLayout.setObjectName(u"filtersLayout")
        self.periodLabel = QLabel(ReportsPage)
        self.periodLabel.setObjectName(u"periodLabel")

        self.filtersLayout.addWidget(self.periodLabel)

        self.periodCombo = QComboBox(ReportsPage)
        self.periodCombo.setObjectName(u"periodCombo")
        self.periodCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filtersLayout.addWidget(self.periodCombo)

        self.fromLabel = QLabel(ReportsPage)
        self.fromLabel.setObjectName(u"fromLabel")

        self.filtersLayout.addWidget(self.fromLabel)

        self.fromDate = QDateEdit(ReportsPage)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)
        self.fromDate.setDisplayFormat(u"dd/MM/yyyy")

        self.filtersLayout.addWidget(self.fromDate)

        self.toLabel = QLabel(ReportsPage)
        self.toLabel.setObjectName(u"toLabel")

        self.filtersLayout.addWidget(self.toLabel)

        self.toDate = QDateEdit(ReportsPage)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)
        self.toDate.setDisplayFormat(u"dd/MM/yyyy")

        self.filtersLayout.addWidget(self.toDate)

        self.storesLabel = QLabel(ReportsPage)
        self.storesLabel.setObjectName(u"storesLabel")

        self.filtersLayout.addWidget(self.storesLabel)

        self.storesButton = QToolButton(ReportsPage)
        self.storesButton.setObjectName(u"storesButton")
        self.storesButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.storesButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.storesButton.setMinimumSize(QSize(180, 0))

        self.filtersLayout.addWidget(self.storesButton)

        self.granularityLabel = QLabel(ReportsPage)
        self.granularityLabel.setObjectName(u"granularityLabel")

        self.filtersLayout.addWidget(self.granularityLabel)

        self.granularityCombo = QComboBox(ReportsPage)
        self.granularityCombo.setObjectName(u"granularityCombo")

        self.filtersLayout.addWidget(self.granularityCombo)

        self.runButton = QPushButton(ReportsPage)
        self.runButton.setObjectName(u"runButton")

        self.filtersLayout.addWidget(self.runButton)

        self.filtersSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filtersLayout.addItem(self.filtersSpacer)


        self.pageLayout.addLayout(self.filtersLayout)

        self.progressRow = QWidget(ReportsPage)
        self.progressRow.setObjectName(u"progressRow")
        self.progressLayout = QHBoxLayout(self.progressRow)
        self.progressLayout.setObjectName(u"progressLayout")
        self.progressLayout.setContentsMargins(0, 0, 0, 0)
        self.progressBar = QProgressBar(self.progressRow)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMaximum(100)
        self.progressBar.setTextVisible(False)
        self.progressBar.setMaximumSize(QSize(16777215, 10))

        self.progressLayout.addWidget(self.progressBar)

        self.progressLabel = QLabel(self.progressRow)
        self.progressLabel.setObjectName(u"progressLabel")

        self.progressLayout.addWidget(self.progressLabel)

        self.cancelButton = QPushButton(self.progressRow)
        self.cancelButton.setObjectName(u"cancelButton")

        self.progressLayout.addWidget(self.cancelButton)


        self.pageLayout.addWidget(self.progressRow)

        self.messageLabel = QLabel(ReportsPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.messageLabel)

        self.coverageLabel = QLabel(ReportsPage)
        self.coverageLabel.setObjectName(u"coverageLabel")
        self.coverageLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.coverageLabel)

        self.resultsStack = QStackedWidget(ReportsPage)
        self.resultsStack.setObjectName(u"resultsStack")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.resultsStack.addWidget(self.emptyPage)
        self.tabs = QTabWidget()
        self.tabs.setObjectName(u"tabs")
        self.summaryTab = QWidget()
        self.summaryTab.setObjectName(u"summaryTab")
        self.summaryTabLayout = QVBoxLayout(self.summaryTab)
        self.summaryTabLayout.setObjectName(u"summaryTabLayout")
        self.summaryTable = QTableWidget(self.summaryTab)
        self.summaryTable.setObjectName(u"summaryTable")
        self.summaryTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.summaryTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.summaryTable.setAlternatingRowColors(True)
        self.summaryTable.setWordWrap(False)

        self.summaryTabLayout.addWidget(self.summaryTable)

        self.tabs.addTab(self.summaryTab, "")
        self.revenueTab = QWidget()
        self.revenueTab.setObjectName(u"revenueTab")
        self.revenueTabLayout = QVBoxLayout(self.revenueTab)
        self.revenueTabLayout.setObjectName(u"revenueTabLayout")
        self.revenueSplitter = QSplitter(self.revenueTab)
        self.revenueSplitter.setObjectName(u"revenueSplitter")
        self.revenueSplitter.setOrientation(Qt.Orientation.Vertical)
        self.revenueSplitter.setChildrenCollapsible(False)
        self.revenueChartArea = QWidget(self.revenueSplitter)
        self.revenueChartArea.setObjectName(u"revenueChartArea")
        self.revenueChartArea.setMinimumSize(QSize(320, 200))
        self.revenueSplitter.addWidget(self.revenueChartArea)
        self.revenueTable = QTableWidget(self.revenueSplitter)
        self.revenueTable.setObjectName(u"revenueTable")
        self.revenueTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.revenueTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.revenueTable.setAlternatingRowColors(True)
        self.revenueTable.setWordWrap(False)
        self.revenueSplitter.addWidget(self.revenueTable)

        self.revenueTabLayout.addWidget(self.revenueSplitter)

        self.tabs.addTab(self.revenueTab, "")
        self.productsTab = QWidget()
        self.productsTab.setObjectName(u"productsTab")
        self.productsTabLayout = QVBoxLayout(self.productsTab)
        self.productsTabLayout.setObjectName(u"productsTabLayout")
        self.productsSplitter = QSplitter(self.productsTab)
        self.productsSplitter.setObjectName(u"productsSplitter")
        self.productsSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.productsSplitter.setChildrenCollapsible(False)
        self.productsChartArea = QWidget(self.productsSplitter)
        self.productsChartArea.setObjectName(u"productsChartArea")
        self.productsChartArea.setMinimumSize(QSize(320, 200))
        self.productsSplitter.addWidget(self.productsChartArea)
        self.productsTable = QTableWidget(self.productsSplitter)
        self.productsTable.setObjectName(u"productsTable")
        self.productsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.productsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.productsTable.setAlternatingRowColors(True)
        self.productsTable.setWordWrap(False)
        self.productsSplitter.addWidget(self.productsTable)

        self.productsTabLayout.addWidget(self.productsSplitter)

        self.tabs.addTab(self.productsTab, "")
        self.channelsTab = QWidget()
        self.channelsTab.setObjectName(u"channelsTab")
        self.channelsTabLayout = QVBoxLayout(self.channelsTab)
        self.channelsTabLayout.setObjectName(u"channelsTabLayout")
        self.channelsSplitter = QSplitter(self.channelsTab)
        self.channelsSplitter.setObjectName(u"channelsSplitter")
        self.channelsSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.channelsSplitter.setChildrenCollapsible(False)
        self.channelsChartArea = QWidget(self.channelsSplitter)
        self.channelsChartArea.setObjectName(u"channelsChartArea")
        self.channelsChartArea.setMinimumSize(QSize(320, 200))
        self.channelsSplitter.addWidget(self.channelsChartArea)
        self.channelsTable = QTableWidget(self.channelsSplitter)
        self.channelsTable.setObjectName(u"channelsTable")
        self.channelsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.channelsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.channelsTable.setAlternatingRowColors(True)
        self.channelsTable.setWordWrap(False)
        self.channelsSplitter.addWidget(self.channelsTable)

        self.channelsTabLayout.addWidget(self.channelsSplitter)

        self.tabs.addTab(self.channelsTab, "")
        self.timesTab = QWidget()
        self.timesTab.setObjectName(u"timesTab")
        self.timesTabLayout = QVBoxLayout(self.timesTab)
        self.timesTabLayout.setObjectName(u"timesTabLayout")
        self.timesSplitter = QSplitter(self.timesTab)
        self.timesSplitter.setObjectName(u"timesSplitter")
        self.timesSplitter.setOrientation(Qt.Orientation.Vertical)
        self.timesSplitter.setChildrenCollapsible(False)
        self.timesChartArea = QWidget(self.timesSplitter)
        self.timesChartArea.setObjectName(u"timesChartArea")
        self.timesChartArea.setMinimumSize(QSize(320, 200))
        self.timesSplitter.addWidget(self.timesChartArea)
        self.timesTable = QTableWidget(self.timesSplitter)
        self.timesTable.setObjectName(u"timesTable")
        self.timesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timesTable.setAlternatingRowColors(True)
        self.timesTable.setWordWrap(False)
        self.timesSplitter.addWidget(self.timesTable)

        self.timesTabLayout.addWidget(self.timesSplitter)

        self.tabs.addTab(self.timesTab, "")
        self.stockTab = QWidget()
        self.stockTab.setObjectName(u"stockTab")
        self.stockTabLayout = QVBoxLayout(self.stockTab)
        self.stockTabLayout.setObjectName(u"stockTabLayout")
        self.stockTable = QTableWidget(self.stockTab)
        self.stockTable.setObjectName(u"stockTable")
        self.stockTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.stockTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.stockTable.setAlternatingRowColors(True)
        self.stockTable.setWordWrap(False)

        self.stockTabLayout.addWidget(self.stockTable)

        self.tabs.addTab(self.stockTab, "")
        self.resultsStack.addWidget(self.tabs)

        self.pageLayout.addWidget(self.resultsStack)

#if QT_CONFIG(shortcut)
        self.periodLabel.setBuddy(self.periodCombo)
        self.fromLabel.setBuddy(self.fromDate)
        self.toLabel.setBuddy(self.toDate)
        self.storesLabel.setBuddy(self.storesButton)
        self.granularityLabel.setBuddy(self.granularityCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReportsPage)

        self.runButton.setDefault(True)


        QMetaObject.connectSlotsByName(ReportsPage)
    # setupUi

    def retranslateUi(self, ReportsPage):
        self.titleLabel.setText(QCoreApplication.translate("ReportsPage", u"Reports", None))
        self.csvButton.setText(QCoreApplication.translate("ReportsPage", u"Export &CSV", None))
        self.xlsxButton.setText(QCoreApplication.translate("ReportsPage", u"Export E&xcel", None))
        self.pdfButton.setText(QCoreApplication.translate("ReportsPage", u"Export &PDF", None))
        self.periodLabel.setText(QCoreApplication.translate("ReportsPage", u"Period", None))
        self.fromLabel.setText(QCoreApplication.translate("ReportsPage", u"from", None))
        self.toLabel.setText(QCoreApplication.translate("ReportsPage", u"to", None))
        self.storesLabel.setText(QCoreApplication.translate("ReportsPage", u"Stores", None))
        self.granularityLabel.setText(QCoreApplication.translate("ReportsPage", u"By", None))
        self.runButton.setText(QCoreApplication.translate("ReportsPage", u"&Run", None))
        self.cancelButton.setText(QCoreApplication.translate("ReportsPage", u"Cancel", None))
        self.tabs.setTabText(self.tabs.indexOf(self.summaryTab), QCoreApplication.translate("ReportsPage", u"Summary", None))
        self.tabs.setTabText(self.tabs.indexOf(self.revenueTab), QCoreApplication.translate("ReportsPage", u"Revenue", None))
        self.tabs.setTabText(self.tabs.indexOf(self.productsTab), QCoreApplication.translate("ReportsPage", u"Products", None))
        self.tabs.setTabText(self.tabs.indexOf(self.channelsTab), QCoreApplication.translate("ReportsPage", u"Channels", None))
        self.tabs.setTabText(self.tabs.indexOf(self.timesTab), QCoreApplication.translate("ReportsPage", u"Times", None))
        self.tabs.setTabText(self.tabs.indexOf(self.stockTab), QCoreApplication.translate("ReportsPage", u"Stock", None))
        pass
    # retranslateUi

