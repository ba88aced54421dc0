# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'customers.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_CustomersPage(object):
    def setupUi(self, CustomersPage):
        if not CustomersPage.objectName():
            CustomersPage.setObjectName(u"CustomersPage")
        CustomersPage.resize(1100, 620)
        self.pageLayout = QVBoxLayout(CustomersPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(20, 16, 20, 12)
        self.titleLayout = QHBoxLayout()
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleLabel = QLabel(CustomersPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.titleLayout.addWidget(self.titleLabel)

        self.titleSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleLayout.addItem(self.titleSpacer)

        self.mergeButton = QPushButton(CustomersPage)
        self.mergeButton.setObjectName(u"mergeButton")

        self.titleLayout.addWidget(self.mergeButton)

        self.refreshButton = QPushButton(CustomersPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.titleLayout.addWidget(self.refreshButton)


        self.pageLayout.addLayout(self.titleLayout)

        self.searchEdit = QLineEdit(CustomersPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMaxLength(60)

        self.pageLayout.addWidget(self.searchEdit)

        self.splitter = QSplitter(CustomersPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listPanel = QWidget(self.splitter)
        self.listPanel.setObjectName(u"listPanel")
        self.listLayout = QVBoxLayout(self.listPanel)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.customersView = QTableView(self.listPanel)
        self.customersView.setObjectName(u"customersView")
        self.customersView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.customersView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.customersView.setAlternatingRowColors(True)
        self.customersView.setMinimumSize(QSize(120, 0))

        self.listLayout.addWidget(self.customersView)

        self.listHintLabel = QLabel(self.listPanel)
        self.listHintLabel.setObjectName(u"listHintLabel")
        self.listHintLabel.setWordWrap(True)

        self.listLayout.addWidget(self.listHintLabel)

        self.splitter.addWidget(self.listPanel)
        self.detailTabs = QTabWidget(self.splitter)
        self.detailTabs.setObjectName(u"detailTabs")
        self.detailsTab = QWidget()
        self.detailsTab.setObjectName(u"detailsTab")
        self.detailsLayout = QVBoxLayout(self.detailsTab)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.customerTitleLabel = QLabel(self.detailsTab)
        self.customerTitleLabel.setObjectName(u"customerTitleLabel")

        self.detailsLayout.addWidget(self.customerTitleLabel)

        self.customerForm = QFormLayout()
        self.customerForm.setObjectName(u"customerForm")
        self.phoneLabel = QLabel(self.detailsTab)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.customerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.detailsTab)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(30)

        self.customerForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.firstNameLabel = QLabel(self.detailsTab)
        self.firstNameLabel.setObjectName(u"firstNameLabel")

        self.customerForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.firstNameLabel)

        self.firstNameEdit = QLineEdit(self.detailsTab)
        self.firstNameEdit.setObjectName(u"firstNameEdit")
        self.firstNameEdit.setMaxLength(60)

        self.customerForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.firstNameEdit)

        self.lastNameLabel = QLabel(self.detailsTab)
        self.lastNameLabel.setObjectName(u"lastNameLabel")

        self.customerForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.lastNameLabel)

        self.lastNameEdit = QLineEdit(self.detailsTab)
        self.lastNameEdit.setObjectName(u"lastNameEdit")
        self.lastNameEdit.setMaxLength(60)

        self.customerForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.lastNameEdit)

        self.emailLabel = QLabel(self.detailsTab)
        self.emailLabel.setObjectName(u"emailLabel")

        self.customerForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.detailsTab)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(120)

        self.customerForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.notesLabel = QLabel(self.detailsTab)
        self.notesLabel.setObjectName(u"notesLabel")

        self.customerForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QLineEdit(self.detailsTab)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaxLength(500)

        self.customerForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.detailsLayout.addLayout(self.customerForm)

        self.summaryLabel = QLabel(self.detailsTab)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.detailsLayout.addWidget(self.summaryLabel)

        self.stateLabel = QLabel(self.detailsTab)
        self.stateLabel.setObjectName(u"stateLabel")
        self.stateLabel.setWordWrap(True)

        self.detailsLayout.addWidget(self.stateLabel)

        self.detailsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailsLayout.addItem(self.detailsSpacer)

        self.detailsButtons = QHBoxLayout()
        self.detailsButtons.setObjectName(u"detailsButtons")
        self.detailsButtonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.detailsButtons.addItem(self.detailsButtonsSpacer)

        self.saveButton = QPushButton(self.detailsTab)
        self.saveButton.setObjectName(u"saveButton")

        self.detailsButtons.addWidget(self.saveButton)


        self.detailsLayout.addLayout(self.detailsButtons)

        self.detailTabs.addTab(self.detailsTab, "")
        self.addressesTab = QWidget()
        self.addressesTab.setObjectName(u"addressesTab")
        self.addressesLayout = QVBoxLayout(self.addressesTab)
        self.addressesLayout.setObjectName(u"addressesLayout")
        self.addressesList = QListWidget(self.addressesTab)
        self.addressesList.setObjectName(u"addressesList")
        self.addressesList.setMaximumSize(QSize(16777215, 96))

        self.addressesLayout.addWidget(self.addressesList)

        self.addressForm = QFormLayout()
        self.addressForm.setObjectName(u"addressForm")
        self.labelLabel = QLabel(self.addressesTab)
        self.labelLabel.setObjectName(u"labelLabel")

        self.addressForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.labelLabel)

        self.labelEdit = QLineEdit(self.addressesTab)
        self.labelEdit.setObjectName(u"labelEdit")
        self.labelEdit.setMaxLength(40)

        self.addressForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.labelEdit)

        self.streetLabel = QLabel(self.addressesTab)
        self.streetLabel.setObjectName(u"streetLabel")

        self.addressForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.streetLabel)

        self.streetEdit = QLineEdit(self.addressesTab)
        self.streetEdit.setObjectName(u"streetEdit")
        self.streetEdit.setMaxLength(160)

        self.addressForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.streetEdit)

        self.extraLabel = QLabel(self.addressesTab)
        self.extraLabel.setObjectName(u"extraLabel")

        self.addressForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.extraLabel)

        self.extraEdit = QLineEdit(self.addressesTab)
        self.extraEdit.setObjectName(u"extraEdit")
        self.extraEdit.setMaxLength(160)

        self.addressForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.extraEdit)

        self.postcodeLabel = QLabel(self.addressesTab)
        self.postcodeLabel.setObjectName(u"postcodeLabel")

        self.addressForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.postcodeLabel)

        self.cityLayout = QHBoxLayout()
        self.cityLayout.setObjectName(u"cityLayout")
        self.postcodeEdit = QLineEdit(self.addressesTab)
        self.postcodeEdit.setObjectName(u"postcodeEdit")
        self.postcodeEdit.setMaxLength(10)
        self.postcodeEdit.setMaximumSize(QSize(90, 16777215))

        self.cityLayout.addWidget(self.postcodeEdit)

        self.cityEdit = QLineEdit(self.addressesTab)
        self.cityEdit.setObjectName(u"cityEdit")
        self.cityEdit.setMaxLength(60)

        self.cityLayout.addWidget(self.cityEdit)


        self.addressForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.cityLayout)

        self.doorCodeLabel = QLabel(self.addressesTab)
        self.doorCodeLabel.setObjectName(u"doorCodeLabel")

        self.addressForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.doorCodeLabel)

        self.doorLayout = QHBoxLayout()
        self.doorLayout.setObjectName(u"doorLayout")
        self.doorCodeEdit = QLineEdit(self.addressesTab)
        self.doorCodeEdit.setObjectName(u"doorCodeEdit")
        self.doorCodeEdit.setMaxLength(20)

        self.doorLayout.addWidget(self.doorCodeEdit)

        self.floorEdit = QLineEdit(self.addressesTab)
        self.floorEdit.setObjectName(u"floorEdit")
        self.floorEdit.setMaxLength(20)

        self.doorLayout.addWidget(self.floorEdit)


        self.addressForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.doorLayout)

        self.addressNotesLabel = QLabel(self.addressesTab)
        self.addressNotesLabel.setObjectName(u"addressNotesLabel")

        self.addressForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.addressNotesLabel)

        self.addressNotesEdit = QLineEdit(self.addressesTab)
        self.addressNotesEdit.setObjectName(u"addressNotesEdit")
        self.addressNotesEdit.setMaxLength(300)

        self.addressForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.addressNotesEdit)


        self.addressesLayout.addLayout(self.addressForm)

        self.addressesSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.addressesLayout.addItem(self.addressesSpacer)

        self.addressButtons = QHBoxLayout()
        self.addressButtons.setObjectName(u"addressButtons")
        self.newAddressButton = QPushButton(self.addressesTab)
        self.newAddressButton.setObjectName(u"newAddressButton")

        self.addressButtons.addWidget(self.newAddressButton)

        self.addressButtonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.addressButtons.addItem(self.addressButtonsSpacer)

        self.saveAddressButton = QPushButton(self.addressesTab)
        self.saveAddressButton.setObjectName(u"saveAddressButton")

        self.addressButtons.addWidget(self.saveAddressButton)


        self.addressesLayout.addLayout(self.addressButtons)

        self.detailTabs.addTab(self.addressesTab, "")
        self.ordersTab = QWidget()
        self.ordersTab.setObjectName(u"ordersTab")
        self.ordersLayout = QVBoxLayout(self.ordersTab)
        self.ordersLayout.setObjectName(u"ordersLayout")
        self.historyLabel = QLabel(self.ordersTab)
        self.historyLabel.setObjectName(u"historyLabel")

        self.ordersLayout.addWidget(self.historyLabel)

        self.historyView = QTableView(self.ordersTab)
        self.historyView.setObjectName(u"historyView")
        self.historyView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.historyView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.historyView.setAlternatingRowColors(True)

        self.ordersLayout.addWidget(self.historyView)

        self.historyButtons = QHBoxLayout()
        self.historyButtons.setObjectName(u"historyButtons")
        self.historyButtonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.historyButtons.addItem(self.historyButtonsSpacer)

        self.moreButton = QPushButton(self.ordersTab)
        self.moreButton.setObjectName(u"moreButton")

        self.historyButtons.addWidget(self.moreButton)


        self.ordersLayout.addLayout(self.historyButtons)

        self.detailTabs.addTab(self.ordersTab, "")
        self.privacyTab = QWidget()
        self.privacyTab.setObjectName(u"privacyTab")
        self.privacyLayout = QVBoxLayout(self.privacyTab)
        self.privacyLayout.setObjectName(u"privacyLayout")
        self.privacyLabel = QLabel(self.privacyTab)
        self.privacyLabel.setObjectName(u"privacyLabel")
        self.privacyLabel.setWordWrap(True)

        self.privacyLayout.addWidget(self.privacyLabel)

        self.exportBox = QGroupBox(self.privacyTab)
        self.exportBox.setObjectName(u"exportBox")
        self.exportLayout = QVBoxLayout(self.exportBox)
        self.exportLayout.setObjectName(u"exportLayout")
        self.exportHintLabel = QLabel(self.exportBox)
        self.exportHintLabel.setObjectName(u"exportHintLabel")
        self.exportHintLabel.setWordWrap(True)

        self.exportLayout.addWidget(self.exportHintLabel)

        self.exportButton = QPushButton(self.exportBox)
        self.exportButton.setObjectName(u"exportButton")

        self.exportLayout.addWidget(self.exportButton)


        self.privacyLayout.addWidget(self.exportBox)

        self.eraseBox = QGroupBox(self.privacyTab)
        self.eraseBox.setObjectName(u"eraseBox")
        self.eraseLayout = QVBoxLayout(self.eraseBox)
        self.eraseLayout.setObjectName(u"eraseLayout")
        self.eraseHintLabel = QLabel(self.eraseBox)
        self.eraseHintLabel.setObjectName(u"eraseHintLabel")
        self.eraseHintLabel.setWordWrap(True)

        self.eraseLayout.addWidget(self.eraseHintLabel)

        self.eraseButton = QPushButton(self.eraseBox)
        self.eraseButton.setObjectName(u"eraseButton")

        self.eraseLayout.addWidget(self.eraseButton)


        self.privacyLayout.addWidget(self.eraseBox)

        self.privacySpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.privacyLayout.addItem(self.privacySpacer)

        self.detailTabs.addTab(self.privacyTab, "")
        self.splitter.addWidget(self.detailTabs)

        self.pageLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.firstNameLabel.setBuddy(self.firstNameEdit)
        self.lastNameLabel.setBuddy(self.lastNameEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.notesLabel.setBuddy(self.notesEdit)
        self.labelLabel.setBuddy(self.labelEdit)
        self.streetLabel.setBuddy(self.streetEdit)
        self.extraLabel.setBuddy(self.extraEdit)
        self.postcodeLabel.setBuddy(self.postcodeEdit)
        self.doorCodeLabel.setBuddy(self.doorCodeEdit)
        self.addressNotesLabel.setBuddy(self.addressNotesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.customersView)
        QWidget.setTabOrder(self.customersView, self.detailTabs)
        QWidget.setTabOrder(self.detailTabs, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.firstNameEdit)
        QWidget.setTabOrder(self.firstNameEdit, self.lastNameEdit)
        QWidget.setTabOrder(self.lastNameEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.addressesList)
        QWidget.setTabOrder(self.addressesList, self.labelEdit)
        QWidget.setTabOrder(self.labelEdit, self.streetEdit)
        QWidget.setTabOrder(self.streetEdit, self.extraEdit)
        QWidget.setTabOrder(self.extraEdit, self.postcodeEdit)
        QWidget.setTabOrder(self.postcodeEdit, self.cityEdit)
        QWidget.setTabOrder(self.cityEdit, self.doorCodeEdit)
        QWidget.setTabOrder(self.doorCodeEdit, self.floorEdit)
        QWidget.setTabOrder(self.floorEdit, self.addressNotesEdit)
        QWidget.setTabOrder(self.addressNotesEdit, self.saveAddressButton)
        QWidget.setTabOrder(self.saveAddressButton, self.newAddressButton)
        QWidget.setTabOrder(self.newAddressButton, self.historyView)
        QWidget.setTabOrder(self.historyView, self.moreButton)
        QWidget.setTabOrder(self.moreButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.eraseButton)
        QWidget.setTabOrder(self.eraseButton, self.mergeButton)
        QWidget.setTabOrder(self.mergeButton, self.refreshButton)

        self.retranslateUi(CustomersPage)

        self.detailTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(CustomersPage)
    # setupUi

    def retranslateUi(self, CustomersPage):
        self.titleLabel.setText(QCoreApplication.translate("CustomersPage", u"Customers", None))
        self.mergeButton.setText(QCoreApplication.translate("CustomersPage", u"&Merge the two\u2026", None))
#if QT_CONFIG(tooltip)
        self.mergeButton.setToolTip(QCoreApplication.translate("CustomersPage", u"One customer entered twice: select both in the list (Ctrl+click), then merge them into one", None))
#endif // QT_CONFIG(tooltip)
        self.refreshButton.setText(QCoreApplication.translate("CustomersPage", u"&Refresh", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("CustomersPage", u"Search again and reload the customer (F5)", None))
#endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("CustomersPage", u"Phone number or name\u2026 (Ctrl+F)", None))
        self.listHintLabel.setText(QCoreApplication.translate("CustomersPage", u"Type at least two characters: the start of a phone number, or of a name.", None))
        self.customerTitleLabel.setText(QCoreApplication.translate("CustomersPage", u"No customer open", None))
        self.phoneLabel.setText(QCoreApplication.translate("CustomersPage", u"P&hone", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("CustomersPage", u"06 12 34 56 78", None))
        self.firstNameLabel.setText(QCoreApplication.translate("CustomersPage", u"&First name", None))
        self.lastNameLabel.setText(QCoreApplication.translate("CustomersPage", u"&Last name", None))
        self.emailLabel.setText(QCoreApplication.translate("CustomersPage", u"&E-mail", None))
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("CustomersPage", u"for the order notices (optional)", None))
        self.notesLabel.setText(QCoreApplication.translate("CustomersPage", u"No&tes", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("CustomersPage", u"allergies, habits\u2026 (seen at the counter)", None))
        self.saveButton.setText(QCoreApplication.translate("CustomersPage", u"&Save", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("CustomersPage", u"Save the customer's details (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.detailsTab), QCoreApplication.translate("CustomersPage", u"&Details", None))
        self.labelLabel.setText(QCoreApplication.translate("CustomersPage", u"La&bel", None))
        self.labelEdit.setPlaceholderText(QCoreApplication.translate("CustomersPage", u"Home, Work\u2026", None))
        self.streetLabel.setText(QCoreApplication.translate("CustomersPage", u"S&treet", None))
        self.extraLabel.setText(QCoreApplication.translate("CustomersPage", u"B&uilding", None))
        self.extraEdit.setPlaceholderText(QCoreApplication.translate("CustomersPage", u"building, staircase (optional)", None))
        self.postcodeLabel.setText(QCoreApplication.translate("CustomersPage", u"Post&code, city", None))
#if QT_CONFIG(accessibility)
        self.cityEdit.setAccessibleName(QCoreApplication.translate("CustomersPage", u"City", None))
#endif // QT_CONFIG(accessibility)
        self.doorCodeLabel.setText(QCoreApplication.translate("CustomersPage", u"Door code, f&loor", None))
#if QT_CONFIG(accessibility)
        self.floorEdit.setAccessibleName(QCoreApplication.translate("CustomersPage", u"Floor", None))
#endif // QT_CONFIG(accessibility)
        self.floorEdit.setPlaceholderText(QCoreApplication.translate("CustomersPage", u"floor", None))
        self.addressNotesLabel.setText(QCoreApplication.translate("CustomersPage", u"Notes for the dri&ver", None))
        self.newAddressButton.setText(QCoreApplication.translate("CustomersPage", u"&New address", None))
        self.saveAddressButton.setText(QCoreApplication.translate("CustomersPage", u"Save the addre&ss", None))
#if QT_CONFIG(tooltip)
        self.saveAddressButton.setToolTip(QCoreApplication.translate("CustomersPage", u"Save this address (Ctrl+S); one already used by an order is kept for that order and a new one made", None))
#endif // QT_CONFIG(tooltip)
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.addressesTab), QCoreApplication.translate("CustomersPage", u"&Addresses", None))
        self.moreButton.setText(QCoreApplication.translate("CustomersPage", u"S&how more", None))
#if QT_CONFIG(tooltip)
        self.moreButton.setToolTip(QCoreApplication.translate("CustomersPage", u"The next older orders", None))
#endif // QT_CONFIG(tooltip)
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.ordersTab), QCoreApplication.translate("CustomersPage", u"&Orders", None))
        self.privacyLabel.setText(QCoreApplication.translate("CustomersPage", u"A customer may ask for everything we hold about them (right of access) or to be erased (right to erasure). Both are recorded in the audit log.", None))
        self.exportBox.setTitle(QCoreApplication.translate("CustomersPage", u"Right of access", None))
        self.exportHintLabel.setText(QCoreApplication.translate("CustomersPage", u"Details, every address (old ones too), every order with its lines and payments, the e-mails sent and the history of changes: a JSON file and a PDF to hand over.", None))
        self.exportButton.setText(QCoreApplication.translate("CustomersPage", u"E&xport everything (JSON and PDF)\u2026", None))
        self.eraseBox.setTitle(QCoreApplication.translate("CustomersPage", u"Right to erasure", None))
        self.eraseHintLabel.setText(QCoreApplication.translate("CustomersPage", u"Name, phone, e-mail, notes and addresses are blanked for good; the orders stay, without a name, for the accounts. This cannot be undone.", None))
        self.eraseButton.setText(QCoreApplication.translate("CustomersPage", u"Eras&e this customer\u2026", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.privacyTab), QCoreApplication.translate("CustomersPage", u"&Privacy (GDPR)", None))
        pass
    # retranslateUi

