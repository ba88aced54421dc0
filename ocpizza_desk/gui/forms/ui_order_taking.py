# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'order_taking.ui'
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
    QFormLayout, QFrame, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QRadioButton,
    QScrollArea, QSizePolicy, QSpacerItem, QTableView,
    QTimeEdit, QVBoxLayout, QWidget)

class Ui_OrderTakingPage(object):
    def setupUi(self, OrderTakingPage):
        if not OrderTakingPage.objectName():
            OrderTakingPage.setObjectName(u"OrderTakingPage")
        OrderTakingPage.resize(1300, 760)
        self.pageLayout = QHBoxLayout(OrderTakingPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(12, 10, 12, 8)
        self.customerBox = QGroupBox(OrderTakingPage)
        self.customerBox.setObjectName(u"customerBox")
        self.customerLayout = QVBoxLayout(self.customerBox)
        self.customerLayout.setObjectName(u"customerLayout")
        self.phoneEdit = QLineEdit(self.customerBox)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(60)

        self.customerLayout.addWidget(self.phoneEdit)

        self.matchesList = QListWidget(self.customerBox)
        self.matchesList.setObjectName(u"matchesList")
        self.matchesList.setMaximumSize(QSize(16777215, 120))

        self.customerLayout.addWidget(self.matchesList)

        self.customerCard = QLabel(self.customerBox)
        self.customerCard.setObjectName(u"customerCard")
        self.customerCard.setWordWrap(True)
        self.customerCard.setTextFormat(Qt.TextFormat.RichText)

        self.customerLayout.addWidget(self.customerCard)

        self.repeatButton = QPushButton(self.customerBox)
        self.repeatButton.setObjectName(u"repeatButton")

        self.customerLayout.addWidget(self.repeatButton)

        self.addressRow = QHBoxLayout()
        self.addressRow.setObjectName(u"addressRow")
        self.addressLabel = QLabel(self.customerBox)
        self.addressLabel.setObjectName(u"addressLabel")

        self.addressRow.addWidget(self.addressLabel)

        self.addressCombo = QComboBox(self.customerBox)
        self.addressCombo.setObjectName(u"addressCombo")
        self.addressCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.addressCombo.setMinimumContentsLength(10)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.addressCombo.sizePolicy().hasHeightForWidth())
        self.addressCombo.setSizePolicy(sizePolicy)

        self.addressRow.addWidget(self.addressCombo)


        self.customerLayout.addLayout(self.addressRow)

        self.newCustomerFrame = QFrame(self.customerBox)
        self.newCustomerFrame.setObjectName(u"newCustomerFrame")
        self.newCustomerLayout = QVBoxLayout(self.newCustomerFrame)
        self.newCustomerLayout.setObjectName(u"newCustomerLayout")
        self.newCustomerLayout.setContentsMargins(0, -1, 0, -1)
        self.customerForm = QFormLayout()
        self.customerForm.setObjectName(u"customerForm")
        self.customerForm.setVerticalSpacing(4)
        self.firstNameLabel = QLabel(self.newCustomerFrame)
        self.firstNameLabel.setObjectName(u"firstNameLabel")

        self.customerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.firstNameLabel)

        self.firstNameEdit = QLineEdit(self.newCustomerFrame)
        self.firstNameEdit.setObjectName(u"firstNameEdit")
        self.firstNameEdit.setMaxLength(60)

        self.customerForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.firstNameEdit)

        self.lastNameLabel = QLabel(self.newCustomerFrame)
        self.lastNameLabel.setObjectName(u"lastNameLabel")

        self.customerForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.lastNameLabel)

        self.lastNameEdit = QLineEdit(self.newCustomerFrame)
        self.lastNameEdit.setObjectName(u"lastNameEdit")
        self.lastNameEdit.setMaxLength(60)

        self.customerForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.lastNameEdit)

        self.emailLabel = QLabel(self.newCustomerFrame)
        self.emailLabel.setObjectName(u"emailLabel")

        self.customerForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.newCustomerFrame)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(120)

        self.customerForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.emailEdit)


        self.newCustomerLayout.addLayout(self.customerForm)


        self.customerLayout.addWidget(self.newCustomerFrame)

        self.addressFrame = QFrame(self.customerBox)
        self.addressFrame.setObjectName(u"addressFrame")
        self.addressLayout = QVBoxLayout(self.addressFrame)
        self.addressLayout.setObjectName(u"addressLayout")
        self.addressLayout.setContentsMargins(0, -1, 0, -1)
        self.addressForm = QGridLayout()
        self.addressForm.setObjectName(u"addressForm")
        self.addressForm.setVerticalSpacing(2)
        self.streetLabel = QLabel(self.addressFrame)
        self.streetLabel.setObjectName(u"streetLabel")

        self.addressForm.addWidget(self.streetLabel, 0, 0, 1, 2)

        self.streetEdit = QLineEdit(self.addressFrame)
        self.streetEdit.setObjectName(u"streetEdit")
        self.streetEdit.setMaxLength(160)

        self.addressForm.addWidget(self.streetEdit, 1, 0, 1, 2)

        self.extraLabel = QLabel(self.addressFrame)
        self.extraLabel.setObjectName(u"extraLabel")

        self.addressForm.addWidget(self.extraLabel, 2, 0, 1, 2)

        self.extraEdit = QLineEdit(self.addressFrame)
        self.extraEdit.setObjectName(u"extraEdit")
        self.extraEdit.setMaxLength(160)

        self.addressForm.addWidget(self.extraEdit, 3, 0, 1, 2)

        self.postcodeLabel = QLabel(self.addressFrame)
        self.postcodeLabel.setObjectName(u"postcodeLabel")

        self.addressForm.addWidget(self.postcodeLabel, 4, 0, 1, 1)

        self.postcodeEdit = QLineEdit(self.addressFrame)
        self.postcodeEdit.setObjectName(u"postcodeEdit")
        self.postcodeEdit.setMaxLength(5)

        self.addressForm.addWidget(self.postcodeEdit, 5, 0, 1, 1)

        self.cityLabel = QLabel(self.addressFrame)
        self.cityLabel.setObjectName(u"cityLabel")

        self.addressForm.addWidget(self.cityLabel, 4, 1, 1, 1)

        self.cityEdit = QLineEdit(self.addressFrame)
        self.cityEdit.setObjectName(u"cityEdit")
        self.cityEdit.setMaxLength(60)

        self.addressForm.addWidget(self.cityEdit, 5, 1, 1, 1)

        self.doorCodeLabel = QLabel(self.addressFrame)
        self.doorCodeLabel.setObjectName(u"doorCodeLabel")

        self.addressForm.addWidget(self.doorCodeLabel, 6, 0, 1, 1)

        self.doorCodeEdit = QLineEdit(self.addressFrame)
        self.doorCodeEdit.setObjectName(u"doorCodeEdit")
        self.doorCodeEdit.setMaxLength(20)

        self.addressForm.addWidget(self.doorCodeEdit, 7, 0, 1, 1)

        self.floorLabel = QLabel(self.addressFrame)
        self.floorLabel.setObjectName(u"floorLabel")

        self.addressForm.addWidget(self.floorLabel, 6, 1, 1, 1)

        self.floorEdit = QLineEdit(self.addressFrame)
        self.floorEdit.setObjectName(u"floorEdit")
        self.floorEdit.setMaxLength(20)

        self.addressForm.addWidget(self.floorEdit, 7, 1, 1, 1)

        self.addressNotesLabel = QLabel(self.addressFrame)
        self.addressNotesLabel.setObjectName(u"addressNotesLabel")

        self.addressForm.addWidget(self.addressNotesLabel, 8, 0, 1, 2)

        self.addressNotesEdit = QLineEdit(self.addressFrame)
        self.addressNotesEdit.setObjectName(u"addressNotesEdit")
        self.addressNotesEdit.setMaxLength(300)

        self.addressForm.addWidget(self.addressNotesEdit, 9, 0, 1, 2)

        self.addressForm.setColumnStretch(0, 2)
        self.addressForm.setColumnStretch(1, 3)

        self.addressLayout.addLayout(self.addressForm)


        self.customerLayout.addWidget(self.addressFrame)

        self.saveCustomerButton = QPushButton(self.customerBox)
        self.saveCustomerButton.setObjectName(u"saveCustomerButton")

        self.customerLayout.addWidget(self.saveCustomerButton)

        self.placementArea = QScrollArea(self.customerBox)
        self.placementArea.setObjectName(u"placementArea")
        self.placementArea.setFrameShape(QFrame.Shape.NoFrame)
        self.placementArea.setWidgetResizable(True)
        self.placementArea.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.placementContents = QWidget()
        self.placementContents.setObjectName(u"placementContents")
        self.placementLayout = QVBoxLayout(self.placementContents)
        self.placementLayout.setObjectName(u"placementLayout")
        self.placementLayout.setContentsMargins(0, 0, 0, 0)
        self.placementLabel = QLabel(self.placementContents)
        self.placementLabel.setObjectName(u"placementLabel")
        self.placementLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.placementLabel.setWordWrap(True)
        self.placementLabel.setTextFormat(Qt.TextFormat.RichText)

        self.placementLayout.addWidget(self.placementLabel)

        self.placementArea.setWidget(self.placementContents)

        self.customerLayout.addWidget(self.placementArea)


        self.pageLayout.addWidget(self.customerBox)

        self.menuBox = QGroupBox(OrderTakingPage)
        self.menuBox.setObjectName(u"menuBox")
        self.menuBox.setMinimumSize(QSize(300, 0))
        self.menuLayout = QVBoxLayout(self.menuBox)
        self.menuLayout.setObjectName(u"menuLayout")
        self.menuFilterRow = QVBoxLayout()
        self.menuFilterRow.setObjectName(u"menuFilterRow")
        self.categoryCombo = QComboBox(self.menuBox)
        self.categoryCombo.setObjectName(u"categoryCombo")
        self.categoryCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.categoryCombo.setMinimumContentsLength(11)

        self.menuFilterRow.addWidget(self.categoryCombo)

        self.menuSearchEdit = QLineEdit(self.menuBox)
        self.menuSearchEdit.setObjectName(u"menuSearchEdit")
        self.menuSearchEdit.setMaxLength(40)

        self.menuFilterRow.addWidget(self.menuSearchEdit)


        self.menuLayout.addLayout(self.menuFilterRow)

        self.menuView = QTableView(self.menuBox)
        self.menuView.setObjectName(u"menuView")
        self.menuView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.menuView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.menuView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.menuLayout.addWidget(self.menuView)

        self.addButton = QPushButton(self.menuBox)
        self.addButton.setObjectName(u"addButton")

        self.menuLayout.addWidget(self.addButton)


        self.pageLayout.addWidget(self.menuBox)

        self.orderBox = QGroupBox(OrderTakingPage)
        self.orderBox.setObjectName(u"orderBox")
        self.orderLayout = QVBoxLayout(self.orderBox)
        self.orderLayout.setObjectName(u"orderLayout")
        self.editingLabel = QLabel(self.orderBox)
        self.editingLabel.setObjectName(u"editingLabel")

        self.orderLayout.addWidget(self.editingLabel)

        self.cartView = QTableView(self.orderBox)
        self.cartView.setObjectName(u"cartView")
        self.cartView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cartView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.cartView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.orderLayout.addWidget(self.cartView)

        self.cartButtons = QHBoxLayout()
        self.cartButtons.setObjectName(u"cartButtons")
        self.minusButton = QPushButton(self.orderBox)
        self.minusButton.setObjectName(u"minusButton")

        self.cartButtons.addWidget(self.minusButton)

        self.plusButton = QPushButton(self.orderBox)
        self.plusButton.setObjectName(u"plusButton")

        self.cartButtons.addWidget(self.plusButton)

        self.customiseButton = QPushButton(self.orderBox)
        self.customiseButton.setObjectName(u"customiseButton")

        self.cartButtons.addWidget(self.customiseButton)

        self.removeButton = QPushButton(self.orderBox)
        self.removeButton.setObjectName(u"removeButton")

        self.cartButtons.addWidget(self.removeButton)

        self.discountButton = QPushButton(self.orderBox)
        self.discountButton.setObjectName(u"discountButton")

        self.cartButtons.addWidget(self.discountButton)

        self.cartButtonsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.cartButtons.addItem(self.cartButtonsSpacer)


        self.orderLayout.addLayout(self.cartButtons)

        self.totalsLabel = QLabel(self.orderBox)
        self.totalsLabel.setObjectName(u"totalsLabel")
        self.totalsLabel.setTextFormat(Qt.TextFormat.RichText)

        self.orderLayout.addWidget(self.totalsLabel)

        self.modeRow = QHBoxLayout()
        self.modeRow.setObjectName(u"modeRow")
        self.takeawayRadio = QRadioButton(self.orderBox)
        self.takeawayRadio.setObjectName(u"takeawayRadio")
        self.takeawayRadio.setChecked(True)

        self.modeRow.addWidget(self.takeawayRadio)

        self.deliveryRadio = QRadioButton(self.orderBox)
        self.deliveryRadio.setObjectName(u"deliveryRadio")

        self.modeRow.addWidget(self.deliveryRadio)

        self.channelCombo = QComboBox(self.orderBox)
        self.channelCombo.setObjectName(u"channelCombo")

        self.modeRow.addWidget(self.channelCombo)

        self.modeRowSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.modeRow.addItem(self.modeRowSpacer)


        self.orderLayout.addLayout(self.modeRow)

        self.checkoutForm = QFormLayout()
        self.checkoutForm.setObjectName(u"checkoutForm")
        self.checkoutForm.setVerticalSpacing(4)
        self.promisedLabel = QLabel(self.orderBox)
        self.promisedLabel.setObjectName(u"promisedLabel")

        self.checkoutForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.promisedLabel)

        self.promisedRow = QHBoxLayout()
        self.promisedRow.setObjectName(u"promisedRow")
        self.promisedEdit = QTimeEdit(self.orderBox)
        self.promisedEdit.setObjectName(u"promisedEdit")

        self.promisedRow.addWidget(self.promisedEdit)

        self.suggestButton = QPushButton(self.orderBox)
        self.suggestButton.setObjectName(u"suggestButton")

        self.promisedRow.addWidget(self.suggestButton)

        self.promisedRowSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.promisedRow.addItem(self.promisedRowSpacer)


        self.checkoutForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.promisedRow)

        self.tender1Label = QLabel(self.orderBox)
        self.tender1Label.setObjectName(u"tender1Label")

        self.checkoutForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.tender1Label)

        self.tender1Row = QHBoxLayout()
        self.tender1Row.setObjectName(u"tender1Row")
        self.tender1Combo = QComboBox(self.orderBox)
        self.tender1Combo.setObjectName(u"tender1Combo")

        self.tender1Row.addWidget(self.tender1Combo)

        self.tender1Amount = QLineEdit(self.orderBox)
        self.tender1Amount.setObjectName(u"tender1Amount")
        self.tender1Amount.setMaximumSize(QSize(120, 16777215))
        self.tender1Amount.setMaxLength(12)

        self.tender1Row.addWidget(self.tender1Amount)


        self.checkoutForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.tender1Row)

        self.tender2Label = QLabel(self.orderBox)
        self.tender2Label.setObjectName(u"tender2Label")

        self.checkoutForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.tender2Label)

        self.tender2Row = QHBoxLayout()
        self.tender2Row.setObjectName(u"tender2Row")
        self.tender2Combo = QComboBox(self.orderBox)
        self.tender2Combo.setObjectName(u"tender2Combo")

        self.tender2Row.addWidget(self.tender2Combo)

        self.tender2Amount = QLineEdit(self.orderBox)
        self.tender2Amount.setObjectName(u"tender2Amount")
        self.tender2Amount.setMaximumSize(QSize(120, 16777215))
        self.tender2Amount.setMaxLength(12)

        self.tender2Row.addWidget(self.tender2Amount)


        self.checkoutForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.tender2Row)

        self.cashGivenLabel = QLabel(self.orderBox)
        self.cashGivenLabel.setObjectName(u"cashGivenLabel")

        self.checkoutForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.cashGivenLabel)

        self.cashRow = QHBoxLayout()
        self.cashRow.setObjectName(u"cashRow")
        self.cashGivenEdit = QLineEdit(self.orderBox)
        self.cashGivenEdit.setObjectName(u"cashGivenEdit")
        self.cashGivenEdit.setMinimumSize(QSize(90, 0))
        self.cashGivenEdit.setMaxLength(12)

        self.cashRow.addWidget(self.cashGivenEdit)

        self.changeLabel = QLabel(self.orderBox)
        self.changeLabel.setObjectName(u"changeLabel")

        self.cashRow.addWidget(self.changeLabel)


        self.checkoutForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.cashRow)

        self.notesLabel = QLabel(self.orderBox)
        self.notesLabel.setObjectName(u"notesLabel")

        self.checkoutForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.paidNowCheck = QCheckBox(self.orderBox)
        self.paidNowCheck.setObjectName(u"paidNowCheck")

        self.checkoutForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.paidNowCheck)

        self.notesEdit = QLineEdit(self.orderBox)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaxLength(300)

        self.checkoutForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.orderLayout.addLayout(self.checkoutForm)

        self.messageLabel = QLabel(self.orderBox)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.orderLayout.addWidget(self.messageLabel)

        self.validateRow = QHBoxLayout()
        self.validateRow.setObjectName(u"validateRow")
        self.newButton = QPushButton(self.orderBox)
        self.newButton.setObjectName(u"newButton")

        self.validateRow.addWidget(self.newButton)

        self.validateButton = QPushButton(self.orderBox)
        self.validateButton.setObjectName(u"validateButton")

        self.validateRow.addWidget(self.validateButton)


        self.orderLayout.addLayout(self.validateRow)


        self.pageLayout.addWidget(self.orderBox)

        self.pageLayout.setStretch(0, 4)
        self.pageLayout.setStretch(1, 4)
        self.pageLayout.setStretch(2, 5)
