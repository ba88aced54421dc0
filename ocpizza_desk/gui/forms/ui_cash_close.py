# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cash_close.ui'
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
    QDateEdit, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableView, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_CashClosePage(object):
    def setupUi(self, CashClosePage):
        if not CashClosePage.objectName():
            CashClosePage.setObjectName(u"CashClosePage")
        CashClosePage.resize(1160, 660)
        self.pageLayout = QVBoxLayout(CashClosePage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(20, 12, 20, 10)
        self.titleLayout = QHBoxLayout()
        self.titleLayout.setSpacing(8)
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleLabel = QLabel(CashClosePage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.titleLayout.addWidget(self.titleLabel)

        self.titleGap = QSpacerItem(16, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.titleLayout.addItem(self.titleGap)

        self.dayLabel = QLabel(CashClosePage)
        self.dayLabel.setObjectName(u"dayLabel")

        self.titleLayout.addWidget(self.dayLabel)

        self.dayEdit = QDateEdit(CashClosePage)
        self.dayEdit.setObjectName(u"dayEdit")
        self.dayEdit.setCalendarPopup(True)
        self.dayEdit.setDisplayFormat(u"dd/MM/yyyy")

        self.titleLayout.addWidget(self.dayEdit)

        self.todayButton = QPushButton(CashClosePage)
        self.todayButton.setObjectName(u"todayButton")

        self.titleLayout.addWidget(self.todayButton)

        self.statusLabel = QLabel(CashClosePage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setTextFormat(Qt.TextFormat.RichText)

        self.titleLayout.addWidget(self.statusLabel)

        self.titleSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleLayout.addItem(self.titleSpacer)

        self.refreshButton = QPushButton(CashClosePage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.titleLayout.addWidget(self.refreshButton)


        self.pageLayout.addLayout(self.titleLayout)

        self.warningLabel = QLabel(CashClosePage)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)
        self.warningLabel.setTextFormat(Qt.TextFormat.RichText)
        self.warningLabel.setProperty(u"role", u"error")

        self.pageLayout.addWidget(self.warningLabel)

        self.tabs = QTabWidget(CashClosePage)
        self.tabs.setObjectName(u"tabs")
        self.dayTab = QWidget()
        self.dayTab.setObjectName(u"dayTab")
        self.dayLayout = QHBoxLayout(self.dayTab)
        self.dayLayout.setSpacing(12)
        self.dayLayout.setObjectName(u"dayLayout")
        self.dayLayout.setContentsMargins(8, 8, 8, 8)
        self.figuresBox = QGroupBox(self.dayTab)
        self.figuresBox.setObjectName(u"figuresBox")
        self.figuresLayout = QVBoxLayout(self.figuresBox)
        self.figuresLayout.setSpacing(6)
        self.figuresLayout.setObjectName(u"figuresLayout")
        self.salesLabel = QLabel(self.figuresBox)
        self.salesLabel.setObjectName(u"salesLabel")
        self.salesLabel.setTextFormat(Qt.TextFormat.RichText)

        self.figuresLayout.addWidget(self.salesLabel)

        self.vatTable = QTableWidget(self.figuresBox)
        self.vatTable.setObjectName(u"vatTable")
        self.vatTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.vatTable.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.vatTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.vatTable.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.figuresLayout.addWidget(self.vatTable)

        self.tendersTable = QTableWidget(self.figuresBox)
        self.tendersTable.setObjectName(u"tendersTable")
        self.tendersTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tendersTable.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tendersTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tendersTable.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.figuresLayout.addWidget(self.tendersTable)

        self.countsLabel = QLabel(self.figuresBox)
        self.countsLabel.setObjectName(u"countsLabel")
        self.countsLabel.setWordWrap(True)
        self.countsLabel.setTextFormat(Qt.TextFormat.RichText)

        self.figuresLayout.addWidget(self.countsLabel)

        self.figuresSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.figuresLayout.addItem(self.figuresSpacer)


        self.dayLayout.addWidget(self.figuresBox)

        self.drawerBox = QGroupBox(self.dayTab)
        self.drawerBox.setObjectName(u"drawerBox")
        self.drawerLayout = QVBoxLayout(self.drawerBox)
        self.drawerLayout.setSpacing(6)
        self.drawerLayout.setObjectName(u"drawerLayout")
        self.drawerHintLabel = QLabel(self.drawerBox)
        self.drawerHintLabel.setObjectName(u"drawerHintLabel")
        self.drawerHintLabel.setWordWrap(True)
        self.drawerHintLabel.setProperty(u"role", u"info")

        self.drawerLayout.addWidget(self.drawerHintLabel)

        self.drawerView = QTableView(self.drawerBox)
        self.drawerView.setObjectName(u"drawerView")
        self.drawerView.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed|QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.SelectedClicked)
        self.drawerView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.drawerView.setTabKeyNavigation(False)
        self.drawerView.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

        self.drawerLayout.addWidget(self.drawerView)

        self.drawerTotalLabel = QLabel(self.drawerBox)
        self.drawerTotalLabel.setObjectName(u"drawerTotalLabel")
        self.drawerTotalLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.drawerLayout.addWidget(self.drawerTotalLabel)


        self.dayLayout.addWidget(self.drawerBox)

        self.rightLayout = QVBoxLayout()
        self.rightLayout.setSpacing(8)
        self.rightLayout.setObjectName(u"rightLayout")
        self.cashBox = QGroupBox(self.dayTab)
        self.cashBox.setObjectName(u"cashBox")
        self.cashLayout = QVBoxLayout(self.cashBox)
        self.cashLayout.setSpacing(4)
        self.cashLayout.setObjectName(u"cashLayout")
        self.cashLabel = QLabel(self.cashBox)
        self.cashLabel.setObjectName(u"cashLabel")
        self.cashLabel.setTextFormat(Qt.TextFormat.RichText)

        self.cashLayout.addWidget(self.cashLabel)

        self.differenceLabel = QLabel(self.cashBox)
        self.differenceLabel.setObjectName(u"differenceLabel")
        self.differenceLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.cashLayout.addWidget(self.differenceLabel)

        self.driversLabel = QLabel(self.cashBox)
        self.driversLabel.setObjectName(u"driversLabel")
        self.driversLabel.setWordWrap(True)
        self.driversLabel.setTextFormat(Qt.TextFormat.RichText)
        self.driversLabel.setProperty(u"role", u"info")

        self.cashLayout.addWidget(self.driversLabel)


        self.rightLayout.addWidget(self.cashBox)

        self.openBox = QGroupBox(self.dayTab)
        self.openBox.setObjectName(u"openBox")
        self.openLayout = QVBoxLayout(self.openBox)
        self.openLayout.setSpacing(4)
        self.openLayout.setObjectName(u"openLayout")
        self.openLabel = QLabel(self.openBox)
        self.openLabel.setObjectName(u"openLabel")
        self.openLabel.setWordWrap(True)

        self.openLayout.addWidget(self.openLabel)

        self.openTable = QTableWidget(self.openBox)
        self.openTable.setObjectName(u"openTable")
        self.openTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.openTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.openTable.setAlternatingRowColors(True)

        self.openLayout.addWidget(self.openTable)

        self.carryCheck = QCheckBox(self.openBox)
        self.carryCheck.setObjectName(u"carryCheck")

        self.openLayout.addWidget(self.carryCheck)


        self.rightLayout.addWidget(self.openBox)

        self.rightSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightLayout.addItem(self.rightSpacer)

        self.noteEdit = QLineEdit(self.dayTab)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaxLength(300)

        self.rightLayout.addWidget(self.noteEdit)

        self.signingLabel = QLabel(self.dayTab)
        self.signingLabel.setObjectName(u"signingLabel")
        self.signingLabel.setWordWrap(True)
        self.signingLabel.setProperty(u"role", u"info")

        self.rightLayout.addWidget(self.signingLabel)

        self.errorLabel = QLabel(self.dayTab)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"role", u"error")

        self.rightLayout.addWidget(self.errorLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.printButton = QPushButton(self.dayTab)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.printButton)

        self.buttonsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.closeButton = QPushButton(self.dayTab)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonsLayout.addWidget(self.closeButton)


        self.rightLayout.addLayout(self.buttonsLayout)


        self.dayLayout.addLayout(self.rightLayout)

        self.tabs.addTab(self.dayTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setSpacing(8)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyLayout.setContentsMargins(8, 8, 8, 8)
        self.closuresTable = QTableWidget(self.historyTab)
        self.closuresTable.setObjectName(u"closuresTable")
        self.closuresTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.closuresTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.closuresTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.closuresTable.setAlternatingRowColors(True)

        self.historyLayout.addWidget(self.closuresTable)

        self.historyButtons = QHBoxLayout()
        self.historyButtons.setSpacing(8)
        self.historyButtons.setObjectName(u"historyButtons")
        self.reprintButton = QPushButton(self.historyTab)
        self.reprintButton.setObjectName(u"reprintButton")

        self.historyButtons.addWidget(self.reprintButton)

        self.moreButton = QPushButton(self.historyTab)
        self.moreButton.setObjectName(u"moreButton")

        self.historyButtons.addWidget(self.moreButton)

        self.historySpacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.historyButtons.addItem(self.historySpacer)

        self.monthCombo = QComboBox(self.historyTab)
        self.monthCombo.setObjectName(u"monthCombo")

        self.historyButtons.addWidget(self.monthCombo)

        self.closeMonthButton = QPushButton(self.historyTab)
        self.closeMonthButton.setObjectName(u"closeMonthButton")

        self.historyButtons.addWidget(self.closeMonthButton)

        self.yearCombo = QComboBox(self.historyTab)
        self.yearCombo.setObjectName(u"yearCombo")

        self.historyButtons.addWidget(self.yearCombo)

        self.closeYearButton = QPushButton(self.historyTab)
        self.closeYearButton.setObjectName(u"closeYearButton")

        self.historyButtons.addWidget(self.closeYearButton)


        self.historyLayout.addLayout(self.historyButtons)

        self.tabs.addTab(self.historyTab, "")

        self.pageLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.dayLabel.setBuddy(self.dayEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dayEdit, self.todayButton)
        QWidget.setTabOrder(self.todayButton, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.tabs)
        QWidget.setTabOrder(self.tabs, self.drawerView)
        QWidget.setTabOrder(self.drawerView, self.openTable)
        QWidget.setTabOrder(self.openTable, self.carryCheck)
        QWidget.setTabOrder(self.carryCheck, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.closeButton)
        QWidget.setTabOrder(self.closeButton, self.printButton)

        self.retranslateUi(CashClosePage)

        self.tabs.setCurrentIndex(0)
        self.closeButton.setDefault(True)


        QMetaObject.connectSlotsByName(CashClosePage)
    # setupUi

    def retranslateUi(self, CashClosePage):
        self.titleLabel.setText(QCoreApplication.translate("CashClosePage", u"Cash close", None))
        self.dayLabel.setText(QCoreApplication.translate("CashClosePage", u"Business &day:", None))
#if QT_CONFIG(tooltip)
        self.dayEdit.setToolTip(QCoreApplication.translate("CashClosePage", u"The business day to close (Alt+D)", None))
#endif // QT_CONFIG(tooltip)
        self.todayButton.setText(QCoreApplication.translate("CashClosePage", u"&Today", None))
        self.refreshButton.setText(QCoreApplication.translate("CashClosePage", u"Re&fresh", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("CashClosePage", u"Read the day again (F5)", None))
#endif // QT_CONFIG(tooltip)
        self.figuresBox.setTitle(QCoreApplication.translate("CashClosePage", u"Sales and takings", None))
        self.drawerBox.setTitle(QCoreApplication.translate("CashClosePage", u"Drawer count", None))
        self.drawerHintLabel.setText(QCoreApplication.translate("CashClosePage", u"Type how many of each, Enter to go down. The day's cash only, without the change fund.", None))
        self.cashBox.setTitle(QCoreApplication.translate("CashClosePage", u"Cash in the drawer", None))
        self.openBox.setTitle(QCoreApplication.translate("CashClosePage", u"Orders still open", None))
        self.carryCheck.setText(QCoreApplication.translate("CashClosePage", u"&Carry them over to the next business day", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("CashClosePage", u"Note on the closure (optional)", None))
        self.printButton.setText(QCoreApplication.translate("CashClosePage", u"&Print the Z", None))
        self.closeButton.setText(QCoreApplication.translate("CashClosePage", u"C&lose the day\u2026", None))
#if QT_CONFIG(tooltip)
        self.closeButton.setToolTip(QCoreApplication.translate("CashClosePage", u"Close the business day and print its Z (Ctrl+Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.dayTab), QCoreApplication.translate("CashClosePage", u"The day", None))
        self.reprintButton.setText(QCoreApplication.translate("CashClosePage", u"&Reprint (duplicate)", None))
        self.moreButton.setText(QCoreApplication.translate("CashClosePage", u"&Older\u2026", None))
#if QT_CONFIG(tooltip)
        self.monthCombo.setToolTip(QCoreApplication.translate("CashClosePage", u"The month to close", None))
#endif // QT_CONFIG(tooltip)
        self.closeMonthButton.setText(QCoreApplication.translate("CashClosePage", u"Close the &month\u2026", None))
#if QT_CONFIG(tooltip)
        self.yearCombo.setToolTip(QCoreApplication.translate("CashClosePage", u"The year to close", None))
#endif // QT_CONFIG(tooltip)
        self.closeYearButton.setText(QCoreApplication.translate("CashClosePage", u"Close the &year\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.historyTab), QCoreApplication.translate("CashClosePage", u"Earlier closures", None))
        pass
    # retranslateUi

