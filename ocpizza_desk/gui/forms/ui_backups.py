# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'backups.ui'
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
    QLabel, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_BackupsPage(object):
    def setupUi(self, BackupsPage):
        if not BackupsPage.objectName():
            BackupsPage.setObjectName(u"BackupsPage")
        BackupsPage.resize(1000, 640)
        self.pageLayout = QVBoxLayout(BackupsPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(20, 16, 20, 12)
        self.titleLayout = QHBoxLayout()
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleLabel = QLabel(BackupsPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.titleLayout.addWidget(self.titleLabel)

        self.titleSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleLayout.addItem(self.titleSpacer)

        self.refreshButton = QPushButton(BackupsPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.titleLayout.addWidget(self.refreshButton)


        self.pageLayout.addLayout(self.titleLayout)

        self.folderLabel = QLabel(BackupsPage)
        self.folderLabel.setObjectName(u"folderLabel")
        self.folderLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.folderLabel)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setSpacing(8)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.createButton = QPushButton(BackupsPage)
        self.createButton.setObjectName(u"createButton")

        self.actionsLayout.addWidget(self.createButton)

        self.verifyButton = QPushButton(BackupsPage)
        self.verifyButton.setObjectName(u"verifyButton")

        self.actionsLayout.addWidget(self.verifyButton)

        self.restoreButton = QPushButton(BackupsPage)
        self.restoreButton.setObjectName(u"restoreButton")

        self.actionsLayout.addWidget(self.restoreButton)

        self.pruneButton = QPushButton(BackupsPage)
        self.pruneButton.setObjectName(u"pruneButton")

        self.actionsLayout.addWidget(self.pruneButton)

        self.actionsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)


        self.pageLayout.addLayout(self.actionsLayout)

        self.backupsTable = QTableWidget(BackupsPage)
        if (self.backupsTable.columnCount() < 6):
            self.backupsTable.setColumnCount(6)
        __qtablewidgetitem = QTableWidgetItem()
        self.backupsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.backupsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.backupsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.backupsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.backupsTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.backupsTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.backupsTable.setObjectName(u"backupsTable")
        self.backupsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backupsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backupsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backupsTable.setAlternatingRowColors(True)

        self.pageLayout.addWidget(self.backupsTable)

        self.progressLayout = QHBoxLayout()
        self.progressLayout.setObjectName(u"progressLayout")
        self.statusLabel = QLabel(BackupsPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.progressLayout.addWidget(self.statusLabel)

        self.progressBar = QProgressBar(BackupsPage)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMaximum(100)
        self.progressBar.setValue(0)

        self.progressLayout.addWidget(self.progressBar)

        self.progressLayout.setStretch(0, 3)
        self.progressLayout.setStretch(1, 2)

        self.pageLayout.addLayout(self.progressLayout)

        QWidget.setTabOrder(self.createButton, self.verifyButton)
        QWidget.setTabOrder(self.verifyButton, self.restoreButton)
        QWidget.setTabOrder(self.restoreButton, self.pruneButton)
        QWidget.setTabOrder(self.pruneButton, self.backupsTable)
        QWidget.setTabOrder(self.backupsTable, self.refreshButton)

        self.retranslateUi(BackupsPage)

        QMetaObject.connectSlotsByName(BackupsPage)
    # setupUi

    def retranslateUi(self, BackupsPage):
        self.titleLabel.setText(QCoreApplication.translate("BackupsPage", u"Backups", None))
        self.refreshButton.setText(QCoreApplication.translate("BackupsPage", u"&Refresh", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("BackupsPage", u"Reload the list (F5)", None))
#endif // QT_CONFIG(tooltip)
        self.createButton.setText(QCoreApplication.translate("BackupsPage", u"&Back up now", None))
#if QT_CONFIG(tooltip)
        self.createButton.setToolTip(QCoreApplication.translate("BackupsPage", u"Back the database up into the folder above", None))
#endif // QT_CONFIG(tooltip)
        self.verifyButton.setText(QCoreApplication.translate("BackupsPage", u"&Verify", None))
#if QT_CONFIG(tooltip)
        self.verifyButton.setToolTip(QCoreApplication.translate("BackupsPage", u"Check the selected backup's checksums and restore it into a scratch database", None))
#endif // QT_CONFIG(tooltip)
        self.restoreButton.setText(QCoreApplication.translate("BackupsPage", u"R&estore\u2026", None))
#if QT_CONFIG(tooltip)
        self.restoreButton.setToolTip(QCoreApplication.translate("BackupsPage", u"Replace the database with the selected backup", None))
#endif // QT_CONFIG(tooltip)
        self.pruneButton.setText(QCoreApplication.translate("BackupsPage", u"&Prune\u2026", None))
#if QT_CONFIG(tooltip)
        self.pruneButton.setToolTip(QCoreApplication.translate("BackupsPage", u"Delete old backups: each of the last 3 days is kept, then one a week for 2 weeks", None))
#endif // QT_CONFIG(tooltip)
        ___qtablewidgetitem = self.backupsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("BackupsPage", u"Date", None))
        ___qtablewidgetitem1 = self.backupsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("BackupsPage", u"Size", None))
        ___qtablewidgetitem2 = self.backupsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("BackupsPage", u"Database", None))
        ___qtablewidgetitem3 = self.backupsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("BackupsPage", u"Version", None))
        ___qtablewidgetitem4 = self.backupsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("BackupsPage", u"Rows", None))
        ___qtablewidgetitem5 = self.backupsTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("BackupsPage", u"Verified", None))
        pass
    # retranslateUi