#if QT_CONFIG(shortcut)
        self.addressLabel.setBuddy(self.addressCombo)
        self.firstNameLabel.setBuddy(self.firstNameEdit)
        self.lastNameLabel.setBuddy(self.lastNameEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.streetLabel.setBuddy(self.streetEdit)
        self.extraLabel.setBuddy(self.extraEdit)
        self.postcodeLabel.setBuddy(self.postcodeEdit)
        self.cityLabel.setBuddy(self.cityEdit)
        self.doorCodeLabel.setBuddy(self.doorCodeEdit)
        self.floorLabel.setBuddy(self.floorEdit)
        self.addressNotesLabel.setBuddy(self.addressNotesEdit)
        self.promisedLabel.setBuddy(self.promisedEdit)
        self.tender1Label.setBuddy(self.tender1Combo)
        self.tender2Label.setBuddy(self.tender2Combo)
        self.cashGivenLabel.setBuddy(self.cashGivenEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OrderTakingPage)

        QMetaObject.connectSlotsByName(OrderTakingPage)
    # setupUi

    def retranslateUi(self, OrderTakingPage):
        self.customerBox.setTitle(QCoreApplication.translate("OrderTakingPage", u"Customer", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("OrderTakingPage", u"Phone number or name\u2026 (Ctrl+L)", None))
#if QT_CONFIG(tooltip)
        self.phoneEdit.setToolTip(QCoreApplication.translate("OrderTakingPage", u"Type a phone number, or the start of a name (Ctrl+L)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.matchesList.setAccessibleName(QCoreApplication.translate("OrderTakingPage", u"Customers found", None))
#endif // QT_CONFIG(accessibility)
        self.repeatButton.setText(QCoreApplication.translate("OrderTakingPage", u"&Repeat last order", None))
#if QT_CONFIG(tooltip)
        self.repeatButton.setToolTip(QCoreApplication.translate("OrderTakingPage", u"Put the customer's last order in the cart (Ctrl+R)", None))
#endif // QT_CONFIG(tooltip)
        self.addressLabel.setText(QCoreApplication.translate("OrderTakingPage", u"Addr&ess", None))
        self.firstNameLabel.setText(QCoreApplication.translate("OrderTakingPage", u"&First name", None))
        self.lastNameLabel.setText(QCoreApplication.translate("OrderTakingPage", u"Last &name", None))
        self.emailLabel.setText(QCoreApplication.translate("OrderTakingPage", u"E-&mail", None))
        self.streetLabel.setText(QCoreApplication.translate("OrderTakingPage", u"S&treet", None))
        self.streetEdit.setPlaceholderText(QCoreApplication.translate("OrderTakingPage", u"12 rue de la Roquette", None))
        self.extraLabel.setText(QCoreApplication.translate("OrderTakingPage", u"Building", None))
        self.postcodeLabel.setText(QCoreApplication.translate("OrderTakingPage", u"Post&code", None))
        self.postcodeEdit.setPlaceholderText(QCoreApplication.translate("OrderTakingPage", u"75011", None))
        self.cityLabel.setText(QCoreApplication.translate("OrderTakingPage", u"City", None))
        self.doorCodeLabel.setText(QCoreApplication.translate("OrderTakingPage", u"Door code", None))
        self.floorLabel.setText(QCoreApplication.translate("OrderTakingPage", u"Floor", None))
        self.addressNotesLabel.setText(QCoreApplication.translate("OrderTakingPage", u"Delivery notes", None))
        self.saveCustomerButton.setText(QCoreApplication.translate("OrderTakingPage", u"&Save customer", None))
#if QT_CONFIG(tooltip)
        self.saveCustomerButton.setToolTip(QCoreApplication.translate("OrderTakingPage", u"Save the customer or the new address (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.placementLabel.setAccessibleName(QCoreApplication.translate("OrderTakingPage", u"Advised store", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.placementLabel.setToolTip(QCoreApplication.translate("OrderTakingPage", u"The store that can make the whole order and deliver it fastest (advice only: the order is placed in your store)", None))
#endif // QT_CONFIG(tooltip)
        self.menuBox.setTitle(QCoreApplication.translate("OrderTakingPage", u"Menu", None))
#if QT_CONFIG(tooltip)
        self.categoryCombo.setToolTip(QCoreApplication.translate("OrderTakingPage", u"Category (Ctrl+PgUp / Ctrl+PgDown)", None))
#endif // QT_CONFIG(tooltip)
        self.menuSearchEdit.setPlaceholderText(QCoreApplication.translate("OrderTakingPage", u"Search the menu\u2026 (Ctrl+F)", None))
#if QT_CONFIG(accessibility)
        self.menuView.setAccessibleName(QCoreApplication.translate("OrderTakingPage", u"Menu", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.menuView.setToolTip(QCoreApplication.translate("OrderTakingPage", u"Enter or double-click adds the product to the order", None))
#endif // QT_CONFIG(tooltip)
        self.addButton.setText(QCoreApplication.translate("OrderTakingPage", u"Add to order", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("OrderTakingPage", u"Add the selected product (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.orderBox.setTitle(QCoreApplication.translate("OrderTakingPage", u"Order", None))
#if QT_CONFIG(accessibility)
        self.cartView.setAccessibleName(QCoreApplication.translate("OrderTakingPage", u"Cart", None))
#endif // QT_CONFIG(accessibility)
        self.minusButton.setText(QCoreApplication.translate("OrderTakingPage", u"\u2212", None))
#if QT_CONFIG(tooltip)
        self.minusButton.setToolTip(QCoreApplication.translate("OrderTakingPage", u"One less (\u2212)", None))
#endif // QT_CONFIG(tooltip)
        self.plusButton.setText(QCoreApplication.translate("OrderTakingPage", u"+", None))
#if QT_CONFIG(tooltip)
        self.plusButton.setToolTip(QCoreApplication.translate("OrderTakingPage", u"One more (+)", None))
#endif // QT_CONFIG(tooltip)
        self.customiseButton.setText(QCoreApplication.translate("OrderTakingPage", u"Customise\u2026", None))
#if QT_CONFIG(tooltip)
        self.customiseButton.setToolTip(QCoreApplication.translate("OrderTakingPage", u"Without an ingredient, or extra (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.removeButton.setText(QCoreApplication.translate("OrderTakingPage", u"Remove", None))
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("OrderTakingPage", u"Remove the line (Delete)", None))
#endif // QT_CONFIG(tooltip)
        self.discountButton.setText(QCoreApplication.translate("OrderTakingPage", u"Discount\u2026", None))
#if QT_CONFIG(tooltip)
        self.discountButton.setToolTip(QCoreApplication.translate("OrderTakingPage", u"A discount on the selected line or on the whole order (Ctrl+M)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.discountButton.setAccessibleName(QCoreApplication.translate("OrderTakingPage", u"Discount", None))
#endif // QT_CONFIG(accessibility)
        self.takeawayRadio.setText(QCoreApplication.translate("OrderTakingPage", u"Take-a&way", None))
#if QT_CONFIG(tooltip)
        self.takeawayRadio.setToolTip(QCoreApplication.translate("OrderTakingPage", u"Alt+W", None))
#endif // QT_CONFIG(tooltip)
        self.deliveryRadio.setText(QCoreApplication.translate("OrderTakingPage", u"Deli&very", None))
#if QT_CONFIG(tooltip)
        self.deliveryRadio.setToolTip(QCoreApplication.translate("OrderTakingPage", u"Alt+V", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.channelCombo.setToolTip(QCoreApplication.translate("OrderTakingPage", u"How the order came in", None))
#endif // QT_CONFIG(tooltip)
        self.promisedLabel.setText(QCoreApplication.translate("OrderTakingPage", u"Promised &at", None))
        self.promisedEdit.setDisplayFormat(QCoreApplication.translate("OrderTakingPage", u"HH:mm", None))
        self.suggestButton.setText(QCoreApplication.translate("OrderTakingPage", u"Suggest", None))
#if QT_CONFIG(tooltip)
        self.suggestButton.setToolTip(QCoreApplication.translate("OrderTakingPage", u"A time the kitchen can keep, from its queue", None))
#endif // QT_CONFIG(tooltip)
        self.tender1Label.setText(QCoreApplication.translate("OrderTakingPage", u"&Paid by", None))
        self.tender1Amount.setPlaceholderText(QCoreApplication.translate("OrderTakingPage", u"0,00", None))
#if QT_CONFIG(tooltip)
        self.tender1Amount.setToolTip(QCoreApplication.translate("OrderTakingPage", u"Amount in euros", None))
#endif // QT_CONFIG(tooltip)
        self.tender2Label.setText(QCoreApplication.translate("OrderTakingPage", u"And", None))
        self.tender2Amount.setPlaceholderText(QCoreApplication.translate("OrderTakingPage", u"0,00", None))
#if QT_CONFIG(tooltip)
        self.tender2Amount.setToolTip(QCoreApplication.translate("OrderTakingPage", u"Amount in euros", None))
#endif // QT_CONFIG(tooltip)
        self.cashGivenLabel.setText(QCoreApplication.translate("OrderTakingPage", u"Cash &given", None))
        self.cashGivenEdit.setPlaceholderText(QCoreApplication.translate("OrderTakingPage", u"0,00", None))
#if QT_CONFIG(tooltip)
        self.cashGivenEdit.setToolTip(QCoreApplication.translate("OrderTakingPage", u"What the customer hands over, in euros", None))
#endif // QT_CONFIG(tooltip)
        self.notesLabel.setText(QCoreApplication.translate("OrderTakingPage", u"Notes", None))
        self.paidNowCheck.setText(QCoreApplication.translate("OrderTakingPage", u"Pa&id now", None))
#if QT_CONFIG(tooltip)
        self.paidNowCheck.setToolTip(QCoreApplication.translate("OrderTakingPage", u"The customer pays at the counter now: the payments are recorded with the order (Alt+I)", None))
#endif // QT_CONFIG(tooltip)
        self.newButton.setText(QCoreApplication.translate("OrderTakingPage", u"New order", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("OrderTakingPage", u"Start a new order (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.validateButton.setText(QCoreApplication.translate("OrderTakingPage", u"Va&lidate order", None))
#if QT_CONFIG(tooltip)
        self.validateButton.setToolTip(QCoreApplication.translate("OrderTakingPage", u"Place the order (Ctrl+Enter)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

