# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'staff.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_StaffPage(object):
    def setupUi(self, StaffPage):
        if not StaffPage.objectName():
            StaffPage.setObjectName(u"StaffPage")
        StaffPage.resize(1100, 700)
        self.pageLayout = QVBoxLayout(StaffPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(20, 16, 20, 12)
        self.titleLayout = QHBoxLayout()
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleLabel = QLabel(StaffPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.titleLayout.addWidget(self.titleLabel)

        self.titleSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleLayout.addItem(self.titleSpacer)

        self.newButton = QPushButton(StaffPage)
        self.newButton.setObjectName(u"newButton")

        self.titleLayout.addWidget(self.newButton)

        self.refreshButton = QPushButton(StaffPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.titleLayout.addWidget(self.refreshButton)


        self.pageLayout.addLayout(self.titleLayout)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setSpacing(8)
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(StaffPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMaxLength(60)

        self.filterLayout.addWidget(self.searchEdit)

        self.storeFilterCombo = QComboBox(StaffPage)
        self.storeFilterCombo.setObjectName(u"storeFilterCombo")

        self.filterLayout.addWidget(self.storeFilterCombo)

        self.roleFilterCombo = QComboBox(StaffPage)
        self.roleFilterCombo.setObjectName(u"roleFilterCombo")

        self.filterLayout.addWidget(self.roleFilterCombo)

        self.activeFilterCombo = QComboBox(StaffPage)
        self.activeFilterCombo.setObjectName(u"activeFilterCombo")

        self.filterLayout.addWidget(self.activeFilterCombo)


        self.pageLayout.addLayout(self.filterLayout)

        self.splitter = QSplitter(StaffPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.accountsView = QTableView(self.splitter)
        self.accountsView.setObjectName(u"accountsView")
        self.accountsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.accountsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.accountsView.setAlternatingRowColors(True)
        self.accountsView.setMinimumSize(QSize(120, 0))
        self.splitter.addWidget(self.accountsView)
        self.editorPanel = QWidget(self.splitter)
        self.editorPanel.setObjectName(u"editorPanel")
        self.editorLayout = QVBoxLayout(self.editorPanel)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(8, 0, 0, 0)
        self.editorTitleLabel = QLabel(self.editorPanel)
        self.editorTitleLabel.setObjectName(u"editorTitleLabel")

        self.editorLayout.addWidget(self.editorTitleLabel)

        self.accountBox = QGroupBox(self.editorPanel)
        self.accountBox.setObjectName(u"accountBox")
        self.accountForm = QFormLayout(self.accountBox)
        self.accountForm.setObjectName(u"accountForm")
        self.usernameLabel = QLabel(self.accountBox)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.accountForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(self.accountBox)
        self.usernameEdit.setObjectName(u"usernameEdit")
        self.usernameEdit.setMaxLength(64)

        self.accountForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.fullNameLabel = QLabel(self.accountBox)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.accountForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullNameEdit = QLineEdit(self.accountBox)
        self.fullNameEdit.setObjectName(u"fullNameEdit")
        self.fullNameEdit.setMaxLength(80)

        self.accountForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fullNameEdit)

        self.roleLabel = QLabel(self.accountBox)
        self.roleLabel.setObjectName(u"roleLabel")

        self.accountForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(self.accountBox)
        self.roleCombo.setObjectName(u"roleCombo")

        self.accountForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.storeLabel = QLabel(self.accountBox)
        self.storeLabel.setObjectName(u"storeLabel")

        self.accountForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.storeLabel)

        self.storeCombo = QComboBox(self.accountBox)
        self.storeCombo.setObjectName(u"storeCombo")

        self.accountForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.storeCombo)


        self.editorLayout.addWidget(self.accountBox)

        self.passwordBox = QGroupBox(self.editorPanel)
        self.passwordBox.setObjectName(u"passwordBox")
        self.passwordForm = QFormLayout(self.passwordBox)
        self.passwordForm.setObjectName(u"passwordForm")
        self.passwordHintLabel = QLabel(self.passwordBox)
        self.passwordHintLabel.setObjectName(u"passwordHintLabel")

        self.passwordForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.passwordHintLabel)

        self.passwordLabel = QLabel(self.passwordBox)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.passwordForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(self.passwordBox)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passwordEdit.setMaxLength(128)

        self.passwordForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.repeatLabel = QLabel(self.passwordBox)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.passwordForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(self.passwordBox)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeatEdit.setMaxLength(128)

        self.passwordForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.repeatEdit)

        self.resetButton = QPushButton(self.passwordBox)
        self.resetButton.setObjectName(u"resetButton")

        self.passwordForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.resetButton)


        self.editorLayout.addWidget(self.passwordBox)

        self.stateLabel = QLabel(self.editorPanel)
        self.stateLabel.setObjectName(u"stateLabel")

        self.editorLayout.addWidget(self.stateLabel)

        self.editorSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.editorLayout.addItem(self.editorSpacer)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.activeButton = QPushButton(self.editorPanel)
        self.activeButton.setObjectName(u"activeButton")

        self.buttonsLayout.addWidget(self.activeButton)

        self.buttonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.saveButton = QPushButton(self.editorPanel)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)


        self.editorLayout.addLayout(self.buttonsLayout)

        self.splitter.addWidget(self.editorPanel)

        self.pageLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.fullNameLabel.setBuddy(self.fullNameEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.storeLabel.setBuddy(self.storeCombo)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.storeFilterCombo)
        QWidget.setTabOrder(self.storeFilterCombo, self.roleFilterCombo)
        QWidget.setTabOrder(self.roleFilterCombo, self.activeFilterCombo)
        QWidget.setTabOrder(self.activeFilterCombo, self.accountsView)
        QWidget.setTabOrder(self.accountsView, self.usernameEdit)
        QWidget.setTabOrder(self.usernameEdit, self.fullNameEdit)
        QWidget.setTabOrder(self.fullNameEdit, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.storeCombo)
        QWidget.setTabOrder(self.storeCombo, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.repeatEdit)
        QWidget.setTabOrder(self.repeatEdit, self.resetButton)
        QWidget.setTabOrder(self.resetButton, self.saveButton)

        self.retranslateUi(StaffPage)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(StaffPage)
    # setupUi

    def retranslateUi(self, StaffPage):
        self.titleLabel.setText(QCoreApplication.translate("StaffPage", u"Staff", None))
        self.newButton.setText(QCoreApplication.translate("StaffPage", u"New account", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("StaffPage", u"Create an account (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.refreshButton.setText(QCoreApplication.translate("StaffPage", u"Refresh", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("StaffPage", u"Reload the list (F5)", None))
#endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("StaffPage", u"Username or name\u2026 (Ctrl+F)", None))
#if QT_CONFIG(tooltip)
        self.storeFilterCombo.setToolTip(QCoreApplication.translate("StaffPage", u"Store", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.roleFilterCombo.setToolTip(QCoreApplication.translate("StaffPage", u"Role", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.activeFilterCombo.setToolTip(QCoreApplication.translate("StaffPage", u"Status", None))
#endif // QT_CONFIG(tooltip)
        self.editorTitleLabel.setText(QCoreApplication.translate("StaffPage", u"Account", None))
        self.accountBox.setTitle(QCoreApplication.translate("StaffPage", u"Account", None))
        self.usernameLabel.setText(QCoreApplication.translate("StaffPage", u"&Username", None))
        self.usernameEdit.setPlaceholderText(QCoreApplication.translate("StaffPage", u"e.g. accueil2.bastille", None))
        self.fullNameLabel.setText(QCoreApplication.translate("StaffPage", u"Full &name", None))
        self.roleLabel.setText(QCoreApplication.translate("StaffPage", u"&Role", None))
        self.storeLabel.setText(QCoreApplication.translate("StaffPage", u"S&tore", None))
        self.passwordBox.setTitle(QCoreApplication.translate("StaffPage", u"Password", None))
        self.passwordHintLabel.setText(QCoreApplication.translate("StaffPage", u"At least 10 characters, letters and a digit\n"
"or symbol. Give it to the person in private:\n"
"it is never shown again.", None))
        self.passwordLabel.setText(QCoreApplication.translate("StaffPage", u"&Password", None))
        self.repeatLabel.setText(QCoreApplication.translate("StaffPage", u"Rep&eat password", None))
        self.resetButton.setText(QCoreApplication.translate("StaffPage", u"Set pass&word", None))
#if QT_CONFIG(tooltip)
        self.resetButton.setToolTip(QCoreApplication.translate("StaffPage", u"Give the account this new password and unlock it", None))
#endif // QT_CONFIG(tooltip)
        self.activeButton.setText(QCoreApplication.translate("StaffPage", u"Deacti&vate", None))
        self.saveButton.setText(QCoreApplication.translate("StaffPage", u"&Save", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("StaffPage", u"Create or save the account (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

