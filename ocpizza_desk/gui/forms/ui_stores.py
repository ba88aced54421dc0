# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'stores.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDoubleSpinBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QSplitter, QTableView,
    QVBoxLayout, QWidget)

class Ui_StoresPage(object):
    def setupUi(self, StoresPage):
        if not StoresPage.objectName():
            StoresPage.setObjectName(u"StoresPage")
        StoresPage.resize(1100, 720)
        self.pageLayout = QVBoxLayout(StoresPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(20, 16, 20, 12)
        self.titleLayout = QHBoxLayout()
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleLabel = QLabel(StoresPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.titleLayout.addWidget(self.titleLabel)

        self.titleSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleLayout.addItem(self.titleSpacer)

        self.tillRulesButton = QPushButton(StoresPage)
        self.tillRulesButton.setObjectName(u"tillRulesButton")

        self.titleLayout.addWidget(self.tillRulesButton)

        self.newButton = QPushButton(StoresPage)
        self.newButton.setObjectName(u"newButton")

        self.titleLayout.addWidget(self.newButton)

        self.refreshButton = QPushButton(StoresPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.titleLayout.addWidget(self.refreshButton)


        self.pageLayout.addLayout(self.titleLayout)

        self.splitter = QSplitter(StoresPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.storesView = QTableView(self.splitter)
        self.storesView.setObjectName(u"storesView")
        self.storesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.storesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.storesView.setAlternatingRowColors(True)
        self.storesView.setMinimumSize(QSize(320, 0))
        self.splitter.addWidget(self.storesView)
        self.editorPanel = QWidget(self.splitter)
        self.editorPanel.setObjectName(u"editorPanel")
        self.editorLayout = QVBoxLayout(self.editorPanel)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(8, 0, 0, 0)
        self.editorTitleLabel = QLabel(self.editorPanel)
        self.editorTitleLabel.setObjectName(u"editorTitleLabel")

        self.editorLayout.addWidget(self.editorTitleLabel)

        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setSpacing(16)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.addressBox = QGroupBox(self.editorPanel)
        self.addressBox.setObjectName(u"addressBox")
        self.addressForm = QFormLayout(self.addressBox)
        self.addressForm.setObjectName(u"addressForm")
        self.codeLabel = QLabel(self.addressBox)
        self.codeLabel.setObjectName(u"codeLabel")

        self.addressForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(self.addressBox)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaxLength(32)

        self.addressForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.nameLabel = QLabel(self.addressBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.addressForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.addressBox)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(80)

        self.addressForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.streetLabel = QLabel(self.addressBox)
        self.streetLabel.setObjectName(u"streetLabel")

        self.addressForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.streetLabel)

        self.streetEdit = QLineEdit(self.addressBox)
        self.streetEdit.setObjectName(u"streetEdit")
        self.streetEdit.setMaxLength(160)

        self.addressForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.streetEdit)

        self.postcodeLabel = QLabel(self.addressBox)
        self.postcodeLabel.setObjectName(u"postcodeLabel")

        self.addressForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.postcodeLabel)

        self.postcodeEdit = QLineEdit(self.addressBox)
        self.postcodeEdit.setObjectName(u"postcodeEdit")
        self.postcodeEdit.setMaxLength(10)

        self.addressForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.postcodeEdit)

        self.cityLabel = QLabel(self.addressBox)
        self.cityLabel.setObjectName(u"cityLabel")

        self.addressForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.cityLabel)

        self.cityEdit = QLineEdit(self.addressBox)
        self.cityEdit.setObjectName(u"cityEdit")
        self.cityEdit.setMaxLength(60)

        self.addressForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.cityEdit)

        self.phoneLabel = QLabel(self.addressBox)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.addressForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.addressBox)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(40)

        self.addressForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.emailLabel = QLabel(self.addressBox)
        self.emailLabel.setObjectName(u"emailLabel")

        self.addressForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.addressBox)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(120)

        self.addressForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.latitudeLabel = QLabel(self.addressBox)
        self.latitudeLabel.setObjectName(u"latitudeLabel")

        self.addressForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.latitudeLabel)

        self.latitudeSpin = QDoubleSpinBox(self.addressBox)
        self.latitudeSpin.setObjectName(u"latitudeSpin")
        self.latitudeSpin.setDecimals(5)
        self.latitudeSpin.setMinimum(-90.000000000000000)
        self.latitudeSpin.setMaximum(90.000000000000000)

        self.addressForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.latitudeSpin)

        self.longitudeLabel = QLabel(self.addressBox)
        self.longitudeLabel.setObjectName(u"longitudeLabel")

        self.addressForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.longitudeLabel)

        self.longitudeSpin = QDoubleSpinBox(self.addressBox)
        self.longitudeSpin.setObjectName(u"longitudeSpin")
        self.longitudeSpin.setDecimals(5)
        self.longitudeSpin.setMinimum(-180.000000000000000)
        self.longitudeSpin.setMaximum(180.000000000000000)

        self.addressForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.longitudeSpin)

        self.radiusLabel = QLabel(self.addressBox)
        self.radiusLabel.setObjectName(u"radiusLabel")

        self.addressForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.radiusLabel)

        self.radiusSpin = QSpinBox(self.addressBox)
        self.radiusSpin.setObjectName(u"radiusSpin")
        self.radiusSpin.setMinimum(0)
        self.radiusSpin.setMaximum(50000)
        self.radiusSpin.setSingleStep(100)

        self.addressForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.radiusSpin)


        self.columnsLayout.addWidget(self.addressBox)

        self.hoursBox = QGroupBox(self.editorPanel)
        self.hoursBox.setObjectName(u"hoursBox")
        self.hoursForm = QFormLayout(self.hoursBox)
        self.hoursForm.setObjectName(u"hoursForm")
        self.hoursHintLabel = QLabel(self.hoursBox)
        self.hoursHintLabel.setObjectName(u"hoursHintLabel")
        self.hoursHintLabel.setWordWrap(True)

        self.hoursForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.hoursHintLabel)

        self.monLabel = QLabel(self.hoursBox)
        self.monLabel.setObjectName(u"monLabel")

        self.hoursForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.monLabel)

        self.monEdit = QLineEdit(self.hoursBox)
        self.monEdit.setObjectName(u"monEdit")

        self.hoursForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.monEdit)

        self.tueLabel = QLabel(self.hoursBox)
        self.tueLabel.setObjectName(u"tueLabel")

        self.hoursForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.tueLabel)

        self.tueEdit = QLineEdit(self.hoursBox)
        self.tueEdit.setObjectName(u"tueEdit")

        self.hoursForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.tueEdit)

        self.wedLabel = QLabel(self.hoursBox)
        self.wedLabel.setObjectName(u"wedLabel")

        self.hoursForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.wedLabel)

        self.wedEdit = QLineEdit(self.hoursBox)
        self.wedEdit.setObjectName(u"wedEdit")

        self.hoursForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.wedEdit)

        self.thuLabel = QLabel(self.hoursBox)
        self.thuLabel.setObjectName(u"thuLabel")

        self.hoursForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.thuLabel)

        self.thuEdit = QLineEdit(self.hoursBox)
        self.thuEdit.setObjectName(u"thuEdit")

        self.hoursForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.thuEdit)

        self.friLabel = QLabel(self.hoursBox)
        self.friLabel.setObjectName(u"friLabel")

        self.hoursForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.friLabel)

        self.friEdit = QLineEdit(self.hoursBox)
        self.friEdit.setObjectName(u"friEdit")

        self.hoursForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.friEdit)

        self.satLabel = QLabel(self.hoursBox)
        self.satLabel.setObjectName(u"satLabel")

        self.hoursForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.satLabel)

        self.satEdit = QLineEdit(self.hoursBox)
        self.satEdit.setObjectName(u"satEdit")

        self.hoursForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.satEdit)

        self.sunLabel = QLabel(self.hoursBox)
        self.sunLabel.setObjectName(u"sunLabel")

        self.hoursForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.sunLabel)

        self.sunEdit = QLineEdit(self.hoursBox)
        self.sunEdit.setObjectName(u"sunEdit")

        self.hoursForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.sunEdit)

        self.lastOrderLabel = QLabel(self.hoursBox)
        self.lastOrderLabel.setObjectName(u"lastOrderLabel")

        self.hoursForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.lastOrderLabel)

        self.lastOrderSpin = QSpinBox(self.hoursBox)
        self.lastOrderSpin.setObjectName(u"lastOrderSpin")
        self.lastOrderSpin.setMaximum(240)
        self.lastOrderSpin.setSingleStep(5)

        self.hoursForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.lastOrderSpin)

        self.closuresLabel = QLabel(self.hoursBox)
        self.closuresLabel.setObjectName(u"closuresLabel")

        self.hoursForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.closuresLabel)

        self.closuresEdit = QPlainTextEdit(self.hoursBox)
        self.closuresEdit.setObjectName(u"closuresEdit")
        self.closuresEdit.setTabChangesFocus(True)
        self.closuresEdit.setMaximumSize(QSize(16777215, 90))

        self.hoursForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.closuresEdit)


        self.columnsLayout.addWidget(self.hoursBox)


        self.editorLayout.addLayout(self.columnsLayout)

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

        self.revertButton = QPushButton(self.editorPanel)
        self.revertButton.setObjectName(u"revertButton")

        self.buttonsLayout.addWidget(self.revertButton)

        self.saveButton = QPushButton(self.editorPanel)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)


        self.editorLayout.addLayout(self.buttonsLayout)

        self.splitter.addWidget(self.editorPanel)

        self.pageLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.streetLabel.setBuddy(self.streetEdit)
        self.postcodeLabel.setBuddy(self.postcodeEdit)
        self.cityLabel.setBuddy(self.cityEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.latitudeLabel.setBuddy(self.latitudeSpin)
        self.longitudeLabel.setBuddy(self.longitudeSpin)
        self.radiusLabel.setBuddy(self.radiusSpin)
        self.monLabel.setBuddy(self.monEdit)
        self.tueLabel.setBuddy(self.tueEdit)
        self.wedLabel.setBuddy(self.wedEdit)
        self.thuLabel.setBuddy(self.thuEdit)
        self.friLabel.setBuddy(self.friEdit)
        self.satLabel.setBuddy(self.satEdit)
        self.sunLabel.setBuddy(self.sunEdit)
        self.lastOrderLabel.setBuddy(self.lastOrderSpin)
        self.closuresLabel.setBuddy(self.closuresEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.storesView, self.codeEdit)
        QWidget.setTabOrder(self.codeEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.streetEdit)
        QWidget.setTabOrder(self.streetEdit, self.postcodeEdit)
        QWidget.setTabOrder(self.postcodeEdit, self.cityEdit)
        QWidget.setTabOrder(self.cityEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.latitudeSpin)
        QWidget.setTabOrder(self.latitudeSpin, self.longitudeSpin)
        QWidget.setTabOrder(self.longitudeSpin, self.radiusSpin)
        QWidget.setTabOrder(self.radiusSpin, self.monEdit)
        QWidget.setTabOrder(self.monEdit, self.tueEdit)
        QWidget.setTabOrder(self.tueEdit, self.wedEdit)
        QWidget.setTabOrder(self.wedEdit, self.thuEdit)
        QWidget.setTabOrder(self.thuEdit, self.friEdit)
        QWidget.setTabOrder(self.friEdit, self.satEdit)
        QWidget.setTabOrder(self.satEdit, self.sunEdit)
        QWidget.setTabOrder(self.sunEdit, self.lastOrderSpin)
        QWidget.setTabOrder(self.lastOrderSpin, self.closuresEdit)
        QWidget.setTabOrder(self.closuresEdit, self.saveButton)

        self.retranslateUi(StoresPage)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(StoresPage)
    # setupUi

    def retranslateUi(self, StoresPage):
        self.titleLabel.setText(QCoreApplication.translate("StoresPage", u"Stores", None))
        self.tillRulesButton.setText(QCoreApplication.translate("StoresPage", u"Till rules\u2026", None))
#if QT_CONFIG(tooltip)
        self.tillRulesButton.setToolTip(QCoreApplication.translate("StoresPage", u"The managers' discount limit and the refund above which a manager approves", None))
#endif // QT_CONFIG(tooltip)
        self.newButton.setText(QCoreApplication.translate("StoresPage", u"New store", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("StoresPage", u"Start a new store from a copy of the selected one's hours (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.refreshButton.setText(QCoreApplication.translate("StoresPage", u"Refresh", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("StoresPage", u"Reload the list (F5)", None))
#endif // QT_CONFIG(tooltip)
        self.editorTitleLabel.setText(QCoreApplication.translate("StoresPage", u"Store", None))
        self.addressBox.setTitle(QCoreApplication.translate("StoresPage", u"Address and contact", None))
        self.codeLabel.setText(QCoreApplication.translate("StoresPage", u"&Code", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("StoresPage", u"e.g. bastille", None))
        self.nameLabel.setText(QCoreApplication.translate("StoresPage", u"&Name", None))
        self.streetLabel.setText(QCoreApplication.translate("StoresPage", u"S&treet", None))
        self.postcodeLabel.setText(QCoreApplication.translate("StoresPage", u"&Postcode", None))
        self.cityLabel.setText(QCoreApplication.translate("StoresPage", u"C&ity", None))
        self.phoneLabel.setText(QCoreApplication.translate("StoresPage", u"P&hone", None))
        self.emailLabel.setText(QCoreApplication.translate("StoresPage", u"&E-mail", None))
        self.latitudeLabel.setText(QCoreApplication.translate("StoresPage", u"&Latitude", None))
        self.longitudeLabel.setText(QCoreApplication.translate("StoresPage", u"Lon&gitude", None))
        self.radiusLabel.setText(QCoreApplication.translate("StoresPage", u"&Delivery radius", None))
#if QT_CONFIG(tooltip)
        self.radiusSpin.setToolTip(QCoreApplication.translate("StoresPage", u"The delivery zone: customers within this distance of the store", None))
#endif // QT_CONFIG(tooltip)
        self.radiusSpin.setSuffix(QCoreApplication.translate("StoresPage", u" m", None))
        self.hoursBox.setTitle(QCoreApplication.translate("StoresPage", u"Opening hours (Paris time)", None))
        self.hoursHintLabel.setText(QCoreApplication.translate("StoresPage", u"Slots such as \"11:30-14:30, 18:00-23:00\"; empty: closed.", None))
        self.monLabel.setText(QCoreApplication.translate("StoresPage", u"&Monday", None))
        self.tueLabel.setText(QCoreApplication.translate("StoresPage", u"T&uesday", None))
        self.wedLabel.setText(QCoreApplication.translate("StoresPage", u"&Wednesday", None))
        self.thuLabel.setText(QCoreApplication.translate("StoresPage", u"Thu&rsday", None))
        self.friLabel.setText(QCoreApplication.translate("StoresPage", u"&Friday", None))
        self.satLabel.setText(QCoreApplication.translate("StoresPage", u"S&aturday", None))
        self.sunLabel.setText(QCoreApplication.translate("StoresPage", u"Sunda&y", None))
        self.lastOrderLabel.setText(QCoreApplication.translate("StoresPage", u"Last orders &before closing", None))
#if QT_CONFIG(tooltip)
        self.lastOrderSpin.setToolTip(QCoreApplication.translate("StoresPage", u"Orders are taken until this many minutes before each closing time", None))
#endif // QT_CONFIG(tooltip)
        self.lastOrderSpin.setSuffix(QCoreApplication.translate("StoresPage", u" min", None))
        self.closuresLabel.setText(QCoreApplication.translate("StoresPage", u"E&xceptional closures", None))
#if QT_CONFIG(tooltip)
        self.closuresEdit.setToolTip(QCoreApplication.translate("StoresPage", u"One closed day per line: the date, then the reason (holidays, works)", None))
#endif // QT_CONFIG(tooltip)
        self.activeButton.setText(QCoreApplication.translate("StoresPage", u"Deacti&vate", None))
        self.revertButton.setText(QCoreApplication.translate("StoresPage", u"Rel&oad", None))
#if QT_CONFIG(tooltip)
        self.revertButton.setToolTip(QCoreApplication.translate("StoresPage", u"Read the store again from the database, dropping your changes", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("StoresPage", u"&Save", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("StoresPage", u"Save the store (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

