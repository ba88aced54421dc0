# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_log.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QVBoxLayout, QWidget)

class Ui_AuditLogPage(object):
    def setupUi(self, AuditLogPage):
        if not AuditLogPage.objectName():
            AuditLogPage.setObjectName(u"AuditLogPage")
        AuditLogPage.resize(1100, 700)
        self.pageLayout = QVBoxLayout(AuditLogPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(20, 16, 20, 12)
        self.titleLayout = QHBoxLayout()
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleLabel = QLabel(AuditLogPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.titleLayout.addWidget(self.titleLabel)

        self.titleSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleLayout.addItem(self.titleSpacer)

        self.countLabel = QLabel(AuditLogPage)
        self.countLabel.setObjectName(u"countLabel")

        self.titleLayout.addWidget(self.countLabel)

        self.refreshButton = QPushButton(AuditLogPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.titleLayout.addWidget(self.refreshButton)


        self.pageLayout.addLayout(self.titleLayout)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setSpacing(8)
        self.filterLayout.setObjectName(u"filterLayout")
        self.whoLabel = QLabel(AuditLogPage)
        self.whoLabel.setObjectName(u"whoLabel")

        self.filterLayout.addWidget(self.whoLabel)

        self.whoCombo = QComboBox(AuditLogPage)
        self.whoCombo.setObjectName(u"whoCombo")

        self.filterLayout.addWidget(self.whoCombo)

        self.entityLabel = QLabel(AuditLogPage)
        self.entityLabel.setObjectName(u"entityLabel")

        self.filterLayout.addWidget(self.entityLabel)

        self.entityCombo = QComboBox(AuditLogPage)
        self.entityCombo.setObjectName(u"entityCombo")

        self.filterLayout.addWidget(self.entityCombo)

        self.actionLabel = QLabel(AuditLogPage)
        self.actionLabel.setObjectName(u"actionLabel")

        self.filterLayout.addWidget(self.actionLabel)

        self.actionCombo = QComboBox(AuditLogPage)
        self.actionCombo.setObjectName(u"actionCombo")

        self.filterLayout.addWidget(self.actionCombo)

        self.storeCombo = QComboBox(AuditLogPage)
        self.storeCombo.setObjectName(u"storeCombo")

        self.filterLayout.addWidget(self.storeCombo)

        self.periodCombo = QComboBox(AuditLogPage)
        self.periodCombo.setObjectName(u"periodCombo")

        self.filterLayout.addWidget(self.periodCombo)

        self.fromDate = QDateEdit(AuditLogPage)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)

        self.filterLayout.addWidget(self.fromDate)

        self.toDate = QDateEdit(AuditLogPage)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)

        self.filterLayout.addWidget(self.toDate)

        self.filterSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)


        self.pageLayout.addLayout(self.filterLayout)

        self.splitter = QSplitter(AuditLogPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.entriesView = QTableView(self.splitter)
        self.entriesView.setObjectName(u"entriesView")
        self.entriesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.entriesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.entriesView.setAlternatingRowColors(True)
        self.entriesView.setMinimumSize(QSize(400, 0))
        self.splitter.addWidget(self.entriesView)
        self.detailPanel = QWidget(self.splitter)
        self.detailPanel.setObjectName(u"detailPanel")
        self.detailLayout = QVBoxLayout(self.detailPanel)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(8, 0, 0, 0)
        self.detailTitleLabel = QLabel(self.detailPanel)
        self.detailTitleLabel.setObjectName(u"detailTitleLabel")

        self.detailLayout.addWidget(self.detailTitleLabel)

        self.detailView = QTableView(self.detailPanel)
        self.detailView.setObjectName(u"detailView")
        self.detailView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.detailView.setWordWrap(True)

        self.detailLayout.addWidget(self.detailView)

        self.splitter.addWidget(self.detailPanel)

        self.pageLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.whoLabel.setBuddy(self.whoCombo)
        self.entityLabel.setBuddy(self.entityCombo)
        self.actionLabel.setBuddy(self.actionCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.whoCombo, self.entityCombo)
        QWidget.setTabOrder(self.entityCombo, self.actionCombo)
        QWidget.setTabOrder(self.actionCombo, self.storeCombo)
        QWidget.setTabOrder(self.storeCombo, self.periodCombo)
        QWidget.setTabOrder(self.periodCombo, self.fromDate)
        QWidget.setTabOrder(self.fromDate, self.toDate)
        QWidget.setTabOrder(self.toDate, self.entriesView)
        QWidget.setTabOrder(self.entriesView, self.detailView)

        self.retranslateUi(AuditLogPage)

        QMetaObject.connectSlotsByName(AuditLogPage)
    # setupUi

    def retranslateUi(self, AuditLogPage):
        self.titleLabel.setText(QCoreApplication.translate("AuditLogPage", u"Audit log", None))
        self.refreshButton.setText(QCoreApplication.translate("AuditLogPage", u"&Refresh", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("AuditLogPage", u"Reload the list (F5)", None))
#endif // QT_CONFIG(tooltip)
        self.whoLabel.setText(QCoreApplication.translate("AuditLogPage", u"&Who", None))
#if QT_CONFIG(tooltip)
        self.whoCombo.setToolTip(QCoreApplication.translate("AuditLogPage", u"Who made the change", None))
#endif // QT_CONFIG(tooltip)
        self.entityLabel.setText(QCoreApplication.translate("AuditLogPage", u"&On", None))
#if QT_CONFIG(tooltip)
        self.entityCombo.setToolTip(QCoreApplication.translate("AuditLogPage", u"What was changed", None))
#endif // QT_CONFIG(tooltip)
        self.actionLabel.setText(QCoreApplication.translate("AuditLogPage", u"&Action", None))
#if QT_CONFIG(tooltip)
        self.storeCombo.setToolTip(QCoreApplication.translate("AuditLogPage", u"Store", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.periodCombo.setToolTip(QCoreApplication.translate("AuditLogPage", u"Period", None))
#endif // QT_CONFIG(tooltip)
        self.fromDate.setDisplayFormat(QCoreApplication.translate("AuditLogPage", u"dd/MM/yyyy", None))
#if QT_CONFIG(tooltip)
        self.fromDate.setToolTip(QCoreApplication.translate("AuditLogPage", u"From", None))
#endif // QT_CONFIG(tooltip)
        self.toDate.setDisplayFormat(QCoreApplication.translate("AuditLogPage", u"dd/MM/yyyy", None))
#if QT_CONFIG(tooltip)
        self.toDate.setToolTip(QCoreApplication.translate("AuditLogPage", u"To", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

