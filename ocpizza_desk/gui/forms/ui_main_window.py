# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFrame, QHBoxLayout,
    QLabel, QListWidget, QListWidgetItem, QMainWindow,
    QPushButton, QSizePolicy, QSpacerItem, QStackedWidget,
    QStatusBar, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1200, 760)
        MainWindow.setMinimumSize(QSize(780, 560))
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.headerFrame = QFrame(self.centralWidget)
        self.headerFrame.setObjectName(u"headerFrame")
        self.headerLayout = QHBoxLayout(self.headerFrame)
        self.headerLayout.setSpacing(16)
        self.headerLayout.setObjectName(u"headerLayout")
        self.headerLayout.setContentsMargins(16, 10, 16, 10)
        self.brandLabel = QLabel(self.headerFrame)
        self.brandLabel.setObjectName(u"brandLabel")

        self.headerLayout.addWidget(self.brandLabel)

        self.storeLabel = QLabel(self.headerFrame)
        self.storeLabel.setObjectName(u"storeLabel")

        self.headerLayout.addWidget(self.storeLabel)

        self.headerSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.alertsButton = QPushButton(self.headerFrame)
        self.alertsButton.setObjectName(u"alertsButton")
        self.alertsButton.setVisible(False)

        self.headerLayout.addWidget(self.alertsButton)

        self.userLabel = QLabel(self.headerFrame)
        self.userLabel.setObjectName(u"userLabel")
        self.userLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.headerLayout.addWidget(self.userLabel)

        self.languageCombo = QComboBox(self.headerFrame)
        self.languageCombo.setObjectName(u"languageCombo")

        self.headerLayout.addWidget(self.languageCombo)

        self.signOutButton = QPushButton(self.headerFrame)
        self.signOutButton.setObjectName(u"signOutButton")

        self.headerLayout.addWidget(self.signOutButton)


        self.centralLayout.addWidget(self.headerFrame)

        self.maintenanceBanner = QFrame(self.centralWidget)
        self.maintenanceBanner.setObjectName(u"maintenanceBanner")
        self.maintenanceBanner.setVisible(False)
        self.maintenanceLayout = QHBoxLayout(self.maintenanceBanner)
        self.maintenanceLayout.setSpacing(12)
        self.maintenanceLayout.setObjectName(u"maintenanceLayout")
        self.maintenanceLayout.setContentsMargins(16, 8, 16, 8)
        self.maintenanceLabel = QLabel(self.maintenanceBanner)
        self.maintenanceLabel.setObjectName(u"maintenanceLabel")
        self.maintenanceLabel.setWordWrap(True)
        self.maintenanceLabel.setTextFormat(Qt.TextFormat.PlainText)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.maintenanceLabel.sizePolicy().hasHeightForWidth())
        self.maintenanceLabel.setSizePolicy(sizePolicy)

        self.maintenanceLayout.addWidget(self.maintenanceLabel)

        self.maintenanceSignOutButton = QPushButton(self.maintenanceBanner)
        self.maintenanceSignOutButton.setObjectName(u"maintenanceSignOutButton")

        self.maintenanceLayout.addWidget(self.maintenanceSignOutButton)


        self.centralLayout.addWidget(self.maintenanceBanner)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setSpacing(0)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.navigationList = QListWidget(self.centralWidget)
        self.navigationList.setObjectName(u"navigationList")
        self.navigationList.setMinimumSize(QSize(190, 0))
        self.navigationList.setMaximumSize(QSize(230, 16777215))
        self.navigationList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.bodyLayout.addWidget(self.navigationList)

        self.pages = QStackedWidget(self.centralWidget)
        self.pages.setObjectName(u"pages")

        self.bodyLayout.addWidget(self.pages)


        self.centralLayout.addLayout(self.bodyLayout)

        MainWindow.setCentralWidget(self.centralWidget)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"OC Pizza \u2014 Back-office", None))
        self.brandLabel.setText(QCoreApplication.translate("MainWindow", u"OC Pizza", None))
#if QT_CONFIG(tooltip)
        self.alertsButton.setToolTip(QCoreApplication.translate("MainWindow", u"Ingredients under their alert threshold (Ctrl+Shift+A)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.alertsButton.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Shift+A", None))
#endif // QT_CONFIG(shortcut)
#if QT_CONFIG(tooltip)
        self.languageCombo.setToolTip(QCoreApplication.translate("MainWindow", u"Language of the interface", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("MainWindow", u"Language", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.signOutButton.setToolTip(QCoreApplication.translate("MainWindow", u"Sign out of this PC (asks first when an order is being typed)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.signOutButton.setAccessibleName(QCoreApplication.translate("MainWindow", u"Sign out", None))
#endif // QT_CONFIG(accessibility)
        self.signOutButton.setText(QCoreApplication.translate("MainWindow", u"Sign out", None))
#if QT_CONFIG(accessibility)
        self.maintenanceBanner.setAccessibleName(QCoreApplication.translate("MainWindow", u"Maintenance notice", None))
#endif // QT_CONFIG(accessibility)
        self.maintenanceSignOutButton.setText(QCoreApplication.translate("MainWindow", u"Sign out now", None))
#if QT_CONFIG(accessibility)
        self.navigationList.setAccessibleName(QCoreApplication.translate("MainWindow", u"Navigation", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

