# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dashboard.ui'
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
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_DashboardPage(object):
    def setupUi(self, DashboardPage):
        if not DashboardPage.objectName():
            DashboardPage.setObjectName(u"DashboardPage")
        DashboardPage.resize(960, 640)
        self.pageLayout = QVBoxLayout(DashboardPage)
        self.pageLayout.setSpacing(12)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(24, 20, 24, 20)
        self.titleLayout = QHBoxLayout()
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleLabel = QLabel(DashboardPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.titleLayout.addWidget(self.titleLabel)

        self.titleSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleLayout.addItem(self.titleSpacer)

        self.updatedLabel = QLabel(DashboardPage)
        self.updatedLabel.setObjectName(u"updatedLabel")

        self.titleLayout.addWidget(self.updatedLabel)

        self.refreshButton = QPushButton(DashboardPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.titleLayout.addWidget(self.refreshButton)


        self.pageLayout.addLayout(self.titleLayout)

        self.storeInfoLabel = QLabel(DashboardPage)
        self.storeInfoLabel.setObjectName(u"storeInfoLabel")
        self.storeInfoLabel.setWordWrap(True)
        self.storeInfoLabel.setTextFormat(Qt.TextFormat.RichText)

        self.pageLayout.addWidget(self.storeInfoLabel)

        self.tilesLayout = QHBoxLayout()
        self.tilesLayout.setSpacing(12)
        self.tilesLayout.setObjectName(u"tilesLayout")

        self.pageLayout.addLayout(self.tilesLayout)

        self.storesTitleLabel = QLabel(DashboardPage)
        self.storesTitleLabel.setObjectName(u"storesTitleLabel")

        self.pageLayout.addWidget(self.storesTitleLabel)

        self.storesTable = QTableWidget(DashboardPage)
        self.storesTable.setObjectName(u"storesTable")
        self.storesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.storesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.storesTable.setAlternatingRowColors(True)

        self.pageLayout.addWidget(self.storesTable)

        self.alertsTitleLabel = QLabel(DashboardPage)
        self.alertsTitleLabel.setObjectName(u"alertsTitleLabel")

        self.pageLayout.addWidget(self.alertsTitleLabel)

        self.alertsTable = QTableWidget(DashboardPage)
        self.alertsTable.setObjectName(u"alertsTable")
        self.alertsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.alertsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.alertsTable.setAlternatingRowColors(True)

        self.pageLayout.addWidget(self.alertsTable)


        self.retranslateUi(DashboardPage)

        QMetaObject.connectSlotsByName(DashboardPage)
    # setupUi

    def retranslateUi(self, DashboardPage):
        self.titleLabel.setText(QCoreApplication.translate("DashboardPage", u"Dashboard", None))
        self.refreshButton.setText(QCoreApplication.translate("DashboardPage", u"&Refresh", None))
        self.storesTitleLabel.setText(QCoreApplication.translate("DashboardPage", u"Today in the stores", None))
        self.alertsTitleLabel.setText(QCoreApplication.translate("DashboardPage", u"Ingredients under their alert threshold", None))
        pass
    # retranslateUi

